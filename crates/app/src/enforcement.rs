//! Enforcement cases (§三): unlicensed production (`unlicensed`, docs/adr/0033).

pub(crate) mod unlicensed;
