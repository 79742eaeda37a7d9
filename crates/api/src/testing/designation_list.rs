//! `designations` order and count (issue 12 item 6): the published list of designated testing
//! institutions, sorted by designation order or first day with cursors that stay stable under
//! the order.

use async_graphql::{Context, InputObject, Object};
use oversight_app::{DesignationFilter, DesignationOrder};

use crate::enums::{DesignationOrderFieldGql, OrderDirection};
use crate::error::{ResultExt, caller};

/// How `designations` is sorted.
#[derive(InputObject)]
pub struct DesignationOrderInput {
    /// The field sorted by.
    pub field: DesignationOrderFieldGql,
    /// Ascending (default) or descending.
    #[graphql(default)]
    pub direction: OrderDirection,
}

impl DesignationOrderInput {
    /// The storage order: the field and whether it runs descending (default: designation order).
    pub fn parse(order: Option<DesignationOrderInput>) -> (DesignationOrder, bool) {
        order.map_or((DesignationOrder::Id, false), |o| (o.field.into(), o.direction == OrderDirection::Desc))
    }
}

/// The number of designations a `designations` query matches, computed only when asked for.
pub struct DesignationTotal {
    pub filter: DesignationFilter,
}

#[Object]
impl DesignationTotal {
    /// How many designations match (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_designations(principal, &self.filter).await.gql()
    }
}
