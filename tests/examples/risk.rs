//! Benchmark of issue 16's risk classes (not a timed test): `oversight risk recompute` over a
//! province of 100,000 enterprises (target < 10 s) — the first run, which stores every class, and
//! a second, which reads every figure again and stores nothing — then the statement a mutation
//! adds, timed through a mutation that moves a figure (100 licenses suspended through GraphQL,
//! each reassessing its enterprise; p50/p99).
//!
//! Run on SQLite, and on PostgreSQL too when `OVERSIGHT_TEST_POSTGRES_URL` is set:
//!
//! ```sh
//! cargo run --release -p oversight-tests --example risk
//! ```
//!
//! Optional: `--enterprises N` (default 100000); `--postgres-only`; `--keep-postgres URL`: the PostgreSQL half on
//! that (empty, existing) database instead of a fresh one, left in place afterwards so that the
//! recompute's statements can be explained on its data (`EXPLAIN (ANALYZE, BUFFERS)`). The seed holds the licenses only (no verdicts,
//! patrols or rectifications): every figure is still one index probe per enterprise and table.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use oversight_tests::bench::{enterprises, on_each_database, seed_province};
use oversight_tests::{Db, TestServer};
use serde_json::json;

const SUSPEND: &str =
    "mutation($i: ChangeLicenseStatusInput!) { changeLicenseStatus(input: $i) { license { status } } }";

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// `--keep-postgres URL`, when given.
fn kept_postgres() -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter().position(|a| a == "--keep-postgres").and_then(|i| args.get(i + 1)).cloned()
}

async fn run(db: Db, count: usize) {
    const PLUGINS: &[&str] = &["oversight_plugin_wire_cable"];
    let server = match (db, kept_postgres()) {
        (Db::Postgres, Some(url)) => TestServer::start_with_plugins_on(url, PLUGINS).await.unwrap(),
        _ => TestServer::start_with_plugins(db, PLUGINS).await.unwrap(),
    };
    let started = Instant::now();
    let token = seed_province(&server, count).await;
    eprintln!("[{db:?}] seeded {count} enterprises in {:.1?}", started.elapsed());

    let started = Instant::now();
    let first = oversight_server::risk_cli::recompute(&server.app, 1000, false).await.unwrap();
    let first_time = started.elapsed();
    assert_eq!((first.assessed, first.changed), (count as u64, count as u64));
    let started = Instant::now();
    let second = oversight_server::risk_cli::recompute(&server.app, 1000, false).await.unwrap();
    let second_time = started.elapsed();
    assert_eq!((second.assessed, second.changed), (count as u64, 0));

    println!(
        "[{db:?}] risk recompute, {count} enterprises, batches of 1000: first run (every class stored) {}, second run (nothing changed) {} (target < 10 s)",
        ms(first_time),
        ms(second_time)
    );
    // A mutation that moves a figure: suspend 100 licenses, each reassessing its enterprise.
    let mut times = Vec::new();
    for n in 1..=100 {
        let input = json!({ "i": { "number": format!("XK06-001-{n:05}"), "status": "SUSPENDED", "reason": "基准测试" } });
        let started = Instant::now();
        let answer = server.graphql_as(&token, SUSPEND, input).await;
        times.push(started.elapsed());
        assert_eq!(
            answer["data"]["changeLicenseStatus"]["license"]["status"],
            json!("SUSPENDED"),
            "{answer}"
        );
    }
    times.sort();
    println!(
        "[{db:?}] changeLicenseStatus (suspension) with its reassessment, 100 calls: p50 {} p99 {}",
        ms(times[49]),
        ms(times[98])
    );
    server.stop().await;
}

#[actix_web::main]
async fn main() {
    let count = enterprises();
    if std::env::args().any(|a| a == "--postgres-only") {
        run(Db::Postgres, count).await;
    } else {
        on_each_database(|db| run(db, count)).await;
    }
}
