//! Provincial implementing rules (省级实施细则, issue 16 item 5; the regulation's closing
//! paragraphs let each province issue its own rules for carrying it out): the settings every rule
//! of the product reads — deadlines, the frequency matrix, the risk model — as the national
//! defaults a province may only tighten, versioned with the day each version takes effect
//! (docs/adr/0032).
//!
//! A province's version names only what it changes; the settings in force for a place on a day
//! are the national defaults with the newest version of its province that took effect by then
//! applied, each value the tighter of the two (so a national default tightened by a later release
//! is never loosened by an older provincial version).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::key_region::{KeyRegionThresholds, MAX_PATROL_FACTOR};
use crate::registry::region::RegionCode;
use crate::risk::{FrequencyMatrix, RiskClass, RiskFactor, RiskModel, Thresholds};

/// The deadlines a province may shorten, in the units the regulation's practice counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Deadlines {
    /// A rectification's (整改) period when the officer sets none, in days.
    pub rectification_days: u32,
    /// The longest period an officer may set, in days.
    pub rectification_max_days: u32,
    /// The longest extension (延期) of a rectification, in days.
    pub max_extension_days: u32,
    /// The authority's deadline for deciding (受理 or not) an objection, in working days.
    pub objection_decision_working_days: u32,
    /// A linkage notice's (通报) acknowledge, act and close deadlines, in working days.
    pub notice_acknowledge_working_days: u32,
    pub notice_act_working_days: u32,
    pub notice_close_working_days: u32,
    /// The working days an unlicensed producer is given to apply for a license (督促申请, §三).
    pub unlicensed_apply_working_days: u32,
    /// The working days the tier above has to answer a request from the tier below (§四 "及时予以
    /// 答复").
    pub request_answer_working_days: u32,
    /// The working days after its period by which a generated report is due to the tier above
    /// (§二(五)); versions stored before the setting existed read the national default.
    #[serde(default = "national_report_submit_working_days")]
    pub report_submit_working_days: u32,
}

fn national_report_submit_working_days() -> u32 {
    crate::generated_report::SUBMIT_WORKING_DAYS
}

/// The shortest rectification period anyone may set, in days (docs/adr/0009, decision 7): an
/// enterprise needs time to act, so a province cannot go below it either.
pub const RECTIFICATION_MIN_DAYS: u32 = 15;

impl Deadlines {
    /// Every setting by its API name (`rectificationDays` …), in a fixed order.
    pub fn named(&self) -> impl Iterator<Item = (&'static str, u32)> + '_ {
        DEADLINE_FIELDS.iter().map(move |field| (field.name, (field.get)(self)))
    }

    /// The national defaults (docs/adr/0009 and 0026 give their reasons).
    pub const NATIONAL: Deadlines = Deadlines {
        rectification_days: 30,
        rectification_max_days: 90,
        max_extension_days: 30,
        objection_decision_working_days: 5,
        notice_acknowledge_working_days: crate::linkage::notice::ACKNOWLEDGE_WORKING_DAYS,
        notice_act_working_days: crate::linkage::notice::ACT_WORKING_DAYS,
        notice_close_working_days: crate::linkage::notice::CLOSE_WORKING_DAYS,
        unlicensed_apply_working_days: crate::enforcement::unlicensed::APPLY_WORKING_DAYS,
        request_answer_working_days: crate::responsibility::request::ANSWER_WORKING_DAYS,
        report_submit_working_days: crate::generated_report::SUBMIT_WORKING_DAYS,
    };
}

/// One deadline setting: its name in the API, how to read it and write it.
struct DeadlineField {
    name: &'static str,
    get: fn(&Deadlines) -> u32,
    set: fn(&mut Deadlines, u32),
    /// The least value a province may set.
    min: u32,
}

/// Every deadline setting; each tightens by going down, never below `min`.
const DEADLINE_FIELDS: [DeadlineField; 10] = [
    DeadlineField {
        name: "rectificationDays",
        get: |d| d.rectification_days,
        set: |d, v| d.rectification_days = v,
        min: RECTIFICATION_MIN_DAYS,
    },
    DeadlineField {
        name: "rectificationMaxDays",
        get: |d| d.rectification_max_days,
        set: |d, v| d.rectification_max_days = v,
        min: RECTIFICATION_MIN_DAYS,
    },
    DeadlineField {
        name: "maxExtensionDays",
        get: |d| d.max_extension_days,
        set: |d, v| d.max_extension_days = v,
        min: 1,
    },
    DeadlineField {
        name: "objectionDecisionWorkingDays",
        get: |d| d.objection_decision_working_days,
        set: |d, v| d.objection_decision_working_days = v,
        min: 1,
    },
    DeadlineField {
        name: "noticeAcknowledgeWorkingDays",
        get: |d| d.notice_acknowledge_working_days,
        set: |d, v| d.notice_acknowledge_working_days = v,
        min: 1,
    },
    DeadlineField {
        name: "noticeActWorkingDays",
        get: |d| d.notice_act_working_days,
        set: |d, v| d.notice_act_working_days = v,
        min: 1,
    },
    DeadlineField {
        name: "noticeCloseWorkingDays",
        get: |d| d.notice_close_working_days,
        set: |d, v| d.notice_close_working_days = v,
        min: 1,
    },
    DeadlineField {
        name: "unlicensedApplyWorkingDays",
        get: |d| d.unlicensed_apply_working_days,
        set: |d, v| d.unlicensed_apply_working_days = v,
        // A producer needs at least two weeks to put an application together.
        min: 10,
    },
    DeadlineField {
        name: "requestAnswerWorkingDays",
        get: |d| d.request_answer_working_days,
        set: |d, v| d.request_answer_working_days = v,
        min: 1,
    },
    DeadlineField {
        name: "reportSubmitWorkingDays",
        get: |d| d.report_submit_working_days,
        set: |d, v| d.report_submit_working_days = v,
        // A period's last records need entering and its report checking before it goes up.
        min: 5,
    },
];

/// A class's multiplier in a province's frequency matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassFactor {
    pub class: RiskClass,
    pub factor: u32,
}

/// A factor's weight in a province's risk model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactorWeight {
    pub factor: RiskFactor,
    pub weight: Decimal,
}

/// What one version of a province's rules changes; every field left out keeps the national
/// value. Stored as JSON with the version, so the names are a stored format: never renamed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProvincialRules {
    /// Deadline settings by their API name (`rectificationDays` …).
    #[serde(default)]
    pub deadlines: BTreeMap<String, u32>,
    /// Whole multipliers of the frequency matrix per class (more checks: at least the national).
    #[serde(default)]
    pub frequency: Vec<ClassFactor>,
    /// Risk-model weights (at least the national weight, at most the model's `max_weight`).
    #[serde(default)]
    pub risk_weights: Vec<FactorWeight>,
    /// Risk-class thresholds (at most the national, at least the model's `min_thresholds`).
    #[serde(default)]
    pub risk_thresholds: Option<Thresholds>,
    /// Key-region thresholds (重点地区, docs/adr/0037): each only in its tightening direction.
    #[serde(default)]
    pub key_regions: KeyRegionRules,
}

/// What a province's version changes of the key-region thresholds; each left out keeps the
/// national value.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyRegionRules {
    /// Raised: more counties fall below it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass_rate_below_percent: Option<Decimal>,
    /// Lowered, above one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub producer_ratio_from: Option<Decimal>,
    /// Lowered, above zero.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counterfeit_per_hundred_from: Option<Decimal>,
    /// Raised, at most `key_region::MAX_PATROL_FACTOR`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patrol_factor: Option<u32>,
}

impl KeyRegionRules {
    /// `thresholds` with these changes, each only where it tightens.
    fn applied_to(&self, thresholds: &KeyRegionThresholds) -> KeyRegionThresholds {
        thresholds.tighter(&KeyRegionThresholds {
            pass_rate_below_percent: self
                .pass_rate_below_percent
                .unwrap_or(thresholds.pass_rate_below_percent),
            producer_ratio_from: self.producer_ratio_from.unwrap_or(thresholds.producer_ratio_from),
            counterfeit_per_hundred_from: self
                .counterfeit_per_hundred_from
                .unwrap_or(thresholds.counterfeit_per_hundred_from),
            patrol_factor: self.patrol_factor.unwrap_or(thresholds.patrol_factor),
        })
    }
}

/// The highest multiplier a province may set: monthly checks (the schedule's ceiling).
pub const MAX_FREQUENCY_FACTOR: u32 = 12;

/// Why a province's setting is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleProblem {
    /// The value loosens the national one (`national`, as the API writes it).
    Loosens {
        setting: String,
        proposed: String,
        national: String,
    },
    /// The value is outside what any rule may set.
    OutOfRange {
        setting: String,
        proposed: String,
        allowed: String,
    },
    /// A name the settings do not have, or one given twice.
    Unknown {
        setting: String,
    },
    Duplicate {
        setting: String,
    },
    /// Values that contradict each other (a default longer than the longest period …).
    Inconsistent {
        setting: String,
        reason: String,
    },
}

impl RuleProblem {
    /// The setting the problem is about, as the API names it.
    pub fn setting(&self) -> &str {
        match self {
            RuleProblem::Loosens { setting, .. }
            | RuleProblem::OutOfRange { setting, .. }
            | RuleProblem::Unknown { setting }
            | RuleProblem::Duplicate { setting }
            | RuleProblem::Inconsistent { setting, .. } => setting,
        }
    }

    /// The problem in a sentence, naming the national value where it is a loosening.
    pub fn message(&self) -> String {
        match self {
            RuleProblem::Loosens { setting, proposed, national } => {
                format!(
                    "{setting} {proposed} loosens the national value {national}: a province may only tighten"
                )
            }
            RuleProblem::OutOfRange { setting, proposed, allowed } => {
                format!("{setting} {proposed} is outside {allowed}")
            }
            RuleProblem::Unknown { setting } => format!("{setting} is not a provincial setting"),
            RuleProblem::Duplicate { setting } => format!("{setting} is given twice"),
            RuleProblem::Inconsistent { setting, reason } => format!("{setting}: {reason}"),
        }
    }
}

/// Whether a province's version tightens the national settings (every problem, not the first).
pub fn check(rules: &ProvincialRules, national: &Settings) -> Result<(), Vec<RuleProblem>> {
    let mut problems = Vec::new();
    check_deadlines(rules, &national.deadlines, &mut problems);
    check_frequency(rules, &national.frequency, &mut problems);
    check_model(rules, &national.model, &mut problems);
    check_key_regions(&rules.key_regions, &national.key_regions, &mut problems);
    if problems.is_empty() { Ok(()) } else { Err(problems) }
}

fn check_deadlines(rules: &ProvincialRules, national: &Deadlines, problems: &mut Vec<RuleProblem>) {
    for (name, value) in &rules.deadlines {
        let Some(field) = DEADLINE_FIELDS.iter().find(|field| field.name == name) else {
            problems.push(RuleProblem::Unknown { setting: format!("deadlines.{name}") });
            continue;
        };
        let setting = format!("deadlines.{name}");
        let national_value = (field.get)(national);
        if *value > national_value {
            problems.push(RuleProblem::Loosens {
                setting,
                proposed: value.to_string(),
                national: national_value.to_string(),
            });
        } else if *value < field.min {
            problems.push(RuleProblem::OutOfRange {
                setting,
                proposed: value.to_string(),
                allowed: format!("{}..={national_value}", field.min),
            });
        }
    }
    let applied = apply_deadlines(national, rules);
    if applied.rectification_days > applied.rectification_max_days {
        problems.push(RuleProblem::Inconsistent {
            setting: "deadlines.rectificationDays".to_owned(),
            reason: format!(
                "the default period {} is longer than the longest period {}",
                applied.rectification_days, applied.rectification_max_days
            ),
        });
    }
    let notice = [
        applied.notice_acknowledge_working_days,
        applied.notice_act_working_days,
        applied.notice_close_working_days,
    ];
    if notice.windows(2).any(|pair| pair[0] > pair[1]) {
        problems.push(RuleProblem::Inconsistent {
            setting: "deadlines.noticeActWorkingDays".to_owned(),
            reason: format!(
                "a notice is acknowledged, then acted on, then closed: {} ≤ {} ≤ {} working days",
                notice[0], notice[1], notice[2]
            ),
        });
    }
}

fn check_frequency(rules: &ProvincialRules, national: &FrequencyMatrix, problems: &mut Vec<RuleProblem>) {
    let mut seen = Vec::new();
    for ClassFactor { class, factor } in &rules.frequency {
        let setting = format!("frequency.{}", class.as_str());
        if seen.contains(class) {
            problems.push(RuleProblem::Duplicate { setting });
            continue;
        }
        seen.push(*class);
        let national_factor = national.factor(*class);
        let (numerator, denominator) = national_factor.ratio();
        if u64::from(*factor) * u64::from(denominator) < u64::from(numerator) {
            problems.push(RuleProblem::Loosens {
                setting,
                proposed: factor.to_string(),
                national: national_factor.to_string(),
            });
        } else if *factor > MAX_FREQUENCY_FACTOR {
            problems.push(RuleProblem::OutOfRange {
                setting,
                proposed: factor.to_string(),
                allowed: format!("{national_factor}..={MAX_FREQUENCY_FACTOR}"),
            });
        }
    }
}

fn check_model(rules: &ProvincialRules, national: &RiskModel, problems: &mut Vec<RuleProblem>) {
    let mut seen = Vec::new();
    for FactorWeight { factor, weight } in &rules.risk_weights {
        let setting = format!("riskWeights.{}", factor.as_str());
        if seen.contains(factor) {
            problems.push(RuleProblem::Duplicate { setting });
            continue;
        }
        seen.push(*factor);
        let Some(rule) = national.rules.iter().find(|rule| rule.factor == *factor) else {
            problems.push(RuleProblem::Unknown { setting });
            continue;
        };
        if *weight < rule.weight {
            problems.push(RuleProblem::Loosens {
                setting,
                proposed: weight.normalize().to_string(),
                national: rule.weight.normalize().to_string(),
            });
        } else if *weight > rule.max_weight {
            problems.push(RuleProblem::OutOfRange {
                setting,
                proposed: weight.normalize().to_string(),
                allowed: format!("{}..={}", rule.weight.normalize(), rule.max_weight.normalize()),
            });
        }
    }
    if let Some(thresholds) = &rules.risk_thresholds {
        check_thresholds(thresholds, national, problems);
    }
}

fn check_thresholds(proposed: &Thresholds, national: &RiskModel, problems: &mut Vec<RuleProblem>) {
    let each = [
        ("B", proposed.b, national.thresholds.b, national.min_thresholds.b),
        ("C", proposed.c, national.thresholds.c, national.min_thresholds.c),
        ("D", proposed.d, national.thresholds.d, national.min_thresholds.d),
    ];
    for (class, value, national_value, least) in each {
        let setting = format!("riskThresholds.{class}");
        if value > national_value {
            problems.push(RuleProblem::Loosens {
                setting,
                proposed: value.normalize().to_string(),
                national: national_value.normalize().to_string(),
            });
        } else if value < least {
            problems.push(RuleProblem::OutOfRange {
                setting,
                proposed: value.normalize().to_string(),
                allowed: format!("{}..={}", least.normalize(), national_value.normalize()),
            });
        }
    }
    if !(proposed.b < proposed.c && proposed.c < proposed.d) {
        problems.push(RuleProblem::Inconsistent {
            setting: "riskThresholds".to_owned(),
            reason: "the thresholds rise from B to C to D".to_owned(),
        });
    }
}

/// One key-region threshold as checked: its name, the value proposed and the national one, the
/// farthest any rule may go, and whether tightening raises it.
struct Bound {
    name: &'static str,
    proposed: Option<Decimal>,
    national: Decimal,
    limit: Decimal,
    raises: bool,
}

fn check_key_regions(
    rules: &KeyRegionRules,
    national: &KeyRegionThresholds,
    problems: &mut Vec<RuleProblem>,
) {
    let bounds = [
        Bound {
            name: "passRateBelowPercent",
            proposed: rules.pass_rate_below_percent,
            national: national.pass_rate_below_percent,
            limit: Decimal::ONE_HUNDRED,
            raises: true,
        },
        Bound {
            name: "producerRatioFrom",
            proposed: rules.producer_ratio_from,
            national: national.producer_ratio_from,
            // At 1.00 every county would be key: known producers are never fewer than licensed.
            limit: Decimal::new(101, 2),
            raises: false,
        },
        Bound {
            name: "counterfeitPerHundredFrom",
            proposed: rules.counterfeit_per_hundred_from,
            national: national.counterfeit_per_hundred_from,
            limit: Decimal::new(1, 2),
            raises: false,
        },
        Bound {
            name: "patrolFactor",
            proposed: rules.patrol_factor.map(Decimal::from),
            national: Decimal::from(national.patrol_factor),
            limit: Decimal::from(MAX_PATROL_FACTOR),
            raises: true,
        },
    ];
    for bound in bounds {
        let Some(value) = bound.proposed else { continue };
        let setting = format!("keyRegions.{}", bound.name);
        let (loosens, beyond) = if bound.raises {
            (value < bound.national, value > bound.limit)
        } else {
            (value > bound.national, value < bound.limit)
        };
        let (proposed, national, limit) =
            (value.normalize().to_string(), bound.national.normalize().to_string(), bound.limit.normalize());
        if loosens {
            problems.push(RuleProblem::Loosens { setting, proposed, national });
        } else if beyond {
            let allowed =
                if bound.raises { format!("{national}..={limit}") } else { format!("{limit}..={national}") };
            problems.push(RuleProblem::OutOfRange { setting, proposed, allowed });
        }
    }
}

/// The national defaults with a province's version applied, each value the tighter.
fn apply_deadlines(national: &Deadlines, rules: &ProvincialRules) -> Deadlines {
    let mut applied = *national;
    for field in &DEADLINE_FIELDS {
        if let Some(value) = rules.deadlines.get(field.name) {
            (field.set)(&mut applied, (field.get)(national).min((*value).max(field.min)));
        }
    }
    applied
}

/// One stored version of a province's rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleVersion {
    pub province: RegionCode,
    /// 1, 2, … per province, in the order they were set.
    pub version: u32,
    /// The first day it is in force.
    pub effective_from: NaiveDate,
    pub rules: ProvincialRules,
    pub reason: String,
}

impl RuleVersion {
    /// The name the adjusted model and matrix carry (the model `national-2027.1+320000.2`, the
    /// matrix `national-2026.1+320000.2`), so a stored assessment says which provincial version
    /// produced it.
    pub fn label(&self, national: &str) -> String {
        format!("{national}+{}.{}", self.province.as_str(), self.version)
    }
}

/// The settings every rule reads for one place on one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub deadlines: Deadlines,
    pub frequency: FrequencyMatrix,
    pub model: RiskModel,
    /// Where a county becomes key (重点地区) and what it then owes.
    pub key_regions: KeyRegionThresholds,
    /// The provincial version applied (province, version, effective from); none: the national.
    pub source: Option<(RegionCode, u32, NaiveDate)>,
}

impl Settings {
    /// The national defaults.
    pub fn national() -> Settings {
        Settings {
            deadlines: Deadlines::NATIONAL,
            frequency: FrequencyMatrix::national_default(),
            model: RiskModel::national_default(),
            key_regions: KeyRegionThresholds::NATIONAL,
            source: None,
        }
    }

    /// These settings with a province's version applied, each value the tighter.
    pub fn with(&self, version: &RuleVersion) -> Settings {
        let rules = &version.rules;
        let frequency = rules.frequency.iter().map(|entry| (entry.class, entry.factor)).collect();
        let weights = rules.risk_weights.iter().map(|entry| (entry.factor, entry.weight)).collect();
        Settings {
            deadlines: apply_deadlines(&self.deadlines, rules),
            frequency: self.frequency.tightened(version.label(&self.frequency.version), &frequency),
            model: self.model.tightened(
                version.label(&self.model.version),
                &weights,
                rules.risk_thresholds.as_ref(),
            ),
            key_regions: rules.key_regions.applied_to(&self.key_regions),
            source: Some((version.province, version.version, version.effective_from)),
        }
    }
}

/// The settings in force on one day across the country: the national defaults and each
/// province's version in force (read in one statement, applied once).
#[derive(Debug, Clone)]
pub struct RuleBook {
    national: Settings,
    provinces: BTreeMap<RegionCode, Settings>,
}

impl RuleBook {
    /// The book of one day from the versions that took effect by then (any order; the newest
    /// per province — latest effective day, then highest version — applies).
    pub fn new(versions: &[RuleVersion]) -> RuleBook {
        let national = Settings::national();
        let mut newest: BTreeMap<RegionCode, &RuleVersion> = BTreeMap::new();
        for version in versions {
            let newer = newest.get(&version.province).is_none_or(|held| {
                (version.effective_from, version.version) > (held.effective_from, held.version)
            });
            if newer {
                newest.insert(version.province, version);
            }
        }
        let provinces =
            newest.into_iter().map(|(province, version)| (province, national.with(version))).collect();
        RuleBook { national, provinces }
    }

    /// The settings of a place: its province's, or the national ones (a national-level place,
    /// or a province with no version in force).
    pub fn for_region(&self, region: &RegionCode) -> &Settings {
        region.province().and_then(|province| self.provinces.get(&province)).unwrap_or(&self.national)
    }

    /// The national defaults.
    pub fn national(&self) -> &Settings {
        &self.national
    }

    /// The provinces with a version in force, and their settings.
    pub fn provinces(&self) -> impl Iterator<Item = (&RegionCode, &Settings)> {
        self.provinces.iter()
    }
}

#[cfg(test)]
mod tests;
