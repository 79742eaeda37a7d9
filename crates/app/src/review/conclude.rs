//! The reviewer's acts: return a report for correction, require an on-site inspection (实地检查),
//! record it, pass (the annual stamp on the license copy) or fail (a rectification deadline,
//! 限期改正); and the bulk runs that remind before the deadline and record overdue after it.

use oversight_domain::archive::ArchiveFact;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::registry::change_request::parse_reason;
use oversight_domain::registry::license_copy::LicenseCopyEntry;
use oversight_domain::registry::officer::OfficerStatus;
use oversight_domain::review::ReviewFact;
use oversight_domain::review::annual::{
    AnnualReview, Conclusion, OnSiteInspection, OnSiteOutcome, ReviewNotice, ReviewYear,
};
use oversight_domain::review::report::ReportStatus;
use oversight_domain::testing::rectification::rectification_deadline;
use oversight_domain::{ReviewId, ReviewYearId};
use oversight_storage::registry::{authority, license, officer};
use oversight_storage::review::{annual, report, year};
use serde_json::json;

use super::InspectionRecord;
use crate::events::Event;
use crate::work::Work;
use crate::{Action, App, AppError, Code, Principal, Resource, allow};

impl App {
    /// The reviewer returns the submitted report for correction, with the reason; the enterprise
    /// corrects it as a new version and resubmits.
    pub async fn return_self_inspection_report(
        &self,
        principal: &Principal,
        review_id: ReviewId,
        reason: &str,
    ) -> Result<AnnualReview, AppError> {
        let reason = parse_reason(reason)?;
        let work = self.begin(principal, Operation::ReturnSelfInspectionReport).await?;
        let review = self
            .review_for(work.tx(), principal, review_id, Action::ReturnSelfInspectionReport)
            .await?
            .review;
        let next = review.return_report(work.now)?;
        let submitted = report::newest(work.tx(), review_id)
            .await?
            .filter(|r| r.status == ReportStatus::Submitted)
            .ok_or_else(|| AppError::concurrent("the submitted report is missing"))?;
        let returned = oversight_domain::review::report::SelfInspectionReport {
            status: ReportStatus::Returned,
            return_reason: Some(reason.clone()),
            updated_at: work.now,
            ..submitted.clone()
        };
        if !report::save(work.tx(), ReportStatus::Submitted, &returned, None).await? {
            return Err(AppError::concurrent("the report changed meanwhile"));
        }
        let fact = ReviewFact::ReportReturned {
            review_id,
            year: review.year,
            version: returned.version,
            reason: &reason,
        };
        self.save_review(work, &review, &next, fact).await?;
        Ok(next)
    }

    /// Problems found or suspected in the report: the reviewer requires an on-site inspection.
    pub async fn require_on_site_inspection(
        &self,
        principal: &Principal,
        review_id: ReviewId,
        reason: &str,
    ) -> Result<AnnualReview, AppError> {
        let reason = parse_reason(reason)?;
        let work = self.begin(principal, Operation::RequireOnSiteInspection).await?;
        let review =
            self.review_for(work.tx(), principal, review_id, Action::RequireOnSiteInspection).await?.review;
        let next = review.require_on_site(&reason, work.now)?;
        let fact = ReviewFact::OnSiteRequired { review_id, year: review.year, reason: &reason };
        self.save_review(work, &review, &next, fact).await?;
        Ok(next)
    }

    /// The on-site inspection is recorded by officers of the directory, and its outcome concludes
    /// the review: conforming passes it (the copy must be received), nonconforming fails it with a
    /// rectification of `days` (30 when none).
    pub async fn record_on_site_inspection(
        &self,
        principal: &Principal,
        review_id: ReviewId,
        inspection: OnSiteInspection,
        rectification_days: Option<i64>,
    ) -> Result<(AnnualReview, InspectionRecord), AppError> {
        let mut work = self.begin(principal, Operation::RecordOnSiteInspection).await?;
        let loaded = self.review_for(work.tx(), principal, review_id, Action::RecordOnSiteInspection).await?;
        let review = loaded.review;
        if review.status != oversight_domain::review::annual::ReviewStatus::OnSite {
            return Err(AppError::refused(
                Code::IllegalReviewTransition,
                "reviewId",
                format!(
                    "the review is {}: an on-site inspection is recorded once one is required",
                    review.status
                ),
            ));
        }
        let inspection = inspection.check(work.today)?;
        check_inspectors(&work, &loaded.year, &inspection).await?;
        let record = oversight_storage::review::report::insert_inspection(
            work.tx(),
            review_id,
            review.enterprise_id,
            review.license_id,
            &inspection,
            &principal.subject,
            work.now,
        )
        .await?;
        let fact = ReviewFact::OnSiteRecorded {
            review_id,
            inspection_id: record.id,
            outcome: inspection.outcome,
            findings: &inspection.findings,
        };
        work.archive(review.enterprise_id, Some(review.license_id), ArchiveFact::AnnualReview(fact));
        let passed = inspection.outcome == OnSiteOutcome::Conforming;
        let next = self
            .conclude_in(work, &loaded.year, &review, passed, &inspection.findings, rectification_days)
            .await?;
        Ok((next, record))
    }

    /// The reviewer concludes a submitted (or inspected) review: passed puts the annual stamp on
    /// the license copy; failed orders a rectification of `days` (30 when none).
    pub async fn conclude_annual_review(
        &self,
        principal: &Principal,
        review_id: ReviewId,
        passed: bool,
        note: &str,
        rectification_days: Option<i64>,
    ) -> Result<AnnualReview, AppError> {
        let note = parse_reason(note)?;
        let work = self.begin(principal, Operation::ConcludeAnnualReview).await?;
        let loaded = self.review_for(work.tx(), principal, review_id, Action::ConcludeAnnualReview).await?;
        self.conclude_in(work, &loaded.year, &loaded.review, passed, &note, rectification_days).await
    }

    async fn conclude_in(
        &self,
        mut work: Work<'_>,
        year: &ReviewYear,
        review: &AnnualReview,
        passed: bool,
        note: &str,
        rectification_days: Option<i64>,
    ) -> Result<AnnualReview, AppError> {
        let (today, now) = (work.today, work.now);
        let by = work.principal().subject.clone();
        let conclusion = Conclusion { note: note.to_owned(), by, on: today, rectify_by: None };
        let (review_id, year_no) = (review.id, review.year);
        if passed {
            let next = review.pass(conclusion, now)?;
            let province = authority::by_ids(work.tx(), &[year.authority_id]).await?.pop();
            let name = province.map(|a| a.name).unwrap_or_else(|| year.province.to_string());
            let stamp = LicenseCopyEntry::annual_review_stamp(year_no, &name, today);
            license::append_copy_entries(work.tx(), &[(review.license_id, stamp)], now).await?;
            self.save_review(work, review, &next, ReviewFact::Passed { review_id, year: year_no, note })
                .await?;
            return Ok(next);
        }
        // The period of the review year's province in force today (docs/adr/0032).
        let deadlines = work.settings_for(&year.province).await?.deadlines;
        let rectify_by =
            rectification_deadline(&work.working_calendar().await?, &deadlines, today, rectification_days)?;
        let next = review.fail(Conclusion { rectify_by: Some(rectify_by), ..conclusion }, now)?;
        let fact = ReviewFact::Failed { review_id, year: year_no, note, rectify_by };
        // The follow-up visit (回访) owed after the rectification deadline carries one item: the
        // review's findings, as the conclusion note states them (docs/adr/0022).
        let carried = [oversight_domain::patrol::follow_up::ANNUAL_REVIEW_ITEM.to_owned()];
        let owed = oversight_storage::patrol::follow_up::NewFollowUp {
            enterprise_id: review.enterprise_id,
            license_id: review.license_id,
            origin: oversight_domain::patrol::FollowUpOrigin::AnnualReview,
            origin_id: review_id.get(),
            case_id: None,
            deadline: rectify_by,
            carried: &carried,
        };
        crate::patrol::open_follow_up(&mut work, &owed).await?;
        self.save_review(work, review, &next, fact).await?;
        Ok(next)
    }

    /// Records overdue, today, every review of the year inside the caller's reach still without a
    /// first report after the deadline: the flag and an archive event each, in two statements,
    /// and one audit record naming the year. A second run finds none and writes nothing.
    pub async fn record_annual_review_overdue(
        &self,
        principal: &Principal,
        year_id: ReviewYearId,
    ) -> Result<u64, AppError> {
        allow(principal, Action::RecordAnnualReviewOverdue, &Resource::None, "review year")?;
        let mut work = self.begin(principal, Operation::RecordAnnualReviewOverdue).await?;
        let year = province_year(&work, year_id).await?;
        let (today, now) = (work.today, work.now);
        let event = ArchiveFact::AnnualReview(ReviewFact::Overdue {
            year: year.year,
            deadline: year.submission_deadline,
        })
        .event();
        let marked = annual::mark_overdue(work.tx(), year.id, today, &event, now).await?;
        if marked == 0 {
            return Ok(0);
        }
        work.touch([ObjectRef::of(year.id)]);
        work.commit(None, Some(json!({ "yearId": year.id, "asOf": today, "recordedOverdue": marked })))
            .await?;
        Ok(marked)
    }
}

impl App {
    /// Reminds (催报), today, every enterprise of the year inside the caller's reach whose report
    /// is still awaited (none submitted, or the submitted one returned), up to the deadline day:
    /// the count and day on each review in one statement, a notice to each enterprise's
    /// subscribers, one audit record naming the year. Run daily (by hand or from a scheduler), it
    /// reminds nobody twice a day; after the deadline it is refused — the missing reports are
    /// overdue then (`record_annual_review_overdue`).
    pub async fn remind_annual_reviews(
        &self,
        principal: &Principal,
        year_id: ReviewYearId,
    ) -> Result<u64, AppError> {
        allow(principal, Action::RemindAnnualReviews, &Resource::None, "review year")?;
        let mut work = self.begin(principal, Operation::RemindAnnualReviews).await?;
        let year = province_year(&work, year_id).await?;
        let today = work.today;
        year.check_reminder(today)?;
        let reminded = annual::remind(work.tx(), year.id, today).await?;
        if reminded.is_empty() {
            return Ok(0);
        }
        let count = reminded.len() as u64;
        work.announce(reminded.into_iter().map(|(review_id, enterprise_id)| Event::AnnualReviewNotice {
            review_id,
            enterprise_id,
            notice: ReviewNotice::Reminder,
            year: year.year,
            submission_deadline: year.submission_deadline,
        }));
        work.touch([ObjectRef::of(year.id)]);
        work.commit(None, Some(json!({ "yearId": year.id, "asOf": today, "reminded": count }))).await?;
        Ok(count)
    }
}

/// The review year, when the caller's jurisdiction holds its province (a province-wide run).
async fn province_year(work: &Work<'_>, year_id: ReviewYearId) -> Result<ReviewYear, AppError> {
    let year =
        year::by_ids(work.tx(), &[year_id]).await?.pop().ok_or(AppError::NotFound { what: "review year" })?;
    if let Some(region) = work.principal().jurisdiction()
        && !region.contains(&year.province)
    {
        return Err(AppError::NotFound { what: "review year" });
    }
    Ok(year)
}

/// Every inspector is an active officer seated in the year's province.
async fn check_inspectors(
    work: &Work<'_>,
    year: &ReviewYear,
    inspection: &OnSiteInspection,
) -> Result<(), AppError> {
    let found = officer::by_ids(work.tx(), Some(year.province.range()), &inspection.inspectors).await?;
    let missing: Vec<String> = inspection
        .inspectors
        .iter()
        .filter(|id| !found.iter().any(|o| o.id == **id && o.status == OfficerStatus::Active))
        .map(ToString::to_string)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    Err(AppError::refused(
        Code::InspectorNotFound,
        "inspectorIds",
        format!("officers {} are not active officers of the province's directory", missing.join(", ")),
    ))
}
