//! 电线电缆 (wires and cables): the first industry plugin. Its profile — standards, items, the
//! GB/T 3956 conductor table, examples — is data in `profile.json`; this file holds only the two
//! judge functions that need arithmetic: conductor resistance corrected to 20 °C, and the
//! "percentage of specified thickness minus 0.1 mm" thinnest-point rule.

use std::str::FromStr;

use oversight_plugin_api::{
    CustomContext, CustomItemRequest, CustomOutcome, Dec, param_decimal, required_param, serde_json,
};

oversight_plugin_api::declare_plugin! {
    profile_json: include_str!("../profile.json"),
    judge_functions: {
        "conductor_resistance_20c" => conductor_resistance_20c,
        "thinnest_point" => thinnest_point,
    },
}

fn attribute<'a>(context: &'a CustomContext<'_>, name: &str) -> Result<&'a str, String> {
    context
        .variant_attributes
        .get(name)
        .map(String::as_str)
        .ok_or_else(|| format!("variant {} has no attribute {name:?}", context.variant))
}

/// R20 = Rt × Kt, with Kt from the reference's table (10, 15, 20, 25, 30 °C); the limit is the
/// GB/T 3956 maximum for the variant's conductor class and cross-section. A result without
/// `conditions.temperature_c` is taken as already corrected to 20 °C.
fn conductor_resistance_20c(
    item: &CustomItemRequest,
    params: &serde_json::Value,
    context: &CustomContext<'_>,
) -> Result<CustomOutcome, String> {
    let conductor = attribute(context, "conductor")?;
    let cross_section = attribute(context, "cross_section")?;
    let Some(limit) = param_decimal(params, &["limits", conductor, cross_section])? else {
        return Ok(CustomOutcome::NotJudged {
            reason: format!("GB/T 3956 table (as encoded) has no limit for {conductor} {cross_section} mm²"),
        });
    };
    let measured = Dec::from_str(&item.value).map_err(|error| error.to_string())?;
    let temperature = item.conditions.get("temperature_c").map(|t| t.trim()).unwrap_or("20");
    let kt = param_decimal(params, &["kt", temperature])?.ok_or_else(|| {
        format!(
            "no temperature correction factor for {temperature} °C; report the value at 20 °C or \
             measure at 10, 15, 25 or 30 °C"
        )
    })?;
    let corrected = measured.checked_mul(kt).map_err(|error| error.to_string())?;
    Ok(CustomOutcome::Bounds {
        value: Some(corrected.to_string()),
        min: None,
        max: Some(limit.to_string()),
        explanation: format!(
            "{measured} Ω/km at {temperature} °C × Kt {kt} = {corrected} Ω/km at 20 °C; GB/T 3956 \
             maximum for {conductor} {cross_section} mm² is {limit} Ω/km"
        ),
    })
}

/// Thinnest point ≥ factor × specified − minus. `specified` comes from the params (insulation,
/// per variant) or else from the declared value of the item (sheath: the reference has no table).
fn thinnest_point(
    item: &CustomItemRequest,
    params: &serde_json::Value,
    _context: &CustomContext<'_>,
) -> Result<CustomOutcome, String> {
    let factor = required_param(params, "factor")?;
    let minus = required_param(params, "minus")?;
    let specified = match param_decimal(params, &["specified"])? {
        Some(specified) => specified,
        None => match &item.declared {
            Some(declared) => Dec::from_str(declared).map_err(|error| error.to_string())?,
            None => {
                return Ok(CustomOutcome::NotJudged {
                    reason: "no specified thickness: declare it as the value of this item".to_owned(),
                });
            }
        },
    };
    let limit = factor
        .checked_mul(specified)
        .and_then(|product| product.checked_sub(minus))
        .map_err(|error| error.to_string())?
        .trimmed();
    Ok(CustomOutcome::Bounds {
        value: None,
        min: Some(limit.to_string()),
        max: None,
        explanation: format!("required ≥ {factor} × {specified} mm − {minus} mm = {limit} mm"),
    })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use oversight_plugin_api::{CustomRequest, JudgeFn, PluginTable, testing};

    use super::*;

    fn table() -> &'static PluginTable {
        // The generated static, called in-process: no FFI needed to test the exports.
        &__oversight_plugin::TABLE
    }

    #[test]
    fn the_embedded_profile_parses() {
        let manifest = testing::manifest(table()).unwrap();
        assert_eq!(manifest.profile.id, "wire-cable");
        assert_eq!(manifest.custom_functions, ["conductor_resistance_20c", "thinnest_point"]);
    }

    fn call(
        function: JudgeFn,
        params: serde_json::Value,
        value: &str,
        variant: &[(&str, &str)],
        temperature: Option<&str>,
        declared: Option<&str>,
    ) -> Result<CustomOutcome, String> {
        let attributes: BTreeMap<String, String> =
            variant.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
        let context = CustomContext {
            industry: "wire-cable",
            variant: "v",
            variant_attributes: &attributes,
            sampling_date: "2026-01-01",
        };
        let item = CustomItemRequest {
            item: "x".to_owned(),
            requirement: 0,
            value: value.to_owned(),
            declared: declared.map(str::to_owned),
            conditions: temperature
                .map(|t| BTreeMap::from([("temperature_c".to_owned(), t.to_owned())]))
                .unwrap_or_default(),
        };
        function(&item, &params, &context)
    }

    #[test]
    fn a_batch_goes_through_the_exported_table() {
        let request = CustomRequest {
            variant: "BV-1.5".to_owned(),
            sampling_date: "2026-01-01".to_owned(),
            items: vec![CustomItemRequest {
                item: "conductor_resistance".to_owned(),
                requirement: 0,
                value: "11.6".to_owned(),
                declared: None,
                conditions: BTreeMap::from([("temperature_c".to_owned(), "10".to_owned())]),
            }],
        };
        let response = testing::judge(table(), &request).unwrap();
        assert!(
            matches!(
                &response.items[0].outcome,
                CustomOutcome::Bounds { value: Some(value), max: Some(max), .. }
                    if value == "12.0872" && max == "12.1"
            ),
            "{response:?}"
        );
    }

    #[test]
    fn conductor_resistance_is_corrected_to_20_degrees() {
        let params = serde_json::json!({"limits": {"class2_plain_cu": {"2.5": "7.41"}}, "kt": {"20": "1", "25": "0.980"}});
        let variant = [("conductor", "class2_plain_cu"), ("cross_section", "2.5")];
        let outcome =
            call(conductor_resistance_20c, params.clone(), "7.60", &variant, Some("25"), None).unwrap();
        let CustomOutcome::Bounds { value, max, .. } = outcome else { panic!("{outcome:?}") };
        assert_eq!((value.as_deref(), max.as_deref()), (Some("7.448"), Some("7.41")));
        let error =
            call(conductor_resistance_20c, params.clone(), "7.60", &variant, Some("22"), None).unwrap_err();
        assert!(error.contains("22 °C"), "{error}");
        let other = [("conductor", "class2_al"), ("cross_section", "2.5")];
        assert!(matches!(
            call(conductor_resistance_20c, params, "1", &other, None, None).unwrap(),
            CustomOutcome::NotJudged { .. }
        ));
    }

    #[test]
    fn thinnest_point_from_params_or_declaration() {
        let outcome = call(
            thinnest_point,
            serde_json::json!({"specified": "0.7", "factor": "0.9", "minus": "0.1"}),
            "0.5",
            &[],
            None,
            None,
        )
        .unwrap();
        assert!(
            matches!(outcome, CustomOutcome::Bounds { ref min, .. } if min.as_deref() == Some("0.53")),
            "{outcome:?}"
        );
        let outcome = call(
            thinnest_point,
            serde_json::json!({"factor": "0.85", "minus": "0.1"}),
            "0.5",
            &[],
            None,
            Some("1.0"),
        )
        .unwrap();
        assert!(
            matches!(outcome, CustomOutcome::Bounds { ref min, .. } if min.as_deref() == Some("0.75")),
            "{outcome:?}"
        );
        let outcome = call(
            thinnest_point,
            serde_json::json!({"factor": "0.85", "minus": "0.1"}),
            "0.5",
            &[],
            None,
            None,
        )
        .unwrap();
        assert!(matches!(outcome, CustomOutcome::NotJudged { .. }));
    }
}
