//! `designateInstitution` under concurrency, on both databases: eight overlapping designations of
//! one industry in one province — half for one region, half for another region of the same
//! province — fired at once store exactly one; the other seven are refused with
//! OVERLAPPING_DESIGNATION (same region) or NESTED_DESIGNATION (another region of the province,
//! ADR 0009 decision 20). The clash check reads before it writes, so on PostgreSQL this holds
//! only because the check runs under a lock per industry and province (SQLite serialises writers).

use chrono::Duration;
use oversight_app::NewAuthority;
use oversight_domain::InstitutionId;
use oversight_tests::{TestServer, claims, on_both_databases};
use serde_json::{Value, json};

const DESIGNATE: &str = r#"mutation($i: DesignateInstitutionInput!) {
    designateInstitution(input: $i) { designation { id validFrom validUntil } } }"#;

const DESIGNATIONS: &str = r#"query($r: String!) {
    designations(industry: "wire-cable", regionCode: $r, first: 100) { nodes { id validFrom region { code } } } }"#;

/// How many requests race each time; fewer than the pool's ten connections.
const RACERS: i64 = 8;

fn global(kind: &str, id: impl std::fmt::Display) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("{kind}:{id}"))
}

on_both_databases!(overlapping_designations_race, race_body);

async fn race_body(server: &TestServer) {
    let app = &server.app;
    let jiangsu = app
        .create_authority(
            &server.national,
            NewAuthority {
                name: "江苏省市场监督管理局".to_owned(),
                region_code: "320000".to_owned(),
                parent_id: server.national_authority,
            },
        )
        .await
        .unwrap();
    let labs = [
        server.institution("江苏省产品质量监督检验研究院", "320000").await.unwrap().id,
        server.institution("南京市产品质量监督检验院", "320100").await.unwrap().id,
    ];
    let officer = server.token(&claims(
        "js-officer",
        &format!("authority:{}", jiangsu.id),
        "provincial_officer",
        Some("staff"),
    ));
    let today = oversight_tests::today();

    // Keep-alive connections for every racer first, so the racing requests leave together
    // rather than one TCP handshake apart.
    let warm_up = (0..RACERS).map(|_| server.graphql_as(&officer, "{ __typename }", json!({})));
    futures_util::future::join_all(warm_up).await;

    // One race per pair of regions: a single race interleaves its check-then-insert steps only
    // some of the time, a dozen of them (almost) always do. Each race has its own 40 days, so
    // the winners of earlier races do not refuse the next one's racers.
    for (i, region) in REGIONS.iter().enumerate() {
        let other = REGIONS[(i + 1) % REGIONS.len()];
        let start = today + Duration::days(40 * i64::try_from(i).unwrap());
        race(server, &officer, &labs, [region, other], start).await;
    }
}

/// Nanjing and its districts: one race each.
const REGIONS: &[&str] = &[
    "320100", "320102", "320104", "320105", "320106", "320111", "320113", "320114", "320115", "320116",
    "320117", "320118",
];

async fn race(
    server: &TestServer,
    officer: &str,
    labs: &[InstitutionId; 2],
    [region, other]: [&str; 2],
    start: chrono::NaiveDate,
) {
    // Every period overlaps every other (each starts a day later and runs thirty days), the
    // racers name different institutions and alternate between two regions of one province, so
    // only the one-institution-per-province rule can refuse them.
    let requests = (0..RACERS).map(|n| {
        let input = json!({ "i": {
            "industry": "wire-cable",
            "institutionId": global("Institution", labs[(n % 2) as usize]),
            "regionCode": if n % 2 == 0 { region } else { other },
            "validFrom": (start + Duration::days(n)).to_string(),
            "validUntil": (start + Duration::days(30 + n)).to_string(),
        } });
        server.graphql_as(officer, DESIGNATE, input)
    });
    let answers: Vec<Value> = futures_util::future::join_all(requests).await;

    let stored: Vec<&Value> = answers.iter().filter(|a| a.get("errors").is_none()).collect();
    assert_eq!(stored.len(), 1, "{region}: exactly one designation wins the race: {answers:#?}");
    for answer in answers.iter().filter(|a| a.get("errors").is_some()) {
        let errors = answer["errors"].as_array().unwrap();
        assert_eq!(errors.len(), 1, "{region}: {answer}");
        let code = &errors[0]["extensions"]["code"];
        assert!(code == "OVERLAPPING_DESIGNATION" || code == "NESTED_DESIGNATION", "{region}: {answer}");
    }
    // Designations listed for the province: those of this race's days are the winner alone.
    let listed = server.graphql_as(officer, DESIGNATIONS, json!({ "r": "320000" })).await;
    let own: Vec<&Value> = listed["data"]["designations"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["validFrom"].as_str().is_some_and(|from| from >= start.to_string().as_str()))
        .collect();
    assert_eq!(own.len(), 1, "{region}: one designation is stored: {listed}");
    assert_eq!(own[0]["id"], stored[0]["data"]["designateInstitution"]["designation"]["id"], "{listed}");
}
