//! The plans SQLite chooses for the statements that look up something per enterprise inside one
//! statement (key-region figures, risk records, patrols due), for the plan test (`e2e::plans`).
//! SQLite keeps no statistics unless asked, so a correlated lookup can be answered from an index
//! that reads every license in force once per enterprise — minutes at 100,000 enterprises (the
//! `ix_license_enterprise_in_force` migration). The test reads these plans and names any step that
//! is not a probe by the enterprise or task it correlates with.

use chrono::{Days, NaiveDate};
use oversight_domain::RegionCode;
use oversight_domain::access::Scope;
use oversight_domain::key_region::PatrolFactors;
use oversight_domain::rules::RuleBook;
use sea_orm::{ConnectionTrait, DbBackend, Statement, TransactionTrait};

use crate::patrol::plan::{DueFilter, due_count_statement};
use crate::risk::{RiskQuery, Selection, records_statement};
use crate::{Result, Store, key_region};

/// One statement's plan: its name and one line per step, indented two spaces per level.
#[derive(Debug, Clone)]
pub struct QueryPlan {
    pub statement: &'static str,
    pub steps: Vec<String>,
}

/// The plans of the hot statements over the enterprises of `region` on `today` (a SQLite store).
pub async fn sqlite_plans(store: &Store, region: RegionCode, today: NaiveDate) -> Result<Vec<QueryPlan>> {
    let backend = DbBackend::Sqlite;
    let scope = Scope::Within(region);
    let year_ago = today.checked_sub_days(Days::new(365)).unwrap_or(today);
    let key_industries = vec!["wire-cable".to_owned()];
    let risk = RiskQuery { on: today, window_start: year_ago, key_industries: &key_industries };
    let book = RuleBook::new(&[]);
    // A key county, so that the patrol targets' intensification arm is in the statement too.
    let key: PatrolFactors = [(region, 2)].into_iter().collect();
    let statements = [
        ("key-region figures", Some(key_region::statement(backend, &scope, (year_ago, today)))),
        (
            "risk records of a region",
            records_statement(backend, Selection::Within { region: &region, after: 0, limit: 1_000 }, &risk),
        ),
        (
            "patrols due (count)",
            Some(due_count_statement(backend, &scope, &DueFilter::default(), today, (&book, &key))),
        ),
    ];
    let mut plans = Vec::new();
    for (name, statement) in statements {
        if let Some(statement) = statement {
            plans.push(QueryPlan { statement: name, steps: explain(store, statement).await? });
        }
    }
    Ok(plans)
}

/// `EXPLAIN QUERY PLAN` of one statement, its rows (id, parent, detail) as an indented outline.
async fn explain(store: &Store, statement: Statement) -> Result<Vec<String>> {
    let values = statement.values.map(|values| values.0).unwrap_or_default();
    let explain = Statement::from_sql_and_values(
        DbBackend::Sqlite,
        format!("EXPLAIN QUERY PLAN {}", statement.sql),
        values,
    );
    // EXPLAIN starts no read, so a pooled connection would plan with the schema it last read:
    // one real read first, on the same connection, reloads it (an index dropped since counts).
    let connection = store.db.begin().await?;
    connection
        .query_one_raw(Statement::from_string(DbBackend::Sqlite, "SELECT COUNT(*) FROM license"))
        .await?;
    let rows = connection.query_all_raw(explain).await?;
    connection.rollback().await?;
    let mut depth: Vec<(i64, usize)> = Vec::new();
    let mut steps = Vec::new();
    for row in rows {
        let (id, parent, detail): (i64, i64, String) =
            (row.try_get("", "id")?, row.try_get("", "parent")?, row.try_get("", "detail")?);
        let level = depth.iter().find(|(held, _)| *held == parent).map_or(0, |(_, level)| level + 1);
        depth.push((id, level));
        steps.push(format!("{}{detail}", "  ".repeat(level)));
    }
    Ok(steps)
}
