//! Shared steps of the end-to-end tests: registering enterprises and issuing
//! licenses through the API, annual-review steps, and a census of what the database holds.

use oversight_domain::CreditCode;
use oversight_tests::TestServer;
use serde_json::{Value, json};

/// A valid credit code registered in `region`, distinct per `n`.
pub fn credit_code(region: &str, n: u32) -> String {
    CreditCode::from_body(&format!("91{region}{n:09}")).unwrap().as_str().to_owned()
}

pub const REGISTER: &str = r#"
mutation Register($input: RegisterEnterpriseInput!) {
  registerEnterprise(input: $input) { enterprise { id creditCode name region { code } } }
}"#;

pub const ISSUE: &str = r#"
mutation Issue($input: IssueLicenseInput!) {
  issueLicense(input: $input) { license { id number coreNumber status issuedOn expiresOn industry { code } } }
}"#;

pub const CHANGE_STATUS: &str = r#"
mutation Change($input: ChangeLicenseStatusInput!) {
  changeLicenseStatus(input: $input) { license { number status } }
}"#;

/// Registers an enterprise and returns its global ID.
pub async fn register(server: &TestServer, credit_code: &str, name: &str, region: &str) -> String {
    let data = server
        .data(
            REGISTER,
            json!({ "input": {
                "creditCode": credit_code, "name": name, "regionCode": region,
                "address": "工业园路 1 号", "scale": "SMALL", "products": ["聚氯乙烯绝缘电缆"],
                "productionConditions": "厂房 2000 平方米"
            }}),
        )
        .await;
    data["registerEnterprise"]["enterprise"]["id"].as_str().unwrap().to_owned()
}

/// The first product unit the server's catalogue declares for `industry` (what a test issues a
/// license for).
pub fn product_unit(server: &TestServer, industry: &str) -> String {
    let catalogue = server.app.industry_catalogue();
    catalogue.find(industry).ok().and_then(|i| i.product_units.first().cloned()).unwrap_or_default()
}

/// Issues a license (issued 100 days before the app's today, which a scenario may have pinned)
/// for the industry's first product unit and returns the payload's license.
pub async fn issue(server: &TestServer, enterprise_id: &str, number: &str, industry: &str) -> Value {
    let issued_on = (server.app.today() - chrono::Duration::days(100)).to_string();
    let data = server
        .data(
            ISSUE,
            json!({ "input": {
                "enterpriseId": enterprise_id, "number": number, "industry": industry,
                "productUnit": product_unit(server, industry), "issuedOn": issued_on
            }}),
        )
        .await;
    data["issueLicense"]["license"].clone()
}

/// Everything the registry holds, as one JSON value, with the row count of every table of the
/// database (read from storage, so rows beyond a page and tables no query shows count too): two
/// censuses are equal exactly when nothing was written in between.
pub async fn census(server: &TestServer) -> Value {
    let rows = oversight_storage::census::row_counts(server.app.store()).await.unwrap();
    let registry = server
        .data(
            r#"{ enterprises(first: 20) { totalCount edges { node {
                 creditCode name address scale products productionConditions updatedAt region { code }
                 licenses { number status expiresOn updatedAt copyEntries { kind text } }
                 archive(first: 10) { totalCount edges { node { kind summary } } } } } } }"#,
            json!({}),
        )
        .await;
    json!({ "rows": rows, "registry": registry })
}

/// The registry census, every testing task with its results and verdicts, every rectification
/// and revocation proposal, and the audit chain's length: equal exactly when a step wrote nothing.
pub async fn full_census(server: &TestServer) -> Value {
    let supervision = server
        .data(
            r#"{ testingTasks(first: 100) { edges { node { id status updatedAt objection { reason }
                   results { item value unit retest } verdicts { retest verdict { conclusion } } } } }
                 rectifications(first: 100) { edges { node { id status deadline extendedDays updatedAt } } }
                 revocationProposals(first: 100) { edges { node { id status decisionReason } } } }"#,
            json!({}),
        )
        .await;
    let audit = server.app.verify_audit_chain().await.unwrap();
    json!({ "registry": census(server).await, "supervision": supervision, "audit": audit.records_checked })
}

/// Runs `mutation` (one root field, with `$r` the review's ID) as `token`; fails on any error.
pub async fn review_step(server: &TestServer, token: &str, mutation: &str, review: &str) {
    let body = server
        .graphql_as(token, &format!("mutation($r: ID!) {{ {mutation} }}"), json!({ "r": review }))
        .await;
    assert!(body.get("errors").is_none(), "{mutation}: {body}");
}

/// The enterprise of `token` saves a complete wire-cable report and submits it with `key`.
pub async fn submit_report(server: &TestServer, token: &str, review: &str, key: &str) {
    let items = "[{code: \"LICENSE_MARKING\", answer: CONFORMING}, {code: \"CONDITIONS_CHANGES\", answer: CONFORMING}, \
        {code: \"RAW_MATERIAL_INSPECTION\", answer: CONFORMING}, {code: \"EXIT_INSPECTION\", answer: CONFORMING}, \
        {code: \"PACKAGING_LABELING\", answer: CONFORMING}, {code: \"WC-01\", answer: CONFORMING}, \
        {code: \"WC-03\", answer: NOT_APPLICABLE, note: \"不生产阻燃电缆\"}]";
    let save = format!(
        "saveSelfInspectionReport(input: {{ reviewId: $r, items: {items}, conditionsChanged: false, \
         qualityIncidents: \"无\", complaints: \"无\" }}) {{ report {{ version }} }}"
    );
    review_step(server, token, &save, review).await;
    let submit = format!(
        "submitSelfInspectionReport(input: {{ reviewId: $r, idempotencyKey: \"{key}\" }}) {{ review {{ status }} }}"
    );
    review_step(server, token, &submit, review).await;
}
