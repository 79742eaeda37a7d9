//! The GraphQL endpoint over HTTP, following the GraphQL-over-HTTP specification:
//! GET for queries, POST for everything, `application/graphql-response+json` or
//! `application/json` negotiated by `Accept`, and 4xx statuses for requests that
//! never reach execution. tests/http-audit/NOTES.md lists the audit each rule serves.

use std::collections::HashMap;

use actix_web::http::{Method, StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use async_graphql::parser::types::{DocumentOperations, OperationType};
use async_graphql::{ServerError, Value, Variables};
use futures_util::StreamExt;
use oversight_app::{App, Code};
use serde_json::json;

use crate::graphiql;
use crate::loaders::Loaders;
use crate::schema::OversightSchema;

/// What the endpoint needs at run time.
#[derive(Clone)]
pub struct Endpoint {
    pub schema: OversightSchema,
    pub app: App,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
}

/// Mounts `/graphql`, the GraphiQL assets and the health probes.
pub fn configure(config: &mut web::ServiceConfig) {
    config
        .route("/graphql", web::get().to(get))
        .route("/graphql", web::post().to(post))
        .route("/graphql", web::route().to(method_not_allowed))
        .route("/graphiql/assets/{name}", web::get().to(graphiql::asset))
        .route("/healthz", web::get().to(healthz))
        .route("/readyz", web::get().to(readyz));
}

/// The negotiated response media type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Media {
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
fn errors_response(status: StatusCode, media: Media, code: Code, message: &str) -> HttpResponse {
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

/// The parameters of a GraphQL request, checked for type before anything runs.
struct Params {
    query: String,
    operation_name: Option<String>,
    variables: Option<serde_json::Value>,
}

/// Checks the request object's members; every problem is a 400 whatever the
/// Accept header, because the request is not a GraphQL request at all.
fn params(object: &serde_json::Map<String, serde_json::Value>) -> Result<Params, &'static str> {
    let query = match object.get("query") {
        Some(serde_json::Value::String(query)) => query.clone(),
        Some(serde_json::Value::Null) | None => return Err("the request has no query"),
        Some(_) => return Err("query must be a string"),
    };
    let operation_name = match object.get("operationName") {
        Some(serde_json::Value::String(name)) => Some(name.clone()),
        Some(serde_json::Value::Null) | None => None,
        Some(_) => return Err("operationName must be a string"),
    };
    let variables = match object.get("variables") {
        Some(value @ serde_json::Value::Object(_)) => Some(value.clone()),
        Some(serde_json::Value::Null) | None => None,
        Some(_) => return Err("variables must be an object"),
    };
    match object.get("extensions") {
        Some(serde_json::Value::Object(_) | serde_json::Value::Null) | None => {}
        Some(_) => return Err("extensions must be an object"),
    }
    Ok(Params { query, operation_name, variables })
}

async fn get(request: HttpRequest, endpoint: web::Data<Endpoint>) -> HttpResponse {
    let pairs: Vec<(String, String)> = match serde_urlencoded::from_str(request.query_string()) {
        Ok(pairs) => pairs,
        Err(_) => Vec::new(),
    };
    let map: HashMap<String, String> = pairs.into_iter().collect();
    // A browser opening /graphql gets GraphiQL.
    if !map.contains_key("query") && accepts_html(&request) {
        return graphiql::page();
    }
    let Some(media) = negotiate(&request) else { return not_acceptable() };
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
    match params(&object) {
        Ok(params) => execute(&endpoint, media, params, Method::GET).await,
        Err(message) => errors_response(StatusCode::BAD_REQUEST, media, Code::BadRequest, message),
    }
}

async fn post(
    request: HttpRequest,
    mut payload: web::Payload,
    endpoint: web::Data<Endpoint>,
) -> HttpResponse {
    let Some(media) = negotiate(&request) else { return not_acceptable() };
    if let Err(message) = check_content_type(&request) {
        return errors_response(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            media,
            Code::UnsupportedMediaType,
            message,
        );
    }
    // Read the body ourselves, so an oversized one is refused before it is
    // buffered whole and every refusal is a GraphQL-shaped JSON error.
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let Ok(chunk) = chunk else {
            return errors_response(
                StatusCode::BAD_REQUEST,
                media,
                Code::BadRequest,
                "the request body could not be read",
            );
        };
        if body.len() + chunk.len() > endpoint.max_body_bytes {
            return errors_response(
                StatusCode::PAYLOAD_TOO_LARGE,
                media,
                Code::PayloadTooLarge,
                &format!("the request body is larger than {} bytes", endpoint.max_body_bytes),
            );
        }
        body.extend_from_slice(&chunk);
    }
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
    let serde_json::Value::Object(object) = value else {
        return errors_response(
            StatusCode::BAD_REQUEST,
            media,
            Code::BadRequest,
            "the request body must be a JSON object",
        );
    };
    match params(&object) {
        Ok(params) => execute(&endpoint, media, params, Method::POST).await,
        Err(message) => errors_response(StatusCode::BAD_REQUEST, media, Code::BadRequest, message),
    }
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

async fn execute(endpoint: &Endpoint, media: Media, params: Params, method: Method) -> HttpResponse {
    let parsed = async_graphql::parser::parse_query(&params.query);
    if method == Method::GET
        && let Ok(document) = &parsed
    {
        let is_mutation = match &document.operations {
            DocumentOperations::Single(operation) => operation.node.ty == OperationType::Mutation,
            DocumentOperations::Multiple(operations) => params
                .operation_name
                .as_deref()
                .and_then(|name| operations.iter().find(|(n, _)| n.as_str() == name))
                .is_some_and(|(_, operation)| operation.node.ty == OperationType::Mutation),
        };
        if is_mutation {
            let mut response = errors_response(
                StatusCode::METHOD_NOT_ALLOWED,
                media,
                Code::MethodNotAllowed,
                "mutations need POST",
            );
            response.headers_mut().insert(header::ALLOW, header::HeaderValue::from_static("POST"));
            return response;
        }
    }
    let parse_failed = parsed.is_err();

    let mut request = async_graphql::Request::new(params.query).data(Loaders::new(&endpoint.app));
    if let Some(name) = params.operation_name {
        request = request.operation_name(name);
    }
    if let Some(variables) = params.variables {
        request = request.variables(Variables::from_json(variables));
    }
    let mut response = endpoint.schema.execute(request).await;

    let request_error = !response.errors.is_empty()
        && response.data == Value::Null
        && response.errors.iter().all(|e| e.path.is_empty());
    for error in &mut response.errors {
        label(error, request_error, parse_failed);
    }
    if request_error {
        let status = match media {
            Media::GraphqlResponseJson => StatusCode::BAD_REQUEST,
            Media::Json => StatusCode::OK,
        };
        // No `data` key at all: the request never reached execution.
        return HttpResponse::build(status)
            .content_type(media.content_type())
            .json(json!({ "errors": response.errors }));
    }
    let mut builder = HttpResponse::Ok();
    builder.content_type(media.content_type());
    for (name, value) in response.http_headers.iter() {
        if let Ok(value) = value.to_str() {
            builder.insert_header((name.as_str(), value));
        }
    }
    builder.json(&response)
}

/// Gives every error a stable code; errors raised by our resolvers already have one.
fn label(error: &mut ServerError, request_error: bool, parse_failed: bool) {
    let has_code = error.extensions.as_ref().is_some_and(|e| e.get("code").is_some());
    if has_code {
        return;
    }
    let code = if !request_error {
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
    };
    error.extensions.get_or_insert_with(Default::default).set("code", code.as_str());
}

async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(json!({ "status": "up" }))
}

async fn readyz(endpoint: web::Data<Endpoint>) -> HttpResponse {
    match endpoint.app.ready().await {
        Ok(()) => HttpResponse::Ok().json(json!({ "status": "ready" })),
        Err(err) => {
            tracing::warn!(error = %err, "readiness probe: database unreachable");
            HttpResponse::ServiceUnavailable().json(json!({ "status": "database unreachable" }))
        }
    }
}
