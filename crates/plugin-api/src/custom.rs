//! The payloads of `judge`: one batched request per sample holding every custom item, and one
//! response with bounds (or "not judged") per item. The host's engine does the comparison, so a
//! plugin function only computes limits and, where needed, a corrected value.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The batch the host sends for one sample.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CustomRequest {
    pub industry: String,
    pub variant: String,
    pub variant_attributes: BTreeMap<String, String>,
    /// `YYYY-MM-DD`.
    pub sampling_date: String,
    pub items: Vec<CustomItemRequest>,
}

/// One custom item of the batch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CustomItemRequest {
    pub item: String,
    pub function: String,
    /// Index of the matched requirement in the item's `requirements`; the plugin reads that
    /// rule's `params` from its own embedded profile, so large tables never cross per call.
    pub requirement: usize,
    /// The measured value as a plain decimal string (any (+)/(−) mark removed).
    pub value: String,
    /// The result as reported, mark included.
    pub measured: String,
    pub unit: String,
    #[serde(default)]
    pub declared: Option<String>,
    #[serde(default)]
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
