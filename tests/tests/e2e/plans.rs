//! The SQLite plans of the statements that look something up per enterprise inside one statement:
//! each correlated lookup must probe by the enterprise (or task) it correlates with. Without
//! statistics SQLite once answered "does this enterprise hold a license in force" from
//! `ix_license_status_expires`, reading every license in force once per enterprise — `keyRegions`
//! took minutes over 100,000 enterprises (`key_regions` benchmark). PostgreSQL plans with its own
//! statistics and is measured by the benchmarks instead.

use oversight_domain::RegionCode;
use oversight_storage::test_db::{QueryPlan, execute_raw, sqlite_plans};
use oversight_tests::{Db, TestServer};

/// The columns a correlated lookup may probe by: the outer row's own keys (the enterprise, the
/// task, a row id) and, for the campaigns intensifying a plan, the plan's industry and campaign.
const CORRELATION_COLUMNS: &[&str] = &["enterprise_id", "task_id", "rowid", "campaign_id", "industry"];

/// The steps of `plan` inside a correlated subquery, or run for an `EXISTS` (SQLite plans some as
/// semi-joins), that do not probe by a correlation column: a scan, or a search with no equality on one.
fn unkeyed_lookups(plan: &QueryPlan) -> Vec<String> {
    let mut inside: Option<usize> = None;
    let mut found = Vec::new();
    for step in &plan.steps {
        let level = step.len() - step.trim_start().len();
        if inside.is_some_and(|correlated| level <= correlated) {
            inside = None;
        }
        let detail = step.trim_start();
        if detail.starts_with("CORRELATED") {
            inside = inside.or(Some(level));
            continue;
        }
        if (inside.is_some() || detail.contains(" EXISTS ")) && !keyed(detail) {
            found.push(format!("{}: {detail}", plan.statement));
        }
    }
    found
}

/// A `SEARCH … (… column=? …)` with an equality on a correlation column, or a step that reads no
/// table.
fn keyed(detail: &str) -> bool {
    if detail.starts_with("SCAN") {
        return false;
    }
    if !detail.starts_with("SEARCH") {
        return true;
    }
    let constraints = detail.split_once('(').map(|(_, rest)| rest).unwrap_or_default();
    constraints
        .split(" AND ")
        .any(|term| CORRELATION_COLUMNS.iter().any(|column| term.starts_with(&format!("{column}=?"))))
}

async fn plans(server: &TestServer) -> Vec<QueryPlan> {
    let region = RegionCode::parse("320000").expect("Jiangsu");
    sqlite_plans(server.app.store(), region, server.app.today()).await.expect("plans")
}

#[actix_web::test]
async fn per_enterprise_lookups_probe_by_the_enterprise() {
    let server = TestServer::start(Db::Sqlite).await.expect("server");
    let plans = plans(&server).await;
    assert_eq!(plans.len(), 3, "{plans:#?}");
    let unkeyed: Vec<String> = plans.iter().flat_map(unkeyed_lookups).collect();
    assert!(unkeyed.is_empty(), "lookups not by the enterprise: {unkeyed:#?}\nplans: {plans:#?}");
    // Every statement does correlate, so the rule above had something to judge.
    for plan in &plans {
        assert!(plan.steps.iter().any(|step| step.trim_start().starts_with("CORRELATED")), "{plan:#?}");
    }
}

/// The check names the regression it guards against: without the per-enterprise index the
/// license lookups fall back to `ix_license_status_expires`, and the rule says where.
#[actix_web::test]
async fn without_the_per_enterprise_indexes_the_lookups_are_named() {
    let server = TestServer::start(Db::Sqlite).await.expect("server");
    execute_raw(server.app.store(), "DROP INDEX ix_license_enterprise_in_force").await.expect("drop");
    let unkeyed: Vec<String> = plans(&server).await.iter().flat_map(unkeyed_lookups).collect();
    for statement in ["key-region figures", "patrols due (count)"] {
        assert!(
            unkeyed.iter().any(|step| step.starts_with(statement)),
            "{statement} not named: {unkeyed:#?}"
        );
    }
}
