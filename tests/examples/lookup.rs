//! Benchmark of issue 13's one-connection reads through the real server (not a timed test): a
//! lone `node(id:)` lookup and a page of 50 enterprises with their licenses, each asked 2,000
//! times in a row by one client, with their median and 99th-percentile latency. It shows what a
//! request waits for besides its SQL (the loaders' batching window, the document's parsing).
//!
//! ```sh
//! cargo run --release -p oversight-tests --example lookup
//! ```
//!
//! Optional: `--enterprises N` (default 100000; 5,000 is enough for the latencies). Runs on
//! SQLite, and on PostgreSQL too when `OVERSIGHT_TEST_POSTGRES_URL` is set.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use oversight_tests::bench::{enterprises, on_each_database, seed_province};
use oversight_tests::{Db, TestServer};
use serde_json::{Value, json};

const TIMES: usize = 2_000;
const NODE: &str =
    "query($id: ID!) { node(id: $id) { ... on Enterprise { id name creditCode address createdAt } } }";
const PAGE: &str = "{ enterprises(first: 50) { edges { node { id name licenses { number status } } } } }";

/// Median and 99th percentile of `TIMES` runs of `query`, after ten to warm up.
async fn latencies(server: &TestServer, token: &str, query: &str, variables: Value) -> (Duration, Duration) {
    for _ in 0..10 {
        server.graphql_as(token, query, variables.clone()).await;
    }
    let mut runs = Vec::with_capacity(TIMES);
    for _ in 0..TIMES {
        let started = Instant::now();
        let answer = server.graphql_as(token, query, variables.clone()).await;
        runs.push(started.elapsed());
        assert!(answer.get("errors").is_none(), "{answer}");
    }
    runs.sort();
    (runs[TIMES / 2], runs[TIMES * 99 / 100])
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

async fn run(db: Db, count: usize) {
    let server = TestServer::start_with_plugins(db, &["oversight_plugin_wire_cable"]).await.unwrap();
    let token = seed_province(&server, count).await;
    server.app.store().analyze().await.unwrap();
    let first =
        server.graphql_as(&token, "{ enterprises(first: 1) { edges { node { id } } } }", json!({})).await;
    let id = first["data"]["enterprises"]["edges"][0]["node"]["id"].clone();
    let (p50, p99) = latencies(&server, &token, NODE, json!({ "id": id })).await;
    println!("== {db:?} ({count} enterprises) ==");
    println!("node(id:) lookup, one client, {TIMES} times: p50 {} p99 {}", ms(p50), ms(p99));
    let (p50, p99) = latencies(&server, &token, PAGE, json!({})).await;
    println!("50 enterprises with licenses, one client, {TIMES} times: p50 {} p99 {}", ms(p50), ms(p99));
    server.stop().await;
}

#[actix_web::main]
async fn main() {
    let count = enterprises();
    on_each_database(|db| run(db, count)).await;
}
