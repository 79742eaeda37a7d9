//! Enforcement cases (§三): unlicensed production (`unlicensed`).

pub mod unlicensed;
