//! Graceful shutdown (issue 20 item 4): SIGTERM reaches the server binary while a bulk
//! submission waits inside its transaction (the test holds the audit chain's head). With the
//! grace period (`shutdown_timeout_secs`) the submission finishes and is acknowledged; with none
//! it is cut off and rolls back whole. Never half a batch stored, the process exits 0 either way,
//! and the cut-off submission, sent again with its key, is stored once — on SQLite and on
//! PostgreSQL.

use std::collections::BTreeMap;
use std::time::Duration;

use oversight_app::audit::{AuditActor, AuditEntry, Operation};
use oversight_storage::{Tx, audit};
use oversight_tests::process::ServerProcess;
use oversight_tests::{TestServer, on_both_databases};
use serde_json::json;

use super::{Answer, Ingestion, assert_audit_chain_verifies, process_config};
use crate::cast::WIRE_CABLE;

const TASKS_EACH: usize = 20;
const WITH_GRACE: usize = 0;
const WITHOUT_GRACE: usize = 1;
/// Time for a submission to reach the audit chain's head, where it waits while SIGTERM comes.
/// Arriving later changes nothing asserted: the server, stopping, takes no new request.
const INTO_REQUEST: Duration = Duration::from_millis(500);

on_both_databases!(
    sigterm_during_a_submission_stores_it_whole_or_not_at_all,
    sigterm_body,
    plugins = super::WIRE_CABLE
);

async fn sigterm_body(server: &TestServer) {
    let ingestion = Ingestion::prepare(server, 2, TASKS_EACH).await;
    let mut acknowledged = BTreeMap::new();
    let mut config = process_config(server);

    // With the grace period: SIGTERM while the submission waits in its transaction, then the
    // wait ends within the grace period: it finishes, is acknowledged and stored whole.
    let mut process = ServerProcess::start(&config).await.unwrap();
    let (base, head) = (process.url(""), HeldAuditHead::hold(server).await);
    let terminate_then_release = async {
        actix_web::rt::time::sleep(INTO_REQUEST).await;
        process.send_sigterm().unwrap();
        actix_web::rt::time::sleep(INTO_REQUEST).await;
        head.release().await;
    };
    let (answer, ()) = futures_util::join!(ingestion.send(&base, WITH_GRACE), terminate_then_release);
    let Answer::Acknowledged { submission_id, replayed: false } = answer else {
        panic!("SIGTERM cut off a submission within the grace period: {answer:?}\n{}", process.log())
    };
    acknowledged.insert(WITH_GRACE, submission_id);
    assert!(process.wait_for_exit().await.unwrap().success(), "{}", process.log());
    assert_eq!(ingestion.tasks_judged(server, WITH_GRACE).await, TASKS_EACH);

    // Without one (`shutdown_timeout_secs = 0`): the submission still waiting is cut off at the
    // server's first check and its transaction rolls back whole; the process still exits 0.
    config.shutdown_timeout_secs = 0;
    let mut process = ServerProcess::start(&config).await.unwrap();
    let (base, head) = (process.url(""), HeldAuditHead::hold(server).await);
    let terminate = async {
        actix_web::rt::time::sleep(INTO_REQUEST).await;
        process.send_sigterm().unwrap();
    };
    let (answer, ()) = futures_util::join!(ingestion.send(&base, WITHOUT_GRACE), terminate);
    assert!(process.wait_for_exit().await.unwrap().success(), "{}", process.log());
    head.release().await;
    let judged = ingestion.tasks_judged(server, WITHOUT_GRACE).await;
    eprintln!(
        "SIGTERM during a submission of {TASKS_EACH} tasks on {:?}: with grace acknowledged and stored whole; \
         without grace {answer:?}, {judged} tasks stored",
        server.app.store().backend()
    );
    assert!(matches!(answer, Answer::Lost(_)), "cut off, so not answered: {answer:?}");
    assert_eq!(judged, 0, "a cut-off submission rolls back whole");

    // The client was not answered: it sends the submission again with its key, stored once.
    config.shutdown_timeout_secs = 30;
    let mut process = ServerProcess::start(&config).await.unwrap();
    let answer = ingestion.send(&process.url(""), WITHOUT_GRACE).await;
    let Answer::Acknowledged { submission_id, replayed: false } = answer else {
        panic!("the retry: {answer:?}\n{}", process.log())
    };
    acknowledged.insert(WITHOUT_GRACE, submission_id);
    process.send_sigterm().unwrap();
    assert!(process.wait_for_exit().await.unwrap().success(), "{}", process.log());
    assert_eq!(ingestion.check_stored(server, &acknowledged).await, (0, 0), "lost, duplicated");
    assert_audit_chain_verifies(&server.database_url);
}

/// A transaction of the test's own holding the audit chain's head (PostgreSQL: its row lock;
/// SQLite: the write lock): every writer waits for it, so a submission is provably in flight —
/// on PostgreSQL with its rows already written in its transaction — when SIGTERM comes.
struct HeldAuditHead(Tx);

impl HeldAuditHead {
    async fn hold(server: &TestServer) -> HeldAuditHead {
        let tx = server.app.store().begin().await.unwrap();
        let entry = AuditEntry {
            operation: Operation::ChangeLicenseStatus,
            actor: AuditActor {
                subject: "fault-test".to_owned(),
                organisation: "platform".to_owned(),
                role: "PLUGIN_ADMINISTRATOR".to_owned(),
            },
            objects: Vec::new(),
            before: None,
            after: Some(json!({ "holds": "the audit head" })),
        };
        audit::append(&tx, &entry, oversight_app::now()).await.unwrap();
        HeldAuditHead(tx)
    }

    /// Commits (a rollback would be sent lazily when the connection is next used): the head is
    /// free at once, and the chain gains one valid record.
    async fn release(self) {
        self.0.commit().await.unwrap();
    }
}
