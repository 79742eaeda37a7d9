//! The steps after a verdict, through the endpoint on both databases: objection and retest,
//! rectification with its extension, re-check, revocation proposal and the national authority's
//! decision. Deadlines are reached by moving the app's supervision calendar
//! (`App::advance_clock_days`), never by sleeping.

use oversight_tests::{TestServer, claims, on_both_databases};
use serde_json::{Value, json};

use crate::supervision::{SUBMIT, World, global, open, resistance, submit_input, voltage, world};

const WIRE_CABLE: &[&str] = &["oversight_plugin_wire_cable"];

const TASK: &str = r#"query($id: ID!) { testingTask(id: $id) { id status verdictDate objectionDeadline
    objection { reason } verdict { conclusion }
    verdicts { retest verdict { conclusion } } results { item value retest }
    rectification { id status deadline } recheckOf { id } } }"#;

const OBJECT: &str = r#"mutation($i: ObjectToVerdictInput!) { objectToVerdict(input: $i) {
    task { id status objection { reason } } } }"#;

const RECTIFY: &str = r#"mutation($i: OpenRectificationInput!) { openRectification(input: $i) {
    rectification { id status openedOn deadline overdue task { id } } } }"#;

const EXTEND: &str = r#"mutation($i: RequestRectificationExtensionInput!) { requestRectificationExtension(input: $i) {
    rectification { id status deadline extendedDays extensionReason } } }"#;

const RECHECK: &str = r#"mutation($i: OpenRecheckTaskInput!) { openRecheckTask(input: $i) {
    task { id status recheckOf { id status } institution { id } } } }"#;

const DECIDE: &str = r#"mutation($i: DecideRevocationProposalInput!) { decideRevocationProposal(input: $i) {
    proposal { id status decisionReason license { number status } } } }"#;

const RECTIFICATION: &str = r#"query($id: ID!) { rectification(id: $id) { id status deadline overdue
    task { id } recheckTask { id status } } }"#;

/// The code of the one error of a body.
fn code(body: &Value) -> &str {
    body["errors"][0]["extensions"]["code"].as_str().unwrap_or_else(|| panic!("no error: {body}"))
}

fn ok<'a>(body: &'a Value, field: &str) -> &'a Value {
    assert!(body.get("errors").is_none(), "{body}");
    &body["data"][field]
}

/// Opens a task of the first enterprise's license and has it judged failing (7.60 Ω/km at 25 °C).
async fn failing_task(server: &TestServer, world: &World, key: &str) -> Value {
    let task = open(server, &world.county, &world.licenses[0]).await;
    let body = server
        .graphql_as(
            &world.lab,
            SUBMIT,
            submit_input(key, &[(&task, vec![resistance("7.60", "Ω/km", "25"), voltage()])]),
        )
        .await;
    assert_eq!(ok(&body, "submitTestResults")["outcomes"][0]["verdict"]["conclusion"], "NONCONFORMING");
    task
}

fn recheck_input(rectification: &Value, sampling_date: chrono::NaiveDate) -> Value {
    json!({ "i": { "rectificationId": rectification["id"], "variant": "BV-2.5", "batch": "复查批次",
                   "declaredStandards": ["GB/T 3956", "GB/T 5023"],
                   "samplingDate": sampling_date.to_string(),
                   "testPortion": "4 卷 × 100 m", "backupPortion": "2 卷 × 100 m (封存)" } })
}

async fn archive_kinds(server: &TestServer, enterprise: &str) -> Vec<String> {
    let body = server
        .data(
            r#"query($id: ID!) { node(id: $id) { ... on Enterprise { archive(first: 50) { edges { node { kind } } } } } }"#,
            json!({ "id": enterprise }),
        )
        .await;
    body["node"]["archive"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["kind"].as_str().unwrap().to_owned())
        .collect()
}

async fn operations(server: &TestServer, enterprise: &str) -> Vec<String> {
    let trail = server
        .data(
            "query($s: ID!) { auditTrail(subject: $s, first: 50) { edges { node { operation } } } }",
            json!({ "s": enterprise }),
        )
        .await;
    trail["auditTrail"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["operation"].as_str().unwrap().to_owned())
        .collect()
}

/// Orders a rectification for a failing task once its objection window closed.
async fn rectification_after_window(server: &TestServer, world: &World, task: &Value) -> Value {
    let early = server.graphql_as(&world.county, RECTIFY, json!({ "i": { "taskId": task["id"] } })).await;
    assert_eq!(code(&early), "VERDICT_NOT_FINAL", "{early}");
    server.app.advance_clock_days(16);
    let body = server.graphql_as(&world.county, RECTIFY, json!({ "i": { "taskId": task["id"] } })).await;
    let rectification = ok(&body, "openRectification")["rectification"].clone();
    assert_eq!(rectification["status"], "RECTIFYING");
    assert_eq!(rectification["openedOn"], server.app.today().to_string());
    assert_eq!(rectification["deadline"], (server.app.today() + chrono::Duration::days(30)).to_string());
    assert_eq!(rectification["overdue"], false);
    let again = server.graphql_as(&world.county, RECTIFY, json!({ "i": { "taskId": task["id"] } })).await;
    assert_eq!(code(&again), "RECTIFICATION_EXISTS");
    rectification
}

/// Past the deadline, opens the re-check (refused before) and submits its results.
async fn recheck(
    server: &TestServer,
    world: &World,
    rectification: &Value,
    days: i64,
    results: Vec<Value>,
) -> Value {
    let early =
        server.graphql_as(&world.county, RECHECK, recheck_input(rectification, server.app.today())).await;
    assert_eq!(code(&early), "RECHECK_NOT_DUE", "{early}");
    server.app.advance_clock_days(days);
    // The officer's queue: overdue rectifications.
    let queue = server
        .graphql_as(
            &world.county,
            "{ rectifications(overdue: true) { edges { node { id overdue } } } }",
            json!({}),
        )
        .await;
    let edges = ok(&queue, "rectifications")["edges"].as_array().unwrap().clone();
    assert_eq!(edges.len(), 1, "{queue}");
    assert_eq!(edges[0]["node"]["id"], rectification["id"]);
    assert_eq!(edges[0]["node"]["overdue"], true);
    let body =
        server.graphql_as(&world.county, RECHECK, recheck_input(rectification, server.app.today())).await;
    let task = ok(&body, "openRecheckTask")["task"].clone();
    assert_eq!(task["status"], "OPEN");
    assert_eq!(task["recheckOf"]["id"], rectification["id"]);
    assert_eq!(task["recheckOf"]["status"], "RECHECKING");
    assert_eq!(task["institution"]["id"], global("Institution", world.lab_id));
    let twice =
        server.graphql_as(&world.county, RECHECK, recheck_input(rectification, server.app.today())).await;
    assert_eq!(code(&twice), "ILLEGAL_RECTIFICATION_TRANSITION");
    let body = server.graphql_as(&world.lab, SUBMIT, submit_input("recheck", &[(&task, results)])).await;
    ok(&body, "submitTestResults");
    // A re-check verdict is final at once: no objection.
    let object = server
        .graphql_as(
            &world.enterprise_user,
            OBJECT,
            json!({ "i": { "taskId": task["id"], "reason": "不服" } }),
        )
        .await;
    assert!(matches!(code(&object), "VERDICT_NOT_OBJECTABLE"), "{object}");
    task
}

on_both_databases!(fail_rectify_recheck_pass, fail_rectify_recheck_pass_body, plugins = super::WIRE_CABLE);

async fn fail_rectify_recheck_pass_body(server: &TestServer) {
    let world = world(server).await;
    let task = failing_task(server, &world, "first").await;
    // The enterprise is told through its task: the verdict and the objection deadline.
    let seen = server.graphql_as(&world.enterprise_user, TASK, json!({ "id": task["id"] })).await;
    let seen = ok(&seen, "testingTask");
    assert_eq!(seen["verdict"]["conclusion"], "NONCONFORMING");
    assert_eq!(seen["verdictDate"], server.app.today().to_string());
    assert_eq!(seen["objectionDeadline"], (server.app.today() + chrono::Duration::days(15)).to_string());
    let rectification = rectification_after_window(server, &world, &task).await;
    // An extension in time (the enterprise asks), then no second one.
    let body = server
        .graphql_as(
            &world.enterprise_user,
            EXTEND,
            json!({ "i": { "rectificationId": rectification["id"], "days": 10, "reason": "设备更换需时" } }),
        )
        .await;
    let extended = ok(&body, "requestRectificationExtension")["rectification"].clone();
    assert_eq!(extended["status"], "EXTENDED");
    assert_eq!(extended["extendedDays"], 10);
    assert_eq!(extended["deadline"], (server.app.today() + chrono::Duration::days(40)).to_string());
    let second = server
        .graphql_as(
            &world.enterprise_user,
            EXTEND,
            json!({ "i": { "rectificationId": rectification["id"], "days": 5, "reason": "再延期" } }),
        )
        .await;
    assert_eq!(code(&second), "EXTENSION_ALREADY_GRANTED");
    let recheck_task =
        recheck(server, &world, &rectification, 41, vec![resistance("7.00", "Ω/km", "20"), voltage()]).await;
    let closed = server.graphql_as(&world.county, RECTIFICATION, json!({ "id": rectification["id"] })).await;
    let closed = ok(&closed, "rectification");
    assert_eq!(closed["status"], "CLOSED");
    assert_eq!(closed["overdue"], false);
    assert_eq!(closed["recheckTask"]["id"], recheck_task["id"]);
    assert_eq!(closed["recheckTask"]["status"], "JUDGED");
    let kinds = archive_kinds(server, &world.enterprises[0]).await;
    for kind in ["RECTIFICATION_OPENED", "RECTIFICATION_EXTENDED", "RECTIFICATION_CLOSED"] {
        assert!(kinds.iter().any(|k| k == kind), "{kind} in {kinds:?}");
    }
    let ops = operations(server, &world.enterprises[0]).await;
    for op in ["openRectification", "requestRectificationExtension", "openRecheckTask"] {
        assert_eq!(ops.iter().filter(|o| *o == op).count(), 1, "one {op} record in {ops:?}");
    }
    assert!(server.app.verify_audit_chain().await.unwrap().first_break.is_none());
}

on_both_databases!(
    fail_recheck_fail_proposal_revoke,
    fail_recheck_fail_proposal_revoke_body,
    plugins = super::WIRE_CABLE
);

async fn fail_recheck_fail_proposal_revoke_body(server: &TestServer) {
    let world = world(server).await;
    let task = failing_task(server, &world, "first").await;
    let rectification = rectification_after_window(server, &world, &task).await;
    // Asked 26 days into 30: later than 5 days before the deadline.
    server.app.advance_clock_days(26);
    let late = server
        .graphql_as(
            &world.enterprise_user,
            EXTEND,
            json!({ "i": { "rectificationId": rectification["id"], "days": 10, "reason": "来不及" } }),
        )
        .await;
    assert_eq!(code(&late), "EXTENSION_TOO_LATE", "{late}");
    let long = server
        .graphql_as(
            &world.enterprise_user,
            EXTEND,
            json!({ "i": { "rectificationId": rectification["id"], "days": 31, "reason": "太长" } }),
        )
        .await;
    assert_eq!(code(&long), "EXTENSION_TOO_LONG", "{long}");
    recheck(server, &world, &rectification, 5, vec![resistance("7.60", "Ω/km", "25"), voltage()]).await;
    let referred =
        server.graphql_as(&world.county, RECTIFICATION, json!({ "id": rectification["id"] })).await;
    assert_eq!(ok(&referred, "rectification")["status"], "REFERRED");

    // The national authority's queue holds the proposal.
    let queue = server
        .data("{ revocationProposals(status: PENDING) { edges { node { id status grounds license { number } } } } }", json!({}))
        .await;
    let edges = queue["revocationProposals"]["edges"].as_array().unwrap().clone();
    assert_eq!(edges.len(), 1, "{queue}");
    let proposal = edges[0]["node"].clone();
    assert_eq!(proposal["license"]["number"], world.licenses[0].as_str());
    // The province sees it; the staff of the nation may not decide it.
    let provincial = server
        .graphql_as(&world.provincial, "{ revocationProposals { edges { node { id } } } }", json!({}))
        .await;
    assert_eq!(ok(&provincial, "revocationProposals")["edges"].as_array().unwrap().len(), 1);
    let staff = server.token(&claims(
        "staff",
        &format!("authority:{}", server.national_authority),
        "national_officer",
        Some("staff"),
    ));
    let decide = |decision: &str| json!({ "i": { "proposalId": proposal["id"], "decision": decision, "reason": "复查仍不合格，吊销" } });
    let forbidden = server.graphql_as(&staff, DECIDE, decide("REVOKE")).await;
    assert_eq!(code(&forbidden), "FORBIDDEN");
    let provincial_decision = server.graphql_as(&world.provincial, DECIDE, decide("REVOKE")).await;
    assert_eq!(code(&provincial_decision), "FORBIDDEN");
    let decided = server.data(DECIDE, decide("REVOKE")).await;
    let decided = &decided["decideRevocationProposal"]["proposal"];
    assert_eq!(decided["status"], "REVOKED");
    assert_eq!(decided["license"]["status"], "REVOKED");
    let again = server.graphql(DECIDE, decide("REJECT")).await;
    assert_eq!(code(&again), "PROPOSAL_ALREADY_DECIDED");
    // The enterprise and the province see the revoked license and its copy entry.
    for token in [&world.enterprise_user, &world.provincial] {
        let body = server
            .graphql_as(
                token,
                "query($n: String!) { license(number: $n) { status } }",
                json!({ "n": world.licenses[0] }),
            )
            .await;
        assert_eq!(ok(&body, "license")["status"], "REVOKED", "{body}");
    }
    let kinds = archive_kinds(server, &world.enterprises[0]).await;
    for kind in ["REVOCATION_PROPOSED", "REVOCATION_PROPOSAL_DECIDED", "LICENSE_STATUS_CHANGED"] {
        assert!(kinds.iter().any(|k| k == kind), "{kind} in {kinds:?}");
    }
    let ops = operations(server, &world.enterprises[0]).await;
    assert_eq!(ops[0], "decideRevocationProposal", "{ops:?}");
    assert_eq!(ops.iter().filter(|o| *o == "decideRevocationProposal").count(), 1);
    assert!(server.app.verify_audit_chain().await.unwrap().first_break.is_none());
}

on_both_databases!(objection_retest_overturns, objection_retest_overturns_body, plugins = super::WIRE_CABLE);

async fn objection_retest_overturns_body(server: &TestServer) {
    let world = world(server).await;
    let task = failing_task(server, &world, "first").await;
    // Only the enterprise objects.
    let by_officer = server
        .graphql_as(&world.county, OBJECT, json!({ "i": { "taskId": task["id"], "reason": "x" } }))
        .await;
    assert_eq!(code(&by_officer), "FORBIDDEN");
    server.app.advance_clock_days(15);
    let body = server
        .graphql_as(
            &world.enterprise_user,
            OBJECT,
            json!({ "i": { "taskId": task["id"], "reason": "样品保存不当，申请复检" } }),
        )
        .await;
    let objected = &ok(&body, "objectToVerdict")["task"];
    assert_eq!(objected["status"], "OBJECTED");
    assert_eq!(objected["objection"]["reason"], "样品保存不当，申请复检");
    let twice = server
        .graphql_as(
            &world.enterprise_user,
            OBJECT,
            json!({ "i": { "taskId": task["id"], "reason": "再次" } }),
        )
        .await;
    assert_eq!(code(&twice), "VERDICT_NOT_OBJECTABLE");
    // While the retest is awaited the verdict is not final.
    let early = server.graphql_as(&world.county, RECTIFY, json!({ "i": { "taskId": task["id"] } })).await;
    assert_eq!(code(&early), "VERDICT_NOT_FINAL");
    // The voltage test is not retestable: the whole retest is refused, naming the item.
    let refused = server
        .graphql_as(
            &world.lab,
            SUBMIT,
            submit_input("retest-1", &[(&task, vec![resistance("7.00", "Ω/km", "20"), voltage()])]),
        )
        .await;
    assert_eq!(code(&refused), "ITEM_NOT_RETESTABLE", "{refused}");
    assert_eq!(refused["errors"][0]["extensions"]["field"], "input.submissions[0].results[1]", "{refused}");
    let body = server
        .graphql_as(
            &world.lab,
            SUBMIT,
            submit_input("retest-2", &[(&task, vec![resistance("7.00", "Ω/km", "20")])]),
        )
        .await;
    let outcome = &ok(&body, "submitTestResults")["outcomes"][0];
    assert_eq!(outcome["verdict"]["conclusion"], "NO_NONCONFORMITY_FOUND", "{body}");
    assert_eq!(outcome["task"]["status"], "RETESTED");
    let stored = server.data(TASK, json!({ "id": task["id"] })).await;
    let stored = &stored["testingTask"];
    assert_eq!(stored["verdict"]["conclusion"], "NO_NONCONFORMITY_FOUND");
    let verdicts: Vec<(bool, &str)> = stored["verdicts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| (v["retest"].as_bool().unwrap(), v["verdict"]["conclusion"].as_str().unwrap()))
        .collect();
    assert_eq!(verdicts, [(false, "NONCONFORMING"), (true, "NO_NONCONFORMITY_FOUND")], "both verdicts stay");
    assert_eq!(stored["results"].as_array().unwrap().len(), 3, "{stored}");
    let kinds = archive_kinds(server, &world.enterprises[0]).await;
    for kind in ["TEST_VERDICT_RECORDED", "TEST_OBJECTION_LODGED", "TEST_RETEST_VERDICT_RECORDED"] {
        assert!(kinds.iter().any(|k| k == kind), "{kind} in {kinds:?}");
    }
    // The final verdict passed: nothing to rectify.
    let rectify = server.graphql_as(&world.county, RECTIFY, json!({ "i": { "taskId": task["id"] } })).await;
    assert_eq!(code(&rectify), "VERDICT_NOT_FAILING");
}

on_both_databases!(
    objection_after_window_refused,
    objection_after_window_refused_body,
    plugins = super::WIRE_CABLE
);

async fn objection_after_window_refused_body(server: &TestServer) {
    let world = world(server).await;
    let task = failing_task(server, &world, "first").await;
    server.app.advance_clock_days(16);
    let census = server.app.verify_audit_chain().await.unwrap().records_checked;
    let late = server
        .graphql_as(
            &world.enterprise_user,
            OBJECT,
            json!({ "i": { "taskId": task["id"], "reason": "迟到的异议" } }),
        )
        .await;
    assert_eq!(code(&late), "OBJECTION_WINDOW_CLOSED", "{late}");
    let message = late["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains(&(server.app.today() - chrono::Duration::days(1)).to_string()), "{message}");
    assert_eq!(
        server.app.verify_audit_chain().await.unwrap().records_checked,
        census,
        "a refusal writes nothing"
    );
    // Another enterprise's user cannot see the task at all.
    let other = {
        use base64::Engine;
        let text = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(&world.enterprises[1]).unwrap();
        String::from_utf8(text).unwrap().split_once(':').unwrap().1.to_owned()
    };
    let stranger = server.token(&claims("other", &format!("enterprise:{other}"), "enterprise_user", None));
    let hidden =
        server.graphql_as(&stranger, OBJECT, json!({ "i": { "taskId": task["id"], "reason": "x" } })).await;
    assert_eq!(code(&hidden), "NOT_FOUND", "{hidden}");
}
