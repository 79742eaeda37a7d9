//! GraphiQL, served entirely from this binary: the page and its pinned JS/CSS are
//! embedded at build time (see build.rs), so it works without internet access. A demo server
//! also lists its demo roles, which the page offers in a picker that fills the Authorization
//! header; any other server has no such list.

use actix_web::http::header::{self, CacheControl, CacheDirective};
use actix_web::{HttpResponse, web};
use serde::Serialize;

use crate::http::Endpoint;

/// A role of the demo data with its ready token, offered by GraphiQL's role picker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DemoRole {
    /// The name the README's walkthrough uses for it (`county_officer`).
    pub key: String,
    /// Whom it stands for.
    pub label: String,
    pub token: String,
}

/// The GraphiQL page; it loads its assets from `/graphiql/assets/…`.
pub const PAGE: &str = include_str!("../../../web/graphiql/index.html");

const ASSETS: &[(&str, &str, &[u8])] = &[
    (
        "react.production.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!(concat!(env!("OUT_DIR"), "/graphiql/react.production.min.js")),
    ),
    (
        "react-dom.production.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!(concat!(env!("OUT_DIR"), "/graphiql/react-dom.production.min.js")),
    ),
    (
        "graphiql.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!(concat!(env!("OUT_DIR"), "/graphiql/graphiql.min.js")),
    ),
    (
        "graphiql.min.css",
        "text/css; charset=utf-8",
        include_bytes!(concat!(env!("OUT_DIR"), "/graphiql/graphiql.min.css")),
    ),
    (
        "boot.js",
        "text/javascript; charset=utf-8",
        include_bytes!(concat!(env!("OUT_DIR"), "/graphiql/boot.js")),
    ),
];

/// The policy for the page: everything from this origin; GraphiQL sets inline
/// styles and inlines its fonts as data: URIs.
const PAGE_CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
                        img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

pub fn page() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .insert_header((header::CONTENT_SECURITY_POLICY, PAGE_CSP))
        .insert_header(CacheControl(vec![CacheDirective::NoCache]))
        .body(PAGE)
}

pub async fn asset(name: web::Path<String>) -> HttpResponse {
    match ASSETS.iter().find(|(asset, _, _)| *asset == name.as_str()) {
        Some((_, content_type, bytes)) => HttpResponse::Ok()
            .content_type(*content_type)
            .insert_header(CacheControl(vec![CacheDirective::Public, CacheDirective::MaxAge(86_400)]))
            .body(*bytes),
        None => HttpResponse::NotFound().finish(),
    }
}

/// `GET /graphiql/demo-roles`: the demo roles of a demo server; 404 on any other, so a
/// production server serves no tokens and its page shows no picker.
pub async fn demo_roles(endpoint: web::Data<Endpoint>) -> HttpResponse {
    if endpoint.demo_roles.is_empty() {
        return HttpResponse::NotFound().finish();
    }
    HttpResponse::Ok().insert_header(CacheControl(vec![CacheDirective::NoStore])).json(&*endpoint.demo_roles)
}
