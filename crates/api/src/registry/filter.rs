//! The filter arguments the lists share, parsed once: a region prefix, an industry code, a
//! literal search text and day ranges, each refused with its own field name.

use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::start_of_day_in_china;
use oversight_domain::industry::IndustryCatalogue;
use oversight_domain::{ErrorCode, FieldError, registry::region, text};

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

/// An industry code of the server's catalogue (e.g. "wire-cable").
pub(crate) fn industry_code(
    catalogue: &IndustryCatalogue,
    code: Option<String>,
    field: &str,
) -> Result<Option<String>, ApiError> {
    let Some(code) = code else { return Ok(None) };
    Ok(Some(catalogue.find(&code).map_err(|e| invalid(e, field))?.code.clone()))
}

/// Refuses a day range that ends before it starts (`INVALID_DATE_RANGE`), naming its two
/// fields (`names`: the first and the last day's) and pointing at the last.
pub(crate) fn day_range(
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    names: (&str, &str),
) -> Result<(), ApiError> {
    match (from, to) {
        (Some(from), Some(to)) if from > to => Err(ApiError::new(
            oversight_app::Code::Domain(ErrorCode::InvalidDateRange),
            format!("{} {from} is after {} {to}", names.0, names.1),
        )
        .with_field(format!("filter.{}", names.1))),
        _ => Ok(()),
    }
}

/// A range of days in China time (both included) as the instants it covers: from the start of the
/// first day to the start of the day after the last (exclusive).
pub(crate) fn china_instants(
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> (Option<DateTime<Utc>>, Option<DateTime<Utc>>) {
    (from.map(start_of_day_in_china), to.and_then(|day| day.succ_opt()).map(start_of_day_in_china))
}

/// A literal search text of 1 to 100 characters.
pub(crate) fn contains(text: Option<String>, field: &'static str) -> Result<Option<String>, ApiError> {
    let Some(text) = text else { return Ok(None) };
    Ok(Some(text::parse_text(field, &text, 1, 100, false).map_err(|e| invalid(e, field))?))
}
