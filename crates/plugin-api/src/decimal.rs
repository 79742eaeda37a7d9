//! A small exact decimal for judge functions (`0.9 × 0.7 − 0.1`), so plugins compute limits
//! without binary floats and without another dependency. It only adds, subtracts, multiplies and
//! compares; rounding and judging stay in the host's engine.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// `mantissa × 10^-scale`, exact.
#[derive(Debug, Clone, Copy)]
pub struct Dec {
    mantissa: i128,
    scale: u32,
}

/// The text was not a plain decimal, or a result left the supported range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecError(pub String);

impl fmt::Display for DecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DecError {}

/// Largest scale kept, so that aligning two values never overflows `10^scale`.
const MAX_SCALE: u32 = 18;

fn pow10(exponent: u32) -> Option<i128> {
    10i128.checked_pow(exponent)
}

impl Dec {
    pub const fn new(mantissa: i128, scale: u32) -> Self {
        Dec { mantissa, scale }
    }

    fn aligned(self, other: Dec) -> Option<(i128, i128, u32)> {
        let scale = self.scale.max(other.scale);
        let a = self.mantissa.checked_mul(pow10(scale - self.scale)?)?;
        let b = other.mantissa.checked_mul(pow10(scale - other.scale)?)?;
        Some((a, b, scale))
    }

    fn overflow(op: &str) -> DecError {
        DecError(format!("decimal {op} out of range"))
    }

    pub fn checked_add(self, other: Dec) -> Result<Dec, DecError> {
        let (a, b, scale) = self.aligned(other).ok_or_else(|| Self::overflow("add"))?;
        Ok(Dec::new(a.checked_add(b).ok_or_else(|| Self::overflow("add"))?, scale))
    }

    pub fn checked_sub(self, other: Dec) -> Result<Dec, DecError> {
        self.checked_add(Dec::new(-other.mantissa, other.scale))
    }

    pub fn checked_mul(self, other: Dec) -> Result<Dec, DecError> {
        let mantissa = self.mantissa.checked_mul(other.mantissa).ok_or_else(|| Self::overflow("mul"))?;
        let scale = self.scale + other.scale;
        if scale > MAX_SCALE {
            return Err(Self::overflow("mul"));
        }
        Ok(Dec::new(mantissa, scale).trimmed())
    }

    /// Drops trailing zeros of the fraction (0.530 → 0.53).
    pub fn trimmed(self) -> Dec {
        let mut value = self;
        while value.scale > 0 && value.mantissa % 10 == 0 {
            value.mantissa /= 10;
            value.scale -= 1;
        }
        value
    }
}

impl FromStr for Dec {
    type Err = DecError;

    /// Accepts `[+-]digits[.digits]` only.
    fn from_str(text: &str) -> Result<Dec, DecError> {
        let bad = || DecError(format!("{text:?} is not a plain decimal"));
        let trimmed = text.trim();
        let (negative, digits) = match trimmed.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, trimmed.strip_prefix('+').unwrap_or(trimmed)),
        };
        let (int_part, frac_part) = digits.split_once('.').unwrap_or((digits, ""));
        let plain = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if int_part.is_empty()
            || !plain(int_part)
            || !plain(frac_part)
            || (digits.contains('.') && frac_part.is_empty())
        {
            return Err(bad());
        }
        let scale = u32::try_from(frac_part.len()).map_err(|_| bad())?;
        if scale > MAX_SCALE {
            return Err(bad());
        }
        // Accumulate digits directly: no intermediate string on the judging path.
        let mut mantissa: i128 = 0;
        for digit in int_part.bytes().chain(frac_part.bytes()) {
            mantissa = mantissa
                .checked_mul(10)
                .and_then(|m| m.checked_add(i128::from(digit - b'0')))
                .ok_or_else(bad)?;
        }
        Ok(Dec::new(if negative { -mantissa } else { mantissa }, scale))
    }
}

impl fmt::Display for Dec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.mantissa < 0 { "-" } else { "" };
        // Digits into a stack buffer, least significant first; no allocation. Limits and
        // measurements fit in u64, whose division is far cheaper than u128's.
        let mut buffer = [0u8; 48];
        let mut len = 0;
        let mut wide = self.mantissa.unsigned_abs();
        let scale = usize::try_from(self.scale).map_err(|_| fmt::Error)?;
        // Fraction digits, the point, then at least one integer digit.
        let min_len = if scale > 0 { scale + 2 } else { 1 };
        while len < min_len || wide > 0 {
            if len == scale && scale > 0 {
                buffer[len] = b'.';
                len += 1;
                continue;
            }
            let digit = if let Ok(narrow) = u64::try_from(wide) {
                wide = u128::from(narrow / 10);
                narrow % 10
            } else {
                let digit = wide % 10;
                wide /= 10;
                digit as u64
            };
            buffer[len] = b'0' + digit as u8;
            len += 1;
        }
        buffer[..len].reverse();
        let text = std::str::from_utf8(&buffer[..len]).map_err(|_| fmt::Error)?;
        f.write_str(sign)?;
        f.write_str(text)
    }
}

impl PartialEq for Dec {
    fn eq(&self, other: &Dec) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Dec {}

impl PartialOrd for Dec {
    fn partial_cmp(&self, other: &Dec) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Dec {
    fn cmp(&self, other: &Dec) -> Ordering {
        match self.aligned(*other) {
            Some((a, b, _)) => a.cmp(&b),
            // Only reachable near i128::MAX; the sign and integer part then decide.
            None => (self.mantissa / pow10(self.scale).unwrap_or(1))
                .cmp(&(other.mantissa / pow10(other.scale).unwrap_or(1))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Dec {
        s.parse().unwrap()
    }

    #[test]
    fn arithmetic_is_exact() {
        let cases = [
            (d("0.9").checked_mul(d("0.7")).unwrap().checked_sub(d("0.1")).unwrap(), "0.53"),
            (d("0.85").checked_mul(d("1.2")).unwrap().checked_sub(d("0.1")).unwrap(), "0.92"),
            (d("12.5").checked_mul(d("1.042")).unwrap(), "13.025"),
            (d("-0.05").checked_add(d("0.05")).unwrap(), "0.00"),
            (d("0.1").checked_add(d("0.2")).unwrap(), "0.3"),
            (d("7").checked_sub(d("10.25")).unwrap(), "-3.25"),
        ];
        for (got, expected) in cases {
            assert_eq!(got.to_string(), expected);
        }
        for (mantissa, scale, text) in [
            (53, 3, "0.053"),
            (-5, 2, "-0.05"),
            (0, 0, "0"),
            (1200, 0, "1200"),
            (120, 1, "12.0"),
            (-7, 0, "-7"),
        ] {
            assert_eq!(Dec::new(mantissa, scale).to_string(), text);
            assert_eq!(d(text).to_string(), text);
        }
        assert!(d("0.53") == d("0.530"));
        assert!(d("0.529") < d("0.53"));
        assert!(d("-1") < d("0"));
        for bad in ["", "1e3", "NaN", ".5", "5.", "1,5", "inf"] {
            assert!(bad.parse::<Dec>().is_err(), "{bad}");
        }
    }
}
