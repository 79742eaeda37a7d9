//! Generated reports (年度报告, 半年报告, docs/adr/0030) end to end on both databases: every
//! figure of a generated report equals its drill-down (each record a `node`), records entered
//! later do not move a version, the report's workbook carries the same figures, the enterprise
//! periodic reports' figures page through one license in every quarter it owes a report, and the
//! report list and a drill-down cost the same statements for one row as for many.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use oversight_tests::{TestServer, on_both_databases};
use serde_json::{Value, json};

use crate::cast::{WIRE_CABLE, world};

const OPEN: &str = "mutation($i: OpenTestingTaskInput!) { openTestingTask(input: $i) { task { id } } }";
const GENERATE: &str =
    "mutation($i: GenerateReportInput!) { generateReport(input: $i) { id currentVersion } }";
const FIGURES: &str = r#"query($id: ID!) { node(id: $id) { ... on GeneratedReport { current {
    figures { key industry count records(first: 100) { totalCount nodes { id kind } } } } } } }"#;
const SUBMIT: &str = "mutation($i: SubmitTestResultsInput!) { submitTestResults(input: $i) { outcomes { verdict { conclusion } } } }";

/// A conforming wire-cable sample's results.
fn passing(task: &str) -> Value {
    json!({ "taskId": task, "results": [
        { "item": "conductor_resistance", "value": "7.00", "unit": "Ω/km", "conditions": [{ "name": "temperature_c", "value": "20" }] },
        { "item": "insulation_elongation", "value": "180", "unit": "%" },
        { "item": "insulation_tensile_strength", "value": "15.0", "unit": "N/mm²" },
        { "item": "insulation_tensile_variation_after_ageing", "value": "-8", "unit": "%" },
        { "item": "insulation_thickness_mean", "value": "0.85", "unit": "mm" },
        { "item": "insulation_thickness_thinnest", "value": "0.75", "unit": "mm" },
        { "item": "marking", "value": "conforming", "unit": "" },
        { "item": "voltage_test", "value": "no_breakdown", "unit": "" },
    ]})
}

const NODE: &str = "query($id: ID!) { node(id: $id) { __typename id } }";

async fn data_as(server: &TestServer, token: &str, query: &str, variables: Value) -> Value {
    let body = server.graphql_as(token, query, variables).await;
    assert!(body.get("errors").is_none(), "{body}");
    body["data"].clone()
}

/// A sample of a cast license, taken today (in the report's year whatever the date).
async fn sample(server: &TestServer, token: &str, license: &str, batch: &str) -> String {
    let input = json!({ "i": { "licenseNumber": license, "variant": "BV-2.5", "batch": batch,
        "declared": [], "declaredStandards": ["GB/T 3956", "GB/T 5023"],
        "samplingDate": server.app.today().to_string(), "testPortion": "4 卷", "backupPortion": "2 卷" } });
    data_as(server, token, OPEN, input).await["openTestingTask"]["task"]["id"].as_str().unwrap().to_owned()
}

on_both_databases!(figures_match_their_drill_downs, figures_body, plugins = super::WIRE_CABLE);

async fn figures_body(server: &TestServer) {
    let world = world(server).await;
    let year = chrono::Datelike::year(&server.app.today());
    let mut tasks = Vec::new();
    for (n, license) in [&world.licenses[0], &world.licenses[1], &world.licenses[0]].iter().enumerate() {
        tasks.push(sample(server, &world.county, license, &format!("报告批次{n}")).await);
    }
    // The first sample conforms (a pass rate to chart); the others wait for their results.
    let conforming =
        json!({ "i": { "idempotencyKey": "report-chart", "submissions": [passing(&tasks[0])] } });
    data_as(server, &world.lab, SUBMIT, conforming).await;
    tasks.sort();
    let generated =
        data_as(server, &world.provincial, GENERATE, json!({ "i": { "kind": "ANNUAL", "year": year } }))
            .await;
    let report = generated["generateReport"]["id"].as_str().unwrap().to_owned();
    // A sample entered after the generation counts only in the next version.
    sample(server, &world.county, &world.licenses[1], "报告批次后").await;

    let figures = data_as(server, &world.national_head, FIGURES, json!({ "id": report })).await;
    let figures = figures["node"]["current"]["figures"].as_array().unwrap().clone();
    let total = |key: &str| {
        figures.iter().find(|f| f["key"] == json!(key) && f["industry"].is_null()).unwrap()["count"].clone()
    };
    assert_eq!(total("TESTING_TASKS"), json!(3));
    assert_eq!(total("PATROLS"), json!(0));
    for figure in &figures {
        let records = &figure["records"];
        assert_eq!(records["totalCount"], figure["count"], "{figure}");
        assert_eq!(records["nodes"].as_array().unwrap().len() as u64, figure["count"].as_u64().unwrap());
        for node in records["nodes"].as_array().unwrap() {
            let read = data_as(server, &world.national_head, NODE, json!({ "id": node["id"] })).await;
            assert_eq!(read["node"]["id"], node["id"], "{figure}");
        }
    }
    let tasks_figure = figures
        .iter()
        .find(|f| f["key"] == json!("TESTING_TASKS") && f["industry"] == json!("wire-cable"))
        .unwrap();
    let mut counted: Vec<String> = tasks_figure["records"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap().to_owned())
        .collect();
    counted.sort();
    assert_eq!(counted, tasks);

    // The workbook of the report: the figures as counted, the pass rate of the one verdict (in
    // total and for wire cable), and a chart of the pass rates by industry.
    let request = json!({ "i": { "list": "GENERATED_REPORT", "format": "XLSX", "filter": { "generatedReport": report } } });
    let answer = data_as(
        server,
        &world.provincial,
        "mutation($i: RequestExportInput!) { requestExport(input: $i) { url fileName } }",
        request,
    )
    .await;
    let url = answer["requestExport"]["url"].as_str().unwrap();
    let response = server.client().get(server.url(url)).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let bytes = response.bytes().await.unwrap().to_vec();
    let charted = bytes.windows(20).any(|name| name == b"xl/charts/chart1.xml");
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let sheet = workbook.worksheet_range("监管工作报告").unwrap();
    let row = sheet.rows().find(|r| r[0] == Data::String("TESTING_TASKS".to_owned()) && r[2] == Data::Empty);
    assert_eq!(row.unwrap()[3], Data::Float(3.0));
    let rates: Vec<(Data, Data)> = sheet
        .rows()
        .filter(|r| r[0] == Data::String("PASS_RATE".to_owned()))
        .map(|r| (r[2].clone(), r[3].clone()))
        .collect();
    assert_eq!(rates.len(), 2, "{rates:?}");
    assert!(rates.iter().all(|(_, rate)| *rate == Data::Float(100.0)), "{rates:?}");
    assert!(charted, "the workbook has the pass-rate chart");
    // The county does not read the province's report, so it cannot export it.
    let refused = server
        .graphql_as(
            &world.county,
            "mutation($i: RequestExportInput!) { requestExport(input: $i) { url } }",
            json!({ "i": { "list": "GENERATED_REPORT", "format": "CSV", "filter": { "generatedReport": report } } }),
        )
        .await;
    assert_eq!(refused["errors"][0]["extensions"]["code"], json!("NOT_FOUND"), "{refused}");
}

on_both_databases!(report_lists_cost_constant_statements, statements_body, plugins = super::WIRE_CABLE);

const LIST: &str = r#"query($first: Int!) { generatedReports(first: $first) { totalCount nodes {
    title status authority { name } current { version figure(key: TESTING_TASKS) { count } }
    versions { version } } } }"#;
const DRILL: &str = r#"query($id: ID!, $first: Int!) { node(id: $id) { ... on GeneratedReport { current {
    figure(key: TESTING_TASKS) { records(first: $first) { totalCount nodes { id kind } } } } } } }"#;

/// The report list with each report's authority, versions and figures, and a figure's
/// drill-down, cost the same statements for one row as for five.
async fn statements_body(server: &TestServer) {
    let world = world(server).await;
    for n in 0..5 {
        sample(server, &world.county, &world.licenses[n % 2], &format!("计数批次{n}")).await;
    }
    let year = chrono::Datelike::year(&server.app.today());
    let mut report = String::new();
    for back in 0..5 {
        let input = json!({ "i": { "kind": "ANNUAL", "year": year - back } });
        let generated = data_as(server, &world.provincial, GENERATE, input).await;
        if back == 0 {
            report = generated["generateReport"]["id"].as_str().unwrap().to_owned();
        }
    }
    server.data("{ viewer { subject } }", json!({})).await;
    let mut counts = Vec::new();
    for first in [1, 5] {
        let before = server.statements.get();
        let data = server.data(LIST, json!({ "first": first })).await;
        let statements = server.statements.get() - before;
        assert_eq!(data["generatedReports"]["nodes"].as_array().unwrap().len(), first);
        assert_eq!(data["generatedReports"]["totalCount"], json!(5));
        eprintln!("generated reports: first={first} ran {statements} SQL statements");
        counts.push(statements);
    }
    // ids + reports + count + authorities + versions + figures.
    assert!(counts[0] == counts[1] && counts[1] <= 7, "statement count grows with the page: {counts:?}");
    let mut counts = Vec::new();
    for first in [1, 5] {
        let before = server.statements.get();
        let data = server.data(DRILL, json!({ "id": report, "first": first })).await;
        let statements = server.statements.get() - before;
        let records = &data["node"]["current"]["figure"]["records"];
        assert_eq!(records["nodes"].as_array().unwrap().len(), first);
        assert_eq!(records["totalCount"], json!(5));
        eprintln!("report drill-down: first={first} ran {statements} SQL statements");
        counts.push(statements);
    }
    // report + versions + figures + the page.
    assert!(counts[0] == counts[1] && counts[1] <= 5, "statement count grows with the page: {counts:?}");
}

on_both_databases!(periodic_report_figures_page_by_quarter, periodic_body, plugins = super::WIRE_CABLE);

const OWED: &str = r#"query($id: ID!, $quarter: String, $first: Int, $after: String, $last: Int, $before: String) {
    node(id: $id) { ... on GeneratedReport { current {
      figure(key: PERIODIC_REPORTS_OWED, quarter: $quarter) { count quarter
        records(first: $first, after: $after, last: $last, before: $before) {
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id kind } } }
      overdue: figure(key: PERIODIC_REPORTS_OVERDUE, quarter: $quarter) { count } } } } }"#;

/// Every license of a drill-down, one record a page, forward or backward.
async fn page_one_by_one(server: &TestServer, report: &str, forward: bool) -> Vec<String> {
    let mut ids = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let variables = if forward {
            json!({ "id": report, "first": 1, "after": cursor })
        } else {
            json!({ "id": report, "last": 1, "before": cursor })
        };
        let data = server.data(OWED, variables).await;
        let records = &data["node"]["current"]["figure"]["records"];
        for node in records["nodes"].as_array().unwrap() {
            assert_eq!(node["kind"], json!("LICENSE"));
            ids.push(node["id"].as_str().unwrap().to_owned());
        }
        let (more, next) =
            if forward { ("hasNextPage", "endCursor") } else { ("hasPreviousPage", "startCursor") };
        if records["pageInfo"][more] == json!(false) {
            return ids;
        }
        cursor = Some(records["pageInfo"][next].as_str().unwrap().to_owned());
    }
}

/// The first half of 2026 seen on 2026-07-06 (the licenses issued 100 days before, in March):
/// both quarters have ended, so each enterprise owes two reports; none was made, the first
/// quarter's due day has passed and the second's has not. The owed figure's drill-down names each
/// license once a quarter and pages through the repeats one by one, both ways.
async fn periodic_body(server: &TestServer) {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 7, 6).unwrap();
    server.app.advance_clock_days((day - server.app.today()).num_days());
    let world = world(server).await;
    let input = json!({ "i": { "kind": "SEMI_ANNUAL", "year": 2026, "half": "FIRST" } });
    let generated = data_as(server, &world.provincial, GENERATE, input).await;
    let report = generated["generateReport"]["id"].as_str().unwrap().to_owned();

    let licenses: Vec<String> = {
        let mut ids = Vec::new();
        for enterprise in &world.enterprises {
            let query = "query($id: ID!) { node(id: $id) { ... on Enterprise { licenses { id } } } }";
            let data = server.data(query, json!({ "id": enterprise })).await;
            ids.push(data["node"]["licenses"][0]["id"].as_str().unwrap().to_owned());
        }
        ids.sort_by_key(|id| crate::cast::numeric(id).parse::<i64>().unwrap());
        ids
    };
    let forward = page_one_by_one(server, &report, true).await;
    let expected = [&licenses[0], &licenses[0], &licenses[1], &licenses[1]];
    assert_eq!(forward.iter().collect::<Vec<_>>(), expected);
    let mut backward = page_one_by_one(server, &report, false).await;
    backward.reverse();
    assert_eq!(backward, forward);

    let quarter = |quarter: &str| server.data(OWED, json!({ "id": report, "quarter": quarter, "first": 10 }));
    let total = server.data(OWED, json!({ "id": report, "first": 10 })).await;
    assert_eq!(total["node"]["current"]["figure"]["count"], json!(4));
    assert_eq!(total["node"]["current"]["overdue"]["count"], json!(2));
    let first = quarter("2026Q1").await;
    assert_eq!(first["node"]["current"]["figure"]["quarter"], json!("2026Q1"));
    assert_eq!(first["node"]["current"]["figure"]["count"], json!(2));
    assert_eq!(first["node"]["current"]["overdue"]["count"], json!(2));
    let second = quarter("2026Q2").await;
    let ids: Vec<&str> = second["node"]["current"]["figure"]["records"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|node| node["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [licenses[0].as_str(), licenses[1].as_str()]);
    assert_eq!(second["node"]["current"]["overdue"]["count"], json!(0), "2026Q2 is due on 2026-07-21");
}
