//! Patrols and follow-up visits (巡查、回访, §二(三)): "巡查是质量技术监督部门为保证获证企业产品
//! 质量安全必备生产条件进行的巡回检查。回访是质量技术监督部门对获证企业存在问题或违法行为整改情况
//! 实施的核查。" The checklist a patrol answers, who may inspect, the measures on its findings,
//! the follow-up that comes due after a rectification deadline, offline field work, and the
//! archive facts the later layers write. docs/adr/0022.

pub mod checklist;
pub mod follow_up;
pub mod inspectors;
pub mod measure;
pub mod offline;
pub mod plan;

use chrono::NaiveDate;
use serde_json::json;

use crate::archive::{ArchiveEvent, ArchiveEventKind as Kind};
use crate::ids::{FollowUpId, MeasureId, PatrolId};
use follow_up::FollowUpOutcome;
use measure::{MeasureKind, MeasureStatus};

crate::stored_enum! {
    /// What an inspection record is. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum PatrolKind {
        /// 巡查: a patrol inspection of the base items and the industry's checklist.
        Patrol = "PATROL",
        /// 回访: a follow-up visit answering a follow-up due, item by carried item.
        FollowUp = "FOLLOW_UP",
    }
}

impl PatrolKind {
    /// The bilingual name used in summaries.
    pub fn label(self) -> &'static str {
        match self {
            PatrolKind::Patrol => "巡查 Patrol",
            PatrolKind::FollowUp => "回访 Follow-up visit",
        }
    }
}

crate::stored_enum! {
    /// Where a record's filing (备案) with the province stands (§二(三): "报…备案").
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Filing {
        /// Recorded, not filed yet: visible upward as unfiled.
        Unfiled = "UNFILED",
        /// Filed with the provincial office, waiting for its acknowledgement.
        Filed = "FILED",
        /// Acknowledged by the provincial office.
        Acknowledged = "ACKNOWLEDGED",
    }
}

/// Why a filing step is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum FilingRefused {
    #[error("the record is already {0}")]
    Already(Filing),
    #[error("the record is not filed yet: it is acknowledged once filed")]
    NotFiled,
}

impl Filing {
    /// Filing: only an unfiled record.
    pub fn file(self) -> Result<Filing, FilingRefused> {
        match self {
            Filing::Unfiled => Ok(Filing::Filed),
            other => Err(FilingRefused::Already(other)),
        }
    }

    /// Acknowledging: only a filed record.
    pub fn acknowledge(self) -> Result<Filing, FilingRefused> {
        match self {
            Filing::Filed => Ok(Filing::Acknowledged),
            Filing::Unfiled => Err(FilingRefused::NotFiled),
            Filing::Acknowledged => Err(FilingRefused::Already(Filing::Acknowledged)),
        }
    }
}

crate::stored_enum! {
    /// What a follow-up is owed for: the rectification whose deadline makes it due (§二(三):
    /// "在企业规定的整改期限到期后及时实施"). Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum FollowUpOrigin {
        /// A rectify-by-deadline measure (限期改正) ordered on a patrol's findings.
        PatrolMeasure = "PATROL_MEASURE",
        /// A follow-up that found problems persisting: the next one.
        FollowUp = "FOLLOW_UP",
        /// A failed annual review's rectification (年度审查).
        AnnualReview = "ANNUAL_REVIEW",
        /// A spot check's rectification after a failing verdict (监督检验).
        SpotCheck = "SPOT_CHECK",
        /// A resolution of an industry rectification meeting (行业整顿会议, docs/adr/0038): the
        /// origin is the summons it binds.
        RectificationMeeting = "RECTIFICATION_MEETING",
    }
}

crate::stored_enum! {
    /// What a follow-up visit concluded (the stored form of [`FollowUpOutcome`]).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum FollowUpResult {
        /// Every carried item rectified: closed.
        Closed = "CLOSED",
        /// Something persists: production suspended until compliant, another follow-up owed.
        SuspendUntilCompliant = "SUSPEND_UNTIL_COMPLIANT",
    }
}

impl FollowUpOutcome {
    /// The stored result.
    pub fn result(&self) -> FollowUpResult {
        match self {
            FollowUpOutcome::Closed { .. } => FollowUpResult::Closed,
            FollowUpOutcome::SuspendUntilCompliant { .. } => FollowUpResult::SuspendUntilCompliant,
        }
    }
}

/// A fact of patrols and follow-ups for the enterprise's archive (§二(三): "详细记录回访情况、
/// 发现的问题和处理情况").
#[derive(Debug, Clone, Copy)]
pub enum PatrolFact<'a> {
    PatrolRecorded {
        patrol_id: PatrolId,
        inspected_on: NaiveDate,
        findings: &'a [&'a str],
        re_review_required: bool,
    },
    PatrolConflictDetected {
        patrol_id: PatrolId,
        other_patrol_id: PatrolId,
        inspected_on: NaiveDate,
    },
    MeasureOrdered {
        measure_id: MeasureId,
        patrol_id: PatrolId,
        kind: &'a MeasureKind,
    },
    MeasureClosed {
        measure_id: MeasureId,
        status: MeasureStatus,
        reason: &'a str,
    },
    FollowUpRecorded {
        follow_up_id: FollowUpId,
        visit_id: PatrolId,
        outcome: &'a FollowUpOutcome,
    },
    /// A record filed (备案) with the province, or acknowledged by it.
    Filing {
        patrol_id: PatrolId,
        kind: PatrolKind,
        filing: Filing,
    },
}

fn list(codes: &[&str]) -> String {
    if codes.is_empty() { "无 none".to_owned() } else { codes.join(", ") }
}

impl PatrolFact<'_> {
    /// The stored event: kind, bilingual summary, details.
    pub fn event(&self) -> ArchiveEvent {
        let (kind, summary, details) = match *self {
            PatrolFact::PatrolRecorded { patrol_id, inspected_on, findings, re_review_required } => (
                Kind::PatrolRecorded,
                format!(
                    "巡查 Patrol {patrol_id} on {inspected_on}; 发现问题 findings: {}{}",
                    list(findings),
                    if re_review_required {
                        "; 需重新审查 re-review required (§二(三) 二)"
                    } else {
                        ""
                    }
                ),
                json!({ "patrolId": patrol_id, "inspectedOn": inspected_on, "findings": findings,
                        "reReviewRequired": re_review_required }),
            ),
            PatrolFact::PatrolConflictDetected { patrol_id, other_patrol_id, inspected_on } => (
                Kind::PatrolConflictDetected,
                format!(
                    "巡查记录冲突 Patrol {patrol_id} conflicts with patrol {other_patrol_id} of {inspected_on} from another device"
                ),
                json!({ "patrolId": patrol_id, "otherPatrolId": other_patrol_id, "inspectedOn": inspected_on }),
            ),
            PatrolFact::MeasureOrdered { measure_id, patrol_id, kind } => (
                Kind::MeasureOrdered,
                format!("措施 Measure {measure_id} ordered on patrol {patrol_id}: {}", describe(kind)),
                json!({ "measureId": measure_id, "patrolId": patrol_id, "measure": kind }),
            ),
            PatrolFact::MeasureClosed { measure_id, status, reason } => (
                Kind::MeasureClosed,
                format!("措施 Measure {measure_id} {status}; 说明 Note: {reason}"),
                json!({ "measureId": measure_id, "status": status.as_str(), "reason": reason }),
            ),
            PatrolFact::FollowUpRecorded { follow_up_id, visit_id, outcome } => (
                Kind::FollowUpRecorded,
                follow_up_summary(follow_up_id, visit_id, outcome),
                json!({ "followUpId": follow_up_id, "visitId": visit_id, "result": outcome }),
            ),
            PatrolFact::Filing { patrol_id, kind, filing } => {
                let (event, what) = match filing {
                    Filing::Acknowledged => {
                        (Kind::PatrolRecordAcknowledged, "备案已确认 acknowledged by the province")
                    }
                    _ => (Kind::PatrolRecordFiled, "已备案 filed with the province"),
                };
                (
                    event,
                    format!("{} {patrol_id}: {what}", kind.label()),
                    json!({ "patrolId": patrol_id, "kind": kind.as_str(), "filing": filing.as_str() }),
                )
            }
        };
        ArchiveEvent { kind, summary, details }
    }
}

fn describe(kind: &MeasureKind) -> String {
    match kind {
        MeasureKind::Assistance => "帮扶 assistance".to_owned(),
        MeasureKind::RectifyByDeadline { deadline } => format!("限期改正 rectify by {deadline}"),
        MeasureKind::SamplingTest => "抽样检验 sampling test".to_owned(),
        MeasureKind::Suspension => "停产整顿 production suspended for rectification".to_owned(),
        MeasureKind::Penalty { decision_number, amount, .. } => {
            format!("行政处罚 penalty {decision_number}, {amount} 元 yuan")
        }
        MeasureKind::Transfer { to, .. } => format!("移送 transferred to {to}"),
    }
}

fn follow_up_summary(follow_up_id: FollowUpId, visit_id: PatrolId, outcome: &FollowUpOutcome) -> String {
    match outcome {
        FollowUpOutcome::Closed { .. } => {
            format!("回访 Follow-up {follow_up_id} (visit {visit_id}): 已整改 all rectified, closed")
        }
        FollowUpOutcome::SuspendUntilCompliant { next_deadline, .. } => format!(
            "回访 Follow-up {follow_up_id} (visit {visit_id}): 原问题仍存在 persisting: {}; 责令停产整顿 suspended until compliant, next follow-up after {next_deadline}",
            list(&outcome.persisting())
        ),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use rust_decimal::Decimal;

    use super::*;
    use follow_up::{CarriedItem, CarriedOutcome};

    #[test]
    fn filing_moves_from_unfiled_to_filed_to_acknowledged_only() {
        use Filing::*;
        let cases = [
            (Unfiled, Ok(Filed), Err(FilingRefused::NotFiled)),
            (Filed, Err(FilingRefused::Already(Filed)), Ok(Acknowledged)),
            (
                Acknowledged,
                Err(FilingRefused::Already(Acknowledged)),
                Err(FilingRefused::Already(Acknowledged)),
            ),
        ];
        for (from, file, acknowledge) in cases {
            assert_eq!((from.file(), from.acknowledge()), (file, acknowledge), "{from}");
        }
    }

    #[test]
    fn every_fact_renders_its_kind_and_summary() {
        let day: NaiveDate = "2027-09-02".parse().unwrap();
        let penalty = MeasureKind::Penalty {
            decision_number: "罚12号".into(),
            legal_basis: "条例".into(),
            amount: Decimal::new(200050, 2),
        };
        let suspended = FollowUpOutcome::SuspendUntilCompliant {
            items: vec![
                CarriedItem { code: "PACKAGING_LABELING".into(), outcome: CarriedOutcome::Rectified },
                CarriedItem { code: "CONDITIONS_CHANGES".into(), outcome: CarriedOutcome::Persisting },
            ],
            next_deadline: "2027-11-10".parse().unwrap(),
        };
        let closed = FollowUpOutcome::Closed { items: vec![] };
        let cases: Vec<(PatrolFact, Kind, &str)> = vec![
            (
                PatrolFact::PatrolRecorded {
                    patrol_id: PatrolId::new(3),
                    inspected_on: day,
                    findings: &["CONDITIONS_CHANGES", "PACKAGING_LABELING"],
                    re_review_required: true,
                },
                Kind::PatrolRecorded,
                "巡查 Patrol 3 on 2027-09-02; 发现问题 findings: CONDITIONS_CHANGES, PACKAGING_LABELING; 需重新审查 re-review required (§二(三) 二)",
            ),
            (
                PatrolFact::PatrolRecorded {
                    patrol_id: PatrolId::new(4),
                    inspected_on: day,
                    findings: &[],
                    re_review_required: false,
                },
                Kind::PatrolRecorded,
                "巡查 Patrol 4 on 2027-09-02; 发现问题 findings: 无 none",
            ),
            (
                PatrolFact::PatrolConflictDetected {
                    patrol_id: PatrolId::new(5),
                    other_patrol_id: PatrolId::new(3),
                    inspected_on: day,
                },
                Kind::PatrolConflictDetected,
                "巡查记录冲突 Patrol 5 conflicts with patrol 3 of 2027-09-02 from another device",
            ),
            (
                PatrolFact::MeasureOrdered {
                    measure_id: MeasureId::new(8),
                    patrol_id: PatrolId::new(3),
                    kind: &penalty,
                },
                Kind::MeasureOrdered,
                "措施 Measure 8 ordered on patrol 3: 行政处罚 penalty 罚12号, 2000.50 元 yuan",
            ),
            (
                PatrolFact::MeasureClosed {
                    measure_id: MeasureId::new(8),
                    status: MeasureStatus::Cancelled,
                    reason: "误录",
                },
                Kind::MeasureClosed,
                "措施 Measure 8 CANCELLED; 说明 Note: 误录",
            ),
            (
                PatrolFact::FollowUpRecorded {
                    follow_up_id: FollowUpId::new(2),
                    visit_id: PatrolId::new(6),
                    outcome: &suspended,
                },
                Kind::FollowUpRecorded,
                "回访 Follow-up 2 (visit 6): 原问题仍存在 persisting: CONDITIONS_CHANGES; 责令停产整顿 suspended until compliant, next follow-up after 2027-11-10",
            ),
            (
                PatrolFact::FollowUpRecorded {
                    follow_up_id: FollowUpId::new(2),
                    visit_id: PatrolId::new(7),
                    outcome: &closed,
                },
                Kind::FollowUpRecorded,
                "回访 Follow-up 2 (visit 7): 已整改 all rectified, closed",
            ),
            (
                PatrolFact::Filing {
                    patrol_id: PatrolId::new(7),
                    kind: PatrolKind::FollowUp,
                    filing: Filing::Filed,
                },
                Kind::PatrolRecordFiled,
                "回访 Follow-up visit 7: 已备案 filed with the province",
            ),
            (
                PatrolFact::Filing {
                    patrol_id: PatrolId::new(3),
                    kind: PatrolKind::Patrol,
                    filing: Filing::Acknowledged,
                },
                Kind::PatrolRecordAcknowledged,
                "巡查 Patrol 3: 备案已确认 acknowledged by the province",
            ),
        ];
        for (fact, kind, summary) in cases {
            let event = fact.event();
            assert_eq!((event.kind, event.summary.as_str()), (kind, summary));
        }
        let ordered = PatrolFact::MeasureOrdered {
            measure_id: MeasureId::new(8),
            patrol_id: PatrolId::new(3),
            kind: &penalty,
        };
        assert_eq!(
            ordered.event().details,
            json!({ "measureId": 8, "patrolId": 3,
                    "measure": { "kind": "PENALTY", "decisionNumber": "罚12号", "legalBasis": "条例", "amount": "2000.50" } })
        );
    }
}
