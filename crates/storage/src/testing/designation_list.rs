//! The designation list (`designations`, 承检机构名单): the published designations, optionally
//! of one industry and relevant to one region, in designation order or by first day (ties broken
//! by id, so keyset cursors stay stable). Readable by every caller: no scope.

use chrono::NaiveDate;
use oversight_domain::{DesignationId, RegionCode};
use sea_orm::{ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter};

use super::supervision::{DesignationRecord, to_designation};
use crate::entity::designation;
use crate::page::{self, SortKey};
use crate::{Executor, Page, PageRequest, Result};

/// Which designations a list shows; every field narrows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DesignationFilter {
    /// The industry code.
    pub industry: Option<String>,
    /// Relevant to a region: for the region itself or inside it (its code range, inclusive), or
    /// covering it (its ancestors).
    pub region: Option<((String, String), Vec<RegionCode>)>,
}

impl DesignationFilter {
    fn select(&self) -> sea_orm::Select<designation::Entity> {
        use designation::Column;
        let mut query = designation::Entity::find();
        if let Some(industry) = &self.industry {
            query = query.filter(Column::IndustryCode.eq(industry.clone()));
        }
        if let Some(((low, high), covering)) = &self.region {
            query = query.filter(
                Condition::any()
                    .add(Column::RegionCode.between(low.clone(), high.clone()))
                    .add(Column::RegionCode.is_in(covering.iter().map(|r| r.as_str().to_owned()))),
            );
        }
        query
    }
}

/// The orders of the designation list; each is a unique key (ties broken by id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DesignationOrder {
    /// Designation order (when it was made).
    Id,
    /// First day in force; designations starting the same day follow designation order.
    ValidFrom,
}

/// A position in the designation list: the key of the order it was read in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DesignationCursor {
    Id(DesignationId),
    ValidFrom(NaiveDate, DesignationId),
}

impl DesignationCursor {
    /// The cursor of `record` in `order`.
    pub fn of(record: &DesignationRecord, order: DesignationOrder) -> DesignationCursor {
        match order {
            DesignationOrder::Id => DesignationCursor::Id(record.id),
            DesignationOrder::ValidFrom => DesignationCursor::ValidFrom(record.period.valid_from, record.id),
        }
    }

    fn id(&self) -> DesignationId {
        match self {
            DesignationCursor::Id(id) | DesignationCursor::ValidFrom(_, id) => *id,
        }
    }
}

impl page::Cursor<1> for DesignationCursor {
    fn values(&self) -> [sea_orm::Value; 1] {
        [self.id().get().into()]
    }
}

impl page::Cursor<2> for DesignationCursor {
    fn values(&self) -> [sea_orm::Value; 2] {
        let id = self.id().get();
        match self {
            DesignationCursor::Id(_) => [id.into(), id.into()],
            DesignationCursor::ValidFrom(day, _) => [(*day).into(), id.into()],
        }
    }
}

/// One page of the designations matching `filter`, in `order` (descending when asked);
/// `request` holds cursors of `order`.
pub async fn page(
    x: &impl Executor,
    filter: &DesignationFilter,
    (order, descending): (DesignationOrder, bool),
    request: &PageRequest<DesignationCursor>,
) -> Result<Page<DesignationRecord>> {
    use designation::Column;
    let query = filter.select();
    match order {
        DesignationOrder::Id => {
            page::keyset(x, query, SortKey::directed([Column::Id], descending), request, to_designation).await
        }
        DesignationOrder::ValidFrom => {
            let key = SortKey::directed([Column::ValidFrom, Column::Id], descending);
            page::keyset(x, query, key, request, to_designation).await
        }
    }
}

/// How many designations match `filter` (a connection's `totalCount`).
pub async fn count(x: &impl Executor, filter: &DesignationFilter) -> Result<u64> {
    Ok(filter.select().count(&x.executor()).await?)
}
