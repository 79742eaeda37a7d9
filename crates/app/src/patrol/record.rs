//! Recording a patrol inspection (巡查): two or more qualified officers answer the five base items
//! of §二(三) and the industry plugin's checklist of the version in force, with notes and sealed
//! evidence; item two nonconforming requires the license's re-review (重新审查). A device that was
//! offline submits later with its idempotency key and recording time: a retry answers the stored
//! record, another device's record of the same visit is stored as a conflict, never merged.

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::patrol::checklist::{PatrolAnswers, RawAnswer};
use oversight_domain::patrol::offline::{OfflineRecord, Visit, VisitKey, detect_conflict};
use oversight_domain::patrol::{PatrolFact, PatrolKind};
use oversight_domain::registry::change_request::ReReview;
use oversight_domain::registry::license_copy::LicenseCopyEntry;
use oversight_domain::{AttachmentId, LicenseId, OfficerId};
use oversight_storage::StorageError;
use oversight_storage::patrol::inspection::{self, Answers, NewPatrol, PatrolRecord};
use oversight_storage::registry::license;

use super::{
    acting_authority, archive_and_announce, checked_inspectors, identity_of, license_for, not_future,
    patrol_state,
};
use crate::registry::license::check_in_force;
use crate::work::Work;
use crate::{Action, App, AppError, Code, Principal};
use oversight_storage::registry::enterprise::EnterpriseRecord;

/// A device's identity of a visit recorded without a network.
#[derive(Debug, Clone)]
pub struct OfflineInput {
    pub idempotency_key: String,
    pub device_id: String,
    /// The device's clock when the officers recorded the visit.
    pub recorded_at: DateTime<Utc>,
}

/// What officers submit for a patrol.
#[derive(Debug, Clone)]
pub struct PatrolInput {
    pub license_id: LicenseId,
    pub inspected_on: NaiveDate,
    pub inspector_ids: Vec<OfficerId>,
    pub answers: Vec<RawAnswer>,
    pub offline: Option<OfflineInput>,
}

/// Devices without an offline identity are one device: the server (docs/adr/0022 decision 12).
const ONLINE: &str = "";

impl App {
    /// Records a patrol; returns it and whether it was a replay of a stored submission.
    pub async fn record_patrol(
        &self,
        principal: &Principal,
        input: PatrolInput,
    ) -> Result<(PatrolRecord, bool), AppError> {
        let mut work = self.begin(principal, Operation::RecordPatrol).await?;
        let (current, owner) = license_for(&work, principal, input.license_id, Action::RecordPatrol).await?;
        let authority_id = acting_authority(principal)?;
        not_future(input.inspected_on, work.today)?;
        let offline = self.offline_record(input.offline.as_ref(), work.now, input.inspected_on)?;
        if let Some(stored) = replayed(&work, offline.as_ref(), &input, owner.id).await? {
            return Ok((stored, true));
        }
        check_in_force(&current, input.inspected_on, "licenseId")?;
        let inspectors = checked_inspectors(&work, &input.inspector_ids, &owner, &current.industry).await?;
        let (plugin_version, items) = self.checklist_of(&current.industry);
        let answers = PatrolAnswers::parse(input.answers, &items)?;
        let evidence: Vec<AttachmentId> = {
            let mut ids: Vec<AttachmentId> =
                answers.items().iter().flat_map(|a| a.evidence.iter().copied()).collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        };
        crate::attachment::check_and_seal(&mut work, owner.id, &evidence).await?;
        let conflict_with =
            conflict(&work, offline.as_ref(), owner.id, input.inspected_on, &inspectors).await?;
        let findings: Vec<String> = answers.finding_codes().iter().map(|c| (*c).to_owned()).collect();
        let identity = offline.as_ref().map(identity_of);
        let stored_answers = Answers::Patrol(answers.items().to_vec());
        let new = NewPatrol {
            kind: PatrolKind::Patrol,
            enterprise_id: owner.id,
            license_id: current.id,
            industry: &current.industry,
            plugin_version: plugin_version.as_deref(),
            inspected_on: input.inspected_on,
            inspectors: &inspectors,
            answers: &stored_answers,
            findings: &findings,
            re_review_required: answers.requires_re_review(),
            follow_up_id: None,
            result: None,
            next_deadline: None,
            case_id: None,
            offline: identity.as_ref(),
            recorded_at: offline.as_ref().map_or(work.now, |o| o.recorded_at),
            conflict_with,
            authority_id,
            recorded_by: &principal.subject,
        };
        let record = match inspection::insert(work.tx(), &new, work.now).await {
            Err(StorageError::Conflict(_)) => {
                return Err(AppError::concurrent("the submission was stored meanwhile"));
            }
            other => other?,
        };
        self.record_consequences(&mut work, &record, &answers, &owner).await?;
        work.touch([ObjectRef::of(record.id), ObjectRef::of(current.id), ObjectRef::of(owner.id)]);
        work.commit(None, Some(patrol_state(&record))).await?;
        Ok((record, false))
    }

    /// The current plugin version of the industry and its checklist item codes (none when the
    /// industry has no plugin loaded: the base items only).
    pub(crate) fn checklist_of(&self, industry: &str) -> (Option<String>, Vec<String>) {
        match self.plugins.industry(industry) {
            Some(profile) => (
                Some(profile.version.clone()),
                profile.checklist.iter().map(|item| item.code.clone()).collect(),
            ),
            None => (None, Vec::new()),
        }
    }

    /// The copy entry, the re-review flag and the archive events of a stored patrol.
    async fn record_consequences(
        &self,
        work: &mut Work<'_>,
        record: &PatrolRecord,
        answers: &PatrolAnswers,
        owner: &EnterpriseRecord,
    ) -> Result<(), AppError> {
        let entry = LicenseCopyEntry::patrol_record(
            record.id.get(),
            record.inspected_on,
            &record.findings,
            record.re_review_required,
        );
        license::append_copy_entry(work.tx(), record.license_id, &entry, work.now).await?;
        if record.re_review_required {
            let note = answers
                .findings()
                .into_iter()
                .find(|a| a.code == oversight_domain::patrol::checklist::RE_REVIEW_ITEM)
                .and_then(|a| a.note.clone())
                .unwrap_or_default();
            let review = ReReview::found_on_patrol(record.id, &note, work.now);
            license::require_re_review_of(work.tx(), record.license_id, &review, work.now).await?;
        }
        let findings: Vec<&str> = record.findings.iter().map(String::as_str).collect();
        let fact = PatrolFact::PatrolRecorded {
            patrol_id: record.id,
            inspected_on: record.inspected_on,
            findings: &findings,
            re_review_required: record.re_review_required,
        };
        archive_and_announce(work, record.id, record.license_id, owner, fact);
        if let Some(other) = record.conflict_with {
            let fact = PatrolFact::PatrolConflictDetected {
                patrol_id: record.id,
                other_patrol_id: other,
                inspected_on: record.inspected_on,
            };
            archive_and_announce(work, record.id, record.license_id, owner, fact);
        }
        Ok(())
    }
}

/// The visit key of a stored record (online records share the server's device).
fn visit_key(record: &PatrolRecord) -> VisitKey {
    let (device_id, key) = match &record.offline {
        Some(o) => (o.device_id.clone(), o.idempotency_key.clone()),
        None => (ONLINE.to_owned(), format!("online:{}", record.id)),
    };
    VisitKey {
        idempotency_key: key,
        device_id,
        enterprise_id: record.enterprise_id,
        inspected_on: record.inspected_on,
        inspectors: record.inspectors.clone(),
    }
}

/// The stored record this submission repeats (same key, same visit), if it is a retry; a key
/// used for another visit is refused.
async fn replayed(
    work: &Work<'_>,
    offline: Option<&OfflineRecord>,
    input: &PatrolInput,
    enterprise_id: oversight_domain::EnterpriseId,
) -> Result<Option<PatrolRecord>, AppError> {
    let Some(offline) = offline else { return Ok(None) };
    let Some(stored) = inspection::by_key(work.tx(), &offline.idempotency_key).await? else {
        return Ok(None);
    };
    let mut inspectors = input.inspector_ids.clone();
    inspectors.sort_unstable();
    inspectors.dedup();
    let new = VisitKey {
        idempotency_key: offline.idempotency_key.clone(),
        device_id: offline.device_id.clone(),
        enterprise_id,
        inspected_on: input.inspected_on,
        inspectors,
    };
    let existing = [visit_key(&stored)];
    match detect_conflict(&existing, &new) {
        Visit::Replay(_) if stored.kind == PatrolKind::Patrol => Ok(Some(stored)),
        _ => Err(AppError::refused(
            Code::IdempotencyKeyReused,
            "offline.idempotencyKey",
            format!("the key was used for another visit (record {})", stored.id),
        )),
    }
}

/// Another device's record of the same visit, if one is stored.
async fn conflict(
    work: &Work<'_>,
    offline: Option<&OfflineRecord>,
    enterprise_id: oversight_domain::EnterpriseId,
    day: NaiveDate,
    inspectors: &[OfficerId],
) -> Result<Option<oversight_domain::PatrolId>, AppError> {
    let stored = inspection::visits_on(work.tx(), enterprise_id, day).await?;
    let existing: Vec<VisitKey> = stored.iter().map(visit_key).collect();
    let new = VisitKey {
        idempotency_key: offline.map_or_else(|| "online:new".to_owned(), |o| o.idempotency_key.clone()),
        device_id: offline.map_or_else(|| ONLINE.to_owned(), |o| o.device_id.clone()),
        enterprise_id,
        inspected_on: day,
        inspectors: inspectors.to_vec(),
    };
    Ok(match detect_conflict(&existing, &new) {
        Visit::Conflict(other) => stored.iter().find(|r| visit_key(r) == *other).map(|r| r.id),
        _ => None,
    })
}
