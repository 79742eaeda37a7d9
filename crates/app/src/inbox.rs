//! The inbox (待办, docs/adr/0040): everything due for the caller across the workflows, in deadline
//! order, with its counts per kind — one statement for the page and one for the counts (and, when
//! the inbox holds tests to sample, one for the authorities below and one for the rules in
//! force).

use chrono::{Days, NaiveDate};
use oversight_domain::RegionCode;
use oversight_domain::access::Scope;
use oversight_domain::inbox::{Inbox, InboxKind, Reach, TESTS_AHEAD_DAYS};
use oversight_domain::testing::due::DueWindow;
use oversight_storage::inbox::{self as store, InboxCount, InboxCursor, InboxRow};
use oversight_storage::registry::authority;
use oversight_storage::testing::due::DueFilter;

use crate::{Action, App, AppError, Page, PageRequest, Principal, Resource, allow};

/// A caller's inbox with the schedule its tests to sample are read from: built once per request
/// and shared by the page and the counts.
#[derive(Debug, Clone)]
pub struct InboxPlan {
    pub inbox: Inbox,
    /// The due list's filter over the jurisdiction for today and the next
    /// [`TESTS_AHEAD_DAYS`]; `None` when the inbox holds no tests to sample.
    tests: Option<DueFilter>,
}

impl App {
    /// The caller's inbox, narrowed to `kinds` when given: what its role acts on next, over its
    /// reach (docs/adr/0040).
    pub fn inbox_of(&self, principal: &Principal, kinds: Option<&[InboxKind]>) -> Result<Inbox, AppError> {
        allow(principal, Action::ReadInbox, &Resource::None, "inbox")?;
        Ok(Inbox::of(principal, kinds))
    }

    /// The caller's inbox with the schedule of its jurisdiction when it holds tests to sample
    /// (the plugins' scopes and the frequency matrices in force today, as `dueTests` reads them),
    /// over the places no authority below the caller holds: a test to sample waits on the
    /// lowest authority whose jurisdiction holds the enterprise (属地, docs/adr/0040 decision 8).
    pub async fn inbox_plan(
        &self,
        principal: &Principal,
        kinds: Option<&[InboxKind]>,
    ) -> Result<InboxPlan, AppError> {
        let inbox = self.inbox_of(principal, kinds)?;
        let region = match &inbox.reach {
            Reach::Authority { scope, .. } if inbox.kinds.contains(&InboxKind::TestsToSample) => {
                scheduled_region(scope)
            }
            _ => None,
        };
        let tests = match region {
            Some(region) => self.own_schedules(region).await?,
            None => None,
        };
        Ok(InboxPlan { inbox, tests })
    }

    /// The schedules of the places of `region` that no open authority below holds, over the
    /// tests-to-sample horizon; `None` when authorities below hold all of it.
    async fn own_schedules(&self, region: RegionCode) -> Result<Option<DueFilter>, AppError> {
        let below = authority::open_regions_within(&self.store, &region).await?;
        if region.ranges_without(&below).is_empty() {
            return Ok(None);
        }
        let mut filter = self.schedules(region, tests_window(self.today())).await?.filter;
        filter.excluded = below;
        Ok(Some(filter))
    }

    /// One page of the inbox by (day, kind, record id); `overdue` judged on today.
    pub async fn inbox_page(
        &self,
        plan: &InboxPlan,
        request: &PageRequest<InboxCursor>,
    ) -> Result<Page<InboxRow>, AppError> {
        Ok(store::page(&self.store, &plan.inbox, plan.tests.as_ref(), self.today(), request).await?)
    }

    /// The item of `kind` about record `id`, if it is in the inbox today.
    pub async fn inbox_item(
        &self,
        inbox: &Inbox,
        kind: InboxKind,
        id: i64,
    ) -> Result<Option<InboxRow>, AppError> {
        Ok(store::item(&self.store, inbox, self.today(), kind, id).await?)
    }

    /// The whole inbox's items and overdue items per kind.
    pub async fn inbox_counts(&self, plan: &InboxPlan) -> Result<Vec<InboxCount>, AppError> {
        Ok(store::counts(&self.store, &plan.inbox, plan.tests.as_ref(), self.today()).await?)
    }
}

/// The region whose licenses' schedules an authority's inbox reads: its jurisdiction.
fn scheduled_region(scope: &Scope) -> Option<RegionCode> {
    match scope {
        Scope::Everything => Some(RegionCode::NATION),
        Scope::Within(region) => Some(*region),
        Scope::Enterprise(_) | Scope::Nothing => None,
    }
}

/// Today and the next [`TESTS_AHEAD_DAYS`]: a license with a test due in it, or overdue before
/// it, has a test to sample.
fn tests_window(today: NaiveDate) -> DueWindow {
    DueWindow { from: today, to: today.checked_add_days(Days::new(TESTS_AHEAD_DAYS)).unwrap_or(today) }
}
