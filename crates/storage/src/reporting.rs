//! Grouped counts for dashboards (看板): each figure is ONE aggregate statement over the caller's
//! scope (a condition on the enterprise row in the same statement), grouped in SQL — never rows
//! fetched and counted here. Regions are grouped by the leading digits of the enterprise's region
//! code (`RegionLevel::prefix_digits`).

use chrono::NaiveDate;
use oversight_domain::access::Scope;
use oversight_domain::registry::license::LicenseStatus;
use oversight_domain::testing::judgment::Conclusion;
use oversight_domain::testing::rectification::RectificationStatus;
use oversight_domain::testing::supervision::TaskStatus;
use sea_orm::{ConnectionTrait, QueryResult, Statement};

use crate::sql::{Binds, enterprise_in_scope};
use crate::{Executor, Result, StorageError};

/// Licenses of one status (as of the day asked: a license past its last day is EXPIRED, stored
/// so or not), industry and region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LicenseCount {
    pub region_prefix: String,
    pub industry: String,
    pub status: LicenseStatus,
    pub count: u64,
}

/// Testing tasks of one industry in one status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskCount {
    pub industry: String,
    pub status: TaskStatus,
    pub count: u64,
}

/// Periodic samples of one industry whose current verdict has one conclusion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerdictCount {
    pub industry: String,
    pub conclusion: Conclusion,
    pub count: u64,
}

/// A count per region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionCount {
    pub region_prefix: String,
    pub count: u64,
}

pub(crate) async fn rows(x: &impl Executor, binds: Binds, sql: String) -> Result<Vec<QueryResult>> {
    let statement = Statement::from_sql_and_values(binds.backend, sql, binds.values);
    Ok(x.executor().query_all_raw(statement).await?)
}

pub(crate) fn count(row: &QueryResult) -> Result<u64> {
    let n: i64 = row.try_get("", "n")?;
    Ok(u64::try_from(n).unwrap_or(0))
}

pub(crate) fn text(row: &QueryResult, column: &str) -> Result<String> {
    Ok(row.try_get("", column)?)
}

/// Licenses by region (at `digits` leading digits), industry and status on `today`.
pub async fn license_counts(
    x: &impl Executor,
    scope: &Scope,
    digits: usize,
    today: NaiveDate,
) -> Result<Vec<LicenseCount>> {
    let mut binds = Binds::new(x.executor().get_database_backend());
    let within = enterprise_in_scope(&mut binds, scope, "e");
    // `LicenseStatus::as_of` in SQL: only a license in force can lapse by date.
    let (valid, suspended, expired) =
        (LicenseStatus::Valid.as_str(), LicenseStatus::Suspended.as_str(), LicenseStatus::Expired.as_str());
    let today = binds.push(today);
    let sql = format!(
        "SELECT SUBSTR(e.region_code, 1, {digits}) AS region, l.industry_code AS industry, \
         CASE WHEN l.status IN ('{valid}', '{suspended}') AND l.expires_on < {today} THEN '{expired}' \
         ELSE l.status END AS status, COUNT(*) AS n \
         FROM license l JOIN enterprise e ON e.id = l.enterprise_id WHERE {within} \
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
    );
    rows(x, binds, sql)
        .await?
        .iter()
        .map(|row| {
            let status = text(row, "status")?;
            Ok(LicenseCount {
                region_prefix: text(row, "region")?,
                industry: text(row, "industry")?,
                status: LicenseStatus::parse(&status)
                    .ok_or_else(|| StorageError::corrupt("license", format!("status {status}")))?,
                count: count(row)?,
            })
        })
        .collect()
}

/// Testing tasks by industry and status.
pub async fn task_counts(x: &impl Executor, scope: &Scope) -> Result<Vec<TaskCount>> {
    let mut binds = Binds::new(x.executor().get_database_backend());
    let within = enterprise_in_scope(&mut binds, scope, "e");
    let sql = format!(
        "SELECT t.industry_code AS industry, t.status AS status, COUNT(*) AS n \
         FROM testing_task t JOIN enterprise e ON e.id = t.enterprise_id WHERE {within} \
         GROUP BY 1, 2 ORDER BY 1, 2"
    );
    rows(x, binds, sql)
        .await?
        .iter()
        .map(|row| {
            let status = text(row, "status")?;
            Ok(TaskCount {
                industry: text(row, "industry")?,
                status: TaskStatus::parse(&status)
                    .ok_or_else(|| StorageError::corrupt("testing_task", format!("status {status}")))?,
                count: count(row)?,
            })
        })
        .collect()
}

/// Periodic samples (re-checks left out) taken from `from` to `to`, by industry and the
/// conclusion of their current verdict — the retest's where the objected items were retested.
pub async fn verdict_counts(
    x: &impl Executor,
    scope: &Scope,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<VerdictCount>> {
    let rows = verdict_groups(x, scope, Grouping::Industry, (from, to)).await?;
    Ok(rows
        .into_iter()
        .map(|(industry, conclusion, count)| VerdictCount { industry, conclusion, count })
        .collect())
}

/// What `verdict_groups` groups the samples by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// The task's industry code.
    Industry,
    /// The leading `digits` digits of the enterprise's region code.
    Region(usize),
    /// The sampling month, `YYYY-MM`.
    Month,
}

/// The same samples as `verdict_counts` — periodic, sampled from `from` to `to`, by the
/// conclusion of their current verdict — grouped by industry, region prefix or sampling month
/// (the exports' charts, docs/adr/0028). One statement; rows ordered by the group.
pub async fn verdict_groups(
    x: &impl Executor,
    scope: &Scope,
    grouping: Grouping,
    (from, to): (NaiveDate, NaiveDate),
) -> Result<Vec<(String, Conclusion, u64)>> {
    let mut binds = Binds::new(x.executor().get_database_backend());
    let group = match (grouping, binds.backend) {
        (Grouping::Industry, _) => "t.industry_code".to_owned(),
        (Grouping::Region(digits), _) => format!("SUBSTR(e.region_code, 1, {digits})"),
        // A DATE column on PostgreSQL, ISO text on SQLite.
        (Grouping::Month, sea_orm::DatabaseBackend::Postgres) => {
            "TO_CHAR(t.sampling_date, 'YYYY-MM')".to_owned()
        }
        (Grouping::Month, _) => "SUBSTR(t.sampling_date, 1, 7)".to_owned(),
    };
    let samples = periodic_samples(&mut binds, scope, (from, to));
    let sql = format!(
        "SELECT {group} AS grp, v.conclusion AS conclusion, COUNT(*) AS n {samples} GROUP BY 1, 2 ORDER BY 1, 2"
    );
    rows(x, binds, sql)
        .await?
        .iter()
        .map(|row| {
            let conclusion = text(row, "conclusion")?;
            let conclusion = Conclusion::parse(&conclusion)
                .ok_or_else(|| StorageError::corrupt("test_verdict", format!("conclusion {conclusion}")))?;
            Ok((text(row, "grp")?, conclusion, count(row)?))
        })
        .collect()
}

/// The periodic samples (not re-checks) of enterprises in `scope` sampled from `from` to `to`,
/// each with its current verdict `v` (a retest's replaces the first): the `FROM … WHERE` of
/// a grouped count, on `t`, `e` and `v`.
pub(crate) fn periodic_samples(
    binds: &mut Binds,
    scope: &Scope,
    (from, to): (NaiveDate, NaiveDate),
) -> String {
    let within = enterprise_in_scope(binds, scope, "e");
    let (from, to) = (binds.push(from), binds.push(to));
    format!(
        "FROM testing_task t JOIN enterprise e ON e.id = t.enterprise_id \
         JOIN test_verdict v ON v.task_id = t.id \
           AND v.id = (SELECT MAX(v2.id) FROM test_verdict v2 WHERE v2.task_id = t.id) \
         WHERE {within} AND t.rectification_id IS NULL AND t.sampling_date BETWEEN {from} AND {to}"
    )
}

/// Rectifications still running past their deadline on `today`, by region.
pub async fn overdue_rectifications(
    x: &impl Executor,
    scope: &Scope,
    digits: usize,
    today: NaiveDate,
) -> Result<Vec<RegionCount>> {
    let mut binds = Binds::new(x.executor().get_database_backend());
    let within = enterprise_in_scope(&mut binds, scope, "e");
    let running: Vec<String> = RectificationStatus::ALL
        .iter()
        .filter(|status| status.running())
        .map(|status| format!("'{}'", status.as_str()))
        .collect();
    let today = binds.push(today);
    let sql = format!(
        "SELECT SUBSTR(e.region_code, 1, {digits}) AS region, COUNT(*) AS n \
         FROM rectification r JOIN enterprise e ON e.id = r.enterprise_id \
         WHERE {within} AND r.status IN ({running}) AND r.deadline < {today} \
         GROUP BY 1 ORDER BY 1",
        running = running.join(", ")
    );
    rows(x, binds, sql)
        .await?
        .iter()
        .map(|row| Ok(RegionCount { region_prefix: text(row, "region")?, count: count(row)? }))
        .collect()
}
