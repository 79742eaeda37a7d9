//! Generated reports (年度报告, 半年报告, §二(五), docs/adr/0030): the report rows with their
//! approval status (saved by compare-and-set), their versions, and each version's snapshot —
//! the records every figure counted, written by one `INSERT … SELECT` per figure from the source
//! tables (the same conditions as the dashboard's counts, over the reporting authority's
//! jurisdiction), then the counts grouped from those rows in one more statement. A figure is
//! therefore exactly the number of its drill-down rows, and later record changes do not move it.

mod live;
mod snapshot;

use std::future::Future;

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::access::Scope;
use oversight_domain::generated_report::{Figure, FigureCount, ReportKind, ReportPeriod, ReportStatus};
use oversight_domain::{AuthorityId, GeneratedReportId, RegionCode, ReportVersionId, TypedId};
use sea_orm::{ConnectionTrait, DatabaseExecutor, QueryResult, Statement, Value};

use crate::page::{self, Direction, Keyset, Page, PageRequest};
use crate::sql::Binds;
use crate::{Executor, Result, StorageError};

pub use live::{live_closed_notice_days, live_counts, live_records};
pub use snapshot::{SnapshotOf, write_snapshot};

const TABLE: &str = "generated_report";

/// A stored report: who reports, for which period, where it stands, its current version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportRecord {
    pub id: GeneratedReportId,
    pub authority_id: AuthorityId,
    pub authority_region: RegionCode,
    pub period: ReportPeriod,
    pub status: ReportStatus,
    /// The newest version's number (0 before the first generation).
    pub current_version: i32,
    /// The tier above's reason, when it returned the report last.
    pub return_reason: Option<String>,
    /// The tier above's reason, when it unlocked the report last.
    pub unlock_reason: Option<String>,
    /// The day it was first submitted to the tier above (kept through returns and unlocks).
    pub first_submitted_on: Option<NaiveDate>,
    pub updated_by: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// One generation of a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionRecord {
    pub id: ReportVersionId,
    pub report_id: GeneratedReportId,
    pub version: i32,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    pub generated_on: NaiveDate,
    pub generated_by: String,
    /// The median working days from sending to closing of the notices the version counted closed.
    pub median_close_days: Option<u32>,
    /// When the tier above locked this version (a later unlock keeps it readable).
    pub locked_at: Option<DateTime<Utc>>,
    pub locked_by: Option<String>,
}

async fn query(x: DatabaseExecutor<'_>, binds: Binds, sql: String) -> Result<Vec<QueryResult>> {
    Ok(x.query_all_raw(Statement::from_sql_and_values(binds.backend, sql, binds.values)).await?)
}

async fn execute(x: DatabaseExecutor<'_>, binds: Binds, sql: String) -> Result<u64> {
    let statement = Statement::from_sql_and_values(binds.backend, sql, binds.values);
    Ok(x.execute_raw(statement).await.map_err(StorageError::from_write)?.rows_affected())
}

const REPORT_COLUMNS: &str = "r.id, r.authority_id, r.authority_region, r.kind, r.year, r.half, r.status, \
     r.current_version, r.return_reason, r.unlock_reason, r.first_submitted_on, r.updated_by, r.created_at, \
     r.updated_at";

fn report(row: &QueryResult) -> Result<ReportRecord> {
    let corrupt = |what: String| StorageError::corrupt(TABLE, what);
    let kind: String = row.try_get("", "kind")?;
    let status: String = row.try_get("", "status")?;
    let region: String = row.try_get("", "authority_region")?;
    let half: i16 = row.try_get("", "half")?;
    let kind = ReportKind::parse(&kind).ok_or_else(|| corrupt(format!("kind {kind}")))?;
    Ok(ReportRecord {
        id: GeneratedReportId::new(row.try_get("", "id")?),
        authority_id: AuthorityId::new(row.try_get("", "authority_id")?),
        authority_region: RegionCode::parse(&region).map_err(|_| corrupt(format!("region {region}")))?,
        period: ReportPeriod { kind, year: row.try_get("", "year")?, half: ReportPeriod::half_of(half) },
        status: ReportStatus::parse(&status).ok_or_else(|| corrupt(format!("status {status}")))?,
        current_version: row.try_get("", "current_version")?,
        return_reason: row.try_get("", "return_reason")?,
        unlock_reason: row.try_get("", "unlock_reason")?,
        first_submitted_on: row.try_get("", "first_submitted_on")?,
        updated_by: row.try_get("", "updated_by")?,
        created_at: row.try_get("", "created_at")?,
        updated_at: row.try_get("", "updated_at")?,
    })
}

/// The report of an authority for a period, if it was generated before.
pub async fn find(
    x: &impl Executor,
    authority_id: AuthorityId,
    period: &ReportPeriod,
) -> Result<Option<ReportRecord>> {
    let mut binds = Binds::new(x.executor().get_database_backend());
    let sql = format!(
        "SELECT {REPORT_COLUMNS} FROM generated_report r WHERE r.authority_id = {} AND r.kind = {} \
         AND r.year = {} AND r.half = {}",
        binds.push(authority_id.key()),
        binds.push(period.kind.as_str()),
        binds.push(period.year),
        binds.push(period.half_number()),
    );
    query(x.executor(), binds, sql).await?.first().map(report).transpose()
}

/// The reports of these authorities for the periods of `years` (the supervision overview,
/// docs/adr/0042; the reports an agreement counts on time), by authority, year, kind and half:
/// one statement on `ux_generated_report_period`.
pub async fn of_authorities(
    x: &impl Executor,
    ids: &[AuthorityId],
    years: &[i32],
) -> Result<Vec<ReportRecord>> {
    if ids.is_empty() || years.is_empty() {
        return Ok(Vec::new());
    }
    let mut binds = Binds::new(x.executor().get_database_backend());
    let listed: Vec<String> = ids.iter().map(|id| binds.push(id.key())).collect();
    let years: Vec<String> = years.iter().map(|year| binds.push(*year)).collect();
    let sql = format!(
        "SELECT {REPORT_COLUMNS} FROM generated_report r WHERE r.authority_id IN ({}) AND r.year IN ({}) \
         ORDER BY r.authority_id, r.year, r.kind, r.half",
        listed.join(", "),
        years.join(", "),
    );
    query(x.executor(), binds, sql).await?.iter().map(report).collect()
}

/// Stores a new report of an authority for a period, as a draft with no version yet.
pub async fn insert(
    x: &impl Executor,
    (authority_id, region): (AuthorityId, RegionCode),
    period: &ReportPeriod,
    by: &str,
    now: DateTime<Utc>,
) -> Result<ReportRecord> {
    let mut binds = Binds::new(x.executor().get_database_backend());
    let values = [
        binds.push(authority_id.key()),
        binds.push(region.as_str()),
        binds.push(period.kind.as_str()),
        binds.push(period.year),
        binds.push(period.half_number()),
        binds.push(ReportStatus::Draft.as_str()),
        binds.push(by),
        binds.push(now),
    ];
    let [authority, region_value, kind, year, half, status, by, now] = values;
    let sql = format!(
        "INSERT INTO generated_report (authority_id, authority_region, kind, year, half, status, \
         current_version, updated_by, created_at, updated_at) \
         VALUES ({authority}, {region_value}, {kind}, {year}, {half}, {status}, 0, {by}, {now}, {now}) \
         RETURNING id"
    );
    let statement = Statement::from_sql_and_values(binds.backend, sql, binds.values);
    let row = x.executor().query_one_raw(statement).await.map_err(StorageError::from_write)?;
    let id: i64 = row.ok_or_else(|| StorageError::corrupt(TABLE, "no id returned"))?.try_get("", "id")?;
    let found = by_ids(x, &Scope::Everything, &[GeneratedReportId::new(id)]).await?.pop();
    found.ok_or_else(|| StorageError::corrupt(TABLE, format!("report {id} not read back")))
}

/// `scope` as a condition on the report's authority region.
fn in_scope(binds: &mut Binds, scope: &Scope) -> String {
    match scope {
        Scope::Everything => "1 = 1".to_owned(),
        Scope::Within(region) => {
            let (low, high) = region.range();
            format!("r.authority_region BETWEEN {} AND {}", binds.push(low), binds.push(high))
        }
        Scope::Nothing | Scope::Enterprise(_) => "1 = 0".to_owned(),
    }
}

/// The reports of `ids` within `scope` (by the reporting authority's region), in id order.
pub async fn by_ids(
    x: &impl Executor,
    scope: &Scope,
    ids: &[GeneratedReportId],
) -> Result<Vec<ReportRecord>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut binds = Binds::new(x.executor().get_database_backend());
    let within = in_scope(&mut binds, scope);
    let list: Vec<String> = ids.iter().map(|id| binds.push(id.key())).collect();
    let sql = format!(
        "SELECT {REPORT_COLUMNS} FROM generated_report r WHERE r.id IN ({}) AND {within} ORDER BY r.id",
        list.join(", ")
    );
    query(x.executor(), binds, sql).await?.iter().map(report).collect()
}

/// Saves a report's step if it still stands as `current` (status and version): compare-and-set.
pub async fn save(x: &impl Executor, current: &ReportRecord, next: &ReportRecord) -> Result<bool> {
    let mut binds = Binds::new(x.executor().get_database_backend());
    let sql = format!(
        "UPDATE generated_report SET status = {}, current_version = {}, return_reason = {}, \
         unlock_reason = {}, first_submitted_on = {}, updated_by = {}, updated_at = {} \
         WHERE id = {} AND status = {} AND current_version = {}",
        binds.push(next.status.as_str()),
        binds.push(next.current_version),
        binds.push(next.return_reason.clone()),
        binds.push(next.unlock_reason.clone()),
        binds.push(next.first_submitted_on),
        binds.push(next.updated_by.as_str()),
        binds.push(next.updated_at),
        binds.push(current.id.key()),
        binds.push(current.status.as_str()),
        binds.push(current.current_version),
    );
    Ok(execute(x.executor(), binds, sql).await? == 1)
}

/// What a new version records besides its snapshot.
#[derive(Debug, Clone, Copy)]
pub struct NewVersion<'a> {
    pub report_id: GeneratedReportId,
    pub version: i32,
    pub span: (NaiveDate, NaiveDate),
    pub generated_on: NaiveDate,
    pub generated_by: &'a str,
}

const VERSION_COLUMNS: &str = "v.id, v.report_id, v.version, v.period_from, v.period_to, v.generated_on, \
     v.generated_by, v.median_close_days, v.locked_at, v.locked_by";

fn version(row: &QueryResult) -> Result<VersionRecord> {
    let median: Option<i32> = row.try_get("", "median_close_days")?;
    Ok(VersionRecord {
        id: ReportVersionId::new(row.try_get("", "id")?),
        report_id: GeneratedReportId::new(row.try_get("", "report_id")?),
        version: row.try_get("", "version")?,
        period_from: row.try_get("", "period_from")?,
        period_to: row.try_get("", "period_to")?,
        generated_on: row.try_get("", "generated_on")?,
        generated_by: row.try_get("", "generated_by")?,
        median_close_days: median.and_then(|days| u32::try_from(days).ok()),
        locked_at: row.try_get("", "locked_at")?,
        locked_by: row.try_get("", "locked_by")?,
    })
}

/// Stores a version's row (its snapshot is written next, by `write_snapshot`).
pub async fn insert_version(
    x: &impl Executor,
    new: &NewVersion<'_>,
    now: DateTime<Utc>,
) -> Result<ReportVersionId> {
    let mut binds = Binds::new(x.executor().get_database_backend());
    let sql = format!(
        "INSERT INTO report_version (report_id, version, period_from, period_to, generated_on, \
         generated_by, created_at) VALUES ({}, {}, {}, {}, {}, {}, {}) RETURNING id",
        binds.push(new.report_id.key()),
        binds.push(new.version),
        binds.push(new.span.0),
        binds.push(new.span.1),
        binds.push(new.generated_on),
        binds.push(new.generated_by),
        binds.push(now),
    );
    let statement = Statement::from_sql_and_values(binds.backend, sql, binds.values);
    let row = x.executor().query_one_raw(statement).await.map_err(StorageError::from_write)?;
    let id: i64 =
        row.ok_or_else(|| StorageError::corrupt("report_version", "no id returned"))?.try_get("", "id")?;
    Ok(ReportVersionId::new(id))
}

/// Records the median working days to close of a version's closed notices.
pub async fn set_median(x: &impl Executor, id: ReportVersionId, median: Option<u32>) -> Result<()> {
    let mut binds = Binds::new(x.executor().get_database_backend());
    let median = median.and_then(|days| i32::try_from(days).ok());
    let sql = format!(
        "UPDATE report_version SET median_close_days = {} WHERE id = {}",
        binds.push(median),
        binds.push(id.get())
    );
    execute(x.executor(), binds, sql).await.map(|_| ())
}

/// Marks the version the tier above locked.
pub async fn lock_version(
    x: &impl Executor,
    id: ReportVersionId,
    by: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let mut binds = Binds::new(x.executor().get_database_backend());
    let sql = format!(
        "UPDATE report_version SET locked_at = {}, locked_by = {} WHERE id = {}",
        binds.push(now),
        binds.push(by),
        binds.push(id.get())
    );
    execute(x.executor(), binds, sql).await.map(|_| ())
}

/// Every version of the reports named, newest first within each report, in one statement.
pub async fn versions_of(x: &impl Executor, reports: &[GeneratedReportId]) -> Result<Vec<VersionRecord>> {
    if reports.is_empty() {
        return Ok(Vec::new());
    }
    let mut binds = Binds::new(x.executor().get_database_backend());
    let list: Vec<String> = reports.iter().map(|id| binds.push(id.key())).collect();
    let sql = format!(
        "SELECT {VERSION_COLUMNS} FROM report_version v WHERE v.report_id IN ({}) \
         ORDER BY v.report_id, v.version DESC",
        list.join(", ")
    );
    query(x.executor(), binds, sql).await?.iter().map(version).collect()
}

/// The counted figures of the versions named, in one statement.
pub async fn figures_of(
    x: &impl Executor,
    versions: &[ReportVersionId],
) -> Result<Vec<(ReportVersionId, FigureCount)>> {
    if versions.is_empty() {
        return Ok(Vec::new());
    }
    let mut binds = Binds::new(x.executor().get_database_backend());
    let list: Vec<String> = versions.iter().map(|id| binds.push(id.get())).collect();
    let sql = format!(
        "SELECT f.version_id, f.figure, f.grp, f.n FROM report_figure f WHERE f.version_id IN ({}) \
         ORDER BY f.version_id, f.figure, f.grp",
        list.join(", ")
    );
    query(x.executor(), binds, sql)
        .await?
        .iter()
        .map(|row| {
            let figure: String = row.try_get("", "figure")?;
            let n: i64 = row.try_get("", "n")?;
            let count = FigureCount {
                figure: Figure::parse(&figure)
                    .ok_or_else(|| StorageError::corrupt("report_figure", format!("figure {figure}")))?,
                group: row.try_get("", "grp")?,
                count: u64::try_from(n).unwrap_or(0),
            };
            Ok((ReportVersionId::new(row.try_get("", "version_id")?), count))
        })
        .collect()
}

/// Which records of a version's figure to page through: one group (an industry), or all.
#[derive(Debug, Clone)]
pub struct RecordsOf {
    pub version_id: ReportVersionId,
    pub figure: Figure,
    pub group: Option<String>,
}

/// A record a figure counted, with its group: the drill-down's position. A figure counted by
/// quarter names one license in each quarter it is owed (docs/adr/0030 decision 8), so the id
/// alone does not place a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordKey {
    pub id: i64,
    pub group: String,
}

/// One keyset page (by record id, then group) of the records a figure counted.
pub async fn records_page(
    x: &impl Executor,
    of: &RecordsOf,
    request: &PageRequest<RecordKey>,
) -> Result<Page<RecordKey>> {
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let mut condition = format!(
        "c.version_id = {} AND c.figure = {}",
        binds.push(of.version_id.get()),
        binds.push(of.figure.as_str())
    );
    if let Some(group) = &of.group {
        condition.push_str(&format!(" AND c.grp = {}", binds.push(group.as_str())));
    }
    page::read(RecordStatement { executor, binds, condition, order: "ASC" }, Direction::Ascending, request)
        .await
}

/// The records of a version's figure, keyset-paged on the key `report_record` is stored by
/// (record id, group).
struct RecordStatement<'x> {
    executor: DatabaseExecutor<'x>,
    binds: Binds,
    condition: String,
    order: &'static str,
}

impl Keyset<RecordKey> for RecordStatement<'_> {
    type Row = RecordKey;

    fn past(mut self, key: &RecordKey, direction: Direction) -> Self {
        let operator = direction.past_operator();
        // Placeholders are numbered, so the id is bound once and named twice.
        let (id, group) = (self.binds.push(key.id), self.binds.push(key.group.as_str()));
        self.condition.push_str(&format!(
            " AND (c.record_id {operator} {id} OR (c.record_id = {id} AND c.grp {operator} {group}))"
        ));
        self
    }

    fn ordered(mut self, direction: Direction) -> Self {
        self.order = direction.keyword();
        self
    }

    fn fetch(mut self, limit: u64) -> impl Future<Output = Result<Vec<RecordKey>>> + Send {
        let limit = self.binds.push(i64::try_from(limit).unwrap_or(i64::MAX));
        let sql = format!(
            "SELECT c.record_id AS id, c.grp AS grp FROM report_record c WHERE {} \
             ORDER BY c.record_id {order}, c.grp {order} LIMIT {limit}",
            self.condition,
            order = self.order
        );
        let statement = Statement::from_sql_and_values(self.binds.backend, sql, self.binds.values);
        async move {
            let rows = self.executor.query_all_raw(statement).await?;
            rows.iter()
                .map(|row| Ok(RecordKey { id: row.try_get("", "id")?, group: row.try_get("", "grp")? }))
                .collect()
        }
    }
}

/// The reports in `scope`, optionally of one status, as a keyset page on the id (newest last).
pub async fn page(
    x: &impl Executor,
    scope: &Scope,
    status: Option<ReportStatus>,
    request: &PageRequest<i64>,
) -> Result<Page<ReportRecord>> {
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let mut condition = in_scope(&mut binds, scope);
    if let Some(status) = status {
        condition.push_str(&format!(" AND r.status = {}", binds.push(status.as_str())));
    }
    let statement = IdStatement {
        executor,
        binds,
        select: "SELECT r.id AS id FROM generated_report r".to_owned(),
        condition,
        key: "r.id",
        order: "ASC",
    };
    let ids = page::read(statement, Direction::Ascending, request).await?;
    let reports = by_ids(
        x,
        &Scope::Everything,
        &ids.items.iter().copied().map(GeneratedReportId::new).collect::<Vec<_>>(),
    )
    .await?;
    Ok(Page { items: reports, has_previous_page: ids.has_previous_page, has_next_page: ids.has_next_page })
}

/// How many reports `page` pages through.
pub async fn count(x: &impl Executor, scope: &Scope, status: Option<ReportStatus>) -> Result<u64> {
    let mut binds = Binds::new(x.executor().get_database_backend());
    let mut condition = in_scope(&mut binds, scope);
    if let Some(status) = status {
        condition.push_str(&format!(" AND r.status = {}", binds.push(status.as_str())));
    }
    let sql = format!("SELECT COUNT(*) AS n FROM generated_report r WHERE {condition}");
    let rows = query(x.executor(), binds, sql).await?;
    let n: i64 = match rows.first() {
        Some(row) => row.try_get("", "n")?,
        None => 0,
    };
    Ok(u64::try_from(n).unwrap_or(0))
}

/// A raw-SQL statement of ids, keyset-paged on `key`.
struct IdStatement<'x> {
    executor: DatabaseExecutor<'x>,
    binds: Binds,
    select: String,
    condition: String,
    key: &'static str,
    order: &'static str,
}

impl Keyset<i64> for IdStatement<'_> {
    type Row = i64;

    fn past(mut self, key: &i64, direction: Direction) -> Self {
        let operator = direction.past_operator();
        let bound = self.binds.push(*key);
        self.condition.push_str(&format!(" AND {} {operator} {bound}", self.key));
        self
    }

    fn ordered(mut self, direction: Direction) -> Self {
        self.order = direction.keyword();
        self
    }

    fn fetch(mut self, limit: u64) -> impl Future<Output = Result<Vec<i64>>> + Send {
        let limit = self.binds.push(i64::try_from(limit).unwrap_or(i64::MAX));
        let sql = format!(
            "{} WHERE {} ORDER BY {} {} LIMIT {limit}",
            self.select, self.condition, self.key, self.order
        );
        let values: Vec<Value> = self.binds.values;
        let statement = Statement::from_sql_and_values(self.binds.backend, sql, values);
        async move {
            let rows = self.executor.query_all_raw(statement).await?;
            rows.iter().map(|row| Ok(row.try_get::<i64>("", "id")?)).collect()
        }
    }
}

/// The sending and closing days of the notices a version counted closed (for the median time
/// to close, counted on the working-day calendar by the caller).
pub async fn closed_notice_days(
    x: &impl Executor,
    id: ReportVersionId,
) -> Result<Vec<(NaiveDate, NaiveDate)>> {
    let mut binds = Binds::new(x.executor().get_database_backend());
    let sql = format!(
        "SELECT n.sent_on, n.closed_on FROM report_record c JOIN linkage_notice n ON n.id = c.record_id \
         WHERE c.version_id = {} AND c.figure = {} AND n.closed_on IS NOT NULL",
        binds.push(id.get()),
        binds.push(Figure::NoticesClosed.as_str())
    );
    query(x.executor(), binds, sql)
        .await?
        .iter()
        .map(|row| Ok((row.try_get("", "sent_on")?, row.try_get("", "closed_on")?)))
        .collect()
}
