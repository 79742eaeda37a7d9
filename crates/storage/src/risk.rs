//! Risk classes (issue 16, docs/adr/0027): the figures each factor reads from an enterprise's
//! record — for a list of enterprises (a mutation's) or a run of them in id order (the bulk
//! recompute), one statement either way —, the assessments written as history and as the
//! current class (multi-row statements), the history and the class as of a date, and the bulk
//! recompute's resumable runs.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::access::Scope;
use oversight_domain::enforcement::counterfeit::CaseStatus;
use oversight_domain::registry::license::LicenseStatus;
use oversight_domain::review::annual::ReviewStatus;
use oversight_domain::risk::{Assessment, RiskFactor, RiskInputs};
use oversight_domain::testing::judgment::Conclusion;
use oversight_domain::testing::rectification::RectificationStatus;
use oversight_domain::testing::supervision::TaskStatus;
use oversight_domain::{EnterpriseId, RegionCode};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, Statement,
};

use crate::entity::{enterprise_risk_class, risk_assessment, risk_recompute_run};
use crate::sql::Binds;
use crate::{Executor, MAX_BIND_PARAMETERS, Result, StorageError, Tx, json, owned_rows_in_scope, parsed};

const HISTORY: &str = "risk_assessment";
const CURRENT: &str = "enterprise_risk_class";

/// Which enterprises to read.
#[derive(Debug, Clone, Copy)]
pub enum Selection<'a> {
    /// These (a mutation's enterprises).
    Ids(&'a [EnterpriseId]),
    /// The next `limit` enterprises after id `after`, in id order (the bulk recompute).
    After { after: i64, limit: u64 },
    /// The same, of the enterprises registered inside a region (the rules preview).
    Within { region: &'a RegionCode, after: i64, limit: u64 },
}

/// What the record of one enterprise gives the factors on the day read, and its current
/// assessment (to store only a change).
#[derive(Debug, Clone)]
pub struct RiskRecord {
    pub enterprise_id: EnterpriseId,
    /// Where it is registered: its province's rules weigh its record (docs/adr/0032).
    pub region: RegionCode,
    /// Every factor but the months since the last check, which the caller counts from
    /// `last_checked_on` and the day.
    pub inputs: RiskInputs,
    /// The last patrol or sampling; the first license's issue day when there was none.
    pub last_checked_on: Option<NaiveDate>,
    pub current: Option<Assessment>,
}

/// The window and day the figures are read for.
#[derive(Debug, Clone)]
pub struct RiskQuery<'a> {
    pub on: NaiveDate,
    pub window_start: NaiveDate,
    /// The key industries' codes (from the plugins).
    pub key_industries: &'a [String],
}

/// Enterprises per statement when a mutation names them (a bulk expiry or overdue run names
/// thousands): well under either backend's bind-parameter limit.
const IDS_PER_STATEMENT: usize = 5_000;

/// The figures of the enterprises selected, in id order: one statement for a run, one per
/// `IDS_PER_STATEMENT` enterprises named.
pub async fn records(
    x: &impl Executor,
    selection: Selection<'_>,
    query: &RiskQuery<'_>,
) -> Result<Vec<RiskRecord>> {
    match selection {
        Selection::Ids(ids) => {
            let mut records = Vec::with_capacity(ids.len());
            for chunk in ids.chunks(IDS_PER_STATEMENT) {
                records.extend(records_of(x, Selection::Ids(chunk), query).await?);
            }
            Ok(records)
        }
        run @ (Selection::After { .. } | Selection::Within { .. }) => records_of(x, run, query).await,
    }
}

async fn records_of(
    x: &impl Executor,
    selection: Selection<'_>,
    query: &RiskQuery<'_>,
) -> Result<Vec<RiskRecord>> {
    let executor = x.executor();
    let Some(statement) = records_statement(executor.get_database_backend(), selection, query) else {
        return Ok(Vec::new());
    };
    let rows = executor.query_all_raw(statement).await?;
    rows.iter().map(record_of).collect()
}

/// The one statement of `records_of`, none when no enterprise is named (public to the crate for
/// the plan test, `test_db::sqlite_plans`).
pub(crate) fn records_statement(
    backend: DbBackend,
    selection: Selection<'_>,
    query: &RiskQuery<'_>,
) -> Option<Statement> {
    let mut binds = Binds::new(backend);
    let figures = figure_columns(&mut binds, query);
    let which = match selection {
        Selection::Ids([]) => return None,
        Selection::Ids(ids) => {
            let list: Vec<String> = ids.iter().map(|id| binds.push(id.get())).collect();
            format!("e.id IN ({}) ORDER BY e.id", list.join(", "))
        }
        Selection::After { after, limit } => {
            format!("e.id > {} ORDER BY e.id LIMIT {}", binds.push(after), binds.push(limit as i64))
        }
        Selection::Within { region, after, limit } => {
            let (low, high) = region.range();
            format!(
                "e.region_code BETWEEN {} AND {} AND e.id > {} ORDER BY e.id LIMIT {}",
                binds.push(low),
                binds.push(high),
                binds.push(after),
                binds.push(limit as i64)
            )
        }
    };
    let sql = format!(
        "SELECT e.id AS enterprise_id, e.region_code, {figures}, c.assessment AS current \
         FROM enterprise e LEFT JOIN enterprise_risk_class c ON c.enterprise_id = e.id WHERE {which}"
    );
    Some(Statement::from_sql_and_values(backend, sql, binds.values))
}

/// The correlated counts, one column per factor (each an index lookup by enterprise).
fn figure_columns(binds: &mut Binds, query: &RiskQuery<'_>) -> String {
    let from = binds.push(query.window_start);
    let on = binds.push(query.on);
    let nonconforming = binds.push(Conclusion::Nonconforming.as_str());
    let cancelled = binds.push(TaskStatus::Cancelled.as_str());
    let open: Vec<String> = RectificationStatus::ALL
        .iter()
        .filter(|status| status.running())
        .map(|status| binds.push(status.as_str()))
        .collect();
    let referred = binds.push(RectificationStatus::Referred.as_str());
    let pending = binds.push(ReviewStatus::Pending.as_str());
    let suspended = binds.push(LicenseStatus::Suspended.as_str());
    let dismissed = binds.push(CaseStatus::Dismissed.as_str());
    let in_force = [binds.push(LicenseStatus::Valid.as_str()), binds.push(LicenseStatus::Suspended.as_str())];
    let mut keys: Vec<String> = query.key_industries.iter().map(|code| binds.push(code.as_str())).collect();
    if keys.is_empty() {
        keys.push("NULL".to_owned());
    }
    // The final verdict of a task: its retest's when there is one, else the first.
    let failing = |extra: &str| {
        format!(
            "(SELECT COUNT(*) FROM testing_task t JOIN test_verdict v ON v.task_id = t.id \
             WHERE t.enterprise_id = e.id AND t.verdict_date >= {from} AND v.conclusion = {nonconforming}{extra} \
             AND (v.retest = TRUE OR NOT EXISTS (SELECT 1 FROM test_verdict w WHERE w.task_id = t.id AND w.retest = TRUE)))"
        )
    };
    format!(
        "{} AS nonconforming_verdicts, {} AS serious_verdicts, \
         (SELECT COUNT(*) FROM patrol_inspection p WHERE p.enterprise_id = e.id AND p.kind = 'PATROL' \
           AND p.findings <> '[]' AND p.inspected_on >= {from}) AS patrols_with_findings, \
         (SELECT COUNT(*) FROM rectification r WHERE r.enterprise_id = e.id AND r.status IN ({open}) \
           AND r.deadline < {on}) AS overdue_rectifications, \
         (SELECT COUNT(*) FROM rectification r WHERE r.enterprise_id = e.id AND r.status = {referred} \
           AND r.opened_on >= {from}) AS failed_rectifications, \
         (SELECT COUNT(*) FROM annual_review a WHERE a.enterprise_id = e.id AND a.status = {pending} \
           AND a.first_submitted_on IS NULL AND a.submission_deadline < {on}) AS overdue_annual_reviews, \
         (SELECT COUNT(*) FROM license l WHERE l.enterprise_id = e.id AND l.status = {suspended}) AS suspensions, \
         (SELECT COUNT(*) FROM license l WHERE l.enterprise_id = e.id AND l.status IN ({in_force}) \
           AND l.industry_code IN ({keys})) AS key_licenses, \
         (SELECT MAX(p.inspected_on) FROM patrol_inspection p WHERE p.enterprise_id = e.id) AS last_patrol, \
         (SELECT MAX(t.sampling_date) FROM testing_task t WHERE t.enterprise_id = e.id \
           AND t.status <> {cancelled}) AS last_sampling, \
         (SELECT MIN(l.issued_on) FROM license l WHERE l.enterprise_id = e.id) AS first_licensed, \
         (SELECT COUNT(*) FROM counterfeit_case k WHERE k.enterprise_id = e.id \
           AND k.opened_on >= {from} AND k.status <> {dismissed}) AS counterfeit_cases",
        failing(""),
        failing(" AND v.serious = TRUE"),
        open = open.join(", "),
        in_force = in_force.join(", "),
        keys = keys.join(", "),
    )
}

fn record_of(row: &sea_orm::QueryResult) -> Result<RiskRecord> {
    let enterprise_id: i64 = row.try_get("", "enterprise_id")?;
    let mut inputs = RiskInputs::default();
    let columns = [
        (RiskFactor::NonconformingVerdicts, "nonconforming_verdicts"),
        (RiskFactor::SeriousVerdicts, "serious_verdicts"),
        (RiskFactor::PatrolsWithFindings, "patrols_with_findings"),
        (RiskFactor::OverdueRectifications, "overdue_rectifications"),
        (RiskFactor::FailedRectifications, "failed_rectifications"),
        (RiskFactor::OverdueAnnualReviews, "overdue_annual_reviews"),
        (RiskFactor::Suspensions, "suspensions"),
        // Every case opened in the window, whatever its stage, but a dismissed one
        // (`ix_counterfeit_case_opened`; docs/adr/0034 decision 10).
        (RiskFactor::CounterfeitCases, "counterfeit_cases"),
    ];
    for (factor, column) in columns {
        inputs.set(factor, count(row, column)?);
    }
    inputs.set(RiskFactor::KeyIndustry, count(row, "key_licenses")?.min(1));
    let dates: [Option<NaiveDate>; 3] = [
        row.try_get("", "last_patrol")?,
        row.try_get("", "last_sampling")?,
        row.try_get("", "first_licensed")?,
    ];
    let last_checked_on = dates[0].max(dates[1]).or(dates[2]);
    let current: Option<String> = row.try_get("", "current")?;
    let current = current.map(|text| parsed(CURRENT, enterprise_id, "assessment", &text)).transpose()?;
    let region: String = row.try_get("", "region_code")?;
    let region = RegionCode::parse(&region)
        .map_err(|_| StorageError::corrupt("enterprise", format!("id {enterprise_id}: region_code")))?;
    Ok(RiskRecord {
        enterprise_id: EnterpriseId::new(enterprise_id),
        region,
        inputs,
        last_checked_on,
        current,
    })
}

fn count(row: &sea_orm::QueryResult, column: &str) -> Result<u32> {
    let n: i64 = row.try_get("", column)?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

/// An assessment to store.
#[derive(Debug, Clone)]
pub struct NewAssessment<'a> {
    pub enterprise_id: EnterpriseId,
    pub assessment: &'a Assessment,
    pub inputs: &'a RiskInputs,
    pub assessed_on: NaiveDate,
    /// What caused it: the operation of the mutation, or `recompute`.
    pub cause: &'a str,
}

/// Stores assessments: each as history and as its enterprise's current class (an upsert), one
/// multi-row statement per table and bind-parameter limit.
pub async fn save(tx: &Tx, assessments: &[NewAssessment<'_>], now: DateTime<Utc>) -> Result<()> {
    if assessments.is_empty() {
        return Ok(());
    }
    if tx.executor().get_database_backend() == DbBackend::Postgres {
        return save_postgres(tx, assessments, now).await;
    }
    let mut history = Vec::with_capacity(assessments.len());
    let mut current = Vec::with_capacity(assessments.len());
    for new in assessments {
        let text = json(HISTORY, new.assessment)?;
        history.push(risk_assessment::ActiveModel {
            enterprise_id: Set(new.enterprise_id.get()),
            class: Set(new.assessment.class.as_str().to_owned()),
            score: Set(new.assessment.score.to_string()),
            model_version: Set(new.assessment.model_version.clone()),
            assessment: Set(text.clone()),
            inputs: Set(json(HISTORY, new.inputs)?),
            assessed_on: Set(new.assessed_on),
            assessed_at: Set(now),
            cause: Set(new.cause.to_owned()),
            ..Default::default()
        });
        current.push(enterprise_risk_class::ActiveModel {
            enterprise_id: Set(new.enterprise_id.get()),
            class: Set(new.assessment.class.as_str().to_owned()),
            score: Set(new.assessment.score.to_string()),
            model_version: Set(new.assessment.model_version.clone()),
            assessment: Set(text),
            assessed_on: Set(new.assessed_on),
            assessed_at: Set(now),
        });
    }
    // Nine values per history row: every column but the id.
    crate::insert_rows(tx, history, 9).await?;
    upsert_current(tx, current).await
}

/// `save` on PostgreSQL: one statement for both tables, the columns bound as eight arrays (and
/// the instant once) and unnested. The multi-row `VALUES` of the generic path binds nine
/// parameters a row — 9,000 a statement for a batch of the bulk recompute's 1,000, parsed and
/// planned as 1,000 rows of expressions — and sends each assessment's JSON twice (history and
/// current); here each value crosses once and the statement text stays the same whatever the
/// batch. The first run of the bulk recompute, which stores every class, is the write this is
/// for (issue 16's 10 s target; docs/adr/0027). Same rows and same upsert as the generic path;
/// a data-modifying `WITH` runs whether or not it is read.
async fn save_postgres(tx: &Tx, assessments: &[NewAssessment<'_>], now: DateTime<Utc>) -> Result<()> {
    let n = assessments.len();
    let (mut ids, mut classes, mut scores, mut versions) =
        (Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n));
    let (mut texts, mut inputs, mut days, mut causes) =
        (Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n));
    for new in assessments {
        ids.push(new.enterprise_id.get());
        classes.push(new.assessment.class.as_str().to_owned());
        scores.push(new.assessment.score.to_string());
        versions.push(new.assessment.model_version.clone());
        texts.push(json(HISTORY, new.assessment)?);
        inputs.push(json(HISTORY, new.inputs)?);
        days.push(new.assessed_on);
        causes.push(new.cause.to_owned());
    }
    let sql = "WITH v AS (SELECT * FROM UNNEST($1::bigint[], $2::text[], $3::text[], $4::text[], \
        $5::text[], $6::text[], $7::date[], $8::text[]) \
        AS v (enterprise_id, class, score, model_version, assessment, inputs, assessed_on, cause)), \
        h AS (INSERT INTO risk_assessment (enterprise_id, class, score, model_version, assessment, \
        inputs, assessed_on, assessed_at, cause) \
        SELECT enterprise_id, class, score, model_version, assessment, inputs, assessed_on, $9, cause FROM v) \
        INSERT INTO enterprise_risk_class (enterprise_id, class, score, model_version, assessment, \
        assessed_on, assessed_at) \
        SELECT enterprise_id, class, score, model_version, assessment, assessed_on, $9 FROM v \
        ON CONFLICT (enterprise_id) DO UPDATE SET class = excluded.class, score = excluded.score, \
        model_version = excluded.model_version, assessment = excluded.assessment, \
        assessed_on = excluded.assessed_on, assessed_at = excluded.assessed_at";
    let values: Vec<sea_orm::Value> = vec![
        ids.into(),
        classes.into(),
        scores.into(),
        versions.into(),
        texts.into(),
        inputs.into(),
        days.into(),
        causes.into(),
        now.into(),
    ];
    tx.executor()
        .execute_raw(Statement::from_sql_and_values(DbBackend::Postgres, sql, values))
        .await
        .map_err(StorageError::from_write)?;
    Ok(())
}

async fn upsert_current(tx: &Tx, rows: Vec<enterprise_risk_class::ActiveModel>) -> Result<()> {
    use enterprise_risk_class::Column;
    let per_statement = MAX_BIND_PARAMETERS / 7;
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<_> = rows.by_ref().take(per_statement).collect();
        enterprise_risk_class::Entity::insert_many(chunk)
            .on_conflict(
                OnConflict::column(Column::EnterpriseId)
                    .update_columns([
                        Column::Class,
                        Column::Score,
                        Column::ModelVersion,
                        Column::Assessment,
                        Column::AssessedOn,
                        Column::AssessedAt,
                    ])
                    .to_owned(),
            )
            .exec_without_returning(&tx.executor())
            .await
            .map_err(StorageError::from_write)?;
    }
    Ok(())
}

/// A stored assessment with when and why it was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredAssessment {
    pub enterprise_id: EnterpriseId,
    pub assessment: Assessment,
    pub inputs: RiskInputs,
    pub assessed_on: NaiveDate,
    pub assessed_at: DateTime<Utc>,
    pub cause: String,
}

fn stored(model: risk_assessment::Model) -> Result<StoredAssessment> {
    Ok(StoredAssessment {
        enterprise_id: EnterpriseId::new(model.enterprise_id),
        assessment: parsed(HISTORY, model.id, "assessment", &model.assessment)?,
        inputs: parsed(HISTORY, model.id, "inputs", &model.inputs)?,
        assessed_on: model.assessed_on,
        assessed_at: model.assessed_at,
        cause: model.cause,
    })
}

/// The current class of each enterprise asked (those assessed): one statement, for the loader.
pub async fn current(
    x: &impl Executor,
    scope: &Scope,
    ids: &[EnterpriseId],
) -> Result<HashMap<EnterpriseId, (Assessment, NaiveDate)>> {
    use enterprise_risk_class::Column;
    let rows = enterprise_risk_class::Entity::find()
        .filter(Column::EnterpriseId.is_in(ids.iter().map(|id| id.get())))
        .filter(owned_rows_in_scope(Column::EnterpriseId, scope))
        .all(&x.executor())
        .await?;
    rows.into_iter()
        .map(|row| {
            let assessment = parsed(CURRENT, row.enterprise_id, "assessment", &row.assessment)?;
            Ok((EnterpriseId::new(row.enterprise_id), (assessment, row.assessed_on)))
        })
        .collect()
}

/// An enterprise's assessments, newest first, at most `limit`, made at or before `until`.
pub async fn history(
    x: &impl Executor,
    scope: &Scope,
    enterprise_id: EnterpriseId,
    until: Option<DateTime<Utc>>,
    limit: u64,
) -> Result<Vec<StoredAssessment>> {
    use risk_assessment::Column;
    let mut select = risk_assessment::Entity::find()
        .filter(Column::EnterpriseId.eq(enterprise_id.get()))
        .filter(owned_rows_in_scope(Column::EnterpriseId, scope));
    if let Some(until) = until {
        select = select.filter(Column::AssessedAt.lte(until));
    }
    let rows = select
        .order_by_desc(Column::AssessedAt)
        .order_by_desc(Column::Id)
        .limit(limit)
        .all(&x.executor())
        .await?;
    rows.into_iter().map(stored).collect()
}

/// A bulk recompute in progress (or finished).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecomputeRun {
    pub id: i64,
    pub model_version: String,
    pub assessed_on: NaiveDate,
    /// The last enterprise id done: the run resumes after it.
    pub after: i64,
    pub done: u64,
    pub changed: u64,
    pub finished: bool,
}

fn run_of(model: risk_recompute_run::Model) -> RecomputeRun {
    RecomputeRun {
        id: model.id,
        model_version: model.model_version,
        assessed_on: model.assessed_on,
        after: model.after_enterprise_id,
        done: u64::try_from(model.done).unwrap_or(0),
        changed: u64::try_from(model.changed).unwrap_or(0),
        finished: model.finished_at.is_some(),
    }
}

/// The unfinished run of `model_version` to resume, else a new one starting at the first
/// enterprise.
pub async fn start_or_resume(
    tx: &Tx,
    model_version: &str,
    on: NaiveDate,
    now: DateTime<Utc>,
) -> Result<(RecomputeRun, bool)> {
    use risk_recompute_run::Column;
    let open = risk_recompute_run::Entity::find()
        .filter(Column::ModelVersion.eq(model_version))
        .filter(Column::FinishedAt.is_null())
        .order_by_desc(Column::Id)
        .one(&tx.executor())
        .await?;
    if let Some(open) = open {
        return Ok((run_of(open), true));
    }
    let row = risk_recompute_run::ActiveModel {
        model_version: Set(model_version.to_owned()),
        assessed_on: Set(on),
        after_enterprise_id: Set(0),
        done: Set(0),
        changed: Set(0),
        started_at: Set(now),
        finished_at: Set(None),
        ..Default::default()
    };
    let model = row.insert(&tx.executor()).await.map_err(StorageError::from_write)?;
    Ok((run_of(model), false))
}

/// Records a batch done (and the run finished when `finished`).
pub async fn advance(tx: &Tx, run: &RecomputeRun, finished_at: Option<DateTime<Utc>>) -> Result<()> {
    let row = risk_recompute_run::ActiveModel {
        id: Set(run.id),
        after_enterprise_id: Set(run.after),
        done: Set(i64::try_from(run.done).unwrap_or(i64::MAX)),
        changed: Set(i64::try_from(run.changed).unwrap_or(i64::MAX)),
        finished_at: Set(finished_at),
        ..Default::default()
    };
    row.update(&tx.executor()).await.map_err(StorageError::from_write)?;
    Ok(())
}

/// How many enterprises there are after id `after` (the bulk recompute's progress bar).
pub async fn remaining(x: &impl Executor, after: i64) -> Result<u64> {
    use sea_orm::PaginatorTrait;
    let n = crate::entity::enterprise::Entity::find()
        .filter(crate::entity::enterprise::Column::Id.gt(after))
        .count(&x.executor())
        .await?;
    Ok(n)
}

/// One enterprise's licenses of one industry in force on a day, with its county and current
/// class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnterpriseLicenses {
    pub enterprise_id: EnterpriseId,
    pub county: String,
    pub industry: String,
    pub class: oversight_domain::risk::RiskClass,
    pub licenses: u64,
}

/// The licenses in force on `on` inside `region`, per enterprise and industry with the
/// enterprise's current class (`UNASSESSED_CLASS` without one): one grouped statement, for the
/// rules preview, which reclasses each enterprise.
pub async fn licenses_by_enterprise(
    x: &impl Executor,
    region: &RegionCode,
    on: NaiveDate,
) -> Result<Vec<EnterpriseLicenses>> {
    let counts = in_force_counts(x, region, on, true).await?;
    Ok(counts
        .into_iter()
        .map(|count| EnterpriseLicenses {
            enterprise_id: EnterpriseId::new(count.enterprise_id.unwrap_or(0)),
            county: count.county,
            industry: count.industry,
            class: count.class,
            licenses: count.licenses,
        })
        .collect())
}

/// Licenses in force on a day, grouped by county, industry and their enterprise's class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassCount {
    pub county: String,
    pub industry: String,
    pub class: oversight_domain::risk::RiskClass,
    pub licenses: u64,
}

/// The licenses in force on `on` inside `region`, by county, industry and class (an enterprise
/// without a class counts as `UNASSESSED_CLASS`): one grouped statement, for the what-if preview.
pub async fn licenses_by_class(
    x: &impl Executor,
    region: &RegionCode,
    on: NaiveDate,
) -> Result<Vec<ClassCount>> {
    let counts = in_force_counts(x, region, on, false).await?;
    Ok(counts
        .into_iter()
        .map(|count| ClassCount {
            county: count.county,
            industry: count.industry,
            class: count.class,
            licenses: count.licenses,
        })
        .collect())
}

/// One group of the licenses in force: per county, industry and class, and per enterprise when
/// asked.
struct InForceCount {
    enterprise_id: Option<i64>,
    county: String,
    industry: String,
    class: oversight_domain::risk::RiskClass,
    licenses: u64,
}

/// The licenses in force on `on` inside `region`, grouped by county, industry and their
/// enterprise's current class (`UNASSESSED_CLASS` without one), and by enterprise when
/// `per_enterprise`; ordered by county, industry (then enterprise).
async fn in_force_counts(
    x: &impl Executor,
    region: &RegionCode,
    on: NaiveDate,
    per_enterprise: bool,
) -> Result<Vec<InForceCount>> {
    use oversight_domain::risk::{RiskClass, UNASSESSED_CLASS};
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let (low, high) = region.range();
    let (low, high) = (binds.push(low), binds.push(high));
    let in_force = [binds.push(LicenseStatus::Valid.as_str()), binds.push(LicenseStatus::Suspended.as_str())];
    let on = binds.push(on);
    let unassessed = binds.push(UNASSESSED_CLASS.as_str());
    let (enterprise, groups) =
        if per_enterprise { ("e.id", "1, 2, 3, 4") } else { ("CAST(NULL AS BIGINT)", "2, 3, 4") };
    let sql = format!(
        "SELECT {enterprise} AS enterprise_id, SUBSTR(e.region_code, 1, 6) AS county, \
         l.industry_code AS industry, COALESCE(c.class, {unassessed}) AS class, COUNT(*) AS n \
         FROM license l JOIN enterprise e ON e.id = l.enterprise_id \
         LEFT JOIN enterprise_risk_class c ON c.enterprise_id = l.enterprise_id \
         WHERE l.status IN ({}, {}) AND l.expires_on >= {on} AND e.region_code BETWEEN {low} AND {high} \
         GROUP BY {groups} ORDER BY 2, 3, 4, 1",
        in_force[0], in_force[1]
    );
    let rows =
        executor.query_all_raw(Statement::from_sql_and_values(binds.backend, sql, binds.values)).await?;
    rows.iter()
        .map(|row| {
            let class: String = row.try_get("", "class")?;
            let n: i64 = row.try_get("", "n")?;
            Ok(InForceCount {
                enterprise_id: row.try_get("", "enterprise_id")?,
                county: row.try_get("", "county")?,
                industry: row.try_get("", "industry")?,
                class: RiskClass::parse(&class)
                    .ok_or_else(|| StorageError::corrupt(CURRENT, format!("class {class}")))?,
                licenses: u64::try_from(n).unwrap_or(0),
            })
        })
        .collect()
}
