//! The catalogue of industries (product categories) under production license: a value built at
//! start-up from what the loaded plugins declare and from the catalogue file shipped with the
//! server for industries no plugin serves (docs/adr/0020-industries-from-plugins.md).
//!
//! Industry codes are stored and are part of the plugin contract, so they must never be renamed.
//! A code stored on a record that nothing declares any more still reads: it resolves to an
//! [`IndustrySource::Unknown`] industry that names only its code.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::{ErrorCode, FieldError};
use crate::registry::license_number::LicenseNumber;

/// A license category (许可证类别) as an industry declares it: the two-digit product category of
/// the license number (`13`, any unit of it) or the category with its three-digit unit (`06-001`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LicenseCategory {
    category: u8,
    unit: Option<u16>,
}

impl LicenseCategory {
    /// Parses `"06"` or `"06-001"`: ASCII digits, never zero (as in a license number).
    pub fn parse(s: &str) -> Result<LicenseCategory, String> {
        let malformed = || {
            format!(
                "license category {s:?} must be a two-digit product category, optionally with a three-digit unit (\"13\" or \"06-001\")"
            )
        };
        let digits = |part: &str, n: usize| -> Option<u16> {
            (part.len() == n && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<u16>().ok())
                .flatten()
                .filter(|value| *value > 0)
        };
        let (category, unit) = match s.split_once('-') {
            Some((category, unit)) => (category, Some(unit)),
            None => (s, None),
        };
        let category = digits(category, 2).and_then(|c| u8::try_from(c).ok()).ok_or_else(malformed)?;
        let unit = unit.map(|unit| digits(unit, 3).ok_or_else(malformed)).transpose()?;
        Ok(LicenseCategory { category, unit })
    }

    /// The two-digit product category.
    pub fn category(&self) -> u8 {
        self.category
    }

    /// The three-digit unit, when the category names one.
    pub fn unit(&self) -> Option<u16> {
        self.unit
    }

    /// Whether a license number falls in this category (and unit, when one is declared).
    pub fn covers(&self, number: &LicenseNumber) -> bool {
        number.category() == self.category && self.unit.is_none_or(|unit| unit == number.unit())
    }
}

impl fmt::Display for LicenseCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}", self.category)?;
        if let Some(unit) = self.unit {
            write!(f, "-{unit:03}")?;
        }
        Ok(())
    }
}

impl TryFrom<String> for LicenseCategory {
    type Error = String;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        LicenseCategory::parse(&s)
    }
}

impl From<LicenseCategory> for String {
    fn from(category: LicenseCategory) -> String {
        category.to_string()
    }
}

/// A license category an industry declares, and whether its author could verify it against the
/// official product catalogue (产品目录) or only took it from secondary sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub struct DeclaredCategory {
    pub code: LicenseCategory,
    #[serde(default)]
    pub needs_verification: bool,
}

crate::stored_enum! {
    /// What declares an industry.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
    pub enum IndustrySourceKind {
        /// A loaded industry plugin.
        Plugin = "PLUGIN",
        /// The catalogue file shipped with the server.
        CatalogueFile = "CATALOGUE_FILE",
        /// Nothing any more: a code stored on a record.
        Unknown = "UNKNOWN",
    }
}

/// Where an industry's declaration comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndustrySource {
    /// The current version of the plugin serving it.
    Plugin { id: String, version: String },
    /// The catalogue file shipped with the server (industries no loaded plugin serves).
    CatalogueFile,
    /// A code stored on a record that no plugin and no catalogue entry declares any more.
    Unknown,
}

impl IndustrySource {
    pub fn kind(&self) -> IndustrySourceKind {
        match self {
            IndustrySource::Plugin { .. } => IndustrySourceKind::Plugin,
            IndustrySource::CatalogueFile => IndustrySourceKind::CatalogueFile,
            IndustrySource::Unknown => IndustrySourceKind::Unknown,
        }
    }
}

/// An industry under production license and what it declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Industry {
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
    /// One of the industries with frequent quality problems that §三 puts in focus.
    pub key_industry: bool,
    /// The license categories its license numbers carry. Empty when the declaration names none
    /// (a plugin written before categories existed): the number's category is then not checked.
    pub license_categories: Vec<DeclaredCategory>,
    /// The product units (产品单元) a license of the industry may be issued for; none means no
    /// license can be issued (an industry that left the license system, e.g. for CCC).
    pub product_units: Vec<String>,
    pub source: IndustrySource,
}

impl Industry {
    /// The placeholder a stored code resolves to when nothing declares it any more.
    pub fn unknown(code: &str) -> Industry {
        Industry {
            code: code.to_owned(),
            name_zh: code.to_owned(),
            name_en: code.to_owned(),
            key_industry: false,
            license_categories: Vec::new(),
            product_units: Vec::new(),
            source: IndustrySource::Unknown,
        }
    }

    /// Checks a license about to be issued against the declaration: the number's category is
    /// one the industry declares (unchecked when it declares none) and the product unit is one
    /// it declares. Returns every mismatch.
    pub fn check_license(
        &self,
        number: Option<&LicenseNumber>,
        product_unit: Option<&str>,
    ) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if let Some(number) = number
            && !self.license_categories.is_empty()
            && !self.license_categories.iter().any(|declared| declared.code.covers(number))
        {
            let expected: Vec<String> =
                self.license_categories.iter().map(|declared| format!("XK{}", declared.code)).collect();
            errors.push(FieldError::new(
                ErrorCode::LicenseCategoryMismatch,
                "number",
                format!(
                    "{} is in license category XK{:02}-{:03}, which the industry {} does not declare; expected {}",
                    number.core(),
                    number.category(),
                    number.unit(),
                    self.code,
                    expected.join(", ")
                ),
            ));
        }
        if let Some(product_unit) = product_unit
            && !self.product_units.iter().any(|unit| unit == product_unit)
        {
            let expected = if self.product_units.is_empty() {
                "it declares no product unit, so no license can be issued for it".to_owned()
            } else {
                format!("expected one of {}", self.product_units.join(", "))
            };
            errors.push(FieldError::new(
                ErrorCode::ProductUnitNotInIndustry,
                "productUnit",
                format!("'{product_unit}' is not a product unit of the industry {}; {expected}", self.code),
            ));
        }
        errors
    }
}

/// An entry of the catalogue file shipped with the server, as written there.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueFileEntry {
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
    pub key_industry: bool,
    #[serde(default)]
    pub license_categories: Vec<DeclaredCategory>,
    pub license_product_units: Vec<String>,
    /// Where the entry's categories and units come from, for reviewers.
    #[serde(default)]
    pub notes: Vec<String>,
}

/// The catalogue file: `{"industries": [...]}`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogueFile {
    industries: Vec<CatalogueFileEntry>,
}

/// Parses the catalogue file; every code must be kebab-case and appear once.
pub fn parse_catalogue_file(json: &str) -> Result<Vec<Industry>, String> {
    let file: CatalogueFile = serde_json::from_str(json).map_err(|e| format!("the catalogue file: {e}"))?;
    let mut industries: Vec<Industry> = Vec::with_capacity(file.industries.len());
    for entry in file.industries {
        if !is_industry_code(&entry.code) {
            return Err(format!("the catalogue file: industry code {:?} is not kebab-case", entry.code));
        }
        if industries.iter().any(|industry| industry.code == entry.code) {
            return Err(format!("the catalogue file: industry code {:?} appears twice", entry.code));
        }
        industries.push(Industry {
            code: entry.code,
            name_zh: entry.name_zh,
            name_en: entry.name_en,
            key_industry: entry.key_industry,
            license_categories: entry.license_categories,
            product_units: entry.license_product_units,
            source: IndustrySource::CatalogueFile,
        });
    }
    Ok(industries)
}

/// Lowercase ASCII words joined by single hyphens (`wire-cable`).
pub fn is_industry_code(code: &str) -> bool {
    !code.is_empty()
        && code.split('-').all(|word| !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase()))
}

/// The industries this server knows, in a stable order: the catalogue file's, each replaced by
/// the plugin's declaration when a plugin serves it, then those only plugins declare.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IndustryCatalogue {
    industries: Vec<Industry>,
}

impl IndustryCatalogue {
    /// Builds the catalogue: a plugin's declaration is the authority for its own industry.
    pub fn new(file: Vec<Industry>, plugins: Vec<Industry>) -> IndustryCatalogue {
        let mut industries = file;
        for declared in plugins {
            match industries.iter_mut().find(|industry| industry.code == declared.code) {
                Some(entry) => *entry = declared,
                None => industries.push(declared),
            }
        }
        IndustryCatalogue { industries }
    }

    pub fn iter(&self) -> impl Iterator<Item = &Industry> {
        self.industries.iter()
    }

    /// Looks an industry up by its code (`"pesticide"`); surrounding whitespace is ignored. An
    /// unknown code is refused with `UNKNOWN_INDUSTRY`, listing the known codes.
    pub fn find(&self, code: &str) -> Result<&Industry, FieldError> {
        let code = code.trim();
        self.industries.iter().find(|industry| industry.code == code).ok_or_else(|| {
            let known: Vec<&str> = self.industries.iter().map(|industry| industry.code.as_str()).collect();
            FieldError::new(
                ErrorCode::UnknownIndustry,
                "industry",
                format!("'{code}' is not a known industry; expected one of {}", known.join(", ")),
            )
        })
    }

    /// The industry of a code stored on a record: its declaration, or an unknown placeholder
    /// when nothing declares the code any more (a stored record still reads).
    pub fn resolve(&self, code: &str) -> Industry {
        self.find(code).cloned().unwrap_or_else(|_| Industry::unknown(code))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn declared(codes: &[&str]) -> Vec<DeclaredCategory> {
        codes
            .iter()
            .map(|code| DeclaredCategory {
                code: LicenseCategory::parse(code).unwrap(),
                needs_verification: true,
            })
            .collect()
    }

    fn entry(code: &str, categories: &[&str], units: &[&str], source: IndustrySource) -> Industry {
        Industry {
            code: code.to_owned(),
            name_zh: format!("{code} (zh)"),
            name_en: format!("{code} (en)"),
            key_industry: false,
            license_categories: declared(categories),
            product_units: units.iter().map(|unit| (*unit).to_owned()).collect(),
            source,
        }
    }

    /// A small catalogue for the domain's tests: wire and cable from a plugin, brake fluid by
    /// unit, cement from the file, and an old plugin's industry that declares no category.
    pub(crate) fn catalogue() -> IndustryCatalogue {
        let plugin = |id: &str| IndustrySource::Plugin { id: id.to_owned(), version: "1.0.0".to_owned() };
        IndustryCatalogue::new(
            vec![
                entry("wire-cable", &["06-001"], &["电线电缆"], IndustrySource::CatalogueFile),
                entry("cement", &["20"], &["水泥"], IndustrySource::CatalogueFile),
                entry("pesticide", &["13-003"], &["农药"], IndustrySource::CatalogueFile),
                Industry {
                    name_zh: "复混肥料".to_owned(),
                    name_en: "Compound fertilizer".to_owned(),
                    key_industry: true,
                    ..entry("compound-fertilizer", &["13-001"], &["复混肥料"], IndustrySource::CatalogueFile)
                },
            ],
            vec![
                entry("wire-cable", &["06-001", "06-014"], &["电线电缆", "架空绞线"], plugin("wire-cable")),
                entry("brake-fluid", &["13-005"], &["机动车辆制动液"], plugin("brake-fluid")),
                entry("old-plugin", &[], &["旧产品"], plugin("old-plugin")),
                entry("electric-blanket", &[], &[], plugin("electric-blanket")),
            ],
        )
    }

    #[test]
    fn category_codes() {
        let cases = [
            ("06", Some("06")),
            ("06-001", Some("06-001")),
            ("13-005", Some("13-005")),
            ("99-999", Some("99-999")),
            ("00", None),
            ("06-000", None),
            ("6", None),
            ("006", None),
            ("06-01", None),
            ("06-0001", None),
            ("XK06-001", None),
            ("０６", None),
            ("06-", None),
            ("", None),
            ("ab-cde", None),
        ];
        for (code, expected) in cases {
            let actual = LicenseCategory::parse(code).map(|category| category.to_string()).ok();
            assert_eq!(actual.as_deref(), expected, "{code:?}");
        }
    }

    #[test]
    fn category_covers_a_number() {
        let cases = [
            ("06", "XK06-001-00001", true),
            ("06", "XK06-014-00001", true),
            ("06", "XK13-001-00001", false),
            ("06-001", "XK06-001-00001", true),
            ("06-001", "(苏)XK06-001-99999", true),
            ("06-001", "XK06-014-00001", false),
            ("13-005", "XK13-001-00001", false),
            ("13-005", "XK31-005-00001", false),
        ];
        for (category, number, expected) in cases {
            let category = LicenseCategory::parse(category).unwrap();
            let number = LicenseNumber::parse(number).unwrap();
            assert_eq!(category.covers(&number), expected, "{category} covers {number}");
        }
    }

    #[test]
    fn find_by_code() {
        let catalogue = catalogue();
        let cases = [
            ("wire-cable", Some(IndustrySourceKind::Plugin)),
            (" cement ", Some(IndustrySourceKind::CatalogueFile)),
            ("brake-fluid", Some(IndustrySourceKind::Plugin)),
            ("Cement", None),
            ("", None),
            ("农药", None),
            ("toys", None),
        ];
        for (code, expected) in cases {
            match (catalogue.find(code), expected) {
                (Ok(industry), Some(kind)) => {
                    assert_eq!(industry.code, code.trim());
                    assert_eq!(industry.source.kind(), kind, "{code:?}");
                }
                (Err(error), None) => {
                    assert_eq!((error.code, error.field), (ErrorCode::UnknownIndustry, "industry"));
                    assert_eq!(
                        error.message,
                        format!(
                            "'{}' is not a known industry; expected one of wire-cable, cement, pesticide, compound-fertilizer, brake-fluid, old-plugin, electric-blanket",
                            code.trim()
                        )
                    );
                }
                (actual, expected) => panic!("{code:?}: got {actual:?}, expected {expected:?}"),
            }
        }
    }

    #[test]
    fn a_plugin_replaces_the_file_entry_of_its_industry_in_place() {
        let catalogue = catalogue();
        let codes: Vec<&str> = catalogue.iter().map(|industry| industry.code.as_str()).collect();
        assert_eq!(
            codes,
            [
                "wire-cable",
                "cement",
                "pesticide",
                "compound-fertilizer",
                "brake-fluid",
                "old-plugin",
                "electric-blanket"
            ]
        );
        let wire_cable = catalogue.find("wire-cable").unwrap();
        assert_eq!(wire_cable.product_units, ["电线电缆", "架空绞线"]);
        assert_eq!(
            wire_cable.source,
            IndustrySource::Plugin { id: "wire-cable".to_owned(), version: "1.0.0".to_owned() }
        );
    }

    #[test]
    fn a_stored_code_nothing_declares_resolves_to_unknown() {
        let catalogue = catalogue();
        assert_eq!(catalogue.resolve("cement").source, IndustrySource::CatalogueFile);
        let unknown = catalogue.resolve("steel-rebar");
        assert_eq!(unknown, Industry::unknown("steel-rebar"));
        assert_eq!(
            (unknown.name_zh.as_str(), unknown.source.kind()),
            ("steel-rebar", IndustrySourceKind::Unknown)
        );
    }

    #[test]
    fn license_checked_against_the_declaration() {
        fn check(industry: &str, number: &str, unit: &str, expected: &[(&str, ErrorCode)]) {
            let catalogue = catalogue();
            let number = LicenseNumber::parse(number).unwrap();
            let errors = catalogue.find(industry).unwrap().check_license(Some(&number), Some(unit));
            let actual: Vec<(&str, ErrorCode)> = errors.iter().map(|e| (e.field, e.code)).collect();
            assert_eq!(actual, expected, "{industry} {number} {unit}");
        }
        /// Industry, number, product unit, the refusals expected.
        type Case<'a> = (&'a str, &'a str, &'a str, &'a [(&'a str, ErrorCode)]);
        let category = ("number", ErrorCode::LicenseCategoryMismatch);
        let unit = ("productUnit", ErrorCode::ProductUnitNotInIndustry);
        #[rustfmt::skip]
        let cases: &[Case] = &[
            ("wire-cable", "XK06-001-00001", "电线电缆", &[]),
            ("wire-cable", "(苏)XK06-014-00001", "架空绞线", &[]),
            ("wire-cable", "XK13-005-00001", "电线电缆", &[category]),
            ("wire-cable", "XK06-002-00001", "电线电缆", &[category]),
            ("wire-cable", "XK06-001-00001", "电缆", &[unit]),
            ("wire-cable", "XK06-001-00001", "电线电缆 ", &[unit]),
            ("wire-cable", "XK13-001-00001", "复混肥料", &[category, unit]),
            ("cement", "XK20-001-00001", "水泥", &[]),
            ("cement", "XK20-777-00001", "水泥", &[]),
            ("cement", "XK21-001-00001", "水泥", &[category]),
            ("brake-fluid", "XK13-005-00001", "机动车辆制动液", &[]),
            ("brake-fluid", "XK13-011-00001", "机动车辆制动液", &[category]),
            // An old plugin declares no category: the number is not checked, the unit is.
            ("old-plugin", "XK99-999-00001", "旧产品", &[]),
            ("old-plugin", "XK99-999-00001", "新产品", &[unit]),
            // An industry that declares no product unit cannot have a license issued.
            ("electric-blanket", "XK09-002-00001", "电热毯", &[unit]),
        ];
        for (industry, number, product_unit, expected) in cases {
            check(industry, number, product_unit, expected);
        }
    }

    #[test]
    fn refusal_messages() {
        let catalogue = catalogue();
        let number = LicenseNumber::parse("XK13-005-00042").unwrap();
        let errors = catalogue.find("wire-cable").unwrap().check_license(Some(&number), Some("电缆"));
        let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "XK13-005-00042 is in license category XK13-005, which the industry wire-cable does not declare; expected XK06-001, XK06-014",
                "'电缆' is not a product unit of the industry wire-cable; expected one of 电线电缆, 架空绞线",
            ]
        );
        let errors = catalogue.find("electric-blanket").unwrap().check_license(None, Some("电热毯"));
        assert_eq!(
            errors[0].message,
            "'电热毯' is not a product unit of the industry electric-blanket; it declares no product unit, so no license can be issued for it"
        );
    }

    #[test]
    fn catalogue_file() {
        let json = r#"{"industries": [
            {"code": "cement", "name_zh": "水泥", "name_en": "Cement", "key_industry": false,
             "license_categories": [{"code": "20", "needs_verification": true}],
             "license_product_units": ["水泥"], "notes": ["demo"]},
            {"code": "steel-rebar", "name_zh": "建筑用钢筋", "name_en": "Steel rebar", "key_industry": false,
             "license_product_units": ["钢筋混凝土用热轧带肋钢筋"]}
        ]}"#;
        let industries = parse_catalogue_file(json).unwrap();
        assert_eq!(industries.len(), 2);
        assert_eq!(industries[0].license_categories, declared(&["20"]));
        assert!(industries[1].license_categories.is_empty());
        assert_eq!(industries[1].source, IndustrySource::CatalogueFile);
        let cases = [
            (
                r#"{"industries": [{"code": "Cement", "name_zh": "", "name_en": "", "key_industry": false, "license_product_units": []}]}"#,
                "not kebab-case",
            ),
            (
                r#"{"industries": [{"code": "a", "name_zh": "", "name_en": "", "key_industry": false, "license_product_units": []}, {"code": "a", "name_zh": "", "name_en": "", "key_industry": false, "license_product_units": []}]}"#,
                "appears twice",
            ),
            (
                r#"{"industries": [{"code": "a", "name_zh": "", "name_en": "", "key_industry": false, "license_product_units": [], "license_categories": [{"code": "6"}]}]}"#,
                "two-digit product category",
            ),
            (r#"{"industries": [], "extra": 1}"#, "unknown field"),
        ];
        for (json, expected) in cases {
            let error = parse_catalogue_file(json).unwrap_err();
            assert!(error.contains(expected), "{error}");
        }
    }
}
