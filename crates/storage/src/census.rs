//! The row count of every table, read from the database's own catalogue: what tests compare
//! before and after a refused request to prove it wrote nothing anywhere, including tables a
//! workflow added after the test was written.

use std::collections::BTreeMap;

use sea_orm::{ConnectionTrait, DbBackend, Statement};

use crate::{Result, StorageError, Store};

/// Table name → number of rows, for every table of the schema (migration bookkeeping included).
/// Two statements: the catalogue, then one `UNION ALL` of counts.
pub async fn row_counts(store: &Store) -> Result<BTreeMap<String, i64>> {
    let backend = store.db.get_database_backend();
    let catalogue = match backend {
        DbBackend::Postgres => {
            "SELECT table_name FROM information_schema.tables \
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
        }
        _ => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
        }
    };
    let rows = store.db.query_all_raw(Statement::from_string(backend, catalogue)).await?;
    let names = rows
        .iter()
        .map(|row| row.try_get_by_index::<String>(0))
        .collect::<std::result::Result<Vec<_>, _>>()?;
    if names.is_empty() {
        return Ok(BTreeMap::new());
    }
    // The names come from the catalogue, not from a caller; quoting keeps any of them an
    // identifier.
    let counts = names
        .iter()
        .map(|name| {
            let quoted = name.replace('"', "\"\"");
            format!(
                "SELECT '{}' AS t, CAST(COUNT(*) AS BIGINT) AS n FROM \"{quoted}\"",
                name.replace('\'', "''")
            )
        })
        .collect::<Vec<_>>()
        .join(" UNION ALL ");
    let rows = store.db.query_all_raw(Statement::from_string(backend, counts)).await?;
    rows.iter()
        .map(|row| Ok((row.try_get_by_index::<String>(0)?, row.try_get_by_index::<i64>(1)?)))
        .collect::<std::result::Result<BTreeMap<_, _>, sea_orm::DbErr>>()
        .map_err(StorageError::from)
}
