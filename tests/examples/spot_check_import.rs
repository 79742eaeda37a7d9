//! Benchmark of issue 17 item 8's spot-check results import (not a timed test): a national
//! campaign's CSV of 10,000 valid rows over existing enterprises (one in ten failed, each failure
//! a linkage notice to the province) through `importSpotCheckResults` — upload, read, validation,
//! matching and the whole unit of work — (target < 5 s with its validation report); then a file
//! of the same size with one bad row in ten (1,000 problems): the time to the report, nothing
//! written.
//!
//! Run on SQLite, and on PostgreSQL too when `OVERSIGHT_TEST_POSTGRES_URL` is set:
//!
//! ```sh
//! cargo run --release -p oversight-tests --example spot_check_import
//! ```
//!
//! Optional: `--enterprises N` (default 100000 seeded; the file names the first 10,000).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use chrono::Duration as Days;
use oversight_domain::registry::credit_code::CreditCode;
use oversight_tests::bench::{REGIONS, enterprises, on_each_database, seed_province};
use oversight_tests::{Db, TestServer};
use serde_json::{Value, json};

const ROWS: usize = 10_000;
const IMPORT: &str = "mutation($c: SpotCheckCampaignInput!, $file: Upload!) { importSpotCheckResults(campaign: $c, file: $file) \
    { accepted problemCount problems { row code } import { rowCount failedCount noticeCount } } }";

/// The template's CSV for the first `ROWS` seeded enterprises; every tenth failed, and with
/// `broken` every tenth row's credit code loses its check character.
fn csv(sampled_on: &str, broken: bool) -> Vec<u8> {
    let mut text = String::from(
        "统一社会信用代码,许可证编号,企业名称,产品名称,规格型号,抽样日期,检验机构,检验结论,不合格项目\n",
    );
    for i in 0..ROWS {
        let region = REGIONS[i % REGIONS.len()];
        let mut code = CreditCode::from_body(&format!("91{region}{i:09}")).unwrap().as_str().to_owned();
        if broken && i % 10 == 5 {
            code.pop();
            code.push('I');
        }
        let number = format!("XK06-{:03}-{:05}", 1 + i / 90_000, 1 + i % 90_000);
        let (conclusion, items) = if i % 10 == 0 { ("不合格", "导体电阻") } else { ("合格", "") };
        text.push_str(&format!(
            "{code},{number},江苏电缆{i}有限公司,聚氯乙烯绝缘电缆,BV 2.5,{sampled_on},国家电线电缆质量检验检测中心,{conclusion},{items}\n"
        ));
    }
    text.into_bytes()
}

async fn upload(server: &TestServer, campaign: &Value, bytes: Vec<u8>, name: &str) -> Value {
    let operations = json!({ "query": IMPORT, "variables": { "c": campaign, "file": null } });
    let file =
        reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()).mime_str("text/csv").unwrap();
    let form = reqwest::multipart::Form::new()
        .text("operations", operations.to_string())
        .text("map", json!({ "0": ["variables.file"] }).to_string())
        .part("0", file);
    let response = server
        .client()
        .post(server.url("/graphql"))
        .bearer_auth(&server.national_token)
        .header("accept", "application/graphql-response+json")
        .multipart(form)
        .send()
        .await
        .unwrap();
    response.json().await.unwrap()
}

async fn run(db: Db, count: usize) {
    let server = TestServer::start_with_plugins(db, &["oversight_plugin_wire_cable"]).await.unwrap();
    let started = Instant::now();
    seed_province(&server, count.max(ROWS)).await;
    eprintln!("[{db:?}] seeded {} enterprises in {:.1?}", count.max(ROWS), started.elapsed());
    let today = server.app.today();
    let sampled_on = (today - Days::days(10)).to_string();
    let campaign = json!({ "name": "基准测试国家监督抽查", "level": "NATIONAL",
                           "startsOn": (today - Days::days(60)).to_string(), "endsOn": today.to_string() });

    let bad = csv(&sampled_on, true);
    let started = Instant::now();
    let answer = upload(&server, &campaign, bad.clone(), "bad.csv").await;
    let bad_time = started.elapsed();
    let result = &answer["data"]["importSpotCheckResults"];
    assert_eq!(
        (result["accepted"].clone(), result["problemCount"].clone()),
        (json!(false), json!(1000)),
        "{answer}"
    );

    let good = csv(&sampled_on, false);
    let size = good.len();
    let started = Instant::now();
    let answer = upload(&server, &campaign, good, "good.csv").await;
    let good_time = started.elapsed();
    let import = &answer["data"]["importSpotCheckResults"]["import"];
    assert_eq!(
        import,
        &json!({ "rowCount": ROWS, "failedCount": ROWS / 10, "noticeCount": ROWS / 10 }),
        "{answer}"
    );
    println!(
        "[{db:?}] importSpotCheckResults, {ROWS} rows ({} KiB CSV), {} failed → {} notices: {:.1?} (target < 5 s)",
        size / 1024,
        ROWS / 10,
        ROWS / 10,
        good_time
    );
    println!(
        "[{db:?}] the same size with 1,000 bad rows: report of 1,000 problems in {bad_time:.1?}, nothing written"
    );
    server.stop().await;
}

#[actix_web::main]
async fn main() {
    let count = enterprises();
    on_each_database(|db| run(db, count)).await;
}
