//! Seeding for the benchmarks in `tests/examples` (not the subject of any measurement): a
//! province of enterprises, each with a wire-cable license, straight through storage in large
//! transactions, and the command-line count they take.
// Setup for benchmarks, never a request path: a failure here stops the run, as it should.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::Duration as Days;
use oversight_app::NewAuthority;
use oversight_domain::RegionCode;
use oversight_domain::industry::{DeclaredCategory, IndustryCatalogue, LicenseCategory};
use oversight_domain::registry::credit_code::CreditCode;
use oversight_domain::registry::enterprise::{EnterpriseScale, NewEnterprise, RawBaseData};
use oversight_domain::registry::license::NewLicense;

use crate::{Db, TestServer, claims};

/// Nanjing's districts: the province's enterprises are spread over them.
pub const REGIONS: &[&str] =
    &["320102", "320104", "320105", "320106", "320111", "320113", "320114", "320115"];

/// `--enterprises N` from the command line, 100,000 when absent.
pub fn enterprises() -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == "--enterprises")
        .and_then(|i| args.get(i + 1))
        .map(|n| n.parse().expect("--enterprises N"))
        .unwrap_or(100_000)
}

/// Creates the Jiangsu authority and `count` enterprises of Nanjing with a wire-cable license
/// each; returns a provincial officer's token.
pub async fn seed_province(server: &TestServer, count: usize) -> String {
    let jiangsu = create_authority(server, "江苏省市场监督管理局", "320000").await;
    let regions: Vec<RegionCode> = REGIONS.iter().map(|code| RegionCode::parse(code).unwrap()).collect();
    seed_enterprises(server, &regions, count).await;
    officer_token(server, jiangsu, "js-officer")
}

/// Creates an authority for each of the 31 provinces and `count` enterprises spread evenly over
/// them (each in its province's first county), with a wire-cable license each; returns each
/// province's officer token, in region-code order.
pub async fn seed_nation(server: &TestServer, count: usize) -> Vec<String> {
    let provinces = oversight_domain::registry::region::children(RegionCode::NATION);
    let mut tokens = Vec::new();
    let mut counties = Vec::new();
    for province in &provinces {
        let id =
            create_authority(server, &format!("{}市场监督管理局", province.name), province.code.as_str())
                .await;
        tokens.push(officer_token(server, id, &format!("officer-{}", province.code.as_str())));
        counties.push(first_county(province.code));
    }
    seed_enterprises(server, &counties, count).await;
    tokens
}

/// The first county-level region under `region`, through its first city when it has cities.
fn first_county(region: RegionCode) -> RegionCode {
    let mut code = region;
    while code.level() != oversight_domain::registry::region::RegionLevel::County {
        code = oversight_domain::registry::region::children(code).first().unwrap().code;
    }
    code
}

async fn create_authority(server: &TestServer, name: &str, region: &str) -> oversight_domain::AuthorityId {
    let authority = NewAuthority {
        name: name.to_owned(),
        region_code: region.to_owned(),
        parent_id: server.national_authority,
    };
    server.app.create_authority(&server.national, authority).await.unwrap().id
}

fn officer_token(server: &TestServer, authority: oversight_domain::AuthorityId, subject: &str) -> String {
    server.token(&claims(subject, &format!("authority:{authority}"), "provincial_officer", Some("staff")))
}

/// `count` enterprises spread over `regions` round robin, each with a wire-cable license issued
/// between a month and two years ago, in transactions of 10,000; returns the license numbers (a
/// benchmark that opens testing tasks names them).
pub async fn seed_enterprises(server: &TestServer, regions: &[RegionCode], count: usize) -> Vec<String> {
    let app = &server.app;
    let store = app.store();
    let now = oversight_app::now();
    let today = app.today();
    // Wire and cable declaring its whole category 06, so that numbers may spread over its units.
    let mut wire_cable = app.industry_catalogue().find("wire-cable").unwrap().clone();
    wire_cable.license_categories =
        vec![DeclaredCategory { code: LicenseCategory::parse("06").unwrap(), needs_verification: true }];
    let catalogue = IndustryCatalogue::new(oversight_app::shipped_industries(), vec![wire_cable]);
    let mut numbers = Vec::with_capacity(count);
    const CHUNK: usize = 10_000;
    for chunk_start in (0..count).step_by(CHUNK) {
        let tx = store.begin().await.unwrap();
        for i in chunk_start..(chunk_start + CHUNK).min(count) {
            let region = regions[i % regions.len()];
            let code = CreditCode::from_body(&format!("91{}{:09}", region.as_str(), i)).unwrap();
            let raw = RawBaseData {
                name: Some(format!("电缆{i}有限公司")),
                region_code: Some(region.as_str().to_owned()),
                address: Some("工业园路 1 号".to_owned()),
                scale: Some(EnterpriseScale::Small),
                products: Some(vec!["聚氯乙烯绝缘电缆".to_owned()]),
                production_conditions: Some(String::new()),
                inspection_means: None,
                process: None,
            };
            let new = NewEnterprise::parse(code.as_str(), raw).unwrap();
            let enterprise = oversight_storage::registry::enterprise::insert(&tx, &new, now).await.unwrap();
            let number = format!("XK06-{:03}-{:05}", 1 + i / 90_000, 1 + i % 90_000);
            let issued_on = today - Days::days(30 + (i % 700) as i64);
            let license = NewLicense::parse(
                &catalogue,
                &number,
                "wire-cable",
                "电线电缆",
                issued_on,
                None,
                None,
                &region,
            )
            .unwrap();
            oversight_storage::registry::license::insert(&tx, enterprise.id, &license, now).await.unwrap();
            numbers.push(number);
        }
        tx.commit().await.unwrap();
    }
    numbers
}

/// Runs a benchmark on SQLite, then on PostgreSQL when `OVERSIGHT_TEST_POSTGRES_URL` is set
/// (saying so when it is not).
pub async fn on_each_database<F, Fut>(run: F)
where
    F: Fn(Db) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    run(Db::Sqlite).await;
    if crate::postgres_url().is_some() {
        run(Db::Postgres).await;
    } else {
        eprintln!("PostgreSQL skipped: OVERSIGHT_TEST_POSTGRES_URL is not set");
    }
}

/// Ten wire-cable results of a BV 1.5 mm² sample that passes every item (the benchmarks'
/// submissions).
pub fn passing_wire_cable_items() -> Vec<serde_json::Value> {
    let item = |code: &str, value: &str, unit: &str| serde_json::json!({ "item": code, "value": value, "unit": unit });
    vec![
        item("conductor_resistance", "12.0", "Ω/km"),
        item("insulation_thickness_mean", "0.72", "mm"),
        item("insulation_thickness_thinnest", "0.55", "mm"),
        item("voltage_test", "no_breakdown", ""),
        item("insulation_resistance_70c", "0.015", "MΩ·km"),
        item("insulation_tensile_strength", "13.5", "N/mm²"),
        item("insulation_elongation", "150", "%"),
        item("insulation_tensile_variation_after_ageing", "-5", "%"),
        item("flame_single_vertical", "pass", ""),
        item("marking", "conforming", ""),
    ]
}
