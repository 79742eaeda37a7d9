//! The officer directory (执法人员): entering officers, changing their tier, industries and name,
//! deactivating them (their tokens are refused from then on), and reading the directory of the
//! caller's authority and those below it. Officers are managed by the head or leader in charge of
//! their own authority or of an authority above it (`access/rules.rs`).

use oversight_domain::access::{Organisation, Tier};
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::industry::IndustryCatalogue;
use oversight_domain::registry::officer::{
    Officer, OfficerChanges, OfficerRefused, OfficerStatus, parse_badge_number, parse_industries,
    parse_officer_name, parse_subject,
};
use oversight_domain::text::parse_text;
use oversight_domain::{AuthorityId, FieldError, OfficerId, RegionCode, ValidationErrors};
use oversight_storage::registry::authority;
use oversight_storage::registry::officer::{
    self as stored, NewOfficer, OfficerCursor, OfficerFilter, OfficerOrder,
};
use oversight_storage::{Executor, StorageError};

use crate::{Action, App, AppError, Code, Page, PageRequest, Principal, Resource, allow};

/// Input of `create_officer`, as the client sent it.
#[derive(Debug, Clone)]
pub struct CreateOfficer {
    pub authority_id: AuthorityId,
    pub name: String,
    pub badge_number: String,
    pub subject: String,
    pub tier: Tier,
    pub industries: Vec<String>,
}

/// Input of `update_officer`: `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct UpdateOfficer {
    pub name: Option<String>,
    pub tier: Option<Tier>,
    pub industries: Option<Vec<String>>,
}

impl From<OfficerRefused> for AppError {
    fn from(refusal: OfficerRefused) -> AppError {
        AppError::Refused { code: Code::OfficerInactive, field: None, message: refusal.to_string() }
    }
}

/// Gathers the results of parsing several fields, so one bad field does not hide the others.
fn all_fields<T>(errors: &mut Vec<FieldError>, result: Result<T, FieldError>) -> Option<T> {
    result.map_err(|error| errors.push(error)).ok()
}

/// The parsed name, badge number, subject and industries of a new officer; every bad field is
/// reported.
pub(crate) fn parse_new_officer(
    catalogue: &IndustryCatalogue,
    input: &CreateOfficer,
) -> Result<(String, String, String, Vec<String>), AppError> {
    let mut errors = Vec::new();
    let name = all_fields(&mut errors, parse_officer_name(&input.name));
    let badge_number = all_fields(&mut errors, parse_badge_number(&input.badge_number));
    let subject = all_fields(&mut errors, parse_subject(&input.subject));
    let industries = all_fields(&mut errors, parse_industries(catalogue, &input.industries));
    match (name, badge_number, subject, industries) {
        (Some(name), Some(badge_number), Some(subject), Some(industries)) => {
            Ok((name, badge_number, subject, industries))
        }
        _ => Err(ValidationErrors(errors).into()),
    }
}

impl App {
    /// Enters an officer in the directory of an authority.
    pub async fn create_officer(
        &self,
        principal: &Principal,
        input: CreateOfficer,
    ) -> Result<Officer, AppError> {
        let (name, badge_number, subject, industries) = parse_new_officer(self.industry_catalogue(), &input)?;
        let mut work = self.begin(principal, Operation::CreateOfficer).await?;
        let seat = authority::by_ids(work.tx(), &[input.authority_id])
            .await?
            .pop()
            .ok_or(AppError::NotFound { what: "authority" })?;
        allow(
            principal,
            Action::CreateOfficer,
            &Resource::Authority { id: seat.id, region: seat.region },
            "authority",
        )?;
        let new = NewOfficer {
            authority_id: seat.id,
            name: &name,
            badge_number: &badge_number,
            subject: &subject,
            tier: input.tier,
            industries: &industries,
        };
        self.check_unique(work.tx(), &subject, &badge_number).await?;
        let officer = match stored::insert(work.tx(), &new, work.now).await {
            // Both were free a moment ago: another request took one meanwhile.
            Err(StorageError::Conflict(_)) => {
                return Err(AppError::concurrent(
                    "an officer with this badge number or subject was entered meanwhile",
                ));
            }
            other => other?,
        };
        work.touch([ObjectRef::of(officer.id), ObjectRef::of(seat.id)]);
        work.commit(None, Some(officer.state())).await?;
        Ok(officer)
    }

    /// Refuses a subject or badge number another officer holds (checked before the insert: on
    /// PostgreSQL a failed insert would abort the transaction).
    async fn check_unique(
        &self,
        x: &impl Executor,
        subject: &str,
        badge_number: &str,
    ) -> Result<(), AppError> {
        if stored::by_subject(x, subject).await?.is_some() {
            return Err(AppError::refused(
                Code::DuplicateSubject,
                "subject",
                format!("an officer with the subject {subject} exists already"),
            ));
        }
        if stored::badge_number_taken(x, badge_number).await? {
            return Err(AppError::refused(
                Code::DuplicateBadgeNumber,
                "badgeNumber",
                format!("an officer with the badge number {badge_number} exists already"),
            ));
        }
        Ok(())
    }

    /// Changes an officer's name, tier or industries.
    pub async fn update_officer(
        &self,
        principal: &Principal,
        id: OfficerId,
        input: UpdateOfficer,
    ) -> Result<Officer, AppError> {
        let mut errors = Vec::new();
        let name = input.name.map(|name| all_fields(&mut errors, parse_officer_name(&name)));
        let catalogue = self.industry_catalogue();
        let industries =
            input.industries.map(|codes| all_fields(&mut errors, parse_industries(catalogue, &codes)));
        if !errors.is_empty() {
            return Err(ValidationErrors(errors).into());
        }
        let changes =
            OfficerChanges { name: name.flatten(), tier: input.tier, industries: industries.flatten() };
        let mut work = self.begin(principal, Operation::UpdateOfficer).await?;
        let current = self.officer_for(work.tx(), principal, id, Action::UpdateOfficer).await?;
        let changed = current.update(changes, work.now)?;
        if !stored::save(work.tx(), current.status, &changed).await? {
            return Err(AppError::concurrent("the officer changed meanwhile"));
        }
        work.touch([ObjectRef::of(current.id), ObjectRef::of(current.authority_id)]);
        work.commit(Some(current.state()), Some(changed.state())).await?;
        Ok(changed)
    }

    /// Deactivates an officer for `reason`: their tokens are refused from then on.
    pub async fn deactivate_officer(
        &self,
        principal: &Principal,
        id: OfficerId,
        reason: &str,
    ) -> Result<Officer, AppError> {
        let reason = parse_text("reason", reason, 2, 500, true)?;
        let mut work = self.begin(principal, Operation::DeactivateOfficer).await?;
        let current = self.officer_for(work.tx(), principal, id, Action::DeactivateOfficer).await?;
        let changed = current.deactivate(reason, work.now)?;
        if !stored::save(work.tx(), current.status, &changed).await? {
            return Err(AppError::concurrent("the officer changed meanwhile"));
        }
        work.touch([ObjectRef::of(current.id), ObjectRef::of(current.authority_id)]);
        work.commit(Some(current.state()), Some(changed.state())).await?;
        Ok(changed)
    }

    /// The officer `id`, if the policy lets the caller take `action` on it; outside the caller's
    /// reach it is not found.
    /// Records that an officer is recused (回避) from an enterprise — kin, a former employer —
    /// so that the officer inspects it on no patrol or follow-up visit (docs/adr/0022 decision
    /// 25); by the officer's leadership, as changing the entry. The enterprise must be within the
    /// caller's reach.
    pub async fn record_officer_recusal(
        &self,
        principal: &Principal,
        id: OfficerId,
        enterprise_id: oversight_domain::EnterpriseId,
        reason: &str,
    ) -> Result<Officer, AppError> {
        let reason = parse_text("reason", reason, 2, 500, true)?;
        let mut work = self.begin(principal, Operation::RecordOfficerRecusal).await?;
        let officer = self.officer_for(work.tx(), principal, id, Action::RecordOfficerRecusal).await?;
        let owner = oversight_storage::registry::enterprise::by_id(work.tx(), enterprise_id)
            .await?
            .ok_or(AppError::NotFound { what: "enterprise" })?;
        let resource = Resource::Enterprise { id: owner.id, region: owner.base.region };
        allow(principal, Action::ReadRegistry, &resource, "enterprise")?;
        match stored::insert_recusal(work.tx(), id, owner.id, &reason, &principal.subject, work.now).await {
            Err(StorageError::Conflict(_)) => {
                return Err(AppError::refused(
                    Code::RecusalExists,
                    "enterpriseId",
                    format!("officer {id} is already recused from enterprise {}", owner.id),
                ));
            }
            other => other?,
        }
        work.touch([ObjectRef::of(officer.id), ObjectRef::of(owner.id)]);
        let state = serde_json::json!({ "recusedFrom": owner.id, "reason": reason });
        work.commit(None, Some(state)).await?;
        Ok(officer)
    }

    async fn officer_for(
        &self,
        x: &impl Executor,
        principal: &Principal,
        id: OfficerId,
        action: Action,
    ) -> Result<Officer, AppError> {
        let not_found = || AppError::NotFound { what: "officer" };
        let officer = stored::by_ids(x, None, &[id]).await?.pop().ok_or_else(not_found)?;
        let seat = authority::by_ids(x, &[officer.authority_id]).await?.pop().ok_or_else(not_found)?;
        allow(principal, action, &Resource::Officer { authority_region: seat.region }, "officer")?;
        Ok(officer)
    }

    /// The officers of the authorities inside the caller's jurisdiction, filtered, in `order`.
    pub async fn officers(
        &self,
        principal: &Principal,
        filter: &OfficerFilter,
        order: (OfficerOrder, bool),
        request: &PageRequest<OfficerCursor>,
    ) -> Result<Page<Officer>, AppError> {
        let range = officer_range(principal)?;
        Ok(stored::page(&self.store, range, filter, order, request).await?)
    }

    /// How many officers of the directory the caller reads match the filter.
    pub async fn count_officers(
        &self,
        principal: &Principal,
        filter: &OfficerFilter,
    ) -> Result<u64, AppError> {
        let range = officer_range(principal)?;
        Ok(stored::count(&self.store, range, filter).await?)
    }

    /// Officers by id, those outside the caller's reach left out (the loader's batch read).
    pub async fn officers_by_ids(
        &self,
        principal: &Principal,
        ids: &[OfficerId],
    ) -> Result<Vec<Officer>, AppError> {
        let range = officer_range(principal)?;
        Ok(stored::by_ids(&self.store, range, ids).await?)
    }

    /// The directory officers behind these subjects (who opened, lodged, decided …), one
    /// statement for the whole batch; subjects that are not officers (an enterprise user, an
    /// institution's system, the platform) have none. Scope: an officer is visible to whoever
    /// can see the record that names them, so this read is not scoped by jurisdiction — its
    /// callers pass only subjects taken from records the caller was already allowed to read.
    pub async fn officers_by_subjects(
        &self,
        _principal: &Principal,
        subjects: &[String],
    ) -> Result<Vec<Officer>, AppError> {
        Ok(stored::by_subjects(&self.store, subjects).await?)
    }

    /// The officer the caller's token resolved to: an officer role whose subject is in the
    /// directory.
    pub async fn officer_of(&self, principal: &Principal) -> Result<Option<Officer>, AppError> {
        if principal.role.officer_level().is_none() {
            return Ok(None);
        }
        Ok(stored::by_subject(&self.store, &principal.subject).await?)
    }
}

/// The region range of the authorities whose officers the caller reads (`None`: all of them).
pub(crate) fn officer_range(principal: &Principal) -> Result<Option<(String, String)>, AppError> {
    allow(principal, Action::ReadOfficers, &Resource::None, "officer")?;
    match &principal.organisation {
        Organisation::Authority { region, .. } if *region == RegionCode::NATION => Ok(None),
        Organisation::Authority { region, .. } => Ok(Some(region.range())),
        _ => Err(AppError::NotFound { what: "officer" }),
    }
}

/// How a token's officer, when the directory has one, bears on the principal: an inactive
/// officer's token is refused; one that names another authority than the officer's is not the
/// officer's; the tier is the directory's (a change of tier takes effect at once).
pub(crate) fn check_officer(officer: &Officer, authority_id: AuthorityId) -> Result<Tier, AppError> {
    if officer.status == OfficerStatus::Inactive {
        return Err(AppError::Unauthenticated {
            code: Code::OfficerInactive,
            message: format!("officer {} ({}) is inactive", officer.name, officer.badge_number),
        });
    }
    if officer.authority_id != authority_id {
        return Err(AppError::Unauthenticated {
            code: Code::InvalidToken,
            message: format!("the token's subject is an officer of authority:{}", officer.authority_id),
        });
    }
    Ok(officer.tier)
}
