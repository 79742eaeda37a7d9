//! The server's Prometheus metrics: one registry per `App` (so two servers in one process —
//! the test suite's replicas — never count into each other), the counters the use cases move
//! (plugin calls, result submissions), the request counters the API layer moves through
//! [`Metrics::record_request`], and the database pool's gauges and SQLite's own heap, read when
//! scraped.
//! The text is exported by the server on its own port (`metrics_listen`, docs/adr/0024).

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use oversight_storage::PoolStatus;
use oversight_storage::sqlite_memory::SqliteMemory;
use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounterVec, IntGaugeVec, Opts, Registry, TextEncoder,
};

/// The content type of the exposition [`Metrics::encode`] writes.
pub const CONTENT_TYPE: &str = prometheus::TEXT_FORMAT;

/// Operation names are chosen by clients: past this many distinct names, the rest count as
/// `other`, so a client inventing names cannot grow the exposition without bound.
pub const MAX_OPERATION_NAMES: usize = 200;

/// The label of an operation beyond [`MAX_OPERATION_NAMES`].
pub const OTHER_OPERATION: &str = "other";

/// Seconds: GraphQL latencies from a cached read to a 100-task submission.
const LATENCY_BUCKETS: [f64; 12] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0];

/// The metrics of one server. Cheap to clone; every clone counts into the same registry.
#[derive(Clone)]
pub struct Metrics {
    /// None only if the families could not be built, which a unit test rules out: counting is
    /// then off rather than a panic on a request path.
    families: Option<Arc<Families>>,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Metrics").field("enabled", &self.families.is_some()).finish()
    }
}

struct Families {
    registry: Registry,
    requests: IntCounterVec,
    request_seconds: HistogramVec,
    http_responses: IntCounterVec,
    plugin_calls: IntCounterVec,
    submissions: IntCounterVec,
    submitted_tasks: IntCounterVec,
    pool: IntGaugeVec,
    sqlite_memory: IntGaugeVec,
    /// The operation names labelled so far (at most [`MAX_OPERATION_NAMES`]).
    operations: Mutex<HashSet<String>>,
}

impl Families {
    fn new() -> prometheus::Result<Families> {
        let registry = Registry::new_custom(Some("oversight".to_owned()), None)?;
        let counter = |name: &str, help: &str, labels: &[&str]| -> prometheus::Result<IntCounterVec> {
            let counter = IntCounterVec::new(Opts::new(name, help), labels)?;
            registry.register(Box::new(counter.clone()))?;
            Ok(counter)
        };
        let requests = counter(
            "graphql_requests_total",
            "GraphQL requests executed, by operation name and outcome (ok, or the first error's code)",
            &["operation", "outcome"],
        )?;
        let http_responses = counter(
            "http_responses_total",
            "HTTP responses, by route pattern and status (refusals before GraphQL runs included)",
            &["route", "status"],
        )?;
        let plugin_calls = counter(
            "plugin_calls_total",
            "Judgments asked of industry plugins, by plugin and outcome (ok, or the refusal's code)",
            &["plugin", "outcome"],
        )?;
        let submissions = counter(
            "result_submissions_total",
            "Test-result submissions (submitTestResults), by outcome: accepted, replayed, or the refusal's code",
            &["outcome"],
        )?;
        let submitted_tasks = counter(
            "submitted_tasks_total",
            "Testing tasks in test-result submissions, by outcome: accepted, replayed, or the refusal's code",
            &["outcome"],
        )?;
        let request_seconds = HistogramVec::new(
            HistogramOpts::new(
                "graphql_request_duration_seconds",
                "GraphQL request latency, by operation name",
            )
            .buckets(LATENCY_BUCKETS.to_vec()),
            &["operation"],
        )?;
        registry.register(Box::new(request_seconds.clone()))?;
        let pool = IntGaugeVec::new(
            Opts::new(
                "db_pool_connections",
                "Database pool connections: in_use, idle, and the max the pool opens",
            ),
            &["state"],
        )?;
        registry.register(Box::new(pool.clone()))?;
        // The process's resident set cannot tell SQLite's caches from the server's own heap;
        // these can (a soak that grows shows in which of the two).
        let sqlite_memory = IntGaugeVec::new(
            Opts::new(
                "sqlite_memory_bytes",
                "SQLite's heap in this process (SQLite only): used, highwater, and the page cache's part of used",
            ),
            &["measure"],
        )?;
        registry.register(Box::new(sqlite_memory.clone()))?;
        Ok(Families {
            registry,
            requests,
            request_seconds,
            http_responses,
            plugin_calls,
            submissions,
            submitted_tasks,
            pool,
            sqlite_memory,
            operations: Mutex::new(HashSet::new()),
        })
    }

    /// The label for `name`: itself while fewer than the cap have been seen, else `other`.
    fn operation_label<'n>(&self, name: &'n str) -> &'n str {
        let Ok(mut seen) = self.operations.lock() else { return OTHER_OPERATION };
        if seen.contains(name) {
            return name;
        }
        if seen.len() >= MAX_OPERATION_NAMES {
            return OTHER_OPERATION;
        }
        seen.insert(name.to_owned());
        name
    }
}

/// Adds `by` to the counter of these label values (the arity is fixed by the code, so the
/// lookup cannot fail; if it did, the count is dropped rather than the request).
fn add(counter: &IntCounterVec, labels: &[&str], by: u64) {
    if let Ok(counter) = counter.get_metric_with_label_values(labels) {
        counter.inc_by(by);
    }
}

impl Default for Metrics {
    fn default() -> Metrics {
        Metrics::new()
    }
}

impl Metrics {
    /// A fresh registry with every family registered.
    pub fn new() -> Metrics {
        match Families::new() {
            Ok(families) => Metrics { families: Some(Arc::new(families)) },
            Err(error) => {
                tracing::error!(%error, "the metrics could not be registered: counting is off");
                Metrics { families: None }
            }
        }
    }

    /// One GraphQL request: its operation (`anonymous` when unnamed), its outcome (`ok` or an
    /// error code) and how long it took.
    pub fn record_request(&self, operation: &str, outcome: &str, seconds: f64) {
        let Some(families) = &self.families else { return };
        let operation = families.operation_label(operation);
        add(&families.requests, &[operation, outcome], 1);
        if let Ok(histogram) = families.request_seconds.get_metric_with_label_values(&[operation]) {
            histogram.observe(seconds);
        }
    }

    /// One HTTP response, by the route's pattern (never the raw path, which holds ids).
    pub fn record_http_response(&self, route: &str, status: u16) {
        let Some(families) = &self.families else { return };
        add(&families.http_responses, &[route, &status.to_string()], 1);
    }

    /// One judgment asked of a plugin, by its industry id and outcome.
    pub(crate) fn record_plugin_call(&self, plugin: &str, outcome: &str) {
        let Some(families) = &self.families else { return };
        add(&families.plugin_calls, &[plugin, outcome], 1);
    }

    /// One test-result submission of `tasks` tasks and its outcome.
    pub(crate) fn record_submission(&self, outcome: &str, tasks: usize) {
        let Some(families) = &self.families else { return };
        add(&families.submissions, &[outcome], 1);
        add(&families.submitted_tasks, &[outcome], u64::try_from(tasks).unwrap_or(u64::MAX));
    }

    /// The exposition text, with the pool's gauges set from `pool` first, and SQLite's heap
    /// from `sqlite` when the store is SQLite (on PostgreSQL the family is left out).
    pub fn encode(&self, pool: PoolStatus, sqlite: Option<SqliteMemory>) -> String {
        let Some(families) = &self.families else { return String::new() };
        for (state, value) in [("in_use", pool.in_use), ("idle", pool.idle), ("max", pool.max)] {
            if let Ok(gauge) = families.pool.get_metric_with_label_values(&[state]) {
                gauge.set(i64::from(value));
            }
        }
        if let Some(memory) = sqlite {
            let measures =
                [("used", memory.used), ("highwater", memory.highwater), ("page_cache", memory.page_cache)];
            for (measure, value) in measures {
                if let Ok(gauge) = families.sqlite_memory.get_metric_with_label_values(&[measure]) {
                    gauge.set(value);
                }
            }
        }
        let mut buffer = Vec::new();
        if let Err(error) = TextEncoder::new().encode(&families.registry.gather(), &mut buffer) {
            tracing::error!(%error, "the metrics could not be encoded");
        }
        String::from_utf8(buffer).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool() -> PoolStatus {
        PoolStatus { in_use: 1, idle: 2, max: 10 }
    }

    /// The names and labels are valid: `Metrics::new` never falls back to counting nothing.
    #[test]
    fn every_family_registers() {
        assert!(Families::new().is_ok());
        assert!(Metrics::new().families.is_some());
    }

    #[test]
    fn counts_appear_in_the_exposition() {
        let metrics = Metrics::new();
        metrics.record_request("Viewer", "ok", 0.002);
        metrics.record_request("Viewer", "ok", 0.003);
        metrics.record_plugin_call("wire-cable", "BAD_VALUE");
        metrics.record_submission("accepted", 3);
        let text = metrics.encode(pool(), None);
        for line in [
            "oversight_graphql_requests_total{operation=\"Viewer\",outcome=\"ok\"} 2",
            "oversight_graphql_request_duration_seconds_count{operation=\"Viewer\"} 2",
            "oversight_plugin_calls_total{outcome=\"BAD_VALUE\",plugin=\"wire-cable\"} 1",
            "oversight_result_submissions_total{outcome=\"accepted\"} 1",
            "oversight_submitted_tasks_total{outcome=\"accepted\"} 3",
            "oversight_db_pool_connections{state=\"in_use\"} 1",
            "oversight_db_pool_connections{state=\"max\"} 10",
        ] {
            assert!(text.lines().any(|l| l == line), "{line} missing from\n{text}");
        }
    }

    /// SQLite's heap is exported with its three measures on SQLite, and left out on PostgreSQL.
    #[test]
    fn sqlite_memory_only_where_the_store_is_sqlite() {
        let memory = SqliteMemory { used: 3_000_000, highwater: 4_000_000, page_cache: 1_000_000 };
        let text = Metrics::new().encode(pool(), Some(memory));
        for line in [
            "oversight_sqlite_memory_bytes{measure=\"used\"} 3000000",
            "oversight_sqlite_memory_bytes{measure=\"highwater\"} 4000000",
            "oversight_sqlite_memory_bytes{measure=\"page_cache\"} 1000000",
        ] {
            assert!(text.lines().any(|l| l == line), "{line} missing from\n{text}");
        }
        assert!(!Metrics::new().encode(pool(), None).contains("sqlite_memory"));
    }

    #[test]
    fn operation_names_beyond_the_cap_count_as_other() {
        let metrics = Metrics::new();
        for n in 0..MAX_OPERATION_NAMES + 5 {
            metrics.record_request(&format!("Op{n}"), "ok", 0.001);
        }
        metrics.record_request("Op0", "ok", 0.001);
        let text = metrics.encode(pool(), None);
        assert!(
            text.contains("oversight_graphql_requests_total{operation=\"other\",outcome=\"ok\"} 5"),
            "{text}"
        );
        assert!(
            text.contains("oversight_graphql_requests_total{operation=\"Op0\",outcome=\"ok\"} 2"),
            "{text}"
        );
    }

    #[test]
    fn two_registries_count_apart() {
        let (one, two) = (Metrics::new(), Metrics::new());
        one.record_submission("accepted", 1);
        assert!(!two.encode(pool(), None).contains("result_submissions_total{"));
    }
}
