//! Patrols and follow-up visits (巡查、回访, §二(三), docs/adr/0022): recording a patrol (online
//! or from a device that was offline), the measures (措施) on its findings, the follow-ups that
//! come due after a rectification deadline and the visits that answer them, filing (备案) with
//! the province, and the reads.

mod filing;
mod follow_ups;
mod measures;
mod plans;
mod reads;
mod record;

use oversight_domain::access::Organisation;
use oversight_domain::patrol::FilingRefused;
use oversight_domain::patrol::checklist::AnswersRefused;
use oversight_domain::patrol::follow_up::FollowUpRefused;
use oversight_domain::patrol::inspectors::{InspectorFacts, InspectorsRefused, check_inspectors};
use oversight_domain::patrol::measure::{FindingsRefused, MeasureRefused, MeasureStateRefused};
use oversight_domain::patrol::offline::{OfflineRecord, OfflineRefused};
use oversight_domain::registry::officer::OfficerStatus;
use oversight_domain::{AuthorityId, ErrorCode, LicenseId, OfficerId};
use oversight_storage::Scope;
use oversight_storage::patrol::inspection::OfflineIdentity;
use oversight_storage::registry::enterprise::EnterpriseRecord;
use oversight_storage::registry::{authority, enterprise, license, officer};
use serde_json::{Value, json};

use crate::work::Work;
use crate::{Action, AppError, Code, LicenseRecord, Principal, Resource, allow};

pub use follow_ups::FollowUpInput;
pub(crate) use follow_ups::open_follow_up;
pub use measures::MeasureStep;
pub use oversight_storage::patrol::follow_up::{
    FollowUpCursor, FollowUpFilter, FollowUpRecord, FollowUpState,
};
pub use oversight_storage::patrol::inspection::{Answers, PatrolFilter, PatrolRecord};
pub use oversight_storage::patrol::measure::{MeasureFilter, MeasureRecord};
pub use oversight_storage::patrol::plan::{CoverageRow, DueCursor, DueFilter, PatrolDue, PlanRecord};
pub use plans::{DueJudgment, PlanInput};
pub use reads::ChecklistEntry;
pub use record::{OfflineInput, PatrolInput};

impl From<AnswersRefused> for AppError {
    fn from(refusal: AnswersRefused) -> AppError {
        AppError::invalid(Code::InvalidPatrolAnswers, "answers", refusal.to_string())
    }
}

impl From<OfflineRefused> for AppError {
    fn from(refusal: OfflineRefused) -> AppError {
        AppError::invalid(Code::InvalidOfflineRecord, "offline", refusal.to_string())
    }
}

impl From<InspectorsRefused> for AppError {
    fn from(refusal: InspectorsRefused) -> AppError {
        let code = match refusal {
            InspectorsRefused::TooFew { .. } => Code::TooFewInspectors,
            InspectorsRefused::Inactive(_) => Code::InspectorNotFound,
            InspectorsRefused::OutOfJurisdiction(_) => Code::InspectorOutOfJurisdiction,
            InspectorsRefused::NotQualified { .. } => Code::InspectorNotQualified,
            // Recusal is per enterprise (docs/adr/0022 decision 6): the directory's conflict list.
            InspectorsRefused::Recused(_) => Code::InspectorRecused,
        };
        AppError::refused(code, "inspectorIds", refusal.to_string())
    }
}

impl From<MeasureRefused> for AppError {
    fn from(refusal: MeasureRefused) -> AppError {
        AppError::invalid(Code::InvalidMeasure, "measure", refusal.to_string())
    }
}

impl From<FindingsRefused> for AppError {
    fn from(refusal: FindingsRefused) -> AppError {
        AppError::refused(Code::MeasureNotOnFinding, "findings", refusal.to_string())
    }
}

impl From<MeasureStateRefused> for AppError {
    fn from(refusal: MeasureStateRefused) -> AppError {
        match refusal {
            MeasureStateRefused::ReceiptDay(problem) => {
                AppError::invalid(Code::InvalidMeasure, "receiptOn", problem.to_string())
            }
            other => AppError::refused(Code::IllegalMeasureTransition, "measureId", other.to_string()),
        }
    }
}

impl From<FollowUpRefused> for AppError {
    fn from(refusal: FollowUpRefused) -> AppError {
        AppError::invalid(Code::InvalidFollowUpAnswers, "items", refusal.to_string())
    }
}

impl From<FilingRefused> for AppError {
    fn from(refusal: FilingRefused) -> AppError {
        AppError::refused(Code::IllegalFilingTransition, "patrolId", refusal.to_string())
    }
}

/// The license inspected and its enterprise, once the caller may take `action` on them; a
/// license outside the caller's reach is NOT_FOUND.
async fn license_for(
    work: &Work<'_>,
    principal: &Principal,
    license_id: LicenseId,
    action: Action,
) -> Result<(LicenseRecord, EnterpriseRecord), AppError> {
    let found = license::by_ids(work.tx(), &Scope::Everything, &[license_id]).await?;
    let current = found.into_iter().next().ok_or(AppError::NotFound { what: "license" })?;
    let owner = enterprise::by_id(work.tx(), current.enterprise_id)
        .await?
        .ok_or(AppError::NotFound { what: "license" })?;
    allow(principal, action, &Resource::Enterprise { id: owner.id, region: owner.base.region }, "license")?;
    Ok((current, owner))
}

/// The authority the acting officer is seated at: it recorded the visit and files it.
fn acting_authority(principal: &Principal) -> Result<AuthorityId, AppError> {
    match principal.organisation {
        Organisation::Authority { id, .. } => Ok(id),
        _ => Err(AppError::Refused {
            code: Code::Forbidden,
            field: None,
            message: "patrols are recorded by officers of an authority".to_owned(),
        }),
    }
}

/// Checks the inspectors of a visit against the directory (active, seated in a jurisdiction that
/// holds the enterprise, qualified for the industry); returns their distinct ids.
async fn checked_inspectors(
    work: &Work<'_>,
    ids: &[OfficerId],
    owner: &EnterpriseRecord,
    industry: &str,
) -> Result<Vec<OfficerId>, AppError> {
    let found = officer::by_ids(work.tx(), None, ids).await?;
    let missing: Vec<String> =
        ids.iter().filter(|id| !found.iter().any(|o| o.id == **id)).map(ToString::to_string).collect();
    if !missing.is_empty() {
        return Err(AppError::refused(
            Code::InspectorNotFound,
            "inspectorIds",
            format!("officers {} are not in the directory", missing.join(", ")),
        ));
    }
    let mut seats: Vec<AuthorityId> = found.iter().map(|o| o.authority_id).collect();
    seats.dedup();
    let authorities = authority::by_ids(work.tx(), &seats).await?;
    let recusals = officer::recusals_of(work.tx(), ids).await?;
    let facts: Vec<InspectorFacts> = ids
        .iter()
        .filter_map(|id| found.iter().find(|o| o.id == *id))
        .filter_map(|o| {
            let seat = authorities.iter().find(|a| a.id == o.authority_id)?;
            Some(InspectorFacts {
                id: o.id,
                active: o.status == OfficerStatus::Active,
                seat: seat.region,
                industries: o.industries.clone(),
                recused_from: recusals
                    .iter()
                    .filter(|(officer, _)| *officer == o.id)
                    .map(|(_, e)| *e)
                    .collect(),
            })
        })
        .collect();
    Ok(check_inspectors(&facts, owner.base.region, industry, owner.id)?)
}

/// Archives a patrol fact for the enterprise and announces it to `patrolNotices`.
fn archive_and_announce(
    work: &mut Work<'_>,
    patrol_id: oversight_domain::PatrolId,
    license_id: LicenseId,
    owner: &EnterpriseRecord,
    fact: oversight_domain::patrol::PatrolFact<'_>,
) {
    let event = fact.event();
    work.announce([crate::events::Event::PatrolNotice {
        patrol_id,
        enterprise_id: owner.id,
        enterprise_region: owner.base.region.to_string(),
        archive_kind: event.kind,
        summary: event.summary,
    }]);
    work.archive(owner.id, Some(license_id), oversight_domain::archive::ArchiveFact::Patrol(fact));
}

/// The audit state of an inspection record.
fn patrol_state(record: &PatrolRecord) -> Value {
    json!({
        "kind": record.kind.as_str(),
        "licenseId": record.license_id,
        "inspectedOn": record.inspected_on,
        "inspectors": record.inspectors,
        "findings": record.findings,
        "reReviewRequired": record.re_review_required,
        "followUpId": record.follow_up_id,
        "result": record.result.map(|r| r.as_str()),
        "nextDeadline": record.next_deadline,
        "deviceId": record.offline.as_ref().map(|o| o.device_id.as_str()),
        "recordedAt": record.recorded_at,
        "conflictWith": record.conflict_with,
        "filing": record.filing.as_str(),
    })
}

impl crate::App {
    /// A device's offline identity of a visit, checked. The device's clock is compared with the
    /// server's in the supervision calendar's frame, which the demo clock moves (by whole days;
    /// zero in service).
    fn offline_record(
        &self,
        offline: Option<&OfflineInput>,
        now: chrono::DateTime<chrono::Utc>,
        inspected_on: chrono::NaiveDate,
    ) -> Result<Option<OfflineRecord>, AppError> {
        let Some(o) = offline else { return Ok(None) };
        let calendar_now = now + chrono::Duration::days(self.clock_offset_days());
        let record = OfflineRecord::parse(
            &o.idempotency_key,
            &o.device_id,
            o.recorded_at,
            calendar_now,
            inspected_on,
        )?;
        Ok(Some(record))
    }
}

/// The stored offline identity of a checked record.
fn identity_of(offline: &OfflineRecord) -> OfflineIdentity {
    OfflineIdentity { device_id: offline.device_id.clone(), idempotency_key: offline.idempotency_key.clone() }
}

/// A date after today is refused: a visit is recorded once made.
fn not_future(day: chrono::NaiveDate, today: chrono::NaiveDate) -> Result<(), AppError> {
    if day <= today {
        return Ok(());
    }
    Err(AppError::refused(
        Code::Domain(ErrorCode::InvalidDateRange),
        "inspectedOn",
        format!("the inspection day {day} is after today ({today})"),
    ))
}
