//! The annual review (年度审查, §二(二)): a province opens the review year; every license in force
//! gets a review; its enterprise submits a self-inspection report (自查报告) and hands in the
//! license copy (副本); a reviewer passes it (the annual stamp), inspects on site (实地检查) or
//! fails it (a rectification by a deadline). docs/adr/0021.

pub mod annual;
pub mod report;

use chrono::NaiveDate;
use serde_json::json;

use crate::archive::{ArchiveEvent, ArchiveEventKind as Kind};
use crate::ids::{InspectionId, ReviewId};
use annual::OnSiteOutcome;

/// A fact of the annual review for the enterprise's archive (`ArchiveFact::AnnualReview`).
#[derive(Debug, Clone, Copy)]
pub enum ReviewFact<'a> {
    /// The license joined the year (the same fact for every license of an opening, written in
    /// one statement).
    Opened {
        year: i32,
        deadline: NaiveDate,
    },
    ReportSubmitted {
        review_id: ReviewId,
        year: i32,
        version: i32,
        nonconforming: &'a [&'a str],
    },
    ReportReturned {
        review_id: ReviewId,
        year: i32,
        version: i32,
        reason: &'a str,
    },
    CopyHandedIn {
        review_id: ReviewId,
        year: i32,
        on: NaiveDate,
        how: &'a str,
    },
    CopyReceived {
        review_id: ReviewId,
        year: i32,
        on: NaiveDate,
    },
    OnSiteRequired {
        review_id: ReviewId,
        year: i32,
        reason: &'a str,
    },
    OnSiteRecorded {
        review_id: ReviewId,
        inspection_id: InspectionId,
        outcome: OnSiteOutcome,
        findings: &'a str,
    },
    Passed {
        review_id: ReviewId,
        year: i32,
        note: &'a str,
    },
    Failed {
        review_id: ReviewId,
        year: i32,
        note: &'a str,
        rectify_by: NaiveDate,
    },
    Left {
        review_id: ReviewId,
        year: i32,
        reason: &'a str,
    },
    /// Recorded in bulk, one statement for the year (the same fact for every overdue review).
    Overdue {
        year: i32,
        deadline: NaiveDate,
    },
}

impl ReviewFact<'_> {
    /// The stored event: kind, bilingual summary, details.
    pub fn event(&self) -> ArchiveEvent {
        let (kind, summary, details) = match *self {
            ReviewFact::Opened { year, deadline } => (
                Kind::AnnualReviewOpened,
                format!(
                    "年度审查 Annual review {year} opened: self-inspection report and license copy due by {deadline}"
                ),
                json!({ "year": year, "submissionDeadline": deadline }),
            ),
            ReviewFact::ReportSubmitted { review_id, year, version, nonconforming } => (
                Kind::SelfInspectionReportSubmitted,
                format!(
                    "自查报告 Self-inspection report {year} submitted (version {version}); 不符合项 nonconforming: {}",
                    if nonconforming.is_empty() { "无 none".to_owned() } else { nonconforming.join(", ") }
                ),
                json!({ "reviewId": review_id, "year": year, "version": version, "nonconforming": nonconforming }),
            ),
            ReviewFact::ReportReturned { review_id, year, version, reason } => (
                Kind::SelfInspectionReportReturned,
                format!(
                    "自查报告退回 Self-inspection report {year} (version {version}) returned for correction; 原因 Reason: {reason}"
                ),
                json!({ "reviewId": review_id, "year": year, "version": version, "reason": reason }),
            ),
            ReviewFact::CopyHandedIn { review_id, year, on, how } => (
                Kind::LicenseCopyHandedIn,
                format!("提交副本 License copy handed in for the annual review {year} on {on} ({how})"),
                json!({ "reviewId": review_id, "year": year, "handedInOn": on, "how": how }),
            ),
            ReviewFact::CopyReceived { review_id, year, on } => (
                Kind::LicenseCopyReceived,
                format!("副本已收 License copy received for the annual review {year} on {on}"),
                json!({ "reviewId": review_id, "year": year, "receivedOn": on }),
            ),
            ReviewFact::OnSiteRequired { review_id, year, reason } => (
                Kind::OnSiteInspectionRequired,
                format!(
                    "需实地检查 On-site inspection required in the annual review {year}; 原因 Reason: {reason}"
                ),
                json!({ "reviewId": review_id, "year": year, "reason": reason }),
            ),
            ReviewFact::OnSiteRecorded { review_id, inspection_id, outcome, findings } => (
                Kind::OnSiteInspectionRecorded,
                format!("实地检查 On-site inspection {inspection_id}: {outcome}; 发现 Findings: {findings}"),
                json!({ "reviewId": review_id, "inspectionId": inspection_id, "outcome": outcome.as_str(), "findings": findings }),
            ),
            ReviewFact::Passed { review_id, year, note } => (
                Kind::AnnualReviewPassed,
                format!(
                    "年度审查合格 Annual review {year} passed: annual inspection stamp on the license copy; 意见 Note: {note}"
                ),
                json!({ "reviewId": review_id, "year": year, "note": note }),
            ),
            ReviewFact::Failed { review_id, year, note, rectify_by } => (
                Kind::AnnualReviewFailed,
                format!(
                    "年度审查不合格 Annual review {year} failed: rectify by {rectify_by} (限期改正); 意见 Note: {note}"
                ),
                json!({ "reviewId": review_id, "year": year, "note": note, "rectifyBy": rectify_by }),
            ),
            ReviewFact::Left { review_id, year, reason } => (
                Kind::AnnualReviewLeft,
                format!("退出年度审查 The license left the annual review {year}: {reason}"),
                json!({ "reviewId": review_id, "year": year, "reason": reason }),
            ),
            ReviewFact::Overdue { year, deadline } => (
                Kind::AnnualReviewOverdue,
                format!("年度审查逾期 Annual review {year} overdue: no self-inspection report by {deadline}"),
                json!({ "year": year, "submissionDeadline": deadline }),
            ),
        };
        ArchiveEvent { kind, summary, details }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn every_fact_renders_its_kind_and_summary() {
        let day: NaiveDate = "2027-03-31".parse().unwrap();
        let id = ReviewId::new(5);
        let cases: Vec<(ReviewFact, Kind, &str)> = vec![
            (
                ReviewFact::Opened { year: 2026, deadline: day },
                Kind::AnnualReviewOpened,
                "年度审查 Annual review 2026 opened: self-inspection report and license copy due by 2027-03-31",
            ),
            (
                ReviewFact::ReportSubmitted {
                    review_id: id,
                    year: 2026,
                    version: 2,
                    nonconforming: &["EXIT_INSPECTION"],
                },
                Kind::SelfInspectionReportSubmitted,
                "自查报告 Self-inspection report 2026 submitted (version 2); 不符合项 nonconforming: EXIT_INSPECTION",
            ),
            (
                ReviewFact::ReportSubmitted { review_id: id, year: 2026, version: 1, nonconforming: &[] },
                Kind::SelfInspectionReportSubmitted,
                "自查报告 Self-inspection report 2026 submitted (version 1); 不符合项 nonconforming: 无 none",
            ),
            (
                ReviewFact::Failed { review_id: id, year: 2026, note: "出厂检验缺失", rectify_by: day },
                Kind::AnnualReviewFailed,
                "年度审查不合格 Annual review 2026 failed: rectify by 2027-03-31 (限期改正); 意见 Note: 出厂检验缺失",
            ),
            (
                ReviewFact::Overdue { year: 2026, deadline: day },
                Kind::AnnualReviewOverdue,
                "年度审查逾期 Annual review 2026 overdue: no self-inspection report by 2027-03-31",
            ),
            (
                ReviewFact::OnSiteRecorded {
                    review_id: id,
                    inspection_id: InspectionId::new(3),
                    outcome: OnSiteOutcome::Nonconforming,
                    findings: "无记录",
                },
                Kind::OnSiteInspectionRecorded,
                "实地检查 On-site inspection 3: NONCONFORMING; 发现 Findings: 无记录",
            ),
        ];
        for (fact, kind, summary) in cases {
            let event = fact.event();
            assert_eq!((event.kind, event.summary.as_str()), (kind, summary));
        }
        let details = ReviewFact::Passed { review_id: id, year: 2026, note: "符合" }.event().details;
        assert_eq!(details, json!({ "reviewId": 5, "year": 2026, "note": "符合" }));
    }
}
