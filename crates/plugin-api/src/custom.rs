//! The payloads of `judge`: one batched request per sample holding every custom item, and one
//! response with bounds (or "not judged") per item. The host's engine does the comparison, so a
//! plugin function only computes limits and, where needed, a corrected value.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The batch the host sends for one sample. Deliberately small: the plugin already knows its
/// own id, variants (with attributes) and rules from its embedded profile, so only references to
/// them cross the boundary on each call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CustomRequest {
    /// Variant code from the plugin's profile.
    pub variant: String,
    /// `YYYY-MM-DD`.
    pub sampling_date: String,
    pub items: Vec<CustomItemRequest>,
}

/// One custom item of the batch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CustomItemRequest {
    /// Item code from the plugin's profile.
    pub item: String,
    /// Index of the matched requirement in the item's `requirements`; its custom rule names the
    /// judge function and carries the `params`, read from the plugin's own embedded profile.
    pub requirement: usize,
    /// The measured value as a plain decimal string, in the item's unit (the engine has checked
    /// the unit; any (+)/(−) mark is the engine's business and removed).
    pub value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declared: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub conditions: BTreeMap<String, String>,
}

/// The sample an item belongs to, handed to every judge function.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomContext<'a> {
    pub industry: &'a str,
    pub variant: &'a str,
    pub variant_attributes: &'a BTreeMap<String, String>,
    pub sampling_date: &'a str,
}

/// What a judge function returns for an item. Externally tagged (`{"bounds": {…}}`): an
/// internally tagged enum makes serde buffer every answer, which doubled the cost per item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CustomOutcome {
    /// Compare `value` (or the measured value when `None`) with `min`/`max`; decimals as strings.
    Bounds {
        #[serde(default)]
        value: Option<String>,
        #[serde(default)]
        min: Option<String>,
        #[serde(default)]
        max: Option<String>,
        explanation: String,
    },
    NotJudged {
        reason: String,
    },
}

/// One item's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomItemResponse {
    pub item: String,
    pub outcome: CustomOutcome,
}

/// The answer to a batch, in the order of the request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomResponse {
    pub items: Vec<CustomItemResponse>,
}

/// The signature of a plugin's judge function: plain Rust, no pointers. `params` is the `params`
/// value of the matched custom rule in the plugin's profile.
pub type JudgeFn = fn(
    item: &CustomItemRequest,
    params: &serde_json::Value,
    context: &CustomContext<'_>,
) -> Result<CustomOutcome, String>;

/// The decimal parameter of a custom rule at `path` inside its `params`, if present. Parameters
/// are decimal strings (`"0.9"`), never JSON numbers, so no value passes through a float.
pub fn param_decimal(params: &serde_json::Value, path: &[&str]) -> Result<Option<crate::Dec>, String> {
    match path.iter().try_fold(params, |value, key| value.get(*key)) {
        None => Ok(None),
        Some(serde_json::Value::String(text)) => {
            text.parse().map(Some).map_err(|error| format!("params {}: {error}", path.join(".")))
        }
        Some(_) => Err(format!("params {} must be a decimal string", path.join("."))),
    }
}

/// The decimal parameter `key` of a custom rule, which must be present.
pub fn required_param(params: &serde_json::Value, key: &str) -> Result<crate::Dec, String> {
    param_decimal(params, &[key])?.ok_or_else(|| format!("params.{key} is missing"))
}
