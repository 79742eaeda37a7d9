//! Benchmark of issue 13 item 5's registry import (not a timed test): a CSV of N enterprises of
//! Jiangsu with one license each (compound fertilizer and pesticide, alternately) generated,
//! imported by `oversight import registry`'s own function as the national head (batches of
//! 1,000), the rate printed in enterprises per second (target ≥ 5,000 on both databases), then
//! `audit verify` over the whole chain.
//!
//! Run on SQLite, and on PostgreSQL too when `OVERSIGHT_TEST_POSTGRES_URL` is set:
//!
//! ```sh
//! cargo run -p oversight-tests --example registry_import -- --enterprises 100000
//! ```
//!
//! Optional: `--enterprises N` (default 100000, at most 199,998: the two license categories'
//! serials), `--batch N` (default 1000).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use oversight_domain::registry::credit_code::CreditCode;
use oversight_server::import_cli::{self, RegistryImportOptions, RegistryImportSummary};
use oversight_tests::bench::{REGIONS, enterprises, on_each_database};
use oversight_tests::{Db, TestServer};

/// The template's CSV: `count` enterprises, one license each, issued a year ago.
fn registry_csv(count: usize, issued_on: &str) -> String {
    let mut text = String::from(
        "统一社会信用代码,企业名称,行政区划代码,生产地址,企业规模,主要产品,许可证编号,行业,产品单元,发证日期\n",
    );
    for i in 0..count {
        let region = REGIONS[i % REGIONS.len()];
        let code = CreditCode::from_body(&format!("91{region}{i:09}")).unwrap();
        let (number, industry) = if i % 2 == 0 {
            (format!("(苏)XK13-001-{:05}", 1 + i / 2), "复混肥料")
        } else {
            (format!("(苏)XK13-003-{:05}", 1 + i / 2), "农药")
        };
        text.push_str(&format!(
            "{},江苏存量{i}有限公司,{region},工业园路 {i} 号,小型,{industry},{number},{industry},{industry},{issued_on}\n",
            code.as_str()
        ));
    }
    text
}

fn batch() -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == "--batch")
        .and_then(|i| args.get(i + 1))
        .map(|n| n.parse().expect("--batch N"))
        .unwrap_or(oversight_app::REGISTRY_IMPORT_BATCH)
}

async fn run(db: Db, count: usize) {
    let server = TestServer::start(db).await.unwrap();
    let issued_on = (server.app.today() - chrono::Duration::days(365)).to_string();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("registry.csv");
    std::fs::write(&file, registry_csv(count, &issued_on)).unwrap();
    let size = std::fs::metadata(&file).unwrap().len();
    let options = RegistryImportOptions {
        file,
        officer: "national-head".to_owned(),
        batch: batch(),
        report: None,
        progress: false,
    };
    let summary = import_cli::registry(&server.app, &options).await.unwrap();
    let RegistryImportSummary::Imported { text, enterprises, elapsed } = summary else {
        panic!("refused: {summary:?}")
    };
    println!("[{db:?}] {text}");
    println!(
        "[{db:?}] {enterprises} enterprises ({} KiB CSV, batches of {}) in {elapsed:.1?}: {:.0} enterprises/s (debug build unless --release; target ≥ 5,000)",
        size / 1024,
        options.batch,
        enterprises as f64 / elapsed.as_secs_f64()
    );
    let started = Instant::now();
    let verified = server.app.verify_audit_chain().await.unwrap();
    assert!(verified.is_intact(), "{verified:?}");
    println!("[{db:?}] audit verify over the whole chain: intact, {:.1?}", started.elapsed());
    server.stop().await;
}

#[actix_web::main]
async fn main() {
    let count = enterprises();
    assert!(count <= 199_998, "two license categories of 99,999 serials each");
    on_each_database(|db| run(db, count)).await;
}
