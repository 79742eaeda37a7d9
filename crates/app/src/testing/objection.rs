//! The steps between a verdict and its finality (issue 11 items 5, 7, 8): the authority delivers
//! the verdict (送达), which starts the objection window; the enterprise acknowledges an
//! electronic delivery; the authority accepts (受理) or refuses an objection and assigns the
//! retest (复检) to another institution; and the officer concludes a re-check whose failing
//! verdict became final when its window closed unobjected. Each is one unit of work.

use chrono::NaiveDate;
use oversight_domain::archive::{ArchiveFact, delivery_details, objection_decision_details};
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::registry::license::parse_reason;
use oversight_domain::testing::objection::{
    Delivery, DeliveryMethod, DeliveryRefused, ObjectionDecision, ObjectionOutcome, check_retest_institution,
    decision_overdue,
};
use oversight_domain::testing::supervision::{TaskEvent, objection_deadline};
use oversight_domain::{InstitutionId, TaskId};
use oversight_storage::registry::institution;
use oversight_storage::testing::supervision;
use serde_json::json;

use crate::events::Event;
use crate::testing::rectification::check_final;
use crate::{Action, App, AppError, Code, Principal, RectificationRecord, TestingTaskRecord};

/// Input of `decide_objection`.
#[derive(Debug, Clone)]
pub struct DecideObjection {
    pub task_id: TaskId,
    pub outcome: ObjectionOutcome,
    pub reason: String,
    /// On acceptance: the institution that retests the objected items.
    pub retest_institution_id: Option<InstitutionId>,
}

impl App {
    /// The authority issues a task's first verdict to the enterprise (送达) by `method`, served on
    /// `served_on` (today when not given): the objection window runs from the delivery date.
    pub async fn deliver_verdict(
        &self,
        principal: &Principal,
        task_id: TaskId,
        method: DeliveryMethod,
        served_on: Option<NaiveDate>,
    ) -> Result<TestingTaskRecord, AppError> {
        let mut work = self.begin(principal, Operation::DeliverVerdict).await?;
        let (now, today) = (work.now, work.today);
        let (task, _, _) = self.task_for(work.tx(), principal, task_id, Action::DeliverVerdict).await?;
        if let Some(delivery) = &task.delivery {
            return Err(DeliveryRefused::AlreadyDelivered { served_on: delivery.served_on }.into());
        }
        let verdict_date = task.verdict_date.ok_or_else(|| {
            AppError::refused(
                Code::TaskNotJudged,
                "taskId",
                format!("task {task_id} has no verdict to deliver yet"),
            )
        })?;
        let delivery =
            Delivery::new(method, served_on.unwrap_or(today), verdict_date, today, &principal.subject)?;
        let deadline = objection_deadline(&work.working_calendar().await?, delivery.delivered_on());
        if !supervision::save_delivery(work.tx(), &task, &delivery, deadline, now).await? {
            return Err(AppError::concurrent("the testing task changed meanwhile"));
        }
        let fact =
            ArchiveFact::TestVerdictDelivered { task_id, delivery: &delivery, objection_deadline: deadline };
        work.archive(task.enterprise_id, Some(task.license_id), fact);
        work.touch([ObjectRef::of(task_id), ObjectRef::of(task.enterprise_id)]);
        let after = delivery_details(task_id, &delivery, deadline);
        work.commit(Some(json!({ "delivery": null })), Some(after)).await?;
        Ok(TestingTaskRecord {
            delivery: Some(delivery),
            objection_deadline: Some(deadline),
            updated_at: now,
            ..task
        })
    }

    /// The enterprise acknowledges an electronic delivery today: the verdict counts as delivered
    /// today, unless the deemed day came first, and the objection deadline follows.
    pub async fn acknowledge_verdict_delivery(
        &self,
        principal: &Principal,
        task_id: TaskId,
    ) -> Result<TestingTaskRecord, AppError> {
        let mut work = self.begin(principal, Operation::AcknowledgeVerdictDelivery).await?;
        let (now, today) = (work.now, work.today);
        let (task, _, _) =
            self.task_for(work.tx(), principal, task_id, Action::AcknowledgeVerdictDelivery).await?;
        let delivery = task.delivery.as_ref().ok_or(DeliveryRefused::NotDelivered)?;
        let acknowledged = delivery.acknowledge(today)?;
        let deadline = objection_deadline(&work.working_calendar().await?, acknowledged.delivered_on());
        if !supervision::save_delivery(work.tx(), &task, &acknowledged, deadline, now).await? {
            return Err(AppError::concurrent("the testing task changed meanwhile"));
        }
        let fact = ArchiveFact::TestVerdictDeliveryAcknowledged {
            task_id,
            delivery: &acknowledged,
            objection_deadline: deadline,
        };
        work.archive(task.enterprise_id, Some(task.license_id), fact);
        work.touch([ObjectRef::of(task_id), ObjectRef::of(task.enterprise_id)]);
        let before = task.objection_deadline.map(|before| delivery_details(task_id, delivery, before));
        work.commit(before, Some(delivery_details(task_id, &acknowledged, deadline))).await?;
        Ok(TestingTaskRecord {
            delivery: Some(acknowledged),
            objection_deadline: Some(deadline),
            updated_at: now,
            ..task
        })
    }

    /// The authority accepts (受理) an objection, assigning the retest of the objected items to an
    /// institution other than the first, active and accredited for the industry today; or
    /// refuses it, and the first verdict is final (a re-check's failure then refers its
    /// rectification). A decision after its deadline is taken and marked overdue.
    pub async fn decide_objection(
        &self,
        principal: &Principal,
        input: DecideObjection,
    ) -> Result<TestingTaskRecord, AppError> {
        let reason = parse_reason(&input.reason)?;
        let mut work = self.begin(principal, Operation::DecideObjection).await?;
        let (now, today) = (work.now, work.today);
        let task_id = input.task_id;
        let (task, verdict, region) =
            self.task_for(work.tx(), principal, task_id, Action::DecideObjection).await?;
        let event = match input.outcome {
            ObjectionOutcome::Accepted => TaskEvent::ObjectionAccepted,
            ObjectionOutcome::Refused => TaskEvent::ObjectionRefused,
        };
        let next = task
            .status
            .apply(event)
            .map_err(|refusal| AppError::from(refusal).about(format_args!("task {task_id}")))?;
        check_retest_institution(input.outcome, task.institution_id, input.retest_institution_id)?;
        let institution = match input.retest_institution_id {
            Some(id) => Some(self.retest_institution(&work, id, &task.industry, today).await?),
            None => None,
        };
        let decision = ObjectionDecision {
            outcome: input.outcome,
            reason,
            decided_by: principal.subject.clone(),
            decided_on: today,
            retest_institution_id: input.retest_institution_id,
        };
        let objection = task.objection.clone().ok_or(AppError::NotFound { what: "objection" })?;
        let overdue = objection.decision_due.is_some_and(|due| decision_overdue(due, Some(today), today));
        if !supervision::save_objection_decision(work.tx(), task_id, (task.status, next), &decision, now)
            .await?
        {
            return Err(AppError::concurrent("the testing task changed meanwhile"));
        }
        let fact = ArchiveFact::TestObjectionDecided {
            task_id,
            decision: &decision,
            institution: institution.as_ref().map(|i| i.name.as_str()),
            overdue,
        };
        work.archive(task.enterprise_id, Some(task.license_id), fact);
        work.touch([ObjectRef::of(task_id), ObjectRef::of(task.enterprise_id)]);
        work.touch(input.retest_institution_id.map(ObjectRef::of));
        if let Some(retest) = input.retest_institution_id {
            work.announce([Event::TaskAssigned {
                task_id,
                institution_id: retest,
                industry: task.industry.clone(),
                enterprise_region: region.to_string(),
            }]);
        }
        // A refused objection makes a failing re-check final: its rectification concludes now.
        if let (ObjectionOutcome::Refused, Some(rectification_id), Some(verdict)) =
            (input.outcome, task.rectification_id, &verdict)
        {
            self.conclude_recheck(&mut work, rectification_id, &task, verdict).await?;
            work.touch([ObjectRef::of(rectification_id)]);
        }
        let before = json!({ "status": task.status.as_str() });
        let after = json!({ "status": next.as_str(), "decision": objection_decision_details(task_id, &decision, overdue) });
        work.commit(Some(before), Some(after)).await?;
        let objection = crate::ObjectionRecord { decision: Some(decision), ..objection };
        Ok(TestingTaskRecord { status: next, objection: Some(objection), updated_at: now, ..task })
    }

    /// The retest institution, read in the unit of work: it exists, and may test the industry
    /// today (active, accredited for it, accreditation valid) — the checks a designation makes.
    async fn retest_institution(
        &self,
        work: &crate::work::Work<'_>,
        id: InstitutionId,
        industry: &str,
        today: NaiveDate,
    ) -> Result<crate::InstitutionRecord, AppError> {
        let institution = institution::institutions_by_ids(work.tx(), &[id])
            .await?
            .pop()
            .ok_or(AppError::NotFound { what: "institution" })?;
        institution
            .state
            .check_designation(industry, today, today)
            .map_err(|refusal| AppError::from(refusal).at_field("retestInstitutionId"))?;
        Ok(institution)
    }

    /// Concludes a re-check whose verdict became final without a decision to trigger it — a
    /// failing first verdict whose objection window closed unobjected: the rectification is
    /// referred and the revocation proposal raised (ADR 0009 decision 14). Refused while the
    /// verdict is not final, and once the rectification was concluded.
    pub async fn conclude_recheck_task(
        &self,
        principal: &Principal,
        task_id: TaskId,
    ) -> Result<RectificationRecord, AppError> {
        let mut work = self.begin(principal, Operation::ConcludeRecheck).await?;
        let today = work.today;
        let (task, verdict, _) =
            self.task_for(work.tx(), principal, task_id, Action::ConcludeRecheck).await?;
        let rectification_id = task.rectification_id.ok_or_else(|| {
            AppError::refused(
                Code::NotARecheck,
                "taskId",
                format!("task {task_id} is not the re-check of a rectification"),
            )
        })?;
        let verdict = verdict.ok_or_else(|| {
            AppError::refused(Code::VerdictNotFinal, "taskId", format!("task {task_id} has no verdict yet"))
        })?;
        check_final(&task, &verdict, today)?;
        let concluded = self.conclude_recheck(&mut work, rectification_id, &task, &verdict).await?;
        work.touch([
            ObjectRef::of(task_id),
            ObjectRef::of(rectification_id),
            ObjectRef::of(task.enterprise_id),
        ]);
        work.commit(None, Some(concluded.state())).await?;
        Ok(concluded)
    }
}
