//! The registry workflow through GraphQL: register, issue, query, update, change status.

use oversight_tests::{TestServer, on_both_databases};
use serde_json::json;

use crate::common::{CHANGE_STATUS, census, credit_code, issue, register};

on_both_databases!(register_issue_and_read_back, register_issue_and_read_back_body);

async fn register_issue_and_read_back_body(server: &TestServer) {
    let code = credit_code("320102", 1);
    let id = register(server, &code, "南京华瑞电缆有限公司", "320102").await;
    let license = issue(server, &id, "(苏)XK06-001-00042", "wire-cable").await;
    assert_eq!(license["number"], "(苏)XK06-001-00042");
    assert_eq!(license["coreNumber"], "XK06-001-00042");
    assert_eq!(license["status"], "VALID");
    // Default validity: five years less one day.
    let issued =
        chrono::NaiveDate::parse_from_str(license["issuedOn"].as_str().unwrap(), "%Y-%m-%d").unwrap();
    let expires =
        chrono::NaiveDate::parse_from_str(license["expiresOn"].as_str().unwrap(), "%Y-%m-%d").unwrap();
    // (The anniversary of 29 February in a common year is 1 March.)
    let anniversary = issued
        .with_year(issued.year() + 5)
        .unwrap_or_else(|| chrono::NaiveDate::from_ymd_opt(issued.year() + 5, 3, 1).unwrap());
    assert_eq!(expires, anniversary.pred_opt().unwrap());

    let data = server
        .data(
            r#"query($code: String!) { enterprise(creditCode: $code) {
                 id name region { code name level parent { code name } }
                 licenses { number status industry { code nameZh keyIndustry } copyEntries { kind text } enterprise { creditCode } }
                 archive { totalCount edges { node { kind summary license { number } } } } } }"#,
            json!({ "code": code }),
        )
        .await;
    let enterprise = &data["enterprise"];
    assert_eq!(enterprise["id"], id.as_str());
    assert_eq!(enterprise["region"]["name"], "玄武区");
    assert_eq!(enterprise["region"]["parent"]["code"], "320100");
    assert_eq!(enterprise["licenses"][0]["industry"]["keyIndustry"], true);
    assert_eq!(enterprise["licenses"][0]["copyEntries"][0]["kind"], "ISSUED");
    assert_eq!(enterprise["licenses"][0]["enterprise"]["creditCode"], code.as_str());
    // Newest first: the license, then the registration.
    assert_eq!(enterprise["archive"]["totalCount"], 2);
    let kinds: Vec<&str> = enterprise["archive"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["LICENSE_ISSUED", "ENTERPRISE_REGISTERED"]);
    assert_eq!(enterprise["archive"]["edges"][0]["node"]["license"]["number"], "(苏)XK06-001-00042");

    // The license is found with or without its province prefix.
    for number in ["XK06-001-00042", "(苏)XK06-001-00042", "（苏）XK06-001-00042"] {
        let data = server
            .data("query($n: String!) { license(number: $n) { number } }", json!({ "n": number }))
            .await;
        assert_eq!(data["license"]["number"], "(苏)XK06-001-00042", "{number}");
    }

    // node(id:) returns the same enterprise.
    let data = server
        .data(
            "query($id: ID!) { node(id: $id) { id ... on Enterprise { creditCode } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(data["node"]["creditCode"], code.as_str());
}

on_both_databases!(status_changes_are_recorded, status_changes_are_recorded_body);

async fn status_changes_are_recorded_body(server: &TestServer) {
    let id = register(server, &credit_code("330106", 2), "杭州恒通肥业有限公司", "330106").await;
    issue(server, &id, "XK13-001-00007", "compound-fertilizer").await;
    let change = |status: &str, reason: &str| json!({ "input": { "number": "XK13-001-00007", "status": status, "reason": reason } });
    let data = server.data(CHANGE_STATUS, change("SUSPENDED", "监督抽查不合格，停产整顿")).await;
    assert_eq!(data["changeLicenseStatus"]["license"]["status"], "SUSPENDED");
    // No rectification closed since the suspension: no ground to resume production.
    let refused = server.error(CHANGE_STATUS, change("VALID", "申请恢复")).await;
    assert_eq!(refused["extensions"]["code"], "RESUMPTION_WITHOUT_GROUNDS", "{refused}");
    let data = server.data(CHANGE_STATUS, change("REVOKED", "吊销")).await;
    assert_eq!(data["changeLicenseStatus"]["license"]["status"], "REVOKED");
    let data = server
        .data(
            r#"{ license(number: "XK13-001-00007") { status copyEntries { kind text } enterprise {
                 archive(kinds: [LICENSE_STATUS_CHANGED]) { totalCount edges { node { details } } } } } }"#,
            json!({}),
        )
        .await;
    let license = &data["license"];
    assert_eq!(license["status"], "REVOKED");
    let copy_kinds: Vec<&str> =
        license["copyEntries"].as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert_eq!(copy_kinds, ["ISSUED", "STATUS_CHANGED", "STATUS_CHANGED"]);
    assert!(license["copyEntries"][1]["text"].as_str().unwrap().contains("监督抽查不合格"));
    assert_eq!(license["enterprise"]["archive"]["totalCount"], 2);
}

on_both_databases!(base_data_update_changes_only_given_fields, base_data_update_body);

async fn base_data_update_body(server: &TestServer) {
    let id = register(server, &credit_code("440305", 3), "深圳立信电器有限公司", "440305").await;
    let update = r#"mutation($input: UpdateEnterpriseBaseDataInput!) {
        updateEnterpriseBaseData(input: $input) { enterprise { name address scale products productionConditions } } }"#;
    let data = server
        .data(update, json!({ "input": { "enterpriseId": id, "scale": "MEDIUM", "products": ["电热毯", "电热垫", "电热毯"] } }))
        .await;
    let enterprise = &data["updateEnterpriseBaseData"]["enterprise"];
    assert_eq!(enterprise["name"], "深圳立信电器有限公司");
    assert_eq!(enterprise["scale"], "MEDIUM");
    assert_eq!(enterprise["products"], json!(["电热毯", "电热垫"]));

    // A patch that changes nothing writes nothing.
    let before = census(server).await;
    server.data(update, json!({ "input": { "enterpriseId": id, "scale": "MEDIUM" } })).await;
    assert_eq!(census(server).await, before);

    let data = server
        .data(
            r#"query($id: ID!) { node(id: $id) { ... on Enterprise { archive(first: 1) { edges { node { kind details } } } } } }"#,
            json!({ "id": id }),
        )
        .await;
    let event = &data["node"]["archive"]["edges"][0]["node"];
    assert_eq!(event["kind"], "BASE_DATA_UPDATED");
    assert!(event["details"].to_string().contains("scale"), "{event}");
}

on_both_databases!(imported_license_is_dated_on_issue, imported_license_body);

async fn imported_license_body(server: &TestServer) {
    let id = register(server, &credit_code("320102", 4), "南京永泰木业有限公司", "320102").await;
    let issued_on = (oversight_tests::today() - chrono::Duration::days(800)).to_string();
    server
        .data(
            crate::common::ISSUE,
            json!({ "input": { "enterpriseId": id, "number": "XK18-001-00001", "industry": "wood-panel",
                     "productUnit": "人造板", "issuedOn": issued_on, "import": true, "status": "SUSPENDED" } }),
        )
        .await;
    let data = server
        .data(
            r#"query($id: ID!) { node(id: $id) { ... on Enterprise {
                 licenses { status copyEntries { kind } }
                 archive { edges { node { kind occurredAt } } } } } }"#,
            json!({ "id": id }),
        )
        .await;
    let node = &data["node"];
    assert_eq!(node["licenses"][0]["status"], "SUSPENDED");
    assert_eq!(node["licenses"][0]["copyEntries"][0]["kind"], "IMPORTED");
    // The import happened long ago, so it sorts after (older than) the registration.
    let kinds: Vec<&str> = node["archive"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["ENTERPRISE_REGISTERED", "LICENSE_IMPORTED"]);
    assert!(node["archive"]["edges"][1]["node"]["occurredAt"].as_str().unwrap().starts_with(&issued_on[..7]));
}

use chrono::Datelike;

on_both_databases!(the_census_counts_every_table, census_body);

/// The census lists the tables of every workflow and counts rows no GraphQL page shows: a
/// registration adds exactly one enterprise, one archive event and one audit record.
async fn census_body(server: &TestServer) {
    let before = oversight_storage::census::row_counts(server.app.store()).await.unwrap();
    for table in ["enterprise", "license", "archive_event", "audit_record", "testing_task", "rectification"] {
        assert!(before.contains_key(table), "the census lacks {table}: {before:?}");
    }
    register(server, &credit_code("440305", 7), "深圳普查电器有限公司", "440305").await;
    let after = oversight_storage::census::row_counts(server.app.store()).await.unwrap();
    for (table, grew) in [("enterprise", 1), ("archive_event", 1), ("audit_record", 1), ("license", 0)] {
        assert_eq!(after[table] - before[table], grew, "{table}");
    }
}
