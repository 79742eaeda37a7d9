//! Enforcement (§三, docs/adr/0034): the malicious-counterfeiting cases (`counterfeit`).

pub mod counterfeit;
