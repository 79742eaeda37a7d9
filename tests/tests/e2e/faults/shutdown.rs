//! Graceful shutdown (issue 20 item 4): SIGTERM reaches the server binary while a bulk
//! submission is being judged and stored. With the grace period (`shutdown_timeout_secs`) the
//! submission finishes and is acknowledged; with none it is cut off and rolls back whole. Never
//! half a batch stored, the process exits 0 either way, and the cut-off submission, sent again
//! with its key, is stored once — on SQLite and on PostgreSQL.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use oversight_tests::process::ServerProcess;
use oversight_tests::{TestServer, on_both_databases};

use super::{Answer, Ingestion, assert_audit_chain_verifies, process_config};
use crate::cast::WIRE_CABLE;

/// Tasks of each submission: enough that storing one takes a while to interrupt.
const TASKS_EACH: usize = 40;
const WARM_UP: usize = 0;
const WITH_GRACE: usize = 1;
const WITHOUT_GRACE: usize = 2;

on_both_databases!(sigterm_during_a_submission_stores_it_whole_or_not_at_all, sigterm_body, plugins = super::WIRE_CABLE);

async fn sigterm_body(server: &TestServer) {
    let ingestion = Ingestion::prepare(server, 3, TASKS_EACH).await;
    let mut acknowledged = BTreeMap::new();
    let mut config = process_config(server);

    // How long a submission of this size takes here: SIGTERM comes a third of the way in.
    let mut process = ServerProcess::start(&config).await.unwrap();
    let started = Instant::now();
    let Answer::Acknowledged { submission_id, .. } = ingestion.send(&process.url(""), WARM_UP).await else {
        panic!("the warm-up submission failed:\n{}", process.log())
    };
    acknowledged.insert(WARM_UP, submission_id);
    let into_request = started.elapsed() / 3;

    // With the grace period the submission in flight finishes and is acknowledged.
    let answer = send_then_sigterm(&ingestion, &process, WITH_GRACE, into_request).await;
    let Answer::Acknowledged { submission_id, .. } = answer else {
        panic!("SIGTERM cut off a submission within the grace period: {answer:?}\n{}", process.log())
    };
    acknowledged.insert(WITH_GRACE, submission_id);
    assert!(process.wait_for_exit().await.unwrap().success(), "{}", process.log());
    assert_eq!(ingestion.tasks_judged(server, WITH_GRACE).await, TASKS_EACH);

    // Without one, the submission is cut off: all of it stored (had it committed) or none.
    config.shutdown_timeout_secs = 0;
    let mut process = ServerProcess::start(&config).await.unwrap();
    let answer = send_then_sigterm(&ingestion, &process, WITHOUT_GRACE, into_request).await;
    assert!(process.wait_for_exit().await.unwrap().success(), "{}", process.log());
    let judged = ingestion.tasks_judged(server, WITHOUT_GRACE).await;
    eprintln!(
        "SIGTERM {into_request:?} into a submission of {TASKS_EACH} tasks without grace on {:?}: {answer:?}, \
         {judged} tasks stored",
        server.app.store().backend()
    );
    match answer {
        Answer::Acknowledged { submission_id, .. } => {
            assert_eq!(judged, TASKS_EACH, "acknowledged means stored whole");
            acknowledged.insert(WITHOUT_GRACE, submission_id);
        }
        Answer::Unavailable | Answer::Lost(_) => {
            assert!(judged == 0 || judged == TASKS_EACH, "half a batch stored: {judged} of {TASKS_EACH}");
            // The client was not answered: it sends the submission again with its key.
            config.shutdown_timeout_secs = 30;
            let mut process = ServerProcess::start(&config).await.unwrap();
            let Answer::Acknowledged { submission_id, replayed } =
                ingestion.send(&process.url(""), WITHOUT_GRACE).await
            else {
                panic!("the retry failed:\n{}", process.log())
            };
            assert_eq!(replayed, judged == TASKS_EACH, "a retry replays exactly what was stored");
            acknowledged.insert(WITHOUT_GRACE, submission_id);
            process.send_sigterm().unwrap();
            assert!(process.wait_for_exit().await.unwrap().success(), "{}", process.log());
        }
    }
    assert_eq!(ingestion.check_stored(server, &acknowledged).await, (0, 0), "lost, duplicated");
    assert_audit_chain_verifies(&server.database_url);
}

/// Sends submission `n` and, `after` into it, SIGTERM; returns the answer.
async fn send_then_sigterm(ingestion: &Ingestion, process: &ServerProcess, n: usize, after: Duration) -> Answer {
    let base = process.url("");
    let terminate = async {
        actix_web::rt::time::sleep(after).await;
        process.send_sigterm().unwrap();
    };
    futures_util::join!(ingestion.send(&base, n), terminate).0
}
