//! Measures (措施) on a patrol's findings: ordering one (a rectification by a deadline owes a
//! follow-up; a suspension moves the license to SUSPENDED with its copy entry), carrying it out
//! or cancelling it (a sampling test is carried out by the testing task opened for it), and a
//! transfer's receipt (回执).

use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::patrol::measure::{
    Measure, MeasureAsked, MeasureEvent, MeasureKind, MeasureStatus, check_findings, order_measure,
};
use oversight_domain::patrol::{FollowUpOrigin, PatrolFact, PatrolKind};
use oversight_domain::registry::change_request::parse_reason;
use oversight_domain::registry::license::LicenseStatus;
use oversight_domain::{MeasureId, PatrolId, TaskId};
use oversight_storage::patrol::follow_up::NewFollowUp;
use oversight_storage::patrol::inspection::{self, PatrolRecord};
use oversight_storage::patrol::measure::{self, MeasureRecord};
use oversight_storage::testing::supervision;
use serde_json::{Value, json};

use super::{archive_and_announce, follow_ups::open_follow_up, license_for};
use crate::registry::license::apply_license_status;
use crate::work::Work;
use crate::{Action, App, AppError, Code, LicenseRecord, Principal};
use oversight_storage::registry::enterprise::EnterpriseRecord;

/// What closes a measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeasureStep {
    Complete,
    Cancel,
}

impl App {
    /// Orders a measure on one or more of a patrol's findings.
    pub async fn order_patrol_measure(
        &self,
        principal: &Principal,
        patrol_id: PatrolId,
        findings: &[String],
        asked: MeasureAsked,
    ) -> Result<MeasureRecord, AppError> {
        let mut work = self.begin(principal, Operation::OrderPatrolMeasure).await?;
        let patrol =
            inspection::by_id(work.tx(), patrol_id).await?.ok_or(AppError::NotFound { what: "patrol" })?;
        let (current, owner) =
            license_for(&work, principal, patrol.license_id, Action::OrderPatrolMeasure).await?;
        if patrol.kind != PatrolKind::Patrol {
            return Err(AppError::refused(
                Code::NotAPatrol,
                "patrolId",
                "measures are ordered on a patrol's findings; a follow-up that finds problems persisting suspends production by itself",
            ));
        }
        let found: Vec<&str> = patrol.findings.iter().map(String::as_str).collect();
        let codes = check_findings(findings, &found)?;
        // The period of the enterprise's province in force today (docs/adr/0032).
        let deadlines = work.settings_for(&owner.base.region).await?.deadlines;
        let kind = order_measure(asked, &work.working_calendar().await?, &deadlines, work.today)?;
        let record = measure::insert(
            work.tx(),
            patrol.id,
            owner.id,
            current.id,
            &kind,
            &codes,
            work.today,
            &principal.subject,
            work.now,
        )
        .await?;
        self.measure_consequences(&mut work, &patrol, &current, &record).await?;
        let fact =
            PatrolFact::MeasureOrdered { measure_id: record.measure.id, patrol_id: patrol.id, kind: &kind };
        archive_and_announce(&mut work, patrol.id, current.id, &owner, fact);
        work.touch([ObjectRef::of(record.measure.id), ObjectRef::of(patrol.id), ObjectRef::of(owner.id)]);
        work.commit(None, Some(measure_state(&record.measure))).await?;
        Ok(record)
    }

    /// A rectification owes a follow-up after its deadline; a suspension suspends the license.
    async fn measure_consequences(
        &self,
        work: &mut Work<'_>,
        patrol: &PatrolRecord,
        current: &LicenseRecord,
        record: &MeasureRecord,
    ) -> Result<(), AppError> {
        match record.measure.kind {
            MeasureKind::RectifyByDeadline { deadline } => {
                let new = NewFollowUp {
                    enterprise_id: patrol.enterprise_id,
                    license_id: patrol.license_id,
                    origin: FollowUpOrigin::PatrolMeasure,
                    origin_id: record.measure.id.get(),
                    case_id: Some(patrol.case()),
                    deadline,
                    carried: &record.measure.finding_codes,
                };
                open_follow_up(work, &new).await?;
            }
            MeasureKind::Suspension if current.status == LicenseStatus::Valid => {
                let reason =
                    format!("巡查 patrol {}: 停产整顿 production suspended for rectification", patrol.id);
                apply_license_status(work, current, LicenseStatus::Suspended, &reason).await?;
            }
            _ => {}
        }
        Ok(())
    }

    /// Carries out or cancels a measure, with the note saying how or why. A sampling test is
    /// carried out by naming the testing task opened for it (same license, opened since).
    pub async fn close_patrol_measure(
        &self,
        principal: &Principal,
        measure_id: MeasureId,
        step: MeasureStep,
        note: &str,
        testing_task: Option<TaskId>,
    ) -> Result<MeasureRecord, AppError> {
        let note = parse_reason(note)?;
        let mut work = self.begin(principal, Operation::ClosePatrolMeasure).await?;
        let (current, owner) = measure_for(&work, principal, measure_id).await?;
        let event = match step {
            MeasureStep::Complete => MeasureEvent::Complete,
            MeasureStep::Cancel => MeasureEvent::Cancel,
        };
        let next = current.measure.moved(event)?;
        let task = sampling_task(&work, &current, step, testing_task).await?;
        let saved = self.save_measure(&mut work, &current, next, Some(&note), task).await?;
        let fact = PatrolFact::MeasureClosed { measure_id, status: saved.measure.status, reason: &note };
        archive_and_announce(&mut work, saved.patrol_id, saved.license_id, &owner, fact);
        work.commit(Some(measure_state(&current.measure)), Some(measure_state(&saved.measure))).await?;
        Ok(saved)
    }

    /// Records the receipt (回执) of a transfer (移送) on `on`.
    pub async fn record_transfer_receipt(
        &self,
        principal: &Principal,
        measure_id: MeasureId,
        on: chrono::NaiveDate,
    ) -> Result<MeasureRecord, AppError> {
        let mut work = self.begin(principal, Operation::ClosePatrolMeasure).await?;
        let (current, _) = measure_for(&work, principal, measure_id).await?;
        let next = current.measure.record_receipt(on, work.today)?;
        let saved = self.save_measure(&mut work, &current, next, None, None).await?;
        work.commit(Some(measure_state(&current.measure)), Some(measure_state(&saved.measure))).await?;
        Ok(saved)
    }

    async fn save_measure(
        &self,
        work: &mut Work<'_>,
        current: &MeasureRecord,
        next: Measure,
        note: Option<&str>,
        task: Option<TaskId>,
    ) -> Result<MeasureRecord, AppError> {
        let (today, now) = (work.today, work.now);
        let by = work.principal().subject.clone();
        if !measure::save(work.tx(), &current.measure, &next, note, task, &by, today, now).await? {
            return Err(AppError::concurrent("the measure changed meanwhile"));
        }
        work.touch([ObjectRef::of(current.measure.id), ObjectRef::of(current.enterprise_id)]);
        let closed = next.status != MeasureStatus::Open;
        Ok(MeasureRecord {
            measure: next,
            close_reason: if closed { note.map(str::to_owned) } else { current.close_reason.clone() },
            testing_task_id: task.or(current.testing_task_id),
            closed_by: if closed { Some(by) } else { current.closed_by.clone() },
            closed_on: if closed { Some(today) } else { current.closed_on },
            updated_at: now,
            ..current.clone()
        })
    }
}

/// The measure and its enterprise, once the caller may act on it.
async fn measure_for(
    work: &Work<'_>,
    principal: &Principal,
    id: MeasureId,
) -> Result<(MeasureRecord, EnterpriseRecord), AppError> {
    let current = measure::by_id(work.tx(), id).await?.ok_or(AppError::NotFound { what: "measure" })?;
    let (_, owner) = license_for(work, principal, current.license_id, Action::ClosePatrolMeasure).await?;
    Ok((current, owner))
}

/// The testing task that carries out a sampling test: required when completing one, refused on
/// every other step; it samples the same license and was opened on or after the order.
async fn sampling_task(
    work: &Work<'_>,
    current: &MeasureRecord,
    step: MeasureStep,
    testing_task: Option<TaskId>,
) -> Result<Option<TaskId>, AppError> {
    let sampling = matches!(current.measure.kind, MeasureKind::SamplingTest) && step == MeasureStep::Complete;
    let refuse =
        |message: String| AppError::refused(Code::IllegalMeasureTransition, "testingTaskId", message);
    let Some(task_id) = testing_task else {
        return if sampling {
            Err(refuse(
                "a sampling test (抽样检验) is carried out by the testing task opened for it: name it".into(),
            ))
        } else {
            Ok(None)
        };
    };
    if !sampling {
        return Err(refuse("only a sampling test being carried out names a testing task".into()));
    }
    let everything = oversight_domain::access::TaskScope::Registry(oversight_storage::Scope::Everything);
    let tasks = supervision::tasks_by_ids(work.tx(), &everything, &[task_id]).await?;
    let task = tasks.into_iter().next().ok_or(AppError::NotFound { what: "testing task" })?;
    if task.license_id != current.license_id || task.sampling.sampling_date < current.measure.ordered_on {
        return Err(refuse(format!(
            "testing task {task_id} did not sample this license on or after {}",
            current.measure.ordered_on
        )));
    }
    Ok(Some(task_id))
}

/// The audit state of a measure.
fn measure_state(measure: &Measure) -> Value {
    json!({ "kind": measure.kind, "status": measure.status.as_str(), "findings": measure.finding_codes,
            "orderedOn": measure.ordered_on })
}
