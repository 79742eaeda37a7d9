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

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::json;

use crate::ids::{FollowUpId, MeasureId, PatrolId};
use follow_up::FollowUpOutcome;
use measure::{MeasureKind, MeasureStatus};

crate::stored_enum! {
    /// The archive kinds of patrol facts. They are not yet variants of
    /// [`ArchiveEventKind`](crate::archive::ArchiveEventKind): adding one there changes the
    /// GraphQL enum mirrored in `api` and `schema.graphql`, which lands with the use cases that
    /// write them. The stored names here are the ones that will be used there.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum PatrolEventKind {
        /// A patrol inspection (巡查) was recorded with its findings.
        PatrolRecorded = "PATROL_RECORDED",
        /// Two devices submitted the same visit: the conflict is on record, unresolved.
        PatrolConflictDetected = "PATROL_CONFLICT_DETECTED",
        /// A measure (措施) was ordered on findings.
        MeasureOrdered = "MEASURE_ORDERED",
        /// A measure was carried out or cancelled.
        MeasureClosed = "MEASURE_CLOSED",
        /// A follow-up visit (回访) was recorded with its outcome.
        FollowUpRecorded = "FOLLOW_UP_RECORDED",
    }
}

/// A patrol fact as it will be stored in the archive: kind, bilingual summary, details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatrolEvent {
    pub kind: PatrolEventKind,
    pub summary: String,
    pub details: serde_json::Value,
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
        outcome: &'a FollowUpOutcome,
    },
}

fn list(codes: &[&str]) -> String {
    if codes.is_empty() { "无 none".to_owned() } else { codes.join(", ") }
}

impl PatrolFact<'_> {
    /// The stored event: kind, bilingual summary, details.
    pub fn event(&self) -> PatrolEvent {
        let (kind, summary, details) = match *self {
            PatrolFact::PatrolRecorded { patrol_id, inspected_on, findings, re_review_required } => (
                PatrolEventKind::PatrolRecorded,
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
                PatrolEventKind::PatrolConflictDetected,
                format!(
                    "巡查记录冲突 Patrol {patrol_id} conflicts with patrol {other_patrol_id} of {inspected_on} from another device"
                ),
                json!({ "patrolId": patrol_id, "otherPatrolId": other_patrol_id, "inspectedOn": inspected_on }),
            ),
            PatrolFact::MeasureOrdered { measure_id, patrol_id, kind } => (
                PatrolEventKind::MeasureOrdered,
                format!("措施 Measure {measure_id} ordered on patrol {patrol_id}: {}", describe(kind)),
                json!({ "measureId": measure_id, "patrolId": patrol_id, "measure": kind }),
            ),
            PatrolFact::MeasureClosed { measure_id, status, reason } => (
                PatrolEventKind::MeasureClosed,
                format!("措施 Measure {measure_id} {status}; 说明 Note: {reason}"),
                json!({ "measureId": measure_id, "status": status.as_str(), "reason": reason }),
            ),
            PatrolFact::FollowUpRecorded { follow_up_id, outcome } => (
                PatrolEventKind::FollowUpRecorded,
                follow_up_summary(follow_up_id, outcome),
                json!({ "followUpId": follow_up_id, "result": outcome }),
            ),
        };
        PatrolEvent { kind, summary, details }
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

fn follow_up_summary(follow_up_id: FollowUpId, outcome: &FollowUpOutcome) -> String {
    match outcome {
        FollowUpOutcome::Closed { .. } => {
            format!("回访 Follow-up {follow_up_id}: 已整改 all rectified, closed")
        }
        FollowUpOutcome::SuspendUntilCompliant { next_deadline, .. } => format!(
            "回访 Follow-up {follow_up_id}: 原问题仍存在 persisting: {}; 责令停产整顿 suspended until compliant, next follow-up after {next_deadline}",
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
        let cases: Vec<(PatrolFact, PatrolEventKind, &str)> = vec![
            (
                PatrolFact::PatrolRecorded {
                    patrol_id: PatrolId::new(3),
                    inspected_on: day,
                    findings: &["CONDITIONS_CHANGES", "PACKAGING_LABELING"],
                    re_review_required: true,
                },
                PatrolEventKind::PatrolRecorded,
                "巡查 Patrol 3 on 2027-09-02; 发现问题 findings: CONDITIONS_CHANGES, PACKAGING_LABELING; 需重新审查 re-review required (§二(三) 二)",
            ),
            (
                PatrolFact::PatrolRecorded {
                    patrol_id: PatrolId::new(4),
                    inspected_on: day,
                    findings: &[],
                    re_review_required: false,
                },
                PatrolEventKind::PatrolRecorded,
                "巡查 Patrol 4 on 2027-09-02; 发现问题 findings: 无 none",
            ),
            (
                PatrolFact::PatrolConflictDetected {
                    patrol_id: PatrolId::new(5),
                    other_patrol_id: PatrolId::new(3),
                    inspected_on: day,
                },
                PatrolEventKind::PatrolConflictDetected,
                "巡查记录冲突 Patrol 5 conflicts with patrol 3 of 2027-09-02 from another device",
            ),
            (
                PatrolFact::MeasureOrdered {
                    measure_id: MeasureId::new(8),
                    patrol_id: PatrolId::new(3),
                    kind: &penalty,
                },
                PatrolEventKind::MeasureOrdered,
                "措施 Measure 8 ordered on patrol 3: 行政处罚 penalty 罚12号, 2000.50 元 yuan",
            ),
            (
                PatrolFact::MeasureClosed {
                    measure_id: MeasureId::new(8),
                    status: MeasureStatus::Cancelled,
                    reason: "误录",
                },
                PatrolEventKind::MeasureClosed,
                "措施 Measure 8 CANCELLED; 说明 Note: 误录",
            ),
            (
                PatrolFact::FollowUpRecorded { follow_up_id: FollowUpId::new(2), outcome: &suspended },
                PatrolEventKind::FollowUpRecorded,
                "回访 Follow-up 2: 原问题仍存在 persisting: CONDITIONS_CHANGES; 责令停产整顿 suspended until compliant, next follow-up after 2027-11-10",
            ),
            (
                PatrolFact::FollowUpRecorded { follow_up_id: FollowUpId::new(2), outcome: &closed },
                PatrolEventKind::FollowUpRecorded,
                "回访 Follow-up 2: 已整改 all rectified, closed",
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

    #[test]
    fn the_kinds_do_not_collide_with_the_archive_kinds_they_will_join() {
        for kind in PatrolEventKind::ALL {
            assert_eq!(crate::archive::ArchiveEventKind::parse(kind.as_str()), None, "{kind}");
        }
    }
}
