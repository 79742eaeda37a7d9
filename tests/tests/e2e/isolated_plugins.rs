//! Isolated plugins through the endpoint (docs/adr/0045): with `plugin_isolation = "process"`
//! a plugin that segfaults, aborts, exhausts its memory limit or loops forever while judging fails that one request with
//! `PLUGIN_UNAVAILABLE` or `PLUGIN_TIMEOUT` — no internal detail in the answer — and the server,
//! the healthy plugins and the faulty plugin's declarative items keep serving; the failed worker
//! is replaced, so the same call fails the same way again instead of hanging. Workers are the
//! built `oversight` binary's `plugin-worker` subcommand; the API runs in this test process.

use oversight_tests::{TestServer, on_both_databases};
use serde_json::{Value, json};

const LIBS: &[&str] = &[
    "oversight_plugin_wire_cable",
    "oversight_test_plugin_crashes_in_judge",
    "oversight_test_plugin_hangs_in_judge",
];

on_both_databases!(
    a_crashing_or_hanging_plugin_fails_its_request_alone,
    faulty_plugins_body,
    plugins = super::LIBS,
    config = |config: &mut oversight_server::Config| {
        oversight_tests::isolate_plugins(config, 500);
        config.metrics_listen = Some("127.0.0.1:0".to_owned());
    }
);

const PREVIEW: &str = "query($i: JudgePreviewInput!) { judgePreview(input: $i) { conclusion nPass nFail } }";

/// A preview of the test plugins' one variant with these results (mm).
fn test_sample(industry: &str, results: &[(&str, &str)]) -> Value {
    let results: Vec<Value> =
        results.iter().map(|(item, value)| json!({ "item": item, "value": value, "unit": "mm" })).collect();
    json!({ "i": { "industry": industry, "variant": "any", "samplingDate": "2026-03-15", "results": results } })
}

/// A wire-cable sample the plugin judges with its code (a custom rule), so its worker answers.
fn wire_cable_sample() -> Value {
    json!({ "i": { "industry": "wire-cable", "variant": "BV-1.5", "samplingDate": "2026-05-01",
        "declaredStandards": ["GB/T 3956", "GB/T 5023", "GB/T 18380"],
        "results": [{ "item": "conductor_resistance", "value": "11.6", "unit": "Ω/km",
                      "conditions": [{ "name": "temperature_c", "value": "10" }] }] } })
}

/// The one error of a refused preview: its code and message.
async fn refusal(server: &TestServer, variables: Value) -> (String, String) {
    let body = server.graphql(PREVIEW, variables).await;
    let errors = body["errors"].as_array().unwrap_or_else(|| panic!("expected a refusal: {body}"));
    assert_eq!(errors.len(), 1, "{body}");
    let code = errors[0]["extensions"]["code"].as_str().unwrap_or_default().to_owned();
    (code, errors[0]["message"].as_str().unwrap_or_default().to_owned())
}

async fn healthy_plugin_judges(server: &TestServer) {
    let verdict = server.data(PREVIEW, wire_cable_sample()).await;
    let judged = &verdict["judgePreview"];
    assert_eq!(judged["nPass"].as_i64().unwrap_or(0) + judged["nFail"].as_i64().unwrap_or(0), 1, "{verdict}");
}

async fn faulty_plugins_body(server: &TestServer) {
    healthy_plugin_judges(server).await;
    for (industry, item, expected) in [
        ("test-crashes-in-judge", "segfault", "PLUGIN_UNAVAILABLE"),
        ("test-crashes-in-judge", "abort", "PLUGIN_UNAVAILABLE"),
        // Past the worker's memory limit (512 MiB by default) an allocation fails: an abort too.
        ("test-crashes-in-judge", "hog", "PLUGIN_UNAVAILABLE"),
        ("test-hangs-in-judge", "hang", "PLUGIN_TIMEOUT"),
    ] {
        // Twice: the dead or killed worker was replaced, and the new one fails the same way.
        for attempt in 1..=2 {
            let (code, message) =
                refusal(server, test_sample(industry, &[(item, "1"), ("plain", "0.5")])).await;
            assert_eq!(code, expected, "{item} attempt {attempt}: {message}");
            assert!(message.contains(industry) && message.contains("retry"), "{message}");
            for internal in ["signal", "exit status", "worker", "500", "frame"] {
                assert!(!message.contains(internal), "{item}: {message:?} tells {internal:?}");
            }
            // The server and every other plugin keep serving, and so do the faulty plugin's own
            // declarative items (judged by the engine; they never reach a worker).
            healthy_plugin_judges(server).await;
            let plain = server.data(PREVIEW, test_sample(industry, &[("plain", "0.5")])).await;
            assert_eq!(plain["judgePreview"]["nPass"], 1, "{plain}");
        }
    }
    let metrics = metrics(server).await;
    for (plugin, outcome, count) in [
        ("test-crashes-in-judge", "PLUGIN_UNAVAILABLE", 6),
        ("test-hangs-in-judge", "PLUGIN_TIMEOUT", 2),
        ("wire-cable", "ok", 9),
    ] {
        let series =
            format!("oversight_plugin_calls_total{{outcome=\"{outcome}\",plugin=\"{plugin}\"}} {count}");
        assert!(metrics.lines().any(|line| line == series), "{series} missing from\n{metrics}");
    }
}

async fn metrics(server: &TestServer) -> String {
    let addr = server.metrics_addr.unwrap_or_else(|| panic!("the test configured metrics_listen"));
    let response = server.client().get(format!("http://{addr}/metrics")).send().await.unwrap();
    response.text().await.unwrap()
}
