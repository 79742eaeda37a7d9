//! Building the schema. The SDL it prints is the public contract kept in
//! `schema.graphql` (a test fails when the two drift apart).

use async_graphql::{MergedObject, Schema};
use oversight_app::App;

use crate::audit::AuditQuery;
use crate::identity::IdentityQuery;
use crate::industry::IndustryQuery;
use crate::mutation::RegistryMutation;
use crate::query::RegistryQuery;
use crate::registry::authority::AuthorityMutation;
use crate::registry::institution::{InstitutionMutation, InstitutionQuery};
use crate::registry::officer::{OfficerMutation, OfficerQuery};
use crate::subscription::SubscriptionRoot;
use crate::testing::objection::ObjectionMutation;
use crate::testing::rectification::{RectificationMutation, RectificationQuery};
use crate::testing::supervision::{SupervisionMutation, SupervisionQuery};

/// The query root: one part per area, merged.
#[derive(MergedObject, Default)]
pub struct QueryRoot(
    RegistryQuery,
    IdentityQuery,
    InstitutionQuery,
    OfficerQuery,
    AuditQuery,
    IndustryQuery,
    SupervisionQuery,
    crate::testing::due::DueQuery,
    RectificationQuery,
    crate::calendar::CalendarQuery,
    crate::reporting::ReportingQuery,
    crate::registry::change_request::ChangeRequestQuery,
);

/// The mutation root: one part per area, merged.
#[derive(MergedObject, Default)]
pub struct MutationRoot(
    RegistryMutation,
    AuthorityMutation,
    InstitutionMutation,
    OfficerMutation,
    SupervisionMutation,
    RectificationMutation,
    ObjectionMutation,
    crate::testing::tasks::TaskChangeMutation,
    crate::calendar::CalendarMutation,
    crate::testing::designation::DesignationChangeMutation,
    crate::registry::change_request::ChangeRequestMutation,
);

pub type OversightSchema = Schema<QueryRoot, MutationRoot, SubscriptionRoot>;

/// Limits that protect the server from expensive queries.
#[derive(Debug, Clone)]
pub struct SchemaLimits {
    pub max_depth: usize,
    pub max_complexity: usize,
    /// Production: introspection and field suggestions are both off (suggestions
    /// alone would let a tool rebuild the schema from error messages).
    pub production: bool,
}

impl Default for SchemaLimits {
    fn default() -> Self {
        SchemaLimits { max_depth: 15, max_complexity: 10_000, production: false }
    }
}

/// The schema with the application attached.
pub fn build(
    app: App,
    authenticator: std::sync::Arc<oversight_app::identity::Authenticator>,
    limits: &SchemaLimits,
) -> OversightSchema {
    let mut builder = Schema::build(QueryRoot::default(), MutationRoot::default(), SubscriptionRoot)
        .data(app)
        .data(authenticator)
        .limit_depth(limits.max_depth)
        .limit_complexity(limits.max_complexity);
    if limits.production {
        builder = builder.disable_introspection().disable_suggestions();
    }
    builder.finish()
}

/// The SDL of the schema, without needing a database.
pub fn sdl() -> String {
    Schema::build(QueryRoot::default(), MutationRoot::default(), SubscriptionRoot).finish().sdl()
}
