//! Periodic reports: quarters and due days, the all-pairs status table, the standing on a day,
//! and the content's parsing against an industry's declared fields, as tables.

#![allow(clippy::unwrap_used)]

use super::*;
use crate::calendar::CalendarYear;
use content::{RawField, RawQuantity};
use rust_decimal::Decimal;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// A quarter's year, number, first and last day.
type Bounds = (i32, u32, &'static str, &'static str);

#[test]
fn quarters_parse_and_bound() {
    let cases: &[(&str, Option<Bounds>)] = &[
        ("2026Q1", Some((2026, 1, "2026-01-01", "2026-03-31"))),
        ("2026-q2", Some((2026, 2, "2026-04-01", "2026-06-30"))),
        (" 2026Q3 ", Some((2026, 3, "2026-07-01", "2026-09-30"))),
        ("2026Q4", Some((2026, 4, "2026-10-01", "2026-12-31"))),
        ("2026Q5", None),
        ("2026Q0", None),
        ("2026", None),
        ("Q3", None),
        ("1999Q1", None),
        ("2026H1", None),
    ];
    for (text, expected) in cases {
        match (ReportPeriod::parse(text), expected) {
            (Ok(period), Some((year, quarter, first, last))) => {
                assert_eq!((period.year(), period.quarter()), (*year, *quarter), "{text}");
                assert_eq!((period.first_day(), period.last_day()), (day(first), day(last)), "{text}");
            }
            (Err(error), None) => assert_eq!(error.code, ErrorCode::InvalidReportPeriod, "{text}"),
            (actual, expected) => panic!("{text}: {actual:?}, expected {expected:?}"),
        }
    }
    assert_eq!(ReportPeriod::containing(day("2026-11-15")).to_string(), "2026Q4");
    assert_eq!(ReportPeriod::last_ended(day("2026-01-10")).to_string(), "2025Q4");
    assert_eq!(ReportPeriod::last_ended(day("2026-07-01")).to_string(), "2026Q2");
}

#[test]
fn a_report_is_made_after_the_quarter_and_within_three_years() {
    let q3 = ReportPeriod::parse("2026Q3").unwrap();
    let cases = [("2026-09-30", false), ("2026-10-01", true), ("2029-12-31", true), ("2030-01-01", false)];
    for (today, ok) in cases {
        assert_eq!(q3.check_reportable(day(today)).is_ok(), ok, "{today}");
    }
}

#[test]
fn the_due_day_is_fifteen_working_days_after_the_quarter() {
    // 2026: National Day week 10-01..10-07 off, 10-10 (Saturday) a make-up working day.
    let days = |list: &[&str]| list.iter().map(|text| day(text)).collect::<Vec<_>>();
    let holidays = days(&["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"]);
    let year = CalendarYear::parse(2026, &holidays, &days(&["2026-10-10"]), "test").unwrap();
    let calendar = WorkingCalendar::new([year]);
    let q3 = ReportPeriod::parse("2026Q3").unwrap();
    // Working days from 10-08: 8, 9, 10 (make-up), 12–16, 19–23, 26, 27 → the 15th is 10-27.
    assert_eq!(q3.due_on(&calendar), day("2026-10-27"));
    let q1 = ReportPeriod::parse("2026Q1").unwrap();
    assert_eq!(q1.due_on(&calendar), day("2026-04-21"));
}

#[test]
fn a_generated_report_owes_the_ended_quarters_and_judges_those_past_their_due_day() {
    let days = |list: &[&str]| list.iter().map(|text| day(text)).collect::<Vec<_>>();
    let holidays = days(&["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"]);
    let year = CalendarYear::parse(2026, &holidays, &days(&["2026-10-10"]), "test").unwrap();
    let calendar = WorkingCalendar::new([year]);
    // 2026Q3 is due on 10-27 (above): overdue from the day after; before it, 2026Q2 is the last.
    let cutoffs = [
        ("2026-10-01", "2026-06-30"),
        ("2026-10-27", "2026-06-30"),
        ("2026-10-28", "2026-09-30"),
        ("2026-12-07", "2026-09-30"),
    ];
    for (today, through) in cutoffs {
        assert_eq!(due_passed_through(&calendar, day(today)), day(through), "{today}");
    }
    let names = |quarters: Vec<ReportPeriod>| quarters.iter().map(ToString::to_string).collect::<Vec<_>>();
    let owed = |from, to, today| names(quarters_ended_within(day(from), day(to), day(today)));
    assert_eq!(owed("2026-07-01", "2026-12-31", "2026-12-07"), ["2026Q3"]);
    assert_eq!(owed("2026-01-01", "2026-06-30", "2026-04-01"), ["2026Q1"]);
    assert_eq!(owed("2026-01-01", "2026-06-30", "2026-03-31"), Vec::<String>::new());
    assert_eq!(owed("2025-01-01", "2025-12-31", "2026-12-07"), ["2025Q1", "2025Q2", "2025Q3", "2025Q4"]);
    assert_eq!(owed("2025-01-01", "2025-12-31", "2025-12-31"), ["2025Q1", "2025Q2", "2025Q3"]);
}

/// Every status × every event: the next status, or a refusal.
#[test]
fn status_machine_all_pairs() {
    use ReportEvent as E;
    use ReportStatus as S;
    let expected = |from: S, event: E| -> Option<S> {
        match (from, event) {
            (S::Draft, E::Save) => Some(S::Draft),
            (S::Returned, E::Save) => Some(S::Returned),
            (S::Draft, E::Submit) | (S::Returned, E::Submit) => Some(S::Submitted),
            (S::Submitted, E::Acknowledge) => Some(S::Acknowledged),
            (S::Submitted, E::Return) => Some(S::Returned),
            _ => None,
        }
    };
    let mut allowed = 0;
    for &from in S::ALL {
        for event in E::ALL {
            let actual = from.next(event);
            assert_eq!(actual.ok(), expected(from, event), "{from} × {event:?}");
            if let Err(refusal) = actual {
                assert_eq!(refusal, TransitionRefused { from, event });
            } else {
                allowed += 1;
            }
        }
    }
    assert_eq!(allowed, 6);
    assert_eq!(
        S::Acknowledged.next(E::Save).unwrap_err().to_string(),
        "a periodic report that is ACKNOWLEDGED cannot be edited"
    );
}

#[test]
fn the_standing_follows_the_status_and_the_due_day() {
    let due = day("2026-10-27");
    let cases: &[(Option<ReportStatus>, &str, Standing)] = &[
        (None, "2026-10-27", Standing::Due),
        (None, "2026-10-28", Standing::Overdue),
        (Some(ReportStatus::Draft), "2026-10-01", Standing::Due),
        (Some(ReportStatus::Draft), "2026-11-01", Standing::Overdue),
        (Some(ReportStatus::Returned), "2026-11-01", Standing::Returned),
        (Some(ReportStatus::Submitted), "2026-11-01", Standing::Submitted),
        (Some(ReportStatus::Acknowledged), "2026-11-01", Standing::Acknowledged),
    ];
    for (status, today, standing) in cases {
        assert_eq!(Standing::of(*status, due, day(today)), *standing, "{status:?} {today}");
    }
}

fn specs() -> Vec<FieldSpec> {
    let spec =
        |code: &str, kind, required| FieldSpec { code: code.into(), name_zh: code.into(), kind, required };
    vec![
        spec("COPPER", FieldKind::Decimal { unit: "t".into(), scale: Some(3) }, true),
        spec("BATCHES", FieldKind::Integer { unit: "批".into() }, false),
        spec("NOTE", FieldKind::Text { max_length: 5 }, false),
        spec("CHANGED", FieldKind::Boolean, false),
    ]
}

fn raw(fields: &[(&str, &str, Option<&str>)]) -> RawContent {
    RawContent {
        output: RawQuantity { value: "120.5".into(), unit: "km".into() },
        sales: RawQuantity { value: "98".into(), unit: "万元".into() },
        fields: fields
            .iter()
            .map(|(code, value, unit)| RawField {
                code: (*code).into(),
                value: (*value).into(),
                unit: unit.map(str::to_owned),
            })
            .collect(),
        ..RawContent::default()
    }
}

/// Each industry field: accepted with its value, or refused with INVALID_REPORT_FIELD and a
/// message naming the field.
#[test]
fn industry_fields_are_checked_against_the_declaration() {
    type Typed = (&'static str, &'static str, Option<&'static str>);
    let cases: &[(Typed, Result<FieldValue, &str>)] = &[
        (
            ("COPPER", "12.125", Some("t")),
            Ok(FieldValue::Decimal { value: Decimal::new(12125, 3), unit: "t".into() }),
        ),
        (("COPPER", "12.1255", Some("t")), Err("COPPER: 12.1255 has more than 3 decimal places")),
        (("COPPER", "12", Some("kg")), Err("COPPER: the unit is t, not \"kg\"")),
        (("COPPER", "12", None), Err("COPPER: the value must carry its unit t")),
        (("COPPER", "-1", Some("t")), Err("COPPER: -1 is negative")),
        (("COPPER", "1e3", Some("t")), Err("COPPER:")),
        (("BATCHES", "14", Some("批")), Ok(FieldValue::Integer { value: 14, unit: "批".into() })),
        (("BATCHES", "14.5", Some("批")), Err("BATCHES: \"14.5\" is not a whole number of 批")),
        (("NOTE", "abc", None), Ok(FieldValue::Text { value: "abc".into() })),
        (("NOTE", "abcdef", None), Err("NOTE: must have at most 5 characters")),
        (("CHANGED", "true", None), Ok(FieldValue::Boolean { value: true })),
        (("CHANGED", "yes", None), Err("CHANGED: \"yes\" is neither true nor false")),
        (("SILVER", "1", Some("t")), Err("SILVER: the industry declares no such report field")),
    ];
    for (field, expected) in cases {
        let parsed = ReportContent::parse(raw(&[*field]), &specs());
        match (parsed, expected) {
            (Ok(content), Ok(value)) => assert_eq!(content.fields.get(field.0), Some(value), "{field:?}"),
            (Err(errors), Err(message)) => {
                assert_eq!(errors.codes(), [ErrorCode::InvalidReportField], "{field:?}");
                assert!(errors.0[0].message.starts_with(message), "{field:?}: {errors}");
            }
            (actual, expected) => panic!("{field:?}: {actual:?}, expected {expected:?}"),
        }
    }
    let twice =
        ReportContent::parse(raw(&[("BATCHES", "1", Some("批")), ("BATCHES", "2", Some("批"))]), &specs());
    assert_eq!(twice.unwrap_err().0[0].message, "BATCHES: is given twice");
}

#[test]
fn required_fields_are_missing_until_given() {
    let draft = ReportContent::parse(raw(&[]), &specs()).unwrap();
    assert_eq!(draft.missing(&specs()), ["COPPER (COPPER)"]);
    let complete = ReportContent::parse(raw(&[("COPPER", "1", Some("t"))]), &specs()).unwrap();
    assert!(complete.missing(&specs()).is_empty());
}

/// The common fields: every problem at once, each naming its field.
#[test]
fn common_fields_report_every_problem() {
    let mut bad = raw(&[]);
    bad.output = RawQuantity { value: "-3".into(), unit: "t".into() };
    bad.sales = RawQuantity { value: "5".into(), unit: " ".into() };
    bad.quality_incidents = 2;
    bad.complaints = -1;
    bad.conditions_changed = true;
    let errors = ReportContent::parse(bad, &specs()).unwrap_err();
    let fields: Vec<&str> = errors.0.iter().map(|error| error.field).collect();
    assert_eq!(fields, ["output", "sales", "qualityIncidentNotes", "complaints", "conditionsChange"]);
    assert!(errors.codes().iter().all(|code| *code == ErrorCode::InvalidPeriodicReport));

    let mut good = raw(&[]);
    good.quality_incidents = 1;
    good.quality_incident_notes = Some("一批绝缘厚度不合格，已召回".into());
    good.conditions_changed = true;
    good.conditions_change = Some("新增挤出机一台".into());
    let content = ReportContent::parse(good, &specs()).unwrap();
    assert_eq!(content.common.output, Quantity { value: Decimal::new(1205, 1), unit: "km".into() });
    assert_eq!(content.common.conditions_change.as_deref(), Some("新增挤出机一台"));
    // Stored as JSON with decimals as strings, and read back the same.
    let json = serde_json::to_value(&content).unwrap();
    assert_eq!(json["common"]["output"]["value"], "120.5");
    assert_eq!(serde_json::from_value::<ReportContent>(json).unwrap(), content);
}

fn report(status: ReportStatus) -> PeriodicReport {
    let now = DateTime::<Utc>::from_timestamp(0, 0).unwrap();
    PeriodicReport {
        id: PeriodicReportId::new(4),
        enterprise_id: EnterpriseId::new(1),
        industry: "wire-cable".into(),
        period: ReportPeriod::parse("2026Q3").unwrap(),
        due_on: day("2026-10-27"),
        status,
        content: ReportContent::parse(raw(&[]), &specs()).unwrap(),
        profile: Some(ProfileStamp { plugin_id: "wire-cable".into(), version: "0.2.1".into() }),
        submissions: 0,
        first_submitted_on: None,
        submitted_on: None,
        return_reason: None,
        decided_by: None,
        decided_on: None,
        drafted_by: "e".into(),
        created_at: now,
        updated_at: now,
    }
}

#[test]
fn submissions_keep_the_first_day_and_returns_their_reason() {
    let now = DateTime::<Utc>::from_timestamp(0, 0).unwrap();
    let first = report(ReportStatus::Draft).submitted(day("2026-10-28"), now).unwrap();
    assert_eq!((first.submissions, first.first_submitted_on), (1, Some(day("2026-10-28"))));
    assert!(first.late());
    let returned =
        first.decided(ReportEvent::Return, Some("产量单位错误"), "county", day("2026-10-29"), now).unwrap();
    assert_eq!(returned.status, ReportStatus::Returned);
    let again = returned.submitted(day("2026-11-02"), now).unwrap();
    assert_eq!((again.submissions, again.first_submitted_on), (2, Some(day("2026-10-28"))));
    assert_eq!(again.submitted_on, Some(day("2026-11-02")));
    assert_eq!(again.return_reason.as_deref(), Some("产量单位错误"));
    let fact = ReportFact::Returned(&returned).event();
    assert_eq!(
        fact.summary,
        "定期报告退回 Periodic report 2026Q3 (wire-cable) returned for correction; 原因 Reason: 产量单位错误"
    );
    let fact = ReportFact::Submitted(&again).event();
    assert_eq!(fact.kind, Kind::PeriodicReportSubmitted);
    assert_eq!(
        fact.summary,
        "定期报告 Periodic report 2026Q3 (wire-cable) submitted (submission 2); 逾期 late, due 2026-10-27"
    );
    assert_eq!(fact.details["profile"], json!({ "pluginId": "wire-cable", "version": "0.2.1" }));
    assert!(
        report(ReportStatus::Acknowledged).edited(report(ReportStatus::Draft).content, None, now).is_err()
    );
}
