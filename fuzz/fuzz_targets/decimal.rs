//! Fuzzes decimal reading and GB/T 8170 rounding: no input panics; a value that reads shows
//! itself as a number that reads back equal; rounding once more at the same position changes
//! nothing (rounding is idempotent) and moves a value by at most half an interval.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oversight_domain::testing::judgment::rounding::{parse_decimal, parse_reported, report_with_mark, round};
use oversight_domain::testing::judgment::{Decimal, Mark, Rounding, RoundingUnit};
use oversight_plugin_api::decimal::Dec;

fuzz_target!(|input: (&str, i8, u8)| {
    let (text, decimals, unit) = input;
    // Dec (the plugins' exact decimal) must never panic on any text, whatever it answers.
    let _ = text.parse::<Dec>();
    let Ok((value, mark)) = parse_reported(text) else { return };
    assert_eq!(parse_decimal(&value.to_string()), Ok(value), "{value} does not read back");
    let unit = match unit % 3 {
        0 => RoundingUnit::One,
        1 => RoundingUnit::Half,
        _ => RoundingUnit::Fifth,
    };
    let rounding = Rounding { decimals: i32::from(decimals % 32), unit };
    let Ok(rounded) = round(value, rounding, mark) else { return };
    assert_eq!(round(rounded, rounding, Mark::None), Ok(rounded), "{value} rounded at {rounding:?}");
    // Half an interval: 0.5 × unit size × 10^-decimals (unit size 1, 0.5 or 0.2).
    let size = match unit {
        RoundingUnit::One => Decimal::ONE,
        RoundingUnit::Half => Decimal::new(5, 1),
        RoundingUnit::Fifth => Decimal::new(2, 1),
    };
    let mut step = size;
    for _ in 0..rounding.decimals.unsigned_abs() {
        step = if rounding.decimals >= 0 { step / Decimal::TEN } else { step * Decimal::TEN };
    }
    if let Some(distance) = rounded.checked_sub(value) {
        assert!(distance.abs() * Decimal::TWO <= step, "{value} → {rounded} at {rounding:?}");
    }
    let _ = report_with_mark(value, rounding.decimals);
});
