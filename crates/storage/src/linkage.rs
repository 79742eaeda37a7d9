//! Linkage (联动, §二(六), docs/adr/0026): the notices sent down the tiers (`notice`).

pub mod notice;
