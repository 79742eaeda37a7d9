//! Benchmark of issue 19 item 6's supervision overview (督导, docs/adr/0042), through the real
//! server (not a timed test): the national view over 31 provinces (target < 1 s) — every line's
//! default figures, agreement measures, overdue orders and reports — and one province drilled
//! down.
//!
//! The seed: an authority per province, `--enterprises N` (default 100,000) spread evenly over
//! them with a wire-cable license each, each province's annual review opened over its licenses
//! (every license enrolled), and one order from the nation to each province, overdue. Run on
//! SQLite, and on PostgreSQL too when `OVERSIGHT_TEST_POSTGRES_URL` is set:
//!
//! ```sh
//! cargo run -p oversight-tests --example overview
//! ```
//!
//! Optional: `--enterprises N`; `OVERSIGHT_BENCH_KEEP=1` keeps the seeded databases for EXPLAIN.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use chrono::{Datelike, Duration as Days, NaiveDate, Weekday};
use oversight_tests::bench::{enterprises, on_each_database, seed_nation};
use oversight_tests::{Db, TestServer};
use serde_json::{Value, json};

const OPEN: &str = "mutation($i: OpenReviewYearInput!) { openReviewYear(input: $i) { enrolled } }";
const ORDER: &str =
    "mutation($i: IssueSupervisionOrderInput!) { issueSupervisionOrder(input: $i) { order { id } } }";
const OVERVIEW: &str = "query($r: String) { supervisionOverview(regionCode: $r) { countedOn \
    own { overdueOrders figures { figure count } } \
    rows { authority { id name } region { code } figures { figure count } \
      measures { kind value counted outOf threshold met } agreement { id } overdueOrders lateNotices \
      reports { id } concerns } } }";

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

/// Six runs, the first a warm-up: min, median and max of the others, and the last answer.
async fn timed(server: &TestServer, token: &str, variables: Value) -> (Duration, Duration, Duration, Value) {
    let mut runs = Vec::new();
    let mut last = Value::Null;
    for _ in 0..6 {
        let started = Instant::now();
        last = server.graphql_as(token, OVERVIEW, variables.clone()).await;
        runs.push(started.elapsed());
    }
    let mut runs = runs[1..].to_vec();
    runs.sort();
    (runs[0], runs[runs.len() / 2], runs[runs.len() - 1], last)
}

async fn seed(server: &TestServer, count: usize) {
    let tokens = seed_nation(server, count).await;
    let today = server.app.today();
    let review = json!({ "i": { "year": today.year(), "submissionDeadline": deadline(today).to_string() } });
    let mut enrolled = 0;
    for token in &tokens {
        let opened = server.graphql_as(token, OPEN, review.clone()).await;
        enrolled +=
            opened["data"]["openReviewYear"]["enrolled"].as_u64().unwrap_or_else(|| panic!("{opened}"));
        let me = server.graphql_as(token, "{ viewer { authority { id } } }", json!({})).await;
        let target = me["data"]["viewer"]["authority"]["id"].clone();
        let input = json!({ "i": { "targetAuthorityId": target, "subjectKind": "OTHER",
            "subjectText": "年度审查", "text": "督办：年度审查进度", "workingDays": 1 } });
        let issued = server.graphql_as(&server.national_token, ORDER, input).await;
        assert!(issued["data"]["issueSupervisionOrder"]["order"]["id"].is_string(), "{issued}");
    }
    assert_eq!(enrolled, count as u64);
    server.app.advance_clock_days(7);
    server.app.store().analyze().await.unwrap();
}

async fn run(db: Db, count: usize) {
    let server = oversight_tests::bench::wire_cable_server(db).await;
    let started = Instant::now();
    seed(&server, count).await;
    eprintln!(
        "[{db:?}] seeded 31 provinces, {count} enterprises, licenses and reviews in {:.1?}",
        started.elapsed()
    );
    let token = server.national_token.clone();
    let (min, median, max, answer) = timed(&server, &token, json!({})).await;
    let rows = answer["data"]["supervisionOverview"]["rows"].as_array().unwrap_or_else(|| panic!("{answer}"));
    assert_eq!(rows.len(), 31, "{answer}");
    assert!(rows.iter().all(|r| r["overdueOrders"] == json!(1)), "{answer}");
    println!("== {db:?} ==");
    println!(
        "supervisionOverview, the nation: 31 provinces, {count} enterprises, 14 figures and 5 measures a line: min {} median {} max {}",
        ms(min),
        ms(median),
        ms(max)
    );
    let province = rows[0]["region"]["code"].clone();
    let (min, median, max, answer) = timed(&server, &token, json!({ "r": province })).await;
    assert!(answer["data"]["supervisionOverview"]["own"].is_object(), "{answer}");
    println!(
        "supervisionOverview, one province drilled down ({province}): min {} median {} max {}",
        ms(min),
        ms(median),
        ms(max)
    );
    println!("{}", oversight_tests::bench::sqlite_heap(&server));
    if std::env::var_os("OVERSIGHT_BENCH_KEEP").is_some() {
        // Left for EXPLAIN: the database (and SQLite's directory) outlive the run.
        eprintln!("[{db:?}] kept: {}", server.database_url);
        std::mem::forget(server);
        return;
    }
    server.stop().await;
}

#[actix_web::main]
async fn main() {
    let count = enterprises();
    on_each_database(|db| run(db, count)).await;
}
