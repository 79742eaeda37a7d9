//! The supervision overview (督导, §四 closing paragraphs: "质检总局…对各地证后监管工作进行督导"):
//! what the tier above sees of each authority directly below it — the year's report figures, the
//! agreement measures with the agreement's thresholds, overdue orders and late notices — and
//! which of those call for its attention. Counting is storage's; judging is here
//! (docs/adr/0042).

use std::collections::BTreeMap;

use serde::Serialize;

use super::agreement::{Agreement, AgreementStatus, Reading, Target, TargetKind};
use crate::generated_report::Figure;

/// The report figures a row shows when the reader names none: one or two per workflow §二(五)
/// asks the provinces to report on (annual review, patrols and follow-ups, periodic supervision,
/// handling of problem enterprises) and the linkage and enforcement figures §四's inspection
/// looks at.
pub const DEFAULT_FIGURES: [Figure; 14] = [
    Figure::ReviewEnrolled,
    Figure::ReviewExamined,
    Figure::ReviewOverdue,
    Figure::Patrols,
    Figure::FollowUps,
    Figure::TestingTasks,
    Figure::SamplesNonconforming,
    Figure::RectificationsOpened,
    Figure::RectificationsOverdue,
    Figure::Suspensions,
    Figure::Revocations,
    Figure::NoticesReceived,
    Figure::NoticesLate,
    Figure::UnlicensedCasesOpened,
];

/// One agreement measure of a row: the live reading, and the target of the agreement binding the
/// authority for the year with its judgment, when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measure {
    pub kind: TargetKind,
    pub reading: Reading,
    pub target: Option<Target>,
    /// Whether the target is met; `None` without a target or without a value (no median).
    pub met: Option<bool>,
}

/// Every measure of `readings` in kind order, each judged against `agreement`'s target of its
/// kind. A withdrawn agreement binds no one (docs/adr/0036 decision 11): its targets are not shown.
pub fn measures(readings: &BTreeMap<TargetKind, Reading>, agreement: Option<&Agreement>) -> Vec<Measure> {
    let binding = agreement.filter(|a| a.status != AgreementStatus::Withdrawn);
    readings
        .iter()
        .map(|(kind, reading)| {
            let target = binding.and_then(|a| a.targets.iter().find(|t| t.kind == *kind)).cloned();
            let met = target.as_ref().and_then(|t| t.met(reading));
            Measure { kind: *kind, reading: *reading, target, met }
        })
        .collect()
}

/// What calls for the inspecting tier's attention in a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Concern {
    /// A target of the signed agreement is not met on the day counted.
    TargetMissed,
    /// A supervision order (督查督办) to the authority or one below it is open past its deadline.
    OrdersOverdue,
    /// A linkage notice (联动通报) the authority received is late on a deadline.
    NoticesLate,
}

/// The concerns of a row, in a fixed order. Only a signed agreement's targets count: a draft is
/// not yet the lower authority's promise.
pub fn concerns(
    measures: &[Measure],
    agreement: Option<&Agreement>,
    overdue_orders: u64,
    late_notices: u64,
) -> Vec<Concern> {
    let signed = agreement.is_some_and(|a| a.status == AgreementStatus::Signed);
    let mut found = Vec::new();
    if signed && measures.iter().any(|m| m.met == Some(false)) {
        found.push(Concern::TargetMissed);
    }
    if overdue_orders > 0 {
        found.push(Concern::OrdersOverdue);
    }
    if late_notices > 0 {
        found.push(Concern::NoticesLate);
    }
    found
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use rust_decimal::Decimal;

    use super::*;
    use crate::ids::{AuthorityId, ResponsibilityAgreementId};
    use crate::registry::region::RegionCode;

    fn agreement(status: AgreementStatus, targets: &[(TargetKind, i64)]) -> Agreement {
        let region = |code| RegionCode::parse(code).unwrap_or(RegionCode::NATION);
        Agreement {
            id: ResponsibilityAgreementId::new(1),
            status,
            issuer_authority_id: AuthorityId::new(1),
            issuer_region: region("320000"),
            counterpart_authority_id: AuthorityId::new(2),
            counterpart_region: region("320100"),
            year: 2027,
            targets: targets
                .iter()
                .map(|(kind, t)| Target { kind: *kind, threshold: Decimal::from(*t) })
                .collect(),
            drafted_on: NaiveDate::from_ymd_opt(2027, 1, 4).unwrap_or_default(),
            signed_on: None,
            signed_by: None,
            withdrawn_on: None,
            withdrawal_reason: None,
        }
    }

    fn readings() -> BTreeMap<TargetKind, Reading> {
        BTreeMap::from([
            (TargetKind::PatrolCoverage, Reading::Share { counted: 9, out_of: 10 }),
            (TargetKind::ReviewCompletion, Reading::Share { counted: 0, out_of: 0 }),
            (TargetKind::OverdueRectifications, Reading::Count(3)),
            (TargetKind::NoticeCloseMedianDays, Reading::MedianDays(None)),
            (TargetKind::ReportsOnTime, Reading::Share { counted: 1, out_of: 2 }),
            (TargetKind::PeriodicReportsOnTime, Reading::Share { counted: 3, out_of: 4 }),
        ])
    }

    #[test]
    fn measures_are_judged_against_the_binding_agreement_only() {
        let targets = [
            (TargetKind::PatrolCoverage, 95),
            (TargetKind::OverdueRectifications, 5),
            (TargetKind::ReportsOnTime, 50),
            (TargetKind::PeriodicReportsOnTime, 80),
        ];
        // (agreement status, expected met per kind in kind order)
        let cases: [(Option<AgreementStatus>, [Option<bool>; 6]); 4] = [
            (None, [None; 6]),
            (Some(AgreementStatus::Draft), [Some(false), None, Some(true), None, Some(true), Some(false)]),
            (Some(AgreementStatus::Signed), [Some(false), None, Some(true), None, Some(true), Some(false)]),
            (Some(AgreementStatus::Withdrawn), [None; 6]),
        ];
        for (status, expected) in cases {
            let a = status.map(|s| agreement(s, &targets));
            let got: Vec<Option<bool>> = measures(&readings(), a.as_ref()).iter().map(|m| m.met).collect();
            assert_eq!(got, expected, "{status:?}");
        }
        let kinds: Vec<TargetKind> = measures(&readings(), None).iter().map(|m| m.kind).collect();
        assert_eq!(kinds, TargetKind::ALL);
    }

    #[test]
    fn a_median_without_closed_notices_is_never_a_miss() {
        let a = agreement(AgreementStatus::Signed, &[(TargetKind::NoticeCloseMedianDays, 10)]);
        let judged = measures(&readings(), Some(&a));
        assert!(concerns(&judged, Some(&a), 0, 0).is_empty());
    }

    #[test]
    fn concerns_table() {
        let missed = [(TargetKind::PatrolCoverage, 95)];
        let met = [(TargetKind::PatrolCoverage, 90)];
        use Concern::*;
        // (agreement, overdue orders, late notices, concerns)
        let cases: [(Option<Agreement>, u64, u64, Vec<Concern>); 6] = [
            (None, 0, 0, vec![]),
            (Some(agreement(AgreementStatus::Signed, &met)), 0, 0, vec![]),
            (Some(agreement(AgreementStatus::Signed, &missed)), 0, 0, vec![TargetMissed]),
            (Some(agreement(AgreementStatus::Draft, &missed)), 0, 0, vec![]),
            (None, 2, 0, vec![OrdersOverdue]),
            (
                Some(agreement(AgreementStatus::Signed, &missed)),
                1,
                4,
                vec![TargetMissed, OrdersOverdue, NoticesLate],
            ),
        ];
        for (a, orders, notices, expected) in cases {
            let judged = measures(&readings(), a.as_ref());
            assert_eq!(concerns(&judged, a.as_ref(), orders, notices), expected, "{a:?} {orders} {notices}");
        }
    }
}
