//! Faults (issue 20, docs/adr/0044): the real server binary killed with SIGKILL during bulk
//! ingestion, stopped with SIGTERM during a submission, left without its PostgreSQL server
//! under load, and left without disk space under its SQLite database. Each harness submits test
//! results with idempotency keys, retries what was not acknowledged, and checks the database
//! afterwards: every submission stored exactly once, none duplicated, and the audit chain intact.

mod full_disk;
mod kill;
mod postgres_restart;
mod shutdown;

use std::collections::BTreeMap;
use std::time::Duration;

use oversight_domain::{InstitutionId, TaskId};
use oversight_storage::testing::supervision;
use oversight_storage::{Scope, TaskScope};
use oversight_tests::TestServer;
use oversight_tests::process::ProcessConfig;
use serde_json::{Value, json};

use crate::ingestion::{SUBMIT, open, results};

/// A client waits this long for an answer: far longer than any request here takes, so only a
/// server that hangs runs into it.
const ANSWER_LIMIT: Duration = Duration::from_secs(30);

/// What a submission request came back with.
#[derive(Debug)]
enum Answer {
    /// The server answered with the submission: it is stored (the client's acknowledgement).
    Acknowledged { submission_id: Value, replayed: bool },
    /// `DATABASE_UNAVAILABLE`: nothing acknowledged; the client retries later.
    Unavailable,
    /// No answer (the connection was cut, or the body did not arrive whole).
    Lost(String),
}

/// The institution's submissions of one fault test: submission `n` carries the results of its
/// own tasks under the idempotency key `fault-n`.
struct Ingestion {
    lab_token: String,
    lab_id: InstitutionId,
    /// Each submission's tasks (global ids).
    batches: Vec<Vec<Value>>,
    client: reqwest::Client,
}

impl Ingestion {
    /// Builds the cast on the in-process server and opens `submissions × tasks_each` testing
    /// tasks for its institution to judge.
    async fn prepare(server: &TestServer, submissions: usize, tasks_each: usize) -> Ingestion {
        let world = crate::cast::world(server).await;
        let mut batches = Vec::with_capacity(submissions);
        for n in 0..submissions {
            let mut tasks = Vec::with_capacity(tasks_each);
            for t in 0..tasks_each {
                let license = &world.licenses[(n + t) % world.licenses.len()];
                tasks.push(open(server, &world.county, license, &format!("故障批次 {n}-{t}")).await);
            }
            batches.push(tasks);
        }
        let client = reqwest::Client::builder().timeout(ANSWER_LIMIT).build().unwrap();
        Ingestion { lab_token: world.lab, lab_id: world.lab_id, batches, client }
    }

    fn key(n: usize) -> String {
        format!("fault-{n}")
    }

    /// Sends submission `n` to the server at `base` (`http://host:port`).
    async fn send(&self, base: &str, n: usize) -> Answer {
        match self.post(base, n).await {
            Ok((status, body)) => read_answer(status, &body),
            Err(error) => Answer::Lost(error),
        }
    }

    /// Sends submission `n` and returns the answer's status and body as they came, or why none
    /// came.
    async fn post(&self, base: &str, n: usize) -> Result<(reqwest::StatusCode, Value), String> {
        let submissions: Vec<Value> = self.batches[n]
            .iter()
            .map(|task| json!({ "taskId": task, "results": results("7.20") }))
            .collect();
        let variables = json!({ "i": { "idempotencyKey": Self::key(n), "submissions": submissions } });
        let sent = self
            .client
            .post(format!("{base}/graphql"))
            .bearer_auth(&self.lab_token)
            .header("accept", "application/graphql-response+json")
            .json(&json!({ "query": SUBMIT, "variables": variables }))
            .send()
            .await;
        let response = sent.map_err(|error| error.to_string())?;
        let status = response.status();
        let body = response.json::<Value>().await.map_err(|error| error.to_string())?;
        Ok((status, body))
    }

    /// How many tasks of submission `n` have a verdict stored.
    async fn tasks_judged(&self, server: &TestServer, n: usize) -> usize {
        let tasks: Vec<TaskId> = self.batches[n].iter().map(|task| TaskId::new(numeric(task))).collect();
        let scope = TaskScope::Registry(Scope::Everything);
        let verdicts = supervision::verdicts_of_tasks(server.app.store(), &scope, &tasks).await.unwrap();
        verdicts.iter().map(|v| v.task_id).collect::<std::collections::BTreeSet<_>>().len()
    }

    /// Checks the database after the run: every submission stored once under its key, with the
    /// id the client was given when it was acknowledged, each task judged once with all its
    /// results, and no other submission. Returns (lost, duplicated).
    async fn check_stored(
        &self,
        server: &TestServer,
        acknowledged: &BTreeMap<usize, Value>,
    ) -> (usize, usize) {
        let store = server.app.store();
        let mut lost = 0;
        for n in 0..self.batches.len() {
            let stored = supervision::submission_by_key(store, self.lab_id, &Self::key(n)).await.unwrap();
            let matches = match (stored, acknowledged.get(&n)) {
                (Some(record), Some(id)) => numeric(id) == record.id.get(),
                (stored, None) => stored.is_some(),
                (None, Some(_)) => false,
            };
            lost += usize::from(!matches);
        }
        let tasks: Vec<TaskId> =
            self.batches.iter().flatten().map(|task| TaskId::new(numeric(task))).collect();
        let scope = TaskScope::Registry(Scope::Everything);
        let verdicts = supervision::verdicts_of_tasks(store, &scope, &tasks).await.unwrap();
        let results = supervision::results_of_tasks(store, &scope, &tasks).await.unwrap();
        let per_task = |ids: Vec<TaskId>| {
            let mut counts: BTreeMap<TaskId, usize> = tasks.iter().map(|task| (*task, 0)).collect();
            ids.into_iter().for_each(|id| *counts.entry(id).or_default() += 1);
            counts
        };
        let verdict_counts = per_task(verdicts.iter().map(|v| v.task_id).collect());
        let result_counts = per_task(results.iter().map(|r| r.task_id).collect());
        let items = results_len();
        lost += verdict_counts.values().filter(|n| **n == 0).count();
        lost += result_counts.values().filter(|n| **n < items).count();
        let mut duplicated = verdict_counts.values().filter(|n| **n > 1).count();
        duplicated += result_counts.values().filter(|n| **n > items).count();
        let counts = oversight_storage::census::row_counts(store).await.unwrap();
        duplicated +=
            usize::try_from(counts["result_submission"]).unwrap().saturating_sub(self.batches.len());
        (lost, duplicated)
    }
}

/// The results each task is sent with.
fn results_len() -> usize {
    results("7.20").as_array().unwrap().len()
}

/// Classifies a server's answer to a submission. Any error but `DATABASE_UNAVAILABLE` fails the
/// test: faults must not turn into other errors, least of all into internal ones.
fn read_answer(status: reqwest::StatusCode, body: &Value) -> Answer {
    if let Some(errors) = body["errors"].as_array() {
        for error in errors {
            assert_eq!(error["extensions"]["code"], "DATABASE_UNAVAILABLE", "status {status}: {body}");
            let message = error["message"].as_str().unwrap();
            assert_eq!(
                message,
                oversight_api::error::DATABASE_UNAVAILABLE_MESSAGE,
                "no internal detail: {body}"
            );
        }
        return Answer::Unavailable;
    }
    assert_eq!(status, 200, "{body}");
    let outcome = &body["data"]["submitTestResults"];
    Answer::Acknowledged {
        submission_id: outcome["submissionId"].clone(),
        replayed: outcome["replayed"].as_bool().unwrap(),
    }
}

/// How a server process of this test server is started: same database, same plugins.
fn process_config(server: &TestServer) -> ProcessConfig {
    let mut config = ProcessConfig::new(server.database_url.clone());
    config.plugins_dir = server.plugins_dir().map(std::path::Path::to_path_buf);
    config
}

/// Runs `oversight audit verify` on the database and fails the test when the chain is broken.
fn assert_audit_chain_verifies(database_url: &str) {
    let output = std::process::Command::new(oversight_tests::process::server_binary())
        .args(["audit", "verify"])
        .env_remove("OVERSIGHT_CONFIG")
        .env("OVERSIGHT_DATABASE_URL", database_url)
        .env("OVERSIGHT_LOG", "warn")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "audit verify: {stdout}{}", String::from_utf8_lossy(&output.stderr));
    eprintln!("audit verify: {}", stdout.trim());
}

/// The numeric id inside a global ID.
fn numeric(global_id: &Value) -> i64 {
    use base64::Engine;
    let text = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(global_id.as_str().unwrap()).unwrap();
    String::from_utf8(text).unwrap().split_once(':').unwrap().1.parse().unwrap()
}

/// A small seeded generator (SplitMix64): the same seed picks the same kill points, so a failing
/// run can be replayed with `OVERSIGHT_FAULT_SEED`.
struct SplitMix64(u64);

impl SplitMix64 {
    /// The seed of `OVERSIGHT_FAULT_SEED`, or a fixed one, printed either way.
    fn from_env(test: &str) -> SplitMix64 {
        let seed = std::env::var("OVERSIGHT_FAULT_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(2026);
        eprintln!("{test}: seed {seed} (OVERSIGHT_FAULT_SEED={seed} replays it)");
        SplitMix64(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}
