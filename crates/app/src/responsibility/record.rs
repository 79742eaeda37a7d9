//! Commendation and accountability records (表彰奖励 / 追究责任, §四): drafted by an authority's head
//! or leader in charge about a unit below it or a person of it or below, with grounds linked to
//! the records — an agreement target's live reading frozen at drafting — withdrawn as a draft,
//! issued and annulled by the head alone; and the reads, scoped so that a draft stays with its
//! authority and an issued record is seen by its subject and the tiers above. docs/adr/0039.

use oversight_domain::access::Organisation;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::linkage::notice::Seat;
use oversight_domain::registry::region::RegionCode;
use oversight_domain::responsibility::agreement::{AgreementStatus, TargetKind};
use oversight_domain::responsibility::assignment::WorkRef;
use oversight_domain::responsibility::record::{
    DraftSpec, Ground, GroundContradicts, GroundKind, GroundReading, Place, RawGround, Record, RecordRefused,
    SubjectKind, SubjectRefused, check_draft, check_reading, check_subject, parse_issuance, parse_reason,
};
use oversight_domain::{
    AuthorityId, OfficerId, RectificationId, ResponsibilityAgreementId, ResponsibilityRecordId,
};
use oversight_storage::registry::officer;
use oversight_storage::responsibility::assignment;
use oversight_storage::responsibility::record::{
    self as store, NewRecord, RecordFilter, RecordScope, StoredRecord,
};

use super::{own_authority, tier_scope};
use crate::linkage::seats;
use crate::work::Work;
use crate::{Action, App, AppError, Code, Page, PageRequest, Principal, Resource, allow};

/// A record as its drafter asks it: the spec, and who it names — an authority for a unit, an
/// officer for a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftRecord {
    pub spec: DraftSpec,
    pub subject_authority_id: Option<AuthorityId>,
    pub subject_officer_id: Option<OfficerId>,
}

impl From<RecordRefused> for AppError {
    fn from(refusal: RecordRefused) -> AppError {
        AppError::refused(Code::IllegalResponsibilityRecordTransition, "recordId", refusal.to_string())
    }
}

impl From<SubjectRefused> for AppError {
    fn from(refusal: SubjectRefused) -> AppError {
        AppError::refused(Code::RecordSubjectNotBelow, "subject", refusal.to_string())
    }
}

impl From<GroundContradicts> for AppError {
    fn from(refusal: GroundContradicts) -> AppError {
        AppError::refused(Code::GroundContradictsRecord, "grounds", refusal.to_string())
    }
}

impl App {
    /// Drafts a record: the caller's authority's head or leader in charge, about a unit strictly
    /// below it or a person of it or below (never oneself), each ground found inside its
    /// jurisdiction and an agreement target's reading agreeing with the kind.
    pub async fn draft_responsibility_record(
        &self,
        principal: &Principal,
        input: &DraftRecord,
    ) -> Result<StoredRecord, AppError> {
        let spec = check_draft(&input.spec)?;
        let own = own_authority(principal, Action::DraftResponsibilityRecord)?;
        let jurisdiction = principal.jurisdiction().unwrap_or(RegionCode::NATION);
        // The row's roles and signature first: a caller who drafts nothing learns nothing of
        // the grounds.
        allow(
            principal,
            Action::DraftResponsibilityRecord,
            &Resource::Authority { id: own, region: jurisdiction },
            "authority",
        )?;
        let readings = self.agreement_readings(principal, &spec, jurisdiction).await?;
        let mut work = self.begin(principal, Operation::DraftResponsibilityRecord).await?;
        let (recorder, subject, officer_id) = subject_of(&work, principal, own, input).await?;
        let grounds = grounds_in(&work, &spec.grounds, readings, recorder.region).await?;
        let new = NewRecord {
            kind: spec.kind,
            measure: spec.measure,
            summary: &spec.summary,
            recorder: (recorder.id, recorder.region),
            subject_kind: spec.subject_kind,
            subject: (subject.id, subject.region),
            subject_officer_id: officer_id,
            grounds: &grounds,
            drafted_on: work.today,
            drafted_by: &work.principal().subject,
        };
        let record = store::insert(work.tx(), &new, work.now).await?;
        touch(&mut work, &record.record);
        work.commit(None, Some(record.record.state())).await?;
        Ok(record)
    }

    /// Withdraws a draft: the recording authority's head or leader in charge.
    pub async fn withdraw_responsibility_record(
        &self,
        principal: &Principal,
        id: ResponsibilityRecordId,
    ) -> Result<StoredRecord, AppError> {
        let work = self.begin(principal, Operation::WithdrawResponsibilityRecord).await?;
        let current = record_for(&work, principal, id, Action::WithdrawResponsibilityRecord).await?;
        let next = current.record.withdrawn(work.today)?;
        step(work, current, next).await
    }

    /// Issues a draft under its document number (文号) and day: the recording authority's head.
    pub async fn issue_responsibility_record(
        &self,
        principal: &Principal,
        id: ResponsibilityRecordId,
        document_number: &str,
        issued_on: chrono::NaiveDate,
    ) -> Result<StoredRecord, AppError> {
        let work = self.begin(principal, Operation::IssueResponsibilityRecord).await?;
        let current = record_for(&work, principal, id, Action::IssueResponsibilityRecord).await?;
        let issuance = parse_issuance(document_number, issued_on, current.record.drafted_on, work.today)?;
        let next = current.record.issued(issuance)?;
        step(work, current, next).await
    }

    /// Annuls an issued record with the reason (overturned, reconsidered): the recording
    /// authority's head. The record stays, annulled, where it was seen.
    pub async fn annul_responsibility_record(
        &self,
        principal: &Principal,
        id: ResponsibilityRecordId,
        reason: &str,
    ) -> Result<StoredRecord, AppError> {
        let reason = parse_reason(reason)?;
        let work = self.begin(principal, Operation::AnnulResponsibilityRecord).await?;
        let current = record_for(&work, principal, id, Action::AnnulResponsibilityRecord).await?;
        let next = current.record.annulled(reason, work.today)?;
        step(work, current, next).await
    }

    /// The records the caller reads, newest first.
    pub async fn responsibility_records(
        &self,
        principal: &Principal,
        filter: &RecordFilter,
        request: &PageRequest<i64>,
    ) -> Result<Page<StoredRecord>, AppError> {
        Ok(store::page(&self.store, &read_scope(principal)?, filter, request).await?)
    }

    /// How many records `responsibility_records` pages through.
    pub async fn count_responsibility_records(
        &self,
        principal: &Principal,
        filter: &RecordFilter,
    ) -> Result<u64, AppError> {
        Ok(store::count(&self.store, &read_scope(principal)?, filter).await?)
    }

    /// The records with these ids the caller reads (the loader and `node(id:)`).
    pub async fn responsibility_records_by_ids(
        &self,
        principal: &Principal,
        ids: &[ResponsibilityRecordId],
    ) -> Result<Vec<StoredRecord>, AppError> {
        Ok(store::by_ids(&self.store, &read_scope(principal)?, ids).await?)
    }

    /// The reading of every agreement target cited, on the day drafted, keyed by agreement and
    /// target: the agreement read in the caller's scope and bound inside its jurisdiction
    /// (otherwise not found), signed, the target on it, its value agreeing with the kind.
    /// Counted before the unit of work, with the agreements' own live values.
    async fn agreement_readings(
        &self,
        principal: &Principal,
        spec: &DraftSpec,
        jurisdiction: RegionCode,
    ) -> Result<Vec<(i64, TargetKind, GroundReading)>, AppError> {
        let cited: Vec<(ResponsibilityAgreementId, TargetKind)> = spec
            .grounds
            .iter()
            .filter_map(|g| g.target_kind.map(|t| (ResponsibilityAgreementId::new(g.id), t)))
            .collect();
        if cited.is_empty() {
            return Ok(Vec::new());
        }
        let ids: Vec<_> = cited.iter().map(|(id, _)| *id).collect();
        let agreements = self.responsibility_agreements_by_ids(principal, &ids).await?;
        let values = self.responsibility_agreement_values(principal, &ids).await?;
        let mut readings = Vec::new();
        for (id, kind) in cited {
            let agreement = agreements
                .iter()
                .map(|a| &a.agreement)
                .find(|a| a.id == id && jurisdiction.contains(&a.counterpart_region))
                .ok_or(AppError::NotFound { what: "agreement target" })?;
            let target = agreement
                .targets
                .iter()
                .find(|t| t.kind == kind)
                .ok_or(AppError::NotFound { what: "agreement target" })?;
            if agreement.status != AgreementStatus::Signed {
                return Err(GroundContradicts::NotSigned.into());
            }
            let value = values.iter().find(|v| v.id == id);
            let reading = value.and_then(|v| v.readings.get(&kind));
            let met = check_reading(spec.kind, reading.and_then(|r| target.met(r)))?;
            let (Some(value), Some(counted_on)) = (reading.and_then(|r| r.value()), value.and_then(|v| v.on))
            else {
                return Err(GroundContradicts::NoValue.into());
            };
            readings.push((
                id.get(),
                kind,
                GroundReading { value, threshold: target.threshold, met, counted_on },
            ));
        }
        Ok(readings)
    }
}

/// The recording authority, the subject's authority and the officer named: the unit's or the
/// person's authority inside the caller's jurisdiction (the policy row), then the tier rule.
async fn subject_of(
    work: &Work<'_>,
    principal: &Principal,
    own: AuthorityId,
    input: &DraftRecord,
) -> Result<(Seat, Seat, Option<OfficerId>), AppError> {
    let (authority_id, officer_id, is_caller) =
        match (input.spec.subject_kind, input.subject_authority_id, input.subject_officer_id) {
            (SubjectKind::Unit, Some(authority_id), None) => (authority_id, None, false),
            (SubjectKind::Person, None, Some(officer_id)) => {
                let person = officer::by_ids(work.tx(), None, &[officer_id])
                    .await?
                    .pop()
                    .ok_or(AppError::NotFound { what: "officer" })?;
                (person.authority_id, Some(person.id), person.subject == principal.subject)
            }
            (kind, _, _) => {
                return Err(AppError::refused(
                    Code::Domain(oversight_domain::error::ErrorCode::InvalidResponsibilityRecord),
                    "subject",
                    format!(
                        "a {kind} subject names {} alone",
                        if kind == SubjectKind::Unit { "subjectAuthorityId" } else { "subjectOfficerId" }
                    ),
                ));
            }
        };
    let [recorder, subject] = <[Seat; 2]>::try_from(seats(work, &[own, authority_id]).await?)
        .map_err(|_| AppError::NotFound { what: "authority" })?;
    allow(
        principal,
        Action::DraftResponsibilityRecord,
        &Resource::Authority { id: subject.id, region: subject.region },
        "authority",
    )?;
    let place = |seat: &Seat| Place { id: seat.id, region: seat.region, open: seat.open };
    check_subject(&place(&recorder), input.spec.subject_kind, &place(&subject), is_caller)?;
    Ok((recorder, subject, officer_id))
}

/// The grounds checked: each record exists and lies inside the recording authority's
/// jurisdiction (otherwise not found, revealing nothing of other places); an agreement target
/// carries the reading counted for it.
async fn grounds_in(
    work: &Work<'_>,
    raw: &[RawGround],
    readings: Vec<(i64, TargetKind, GroundReading)>,
    jurisdiction: RegionCode,
) -> Result<Vec<Ground>, AppError> {
    let mut grounds = Vec::with_capacity(raw.len());
    for ground in raw {
        let reading = match (ground.kind, ground.target_kind) {
            (GroundKind::AgreementTarget, Some(kind)) => readings
                .iter()
                .find(|(id, k, _)| *id == ground.id && *k == kind)
                .map(|(_, _, reading)| reading.clone()),
            _ => None,
        };
        let region = match (ground.kind.work_kind(), ground.kind) {
            (Some(kind), _) => {
                assignment::holder(work.tx(), WorkRef { kind, id: ground.id }).await?.map(|h| h.region)
            }
            (None, GroundKind::Rectification) => {
                store::rectification_region(work.tx(), RectificationId::new(ground.id)).await?
            }
            // Found and placed with its reading, before the unit of work.
            (None, _) => reading.as_ref().map(|_| jurisdiction),
        };
        if !region.is_some_and(|region| jurisdiction.contains(&region)) {
            return Err(AppError::NotFound { what: "ground" });
        }
        grounds.push(Ground {
            kind: ground.kind,
            id: ground.id,
            target_kind: ground.target_kind,
            note: ground.note.clone(),
            reading,
        });
    }
    Ok(grounds)
}

/// The record, once the caller may take `action` on it: outside its read scope it is not found;
/// inside, every step is the recording authority's.
async fn record_for(
    work: &Work<'_>,
    principal: &Principal,
    id: ResponsibilityRecordId,
    action: Action,
) -> Result<StoredRecord, AppError> {
    let scope = read_scope(principal).unwrap_or(RecordScope {
        issued: oversight_storage::responsibility::TierScope::Nothing,
        own_authority: None,
        officer_subject: None,
    });
    let found = store::by_ids(work.tx(), &scope, &[id]).await?.pop();
    let current = found.ok_or(AppError::NotFound { what: "responsibility record" })?;
    let r = &current.record;
    allow(
        principal,
        action,
        &Resource::Authority { id: r.recorder_authority_id, region: r.recorder_region },
        "responsibility record",
    )?;
    Ok(current)
}

/// Saves a step by compare-and-set and records it under the record and its authorities.
async fn step(mut work: Work<'_>, current: StoredRecord, next: Record) -> Result<StoredRecord, AppError> {
    if !store::save(work.tx(), &current, &next, work.now).await? {
        return Err(AppError::concurrent("the responsibility record changed meanwhile"));
    }
    touch(&mut work, &next);
    let before = current.record.state();
    let after = next.state();
    let saved = StoredRecord { record: next, updated_at: work.now, ..current };
    work.commit(Some(before), Some(after)).await?;
    Ok(saved)
}

/// Every write is audited under the record, the recording authority, the subject's authority
/// and the officer named, so each of their trails lists it.
fn touch(work: &mut Work<'_>, record: &Record) {
    let mut objects = vec![
        ObjectRef::of(record.id),
        ObjectRef::of(record.recorder_authority_id),
        ObjectRef::of(record.subject_authority_id),
    ];
    objects.extend(record.subject_officer_id.map(ObjectRef::of));
    work.touch(objects);
}

/// What the caller reads: the issued records about its jurisdiction (the nation: all), an
/// officer's own authority's in every state, and the issued ones naming the officer.
pub(crate) fn read_scope(principal: &Principal) -> Result<RecordScope, AppError> {
    let issued = tier_scope(principal, Action::ReadResponsibilityRecords, "responsibility records")?;
    let officer = principal.role.officer_level().is_some();
    let own_authority = match principal.organisation {
        Organisation::Authority { id, .. } if officer => Some(id),
        _ => None,
    };
    Ok(RecordScope { issued, own_authority, officer_subject: officer.then(|| principal.subject.clone()) })
}
