//! The subscription transport: graphql-transport-ws (and the older graphql-ws) on `GET /graphql`
//! with a WebSocket upgrade. The caller authenticates in `connection_init`; while the socket is
//! open its credential is checked again every few seconds (`recheck_every`), past every cache, so
//! an expired token, a deactivated officer or a revoked API key stops receiving events: the
//! socket is closed with code 4401 and the error code as the reason (docs/adr/0016).

use std::pin::pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use actix_web::http::header::{HeaderValue, SEC_WEBSOCKET_PROTOCOL};
use actix_web::{HttpRequest, HttpResponse, web};
use actix_ws::{CloseCode, CloseReason, Message, MessageStream, Session};
use async_graphql::http::{WebSocket, WebSocketProtocols as Protocols, WsMessage};
use futures_util::StreamExt;
use oversight_app::identity::{Authenticator, Standing};
use oversight_app::{App, AppError};
use tokio::sync::mpsc;
use tokio_stream::wrappers::UnboundedReceiverStream;

use crate::error::app_error;
use crate::schema::OversightSchema;

/// The close code for a credential that no longer stands (graphql-transport-ws's
/// "Unauthorized").
pub const CREDENTIAL_CLOSED: u16 = 4401;

/// The close code for a credential refused in `connection_init` (graphql-transport-ws's
/// "Forbidden").
pub const CREDENTIAL_REFUSED: u16 = 4403;

/// What `connection_init` left for the rest of the connection: the credential to check again,
/// or the close reason of its refusal.
type Credential = Arc<Mutex<Option<Result<Standing, String>>>>;

/// Consecutive checks that may fail for an internal reason (the database unreachable) before
/// the socket is closed: a blip does not drop every subscriber, an outage does.
const INTERNAL_FAILURES_TOLERATED: u32 = 3;

/// What a subscription socket needs besides the request.
#[derive(Clone)]
pub struct SocketContext {
    pub schema: OversightSchema,
    pub app: App,
    pub authenticator: Arc<Authenticator>,
    /// How often an open socket's credential is checked again.
    pub recheck_every: Duration,
}

/// Upgrades the request and serves the socket on the current worker; `None` when the client
/// asks for no protocol this server speaks or the handshake is malformed.
pub fn upgrade(
    request: &HttpRequest,
    payload: web::Payload,
    context: &SocketContext,
) -> Option<HttpResponse> {
    let protocol = requested_protocol(request)?;
    let (mut response, session, messages) = actix_ws::handle(request, payload)
        .inspect_err(|err| tracing::debug!(error = %err, "refused a WebSocket upgrade"))
        .ok()?;
    response
        .headers_mut()
        .insert(SEC_WEBSOCKET_PROTOCOL, HeaderValue::from_static(protocol.sec_websocket_protocol()));
    actix_web::rt::spawn(serve(context.clone(), protocol, session, messages));
    Some(response)
}

/// The first protocol of `Sec-WebSocket-Protocol` that async-graphql speaks.
fn requested_protocol(request: &HttpRequest) -> Option<Protocols> {
    request
        .headers()
        .get(SEC_WEBSOCKET_PROTOCOL)
        .and_then(|value| value.to_str().ok())
        .and_then(|protocols| protocols.split(',').find_map(|p| p.trim().parse::<Protocols>().ok()))
}

/// How the socket ended, and what to tell the client.
enum Ending {
    /// The client closed or went away: close without a reason.
    Client,
    /// The GraphQL protocol closed it (bad message, failed `connection_init` …).
    Protocol(u16, String),
    /// The credential no longer stands.
    Credential(AppError),
    /// It could not be checked for too long.
    Unverifiable,
}

/// Runs the socket: client frames into async-graphql's protocol machine, its messages out,
/// and the credential check on a timer, until one of them ends it.
async fn serve(
    context: SocketContext,
    protocol: Protocols,
    mut session: Session,
    mut messages: MessageStream,
) {
    let credential: Credential = Arc::default();
    let (to_graphql, from_client) = mpsc::unbounded_channel::<Vec<u8>>();
    let graphql = WebSocket::new(context.schema.clone(), UnboundedReceiverStream::new(from_client), protocol)
        .on_connection_init(connection_init(&context, credential.clone()));
    let mut graphql = pin!(graphql);
    let mut ticker = tokio::time::interval(context.recheck_every);
    let mut internal_failures = 0;
    let ending = loop {
        tokio::select! {
            incoming = messages.recv() => match incoming {
                Some(Ok(Message::Text(text))) => { let _ = to_graphql.send(text.as_bytes().to_vec()); }
                Some(Ok(Message::Binary(bytes))) => { let _ = to_graphql.send(bytes.to_vec()); }
                Some(Ok(Message::Ping(bytes))) => if session.pong(&bytes).await.is_err() { break Ending::Client },
                Some(Ok(Message::Close(_)) | Err(_)) | None => break Ending::Client,
                Some(Ok(_)) => {}
            },
            outgoing = graphql.next() => match outgoing {
                Some(WsMessage::Text(text)) => if session.text(text).await.is_err() { break Ending::Client },
                Some(WsMessage::Close(code, reason)) => break Ending::Protocol(code, reason),
                None => break Ending::Client,
            },
            _ = ticker.tick() => {
                let current = credential.lock().ok().and_then(|slot| slot.clone()?.ok());
                let Some(current) = current else { continue };
                match context.app.recheck(&current).await {
                    Ok(_) => internal_failures = 0,
                    Err(AppError::Internal(cause)) => {
                        tracing::warn!(error = %cause, "could not re-check a subscriber's credential");
                        internal_failures += 1;
                        if internal_failures >= INTERNAL_FAILURES_TOLERATED { break Ending::Unverifiable }
                    }
                    Err(refusal) => break Ending::Credential(refusal),
                }
            }
        }
    };
    let refused = credential.lock().ok().and_then(|slot| slot.clone()?.err());
    let _ = session.close(close_reason(ending, refused)).await;
}

/// The `connection_init` handler: authenticates the payload's `Authorization` and keeps what
/// the later checks need.
fn connection_init(
    context: &SocketContext,
    slot: Credential,
) -> impl FnOnce(
    serde_json::Value,
) -> futures_util::future::BoxFuture<'static, async_graphql::Result<async_graphql::Data>>
+ Send
+ 'static {
    let (app, authenticator) = (context.app.clone(), context.authenticator.clone());
    move |init| {
        Box::pin(async move {
            let credential = init
                .get("Authorization")
                .or_else(|| init.get("authorization"))
                .and_then(serde_json::Value::as_str)
                .and_then(|v| v.strip_prefix("Bearer "))
                .map(str::trim)
                .ok_or_else(|| {
                    async_graphql::Error::new("connection_init needs {\"Authorization\": \"Bearer …\"}")
                })?;
            let outcome = app.authenticate_standing(&authenticator, credential).await;
            let kept = outcome.as_ref().map(|(_, standing)| standing.clone()).map_err(refusal_reason);
            if let Ok(mut slot) = slot.lock() {
                *slot = Some(kept);
            }
            let (principal, _) = outcome.map_err(|e| app_error(e, None))?;
            let mut data = async_graphql::Data::default();
            data.insert(principal);
            Ok(data)
        })
    }
}

/// The close frame for how the socket ended; `refused` is the reason `connection_init` refused
/// the credential, if it did (async-graphql then closes with a generic 1002).
fn close_reason(ending: Ending, refused: Option<String>) -> Option<CloseReason> {
    let (code, description) = match (ending, refused) {
        (Ending::Client, _) => return None,
        (Ending::Protocol(..), Some(reason)) => (CloseCode::from(CREDENTIAL_REFUSED), reason),
        (Ending::Protocol(code, reason), None) => (CloseCode::from(code), reason),
        (Ending::Credential(refusal), _) => (CloseCode::from(CREDENTIAL_CLOSED), refusal_reason(&refusal)),
        (Ending::Unverifiable, _) => (CloseCode::Error, "the credential could not be checked".to_owned()),
    };
    Some(CloseReason { code, description: Some(truncated(description)) })
}

/// `CODE: message` of a refusal, as the client may read it (an internal failure stays opaque).
fn refusal_reason(refusal: &AppError) -> String {
    let code = refusal.code();
    let message = match refusal {
        AppError::Internal(_) => "internal error".to_owned(),
        other => other.to_string(),
    };
    format!("{}: {message}", code.as_str())
}

/// A close frame's reason holds at most 123 bytes; cut on a character boundary.
fn truncated(mut text: String) -> String {
    const MAX: usize = 123;
    if text.len() > MAX {
        let mut end = MAX;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::truncated;

    #[test]
    fn close_reasons_fit_the_frame_and_keep_whole_characters() {
        let cases = [
            ("short".to_owned(), 5),
            ("x".repeat(200), 123),
            ("异".repeat(60), 123),
            // 1 + 3 × 40 bytes: the 41st character would cross byte 123.
            (format!("a{}", "异".repeat(60)), 121),
        ];
        for (text, len) in cases {
            let cut = truncated(text.clone());
            assert_eq!(cut.len(), len, "{text}");
            assert!(text.starts_with(&cut));
        }
    }
}
