//! 农药 (pesticides): the per-registration specification (formulation variant, declared content as
//! the declared value of the content item), "false pesticide" identity items, and the generic
//! formulation defaults of 农药产品规格要求. The profile is data in `profile.json`; this file holds
//! the one judge function that needs arithmetic: the content-tolerance band by declared content
//! and formulation homogeneity.

use std::str::FromStr;

use oversight_plugin_api::{CustomContext, CustomItemRequest, CustomOutcome, Dec, serde_json};

oversight_plugin_api::declare_plugin! {
    profile_json: include_str!("../profile.json"),
    judge_functions: {
        "content_tolerance" => content_tolerance,
    },
}

fn dec_at(value: &serde_json::Value, key: &str, at: &str) -> Result<Option<Dec>, String> {
    match value.get(key) {
        None => Ok(None),
        Some(serde_json::Value::String(text)) => {
            Dec::from_str(text).map(Some).map_err(|error| format!("params {at}.{key}: {error}"))
        }
        Some(_) => Err(format!("params {at}.{key} must be a decimal string")),
    }
}

/// One per cent, to turn "6" (%) into a factor without division.
const PERCENT: Dec = Dec::new(1, 2);

/// Declared content ± tolerance. `params.bands` is the tolerance table in the item's own unit
/// (% or g/L), in ascending order: each band has `up_to` (inclusive; absent on the last) and
/// either `percent`, `absolute`, or `homogeneous_percent` + `heterogeneous_percent` (chosen by the
/// variant's `homogeneity` attribute). The declared value of the item is the registered content.
fn content_tolerance(
    item: &CustomItemRequest,
    params: &serde_json::Value,
    context: &CustomContext<'_>,
) -> Result<CustomOutcome, String> {
    let Some(declared) = item.declared.as_deref() else {
        return Ok(CustomOutcome::NotJudged {
            reason: "no declared content: declare the registered content as the declared value of this item"
                .to_owned(),
        });
    };
    let declared = Dec::from_str(declared).map_err(|error| format!("declared content: {error}"))?;
    if declared <= Dec::new(0, 0) {
        return Err(format!("declared content {declared} must be positive"));
    }
    let bands = params.get("bands").and_then(serde_json::Value::as_array).ok_or("params.bands is missing")?;
    let mut lower: Option<Dec> = None;
    for (index, band) in bands.iter().enumerate() {
        let at = format!("bands[{index}]");
        let up_to = dec_at(band, "up_to", &at)?;
        if up_to.is_some_and(|up_to| declared > up_to) {
            lower = up_to;
            continue;
        }
        let range = match (lower, up_to) {
            (None, Some(up_to)) => format!("up to {up_to}"),
            (Some(lower), Some(up_to)) => format!("above {lower} up to {up_to}"),
            (Some(lower), None) => format!("above {lower}"),
            (None, None) => "any".to_owned(),
        };
        let (deviation, rule) = if let Some(absolute) = dec_at(band, "absolute", &at)? {
            (absolute, format!("± {absolute}"))
        } else {
            let percent = match dec_at(band, "percent", &at)? {
                Some(percent) => percent,
                None => {
                    let homogeneity = context.variant_attributes.get("homogeneity").map(String::as_str);
                    let key = match homogeneity {
                        Some("homogeneous") => "homogeneous_percent",
                        Some("heterogeneous") => "heterogeneous_percent",
                        _ => {
                            return Ok(CustomOutcome::NotJudged {
                                reason: format!(
                                    "declared {declared} is in the band {range}, whose tolerance depends on \
                                     homogeneity; the reference does not say whether formulation {} is \
                                     homogeneous",
                                    context.variant
                                ),
                            });
                        }
                    };
                    dec_at(band, key, &at)?.ok_or_else(|| format!("params {at}.{key} is missing"))?
                }
            };
            let amount = declared
                .checked_mul(percent)
                .and_then(|product| product.checked_mul(PERCENT))
                .map_err(|error| error.to_string())?;
            (amount, format!("± {percent} % of declared = ± {amount}"))
        };
        let min = declared.checked_sub(deviation).map_err(|error| error.to_string())?;
        let max = declared.checked_add(deviation).map_err(|error| error.to_string())?;
        return Ok(CustomOutcome::Bounds {
            value: None,
            min: Some(min.to_string()),
            max: Some(max.to_string()),
            explanation: format!(
                "declared content {declared} lies in the band {range}: {rule}, so {min} … {max} \
                 (FAO/WHO tolerance table as recalled in the reference, unverified)"
            ),
        });
    }
    Err(format!("params.bands has no band for declared content {declared}"))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use oversight_plugin_api::{CustomRequest, PluginTable, testing};

    use super::*;

    fn table() -> &'static PluginTable {
        &__oversight_plugin::TABLE
    }

    #[test]
    fn the_embedded_profile_passes_its_self_checks() {
        let problems = testing::profile_problems(table(), "pesticide", &["content_tolerance"]);
        assert!(problems.is_empty(), "{problems:#?}");
        assert_eq!(testing::manifest(table()).unwrap().profile.objection.window_days, 15);
    }

    fn bands() -> serde_json::Value {
        serde_json::json!({"bands": [
            {"up_to": "2.5", "homogeneous_percent": "15", "heterogeneous_percent": "25"},
            {"up_to": "10", "percent": "10"},
            {"up_to": "25", "percent": "6"},
            {"up_to": "50", "percent": "5"},
            {"absolute": "2.5"}
        ]})
    }

    fn call(declared: Option<&str>, homogeneity: Option<&str>) -> Result<CustomOutcome, String> {
        let attributes: BTreeMap<String, String> = homogeneity
            .map(|h| BTreeMap::from([("homogeneity".to_owned(), h.to_owned())]))
            .unwrap_or_default();
        let context = CustomContext {
            industry: "pesticide",
            variant: "WP",
            variant_attributes: &attributes,
            sampling_date: "2026-01-01",
        };
        let item = CustomItemRequest {
            item: "active_content".to_owned(),
            requirement: 0,
            value: "1".to_owned(),
            declared: declared.map(str::to_owned),
            conditions: BTreeMap::new(),
        };
        content_tolerance(&item, &bands(), &context)
    }

    fn bounds(outcome: CustomOutcome) -> (String, String) {
        match outcome {
            CustomOutcome::Bounds { min: Some(min), max: Some(max), .. } => (min, max),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn each_band_gives_its_tolerance() {
        let cases = [
            ("2.0", Some("homogeneous"), "1.7", "2.3"),
            ("2.0", Some("heterogeneous"), "1.5", "2.5"),
            ("2.5", Some("homogeneous"), "2.125", "2.875"),
            ("2.6", None, "2.34", "2.86"),
            ("10.0", None, "9.0", "11.0"),
            ("20.0", None, "18.8", "21.2"),
            ("25.0", None, "23.5", "26.5"),
            ("40.0", None, "38.0", "42.0"),
            ("50.0", None, "47.5", "52.5"),
            ("60.0", None, "57.5", "62.5"),
        ];
        for (declared, homogeneity, min, max) in cases {
            let got = bounds(call(Some(declared), homogeneity).unwrap());
            assert_eq!(got, (min.to_owned(), max.to_owned()), "declared {declared}");
        }
    }

    #[test]
    fn missing_declaration_or_homogeneity_is_not_judged_and_bad_input_is_an_error() {
        assert!(matches!(call(None, None).unwrap(), CustomOutcome::NotJudged { .. }));
        assert!(matches!(call(Some("2.0"), None).unwrap(), CustomOutcome::NotJudged { .. }));
        assert!(call(Some("0"), None).is_err());
        assert!(call(Some("abc"), None).is_err());
    }

    #[test]
    fn a_batch_goes_through_the_exported_table() {
        let profile = testing::manifest(table()).unwrap().profile;
        let item = profile.items.iter().find(|item| item.code == "active_content").unwrap();
        let requirement = item
            .requirements
            .iter()
            .position(|r| r.variants.is_empty() || r.variants.iter().any(|v| v == "EC"))
            .unwrap();
        let request = CustomRequest {
            variant: "EC".to_owned(),
            sampling_date: "2026-01-01".to_owned(),
            items: vec![CustomItemRequest {
                item: "active_content".to_owned(),
                requirement,
                value: "20.3".to_owned(),
                declared: Some("20.0".to_owned()),
                conditions: BTreeMap::new(),
            }],
        };
        let response = testing::judge(table(), &request).unwrap();
        assert!(
            matches!(
                &response.items[0].outcome,
                CustomOutcome::Bounds { min: Some(min), max: Some(max), .. } if min == "18.8" && max == "21.2"
            ),
            "{response:?}"
        );
    }
}
