//! Periodic supervision through the endpoint, on both databases, where a scenario file cannot
//! say it: task pages cost no N+1 statements, and opening a task or designating an institution
//! is refused with the right code and writes nothing. The stories themselves (clean pass,
//! replay, strangers, bad items …) are scenario files in `tests/scenarios/`; the cast they and
//! these tests share is `crate::cast`.

use chrono::Duration;
use oversight_tests::{TestServer, on_both_databases};
use serde_json::{Value, json};

// The cast moved to `crate::cast`; other test modules still import it from here.
#[allow(unused_imports)]
pub(crate) use crate::cast::{WIRE_CABLE, World, designate, global, world};
use crate::common::{credit_code, full_census, issue, register};

const OPEN: &str = r#"mutation($i: OpenTestingTaskInput!) { openTestingTask(input: $i) { task {
    id status industry variant batch samplingDate testPortion backupPortion pluginId pluginVersion
    editions { standard edition } institution { id name } declared { item value } declaredStandards } } }"#;

pub(crate) const SUBMIT: &str = r#"mutation($i: SubmitTestResultsInput!) { submitTestResults(input: $i) {
    submissionId replayed outcomes { taskId task { status }
      verdict { conclusion serious pluginId pluginVersion engineVersion variant samplingDate
                editions { standard edition } items { code outcome measured explanation } } } } }"#;

/// Today in China, on the real calendar (these tests never move the app's clock).
fn today() -> chrono::NaiveDate {
    oversight_tests::today()
}

fn open_input(license: &str) -> Value {
    json!({ "i": { "licenseNumber": license, "variant": "BV-2.5", "batch": "2026-10-批次 A",
                   "declared": [], "declaredStandards": ["GB/T 3956", "GB/T 5023"],
                   "samplingDate": (today() - Duration::days(10)).to_string(),
                   "testPortion": "4 卷 × 100 m", "backupPortion": "2 卷 × 100 m (封存)" } })
}

/// Opens a task as `token` and returns the task (asserting success).
/// Delivers a task's verdict in person today (送达): its objection window runs from today.
pub(crate) const DELIVER: &str = r#"mutation($i: DeliverVerdictInput!) { deliverVerdict(input: $i) {
    task { id objectionDeadline delivery { method deliveredOn } } } }"#;

/// Delivers `task`'s verdict as `token` (an officer), in person today, asserting no error.
pub(crate) async fn deliver(server: &TestServer, token: &str, task: &Value) -> Value {
    let body =
        server.graphql_as(token, DELIVER, json!({ "i": { "taskId": task, "method": "IN_PERSON" } })).await;
    assert!(body.get("errors").is_none(), "{body}");
    body["data"]["deliverVerdict"]["task"].clone()
}

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

/// The six other items a BV 2.5 mm² sample with GB/T 3956 and GB/T 5023 declared must report
/// (§二(四): every required item), each passing; the ageing variation is negative, as it may be.
pub(crate) fn other_required_items() -> Vec<Value> {
    let item = |code: &str, value: &str, unit: &str| json!({ "item": code, "value": value, "unit": unit });
    vec![
        item("insulation_elongation", "180", "%"),
        item("insulation_tensile_strength", "15.0", "N/mm²"),
        item("insulation_tensile_variation_after_ageing", "-8", "%"),
        item("insulation_thickness_mean", "0.85", "mm"),
        item("insulation_thickness_thinnest", "0.75", "mm"),
        item("marking", "conforming", ""),
    ]
}

/// `results` completed with the other required items of the sample, passing.
pub(crate) fn sample(mut results: Vec<Value>) -> Vec<Value> {
    results.extend(other_required_items());
    results
}

pub(crate) fn submit_input(key: &str, tasks: &[(&Value, Vec<Value>)]) -> Value {
    let submissions: Vec<Value> =
        tasks.iter().map(|(task, results)| json!({ "taskId": task["id"], "results": results })).collect();
    json!({ "i": { "idempotencyKey": key, "submissions": submissions } })
}

on_both_databases!(task_pages_cost_no_n_plus_one, task_pages_body, plugins = super::WIRE_CABLE);

/// A page of enterprises with their tasks, and a page of tasks with their relations, cost the
/// same number of statements for one row as for two.
async fn task_pages_body(server: &TestServer) {
    let world = world(server).await;
    for (n, license) in world.licenses.iter().enumerate() {
        let task = open(server, &world.county, license).await;
        let input = submit_input(
            &format!("page-{n}"),
            &[(&task, sample(vec![resistance("7.00", "Ω/km", "20"), voltage()]))],
        );
        let body = server.graphql_as(&world.lab, SUBMIT, input).await;
        assert!(body.get("errors").is_none(), "{body}");
    }
    // Each page is its own request: two root fields resolve concurrently, and whether their
    // loads share a batch depends on timing, which would make the count vary for reasons that
    // have nothing to do with N+1.
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
    let listed = server.data(r#"{ designations(industry: "wire-cable") { nodes { id } } }"#, json!({})).await;
    assert_eq!(listed["designations"]["nodes"].as_array().unwrap().len(), 1, "{listed}");
    // A period right after the first is no overlap.
    let body = designate(server, &world.provincial, world.lab_id, "320000", 366, 700).await;
    assert!(body.get("errors").is_none(), "{body}");
}

/// The wire-cable plugin and the brake-fluid plugin, whose GB 12981-2012 knows no grade HZY7.
const WITH_BRAKE_FLUID: &[&str] = &["oversight_plugin_wire_cable", "oversight_plugin_brake_fluid"];

on_both_databases!(
    a_variant_no_edition_covers_is_not_sampled,
    variant_not_covered_body,
    plugins = super::WITH_BRAKE_FLUID
);

/// Brake fluid HZY7 sampled while GB 12981-2012 is in force: no requirement covers the grade, so
/// nothing could be judged and no task is opened (issue 11 item 1); the preview of such a sample
/// is NOT_JUDGEABLE, every item explained.
async fn variant_not_covered_body(server: &TestServer) {
    let world = world(server).await;
    let designated = server
        .graphql_as(
            &world.provincial,
            r#"mutation($i: DesignateInstitutionInput!) { designateInstitution(input: $i) { designation { id } } }"#,
            json!({ "i": { "industry": "brake-fluid", "institutionId": global("Institution", world.lab_id),
                           "regionCode": "320000", "validFrom": (today() - Duration::days(900)).to_string(),
                           "validUntil": (today() + Duration::days(365)).to_string() } }),
        )
        .await;
    assert!(designated.get("errors").is_none(), "{designated}");
    let enterprise = register(server, &credit_code("320102", 960), "南京制动液有限公司", "320102").await;
    let issued = server
        .data(
            crate::common::ISSUE,
            json!({ "input": { "enterpriseId": enterprise, "number": "XK13-005-00960", "industry": "brake-fluid",
                               "productUnit": "机动车辆制动液", "issuedOn": (today() - Duration::days(800)).to_string() } }),
        )
        .await;
    assert_eq!(issued["issueLicense"]["license"]["number"], "XK13-005-00960", "{issued}");
    // Sampled on a date of GB 12981-2012 (in force until 2027-01-01).
    let open = |variant: &str| {
        json!({ "i": { "licenseNumber": "XK13-005-00960", "variant": variant, "batch": "DOT 5.1 批次",
                       "samplingDate": "2026-05-20", "testPortion": "2 × 500 mL", "backupPortion": "2 × 500 mL" } })
    };
    let before = full_census(server).await;
    let body = server.graphql_as(&world.county, OPEN, open("HZY7")).await;
    assert_eq!(body["errors"][0]["extensions"]["code"], "VARIANT_NOT_COVERED", "{body}");
    assert_eq!(body["errors"][0]["extensions"]["field"], "input.variant", "{body}");
    assert_eq!(full_census(server).await, before, "a refused sample writes nothing");
    let body = server.graphql_as(&world.county, OPEN, open("HZY4")).await;
    assert_eq!(body["data"]["openTestingTask"]["task"]["status"], "OPEN", "{body}");

    let preview = server
        .data(
            r#"query($i: JudgePreviewInput!) { judgePreview(input: $i) {
                 conclusion conclusionZh nPass nNotJudged missingItems items { code outcome explanation } } }"#,
            json!({ "i": { "industry": "brake-fluid", "variant": "HZY7", "samplingDate": "2026-05-20",
                           "results": [{ "item": "erbp", "value": "270", "unit": "°C" },
                                       { "item": "ph", "value": "8.0", "unit": "" }] } }),
        )
        .await;
    let verdict = &preview["judgePreview"];
    assert_eq!(verdict["conclusion"], "NOT_JUDGEABLE", "{verdict}");
    assert_eq!(verdict["conclusionZh"], "无法判定");
    assert_eq!((verdict["nPass"].clone(), verdict["nNotJudged"].clone()), (json!(0), json!(2)));
    assert_eq!(verdict["missingItems"], json!([]), "nothing is required of HZY7: {verdict}");
    for item in verdict["items"].as_array().unwrap() {
        assert_eq!(item["outcome"], "NOT_JUDGED", "{item}");
        assert_eq!(
            item["explanation"], "GB 12981 GB 12981-2012 sets no requirement for variant HZY7",
            "{item}"
        );
    }
}
