//! Benchmark of issue 17's generated reports (not a timed test): the semi-annual report of a
//! province of 100,000 enterprises with a year of records (target < 3 s) through
//! `generateReport` — every figure's records written by `INSERT … SELECT` and counted, in one
//! unit of work — generated five times (versions 1 to 5: min, median, max), then a drill-down
//! page of the largest figure.
//!
//! The seed (setup, not the subject): the province's enterprises with a wire-cable license each
//! (`bench::seed_province`), then a year of records in one `INSERT … SELECT` per table
//! (`bench::seed_year`, `bench::seed_report_year`): an annual review of every license, patrols
//! of half of them and follow-up visits, periodic testing of a fifth with verdicts,
//! rectifications and revocation proposals, suspensions and revocations, linkage notices closed
//! with proof, spot-check imports, unlicensed and counterfeiting cases, and the enterprise
//! periodic reports of the quarters ended — each figure of the report reads rows. Run on SQLite,
//! and on PostgreSQL too when `OVERSIGHT_TEST_POSTGRES_URL` is set:
//!
//! ```sh
//! cargo run -p oversight-tests --example report
//! ```
//!
//! Optional: `--enterprises N` (default 100000); `OVERSIGHT_BENCH_KEEP=1` keeps the seeded
//! databases and prints their URLs, to read the figure statements' plans by hand.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use chrono::Datelike;
use oversight_tests::bench::{enterprises, on_each_database, seed_province, seed_report_year, seed_year};
use oversight_tests::{Db, TestServer};
use serde_json::json;

const GENERATE: &str = "mutation($i: GenerateReportInput!) { generateReport(input: $i) { id currentVersion \
    current { figures { key industry quarter count } } } }";
const DRILL: &str = "query($id: ID!) { node(id: $id) { ... on GeneratedReport { current { \
    figure(key: REVIEW_ENROLLED) { records(first: 100) { totalCount nodes { id } } } } } } }";
const VERSIONS: usize = 5;

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// User and system CPU time of a process from its `/proc/<pid>/stat` (clock ticks of 10 ms).
fn cpu_of(stat: &str) -> Duration {
    // The fields after the command name (which is in parentheses and may hold spaces).
    let fields: Vec<&str> = stat.rsplit_once(") ").map_or("", |(_, rest)| rest).split(' ').collect();
    let ticks = |i: usize| fields.get(i).and_then(|t| t.parse::<u64>().ok()).unwrap_or(0);
    Duration::from_millis((ticks(11) + ticks(12)) * 10)
}

/// CPU time so far of this process (the server, and SQLite, which works in it) and of the
/// PostgreSQL backends serving `database` (their command line names it): what a generation costs
/// apart from how loaded the shared machine is. A backend that exits takes its time with it, so
/// this is read around work on the pool's open connections.
fn cpu(database: Option<&str>) -> Duration {
    let mut total = cpu_of(&std::fs::read_to_string("/proc/self/stat").unwrap_or_default());
    let (Some(database), Ok(entries)) = (database, std::fs::read_dir("/proc")) else { return total };
    for entry in entries.flatten() {
        let path = entry.path();
        let cmdline = std::fs::read(path.join("cmdline")).unwrap_or_default();
        if String::from_utf8_lossy(&cmdline).contains(database) && entry.file_name() != "self" {
            total += cpu_of(&std::fs::read_to_string(path.join("stat")).unwrap_or_default());
        }
    }
    total
}

/// Jiangsu's officer token, after the province and its year of records are seeded.
async fn seed(server: &TestServer, db: Db, count: usize) -> String {
    let started = Instant::now();
    let token = seed_province(server, count).await;
    let (jiangsu, _) = seed_year(server, db).await;
    seed_report_year(server, db, jiangsu.get()).await;
    server.app.store().analyze().await.unwrap();
    eprintln!("[{db:?}] seeded {count} enterprises and a year of records in {:.1?}", started.elapsed());
    token
}

async fn run(db: Db, count: usize) {
    let server = TestServer::start_with_plugins(db, &["oversight_plugin_wire_cable"]).await.unwrap();
    let token = seed(&server, db, count).await;
    let today = server.app.today();
    let half = if today.month() <= 6 { "FIRST" } else { "SECOND" };
    let input = json!({ "i": { "kind": "SEMI_ANNUAL", "year": today.year(), "half": half } });
    // PostgreSQL's database name: the last segment of its URL.
    let database = match db {
        Db::Postgres => server.database_url.rsplit('/').next().and_then(|name| name.split('?').next()),
        Db::Sqlite => None,
    };
    let (mut times, mut cpu_times) = (Vec::new(), Vec::new());
    let mut last = serde_json::Value::Null;
    for version in 1..=VERSIONS {
        let (started, cpu_before) = (Instant::now(), cpu(database));
        last = server.graphql_as(&token, GENERATE, input.clone()).await;
        times.push(started.elapsed());
        cpu_times.push(cpu(database).saturating_sub(cpu_before));
        assert_eq!(last["data"]["generateReport"]["currentVersion"], json!(version), "{last}");
    }
    let report = &last["data"]["generateReport"];
    let figures = report["current"]["figures"].as_array().unwrap();
    let totals: Vec<String> = figures
        .iter()
        .filter(|f| f["industry"].is_null() && f["quarter"].is_null())
        .map(|f| format!("{} {}", f["key"].as_str().unwrap(), f["count"]))
        .collect();
    let counted: u64 = figures
        .iter()
        .filter(|f| f["industry"].is_null() && f["quarter"].is_null())
        .map(|f| f["count"].as_u64().unwrap())
        .sum();
    println!("[{db:?}] figures: {}", totals.join(", "));
    let started = Instant::now();
    let drill = server.graphql_as(&token, DRILL, json!({ "id": report["id"] })).await;
    let drill_time = started.elapsed();
    let records = &drill["data"]["node"]["current"]["figure"]["records"];
    assert_eq!(records["totalCount"], json!(count), "{drill}");
    let each: Vec<String> = times.iter().map(|t| ms(*t)).collect();
    times.sort();
    cpu_times.sort();
    println!(
        "[{db:?}] generateReport SEMI_ANNUAL over {count} enterprises ({counted} records counted), {VERSIONS} \
         versions: min {} median {} max {} (each: {}; target < 3 s); CPU time (server process and PostgreSQL backends): min {} \
         median {} max {}; drill-down page of 100: {}",
        ms(times[0]),
        ms(times[VERSIONS / 2]),
        ms(times[VERSIONS - 1]),
        each.join(", "),
        ms(cpu_times[0]),
        ms(cpu_times[VERSIONS / 2]),
        ms(cpu_times[VERSIONS - 1]),
        ms(drill_time)
    );
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
