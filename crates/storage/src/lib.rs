//! Storage: the only crate (with `migrations`) that knows sea-orm. It opens SQLite or
//! PostgreSQL through one code path, runs the migrations, and offers queries that take
//! and return domain types, so the layers above never see an ORM type.

pub mod attachment;
pub mod campaign;
pub mod draw;
pub mod enforcement;
pub mod enterprise_report;
mod entity;
pub mod generated_report;
pub mod inbox;
pub mod key_region;
pub mod linkage;
pub mod patrol;
pub mod registry;
pub mod reporting;
pub mod responsibility;
pub mod review;
pub mod risk;
pub mod rules;
pub mod spot_check;
pub mod testing;

pub mod archive;
pub mod audit;
pub mod calendar;
pub mod census;
pub mod notify;
pub mod page;
mod sql;
pub mod sqlite_memory;
pub mod test_db;
mod transition;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use oversight_migrations::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseExecutor, DatabaseTransaction,
    DbBackend, DbErr, RuntimeErr, SqlErr, SqliteTransactionMode, TransactionOptions, TransactionTrait,
};

pub use oversight_domain::access::{Scope, TaskScope};
pub use page::{Page, PageRequest};

/// A storage failure. Callers map `Conflict` to a user-facing code; everything else
/// is internal and must not reach a client verbatim.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// A unique constraint refused the write (e.g. a second enterprise with the
    /// same credit code that slipped past the application check in a race).
    #[error("unique constraint violated: {0}")]
    Conflict(String),
    /// A stored value no longer parses as its domain type: the database was
    /// edited outside the application.
    #[error("corrupt row in {table}: {message}")]
    Corrupt { table: &'static str, message: String },
    #[error("database error: {0}")]
    Database(#[from] DbErr),
    /// The attachment store (a directory or an S3-compatible service) failed.
    #[error("attachment store: {0}")]
    Blob(String),
    /// The attachment store refused a write for want of space (a local directory's disk full or
    /// over quota): `STORAGE_FULL`, like the database's own (docs/adr/0044).
    #[error("attachment store full: {0}")]
    BlobFull(String),
}

impl StorageError {
    fn from_write(err: DbErr) -> StorageError {
        match err.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(message)) => StorageError::Conflict(message),
            _ => StorageError::Database(err),
        }
    }

    /// Whether the database could not be reached: no connection within the acquire timeout,
    /// a connection refused or cut, or a PostgreSQL server shutting down or starting up. The
    /// same request may succeed once the database is back (`DATABASE_UNAVAILABLE`,
    /// docs/adr/0044).
    pub fn is_unavailable(&self) -> bool {
        let StorageError::Database(err) = self else { return false };
        match err {
            DbErr::ConnectionAcquire(_) => true,
            DbErr::Conn(runtime) | DbErr::Exec(runtime) | DbErr::Query(runtime) => {
                matches!(runtime, RuntimeErr::SqlxError(sqlx) if sqlx_unavailable(sqlx))
            }
            _ => false,
        }
    }

    /// Whether the database refused a write for want of space: SQLite's `SQLITE_FULL` (its
    /// disk, or `max_page_count`) or PostgreSQL's `disk_full` (SQLSTATE 53100). The
    /// transaction did not commit; the same request may succeed once an operator has made room
    /// (`STORAGE_FULL`, docs/adr/0044).
    pub fn is_full(&self) -> bool {
        let err = match self {
            StorageError::BlobFull(_) => return true,
            StorageError::Database(err) => err,
            _ => return false,
        };
        match err {
            DbErr::Conn(runtime) | DbErr::Exec(runtime) | DbErr::Query(runtime) => {
                matches!(runtime, RuntimeErr::SqlxError(sqlx) if sqlx_full(sqlx))
            }
            _ => false,
        }
    }

    /// An attachment store's failure: [`StorageError::BlobFull`] when an I/O error anywhere in
    /// its chain of causes says the disk is full or over quota (object_store wraps the local
    /// filesystem's `io::Error` in errors of its own).
    pub(crate) fn blob(err: impl std::error::Error + 'static) -> StorageError {
        let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(&err);
        while let Some(current) = cause {
            if let Some(io) = current.downcast_ref::<std::io::Error>()
                && matches!(io.kind(), std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded)
            {
                return StorageError::BlobFull(err.to_string());
            }
            cause = current.source();
        }
        StorageError::Blob(err.to_string())
    }

    pub(crate) fn corrupt(table: &'static str, message: impl std::fmt::Display) -> StorageError {
        StorageError::Corrupt { table, message: message.to_string() }
    }
}

/// The sqlx failures that mean "no database to talk to", as opposed to a statement it refused.
fn sqlx_unavailable(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::Io(_) | sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed => true,
        // SQLSTATE class 08 (connection exception) and 57P01–57P03 (admin shutdown, crash
        // shutdown, cannot connect now: a server stopping or still starting).
        sqlx::Error::Database(database) => database.code().is_some_and(|code| {
            code.starts_with("08") || matches!(code.as_ref(), "57P01" | "57P02" | "57P03")
        }),
        _ => false,
    }
}

/// The sqlx failures that mean "no room left to write". sqlx reports SQLite's extended result
/// code as the error's code (`SQLITE_FULL` is 13 and has no extended variants) and PostgreSQL's
/// SQLSTATE; a five-character SQLSTATE never reads `13`. PostgreSQL's other class-53 states
/// (out of memory, too many connections, a configured limit) are not a full store and stay
/// internal.
fn sqlx_full(err: &sqlx::Error) -> bool {
    const SQLITE_FULL: &str = "13";
    const POSTGRES_DISK_FULL: &str = "53100";
    match err {
        sqlx::Error::Database(database) => {
            database.code().is_some_and(|code| matches!(code.as_ref(), SQLITE_FULL | POSTGRES_DISK_FULL))
        }
        _ => false,
    }
}

pub type Result<T, E = StorageError> = std::result::Result<T, E>;

/// A region code read back from `table`'s `column`: codes are parsed before they are written, so
/// one that no longer parses is corruption, not bad input.
pub(crate) fn stored_region(
    table: &'static str,
    column: &str,
    code: &str,
) -> Result<oversight_domain::RegionCode> {
    oversight_domain::RegionCode::parse(code)
        .map_err(|_| StorageError::corrupt(table, format!("{column} {code}")))
}

/// Counts the SQL statements sent to the database. Tests use it to prove that a
/// GraphQL page costs a constant number of statements (no N+1).
#[derive(Debug, Clone, Default)]
pub struct StatementCounter(Arc<AtomicU64>);

impl StatementCounter {
    pub fn get(&self) -> u64 {
        self.0.load(Ordering::SeqCst)
    }
}

/// How to open the database.
#[derive(Debug, Clone)]
pub struct StoreOptions {
    /// `sqlite://path?mode=rwc`, `sqlite::memory:` or `postgres://…`.
    pub url: String,
    pub max_connections: u32,
    /// When set, every statement increments it.
    pub statement_counter: Option<StatementCounter>,
    /// How long a statement waits for a connection (and a new connection for the database)
    /// before failing as unavailable: while PostgreSQL is down, sqlx retries a refused
    /// connection until this deadline, so it is how long a request can hang (docs/adr/0044).
    pub acquire_timeout: Duration,
    /// SQLite only: the soft limit on SQLite's heap, process-wide (`PRAGMA soft_heap_limit`).
    /// Past it SQLite recycles its page caches' pages instead of allocating more, so the pool's
    /// caches share one budget instead of each filling its own `cache_size` (docs/adr/0044
    /// "Soak"). `None`: no limit.
    pub sqlite_heap_limit_bytes: Option<u64>,
}

impl StoreOptions {
    pub fn new(url: impl Into<String>) -> StoreOptions {
        StoreOptions {
            url: url.into(),
            max_connections: 10,
            statement_counter: None,
            acquire_timeout: DEFAULT_ACQUIRE_TIMEOUT,
            sqlite_heap_limit_bytes: None,
        }
    }
}

/// The default of [`StoreOptions::acquire_timeout`]: long enough for a busy pool to hand a
/// connection on, short enough that a client learns of a database outage in seconds.
pub const DEFAULT_ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);

/// Which database engine a store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A pool of connections to the database. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Store {
    db: DatabaseConnection,
    /// Kept for connections outside the pool (the PostgreSQL notification listener).
    url: String,
    /// The pool's ceiling, reported beside its current size.
    max_connections: u32,
}

/// Whether a SQLite connection coming back to the pool may be lent again: only when sqlx counts
/// no transaction open on it. Otherwise it is closed (SQLite rolls back whatever is open).
///
/// Why: when SQLite itself ends a transaction on an error — a `COMMIT` refused with
/// `SQLITE_FULL` rolls the whole transaction back — sqlx does not notice: its count stays at one
/// and the `ROLLBACK` sent on drop fails ("no transaction is active"). Lent again, such a
/// connection starts the next transaction with `SAVEPOINT` instead of `BEGIN IMMEDIATE`
/// (deferred, so it can fail with "database is locked"), and after one more error it is left
/// inside a transaction that never commits: writes were acknowledged that no other connection
/// ever saw (found by `e2e::faults::full_disk`, docs/adr/0044). A connection counting none is
/// lent again at once (every committed transaction and lone statement: no round trip on that
/// path); one still counting a transaction is pinged first, which lets a rollback queued on drop
/// run, so an ordinary rollback does not cost the connection.
fn release_only_outside_transaction(
    connection: &mut sea_orm::sqlx::SqliteConnection,
    _: sqlx::pool::PoolConnectionMetadata,
) -> futures_util::future::BoxFuture<'_, Result<bool, sqlx::Error>> {
    use sqlx::Connection;
    Box::pin(async move {
        if !connection.is_in_transaction() {
            return Ok(true);
        }
        connection.ping().await?;
        Ok(!connection.is_in_transaction())
    })
}

/// How the connection pool stands at one moment (the metrics' gauges).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolStatus {
    /// Connections open and lent out to a statement or transaction.
    pub in_use: u32,
    /// Connections open and waiting in the pool.
    pub idle: u32,
    /// The most the pool opens.
    pub max: u32,
}

impl Store {
    /// Opens the database. For SQLite, foreign keys are switched on and the
    /// journal is WAL so readers do not block the writer.
    pub async fn connect(options: StoreOptions) -> Result<Store> {
        let mut connect = ConnectOptions::new(options.url.clone());
        let is_memory_sqlite = options.url.starts_with("sqlite::memory:");
        let max_connections = if is_memory_sqlite { 1 } else { options.max_connections };
        connect
            .max_connections(max_connections)
            .min_connections(if is_memory_sqlite { 1 } else { 0 })
            .connect_timeout(options.acquire_timeout)
            .acquire_timeout(options.acquire_timeout)
            .sqlx_logging(false)
            // PostgreSQL's JIT compiles a statement whose estimated cost passes `jit_above_cost`:
            // the bulk risk recompute's batch (eleven correlated counts per row) ran in 18 ms and
            // spent 645 ms compiling, every batch. Nothing here is an analytic query long enough
            // to repay compilation, so every connection of the pool starts with it off.
            .map_sqlx_postgres_opts(|options| options.options([("jit", "off")]))
            .map_sqlx_sqlite_pool_opts(|pool| pool.after_release(release_only_outside_transaction));
        if let Some(limit) = options.sqlite_heap_limit_bytes {
            // Every new connection sets it again: the limit is the library's, one per process, so
            // this is idempotent, and it holds however the pool's connections come and go.
            connect.map_sqlx_sqlite_opts(move |sqlite| sqlite.pragma("soft_heap_limit", limit.to_string()));
        }
        if is_memory_sqlite {
            // An in-memory SQLite database lives as long as its one connection.
            connect.idle_timeout(Duration::from_secs(u64::MAX / 4)).max_lifetime(None);
        }
        let mut db = Database::connect(connect).await?;
        if db.get_database_backend() == DbBackend::Sqlite {
            db.execute_unprepared("PRAGMA foreign_keys = ON").await?;
            if !is_memory_sqlite {
                db.execute_unprepared("PRAGMA journal_mode = WAL").await?;
            }
        }
        if let Some(counter) = options.statement_counter {
            db.set_metric_callback(move |_info| {
                counter.0.fetch_add(1, Ordering::SeqCst);
            });
        }
        Ok(Store { db, url: options.url, max_connections })
    }

    /// The pool's open connections, in use and idle, read from sqlx's pool without a
    /// statement (so a scrape costs the database nothing).
    pub fn pool_status(&self) -> PoolStatus {
        let (size, idle) = match &self.db.inner {
            sea_orm::DatabaseConnectionType::SqlxPostgresPoolConnection(_) => {
                let pool = self.db.get_postgres_connection_pool();
                (pool.size(), pool.num_idle())
            }
            sea_orm::DatabaseConnectionType::SqlxSqlitePoolConnection(_) => {
                let pool = self.db.get_sqlite_connection_pool();
                (pool.size(), pool.num_idle())
            }
            _ => (0, 0),
        };
        let idle = u32::try_from(idle).unwrap_or(u32::MAX).min(size);
        PoolStatus { in_use: size - idle, idle, max: self.max_connections }
    }

    /// SQLite's own heap (page caches, prepared statements, schemas) when this store is a
    /// SQLite database; none on PostgreSQL, whose memory is its server's.
    pub fn sqlite_memory(&self) -> Option<sqlite_memory::SqliteMemory> {
        (self.backend() == Backend::Sqlite).then(sqlite_memory::sqlite_memory)
    }

    pub fn backend(&self) -> Backend {
        match self.db.get_database_backend() {
            DbBackend::Postgres => Backend::Postgres,
            _ => Backend::Sqlite,
        }
    }

    /// Refreshes the query planner's statistics after a bulk load: PostgreSQL `ANALYZE` (which
    /// autovacuum would otherwise run only some time later; until then its estimates are those
    /// of empty tables). Nothing on SQLite, which plans without statistics: its per-enterprise
    /// lookups are kept on their indexes by the plan test instead (`e2e::plans`, docs/adr/0037
    /// decision 8).
    pub async fn analyze(&self) -> Result<()> {
        if self.backend() == Backend::Postgres {
            self.db.execute_unprepared("ANALYZE").await?;
        }
        Ok(())
    }

    /// Applies every pending migration.
    pub async fn migrate_up(&self) -> Result<()> {
        Migrator::up(&self.db, None).await?;
        Ok(())
    }

    /// Rolls back the last `steps` migrations.
    pub async fn migrate_down(&self, steps: u32) -> Result<()> {
        Migrator::down(&self.db, Some(steps)).await?;
        Ok(())
    }

    /// The name and state of every known migration.
    pub async fn migration_status(&self) -> Result<Vec<(String, bool)>> {
        let applied: Vec<String> =
            Migrator::get_applied_migrations(&self.db).await?.iter().map(|m| m.name().to_owned()).collect();
        Ok(Migrator::migrations()
            .iter()
            .map(|m| {
                let name = m.name().to_owned();
                let done = applied.contains(&name);
                (name, done)
            })
            .collect())
    }

    /// PostgreSQL: lets `role` (the server's login) read and write the tables but
    /// own none of them — no DDL, no disabling triggers — and only append to the
    /// audit trail. Run as the owner after migrating.
    pub async fn grant_app_role(&self, role: &str) -> Result<()> {
        let valid = !role.is_empty()
            && role.len() <= 63
            && role.chars().next().is_some_and(|c| c.is_ascii_lowercase() || c == '_')
            && role.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !valid {
            return Err(StorageError::Corrupt {
                table: "role",
                message: format!("{role:?} is not a plain lower-case role name"),
            });
        }
        if self.backend() != Backend::Postgres {
            return Ok(());
        }
        let statements = [
            format!("GRANT USAGE ON SCHEMA public TO {role}"),
            format!("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}"),
            format!("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}"),
            // The audit trail is append-only for the server; its head row moves.
            format!(
                "REVOKE UPDATE, DELETE, TRUNCATE ON audit_record, audit_subject, audit_anchor FROM {role}"
            ),
            format!("REVOKE DELETE, TRUNCATE ON audit_head FROM {role}"),
            // Migrations are the owner's business.
            format!("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON seaql_migrations FROM {role}"),
        ];
        for statement in statements {
            self.db.execute_unprepared(&statement).await?;
        }
        Ok(())
    }

    /// Runs a trivial statement; used by the readiness probe.
    pub async fn ping(&self) -> Result<()> {
        self.db.ping().await?;
        Ok(())
    }

    /// Starts a transaction. Every use case writes its fact and its archive event
    /// inside one, so a failure leaves nothing behind.
    ///
    /// On SQLite every transaction here is a write transaction, so it starts as one
    /// (`BEGIN IMMEDIATE`): a deferred one that read first and then tried to write
    /// would fail with "database is locked" whenever another writer committed in
    /// between, instead of waiting its turn.
    pub async fn begin(&self) -> Result<Tx> {
        let txn = match self.db.get_database_backend() {
            DbBackend::Sqlite => {
                let options = TransactionOptions {
                    sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                    ..Default::default()
                };
                self.db.begin_with_options(options).await?
            }
            _ => self.db.begin().await?,
        };
        Ok(Tx { txn })
    }

    pub async fn close(self) -> Result<()> {
        self.db.close().await?;
        Ok(())
    }
}

/// An open transaction; dropped without `commit` it rolls back.
#[derive(Debug)]
pub struct Tx {
    txn: DatabaseTransaction,
}

impl Tx {
    pub async fn commit(self) -> Result<()> {
        self.txn.commit().await?;
        Ok(())
    }
}

/// Something queries can run on: the pool or an open transaction. Implemented only
/// here; callers just pass `&store` or `&tx`.
pub trait Executor: private::Sealed {
    #[doc(hidden)]
    fn executor(&self) -> DatabaseExecutor<'_>;
}

impl Executor for Store {
    fn executor(&self) -> DatabaseExecutor<'_> {
        DatabaseExecutor::Connection(&self.db)
    }
}

impl Executor for Tx {
    fn executor(&self) -> DatabaseExecutor<'_> {
        DatabaseExecutor::Transaction(&self.txn)
    }
}

mod private {
    pub trait Sealed {}
    impl Sealed for super::Store {}
    impl Sealed for super::Tx {}
}

/// The rows of the `enterprise` table inside a read scope.
pub(crate) fn enterprise_in_scope(scope: &Scope) -> sea_orm::Condition {
    use sea_orm::ColumnTrait;
    match scope {
        Scope::Everything => sea_orm::Condition::all(),
        Scope::Within(region) => {
            let (low, high) = region.range();
            sea_orm::Condition::all().add(entity::enterprise::Column::RegionCode.between(low, high))
        }
        Scope::Enterprise(id) => sea_orm::Condition::all().add(entity::enterprise::Column::Id.eq(id.get())),
        Scope::Nothing => nothing(),
    }
}

/// Rows of another table whose `enterprise_column` points into the scope: one
/// semi-join in the same statement, so scoping costs no extra round trip.
pub(crate) fn owned_in_scope(
    enterprise_column: impl sea_orm::ColumnTrait,
    scope: &Scope,
) -> sea_orm::Condition {
    use sea_orm::{EntityTrait, QueryFilter, QuerySelect, QueryTrait};
    match scope {
        Scope::Everything => sea_orm::Condition::all(),
        Scope::Nothing => nothing(),
        Scope::Enterprise(id) => sea_orm::Condition::all().add(enterprise_column.eq(id.get())),
        Scope::Within(_) => sea_orm::Condition::all().add(
            enterprise_column.in_subquery(
                entity::enterprise::Entity::find()
                    .select_only()
                    .column(entity::enterprise::Column::Id)
                    .filter(enterprise_in_scope(scope))
                    .into_query(),
            ),
        ),
    }
}

/// The same scope as [`owned_in_scope`], for statements already bounded by a short list of
/// ids (DataLoader batches, lookups by id or number): a correlated `EXISTS` that checks each
/// candidate row with one primary-key probe of `enterprise`.
///
/// Why not the semi-join: next to `id IN (…)`, SQLite without statistics drives the plan
/// from the `enterprise_id` index over the whole jurisdiction's enterprise list — measured
/// 2 s for 100 licenses in a province of 100,000 enterprises, 0.3 ms with this form. Pages
/// and counts keep the semi-join, where a small jurisdiction's list is what should drive.
pub(crate) fn owned_rows_in_scope<C>(enterprise_column: C, scope: &Scope) -> sea_orm::Condition
where
    C: sea_orm::ColumnTrait,
{
    use sea_orm::EntityName;
    use sea_orm::sea_query::{Expr, ExprTrait, Query};
    match scope {
        Scope::Within(_) => {
            let enterprise = entity::enterprise::Entity;
            let probe = Query::select()
                .expr(Expr::val(1))
                .from(enterprise.table_ref())
                .and_where(
                    Expr::col((enterprise, entity::enterprise::Column::Id))
                        .equals((enterprise_column.entity_name(), enterprise_column.as_str())),
                )
                .cond_where(enterprise_in_scope(scope))
                .to_owned();
            sea_orm::Condition::all().add(Expr::exists(probe))
        }
        other => owned_in_scope(enterprise_column, other),
    }
}

/// A condition no row meets (written out: an empty OR renders differently per backend).
fn nothing() -> sea_orm::Condition {
    use sea_orm::sea_query::{Expr, ExprTrait};
    sea_orm::Condition::all().add(Expr::val(1).eq(0))
}

/// Escapes `%`, `_` and the escape character itself for a LIKE pattern.
pub(crate) fn like_escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for ch in text.chars() {
        if matches!(ch, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(ch);
    }
    escaped
}

/// A value as the JSON text of a column of `table`.
pub(crate) fn json<T: serde::Serialize + ?Sized>(table: &'static str, value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| StorageError::corrupt(table, e.to_string()))
}

/// A JSON column's text as a value, or the row (`id` of `table`) is reported corrupt.
pub(crate) fn parsed<T: serde::de::DeserializeOwned>(
    table: &'static str,
    id: i64,
    column: &str,
    text: &str,
) -> Result<T> {
    serde_json::from_str(text).map_err(|_| StorageError::corrupt(table, format!("id {id}: {column}")))
}

/// Keys bound in one `IN (…)` read of a bulk check (credit codes, license numbers): well under
/// SQLite's bind limit, and few statements for a file of a hundred thousand rows.
pub(crate) const KEYS_PER_STATEMENT: usize = 5_000;

/// The most bound parameters one statement carries. SQLite refuses more than 32,766 (its
/// default `SQLITE_MAX_VARIABLE_NUMBER` since 3.32; PostgreSQL's limit is 65,535), so multi-row
/// writes are cut into statements of at most this many values.
pub(crate) const MAX_BIND_PARAMETERS: usize = 32_766;

/// Inserts `rows` with as few multi-row `INSERT`s as the parameter limit allows, without
/// reading anything back: `columns` is how many values each row binds. Ids are not returned —
/// callers that need them must not use this (SQLite reports only the last id of a multi-row
/// insert).
pub(crate) async fn insert_rows<A>(tx: &Tx, rows: Vec<A>, columns: usize) -> Result<()>
where
    A: sea_orm::ActiveModelTrait + Send,
{
    use sea_orm::EntityTrait;
    let per_statement = (MAX_BIND_PARAMETERS / columns.max(1)).max(1);
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<A> = rows.by_ref().take(per_statement).collect();
        <A::Entity as EntityTrait>::insert_many(chunk)
            .exec_without_returning(&tx.executor())
            .await
            .map_err(StorageError::from_write)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use sea_orm::{ConnAcquireErr, DbErr, RuntimeErr};

    use super::StorageError;

    /// Which failures are an unreachable database (`DATABASE_UNAVAILABLE`) and which stay internal.
    #[test]
    fn unavailable_is_a_database_out_of_reach() {
        let io = || Arc::new(sqlx::Error::Io(std::io::Error::from(std::io::ErrorKind::ConnectionRefused)));
        let cases: [(DbErr, bool); 7] = [
            (DbErr::ConnectionAcquire(ConnAcquireErr::Timeout), true),
            (DbErr::ConnectionAcquire(ConnAcquireErr::ConnectionClosed), true),
            (DbErr::Conn(RuntimeErr::SqlxError(io())), true),
            (DbErr::Exec(RuntimeErr::SqlxError(Arc::new(sqlx::Error::PoolTimedOut))), true),
            (DbErr::Query(RuntimeErr::SqlxError(io())), true),
            (DbErr::Query(RuntimeErr::SqlxError(Arc::new(sqlx::Error::RowNotFound))), false),
            (DbErr::Custom("a statement refused".to_owned()), false),
        ];
        for (err, unavailable) in cases {
            let shown = err.to_string();
            assert_eq!(StorageError::Database(err).is_unavailable(), unavailable, "{shown}");
        }
        assert!(!StorageError::Conflict("unique".to_owned()).is_unavailable());
    }

    /// A database error as a driver reports it: a message and a code (SQLite's extended result
    /// code, PostgreSQL's SQLSTATE).
    #[derive(Debug)]
    struct Coded(&'static str);

    impl std::fmt::Display for Coded {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "database error {}", self.0)
        }
    }

    impl std::error::Error for Coded {}

    impl sqlx::error::DatabaseError for Coded {
        fn message(&self) -> &str {
            "database error"
        }

        fn code(&self) -> Option<std::borrow::Cow<'_, str>> {
            Some(self.0.into())
        }

        fn as_error(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
            self
        }

        fn as_error_mut(&mut self) -> &mut (dyn std::error::Error + Send + Sync + 'static) {
            self
        }

        fn into_error(self: Box<Self>) -> Box<dyn std::error::Error + Send + Sync + 'static> {
            self
        }

        fn kind(&self) -> sqlx::error::ErrorKind {
            sqlx::error::ErrorKind::Other
        }
    }

    /// Which failures are a full store (`STORAGE_FULL`): SQLite's `SQLITE_FULL` and PostgreSQL's
    /// `disk_full`, however sea-orm wrapped them; not the other resource states, not a busy or
    /// corrupt SQLite database, not an unreachable one — and a full store is not "unavailable".
    #[test]
    fn full_is_no_room_to_write() {
        let coded = |code: &'static str| Arc::new(sqlx::Error::Database(Box::new(Coded(code))));
        let cases: [(DbErr, bool); 11] = [
            (DbErr::Exec(RuntimeErr::SqlxError(coded("13"))), true),
            (DbErr::Query(RuntimeErr::SqlxError(coded("13"))), true),
            (DbErr::Conn(RuntimeErr::SqlxError(coded("13"))), true),
            (DbErr::Exec(RuntimeErr::SqlxError(coded("53100"))), true),
            // SQLITE_BUSY, SQLITE_CORRUPT, SQLITE_IOERR_WRITE: not a full disk.
            (DbErr::Exec(RuntimeErr::SqlxError(coded("5"))), false),
            (DbErr::Exec(RuntimeErr::SqlxError(coded("11"))), false),
            (DbErr::Exec(RuntimeErr::SqlxError(coded("778"))), false),
            // PostgreSQL out of memory, too many connections, a unique violation.
            (DbErr::Query(RuntimeErr::SqlxError(coded("53200"))), false),
            (DbErr::Query(RuntimeErr::SqlxError(coded("53300"))), false),
            (DbErr::Query(RuntimeErr::SqlxError(coded("23505"))), false),
            (DbErr::Custom("13".to_owned()), false),
        ];
        for (err, full) in cases {
            let shown = err.to_string();
            let err = StorageError::Database(err);
            assert_eq!(err.is_full(), full, "{shown}");
            assert!(!(err.is_full() && err.is_unavailable()), "{shown}");
        }
        assert!(!StorageError::Conflict("unique".to_owned()).is_full());
        assert!(!StorageError::Blob("disk full".to_owned()).is_full());
    }

    /// An attachment store's write refused for want of space is `STORAGE_FULL` however deep the
    /// `io::Error` sits (the local store wraps it twice); other I/O failures are not.
    #[test]
    fn a_full_attachment_store_is_full() {
        use std::io::{Error, ErrorKind};
        /// As object_store's local store reports a failed write: its own error, the I/O error
        /// as its source.
        #[derive(Debug, thiserror::Error)]
        #[error("unable to copy data to file: {0}")]
        struct Local(#[source] Error);
        let wrapped = |kind: ErrorKind| object_store::Error::Generic {
            store: "LocalFileSystem",
            source: Box::new(Local(Error::from(kind))),
        };
        let cases = [
            (StorageError::blob(Error::from(ErrorKind::StorageFull)), true),
            (StorageError::blob(Error::from(ErrorKind::QuotaExceeded)), true),
            (StorageError::blob(wrapped(ErrorKind::StorageFull)), true),
            (StorageError::blob(Error::from(ErrorKind::PermissionDenied)), false),
            (StorageError::blob(wrapped(ErrorKind::NotFound)), false),
        ];
        for (err, full) in cases {
            assert_eq!(err.is_full(), full, "{err}");
            assert!(!err.is_unavailable(), "{err}");
        }
    }
}
