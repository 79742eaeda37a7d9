//! The working-day calendar through the real server, on both databases: the national authority
//! records a year and a province may not (a refusal writes nothing); a year so recorded moves a
//! deadline computed afterwards — an objection deadline that would fall on a holiday ends on the
//! next working day — and the change is audited under the year.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use oversight_storage::audit;
use oversight_tests::{TestServer, on_both_databases};
use serde_json::{Value, json};

use crate::cast::{WIRE_CABLE, world};
use crate::common::full_census;
use crate::supervision::{SUBMIT, open, resistance, sample, submit_input, voltage};

const SET_YEAR: &str = "mutation($i: SetWorkingCalendarYearInput!) { setWorkingCalendarYear(input: $i) {
    year { year known holidays makeupWorkdays } } }";

const TASK: &str = "query($id: ID!) { testingTask(id: $id) { status verdictDate objectionDeadline } }";

fn date(value: &Value) -> NaiveDate {
    value.as_str().unwrap().parse().unwrap()
}

/// The first Monday-to-Friday after `day`: the test's own oracle for a year whose only holiday
/// is `day` (the following days are in that year, replaced by the test, or in a later year the
/// test database knows nothing of).
fn first_weekday_after(day: NaiveDate) -> NaiveDate {
    let mut next = day + Days::new(1);
    while matches!(next.weekday(), Weekday::Sat | Weekday::Sun) {
        next = next + Days::new(1);
    }
    next
}

on_both_databases!(
    a_recorded_holiday_moves_the_objection_deadline,
    holiday_body,
    plugins = super::WIRE_CABLE
);

async fn holiday_body(server: &TestServer) {
    let world = world(server).await;
    let today = server.app.today();
    // The fifteenth day of a window opened today becomes a holiday of its year.
    let fifteenth = today + Days::new(15);
    let input = json!({ "i": { "year": fifteenth.year(), "holidays": [fifteenth.to_string()],
                               "makeupWorkdays": [], "basis": "e2e: one holiday" } });

    let before = full_census(server).await;
    let refused = server.graphql_as(&world.provincial, SET_YEAR, input.clone()).await;
    assert_eq!(refused["errors"][0]["extensions"]["code"], "FORBIDDEN", "{refused}");
    assert_eq!(full_census(server).await, before, "a refused year writes nothing");

    let recorded = server.graphql_as(&world.national_head, SET_YEAR, input).await;
    assert!(recorded.get("errors").is_none(), "{recorded}");
    assert_eq!(
        recorded["data"]["setWorkingCalendarYear"]["year"],
        json!({ "year": fifteenth.year(), "known": true, "holidays": [fifteenth.to_string()], "makeupWorkdays": [] })
    );

    let task = open(server, &world.county, &world.licenses[0]).await;
    let failing = sample(vec![resistance("7.60", "Ω/km", "25"), voltage()]);
    let submitted =
        server.graphql_as(&world.lab, SUBMIT, submit_input("calendar", &[(&task, failing)])).await;
    assert!(submitted.get("errors").is_none(), "{submitted}");
    let judged = server.graphql_as(&world.county, TASK, json!({ "id": task["id"] })).await;
    let judged = &judged["data"]["testingTask"];
    assert_eq!((judged["status"].as_str(), date(&judged["verdictDate"])), (Some("JUDGED"), today));
    assert!(judged["objectionDeadline"].is_null(), "no window before delivery: {judged}");
    // Delivered today: the window's fifteenth day is the holiday, so it ends on the next working day.
    let delivered = crate::supervision::deliver(server, &world.county, &task["id"]).await;
    assert_eq!(date(&delivered["objectionDeadline"]), first_weekday_after(fifteenth), "{delivered}");

    let records = audit::scan(server.app.store(), 0, 1000).await.unwrap();
    let calendar: Vec<_> = records.iter().filter(|r| r.operation == "setWorkingCalendarYear").collect();
    assert_eq!(calendar.len(), 1, "only the national head's change is recorded");
    assert_eq!(calendar[0].objects, [format!("calendar-year:{}", fifteenth.year())]);
    assert_eq!(calendar[0].actor.role, "national_officer/head");
}
