//! Reads. Each is one statement, scoped to what the caller may see; the batch
//! forms (`…_of_each`, `…_by_ids`) exist so the GraphQL layer's DataLoaders answer
//! a whole page with one statement.

use oversight_domain::registry::authority::AuthorityLevel;
use oversight_domain::registry::license_number::LicenseNumber;
use oversight_domain::{ArchiveEventId, AuthorityId, EnterpriseId, LicenseId};
use oversight_domain::{CreditCode, RegionCode};
use oversight_storage::archive::ArchiveFilter;
use oversight_storage::{archive, registry::authority, registry::enterprise, registry::license};

use crate::{
    Action, App, AppError, ArchiveEventRecord, ArchiveKey, AuthorityCursor, AuthorityOrder, AuthorityRecord,
    EnterpriseCursor, EnterpriseFilter, EnterpriseOrder, EnterpriseRecord, LicenseCopyEntryRecord,
    LicenseCursor, LicenseFilter, LicenseOrder, LicenseRecord, Page, PageRequest, Principal, Resource,
    StatusHistoryEntry, allow, read_scope,
};

impl App {
    pub async fn enterprise_by_credit_code(
        &self,
        principal: &Principal,
        code: &str,
    ) -> Result<Option<EnterpriseRecord>, AppError> {
        let code = CreditCode::parse(code)?;
        Ok(enterprise::by_credit_code(&self.store, &read_scope(principal)?, &code).await?)
    }

    pub async fn enterprises_by_ids(
        &self,
        principal: &Principal,
        ids: &[EnterpriseId],
    ) -> Result<Vec<EnterpriseRecord>, AppError> {
        Ok(enterprise::by_ids(&self.store, &read_scope(principal)?, ids).await?)
    }

    /// A page of the enterprises in the caller's reach matching `filter`, in `order`.
    pub async fn enterprises(
        &self,
        principal: &Principal,
        filter: &EnterpriseFilter,
        order: (EnterpriseOrder, bool),
        request: &PageRequest<EnterpriseCursor>,
    ) -> Result<Page<EnterpriseRecord>, AppError> {
        Ok(enterprise::page(&self.store, &read_scope(principal)?, filter, order, request).await?)
    }

    pub async fn count_enterprises(
        &self,
        principal: &Principal,
        filter: &EnterpriseFilter,
    ) -> Result<u64, AppError> {
        Ok(enterprise::count(&self.store, &read_scope(principal)?, filter).await?)
    }

    pub async fn license_by_number(
        &self,
        principal: &Principal,
        number: &str,
    ) -> Result<Option<LicenseRecord>, AppError> {
        let number = LicenseNumber::parse(number)?;
        Ok(license::by_number(&self.store, &read_scope(principal)?, &number).await?)
    }

    /// A page of the licenses in the caller's reach matching `filter`, in `order`.
    pub async fn licenses(
        &self,
        principal: &Principal,
        filter: &LicenseFilter,
        order: (LicenseOrder, bool),
        request: &PageRequest<LicenseCursor>,
    ) -> Result<Page<LicenseRecord>, AppError> {
        Ok(license::page(&self.store, &read_scope(principal)?, filter, order, request).await?)
    }

    /// How many licenses in the caller's reach match `filter`.
    pub async fn count_licenses(
        &self,
        principal: &Principal,
        filter: &LicenseFilter,
    ) -> Result<u64, AppError> {
        Ok(license::count(&self.store, &read_scope(principal)?, filter).await?)
    }

    pub async fn licenses_by_ids(
        &self,
        principal: &Principal,
        ids: &[LicenseId],
    ) -> Result<Vec<LicenseRecord>, AppError> {
        Ok(license::by_ids(&self.store, &read_scope(principal)?, ids).await?)
    }

    pub async fn licenses_of_each(
        &self,
        principal: &Principal,
        enterprise_ids: &[EnterpriseId],
    ) -> Result<Vec<LicenseRecord>, AppError> {
        Ok(license::by_enterprise_ids(&self.store, &read_scope(principal)?, enterprise_ids).await?)
    }

    pub async fn copy_entries_of_each(
        &self,
        principal: &Principal,
        license_ids: &[LicenseId],
    ) -> Result<Vec<LicenseCopyEntryRecord>, AppError> {
        Ok(license::copy_entries_by_license_ids(&self.store, &read_scope(principal)?, license_ids).await?)
    }

    /// The status history of each license (the loader of `License.statusOn`).
    pub async fn status_history_of_each(
        &self,
        principal: &Principal,
        license_ids: &[LicenseId],
    ) -> Result<Vec<StatusHistoryEntry>, AppError> {
        Ok(license::status_history_of_each(&self.store, &read_scope(principal)?, license_ids).await?)
    }

    pub async fn archive(
        &self,
        principal: &Principal,
        enterprise_id: EnterpriseId,
        filter: &ArchiveFilter,
        request: &PageRequest<ArchiveKey>,
    ) -> Result<Page<ArchiveEventRecord>, AppError> {
        Ok(archive::page(&self.store, &read_scope(principal)?, enterprise_id, filter, request).await?)
    }

    pub async fn newest_archive_of_each(
        &self,
        principal: &Principal,
        enterprise_ids: &[EnterpriseId],
        filter: &ArchiveFilter,
        n: u64,
    ) -> Result<Vec<ArchiveEventRecord>, AppError> {
        Ok(archive::newest_of_each(&self.store, &read_scope(principal)?, enterprise_ids, filter, n).await?)
    }

    pub async fn archive_counts_of_each(
        &self,
        principal: &Principal,
        enterprise_ids: &[EnterpriseId],
        filter: &ArchiveFilter,
    ) -> Result<Vec<(EnterpriseId, u64)>, AppError> {
        Ok(archive::counts_of_each(&self.store, &read_scope(principal)?, enterprise_ids, filter).await?)
    }

    pub async fn archive_event_by_id(
        &self,
        principal: &Principal,
        id: ArchiveEventId,
    ) -> Result<Option<ArchiveEventRecord>, AppError> {
        Ok(archive::by_id(&self.store, &read_scope(principal)?, id).await?)
    }

    /// Whether the caller reads registry objects (enterprises, licenses and what hangs off them):
    /// testing institutions do not (their reach is the tasks assigned to them), nor does the
    /// platform.
    pub fn reads_registry(&self, principal: &Principal) -> bool {
        crate::read_scope(principal).is_ok()
    }

    /// Authorities are reference data: every authenticated caller may list them.
    pub async fn authorities(
        &self,
        principal: &Principal,
        within: Option<RegionCode>,
        level: Option<AuthorityLevel>,
        order: (AuthorityOrder, bool),
        request: &PageRequest<AuthorityCursor>,
    ) -> Result<Page<AuthorityRecord>, AppError> {
        allow(principal, Action::ReadReference, &Resource::None, "authority")?;
        Ok(authority::page(&self.store, within.map(|r| r.range()), level, order, request).await?)
    }

    /// How many authorities the `authorities` query matches.
    pub async fn count_authorities(
        &self,
        principal: &Principal,
        within: Option<RegionCode>,
        level: Option<AuthorityLevel>,
    ) -> Result<u64, AppError> {
        allow(principal, Action::ReadReference, &Resource::None, "authority")?;
        Ok(authority::count(&self.store, within.map(|r| r.range()), level).await?)
    }

    pub async fn authorities_by_ids(
        &self,
        principal: &Principal,
        ids: &[AuthorityId],
    ) -> Result<Vec<AuthorityRecord>, AppError> {
        allow(principal, Action::ReadReference, &Resource::None, "authority")?;
        Ok(authority::by_ids(&self.store, ids).await?)
    }

    /// The authority seated at a region (used by the demo seeder and tools).
    pub async fn authority_at(&self, region: &RegionCode) -> Result<Option<AuthorityRecord>, AppError> {
        Ok(authority::by_region(&self.store, region).await?)
    }
}
