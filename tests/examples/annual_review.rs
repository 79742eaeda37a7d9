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
use oversight_app::NewAuthority;
use oversight_domain::RegionCode;
use oversight_domain::industry::{DeclaredCategory, IndustryCatalogue, LicenseCategory};
use oversight_domain::registry::credit_code::CreditCode;
use oversight_domain::registry::enterprise::{EnterpriseScale, NewEnterprise, RawBaseData};
use oversight_domain::registry::license::NewLicense;
use oversight_tests::{Db, TestServer, claims, postgres_url};
use serde_json::json;

const OPEN: &str =
    "mutation($i: OpenReviewYearInput!) { openReviewYear(input: $i) { enrolled reviewYear { id } } }";
const PROGRESS: &str = "query($y: ID!) { annualReviewProgress(yearId: $y, regionLevel: COUNTY) { regionPrefix status count overdue } }";

/// Nanjing's districts: the province's enterprises are spread over them.
const REGIONS: &[&str] = &["320102", "320104", "320105", "320106", "320111", "320113", "320114", "320115"];

fn enterprises() -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == "--enterprises")
        .and_then(|i| args.get(i + 1))
        .map(|n| n.parse().expect("--enterprises N"))
        .unwrap_or(100_000)
}

/// A Wednesday about three months on: a working day well past the 20 working days required.
fn deadline(today: NaiveDate) -> NaiveDate {
    let mut day = today + Days::days(90);
    while day.weekday() != Weekday::Wed {
        day += Days::days(1);
    }
    day
}

async fn seed(server: &TestServer, count: usize) -> String {
    let app = &server.app;
    let authority = NewAuthority {
        name: "江苏省市场监督管理局".to_owned(),
        region_code: "320000".to_owned(),
        parent_id: server.national_authority,
    };
    let jiangsu = app.create_authority(&server.national, authority).await.unwrap();
    let regions: Vec<RegionCode> = REGIONS.iter().map(|code| RegionCode::parse(code).unwrap()).collect();
    let store = app.store();
    let now = oversight_app::now();
    let today = app.today();
    // Wire and cable declaring its whole category 06, so that numbers may spread over its units.
    let mut wire_cable = app.industry_catalogue().find("wire-cable").unwrap().clone();
    wire_cable.license_categories =
        vec![DeclaredCategory { code: LicenseCategory::parse("06").unwrap(), needs_verification: true }];
    let catalogue = IndustryCatalogue::new(oversight_app::shipped_industries(), vec![wire_cable]);
    const CHUNK: usize = 10_000;
    for chunk_start in (0..count).step_by(CHUNK) {
        let tx = store.begin().await.unwrap();
        for i in chunk_start..(chunk_start + CHUNK).min(count) {
            let region = regions[i % regions.len()];
            let code = CreditCode::from_body(&format!("91{}{:09}", region.as_str(), i)).unwrap();
            let raw = RawBaseData {
                name: Some(format!("江苏电缆{i}有限公司")),
                region_code: Some(region.as_str().to_owned()),
                address: Some("工业园路 1 号".to_owned()),
                scale: Some(EnterpriseScale::Small),
                products: Some(vec!["聚氯乙烯绝缘电缆".to_owned()]),
                production_conditions: Some(String::new()),
                inspection_means: None,
                process: None,
            };
            let new = NewEnterprise::parse(code.as_str(), raw).unwrap();
            let enterprise = oversight_storage::registry::enterprise::insert(&tx, &new, now).await.unwrap();
            let number = format!("XK06-{:03}-{:05}", 1 + i / 90_000, 1 + i % 90_000);
            let issued_on = today - Days::days(30 + (i % 700) as i64);
            let license = NewLicense::parse(
                &catalogue,
                &number,
                "wire-cable",
                "电线电缆",
                issued_on,
                None,
                None,
                &region,
            )
            .unwrap();
            oversight_storage::registry::license::insert(&tx, enterprise.id, &license, now).await.unwrap();
        }
        tx.commit().await.unwrap();
    }
    server.token(&claims(
        "js-officer",
        &format!("authority:{}", jiangsu.id),
        "provincial_officer",
        Some("staff"),
    ))
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

async fn run(db: Db, count: usize) {
    let server = TestServer::start(db).await.unwrap();
    let started = Instant::now();
    let token = seed(&server, count).await;
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
    run(Db::Sqlite, count).await;
    if postgres_url().is_some() {
        run(Db::Postgres, count).await;
    } else {
        eprintln!("PostgreSQL skipped: OVERSIGHT_TEST_POSTGRES_URL is not set");
    }
}
