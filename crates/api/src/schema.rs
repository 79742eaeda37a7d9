//! Building the schema. The SDL it prints is the public contract kept in
//! `schema.graphql` (a test fails when the two drift apart).

use async_graphql::{EmptySubscription, Schema};
use oversight_app::App;

use crate::mutation::MutationRoot;
use crate::query::QueryRoot;

pub type OversightSchema = Schema<QueryRoot, MutationRoot, EmptySubscription>;

/// Limits that protect the server from expensive queries.
#[derive(Debug, Clone)]
pub struct SchemaLimits {
    pub max_depth: usize,
    pub max_complexity: usize,
}

impl Default for SchemaLimits {
    fn default() -> Self {
        SchemaLimits { max_depth: 15, max_complexity: 5_000 }
    }
}

/// The schema with the application attached.
pub fn build(app: App, limits: &SchemaLimits) -> OversightSchema {
    Schema::build(QueryRoot, MutationRoot, EmptySubscription)
        .data(app)
        .limit_depth(limits.max_depth)
        .limit_complexity(limits.max_complexity)
        .finish()
}

/// The SDL of the schema, without needing a database.
pub fn sdl() -> String {
    Schema::build(QueryRoot, MutationRoot, EmptySubscription).finish().sdl()
}
