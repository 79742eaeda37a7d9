//! End-to-end tests: the real server over HTTP, on SQLite and PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

mod attachments;
mod audit;
mod auth;
mod authorities;
mod bad_input;
mod calendar;
mod cast;
mod contract;
mod dataloader;
mod designation_race;
mod due;
mod http;
mod ingestion;
mod institutions;
mod licenses;
mod limits;
mod metrics;
mod navigation;
mod node;
mod officers;
mod orders;
mod pagination;
mod permissions;
mod plugin_versions;
mod plugins;
mod public;
mod registry;
mod review_queue;
mod scenarios;
mod subscriptions;
mod supervision;
mod tidy;
mod walkthrough;
