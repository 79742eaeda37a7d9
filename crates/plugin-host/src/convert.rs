//! Validates a plugin's profile (beyond what deserialising proves) and converts it into the
//! engine's own [`RuleSet`]. Every problem is collected, so an author sees them all at once.

use std::collections::{BTreeMap, BTreeSet};

use oversight_domain::testing::judgment::{
    self as engine, Decimal, NaiveDate, RuleSet, rounding::parse_decimal,
};
use oversight_plugin_api::profile::{
    BoundSpec, ComparisonMethod, DeviationSpec, IndustryProfile, RoundingUnit, RuleSpec, Severity,
    StandardNature, VerdictModeSpec,
};

/// Collects problems with their location.
struct Problems(Vec<String>);

impl Problems {
    fn push(&mut self, problem: String) {
        self.0.push(problem);
    }

    fn decimal(&mut self, at: &str, text: &str) -> Decimal {
        parse_decimal(text).unwrap_or_else(|error| {
            self.push(format!("{at}: {error}"));
            Decimal::ZERO
        })
    }

    fn date(&mut self, at: &str, text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_else(|_| {
            self.push(format!("{at}: {text:?} is not a YYYY-MM-DD date"));
            NaiveDate::MIN
        })
    }
}

/// `MAJOR.MINOR.PATCH` with optional `-pre` and `+build`, numbers without leading zeros.
pub(crate) fn is_semver(text: &str) -> bool {
    let core = text.split(['-', '+']).next().unwrap_or("");
    let parts: Vec<&str> = core.split('.').collect();
    let numeric = |part: &&str| {
        !part.is_empty()
            && part.bytes().all(|b| b.is_ascii_digit())
            && (part.len() == 1 || !part.starts_with('0'))
    };
    let suffix_ok = text[core.len()..]
        .split(['-', '+', '.'])
        .skip(1)
        .all(|piece| !piece.is_empty() && piece.bytes().all(|b| b.is_ascii_alphanumeric()));
    parts.len() == 3 && parts.iter().all(numeric) && suffix_ok
}

fn duplicates<'a>(codes: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen = BTreeSet::new();
    codes.filter(|code| !seen.insert(*code)).collect()
}

/// Licence categories must be well formed and appear once; product units must be non-blank and
/// appear once (`issueLicense` compares them exactly).
fn check_license_declarations(profile: &IndustryProfile, problems: &mut Problems) {
    for category in &profile.license_categories {
        if let Err(problem) = oversight_domain::industry::LicenseCategory::parse(&category.code) {
            problems.push(problem);
        }
    }
    for code in duplicates(profile.license_categories.iter().map(|c| c.code.as_str())) {
        problems.push(format!("license category {code:?} appears twice"));
    }
    for unit in &profile.license_product_units {
        if unit.trim().is_empty() || unit.trim() != unit {
            problems.push(format!("license product unit {unit:?} is blank or has surrounding spaces"));
        }
    }
    for unit in duplicates(profile.license_product_units.iter().map(String::as_str)) {
        problems.push(format!("license product unit {unit:?} appears twice"));
    }
}

/// The longest text a report field may declare (a periodic report is a form, not a document).
const REPORT_TEXT_MAX: u32 = 2000;
/// The most decimal places a report field may declare.
const REPORT_SCALE_MAX: u32 = 6;

/// A unit is written out (`t`, `km`, `批`): not blank, no surrounding or inner control
/// characters, at most 16 characters, never a number (a unit, not a quantity).
fn is_unit(unit: &str) -> bool {
    !unit.trim().is_empty()
        && unit.trim() == unit
        && unit.chars().count() <= 16
        && !unit.chars().any(char::is_control)
        && !unit.chars().all(|c| c.is_ascii_digit() || c == '.')
}

/// The periodic report's fields (§二(五)): unique, well-formed codes, a Chinese name, a unit on
/// every quantity, bounded text and scale.
fn check_report_fields(profile: &IndustryProfile, problems: &mut Problems) {
    use oversight_plugin_api::profile::ReportFieldKind;
    for code in duplicates(profile.report_fields.iter().map(|f| f.code.as_str())) {
        problems.push(format!("report field {code:?} appears twice"));
    }
    for field in &profile.report_fields {
        let at = format!("report field {:?}", field.code);
        let code_ok = !field.code.is_empty()
            && field.code.len() <= 40
            && field
                .code
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
        if !code_ok {
            problems.push(format!("{at}: the code must be 1 to 40 uppercase letters, digits, '-' or '_'"));
        }
        if field.name_zh.trim().is_empty() {
            problems.push(format!("{at}: name_zh is required"));
        }
        if let Some(unit) = field.kind.unit().filter(|unit| !is_unit(unit)) {
            problems.push(format!("{at}: unit {unit:?} is not a unit (blank, spaces, a number or too long)"));
        }
        match field.kind {
            ReportFieldKind::Decimal { scale: Some(scale), .. } if scale > REPORT_SCALE_MAX => {
                problems.push(format!("{at}: scale {scale} is above {REPORT_SCALE_MAX}"));
            }
            ReportFieldKind::Text { max_length } if max_length == 0 || max_length > REPORT_TEXT_MAX => {
                problems.push(format!("{at}: max_length {max_length} must be 1 to {REPORT_TEXT_MAX}"));
            }
            _ => {}
        }
    }
}

/// Checks `profile` and converts it. `custom_functions` are the judge functions the plugin exports.
pub(crate) fn to_rule_set(
    profile: &IndustryProfile,
    custom_functions: &[String],
) -> Result<RuleSet, Vec<String>> {
    let mut problems = Problems(Vec::new());
    let id_ok = !profile.id.is_empty()
        && profile.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !id_ok {
        problems.push(format!("id {:?} must be non-empty lowercase letters, digits and hyphens", profile.id));
    }
    if !is_semver(&profile.version) {
        problems.push(format!("version {:?} is not a semantic version (1.2.3)", profile.version));
    }
    if profile.names.zh.trim().is_empty() || profile.names.en.trim().is_empty() {
        problems.push("names.zh and names.en are required".to_owned());
    }
    for code in duplicates(profile.checklist.iter().map(|c| c.code.as_str())) {
        problems.push(format!("checklist code {code:?} appears twice"));
    }
    // The objection window is the law's, not the plugin's (docs/adr/0011): a profile may repeat
    // it, never set another.
    let law = oversight_domain::testing::supervision::OBJECTION_WINDOW_DAYS;
    if profile.objection.window_days != law {
        problems.push(format!(
            "objection.window_days is {}, but the objection window is the law's {law} days \
             (产品质量法 第十五条); a plugin cannot set it (omit the field or write {law})",
            profile.objection.window_days
        ));
    }

    check_frequencies(&profile.testing_frequency, &mut problems);
    check_license_declarations(profile, &mut problems);
    check_report_fields(profile, &mut problems);

    let verdict_mode = match profile.verdict_mode {
        VerdictModeSpec::AnyFail => engine::VerdictMode::AnyFail,
        VerdictModeSpec::TypeTest { max_a, max_b, max_b_plus_c } => {
            engine::VerdictMode::TypeTest { max_a, max_b, max_b_plus_c }
        }
    };

    let mut standards = BTreeMap::new();
    for code in duplicates(profile.standards.iter().map(|s| s.code.as_str())) {
        problems.push(format!("standard {code:?} appears twice"));
    }
    for standard in &profile.standards {
        let at = format!("standard {}", standard.code);
        if standard.editions.is_empty() {
            problems.push(format!("{at}: no edition"));
        }
        for edition in duplicates(standard.editions.iter().map(|e| e.edition.as_str())) {
            problems.push(format!("{at}: edition {edition:?} appears twice"));
        }
        let mut editions: Vec<engine::Edition> = standard
            .editions
            .iter()
            .map(|edition| {
                let at = format!("{at} edition {}", edition.edition);
                let effective_from = problems.date(&format!("{at} effective_from"), &edition.effective_from);
                let effective_until = edition
                    .effective_until
                    .as_ref()
                    .map(|until| problems.date(&format!("{at} effective_until"), until));
                if effective_until.is_some_and(|until| until <= effective_from) {
                    problems.push(format!("{at}: effective_until must be after effective_from"));
                }
                engine::Edition { edition: edition.edition.clone(), effective_from, effective_until }
            })
            .collect();
        editions.sort_by_key(|edition| edition.effective_from);
        for pair in editions.windows(2) {
            let overlaps = pair[0].effective_until.is_none_or(|until| until > pair[1].effective_from);
            if overlaps {
                problems.push(format!(
                    "{at}: editions {} and {} overlap (set effective_until of the older one)",
                    pair[0].edition, pair[1].edition
                ));
            }
        }
        let nature = match standard.nature {
            StandardNature::Mandatory => engine::StandardNature::Mandatory,
            StandardNature::Recommended => engine::StandardNature::Recommended,
        };
        standards.insert(
            standard.code.clone(),
            engine::Standard { code: standard.code.clone(), nature, editions },
        );
    }

    for code in duplicates(profile.variants.iter().map(|v| v.code.as_str())) {
        problems.push(format!("variant {code:?} appears twice"));
    }
    if profile.variants.is_empty() {
        problems.push("at least one variant is required".to_owned());
    }
    let variants: BTreeMap<String, engine::Variant> = profile
        .variants
        .iter()
        .map(|v| (v.code.clone(), engine::Variant { code: v.code.clone(), attributes: v.attributes.clone() }))
        .collect();

    for code in duplicates(profile.items.iter().map(|i| i.code.as_str())) {
        problems.push(format!("item {code:?} appears twice"));
    }
    let mut items = BTreeMap::new();
    for item in &profile.items {
        let at = format!("item {}", item.code);
        if item.code.trim().is_empty() {
            problems.push("an item has an empty code".to_owned());
        }
        let standard = standards.get(&item.standard);
        if standard.is_none() {
            problems.push(format!("{at}: standard {:?} is not among the standards", item.standard));
        }
        if item.requirements.is_empty() {
            problems.push(format!("{at}: no requirement"));
        }
        let textual: Vec<bool> =
            item.requirements.iter().map(|r| matches!(r.rule, RuleSpec::Enumeration { .. })).collect();
        let is_textual = textual.first().copied().unwrap_or(false);
        if textual.iter().any(|&t| t != is_textual) {
            problems.push(format!("{at}: enumeration rules cannot be mixed with numeric rules"));
        }
        let mut requirements = Vec::new();
        for (index, requirement) in item.requirements.iter().enumerate() {
            let at = format!("{at} requirement {index}");
            for variant in &requirement.variants {
                if !variants.contains_key(variant) {
                    problems.push(format!("{at}: unknown variant {variant:?}"));
                }
            }
            for edition in &requirement.editions {
                if !standard.is_some_and(|s| s.editions.iter().any(|e| &e.edition == edition)) {
                    problems
                        .push(format!("{at}: edition {edition:?} is not an edition of {}", item.standard));
                }
            }
            let rule = convert_rule(&mut problems, &at, &requirement.rule, custom_functions);
            requirements.push(engine::Requirement {
                variants: requirement.variants.clone(),
                editions: requirement.editions.clone(),
                rule,
                needs_verification: requirement.needs_verification || item.needs_verification,
            });
        }
        items.insert(
            item.code.clone(),
            engine::Item {
                code: item.code.clone(),
                name_zh: item.name_zh.clone(),
                unit: item.unit.clone(),
                standard: item.standard.clone(),
                severity: match item.severity {
                    Severity::A => engine::Severity::A,
                    Severity::B => engine::Severity::B,
                    Severity::C => engine::Severity::C,
                },
                retestable: item.retestable,
                comparison: match item.comparison {
                    ComparisonMethod::RoundedValue => engine::ComparisonMethod::RoundedValue,
                    ComparisonMethod::WholeValue => engine::ComparisonMethod::WholeValue,
                },
                rounding: item.rounding.map(|rounding| engine::Rounding {
                    decimals: rounding.decimals,
                    unit: match rounding.unit {
                        RoundingUnit::One => engine::RoundingUnit::One,
                        RoundingUnit::Half => engine::RoundingUnit::Half,
                        RoundingUnit::Fifth => engine::RoundingUnit::Fifth,
                    },
                }),
                allow_negative: item.allows_negative(),
                textual: is_textual,
                requirements,
            },
        );
    }

    for example in &profile.examples {
        let at = format!("example {:?}", example.name);
        if !variants.contains_key(&example.variant) {
            problems.push(format!("{at}: unknown variant {:?}", example.variant));
        }
        problems.date(&format!("{at} sampling_date"), &example.sampling_date);
        for code in example.results.keys().chain(example.expected_items.keys()) {
            if !items.contains_key(code) {
                problems.push(format!("{at}: unknown item {code:?}"));
            }
        }
    }

    if problems.0.is_empty() {
        Ok(RuleSet {
            plugin_id: profile.id.clone(),
            plugin_version: profile.version.clone(),
            verdict_mode,
            variants,
            standards,
            items,
        })
    } else {
        Err(problems.0)
    }
}

fn convert_rule(
    problems: &mut Problems,
    at: &str,
    rule: &RuleSpec,
    custom_functions: &[String],
) -> engine::Rule {
    match rule {
        RuleSpec::Min { value } => engine::Rule::Min { value: problems.decimal(at, value) },
        RuleSpec::Max { value } => engine::Rule::Max { value: problems.decimal(at, value) },
        RuleSpec::Equals { value } => engine::Rule::Equals { value: problems.decimal(at, value) },
        RuleSpec::Range { min, max } => {
            let (min, max) = (problems.decimal(at, min), problems.decimal(at, max));
            if min > max {
                problems.push(format!("{at}: range min {min} is above max {max}"));
            }
            engine::Rule::Range { min, max }
        }
        RuleSpec::Enumeration { allowed } => {
            if allowed.is_empty() {
                problems.push(format!("{at}: an enumeration needs at least one allowed value"));
            }
            engine::Rule::Enumeration { allowed: allowed.clone() }
        }
        RuleSpec::Tolerance { below, above } => {
            if below.is_none() && above.is_none() {
                problems.push(format!("{at}: a tolerance needs below, above or both"));
            }
            let mut deviation = |spec: &DeviationSpec| {
                let (text, make): (&String, fn(Decimal) -> engine::Deviation) = match spec {
                    DeviationSpec::Absolute(text) => (text, engine::Deviation::Absolute),
                    DeviationSpec::Percent(text) => (text, engine::Deviation::Percent),
                };
                let amount = problems.decimal(at, text);
                if amount.is_sign_negative() && !amount.is_zero() {
                    problems.push(format!("{at}: a deviation cannot be negative"));
                }
                make(amount)
            };
            let below = below.as_ref().map(&mut deviation);
            let above = above.as_ref().map(&mut deviation);
            engine::Rule::Tolerance { below, above }
        }
        RuleSpec::Table { keys, bound, rows } => {
            if keys.is_empty() || rows.is_empty() {
                problems.push(format!("{at}: a table needs keys and rows"));
            }
            for key in duplicates(
                rows.iter().map(|row| row.key.join("\u{1f}")).collect::<Vec<_>>().iter().map(String::as_str),
            ) {
                problems.push(format!("{at}: table row {:?} appears twice", key.replace('\u{1f}', ", ")));
            }
            let rows = rows
                .iter()
                .map(|row| {
                    if row.key.len() != keys.len() {
                        problems.push(format!(
                            "{at}: row {:?} has {} keys, the table {}",
                            row.key,
                            row.key.len(),
                            keys.len()
                        ));
                    }
                    engine::TableRow {
                        key: row.key.clone(),
                        limit: problems.decimal(at, &row.limit),
                        needs_verification: row.needs_verification,
                    }
                })
                .collect();
            let bound = match bound {
                BoundSpec::Min => engine::BoundKind::Min,
                BoundSpec::Max => engine::BoundKind::Max,
            };
            engine::Rule::Table { keys: keys.clone(), bound, rows }
        }
        RuleSpec::Custom { function, params } => {
            if !custom_functions.contains(function) {
                problems.push(format!("{at}: judge function {function:?} is not exported by the plugin"));
            }
            engine::Rule::Custom { function: function.clone(), params: params.to_string() }
        }
    }
}

/// The test scopes of `testing_frequency`: unique names, an increased frequency not below the
/// normal one, and `covers` naming other scopes of the profile.
fn check_frequencies(scopes: &[oversight_plugin_api::profile::FrequencySpec], problems: &mut Problems) {
    for name in duplicates(scopes.iter().map(|f| f.risk_class.as_str())) {
        problems.push(format!("testing_frequency scope {name:?} appears twice"));
    }
    for scope in scopes {
        if scope.risk_class.trim().is_empty() {
            problems.push("testing_frequency scope names (risk_class) must not be empty".to_owned());
        }
        if let Some(increased) = scope.increased_times_per_year
            && increased < scope.times_per_year
        {
            problems.push(format!(
                "testing_frequency {:?}: increased_times_per_year {increased} is below times_per_year {}",
                scope.risk_class, scope.times_per_year
            ));
        }
        for covered in &scope.covers {
            if *covered == scope.risk_class || !scopes.iter().any(|s| s.risk_class == *covered) {
                problems.push(format!(
                    "testing_frequency {:?} covers {covered:?}, which is not another scope of the profile",
                    scope.risk_class
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wire_cable() -> serde_json::Value {
        serde_json::from_str(include_str!("../../../plugins/wire-cable/profile.json")).unwrap()
    }

    fn check(profile: serde_json::Value) -> Result<RuleSet, Vec<String>> {
        let profile: IndustryProfile = serde_json::from_value(profile).unwrap();
        to_rule_set(&profile, &["conductor_resistance_20c".to_owned(), "thinnest_point".to_owned()])
    }

    #[test]
    fn the_wire_cable_profile_is_valid() {
        let rules = check(wire_cable()).unwrap();
        assert_eq!(rules.plugin_id, "wire-cable");
        assert!(rules.items["voltage_test"].textual);
    }

    /// Each broken profile is refused with a message that locates the problem.
    #[test]
    fn semantic_problems_are_reported() {
        type Edit = fn(&mut serde_json::Value);
        let cases: &[(Edit, &str)] = &[
            (|p| p["version"] = "1.0".into(), "semantic version"),
            (|p| p["id"] = "Wire Cable".into(), "lowercase"),
            (
                |p| p["items"][1]["code"] = "conductor_resistance".into(),
                "item \"conductor_resistance\" appears twice",
            ),
            (|p| p["variants"][1]["code"] = "BV-1.5".into(), "variant \"BV-1.5\" appears twice"),
            (
                |p| {
                    let mut second = p["standards"][0]["editions"][0].clone();
                    second["edition"] = "GB/T 3956-2030".into();
                    second["effective_from"] = "2030-01-01".into();
                    p["standards"][0]["editions"].as_array_mut().unwrap().push(second);
                },
                "overlap",
            ),
            (
                |p| p["items"][1]["requirements"][0]["variants"][0] = "BV-999".into(),
                "unknown variant \"BV-999\"",
            ),
            (|p| p["items"][0]["standard"] = "GB 9".into(), "standard \"GB 9\" is not among"),
            (
                |p| p["items"][0]["requirements"][0]["rule"]["function"] = "nope".into(),
                "\"nope\" is not exported",
            ),
            (|p| p["items"][7]["requirements"][0]["rule"]["value"] = "12,5".into(), "not a decimal"),
            (
                |p| p["items"][9]["requirements"][0]["rule"]["min"] = "30".into(),
                "range min 30 is above max 20",
            ),
            (
                |p| p["standards"][0]["editions"][0]["effective_from"] = "2009-13-01".into(),
                "not a YYYY-MM-DD",
            ),
            (|p| p["examples"][0]["variant"] = "XX".into(), "unknown variant \"XX\""),
            (|p| p["checklist"][1]["code"] = "WC-01".into(), "checklist code \"WC-01\" appears twice"),
            (|p| p["objection"]["window_days"] = 20.into(), "the objection window is the law's 15 days"),
            (|p| p["objection"]["window_days"] = 10.into(), "a plugin cannot set it"),
            // Test scopes: unique names, coverage of other scopes, no decreased "increase".
            (
                |p| p["testing_frequency"][1]["risk_class"] = "a_class_items".into(),
                "scope \"a_class_items\" appears twice",
            ),
            (
                |p| p["testing_frequency"][1]["covers"] = serde_json::json!(["b_class_items"]),
                "covers \"b_class_items\"",
            ),
            (
                |p| p["testing_frequency"][1]["covers"] = serde_json::json!(["full_type_test"]),
                "not another scope",
            ),
            (
                |p| p["testing_frequency"][0]["increased_times_per_year"] = 2.into(),
                "increased_times_per_year 2 is below times_per_year 4",
            ),
            // License declarations: well-formed, unique categories; clean, unique product units.
            (|p| p["license_categories"][0]["code"] = "6-001".into(), "two-digit product category"),
            (|p| p["license_categories"][0]["code"] = "XK06-001".into(), "two-digit product category"),
            (
                |p| p["license_categories"] = serde_json::json!([{"code": "06"}, {"code": "06"}]),
                "license category \"06\" appears twice",
            ),
            (|p| p["license_product_units"] = serde_json::json!([" 电线电缆"]), "surrounding spaces"),
            (
                |p| p["license_product_units"] = serde_json::json!(["电线电缆", "电线电缆"]),
                "license product unit \"电线电缆\" appears twice",
            ),
            // Periodic report fields: unique codes, real units, bounded text and scale.
            (
                |p| p["report_fields"][1]["code"] = p["report_fields"][0]["code"].clone(),
                "report field \"COPPER_PURCHASED\" appears twice",
            ),
            (|p| p["report_fields"][0]["kind"]["unit"] = " t".into(), "is not a unit"),
            (|p| p["report_fields"][0]["kind"]["unit"] = "".into(), "is not a unit"),
            (|p| p["report_fields"][0]["kind"]["unit"] = "1000".into(), "is not a unit"),
            (|p| p["report_fields"][0]["kind"]["scale"] = 9.into(), "scale 9 is above 6"),
            (|p| p["report_fields"][0]["code"] = "copper".into(), "uppercase letters"),
            (|p| p["report_fields"][0]["name_zh"] = " ".into(), "name_zh is required"),
            (
                |p| p["report_fields"][0]["kind"] = serde_json::json!({"type": "text", "max_length": 0}),
                "max_length 0 must be 1 to 2000",
            ),
        ];
        for (edit, expected) in cases {
            let mut profile = wire_cable();
            edit(&mut profile);
            let problems = check(profile).unwrap_err();
            assert!(problems.iter().any(|problem| problem.contains(expected)), "{expected}: {problems:?}");
        }
    }

    /// A profile without report fields still loads (backward compatible); an unknown key inside
    /// a report field, or a kind without its unit, is refused as every other spec's is.
    #[test]
    fn report_fields_are_optional_and_strict() {
        let mut profile = wire_cable();
        profile.as_object_mut().unwrap().remove("report_fields");
        assert!(check(profile).is_ok());
        for bad in [
            serde_json::json!({"code": "X", "name_zh": "x", "kind": {"type": "boolean"}, "colour": "red"}),
            serde_json::json!({"code": "X", "name_zh": "x", "kind": {"type": "decimal"}}),
            serde_json::json!({"code": "X", "name_zh": "x", "kind": {"type": "float", "unit": "t"}}),
        ] {
            let mut profile = wire_cable();
            profile["report_fields"] = serde_json::json!([bad]);
            assert!(serde_json::from_value::<IndustryProfile>(profile).is_err(), "{bad}");
        }
    }

    /// Profiles written before the window became the law's still read: stating 15 or nothing.
    #[test]
    fn the_objection_window_may_be_omitted() {
        let mut profile = wire_cable();
        profile["objection"].as_object_mut().unwrap().remove("window_days");
        let parsed: IndustryProfile = serde_json::from_value(profile.clone()).unwrap();
        assert_eq!(parsed.objection.window_days, 15);
        assert!(check(profile).is_ok());
    }

    /// Profiles written before license categories existed still load (none declared).
    #[test]
    fn license_categories_may_be_omitted() {
        let mut profile = wire_cable();
        profile.as_object_mut().unwrap().remove("license_categories");
        let parsed: IndustryProfile = serde_json::from_value(profile.clone()).unwrap();
        assert!(parsed.license_categories.is_empty());
        assert!(check(profile).is_ok());
        assert_eq!(
            wire_cable()["license_categories"],
            serde_json::json!([{"code": "06-001", "needs_verification": true}])
        );
    }

    #[test]
    fn semantic_versions() {
        for good in ["0.1.0", "1.2.3", "10.0.1-rc.1", "1.0.0+build.5"] {
            assert!(is_semver(good), "{good}");
        }
        for bad in ["1.2", "01.2.3", "1.2.3.4", "v1.2.3", "", "1.2.x", "1.2.3-"] {
            assert!(!is_semver(bad), "{bad}");
        }
    }
}
