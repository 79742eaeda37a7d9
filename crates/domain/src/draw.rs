//! Double-random draws (双随机一公开, issue 16 items 7–11, docs/adr/0025): the specification an
//! authority commits to, with the SHA-256 of a seed it keeps secret until the draw is run; the
//! directories (targets, inspectors, conflicts) snapshotted and hashed at the commit; the
//! deterministic algorithm (`algorithm::run`) and the offline replay of a published record
//! (`record::replay`). Everything here is pure, so the server and `oversight draw replay` run the
//! very same code.

pub mod algorithm;
pub mod record;
pub mod snapshot;

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::ids::AuthorityId;
use crate::registry::region::RegionCode;

/// The algorithm this code runs; stored on every record, so a later algorithm is a new version
/// and an old record still replays with the code that knows its version.
pub const ALGORITHM_VERSION: &str = "oversight-draw-v1";

/// The fewest inspectors per target (执法两人以上, as every inspection).
pub const MIN_INSPECTORS_PER_TARGET: u32 = 2;
/// The most inspectors per target a specification may ask.
pub const MAX_INSPECTORS_PER_TARGET: u32 = 10;
/// The longest coverage guarantee and recent-patrol recusal window, in months.
pub const MAX_MONTHS: u32 = 120;
/// The shortest seed: a seed shorter than this could be found from its published hash by trying.
pub const MIN_SEED_CHARS: usize = 16;
/// The longest seed.
pub const MAX_SEED_CHARS: usize = 256;
/// The most industries or regions a population filter names.
pub const MAX_FILTER_ENTRIES: usize = 100;

/// The strata are the enterprises' current risk classes (风险等级, `risk::RiskClass`, A lowest).
pub use crate::risk::RiskClass as DrawClass;

/// The class an enterprise without a recorded class is drawn in (docs/adr/0025 decision 4): the
/// same as every other reader of classes (dues, the preview) assumes.
pub const DEFAULT_CLASS: DrawClass = crate::risk::UNASSESSED_CLASS;

/// The share of one class's targets to draw, in percent (0–100).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Stratum {
    pub class: DrawClass,
    pub percent: u32,
}

/// What an authority commits to before the seed is revealed. Serialised as compact JSON in
/// field order (`canonical_bytes`), which is what `spec_sha256` hashes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DrawSpec {
    /// The authority that draws; its region is the jurisdiction of both directories.
    pub authority_id: AuthorityId,
    pub authority_region: RegionCode,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// The day the directories were read (the commit's day): "in force" and every month window
    /// count from it.
    pub drawn_on: NaiveDate,
    /// Industry codes of the population, ascending; empty: every industry.
    pub industries: Vec<String>,
    /// Regions of the population inside the jurisdiction, ascending; empty: all of it.
    pub regions: Vec<RegionCode>,
    /// Per class the share drawn, one entry per class in class order; a class not named is 0 %.
    pub strata: Vec<Stratum>,
    /// The share of the whole population drawn uniformly, before and regardless of class.
    pub uniform_percent: u32,
    /// A target not checked for more than this many months is always drawn.
    pub coverage_months: Option<u32>,
    pub inspectors_per_target: u32,
    /// An inspector who patrolled the enterprise within this many months is not sent again.
    pub recent_patrol_months: Option<u32>,
    /// Whether an inspector seated in the target's own county is excluded (cross-region).
    pub cross_region: bool,
}

/// Why a specification is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SpecRefused {
    #[error("the period ends on {ends_on}, before it starts on {starts_on}")]
    PeriodReversed { starts_on: NaiveDate, ends_on: NaiveDate },
    #[error("a draw's period is at most a year: {ends_on} is on or after {starts_on}'s anniversary")]
    PeriodTooLong { starts_on: NaiveDate, ends_on: NaiveDate },
    #[error("the period ended on {ends_on}, before today")]
    PeriodPast { ends_on: NaiveDate },
    #[error("{field} is a percentage, 0 to 100, not {value}")]
    Percent { field: &'static str, value: u32 },
    #[error("class {0} is named twice in the strata")]
    ClassTwice(DrawClass),
    #[error(
        "inspectors per target must be {MIN_INSPECTORS_PER_TARGET} to {MAX_INSPECTORS_PER_TARGET} (执法两人以上), not {0}"
    )]
    Inspectors(u32),
    #[error("{field} must be 1 to {MAX_MONTHS} months, not {value}")]
    Months { field: &'static str, value: u32 },
    #[error("region {0} is outside the authority's jurisdiction")]
    RegionOutside(RegionCode),
    #[error("a population filter names at most {MAX_FILTER_ENTRIES} industries or regions")]
    FilterTooLong,
    #[error("'{0}' is not an industry code (1–32 letters, digits, '-' or '_')")]
    Industry(String),
    #[error(
        "nothing would be drawn: every stratum and the uniform share are 0 % and there is no coverage guarantee"
    )]
    Empty,
}

impl DrawSpec {
    /// Checks the specification and puts it in canonical form: filters sorted and deduplicated,
    /// strata in class order without zero entries. `today` bounds the period.
    pub fn checked(mut self, today: NaiveDate) -> Result<DrawSpec, SpecRefused> {
        let (starts_on, ends_on) = (self.starts_on, self.ends_on);
        if ends_on < starts_on {
            return Err(SpecRefused::PeriodReversed { starts_on, ends_on });
        }
        if starts_on.checked_add_months(Months::new(12)).is_none_or(|anniversary| ends_on >= anniversary) {
            return Err(SpecRefused::PeriodTooLong { starts_on, ends_on });
        }
        if ends_on < today {
            return Err(SpecRefused::PeriodPast { ends_on });
        }
        let mut seen = Vec::new();
        for stratum in &self.strata {
            if stratum.percent > 100 {
                return Err(SpecRefused::Percent { field: "strata.percent", value: stratum.percent });
            }
            if seen.contains(&stratum.class) {
                return Err(SpecRefused::ClassTwice(stratum.class));
            }
            seen.push(stratum.class);
        }
        self.strata.retain(|s| s.percent > 0);
        self.strata.sort_by_key(|s| s.class);
        if self.uniform_percent > 100 {
            return Err(SpecRefused::Percent { field: "uniformPercent", value: self.uniform_percent });
        }
        if !(MIN_INSPECTORS_PER_TARGET..=MAX_INSPECTORS_PER_TARGET).contains(&self.inspectors_per_target) {
            return Err(SpecRefused::Inspectors(self.inspectors_per_target));
        }
        for (field, months) in
            [("coverageMonths", self.coverage_months), ("recentPatrolMonths", self.recent_patrol_months)]
        {
            if let Some(value) = months.filter(|m| !(1..=MAX_MONTHS).contains(m)) {
                return Err(SpecRefused::Months { field, value });
            }
        }
        if self.industries.len() > MAX_FILTER_ENTRIES || self.regions.len() > MAX_FILTER_ENTRIES {
            return Err(SpecRefused::FilterTooLong);
        }
        if let Some(bad) = self.industries.iter().find(|code| !is_industry_code(code)) {
            return Err(SpecRefused::Industry(bad.clone()));
        }
        if let Some(outside) = self.regions.iter().find(|r| !self.authority_region.contains(r)) {
            return Err(SpecRefused::RegionOutside(*outside));
        }
        self.industries.sort();
        self.industries.dedup();
        self.regions.sort();
        self.regions.dedup();
        if self.strata.is_empty() && self.uniform_percent == 0 && self.coverage_months.is_none() {
            return Err(SpecRefused::Empty);
        }
        Ok(self)
    }

    /// The share of `class` drawn, in percent.
    pub fn percent_of(&self, class: DrawClass) -> u32 {
        self.strata.iter().find(|s| s.class == class).map_or(0, |s| s.percent)
    }

    /// The day before which a target's last check makes it due under the coverage guarantee.
    pub fn coverage_threshold(&self) -> Option<NaiveDate> {
        self.coverage_months
            .map(|m| self.drawn_on.checked_sub_months(Months::new(m)).unwrap_or(NaiveDate::MIN))
    }

    /// The first day of the recent-patrol recusal window.
    pub fn recent_patrol_since(&self) -> Option<NaiveDate> {
        self.recent_patrol_months
            .map(|m| self.drawn_on.checked_sub_months(Months::new(m)).unwrap_or(NaiveDate::MIN))
    }

    /// The spec as compact JSON in declaration order: the bytes `spec_sha256` hashes.
    pub fn canonical_bytes(&self) -> Vec<u8> {
        // Serialising plain fields (numbers, strings, dates, sorted lists) cannot fail.
        serde_json::to_vec(self).unwrap_or_default()
    }

    pub fn sha256(&self) -> String {
        sha256_hex(&self.canonical_bytes())
    }
}

fn is_industry_code(code: &str) -> bool {
    (1..=32).contains(&code.len())
        && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Why a seed or its hash is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SeedRefused {
    #[error("a seed hash is 64 lowercase hexadecimal digits (SHA-256)")]
    HashFormat,
    #[error(
        "a seed is {MIN_SEED_CHARS} to {MAX_SEED_CHARS} characters, so that it cannot be guessed from its hash"
    )]
    SeedLength,
    #[error("SHA-256 of the seed revealed is {actual}, not the committed {committed}")]
    Mismatch { committed: String, actual: String },
}

/// Checks a published seed hash's form.
pub fn check_seed_hash(hash: &str) -> Result<(), SeedRefused> {
    let ok = hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if ok { Ok(()) } else { Err(SeedRefused::HashFormat) }
}

/// Checks a revealed seed against the committed hash: SHA-256 of its UTF-8 bytes.
pub fn check_seed(seed: &str, committed: &str) -> Result<(), SeedRefused> {
    if !(MIN_SEED_CHARS..=MAX_SEED_CHARS).contains(&seed.chars().count()) {
        return Err(SeedRefused::SeedLength);
    }
    let actual = sha256_hex(seed.as_bytes());
    if actual == committed {
        Ok(())
    } else {
        Err(SeedRefused::Mismatch { committed: committed.to_owned(), actual })
    }
}

#[cfg(test)]
mod tests;
