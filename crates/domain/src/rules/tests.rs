//! Provincial rules as tables: which versions tighten and which are refused (and why), and
//! which version a place reads on a day.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::*;
use crate::risk::{RiskClass, RiskFactor, Thresholds};

fn deadlines(pairs: &[(&str, u32)]) -> ProvincialRules {
    ProvincialRules {
        deadlines: pairs.iter().map(|(name, value)| ((*name).to_owned(), *value)).collect::<BTreeMap<_, _>>(),
        ..ProvincialRules::default()
    }
}

fn frequency(pairs: &[(RiskClass, u32)]) -> ProvincialRules {
    ProvincialRules {
        frequency: pairs
            .iter()
            .map(|(class, factor)| ClassFactor { class: *class, factor: *factor })
            .collect(),
        ..ProvincialRules::default()
    }
}

fn weights(pairs: &[(RiskFactor, i64)]) -> ProvincialRules {
    ProvincialRules {
        risk_weights: pairs
            .iter()
            .map(|(factor, weight)| FactorWeight { factor: *factor, weight: Decimal::from(*weight) })
            .collect(),
        ..ProvincialRules::default()
    }
}

fn thresholds(b: i64, c: i64, d: i64) -> ProvincialRules {
    ProvincialRules {
        risk_thresholds: Some(Thresholds { b: Decimal::from(b), c: Decimal::from(c), d: Decimal::from(d) }),
        ..ProvincialRules::default()
    }
}

fn key_regions(
    pass: Option<&str>,
    ratio: Option<&str>,
    density: Option<&str>,
    factor: Option<u32>,
) -> ProvincialRules {
    let dec = |text: Option<&str>| text.map(|t| t.parse::<Decimal>().unwrap());
    ProvincialRules {
        key_regions: KeyRegionRules {
            pass_rate_below_percent: dec(pass),
            producer_ratio_from: dec(ratio),
            counterfeit_per_hundred_from: dec(density),
            patrol_factor: factor,
        },
        ..ProvincialRules::default()
    }
}

/// One problem as (setting, kind).
type Problem = (String, String);

/// Every problem as (setting, kind) — the kind's name and, for a loosening, the national value.
fn problems(rules: &ProvincialRules) -> Vec<Problem> {
    match check(rules, &Settings::national()) {
        Ok(()) => Vec::new(),
        Err(problems) => problems
            .iter()
            .map(|problem| {
                let kind = match problem {
                    RuleProblem::Loosens { national, .. } => format!("loosens (national {national})"),
                    RuleProblem::OutOfRange { allowed, .. } => format!("out of range {allowed}"),
                    RuleProblem::Unknown { .. } => "unknown".to_owned(),
                    RuleProblem::Duplicate { .. } => "duplicate".to_owned(),
                    RuleProblem::Inconsistent { .. } => "inconsistent".to_owned(),
                };
                (problem.setting().to_owned(), kind)
            })
            .collect(),
    }
}

#[test]
fn a_province_only_tightens() {
    use RiskClass::*;
    use RiskFactor::*;
    let p = |setting: &str, kind: &str| (setting.to_owned(), kind.to_owned());
    let cases: Vec<(&str, ProvincialRules, Vec<Problem>)> = vec![
        ("nothing changed", ProvincialRules::default(), vec![]),
        ("shorter rectification", deadlines(&[("rectificationDays", 20)]), vec![]),
        ("the national value itself", deadlines(&[("rectificationDays", 30)]), vec![]),
        (
            "longer rectification",
            deadlines(&[("rectificationDays", 45)]),
            vec![p("deadlines.rectificationDays", "loosens (national 30)")],
        ),
        (
            "below the least period",
            deadlines(&[("rectificationDays", 10)]),
            vec![p("deadlines.rectificationDays", "out of range 15..=30")],
        ),
        (
            "default above the longest",
            deadlines(&[("rectificationDays", 30), ("rectificationMaxDays", 20)]),
            vec![p("deadlines.rectificationDays", "inconsistent")],
        ),
        ("a shorter extension", deadlines(&[("maxExtensionDays", 15)]), vec![]),
        (
            "a longer extension",
            deadlines(&[("maxExtensionDays", 60)]),
            vec![p("deadlines.maxExtensionDays", "loosens (national 30)")],
        ),
        (
            "no time to decide an objection",
            deadlines(&[("objectionDecisionWorkingDays", 0)]),
            vec![p("deadlines.objectionDecisionWorkingDays", "out of range 1..=5")],
        ),
        (
            "acknowledged after acting",
            deadlines(&[("noticeAcknowledgeWorkingDays", 2), ("noticeActWorkingDays", 1)]),
            vec![p("deadlines.noticeActWorkingDays", "inconsistent")],
        ),
        ("an unknown deadline", deadlines(&[("patrolDays", 3)]), vec![p("deadlines.patrolDays", "unknown")]),
        ("C three times", frequency(&[(C, 3)]), vec![]),
        ("A twice", frequency(&[(A, 2)]), vec![]),
        ("D twice", frequency(&[(D, 2)]), vec![p("frequency.D", "loosens (national 4)")]),
        ("D monthly and more", frequency(&[(D, 13)]), vec![p("frequency.D", "out of range 4..=12")]),
        ("C twice over", frequency(&[(C, 3), (C, 4)]), vec![p("frequency.C", "duplicate")]),
        ("heavier failures", weights(&[(NonconformingVerdicts, 30)]), vec![]),
        ("counterfeiting at its bound", weights(&[(CounterfeitCases, 120)]), vec![]),
        (
            "lighter counterfeiting",
            weights(&[(CounterfeitCases, 59)]),
            vec![p("riskWeights.COUNTERFEIT_CASES", "loosens (national 60)")],
        ),
        (
            "counterfeiting beyond the bound",
            weights(&[(CounterfeitCases, 121)]),
            vec![p("riskWeights.COUNTERFEIT_CASES", "out of range 60..=120")],
        ),
        (
            "lighter failures",
            weights(&[(NonconformingVerdicts, 10)]),
            vec![p("riskWeights.NONCONFORMING_VERDICTS", "loosens (national 20)")],
        ),
        (
            "beyond the model's bound",
            weights(&[(NonconformingVerdicts, 41)]),
            vec![p("riskWeights.NONCONFORMING_VERDICTS", "out of range 20..=40")],
        ),
        ("lower thresholds", thresholds(8, 25, 50), vec![]),
        ("a higher B", thresholds(12, 30, 60), vec![p("riskThresholds.B", "loosens (national 10)")]),
        (
            "below the model's least",
            thresholds(4, 15, 30),
            vec![p("riskThresholds.B", "out of range 5..=10")],
        ),
        ("not rising", thresholds(10, 30, 30), vec![p("riskThresholds", "inconsistent")]),
        ("key below 95 %", key_regions(Some("95"), None, None, None), vec![]),
        (
            "key below 85 %",
            key_regions(Some("85"), None, None, None),
            vec![p("keyRegions.passRateBelowPercent", "loosens (national 90)")],
        ),
        (
            "key below 101 %",
            key_regions(Some("101"), None, None, None),
            vec![p("keyRegions.passRateBelowPercent", "out of range 90..=100")],
        ),
        ("key from 1.05", key_regions(None, Some("1.05"), None, None), vec![]),
        (
            "key from 1.2",
            key_regions(None, Some("1.2"), None, None),
            vec![p("keyRegions.producerRatioFrom", "loosens (national 1.1)")],
        ),
        (
            "key from 1.00: every county",
            key_regions(None, Some("1.00"), None, None),
            vec![p("keyRegions.producerRatioFrom", "out of range 1.01..=1.1")],
        ),
        ("key from half a case", key_regions(None, None, Some("0.5"), None), vec![]),
        (
            "key from two cases",
            key_regions(None, None, Some("2"), None),
            vec![p("keyRegions.counterfeitPerHundredFrom", "loosens (national 1)")],
        ),
        ("thrice the visits", key_regions(None, None, None, Some(3)), vec![]),
        (
            "no more visits",
            key_regions(None, None, None, Some(1)),
            vec![p("keyRegions.patrolFactor", "loosens (national 2)")],
        ),
        (
            "five times the visits",
            key_regions(None, None, None, Some(5)),
            vec![p("keyRegions.patrolFactor", "out of range 2..=4")],
        ),
    ];
    for (name, rules, expected) in cases {
        assert_eq!(problems(&rules), expected, "{name}");
    }
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn version(province: &str, n: u32, from: &str, rules: ProvincialRules) -> RuleVersion {
    RuleVersion {
        province: RegionCode::parse(province).unwrap(),
        version: n,
        effective_from: date(from),
        rules,
        reason: String::new(),
    }
}

#[test]
fn a_place_reads_the_newest_version_of_its_province() {
    let versions = [
        version("320000", 1, "2027-01-01", deadlines(&[("rectificationDays", 25)])),
        version("320000", 2, "2027-03-01", deadlines(&[("rectificationDays", 20)])),
        // A correction set later for the same day wins.
        version("320000", 3, "2027-03-01", deadlines(&[("rectificationDays", 18)])),
        version("330000", 1, "2027-01-01", frequency(&[(RiskClass::C, 3)])),
    ];
    let book = RuleBook::new(&versions);
    let nanjing_county = RegionCode::parse("320102").unwrap();
    let hangzhou = RegionCode::parse("330100").unwrap();
    let guangdong = RegionCode::parse("440000").unwrap();
    assert_eq!(book.for_region(&nanjing_county).deadlines.rectification_days, 18);
    assert_eq!(
        book.for_region(&nanjing_county).source,
        Some((nanjing_county.province().unwrap(), 3, date("2027-03-01")))
    );
    assert_eq!(book.for_region(&hangzhou).deadlines, Deadlines::NATIONAL);
    assert_eq!(book.for_region(&hangzhou).frequency.factor(RiskClass::C).ratio(), (3, 1));
    assert_eq!(book.for_region(&hangzhou).frequency.version, "national-2026.1+330000.1");
    assert_eq!(book.for_region(&guangdong), book.national());
    assert_eq!(book.for_region(&RegionCode::NATION), book.national());
    assert_eq!(book.provinces().count(), 2);
}

#[test]
fn applying_keeps_the_tighter_value_even_of_a_stored_loosening() {
    // A stored version is checked when it is set; if the national defaults tighten in a later
    // release, an older provincial value that is now looser must not win.
    let loose = ProvincialRules {
        deadlines: [("rectificationDays".to_owned(), 45)].into_iter().collect(),
        frequency: vec![ClassFactor { class: RiskClass::D, factor: 2 }],
        risk_weights: vec![FactorWeight { factor: RiskFactor::Suspensions, weight: Decimal::from(100) }],
        risk_thresholds: Some(Thresholds { b: Decimal::from(2), c: Decimal::from(40), d: Decimal::from(50) }),
        key_regions: KeyRegionRules {
            pass_rate_below_percent: Some(Decimal::from(50)),
            producer_ratio_from: Some(Decimal::from(3)),
            counterfeit_per_hundred_from: None,
            patrol_factor: Some(1),
        },
    };
    let settings = Settings::national().with(&version("320000", 1, "2027-01-01", loose));
    assert_eq!(settings.deadlines.rectification_days, 30);
    assert_eq!(settings.frequency.factor(RiskClass::D).ratio(), (4, 1));
    assert_eq!(settings.key_regions, crate::key_region::KeyRegionThresholds::NATIONAL);
    let suspensions =
        settings.model.rules.iter().find(|rule| rule.factor == RiskFactor::Suspensions).unwrap();
    assert_eq!(suspensions.weight, Decimal::from(30), "capped at the model's max weight");
    let national = Settings::national().model.thresholds;
    assert_eq!(settings.model.thresholds.b, Decimal::from(5), "not below the model's least");
    assert_eq!(settings.model.thresholds.c, national.c, "not above the national");
    assert_eq!(settings.model.thresholds.d, Decimal::from(50));
    assert_eq!(settings.model.version, "national-2027.1+320000.1");
}

#[test]
fn a_tightened_model_classes_the_same_record_higher() {
    let mut record = crate::risk::RiskInputs::default();
    record.set(RiskFactor::PatrolsWithFindings, 1);
    let national = Settings::national();
    assert_eq!(national.model.assess(&record).class, RiskClass::A);
    let tighter =
        national.with(&version("320000", 1, "2027-01-01", weights(&[(RiskFactor::PatrolsWithFindings, 12)])));
    assert_eq!(tighter.model.assess(&record).class, RiskClass::B);
    assert_eq!(tighter.model.assess(&record).model_version, "national-2027.1+320000.1");
}

#[test]
fn key_region_thresholds_apply_each_in_its_direction() {
    let national = Settings::national();
    let version = RuleVersion {
        province: RegionCode::parse("320000").unwrap(),
        version: 1,
        effective_from: NaiveDate::from_ymd_opt(2027, 1, 1).unwrap(),
        rules: key_regions(Some("95"), Some("1.05"), None, Some(3)),
        reason: "苏市监〔2027〕1号".to_owned(),
    };
    let applied = national.with(&version).key_regions;
    assert_eq!(applied.pass_rate_below_percent, Decimal::from(95));
    assert_eq!(applied.producer_ratio_from, Decimal::new(105, 2));
    assert_eq!(applied.counterfeit_per_hundred_from, national.key_regions.counterfeit_per_hundred_from);
    assert_eq!(applied.patrol_factor, 3);
    // A stored version from before key regions existed reads as changing none of them.
    let old: ProvincialRules = serde_json::from_str(r#"{"deadlines": {"rectificationDays": 20}}"#).unwrap();
    assert_eq!(old.key_regions, KeyRegionRules::default());
}
