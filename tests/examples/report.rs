//! Benchmark of issue 17's generated reports (not a timed test): the semi-annual report of a
//! province of 100,000 enterprises (target < 3 s) through `generateReport` — every figure's
//! records written by `INSERT … SELECT` and counted, in one unit of work — then the same report
//! generated again (version 2), and a drill-down page of the largest figure.
//!
//! The seed: the province's enterprises with a wire-cable license each, and the year's annual
//! review opened over them (every license enrolled: 100,000 reviews for the review figures);
//! the other figures' tables are empty here, so their statements are index probes that find
//! nothing. Run on SQLite, and on PostgreSQL too when `OVERSIGHT_TEST_POSTGRES_URL` is set:
//!
//! ```sh
//! cargo run -p oversight-tests --example report
//! ```
//!
//! Optional: `--enterprises N` (default 100000).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use chrono::{Datelike, Duration as Days, NaiveDate, Weekday};
use oversight_tests::bench::{enterprises, on_each_database, seed_province};
use oversight_tests::{Db, TestServer};
use serde_json::json;

const OPEN: &str = "mutation($i: OpenReviewYearInput!) { openReviewYear(input: $i) { enrolled } }";
const GENERATE: &str = "mutation($i: GenerateReportInput!) { generateReport(input: $i) { id currentVersion \
    current { figure(key: REVIEW_ENROLLED) { count } } } }";
const DRILL: &str = "query($id: ID!) { node(id: $id) { ... on GeneratedReport { current { \
    figure(key: REVIEW_ENROLLED) { records(first: 100) { totalCount nodes { id } } } } } } }";

/// A Wednesday about three months on: a working day well past the 20 working days required.
fn deadline(today: NaiveDate) -> NaiveDate {
    let mut day = today + Days::days(90);
    while day.weekday() != Weekday::Wed {
        day += Days::days(1);
    }
    day
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

async fn run(db: Db, count: usize) {
    let server = TestServer::start_with_plugins(db, &["oversight_plugin_wire_cable"]).await.unwrap();
    let started = Instant::now();
    let token = seed_province(&server, count).await;
    let today = server.app.today();
    let variables =
        json!({ "i": { "year": today.year(), "submissionDeadline": deadline(today).to_string() } });
    let opened = server.graphql_as(&token, OPEN, variables).await;
    assert_eq!(opened["data"]["openReviewYear"]["enrolled"], json!(count), "{opened}");
    eprintln!("[{db:?}] seeded {count} enterprises, licenses and reviews in {:.1?}", started.elapsed());

    let half = if today.month() <= 6 { "FIRST" } else { "SECOND" };
    let input = json!({ "i": { "kind": "SEMI_ANNUAL", "year": today.year(), "half": half } });
    let mut times = Vec::new();
    let mut id = serde_json::Value::Null;
    for version in 1..=2 {
        let started = Instant::now();
        let answer = server.graphql_as(&token, GENERATE, input.clone()).await;
        times.push(started.elapsed());
        let report = &answer["data"]["generateReport"];
        assert_eq!(report["currentVersion"], json!(version), "{answer}");
        assert_eq!(report["current"]["figure"]["count"], json!(count), "{answer}");
        id = report["id"].clone();
    }
    let started = Instant::now();
    let drill = server.graphql_as(&token, DRILL, json!({ "id": id })).await;
    let drill_time = started.elapsed();
    let records = &drill["data"]["node"]["current"]["figure"]["records"];
    assert_eq!(records["totalCount"], json!(count), "{drill}");
    println!(
        "[{db:?}] generateReport SEMI_ANNUAL over {count} enterprises ({count} reviews counted): \
         version 1 {}, version 2 {} (target < 3 s); drill-down page of 100: {}",
        ms(times[0]),
        ms(times[1]),
        ms(drill_time)
    );
    server.stop().await;
}

#[actix_web::main]
async fn main() {
    let count = enterprises();
    on_each_database(|db| run(db, count)).await;
}
