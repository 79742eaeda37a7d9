//! The GraphQL API: the only crate that knows GraphQL. Resolvers wrap records from
//! `app` in GraphQL objects and call one `app` function each; DataLoaders keep a
//! page's SQL statement count constant; errors leave with stable codes.

pub mod archive;
pub mod attachment;
pub mod audit;
pub mod calendar;
mod campaign;
mod draw;
mod enforcement;
mod enterprise_report;
pub mod enums;
pub mod error;
pub mod export;
mod generated_report;
pub mod graphiql;
pub mod http;
pub mod identity;
pub mod ids;
mod inbox;
pub mod industry;
mod key_region;
pub mod limits;
mod linkage;
pub mod loaders;
pub mod mutation;
pub mod node;
pub mod page;
mod patrol;
pub mod public;
pub mod query;
mod registry;
pub mod reporting;
mod responsibility;
mod review;
mod risk;
mod rules;
pub mod schema;
pub mod socket;
mod spot_check;
pub mod subscription;
pub mod telemetry;
mod testing;

pub use http::{Endpoint, configure};
pub use schema::{OversightSchema, SchemaLimits, build, sdl};
