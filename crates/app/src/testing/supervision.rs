//! Periodic supervision with unified compulsory testing: designating the testing institution of an
//! industry, opening testing tasks (抽样), accepting an institution's results with one idempotent
//! submission judged by the industry plugin, and the scoped reads of tasks, results and verdicts.

use oversight_domain::ErrorCode;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::str::FromStr;

use chrono::NaiveDate;
use oversight_domain::access::{Organisation, TaskScope};
use oversight_domain::archive::ArchiveFact;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::registry::license_number::LicenseNumber;
use oversight_domain::testing::judgment::{
    Coverage, Decimal, JudgeError, JudgeRequest, MeasuredResult, Outcome, Verdict, required_items,
};
use oversight_domain::testing::objection::retest_mismatch;
use oversight_domain::testing::rectification::{RectificationEvent, recheck_due};
use oversight_domain::testing::supervision::{DesignationPeriod, SamplingRecord, TaskEvent, designated_for};
use oversight_domain::text::parse_text;
use oversight_domain::{DesignationId, EnterpriseId, InstitutionId, SubmissionId, TaskId};
use oversight_domain::{RegionCode, RegionLevel};
use oversight_plugin_host::RegistryJudgeError;
use oversight_storage::testing::designation_list::{
    self, DesignationCursor, DesignationFilter, DesignationOrder,
};
use oversight_storage::testing::rectification::{self, RectificationRecord};
use oversight_storage::testing::supervision::{self, NewTestingTask};
use oversight_storage::testing::task_list::{self, TaskCursor, TaskFilter, TaskOrder};
use oversight_storage::{StorageError, Tx, registry::enterprise, registry::institution, registry::license};
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::error::FieldProblem;
use crate::events::Event;
use crate::registry::license::check_in_force;
use crate::testing::designation::{check_province_clash, designation_state, institution_to_name};
use crate::work::Work;
use crate::{
    Action, App, AppError, Code, LicenseRecord, Page, PageRequest, Principal, Resource, Scope, allow,
};

pub use oversight_domain::testing::supervision::TaskStatus;
pub use oversight_storage::testing::supervision::{
    DesignationRecord, ObjectionRecord, SubmissionRecord, TestResultRecord, TestingTaskRecord, VerdictRecord,
};

/// Input of `designate_institution`.
#[derive(Debug, Clone)]
pub struct DesignateInstitution {
    pub industry: String,
    pub institution_id: InstitutionId,
    pub region_code: String,
    pub valid_from: NaiveDate,
    pub valid_until: NaiveDate,
}

/// Input of `open_testing_task`.
#[derive(Debug, Clone)]
pub struct OpenTestingTask {
    pub license_number: String,
    pub variant: String,
    pub batch: String,
    /// Declared values (明示值): item code and decimal text, in the order given.
    pub declared: Vec<(String, String)>,
    pub declared_standards: Vec<String>,
    pub sampling_date: NaiveDate,
    pub test_portion: String,
    pub backup_portion: String,
    /// The test scope (检验范围) sampled; `None` is the plugin's full test (`testing::due`).
    pub test_scope: Option<String>,
}

/// The results of one task inside a submission.
#[derive(Debug, Clone)]
pub struct TaskResults {
    pub task_id: TaskId,
    /// Item code and result, in the order given.
    pub results: Vec<(String, MeasuredResult)>,
    /// Items not tested, each with its reason (§二(四): every required item is reported, as a
    /// result or as not tested); they leave the verdict NOT_JUDGEABLE.
    pub not_tested: Vec<(String, String)>,
}

/// Input of `submit_test_results`.
#[derive(Debug, Clone)]
pub struct SubmitTestResults {
    pub idempotency_key: String,
    pub submissions: Vec<TaskResults>,
}

/// The verdict of one task of a submission.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskOutcome {
    pub task_id: TaskId,
    pub verdict: Verdict,
}

/// What a submission answered: stored with it and replayed verbatim for the same key.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SubmissionOutcome {
    pub submission_id: SubmissionId,
    pub tasks: Vec<TaskOutcome>,
    /// True when this answer is the replay of an earlier submission with the same key.
    #[serde(skip)]
    pub replayed: bool,
}

/// The most results one submission may carry: a batch of 100 tasks × 50 items, so one request
/// holds one transaction for a bounded time.
const MAX_TASKS_PER_SUBMISSION: usize = 100;

impl App {
    /// Designates the unified testing institution of an industry for a province or a region
    /// inside it, for a period (§二(四)): refused when any other region of the province holds a
    /// designation of the industry on a shared day (one institution per industry and province,
    /// ADR 0009 decision 20); the institution is seated in the province or is a national testing
    /// centre (decision 21).
    pub async fn designate_institution(
        &self,
        principal: &Principal,
        input: DesignateInstitution,
    ) -> Result<DesignationRecord, AppError> {
        let industry = self.industry_catalogue().find(&input.industry)?.clone();
        let region = RegionCode::parse(&input.region_code)?;
        allow(principal, Action::DesignateInstitution, &Resource::Region(region), "region")?;
        let period = DesignationPeriod::parse(region, input.valid_from, input.valid_until)?;
        let mut work = self.begin(principal, Operation::DesignateInstitution).await?;
        let institution =
            institution_to_name(work.tx(), principal, input.institution_id, &industry.code, &period).await?;
        // Without the lock, two concurrent requests on PostgreSQL could both find no clash; it is
        // keyed by the province, as the clash check is (ADR 0009 decision 20).
        supervision::lock_designations(work.tx(), &industry.code, &region).await?;
        check_province_clash(work.tx(), &industry.code, &period, None).await?;
        let designated_by = principal.organisation.reference();
        let record = supervision::insert_designation(
            work.tx(),
            &industry.code,
            institution.id,
            &period,
            &designated_by,
            work.now,
        )
        .await?;
        work.touch([ObjectRef::of(record.id), ObjectRef::of(institution.id)]);
        work.commit(None, Some(designation_state(&record))).await?;
        Ok(record)
    }

    /// The designation list's filter: of one industry (of the catalogue) and relevant to one
    /// region (its own, those inside it and those covering it), each when given.
    pub fn designation_filter(
        &self,
        industry: Option<&str>,
        region_code: Option<&str>,
    ) -> Result<DesignationFilter, AppError> {
        let industry =
            industry.map(|code| self.industry_catalogue().find(code)).transpose()?.map(|i| i.code.clone());
        let region = match region_code {
            Some(code) => {
                let region = RegionCode::parse(code)?;
                Some((region.range(), ancestors(&region)))
            }
            None => None,
        };
        Ok(DesignationFilter { industry, region })
    }

    /// A page of the designations matching `filter`, in `order`. Designations are published
    /// lists (承检机构名单), so every authenticated caller may read them.
    pub async fn designations(
        &self,
        principal: &Principal,
        filter: &DesignationFilter,
        order: (DesignationOrder, bool),
        request: &PageRequest<DesignationCursor>,
    ) -> Result<Page<DesignationRecord>, AppError> {
        allow(principal, Action::ReadReference, &Resource::None, "designation")?;
        Ok(designation_list::page(&self.store, filter, order, request).await?)
    }

    /// How many designations match `filter`.
    pub async fn count_designations(
        &self,
        principal: &Principal,
        filter: &DesignationFilter,
    ) -> Result<u64, AppError> {
        allow(principal, Action::ReadReference, &Resource::None, "designation")?;
        Ok(designation_list::count(&self.store, filter).await?)
    }

    /// Opens a testing task: an officer samples a licensed product. The plugin, its version and
    /// the standard editions in force on the sampling date are fixed on the task, and the task
    /// goes to the institution designated for the industry, the enterprise's region and the date.
    pub async fn open_testing_task(
        &self,
        principal: &Principal,
        input: OpenTestingTask,
    ) -> Result<TestingTaskRecord, AppError> {
        self.open_task(principal, input, None).await
    }

    /// Opens a testing task; with `recheck`, the task is the re-check (复查) of that
    /// rectification, which must be past its deadline and moves to RECHECKING in the same
    /// transaction. Phases: parse, authorize, fix the plugin and editions, find the designated
    /// institution, persist.
    pub(crate) async fn open_task(
        &self,
        principal: &Principal,
        input: OpenTestingTask,
        recheck: Option<RectificationRecord>,
    ) -> Result<TestingTaskRecord, AppError> {
        let number = LicenseNumber::parse(&input.license_number)?;
        let sampling = SamplingRecord::parse(
            &input.batch,
            &input.test_portion,
            &input.backup_portion,
            input.sampling_date,
            self.today(),
        )?;
        let declared_standards = input
            .declared_standards
            .iter()
            .map(|s| parse_text("declaredStandards", s, 1, 100, false))
            .collect::<Result<Vec<_>, _>>()?;
        let (operation, action) = match recheck {
            Some(_) => (Operation::OpenRecheckTask, Action::OpenRecheckTask),
            None => (Operation::OpenTestingTask, Action::OpenTestingTask),
        };
        let mut work = self.begin(principal, operation).await?;
        let (license, owner) = licensed_product(work.tx(), principal, &number, action).await?;
        if let Some(rectification) = &recheck {
            check_recheck(rectification, &license, work.today)?;
        }
        check_in_force(&license, sampling.sampling_date, "licenseNumber")?;
        let fixed = self.fix_plugin(&license, &input, sampling.sampling_date)?;
        let test_scope = self.task_scope(&license.industry, input.test_scope.as_deref())?;
        let (designation, institution) =
            designated_institution(work.tx(), &license, &owner.base.region, sampling.sampling_date).await?;
        let new = NewTestingTask {
            enterprise_id: owner.id,
            license_id: license.id,
            institution_id: institution.id,
            designation_id: designation.id,
            industry: &license.industry,
            variant: &input.variant,
            sampling: &sampling,
            declared: &fixed.declared,
            declared_standards: &declared_standards,
            plugin_id: &fixed.plugin_id,
            plugin_version: &fixed.plugin_version,
            editions: &fixed.editions,
            opened_by: &principal.subject,
            rectification_id: recheck.as_ref().map(|r| r.id),
            test_scope: &test_scope,
        };
        let task = supervision::insert_task(work.tx(), &new, work.now).await?;
        if let Some(rectification) = &recheck {
            let rechecking = rectification.open_recheck(task.id, work.now)?;
            if !rectification::save_rectification(work.tx(), rectification.status, &rechecking).await? {
                return Err(AppError::concurrent("the rectification changed meanwhile"));
            }
        }
        let fact = ArchiveFact::TestTaskOpened {
            task: &task,
            number: &license.number,
            institution: &institution.name,
        };
        work.archive(owner.id, Some(license.id), fact);
        work.touch([
            ObjectRef::of(task.id),
            ObjectRef::of(owner.id),
            ObjectRef::of(license.id),
            ObjectRef::of(institution.id),
        ]);
        work.touch(recheck.as_ref().map(|r| ObjectRef::of(r.id)));
        work.announce([Event::TaskAssigned {
            task_id: task.id,
            institution_id: institution.id,
            industry: task.industry.clone(),
            enterprise_region: owner.base.region.to_string(),
        }]);
        work.commit(None, Some(task.state())).await?;
        Ok(task)
    }

    /// The plugin serving the license's industry, checked against the sample: its variant, the
    /// declared values, and the standard editions in force on the sampling date.
    fn fix_plugin(
        &self,
        license: &LicenseRecord,
        input: &OpenTestingTask,
        sampling_date: NaiveDate,
    ) -> Result<FixedPlugin, AppError> {
        let industry_code = license.industry.as_str();
        let plugin = self.plugins.plugin(industry_code).ok_or_else(|| {
            AppError::invalid(
                Code::Domain(ErrorCode::UnknownIndustry),
                "licenseNumber",
                format!("no loaded plugin serves industry {industry_code} of license {}", license.number),
            )
        })?;
        let rules = plugin.rules();
        if !rules.variants.contains_key(&input.variant) {
            return Err(AppError::invalid(
                Code::UnknownVariant,
                "variant",
                format!("the {industry_code} plugin knows no variant {:?}", input.variant),
            ));
        }
        let declared = check_declared(&input.declared, |item| rules.items.contains_key(item))?;
        let editions: BTreeMap<String, String> = rules
            .standards
            .iter()
            .filter_map(|(code, standard)| {
                standard.edition_on(sampling_date).map(|e| (code.clone(), e.edition.clone()))
            })
            .collect();
        if editions.is_empty() {
            return Err(AppError::invalid(
                Code::NoEditionInForce,
                "samplingDate",
                format!("no standard of {industry_code} had an edition in force on {sampling_date}"),
            ));
        }
        check_covered(rules, input, &declared, sampling_date)?;
        let profile = plugin.profile();
        Ok(FixedPlugin {
            plugin_id: profile.id.clone(),
            plugin_version: profile.version.clone(),
            declared,
            editions,
        })
    }

    /// Accepts an institution's results for one or many tasks as one transaction: every result
    /// of every task is checked and judged first, and any problem refuses the whole submission
    /// (listing every bad item) before anything is written. The idempotency key is the
    /// institution's: the same key with the same submission returns the first outcome and writes
    /// nothing. Phases: parse, replay, authorize, judge, persist, record.
    pub async fn submit_test_results(
        &self,
        principal: &Principal,
        input: SubmitTestResults,
    ) -> Result<SubmissionOutcome, AppError> {
        let n_tasks = input.submissions.len();
        let outcome = self.submit_uncounted(principal, input).await;
        let label = match &outcome {
            Ok(outcome) if outcome.replayed => "replayed",
            Ok(_) => "accepted",
            Err(error) => error.code().as_str(),
        };
        self.metrics.record_submission(label, n_tasks);
        outcome
    }

    /// [`App::submit_test_results`] before it is counted in the ingestion metrics.
    async fn submit_uncounted(
        &self,
        principal: &Principal,
        input: SubmitTestResults,
    ) -> Result<SubmissionOutcome, AppError> {
        let key = parse_text("idempotencyKey", &input.idempotency_key, 1, 100, false)?;
        let submissions = check_submissions(input.submissions)?;
        let digest = request_digest(&submissions);
        let mut work = self.begin(principal, Operation::SubmitTestResults).await?;
        let institution_id = match &principal.organisation {
            Organisation::Institution { id, .. } => Some(*id),
            _ => None,
        };
        if let Some(institution_id) = institution_id
            && let Some(first) = supervision::submission_by_key(work.tx(), institution_id, &key).await?
        {
            return replay(work.tx(), first, &digest).await;
        }
        let ids: Vec<TaskId> = submissions.iter().map(|s| s.task_id).collect();
        let (tasks, regions) = authorized_tasks(work.tx(), principal, &ids).await?;
        let institution_id = institution_id.ok_or(AppError::Refused {
            code: Code::Forbidden,
            field: None,
            message: "test results are submitted by the testing institution".to_owned(),
        })?;
        let judged = self.judge_submissions(work.tx(), &tasks, &submissions).await?;
        let task_ids: Vec<TaskId> = judged.iter().map(|j| j.task.id).collect();
        let submission = supervision::NewSubmission {
            institution_id,
            idempotency_key: &key,
            request_digest: &digest,
            task_ids: &task_ids,
            submitted_by: &principal.subject,
        };
        let submission_id = self.persist_submission(&mut work, &submission, &judged).await?;
        work.touch(submission_objects(submission_id, institution_id, &judged));
        work.announce(failing_verdict_events(&judged, &regions));
        let after = json!({
            "idempotencyKey": key,
            "tasks": judged.iter().map(|judged| json!({
                "taskId": judged.task.id,
                "items": judged.results.len(),
                "conclusion": judged.verdict.conclusion.as_str(),
                "serious": judged.verdict.serious,
            })).collect::<Vec<_>>(),
        });
        work.commit(None, Some(after)).await?;
        let tasks =
            judged.into_iter().map(|j| TaskOutcome { task_id: j.task.id, verdict: j.verdict }).collect();
        Ok(SubmissionOutcome { submission_id, tasks, replayed: false })
    }

    /// Judges every task of a submission with its plugin. A retest (the objection was accepted)
    /// reports exactly the objected items and is judged on the first results with those replaced:
    /// the other items keep their first results (ADR 0009 decision 12). Every problem of every
    /// task is collected before refusing.
    async fn judge_submissions<'t>(
        &self,
        tx: &Tx,
        tasks: &'t HashMap<TaskId, TestingTaskRecord>,
        submissions: &[CheckedTask],
    ) -> Result<Vec<Judged<'t>>, AppError> {
        let retest_ids: Vec<TaskId> =
            tasks.values().filter(|t| t.status == TaskStatus::ObjectionAccepted).map(|t| t.id).collect();
        let mut first_results: HashMap<TaskId, BTreeMap<String, MeasuredResult>> = HashMap::new();
        for record in
            supervision::results_of_tasks(tx, &TaskScope::Registry(Scope::Everything), &retest_ids).await?
        {
            if !record.retest {
                first_results.entry(record.task_id).or_default().insert(record.item, record.result);
            }
        }
        let mut first_not_tested = first_not_tested(tx, &retest_ids).await?;
        let mut problems = Vec::new();
        let mut judged = Vec::with_capacity(submissions.len());
        for (index, submission) in submissions.iter().enumerate() {
            let (task_id, results) = (&submission.task_id, &submission.results);
            let task = tasks.get(task_id).ok_or(AppError::NotFound { what: "testing task" })?;
            let next = task
                .status
                .apply(TaskEvent::ResultsAccepted)
                .map_err(|refusal| AppError::from(refusal).about(format_args!("task {task_id}")))?;
            let (mut merged, mut not_tested) = (BTreeMap::new(), BTreeMap::new());
            if task.status == TaskStatus::ObjectionAccepted {
                if let Some(refused) = retest_items_problem(index, task, submission) {
                    problems.push(refused);
                    continue;
                }
                merged = first_results.remove(task_id).unwrap_or_default();
                not_tested = first_not_tested.remove(task_id).unwrap_or_default();
            }
            let submitted: BTreeMap<String, MeasuredResult> = results.iter().cloned().collect();
            for item in submitted.keys() {
                not_tested.remove(item);
            }
            not_tested.extend(submission.not_tested.clone());
            merged.extend(submitted.clone());
            let request = JudgeRequest {
                industry: task.industry.clone(),
                variant: task.variant.clone(),
                sampling_date: task.sampling.sampling_date,
                declared: task.declared.clone(),
                declared_standards: task.declared_standards.clone(),
                results: merged,
                not_tested,
                coverage: Coverage::RequiredItems,
            };
            // The version fixed at sampling judges, not whichever is current (issue 11 item 3).
            match self.judge_by_plugin(&request, Some(&task.plugin_version)) {
                Ok(verdict) if !verdict.missing_items.is_empty() => {
                    problems.push(missing_items(index, *task_id, &verdict.missing_items));
                }
                Ok(verdict) => judged.push(Judged { task, next, results: submitted, verdict }),
                Err(error) => problems.extend(self.item_problems(index, task, results, &request, error)),
            }
        }
        if !problems.is_empty() {
            return Err(AppError::Invalid(problems));
        }
        Ok(judged)
    }

    /// Writes a judged submission: the submission row, then one multi-row statement per table
    /// (per-task statements made a 100-task request cost some 500 round trips), the archive
    /// facts, and the conclusion of every re-check's rectification.
    async fn persist_submission(
        &self,
        work: &mut Work<'_>,
        submission: &supervision::NewSubmission<'_>,
        judged: &[Judged<'_>],
    ) -> Result<SubmissionId, AppError> {
        let (tx, now) = (work.tx(), work.now);
        let inserted = supervision::insert_submission(tx, submission, now);
        let submission_id = match inserted.await {
            Err(StorageError::Conflict(_)) => {
                return Err(AppError::concurrent(
                    "a submission with this key is in progress; repeat it to receive its outcome",
                ));
            }
            other => other?,
        };
        let moves: Vec<supervision::TaskMove> = judged.iter().map(|j| task_move(j, work.today)).collect();
        let tx = work.tx();
        if !supervision::move_tasks(tx, &moves, now).await? {
            return Err(AppError::concurrent("a task of the submission changed meanwhile"));
        }
        let result_rows: Vec<supervision::TaskResultsRow<'_>> = judged
            .iter()
            .map(|j| supervision::TaskResultsRow {
                task_id: j.task.id,
                results: &j.results,
                retest: j.retest(),
            })
            .collect();
        supervision::insert_results(tx, submission_id, &result_rows, now).await?;
        let verdict_rows: Vec<supervision::TaskVerdictRow<'_>> = judged
            .iter()
            .map(|j| supervision::TaskVerdictRow {
                task_id: j.task.id,
                verdict: &j.verdict,
                retest: j.retest(),
            })
            .collect();
        supervision::insert_verdicts(tx, submission_id, &verdict_rows, now).await?;
        for j in judged {
            let fact = ArchiveFact::TestVerdictRecorded {
                task_id: j.task.id,
                submission_id,
                verdict: &j.verdict,
                retest: j.retest(),
            };
            work.archive(j.task.enterprise_id, Some(j.task.license_id), fact);
        }
        // A re-check concludes its rectification after its verdict event, as a task's archive
        // reads verdict first, then the rectification's outcome — once the verdict is final: a
        // retest's, or one that found nothing failing, at once; a failing first verdict waits for
        // its objection window (`decide_objection`, `conclude_recheck_task`). Re-checks are rare:
        // one by one.
        for j in judged {
            if let Some(rectification_id) = j.task.rectification_id
                && (j.retest() || !j.verdict.conclusion.failing())
            {
                self.conclude_recheck(work, rectification_id, j.task, &j.verdict).await?;
            }
        }
        Ok(submission_id)
    }

    /// Every problem of one task's results. The engine stops at the first bad item, so on
    /// refusal each result is judged alone to name every bad one; if none fails alone (the
    /// problem is in their combination), the first refusal stands.
    fn item_problems(
        &self,
        index: usize,
        task: &TestingTaskRecord,
        results: &[(String, MeasuredResult)],
        request: &JudgeRequest,
        error: RegistryJudgeError,
    ) -> Vec<FieldProblem> {
        let task_id = task.id;
        let mut problems = Vec::new();
        if matches!(
            error,
            RegistryJudgeError::Judge(
                JudgeError::UnknownItem { .. }
                    | JudgeError::WrongUnit { .. }
                    | JudgeError::BadValue { .. }
                    | JudgeError::NegativeValue { .. }
                    | JudgeError::NoEditionInForce { .. }
                    | JudgeError::BadDeclared { .. }
            )
        ) {
            for (position, (item, result)) in results.iter().enumerate() {
                let single = JudgeRequest {
                    results: BTreeMap::from([(item.clone(), result.clone())]),
                    not_tested: BTreeMap::new(),
                    ..request.clone()
                };
                if let Err(error) = self.judge_by_plugin(&single, Some(&task.plugin_version)) {
                    problems.push(problem(index, task_id, Some(position), &error));
                }
            }
        }
        if problems.is_empty() {
            let position =
                error_item(&error).and_then(|item| results.iter().position(|(code, _)| code == item));
            problems.push(problem(index, task_id, position, &error));
        }
        problems
    }

    /// One page of the testing tasks the caller may see that match `filter`, in `order`.
    pub async fn testing_tasks(
        &self,
        principal: &Principal,
        filter: &TaskFilter,
        order: (TaskOrder, bool),
        request: &PageRequest<TaskCursor>,
    ) -> Result<Page<TestingTaskRecord>, AppError> {
        Ok(task_list::page(&self.store, &task_scope(principal)?, filter, order, request).await?)
    }

    /// The first `n` testing tasks of each of `licenses` the caller may see that match `filter`,
    /// in `order` (a page of licenses' `testingTasks`, one statement).
    pub async fn first_testing_tasks_of(
        &self,
        principal: &Principal,
        filter: &TaskFilter,
        order: (TaskOrder, bool),
        parents: (&[oversight_domain::LicenseId], u64),
    ) -> Result<Vec<TestingTaskRecord>, AppError> {
        Ok(task_list::first_of_licenses(&self.store, &task_scope(principal)?, filter, order, parents).await?)
    }

    /// How many testing tasks matching `filter` each of `licenses` has, of those the caller may see
    /// (one grouped statement).
    pub async fn count_testing_tasks_of(
        &self,
        principal: &Principal,
        filter: &TaskFilter,
        licenses: &[oversight_domain::LicenseId],
    ) -> Result<Vec<(oversight_domain::LicenseId, u64)>, AppError> {
        Ok(task_list::count_of_licenses(&self.store, &task_scope(principal)?, filter, licenses).await?)
    }

    /// How many testing tasks the `testingTasks` query matches.
    pub async fn count_testing_tasks(
        &self,
        principal: &Principal,
        filter: &TaskFilter,
    ) -> Result<u64, AppError> {
        Ok(task_list::count(&self.store, &task_scope(principal)?, filter).await?)
    }

    /// Whether the caller reads testing tasks at all (everyone with a registry scope, and the
    /// testing institutions); refused otherwise.
    pub fn may_read_testing_tasks(&self, principal: &Principal) -> Result<(), AppError> {
        task_scope(principal).map(|_| ())
    }

    pub async fn testing_tasks_by_ids(
        &self,
        principal: &Principal,
        ids: &[TaskId],
    ) -> Result<Vec<TestingTaskRecord>, AppError> {
        Ok(supervision::tasks_by_ids(&self.store, &task_scope(principal)?, ids).await?)
    }

    /// The tasks of each of these enterprises (newest first), in one statement.
    pub async fn testing_tasks_of_each(
        &self,
        principal: &Principal,
        enterprise_ids: &[EnterpriseId],
    ) -> Result<Vec<TestingTaskRecord>, AppError> {
        Ok(supervision::tasks_of_enterprises(&self.store, &task_scope(principal)?, enterprise_ids).await?)
    }

    pub async fn test_results_of_each(
        &self,
        principal: &Principal,
        task_ids: &[TaskId],
    ) -> Result<Vec<TestResultRecord>, AppError> {
        Ok(supervision::results_of_tasks(&self.store, &task_scope(principal)?, task_ids).await?)
    }

    pub async fn verdicts_of_each(
        &self,
        principal: &Principal,
        task_ids: &[TaskId],
    ) -> Result<Vec<VerdictRecord>, AppError> {
        Ok(supervision::verdicts_of_tasks(&self.store, &task_scope(principal)?, task_ids).await?)
    }

    /// Designations by id: published lists, readable by every caller.
    pub async fn designations_by_ids(
        &self,
        principal: &Principal,
        ids: &[DesignationId],
    ) -> Result<Vec<DesignationRecord>, AppError> {
        allow(principal, Action::ReadReference, &Resource::None, "designation")?;
        Ok(supervision::designations_by_ids(&self.store, ids).await?)
    }

    /// Result submissions by id: each is the business of the institution that made it (it alone
    /// replays it), so an institution reads its own and no other; other roles read none.
    pub async fn submissions_by_ids(
        &self,
        principal: &Principal,
        ids: &[SubmissionId],
    ) -> Result<Vec<SubmissionRecord>, AppError> {
        allow(principal, Action::SubmitTestResults, &Resource::None, "result submission")?;
        let Organisation::Institution { id, .. } = &principal.organisation else {
            return Ok(Vec::new());
        };
        Ok(supervision::submissions_by_ids(&self.store, *id, ids).await?)
    }

    /// Institutions by id: named on designations and tasks, which are published facts.
    pub async fn institutions_by_ids(
        &self,
        principal: &Principal,
        ids: &[InstitutionId],
    ) -> Result<Vec<crate::InstitutionRecord>, AppError> {
        allow(principal, Action::ReadReference, &Resource::None, "institution")?;
        Ok(institution::institutions_by_ids(&self.store, ids).await?)
    }
}

/// A task of a submission with its verdict, before anything is written.
struct Judged<'t> {
    task: &'t TestingTaskRecord,
    next: TaskStatus,
    /// The results submitted (for a retest, the retested items only).
    results: BTreeMap<String, MeasuredResult>,
    verdict: Verdict,
}

impl Judged<'_> {
    fn retest(&self) -> bool {
        self.next == TaskStatus::Retested
    }
}

/// What the plugin fixes on a new task: its identity and version, the declared values it
/// accepted and the editions in force on the sampling date.
struct FixedPlugin {
    plugin_id: String,
    plugin_version: String,
    declared: BTreeMap<String, String>,
    editions: BTreeMap<String, String>,
}

/// The license to sample and its enterprise, read inside `tx`, with the policy of `action` (opening
/// a testing task or a re-check) applied.
/// The status move of a judged task; a first verdict fixes its date (its objection deadline waits
/// for the delivery, `deliver_verdict`), a retest keeps the first verdict's.
fn task_move(judged: &Judged<'_>, today: NaiveDate) -> supervision::TaskMove {
    let verdict_date = (!judged.retest()).then_some(today);
    supervision::TaskMove { id: judged.task.id, from: judged.task.status, to: judged.next, verdict_date }
}

async fn licensed_product(
    tx: &Tx,
    principal: &Principal,
    number: &LicenseNumber,
    action: Action,
) -> Result<(LicenseRecord, crate::EnterpriseRecord), AppError> {
    let license = license::by_number(tx, &Scope::Everything, number)
        .await?
        .ok_or(AppError::NotFound { what: "license" })?;
    let owner =
        enterprise::by_id(tx, license.enterprise_id).await?.ok_or(AppError::NotFound { what: "license" })?;
    let resource = Resource::Enterprise { id: owner.id, region: owner.base.region };
    allow(principal, action, &resource, "license")?;
    Ok((license, owner))
}

/// Whether a re-check may open: the rectification is the license's, its deadline has passed
/// and it is still running.
fn check_recheck(
    rectification: &RectificationRecord,
    license: &LicenseRecord,
    today: NaiveDate,
) -> Result<(), AppError> {
    if rectification.license_id != license.id {
        return Err(AppError::NotFound { what: "rectification" });
    }
    if !recheck_due(rectification.deadline, today) {
        return Err(AppError::refused(
            Code::RecheckNotDue,
            "rectificationId",
            format!(
                "the rectification runs until {}; the re-check is due from the day after",
                rectification.deadline
            ),
        ));
    }
    rectification.status.apply(RectificationEvent::RecheckOpened)?;
    Ok(())
}

/// The designation in force for the license's industry at the enterprise's region on the
/// sampling date, and its institution.
async fn designated_institution(
    tx: &Tx,
    license: &LicenseRecord,
    region: &RegionCode,
    sampling_date: NaiveDate,
) -> Result<(DesignationRecord, crate::InstitutionRecord), AppError> {
    let industry_code = license.industry.as_str();
    let mut regions = ancestors(region);
    regions.push(*region);
    let mut candidates = supervision::designations_for_regions(tx, industry_code, &regions).await?;
    let periods: Vec<DesignationPeriod> = candidates.iter().map(|d| d.period.clone()).collect();
    let index = designated_for(&periods, region, sampling_date).ok_or_else(|| AppError::Refused {
        code: Code::NoDesignatedInstitution,
        field: None,
        message: format!(
            "no testing institution is designated for {industry_code} at {region} on {sampling_date}"
        ),
    })?;
    let designation = candidates.swap_remove(index);
    let institution = institution::institutions_by_ids(tx, &[designation.institution_id])
        .await?
        .pop()
        .ok_or_else(|| StorageError::Corrupt {
            table: "designation",
            message: format!("id {}: institution {} is missing", designation.id, designation.institution_id),
        })?;
    Ok((designation, institution))
}

/// The tasks of a submission and their enterprises' regions, read inside `tx`. Who may submit
/// comes first: a task the caller cannot see is "not found", whatever else is wrong with the
/// submission.
async fn authorized_tasks(
    tx: &Tx,
    principal: &Principal,
    ids: &[TaskId],
) -> Result<(HashMap<TaskId, TestingTaskRecord>, HashMap<EnterpriseId, RegionCode>), AppError> {
    let tasks: HashMap<TaskId, TestingTaskRecord> =
        supervision::tasks_by_ids(tx, &TaskScope::Registry(Scope::Everything), ids)
            .await?
            .into_iter()
            .map(|t| (t.id, t))
            .collect();
    let enterprise_ids: Vec<EnterpriseId> =
        tasks.values().map(|t| t.enterprise_id).collect::<BTreeSet<_>>().into_iter().collect();
    let regions: HashMap<EnterpriseId, RegionCode> =
        enterprise::by_ids(tx, &Scope::Everything, &enterprise_ids)
            .await?
            .into_iter()
            .map(|e| (e.id, e.base.region))
            .collect();
    for task_id in ids {
        let task = tasks.get(task_id).ok_or(AppError::NotFound { what: "testing task" })?;
        let region = regions.get(&task.enterprise_id).ok_or(AppError::NotFound { what: "testing task" })?;
        // After an accepted objection the task is the retest institution's to submit; the first
        // institution still sees it, and is told why it may not.
        let acting = task.acting_institution();
        if let Organisation::Institution { id, .. } = &principal.organisation
            && *id == task.institution_id
            && acting != task.institution_id
        {
            return Err(AppError::refused(
                Code::RetestByOtherInstitution,
                "submissions",
                format!(
                    "task {task_id}: the retest was assigned to institution {acting}, not the first institution"
                ),
            ));
        }
        let resource = Resource::TestingTask {
            enterprise_id: task.enterprise_id,
            region: *region,
            institution_id: acting,
        };
        allow(principal, Action::SubmitTestResults, &resource, "testing task")?;
    }
    Ok((tasks, regions))
}

/// The objects of a submission's one audit record (every record queues behind the one chain
/// head, so per-item records would serialise bulk ingestion for nothing): the submission, the
/// institution, every task, every enterprise, and the rectifications re-checks concluded.
fn submission_objects(
    submission_id: SubmissionId,
    institution_id: InstitutionId,
    judged: &[Judged<'_>],
) -> Vec<ObjectRef> {
    let mut objects = vec![ObjectRef::of(submission_id), ObjectRef::of(institution_id)];
    objects.extend(judged.iter().map(|j| ObjectRef::of(j.task.id)));
    let enterprises: BTreeSet<EnterpriseId> = judged.iter().map(|j| j.task.enterprise_id).collect();
    objects.extend(enterprises.into_iter().map(ObjectRef::of));
    objects.extend(judged.iter().filter_map(|j| j.task.rectification_id).map(ObjectRef::of));
    objects
}

/// The announcements of a submission's failing verdicts, with the regions of their enterprises
/// as read in its transaction.
fn failing_verdict_events(judged: &[Judged<'_>], regions: &HashMap<EnterpriseId, RegionCode>) -> Vec<Event> {
    judged
        .iter()
        .filter(|j| j.verdict.n_fail > 0)
        .filter_map(|j| {
            let region = regions.get(&j.task.enterprise_id)?;
            Some(Event::FailingVerdict {
                task_id: j.task.id,
                enterprise_id: j.task.enterprise_id,
                enterprise_region: region.to_string(),
                industry: j.task.industry.clone(),
                serious: j.verdict.serious,
            })
        })
        .collect()
}

/// The scope of task reads, refused outright for roles that read no tasks.
pub(crate) fn task_scope(principal: &Principal) -> Result<TaskScope, AppError> {
    allow(principal, Action::ReadTestingTasks, &Resource::None, "testing task")?;
    Ok(oversight_domain::access::task_scope(principal))
}

/// The regions containing `region`, below the nation (its province, and its city for a county).
fn ancestors(region: &RegionCode) -> Vec<RegionCode> {
    let mut found = Vec::new();
    let mut current = region.parent();
    while let Some(parent) = current {
        if parent.level() == RegionLevel::National {
            break;
        }
        found.push(parent);
        current = parent.parent();
    }
    found
}

/// Checks declared values (明示值): known items, each once, decimal text.
fn check_declared(
    declared: &[(String, String)],
    known: impl Fn(&str) -> bool,
) -> Result<BTreeMap<String, String>, AppError> {
    let mut problems = Vec::new();
    let mut values = BTreeMap::new();
    for (position, (item, value)) in declared.iter().enumerate() {
        let field = Cow::Owned(format!("declared[{position}]"));
        if !known(item) {
            problems.push(FieldProblem {
                code: Code::UnknownItem,
                field,
                message: format!("item {item:?}: no such test item in this industry"),
            });
        } else if values.contains_key(item) {
            problems.push(FieldProblem {
                code: Code::BadUserInput,
                field,
                message: format!("item {item:?} is declared twice"),
            });
        } else if Decimal::from_str(value.trim()).is_err() {
            problems.push(FieldProblem {
                code: Code::BadDeclaredValue,
                field,
                message: format!("item {item:?}: declared value {value:?} is not decimal text"),
            });
        } else {
            values.insert(item.clone(), value.trim().to_owned());
        }
    }
    if problems.is_empty() { Ok(values) } else { Err(AppError::Invalid(problems)) }
}

/// One task's results as checked: the task id, its (item, result) pairs in input order, and its
/// items not tested with their reasons.
#[derive(Debug, Clone)]
struct CheckedTask {
    task_id: TaskId,
    results: Vec<(String, MeasuredResult)>,
    not_tested: BTreeMap<String, String>,
}

/// Checks the shape of a submission: some tasks, not too many, each task once, each item once
/// per task.
fn check_submissions(submissions: Vec<TaskResults>) -> Result<Vec<CheckedTask>, AppError> {
    if submissions.is_empty() {
        return Err(AppError::invalid(Code::NoResults, "submissions", "the submission names no task"));
    }
    if submissions.len() > MAX_TASKS_PER_SUBMISSION {
        return Err(AppError::invalid(
            Code::BadUserInput,
            "submissions",
            format!("{} tasks in one submission; at most {MAX_TASKS_PER_SUBMISSION}", submissions.len()),
        ));
    }
    let mut problems = Vec::new();
    let mut seen_tasks = BTreeSet::new();
    for (index, submission) in submissions.iter().enumerate() {
        if !seen_tasks.insert(submission.task_id) {
            problems.push(FieldProblem {
                code: Code::BadUserInput,
                field: Cow::Owned(format!("submissions[{index}].taskId")),
                message: format!("task {} appears twice in the submission", submission.task_id),
            });
        }
        let mut seen_items = BTreeSet::new();
        for (position, (item, _)) in submission.results.iter().enumerate() {
            if !seen_items.insert(item.as_str()) {
                problems.push(FieldProblem {
                    code: Code::BadUserInput,
                    field: Cow::Owned(format!("submissions[{index}].results[{position}]")),
                    message: format!("task {}: item {item:?} is given twice", submission.task_id),
                });
            }
        }
        problems.extend(not_tested_problems(index, submission, &mut seen_items));
    }
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    Ok(submissions
        .into_iter()
        .map(|s| CheckedTask {
            task_id: s.task_id,
            results: s.results,
            not_tested: s
                .not_tested
                .into_iter()
                .map(|(item, reason)| (item, reason.trim().to_owned()))
                .collect(),
        })
        .collect())
}

/// The problems of a task's items declared not tested: each item once, not also reported (the
/// items seen among the results are in `seen`), each with a reason of at most 500 characters.
fn not_tested_problems<'a>(
    index: usize,
    submission: &'a TaskResults,
    seen: &mut BTreeSet<&'a str>,
) -> Vec<FieldProblem> {
    let mut problems = Vec::new();
    for (position, (item, reason)) in submission.not_tested.iter().enumerate() {
        let field = Cow::Owned(format!("submissions[{index}].notTested[{position}]"));
        let task = submission.task_id;
        if !seen.insert(item.as_str()) {
            problems.push(FieldProblem {
                code: Code::BadNotTested,
                field,
                message: format!(
                    "task {task}: item {item:?} is reported twice, or both tested and not tested"
                ),
            });
        } else if reason.trim().is_empty() || reason.chars().count() > 500 {
            problems.push(FieldProblem {
                code: Code::BadNotTested,
                field,
                message: format!(
                    "task {task}: item {item:?} needs the reason it was not tested (1 to 500 characters)"
                ),
            });
        }
    }
    problems
}

/// The refusal of a retest that does not report exactly the objected items (as results or as not
/// tested), listing those missing and those not objected to.
fn retest_items_problem(
    index: usize,
    task: &TestingTaskRecord,
    submission: &CheckedTask,
) -> Option<FieldProblem> {
    let objected = task.objection.as_ref().map(|o| o.items.as_slice()).unwrap_or_default();
    let submitted = submission
        .results
        .iter()
        .map(|(item, _)| item.as_str())
        .chain(submission.not_tested.keys().map(String::as_str));
    let (missing, extra) = retest_mismatch(objected, submitted);
    if missing.is_empty() && extra.is_empty() {
        return None;
    }
    Some(FieldProblem {
        code: Code::RetestItemsMismatch,
        field: Cow::Owned(format!("submissions[{index}].results")),
        message: format!(
            "task {}: the retest covers exactly the objected items {}; missing: [{}], not objected to (their first results stand): [{}]",
            task.id,
            objected.join(", "),
            missing.join(", "),
            extra.join(", ")
        ),
    })
}

/// The refusal of a task whose submission leaves out required items, listing them.
fn missing_items(index: usize, task_id: TaskId, items: &[String]) -> FieldProblem {
    FieldProblem {
        code: Code::MissingItems,
        field: Cow::Owned(format!("submissions[{index}].results")),
        message: format!(
            "task {task_id}: the unified items {} are required of this sample and neither reported nor declared not tested",
            items.join(", ")
        ),
    }
}

/// The items each objected task's first verdict declared not tested, with their reasons: a retest
/// replaces results, and what was not tested stays so unless the retest reports it. One statement,
/// and none when no task is a retest.
async fn first_not_tested(
    tx: &Tx,
    retest_ids: &[TaskId],
) -> Result<HashMap<TaskId, BTreeMap<String, String>>, AppError> {
    let mut found: HashMap<TaskId, BTreeMap<String, String>> = HashMap::new();
    if retest_ids.is_empty() {
        return Ok(found);
    }
    for record in
        supervision::verdicts_of_tasks(tx, &TaskScope::Registry(Scope::Everything), retest_ids).await?
    {
        if record.retest {
            continue;
        }
        let items = record.verdict.items.into_iter().filter(|item| item.outcome == Outcome::NotTested);
        let reasons = items.map(|item| {
            let reason =
                item.explanation.strip_prefix("not tested: ").unwrap_or(&item.explanation).to_owned();
            (item.code, reason)
        });
        found.entry(record.task_id).or_default().extend(reasons);
    }
    Ok(found)
}

/// Refuses a sample nothing could be judged on: no requirement of a standard in force on the
/// sampling date covers the variant, or only recommended standards the enterprise did not
/// declare do (issue 11 item 1).
fn check_covered(
    rules: &oversight_domain::testing::judgment::RuleSet,
    input: &OpenTestingTask,
    declared: &BTreeMap<String, String>,
    sampling_date: NaiveDate,
) -> Result<(), AppError> {
    let Some(variant) = rules.variants.get(&input.variant) else {
        return Ok(());
    };
    let sample = JudgeRequest {
        industry: rules.plugin_id.clone(),
        variant: input.variant.clone(),
        sampling_date,
        declared: declared.clone(),
        declared_standards: input.declared_standards.iter().map(|s| s.trim().to_owned()).collect(),
        results: BTreeMap::new(),
        not_tested: BTreeMap::new(),
        coverage: Coverage::RequiredItems,
    };
    if !required_items(rules, variant, &sample).is_empty() {
        return Ok(());
    }
    Err(AppError::invalid(
        Code::VariantNotCovered,
        "variant",
        format!(
            "no requirement in force on {sampling_date} covers variant {} of {} (nor does a declared executive standard): nothing could be judged",
            input.variant, rules.plugin_id
        ),
    ))
}

/// SHA-256 of the submission as received, so a replay can be told from a reused key.
///
/// The hashed text is fixed — digests are stored and compared across versions — as the compact
/// JSON `[{"not_tested":{item:reason,…},"results":[[item,{"conditions":…,"unit":…,"value":…}],…],"task":id},…]`
/// with keys in sorted order and empty conditions and not-tested maps left out (so a submission
/// without items not tested hashes as it did before they existed). It is streamed into the hash rather than built
/// as a `serde_json::Value` first, which cost more than hashing.
fn request_digest(submissions: &[CheckedTask]) -> String {
    /// Field order is the sorted key order of the canonical text.
    #[derive(serde::Serialize)]
    struct Task<'a> {
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        not_tested: &'a BTreeMap<String, String>,
        results: Vec<(&'a str, Measured<'a>)>,
        task: i64,
    }
    #[derive(serde::Serialize)]
    struct Measured<'a> {
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        conditions: &'a BTreeMap<String, String>,
        unit: &'a str,
        value: &'a str,
    }
    /// Feeds the serialiser's output straight into the hash.
    struct Hashing(Sha256);
    impl std::io::Write for Hashing {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.update(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let canonical: Vec<Task<'_>> = submissions
        .iter()
        .map(|checked| Task {
            not_tested: &checked.not_tested,
            results: checked
                .results
                .iter()
                .map(|(item, r)| {
                    (item.as_str(), Measured { conditions: &r.conditions, unit: &r.unit, value: &r.value })
                })
                .collect(),
            task: checked.task_id.get(),
        })
        .collect();
    let mut hashing = Hashing(Sha256::new());
    // Writing into a hash cannot fail, and these types always serialise.
    if let Err(err) = serde_json::to_writer(&mut hashing, &canonical) {
        tracing::error!(error = %err, "cannot serialise a submission for its digest");
    }
    hashing.0.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The stored outcome of an earlier submission with the same key, its verdicts read back from
/// `test_verdict` (they are never changed once written).
async fn replay(tx: &Tx, first: SubmissionRecord, digest: &str) -> Result<SubmissionOutcome, AppError> {
    if first.request_digest != digest {
        return Err(AppError::refused(
            Code::IdempotencyKeyReused,
            "idempotencyKey",
            format!("the key {:?} was used for a different submission", first.idempotency_key),
        ));
    }
    let tasks = supervision::submission_outcome(tx, &first)
        .await?
        .into_iter()
        .map(|(task_id, verdict)| TaskOutcome { task_id, verdict })
        .collect();
    Ok(SubmissionOutcome { submission_id: first.id, tasks, replayed: true })
}

/// The item a judgment refusal names, if one.
fn error_item(error: &RegistryJudgeError) -> Option<&str> {
    match error {
        RegistryJudgeError::Judge(
            JudgeError::UnknownItem { item }
            | JudgeError::WrongUnit { item, .. }
            | JudgeError::BadValue { item, .. }
            | JudgeError::NegativeValue { item, .. }
            | JudgeError::NoEditionInForce { item, .. }
            | JudgeError::BadDeclared { item, .. },
        ) => Some(item),
        RegistryJudgeError::Judge(JudgeError::Custom { items, .. }) => items.first().map(String::as_str),
        _ => None,
    }
}

/// A judgment refusal as a problem of one task's item (or of the task, when no item is named).
fn problem(
    index: usize,
    task_id: TaskId,
    position: Option<usize>,
    error: &RegistryJudgeError,
) -> FieldProblem {
    let code = crate::industry::judge_code(error);
    let field = match (position, error) {
        (_, RegistryJudgeError::Judge(JudgeError::BadNotTested { .. })) => {
            format!("submissions[{index}].notTested")
        }
        (Some(position), _) => format!("submissions[{index}].results[{position}]"),
        (None, _) => format!("submissions[{index}].results"),
    };
    FieldProblem { code, field: Cow::Owned(field), message: format!("task {task_id}: {error}") }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    /// The digest as first written: the canonical text built as a `serde_json::Value`. Stored
    /// digests were made this way, so the streamed form must hash the very same bytes.
    fn digest_through_value(submissions: &[CheckedTask]) -> String {
        let canonical = json!(submissions
            .iter()
            .map(|c| {
                let mut task = json!({ "task": c.task_id, "results": c.results.iter().map(|(item, r)| json!([item, r])).collect::<Vec<_>>() });
                if !c.not_tested.is_empty() {
                    task["not_tested"] = json!(c.not_tested);
                }
                task
            })
            .collect::<Vec<_>>());
        Sha256::digest(canonical.to_string().as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn the_streamed_digest_hashes_the_canonical_text() {
        let result = |value: &str, unit: &str, conditions: &[(&str, &str)]| MeasuredResult {
            value: value.to_owned(),
            unit: unit.to_owned(),
            conditions: conditions.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect(),
        };
        let task =
            |id: i64, results: Vec<(String, MeasuredResult)>, not_tested: &[(&str, &str)]| CheckedTask {
                task_id: TaskId::new(id),
                results,
                not_tested: not_tested.iter().map(|(i, r)| ((*i).to_owned(), (*r).to_owned())).collect(),
            };
        let cases: Vec<Vec<CheckedTask>> = vec![
            vec![task(1, vec![], &[])],
            vec![
                task(
                    42,
                    vec![
                        ("conductor_resistance".to_owned(), result("7.20", "Ω/km", &[("temperature", "20")])),
                        ("voltage_test".to_owned(), result("no_breakdown", "", &[])),
                    ],
                    &[],
                ),
                task(
                    7,
                    vec![("marking".to_owned(), result("\"引号\"\n\u{1}", "%", &[("b", "2"), ("a", "1")]))],
                    &[("flame", "样品\"不足\"")],
                ),
            ],
        ];
        for case in &cases {
            assert_eq!(request_digest(case), digest_through_value(case), "{case:?}");
        }
    }
}
