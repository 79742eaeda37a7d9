//! Responsibility (§四, docs/adr/0035): supervision orders (督查督办, `order`) and requests from the
//! lower tier (`request`): their node types, lists and mutations.

pub mod agreement;
pub mod assignment;
pub mod order;
pub mod overview;
pub mod record;
pub mod request;
