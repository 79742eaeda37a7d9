//! kill -9 during ingestion (issue 20 item 1): 100 bulk submissions sent four at a time to the
//! server binary, which is killed with SIGKILL at seeded points while requests are in flight and
//! started again on the same database; every request not acknowledged is sent again with its
//! key. Afterwards every acknowledged submission is stored exactly once, none is duplicated, and
//! `oversight audit verify` passes — on SQLite (WAL) and on PostgreSQL.

use std::collections::{BTreeMap, VecDeque};
use std::time::Duration;

use futures_util::StreamExt;
use futures_util::stream::FuturesUnordered;
use oversight_tests::process::ServerProcess;
use oversight_tests::{TestServer, on_both_databases};
use serde_json::Value;

use super::{Answer, Ingestion, SplitMix64, assert_audit_chain_verifies, process_config};
use crate::cast::WIRE_CABLE;

const SUBMISSIONS: usize = 100;
const TASKS_EACH: usize = 2;
const KILLS: usize = 5;
/// Requests in flight at once: a kill always finds some.
const CONCURRENCY: usize = 4;

/// What the run did, printed for the closing note.
#[derive(Debug, Default)]
struct Figures {
    kills: usize,
    /// Sends of a key after its first.
    retries: usize,
    /// Retries answered as replays: stored before the kill, acknowledged only now.
    replayed: usize,
}

/// The client's state across server lives.
struct Run {
    pending: VecDeque<usize>,
    sends: Vec<usize>,
    acknowledged: BTreeMap<usize, Value>,
    figures: Figures,
}

impl Run {
    fn new() -> Run {
        Run {
            pending: (0..SUBMISSIONS).collect(),
            sends: vec![0; SUBMISSIONS],
            acknowledged: BTreeMap::new(),
            figures: Figures::default(),
        }
    }

    /// The next submission to send, counting a retry when it was sent before.
    fn next(&mut self) -> Option<usize> {
        let n = self.pending.pop_front()?;
        self.figures.retries += usize::from(self.sends[n] > 0);
        self.sends[n] += 1;
        Some(n)
    }

    fn record(&mut self, n: usize, answer: Answer) {
        match answer {
            Answer::Acknowledged { submission_id, replayed } => {
                self.figures.replayed += usize::from(replayed);
                self.acknowledged.insert(n, submission_id);
            }
            Answer::Unavailable | Answer::Lost(_) => self.pending.push_back(n),
        }
    }
}

on_both_databases!(
    kill_9_during_ingestion_loses_and_duplicates_nothing,
    kill_body,
    plugins = super::WIRE_CABLE
);

async fn kill_body(server: &TestServer) {
    let mut rng = SplitMix64::from_env("kill -9 during ingestion");
    let ingestion = Ingestion::prepare(server, SUBMISSIONS, TASKS_EACH).await;
    let config = process_config(server);
    let mut run = Run::new();
    while !run.pending.is_empty() {
        let mut process = ServerProcess::start(&config).await.unwrap();
        // A kill after 1–15 acknowledgements of this life, then 0–29 ms on: wherever the
        // requests in flight are by then (reading, judging, committing, answering).
        let kill = (run.figures.kills < KILLS).then(|| (rng.below(15) + 1, rng.below(30)));
        if drive(&ingestion, &mut process, &mut run, kill).await {
            run.figures.kills += 1;
        } else {
            process.send_sigterm().unwrap();
            assert!(process.wait_for_exit().await.unwrap().success(), "{}", process.log());
        }
    }
    let (lost, duplicated) = ingestion.check_stored(server, &run.acknowledged).await;
    let Figures { kills, retries, replayed } = run.figures;
    eprintln!(
        "kill -9 during ingestion on {:?}: {SUBMISSIONS} submissions of {TASKS_EACH} tasks, kills {kills}, \
         retries {retries} (replayed {replayed}), lost {lost}, duplicated {duplicated}",
        server.app.store().backend()
    );
    assert_eq!(kills, KILLS, "every planned kill happened");
    assert_eq!(run.acknowledged.len(), SUBMISSIONS, "every submission acknowledged in the end");
    assert_eq!((lost, duplicated), (0, 0), "lost, duplicated");
    assert_audit_chain_verifies(&server.database_url);
}

/// Sends pending submissions, `CONCURRENCY` at a time, until none is pending, or kills the
/// server at the planned point — after `kill.0` acknowledgements and `kill.1` ms more — and
/// collects the answers still in flight (cut off, or arrived just before). Returns whether it
/// killed the server.
async fn drive(
    ingestion: &Ingestion,
    process: &mut ServerProcess,
    run: &mut Run,
    kill: Option<(u64, u64)>,
) -> bool {
    let base = process.url("");
    let mut in_flight = FuturesUnordered::new();
    let mut acknowledged = 0;
    loop {
        while in_flight.len() < CONCURRENCY {
            let Some(n) = run.next() else { break };
            let base = base.clone();
            in_flight.push(async move { (n, ingestion.send(&base, n).await) });
        }
        let Some((n, answer)) = in_flight.next().await else { return false };
        acknowledged += u64::from(matches!(answer, Answer::Acknowledged { .. }));
        run.record(n, answer);
        let Some((_, delay_ms)) = kill.filter(|(after, _)| *after == acknowledged) else { continue };
        // The server goes on with the requests in flight meanwhile; then it dies mid-way.
        actix_web::rt::time::sleep(Duration::from_millis(delay_ms)).await;
        process.kill().unwrap();
        while let Some((n, answer)) = in_flight.next().await {
            run.record(n, answer);
        }
        return true;
    }
}
