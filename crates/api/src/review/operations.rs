//! The annual review's queries and mutations: review years, the reviews list (the reviewer's
//! queue, the overdue list, the enterprise's own), the progress figures, and one mutation per
//! step of §二(二).

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::NaiveDate;
use oversight_app::Code;
use oversight_app::{ReviewCursor, ReviewFilter, ReviewOrder};
use oversight_domain::industry::IndustryCatalogue;
use oversight_domain::review::annual::{DeadlineAsked, OnSiteInspection as Inspection, ReviewStatus};
use oversight_domain::review::report::RawReport;
use oversight_domain::{AttachmentId, OfficerId, ReviewId, ReviewYearId};

use super::types::{
    AnnualReview, AnnualReviewProgress, AnnualReviewStatusGql, ItemAnswerGql, OnSiteInspection,
    OnSiteOutcomeGql, ReviewYear, SelfInspectionReport,
};
use crate::enums::{AnnualReviewOrderFieldGql, OrderDirection};
use crate::error::{ApiError, ResultExt, caller};
use crate::ids::{
    NodeType, id_cursor, parse_id_cursor, parse_numeric_id, parse_review_cursor, review_cursor,
};
use crate::page::{Connection, connection, page_request};
use crate::registry::filter::industry_code;
use crate::registry::region::RegionLevelGql;

/// What the reviews list is narrowed to; every field optional.
#[derive(InputObject, Default)]
pub struct AnnualReviewFilter {
    /// Only this review year.
    pub year_id: Option<ID>,
    /// Only these statuses (the reviewer's queue: `[SUBMITTED]`).
    pub statuses: Option<Vec<AnnualReviewStatusGql>>,
    /// Only this industry code.
    pub industry: Option<String>,
    /// Only this enterprise.
    pub enterprise_id: Option<ID>,
    /// Only the reviews overdue today (no report after the deadline).
    pub overdue: Option<bool>,
}

/// How `annualReviews` is sorted.
#[derive(InputObject)]
pub struct AnnualReviewOrderInput {
    /// The field sorted by.
    pub field: AnnualReviewOrderFieldGql,
    /// Ascending (default) or descending.
    #[graphql(default)]
    pub direction: OrderDirection,
}

impl AnnualReviewOrderInput {
    /// The storage order: the field and whether it runs descending (default: enrolment order).
    fn parse(order: Option<AnnualReviewOrderInput>) -> (ReviewOrder, bool) {
        order.map_or((ReviewOrder::Id, false), |o| (o.field.into(), o.direction == OrderDirection::Desc))
    }
}

/// A province opens its review year.
#[derive(InputObject)]
pub struct OpenReviewYearInput {
    /// The year under review: this year or the last; this year when left out.
    pub year: Option<i32>,
    /// The last day a self-inspection report is on time: a working day at least 20 working days
    /// from today. Give this or `submissionWorkingDays`, not both.
    pub submission_deadline: Option<NaiveDate>,
    /// The deadline as a number of working days from today (at least 20): the N-th working day
    /// on the working-day calendar, as a notice says "within N working days".
    pub submission_working_days: Option<u32>,
    /// True: the cities and counties that hold an enterprise review it; false: the province does.
    #[graphql(default)]
    pub delegated: bool,
}

/// One answered checklist item.
#[derive(InputObject)]
pub struct AnsweredItemInput {
    /// A base item's code (`LICENSE_MARKING`, `CONDITIONS_CHANGES`, `RAW_MATERIAL_INSPECTION`,
    /// `EXIT_INSPECTION`, `PACKAGING_LABELING`) or one of the industry's self-inspection items.
    pub code: String,
    /// The answer.
    pub answer: ItemAnswerGql,
    /// Required for NONCONFORMING and NOT_APPLICABLE: how, or why (up to 5000 characters).
    pub note: Option<String>,
}

/// The enterprise's self-inspection report (自查报告 self-inspection report), saved as a draft;
/// a draft may be partial.
#[derive(InputObject)]
pub struct SaveSelfInspectionReportInput {
    /// The enterprise's review.
    pub review_id: ID,
    /// The answered items.
    #[graphql(default)]
    pub items: Vec<AnsweredItemInput>,
    /// Whether production conditions, inspection means, technology or process changed this year.
    pub conditions_changed: Option<bool>,
    /// When they changed: whether re-review (重新审查 re-review) was applied for.
    pub re_review_applied: Option<bool>,
    /// The year's quality incidents, or that there were none.
    pub quality_incidents: Option<String>,
    /// The year's complaints and their handling, or that there were none.
    pub complaints: Option<String>,
    /// The enterprise's summary.
    pub summary: Option<String>,
    /// Documents of the enterprise's file (`uploadAttachment`) the report refers to; they are
    /// sealed as evidence when the report is submitted.
    #[graphql(default)]
    pub attachment_ids: Vec<ID>,
}

/// The enterprise submits its draft.
#[derive(InputObject)]
pub struct SubmitSelfInspectionReportInput {
    /// The enterprise's review.
    pub review_id: ID,
    /// Makes a retry safe: a second request with the same key submits nothing and answers the
    /// first one's result.
    pub idempotency_key: Option<String>,
}

/// The enterprise hands in its license copy (副本 license copy).
#[derive(InputObject)]
pub struct HandInLicenseCopyInput {
    /// The enterprise's review.
    pub review_id: ID,
    /// The day it was handed in (not in the future); today when left out.
    pub handed_in_on: Option<NaiveDate>,
    /// How: in person, by post with the tracking number … (1–200 characters).
    pub how: String,
}

/// The office records the license copy received.
#[derive(InputObject)]
pub struct ReceiveLicenseCopyInput {
    /// The review.
    pub review_id: ID,
    /// The day received; today when absent.
    pub received_on: Option<NaiveDate>,
}

/// A reviewer's step with a reason: return for correction, or require an on-site inspection.
#[derive(InputObject)]
pub struct ReviewStepInput {
    /// The submitted review.
    pub review_id: ID,
    /// Why, 1–1000 characters.
    pub reason: String,
}

/// The on-site inspection (实地检查 on-site inspection) of a review, which concludes it.
#[derive(InputObject)]
pub struct RecordOnSiteInspectionInput {
    /// The review awaiting its on-site inspection (ON_SITE).
    pub review_id: ID,
    /// The day of the inspection (not in the future).
    pub inspected_on: NaiveDate,
    /// At least two active officers of the province's directory.
    pub inspector_ids: Vec<ID>,
    /// What they found, 1–1000 characters.
    pub findings: String,
    /// CONFORMING passes the review (the copy must be received); NONCONFORMING fails it.
    pub outcome: OnSiteOutcomeGql,
    /// A failed review: the rectification period in days (15–90; 30 when absent).
    pub rectification_days: Option<i32>,
}

/// The reviewer's conclusion.
#[derive(InputObject)]
pub struct ConcludeAnnualReviewInput {
    /// The review (SUBMITTED or ON_SITE).
    pub review_id: ID,
    /// True: passed — the annual stamp on the license copy (the copy must be received); false:
    /// failed — a rectification by a deadline.
    pub passed: bool,
    /// The reviewer's note, 1–1000 characters.
    pub note: String,
    /// A failed review: the rectification period in days (15–90; 30 when absent).
    pub rectification_days: Option<i32>,
}

/// The year opened.
#[derive(SimpleObject)]
pub struct OpenReviewYearPayload {
    /// The review year.
    pub review_year: ReviewYear,
    /// How many licenses in force joined it.
    pub enrolled: u64,
}

/// The review after a step.
#[derive(SimpleObject)]
pub struct AnnualReviewPayload {
    /// The review as stored.
    pub review: AnnualReview,
}

/// The report version saved.
#[derive(SimpleObject)]
pub struct SelfInspectionReportPayload {
    /// The report version as stored.
    pub report: SelfInspectionReport,
}

/// The review and its submitted report.
#[derive(SimpleObject)]
pub struct SubmitSelfInspectionReportPayload {
    /// The review, SUBMITTED.
    pub review: AnnualReview,
    /// The version submitted.
    pub report: SelfInspectionReport,
}

/// The on-site inspection recorded and the review it concluded.
#[derive(SimpleObject)]
pub struct RecordOnSiteInspectionPayload {
    /// The review, PASSED or FAILED.
    pub review: AnnualReview,
    /// The inspection.
    pub inspection: OnSiteInspection,
}

/// What recording overdue reviews did.
#[derive(SimpleObject)]
pub struct RecordAnnualReviewOverduePayload {
    /// How many reviews were recorded overdue by this run (0 on a second run).
    pub recorded_overdue: u64,
}

/// What a reminder run did.
#[derive(SimpleObject)]
pub struct RemindAnnualReviewsPayload {
    /// How many enterprises were reminded by this run (0 on a second run the same day).
    pub reminded: u64,
}

fn review_id(id: &ID) -> async_graphql::Result<ReviewId> {
    Ok(parse_numeric_id(id, NodeType::AnnualReview, "input.reviewId")?)
}

#[derive(Default)]
pub struct ReviewQuery;

#[Object]
impl ReviewQuery {
    /// The review years (年度审查 annual review) the caller may see — its province's, every
    /// province's for the nation — newest first. Keyset-paged.
    async fn review_years(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, ReviewYear, ReviewYearTotal>> {
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let (app, principal) = caller(ctx)?;
        let page = app.review_years(principal, &request).await.gql()?;
        Ok(connection(page, ReviewYearTotal, |y| id_cursor(y.id), ReviewYear))
    }

    /// The annual reviews inside the caller's reach — the reviewer's queue (`statuses:
    /// [SUBMITTED]`), the overdue list (`overdue: true`), an enterprise's own — in the order the
    /// licenses joined. Keyset-paged.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    // A GraphQL field's arguments are its parameters: filter, order and the four paging ones.
    #[allow(clippy::too_many_arguments)]
    async fn annual_reviews(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to narrow the list to.", default)] filter: AnnualReviewFilter,
        #[graphql(desc = "The order (enrolment order when absent; the reviewer's queue: `QUEUED_AT`).")]
        order_by: Option<AnnualReviewOrderInput>,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, AnnualReview, AnnualReviewTotal>> {
        let order = AnnualReviewOrderInput::parse(order_by);
        let request = page_request(first, after, last, before, parse_review_cursor(order.0))?;
        let (app, principal) = caller(ctx)?;
        let filter = review_filter(filter, app.industry_catalogue(), app.today())?;
        let page = app.annual_reviews(principal, &filter, order, &request).await.gql()?;
        let cursor =
            |r: &oversight_domain::review::annual::AnnualReview| review_cursor(&ReviewCursor::of(r, order.0));
        Ok(connection(page, AnnualReviewTotal { filter }, cursor, AnnualReview))
    }

    /// A review year's progress inside the caller's reach: reviews by region (at the level
    /// asked), industry and status, with the overdue among them — one grouped statement.
    async fn annual_review_progress(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The review year.")] year_id: ID,
        #[graphql(desc = "The region level to group by.", default_with = "RegionLevelGql::City")]
        region_level: RegionLevelGql,
    ) -> async_graphql::Result<Vec<AnnualReviewProgress>> {
        let year_id: ReviewYearId = parse_numeric_id(&year_id, NodeType::ReviewYear, "yearId")?;
        let (app, principal) = caller(ctx)?;
        let rows = app.annual_review_progress(principal, year_id, region_level.into()).await.gql()?;
        Ok(rows.into_iter().map(Into::into).collect())
    }
}

/// The storage filter of `annualReviews` (and of its export); `overdue` is judged on `today`.
pub(crate) fn review_filter(
    filter: AnnualReviewFilter,
    catalogue: &IndustryCatalogue,
    today: NaiveDate,
) -> Result<ReviewFilter, ApiError> {
    let year_id =
        filter.year_id.map(|id| parse_numeric_id(&id, NodeType::ReviewYear, "filter.yearId")).transpose()?;
    let enterprise_id = filter
        .enterprise_id
        .map(|id| parse_numeric_id(&id, NodeType::Enterprise, "filter.enterpriseId"))
        .transpose()?;
    let statuses: Vec<ReviewStatus> =
        filter.statuses.unwrap_or_default().into_iter().map(Into::into).collect();
    Ok(ReviewFilter {
        year_id,
        statuses,
        industry: industry_code(catalogue, filter.industry, "industry")?,
        enterprise_id,
        overdue_on: filter.overdue.filter(|&o| o).map(|_| today),
    })
}

/// The number of review years a `reviewYears` query matches.
pub struct ReviewYearTotal;

#[Object]
impl ReviewYearTotal {
    /// How many review years the caller may see (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_review_years(principal).await.gql()
    }
}

/// The number of reviews an `annualReviews` query matches.
pub struct AnnualReviewTotal {
    filter: ReviewFilter,
}

#[Object]
impl AnnualReviewTotal {
    /// How many reviews match (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_annual_reviews(principal, &self.filter).await.gql()
    }
}

#[derive(Default)]
pub struct ReviewMutation;

#[Object]
impl ReviewMutation {
    /// A provincial officer opens the province's review year (年度审查 annual review, §二(二)):
    /// every license in force in the province today gets a review. REVIEW_YEAR_EXISTS,
    /// INVALID_REVIEW_YEAR, INVALID_SUBMISSION_DEADLINE.
    async fn open_review_year(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The year and its deadline.")] input: OpenReviewYearInput,
    ) -> async_graphql::Result<OpenReviewYearPayload> {
        let (app, principal) = caller(ctx)?;
        let deadline = match (input.submission_deadline, input.submission_working_days) {
            (Some(day), None) => DeadlineAsked::On(day),
            (None, Some(days)) => DeadlineAsked::WorkingDaysFromToday(days),
            _ => {
                let message =
                    "name the submission deadline once: submissionDeadline or submissionWorkingDays";
                return Err(ApiError::new(Code::InvalidSubmissionDeadline, message)
                    .with_field("input.submissionDeadline")
                    .into());
            }
        };
        let opened = app
            .open_review_year(principal, input.year, deadline, input.delegated)
            .await
            .gql_input("input")?;
        Ok(OpenReviewYearPayload { review_year: ReviewYear(opened.year), enrolled: opened.enrolled })
    }

    /// The enterprise saves its self-inspection report (自查报告 self-inspection report) as a
    /// draft (a new version after a return). UNKNOWN_CHECKLIST_ITEM for a code that is neither a
    /// base item nor the industry's.
    async fn save_self_inspection_report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report.")] input: SaveSelfInspectionReportInput,
    ) -> async_graphql::Result<SelfInspectionReportPayload> {
        let id = review_id(&input.review_id)?;
        let raw = RawReport {
            items: input.items.into_iter().map(|i| (i.code, i.answer.into(), i.note)).collect(),
            conditions_changed: input.conditions_changed,
            re_review_applied: input.re_review_applied,
            quality_incidents: input.quality_incidents,
            complaints: input.complaints,
            summary: input.summary,
        };
        let attachments = input
            .attachment_ids
            .iter()
            .map(|a| {
                parse_numeric_id::<AttachmentId>(a, NodeType::Attachment, "input.attachmentIds")
                    .map(|a| a.get())
            })
            .collect::<Result<Vec<_>, _>>()?;
        let (app, principal) = caller(ctx)?;
        let saved =
            app.save_self_inspection_report(principal, id, raw, attachments).await.gql_input("input")?;
        Ok(SelfInspectionReportPayload { report: SelfInspectionReport(saved) })
    }

    /// The enterprise submits its draft, complete and consistent (REPORT_INCOMPLETE,
    /// REPORT_INCONSISTENT, REPORT_MISSING); read-only afterwards.
    async fn submit_self_inspection_report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The review and the idempotency key.")] input: SubmitSelfInspectionReportInput,
    ) -> async_graphql::Result<SubmitSelfInspectionReportPayload> {
        let id = review_id(&input.review_id)?;
        let (app, principal) = caller(ctx)?;
        let key = input.idempotency_key.as_deref();
        let (review, report) =
            app.submit_self_inspection_report(principal, id, key).await.gql_input("input")?;
        Ok(SubmitSelfInspectionReportPayload {
            review: AnnualReview(review),
            report: SelfInspectionReport(report),
        })
    }

    /// The enterprise records handing in its license copy (副本 license copy).
    async fn hand_in_license_copy(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The day and how.")] input: HandInLicenseCopyInput,
    ) -> async_graphql::Result<AnnualReviewPayload> {
        let id = review_id(&input.review_id)?;
        let (app, principal) = caller(ctx)?;
        let review = app
            .hand_in_license_copy(principal, id, input.handed_in_on, &input.how)
            .await
            .gql_input("input")?;
        Ok(AnnualReviewPayload { review: AnnualReview(review) })
    }

    /// A reviewer records the license copy received.
    async fn receive_license_copy(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The review and the day.")] input: ReceiveLicenseCopyInput,
    ) -> async_graphql::Result<AnnualReviewPayload> {
        let id = review_id(&input.review_id)?;
        let (app, principal) = caller(ctx)?;
        let review = app.receive_license_copy(principal, id, input.received_on).await.gql_input("input")?;
        Ok(AnnualReviewPayload { review: AnnualReview(review) })
    }

    /// A reviewer returns the submitted report for correction; the enterprise resubmits a new
    /// version.
    async fn return_self_inspection_report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The review and the reason.")] input: ReviewStepInput,
    ) -> async_graphql::Result<AnnualReviewPayload> {
        let id = review_id(&input.review_id)?;
        let (app, principal) = caller(ctx)?;
        let review =
            app.return_self_inspection_report(principal, id, &input.reason).await.gql_input("input")?;
        Ok(AnnualReviewPayload { review: AnnualReview(review) })
    }

    /// Problems found or suspected: a reviewer requires an on-site inspection (实地检查
    /// on-site inspection).
    async fn require_on_site_inspection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The review and the reason.")] input: ReviewStepInput,
    ) -> async_graphql::Result<AnnualReviewPayload> {
        let id = review_id(&input.review_id)?;
        let (app, principal) = caller(ctx)?;
        let review = app.require_on_site_inspection(principal, id, &input.reason).await.gql_input("input")?;
        Ok(AnnualReviewPayload { review: AnnualReview(review) })
    }

    /// A reviewer records the on-site inspection; its outcome passes or fails the review.
    /// TOO_FEW_INSPECTORS, INSPECTOR_NOT_FOUND.
    async fn record_on_site_inspection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The inspection.")] input: RecordOnSiteInspectionInput,
    ) -> async_graphql::Result<RecordOnSiteInspectionPayload> {
        let id = review_id(&input.review_id)?;
        let inspectors = input
            .inspector_ids
            .iter()
            .map(|i| parse_numeric_id::<OfficerId>(i, NodeType::Officer, "input.inspectorIds"))
            .collect::<Result<Vec<_>, _>>()?;
        let inspection = Inspection {
            inspected_on: input.inspected_on,
            inspectors,
            findings: input.findings,
            outcome: input.outcome.into(),
        };
        let (app, principal) = caller(ctx)?;
        let days = input.rectification_days.map(i64::from);
        let (review, record) =
            app.record_on_site_inspection(principal, id, inspection, days).await.gql_input("input")?;
        Ok(RecordOnSiteInspectionPayload {
            review: AnnualReview(review),
            inspection: OnSiteInspection(record),
        })
    }

    /// A reviewer passes (the annual stamp 年度检查合格 on the license copy; COPY_NOT_RECEIVED
    /// until the office holds it) or fails (a rectification by a deadline) the review.
    async fn conclude_annual_review(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The conclusion.")] input: ConcludeAnnualReviewInput,
    ) -> async_graphql::Result<AnnualReviewPayload> {
        let id = review_id(&input.review_id)?;
        let (app, principal) = caller(ctx)?;
        let days = input.rectification_days.map(i64::from);
        let review = app
            .conclude_annual_review(principal, id, input.passed, &input.note, days)
            .await
            .gql_input("input")?;
        Ok(AnnualReviewPayload { review: AnnualReview(review) })
    }

    /// Records overdue, today, the year's reviews still without a report after the deadline
    /// (each once: a flag and an archive event).
    async fn record_annual_review_overdue(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The review year.")] year_id: ID,
    ) -> async_graphql::Result<RecordAnnualReviewOverduePayload> {
        let year_id: ReviewYearId = parse_numeric_id(&year_id, NodeType::ReviewYear, "yearId")?;
        let (app, principal) = caller(ctx)?;
        let recorded_overdue = app.record_annual_review_overdue(principal, year_id).await.gql()?;
        Ok(RecordAnnualReviewOverduePayload { recorded_overdue })
    }

    /// Reminds (催报 reminder), today, every enterprise of the year whose report is still
    /// awaited (none submitted, or the submitted one returned): each review counts it, each
    /// enterprise hears it on `annualReviewNotices`. Up to the deadline day
    /// (REVIEW_DEADLINE_PASSED after it); a second run the same day reminds nobody twice.
    async fn remind_annual_reviews(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The review year.")] year_id: ID,
    ) -> async_graphql::Result<RemindAnnualReviewsPayload> {
        let year_id: ReviewYearId = parse_numeric_id(&year_id, NodeType::ReviewYear, "yearId")?;
        let (app, principal) = caller(ctx)?;
        let reminded = app.remind_annual_reviews(principal, year_id).await.gql()?;
        Ok(RemindAnnualReviewsPayload { reminded })
    }
}
