//! Corrections of an open testing task by the supervising authority (issue 11 item 17, ADR 0009
//! decision 19): cancel it (撤销) or give it to another institution (改派), each with a reason,
//! audited and archived, before any result came in.

use oversight_domain::archive::ArchiveFact;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::testing::supervision::{TaskEvent, parse_task_change_reason};
use oversight_domain::{InstitutionId, TaskId};
use oversight_storage::registry::institution;
use oversight_storage::testing::supervision;
use serde_json::json;

use crate::events::Event;
use crate::{Action, App, AppError, Code, Principal, TestingTaskRecord};

impl App {
    /// Cancels an open task: it takes no results, leaves the institution's queue and is no
    /// sample for the schedule. Refused once results are in.
    pub async fn cancel_testing_task(
        &self,
        principal: &Principal,
        task_id: TaskId,
        reason: &str,
    ) -> Result<TestingTaskRecord, AppError> {
        let reason = parse_task_change_reason(reason)?;
        let mut work = self.begin(principal, Operation::CancelTestingTask).await?;
        let now = work.now;
        let (task, _, _) = self.task_for(work.tx(), principal, task_id, Action::CancelTestingTask).await?;
        let next = task.status.apply(TaskEvent::Cancel)?;
        if !supervision::save_task_change(work.tx(), task_id, next, None, now).await? {
            return Err(AppError::concurrent("the testing task changed meanwhile"));
        }
        work.archive(
            task.enterprise_id,
            Some(task.license_id),
            ArchiveFact::TestTaskCancelled { task_id, reason: &reason },
        );
        work.touch([
            ObjectRef::of(task_id),
            ObjectRef::of(task.enterprise_id),
            ObjectRef::of(task.institution_id),
        ]);
        let before = json!({ "taskId": task_id, "status": task.status.as_str() });
        let after = json!({ "taskId": task_id, "status": next.as_str(), "reason": reason });
        work.commit(Some(before), Some(after)).await?;
        Ok(TestingTaskRecord { status: next, updated_at: now, ..task })
    }

    /// Gives an open task to another institution, active and accredited for the industry today
    /// (the checks a designation makes): the old institution can no longer submit, the new one
    /// hears of the task as of a new one.
    pub async fn reassign_testing_task(
        &self,
        principal: &Principal,
        task_id: TaskId,
        institution_id: InstitutionId,
        reason: &str,
    ) -> Result<TestingTaskRecord, AppError> {
        let reason = parse_task_change_reason(reason)?;
        let mut work = self.begin(principal, Operation::ReassignTestingTask).await?;
        let (now, today) = (work.now, work.today);
        let (task, _, region) =
            self.task_for(work.tx(), principal, task_id, Action::ReassignTestingTask).await?;
        let next = task.status.apply(TaskEvent::Reassign)?;
        if institution_id == task.institution_id {
            return Err(AppError::refused(
                Code::ReassignSameInstitution,
                "institutionId",
                format!("task {task_id} is already assigned to institution {institution_id}"),
            ));
        }
        let mut found =
            institution::institutions_by_ids(work.tx(), &[institution_id, task.institution_id]).await?;
        let position = found.iter().position(|i| i.id == institution_id);
        let new = position.map(|p| found.swap_remove(p)).ok_or(AppError::NotFound { what: "institution" })?;
        new.state
            .check_designation(&task.industry, today, today)
            .map_err(|refusal| AppError::from(refusal).at_field("institutionId"))?;
        let old_name = found.pop().map(|i| i.name).unwrap_or_else(|| task.institution_id.to_string());
        if !supervision::save_task_change(work.tx(), task_id, next, Some(institution_id), now).await? {
            return Err(AppError::concurrent("the testing task changed meanwhile"));
        }
        let fact =
            ArchiveFact::TestTaskReassigned { task_id, from: &old_name, to: &new.name, reason: &reason };
        work.archive(task.enterprise_id, Some(task.license_id), fact);
        work.touch([
            ObjectRef::of(task_id),
            ObjectRef::of(task.enterprise_id),
            ObjectRef::of(task.institution_id),
            ObjectRef::of(institution_id),
        ]);
        work.announce([Event::TaskAssigned {
            task_id,
            institution_id,
            industry: task.industry.clone(),
            enterprise_region: region.to_string(),
        }]);
        let before = json!({ "taskId": task_id, "institutionId": task.institution_id });
        let after = json!({ "taskId": task_id, "institutionId": institution_id, "reason": reason });
        work.commit(Some(before), Some(after)).await?;
        Ok(TestingTaskRecord { institution_id, updated_at: now, ..task })
    }
}
