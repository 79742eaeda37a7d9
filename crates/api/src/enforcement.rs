//! Enforcement cases (§三): unlicensed production (`unlicensed`, docs/adr/0033).

pub mod unlicensed;
