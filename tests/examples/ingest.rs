//! Benchmark of issue 6's two performance targets, through the real server (not a timed test):
//!
//! 1. Bulk ingestion: 10,000 testing tasks × 10 wire-cable items submitted through the GraphQL
//!    endpoint over HTTP as the designated institution, 100 tasks per `submitTestResults`.
//!    Reports judged-and-stored items per second (target ≥ 20,000/s on SQLite).
//! 2. `dueTests` for a province of 100,000 licensed enterprises (target < 200 ms): first under the
//!    national frequency matrix, then again once the province's implementing rules (实施细则,
//!    docs/adr/0032) are in force with a matrix of their own (B twice, C three times, D six times
//!    the plugin's frequency; the statement then joins the province's scope rows), and
//!    `rulesPreview` of a draft for the same province (every enterprise reclassed by the draft's
//!    model; no target, reported).
//!
//! Run on SQLite, and on PostgreSQL too when `OVERSIGHT_TEST_POSTGRES_URL` is set (a fresh
//! database is created on that server):
//!
//! ```sh
//! cargo run --release -p oversight-tests --example ingest
//! OVERSIGHT_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres \
//!     cargo run --release -p oversight-tests --example ingest
//! ```
//!
//! Optional arguments: `--tasks N` (default 10000), `--enterprises N` (default 100000),
//! `--sqlite-only`, `--postgres-only`, `--ingest-only` (skip the `dueTests` half, to iterate on
//! ingestion alone; a smaller `--enterprises` then shortens the seeding too). The ingestion line
//! also gives the SQL statements per request. The wire-cable plugin is built in release into
//! `target/plugin-fixtures` by the benchmark itself (a debug plugin would measure the plugin's
//! build profile, not the server).
//!
//! Seeding the province (authorities, the institution and its designation, the enterprises with
//! their licenses) goes straight through storage in large transactions: it is setup, not the
//! subject. Opening the tasks goes through the `open_testing_task` use case and is timed
//! separately.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{Duration as Days, NaiveDate};
use oversight_app::{DesignateInstitution, NewAuthority, OpenTestingTask};
use oversight_domain::AuthorityId;
use oversight_domain::RegionCode;
use oversight_domain::industry::{DeclaredCategory, IndustryCatalogue, LicenseCategory};
use oversight_domain::registry::credit_code::CreditCode;
use oversight_domain::registry::enterprise::{EnterpriseScale, NewEnterprise, RawBaseData};
use oversight_domain::registry::license::NewLicense;
use oversight_tests::{Db, TestServer, claims, postgres_url};
use serde_json::{Value, json};

const SUBMIT: &str = r#"mutation($i: SubmitTestResultsInput!) { submitTestResults(input: $i) {
    submissionId replayed outcomes { taskId verdict { conclusion } } } }"#;

const DUE: &str = r#"query($a: ID!, $from: NaiveDate!, $to: NaiveDate!) {
  dueTests(authority: $a, from: $from, to: $to, first: 100) {
    totals { licenses enterprises due overdue }
    pageInfo { hasNextPage endCursor }
    edges { node { license { number } enterprise { name } nextDue overdue missedTests dueDates } } } }"#;

const DUE_PAGE_ONLY: &str = r#"query($a: ID!, $from: NaiveDate!, $to: NaiveDate!) {
  dueTests(authority: $a, from: $from, to: $to, first: 100) {
    pageInfo { hasNextPage endCursor }
    edges { node { license { number } enterprise { name } nextDue overdue missedTests dueDates } } } }"#;

const SET_RULES: &str =
    "mutation($i: SetProvincialRulesInput!) { setProvincialRules(input: $i) { version } }";

const PREVIEW: &str = r#"query($a: ID!, $y: Int!, $r: ProvincialRulesDraftInput!) {
  rulesPreview(authority: $a, year: $y, rules: $r) { year totalNow totalProposed rows { industry testsProposed } } }"#;

/// Nanjing's districts: the province's enterprises are spread over them.
const REGIONS: &[&str] = &["320102", "320104", "320105", "320106", "320111", "320113", "320114", "320115"];

struct Args {
    tasks: usize,
    enterprises: usize,
    sqlite: bool,
    postgres: bool,
    due: bool,
}

fn args() -> Args {
    let mut args = Args { tasks: 10_000, enterprises: 100_000, sqlite: true, postgres: true, due: true };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--tasks" => args.tasks = it.next().unwrap().parse().unwrap(),
            "--enterprises" => args.enterprises = it.next().unwrap().parse().unwrap(),
            "--sqlite-only" => args.postgres = false,
            "--postgres-only" => args.sqlite = false,
            "--ingest-only" => args.due = false,
            other => panic!("unknown argument {other}"),
        }
    }
    assert!(args.tasks <= args.enterprises, "one task per enterprise: --tasks ≤ --enterprises");
    args
}

fn today() -> NaiveDate {
    oversight_tests::today()
}

fn global(kind: &str, id: impl std::fmt::Display) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("{kind}:{id}"))
}

/// Builds the wire-cable plugin in release and returns its file.
fn release_plugin() -> PathBuf {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace.join("target"))
        .join("plugin-fixtures");
    let status = std::process::Command::new(env!("CARGO"))
        .current_dir(&workspace)
        .args(["build", "--release", "-p", "oversight-plugin-wire-cable", "--target-dir"])
        .arg(&target)
        .status()
        .unwrap();
    assert!(status.success(), "building the wire-cable plugin failed");
    target.join("release").join(oversight_tests::plugin_file("oversight_plugin_wire_cable"))
}

/// A directory holding the plugin and its lock, as the server loads them.
fn plugin_dir(plugin: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let file = plugin.file_name().unwrap();
    std::fs::copy(plugin, dir.path().join(file)).unwrap();
    let digest = oversight_plugin_host::sha256_file(&dir.path().join(file)).unwrap();
    std::fs::write(
        dir.path().join("plugins.lock"),
        format!("[plugins]\n\"{}\" = \"{digest}\"\n", file.to_string_lossy()),
    )
    .unwrap();
    dir
}

/// Ten wire-cable results of a BV 1.5 mm² sample that passes every item.
fn items() -> Vec<Value> {
    oversight_tests::bench::passing_wire_cable_items()
}

struct Figures {
    db: &'static str,
    seed: Duration,
    open: Duration,
    tasks: usize,
    items: usize,
    ingest: Duration,
    statements_per_request: f64,
    /// Under the national matrix, then under the province's rules.
    due_national: Option<DueFigures>,
    due_provincial: Option<DueFigures>,
    /// `rulesPreview` of a draft for the province: the timed runs and the last answer's totals.
    preview: Vec<Duration>,
    preview_totals: Value,
}

/// The timed `dueTests` runs (sorted), with and without totals, and the totals answered.
struct DueFigures {
    with_totals: Vec<Duration>,
    page_only: Vec<Duration>,
    totals: Value,
}

async fn run(db: Db, plugin: &Path, args: &Args) -> Figures {
    let plugins = plugin_dir(plugin);
    let dir = plugins.path().to_owned();
    let server = TestServer::start_with(db, move |config| {
        config.plugins_lock = dir.join("plugins.lock");
        config.plugins_dir = dir;
        // One client sends one request at a time; two workers match the two cores.
        config.workers = Some(2);
    })
    .await
    .unwrap();
    let app = &server.app;
    let today = today();

    // ---- Seed the province (setup).
    let started = Instant::now();
    let authority = |name: &str, code: &str, parent: AuthorityId| NewAuthority {
        name: name.to_owned(),
        region_code: code.to_owned(),
        parent_id: parent,
    };
    let jiangsu = app
        .create_authority(
            &server.national,
            authority("江苏省市场监督管理局", "320000", server.national_authority),
        )
        .await
        .unwrap();
    let lab = server.institution("江苏省产品质量监督检验研究院", "320000").await.unwrap();
    let provincial = app
        .principal_from_claims(&claims(
            "js-officer",
            &format!("authority:{}", jiangsu.id),
            "provincial_officer",
            Some("staff"),
        ))
        .await
        .unwrap();
    app.designate_institution(
        &provincial,
        DesignateInstitution {
            industry: "wire-cable".to_owned(),
            institution_id: lab.id,
            region_code: "320000".to_owned(),
            valid_from: today - Days::days(365),
            valid_until: today + Days::days(365),
        },
    )
    .await
    .unwrap();
    let regions: Vec<RegionCode> = REGIONS.iter().map(|code| RegionCode::parse(code).unwrap()).collect();
    let store = app.store();
    let now = oversight_app::now();
    let mut numbers = Vec::with_capacity(args.enterprises);
    // The shipped catalogue, with wire and cable declaring its whole category 06 so that the
    // numbers may spread over its units.
    let mut wire_cable = app.industry_catalogue().find("wire-cable").unwrap().clone();
    wire_cable.license_categories =
        vec![DeclaredCategory { code: LicenseCategory::parse("06").unwrap(), needs_verification: true }];
    let catalogue = IndustryCatalogue::new(oversight_app::shipped_industries(), vec![wire_cable]);
    const CHUNK: usize = 10_000;
    for chunk_start in (0..args.enterprises).step_by(CHUNK) {
        let tx = store.begin().await.unwrap();
        for i in chunk_start..(chunk_start + CHUNK).min(args.enterprises) {
            let region = regions[i % regions.len()];
            let code = CreditCode::from_body(&format!("91{}{:09}", region.as_str(), i)).unwrap();
            let new = NewEnterprise::parse(
                code.as_str(),
                RawBaseData {
                    name: Some(format!("江苏电缆{i}有限公司")),
                    region_code: Some(region.as_str().to_owned()),
                    address: Some("工业园路 1 号".to_owned()),
                    scale: Some(EnterpriseScale::Small),
                    products: Some(vec!["聚氯乙烯绝缘电缆".to_owned()]),
                    production_conditions: Some(String::new()),
                    inspection_means: None,
                    process: None,
                },
            )
            .unwrap();
            let enterprise = oversight_storage::registry::enterprise::insert(&tx, &new, now).await.unwrap();
            // Serial numbers have five digits: spread the licenses over product units (of category
            // 06, which the example's catalogue declares whole).
            let number = format!("XK06-{:03}-{:05}", 1 + i / 90_000, 1 + i % 90_000);
            // Issue dates spread over two years, so some licenses are overdue and some are not.
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
            numbers.push(number);
        }
        tx.commit().await.unwrap();
    }
    let seed = started.elapsed();
    eprintln!("[{db:?}] seeded {} enterprises and licenses in {seed:.1?}", args.enterprises);

    // ---- Open the tasks through the use case (setup, timed separately).
    let started = Instant::now();
    let mut task_ids = Vec::with_capacity(args.tasks);
    for (n, number) in numbers.iter().take(args.tasks).enumerate() {
        let task = app
            .open_testing_task(
                &provincial,
                OpenTestingTask {
                    license_number: number.clone(),
                    variant: "BV-1.5".to_owned(),
                    batch: format!("批次 {n}"),
                    declared: Vec::new(),
                    declared_standards: vec!["GB/T 3956".to_owned(), "GB/T 5023".to_owned()],
                    sampling_date: today - Days::days(30),
                    test_portion: "4 卷 × 100 m".to_owned(),
                    backup_portion: "2 卷 × 100 m".to_owned(),
                    test_scope: None,
                },
            )
            .await
            .unwrap();
        task_ids.push(task.id);
    }
    let open = started.elapsed();
    eprintln!("[{db:?}] opened {} tasks in {open:.1?}", args.tasks);
    // As after any bulk load in service: fresh planner statistics, taken once the tasks exist
    // (PostgreSQL's autovacuum would get there within a minute or so; the benchmark should not
    // measure that gap, nor plans made for an empty task table).
    app.store().analyze().await.unwrap();

    // ---- Submit the results through the endpoint, 100 tasks per request (the measurement).
    let token =
        server.token(&claims("lab-system", &format!("institution:{}", lab.id), "testing_institution", None));
    let items = items();
    let bodies: Vec<Value> = task_ids
        .chunks(100)
        .enumerate()
        .map(|(n, chunk)| {
            let submissions: Vec<Value> = chunk
                .iter()
                .map(|id| json!({ "taskId": global("TestingTask", *id), "results": items }))
                .collect();
            json!({ "i": { "idempotencyKey": format!("bench-{n}"), "submissions": submissions } })
        })
        .collect();
    let requests = bodies.len();
    let statements_before = server.statements.get();
    let started = Instant::now();
    let mut judged = 0;
    for body in bodies {
        let answer = server.graphql_as(&token, SUBMIT, body).await;
        assert!(answer.get("errors").is_none(), "{answer}");
        let outcomes = answer["data"]["submitTestResults"]["outcomes"].as_array().unwrap();
        for outcome in outcomes {
            assert_eq!(outcome["verdict"]["conclusion"], "NO_NONCONFORMITY_FOUND", "{outcome}");
        }
        judged += outcomes.len() * items.len();
    }
    let ingest = started.elapsed();
    let statements = server.statements.get() - statements_before;
    eprintln!(
        "[{db:?}] ingested {judged} items in {ingest:.2?} ({:.0} items/s), {:.1} SQL statements per request",
        judged as f64 / ingest.as_secs_f64(),
        statements as f64 / requests.max(1) as f64
    );

    let (mut due_national, mut due_provincial, mut preview, mut preview_totals) =
        (None, None, Vec::new(), Value::Null);
    if args.due {
        // The tasks just written count too: statistics as a database in service has them.
        app.store().analyze().await.unwrap();
        due_national = Some(due_tests(&server, jiangsu.id, today).await);
        set_provincial_rules(&server, jiangsu.id, today).await;
        due_provincial = Some(due_tests(&server, jiangsu.id, today).await);
        (preview, preview_totals) = rules_preview(&server, jiangsu.id, today).await;
    }
    server.stop().await;
    Figures {
        db: match db {
            Db::Sqlite => "SQLite",
            Db::Postgres => "PostgreSQL",
        },
        seed,
        open,
        tasks: args.tasks,
        items: judged,
        ingest,
        statements_per_request: statements as f64 / requests.max(1) as f64,
        due_national,
        due_provincial,
        preview,
        preview_totals,
    }
}

/// `dueTests` over the whole province: a warm-up, then timed runs, with and without totals.
async fn due_tests(server: &TestServer, jiangsu: AuthorityId, today: NaiveDate) -> DueFigures {
    let officer = server.token(&claims(
        "js-officer",
        &format!("authority:{jiangsu}"),
        "provincial_officer",
        Some("staff"),
    ));
    let variables = json!({ "a": global("Authority", jiangsu), "from": today.to_string(),
                            "to": (today + Days::days(364)).to_string() });
    let time = |query: &'static str| {
        let officer = officer.clone();
        let variables = variables.clone();
        async move {
            let mut runs = Vec::new();
            let mut last = Value::Null;
            for run in 0..6 {
                let started = Instant::now();
                let answer = server.graphql_as(&officer, query, variables.clone()).await;
                let elapsed = started.elapsed();
                assert!(answer.get("errors").is_none(), "{answer}");
                assert_eq!(answer["data"]["dueTests"]["edges"].as_array().unwrap().len(), 100);
                if run > 0 {
                    runs.push(elapsed);
                }
                last = answer;
            }
            runs.sort();
            (runs, last["data"]["dueTests"]["totals"].clone())
        }
    };
    let (with_totals, totals) = time(DUE).await;
    let (page_only, _) = time(DUE_PAGE_ONLY).await;
    DueFigures { with_totals, page_only, totals }
}

/// Jiangsu's implementing rules, in force from today: a frequency matrix of its own (B, the class
/// of every enterprise not yet assessed, twice the plugin's frequency; C three times; D six) and
/// lower thresholds, set through the endpoint by the province's head.
async fn set_provincial_rules(server: &TestServer, jiangsu: AuthorityId, today: NaiveDate) {
    let head =
        server.token(&claims("js-head", &format!("authority:{jiangsu}"), "provincial_officer", Some("head")));
    let input = json!({ "i": { "province": "320000", "effectiveFrom": today.to_string(),
        "reason": "基准测试 实施细则", "frequency": [{ "class": "B", "multiplier": 2 },
        { "class": "C", "multiplier": 3 }, { "class": "D", "multiplier": 6 }],
        "riskThresholds": { "b": "10", "c": "20", "d": "60" } } });
    let answer = server.graphql_as(&head, SET_RULES, input).await;
    assert_eq!(answer["data"]["setProvincialRules"]["version"], json!(1), "{answer}");
}

/// `rulesPreview` of a draft for the province over next year: a warm-up, then five timed runs
/// (sorted), and the last answer's totals.
async fn rules_preview(
    server: &TestServer,
    jiangsu: AuthorityId,
    today: NaiveDate,
) -> (Vec<Duration>, Value) {
    use chrono::Datelike;
    let officer = server.token(&claims(
        "js-officer",
        &format!("authority:{jiangsu}"),
        "provincial_officer",
        Some("staff"),
    ));
    let variables = json!({ "a": global("Authority", jiangsu), "y": today.year() + 1,
        "r": { "frequency": [{ "class": "C", "multiplier": 3 }],
               "riskWeights": [{ "factor": "KEY_INDUSTRY", "weight": "20" }],
               "riskThresholds": { "b": "10", "c": "20", "d": "60" } } });
    let mut runs = Vec::new();
    let mut last = Value::Null;
    for run in 0..6 {
        let started = Instant::now();
        let answer = server.graphql_as(&officer, PREVIEW, variables.clone()).await;
        let elapsed = started.elapsed();
        assert!(answer.get("errors").is_none(), "{answer}");
        if run > 0 {
            runs.push(elapsed);
        }
        last = answer;
    }
    runs.sort();
    let preview = &last["data"]["rulesPreview"];
    (runs, json!({ "totalNow": preview["totalNow"], "totalProposed": preview["totalProposed"] }))
}

/// Min, median and max of sorted runs.
fn spread(runs: &[Duration]) -> String {
    let median = runs.get(runs.len() / 2).copied().unwrap_or_default();
    format!(
        "min {} median {} max {} ({} runs)",
        ms(runs.first().copied().unwrap_or_default()),
        ms(median),
        ms(runs.last().copied().unwrap_or_default()),
        runs.len()
    )
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

#[actix_web::main]
async fn main() {
    let args = args();
    let plugin = release_plugin();
    let mut figures = Vec::new();
    if args.sqlite {
        figures.push(run(Db::Sqlite, &plugin, &args).await);
    }
    if args.postgres {
        if postgres_url().is_some() {
            figures.push(run(Db::Postgres, &plugin, &args).await);
        } else {
            eprintln!("PostgreSQL skipped: OVERSIGHT_TEST_POSTGRES_URL is not set");
        }
    }
    println!();
    for f in &figures {
        println!("== {} ==", f.db);
        println!("seed {} enterprises+licenses (storage): {:.1?}", args.enterprises, f.seed);
        println!(
            "open {} tasks (use case): {:.1?} ({:.0} tasks/s)",
            f.tasks,
            f.open,
            f.tasks as f64 / f.open.as_secs_f64()
        );
        println!(
            "ingest {} items ({} tasks, 100 per request, over HTTP): {:.2?} → {:.0} judged-and-stored items/s (target ≥ 20000)",
            f.items,
            f.tasks,
            f.ingest,
            f.items as f64 / f.ingest.as_secs_f64()
        );
        println!("SQL statements per submitTestResults request: {:.1}", f.statements_per_request);
        for (matrix, due) in [("national matrix", &f.due_national), ("provincial rules", &f.due_provincial)] {
            let Some(due) = due else { continue };
            println!(
                "dueTests ({matrix}), first 100 + totals over {}: {} (target < 200 ms)",
                due.totals,
                spread(&due.with_totals)
            );
            println!("dueTests ({matrix}), first 100 without totals: {}", spread(&due.page_only));
        }
        if !f.preview.is_empty() {
            println!(
                "rulesPreview (province, draft model and matrix) {}: {}",
                f.preview_totals,
                spread(&f.preview)
            );
        }
    }
}
