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
//! through storage (`bench::seed_province`), the year of records in one `INSERT … SELECT` per
//! table over the licenses — an annual review for every license (one in ten submitted and waiting
//! to be examined, seven passed, two pending), a follow-up visit owed for one license in ten, and
//! 3,000 supervision orders, requests from Nanjing and linkage notices each addressed to Jiangsu,
//! one in ten still open (one in five for the notices: sent or acknowledged).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use oversight_app::NewAuthority;
use oversight_domain::RegionCode;
use oversight_storage::test_db::execute_raw;
use oversight_tests::bench::{enterprises, on_each_database, seed_province};
use oversight_tests::{Db, TestServer, claims};
use serde_json::json;

const INBOX: &str = "{ inbox(first: 20) { totalCount counts { kind total overdue }
    edges { node { kind dueOn overdue subjectId summary enterprise { name } authority { name } } } } }";

/// The SQL dialect of the seeding statements: a date literal and a date some days after it.
struct Dialect(Db);

impl Dialect {
    fn day(&self, base: &str, days: &str) -> String {
        match self.0 {
            Db::Postgres => format!("(DATE '{base}' + CAST({days} AS INTEGER))"),
            Db::Sqlite => format!("date('{base}', '+' || ({days}) || ' days')"),
        }
    }

    fn date(&self, day: &str) -> String {
        match self.0 {
            Db::Postgres => format!("DATE '{day}'"),
            Db::Sqlite => format!("'{day}'"),
        }
    }
}

/// A year of records in one statement per table; returns how many are open for the province.
async fn seed_year(server: &TestServer, db: Db, jiangsu: i64, nanjing: i64) {
    let store = server.app.store();
    let d = Dialect(db);
    let nation = server.national_authority.get();
    let first = "(SELECT MIN(id) FROM enterprise)";
    let statements = [
        format!(
            "INSERT INTO annual_review_year (authority_id, province, year, opened_on, submission_deadline, delegated, \
             opened_by, created_at) SELECT {jiangsu}, '320000', 2026, {opened}, {deadline}, 1 = 1, 'bench', created_at \
             FROM enterprise WHERE id = {first}",
            opened = d.date("2026-01-05"),
            deadline = d.date("2026-03-31"),
        ),
        format!(
            "INSERT INTO annual_review (year_id, year, license_id, enterprise_id, industry, status, joined_on, \
             submission_deadline, report_version, reminders, queued_at, created_at, updated_at) \
             SELECT (SELECT MAX(id) FROM annual_review_year), 2026, l.id, l.enterprise_id, l.industry_code, \
             CASE WHEN l.id % 10 = 0 THEN 'SUBMITTED' WHEN l.id % 10 < 8 THEN 'PASSED' ELSE 'PENDING' END, \
             {joined}, {deadline}, 1, 0, l.created_at, l.created_at, l.created_at FROM license l",
            joined = d.date("2026-01-05"),
            deadline = d.date("2026-03-31"),
        ),
        format!(
            "INSERT INTO follow_up (enterprise_id, license_id, origin, origin_id, deadline, carried, created_at) \
             SELECT l.enterprise_id, l.id, 'PATROL_MEASURE', l.id, {deadline}, '[\"PACKAGING_LABELING\"]', l.created_at \
             FROM license l WHERE l.id % 10 = 3",
            deadline = d.day("2026-01-01", "l.id % 365"),
        ),
        format!(
            "INSERT INTO supervision_order (status, issuer_authority_id, issuer_region, target_authority_id, \
             target_region, subject_kind, subject_text, text, issued_on, working_days, deadline, n_returns, issued_by, \
             created_at, updated_at) SELECT CASE WHEN l.id % 10 = 0 THEN 'ISSUED' ELSE 'ACCEPTED' END, {nation}, \
             '000000', {jiangsu}, '320000', 'OTHER', '巡查计划', '督办事项', {issued}, 5, {deadline}, 0, 'bench', \
             l.created_at, l.created_at FROM license l WHERE l.id <= {first} + 2999",
            issued = d.day("2026-01-01", "l.id % 350"),
            deadline = d.day("2026-01-08", "l.id % 350"),
        ),
        format!(
            "INSERT INTO lower_tier_request (kind, status, raiser_authority_id, raiser_region, target_authority_id, \
             target_region, text, raised_on, answer_by, n_reopened, raised_by, created_at, updated_at) \
             SELECT 'QUESTION', CASE WHEN l.id % 10 = 0 THEN 'RAISED' ELSE 'RESOLVED' END, {nanjing}, '320100', \
             {jiangsu}, '320000', '请示事项', {raised}, {answer}, 0, 'bench', l.created_at, l.created_at \
             FROM license l WHERE l.id <= {first} + 2999",
            raised = d.day("2026-01-01", "l.id % 350"),
            answer = d.day("2026-01-11", "l.id % 350"),
        ),
        format!(
            "INSERT INTO linkage_notice (notice_type, status, source_authority_id, source_region, target_authority_id, \
             target_region, enterprise_id, text, sent_on, acknowledge_by, act_by, close_by, sent_by, created_at, \
             updated_at) SELECT 'NATIONAL_SPOT_CHECK_FAILURE', CASE WHEN l.id % 10 = 0 THEN 'SENT' \
             WHEN l.id % 10 = 1 THEN 'ACKNOWLEDGED' ELSE 'CLOSED' END, {nation}, '000000', {jiangsu}, '320000', \
             l.enterprise_id, '国家监督抽查不合格', {sent}, {ack}, {act}, {close}, 'bench', l.created_at, l.created_at \
             FROM license l WHERE l.id <= {first} + 2999",
            sent = d.day("2026-01-01", "l.id % 350"),
            ack = d.day("2026-01-03", "l.id % 350"),
            act = d.day("2026-01-15", "l.id % 350"),
            close = d.day("2026-02-12", "l.id % 350"),
        ),
    ];
    for statement in statements {
        execute_raw(store, &statement).await.unwrap_or_else(|e| panic!("{e}: {statement}"));
    }
}

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
    let server = TestServer::start_with_plugins(db, &["oversight_plugin_wire_cable"]).await.unwrap();
    let started = Instant::now();
    let token = seed_province(&server, count).await;
    let jiangsu = server.app.authority_at(&RegionCode::parse("320000").unwrap()).await.unwrap().unwrap();
    let nanjing = NewAuthority {
        name: "南京市市场监督管理局".to_owned(),
        region_code: "320100".to_owned(),
        parent_id: jiangsu.id,
    };
    let nanjing = server.app.create_authority(&server.national, nanjing).await.unwrap();
    seed_year(&server, db, jiangsu.id.get(), nanjing.id.get()).await;
    server.app.store().analyze().await.unwrap();
    // Xuanwu, one of the eight districts, has an authority of its own: its licenses' tests to
    // sample are its, the seven other districts' Nanjing's, none Jiangsu's (docs/adr/0040
    // decision 8).
    let xuanwu = NewAuthority {
        name: "南京市玄武区市场监督管理局".to_owned(),
        region_code: "320102".to_owned(),
        parent_id: nanjing.id,
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
            officer(nanjing.id, "municipal_officer"),
        ),
    ];
    for (whose, token) in inboxes {
        time_inbox(&server, &token, whose, count).await;
    }
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
