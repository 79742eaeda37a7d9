//! 电热毯 (electric blankets, pads and flexible heaters): GB 4706.1-2005 with GB 4706.8-2008. The
//! profile is data in `profile.json`; this file holds the two judge functions that need
//! arithmetic: the power-input deviation around the rated input (only for the power range the
//! reference covers) and the supply-cord conductor resistance for the marked cross-section.

use std::str::FromStr;

use oversight_plugin_api::{
    CustomContext, CustomItemRequest, CustomOutcome, Dec, param_decimal, required_param, serde_json,
};

oversight_plugin_api::declare_plugin! {
    profile_json: include_str!("../profile.json"),
    judge_functions: {
        "power_input_deviation" => power_input_deviation,
        "cord_conductor_resistance" => cord_conductor_resistance,
    },
}

/// One per cent, to turn "10" (%) into a factor without division.
const PERCENT: Dec = Dec::new(1, 2);

/// Rated input P (the declared value) with `over` < P ≤ `up_to`: measured input within
/// P − `below_percent` % … P + `above_percent` %. Outside that range the reference has no
/// deviation, so the item is not judged.
fn power_input_deviation(
    item: &CustomItemRequest,
    params: &serde_json::Value,
    _context: &CustomContext<'_>,
) -> Result<CustomOutcome, String> {
    let Some(rated) = item.declared.as_deref() else {
        return Ok(CustomOutcome::NotJudged {
            reason: "no rated power input: declare the marked rated input (W) as the declared value"
                .to_owned(),
        });
    };
    let rated = Dec::from_str(rated).map_err(|error| format!("rated input: {error}"))?;
    let (over, up_to) = (required_param(params, "over")?, required_param(params, "up_to")?);
    if rated <= over || rated > up_to {
        return Ok(CustomOutcome::NotJudged {
            reason: format!(
                "rated input {rated} W is outside {over} W < P ≤ {up_to} W, the only range whose \
                 GB 4706.1 Table 1 deviation is in the reference"
            ),
        });
    }
    let (below, above) = (required_param(params, "below_percent")?, required_param(params, "above_percent")?);
    let share = |percent: Dec| {
        rated.checked_mul(percent).and_then(|product| product.checked_mul(PERCENT)).map_err(|e| e.to_string())
    };
    let min = rated.checked_sub(share(below)?).map_err(|error| error.to_string())?;
    let max = rated.checked_add(share(above)?).map_err(|error| error.to_string())?;
    Ok(CustomOutcome::Bounds {
        value: None,
        min: Some(min.to_string()),
        max: Some(max.to_string()),
        explanation: format!(
            "rated input {rated} W (heating appliance, {over} W < P ≤ {up_to} W): −{below} % … +{above} % \
             gives {min} … {max} W (deviation unverified in the reference)"
        ),
    })
}

/// Cord conductor resistance at 20 °C ≤ the GB/T 3956 maximum for the marked cross-section.
/// The result carries `conditions.conductor` (a column of `params.limits`) and
/// `conditions.cross_section` (the marked mm²); `conditions.temperature_c` (10, 15, 20, 25 or 30)
/// corrects a measurement to 20 °C with the factors in `params.kt`, and defaults to 20.
fn cord_conductor_resistance(
    item: &CustomItemRequest,
    params: &serde_json::Value,
    _context: &CustomContext<'_>,
) -> Result<CustomOutcome, String> {
    let condition = |name: &str| {
        item.conditions.get(name).map(|value| value.trim()).ok_or_else(|| {
            format!(
                "cord conductor resistance needs conditions.{name} (conductor: class5_plain_cu or \
                 class5_tinned_cu; cross_section: the marked mm²)"
            )
        })
    };
    let conductor = condition("conductor")?;
    let cross_section = condition("cross_section")?;
    let Some(limit) = param_decimal(params, &["limits", conductor, cross_section])? else {
        return Ok(CustomOutcome::NotJudged {
            reason: format!("no GB/T 3956 limit encoded for {conductor} {cross_section} mm²"),
        });
    };
    let measured = Dec::from_str(&item.value).map_err(|error| error.to_string())?;
    let temperature = item.conditions.get("temperature_c").map(|t| t.trim()).unwrap_or("20");
    let kt = param_decimal(params, &["kt", temperature])?.ok_or_else(|| {
        format!("no temperature correction factor for {temperature} °C; measure at 10, 15, 20, 25 or 30 °C")
    })?;
    let corrected = measured.checked_mul(kt).map_err(|error| error.to_string())?;
    Ok(CustomOutcome::Bounds {
        value: Some(corrected.to_string()),
        min: None,
        max: Some(limit.to_string()),
        explanation: format!(
            "{measured} Ω/km at {temperature} °C × Kt {kt} = {corrected} Ω/km at 20 °C; GB/T 3956 maximum \
             for the marked {cross_section} mm² ({conductor}) is {limit} Ω/km"
        ),
    })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use oversight_plugin_api::{JudgeFn, PluginTable, testing};

    use super::*;

    fn table() -> &'static PluginTable {
        &__oversight_plugin::TABLE
    }

    #[test]
    fn the_embedded_profile_passes_its_self_checks() {
        let problems = testing::profile_problems(
            table(),
            "electric-blanket",
            &["power_input_deviation", "cord_conductor_resistance"],
        );
        assert!(problems.is_empty(), "{problems:#?}");
        let profile = testing::manifest(table()).unwrap().profile;
        assert!(profile.notes.iter().any(|note| note.contains("CCC") && note.contains("2018")));
        assert_eq!(profile.objection.window_days, 15);
    }

    fn call(
        function: JudgeFn,
        params: serde_json::Value,
        value: &str,
        declared: Option<&str>,
        conditions: &[(&str, &str)],
    ) -> Result<CustomOutcome, String> {
        let attributes = BTreeMap::new();
        let context = CustomContext {
            industry: "electric-blanket",
            variant: "class-II",
            variant_attributes: &attributes,
            sampling_date: "2026-01-01",
        };
        let item = CustomItemRequest {
            item: "x".to_owned(),
            requirement: 0,
            value: value.to_owned(),
            declared: declared.map(str::to_owned),
            conditions: conditions.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect(),
        };
        function(&item, &params, &context)
    }

    fn power() -> serde_json::Value {
        serde_json::json!({"over": "25", "up_to": "200", "below_percent": "10", "above_percent": "5"})
    }

    #[test]
    fn power_input_band_and_its_edges() {
        let outcome = call(power_input_deviation, power(), "60", Some("60"), &[]).unwrap();
        assert!(
            matches!(&outcome, CustomOutcome::Bounds { min: Some(min), max: Some(max), .. }
                if min == "54" && max == "63"),
            "{outcome:?}"
        );
        let outcome = call(power_input_deviation, power(), "200", Some("200"), &[]).unwrap();
        assert!(
            matches!(&outcome, CustomOutcome::Bounds { max: Some(max), .. } if max == "210"),
            "{outcome:?}"
        );
        for rated in [Some("25"), Some("201"), None] {
            let outcome = call(power_input_deviation, power(), "20", rated, &[]).unwrap();
            assert!(matches!(outcome, CustomOutcome::NotJudged { .. }), "{rated:?}: {outcome:?}");
        }
    }

    fn cord() -> serde_json::Value {
        serde_json::json!({"limits": {"class5_plain_cu": {"0.75": "26.0"}}, "kt": {"20": "1", "25": "0.980"}})
    }

    #[test]
    fn cord_resistance_is_corrected_and_needs_its_conditions() {
        let conditions =
            [("conductor", "class5_plain_cu"), ("cross_section", "0.75"), ("temperature_c", "25")];
        let outcome = call(cord_conductor_resistance, cord(), "26.5", None, &conditions).unwrap();
        assert!(
            matches!(&outcome, CustomOutcome::Bounds { value: Some(value), max: Some(max), .. }
                if value == "25.97" && max == "26.0"),
            "{outcome:?}"
        );
        let unknown = [("conductor", "class5_plain_cu"), ("cross_section", "0.5")];
        assert!(matches!(
            call(cord_conductor_resistance, cord(), "30", None, &unknown).unwrap(),
            CustomOutcome::NotJudged { .. }
        ));
        assert!(
            call(cord_conductor_resistance, cord(), "30", None, &[("conductor", "class5_plain_cu")]).is_err()
        );
        let odd = [("conductor", "class5_plain_cu"), ("cross_section", "0.75"), ("temperature_c", "22")];
        assert!(call(cord_conductor_resistance, cord(), "30", None, &odd).is_err());
    }
}
