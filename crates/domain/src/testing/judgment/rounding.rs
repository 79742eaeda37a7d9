//! GB/T 8170-2008 rounding (数值修约): round half to even at a digit position, once, on the absolute
//! value, with the (+)/(−) marks of a lab that reported one extra digit, and the 0.5- and 0.2-unit
//! intervals. Everything is decimal: a binary float cannot even represent 2.05.

use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The rounding interval unit at the chosen digit position: 1, 0.5 or 0.2 units (GB/T 8170 §3.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoundingUnit {
    /// Round to a whole unit of the position (the common case: "to one decimal").
    One,
    /// Round to half units: 2X is rounded, then halved.
    Half,
    /// Round to fifth units (0.2): 5X is rounded, then divided by 5.
    Fifth,
}

impl RoundingUnit {
    fn multiplier(self) -> Decimal {
        match self {
            RoundingUnit::One => Decimal::ONE,
            RoundingUnit::Half => Decimal::TWO,
            RoundingUnit::Fifth => Decimal::from(5u8),
        }
    }
}

/// Where a value is rounded: `decimals` places after the point (negative for tens, hundreds…) and
/// the interval unit at that place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rounding {
    pub decimals: i32,
    pub unit: RoundingUnit,
}

impl Rounding {
    /// Rounding to whole units at `decimals` places, the usual case.
    pub const fn places(decimals: i32) -> Self {
        Rounding { decimals, unit: RoundingUnit::One }
    }
}

/// The mark a lab puts after a reported value ending in 5 when it reported one extra digit:
/// (+) the true value was larger, (−) it was smaller.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    #[default]
    None,
    Plus,
    Minus,
}

/// Why a reported value could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValueError {
    #[error("{0:?} is not a finite decimal number (NaN and infinities are refused)")]
    NotFinite(String),
    #[error("{0:?} is not a decimal number")]
    NotNumeric(String),
    #[error("{0:?} is out of the supported decimal range")]
    OutOfRange(String),
}

/// Reads a reported value such as `2.05`, `-0.35`, `2.05(+)` or `2.05(−)`. Only plain decimal
/// notation is accepted: exponents, separators and float specials are refused so that what the lab
/// wrote is what is judged.
pub fn parse_reported(text: &str) -> Result<(Decimal, Mark), ValueError> {
    let trimmed = text.trim();
    let (number, mark) = if let Some(rest) = trimmed.strip_suffix("(+)") {
        (rest.trim_end(), Mark::Plus)
    } else if let Some(rest) = trimmed.strip_suffix("(-)").or_else(|| trimmed.strip_suffix("(−)")) {
        (rest.trim_end(), Mark::Minus)
    } else {
        (trimmed, Mark::None)
    };
    Ok((parse_decimal(number)?, mark))
}

/// Reads a plain decimal (`[+-]digits[.digits]`), refusing NaN, infinities and exponents.
pub fn parse_decimal(text: &str) -> Result<Decimal, ValueError> {
    let trimmed = text.trim();
    let lower = trimmed.to_ascii_lowercase();
    let unsigned = lower.trim_start_matches(['+', '-']);
    if unsigned.starts_with("nan") || unsigned.starts_with("inf") || unsigned == "∞" {
        return Err(ValueError::NotFinite(text.to_owned()));
    }
    let digits = trimmed.strip_prefix(['+', '-']).unwrap_or(trimmed);
    let (int_part, frac_part) = match digits.split_once('.') {
        Some((int_part, frac_part)) => (int_part, Some(frac_part)),
        None => (digits, None),
    };
    let plain = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let well_formed =
        !int_part.is_empty() && plain(int_part) && frac_part.is_none_or(|f| !f.is_empty() && plain(f));
    if !well_formed {
        return Err(ValueError::NotNumeric(text.to_owned()));
    }
    Decimal::from_str(trimmed).map_err(|_| ValueError::OutOfRange(text.to_owned()))
}

/// The value could not be rounded at that position without leaving the decimal range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("value out of range for rounding at this position")]
pub struct OutOfRange;

fn pow10(exponent: u32) -> Result<Decimal, OutOfRange> {
    let mut result = Decimal::ONE;
    for _ in 0..exponent {
        result = result.checked_mul(Decimal::TEN).ok_or(OutOfRange)?;
    }
    Ok(result)
}

/// Rounds once, per GB/T 8170-2008: below half drops, above half rounds up, an exact half rounds to
/// the even neighbour unless a (+)/(−) mark says which side the true value was on; negative values
/// are rounded by absolute value and the sign put back.
pub fn round(value: Decimal, rounding: Rounding, mark: Mark) -> Result<Decimal, OutOfRange> {
    let negative = value.is_sign_negative();
    let magnitude = value.abs();
    let interval = rounding.unit.multiplier();
    let scale_factor = pow10(rounding.decimals.unsigned_abs())?;
    // Scale so that the kept position becomes the units digit; then the kept part is an integer and
    // the dropped part a fraction in [0, 1).
    let scaled = if rounding.decimals >= 0 {
        magnitude.checked_mul(scale_factor).and_then(|v| v.checked_mul(interval))
    } else {
        magnitude.checked_div(scale_factor).and_then(|v| v.checked_mul(interval))
    }
    .ok_or(OutOfRange)?;
    let kept = scaled.trunc();
    let dropped = scaled - kept;
    let half = Decimal::new(5, 1);
    let round_up = match dropped.cmp(&half) {
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => match mark {
            Mark::Plus => true,
            Mark::Minus => false,
            Mark::None => kept % Decimal::TWO != Decimal::ZERO,
        },
    };
    let kept = if round_up { kept + Decimal::ONE } else { kept };
    let unscaled = if rounding.decimals >= 0 {
        kept.checked_div(interval).and_then(|v| v.checked_div(scale_factor))
    } else {
        kept.checked_div(interval).and_then(|v| v.checked_mul(scale_factor))
    }
    .ok_or(OutOfRange)?;
    // Show the rounded value with the digits of its position (2.0, not 2); half and fifth units need
    // one more place (60.5 at position 0).
    let display_places = match rounding.unit {
        RoundingUnit::One => rounding.decimals.max(0),
        RoundingUnit::Half | RoundingUnit::Fifth => (rounding.decimals + 1).max(0),
    };
    let mut result = unscaled.normalize();
    if let Ok(places) = u32::try_from(display_places) {
        result.rescale(places);
    }
    if negative && !result.is_zero() {
        result.set_sign_negative(true);
    }
    Ok(result)
}

/// Rounds `value` to `decimals` places for a report that someone else will round again, and marks
/// a result ending in 5 with (+) if the true value was larger or (−) if it was smaller.
pub fn report_with_mark(value: Decimal, decimals: i32) -> Result<(Decimal, Mark), OutOfRange> {
    let reported = round(value, Rounding::places(decimals), Mark::None)?;
    let last_digit_is_five = {
        let shifted = if decimals >= 0 {
            reported.abs() * pow10(decimals.unsigned_abs())?
        } else {
            reported.abs() / pow10(decimals.unsigned_abs())?
        };
        shifted.trunc() % Decimal::TEN == Decimal::from(5u8)
    };
    let mark = if !last_digit_is_five || reported.abs() == value.abs() {
        Mark::None
    } else if value.abs() > reported.abs() {
        Mark::Plus
    } else {
        Mark::Minus
    };
    Ok((reported, mark))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        parse_decimal(s).unwrap()
    }

    /// GB/T 8170 examples from the reference §0.4 and the standard's own rule text.
    #[test]
    fn rounding_table() {
        let cases: &[(&str, i32, RoundingUnit, Mark, &str)] = &[
            ("2.04", 1, RoundingUnit::One, Mark::None, "2.0"),
            ("2.05", 1, RoundingUnit::One, Mark::None, "2.0"),
            ("2.15", 1, RoundingUnit::One, Mark::None, "2.2"),
            ("39.96", 1, RoundingUnit::One, Mark::None, "40.0"),
            ("204.6", 0, RoundingUnit::One, Mark::None, "205"),
            ("0.1245", 3, RoundingUnit::One, Mark::None, "0.124"),
            ("1.050", 1, RoundingUnit::One, Mark::None, "1.0"),
            ("0.35", 1, RoundingUnit::One, Mark::None, "0.4"),
            ("15.4546", 0, RoundingUnit::One, Mark::None, "15"),
            ("-0.0365", 3, RoundingUnit::One, Mark::None, "-0.036"),
            ("-355", -1, RoundingUnit::One, Mark::None, "-360"),
            ("-325", -1, RoundingUnit::One, Mark::None, "-320"),
            ("1268", -2, RoundingUnit::One, Mark::None, "1300"),
            ("10.5002", 0, RoundingUnit::One, Mark::None, "11"),
            ("2.05", 1, RoundingUnit::One, Mark::Plus, "2.1"),
            ("2.15", 1, RoundingUnit::One, Mark::Minus, "2.1"),
            ("2.16", 1, RoundingUnit::One, Mark::Minus, "2.2"),
            ("60.25", 0, RoundingUnit::Half, Mark::None, "60.0"),
            ("60.38", 0, RoundingUnit::Half, Mark::None, "60.5"),
            ("60.28", 0, RoundingUnit::Half, Mark::None, "60.5"),
            ("-60.75", 0, RoundingUnit::Half, Mark::None, "-61.0"),
            ("830", -2, RoundingUnit::Fifth, Mark::None, "840"),
            ("842", -2, RoundingUnit::Fifth, Mark::None, "840"),
            ("-930", -2, RoundingUnit::Fifth, Mark::None, "-920"),
            ("-0.04", 1, RoundingUnit::One, Mark::None, "0.0"),
            // Negatives by absolute value (issue 11 item 4): −2.05 → −2.0, −2.15 → −2.2.
            ("-2.05", 1, RoundingUnit::One, Mark::None, "-2.0"),
            ("-2.15", 1, RoundingUnit::One, Mark::None, "-2.2"),
            ("-2.05", 1, RoundingUnit::One, Mark::Plus, "-2.1"),
            ("-2.15", 1, RoundingUnit::One, Mark::Minus, "-2.1"),
        ];
        for &(input, decimals, unit, mark, expected) in cases {
            let got = round(dec(input), Rounding { decimals, unit }, mark).unwrap();
            assert_eq!(got.to_string(), expected, "{input} at {decimals} ({unit:?}, {mark:?})");
        }
    }

    #[test]
    fn reported_values_carry_marks() {
        let cases: &[(&str, i32, &str, Mark)] = &[
            ("16.50203", 1, "16.5", Mark::Plus),
            ("17.6500", 2, "17.65", Mark::None),
            ("17.64998", 2, "17.65", Mark::Minus),
            ("-0.10251", 3, "-0.103", Mark::None),
            ("1.0451", 2, "1.05", Mark::Minus),
        ];
        for &(input, decimals, expected, mark) in cases {
            let (value, got_mark) = report_with_mark(dec(input), decimals).unwrap();
            assert_eq!((value.to_string().as_str(), got_mark), (expected, mark), "{input}");
        }
        // A lab's marked value rounded again lands where the unrounded value would have.
        let (value, mark) = parse_reported("16.5(+)").unwrap();
        assert_eq!(round(value, Rounding::places(0), mark).unwrap(), dec("17"));
        let (value, mark) = parse_reported("17.5(−)").unwrap();
        assert_eq!(round(value, Rounding::places(0), mark).unwrap(), dec("17"));
    }

    #[test]
    fn parsing_refuses_what_is_not_a_plain_decimal() {
        for bad in ["NaN", "nan", "inf", "-Infinity", "∞", "1e3", "", ".5", "5.", "1,2", "abc", "0x10", "1 2"]
        {
            assert!(parse_decimal(bad).is_err(), "{bad:?} accepted");
        }
        for good in ["0", "-0.35", "+12.10", "0012.5"] {
            assert!(parse_decimal(good).is_ok(), "{good:?} refused");
        }
    }
}

/// Property tests against independent implementations: a digit-string one (the rule as a person
/// applies it on paper) for whole units, and an integer one for 0.5 and 0.2 units.
#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    /// Rounds the decimal text `text` at `decimals` places, digit by digit.
    fn paper_round(text: &str, decimals: i32, mark: Mark) -> String {
        let (negative, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (int_part, frac_part) = digits.split_once('.').unwrap_or((digits, ""));
        // Pad so that the kept part and at least one dropped digit exist.
        let int_part = format!("{}{}", "0".repeat(4), int_part);
        let width = usize::try_from(decimals.max(0)).unwrap() + 1;
        let frac_part = format!("{frac_part:0<width$}");
        let all: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).map(|b| b - b'0').collect();
        let kept_len = usize::try_from(i32::try_from(int_part.len()).unwrap() + decimals).unwrap();
        let (kept, dropped) = all.split_at(kept_len);
        let mut kept = kept.to_vec();
        let first = dropped[0];
        let rest_nonzero = dropped[1..].iter().any(|&d| d != 0);
        let up = first > 5
            || (first == 5
                && (rest_nonzero
                    || match mark {
                        Mark::Plus => true,
                        Mark::Minus => false,
                        Mark::None => kept.last().is_some_and(|d| d % 2 == 1),
                    }));
        if up {
            let mut i = kept.len();
            loop {
                i -= 1;
                if kept[i] == 9 {
                    kept[i] = 0;
                } else {
                    kept[i] += 1;
                    break;
                }
            }
        }
        // Digits dropped left of the point become zeros.
        kept.extend(std::iter::repeat_n(0, usize::try_from(-decimals.min(0)).unwrap()));
        let int_len = int_part.len();
        let int_digits: String = kept[..int_len].iter().map(|d| char::from(b'0' + d)).collect();
        let int_digits = int_digits.trim_start_matches('0');
        let int_digits = if int_digits.is_empty() { "0" } else { int_digits };
        let frac_digits: String = kept[int_len..].iter().map(|d| char::from(b'0' + d)).collect();
        let is_zero = kept.iter().all(|&d| d == 0);
        let sign = if negative && !is_zero { "-" } else { "" };
        if frac_digits.is_empty() {
            format!("{sign}{int_digits}")
        } else {
            format!("{sign}{int_digits}.{frac_digits}")
        }
    }

    /// Nearest multiple of `step` mantissa units, ties to the even multiple, on the magnitude.
    fn integer_round(mantissa: i128, step: i128) -> i128 {
        let magnitude = mantissa.abs();
        let (q, r) = (magnitude / step, magnitude % step);
        let q = match (2 * r).cmp(&step) {
            std::cmp::Ordering::Less => q,
            std::cmp::Ordering::Greater => q + 1,
            std::cmp::Ordering::Equal => q + (q % 2),
        };
        mantissa.signum() * q * step
    }

    fn any_mark() -> impl Strategy<Value = Mark> {
        prop_oneof![Just(Mark::None), Just(Mark::Plus), Just(Mark::Minus)]
    }

    proptest! {
        #[test]
        fn whole_units_match_the_paper_rule(
            mantissa in -10_000_000_000i64..10_000_000_000,
            scale in 0u32..8,
            decimals in -3i32..6,
            mark in any_mark(),
        ) {
            let value = Decimal::new(mantissa, scale);
            let text = value.to_string();
            let got = round(value, Rounding::places(decimals), mark).unwrap();
            prop_assert_eq!(got.to_string(), paper_round(&text, decimals, mark), "{}", text);
        }

        #[test]
        fn half_and_fifth_units_match_integer_rounding(
            mantissa in -10_000_000_000i64..10_000_000_000,
            decimals in 0i32..3,
            fifth in any::<bool>(),
        ) {
            // Scale 6 gives every value enough digits below the rounding interval.
            let value = Decimal::new(mantissa, 6);
            let (unit, step_digit) = if fifth { (RoundingUnit::Fifth, 2) } else { (RoundingUnit::Half, 5) };
            let step = step_digit * 10i128.pow(u32::try_from(6 - decimals - 1).unwrap());
            let expected = Decimal::from_i128_with_scale(integer_round(i128::from(mantissa), step), 6);
            let got = round(value, Rounding { decimals, unit }, Mark::None).unwrap();
            prop_assert_eq!(got, expected, "{}", value);
        }

        #[test]
        fn rounding_twice_at_the_same_place_changes_nothing(
            mantissa in -10_000_000_000i64..10_000_000_000,
            scale in 0u32..8,
            decimals in -3i32..6,
        ) {
            let once = round(Decimal::new(mantissa, scale), Rounding::places(decimals), Mark::None).unwrap();
            let twice = round(once, Rounding::places(decimals), Mark::None).unwrap();
            prop_assert_eq!(once, twice);
        }
    }
}
