//! The catalogue of industries (product categories) under production license that the system knows.
//!
//! Industry plugins add profiles (checklists, test items) keyed by these codes; the codes are
//! stored and are part of the plugin contract, so they must never be renamed.

use serde::Serialize;

use crate::error::{ErrorCode, FieldError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Industry {
    pub code: &'static str,
    pub name_zh: &'static str,
    pub name_en: &'static str,
    /// One of the industries with frequent quality problems that §三 puts in focus.
    pub key_industry: bool,
}

const fn industry(
    code: &'static str,
    name_zh: &'static str,
    name_en: &'static str,
    key_industry: bool,
) -> Industry {
    Industry { code, name_zh, name_en, key_industry }
}

/// The key industries come first, in the order §三 names them (复混肥、农药、电热毯、机动车制动液、
/// 助力车、人造板、电线电缆).
static CATALOGUE: [Industry; 13] = [
    industry("compound-fertilizer", "复混肥料", "Compound fertilizer", true),
    industry("pesticide", "农药", "Pesticide", true),
    industry("electric-blanket", "电热毯", "Electric blanket", true),
    industry("brake-fluid", "机动车制动液", "Motor vehicle brake fluid", true),
    industry("e-bike", "电动自行车/助力车", "Electric bicycle / moped", true),
    industry("wood-panel", "人造板", "Wood-based panel", true),
    industry("wire-cable", "电线电缆", "Wire and cable", true),
    industry("cement", "水泥", "Cement", false),
    industry("steel-rebar", "建筑用钢筋", "Steel reinforcing bar for construction", false),
    industry("hazardous-chemicals", "危险化学品", "Hazardous chemicals", false),
    industry(
        "hazardous-chemical-packaging",
        "危险化学品包装物及容器",
        "Hazardous chemical packaging and containers",
        false,
    ),
    industry(
        "food-contact-products",
        "直接接触食品的材料等相关产品",
        "Food-contact materials and related products",
        false,
    ),
    industry(
        "broadcast-transmission-equipment",
        "广播电视传输设备",
        "Broadcast and television transmission equipment",
        false,
    ),
];

pub fn catalogue() -> &'static [Industry] {
    &CATALOGUE
}

/// Looks an industry up by its code (`"pesticide"`); surrounding whitespace is ignored.
pub fn find(code: &str) -> Result<&'static Industry, FieldError> {
    let code = code.trim();
    CATALOGUE.iter().find(|industry| industry.code == code).ok_or_else(|| {
        let known: Vec<&str> = CATALOGUE.iter().map(|industry| industry.code).collect();
        FieldError::new(
            ErrorCode::UnknownIndustry,
            "industry",
            format!("'{code}' is not a known industry; expected one of {}", known.join(", ")),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_by_code() {
        fn check(code: &str, expected: Option<(&str, bool)>) {
            let actual = find(code);
            match (actual, expected) {
                (Ok(industry), Some((name_zh, key_industry))) => {
                    assert_eq!(industry.name_zh, name_zh, "{code:?}");
                    assert_eq!(industry.key_industry, key_industry, "{code:?}");
                }
                (Err(error), None) => {
                    assert_eq!(error.code, ErrorCode::UnknownIndustry, "{code:?}");
                    assert_eq!(error.field, "industry");
                    assert!(error.message.contains("compound-fertilizer"));
                }
                (actual, _) => panic!("{code:?}: got {actual:?}, expected {expected:?}"),
            }
        }
        let cases = [
            ("compound-fertilizer", Some(("复混肥料", true))),
            ("pesticide", Some(("农药", true))),
            ("electric-blanket", Some(("电热毯", true))),
            ("brake-fluid", Some(("机动车制动液", true))),
            ("e-bike", Some(("电动自行车/助力车", true))),
            ("wood-panel", Some(("人造板", true))),
            ("wire-cable", Some(("电线电缆", true))),
            ("cement", Some(("水泥", false))),
            ("steel-rebar", Some(("建筑用钢筋", false))),
            ("hazardous-chemicals", Some(("危险化学品", false))),
            ("hazardous-chemical-packaging", Some(("危险化学品包装物及容器", false))),
            ("food-contact-products", Some(("直接接触食品的材料等相关产品", false))),
            ("broadcast-transmission-equipment", Some(("广播电视传输设备", false))),
            (" cement ", Some(("水泥", false))),
            ("Cement", None),
            ("ebike", None),
            ("", None),
            ("农药", None),
        ];
        for (code, expected) in cases {
            check(code, expected);
        }
    }

    #[test]
    fn catalogue_is_consistent() {
        let codes: std::collections::HashSet<_> = catalogue().iter().map(|i| i.code).collect();
        assert_eq!(codes.len(), catalogue().len(), "duplicate codes");
        assert_eq!(catalogue().iter().filter(|i| i.key_industry).count(), 7);
        for industry in catalogue() {
            let well_formed = industry
                .code
                .split('-')
                .all(|word| !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase()));
            assert!(well_formed, "{} is not kebab-case", industry.code);
        }
        assert_eq!(
            serde_json::to_value(find("pesticide").unwrap()).unwrap(),
            serde_json::json!({"code": "pesticide", "nameZh": "农药", "nameEn": "Pesticide", "keyIndustry": true})
        );
    }
}
