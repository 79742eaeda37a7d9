//! Patrols and follow-up visits (巡查 patrol、回访 follow-up visit, §二(三)): the object types —
//! `PatrolInspection` (a patrol or a follow-up visit), `PatrolMeasure` (措施 measure), `FollowUp`
//! (a follow-up owed after a rectification deadline) — and their enums. Queries and mutations
//! are in `operations`.

pub mod operations;
pub mod plans;

use async_graphql::{Context, Enum, ID, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{Answers, FollowUpRecord, FollowUpState, MeasureRecord, PatrolRecord};
use oversight_domain::patrol::follow_up::CarriedOutcome;
use oversight_domain::patrol::measure::{MeasureKind, MeasureKindCode, MeasureStatus};
use oversight_domain::patrol::{Filing, FollowUpOrigin, FollowUpResult, PatrolKind};

use crate::enums::mirror;
use crate::error::caller;
use crate::ids::{NodeType, global_id};
use crate::loaders::load;
use crate::registry::enterprise::Enterprise;
use crate::registry::license::License;
use crate::registry::officer::Officer;
use crate::review::types::ItemAnswerGql;
use crate::testing::supervision::TestingTask;

mirror! {
    /// What an inspection record is.
    PatrolKindGql as "PatrolKind" <=> PatrolKind {
        /// 巡查 patrol: the five base items of §二(三) and the industry's checklist.
        Patrol,
        /// 回访 follow-up visit: the carried-over items of a rectification, after its deadline.
        FollowUp,
    }
}

mirror! {
    /// Where a record's filing (备案 filing) with the provincial office stands.
    FilingGql as "Filing" <=> Filing {
        /// Not filed yet.
        Unfiled,
        /// Filed, waiting for the province's acknowledgement.
        Filed,
        /// Acknowledged by the province.
        Acknowledged,
    }
}

mirror! {
    /// The kind of a measure (措施 measure, §二(三)).
    MeasureKindGql as "MeasureKind" <=> MeasureKindCode {
        /// 帮扶 assistance.
        Assistance,
        /// 限期改正 rectify by a deadline: a follow-up visit comes due after it.
        RectifyByDeadline,
        /// 抽样检验 sampling test: carried out by the testing task opened for it.
        SamplingTest,
        /// 停产整顿 suspension of production for rectification: the license becomes SUSPENDED.
        Suspension,
        /// 行政处罚 administrative penalty: a reference record of the decision.
        Penalty,
        /// 移送 transfer to another department, with its receipt.
        Transfer,
    }
}

mirror! {
    /// Where a measure stands.
    MeasureStatusGql as "MeasureStatus" <=> MeasureStatus {
        /// Ordered, not carried out yet.
        Open,
        /// Carried out.
        Done,
        /// Withdrawn, with its reason.
        Cancelled,
    }
}

mirror! {
    /// The rectification a follow-up is owed for.
    FollowUpOriginGql as "FollowUpOrigin" <=> FollowUpOrigin {
        /// A patrol's rectify-by-deadline measure.
        PatrolMeasure,
        /// A follow-up visit that found problems persisting.
        FollowUp,
        /// A failed annual review (年度审查 annual review).
        AnnualReview,
        /// A spot check's rectification (监督检验 spot check).
        SpotCheck,
        /// A resolution of an industry rectification meeting (行业整顿会议 rectification meeting).
        RectificationMeeting,
    }
}

mirror! {
    /// What a follow-up visit concluded.
    FollowUpResultGql as "FollowUpResult" <=> FollowUpResult {
        /// Every carried item rectified: closed (a license the case suspended resumes).
        Closed,
        /// Something persists: production suspended until compliant (责令停产整顿，直至符合规定要求), another follow-up owed.
        SuspendUntilCompliant,
    }
}

mirror! {
    /// What a follow-up visit found of one carried-over item.
    CarriedOutcomeGql as "CarriedOutcome" <=> CarriedOutcome {
        /// 已整改 rectified.
        Rectified,
        /// 原问题仍存在 the original problem persists.
        Persisting,
    }
}

/// Where a follow-up stands today.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(name = "FollowUpState")]
pub enum FollowUpStateGql {
    /// Not visited; the rectification deadline has not passed.
    Upcoming,
    /// Not visited; the deadline has passed: the visit is due (derived on read, every day).
    Due,
    /// Visited.
    Done,
}

impl From<FollowUpStateGql> for FollowUpState {
    fn from(value: FollowUpStateGql) -> Self {
        match value {
            FollowUpStateGql::Upcoming => FollowUpState::Upcoming,
            FollowUpStateGql::Due => FollowUpState::Due,
            FollowUpStateGql::Done => FollowUpState::Done,
        }
    }
}

/// One answered checklist item of a patrol.
#[derive(SimpleObject)]
pub struct PatrolAnswer {
    /// The item's code (a base item of §二(三) or the industry plugin's).
    pub code: String,
    /// Conforming, nonconforming or not applicable.
    pub answer: ItemAnswerGql,
    /// How it does not conform, or why it does not apply.
    pub note: Option<String>,
    /// The evidence's attachment IDs (sealed once referenced).
    pub evidence_ids: Vec<ID>,
}

/// One carried-over item of a follow-up visit, with what was found.
#[derive(SimpleObject)]
pub struct CarriedItem {
    /// The carried item's code.
    pub code: String,
    /// What the visit found.
    pub outcome: CarriedOutcomeGql,
}

pub struct PatrolInspection(pub PatrolRecord);

/// A patrol inspection (巡查 patrol) or follow-up visit (回访 follow-up visit) recorded by two or
/// more officers, with its filing (备案 filing) with the province.
#[Object]
impl PatrolInspection {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        global_id(NodeType::PatrolInspection, self.0.id)
    }
    /// A patrol or a follow-up visit.
    async fn kind(&self) -> PatrolKindGql {
        self.0.kind.into()
    }
    /// The license inspected.
    async fn license(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<License>> {
        Ok(load(ctx, |l| &l.license, self.0.license_id).await?.map(License))
    }
    /// The enterprise inspected.
    async fn enterprise(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Enterprise>> {
        Ok(load(ctx, |l| &l.enterprise, self.0.enterprise_id).await?.map(Enterprise))
    }
    /// The license's industry code.
    async fn industry(&self) -> &str {
        &self.0.industry
    }
    /// The plugin version whose checklist a patrol answered (null for a follow-up visit, or an
    /// industry without a plugin).
    async fn plugin_version(&self) -> Option<&str> {
        self.0.plugin_version.as_deref()
    }
    /// The day of the visit.
    async fn inspected_on(&self) -> NaiveDate {
        self.0.inspected_on
    }
    /// The inspecting officers (执法人员), from the directory.
    async fn inspectors(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Officer>> {
        // Loaded together, so the officers of every record on the page share one batch.
        let loads = self.0.inspectors.iter().map(|id| load(ctx, |l| &l.officer, *id));
        let found = futures_util::future::try_join_all(loads).await?;
        Ok(found.into_iter().flatten().map(Officer).collect())
    }
    /// The inspecting officers' global IDs.
    async fn inspector_ids(&self) -> Vec<ID> {
        self.0.inspectors.iter().map(|id| global_id(NodeType::Officer, id)).collect()
    }
    /// A patrol's answers, in checklist order (empty for a follow-up visit).
    async fn answers(&self) -> Vec<PatrolAnswer> {
        let Answers::Patrol(answers) = &self.0.answers else { return Vec::new() };
        answers
            .iter()
            .map(|a| PatrolAnswer {
                code: a.code.clone(),
                answer: a.answer.into(),
                note: a.note.clone(),
                evidence_ids: a.evidence.iter().map(|id| global_id(NodeType::Attachment, id)).collect(),
            })
            .collect()
    }
    /// A follow-up visit's carried-over items with what was found (empty for a patrol).
    async fn carried_items(&self) -> Vec<CarriedItem> {
        let Answers::FollowUp(items) = &self.0.answers else { return Vec::new() };
        items.iter().map(|i| CarriedItem { code: i.code.clone(), outcome: i.outcome.into() }).collect()
    }
    /// The nonconforming items (patrol) or the persisting ones (follow-up visit).
    async fn findings(&self) -> &[String] {
        &self.0.findings
    }
    /// Item two (生产条件、检验手段、生产技术或工艺) did not conform: the license's re-review (重新审查) is required.
    async fn re_review_required(&self) -> bool {
        self.0.re_review_required
    }
    /// The measures ordered on a patrol's findings, oldest first.
    async fn measures(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<PatrolMeasure>> {
        let measures = load(ctx, |l| &l.measures_of, self.0.id).await?.unwrap_or_default();
        Ok(measures.into_iter().map(PatrolMeasure).collect())
    }
    /// The follow-up a follow-up visit answered.
    async fn follow_up(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<FollowUp>> {
        let Some(id) = self.0.follow_up_id else { return Ok(None) };
        Ok(load(ctx, |l| &l.follow_up, id).await?.map(FollowUp))
    }
    /// What a follow-up visit concluded.
    async fn result(&self) -> Option<FollowUpResultGql> {
        self.0.result.map(Into::into)
    }
    /// After a persisting finding: the deadline after which the next follow-up is due.
    async fn next_deadline(&self) -> Option<NaiveDate> {
        self.0.next_deadline
    }
    /// The patrol the case started with (itself for a patrol; null for a follow-up of an annual
    /// review or a spot check).
    async fn case_patrol_id(&self) -> Option<ID> {
        match self.0.kind {
            PatrolKind::Patrol => Some(global_id(NodeType::PatrolInspection, self.0.id)),
            PatrolKind::FollowUp => self.0.case_id.map(|id| global_id(NodeType::PatrolInspection, id)),
        }
    }
    /// The device that recorded it offline; null when submitted online.
    async fn device_id(&self) -> Option<&str> {
        self.0.offline.as_ref().map(|o| o.device_id.as_str())
    }
    /// When it was recorded (the device's clock for an offline submission).
    async fn recorded_at(&self) -> DateTime<Utc> {
        self.0.recorded_at
    }
    /// When the server received it.
    async fn received_at(&self) -> DateTime<Utc> {
        self.0.received_at
    }
    /// Another device's record of the same visit (same enterprise, day and an inspector in
    /// common): a conflict for people to resolve, never merged.
    async fn conflict_with(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<PatrolInspection>> {
        let Some(id) = self.0.conflict_with else { return Ok(None) };
        Ok(load(ctx, |l| &l.patrol_inspection, id).await?.map(PatrolInspection))
    }
    /// The filing (备案 filing) with the province.
    async fn filing(&self) -> FilingGql {
        self.0.filing.into()
    }
    /// When it was filed with the province.
    async fn filed_at(&self) -> Option<DateTime<Utc>> {
        self.0.filed_at
    }
    /// Who filed it (by subject).
    async fn filed_by(&self) -> Option<&str> {
        self.0.filed_by.as_deref()
    }
    /// When the province acknowledged it.
    async fn acknowledged_at(&self) -> Option<DateTime<Utc>> {
        self.0.acknowledged_at
    }
    /// Who acknowledged it (by subject).
    async fn acknowledged_by(&self) -> Option<&str> {
        self.0.acknowledged_by.as_deref()
    }
    /// Who submitted it (by subject).
    async fn recorded_by(&self) -> &str {
        &self.0.recorded_by
    }
}

pub struct PatrolMeasure(pub MeasureRecord);

/// A measure (措施 measure) ordered on a patrol's findings, with its own deadline and state.
#[Object]
impl PatrolMeasure {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        global_id(NodeType::PatrolMeasure, self.0.id)
    }
    /// The patrol whose findings it is ordered on.
    async fn patrol(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<PatrolInspection>> {
        Ok(load(ctx, |l| &l.patrol_inspection, self.0.patrol_id).await?.map(PatrolInspection))
    }
    /// The kind of measure.
    async fn kind(&self) -> MeasureKindGql {
        self.0.measure.kind.code().into()
    }
    /// Open, done or cancelled.
    async fn status(&self) -> MeasureStatusGql {
        self.0.measure.status.into()
    }
    /// The findings (nonconforming item codes) it is ordered on.
    async fn findings(&self) -> &[String] {
        &self.0.measure.finding_codes
    }
    /// The day it was ordered.
    async fn ordered_on(&self) -> NaiveDate {
        self.0.measure.ordered_on
    }
    /// A rectification's deadline (a working day); null for other kinds.
    async fn deadline(&self) -> Option<NaiveDate> {
        match self.0.measure.kind {
            MeasureKind::RectifyByDeadline { deadline } => Some(deadline),
            _ => None,
        }
    }
    /// A rectification still open after its deadline (derived today, never stored).
    async fn overdue(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        let (app, _) = caller(ctx)?;
        Ok(self.0.measure.overdue_on(app.today()))
    }
    /// A penalty's decision number (处罚决定书文号).
    async fn decision_number(&self) -> Option<&str> {
        match &self.0.measure.kind {
            MeasureKind::Penalty { decision_number, .. } => Some(decision_number),
            _ => None,
        }
    }
    /// A penalty's legal basis.
    async fn legal_basis(&self) -> Option<&str> {
        match &self.0.measure.kind {
            MeasureKind::Penalty { legal_basis, .. } => Some(legal_basis),
            _ => None,
        }
    }
    /// A penalty's amount in yuan, exact decimal text.
    async fn amount(&self) -> Option<String> {
        match &self.0.measure.kind {
            MeasureKind::Penalty { amount, .. } => Some(amount.to_string()),
            _ => None,
        }
    }
    /// The department a transfer went to.
    async fn transferred_to(&self) -> Option<&str> {
        match &self.0.measure.kind {
            MeasureKind::Transfer { to, .. } => Some(to),
            _ => None,
        }
    }
    /// The day the department receipted the transfer (回执).
    async fn receipt_on(&self) -> Option<NaiveDate> {
        match &self.0.measure.kind {
            MeasureKind::Transfer { receipt_on, .. } => *receipt_on,
            _ => None,
        }
    }
    /// The testing task that carried out a sampling test.
    async fn testing_task(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<TestingTask>> {
        let Some(id) = self.0.testing_task_id else { return Ok(None) };
        Ok(load(ctx, |l| &l.testing_task, id).await?.map(TestingTask))
    }
    /// How it was carried out, or why it was cancelled.
    async fn close_reason(&self) -> Option<&str> {
        self.0.close_reason.as_deref()
    }
    /// Who ordered it (by subject).
    async fn ordered_by(&self) -> &str {
        &self.0.ordered_by
    }
    /// Who carried it out or cancelled it (by subject).
    async fn closed_by(&self) -> Option<&str> {
        self.0.closed_by.as_deref()
    }
    /// The day it was carried out or cancelled.
    async fn closed_on(&self) -> Option<NaiveDate> {
        self.0.closed_on
    }
}

pub struct FollowUp(pub FollowUpRecord);

/// A follow-up visit (回访 follow-up visit) owed after a rectification deadline — a patrol's, a
/// failed annual review's, a spot check's, or a follow-up's that found problems persisting. It is
/// due from the day after the deadline until visited: derived on read, nothing has to run.
#[Object]
impl FollowUp {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        global_id(NodeType::FollowUp, self.0.id)
    }
    /// The license whose rectification it follows up.
    async fn license(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<License>> {
        Ok(load(ctx, |l| &l.license, self.0.license_id).await?.map(License))
    }
    /// The enterprise visited.
    async fn enterprise(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Enterprise>> {
        Ok(load(ctx, |l| &l.enterprise, self.0.enterprise_id).await?.map(Enterprise))
    }
    /// What it is owed for.
    async fn origin(&self) -> FollowUpOriginGql {
        self.0.origin.into()
    }
    /// The global ID of what it is owed for: a PatrolMeasure, a PatrolInspection (a follow-up
    /// visit), an AnnualReview, a Rectification or a RectificationMeeting (whose resolution).
    async fn origin_id(&self, ctx: &Context<'_>) -> async_graphql::Result<ID> {
        let node = match self.0.origin {
            FollowUpOrigin::PatrolMeasure => NodeType::PatrolMeasure,
            FollowUpOrigin::FollowUp => NodeType::PatrolInspection,
            FollowUpOrigin::AnnualReview => NodeType::AnnualReview,
            FollowUpOrigin::SpotCheck => NodeType::Rectification,
            // The origin is the summons the resolution binds (one follow-up each); the meeting
            // holding it is the node.
            FollowUpOrigin::RectificationMeeting => {
                let summons = oversight_domain::MeetingSummonsId::new(self.0.origin_id);
                let found = load(ctx, |l| &l.meeting_summons, summons).await?;
                let meeting = found
                    .ok_or_else(|| async_graphql::Error::new("the meeting of the follow-up is not found"))?;
                return Ok(global_id(NodeType::RectificationMeeting, meeting.meeting_id));
            }
        };
        Ok(global_id(node, self.0.origin_id))
    }
    /// The rectification deadline: the visit is due from the day after.
    async fn deadline(&self) -> NaiveDate {
        self.0.deadline
    }
    /// The original nonconforming items carried over (Accela's "carry over failed items").
    async fn carried_items(&self) -> &[String] {
        &self.0.carried
    }
    /// Where it stands today.
    async fn state(&self, ctx: &Context<'_>) -> async_graphql::Result<FollowUpStateGql> {
        let (app, _) = caller(ctx)?;
        Ok(match (self.0.visit_id, app.follow_up_due_today(&self.0)) {
            (Some(_), _) => FollowUpStateGql::Done,
            (None, true) => FollowUpStateGql::Due,
            (None, false) => FollowUpStateGql::Upcoming,
        })
    }
    /// The visit that answered it.
    async fn visit(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<PatrolInspection>> {
        let Some(id) = self.0.visit_id else { return Ok(None) };
        Ok(load(ctx, |l| &l.patrol_inspection, id).await?.map(PatrolInspection))
    }
    /// The patrol the case started with (null for an annual review's or a spot check's).
    async fn case_patrol(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<PatrolInspection>> {
        let Some(id) = self.0.case_id else { return Ok(None) };
        Ok(load(ctx, |l| &l.patrol_inspection, id).await?.map(PatrolInspection))
    }
}
