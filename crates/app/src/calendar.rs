//! The supervision calendar (the date objection windows and rectification deadlines are counted
//! on) and the demo clock that moves it forward on a demonstration server, so the README's
//! walkthrough can reach a deadline without waiting for it (docs/adr/0008-demo-clock.md).
//!
//! The working-day calendar (docs/adr/0011-working-day-calendar.md) is read here and replaced a
//! year at a time by the national authority (`set_working_calendar_year`); deadlines read it
//! inside their unit of work (`Work::working_calendar`).
//!
//! This module is the only place that reads the wall clock: `clippy.toml` disallows
//! `Utc::now` and `Local::now` everywhere else, tests included, so no rule can count a
//! deadline on a "today" other than `App::today`.

use chrono::{DateTime, FixedOffset, NaiveDate, SubsecRound, Utc};
use serde_json::json;

use oversight_domain::CalendarYear;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_storage::calendar;

use crate::{Action, App, AppError, Code, Principal, Resource, allow};

/// The most days one `advance_demo_clock` may move the calendar: a year, leap day included.
pub const MAX_DEMO_CLOCK_DAYS: i64 = 366;

/// China Standard Time: dates on licenses and deadlines are calendar dates in China.
pub(crate) const CHINA: FixedOffset = match FixedOffset::east_opt(8 * 3600) {
    Some(offset) => offset,
    None => panic!("UTC+8 is a valid offset"),
};

/// The wall clock, to the microsecond: PostgreSQL keeps microseconds, so a timestamp read back
/// (e.g. inside a cursor) must equal the one written on both databases. Timestamps of records
/// and tokens come from here; dates that rules count on come from `App::today`, which adds the
/// demo clock's offset.
#[allow(clippy::disallowed_methods, reason = "the one reading of the wall clock")]
pub fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}

/// The instant a calendar day begins in China (00:00, UTC+8): day bounds of date filters over
/// recorded instants.
pub fn start_of_day_in_china(day: NaiveDate) -> DateTime<Utc> {
    day.and_time(chrono::NaiveTime::MIN).and_utc() - chrono::Duration::hours(8)
}

/// The calendar date in China at an instant.
pub fn date_in_china(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&CHINA).date_naive()
}

/// The supervision calendar as this process counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SupervisionCalendar {
    /// The date deadlines are counted on: today in China, moved by the offset.
    pub today: chrono::NaiveDate,
    /// Days the calendar runs ahead of the real date (zero unless the demo clock moved it).
    pub offset_days: i64,
    /// Whether this server lets the demo clock be moved (`demo_clock` configuration).
    pub demo_clock: bool,
}

impl App {
    /// Lets (or not) `advance_demo_clock` move the calendar: the `demo_clock` configuration,
    /// off in service.
    pub fn with_demo_clock(mut self, enabled: bool) -> App {
        self.demo_clock = enabled;
        self
    }

    /// The supervision calendar; readable by every caller (it is no one's data).
    pub fn supervision_calendar(&self, principal: &Principal) -> Result<SupervisionCalendar, AppError> {
        allow(principal, Action::ReadSupervisionCalendar, &Resource::None, "supervision calendar")?;
        Ok(self.calendar())
    }

    fn calendar(&self) -> SupervisionCalendar {
        SupervisionCalendar {
            today: self.today(),
            offset_days: self.clock_offset_days(),
            demo_clock: self.demo_clock,
        }
    }

    /// Moves the supervision calendar of this process forward by `days` (1 to 366): the platform
    /// administrator, on a server run with the demo clock on. Writes an audit record and nothing
    /// else; the dates already recorded (verdict dates, deadlines) stay as they are, and what is
    /// counted from today (open objection windows, overdue rectifications, due re-checks) moves.
    pub async fn advance_demo_clock(
        &self,
        principal: &Principal,
        days: i64,
    ) -> Result<SupervisionCalendar, AppError> {
        allow(principal, Action::AdvanceDemoClock, &Resource::None, "demo clock")?;
        if !self.demo_clock {
            return Err(AppError::Refused {
                code: Code::DemoClockDisabled,
                field: None,
                message: "the demo clock is off on this server; a demonstration server runs with \
                          demo_clock = true (OVERSIGHT_DEMO_CLOCK=true, as `oversight demo` does)"
                    .to_owned(),
            });
        }
        if !(1..=MAX_DEMO_CLOCK_DAYS).contains(&days) {
            return Err(AppError::invalid(
                Code::BadUserInput,
                "days",
                format!(
                    "the demo clock moves forward by 1 to {MAX_DEMO_CLOCK_DAYS} days at a time, not {days}"
                ),
            ));
        }
        // One move at a time in this process, so the record's before and after are exact.
        let _guard = self.demo_clock_lock.lock().await;
        let before = self.calendar();
        let moved = before.today.checked_add_signed(chrono::Duration::days(days)).ok_or_else(|| {
            AppError::invalid(Code::BadUserInput, "days", "the calendar cannot move that far".to_owned())
        })?;
        let mut work = self.begin(principal, Operation::AdvanceDemoClock).await?;
        let state = |calendar: &SupervisionCalendar| json!({ "today": calendar.today.to_string(), "offsetDays": calendar.offset_days });
        let after = SupervisionCalendar { today: moved, offset_days: before.offset_days + days, ..before };
        work.touch([ObjectRef::DEMO_CLOCK]);
        work.commit(Some(state(&before)), Some(state(&after))).await?;
        // Moved only once the record is committed: a failed write leaves the calendar alone.
        self.advance_clock_days(days);
        Ok(self.calendar())
    }
}

/// One year's notice to record: the whole year, replacing what the calendar held for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetWorkingCalendarYear {
    pub year: i32,
    /// Every day off of every break (weekend days inside a break included).
    pub holidays: Vec<NaiveDate>,
    /// The weekend days worked instead (调休上班).
    pub makeup_workdays: Vec<NaiveDate>,
    /// The notice cited (国办发明电〔2024〕12号 …).
    pub basis: String,
}

impl App {
    /// Every year of the working-day calendar whose notice is recorded, oldest first (one
    /// statement); readable by every caller, as reference data. A year not listed has weekends
    /// as its only rest days.
    pub async fn working_calendar_years(&self, principal: &Principal) -> Result<Vec<CalendarYear>, AppError> {
        allow(principal, Action::ReadReference, &Resource::None, "working-day calendar")?;
        Ok(calendar::years(&self.store).await?)
    }

    /// Replaces one year of the working-day calendar with the State Council's notice: the
    /// national authority (or the platform operator). Validated as a whole (dates inside the
    /// year, none twice, none both a holiday and a make-up day, make-up days on weekends);
    /// refused input writes nothing. Audited with the year before and after. Deadlines already
    /// fixed keep their dates; those counted afterwards use the new year.
    pub async fn set_working_calendar_year(
        &self,
        principal: &Principal,
        input: SetWorkingCalendarYear,
    ) -> Result<CalendarYear, AppError> {
        allow(principal, Action::SetWorkingCalendar, &Resource::None, "working-day calendar")?;
        let year = CalendarYear::parse(input.year, &input.holidays, &input.makeup_workdays, &input.basis)?;
        let mut work = self.begin(principal, Operation::SetWorkingCalendarYear).await?;
        let before = calendar::years(work.tx()).await?.into_iter().find(|known| known.year == year.year);
        calendar::replace_year(work.tx(), &year).await?;
        work.touch([ObjectRef::calendar_year(year.year)]);
        work.commit(before.as_ref().map(CalendarYear::state), Some(year.state())).await?;
        Ok(year)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use oversight_domain::access::{Organisation, Role};
    use oversight_storage::StoreOptions;

    use super::*;

    fn platform() -> Principal {
        Principal::new("admin".into(), Role::PluginAdministrator, None, Organisation::Platform).unwrap()
    }

    async fn app(demo_clock: bool) -> App {
        App::open(StoreOptions::new("sqlite::memory:")).await.unwrap().with_demo_clock(demo_clock)
    }

    #[tokio::test]
    async fn the_demo_clock_moves_the_calendar_and_is_audited() {
        let app = app(true).await;
        let start = app.supervision_calendar(&platform()).unwrap();
        assert_eq!(start.offset_days, 0);
        assert!(start.demo_clock);
        let moved = app.advance_demo_clock(&platform(), 46).await.unwrap();
        assert_eq!(moved.offset_days, 46);
        assert_eq!(moved.today, start.today + chrono::Duration::days(46));
        assert_eq!(app.today(), moved.today);
        let trail = oversight_storage::audit::scan(app.store(), 0, 10).await.unwrap();
        assert_eq!(trail.len(), 1);
        assert_eq!(trail[0].operation, "advanceDemoClock");
        assert_eq!(trail[0].objects, vec!["demo-clock".to_owned()]);
    }

    #[tokio::test]
    async fn the_demo_clock_is_refused_when_off_or_out_of_range() {
        let off = app(false).await;
        let refused = off.advance_demo_clock(&platform(), 1).await.unwrap_err();
        assert_eq!(refused.code(), Code::DemoClockDisabled);
        let on = app(true).await;
        for days in [0, -1, 367] {
            match on.advance_demo_clock(&platform(), days).await.unwrap_err() {
                AppError::Invalid(problems) => {
                    assert_eq!(problems[0].code, Code::BadUserInput);
                    assert_eq!(problems[0].field, "days");
                }
                other => panic!("{days}: {other:?}"),
            }
        }
        assert_eq!(on.clock_offset_days(), 0);
        assert!(oversight_storage::audit::scan(on.store(), 0, 10).await.unwrap().is_empty());
    }

    /// The seeded notices are coherent years (they parse as any recorded year must) and hold
    /// what the notices say: 2025 has 28 days off and 5 make-up days, 2026 33 and 6.
    #[tokio::test]
    async fn the_seeded_notices_are_whole_and_coherent() {
        let app = app(false).await;
        let years = app.working_calendar_years(&platform()).await.unwrap();
        let shape: Vec<(i32, usize, usize)> =
            years.iter().map(|y| (y.year, y.holidays.len(), y.makeup_workdays.len())).collect();
        assert_eq!(shape, [(2025, 28, 5), (2026, 33, 6)]);
        for year in &years {
            let holidays: Vec<NaiveDate> = year.holidays.iter().copied().collect();
            let makeup: Vec<NaiveDate> = year.makeup_workdays.iter().copied().collect();
            assert_eq!(CalendarYear::parse(year.year, &holidays, &makeup, &year.basis).as_ref(), Ok(year));
        }
        assert!(years[0].basis.contains("国办发明电〔2024〕12号"), "{}", years[0].basis);
        let calendar = oversight_domain::WorkingCalendar::new(years);
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        // (date, working?): the National Day breaks and their make-up days of both years.
        let cases = [
            ("2025-09-28", true),
            ("2025-10-08", false),
            ("2025-10-09", true),
            ("2025-10-11", true),
            ("2026-10-07", false),
            ("2026-10-08", true),
            ("2026-10-10", true),
        ];
        for (date, working) in cases {
            assert_eq!(calendar.is_working_day(day(date)), working, "{date}");
        }
    }

    #[tokio::test]
    async fn a_year_is_set_by_the_nation_only_and_refused_input_writes_nothing() {
        let app = app(false).await;
        let nation = Principal::new(
            "nation".into(),
            Role::NationalOfficer,
            Some(oversight_domain::access::Tier::Staff),
            Organisation::Authority {
                id: oversight_domain::AuthorityId::new(1),
                region: oversight_domain::RegionCode::NATION,
                level: oversight_domain::AuthorityLevel::National,
            },
        )
        .unwrap();
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        let input = |holidays: Vec<NaiveDate>| SetWorkingCalendarYear {
            year: 2030,
            holidays,
            makeup_workdays: vec![day("2030-09-28")],
            basis: "试验".to_owned(),
        };
        let before = oversight_storage::census::row_counts(app.store()).await.unwrap();
        let refused = app.set_working_calendar_year(&nation, input(vec![day("2030-09-28")])).await;
        assert_eq!(
            refused.unwrap_err().code(),
            Code::Domain(oversight_domain::ErrorCode::CalendarDateBothKinds)
        );
        assert_eq!(oversight_storage::census::row_counts(app.store()).await.unwrap(), before);
        let recorded = app.set_working_calendar_year(&nation, input(vec![day("2030-10-01")])).await.unwrap();
        let years = app.working_calendar_years(&platform()).await.unwrap();
        assert_eq!(years.last(), Some(&recorded));
        let trail = oversight_storage::audit::scan(app.store(), 0, 10).await.unwrap();
        assert_eq!(trail.len(), 1);
        assert_eq!(
            (trail[0].operation.as_str(), trail[0].objects.clone()),
            ("setWorkingCalendarYear", vec!["calendar-year:2030".to_owned()])
        );
    }
}
