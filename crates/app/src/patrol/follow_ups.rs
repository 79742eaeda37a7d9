//! Follow-up visits (回访): opening the follow-up a rectification owes (any workflow's: a patrol's
//! rectify-by-deadline measure, a failed annual review, a spot check's rectification), and the
//! visit that answers it after the deadline, item by carried item. All rectified closes it — the
//! case's rectification and suspension are carried out and a license the case suspended resumes
//! (SUSPENDED → VALID); anything persisting suspends production until compliant (责令停产整顿，直至
//! 符合规定要求) and owes the next follow-up for the persisting items.

use chrono::NaiveDate;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::patrol::follow_up::{CarriedOutcome, FollowUpOutcome, conclude, follow_up_due};
use oversight_domain::patrol::measure::{MeasureKind, MeasureKindCode};
use oversight_domain::patrol::{FollowUpOrigin, PatrolFact, PatrolKind};
use oversight_domain::registry::license::LicenseStatus;
use oversight_domain::registry::license_copy::LicenseCopyEntry;
use oversight_domain::{FollowUpId, OfficerId};
use oversight_storage::StorageError;
use oversight_storage::patrol::follow_up::{self, FollowUpRecord, NewFollowUp};
use oversight_storage::patrol::inspection::{self, Answers, NewPatrol, PatrolRecord};
use oversight_storage::patrol::measure;
use oversight_storage::registry::license;

use super::record::OfflineInput;
use super::{
    acting_authority, archive_and_announce, checked_inspectors, identity_of, license_for, not_future,
    patrol_state,
};
use crate::registry::license::apply_license_status;
use crate::registry::license::check_in_force;
use crate::work::Work;
use crate::{Action, App, AppError, Code, LicenseRecord, Principal};
use oversight_storage::registry::enterprise::EnterpriseRecord;

/// What officers submit for a follow-up visit.
#[derive(Debug, Clone)]
pub struct FollowUpInput {
    pub follow_up_id: FollowUpId,
    pub inspected_on: NaiveDate,
    pub inspector_ids: Vec<OfficerId>,
    /// Each carried item's code and what was found.
    pub items: Vec<(String, CarriedOutcome)>,
    pub offline: Option<OfflineInput>,
}

/// Opens the follow-up a rectification owes, inside the caller's unit of work.
pub(crate) async fn open_follow_up(
    work: &mut Work<'_>,
    new: &NewFollowUp<'_>,
) -> Result<FollowUpRecord, AppError> {
    let record = match follow_up::insert(work.tx(), new, work.now).await {
        Err(StorageError::Conflict(_)) => {
            return Err(AppError::concurrent("the follow-up was opened meanwhile"));
        }
        other => other?,
    };
    work.touch([ObjectRef::of(record.id)]);
    Ok(record)
}

impl App {
    /// Records the visit that answers a follow-up; returns it and whether it was a replay.
    pub async fn record_follow_up(
        &self,
        principal: &Principal,
        input: FollowUpInput,
    ) -> Result<(PatrolRecord, bool), AppError> {
        let mut work = self.begin(principal, Operation::RecordFollowUp).await?;
        let owed = follow_up::by_id(work.tx(), input.follow_up_id)
            .await?
            .ok_or(AppError::NotFound { what: "follow-up" })?;
        let (current, owner) = license_for(&work, principal, owed.license_id, Action::RecordFollowUp).await?;
        let authority_id = acting_authority(principal)?;
        not_future(input.inspected_on, work.today)?;
        let offline = self.offline_record(input.offline.as_ref(), work.now, input.inspected_on)?;
        if let Some(offline) = &offline
            && let Some(stored) = inspection::by_key(work.tx(), &offline.idempotency_key).await?
        {
            return replay(stored, &owed);
        }
        check_due(&owed, input.inspected_on)?;
        check_in_force(&current, input.inspected_on, "licenseId")?;
        let inspectors = checked_inspectors(&work, &input.inspector_ids, &owner, &current.industry).await?;
        let calendar = work.working_calendar().await?;
        // The default period of the enterprise's province in force on the day of the visit, from
        // which the new deadline counts (an offline record is entered later; docs/adr/0032).
        let book = self.rule_book(work.tx(), input.inspected_on).await?;
        let deadlines = book.for_region(&owner.base.region).deadlines;
        let outcome = conclude(&owed.carried, &input.items, &calendar, &deadlines, input.inspected_on)?;
        let persisting: Vec<String> = outcome.persisting().iter().map(|c| (*c).to_owned()).collect();
        let identity = offline.as_ref().map(identity_of);
        let answers = Answers::FollowUp(outcome.items().to_vec());
        let new = NewPatrol {
            kind: PatrolKind::FollowUp,
            enterprise_id: owner.id,
            license_id: current.id,
            industry: &current.industry,
            plugin_version: None,
            inspected_on: input.inspected_on,
            inspectors: &inspectors,
            answers: &answers,
            findings: &persisting,
            re_review_required: false,
            follow_up_id: Some(owed.id),
            result: Some(outcome.result()),
            next_deadline: match &outcome {
                FollowUpOutcome::SuspendUntilCompliant { next_deadline, .. } => Some(*next_deadline),
                FollowUpOutcome::Closed { .. } => None,
            },
            case_id: owed.case_id,
            offline: identity.as_ref(),
            recorded_at: offline.as_ref().map_or(work.now, |o| o.recorded_at),
            conflict_with: None,
            authority_id,
            recorded_by: &principal.subject,
        };
        let visit = match inspection::insert(work.tx(), &new, work.now).await {
            Err(StorageError::Conflict(_)) => {
                return Err(AppError::concurrent("the submission was stored meanwhile"));
            }
            other => other?,
        };
        if !follow_up::claim(work.tx(), owed.id, visit.id).await? {
            return Err(already_recorded(owed.id));
        }
        self.follow_up_consequences(&mut work, (&owed, &visit), &outcome, (&current, &owner)).await?;
        work.touch([
            ObjectRef::of(visit.id),
            ObjectRef::of(owed.id),
            ObjectRef::of(current.id),
            ObjectRef::of(owner.id),
        ]);
        work.commit(None, Some(patrol_state(&visit))).await?;
        Ok((visit, false))
    }

    /// The copy entry, the archive event, and what the outcome does to the case and the license.
    async fn follow_up_consequences(
        &self,
        work: &mut Work<'_>,
        (owed, visit): (&FollowUpRecord, &PatrolRecord),
        outcome: &FollowUpOutcome,
        (current, owner): (&LicenseRecord, &EnterpriseRecord),
    ) -> Result<(), AppError> {
        let persisting = outcome.persisting();
        let entry = LicenseCopyEntry::follow_up_record(
            visit.id.get(),
            visit.inspected_on,
            &persisting,
            outcome.license_may_resume(),
        );
        license::append_copy_entry(work.tx(), current.id, &entry, work.now).await?;
        let fact = PatrolFact::FollowUpRecorded { follow_up_id: owed.id, visit_id: visit.id, outcome };
        archive_and_announce(work, visit.id, current.id, owner, fact);
        match outcome {
            FollowUpOutcome::SuspendUntilCompliant { next_deadline, .. } => {
                if current.status == LicenseStatus::Valid {
                    let reason = format!(
                        "回访 follow-up visit {}: 原问题仍存在 {}; 责令停产整顿，直至符合规定要求 suspended until compliant",
                        visit.id,
                        persisting.join(", ")
                    );
                    apply_license_status(work, current, LicenseStatus::Suspended, &reason).await?;
                }
                let carried: Vec<String> = persisting.iter().map(|c| (*c).to_owned()).collect();
                let next = NewFollowUp {
                    enterprise_id: owed.enterprise_id,
                    license_id: owed.license_id,
                    origin: FollowUpOrigin::FollowUp,
                    origin_id: visit.id.get(),
                    case_id: owed.case_id,
                    deadline: *next_deadline,
                    carried: &carried,
                };
                open_follow_up(work, &next).await?;
            }
            FollowUpOutcome::Closed { .. } => self.close_case(work, owed, visit, current).await?,
        }
        Ok(())
    }

    /// All rectified: when nothing else of the case is owed, its open rectifications and
    /// suspension are carried out, and a license the case suspended resumes production.
    async fn close_case(
        &self,
        work: &mut Work<'_>,
        owed: &FollowUpRecord,
        visit: &PatrolRecord,
        current: &LicenseRecord,
    ) -> Result<(), AppError> {
        let mut suspended_by_case = owed.origin == FollowUpOrigin::FollowUp;
        if let Some(case) = owed.case_id {
            if follow_up::open_in_case(work.tx(), case).await? > 0 {
                return Ok(());
            }
            let kinds = [MeasureKindCode::RectifyByDeadline, MeasureKindCode::Suspension];
            let note = format!("回访 follow-up visit {}: 已整改 all rectified", visit.id);
            let by = work.principal().subject.clone();
            let done =
                measure::complete_open(work.tx(), case, &kinds, &note, &by, work.today, work.now).await?;
            suspended_by_case |= done.iter().any(|m| matches!(m.measure.kind, MeasureKind::Suspension));
            work.touch(done.iter().map(|m| ObjectRef::of(m.measure.id)));
        }
        if suspended_by_case && current.status == LicenseStatus::Suspended {
            let reason =
                format!("回访 follow-up visit {}: 已整改 all rectified, production resumes", visit.id);
            apply_license_status(work, current, LicenseStatus::Valid, &reason).await?;
        }
        Ok(())
    }
}

/// A follow-up is visited after its rectification deadline (§二(三) "在企业规定的整改期限到期后
/// 及时实施"), once.
fn check_due(owed: &FollowUpRecord, inspected_on: NaiveDate) -> Result<(), AppError> {
    if owed.visit_id.is_some() {
        return Err(already_recorded(owed.id));
    }
    if follow_up_due(owed.deadline, false, inspected_on) {
        return Ok(());
    }
    Err(AppError::refused(
        Code::FollowUpNotDue,
        "inspectedOn",
        format!("the rectification deadline is {}: the follow-up visit is made after it", owed.deadline),
    ))
}

fn already_recorded(id: FollowUpId) -> AppError {
    AppError::refused(
        Code::FollowUpAlreadyRecorded,
        "followUpId",
        format!("follow-up {id} was already visited"),
    )
}

/// A retried submission answers its stored visit; a key used for something else is refused.
fn replay(stored: PatrolRecord, owed: &FollowUpRecord) -> Result<(PatrolRecord, bool), AppError> {
    if stored.kind == PatrolKind::FollowUp && stored.follow_up_id == Some(owed.id) {
        return Ok((stored, true));
    }
    Err(AppError::refused(
        Code::IdempotencyKeyReused,
        "offline.idempotencyKey",
        format!("the key was used for another visit (record {})", stored.id),
    ))
}
