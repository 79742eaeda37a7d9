//! The dashboard (看板, issue 12 item 8): grouped counts over the caller's read scope, each one
//! aggregate statement, computed only for the figures a query asks for.

use oversight_domain::access::{Principal, Resource, Scope};
use oversight_domain::registry::region::RegionLevel;
use oversight_domain::reporting::{ConclusionCounts, Period};
use oversight_storage::reporting::{self as store, LicenseCount, RegionCount, TaskCount};

use crate::{Action, App, AppError, allow};

/// What a dashboard counts over: the caller's read scope, the region level its regional figures
/// are grouped at, and the day statuses and overdue deadlines are judged on.
#[derive(Debug, Clone)]
pub struct Dashboard {
    scope: Scope,
    level: RegionLevel,
    today: chrono::NaiveDate,
}

impl Dashboard {
    pub fn level(&self) -> RegionLevel {
        self.level
    }
}

/// The periodic samples of one industry by the conclusion of their current verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndustryVerdicts {
    pub industry: String,
    pub counts: ConclusionCounts,
}

impl App {
    /// Opens a dashboard for the caller (officers and auditors), grouping regional figures at
    /// `level`.
    pub fn dashboard(&self, principal: &Principal, level: RegionLevel) -> Result<Dashboard, AppError> {
        allow(principal, Action::ReadDashboard, &Resource::None, "dashboard")?;
        let scope = oversight_domain::access::read_scope(principal);
        Ok(Dashboard { scope, level, today: self.today() })
    }

    /// Licenses by region, industry and status (as of today).
    pub async fn dashboard_licenses(&self, dashboard: &Dashboard) -> Result<Vec<LicenseCount>, AppError> {
        let digits = dashboard.level.prefix_digits();
        Ok(store::license_counts(&self.store, &dashboard.scope, digits, dashboard.today).await?)
    }

    /// Testing tasks by industry and status.
    pub async fn dashboard_tasks(&self, dashboard: &Dashboard) -> Result<Vec<TaskCount>, AppError> {
        Ok(store::task_counts(&self.store, &dashboard.scope).await?)
    }

    /// Periodic samples taken in the period, per industry, by conclusion (with their pass rate).
    pub async fn dashboard_verdicts(
        &self,
        dashboard: &Dashboard,
        from: Option<chrono::NaiveDate>,
        to: Option<chrono::NaiveDate>,
    ) -> Result<(Period, Vec<IndustryVerdicts>), AppError> {
        let period = Period::parse(from, to, dashboard.today)?;
        let rows = store::verdict_counts(&self.store, &dashboard.scope, period.from, period.to).await?;
        let mut industries: Vec<IndustryVerdicts> = Vec::new();
        for row in rows {
            // Rows come ordered by industry, so each industry's rows are adjacent.
            match industries.last_mut() {
                Some(last) if last.industry == row.industry => last.counts.add(row.conclusion, row.count),
                _ => {
                    let mut counts = ConclusionCounts::default();
                    counts.add(row.conclusion, row.count);
                    industries.push(IndustryVerdicts { industry: row.industry, counts });
                }
            }
        }
        Ok((period, industries))
    }

    /// Rectifications running past their deadline, by region.
    pub async fn dashboard_overdue_rectifications(
        &self,
        dashboard: &Dashboard,
    ) -> Result<Vec<RegionCount>, AppError> {
        let digits = dashboard.level.prefix_digits();
        Ok(store::overdue_rectifications(&self.store, &dashboard.scope, digits, dashboard.today).await?)
    }
}
