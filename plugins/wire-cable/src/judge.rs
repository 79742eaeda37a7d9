//! The wire-cable judge functions that need arithmetic: conductor resistance corrected to 20 °C
//! (GB/T 3956 with the temperature factor Kt) and the "percentage of specified thickness minus
//! 0.1 mm" thinnest-point rule. A module of its own so that a later version of the plugin (and the
//! side-by-side version fixture under plugins/test-faulty) reuses exactly this code.

use std::str::FromStr;

use oversight_plugin_api::{
    CustomContext, CustomItemRequest, CustomOutcome, Dec, param_decimal, required_param, serde_json,
};

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
pub fn conductor_resistance_20c(
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
pub fn thinnest_point(
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
