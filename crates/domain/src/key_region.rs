//! Key regions (重点地区, §三 "对…重点地区…加大监管力度", issue 18 item 1, docs/adr/0037): a county is
//! key when its own records say so — the pass rate of its licensed enterprises' checks, the share
//! of its known producers that work without a license, the density of malicious counterfeiting —
//! measured over the twelve months to a day against thresholds that are provincial settings
//! (national defaults a province may only tighten). Never typed in: the figures come from the
//! records, the reasons name each threshold crossed, and a key county's patrol plans owe more
//! visits (`KeyRegionThresholds::patrol_factor`).

use std::collections::BTreeMap;

use chrono::{Days, Months, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::registry::region::RegionCode;
use crate::testing::judgment::rounding::{Mark, Rounding, round};

/// The window the figures are counted over: the twelve months to the day asked, that day
/// included (a year of checks, as the annual reports count).
pub const WINDOW_MONTHS: u32 = 12;
/// The fewest judged checks a pass rate is judged on: with four, one failure alone would make a
/// county key (75 %); with five the rate moves by 20 points a check, still coarse but not one
/// sample's accident (docs/adr/0037).
pub const MIN_CHECKS: u64 = 5;
/// The highest patrol multiplier a province may set for its key regions: weekly visits of a
/// monthly plan would no longer be a plan.
pub const MAX_PATROL_FACTOR: u32 = 4;

/// The first day of the window that ends on `on`.
pub fn window_start(on: NaiveDate) -> NaiveDate {
    on.checked_sub_months(Months::new(WINDOW_MONTHS))
        .and_then(|day| day.checked_add_days(Days::new(1)))
        .unwrap_or(NaiveDate::MIN)
}

/// Where a county becomes key, and what it then owes. Each threshold tightens in one direction
/// (`crate::rules` checks a province's values): the pass rate up, the two others down, the
/// patrol factor up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyRegionThresholds {
    /// Key when the pass rate (percent, one decimal) is below this.
    pub pass_rate_below_percent: Decimal,
    /// Key when known producers over licensed ones (two decimals) reach this.
    pub producer_ratio_from: Decimal,
    /// Key when counterfeiting cases per hundred licensed enterprises (two decimals) reach this.
    pub counterfeit_per_hundred_from: Decimal,
    /// The multiplier of the visits a key county's enterprises owe a patrol plan.
    pub patrol_factor: u32,
}

impl KeyRegionThresholds {
    /// The national defaults (docs/adr/0037 gives their reasons): below 90 % passing, one known
    /// producer in eleven unlicensed, one counterfeiting case per hundred licensees; twice the
    /// visits.
    pub const NATIONAL: KeyRegionThresholds = KeyRegionThresholds {
        pass_rate_below_percent: Decimal::from_parts(900, 0, 0, false, 1),
        producer_ratio_from: Decimal::from_parts(110, 0, 0, false, 2),
        counterfeit_per_hundred_from: Decimal::from_parts(100, 0, 0, false, 2),
        patrol_factor: 2,
    };

    /// Each value the tighter of these and `other`'s.
    pub fn tighter(&self, other: &KeyRegionThresholds) -> KeyRegionThresholds {
        KeyRegionThresholds {
            pass_rate_below_percent: self.pass_rate_below_percent.max(other.pass_rate_below_percent),
            producer_ratio_from: self.producer_ratio_from.min(other.producer_ratio_from),
            counterfeit_per_hundred_from: self
                .counterfeit_per_hundred_from
                .min(other.counterfeit_per_hundred_from),
            patrol_factor: self.patrol_factor.max(other.patrol_factor).min(MAX_PATROL_FACTOR),
        }
    }
}

/// A county's records over the window, as counted from the registry and the cases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegionFigures {
    pub region: RegionCode,
    /// Enterprises holding a license in force on the day asked.
    pub licensed: u64,
    /// Checks of their products judged in the window (periodic samples by their current verdict,
    /// spot-check results imported): passed and failed. Checks judged neither way are left out.
    pub checks_passed: u64,
    pub checks_failed: u64,
    /// Producers found working without a license in the window and not since licensed or
    /// dismissed (无证生产 cases).
    pub unlicensed: u64,
    /// Malicious-counterfeiting cases (恶意造假) opened against its licensees in the window.
    pub counterfeit: u64,
}

crate::stored_enum! {
    /// Why a county is key: the criterion a figure crossed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum Criterion {
        /// The pass rate of its licensed enterprises' checks is below the threshold.
        LowPassRate = "LOW_PASS_RATE",
        /// Too many of its known producers work without a license.
        UnlicensedProducers = "UNLICENSED_PRODUCERS",
        /// Malicious counterfeiting is dense among its licensees.
        Counterfeiting = "COUNTERFEITING",
    }
}

/// One threshold crossed: the figure (none when it has no denominator — producers but no
/// licensee at all), the threshold it crossed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reason {
    pub criterion: Criterion,
    pub value: Option<Decimal>,
    pub threshold: Decimal,
}

impl Reason {
    /// The reason in Chinese and English, for the screen and the appeal.
    pub fn explain(&self) -> (String, String) {
        let value = self.value.map(|v| v.normalize().to_string());
        let threshold = self.threshold.normalize();
        match (self.criterion, value) {
            (Criterion::LowPassRate, Some(v)) => (
                format!("抽查合格率 {v}% 低于 {threshold}%"),
                format!("pass rate {v} % is below {threshold} %"),
            ),
            (Criterion::UnlicensedProducers, Some(v)) => (
                format!("已知生产者与获证企业之比 {v} 达到 {threshold}"),
                format!("known producers over licensed ones {v} reaches {threshold}"),
            ),
            (Criterion::UnlicensedProducers, None) => (
                "有无证生产者而无获证企业".to_owned(),
                "unlicensed producers and no licensed enterprise".to_owned(),
            ),
            (Criterion::Counterfeiting, Some(v)) => (
                format!("每百家获证企业恶意造假案件 {v} 件，达到 {threshold} 件"),
                format!("{v} counterfeiting cases per hundred licensees reaches {threshold}"),
            ),
            (Criterion::Counterfeiting, None) => (
                "有恶意造假案件而无获证企业".to_owned(),
                "counterfeiting cases and no licensed enterprise".to_owned(),
            ),
            // Never made: a pass rate is judged only on enough checks.
            (Criterion::LowPassRate, None) => {
                ("抽查合格率未判定".to_owned(), "pass rate not judged".to_owned())
            }
        }
    }
}

/// A county judged: its figures, the derived rates (each rounded by GB/T 8170 and compared as
/// shown), and the reasons it is key (none: not key).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub figures: RegionFigures,
    pub thresholds: KeyRegionThresholds,
    /// Percent, one decimal; none below `MIN_CHECKS` judged checks.
    pub pass_rate_percent: Option<Decimal>,
    /// Known producers (licensed and unlicensed) over licensed ones, two decimals; none without a
    /// licensee.
    pub producer_ratio: Option<Decimal>,
    /// Counterfeiting cases per hundred licensees, two decimals; none without a licensee.
    pub counterfeit_per_hundred: Option<Decimal>,
    pub reasons: Vec<Reason>,
}

impl Assessment {
    /// Whether the county is key.
    pub fn is_key(&self) -> bool {
        !self.reasons.is_empty()
    }

    /// The multiplier its patrol plans apply: the thresholds' factor when key, else one.
    pub fn patrol_factor(&self) -> u32 {
        if self.is_key() { self.thresholds.patrol_factor } else { 1 }
    }
}

/// The patrol multipliers of the key counties among `assessments` (a county not named owes the
/// plan's visits): what the patrol plans' targets read.
pub type PatrolFactors = BTreeMap<RegionCode, u32>;

/// The key counties' multipliers.
pub fn patrol_factors(assessments: &[Assessment]) -> PatrolFactors {
    assessments.iter().filter(|a| a.is_key()).map(|a| (a.figures.region, a.patrol_factor())).collect()
}

/// Judges a county's figures against the thresholds in force for it.
pub fn assess(figures: RegionFigures, thresholds: KeyRegionThresholds) -> Assessment {
    let judged = figures.checks_passed + figures.checks_failed;
    let pass_rate_percent = (judged >= MIN_CHECKS)
        .then(|| rounded(Decimal::from(figures.checks_passed) * Decimal::ONE_HUNDRED, judged, 1));
    let licensed = figures.licensed;
    let producer_ratio =
        (licensed > 0).then(|| rounded(Decimal::from(licensed + figures.unlicensed), licensed, 2));
    let counterfeit_per_hundred = (licensed > 0)
        .then(|| rounded(Decimal::from(figures.counterfeit) * Decimal::ONE_HUNDRED, licensed, 2));
    let mut reasons = Vec::new();
    if let Some(rate) = pass_rate_percent
        && rate < thresholds.pass_rate_below_percent
    {
        reasons.push(Reason {
            criterion: Criterion::LowPassRate,
            value: Some(rate),
            threshold: thresholds.pass_rate_below_percent,
        });
    }
    let crosses = |value: Option<Decimal>, count: u64, threshold: Decimal| match value {
        Some(value) => value >= threshold,
        None => count > 0,
    };
    if crosses(producer_ratio, figures.unlicensed, thresholds.producer_ratio_from) {
        reasons.push(Reason {
            criterion: Criterion::UnlicensedProducers,
            value: producer_ratio,
            threshold: thresholds.producer_ratio_from,
        });
    }
    if crosses(counterfeit_per_hundred, figures.counterfeit, thresholds.counterfeit_per_hundred_from) {
        reasons.push(Reason {
            criterion: Criterion::Counterfeiting,
            value: counterfeit_per_hundred,
            threshold: thresholds.counterfeit_per_hundred_from,
        });
    }
    Assessment { figures, thresholds, pass_rate_percent, producer_ratio, counterfeit_per_hundred, reasons }
}

/// `numerator / denominator` rounded to `places` by GB/T 8170 (an exact half to even); the
/// denominator is never zero here.
fn rounded(numerator: Decimal, denominator: u64, places: i32) -> Decimal {
    let exact = numerator / Decimal::from(denominator);
    round(exact, Rounding::places(places), Mark::None).unwrap_or(exact)
}

#[cfg(test)]
mod tests;
