//! The public license lookup (公示) at `GET /public/licenses/{number}`: no token, a JSON answer
//! holding only what the license's face shows, and a strict rate limit per client address so
//! the registry cannot be harvested number by number. It stays outside GraphQL on purpose
//! (docs/adr/0012-public-license-lookup.md): the GraphQL endpoint has no anonymous caller.
//! `GET /public/draws/{id}` publishes a double-random draw's record (一公开, docs/adr/0025) under
//! the same per-address limit: the JSON `oversight draw replay` reads.

use std::net::IpAddr;
use std::num::NonZeroU32;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use oversight_app::{AppError, Code, PublicLicense};
use serde_json::json;

use crate::http::{Endpoint, Media, errors_response, internal_error, seconds_until, too_many_requests};

/// A token bucket per client address for the public lookup.
pub struct AddressRateLimiter {
    limiter: DefaultKeyedRateLimiter<IpAddr>,
    /// Take the client address from `X-Forwarded-For` / `Forwarded` (only behind a proxy that
    /// sets them; otherwise a client could name any address and escape its limit).
    trust_forwarded_for: bool,
}

impl AddressRateLimiter {
    /// `per_minute` lookups per address on average, `burst` at once.
    pub fn new(per_minute: u32, burst: u32, trust_forwarded_for: bool) -> AddressRateLimiter {
        let per_minute = NonZeroU32::new(per_minute).unwrap_or(NonZeroU32::MIN);
        let burst = NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN);
        let quota = Quota::per_minute(per_minute).allow_burst(burst);
        AddressRateLimiter { limiter: RateLimiter::keyed(quota), trust_forwarded_for }
    }

    /// `Err(seconds to wait)` when the client at `request`'s address is over its limit.
    fn check(&self, request: &HttpRequest) -> Result<(), u64> {
        let info = request.connection_info();
        let address = if self.trust_forwarded_for { info.realip_remote_addr() } else { info.peer_addr() };
        // No address at all (a test request without a peer) shares one bucket: stricter, not looser.
        let address = address.and_then(parse_address).unwrap_or(IpAddr::from([0, 0, 0, 0]));
        self.limiter.check_key(&address).map_err(seconds_until)
    }
}

/// `1.2.3.4`, `1.2.3.4:5678`, `[::1]:5678` or `::1`.
fn parse_address(text: &str) -> Option<IpAddr> {
    text.parse::<IpAddr>()
        .ok()
        .or_else(|| text.parse::<std::net::SocketAddr>().ok().map(|socket| socket.ip()))
}

/// `GET /public/licenses/{number}`: 200 with the license, 404 when there is none, 400 for a
/// malformed number, 429 (with `Retry-After`) over the address's limit.
pub async fn license(
    request: HttpRequest,
    number: web::Path<String>,
    endpoint: web::Data<Endpoint>,
) -> HttpResponse {
    if let Err(retry_after) = endpoint.public_rate_limiter.check(&request) {
        return too_many_requests(Media::Json, retry_after, "too many lookups; retry later");
    }
    match endpoint.app.public_license(&number).await {
        Ok(Some(license)) => HttpResponse::Ok()
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .json(json!({ "license": body(&license) })),
        Ok(None) => {
            errors_response(StatusCode::NOT_FOUND, Media::Json, Code::NotFound, "no license with this number")
        }
        Err(AppError::Internal(cause)) => internal_error(Media::Json, &cause, "public lookup"),
        Err(refused) => {
            errors_response(StatusCode::BAD_REQUEST, Media::Json, refused.code(), &refused.to_string())
        }
    }
}

fn body(license: &PublicLicense) -> serde_json::Value {
    json!({
        "number": license.number,
        "holder": license.holder,
        "productUnit": license.product_unit,
        "industry": license.industry,
        "status": license.status.as_str(),
        "issuedOn": license.issued_on.to_string(),
        "expiresOn": license.expires_on.to_string(),
    })
}

/// `GET /public/draws/{id}`: 200 with the draw's record (the JSON `oversight draw replay` reads),
/// 404 when there is none, 400 for an id that is not a number, 429 over the address's limit.
pub async fn draw(
    request: HttpRequest,
    id: web::Path<String>,
    endpoint: web::Data<Endpoint>,
) -> HttpResponse {
    if let Err(retry_after) = endpoint.public_rate_limiter.check(&request) {
        return too_many_requests(Media::Json, retry_after, "too many lookups; retry later");
    }
    let id = match crate::draw::parse_public_id(&id) {
        Ok(id) => id,
        Err(refused) => {
            return errors_response(StatusCode::BAD_REQUEST, Media::Json, Code::InvalidId, &refused.message);
        }
    };
    match endpoint.app.public_draw(id).await {
        Ok(Some(record)) => {
            HttpResponse::Ok().insert_header((header::CACHE_CONTROL, "no-store")).json(&record)
        }
        Ok(None) => {
            errors_response(StatusCode::NOT_FOUND, Media::Json, Code::NotFound, "no draw with this number")
        }
        Err(AppError::Internal(cause)) => internal_error(Media::Json, &cause, "public draw"),
        Err(refused) => {
            errors_response(StatusCode::BAD_REQUEST, Media::Json, refused.code(), &refused.to_string())
        }
    }
}
