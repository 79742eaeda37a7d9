//! Market-regulation authorities: their level, their name and who may be whose parent.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::{ErrorCode, FieldError};
use crate::registry::region::{RegionCode, RegionLevel};
use crate::text::parse_text;

crate::stored_enum! {
    /// The tier of an authority, which follows from the level of its region.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
    pub enum AuthorityLevel {
        National = "NATIONAL",
        Provincial = "PROVINCIAL",
        Municipal = "MUNICIPAL",
        County = "COUNTY",
    }
}

impl AuthorityLevel {
    pub fn for_region(region: &RegionCode) -> AuthorityLevel {
        match region.level() {
            RegionLevel::National => AuthorityLevel::National,
            RegionLevel::Province => AuthorityLevel::Provincial,
            RegionLevel::City => AuthorityLevel::Municipal,
            RegionLevel::County => AuthorityLevel::County,
        }
    }
}

/// The name of an authority, e.g. 南京市市场监督管理局.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct AuthorityName(String);

impl AuthorityName {
    pub fn parse(s: &str) -> Result<AuthorityName, FieldError> {
        parse_text("name", s, 2, 100, false).map(AuthorityName)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for AuthorityName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for AuthorityName {
    type Error = FieldError;

    fn try_from(s: String) -> Result<AuthorityName, FieldError> {
        AuthorityName::parse(&s)
    }
}

impl From<AuthorityName> for String {
    fn from(name: AuthorityName) -> String {
        name.0
    }
}

/// Checks that an authority may be seated at `region`: a real division of GB/T 2260, not a
/// grouping row such as 110100 市辖区 or 419000 省直辖县级行政区划, where no government sits
/// (the counties under it answer to the province). Err(InvalidAuthorityRegion).
pub fn check_seat(region: &RegionCode) -> Result<(), FieldError> {
    if region.is_placeholder() {
        return Err(FieldError::new(
            ErrorCode::InvalidAuthorityRegion,
            "regionCode",
            format!(
                "{} {} is a grouping of divisions, not a place with its own government: seat the authority at the province or at one of its counties",
                region,
                region.name()
            ),
        ));
    }
    Ok(())
}

/// What `check_successor` knows of an authority.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seat {
    pub id: crate::ids::AuthorityId,
    pub level: AuthorityLevel,
    pub closed: bool,
}

/// Checks that `successor` may take over the work of the closing authority: another authority,
/// still open, of the same level (a district merged into its neighbour, a city's bureau
/// reorganised). Err(InvalidSuccessor).
pub fn check_successor(closing: Seat, successor: Seat) -> Result<(), FieldError> {
    let refuse = |message: &str| Err(FieldError::new(ErrorCode::InvalidSuccessor, "successorId", message));
    if successor.id == closing.id {
        return refuse("an authority cannot succeed itself");
    }
    if successor.closed {
        return refuse("the successor is closed itself");
    }
    if successor.level != closing.level {
        return refuse("the successor must be of the same level as the authority it succeeds");
    }
    Ok(())
}

/// Checks that `parent` may be the parent authority of an authority at `child`: parent's region
/// strictly contains child's and is exactly one level up (county's parent may be a province when
/// the county has no city row). Err(InvalidAuthorityParent).
///
/// A county under a grouping row such as 市辖区 (the districts of Beijing) or 省直辖县级行政区划
/// (济源市) may also answer to its province directly, because no authority sits at the grouping.
pub fn check_parent(parent: &RegionCode, child: &RegionCode) -> Result<(), FieldError> {
    let Some(expected) = child.parent() else {
        return Err(FieldError::new(
            ErrorCode::InvalidAuthorityParent,
            "parent",
            "the national authority has no parent authority",
        ));
    };
    let skips_placeholder = expected.is_placeholder() && expected.parent() == Some(*parent);
    if *parent == expected || skips_placeholder {
        return Ok(());
    }
    Err(FieldError::new(
        ErrorCode::InvalidAuthorityParent,
        "parent",
        format!(
            "an authority at {} {} must answer to the authority at {} {}, not at {} {}",
            child,
            child.name(),
            expected,
            expected.name(),
            parent,
            parent.name()
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn region(s: &str) -> RegionCode {
        RegionCode::parse(s).unwrap()
    }

    #[test]
    fn level_for_region() {
        fn check(code: &str, expected: AuthorityLevel) {
            assert_eq!(AuthorityLevel::for_region(&region(code)), expected, "{code}");
        }
        let cases = [
            ("000000", AuthorityLevel::National),
            ("320000", AuthorityLevel::Provincial),
            ("110000", AuthorityLevel::Provincial),
            ("320100", AuthorityLevel::Municipal),
            ("441900", AuthorityLevel::Municipal),
            ("320102", AuthorityLevel::County),
            ("110101", AuthorityLevel::County),
        ];
        for (code, expected) in cases {
            check(code, expected);
        }
    }

    #[test]
    fn level_strings() {
        fn check(s: &str, expected: Option<AuthorityLevel>) {
            assert_eq!(AuthorityLevel::parse(s), expected, "{s:?}");
            if let Some(level) = expected {
                assert_eq!(level.as_str(), s);
                assert_eq!(serde_json::to_string(&level).unwrap(), format!("\"{s}\""));
            }
        }
        let cases = [
            ("NATIONAL", Some(AuthorityLevel::National)),
            ("PROVINCIAL", Some(AuthorityLevel::Provincial)),
            ("MUNICIPAL", Some(AuthorityLevel::Municipal)),
            ("COUNTY", Some(AuthorityLevel::County)),
            ("county", None),
            ("CITY", None),
            ("", None),
        ];
        for (s, expected) in cases {
            check(s, expected);
        }
    }

    #[test]
    fn name() {
        fn check(s: &str, expected: Result<&str, &str>) {
            let actual = AuthorityName::parse(s);
            match (&actual, expected) {
                (Ok(name), Ok(want)) => assert_eq!(name.as_str(), want),
                (Err(error), Err(want)) => {
                    assert_eq!(error.code, ErrorCode::InvalidText);
                    assert_eq!(error.field, "name");
                    assert_eq!(error.message, want);
                }
                _ => panic!("{s:?}: got {actual:?}, expected {expected:?}"),
            }
        }
        let hundred = "局".repeat(100);
        let hundred_and_one = "局".repeat(101);
        let cases = [
            (" 南京市市场监督管理局 ", Ok("南京市市场监督管理局")),
            ("江苏", Ok("江苏")),
            (hundred.as_str(), Ok(hundred.as_str())),
            (hundred_and_one.as_str(), Err("must have at most 100 characters but has 101")),
            ("局", Err("must have at least 2 characters but has 1")),
            ("", Err("must not be empty")),
            (
                "南京\n市局",
                Err(
                    "contains the control character U+000A at position 3; use a single line of printable text",
                ),
            ),
        ];
        for (s, expected) in cases {
            check(s, expected);
        }
    }

    #[test]
    fn seats_and_successors() {
        for (code, placeholder) in [("110100", true), ("419000", true), ("320100", false), ("110101", false)]
        {
            let got = check_seat(&region(code)).map_err(|e| (e.code, e.field));
            let expected =
                if placeholder { Err((ErrorCode::InvalidAuthorityRegion, "regionCode")) } else { Ok(()) };
            assert_eq!(got, expected, "{code}");
        }
        use crate::ids::AuthorityId;
        let seat = |id, level, closed| Seat { id: AuthorityId::new(id), level, closed };
        let closing = seat(1, AuthorityLevel::County, false);
        let cases = [
            (seat(2, AuthorityLevel::County, false), None),
            (seat(1, AuthorityLevel::County, false), Some("an authority cannot succeed itself")),
            (seat(2, AuthorityLevel::County, true), Some("the successor is closed itself")),
            (
                seat(2, AuthorityLevel::Municipal, false),
                Some("the successor must be of the same level as the authority it succeeds"),
            ),
        ];
        for (successor, expected) in cases {
            let got = check_successor(closing, successor).err().map(|e| e.message);
            assert_eq!(got.as_deref(), expected, "{successor:?}");
        }
    }

    #[test]
    fn parent() {
        fn check(parent: &str, child: &str, expected: Result<(), &str>) {
            let actual = check_parent(&region(parent), &region(child));
            match (&actual, expected) {
                (Ok(()), Ok(())) => {}
                (Err(error), Err(want)) => {
                    assert_eq!(error.code, ErrorCode::InvalidAuthorityParent);
                    assert_eq!(error.message, want, "{parent} → {child}");
                }
                _ => panic!("{parent} → {child}: got {actual:?}, expected {expected:?}"),
            }
        }
        let cases = [
            ("000000", "320000", Ok(())),
            ("320000", "320100", Ok(())),
            ("320100", "320102", Ok(())),
            ("440000", "441900", Ok(())),
            // Districts of a municipality: the 市辖区 row, or the municipality itself.
            ("110100", "110101", Ok(())),
            ("110000", "110101", Ok(())),
            ("500000", "500229", Ok(())),
            ("410000", "419001", Ok(())),
            ("419000", "419001", Ok(())),
            ("000000", "000000", Err("the national authority has no parent authority")),
            ("320000", "000000", Err("the national authority has no parent authority")),
            (
                "320000",
                "320000",
                Err(
                    "an authority at 320000 江苏省 must answer to the authority at 000000 中华人民共和国, not at 320000 江苏省",
                ),
            ),
            (
                "000000",
                "320100",
                Err(
                    "an authority at 320100 南京市 must answer to the authority at 320000 江苏省, not at 000000 中华人民共和国",
                ),
            ),
            (
                "320000",
                "320102",
                Err(
                    "an authority at 320102 玄武区 must answer to the authority at 320100 南京市, not at 320000 江苏省",
                ),
            ),
            (
                "330000",
                "320100",
                Err(
                    "an authority at 320100 南京市 must answer to the authority at 320000 江苏省, not at 330000 浙江省",
                ),
            ),
            (
                "320102",
                "320100",
                Err(
                    "an authority at 320100 南京市 must answer to the authority at 320000 江苏省, not at 320102 玄武区",
                ),
            ),
            (
                "320200",
                "320102",
                Err(
                    "an authority at 320102 玄武区 must answer to the authority at 320100 南京市, not at 320200 无锡市",
                ),
            ),
            (
                "000000",
                "110101",
                Err(
                    "an authority at 110101 东城区 must answer to the authority at 110100 市辖区, not at 000000 中华人民共和国",
                ),
            ),
        ];
        for (parent, child, expected) in cases {
            check(parent, child, expected);
        }
    }
}
