//! Keyset pagination and filters of `enterprises`, forwards and backwards.

use oversight_tests::{TestServer, on_both_databases};
use serde_json::{Value, json};

use crate::common::{CHANGE_STATUS, credit_code, issue, register};

const PAGE: &str = r#"query($first: Int, $after: String, $last: Int, $before: String, $filter: EnterpriseFilterInput) {
  enterprises(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
    totalCount
    edges { cursor node { name } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  } }"#;

fn names(page: &Value) -> Vec<String> {
    page["edges"].as_array().unwrap().iter().map(|e| e["node"]["name"].as_str().unwrap().to_owned()).collect()
}

async fn page(server: &TestServer, variables: Value) -> Value {
    server.data(PAGE, variables).await["enterprises"].clone()
}

on_both_databases!(pages_and_filters, pages_and_filters_body);

async fn pages_and_filters_body(server: &TestServer) {
    let enterprises = [
        ("320102", "南京甲电缆有限公司", Some(("XK06-001-00001", "wire-cable"))),
        ("320104", "南京乙肥业有限公司", Some(("XK13-001-00001", "compound-fertilizer"))),
        ("320106", "南京100%电缆有限公司", Some(("XK06-001-00002", "wire-cable"))),
        ("320205", "无锡丙电缆有限公司", Some(("XK06-001-00003", "wire-cable"))),
        ("320206", "无锡丁肥业有限公司", Some(("XK13-001-00002", "compound-fertilizer"))),
        ("330106", "杭州戊木业有限公司", None),
        ("330106", "杭州己_电缆有限公司", Some(("XK06-001-00004", "wire-cable"))),
    ];
    let mut all = Vec::new();
    for (n, (region, name, license)) in enterprises.iter().enumerate() {
        let id = register(server, &credit_code(region, 100 + n as u32), name, region).await;
        if let Some((number, industry)) = license {
            issue(server, &id, number, industry).await;
        }
        all.push((*name).to_owned());
    }
    server
        .data(
            CHANGE_STATUS,
            json!({ "input": { "number": "XK13-001-00002", "status": "SUSPENDED", "reason": "停产整顿" } }),
        )
        .await;

    // Forwards in pages of three: 3 + 3 + 1, in registration order.
    let mut seen = Vec::new();
    let mut after: Option<String> = None;
    let mut pages = 0;
    loop {
        let p = page(server, json!({ "first": 3, "after": after })).await;
        assert_eq!(p["totalCount"], 7);
        assert_eq!(p["pageInfo"]["hasPreviousPage"], after.is_some());
        seen.extend(names(&p));
        pages += 1;
        if p["pageInfo"]["hasNextPage"] == false {
            break;
        }
        after = Some(p["pageInfo"]["endCursor"].as_str().unwrap().to_owned());
    }
    assert_eq!(pages, 3);
    assert_eq!(seen, all);

    // Backwards from the end, then the page before that.
    let tail = page(server, json!({ "last": 2 })).await;
    assert_eq!(names(&tail), all[5..7]);
    assert_eq!(tail["pageInfo"]["hasPreviousPage"], true);
    let before = tail["pageInfo"]["startCursor"].as_str().unwrap();
    let previous = page(server, json!({ "last": 2, "before": before })).await;
    assert_eq!(names(&previous), all[3..5]);
    assert_eq!(previous["pageInfo"]["hasNextPage"], true);

    // An empty page after the last item.
    let end = page(server, json!({ "first": 3, "after": tail["pageInfo"]["endCursor"] })).await;
    assert!(names(&end).is_empty());
    assert_eq!(end["pageInfo"]["hasNextPage"], false);

    // Filters, one table: (filter, expected names).
    let cases: Vec<(Value, Vec<&str>)> = vec![
        (
            json!({ "regionPrefix": "3201" }),
            vec!["南京甲电缆有限公司", "南京乙肥业有限公司", "南京100%电缆有限公司"],
        ),
        (
            json!({ "regionPrefix": "320100" }),
            vec!["南京甲电缆有限公司", "南京乙肥业有限公司", "南京100%电缆有限公司"],
        ),
        (json!({ "regionPrefix": "32" }), all[0..5].iter().map(String::as_str).collect()),
        (json!({ "regionPrefix": "330106" }), vec!["杭州戊木业有限公司", "杭州己_电缆有限公司"]),
        (json!({ "industry": "compound-fertilizer" }), vec!["南京乙肥业有限公司", "无锡丁肥业有限公司"]),
        (
            json!({ "industry": "wire-cable", "regionPrefix": "32" }),
            vec!["南京甲电缆有限公司", "南京100%电缆有限公司", "无锡丙电缆有限公司"],
        ),
        (json!({ "licenseStatus": "SUSPENDED" }), vec!["无锡丁肥业有限公司"]),
        (json!({ "licenseStatus": "REVOKED" }), vec![]),
        (
            json!({ "nameContains": "电缆" }),
            vec!["南京甲电缆有限公司", "南京100%电缆有限公司", "无锡丙电缆有限公司", "杭州己_电缆有限公司"],
        ),
        // LIKE wildcards in the text are literal.
        (json!({ "nameContains": "%" }), vec!["南京100%电缆有限公司"]),
        (json!({ "nameContains": "_" }), vec!["杭州己_电缆有限公司"]),
    ];
    for (filter, expected) in cases {
        let p = page(server, json!({ "first": 100, "filter": filter })).await;
        assert_eq!(names(&p), expected, "filter {filter}");
        assert_eq!(p["totalCount"], expected.len(), "filter {filter}");
    }
}

on_both_databases!(archive_pages_newest_first, archive_pages_body);

async fn archive_pages_body(server: &TestServer) {
    let id = register(server, &credit_code("320102", 200), "南京庚电缆有限公司", "320102").await;
    issue(server, &id, "XK06-001-00200", "wire-cable").await;
    // Four more events: two base-data updates, a suspension and a revocation.
    let update = r#"mutation($input: UpdateEnterpriseBaseDataInput!) {
        updateEnterpriseBaseData(input: $input) { enterprise { id } } }"#;
    for address in ["玄武区工业园路 2 号", "玄武区工业园路 3 号"] {
        server.data(update, json!({ "input": { "enterpriseId": id, "address": address } })).await;
    }
    for (status, reason) in [("SUSPENDED", "一"), ("REVOKED", "二")] {
        server
            .data(
                CHANGE_STATUS,
                json!({ "input": { "number": "XK06-001-00200", "status": status, "reason": reason } }),
            )
            .await;
    }
    let query = r#"query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { node(id: $id) { ... on Enterprise {
        archive(first: $first, after: $after, last: $last, before: $before) {
          totalCount edges { cursor node { kind } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } } }"#;
    let full = server.data(query, json!({ "id": id, "first": 100 })).await["node"]["archive"].clone();
    assert_eq!(full["totalCount"], 6);
    let cursors: Vec<String> =
        full["edges"].as_array().unwrap().iter().map(|e| e["cursor"].as_str().unwrap().to_owned()).collect();
    // Paging by two visits the same events in the same order.
    let mut walked = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let p = server.data(query, json!({ "id": id, "first": 2, "after": after })).await["node"]["archive"]
            .clone();
        walked
            .extend(p["edges"].as_array().unwrap().iter().map(|e| e["cursor"].as_str().unwrap().to_owned()));
        if p["pageInfo"]["hasNextPage"] == false {
            break;
        }
        after = Some(p["pageInfo"]["endCursor"].as_str().unwrap().to_owned());
    }
    assert_eq!(walked, cursors);
    assert_eq!(full["edges"][5]["node"]["kind"], "ENTERPRISE_REGISTERED");
    // And backwards: the two oldest.
    let oldest = server.data(query, json!({ "id": id, "last": 2 })).await["node"]["archive"].clone();
    let oldest: Vec<String> = oldest["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["cursor"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(oldest, cursors[4..6]);
}
