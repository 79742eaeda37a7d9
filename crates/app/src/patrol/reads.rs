//! Reading patrols and follow-ups: the checklist a patrol of a license answers, the inspection
//! records (the officer's list, the province's filing queues, the enterprise's own), measures
//! and follow-ups by state — each one scoped list with filters — and the loaders' batch reads.

use oversight_domain::checklist::BASE_ITEMS;
use oversight_domain::{FollowUpId, LicenseId, MeasureId, PatrolId};
use oversight_storage::patrol::{follow_up, inspection, measure};
use oversight_storage::registry::license;

use super::{
    FollowUpCursor, FollowUpFilter, FollowUpRecord, MeasureFilter, MeasureRecord, PatrolFilter, PatrolRecord,
};
use crate::{App, AppError, Page, PageRequest, Principal, read_scope};

/// One item of a patrol's checklist, as a device shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistEntry {
    pub code: String,
    pub text_zh: String,
    pub text_en: Option<String>,
    /// The clause the item rests on.
    pub basis: String,
    /// One of the five base items of §二(三) (the rest are the industry plugin's).
    pub base: bool,
}

impl App {
    /// The checklist a patrol of this license answers today: the five base items of §二(三),
    /// then the industry plugin's items of its current version (returned with it).
    pub async fn patrol_checklist(
        &self,
        principal: &Principal,
        license_id: LicenseId,
    ) -> Result<(Option<String>, Vec<ChecklistEntry>), AppError> {
        let scope = read_scope(principal)?;
        let found = license::by_ids(&self.store, &scope, &[license_id]).await?;
        let current = found.into_iter().next().ok_or(AppError::NotFound { what: "license" })?;
        let mut entries: Vec<ChecklistEntry> = BASE_ITEMS
            .iter()
            .map(|item| ChecklistEntry {
                code: item.code.to_owned(),
                text_zh: item.text_zh.to_owned(),
                text_en: Some(item.text_en.to_owned()),
                basis: item.basis.to_owned(),
                base: true,
            })
            .collect();
        let profile = self.plugins.industry(&current.industry);
        for item in profile.map(|p| p.checklist.as_slice()).unwrap_or_default() {
            if entries.iter().any(|e| e.code == item.code) {
                continue;
            }
            entries.push(ChecklistEntry {
                code: item.code.clone(),
                text_zh: item.text_zh.clone(),
                text_en: item.text_en.clone(),
                basis: item.basis.clone(),
                base: false,
            });
        }
        Ok((profile.map(|p| p.version.clone()), entries))
    }

    pub async fn patrol_records(
        &self,
        principal: &Principal,
        filter: &PatrolFilter,
        request: &PageRequest<i64>,
    ) -> Result<Page<PatrolRecord>, AppError> {
        Ok(inspection::page(&self.store, &read_scope(principal)?, filter, request).await?)
    }

    pub async fn count_patrol_records(
        &self,
        principal: &Principal,
        filter: &PatrolFilter,
    ) -> Result<u64, AppError> {
        Ok(inspection::count(&self.store, &read_scope(principal)?, filter).await?)
    }

    pub async fn patrol_records_by_ids(
        &self,
        principal: &Principal,
        ids: &[PatrolId],
    ) -> Result<Vec<PatrolRecord>, AppError> {
        Ok(inspection::by_ids(&self.store, &read_scope(principal)?, ids).await?)
    }

    pub async fn patrol_measures(
        &self,
        principal: &Principal,
        filter: &MeasureFilter,
        request: &PageRequest<i64>,
    ) -> Result<Page<MeasureRecord>, AppError> {
        Ok(measure::page(&self.store, &read_scope(principal)?, filter, request).await?)
    }

    pub async fn count_patrol_measures(
        &self,
        principal: &Principal,
        filter: &MeasureFilter,
    ) -> Result<u64, AppError> {
        Ok(measure::count(&self.store, &read_scope(principal)?, filter).await?)
    }

    pub async fn patrol_measures_by_ids(
        &self,
        principal: &Principal,
        ids: &[MeasureId],
    ) -> Result<Vec<MeasureRecord>, AppError> {
        Ok(measure::by_ids(&self.store, &read_scope(principal)?, ids).await?)
    }

    /// The measures of these patrols (the loader of `PatrolInspection.measures`; the patrols
    /// were read in the caller's scope).
    pub async fn measures_of_patrols(
        &self,
        principal: &Principal,
        ids: &[PatrolId],
    ) -> Result<Vec<MeasureRecord>, AppError> {
        read_scope(principal)?;
        Ok(measure::of_patrols(&self.store, ids).await?)
    }

    /// One page of the follow-ups as they stand today, in deadline order.
    pub async fn follow_ups(
        &self,
        principal: &Principal,
        filter: &FollowUpFilter,
        request: &PageRequest<FollowUpCursor>,
    ) -> Result<Page<FollowUpRecord>, AppError> {
        Ok(follow_up::page(&self.store, &read_scope(principal)?, filter, self.today(), request).await?)
    }

    pub async fn count_follow_ups(
        &self,
        principal: &Principal,
        filter: &FollowUpFilter,
    ) -> Result<u64, AppError> {
        Ok(follow_up::count(&self.store, &read_scope(principal)?, filter, self.today()).await?)
    }

    pub async fn follow_ups_by_ids(
        &self,
        principal: &Principal,
        ids: &[FollowUpId],
    ) -> Result<Vec<FollowUpRecord>, AppError> {
        Ok(follow_up::by_ids(&self.store, &read_scope(principal)?, ids).await?)
    }

    /// Whether a follow-up is due on the supervision calendar's today (derived, never stored).
    pub fn follow_up_due_today(&self, record: &FollowUpRecord) -> bool {
        oversight_domain::patrol::follow_up::follow_up_due(
            record.deadline,
            record.visit_id.is_some(),
            self.today(),
        )
    }
}
