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

const TESTS_TO_SAMPLE: &str = r#"query($first: Int, $after: String) {
  inbox(kinds: [TESTS_TO_SAMPLE], first: $first, after: $after) {
    counts { kind total overdue } pageInfo { hasNextPage endCursor }
    edges { node { kind dueOn overdue subjectId summary enterprise { name } subject { ... on License { number } } } } } }"#;

/// The inbox's tests to sample, read `first` at a time: (number, dueOn, overdue) in inbox order,
/// and the counts of the first page.
async fn tests_to_sample(
    server: &TestServer,
    token: &str,
    first: usize,
) -> (Vec<(String, String, bool)>, Value) {
    let (mut items, mut after, mut counts): (Vec<(String, String, bool)>, Option<String>, Value) =
        (Vec::new(), None, Value::Null);
    loop {
        let data = data_as(server, token, TESTS_TO_SAMPLE, json!({ "first": first, "after": after })).await;
        let inbox = &data["inbox"];
        if counts.is_null() {
            counts = inbox["counts"].clone();
        }
        for edge in inbox["edges"].as_array().unwrap() {
            let node = &edge["node"];
            assert_eq!(node["kind"], "TESTS_TO_SAMPLE");
            let number = node["subject"]["number"].as_str().unwrap().to_owned();
            assert_eq!(node["summary"], format!("Test to sample: {number}"));
            items.push((number, node["dueOn"].as_str().unwrap().to_owned(), node["overdue"] == true));
        }
        if inbox["pageInfo"]["hasNextPage"] != true {
            return (items, counts);
        }
        after = inbox["pageInfo"]["endCursor"].as_str().map(str::to_owned);
    }
}

/// The latest 31st at least four months back whose quarter later is a shorter month's last day
/// (31 January → 30 April): a schedule whose next day clamps to the month's end.
fn a_clamping_31st() -> NaiveDate {
    (120..600)
        .map(|n| days(-n))
        .find(|d| {
            use chrono::Datelike;
            d.day() == 31 && d.checked_add_months(Months::new(3)).unwrap().day() < 31
        })
        .unwrap()
}

on_both_databases!(
    tests_to_sample_are_the_month_ahead_of_the_due_list,
    tests_to_sample_body,
    plugins = super::WIRE_CABLE
);

/// Issue 19 item 7, docs/adr/0040 decision 8: an officer's inbox lists the licenses of its
/// jurisdiction with a test due within the next 30 days or overdue — exactly the due list over
/// that month — each dated by its next due day (months added with the month-end clamp on both
/// databases); a sample taken moves the license out; each test waits on the lowest authority
/// holding the enterprise.
async fn tests_to_sample_body(server: &TestServer) {
    let world = world(server).await;
    let county = token(&world, "county");
    // G: issued on a 31st whose A-class quarter ends on a shorter month's last day.
    let clamped = a_clamping_31st();
    let g = register(server, &credit_code("320102", 960), "G 电缆", "320102").await;
    issue_on(server, &g, "XK06-001-00960", "wire-cable", clamped).await;

    // The due list over the horizon, in the inbox's order (day, then license: numbers follow ids).
    let mut variables = vars(world.xuanwu, today(), days(30));
    variables["first"] = json!(100);
    let due = data_as(server, county, DUE, variables).await;
    let mut expected: Vec<(String, String, bool)> = rows(&due)
        .into_iter()
        .map(|(number, row)| (number, row["nextDue"].as_str().unwrap().to_owned(), row["overdue"] == true))
        .collect();
    expected.sort_by(|a, b| (&a.1, &a.0).cmp(&(&b.1, &b.0)));
    let (items, counts) = tests_to_sample(server, county, 2).await;
    assert_eq!(items, expected);
    let overdue = expected.iter().filter(|(_, _, overdue)| *overdue).count();
    assert_eq!(counts, json!([{ "kind": "TESTS_TO_SAMPLE", "total": expected.len(), "overdue": overdue }]));

    // The days themselves, from the calendar rule (not from the due list): A, B and C owe their
    // quarterly A-class items, the fertilizer its yearly floor; D sampled 10 days ago owes
    // nothing this month; G's quarter clamps to the month's end; the revoked 00906 never shows.
    let quarter = |d: NaiveDate| d.checked_add_months(Months::new(3)).unwrap().to_string();
    let year = |d: NaiveDate| d.checked_add_months(Months::new(12)).unwrap().to_string();
    let day_of = |number: &str| items.iter().find(|(n, _, _)| n == number).map(|(_, day, _)| day.clone());
    assert_eq!(day_of("XK06-001-00901"), Some(quarter(days(-100))));
    assert_eq!(day_of("XK06-001-00902"), Some(quarter(days(-500))));
    assert_eq!(day_of("XK13-001-00903"), Some(year(days(-500))));
    assert_eq!(day_of("XK06-001-00904"), Some(quarter(days(-200))));
    assert_eq!(day_of("XK06-001-00960"), Some(quarter(clamped)), "{clamped}");
    assert_eq!(day_of("XK06-001-00905"), None);
    assert_eq!(day_of("XK06-001-00906"), None);
    assert_eq!(items.len(), 5, "{items:?}");

    // A sampled today: its next test is a quarter away, out of the month.
    sample(server, county, "XK06-001-00901", today()).await;
    let (after_sample, counts) = tests_to_sample(server, county, 10).await;
    assert!(after_sample.iter().all(|(n, _, _)| n != "XK06-001-00901"), "{after_sample:?}");
    assert_eq!(after_sample.len(), 4);
    assert_eq!(counts[0]["total"], 4);

    // A test waits on the lowest authority holding the enterprise (属地): Qinhuai's holds its
    // suspended (still in force) E; Nanjing's only I, in a district with no authority of its own
    // (not Xuanwu's or Qinhuai's); Jiangsu's only H, in a city with no authority (not Nanjing's).
    let (qinhuai, _) = tests_to_sample(server, token(&world, "other county"), 3).await;
    let numbers =
        |items: &[(String, String, bool)]| items.iter().map(|(n, _, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(numbers(&qinhuai), ["XK06-001-00907"]);
    let h = register(server, &credit_code("320505", 961), "H 电缆", "320505").await;
    issue_on(server, &h, "XK06-001-00961", "wire-cable", days(-400)).await;
    let i = register(server, &credit_code("320105", 962), "I 电缆", "320105").await;
    issue_on(server, &i, "XK06-001-00962", "wire-cable", days(-400)).await;
    let (nanjing, _) = tests_to_sample(server, token(&world, "municipal"), 3).await;
    assert_eq!(numbers(&nanjing), ["XK06-001-00962"]);
    let (jiangsu, counts) = tests_to_sample(server, token(&world, "provincial"), 3).await;
    assert_eq!(jiangsu, [("XK06-001-00961".to_owned(), quarter(days(-400)), true)]);
    assert_eq!(counts, json!([{ "kind": "TESTS_TO_SAMPLE", "total": 1, "overdue": 1 }]));
    let (xuanwu, _) = tests_to_sample(server, county, 10).await;
    assert_eq!(xuanwu, after_sample, "another county's or city's license never reaches Xuanwu");
    // An institution does not open tasks: the kind is not in its inbox.
    let (lab, counts) = tests_to_sample(server, token(&world, "institution"), 3).await;
    assert!(lab.is_empty() && counts == json!([]), "{lab:?} {counts}");
}
