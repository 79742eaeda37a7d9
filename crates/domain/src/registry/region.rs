//! GB/T 2260 administrative divisions: region codes, their hierarchy and jurisdiction prefixes.
//!
//! The division table is embedded at compile time from `data/regions/` (the `china-division`
//! data set, WTFPL, see `data/regions/LICENSE-china-division`), so the product never reads the
//! data at run time. It is parsed once, on first use.
//!
//! Jurisdiction is a code prefix: a province `PP0000` sees every code starting with `PP`, a city
//! `PPCC00` every code starting with `PPCC`, a county only itself, the nation everything.
//!
//! Oddities of the data that this module deals with:
//! - Three prefecture-level cities without districts (东莞市 441900, 中山市 442000, 儋州市 460400)
//!   also appear in `areas.csv` under their own six-digit code. A code has a single level, so those
//!   rows are folded into the city: the region is a city with no children.
//! - Some "cities" are only groupings: 市辖区 (the districts of Beijing, Tianjin, Shanghai,
//!   Chongqing), 县 (Chongqing's counties) and 省直辖县级行政区划 / 自治区直辖县级行政区划 (county-level
//!   cities directly under a province, e.g. 济源市 419001). They are kept as city-level regions so
//!   that prefixes stay consistent, and flagged by [`RegionCode::is_placeholder`], because no
//!   authority sits at that level: the districts of Beijing answer to Beijing itself.
//! - A county whose city has no row would take the province as its parent; the data has none
//!   today, but the hierarchy does not depend on it.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::error::{ErrorCode, FieldError};

const PROVINCES_CSV: &str = include_str!("../../data/regions/provinces.csv");
const CITIES_CSV: &str = include_str!("../../data/regions/cities.csv");
const AREAS_CSV: &str = include_str!("../../data/regions/areas.csv");

const NATION_NAME: &str = "中华人民共和国";

/// City-level rows that group counties rather than name a city with its own government.
const PLACEHOLDER_NAMES: [&str; 4] = ["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RegionLevel {
    National,
    Province,
    City,
    County,
}

impl RegionLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            RegionLevel::National => "NATIONAL",
            RegionLevel::Province => "PROVINCE",
            RegionLevel::City => "CITY",
            RegionLevel::County => "COUNTY",
        }
    }

    /// How many leading digits of a region code name the region at this level (the nation:
    /// none): the prefix every region of its jurisdiction shares.
    pub fn prefix_digits(self) -> usize {
        match self {
            RegionLevel::National => 0,
            RegionLevel::Province => 2,
            RegionLevel::City => 4,
            RegionLevel::County => 6,
        }
    }
}

/// A six-digit GB/T 2260 code that exists in the division table (or the nation, `000000`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct RegionCode([u8; 6]);

impl RegionCode {
    pub const NATION: RegionCode = RegionCode(*b"000000");

    const FIELD: &'static str = "regionCode";

    /// Parses a six-digit code that names a known region.
    pub fn parse(s: &str) -> Result<RegionCode, FieldError> {
        let s = s.trim();
        let code = six_digits(s).ok_or_else(|| {
            FieldError::new(
                ErrorCode::InvalidRegionCode,
                Self::FIELD,
                format!("'{s}' is not a region code; expected six ASCII digits such as 320102"),
            )
        })?;
        if code != RegionCode::NATION && entry(code).is_none() {
            return Err(FieldError::new(
                ErrorCode::UnknownRegion,
                Self::FIELD,
                format!("{s} is not a GB/T 2260 administrative division"),
            ));
        }
        Ok(code)
    }

    pub fn as_str(&self) -> &str {
        // Every constructor only admits ASCII digits, so the conversion cannot fail.
        std::str::from_utf8(&self.0).unwrap_or("000000")
    }

    pub fn level(&self) -> RegionLevel {
        let code = &self.0;
        if code == b"000000" {
            RegionLevel::National
        } else if &code[2..] == b"0000" {
            RegionLevel::Province
        } else if &code[4..] == b"00" {
            RegionLevel::City
        } else {
            RegionLevel::County
        }
    }

    /// The region one level up: county → its city (or its province when the city has no row),
    /// city → province, province → nation, nation → none.
    pub fn parent(&self) -> Option<RegionCode> {
        match self.level() {
            RegionLevel::National => None,
            RegionLevel::Province => Some(RegionCode::NATION),
            RegionLevel::City => self.province(),
            RegionLevel::County => {
                let city = self.padded(4);
                if entry(city).is_some() { Some(city) } else { self.province() }
            }
        }
    }

    pub fn name(&self) -> &'static str {
        entry(*self).map_or("", |entry| entry.name)
    }

    /// Whether this is a city-level grouping row (市辖区, 县, 省直辖县级行政区划 …) rather than a city
    /// with its own government.
    pub fn is_placeholder(&self) -> bool {
        self.level() == RegionLevel::City && PLACEHOLDER_NAMES.contains(&self.name())
    }

    /// The code prefix shared by every region in this jurisdiction.
    pub fn jurisdiction_prefix(&self) -> &str {
        &self.as_str()[..self.level().prefix_digits()]
    }

    /// Whether `other` lies within this jurisdiction; a region contains itself.
    pub fn contains(&self, other: &RegionCode) -> bool {
        other.as_str().starts_with(self.jurisdiction_prefix())
    }

    /// Inclusive bounds of every six-digit code in this jurisdiction, for index range scans.
    pub fn range(&self) -> (String, String) {
        let prefix = self.jurisdiction_prefix();
        (format!("{prefix:0<6}"), format!("{prefix:9<6}"))
    }

    /// The inclusive code ranges of this jurisdiction outside every jurisdiction of `inner` that
    /// lies strictly inside it, in order: the places with no lower authority of their own when
    /// `inner` are the regions of the authorities below (an inner region equal to this one, or
    /// outside it, takes nothing out). Empty when the inner ones cover it all.
    pub fn ranges_without(&self, inner: &[RegionCode]) -> Vec<(String, String)> {
        let bounds = |region: &RegionCode| {
            let (low, high) = region.range();
            (low.parse::<u32>().unwrap_or(0), high.parse::<u32>().unwrap_or(0))
        };
        let (low, high) = bounds(self);
        let mut taken: Vec<(u32, u32)> =
            inner.iter().filter(|r| *r != self && self.contains(r)).map(bounds).collect();
        taken.sort_unstable();
        let (mut ranges, mut next) = (Vec::new(), low);
        for (from, to) in taken {
            if from > next {
                ranges.push((next, from - 1));
            }
            next = next.max(to.saturating_add(1));
        }
        if next <= high {
            ranges.push((next, high));
        }
        ranges.into_iter().map(|(from, to)| (format!("{from:06}"), format!("{to:06}"))).collect()
    }

    pub fn province(&self) -> Option<RegionCode> {
        match self.level() {
            RegionLevel::National => None,
            _ => Some(self.padded(2)),
        }
    }

    /// Keeps the first `n_digits` and zeroes the rest.
    fn padded(&self, n_digits: usize) -> RegionCode {
        let mut code = *b"000000";
        code[..n_digits].copy_from_slice(&self.0[..n_digits]);
        RegionCode(code)
    }
}

fn six_digits(s: &str) -> Option<RegionCode> {
    let bytes: [u8; 6] = s.as_bytes().try_into().ok()?;
    bytes.iter().all(u8::is_ascii_digit).then_some(RegionCode(bytes))
}

impl fmt::Debug for RegionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RegionCode({})", self.as_str())
    }
}

impl fmt::Display for RegionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for RegionCode {
    type Err = FieldError;

    fn from_str(s: &str) -> Result<RegionCode, FieldError> {
        RegionCode::parse(s)
    }
}

impl TryFrom<String> for RegionCode {
    type Error = FieldError;

    fn try_from(s: String) -> Result<RegionCode, FieldError> {
        RegionCode::parse(&s)
    }
}

impl From<RegionCode> for String {
    fn from(code: RegionCode) -> String {
        code.as_str().to_owned()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Region {
    pub code: RegionCode,
    pub name: &'static str,
    pub level: RegionLevel,
}

impl Region {
    fn of(code: RegionCode) -> Region {
        Region { code, name: code.name(), level: code.level() }
    }
}

/// The direct children of `parent`, in code order (the nation's children are the 31 provinces).
pub fn children(parent: RegionCode) -> Vec<Region> {
    let (low, high) = parent.range();
    let entries = &TABLE.entries;
    let start = entries.partition_point(|entry| entry.code.as_str() < low.as_str());
    let end = entries.partition_point(|entry| entry.code.as_str() <= high.as_str());
    entries[start..end]
        .iter()
        .filter(|entry| entry.code.parent() == Some(parent))
        .map(|entry| Region::of(entry.code))
        .collect()
}

/// Every region in code order, starting with the nation.
pub fn all() -> impl Iterator<Item = Region> {
    TABLE.entries.iter().map(|entry| Region::of(entry.code))
}

/// One-character province abbreviations as used in license numbers; the first entry of a province
/// is its usual form, the others are accepted alternatives.
const ABBREVIATIONS: &[(char, &[u8; 6])] = &[
    ('京', b"110000"),
    ('津', b"120000"),
    ('冀', b"130000"),
    ('晋', b"140000"),
    ('蒙', b"150000"),
    ('辽', b"210000"),
    ('吉', b"220000"),
    ('黑', b"230000"),
    ('沪', b"310000"),
    ('苏', b"320000"),
    ('浙', b"330000"),
    ('皖', b"340000"),
    ('闽', b"350000"),
    ('赣', b"360000"),
    ('鲁', b"370000"),
    ('豫', b"410000"),
    ('鄂', b"420000"),
    ('湘', b"430000"),
    ('粤', b"440000"),
    ('桂', b"450000"),
    ('琼', b"460000"),
    ('渝', b"500000"),
    ('川', b"510000"),
    ('贵', b"520000"),
    ('黔', b"520000"),
    ('云', b"530000"),
    ('滇', b"530000"),
    ('藏', b"540000"),
    ('陕', b"610000"),
    ('甘', b"620000"),
    ('陇', b"620000"),
    ('青', b"630000"),
    ('宁', b"640000"),
    ('新', b"650000"),
];

/// The province of a one-character abbreviation: '苏' → 320000.
pub fn province_by_abbreviation(c: char) -> Option<RegionCode> {
    ABBREVIATIONS.iter().find(|(abbreviation, _)| *abbreviation == c).map(|(_, code)| RegionCode(**code))
}

/// The usual one-character abbreviation of a province ('贵' rather than '黔').
pub fn province_abbreviation(province: &RegionCode) -> Option<char> {
    ABBREVIATIONS.iter().find(|(_, code)| **code == province.0).map(|(abbreviation, _)| *abbreviation)
}

/// Parses a jurisdiction filter: `""` (everything), a province `"32"`, a city `"3201"` or a county
/// `"320102"`; a full code of a province or city (`"320000"`, `"320100"`) is reduced to its prefix.
pub fn parse_region_prefix(s: &str) -> Result<String, FieldError> {
    const FIELD: &str = "regionPrefix";
    let s = s.trim();
    let well_formed = matches!(s.len(), 0 | 2 | 4 | 6) && s.bytes().all(|byte| byte.is_ascii_digit());
    if !well_formed {
        return Err(FieldError::new(
            ErrorCode::InvalidRegionCode,
            FIELD,
            format!(
                "'{s}' is not a region prefix; expected nothing, or 2, 4 or 6 ASCII digits such as 32, 3201 or 320102"
            ),
        ));
    }
    if s.len() == 6 {
        return RegionCode::parse(s)
            .map(|code| code.jurisdiction_prefix().to_owned())
            .map_err(|error| FieldError { field: FIELD, ..error });
    }
    let (expected, what) = match s.len() {
        0 => return Ok(String::new()),
        2 => (RegionLevel::Province, "province"),
        _ => (RegionLevel::City, "city"),
    };
    match six_digits(&format!("{s:0<6}")) {
        Some(code) if code.level() == expected && entry(code).is_some() => Ok(s.to_owned()),
        _ => Err(FieldError::new(
            ErrorCode::UnknownRegion,
            FIELD,
            format!("no {what} has the code prefix {s}"),
        )),
    }
}

struct Entry {
    code: RegionCode,
    name: &'static str,
}

/// The parsed division table plus what loading it saw, so tests can hold the data to account.
struct Table {
    /// Sorted by code; the nation comes first.
    entries: Vec<Entry>,
    n_province_rows: usize,
    n_city_rows: usize,
    n_county_rows: usize,
    /// County rows that repeat a city's own code (cities without districts).
    merged_into_city: Vec<RegionCode>,
    /// Rows that could not be placed in the hierarchy; the tests require none.
    rejected_rows: Vec<&'static str>,
}

static TABLE: LazyLock<Table> = LazyLock::new(load);

fn entry(code: RegionCode) -> Option<&'static Entry> {
    let entries = &TABLE.entries;
    entries.binary_search_by_key(&code, |entry| entry.code).ok().and_then(|index| entries.get(index))
}

fn load() -> Table {
    let mut entries = BTreeMap::new();
    entries.insert(RegionCode::NATION, NATION_NAME);
    let mut table = Table {
        entries: Vec::new(),
        n_province_rows: 0,
        n_city_rows: 0,
        n_county_rows: 0,
        merged_into_city: Vec::new(),
        rejected_rows: Vec::new(),
    };

    for (line, fields) in rows(PROVINCES_CSV) {
        match fields.as_slice() {
            [code, name] if code.len() == 2 && *code != "00" => match six_digits(&format!("{code}0000")) {
                Some(region) if !entries.contains_key(&region) => {
                    entries.insert(region, name);
                    table.n_province_rows += 1;
                }
                _ => table.rejected_rows.push(line),
            },
            _ => table.rejected_rows.push(line),
        }
    }

    for (line, fields) in rows(CITIES_CSV) {
        match fields.as_slice() {
            [code, name, province]
                if code.len() == 4 && code.starts_with(province) && !code.ends_with("00") =>
            {
                match six_digits(&format!("{code}00")) {
                    Some(region)
                        if !entries.contains_key(&region)
                            && region.province().is_some_and(|province| entries.contains_key(&province)) =>
                    {
                        entries.insert(region, name);
                        table.n_city_rows += 1;
                    }
                    _ => table.rejected_rows.push(line),
                }
            }
            _ => table.rejected_rows.push(line),
        }
    }

    for (line, fields) in rows(AREAS_CSV) {
        // The code decides the hierarchy (jurisdiction is by prefix), so the parent columns must
        // agree with it; a row that disagrees cannot be placed.
        let placed = match fields.as_slice() {
            [code, name, city, province]
                if code.starts_with(city) && city.starts_with(province) && city.len() == 4 =>
            {
                six_digits(code).map(|region| (region, *name))
            }
            _ => None,
        };
        match placed {
            Some((region, name)) if region.level() == RegionLevel::County => {
                let has_province = region.province().is_some_and(|province| entries.contains_key(&province));
                if has_province && !entries.contains_key(&region) {
                    entries.insert(region, name);
                    table.n_county_rows += 1;
                } else {
                    table.rejected_rows.push(line);
                }
            }
            Some((region, name))
                if region.level() == RegionLevel::City && entries.get(&region) == Some(&name) =>
            {
                table.merged_into_city.push(region);
                table.n_county_rows += 1;
            }
            _ => table.rejected_rows.push(line),
        }
    }

    table.entries = entries.into_iter().map(|(code, name)| Entry { code, name }).collect();
    table
}

/// The data rows of a CSV file, each with its fields; double quotes around a field are removed.
fn rows(csv: &'static str) -> impl Iterator<Item = (&'static str, Vec<&'static str>)> {
    csv.lines()
        .skip(1)
        .map(|line| line.trim_end_matches('\r'))
        .filter(|line| !line.trim().is_empty())
        .map(|line| (line, split_fields(line)))
}

fn split_fields(line: &'static str) -> Vec<&'static str> {
    let mut fields = Vec::new();
    let mut rest = line;
    loop {
        if let Some(quoted) = rest.strip_prefix('"') {
            // The data never escapes quotes inside names, so the next quote closes the field.
            let Some(end) = quoted.find('"') else {
                fields.push(quoted);
                return fields;
            };
            fields.push(&quoted[..end]);
            rest = &quoted[end + 1..];
            match rest.strip_prefix(',') {
                Some(next) => rest = next,
                None => return fields,
            }
        } else {
            match rest.split_once(',') {
                Some((field, next)) => {
                    fields.push(field.trim());
                    rest = next;
                }
                None => {
                    fields.push(rest.trim());
                    return fields;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_jurisdiction_without_its_lower_authorities() {
        let code = |c: &str| RegionCode::parse(c).unwrap();
        let range = |a: &str, b: &str| (a.to_owned(), b.to_owned());
        let jiangsu = code("320000");
        // Nanjing and Suzhou taken out, a Nanjing district inside Nanjing changes nothing more,
        // Zhejiang (outside) and Jiangsu itself take nothing.
        let inner = [code("320500"), code("320100"), code("320102"), code("330000"), jiangsu];
        assert_eq!(
            jiangsu.ranges_without(&inner),
            vec![range("320000", "320099"), range("320200", "320499"), range("320600", "329999")]
        );
        assert_eq!(jiangsu.ranges_without(&[]), vec![range("320000", "329999")]);
        // Every province taken out of the nation leaves the codes no province holds.
        let provinces: Vec<RegionCode> = children(RegionCode::NATION).iter().map(|r| r.code).collect();
        let left = RegionCode::NATION.ranges_without(&provinces);
        assert!(left.iter().all(|(from, to)| from <= to), "{left:?}");
        let disjoint = |(from, to): &(String, String)| {
            provinces.iter().all(|p| {
                let (low, high) = p.range();
                high < *from || low > *to
            })
        };
        assert!(left.iter().all(disjoint), "{left:?}");
        assert_eq!(left.first().map(|r| r.0.as_str()), Some("000000"));
        // A county with no authority below it is all its own.
        assert_eq!(code("320102").ranges_without(&[code("320102")]), vec![range("320102", "320102")]);
    }

    fn code(s: &str) -> RegionCode {
        RegionCode::parse(s).unwrap()
    }

    #[test]
    fn table_counts_and_oddities() {
        let table = &*TABLE;
        assert_eq!(table.n_province_rows, 31);
        assert_eq!(table.n_city_rows, 342);
        assert_eq!(table.n_county_rows, 2_978);
        assert!(table.rejected_rows.is_empty(), "{:?}", table.rejected_rows);
        assert_eq!(table.merged_into_city, [code("441900"), code("442000"), code("460400")]);

        let mut n_by_level = BTreeMap::new();
        for region in all() {
            *n_by_level.entry(region.level).or_insert(0) += 1;
        }
        // 2,978 county rows minus the three cities that also appear as their own county.
        let expected = [
            (RegionLevel::National, 1),
            (RegionLevel::Province, 31),
            (RegionLevel::City, 342),
            (RegionLevel::County, 2_975),
        ];
        assert_eq!(n_by_level.into_iter().collect::<Vec<_>>(), expected);
    }

    #[test]
    fn every_region_hangs_in_the_hierarchy() {
        let mut previous = None;
        for region in all() {
            assert!(previous < Some(region.code), "not sorted at {}", region.code);
            previous = Some(region.code);
            assert!(!region.name.is_empty(), "{}", region.code);
            assert_eq!(RegionCode::parse(region.code.as_str()), Ok(region.code));
            let Some(parent) = region.code.parent() else {
                assert_eq!(region.code, RegionCode::NATION);
                continue;
            };
            assert!(parent.contains(&region.code), "{}", region.code);
            assert!(parent.level() < region.level, "{}", region.code);
            assert!(!parent.name().is_empty(), "{}", region.code);
            assert!(
                children(parent).contains(&region),
                "{} missing among its parent's children",
                region.code
            );
        }
    }

    #[test]
    fn parse() {
        fn check(s: &str, expected: Result<&str, ErrorCode>) {
            let actual = RegionCode::parse(s);
            match (&actual, expected) {
                (Ok(code), Ok(want)) => assert_eq!(code.as_str(), want, "{s:?}"),
                (Err(error), Err(want)) => {
                    assert_eq!(error.code, want, "{s:?}");
                    assert_eq!(error.field, "regionCode");
                }
                _ => panic!("{s:?}: got {actual:?}, expected {expected:?}"),
            }
        }
        let cases = [
            ("320102", Ok("320102")),
            (" 320102 ", Ok("320102")),
            ("000000", Ok("000000")),
            ("110000", Ok("110000")),
            ("110100", Ok("110100")),
            ("441900", Ok("441900")),
            ("", Err(ErrorCode::InvalidRegionCode)),
            ("32010", Err(ErrorCode::InvalidRegionCode)),
            ("3201021", Err(ErrorCode::InvalidRegionCode)),
            ("32010a", Err(ErrorCode::InvalidRegionCode)),
            ("３２０１０２", Err(ErrorCode::InvalidRegionCode)),
            ("-32010", Err(ErrorCode::InvalidRegionCode)),
            ("320199", Err(ErrorCode::UnknownRegion)),
            ("990000", Err(ErrorCode::UnknownRegion)),
            ("710000", Err(ErrorCode::UnknownRegion)),
            ("320000 ", Ok("320000")),
            ("329900", Err(ErrorCode::UnknownRegion)),
        ];
        for (s, expected) in cases {
            check(s, expected);
        }
    }

    #[test]
    fn hierarchy() {
        use RegionLevel::*;
        struct Case {
            code: &'static str,
            level: RegionLevel,
            name: &'static str,
            parent: Option<&'static str>,
            province: Option<&'static str>,
            prefix: &'static str,
            range: (&'static str, &'static str),
            placeholder: bool,
        }
        fn check(case: &Case) {
            let region = code(case.code);
            assert_eq!(region.level(), case.level, "{}", case.code);
            assert_eq!(region.name(), case.name, "{}", case.code);
            assert_eq!(region.parent().map(|p| p.to_string()).as_deref(), case.parent, "{}", case.code);
            assert_eq!(region.province().map(|p| p.to_string()).as_deref(), case.province, "{}", case.code);
            assert_eq!(region.jurisdiction_prefix(), case.prefix, "{}", case.code);
            let (low, high) = region.range();
            assert_eq!((low.as_str(), high.as_str()), case.range, "{}", case.code);
            assert_eq!(region.is_placeholder(), case.placeholder, "{}", case.code);
        }
        #[rustfmt::skip]
        let cases = [
            Case { code: "000000", level: National, name: "中华人民共和国", parent: None, province: None, prefix: "", range: ("000000", "999999"), placeholder: false },
            Case { code: "320000", level: Province, name: "江苏省", parent: Some("000000"), province: Some("320000"), prefix: "32", range: ("320000", "329999"), placeholder: false },
            Case { code: "320100", level: City, name: "南京市", parent: Some("320000"), province: Some("320000"), prefix: "3201", range: ("320100", "320199"), placeholder: false },
            Case { code: "320102", level: County, name: "玄武区", parent: Some("320100"), province: Some("320000"), prefix: "320102", range: ("320102", "320102"), placeholder: false },
            Case { code: "110000", level: Province, name: "北京市", parent: Some("000000"), province: Some("110000"), prefix: "11", range: ("110000", "119999"), placeholder: false },
            Case { code: "110100", level: City, name: "市辖区", parent: Some("110000"), province: Some("110000"), prefix: "1101", range: ("110100", "110199"), placeholder: true },
            Case { code: "110101", level: County, name: "东城区", parent: Some("110100"), province: Some("110000"), prefix: "110101", range: ("110101", "110101"), placeholder: false },
            Case { code: "500200", level: City, name: "县", parent: Some("500000"), province: Some("500000"), prefix: "5002", range: ("500200", "500299"), placeholder: true },
            Case { code: "500229", level: County, name: "城口县", parent: Some("500200"), province: Some("500000"), prefix: "500229", range: ("500229", "500229"), placeholder: false },
            Case { code: "419000", level: City, name: "省直辖县级行政区划", parent: Some("410000"), province: Some("410000"), prefix: "4190", range: ("419000", "419099"), placeholder: true },
            Case { code: "419001", level: County, name: "济源市", parent: Some("419000"), province: Some("410000"), prefix: "419001", range: ("419001", "419001"), placeholder: false },
            Case { code: "659000", level: City, name: "自治区直辖县级行政区划", parent: Some("650000"), province: Some("650000"), prefix: "6590", range: ("659000", "659099"), placeholder: true },
            Case { code: "441900", level: City, name: "东莞市", parent: Some("440000"), province: Some("440000"), prefix: "4419", range: ("441900", "441999"), placeholder: false },
            Case { code: "460321", level: County, name: "西沙群岛", parent: Some("460300"), province: Some("460000"), prefix: "460321", range: ("460321", "460321"), placeholder: false },
        ];
        for case in &cases {
            check(case);
        }
    }

    #[test]
    fn contains() {
        fn check(outer: &str, inner: &str, expected: bool) {
            assert_eq!(code(outer).contains(&code(inner)), expected, "{outer} contains {inner}");
        }
        let cases = [
            ("000000", "000000", true),
            ("000000", "320102", true),
            ("000000", "650000", true),
            ("320000", "320000", true),
            ("320000", "320100", true),
            ("320000", "320102", true),
            ("320000", "000000", false),
            ("320000", "330100", false),
            ("320100", "320102", true),
            ("320100", "320100", true),
            ("320100", "320000", false),
            ("320100", "320200", false),
            ("320102", "320102", true),
            ("320102", "320104", false),
            ("320102", "320100", false),
            ("110100", "110101", true),
            ("110000", "110101", true),
            ("441900", "441900", true),
            ("440000", "441900", true),
        ];
        for (outer, inner, expected) in cases {
            check(outer, inner, expected);
        }
    }

    #[test]
    fn children_of() {
        fn check(parent: &str, n_children: usize, first: Option<&str>, last: Option<&str>) {
            let children = children(code(parent));
            assert_eq!(children.len(), n_children, "{parent}");
            assert_eq!(children.first().map(|r| r.code.to_string()).as_deref(), first);
            assert_eq!(children.last().map(|r| r.code.to_string()).as_deref(), last);
        }
        let cases = [
            ("000000", 31, Some("110000"), Some("650000")),
            ("320000", 13, Some("320100"), Some("321300")),
            ("320100", 11, Some("320102"), Some("320118")),
            ("110000", 1, Some("110100"), Some("110100")),
            ("110100", 16, Some("110101"), Some("110119")),
            ("441900", 0, None, None),
            ("320102", 0, None, None),
        ];
        for (parent, n_children, first, last) in cases {
            check(parent, n_children, first, last);
        }
    }

    #[test]
    fn abbreviations() {
        fn check(c: char, expected: Option<&str>) {
            assert_eq!(province_by_abbreviation(c).map(|p| p.to_string()).as_deref(), expected, "{c}");
        }
        let cases = [
            ('京', Some("110000")),
            ('苏', Some("320000")),
            ('沪', Some("310000")),
            ('粤', Some("440000")),
            ('贵', Some("520000")),
            ('黔', Some("520000")),
            ('云', Some("530000")),
            ('滇', Some("530000")),
            ('甘', Some("620000")),
            ('陇', Some("620000")),
            ('新', Some("650000")),
            ('港', None),
            ('台', None),
            ('X', None),
            ('\0', None),
        ];
        for (c, expected) in cases {
            check(c, expected);
        }
    }

    #[test]
    fn every_province_has_exactly_one_usual_abbreviation() {
        let provinces = children(RegionCode::NATION);
        for province in &provinces {
            let abbreviation = province_abbreviation(&province.code)
                .unwrap_or_else(|| panic!("no abbreviation for {}", province.name));
            assert_eq!(province_by_abbreviation(abbreviation), Some(province.code));
        }
        let usual: std::collections::HashSet<_> =
            provinces.iter().filter_map(|p| province_abbreviation(&p.code)).collect();
        assert_eq!(usual.len(), 31);
        assert_eq!(province_abbreviation(&code("520000")), Some('贵'));
        assert_eq!(province_abbreviation(&RegionCode::NATION), None);
        assert_eq!(province_abbreviation(&code("320100")), None);
    }

    #[test]
    fn region_prefix() {
        fn check(s: &str, expected: Result<&str, ErrorCode>) {
            let actual = parse_region_prefix(s);
            match (&actual, expected) {
                (Ok(prefix), Ok(want)) => assert_eq!(prefix, want, "{s:?}"),
                (Err(error), Err(want)) => {
                    assert_eq!(error.code, want, "{s:?}");
                    assert_eq!(error.field, "regionPrefix");
                }
                _ => panic!("{s:?}: got {actual:?}, expected {expected:?}"),
            }
        }
        let cases = [
            ("", Ok("")),
            ("000000", Ok("")),
            ("32", Ok("32")),
            ("3201", Ok("3201")),
            ("320102", Ok("320102")),
            ("320000", Ok("32")),
            ("320100", Ok("3201")),
            ("441900", Ok("4419")),
            (" 3201 ", Ok("3201")),
            ("3", Err(ErrorCode::InvalidRegionCode)),
            ("320", Err(ErrorCode::InvalidRegionCode)),
            ("32a1", Err(ErrorCode::InvalidRegionCode)),
            ("3201021", Err(ErrorCode::InvalidRegionCode)),
            ("00", Err(ErrorCode::UnknownRegion)),
            ("99", Err(ErrorCode::UnknownRegion)),
            ("3200", Err(ErrorCode::UnknownRegion)),
            ("3299", Err(ErrorCode::UnknownRegion)),
            ("320199", Err(ErrorCode::UnknownRegion)),
        ];
        for (s, expected) in cases {
            check(s, expected);
        }
    }

    #[test]
    fn serde_as_string() {
        fn check(json: &str, expected: Result<&str, ()>) {
            let actual = serde_json::from_str::<RegionCode>(json);
            match (actual, expected) {
                (Ok(region), Ok(want)) => {
                    assert_eq!(region.as_str(), want);
                    assert_eq!(serde_json::to_string(&region).unwrap(), json);
                }
                (Err(_), Err(())) => {}
                (actual, _) => panic!("{json}: got {actual:?}, expected {expected:?}"),
            }
        }
        check("\"320102\"", Ok("320102"));
        check("\"000000\"", Ok("000000"));
        check("\"320199\"", Err(()));
        check("\"abc\"", Err(()));
        check("320102", Err(()));
        assert_eq!(
            serde_json::to_value(Region::of(code("320100"))).unwrap(),
            serde_json::json!({"code": "320100", "name": "南京市", "level": "CITY"})
        );
    }

    #[test]
    fn split_csv_fields() {
        fn check(line: &'static str, expected: &[&str]) {
            assert_eq!(split_fields(line), expected, "{line}");
        }
        check("11,\"北京市\"", &["11", "北京市"]);
        check("110101,\"东城区\",1101,11", &["110101", "东城区", "1101", "11"]);
        check("1,\"a,b\",2", &["1", "a,b", "2"]);
        check("1,\"unterminated", &["1", "unterminated"]);
        check("", &[""]);
    }
}
