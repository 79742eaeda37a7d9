//! Reading the annual review: review years, the reviewer's queue and the enterprise's own view
//! (one scoped list with filters), report versions and on-site inspections for the loaders, and
//! the province's progress figures.

use oversight_domain::access::Organisation;
use oversight_domain::registry::region::RegionLevel;
use oversight_domain::review::annual::{AnnualReview, ReviewYear};
use oversight_domain::review::report::SelfInspectionReport;
use oversight_domain::{LicenseId, RegionCode, ReviewId, ReviewYearId};
use oversight_storage::review::{annual, progress, report, year};

use super::{InspectionRecord, ProgressCount, ReviewCursor, ReviewFilter, ReviewOrder};
use crate::{App, AppError, Page, PageRequest, Principal, read_scope};

impl App {
    /// The review years the caller may see: its own province's (the nation and the platform's
    /// auditors: every province's), newest first.
    pub async fn review_years(
        &self,
        principal: &Principal,
        request: &PageRequest<i64>,
    ) -> Result<Page<ReviewYear>, AppError> {
        read_scope(principal)?;
        Ok(year::page(&self.store, provinces(principal), request).await?)
    }

    /// How many review years `review_years` pages through.
    pub async fn count_review_years(&self, principal: &Principal) -> Result<u64, AppError> {
        read_scope(principal)?;
        Ok(year::count(&self.store, provinces(principal)).await?)
    }

    pub async fn review_years_by_ids(
        &self,
        principal: &Principal,
        ids: &[ReviewYearId],
    ) -> Result<Vec<ReviewYear>, AppError> {
        read_scope(principal)?;
        let range = provinces(principal);
        let years = year::by_ids(&self.store, ids).await?;
        let visible = |y: &ReviewYear| {
            let code = y.province.to_string();
            range.as_ref().is_none_or(|(low, high)| *low <= code && code <= *high)
        };
        Ok(years.into_iter().filter(visible).collect())
    }

    /// One page of the reviews inside the caller's reach matching `filter`, in `order`.
    pub async fn annual_reviews(
        &self,
        principal: &Principal,
        filter: &ReviewFilter,
        order: (ReviewOrder, bool),
        request: &PageRequest<ReviewCursor>,
    ) -> Result<Page<AnnualReview>, AppError> {
        Ok(annual::page(&self.store, &read_scope(principal)?, filter, order, request).await?)
    }

    pub async fn count_annual_reviews(
        &self,
        principal: &Principal,
        filter: &ReviewFilter,
    ) -> Result<u64, AppError> {
        Ok(annual::count(&self.store, &read_scope(principal)?, filter).await?)
    }

    pub async fn annual_reviews_by_ids(
        &self,
        principal: &Principal,
        ids: &[ReviewId],
    ) -> Result<Vec<AnnualReview>, AppError> {
        Ok(annual::by_ids(&self.store, &read_scope(principal)?, ids).await?)
    }

    /// The reviews of these licenses, newest year first (the loader).
    pub async fn annual_reviews_of_licenses(
        &self,
        principal: &Principal,
        ids: &[LicenseId],
    ) -> Result<Vec<AnnualReview>, AppError> {
        Ok(annual::of_licenses(&self.store, &read_scope(principal)?, ids).await?)
    }

    /// Every report version of these reviews (those inside the caller's reach), newest first.
    pub async fn self_inspection_reports_of(
        &self,
        principal: &Principal,
        ids: &[ReviewId],
    ) -> Result<Vec<SelfInspectionReport>, AppError> {
        let visible = self.visible_reviews(principal, ids).await?;
        Ok(report::of_reviews(&self.store, &visible).await?)
    }

    /// The on-site inspections of these reviews (those inside the caller's reach).
    pub async fn on_site_inspections_of(
        &self,
        principal: &Principal,
        ids: &[ReviewId],
    ) -> Result<Vec<InspectionRecord>, AppError> {
        let visible = self.visible_reviews(principal, ids).await?;
        Ok(report::inspections_of(&self.store, &visible).await?)
    }

    async fn visible_reviews(
        &self,
        principal: &Principal,
        ids: &[ReviewId],
    ) -> Result<Vec<ReviewId>, AppError> {
        Ok(annual::by_ids(&self.store, &read_scope(principal)?, ids)
            .await?
            .into_iter()
            .map(|r| r.id)
            .collect())
    }

    /// The year's progress inside the caller's reach, by region at `level`, industry and status
    /// (overdue counted apart): one grouped statement.
    pub async fn annual_review_progress(
        &self,
        principal: &Principal,
        year_id: ReviewYearId,
        level: RegionLevel,
    ) -> Result<Vec<ProgressCount>, AppError> {
        let scope = read_scope(principal)?;
        Ok(progress::progress(&self.store, &scope, year_id, level.prefix_digits(), self.today()).await?)
    }
}

/// The provinces whose years the caller sees, as a code range; `None`: all of them.
fn provinces(principal: &Principal) -> Option<(String, String)> {
    let seat = match &principal.organisation {
        Organisation::Authority { region, .. } => *region,
        Organisation::Enterprise { region, .. } => *region,
        // Readers without a seat (refused by `read_scope` first) see no province: an empty range.
        _ => return Some((String::new(), String::new())),
    };
    if seat == RegionCode::NATION {
        return None;
    }
    seat.province().map(|p| p.range())
}
