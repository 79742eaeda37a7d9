//! The unified social credit code (统一社会信用代码, GB 32100-2015) that identifies an enterprise.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::{ErrorCode, FieldError};

/// The 31 characters of GB 32100; I, O, Z, S and V are left out because they read like 1, 0, 2, 5, U.
const CHARSET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS: [u32; 17] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const FIELD: &str = "creditCode";

/// An 18-character credit code whose check character is correct.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CreditCode(String);

impl CreditCode {
    /// Parses a code; surrounding whitespace is ignored and ASCII letters are upper-cased.
    pub fn parse(s: &str) -> Result<CreditCode, FieldError> {
        let chars = normalise(s);
        if chars.len() != 18 {
            return Err(invalid(format!("must have 18 characters but has {}", chars.len())));
        }
        let (body, check) = chars.split_at(17);
        let expected = check_character_of(body)?;
        if check[0] != expected {
            return Err(invalid(format!(
                "check character is '{}' but the first 17 characters require '{expected}'",
                check[0]
            )));
        }
        Ok(CreditCode(chars.into_iter().collect()))
    }

    /// Completes the first 17 characters with their check character.
    pub fn from_body(first17: &str) -> Result<CreditCode, FieldError> {
        let mut chars = body_of(first17)?;
        let check = check_character_of(&chars)?;
        chars.push(check);
        Ok(CreditCode(chars.into_iter().collect()))
    }

    /// The check character (position 18) that the first 17 characters require.
    pub fn check_character(first17: &str) -> Result<char, FieldError> {
        check_character_of(&body_of(first17)?)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Positions 3–8: the region code of the registering authority. It is kept as written, since
    /// codes outlive the divisions they were issued in.
    pub fn region_part(&self) -> &str {
        &self.0[2..8]
    }
}

fn normalise(s: &str) -> Vec<char> {
    s.trim().chars().map(|c| c.to_ascii_uppercase()).collect()
}

fn body_of(first17: &str) -> Result<Vec<char>, FieldError> {
    let chars = normalise(first17);
    if chars.len() != 17 {
        return Err(invalid(format!("the body must have 17 characters but has {}", chars.len())));
    }
    Ok(chars)
}

/// Checks each of the 17 body characters and computes the check character:
/// 31 − (Σ value × weight mod 31), where 31 becomes 0.
fn check_character_of(body: &[char]) -> Result<char, FieldError> {
    let mut sum = 0;
    for (index, (&c, weight)) in body.iter().zip(WEIGHTS).enumerate() {
        let position = index + 1;
        let value = value_of(c).ok_or_else(|| {
            invalid(format!(
                "character '{c}' at position {position} is not allowed; use digits and the capital letters A–Y except I, O, S, V"
            ))
        })?;
        if (3..=8).contains(&position) && !c.is_ascii_digit() {
            return Err(invalid(format!(
                "character '{c}' at position {position} must be a digit, because positions 3–8 hold the six-digit region code"
            )));
        }
        sum += value * weight;
    }
    let check = (31 - sum % 31) % 31;
    Ok(char::from(CHARSET[check as usize]))
}

fn value_of(c: char) -> Option<u32> {
    CHARSET.iter().zip(0..).find(|&(&allowed, _)| char::from(allowed) == c).map(|(_, value)| value)
}

fn invalid(message: String) -> FieldError {
    FieldError::new(ErrorCode::InvalidCreditCode, FIELD, message)
}

impl fmt::Display for CreditCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for CreditCode {
    type Error = FieldError;

    fn try_from(s: String) -> Result<CreditCode, FieldError> {
        CreditCode::parse(&s)
    }
}

impl From<CreditCode> for String {
    fn from(code: CreditCode) -> String {
        code.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Real-world codes, each checked by hand (values: 0–9 as is, A=10 … H=17, J=18, K=19, L=20,
    /// M=21, N=22, P=23, Q=24, R=25, T=26, U=27, W=28, X=29, Y=30):
    ///
    /// - 91350100M000100Y43: 9·1 + 1·3 + 3·9 + 5·27 + 0·19 + 1·26 + 0·16 + 0·17 + 21·20 + 0·29
    ///   + 0·25 + 0·13 + 1·8 + 0·24 + 0·10 + 30·30 + 4·28 = 1640; 1640 mod 31 = 28; 31 − 28 = 3 → '3'.
    /// - 91110000600037341L: 9 + 3 + 9 + 27 + 0 + 0 + 0 + 0 + 6·20 + 0 + 0 + 0 + 3·8 + 7·24 + 3·10
    ///   + 4·30 + 1·28 = 538; 538 mod 31 = 11; 31 − 11 = 20 → 'L'.
    /// - 91440300708461136T: 9 + 3 + 4·9 + 4·27 + 0 + 3·26 + 0 + 0 + 7·20 + 0 + 8·25 + 4·13 + 6·8
    ///   + 1·24 + 1·10 + 3·30 + 6·28 = 966; 966 mod 31 = 5; 31 − 5 = 26 → 'T'.
    /// - 91110108551385082Q: 9 + 3 + 9 + 27 + 0 + 1·26 + 0 + 8·17 + 5·20 + 5·29 + 1·25 + 3·13
    ///   + 8·8 + 5·24 + 0 + 8·30 + 2·28 = 999; 999 mod 31 = 7; 31 − 7 = 24 → 'Q'.
    const VALID: [&str; 4] =
        ["91350100M000100Y43", "91110000600037341L", "91440300708461136T", "91110108551385082Q"];

    fn check(s: &str, expected: Result<&str, &str>) {
        let actual = CreditCode::parse(s);
        match (&actual, expected) {
            (Ok(code), Ok(want)) => assert_eq!(code.as_str(), want, "{s:?}"),
            (Err(error), Err(want)) => {
                assert_eq!(error.code, ErrorCode::InvalidCreditCode, "{s:?}");
                assert_eq!(error.field, "creditCode");
                assert_eq!(error.message, want, "{s:?}");
            }
            _ => panic!("{s:?}: got {actual:?}, expected {expected:?}"),
        }
    }

    #[test]
    fn parse() {
        let cases = [
            ("91350100M000100Y43", Ok("91350100M000100Y43")),
            ("91110000600037341L", Ok("91110000600037341L")),
            ("91440300708461136T", Ok("91440300708461136T")),
            ("91110108551385082Q", Ok("91110108551385082Q")),
            ("  91110000600037341l\t", Ok("91110000600037341L")),
            ("91350100m000100y43", Ok("91350100M000100Y43")),
            ("", Err("must have 18 characters but has 0")),
            ("91110000600037341", Err("must have 18 characters but has 17")),
            ("91110000600037341LL", Err("must have 18 characters but has 19")),
            (
                "9111 000600037341L",
                Err(
                    "character ' ' at position 5 is not allowed; use digits and the capital letters A–Y except I, O, S, V",
                ),
            ),
            ("91110000600037341I", Err("check character is 'I' but the first 17 characters require 'L'")),
            ("91110000600037341O", Err("check character is 'O' but the first 17 characters require 'L'")),
            (
                "9I110000600037341L",
                Err(
                    "character 'I' at position 2 is not allowed; use digits and the capital letters A–Y except I, O, S, V",
                ),
            ),
            (
                "91110000S00037341L",
                Err(
                    "character 'S' at position 9 is not allowed; use digits and the capital letters A–Y except I, O, S, V",
                ),
            ),
            (
                "911100006000373４1L",
                Err(
                    "character '４' at position 16 is not allowed; use digits and the capital letters A–Y except I, O, S, V",
                ),
            ),
            (
                "91A10000600037341L",
                Err(
                    "character 'A' at position 3 must be a digit, because positions 3–8 hold the six-digit region code",
                ),
            ),
            ("91110000600037341M", Err("check character is 'M' but the first 17 characters require 'L'")),
            ("91350100M000100Y44", Err("check character is '4' but the first 17 characters require '3'")),
            // Swapping two adjacent characters changes the weighted sum.
            ("19110000600037341L", Err("check character is 'L' but the first 17 characters require '4'")),
            // Chinese characters count as one character each, not three bytes.
            (
                "统一社会信用代码统一社会信用代码统一",
                Err(
                    "character '统' at position 1 is not allowed; use digits and the capital letters A–Y except I, O, S, V",
                ),
            ),
        ];
        for (s, expected) in cases {
            check(s, expected);
        }
    }

    /// Every single-character change of a valid code must be refused: the weights are all non-zero
    /// modulo the prime 31, so any substitution changes the checksum.
    #[test]
    fn every_single_character_change_fails() {
        let alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        let mut n_mutations = 0;
        for valid in VALID {
            for position in 0..18 {
                for replacement in alphabet.chars() {
                    let mut chars: Vec<char> = valid.chars().collect();
                    if chars[position] == replacement {
                        continue;
                    }
                    chars[position] = replacement;
                    let mutated: String = chars.into_iter().collect();
                    let error = CreditCode::parse(&mutated)
                        .expect_err(&format!("{mutated} (from {valid}) was accepted"));
                    assert_eq!(error.code, ErrorCode::InvalidCreditCode);
                    n_mutations += 1;
                }
            }
        }
        assert_eq!(n_mutations, 4 * 18 * 35);
    }

    #[test]
    fn check_character_and_body() {
        fn check(first17: &str, expected: Result<char, &str>) {
            let actual = CreditCode::check_character(first17).map_err(|e| e.message);
            assert_eq!(actual, expected.map_err(str::to_owned), "{first17:?}");
            let completed = CreditCode::from_body(first17).map_err(|e| e.message);
            let expected_code = expected.map(|c| format!("{}{c}", first17.trim().to_uppercase()));
            assert_eq!(
                completed.map(|code| code.as_str().to_owned()),
                expected_code.map_err(str::to_owned),
                "{first17:?}"
            );
        }
        let cases = [
            ("91350100M000100Y4", Ok('3')),
            ("91110000600037341", Ok('L')),
            ("91440300708461136", Ok('T')),
            ("91110108551385082", Ok('Q')),
            (" 91350100m000100y4 ", Ok('3')),
            ("9135010", Err("the body must have 17 characters but has 7")),
            ("91350100M000100Y43", Err("the body must have 17 characters but has 18")),
            (
                "9135010OM000100Y4",
                Err(
                    "character 'O' at position 8 is not allowed; use digits and the capital letters A–Y except I, O, S, V",
                ),
            ),
        ];
        for (first17, expected) in cases {
            check(first17, expected);
        }
    }

    #[test]
    fn region_part() {
        fn check(code: &str, expected: &str) {
            assert_eq!(CreditCode::parse(code).unwrap().region_part(), expected);
        }
        check("91350100M000100Y43", "350100");
        check("91110000600037341L", "110000");
        check("91440300708461136T", "440300");
        check("91110108551385082Q", "110108");
    }

    #[test]
    fn serde_as_string() {
        let code: CreditCode = serde_json::from_str("\"91110000600037341l\"").unwrap();
        assert_eq!(code.as_str(), "91110000600037341L");
        assert_eq!(serde_json::to_string(&code).unwrap(), "\"91110000600037341L\"");
        assert!(serde_json::from_str::<CreditCode>("\"91110000600037341M\"").is_err());
    }
}
