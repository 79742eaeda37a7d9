//! Who is calling (`viewer`), in GraphQL.

use async_graphql::{Context, Object};
use oversight_app::Principal;

use crate::error::{ResultExt, caller};
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
