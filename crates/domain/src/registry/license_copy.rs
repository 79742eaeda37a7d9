//! Entries of the license copy (生产许可证副本): the paper copy that carries annual review stamps
//! and patrol and follow-up records, kept in the system as an ordered log on the license.

use serde::{Deserialize, Serialize};

use crate::registry::license::{LicenseStatus, Validity};

crate::stored_enum! {
    /// The string form is stored; never rename a kind.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
    pub enum LicenseCopyEntryKind {
        Issued = "ISSUED",
        Imported = "IMPORTED",
        StatusChanged = "STATUS_CHANGED",
        AnnualReviewStamp = "ANNUAL_REVIEW_STAMP",
        PatrolRecord = "PATROL_RECORD",
        FollowUpRecord = "FOLLOW_UP_RECORD",
    }
}

/// One line of the license copy, worded in Chinese and English as an officer would read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LicenseCopyEntry {
    pub kind: LicenseCopyEntryKind,
    pub text: String,
}

impl LicenseCopyEntry {
    pub fn issued(validity: &Validity) -> LicenseCopyEntry {
        LicenseCopyEntry {
            kind: LicenseCopyEntryKind::Issued,
            text: format!("发证 Issued, valid {}", period(validity)),
        }
    }

    /// A license issued before the system existed and entered from paper records.
    pub fn imported(validity: &Validity) -> LicenseCopyEntry {
        LicenseCopyEntry {
            kind: LicenseCopyEntryKind::Imported,
            text: format!("导入 Imported, valid {}", period(validity)),
        }
    }

    pub fn status_changed(from: LicenseStatus, to: LicenseStatus, reason: &str) -> LicenseCopyEntry {
        LicenseCopyEntry {
            kind: LicenseCopyEntryKind::StatusChanged,
            text: format!(
                "状态变更 Status changed: {} {} → {} {}; 原因 Reason: {reason}",
                from.label_zh(),
                from.label_en(),
                to.label_zh(),
                to.label_en()
            ),
        }
    }
}

impl LicenseCopyEntry {
    /// The expiry recorded: a status change worded like the others, its reason the validity's end.
    pub fn expired(from: LicenseStatus, expires_on: chrono::NaiveDate) -> LicenseCopyEntry {
        LicenseCopyEntry::status_changed(
            from,
            LicenseStatus::Expired,
            &format!("有效期届满 Validity ended on {expires_on}"),
        )
    }
}

impl LicenseCopyEntry {
    /// The annual inspection stamp (年度检查合格印章, §二(二) 三) of review year `year`, put on by
    /// the provincial licensing office `authority`.
    pub fn annual_review_stamp(year: i32, authority: &str, on: chrono::NaiveDate) -> LicenseCopyEntry {
        LicenseCopyEntry {
            kind: LicenseCopyEntryKind::AnnualReviewStamp,
            text: format!("年度检查合格 Annual inspection passed, review year {year}; {authority}, {on}"),
        }
    }
}

impl LicenseCopyEntry {
    /// The patrol record (巡查记录) on the copy: the day, the findings, the re-review flag.
    pub fn patrol_record(
        patrol_id: i64,
        on: chrono::NaiveDate,
        findings: &[String],
        re_review: bool,
    ) -> LicenseCopyEntry {
        let found = if findings.is_empty() { "无 none".to_owned() } else { findings.join(", ") };
        LicenseCopyEntry {
            kind: LicenseCopyEntryKind::PatrolRecord,
            text: format!(
                "巡查记录 Patrol {patrol_id}, {on}; 发现问题 findings: {found}{}",
                if re_review { "; 需重新审查 re-review required" } else { "" }
            ),
        }
    }

    /// The follow-up record (回访记录) on the copy: the day, what persists, the outcome.
    pub fn follow_up_record(
        visit_id: i64,
        on: chrono::NaiveDate,
        persisting: &[&str],
        closed: bool,
    ) -> LicenseCopyEntry {
        let outcome = if closed {
            "已整改 all rectified".to_owned()
        } else {
            format!(
                "原问题仍存在 persisting: {}; 责令停产整顿 suspended until compliant",
                persisting.join(", ")
            )
        };
        LicenseCopyEntry {
            kind: LicenseCopyEntryKind::FollowUpRecord,
            text: format!("回访记录 Follow-up visit {visit_id}, {on}; {outcome}"),
        }
    }
}

fn period(validity: &Validity) -> String {
    format!("{} – {}", validity.issued_on, validity.expires_on)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn validity() -> Validity {
        Validity::new("2024-01-01".parse().unwrap(), None).unwrap()
    }

    #[test]
    fn patrol_and_follow_up_records_say_what_was_found() {
        let day: chrono::NaiveDate = "2027-03-02".parse().unwrap_or_default();
        let found = ["PACKAGING_LABELING".to_owned(), "CONDITIONS_CHANGES".to_owned()];
        let cases = [
            (
                LicenseCopyEntry::patrol_record(4, day, &found, true),
                "巡查记录 Patrol 4, 2027-03-02; 发现问题 findings: PACKAGING_LABELING, CONDITIONS_CHANGES; 需重新审查 re-review required",
            ),
            (
                LicenseCopyEntry::patrol_record(5, day, &[], false),
                "巡查记录 Patrol 5, 2027-03-02; 发现问题 findings: 无 none",
            ),
            (
                LicenseCopyEntry::follow_up_record(6, day, &["CONDITIONS_CHANGES"], false),
                "回访记录 Follow-up visit 6, 2027-03-02; 原问题仍存在 persisting: CONDITIONS_CHANGES; 责令停产整顿 suspended until compliant",
            ),
            (
                LicenseCopyEntry::follow_up_record(7, day, &[], true),
                "回访记录 Follow-up visit 7, 2027-03-02; 已整改 all rectified",
            ),
        ];
        for (entry, text) in cases {
            assert_eq!(entry.text, text);
        }
    }

    #[test]
    fn entries() {
        fn check(entry: LicenseCopyEntry, kind: LicenseCopyEntryKind, text: &str) {
            assert_eq!(entry.kind, kind);
            assert_eq!(entry.text, text);
        }
        use LicenseCopyEntryKind::*;
        check(LicenseCopyEntry::issued(&validity()), Issued, "发证 Issued, valid 2024-01-01 – 2028-12-31");
        check(
            LicenseCopyEntry::imported(&validity()),
            Imported,
            "导入 Imported, valid 2024-01-01 – 2028-12-31",
        );
        check(
            LicenseCopyEntry::status_changed(
                LicenseStatus::Valid,
                LicenseStatus::Suspended,
                "巡查发现质量问题",
            ),
            StatusChanged,
            "状态变更 Status changed: 有效 valid → 停产整顿 suspended; 原因 Reason: 巡查发现质量问题",
        );
        check(
            LicenseCopyEntry::status_changed(LicenseStatus::Suspended, LicenseStatus::Valid, "整改完成"),
            StatusChanged,
            "状态变更 Status changed: 停产整顿 suspended → 有效 valid; 原因 Reason: 整改完成",
        );
        check(
            LicenseCopyEntry::expired(LicenseStatus::Valid, "2028-12-31".parse().unwrap()),
            StatusChanged,
            "状态变更 Status changed: 有效 valid → 过期 expired; 原因 Reason: 有效期届满 Validity ended on 2028-12-31",
        );
    }

    #[test]
    fn kind_strings() {
        fn check(s: &str, expected: Option<LicenseCopyEntryKind>) {
            assert_eq!(LicenseCopyEntryKind::parse(s), expected, "{s:?}");
            if let Some(kind) = expected {
                assert_eq!(kind.as_str(), s);
                assert_eq!(serde_json::to_string(&kind).unwrap(), format!("\"{s}\""));
            }
        }
        let cases = [
            ("ISSUED", Some(LicenseCopyEntryKind::Issued)),
            ("IMPORTED", Some(LicenseCopyEntryKind::Imported)),
            ("STATUS_CHANGED", Some(LicenseCopyEntryKind::StatusChanged)),
            ("ANNUAL_REVIEW_STAMP", Some(LicenseCopyEntryKind::AnnualReviewStamp)),
            ("PATROL_RECORD", Some(LicenseCopyEntryKind::PatrolRecord)),
            ("FOLLOW_UP_RECORD", Some(LicenseCopyEntryKind::FollowUpRecord)),
            ("issued", None),
            ("FOLLOWUP_RECORD", None),
        ];
        for (s, expected) in cases {
            check(s, expected);
        }
    }
}
