//! Measures audit-trail appends per second with 1 and 8 concurrent writers, each append in its
//! own committed transaction, against a plain one-row insert per transaction as the baseline,
//! and the speed of walking the chain. The figures are recorded in docs/adr/0005-audit-trail.md.
//!
//! `cargo run --release -p oversight-storage --example audit_bench -- <database-url> [seconds]`
//! (e.g. `sqlite:///tmp/bench.sqlite?mode=rwc` or `postgres://postgres@127.0.0.1:5432/bench`).
//! It migrates the database and leaves its records behind: point it at a scratch database.

use std::time::{Duration, Instant};

use chrono::Utc;
use oversight_domain::audit::{AuditActor, AuditEntry, ChainHead, ObjectRef, Operation};
use oversight_domain::{EnterpriseId, LicenseId};
use oversight_storage::{Backend, Store, StoreOptions, audit, test_db};
use serde_json::json;

type BenchResult<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

#[tokio::main]
async fn main() -> BenchResult<()> {
    let mut args = std::env::args().skip(1);
    let url = args.next().ok_or("usage: audit_bench <database-url> [seconds per run]")?;
    let seconds: u64 = args.next().map(|s| s.parse()).transpose()?.unwrap_or(5);
    let run_for = Duration::from_secs(seconds);

    let mut options = StoreOptions::new(url);
    options.max_connections = 16;
    let store = Store::connect(options).await?;
    store.migrate_up().await?;
    let serial = match store.backend() {
        Backend::Postgres => "BIGSERIAL",
        Backend::Sqlite => "INTEGER",
    };
    test_db::execute_raw(
        &store,
        &format!(
            "CREATE TABLE IF NOT EXISTS audit_bench_plain (id {serial} PRIMARY KEY, payload TEXT NOT NULL)"
        ),
    )
    .await?;

    println!("backend: {:?}, {} s per run, one committed transaction per write", store.backend(), seconds);
    for writers in [1usize, 8] {
        let plain = run(&store, writers, run_for, Write::Plain).await?;
        let chained = run(&store, writers, run_for, Write::AuditAppend).await?;
        println!(
            "{writers} writer(s): plain insert {plain:>8.0}/s   audit append {chained:>8.0}/s   ({:.0} %)",
            100.0 * chained / plain
        );
    }

    // The walk that `oversight audit verify` does, without the app layer.
    let started = Instant::now();
    let mut head = ChainHead::genesis();
    loop {
        let records = audit::scan(&store, head.seq, 1000).await?;
        if records.is_empty() {
            break;
        }
        for record in &records {
            head = head.verify_next(record)?;
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    println!("verify: {} records in {elapsed:.2} s ({:.0}/s)", head.seq, head.seq as f64 / elapsed);
    store.close().await?;
    Ok(())
}

#[derive(Clone, Copy)]
enum Write {
    /// One row into a table with no chain: what the database costs without the head lock.
    Plain,
    /// One sealed audit record (head lock, record, two subject rows, head update).
    AuditAppend,
}

/// Runs `writers` tasks writing for `run_for`; returns committed writes per second.
#[allow(
    clippy::disallowed_methods,
    reason = "storage has no calendar; a benchmark stamps its records with the wall clock"
)]
async fn run(store: &Store, writers: usize, run_for: Duration, write: Write) -> BenchResult<f64> {
    let started = Instant::now();
    let tasks: Vec<_> = (0..writers)
        .map(|writer| {
            let store = store.clone();
            tokio::spawn(async move {
                let mut done = 0u64;
                while started.elapsed() < run_for {
                    match write {
                        Write::Plain => {
                            test_db::execute_raw(
                                &store,
                                &format!("INSERT INTO audit_bench_plain (payload) VALUES ('writer {writer} #{done}')"),
                            )
                            .await?;
                        }
                        Write::AuditAppend => {
                            let tx = store.begin().await?;
                            audit::append(&tx, &entry(writer, done), Utc::now()).await?;
                            tx.commit().await?;
                        }
                    }
                    done += 1;
                }
                Ok::<u64, oversight_storage::StorageError>(done)
            })
        })
        .collect();
    let mut total = 0;
    for task in tasks {
        total += task.await??;
    }
    Ok(total as f64 / started.elapsed().as_secs_f64())
}

fn entry(writer: usize, n: u64) -> AuditEntry {
    AuditEntry {
        operation: Operation::ChangeLicenseStatus,
        actor: AuditActor {
            subject: format!("bench-{writer}"),
            organisation: "330106".to_owned(),
            role: "COUNTY_OFFICER".to_owned(),
        },
        objects: vec![
            ObjectRef::of(EnterpriseId::new(writer as i64)),
            ObjectRef::of(LicenseId::new(n as i64)),
        ],
        before: Some(json!({ "status": "VALID" })),
        after: Some(json!({ "status": "SUSPENDED", "reason": "监督抽查不合格" })),
    }
}
