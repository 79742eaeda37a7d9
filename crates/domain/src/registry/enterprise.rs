//! Licensed enterprises (获证企业) and their base data (§二(一)): name, region, address, scale,
//! products, production conditions, inspection means and process.

use serde::{Deserialize, Serialize};

use crate::error::{Collector, ErrorCode, FieldError, ValidationErrors};
use crate::registry::credit_code::CreditCode;
use crate::registry::region::RegionCode;
use crate::text::{parse_text, required};

const NAME: &str = "name";
const REGION_CODE: &str = "regionCode";
const ADDRESS: &str = "address";
const SCALE: &str = "scale";
const PRODUCTS: &str = "products";
const PRODUCTION_CONDITIONS: &str = "productionConditions";
const INSPECTION_MEANS: &str = "inspectionMeans";
const PROCESS: &str = "process";

/// The base-data fields a change of which the enterprise asks for through a change request
/// (变更申请) reviewed by its supervising officer (docs/adr/0018), in field order.
pub const REVIEWED_FIELDS: [&str; 4] = [NAME, PRODUCTION_CONDITIONS, INSPECTION_MEANS, PROCESS];

const MAX_PRODUCTS: usize = 50;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EnterpriseScale {
    Large,
    Medium,
    Small,
    Micro,
}

impl EnterpriseScale {
    pub const ALL: [EnterpriseScale; 4] =
        [EnterpriseScale::Large, EnterpriseScale::Medium, EnterpriseScale::Small, EnterpriseScale::Micro];

    /// The stored form; never rename.
    pub fn as_str(self) -> &'static str {
        match self {
            EnterpriseScale::Large => "LARGE",
            EnterpriseScale::Medium => "MEDIUM",
            EnterpriseScale::Small => "SMALL",
            EnterpriseScale::Micro => "MICRO",
        }
    }

    pub fn parse(s: &str) -> Result<EnterpriseScale, FieldError> {
        EnterpriseScale::ALL.into_iter().find(|scale| scale.as_str() == s).ok_or_else(|| {
            FieldError::new(
                ErrorCode::InvalidScale,
                SCALE,
                format!("'{s}' is not an enterprise scale; expected LARGE, MEDIUM, SMALL or MICRO"),
            )
        })
    }
}

/// The base data of a licensed enterprise that §二(一) asks authorities to keep current.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EnterpriseBaseData {
    pub name: String,
    pub region: RegionCode,
    pub address: String,
    pub scale: EnterpriseScale,
    /// Product varieties, trimmed, without duplicates, in the order given.
    pub products: Vec<String>,
    pub production_conditions: String,
    /// Inspection means (检验手段): the enterprise's own testing equipment and staff.
    pub inspection_means: String,
    /// Technology and process (生产工艺).
    pub process: String,
}

/// Raw, unvalidated input as it arrives from the API.
#[derive(Debug, Clone, Default)]
pub struct RawBaseData {
    pub name: Option<String>,
    pub region_code: Option<String>,
    pub address: Option<String>,
    pub scale: Option<EnterpriseScale>,
    pub products: Option<Vec<String>>,
    pub production_conditions: Option<String>,
    pub inspection_means: Option<String>,
    pub process: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEnterprise {
    pub credit_code: CreditCode,
    pub base: EnterpriseBaseData,
}

impl NewEnterprise {
    /// Parses a registration. Every field is required except the products (default: none) and the
    /// production conditions (default: empty); every bad field is reported, not just the first.
    pub fn parse(credit_code: &str, raw: RawBaseData) -> Result<NewEnterprise, ValidationErrors> {
        let mut errors = Collector::default();
        let credit_code = errors.take(CreditCode::parse(credit_code));
        let base = merge(None, raw, &mut errors);
        match (credit_code, base) {
            (Some(credit_code), Some(base)) if errors.is_empty() => Ok(NewEnterprise { credit_code, base }),
            _ => Err(errors.into_errors()),
        }
    }
}

impl EnterpriseBaseData {
    /// Applies a patch in which `None` leaves a field unchanged. Returns the new base data and the
    /// names of the fields whose value actually changed, in field order.
    pub fn apply(
        &self,
        patch: RawBaseData,
    ) -> Result<(EnterpriseBaseData, Vec<&'static str>), ValidationErrors> {
        let mut errors = Collector::default();
        let Some(next) = merge(Some(self), patch, &mut errors) else {
            return Err(errors.into_errors());
        };
        let changed = [
            (NAME, self.name != next.name),
            (REGION_CODE, self.region != next.region),
            (ADDRESS, self.address != next.address),
            (SCALE, self.scale != next.scale),
            (PRODUCTS, self.products != next.products),
            (PRODUCTION_CONDITIONS, self.production_conditions != next.production_conditions),
            (INSPECTION_MEANS, self.inspection_means != next.inspection_means),
            (PROCESS, self.process != next.process),
        ]
        .into_iter()
        .filter(|&(_, changed)| changed)
        .map(|(field, _)| field)
        .collect();
        Ok((next, changed))
    }
}

/// Parses each supplied field, keeping the current value (or the default) for absent ones.
fn merge(
    current: Option<&EnterpriseBaseData>,
    raw: RawBaseData,
    errors: &mut Collector,
) -> Option<EnterpriseBaseData> {
    let name = resolve(errors, NAME, raw.name, current.map(|c| c.name.clone()), |s| parse_name(&s));
    let region =
        resolve(errors, REGION_CODE, raw.region_code, current.map(|c| c.region), |s| RegionCode::parse(&s));
    let address = resolve(errors, ADDRESS, raw.address, current.map(|c| c.address.clone()), |s| {
        parse_text(ADDRESS, &s, 1, 200, false)
    });
    let scale = resolve(errors, SCALE, raw.scale, current.map(|c| c.scale), Ok);
    let products = match raw.products {
        Some(products) => parse_products(products, errors),
        None => Some(current.map(|c| c.products.clone()).unwrap_or_default()),
    };
    let long_text = |errors: &mut Collector, field, raw: Option<String>, current: Option<&String>| match raw {
        Some(s) => errors.take(parse_long_text(field, &s)),
        None => Some(current.cloned().unwrap_or_default()),
    };
    let production_conditions = long_text(
        errors,
        PRODUCTION_CONDITIONS,
        raw.production_conditions,
        current.map(|c| &c.production_conditions),
    );
    let inspection_means =
        long_text(errors, INSPECTION_MEANS, raw.inspection_means, current.map(|c| &c.inspection_means));
    let process = long_text(errors, PROCESS, raw.process, current.map(|c| &c.process));
    match (name, region, address, scale, products, production_conditions, inspection_means, process) {
        (
            Some(name),
            Some(region),
            Some(address),
            Some(scale),
            Some(products),
            Some(production_conditions),
            Some(inspection_means),
            Some(process),
        ) if errors.is_empty() => Some(EnterpriseBaseData {
            name,
            region,
            address,
            scale,
            products,
            production_conditions,
            inspection_means,
            process,
        }),
        _ => None,
    }
}

/// A multi-line description (production conditions, inspection means, process): 0–4000 characters.
pub fn parse_long_text(field: &'static str, s: &str) -> Result<String, FieldError> {
    parse_text(field, s, 0, 4000, true)
}

/// An enterprise name: 2–100 characters on one line.
pub fn parse_name(s: &str) -> Result<String, FieldError> {
    parse_text(NAME, s, 2, 100, false)
}

/// A supplied value is parsed; an absent one keeps `current`, and is an error without one.
fn resolve<R, T>(
    errors: &mut Collector,
    field: &'static str,
    raw: Option<R>,
    current: Option<T>,
    parse: impl FnOnce(R) -> Result<T, FieldError>,
) -> Option<T> {
    match (raw, current) {
        (Some(raw), _) => errors.take(parse(raw)),
        (None, Some(current)) => Some(current),
        (None, None) => {
            errors.push(required(field));
            None
        }
    }
}

/// Reports every bad entry, so a long product list can be fixed in one go.
fn parse_products(products: Vec<String>, errors: &mut Collector) -> Option<Vec<String>> {
    let mut parsed: Vec<String> = Vec::new();
    let mut ok = true;
    for (index, product) in products.iter().enumerate() {
        match parse_text(PRODUCTS, product, 1, 100, false) {
            Ok(product) if parsed.contains(&product) => {}
            Ok(product) => parsed.push(product),
            Err(error) => {
                ok = false;
                errors
                    .push(FieldError { message: format!("entry {}: {}", index + 1, error.message), ..error });
            }
        }
    }
    if parsed.len() > MAX_PRODUCTS {
        ok = false;
        errors.push(FieldError::new(
            ErrorCode::InvalidText,
            PRODUCTS,
            format!("lists {} different products but at most {MAX_PRODUCTS} are allowed", parsed.len()),
        ));
    }
    ok.then_some(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CREDIT_CODE: &str = "91350100M000100Y43";

    fn raw() -> RawBaseData {
        RawBaseData {
            name: Some("南京某某电线电缆有限公司".to_owned()),
            region_code: Some("320102".to_owned()),
            address: Some("南京市玄武区某某路1号".to_owned()),
            scale: Some(EnterpriseScale::Medium),
            products: Some(vec!["电线".to_owned(), "电缆".to_owned()]),
            production_conditions: Some("两条生产线".to_owned()),
            inspection_means: None,
            process: None,
        }
    }

    fn base() -> EnterpriseBaseData {
        NewEnterprise::parse(CREDIT_CODE, raw()).unwrap().base
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|&s| s.to_owned()).collect()
    }

    /// The outcome as (field, code) pairs, or the parsed value.
    fn codes(errors: ValidationErrors) -> Vec<(&'static str, ErrorCode)> {
        errors.0.into_iter().map(|e| (e.field, e.code)).collect()
    }

    #[test]
    fn scale() {
        fn check(s: &str, expected: Option<EnterpriseScale>) {
            let actual = EnterpriseScale::parse(s);
            assert_eq!(actual.as_ref().ok(), expected.as_ref(), "{s:?}");
            match expected {
                Some(scale) => {
                    assert_eq!(scale.as_str(), s);
                    assert_eq!(serde_json::to_string(&scale).unwrap(), format!("\"{s}\""));
                }
                None => assert_eq!(actual.map_err(|e| e.code), Err(ErrorCode::InvalidScale)),
            }
        }
        let cases = [
            ("LARGE", Some(EnterpriseScale::Large)),
            ("MEDIUM", Some(EnterpriseScale::Medium)),
            ("SMALL", Some(EnterpriseScale::Small)),
            ("MICRO", Some(EnterpriseScale::Micro)),
            ("large", None),
            ("HUGE", None),
            ("", None),
        ];
        for (s, expected) in cases {
            check(s, expected);
        }
    }

    #[test]
    fn new_enterprise() {
        type Expected = Result<fn(&NewEnterprise), Vec<(&'static str, ErrorCode)>>;
        fn check(credit_code: &str, raw: RawBaseData, expected: Expected) {
            match (NewEnterprise::parse(credit_code, raw), expected) {
                (Ok(enterprise), Ok(assertions)) => assertions(&enterprise),
                (Err(errors), Err(want)) => assert_eq!(codes(errors), want),
                (actual, expected) => {
                    panic!("got {actual:?}, expected {:?}", expected.map(|_| ()))
                }
            }
        }
        let cases: Vec<(&str, RawBaseData, Expected)> = vec![
            (
                CREDIT_CODE,
                raw(),
                Ok(|e| {
                    assert_eq!(e.credit_code.as_str(), CREDIT_CODE);
                    assert_eq!(e.base.name, "南京某某电线电缆有限公司");
                    assert_eq!(e.base.region.as_str(), "320102");
                    assert_eq!(e.base.products, strings(&["电线", "电缆"]));
                }),
            ),
            (
                CREDIT_CODE,
                RawBaseData { products: None, production_conditions: None, ..raw() },
                Ok(|e| {
                    assert!(e.base.products.is_empty());
                    assert_eq!(e.base.production_conditions, "");
                }),
            ),
            (
                CREDIT_CODE,
                RawBaseData {
                    name: Some("  南京某某公司 ".to_owned()),
                    products: Some(strings(&[" 电线 ", "电缆", "电线", "电缆 "])),
                    production_conditions: Some("一号线\r\n二号线".to_owned()),
                    ..raw()
                },
                Ok(|e| {
                    assert_eq!(e.base.name, "南京某某公司");
                    assert_eq!(e.base.products, strings(&["电线", "电缆"]));
                    assert_eq!(e.base.production_conditions, "一号线\n二号线");
                }),
            ),
            (
                "",
                RawBaseData::default(),
                Err(vec![
                    ("creditCode", ErrorCode::InvalidCreditCode),
                    ("name", ErrorCode::InvalidText),
                    ("regionCode", ErrorCode::InvalidText),
                    ("address", ErrorCode::InvalidText),
                    ("scale", ErrorCode::InvalidText),
                ]),
            ),
            (
                CREDIT_CODE,
                RawBaseData {
                    name: Some("某".to_owned()),
                    region_code: Some("320199".to_owned()),
                    address: Some(" ".to_owned()),
                    products: Some(strings(&["", "电线", "a\0"])),
                    production_conditions: Some("x".repeat(4001)),
                    ..raw()
                },
                Err(vec![
                    ("name", ErrorCode::InvalidText),
                    ("regionCode", ErrorCode::UnknownRegion),
                    ("address", ErrorCode::InvalidText),
                    ("products", ErrorCode::InvalidText),
                    ("products", ErrorCode::InvalidText),
                    ("productionConditions", ErrorCode::InvalidText),
                ]),
            ),
            (
                CREDIT_CODE,
                RawBaseData { region_code: Some("3201".to_owned()), ..raw() },
                Err(vec![("regionCode", ErrorCode::InvalidRegionCode)]),
            ),
            (
                CREDIT_CODE,
                RawBaseData { products: Some((1..=51).map(|i| format!("产品{i}")).collect()), ..raw() },
                Err(vec![("products", ErrorCode::InvalidText)]),
            ),
            (
                CREDIT_CODE,
                RawBaseData {
                    // 51 entries, but only 50 different ones.
                    products: Some((1..=51).map(|i| format!("产品{}", i.min(50))).collect()),
                    ..raw()
                },
                Ok(|e| assert_eq!(e.base.products.len(), 50)),
            ),
            (
                CREDIT_CODE,
                RawBaseData {
                    address: Some("址".repeat(200)),
                    production_conditions: Some("况".repeat(4000)),
                    ..raw()
                },
                Ok(|e| assert_eq!(e.base.address.chars().count(), 200)),
            ),
            (
                CREDIT_CODE,
                RawBaseData { address: Some("址".repeat(201)), ..raw() },
                Err(vec![("address", ErrorCode::InvalidText)]),
            ),
        ];
        for (credit_code, raw, expected) in cases {
            check(credit_code, raw, expected);
        }
    }

    #[test]
    fn product_error_messages_name_the_entry() {
        let raw = RawBaseData { products: Some(strings(&["电线", " ", "b\tc"])), ..raw() };
        let errors = NewEnterprise::parse(CREDIT_CODE, raw).unwrap_err();
        assert_eq!(
            errors.to_string(),
            "products: entry 2: must not be empty; products: entry 3: contains the control character U+0009 at position 2; use a single line of printable text"
        );
    }

    #[test]
    fn required_message() {
        let errors = NewEnterprise::parse(CREDIT_CODE, RawBaseData { scale: None, ..raw() }).unwrap_err();
        assert_eq!(errors.to_string(), "scale: is required");
    }

    #[test]
    fn apply() {
        fn check(patch: RawBaseData, expected: Result<&[&str], Vec<(&'static str, ErrorCode)>>) {
            let current = base();
            match (current.apply(patch), expected) {
                (Ok((next, changed)), Ok(want)) => {
                    assert_eq!(changed, want);
                    // Applying the result again changes nothing.
                    let again = RawBaseData {
                        name: Some(next.name.clone()),
                        region_code: Some(next.region.to_string()),
                        address: Some(next.address.clone()),
                        scale: Some(next.scale),
                        products: Some(next.products.clone()),
                        production_conditions: Some(next.production_conditions.clone()),
                        inspection_means: Some(next.inspection_means.clone()),
                        process: Some(next.process.clone()),
                    };
                    assert_eq!(next.apply(again).unwrap(), (next.clone(), vec![]));
                }
                (Err(errors), Err(want)) => assert_eq!(codes(errors), want),
                (actual, expected) => panic!("got {actual:?}, expected {expected:?}"),
            }
        }
        let no_change: &[&str] = &[];
        let cases: Vec<(RawBaseData, Result<&[&str], _>)> = vec![
            (RawBaseData::default(), Ok(no_change)),
            (
                RawBaseData {
                    name: Some(" 南京某某电线电缆有限公司 ".to_owned()), ..RawBaseData::default()
                },
                Ok(no_change),
            ),
            (
                RawBaseData {
                    name: Some("南京新名称有限公司".to_owned()), ..RawBaseData::default()
                },
                Ok(&["name"]),
            ),
            (
                RawBaseData {
                    region_code: Some("320104".to_owned()),
                    scale: Some(EnterpriseScale::Large),
                    products: Some(vec![]),
                    production_conditions: Some(String::new()),
                    ..RawBaseData::default()
                },
                Ok(&["regionCode", "scale", "products", "productionConditions"]),
            ),
            (
                RawBaseData {
                    inspection_means: Some("拉力试验机".to_owned()),
                    process: Some("拉丝、绞线、挤塑".to_owned()),
                    ..RawBaseData::default()
                },
                Ok(&["inspectionMeans", "process"]),
            ),
            (
                RawBaseData { products: Some(strings(&["电缆", "电线"])), ..RawBaseData::default() },
                Ok(&["products"]),
            ),
            (
                RawBaseData {
                    name: Some(String::new()),
                    region_code: Some("abc".to_owned()),
                    address: Some("新地址".to_owned()),
                    ..RawBaseData::default()
                },
                Err(vec![("name", ErrorCode::InvalidText), ("regionCode", ErrorCode::InvalidRegionCode)]),
            ),
        ];
        for (patch, expected) in cases {
            check(patch, expected);
        }
    }

    #[test]
    fn base_data_serialises_in_camel_case() {
        let json = serde_json::to_value(base()).unwrap();
        assert_eq!(json["region"], "320102");
        assert_eq!(json["scale"], "MEDIUM");
        assert_eq!(json["productionConditions"], "两条生产线");
    }
}
