//! Periodic supervision scenarios through the endpoint, on both databases: a province designates
//! its testing institution, an officer samples a product, the institution submits results and
//! the plugin's verdict is stored with its provenance; replays, strangers' submissions, bad items
//! and missing designations are refused and write nothing.

use chrono::{Duration, Utc};
use oversight_app::NewAuthority;
use oversight_tests::{TestServer, claims, on_both_databases};
use serde_json::{Value, json};

use crate::common::{census, credit_code, issue, register};

pub(crate) const WIRE_CABLE: &[&str] = &["oversight_plugin_wire_cable"];

const DESIGNATE: &str = r#"mutation($i: DesignateInstitutionInput!) { designateInstitution(input: $i) {
    designation { id industry validFrom validUntil region { code } institution { id name } } } }"#;

const OPEN: &str = r#"mutation($i: OpenTestingTaskInput!) { openTestingTask(input: $i) { task {
    id status industry variant batch samplingDate testPortion backupPortion pluginId pluginVersion
    editions { standard edition } institution { id name } declared { item value } declaredStandards } } }"#;

pub(crate) const SUBMIT: &str = r#"mutation($i: SubmitTestResultsInput!) { submitTestResults(input: $i) {
    submissionId replayed outcomes { taskId task { status }
      verdict { conclusion serious pluginId pluginVersion engineVersion variant samplingDate
                editions { standard edition } items { code outcome measured explanation } } } } }"#;

const TASK: &str = r#"query($id: ID!) { testingTask(id: $id) { id status pluginId pluginVersion
    results { item value unit conditions { name value } }
    verdict { conclusion serious pluginId pluginVersion engineVersion variant samplingDate
              editions { standard edition } items { code outcome measured explanation } }
    enterprise { name } license { number } institution { name } } }"#;

pub(crate) fn global(kind: &str, id: i64) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("{kind}:{id}"))
}

pub(crate) fn today() -> chrono::NaiveDate {
    (Utc::now() + Duration::hours(8)).date_naive()
}

/// The cast of a scenario: authorities, institutions and their tokens, two Nanjing enterprises
/// with wire-cable licenses, and the Jiangsu institution designated for wire-cable in Jiangsu.
pub(crate) struct World {
    pub(crate) provincial: String,
    pub(crate) county: String,
    pub(crate) lab: String,
    pub(crate) lab_id: i64,
    pub(crate) nanjing_lab: String,
    pub(crate) nanjing_lab_id: i64,
    pub(crate) zhejiang_lab: String,
    pub(crate) zhejiang_lab_id: i64,
    pub(crate) enterprise_user: String,
    pub(crate) enterprises: Vec<String>,
    pub(crate) licenses: Vec<String>,
}

pub(crate) async fn world(server: &TestServer) -> World {
    let app = &server.app;
    let authority = |name: &str, code: &str, parent: i64| NewAuthority {
        name: name.to_owned(),
        region_code: code.to_owned(),
        parent_id: Some(parent),
    };
    let jiangsu = app
        .create_authority(authority("江苏省市场监督管理局", "320000", server.national_authority))
        .await
        .unwrap();
    let nanjing =
        app.create_authority(authority("南京市市场监督管理局", "320100", jiangsu.id)).await.unwrap();
    let xuanwu =
        app.create_authority(authority("南京市玄武区市场监督管理局", "320102", nanjing.id)).await.unwrap();
    let lab_id = app.create_institution("江苏省产品质量监督检验研究院", "320000").await.unwrap().id;
    let nanjing_lab_id = app.create_institution("南京市产品质量监督检验院", "320100").await.unwrap().id;
    let zhejiang_lab_id = app.create_institution("浙江省产品质量安全检测研究院", "330000").await.unwrap().id;
    let officer = |sub: &str, id: i64, role: &str| {
        server.token(&claims(sub, &format!("authority:{id}"), role, Some("staff")))
    };
    let lab = |id: i64| {
        server.token(&claims("lab-system", &format!("institution:{id}"), "testing_institution", None))
    };
    let mut enterprises = Vec::new();
    let mut licenses = Vec::new();
    for n in 1..=2 {
        let id = register(server, &credit_code("320102", 700 + n), &format!("南京电缆{n}有限公司"), "320102")
            .await;
        let license = issue(server, &id, &format!("XK06-001-{:05}", 700 + n), "wire-cable").await;
        enterprises.push(id);
        licenses.push(license["number"].as_str().unwrap().to_owned());
    }
    let enterprise_numeric = {
        use base64::Engine;
        let text = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(&enterprises[0]).unwrap();
        String::from_utf8(text).unwrap().split_once(':').unwrap().1.to_owned()
    };
    let world = World {
        provincial: officer("js-officer", jiangsu.id, "provincial_officer"),
        county: officer("xw-officer", xuanwu.id, "county_officer"),
        lab: lab(lab_id),
        lab_id,
        nanjing_lab: lab(nanjing_lab_id),
        nanjing_lab_id,
        zhejiang_lab: lab(zhejiang_lab_id),
        zhejiang_lab_id,
        enterprise_user: server.token(&claims(
            "owner",
            &format!("enterprise:{enterprise_numeric}"),
            "enterprise_user",
            None,
        )),
        enterprises,
        licenses,
    };
    let designation = designate(server, &world.provincial, lab_id, "320000", -365, 365).await;
    assert!(designation.get("errors").is_none(), "{designation}");
    world
}

/// Designates `institution` for wire-cable at `region`, valid from/until these days from today.
async fn designate(
    server: &TestServer,
    token: &str,
    institution: i64,
    region: &str,
    from: i64,
    until: i64,
) -> Value {
    server
        .graphql_as(
            token,
            DESIGNATE,
            json!({ "i": { "industry": "wire-cable", "institutionId": global("Institution", institution),
                           "regionCode": region,
                           "validFrom": (today() + Duration::days(from)).to_string(),
                           "validUntil": (today() + Duration::days(until)).to_string() } }),
        )
        .await
}

fn open_input(license: &str) -> Value {
    json!({ "i": { "licenseNumber": license, "variant": "BV-2.5", "batch": "2026-10-批次 A",
                   "declared": [], "declaredStandards": ["GB/T 3956", "GB/T 5023"],
                   "samplingDate": (today() - Duration::days(10)).to_string(),
                   "testPortion": "4 卷 × 100 m", "backupPortion": "2 卷 × 100 m (封存)" } })
}

/// Opens a task as `token` and returns the task (asserting success).
pub(crate) async fn open(server: &TestServer, token: &str, license: &str) -> Value {
    let body = server.graphql_as(token, OPEN, open_input(license)).await;
    assert!(body.get("errors").is_none(), "{body}");
    body["data"]["openTestingTask"]["task"].clone()
}

pub(crate) fn resistance(value: &str, unit: &str, temperature: &str) -> Value {
    json!({ "item": "conductor_resistance", "value": value, "unit": unit,
            "conditions": [{ "name": "temperature_c", "value": temperature }] })
}

pub(crate) fn voltage() -> Value {
    json!({ "item": "voltage_test", "value": "no_breakdown", "unit": "" })
}

pub(crate) fn submit_input(key: &str, tasks: &[(&Value, Vec<Value>)]) -> Value {
    let submissions: Vec<Value> =
        tasks.iter().map(|(task, results)| json!({ "taskId": task["id"], "results": results })).collect();
    json!({ "i": { "idempotencyKey": key, "submissions": submissions } })
}

/// Everything the registry and the supervision tables hold, and the audit chain's length.
async fn full_census(server: &TestServer) -> Value {
    let tasks = server
        .data(
            r#"{ testingTasks(first: 100) { edges { node { id status updatedAt
                 results { item value unit } verdict { conclusion } } } } }"#,
            json!({}),
        )
        .await;
    let audit = server.app.verify_audit_chain().await.unwrap();
    json!({ "registry": census(server).await, "tasks": tasks, "audit": audit.records_checked })
}

on_both_databases!(
    clean_pass_and_failing_verdict,
    clean_pass_and_failing_verdict_body,
    plugins = super::WIRE_CABLE
);

async fn clean_pass_and_failing_verdict_body(server: &TestServer) {
    let world = world(server).await;
    // Sampling by the county officer whose jurisdiction holds the enterprise.
    let task = open(server, &world.county, &world.licenses[0]).await;
    assert_eq!(task["status"], "OPEN");
    assert_eq!(task["industry"], "wire-cable");
    assert_eq!(task["pluginId"], "wire-cable");
    assert_eq!(task["pluginVersion"], "0.1.0");
    assert_eq!(task["institution"]["id"], global("Institution", world.lab_id));
    assert!(task["editions"].as_array().unwrap().iter().any(|e| e["standard"] == "GB/T 3956"), "{task}");

    // The institution sees it in its queue, without the enterprise's registry records.
    let queue = server
        .graphql_as(
            &world.lab,
            "{ testingTasks(status: OPEN) { edges { node { id enterprise { name } license { number } } } } }",
            json!({}),
        )
        .await;
    let edges = queue["data"]["testingTasks"]["edges"].as_array().unwrap();
    assert_eq!(edges.len(), 1, "{queue}");
    assert_eq!(edges[0]["node"]["id"], task["id"]);
    assert!(edges[0]["node"]["enterprise"].is_null() && edges[0]["node"]["license"].is_null(), "{queue}");

    // Clean pass: 7.00 Ω/km at 20 °C is within 7.41.
    let body = server
        .graphql_as(
            &world.lab,
            SUBMIT,
            submit_input("pass-1", &[(&task, vec![resistance("7.00", "Ω/km", "20"), voltage()])]),
        )
        .await;
    assert!(body.get("errors").is_none(), "{body}");
    let payload = &body["data"]["submitTestResults"];
    assert_eq!(payload["replayed"], false);
    let outcome = &payload["outcomes"][0];
    assert_eq!(outcome["verdict"]["conclusion"], "NO_NONCONFORMITY_FOUND", "{body}");
    assert_eq!(outcome["task"]["status"], "JUDGED");

    // The officer reads the stored verdict with its results and provenance.
    let stored = server.graphql_as(&world.county, TASK, json!({ "id": task["id"] })).await;
    let stored = &stored["data"]["testingTask"];
    assert_eq!(stored["status"], "JUDGED");
    assert_eq!(stored["verdict"], outcome["verdict"], "the stored verdict is the one answered");
    assert_eq!(stored["results"].as_array().unwrap().len(), 2);
    assert_eq!(stored["enterprise"]["name"], "南京电缆1有限公司");
    assert_eq!(stored["license"]["number"], world.licenses[0].as_str());

    // Failing verdict: 7.60 Ω/km at 25 °C corrects to 7.448 > 7.41 (an A-class item).
    let failing = open(server, &world.county, &world.licenses[1]).await;
    let body = server
        .graphql_as(
            &world.lab,
            SUBMIT,
            submit_input("fail-1", &[(&failing, vec![resistance("7.60", "Ω/km", "25"), voltage()])]),
        )
        .await;
    assert!(body.get("errors").is_none(), "{body}");
    let verdict = body["data"]["submitTestResults"]["outcomes"][0]["verdict"].clone();
    assert_eq!(verdict["conclusion"], "NONCONFORMING");
    assert_eq!(verdict["serious"], true);
    let stored = server.data(TASK, json!({ "id": failing["id"] })).await["testingTask"].clone();
    assert_eq!(stored["verdict"], verdict);
    assert_eq!(stored["verdict"]["pluginId"], "wire-cable");
    assert_eq!(stored["verdict"]["pluginVersion"], "0.1.0");
    assert!(!stored["verdict"]["engineVersion"].as_str().unwrap().is_empty());
    assert_eq!(stored["verdict"]["variant"], "BV-2.5");
    let resistance_item = stored["verdict"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["code"] == "conductor_resistance")
        .unwrap();
    assert_eq!(resistance_item["outcome"], "fail");
    assert_eq!(stored["results"][0]["value"], "7.60", "measured values are kept as decimal text");

    // Archive events on the enterprise, one audit record per mutation, and the enterprise sees
    // its own tasks.
    let archive = server
        .data(
            r#"query($id: ID!) { node(id: $id) { ... on Enterprise { archive(first: 10, kinds: [TEST_TASK_OPENED, TEST_VERDICT_RECORDED]) { edges { node { kind summary } } }
                 testingTasks { status verdict { conclusion } } } } }"#,
            json!({ "id": world.enterprises[1] }),
        )
        .await;
    let kinds: Vec<&str> = archive["node"]["archive"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["TEST_VERDICT_RECORDED", "TEST_TASK_OPENED"], "{archive}");
    assert_eq!(archive["node"]["testingTasks"][0]["verdict"]["conclusion"], "NONCONFORMING");
    let trail = server
        .data(
            "query($s: ID!) { auditTrail(subject: $s, first: 10) { edges { node { operation } } } }",
            json!({ "s": world.enterprises[1] }),
        )
        .await;
    let operations: Vec<&str> = trail["auditTrail"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["operation"].as_str().unwrap())
        .collect();
    assert_eq!(operations, ["submitTestResults", "openTestingTask", "issueLicense", "registerEnterprise"]);
    let own = server
        .graphql_as(&world.enterprise_user, "{ testingTasks { edges { node { id status } } } }", json!({}))
        .await;
    let own = own["data"]["testingTasks"]["edges"].as_array().unwrap().clone();
    assert_eq!(own.len(), 1, "the enterprise sees only its own task");
    assert_eq!(own[0]["node"]["id"], task["id"]);
    let designations = server
        .graphql_as(&world.lab, r#"{ designations(industry: "wire-cable", regionCode: "320102") { industry region { code } institution { name } } }"#, json!({}))
        .await;
    assert_eq!(designations["data"]["designations"].as_array().unwrap().len(), 1, "{designations}");

    // No N+1: a page of enterprises with their tasks, and a page of tasks with their relations,
    // cost the same number of statements for one row as for two. Each page is its own request:
    // two root fields resolve concurrently, and whether their loads share a batch depends on
    // timing, which would make the count vary for reasons that have nothing to do with N+1.
    let pages = [
        r#"query($n: Int!) { enterprises(first: $n, filter: { regionPrefix: "320102" }) { edges { node {
             testingTasks { status institution { name } results { item } verdict { conclusion } } } } } }"#,
        r#"query($n: Int!) { testingTasks(first: $n) { edges { node { status enterprise { name }
             license { number } institution { name } results { item } verdict { conclusion } } } } }"#,
    ];
    for query in pages {
        let mut counts = Vec::new();
        for first in [1, 2] {
            let before = server.statements.get();
            let page = server.data(query, json!({ "n": first })).await;
            counts.push(server.statements.get() - before);
            let edges =
                page.as_object().unwrap().values().next().unwrap()["edges"].as_array().unwrap().clone();
            assert_eq!(edges.len(), first, "{page}");
            for edge in &edges {
                let node = &edge["node"];
                let verdict = if node.get("testingTasks").is_some() {
                    &node["testingTasks"][0]["verdict"]["conclusion"]
                } else {
                    &node["verdict"]["conclusion"]
                };
                assert!(verdict.is_string(), "{page}");
            }
        }
        assert_eq!(counts[0], counts[1], "statement count grows with the page: {counts:?}");
    }
}

on_both_databases!(replay_returns_the_first_outcome, replay_body, plugins = super::WIRE_CABLE);

async fn replay_body(server: &TestServer) {
    let world = world(server).await;
    let task = open(server, &world.county, &world.licenses[0]).await;
    let input =
        submit_input("batch-2026-11-26-001", &[(&task, vec![resistance("7.20", "Ω/km", "20"), voltage()])]);
    let first = server.graphql_as(&world.lab, SUBMIT, input.clone()).await;
    assert!(first.get("errors").is_none(), "{first}");
    let before = full_census(server).await;
    let again = server.graphql_as(&world.lab, SUBMIT, input.clone()).await;
    assert!(again.get("errors").is_none(), "{again}");
    let (first, again) = (&first["data"]["submitTestResults"], &again["data"]["submitTestResults"]);
    assert_eq!(again["replayed"], true);
    assert_eq!(again["submissionId"], first["submissionId"]);
    assert_eq!(again["outcomes"], first["outcomes"], "the first outcome, as answered");
    assert_eq!(full_census(server).await, before, "a replay writes nothing");

    // The same key for another submission is refused; another key meets a judged task.
    let mut reused = input.clone();
    reused["i"]["submissions"][0]["results"][0]["value"] = json!("7.30");
    let error = server.graphql_as(&world.lab, SUBMIT, reused.clone()).await;
    assert_eq!(error["errors"][0]["extensions"]["code"], "IDEMPOTENCY_KEY_REUSED", "{error}");
    reused["i"]["idempotencyKey"] = json!("batch-2026-11-26-002");
    let error = server.graphql_as(&world.lab, SUBMIT, reused).await;
    assert_eq!(error["errors"][0]["extensions"]["code"], "TASK_NOT_OPEN", "{error}");
    assert_eq!(full_census(server).await, before, "refusals write nothing");
}

on_both_databases!(strangers_are_refused, strangers_body, plugins = super::WIRE_CABLE);

async fn strangers_body(server: &TestServer) {
    let world = world(server).await;
    let task = open(server, &world.county, &world.licenses[0]).await;
    let before = full_census(server).await;
    let input = submit_input("k-1", &[(&task, vec![resistance("7.00", "Ω/km", "20"), voltage()])]);
    // An institution designated for nothing here (Zhejiang's) does not even see the task.
    let error = server.graphql_as(&world.zhejiang_lab, SUBMIT, input.clone()).await;
    assert_eq!(error["errors"][0]["extensions"]["code"], "NOT_FOUND", "{error}");
    let seen = server.graphql_as(&world.zhejiang_lab, TASK, json!({ "id": task["id"] })).await;
    assert!(seen["data"]["testingTask"].is_null(), "{seen}");
    // The officer who opened it may not submit results.
    let error = server.graphql_as(&world.county, SUBMIT, input.clone()).await;
    assert_eq!(error["errors"][0]["extensions"]["code"], "FORBIDDEN", "{error}");

    // Nanjing's own designation is more specific than the province's: Nanjing samples now go to
    // the Nanjing institution, and the provincial one cannot submit for them.
    let body = designate(server, &world.provincial, world.nanjing_lab_id, "320100", -30, 300).await;
    assert!(body.get("errors").is_none(), "{body}");
    let nanjing_task = open(server, &world.county, &world.licenses[1]).await;
    assert_eq!(nanjing_task["institution"]["id"], global("Institution", world.nanjing_lab_id));
    let before_nanjing = full_census(server).await;
    let input = submit_input("k-2", &[(&nanjing_task, vec![resistance("7.00", "Ω/km", "20"), voltage()])]);
    let error = server.graphql_as(&world.lab, SUBMIT, input.clone()).await;
    assert_eq!(error["errors"][0]["extensions"]["code"], "NOT_FOUND", "{error}");
    // Nor can one submission mix its own task with another institution's.
    let mixed = submit_input(
        "k-3",
        &[
            (&task, vec![resistance("7.00", "Ω/km", "20"), voltage()]),
            (&nanjing_task, vec![resistance("7.00", "Ω/km", "20"), voltage()]),
        ],
    );
    let error = server.graphql_as(&world.lab, SUBMIT, mixed).await;
    assert_eq!(error["errors"][0]["extensions"]["code"], "NOT_FOUND", "{error}");
    assert_eq!(full_census(server).await, before_nanjing, "refusals write nothing");
    assert_ne!(before, before_nanjing);
    let body = server.graphql_as(&world.nanjing_lab, SUBMIT, input).await;
    assert!(body.get("errors").is_none(), "the designated institution submits: {body}");
}

on_both_databases!(one_bad_item_rejects_the_whole_submission, bad_item_body, plugins = super::WIRE_CABLE);

async fn bad_item_body(server: &TestServer) {
    let world = world(server).await;
    let first = open(server, &world.county, &world.licenses[0]).await;
    let second = open(server, &world.county, &world.licenses[1]).await;
    let before = full_census(server).await;
    let input = submit_input(
        "bulk-1",
        &[
            (&first, vec![resistance("7.00", "Ω/km", "20"), voltage()]),
            (
                &second,
                vec![resistance("7.00", "mΩ/m", "20"), json!({ "item": "colour", "value": "1", "unit": "" })],
            ),
        ],
    );
    let body = server.graphql_as(&world.lab, SUBMIT, input.clone()).await;
    let error = &body["errors"][0];
    assert!(body["data"].is_null(), "{body}");
    assert_eq!(error["extensions"]["code"], "WRONG_UNIT", "{body}");
    let problems: Vec<(String, String)> = error["extensions"]["fieldErrors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["field"].as_str().unwrap().to_owned(), p["code"].as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(
        problems,
        [
            ("input.submissions[1].results[0]".to_owned(), "WRONG_UNIT".to_owned()),
            ("input.submissions[1].results[1]".to_owned(), "UNKNOWN_ITEM".to_owned()),
        ],
        "{body}"
    );
    for cases in [("NaN", "BAD_VALUE"), ("-1.0", "NEGATIVE_VALUE"), ("seven", "BAD_VALUE")] {
        let mut bad = input.clone();
        bad["i"]["submissions"][1]["results"] = json!([resistance(cases.0, "Ω/km", "20"), voltage()]);
        let body = server.graphql_as(&world.lab, SUBMIT, bad).await;
        assert_eq!(body["errors"][0]["extensions"]["code"], cases.1, "{body}");
        assert_eq!(body["errors"][0]["extensions"]["field"], "input.submissions[1].results[0]", "{body}");
    }
    assert_eq!(full_census(server).await, before, "a refused submission writes nothing");
    // Corrected, the same key is accepted (refusals store no outcome).
    let mut fixed = input;
    fixed["i"]["submissions"][1]["results"] = json!([resistance("7.00", "Ω/km", "20"), voltage()]);
    let body = server.graphql_as(&world.lab, SUBMIT, fixed).await;
    assert!(body.get("errors").is_none(), "{body}");
    assert_eq!(body["data"]["submitTestResults"]["outcomes"].as_array().unwrap().len(), 2);
}

on_both_databases!(opening_and_designation_refusals, refusals_body, plugins = super::WIRE_CABLE);

async fn refusals_body(server: &TestServer) {
    let world = world(server).await;
    // An Anhui enterprise: no institution is designated for wire-cable there.
    let anhui = register(server, &credit_code("340102", 1), "合肥电缆有限公司", "340102").await;
    let anhui_license = issue(server, &anhui, "XK06-001-00901", "wire-cable").await;
    let fertilizer = register(server, &credit_code("320102", 2), "南京复合肥有限公司", "320102").await;
    let fertilizer_license = issue(server, &fertilizer, "XK13-001-00902", "compound-fertilizer").await;
    let before = full_census(server).await;
    let code_of =
        |body: &Value| body["errors"][0]["extensions"]["code"].as_str().unwrap_or("none").to_owned();

    let body = server.graphql(OPEN, open_input(anhui_license["number"].as_str().unwrap())).await;
    assert_eq!(code_of(&body), "NO_DESIGNATED_INSTITUTION", "{body}");
    let mut unknown_variant = open_input(&world.licenses[0]);
    unknown_variant["i"]["variant"] = json!("XX-99");
    let body = server.graphql_as(&world.county, OPEN, unknown_variant).await;
    assert_eq!(code_of(&body), "UNKNOWN_VARIANT", "{body}");
    let body = server
        .graphql_as(&world.county, OPEN, open_input(fertilizer_license["number"].as_str().unwrap()))
        .await;
    assert_eq!(code_of(&body), "UNKNOWN_INDUSTRY", "no plugin serves compound fertilizer here: {body}");
    let mut future = open_input(&world.licenses[0]);
    future["i"]["samplingDate"] = json!((today() + Duration::days(3)).to_string());
    let body = server.graphql_as(&world.county, OPEN, future).await;
    assert_eq!(code_of(&body), "INVALID_DATE_RANGE", "{body}");
    let mut declared = open_input(&world.licenses[0]);
    declared["i"]["declared"] =
        json!([{ "item": "colour", "value": "1" }, { "item": "conductor_resistance", "value": "abc" }]);
    let body = server.graphql_as(&world.county, OPEN, declared).await;
    assert_eq!(code_of(&body), "UNKNOWN_ITEM", "{body}");
    assert_eq!(body["errors"][0]["extensions"]["fieldErrors"].as_array().unwrap().len(), 2, "{body}");
    // Outside the officer's jurisdiction the license does not exist.
    let body =
        server.graphql_as(&world.county, OPEN, open_input(anhui_license["number"].as_str().unwrap())).await;
    assert_eq!(code_of(&body), "NOT_FOUND", "{body}");

    // Designations: overlapping periods, a foreign institution, an inverted period, the nation.
    let body = designate(server, &world.provincial, world.lab_id, "320000", 100, 500).await;
    assert_eq!(code_of(&body), "OVERLAPPING_DESIGNATION", "{body}");
    let body = designate(server, &server.national_token, world.zhejiang_lab_id, "320000", 400, 500).await;
    assert_eq!(code_of(&body), "INSTITUTION_OUTSIDE_PROVINCE", "{body}");
    let body = designate(server, &world.provincial, world.zhejiang_lab_id, "320000", 400, 500).await;
    assert_eq!(code_of(&body), "NOT_FOUND", "an institution outside the jurisdiction is unknown: {body}");
    let body = designate(server, &world.provincial, world.lab_id, "320000", 500, 400).await;
    assert_eq!(code_of(&body), "INVALID_DATE_RANGE", "{body}");
    let body = designate(server, &server.national_token, world.lab_id, "000000", 400, 500).await;
    assert_eq!(code_of(&body), "INVALID_REGION_CODE", "{body}");
    assert_eq!(full_census(server).await, before, "refusals write nothing");
    let listed = server.data(r#"{ designations(industry: "wire-cable") { id } }"#, json!({})).await;
    assert_eq!(listed["designations"].as_array().unwrap().len(), 1, "{listed}");
    // A period right after the first is no overlap.
    let body = designate(server, &world.provincial, world.lab_id, "320000", 366, 700).await;
    assert!(body.get("errors").is_none(), "{body}");
}
