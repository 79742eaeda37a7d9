//! Enterprise periodic reports (企业定期报告, §二(五), docs/adr/0041): insert, compare-and-set
//! saves, scoped reads by id and by enterprise (the loader), and the due list — every enterprise
//! and industry of a license in force in a quarter, with its report if it has one — as one
//! statement, keyset-paged by enterprise and industry (`obligations_page`, the function the
//! cross-workflow inbox can call for a caller's outstanding reports).

use std::future::Future;

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::enterprise_report::{
    NewReport, PeriodicReport, ProfileStamp, ReportContent, ReportPeriod, ReportStatus, Standing,
};
use oversight_domain::registry::license::LicenseStatus;
use oversight_domain::{EnterpriseId, PeriodicReportId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseExecutor, DbBackend,
    EntityTrait, QueryFilter, QueryOrder, QueryResult, Statement,
};

use crate::entity::periodic_report as report;
use crate::page::{self, Direction, Keyset};
use crate::sql::{Binds, enterprise_in_scope};
use crate::transition::compare_and_set;
use crate::{Executor, Page, PageRequest, Result, Scope, StorageError, Tx, owned_rows_in_scope};

const TABLE: &str = "periodic_report";

/// The stored key of a quarter (`2026Q3` → 20263): ordered as the quarters are.
pub(crate) fn period_key(period: ReportPeriod) -> i32 {
    period.year() * 10 + i32::try_from(period.quarter()).unwrap_or(0)
}

fn period_of(key: i32) -> Option<ReportPeriod> {
    ReportPeriod::new(key / 10, u32::try_from(key % 10).ok()?)
}

fn content_text(content: &ReportContent) -> Result<String> {
    serde_json::to_string(content).map_err(|e| StorageError::corrupt(TABLE, e.to_string()))
}

/// Stores a new DRAFT. A second report of the same enterprise, industry and quarter is a
/// `StorageError::Conflict` (the unique index), even when two race.
pub async fn insert(
    tx: &Tx,
    new: &NewReport,
    content: &ReportContent,
    profile: Option<&ProfileStamp>,
    by: &str,
    now: DateTime<Utc>,
) -> Result<PeriodicReport> {
    let model = report::ActiveModel {
        enterprise_id: Set(new.enterprise_id.get()),
        industry: Set(new.industry.clone()),
        period_key: Set(period_key(new.period)),
        due_on: Set(new.due_on),
        status: Set(ReportStatus::Draft.as_str().to_owned()),
        content: Set(content_text(content)?),
        plugin_id: Set(profile.map(|p| p.plugin_id.clone())),
        plugin_version: Set(profile.map(|p| p.version.clone())),
        submissions: Set(0),
        first_submitted_on: Set(None),
        submitted_on: Set(None),
        return_reason: Set(None),
        decided_by: Set(None),
        decided_on: Set(None),
        drafted_by: Set(by.to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    let model = model.insert(&tx.executor()).await.map_err(StorageError::from_write)?;
    to_report(model)
}

/// Persists the report's next state; false when another transaction moved it first.
pub async fn save(tx: &Tx, from: ReportStatus, next: &PeriodicReport) -> Result<bool> {
    let profile = next.profile.as_ref();
    let update = report::Entity::update_many()
        .col_expr(report::Column::Status, Expr::value(next.status.as_str()))
        .col_expr(report::Column::Content, Expr::value(content_text(&next.content)?))
        .col_expr(report::Column::PluginId, Expr::value(profile.map(|p| p.plugin_id.clone())))
        .col_expr(report::Column::PluginVersion, Expr::value(profile.map(|p| p.version.clone())))
        .col_expr(report::Column::Submissions, Expr::value(next.submissions))
        .col_expr(report::Column::FirstSubmittedOn, Expr::value(next.first_submitted_on))
        .col_expr(report::Column::SubmittedOn, Expr::value(next.submitted_on))
        .col_expr(report::Column::ReturnReason, Expr::value(next.return_reason.clone()))
        .col_expr(report::Column::DecidedBy, Expr::value(next.decided_by.clone()))
        .col_expr(report::Column::DecidedOn, Expr::value(next.decided_on))
        .col_expr(report::Column::UpdatedAt, Expr::value(next.updated_at));
    compare_and_set(tx, update, (report::Column::Id, next.id.get()), (report::Column::Status, from.as_str()))
        .await
}

/// The report with this id, unscoped (use cases check the policy on its enterprise).
pub async fn by_id(x: &impl Executor, id: PeriodicReportId) -> Result<Option<PeriodicReport>> {
    report::Entity::find_by_id(id.get()).one(&x.executor()).await?.map(to_report).transpose()
}

/// The enterprise's report for this industry and quarter, if it has one.
pub async fn find(
    x: &impl Executor,
    enterprise_id: EnterpriseId,
    industry: &str,
    period: ReportPeriod,
) -> Result<Option<PeriodicReport>> {
    report::Entity::find()
        .filter(report::Column::EnterpriseId.eq(enterprise_id.get()))
        .filter(report::Column::Industry.eq(industry))
        .filter(report::Column::PeriodKey.eq(period_key(period)))
        .one(&x.executor())
        .await?
        .map(to_report)
        .transpose()
}

/// The reports with these ids inside `scope` (`node(id:)`, the due list's reports).
pub async fn by_ids(
    x: &impl Executor,
    scope: &Scope,
    ids: &[PeriodicReportId],
) -> Result<Vec<PeriodicReport>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    report::Entity::find()
        .filter(report::Column::Id.is_in(ids.iter().map(|id| id.get())))
        .filter(owned_rows_in_scope(report::Column::EnterpriseId, scope))
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_report)
        .collect()
}

/// Every report of these enterprises inside `scope`, each enterprise's newest quarter first (one
/// statement for a page of enterprises: the DataLoader).
pub async fn of_enterprises(
    x: &impl Executor,
    scope: &Scope,
    enterprise_ids: &[EnterpriseId],
) -> Result<Vec<PeriodicReport>> {
    if enterprise_ids.is_empty() {
        return Ok(Vec::new());
    }
    report::Entity::find()
        .filter(report::Column::EnterpriseId.is_in(enterprise_ids.iter().map(|id| id.get())))
        .filter(owned_rows_in_scope(report::Column::EnterpriseId, scope))
        .order_by_asc(report::Column::EnterpriseId)
        .order_by_desc(report::Column::PeriodKey)
        .order_by_asc(report::Column::Industry)
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_report)
        .collect()
}

/// What the due list is narrowed to: one quarter (with its due day, and the day judged on), and
/// optionally an industry, an enterprise and the standings wanted (empty: every one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObligationFilter {
    pub period: ReportPeriod,
    pub due_on: NaiveDate,
    pub today: NaiveDate,
    pub industry: Option<String>,
    pub enterprise_id: Option<EnterpriseId>,
    pub standings: Vec<Standing>,
}

/// An enterprise's report owed for one industry and quarter, and the report if it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Obligation {
    pub enterprise_id: EnterpriseId,
    pub industry: String,
    pub report_id: Option<PeriodicReportId>,
    pub status: Option<ReportStatus>,
}

/// The due list's position: enterprise, then industry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObligationCursor {
    pub enterprise_id: EnterpriseId,
    pub industry: String,
}

/// The `d` CTE: every enterprise inside `scope` with a license in force in the quarter (stored
/// VALID or SUSPENDED, issued by its last day, not expired before its first), once per industry,
/// with its report of the quarter (a left join on the unique index), kept when its standing is
/// wanted.
fn obligations(binds: &mut Binds, scope: &Scope, filter: &ObligationFilter) -> String {
    let mut licenses = format!(
        "l.status IN ({}, {}) AND l.issued_on <= {} AND l.expires_on >= {} AND {}",
        binds.push(LicenseStatus::Valid.as_str()),
        binds.push(LicenseStatus::Suspended.as_str()),
        binds.push(filter.period.last_day()),
        binds.push(filter.period.first_day()),
        enterprise_in_scope(binds, scope, "e"),
    );
    if let Some(industry) = &filter.industry {
        licenses.push_str(&format!(" AND l.industry_code = {}", binds.push(industry.clone())));
    }
    if let Some(id) = filter.enterprise_id {
        licenses.push_str(&format!(" AND l.enterprise_id = {}", binds.push(id.get())));
    }
    let key = binds.push(period_key(filter.period));
    let wanted = standing_condition(binds, filter);
    format!(
        "WITH o AS (SELECT l.enterprise_id, l.industry_code AS industry FROM license l \
         JOIN enterprise e ON e.id = l.enterprise_id WHERE {licenses} GROUP BY l.enterprise_id, l.industry_code), \
         d AS (SELECT o.enterprise_id, o.industry, r.id AS report_id, r.status AS status FROM o \
         LEFT JOIN periodic_report r ON r.enterprise_id = o.enterprise_id AND r.industry = o.industry \
         AND r.period_key = {key} WHERE {wanted}) "
    )
}

/// The standings wanted, as a condition on the report's status (`r.status`, null when none):
/// due and overdue are the same statuses, told apart by the day judged on.
fn standing_condition(binds: &mut Binds, filter: &ObligationFilter) -> String {
    if filter.standings.is_empty() {
        return "1 = 1".to_owned();
    }
    let late = filter.today > filter.due_on;
    let conditions: Vec<String> = filter
        .standings
        .iter()
        .filter_map(|standing| match standing {
            Standing::Due | Standing::Overdue if (*standing == Standing::Overdue) != late => None,
            Standing::Due | Standing::Overdue => {
                Some(format!("(r.status IS NULL OR r.status = {})", binds.push(ReportStatus::Draft.as_str())))
            }
            Standing::Returned => Some(format!("r.status = {}", binds.push(ReportStatus::Returned.as_str()))),
            Standing::Submitted => {
                Some(format!("r.status = {}", binds.push(ReportStatus::Submitted.as_str())))
            }
            Standing::Acknowledged => {
                Some(format!("r.status = {}", binds.push(ReportStatus::Acknowledged.as_str())))
            }
        })
        .collect();
    if conditions.is_empty() { "1 = 0".to_owned() } else { format!("({})", conditions.join(" OR ")) }
}

/// One page of the due list inside `scope`, by enterprise then industry.
pub async fn obligations_page(
    x: &impl Executor,
    scope: &Scope,
    filter: &ObligationFilter,
    request: &PageRequest<ObligationCursor>,
) -> Result<Page<Obligation>> {
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let with = obligations(&mut binds, scope, filter);
    let statement = ObligationStatement { executor, binds, with, bounds: Vec::new(), order: "ASC" };
    page::read(statement, Direction::Ascending, request).await
}

/// How many rows `obligations_page` pages through (`totalCount`).
pub async fn obligations_count(x: &impl Executor, scope: &Scope, filter: &ObligationFilter) -> Result<u64> {
    let executor = x.executor();
    let backend: DbBackend = executor.get_database_backend();
    let mut binds = Binds::new(backend);
    let sql = format!("{}SELECT COUNT(*) AS n FROM d", obligations(&mut binds, scope, filter));
    let row = executor.query_one_raw(Statement::from_sql_and_values(backend, sql, binds.values)).await?;
    let n: i64 = match row {
        Some(row) => row.try_get("", "n")?,
        None => 0,
    };
    Ok(u64::try_from(n).unwrap_or(0))
}

struct ObligationStatement<'x> {
    executor: DatabaseExecutor<'x>,
    binds: Binds,
    with: String,
    bounds: Vec<String>,
    order: &'static str,
}

impl Keyset<ObligationCursor> for ObligationStatement<'_> {
    type Row = Obligation;

    fn past(mut self, key: &ObligationCursor, direction: Direction) -> Self {
        let operator = direction.past_operator();
        let (enterprise, enterprise2, industry) = (
            self.binds.push(key.enterprise_id.get()),
            self.binds.push(key.enterprise_id.get()),
            self.binds.push(key.industry.clone()),
        );
        self.bounds.push(format!(
            " AND (d.enterprise_id {operator} {enterprise} OR (d.enterprise_id = {enterprise2} AND d.industry {operator} {industry}))"
        ));
        self
    }

    fn ordered(mut self, direction: Direction) -> Self {
        self.order = direction.keyword();
        self
    }

    fn fetch(mut self, limit: u64) -> impl Future<Output = Result<Vec<Obligation>>> + Send {
        let limit = self.binds.push(i64::try_from(limit).unwrap_or(i64::MAX));
        let sql = format!(
            "{with}SELECT d.enterprise_id, d.industry, d.report_id, d.status FROM d WHERE 1 = 1{bounds} \
             ORDER BY d.enterprise_id {order}, d.industry {order} LIMIT {limit}",
            with = self.with,
            bounds = self.bounds.concat(),
            order = self.order,
        );
        let statement = Statement::from_sql_and_values(self.binds.backend, sql, self.binds.values);
        async move {
            let rows = self.executor.query_all_raw(statement).await?;
            rows.iter().map(to_obligation).collect()
        }
    }
}

fn to_obligation(row: &QueryResult) -> Result<Obligation> {
    let status: Option<String> = row.try_get("", "status")?;
    let status = match status {
        Some(text) => Some(
            ReportStatus::parse(&text)
                .ok_or_else(|| StorageError::corrupt(TABLE, format!("status {text}")))?,
        ),
        None => None,
    };
    let report_id: Option<i64> = row.try_get("", "report_id")?;
    Ok(Obligation {
        enterprise_id: EnterpriseId::new(row.try_get("", "enterprise_id")?),
        industry: row.try_get("", "industry")?,
        report_id: report_id.map(PeriodicReportId::new),
        status,
    })
}

fn to_report(model: report::Model) -> Result<PeriodicReport> {
    let corrupt = |what: &str| StorageError::corrupt(TABLE, format!("id {}: {what}", model.id));
    let status = ReportStatus::parse(&model.status).ok_or_else(|| corrupt("status"))?;
    let period = period_of(model.period_key).ok_or_else(|| corrupt("period_key"))?;
    let content: ReportContent = serde_json::from_str(&model.content).map_err(|e| corrupt(&e.to_string()))?;
    let profile = match (model.plugin_id, model.plugin_version) {
        (Some(plugin_id), Some(version)) => Some(ProfileStamp { plugin_id, version }),
        _ => None,
    };
    Ok(PeriodicReport {
        id: PeriodicReportId::new(model.id),
        enterprise_id: EnterpriseId::new(model.enterprise_id),
        industry: model.industry,
        period,
        due_on: model.due_on,
        status,
        content,
        profile,
        submissions: model.submissions,
        first_submitted_on: model.first_submitted_on,
        submitted_on: model.submitted_on,
        return_reason: model.return_reason,
        decided_by: model.decided_by,
        decided_on: model.decided_on,
        drafted_by: model.drafted_by,
        created_at: model.created_at,
        updated_at: model.updated_at,
    })
}
