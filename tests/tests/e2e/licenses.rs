//! The top-level license list: filters (status as of today, industry, region, expiry range,
//! search), orders with their own keyset cursors, `totalCount`, and the caller's jurisdiction.

use chrono::{Duration, NaiveDate};
use oversight_tests::{TestServer, claims, on_both_databases, today};
use serde_json::{Value, json};

use crate::common::{CHANGE_STATUS, ISSUE, credit_code, register};

on_both_databases!(
    licenses_filter_sort_and_page,
    licenses_filter_sort_and_page_body,
    plugins = &[],
    config = |config| config.demo_clock = true
);

const LIST: &str = r#"
query($f: LicenseFilterInput, $o: LicenseOrderInput, $first: Int, $after: String) {
  licenses(filter: $f, orderBy: $o, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { coreNumber status expiresOn } }
  }
}"#;

/// (region, holder, number, industry, days until expiry)
const LICENSES: [(&str, &str, &str, &str, i64); 5] = [
    ("320102", "南京玄武电缆有限公司", "XK06-001-00101", "wire-cable", 30),
    ("320102", "南京玄武制动液有限公司", "XK13-005-00102", "brake-fluid", 60),
    ("320106", "南京鼓楼电缆有限公司", "XK06-001-00103", "wire-cable", 200),
    ("320205", "无锡锡山电缆有限公司", "XK06-001-00104", "wire-cable", 45),
    ("110101", "北京东城电缆有限公司", "XK06-001-00105", "wire-cable", 10),
];

async fn list(server: &TestServer, token: Option<&str>, variables: Value) -> Value {
    let body = match token {
        Some(token) => server.graphql_as(token, LIST, variables).await,
        None => server.graphql(LIST, variables).await,
    };
    assert!(body["errors"].is_null(), "{body}");
    body["data"]["licenses"].clone()
}

fn numbers(connection: &Value) -> Vec<&str> {
    let edges = connection["edges"].as_array().unwrap();
    edges.iter().map(|e| e["node"]["coreNumber"].as_str().unwrap()).collect()
}

async fn seed(server: &TestServer) {
    for (n, (region, holder, number, industry, days)) in LICENSES.into_iter().enumerate() {
        let id = register(server, &credit_code(region, 500 + n as u32), holder, region).await;
        let expires = today() + Duration::days(days);
        let input = json!({ "input": {
            "enterpriseId": id, "number": number, "industry": industry, "productUnit": "产品单元",
            "issuedOn": (today() - Duration::days(100)).to_string(), "expiresOn": expires.to_string(),
        }});
        server.data(ISSUE, input).await;
    }
    let suspend = json!({ "input": { "number": "XK06-001-00103", "status": "SUSPENDED", "reason": "停产整顿：巡查发现问题" } });
    server.data(CHANGE_STATUS, suspend).await;
}

async fn licenses_filter_sort_and_page_body(server: &TestServer) {
    let chain = server.jiangsu_chain().await;
    seed(server).await;
    let day = |d: i64| (today() + Duration::days(d)).to_string();

    // Expiring within 90 days, soonest first, one per page: the cursor carries the order.
    let soon = json!({ "expiresFrom": day(0), "expiresTo": day(90) });
    let by_expiry = json!({ "field": "EXPIRES_ON" });
    let mut seen = Vec::new();
    let mut after = Value::Null;
    loop {
        let page = list(server, None, json!({ "f": soon, "o": by_expiry, "first": 1, "after": after })).await;
        assert_eq!(page["totalCount"], 4);
        seen.extend(numbers(&page).into_iter().map(str::to_owned));
        if page["pageInfo"]["hasNextPage"] != true {
            break;
        }
        after = page["pageInfo"]["endCursor"].clone();
    }
    assert_eq!(seen, ["XK06-001-00105", "XK06-001-00101", "XK06-001-00104", "XK13-005-00102"]);

    // Table of filters → the licenses they select (issue order), with the total.
    let cases = [
        (json!({ "status": "SUSPENDED" }), vec!["XK06-001-00103"]),
        (json!({ "regionPrefix": "3201" }), vec!["XK06-001-00101", "XK13-005-00102", "XK06-001-00103"]),
        (json!({ "industry": "brake-fluid" }), vec!["XK13-005-00102"]),
        (json!({ "search": "无锡" }), vec!["XK06-001-00104"]),
        (json!({ "search": "00105" }), vec!["XK06-001-00105"]),
        (json!({ "search": "%" }), vec![]),
        (json!({ "expiresTo": day(30) }), vec!["XK06-001-00101", "XK06-001-00105"]),
        (json!({ "expiresFrom": day(60) }), vec!["XK13-005-00102", "XK06-001-00103"]),
        (
            json!({ "status": "VALID", "regionPrefix": "32", "industry": "wire-cable" }),
            vec!["XK06-001-00101", "XK06-001-00104"],
        ),
    ];
    for (filter, expected) in cases {
        let page = list(server, None, json!({ "f": filter })).await;
        assert_eq!(numbers(&page), expected, "{filter}");
        assert_eq!(page["totalCount"], expected.len(), "{filter}");
    }

    // Number order, descending.
    let page = list(server, None, json!({ "o": { "field": "NUMBER", "direction": "DESC" } })).await;
    let mut sorted: Vec<&str> = LICENSES.iter().map(|l| l.2).collect();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    assert_eq!(numbers(&page), sorted);

    // A Nanjing officer sees Nanjing's licenses only.
    let nanjing = server.token(&claims(
        "nj",
        &format!("authority:{}", chain.nanjing.id),
        "municipal_officer",
        Some("staff"),
    ));
    let page = list(server, Some(&nanjing), json!({})).await;
    assert_eq!(numbers(&page), ["XK06-001-00101", "XK13-005-00102", "XK06-001-00103"]);
    assert_eq!(page["totalCount"], 3);

    refusals(server, &by_expiry).await;
    expiry_is_judged_on_today(server).await;
}

async fn refusals(server: &TestServer, by_expiry: &Value) {
    let first = list(server, None, json!({ "o": by_expiry, "first": 1 })).await;
    let cursor = &first["pageInfo"]["endCursor"];
    let foreign = server.graphql(LIST, json!({ "o": { "field": "NUMBER" }, "after": cursor })).await;
    assert_eq!(foreign["errors"][0]["extensions"]["code"], "INVALID_CURSOR", "{foreign}");
    let backwards = server
        .graphql(LIST, json!({ "f": { "expiresFrom": "2030-01-02", "expiresTo": "2030-01-01" } }))
        .await;
    assert_eq!(backwards["errors"][0]["extensions"]["code"], "INVALID_DATE_RANGE", "{backwards}");
    assert_eq!(backwards["errors"][0]["extensions"]["field"], "filter.expiresTo", "{backwards}");
}

/// Past its last valid day a license is EXPIRED in the list and on the license, before anyone
/// records it; VALID no longer selects it.
async fn expiry_is_judged_on_today(server: &TestServer) {
    let admin = server.token(&claims("admin", "platform", "plugin_administrator", None));
    let moved = server
        .graphql_as(
            &admin,
            "mutation { advanceDemoClock(input: { days: 11 }) { calendar { today } } }",
            json!({}),
        )
        .await;
    assert!(moved["errors"].is_null(), "{moved}");
    let expired = list(server, None, json!({ "f": { "status": "EXPIRED" } })).await;
    assert_eq!(numbers(&expired), ["XK06-001-00105"]);
    assert_eq!(expired["edges"][0]["node"]["status"], "EXPIRED");
    let valid = list(server, None, json!({ "f": { "status": "VALID" } })).await;
    assert_eq!(numbers(&valid), ["XK06-001-00101", "XK13-005-00102", "XK06-001-00104"]);
    let last_day: NaiveDate = expired["edges"][0]["node"]["expiresOn"].as_str().unwrap().parse().unwrap();
    assert_eq!(last_day, today() + Duration::days(10));
}
