//! The steps after a verdict in GraphQL: the enterprise's objection (异议) and the retest, the
//! rectification (整改) with its extension and re-check (复查), and the revocation proposal
//! (吊销建议) the national authority decides; with the work queues of each role.

use crate::page::Connection;
use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{
    Code, ExtensionDecision, OpenTestingTask, ProposalFilter, ProposalRecord, RectificationCursor,
    RectificationFilter, RectificationRecord,
};

use crate::enums::{ProposalDecisionGql, ProposalSourceGql, ProposalStatusGql, RectificationStatusGql};
use crate::error::{ApiError, ResultExt, caller};
use crate::ids::{
    NodeType, global_id, id_cursor, parse_id_cursor, parse_numeric_id, parse_rectification_cursor,
    rectification_cursor,
};
use crate::industry::DeclaredValueInput;
use crate::loaders::load;
use crate::page::{connection, page_request};
use crate::registry::enterprise::Enterprise;
use crate::registry::filter;
use crate::registry::license::License;
use crate::registry::officer::{Officer, officer_by_subject};
use crate::testing::rectification_list::{
    RectificationFilterInput, RectificationOrderInput, RectificationTotal,
};
use crate::testing::supervision::{TestingTask, TestingTaskPayload};

/// A rectification (整改) ordered after a final failing verdict: a deadline (30 days), one
/// extension of at most 30 days, then the re-check (复查).
pub struct Rectification(pub RectificationRecord);

/// A rectification (整改) ordered after a final failing verdict: a deadline (30 days by
/// default), one extension of at most 30 days, then the re-check (复查).
#[Object]
impl Rectification {
    /// Opaque global ID (Relay), for `node(id:)`.
    pub async fn id(&self) -> ID {
        global_id(NodeType::Rectification, self.0.id)
    }

    /// Where the rectification stands.
    async fn status(&self) -> RectificationStatusGql {
        self.0.status.into()
    }

    /// The day it was ordered.
    async fn opened_on(&self) -> NaiveDate {
        self.0.opened_on
    }

    /// The deadline in force (the extended one once the extension was granted).
    async fn deadline(&self) -> NaiveDate {
        self.0.deadline
    }

    /// Days of the extension granted (the new deadline less the first), if granted.
    async fn extended_days(&self) -> Option<i32> {
        self.0.extended_days
    }

    /// Days the enterprise asked for (整改延期申请), once it asked.
    async fn extension_requested_days(&self) -> Option<i32> {
        self.0.extension_requested_days
    }

    /// The enterprise's reason for the extension it asked.
    async fn extension_reason(&self) -> Option<&str> {
        self.0.extension_reason.as_deref()
    }

    /// The officer's reasons for granting or declining the extension.
    async fn extension_decision_reason(&self) -> Option<&str> {
        self.0.extension_decision_reason.as_deref()
    }

    /// Whether the deadline passed without a re-check yet (the re-check is due), on the
    /// server's calendar.
    async fn overdue(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        let (app, _) = caller(ctx)?;
        Ok(oversight_domain::testing::rectification::overdue(self.0.status, self.0.deadline, app.today()))
    }

    /// The task whose final failing verdict ordered the rectification.
    async fn task(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<TestingTask>> {
        Ok(load(ctx, |l| &l.testing_task, self.0.task_id).await?.map(TestingTask))
    }

    /// The re-check task, once opened.
    async fn recheck_task(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<TestingTask>> {
        let Some(id) = self.0.recheck_task_id else { return Ok(None) };
        Ok(load(ctx, |l| &l.testing_task, id).await?.map(TestingTask))
    }

    /// The enterprise that rectifies.
    async fn enterprise(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Enterprise>> {
        Ok(load(ctx, |l| &l.enterprise, self.0.enterprise_id).await?.map(Enterprise))
    }

    /// The license concerned.
    async fn license(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<License>> {
        Ok(load(ctx, |l| &l.license, self.0.license_id).await?.map(License))
    }

    /// Who ordered the rectification (token subject of the officer).
    async fn opened_by(&self) -> &str {
        &self.0.opened_by
    }

    /// Who ordered the rectification, as an officer (执法人员) of the directory, resolved by subject; null when that subject is not a directory officer's (an enterprise user, an institution's system, the platform). Visible to whoever can see this record.
    async fn opened_by_officer(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Officer>> {
        officer_by_subject(ctx, Some(&self.0.opened_by)).await
    }

    /// Who granted or declined the extension (token subject); null until decided.
    async fn extension_decided_by(&self) -> Option<&str> {
        self.0.extension_decided_by.as_deref()
    }

    /// Who granted or declined the extension, as an officer (执法人员) of the directory, resolved by subject; null when that subject is not a directory officer's (an enterprise user, an institution's system, the platform). Visible to whoever can see this record.
    async fn extension_decided_by_officer(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<Officer>> {
        officer_by_subject(ctx, self.0.extension_decided_by.as_deref()).await
    }

    /// When it was recorded.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When it last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// A revocation proposal (吊销建议) raised by a failed re-check, decided by the national
/// authority.
pub struct RevocationProposal(pub ProposalRecord);

/// A revocation proposal (吊销建议) raised by a failed re-check, decided by the national
/// authority.
#[Object]
impl RevocationProposal {
    /// Opaque global ID (Relay), for `node(id:)`.
    pub async fn id(&self) -> ID {
        global_id(NodeType::RevocationProposal, self.0.id)
    }

    /// Where the proposal stands.
    async fn status(&self) -> ProposalStatusGql {
        self.0.status.into()
    }

    /// Why the license should be revoked: while DUE, the failed re-check's finding; once made,
    /// the grounds the provincial leadership gave.
    async fn grounds(&self) -> &str {
        &self.0.grounds
    }

    /// Who made the proposal (提出 made: the provincial head or leader in charge, by subject);
    /// null while it is DUE.
    async fn made_by(&self) -> Option<&str> {
        self.0.made_by.as_deref()
    }

    /// Who made the proposal, as an officer (执法人员) of the directory, resolved by subject; null when that subject is not a directory officer's (an enterprise user, an institution's system, the platform). Visible to whoever can see this record.
    async fn made_by_officer(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Officer>> {
        officer_by_subject(ctx, self.0.made_by.as_deref()).await
    }

    /// When the proposal was made; null while it is DUE.
    async fn made_at(&self) -> Option<DateTime<Utc>> {
        self.0.made_at
    }

    /// The national authority's reasons, once decided.
    async fn decision_reason(&self) -> Option<&str> {
        self.0.decision_reason.as_deref()
    }

    /// Who decided it (the national authority's officer, by subject), or whose act closed it
    /// MOOT (the license revoked, cancelled or expired); null while pending.
    async fn decided_by(&self) -> Option<&str> {
        self.0.decided_by.as_deref()
    }

    /// Who decided it, as an officer (执法人员) of the directory, resolved by subject; null when that subject is not a directory officer's (an enterprise user, an institution's system, the platform). Visible to whoever can see this record.
    async fn decided_by_officer(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Officer>> {
        officer_by_subject(ctx, self.0.decided_by.as_deref()).await
    }

    /// When it was decided; null while pending.
    async fn decided_at(&self) -> Option<DateTime<Utc>> {
        self.0.decided_at
    }

    /// What raised it: a failed re-check, or a counterfeiting case the province reported up.
    async fn source(&self) -> ProposalSourceGql {
        self.0.source.kind().into()
    }

    /// The rectification whose re-check failed (null for a counterfeiting case's proposal).
    async fn rectification(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Rectification>> {
        let Some(id) = self.0.source.rectification_id() else { return Ok(None) };
        Ok(load(ctx, |l| &l.rectification, id).await?.map(Rectification))
    }

    /// The failed re-check task (null for a counterfeiting case's proposal).
    async fn recheck_task(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<TestingTask>> {
        let Some(id) = self.0.source.recheck_task_id() else { return Ok(None) };
        Ok(load(ctx, |l| &l.testing_task, id).await?.map(TestingTask))
    }

    /// The counterfeiting case (恶意造假 counterfeiting) whose revocation the province reported up
    /// (null for a re-check's proposal).
    async fn counterfeit_case(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<crate::enforcement::counterfeit::CounterfeitCase>> {
        let Some(id) = self.0.source.counterfeit_case_id() else { return Ok(None) };
        let found = load(ctx, |l| &l.counterfeit_case, id).await?;
        Ok(found.map(crate::enforcement::counterfeit::CounterfeitCase))
    }

    /// The enterprise concerned.
    async fn enterprise(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Enterprise>> {
        Ok(load(ctx, |l| &l.enterprise, self.0.enterprise_id).await?.map(Enterprise))
    }

    /// The license proposed for revocation (吊销).
    async fn license(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<License>> {
        Ok(load(ctx, |l| &l.license, self.0.license_id).await?.map(License))
    }

    /// When it was raised.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// An objection to a failing verdict.
#[derive(InputObject)]
pub struct ObjectToVerdictInput {
    /// The testing task whose first verdict failed.
    pub task_id: ID,
    /// The enterprise's reasons.
    pub reason: String,
    /// The failed, retestable items objected to (item codes of the verdict); the retest covers
    /// exactly these.
    pub items: Vec<String>,
}

/// Input of `openRectification`: the failing task and the rectification (整改) period.
#[derive(InputObject)]
pub struct OpenRectificationInput {
    /// The task whose final verdict failed.
    pub task_id: ID,
    /// The rectification period the officer sets, 15 to 90 days (default 30); the deadline ends
    /// on a working day.
    pub days: Option<i32>,
}

/// Input of `requestRectificationExtension`: the one extension (整改延期申请) asked.
#[derive(InputObject)]
pub struct RequestRectificationExtensionInput {
    /// The rectification whose deadline should move.
    pub rectification_id: ID,
    /// 1 to 30.
    pub days: i32,
    /// Why more time is needed.
    pub reason: String,
}

/// The officer's decision on an extension request.
#[derive(InputObject)]
pub struct DecideRectificationExtensionInput {
    /// The rectification whose extension request is decided.
    pub rectification_id: ID,
    /// Grant (true) or decline (false).
    pub grant: bool,
    /// When granting: the new deadline, a working day after the current one and at most 30 days
    /// on; default the days asked, ending on a working day. Not given when declining.
    pub deadline: Option<NaiveDate>,
    /// The reasons of the decision (批准或不予批准的理由).
    pub reason: String,
}

/// The re-check sample of a rectification (the license is the rectification's).
#[derive(InputObject)]
pub struct OpenRecheckTaskInput {
    /// The rectification to re-check (复查), past its deadline.
    pub rectification_id: ID,
    /// Product variant (grade or type) as the plugin names it.
    pub variant: String,
    /// 批号 — batch or production date.
    pub batch: String,
    /// The sample's declared values (明示值), as on its label.
    #[graphql(default)]
    pub declared: Vec<DeclaredValueInput>,
    /// Recommended (GB/T) standards the enterprise declares as its executive standard (执行标准).
    #[graphql(default)]
    pub declared_standards: Vec<String>,
    /// Default: the supervision calendar's today (`supervisionCalendar { today }`). Never later.
    pub sampling_date: Option<NaiveDate>,
    /// 检验样品 — the portion sent for testing.
    pub test_portion: String,
    /// 备用样品 — kept sealed for a retest.
    pub backup_portion: String,
}

/// Input of `decideRevocationProposal`: the national authority's decision on revocation (吊销).
#[derive(InputObject)]
pub struct DecideRevocationProposalInput {
    /// The pending proposal.
    pub proposal_id: ID,
    /// Revoke the license, or reject the proposal.
    pub decision: ProposalDecisionGql,
    /// The reasons, kept with the decision.
    pub reason: String,
}

/// The revocation proposal (吊销建议 revocation proposal) a provincial leader makes.
#[derive(InputObject)]
pub struct MakeRevocationProposalInput {
    /// The proposal, DUE in the province's queue (`revocationProposals(status: DUE)`).
    pub proposal_id: ID,
    /// The province's grounds for revoking the license, 2 to 2000 characters; archived and
    /// audited as the leader's.
    pub grounds: String,
}

/// The rectification a mutation opened or changed.
#[derive(SimpleObject)]
pub struct RectificationPayload {
    /// The rectification as it now stands.
    pub rectification: Rectification,
}

/// The revocation proposal a mutation decided.
#[derive(SimpleObject)]
pub struct RevocationProposalPayload {
    /// The proposal as it now stands.
    pub proposal: RevocationProposal,
}

#[derive(Default)]
pub struct RectificationQuery;

#[Object]
impl RectificationQuery {
    /// The rectifications the caller may see (officers: their jurisdiction; an enterprise: its
    /// own), optionally in one status; `overdue: true` keeps those past their deadline without a
    /// re-check (the officer's queue); filtered and sorted (default: opening order). Keyset-paged,
    /// a cursor belonging to the order it was read in.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    #[allow(clippy::too_many_arguments)]
    async fn rectifications(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only rectifications in this status.")] status: Option<RectificationStatusGql>,
        #[graphql(
            default,
            desc = "Only those past their deadline without a re-check (the officer's queue)."
        )]
        overdue: bool,
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
        #[graphql(desc = "Which rectifications to list; all in reach when absent.")] filter: Option<
            RectificationFilterInput,
        >,
        #[graphql(desc = "The order; default opening order, ascending.")] order_by: Option<
            RectificationOrderInput,
        >,
    ) -> async_graphql::Result<Connection<String, Rectification, RectificationTotal>> {
        let (app, _) = caller(ctx)?;
        let filter = filter.unwrap_or_default().parse(
            app.industry_catalogue(),
            status,
            overdue.then(|| app.today()),
        )?;
        rectification_page(ctx, filter, order_by, first, after, last, before).await
    }

    /// One rectification; null when it does not exist or is outside the caller's reach.
    async fn rectification(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The rectification's global ID.")] id: ID,
    ) -> async_graphql::Result<Option<Rectification>> {
        let id = parse_numeric_id(&id, NodeType::Rectification, "id")?;
        let (app, principal) = caller(ctx)?;
        app.may_read_rectifications(principal).gql()?;
        Ok(load(ctx, |l| &l.rectification, id).await?.map(Rectification))
    }

    /// One revocation proposal; null when it does not exist or is outside the caller's reach.
    async fn revocation_proposal(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The proposal's global ID.")] id: ID,
    ) -> async_graphql::Result<Option<RevocationProposal>> {
        let id = parse_numeric_id(&id, NodeType::RevocationProposal, "id")?;
        let (app, principal) = caller(ctx)?;
        app.may_read_revocation_proposals(principal).gql()?;
        Ok(load(ctx, |l| &l.revocation_proposal, id).await?.map(RevocationProposal))
    }

    /// The revocation proposals the caller may see (the national authority: all, its queue is
    /// `status: PENDING`; a province: its jurisdiction; an enterprise: its own). Keyset-paged.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    // Each GraphQL argument is a Rust argument: that is how async-graphql declares them.
    #[allow(clippy::too_many_arguments)]
    async fn revocation_proposals(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only proposals in this status (PENDING: the national authority's queue).")]
        status: Option<ProposalStatusGql>,
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
        #[graphql(desc = "Which proposals to list; all in reach when absent.")] filter: Option<
            ProposalFilterInput,
        >,
    ) -> async_graphql::Result<Connection<String, RevocationProposal, ProposalTotal>> {
        let filter = filter.unwrap_or_default().parse(status)?;
        proposal_page(ctx, filter, first, after, last, before).await
    }
}

/// One page of the rectifications matching `filter` in the order asked (scoped to the caller):
/// the body of `rectifications` and of `Enterprise.rectifications`.
pub(crate) async fn rectification_page(
    ctx: &Context<'_>,
    filter: RectificationFilter,
    order_by: Option<RectificationOrderInput>,
    first: Option<i32>,
    after: Option<String>,
    last: Option<i32>,
    before: Option<String>,
) -> async_graphql::Result<Connection<String, Rectification, RectificationTotal>> {
    let (app, principal) = caller(ctx)?;
    let order = RectificationOrderInput::parse(order_by);
    let request = page_request(first, after, last, before, parse_rectification_cursor(order.0))?;
    let page = match (filter.enterprise_id, crate::page::first_only(&request)) {
        // An enterprise's first page goes through a loader: a page of enterprises costs one
        // statement.
        (Some(parent), Some(n)) => {
            let args = (RectificationFilter { enterprise_id: None, ..filter.clone() }, order);
            let key = crate::loaders::FirstKey { parent, n: n + 1, args };
            let found = ctx.data::<crate::loaders::Loaders>()?.first_rectifications.load_one(key).await?;
            crate::page::first_page(found.unwrap_or_default(), n)
        }
        _ => app.rectifications(principal, &filter, order, &request).await.gql()?,
    };
    let cursor = |r: &RectificationRecord| rectification_cursor(&RectificationCursor::of(r, order.0));
    Ok(connection(page, RectificationTotal { filter }, cursor, Rectification))
}

/// One page of the revocation proposals matching `filter`, in id order (scoped to the caller):
/// the body of `revocationProposals` and of `Enterprise.revocationProposals`.
pub(crate) async fn proposal_page(
    ctx: &Context<'_>,
    filter: ProposalFilter,
    first: Option<i32>,
    after: Option<String>,
    last: Option<i32>,
    before: Option<String>,
) -> async_graphql::Result<Connection<String, RevocationProposal, ProposalTotal>> {
    let request = page_request(first, after, last, before, parse_id_cursor)?;
    let (app, principal) = caller(ctx)?;
    let page = match (filter.enterprise_id, crate::page::first_only(&request)) {
        // An enterprise's first page goes through a loader, like its rectifications.
        (Some(parent), Some(n)) => {
            let args = ProposalFilter { enterprise_id: None, ..filter.clone() };
            let key = crate::loaders::FirstKey { parent, n: n + 1, args };
            let found = ctx.data::<crate::loaders::Loaders>()?.first_proposals.load_one(key).await?;
            crate::page::first_page(found.unwrap_or_default(), n)
        }
        _ => app.revocation_proposals(principal, &filter, &request).await.gql()?,
    };
    Ok(connection(page, ProposalTotal { filter }, |r| id_cursor(r.id), RevocationProposal))
}

/// The number of proposals a `revocationProposals` query matches, computed only when asked for.
pub struct ProposalTotal {
    filter: ProposalFilter,
}

/// Filters for `revocationProposals` (吊销建议): when the failing re-check raised them.
#[derive(InputObject, Default)]
pub struct ProposalFilterInput {
    /// Raised on or after this day (China time).
    pub raised_from: Option<NaiveDate>,
    /// Raised on or before this day (China time).
    pub raised_to: Option<NaiveDate>,
}

impl ProposalFilterInput {
    /// The storage filter: days become instants in China time, `raisedTo` inclusive; `status` is
    /// the list's own argument.
    pub(crate) fn parse(self, status: Option<ProposalStatusGql>) -> Result<ProposalFilter, ApiError> {
        filter::day_range(self.raised_from, self.raised_to, ("raisedFrom", "raisedTo"))?;
        let (raised_from, raised_until) = filter::china_instants(self.raised_from, self.raised_to);
        Ok(ProposalFilter { status: status.map(Into::into), enterprise_id: None, raised_from, raised_until })
    }
}

#[Object]
impl ProposalTotal {
    /// How many revocation proposals match (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        if let Some(enterprise) = self.filter.enterprise_id {
            // An enterprise's count goes through a loader, like its first page.
            let filter = ProposalFilter { enterprise_id: None, ..self.filter.clone() };
            let loaders = ctx.data::<crate::loaders::Loaders>()?;
            return Ok(loaders.proposal_counts.load_one((enterprise, filter)).await?.unwrap_or(0));
        }
        let (app, principal) = caller(ctx)?;
        app.count_revocation_proposals(principal, &self.filter).await.gql()
    }
}

#[derive(Default)]
pub struct RectificationMutation;

#[Object]
impl RectificationMutation {
    /// The enterprise objects to a failing verdict within the objection window (the task's
    /// `objectionDeadline`, which runs from the verdict's delivery), naming the failed,
    /// retestable items it disputes. The authority then accepts or refuses it
    /// (`decideObjection`); once accepted, the retest institution submits the retest of those
    /// items through `submitTestResults` naming the same task.
    async fn object_to_verdict(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The task, the items objected to and the reasons.")] input: ObjectToVerdictInput,
    ) -> async_graphql::Result<TestingTaskPayload> {
        let task_id = parse_numeric_id(&input.task_id, NodeType::TestingTask, "input.taskId")?;
        let (app, principal) = caller(ctx)?;
        let record = app
            .object_to_verdict(principal, task_id, &input.reason, &input.items)
            .await
            .gql_input("input")?;
        Ok(TestingTaskPayload { task: TestingTask(record) })
    }

    /// Orders the rectification of a task whose verdict is final and failing (officers).
    async fn open_rectification(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The task whose final verdict failed, and the rectification (整改) period.")] input: OpenRectificationInput,
    ) -> async_graphql::Result<RectificationPayload> {
        let task_id = parse_numeric_id(&input.task_id, NodeType::TestingTask, "input.taskId")?;
        let (app, principal) = caller(ctx)?;
        let days = input.days.map(i64::from);
        let record = app.open_rectification(principal, task_id, days).await.gql_input("input")?;
        Ok(RectificationPayload { rectification: Rectification(record) })
    }

    /// Asks the one extension of a rectification deadline (整改延期申请; the enterprise, or its
    /// officer for it), of at most 30 days, at least 5 working days before the deadline. The
    /// deadline moves only when the officer grants it (`decideRectificationExtension`).
    async fn request_rectification_extension(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The rectification, the days asked and why.")]
        input: RequestRectificationExtensionInput,
    ) -> async_graphql::Result<RectificationPayload> {
        let id = parse_numeric_id(&input.rectification_id, NodeType::Rectification, "input.rectificationId")?;
        let (app, principal) = caller(ctx)?;
        let record = app
            .request_rectification_extension(principal, id, i64::from(input.days), &input.reason)
            .await
            .gql_input("input")?;
        Ok(RectificationPayload { rectification: Rectification(record) })
    }

    /// Grants (to a deadline) or declines the extension an enterprise asked, with reasons: the
    /// supervising officer.
    async fn decide_rectification_extension(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The rectification, the decision and the reasons.")]
        input: DecideRectificationExtensionInput,
    ) -> async_graphql::Result<RectificationPayload> {
        let id = parse_numeric_id(&input.rectification_id, NodeType::Rectification, "input.rectificationId")?;
        let decision = match (input.grant, input.deadline) {
            (true, deadline) => ExtensionDecision::Grant { deadline },
            (false, None) => ExtensionDecision::Decline,
            (false, Some(_)) => {
                let message = "a declined extension sets no deadline";
                return Err(ApiError::new(Code::BadUserInput, message).with_field("input.deadline").into());
            }
        };
        let (app, principal) = caller(ctx)?;
        let record = app
            .decide_rectification_extension(principal, id, decision, &input.reason)
            .await
            .gql_input("input")?;
        Ok(RectificationPayload { rectification: Rectification(record) })
    }

    /// Opens the re-check task (复查) of a rectification past its deadline (officers): an
    /// ordinary testing task of the same license; its verdict closes the rectification or raises
    /// a revocation proposal.
    async fn open_recheck_task(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The rectification and its re-check sample (复查).")] input: OpenRecheckTaskInput,
    ) -> async_graphql::Result<TestingTaskPayload> {
        let id = parse_numeric_id(&input.rectification_id, NodeType::Rectification, "input.rectificationId")?;
        let (app, principal) = caller(ctx)?;
        let command = OpenTestingTask {
            license_number: String::new(),
            variant: input.variant,
            batch: input.batch,
            declared: input.declared.into_iter().map(|d| (d.item, d.value)).collect(),
            declared_standards: input.declared_standards,
            sampling_date: input.sampling_date.unwrap_or_else(|| app.today()),
            test_portion: input.test_portion,
            backup_portion: input.backup_portion,
            // A re-check re-tests the failed product in full; it does not move the schedule.
            test_scope: None,
        };
        let record = app.open_recheck_task(principal, id, command).await.gql_input("input")?;
        Ok(TestingTaskPayload { task: TestingTask(record) })
    }

    /// Makes a revocation proposal a failed re-check put in the province's queue (the provincial
    /// authority's head or leader in charge, for an enterprise in the province): DUE becomes
    /// PENDING, the national authority's to decide. PROPOSAL_ALREADY_MADE once made;
    /// PROPOSAL_CLOSED when the license ended otherwise.
    async fn make_revocation_proposal(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The proposal due in the province's queue and the province's grounds.")]
        input: MakeRevocationProposalInput,
    ) -> async_graphql::Result<RevocationProposalPayload> {
        let id = parse_numeric_id(&input.proposal_id, NodeType::RevocationProposal, "input.proposalId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.make_revocation_proposal(principal, id, &input.grounds).await.gql_input("input")?;
        Ok(RevocationProposalPayload { proposal: RevocationProposal(record) })
    }

    /// Decides a revocation proposal (the national authority's head or leader in charge):
    /// REVOKE revokes the license; REJECT closes the proposal with the reason. A proposal still
    /// DUE (not made by the province) is refused with PROPOSAL_NOT_MADE.
    async fn decide_revocation_proposal(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The proposal, the decision on revocation (吊销) and the reasons.")]
        input: DecideRevocationProposalInput,
    ) -> async_graphql::Result<RevocationProposalPayload> {
        let id = parse_numeric_id(&input.proposal_id, NodeType::RevocationProposal, "input.proposalId")?;
        let (app, principal) = caller(ctx)?;
        let record = app
            .decide_revocation_proposal(principal, id, input.decision.into(), &input.reason)
            .await
            .gql_input("input")?;
        Ok(RevocationProposalPayload { proposal: RevocationProposal(record) })
    }
}
