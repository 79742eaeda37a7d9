//! The top-level license list: filters (status as of today, industry, region, expiry range,
//! search), orders with their own keyset cursors, `totalCount`, and the caller's jurisdiction.

use chrono::{Duration, NaiveDate};
use oversight_tests::{TestServer, claims, on_both_databases, today};
use serde_json::{Value, json};

use crate::common::{CHANGE_STATUS, ISSUE, credit_code, product_unit, register};

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
            "enterpriseId": id, "number": number, "industry": industry, "productUnit": product_unit(server, industry),
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

on_both_databases!(a_stored_industry_nothing_declares_still_reads, stored_unknown_industry_body);

/// A license stored under an industry that no loaded plugin and no catalogue entry declares any
/// more (its plugin was removed) still reads — in the list, on its enterprise, by number and in
/// the public lookup — and its industry shows as UNKNOWN with its code; it cannot be a filter.
async fn stored_unknown_industry_body(server: &TestServer) {
    use oversight_app::RegisterEnterprise;
    use oversight_domain::industry::{Industry, IndustrySource};
    use oversight_domain::registry::enterprise::{EnterpriseScale, RawBaseData};
    use oversight_domain::registry::license::{LicenseStatus, NewLicense, Validity};
    use oversight_domain::registry::license_number::LicenseNumber;

    server.jiangsu_chain().await;
    let base = RawBaseData {
        name: Some("南京退市行业有限公司".to_owned()),
        region_code: Some("320102".to_owned()),
        address: Some("工业园路 9 号".to_owned()),
        scale: Some(EnterpriseScale::Small),
        products: None,
        production_conditions: None,
        inspection_means: None,
        process: None,
    };
    let register = RegisterEnterprise { credit_code: credit_code("320102", 950), base };
    let enterprise = server.app.register_enterprise(&server.national, register).await.unwrap();
    // Issued while a plugin served the industry; written as the use case wrote it then.
    let retired = Industry {
        code: "retired-industry".to_owned(),
        name_zh: "已退出行业".to_owned(),
        name_en: "Retired industry".to_owned(),
        key_industry: false,
        license_categories: Vec::new(),
        product_units: vec!["旧产品".to_owned()],
        source: IndustrySource::Plugin { id: "retired-industry".to_owned(), version: "1.0.0".to_owned() },
    };
    let new = NewLicense {
        number: LicenseNumber::parse("(苏)XK77-001-00950").unwrap(),
        industry: retired,
        product_unit: "旧产品".to_owned(),
        validity: Validity::new(today() - Duration::days(30), None).unwrap(),
        status: LicenseStatus::Valid,
    };
    let tx = server.app.store().begin().await.unwrap();
    oversight_storage::registry::license::insert(&tx, enterprise.id, &new, oversight_app::now())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert!(server.app.industry_catalogue().find("retired-industry").is_err(), "nothing declares it");

    let unknown = json!({ "code": "retired-industry", "nameZh": "retired-industry", "nameEn": "retired-industry",
        "keyIndustry": false, "source": { "kind": "UNKNOWN", "pluginId": null, "pluginVersion": null },
        "licenseCategories": [], "productUnits": [], "profile": null });
    let industry = "industry { code nameZh nameEn keyIndustry source { kind pluginId pluginVersion }
        licenseCategories { code } productUnits profile { pluginId } }";
    let data = server
        .data(
            &format!(
                r#"{{ license(number: "XK77-001-00950") {{ number productUnit status {industry} }}
                     licenses(first: 10) {{ totalCount edges {{ node {{ coreNumber {industry} }} }} }}
                     enterprises(first: 10) {{ edges {{ node {{ licenses {{ number {industry} }} }} }} }} }}"#
            ),
            json!({}),
        )
        .await;
    assert_eq!(data["license"]["number"], "(苏)XK77-001-00950", "{data}");
    assert_eq!(data["license"]["productUnit"], "旧产品");
    assert_eq!(data["license"]["status"], "VALID");
    assert_eq!(data["license"]["industry"], unknown);
    assert_eq!(data["licenses"]["totalCount"], 1);
    assert_eq!(data["licenses"]["edges"][0]["node"]["industry"], unknown);
    assert_eq!(data["enterprises"]["edges"][0]["node"]["licenses"][0]["industry"], unknown);

    // The public lookup (公示) names the industry by its code.
    let public = server.app.public_license("XK77-001-00950").await.unwrap().unwrap();
    assert_eq!((public.industry.as_str(), public.product_unit.as_str()), ("retired-industry", "旧产品"));

    // A filter takes only codes the catalogue knows.
    let body = server
        .graphql(r#"{ licenses(filter: { industry: "retired-industry" }) { totalCount } }"#, json!({}))
        .await;
    assert_eq!(body["errors"][0]["extensions"]["code"], "UNKNOWN_INDUSTRY", "{body}");
}

on_both_databases!(
    a_status_history_is_rebuilt_from_the_archive,
    status_history_from_the_archive,
    plugins = &[]
);

const STATUS_ON: &str = r#"
query($n: String!, $before: NaiveDate!, $today: NaiveDate!) {
  license(number: $n) { before: statusOn(date: $before) today: statusOn(date: $today) }
}"#;

/// `License.statusOn` reads the status history; the migration that made the history filled it
/// from the archive's status events (a license suspended before it reads the same after it) and
/// from the licenses entered suspended (an import: suspended from the day it was entered).
async fn status_history_from_the_archive(server: &TestServer) {
    seed(server).await;
    let id = register(server, &credit_code("320102", 600), "南京导入电缆有限公司", "320102").await;
    let import = json!({ "input": {
        "enterpriseId": id, "number": "XK06-001-00601", "industry": "wire-cable",
        "productUnit": product_unit(server, "wire-cable"), "issuedOn": (today() - Duration::days(400)).to_string(),
        "import": true, "status": "SUSPENDED" }});
    server.data(ISSUE, import).await;
    let day = |n: i64| (today() - Duration::days(n)).to_string();
    let suspended = json!({ "n": "XK06-001-00103", "before": day(1), "today": day(0) });
    let imported = json!({ "n": "XK06-001-00601", "before": day(1), "today": day(0) });
    let read = || async {
        [server.data(STATUS_ON, suspended.clone()).await, server.data(STATUS_ON, imported.clone()).await]
    };
    let expected = [
        json!({ "license": { "before": "VALID", "today": "SUSPENDED" } }),
        json!({ "license": { "before": "VALID", "today": "SUSPENDED" } }),
    ];
    assert_eq!(read().await, expected);
    // Undo the history's migration and every later one, then apply them again: the backfill runs.
    let store = server.app.store();
    let applied = store.migration_status().await.unwrap();
    let position =
        applied.iter().position(|(name, _)| name.contains("create_license_status_change")).unwrap();
    let steps = applied[position..].iter().filter(|(_, done)| *done).count();
    store.migrate_down(u32::try_from(steps).unwrap()).await.unwrap();
    store.migrate_up().await.unwrap();
    assert_eq!(read().await, expected);
}
