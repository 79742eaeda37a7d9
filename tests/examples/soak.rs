//! Soak benchmark of issue 20 item 9 (not a test): a bounded mixed load on the real `oversight`
//! binary — reads, writes, bulk submissions and subscriptions, from a few concurrent clients — for
//! `--minutes N` (default 10), sampling the server process's resident memory (`VmRSS`) every
//! 10 s. It passes when no request failed and the RSS at the end is within 10 % of the RSS after
//! warm-up (the sample at the end of the first minute, or of the first 10 % of the run when that
//! is longer); it exits non-zero otherwise.
//!
//! ```sh
//! cargo build -p oversight-tests --example soak && ./target/debug/examples/soak --minutes 10
//! ```
//!
//! Optional: `--enterprises N` (default 300). Runs on SQLite (the server's file database), then on
//! PostgreSQL too when `OVERSIGHT_TEST_POSTGRES_URL` is set (a fresh database on that server).
//!
//! The data (a province, its enterprises with licenses, a designated testing institution) is set
//! up through an in-process test server; the load goes to the server binary started on the same
//! database, so the memory measured is that process's own. The clients, all at once with no
//! pause between requests:
//! - two readers: a page of 50 enterprises with their licenses, a `node(id:)` lookup of one of
//!   them, the provincial officer's inbox;
//! - a writer: `registerEnterprise` (audited), a new credit code each time;
//! - a submitter: opens five testing tasks through `openTestingTask`, submits their results in one
//!   `submitTestResults` under a fresh idempotency key, and every tenth time sends the same
//!   submission again, which must come back as a replay;
//! - subscriptions: two `taskAssigned` subscriptions of the institution open for the whole run,
//!   and a third client opening one, waiting for an event (at most 3 s) and closing it, over and
//!   over. The events heard are counted.
//!
//! Each sample also prints, on SQLite, the database engine's own heap read from the server's
//! metrics port (`oversight_sqlite_memory_bytes`: now, high-water, page cache), which tells
//! SQLite's caches filling from the server's own heap growing.
//!
//! On a PostgreSQL server running without autovacuum the soak runs `ANALYZE` every minute in its
//! place (`maintainer`), as a production server's autovacuum would keep the statistics fresh.
//!
//! Every GraphQL error, non-200 answer, failed connection or unexpected subscription message counts
//! as an error; no refusal is expected here.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use chrono::Duration as Days;
use futures_util::{SinkExt, StreamExt};
use oversight_app::DesignateInstitution;
use oversight_domain::RegionCode;
use oversight_domain::registry::credit_code::CreditCode;
use oversight_tests::bench::{REGIONS, on_each_database, seed_enterprises};
use oversight_tests::process::{ProcessConfig, ServerProcess};
use oversight_tests::{Db, TestServer, claims};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

const PAGE: &str = "{ enterprises(first: 50) { edges { node { id name licenses { number status } } } } }";
const NODE: &str =
    "query($id: ID!) { node(id: $id) { ... on Enterprise { id name creditCode address createdAt } } }";
const INBOX: &str = "{ inbox(first: 20) { totalCount counts { kind total overdue }
    edges { node { kind dueOn overdue subjectId summary } } } }";
const REGISTER: &str =
    "mutation($i: RegisterEnterpriseInput!) { registerEnterprise(input: $i) { enterprise { id } } }";
const OPEN: &str = "mutation($i: OpenTestingTaskInput!) { openTestingTask(input: $i) { task { id } } }";
const SUBMIT: &str = "mutation($i: SubmitTestResultsInput!) { submitTestResults(input: $i) {
    submissionId replayed outcomes { taskId verdict { conclusion } } } }";
const TASK_ASSIGNED: &str = "subscription { taskAssigned { taskId industry } }";

/// Tasks per bulk submission.
const TASKS_PER_SUBMISSION: usize = 5;
/// How often the server's RSS is read.
const SAMPLE_EVERY: Duration = Duration::from_secs(10);
/// How long a churning subscription waits for an event before it is closed anyway.
const CHURN_WAIT: Duration = Duration::from_secs(3);
/// Any single request or message taking longer counts as an error (a hang, not a slow answer).
const ANSWER_LIMIT: Duration = Duration::from_secs(30);

type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

struct Args {
    minutes: f64,
    enterprises: usize,
}

fn args() -> Args {
    let mut args = Args { minutes: 10.0, enterprises: 300 };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--minutes" => args.minutes = it.next().expect("--minutes N").parse().expect("--minutes N"),
            "--enterprises" => args.enterprises = it.next().expect("--enterprises N").parse().expect("N"),
            other => panic!("unknown argument {other}"),
        }
    }
    args
}

/// Requests and errors of one kind.
#[derive(Default)]
struct Kind {
    requests: u64,
    errors: u64,
    busy: Duration,
}

/// What the clients did, shared by them (one thread: the clients are futures joined together).
#[derive(Default)]
struct Stats {
    kinds: BTreeMap<&'static str, Kind>,
    events: u64,
    churned: u64,
    /// The first few errors, kept whole for the report.
    samples: Vec<String>,
}

impl Stats {
    fn record(&mut self, kind: &'static str, took: Duration, error: Option<&str>) {
        let entry = self.kinds.entry(kind).or_default();
        entry.requests += 1;
        entry.busy += took;
        if let Some(error) = error {
            entry.errors += 1;
            if self.samples.len() < 10 {
                eprintln!("error ({kind}): {error}");
                self.samples.push(format!("{kind}: {error}"));
            }
        }
    }

    fn errors(&self) -> u64 {
        self.kinds.values().map(|k| k.errors).sum()
    }
}

/// The data the clients use: tokens, license numbers to open tasks on.
struct Cast {
    officer: String,
    lab: String,
    licenses: Vec<String>,
}

/// The province (Jiangsu), its `count` enterprises with a wire-cable license each, and a testing
/// institution designated for wire and cable there — set up in process (not measured).
async fn set_up(server: &TestServer, count: usize) -> Cast {
    let app = &server.app;
    let today = oversight_tests::today();
    let jiangsu = server.authority("江苏省市场监督管理局", "320000", server.national_authority).await;
    let lab = server.institution("江苏省产品质量监督检验研究院", "320000").await.unwrap();
    let officer_claims =
        claims("js-officer", &format!("authority:{}", jiangsu.id), "provincial_officer", Some("staff"));
    let provincial = app.principal_from_claims(&officer_claims).await.unwrap();
    let designation = DesignateInstitution {
        industry: "wire-cable".to_owned(),
        institution_id: lab.id,
        region_code: "320000".to_owned(),
        valid_from: today - Days::days(365),
        valid_until: today + Days::days(365),
    };
    app.designate_institution(&provincial, designation).await.unwrap();
    let regions: Vec<RegionCode> = REGIONS.iter().map(|code| RegionCode::parse(code).unwrap()).collect();
    let licenses = seed_enterprises(server, &regions, count).await;
    app.store().analyze().await.unwrap();
    let lab_claims = claims("lims", &format!("institution:{}", lab.id), "testing_institution", None);
    Cast { officer: server.token(&officer_claims), lab: server.token(&lab_claims), licenses }
}

/// The clients' view of the server process: where it is, when to stop, what happened.
struct Load<'a> {
    client: reqwest::Client,
    addr: std::net::SocketAddr,
    deadline: Instant,
    stats: &'a RefCell<Stats>,
}

impl Load<'_> {
    fn running(&self) -> bool {
        Instant::now() < self.deadline
    }

    /// One GraphQL request; returns its `data` when it succeeded, records an error otherwise.
    async fn call(&self, kind: &'static str, token: &str, query: &str, variables: Value) -> Option<Value> {
        let started = Instant::now();
        let outcome = self.post(token, query, variables).await;
        self.stats.borrow_mut().record(kind, started.elapsed(), outcome.as_ref().err().map(String::as_str));
        outcome.ok()
    }

    async fn post(&self, token: &str, query: &str, variables: Value) -> Result<Value, String> {
        let response = self
            .client
            .post(format!("http://{}/graphql", self.addr))
            .bearer_auth(token)
            .header("accept", "application/graphql-response+json")
            .json(&json!({ "query": query, "variables": variables }))
            .send()
            .await
            .map_err(|e| e.to_string())?;
        let status = response.status();
        let body: Value = response.json().await.map_err(|e| format!("status {status}: {e}"))?;
        if status != 200 || body.get("errors").is_some() {
            return Err(format!("status {status}: {body}"));
        }
        Ok(body["data"].clone())
    }

    fn error(&self, kind: &'static str, error: &str) {
        self.stats.borrow_mut().record(kind, Duration::ZERO, Some(error));
    }
}

/// Pages of enterprises, a lookup of one of them, the inbox — over and over.
async fn reader(load: &Load<'_>, cast: &Cast, which: usize) {
    let mut n = which;
    while load.running() {
        let page = load.call("read: enterprises page", &cast.officer, PAGE, json!({})).await;
        let edges =
            page.as_ref().and_then(|p| p["enterprises"]["edges"].as_array().cloned()).unwrap_or_default();
        if let Some(edge) = edges.get(n % edges.len().max(1)) {
            let id = edge["node"]["id"].clone();
            load.call("read: node(id:)", &cast.officer, NODE, json!({ "id": id })).await;
        }
        load.call("read: inbox", &cast.officer, INBOX, json!({})).await;
        n += 1;
    }
}

/// `registerEnterprise` with a new credit code each time (above the seeded ones' numbers).
async fn writer(load: &Load<'_>, cast: &Cast) {
    let mut n: u64 = 500_000_000;
    while load.running() {
        let code = CreditCode::from_body(&format!("91320102{n:09}")).unwrap();
        let input = json!({ "i": { "creditCode": code.as_str(), "name": format!("浸泡测试{n}有限公司"),
            "regionCode": "320102", "address": "工业园路 2 号", "scale": "SMALL",
            "products": ["聚氯乙烯绝缘电缆"] } });
        load.call("write: registerEnterprise", &cast.officer, REGISTER, input).await;
        n += 1;
    }
}

/// Ten wire-cable results of a BV 1.5 mm² sample that passes every item.
fn results() -> Value {
    Value::Array(oversight_tests::bench::passing_wire_cable_items())
}

fn open_input(license: &str, batch: &str) -> Value {
    let sampled = oversight_tests::today() - Days::days(10);
    json!({ "i": { "licenseNumber": license, "variant": "BV-1.5", "batch": batch, "declared": [],
        "declaredStandards": ["GB/T 3956", "GB/T 5023"], "samplingDate": sampled.to_string(),
        "testPortion": "4 卷 × 100 m", "backupPortion": "2 卷 × 100 m (封存)" } })
}

/// Opens tasks, submits their results in bulk under a fresh key, and now and then replays one.
async fn submitter(load: &Load<'_>, cast: &Cast) {
    let results = results();
    let mut n = 0usize;
    while load.running() {
        let mut tasks = Vec::with_capacity(TASKS_PER_SUBMISSION);
        for t in 0..TASKS_PER_SUBMISSION {
            let license = &cast.licenses[(n * TASKS_PER_SUBMISSION + t) % cast.licenses.len()];
            let input = open_input(license, &format!("浸泡 {n}-{t}"));
            if let Some(data) = load.call("write: openTestingTask", &cast.officer, OPEN, input).await {
                tasks.push(json!({ "taskId": data["openTestingTask"]["task"]["id"], "results": results }));
            }
        }
        let input = json!({ "i": { "idempotencyKey": format!("soak-{n}"), "submissions": tasks } });
        let first = load.call("submit: submitTestResults", &cast.lab, SUBMIT, input.clone()).await;
        if first.is_some() && n.is_multiple_of(10) {
            let again = load.call("submit: same key again", &cast.lab, SUBMIT, input).await;
            if let Some(again) = again.filter(|a| a["submitTestResults"]["replayed"] != true) {
                load.error("submit: same key again", &format!("not a replay: {again}"));
            }
        }
        n += 1;
    }
}

/// Connects, authenticates and subscribes to `taskAssigned` as the institution.
async fn subscribe(load: &Load<'_>, token: &str) -> Result<Socket, String> {
    let mut request =
        format!("ws://{}/graphql", load.addr).into_client_request().map_err(|e| e.to_string())?;
    request.headers_mut().insert("sec-websocket-protocol", "graphql-transport-ws".parse().unwrap());
    let connect = tokio::time::timeout(ANSWER_LIMIT, tokio_tungstenite::connect_async(request));
    let (mut socket, _) =
        connect.await.map_err(|_| "no connection in time".to_owned())?.map_err(|e| e.to_string())?;
    let init =
        json!({ "type": "connection_init", "payload": { "Authorization": format!("Bearer {token}") } });
    socket.send(Message::text(init.to_string())).await.map_err(|e| e.to_string())?;
    let ack = next_message(&mut socket, ANSWER_LIMIT).await?;
    if ack.as_ref().is_none_or(|ack| ack["type"] != "connection_ack") {
        return Err(format!("no connection_ack: {ack:?}"));
    }
    let subscribe = json!({ "id": "1", "type": "subscribe", "payload": { "query": TASK_ASSIGNED } });
    socket.send(Message::text(subscribe.to_string())).await.map_err(|e| e.to_string())?;
    Ok(socket)
}

/// The next JSON message within `wait` (`None` when none came), answering protocol pings.
async fn next_message(socket: &mut Socket, wait: Duration) -> Result<Option<Value>, String> {
    let until = Instant::now() + wait;
    loop {
        let left = until.saturating_duration_since(Instant::now());
        let Ok(frame) = tokio::time::timeout(left, socket.next()).await else { return Ok(None) };
        match frame {
            Some(Ok(Message::Text(text))) => {
                let message: Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
                if message["type"] != "ping" {
                    return Ok(Some(message));
                }
                let pong = json!({ "type": "pong" }).to_string();
                socket.send(Message::text(pong)).await.map_err(|e| e.to_string())?;
            }
            Some(Ok(Message::Ping(_) | Message::Pong(_))) => continue,
            other => return Err(format!("unexpected frame {other:?}")),
        }
    }
}

/// Checks one subscription message: an event without errors counts, anything else is an error.
fn heard(load: &Load<'_>, kind: &'static str, message: &Value) -> bool {
    let ok = message["type"] == "next" && message["payload"].get("errors").is_none();
    if ok {
        load.stats.borrow_mut().events += 1;
    } else {
        load.error(kind, &format!("unexpected message {message}"));
    }
    ok
}

/// A subscription open for the whole run, counting what it hears.
async fn listener(load: &Load<'_>, cast: &Cast) {
    const KIND: &str = "subscription: held open";
    let started = Instant::now();
    let socket = subscribe(load, &cast.lab).await;
    load.stats.borrow_mut().record(KIND, started.elapsed(), socket.as_ref().err().map(String::as_str));
    let Ok(mut socket) = socket else { return };
    while load.running() {
        match next_message(&mut socket, load.deadline.saturating_duration_since(Instant::now())).await {
            Ok(Some(message)) if heard(load, KIND, &message) => {}
            Ok(Some(_)) => return,
            Ok(None) => {}
            Err(error) => return load.error(KIND, &error),
        }
    }
    let _ = socket.close(None).await;
}

/// Subscriptions opened, given one event (or `CHURN_WAIT`), completed and closed, over and over.
async fn churner(load: &Load<'_>, cast: &Cast) {
    const KIND: &str = "subscription: open/close";
    while load.running() {
        let started = Instant::now();
        let socket = subscribe(load, &cast.lab).await;
        load.stats.borrow_mut().record(KIND, started.elapsed(), socket.as_ref().err().map(String::as_str));
        let Ok(mut socket) = socket else { continue };
        match next_message(&mut socket, CHURN_WAIT).await {
            Ok(Some(message)) => {
                heard(load, KIND, &message);
            }
            Ok(None) => load.stats.borrow_mut().churned += 1,
            Err(error) => load.error(KIND, &error),
        }
        let complete = json!({ "id": "1", "type": "complete" }).to_string();
        let _ = socket.send(Message::text(complete)).await;
        let _ = socket.close(None).await;
    }
}

/// The server process's resident set in kB: the whole (`VmRSS`, what the criterion looks at),
/// and its anonymous (heap, stacks) and file-backed (the binary's and plugins' pages, SQLite's
/// shared memory) parts, which tell a leak from code and files being paged in.
#[derive(Clone, Copy)]
struct Rss {
    total: u64,
    anon: u64,
    file: u64,
    /// The process's threads: with SQLite, one per open pooled connection besides the workers.
    threads: u64,
    /// SQLite's own heap now, its high-water mark, and the page cache's part of it, in kB, from
    /// the server's metrics (SQLite only): the part of `anon` that is the database engine's
    /// caches and statements. The high-water mark is what freed-but-kept heap can hold at most.
    sqlite: Option<[u64; 3]>,
}

fn rss(pid: u32) -> Rss {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let field = |name: &str| -> u64 {
        let line = status.lines().find(|l| l.starts_with(name)).expect("the field in /proc/<pid>/status");
        line.split_whitespace().nth(1).unwrap().parse().unwrap()
    };
    Rss {
        total: field("VmRSS:"),
        anon: field("RssAnon:"),
        file: field("RssFile:"),
        threads: field("Threads:"),
        sqlite: None,
    }
}

/// SQLite's heap, its high-water mark and its page cache in kB, read from the server's
/// `/metrics`; none on PostgreSQL, whose server exports no such gauge.
async fn sqlite_heap(client: &reqwest::Client, metrics: std::net::SocketAddr) -> Option<[u64; 3]> {
    let text = client.get(format!("http://{metrics}/metrics")).send().await.ok()?.text().await.ok()?;
    let gauge = |measure: &str| -> Option<u64> {
        let name = format!("oversight_sqlite_memory_bytes{{measure=\"{measure}\"}} ");
        let line = text.lines().find(|l| l.starts_with(&name))?;
        line[name.len()..].trim().parse::<u64>().ok().map(|bytes| bytes / 1024)
    };
    Some([gauge("used")?, gauge("highwater")?, gauge("page_cache")?])
}

impl std::fmt::Display for Rss {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} kB (anon {} kB, file {} kB; {} threads)",
            self.total, self.anon, self.file, self.threads
        )?;
        if let Some([heap, highwater, page_cache]) = self.sqlite {
            write!(f, " SQLite heap {heap} kB (page cache {page_cache} kB; high-water {highwater} kB)")?;
        }
        Ok(())
    }
}

/// RSS every `SAMPLE_EVERY` from the start to the deadline, and once more at the deadline.
async fn sampler(load: &Load<'_>, process: &ServerProcess, started: Instant) -> Vec<(Duration, Rss)> {
    let sample = || async {
        let mut rss = rss(process.pid());
        rss.sqlite = sqlite_heap(&load.client, process.metrics_addr).await;
        (started.elapsed(), rss)
    };
    let mut samples = Vec::new();
    let mut next = started + SAMPLE_EVERY;
    while next < load.deadline {
        tokio::time::sleep_until(next.into()).await;
        samples.push(sample().await);
        eprintln!("  {:>5.0} s  RSS {}", started.elapsed().as_secs_f64(), samples.last().unwrap().1);
        next += SAMPLE_EVERY;
    }
    tokio::time::sleep_until(load.deadline.into()).await;
    samples.push(sample().await);
    samples
}

/// On PostgreSQL with autovacuum off (a setting of some test machines, this one's included),
/// `ANALYZE` every minute in its place: the tables grow tenfold during the run, and plans made
/// from the statistics of the set-up go stale as no production server's would (autovacuum is on
/// by default). Nothing on SQLite, which plans without statistics, or where autovacuum runs.
async fn maintainer(load: &Load<'_>, server: &TestServer, db: Db) {
    if db != Db::Postgres {
        return;
    }
    let store = server.app.store();
    let setting = oversight_storage::test_db::postgres_setting(store, "autovacuum").await.unwrap();
    if setting == "on" {
        return;
    }
    eprintln!("autovacuum is {setting} on this PostgreSQL: ANALYZE every {ANALYZE_EVERY:?} in its place");
    let mut next = Instant::now() + ANALYZE_EVERY;
    while next < load.deadline {
        tokio::time::sleep_until(next.into()).await;
        store.analyze().await.unwrap();
        next += ANALYZE_EVERY;
    }
}

/// How often the soak analyses a PostgreSQL database whose server runs without autovacuum.
const ANALYZE_EVERY: Duration = Duration::from_secs(60);

/// Drives the load on one database; returns whether it passed.
async fn run(db: Db, args: &Args) -> bool {
    let server = TestServer::start_with_plugins(db, &["oversight_plugin_wire_cable"]).await.unwrap();
    let cast = set_up(&server, args.enterprises).await;
    let mut config = ProcessConfig::new(server.database_url.clone());
    config.plugins_dir = server.plugins_dir().map(std::path::Path::to_path_buf);
    let process = ServerProcess::start(&config).await.unwrap();
    let length = Duration::from_secs_f64(args.minutes * 60.0);
    eprintln!("[{db:?}] server process {} on {}; load for {length:.0?}", process.pid(), process.addr);
    let stats = RefCell::new(Stats::default());
    let started = Instant::now();
    let client = reqwest::Client::builder().timeout(ANSWER_LIMIT).build().unwrap();
    let load = Load { client, addr: process.addr, deadline: started + length, stats: &stats };
    let clients = futures_util::future::join5(
        futures_util::future::join(reader(&load, &cast, 0), reader(&load, &cast, 7)),
        writer(&load, &cast),
        submitter(&load, &cast),
        futures_util::future::join3(listener(&load, &cast), listener(&load, &cast), churner(&load, &cast)),
        futures_util::future::join(sampler(&load, &process, started), maintainer(&load, &server, db)),
    );
    let (_, _, _, _, (samples, ())) = clients.await;
    let duration = started.elapsed();
    let log = process.log();
    drop(process);
    server.stop().await;
    report(db, length, duration, &stats.borrow(), &samples, &log)
}

/// Prints the figures and the verdict; returns whether both criteria hold.
fn report(
    db: Db,
    length: Duration,
    duration: Duration,
    stats: &Stats,
    samples: &[(Duration, Rss)],
    log: &str,
) -> bool {
    let warm_up_at = Duration::from_secs(60).max(length / 10);
    let warm_up = samples.iter().find(|(at, _)| *at >= warm_up_at).unwrap_or(samples.last().unwrap());
    let end = samples.last().unwrap().1;
    let max = samples.iter().map(|(_, rss)| rss.total).max().unwrap();
    let ratio = end.total as f64 / warm_up.1.total as f64;
    println!("== soak on {db:?}: {:.1} s ==", duration.as_secs_f64());
    for (kind, k) in &stats.kinds {
        let mean = k.busy.as_secs_f64() * 1000.0 / k.requests.max(1) as f64;
        println!("{kind:<32} requests {:>7}  errors {:>4}  mean {mean:>7.1} ms", k.requests, k.errors);
    }
    let requests: u64 = stats.kinds.values().map(|k| k.requests).sum();
    println!(
        "all requests {requests} ({:.1}/s), errors {}",
        requests as f64 / duration.as_secs_f64(),
        stats.errors()
    );
    println!(
        "subscription events received {}, churned subscriptions closed without an event {}",
        stats.events, stats.churned
    );
    println!(
        "RSS after warm-up ({:.0} s) {}, at the end {end}, max {max} kB, end/warm-up {ratio:.3}",
        warm_up.0.as_secs_f64(),
        warm_up.1
    );
    let no_errors = stats.errors() == 0;
    let flat = (ratio - 1.0).abs() <= 0.10;
    println!("errors = 0: {}", if no_errors { "PASS" } else { "FAIL" });
    println!("end RSS within 10 % of warm-up RSS: {}", if flat { "PASS" } else { "FAIL" });
    if !no_errors && !log.is_empty() {
        eprintln!("server log:\n{log}");
    }
    no_errors && flat
}

#[actix_web::main]
async fn main() {
    let args = args();
    let passed = std::cell::Cell::new(true);
    on_each_database(|db| {
        let (args, passed) = (&args, &passed);
        async move {
            let ok = run(db, args).await;
            passed.set(passed.get() && ok);
        }
    })
    .await;
    if !passed.get() {
        std::process::exit(1);
    }
}
