//! The steps after a verdict (§二(四)): the enterprise's objection (异议) and the retest on the
//! backup portion, the rectification (整改) of a final failing verdict with its one extension,
//! the re-check (复查) after the deadline, and the national authority's decision on the
//! revocation proposal (吊销建议) a failed re-check raises. Every mutation is one transaction
//! with its archive event(s) and one audit record; dates come from the app clock (`App::today`).

use oversight_domain::RegionCode;
use oversight_domain::access::TaskScope;
use oversight_domain::archive::{ArchiveFact, objection_details, recheck_failed_grounds};
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::enforcement::counterfeit::RevocationOutcome;
use oversight_domain::registry::license::{LicenseStatus, parse_reason};
use oversight_domain::testing::judgment::{Conclusion, Verdict};
use oversight_domain::testing::objection::{check_objected_items, objection_decision_due};
use oversight_domain::testing::rectification::{
    ExtensionDecision, ProposalDecision, ProposalRefused, ProposalSource, RecheckConclusion,
    rectification_deadline,
};
use oversight_domain::testing::supervision::{TaskEvent, TaskStatus, TaskTransitionRefused, check_objection};
use oversight_domain::text::parse_text;
use oversight_domain::{LicenseId, ProposalId, RectificationId, TaskId};
use oversight_storage::testing::rectification::{self, ProposalFilter};
use oversight_storage::testing::rectification_list::{
    self, RectificationCursor, RectificationFilter, RectificationOrder,
};
use oversight_storage::testing::supervision::{self, ObjectionRecord};
use oversight_storage::{StorageError, Tx, registry::enterprise, registry::license};
use serde_json::json;

use crate::registry::license::apply_license_status;
use crate::testing::supervision::OpenTestingTask;
use crate::work::Work;
use crate::{Action, App, AppError, Code, Page, PageRequest, Principal, Resource, Scope, allow, audit};

pub use oversight_domain::testing::rectification::{ProposalStatus, RectificationStatus};
pub use oversight_storage::testing::rectification::{ProposalRecord, RectificationRecord};

fn corrupt_task(id: TaskId, message: &str) -> StorageError {
    StorageError::Corrupt { table: "testing_task", message: format!("id {id}: {message}") }
}

/// Closes the open (DUE or PENDING) revocation proposals of licenses that ended otherwise —
/// revoked directly, cancelled, expired — as MOOT with `reason`, in one statement inside the
/// caller's unit of work, each with its archive event (ADR 0009 decision 23): no proposal is
/// left that could only be rejected.
pub(crate) async fn close_open_proposals(
    work: &mut Work<'_>,
    license_ids: &[LicenseId],
    reason: &str,
) -> Result<Vec<ProposalRecord>, AppError> {
    let by = work.principal().subject.clone();
    let closed = rectification::close_open_proposals(work.tx(), license_ids, reason, &by, work.now).await?;
    for proposal in &closed {
        let fact = ArchiveFact::RevocationProposalClosed { proposal_id: proposal.id, reason };
        work.archive(proposal.enterprise_id, Some(proposal.license_id), fact);
        // A case's proposal closing leaves the case nothing to wait for (docs/adr/0034).
        if let Some(case_id) = proposal.source.counterfeit_case_id() {
            crate::enforcement::counterfeit::revocation_decided(work, case_id, RevocationOutcome::Moot)
                .await?;
        }
    }
    work.touch(closed.iter().map(|p| ObjectRef::of(p.id)));
    Ok(closed)
}

/// Only a nonconforming verdict counts against the enterprise; a NOT_JUDGEABLE one is no more
/// failing than it is passing.
pub(crate) fn failing(verdict: &Verdict) -> bool {
    verdict.conclusion.failing()
}

/// Refuses a verdict that is not final yet (`VERDICT_NOT_FINAL`), saying what it waits for.
pub(crate) fn check_final(
    task: &crate::TestingTaskRecord,
    verdict: &Verdict,
    today: chrono::NaiveDate,
) -> Result<(), AppError> {
    if task.status.verdict_final(failing(verdict), task.objection_deadline, today) {
        return Ok(());
    }
    let waits_for = match (task.status, task.objection_deadline) {
        (TaskStatus::Judged, None) => "the verdict was not delivered to the enterprise yet".to_owned(),
        (TaskStatus::Judged, Some(deadline)) => format!("the objection window runs until {deadline}"),
        (TaskStatus::Objected, _) => "the objection awaits the authority's decision".to_owned(),
        _ => "the retest is awaited".to_owned(),
    };
    Err(AppError::refused(
        Code::VerdictNotFinal,
        "taskId",
        format!("the verdict of task {} is not final: {waits_for}", task.id),
    ))
}

/// What a re-check's verdict says of its rectification (every conclusion named: a new one must
/// decide here).
fn recheck_conclusion(verdict: &Verdict) -> RecheckConclusion {
    match verdict.conclusion {
        Conclusion::NoNonconformityFound => RecheckConclusion::Passed,
        Conclusion::Nonconforming => RecheckConclusion::Failed,
        Conclusion::NotJudgeable => RecheckConclusion::Incomplete,
    }
}

impl App {
    /// The task, its current (latest) verdict and the enterprise's region, read inside `tx`,
    /// with the policy applied for `action`.
    pub(crate) async fn task_for(
        &self,
        tx: &Tx,
        principal: &Principal,
        task_id: TaskId,
        action: Action,
    ) -> Result<(crate::TestingTaskRecord, Option<Verdict>, RegionCode), AppError> {
        let task = supervision::tasks_by_ids(tx, &TaskScope::Registry(Scope::Everything), &[task_id])
            .await?
            .pop()
            .ok_or(AppError::NotFound { what: "testing task" })?;
        let owner = enterprise::by_id(tx, task.enterprise_id)
            .await?
            .ok_or(AppError::NotFound { what: "testing task" })?;
        let resource = Resource::TestingTask {
            enterprise_id: task.enterprise_id,
            region: owner.base.region,
            institution_id: task.institution_id,
        };
        allow(principal, action, &resource, "testing task")?;
        let verdict = supervision::verdicts_of_tasks(tx, &TaskScope::Registry(Scope::Everything), &[task_id])
            .await?
            .pop()
            .map(|v| v.verdict);
        Ok((task, verdict, owner.base.region))
    }

    /// The enterprise objects to a failing verdict within the objection window that runs from
    /// its delivery, naming the failed, retestable items it disputes; the objection waits for the
    /// authority's decision (`decide_objection`) within the working days the enterprise's province's rules give it (5 nationally).
    pub async fn object_to_verdict(
        &self,
        principal: &Principal,
        task_id: TaskId,
        reason: &str,
        items: &[String],
    ) -> Result<crate::TestingTaskRecord, AppError> {
        let reason = parse_reason(reason)?;
        let mut work = self.begin(principal, Operation::ObjectToVerdict).await?;
        let (now, today) = (work.now, work.today);
        let (task, verdict, region) =
            self.task_for(work.tx(), principal, task_id, Action::ObjectToVerdict).await?;
        let next = task.status.apply(TaskEvent::ObjectionLodged)?;
        let verdict = verdict.ok_or(TaskTransitionRefused::NotJudged)?;
        check_objection(failing(&verdict), task.objection_deadline, today).map_err(|refusal| {
            AppError::from(refusal)
                .about(format_args!("task {} (verdict: {})", task.id, verdict.conclusion_zh))
        })?;
        let deadline = task
            .objection_deadline
            .ok_or_else(|| corrupt_task(task.id, "a delivered task without objection deadline"))?;
        let items = check_objected_items(&verdict, items)?;
        let deadlines = work.settings_for(&region).await?.deadlines;
        let decision_due = objection_decision_due(&work.working_calendar().await?, &deadlines, today);
        let objection = ObjectionRecord {
            reason: reason.clone(),
            lodged_by: principal.subject.clone(),
            lodged_at: now,
            items,
            decision_due: Some(decision_due),
            decision: None,
        };
        if !supervision::record_objection(work.tx(), task.id, task.status, next, &objection).await? {
            return Err(AppError::concurrent("the testing task changed meanwhile"));
        }
        let items = &objection.items;
        let fact = ArchiveFact::TestObjectionLodged {
            task_id: task.id,
            reason: &reason,
            objection_deadline: deadline,
            items,
            decision_due,
        };
        work.archive(task.enterprise_id, Some(task.license_id), fact);
        work.touch([ObjectRef::of(task.id), ObjectRef::of(task.enterprise_id)]);
        let before = json!({ "status": task.status.as_str() });
        let details = objection_details(task.id, &reason, deadline, items, decision_due);
        let after = json!({ "status": next.as_str(), "objection": details });
        work.commit(Some(before), Some(after)).await?;
        Ok(crate::TestingTaskRecord { status: next, objection: Some(objection), updated_at: now, ..task })
    }

    /// Orders the rectification of a task whose final verdict failed: the first verdict once its
    /// objection window closed without objection, or the retest verdict. The deadline is the
    /// `days` the officer sets (15 to the longest of the province's rules, 90 nationally; its default period, 30 nationally, when none) from today, ending on a
    /// working day.
    pub async fn open_rectification(
        &self,
        principal: &Principal,
        task_id: TaskId,
        days: Option<i64>,
    ) -> Result<RectificationRecord, AppError> {
        let mut work = self.begin(principal, Operation::OpenRectification).await?;
        let (now, today) = (work.now, work.today);
        let (task, verdict, region) =
            self.task_for(work.tx(), principal, task_id, Action::OpenRectification).await?;
        let verdict = verdict.ok_or_else(|| {
            AppError::refused(Code::VerdictNotFinal, "taskId", format!("task {} has no verdict yet", task.id))
        })?;
        if task.rectification_id.is_some() {
            return Err(AppError::refused(
                Code::RectificationExists,
                "taskId",
                format!("task {} is a re-check; its failure goes to a revocation proposal", task.id),
            ));
        }
        check_final(&task, &verdict, today)?;
        if !failing(&verdict) {
            return Err(AppError::refused(
                Code::VerdictNotFailing,
                "taskId",
                format!(
                    "the final verdict of task {} is {}, not nonconforming",
                    task.id, verdict.conclusion_zh
                ),
            ));
        }
        // The period of the enterprise's province in force today (docs/adr/0032).
        let deadlines = work.settings_for(&region).await?.deadlines;
        let deadline = rectification_deadline(&work.working_calendar().await?, &deadlines, today, days)?;
        let record = match rectification::insert_rectification(
            work.tx(),
            &task,
            today,
            deadline,
            &principal.subject,
            now,
        )
        .await
        {
            Err(StorageError::Conflict(_)) => {
                return Err(AppError::refused(
                    Code::RectificationExists,
                    "taskId",
                    format!("a rectification was already ordered for task {}", task.id),
                ));
            }
            other => other?,
        };
        work.archive(task.enterprise_id, Some(task.license_id), ArchiveFact::RectificationOpened(&record));
        // A follow-up visit (回访) is owed after the deadline too, carrying the failed items
        // (§二(三): every rectification is followed up; docs/adr/0022).
        let failed: Vec<String> = verdict
            .items
            .iter()
            .filter(|item| item.outcome == oversight_domain::testing::judgment::Outcome::Fail)
            .map(|item| item.code.clone())
            .collect();
        let owed = oversight_storage::patrol::follow_up::NewFollowUp {
            enterprise_id: task.enterprise_id,
            license_id: task.license_id,
            origin: oversight_domain::patrol::FollowUpOrigin::SpotCheck,
            origin_id: record.id.get(),
            case_id: None,
            deadline,
            carried: &failed,
        };
        crate::patrol::open_follow_up(&mut work, &owed).await?;
        work.touch([ObjectRef::of(record.id), ObjectRef::of(task.id), ObjectRef::of(task.enterprise_id)]);
        work.commit(None, Some(record.state())).await?;
        Ok(record)
    }

    /// The rectification, read inside `tx` with the policy applied for `action`.
    async fn rectification_for(
        &self,
        tx: &Tx,
        principal: &Principal,
        id: RectificationId,
        action: Action,
    ) -> Result<(RectificationRecord, RegionCode), AppError> {
        let record = rectification::rectifications_by_ids(tx, &Scope::Everything, &[id])
            .await?
            .pop()
            .ok_or(AppError::NotFound { what: "rectification" })?;
        let owner = enterprise::by_id(tx, record.enterprise_id)
            .await?
            .ok_or(AppError::NotFound { what: "rectification" })?;
        allow(
            principal,
            action,
            &Resource::Enterprise { id: owner.id, region: owner.base.region },
            "rectification",
        )?;
        Ok((record, owner.base.region))
    }

    /// The enterprise asks the one extension of a rectification deadline, of at most
    /// the longest extension of the province's rules (30 days nationally), at least `EXTENSION_NOTICE_WORKING_DAYS` working days before the
    /// deadline; the request waits for the officer's decision (`decide_rectification_extension`).
    pub async fn request_rectification_extension(
        &self,
        principal: &Principal,
        rectification_id: RectificationId,
        days: i64,
        reason: &str,
    ) -> Result<RectificationRecord, AppError> {
        let reason = parse_reason(reason)?;
        let mut work = self.begin(principal, Operation::RequestRectificationExtension).await?;
        let (now, today) = (work.now, work.today);
        let (current, region) = self
            .rectification_for(work.tx(), principal, rectification_id, Action::RequestRectificationExtension)
            .await?;
        let calendar = work.working_calendar().await?;
        let deadlines = work.settings_for(&region).await?.deadlines;
        let changed = current.request_extension(&calendar, &deadlines, today, days, &reason, now)?;
        if !rectification::save_rectification(work.tx(), current.status, &changed).await? {
            return Err(AppError::concurrent("the rectification changed meanwhile"));
        }
        work.archive(
            current.enterprise_id,
            Some(current.license_id),
            ArchiveFact::RectificationExtensionRequested(&changed),
        );
        work.touch([ObjectRef::of(current.id), ObjectRef::of(current.enterprise_id)]);
        work.commit(Some(current.state()), Some(changed.state())).await?;
        Ok(changed)
    }

    /// The supervising officer decides the extension the enterprise asked, with reasons: granted
    /// (to the deadline set, or for the days asked) or declined (the deadline stays).
    pub async fn decide_rectification_extension(
        &self,
        principal: &Principal,
        rectification_id: RectificationId,
        decision: ExtensionDecision,
        reason: &str,
    ) -> Result<RectificationRecord, AppError> {
        let reason = parse_reason(reason)?;
        let mut work = self.begin(principal, Operation::DecideRectificationExtension).await?;
        let now = work.now;
        let (current, region) = self
            .rectification_for(work.tx(), principal, rectification_id, Action::DecideRectificationExtension)
            .await?;
        let calendar = work.working_calendar().await?;
        let deadlines = work.settings_for(&region).await?.deadlines;
        let changed =
            current.decide_extension(&calendar, &deadlines, decision, &reason, &principal.subject, now)?;
        if !rectification::save_rectification(work.tx(), current.status, &changed).await? {
            return Err(AppError::concurrent("the rectification changed meanwhile"));
        }
        let fact = match decision {
            ExtensionDecision::Grant { .. } => {
                ArchiveFact::RectificationExtended { before: &current, after: &changed }
            }
            ExtensionDecision::Decline => ArchiveFact::RectificationExtensionDeclined(&changed),
        };
        work.archive(current.enterprise_id, Some(current.license_id), fact);
        work.touch([ObjectRef::of(current.id), ObjectRef::of(current.enterprise_id)]);
        work.commit(Some(current.state()), Some(changed.state())).await?;
        Ok(changed)
    }

    /// Opens the re-check task (复查) of a rectification whose deadline passed: an ordinary
    /// testing task of the same license, linked to the rectification.
    pub async fn open_recheck_task(
        &self,
        principal: &Principal,
        rectification_id: RectificationId,
        mut input: OpenTestingTask,
    ) -> Result<crate::TestingTaskRecord, AppError> {
        let scope = crate::read_scope(principal).unwrap_or(Scope::Nothing);
        let record = rectification::rectifications_by_ids(&self.store, &scope, &[rectification_id])
            .await?
            .pop()
            .ok_or(AppError::NotFound { what: "rectification" })?;
        let license = license::by_ids(&self.store, &Scope::Everything, &[record.license_id])
            .await?
            .pop()
            .ok_or(AppError::NotFound { what: "rectification" })?;
        input.license_number = license.number.to_string();
        self.open_task(principal, input, Some(record)).await
    }

    /// Concludes the rectification a re-check task belongs to, inside the submission's unit of
    /// work: a pass closes it; a failure refers it and puts a revocation proposal DUE in the
    /// province's queue.
    pub(crate) async fn conclude_recheck(
        &self,
        work: &mut Work<'_>,
        rectification_id: RectificationId,
        task: &crate::TestingTaskRecord,
        verdict: &Verdict,
    ) -> Result<RectificationRecord, AppError> {
        let now = work.now;
        let current =
            rectification::rectifications_by_ids(work.tx(), &Scope::Everything, &[rectification_id])
                .await?
                .pop()
                .ok_or_else(|| corrupt_task(task.id, "its rectification is missing"))?;
        let conclusion = recheck_conclusion(verdict);
        let changed = current.conclude(conclusion, now)?;
        if !rectification::save_rectification(work.tx(), current.status, &changed).await? {
            return Err(AppError::concurrent("the rectification changed meanwhile"));
        }
        let (enterprise_id, license_id) = (current.enterprise_id, Some(current.license_id));
        if conclusion == RecheckConclusion::Incomplete {
            // Neither closed nor referred: the verdict's own archive event says 无法判定, and the
            // rectification, running again past its deadline, is overdue for a new re-check.
            return Ok(changed);
        }
        if failing(verdict) {
            let grounds = recheck_failed_grounds(task.id, &current, verdict);
            let proposal =
                rectification::insert_proposal(work.tx(), &current, task.id, &grounds, now).await?;
            // The case enters the province's queue; the proposal itself is the provincial
            // leadership's act (`make_revocation_proposal`, ADR 0009 decision 23).
            let fact = ArchiveFact::RevocationProposalDue {
                proposal_id: proposal.id,
                rectification_id: current.id,
                recheck_task_id: task.id,
                finding: &grounds,
            };
            work.archive(enterprise_id, license_id, fact);
        } else {
            let fact = ArchiveFact::RectificationClosed { rectification: &changed, recheck_task_id: task.id };
            work.archive(enterprise_id, license_id, fact);
        }
        Ok(changed)
    }

    /// A provincial leader (head or leader in charge) makes the revocation proposal a failed
    /// re-check put in the province's queue (DUE), with its grounds; audited and archived as
    /// theirs. Only a made (PENDING) proposal reaches the national authority's decision.
    pub async fn make_revocation_proposal(
        &self,
        principal: &Principal,
        proposal_id: ProposalId,
        grounds: &str,
    ) -> Result<ProposalRecord, AppError> {
        let grounds = parse_text("grounds", grounds, 2, 2000, true)?;
        let mut work = self.begin(principal, Operation::MakeRevocationProposal).await?;
        let now = work.now;
        let current =
            self.proposal_for(work.tx(), principal, proposal_id, Action::MakeRevocationProposal).await?;
        let changed = current.make(&grounds, &principal.subject, now).map_err(|refusal| {
            AppError::from(refusal).about(format_args!("proposal {} ({})", current.id, current.status))
        })?;
        if !rectification::save_proposal(work.tx(), current.status, &changed).await? {
            return Err(AppError::concurrent("the revocation proposal changed meanwhile"));
        }
        work.touch([ObjectRef::of(current.id), ObjectRef::of(current.enterprise_id)]);
        // Only a re-check's proposal is ever DUE: a case's is made when reported (docs/adr/0034).
        let ProposalSource::Recheck { rectification_id, recheck_task_id } = current.source else {
            return Err(ProposalRefused::AlreadyMade.into());
        };
        let fact = ArchiveFact::RevocationProposed {
            proposal_id: current.id,
            rectification_id,
            recheck_task_id,
            grounds: &grounds,
        };
        work.archive(current.enterprise_id, Some(current.license_id), fact);
        let before = json!({ "status": current.status.as_str(), "grounds": current.grounds });
        let after =
            json!({ "status": changed.status.as_str(), "grounds": grounds, "madeBy": principal.subject });
        work.commit(Some(before), Some(after)).await?;
        Ok(changed)
    }

    /// The national authority decides a revocation proposal (its head or leader in charge, the
    /// policy of revocation): revoke moves the license to REVOKED through the license status path
    /// (copy entry, archive event); reject closes the proposal with the reason.
    pub async fn decide_revocation_proposal(
        &self,
        principal: &Principal,
        proposal_id: ProposalId,
        decision: ProposalDecision,
        reason: &str,
    ) -> Result<ProposalRecord, AppError> {
        let reason = parse_reason(reason)?;
        let mut work = self.begin(principal, Operation::DecideRevocationProposal).await?;
        let now = work.now;
        let current =
            self.proposal_for(work.tx(), principal, proposal_id, Action::DecideRevocationProposal).await?;
        let changed = current.decide(decision, &reason, &principal.subject, now).map_err(|refusal| {
            AppError::from(refusal).about(format_args!("proposal {} ({})", current.id, current.status))
        })?;
        if !rectification::save_proposal(work.tx(), current.status, &changed).await? {
            return Err(AppError::concurrent("the revocation proposal changed meanwhile"));
        }
        work.touch([ObjectRef::of(current.id), ObjectRef::of(current.enterprise_id)]);
        let license_after = match decision {
            ProposalDecision::Revoke => Some(self.revoke_on_proposal(&mut work, &current, &reason).await?),
            ProposalDecision::Reject => None,
        };
        let next = changed.status;
        let fact = ArchiveFact::RevocationProposalDecided {
            proposal_id: current.id,
            decision,
            status: next,
            reason: &reason,
        };
        work.archive(current.enterprise_id, Some(current.license_id), fact);
        // A counterfeiting case waits for this decision: it records it and moves on to the ban.
        if let Some(case_id) = current.source.counterfeit_case_id() {
            let outcome = match decision {
                ProposalDecision::Revoke => RevocationOutcome::Revoked,
                ProposalDecision::Reject => RevocationOutcome::Rejected,
            };
            crate::enforcement::counterfeit::revocation_decided(&mut work, case_id, outcome).await?;
        }
        let before = json!({ "status": current.status.as_str() });
        let after = json!({ "status": next.as_str(), "reason": reason, "license": license_after });
        work.commit(Some(before), Some(after)).await?;
        Ok(changed)
    }

    /// The proposal, read inside `tx`, with the policy of `action` (making or deciding it)
    /// applied to its enterprise.
    async fn proposal_for(
        &self,
        tx: &Tx,
        principal: &Principal,
        id: ProposalId,
        action: Action,
    ) -> Result<ProposalRecord, AppError> {
        let current = rectification::proposals_by_ids(tx, &Scope::Everything, &[id])
            .await?
            .pop()
            .ok_or(AppError::NotFound { what: "revocation proposal" })?;
        let owner = enterprise::by_id(tx, current.enterprise_id)
            .await?
            .ok_or(AppError::NotFound { what: "revocation proposal" })?;
        let resource = Resource::Enterprise { id: owner.id, region: owner.base.region };
        allow(principal, action, &resource, "revocation proposal")?;
        Ok(current)
    }

    /// Revokes the proposal's license through the license status path; returns its audited
    /// state after.
    async fn revoke_on_proposal(
        &self,
        work: &mut Work<'_>,
        proposal: &ProposalRecord,
        reason: &str,
    ) -> Result<serde_json::Value, AppError> {
        let license = license::by_ids(work.tx(), &Scope::Everything, &[proposal.license_id])
            .await?
            .pop()
            .ok_or(AppError::NotFound { what: "license" })?;
        let to = license
            .status
            .transition(LicenseStatus::Revoked)
            .map_err(|refusal| AppError::from(refusal).at_field("decision"))?;
        work.touch([ObjectRef::of(proposal.license_id)]);
        let revoked = apply_license_status(work, &license, to, reason).await?;
        Ok(audit::license_state(&revoked))
    }

    /// One page of the rectifications the caller may see (officers: their jurisdiction; an
    /// enterprise: its own) that match `filter`, in `order`. `overdue` asks for those running past
    /// their deadline on the supervision calendar's today (the re-check is due).
    pub async fn rectifications(
        &self,
        principal: &Principal,
        filter: &RectificationFilter,
        order: (RectificationOrder, bool),
        request: &PageRequest<RectificationCursor>,
    ) -> Result<Page<RectificationRecord>, AppError> {
        let scope = crate::read_scope(principal)?;
        Ok(rectification_list::page(&self.store, &scope, filter, order, request).await?)
    }

    /// The first `n` rectifications of each of `enterprises` the caller may see that match
    /// `filter`, in `order` (a page of enterprises' `rectifications`, one statement).
    pub async fn first_rectifications_of(
        &self,
        principal: &Principal,
        filter: &RectificationFilter,
        order: (RectificationOrder, bool),
        parents: (&[oversight_domain::EnterpriseId], u64),
    ) -> Result<Vec<RectificationRecord>, AppError> {
        let scope = crate::read_scope(principal)?;
        Ok(rectification_list::first_of_enterprises(&self.store, &scope, filter, order, parents).await?)
    }

    /// How many rectifications matching `filter` each of `enterprises` has, of those the caller
    /// may see (one grouped statement).
    pub async fn count_rectifications_of(
        &self,
        principal: &Principal,
        filter: &RectificationFilter,
        enterprises: &[oversight_domain::EnterpriseId],
    ) -> Result<Vec<(oversight_domain::EnterpriseId, u64)>, AppError> {
        let scope = crate::read_scope(principal)?;
        Ok(rectification_list::count_of_enterprises(&self.store, &scope, filter, enterprises).await?)
    }

    /// How many rectifications the `rectifications` query matches.
    pub async fn count_rectifications(
        &self,
        principal: &Principal,
        filter: &RectificationFilter,
    ) -> Result<u64, AppError> {
        let scope = crate::read_scope(principal)?;
        Ok(rectification_list::count(&self.store, &scope, filter).await?)
    }

    /// Whether the caller reads rectifications at all (the registry's readers); refused otherwise.
    pub fn may_read_rectifications(&self, principal: &Principal) -> Result<(), AppError> {
        crate::read_scope(principal).map(|_| ())
    }

    pub async fn rectifications_by_ids(
        &self,
        principal: &Principal,
        ids: &[RectificationId],
    ) -> Result<Vec<RectificationRecord>, AppError> {
        Ok(rectification::rectifications_by_ids(&self.store, &crate::read_scope(principal)?, ids).await?)
    }

    pub async fn rectifications_of_tasks(
        &self,
        principal: &Principal,
        task_ids: &[TaskId],
    ) -> Result<Vec<RectificationRecord>, AppError> {
        let scope = match crate::read_scope(principal) {
            Ok(scope) => scope,
            // Institutions read their tasks, not the enterprise's rectifications.
            Err(_) => return Ok(Vec::new()),
        };
        Ok(rectification::rectifications_of_tasks(&self.store, &scope, task_ids).await?)
    }

    /// One page of the revocation proposals the caller may see (the nation: all; a province:
    /// its jurisdiction; an enterprise: its own), optionally in one status.
    pub async fn revocation_proposals(
        &self,
        principal: &Principal,
        filter: &ProposalFilter,
        request: &PageRequest<i64>,
    ) -> Result<Page<ProposalRecord>, AppError> {
        let scope = crate::read_scope(principal)?;
        Ok(rectification::proposals_page(&self.store, &scope, filter, request).await?)
    }

    /// The first `n` revocation proposals of each of `enterprises` the caller may see that match
    /// `filter` (a page of enterprises' `revocationProposals`, one statement).
    pub async fn first_revocation_proposals_of(
        &self,
        principal: &Principal,
        filter: &ProposalFilter,
        parents: (&[oversight_domain::EnterpriseId], u64),
    ) -> Result<Vec<ProposalRecord>, AppError> {
        let scope = crate::read_scope(principal)?;
        Ok(rectification::first_proposals_of_enterprises(&self.store, &scope, filter, parents).await?)
    }

    /// How many revocation proposals matching `filter` each of `enterprises` has, of those the
    /// caller may see (one grouped statement).
    pub async fn count_revocation_proposals_of(
        &self,
        principal: &Principal,
        filter: &ProposalFilter,
        enterprises: &[oversight_domain::EnterpriseId],
    ) -> Result<Vec<(oversight_domain::EnterpriseId, u64)>, AppError> {
        let scope = crate::read_scope(principal)?;
        Ok(rectification::count_proposals_of_enterprises(&self.store, &scope, filter, enterprises).await?)
    }

    /// How many revocation proposals the `revocationProposals` query matches.
    pub async fn count_revocation_proposals(
        &self,
        principal: &Principal,
        filter: &ProposalFilter,
    ) -> Result<u64, AppError> {
        let scope = crate::read_scope(principal)?;
        Ok(rectification::count_proposals(&self.store, &scope, filter).await?)
    }

    /// Whether the caller reads revocation proposals at all (the registry's readers); refused
    /// otherwise.
    pub fn may_read_revocation_proposals(&self, principal: &Principal) -> Result<(), AppError> {
        crate::read_scope(principal).map(|_| ())
    }

    pub async fn revocation_proposals_by_ids(
        &self,
        principal: &Principal,
        ids: &[ProposalId],
    ) -> Result<Vec<ProposalRecord>, AppError> {
        Ok(rectification::proposals_by_ids(&self.store, &crate::read_scope(principal)?, ids).await?)
    }
}
