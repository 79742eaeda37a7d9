//! Identity: who is calling. Bearer tokens (JWT: HS256 with a shared secret, or
//! RS256/ES256 with a public key or a JWKS file, so a deployment can plug in its
//! own identity provider) for people, and API keys for machine clients (testing
//! institutions). Both end in a `Principal` whose organisation is resolved against
//! the registry, so a token can never claim a jurisdiction its authority lacks.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation, errors::ErrorKind};
use oversight_domain::ApiKeyId;
use oversight_domain::access::{Organisation, OrganisationRef, Principal, Role, Tier};
use oversight_storage::{
    registry::authority, registry::enterprise, registry::institution, registry::officer,
};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{App, AppError, Code, Scope, now};

/// The claims of an oversight token.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Claims {
    /// The person (or system) acting.
    pub sub: String,
    /// `authority:<id>`, `institution:<id>`, `enterprise:<id>` or `platform`.
    pub org: String,
    /// One of the roles (`county_officer`, `auditor`, …).
    pub role: String,
    /// For officers: `head`, `leader_in_charge` or `staff`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<String>,
    pub exp: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nbf: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iat: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iss: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aud: Option<String>,
}

/// How tokens are verified.
#[derive(Clone)]
pub enum VerificationKey {
    /// A shared secret (at least 32 bytes).
    Hs256(Vec<u8>),
    /// A PEM public key of the identity provider.
    PublicKey { algorithm: Algorithm, key: DecodingKey },
    /// A JWKS document of the identity provider; the token's `kid` picks the key.
    Jwks(JwkSet),
}

impl std::fmt::Debug for VerificationKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VerificationKey::Hs256(_) => f.write_str("Hs256(…)"),
            VerificationKey::PublicKey { algorithm, .. } => write!(f, "PublicKey({algorithm:?})"),
            VerificationKey::Jwks(set) => write!(f, "Jwks({} keys)", set.keys.len()),
        }
    }
}

impl VerificationKey {
    /// A shared HS256 secret; shorter than 32 bytes is refused (RFC 7518 §3.2).
    pub fn hs256(secret: &[u8]) -> Result<VerificationKey, String> {
        if secret.len() < 32 {
            return Err("the HS256 secret must be at least 32 bytes".to_owned());
        }
        Ok(VerificationKey::Hs256(secret.to_vec()))
    }

    /// A PEM public key for RS256 or ES256.
    pub fn public_key_pem(algorithm: &str, pem: &[u8]) -> Result<VerificationKey, String> {
        let (algorithm, key) = match algorithm {
            "RS256" => (Algorithm::RS256, DecodingKey::from_rsa_pem(pem)),
            "ES256" => (Algorithm::ES256, DecodingKey::from_ec_pem(pem)),
            other => return Err(format!("unsupported algorithm {other}; use RS256 or ES256")),
        };
        Ok(VerificationKey::PublicKey { algorithm, key: key.map_err(|e| format!("bad public key: {e}"))? })
    }

    /// A JWKS document (JSON).
    pub fn jwks(json: &str) -> Result<VerificationKey, String> {
        let set: JwkSet = serde_json::from_str(json).map_err(|e| format!("bad JWKS document: {e}"))?;
        if set.keys.is_empty() {
            return Err("the JWKS document has no keys".to_owned());
        }
        Ok(VerificationKey::Jwks(set))
    }
}

/// Token verification settings plus caches of verified credentials.
#[derive(Debug)]
pub struct Authenticator {
    key: VerificationKey,
    issuer: Option<String>,
    audience: Option<String>,
    /// sha256(credential) → (principal, verified at). Saves a registry lookup per
    /// request for tokens, and the deliberately slow hash for API keys.
    cache: Mutex<HashMap<[u8; 32], Verified>>,
}

/// A cached verification: the principal, when it was verified, the API key it came
/// from (so revoking the key can drop it), and a token's `exp` (so an expired token is
/// not served from the cache).
type Verified = (Principal, Instant, Option<ApiKeyId>, Option<i64>);

/// Seconds of clock skew tolerated between the identity provider and this server when a
/// token's `exp` and `nbf` are checked. Short, so an expired token stops working (and a
/// subscription holding it is closed) within seconds (docs/adr/0016).
pub const TOKEN_LEEWAY_SECS: u64 = 10;

/// What a long-lived connection keeps of the credential it was opened with, so it can be
/// checked again while the connection lasts (`App::recheck`).
#[derive(Debug, Clone)]
pub enum Standing {
    /// A token, by its claims: its `exp` and the officer and organisation it names.
    Token(Claims),
    /// An API key, by its public id: whether it has been revoked since.
    ApiKey { public_id: String },
}

/// How long a verified credential is trusted without looking again. A revoked API
/// key stops working on this replica at once, on others within this time.
const CACHE_FOR: Duration = Duration::from_secs(60);
const CACHE_MAX_ENTRIES: usize = 10_000;
/// API keys start with this, so they are told apart from JWTs at a glance.
pub const API_KEY_PREFIX: &str = "ovk_";

impl Authenticator {
    pub fn new(key: VerificationKey, issuer: Option<String>, audience: Option<String>) -> Authenticator {
        Authenticator { key, issuer, audience, cache: Mutex::new(HashMap::new()) }
    }

    fn cached(&self, digest: &[u8; 32]) -> Option<Principal> {
        let cache = self.cache.lock().ok()?;
        let (principal, at, _, exp) = cache.get(digest)?;
        (at.elapsed() < CACHE_FOR && exp.is_none_or(|exp| !token_expired(exp))).then(|| principal.clone())
    }

    fn remember(
        &self,
        digest: [u8; 32],
        principal: &Principal,
        api_key_id: Option<ApiKeyId>,
        exp: Option<i64>,
    ) {
        if let Ok(mut cache) = self.cache.lock() {
            if cache.len() >= CACHE_MAX_ENTRIES {
                cache.retain(|_, (_, at, _, _)| at.elapsed() < CACHE_FOR);
                if cache.len() >= CACHE_MAX_ENTRIES {
                    cache.clear();
                }
            }
            cache.insert(digest, (principal.clone(), Instant::now(), api_key_id, exp));
        }
    }

    /// Forgets cached verifications of a subject's tokens (called when its officer is
    /// deactivated or changed), so the next request is resolved against the directory again.
    pub fn forget_subject(&self, subject: &str) {
        if let Ok(mut cache) = self.cache.lock() {
            cache.retain(|_, (principal, _, _, _)| principal.subject != subject);
        }
    }

    /// Forgets cached verifications of an API key (called when it is revoked).
    pub fn forget_api_key(&self, api_key_id: ApiKeyId) {
        if let Ok(mut cache) = self.cache.lock() {
            cache.retain(|_, (_, _, id, _)| *id != Some(api_key_id));
        }
    }

    fn decode(&self, token: &str) -> Result<Claims, AppError> {
        let header = jsonwebtoken::decode_header(token)
            .map_err(|_| unauthenticated(Code::InvalidToken, "the token is malformed"))?;
        let (algorithm, key) = match &self.key {
            VerificationKey::Hs256(secret) => (Algorithm::HS256, DecodingKey::from_secret(secret)),
            VerificationKey::PublicKey { algorithm, key } => (*algorithm, key.clone()),
            VerificationKey::Jwks(set) => {
                let jwk = match &header.kid {
                    Some(kid) => set.find(kid),
                    None if set.keys.len() == 1 => set.keys.first(),
                    None => None,
                }
                .ok_or_else(|| {
                    unauthenticated(Code::InvalidToken, "no key of the identity provider matches the token")
                })?;
                let key = DecodingKey::from_jwk(jwk).map_err(|_| {
                    unauthenticated(Code::InvalidToken, "the identity provider's key is unusable")
                })?;
                (header.alg, key)
            }
        };
        if header.alg != algorithm
            || !matches!(algorithm, Algorithm::HS256 | Algorithm::RS256 | Algorithm::ES256)
        {
            return Err(unauthenticated(
                Code::InvalidToken,
                "the token is signed with an unexpected algorithm",
            ));
        }
        let mut validation = Validation::new(algorithm);
        validation.leeway = TOKEN_LEEWAY_SECS;
        validation.validate_nbf = true;
        // A configured issuer or audience must also be present, not merely match when given.
        let mut required = vec!["exp", "sub"];
        if self.issuer.is_some() {
            required.push("iss");
        }
        if self.audience.is_some() {
            required.push("aud");
        }
        validation.set_required_spec_claims(&required);
        match &self.issuer {
            Some(issuer) => validation.set_issuer(&[issuer]),
            None => validation.iss = None,
        }
        match &self.audience {
            Some(audience) => validation.set_audience(&[audience]),
            None => validation.validate_aud = false,
        }
        jsonwebtoken::decode::<Claims>(token, &key, &validation).map(|data| data.claims).map_err(|err| {
            match err.kind() {
                ErrorKind::ExpiredSignature => unauthenticated(Code::TokenExpired, "the token has expired"),
                ErrorKind::ImmatureSignature => {
                    unauthenticated(Code::TokenNotYetValid, "the token is not valid yet")
                }
                ErrorKind::InvalidSignature => {
                    unauthenticated(Code::InvalidToken, "the token's signature is wrong")
                }
                _ => unauthenticated(Code::InvalidToken, "the token is not acceptable"),
            }
        })
    }
}

/// Whether a token with this `exp` has expired now, past the tolerated skew.
fn token_expired(exp: i64) -> bool {
    let leeway = i64::try_from(TOKEN_LEEWAY_SECS).unwrap_or(i64::MAX);
    now().timestamp() > exp.saturating_add(leeway)
}

fn unauthenticated(code: Code, message: &str) -> AppError {
    AppError::Unauthenticated { code, message: message.to_owned() }
}

fn digest(credential: &str) -> [u8; 32] {
    Sha256::digest(credential.as_bytes()).into()
}

/// Signs a token with an HS256 secret (for `oversight token issue` and the demo).
pub fn issue_token(secret: &[u8], claims: &Claims) -> Result<String, String> {
    jsonwebtoken::encode(&Header::new(Algorithm::HS256), claims, &EncodingKey::from_secret(secret))
        .map_err(|e| format!("cannot sign the token: {e}"))
}

/// A newly created API key: the record and the secret, which is shown once.
#[derive(Debug, Clone)]
pub struct CreatedApiKey {
    pub record: institution::ApiKeyRecord,
    pub key: String,
}

impl App {
    /// Turns an `Authorization` credential (a JWT or an API key) into a principal.
    pub async fn authenticate(
        &self,
        authenticator: &Authenticator,
        credential: &str,
    ) -> Result<Principal, AppError> {
        let digest = digest(credential);
        if let Some(principal) = authenticator.cached(&digest) {
            return Ok(principal);
        }
        if credential.starts_with(API_KEY_PREFIX) {
            let (principal, key_id) = self.verify_api_key(credential).await?;
            authenticator.remember(digest, &principal, Some(key_id), None);
            return Ok(principal);
        }
        let claims = authenticator.decode(credential)?;
        let principal = self.principal_from_claims(&claims).await?;
        authenticator.remember(digest, &principal, None, Some(claims.exp));
        Ok(principal)
    }

    /// Authenticates a credential for a long-lived connection: the principal, and what
    /// `recheck` needs to check the credential again later.
    pub async fn authenticate_standing(
        &self,
        authenticator: &Authenticator,
        credential: &str,
    ) -> Result<(Principal, Standing), AppError> {
        let principal = self.authenticate(authenticator, credential).await?;
        let standing = match credential.strip_prefix(API_KEY_PREFIX) {
            Some(rest) => {
                let public_id = rest.split_once('_').map_or(rest, |(public_id, _)| public_id);
                Standing::ApiKey { public_id: public_id.to_owned() }
            }
            None => Standing::Token(authenticator.decode(credential)?),
        };
        Ok((principal, standing))
    }

    /// Checks again, past every cache, that a connection's credential still stands: the
    /// token has not expired and its officer is active and its organisation open; the API
    /// key has not been revoked. Subscriptions call it every few seconds.
    pub async fn recheck(&self, standing: &Standing) -> Result<Principal, AppError> {
        match standing {
            Standing::Token(claims) => {
                if token_expired(claims.exp) {
                    return Err(unauthenticated(Code::TokenExpired, "the token has expired"));
                }
                self.principal_from_claims(claims).await
            }
            Standing::ApiKey { public_id } => {
                let record = self.unrevoked_api_key(public_id).await?;
                let institution = self.institution_of_key(&record).await?;
                api_key_principal(&record, &institution)
            }
        }
    }

    /// Resolves the claims' organisation in the registry and checks the role fits it.
    pub async fn principal_from_claims(&self, claims: &Claims) -> Result<Principal, AppError> {
        let invalid = |message: String| AppError::Unauthenticated { code: Code::InvalidToken, message };
        let role =
            Role::parse(&claims.role).ok_or_else(|| invalid(format!("unknown role {}", claims.role)))?;
        let tier = claims
            .tier
            .as_deref()
            .map(|t| Tier::parse(t).ok_or_else(|| invalid(format!("unknown tier {t}"))))
            .transpose()?;
        let reference = OrganisationRef::parse(&claims.org)
            .ok_or_else(|| invalid(format!("unknown organisation {}", claims.org)))?;
        let missing = || invalid(format!("organisation {} does not exist", claims.org));
        let organisation = match reference {
            OrganisationRef::Authority(id) => {
                let record = authority::by_ids(&self.store, &[id]).await?.pop().ok_or_else(missing)?;
                if record.closed_at.is_some() {
                    return Err(AppError::Unauthenticated {
                        code: Code::AuthorityClosed,
                        message: format!("authority {} ({}) is closed", id, record.name),
                    });
                }
                Organisation::Authority { id, region: record.region, level: record.level }
            }
            OrganisationRef::Institution(id) => {
                let record =
                    institution::institutions_by_ids(&self.store, &[id]).await?.pop().ok_or_else(missing)?;
                Organisation::Institution { id, region: record.region }
            }
            OrganisationRef::Enterprise(id) => {
                let record = enterprise::by_ids(&self.store, &Scope::Everything, &[id])
                    .await?
                    .pop()
                    .ok_or_else(missing)?;
                Organisation::Enterprise { id, region: record.base.region }
            }
            OrganisationRef::Platform => Organisation::Platform,
        };
        let tier = self.officer_tier(&claims.sub, role, tier, &organisation).await?;
        Principal::new(claims.sub.clone(), role, tier, organisation).map_err(|e| invalid(e.to_string()))
    }

    /// The tier of an officer-role token: the directory's, when its subject is an officer there
    /// (refused when that officer is inactive or serves another authority); the token's
    /// otherwise — a subject the directory does not know is tolerated until the deployments
    /// have entered their officers (docs/adr/0013-officer-directory.md).
    async fn officer_tier(
        &self,
        subject: &str,
        role: Role,
        tier: Option<Tier>,
        organisation: &Organisation,
    ) -> Result<Option<Tier>, AppError> {
        let Organisation::Authority { id, .. } = organisation else { return Ok(tier) };
        if role.officer_level().is_none() {
            return Ok(tier);
        }
        match officer::by_subject(&self.store, subject).await? {
            Some(officer) => crate::registry::officer::check_officer(&officer, *id).map(Some),
            None => Ok(tier),
        }
    }

    /// The API key with this public id, refused when unknown or revoked.
    async fn unrevoked_api_key(&self, public_id: &str) -> Result<institution::ApiKeyRecord, AppError> {
        let record = institution::api_key_by_public_id(&self.store, public_id)
            .await?
            .ok_or_else(|| unauthenticated(Code::InvalidApiKey, "the API key is not valid"))?;
        if record.revoked_at.is_some() {
            return Err(unauthenticated(Code::InvalidApiKey, "the API key has been revoked"));
        }
        Ok(record)
    }

    /// The institution an API key belongs to (gone: the key is no longer valid).
    async fn institution_of_key(
        &self,
        record: &institution::ApiKeyRecord,
    ) -> Result<institution::InstitutionRecord, AppError> {
        institution::institutions_by_ids(&self.store, &[record.institution_id])
            .await?
            .pop()
            .ok_or_else(|| unauthenticated(Code::InvalidApiKey, "the API key is not valid"))
    }

    async fn verify_api_key(&self, credential: &str) -> Result<(Principal, ApiKeyId), AppError> {
        let invalid = || unauthenticated(Code::InvalidApiKey, "the API key is not valid");
        let rest = credential.strip_prefix(API_KEY_PREFIX).ok_or_else(invalid)?;
        let (public_id, secret) = rest.split_once('_').ok_or_else(invalid)?;
        let record = self.unrevoked_api_key(public_id).await?;
        let hash = record.secret_hash.clone();
        let secret = secret.to_owned();
        // The hash is slow on purpose; keep it off the async workers.
        let matches = tokio::task::spawn_blocking(move || {
            PasswordHash::new(&hash)
                .is_ok_and(|parsed| Argon2::default().verify_password(secret.as_bytes(), &parsed).is_ok())
        })
        .await
        .unwrap_or(false);
        if !matches {
            return Err(invalid());
        }
        let institution = self.institution_of_key(&record).await?;
        let now = now();
        // Last-used time at minute precision is enough, and saves a write per request.
        if record.last_used_at.is_none_or(|at| now - at > chrono::Duration::seconds(60)) {
            institution::touch_api_key(&self.store, record.id, now).await?;
        }
        Ok((api_key_principal(&record, &institution)?, record.id))
    }
}

/// The principal an API key acts as: its institution's machine client.
fn api_key_principal(
    record: &institution::ApiKeyRecord,
    institution: &institution::InstitutionRecord,
) -> Result<Principal, AppError> {
    Principal::new(
        format!("api-key:{}", record.public_id),
        Role::TestingInstitution,
        None,
        Organisation::Institution { id: institution.id, region: institution.region },
    )
    .map_err(|e| AppError::Unauthenticated { code: Code::InvalidApiKey, message: e.to_string() })
}

/// Makes a new API key: `ovk_<public id>_<secret>` and the Argon2id hash of the secret.
pub(crate) fn new_api_key() -> Result<(String, String, String), AppError> {
    let mut rng = rand::rng();
    let mut public = [0_u8; 9];
    let mut secret = [0_u8; 32];
    let mut salt = [0_u8; 16];
    rng.fill_bytes(&mut public);
    rng.fill_bytes(&mut secret);
    rng.fill_bytes(&mut salt);
    let public_id = URL_SAFE_NO_PAD.encode(public).replace(['-', '_'], "x");
    let secret = URL_SAFE_NO_PAD.encode(secret);
    let salt = SaltString::encode_b64(&salt).map_err(|e| internal_text(&e.to_string()))?;
    let hash = Argon2::default()
        .hash_password(secret.as_bytes(), &salt)
        .map_err(|e| internal_text(&e.to_string()))?
        .to_string();
    Ok((format!("{API_KEY_PREFIX}{public_id}_{secret}"), public_id, hash))
}

fn internal_text(message: &str) -> AppError {
    AppError::Refused {
        code: Code::Internal,
        field: None,
        message: format!("key generation failed: {message}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(exp_offset: i64, nbf_offset: Option<i64>) -> Claims {
        let now = crate::now().timestamp();
        Claims {
            sub: "alice".into(),
            org: "authority:1".into(),
            role: "county_officer".into(),
            tier: Some("staff".into()),
            exp: now + exp_offset,
            nbf: nbf_offset.map(|o| now + o),
            iat: Some(now),
            iss: None,
            aud: None,
        }
    }

    #[test]
    fn token_verification_table() {
        let secret = b"0123456789abcdef0123456789abcdef";
        let authenticator = Authenticator::new(VerificationKey::hs256(secret).unwrap(), None, None);
        let other = issue_token(b"fedcba9876543210fedcba9876543210", &claims(600, None)).unwrap();
        let cases: Vec<(&str, String, Option<Code>)> = vec![
            ("valid", issue_token(secret, &claims(600, None)).unwrap(), None),
            ("expired", issue_token(secret, &claims(-600, None)).unwrap(), Some(Code::TokenExpired)),
            (
                "not yet valid",
                issue_token(secret, &claims(6000, Some(3000))).unwrap(),
                Some(Code::TokenNotYetValid),
            ),
            ("wrong signature", other, Some(Code::InvalidToken)),
            ("malformed", "not.a.token".to_owned(), Some(Code::InvalidToken)),
            ("empty", String::new(), Some(Code::InvalidToken)),
        ];
        for (name, token, expected) in cases {
            let got = authenticator.decode(&token).err().map(|e| e.code());
            assert_eq!(got, expected, "{name}");
        }
    }

    /// A token is expired past its `exp` plus the skew leeway, for the verifier, the cache and
    /// a subscription's re-check alike.
    #[test]
    fn expiry_allows_only_the_leeway() {
        let leeway = i64::try_from(TOKEN_LEEWAY_SECS).unwrap();
        let secret = b"0123456789abcdef0123456789abcdef";
        let authenticator = Authenticator::new(VerificationKey::hs256(secret).unwrap(), None, None);
        for (offset, expired) in [(600, false), (0, false), (-(leeway - 3), false), (-(leeway + 3), true)] {
            assert_eq!(token_expired(claims(offset, None).exp), expired, "exp now{offset:+}");
            let token = issue_token(secret, &claims(offset, None)).unwrap();
            let refused = authenticator.decode(&token).err().map(|e| e.code());
            assert_eq!(refused, expired.then_some(Code::TokenExpired), "exp now{offset:+}");
            // A verification remembered before expiry is not served once the token has expired.
            authenticator.remember(digest(&token), &sample_principal(), None, Some(claims(offset, None).exp));
            assert_eq!(authenticator.cached(&digest(&token)).is_some(), !expired, "exp now{offset:+}");
        }
    }

    fn sample_principal() -> Principal {
        Principal::new(
            "alice".into(),
            Role::EnterpriseUser,
            None,
            Organisation::Enterprise {
                id: oversight_domain::EnterpriseId::new(1),
                region: "320102".parse().unwrap(),
            },
        )
        .unwrap()
    }

    /// An identity provider's keys: ES256 with a PEM public key, RS256 through a
    /// JWKS document (the token's `kid` picks the key). Throw-away keys from tests/keys.
    #[test]
    fn public_key_and_jwks_verification() {
        let es_private = include_bytes!("../tests/keys/es256-private.pem");
        let es_public = include_bytes!("../tests/keys/es256-public.pem");
        let rs_private = include_bytes!("../tests/keys/rs256-private.pem");
        let jwks = include_str!("../tests/keys/rs256.jwks.json");
        let sign = |algorithm: Algorithm, key: EncodingKey, kid: Option<&str>, exp_offset: i64| {
            let mut header = Header::new(algorithm);
            header.kid = kid.map(str::to_owned);
            jsonwebtoken::encode(&header, &claims(exp_offset, None), &key).unwrap()
        };
        let es = Authenticator::new(VerificationKey::public_key_pem("ES256", es_public).unwrap(), None, None);
        let es_token = sign(Algorithm::ES256, EncodingKey::from_ec_pem(es_private).unwrap(), None, 600);
        assert_eq!(es.decode(&es_token).unwrap().sub, "alice");
        // An HS256 token made with the public key as secret (algorithm confusion) is refused.
        let confused = jsonwebtoken::encode(
            &Header::new(Algorithm::HS256),
            &claims(600, None),
            &EncodingKey::from_secret(es_public),
        )
        .unwrap();
        assert_eq!(es.decode(&confused).unwrap_err().code(), Code::InvalidToken);

        let rs = Authenticator::new(VerificationKey::jwks(jwks).unwrap(), None, None);
        let rs_key = || EncodingKey::from_rsa_pem(rs_private).unwrap();
        assert_eq!(
            rs.decode(&sign(Algorithm::RS256, rs_key(), Some("test-2026"), 600)).unwrap().sub,
            "alice"
        );
        assert_eq!(
            rs.decode(&sign(Algorithm::RS256, rs_key(), Some("other-kid"), 600)).unwrap_err().code(),
            Code::InvalidToken
        );
        assert_eq!(
            rs.decode(&sign(Algorithm::RS256, rs_key(), Some("test-2026"), -600)).unwrap_err().code(),
            Code::TokenExpired
        );
        // Signed by another key (the ES256 one) under the right kid.
        let wrong =
            sign(Algorithm::ES256, EncodingKey::from_ec_pem(es_private).unwrap(), Some("test-2026"), 600);
        assert_eq!(rs.decode(&wrong).unwrap_err().code(), Code::InvalidToken);
    }

    #[test]
    fn issuer_and_audience_are_enforced_when_configured() {
        let secret = b"0123456789abcdef0123456789abcdef";
        let authenticator = Authenticator::new(
            VerificationKey::hs256(secret).unwrap(),
            Some("idp.example".into()),
            Some("oversight".into()),
        );
        let mut good = claims(600, None);
        good.iss = Some("idp.example".into());
        good.aud = Some("oversight".into());
        assert!(authenticator.decode(&issue_token(secret, &good).unwrap()).is_ok());
        let mut other_issuer = good.clone();
        other_issuer.iss = Some("elsewhere".into());
        assert_eq!(
            authenticator.decode(&issue_token(secret, &other_issuer).unwrap()).unwrap_err().code(),
            Code::InvalidToken
        );
        let mut no_audience = good;
        no_audience.aud = None;
        assert_eq!(
            authenticator.decode(&issue_token(secret, &no_audience).unwrap()).unwrap_err().code(),
            Code::InvalidToken
        );
    }

    #[test]
    fn short_secrets_are_refused() {
        assert!(VerificationKey::hs256(b"short").is_err());
    }

    #[test]
    fn api_keys_hash_and_verify() {
        let (key, public_id, hash) = new_api_key().unwrap();
        assert!(key.starts_with(&format!("{API_KEY_PREFIX}{public_id}_")));
        let secret = key.strip_prefix(&format!("{API_KEY_PREFIX}{public_id}_")).unwrap();
        let parsed = PasswordHash::new(&hash).unwrap();
        assert!(Argon2::default().verify_password(secret.as_bytes(), &parsed).is_ok());
        assert!(Argon2::default().verify_password(b"guess", &parsed).is_err());
        assert!(!hash.contains(secret));
    }
}
