//! Patrol plans (巡查计划, docs/adr/0022 "Plans"): insert, by ids and the keyset list within the
//! caller's provinces, and the derived reads — the targets with their visits, the coverage by
//! executing authority, the officer's queue of patrols due — each one statement over every plan
//! asked (no statement per plan or per enterprise). Targets are derived on read from the license
//! registry and the quality record, so a plan follows the registry without being refreshed.

use std::collections::BTreeMap;

use chrono::{DateTime, Months, NaiveDate, Utc};
use oversight_domain::campaign::CampaignStatus;
use oversight_domain::key_region::PatrolFactors;
use oversight_domain::patrol::PatrolKind;
use oversight_domain::patrol::plan::{Coverage, Executing, PatrolPlan, QualityBasis};
use oversight_domain::registry::license::LicenseStatus;
use oversight_domain::registry::region::RegionCode;
use oversight_domain::risk::{FrequencyMatrix, RiskClass, UNASSESSED_CLASS};
use oversight_domain::rules::RuleBook;
use oversight_domain::testing::judgment::Conclusion;
use oversight_domain::testing::rectification::RectificationStatus;
use oversight_domain::{AuthorityId, EnterpriseId, PatrolPlanId};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseExecutor, DbBackend,
    EntityTrait, PaginatorTrait, QueryFilter, QueryResult, QuerySelect, Statement,
};

use crate::entity::patrol_plan::{self as row, Column};
use crate::entity::patrol_plan_authority as executor_row;
use crate::page::{self, Direction, Keyset, SortKey};
use crate::sql::{Binds, enterprise_in_scope};
use crate::{Executor, Page, PageRequest, Result, Scope, StorageError, Tx};
use crate::{json, parsed};

const TABLE: &str = "patrol_plan";

/// A stored plan with who made it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanRecord {
    pub id: PatrolPlanId,
    pub plan: PatrolPlan,
    /// The provincial authority that made it.
    pub authority_id: AuthorityId,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
}

/// Stores a checked plan and its executing authorities (with their regions' code ranges).
pub async fn insert(
    tx: &Tx,
    plan: &PatrolPlan,
    authority_id: AuthorityId,
    by: &str,
    now: DateTime<Utc>,
) -> Result<PlanRecord> {
    let executing: Vec<(i64, String)> =
        plan.executing.iter().map(|e| (e.authority_id.get(), e.region.to_string())).collect();
    let model = row::ActiveModel {
        province: Set(plan.province.to_string()),
        name: Set(plan.name.clone()),
        industry: Set(plan.industry.clone()),
        basis: Set(plan.basis.as_str().to_owned()),
        starts_on: Set(plan.starts_on),
        ends_on: Set(plan.ends_on),
        coverage_percent: Set(i32::from(plan.coverage_percent)),
        visits_per_enterprise: Set(i32::try_from(plan.visits_per_enterprise).unwrap_or(i32::MAX)),
        key_industry: Set(plan.key_industry),
        executing: Set(json(TABLE, &executing)?),
        authority_id: Set(authority_id.get()),
        created_by: Set(by.to_owned()),
        created_at: Set(now),
        ..Default::default()
    };
    let stored = to_record(model.insert(&tx.executor()).await.map_err(StorageError::from_write)?)?;
    let rows = plan.executing.iter().map(|e| {
        let (low, high) = e.region.range();
        executor_row::ActiveModel {
            plan_id: Set(stored.id.get()),
            authority_id: Set(e.authority_id.get()),
            region_code: Set(e.region.to_string()),
            region_low: Set(low),
            region_high: Set(high),
        }
    });
    executor_row::Entity::insert_many(rows).exec(&tx.executor()).await.map_err(StorageError::from_write)?;
    Ok(stored)
}

/// The plans with these ids in `provinces` (`None`: every province) — the loader, `node(id:)`.
pub async fn by_ids(
    x: &impl Executor,
    provinces: Option<(String, String)>,
    ids: &[PatrolPlanId],
) -> Result<Vec<PlanRecord>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    in_provinces(provinces)
        .filter(Column::Id.is_in(ids.iter().map(|id| id.get())))
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_record)
        .collect()
}

/// The provinces of the plans with these ids, each once (whose key regions their coverage reads).
pub async fn provinces_of(x: &impl Executor, ids: &[PatrolPlanId]) -> Result<Vec<RegionCode>> {
    let codes: Vec<String> = row::Entity::find()
        .select_only()
        .column(Column::Province)
        .distinct()
        .filter(Column::Id.is_in(ids.iter().map(|id| id.get())))
        .into_tuple()
        .all(&x.executor())
        .await?;
    codes.iter().map(|code| crate::stored_region("patrol_plan", "province", code)).collect()
}

/// One page of the plans in `provinces`, newest first.
pub async fn page(
    x: &impl Executor,
    provinces: Option<(String, String)>,
    request: &PageRequest<i64>,
) -> Result<Page<PlanRecord>> {
    page::keyset(x, in_provinces(provinces), SortKey::descending([Column::Id]), request, to_record).await
}

/// How many plans `page` pages through.
pub async fn count(x: &impl Executor, provinces: Option<(String, String)>) -> Result<u64> {
    Ok(in_provinces(provinces).count(&x.executor()).await?)
}

fn in_provinces(provinces: Option<(String, String)>) -> sea_orm::Select<row::Entity> {
    let query = row::Entity::find();
    match provinces {
        Some((low, high)) => query.filter(Column::Province.between(low, high)),
        None => query,
    }
}

/// The targets of the plans that `plans` (a condition on `p`) selects, as the CTE `t`: per plan,
/// each enterprise in an executing authority's region holding a license of the plan's industry
/// in force on `today` and matching the plan's basis, with its executing authority, its
/// patrols of the industry inside the period (`visits`) and the visits it is owed (`owed`: the
/// plan's visits per enterprise times its current class's factor in its province's matrix in `book`,
/// times the intensification of its key region or campaign). A stored conflict
/// (two devices, one visit) is the same visit: only the first record counts.
fn targets(binds: &mut Binds, plans: &str, today: NaiveDate, book: &RuleBook, key: &PatrolFactors) -> String {
    let valid = binds.push(LicenseStatus::Valid.as_str());
    let suspended = binds.push(LicenseStatus::Suspended.as_str());
    let in_force_on = binds.push(today);
    let patrol = binds.push(PatrolKind::Patrol.as_str());
    format!(
        "WITH t AS (SELECT p.id AS plan_id, pa.authority_id, e.id AS enterprise_id, \
           ({owed}) * {intensification} AS owed, \
           (SELECT COUNT(*) FROM patrol_inspection pi WHERE pi.enterprise_id = e.id \
             AND pi.industry = p.industry AND pi.kind = {patrol} AND pi.inspected_on >= p.starts_on \
             AND pi.inspected_on <= p.ends_on AND pi.conflict_with IS NULL) AS visits \
         FROM patrol_plan p JOIN patrol_plan_authority pa ON pa.plan_id = p.id \
         JOIN enterprise e ON e.region_code BETWEEN pa.region_low AND pa.region_high \
         LEFT JOIN enterprise_risk_class rc ON rc.enterprise_id = e.id \
         WHERE {plans} AND EXISTS (SELECT 1 FROM license l WHERE l.enterprise_id = e.id \
           AND l.industry_code = p.industry AND l.status IN ({valid}, {suspended}) \
           AND l.expires_on >= {in_force_on}) AND ({basis})) ",
        owed = owed_visits(binds, book),
        intensification = intensification(binds, key),
        basis = basis_condition(binds, today),
    )
}

/// The visits a target is owed, in SQL on `p`, `e` and `rc`: `FrequencyFactor::apply` of its
/// class's factor to the plan's visits per enterprise (whole numbers: rounded up, at least the
/// plan's), by the matrix of the enterprise's province in force (docs/adr/0032): one arm per
/// province whose matrix differs from the national one.
fn owed_visits(binds: &mut Binds, book: &RuleBook) -> String {
    let national = &book.national().frequency;
    let arms: Vec<String> = book
        .provinces()
        .filter(|(_, settings)| !settings.frequency.same_factors(national))
        .map(|(province, settings)| {
            let prefix = binds.push(province.jurisdiction_prefix().to_owned());
            format!(
                "WHEN SUBSTR(e.region_code, 1, 2) = {prefix} THEN {}",
                class_visits(binds, &settings.frequency)
            )
        })
        .collect();
    let national = class_visits(binds, national);
    if arms.is_empty() { national } else { format!("CASE {} ELSE {national} END", arms.join(" ")) }
}

/// What a target's visits are multiplied by, an SQL integer on `p` and `e`: the greater of its
/// key region's multiplier (重点地区, docs/adr/0037) and its campaigns' (专项整治, docs/adr/0038) —
/// both answer §三's "提高巡查的频次", so they do not stack.
fn intensification(binds: &mut Binds, key: &PatrolFactors) -> String {
    let campaign = campaign_intensification(binds);
    match key_region_factor(binds, key) {
        Some(key) => format!("(CASE WHEN {key} > {campaign} THEN {key} ELSE {campaign} END)"),
        None => campaign,
    }
}

/// The multiplier of the key region `e` lies in, in SQL on `e` (one arm per multiplier, the
/// key counties of each listed); none when no county is key.
fn key_region_factor(binds: &mut Binds, key: &PatrolFactors) -> Option<String> {
    let mut by_factor: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    for (region, factor) in key.iter().filter(|(_, factor)| **factor > 1) {
        by_factor.entry(*factor).or_default().push(binds.push(region.as_str().to_owned()));
    }
    if by_factor.is_empty() {
        return None;
    }
    let arms: Vec<String> = by_factor
        .iter()
        .map(|(factor, regions)| format!("WHEN e.region_code IN ({}) THEN {factor}", regions.join(", ")))
        .collect();
    Some(format!("CASE {} ELSE 1 END", arms.join(" ")))
}

/// The key-industry campaign intensification (专项整治, docs/adr/0038) of a target, an SQL
/// integer on `p` and `e`: the greatest factor of the campaigns not cancelled that name the
/// plan's industry and a region holding the enterprise (the region's code range is its
/// jurisdiction prefix's), and whose period overlaps the plan's; 1 when none. It multiplies the
/// visits after the class factor's rounding, so the result stays a whole number. Kept apart from
/// the matrix: a key region's factor stands beside it, and intensifications do not stack — the
/// greater one applies.
fn campaign_intensification(binds: &mut Binds) -> String {
    let cancelled = binds.push(CampaignStatus::Cancelled.as_str());
    format!(
        "COALESCE((SELECT MAX(c.factor) FROM campaign c \
           JOIN campaign_industry ci ON ci.campaign_id = c.id AND ci.industry = p.industry \
           JOIN campaign_region cr ON cr.campaign_id = c.id \
           WHERE e.region_code BETWEEN cr.region_low AND cr.region_high AND c.status <> {cancelled} \
             AND c.starts_on <= p.ends_on AND c.ends_on >= p.starts_on), 1)"
    )
}

/// One matrix's visits by class, on `p` and `rc`.
fn class_visits(binds: &mut Binds, matrix: &FrequencyMatrix) -> String {
    let unassessed = binds.push(UNASSESSED_CLASS.as_str());
    let arms: Vec<String> = RiskClass::ALL
        .iter()
        .map(|class| {
            let (numerator, denominator) = matrix.factor(*class).ratio();
            format!(
                "WHEN {} THEN (p.visits_per_enterprise * {numerator} + {}) / {denominator}",
                binds.push(class.as_str()),
                denominator - 1
            )
        })
        .collect();
    format!("CASE COALESCE(rc.class, {unassessed}) {} END", arms.join(" "))
}

/// `QualityBasis` in SQL, on the plan `p` and the enterprise `e`.
fn basis_condition(binds: &mut Binds, today: NaiveDate) -> String {
    let all = binds.push(QualityBasis::All.as_str());
    let failing = binds.push(QualityBasis::FailingVerdicts.as_str());
    // "In the last year": from the same day a year back (the day itself included).
    let since = binds.push(today.checked_sub_months(Months::new(12)).unwrap_or(NaiveDate::MIN));
    let nonconforming = binds.push(Conclusion::Nonconforming.as_str());
    let open_rectifications = binds.push(QualityBasis::OpenRectifications.as_str());
    // Open: every status but the two final ones (closed, referred for revocation).
    let open: Vec<String> = RectificationStatus::ALL
        .iter()
        .filter(|s| !matches!(s, RectificationStatus::Closed | RectificationStatus::Referred))
        .map(|s| binds.push(s.as_str()))
        .collect();
    let overdue = binds.push(QualityBasis::OverdueReviews.as_str());
    let high_risk = binds.push(QualityBasis::HighRisk.as_str());
    let class_unassessed = binds.push(UNASSESSED_CLASS.as_str());
    let (class_c, class_d) = (binds.push(RiskClass::C.as_str()), binds.push(RiskClass::D.as_str()));
    // A failing verdict is final unless a retest (复检) of the same task overturned it; a
    // retest's own verdict is final (as the due list's "failed recently", testing/due.rs).
    format!(
        "p.basis = {all} \
         OR (p.basis = {failing} AND EXISTS (SELECT 1 FROM testing_task ft JOIN test_verdict fv \
           ON fv.task_id = ft.id WHERE ft.enterprise_id = e.id AND ft.verdict_date >= {since} \
           AND fv.conclusion = {nonconforming} AND (fv.retest = TRUE OR NOT EXISTS \
             (SELECT 1 FROM test_verdict rv WHERE rv.task_id = ft.id AND rv.retest = TRUE)))) \
         OR (p.basis = {open_rectifications} AND (EXISTS (SELECT 1 FROM rectification r \
           WHERE r.enterprise_id = e.id AND r.status IN ({open})) OR EXISTS (SELECT 1 FROM follow_up f \
           WHERE f.enterprise_id = e.id AND f.visit_id IS NULL))) \
         OR (p.basis = {overdue} AND EXISTS (SELECT 1 FROM annual_review ar \
           WHERE ar.enterprise_id = e.id AND ar.overdue_since IS NOT NULL)) \
         OR (p.basis = {high_risk} AND COALESCE(rc.class, {class_unassessed}) IN ({class_c}, {class_d}))",
        open = open.join(", "),
    )
}

/// One executing authority's figures in a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CoverageRow {
    pub plan_id: PatrolPlanId,
    pub authority_id: AuthorityId,
    pub coverage: Coverage,
}

/// Coverage by executing authority of these plans on `today`, in plan then authority order:
/// one grouped statement (every executing authority has a row, with no target too).
pub async fn coverage(
    x: &impl Executor,
    ids: &[PatrolPlanId],
    today: NaiveDate,
    book: &RuleBook,
    key: &PatrolFactors,
) -> Result<Vec<CoverageRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let list = ids.iter().map(|id| binds.push(id.get())).collect::<Vec<_>>().join(", ");
    let with = targets(&mut binds, &format!("p.id IN ({list})"), today, book, key);
    let list = ids.iter().map(|id| binds.push(id.get())).collect::<Vec<_>>().join(", ");
    let sql = format!(
        "{with}SELECT pa.plan_id, pa.authority_id, COUNT(t.enterprise_id) AS targets, \
         COALESCE(SUM(CASE WHEN t.visits >= t.owed THEN 1 ELSE 0 END), 0) AS patrolled \
         FROM patrol_plan_authority pa LEFT JOIN t ON t.plan_id = pa.plan_id AND t.authority_id = pa.authority_id \
         WHERE pa.plan_id IN ({list}) GROUP BY pa.plan_id, pa.authority_id ORDER BY pa.plan_id, pa.authority_id"
    );
    let rows =
        executor.query_all_raw(Statement::from_sql_and_values(binds.backend, sql, binds.values)).await?;
    rows.iter()
        .map(|row| {
            Ok(CoverageRow {
                plan_id: PatrolPlanId::new(row.try_get("", "plan_id")?),
                authority_id: AuthorityId::new(row.try_get("", "authority_id")?),
                coverage: Coverage { targets: number(row, "targets")?, patrolled: number(row, "patrolled")? },
            })
        })
        .collect()
}

fn number(row: &QueryResult, column: &str) -> Result<u64> {
    let n: i64 = row.try_get("", column)?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// What the queue of patrols due is narrowed to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DueFilter {
    pub plan_id: Option<PatrolPlanId>,
    pub authority_id: Option<AuthorityId>,
    pub enterprise_id: Option<EnterpriseId>,
}

/// A patrol due: a target of a plan in force, not patrolled enough yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PatrolDue {
    pub plan_id: PatrolPlanId,
    pub enterprise_id: EnterpriseId,
    pub authority_id: AuthorityId,
    /// Patrols of the industry in the period so far.
    pub visits: u64,
    /// Patrols the plan asks per enterprise.
    pub owed: u64,
}

/// The queue's key: plan, then enterprise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DueCursor {
    pub plan_id: PatrolPlanId,
    pub enterprise_id: EnterpriseId,
}

/// The `d` CTE: patrols due on `today` inside `scope` (the caller's jurisdiction) of the plans in
/// force that day.
fn due(
    binds: &mut Binds,
    scope: &Scope,
    filter: &DueFilter,
    today: NaiveDate,
    book: &RuleBook,
    key: &PatrolFactors,
) -> String {
    let (from, to) = (binds.push(today), binds.push(today));
    let mut plans = format!("p.starts_on <= {from} AND p.ends_on >= {to}");
    if let Some(id) = filter.plan_id {
        plans.push_str(&format!(" AND p.id = {}", binds.push(id.get())));
    }
    if let Some(id) = filter.authority_id {
        plans.push_str(&format!(" AND pa.authority_id = {}", binds.push(id.get())));
    }
    if let Some(id) = filter.enterprise_id {
        plans.push_str(&format!(" AND e.id = {}", binds.push(id.get())));
    }
    plans.push_str(&format!(" AND {}", enterprise_in_scope(binds, scope, "e")));
    let with = targets(binds, &plans, today, book, key);
    format!("{with}, d AS (SELECT * FROM t WHERE t.visits < t.owed) ")
}

/// One page of the patrols due inside `scope`, by plan then enterprise.
pub async fn due_page(
    x: &impl Executor,
    scope: &Scope,
    filter: &DueFilter,
    today: NaiveDate,
    (book, key): (&RuleBook, &PatrolFactors),
    request: &PageRequest<DueCursor>,
) -> Result<Page<PatrolDue>> {
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let with = due(&mut binds, scope, filter, today, book, key);
    let statement = DueStatement { executor, binds, with, bounds: Vec::new(), order: "ASC" };
    page::read(statement, Direction::Ascending, request).await
}

/// How many patrols `due_page` pages through (`totalCount`).
pub async fn due_count(
    x: &impl Executor,
    scope: &Scope,
    filter: &DueFilter,
    today: NaiveDate,
    (book, key): (&RuleBook, &PatrolFactors),
) -> Result<u64> {
    let executor = x.executor();
    let statement = due_count_statement(executor.get_database_backend(), scope, filter, today, (book, key));
    let row = executor.query_one_raw(statement).await?;
    row.map(|row| number(&row, "n")).transpose().map(Option::unwrap_or_default)
}

/// The one statement of `due_count` (public to the crate for the plan test,
/// `test_db::sqlite_plans`).
pub(crate) fn due_count_statement(
    backend: DbBackend,
    scope: &Scope,
    filter: &DueFilter,
    today: NaiveDate,
    (book, key): (&RuleBook, &PatrolFactors),
) -> Statement {
    let mut binds = Binds::new(backend);
    let with = due(&mut binds, scope, filter, today, book, key);
    let sql = format!("{with}SELECT COUNT(*) AS n FROM d");
    Statement::from_sql_and_values(backend, sql, binds.values)
}

struct DueStatement<'x> {
    executor: DatabaseExecutor<'x>,
    binds: Binds,
    with: String,
    bounds: Vec<String>,
    order: &'static str,
}

impl Keyset<DueCursor> for DueStatement<'_> {
    type Row = PatrolDue;

    fn past(mut self, key: &DueCursor, direction: Direction) -> Self {
        let operator = direction.past_operator();
        let (plan, plan2, enterprise) = (
            self.binds.push(key.plan_id.get()),
            self.binds.push(key.plan_id.get()),
            self.binds.push(key.enterprise_id.get()),
        );
        self.bounds.push(format!(
            " AND (d.plan_id {operator} {plan} OR (d.plan_id = {plan2} AND d.enterprise_id {operator} {enterprise}))"
        ));
        self
    }

    fn ordered(mut self, direction: Direction) -> Self {
        self.order = direction.keyword();
        self
    }

    fn fetch(mut self, limit: u64) -> impl Future<Output = Result<Vec<PatrolDue>>> + Send {
        let limit = self.binds.push(i64::try_from(limit).unwrap_or(i64::MAX));
        let sql = format!(
            "{with}SELECT d.plan_id, d.enterprise_id, d.authority_id, d.visits, d.owed FROM d WHERE 1 = 1{bounds} \
             ORDER BY d.plan_id {order}, d.enterprise_id {order} LIMIT {limit}",
            with = self.with,
            bounds = self.bounds.concat(),
            order = self.order,
        );
        let statement = Statement::from_sql_and_values(self.binds.backend, sql, self.binds.values);
        async move {
            let rows = self.executor.query_all_raw(statement).await?;
            rows.iter().map(to_due).collect()
        }
    }
}

fn to_due(row: &QueryResult) -> Result<PatrolDue> {
    let owed: i32 = row.try_get("", "owed")?;
    Ok(PatrolDue {
        plan_id: PatrolPlanId::new(row.try_get("", "plan_id")?),
        enterprise_id: EnterpriseId::new(row.try_get("", "enterprise_id")?),
        authority_id: AuthorityId::new(row.try_get("", "authority_id")?),
        visits: number(row, "visits")?,
        owed: u64::try_from(owed).unwrap_or(0),
    })
}

fn to_record(model: row::Model) -> Result<PlanRecord> {
    let corrupt = |what: &str| StorageError::corrupt(TABLE, format!("id {}: {what}", model.id));
    let province = RegionCode::parse(&model.province).map_err(|_| corrupt("province"))?;
    let basis = QualityBasis::parse(&model.basis).ok_or_else(|| corrupt("basis"))?;
    let pairs: Vec<(i64, String)> = parsed(TABLE, model.id, "executing", &model.executing)?;
    let executing = pairs
        .into_iter()
        .map(|(id, region)| {
            let region = RegionCode::parse(&region).map_err(|_| corrupt("executing"))?;
            Ok(Executing { authority_id: AuthorityId::new(id), region })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(PlanRecord {
        id: PatrolPlanId::new(model.id),
        plan: PatrolPlan {
            province,
            name: model.name,
            industry: model.industry,
            basis,
            starts_on: model.starts_on,
            ends_on: model.ends_on,
            executing,
            coverage_percent: u8::try_from(model.coverage_percent)
                .map_err(|_| corrupt("coverage_percent"))?,
            visits_per_enterprise: u32::try_from(model.visits_per_enterprise)
                .map_err(|_| corrupt("visits_per_enterprise"))?,
            key_industry: model.key_industry,
        },
        authority_id: AuthorityId::new(model.authority_id),
        created_by: model.created_by,
        created_at: model.created_at,
    })
}
