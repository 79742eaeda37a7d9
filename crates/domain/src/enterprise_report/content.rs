//! A periodic report's content: the common fields every enterprise reports (output, sales,
//! quality incidents, complaints, changes of conditions) and the industry's own fields, parsed
//! against the fields its plugin declares (`FieldSpec`, a plain-data copy the app makes of the
//! plugin's declaration: the domain knows no plugin). Quantities are exact decimals.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::{Collector, ErrorCode, FieldError, ValidationErrors};
use crate::testing::judgment::rounding::parse_decimal;
use crate::text::parse_text;

/// The longest description of incidents, complaints or changes.
pub const MAX_NOTE_CHARS: usize = 2000;
/// The most quality incidents or complaints a quarter's report may count (a typing error beyond).
pub const MAX_COUNT: i64 = 1_000_000;

/// An exact quantity with its unit (`12.5 t`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quantity {
    pub value: Decimal,
    pub unit: String,
}

/// The fields every enterprise reports, whatever its industry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CommonFields {
    /// Production output (产量) in the quarter.
    pub output: Quantity,
    /// Sales (销售量 or 销售额) in the quarter.
    pub sales: Quantity,
    /// Quality incidents (质量事故) and what they were (required when there were any).
    pub quality_incidents: i64,
    pub quality_incident_notes: Option<String>,
    /// Quality complaints (质量投诉) received and what they were about.
    pub complaints: i64,
    pub complaint_notes: Option<String>,
    /// Whether the production conditions, inspection means or process changed (生产条件变化),
    /// and how.
    pub conditions_changed: bool,
    pub conditions_change: Option<String>,
}

/// A value of an industry field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum FieldValue {
    Decimal { value: Decimal, unit: String },
    Integer { value: i64, unit: String },
    Text { value: String },
    Boolean { value: bool },
}

/// The whole content of a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportContent {
    pub common: CommonFields,
    /// The industry's fields, by code.
    pub fields: BTreeMap<String, FieldValue>,
}

/// The kind of an industry field, as its plugin declares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldKind {
    Decimal { unit: String, scale: Option<u32> },
    Integer { unit: String },
    Text { max_length: u32 },
    Boolean,
}

/// An industry field as its plugin declares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldSpec {
    pub code: String,
    pub name_zh: String,
    pub kind: FieldKind,
    pub required: bool,
}

/// A quantity as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RawQuantity {
    pub value: String,
    pub unit: String,
}

/// An industry field's value as typed: text, with the unit for quantities.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RawField {
    pub code: String,
    pub value: String,
    pub unit: Option<String>,
}

/// The content as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RawContent {
    pub output: RawQuantity,
    pub sales: RawQuantity,
    pub quality_incidents: i64,
    pub quality_incident_notes: Option<String>,
    pub complaints: i64,
    pub complaint_notes: Option<String>,
    pub conditions_changed: bool,
    pub conditions_change: Option<String>,
    pub fields: Vec<RawField>,
}

/// A unit is written out: 1–16 characters, no spaces around, no control character, not a number.
pub fn is_unit(unit: &str) -> bool {
    !unit.trim().is_empty()
        && unit.trim() == unit
        && unit.chars().count() <= 16
        && !unit.chars().any(char::is_control)
        && !unit.chars().all(|c| c.is_ascii_digit() || c == '.')
}

fn common_error(field: &'static str, message: impl Into<String>) -> FieldError {
    FieldError::new(ErrorCode::InvalidPeriodicReport, field, message)
}

fn field_error(code: &str, message: impl std::fmt::Display) -> FieldError {
    FieldError::new(ErrorCode::InvalidReportField, "fields", format!("{code}: {message}"))
}

fn quantity(field: &'static str, raw: &RawQuantity) -> Result<Quantity, FieldError> {
    let value = parse_decimal(&raw.value).map_err(|error| common_error(field, error.to_string()))?;
    if value.is_sign_negative() && !value.is_zero() {
        return Err(common_error(field, format!("{value} is negative")));
    }
    let unit = raw.unit.trim();
    if !is_unit(unit) {
        return Err(common_error(field, format!("the unit {:?} is not a unit (t, km, 万元 …)", raw.unit)));
    }
    Ok(Quantity { value, unit: unit.to_owned() })
}

/// A count with its description, required when the count is not zero.
fn counted(
    field: &'static str,
    count: i64,
    notes_field: &'static str,
    notes: Option<&str>,
    errors: &mut Collector,
) -> Option<String> {
    if !(0..=MAX_COUNT).contains(&count) {
        errors.push(common_error(field, format!("{count} is not a count from 0 to {MAX_COUNT}")));
    }
    note(notes_field, notes, count > 0, errors)
}

/// A description: required when `needed`, else optional (blank is absent).
fn note(field: &'static str, text: Option<&str>, needed: bool, errors: &mut Collector) -> Option<String> {
    match text.map(str::trim).filter(|text| !text.is_empty()) {
        Some(text) => errors.take(parse_text(field, text, 1, MAX_NOTE_CHARS, true)),
        None if needed => {
            errors.push(common_error(field, "is required: say what happened"));
            None
        }
        None => None,
    }
}

/// One industry field's value, checked against its declaration.
fn field_value(spec: &FieldSpec, raw: &RawField) -> Result<FieldValue, FieldError> {
    let code = spec.code.as_str();
    let carried_unit = |unit: &str| match raw.unit.as_deref().map(str::trim) {
        Some(given) if given == unit => Ok(()),
        Some(given) => Err(field_error(code, format_args!("the unit is {unit}, not {given:?}"))),
        None => Err(field_error(code, format_args!("the value must carry its unit {unit}"))),
    };
    let text = raw.value.trim();
    match &spec.kind {
        FieldKind::Decimal { unit, scale } => {
            carried_unit(unit)?;
            let value = parse_decimal(text).map_err(|error| field_error(code, error))?;
            if value.is_sign_negative() && !value.is_zero() {
                return Err(field_error(code, format_args!("{value} is negative")));
            }
            if let Some(scale) = scale.filter(|scale| value.scale() > *scale) {
                return Err(field_error(code, format_args!("{value} has more than {scale} decimal places")));
            }
            Ok(FieldValue::Decimal { value, unit: unit.clone() })
        }
        FieldKind::Integer { unit } => {
            carried_unit(unit)?;
            let value: i64 =
                text.parse().ok().filter(|value| *value >= 0).ok_or_else(|| {
                    field_error(code, format_args!("{text:?} is not a whole number of {unit}"))
                })?;
            Ok(FieldValue::Integer { value, unit: unit.clone() })
        }
        FieldKind::Text { max_length } => {
            let value = parse_text("fields", text, 0, *max_length as usize, true)
                .map_err(|error| field_error(code, error.message))?;
            Ok(FieldValue::Text { value })
        }
        FieldKind::Boolean => match text {
            "true" => Ok(FieldValue::Boolean { value: true }),
            "false" => Ok(FieldValue::Boolean { value: false }),
            _ => Err(field_error(code, format_args!("{text:?} is neither true nor false"))),
        },
    }
}

impl ReportContent {
    /// Parses the content, the industry fields against `specs`; every problem at once. Required
    /// industry fields are checked on submission (`missing`), so a draft may leave them out.
    pub fn parse(raw: RawContent, specs: &[FieldSpec]) -> Result<ReportContent, ValidationErrors> {
        let mut errors = Collector::default();
        let output = errors.take(quantity("output", &raw.output));
        let sales = errors.take(quantity("sales", &raw.sales));
        let quality_incident_notes = counted(
            "qualityIncidents",
            raw.quality_incidents,
            "qualityIncidentNotes",
            raw.quality_incident_notes.as_deref(),
            &mut errors,
        );
        let complaint_notes = counted(
            "complaints",
            raw.complaints,
            "complaintNotes",
            raw.complaint_notes.as_deref(),
            &mut errors,
        );
        let conditions_change =
            note("conditionsChange", raw.conditions_change.as_deref(), raw.conditions_changed, &mut errors);
        let mut fields = BTreeMap::new();
        for field in &raw.fields {
            let Some(spec) = specs.iter().find(|spec| spec.code == field.code) else {
                errors.push(field_error(&field.code, "the industry declares no such report field"));
                continue;
            };
            if fields.contains_key(&field.code) {
                errors.push(field_error(&field.code, "is given twice"));
                continue;
            }
            if let Some(value) = errors.take(field_value(spec, field)) {
                fields.insert(field.code.clone(), value);
            }
        }
        match (output, sales) {
            (Some(output), Some(sales)) if errors.is_empty() => Ok(ReportContent {
                common: CommonFields {
                    output,
                    sales,
                    quality_incidents: raw.quality_incidents,
                    quality_incident_notes,
                    complaints: raw.complaints,
                    complaint_notes,
                    conditions_changed: raw.conditions_changed,
                    conditions_change,
                },
                fields,
            }),
            _ => Err(errors.into_errors()),
        }
    }

    /// The required industry fields the content leaves out, each named with its code.
    pub fn missing(&self, specs: &[FieldSpec]) -> Vec<String> {
        specs
            .iter()
            .filter(|spec| spec.required && !self.fields.contains_key(&spec.code))
            .map(|spec| format!("{} ({})", spec.code, spec.name_zh))
            .collect()
    }
}
