//! Counterfeiting cases (恶意造假 counterfeiting, §三, docs/adr/0034): the `CounterfeitCase` node,
//! `counterfeitCases`, and the mutations that open a case, take its steps or dismiss it. The revocation the
//! province reports up is a `RevocationProposal` decided by `decideRevocationProposal`.

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{
    CaseStep, CounterfeitCaseFilter, CounterfeitCaseRecord, DocumentedStep, OpenCounterfeitCase,
};
use oversight_domain::enforcement::counterfeit::{
    CaseSource, CaseStatus, Recall, RecallAsked, RevocationOutcome, SourceKind, Step, parse_quantity,
};
use oversight_domain::{AttachmentId, CounterfeitCaseId};

use crate::enums::mirror;
use crate::error::{ApiError, ResultExt, caller};
use crate::ids::{NodeType, global_id, id_cursor, parse_id_cursor, parse_numeric_id};
use crate::loaders::load;
use crate::page::{Connection, connection, page_request};
use crate::registry::authority::Authority;
use crate::registry::enterprise::Enterprise;
use crate::registry::license::License;
use crate::testing::rectification::RevocationProposal;

mirror! {
    /// Where a counterfeiting case stands.
    CaseStatusGql as "CounterfeitCaseStatus" <=> CaseStatus {
        /// Opened with the finding: the order to stop is due.
        Open,
        /// Ordered to stop (责令停止生产 order to stop): recalls are recorded.
        StopOrdered,
        /// At least one recall (召回 recall) recorded.
        Recalling,
        /// The recall is complete: the province reports the revocation up.
        Recalled,
        /// The revocation was reported up (上报撤销 revocation reported): the national authority decides the proposal.
        RevocationReported,
        /// The proposal was decided (or closed when the license ended otherwise): the ban request is due.
        RevocationDecided,
        /// The local government was asked to ban (提请取缔 ban request).
        BanRequested,
        /// Transferred to the police (移送公安机关 police transfer): the receipt is awaited.
        TransferredToPolice,
        /// The police receipt (回执 receipt) is recorded.
        PoliceReceiptRecorded,
        /// Closed.
        Closed,
        /// Dismissed as opened in error (撤销立案 dismissal) by the opening authority's leadership,
        /// with the reason: it no longer counts against the enterprise.
        Dismissed,
    }
}

mirror! {
    /// Where a case's finding came from.
    SourceKindGql as "CounterfeitCaseSource" <=> SourceKind {
        /// A patrol inspection (巡查 patrol): sourceId is a PatrolInspection ID.
        Patrol,
        /// A spot check (监督检验 spot check): sourceId is a TestingTask ID.
        SpotCheck,
        /// A complaint (投诉举报 complaint).
        Complaint,
        /// Anything else, said in the finding.
        Other,
    }
}

mirror! {
    /// What became of the revocation a case reported up.
    RevocationOutcomeGql as "CounterfeitRevocationOutcome" <=> RevocationOutcome {
        /// The national authority revoked the license (吊销 revocation).
        Revoked,
        /// The national authority rejected the proposal.
        Rejected,
        /// The license ended otherwise while the proposal waited.
        Moot,
    }
}

/// A documented step of a case: its day and its documents.
#[derive(SimpleObject)]
pub struct CounterfeitCaseStep {
    /// The day it was taken.
    pub on: NaiveDate,
    /// Its documents' Attachment IDs (sealed once named).
    pub document_ids: Vec<ID>,
}

fn step(step: &Option<Step>) -> Option<CounterfeitCaseStep> {
    step.as_ref().map(|s| CounterfeitCaseStep {
        on: s.on,
        document_ids: s.documents.iter().map(|id| global_id(NodeType::Attachment, id)).collect(),
    })
}

/// One recall record (召回 recall) of a case.
#[derive(SimpleObject)]
pub struct CounterfeitRecall {
    /// The batch number recalled.
    pub batch: String,
    /// How much of the batch was produced, exact decimal text.
    pub quantity_produced: String,
    /// How much of it was recalled, exact decimal text.
    pub quantity_recalled: String,
    /// The unit of both quantities.
    pub unit: String,
    /// The day it was recalled.
    pub recalled_on: NaiveDate,
    /// Its documents' Attachment IDs.
    pub document_ids: Vec<ID>,
}

impl From<Recall> for CounterfeitRecall {
    fn from(recall: Recall) -> Self {
        CounterfeitRecall {
            batch: recall.batch,
            quantity_produced: recall.quantity_produced.to_string(),
            quantity_recalled: recall.quantity_recalled.to_string(),
            unit: recall.unit,
            recalled_on: recall.recalled_on,
            document_ids: recall.documents.iter().map(|id| global_id(NodeType::Attachment, id)).collect(),
        }
    }
}

pub struct CounterfeitCase(pub CounterfeitCaseRecord);

/// A malicious-counterfeiting case (恶意造假 counterfeiting, §三) against a licensed enterprise:
/// order to stop, recall, revocation reported up, ban request, police transfer, close — each
/// step with its day, documents and the next step's deadline on the working-day calendar.
#[Object]
impl CounterfeitCase {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        global_id(NodeType::CounterfeitCase, self.0.id)
    }
    /// Where it stands.
    async fn status(&self) -> CaseStatusGql {
        self.0.case.status.into()
    }
    /// The enterprise it is against (null outside the caller's registry reach).
    async fn enterprise(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Enterprise>> {
        Ok(load(ctx, |l| &l.enterprise, self.0.case.enterprise_id).await?.map(Enterprise))
    }
    /// The license concerned.
    async fn license(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<License>> {
        Ok(load(ctx, |l| &l.license, self.0.case.license_id).await?.map(License))
    }
    /// The authority whose officer opened it.
    async fn authority(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Authority>> {
        Ok(load(ctx, |l| &l.authority, self.0.case.authority_id).await?.map(Authority))
    }
    /// What was found.
    async fn finding(&self) -> &str {
        &self.0.case.finding
    }
    /// Where the finding came from.
    async fn source(&self) -> SourceKindGql {
        self.0.case.source.kind().into()
    }
    /// The global ID of the patrol or testing task it came from, if any.
    async fn source_id(&self) -> Option<ID> {
        match self.0.case.source {
            CaseSource::Patrol(id) => Some(global_id(NodeType::PatrolInspection, id)),
            CaseSource::SpotCheck(id) => Some(global_id(NodeType::TestingTask, id)),
            CaseSource::Complaint | CaseSource::Other => None,
        }
    }
    /// The day it was opened.
    async fn opened_on(&self) -> NaiveDate {
        self.0.case.opened_on
    }
    /// Who opened it.
    async fn opened_by(&self) -> &str {
        &self.0.opened_by
    }
    /// The deadline of the step it waits for (null while the national authority decides, and
    /// once closed).
    async fn due_on(&self) -> Option<NaiveDate> {
        self.0.case.due_on
    }
    /// Whether that deadline has passed today (derived, never stored).
    async fn overdue(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        let (app, _) = caller(ctx)?;
        Ok(self.0.case.overdue_on(app.today()))
    }
    /// The order to stop (责令停止生产 order to stop).
    async fn stop_order(&self) -> Option<CounterfeitCaseStep> {
        step(&self.0.case.stop_order)
    }
    /// The recall records, oldest first.
    async fn recalls(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<CounterfeitRecall>> {
        let recalls = load(ctx, |l| &l.counterfeit_recalls, self.0.id).await?.unwrap_or_default();
        Ok(recalls.into_iter().map(Into::into).collect())
    }
    /// The day the recall was recorded complete.
    async fn recall_completed_on(&self) -> Option<NaiveDate> {
        self.0.case.recall_completed_on
    }
    /// The revocation proposal the province reported up, in the national authority's queue.
    async fn revocation_proposal(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<RevocationProposal>> {
        let Some(id) = self.0.case.proposal_id else { return Ok(None) };
        Ok(load(ctx, |l| &l.revocation_proposal, id).await?.map(RevocationProposal))
    }
    /// The day the revocation was reported up.
    async fn revocation_reported_on(&self) -> Option<NaiveDate> {
        self.0.case.revocation_reported_on
    }
    /// What became of it.
    async fn revocation_outcome(&self) -> Option<RevocationOutcomeGql> {
        self.0.case.revocation_outcome.map(Into::into)
    }
    /// The day it was decided.
    async fn revocation_decided_on(&self) -> Option<NaiveDate> {
        self.0.case.revocation_decided_on
    }
    /// The request to the local government to ban (提请取缔 ban request).
    async fn ban_request(&self) -> Option<CounterfeitCaseStep> {
        step(&self.0.case.ban_request)
    }
    /// The transfer to the police (移送公安机关 police transfer).
    async fn police_transfer(&self) -> Option<CounterfeitCaseStep> {
        step(&self.0.case.police_transfer)
    }
    /// The police receipt (回执 receipt).
    async fn police_receipt(&self) -> Option<CounterfeitCaseStep> {
        step(&self.0.case.police_receipt)
    }
    /// The day it closed.
    async fn closed_on(&self) -> Option<NaiveDate> {
        self.0.case.closed_on
    }
    /// Why it closed (why it went no further than the ban request, when not transferred), or why
    /// it was dismissed (then closedOn is the day dismissed).
    async fn close_reason(&self) -> Option<&str> {
        self.0.case.close_reason.as_deref()
    }
    /// When it was stored.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A case as an officer opens it.
#[derive(InputObject)]
pub struct OpenCounterfeitCaseInput {
    /// The licensed enterprise, in the caller's jurisdiction.
    pub enterprise_id: ID,
    /// Its license concerned, in force.
    pub license_id: ID,
    /// What was found, 1–2000 characters.
    pub finding: String,
    /// Where the finding came from.
    pub source: SourceKindGql,
    /// PATROL: the PatrolInspection ID; SPOT_CHECK: the TestingTask ID; otherwise absent.
    pub source_id: Option<ID>,
}

/// A documented step of a case.
#[derive(InputObject)]
pub struct CounterfeitCaseStepInput {
    /// The case.
    pub case_id: ID,
    /// The day it was taken (today when absent): not before the case's previous step.
    pub on: Option<NaiveDate>,
    /// Its documents: Attachment IDs of the enterprise's file, at least one.
    pub document_ids: Vec<ID>,
}

/// A recall record.
#[derive(InputObject)]
pub struct RecordCounterfeitRecallInput {
    /// The case, ordered to stop.
    pub case_id: ID,
    /// The batch number, new in this case.
    pub batch: String,
    /// How much of the batch was produced: a positive decimal, at most three decimals.
    pub quantity_produced: String,
    /// How much was recalled: positive, at most three decimals, no more than produced.
    pub quantity_recalled: String,
    /// The unit of both quantities.
    pub unit: String,
    /// The day it was recalled (today when absent).
    pub recalled_on: Option<NaiveDate>,
    /// Its documents: Attachment IDs of the enterprise's file.
    #[graphql(default)]
    pub document_ids: Vec<ID>,
}

/// The case after the step.
#[derive(SimpleObject)]
pub struct CounterfeitCasePayload {
    /// The case.
    pub case: CounterfeitCase,
}

/// The case and the recall recorded.
#[derive(SimpleObject)]
pub struct CounterfeitRecallPayload {
    /// The case.
    pub case: CounterfeitCase,
    /// The recall recorded.
    pub recall: CounterfeitRecall,
}

/// What the cases list is narrowed to.
#[derive(InputObject, Default)]
pub struct CounterfeitCaseFilterInput {
    /// Only those in this state.
    pub status: Option<CaseStatusGql>,
    /// Only those opened by this authority.
    pub authority_id: Option<ID>,
    /// Only those against this enterprise.
    pub enterprise_id: Option<ID>,
    /// Only the overdue ones (true) or those not overdue (false), today.
    pub overdue: Option<bool>,
}

pub struct CounterfeitCaseTotal {
    filter: CounterfeitCaseFilter,
}

#[Object]
impl CounterfeitCaseTotal {
    /// How many cases match (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_counterfeit_cases(principal, &self.filter).await.gql()
    }
}

pub(crate) fn case_filter(filter: CounterfeitCaseFilterInput) -> Result<CounterfeitCaseFilter, ApiError> {
    Ok(CounterfeitCaseFilter {
        status: filter.status.map(Into::into),
        authority_id: filter
            .authority_id
            .map(|id| parse_numeric_id(&id, NodeType::Authority, "filter.authorityId"))
            .transpose()?,
        enterprise_id: filter
            .enterprise_id
            .map(|id| parse_numeric_id(&id, NodeType::Enterprise, "filter.enterpriseId"))
            .transpose()?,
        overdue: filter.overdue,
    })
}

fn case_id(id: &ID, field: &'static str) -> Result<CounterfeitCaseId, ApiError> {
    parse_numeric_id(id, NodeType::CounterfeitCase, field)
}

fn documents(ids: &[ID]) -> Result<Vec<AttachmentId>, ApiError> {
    ids.iter().map(|id| parse_numeric_id(id, NodeType::Attachment, "input.documentIds")).collect()
}

fn source(kind: SourceKindGql, id: Option<ID>) -> Result<CaseSource, ApiError> {
    let field = "input.sourceId";
    let misplaced = || {
        ApiError::new(
            oversight_app::Code::InvalidCounterfeitCase,
            "PATROL and SPOT_CHECK name their record in sourceId; COMPLAINT and OTHER name none",
        )
        .with_field(field)
    };
    Ok(match (kind, id) {
        (SourceKindGql::Patrol, Some(id)) => {
            CaseSource::Patrol(parse_numeric_id(&id, NodeType::PatrolInspection, field)?)
        }
        (SourceKindGql::SpotCheck, Some(id)) => {
            CaseSource::SpotCheck(parse_numeric_id(&id, NodeType::TestingTask, field)?)
        }
        (SourceKindGql::Complaint, None) => CaseSource::Complaint,
        (SourceKindGql::Other, None) => CaseSource::Other,
        _ => return Err(misplaced()),
    })
}

fn quantity(text: &str, field: &'static str) -> Result<rust_decimal::Decimal, ApiError> {
    parse_quantity(text).ok_or_else(|| {
        ApiError::new(
            oversight_app::Code::InvalidRecall,
            format!("the quantity {text:?} is no decimal number"),
        )
        .with_field(field)
    })
}

#[derive(Default)]
pub struct CounterfeitQuery;

#[Object]
impl CounterfeitQuery {
    /// Counterfeiting cases (恶意造假 counterfeiting) against the enterprises in the caller's
    /// reach (the national authority: all), newest first: for the authorities' own people
    /// (others: FORBIDDEN).
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    #[allow(clippy::too_many_arguments)] // a GraphQL field's arguments are its parameters
    async fn counterfeit_cases(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to narrow the list to.", default)] filter: CounterfeitCaseFilterInput,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, CounterfeitCase, CounterfeitCaseTotal>> {
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let filter = case_filter(filter)?;
        let (app, principal) = caller(ctx)?;
        let page = app.counterfeit_cases(principal, &filter, &request).await.gql()?;
        Ok(connection(page, CounterfeitCaseTotal { filter }, |r| id_cursor(r.id.get()), CounterfeitCase))
    }
}

#[derive(Default)]
pub struct CounterfeitMutation;

impl CounterfeitMutation {
    async fn documented(
        ctx: &Context<'_>,
        kind: DocumentedStep,
        input: CounterfeitCaseStepInput,
    ) -> async_graphql::Result<CounterfeitCasePayload> {
        let id = case_id(&input.case_id, "input.caseId")?;
        let step = CaseStep { on: input.on, documents: documents(&input.document_ids)? };
        let (app, principal) = caller(ctx)?;
        let record = app.take_counterfeit_step(principal, id, kind, &step).await.gql_input("input")?;
        Ok(CounterfeitCasePayload { case: CounterfeitCase(record) })
    }
}

/// Counterfeiting cases (恶意造假 counterfeiting, §三): opened and stepped by the provincial,
/// municipal and county officers whose jurisdiction holds the enterprise; the revocation is
/// reported up by the province's head or leader in charge.
#[Object]
impl CounterfeitMutation {
    /// Opens a counterfeiting case against a licensed enterprise in the caller's jurisdiction,
    /// with the finding and its source; the order to stop is due the next working day.
    /// INVALID_COUNTERFEIT_CASE, FORBIDDEN, NOT_FOUND.
    async fn open_counterfeit_case(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The case.")] input: OpenCounterfeitCaseInput,
    ) -> async_graphql::Result<CounterfeitCasePayload> {
        let open = OpenCounterfeitCase {
            enterprise_id: parse_numeric_id(
                &input.enterprise_id,
                NodeType::Enterprise,
                "input.enterpriseId",
            )?,
            license_id: parse_numeric_id(&input.license_id, NodeType::License, "input.licenseId")?,
            finding: input.finding,
            source: source(input.source, input.source_id)?,
        };
        let (app, principal) = caller(ctx)?;
        let record = app.open_counterfeit_case(principal, &open).await.gql_input("input")?;
        Ok(CounterfeitCasePayload { case: CounterfeitCase(record) })
    }

    /// Orders the enterprise to stop (责令停止生产 order to stop), with the order document; the
    /// recall is due in 20 working days. ILLEGAL_COUNTERFEIT_TRANSITION, INVALID_COUNTERFEIT_CASE,
    /// ATTACHMENT_NOT_FOUND, FORBIDDEN, NOT_FOUND.
    async fn order_counterfeit_stop(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The case, the day and the order document.")] input: CounterfeitCaseStepInput,
    ) -> async_graphql::Result<CounterfeitCasePayload> {
        Self::documented(ctx, DocumentedStep::OrderStop, input).await
    }

    /// Records a recalled batch (召回 recall). INVALID_RECALL, ILLEGAL_COUNTERFEIT_TRANSITION,
    /// ATTACHMENT_NOT_FOUND, FORBIDDEN, NOT_FOUND.
    async fn record_counterfeit_recall(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The case and the recall.")] input: RecordCounterfeitRecallInput,
    ) -> async_graphql::Result<CounterfeitRecallPayload> {
        let id = case_id(&input.case_id, "input.caseId")?;
        let (app, principal) = caller(ctx)?;
        let asked = RecallAsked {
            batch: input.batch,
            quantity_produced: quantity(&input.quantity_produced, "input.quantityProduced")?,
            quantity_recalled: quantity(&input.quantity_recalled, "input.quantityRecalled")?,
            unit: input.unit,
            recalled_on: input.recalled_on.unwrap_or_else(|| app.today()),
        };
        let documents = documents(&input.document_ids)?;
        let (record, recall) =
            app.record_counterfeit_recall(principal, id, asked, &documents).await.gql_input("input")?;
        Ok(CounterfeitRecallPayload { case: CounterfeitCase(record), recall: recall.into() })
    }

    /// Records the recall complete; the province's report is due in 10 working days.
    /// ILLEGAL_COUNTERFEIT_TRANSITION, INVALID_COUNTERFEIT_CASE, FORBIDDEN, NOT_FOUND.
    async fn complete_counterfeit_recall(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The case.")] case_id: ID,
        #[graphql(desc = "The day the recall completed (today when absent).")] on: Option<NaiveDate>,
    ) -> async_graphql::Result<CounterfeitCasePayload> {
        let id = self::case_id(&case_id, "caseId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.complete_counterfeit_recall(principal, id, on).await.gql()?;
        Ok(CounterfeitCasePayload { case: CounterfeitCase(record) })
    }

    /// The province's head or leader in charge reports the revocation up (上报撤销 revocation
    /// reported): a revocation proposal, made, in the national authority's queue
    /// (`revocationProposals`); `decideRevocationProposal` revokes the license or rejects it and
    /// moves the case on. A license that ended meanwhile makes no proposal: the case moves on,
    /// its revocation MOOT. ILLEGAL_COUNTERFEIT_TRANSITION, FORBIDDEN, NOT_FOUND.
    async fn report_counterfeit_revocation(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The case, its recall complete.")] case_id: ID,
        #[graphql(desc = "The province's grounds, 2–2000 characters.")] grounds: String,
    ) -> async_graphql::Result<CounterfeitCasePayload> {
        let id = self::case_id(&case_id, "caseId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.report_counterfeit_revocation(principal, id, &grounds).await.gql()?;
        Ok(CounterfeitCasePayload { case: CounterfeitCase(record) })
    }

    /// Asks the local government to ban the enterprise (提请地方政府取缔 ban request), with the
    /// request document, once the proposal is decided (revoked or rejected).
    /// ILLEGAL_COUNTERFEIT_TRANSITION, INVALID_COUNTERFEIT_CASE, ATTACHMENT_NOT_FOUND, FORBIDDEN,
    /// NOT_FOUND.
    async fn request_counterfeit_ban(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The case, the day and the request document.")] input: CounterfeitCaseStepInput,
    ) -> async_graphql::Result<CounterfeitCasePayload> {
        Self::documented(ctx, DocumentedStep::RequestBan, input).await
    }

    /// Transfers the case to the police (移送公安机关 police transfer) when criminal, with the
    /// transfer document; the receipt is due in 3 working days. ILLEGAL_COUNTERFEIT_TRANSITION,
    /// INVALID_COUNTERFEIT_CASE, ATTACHMENT_NOT_FOUND, FORBIDDEN, NOT_FOUND.
    async fn transfer_counterfeit_case_to_police(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The case, the day and the transfer document.")] input: CounterfeitCaseStepInput,
    ) -> async_graphql::Result<CounterfeitCasePayload> {
        Self::documented(ctx, DocumentedStep::TransferToPolice, input).await
    }

    /// Records the police receipt (回执 receipt) of the transfer, with the receipt document.
    /// ILLEGAL_COUNTERFEIT_TRANSITION, INVALID_COUNTERFEIT_CASE, ATTACHMENT_NOT_FOUND, FORBIDDEN,
    /// NOT_FOUND.
    async fn record_counterfeit_police_receipt(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The case, the day and the receipt document.")] input: CounterfeitCaseStepInput,
    ) -> async_graphql::Result<CounterfeitCasePayload> {
        Self::documented(ctx, DocumentedStep::PoliceReceipt, input).await
    }

    /// Closes a case after the police receipt, or after the ban request with the reason it was
    /// not transferred. ILLEGAL_COUNTERFEIT_TRANSITION, INVALID_COUNTERFEIT_CASE, FORBIDDEN,
    /// NOT_FOUND.
    async fn close_counterfeit_case(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The case.")] case_id: ID,
        #[graphql(desc = "Why it closes (required without a police transfer), 1–2000 characters.")]
        reason: Option<String>,
    ) -> async_graphql::Result<CounterfeitCasePayload> {
        let id = self::case_id(&case_id, "caseId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.close_counterfeit_case(principal, id, reason.as_deref()).await.gql()?;
        Ok(CounterfeitCasePayload { case: CounterfeitCase(record) })
    }

    /// Dismisses a case opened in error (撤销立案 dismissal), with the reason, while it is not yet
    /// reported up (then the national authority's decision governs): signed by the head or leader
    /// in charge of the authority that opened it. The case no longer counts against the
    /// enterprise's risk class, its county's key-region figure or the reports' cases standing.
    /// ILLEGAL_COUNTERFEIT_TRANSITION, INVALID_TEXT, FORBIDDEN, NOT_FOUND.
    async fn dismiss_counterfeit_case(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The case and the reason.")] input: DismissCounterfeitCaseInput,
    ) -> async_graphql::Result<CounterfeitCasePayload> {
        let id = self::case_id(&input.case_id, "input.caseId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.dismiss_counterfeit_case(principal, id, &input.reason).await.gql_input("input")?;
        Ok(CounterfeitCasePayload { case: CounterfeitCase(record) })
    }
}

/// The dismissal of a case opened in error.
#[derive(InputObject)]
pub struct DismissCounterfeitCaseInput {
    /// The case, not yet reported up.
    pub case_id: ID,
    /// Why it was opened in error, 1–1000 characters.
    pub reason: String,
}
