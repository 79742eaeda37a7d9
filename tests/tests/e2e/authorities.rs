//! Administering authorities through the API on both databases: created at a real GB/T 2260
//! division under the authority one level up (placeholders such as 110100 市辖区 refused), renamed,
//! closed with a successor — by the platform administrator, or by a province's leadership in its
//! own subtree; refused input writes nothing; every change leaves its audit record; a closed
//! authority's tokens are refused.

use oversight_tests::{TestServer, claims, on_both_databases};
use serde_json::{Value, json};

use crate::cast::{global, numeric};
use crate::common::census;

const CREATE: &str = "mutation($i: CreateAuthorityInput!) { createAuthority(input: $i) {
    authority { id name level region { code } parent { name } } } }";
const RENAME: &str =
    "mutation($i: RenameAuthorityInput!) { renameAuthority(input: $i) { authority { id name } } }";
const CLOSE: &str = "mutation($i: CloseAuthorityInput!) { closeAuthority(input: $i) {
    authority { id closedAt successor { name } } } }";
const CREATE_OFFICER: &str =
    "mutation($i: CreateOfficerInput!) { createOfficer(input: $i) { officer { id } } }";

fn code(body: &Value) -> &str {
    body["errors"][0]["extensions"]["code"].as_str().unwrap_or_else(|| panic!("no error code: {body}"))
}

/// Creates an authority as `token`; returns its global ID.
async fn create(server: &TestServer, token: &str, name: &str, region: &str, parent: &str) -> String {
    let body = server
        .graphql_as(token, CREATE, json!({ "i": { "name": name, "regionCode": region, "parentId": parent } }))
        .await;
    body["data"]["createAuthority"]["authority"]["id"].as_str().unwrap_or_else(|| panic!("{body}")).to_owned()
}

on_both_databases!(authority_administration, authority_administration_body);

async fn authority_administration_body(server: &TestServer) {
    let platform = server.token(&claims("ops", "platform", "plugin_administrator", None));
    let nation = global("Authority", server.national_authority);
    // The platform administrator creates the province; the nation's head enters its head.
    let jiangsu = create(server, &platform, "江苏省市场监督管理局", "320000", &nation).await;
    let head = json!({ "i": { "authorityId": jiangsu, "name": "李娜", "badgeNumber": "JS-0001",
                              "subject": "idp|js-head", "tier": "HEAD" } });
    assert!(server.graphql(CREATE_OFFICER, head).await.get("errors").is_none());
    let org = format!("authority:{}", numeric(&jiangsu));
    let js_head = server.token(&claims("idp|js-head", &org, "provincial_officer", Some("head")));
    let js_staff = server.token(&claims("js-staff", &org, "provincial_officer", Some("staff")));
    let zhejiang = create(server, &server.national_token, "浙江省市场监督管理局", "330000", &nation).await;

    // The province builds its own subtree.
    let nanjing = create(server, &js_head, "南京市市场监督管理局", "320100", &jiangsu).await;
    let xuanwu = create(server, &js_head, "南京市玄武区市场监督管理局", "320102", &nanjing).await;
    let qinhuai = create(server, &js_head, "南京市秦淮区市场监督管理局", "320104", &nanjing).await;
    // The list counts what it matches, across pages: Jiangsu's four, two of them counties.
    let count = |variables: Value| {
        let token = js_head.clone();
        async move {
            let query = "query($w: String, $l: AuthorityLevel) {
            authorities(within: $w, level: $l, first: 1) { totalCount edges { node { id } } } }";
            let body = server.graphql_as(&token, query, variables).await;
            body["data"]["authorities"]["totalCount"].as_u64().unwrap_or_else(|| panic!("{body}"))
        }
    };
    assert_eq!(count(json!({ "w": "320000" })).await, 4);
    assert_eq!(count(json!({ "w": "320000", "l": "COUNTY" })).await, 2);

    // Refusals, each with its code, writing nothing.
    let before = census(server).await;
    let authority = |name: &str, region: &str, parent: &str| json!({ "i": { "name": name, "regionCode": region, "parentId": parent } });
    let cases = [
        (&js_head, authority("北京市辖区局", "110100", &nation), "INVALID_AUTHORITY_REGION"),
        (&js_head, authority("杭州市市场监督管理局", "330100", &zhejiang), "OUT_OF_JURISDICTION"),
        (&js_head, authority("玄武区第二局", "320102", &nanjing), "AUTHORITY_EXISTS"),
        (&js_head, authority("鼓楼区局", "320106", &jiangsu), "INVALID_AUTHORITY_PARENT"),
        (&js_head, authority("南京市市场监督管理局", "320105", &nanjing), "INVALID_TEXT"),
        (&js_head, authority("无名局", "999999", &jiangsu), "UNKNOWN_REGION"),
        (&js_staff, authority("无锡市市场监督管理局", "320200", &jiangsu), "FORBIDDEN"),
    ];
    for (token, variables, expected) in cases {
        let body = server.graphql_as(token, CREATE, variables).await;
        assert_eq!(code(&body), expected, "{body}");
    }
    let rename_self = json!({ "i": { "authorityId": jiangsu, "name": "江苏局" } });
    assert_eq!(code(&server.graphql_as(&js_head, RENAME, rename_self).await), "OUT_OF_JURISDICTION");
    let to_city = json!({ "i": { "authorityId": xuanwu, "successorId": nanjing } });
    assert_eq!(code(&server.graphql_as(&js_head, CLOSE, to_city).await), "INVALID_SUCCESSOR");
    let itself = json!({ "i": { "authorityId": nanjing, "successorId": nanjing } });
    assert_eq!(code(&server.graphql_as(&js_head, CLOSE, itself).await), "INVALID_SUCCESSOR");
    assert_eq!(census(server).await, before, "a refused authority change wrote something");

    // Renamed, then closed into its neighbour: its tokens stop, it cannot be renamed again.
    let renamed = server
        .graphql_as(
            &js_head,
            RENAME,
            json!({ "i": { "authorityId": xuanwu, "name": "南京市玄武区市场监管局" } }),
        )
        .await;
    assert_eq!(
        renamed["data"]["renameAuthority"]["authority"]["name"], "南京市玄武区市场监管局",
        "{renamed}"
    );
    let county_org = format!("authority:{}", numeric(&xuanwu));
    let county = server.token(&claims("xw", &county_org, "county_officer", Some("staff")));
    let closed = server
        .graphql_as(&js_head, CLOSE, json!({ "i": { "authorityId": xuanwu, "successorId": qinhuai } }))
        .await;
    let closed = &closed["data"]["closeAuthority"]["authority"];
    assert_eq!(closed["successor"]["name"], "南京市秦淮区市场监督管理局", "{closed}");
    assert!(closed["closedAt"].is_string());
    let body = server
        .graphql_as(&js_head, RENAME, json!({ "i": { "authorityId": xuanwu, "name": "再改名局" } }))
        .await;
    assert_eq!(code(&body), "AUTHORITY_CLOSED");
    let response = server
        .client()
        .post(server.url("/graphql"))
        .bearer_auth(&county)
        .json(&json!({ "query": "{ viewer { subject } }" }))
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let body: Value = response.json().await.unwrap();
    assert_eq!((status, code(&body)), (401, "AUTHORITY_CLOSED"), "{body}");
    // Nanjing still has Qinhuai below it.
    let body = server
        .graphql_as(&js_head, CLOSE, json!({ "i": { "authorityId": nanjing, "successorId": nanjing } }))
        .await;
    assert_eq!(code(&body), "INVALID_SUCCESSOR");
    let wuxi = create(server, &js_head, "无锡市市场监督管理局", "320200", &jiangsu).await;
    let body = server
        .graphql_as(&js_head, CLOSE, json!({ "i": { "authorityId": nanjing, "successorId": wuxi } }))
        .await;
    assert_eq!(code(&body), "AUTHORITY_HAS_CHILDREN");

    // Each change has its audit record, acted by whoever made it.
    let records = oversight_storage::audit::scan(server.app.store(), 0, 1000).await.unwrap();
    let xuanwu_ref = format!("authority:{}", numeric(&xuanwu));
    let trail: Vec<(&str, &str)> = records
        .iter()
        .filter(|r| r.objects.first() == Some(&xuanwu_ref))
        .map(|r| (r.operation.as_str(), r.actor.subject.as_str()))
        .collect();
    assert_eq!(
        trail,
        [
            ("createAuthority", "idp|js-head"),
            ("renameAuthority", "idp|js-head"),
            ("closeAuthority", "idp|js-head")
        ]
    );
    let jiangsu_ref = format!("authority:{}", numeric(&jiangsu));
    let first = records.iter().find(|r| r.objects.first() == Some(&jiangsu_ref)).unwrap();
    assert_eq!(
        (first.operation.as_str(), first.actor.organisation.as_str()),
        ("createAuthority", "platform")
    );
}
