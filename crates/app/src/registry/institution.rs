//! Testing institutions (承检机构): entered with their accreditation (CMA/CNAS numbers,
//! validity, industries in scope), re-accredited and suspended by provincial and national
//! officers; and their API keys, shown once at creation, stored as an Argon2id hash, scoped to
//! one institution and revocable.

use oversight_domain::ErrorCode;
use oversight_domain::RegionCode;
use oversight_domain::text::parse_text;
use oversight_domain::{ApiKeyId, InstitutionId};
use oversight_storage::StorageError;
use oversight_storage::registry::institution::{self as stored, InstitutionReach, NewApiKey};

use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::registry::institution::{
    Accreditation, Institution, InstitutionRefused, RawAccreditation,
};

use crate::identity::{CreatedApiKey, new_api_key};
use crate::{
    Action, ApiKeyRecord, App, AppError, Code, InstitutionCursor, InstitutionOrder, InstitutionRecord, Page,
    PageRequest, Principal, Resource, allow,
};

/// Input of `create_institution`.
#[derive(Debug, Clone)]
pub struct NewInstitution {
    pub name: String,
    pub region_code: String,
    pub accreditation: RawAccreditation,
}

impl From<InstitutionRefused> for AppError {
    fn from(refusal: InstitutionRefused) -> AppError {
        let (code, field) = match refusal {
            InstitutionRefused::Suspended => (Code::InstitutionSuspended, "institutionId"),
            InstitutionRefused::NotAccredited | InstitutionRefused::OutsideScope { .. } => {
                (Code::OutsideAccreditedScope, "industry")
            }
            InstitutionRefused::OutsideValidity { .. } => (Code::OutsideAccreditationValidity, "validFrom"),
        };
        AppError::refused(code, field, refusal.to_string())
    }
}

/// The state an audit record keeps of an institution.
fn state(record: &InstitutionRecord) -> serde_json::Value {
    serde_json::json!({
        "name": record.name,
        "region": record.region.as_str(),
        "status": record.state.status.as_str(),
        "accreditation": record.state.accreditation,
        "suspensionReason": record.state.suspension_reason,
    })
}

/// Only the national authority marks (or unmarks) a national testing centre
/// (国家产品质量检验检测中心, ADR 0009 decision 21): the mark lets every province designate the
/// institution, so no one province may give it.
fn check_national_centre(
    principal: &Principal,
    was: bool,
    accreditation: &Accreditation,
) -> Result<(), AppError> {
    if accreditation.national_centre == was
        || principal.role == oversight_domain::access::Role::NationalOfficer
    {
        return Ok(());
    }
    Err(AppError::refused(
        Code::NationalCentreByNation,
        "accreditation.nationalCentre",
        "only the national authority marks or unmarks a national testing centre",
    ))
}

impl App {
    /// Enters a testing institution with its accreditation, at a place in the caller's
    /// jurisdiction (provincial and national officers).
    pub async fn create_institution(
        &self,
        principal: &Principal,
        input: NewInstitution,
    ) -> Result<InstitutionRecord, AppError> {
        let name = parse_text("name", &input.name, 2, 100, false)?;
        let region = RegionCode::parse(&input.region_code)?;
        let accreditation = Accreditation::parse(self.industry_catalogue(), &input.accreditation)?;
        allow(principal, Action::CreateInstitution, &Resource::Region(region), "region")?;
        check_national_centre(principal, false, &accreditation)?;
        let mut work = self.begin(principal, Operation::CreateInstitution).await?;
        let record = match stored::insert_institution(
            work.tx(),
            &name,
            region,
            Some(&accreditation),
            work.now,
        )
        .await
        {
            Err(StorageError::Conflict(_)) => {
                return Err(AppError::refused(
                    Code::Domain(ErrorCode::InvalidText),
                    "name",
                    format!("an institution named {name} exists already"),
                ));
            }
            other => other?,
        };
        work.touch([ObjectRef::of(record.id)]);
        work.commit(None, Some(state(&record))).await?;
        Ok(record)
    }

    /// Records an institution's new accreditation (a renewal, a change of scope).
    pub async fn accredit_institution(
        &self,
        principal: &Principal,
        institution_id: InstitutionId,
        accreditation: RawAccreditation,
    ) -> Result<InstitutionRecord, AppError> {
        let accreditation = Accreditation::parse(self.industry_catalogue(), &accreditation)?;
        let current = self.institution_as(principal, institution_id, Action::AccreditInstitution).await?;
        let was_national = current.state.accreditation.as_ref().is_some_and(|a| a.national_centre);
        check_national_centre(principal, was_national, &accreditation)?;
        let next = current.state.accredit(accreditation)?;
        self.save_institution(principal, Operation::AccreditInstitution, current, next).await
    }

    /// Suspends an institution for `reason`: it is not designated again.
    pub async fn suspend_institution(
        &self,
        principal: &Principal,
        institution_id: InstitutionId,
        reason: &str,
    ) -> Result<InstitutionRecord, AppError> {
        let reason = parse_text("reason", reason, 2, 500, true)?;
        let current = self.institution_as(principal, institution_id, Action::SuspendInstitution).await?;
        let next = current.state.suspend(reason, crate::now())?;
        self.save_institution(principal, Operation::SuspendInstitution, current, next).await
    }

    /// One unit of work saving an institution's next state by compare-and-set on its status.
    async fn save_institution(
        &self,
        principal: &Principal,
        operation: Operation,
        current: InstitutionRecord,
        next: Institution,
    ) -> Result<InstitutionRecord, AppError> {
        let mut work = self.begin(principal, operation).await?;
        if !stored::save_institution(work.tx(), current.id, current.state.status, &next).await? {
            return Err(AppError::concurrent("the institution changed meanwhile"));
        }
        let changed = InstitutionRecord { state: next, ..current.clone() };
        work.touch([ObjectRef::of(current.id)]);
        work.commit(Some(state(&current)), Some(state(&changed))).await?;
        Ok(changed)
    }

    /// The institution, if the policy lets the caller take `action` on it (outside the caller's
    /// reach it is not found).
    async fn institution_as(
        &self,
        principal: &Principal,
        institution_id: InstitutionId,
        action: Action,
    ) -> Result<InstitutionRecord, AppError> {
        let institution = stored::institutions_by_ids(&self.store, &[institution_id])
            .await?
            .pop()
            .ok_or(AppError::NotFound { what: "institution" })?;
        let resource = Resource::Institution { id: institution.id, region: institution.region };
        allow(principal, action, &resource, "institution")?;
        Ok(institution)
    }

    /// Creates an API key for an institution; the returned key is shown once.
    pub async fn create_api_key(
        &self,
        principal: &Principal,
        institution_id: InstitutionId,
        label: &str,
    ) -> Result<CreatedApiKey, AppError> {
        let label = parse_text("label", label, 1, 100, false)?;
        let institution = self.institution_as(principal, institution_id, Action::ManageApiKeys).await?;
        let (key, public_id, secret_hash) =
            tokio::task::spawn_blocking(new_api_key).await.map_err(|_| AppError::Refused {
                code: Code::Internal,
                field: None,
                message: "key generation was interrupted".to_owned(),
            })??;
        let mut work = self.begin(principal, Operation::CreateApiKey).await?;
        let new = NewApiKey {
            institution_id: institution.id,
            public_id: &public_id,
            secret_hash: &secret_hash,
            label: &label,
            created_by: &principal.subject,
        };
        let record = stored::insert_api_key(work.tx(), &new, work.now).await?;
        // The audit keeps who created which key for whom; never the secret or its hash.
        let after = serde_json::json!({ "publicId": record.public_id, "label": record.label, "institutionId": institution.id });
        work.touch([ObjectRef::of(record.id), ObjectRef::of(institution.id)]);
        work.commit(None, Some(after)).await?;
        Ok(CreatedApiKey { record, key })
    }

    /// Revokes an API key; it stops working at once on this server.
    pub async fn revoke_api_key(
        &self,
        principal: &Principal,
        api_key_id: ApiKeyId,
    ) -> Result<ApiKeyRecord, AppError> {
        let record = stored::api_key_by_id(&self.store, api_key_id)
            .await?
            .ok_or(AppError::NotFound { what: "API key" })?;
        self.institution_as(principal, record.institution_id, Action::ManageApiKeys).await?;
        let mut work = self.begin(principal, Operation::RevokeApiKey).await?;
        let now = work.now;
        if !stored::revoke_api_key(work.tx(), api_key_id, now).await? {
            return Err(AppError::Refused {
                code: Code::Forbidden,
                field: None,
                message: "the API key is already revoked".to_owned(),
            });
        }
        work.touch([ObjectRef::of(api_key_id), ObjectRef::of(record.institution_id)]);
        let before = serde_json::json!({ "publicId": record.public_id, "revoked": false });
        let after = serde_json::json!({ "publicId": record.public_id, "revoked": true });
        work.commit(Some(before), Some(after)).await?;
        Ok(ApiKeyRecord { revoked_at: Some(now), ..record })
    }

    /// The keys of an institution (never their secrets).
    pub async fn api_keys_of(
        &self,
        principal: &Principal,
        institution_id: InstitutionId,
    ) -> Result<Vec<ApiKeyRecord>, AppError> {
        self.institution_as(principal, institution_id, Action::ManageApiKeys).await?;
        Ok(stored::api_keys_of(&self.store, institution_id).await?)
    }

    /// API keys by id: those of the institutions whose keys the caller manages (provincial and
    /// national officers, inside their jurisdiction); the others are not found.
    pub async fn api_keys_by_ids(
        &self,
        principal: &Principal,
        ids: &[ApiKeyId],
    ) -> Result<Vec<ApiKeyRecord>, AppError> {
        // Asked about an institution seated at the caller's own region, the policy answers for
        // every institution inside its jurisdiction; a caller without one is refused.
        let jurisdiction = principal.jurisdiction();
        let seat = jurisdiction
            .map_or(Resource::None, |region| Resource::Institution { id: InstitutionId::new(0), region });
        allow(principal, Action::ManageApiKeys, &seat, "API key")?;
        let Some(jurisdiction) = jurisdiction else {
            return Ok(Vec::new());
        };
        Ok(stored::api_keys_by_ids(&self.store, jurisdiction.range(), ids).await?)
    }

    /// A page of the institutions inside the caller's jurisdiction (officers), or its own, in
    /// `order`; nothing for anyone else.
    pub async fn institutions(
        &self,
        principal: &Principal,
        order: (InstitutionOrder, bool),
        request: &PageRequest<InstitutionCursor>,
    ) -> Result<Page<InstitutionRecord>, AppError> {
        let Some(reach) = institution_reach(principal) else {
            return Ok(Page { items: Vec::new(), has_previous_page: false, has_next_page: false });
        };
        Ok(stored::page(&self.store, &reach, order, request).await?)
    }

    /// How many institutions `institutions` pages through.
    pub async fn count_institutions(&self, principal: &Principal) -> Result<u64, AppError> {
        let Some(reach) = institution_reach(principal) else {
            return Ok(0);
        };
        Ok(stored::count(&self.store, &reach).await?)
    }
}

/// The institutions a caller lists: an officer those seated in its jurisdiction, an institution
/// itself; `None` for everyone else, who lists none.
fn institution_reach(principal: &Principal) -> Option<InstitutionReach> {
    use oversight_domain::access::Organisation;
    match &principal.organisation {
        Organisation::Authority { region, .. } => Some(InstitutionReach::Within(region.range())),
        Organisation::Institution { id, .. } => Some(InstitutionReach::One(*id)),
        _ => None,
    }
}
