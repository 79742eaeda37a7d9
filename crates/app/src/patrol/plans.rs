//! Patrol plans (巡查计划, §二(三), docs/adr/0022 "Plans"): the province makes a plan for an
//! industry and a quality basis; its targets, the coverage by executing authority and the
//! officers' queue of patrols due are derived on read.

use chrono::NaiveDate;
use oversight_domain::access::Organisation;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::key_region::PatrolFactors;
use oversight_domain::patrol::plan::{
    Executing, PlanAsked, PlanFacts, PlanRefused, QualityBasis, check_plan,
};
use oversight_domain::registry::region::RegionCode;
use oversight_domain::rules::RuleBook;
use oversight_domain::{AuthorityId, PatrolPlanId};
use oversight_storage::Scope;
use oversight_storage::patrol::plan::{self, CoverageRow, DueCursor, DueFilter, PatrolDue, PlanRecord};
use oversight_storage::registry::authority;
use serde_json::{Value, json};

use crate::{Action, App, AppError, Code, Page, PageRequest, Principal, Resource, allow, read_scope};

/// A plan as the province asks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanInput {
    pub name: String,
    pub industry: String,
    pub basis: QualityBasis,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub executing_authority_ids: Vec<AuthorityId>,
    pub coverage_percent: i64,
    pub visits_per_enterprise: Option<i64>,
}

impl From<PlanRefused> for AppError {
    fn from(refusal: PlanRefused) -> AppError {
        AppError::invalid(Code::InvalidPatrolPlan, "input", refusal.to_string())
    }
}

impl App {
    /// Makes a patrol plan for the caller's province (a provincial officer).
    pub async fn create_patrol_plan(
        &self,
        principal: &Principal,
        input: &PlanInput,
    ) -> Result<PlanRecord, AppError> {
        // The place is the caller's own seat; a caller seated nowhere is refused by its role.
        let resource = match principal.organisation {
            Organisation::Authority { region, .. } => Resource::Region(region),
            _ => Resource::None,
        };
        allow(principal, Action::CreatePatrolPlan, &resource, "authority")?;
        let Organisation::Authority { id: maker, region: province, .. } = principal.organisation.clone()
        else {
            return Err(AppError::NotFound { what: "authority" });
        };
        let industry = self.industries.find(&input.industry)?;
        let key_industry = industry.key_industry;
        let mut work = self.begin(principal, Operation::CreatePatrolPlan).await?;
        let executing = executing(&work, &input.executing_authority_ids).await?;
        let asked = PlanAsked {
            name: input.name.clone(),
            industry: industry.code.clone(),
            basis: input.basis,
            starts_on: input.starts_on,
            ends_on: input.ends_on,
            executing,
            coverage_percent: input.coverage_percent,
            visits_per_enterprise: input.visits_per_enterprise,
        };
        let checked = check_plan(&asked, &PlanFacts { province, key_industry, today: work.today })?;
        let stored = plan::insert(work.tx(), &checked, maker, &principal.subject, work.now).await?;
        work.touch([ObjectRef::of(stored.id)]);
        work.touch(checked.executing.iter().map(|e| ObjectRef::of(e.authority_id)));
        work.commit(None, Some(plan_state(&stored))).await?;
        Ok(stored)
    }

    pub async fn patrol_plans(
        &self,
        principal: &Principal,
        request: &PageRequest<i64>,
    ) -> Result<Page<PlanRecord>, AppError> {
        let provinces = provinces(principal)?;
        Ok(plan::page(&self.store, provinces, request).await?)
    }

    pub async fn count_patrol_plans(&self, principal: &Principal) -> Result<u64, AppError> {
        let provinces = provinces(principal)?;
        Ok(plan::count(&self.store, provinces).await?)
    }

    pub async fn patrol_plans_by_ids(
        &self,
        principal: &Principal,
        ids: &[PatrolPlanId],
    ) -> Result<Vec<PlanRecord>, AppError> {
        let provinces = provinces(principal)?;
        Ok(plan::by_ids(&self.store, provinces, ids).await?)
    }

    /// Coverage by executing authority of these plans today (the loader of
    /// `PatrolPlan.coverage`; the plans were read in the caller's provinces).
    pub async fn patrol_plan_coverage(
        &self,
        principal: &Principal,
        ids: &[PatrolPlanId],
    ) -> Result<Vec<CoverageRow>, AppError> {
        provinces(principal)?;
        self.coverage_of_plans(ids).await
    }

    /// Coverage by executing authority of these plans today, whoever asks: a plan's coverage is
    /// one figure (a responsibility agreement's PATROL_COVERAGE sums it).
    pub(crate) async fn coverage_of_plans(&self, ids: &[PatrolPlanId]) -> Result<Vec<CoverageRow>, AppError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let today = self.today();
        let book = self.rule_book(&self.store, today).await?;
        // The key regions of the plans' provinces, whoever reads: a plan's coverage is one figure.
        let mut key = PatrolFactors::new();
        for province in plan::provinces_of(&self.store, ids).await? {
            key.extend(self.patrol_factors(&self.store, &Scope::Within(province), today, &book).await?);
        }
        Ok(plan::coverage(&self.store, ids, today, &book, &key).await?)
    }

    /// What the caller's queue of patrols due is judged by today: its jurisdiction, the rules in
    /// force and the key counties there (one key-region figures statement). Judged once per read
    /// and shared by the page and its count.
    pub async fn judge_patrols_due(&self, principal: &Principal) -> Result<DueJudgment, AppError> {
        let scope = officers_scope(principal)?;
        let today = self.today();
        let book = self.rule_book(&self.store, today).await?;
        let key = self.patrol_factors(&self.store, &scope, today, &book).await?;
        Ok(DueJudgment { scope, today, book, key })
    }

    /// The patrols due, as `judged`: targets of the plans in force not yet patrolled enough, by
    /// plan then enterprise.
    pub async fn patrols_due(
        &self,
        judged: &DueJudgment,
        filter: &DueFilter,
        request: &PageRequest<DueCursor>,
    ) -> Result<Page<PatrolDue>, AppError> {
        let rules = (&judged.book, &judged.key);
        Ok(plan::due_page(&self.store, &judged.scope, filter, judged.today, rules, request).await?)
    }

    /// How many patrols `patrols_due` pages through, as `judged`.
    pub async fn count_patrols_due(&self, judged: &DueJudgment, filter: &DueFilter) -> Result<u64, AppError> {
        let rules = (&judged.book, &judged.key);
        Ok(plan::due_count(&self.store, &judged.scope, filter, judged.today, rules).await?)
    }
}

/// The caller's reach, the day, its rules and key counties a queue of patrols due is read by
/// (`App::judge_patrols_due`): a page and its `totalCount` share one, so the counties are judged
/// once per read.
#[derive(Debug, Clone)]
pub struct DueJudgment {
    scope: Scope,
    today: NaiveDate,
    book: RuleBook,
    key: PatrolFactors,
}

/// The executing authorities asked, from the directory: each must exist and be open.
async fn executing(work: &crate::work::Work<'_>, ids: &[AuthorityId]) -> Result<Vec<Executing>, AppError> {
    let found = authority::by_ids(work.tx(), ids).await?;
    let unknown: Vec<String> = ids
        .iter()
        .filter(|id| !found.iter().any(|a| a.id == **id && a.closed_at.is_none()))
        .map(ToString::to_string)
        .collect();
    if !unknown.is_empty() {
        return Err(AppError::invalid(
            Code::InvalidPatrolPlan,
            "executingAuthorityIds",
            format!("authorities {} are not open authorities of the directory", unknown.join(", ")),
        ));
    }
    Ok(ids
        .iter()
        .filter_map(|id| found.iter().find(|a| a.id == *id))
        .map(|a| Executing { authority_id: a.id, region: a.region })
        .collect())
}

/// Plans are the authorities' working documents: an enterprise or an institution sees none.
fn officers_scope(principal: &Principal) -> Result<Scope, AppError> {
    Ok(match read_scope(principal)? {
        Scope::Enterprise(_) => Scope::Nothing,
        scope => scope,
    })
}

/// The provinces whose plans the caller reads: every one for the nation and the platform's
/// auditors (scope everything), the caller's own province for an authority, none otherwise.
fn provinces(principal: &Principal) -> Result<Option<(String, String)>, AppError> {
    let nothing = Some((String::new(), String::new()));
    Ok(match officers_scope(principal)? {
        Scope::Everything => None,
        Scope::Within(region) if region == RegionCode::NATION => None,
        Scope::Within(region) => region.province().map(|p| p.range()).or(nothing),
        _ => nothing,
    })
}

/// The audit state of a plan.
fn plan_state(record: &PlanRecord) -> Value {
    let plan = &record.plan;
    json!({
        "province": plan.province.to_string(),
        "name": plan.name,
        "industry": plan.industry,
        "basis": plan.basis.as_str(),
        "startsOn": plan.starts_on,
        "endsOn": plan.ends_on,
        "executingAuthorityIds": plan.executing.iter().map(|e| e.authority_id.get()).collect::<Vec<_>>(),
        "coveragePercent": plan.coverage_percent,
        "visitsPerEnterprise": plan.visits_per_enterprise,
        "keyIndustry": plan.key_industry,
    })
}
