//! What compulsory testing is due (step 2 of periodic supervision, §二(四)): for an authority and
//! a window, every license in force in its jurisdiction with a test due in the window or overdue,
//! from the industry plugin's frequency for the default risk class and the record of past samples.
//!
//! The rule is `oversight_domain::testing::due`; this module picks each industry's interval from the
//! loaded plugins, checks the policy, and turns the rule into the anchor thresholds storage
//! filters on, so a page and the totals are one statement each.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use oversight_domain::testing::due::{self, DueSchedule, DueWindow, Interval};
use oversight_domain::{AuthorityId, EnterpriseId, LicenseId};
use oversight_storage::testing::due::{AnchorLimits, DueFilter, DueLicenseRow, DueTotals};
use oversight_storage::{registry::authority, testing::due as store};

use crate::{Action, App, AppError, AuthorityRecord, Page, PageRequest, Principal, Resource, allow};

/// A checked `dueTests` request: the authority, the window and the interval of every industry
/// with a plugin (the others are yearly). Built once per request, shared by page and totals.
#[derive(Debug, Clone)]
pub struct DuePlan {
    pub authority: AuthorityRecord,
    pub window: DueWindow,
    /// Tests a year of each industry with a plugin, for its default risk class.
    frequencies: BTreeMap<String, u32>,
    filter: DueFilter,
}

/// One license in force with its tests due in the window and those overdue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueTest {
    pub license_id: LicenseId,
    pub enterprise_id: EnterpriseId,
    pub industry: String,
    pub issued_on: NaiveDate,
    pub last_sampled: Option<NaiveDate>,
    /// Tests a year of the industry's default risk class (at least one).
    pub times_per_year: u32,
    pub schedule: DueSchedule,
}

impl DuePlan {
    /// Tests a year of an industry: its plugin's default risk class, else the yearly floor.
    pub fn times_per_year(&self, industry: &str) -> u32 {
        self.frequencies.get(industry).copied().unwrap_or(1)
    }

    fn due_test(&self, row: DueLicenseRow) -> DueTest {
        let times_per_year = self.times_per_year(&row.industry);
        let interval = Interval::for_times_per_year(times_per_year);
        let schedule = due::schedule(due::anchor(row.issued_on, row.last_sampled), interval, self.window);
        DueTest {
            license_id: row.license_id,
            enterprise_id: row.enterprise_id,
            industry: row.industry,
            issued_on: row.issued_on,
            last_sampled: row.last_sampled,
            times_per_year,
            schedule,
        }
    }
}

impl App {
    /// Checks a `dueTests` request: the authority exists, the caller is an officer whose
    /// jurisdiction holds the authority's region, and the window is well-formed.
    pub async fn due_plan(
        &self,
        principal: &Principal,
        authority_id: AuthorityId,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<DuePlan, AppError> {
        // Authorities are published reference data, so a missing one is "not found" and one
        // elsewhere is named as outside the caller's jurisdiction.
        let authority = authority::by_ids(&self.store, &[authority_id])
            .await?
            .pop()
            .ok_or(AppError::NotFound { what: "authority" })?;
        allow(principal, Action::ReadDueTests, &Resource::Region(authority.region), "authority")?;
        let window = DueWindow::parse(from, to)?;
        let frequencies: BTreeMap<String, u32> = self
            .plugins
            .industries()
            .into_iter()
            .map(|profile| {
                let classes =
                    profile.testing_frequency.iter().map(|f| (f.risk_class.as_str(), f.times_per_year));
                (profile.id.clone(), due::default_times_per_year(classes))
            })
            .collect();
        let limits = |interval: Interval| AnchorLimits {
            due_by: window.latest_anchor_due(interval),
            overdue_by: window.latest_anchor_overdue(interval),
        };
        // Industries sharing the yearly interval need no SQL branch of their own.
        let mut groups: BTreeMap<Interval, Vec<String>> = BTreeMap::new();
        for (industry, times) in &frequencies {
            let interval = Interval::for_times_per_year(*times);
            if interval != Interval::YEARLY {
                groups.entry(interval).or_default().push(industry.clone());
            }
        }
        let filter = DueFilter {
            region: authority.region,
            groups: groups.into_iter().map(|(interval, industries)| (industries, limits(interval))).collect(),
            others: limits(Interval::YEARLY),
        };
        Ok(DuePlan { authority, window, frequencies, filter })
    }

    /// One keyset page (license id order) of the licenses with a test due in the window or
    /// overdue.
    pub async fn due_tests(
        &self,
        plan: &DuePlan,
        request: &PageRequest<i64>,
    ) -> Result<Page<DueTest>, AppError> {
        let page = store::due_page(&self.store, &plan.filter, request).await?;
        Ok(page.map(|row| plan.due_test(row)))
    }

    /// Totals over the whole jurisdiction (one aggregate statement).
    pub async fn due_test_totals(&self, plan: &DuePlan) -> Result<DueTotals, AppError> {
        Ok(store::due_totals(&self.store, &plan.filter).await?)
    }
}
