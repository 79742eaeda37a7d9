//! Patrol plans (巡查计划 patrol plan, §二(三)): `PatrolPlan` with its coverage by executing
//! authority, `createPatrolPlan`, `patrolPlans` and the officers' queue `patrolsDue`.

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{
    Code, CoverageRow, PatrolDue, PatrolDueCursor, PatrolDueFilter, PatrolDueJudgment, PlanInput, PlanRecord,
};
use oversight_domain::patrol::plan::QualityBasis;
use oversight_domain::{AuthorityId, EnterpriseId, PatrolPlanId};

use crate::enums::mirror;
use crate::error::{ApiError, ResultExt, caller};
use crate::ids::{NodeType, global_id, id_cursor, parse_id_cursor, parse_numeric_id};
use crate::loaders::load;
use crate::page::{Connection, connection, page_request};
use crate::registry::authority::Authority;
use crate::registry::enterprise::Enterprise;
use crate::registry::region::Region;

mirror! {
    /// Which enterprises of the industry a plan patrols, by their quality record ("按照…企业质量状况"), or by their risk class.
    QualityBasisGql as "QualityBasis" <=> QualityBasis {
        /// Every enterprise holding a license of the industry in force.
        All,
        /// Those with a final failing verdict (不合格 nonconforming) in the last year.
        FailingVerdicts,
        /// Those with an open rectification (整改 rectification) or an open follow-up (回访 follow-up visit).
        OpenRectifications,
        /// Those with an annual review recorded overdue (年度审查逾期 overdue annual review).
        OverdueReviews,
        /// Those whose current risk class (风险等级 risk class) is C or D; one not yet assessed counts as B.
        HighRisk,
    }
}

pub struct PatrolPlan(pub PlanRecord);

/// A patrol plan (巡查计划 patrol plan, §二(三)) a province makes for an industry: the enterprises
/// its quality basis picks in the executing authorities' regions are its targets, derived on read.
#[Object]
impl PatrolPlan {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        global_id(NodeType::PatrolPlan, self.0.id)
    }
    /// The province whose plan it is.
    async fn province(&self) -> Region {
        Region(self.0.plan.province)
    }
    /// The plan's name.
    async fn name(&self) -> &str {
        &self.0.plan.name
    }
    /// The industry code patrolled.
    async fn industry(&self) -> &str {
        &self.0.plan.industry
    }
    /// Whether the industry is a key industry (重点行业 key industry): its plans ask at least two visits.
    async fn key_industry(&self) -> bool {
        self.0.plan.key_industry
    }
    /// Which enterprises of the industry are targets.
    async fn basis(&self) -> QualityBasisGql {
        self.0.plan.basis.into()
    }
    /// The first day of the period.
    async fn starts_on(&self) -> NaiveDate {
        self.0.plan.starts_on
    }
    /// The last day of the period.
    async fn ends_on(&self) -> NaiveDate {
        self.0.plan.ends_on
    }
    /// Whether the period holds today.
    async fn in_force(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        let (app, _) = caller(ctx)?;
        Ok(self.0.plan.in_force_on(app.today()))
    }
    /// The share of targets each executing authority must patrol enough, in percent.
    async fn coverage_percent(&self) -> u8 {
        self.0.plan.coverage_percent
    }
    /// Patrols owed in the period to a target of risk class A or B; the frequency matrix multiplies
    /// it for C (twice) and D (four times), see `PatrolDue.visitsOwed`.
    async fn visits_per_enterprise(&self) -> u32 {
        self.0.plan.visits_per_enterprise
    }
    /// The city and county authorities that carry it out.
    async fn executing_authorities(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Authority>> {
        let mut found = Vec::new();
        for executing in &self.0.plan.executing {
            found.extend(load(ctx, |l| &l.authority, executing.authority_id).await?.map(Authority));
        }
        Ok(found)
    }
    /// Coverage today, one row per executing authority (an authority without targets has a row too).
    async fn coverage(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<PlanCoverage>> {
        let rows = load(ctx, |l| &l.plan_coverage, self.0.id).await?.unwrap_or_default();
        let target = self.0.plan.coverage_percent;
        Ok(rows.into_iter().map(|row| PlanCoverage { row, target }).collect())
    }
    /// Who made it.
    async fn created_by(&self) -> &str {
        &self.0.created_by
    }
    /// When it was made.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

pub struct PlanCoverage {
    row: CoverageRow,
    target: u8,
}

/// One executing authority's progress in a patrol plan.
#[Object]
impl PlanCoverage {
    /// The executing authority.
    async fn authority(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Authority>> {
        Ok(load(ctx, |l| &l.authority, self.row.authority_id).await?.map(Authority))
    }
    /// The executing authority's global ID.
    async fn authority_id(&self) -> ID {
        global_id(NodeType::Authority, self.row.authority_id)
    }
    /// Its targets today.
    async fn targets(&self) -> u64 {
        self.row.coverage.targets
    }
    /// Targets patrolled enough: the plan's visits per enterprise inside the period.
    async fn patrolled(&self) -> u64 {
        self.row.coverage.patrolled
    }
    /// Patrolled as a percentage of the targets, rounded down (100 without targets).
    async fn percent(&self) -> u8 {
        self.row.coverage.percent()
    }
    /// Whether the plan's coverage target is reached.
    async fn reached(&self) -> bool {
        self.row.coverage.reached(self.target)
    }
}

pub struct PatrolDueRow(PatrolDue);

/// A patrol due (应巡查 patrol due): a target of a plan in force not yet patrolled enough.
#[Object(name = "PatrolDue")]
impl PatrolDueRow {
    /// The enterprise to patrol.
    async fn enterprise(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Enterprise>> {
        Ok(load(ctx, |l| &l.enterprise, self.0.enterprise_id).await?.map(Enterprise))
    }
    /// The enterprise's global ID.
    async fn enterprise_id(&self) -> ID {
        global_id(NodeType::Enterprise, self.0.enterprise_id)
    }
    /// The plan that asks for it.
    async fn plan(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<PatrolPlan>> {
        Ok(load(ctx, |l| &l.patrol_plan, self.0.plan_id).await?.map(PatrolPlan))
    }
    /// The executing authority whose region holds the enterprise.
    async fn authority(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Authority>> {
        Ok(load(ctx, |l| &l.authority, self.0.authority_id).await?.map(Authority))
    }
    /// Patrols of the plan's industry inside its period so far.
    async fn visits(&self) -> u64 {
        self.0.visits
    }
    /// Patrols the plan asks of this enterprise: its visits per enterprise times the factor of the
    /// enterprise's current risk class (风险等级) in the frequency matrix, times the greatest
    /// factor of the key-industry campaigns (专项整治 campaign) covering it in the plan's period.
    async fn visits_owed(&self) -> u64 {
        self.0.owed
    }
}

/// A patrol plan as the province asks it.
#[derive(InputObject)]
pub struct CreatePatrolPlanInput {
    /// 1–200 characters.
    pub name: String,
    /// An industry code of the catalogue.
    pub industry: String,
    /// Which enterprises of the industry are targets.
    pub basis: QualityBasisGql,
    /// The first day of the period.
    pub starts_on: NaiveDate,
    /// The last day: not before the first, less than a year after it, not before today.
    pub ends_on: NaiveDate,
    /// One or more open city or county authorities of the province, none inside another.
    pub executing_authority_ids: Vec<ID>,
    /// The share of targets each authority must patrol enough, 1–100.
    pub coverage_percent: i32,
    /// Patrols owed to each target of class A or B in the period, 1–52 (default 1; a key
    /// industry's default and minimum is 2); class C owes twice, D four times.
    pub visits_per_enterprise: Option<i32>,
}

/// The plan made.
#[derive(SimpleObject)]
pub struct PatrolPlanPayload {
    /// The plan.
    pub plan: PatrolPlan,
}

/// What the queue of patrols due is narrowed to.
#[derive(InputObject, Default)]
pub struct PatrolsDueFilter {
    /// Only this plan's.
    pub plan_id: Option<ID>,
    /// Only targets of this executing authority.
    pub authority_id: Option<ID>,
    /// Only this enterprise.
    pub enterprise_id: Option<ID>,
}

pub struct PatrolPlanTotal;

#[Object]
impl PatrolPlanTotal {
    /// How many plans the caller reads (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_patrol_plans(principal).await.gql()
    }
}

/// The count of the queue the page was read from: judged by the same day, rules and key counties.
pub struct PatrolDueTotal {
    filter: PatrolDueFilter,
    judged: PatrolDueJudgment,
}

#[Object]
impl PatrolDueTotal {
    /// How many patrols are due today (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, _) = caller(ctx)?;
        app.count_patrols_due(&self.judged, &self.filter).await.gql()
    }
}

/// The queue's filter as the app reads it (also the PATROLS_DUE export's).
pub(crate) fn due_filter(filter: PatrolsDueFilter) -> Result<PatrolDueFilter, ApiError> {
    Ok(PatrolDueFilter {
        plan_id: filter
            .plan_id
            .map(|id| parse_numeric_id(&id, NodeType::PatrolPlan, "filter.planId"))
            .transpose()?,
        authority_id: filter
            .authority_id
            .map(|id| parse_numeric_id::<AuthorityId>(&id, NodeType::Authority, "filter.authorityId"))
            .transpose()?,
        enterprise_id: filter
            .enterprise_id
            .map(|id| parse_numeric_id(&id, NodeType::Enterprise, "filter.enterpriseId"))
            .transpose()?,
    })
}

/// Cursor of the patrols due: `d:<plan>:<enterprise>`.
fn due_cursor(row: &PatrolDue) -> String {
    URL_SAFE_NO_PAD.encode(format!("d:{}:{}", row.plan_id, row.enterprise_id))
}

fn parse_due_cursor(cursor: &str) -> Result<PatrolDueCursor, ApiError> {
    URL_SAFE_NO_PAD
        .decode(cursor)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .and_then(|text| {
            let (plan, enterprise) = text.strip_prefix("d:")?.split_once(':')?;
            Some(PatrolDueCursor {
                plan_id: PatrolPlanId::new(plan.parse().ok()?),
                enterprise_id: EnterpriseId::new(enterprise.parse().ok()?),
            })
        })
        .ok_or_else(|| {
            ApiError::new(Code::InvalidCursor, "the cursor was not issued by this list")
                .with_field("after/before")
        })
}

#[derive(Default)]
pub struct PatrolPlanQuery;

#[Object]
impl PatrolPlanQuery {
    /// Patrol plans (巡查计划 patrol plan) of the caller's province (every province for the
    /// nation and auditors), newest first. Enterprises and institutions see none.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    async fn patrol_plans(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, PatrolPlan, PatrolPlanTotal>> {
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let (app, principal) = caller(ctx)?;
        let page = app.patrol_plans(principal, &request).await.gql()?;
        Ok(connection(page, PatrolPlanTotal, |r| id_cursor(r.id), PatrolPlan))
    }

    /// The officer's queue of patrols due (应巡查): inside the caller's jurisdiction, the targets
    /// of the plans in force today not yet patrolled as often as their plan asks, by plan then
    /// enterprise.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    #[allow(clippy::too_many_arguments)] // a GraphQL field's arguments are its parameters
    async fn patrols_due(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to narrow the queue to.", default)] filter: PatrolsDueFilter,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, PatrolDueRow, PatrolDueTotal>> {
        let request = page_request(first, after, last, before, parse_due_cursor)?;
        let filter = due_filter(filter)?;
        let (app, principal) = caller(ctx)?;
        let judged = app.judge_patrols_due(principal).await.gql()?;
        let page = app.patrols_due(&judged, &filter, &request).await.gql()?;
        Ok(connection(page, PatrolDueTotal { filter, judged }, due_cursor, PatrolDueRow))
    }
}

#[derive(Default)]
pub struct PatrolPlanMutation;

#[Object]
impl PatrolPlanMutation {
    /// The provincial authority makes a patrol plan (巡查计划 patrol plan, §二(三) "省级质量技术监督
    /// 部门应当组织市、县级质量技术监督部门按照行业和企业质量状况制定巡查计划"). INVALID_PATROL_PLAN
    /// (every problem listed), UNKNOWN_INDUSTRY, FORBIDDEN.
    async fn create_patrol_plan(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The plan.")] input: CreatePatrolPlanInput,
    ) -> async_graphql::Result<PatrolPlanPayload> {
        let executing_authority_ids = input
            .executing_authority_ids
            .iter()
            .map(|id| parse_numeric_id::<AuthorityId>(id, NodeType::Authority, "input.executingAuthorityIds"))
            .collect::<Result<Vec<_>, _>>()?;
        let plan = PlanInput {
            name: input.name,
            industry: input.industry,
            basis: input.basis.into(),
            starts_on: input.starts_on,
            ends_on: input.ends_on,
            executing_authority_ids,
            coverage_percent: i64::from(input.coverage_percent),
            visits_per_enterprise: input.visits_per_enterprise.map(i64::from),
        };
        let (app, principal) = caller(ctx)?;
        let record = app.create_patrol_plan(principal, &plan).await.gql_input("input")?;
        Ok(PatrolPlanPayload { plan: PatrolPlan(record) })
    }
}
