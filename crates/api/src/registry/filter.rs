//! The filter arguments the registry's lists share, parsed once: a region prefix, an industry
//! code and a literal search text, each refused with its own field name.

use oversight_domain::{FieldError, industry, registry::region, text};

use crate::error::ApiError;

fn invalid(error: FieldError, field: &str) -> ApiError {
    ApiError::new(oversight_app::Code::from(error.code), error.message).with_field(format!("filter.{field}"))
}

/// "32" (Jiangsu), "3201" (Nanjing), "320102", or a full province/city code such as "320100",
/// as the inclusive range of six-digit codes it covers.
pub(crate) fn region_range(
    prefix: Option<String>,
    field: &str,
) -> Result<Option<(String, String)>, ApiError> {
    let Some(prefix) = prefix else { return Ok(None) };
    let prefix = region::parse_region_prefix(&prefix).map_err(|e| invalid(e, field))?;
    Ok(Some((format!("{prefix:0<6}"), format!("{prefix:9<6}"))))
}

/// An industry code of the catalogue (e.g. "wire-cable").
pub(crate) fn industry_code(code: Option<String>, field: &str) -> Result<Option<String>, ApiError> {
    let Some(code) = code else { return Ok(None) };
    Ok(Some(industry::find(&code).map_err(|e| invalid(e, field))?.code.to_owned()))
}

/// A literal search text of 1 to 100 characters.
pub(crate) fn contains(text: Option<String>, field: &'static str) -> Result<Option<String>, ApiError> {
    let Some(text) = text else { return Ok(None) };
    Ok(Some(text::parse_text(field, &text, 1, 100, false).map_err(|e| invalid(e, field))?))
}
