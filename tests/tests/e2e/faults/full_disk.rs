//! Full disk on SQLite (issue 20 item 3): the database — its file, WAL and shared memory — lives
//! on a small tmpfs the test mounts, and the server binary runs on it. A filler file then takes
//! every free page, and writes that touch several tables (a bulk submission with an idempotency
//! key, an enterprise registration) and an attachment upload (the server's `file://` store is on
//! the same filesystem) are refused with `STORAGE_FULL` and its fixed message: with
//! no page free, and again with one, two and three pages given back, so that the failure lands
//! part-way through writing the transaction into the WAL. Nothing is half-written (every table's
//! row count unchanged, no submission row, no file in the attachment store), `PRAGMA
//! integrity_check` answers `ok`, reads and
//! readiness keep working and the audit chain verifies. Then the filler is deleted and the same
//! process, not restarted, takes the retried writes: the submission stored once, however often
//! it is sent.
//!
//! Mounting needs root or CAP_SYS_ADMIN (CI runs as root): without it the test fails and says so.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use oversight_storage::census::row_counts;
use oversight_storage::test_db::{execute_raw, sqlite_integrity_check};
use oversight_storage::testing::supervision;
use oversight_tests::TestServer;
use oversight_tests::process::ServerProcess;
use serde_json::{Value, json};

use super::{Ingestion, assert_audit_chain_verifies, process_config};
use crate::cast::WIRE_CABLE;
use crate::common::{REGISTER, credit_code};

/// The filesystem's size: room for the database after the setup (about 2 MiB with its WAL),
/// small enough that the filler takes the rest in moments.
const FILESYSTEM_MIB: u64 = 24;
/// tmpfs allocates space a page at a time.
const PAGE: u64 = 4096;
/// Each write is refused this many times: with no page free, then after each of one, two and
/// three pages given back. A refused write leaves its partial WAL frames in the pages it got, so
/// every round the WAL reaches one page further before the disk is full again: the failure lands
/// on the WAL header, then on its first, second and third frame.
const ROUNDS: u64 = 4;
/// Tasks of the submission: one bulk write across results, verdicts, task moves, archive events
/// and the audit chain.
const TASKS: usize = 5;
const SUBMISSION: usize = 0;

const READ: &str = "{ authorities(first: 5) { edges { node { name } } } }";
const UPLOAD: &str =
    "mutation($e: ID!, $f: Upload!) { uploadAttachment(enterpriseId: $e, file: $f) { attachment { id } } }";

#[actix_web::test]
async fn full_disk_refuses_writes_cleanly_then_recovers_without_restart() {
    let started = Instant::now();
    let filesystem = SmallFilesystem::mount(FILESYSTEM_MIB);
    let database = filesystem.0.join("oversight.sqlite");
    let url = format!("sqlite://{}?mode=rwc", database.display());
    let server = TestServer::start_with_plugins_on(url.clone(), WIRE_CABLE).await.unwrap();
    let store = server.app.store();
    let ingestion = Ingestion::prepare(&server, 1, TASKS).await;
    let enterprise =
        crate::common::register(&server, &credit_code("320102", 991), "南京附件电缆有限公司", "320102").await;
    let attachments = filesystem.0.join("attachments");
    let mut config = process_config(&server);
    config.attachments_dir = Some(attachments.clone());
    let process = ServerProcess::start(&config).await.unwrap();
    let (base, client, token) = (process.url(""), &ingestion.client, &server.national_token);
    // The WAL checkpointed and cut to nothing: the next write needs fresh pages of the
    // filesystem. (A WAL left long by the setup would take writes into its old space first.)
    execute_raw(store, "PRAGMA wal_checkpoint(TRUNCATE)").await.unwrap();
    let before = row_counts(store).await.unwrap();
    let used = directory_bytes(&filesystem.0);

    let mut filler = Filler::fill(&filesystem.0);
    let mut slowest = Duration::ZERO;
    for round in 0..ROUNDS {
        if round > 0 {
            filler.give_back_a_page();
        }
        let sent = Instant::now();
        let answer = ingestion.post(&base, SUBMISSION).await;
        assert_storage_full(answer, &process, &format!("the submission, round {round}"));
        let answer = register(client, &base, token).await;
        assert_storage_full(answer, &process, &format!("the registration, round {round}"));
        let answer = upload(client, &base, token, &enterprise).await;
        assert_storage_full(answer, &process, &format!("the upload, round {round}"));
        slowest = slowest.max(sent.elapsed());
    }
    assert!(process.log().contains("storage full"), "the cause is logged:\n{}", process.log());

    // While the disk is still full: nothing half-written, the file sound, reads answered.
    assert_eq!(row_counts(store).await.unwrap(), before, "a refused write left rows behind");
    let key = Ingestion::key(SUBMISSION);
    let stored = supervision::submission_by_key(store, ingestion.lab_id, &key).await.unwrap();
    assert!(stored.is_none(), "a refused submission was stored: {stored:?}");
    assert_eq!(files_under(&attachments), Vec::<PathBuf>::new(), "a refused upload left files");
    assert_sound(&database, "while the disk is full").await;
    assert_reads_answer(client, &process, token).await;
    assert_audit_chain_verifies(&url);

    // Space returns: the same process, not restarted, takes the retried writes.
    let filler_bytes = filler.remove();
    let id = submission_stored(ingestion.post(&base, SUBMISSION).await, &process, false);
    let replay = submission_stored(ingestion.post(&base, SUBMISSION).await, &process, true);
    assert_eq!(replay, id, "a replay answers the stored submission");
    let registered = register(client, &base, token).await.unwrap().1;
    assert!(registered.get("errors").is_none(), "registration after space returned: {registered}");
    let uploaded = upload(client, &base, token, &enterprise).await.unwrap().1;
    assert!(uploaded["data"]["uploadAttachment"]["attachment"]["id"].is_string(), "upload: {uploaded}");
    assert_eq!(files_under(&attachments).len(), 1, "the upload's blob is stored");
    let acknowledged = BTreeMap::from([(SUBMISSION, id)]);
    assert_eq!(ingestion.check_stored(&server, &acknowledged).await, (0, 0), "lost, duplicated");
    let after = row_counts(store).await.unwrap();
    for (table, grew) in [("result_submission", 1), ("enterprise", 1), ("attachment", 1)] {
        assert_eq!(after[table], before[table] + grew, "{table}: stored once");
    }
    assert_sound(&database, "after space returned").await;
    assert_audit_chain_verifies(&url);

    let mut process = process;
    process.send_sigterm().unwrap();
    assert!(process.wait_for_exit().await.unwrap().success(), "{}", process.log());
    assert_sound(&database, "after the server stopped").await;
    server.stop().await;
    eprintln!(
        "full disk on SQLite: {used} bytes of database on a {FILESYSTEM_MIB} MiB tmpfs, filler {filler_bytes} bytes; \
         {} writes refused with STORAGE_FULL in {ROUNDS} rounds (0-{} pages free), slowest round {slowest:?}; \
         recovered without restart, stored once; whole test {:?}",
        3 * ROUNDS,
        ROUNDS - 1,
        started.elapsed()
    );
}

/// The answer to a write on a full disk: `STORAGE_FULL` with its fixed message, nothing else —
/// not `INTERNAL`, no 5xx, no database text — and not a hang (the client's limit).
fn assert_storage_full(
    answer: Result<(reqwest::StatusCode, Value), String>,
    process: &ServerProcess,
    what: &str,
) {
    let (status, body) =
        answer.unwrap_or_else(|error| panic!("{what}: no answer: {error}\n{}", process.log()));
    assert!(!status.is_server_error(), "{what}: {status} {body}\n{}", process.log());
    let errors = body["errors"]
        .as_array()
        .unwrap_or_else(|| panic!("{what} was written on a full disk: {body}\n{}", process.log()));
    for error in errors {
        assert_eq!(error["extensions"]["code"], "STORAGE_FULL", "{what}: {body}\n{}", process.log());
        assert_eq!(error["message"], oversight_api::error::STORAGE_FULL_MESSAGE, "{what}: {body}");
        assert!(error["extensions"].get("correlationId").is_none(), "{what}: {body}");
    }
    let text = body.to_string().to_lowercase();
    assert!(!text.contains("sqlite") && !text.contains("disk is full"), "{what}: internal detail in {body}");
}

/// The answer to the retried submission once space returned: stored (or replayed), its id.
fn submission_stored(
    answer: Result<(reqwest::StatusCode, Value), String>,
    process: &ServerProcess,
    replayed: bool,
) -> Value {
    let (status, body) = answer.unwrap_or_else(|error| panic!("no answer: {error}\n{}", process.log()));
    assert!(status.is_success() && body.get("errors").is_none(), "{status} {body}\n{}", process.log());
    let outcome = &body["data"]["submitTestResults"];
    assert_eq!(outcome["replayed"], replayed, "{body}");
    outcome["submissionId"].clone()
}

/// Registers one enterprise (its row, its archive event and audit record) through the server
/// process as the national head.
async fn register(
    client: &reqwest::Client,
    base: &str,
    token: &str,
) -> Result<(reqwest::StatusCode, Value), String> {
    let input = json!({ "input": {
        "creditCode": credit_code("320102", 990), "name": "南京满盘电缆有限公司", "regionCode": "320102",
        "address": "工业园路 9 号", "scale": "SMALL", "products": ["聚氯乙烯绝缘电缆"],
        "productionConditions": "厂房 500 平方米" } });
    graphql(client, base, token, REGISTER, input).await
}

async fn graphql(
    client: &reqwest::Client,
    base: &str,
    token: &str,
    query: &str,
    variables: Value,
) -> Result<(reqwest::StatusCode, Value), String> {
    answer(post(client, base, token).json(&json!({ "query": query, "variables": variables }))).await
}

/// A POST to the endpoint as `token`, asking for the GraphQL response media type.
fn post(client: &reqwest::Client, base: &str, token: &str) -> reqwest::RequestBuilder {
    client
        .post(format!("{base}/graphql"))
        .bearer_auth(token)
        .header("accept", "application/graphql-response+json")
}

/// Sends the request: its status and JSON body, or why there was none.
async fn answer(request: reqwest::RequestBuilder) -> Result<(reqwest::StatusCode, Value), String> {
    let response = request.send().await.map_err(|error| error.to_string())?;
    let status = response.status();
    Ok((status, response.json().await.map_err(|error| error.to_string())?))
}

/// Uploads a 64 KiB PDF to the enterprise through the server process (the multipart request of
/// the GraphQL upload spec), as the national head.
async fn upload(
    client: &reqwest::Client,
    base: &str,
    token: &str,
    enterprise: &str,
) -> Result<(reqwest::StatusCode, Value), String> {
    let operations = json!({ "query": UPLOAD, "variables": { "e": enterprise, "f": null } });
    let file = reqwest::multipart::Part::bytes(crate::attachments::pdf(64 * 1024))
        .file_name("检验报告.pdf")
        .mime_str("application/pdf")
        .map_err(|error| error.to_string())?;
    let form = reqwest::multipart::Form::new()
        .text("operations", operations.to_string())
        .text("map", json!({ "0": ["variables.f"] }).to_string())
        .part("0", file);
    answer(post(client, base, token).multipart(form)).await
}

/// Every file under `dir`, however deep (none when it does not exist).
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() { files.extend(files_under(&path)) } else { files.push(path) }
    }
    files
}

/// A query and the readiness probe answer while nothing can be written.
async fn assert_reads_answer(client: &reqwest::Client, process: &ServerProcess, token: &str) {
    let (status, body) = graphql(client, &process.url(""), token, READ, json!({})).await.unwrap();
    assert!(status.is_success() && body.get("errors").is_none(), "a read on a full disk: {status} {body}");
    assert!(!body["data"]["authorities"]["edges"].as_array().unwrap().is_empty(), "{body}");
    let ready = client.get(process.url("/readyz")).send().await.unwrap().status();
    assert_eq!(ready, 200, "ready on a full disk: reads work\n{}", process.log());
}

/// `PRAGMA integrity_check` on a read-only connection of its own answers `ok`.
async fn assert_sound(database: &Path, when: &str) {
    let url = format!("sqlite://{}?mode=ro", database.display());
    let findings = sqlite_integrity_check(&url).await.unwrap();
    assert_eq!(findings, ["ok"], "integrity_check {when}");
}

/// Bytes of the files in `dir` (the database, its WAL and shared memory).
fn directory_bytes(dir: &Path) -> u64 {
    std::fs::read_dir(dir).unwrap().map(|entry| entry.unwrap().metadata().unwrap().len()).sum()
}

/// A tmpfs of a fixed size mounted on a fresh directory; unmounted and removed on drop, also
/// when the test fails (lazily when a file on it is still open).
struct SmallFilesystem(PathBuf);

impl SmallFilesystem {
    /// Mounts it, or fails the test saying what it needs: never a pass by skipping.
    fn mount(mebibytes: u64) -> SmallFilesystem {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
        let dir = std::env::temp_dir().join(format!("oversight-fulldisk-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let size = format!("size={mebibytes}m,mode=0700");
        let mounted = Command::new("mount").args(["-t", "tmpfs", "-o", &size, "tmpfs"]).arg(&dir).output();
        match mounted {
            Ok(output) if output.status.success() => SmallFilesystem(dir),
            other => {
                let _ = std::fs::remove_dir(&dir);
                let why = match other {
                    Ok(output) => String::from_utf8_lossy(&output.stderr).into_owned(),
                    Err(error) => error.to_string(),
                };
                panic!(
                    "the full-disk test mounts a {mebibytes} MiB tmpfs for the database and needs root or \
                     CAP_SYS_ADMIN to do so (CI runs as root); `mount -t tmpfs` failed: {why}"
                )
            }
        }
    }
}

impl Drop for SmallFilesystem {
    fn drop(&mut self) {
        let unmounted = Command::new("umount").arg(&self.0).output().is_ok_and(|o| o.status.success());
        if !unmounted {
            let _ = Command::new("umount").arg("-l").arg(&self.0).output();
        }
        let _ = std::fs::remove_dir(&self.0);
    }
}

/// A file holding every page the filesystem had free.
struct Filler {
    path: PathBuf,
    file: std::fs::File,
    len: u64,
}

impl Filler {
    /// Writes until the filesystem answers ENOSPC, then proves that not one page is left.
    fn fill(dir: &Path) -> Filler {
        let path = dir.join("filler");
        let mut file = std::fs::File::create(&path).unwrap();
        // Whole pages from offset 0: a short write stops at a page boundary, so the length stays
        // a whole number of pages and giving one back frees exactly one.
        let chunk = vec![0xA5_u8; 64 * 1024];
        let mut len = 0;
        loop {
            match file.write(&chunk) {
                Ok(0) => break,
                Ok(written) => len += written as u64,
                Err(error) if error.kind() == std::io::ErrorKind::StorageFull => break,
                Err(error) => panic!("filling {}: {error}", path.display()),
            }
        }
        assert_eq!(len % PAGE, 0, "the filler ends on a page boundary");
        let probe = dir.join("probe");
        let written = std::fs::write(&probe, vec![0_u8; PAGE as usize]);
        let _ = std::fs::remove_file(&probe);
        assert!(written.is_err(), "a page was still free after the filler");
        Filler { path, file, len }
    }

    fn give_back_a_page(&mut self) {
        self.len -= PAGE;
        self.file.set_len(self.len).unwrap();
    }

    /// Space returns: the file closed (tmpfs keeps an open file's pages) and deleted. Returns
    /// how many bytes it held at its fullest.
    fn remove(self) -> u64 {
        drop(self.file);
        std::fs::remove_file(&self.path).unwrap();
        self.len + (ROUNDS - 1) * PAGE
    }
}
