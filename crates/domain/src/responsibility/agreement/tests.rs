//! Table tests of the agreement: thresholds per kind, the targets' list, the year, the span,
//! readings at their thresholds, and every status × event pair.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn dec(text: &str) -> Decimal {
    text.parse().unwrap()
}

#[test]
fn thresholds_are_checked_in_each_kinds_unit() {
    use TargetKind::*;
    let cases: &[(TargetKind, &str, Option<&str>)] = &[
        (PatrolCoverage, "90", Some("90")),
        (PatrolCoverage, "90.5", Some("90.5")),
        (PatrolCoverage, "90.50", Some("90.5")),
        (PatrolCoverage, "100", Some("100")),
        (PatrolCoverage, "0.1", Some("0.1")),
        (PatrolCoverage, "100.1", None),
        (PatrolCoverage, "0", None),
        (PatrolCoverage, "90.55", None),
        (PatrolCoverage, "-5", None),
        (ReviewCompletion, "ninety", None),
        (ReviewCompletion, "NaN", None),
        (OverdueRectifications, "0", Some("0")),
        (OverdueRectifications, "3", Some("3")),
        (OverdueRectifications, "3.0", Some("3")),
        (OverdueRectifications, "2.5", None),
        (OverdueRectifications, "10001", None),
        (OverdueRectifications, "-1", None),
        (NoticeCloseMedianDays, "1", Some("1")),
        (NoticeCloseMedianDays, "60", Some("60")),
        (NoticeCloseMedianDays, "0", None),
        (NoticeCloseMedianDays, "61", None),
        (NoticeCloseMedianDays, "7.5", None),
        (PeriodicReportsOnTime, "95.5", Some("95.5")),
        (PeriodicReportsOnTime, "100", Some("100")),
        (PeriodicReportsOnTime, "0", None),
        (PeriodicReportsOnTime, "3", Some("3")),
        (PeriodicReportsOnTime, "100.5", None),
    ];
    for (kind, text, expected) in cases {
        let got = kind.threshold(text).ok();
        assert_eq!(got, expected.map(dec), "{kind} {text}");
    }
}

#[test]
fn a_target_list_reports_every_bad_target_at_once_and_sorts_by_kind() {
    use TargetKind::*;
    let raw = vec![(OverdueRectifications, "2".to_owned()), (PatrolCoverage, "95".to_owned())];
    let parsed = parse_targets(&raw).unwrap();
    assert_eq!(
        parsed,
        vec![
            Target { kind: PatrolCoverage, threshold: dec("95") },
            Target { kind: OverdueRectifications, threshold: dec("2") },
        ]
    );
    let bad = vec![
        (PatrolCoverage, "95".to_owned()),
        (PatrolCoverage, "90".to_owned()),
        (NoticeCloseMedianDays, "0".to_owned()),
        (ReviewCompletion, "x".to_owned()),
    ];
    let errors = parse_targets(&bad).unwrap_err().0;
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert!(errors.iter().all(|e| e.code == ErrorCode::InvalidAgreement && e.field == "targets"));
    assert!(errors[0].message.contains("twice"), "{}", errors[0].message);
    assert_eq!(parse_targets(&[]).unwrap_err().0.len(), 1);
}

#[test]
fn an_agreement_is_for_this_year_or_the_next() {
    let today = day(2026, 12, 6);
    for (year, ok) in [(2026, true), (2027, true), (2025, false), (2028, false)] {
        assert_eq!(parse_year(year, today).is_ok(), ok, "{year}");
    }
}

#[test]
fn values_count_from_the_first_day_to_today_or_the_years_end() {
    assert_eq!(counting_span(2026, day(2026, 3, 9)), Some((day(2026, 1, 1), day(2026, 3, 9))));
    assert_eq!(counting_span(2026, day(2026, 1, 1)), Some((day(2026, 1, 1), day(2026, 1, 1))));
    assert_eq!(counting_span(2025, day(2026, 3, 9)), Some((day(2025, 1, 1), day(2025, 12, 31))));
    assert_eq!(counting_span(2027, day(2026, 12, 31)), None);
}

#[test]
fn readings_are_judged_at_their_thresholds() {
    use TargetKind::*;
    let target = |kind, threshold: &str| Target { kind, threshold: dec(threshold) };
    let share = |counted, out_of| Reading::Share { counted, out_of };
    let cases: &[(Target, Reading, Option<&str>, Option<bool>)] = &[
        (target(PatrolCoverage, "90"), share(9, 10), Some("90"), Some(true)),
        (target(PatrolCoverage, "90"), share(8, 9), Some("88.8"), Some(false)),
        // 2/3 is 66.66…: rounded down, never up to the threshold.
        (target(PatrolCoverage, "66.7"), share(2, 3), Some("66.6"), Some(false)),
        (target(PatrolCoverage, "66.6"), share(2, 3), Some("66.6"), Some(true)),
        (target(ReviewCompletion, "100"), share(0, 0), Some("100"), Some(true)),
        (target(ReviewCompletion, "0.1"), share(0, 5), Some("0"), Some(false)),
        (target(OverdueRectifications, "2"), Reading::Count(2), Some("2"), Some(true)),
        (target(OverdueRectifications, "2"), Reading::Count(3), Some("3"), Some(false)),
        (target(OverdueRectifications, "0"), Reading::Count(0), Some("0"), Some(true)),
        (target(NoticeCloseMedianDays, "5"), Reading::MedianDays(Some(5)), Some("5"), Some(true)),
        (target(NoticeCloseMedianDays, "5"), Reading::MedianDays(Some(6)), Some("6"), Some(false)),
        (target(NoticeCloseMedianDays, "5"), Reading::MedianDays(None), None, None),
    ];
    for (target, reading, value, met) in cases {
        assert_eq!(reading.value(), value.map(dec), "{target:?} {reading:?}");
        assert_eq!(target.met(reading), *met, "{target:?} {reading:?}");
    }
}

#[test]
fn every_status_and_event_pair() {
    use AgreementEvent as E;
    use AgreementRefused as R;
    use AgreementStatus as S;
    let table: &[(S, E, Result<S, R>)] = &[
        (S::Draft, E::Amend, Ok(S::Draft)),
        (S::Draft, E::Sign, Ok(S::Signed)),
        (S::Draft, E::Withdraw, Ok(S::Withdrawn)),
        (S::Signed, E::Amend, Err(R::Signed)),
        (S::Signed, E::Sign, Err(R::Signed)),
        (S::Signed, E::Withdraw, Ok(S::Withdrawn)),
        (S::Withdrawn, E::Amend, Err(R::Withdrawn)),
        (S::Withdrawn, E::Sign, Err(R::Withdrawn)),
        (S::Withdrawn, E::Withdraw, Err(R::Withdrawn)),
    ];
    assert_eq!(table.len(), S::ALL.len() * 3);
    for (status, event, expected) in table {
        assert_eq!(status.next(*event), *expected, "{status} {event:?}");
    }
}
