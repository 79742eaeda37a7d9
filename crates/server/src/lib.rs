//! The `oversight` binary's library half: configuration, server start-up and the
//! demo seeder, kept here so the end-to-end tests start the real server in-process.

pub mod audit_cli;
pub mod config;
pub mod draw_cli;
pub mod import_cli;
pub mod plugins_cli;
pub mod risk_cli;
pub mod seed;
pub mod serve;
pub mod telemetry;
pub mod tokens;

pub use config::Config;
