//! The audit trail (审计记录) in GraphQL: who did what to an object, hash-chained.

use crate::page::Connection;
use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::audit::{AuditRecord, AuditSubject};
use oversight_app::{AuditFilter, Role, Tier};
use oversight_domain::{
    ApiKeyId, ArchiveEventId, AuthorityId, ChangeRequestId, DesignationId, EnterpriseId, InstitutionId,
    LicenseId, OfficerId, ProposalId, RectificationId, SubmissionId, TaskId,
};

use crate::enums::{RoleGql, TierGql};
use crate::error::{ApiError, ResultExt, caller};
use crate::ids::{NodeType, id_cursor, parse_global_id, parse_id_cursor};
use crate::page::{connection, page_request};
use crate::registry::filter;

/// One audit record: an operation, who did it, on which objects, digests of the
/// state before and after, and its place in the hash chain.
pub struct AuditRecordGql(pub AuditRecord);

/// One record of the audit trail (审计记录): an operation, who did it, on which objects, the
/// state before and after, and its place in the hash chain.
#[Object(name = "AuditRecord")]
impl AuditRecordGql {
    /// Position in the chain (1, 2, 3 …), unique and gapless.
    async fn seq(&self) -> i64 {
        self.0.seq
    }

    /// When the operation was recorded.
    async fn recorded_at(&self) -> DateTime<Utc> {
        self.0.recorded_at
    }

    /// The operation, as sealed in the chain: the GraphQL mutation's name, e.g.
    /// `changeLicenseStatus` (`importLicense` for an imported license, `bootstrap` for the
    /// command line's first administrator). Kept as the mutation's own name rather than an
    /// enum: it names the field a client called, and grows with every mutation.
    async fn operation(&self) -> &str {
        &self.0.operation
    }

    /// Who acted.
    async fn actor(&self) -> AuditActorGql {
        // The record keeps role and tier as one sealed text (`county_officer/staff`, see
        // `AuditActor::of`); it is split for reading, never rewritten.
        let (role, tier) = match self.0.actor.role.split_once('/') {
            Some((role, tier)) => (role, Some(tier)),
            None => (self.0.actor.role.as_str(), None),
        };
        AuditActorGql {
            subject: self.0.actor.subject.clone(),
            organisation: self.0.actor.organisation.clone(),
            role: Role::parse(role).map(RoleGql::from),
            tier: tier.and_then(Tier::parse).map(TierGql::from),
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

/// Who acted, as the audit record sealed it.
#[derive(SimpleObject)]
#[graphql(name = "AuditActor")]
pub struct AuditActorGql {
    /// The token's subject (`sub`): the person or machine client.
    pub subject: String,
    /// The organisation acted for: `authority:<id>`, `institution:<id>`, `enterprise:<id>`
    /// or `platform`.
    pub organisation: String,
    /// The role acted in; null only for a record naming a role this server does not know.
    pub role: Option<RoleGql>,
    /// The officer's responsibility tier (§四); null for callers that are not officers.
    pub tier: Option<TierGql>,
}

/// The number of records in a trail (or, without a subject, across objects), computed only when
/// asked for.
pub struct AuditTotal {
    subject: Option<AuditSubject>,
    filter: AuditFilter,
}

#[Object]
impl AuditTotal {
    /// How many records match (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        match self.subject {
            Some(subject) => app.audit_trail_count(principal, subject, &self.filter).await.gql(),
            None => app.audit_records_count(principal, &self.filter).await.gql(),
        }
    }
}

/// Filters for `auditTrail`: an auditor's questions — what was done, by whom, when.
#[derive(InputObject, Default)]
pub struct AuditTrailFilterInput {
    /// The operation as recorded: the mutation's name (e.g. `issueLicense`).
    pub operation: Option<String>,
    /// The acting person or system (the token's subject, e.g. an officer's).
    pub actor_subject: Option<String>,
    /// Recorded on or after this day (China time).
    pub from: Option<NaiveDate>,
    /// Recorded on or before this day (China time).
    pub to: Option<NaiveDate>,
}

impl AuditTrailFilterInput {
    /// The storage filter: days become instants in China time, `to` inclusive.
    fn parse(self) -> Result<AuditFilter, ApiError> {
        filter::day_range(self.from, self.to, ("from", "to"))?;
        let (from, until) = filter::china_instants(self.from, self.to);
        Ok(AuditFilter {
            operation: self.operation.map(|text| text.trim().to_owned()).filter(|text| !text.is_empty()),
            actor_subject: self
                .actor_subject
                .map(|text| text.trim().to_owned())
                .filter(|text| !text.is_empty()),
            from,
            until,
        })
    }
}

/// The audited object a global ID names: every node type but `Region` (which is no stored row)
/// is an audited kind.
pub(crate) fn audit_subject(id: &ID) -> Result<AuditSubject, ApiError> {
    let invalid =
        || ApiError::new(oversight_app::Code::InvalidId, "not an audited object's ID").with_field("subject");
    let (node_type, key) = parse_global_id(id).map_err(|_| invalid())?;
    let id: i64 = key.parse().map_err(|_| invalid())?;
    Ok(match node_type {
        NodeType::Enterprise => AuditSubject::Enterprise(EnterpriseId::new(id)),
        NodeType::License => AuditSubject::License(LicenseId::new(id)),
        NodeType::Authority => AuditSubject::Authority(AuthorityId::new(id)),
        NodeType::Institution => AuditSubject::Institution(InstitutionId::new(id)),
        NodeType::ApiKey => AuditSubject::ApiKey(ApiKeyId::new(id)),
        NodeType::Designation => AuditSubject::Designation(DesignationId::new(id)),
        NodeType::TestingTask => AuditSubject::TestingTask(TaskId::new(id)),
        NodeType::ResultSubmission => AuditSubject::ResultSubmission(SubmissionId::new(id)),
        NodeType::Rectification => AuditSubject::Rectification(RectificationId::new(id)),
        NodeType::RevocationProposal => AuditSubject::RevocationProposal(ProposalId::new(id)),
        NodeType::Officer => AuditSubject::Officer(OfficerId::new(id)),
        NodeType::EnterpriseChangeRequest => AuditSubject::ChangeRequest(ChangeRequestId::new(id)),
        NodeType::ArchiveEvent => AuditSubject::ArchiveEvent(ArchiveEventId::new(id)),
        NodeType::ReviewYear => AuditSubject::ReviewYear(oversight_domain::ReviewYearId::new(id)),
        NodeType::AnnualReview => AuditSubject::AnnualReview(oversight_domain::ReviewId::new(id)),
        NodeType::Attachment => AuditSubject::Attachment(oversight_domain::AttachmentId::new(id)),
        NodeType::PatrolInspection => AuditSubject::PatrolInspection(oversight_domain::PatrolId::new(id)),
        NodeType::PatrolMeasure => AuditSubject::PatrolMeasure(oversight_domain::MeasureId::new(id)),
        NodeType::FollowUp => AuditSubject::FollowUp(oversight_domain::FollowUpId::new(id)),
        NodeType::PatrolPlan => AuditSubject::PatrolPlan(oversight_domain::PatrolPlanId::new(id)),
        NodeType::LinkageNotice => AuditSubject::LinkageNotice(oversight_domain::NoticeId::new(id)),
        NodeType::Draw => AuditSubject::Draw(oversight_domain::DrawId::new(id)),
        NodeType::SpotCheckImport => {
            AuditSubject::SpotCheckImport(oversight_domain::SpotCheckImportId::new(id))
        }
        NodeType::GeneratedReport => {
            AuditSubject::GeneratedReport(oversight_domain::GeneratedReportId::new(id))
        }
        NodeType::UnlicensedCase => AuditSubject::UnlicensedCase(oversight_domain::UnlicensedCaseId::new(id)),
        NodeType::CounterfeitCase => {
            AuditSubject::CounterfeitCase(oversight_domain::CounterfeitCaseId::new(id))
        }
        NodeType::SupervisionOrder => {
            AuditSubject::SupervisionOrder(oversight_domain::SupervisionOrderId::new(id))
        }
        NodeType::LowerTierRequest => {
            AuditSubject::LowerTierRequest(oversight_domain::LowerTierRequestId::new(id))
        }
        NodeType::ResponsibilityAssignment => {
            AuditSubject::ResponsibilityAssignment(oversight_domain::ResponsibilityAssignmentId::new(id))
        }
        NodeType::Campaign => AuditSubject::Campaign(oversight_domain::CampaignId::new(id)),
        NodeType::ResponsibilityAgreement => {
            AuditSubject::ResponsibilityAgreement(oversight_domain::ResponsibilityAgreementId::new(id))
        }
        NodeType::RectificationMeeting => {
            AuditSubject::RectificationMeeting(oversight_domain::RectificationMeetingId::new(id))
        }
        NodeType::ResponsibilityRecord => {
            AuditSubject::ResponsibilityRecord(oversight_domain::ResponsibilityRecordId::new(id))
        }
        NodeType::PeriodicReport => AuditSubject::PeriodicReport(oversight_domain::PeriodicReportId::new(id)),
        NodeType::Region => return Err(invalid()),
    })
}

#[derive(Default)]
pub struct AuditQuery;

#[Object]
impl AuditQuery {
    /// The audit trail (审计记录) of one audited object — any node with a global ID but a
    /// `Region` — newest first. For auditors and officers whose jurisdiction holds the object
    /// (the owning enterprise's place for what belongs to an enterprise, the institution's for an
    /// institution's keys, designations and submissions, the authority's for its officers).
    /// For the records across objects by actor, operation and period, see `auditRecords`.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    // Each GraphQL argument is a Rust argument: that is how async-graphql declares them.
    #[allow(clippy::too_many_arguments)]
    async fn audit_trail(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "Global ID of any audited object: an Enterprise, License, Authority, Institution, ApiKey, Designation, TestingTask, ResultSubmission, Rectification, RevocationProposal, Officer, EnterpriseChangeRequest, ArchiveEvent, ReviewYear, AnnualReview, Attachment, PatrolInspection, PatrolMeasure, FollowUp, PatrolPlan, LinkageNotice, Draw, SpotCheckImport, GeneratedReport, UnlicensedCase, CounterfeitCase, SupervisionOrder, LowerTierRequest, Campaign, ResponsibilityAgreement or ResponsibilityRecord."
        )]
        subject: ID,
        #[graphql(desc = "Return the first n items (after `after`, if given); default 20, at most 100.")]
        first: Option<i32>,
        #[graphql(desc = "Return the items after this cursor (an edge's `cursor` or `pageInfo.endCursor`).")]
        after: Option<String>,
        #[graphql(desc = "Return the last n items (before `before`, if given); at most 100.")] last: Option<
            i32,
        >,
        #[graphql(
            desc = "Return the items before this cursor (an edge's `cursor` or `pageInfo.startCursor`)."
        )]
        before: Option<String>,
        #[graphql(desc = "Which records of the trail to show; all when absent.")] filter: Option<
            AuditTrailFilterInput,
        >,
    ) -> async_graphql::Result<Connection<String, AuditRecordGql, AuditTotal>> {
        let filter = filter.unwrap_or_default().parse()?;
        let subject = audit_subject(&subject)?;
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let (app, principal) = caller(ctx)?;
        let page = app.audit_trail(principal, subject, &filter, &request).await.gql()?;
        Ok(connection(
            page,
            AuditTotal { subject: Some(subject), filter },
            |r| id_cursor(r.seq),
            AuditRecordGql,
        ))
    }

    /// The audit records (审计记录) across all objects matching the filter — everything an actor
    /// did, every run of an operation, everything in a period — newest first. The records name
    /// objects of every jurisdiction, so only national auditors and national officers may read
    /// them (others: FORBIDDEN; they ask per object with `auditTrail`).
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    async fn audit_records(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Which records to show: by operation, actor and period.")]
        filter: AuditTrailFilterInput,
        #[graphql(desc = "Return the first n items (after `after`, if given); default 20, at most 100.")]
        first: Option<i32>,
        #[graphql(desc = "Return the items after this cursor (an edge's `cursor` or `pageInfo.endCursor`).")]
        after: Option<String>,
        #[graphql(desc = "Return the last n items (before `before`, if given); at most 100.")] last: Option<
            i32,
        >,
        #[graphql(
            desc = "Return the items before this cursor (an edge's `cursor` or `pageInfo.startCursor`)."
        )]
        before: Option<String>,
    ) -> async_graphql::Result<Connection<String, AuditRecordGql, AuditTotal>> {
        let filter = filter.parse()?;
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let (app, principal) = caller(ctx)?;
        let page = app.audit_records(principal, &filter, &request).await.gql()?;
        Ok(connection(page, AuditTotal { subject: None, filter }, |r| id_cursor(r.seq), AuditRecordGql))
    }
}
