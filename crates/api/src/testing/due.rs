//! `dueTests` in GraphQL: the compulsory tests due in a window and those overdue, for every
//! license in force in an authority's jurisdiction (step 2 of periodic supervision, §二(四)).
//! A province can hold 100,000 licenses, so the list is a keyset-paged connection (license id
//! order) and its totals are a separate field, computed only when asked for.

use async_graphql::connection::Connection;
use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::NaiveDate;
use oversight_app::{DuePlan, DueTest};

use crate::error::{ResultExt, caller};
use crate::ids::{NodeType, id_cursor, parse_id_cursor, parse_numeric_id};
use crate::loaders::load;
use crate::page::{connection, page_request};
use crate::registry::authority::Authority;
use crate::registry::enterprise::Enterprise;
use crate::registry::license::License;

/// A license in force with its compulsory tests due in the window and those overdue.
pub struct DueTestGql(DueTest);

#[Object(name = "DueTest")]
impl DueTestGql {
    async fn license(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<License>> {
        Ok(load(ctx, |l| &l.license, self.0.license_id).await?.map(License))
    }

    async fn enterprise(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Enterprise>> {
        Ok(load(ctx, |l| &l.enterprise, self.0.enterprise_id).await?.map(Enterprise))
    }

    /// Industry code of the license.
    async fn industry(&self) -> &str {
        &self.0.industry
    }

    /// Tests a year: the industry plugin's default risk class (the class named "default", else
    /// its lowest frequency), at least one (§二(四)); one for industries without a plugin.
    async fn times_per_year(&self) -> u32 {
        self.0.times_per_year
    }

    async fn issued_on(&self) -> NaiveDate {
        self.0.issued_on
    }

    /// The latest sampling date on record; null when the license was never sampled (the
    /// schedule then starts at the issue date).
    async fn last_sampled(&self) -> Option<NaiveDate> {
        self.0.last_sampled
    }

    /// The next test to take: one interval after the last sample (or the issue date).
    async fn next_due(&self) -> NaiveDate {
        self.0.schedule.next_due
    }

    /// Whether a due date passed before the window without a sample.
    async fn overdue(&self) -> bool {
        self.0.schedule.is_overdue()
    }

    /// How many due dates passed before the window without a sample.
    async fn missed_tests(&self) -> u32 {
        self.0.schedule.missed
    }

    /// The due dates inside the window, in order.
    async fn due_dates(&self) -> &[NaiveDate] {
        &self.0.schedule.due
    }
}

/// Counts over the whole jurisdiction, whatever page is read.
#[derive(SimpleObject)]
pub struct DueTestTotals {
    /// Licenses in force (valid or suspended) in the jurisdiction.
    pub licenses: u64,
    /// Enterprises holding them.
    pub enterprises: u64,
    /// Licenses with a test due in the window or overdue (the length of the list).
    pub due: u64,
    /// Licenses with a test overdue at the window's start.
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

    async fn from(&self) -> NaiveDate {
        self.0.window.from
    }

    async fn to(&self) -> NaiveDate {
        self.0.window.to
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
        authority: ID,
        from: NaiveDate,
        to: NaiveDate,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
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
