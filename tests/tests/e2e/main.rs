//! End-to-end tests: the real server over HTTP, on SQLite and PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

mod audit;
mod auth;
mod bad_input;
mod contract;
mod dataloader;
mod due;
mod http;
mod limits;
mod pagination;
mod permissions;
mod plugins;
mod rectification;
mod registry;
mod subscriptions;
mod supervision;
