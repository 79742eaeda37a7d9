//! The province opens the year; the enterprise writes, submits and corrects its self-inspection
//! report and hands in its license copy; the office records the copy's receipt.

use chrono::{Datelike, NaiveDate};
use oversight_domain::access::Organisation;
use oversight_domain::archive::ArchiveFact;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::review::ReviewFact;
use oversight_domain::review::annual::{
    AnnualReview, DeadlineAsked, ReviewNotice, ReviewYear, check_opening,
};
use oversight_domain::review::report::{RawReport, ReportContent, ReportStatus, SelfInspectionReport};
use oversight_domain::{AttachmentId, ReviewId};
use oversight_storage::StorageError;
use oversight_storage::review::{annual, report, year};
use serde_json::json;

use crate::events::Event;
use crate::{Action, App, AppError, Code, Principal, Resource, allow};

/// The subscription event of `notice` about `review`.
pub(crate) fn notice_of(review: &AnnualReview, notice: ReviewNotice) -> Event {
    Event::AnnualReviewNotice {
        review_id: review.id,
        enterprise_id: review.enterprise_id,
        notice,
        year: review.year,
        submission_deadline: review.submission_deadline,
    }
}

/// What opening a year did.
#[derive(Debug, Clone)]
pub struct OpenedYear {
    pub year: ReviewYear,
    /// Licenses in force in the province on the opening day, each now with a review.
    pub enrolled: u64,
}

impl App {
    /// A provincial officer opens the province's review `year` (this year when none) with its
    /// submission deadline: every license in force in the province today gets a review (one
    /// statement), and its archive the opening (one more).
    pub async fn open_review_year(
        &self,
        principal: &Principal,
        year_no: Option<i32>,
        deadline: DeadlineAsked,
        delegated: bool,
    ) -> Result<OpenedYear, AppError> {
        // The place is the caller's own seat; a caller seated nowhere is refused by its role.
        let resource = match principal.organisation {
            Organisation::Authority { region, .. } => Resource::Region(region),
            _ => Resource::None,
        };
        allow(principal, Action::OpenReviewYear, &resource, "authority")?;
        let Organisation::Authority { id: authority_id, region: province, .. } =
            principal.organisation.clone()
        else {
            return Err(AppError::NotFound { what: "authority" });
        };
        let mut work = self.begin(principal, Operation::OpenReviewYear).await?;
        let (today, now) = (work.today, work.now);
        let calendar = work.working_calendar().await?;
        let year_no = year_no.unwrap_or(today.year());
        let deadline = deadline.day(&calendar, today);
        check_opening(&calendar, today, year_no, deadline)?;
        let new = year::NewYear {
            authority_id,
            province,
            year: year_no,
            opened_on: today,
            submission_deadline: deadline,
            delegated,
            opened_by: &principal.subject,
        };
        let opened = match year::insert(work.tx(), &new, now).await {
            Err(StorageError::Conflict(_)) => {
                return Err(AppError::refused(
                    Code::ReviewYearExists,
                    "year",
                    format!("the review year {year_no} of {province} is open already"),
                ));
            }
            other => other?,
        };
        let event = ArchiveFact::AnnualReview(ReviewFact::Opened { year: year_no, deadline }).event();
        let enrolled = annual::enrol_all(work.tx(), &opened, &event, now).await?;
        work.touch([ObjectRef::of(opened.id)]);
        let after = json!({ "id": opened.id, "province": province.to_string(), "year": year_no,
                            "submissionDeadline": deadline, "delegated": delegated, "enrolled": enrolled });
        work.commit(None, Some(after)).await?;
        Ok(OpenedYear { year: opened, enrolled })
    }

    /// The enterprise saves its report as a draft: the current draft is replaced, or — when none
    /// is open (first save, or after a return) — a new version starts.
    pub async fn save_self_inspection_report(
        &self,
        principal: &Principal,
        review_id: ReviewId,
        raw: RawReport,
        attachment_ids: Vec<i64>,
    ) -> Result<SelfInspectionReport, AppError> {
        let mut work = self.begin(principal, Operation::SaveSelfInspectionReport).await?;
        let loaded =
            self.review_for(work.tx(), principal, review_id, Action::SaveSelfInspectionReport).await?;
        let review = loaded.review;
        if !review.status.awaits_report() {
            return Err(AppError::refused(
                Code::IllegalReviewTransition,
                "reviewId",
                format!(
                    "the review is {}: the report can be changed only while one is awaited",
                    review.status
                ),
            ));
        }
        let content = ReportContent::parse(raw, &self.self_inspection_items(&review.industry))?;
        let named: Vec<AttachmentId> = attachment_ids.iter().map(|&id| AttachmentId::new(id)).collect();
        crate::attachment::check_owned(&work, review.enterprise_id, &named).await?;
        let now = work.now;
        let current = report::newest(work.tx(), review_id).await?;
        let saved = match current.filter(|r| r.status == ReportStatus::Draft) {
            Some(draft) => {
                let next = SelfInspectionReport {
                    content,
                    attachment_ids,
                    updated_by: principal.subject.clone(),
                    updated_at: now,
                    ..draft.clone()
                };
                if !report::save(work.tx(), ReportStatus::Draft, &next, None).await? {
                    return Err(AppError::concurrent("the report changed meanwhile"));
                }
                next
            }
            None => {
                let version = review.report_version + 1;
                report::insert(
                    work.tx(),
                    review_id,
                    version,
                    &content,
                    &attachment_ids,
                    &principal.subject,
                    now,
                )
                .await?
            }
        };
        // A report version is part of its review: audited under the review.
        work.touch([ObjectRef::of(review_id)]);
        work.commit(None, Some(saved.state())).await?;
        Ok(saved)
    }

    /// The enterprise submits its draft: complete and consistent, once. A retry with the same
    /// `key` answers what the first submission did and writes nothing.
    pub async fn submit_self_inspection_report(
        &self,
        principal: &Principal,
        review_id: ReviewId,
        key: Option<&str>,
    ) -> Result<(AnnualReview, SelfInspectionReport), AppError> {
        let mut work = self.begin(principal, Operation::SubmitSelfInspectionReport).await?;
        let loaded =
            self.review_for(work.tx(), principal, review_id, Action::SubmitSelfInspectionReport).await?;
        if let Some(key) = key
            && let Some(done) = report::by_key(work.tx(), review_id, key).await?
        {
            // A replay: nothing is written, no audit record (the first request has it).
            return Ok((loaded.review, done));
        }
        let review = loaded.review;
        let draft = report::newest(work.tx(), review_id)
            .await?
            .filter(|r| r.status == ReportStatus::Draft)
            .ok_or_else(|| {
            AppError::refused(
                Code::ReportMissing,
                "reviewId",
                "there is no draft to submit: save the report first",
            )
        })?;
        draft.content.check_complete(&self.self_inspection_items(&review.industry))?;
        // The documents the report names become evidence: they can no longer be deleted.
        let attachments: Vec<AttachmentId> =
            draft.attachment_ids.iter().map(|&id| AttachmentId::new(id)).collect();
        crate::attachment::check_and_seal(&mut work, review.enterprise_id, &attachments).await?;
        let (today, now) = (work.today, work.now);
        let submitted_review = review.submit(draft.version, today, now)?;
        let submitted = SelfInspectionReport {
            status: ReportStatus::Submitted,
            submitted_at: Some(now),
            submitted_by: Some(principal.subject.clone()),
            updated_at: now,
            ..draft.clone()
        };
        if !report::save(work.tx(), ReportStatus::Draft, &submitted, key).await?
            || !annual::save(work.tx(), &review, &submitted_review).await?
        {
            return Err(AppError::concurrent("the review changed meanwhile"));
        }
        let nonconforming = submitted.content.nonconforming();
        let fact = ReviewFact::ReportSubmitted {
            review_id,
            year: review.year,
            version: submitted.version,
            nonconforming: &nonconforming,
        };
        work.archive(review.enterprise_id, Some(review.license_id), ArchiveFact::AnnualReview(fact));
        work.touch([ObjectRef::of(review_id), ObjectRef::of(review.enterprise_id)]);
        work.commit(
            Some(review.state()),
            Some(json!({ "review": submitted_review.state(), "report": submitted.state() })),
        )
        .await?;
        Ok((submitted_review, submitted))
    }

    /// The enterprise records that it handed in its license copy, on `on` (today when none), and
    /// how.
    pub async fn hand_in_license_copy(
        &self,
        principal: &Principal,
        review_id: ReviewId,
        on: Option<NaiveDate>,
        how: &str,
    ) -> Result<AnnualReview, AppError> {
        let how = oversight_domain::text::parse_text("how", how, 1, 200, false)?;
        let work = self.begin(principal, Operation::HandInLicenseCopy).await?;
        let review =
            self.review_for(work.tx(), principal, review_id, Action::HandInLicenseCopy).await?.review;
        let on = on.unwrap_or(work.today);
        let next = review.hand_in_copy(on, &how, work.today, work.now)?;
        let fact = ReviewFact::CopyHandedIn { review_id, year: review.year, on, how: &how };
        self.save_review(work, &review, &next, fact).await?;
        Ok(next)
    }

    /// The office records receipt of the handed-in copy (today unless `on` is given).
    pub async fn receive_license_copy(
        &self,
        principal: &Principal,
        review_id: ReviewId,
        on: Option<NaiveDate>,
    ) -> Result<AnnualReview, AppError> {
        let work = self.begin(principal, Operation::ReceiveLicenseCopy).await?;
        let review =
            self.review_for(work.tx(), principal, review_id, Action::ReceiveLicenseCopy).await?.review;
        let today = work.today;
        let next = review.receive_copy(on.unwrap_or(today), &principal.subject, today, work.now)?;
        let received_on = next.copy.as_ref().and_then(|c| c.received_on).unwrap_or(today);
        let fact = ReviewFact::CopyReceived { review_id, year: review.year, on: received_on };
        self.save_review(work, &review, &next, fact).await?;
        Ok(next)
    }

    /// Saves `next` over `current` (compare-and-set), archives `fact`, names the review and its
    /// enterprise, and commits with both states audited.
    pub(crate) async fn save_review(
        &self,
        mut work: crate::work::Work<'_>,
        current: &AnnualReview,
        next: &AnnualReview,
        fact: ReviewFact<'_>,
    ) -> Result<(), AppError> {
        if !annual::save(work.tx(), current, next).await? {
            return Err(AppError::concurrent("the review changed meanwhile"));
        }
        work.archive(current.enterprise_id, Some(current.license_id), ArchiveFact::AnnualReview(fact));
        work.touch([ObjectRef::of(current.id), ObjectRef::of(current.enterprise_id)]);
        if next.status != current.status
            && let Some(notice) = ReviewNotice::on_entering(next.status)
        {
            work.announce([notice_of(next, notice)]);
        }
        work.commit(Some(current.state()), Some(next.state())).await
    }

    /// The industry plugin's checklist items the enterprise answers in its report.
    pub(crate) fn self_inspection_items(&self, industry: &str) -> Vec<String> {
        self.plugins
            .industry(industry)
            .map(|profile| {
                profile
                    .checklist
                    .iter()
                    .filter(|item| item.self_inspection)
                    .map(|item| item.code.clone())
                    .collect()
            })
            .unwrap_or_default()
    }
}
