//! Who is calling (`viewer`), in GraphQL.

use async_graphql::{Context, Object};
use oversight_app::Principal;
use oversight_domain::access::Organisation;

use crate::error::{ResultExt, caller};
use crate::loaders::load;
use crate::registry::authority::Authority;
use crate::registry::enterprise::Enterprise;
use crate::registry::institution::Institution;
use crate::registry::officer::Officer;
use crate::registry::region::Region;

/// The authenticated caller.
pub struct Viewer(pub Principal);

#[Object]
impl Viewer {
    /// The person or system acting (the token's `sub`).
    async fn subject(&self) -> &str {
        &self.0.subject
    }

    /// e.g. `county_officer`, `testing_institution`, `auditor`.
    async fn role(&self) -> &'static str {
        self.0.role.as_str()
    }

    /// Responsibility tier (§四) of officers: head (行政一把手), leader_in_charge (分管领导), staff (直接责任人).
    async fn tier(&self) -> Option<&'static str> {
        self.0.tier.map(|t| t.as_str())
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
        let Organisation::Authority { id, .. } = self.0.organisation else { return Ok(None) };
        Ok(load(ctx, |l| &l.authority, id).await?.map(Authority))
    }

    /// The testing institution (承检机构) the caller acts for; null for everyone else.
    async fn institution(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Institution>> {
        let Organisation::Institution { id, .. } = self.0.organisation else { return Ok(None) };
        Ok(load(ctx, |l| &l.institution, id).await?.map(Institution))
    }

    /// The licensed enterprise the caller acts for (its own users); null for everyone else.
    async fn enterprise(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Enterprise>> {
        let Organisation::Enterprise { id, .. } = self.0.organisation else { return Ok(None) };
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
