//! What compulsory testing is due (step 2 of periodic supervision, §二(四)): for an authority and
//! a window, every license in force in its jurisdiction with a test of some scope due in the
//! window or overdue, from the industry plugin's test scopes (检验范围, each with its frequency
//! and, after a recent failing verdict, its increased one) and the record of past periodic
//! samples; and the scope a new task is opened for.
//!
//! The rule is `oversight_domain::testing::due`; this module reads each industry's scopes from the
//! loaded plugins, checks the policy, and turns the rule into the anchor thresholds storage
//! filters on, so a page and the totals are one statement each.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use oversight_domain::risk::{FrequencyMatrix, RiskClass};
use oversight_domain::testing::due::{
    self, DueSchedule, DueWindow, FrequencyFactor, Interval, TestScope, TestScopes,
};
use oversight_domain::{AuthorityId, EnterpriseId, LicenseId, RegionCode};
use oversight_plugin_host::api::IndustryProfile;
use oversight_storage::testing::due::{
    AnchorLimits, DueFilter, DueLicenseRow, DueScopeRow, DueTotals, ScopeLimits,
};
use oversight_storage::{registry::authority, testing::due as store};

use crate::error::Code;
use crate::{Action, App, AppError, AuthorityRecord, Page, PageRequest, Principal, Resource, allow};

/// A checked `dueTests` request: the authority, the window and the test scopes of every
/// industry with a plugin (the others have the yearly floor). Built once per request, shared by
/// page and totals.
#[derive(Debug, Clone)]
pub struct DuePlan {
    pub authority: AuthorityRecord,
    pub window: DueWindow,
    /// The scopes of each industry with a plugin.
    scopes: BTreeMap<String, TestScopes>,
    /// The frequency matrices' class factors (issue 16 item 4) by province prefix: the national
    /// one under `""`, and each province's in the jurisdiction that has its own (item 5).
    matrices: BTreeMap<String, FrequencyMatrix>,
    filter: DueFilter,
}

/// The schedules of a jurisdiction (`App::schedules`).
pub(crate) struct Schedules {
    scopes: BTreeMap<String, TestScopes>,
    matrices: BTreeMap<String, FrequencyMatrix>,
    pub(crate) filter: DueFilter,
}

/// One license in force with the schedule of every test scope of its industry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueTest {
    pub license_id: LicenseId,
    pub enterprise_id: EnterpriseId,
    pub industry: String,
    pub issued_on: NaiveDate,
    /// The enterprise's risk class the frequencies were multiplied by (B before its first
    /// assessment).
    pub class: RiskClass,
    /// One schedule per scope, in the plugin's order.
    pub scopes: Vec<DueScope>,
}

/// The schedule of one test scope (检验范围) of a license.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueScope {
    pub scope: String,
    /// Tests a year of the scope for this enterprise (at least one).
    pub times_per_year: u32,
    /// Whether the increased frequency (增加频次) applies.
    pub increased: bool,
    /// Whether the enterprise has a failing final verdict in the twelve months before the window
    /// (the ground of 增加频次, whether or not the plugin declares an increased frequency).
    pub failed_recently: bool,
    /// The last periodic sample satisfying the scope.
    pub last_sampled: Option<NaiveDate>,
    pub schedule: DueSchedule,
}

impl DueTest {
    /// The earliest next due date over the scopes.
    pub fn next_due(&self) -> Option<NaiveDate> {
        self.scopes.iter().map(|s| s.schedule.next_due).min()
    }

    /// The latest periodic sample of any scope.
    pub fn last_sampled(&self) -> Option<NaiveDate> {
        self.scopes.iter().filter_map(|s| s.last_sampled).max()
    }

    /// The most frequent scope's tests a year.
    pub fn times_per_year(&self) -> u32 {
        self.scopes.iter().map(|s| s.times_per_year).max().unwrap_or(1)
    }

    pub fn is_overdue(&self) -> bool {
        self.scopes.iter().any(|s| s.schedule.is_overdue())
    }

    /// Due dates passed without a sample, summed over the scopes.
    pub fn missed(&self) -> u32 {
        self.scopes.iter().map(|s| s.schedule.missed).fold(0, u32::saturating_add)
    }

    /// The days inside the window on which a test of some scope falls, in order.
    pub fn due_dates(&self) -> Vec<NaiveDate> {
        let mut dates: Vec<NaiveDate> =
            self.scopes.iter().flat_map(|s| s.schedule.due.iter().copied()).collect();
        dates.sort_unstable();
        dates.dedup();
        dates
    }
}

/// The test scopes a plugin's profile declares (`testing_frequency`).
pub(crate) fn scopes_of(profile: &IndustryProfile) -> TestScopes {
    TestScopes::new(
        profile
            .testing_frequency
            .iter()
            .map(|f| TestScope {
                name: f.risk_class.clone(),
                times_per_year: f.times_per_year,
                increased_times_per_year: f.increased_times_per_year,
                covers: f.covers.clone(),
            })
            .collect(),
    )
}

impl DuePlan {
    /// The scopes of an industry: its plugin's, else the yearly floor.
    pub fn scopes(&self, industry: &str) -> TestScopes {
        self.scopes.get(industry).cloned().unwrap_or_else(TestScopes::floor)
    }

    fn due_test(&self, row: DueLicenseRow) -> DueTest {
        let scopes = self.scopes(&row.industry);
        let matrix = self.matrices.get(&row.province).or_else(|| self.matrices.get(""));
        let factor = matrix.map_or(FrequencyFactor::ONE, |matrix| matrix.factor(row.class));
        let anchor_of = |scope: &DueScopeRow| due::anchor(row.issued_on, scope.last_sampled);
        let scopes = row
            .scopes
            .iter()
            .filter_map(|found| {
                let scope = scopes.find(&found.scope)?;
                let interval = scope.interval(found.failed_recently, factor);
                Some(DueScope {
                    scope: found.scope.clone(),
                    times_per_year: scope.times_per_year(found.failed_recently, factor),
                    increased: scope.is_increased(found.failed_recently),
                    failed_recently: found.failed_recently,
                    last_sampled: found.last_sampled,
                    schedule: due::schedule(anchor_of(found), interval, self.window),
                })
            })
            .collect();
        DueTest {
            class: row.class,
            license_id: row.license_id,
            enterprise_id: row.enterprise_id,
            industry: row.industry,
            issued_on: row.issued_on,
            scopes,
        }
    }
}

/// The thresholds of every scope at every class (the floor last, for industries without a
/// plugin).
fn scope_limits(
    scopes: &BTreeMap<String, TestScopes>,
    window: DueWindow,
    matrices: &BTreeMap<String, FrequencyMatrix>,
) -> Vec<ScopeLimits> {
    matrices.iter().flat_map(|(province, matrix)| matrix_limits(scopes, window, province, matrix)).collect()
}

/// The limits of one province's matrix (`""`: the national one).
fn matrix_limits(
    scopes: &BTreeMap<String, TestScopes>,
    window: DueWindow,
    province: &str,
    matrix: &FrequencyMatrix,
) -> Vec<ScopeLimits> {
    let limits = |interval: Interval| AnchorLimits {
        due_by: window.latest_anchor_due(interval),
        overdue_by: window.latest_anchor_overdue(interval),
        months: interval.months(),
    };
    let one = |industry: Option<&String>, all: &TestScopes, scope: &TestScope| -> Vec<ScopeLimits> {
        RiskClass::ALL
            .iter()
            .map(|class| {
                let factor = matrix.factor(*class);
                ScopeLimits {
                    province: province.to_owned(),
                    industry: industry.cloned(),
                    scope: scope.name.clone(),
                    class: *class,
                    normal: limits(scope.interval(false, factor)),
                    increased: limits(scope.interval(true, factor)),
                    satisfied_by: all.satisfied_by(&scope.name).map(str::to_owned).collect(),
                }
            })
            .collect()
    };
    let floor = TestScopes::floor();
    scopes
        .iter()
        .flat_map(|(industry, all)| all.iter().flat_map(move |scope| one(Some(industry), all, scope)))
        .chain(floor.iter().flat_map(|scope| one(None, &floor, scope)))
        .collect()
}

impl App {
    /// An industry's test scopes as its serving plugin declares them, else the yearly floor.
    pub(crate) fn test_scopes(&self, industry: &str) -> TestScopes {
        self.plugins.plugin(industry).map(|p| scopes_of(p.profile())).unwrap_or_else(TestScopes::floor)
    }

    /// The scope a task is opened for: the one named, which the industry's plugin must declare,
    /// else its full test (`TestScopes::full`).
    pub(crate) fn task_scope(&self, industry: &str, requested: Option<&str>) -> Result<String, AppError> {
        let scopes = self.test_scopes(industry);
        match requested {
            None => Ok(scopes.full().name.clone()),
            Some(name) => match scopes.find(name) {
                Some(scope) => Ok(scope.name.clone()),
                None => Err(AppError::invalid(
                    Code::UnknownTestScope,
                    "testScope",
                    format!(
                        "the {industry} plugin declares no test scope {name:?} (it declares {})",
                        scopes.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(", ")
                    ),
                )),
            },
        }
    }

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
        let Schedules { scopes, matrices, filter } = self.schedules(authority.region, window).await?;
        Ok(DuePlan { authority, window, scopes, matrices, filter })
    }

    /// What a due list over `region` for `window` reads: the scopes of every industry with a
    /// plugin, the matrices in force on the window's first day, and the storage filter built
    /// from them (the inbox's tests to sample read the same, docs/adr/0040 decision 8).
    pub(crate) async fn schedules(
        &self,
        region: RegionCode,
        window: DueWindow,
    ) -> Result<Schedules, AppError> {
        let scopes: BTreeMap<String, TestScopes> = self
            .plugins
            .industries()
            .into_iter()
            .map(|profile| (profile.id.clone(), scopes_of(profile)))
            .collect();
        let matrices = self.matrices_within(&region, window.from).await?;
        let filter = DueFilter {
            region,
            excluded: Vec::new(),
            scopes: scope_limits(&scopes, window, &matrices),
            failed_since: due::increased_since(window),
            // A license expired before the window has nothing due in it (issue 11 item 15).
            in_force_on: window.from,
        };
        Ok(Schedules { scopes, matrices, filter })
    }

    /// The matrices a jurisdiction's schedule follows on `on` (the window's first day): the
    /// national one, and that of each province in it (or holding it) with its own in force.
    async fn matrices_within(
        &self,
        region: &RegionCode,
        on: NaiveDate,
    ) -> Result<BTreeMap<String, FrequencyMatrix>, AppError> {
        let book = self.rule_book(&self.store, on).await?;
        let national = &book.national().frequency;
        let mut matrices = BTreeMap::from([(String::new(), national.clone())]);
        for (province, settings) in book.provinces() {
            let overlaps = region.contains(province) || province.contains(region);
            if overlaps && !settings.frequency.same_factors(national) {
                matrices.insert(province.jurisdiction_prefix().to_owned(), settings.frequency.clone());
            }
        }
        Ok(matrices)
    }

    /// One keyset page (license id order) of the licenses with a test of some scope due in the
    /// window or overdue, each with the schedule of every scope.
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
