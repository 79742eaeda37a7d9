//! Enterprise change requests (变更申请 change request) and the license re-review (重新审查
//! re-review) in GraphQL: the request, its review queue, and the mutations that ask, decide,
//! withdraw and conclude (docs/adr/0018).

use crate::page::Connection;
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{
    ChangeRequestStatus, EnterpriseChangeRequest as Record, RawChange, ReReview as ReReviewRecord,
};

use crate::error::{ResultExt, caller};
use crate::ids::{NodeType, global_id, id_cursor, parse_id_cursor, parse_numeric_id};
use crate::loaders::load;
use crate::page::{connection, page_request};
use crate::registry::enterprise::Enterprise;
use crate::registry::license::License;
use crate::registry::officer::{Officer, officer_by_subject};

/// Where a change request (变更申请 change request) stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(name = "EnterpriseChangeRequestStatus")]
pub enum ChangeRequestStatusGql {
    /// Waiting for the supervising officer's review.
    Open,
    /// Accepted: the change was applied to the base data.
    Accepted,
    /// Refused with a reason: the base data stayed as it was.
    Refused,
    /// Withdrawn by the enterprise before its review.
    Withdrawn,
}

impl From<ChangeRequestStatus> for ChangeRequestStatusGql {
    fn from(status: ChangeRequestStatus) -> Self {
        match status {
            ChangeRequestStatus::Open => Self::Open,
            ChangeRequestStatus::Accepted => Self::Accepted,
            ChangeRequestStatus::Refused => Self::Refused,
            ChangeRequestStatus::Withdrawn => Self::Withdrawn,
        }
    }
}

impl From<ChangeRequestStatusGql> for ChangeRequestStatus {
    fn from(status: ChangeRequestStatusGql) -> Self {
        match status {
            ChangeRequestStatusGql::Open => Self::Open,
            ChangeRequestStatusGql::Accepted => Self::Accepted,
            ChangeRequestStatusGql::Refused => Self::Refused,
            ChangeRequestStatusGql::Withdrawn => Self::Withdrawn,
        }
    }
}

/// A base-data field a change request (变更申请 change request) may change.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum EnterpriseChangeField {
    /// The enterprise's name.
    Name,
    /// Production conditions (生产条件).
    ProductionConditions,
    /// Inspection means (检验手段).
    InspectionMeans,
    /// Technology and process (生产工艺).
    Process,
}

impl EnterpriseChangeField {
    /// The field of the domain's name for it (`ProposedChange::fields`).
    fn of(field: &str) -> Option<EnterpriseChangeField> {
        match field {
            "name" => Some(Self::Name),
            "productionConditions" => Some(Self::ProductionConditions),
            "inspectionMeans" => Some(Self::InspectionMeans),
            "process" => Some(Self::Process),
            _ => None,
        }
    }
}

pub struct EnterpriseChangeRequest(pub Record);

/// An enterprise's request (变更申请 change request) to change its name, production conditions,
/// inspection means or process, reviewed by its supervising officer. A change of production
/// conditions, inspection means or process, once accepted, requires the re-review of the
/// enterprise's licenses in force (§二(三) item 2).
#[Object]
impl EnterpriseChangeRequest {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        global_id(NodeType::EnterpriseChangeRequest, self.0.id)
    }

    /// Where the request stands.
    async fn status(&self) -> ChangeRequestStatusGql {
        self.0.status.into()
    }

    /// The enterprise asking; null when outside the caller's reach.
    async fn enterprise(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Enterprise>> {
        Ok(load(ctx, |l| &l.enterprise, self.0.enterprise_id).await?.map(Enterprise))
    }

    /// The new name asked for; null when the name is not changed.
    async fn name(&self) -> Option<&str> {
        self.0.change.name.as_deref()
    }

    /// The new production conditions (生产条件) asked for; null when not changed.
    async fn production_conditions(&self) -> Option<&str> {
        self.0.change.production_conditions.as_deref()
    }

    /// The new inspection means (检验手段) asked for; null when not changed.
    async fn inspection_means(&self) -> Option<&str> {
        self.0.change.inspection_means.as_deref()
    }

    /// The new technology and process (生产工艺) asked for; null when not changed.
    async fn process(&self) -> Option<&str> {
        self.0.change.process.as_deref()
    }

    /// The base-data fields the request changes, in field order.
    async fn changed_fields(&self) -> Vec<EnterpriseChangeField> {
        self.0.change.fields().into_iter().filter_map(EnterpriseChangeField::of).collect()
    }

    /// Whether accepting it requires the re-review (重新审查 re-review) of the enterprise's
    /// licenses in force: true unless only the name changes.
    async fn requires_re_review(&self) -> bool {
        self.0.change.requires_re_review()
    }

    /// The enterprise's reason for the change.
    async fn reason(&self) -> &str {
        &self.0.reason
    }

    /// Who asked (the enterprise user's subject).
    async fn requested_by(&self) -> &str {
        &self.0.requested_by
    }

    /// Who asked, as an officer (执法人员) of the directory, resolved by subject; null when that subject is not a directory officer's (an enterprise user, an institution's system, the platform). Visible to whoever can see this record.
    async fn requested_by_officer(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Officer>> {
        officer_by_subject(ctx, Some(&self.0.requested_by)).await
    }

    /// When the request was made.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// The officer's reason for accepting or refusing, or the enterprise's for withdrawing;
    /// null while open.
    async fn decision_reason(&self) -> Option<&str> {
        self.0.decision_reason.as_deref()
    }

    /// Who decided or withdrew it (by subject); null while open.
    async fn decided_by(&self) -> Option<&str> {
        self.0.decided_by.as_deref()
    }

    /// Who decided or withdrew it, as an officer (执法人员) of the directory, resolved by subject; null when that subject is not a directory officer's (an enterprise user, an institution's system, the platform). Visible to whoever can see this record.
    async fn decided_by_officer(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Officer>> {
        officer_by_subject(ctx, self.0.decided_by.as_deref()).await
    }

    /// When it was decided or withdrawn; null while open.
    async fn decided_at(&self) -> Option<DateTime<Utc>> {
        self.0.decided_at
    }
}

pub struct ReReview(pub ReReviewRecord);

/// A license's re-review (重新审查 re-review) after an accepted change of production conditions,
/// inspection means or process (§二(三) item 2), concluded by a provincial authority. The license
/// shows its latest one.
#[Object]
impl ReReview {
    /// When the accepted change required it.
    async fn required_since(&self) -> DateTime<Utc> {
        self.0.required_since
    }

    /// Why: the changed fields and the enterprise's reason.
    async fn reason(&self) -> &str {
        &self.0.reason
    }

    /// The accepted change request that required it; null when a patrol required it or when
    /// outside the caller's reach.
    async fn change_request(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<EnterpriseChangeRequest>> {
        let Some(id) = self.0.change_request_id() else { return Ok(None) };
        Ok(load(ctx, |l| &l.change_request, id).await?.map(EnterpriseChangeRequest))
    }

    /// The patrol (巡查 patrol) that found conditions, technology or process changed without a
    /// change request and required it; null when a change request required it.
    async fn patrol(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<crate::patrol::PatrolInspection>> {
        let Some(id) = self.0.patrol_id() else { return Ok(None) };
        Ok(load(ctx, |l| &l.patrol_inspection, id).await?.map(crate::patrol::PatrolInspection))
    }

    /// Whether it still waits for its conclusion.
    async fn pending(&self) -> bool {
        self.0.pending()
    }

    /// The day it was concluded (supervision calendar); null while pending.
    async fn concluded_on(&self) -> Option<NaiveDate> {
        self.0.concluded_on
    }

    /// The provincial authority's conclusion; null while pending.
    async fn conclusion(&self) -> Option<&str> {
        self.0.conclusion.as_deref()
    }

    /// Who concluded it (by subject); null while pending.
    async fn concluded_by(&self) -> Option<&str> {
        self.0.concluded_by.as_deref()
    }

    /// Who concluded it, as an officer (执法人员) of the directory, resolved by subject; null when that subject is not a directory officer's (an enterprise user, an institution's system, the platform). Visible to whoever can see this record.
    async fn concluded_by_officer(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Officer>> {
        officer_by_subject(ctx, self.0.concluded_by.as_deref()).await
    }
}

/// A change request (变更申请 change request): at least one of name, productionConditions,
/// inspectionMeans and process must differ from the base data.
#[derive(InputObject)]
pub struct RequestEnterpriseChangeInput {
    /// The enterprise (the caller's own).
    pub enterprise_id: ID,
    /// The new name, 2–100 characters; absent: unchanged.
    pub name: Option<String>,
    /// The new production conditions (生产条件), up to 4000 characters; absent: unchanged.
    pub production_conditions: Option<String>,
    /// The new inspection means (检验手段), up to 4000 characters; absent: unchanged.
    pub inspection_means: Option<String>,
    /// The new technology and process (生产工艺), up to 4000 characters; absent: unchanged.
    pub process: Option<String>,
    /// Why the enterprise changes, 1–1000 characters.
    pub reason: String,
}

/// The supervising officer's decision on a change request.
#[derive(InputObject)]
pub struct DecideEnterpriseChangeInput {
    /// The OPEN change request.
    pub request_id: ID,
    /// True to accept (the change is applied; licenses in force are flagged for re-review unless
    /// only the name changes), false to refuse (the base data stays).
    pub accept: bool,
    /// The officer's reason, 1–1000 characters.
    pub reason: String,
}

/// The enterprise withdraws its open change request.
#[derive(InputObject)]
pub struct WithdrawEnterpriseChangeInput {
    /// The OPEN change request.
    pub request_id: ID,
    /// Why it is withdrawn, 1–1000 characters.
    pub reason: String,
}

/// A provincial authority concludes a license's re-review (重新审查 re-review).
#[derive(InputObject)]
pub struct ConcludeReReviewInput {
    /// The license awaiting re-review (`License.reReview.pending`).
    pub license_id: ID,
    /// The conclusion, 1–1000 characters.
    pub reason: String,
}

/// The change request after a mutation.
#[derive(SimpleObject)]
pub struct EnterpriseChangeRequestPayload {
    /// The change request as stored.
    pub change_request: EnterpriseChangeRequest,
}

/// The license after its re-review was concluded.
#[derive(SimpleObject)]
pub struct ConcludeReReviewPayload {
    /// The license, its `reReview` concluded.
    pub license: License,
}

#[derive(Default)]
pub struct ChangeRequestQuery;

#[Object]
impl ChangeRequestQuery {
    /// The change requests (变更申请 change request) the caller may see — officers: their
    /// jurisdiction (the review queue is `status: OPEN`); an enterprise: its own — optionally in
    /// one status, oldest first. Keyset-paged.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    async fn enterprise_change_requests(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only requests in this status (all when absent).")] status: Option<
            ChangeRequestStatusGql,
        >,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, EnterpriseChangeRequest, ChangeRequestTotal>> {
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let (app, principal) = caller(ctx)?;
        let status = status.map(Into::into);
        let page = app.enterprise_change_requests(principal, status, &request).await.gql()?;
        Ok(connection(page, ChangeRequestTotal { status }, |r| id_cursor(r.id), EnterpriseChangeRequest))
    }
}

/// The number of change requests an `enterpriseChangeRequests` query matches.
pub struct ChangeRequestTotal {
    status: Option<ChangeRequestStatus>,
}

#[Object]
impl ChangeRequestTotal {
    /// How many change requests match (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_enterprise_change_requests(principal, self.status).await.gql()
    }
}

#[derive(Default)]
pub struct ChangeRequestMutation;

#[Object]
impl ChangeRequestMutation {
    /// The enterprise asks for a change of its name, production conditions, inspection means or
    /// process (变更申请 change request), with a reason. NO_CHANGE_REQUESTED when nothing
    /// differs; CHANGE_REQUEST_OPEN while another request of the enterprise is open.
    async fn request_enterprise_change(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The change asked for.")] input: RequestEnterpriseChangeInput,
    ) -> async_graphql::Result<EnterpriseChangeRequestPayload> {
        let id = parse_numeric_id(&input.enterprise_id, NodeType::Enterprise, "input.enterpriseId")?;
        let raw = RawChange {
            name: input.name,
            production_conditions: input.production_conditions,
            inspection_means: input.inspection_means,
            process: input.process,
            reason: input.reason,
        };
        let (app, principal) = caller(ctx)?;
        let record = app.request_enterprise_change(principal, id, raw).await.gql_input("input")?;
        Ok(EnterpriseChangeRequestPayload { change_request: EnterpriseChangeRequest(record) })
    }

    /// A supervising officer whose jurisdiction holds the enterprise accepts or refuses its open
    /// change request, with a reason. Accepting applies the change and flags the licenses in
    /// force for re-review (重新审查 re-review) unless only the name changes.
    /// CHANGE_REQUEST_NOT_OPEN once decided or withdrawn.
    async fn decide_enterprise_change(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The decision.")] input: DecideEnterpriseChangeInput,
    ) -> async_graphql::Result<EnterpriseChangeRequestPayload> {
        let id = parse_numeric_id(&input.request_id, NodeType::EnterpriseChangeRequest, "input.requestId")?;
        let (app, principal) = caller(ctx)?;
        let record = app
            .decide_enterprise_change(principal, id, input.accept, &input.reason)
            .await
            .gql_input("input")?;
        Ok(EnterpriseChangeRequestPayload { change_request: EnterpriseChangeRequest(record) })
    }

    /// The enterprise withdraws its open change request, with a reason.
    async fn withdraw_enterprise_change(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The request withdrawn.")] input: WithdrawEnterpriseChangeInput,
    ) -> async_graphql::Result<EnterpriseChangeRequestPayload> {
        let id = parse_numeric_id(&input.request_id, NodeType::EnterpriseChangeRequest, "input.requestId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.withdraw_enterprise_change(principal, id, &input.reason).await.gql_input("input")?;
        Ok(EnterpriseChangeRequestPayload { change_request: EnterpriseChangeRequest(record) })
    }

    /// A provincial or the national authority concludes a license's pending re-review (重新审查
    /// re-review), with its conclusion. REREVIEW_NOT_PENDING when none waits.
    async fn conclude_re_review(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The license and the conclusion.")] input: ConcludeReReviewInput,
    ) -> async_graphql::Result<ConcludeReReviewPayload> {
        let id = parse_numeric_id(&input.license_id, NodeType::License, "input.licenseId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.conclude_re_review(principal, id, &input.reason).await.gql_input("input")?;
        Ok(ConcludeReReviewPayload { license: License(record) })
    }
}
