//! Benchmark of issue 14's annual-review targets, through the real server (not a timed test):
//!
//! 1. `openReviewYear` for a province of 100,000 licenses (target < 5 s): every license in force
//!    joins the year and gets its archive event — two `INSERT … SELECT` statements.
//! 2. `annualReviewProgress` over those 100,000 reviews by county (target < 200 ms).
//!
//! Run on SQLite, and on PostgreSQL too when `OVERSIGHT_TEST_POSTGRES_URL` is set:
//!
//! ```sh
//! cargo run --release -p oversight-tests --example annual_review
//! ```
//!
//! Optional: `--enterprises N` (default 100000). Seeding the province goes straight through
//! storage in large transactions: it is setup, not the subject.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use chrono::{Datelike, Duration as Days, NaiveDate, Weekday};
use oversight_tests::bench::{enterprises, on_each_database, seed_province};
use oversight_tests::{Db, TestServer};
use serde_json::json;

const OPEN: &str =
    "mutation($i: OpenReviewYearInput!) { openReviewYear(input: $i) { enrolled reviewYear { id } } }";
const PROGRESS: &str = "query($y: ID!) { annualReviewProgress(yearId: $y, regionLevel: COUNTY) { regionPrefix status count overdue } }";

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
    let server = TestServer::start(db).await.unwrap();
    let started = Instant::now();
    let token = seed_province(&server, count).await;
    eprintln!("[{db:?}] seeded {count} enterprises and licenses in {:.1?}", started.elapsed());
    let year = server.app.today().year();
    let variables =
        json!({ "i": { "year": year, "submissionDeadline": deadline(server.app.today()).to_string() } });
    let started = Instant::now();
    let opened = server.graphql_as(&token, OPEN, variables).await;
    let open_time = started.elapsed();
    assert_eq!(opened["data"]["openReviewYear"]["enrolled"], json!(count), "{opened}");
    let year_id = opened["data"]["openReviewYear"]["reviewYear"]["id"].clone();
    let mut runs = Vec::new();
    for _ in 0..6 {
        let started = Instant::now();
        let answer = server.graphql_as(&token, PROGRESS, json!({ "y": year_id })).await;
        runs.push(started.elapsed());
        let total: u64 = answer["data"]["annualReviewProgress"]
            .as_array()
            .unwrap()
            .iter()
            .map(|row| row["count"].as_u64().unwrap())
            .sum();
        assert_eq!(total, count as u64, "{answer}");
    }
    // The first run warms the caches; the rest are timed.
    let mut timed = runs[1..].to_vec();
    timed.sort();
    println!("== {db:?} ==");
    println!("openReviewYear enrolling {count} licenses: {} (target < 5 s)", ms(open_time));
    println!(
        "annualReviewProgress over {count} reviews by county: min {} median {} max {} (target < 200 ms)",
        ms(timed[0]),
        ms(timed[timed.len() / 2]),
        ms(timed[timed.len() - 1])
    );
    server.stop().await;
}

#[actix_web::main]
async fn main() {
    let count = enterprises();
    on_each_database(|db| run(db, count)).await;
}
