//! Table tests of rectification meetings: every status and event, the meeting's fields, the
//! attendance (every summoned enterprise once, absences with a note), who a resolution binds and
//! its deadline.

#![allow(clippy::unwrap_used)]

use super::*;
use crate::calendar::CalendarYear;

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn ent(id: i64) -> EnterpriseId {
    EnterpriseId::new(id)
}

fn meeting(status: MeetingStatus) -> Meeting {
    Meeting {
        id: RectificationMeetingId::new(1),
        campaign_id: CampaignId::new(1),
        authority_id: AuthorityId::new(1),
        status,
        spec: MeetingSpec {
            title: "电线电缆行业整顿会议".to_owned(),
            held_on: date("2027-03-10"),
            place: "省局三楼会议室".to_owned(),
            enterprises: vec![ent(1), ent(2)],
        },
        minutes: None,
        cancel_reason: None,
        decided_on: None,
    }
}

#[test]
fn every_status_and_event() {
    use MeetingStatus::{Cancelled, Convened, Held};
    #[rustfmt::skip]
    let table = [
        // status,   today,        Hold          Cancel        Resolve
        (Convened,  "2027-03-09", ["!not due",   "ok",         "!not held"]),
        (Convened,  "2027-03-10", ["ok",         "ok",         "!not held"]),
        (Convened,  "2027-04-01", ["ok",         "ok",         "!not held"]),
        (Held,      "2027-03-10", ["!held",      "!held",      "ok"]),
        (Held,      "2027-04-01", ["!held",      "!held",      "ok"]),
        (Cancelled, "2027-03-09", ["!cancelled", "!cancelled", "!cancelled"]),
        (Cancelled, "2027-03-10", ["!cancelled", "!cancelled", "!cancelled"]),
    ];
    for (status, today, row) in table {
        let meeting = meeting(status);
        let today = date(today);
        for (event, expected) in
            [MeetingEvent::Hold, MeetingEvent::Cancel, MeetingEvent::Resolve].into_iter().zip(row)
        {
            let got = match meeting.check(event, today) {
                Ok(()) => "ok",
                Err(MeetingRefused::NotYetDue(day)) => {
                    assert_eq!(day, meeting.spec.held_on);
                    "!not due"
                }
                Err(MeetingRefused::AlreadyHeld) => "!held",
                Err(MeetingRefused::NotHeld) => "!not held",
                Err(MeetingRefused::Cancelled) => "!cancelled",
            };
            assert_eq!(got, expected, "{status:?} on {today}, {event:?}");
        }
    }
}

#[test]
fn holding_and_cancelling_set_the_status_day_and_text() {
    let convened = meeting(MeetingStatus::Convened);
    let held = convened.held("会议纪要".to_owned(), date("2027-03-10")).unwrap();
    assert_eq!((held.status, held.decided_on), (MeetingStatus::Held, Some(date("2027-03-10"))));
    assert_eq!(held.minutes.as_deref(), Some("会议纪要"));
    let cancelled = convened.cancelled("改期".to_owned(), date("2027-03-01")).unwrap();
    assert_eq!(
        (cancelled.status, cancelled.cancel_reason.as_deref()),
        (MeetingStatus::Cancelled, Some("改期"))
    );
    assert_eq!(held.cancelled("改期".to_owned(), date("2027-03-11")), Err(MeetingRefused::AlreadyHeld));
}

/// A row of the meeting table: title, place, day, enterprises, and the fields refused (empty:
/// accepted).
type SpecCase = (&'static str, &'static str, &'static str, &'static [i64], &'static [&'static str]);

/// A row of the deadline table: the period asked, the day asked, the deadline or the field refused.
type DeadlineCase = (Option<i64>, Option<&'static str>, Result<&'static str, &'static str>);

#[test]
fn the_meeting_is_checked_field_by_field() {
    let today = date("2027-03-01");
    #[rustfmt::skip]
    let table: [SpecCase; 7] = [
        ("行业整顿会议", "会议室", "2027-03-10", &[1, 2],    &[]),
        ("行业整顿会议", "会议室", "2027-03-01", &[2, 1, 2], &[]),
        ("会",          "会议室", "2027-03-10", &[1],       &["title"]),
        ("行业整顿会议", "",      "2027-03-10", &[1],       &["place"]),
        ("行业整顿会议", "会议室", "2027-02-28", &[1],       &["heldOn"]),
        ("行业整顿会议", "会议室", "2027-03-10", &[],        &["enterpriseIds"]),
        ("",            "",      "2027-02-28", &[],        &["title", "place", "heldOn", "enterpriseIds"]),
    ];
    for (title, place, held_on, ids, refused) in table {
        let ids: Vec<EnterpriseId> = ids.iter().copied().map(ent).collect();
        let raw = RawMeeting { title, held_on: date(held_on), place, enterprise_ids: &ids };
        let fields: Vec<&str> = match check_spec(raw, today) {
            Ok(spec) => {
                assert_eq!(
                    spec.enterprises.len(),
                    1 + usize::from(ids.len() > 1),
                    "each summoned once, sorted"
                );
                Vec::new()
            }
            Err(errors) => errors.0.iter().map(|e| e.field).collect(),
        };
        assert_eq!(fields, refused, "{title} {place} {held_on} {ids:?}");
    }
    let many: Vec<EnterpriseId> = (1..=(MAX_SUMMONED as i64 + 1)).map(ent).collect();
    let raw =
        RawMeeting { title: "行业整顿会议", held_on: today, place: "会议室", enterprise_ids: &many };
    assert_eq!(check_spec(raw, today).unwrap_err().codes(), [ErrorCode::InvalidRectificationMeeting]);
}

#[test]
fn attendance_names_every_summoned_enterprise_once() {
    use Attendance::{Absent, Attended};
    let summoned = [ent(1), ent(2)];
    let row = |id, attendance, note| RawAttendance { enterprise_id: ent(id), attendance, note };
    #[rustfmt::skip]
    let table: Vec<(Vec<RawAttendance<'_>>, usize)> = vec![
        (vec![row(1, Attended, None), row(2, Absent, Some("未说明理由"))], 0),
        (vec![row(2, Attended, Some("法定代表人出席")), row(1, Attended, None)], 0),
        (vec![row(1, Attended, None)], 1),                                          // 2 missing
        (vec![row(1, Attended, None), row(2, Absent, None)], 1),                    // no note
        (vec![row(1, Attended, None), row(2, Absent, Some("  "))], 1),              // blank note
        (vec![row(1, Attended, None), row(1, Attended, None), row(2, Attended, None)], 1), // twice
        (vec![row(1, Attended, None), row(2, Attended, None), row(3, Attended, None)], 1), // not summoned
        (vec![], 2),
    ];
    for (raw, n_problems) in table {
        match check_attendance(&summoned, &raw) {
            Ok(records) => {
                assert_eq!(n_problems, 0, "{raw:?}");
                assert_eq!(records.len(), 2);
            }
            Err(errors) => {
                assert_eq!(errors.0.len(), n_problems, "{raw:?}: {errors}");
                assert!(errors.0.iter().all(|e| e.code == ErrorCode::InvalidRectificationMeeting));
            }
        }
    }
}

fn summons(id: i64, resolved: bool) -> Summons {
    Summons {
        id: MeetingSummonsId::new(id),
        meeting_id: RectificationMeetingId::new(1),
        enterprise_id: ent(id),
        license_id: LicenseId::new(id),
        attendance: Some(Attendance::Attended),
        attendance_note: None,
        resolution: resolved.then(|| Resolution {
            requirement: "整改".to_owned(),
            rectify_by: date("2027-04-12"),
            resolved_on: date("2027-03-10"),
            follow_up_id: None,
        }),
    }
}

#[test]
fn a_resolution_binds_those_named_or_every_summoned_enterprise() {
    let all = [summons(1, false), summons(2, false), summons(3, true)];
    let ids = |targets: Vec<&Summons>| targets.iter().map(|s| s.enterprise_id.get()).collect::<Vec<_>>();
    assert_eq!(ids(resolution_targets(&all[..2], &[]).unwrap()), [1, 2]);
    assert_eq!(ids(resolution_targets(&all, &[ent(2), ent(1), ent(2)]).unwrap()), [1, 2]);
    assert_eq!(resolution_targets(&all, &[ent(4)]), Err(ResolutionRefused::NotSummoned(ent(4))));
    assert_eq!(resolution_targets(&all, &[]), Err(ResolutionRefused::AlreadyResolved(ent(3))));
    assert_eq!(resolution_targets(&all, &[ent(3)]), Err(ResolutionRefused::AlreadyResolved(ent(3))));
}

#[test]
fn a_resolution_deadline_is_a_period_or_a_day() {
    // 2027 with the National Day break (10-01..10-07) and its make-up Saturday (10-09).
    let holidays: Vec<NaiveDate> = (1..=7).map(|d| NaiveDate::from_ymd_opt(2027, 10, d).unwrap()).collect();
    let year = CalendarYear::parse(2027, &holidays, &[date("2027-10-09")], "国办发明电 test").unwrap();
    let calendar = WorkingCalendar::new([year]);
    let deadlines = Deadlines::NATIONAL;
    let today = date("2027-09-06");
    #[rustfmt::skip]
    let table: [DeadlineCase; 8] = [
        (None,     None,               Ok("2027-10-08")),   // 30 days: 10-06, a holiday
        (Some(15), None,               Ok("2027-09-21")),
        (Some(14), None,               Err("rectificationDays")),
        (Some(91), None,               Err("rectificationDays")),
        (None,     Some("2027-09-20"), Ok("2027-09-20")),
        (None,     Some("2027-10-02"), Ok("2027-10-08")),   // a holiday: the next working day
        (None,     Some("2027-09-06"), Err("rectifyBy")),   // not after today
        (Some(30), Some("2027-09-20"), Err("rectifyBy")),   // both
    ];
    for (days, day, expected) in table {
        let got = resolution_deadline(&calendar, &deadlines, today, days, day.map(date));
        let got = got.map(|d| d.to_string()).map_err(|e| e.field);
        assert_eq!(got, expected.map(str::to_owned), "{days:?} {day:?}");
    }
    let too_late = resolution_deadline(&calendar, &deadlines, today, None, Some(date("2027-12-31")));
    assert_eq!(too_late.map_err(|e| e.field), Err("rectifyBy"));
}

#[test]
fn every_fact_renders_its_kind() {
    use crate::archive::ArchiveEventKind as Kind;
    let held = meeting(MeetingStatus::Held);
    let absent = AttendanceRecord {
        enterprise_id: ent(2),
        attendance: Attendance::Absent,
        note: Some("未到".to_owned()),
    };
    let resolution = summons(1, true).resolution.unwrap();
    let cancelled =
        meeting(MeetingStatus::Convened).cancelled("改期".to_owned(), date("2027-03-01")).unwrap();
    let facts = [
        (MeetingFact::Summoned(&held), Kind::RectificationMeetingSummoned, "2027-03-10"),
        (
            MeetingFact::AttendanceRecorded { meeting: &held, attendance: &absent },
            Kind::RectificationMeetingAttendanceRecorded,
            "未到",
        ),
        (
            MeetingFact::ResolutionRecorded { meeting: &held, resolution: &resolution },
            Kind::RectificationMeetingResolutionRecorded,
            "2027-04-12",
        ),
        (MeetingFact::Cancelled(&cancelled), Kind::RectificationMeetingCancelled, "改期"),
    ];
    for (fact, kind, shown) in facts {
        let event = fact.event();
        assert_eq!(event.kind, kind);
        assert!(event.summary.contains(shown), "{}", event.summary);
    }
}
