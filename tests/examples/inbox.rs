//! Benchmark of issue 19 item 7's inbox (待办), through the real server (not a timed test): the
//! inbox of a provincial officer over a province of 100,000 licensed enterprises with a year of
//! records — the first page of 20 with its counts per kind and totalCount (docs/adr/0040); then
//! the same for a county officer (Xuanwu, one district in eight, an authority of its own) and a
//! municipal officer (Nanjing, holding the seven other districts directly): the tests to sample
//! (decision 8) are computed from the schedules of the licenses of the lowest authority.
//!
//! Run on SQLite, and on PostgreSQL too when `OVERSIGHT_TEST_POSTGRES_URL` is set:
//!
//! ```sh
//! cargo run --release -p oversight-tests --example inbox
//! ```
//!
//! Optional: `--enterprises N` (default 100000); `OVERSIGHT_BENCH_KEEP=1` keeps the seeded
//! databases and prints their URLs, to read the statements' plans by hand. Seeding is setup, not the subject: the registry
//! through storage (`bench::seed_province`), the year of records (`bench::seed_year`) in one `INSERT … SELECT`
//! per table over the licenses — an annual review for every license (one in ten submitted and waiting
//! to be examined, seven passed, two pending), a follow-up visit owed for one license in ten, and
//! 3,000 supervision orders, requests from Nanjing and linkage notices each addressed to Jiangsu,
//! one in ten still open (one in five for the notices: sent or acknowledged).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use oversight_app::NewAuthority;
use oversight_tests::bench::{enterprises, on_each_database, seed_province, seed_year};
use oversight_tests::{Db, TestServer, claims};
use serde_json::json;

const INBOX: &str = "{ inbox(first: 20) { totalCount counts { kind total overdue }
    edges { node { kind dueOn overdue subjectId summary enterprise { name } authority { name } } } } }";

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// The first page of `token`'s inbox with its counts: a warm-up, then ten timed runs.
async fn time_inbox(server: &TestServer, token: &str, whose: &str, count: usize) {
    let mut runs = Vec::new();
    let mut last = serde_json::Value::Null;
    for _ in 0..11 {
        let started = Instant::now();
        last = server.graphql_as(token, INBOX, json!({})).await;
        runs.push(started.elapsed());
    }
    assert!(last.get("errors").is_none(), "{last}");
    let inbox = &last["data"]["inbox"];
    assert_eq!(inbox["edges"].as_array().unwrap().len(), 20, "{last}");
    let mut runs = runs[1..].to_vec();
    runs.sort();
    println!("inbox counts of {whose}: {} (totalCount {})", inbox["counts"], inbox["totalCount"]);
    println!(
        "inbox of {whose}, first 20 with counts and totalCount, {count} enterprises: min {} median {} max {}",
        ms(runs[0]),
        ms(runs[runs.len() / 2]),
        ms(runs[runs.len() - 1])
    );
}

async fn run(db: Db, count: usize) {
    let server = oversight_tests::bench::wire_cable_server(db).await;
    let started = Instant::now();
    let token = seed_province(&server, count).await;
    let (_, nanjing) = seed_year(&server, db).await;
    server.app.store().analyze().await.unwrap();
    // Xuanwu, one of the eight districts, has an authority of its own: its licenses' tests to
    // sample are its, the seven other districts' Nanjing's, none Jiangsu's (docs/adr/0040
    // decision 8).
    let xuanwu = NewAuthority {
        name: "南京市玄武区市场监督管理局".to_owned(),
        region_code: "320102".to_owned(),
        parent_id: nanjing,
    };
    let xuanwu = server.app.create_authority(&server.national, xuanwu).await.unwrap();
    eprintln!("[{db:?}] seeded {count} enterprises and a year of records in {:.1?}", started.elapsed());
    println!("== {db:?} ==");
    let officer =
        |id, role| server.token(&claims("bench-officer", &format!("authority:{id}"), role, Some("staff")));
    let inboxes = [
        ("a provincial officer", token),
        ("a county officer (Xuanwu)", officer(xuanwu.id, "county_officer")),
        (
            "a municipal officer (Nanjing, seven districts without an authority)",
            officer(nanjing, "municipal_officer"),
        ),
    ];
    for (whose, token) in inboxes {
        time_inbox(&server, &token, whose, count).await;
    }
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
