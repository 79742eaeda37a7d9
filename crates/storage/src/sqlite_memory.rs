//! SQLite's own heap in this process, read from the library's memory statistics: what the
//! embedded database holds in page caches, prepared statements and parsed schemas, which the
//! process's resident set includes but cannot tell apart from the server's own allocations.

/// SQLite's allocations in this process, in bytes. The figures are the library's, shared by
/// every connection of every pool in the process (SQLite keeps one count per process).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SqliteMemory {
    /// Bytes SQLite has allocated and not freed.
    pub used: i64,
    /// The most `used` has been since the process started.
    pub highwater: i64,
    /// The part of `used` that holds cached database pages (no page-cache buffer is configured,
    /// so every page is an allocation of its own and counts here).
    pub page_cache: i64,
}

/// Reads SQLite's memory statistics now. A statistic SQLite cannot report reads as zero.
pub fn sqlite_memory() -> SqliteMemory {
    let (used, highwater) = status(libsqlite3_sys::SQLITE_STATUS_MEMORY_USED);
    let (page_cache, _) = status(libsqlite3_sys::SQLITE_STATUS_PAGECACHE_OVERFLOW);
    SqliteMemory { used, highwater, page_cache }
}

/// One of SQLite's process-wide statistics: its current value and its high-water mark.
#[allow(unsafe_code)]
fn status(op: std::os::raw::c_int) -> (i64, i64) {
    let (mut current, mut highwater) = (0_i64, 0_i64);
    // SAFETY: `sqlite3_status64` is thread-safe in the library's serialized build (sqlx links it
    // with SQLITE_THREADSAFE=1), only writes through the two pointers it is given, which point
    // at live locals, and leaves the statistic as it is when the last argument is 0.
    let code = unsafe { libsqlite3_sys::sqlite3_status64(op, &mut current, &mut highwater, 0) };
    if code == libsqlite3_sys::SQLITE_OK { (current, highwater) } else { (0, 0) }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The statistics move with SQLite's own allocations: a connection opened and a table
    /// written raise `used`, and the high-water mark is never below it.
    #[tokio::test]
    async fn sqlite_memory_follows_an_open_database() {
        let before = sqlite_memory();
        let store = crate::Store::connect(crate::StoreOptions::new("sqlite::memory:")).await;
        let store = match store {
            Ok(store) => store,
            Err(error) => panic!("an in-memory database opens: {error}"),
        };
        let during = sqlite_memory();
        assert!(during.used > before.used, "{before:?} → {during:?}");
        assert!(during.highwater >= during.used, "{during:?}");
        assert!(during.page_cache >= 0 && during.page_cache <= during.used, "{during:?}");
        drop(store);
    }

    /// With a soft heap limit SQLite's heap stays near it however much is read: a scan of
    /// 12 MB through one connection, whose own cache could hold 2 MB (the default `cache_size`),
    /// leaves the high-water mark near the 1 MiB limit (1.07 MB measured) — without the limit
    /// the same test reached 2.22 MB, the connection's full cache.
    #[tokio::test]
    async fn the_soft_heap_limit_bounds_the_page_caches() {
        let path = std::env::temp_dir().join(format!("oversight-heap-limit-{}.db", std::process::id()));
        let mut options = crate::StoreOptions::new(format!("sqlite://{}?mode=rwc", path.display()));
        options.max_connections = 1;
        options.sqlite_heap_limit_bytes = Some(1024 * 1024);
        let store = match crate::Store::connect(options).await {
            Ok(store) => store,
            Err(error) => panic!("a file database opens: {error}"),
        };
        let scanned = fill_and_scan(&store).await;
        let after = sqlite_memory();
        drop(store);
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
        assert_eq!(scanned, 12_000 * 1024);
        assert!(after.highwater < 1536 * 1024, "{after:?}");
    }

    /// Writes 12,000 rows of 1 KiB in one statement, then reads them all back: the bytes read.
    async fn fill_and_scan(store: &crate::Store) -> i64 {
        use sea_orm::{ConnectionTrait, Statement};
        let db = &store.db;
        let fill = "CREATE TABLE filler AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n \
                    WHERE i < 12000) SELECT i, randomblob(1024) AS payload FROM n";
        if let Err(error) = db.execute_unprepared(fill).await {
            panic!("filling: {error}");
        }
        let scan =
            Statement::from_string(db.get_database_backend(), "SELECT sum(length(payload)) FROM filler");
        match db.query_one_raw(scan).await {
            Ok(Some(row)) => row.try_get_by_index::<i64>(0).unwrap_or(0),
            other => panic!("scanning: {other:?}"),
        }
    }
}
