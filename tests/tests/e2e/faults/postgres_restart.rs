//! PostgreSQL restart under load (issue 20 item 2), on a private PostgreSQL server (the shared
//! one other tests use is never stopped): the server binary keeps answering while its database
//! is down — every request within the acquire timeout, with the retryable `DATABASE_UNAVAILABLE`
//! and nothing internal — `/readyz` turns 503, and once PostgreSQL is back the same process
//! recovers by itself: ready again, and every submission refused meanwhile is stored once when
//! sent again.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::sync::Arc;

use futures_util::StreamExt;
use futures_util::stream::FuturesUnordered;
use oversight_tests::process::{PrivatePostgres, ServerProcess};
use oversight_tests::{TestServer, announce_postgres_skip};
use serde_json::Value;

use super::{Answer, Ingestion, assert_audit_chain_verifies, process_config};
use crate::cast::WIRE_CABLE;

const SUBMISSIONS: usize = 60;
/// Submissions acknowledged before PostgreSQL is stopped.
const BEFORE: usize = 5;
/// Answers collected after PostgreSQL is down, before it starts again.
const WHILE_DOWN: usize = 8;
const CONCURRENCY: usize = 4;

/// The client's state: what is still to send, what was acknowledged, what it saw.
#[derive(Default)]
struct Flow {
    pending: VecDeque<usize>,
    acknowledged: BTreeMap<usize, Value>,
    unavailable: usize,
    /// The submissions refused at least once (sent again after recovery).
    refused: BTreeSet<usize>,
}

impl Flow {
    /// Keeps an acknowledgement, or the submission for later when the database was unavailable;
    /// no answer at all fails the test (the server process never stops here).
    fn record(&mut self, n: usize, answer: Answer, process: &ServerProcess) {
        match answer {
            Answer::Acknowledged { submission_id, .. } => {
                self.acknowledged.insert(n, submission_id);
            }
            Answer::Unavailable => {
                self.unavailable += 1;
                self.refused.insert(n);
                self.pending.push_back(n);
            }
            Answer::Lost(error) => panic!("submission {n} got no answer: {error}\n{}", process.log()),
        }
    }
}

#[actix_web::test]
async fn postgres_restart_under_load_answers_unavailable_then_recovers() {
    if !PrivatePostgres::available() {
        announce_postgres_skip("faults::postgres_restart (initdb and pg_ctl are not on PATH)");
        return;
    }
    let postgres = Arc::new(PrivatePostgres::start().unwrap());
    let server = TestServer::start_with_plugins_on(postgres.url(), WIRE_CABLE).await.unwrap();
    let ingestion = Ingestion::prepare(&server, SUBMISSIONS, 1).await;
    let mut config = process_config(&server);
    config.acquire_timeout_secs = 1;
    let process = ServerProcess::start(&config).await.unwrap();
    let client = reqwest::Client::new();
    assert_eq!(readiness(&client, &process).await, 200, "ready before");

    let mut flow = Flow { pending: (0..SUBMISSIONS).collect(), ..Flow::default() };
    let base = process.url("");
    let mut in_flight = FuturesUnordered::new();
    let mut stopping = None;
    let mut answers_while_down = 0;
    while answers_while_down < WHILE_DOWN {
        while in_flight.len() < CONCURRENCY {
            let Some(n) = flow.pending.pop_front() else { break };
            let (base, ingestion) = (base.clone(), &ingestion);
            in_flight.push(async move { (n, ingestion.send(&base, n).await) });
        }
        let Some((n, answer)) = in_flight.next().await else { break };
        flow.record(n, answer, &process);
        // Stopped while requests flow: those in flight meet a server shutting down.
        if flow.acknowledged.len() >= BEFORE && stopping.is_none() {
            let postgres = postgres.clone();
            stopping = Some(actix_web::rt::task::spawn_blocking(move || postgres.stop_server()));
        }
        answers_while_down += usize::from(stopping.as_ref().is_some_and(|stop| stop.is_finished()));
    }
    stopping.expect("PostgreSQL was stopped").await.unwrap().unwrap();
    while let Some((n, answer)) = in_flight.next().await {
        flow.record(n, answer, &process);
    }
    assert_eq!(answers_while_down, WHILE_DOWN, "submissions ran out before the database was down");
    assert_eq!(readiness(&client, &process).await, 503, "not ready while the database is down");
    assert_read_unavailable(&client, &process, &server.national_token).await;

    let started = postgres.clone();
    actix_web::rt::task::spawn_blocking(move || started.start_server()).await.unwrap().unwrap();
    wait_until_ready(&client, &process).await;
    let retried = flow.refused.len();
    for n in std::mem::take(&mut flow.pending) {
        let answer = ingestion.send(&base, n).await;
        flow.record(n, answer, &process);
    }
    let (lost, duplicated) = ingestion.check_stored(&server, &flow.acknowledged).await;
    eprintln!(
        "PostgreSQL restart under load: {SUBMISSIONS} submissions, {} answers DATABASE_UNAVAILABLE \
         (to {retried} submissions, each sent again after recovery), lost {lost}, duplicated {duplicated}",
        flow.unavailable
    );
    assert_eq!(flow.acknowledged.len(), SUBMISSIONS, "every submission acknowledged after recovery");
    assert_eq!((lost, duplicated), (0, 0), "lost, duplicated");
    assert_audit_chain_verifies(&postgres.url());
    drop(process);
    server.stop().await;
}

/// A read while the database is down is refused with the retryable code too: before the caller
/// is identified (503) or by the field that failed.
async fn assert_read_unavailable(client: &reqwest::Client, process: &ServerProcess, token: &str) {
    let read = client
        .post(process.url("/graphql"))
        .bearer_auth(token)
        .header("accept", "application/graphql-response+json")
        .json(&serde_json::json!({ "query": "{ authorities(first: 5) { edges { node { name } } } }" }))
        .send()
        .await
        .unwrap();
    let status = read.status().as_u16();
    let body: Value = read.json().await.unwrap();
    assert!(status == 503 || status == 200, "{status}: {body}");
    assert_eq!(body["errors"][0]["extensions"]["code"], "DATABASE_UNAVAILABLE", "{body}");
    assert_eq!(body["errors"][0]["message"], oversight_api::error::DATABASE_UNAVAILABLE_MESSAGE, "{body}");
}

/// The status of `/readyz`.
async fn readiness(client: &reqwest::Client, process: &ServerProcess) -> u16 {
    client.get(process.url("/readyz")).send().await.unwrap().status().as_u16()
}

/// Polls `/readyz` until it answers 200: the pool reconnects by itself, no restart.
async fn wait_until_ready(client: &reqwest::Client, process: &ServerProcess) {
    for _ in 0..600 {
        if readiness(client, process).await == 200 {
            return;
        }
        actix_web::rt::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("not ready again after PostgreSQL came back:\n{}", process.log());
}
