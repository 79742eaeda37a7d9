//! The annual review's object types and enums: `ReviewYear`, `AnnualReview`,
//! `SelfInspectionReport`, `OnSiteInspection` and the progress row.

use async_graphql::{Context, Enum, ID, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{InspectionRecord, ProgressCount};
use oversight_domain::checklist::ItemAnswer;
use oversight_domain::review::annual::{
    AnnualReview as ReviewRecord, OnSiteOutcome, ReviewStatus, ReviewYear as YearRecord,
};
use oversight_domain::review::report::{ReportStatus, SelfInspectionReport as ReportRecord};

use crate::error::caller;
use crate::ids::{NodeType, global_id};
use crate::loaders::load;
use crate::page::Connection;
use crate::registry::enterprise::Enterprise;
use crate::registry::license::License;

crate::enums::mirror! {
    /// Where a license's annual review (年度审查 annual review) stands.
    AnnualReviewStatusGql as "AnnualReviewStatus" <=> ReviewStatus {
        /// Waiting for the enterprise's self-inspection report (it may keep a draft).
        Pending,
        /// The report is submitted and waits for the reviewer.
        Submitted,
        /// Returned for correction; the enterprise resubmits a new version.
        Returned,
        /// Problems found or suspected: an on-site inspection (实地检查 on-site inspection) is due.
        OnSite,
        /// Passed: the annual inspection stamp (年度检查合格 annual inspection passed) is on the license copy.
        Passed,
        /// Failed: a rectification by a deadline (限期改正), no stamp.
        Failed,
        /// The license left the year (revoked, cancelled or expired).
        Left,
    }
}

crate::enums::mirror! {
    /// Where one version of a self-inspection report (自查报告 self-inspection report) stands.
    SelfInspectionReportStatusGql as "SelfInspectionReportStatus" <=> ReportStatus {
        /// Being written by the enterprise.
        Draft,
        /// Submitted: read-only.
        Submitted,
        /// Returned for correction: read-only; the correction is the next version.
        Returned,
    }
}

crate::enums::mirror! {
    /// The answer to one checklist item.
    ItemAnswerGql as "ItemAnswer" <=> ItemAnswer {
        /// 符合 conforms.
        Conforming,
        /// 不符合 does not conform (a note says how).
        Nonconforming,
        /// 不适用 does not apply (a note says why).
        NotApplicable,
    }
}

crate::enums::mirror! {
    /// The finding of an on-site inspection (实地检查 on-site inspection).
    OnSiteOutcomeGql as "OnSiteOutcome" <=> OnSiteOutcome {
        /// The problems were not confirmed or are resolved: the review passes.
        Conforming,
        /// The problems were confirmed: the review fails with a rectification deadline.
        Nonconforming,
    }
}

pub struct ReviewYear(pub YearRecord);

/// A province's review year (年度审查 annual review, §二(二)): its submission deadline and
/// whether cities and counties review.
#[Object]
impl ReviewYear {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        global_id(NodeType::ReviewYear, self.0.id)
    }
    /// The year under review.
    async fn year(&self) -> i32 {
        self.0.year
    }
    /// The province's GB/T 2260 code.
    async fn province_code(&self) -> String {
        self.0.province.to_string()
    }
    /// The day it was opened (supervision calendar).
    async fn opened_on(&self) -> NaiveDate {
        self.0.opened_on
    }
    /// The last day a self-inspection report is on time (a working day).
    async fn submission_deadline(&self) -> NaiveDate {
        self.0.submission_deadline
    }
    /// Whether the cities and counties that hold an enterprise review it (else the province).
    async fn delegated(&self) -> bool {
        self.0.delegated
    }
    /// Who opened it (by subject).
    async fn opened_by(&self) -> &str {
        &self.0.opened_by
    }
}

pub struct AnnualReview(pub ReviewRecord);

/// One license's annual review (年度审查 annual review) in a review year: the enterprise's
/// self-inspection report (自查报告 self-inspection report) and license copy (副本 license copy),
/// and the reviewer's conclusion.
#[Object]
impl AnnualReview {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        global_id(NodeType::AnnualReview, self.0.id)
    }
    /// The year under review.
    async fn year(&self) -> i32 {
        self.0.year
    }
    /// The review year; null when outside the caller's reach.
    async fn review_year(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<ReviewYear>> {
        Ok(load(ctx, |l| &l.review_year, self.0.year_id).await?.map(ReviewYear))
    }
    /// The license reviewed.
    async fn license(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<License>> {
        Ok(load(ctx, |l| &l.license, self.0.license_id).await?.map(License))
    }
    /// The enterprise holding it (its testing tasks, rectifications and archive are the year's
    /// record the reviewer reads beside the report).
    async fn enterprise(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Enterprise>> {
        Ok(load(ctx, |l| &l.enterprise, self.0.enterprise_id).await?.map(Enterprise))
    }
    /// The license's industry code.
    async fn industry(&self) -> &str {
        &self.0.industry
    }

    /// The year's record the reviewer reads beside the report (§二(二): 结合企业参加监督检查的
    /// 情况): the license's testing tasks (抽样/检验任务) sampled in the year under review, with
    /// their verdicts — `License.testingTasks` with the year's days fixed.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    async fn testing_tasks_of_the_year(
        &self,
        ctx: &Context<'_>,
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
    ) -> async_graphql::Result<
        Connection<String, crate::testing::supervision::TestingTask, crate::testing::task_list::TaskTotal>,
    > {
        let (from, to) = year_days(self.0.year)?;
        let filter = oversight_app::TaskFilter {
            license_id: Some(self.0.license_id),
            sampled_from: Some(from),
            sampled_to: Some(to),
            ..oversight_app::TaskFilter::default()
        };
        crate::testing::supervision::task_page(ctx, filter, None, first, after, last, before).await
    }

    /// The enterprise's quality archive (企业质量档案) of the year under review, newest first:
    /// verdicts, rectifications, suspensions, earlier reviews … — `Enterprise.archive` with the
    /// year's days fixed.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    async fn archive_of_the_year(
        &self,
        ctx: &Context<'_>,
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
        #[graphql(desc = "Only events of these kinds (all when absent or empty).")] kinds: Option<
            Vec<crate::enums::ArchiveEventKindGql>,
        >,
    ) -> async_graphql::Result<Connection<String, crate::archive::ArchiveEvent, crate::archive::ArchiveTotal>>
    {
        let (from, to) = year_days(self.0.year)?;
        let paging = (first, after, last, before);
        crate::registry::enterprise::archive_page(
            ctx,
            self.0.enterprise_id,
            paging,
            kinds,
            (Some(from), Some(to)),
        )
        .await
    }
    /// Where the review stands.
    async fn status(&self) -> AnnualReviewStatusGql {
        self.0.status.into()
    }
    /// The day the license joined the year.
    async fn joined_on(&self) -> NaiveDate {
        self.0.joined_on
    }
    /// The last day the report is on time.
    async fn submission_deadline(&self) -> NaiveDate {
        self.0.submission_deadline
    }
    /// The day the first version was submitted; null while none was.
    async fn first_submitted_on(&self) -> Option<NaiveDate> {
        self.0.first_submitted_on
    }
    /// Whether it is overdue today: nothing submitted and the deadline passed.
    async fn overdue(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        let (app, _) = caller(ctx)?;
        Ok(self.0.overdue_on(app.today()))
    }
    /// The day being overdue was recorded (`recordAnnualReviewOverdue`); null when not recorded.
    async fn overdue_since(&self) -> Option<NaiveDate> {
        self.0.overdue_since
    }

    /// How many reminders (催报 reminder) the enterprise was sent (`remindAnnualReviews`).
    async fn reminders(&self) -> i32 {
        self.0.reminders
    }

    /// The day of the last reminder; null when none was sent.
    async fn last_reminded_on(&self) -> Option<NaiveDate> {
        self.0.last_reminded_on
    }

    /// When the review last entered the reviewer's queue (its newest submission), or its
    /// enrolment before any: the key of the `QUEUED_AT` order ("waiting since").
    async fn queued_at(&self) -> DateTime<Utc> {
        self.0.queued_at
    }
    /// The day the enterprise handed in its license copy (副本 license copy); null until then.
    async fn copy_handed_in_on(&self) -> Option<NaiveDate> {
        self.0.copy.as_ref().map(|c| c.handed_in_on)
    }
    /// How the copy was handed in (in person, by post with its tracking number …).
    async fn copy_handed_in_how(&self) -> Option<&str> {
        self.0.copy.as_ref().map(|c| c.how.as_str())
    }
    /// The day the office received the copy; null until then.
    async fn copy_received_on(&self) -> Option<NaiveDate> {
        self.0.copy.as_ref().and_then(|c| c.received_on)
    }
    /// Why an on-site inspection was required; null when none was.
    async fn on_site_reason(&self) -> Option<&str> {
        self.0.on_site_reason.as_deref()
    }
    /// The reviewer's note on passing or failing (or why the license left); null while open.
    async fn conclusion_note(&self) -> Option<&str> {
        self.0.conclusion.as_ref().map(|c| c.note.as_str())
    }
    /// Who concluded it (by subject); null while open.
    async fn concluded_by(&self) -> Option<&str> {
        self.0.conclusion.as_ref().map(|c| c.by.as_str())
    }
    /// The day it was concluded; null while open.
    async fn concluded_on(&self) -> Option<NaiveDate> {
        self.0.conclusion.as_ref().map(|c| c.on)
    }
    /// A failed review: the rectification deadline (限期改正 rectify by a deadline).
    async fn rectify_by(&self) -> Option<NaiveDate> {
        self.0.conclusion.as_ref().and_then(|c| c.rectify_by)
    }
    /// Every version of the self-inspection report, newest first (a returned report keeps its
    /// versions).
    async fn reports(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<SelfInspectionReport>> {
        let versions = load(ctx, |l| &l.reports_of, self.0.id).await?.unwrap_or_default();
        Ok(versions.into_iter().map(SelfInspectionReport).collect())
    }
    /// The on-site inspections of the review, oldest first.
    async fn on_site_inspections(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<OnSiteInspection>> {
        let inspections = load(ctx, |l| &l.inspections_of, self.0.id).await?.unwrap_or_default();
        Ok(inspections.into_iter().map(OnSiteInspection).collect())
    }
}

pub struct SelfInspectionReport(pub ReportRecord);

/// One version of a self-inspection report (自查报告 self-inspection report): the answers to the
/// five base items of §二(三) and the industry's self-inspection items, conditions changed and
/// re-review applied for, the year's quality incidents and complaints.
#[Object]
impl SelfInspectionReport {
    /// 1 for the first report; one more for each correction after a return.
    async fn version(&self) -> i32 {
        self.0.version
    }
    /// Where the version stands.
    async fn status(&self) -> SelfInspectionReportStatusGql {
        self.0.status.into()
    }
    /// The answered items, base items and the industry's.
    async fn items(&self) -> Vec<AnsweredItem> {
        self.0
            .content
            .items
            .iter()
            .map(|i| AnsweredItem { code: i.code.clone(), answer: i.answer.into(), note: i.note.clone() })
            .collect()
    }
    /// Whether production conditions, inspection means, technology or process changed.
    async fn conditions_changed(&self) -> Option<bool> {
        self.0.content.conditions_changed
    }
    /// When they changed: whether re-review (重新审查 re-review) was applied for.
    async fn re_review_applied(&self) -> Option<bool> {
        self.0.content.re_review_applied
    }
    /// The year's quality incidents (质量事故), or that there were none.
    async fn quality_incidents(&self) -> Option<&str> {
        self.0.content.quality_incidents.as_deref()
    }
    /// The year's complaints (投诉) and their handling, or that there were none.
    async fn complaints(&self) -> Option<&str> {
        self.0.content.complaints.as_deref()
    }
    /// The enterprise's summary.
    async fn summary(&self) -> Option<&str> {
        self.0.content.summary.as_deref()
    }
    /// The documents of the enterprise's file the report refers to (sealed once submitted).
    async fn attachments(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<crate::attachment::Attachment>> {
        // Loaded together: one batch (one statement) for all of them.
        let loads = self
            .0
            .attachment_ids
            .iter()
            .map(|&id| load(ctx, |l| &l.attachment, oversight_domain::AttachmentId::new(id)));
        let found = futures_util::future::try_join_all(loads).await?;
        Ok(found.into_iter().flatten().map(crate::attachment::Attachment).collect())
    }
    /// When it was submitted; null for a draft.
    async fn submitted_at(&self) -> Option<DateTime<Utc>> {
        self.0.submitted_at
    }
    /// The reviewer's reason when the version was returned.
    async fn return_reason(&self) -> Option<&str> {
        self.0.return_reason.as_deref()
    }
    /// When the version last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// One answered checklist item of a self-inspection report.
#[derive(SimpleObject)]
pub struct AnsweredItem {
    /// A base item's code (`EXIT_INSPECTION`) or the industry's item code.
    pub code: String,
    /// The answer.
    pub answer: ItemAnswerGql,
    /// How it does not conform, or why it does not apply.
    pub note: Option<String>,
}

pub struct OnSiteInspection(pub InspectionRecord);

/// An on-site inspection (实地检查 on-site inspection) of an annual review by two or more
/// officers of the directory.
#[Object]
impl OnSiteInspection {
    /// The day of the inspection.
    async fn inspected_on(&self) -> NaiveDate {
        self.0.inspection.inspected_on
    }
    /// The inspecting officers' global IDs.
    async fn inspector_ids(&self) -> Vec<ID> {
        self.0.inspection.inspectors.iter().map(|id| global_id(NodeType::Officer, id)).collect()
    }
    /// What they found.
    async fn findings(&self) -> &str {
        &self.0.inspection.findings
    }
    /// The outcome, which concluded the review.
    async fn outcome(&self) -> OnSiteOutcomeGql {
        self.0.inspection.outcome.into()
    }
    /// Who recorded it (by subject).
    async fn recorded_by(&self) -> &str {
        &self.0.recorded_by
    }
}

/// Reviews of one region, industry and status in a review year.
#[derive(SimpleObject)]
pub struct AnnualReviewProgress {
    /// The enterprise's region code cut at the level asked (`32` a province, `3201` a city …).
    pub region_prefix: String,
    /// The industry code.
    pub industry: String,
    /// The status counted.
    pub status: AnnualReviewStatusGql,
    /// How many reviews.
    pub count: u64,
    /// Of them, how many are overdue today (no report after the deadline).
    pub overdue: u64,
}

impl From<ProgressCount> for AnnualReviewProgress {
    fn from(row: ProgressCount) -> Self {
        AnnualReviewProgress {
            region_prefix: row.region_prefix,
            industry: row.industry,
            status: row.status.into(),
            count: row.count,
            overdue: row.overdue,
        }
    }
}

/// The first and last day of `year`.
fn year_days(year: i32) -> async_graphql::Result<(NaiveDate, NaiveDate)> {
    let day = |month, day| NaiveDate::from_ymd_opt(year, month, day);
    day(1, 1).zip(day(12, 31)).ok_or_else(|| async_graphql::Error::new(format!("no calendar year {year}")))
}
