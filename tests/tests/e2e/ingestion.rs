//! Bulk result ingestion, on both databases: a submission writes each table with one multi-row
//! statement, so its statement count does not grow with its tasks; a submission mixing first
//! results and a retest moves each task its own way in that one `UPDATE`; replays return the
//! first outcome; the multi-row writes split where a statement would bind more parameters than
//! SQLite accepts; and the events of a submission, published together, arrive in order.

use std::collections::BTreeMap;

use chrono::Duration;
use oversight_domain::archive::{ArchiveEvent, ArchiveEventKind};
use oversight_domain::testing::judgment::MeasuredResult;
use oversight_domain::{EnterpriseId, TaskId};
use oversight_storage::{Scope, TaskScope, archive, testing::supervision};
use oversight_tests::{TestServer, on_both_databases};
use serde_json::{Value, json};

use crate::cast::{WIRE_CABLE, world};

const OPEN: &str = r#"mutation($i: OpenTestingTaskInput!) { openTestingTask(input: $i) { task { id } } }"#;

/// Only fields the outcome itself answers, so the count measures the submission, not loaders.
pub(crate) const SUBMIT: &str = r#"mutation($i: SubmitTestResultsInput!) { submitTestResults(input: $i) {
    submissionId replayed outcomes { taskId verdict { conclusion serious items { code outcome } } } } }"#;

const TASK: &str = r#"query($id: ID!) { testingTask(id: $id) { status verdictDate objectionDeadline
    verdicts { retest verdict { conclusion } } } }"#;

const OBJECT: &str =
    r#"mutation($i: ObjectToVerdictInput!) { objectToVerdict(input: $i) { task { status } } }"#;

const DECIDE: &str =
    r#"mutation($i: DecideObjectionInput!) { decideObjection(input: $i) { task { status } } }"#;

/// The numeric id inside a global ID.
fn numeric(global_id: &Value) -> i64 {
    use base64::Engine;
    let text = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(global_id.as_str().unwrap()).unwrap();
    String::from_utf8(text).unwrap().split_once(':').unwrap().1.parse().unwrap()
}

pub(crate) async fn open(server: &TestServer, token: &str, license: &str, batch: &str) -> Value {
    let today = server.app.today();
    let input = json!({ "i": { "licenseNumber": license, "variant": "BV-2.5", "batch": batch,
        "declared": [], "declaredStandards": ["GB/T 3956", "GB/T 5023"],
        "samplingDate": (today - Duration::days(10)).to_string(),
        "testPortion": "4 卷 × 100 m", "backupPortion": "2 卷 × 100 m (封存)" } });
    let body = server.graphql_as(token, OPEN, input).await;
    assert!(body.get("errors").is_none(), "{body}");
    body["data"]["openTestingTask"]["task"]["id"].clone()
}

pub(crate) fn results(resistance: &str) -> Value {
    let mut results = vec![
        json!({ "item": "conductor_resistance", "value": resistance, "unit": "Ω/km",
                "conditions": [{ "name": "temperature_c", "value": "20" }] }),
        json!({ "item": "voltage_test", "value": "no_breakdown", "unit": "" }),
    ];
    results.extend(crate::supervision::other_required_items());
    Value::Array(results)
}

pub(crate) fn submission(key: &str, tasks: &[(&Value, Value)]) -> Value {
    let submissions: Vec<Value> =
        tasks.iter().map(|(task, results)| json!({ "taskId": task, "results": results })).collect();
    json!({ "i": { "idempotencyKey": key, "submissions": submissions } })
}

pub(crate) async fn submit(server: &TestServer, token: &str, input: Value) -> Value {
    let body = server.graphql_as(token, SUBMIT, input).await;
    assert!(body.get("errors").is_none(), "{body}");
    body["data"]["submitTestResults"].clone()
}

async fn task(server: &TestServer, token: &str, id: &Value) -> Value {
    let body = server.graphql_as(token, TASK, json!({ "id": id })).await;
    assert!(body.get("errors").is_none(), "{body}");
    body["data"]["testingTask"].clone()
}

on_both_databases!(submission_statements_do_not_grow, statements_body, plugins = super::WIRE_CABLE);

async fn statements_body(server: &TestServer) {
    let world = world(server).await;
    let mut tasks = Vec::new();
    for n in 0..9 {
        tasks.push(open(server, &world.county, &world.licenses[n % 2], &format!("批次 {n}")).await);
    }
    // The institution's first request also reads what later ones find cached.
    submit(server, &world.lab, submission("warm-up", &[(&tasks[0], results("7.20"))])).await;
    let mut counts = Vec::new();
    for (key, chunk) in [("two", &tasks[1..3]), ("six", &tasks[3..])] {
        let input = submission(key, &chunk.iter().map(|t| (t, results("7.20"))).collect::<Vec<_>>());
        let before = server.statements.get();
        let outcome = submit(server, &world.lab, input).await;
        counts.push(server.statements.get() - before);
        assert_eq!(outcome["outcomes"].as_array().unwrap().len(), chunk.len(), "{outcome}");
    }
    eprintln!("submitTestResults statements for 2 and 6 tasks: {counts:?}");
    assert_eq!(counts[0], counts[1], "the statement count grows with the tasks: {counts:?}");
    // Reads (key, tasks, regions), the submission, one write per table, the audit record.
    assert!(counts[0] <= 15, "more statements than tables: {counts:?}");
}

on_both_databases!(mixed_submission_moves_each_task, mixed_body, plugins = super::WIRE_CABLE);

/// One submission carries a retest (the objection was accepted and the retest assigned to the
/// Nanjing institution) and a first test (reassigned to Nanjing by the county): the retest
/// keeps the first verdict's dates, the first test gets today's, and both verdicts are stored.
async fn mixed_body(server: &TestServer) {
    let world = world(server).await;
    let objected = open(server, &world.county, &world.licenses[0], "批次 A").await;
    let first = submit(server, &world.lab, submission("first", &[(&objected, results("7.60"))])).await;
    assert_eq!(first["outcomes"][0]["verdict"]["conclusion"], "NONCONFORMING", "{first}");
    crate::supervision::deliver(server, &world.county, &objected).await;
    let judged = task(server, &world.county, &objected).await;

    // Later, inside the window, the enterprise objects, and the county accepts the objection.
    server.app.advance_clock_days(3);
    let objection = server
        .graphql_as(
            &world.enterprise_user,
            OBJECT,
            json!({ "i": { "taskId": objected, "reason": "申请复检", "items": ["conductor_resistance"] } }),
        )
        .await;
    assert_eq!(objection["data"]["objectToVerdict"]["task"]["status"], "OBJECTED", "{objection}");
    let accepted = server
        .graphql_as(
            &world.county,
            DECIDE,
            json!({ "i": { "taskId": objected, "outcome": "ACCEPTED", "reason": "受理",
                           "retestInstitutionId": crate::cast::global("Institution", world.nanjing_lab_id) } }),
        )
        .await;
    assert_eq!(accepted["data"]["decideObjection"]["task"]["status"], "OBJECTION_ACCEPTED", "{accepted}");
    // One institution per industry and province (ADR 0009 decision 20): the fresh task goes to
    // the province's institution, and the county gives it to Nanjing (改派) for this submission.
    let fresh = open(server, &world.county, &world.licenses[1], "批次 B").await;
    let reassigned = server
        .graphql_as(
            &world.county,
            "mutation($i: ReassignTestingTaskInput!) { reassignTestingTask(input: $i) { task { id } } }",
            json!({ "i": { "taskId": fresh, "reason": "并入南京检验院的批次",
                           "institutionId": crate::cast::global("Institution", world.nanjing_lab_id) } }),
        )
        .await;
    assert!(reassigned.get("errors").is_none(), "{reassigned}");

    let retest = json!([{ "item": "conductor_resistance", "value": "7.20", "unit": "Ω/km",
                          "conditions": [{ "name": "temperature_c", "value": "20" }] }]);
    let input = submission("mixed", &[(&objected, retest), (&fresh, results("7.20"))]);
    let mixed = submit(server, &world.nanjing_lab, input.clone()).await;
    let conclusions: Vec<&Value> =
        mixed["outcomes"].as_array().unwrap().iter().map(|o| &o["verdict"]["conclusion"]).collect();
    assert_eq!(conclusions, ["NO_NONCONFORMITY_FOUND", "NO_NONCONFORMITY_FOUND"], "{mixed}");

    let retested = task(server, &world.county, &objected).await;
    assert_eq!(retested["status"], "RETESTED", "{retested}");
    assert_eq!(retested["verdicts"].as_array().unwrap().len(), 2, "both verdicts stay: {retested}");
    assert_eq!(
        (&retested["verdictDate"], &retested["objectionDeadline"]),
        (&judged["verdictDate"], &judged["objectionDeadline"]),
        "a retest keeps the first verdict's dates"
    );
    let fresh_task = task(server, &world.county, &fresh).await;
    assert_eq!(fresh_task["status"], "JUDGED", "{fresh_task}");
    assert_eq!(fresh_task["verdictDate"], server.app.today().to_string(), "{fresh_task}");
    assert!(fresh_task["objectionDeadline"].is_null(), "no window before delivery: {fresh_task}");

    // The replay answers the first outcome, verdicts and all, and writes nothing.
    let before = server.statements.get();
    let replayed = submit(server, &world.nanjing_lab, input).await;
    assert_eq!(replayed["replayed"], true, "{replayed}");
    assert_eq!(replayed["submissionId"], mixed["submissionId"]);
    assert_eq!(replayed["outcomes"], mixed["outcomes"]);
    assert!(server.statements.get() - before <= 6, "a replay reads a few rows and writes none");
}

on_both_databases!(multi_row_writes_split_at_the_parameter_limit, limit_body, plugins = super::WIRE_CABLE);

/// Past SQLite's 32,766 bound parameters a multi-row write becomes two statements, and every row
/// is stored.
async fn limit_body(server: &TestServer) {
    let world = world(server).await;
    let task_id = TaskId::new(numeric(&open(server, &world.county, &world.licenses[0], "批次 L").await));
    let store = server.app.store();
    let now = oversight_app::now();
    let enterprise_id = EnterpriseId::new(numeric(&Value::String(world.enterprises[0].clone())));

    // 6,000 archive events × 7 values: 42,000 parameters.
    let event = ArchiveEvent {
        kind: ArchiveEventKind::TestRetestVerdictRecorded,
        summary: "x".to_owned(),
        details: json!({}),
    };
    let events: Vec<archive::NewArchiveEvent<'_>> = (0..6_000)
        .map(|_| archive::NewArchiveEvent {
            enterprise_id,
            license_id: None,
            event: &event,
            occurred_at: now,
        })
        .collect();
    let kinds = [ArchiveEventKind::TestRetestVerdictRecorded];
    let tx = store.begin().await.unwrap();
    let before = server.statements.get();
    archive::append_many(&tx, &events, now).await.unwrap();
    assert_eq!(server.statements.get() - before, 2, "6,000 events take two statements");
    tx.commit().await.unwrap();
    assert_eq!(
        archive::count(store, &Scope::Everything, enterprise_id, &archive::ArchiveFilter::of_kinds(&kinds))
            .await
            .unwrap(),
        6_000
    );

    // 5,000 results × 8 values: 40,000 parameters.
    let tx = store.begin().await.unwrap();
    let new = supervision::NewSubmission {
        institution_id: world.lab_id,
        idempotency_key: "limit",
        request_digest: "digest",
        task_ids: &[],
        submitted_by: "test",
    };
    let submission_id = supervision::insert_submission(&tx, &new, now).await.unwrap();
    let measured: BTreeMap<String, MeasuredResult> = (0..5_000)
        .map(|n| {
            let result =
                MeasuredResult { value: n.to_string(), unit: "mm".to_owned(), conditions: BTreeMap::new() };
            (format!("item_{n:04}"), result)
        })
        .collect();
    let rows = [supervision::TaskResultsRow { task_id, results: &measured, retest: false }];
    let before = server.statements.get();
    supervision::insert_results(&tx, submission_id, &rows, now).await.unwrap();
    assert_eq!(server.statements.get() - before, 2, "5,000 results take two statements");
    tx.commit().await.unwrap();
    let stored = supervision::results_of_tasks(store, &TaskScope::Registry(Scope::Everything), &[task_id])
        .await
        .unwrap();
    assert_eq!(stored.len(), 5_000);
    assert_eq!((stored[0].item.as_str(), stored[4_999].item.as_str()), ("item_0000", "item_4999"));
}

on_both_databases!(events_of_a_submission_arrive_in_order, events_body);

/// A submission announces its failing verdicts with one `publish_all`: on PostgreSQL one NOTIFY
/// statement for all of them. Subscribers hear every event, in the order published.
async fn events_body(server: &TestServer) {
    use futures_util::{SinkExt, StreamExt};
    use oversight_app::events::Event;
    use tokio_tungstenite::tungstenite::Message;
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;

    let lab = server.institution("江苏省产品质量监督检验研究院", "320000").await.unwrap();
    let token = server.token(&oversight_tests::claims(
        "lims",
        &format!("institution:{}", lab.id),
        "testing_institution",
        None,
    ));
    let mut request = format!("ws://{}/graphql", server.addr).into_client_request().unwrap();
    request.headers_mut().insert("sec-websocket-protocol", "graphql-transport-ws".parse().unwrap());
    let (mut socket, _) = tokio_tungstenite::connect_async(request).await.unwrap();
    let init =
        json!({ "type": "connection_init", "payload": { "Authorization": format!("Bearer {token}") } });
    socket.send(Message::text(init.to_string())).await.unwrap();
    let subscribe = json!({ "id": "1", "type": "subscribe",
                            "payload": { "query": "subscription { taskAssigned { taskId } }" } });
    socket.send(Message::text(subscribe.to_string())).await.unwrap();
    let mut next_task = async || loop {
        let message = tokio::time::timeout(std::time::Duration::from_millis(200), socket.next()).await;
        let Ok(Some(Ok(Message::Text(text)))) = message else { return None };
        let message: Value = serde_json::from_str(&text).unwrap();
        if message["type"] == "next" {
            return Some(message["payload"]["data"]["taskAssigned"]["taskId"].clone());
        }
    };
    let event = |task_id: TaskId| Event::TaskAssigned {
        task_id,
        institution_id: lab.id,
        industry: "wire-cable".to_owned(),
        enterprise_region: "320102".to_owned(),
    };
    // The subscription starts asynchronously: publish batches of three until one is heard. Ids
    // rise across batches, so in-order delivery means each heard id follows the one before.
    let mut heard = Vec::new();
    for batch in 0..50 {
        server.app.publish_all((1..=3).map(|n| event(TaskId::new(batch * 3 + n))).collect()).await;
        if let Some(first) = next_task().await {
            heard.push(first);
            break;
        }
    }
    assert!(!heard.is_empty(), "no event arrived");
    while heard.len() < 3 {
        heard.push(next_task().await.expect("the rest of the batch"));
    }
    let ids: Vec<i64> = heard.iter().map(numeric).collect();
    assert!(ids.windows(2).all(|pair| pair[1] == pair[0] + 1), "in order and none lost: {ids:?}");
}
