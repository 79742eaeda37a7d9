//! Registering enterprises and keeping their base data (§二(一)) current.

use oversight_domain::EnterpriseId;
use oversight_domain::archive::ArchiveFact;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::registry::enterprise::{NewEnterprise, RawBaseData};
use oversight_storage::{StorageError, registry::enterprise};

use crate::audit;
use crate::{Action, App, AppError, Code, EnterpriseRecord, Principal, Resource, allow};

/// Input of `register_enterprise`, as it arrives from the API.
#[derive(Debug, Clone, Default)]
pub struct RegisterEnterprise {
    pub credit_code: String,
    pub base: RawBaseData,
}

impl App {
    /// Enters a licensed enterprise into the registry and opens its quality archive.
    pub async fn register_enterprise(
        &self,
        principal: &Principal,
        input: RegisterEnterprise,
    ) -> Result<EnterpriseRecord, AppError> {
        let new = NewEnterprise::parse(&input.credit_code, input.base)?;
        allow(principal, Action::RegisterEnterprise, &Resource::Region(new.base.region), "region")?;
        let mut work = self.begin(principal, Operation::RegisterEnterprise).await?;
        if enterprise::by_credit_code(work.tx(), &crate::Scope::Everything, &new.credit_code).await?.is_some()
        {
            return Err(duplicate_credit_code(&new));
        }
        let record = match enterprise::insert(work.tx(), &new, work.now).await {
            Err(StorageError::Conflict(_)) => return Err(duplicate_credit_code(&new)),
            other => other?,
        };
        work.archive(record.id, None, ArchiveFact::EnterpriseRegistered(&new));
        work.touch([ObjectRef::of(record.id)]);
        work.commit(None, Some(audit::enterprise_state(&record))).await?;
        Ok(record)
    }

    /// Changes the given fields of an enterprise's base data; absent fields stay.
    /// A patch that changes nothing writes nothing.
    pub async fn update_enterprise_base_data(
        &self,
        principal: &Principal,
        enterprise_id: EnterpriseId,
        patch: RawBaseData,
    ) -> Result<EnterpriseRecord, AppError> {
        let mut work = self.begin(principal, Operation::UpdateEnterpriseBaseData).await?;
        let current = enterprise::by_id(work.tx(), enterprise_id)
            .await?
            .ok_or(AppError::NotFound { what: "enterprise" })?;
        let resource = Resource::Enterprise { id: current.id, region: current.base.region };
        allow(principal, Action::UpdateEnterpriseBaseData, &resource, "enterprise")?;
        let (base, changed) = current.base.apply(patch)?;
        if changed.is_empty() {
            return Ok(current);
        }
        crate::registry::change_request::check_reviewed_fields(principal, &resource, &changed)?;
        if base.region != current.base.region {
            allow(principal, Action::MoveEnterprise, &Resource::Region(base.region), "region")?;
        }
        let record = enterprise::update_base(work.tx(), enterprise_id, &base, work.now).await?;
        work.archive(enterprise_id, None, ArchiveFact::BaseDataUpdated { changed: &changed });
        work.touch([ObjectRef::of(enterprise_id)]);
        let (before, after) = (audit::enterprise_state(&current), audit::enterprise_state(&record));
        work.commit(Some(before), Some(after)).await?;
        Ok(record)
    }
}

fn duplicate_credit_code(new: &NewEnterprise) -> AppError {
    AppError::refused(
        Code::DuplicateCreditCode,
        "creditCode",
        format!("an enterprise with credit code {} is already registered", new.credit_code.as_str()),
    )
}
