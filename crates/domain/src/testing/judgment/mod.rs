//! The judgment engine of unified compulsory testing: given an industry's rule set (from a plugin),
//! a product variant, a sampling date, declared values and measured results, it decides each item
//! and the sample exactly as a supervision spot check would (reference §0.1 and §0.4). It is pure:
//! no I/O, no clock, no floats — the same inputs give the same verdict years later.
//!
//! The rule types here are the engine's own, independent of `plugin-api`: `plugin-host` converts a
//! plugin's profile into a [`RuleSet`] after validating it.

mod engine;
pub mod rounding;
mod types;

pub use engine::{CustomEvaluator, NoCustomRules, judge, required_items};
pub use rounding::{Mark, Rounding, RoundingUnit};
pub use types::*;

/// Re-exported so that callers (plugin-host) build requests without naming chrono or
/// rust_decimal themselves.
pub use chrono::NaiveDate;
pub use rust_decimal::Decimal;

/// Recorded on every verdict so that a re-judgment can say which engine produced the original one.
pub const ENGINE_VERSION: &str = concat!("oversight-judgment/", env!("CARGO_PKG_VERSION"));

#[cfg(test)]
mod tests;
