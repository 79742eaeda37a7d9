//! The engine's vocabulary: the rule set an industry is judged by, the request for one sample, and
//! the explained verdict. Rule types are plain data already validated by whoever built them.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::rounding::Rounding;

/// Mandatory (GB, 强制性) or recommended (GB/T, 推荐性): decides how declared values are weighed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StandardNature {
    Mandatory,
    Recommended,
}

/// One edition of a standard and the half-open period `[effective_from, effective_until)` in which
/// it is the one in force.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edition {
    pub edition: String,
    pub effective_from: NaiveDate,
    pub effective_until: Option<NaiveDate>,
}

/// A standard with its editions; the host guarantees the periods do not overlap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Standard {
    pub code: String,
    pub nature: StandardNature,
    pub editions: Vec<Edition>,
}

impl Standard {
    /// The edition in force on `date`, if any.
    pub fn edition_on(&self, date: NaiveDate) -> Option<&Edition> {
        self.editions.iter().find(|edition| {
            edition.effective_from <= date && edition.effective_until.is_none_or(|until| date < until)
        })
    }
}

/// Importance class of an item: kept for risk grading and for the type-test verdict mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    A,
    B,
    C,
}

/// GB/T 8170 comparison: round the result to the limit's position first, or compare it unrounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ComparisonMethod {
    RoundedValue,
    WholeValue,
}

/// Which side of a looked-up limit is the requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BoundKind {
    Min,
    Max,
}

/// A deviation allowed around a declared value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Deviation {
    Absolute(Decimal),
    /// Percent of the declared value.
    Percent(Decimal),
}

/// One row of a lookup table: the attribute values of a variant, and the limit for them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableRow {
    pub key: Vec<String>,
    pub limit: Decimal,
    pub needs_verification: bool,
}

/// A requirement as a rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Rule {
    Min {
        value: Decimal,
    },
    Max {
        value: Decimal,
    },
    Range {
        min: Decimal,
        max: Decimal,
    },
    Equals {
        value: Decimal,
    },
    /// A textual result that must be one of the allowed values ("no_breakdown").
    Enumeration {
        allowed: Vec<String>,
    },
    /// Declared value minus `below` … plus `above`; a missing side is unbounded.
    Tolerance {
        below: Option<Deviation>,
        above: Option<Deviation>,
    },
    /// A min or max limit looked up by the variant's attributes named in `keys`.
    Table {
        keys: Vec<String>,
        bound: BoundKind,
        rows: Vec<TableRow>,
    },
    /// Bounds computed by the plugin's code; `params` is opaque JSON text handed to it.
    Custom {
        function: String,
        params: String,
    },
}

/// A rule for some variants (all when empty) under some editions (all when empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Requirement {
    pub variants: Vec<String>,
    pub editions: Vec<String>,
    pub rule: Rule,
    pub needs_verification: bool,
}

/// A test item as the engine needs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    pub code: String,
    pub name_zh: String,
    pub unit: String,
    /// Code of the standard (in the rule set) whose edition sets the limit.
    pub standard: String,
    pub severity: Severity,
    pub retestable: bool,
    pub comparison: ComparisonMethod,
    /// Where to round for rounded-value comparison; `None` means the limit's own last digit.
    pub rounding: Option<Rounding>,
    pub allow_negative: bool,
    /// The result is text compared with an enumeration, not a number.
    pub textual: bool,
    pub requirements: Vec<Requirement>,
}

/// A product variant (grade, type, size) and the attributes table rules look up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Variant {
    pub code: String,
    pub attributes: BTreeMap<String, String>,
}

/// How item outcomes combine into the sample's outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "mode")]
pub enum VerdictMode {
    /// Any failed item makes the sample nonconforming (current SAMR spot-check rules).
    AnyFail,
    /// Type-test scoring: nonconforming unless A ≤ max_a, B ≤ max_b and B + C ≤ max_b_plus_c.
    TypeTest { max_a: u32, max_b: u32, max_b_plus_c: u32 },
}

/// Everything the engine needs to judge samples of one industry, as one plugin version defines it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleSet {
    pub plugin_id: String,
    pub plugin_version: String,
    pub verdict_mode: VerdictMode,
    pub variants: BTreeMap<String, Variant>,
    pub standards: BTreeMap<String, Standard>,
    pub items: BTreeMap<String, Item>,
}

/// A measured result as the lab reported it: a decimal string (optionally with a (+)/(−) mark) or,
/// for textual items, a word; `conditions` carries test conditions a custom rule may need (for
/// example `temperature_c` for conductor resistance).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeasuredResult {
    pub value: String,
    pub unit: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub conditions: BTreeMap<String, String>,
}

/// One sample to judge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JudgeRequest {
    /// Plugin id of the industry.
    pub industry: String,
    pub variant: String,
    pub sampling_date: NaiveDate,
    /// Declared (明示) values by item code, as decimal strings.
    #[serde(default)]
    pub declared: BTreeMap<String, String>,
    /// Standards the enterprise declares as its executive standard (执行标准): a recommended
    /// standard's items are judged only when it is declared or a value is declared for the item.
    #[serde(default)]
    pub declared_standards: Vec<String>,
    pub results: BTreeMap<String, MeasuredResult>,
    /// Items the laboratory did not test, each with its reason (§二(四): every unified item is
    /// reported, as a result or as "not tested, because …"). A not-tested item makes the verdict
    /// not judgeable.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub not_tested: BTreeMap<String, String>,
    /// Which items the verdict must cover: every item the profile requires (a sample), or only
    /// those reported (a plugin's worked example of some items).
    #[serde(default)]
    pub coverage: Coverage,
}

/// The items a judgment must cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    /// Every item the variant's profile requires on the sampling date ([`super::required_items`]):
    /// one that is neither reported nor declared not tested is missing, and the verdict is not
    /// judgeable. Submissions are judged so (and refused when an item is missing).
    #[default]
    RequiredItems,
    /// Only the items reported: the worked examples of a plugin profile, which show the judgment
    /// of a few items each.
    ReportedItems,
}

/// Outcome of one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Pass,
    Fail,
    /// No judgment: no requirement applies, or one applies but cannot be applied (no table row,
    /// no declared value for a tolerance); the explanation says which.
    NotJudged,
    /// The laboratory did not test the item; the explanation carries its reason.
    NotTested,
}

/// The limit actually applied to an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct AppliedLimit {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<Decimal>,
    // `default` too: a stored verdict must read back (an empty list is left out when written).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allowed: Vec<String>,
}

/// Where the applied limit came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum LimitSource {
    /// A standard edition carried by the plugin.
    Standard { code: String, edition: String, nature: StandardNature },
    /// The enterprise's declared value (stricter than the standard, or looser than a recommended one).
    Declared { value: Decimal },
    /// Bounds computed by a plugin function for the standard edition.
    PluginFunction { function: String, code: String, edition: String },
}

/// The explained judgment of one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemVerdict {
    pub code: String,
    pub name_zh: String,
    pub severity: Severity,
    pub retestable: bool,
    pub outcome: Outcome,
    /// The result as reported.
    pub measured: String,
    pub unit: String,
    /// The value compared after any correction by a plugin function (e.g. to 20 °C).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_judged: Option<Decimal>,
    /// The rounded value, for rounded-value comparison.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rounded_value: Option<Decimal>,
    pub method: ComparisonMethod,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rounding: Option<Rounding>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<AppliedLimit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit_source: Option<LimitSource>,
    /// The limit rests on a value not yet confirmed from the standard text.
    pub needs_verification: bool,
    pub explanation: String,
}

/// The sample's conclusion. There is deliberately no "compliant": a spot check only finds, or does
/// not find, nonconformity in the items it tested — and finds nothing either way when a required
/// item could not be judged or was not tested (docs/adr/0015-verdict-completeness.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Conclusion {
    NoNonconformityFound,
    Nonconforming,
    /// Incomplete: a required item was not judged, not tested or not reported, or nothing at all
    /// was judged, and no item failed. Never passing: no objection, no rectification, no change
    /// of schedule; the per-item explanations say why.
    NotJudgeable,
}

impl Conclusion {
    pub const ALL: [Conclusion; 3] =
        [Conclusion::NoNonconformityFound, Conclusion::Nonconforming, Conclusion::NotJudgeable];

    /// The conclusion of a stored name.
    pub fn parse(text: &str) -> Option<Conclusion> {
        Conclusion::ALL.into_iter().find(|conclusion| conclusion.as_str() == text)
    }

    /// The stored (and shown) name.
    pub fn as_str(self) -> &'static str {
        match self {
            Conclusion::NoNonconformityFound => "NO_NONCONFORMITY_FOUND",
            Conclusion::Nonconforming => "NONCONFORMING",
            Conclusion::NotJudgeable => "NOT_JUDGEABLE",
        }
    }

    /// The wording of the SAMR rules.
    pub fn text_zh(self) -> &'static str {
        match self {
            Conclusion::NoNonconformityFound => "所检项目未发现不合格",
            Conclusion::Nonconforming => "不合格",
            Conclusion::NotJudgeable => "无法判定",
        }
    }

    /// Only a nonconforming verdict counts against the enterprise (objection, rectification,
    /// revocation); "not failing" is not "passing" — see [`Conclusion::passing`].
    pub fn failing(self) -> bool {
        self == Conclusion::Nonconforming
    }

    /// Only a complete verdict that found no nonconformity passes (closes a rectification).
    pub fn passing(self) -> bool {
        self == Conclusion::NoNonconformityFound
    }
}

/// The explained verdict for one sample.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub industry: String,
    pub plugin_id: String,
    pub plugin_version: String,
    pub engine_version: String,
    pub variant: String,
    pub sampling_date: NaiveDate,
    /// Standard code → edition applied, for every standard an item was judged under.
    pub editions: BTreeMap<String, String>,
    pub conclusion: Conclusion,
    pub conclusion_zh: String,
    /// An A-class item failed.
    pub serious: bool,
    pub n_pass: u32,
    pub n_fail: u32,
    pub n_not_judged: u32,
    /// Items declared not tested (written since verdicts could be incomplete; 0 when absent).
    #[serde(default)]
    pub n_not_tested: u32,
    /// Required items neither reported nor declared not tested (empty for `ReportedItems`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing_items: Vec<String>,
    pub items: Vec<ItemVerdict>,
}

/// Bad input: nothing is judged, and the error names the item at fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JudgeError {
    #[error("unknown variant {variant:?} for industry {industry:?}")]
    UnknownVariant { industry: String, variant: String },
    #[error("item {item:?}: no such test item in this industry")]
    UnknownItem { item: String },
    #[error("item {item:?}: unit {got:?} given, the item is measured in {expected:?}")]
    WrongUnit { item: String, expected: String, got: String },
    #[error("item {item:?}: {reason}")]
    BadValue { item: String, reason: String },
    #[error("item {item:?}: negative value {value} is impossible for this item")]
    NegativeValue { item: String, value: String },
    #[error("item {item:?}: no edition of {standard} was in force on {date}")]
    NoEditionInForce { item: String, standard: String, date: NaiveDate },
    #[error("item {item:?}: declared value refused: {reason}")]
    BadDeclared { item: String, reason: String },
    #[error("items {items:?}: the plugin's custom judgment failed: {message}")]
    Custom { items: Vec<String>, message: String },
    #[error("the request names no result to judge")]
    NoResults,
    #[error("item {item:?}: {reason}")]
    BadNotTested { item: String, reason: String },
}

impl JudgeError {
    /// Stable machine code for API error extensions.
    pub fn code(&self) -> &'static str {
        match self {
            JudgeError::UnknownVariant { .. } => "UNKNOWN_VARIANT",
            JudgeError::UnknownItem { .. } => "UNKNOWN_ITEM",
            JudgeError::WrongUnit { .. } => "WRONG_UNIT",
            JudgeError::BadValue { .. } => "BAD_VALUE",
            JudgeError::NegativeValue { .. } => "NEGATIVE_VALUE",
            JudgeError::NoEditionInForce { .. } => "NO_EDITION_IN_FORCE",
            JudgeError::BadDeclared { .. } => "BAD_DECLARED_VALUE",
            JudgeError::Custom { .. } => "PLUGIN_JUDGE_FAILED",
            JudgeError::NoResults => "NO_RESULTS",
            JudgeError::BadNotTested { .. } => "BAD_NOT_TESTED",
        }
    }
}

/// A call to a plugin function for one item, batched per sample.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomCall<'a> {
    pub item: &'a Item,
    /// Index of the matched requirement in `item.requirements`.
    pub requirement: usize,
    pub function: &'a str,
    pub params: &'a str,
    pub value: Decimal,
    pub measured: &'a str,
    pub unit: &'a str,
    pub declared: Option<Decimal>,
    pub conditions: &'a BTreeMap<String, String>,
}

/// What a plugin function returns for one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CustomResult {
    /// The engine compares `value` (or the measured value when `None`) with the bounds.
    Bounds {
        value: Option<Decimal>,
        min: Option<Decimal>,
        max: Option<Decimal>,
        explanation: String,
    },
    NotJudged {
        reason: String,
    },
}
