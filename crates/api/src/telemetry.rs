//! Per-request telemetry: every HTTP request gets a request id (the client's `X-Request-Id`
//! when it is a sane token, else a fresh UUID), echoed in the response and carried by a
//! `request` span, so every log line of the request names it; one access-log line and one
//! count per response; and the GraphQL extension that counts operations by name and outcome
//! and times them (the counters themselves are `app`'s, docs/adr/0024).

use std::sync::{Arc, Mutex};
use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderMap, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::web;
use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextExecute, NextParseQuery, NextPrepareRequest,
    NextRequest,
};
use async_graphql::parser::types::ExecutableDocument;
use async_graphql::{Request, Response, ServerResult, Value, Variables};
use oversight_app::metrics::Metrics;
use tracing::Instrument;

use crate::http::Endpoint;

/// The header a request id arrives and leaves in.
pub const REQUEST_ID_HEADER: &str = "x-request-id";

/// Longest client request id kept; a longer one is replaced.
const MAX_REQUEST_ID: usize = 128;

/// The client's request id if it is a plain token (letters, digits and `-_.:`, at most 128),
/// else a new UUID: an id is written into every log line, so it must not smuggle anything in.
pub fn request_id(headers: &HeaderMap) -> String {
    let sent = headers.get(REQUEST_ID_HEADER).and_then(|value| value.to_str().ok());
    match sent {
        Some(id)
            if !id.is_empty()
                && id.len() <= MAX_REQUEST_ID
                && id.chars().all(|c| c.is_ascii_alphanumeric() || "-_.:".contains(c)) =>
        {
            id.to_owned()
        }
        _ => uuid::Uuid::new_v4().to_string(),
    }
}

/// Middleware (`actix_web::middleware::from_fn`): the request's span and id, its access-log
/// line and its count by route and status.
pub async fn trace_request(
    request: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let id = request_id(request.headers());
    let span =
        tracing::info_span!("request", request_id = %id, method = %request.method(), path = %request.path());
    let metrics = request.app_data::<web::Data<Endpoint>>().map(|endpoint| endpoint.app.metrics().clone());
    let started = Instant::now();
    let result = next.call(request).instrument(span.clone()).await;
    let elapsed_ms = started.elapsed().as_secs_f64() * 1000.0;
    let (status, route) = match &result {
        Ok(response) => (response.status(), response.request().match_pattern()),
        Err(error) => (error.as_response_error().status_code(), None),
    };
    let route = route.unwrap_or_else(|| "unmatched".to_owned());
    if let Some(metrics) = metrics {
        metrics.record_http_response(&route, status.as_u16());
    }
    span.in_scope(|| {
        // Probes come every few seconds from the orchestrator: their lines are for debugging.
        if route == "/healthz" || route == "/readyz" {
            tracing::debug!(status = status.as_u16(), elapsed_ms, route, "request");
        } else {
            tracing::info!(status = status.as_u16(), elapsed_ms, route, "request");
        }
    });
    let mut response = result?;
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert(HeaderName::from_static(REQUEST_ID_HEADER), value);
    }
    Ok(response)
}

/// The extension that counts and times GraphQL requests into `app`'s metrics.
pub struct RequestMetrics {
    metrics: Metrics,
}

impl RequestMetrics {
    pub fn new(metrics: Metrics) -> RequestMetrics {
        RequestMetrics { metrics }
    }
}

impl ExtensionFactory for RequestMetrics {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(RequestMetricsExtension { metrics: self.metrics.clone(), seen: Mutex::default() })
    }
}

/// One request's extension: what it learns of the operation as the request goes through.
struct RequestMetricsExtension {
    metrics: Metrics,
    seen: Mutex<Seen>,
}

/// What the hooks saw of one request.
#[derive(Default)]
struct Seen {
    /// The `operationName` the client asked for.
    requested: Option<String>,
    /// The names of the document's operations (None for an anonymous one), once parsed.
    operations: Vec<Option<String>>,
    parse_failed: bool,
    /// The operation that ran, once execution started.
    executed: Option<String>,
}

impl Seen {
    /// The operation's label: the one executed; before execution, the document's operation the
    /// request named (or its only one); `invalid` when the document did not parse, `unknown`
    /// when the name matches none of its operations. Never the client's word alone.
    fn operation(&self) -> String {
        if let Some(executed) = &self.executed {
            return executed.clone();
        }
        if self.parse_failed {
            return "invalid".to_owned();
        }
        let named = |name: &Option<String>| name.clone().unwrap_or_else(|| "anonymous".to_owned());
        match (&self.requested, self.operations.as_slice()) {
            (Some(requested), operations) if operations.contains(&Some(requested.clone())) => {
                requested.clone()
            }
            (None, [only]) => named(only),
            _ => "unknown".to_owned(),
        }
    }
}

impl RequestMetricsExtension {
    fn with_seen(&self, change: impl FnOnce(&mut Seen)) {
        if let Ok(mut seen) = self.seen.lock() {
            change(&mut seen);
        }
    }
}

/// `ok`, or the code of the response's first error (as `http.rs` labels it for the client).
fn outcome(response: &Response, parse_failed: bool) -> String {
    let Some(first) = response.errors.first() else { return "ok".to_owned() };
    if let Some(Value::String(code)) = first.extensions.as_ref().and_then(|e| e.get("code")) {
        return code.clone();
    }
    let request_error = response.data == Value::Null && response.errors.iter().all(|e| e.path.is_empty());
    crate::http::code_for(first, request_error, parse_failed).as_str().to_owned()
}

#[async_graphql::async_trait::async_trait]
impl Extension for RequestMetricsExtension {
    async fn request(&self, ctx: &ExtensionContext<'_>, next: NextRequest<'_>) -> Response {
        let started = Instant::now();
        let response = next.run(ctx).await;
        let seconds = started.elapsed().as_secs_f64();
        let (operation, parse_failed) = match self.seen.lock() {
            Ok(seen) => (seen.operation(), seen.parse_failed),
            Err(_) => ("unknown".to_owned(), false),
        };
        self.metrics.record_request(&operation, &outcome(&response, parse_failed), seconds);
        response
    }

    async fn prepare_request(
        &self,
        ctx: &ExtensionContext<'_>,
        request: Request,
        next: NextPrepareRequest<'_>,
    ) -> ServerResult<Request> {
        let requested = request.operation_name.clone();
        self.with_seen(|seen| seen.requested = requested);
        next.run(ctx, request).await
    }

    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        let parsed = next.run(ctx, query, variables).await;
        match &parsed {
            Ok(document) => {
                let names = document.operations.iter().map(|(name, _)| name.map(|n| n.to_string())).collect();
                self.with_seen(|seen| seen.operations = names);
            }
            Err(_) => self.with_seen(|seen| seen.parse_failed = true),
        }
        parsed
    }

    async fn execute(
        &self,
        ctx: &ExtensionContext<'_>,
        operation_name: Option<&str>,
        next: NextExecute<'_>,
    ) -> Response {
        let executed = operation_name.unwrap_or("anonymous").to_owned();
        self.with_seen(|seen| seen.executed = Some(executed));
        next.run(ctx, operation_name).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(id: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(HeaderName::from_static(REQUEST_ID_HEADER), HeaderValue::from_str(id).unwrap());
        headers
    }

    #[test]
    fn a_plain_client_id_is_kept_and_anything_else_replaced() {
        assert_eq!(request_id(&headers("req-42.a:b_c")), "req-42.a:b_c");
        for bad in ["", "two words", "a\"b", "{\"x\":1}", &"x".repeat(129)] {
            let id = request_id(&headers(bad));
            assert_ne!(id, bad);
            assert!(uuid::Uuid::parse_str(&id).is_ok(), "{id}");
        }
        assert!(uuid::Uuid::parse_str(&request_id(&HeaderMap::new())).is_ok());
    }

    #[test]
    fn the_operation_label_never_takes_the_clients_word_alone() {
        let seen = |requested: Option<&str>, operations: &[Option<&str>]| Seen {
            requested: requested.map(str::to_owned),
            operations: operations.iter().map(|name| name.map(str::to_owned)).collect(),
            ..Seen::default()
        };
        let cases: [(Seen, &str); 6] = [
            (seen(None, &[Some("Viewer")]), "Viewer"),
            (seen(None, &[None]), "anonymous"),
            (seen(Some("B"), &[Some("A"), Some("B")]), "B"),
            (seen(Some("Invented"), &[Some("A")]), "unknown"),
            (seen(None, &[Some("A"), Some("B")]), "unknown"),
            (Seen { parse_failed: true, requested: Some("X".to_owned()), ..Seen::default() }, "invalid"),
        ];
        for (seen, expected) in cases {
            assert_eq!(seen.operation(), expected);
        }
        let executed = Seen { executed: Some("Ran".to_owned()), ..seen(Some("Other"), &[]) };
        assert_eq!(executed.operation(), "Ran");
    }
}
