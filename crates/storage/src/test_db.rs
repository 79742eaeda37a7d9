//! Helpers for the test suites: a fresh PostgreSQL database per test. They live
//! here because only this crate may speak to the database directly.

use sea_orm::{ConnectionTrait, Database};

mod plans;
pub use plans::{QueryPlan, sqlite_plans};

use crate::Result;

/// Creates an empty database next to `base_url` (same server and user) and
/// returns its URL. Names start with `oversight_test_` so a test run can drop
/// leftovers of earlier runs with [`drop_test_databases`].
pub async fn fresh_postgres_database(base_url: &str) -> Result<String> {
    let name = format!("oversight_test_{}", uuid_like());
    let admin = Database::connect(base_url).await?;
    admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await?;
    admin.close().await?;
    Ok(replace_database(base_url, &name))
}

/// Drops a database made by [`fresh_postgres_database`], given its URL, closing whatever
/// connections are still open on it. Refuses any other name.
pub async fn drop_postgres_database(base_url: &str, database_url: &str) -> Result<()> {
    let name = database_url.rsplit('/').next().unwrap_or_default();
    let name = name.split('?').next().unwrap_or_default();
    if !name.starts_with("oversight_test_") || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        return Err(sea_orm::DbErr::Custom(format!("not a test database: {name:?}")).into());
    }
    let admin = Database::connect(base_url).await?;
    admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await?;
    admin.close().await?;
    Ok(())
}

/// Drops every database whose name starts with `oversight_test_`.
pub async fn drop_test_databases(base_url: &str) -> Result<usize> {
    let admin = Database::connect(base_url).await?;
    let rows = admin
        .query_all_raw(sea_orm::Statement::from_string(
            admin.get_database_backend(),
            "SELECT datname FROM pg_database WHERE datname LIKE 'oversight\\_test\\_%'",
        ))
        .await?;
    let mut dropped = 0;
    for row in rows {
        let name: String = row.try_get("", "datname")?;
        admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await?;
        dropped += 1;
    }
    admin.close().await?;
    Ok(dropped)
}

/// Runs one SQL statement as it is and returns the number of rows it touched. For tests that
/// must do what the application never does, e.g. edit an audit record to prove the chain
/// catches it.
pub async fn execute_raw(store: &crate::Store, sql: &str) -> Result<u64> {
    Ok(store.db.execute_unprepared(sql).await?.rows_affected())
}

/// SQLite's own check of a database file (`PRAGMA integrity_check`) on a connection of its own
/// to `url` (`sqlite://…?mode=ro` opens it read-only): `["ok"]` when the file is sound, else
/// each problem it found. The fault tests run it on a database whose disk filled up.
pub async fn sqlite_integrity_check(url: &str) -> Result<Vec<String>> {
    let db = Database::connect(url).await?;
    let statement = sea_orm::Statement::from_string(sea_orm::DbBackend::Sqlite, "PRAGMA integrity_check");
    let rows = db.query_all_raw(statement).await?;
    let findings = rows
        .iter()
        .map(|row| row.try_get_by_index::<String>(0))
        .collect::<std::result::Result<Vec<_>, _>>()?;
    db.close().await?;
    Ok(findings)
}

/// The value of a PostgreSQL setting as one connection sees it (a transaction's, or any of the
/// pool's), for tests of what the pool sets when it connects.
pub async fn postgres_setting(x: &impl crate::Executor, name: &str) -> Result<String> {
    let statement = sea_orm::Statement::from_sql_and_values(
        sea_orm::DbBackend::Postgres,
        "SELECT current_setting($1) AS value",
        [name.into()],
    );
    let row = x.executor().query_one_raw(statement).await?;
    let row = row.ok_or_else(|| sea_orm::DbErr::Custom("current_setting returned no row".to_owned()))?;
    Ok(row.try_get("", "value")?)
}

fn replace_database(url: &str, name: &str) -> String {
    let (without_query, query) = match url.split_once('?') {
        Some((head, query)) => (head, Some(query)),
        None => (url, None),
    };
    // postgres://user@host:port[/db]: the database is what follows the third slash.
    let base = match without_query.match_indices('/').nth(2) {
        Some((index, _)) => &without_query[..index],
        None => without_query,
    };
    match query {
        Some(query) => format!("{base}/{name}?{query}"),
        None => format!("{base}/{name}"),
    }
}

/// A unique-enough suffix from the clock and a process-wide counter.
fn uuid_like() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    format!("{}_{}_{}", std::process::id(), nanos, COUNTER.fetch_add(1, Ordering::SeqCst))
}

#[cfg(test)]
mod tests {
    use super::replace_database;

    #[test]
    fn database_name_is_replaced_or_added() {
        assert_eq!(
            replace_database("postgres://postgres@127.0.0.1:5432/postgres", "x"),
            "postgres://postgres@127.0.0.1:5432/x"
        );
        assert_eq!(
            replace_database("postgres://postgres@127.0.0.1:5432", "x"),
            "postgres://postgres@127.0.0.1:5432/x"
        );
        assert_eq!(
            replace_database("postgres://u@h/db?sslmode=disable", "x"),
            "postgres://u@h/x?sslmode=disable"
        );
    }
}
