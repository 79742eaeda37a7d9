//! Two versions of one industry's plugin, through the endpoint on both databases (issue 11
//! item 3): wire-cable is upgraded from 0.2.1 to 0.3.0 — whose minimum insulation tensile
//! strength is 15.0 N/mm² instead of 12.5 — between the sampling of a task and its results. The
//! old task is judged by the version fixed on it, the new one by the new version; `pluginFiles`
//! shows which version is current and how many tasks each may still judge; a server without a
//! version that open tasks hold refuses to judge them, and refuses to start.

use oversight_tests::{TestServer, on_both_databases};
use serde_json::{Value, json};

use crate::cast::{WIRE_CABLE, world};
use crate::common::full_census;
use crate::supervision::{SUBMIT, open, resistance, sample, submit_input, voltage};

const UPGRADED: &[&str] = &["oversight_plugin_wire_cable", "oversight_test_plugin_wire_cable_next"];

on_both_databases!(an_upgrade_keeps_old_tasks_on_their_version, upgrade_body, plugins = super::WIRE_CABLE);

/// A complete BV 2.5 sample, every item passing under both versions except the tensile
/// strength of 13.0 N/mm², which only 0.2.1 accepts.
fn sample_between_the_limits() -> Vec<Value> {
    let mut results = sample(vec![resistance("7.00", "Ω/km", "20"), voltage()]);
    for result in results.iter_mut().filter(|result| result["item"] == "insulation_tensile_strength") {
        result["value"] = json!("13.0");
    }
    results
}

/// (version, current, open tasks) of every wire-cable file the server serves.
async fn versions(server: &TestServer) -> Vec<(String, bool, u64)> {
    let data = server.data("{ pluginFiles { industry version current openTasks } }", json!({})).await;
    data["pluginFiles"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|file| file["industry"] == "wire-cable")
        .map(|file| {
            let version = file["version"].as_str().unwrap().to_owned();
            (version, file["current"].as_bool().unwrap(), file["openTasks"].as_u64().unwrap())
        })
        .collect()
}

async fn upgrade_body(server: &TestServer) {
    let world = world(server).await;
    let old_task = open(server, &world.county, &world.licenses[0]).await;
    assert_eq!(old_task["pluginVersion"], "0.2.1");
    assert_eq!(versions(server).await, [("0.2.1".to_owned(), true, 1)]);

    // The operator drops 0.3.0 beside 0.2.1 and restarts: new tasks are sampled under 0.3.0.
    let upgraded = TestServer::replica_with_plugins(server, UPGRADED).await.unwrap();
    let new_task = open(&upgraded, &world.county, &world.licenses[1]).await;
    assert_eq!(new_task["pluginVersion"], "0.3.0");
    assert_eq!(versions(&upgraded).await, [("0.2.1".to_owned(), false, 1), ("0.3.0".to_owned(), true, 1)]);

    // The first server never loaded 0.3.0: it judges nothing of the new task, writes nothing,
    // and could not start again as it is.
    let before = full_census(server).await;
    let input = submit_input("too-old", &[(&new_task, sample_between_the_limits())]);
    let body = server.graphql_as(&world.lab, SUBMIT, input).await;
    let code = &body["errors"][0]["extensions"]["code"];
    assert_eq!(code, "PLUGIN_VERSION_NOT_LOADED", "{body}");
    assert_eq!(full_census(server).await, before, "a refused submission writes nothing");
    let refusal =
        oversight_server::serve::refuse_unserved_versions(&server.app).await.unwrap_err().to_string();
    let task_number = crate::cast::numeric(new_task["id"].as_str().unwrap());
    assert!(
        refusal.contains(&format!("wire-cable 0.3.0 judges 1 open testing task(s) (task {task_number})")),
        "{refusal}"
    );
    oversight_server::serve::refuse_unserved_versions(&upgraded.app).await.unwrap();
    // Nor is it ready: its readiness probe takes it out of the load balancer, naming the version.
    let probe = server.client().get(server.url("/readyz")).send().await.unwrap();
    assert_eq!(probe.status(), 503);
    let probe: Value = probe.json().await.unwrap();
    assert_eq!(
        probe["unservedVersions"],
        json!([{ "industry": "wire-cable", "version": "0.3.0", "openTasks": 1 }]),
        "{probe}"
    );
    let probe = upgraded.client().get(upgraded.url("/readyz")).send().await.unwrap();
    assert_eq!(probe.status(), 200, "the upgraded replica serves both versions");

    // One submission for both: each task is judged by the version fixed on it.
    let input = submit_input(
        "both",
        &[(&old_task, sample_between_the_limits()), (&new_task, sample_between_the_limits())],
    );
    let body = upgraded.graphql_as(&world.lab, SUBMIT, input).await;
    assert!(body.get("errors").is_none(), "{body}");
    let judged: Vec<(String, String, String)> = body["data"]["submitTestResults"]["outcomes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|outcome| {
            let verdict = &outcome["verdict"];
            let tensile = verdict["items"]
                .as_array()
                .unwrap()
                .iter()
                .find(|item| item["code"] == "insulation_tensile_strength")
                .unwrap();
            let text = |value: &Value| value.as_str().unwrap().to_owned();
            (text(&verdict["pluginVersion"]), text(&tensile["outcome"]), text(&verdict["conclusion"]))
        })
        .collect();
    assert_eq!(
        judged,
        [
            ("0.2.1".to_owned(), "PASS".to_owned(), "NO_NONCONFORMITY_FOUND".to_owned()),
            ("0.3.0".to_owned(), "FAIL".to_owned(), "NONCONFORMING".to_owned()),
        ]
    );
    // The old task's verdict is final; the new one's failing verdict may still be objected to.
    assert_eq!(versions(&upgraded).await, [("0.2.1".to_owned(), false, 0), ("0.3.0".to_owned(), true, 1)]);
    upgraded.stop().await;
}

on_both_databases!(
    a_failure_raises_the_frequency_the_plugin_declares,
    increased_frequency_body,
    plugins = super::UPGRADED
);

/// §二(四) 增加频次 through the endpoint (issue 11 item 14): the current wire-cable version (the
/// 0.3.0 fixture) declares six A-class tests a year after a failure instead of four; the first
/// enterprise fails a sample, so its A-class items are scheduled at the increased frequency —
/// times its risk class's factor, which the same failure raised —, the second's at four.
async fn increased_frequency_body(server: &TestServer) {
    let world = world(server).await;
    let task = open(server, &world.county, &world.licenses[0]).await;
    let failing = sample(vec![resistance("7.60", "Ω/km", "25"), voltage()]);
    let body = server.graphql_as(&world.lab, SUBMIT, submit_input("increased", &[(&task, failing)])).await;
    assert_eq!(
        body["data"]["submitTestResults"]["outcomes"][0]["verdict"]["conclusion"], "NONCONFORMING",
        "{body}"
    );
    let viewer = server.graphql_as(&world.county, "{ viewer { authority { id } } }", json!({})).await;
    let today = oversight_tests::today();
    let variables = json!({ "a": viewer["data"]["viewer"]["authority"]["id"], "from": today.to_string(),
                            "to": (today + chrono::Duration::days(364)).to_string() });
    let due = server
        .graphql_as(
            &world.county,
            r#"query($a: ID!, $from: NaiveDate!, $to: NaiveDate!) { dueTests(authority: $a, from: $from, to: $to) {
                 edges { node { license { number } riskClass scopes { scope timesPerYear increased } } } } }"#,
            variables,
        )
        .await;
    let rows = due["data"]["dueTests"]["edges"].as_array().unwrap_or_else(|| panic!("{due}"));
    let a_class = |number: &str| {
        let row = &rows.iter().find(|row| row["node"]["license"]["number"] == number).unwrap()["node"];
        let factor = match row["riskClass"].as_str().unwrap() {
            "C" => 2,
            "D" => 4,
            _ => 1,
        };
        let scope = &row["scopes"][0];
        assert_eq!(scope["scope"], "a_class_items", "{row}");
        (scope["increased"].as_bool().unwrap(), scope["timesPerYear"].as_u64().unwrap(), factor)
    };
    let (increased, times, factor) = a_class(&world.licenses[0]);
    assert!(increased && factor > 1, "the failure raised the frequency and the class");
    assert_eq!(times, 6 * factor);
    assert_eq!(a_class(&world.licenses[1]), (false, 4, 1));
}
