//! Benchmark of issue 18 item 1's key regions (重点地区), through the real server (not a timed
//! test): `keyRegions` for a province of 100,000 licensed enterprises over eight districts, with
//! 2,200 unlicensed producers found in two of them (one crosses the producer-ratio threshold), and
//! the queue of patrols due (`patrolsDue { totalCount }`), which judges the same counties on every
//! read (docs/adr/0037).
//!
//! Run on SQLite, and on PostgreSQL too when `OVERSIGHT_TEST_POSTGRES_URL` is set:
//!
//! ```sh
//! cargo run --release -p oversight-tests --example key_regions
//! ```
//!
//! Optional: `--enterprises N` (default 100000). Seeding goes straight through storage for the
//! registry (setup, not the subject); the unlicensed cases go through `openUnlicensedCase`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use oversight_tests::bench::{REGIONS, enterprises, on_each_database, seed_province};
use oversight_tests::{Db, TestServer};
use serde_json::json;

const REGIONS_QUERY: &str = "{ keyRegions { region { code } key licensedEnterprises unlicensedProducers producerRatio reasons { criterion } } }";
const DUE: &str = "{ patrolsDue(first: 20) { totalCount } }";
const OPEN: &str = "mutation($i: OpenUnlicensedCaseInput!) { openUnlicensedCase(input: $i) { case { id } } }";

/// 2,000 producers in the first district and 200 in the second.
async fn seed_cases(server: &TestServer, token: &str) {
    let today = server.app.today();
    for n in 0..2_200 {
        let region = if n < 2_000 { REGIONS[0] } else { REGIONS[1] };
        let input = json!({ "i": { "producerName": format!("无证作坊{n}"), "address": "某村 1 组", "regionCode": region,
            "industry": "wire-cable", "product": "电线", "source": "COMPLAINT", "reference": format!("12315-{n}"),
            "finding": "现场查见生产设备", "foundOn": today.to_string() } });
        let answer = server.graphql_as(token, OPEN, input).await;
        assert!(answer["data"]["openUnlicensedCase"]["case"]["id"].is_string(), "{answer}");
    }
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// Six runs of `query`, the first a warm-up: min, median and max of the others.
async fn timed(
    server: &TestServer,
    token: &str,
    query: &str,
) -> (Duration, Duration, Duration, serde_json::Value) {
    let mut runs = Vec::new();
    let mut last = serde_json::Value::Null;
    for _ in 0..6 {
        let started = Instant::now();
        last = server.graphql_as(token, query, json!({})).await;
        runs.push(started.elapsed());
    }
    let mut runs = runs[1..].to_vec();
    runs.sort();
    (runs[0], runs[runs.len() / 2], runs[runs.len() - 1], last)
}

async fn run(db: Db, count: usize) {
    let server = TestServer::start_with_plugins(db, &["oversight_plugin_wire_cable"]).await.unwrap();
    let started = Instant::now();
    let token = seed_province(&server, count).await;
    seed_cases(&server, &token).await;
    // Statistics as autovacuum would leave them some minutes later: measured right after the bulk
    // load, PostgreSQL planned from empty-table estimates (132 licenses) and probed the 100,000
    // enterprises one by one (0.4–0.8 s a call) instead of hashing them (about 80 ms).
    server.app.store().analyze().await.unwrap();
    eprintln!("[{db:?}] seeded {count} enterprises and 2,200 cases in {:.1?}", started.elapsed());
    let (min, median, max, answer) = timed(&server, &token, REGIONS_QUERY).await;
    let regions = answer["data"]["keyRegions"].as_array().unwrap_or_else(|| panic!("{answer}"));
    assert_eq!(regions.len(), REGIONS.len(), "{answer}");
    let key: Vec<&str> = regions
        .iter()
        .filter(|r| r["key"] == json!(true))
        .filter_map(|r| r["region"]["code"].as_str())
        .collect();
    assert_eq!(key, vec![REGIONS[0]], "{answer}");
    println!("== {db:?} ==");
    println!(
        "keyRegions, a province of {count} licensed enterprises over {} districts, 2200 unlicensed producers: min {} median {} max {}",
        REGIONS.len(),
        ms(min),
        ms(median),
        ms(max)
    );
    let (min, median, max, answer) = timed(&server, &token, DUE).await;
    assert_eq!(answer["data"]["patrolsDue"]["totalCount"], json!(0), "{answer}");
    println!(
        "patrolsDue first 20 with totalCount (no plan: the key-region judgment and the empty queue): min {} median {} max {}",
        ms(min),
        ms(median),
        ms(max)
    );
    server.stop().await;
}

#[actix_web::main]
async fn main() {
    let count = enterprises();
    on_each_database(|db| run(db, count)).await;
}
