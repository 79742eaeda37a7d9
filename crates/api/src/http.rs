//! The GraphQL endpoint over HTTP, following the GraphQL-over-HTTP specification:
//! GET for queries, POST for everything, `application/graphql-response+json` or
//! `application/json` negotiated by `Accept`, and 4xx statuses for requests that
//! never reach execution. tests/http-audit/NOTES.md lists the audit each rule serves.

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::Arc;

use crate::socket::SocketContext;
use actix_web::http::{Method, StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use async_graphql::parser::types::{DocumentOperations, OperationType};
use async_graphql::{ServerError, Value, Variables};
use futures_util::StreamExt;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use oversight_app::identity::Authenticator;
use oversight_app::{App, AppError, Code, Principal};
use serde_json::json;

use crate::graphiql;
use crate::limits::{self, DocumentLimits};
use crate::loaders::Loaders;
use crate::schema::OversightSchema;
use sha2::{Digest, Sha256};

/// What the endpoint needs at run time.
#[derive(Clone)]
pub struct Endpoint {
    pub schema: OversightSchema,
    pub app: App,
    pub authenticator: Arc<Authenticator>,
    pub rate_limiter: Arc<PrincipalRateLimiter>,
    /// The public license lookup's limit per client address.
    pub public_rate_limiter: Arc<crate::public::AddressRateLimiter>,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// Most requests in one batch.
    pub max_batch: usize,
    pub limits: DocumentLimits,
    /// When set, only these documents run (sha256 hex of the text → text).
    pub safelist: Option<Arc<Safelist>>,
    /// How often an open subscription's credential is checked again.
    pub subscription_recheck: std::time::Duration,
    /// The demo roles GraphiQL offers (`oversight demo` only; empty otherwise).
    pub demo_roles: Arc<Vec<graphiql::DemoRole>>,
    /// Largest file of a multipart request (an attachment), in bytes.
    pub max_upload_bytes: usize,
    /// Most files in one multipart request.
    pub max_upload_files: usize,
}

/// Persisted documents: sha256 hex of the query text → the text.
pub type Safelist = HashMap<String, String>;

/// A token bucket per principal: a steady rate and a burst allowance.
pub struct PrincipalRateLimiter {
    limiter: DefaultKeyedRateLimiter<String>,
}

impl PrincipalRateLimiter {
    pub fn new(per_second: u32, burst: u32) -> PrincipalRateLimiter {
        let per_second = NonZeroU32::new(per_second).unwrap_or(NonZeroU32::MIN);
        let burst = NonZeroU32::new(burst).unwrap_or(per_second);
        PrincipalRateLimiter { limiter: RateLimiter::keyed(Quota::per_second(per_second).allow_burst(burst)) }
    }

    /// Ok, or the seconds to wait before the next request is admitted.
    fn check(&self, principal: &Principal) -> Result<(), u64> {
        let key = format!("{}|{}", principal.organisation.reference(), principal.subject);
        self.limiter.check_key(&key).map_err(seconds_until)
    }
}

/// Whole seconds (rounded up) until a request the limiter refused would be admitted.
pub(crate) fn seconds_until(not_until: governor::NotUntil<<DefaultClock as Clock>::Instant>) -> u64 {
    let wait = not_until.wait_time_from(DefaultClock::default().now());
    wait.as_secs() + u64::from(wait.subsec_nanos() > 0)
}

/// 429 `RATE_LIMITED`, with `Retry-After` (at least one second).
pub(crate) fn too_many_requests(media: Media, retry_after: u64, message: &str) -> HttpResponse {
    let mut response = errors_response(StatusCode::TOO_MANY_REQUESTS, media, Code::RateLimited, message);
    if let Ok(value) = header::HeaderValue::from_str(&retry_after.max(1).to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

/// 503 `DATABASE_UNAVAILABLE`, with `Retry-After`: the caller could not be identified because
/// the database is down; nothing was read or written, the same request may be sent again.
pub(crate) fn database_unavailable(media: Media) -> HttpResponse {
    let message = crate::error::DATABASE_UNAVAILABLE_MESSAGE;
    let mut response =
        errors_response(StatusCode::SERVICE_UNAVAILABLE, media, Code::DatabaseUnavailable, message);
    response.headers_mut().insert(header::RETRY_AFTER, header::HeaderValue::from_static("1"));
    response
}

/// 500 `INTERNAL`: the cause is logged under a correlation id the client may quote, never sent.
pub(crate) fn internal_error(media: Media, cause: &dyn std::fmt::Display, what: &str) -> HttpResponse {
    let correlation_id = uuid::Uuid::new_v4().to_string();
    tracing::error!(correlation_id = %correlation_id, cause = %cause, "{what} failed internally");
    let message = format!("internal error; quote correlation id {correlation_id}");
    errors_response(StatusCode::INTERNAL_SERVER_ERROR, media, Code::Internal, &message)
}

/// Mounts `/graphql`, the public license lookup, the GraphiQL assets and the health probes.
pub fn configure(config: &mut web::ServiceConfig) {
    config
        .route("/public/licenses/{number}", web::get().to(crate::public::license))
        .route("/public/draws/{id}", web::get().to(crate::public::draw))
        .route("/attachments/{id}", web::get().to(crate::attachment::download))
        .route("/exports/{token}", web::get().to(crate::export::download))
        .route("/graphql", web::get().to(get))
        .route("/graphql", web::post().to(post))
        .route("/graphql", web::route().to(method_not_allowed))
        .route("/graphiql/assets/{name}", web::get().to(graphiql::asset))
        .route("/graphiql/demo-roles", web::get().to(graphiql::demo_roles))
        .route("/healthz", web::get().to(healthz))
        .route("/readyz", web::get().to(readyz));
}

/// The negotiated response media type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Media {
    GraphqlResponseJson,
    Json,
}

impl Media {
    fn content_type(self) -> &'static str {
        match self {
            Media::GraphqlResponseJson => "application/graphql-response+json; charset=utf-8",
            Media::Json => "application/json; charset=utf-8",
        }
    }
}

/// Picks the first acceptable type in the client's order; none given means JSON
/// (legacy clients). `*/*` means JSON, as graphql-http's reference server does.
fn negotiate(request: &HttpRequest) -> Option<Media> {
    let Some(accept) = request.headers().get(header::ACCEPT).and_then(|v| v.to_str().ok()) else {
        return Some(Media::Json);
    };
    if accept.trim().is_empty() {
        return Some(Media::Json);
    }
    accept.split(',').find_map(|entry| {
        let media = entry.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
        match media.as_str() {
            "application/graphql-response+json" => Some(Media::GraphqlResponseJson),
            "application/json" | "application/*" | "*/*" => Some(Media::Json),
            _ => None,
        }
    })
}

fn accepts_html(request: &HttpRequest) -> bool {
    request
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.to_ascii_lowercase().contains("text/html"))
}

/// A response carrying only errors (the request did not reach execution).
pub(crate) fn errors_response(status: StatusCode, media: Media, code: Code, message: &str) -> HttpResponse {
    HttpResponse::build(status)
        .content_type(media.content_type())
        .json(json!({ "errors": [{ "message": message, "extensions": { "code": code.as_str() } }] }))
}

fn not_acceptable() -> HttpResponse {
    HttpResponse::NotAcceptable()
        .insert_header((
            header::ACCEPT,
            "application/graphql-response+json; charset=utf-8, application/json; charset=utf-8",
        ))
        .content_type(Media::Json.content_type())
        .json(json!({ "errors": [{
            "message": "accept application/graphql-response+json or application/json",
            "extensions": { "code": Code::NotAcceptable.as_str() }
        }] }))
}

async fn method_not_allowed(request: HttpRequest) -> HttpResponse {
    let media = negotiate(&request).unwrap_or(Media::Json);
    let mut response = errors_response(
        StatusCode::METHOD_NOT_ALLOWED,
        media,
        Code::MethodNotAllowed,
        "use GET for queries and POST for any operation",
    );
    response.headers_mut().insert(header::ALLOW, header::HeaderValue::from_static("GET, POST"));
    response
}

/// Identifies the caller from `Authorization: Bearer …` (a JWT or an API key) and
/// applies the per-principal rate limit. Failures are answered before anything
/// of the GraphQL request is read.
async fn authenticate(
    request: &HttpRequest,
    endpoint: &Endpoint,
    media: Media,
) -> Result<Principal, HttpResponse> {
    let unauthenticated = |code: Code, message: &str| {
        let mut response = errors_response(StatusCode::UNAUTHORIZED, media, code, message);
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, header::HeaderValue::from_static("Bearer realm=\"oversight\""));
        response
    };
    let Some(value) = request.headers().get(header::AUTHORIZATION) else {
        return Err(unauthenticated(Code::Unauthenticated, "send Authorization: Bearer <token or API key>"));
    };
    let credential = value
        .to_str()
        .ok()
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
        .map(str::trim)
        .filter(|c| !c.is_empty());
    let Some(credential) = credential else {
        return Err(unauthenticated(
            Code::Unauthenticated,
            "the Authorization header must be Bearer <credential>",
        ));
    };
    let principal = match endpoint.app.authenticate(&endpoint.authenticator, credential).await {
        Ok(principal) => principal,
        Err(AppError::Unauthenticated { code, message }) => return Err(unauthenticated(code, &message)),
        Err(err) if err.code() == Code::DatabaseUnavailable => {
            tracing::warn!(cause = %err, "authentication: database unavailable");
            return Err(database_unavailable(media));
        }
        Err(err) => return Err(internal_error(media, &err, "authentication")),
    };
    if let Err(retry_after) = endpoint.rate_limiter.check(&principal) {
        return Err(too_many_requests(media, retry_after, "too many requests; retry later"));
    }
    Ok(principal)
}

fn is_websocket(request: &HttpRequest) -> bool {
    request
        .headers()
        .get(header::UPGRADE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("websocket"))
}

/// Subscriptions over graphql-transport-ws (`socket.rs`); a request that asks for no protocol
/// this server speaks is refused.
fn subscribe(request: &HttpRequest, payload: web::Payload, endpoint: &Endpoint) -> HttpResponse {
    let context = SocketContext {
        schema: endpoint.schema.clone(),
        app: endpoint.app.clone(),
        authenticator: endpoint.authenticator.clone(),
        recheck_every: endpoint.subscription_recheck,
    };
    crate::socket::upgrade(request, payload, &context).unwrap_or_else(|| {
        errors_response(
            StatusCode::BAD_REQUEST,
            Media::Json,
            Code::BadRequest,
            "use the graphql-transport-ws protocol",
        )
    })
}

/// The parameters of a GraphQL request, checked for type before anything runs.
struct Params {
    query: String,
    operation_name: Option<String>,
    variables: Option<serde_json::Value>,
}

/// What one GraphQL request came to: a status, a body, perhaps an `Allow` header.
struct Outcome {
    status: StatusCode,
    body: serde_json::Value,
    allow: Option<&'static str>,
}

impl Outcome {
    fn error(status: StatusCode, code: Code, message: &str) -> Outcome {
        Outcome {
            status,
            body: json!({ "errors": [{ "message": message, "extensions": { "code": code.as_str() } }] }),
            allow: None,
        }
    }

    /// A GraphQL request error: 400 under the new media type, 200 under the old.
    fn request_error(media: Media, code: Code, message: &str) -> Outcome {
        Outcome::error(request_error_status(media), code, message)
    }

    fn respond(self, media: Media) -> HttpResponse {
        let mut builder = HttpResponse::build(self.status);
        builder.content_type(media.content_type()).insert_header((header::CACHE_CONTROL, "no-store"));
        if let Some(allow) = self.allow {
            builder.insert_header((header::ALLOW, allow));
        }
        builder.json(self.body)
    }
}

fn request_error_status(media: Media) -> StatusCode {
    match media {
        Media::GraphqlResponseJson => StatusCode::BAD_REQUEST,
        Media::Json => StatusCode::OK,
    }
}

/// Checks the request object's members; every problem is a 400 whatever the
/// Accept header, because the request is not a GraphQL request at all. With a
/// safelist, only listed documents pass, by hash (`extensions.persistedQuery`)
/// or by their text.
fn params(
    object: &serde_json::Map<String, serde_json::Value>,
    safelist: Option<&Safelist>,
) -> Result<Params, Outcome> {
    let bad = |message: &str| Outcome::error(StatusCode::BAD_REQUEST, Code::BadRequest, message);
    let persisted_hash = object
        .get("extensions")
        .and_then(|e| e.get("persistedQuery"))
        .and_then(|p| p.get("sha256Hash"))
        .and_then(serde_json::Value::as_str);
    let query = match (object.get("query"), persisted_hash, safelist) {
        (Some(serde_json::Value::String(query)), _, _) => query.clone(),
        (Some(serde_json::Value::Null) | None, Some(hash), Some(list)) => match list.get(hash) {
            Some(query) => query.clone(),
            None => {
                return Err(Outcome::error(
                    StatusCode::BAD_REQUEST,
                    Code::QueryNotInSafelist,
                    "no safelisted document has this hash",
                ));
            }
        },
        (Some(serde_json::Value::Null) | None, _, _) => return Err(bad("the request has no query")),
        (Some(_), _, _) => return Err(bad("query must be a string")),
    };
    if let Some(list) = safelist {
        let hash = hex::encode(Sha256::digest(query.as_bytes()));
        if persisted_hash.is_some_and(|h| h != hash) {
            return Err(bad("the query does not match extensions.persistedQuery.sha256Hash"));
        }
        if !list.contains_key(&hash) {
            return Err(Outcome::error(
                StatusCode::BAD_REQUEST,
                Code::QueryNotInSafelist,
                "this server runs only safelisted documents",
            ));
        }
    }
    let operation_name = match object.get("operationName") {
        Some(serde_json::Value::String(name)) => Some(name.clone()),
        Some(serde_json::Value::Null) | None => None,
        Some(_) => return Err(bad("operationName must be a string")),
    };
    let variables = match object.get("variables") {
        Some(value @ serde_json::Value::Object(_)) => Some(value.clone()),
        Some(serde_json::Value::Null) | None => None,
        Some(_) => return Err(bad("variables must be an object")),
    };
    match object.get("extensions") {
        Some(serde_json::Value::Object(_) | serde_json::Value::Null) | None => {}
        Some(_) => return Err(bad("extensions must be an object")),
    }
    Ok(Params { query, operation_name, variables })
}

async fn get(request: HttpRequest, payload: web::Payload, endpoint: web::Data<Endpoint>) -> HttpResponse {
    if is_websocket(&request) {
        return subscribe(&request, payload, &endpoint);
    }
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(request.query_string()).unwrap_or_default();
    let map: HashMap<String, String> = pairs.into_iter().collect();
    // A browser opening /graphql gets GraphiQL.
    if !map.contains_key("query") && accepts_html(&request) {
        return graphiql::page();
    }
    let Some(media) = negotiate(&request) else { return not_acceptable() };
    let principal = match authenticate(&request, &endpoint, media).await {
        Ok(principal) => principal,
        Err(response) => return response,
    };
    let mut object = serde_json::Map::new();
    for (key, value) in map {
        let value = match key.as_str() {
            "variables" | "extensions" => match serde_json::from_str(&value) {
                Ok(parsed) => parsed,
                Err(_) => {
                    return errors_response(
                        StatusCode::BAD_REQUEST,
                        media,
                        Code::BadRequest,
                        &format!("{key} is not valid JSON"),
                    );
                }
            },
            _ => serde_json::Value::String(value),
        };
        object.insert(key, value);
    }
    run(&endpoint, media, &object, Method::GET, &principal, Vec::new()).await.respond(media)
}

async fn post(
    request: HttpRequest,
    mut payload: web::Payload,
    endpoint: web::Data<Endpoint>,
) -> HttpResponse {
    let Some(media) = negotiate(&request) else { return not_acceptable() };
    let principal = match authenticate(&request, &endpoint, media).await {
        Ok(principal) => principal,
        Err(response) => return response,
    };
    if is_multipart(&request) {
        return post_multipart(&request, payload, &endpoint, media, &principal).await;
    }
    if let Err(message) = check_content_type(&request) {
        return errors_response(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            media,
            Code::UnsupportedMediaType,
            message,
        );
    }
    let body = match read_body(&mut payload, endpoint.max_body_bytes, media).await {
        Ok(body) => body,
        Err(response) => return response,
    };
    let value: serde_json::Value = match serde_json::from_slice(&body) {
        Ok(value) => value,
        Err(_) => {
            return errors_response(
                StatusCode::BAD_REQUEST,
                media,
                Code::BadRequest,
                "the request body is not valid JSON",
            );
        }
    };
    match value {
        serde_json::Value::Object(object) => {
            run(&endpoint, media, &object, Method::POST, &principal, Vec::new()).await.respond(media)
        }
        serde_json::Value::Array(items) => run_batch(&endpoint, media, items, &principal).await,
        _ => errors_response(
            StatusCode::BAD_REQUEST,
            media,
            Code::BadRequest,
            "the request body must be a JSON object",
        ),
    }
}

fn is_multipart(request: &HttpRequest) -> bool {
    request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim_start().to_ascii_lowercase().starts_with("multipart/form-data"))
}

/// A GraphQL multipart request (the spec Apollo and urql upload clients follow): `operations`,
/// `map`, then the files, each streamed into a temporary file by async-graphql — never held in
/// memory — and refused past `max_upload_bytes` (ATTACHMENT_TOO_LARGE, 413) or
/// `max_upload_files` (TOO_MANY_FILES). One operation per request.
async fn post_multipart(
    request: &HttpRequest,
    mut payload: web::Payload,
    endpoint: &Endpoint,
    media: Media,
    principal: &Principal,
) -> HttpResponse {
    let content_type =
        request.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).map(str::to_owned);
    // actix's payload is not Send; a small bounded channel hands its chunks to the parser.
    let (sender, receiver) = tokio::sync::mpsc::channel::<std::io::Result<web::Bytes>>(4);
    actix_web::rt::spawn(async move {
        while let Some(chunk) = payload.next().await {
            let chunk = chunk.map_err(|e| std::io::Error::other(e.to_string()));
            let failed = chunk.is_err();
            if sender.send(chunk).await.is_err() || failed {
                break;
            }
        }
    });
    let body =
        futures_util::TryStreamExt::into_async_read(tokio_stream::wrappers::ReceiverStream::new(receiver));
    let options = async_graphql::http::MultipartOptions::default()
        .max_file_size(endpoint.max_upload_bytes)
        .max_num_files(endpoint.max_upload_files);
    let bad = |code: Code, message: &str| errors_response(StatusCode::BAD_REQUEST, media, code, message);
    let batch = match async_graphql::http::receive_batch_body(content_type, body, options).await {
        Ok(batch) => batch,
        Err(async_graphql::ParseRequestError::PayloadTooLarge) => {
            let message = format!("a file is larger than {} bytes", endpoint.max_upload_bytes);
            return errors_response(StatusCode::PAYLOAD_TOO_LARGE, media, Code::AttachmentTooLarge, &message);
        }
        Err(err) => return bad(Code::BadRequest, &format!("the multipart request is malformed: {err}")),
    };
    let async_graphql::BatchRequest::Single(single) = batch else {
        return bad(Code::BadRequest, "a multipart request carries one operation");
    };
    if single.uploads.len() > endpoint.max_upload_files {
        let message = format!("a request carries at most {} files", endpoint.max_upload_files);
        return bad(Code::TooManyFiles, &message);
    }
    let mut object = serde_json::Map::new();
    object.insert("query".to_owned(), serde_json::Value::String(single.query));
    if let Some(name) = single.operation_name {
        object.insert("operationName".to_owned(), serde_json::Value::String(name));
    }
    object.insert("variables".to_owned(), single.variables.into_value().into_json().unwrap_or_default());
    run(endpoint, media, &object, Method::POST, principal, single.uploads).await.respond(media)
}

/// Reads the body ourselves, so an oversized one is refused before it is buffered whole and
/// every refusal is a GraphQL-shaped JSON error.
async fn read_body(
    payload: &mut web::Payload,
    max_body_bytes: usize,
    media: Media,
) -> Result<web::BytesMut, HttpResponse> {
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let Ok(chunk) = chunk else {
            return Err(errors_response(
                StatusCode::BAD_REQUEST,
                media,
                Code::BadRequest,
                "the request body could not be read",
            ));
        };
        if body.len() + chunk.len() > max_body_bytes {
            return Err(errors_response(
                StatusCode::PAYLOAD_TOO_LARGE,
                media,
                Code::PayloadTooLarge,
                &format!("the request body is larger than {max_body_bytes} bytes"),
            ));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// A batch: several requests in one body, answered in order. Its length is checked before any
/// of them is looked at.
async fn run_batch(
    endpoint: &Endpoint,
    media: Media,
    items: Vec<serde_json::Value>,
    principal: &Principal,
) -> HttpResponse {
    if items.is_empty() || items.len() > endpoint.max_batch {
        return errors_response(
            StatusCode::BAD_REQUEST,
            media,
            Code::BatchTooLarge,
            &format!("a batch holds 1 to {} requests; this one holds {}", endpoint.max_batch, items.len()),
        );
    }
    let mut bodies = Vec::with_capacity(items.len());
    for item in items {
        let outcome = match item {
            serde_json::Value::Object(object) => {
                run(endpoint, media, &object, Method::POST, principal, Vec::new()).await
            }
            _ => Outcome::error(
                StatusCode::BAD_REQUEST,
                Code::BadRequest,
                "each batch entry must be a JSON object",
            ),
        };
        bodies.push(outcome.body);
    }
    HttpResponse::Ok()
        .content_type(media.content_type())
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(bodies)
}

/// POST bodies must be `application/json`, in UTF-8 if a charset is named.
fn check_content_type(request: &HttpRequest) -> Result<(), &'static str> {
    let Some(value) = request.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()) else {
        return Err("Content-Type must be application/json");
    };
    let mut parts = value.split(';');
    let media = parts.next().unwrap_or("").trim();
    if !media.eq_ignore_ascii_case("application/json") {
        return Err("Content-Type must be application/json");
    }
    for parameter in parts {
        if let Some((name, value)) = parameter.split_once('=')
            && name.trim().eq_ignore_ascii_case("charset")
            && !value.trim().trim_matches('"').eq_ignore_ascii_case("utf-8")
        {
            return Err("the request body must be UTF-8");
        }
    }
    Ok(())
}

/// Runs one GraphQL request: parameter checks, document limits, execution.
async fn run(
    endpoint: &Endpoint,
    media: Media,
    object: &serde_json::Map<String, serde_json::Value>,
    method: Method,
    principal: &Principal,
    uploads: Vec<async_graphql::UploadValue>,
) -> Outcome {
    let params = match params(object, endpoint.safelist.as_deref()) {
        Ok(params) => params,
        Err(outcome) => return outcome,
    };
    if let Some(variables) = &params.variables
        && let Err(refusal) = limits::check_json(variables)
    {
        return Outcome::request_error(media, limit_code(refusal.limit), &refusal.message);
    }
    let parsed = async_graphql::parser::parse_query(&params.query);
    if let Ok(document) = &parsed {
        if method == Method::GET {
            let is_mutation = match &document.operations {
                DocumentOperations::Single(operation) => operation.node.ty == OperationType::Mutation,
                DocumentOperations::Multiple(operations) => params
                    .operation_name
                    .as_deref()
                    .and_then(|name| operations.iter().find(|(n, _)| n.as_str() == name))
                    .is_some_and(|(_, operation)| operation.node.ty == OperationType::Mutation),
            };
            if is_mutation {
                let mut outcome = Outcome::error(
                    StatusCode::METHOD_NOT_ALLOWED,
                    Code::MethodNotAllowed,
                    "mutations need POST",
                );
                outcome.allow = Some("POST");
                return outcome;
            }
        }
        if let Err(refusal) = limits::check(document, params.operation_name.as_deref(), &endpoint.limits) {
            return Outcome::request_error(media, limit_code(refusal.limit), &refusal.message);
        }
    }
    let parse_failed = parsed.is_err();

    let mut request = async_graphql::Request::new(params.query)
        .data(Loaders::new(&endpoint.app, principal))
        .data(principal.clone());
    // The document the limits were checked on is the one executed: parsed once, not twice
    // (issue 13 measured the second parse at 13 % of a lookup's CPU).
    if let Ok(document) = parsed {
        request.set_parsed_query(document);
    }
    if let Some(name) = params.operation_name {
        request = request.operation_name(name);
    }
    if let Some(variables) = params.variables {
        request = request.variables(Variables::from_json(variables));
    }
    request.uploads = uploads;
    let mut response = endpoint.schema.execute(request).await;

    let request_error = !response.errors.is_empty()
        && response.data == Value::Null
        && response.errors.iter().all(|e| e.path.is_empty());
    for error in &mut response.errors {
        label(error, request_error, parse_failed);
    }
    if request_error {
        // No `data` key at all: the request never reached execution.
        return Outcome {
            status: request_error_status(media),
            body: json!({ "errors": response.errors }),
            allow: None,
        };
    }
    match serde_json::to_value(&response) {
        Ok(body) => Outcome { status: StatusCode::OK, body, allow: None },
        Err(err) => {
            tracing::error!(cause = %err, "cannot serialise a response");
            Outcome::error(StatusCode::INTERNAL_SERVER_ERROR, Code::Internal, "internal error")
        }
    }
}

/// Gives every error a stable code; errors raised by our resolvers already have one.
/// The error code of a request refused by one of the endpoint's own limits (`limits`).
fn limit_code(limit: limits::Limit) -> Code {
    match limit {
        limits::Limit::TooManyRootFields => Code::TooManyRootFields,
        limits::Limit::TooManyAliases => Code::TooManyAliases,
        limits::Limit::InvalidCharacters => Code::InvalidCharacters,
    }
}

fn label(error: &mut ServerError, request_error: bool, parse_failed: bool) {
    let has_code = error.extensions.as_ref().is_some_and(|e| e.get("code").is_some());
    if has_code {
        return;
    }
    let code = code_for(error, request_error, parse_failed);
    error.extensions.get_or_insert_with(Default::default).set("code", code.as_str());
}

/// The code of an error async-graphql raised itself (no resolver gave it one): the request
/// metrics label by it too (`telemetry.rs`).
pub(crate) fn code_for(error: &ServerError, request_error: bool, parse_failed: bool) -> Code {
    if !request_error {
        if error.message.starts_with("Failed to parse") || error.message.starts_with("Invalid value") {
            Code::BadUserInput
        } else {
            Code::Internal
        }
    } else if parse_failed {
        Code::GraphqlParseFailed
    } else if error.message.starts_with("Unknown operation") {
        Code::UnknownOperation
    } else {
        Code::GraphqlValidationFailed
    }
}

async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(json!({ "status": "up" }))
}

/// Ready when the database answers and this server serves every plugin version that open
/// testing tasks were sampled under: during a rolling upgrade, a replica without the version
/// another replica started sampling under could judge none of those tasks, so it leaves the load
/// balancer until it has the file (docs/adr/0017).
async fn readyz(endpoint: web::Data<Endpoint>) -> HttpResponse {
    let unreachable = |err: &dyn std::fmt::Display| {
        tracing::warn!(error = %err, "readiness probe: database unreachable");
        HttpResponse::ServiceUnavailable().json(json!({ "status": "database unreachable" }))
    };
    if let Err(err) = endpoint.app.ready().await {
        return unreachable(&err);
    }
    match endpoint.app.unserved_pinned_versions().await {
        Ok(unserved) if unserved.is_empty() => HttpResponse::Ok().json(json!({ "status": "ready" })),
        Ok(unserved) => {
            let versions: Vec<_> = unserved
                .iter()
                .map(|v| json!({ "industry": v.plugin_id, "version": v.plugin_version, "openTasks": v.open_tasks }))
                .collect();
            tracing::warn!(versions = ?versions, "readiness probe: plugin versions of open tasks not loaded");
            HttpResponse::ServiceUnavailable()
                .json(json!({ "status": "plugin versions missing", "unservedVersions": versions }))
        }
        Err(err) => unreachable(&err),
    }
}
