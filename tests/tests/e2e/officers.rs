//! The officer directory (执法人员) on both databases: officers entered, listed, changed and
//! deactivated through the API by the leadership the policy names; a token whose subject is a
//! directory officer takes the directory's tier and is refused once the officer is inactive;
//! refused input writes nothing; every change leaves its audit record.

use oversight_tests::{JiangsuChain, TestServer, claims, on_both_databases};
use serde_json::{Value, json};

use crate::cast::global;
use crate::common::census;

const CREATE: &str = "mutation($i: CreateOfficerInput!) { createOfficer(input: $i) { officer {
    id name badgeNumber subject tier industries active authority { name } } } }";
const UPDATE: &str =
    "mutation($i: UpdateOfficerInput!) { updateOfficer(input: $i) { officer { id tier industries name } } }";
const DEACTIVATE: &str = "mutation($i: DeactivateOfficerInput!) { deactivateOfficer(input: $i) {
    officer { active deactivationReason } } }";
const LIST: &str = "query($f: OfficerFilterInput, $first: Int, $after: String) {
    officers(filter: $f, first: $first, after: $after) { totalCount
      edges { cursor node { badgeNumber } } pageInfo { hasNextPage endCursor } } }";
const VIEWER: &str = "{ viewer { subject tier officer { badgeNumber tier authority { name } } } }";

fn input(authority: &str, badge: &str, subject: &str, tier: &str, industries: &[&str]) -> Value {
    json!({ "i": { "authorityId": authority, "name": "王建国", "badgeNumber": badge,
                   "subject": subject, "tier": tier, "industries": industries } })
}

/// POSTs `query` with a bearer token: (HTTP status, body).
async fn post(server: &TestServer, token: &str, query: &str) -> (u16, Value) {
    let response = server
        .client()
        .post(server.url("/graphql"))
        .bearer_auth(token)
        .header("accept", "application/graphql-response+json")
        .json(&json!({ "query": query }))
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.json().await.unwrap())
}

fn code(body: &Value) -> &str {
    body["errors"][0]["extensions"]["code"].as_str().unwrap_or_else(|| panic!("no error code: {body}"))
}

on_both_databases!(officer_directory, officer_directory_body);

async fn officer_directory_body(server: &TestServer) {
    let JiangsuChain { jiangsu, xuanwu, .. } = server.jiangsu_chain().await;
    let zhejiang = server.authority("浙江省市场监督管理局", "330000", server.national_authority).await;
    let (jiangsu_id, xuanwu_id) = (global("Authority", jiangsu.id), global("Authority", xuanwu.id));

    // The nation enters Jiangsu's head; the head's token carries `staff`, the directory says head.
    let head = server.data(CREATE, input(&jiangsu_id, "JS-0001", "idp|js-head", "HEAD", &[])).await;
    let head = &head["createOfficer"]["officer"];
    assert_eq!((head["tier"].as_str(), head["active"].as_bool()), (Some("HEAD"), Some(true)), "{head}");
    let js_head = server.token(&claims(
        "idp|js-head",
        &format!("authority:{}", jiangsu.id),
        "provincial_officer",
        Some("staff"),
    ));
    let viewer = server.graphql_as(&js_head, VIEWER, json!({})).await;
    assert_eq!(viewer["data"]["viewer"]["tier"], "HEAD", "{viewer}");
    assert_eq!(viewer["data"]["viewer"]["officer"]["badgeNumber"], "JS-0001");
    // A subject the directory does not know keeps the token's tier and has no officer (ADR 0013).
    let stranger = server.token(&claims(
        "idp|unknown",
        &format!("authority:{}", jiangsu.id),
        "provincial_officer",
        Some("staff"),
    ));
    let viewer = server.graphql_as(&stranger, VIEWER, json!({})).await;
    assert_eq!(viewer["data"]["viewer"]["tier"], "STAFF", "{viewer}");
    assert!(viewer["data"]["viewer"]["officer"].is_null(), "{viewer}");
    // The national head of the test server is the officer `bootstrap` entered.
    let viewer = server.data(VIEWER, json!({})).await;
    assert_eq!(viewer["viewer"]["officer"]["badgeNumber"], "GJ-00000", "{viewer}");

    // The province's head enters a county officer below it, not one in Zhejiang.
    let staff = server
        .graphql_as(
            &js_head,
            CREATE,
            input(&xuanwu_id, "XW-0001", "idp|xw-staff", "STAFF", &["wire-cable", "wire-cable"]),
        )
        .await;
    let staff = staff["data"]["createOfficer"]["officer"].clone();
    assert_eq!(staff["industries"], json!(["wire-cable"]), "{staff}");
    assert_eq!(staff["authority"]["name"], "南京市玄武区市场监督管理局");
    let outside = server
        .graphql_as(
            &js_head,
            CREATE,
            input(&global("Authority", zhejiang.id), "ZJ-0001", "idp|zj", "STAFF", &[]),
        )
        .await;
    assert_eq!(code(&outside), "OUT_OF_JURISDICTION");
    let xw_staff = server.token(&claims(
        "idp|xw-staff",
        &format!("authority:{}", xuanwu.id),
        "county_officer",
        Some("staff"),
    ));
    let refused =
        server.graphql_as(&xw_staff, CREATE, input(&xuanwu_id, "XW-0002", "idp|xw-2", "STAFF", &[])).await;
    assert_eq!(code(&refused), "FORBIDDEN");

    // Bad input is refused with its code and writes nothing.
    let before = census(server).await;
    let cases = [
        (input(&xuanwu_id, "XW 1", "idp|x1", "STAFF", &[]), "INVALID_BADGE_NUMBER"),
        (input(&xuanwu_id, "XW-0009", "idp|x2", "STAFF", &["toys"]), "UNKNOWN_INDUSTRY"),
        (input(&xuanwu_id, "XW-0001", "idp|x3", "STAFF", &[]), "DUPLICATE_BADGE_NUMBER"),
        (input(&xuanwu_id, "XW-0010", "idp|xw-staff", "STAFF", &[]), "DUPLICATE_SUBJECT"),
        (input(&global("Authority", 999), "XW-0011", "idp|x4", "STAFF", &[]), "NOT_FOUND"),
    ];
    for (variables, expected) in cases {
        let body = server.graphql_as(&js_head, CREATE, variables).await;
        assert_eq!(code(&body), expected, "{body}");
    }
    assert_eq!(census(server).await, before, "a refused officer wrote something");

    // The directory: the province sees both, filtered by authority; the county only its own.
    let list = |token: String, filter: Value| async move {
        let body = server.graphql_as(&token, LIST, json!({ "f": filter })).await;
        let edges = body["data"]["officers"]["edges"].as_array().unwrap_or_else(|| panic!("{body}")).clone();
        edges.iter().map(|e| e["node"]["badgeNumber"].as_str().unwrap().to_owned()).collect::<Vec<_>>()
    };
    assert_eq!(list(js_head.clone(), json!({})).await, ["JS-0001", "XW-0001"]);
    assert_eq!(list(js_head.clone(), json!({ "authorityId": xuanwu_id })).await, ["XW-0001"]);
    assert_eq!(list(xw_staff.clone(), json!({})).await, ["XW-0001"]);
    let page = server.graphql_as(&js_head, LIST, json!({ "first": 1 })).await;
    assert_eq!(page["data"]["officers"]["pageInfo"]["hasNextPage"], true, "{page}");
    assert_eq!(page["data"]["officers"]["totalCount"], 2, "all pages together: {page}");
    let filtered = server.graphql_as(&js_head, LIST, json!({ "f": { "active": false } })).await;
    assert_eq!(filtered["data"]["officers"]["totalCount"], 0, "the filter counts: {filtered}");
    let county = server.graphql_as(&xw_staff, LIST, json!({})).await;
    assert_eq!(county["data"]["officers"]["totalCount"], 1, "the county counts its own: {county}");
    let next = json!({ "first": 1, "after": page["data"]["officers"]["pageInfo"]["endCursor"] });
    let page = server.graphql_as(&js_head, LIST, next).await;
    assert_eq!(page["data"]["officers"]["edges"][0]["node"]["badgeNumber"], "XW-0001", "{page}");

    // The county officer is promoted to leader in charge, then deactivated: their token stops.
    let changed = server
        .graphql_as(&js_head, UPDATE, json!({ "i": { "officerId": staff["id"], "tier": "LEADER_IN_CHARGE", "industries": ["pesticide"] } }))
        .await;
    assert_eq!(changed["data"]["updateOfficer"]["officer"]["tier"], "LEADER_IN_CHARGE", "{changed}");
    assert_eq!(post(server, &xw_staff, VIEWER).await.1["data"]["viewer"]["tier"], "LEADER_IN_CHARGE");
    let gone = server
        .graphql_as(
            &js_head,
            DEACTIVATE,
            json!({ "i": { "officerId": staff["id"], "reason": "调离执法岗位" } }),
        )
        .await;
    assert_eq!(gone["data"]["deactivateOfficer"]["officer"]["active"], false, "{gone}");
    let (status, body) = post(server, &xw_staff, VIEWER).await;
    assert_eq!((status, code(&body)), (401, "OFFICER_INACTIVE"), "{body}");
    let again = server
        .graphql_as(&js_head, DEACTIVATE, json!({ "i": { "officerId": staff["id"], "reason": "再次" } }))
        .await;
    assert_eq!(code(&again), "OFFICER_INACTIVE");
    assert_eq!(list(js_head.clone(), json!({ "active": true })).await, ["JS-0001"]);
    assert_eq!(list(server.national_token.clone(), json!({ "active": true })).await, ["GJ-00000", "JS-0001"]);
    assert_eq!(list(js_head.clone(), json!({ "active": false })).await, ["XW-0001"]);

    // A token naming another authority than its officer's is not the officer's.
    let elsewhere = server.token(&claims(
        "idp|js-head",
        &format!("authority:{}", zhejiang.id),
        "provincial_officer",
        Some("head"),
    ));
    let (status, body) = post(server, &elsewhere, VIEWER).await;
    assert_eq!((status, code(&body)), (401, "INVALID_TOKEN"), "{body}");

    // Each change has its audit record, naming the officer.
    let records = oversight_storage::audit::scan(server.app.store(), 0, 1000).await.unwrap();
    let officer_ref = format!("officer:{}", crate::cast::numeric(staff["id"].as_str().unwrap()));
    let operations: Vec<&str> =
        records.iter().filter(|r| r.objects.contains(&officer_ref)).map(|r| r.operation.as_str()).collect();
    assert_eq!(operations, ["createOfficer", "updateOfficer", "deactivateOfficer"]);
}
