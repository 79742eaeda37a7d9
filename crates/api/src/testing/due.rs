//! `dueTests` in GraphQL: the compulsory tests due in a window and those overdue, for every
//! license in force in an authority's jurisdiction (step 2 of periodic supervision, §二(四)).
//! A province can hold 100,000 licenses, so the list is a keyset-paged connection (license id
//! order) and its totals are a separate field, computed only when asked for.

use crate::page::Connection;
use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::NaiveDate;
use oversight_app::{DuePlan, DueScope, DueTest};

use crate::error::{ResultExt, caller};
use crate::ids::{NodeType, id_cursor, parse_id_cursor, parse_numeric_id};
use crate::loaders::load;
use crate::page::{connection, page_request};
use crate::registry::authority::Authority;
use crate::registry::enterprise::Enterprise;
use crate::registry::license::License;

/// A license in force with its compulsory tests due in the window and those overdue: one
/// schedule per test scope (检验范围) of its industry in `scopes`, summarised in the other fields.
pub struct DueTestGql(DueTest);

/// A license in force with its compulsory tests due in the window and those overdue: one
/// schedule per test scope (检验范围) of its industry in `scopes`, summarised in the other fields.
#[Object(name = "DueTest")]
impl DueTestGql {
    /// The license in force.
    async fn license(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<License>> {
        Ok(load(ctx, |l| &l.license, self.0.license_id).await?.map(License))
    }

    /// The enterprise holding it.
    async fn enterprise(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Enterprise>> {
        Ok(load(ctx, |l| &l.enterprise, self.0.enterprise_id).await?.map(Enterprise))
    }

    /// Industry code of the license.
    async fn industry(&self) -> &str {
        &self.0.industry
    }

    /// Tests a year of the license's most frequent scope (see `scopes` for each).
    async fn times_per_year(&self) -> u32 {
        self.0.times_per_year()
    }

    /// The enterprise's risk class (风险等级) the frequencies were multiplied by — the frequency
    /// matrix: C twice, D four times the plugin's; B before its first assessment.
    async fn risk_class(&self) -> crate::risk::RiskClassGql {
        self.0.class.into()
    }

    /// The day the license was issued; the schedules start there when it was never sampled.
    async fn issued_on(&self) -> NaiveDate {
        self.0.issued_on
    }

    /// The latest periodic sample of any scope (re-checks do not count); null when the license
    /// was never sampled (the schedules then start at the issue date).
    async fn last_sampled(&self) -> Option<NaiveDate> {
        self.0.last_sampled()
    }

    /// The next test to take, of whichever scope falls first.
    async fn next_due(&self) -> NaiveDate {
        // Every license has at least one scope; the issue date only stands in for the impossible.
        self.0.next_due().unwrap_or(self.0.issued_on)
    }

    /// Whether a due date of some scope passed before the window without a sample.
    async fn overdue(&self) -> bool {
        self.0.is_overdue()
    }

    /// How many due dates passed before the window without a sample, over all scopes.
    async fn missed_tests(&self) -> u32 {
        self.0.missed()
    }

    /// The days inside the window on which a test of some scope falls, in order.
    async fn due_dates(&self) -> Vec<NaiveDate> {
        self.0.due_dates()
    }

    /// The schedule of each test scope of the industry (the plugin's `testingFrequency`, in its
    /// order; the yearly `full_test` for an industry without a plugin).
    async fn scopes(&self) -> Vec<DueScopeGql> {
        self.0.scopes.iter().cloned().map(DueScopeGql).collect()
    }
}

/// The schedule of one test scope (检验范围) of a license: anchored on its last periodic sample of
/// the scope or of a scope covering it (re-checks do not count), else on the issue date.
pub struct DueScopeGql(DueScope);

/// The schedule of one test scope (检验范围) of a license: anchored on its last periodic sample of
/// the scope or of a scope covering it (re-checks do not count), else on the issue date.
#[Object(name = "DueScope")]
impl DueScopeGql {
    /// The scope as the plugin names it (e.g. `a_class_items`, `full_type_test`).
    async fn scope(&self) -> &str {
        &self.0.scope
    }

    /// Tests a year of this scope for this enterprise: the plugin's frequency, or its increased
    /// frequency (增加频次, §二(四)) after a failing final verdict in the 12 months before the
    /// window; at least one.
    async fn times_per_year(&self) -> u32 {
        self.0.times_per_year
    }

    /// Whether the increased frequency applies (the enterprise failed in the last 12 months and
    /// the plugin declares one).
    async fn increased(&self) -> bool {
        self.0.increased
    }

    /// Whether the enterprise has a failing final verdict (its retest verdict if any, else its
    /// first; re-checks count) dated in the 12 months before the window or since: the ground of
    /// the increased frequency, shown even when the plugin declares none.
    async fn failed_recently(&self) -> bool {
        self.0.failed_recently
    }

    /// The last periodic sample satisfying the scope; null when there is none.
    async fn last_sampled(&self) -> Option<NaiveDate> {
        self.0.last_sampled
    }

    /// The next test of this scope: one interval after its anchor.
    async fn next_due(&self) -> NaiveDate {
        self.0.schedule.next_due
    }

    /// Whether a due date of this scope passed before the window without a sample.
    async fn overdue(&self) -> bool {
        self.0.schedule.is_overdue()
    }

    /// How many due dates of this scope passed before the window without a sample.
    async fn missed_tests(&self) -> u32 {
        self.0.schedule.missed
    }

    /// This scope's due dates inside the window, in order.
    async fn due_dates(&self) -> &[NaiveDate] {
        &self.0.schedule.due
    }
}

/// Counts over the whole jurisdiction, whatever page is read.
#[derive(SimpleObject)]
pub struct DueTestTotals {
    /// Licenses in force (valid or suspended, and not past their last valid day before the
    /// window) in the jurisdiction.
    pub licenses: u64,
    /// Enterprises holding them.
    pub enterprises: u64,
    /// Licenses with a test of some scope due in the window or overdue (the length of the list).
    pub due: u64,
    /// Licenses with a test of some scope overdue at the window's start.
    pub overdue: u64,
}

/// The connection's own fields.
pub struct DueTestsInfo(DuePlan);

#[Object]
impl DueTestsInfo {
    /// The authority whose jurisdiction is listed.
    async fn authority(&self) -> Authority {
        Authority(self.0.authority.clone())
    }

    /// First day of the window (inclusive).
    async fn from(&self) -> NaiveDate {
        self.0.window.from
    }

    /// Last day of the window (inclusive).
    async fn to(&self) -> NaiveDate {
        self.0.window.to
    }

    /// How many licenses the list pages through (all pages together): those with a test of some
    /// scope due in the window or overdue — `totals.due`, from the same aggregate statement.
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, _) = caller(ctx)?;
        Ok(app.due_test_totals(&self.0).await.gql()?.due)
    }

    /// Totals over the whole jurisdiction: one aggregate statement, run only when asked for.
    async fn totals(&self, ctx: &Context<'_>) -> async_graphql::Result<DueTestTotals> {
        let (app, _) = caller(ctx)?;
        let totals = app.due_test_totals(&self.0).await.gql()?;
        Ok(DueTestTotals {
            licenses: totals.licenses,
            enterprises: totals.enterprises,
            due: totals.due,
            overdue: totals.overdue,
        })
    }
}

#[derive(Default)]
pub struct DueQuery;

#[Object]
impl DueQuery {
    /// The compulsory tests due between `from` and `to` (inclusive, at most 366 days) and those
    /// overdue, for every license in force in the authority's jurisdiction that has one; in
    /// license order, keyset-paged. For officers whose jurisdiction holds the authority's region.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    #[allow(clippy::too_many_arguments)]
    async fn due_tests(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The authority whose jurisdiction is listed.")] authority: ID,
        #[graphql(desc = "First day of the window (inclusive).")] from: NaiveDate,
        #[graphql(desc = "Last day of the window (inclusive), at most 366 days after `from`.")] to: NaiveDate,
        #[graphql(desc = "Return the first n items (after `after`, if given); default 20, at most 100.")]
        first: Option<i32>,
        #[graphql(desc = "Return the items after this cursor (an edge's `cursor` or `pageInfo.endCursor`).")]
        after: Option<String>,
        #[graphql(desc = "Return the last n items (before `before`, if given); at most 100.")] last: Option<
            i32,
        >,
        #[graphql(
            desc = "Return the items before this cursor (an edge's `cursor` or `pageInfo.startCursor`)."
        )]
        before: Option<String>,
    ) -> async_graphql::Result<Connection<String, DueTestGql, DueTestsInfo>> {
        let authority_id = parse_numeric_id(&authority, NodeType::Authority, "authority")?;
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let (app, principal) = caller(ctx)?;
        let plan = app.due_plan(principal, authority_id, from, to).await.gql()?;
        let page = app.due_tests(&plan, &request).await.gql()?;
        Ok(connection(page, DueTestsInfo(plan), |r| id_cursor(r.license_id), DueTestGql))
    }
}
