//! The industry profile a plugin declares: standards and editions, checklist items, testing
//! frequency, test items with a rule per variant, and worked examples. It is plain serde data (see
//! docs/plugin-spec.md and docs/plugin-profile.schema.json); limits are decimal *strings* so that
//! no binary float ever holds one.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A profile, as written in the plugin's `profile.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndustryProfile {
    /// Stable identifier, lowercase with hyphens (`wire-cable`); also the industry code.
    pub id: String,
    /// Semantic version of the profile (`1.0.0`); bump it whenever a limit changes.
    pub version: String,
    pub names: Names,
    /// Licence product units (产品单元) this profile covers; `issueLicense` accepts only these.
    pub license_product_units: Vec<String>,
    /// Licence categories (许可证类别) of the licence numbers: the two-digit product category
    /// (`"13"`) or the category with its three-digit unit (`"06-001"`). Added after the first
    /// profiles: a profile without it still loads, and its licence numbers go unchecked.
    #[serde(default)]
    pub license_categories: Vec<LicenseCategorySpec>,
    /// One of the key industries of unified compulsory testing.
    pub key_industry: bool,
    pub verdict_mode: VerdictModeSpec,
    pub standards: Vec<StandardSpec>,
    #[serde(default)]
    pub checklist: Vec<ChecklistItem>,
    #[serde(default)]
    pub testing_frequency: Vec<FrequencySpec>,
    pub objection: ObjectionSpec,
    pub variants: Vec<VariantSpec>,
    pub items: Vec<TestItemSpec>,
    #[serde(default)]
    pub examples: Vec<ExampleSpec>,
    /// The industry's own fields of the enterprise's periodic report (企业定期报告, §二(五)),
    /// after the common ones. Added after the first profiles: a profile without it still loads
    /// and its enterprises report the common fields only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub report_fields: Vec<ReportFieldSpec>,
    /// Free-text notes for reviewers: what is left out and why.
    #[serde(default)]
    pub notes: Vec<String>,
}

/// A licence category the industry's licence numbers carry (the `13-005` of `XK13-005-00042`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LicenseCategorySpec {
    /// `"13"` (any unit of the category) or `"06-001"` (that unit only).
    pub code: String,
    /// Not checked against the official product catalogue (产品目录) yet.
    #[serde(default)]
    pub needs_verification: bool,
}

/// A name in Chinese and English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    pub zh: String,
    pub en: String,
}

/// How item outcomes combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "mode", deny_unknown_fields)]
pub enum VerdictModeSpec {
    AnyFail,
    TypeTest { max_a: u32, max_b: u32, max_b_plus_c: u32 },
}

/// Mandatory (GB) or recommended (GB/T).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StandardNature {
    Mandatory,
    Recommended,
}

/// A standard and the editions the plugin encodes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StandardSpec {
    /// Code without year (`GB/T 3956`).
    pub code: String,
    pub title_zh: String,
    pub nature: StandardNature,
    pub editions: Vec<EditionSpec>,
    #[serde(default)]
    pub needs_verification: bool,
}

/// An edition in force from `effective_from` (inclusive) to `effective_until` (exclusive).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditionSpec {
    /// Full designation with year (`GB/T 3956-2008`).
    pub edition: String,
    /// `YYYY-MM-DD`.
    pub effective_from: String,
    #[serde(default)]
    pub effective_until: Option<String>,
    #[serde(default)]
    pub needs_verification: bool,
}

/// An extra patrol checklist item for this industry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistItem {
    pub code: String,
    pub text_zh: String,
    #[serde(default)]
    pub text_en: Option<String>,
    /// Clause or rule the item rests on.
    pub basis: String,
    #[serde(default)]
    pub needs_verification: bool,
    /// The enterprise answers this item in its self-inspection report (自查报告) of the annual
    /// review (年度审查, §二(二)), after the five base items. Absent in older profiles: false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub self_inspection: bool,
}

/// A field of the enterprise's periodic report that the industry declares (e.g. copper bought
/// for conductors, in tonnes). The host validates every value against it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportFieldSpec {
    /// Unique within the profile: uppercase letters, digits, hyphens and underscores.
    pub code: String,
    pub name_zh: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    pub kind: ReportFieldKind,
    /// The enterprise must fill it in to submit.
    #[serde(default)]
    pub required: bool,
    /// The rule or standard the field rests on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
}

/// The type of a report field: a decimal or an integer with its unit, bounded text, or yes/no.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type", deny_unknown_fields)]
pub enum ReportFieldKind {
    /// A measured quantity: values carry exactly `unit` and at most `scale` decimal places
    /// (absent: any number of places).
    Decimal {
        unit: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        scale: Option<u32>,
    },
    /// A count, with its unit (`批`, `次`).
    Integer {
        unit: String,
    },
    /// Free text of at most `max_length` characters.
    Text {
        max_length: u32,
    },
    Boolean,
}

impl ReportFieldKind {
    /// The unit values of the field carry, if it has one.
    pub fn unit(&self) -> Option<&str> {
        match self {
            ReportFieldKind::Decimal { unit, .. } | ReportFieldKind::Integer { unit } => Some(unit),
            ReportFieldKind::Text { .. } | ReportFieldKind::Boolean => None,
        }
    }
}

/// Compulsory testing frequency of one test scope (检验范围, e.g. the A-class items quarterly, the
/// full type test yearly): each scope is scheduled on its own (docs/plugin-spec.md).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrequencySpec {
    /// The scope's name (historically the field named a risk class; it names the scope a task
    /// is opened for, e.g. `a_class_items`, `full_type_test`).
    pub risk_class: String,
    pub times_per_year: u32,
    /// The increased frequency (增加频次, §二(四)) for an enterprise with a failing final verdict
    /// in the last twelve months; at least `times_per_year`. Absent: the normal frequency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub increased_times_per_year: Option<u32>,
    /// The narrower scopes a sample of this scope also satisfies (a full type test covers the
    /// A-class items), by name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub covers: Vec<String>,
    #[serde(default)]
    pub basis: Option<String>,
    #[serde(default)]
    pub needs_verification: bool,
}

/// The law's objection window (产品质量法 第十五条: 15 days), the only value `window_days` may
/// hold.
pub const OBJECTION_WINDOW_DAYS: u32 = 15;

fn law_window() -> u32 {
    OBJECTION_WINDOW_DAYS
}

/// The objection (异议) and retest rules a plugin states.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObjectionSpec {
    /// The objection window is the law's, not the plugin's: the field is kept so existing
    /// profiles still read, may be omitted (it is then 15), and a host refuses a profile that
    /// declares any other value (docs/plugin-spec.md).
    #[serde(default = "law_window")]
    pub window_days: u32,
    pub basis: String,
    #[serde(default)]
    pub needs_verification: bool,
}

/// A product variant: type, grade or size, with the attributes table rules look up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VariantSpec {
    pub code: String,
    pub name_zh: String,
    #[serde(default)]
    pub name_en: Option<String>,
    #[serde(default)]
    pub attributes: BTreeMap<String, String>,
}

/// Importance class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Severity {
    A,
    B,
    C,
}

/// GB/T 8170 comparison method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ComparisonMethod {
    RoundedValue,
    WholeValue,
}

/// Rounding interval unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum RoundingUnit {
    #[default]
    One,
    Half,
    Fifth,
}

/// Rounding position for rounded-value comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoundingSpec {
    /// Places after the decimal point; negative for tens, hundreds…
    pub decimals: i32,
    #[serde(default)]
    pub unit: RoundingUnit,
}

/// A test item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestItemSpec {
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
    /// Unit as results must carry it; empty for textual results.
    pub unit: String,
    pub method_standard: String,
    /// Code of the standard (in `standards`) whose edition sets the limit.
    pub standard: String,
    pub severity: Severity,
    pub retestable: bool,
    pub comparison: ComparisonMethod,
    /// `None`: round to the limit's last digit.
    #[serde(default)]
    pub rounding: Option<RoundingSpec>,
    /// Whether a negative result is possible (a change, a deviation, a temperature). Absent: the
    /// item's nature decides — `true` when one of its limits is negative (the quantity then can
    /// be), `false` otherwise (a mass, a time, a concentration); see [`TestItemSpec::allows_negative`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_negative: Option<bool>,
    pub requirements: Vec<RequirementSpec>,
    #[serde(default)]
    pub needs_verification: bool,
    #[serde(default)]
    pub note: Option<String>,
}

impl TestItemSpec {
    /// Whether a negative result is accepted: as declared, or, when `allow_negative` is absent,
    /// when a limit of one of its requirements is written negative.
    pub fn allows_negative(&self) -> bool {
        self.allow_negative.unwrap_or_else(|| self.requirements.iter().any(|r| r.rule.has_negative_limit()))
    }
}

impl RuleSpec {
    /// A limit of the rule is written with a minus sign (plugin code's limits are unknown here).
    fn has_negative_limit(&self) -> bool {
        let negative = |text: &String| text.trim_start().starts_with('-');
        match self {
            RuleSpec::Min { value } | RuleSpec::Max { value } | RuleSpec::Equals { value } => negative(value),
            RuleSpec::Range { min, max } => negative(min) || negative(max),
            RuleSpec::Table { rows, .. } => rows.iter().any(|row| negative(&row.limit)),
            RuleSpec::Enumeration { .. } | RuleSpec::Tolerance { .. } | RuleSpec::Custom { .. } => false,
        }
    }
}

/// A rule for some variants (all when empty) and editions (all when empty).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequirementSpec {
    #[serde(default)]
    pub variants: Vec<String>,
    #[serde(default)]
    pub editions: Vec<String>,
    pub rule: RuleSpec,
    #[serde(default)]
    pub needs_verification: bool,
    #[serde(default)]
    pub note: Option<String>,
}

/// A deviation around a declared value: `{"absolute": "1.5"}` or `{"percent": "10"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeviationSpec {
    Absolute(String),
    Percent(String),
}

/// Min or max side of a table limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BoundSpec {
    Min,
    Max,
}

/// A row of a lookup table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableRowSpec {
    pub key: Vec<String>,
    pub limit: String,
    #[serde(default)]
    pub needs_verification: bool,
}

/// A requirement as a rule; decimal values are strings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", deny_unknown_fields)]
pub enum RuleSpec {
    Min {
        value: String,
    },
    Max {
        value: String,
    },
    Range {
        min: String,
        max: String,
    },
    Equals {
        value: String,
    },
    Enumeration {
        allowed: Vec<String>,
    },
    Tolerance {
        #[serde(default)]
        below: Option<DeviationSpec>,
        #[serde(default)]
        above: Option<DeviationSpec>,
    },
    Table {
        keys: Vec<String>,
        bound: BoundSpec,
        rows: Vec<TableRowSpec>,
    },
    Custom {
        function: String,
        #[serde(default)]
        params: serde_json::Value,
    },
}

/// A measured result in an example or a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResultSpec {
    pub value: String,
    pub unit: String,
    #[serde(default)]
    pub conditions: BTreeMap<String, String>,
}

/// An expected item outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExpectedOutcome {
    Pass,
    Fail,
    NotJudged,
}

/// An expected sample conclusion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExpectedConclusion {
    NoNonconformityFound,
    Nonconforming,
    /// A required item of the example could not be judged, or none was.
    NotJudgeable,
}

/// A worked example (test vector): `oversight plugins verify` judges it and compares.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExampleSpec {
    pub name: String,
    pub variant: String,
    pub sampling_date: String,
    #[serde(default)]
    pub declared: BTreeMap<String, String>,
    #[serde(default)]
    pub declared_standards: Vec<String>,
    pub results: BTreeMap<String, ResultSpec>,
    pub expected_items: BTreeMap<String, ExpectedOutcome>,
    pub expected_conclusion: ExpectedConclusion,
    #[serde(default)]
    pub expected_serious: Option<bool>,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    /// An item of `rules` (JSON), with `allow_negative` as given.
    fn item(allow_negative: Option<bool>, rules: &[serde_json::Value]) -> TestItemSpec {
        let mut item = serde_json::json!({
            "code": "x", "name_zh": "x", "name_en": "x", "unit": "%", "method_standard": "m",
            "standard": "GB 1", "severity": "B", "retestable": true, "comparison": "rounded_value",
            "requirements": rules.iter().map(|rule| serde_json::json!({ "rule": rule })).collect::<Vec<_>>(),
        });
        if let Some(flag) = allow_negative {
            item["allow_negative"] = serde_json::json!(flag);
        }
        serde_json::from_value(item).unwrap()
    }

    #[test]
    fn negative_results_follow_the_flag_or_else_the_limits() {
        use serde_json::json;
        let cases: &[(Option<bool>, Vec<serde_json::Value>, bool)] = &[
            (None, vec![json!({"kind": "max", "value": "2.0"})], false),
            (None, vec![json!({"kind": "min", "value": "40"})], false),
            (None, vec![json!({"kind": "range", "min": "-20", "max": "20"})], true),
            (None, vec![json!({"kind": "max", "value": " -5"})], true),
            (None, vec![json!({"kind": "equals", "value": "-1"})], true),
            (
                None,
                vec![
                    json!({"kind": "table", "keys": ["k"], "bound": "max", "rows": [{"key": ["a"], "limit": "-3"}]}),
                ],
                true,
            ),
            (None, vec![json!({"kind": "min", "value": "1"}), json!({"kind": "min", "value": "-1"})], true),
            (None, vec![json!({"kind": "tolerance", "below": {"absolute": "1"}})], false),
            (None, vec![json!({"kind": "custom", "function": "f"})], false),
            (Some(true), vec![json!({"kind": "max", "value": "2.0"})], true),
            (Some(false), vec![json!({"kind": "range", "min": "-20", "max": "20"})], false),
        ];
        for (flag, rules, expected) in cases {
            assert_eq!(item(*flag, rules).allows_negative(), *expected, "{flag:?} {rules:?}");
        }
        // Written back, an absent flag stays absent (profiles round-trip unchanged).
        let text = serde_json::to_value(item(None, &[json!({"kind": "max", "value": "2"})])).unwrap();
        assert!(text.get("allow_negative").is_none(), "{text}");
    }
}
