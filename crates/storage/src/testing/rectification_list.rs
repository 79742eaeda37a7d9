//! The rectification list (`rectifications`, 整改): the officers' queue with its filters —
//! status, overdue, deadline range, industry, enterprise — and orders (opening order or deadline,
//! ties broken by id, so keyset cursors stay stable). Filter and scope are one statement.

use chrono::NaiveDate;
use oversight_domain::testing::rectification::RectificationStatus;
use oversight_domain::{EnterpriseId, RectificationId};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter};

use super::rectification::{RectificationRecord, to_rectification};
use crate::entity::{license, rectification};
use crate::page::{self, SortKey};
use crate::{Executor, Page, PageRequest, Result, Scope, owned_in_scope};

/// Which rectifications a list shows; every field narrows it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct RectificationFilter {
    pub status: Option<RectificationStatus>,
    /// Only those running past their deadline on this day (the re-check is due).
    pub overdue_on: Option<NaiveDate>,
    /// Deadline on or after this day …
    pub deadline_from: Option<NaiveDate>,
    /// … and on or before this one.
    pub deadline_to: Option<NaiveDate>,
    /// The rectified license's industry.
    pub industry: Option<String>,
    pub enterprise_id: Option<EnterpriseId>,
}

/// The orders of the rectification list; each is a unique key (ties broken by id).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RectificationOrder {
    /// Opening order.
    Id,
    /// Deadline (整改期限), soonest first.
    Deadline,
}

/// A position in the rectification list: the key of the order it was read in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RectificationCursor {
    Id(RectificationId),
    Deadline(NaiveDate, RectificationId),
}

impl RectificationCursor {
    /// The cursor of `record` in `order`.
    pub fn of(record: &RectificationRecord, order: RectificationOrder) -> RectificationCursor {
        match order {
            RectificationOrder::Id => RectificationCursor::Id(record.id),
            RectificationOrder::Deadline => RectificationCursor::Deadline(record.deadline, record.id),
        }
    }
}

impl page::Cursor<1> for RectificationCursor {
    fn values(&self) -> [sea_orm::Value; 1] {
        match self {
            RectificationCursor::Id(id) | RectificationCursor::Deadline(_, id) => [id.get().into()],
        }
    }
}

impl page::Cursor<2> for RectificationCursor {
    fn values(&self) -> [sea_orm::Value; 2] {
        match self {
            RectificationCursor::Id(id) => [id.get().into(), id.get().into()],
            RectificationCursor::Deadline(day, id) => [(*day).into(), id.get().into()],
        }
    }
}

impl RectificationFilter {
    fn condition(&self, scope: &Scope) -> Condition {
        use rectification::Column;
        let mut condition = owned_in_scope(Column::EnterpriseId, scope);
        if let Some(status) = self.status {
            condition = condition.add(Column::Status.eq(status.as_str()));
        }
        if let Some(today) = self.overdue_on {
            let running =
                RectificationStatus::ALL.iter().filter(|s| s.running()).map(|s| s.as_str().to_owned());
            condition = condition.add(Column::Status.is_in(running)).add(Column::Deadline.lt(today));
        }
        if let Some(from) = self.deadline_from {
            condition = condition.add(Column::Deadline.gte(from));
        }
        if let Some(to) = self.deadline_to {
            condition = condition.add(Column::Deadline.lte(to));
        }
        if let Some(industry) = &self.industry {
            let licenses = Query::select()
                .column(license::Column::Id)
                .from(license::Entity)
                .and_where(license::Column::IndustryCode.eq(industry.clone()))
                .to_owned();
            condition = condition.add(Column::LicenseId.in_subquery(licenses));
        }
        if let Some(id) = self.enterprise_id {
            condition = condition.add(Column::EnterpriseId.eq(id.get()));
        }
        condition
    }
}

/// One page of the rectifications inside `scope` matching `filter`, in `order` (descending when
/// asked).
pub async fn page(
    x: &impl Executor,
    scope: &Scope,
    filter: &RectificationFilter,
    (order, descending): (RectificationOrder, bool),
    request: &PageRequest<RectificationCursor>,
) -> Result<Page<RectificationRecord>> {
    use rectification::Column;
    let query = rectification::Entity::find().filter(filter.condition(scope));
    if order == RectificationOrder::Deadline {
        let columns = [Column::Deadline, Column::Id];
        let key = if descending { SortKey::descending(columns) } else { SortKey::ascending(columns) };
        return page::keyset(x, query, key, request, to_rectification).await;
    }
    let key = if descending { SortKey::descending([Column::Id]) } else { SortKey::ascending([Column::Id]) };
    page::keyset(x, query, key, request, to_rectification).await
}

/// The first `n` rectifications of each of `enterprises` inside `scope` matching `filter`, in
/// `order`: `Enterprise.rectifications` for a whole page of enterprises in one statement.
pub async fn first_of_enterprises(
    x: &impl Executor,
    scope: &Scope,
    filter: &RectificationFilter,
    (order, descending): (RectificationOrder, bool),
    (enterprises, n): (&[EnterpriseId], u64),
) -> Result<Vec<RectificationRecord>> {
    use rectification::Column;
    let query = rectification::Entity::find().filter(filter.condition(scope));
    let parents: Vec<i64> = enterprises.iter().map(|id| id.get()).collect();
    let parent = (Column::EnterpriseId, parents.as_slice());
    let columns = match order {
        RectificationOrder::Deadline => [Column::Deadline, Column::Id],
        RectificationOrder::Id => [Column::Id, Column::Id],
    };
    page::first_of_each(x, query, parent, SortKey::directed(columns, descending), n, to_rectification).await
}

/// How many rectifications inside `scope` matching `filter` each of `enterprises` has (the
/// `totalCount` of a page of enterprises' `rectifications`, one grouped statement).
pub async fn count_of_enterprises(
    x: &impl Executor,
    scope: &Scope,
    filter: &RectificationFilter,
    enterprises: &[EnterpriseId],
) -> Result<Vec<(EnterpriseId, u64)>> {
    let query = rectification::Entity::find().filter(filter.condition(scope));
    let parents: Vec<i64> = enterprises.iter().map(|id| id.get()).collect();
    let counts = page::count_of_each(x, query, rectification::Column::EnterpriseId, &parents).await?;
    Ok(counts.into_iter().map(|(id, n)| (EnterpriseId::new(id), n)).collect())
}

/// How many rectifications `page` pages through (a connection's `totalCount`).
pub async fn count(x: &impl Executor, scope: &Scope, filter: &RectificationFilter) -> Result<u64> {
    Ok(rectification::Entity::find().filter(filter.condition(scope)).count(&x.executor()).await?)
}
