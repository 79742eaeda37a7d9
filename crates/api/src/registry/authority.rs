//! Market-regulation authorities in GraphQL.

use async_graphql::{Context, Object};
use oversight_app::AuthorityRecord;

use crate::enums::AuthorityLevelGql;
use crate::ids::{NodeType, global_id};
use crate::loaders::load;
use crate::registry::region::Region;

/// A market-regulation authority (市场监督管理部门) at one level of the hierarchy.
pub struct Authority(pub AuthorityRecord);

#[Object]
impl Authority {
    pub async fn id(&self) -> async_graphql::ID {
        global_id(NodeType::Authority, self.0.id)
    }

    async fn name(&self) -> &str {
        &self.0.name
    }

    async fn level(&self) -> AuthorityLevelGql {
        self.0.level.into()
    }

    /// The region it is seated at; its jurisdiction is every region inside.
    async fn region(&self) -> Region {
        Region(self.0.region)
    }

    /// The authority one level up (none for the national authority).
    async fn parent(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Authority>> {
        let Some(parent_id) = self.0.parent_id else { return Ok(None) };
        Ok(load(ctx, |l| &l.authority, parent_id).await?.map(Authority))
    }
}
