//! Read-only queries behind `dueTests`: the licenses in force inside a jurisdiction, each with
//! one schedule per test scope of its industry (检验范围), and for each scope the last periodic
//! sample that satisfies it; filtered to the licenses with a test of some scope due by the
//! window's end.
//!
//! The calendar rule lives in `oversight_domain::testing::due`; it reduces "a test is due by day D" to
//! "the scope's anchor (last periodic sample, else issue date) is on or before a threshold", one
//! threshold per scope and frequency. The scopes, their thresholds and which task scopes satisfy
//! which are bound into the statement as two small `VALUES` tables (`sc`, `sat`), so the page
//! and the totals are each ONE statement over `license ⋈ enterprise ⋈ sc`, whatever the size of
//! the jurisdiction and the number of scopes — no statement per license or scope.

use std::future::Future;

use chrono::NaiveDate;
use oversight_domain::RegionCode;
use oversight_domain::registry::license::LicenseStatus;
use oversight_domain::risk::{RiskClass, UNASSESSED_CLASS};
use oversight_domain::testing::judgment::Conclusion;
use oversight_domain::testing::supervision::TaskStatus;
use oversight_domain::{EnterpriseId, LicenseId};
use sea_orm::{ConnectionTrait, DatabaseExecutor, QueryResult, Statement};

use crate::page::{self, Direction, Keyset};
use crate::sql::{self, Binds};
use crate::{Executor, Page, PageRequest, Result};

/// The anchor thresholds of one scope at one frequency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnchorLimits {
    /// A license whose anchor is on or before this day has a test due in or before the window.
    pub due_by: NaiveDate,
    /// … and on or before this day, one overdue at the window's start.
    pub overdue_by: NaiveDate,
    /// The interval in whole months: the next due day is the anchor plus this many months (the
    /// inbox's tests to sample are dated by it, docs/adr/0040 decision 8).
    pub months: u32,
}

/// One test scope of an industry with its thresholds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopeLimits {
    /// The province whose frequency matrix these limits follow, by its two-digit prefix (`32`);
    /// empty for the national matrix, which every other province follows (docs/adr/0032).
    pub province: String,
    /// The industry; `None` for the scope of every industry without a plugin.
    pub industry: Option<String>,
    pub scope: String,
    /// The risk class these limits are for (the frequency matrix multiplies by class).
    pub class: RiskClass,
    /// At the normal frequency.
    pub normal: AnchorLimits,
    /// At the increased frequency (增加频次; the normal limits when the plugin declares none).
    pub increased: AnchorLimits,
    /// The task scopes whose samples satisfy this one (itself and those covering it). Tasks
    /// without a recorded scope always do; for an industry without a plugin every sample does.
    pub satisfied_by: Vec<String>,
}

/// Which licenses to consider and how to filter them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueFilter {
    /// The jurisdiction: enterprises whose region lies in it …
    pub region: RegionCode,
    /// … and in none of these jurisdictions inside it (the inbox leaves out the places of the
    /// authorities below the caller, docs/adr/0040 decision 8; empty for `dueTests`).
    pub excluded: Vec<RegionCode>,
    /// Every scope of every industry with a plugin, then exactly one with `industry: None`.
    pub scopes: Vec<ScopeLimits>,
    /// A failing final verdict dated on or after this day gives the increased frequency.
    pub failed_since: NaiveDate,
    /// Licenses whose last valid day is before this day are expired, whatever their stored
    /// status says (`LicenseStatus::as_of`), and not listed.
    pub in_force_on: NaiveDate,
}

/// One scope of a listed license: what its schedule needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueScopeRow {
    pub scope: String,
    /// The latest periodic sample satisfying the scope.
    pub last_sampled: Option<NaiveDate>,
    /// The enterprise has a failing final verdict since `DueFilter::failed_since`.
    pub failed_recently: bool,
}

/// A license in force with every scope of its industry, in the filter's scope order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueLicenseRow {
    pub license_id: LicenseId,
    pub enterprise_id: EnterpriseId,
    pub industry: String,
    pub issued_on: NaiveDate,
    /// The enterprise's current risk class (`UNASSESSED_CLASS` before its first assessment).
    pub class: RiskClass,
    /// The province whose matrix it follows (`ScopeLimits::province`).
    pub province: String,
    pub scopes: Vec<DueScopeRow>,
}

/// Totals over the whole jurisdiction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DueTotals {
    /// Licenses in force (valid or suspended) in the jurisdiction.
    pub licenses: u64,
    /// Enterprises holding them.
    pub enterprises: u64,
    /// Licenses with a test of some scope due in the window or overdue.
    pub due: u64,
    /// Licenses with a test of some scope overdue at the window's start.
    pub overdue: u64,
}

/// The tasks of `tt` that count as the last sample: a sample whose first verdict is NOT_JUDGEABLE
/// (`Conclusion::NotJudgeable`) tested nothing the schedule can rest on, so the license stays due
/// (docs/adr/0015); one probe of `ix_test_verdict_task` per task.
const COMPLETE_OR_PENDING: &str = "NOT EXISTS (SELECT 1 FROM test_verdict v WHERE v.task_id = tt.id \
     AND v.retest = FALSE AND v.conclusion = 'NOT_JUDGEABLE')";

/// The `sc` rows (industry, scope, class, order, thresholds), the `sat` rows (which task scopes
/// satisfy a scope) and the industries with a plugin.
fn scope_values(binds: &mut Binds, filter: &DueFilter) -> ScopeValues {
    let mut scope_rows = Vec::new();
    let mut satisfied_rows = Vec::new();
    let mut plugins = Vec::new();
    let mut provinces = Vec::new();
    for (ord, scope) in filter.scopes.iter().enumerate() {
        let industry = scope.industry.clone().unwrap_or_default();
        if scope.industry.is_some() && !plugins.contains(&industry) {
            plugins.push(industry.clone());
        }
        if !scope.province.is_empty() && !provinces.contains(&scope.province) {
            provinces.push(scope.province.clone());
        }
        scope_rows.push(format!(
            "({}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {})",
            binds.push(scope.province.clone()),
            binds.push(industry.clone()),
            binds.push(scope.scope.clone()),
            binds.push(scope.class.as_str()),
            binds.push(i32::try_from(ord).unwrap_or(i32::MAX)),
            binds.push(scope.normal.due_by),
            binds.push(scope.normal.overdue_by),
            binds.push(scope.increased.due_by),
            binds.push(scope.increased.overdue_by),
            binds.push(i32::try_from(scope.normal.months).unwrap_or(12)),
            binds.push(i32::try_from(scope.increased.months).unwrap_or(12)),
        ));
        // The satisfying scopes depend on neither the class nor the province: listed once per
        // scope.
        let listed = scope.class == UNASSESSED_CLASS && scope.province.is_empty();
        for task_scope in scope.satisfied_by.iter().filter(|_| listed) {
            satisfied_rows.push(format!(
                "({}, {}, {})",
                binds.push(industry.clone()),
                binds.push(scope.scope.clone()),
                binds.push(task_scope.clone())
            ));
        }
    }
    ScopeValues { scope_rows, satisfied_rows, plugins, provinces }
}

/// The `VALUES` rows of `sc` and `sat`, the industries with a plugin and the provinces with a
/// matrix of their own.
struct ScopeValues {
    scope_rows: Vec<String>,
    satisfied_rows: Vec<String>,
    plugins: Vec<String>,
    provinces: Vec<String>,
}

/// Builds `WITH sc …, sat …, d AS (…)`: `d` holds one row per (license in force in the
/// jurisdiction, scope of its industry) with the scope's last periodic sample, whether the
/// enterprise failed recently, whether the scope is due (`due`) or overdue (`overdue`), and its
/// next due day (`next_due`: the anchor plus the interval in force).
///
/// A re-check (复查, `rectification_id` set) is anchored on its rectification and does not move
/// the periodic schedule (issue 11 item 10), so only tasks without a rectification count — the
/// same rule as `oversight_domain::testing::due::last_periodic_sample`; neither do cancelled tasks.
///
/// The licenses come first, on their own (`lic`, materialized): the jurisdiction's enterprises by
/// their region index, then their licenses in force, each with its matrix keys (province,
/// industry, class) and whether its enterprise failed recently (once per license, not per
/// scope); then each joins its scopes' `sc` rows on those keys. Left to themselves the planners
/// started from the dozen `sc` rows — SQLite (no statistics) scanning every license in force
/// once per row, PostgreSQL joining every license of the nation to them before reading the region
/// — whatever the jurisdiction (docs/adr/0040 decision 8). `CROSS JOIN` is SQLite's way of
/// fixing the order of a join; PostgreSQL plans it, with its conditions in `WHERE`, like any
/// inner join.
pub(crate) fn with_scopes(binds: &mut Binds, filter: &DueFilter) -> String {
    let places = filter
        .region
        .ranges_without(&filter.excluded)
        .into_iter()
        .map(|(low, high)| format!("e.region_code BETWEEN {} AND {}", binds.push(low), binds.push(high)))
        .collect::<Vec<_>>();
    let places = if places.is_empty() { "1 = 0".to_owned() } else { places.join(" OR ") };
    let valid = binds.push(LicenseStatus::Valid.as_str());
    let suspended = binds.push(LicenseStatus::Suspended.as_str());
    let ScopeValues { scope_rows, mut satisfied_rows, plugins, provinces } = scope_values(binds, filter);
    if satisfied_rows.is_empty() {
        // A VALUES list needs a row; this one matches no scope.
        satisfied_rows.push(format!("({0}, {0}, {0})", binds.push("")));
    }
    // Industries without a plugin join the scope whose industry is ''.
    let industry_key = if plugins.is_empty() {
        "''".to_owned()
    } else {
        let list = plugins.iter().map(|code| binds.push(code.clone())).collect::<Vec<_>>().join(", ");
        format!("CASE WHEN l.industry_code IN ({list}) THEN l.industry_code ELSE '' END")
    };
    // Enterprises of a province with a matrix of its own join its rows; the others the national.
    let province_key = if provinces.is_empty() {
        "''".to_owned()
    } else {
        let list = provinces.iter().map(|code| binds.push(code.clone())).collect::<Vec<_>>().join(", ");
        format!(
            "CASE WHEN SUBSTR(e.region_code, 1, 2) IN ({list}) THEN SUBSTR(e.region_code, 1, 2) ELSE '' END"
        )
    };
    let unassessed = binds.push(UNASSESSED_CLASS.as_str());
    let since = binds.push(filter.failed_since);
    let in_force_on = binds.push(filter.in_force_on);
    let nonconforming = binds.push(Conclusion::Nonconforming.as_str());
    // A cancelled task tested nothing: it is no sample (ADR 0009 decision 19).
    let cancelled = binds.push(TaskStatus::Cancelled.as_str());
    let anchor = "COALESCE(r.last_sampled, r.issued_on)";
    let next_due =
        sql::add_months(binds.backend, anchor, "CASE WHEN r.failed = 1 THEN r.months_inc ELSE r.months END");
    format!(
        "WITH sc (province, industry, scope, class, ord, due_by, overdue_by, due_by_inc, overdue_by_inc, months, months_inc) \
         AS (VALUES {scopes}), \
         sat (industry, scope, task_scope) AS (VALUES {satisfied}), \
         lic AS MATERIALIZED (SELECT l.id AS license_id, l.enterprise_id, l.industry_code, \
           l.number AS license_number, l.issued_on, {province_key} AS province, {industry_key} AS industry, \
           COALESCE(rc.class, {unassessed}) AS class, \
           CASE WHEN EXISTS (SELECT 1 FROM testing_task ft JOIN test_verdict fv ON fv.task_id = ft.id \
             WHERE ft.enterprise_id = l.enterprise_id AND ft.verdict_date >= {since} \
             AND fv.conclusion = {nonconforming} AND (fv.retest = TRUE OR NOT EXISTS \
               (SELECT 1 FROM test_verdict rv WHERE rv.task_id = ft.id AND rv.retest = TRUE))) \
           THEN 1 ELSE 0 END AS failed \
           FROM enterprise e CROSS JOIN license l \
           LEFT JOIN enterprise_risk_class rc ON rc.enterprise_id = l.enterprise_id \
           WHERE l.enterprise_id = e.id AND l.status IN ({valid}, {suspended}) AND l.expires_on >= {in_force_on} \
           AND ({places})), \
         r AS (SELECT c.license_id, c.enterprise_id, c.industry_code, c.license_number, c.issued_on, c.failed, \
           s.province, s.scope, s.class, s.ord, s.due_by, s.overdue_by, s.due_by_inc, s.overdue_by_inc, s.months, s.months_inc, \
           (SELECT MAX(tt.sampling_date) FROM testing_task tt WHERE tt.license_id = c.license_id \
             AND tt.rectification_id IS NULL AND tt.status <> {cancelled} AND {COMPLETE_OR_PENDING} \
             AND (s.industry = '' OR tt.test_scope IS NULL OR tt.test_scope IN \
               (SELECT sat.task_scope FROM sat WHERE sat.industry = s.industry AND sat.scope = s.scope))) \
           AS last_sampled \
           FROM lic c JOIN sc s ON s.province = c.province AND s.industry = c.industry AND s.class = c.class), \
         d AS (SELECT r.*, \
           CASE WHEN {anchor} <= CASE WHEN r.failed = 1 THEN r.due_by_inc ELSE r.due_by END \
             THEN 1 ELSE 0 END AS due, \
           CASE WHEN {anchor} <= CASE WHEN r.failed = 1 THEN r.overdue_by_inc ELSE r.overdue_by END \
             THEN 1 ELSE 0 END AS overdue, {next_due} AS next_due FROM r) ",
        scopes = scope_rows.join(", "),
        satisfied = satisfied_rows.join(", "),
    )
}

/// One keyset page (by license id) of the licenses with a test of some scope due in or before
/// the window, each with all its scopes.
pub async fn due_page(
    x: &impl Executor,
    filter: &DueFilter,
    request: &PageRequest<i64>,
) -> Result<Page<DueLicenseRow>> {
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let with = with_scopes(&mut binds, filter);
    let statement = DueStatement { executor, binds, with, bounds: Vec::new(), order: "ASC" };
    page::read(statement, Direction::Ascending, request).await
}

/// The due list as a keyset page on the license id: the page's licenses are chosen (bounded,
/// ordered, limited) in a subquery, then all their scope rows are read in the same statement.
struct DueStatement<'x> {
    executor: DatabaseExecutor<'x>,
    binds: Binds,
    with: String,
    bounds: Vec<String>,
    order: &'static str,
}

impl Keyset<i64> for DueStatement<'_> {
    type Row = DueLicenseRow;

    fn past(mut self, key: &i64, direction: Direction) -> Self {
        let operator = direction.past_operator();
        let key = self.binds.push(*key);
        self.bounds.push(format!(" AND p.license_id {operator} {key}"));
        self
    }

    fn ordered(mut self, direction: Direction) -> Self {
        self.order = direction.keyword();
        self
    }

    fn fetch(mut self, limit: u64) -> impl Future<Output = Result<Vec<DueLicenseRow>>> + Send {
        let limit = self.binds.push(i64::try_from(limit).unwrap_or(i64::MAX));
        let (order, bounds) = (self.order, self.bounds.concat());
        let sql = format!(
            "{with}SELECT d.license_id, d.enterprise_id, d.industry_code, d.issued_on, d.scope, \
             d.class, d.province, d.last_sampled, d.failed FROM d WHERE d.license_id IN (SELECT p.license_id FROM d p \
             WHERE p.due = 1{bounds} GROUP BY p.license_id ORDER BY p.license_id {order} LIMIT {limit}) \
             ORDER BY d.license_id {order}, d.ord ASC",
            with = self.with
        );
        let statement = Statement::from_sql_and_values(self.binds.backend, sql, self.binds.values);
        async move { group(&self.executor.query_all_raw(statement).await?) }
    }
}

/// The totals of the whole jurisdiction, in one aggregate statement.
pub async fn due_totals(x: &impl Executor, filter: &DueFilter) -> Result<DueTotals> {
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let with = with_scopes(&mut binds, filter);
    // Per license first (due when any scope is), then counted; COALESCE around SUM: SQLite's SUM
    // over no rows is NULL.
    let sql = format!(
        "{with}SELECT COUNT(*) AS licenses, COUNT(DISTINCT x.enterprise_id) AS enterprises, \
         COALESCE(SUM(x.due), 0) AS due, COALESCE(SUM(x.overdue), 0) AS overdue FROM \
         (SELECT d.license_id, d.enterprise_id, MAX(d.due) AS due, MAX(d.overdue) AS overdue FROM d \
          GROUP BY d.license_id, d.enterprise_id) x"
    );
    let row =
        executor.query_one_raw(Statement::from_sql_and_values(binds.backend, sql, binds.values)).await?;
    let Some(row) = row else {
        return Ok(DueTotals::default());
    };
    let count = |column: &str| -> Result<u64> {
        let n: i64 = row.try_get("", column)?;
        Ok(u64::try_from(n).unwrap_or(0))
    };
    Ok(DueTotals {
        licenses: count("licenses")?,
        enterprises: count("enterprises")?,
        due: count("due")?,
        overdue: count("overdue")?,
    })
}

fn class_of(row: &QueryResult) -> Result<RiskClass> {
    let class: String = row.try_get("", "class")?;
    RiskClass::parse(&class)
        .ok_or_else(|| crate::StorageError::corrupt("enterprise_risk_class", format!("class {class}")))
}

/// Folds the (license, scope) rows, ordered by license, into one row per license.
fn group(rows: &[QueryResult]) -> Result<Vec<DueLicenseRow>> {
    let mut licenses: Vec<DueLicenseRow> = Vec::new();
    for row in rows {
        let license_id = LicenseId::new(row.try_get("", "license_id")?);
        let failed: i32 = row.try_get("", "failed")?;
        let scope = DueScopeRow {
            scope: row.try_get("", "scope")?,
            last_sampled: row.try_get("", "last_sampled")?,
            failed_recently: failed == 1,
        };
        match licenses.last_mut() {
            Some(last) if last.license_id == license_id => last.scopes.push(scope),
            _ => licenses.push(DueLicenseRow {
                license_id,
                enterprise_id: EnterpriseId::new(row.try_get("", "enterprise_id")?),
                industry: row.try_get("", "industry_code")?,
                issued_on: row.try_get("", "issued_on")?,
                class: class_of(row)?,
                province: row.try_get("", "province")?,
                scopes: vec![scope],
            }),
        }
    }
    Ok(licenses)
}

#[cfg(test)]
mod tests {
    use oversight_domain::testing::judgment::Conclusion;

    #[test]
    fn the_schedule_skips_the_stored_not_judgeable_conclusion() {
        let stored = format!("v.conclusion = '{}'", Conclusion::NotJudgeable.as_str());
        assert!(super::COMPLETE_OR_PENDING.contains(&stored), "{}", super::COMPLETE_OR_PENDING);
    }
}
