//! Market-regulation authorities in GraphQL: the `Authority` type and the mutations that
//! create, rename and close authorities.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use oversight_app::{AuthorityOrder, AuthorityRecord, NewAuthority};
use oversight_domain::AuthorityId;

use crate::enums::{AuthorityLevelGql, AuthorityOrderFieldGql, OrderDirection};
use crate::error::{ResultExt, caller};
use crate::ids::{NodeType, global_id, parse_numeric_id};
use crate::loaders::load;
use crate::registry::region::Region;

/// A market-regulation authority (市场监督管理部门) at one level of the hierarchy.
pub struct Authority(pub AuthorityRecord);

/// A market-regulation authority (市场监督管理部门) at one level of the hierarchy, seated at a
/// GB/T 2260 division.
#[Object]
impl Authority {
    /// Opaque global ID (Relay), for `node(id:)`.
    pub async fn id(&self) -> async_graphql::ID {
        global_id(NodeType::Authority, self.0.id)
    }

    /// Its name, e.g. 南京市市场监督管理局.
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// Its level: national, provincial, municipal or county.
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

    /// When the authority closed; null while it is open.
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.0.closed_at
    }

    /// Its responsible persons (§四): the head (行政一把手), the leaders in charge (分管领导) and the
    /// staff (直接责任人) among its active officers; empty for an authority whose directory the
    /// caller does not read (one seated outside the caller's jurisdiction).
    async fn responsible_persons(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<crate::responsibility::assignment::ResponsiblePersons> {
        crate::responsibility::assignment::responsible_persons_of(ctx, self.0.id).await
    }

    /// The authority that took over its work when it closed.
    async fn successor(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Authority>> {
        let Some(successor_id) = self.0.successor_id else { return Ok(None) };
        Ok(load(ctx, |l| &l.authority, successor_id).await?.map(Authority))
    }
}

/// Input of `createAuthority`.
#[derive(InputObject)]
pub struct CreateAuthorityInput {
    /// e.g. 南京市市场监督管理局; 2–100 characters, unique.
    pub name: String,
    /// The GB/T 2260 division it is seated at (six digits); not a grouping row such as 110100
    /// 市辖区.
    pub region_code: String,
    /// The authority one level up (for a county under a grouping row, its province).
    pub parent_id: ID,
}

/// Input of `renameAuthority`.
#[derive(InputObject)]
pub struct RenameAuthorityInput {
    /// The authority to rename.
    pub authority_id: ID,
    /// The new name; 2–100 characters, unique.
    pub name: String,
}

/// Input of `closeAuthority`.
#[derive(InputObject)]
pub struct CloseAuthorityInput {
    /// The authority to close; no open authority may answer to it.
    pub authority_id: ID,
    /// The open authority of the same level that takes over its work.
    pub successor_id: ID,
}

/// The authority a mutation created or changed.
#[derive(SimpleObject)]
pub struct AuthorityPayload {
    /// The authority as it now stands.
    pub authority: Authority,
}

#[derive(Default)]
pub struct AuthorityMutation;

#[Object]
impl AuthorityMutation {
    /// Creates an authority at a real division of GB/T 2260 under the authority one level up. By
    /// the platform administrator anywhere, or by the head (行政一把手) or leader in charge
    /// (分管领导) of a provincial or national authority below its own seat; a place outside
    /// the caller's subtree is `OUT_OF_JURISDICTION`.
    async fn create_authority(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The authority to create: name, seat and parent.")] input: CreateAuthorityInput,
    ) -> async_graphql::Result<AuthorityPayload> {
        let parent_id = parse_numeric_id(&input.parent_id, NodeType::Authority, "input.parentId")?;
        let (app, principal) = caller(ctx)?;
        let new = NewAuthority { name: input.name, region_code: input.region_code, parent_id };
        let record = app.create_authority(principal, new).await.gql_input("input")?;
        Ok(AuthorityPayload { authority: Authority(record) })
    }

    /// Renames an open authority; by the same administrators as `createAuthority`.
    async fn rename_authority(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The authority and its new name.")] input: RenameAuthorityInput,
    ) -> async_graphql::Result<AuthorityPayload> {
        let id: AuthorityId =
            parse_numeric_id(&input.authority_id, NodeType::Authority, "input.authorityId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.rename_authority(principal, id, &input.name).await.gql_input("input")?;
        Ok(AuthorityPayload { authority: Authority(record) })
    }

    /// Closes an authority, naming its successor; by the same administrators as
    /// `createAuthority`, who must administer the successor too. Tokens naming a closed authority
    /// are refused (`AUTHORITY_CLOSED`, HTTP 401).
    async fn close_authority(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The authority to close and its successor.")] input: CloseAuthorityInput,
    ) -> async_graphql::Result<AuthorityPayload> {
        let id: AuthorityId =
            parse_numeric_id(&input.authority_id, NodeType::Authority, "input.authorityId")?;
        let successor_id: AuthorityId =
            parse_numeric_id(&input.successor_id, NodeType::Authority, "input.successorId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.close_authority(principal, id, successor_id).await.gql_input("input")?;
        Ok(AuthorityPayload { authority: Authority(record) })
    }
}

/// How `authorities` is sorted.
#[derive(InputObject)]
pub struct AuthorityOrderInput {
    /// The field sorted by.
    pub field: AuthorityOrderFieldGql,
    /// Ascending (default) or descending.
    #[graphql(default)]
    pub direction: OrderDirection,
}

impl AuthorityOrderInput {
    /// The storage order: the field and whether it runs descending (default: creation order).
    pub fn parse(order: Option<AuthorityOrderInput>) -> (AuthorityOrder, bool) {
        order.map_or((AuthorityOrder::Id, false), |o| (o.field.into(), o.direction == OrderDirection::Desc))
    }
}
