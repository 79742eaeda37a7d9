//! Enforcement cases (§三): unlicensed production (`unlicensed`, docs/adr/0033) and malicious
//! counterfeiting (`counterfeit`, docs/adr/0034).

pub mod counterfeit;
pub(crate) mod unlicensed;
