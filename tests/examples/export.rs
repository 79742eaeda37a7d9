//! Benchmark of issue 17 item 4's exports (not a timed test): a province of 100,000 enterprises
//! with a license each, exported by its provincial officer as an XLSX workbook (the licenses
//! sheet in constant-memory mode, the statistics sheet with its charts; target < 10 s and the
//! server's memory growth < 200 MB) and as CSV, through `requestExport` and the signed URL,
//! the body read chunk by chunk and only counted. Memory is the whole process's (the server
//! runs in it): VmRSS before and after, and the peak (VmHWM, reset before each export through
//! `/proc/self/clear_refs`) minus the resident size before.
//!
//! Run on SQLite, and on PostgreSQL too when `OVERSIGHT_TEST_POSTGRES_URL` is set:
//!
//! ```sh
//! cargo run --release -p oversight-tests --example export
//! ```
//!
//! Optional: `--enterprises N` (default 100000).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use oversight_tests::bench::{enterprises, on_each_database, seed_province};
use oversight_tests::{Db, TestServer};
use serde_json::json;

const REQUEST: &str = "mutation($i: RequestExportInput!) { requestExport(input: $i) { url } }";

/// A field of `/proc/self/status` in kB (`VmRSS`, `VmHWM`).
fn status_kb(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|line| line.starts_with(field))
        .and_then(|line| line.split_whitespace().nth(1))
        .and_then(|kb| kb.parse().ok())
        .unwrap_or(0)
}

fn mb(kb: u64) -> f64 {
    kb as f64 / 1024.0
}

/// Requests and downloads one export; prints time, size and memory.
async fn export(server: &TestServer, token: &str, db: Db, list: &str, format: &str, count: usize) {
    // Resets the peak resident size to the current one (Linux ≥ 4.0), so VmHWM is this export's.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let rss_before = status_kb("VmRSS:");
    let started = Instant::now();
    let answer = server.graphql_as(token, REQUEST, json!({ "i": { "list": list, "format": format } })).await;
    let url =
        answer["data"]["requestExport"]["url"].as_str().unwrap_or_else(|| panic!("{answer}")).to_owned();
    let mut response = server.client().get(server.url(&url)).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let first_byte = started.elapsed();
    let mut bytes = 0_usize;
    while let Some(chunk) = response.chunk().await.unwrap() {
        bytes += chunk.len();
    }
    let elapsed = started.elapsed();
    let (rss_after, peak) = (status_kb("VmRSS:"), status_kb("VmHWM:"));
    println!(
        "[{db:?}] {format} export of {list}, {count} rows: {:.2} s (first byte after {:.2} s), {:.1} MB; \
         memory: RSS {:.0} → {:.0} MB (growth {:+.1} MB), peak growth {:+.1} MB (target < 200 MB, XLSX < 10 s)",
        elapsed.as_secs_f64(),
        first_byte.as_secs_f64(),
        bytes as f64 / 1_048_576.0,
        mb(rss_before),
        mb(rss_after),
        mb(rss_after) - mb(rss_before),
        mb(peak) - mb(rss_before),
    );
}

async fn run(db: Db, count: usize) {
    let server = TestServer::start_with_plugins(db, &["oversight_plugin_wire_cable"]).await.unwrap();
    let started = Instant::now();
    let token = seed_province(&server, count).await;
    eprintln!("[{db:?}] seeded {count} enterprises in {:.1?}", started.elapsed());
    export(&server, &token, db, "LICENSES", "XLSX", count).await;
    export(&server, &token, db, "ENTERPRISES", "XLSX", count).await;
    export(&server, &token, db, "LICENSES", "CSV", count).await;
    server.stop().await;
}

#[actix_web::main]
async fn main() {
    let count = enterprises();
    on_each_database(|db| run(db, count)).await;
}
