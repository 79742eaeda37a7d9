//! Who is calling (`viewer`), in GraphQL.

use async_graphql::{Context, Object};
use oversight_app::Principal;

use crate::enums::{RoleGql, TierGql};
use crate::error::{ResultExt, caller};
use crate::loaders::load;
use crate::registry::authority::Authority;
use crate::registry::enterprise::Enterprise;
use crate::registry::institution::Institution;
use crate::registry::officer::Officer;
use crate::registry::region::Region;

/// The authenticated caller.
pub struct Viewer(pub Principal);

/// The authenticated caller as the server sees it: who, in which role and organisation.
#[Object]
impl Viewer {
    /// The person or system acting (the token's `sub`).
    async fn subject(&self) -> &str {
        &self.0.subject
    }

    /// What the caller is, e.g. COUNTY_OFFICER, TESTING_INSTITUTION, AUDITOR.
    async fn role(&self) -> RoleGql {
        self.0.role.into()
    }

    /// Responsibility tier (§四) of officers: HEAD (行政一把手), LEADER_IN_CHARGE (分管领导),
    /// STAFF (直接责任人); null for other callers.
    async fn tier(&self) -> Option<TierGql> {
        self.0.tier.map(TierGql::from)
    }

    /// `authority:<id>`, `institution:<id>`, `enterprise:<id>` or `platform`.
    async fn organisation(&self) -> String {
        self.0.organisation.reference()
    }

    /// The officer (执法人员) the token's subject resolves to in the directory, if any.
    async fn officer(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Officer>> {
        let (app, _) = caller(ctx)?;
        Ok(app.officer_of(&self.0).await.gql()?.map(Officer))
    }

    /// The market-regulation authority (市场监督管理局) the caller acts for: officers' and
    /// auditors'; null for institutions, enterprises and the platform.
    async fn authority(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Authority>> {
        let Some(id) = self.0.organisation.authority_id() else { return Ok(None) };
        Ok(load(ctx, |l| &l.authority, id).await?.map(Authority))
    }

    /// The testing institution (承检机构) the caller acts for; null for everyone else.
    async fn institution(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Institution>> {
        let Some(id) = self.0.organisation.institution_id() else { return Ok(None) };
        Ok(load(ctx, |l| &l.institution, id).await?.map(Institution))
    }

    /// The licensed enterprise the caller acts for (its own users); null for everyone else.
    async fn enterprise(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Enterprise>> {
        let Some(id) = self.0.organisation.enterprise_id() else { return Ok(None) };
        Ok(load(ctx, |l| &l.enterprise, id).await?.map(Enterprise))
    }

    /// The region whose jurisdiction the caller's authority holds.
    async fn jurisdiction(&self) -> Option<Region> {
        self.0.jurisdiction().map(Region)
    }
}

#[derive(Default)]
pub struct IdentityQuery;

#[Object]
impl IdentityQuery {
    /// Who you are, as the server sees it.
    async fn viewer(&self, ctx: &Context<'_>) -> async_graphql::Result<Viewer> {
        Ok(Viewer(ctx.data::<Principal>()?.clone()))
    }
}
