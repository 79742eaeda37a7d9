//! Events of the enterprise quality archive (企业质量档案): the timeline of one enterprise that
//! dynamic supervision (§二(五)) reads as one feed. One kind per fact.

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::enterprise::NewEnterprise;
use crate::license::{LicenseStatus, NewLicense};
use crate::license_number::LicenseNumber;

/// What an archive event records.
///
/// The string form (`as_str`) is stored with every event and must never be renamed; later kinds
/// (patrols, tests, spot checks, measures …) are added at the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ArchiveEventKind {
    EnterpriseRegistered,
    BaseDataUpdated,
    LicenseIssued,
    LicenseImported,
    LicenseStatusChanged,
    /// A testing task was opened: the product was sampled (抽样).
    TestTaskOpened,
    /// A testing task's results were judged (检验结论).
    TestVerdictRecorded,
    /// The enterprise objected to a failing verdict (异议).
    TestObjectionLodged,
    /// The retest on the backup portion was judged (复检结论); the first verdict stays.
    TestRetestVerdictRecorded,
    /// A rectification (整改) was ordered after a final failing verdict.
    RectificationOpened,
    /// The rectification deadline was extended (the one extension).
    RectificationExtended,
    /// The re-check (复查) passed and the rectification closed.
    RectificationClosed,
    /// The re-check failed: a revocation proposal (吊销建议) went to the national authority.
    RevocationProposed,
    /// The national authority decided a revocation proposal.
    RevocationProposalDecided,
}

impl ArchiveEventKind {
    pub fn all() -> &'static [ArchiveEventKind] {
        &[
            ArchiveEventKind::EnterpriseRegistered,
            ArchiveEventKind::BaseDataUpdated,
            ArchiveEventKind::LicenseIssued,
            ArchiveEventKind::LicenseImported,
            ArchiveEventKind::LicenseStatusChanged,
            ArchiveEventKind::TestTaskOpened,
            ArchiveEventKind::TestVerdictRecorded,
            ArchiveEventKind::TestObjectionLodged,
            ArchiveEventKind::TestRetestVerdictRecorded,
            ArchiveEventKind::RectificationOpened,
            ArchiveEventKind::RectificationExtended,
            ArchiveEventKind::RectificationClosed,
            ArchiveEventKind::RevocationProposed,
            ArchiveEventKind::RevocationProposalDecided,
        ]
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ArchiveEventKind::EnterpriseRegistered => "ENTERPRISE_REGISTERED",
            ArchiveEventKind::BaseDataUpdated => "BASE_DATA_UPDATED",
            ArchiveEventKind::LicenseIssued => "LICENSE_ISSUED",
            ArchiveEventKind::LicenseImported => "LICENSE_IMPORTED",
            ArchiveEventKind::LicenseStatusChanged => "LICENSE_STATUS_CHANGED",
            ArchiveEventKind::TestTaskOpened => "TEST_TASK_OPENED",
            ArchiveEventKind::TestVerdictRecorded => "TEST_VERDICT_RECORDED",
            ArchiveEventKind::TestObjectionLodged => "TEST_OBJECTION_LODGED",
            ArchiveEventKind::TestRetestVerdictRecorded => "TEST_RETEST_VERDICT_RECORDED",
            ArchiveEventKind::RectificationOpened => "RECTIFICATION_OPENED",
            ArchiveEventKind::RectificationExtended => "RECTIFICATION_EXTENDED",
            ArchiveEventKind::RectificationClosed => "RECTIFICATION_CLOSED",
            ArchiveEventKind::RevocationProposed => "REVOCATION_PROPOSED",
            ArchiveEventKind::RevocationProposalDecided => "REVOCATION_PROPOSAL_DECIDED",
        }
    }

    pub fn parse(s: &str) -> Option<ArchiveEventKind> {
        ArchiveEventKind::all().iter().copied().find(|kind| kind.as_str() == s)
    }
}

/// One archive entry: a bilingual one-line summary for people and structured details (camelCase
/// JSON) for machines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveEvent {
    pub kind: ArchiveEventKind,
    pub summary: String,
    pub details: serde_json::Value,
}

impl ArchiveEvent {
    pub fn enterprise_registered(enterprise: &NewEnterprise) -> ArchiveEvent {
        let base = &enterprise.base;
        ArchiveEvent {
            kind: ArchiveEventKind::EnterpriseRegistered,
            summary: format!("企业登记 Enterprise registered: {} ({})", base.name, enterprise.credit_code),
            details: json!({
                "creditCode": enterprise.credit_code.as_str(),
                "name": base.name,
                "regionCode": base.region.as_str(),
                "address": base.address,
                "scale": base.scale.as_str(),
                "products": base.products,
                "productionConditions": base.production_conditions,
            }),
        }
    }

    /// `changed` holds the API names of the fields that changed, as returned by
    /// [`EnterpriseBaseData::apply`](crate::enterprise::EnterpriseBaseData::apply).
    pub fn base_data_updated(changed: &[&str]) -> ArchiveEvent {
        let fields = if changed.is_empty() { "no field changed".to_owned() } else { changed.join(", ") };
        ArchiveEvent {
            kind: ArchiveEventKind::BaseDataUpdated,
            summary: format!("基础数据更新 Base data updated: {fields}"),
            details: json!({ "changedFields": changed }),
        }
    }

    pub fn license_issued(license: &NewLicense) -> ArchiveEvent {
        ArchiveEvent {
            kind: ArchiveEventKind::LicenseIssued,
            summary: format!("发证 License issued: {}", describe(license)),
            details: license_details(license),
        }
    }

    pub fn license_imported(license: &NewLicense) -> ArchiveEvent {
        ArchiveEvent {
            kind: ArchiveEventKind::LicenseImported,
            summary: format!("导入 License imported: {}", describe(license)),
            details: license_details(license),
        }
    }

    pub fn license_status_changed(
        number: &LicenseNumber,
        from: LicenseStatus,
        to: LicenseStatus,
        reason: &str,
    ) -> ArchiveEvent {
        ArchiveEvent {
            kind: ArchiveEventKind::LicenseStatusChanged,
            summary: format!(
                "许可证状态变更 License status changed: {number} {} {} → {} {}; 原因 Reason: {reason}",
                from.label_zh(),
                from.label_en(),
                to.label_zh(),
                to.label_en()
            ),
            details: json!({
                "number": number.to_string(),
                "from": from.as_str(),
                "to": to.as_str(),
                "reason": reason,
            }),
        }
    }
}

impl ArchiveEvent {
    /// A product was sampled for unified compulsory testing. `details` carries the task's facts
    /// (the caller builds them: id, license, variant, batch, sampling date, institution, plugin
    /// and editions) so the archive stays readable without the task table.
    pub fn test_task_opened(
        task_id: i64,
        number: &LicenseNumber,
        variant: &str,
        batch: &str,
        institution: &str,
        details: serde_json::Value,
    ) -> ArchiveEvent {
        ArchiveEvent {
            kind: ArchiveEventKind::TestTaskOpened,
            summary: format!(
                "抽样 Sampled for testing: task {task_id}, {number} {variant}, batch {batch}, tested by {institution}"
            ),
            details,
        }
    }

    /// A testing task's results were judged. `conclusion_zh` is the verdict's own wording.
    pub fn test_verdict_recorded(
        task_id: i64,
        conclusion_zh: &str,
        serious: bool,
        details: serde_json::Value,
    ) -> ArchiveEvent {
        let serious = if serious { "; 严重不合格 serious nonconformity" } else { "" };
        ArchiveEvent {
            kind: ArchiveEventKind::TestVerdictRecorded,
            summary: format!("检验结论 Test verdict: task {task_id}: {conclusion_zh}{serious}"),
            details,
        }
    }
}

impl ArchiveEvent {
    /// A later step of the supervision flow (objection, retest, rectification, re-check,
    /// proposal, decision): the caller gives the bilingual one-line summary and the details.
    pub fn supervision_step(
        kind: ArchiveEventKind,
        summary: String,
        details: serde_json::Value,
    ) -> ArchiveEvent {
        ArchiveEvent { kind, summary, details }
    }
}

fn describe(license: &NewLicense) -> String {
    format!(
        "{} {} {} ({}), valid {} – {}",
        license.number,
        license.industry.name_zh,
        license.industry.name_en,
        license.product_unit,
        license.validity.issued_on,
        license.validity.expires_on
    )
}

fn license_details(license: &NewLicense) -> serde_json::Value {
    json!({
        "number": license.number.to_string(),
        "industry": license.industry.code,
        "productUnit": license.product_unit,
        "issuedOn": license.validity.issued_on.to_string(),
        "expiresOn": license.validity.expires_on.to_string(),
        "status": license.status.as_str(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::enterprise::{EnterpriseScale, RawBaseData};
    use crate::region::RegionCode;

    fn enterprise() -> NewEnterprise {
        NewEnterprise::parse(
            "91350100M000100Y43",
            RawBaseData {
                name: Some("福州某某复合肥有限公司".to_owned()),
                region_code: Some("350102".to_owned()),
                address: Some("福州市鼓楼区某某路2号".to_owned()),
                scale: Some(EnterpriseScale::Small),
                products: Some(vec!["复混肥料".to_owned()]),
                production_conditions: None,
            },
        )
        .unwrap()
    }

    fn license(status: Option<LicenseStatus>) -> NewLicense {
        NewLicense::parse(
            "(闽)XK13-001-00007",
            "compound-fertilizer",
            "复混肥料",
            "2024-01-01".parse().unwrap(),
            None,
            status,
            &RegionCode::parse("350102").unwrap(),
        )
        .unwrap()
    }

    #[test]
    fn events() {
        fn check(event: ArchiveEvent, kind: ArchiveEventKind, summary: &str, details: serde_json::Value) {
            assert_eq!(event.kind, kind);
            assert_eq!(event.summary, summary);
            assert_eq!(event.details, details);
        }
        use ArchiveEventKind::*;
        let number = LicenseNumber::parse("(闽)XK13-001-00007").unwrap();
        let cases = [
            (
                ArchiveEvent::enterprise_registered(&enterprise()),
                EnterpriseRegistered,
                "企业登记 Enterprise registered: 福州某某复合肥有限公司 (91350100M000100Y43)",
                json!({
                    "creditCode": "91350100M000100Y43",
                    "name": "福州某某复合肥有限公司",
                    "regionCode": "350102",
                    "address": "福州市鼓楼区某某路2号",
                    "scale": "SMALL",
                    "products": ["复混肥料"],
                    "productionConditions": "",
                }),
            ),
            (
                ArchiveEvent::base_data_updated(&["name", "address"]),
                BaseDataUpdated,
                "基础数据更新 Base data updated: name, address",
                json!({ "changedFields": ["name", "address"] }),
            ),
            (
                ArchiveEvent::base_data_updated(&[]),
                BaseDataUpdated,
                "基础数据更新 Base data updated: no field changed",
                json!({ "changedFields": [] }),
            ),
            (
                ArchiveEvent::license_issued(&license(None)),
                LicenseIssued,
                "发证 License issued: (闽)XK13-001-00007 复混肥料 Compound fertilizer (复混肥料), valid 2024-01-01 – 2028-12-31",
                json!({
                    "number": "(闽)XK13-001-00007",
                    "industry": "compound-fertilizer",
                    "productUnit": "复混肥料",
                    "issuedOn": "2024-01-01",
                    "expiresOn": "2028-12-31",
                    "status": "VALID",
                }),
            ),
            (
                ArchiveEvent::license_imported(&license(Some(LicenseStatus::Suspended))),
                LicenseImported,
                "导入 License imported: (闽)XK13-001-00007 复混肥料 Compound fertilizer (复混肥料), valid 2024-01-01 – 2028-12-31",
                json!({
                    "number": "(闽)XK13-001-00007",
                    "industry": "compound-fertilizer",
                    "productUnit": "复混肥料",
                    "issuedOn": "2024-01-01",
                    "expiresOn": "2028-12-31",
                    "status": "SUSPENDED",
                }),
            ),
            (
                ArchiveEvent::license_status_changed(
                    &number,
                    LicenseStatus::Valid,
                    LicenseStatus::Revoked,
                    "抽查不合格且拒不整改",
                ),
                LicenseStatusChanged,
                "许可证状态变更 License status changed: (闽)XK13-001-00007 有效 valid → 吊销 revoked; 原因 Reason: 抽查不合格且拒不整改",
                json!({ "number": "(闽)XK13-001-00007", "from": "VALID", "to": "REVOKED", "reason": "抽查不合格且拒不整改" }),
            ),
        ];
        let cases = cases.into_iter().chain([
            (
                ArchiveEvent::test_task_opened(7, &number, "BV-2.5", "20261101", "江苏省质检院", json!({ "taskId": 7 })),
                TestTaskOpened,
                "抽样 Sampled for testing: task 7, (闽)XK13-001-00007 BV-2.5, batch 20261101, tested by 江苏省质检院",
                json!({ "taskId": 7 }),
            ),
            (
                ArchiveEvent::test_verdict_recorded(7, "不合格", true, json!({ "taskId": 7 })),
                TestVerdictRecorded,
                "检验结论 Test verdict: task 7: 不合格; 严重不合格 serious nonconformity",
                json!({ "taskId": 7 }),
            ),
        ]);
        for (event, kind, summary, details) in cases {
            check(event, kind, summary, details);
        }
    }

    #[test]
    fn kind_strings_are_stable() {
        // These strings are stored; the test fails if one is renamed.
        let expected = [
            "ENTERPRISE_REGISTERED",
            "BASE_DATA_UPDATED",
            "LICENSE_ISSUED",
            "LICENSE_IMPORTED",
            "LICENSE_STATUS_CHANGED",
            "TEST_TASK_OPENED",
            "TEST_VERDICT_RECORDED",
            "TEST_OBJECTION_LODGED",
            "TEST_RETEST_VERDICT_RECORDED",
            "RECTIFICATION_OPENED",
            "RECTIFICATION_EXTENDED",
            "RECTIFICATION_CLOSED",
            "REVOCATION_PROPOSED",
            "REVOCATION_PROPOSAL_DECIDED",
        ];
        let actual: Vec<_> = ArchiveEventKind::all().iter().map(|k| k.as_str()).collect();
        assert_eq!(actual, expected);
        for &kind in ArchiveEventKind::all() {
            assert_eq!(ArchiveEventKind::parse(kind.as_str()), Some(kind));
            assert_eq!(serde_json::to_string(&kind).unwrap(), format!("\"{}\"", kind.as_str()));
        }
        assert_eq!(ArchiveEventKind::parse("license_issued"), None);
    }
}
