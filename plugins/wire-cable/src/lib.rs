//! 电线电缆 (wires and cables): the first industry plugin. Its profile — standards, items, the
//! GB/T 3956 conductor table, examples — is data in `profile.json`; the two judge functions that
//! need arithmetic are in `judge.rs`; this file declares the plugin.

mod judge;

use judge::{conductor_resistance_20c, thinnest_point};

oversight_plugin_api::declare_plugin! {
    profile_json: include_str!("../profile.json"),
    judge_functions: {
        "conductor_resistance_20c" => conductor_resistance_20c,
        "thinnest_point" => thinnest_point,
    },
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use oversight_plugin_api::{
        CustomContext, CustomItemRequest, CustomOutcome, CustomRequest, JudgeFn, PluginTable, serde_json,
        testing,
    };

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
