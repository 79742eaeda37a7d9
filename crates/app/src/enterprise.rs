//! Registering enterprises and keeping their base data (§二(一)) current.

use oversight_domain::archive::ArchiveEvent;
use oversight_domain::enterprise::{NewEnterprise, RawBaseData};
use oversight_storage::{StorageError, archive, enterprise};

use crate::audit;
use crate::{Action, App, AppError, Code, EnterpriseRecord, Principal, Resource, allow, now};

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
        let now = now();
        let tx = self.store.begin().await?;
        if enterprise::by_credit_code(&tx, &crate::Scope::Everything, &new.credit_code).await?.is_some() {
            return Err(duplicate_credit_code(&new));
        }
        let record = match enterprise::insert(&tx, &new, now).await {
            Err(StorageError::Conflict(_)) => return Err(duplicate_credit_code(&new)),
            other => other?,
        };
        archive::append(&tx, record.id, None, &ArchiveEvent::enterprise_registered(&new), now, now).await?;
        let objects = vec![format!("enterprise:{}", record.id)];
        let after = Some(audit::enterprise_state(&record));
        audit::record(&tx, audit::entry("registerEnterprise", principal, objects, None, after)).await?;
        tx.commit().await?;
        Ok(record)
    }

    /// Changes the given fields of an enterprise's base data; absent fields stay.
    /// A patch that changes nothing writes nothing.
    pub async fn update_enterprise_base_data(
        &self,
        principal: &Principal,
        enterprise_id: i64,
        patch: RawBaseData,
    ) -> Result<EnterpriseRecord, AppError> {
        let now = now();
        let tx = self.store.begin().await?;
        let current =
            enterprise::by_id(&tx, enterprise_id).await?.ok_or(AppError::NotFound { what: "enterprise" })?;
        let resource = Resource::Enterprise { id: current.id, region: current.base.region };
        allow(principal, Action::UpdateEnterpriseBaseData, &resource, "enterprise")?;
        let (base, changed) = current.base.apply(patch)?;
        if changed.is_empty() {
            return Ok(current);
        }
        if base.region != current.base.region {
            // Moving an enterprise is registering it in the new place: only an
            // officer whose jurisdiction holds the new region may do it.
            allow(principal, Action::RegisterEnterprise, &Resource::Region(base.region), "region")?;
        }
        let record = enterprise::update_base(&tx, enterprise_id, &base, now).await?;
        archive::append(&tx, enterprise_id, None, &ArchiveEvent::base_data_updated(&changed), now, now)
            .await?;
        let objects = vec![format!("enterprise:{enterprise_id}")];
        let (before, after) =
            (Some(audit::enterprise_state(&current)), Some(audit::enterprise_state(&record)));
        audit::record(&tx, audit::entry("updateEnterpriseBaseData", principal, objects, before, after))
            .await?;
        tx.commit().await?;
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
