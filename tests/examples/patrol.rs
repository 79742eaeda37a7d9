//! Benchmark of issue 15's patrol targets, through the real server (not a timed test):
//!
//! 1. `followUps(filter: { state: DUE })`, first page with `totalCount`, for a province of
//!    100,000 enterprises with 20,000 follow-ups due and 10,000 not yet due (target < 200 ms).
//! 2. `recordPatrol` of the wire-cable checklist (5 base + 5 plugin items, the longest a shipped
//!    plugin gives) with 5 attachment references, one after another (target p99 < 50 ms on
//!    SQLite).
//!
//! Run on SQLite, and on PostgreSQL too when `OVERSIGHT_TEST_POSTGRES_URL` is set:
//!
//! ```sh
//! cargo run --release -p oversight-tests --example patrol
//! ```
//!
//! Optional: `--enterprises N` (default 100000), `--patrols N` (default 300). Seeding goes
//! straight through storage in large transactions: it is setup, not the subject.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use chrono::Duration as Days;
use oversight_domain::patrol::FollowUpOrigin;
use oversight_domain::{EnterpriseId, LicenseId};
use oversight_storage::patrol::follow_up::{NewFollowUp, insert};
use oversight_tests::bench::{enterprises, on_each_database, seed_province};
use oversight_tests::{Db, TestServer};
use serde_json::{Value, json};

const DUE: &str = "{ followUps(first: 20, filter: { state: DUE }) { totalCount edges { node { id deadline carriedItems state enterprise { name } license { number } } } } }";
const PATROL: &str =
    "mutation($i: RecordPatrolInput!) { recordPatrol(input: $i) { patrol { id findings } } }";
const UPLOAD: &str =
    "mutation($e: ID!, $f: Upload!) { uploadAttachment(enterpriseId: $e, file: $f) { attachment { id } } }";

fn patrols() -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == "--patrols")
        .and_then(|i| args.get(i + 1))
        .map_or(300, |n| n.parse().unwrap())
}

fn global(kind: &str, id: impl std::fmt::Display) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("{kind}:{id}"))
}

/// 20,000 follow-ups due (deadlines over the last 60 days) and 10,000 to come, on every fifth
/// and every seventh license (the ids of a fresh seed run from 1).
async fn seed_follow_ups(server: &TestServer, count: usize) {
    let store = server.app.store();
    let today = server.app.today();
    let now = oversight_app::now();
    let carried = ["conductor_resistance".to_owned()];
    let tx = store.begin().await.unwrap();
    for n in 0..30_000_usize {
        let id = if n < 20_000 { 1 + (n * 5) % count } else { 2 + (n * 7) % (count - 1) } as i64;
        let deadline =
            if n < 20_000 { today - Days::days(1 + (n % 60) as i64) } else { today + Days::days(10) };
        let new = NewFollowUp {
            enterprise_id: EnterpriseId::new(id),
            license_id: LicenseId::new(id),
            origin: FollowUpOrigin::SpotCheck,
            origin_id: n as i64 + 1,
            case_id: None,
            deadline,
            carried: &carried,
        };
        insert(&tx, &new, now).await.unwrap();
    }
    tx.commit().await.unwrap();
}

async fn upload(server: &TestServer, token: &str, enterprise: &str, n: usize) -> String {
    let bytes = format!("%PDF-1.7\n% evidence {n}\n%%EOF\n").into_bytes();
    let part = reqwest::multipart::Part::bytes(bytes)
        .file_name(format!("photo-{n}.pdf"))
        .mime_str("application/pdf")
        .unwrap();
    let operations = json!({ "query": UPLOAD, "variables": { "e": enterprise, "f": null } });
    let form = reqwest::multipart::Form::new()
        .text("operations", operations.to_string())
        .text("map", json!({ "0": ["variables.f"] }).to_string())
        .part("0", part);
    let response =
        server.client().post(server.url("/graphql")).bearer_auth(token).multipart(form).send().await.unwrap();
    let body: Value = response.json().await.unwrap();
    body["data"]["uploadAttachment"]["attachment"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned()
}

/// Two inspectors of the province qualified for wire and cable.
async fn inspectors(server: &TestServer, token: &str) -> Vec<String> {
    let seat = server.graphql_as(token, "{ viewer { authority { id } } }", json!({})).await;
    let mut ids = Vec::new();
    for n in 1..=2 {
        let body = server
            .graphql_as(
                &server.national_token,
                "mutation($i: CreateOfficerInput!) { createOfficer(input: $i) { officer { id } } }",
                json!({ "i": { "authorityId": seat["data"]["viewer"]["authority"]["id"], "name": format!("巡查员{n}"),
                               "badgeNumber": format!("JS-B{n:03}"), "subject": format!("bench-{n}"), "tier": "STAFF",
                               "industries": ["wire-cable"] } }),
            )
            .await;
        ids.push(
            body["data"]["createOfficer"]["officer"]["id"]
                .as_str()
                .unwrap_or_else(|| panic!("{body}"))
                .to_owned(),
        );
    }
    ids
}

fn answers(evidence: &[String]) -> Value {
    let codes = oversight_tests::WIRE_CABLE_CHECKLIST;
    let items: Vec<Value> = codes
        .iter()
        .enumerate()
        .map(|(i, code)| match i {
            // The evidence: photos of the unmarked packaging and of the exit-inspection log.
            4 => json!({ "code": code, "answer": "NONCONFORMING", "note": "成品包装未标注生产许可证编号", "evidenceIds": evidence[..3] }),
            3 => json!({ "code": code, "answer": "CONFORMING", "note": "出厂检验记录完整", "evidenceIds": evidence[3..] }),
            _ => json!({ "code": code, "answer": "CONFORMING" }),
        })
        .collect();
    json!(items)
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1]
}

async fn run(db: Db, count: usize, n_patrols: usize) {
    let server = TestServer::start_with_plugins(db, &["oversight_plugin_wire_cable"]).await.unwrap();
    let started = Instant::now();
    let token = seed_province(&server, count).await;
    seed_follow_ups(&server, count).await;
    eprintln!("[{db:?}] seeded {count} enterprises and 30,000 follow-ups in {:.1?}", started.elapsed());
    let mut runs = Vec::new();
    for _ in 0..6 {
        let started = Instant::now();
        let answer = server.graphql_as(&token, DUE, json!({})).await;
        runs.push(started.elapsed());
        assert_eq!(answer["data"]["followUps"]["totalCount"], json!(20_000), "{answer}");
        assert_eq!(answer["data"]["followUps"]["edges"].as_array().unwrap().len(), 20, "{answer}");
    }
    let mut timed = runs[1..].to_vec();
    timed.sort();
    let inspectors = inspectors(&server, &token).await;
    let enterprise = global("Enterprise", 1);
    let mut evidence = Vec::new();
    for n in 0..5 {
        evidence.push(upload(&server, &token, &enterprise, n).await);
    }
    let input = json!({ "i": { "licenseId": global("License", 1), "inspectorIds": inspectors, "answers": answers(&evidence) } });
    let mut patrol_times = Vec::new();
    for _ in 0..n_patrols {
        let started = Instant::now();
        let answer = server.graphql_as(&token, PATROL, input.clone()).await;
        patrol_times.push(started.elapsed());
        assert_eq!(
            answer["data"]["recordPatrol"]["patrol"]["findings"],
            json!(["PACKAGING_LABELING"]),
            "{answer}"
        );
    }
    let warm = n_patrols / 10;
    let mut patrol_timed = patrol_times[warm..].to_vec();
    patrol_timed.sort();
    println!("== {db:?} ==");
    println!(
        "followUps DUE, first 20 with totalCount, {count} enterprises, 20000 due of 30000: min {} median {} max {} (target < 200 ms)",
        ms(timed[0]),
        ms(timed[timed.len() / 2]),
        ms(timed[timed.len() - 1])
    );
    println!(
        "recordPatrol, 10 items, 5 attachment references, {} timed of {n_patrols}: p50 {} p99 {} max {} (target p99 < 50 ms on SQLite)",
        patrol_timed.len(),
        ms(percentile(&patrol_timed, 0.5)),
        ms(percentile(&patrol_timed, 0.99)),
        ms(patrol_timed[patrol_timed.len() - 1])
    );
    server.stop().await;
}

#[actix_web::main]
async fn main() {
    let count = enterprises();
    let n_patrols = patrols();
    on_each_database(|db| run(db, count, n_patrols)).await;
}
