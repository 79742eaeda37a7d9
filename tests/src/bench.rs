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

use crate::{TestServer, claims};

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
    let app = &server.app;
    let authority = NewAuthority {
        name: "江苏省市场监督管理局".to_owned(),
        region_code: "320000".to_owned(),
        parent_id: server.national_authority,
    };
    let jiangsu = app.create_authority(&server.national, authority).await.unwrap();
    let regions: Vec<RegionCode> = REGIONS.iter().map(|code| RegionCode::parse(code).unwrap()).collect();
    let store = app.store();
    let now = oversight_app::now();
    let today = app.today();
    // Wire and cable declaring its whole category 06, so that numbers may spread over its units.
    let mut wire_cable = app.industry_catalogue().find("wire-cable").unwrap().clone();
    wire_cable.license_categories =
        vec![DeclaredCategory { code: LicenseCategory::parse("06").unwrap(), needs_verification: true }];
    let catalogue = IndustryCatalogue::new(oversight_app::shipped_industries(), vec![wire_cable]);
    const CHUNK: usize = 10_000;
    for chunk_start in (0..count).step_by(CHUNK) {
        let tx = store.begin().await.unwrap();
        for i in chunk_start..(chunk_start + CHUNK).min(count) {
            let region = regions[i % regions.len()];
            let code = CreditCode::from_body(&format!("91{}{:09}", region.as_str(), i)).unwrap();
            let raw = RawBaseData {
                name: Some(format!("江苏电缆{i}有限公司")),
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
        }
        tx.commit().await.unwrap();
    }
    server.token(&claims(
        "js-officer",
        &format!("authority:{}", jiangsu.id),
        "provincial_officer",
        Some("staff"),
    ))
}
