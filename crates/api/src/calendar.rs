//! The calendars in GraphQL: `supervisionCalendar` (the date deadlines are counted on) and
//! `advanceDemoClock`, which moves it forward on a demonstration server so objection windows and
//! rectification deadlines can be walked through (docs/adr/0008-demo-clock.md); the working-day
//! calendar (`workingCalendar`, `setWorkingCalendarYear`: docs/adr/0011-working-day-calendar.md).

use async_graphql::{Context, InputObject, Object, SimpleObject};
use chrono::NaiveDate;
use oversight_app::SupervisionCalendar as CalendarRecord;
use oversight_domain::CalendarYear;

use crate::error::{ResultExt, caller};

/// The calendar the supervision deadlines are counted on (objection windows, rectification
/// deadlines, overdue re-checks): today's date in China, moved forward by the demo clock on a
/// demonstration server.
pub struct SupervisionCalendar(pub CalendarRecord);

/// The calendar the supervision deadlines are counted on: today's date in China, moved
/// forward by the demo clock on a demonstration server.
#[Object]
impl SupervisionCalendar {
    /// The supervision calendar's date.
    async fn today(&self) -> NaiveDate {
        self.0.today
    }

    /// Days the calendar runs ahead of the real date: zero unless `advanceDemoClock` moved it.
    /// Each server process keeps its own offset.
    async fn offset_days(&self) -> i64 {
        self.0.offset_days
    }

    /// Whether this server lets `advanceDemoClock` move the calendar (configuration
    /// `demo_clock`, off by default, on under `oversight demo`).
    async fn demo_clock(&self) -> bool {
        self.0.demo_clock
    }
}

/// How far to move the demo clock.
#[derive(InputObject)]
pub struct AdvanceDemoClockInput {
    /// Days forward, 1 to 366.
    pub days: i32,
}

/// What `advanceDemoClock` did.
#[derive(SimpleObject)]
pub struct AdvanceDemoClockPayload {
    /// The calendar after the move.
    pub calendar: SupervisionCalendar,
}

/// The working-day calendar deadlines are counted on: the public holidays and make-up working
/// days (调休) of the years whose State Council notice the national authority recorded. A period
/// in days whose last day is a rest day ends on the next working day (民法典 第二百零三条). A
/// year not in `knownYears` has weekends as its only rest days: a deadline counted into it may
/// move once its notice is recorded, so a client should warn.
pub struct WorkingCalendar(Vec<CalendarYear>);

/// The working-day calendar (工作日历) deadlines are counted on: the public holidays and make-up
/// working days (调休) of the years whose State Council notice is recorded.
#[Object]
impl WorkingCalendar {
    /// The years whose notice is recorded, in order.
    async fn known_years(&self) -> Vec<i32> {
        self.0.iter().map(|year| year.year).collect()
    }

    /// One year: its notice if recorded, else `known: false` and no dates.
    async fn year(
        &self,
        #[graphql(desc = "The calendar year, e.g. 2027.")] year: i32,
    ) -> WorkingCalendarYear {
        match self.0.iter().find(|known| known.year == year) {
            Some(known) => WorkingCalendarYear::from(known.clone()),
            None => WorkingCalendarYear {
                year,
                known: false,
                basis: None,
                holidays: Vec::new(),
                makeup_workdays: Vec::new(),
            },
        }
    }
}

/// One year of the working-day calendar.
#[derive(SimpleObject)]
pub struct WorkingCalendarYear {
    /// The calendar year.
    pub year: i32,
    /// Whether the year's notice is recorded; if not, only weekends are rest days.
    pub known: bool,
    /// The notice the dates come from.
    pub basis: Option<String>,
    /// Every day off (weekend days inside a break included), in order.
    pub holidays: Vec<NaiveDate>,
    /// The weekend days worked instead (调休上班), in order.
    pub makeup_workdays: Vec<NaiveDate>,
}

impl From<CalendarYear> for WorkingCalendarYear {
    fn from(year: CalendarYear) -> WorkingCalendarYear {
        WorkingCalendarYear {
            year: year.year,
            known: true,
            basis: Some(year.basis),
            holidays: year.holidays.into_iter().collect(),
            makeup_workdays: year.makeup_workdays.into_iter().collect(),
        }
    }
}

/// One year's notice, replacing whatever the calendar held for that year.
#[derive(InputObject)]
pub struct SetWorkingCalendarYearInput {
    /// 2000 to 2100.
    pub year: i32,
    /// Every day off of every break, weekend days inside a break included; each once, inside
    /// the year.
    pub holidays: Vec<NaiveDate>,
    /// The weekend days worked instead (调休上班): Saturdays or Sundays inside the year, none a
    /// holiday.
    pub makeup_workdays: Vec<NaiveDate>,
    /// The notice cited, e.g. 国务院办公厅关于2027年部分节假日安排的通知.
    pub basis: String,
}

/// What `setWorkingCalendarYear` recorded.
#[derive(SimpleObject)]
pub struct SetWorkingCalendarYearPayload {
    /// The year as recorded.
    pub year: WorkingCalendarYear,
}

#[derive(Default)]
pub struct CalendarQuery;

#[Object]
impl CalendarQuery {
    /// The supervision calendar of this server: the date deadlines are counted on.
    async fn supervision_calendar(&self, ctx: &Context<'_>) -> async_graphql::Result<SupervisionCalendar> {
        let (app, principal) = caller(ctx)?;
        Ok(SupervisionCalendar(app.supervision_calendar(principal).gql()?))
    }

    /// The working-day calendar deadlines are counted on: reference data, readable by everyone.
    async fn working_calendar(&self, ctx: &Context<'_>) -> async_graphql::Result<WorkingCalendar> {
        let (app, principal) = caller(ctx)?;
        Ok(WorkingCalendar(app.working_calendar_years(principal).await.gql()?))
    }
}

#[derive(Default)]
pub struct CalendarMutation;

#[Object]
impl CalendarMutation {
    /// Moves the supervision calendar forward (demonstration servers only: refused with
    /// DEMO_CLOCK_DISABLED unless the server runs with `demo_clock` on; the platform
    /// administrator only). Verdict dates and deadlines already recorded stay; what is counted
    /// from today moves: objection windows close, rectifications fall overdue, re-checks fall
    /// due. Audited. The offset belongs to this server process.
    async fn advance_demo_clock(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "How many days to move the calendar forward.")] input: AdvanceDemoClockInput,
    ) -> async_graphql::Result<AdvanceDemoClockPayload> {
        let (app, principal) = caller(ctx)?;
        let calendar = app.advance_demo_clock(principal, i64::from(input.days)).await.gql_input("input")?;
        Ok(AdvanceDemoClockPayload { calendar: SupervisionCalendar(calendar) })
    }

    /// Records one year of the working-day calendar from the State Council's notice, replacing
    /// the whole year (the national authority's officers, or the platform administrator). Refused
    /// with INVALID_CALENDAR_YEAR, CALENDAR_DATE_OUTSIDE_YEAR, CALENDAR_DATE_REPEATED,
    /// CALENDAR_DATE_BOTH_KINDS or MAKEUP_DAY_NOT_WEEKEND (every problem listed), writing
    /// nothing. Audited. Deadlines already fixed keep their dates.
    async fn set_working_calendar_year(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The year, its holidays and make-up working days, and the notice cited.")]
        input: SetWorkingCalendarYearInput,
    ) -> async_graphql::Result<SetWorkingCalendarYearPayload> {
        let (app, principal) = caller(ctx)?;
        let input = oversight_app::SetWorkingCalendarYear {
            year: input.year,
            holidays: input.holidays,
            makeup_workdays: input.makeup_workdays,
            basis: input.basis,
        };
        let year = app.set_working_calendar_year(principal, input).await.gql_input("input")?;
        Ok(SetWorkingCalendarYearPayload { year: WorkingCalendarYear::from(year) })
    }
}
