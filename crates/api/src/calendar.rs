//! The supervision calendar in GraphQL: `supervisionCalendar` (the date deadlines are counted
//! on) and `advanceDemoClock`, which moves it forward on a demonstration server so objection
//! windows and rectification deadlines can be walked through (docs/adr/0008-demo-clock.md).

use async_graphql::{Context, InputObject, Object, SimpleObject};
use chrono::NaiveDate;
use oversight_app::SupervisionCalendar as CalendarRecord;

use crate::error::{ResultExt, caller};

/// The calendar the supervision deadlines are counted on (objection windows, rectification
/// deadlines, overdue re-checks): today's date in China, moved forward by the demo clock on a
/// demonstration server.
pub struct SupervisionCalendar(pub CalendarRecord);

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

#[derive(SimpleObject)]
pub struct AdvanceDemoClockPayload {
    /// The calendar after the move.
    pub calendar: SupervisionCalendar,
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
        input: AdvanceDemoClockInput,
    ) -> async_graphql::Result<AdvanceDemoClockPayload> {
        let (app, principal) = caller(ctx)?;
        let calendar = app.advance_demo_clock(principal, i64::from(input.days)).await.gql_input("input")?;
        Ok(AdvanceDemoClockPayload { calendar: SupervisionCalendar(calendar) })
    }
}
