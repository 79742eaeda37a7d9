//! `dueTests` through the endpoint, on both databases: which licenses in force in an authority's
//! jurisdiction have a compulsory test due in a window or overdue, from the wire-cable plugin's
//! test scopes (A-class items four times a year, the full type test once a year and covering
//! them), the yearly floor for an industry without a plugin, and the sampling dates of past
//! periodic tasks; and who may read the list (officers whose jurisdiction holds the authority's
//! region).

use chrono::{Duration, Months, NaiveDate};
use oversight_domain::AuthorityId;
use oversight_tests::{TestServer, claims, on_both_databases};
use serde_json::{Value, json};

use crate::common::{CHANGE_STATUS, ISSUE, credit_code, register};

const WIRE_CABLE: &[&str] = &["oversight_plugin_wire_cable"];

const DUE: &str = r#"query($a: ID!, $from: NaiveDate!, $to: NaiveDate!, $first: Int, $after: String) {
  dueTests(authority: $a, from: $from, to: $to, first: $first, after: $after) {
    authority { name } from to
    totals { licenses enterprises due overdue } totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { license { number status } enterprise { name } industry timesPerYear issuedOn
                   lastSampled nextDue overdue missedTests dueDates
                   scopes { scope timesPerYear increased lastSampled nextDue overdue missedTests dueDates } } } } }"#;

fn global(kind: &str, id: impl std::fmt::Display) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("{kind}:{id}"))
}

/// Today in China, as the server sees it.
fn today() -> NaiveDate {
    oversight_tests::today()
}

fn days(n: i64) -> NaiveDate {
    today() + Duration::days(n)
}

/// The schedule of a scope every `months` from `anchor` over the window `from`–`to`, as the
/// endpoint answers it: next due, overdue, missed, due dates.
fn expected(anchor: NaiveDate, months: u32, from: NaiveDate, to: NaiveDate) -> Value {
    let dates: Vec<NaiveDate> = (1..100)
        .map(|k| anchor.checked_add_months(Months::new(months * k)).unwrap())
        .take_while(|d| *d <= to)
        .collect();
    let missed = dates.iter().filter(|d| **d < from).count();
    let due: Vec<String> = dates.iter().filter(|d| **d >= from).map(ToString::to_string).collect();
    json!({ "nextDue": dates.first().copied().unwrap_or_else(|| anchor.checked_add_months(Months::new(months)).unwrap()).to_string(),
            "overdue": missed > 0, "missedTests": missed, "dueDates": due })
}

/// The `scopes` of a row without their names and frequencies, to compare with [`expected`].
fn scope(row: &Value, n: usize) -> Value {
    let s = &row["scopes"][n];
    json!({ "nextDue": s["nextDue"], "overdue": s["overdue"], "missedTests": s["missedTests"], "dueDates": s["dueDates"] })
}

async fn issue_on(server: &TestServer, enterprise: &str, number: &str, industry: &str, on: NaiveDate) {
    server
        .data(
            ISSUE,
            json!({ "input": { "enterpriseId": enterprise, "number": number, "industry": industry,
                               "productUnit": crate::common::product_unit(server, industry), "issuedOn": on.to_string() } }),
        )
        .await;
}

/// Opens a task sampling `license` on `on` (GB/T 5023 declared, the full test) and returns its
/// global id.
async fn sample(server: &TestServer, token: &str, license: &str, on: NaiveDate) -> Value {
    sample_scope(server, token, license, on, None).await
}

async fn sample_scope(
    server: &TestServer,
    token: &str,
    license: &str,
    on: NaiveDate,
    scope: Option<&str>,
) -> Value {
    let body = server
        .graphql_as(
            token,
            r#"mutation($i: OpenTestingTaskInput!) { openTestingTask(input: $i) { task { id } } }"#,
            json!({ "i": { "licenseNumber": license, "variant": "BV-2.5", "batch": "批次 A",
                           "declared": [], "declaredStandards": ["GB/T 5023"],
                           "samplingDate": on.to_string(), "testScope": scope,
                           "testPortion": "4 卷 × 100 m", "backupPortion": "2 卷 × 100 m" } }),
        )
        .await;
    assert!(body.get("errors").is_none(), "{body}");
    body["data"]["openTestingTask"]["task"]["id"].clone()
}

struct World {
    xuanwu: AuthorityId,
    nanjing: AuthorityId,
    jiangsu: AuthorityId,
    tokens: Vec<(&'static str, String)>,
}

/// Xuanwu (320102) holds enterprises A–D; Qinhuai (320104) holds E. Wire-cable has two scopes,
/// A-class items quarterly and the full type test yearly; compound-fertilizer has no plugin
/// loaded here (yearly floor).
async fn world(server: &TestServer) -> World {
    let jiangsu = server.authority("江苏省局", "320000", server.national_authority).await;
    let nanjing = server.authority("南京市局", "320100", jiangsu.id).await;
    let xuanwu = server.authority("玄武区局", "320102", nanjing.id).await;
    let qinhuai = server.authority("秦淮区局", "320104", nanjing.id).await;
    let zhejiang = server.authority("浙江省局", "330000", server.national_authority).await;
    let lab_id = server.institution("江苏省产品质量监督检验研究院", "320000").await.unwrap().id;
    let officer = |id: AuthorityId, role: &str| {
        server.token(&claims("officer", &format!("authority:{id}"), role, Some("staff")))
    };
    let provincial = officer(jiangsu.id, "provincial_officer");
    let county = officer(xuanwu.id, "county_officer");
    let body = server
        .graphql_as(
            &provincial,
            r#"mutation($i: DesignateInstitutionInput!) { designateInstitution(input: $i) { designation { id } } }"#,
            json!({ "i": { "industry": "wire-cable", "institutionId": global("Institution", lab_id),
                           "regionCode": "320000", "validFrom": days(-900).to_string(),
                           "validUntil": days(365).to_string() } }),
        )
        .await;
    assert!(body.get("errors").is_none(), "{body}");

    let mut enterprise = Vec::new();
    for (n, (name, region)) in [
        ("A 电缆", "320102"),
        ("B 电缆", "320102"),
        ("C 电缆", "320102"),
        ("D 电缆", "320102"),
        ("E 电缆", "320104"),
    ]
    .into_iter()
    .enumerate()
    {
        let n = u32::try_from(n).unwrap();
        enterprise.push(register(server, &credit_code(region, 900 + n), name, region).await);
    }
    // A: issued 100 days ago, never sampled: first test one year after issue.
    issue_on(server, &enterprise[0], "XK06-001-00901", "wire-cable", days(-100)).await;
    // B: issued 500 days ago, never sampled: overdue; also an industry without a plugin (yearly).
    issue_on(server, &enterprise[1], "XK06-001-00902", "wire-cable", days(-500)).await;
    issue_on(server, &enterprise[1], "XK13-001-00903", "compound-fertilizer", days(-500)).await;
    // C: issued 500 days ago, sampled 200 days ago: due 165 days from now.
    issue_on(server, &enterprise[2], "XK06-001-00904", "wire-cable", days(-500)).await;
    sample(server, &county, "XK06-001-00904", days(-200)).await;
    // D: sampled twice; the latest (10 days ago) counts. A second license is revoked: not listed.
    issue_on(server, &enterprise[3], "XK06-001-00905", "wire-cable", days(-700)).await;
    sample(server, &county, "XK06-001-00905", days(-600)).await;
    sample(server, &county, "XK06-001-00905", days(-10)).await;
    issue_on(server, &enterprise[3], "XK06-001-00906", "wire-cable", days(-700)).await;
    let revoke = json!({ "input": { "number": "XK06-001-00906", "status": "REVOKED", "reason": "吊销" } });
    let body = server.graphql(CHANGE_STATUS, revoke).await;
    assert!(body.get("errors").is_none(), "{body}");
    // E (Qinhuai): issued 400 days ago, then suspended: still in force for testing.
    issue_on(server, &enterprise[4], "XK06-001-00907", "wire-cable", days(-400)).await;
    let suspend =
        json!({ "input": { "number": "XK06-001-00907", "status": "SUSPENDED", "reason": "停产整顿" } });
    let body = server.graphql(CHANGE_STATUS, suspend).await;
    assert!(body.get("errors").is_none(), "{body}");

    let enterprise_id = {
        use base64::Engine;
        let text = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(&enterprise[0]).unwrap();
        String::from_utf8(text).unwrap().split_once(':').unwrap().1.to_owned()
    };
    let tokens = vec![
        ("national", server.national_token.clone()),
        ("provincial", provincial),
        ("municipal", officer(nanjing.id, "municipal_officer")),
        ("county", county),
        ("other county", officer(qinhuai.id, "county_officer")),
        ("other province", officer(zhejiang.id, "provincial_officer")),
        ("auditor", server.token(&claims("audit", &format!("authority:{}", jiangsu.id), "auditor", None))),
        (
            "reviewer",
            server.token(&claims("review", &format!("authority:{}", jiangsu.id), "review_department", None)),
        ),
        (
            "institution",
            server.token(&claims("lab", &format!("institution:{lab_id}"), "testing_institution", None)),
        ),
        (
            "enterprise",
            server.token(&claims("owner", &format!("enterprise:{enterprise_id}"), "enterprise_user", None)),
        ),
    ];
    World { xuanwu: xuanwu.id, nanjing: nanjing.id, jiangsu: jiangsu.id, tokens }
}

fn token<'a>(world: &'a World, name: &str) -> &'a str {
    &world.tokens.iter().find(|(n, _)| *n == name).unwrap().1
}

/// Like `TestServer::data`, with this token.
async fn data_as(server: &TestServer, token: &str, query: &str, variables: Value) -> Value {
    let body = server.graphql_as(token, query, variables).await;
    assert!(body.get("errors").is_none(), "unexpected errors: {body}");
    body["data"].clone()
}

fn vars(authority: AuthorityId, from: NaiveDate, to: NaiveDate) -> Value {
    json!({ "a": global("Authority", authority), "from": from.to_string(), "to": to.to_string() })
}

/// The rows of a list, by license number.
fn rows(data: &Value) -> Vec<(String, Value)> {
    data["dueTests"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["node"]["license"]["number"].as_str().unwrap().to_owned(), e["node"].clone()))
        .collect()
}

on_both_databases!(due_and_overdue, due_and_overdue_body, plugins = super::WIRE_CABLE);

async fn due_and_overdue_body(server: &TestServer) {
    let world = world(server).await;
    let county = token(&world, "county");
    let (from, to) = (today(), days(364));

    // A year from today: every license in force in Xuanwu has a test in it (at least one a year).
    let data = data_as(server, county, DUE, vars(world.xuanwu, from, to)).await;
    let list = rows(&data);
    let numbers: Vec<&str> = list.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        numbers,
        ["XK06-001-00901", "XK06-001-00902", "XK13-001-00903", "XK06-001-00904", "XK06-001-00905"]
    );
    // Overdue: the quarterly A-class items of A (issued 100 days ago), B and C; the fertilizer.
    assert_eq!(
        data["dueTests"]["totals"],
        json!({ "licenses": 5, "enterprises": 4, "due": 5, "overdue": 4 }),
        "{data}"
    );
    assert_eq!(data["dueTests"]["authority"]["name"], "玄武区局");
    let row = |number: &str| list.iter().find(|(n, _)| n == number).unwrap().1.clone();

    // A: each scope on its own, anchored on the issue date: the A-class items every 3 months
    // (quarterly testing is scheduled, not lost behind the yearly test), the full test yearly.
    let a = row("XK06-001-00901");
    assert_eq!(a["enterprise"]["name"], "A 电缆");
    let names: Vec<(&str, u64, bool)> = a["scopes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["scope"].as_str().unwrap(),
                s["timesPerYear"].as_u64().unwrap(),
                s["increased"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(names, [("a_class_items", 4, false), ("full_type_test", 1, false)]);
    assert_eq!(scope(&a, 0), expected(days(-100), 3, from, to), "{a}");
    assert_eq!(scope(&a, 1), expected(days(-100), 12, from, to), "{a}");
    assert_eq!(a["scopes"][0]["dueDates"].as_array().unwrap().len(), 4, "{a}");
    assert_eq!(a["timesPerYear"], 4);
    assert_eq!(a["lastSampled"], Value::Null);
    assert_eq!(a["nextDue"], a["scopes"][0]["nextDue"]);
    assert_eq!(a["overdue"], true);

    // B: never sampled; the fertilizer license (no plugin) has the yearly floor's one scope.
    let b = row("XK06-001-00902");
    assert_eq!(scope(&b, 1), expected(days(-500), 12, from, to));
    let fertilizer = row("XK13-001-00903");
    assert_eq!(fertilizer["industry"], "compound-fertilizer");
    assert_eq!(fertilizer["scopes"].as_array().unwrap().len(), 1);
    assert_eq!(fertilizer["scopes"][0]["scope"], "full_test");
    assert_eq!(fertilizer["timesPerYear"], 1);
    assert_eq!(scope(&fertilizer, 0), expected(days(-500), 12, from, to));
    assert_eq!((fertilizer["overdue"].clone(), fertilizer["missedTests"].clone()), (json!(true), json!(1)));

    // C: both scopes anchored on its full sample (which covers the A-class items).
    let c = row("XK06-001-00904");
    assert_eq!(c["lastSampled"], days(-200).to_string());
    assert_eq!(scope(&c, 0), expected(days(-200), 3, from, to));
    assert_eq!(scope(&c, 1), expected(days(-200), 12, from, to));

    // D: the latest of its two samples counts.
    let d = row("XK06-001-00905");
    assert_eq!(d["lastSampled"], days(-10).to_string());
    assert_eq!(scope(&d, 1), expected(days(-10), 12, from, to));
    assert_eq!(d["overdue"], false);

    // D samples the A-class items only: that scope moves, the full test does not.
    sample_scope(server, county, "XK06-001-00905", days(-5), Some("a_class_items")).await;
    let data = data_as(server, county, DUE, vars(world.xuanwu, from, to)).await;
    let d = rows(&data).into_iter().find(|(n, _)| n == "XK06-001-00905").unwrap().1;
    assert_eq!(d["scopes"][0]["lastSampled"], days(-5).to_string());
    assert_eq!(scope(&d, 0), expected(days(-5), 3, from, to));
    assert_eq!(d["scopes"][1]["lastSampled"], days(-10).to_string());
    assert_eq!(scope(&d, 1), expected(days(-10), 12, from, to));

    // A scope the plugin does not declare is refused.
    let body = server
        .graphql_as(
            county,
            r#"mutation($i: OpenTestingTaskInput!) { openTestingTask(input: $i) { task { id } } }"#,
            json!({ "i": { "licenseNumber": "XK06-001-00905", "variant": "BV-2.5", "batch": "批次 A",
                           "declaredStandards": ["GB/T 5023"], "testScope": "b_class_items",
                           "testPortion": "4 卷", "backupPortion": "2 卷" } }),
        )
        .await;
    assert_eq!(body["errors"][0]["extensions"]["code"], "UNKNOWN_TEST_SCOPE", "{body}");

    // Half a year: every wire-cable license has a quarterly test in it.
    let data = data_as(server, county, DUE, vars(world.xuanwu, today(), days(180))).await;
    let numbers: Vec<String> = rows(&data).into_iter().map(|(n, _)| n).collect();
    assert_eq!(numbers.len(), 5, "{numbers:?}");
    assert_eq!(
        data["dueTests"]["totals"],
        json!({ "licenses": 5, "enterprises": 4, "due": 5, "overdue": 4 })
    );
    // A month: D (A-class items sampled 5 days ago, full test 10 days ago) has nothing due and
    // drops out; the fertilizer is only overdue.
    let data = data_as(server, county, DUE, vars(world.xuanwu, today(), days(30))).await;
    assert!(!rows(&data).iter().any(|(n, _)| n == "XK06-001-00905"), "{data}");
    assert_eq!(data["dueTests"]["totals"]["due"], 4);
    assert_eq!(data["dueTests"]["totalCount"], 4, "the connection counts the licenses it lists");
    assert_eq!(rows(&data).len(), 4);

    // Nanjing holds Qinhuai too: E is suspended but in force, and overdue.
    let data =
        data_as(server, token(&world, "municipal"), DUE, vars(world.nanjing, today(), days(364))).await;
    let e = rows(&data).into_iter().find(|(n, _)| n == "XK06-001-00907").unwrap().1;
    assert_eq!(e["license"]["status"], "SUSPENDED");
    assert_eq!(e["overdue"], true);
    assert_eq!(
        data["dueTests"]["totals"],
        json!({ "licenses": 6, "enterprises": 5, "due": 6, "overdue": 5 })
    );

    // Keyset pages: two at a time, the same rows in the same order.
    let mut after: Option<String> = None;
    let mut paged = Vec::new();
    loop {
        let mut variables = vars(world.jiangsu, today(), days(364));
        variables["first"] = json!(2);
        variables["after"] = json!(after);
        let data = data_as(server, token(&world, "provincial"), DUE, variables).await;
        paged.extend(rows(&data).into_iter().map(|(n, _)| n));
        let info = &data["dueTests"]["pageInfo"];
        if info["hasNextPage"] != true {
            break;
        }
        after = Some(info["endCursor"].as_str().unwrap().to_owned());
    }
    assert_eq!(paged.len(), 6, "{paged:?}");
    assert!(paged.windows(2).all(|w| w[0] != w[1]));

    // A window that ends before it starts, or is longer than a year, is refused.
    for (from, to) in [(days(10), days(9)), (today(), days(366))] {
        let body = server.graphql_as(county, DUE, vars(world.xuanwu, from, to)).await;
        assert_eq!(body["errors"][0]["extensions"]["code"], "INVALID_DATE_RANGE", "{body}");
    }
}

on_both_databases!(who_reads_due_tests, who_reads_due_tests_body, plugins = super::WIRE_CABLE);

/// Role × authority inside / outside the caller's jurisdiction.
async fn who_reads_due_tests_body(server: &TestServer) {
    let world = world(server).await;
    let ok = "OK";
    let table: &[(&str, AuthorityId, &str)] = &[
        ("national", world.xuanwu, ok),
        ("provincial", world.xuanwu, ok),
        ("provincial", world.jiangsu, ok),
        ("municipal", world.xuanwu, ok),
        ("municipal", world.jiangsu, "OUT_OF_JURISDICTION"),
        ("county", world.xuanwu, ok),
        ("county", world.nanjing, "OUT_OF_JURISDICTION"),
        ("other county", world.xuanwu, "OUT_OF_JURISDICTION"),
        ("other province", world.xuanwu, "OUT_OF_JURISDICTION"),
        ("auditor", world.xuanwu, "FORBIDDEN"),
        ("reviewer", world.xuanwu, "FORBIDDEN"),
        ("institution", world.xuanwu, "FORBIDDEN"),
        ("enterprise", world.xuanwu, "FORBIDDEN"),
        ("county", AuthorityId::new(999_999), "NOT_FOUND"),
    ];
    for (role, authority, expected) in table {
        let body = server.graphql_as(token(&world, role), DUE, vars(*authority, today(), days(364))).await;
        let got = match body.get("errors") {
            None => ok.to_owned(),
            Some(errors) => errors[0]["extensions"]["code"].as_str().unwrap_or("?").to_owned(),
        };
        assert_eq!(&got, expected, "{role} on authority {authority}: {body}");
        if got == ok {
            assert!(body["data"]["dueTests"]["totals"]["licenses"].as_u64().unwrap() >= 5, "{role}: {body}");
        } else {
            assert_eq!(body["data"], Value::Null, "{role}: nothing is revealed: {body}");
        }
    }
}

on_both_databases!(
    a_not_judgeable_sample_leaves_the_license_due,
    a_not_judgeable_sample_leaves_the_license_due_body,
    plugins = super::WIRE_CABLE
);

/// A sample whose verdict is NOT_JUDGEABLE tested nothing the schedule can rest on: the license
/// stays anchored on its previous sample (issue 11 item 1, docs/adr/0015).
async fn a_not_judgeable_sample_leaves_the_license_due_body(server: &TestServer) {
    let world = world(server).await;
    let (county, lab) = (token(&world, "county"), token(&world, "institution"));
    // F: issued 700 days ago, sampled 600 and 10 days ago; the recent sample cannot be completed.
    issue_on(
        server,
        &register(server, &credit_code("320102", 950), "F 电缆", "320102").await,
        "XK06-001-00950",
        "wire-cable",
        days(-700),
    )
    .await;
    sample(server, county, "XK06-001-00950", days(-600)).await;
    let task = sample(server, county, "XK06-001-00950", days(-10)).await;
    let last_sampled = |data: &Value| {
        rows(data).into_iter().find(|(n, _)| n == "XK06-001-00950").map(|(_, row)| row["lastSampled"].clone())
    };
    let data = data_as(server, county, DUE, vars(world.xuanwu, today(), days(364))).await;
    assert_eq!(
        last_sampled(&data),
        Some(json!(days(-10).to_string())),
        "an open task counts: the sample was taken"
    );

    let item = |code: &str, value: &str, unit: &str| json!({ "item": code, "value": value, "unit": unit });
    let submit = json!({ "i": { "idempotencyKey": "due-incomplete", "submissions": [{ "taskId": task,
        "results": [
            item("insulation_thickness_mean", "0.85", "mm"), item("insulation_thickness_thinnest", "0.75", "mm"),
            item("insulation_tensile_strength", "15.0", "N/mm²"), item("insulation_elongation", "180", "%"),
            item("insulation_tensile_variation_after_ageing", "-8", "%"), item("voltage_test", "no_breakdown", "")],
        "notTested": [{ "item": "marking", "reason": "样品标志在运输中脱落" }] }] } });
    let data = data_as(
        server,
        lab,
        "mutation($i: SubmitTestResultsInput!) { submitTestResults(input: $i) { outcomes { verdict { conclusion } } } }",
        submit,
    )
    .await;
    assert_eq!(data["submitTestResults"]["outcomes"][0]["verdict"]["conclusion"], "NOT_JUDGEABLE", "{data}");

    let data = data_as(server, county, DUE, vars(world.xuanwu, today(), days(364))).await;
    assert_eq!(last_sampled(&data), Some(json!(days(-600).to_string())), "{data}");
    let row = rows(&data).into_iter().find(|(n, _)| n == "XK06-001-00950").unwrap().1;
    assert_eq!(row["overdue"], true, "{row}");
}
