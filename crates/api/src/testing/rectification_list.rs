//! `rectifications` filters and orders (issue 12 item 6): the officer's rectification (整改)
//! queue by status, overdue, deadline range, industry and enterprise, sorted by opening order or
//! deadline with cursors that stay stable under the order.

use async_graphql::{Context, ID, InputObject, Object};
use chrono::NaiveDate;
use oversight_app::{RectificationFilter, RectificationOrder};
use oversight_domain::industry::IndustryCatalogue;

use crate::enums::{OrderDirection, RectificationOrderFieldGql, RectificationStatusGql};
use crate::error::{ApiError, ResultExt, caller};
use crate::ids::{NodeType, parse_numeric_id};
use crate::registry::filter;

/// Filters for `rectifications`; all given filters must hold.
#[derive(InputObject, Default)]
pub struct RectificationFilterInput {
    /// Deadline (整改期限) on or after this day.
    pub deadline_from: Option<NaiveDate>,
    /// Deadline on or before this day.
    pub deadline_to: Option<NaiveDate>,
    /// The rectified license's industry code (e.g. "wire-cable").
    pub industry: Option<String>,
    /// Only this enterprise's rectifications.
    pub enterprise_id: Option<ID>,
}

impl RectificationFilterInput {
    /// The storage filter; `status` and `overdue_on` are the list's own arguments.
    pub fn parse(
        self,
        catalogue: &IndustryCatalogue,
        status: Option<RectificationStatusGql>,
        overdue_on: Option<NaiveDate>,
    ) -> Result<RectificationFilter, ApiError> {
        filter::day_range(self.deadline_from, self.deadline_to, ("deadlineFrom", "deadlineTo"))?;
        Ok(RectificationFilter {
            status: status.map(Into::into),
            overdue_on,
            deadline_from: self.deadline_from,
            deadline_to: self.deadline_to,
            industry: filter::industry_code(catalogue, self.industry, "industry")?,
            enterprise_id: self
                .enterprise_id
                .map(|id| parse_numeric_id(&id, NodeType::Enterprise, "filter.enterpriseId"))
                .transpose()?,
        })
    }
}

/// How `rectifications` is sorted.
#[derive(InputObject)]
pub struct RectificationOrderInput {
    /// The field sorted by.
    pub field: RectificationOrderFieldGql,
    /// Ascending (default) or descending.
    #[graphql(default)]
    pub direction: OrderDirection,
}

impl RectificationOrderInput {
    /// The storage order: the field and whether it runs descending (default: opening order).
    pub fn parse(order: Option<RectificationOrderInput>) -> (RectificationOrder, bool) {
        order.map_or((RectificationOrder::Id, false), |o| {
            (o.field.into(), o.direction == OrderDirection::Desc)
        })
    }
}

/// The number of rectifications a `rectifications` query matches, computed only when asked for.
pub struct RectificationTotal {
    pub filter: RectificationFilter,
}

/// The connection-level fields of `rectifications`.
#[Object]
impl RectificationTotal {
    /// How many rectifications match (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        if let Some(enterprise) = self.filter.enterprise_id {
            // An enterprise's count goes through a loader: a page of enterprises costs one statement.
            let filter = RectificationFilter { enterprise_id: None, ..self.filter.clone() };
            let loaders = ctx.data::<crate::loaders::Loaders>()?;
            return Ok(loaders.rectification_counts.load_one((enterprise, filter)).await?.unwrap_or(0));
        }
        let (app, principal) = caller(ctx)?;
        app.count_rectifications(principal, &self.filter).await.gql()
    }
}
