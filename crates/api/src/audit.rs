//! The audit trail (审计记录) in GraphQL: who did what to an object, hash-chained.

use async_graphql::connection::Connection;
use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};
use oversight_app::audit::{AuditRecord, AuditSubject};
use oversight_domain::{EnterpriseId, InstitutionId, LicenseId};

use crate::error::{ApiError, ResultExt, caller};
use crate::ids::{NodeType, id_cursor, parse_global_id, parse_id_cursor};
use crate::page::{connection, page_request};

/// One audit record: an operation, who did it, on which objects, digests of the
/// state before and after, and its place in the hash chain.
pub struct AuditRecordGql(pub AuditRecord);

#[Object(name = "AuditRecord")]
impl AuditRecordGql {
    /// Position in the chain (1, 2, 3 …), unique and gapless.
    async fn seq(&self) -> i64 {
        self.0.seq
    }

    async fn recorded_at(&self) -> DateTime<Utc> {
        self.0.recorded_at
    }

    /// The GraphQL mutation, e.g. `changeLicenseStatus`.
    async fn operation(&self) -> &str {
        &self.0.operation
    }

    async fn actor(&self) -> AuditActorGql {
        AuditActorGql {
            subject: self.0.actor.subject.clone(),
            organisation: self.0.actor.organisation.clone(),
            role: self.0.actor.role.clone(),
        }
    }

    /// The objects touched, as `enterprise:42`, `license:7` …
    async fn objects(&self) -> &[String] {
        &self.0.objects
    }

    /// SHA-256 of the canonical JSON of the state before (none for creations).
    async fn before_digest(&self) -> Option<&str> {
        self.0.before_digest.as_deref()
    }

    /// SHA-256 of the canonical JSON of the state after (none for removals).
    async fn after_digest(&self) -> Option<&str> {
        self.0.after_digest.as_deref()
    }

    /// The state before the change (old values, 21 CFR 11.10(e)); hashes to `beforeDigest`.
    /// Null for creations and for records sealed before values were kept (digest only).
    async fn before(&self) -> Option<async_graphql::Json<serde_json::Value>> {
        self.0.before.clone().map(async_graphql::Json)
    }

    /// The state after the change (new values, with the reason where the operation takes one);
    /// hashes to `afterDigest`.
    async fn after(&self) -> Option<async_graphql::Json<serde_json::Value>> {
        self.0.after.clone().map(async_graphql::Json)
    }

    /// Hash of the previous record (64 zeros for the first).
    async fn prev_hash(&self) -> &str {
        &self.0.prev_hash
    }

    /// SHA-256 of the previous hash and this record's canonical form.
    async fn hash(&self) -> &str {
        &self.0.hash
    }
}

/// Who acted.
#[derive(SimpleObject)]
#[graphql(name = "AuditActor")]
pub struct AuditActorGql {
    pub subject: String,
    pub organisation: String,
    /// Role, with the responsibility tier for officers (`county_officer/staff`).
    pub role: String,
}

/// The number of records in a trail, computed only when asked for.
pub struct AuditTotal {
    subject: AuditSubject,
}

#[Object]
impl AuditTotal {
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.audit_trail_count(principal, self.subject).await.gql()
    }
}

#[derive(Default)]
pub struct AuditQuery;

#[Object]
impl AuditQuery {
    /// The audit trail of one enterprise, license or testing institution, newest
    /// first. For auditors and officers whose jurisdiction holds the object.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    async fn audit_trail(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "ID of an Enterprise, License or Institution.")] subject: ID,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> async_graphql::Result<Connection<String, AuditRecordGql, AuditTotal>> {
        let invalid = || {
            ApiError::new(oversight_app::Code::InvalidId, "not an enterprise, license or institution")
                .with_field("subject")
        };
        let (node_type, key) = parse_global_id(&subject).map_err(|_| invalid())?;
        let id: i64 = key.parse().map_err(|_| invalid())?;
        let subject = match node_type {
            NodeType::Enterprise => AuditSubject::Enterprise(EnterpriseId::new(id)),
            NodeType::License => AuditSubject::License(LicenseId::new(id)),
            NodeType::Institution => AuditSubject::Institution(InstitutionId::new(id)),
            _ => return Err(invalid().into()),
        };
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let (app, principal) = caller(ctx)?;
        let page = app.audit_trail(principal, subject, &request).await.gql()?;
        Ok(connection(page, AuditTotal { subject }, |r| id_cursor(r.seq), AuditRecordGql))
    }
}
