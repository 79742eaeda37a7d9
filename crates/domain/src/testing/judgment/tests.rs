//! Engine tests as tables: one fixture rule set, one `check` helper, cases as input → outcome.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::*;

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn item(code: &str, unit: &str, standard: &str, comparison: ComparisonMethod, rule: Rule) -> Item {
    Item {
        code: code.to_owned(),
        name_zh: code.to_owned(),
        unit: unit.to_owned(),
        standard: standard.to_owned(),
        severity: Severity::B,
        retestable: true,
        comparison,
        rounding: None,
        allow_negative: false,
        textual: matches!(rule, Rule::Enumeration { .. }),
        requirements: vec![Requirement {
            variants: vec![],
            editions: vec![],
            rule,
            needs_verification: false,
        }],
    }
}

const RV: ComparisonMethod = ComparisonMethod::RoundedValue;
const WV: ComparisonMethod = ComparisonMethod::WholeValue;

fn max(value: &str) -> Rule {
    Rule::Max { value: dec(value) }
}

fn min(value: &str) -> Rule {
    Rule::Min { value: dec(value) }
}

/// A rule set exercising every rule kind; "GB 1" is mandatory with two editions, "GB/T 2" is
/// recommended.
fn rules() -> RuleSet {
    let mut items = vec![
        item("moisture_rv", "%", "GB 1", RV, max("2.0")),
        item("moisture_wv", "%", "GB 1", WV, max("2.0")),
        item("nutrient_rv", "%", "GB 1", RV, min("40.0")),
        item("nutrient_wv", "%", "GB 1", WV, min("40.0")),
        item("erbp_rv", "°C", "GB 1", RV, min("205")),
        item("erbp_wv", "°C", "GB 1", WV, min("205")),
        item("hcho_rv", "mg/m³", "GB 1", RV, max("0.124")),
        item("hcho_wv", "mg/m³", "GB 1", WV, max("0.124")),
        item("ph", "", "GB 1", RV, Rule::Range { min: dec("7.0"), max: dec("11.5") }),
        item("cores", "pcs", "GB 1", WV, Rule::Equals { value: dec("3") }),
        item("voltage", "", "GB 1", WV, Rule::Enumeration { allowed: vec!["no_breakdown".to_owned()] }),
        item(
            "content",
            "%",
            "GB 1",
            WV,
            Rule::Tolerance {
                below: Some(Deviation::Absolute(dec("1.5"))),
                above: Some(Deviation::Percent(dec("10"))),
            },
        ),
        item(
            "resistance",
            "Ω/km",
            "GB 1",
            WV,
            Rule::Table {
                keys: vec!["size".to_owned()],
                bound: BoundKind::Max,
                rows: vec![
                    TableRow { key: vec!["1.5".to_owned()], limit: dec("12.1"), needs_verification: false },
                    TableRow { key: vec!["2.5".to_owned()], limit: dec("7.41"), needs_verification: true },
                ],
            },
        ),
        item(
            "thinnest",
            "mm",
            "GB 1",
            WV,
            Rule::Custom {
                function: "ninety_percent_minus".to_owned(),
                params: r#"{"specified":"0.7"}"#.to_owned(),
            },
        ),
        item("recommended_max", "%", "GB/T 2", RV, max("5.0")),
        item("recommended_range", "", "GB/T 2", RV, Rule::Range { min: dec("1"), max: dec("2") }),
        item("temperature", "°C", "GB 1", WV, max("-10")),
        item("change_rv", "%", "GB 1", RV, Rule::Range { min: dec("-2.0"), max: dec("2.0") }),
    ];
    for entry in &mut items {
        if entry.code == "temperature" || entry.code == "change_rv" {
            entry.allow_negative = true;
        }
        if entry.code == "voltage" {
            entry.severity = Severity::A;
            entry.retestable = false;
        }
        if entry.code == "cores" {
            entry.severity = Severity::C;
        }
    }
    // Edition-dependent limit: the old edition allowed 3.0 %.
    let mut old_new = item("edition_max", "%", "GB 1", RV, max("2.0"));
    old_new.requirements.insert(
        0,
        Requirement {
            variants: vec![],
            editions: vec!["GB 1-2009".to_owned()],
            rule: max("3.0"),
            needs_verification: true,
        },
    );
    items.push(old_new);
    // Only defined for variant "small".
    let mut only_small = item("small_only", "%", "GB 1", RV, max("1.0"));
    only_small.requirements[0].variants = vec!["small".to_owned()];
    items.push(only_small);

    let variant = |code: &str, size: &str| {
        (
            code.to_owned(),
            Variant {
                code: code.to_owned(),
                attributes: BTreeMap::from([("size".to_owned(), size.to_owned())]),
            },
        )
    };
    RuleSet {
        plugin_id: "test".to_owned(),
        plugin_version: "1.2.3".to_owned(),
        verdict_mode: VerdictMode::AnyFail,
        variants: BTreeMap::from([variant("small", "1.5"), variant("medium", "2.5"), variant("large", "4")]),
        standards: BTreeMap::from([
            (
                "GB 1".to_owned(),
                Standard {
                    code: "GB 1".to_owned(),
                    nature: StandardNature::Mandatory,
                    editions: vec![
                        Edition {
                            edition: "GB 1-2009".to_owned(),
                            effective_from: date("2010-01-01"),
                            effective_until: Some(date("2020-01-01")),
                        },
                        Edition {
                            edition: "GB 1-2019".to_owned(),
                            effective_from: date("2020-01-01"),
                            effective_until: None,
                        },
                    ],
                },
            ),
            (
                "GB/T 2".to_owned(),
                Standard {
                    code: "GB/T 2".to_owned(),
                    nature: StandardNature::Recommended,
                    editions: vec![Edition {
                        edition: "GB/T 2-2015".to_owned(),
                        effective_from: date("2016-01-01"),
                        effective_until: None,
                    }],
                },
            ),
        ]),
        items: items.into_iter().map(|i| (i.code.clone(), i)).collect(),
    }
}

/// Plugin code stand-in: limit = 90 % × specified − 0.1, counting its calls.
struct FakePlugin {
    calls: Cell<usize>,
}

impl CustomEvaluator for FakePlugin {
    fn evaluate(
        &self,
        _variant: &Variant,
        _date: NaiveDate,
        calls: &[CustomCall<'_>],
    ) -> Result<Vec<CustomResult>, String> {
        self.calls.set(self.calls.get() + 1);
        Ok(calls
            .iter()
            .map(|call| {
                assert_eq!(call.function, "ninety_percent_minus");
                CustomResult::Bounds {
                    value: None,
                    min: Some(dec("0.9") * dec("0.7") - dec("0.1")),
                    max: None,
                    explanation: "90 % × 0.7 − 0.1".to_owned(),
                }
            })
            .collect())
    }
}

/// A request judging only the items it reports (the rule set has many items; completeness has
/// its own tests below).
fn request(variant: &str, on: &str, results: &[(&str, &str, &str)]) -> JudgeRequest {
    JudgeRequest {
        not_tested: BTreeMap::new(),
        coverage: Coverage::ReportedItems,
        industry: "test".to_owned(),
        variant: variant.to_owned(),
        sampling_date: date(on),
        declared: BTreeMap::new(),
        declared_standards: vec![],
        results: results
            .iter()
            .map(|(code, value, unit)| {
                (
                    (*code).to_owned(),
                    MeasuredResult {
                        value: (*value).to_owned(),
                        unit: (*unit).to_owned(),
                        conditions: BTreeMap::new(),
                    },
                )
            })
            .collect(),
    }
}

fn unit_of(code: &str) -> String {
    rules().items[code].unit.clone()
}

fn run(request: &JudgeRequest) -> Result<Verdict, JudgeError> {
    let plugin = FakePlugin { calls: Cell::new(0) };
    judge(&rules(), request, &plugin)
}

/// Judges one item of one sample and returns its outcome.
fn check(code: &str, value: &str, declared: Option<&str>) -> Outcome {
    let unit = unit_of(code);
    let mut request = request("small", "2024-06-01", &[(code, value, &unit)]);
    if let Some(declared) = declared {
        request.declared.insert(code.to_owned(), declared.to_owned());
    }
    let verdict = run(&request).unwrap();
    verdict.items[0].outcome
}

use Outcome::{Fail, NotJudged, Pass};

#[test]
fn worked_examples_of_reference_0_4() {
    // Limit, measured, rounded-value verdict, whole-value verdict.
    let cases = [
        ("moisture", "2.04", Pass, Fail),
        ("moisture", "2.05", Pass, Fail),
        ("moisture", "2.15", Fail, Fail),
        ("nutrient", "39.96", Pass, Fail),
        ("erbp", "204.6", Pass, Fail),
        ("hcho", "0.1245", Pass, Fail),
    ];
    for (item, measured, rounded, whole) in cases {
        assert_eq!(check(&format!("{item}_rv"), measured, None), rounded, "{item} {measured} rv");
        assert_eq!(check(&format!("{item}_wv"), measured, None), whole, "{item} {measured} wv");
    }
}

#[test]
fn every_rule_kind_at_and_around_its_limit() {
    let cases: &[(&str, &str, Outcome)] = &[
        ("moisture_rv", "1.95", Pass),
        ("moisture_rv", "2.0", Pass),
        ("moisture_rv", "2.05", Pass),
        ("moisture_rv", "2.050001", Fail),
        ("moisture_rv", "2.05(+)", Fail),
        ("moisture_wv", "2.0", Pass),
        ("moisture_wv", "2.00001", Fail),
        ("moisture_wv", "2.0(+)", Fail),
        ("moisture_wv", "2.0(−)", Pass),
        ("nutrient_rv", "39.95", Pass),
        ("nutrient_rv", "39.95(−)", Fail),
        ("nutrient_rv", "39.949", Fail),
        ("nutrient_wv", "40.0", Pass),
        ("nutrient_wv", "40.0(−)", Fail),
        ("nutrient_wv", "39.99", Fail),
        ("ph", "6.95", Pass),
        ("ph", "6.94", Fail),
        ("ph", "11.54", Pass),
        ("ph", "11.55", Fail),
        ("ph", "7.0", Pass),
        ("cores", "3", Pass),
        ("cores", "3.0", Pass),
        ("cores", "2", Fail),
        ("cores", "4", Fail),
        ("voltage", "no_breakdown", Pass),
        ("voltage", " no_breakdown ", Pass),
        ("voltage", "breakdown", Fail),
        ("resistance", "12.1", Pass),
        ("resistance", "12.10001", Fail),
        ("resistance", "0", Pass),
        ("thinnest", "0.53", Pass),
        ("thinnest", "0.529", Fail),
        ("temperature", "-10", Pass),
        ("temperature", "-9.9", Fail),
        ("temperature", "-25", Pass),
        ("small_only", "1.0", Pass),
        ("small_only", "1.05", Pass),
        ("small_only", "1.06", Fail),
    ];
    for &(code, value, expected) in cases {
        assert_eq!(check(code, value, None), expected, "{code} = {value}");
    }
}

#[test]
fn tolerance_and_declared_value_principles() {
    let cases: &[(&str, &str, Option<&str>, Outcome)] = &[
        // Tolerance: declared 40.0, −1.5 absolute, +10 %.
        ("content", "38.5", Some("40.0"), Pass),
        ("content", "38.49", Some("40.0"), Fail),
        ("content", "44.0", Some("40.0"), Pass),
        ("content", "44.01", Some("40.0"), Fail),
        ("content", "40", None, NotJudged),
        // Mandatory max 2.0: stricter declaration (1.5) is judged, looser (3.0) falls back.
        ("moisture_rv", "1.8", Some("1.5"), Fail),
        ("moisture_rv", "1.5", Some("1.5"), Pass),
        ("moisture_rv", "2.5", Some("3.0"), Fail),
        ("moisture_rv", "2.0", Some("3.0"), Pass),
        // Mandatory min 40.0: stricter declaration 45.0.
        ("nutrient_wv", "44.9", Some("45.0"), Fail),
        ("nutrient_wv", "39.0", Some("30.0"), Fail),
        // Recommended max 5.0: looser declaration 6.0 is judged; nothing declared → not judged.
        ("recommended_max", "5.8", Some("6.0"), Pass),
        ("recommended_max", "6.2", Some("6.0"), Fail),
        ("recommended_max", "4.0", Some("4.5"), Pass),
        ("recommended_max", "4.6", Some("4.5"), Fail),
        ("recommended_max", "1.0", None, NotJudged),
        ("recommended_range", "1.5", None, NotJudged),
        // Table max (12.1 for size 1.5), declared stricter.
        ("resistance", "12.0", Some("11.9"), Fail),
    ];
    for &(code, value, declared, expected) in cases {
        assert_eq!(check(code, value, declared), expected, "{code} = {value}, declared {declared:?}");
    }
}

#[test]
fn limit_source_and_explanation_are_recorded() {
    let unit = unit_of("moisture_rv");
    let mut request = request("small", "2024-06-01", &[("moisture_rv", "2.05", &unit)]);
    let verdict = run(&request).unwrap();
    let item = &verdict.items[0];
    assert_eq!(item.rounded_value, Some(dec("2.0")));
    assert_eq!(item.limit.as_ref().unwrap().max, Some(dec("2.0")));
    assert_eq!(
        item.limit_source,
        Some(LimitSource::Standard {
            code: "GB 1".to_owned(),
            edition: "GB 1-2019".to_owned(),
            nature: StandardNature::Mandatory,
        })
    );
    assert!(item.explanation.contains("rounded to 2.0"), "{}", item.explanation);
    assert_eq!(verdict.editions["GB 1"], "GB 1-2019");
    assert_eq!(verdict.engine_version, ENGINE_VERSION);
    assert_eq!(verdict.plugin_version, "1.2.3");

    request.declared.insert("moisture_rv".to_owned(), "1.5".to_owned());
    let verdict = run(&request).unwrap();
    assert_eq!(verdict.items[0].limit_source, Some(LimitSource::Declared { value: dec("1.5") }));
}

#[test]
fn verdicts_read_back_as_stored() {
    // Verdicts are stored as JSON with the task; what is read back must be the verdict judged.
    let unit = unit_of("moisture_rv");
    let verdict = run(&request("small", "2024-06-01", &[("moisture_rv", "2.05", &unit)])).unwrap();
    let text = serde_json::to_string(&verdict).unwrap();
    assert_eq!(serde_json::from_str::<Verdict>(&text).unwrap(), verdict);
}

#[test]
fn recommended_items_are_judged_once_the_standard_is_declared() {
    let mut request = request("small", "2024-06-01", &[("recommended_max", "5.04", "%")]);
    assert_eq!(run(&request).unwrap().items[0].outcome, NotJudged);
    request.declared_standards.push("GB/T 2".to_owned());
    assert_eq!(run(&request).unwrap().items[0].outcome, Pass);
}

#[test]
fn the_edition_in_force_on_the_sampling_date_applies() {
    let cases = [
        ("2015-06-01", "2.5", Pass, "GB 1-2009"),
        ("2019-12-31", "2.5", Pass, "GB 1-2009"),
        ("2020-01-01", "2.5", Fail, "GB 1-2019"),
    ];
    for (on, value, expected, edition) in cases {
        let verdict = run(&request("small", on, &[("edition_max", value, "%")])).unwrap();
        assert_eq!(verdict.items[0].outcome, expected, "{on}");
        assert_eq!(verdict.editions["GB 1"], edition);
        assert_eq!(verdict.items[0].needs_verification, edition == "GB 1-2009");
    }
}

#[test]
fn table_rows_missing_or_unverified() {
    let verdict = run(&request("large", "2024-06-01", &[("resistance", "1", "Ω/km")])).unwrap();
    assert_eq!(verdict.items[0].outcome, NotJudged);
    let verdict = run(&request("medium", "2024-06-01", &[("resistance", "7.41", "Ω/km")])).unwrap();
    assert_eq!(verdict.items[0].outcome, Pass);
    assert!(verdict.items[0].needs_verification);
    let verdict = run(&request("medium", "2024-06-01", &[("small_only", "7", "%")])).unwrap();
    assert_eq!(verdict.items[0].outcome, NotJudged);
}

#[test]
fn bad_input_names_the_item_and_judges_nothing() {
    let base = || request("small", "2024-06-01", &[("moisture_rv", "1.0", "%")]);
    let with_result = |code: &str, value: &str, unit: &str| {
        let mut request = base();
        request.results.insert(
            code.to_owned(),
            MeasuredResult { value: value.to_owned(), unit: unit.to_owned(), conditions: BTreeMap::new() },
        );
        request
    };
    let mut unknown_variant = base();
    unknown_variant.variant = "huge".to_owned();
    let mut too_early = base();
    too_early.sampling_date = date("2009-12-31");
    let mut bad_declared = base();
    bad_declared.declared.insert("moisture_rv".to_owned(), "abc".to_owned());
    let mut unknown_declared = base();
    unknown_declared.declared.insert("nope".to_owned(), "1".to_owned());
    let mut declared_on_range = with_result("ph", "7", "");
    declared_on_range.declared.insert("ph".to_owned(), "7".to_owned());
    let mut empty = base();
    empty.results.clear();
    let cases: Vec<(JudgeRequest, &str, Option<&str>)> = vec![
        (with_result("nope", "1", "%"), "UNKNOWN_ITEM", Some("nope")),
        (with_result("nutrient_rv", "40", "g"), "WRONG_UNIT", Some("nutrient_rv")),
        (with_result("nutrient_rv", "forty", "%"), "BAD_VALUE", Some("nutrient_rv")),
        (with_result("nutrient_rv", "NaN", "%"), "BAD_VALUE", Some("nutrient_rv")),
        (with_result("nutrient_rv", "inf", "%"), "BAD_VALUE", Some("nutrient_rv")),
        (with_result("nutrient_rv", "-Infinity", "%"), "BAD_VALUE", Some("nutrient_rv")),
        (with_result("nutrient_rv", "1e2", "%"), "BAD_VALUE", Some("nutrient_rv")),
        (with_result("nutrient_rv", "-1", "%"), "NEGATIVE_VALUE", Some("nutrient_rv")),
        (unknown_variant, "UNKNOWN_VARIANT", Some("huge")),
        (too_early, "NO_EDITION_IN_FORCE", Some("moisture_rv")),
        (bad_declared, "BAD_DECLARED_VALUE", Some("moisture_rv")),
        (unknown_declared, "BAD_DECLARED_VALUE", Some("nope")),
        (declared_on_range, "BAD_DECLARED_VALUE", Some("ph")),
        (empty, "NO_RESULTS", None),
    ];
    for (request, code, named) in cases {
        let error = run(&request).unwrap_err();
        assert_eq!(error.code(), code, "{error}");
        if let Some(named) = named {
            assert!(error.to_string().contains(named), "{error} should name {named}");
        }
    }
}

#[test]
fn overall_conclusion_and_modes() {
    let sample = |results: &[(&str, &str, &str)]| request("small", "2024-06-01", results);
    let passing = sample(&[("moisture_rv", "1.0", "%"), ("voltage", "no_breakdown", "")]);
    let verdict = run(&passing).unwrap();
    assert_eq!(verdict.conclusion, Conclusion::NoNonconformityFound);
    assert_eq!(verdict.conclusion_zh, "所检项目未发现不合格");
    assert!(!verdict.serious);

    let b_fail = sample(&[("moisture_rv", "3.0", "%"), ("voltage", "no_breakdown", "")]);
    let verdict = run(&b_fail).unwrap();
    assert_eq!(verdict.conclusion, Conclusion::Nonconforming);
    assert!(!verdict.serious);
    assert_eq!((verdict.n_pass, verdict.n_fail), (1, 1));

    let a_fail = sample(&[("voltage", "breakdown", "")]);
    let verdict = run(&a_fail).unwrap();
    assert_eq!(verdict.conclusion, Conclusion::Nonconforming);
    assert!(verdict.serious);

    // Type-test mode: A = 0, B ≤ 1, B + C ≤ 3.
    let mut type_test = rules();
    type_test.verdict_mode = VerdictMode::TypeTest { max_a: 0, max_b: 1, max_b_plus_c: 3 };
    let judge_tt = |request: &JudgeRequest| judge(&type_test, request, &NoCustomRules).unwrap();
    assert_eq!(judge_tt(&b_fail).conclusion, Conclusion::NoNonconformityFound);
    let two_b = sample(&[("moisture_rv", "3.0", "%"), ("nutrient_rv", "1", "%")]);
    assert_eq!(judge_tt(&two_b).conclusion, Conclusion::Nonconforming);
    let b_and_c = sample(&[("moisture_rv", "3.0", "%"), ("cores", "2", "pcs")]);
    assert_eq!(judge_tt(&b_and_c).conclusion, Conclusion::NoNonconformityFound);
    assert_eq!(judge_tt(&a_fail).conclusion, Conclusion::Nonconforming);
}

#[test]
fn custom_rules_are_batched_into_one_call_and_judging_is_deterministic() {
    let plugin = FakePlugin { calls: Cell::new(0) };
    let mut rules = rules();
    let mut second = rules.items["thinnest"].clone();
    second.code = "thinnest_2".to_owned();
    rules.items.insert(second.code.clone(), second);
    let request = request(
        "small",
        "2024-06-01",
        &[("thinnest", "0.6", "mm"), ("thinnest_2", "0.5", "mm"), ("moisture_rv", "1", "%")],
    );
    let first = judge(&rules, &request, &plugin).unwrap();
    assert_eq!(plugin.calls.get(), 1);
    assert_eq!(first.items[1].outcome, Pass);
    assert_eq!(first.items[2].outcome, Fail);
    assert!(matches!(first.items[1].limit_source, Some(LimitSource::PluginFunction { .. })));
    let again = judge(&rules, &request, &plugin).unwrap();
    assert_eq!(first, again);
    assert_eq!(judge(&rules, &request, &NoCustomRules).unwrap_err().code(), "PLUGIN_JUDGE_FAILED");
}

/// A sample judged for completeness: every item the profile requires must be covered.
fn sample(variant: &str, results: &[(&str, &str, &str)], not_tested: &[(&str, &str)]) -> JudgeRequest {
    let mut request = request(variant, "2024-06-01", results);
    request.coverage = Coverage::RequiredItems;
    request.not_tested = not_tested.iter().map(|(c, r)| ((*c).to_owned(), (*r).to_owned())).collect();
    request
}

/// A rule set of two mandatory items for "small" only, one recommended item, and a tolerance
/// item: "large" is covered by no requirement.
fn small_rules() -> RuleSet {
    let mut rules = rules();
    rules
        .items
        .retain(|code, _| ["moisture_rv", "voltage", "recommended_max", "content"].contains(&code.as_str()));
    for item in rules.items.values_mut() {
        item.requirements[0].variants = vec!["small".to_owned(), "medium".to_owned()];
    }
    rules
}

/// Name, request, conclusion, missing items, (pass, fail, not judged, not tested).
type CompletenessCase<'a> = (&'a str, JudgeRequest, Conclusion, &'a [&'a str], (u32, u32, u32, u32));

#[test]
fn conclusions_say_what_was_judged() {
    let rules = small_rules();
    let plugin = FakePlugin { calls: Cell::new(0) };
    let ok = [("moisture_rv", "1.0", "%"), ("voltage", "no_breakdown", "")];
    let declared = |mut request: JudgeRequest| {
        request.declared.insert("content".to_owned(), "40".to_owned());
        request
    };
    let with_content = [("moisture_rv", "1.0", "%"), ("voltage", "no_breakdown", ""), ("content", "40", "%")];
    use Conclusion::{NoNonconformityFound as Found0, Nonconforming, NotJudgeable};
    // Request, conclusion, missing items, (pass, fail, not judged, not tested).
    let full = |results: &[(&str, &str, &str)], not_tested: &[(&str, &str)]| {
        declared(sample("small", results, not_tested))
    };
    let cases: Vec<CompletenessCase> = vec![
        ("every required item passes", full(&with_content, &[]), Found0, &[], (3, 0, 0, 0)),
        (
            "a tolerance item without its declared value is not required: shown not judged",
            sample("small", &with_content, &[]),
            Found0,
            &[],
            (2, 0, 1, 0),
        ),
        ("a required item not reported is missing", full(&ok, &[]), NotJudgeable, &["content"], (2, 0, 0, 0)),
        (
            "one passing item is not a passing verdict",
            full(&ok[..1], &[]),
            NotJudgeable,
            &["content", "voltage"],
            (1, 0, 0, 0),
        ),
        (
            "a failure stands although items are missing",
            full(&[("moisture_rv", "3.0", "%")], &[]),
            Nonconforming,
            &["content", "voltage"],
            (0, 1, 0, 0),
        ),
        (
            "an item not tested, with its reason",
            full(&[with_content[0], with_content[2]], &[("voltage", "the sample broke in transit")]),
            NotJudgeable,
            &[],
            (2, 0, 0, 1),
        ),
        (
            "a recommended item, not declared, is not required and changes nothing",
            full(&[ok[0], ok[1], with_content[2], ("recommended_max", "9", "%")], &[]),
            Found0,
            &[],
            (3, 0, 1, 0),
        ),
        (
            "a variant no requirement covers: nothing judged",
            sample("large", &ok, &[]),
            NotJudgeable,
            &[],
            (0, 0, 2, 0),
        ),
        (
            "nothing but not-tested items",
            full(&[], &[("moisture_rv", "no sample"), ("voltage", "no sample"), ("content", "no sample")]),
            NotJudgeable,
            &[],
            (0, 0, 0, 3),
        ),
    ];
    for (name, request, conclusion, missing, (n_pass, n_fail, n_not_judged, n_not_tested)) in cases {
        let verdict = judge(&rules, &request, &plugin).unwrap();
        assert_eq!(verdict.conclusion, conclusion, "{name}");
        assert_eq!(verdict.conclusion_zh, conclusion.text_zh(), "{name}");
        assert_eq!(verdict.missing_items, missing, "{name}");
        assert_eq!(
            (verdict.n_pass, verdict.n_fail, verdict.n_not_judged, verdict.n_not_tested),
            (n_pass, n_fail, n_not_judged, n_not_tested),
            "{name}"
        );
    }
    // Not passing is not the same as not failing.
    assert!(Conclusion::NoNonconformityFound.passing() && !Conclusion::NoNonconformityFound.failing());
    assert!(!Conclusion::NotJudgeable.passing() && !Conclusion::NotJudgeable.failing());
    assert!(Conclusion::Nonconforming.failing() && !Conclusion::Nonconforming.passing());
    assert_eq!(Conclusion::NotJudgeable.text_zh(), "无法判定");
}

#[test]
fn a_required_item_whose_table_has_no_row_leaves_the_verdict_incomplete() {
    // "resistance" binds every variant, but its table has no row for size 4 ("large").
    let mut request =
        request("large", "2024-06-01", &[("resistance", "1", "Ω/km"), ("moisture_rv", "1.0", "%")]);
    let verdict = run(&request).unwrap();
    assert_eq!((verdict.conclusion, verdict.n_pass, verdict.n_not_judged), (Conclusion::NotJudgeable, 1, 1));
    assert!(verdict.items[1].explanation.contains("has no row for variant large"), "{:?}", verdict.items[1]);
    // A plugin function's "not judged" says its rule does not apply: nothing is missing.
    request.results.remove("resistance");
    request.results.insert(
        "thinnest".to_owned(),
        MeasuredResult { value: "0.6".to_owned(), unit: "mm".to_owned(), conditions: BTreeMap::new() },
    );
    struct NotApplicable;
    impl CustomEvaluator for NotApplicable {
        fn evaluate(
            &self,
            _: &Variant,
            _: NaiveDate,
            calls: &[CustomCall<'_>],
        ) -> Result<Vec<CustomResult>, String> {
            Ok(calls.iter().map(|_| CustomResult::NotJudged { reason: "no sheath".to_owned() }).collect())
        }
    }
    let verdict = judge(&rules(), &request, &NotApplicable).unwrap();
    assert_eq!(
        (verdict.conclusion, verdict.n_pass, verdict.n_not_judged),
        (Conclusion::NoNonconformityFound, 1, 1)
    );
}

#[test]
fn not_judged_and_not_tested_items_say_why() {
    let rules = small_rules();
    let request = sample("large", &[("moisture_rv", "1.0", "%")], &[("voltage", "  sample broke ")]);
    let verdict = judge(&rules, &request, &NoCustomRules).unwrap();
    let explanations: Vec<(&str, Outcome, &str)> =
        verdict.items.iter().map(|i| (i.code.as_str(), i.outcome, i.explanation.as_str())).collect();
    assert_eq!(
        explanations,
        [
            ("moisture_rv", NotJudged, "GB 1 GB 1-2019 sets no requirement for variant large"),
            ("voltage", Outcome::NotTested, "not tested: sample broke"),
        ]
    );
    let text = serde_json::to_string(&verdict).unwrap();
    assert_eq!(serde_json::from_str::<Verdict>(&text).unwrap(), verdict);
    // A verdict stored before completeness existed reads back as complete.
    let mut old: serde_json::Value = serde_json::from_str(&text).unwrap();
    old.as_object_mut().unwrap().remove("n_not_tested");
    assert_eq!(serde_json::from_value::<Verdict>(old).unwrap().n_not_tested, 0);
}

#[test]
fn required_items_follow_variant_edition_and_declarations() {
    let rules = small_rules();
    let codes = |request: &JudgeRequest| -> Vec<String> {
        required_items(&rules, &rules.variants[&request.variant], request)
            .into_iter()
            .map(|i| i.code.clone())
            .collect()
    };
    let mut request = sample("small", &[], &[]);
    assert_eq!(codes(&request), ["moisture_rv", "voltage"]);
    request.declared.insert("content".to_owned(), "40".to_owned());
    assert_eq!(codes(&request), ["content", "moisture_rv", "voltage"]);
    request.declared_standards.push("GB/T 2".to_owned());
    assert_eq!(codes(&request), ["content", "moisture_rv", "recommended_max", "voltage"]);
    request.variant = "large".to_owned();
    assert!(codes(&request).is_empty());
    request.variant = "small".to_owned();
    request.sampling_date = date("2009-06-01");
    assert!(codes(&request).is_empty(), "no edition in force");
}

#[test]
fn bad_not_tested_declarations_judge_nothing() {
    let rules = small_rules();
    let cases = [
        ("nope", "reason", "no such test item"),
        ("moisture_rv", "reason", "reported both"),
        ("voltage", "  ", "needs its reason"),
    ];
    for (item, reason, message) in cases {
        let request = sample("small", &[("moisture_rv", "1.0", "%")], &[(item, reason)]);
        let error = judge(&rules, &request, &NoCustomRules).unwrap_err();
        assert_eq!(error.code(), "BAD_NOT_TESTED", "{item}");
        assert!(error.to_string().contains(message) && error.to_string().contains(item), "{error}");
    }
}

#[test]
fn negative_values_where_the_item_allows_them() {
    // Rounded by absolute value (GB/T 8170): −2.05 → −2.0 is within −2.0 … 2.0, −2.15 → −2.2 is not.
    // A (+)/(−) mark speaks of the absolute value: −10(+) lay below −10.
    let cases: &[(&str, &str, Outcome, Option<&str>)] = &[
        ("change_rv", "-2.05", Pass, Some("-2.0")),
        ("change_rv", "-2.15", Fail, Some("-2.2")),
        ("change_rv", "-2.05(+)", Fail, Some("-2.1")),
        ("change_rv", "-1.95", Pass, Some("-2.0")),
        ("change_rv", "2.05", Pass, Some("2.0")),
        ("temperature", "-10(+)", Pass, None),
        ("temperature", "-10(−)", Fail, None),
        ("temperature", "-10", Pass, None),
    ];
    for &(code, value, expected, rounded) in cases {
        let unit = unit_of(code);
        let verdict = run(&request("small", "2024-06-01", &[(code, value, &unit)])).unwrap();
        assert_eq!(verdict.items[0].outcome, expected, "{code} = {value}");
        assert_eq!(
            verdict.items[0].rounded_value.map(|d| d.to_string()).as_deref(),
            rounded,
            "{code} = {value}"
        );
    }
    // Where the quantity cannot be negative, whatever the comparison method, a negative is refused.
    for code in ["moisture_rv", "moisture_wv", "nutrient_wv"] {
        let error = run(&request("small", "2024-06-01", &[(code, "-0.1", "%")])).unwrap_err();
        assert_eq!(error.code(), "NEGATIVE_VALUE", "{code}");
    }
}
