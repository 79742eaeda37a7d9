//! Table tests of generated reports: the approval machine's every pair, the periods, who reports.

#![allow(clippy::unwrap_used)]

use super::*;

#[test]
fn report_machine_all_pairs() {
    use ReportEvent as E;
    use ReportRefused::*;
    use ReportStatus as S;
    let table: &[(ReportStatus, ReportEvent, Result<ReportStatus, ReportRefused>)] = &[
        (S::Draft, E::Generate, Ok(S::Draft)),
        (S::Draft, E::Submit, Ok(S::Submitted)),
        (S::Draft, E::Return, Err(NotSubmitted(S::Draft))),
        (S::Draft, E::Accept, Err(NotSubmitted(S::Draft))),
        (S::Draft, E::Lock, Err(NotAccepted(S::Draft))),
        (S::Draft, E::Unlock, Err(NotLocked(S::Draft))),
        (S::Submitted, E::Generate, Err(NotEditable(S::Submitted))),
        (S::Submitted, E::Submit, Err(NotDraft(S::Submitted))),
        (S::Submitted, E::Return, Ok(S::Returned)),
        (S::Submitted, E::Accept, Ok(S::Accepted)),
        (S::Submitted, E::Lock, Err(NotAccepted(S::Submitted))),
        (S::Submitted, E::Unlock, Err(NotLocked(S::Submitted))),
        // A returned report is generated again (corrected) before it is submitted again.
        (S::Returned, E::Generate, Ok(S::Draft)),
        (S::Returned, E::Submit, Err(NotDraft(S::Returned))),
        (S::Returned, E::Return, Err(NotSubmitted(S::Returned))),
        (S::Returned, E::Accept, Err(NotSubmitted(S::Returned))),
        (S::Returned, E::Lock, Err(NotAccepted(S::Returned))),
        (S::Returned, E::Unlock, Err(NotLocked(S::Returned))),
        (S::Accepted, E::Generate, Err(NotEditable(S::Accepted))),
        (S::Accepted, E::Submit, Err(NotDraft(S::Accepted))),
        (S::Accepted, E::Return, Err(NotSubmitted(S::Accepted))),
        (S::Accepted, E::Accept, Err(NotSubmitted(S::Accepted))),
        (S::Accepted, E::Lock, Ok(S::Locked)),
        (S::Accepted, E::Unlock, Err(NotLocked(S::Accepted))),
        (S::Locked, E::Generate, Err(NotEditable(S::Locked))),
        (S::Locked, E::Submit, Err(NotDraft(S::Locked))),
        (S::Locked, E::Return, Err(NotSubmitted(S::Locked))),
        (S::Locked, E::Accept, Err(NotSubmitted(S::Locked))),
        (S::Locked, E::Lock, Err(NotAccepted(S::Locked))),
        (S::Locked, E::Unlock, Ok(S::Draft)),
    ];
    assert_eq!(table.len(), ReportStatus::ALL.len() * 6, "all pairs");
    for (from, event, expected) in table {
        assert_eq!(from.apply(*event), *expected, "{from:?} + {event:?}");
    }
    assert_eq!(
        ReportStatus::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
        ["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED", "LOCKED"]
    );
}

#[test]
fn periods() {
    let today: NaiveDate = "2026-12-06".parse().unwrap();
    type Case = (ReportKind, i32, Option<Half>, Result<(&'static str, &'static str), &'static str>);
    let cases: &[Case] = &[
        (ReportKind::Annual, 2026, None, Ok(("2026-01-01", "2026-12-31"))),
        (ReportKind::Annual, 2025, None, Ok(("2025-01-01", "2025-12-31"))),
        (ReportKind::SemiAnnual, 2026, Some(Half::First), Ok(("2026-01-01", "2026-06-30"))),
        (ReportKind::SemiAnnual, 2026, Some(Half::Second), Ok(("2026-07-01", "2026-12-31"))),
        (ReportKind::SemiAnnual, 2026, None, Err("half")),
        (ReportKind::Annual, 2026, Some(Half::First), Err("half")),
        // Not begun yet.
        (ReportKind::Annual, 2027, None, Err("year")),
        (ReportKind::Annual, 1999, None, Err("year")),
    ];
    for (kind, year, half, expected) in cases {
        let got = ReportPeriod::parse(*kind, *year, *half, today);
        let got = got
            .map(|p| {
                let (from, to) = p.span();
                (from.to_string(), to.to_string())
            })
            .map_err(|e| {
                assert_eq!(e.code, ErrorCode::InvalidDateRange);
                e.field
            });
        let expected = expected.map(|(from, to)| (from.to_owned(), to.to_owned()));
        assert_eq!(got, expected, "{kind:?} {year} {half:?}");
    }
    for half in [None, Some(Half::First), Some(Half::Second)] {
        let period = ReportPeriod { kind: ReportKind::SemiAnnual, year: 2026, half };
        assert_eq!(ReportPeriod::half_of(period.half_number()), half);
    }
}

#[test]
fn who_reports_what() {
    use AuthorityLevel::*;
    use ReportKind::*;
    let cases = [
        (Annual, National, Err(ReporterRefused::NationalReportsToNoOne)),
        (Annual, Provincial, Ok(())),
        (Annual, Municipal, Ok(())),
        (Annual, County, Ok(())),
        (SemiAnnual, National, Err(ReporterRefused::NationalReportsToNoOne)),
        (SemiAnnual, Provincial, Ok(())),
        (SemiAnnual, Municipal, Err(ReporterRefused::SemiAnnualIsProvincial)),
        (SemiAnnual, County, Err(ReporterRefused::SemiAnnualIsProvincial)),
    ];
    for (kind, level, expected) in cases {
        assert_eq!(check_reporter(kind, level), expected, "{kind:?} by {level:?}");
    }
}

#[test]
fn figures_count_one_kind_and_rates_by_group() {
    for figure in Figure::ALL {
        assert_eq!(Figure::parse(figure.as_str()), Some(*figure));
        assert!(!figure.title_zh().is_empty());
        if figure.by_industry() {
            assert_eq!(figure.record_kind(), RecordKind::TestingTask, "{figure:?}");
        }
        // A group is an industry or a quarter, never both; the periodic reports' obligations stand
        // as licenses, the reports as themselves.
        assert!(!(figure.by_industry() && figure.by_quarter()), "{figure:?}");
        if figure.by_quarter() {
            let kinds = [RecordKind::License, RecordKind::PeriodicReport];
            assert!(kinds.contains(&figure.record_kind()), "{figure:?}");
        }
    }
    let count = |figure, group: &str, count| FigureCount { figure, group: group.to_owned(), count };
    let counts = [
        count(Figure::SamplesPassed, "", 3),
        count(Figure::SamplesNonconforming, "", 1),
        count(Figure::SamplesNotJudgeable, "", 5),
        count(Figure::SamplesPassed, "wire", 1),
        count(Figure::SamplesNonconforming, "wire", 1),
        count(Figure::SamplesPassed, "brake", 2),
        count(Figure::TestingTasks, "", 12),
    ];
    let rate = |group| pass_rate(&counts, group).map(|r| r.to_string());
    assert_eq!(rate(""), Some("75.0".to_owned()));
    assert_eq!(rate("wire"), Some("50.0".to_owned()));
    assert_eq!(rate("brake"), Some("100.0".to_owned()));
    assert_eq!(rate("none"), None);
}

#[test]
fn periods_due_in_a_year_by_level() {
    use crate::registry::authority::AuthorityLevel as L;
    let annual = |year| ReportPeriod { kind: ReportKind::Annual, year, half: None };
    let half = |year, half| ReportPeriod { kind: ReportKind::SemiAnnual, year, half: Some(half) };
    let table = [
        (L::National, vec![]),
        (L::Provincial, vec![annual(2026), half(2026, Half::Second), half(2027, Half::First)]),
        (L::Municipal, vec![annual(2026)]),
        (L::County, vec![annual(2026)]),
    ];
    for (level, expected) in table {
        assert_eq!(periods_due_in(level, 2027), expected, "{level:?}");
    }
}

#[test]
fn a_report_is_due_working_days_after_its_period_and_on_time_by_that_day() {
    let calendar = crate::calendar::WorkingCalendar::new([]);
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let annual = ReportPeriod { kind: ReportKind::Annual, year: 2026, half: None };
    let first = ReportPeriod { kind: ReportKind::SemiAnnual, year: 2027, half: Some(Half::First) };
    // 2026-12-31 is a Thursday: fifteen weekdays on is Thursday 2027-01-21; 2027-06-30 a Wednesday.
    assert_eq!(annual.due_on(&calendar, SUBMIT_WORKING_DAYS), day("2027-01-21"));
    assert_eq!(first.due_on(&calendar, SUBMIT_WORKING_DAYS), day("2027-07-21"));
    assert_eq!(first.due_on(&calendar, 5), day("2027-07-07"));
    let due = day("2027-01-21");
    let table =
        [(None, false), (Some(day("2027-01-20")), true), (Some(due), true), (Some(day("2027-01-22")), false)];
    for (submitted, expected) in table {
        assert_eq!(ReportPeriod::on_time(submitted, due), expected, "{submitted:?}");
    }
}
