//! Benchmark of issue 16's draw target, through the real server (not a timed test): a
//! double-random draw over 100,000 licenses in force and 5,000 inspectors — `commitDraw` (the
//! three snapshots read and hashed) and `runDraw` (the algorithm, 5 % uniform plus 10 % of class B,
//! two inspectors each, the assignments and archive events written), and the algorithm alone as
//! `oversight draw replay` runs it (target: the draw under 2 s).
//!
//! Run on SQLite, and on PostgreSQL too when `OVERSIGHT_TEST_POSTGRES_URL` is set:
//!
//! ```sh
//! cargo run --release -p oversight-tests --example draw
//! ```
//!
//! Optional: `--enterprises N` (default 100000), `--inspectors N` (default 5000). Seeding goes
//! straight through storage in large transactions: it is setup, not the subject.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use oversight_domain::access::Tier;
use oversight_domain::draw::record::{Replay, replay};
use oversight_domain::{AuthorityId, DrawId};
use oversight_storage::registry::officer::{NewOfficer, insert};
use oversight_tests::bench::{enterprises, on_each_database, seed_province};
use oversight_tests::{Db, TestServer};
use serde_json::json;

const SEED: &str = "benchmark-draw-seed-of-enough-length";
const COMMIT: &str = "mutation($i: CommitDrawInput!) { commitDraw(input: $i) { draw { id number population inspectorCount } } }";
const RUN: &str = "mutation($id: ID!, $s: String!) { runDraw(id: $id, seed: $s) { draw { drawnCount } } }";

fn inspectors() -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == "--inspectors")
        .and_then(|i| args.get(i + 1))
        .map_or(5_000, |n| n.parse().unwrap())
}

/// `count` officers of the province's authority, qualified for wire and cable.
async fn seed_inspectors(server: &TestServer, token: &str, count: usize) {
    let viewer = server.graphql_as(token, "{ viewer { authority { id name } } }", json!({})).await;
    let seat = viewer["data"]["viewer"]["authority"]["id"].as_str().unwrap().to_owned();
    let (_, key) = oversight_api::ids::parse_global_id(&seat).unwrap();
    let authority_id = AuthorityId::new(key.parse().unwrap());
    let industries = ["wire-cable".to_owned()];
    let now = oversight_app::now();
    let tx = server.app.store().begin().await.unwrap();
    for n in 0..count {
        let (name, badge, subject) = (format!("检查员{n}"), format!("JS-D{n:05}"), format!("bench-draw-{n}"));
        let new = NewOfficer {
            authority_id,
            name: &name,
            badge_number: &badge,
            subject: &subject,
            tier: Tier::Staff,
            industries: &industries,
        };
        insert(&tx, &new, now).await.unwrap();
    }
    tx.commit().await.unwrap();
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

async fn run(db: Db, count: usize, n_inspectors: usize) {
    let server = TestServer::start_with_plugins(db, &["oversight_plugin_wire_cable"]).await.unwrap();
    let started = Instant::now();
    let token = seed_province(&server, count).await;
    seed_inspectors(&server, &token, n_inspectors).await;
    eprintln!("[{db:?}] seeded {count} licenses and {n_inspectors} inspectors in {:.1?}", started.elapsed());
    let today = server.app.today();
    let input = json!({ "i": { "startsOn": today.to_string(), "endsOn": (today + chrono::Duration::days(180)).to_string(),
        "uniformPercent": 5, "strata": [{ "class": "B", "percent": 10 }], "inspectorsPerTarget": 2,
        "coverageMonths": 36, "recentPatrolMonths": 12,
        "seedSha256": oversight_domain::draw::sha256_hex(SEED.as_bytes()) } });
    let started = Instant::now();
    let committed = server.graphql_as(&token, COMMIT, input).await;
    let commit_time = started.elapsed();
    let draw = &committed["data"]["commitDraw"]["draw"];
    assert_eq!(draw["population"], json!(count), "{committed}");
    let started = Instant::now();
    let ran = server.graphql_as(&token, RUN, json!({ "id": draw["id"], "s": SEED })).await;
    let run_time = started.elapsed();
    let drawn = ran["data"]["runDraw"]["draw"]["drawnCount"].as_u64().unwrap_or_else(|| panic!("{ran}"));
    let number = DrawId::new(draw["number"].as_i64().unwrap());
    let record = server.app.public_draw(number).await.unwrap().unwrap();
    let started = Instant::now();
    let replayed = replay(&record);
    let replay_time = started.elapsed();
    assert!(matches!(replayed, Replay::Match { .. }), "{replayed:?}");
    println!("== {db:?} ==");
    println!(
        "commitDraw ({count} targets, {n_inspectors} inspectors snapshotted and hashed): {}",
        ms(commit_time)
    );
    println!(
        "runDraw ({drawn} drawn, 2 inspectors each, assignments and archive written): {} (target < 2 s)",
        ms(run_time)
    );
    println!("replay of the record (hashes and algorithm, as `oversight draw replay`): {}", ms(replay_time));
    server.stop().await;
}

#[actix_web::main]
async fn main() {
    let count = enterprises();
    let n_inspectors = inspectors();
    on_each_database(|db| run(db, count, n_inspectors)).await;
}
