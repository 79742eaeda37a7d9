//! The self-inspection report (自查报告) an enterprise submits for the annual review (§二(二)): its
//! answers to the five base items of §二(三) and to its industry's self-inspection items, whether
//! its conditions changed and re-review was applied for, and the year's quality incidents and
//! complaints. A draft may be partial; a submission must be complete and consistent.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::checklist::{BASE_ITEMS, ItemAnswer, base_item};
use crate::error::{Collector, ErrorCode, FieldError, ValidationErrors};
use crate::ids::{ReportId, ReviewId};
use crate::text::parse_text;

/// One answered checklist item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AnsweredItem {
    /// A base item's code (`EXIT_INSPECTION`) or the industry plugin's item code.
    pub code: String,
    pub answer: ItemAnswer,
    /// Required for a nonconforming or not-applicable answer: how, or why.
    pub note: Option<String>,
}

/// What the report says. Stored as JSON; every field optional in a draft.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportContent {
    pub items: Vec<AnsweredItem>,
    /// Whether production conditions, inspection means, technology or process changed this year.
    pub conditions_changed: Option<bool>,
    /// When they changed: whether re-review (重新审查) was applied for.
    pub re_review_applied: Option<bool>,
    /// The year's quality incidents (质量事故), or a statement that there were none.
    pub quality_incidents: Option<String>,
    /// The year's complaints (投诉) and how they were handled, or that there were none.
    pub complaints: Option<String>,
    /// The enterprise's own summary of its self-inspection.
    pub summary: Option<String>,
}

/// Raw input of a report, as it arrives from the API.
#[derive(Debug, Clone, Default)]
pub struct RawReport {
    pub items: Vec<(String, ItemAnswer, Option<String>)>,
    pub conditions_changed: Option<bool>,
    pub re_review_applied: Option<bool>,
    pub quality_incidents: Option<String>,
    pub complaints: Option<String>,
    pub summary: Option<String>,
}

/// The longest free text of a report field, in characters.
pub const REPORT_TEXT_MAX: usize = 5000;

impl ReportContent {
    /// Parses a draft: every field well-formed, every item code a base item or one of
    /// `industry_items`, none answered twice. Completeness is checked only on submission.
    pub fn parse(raw: RawReport, industry_items: &[String]) -> Result<ReportContent, ValidationErrors> {
        let mut errors = Collector::default();
        let mut seen = BTreeSet::new();
        let mut items = Vec::with_capacity(raw.items.len());
        for (code, answer, note) in raw.items {
            let code = code.trim().to_owned();
            if base_item(&code).is_none() && !industry_items.contains(&code) {
                errors.push(FieldError::new(
                    ErrorCode::UnknownChecklistItem,
                    "items",
                    format!(
                        "'{code}' is neither a base item of §二(三) nor a self-inspection item of the industry ({})",
                        known_codes(industry_items).join(", ")
                    ),
                ));
                continue;
            }
            if !seen.insert(code.clone()) {
                errors.push(FieldError::new(
                    ErrorCode::InvalidText,
                    "items",
                    format!("'{code}' is answered twice"),
                ));
                continue;
            }
            let note = note.and_then(|n| errors.take(long_text("items.note", &n)));
            items.push(AnsweredItem { code, answer, note });
        }
        let mut text = |field, value: Option<String>| value.and_then(|v| errors.take(long_text(field, &v)));
        let quality_incidents = text("qualityIncidents", raw.quality_incidents);
        let complaints = text("complaints", raw.complaints);
        let summary = text("summary", raw.summary);
        if !errors.is_empty() {
            return Err(errors.into_errors());
        }
        Ok(ReportContent {
            items,
            conditions_changed: raw.conditions_changed,
            re_review_applied: raw.re_review_applied,
            quality_incidents,
            complaints,
            summary,
        })
    }

    /// What a submission needs besides well-formed fields: every base item and every one of
    /// `industry_items` answered, a note on each answer other than conforming, whether conditions
    /// changed (and then whether re-review was applied for, item 2 answered nonconforming when it
    /// was not), the incidents and complaints stated. Every gap is reported.
    pub fn check_complete(&self, industry_items: &[String]) -> Result<(), ValidationErrors> {
        let mut errors = Collector::default();
        let answered: BTreeSet<&str> = self.items.iter().map(|i| i.code.as_str()).collect();
        let missing: Vec<&str> =
            known_codes(industry_items).into_iter().filter(|c| !answered.contains(c)).collect();
        if !missing.is_empty() {
            errors.push(incomplete("items", format!("not answered: {}", missing.join(", "))));
        }
        for item in self.items.iter().filter(|i| i.answer != ItemAnswer::Conforming && i.note.is_none()) {
            errors.push(incomplete(
                "items.note",
                format!("'{}' is {}: say how or why in a note", item.code, item.answer),
            ));
        }
        self.check_conditions(&mut errors);
        if self.quality_incidents.is_none() {
            errors.push(incomplete(
                "qualityIncidents",
                "state the year's quality incidents, or that there were none",
            ));
        }
        if self.complaints.is_none() {
            errors.push(incomplete("complaints", "state the year's complaints, or that there were none"));
        }
        if errors.is_empty() { Ok(()) } else { Err(errors.into_errors()) }
    }

    fn check_conditions(&self, errors: &mut Collector) {
        let item_two = self.items.iter().find(|i| i.code == BASE_ITEMS[1].code).map(|i| i.answer);
        match (self.conditions_changed, self.re_review_applied) {
            (None, _) => errors.push(incomplete(
                "conditionsChanged",
                "say whether conditions, means, technology or process changed",
            )),
            (Some(true), None) => errors.push(incomplete(
                "reReviewApplied",
                "conditions changed: say whether re-review was applied for",
            )),
            (Some(true), Some(false)) if item_two.is_some_and(|a| a != ItemAnswer::Nonconforming) => {
                errors.push(FieldError::new(
                    ErrorCode::ReportInconsistent,
                    "items",
                    "conditions changed without applying for re-review: CONDITIONS_CHANGES is nonconforming (§二(三) 二)",
                ));
            }
            _ => {}
        }
    }

    /// The codes answered nonconforming, in answer order (what a reviewer looks at first).
    pub fn nonconforming(&self) -> Vec<&str> {
        self.items.iter().filter(|i| i.answer == ItemAnswer::Nonconforming).map(|i| i.code.as_str()).collect()
    }
}

fn known_codes(industry_items: &[String]) -> Vec<&str> {
    BASE_ITEMS.iter().map(|i| i.code).chain(industry_items.iter().map(String::as_str)).collect()
}

fn incomplete(field: &'static str, message: impl Into<String>) -> FieldError {
    FieldError::new(ErrorCode::ReportIncomplete, field, message)
}

fn long_text(field: &'static str, s: &str) -> Result<String, FieldError> {
    parse_text(field, s, 1, REPORT_TEXT_MAX, true)
}

crate::stored_enum! {
    /// Where one version of a report stands. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum ReportStatus {
        /// Being written by the enterprise: it may change.
        Draft = "DRAFT",
        /// Submitted: read-only, with the reviewer.
        Submitted = "SUBMITTED",
        /// Returned by the reviewer for correction: read-only; the correction is a new version.
        Returned = "RETURNED",
    }
}

/// One version of a self-inspection report. Every submitted version is kept; a correction after a
/// return is the next version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelfInspectionReport {
    pub id: ReportId,
    pub review_id: ReviewId,
    /// 1 for the first report; one more for each correction after a return.
    pub version: i32,
    pub status: ReportStatus,
    pub content: ReportContent,
    /// The enterprise's attachments (attachment ids), in the order given.
    pub attachment_ids: Vec<i64>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub submitted_by: Option<String>,
    /// The reviewer's reason when the version was returned.
    pub return_reason: Option<String>,
    pub updated_by: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl SelfInspectionReport {
    /// The audited state of the version.
    pub fn state(&self) -> serde_json::Value {
        serde_json::json!({
            "id": self.id, "reviewId": self.review_id, "version": self.version, "status": self.status.as_str(),
            "content": self.content, "attachmentIds": self.attachment_ids, "returnReason": self.return_reason,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use ItemAnswer::*;

    fn all_conforming(extra: &[&str]) -> Vec<(String, ItemAnswer, Option<String>)> {
        BASE_ITEMS
            .iter()
            .map(|i| i.code)
            .chain(extra.iter().copied())
            .map(|c| (c.to_owned(), Conforming, None))
            .collect()
    }

    fn complete(items: Vec<(String, ItemAnswer, Option<String>)>) -> RawReport {
        RawReport {
            items,
            conditions_changed: Some(false),
            re_review_applied: None,
            quality_incidents: Some("无 none".into()),
            complaints: Some("无 none".into()),
            summary: None,
        }
    }

    fn industry() -> Vec<String> {
        vec!["WC-RAW-COPPER".to_owned()]
    }

    /// (case, report, expected codes of the submission check; empty: complete).
    #[test]
    fn submission_needs_every_item_notes_and_a_consistent_item_two() {
        let with = |edit: &dyn Fn(&mut RawReport)| {
            let mut raw = complete(all_conforming(&["WC-RAW-COPPER"]));
            edit(&mut raw);
            raw
        };
        let cases: Vec<(&str, RawReport, Vec<ErrorCode>)> = vec![
            ("complete", with(&|_| {}), vec![]),
            ("industry item missing", complete(all_conforming(&[])), vec![ErrorCode::ReportIncomplete]),
            (
                "nonconforming without note",
                with(&|r| r.items[3].1 = Nonconforming),
                vec![ErrorCode::ReportIncomplete],
            ),
            (
                "nonconforming with note",
                with(&|r| r.items[3] = ("EXIT_INSPECTION".into(), Nonconforming, Some("两批无记录".into()))),
                vec![],
            ),
            (
                "not applicable without note",
                with(&|r| r.items[5].1 = NotApplicable),
                vec![ErrorCode::ReportIncomplete],
            ),
            (
                "conditions unanswered",
                with(&|r| r.conditions_changed = None),
                vec![ErrorCode::ReportIncomplete],
            ),
            (
                "changed, re-review unanswered",
                with(&|r| r.conditions_changed = Some(true)),
                vec![ErrorCode::ReportIncomplete],
            ),
            (
                "changed, not applied, item two conforming",
                with(&|r| {
                    r.conditions_changed = Some(true);
                    r.re_review_applied = Some(false)
                }),
                vec![ErrorCode::ReportInconsistent],
            ),
            (
                "changed, not applied, item two nonconforming",
                with(&|r| {
                    r.conditions_changed = Some(true);
                    r.re_review_applied = Some(false);
                    r.items[1] = ("CONDITIONS_CHANGES".into(), Nonconforming, Some("新增挤出线未申请".into()))
                }),
                vec![],
            ),
            (
                "changed and applied",
                with(&|r| {
                    r.conditions_changed = Some(true);
                    r.re_review_applied = Some(true)
                }),
                vec![],
            ),
            (
                "no incidents or complaints stated",
                with(&|r| {
                    r.quality_incidents = None;
                    r.complaints = None
                }),
                vec![ErrorCode::ReportIncomplete, ErrorCode::ReportIncomplete],
            ),
        ];
        for (case, raw, expected) in cases {
            let content = ReportContent::parse(raw, &industry()).unwrap();
            let got = content.check_complete(&industry()).err().map(|e| e.codes()).unwrap_or_default();
            assert_eq!(got, expected, "{case}");
        }
    }

    #[test]
    fn a_draft_refuses_unknown_and_repeated_items_but_may_be_partial() {
        let draft =
            RawReport { items: vec![("EXIT_INSPECTION".into(), Conforming, None)], ..RawReport::default() };
        let content = ReportContent::parse(draft, &industry()).unwrap();
        assert_eq!(content.items.len(), 1);
        assert!(content.check_complete(&industry()).is_err());
        let bad = RawReport {
            items: vec![
                ("NOT_AN_ITEM".into(), Conforming, None),
                ("EXIT_INSPECTION".into(), Conforming, None),
                ("EXIT_INSPECTION".into(), Nonconforming, Some("x".into())),
            ],
            summary: Some(" ".into()),
            ..RawReport::default()
        };
        let codes = ReportContent::parse(bad, &industry()).unwrap_err().codes();
        assert_eq!(codes, [ErrorCode::UnknownChecklistItem, ErrorCode::InvalidText, ErrorCode::InvalidText]);
    }

    #[test]
    fn nonconforming_items_are_listed_in_answer_order() {
        let mut raw = complete(all_conforming(&[]));
        raw.items[4] = ("PACKAGING_LABELING".into(), Nonconforming, Some("标签缺执行标准".into()));
        raw.items[0] = ("LICENSE_MARKING".into(), Nonconforming, Some("包装无编号".into()));
        let content = ReportContent::parse(raw, &[]).unwrap();
        assert_eq!(content.nonconforming(), ["LICENSE_MARKING", "PACKAGING_LABELING"]);
    }
}
