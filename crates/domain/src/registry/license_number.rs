//! Production license numbers (生产许可证编号): `XK13-005-00042`, optionally prefixed by the issuing
//! province as in `(苏)XK13-005-00042`.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::{ErrorCode, FieldError};
use crate::registry::region::{RegionCode, province_by_abbreviation};

const FIELD: &str = "number";

/// A well-formed license number. Two numbers that differ only in their province prefix share a
/// [`core`](LicenseNumber::core), which is what identifies a license.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LicenseNumber {
    province_prefix: Option<char>,
    category: u8,
    unit: u16,
    serial: u32,
}

impl LicenseNumber {
    /// Parses a number. Surrounding whitespace is ignored, `xk` may be lower-case and the province
    /// may be enclosed in ASCII or full-width parentheses; the canonical form uses ASCII ones.
    pub fn parse(s: &str) -> Result<LicenseNumber, FieldError> {
        let s = s.trim();
        let chars: Vec<char> = s.chars().collect();
        let (province_prefix, core) = match chars.as_slice() {
            ['(' | '（', abbreviation, ')' | '）', core @ ..] => (Some(*abbreviation), core),
            ['(' | '（', ..] => {
                return Err(invalid(format!(
                    "'{s}' has a malformed province prefix; expected one character in parentheses, such as (苏)XK13-005-00042"
                )));
            }
            core => (None, core),
        };
        let malformed = || {
            invalid(format!(
                "'{s}' is not a production license number; expected XK, a two-digit product category, a three-digit unit and a five-digit serial, such as XK13-005-00042 or (苏)XK13-005-00042"
            ))
        };
        let [x, k, c1, c2, '-', u1, u2, u3, '-', s1, s2, s3, s4, s5] = core else {
            return Err(malformed());
        };
        if !x.eq_ignore_ascii_case(&'X') || !k.eq_ignore_ascii_case(&'K') {
            return Err(malformed());
        }
        let category = digits(&[*c1, *c2]).ok_or_else(malformed)?;
        let unit = digits(&[*u1, *u2, *u3]).ok_or_else(malformed)?;
        let serial = digits(&[*s1, *s2, *s3, *s4, *s5]).ok_or_else(malformed)?;
        LicenseNumber::checked(province_prefix, category, unit, serial)
    }

    /// Builds a number from its parts, checking that each fits its digits and is not zero.
    pub fn new(
        province_prefix: Option<char>,
        category: u8,
        unit: u16,
        serial: u32,
    ) -> Result<LicenseNumber, FieldError> {
        LicenseNumber::checked(province_prefix, u32::from(category), u32::from(unit), serial)
    }

    fn checked(
        province_prefix: Option<char>,
        category: u32,
        unit: u32,
        serial: u32,
    ) -> Result<LicenseNumber, FieldError> {
        if let Some(abbreviation) = province_prefix
            && province_by_abbreviation(abbreviation).is_none()
        {
            return Err(invalid(format!(
                "'{abbreviation}' is not a province abbreviation; expected one of 京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵黔云滇藏陕甘陇青宁新"
            )));
        }
        let out_of_range = |what: &str, value: u32, max: u32| {
            invalid(format!("{what} {value} is out of range; expected 1 to {max}"))
        };
        let category = u8::try_from(category)
            .ok()
            .filter(|category| (1..=99).contains(category))
            .ok_or_else(|| out_of_range("product category", category, 99))?;
        let unit = u16::try_from(unit)
            .ok()
            .filter(|unit| (1..=999).contains(unit))
            .ok_or_else(|| out_of_range("unit", unit, 999))?;
        if !(1..=99_999).contains(&serial) {
            return Err(out_of_range("serial", serial, 99_999));
        }
        Ok(LicenseNumber { province_prefix, category, unit, serial })
    }

    /// The number without its province prefix, e.g. `XK13-005-00042`: the uniqueness key.
    pub fn core(&self) -> String {
        format!("XK{:02}-{:03}-{:05}", self.category, self.unit, self.serial)
    }

    pub fn province_prefix(&self) -> Option<char> {
        self.province_prefix
    }

    pub fn province(&self) -> Option<RegionCode> {
        self.province_prefix.and_then(province_by_abbreviation)
    }

    pub fn category(&self) -> u8 {
        self.category
    }

    pub fn unit(&self) -> u16 {
        self.unit
    }

    pub fn serial(&self) -> u32 {
        self.serial
    }
}

/// `char::to_digit` accepts ASCII digits only, so full-width digits are refused here.
fn digits(chars: &[char]) -> Option<u32> {
    chars.iter().try_fold(0, |number, c| c.to_digit(10).map(|digit| number * 10 + digit))
}

fn invalid(message: String) -> FieldError {
    FieldError::new(ErrorCode::InvalidLicenseNumber, FIELD, message)
}

impl fmt::Display for LicenseNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(abbreviation) = self.province_prefix {
            write!(f, "({abbreviation})")?;
        }
        f.write_str(&self.core())
    }
}

impl TryFrom<String> for LicenseNumber {
    type Error = FieldError;

    fn try_from(s: String) -> Result<LicenseNumber, FieldError> {
        LicenseNumber::parse(&s)
    }
}

impl From<LicenseNumber> for String {
    fn from(number: LicenseNumber) -> String {
        number.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MALFORMED: &str = "is not a production license number; expected XK, a two-digit product category, a three-digit unit and a five-digit serial, such as XK13-005-00042 or (苏)XK13-005-00042";

    /// Expected: canonical form, core, province code.
    type Parsed = (&'static str, &'static str, Option<&'static str>);

    fn check(s: &str, expected: Result<Parsed, String>) {
        let actual = LicenseNumber::parse(s);
        match (&actual, expected) {
            (Ok(number), Ok((canonical, core, province))) => {
                assert_eq!(number.to_string(), canonical, "{s:?}");
                assert_eq!(number.core(), core, "{s:?}");
                assert_eq!(number.province().map(|p| p.to_string()).as_deref(), province, "{s:?}");
                assert_eq!(LicenseNumber::parse(canonical).as_ref(), Ok(number));
            }
            (Err(error), Err(message)) => {
                assert_eq!(error.code, ErrorCode::InvalidLicenseNumber, "{s:?}");
                assert_eq!(error.field, "number");
                assert_eq!(error.message, message, "{s:?}");
            }
            (actual, expected) => panic!("{s:?}: got {actual:?}, expected {expected:?}"),
        }
    }

    #[test]
    fn parse() {
        let malformed = |s: &str| Err(format!("'{s}' {MALFORMED}"));
        let cases: Vec<(&str, Result<Parsed, String>)> = vec![
            ("XK13-005-00042", Ok(("XK13-005-00042", "XK13-005-00042", None))),
            ("(苏)XK13-005-00042", Ok(("(苏)XK13-005-00042", "XK13-005-00042", Some("320000")))),
            ("（苏）XK13-005-00042", Ok(("(苏)XK13-005-00042", "XK13-005-00042", Some("320000")))),
            ("(苏）XK13-005-00042", Ok(("(苏)XK13-005-00042", "XK13-005-00042", Some("320000")))),
            ("  (京)xk06-014-00045 ", Ok(("(京)XK06-014-00045", "XK06-014-00045", Some("110000")))),
            ("xK01-001-00001", Ok(("XK01-001-00001", "XK01-001-00001", None))),
            ("(黔)XK99-999-99999", Ok(("(黔)XK99-999-99999", "XK99-999-99999", Some("520000")))),
            ("(新)XK21-210-00123", Ok(("(新)XK21-210-00123", "XK21-210-00123", Some("650000")))),
            ("", malformed("")),
            ("XK13-005-0042", malformed("XK13-005-0042")),
            ("XK13-005-000042", malformed("XK13-005-000042")),
            ("XK1-005-00042", malformed("XK1-005-00042")),
            ("XK13-05-00042", malformed("XK13-05-00042")),
            ("XK13_005_00042", malformed("XK13_005_00042")),
            ("XK13 005 00042", malformed("XK13 005 00042")),
            ("XK13-005-0004a", malformed("XK13-005-0004a")),
            ("XK13-005-0004２", malformed("XK13-005-0004２")),
            ("QS13-005-00042", malformed("QS13-005-00042")),
            ("13-005-00042", malformed("13-005-00042")),
            ("苏XK13-005-00042", malformed("苏XK13-005-00042")),
            ("(苏) XK13-005-00042", malformed("(苏) XK13-005-00042")),
            ("XK13-005-00042(苏)", malformed("XK13-005-00042(苏)")),
            ("(江苏)XK13-005-00042", Err("'(江苏)XK13-005-00042' has a malformed province prefix; expected one character in parentheses, such as (苏)XK13-005-00042".to_owned())),
            ("()XK13-005-00042", Err("'()XK13-005-00042' has a malformed province prefix; expected one character in parentheses, such as (苏)XK13-005-00042".to_owned())),
            ("(港)XK13-005-00042", Err("'港' is not a province abbreviation; expected one of 京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵黔云滇藏陕甘陇青宁新".to_owned())),
            ("XK00-005-00042", Err("product category 0 is out of range; expected 1 to 99".to_owned())),
            ("XK13-000-00042", Err("unit 0 is out of range; expected 1 to 999".to_owned())),
            ("XK13-005-00000", Err("serial 0 is out of range; expected 1 to 99999".to_owned())),
        ];
        for (s, expected) in cases {
            check(s, expected);
        }
    }

    #[test]
    fn new() {
        fn check(prefix: Option<char>, category: u8, unit: u16, serial: u32, expected: Result<&str, &str>) {
            let actual = LicenseNumber::new(prefix, category, unit, serial)
                .map(|number| number.to_string())
                .map_err(|error| error.message);
            assert_eq!(
                actual,
                expected.map(str::to_owned).map_err(str::to_owned),
                "{prefix:?} {category} {unit} {serial}"
            );
        }
        let cases = [
            (Some('苏'), 13, 5, 42, Ok("(苏)XK13-005-00042")),
            (None, 1, 1, 1, Ok("XK01-001-00001")),
            (None, 99, 999, 99_999, Ok("XK99-999-99999")),
            (None, 100, 5, 42, Err("product category 100 is out of range; expected 1 to 99")),
            (None, 0, 5, 42, Err("product category 0 is out of range; expected 1 to 99")),
            (None, 13, 1000, 42, Err("unit 1000 is out of range; expected 1 to 999")),
            (None, 13, 5, 100_000, Err("serial 100000 is out of range; expected 1 to 99999")),
            (
                Some('X'),
                13,
                5,
                42,
                Err(
                    "'X' is not a province abbreviation; expected one of 京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵黔云滇藏陕甘陇青宁新",
                ),
            ),
        ];
        for (prefix, category, unit, serial, expected) in cases {
            check(prefix, category, unit, serial, expected);
        }
    }

    #[test]
    fn parts_and_identity() {
        let number = LicenseNumber::parse("（苏）xk13-005-00042").unwrap();
        assert_eq!(number.province_prefix(), Some('苏'));
        assert_eq!((number.category(), number.unit(), number.serial()), (13, 5, 42));
        assert_eq!(number, LicenseNumber::new(Some('苏'), 13, 5, 42).unwrap());
        let without_prefix = LicenseNumber::parse("XK13-005-00042").unwrap();
        assert_ne!(number, without_prefix);
        assert_eq!(number.core(), without_prefix.core());
    }

    #[test]
    fn serde_as_canonical_string() {
        let number: LicenseNumber = serde_json::from_str("\"（苏）xk13-005-00042\"").unwrap();
        assert_eq!(serde_json::to_string(&number).unwrap(), "\"(苏)XK13-005-00042\"");
        assert!(serde_json::from_str::<LicenseNumber>("\"XK13-005\"").is_err());
    }
}
