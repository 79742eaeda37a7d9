//! The audit trail against real databases: the chain verifies, a row edited or removed behind
//! the application's back is named by verify, PostgreSQL itself refuses to change the trail,
//! and concurrent writers still build one unbroken chain.

use oversight_app::audit::{AuditActor, AuditEntry, AuditVerification, ObjectRef, Operation};
use oversight_app::{App, Backend};
use oversight_domain::{InstitutionId, LicenseId};
use oversight_storage::{audit, test_db};
use oversight_tests::{Db, TestServer, on_both_databases, postgres_url};
use serde_json::json;

fn entry(writer: usize, n: usize) -> AuditEntry {
    AuditEntry {
        operation: Operation::ChangeLicenseStatus,
        actor: AuditActor {
            subject: format!("officer-{writer}"),
            organisation: "330106".to_owned(),
            role: "COUNTY_OFFICER".to_owned(),
        },
        objects: vec![
            ObjectRef::of(InstitutionId::new(writer as i64)),
            ObjectRef::of(LicenseId::new(n as i64)),
        ],
        before: Some(json!({ "status": "VALID", "n": n })),
        after: Some(json!({ "status": "SUSPENDED", "n": n })),
    }
}

/// Appends `n` entries, each in its own transaction, as writer 0.
async fn append(app: &App, n: usize) {
    for i in 0..n {
        let tx = app.store().begin().await.unwrap();
        audit::append(&tx, &entry(0, i), oversight_app::now()).await.unwrap();
        tx.commit().await.unwrap();
    }
}

/// Runs SQL the application never would, on the tables' owner connection; on PostgreSQL the
/// append-only triggers are switched off around it (as only the owner can).
async fn behind_the_back(app: &App, tables: &[&str], sql: &str) -> u64 {
    let store = app.store();
    let postgres = store.backend() == Backend::Postgres;
    if postgres {
        for table in tables {
            test_db::execute_raw(store, &format!("ALTER TABLE {table} DISABLE TRIGGER USER")).await.unwrap();
        }
    }
    let touched = test_db::execute_raw(store, sql).await.unwrap();
    if postgres {
        for table in tables {
            test_db::execute_raw(store, &format!("ALTER TABLE {table} ENABLE TRIGGER USER")).await.unwrap();
        }
    }
    touched
}

/// The records a fresh test server's chain starts with: its `bootstrap` (the national authority
/// and its head). The records a test appends follow them.
const BOOTSTRAP_RECORDS: u64 = 1;

/// (seq, problem) of the first break, or None.
async fn first_break(app: &App) -> Option<(i64, &'static str)> {
    let verification = app.verify_audit_chain().await.unwrap();
    verification.first_break.map(|b| (b.seq, b.problem.as_str()))
}

on_both_databases!(an_edited_row_is_named_by_verify, an_edited_row_is_named_by_verify_body);

async fn an_edited_row_is_named_by_verify_body(server: &TestServer) {
    let app = &server.app;
    append(app, 6).await;
    assert_eq!(
        app.verify_audit_chain().await.unwrap(),
        AuditVerification { records_checked: BOOTSTRAP_RECORDS + 6, first_break: None }
    );
    // Each edit lands before the previous one, so each becomes the new first break.
    let edits: &[(&str, i64, &str)] = &[
        ("actor_role = 'NATIONAL_OFFICER'", 7, "HASH_MISMATCH"),
        ("operation = 'issueLicense'", 6, "HASH_MISMATCH"),
        (r#"objects = '["writer:0"]'"#, 5, "HASH_MISMATCH"),
        ("after_digest = NULL", 4, "HASH_MISMATCH"),
        (r#"after_state = '{"n":2,"status":"VALID"}'"#, 3, "VALUE_MISMATCH"),
        (
            "prev_hash = 'ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff'",
            3,
            "PREV_HASH_MISMATCH",
        ),
        ("before_state = 'null'", 2, "VALUE_MISMATCH"),
        ("actor_subject = 'someone-else'", 1, "HASH_MISMATCH"),
    ];
    for (set, seq, problem) in edits {
        let sql = format!("UPDATE audit_record SET {set} WHERE seq = {seq}");
        assert_eq!(behind_the_back(app, &["audit_record"], &sql).await, 1, "{sql}");
        assert_eq!(first_break(app).await, Some((*seq, *problem)), "{sql}");
    }
    let verification = app.verify_audit_chain().await.unwrap();
    assert_eq!(verification.records_checked, 0, "the first record is broken");
}

on_both_databases!(removed_rows_are_named_by_verify, removed_rows_are_named_by_verify_body);

async fn removed_rows_are_named_by_verify_body(server: &TestServer) {
    let app = &server.app;
    append(app, 5).await;
    let tables = ["audit_subject", "audit_record"];
    let remove = |seq: i64| {
        format!(
            "DELETE FROM audit_subject WHERE record_seq = {seq}; DELETE FROM audit_record WHERE seq = {seq}"
        )
    };
    // The last record (the bootstrap's is 1, the appended 2–6): every remaining link holds; the
    // head knows the chain was longer.
    behind_the_back(app, &tables, &remove(6)).await;
    assert_eq!(first_break(app).await, Some((6, "HEAD_MISMATCH")));
    // A record in the middle: its successor does not follow its predecessor.
    behind_the_back(app, &tables, &remove(3)).await;
    assert_eq!(first_break(app).await, Some((4, "SEQ_GAP")));
}

on_both_databases!(a_moved_head_is_named_by_verify, a_moved_head_is_named_by_verify_body);

async fn a_moved_head_is_named_by_verify_body(server: &TestServer) {
    let app = &server.app;
    append(app, 5).await;
    // The head may be updated (appends do), so no trigger is in the way on PostgreSQL.
    // The chain is the bootstrap's record (1) and the five appended (2–6).
    let cases: &[(&str, Option<(i64, &str)>)] = &[
        // Moved back to a consistent earlier link: records 5 and 6 would go unverified.
        ("seq = 4, hash = (SELECT hash FROM audit_record WHERE seq = 4)", Some((5, "HEAD_MISMATCH"))),
        // Right seq, wrong hash.
        (
            "seq = 6, hash = 'ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff'",
            Some((6, "HEAD_MISMATCH")),
        ),
        // Ahead of the chain.
        ("seq = 7", Some((7, "HEAD_MISMATCH"))),
        ("seq = 6, hash = (SELECT hash FROM audit_record WHERE seq = 6)", None),
    ];
    for (set, expected) in cases {
        let sql = format!("UPDATE audit_head SET {set} WHERE id = 1");
        assert_eq!(test_db::execute_raw(app.store(), &sql).await.unwrap(), 1, "{sql}");
        assert_eq!(first_break(app).await, *expected, "{sql}");
    }
}

on_both_databases!(concurrent_writers_build_one_chain, concurrent_writers_build_one_chain_body);

/// 8 writers × 25 appends. On PostgreSQL the head row's `FOR UPDATE` lock orders them; on SQLite
/// the database's single write lock does (each append writes before it reads, so no writer works
/// from a stale snapshot and none fails with SQLITE_BUSY within the busy timeout).
async fn concurrent_writers_build_one_chain_body(server: &TestServer) {
    const WRITERS: usize = 8;
    const APPENDS: usize = 25;
    let tasks: Vec<_> = (0..WRITERS)
        .map(|writer| {
            let app = server.app.clone();
            actix_web::rt::spawn(async move {
                for n in 0..APPENDS {
                    let tx = app.store().begin().await.unwrap();
                    audit::append(&tx, &entry(writer, n), oversight_app::now()).await.unwrap();
                    tx.commit().await.unwrap();
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    assert_eq!(
        server.app.verify_audit_chain().await.unwrap(),
        AuditVerification {
            records_checked: BOOTSTRAP_RECORDS + (WRITERS * APPENDS) as u64,
            first_break: None
        }
    );
    assert_eq!(
        audit::head(server.app.store()).await.unwrap().seq,
        (BOOTSTRAP_RECORDS + (WRITERS * APPENDS) as u64) as i64
    );
    for writer in 0..WRITERS {
        assert_eq!(
            oversight_storage::audit::count_for_subject(
                server.app.store(),
                &ObjectRef::of(InstitutionId::new(writer as i64)).to_string(),
                &Default::default(),
            )
            .await
            .unwrap(),
            APPENDS as u64
        );
    }
}

/// PostgreSQL refuses UPDATE, DELETE and TRUNCATE of the trail even to its owner, unless the
/// triggers are disabled first. (SQLite has no such guard; the chain alone protects it.)
#[actix_web::test]
async fn postgres_refuses_to_change_the_trail() {
    if postgres_url().is_none() {
        oversight_tests::announce_postgres_skip("audit::postgres_refuses_to_change_the_trail");
        return;
    }
    let server = TestServer::start(Db::Postgres).await.unwrap();
    let app = &server.app;
    append(app, 2).await;
    let statements = [
        "UPDATE audit_record SET operation = 'x' WHERE seq = 1",
        "DELETE FROM audit_record WHERE seq = 2",
        "TRUNCATE audit_record CASCADE",
        "UPDATE audit_subject SET subject = 'x' WHERE record_seq = 1",
        "DELETE FROM audit_subject",
        "TRUNCATE audit_subject",
        "DELETE FROM audit_head",
    ];
    for sql in statements {
        let error = test_db::execute_raw(app.store(), sql).await.expect_err(sql).to_string();
        assert!(error.contains("append-only"), "{sql}: {error}");
    }
    assert_eq!(
        app.verify_audit_chain().await.unwrap(),
        AuditVerification { records_checked: BOOTSTRAP_RECORDS + 2, first_break: None }
    );
    server.stop().await;
}

on_both_databases!(mutations_leave_audit_records, mutations_leave_audit_records_body);

/// Every mutation through the API appends one record naming its operation, actor
/// and objects; the chain stays intact.
async fn mutations_leave_audit_records_body(server: &TestServer) {
    use crate::common::{CHANGE_STATUS, credit_code, issue, register};
    let id = register(server, &credit_code("320102", 77), "南京审计电缆有限公司", "320102").await;
    issue(server, &id, "XK06-001-07777", "wire-cable").await;
    server
        .data(CHANGE_STATUS, serde_json::json!({ "input": { "number": "XK06-001-07777", "status": "SUSPENDED", "reason": "抽查不合格" } }))
        .await;
    let trail = server
        .data(
            "query($s: ID!) { auditTrail(subject: $s) { totalCount edges { node { seq operation objects actor { subject role tier } beforeDigest afterDigest prevHash hash } } } }",
            serde_json::json!({ "s": id }),
        )
        .await["auditTrail"]
        .clone();
    assert_eq!(trail["totalCount"], 3, "{trail}");
    let operations: Vec<&str> =
        trail["edges"].as_array().unwrap().iter().map(|e| e["node"]["operation"].as_str().unwrap()).collect();
    assert_eq!(operations, ["changeLicenseStatus", "issueLicense", "registerEnterprise"]);
    let newest = &trail["edges"][0]["node"];
    assert_eq!(newest["actor"]["subject"], "national-head");
    // The sealed `national_officer/head` reads as a role and a tier.
    assert_eq!(
        (&newest["actor"]["role"], &newest["actor"]["tier"]),
        (&json!("NATIONAL_OFFICER"), &json!("HEAD"))
    );
    assert!(newest["beforeDigest"].is_string() && newest["afterDigest"].is_string());
    assert_ne!(newest["beforeDigest"], newest["afterDigest"]);
    assert!(trail["edges"][2]["node"]["beforeDigest"].is_null(), "a creation has no before state");
    // The values themselves are kept (old and new), and hash to the sealed digests.
    let values = server
        .data(
            "query($s: ID!) { auditTrail(subject: $s, first: 1) { edges { node { before after beforeDigest afterDigest } } } }",
            serde_json::json!({ "s": id }),
        )
        .await["auditTrail"]["edges"][0]["node"]
        .clone();
    assert_eq!(values["before"]["status"], "VALID", "{values}");
    assert_eq!(values["after"]["status"], "SUSPENDED", "{values}");
    for (value, digest) in [("before", "beforeDigest"), ("after", "afterDigest")] {
        assert_eq!(
            values[digest].as_str(),
            Some(oversight_domain::audit::digest(&values[value]).as_str()),
            "{value}"
        );
    }
    let verification = server.app.verify_audit_chain().await.unwrap();
    assert!(verification.first_break.is_none());
    assert_eq!(verification.records_checked, BOOTSTRAP_RECORDS + 3);
}

on_both_databases!(anchors_vouch_for_the_chain_head, anchors_body);

/// `oversight audit anchor` signs the head; verify checks stored and published anchors, their
/// signatures and keys, and names a chain rewritten under an anchor even when every link holds.
async fn anchors_body(server: &TestServer) {
    use oversight_app::audit::{AnchorKey, AnchorProblem};
    let app = &server.app;
    append(app, 3).await;
    let key = AnchorKey::generate();
    let (anchor, new) = app.anchor_audit_chain(&key).await.unwrap();
    assert!(new);
    assert_eq!((anchor.seq, anchor.public_key.clone()), (BOOTSTRAP_RECORDS as i64 + 3, key.public_hex()));
    let (_, again) = app.anchor_audit_chain(&key).await.unwrap();
    assert!(!again, "the same head and key are anchored once");
    let trusted = [key.public_hex()];
    let checked = app.verify_audit_anchors(&trusted, &[]).await.unwrap();
    assert_eq!((checked.anchors_checked, checked.first_problem), (1, None));

    // A key nobody was told to trust, and a forged signature.
    let other = AnchorKey::generate();
    let problem = app.verify_audit_anchors(&[other.public_hex()], &[]).await.unwrap().first_problem;
    assert!(matches!(problem, Some(AnchorProblem::UntrustedKey { .. })), "{problem:?}");
    let mut forged = anchor.clone();
    let flipped = if forged.signature.starts_with('0') { "1" } else { "0" };
    forged.signature.replace_range(0..1, flipped);
    let problem = app.verify_audit_anchors(&trusted, &[forged]).await.unwrap().first_problem;
    assert!(matches!(problem, Some(AnchorProblem::BadSignature { .. })), "{problem:?}");

    // The whole chain rewritten from the anchored record on, every hash recomputed so each link
    // holds: the chain verifies, the published anchor does not.
    let seq = anchor.seq;
    let mut record = audit::scan(app.store(), seq - 1, 1).await.unwrap().remove(0);
    record.actor.subject = "someone-else".to_owned();
    record.hash = record.computed_hash();
    let sql = format!(
        "UPDATE audit_record SET actor_subject = 'someone-else', hash = '{}' WHERE seq = {seq}",
        record.hash
    );
    behind_the_back(app, &["audit_record"], &sql).await;
    let sql = format!("UPDATE audit_head SET hash = '{}' WHERE id = 1", record.hash);
    behind_the_back(app, &["audit_head"], &sql).await;
    assert_eq!(first_break(app).await, None, "every link of the rewritten chain holds");
    let problem = app.verify_audit_anchors(&trusted, &[anchor]).await.unwrap().first_problem;
    assert!(matches!(problem, Some(AnchorProblem::HashDiffers { .. })), "{problem:?}");
}
