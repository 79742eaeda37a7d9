//! Risk classes (分类分级监管, issue 16 items 1–3, docs/adr/0027): every mutation that archives a
//! fact moving an enterprise's risk reassesses it inside its own transaction (one read, and two
//! multi-row writes when a class or a contribution changed); the bulk recompute runs the same
//! assessment over the whole registry in batches, resumable; reads answer the current class, its
//! breakdown and the class as of any instant.

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::EnterpriseId;
use oversight_domain::audit::Operation;
use oversight_domain::risk::{Assessment, RiskInputs, RiskModel};
use oversight_domain::rules::RuleBook;
use oversight_storage::Tx;
use oversight_storage::risk::{self as store, NewAssessment, RecomputeRun, RiskQuery, Selection};
use serde_json::json;

use crate::{Action, App, AppError, Principal, Resource, allow, read_scope};

mod preview;

pub use oversight_storage::risk::StoredAssessment;
pub use preview::{FrequencyPreview, PreviewRow};

/// An enterprise's current class as the reads answer it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RiskClassRecord {
    pub enterprise_id: EnterpriseId,
    pub assessment: Assessment,
    pub assessed_on: NaiveDate,
}

/// One batch of a bulk recompute, as the command's progress bar shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecomputeProgress {
    pub run: RecomputeRun,
    /// Whether this run resumed an interrupted one.
    pub resumed: bool,
    /// Enterprises assessed by this batch, and of them how many changed.
    pub assessed: u64,
    pub changed: u64,
}

impl App {
    /// The national model. An enterprise is assessed by its province's adjustment of it when
    /// one is in force (`rules`, docs/adr/0032); a bulk run is named after the national one.
    pub fn risk_model(&self) -> RiskModel {
        RiskModel::national_default()
    }

    fn key_industries(&self) -> Vec<String> {
        self.industries
            .iter()
            .filter(|industry| industry.key_industry)
            .map(|industry| industry.code.clone())
            .collect()
    }

    /// Assesses the enterprises selected on `today` and stores those whose assessment changed
    /// (or that had none).
    pub(crate) async fn reassess(
        &self,
        tx: &Tx,
        book: &RuleBook,
        selection: Selection<'_>,
        today: NaiveDate,
        now: DateTime<Utc>,
        cause: &str,
    ) -> Result<Reassessed, AppError> {
        // Each enterprise by its province's model in force on the day assessed (`book`,
        // docs/adr/0032); the window is the national model's (a province adjusts weights and
        // thresholds only).
        let window_start = book.national().model.window_start(today);
        let keys = self.key_industries();
        let query = RiskQuery { on: today, window_start, key_industries: &keys };
        let records = store::records(tx, selection, &query).await?;
        let mut outcome = Reassessed {
            count: records.len() as u64,
            last: records.last().map(|record| record.enterprise_id),
            changed: Vec::new(),
        };
        let mut changed: Vec<(EnterpriseId, RiskInputs, Assessment)> = Vec::new();
        for record in records {
            let inputs = record.inputs.with_last_check(record.last_checked_on, today);
            let assessment = book.for_region(&record.region).model.assess(&inputs);
            if !record.current.as_ref().is_some_and(|current| current.same_as(&assessment)) {
                changed.push((record.enterprise_id, inputs, assessment));
            }
        }
        let rows: Vec<NewAssessment<'_>> = changed
            .iter()
            .map(|(enterprise_id, inputs, assessment)| NewAssessment {
                enterprise_id: *enterprise_id,
                assessment,
                inputs,
                assessed_on: today,
                cause,
            })
            .collect();
        store::save(tx, &rows, now).await?;
        outcome.changed = changed.into_iter().map(|(id, _, _)| id).collect();
        Ok(outcome)
    }
}

/// What one reassessment did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Reassessed {
    /// Enterprises assessed.
    pub(crate) count: u64,
    /// The last of them in id order (where a bulk run resumes).
    pub(crate) last: Option<EnterpriseId>,
    /// Those whose assessment changed and was stored.
    pub(crate) changed: Vec<EnterpriseId>,
}

impl App {
    /// `oversight risk recompute`: one batch of the run, acted by the platform.
    pub async fn recompute_risk_batch_as_platform(&self, batch: u64) -> Result<RecomputeProgress, AppError> {
        let platform = crate::registry::authority::platform_principal("oversight risk recompute")?;
        self.recompute_risk_batch(&platform, batch).await
    }

    /// Assesses the next `batch` enterprises of the model's open run (a new run starts at the
    /// first enterprise when none is open): one unit of work per batch, so an interruption loses
    /// at most the batch in progress and the next call resumes after the last one committed.
    /// The run assesses every batch on the day it started.
    pub async fn recompute_risk_batch(
        &self,
        principal: &Principal,
        batch: u64,
    ) -> Result<RecomputeProgress, AppError> {
        allow(principal, Action::RecomputeRiskClasses, &Resource::None, "risk class")?;
        let batch = batch.clamp(1, 10_000);
        let model = self.risk_model();
        let work = self.begin(principal, Operation::RecomputeRiskClasses).await?;
        let (mut run, resumed) =
            store::start_or_resume(work.tx(), &model.version, work.today, work.now).await?;
        let selection = Selection::After { after: run.after, limit: batch };
        let book = self.rule_book(work.tx(), run.assessed_on).await?;
        let outcome =
            self.reassess(work.tx(), &book, selection, run.assessed_on, work.now, "recompute").await?;
        let from = run.after;
        run.done += outcome.count;
        run.changed += outcome.changed.len() as u64;
        if let Some(last) = outcome.last {
            run.after = last.get();
        }
        run.finished = outcome.count < batch;
        store::advance(work.tx(), &run, run.finished.then_some(work.now)).await?;
        // The audit record names the run and the id range; each class's own history row says
        // `recompute` as its cause (100,000 subjects per run would swamp the trail).
        let after = json!({
            "run": run.id, "modelVersion": model.version, "assessedOn": run.assessed_on,
            "afterEnterpriseId": from, "throughEnterpriseId": run.after,
            "assessed": outcome.count, "changed": outcome.changed.len(), "finished": run.finished,
        });
        work.commit(None, Some(after)).await?;
        Ok(RecomputeProgress { run, resumed, assessed: outcome.count, changed: outcome.changed.len() as u64 })
    }

    /// The model in force, for whoever reads classes.
    pub fn risk_model_for(&self, principal: &Principal) -> Result<RiskModel, AppError> {
        allow(principal, Action::ReadRiskClass, &Resource::None, "risk class")?;
        Ok(self.risk_model())
    }

    /// How many enterprises a run has still to assess after enterprise id `after`.
    pub async fn risk_recompute_remaining(&self, after: i64) -> Result<u64, AppError> {
        Ok(store::remaining(&self.store, after).await?)
    }

    /// The current class of each enterprise asked that the caller may read and that has one.
    pub async fn risk_classes_of_each(
        &self,
        principal: &Principal,
        ids: &[EnterpriseId],
    ) -> Result<Vec<RiskClassRecord>, AppError> {
        let scope = risk_scope(principal)?;
        let found = store::current(&self.store, &scope, ids).await?;
        Ok(found
            .into_iter()
            .map(|(enterprise_id, (assessment, assessed_on))| RiskClassRecord {
                enterprise_id,
                assessment,
                assessed_on,
            })
            .collect())
    }

    /// An enterprise's assessments, newest first: all of them, or those made at or before
    /// `as_of` (the first is then the class as of that instant).
    pub async fn risk_history(
        &self,
        principal: &Principal,
        enterprise_id: EnterpriseId,
        as_of: Option<DateTime<Utc>>,
        first: u64,
    ) -> Result<Vec<StoredAssessment>, AppError> {
        let scope = risk_scope(principal)?;
        Ok(store::history(&self.store, &scope, enterprise_id, as_of, first.clamp(1, 100)).await?)
    }
}

/// Who reads classes, and how far: the registry's readers in their read scope (an enterprise its
/// own class, to appeal it).
pub(crate) fn risk_scope(principal: &Principal) -> Result<oversight_domain::access::Scope, AppError> {
    allow(principal, Action::ReadRiskClass, &Resource::None, "risk class")?;
    read_scope(principal)
}

/// The enterprises a unit of work's archive facts may have moved (in first-seen order, once).
pub(crate) fn moved_by<'a>(
    facts: impl Iterator<Item = (EnterpriseId, oversight_domain::ArchiveEventKind)> + 'a,
) -> Vec<EnterpriseId> {
    let mut seen = HashSet::new();
    facts
        .filter(|(id, kind)| oversight_domain::risk::moves_risk(*kind) && seen.insert(*id))
        .map(|(id, _)| id)
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use oversight_domain::access::{Organisation, Role, Tier};
    use oversight_domain::ids::AuthorityId;
    use oversight_domain::registry::enterprise::{EnterpriseScale, RawBaseData};
    use oversight_domain::risk::RiskClass;
    use oversight_domain::{AuthorityLevel, CreditCode, RegionCode};
    use oversight_storage::{StoreOptions, census};

    use super::*;
    use crate::RegisterEnterprise;

    async fn app_with_enterprises(n: u32) -> (App, Principal, Vec<EnterpriseId>) {
        let app = App::open(StoreOptions::new("sqlite::memory:")).await.unwrap();
        let organisation = Organisation::Authority {
            id: AuthorityId::new(1),
            region: RegionCode::parse("320000").unwrap(),
            level: AuthorityLevel::Provincial,
        };
        let officer =
            Principal::new("officer-1".to_owned(), Role::ProvincialOfficer, Some(Tier::Staff), organisation)
                .unwrap();
        let mut ids = Vec::new();
        for k in 1..=n {
            let input = RegisterEnterprise {
                credit_code: CreditCode::from_body(&format!("9132010200000000{k}"))
                    .unwrap()
                    .as_str()
                    .to_owned(),
                base: RawBaseData {
                    name: Some(format!("南京风险{k}有限公司")),
                    region_code: Some("320102".to_owned()),
                    address: Some("工业园路 1 号".to_owned()),
                    scale: Some(EnterpriseScale::Small),
                    ..Default::default()
                },
            };
            ids.push(app.register_enterprise(&officer, input).await.unwrap().id);
        }
        (app, officer, ids)
    }

    #[tokio::test]
    async fn an_interrupted_recompute_resumes_after_its_last_batch_and_a_second_run_stores_nothing() {
        let (app, officer, ids) = app_with_enterprises(3).await;
        // Registering moves no figure: nobody has a class yet.
        assert!(app.risk_classes_of_each(&officer, &ids).await.unwrap().is_empty());

        let first = app.recompute_risk_batch_as_platform(2).await.unwrap();
        assert_eq!((first.resumed, first.assessed, first.changed, first.run.finished), (false, 2, 2, false));
        assert_eq!(app.risk_recompute_remaining(first.run.after).await.unwrap(), 1);
        // The process "stops" here; the next call resumes the same run after the last batch.
        let second = app.recompute_risk_batch_as_platform(2).await.unwrap();
        assert_eq!((second.resumed, second.run.id), (true, first.run.id));
        assert_eq!(
            (second.assessed, second.run.done, second.run.changed, second.run.finished),
            (1, 3, 3, true)
        );

        let classes = app.risk_classes_of_each(&officer, &ids).await.unwrap();
        assert_eq!(classes.len(), 3);
        assert!(classes.iter().all(|c| c.assessment.class == RiskClass::A), "{classes:?}");
        let history = app.risk_history(&officer, ids[2], None, 10).await.unwrap();
        assert_eq!(history.iter().map(|h| h.cause.as_str()).collect::<Vec<_>>(), ["recompute"]);

        // Nothing changed since: a new run assesses all three and stores nothing.
        let before = census::row_counts(app.store()).await.unwrap();
        let again = app.recompute_risk_batch_as_platform(10).await.unwrap();
        assert_eq!((again.resumed, again.assessed, again.changed, again.run.finished), (false, 3, 0, true));
        assert_ne!(again.run.id, first.run.id);
        let after = census::row_counts(app.store()).await.unwrap();
        assert_eq!(after["risk_assessment"], before["risk_assessment"]);
        assert_eq!(after["audit_record"] - before["audit_record"], 1, "one audit record per batch");
        assert!(app.verify_audit_chain().await.unwrap().is_intact());
    }

    #[tokio::test]
    async fn only_the_platform_recomputes_and_an_institution_reads_no_class() {
        let (app, officer, ids) = app_with_enterprises(1).await;
        let refused = app.recompute_risk_batch(&officer, 10).await.unwrap_err();
        assert_eq!(refused.code(), crate::Code::Forbidden, "{refused:?}");
        let lab = Principal::new(
            "lab".to_owned(),
            Role::TestingInstitution,
            None,
            Organisation::Institution {
                id: oversight_domain::InstitutionId::new(1),
                region: RegionCode::parse("320000").unwrap(),
            },
        )
        .unwrap();
        let refused = app.risk_classes_of_each(&lab, &ids).await.unwrap_err();
        assert_eq!(refused.code(), crate::Code::Forbidden, "{refused:?}");
    }
}
