//! GraphiQL, served entirely from this binary: the page and its pinned JS/CSS are
//! embedded at build time (see build.rs), so it works without internet access.

use actix_web::http::header::{self, CacheControl, CacheDirective};
use actix_web::{HttpResponse, web};

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
