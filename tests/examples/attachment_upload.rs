//! Benchmark of issue 14's attachment target: a 10 MB upload through the real server (a GraphQL
//! multipart request over HTTP, the file streamed from disk by the client) must grow the
//! server's memory by less than twice the file. Reports the process's peak resident memory
//! (`VmHWM` of /proc/self/status) before and after, and the upload's time; the client streams
//! from a file, so what grows is the server's share.
//!
//! ```sh
//! cargo run --release -p oversight-tests --example attachment_upload
//! ```
//!
//! Optional: `--megabytes N` (default 10).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::time::Instant;

use oversight_tests::{Db, TestServer};
use serde_json::json;

const UPLOAD: &str = "mutation($e: ID!, $f: Upload!) { uploadAttachment(enterpriseId: $e, file: $f) { attachment { id sizeBytes sha256 } } }";

/// A kibibyte count from /proc/self/status (`VmHWM`, `VmRSS`).
fn status_kib(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with(field)).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// A PDF-looking file of `bytes` bytes in a temporary file.
fn pdf_file(bytes: usize) -> tempfile::NamedTempFile {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n").unwrap();
    let block: Vec<u8> = (0..1024 * 1024).map(|i| (i % 251) as u8).collect();
    let mut written = 15;
    while written < bytes {
        let n = block.len().min(bytes - written);
        file.write_all(&block[..n]).unwrap();
        written += n;
    }
    file.flush().unwrap();
    file
}

async fn upload(
    server: &TestServer,
    token: &str,
    enterprise: &str,
    path: &std::path::Path,
) -> serde_json::Value {
    let length = std::fs::metadata(path).unwrap().len();
    let file = tokio::fs::File::open(path).await.unwrap();
    let part = reqwest::multipart::Part::stream_with_length(reqwest::Body::from(file), length)
        .file_name("bench.pdf")
        .mime_str("application/pdf")
        .unwrap();
    let operations = json!({ "query": UPLOAD, "variables": { "e": enterprise, "f": null } });
    let form = reqwest::multipart::Form::new()
        .text("operations", operations.to_string())
        .text("map", json!({ "0": ["variables.f"] }).to_string())
        .part("0", part);
    let response =
        server.client().post(server.url("/graphql")).bearer_auth(token).multipart(form).send().await.unwrap();
    response.json().await.unwrap()
}

#[actix_web::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let megabytes: usize = args
        .iter()
        .position(|a| a == "--megabytes")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(10);
    let server = TestServer::start(Db::Sqlite).await.unwrap();
    let registered = server
        .data(
            "mutation($i: RegisterEnterpriseInput!) { registerEnterprise(input: $i) { enterprise { id } } }",
            json!({ "i": { "creditCode": oversight_domain::CreditCode::from_body("91320102000000001").unwrap().as_str(), "name": "南京基准电缆有限公司", "regionCode": "320102",
                           "address": "工业园路 1 号", "scale": "SMALL" } }),
        )
        .await;
    let enterprise = registered["registerEnterprise"]["enterprise"]["id"].as_str().map(str::to_owned);
    let enterprise = enterprise.unwrap_or_else(|| panic!("cannot register: {registered}"));
    let token = server.national_token.clone();
    // Warm up: a small upload, so allocator pools and connections exist before measuring.
    let small = pdf_file(64 * 1024);
    let warm = upload(&server, &token, &enterprise, small.path()).await;
    assert!(warm["data"]["uploadAttachment"].is_object(), "{warm}");

    let size = megabytes * 1_000_000;
    let big = pdf_file(size);
    let (peak_before, rss_before) = (status_kib("VmHWM:"), status_kib("VmRSS:"));
    let started = Instant::now();
    let body = upload(&server, &token, &enterprise, big.path()).await;
    let elapsed = started.elapsed();
    let (peak_after, rss_after) = (status_kib("VmHWM:"), status_kib("VmRSS:"));
    assert_eq!(body["data"]["uploadAttachment"]["attachment"]["sizeBytes"], size, "{body}");
    let growth_kib = peak_after.saturating_sub(peak_before);
    println!(
        "upload of {megabytes} MB ({size} bytes): {:.0} ms; peak RSS {peak_before} KiB -> {peak_after} KiB \
         (growth {growth_kib} KiB = {:.2}x the file); RSS {rss_before} KiB -> {rss_after} KiB",
        elapsed.as_secs_f64() * 1000.0,
        (growth_kib as f64 * 1024.0) / size as f64,
    );
    server.stop().await;
}
