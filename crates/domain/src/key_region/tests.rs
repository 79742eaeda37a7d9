//! Key-region judgments, table-driven: each criterion at, below and above its threshold, the
//! rates as GB/T 8170 rounds them, and the figures that have no denominator.

use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::*;

fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

fn figures(licensed: u64, passed: u64, failed: u64, unlicensed: u64, counterfeit: u64) -> RegionFigures {
    RegionFigures {
        region: RegionCode::parse("320102").unwrap(),
        licensed,
        checks_passed: passed,
        checks_failed: failed,
        unlicensed,
        counterfeit,
    }
}

#[test]
fn criteria_at_and_around_their_thresholds() {
    use Criterion::*;
    // (licensed, passed, failed, unlicensed, counterfeit) → (pass rate, ratio, density, reasons)
    type Case = (
        (u64, u64, u64, u64, u64),
        (Option<&'static str>, Option<&'static str>, Option<&'static str>),
        &'static [Criterion],
    );
    let cases: &[Case] = &[
        ((10, 9, 1, 0, 0), (Some("90.0"), Some("1.00"), Some("0.00")), &[]),
        // 8 of 9: 88.888… → 88.9, below 90.
        ((10, 8, 1, 0, 0), (Some("88.9"), Some("1.00"), Some("0.00")), &[LowPassRate]),
        // Four judged checks are too few to judge a rate, even all failing.
        ((10, 0, 4, 0, 0), (None, Some("1.00"), Some("0.00")), &[]),
        ((10, 0, 5, 0, 0), (Some("0.0"), Some("1.00"), Some("0.00")), &[LowPassRate]),
        // 11 known over 10 licensed: exactly the threshold.
        ((10, 0, 0, 1, 0), (None, Some("1.10"), Some("0.00")), &[UnlicensedProducers]),
        ((11, 0, 0, 1, 0), (None, Some("1.09"), Some("0.00")), &[]),
        // 201/200 = 1.005: an exact half rounds to even, 1.00.
        ((200, 0, 0, 1, 0), (None, Some("1.00"), Some("0.00")), &[]),
        // One case among 100 licensees: 1 per hundred, the threshold.
        ((100, 0, 0, 0, 1), (None, Some("1.00"), Some("1.00")), &[Counterfeiting]),
        ((101, 0, 0, 0, 1), (None, Some("1.00"), Some("0.99")), &[]),
        // No licensee: no ratio, no density; any unlicensed producer or case makes it key.
        ((0, 0, 0, 1, 0), (None, None, None), &[UnlicensedProducers]),
        ((0, 0, 0, 0, 1), (None, None, None), &[Counterfeiting]),
        ((0, 0, 0, 0, 0), (None, None, None), &[]),
        // Every criterion at once, in a fixed order.
        (
            (2, 1, 5, 1, 1),
            (Some("16.7"), Some("1.50"), Some("50.00")),
            &[LowPassRate, UnlicensedProducers, Counterfeiting],
        ),
    ];
    for ((licensed, passed, failed, unlicensed, counterfeit), (rate, ratio, density), reasons) in cases {
        let judged = assess(
            figures(*licensed, *passed, *failed, *unlicensed, *counterfeit),
            KeyRegionThresholds::NATIONAL,
        );
        let text = |value: Option<Decimal>| value.map(|v| v.to_string());
        let case = (licensed, passed, failed, unlicensed, counterfeit);
        assert_eq!(text(judged.pass_rate_percent).as_deref(), *rate, "pass rate of {case:?}");
        assert_eq!(text(judged.producer_ratio).as_deref(), *ratio, "ratio of {case:?}");
        assert_eq!(text(judged.counterfeit_per_hundred).as_deref(), *density, "density of {case:?}");
        let got: Vec<Criterion> = judged.reasons.iter().map(|r| r.criterion).collect();
        assert_eq!(&got, reasons, "reasons of {case:?}");
        assert_eq!(judged.is_key(), !reasons.is_empty());
        assert_eq!(judged.patrol_factor(), if reasons.is_empty() { 1 } else { 2 });
    }
}

#[test]
fn tightened_thresholds_judge_more_counties_key() {
    let tight = KeyRegionThresholds {
        pass_rate_below_percent: dec("95"),
        producer_ratio_from: dec("1.05"),
        counterfeit_per_hundred_from: dec("0.5"),
        patrol_factor: 3,
    };
    // (figures, key nationally, key under the tighter thresholds)
    let cases = [
        (figures(10, 93, 7, 0, 0), false, true),
        (figures(20, 0, 0, 1, 0), false, true),
        (figures(200, 0, 0, 0, 1), false, true),
        (figures(100, 99, 1, 0, 0), false, false),
    ];
    for (figures, national, tightened) in cases {
        assert_eq!(assess(figures, KeyRegionThresholds::NATIONAL).is_key(), national, "{figures:?}");
        let judged = assess(figures, tight);
        assert_eq!(judged.is_key(), tightened, "{figures:?}");
        assert_eq!(judged.patrol_factor(), if tightened { 3 } else { 1 });
    }
}

#[test]
fn tighter_keeps_each_value_in_its_direction() {
    let loose = KeyRegionThresholds {
        pass_rate_below_percent: dec("80"),
        producer_ratio_from: dec("1.5"),
        counterfeit_per_hundred_from: dec("2"),
        patrol_factor: 1,
    };
    assert_eq!(KeyRegionThresholds::NATIONAL.tighter(&loose), KeyRegionThresholds::NATIONAL);
    let tight = KeyRegionThresholds {
        pass_rate_below_percent: dec("99"),
        producer_ratio_from: dec("1.01"),
        counterfeit_per_hundred_from: dec("0.1"),
        patrol_factor: 9,
    };
    let applied = KeyRegionThresholds::NATIONAL.tighter(&tight);
    assert_eq!(applied.pass_rate_below_percent, dec("99"));
    assert_eq!(applied.producer_ratio_from, dec("1.01"));
    assert_eq!(applied.counterfeit_per_hundred_from, dec("0.1"));
    assert_eq!(applied.patrol_factor, MAX_PATROL_FACTOR, "capped");
}

#[test]
fn reasons_explain_themselves_in_both_languages() {
    let judged = assess(figures(2, 1, 5, 1, 1), KeyRegionThresholds::NATIONAL);
    let explained: Vec<(String, String)> = judged.reasons.iter().map(Reason::explain).collect();
    assert_eq!(explained[0].1, "pass rate 16.7 % is below 90 %");
    assert_eq!(explained[1].0, "已知生产者与获证企业之比 1.5 达到 1.1");
    assert_eq!(explained[2].1, "50 counterfeiting cases per hundred licensees reaches 1");
    let none = assess(figures(0, 0, 0, 2, 0), KeyRegionThresholds::NATIONAL);
    assert_eq!(none.reasons[0].explain().1, "unlicensed producers and no licensed enterprise");
}

#[test]
fn the_window_is_twelve_months_to_the_day() {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    assert_eq!(window_start(day(2027, 3, 1)), day(2026, 3, 2));
    // A leap day's year back is the last of February.
    assert_eq!(window_start(day(2028, 2, 29)), day(2027, 3, 1));
}
