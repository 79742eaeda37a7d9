//! Patrols and follow-up visits (巡查、回访, §二(三), docs/adr/0022): the inspection records
//! (`inspection`), the measures ordered on a patrol's findings (`measure`) and the follow-ups
//! owed after a rectification deadline, due on read (`follow_up`).

pub mod follow_up;
pub mod inspection;
pub mod measure;
pub mod plan;

use crate::{Result, StorageError};

/// A value as the JSON text of a column.
fn json<T: serde::Serialize + ?Sized>(table: &'static str, value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| StorageError::corrupt(table, e.to_string()))
}

/// A column's JSON text as a value, or the row is reported corrupt.
fn parsed<T: serde::de::DeserializeOwned>(
    table: &'static str,
    id: i64,
    column: &str,
    text: &str,
) -> Result<T> {
    serde_json::from_str(text).map_err(|_| StorageError::corrupt(table, format!("id {id}: {column}")))
}
