//! Operations telemetry (issue 20 item 8): the Prometheus metrics on their own port move for the
//! right operation and outcome — GraphQL requests, plugin calls, result submissions, the pool —
//! and the JSON log lines carry the request id the client sent (or the one the server made and
//! echoed).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use oversight_server::config::LogFormat;
use oversight_tests::{Db, TestServer, on_both_databases};
use serde_json::{Value, json};

use crate::cast::{WIRE_CABLE, world};
use crate::ingestion::{SUBMIT, open, results, submission, submit};

/// Every sample of a Prometheus text exposition: `name{labels}` → value.
fn samples(text: &str) -> HashMap<String, f64> {
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| {
            let (series, value) = line.rsplit_once(' ')?;
            Some((series.to_owned(), value.parse().ok()?))
        })
        .collect()
}

async fn scrape(server: &TestServer) -> HashMap<String, f64> {
    let addr = server.metrics_addr.expect("the test configured metrics_listen");
    let response = server.client().get(format!("http://{addr}/metrics")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let content_type = response.headers()["content-type"].to_str().unwrap().to_owned();
    assert!(content_type.starts_with("text/plain"), "{content_type}");
    samples(&response.text().await.unwrap())
}

/// The sample's value, 0 when the series was never written.
fn value(samples: &HashMap<String, f64>, series: &str) -> f64 {
    samples.get(series).copied().unwrap_or(0.0)
}

on_both_databases!(
    metrics_count_operations_plugins_and_submissions,
    metrics_body,
    plugins = super::WIRE_CABLE,
    config = |config: &mut oversight_server::Config| config.metrics_listen = Some("127.0.0.1:0".to_owned())
);

async fn metrics_body(server: &TestServer) {
    let world = world(server).await;
    for _ in 0..2 {
        server.data("query MetricsViewer { viewer { role } }", json!({})).await;
    }
    let refused = server
        .client()
        .post(server.url("/graphql"))
        .bearer_auth(&server.national_token)
        .json(&json!({ "query": "query MetricsBroken { noSuchField }" }))
        .send()
        .await
        .unwrap();
    let refused: Value = refused.json().await.unwrap();
    assert_eq!(refused["errors"][0]["extensions"]["code"], "GRAPHQL_VALIDATION_FAILED", "{refused}");

    let tasks = [
        open(server, &world.county, &world.licenses[0], "批次 M1").await,
        open(server, &world.county, &world.licenses[1], "批次 M2").await,
        open(server, &world.county, &world.licenses[0], "批次 M3").await,
    ];
    let accepted = submission("metrics-1", &[(&tasks[0], results("7.20")), (&tasks[1], results("7.20"))]);
    let judged_ok = "oversight_plugin_calls_total{outcome=\"ok\",plugin=\"wire-cable\"}";
    let before = value(&scrape(server).await, judged_ok);
    submit(server, &world.lab, accepted.clone()).await;
    let judged = value(&scrape(server).await, judged_ok) - before;
    assert_eq!(judged, 2.0, "one judgment per task of the accepted submission");
    assert_eq!(submit(server, &world.lab, accepted).await["replayed"], true);
    let bad =
        server.graphql_as(&world.lab, SUBMIT, submission("metrics-2", &[(&tasks[2], results("abc"))])).await;
    let bad_code =
        bad["errors"][0]["extensions"]["code"].as_str().unwrap_or_else(|| panic!("{bad}")).to_owned();

    let after = scrape(server).await;
    let requests = |operation: &str, outcome: &str| {
        value(
            &after,
            &format!("oversight_graphql_requests_total{{operation=\"{operation}\",outcome=\"{outcome}\"}}"),
        )
    };
    assert_eq!(requests("MetricsViewer", "ok"), 2.0);
    assert_eq!(requests("MetricsBroken", "GRAPHQL_VALIDATION_FAILED"), 1.0);
    assert_eq!(requests("MetricsViewer", "GRAPHQL_VALIDATION_FAILED"), 0.0);
    assert_eq!(
        value(&after, "oversight_graphql_request_duration_seconds_count{operation=\"MetricsViewer\"}"),
        2.0
    );
    // The helpers' mutations are anonymous: the refused submission is counted under its code.
    assert!(requests("anonymous", &bad_code) >= 1.0, "{bad_code}");

    let submissions = |outcome: &str| {
        value(&after, &format!("oversight_result_submissions_total{{outcome=\"{outcome}\"}}"))
    };
    assert_eq!((submissions("accepted"), submissions("replayed"), submissions(&bad_code)), (1.0, 1.0, 1.0));
    assert_eq!(value(&after, "oversight_submitted_tasks_total{outcome=\"accepted\"}"), 2.0);

    let plugin_calls = |outcome: &str| {
        value(&after, &format!("oversight_plugin_calls_total{{outcome=\"{outcome}\",plugin=\"wire-cable\"}}"))
    };
    // The refused task is judged whole, then item by item to name every bad item.
    assert_eq!(plugin_calls(&bad_code), 2.0, "{bad_code}");
    assert!(plugin_calls("ok") > judged, "the refused task's good items were judged alone");

    assert!(value(&after, "oversight_http_responses_total{route=\"/graphql\",status=\"200\"}") >= 5.0);
    let pool = |state: &str| value(&after, &format!("oversight_db_pool_connections{{state=\"{state}\"}}"));
    assert!(pool("max") >= 1.0 && pool("in_use") + pool("idle") <= pool("max"), "{after:?}");
    // SQLite's heap is the server's to report only where SQLite runs inside it.
    let sqlite = |measure: &str| {
        after.get(&format!("oversight_sqlite_memory_bytes{{measure=\"{measure}\"}}")).copied()
    };
    match server.app.store().backend() {
        oversight_storage::Backend::Sqlite => {
            let (used, highwater, page_cache) =
                (sqlite("used").unwrap_or(0.0), sqlite("highwater").unwrap_or(0.0), sqlite("page_cache"));
            assert!(used > 0.0 && highwater >= used, "{after:?}");
            assert!(page_cache.is_some_and(|cache| cache <= used), "{after:?}");
        }
        oversight_storage::Backend::Postgres => {
            assert!(after.keys().all(|series| !series.starts_with("oversight_sqlite")), "{after:?}")
        }
    }

    // A second scrape sees the counters where they were: scraping counts nothing.
    let again = scrape(server).await;
    assert_eq!(value(&again, "oversight_result_submissions_total{outcome=\"accepted\"}"), 1.0);
    // The API's port does not serve the metrics.
    let on_api = server.client().get(server.url("/metrics")).send().await.unwrap();
    assert_eq!(on_api.status(), 404);
}

/// The log lines, shared between the subscriber's writer and the test; `None` once the test is
/// over (the subscriber stays installed, and under `cargo test` other tests share the process).
#[derive(Clone)]
struct Captured(Arc<Mutex<Option<Vec<u8>>>>);

impl std::io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if let Some(lines) = self.0.lock().unwrap().as_mut() {
            lines.extend_from_slice(bytes);
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The `request` line of `request_id`, asserting that every line captured so far is JSON.
fn request_line(captured: &Captured, request_id: &str) -> Value {
    let text = String::from_utf8(captured.0.lock().unwrap().clone().unwrap_or_default()).unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not a JSON line ({e}): {line}")))
        .collect();
    lines
        .into_iter()
        .find(|line| line["fields"]["message"] == "request" && line["span"]["request_id"] == request_id)
        .unwrap_or_else(|| panic!("no request line for {request_id} in\n{text}"))
}

/// Installs the process's subscriber (the binary's, as `log_format = "json"` does), so it runs
/// once, on SQLite: the logs do not depend on the database.
#[actix_web::test]
async fn json_log_lines_carry_the_request_id() {
    let captured = Captured(Arc::new(Mutex::new(Some(Vec::new()))));
    let writer = captured.clone();
    oversight_server::telemetry::install(LogFormat::Json, "info", move || writer.clone()).unwrap();
    let server = TestServer::start(Db::Sqlite).await.unwrap();
    let post = |request_id: Option<&str>| {
        let mut request = server
            .client()
            .post(server.url("/graphql"))
            .bearer_auth(&server.national_token)
            .json(&json!({ "query": "query LoggedViewer { viewer { role } }" }));
        if let Some(id) = request_id {
            request = request.header("x-request-id", id);
        }
        request.send()
    };

    let sent = "e2e-log-7f3a.1";
    let response = post(Some(sent)).await.unwrap();
    assert_eq!(response.headers()["x-request-id"], sent);
    let line = request_line(&captured, sent);
    assert_eq!(line["level"], "INFO");
    assert_eq!(line["fields"]["status"], 200);
    assert_eq!((&line["span"]["method"], &line["span"]["path"]), (&json!("POST"), &json!("/graphql")));

    // No id, or one that could forge a log field: the server makes one and echoes it.
    for sent in [None, Some("x\",\"level\":\"ERROR")] {
        let response = post(sent).await.unwrap();
        let made = response.headers()["x-request-id"].to_str().unwrap().to_owned();
        assert_ne!(Some(made.as_str()), sent);
        assert_eq!(request_line(&captured, &made)["fields"]["status"], 200);
    }
    server.stop().await;
    captured.0.lock().unwrap().take();
}
