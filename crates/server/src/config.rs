//! Configuration: defaults, then an optional TOML file, then `OVERSIGHT_*`
//! environment variables, then command-line flags — each overriding the last.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use oversight_app::identity::VerificationKey;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The default pool size on SQLite (see [`Config::pool_size`]).
pub const SQLITE_POOL_SIZE: u32 = 4;
/// The default pool size on PostgreSQL.
pub const POSTGRES_POOL_SIZE: u32 = 10;
/// The default soft limit on SQLite's heap, in MiB (see [`Config::sqlite_heap_limit_mb`]).
pub const SQLITE_HEAP_LIMIT_MB: u64 = 8;

/// A limit set in MiB as bytes; 0, the settings' "no limit", is none.
fn mebibytes_or_none(mebibytes: u64) -> Option<u64> {
    Some(mebibytes.saturating_mul(1024 * 1024)).filter(|bytes| *bytes > 0)
}

/// Everything the server reads at start.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Address to listen on.
    pub bind: String,
    /// `sqlite://path?mode=rwc` (default, created on first start) or `postgres://…`.
    pub database_url: String,
    /// PostgreSQL: the table owner's URL, used only to migrate at start, so the
    /// server itself connects as a role that owns nothing (`database_url`).
    pub migration_database_url: Option<String>,
    /// The database pool's size; unset, [`Config::pool_size`] picks one for the database.
    pub max_connections: Option<u32>,
    /// Seconds a request waits for a database connection before it fails with
    /// `DATABASE_UNAVAILABLE` (docs/adr/0044): the longest a request hangs while the database is
    /// down, and the readiness probe's bound too.
    pub database_acquire_timeout_secs: u64,
    /// SQLite: the soft limit on SQLite's heap (page caches, statements, schemas), in MiB, for
    /// the whole process; 0: none. Past it SQLite reuses cached pages instead of allocating
    /// more, so memory stays flat however long the server runs (docs/adr/0044, "Soak").
    pub sqlite_heap_limit_mb: u64,
    /// HTTP worker threads (default: one per core).
    pub workers: Option<usize>,
    /// Largest request body, in bytes.
    pub max_body_bytes: usize,
    /// Deepest query accepted.
    pub max_depth: usize,
    /// Most expensive query accepted (async-graphql complexity).
    pub max_complexity: usize,
    /// Seconds in-flight requests get to finish after SIGTERM/SIGINT.
    pub shutdown_timeout_secs: u64,
    /// Log filter, e.g. `info` or `oversight=debug,info`.
    pub log: String,
    /// `text` (for people) or `json` (one object per line, for a log pipeline); either way a
    /// request's lines carry its request id.
    pub log_format: LogFormat,
    /// Where Prometheus scrapes `/metrics`: a listener of its own, apart from the API (keep it
    /// off the public network). Unset: no metrics listener.
    pub metrics_listen: Option<String>,
    /// Shared secret for HS256 tokens (at least 32 bytes).
    pub jwt_hs256_secret: Option<String>,
    /// PEM public key of an identity provider (with `jwt_algorithm` RS256 or ES256).
    pub jwt_public_key_file: Option<PathBuf>,
    pub jwt_algorithm: Option<String>,
    /// JWKS document of an identity provider; the token's `kid` selects the key.
    pub jwks_file: Option<PathBuf>,
    /// When set, tokens must carry this `iss`.
    pub jwt_issuer: Option<String>,
    /// When set, tokens must carry this `aud`.
    pub jwt_audience: Option<String>,
    /// Requests per second each principal may make on average …
    pub rate_limit_per_second: u32,
    /// … and how many it may make at once.
    pub rate_limit_burst: u32,
    /// Public license lookups (`/public/licenses/{number}`) each client address may make per
    /// minute on average …
    pub public_lookups_per_minute: u32,
    /// … and how many at once.
    pub public_lookup_burst: u32,
    /// Take the client address of public lookups from `X-Forwarded-For`/`Forwarded`: only
    /// behind a reverse proxy that sets them.
    pub trust_forwarded_for: bool,
    /// Seconds between checks of an open subscription's credential: an expired token, a
    /// deactivated officer or a revoked API key is disconnected within this time.
    pub subscription_recheck_secs: u64,
    /// Most requests in one batch (a JSON array body).
    pub max_batch: usize,
    /// Most aliases in one operation (fragments counted where spread).
    pub max_aliases: usize,
    /// Most root fields in one operation.
    pub max_root_fields: usize,
    /// Production: introspection and field suggestions off.
    pub production: bool,
    /// A JSON file `{ "<sha256 hex>": "<query>" }`: when set, only these documents run.
    pub safelist_file: Option<PathBuf>,
    /// Send Strict-Transport-Security (only behind TLS).
    pub hsts: bool,
    /// Directory of industry plugin libraries loaded at start.
    pub plugins_dir: PathBuf,
    /// SHA-256 pins of the approved plugin files (`oversight plugins pin`).
    pub plugins_lock: PathBuf,
    /// Development only: load plugin files that are not pinned (or changed).
    pub plugins_allow_unpinned: bool,
    /// The plugin publishers whose signatures (`<file>.sig`) are trusted: ed25519 public keys, 64
    /// hex characters each (`oversight plugins keygen` prints one).
    pub plugins_publisher_keys: Vec<String>,
    /// Refuse a plugin file without a trusted publisher's signature.
    pub plugins_require_signatures: bool,
    /// Where plugin code runs (docs/adr/0045): `process` (each plugin in worker processes the
    /// server supervises, with the limits below) or `in_process` (inside the server: development
    /// and benchmarks only — a crash in a plugin is then the server's).
    pub plugin_isolation: PluginIsolation,
    /// Isolated plugins: the longest one call may take, in milliseconds; then its worker is
    /// killed and the request fails with `PLUGIN_TIMEOUT`.
    pub plugin_call_timeout_ms: u64,
    /// Isolated plugins: each worker's address-space limit (`RLIMIT_AS`), in MiB; 0: none.
    pub plugin_memory_limit_mb: u64,
    /// The `oversight` binary whose hidden `plugin-worker` subcommand runs isolated plugins; unset:
    /// this executable. Set by code only: tests that run the API inside their own executable.
    #[serde(skip)]
    pub plugin_worker_binary: Option<PathBuf>,
    /// Demonstration servers only: let the platform administrator move the supervision calendar
    /// forward (`advanceDemoClock`), so deadlines can be walked through. Per process.
    pub demo_clock: bool,
    /// Where attachments' bytes are kept: `file:///absolute/dir` or `s3://bucket` (endpoint and
    /// credentials from the standard `AWS_*` variables). Default: `attachments/` beside the
    /// SQLite file (or `./data/attachments`).
    pub attachments_url: Option<String>,
    /// Largest attachment, in bytes (default 20 MiB).
    pub attachments_max_bytes: u64,
    /// Most files in one upload request.
    pub attachments_max_files: usize,
    /// The key that signs download URLs; replicas must share it. Unset: a random key per
    /// process (URLs then work only on the replica that made them).
    pub attachments_url_key: Option<String>,
    /// Seconds a download URL stays valid.
    pub attachments_url_ttl_secs: u64,
    /// Options of an `s3://` store (`aws_endpoint`, `aws_allow_http` …) set by code (the tests'
    /// S3-compatible server); deployments use the standard `AWS_*` environment instead.
    #[serde(skip)]
    pub attachments_store_options: Vec<(String, String)>,
    /// The demo roles GraphiQL offers with their tokens: set by `oversight demo` only, never
    /// from a file or the environment, and refused with `production`.
    #[serde(skip)]
    pub demo_roles: Vec<oversight_api::graphiql::DemoRole>,
}

/// Where plugin code runs.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum PluginIsolation {
    /// Each plugin in supervised worker processes (production).
    #[default]
    Process,
    /// Inside the server's process (development, benchmarks).
    InProcess,
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines.
    #[default]
    Text,
    /// One JSON object per line: `timestamp`, `level`, `fields`, `target`, and the request's
    /// `span` (its `request_id`, `method`, `path`).
    Json,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            bind: "127.0.0.1:8080".to_owned(),
            database_url: "sqlite://./data/oversight.sqlite?mode=rwc".to_owned(),
            migration_database_url: None,
            max_connections: None,
            database_acquire_timeout_secs: oversight_app::DEFAULT_ACQUIRE_TIMEOUT.as_secs(),
            sqlite_heap_limit_mb: SQLITE_HEAP_LIMIT_MB,
            workers: None,
            max_body_bytes: 1024 * 1024,
            max_depth: 15,
            max_complexity: 5_000,
            shutdown_timeout_secs: 30,
            log: "info".to_owned(),
            log_format: LogFormat::Text,
            metrics_listen: None,
            jwt_hs256_secret: None,
            jwt_public_key_file: None,
            jwt_algorithm: None,
            jwks_file: None,
            jwt_issuer: None,
            jwt_audience: None,
            rate_limit_per_second: 50,
            rate_limit_burst: 100,
            public_lookups_per_minute: 20,
            public_lookup_burst: 5,
            trust_forwarded_for: false,
            subscription_recheck_secs: 5,
            max_batch: 10,
            max_aliases: 30,
            max_root_fields: 20,
            production: false,
            safelist_file: None,
            hsts: false,
            plugins_dir: PathBuf::from("./data/plugins"),
            plugins_lock: PathBuf::from("./data/plugins.lock"),
            plugins_allow_unpinned: false,
            plugins_publisher_keys: Vec::new(),
            plugins_require_signatures: false,
            plugin_isolation: PluginIsolation::Process,
            plugin_call_timeout_ms: 2000,
            plugin_memory_limit_mb: 512,
            plugin_worker_binary: None,
            demo_clock: false,
            attachments_url: None,
            attachments_max_bytes: oversight_app::attachment::DEFAULT_MAX_ATTACHMENT_BYTES,
            attachments_max_files: 5,
            attachments_url_key: None,
            attachments_url_ttl_secs: oversight_app::attachment::DEFAULT_DOWNLOAD_URL_TTL.as_secs(),
            attachments_store_options: Vec::new(),
            demo_roles: Vec::new(),
        }
    }
}

impl Config {
    /// Loads defaults < file (if given) < environment (`OVERSIGHT_BIND`, `OVERSIGHT_DATABASE_URL`, …).
    pub fn load(file: Option<&Path>) -> Result<Config, Box<figment::Error>> {
        let mut figment = Figment::from(Serialized::defaults(Config::default()));
        if let Some(file) = file {
            figment = figment.merge(Toml::file_exact(file));
        }
        // Only the known keys: other OVERSIGHT_* variables (such as the test suite's
        // OVERSIGHT_TEST_POSTGRES_URL) are not configuration.
        let keys = [
            "bind",
            "database_url",
            "migration_database_url",
            "max_connections",
            "database_acquire_timeout_secs",
            "sqlite_heap_limit_mb",
            "workers",
            "max_body_bytes",
            "max_depth",
            "max_complexity",
            "shutdown_timeout_secs",
            "log",
            "log_format",
            "metrics_listen",
            "jwt_hs256_secret",
            "jwt_public_key_file",
            "jwt_algorithm",
            "jwks_file",
            "jwt_issuer",
            "jwt_audience",
            "rate_limit_per_second",
            "rate_limit_burst",
            "public_lookups_per_minute",
            "public_lookup_burst",
            "trust_forwarded_for",
            "subscription_recheck_secs",
            "max_batch",
            "max_aliases",
            "max_root_fields",
            "production",
            "safelist_file",
            "hsts",
            "plugins_dir",
            "plugins_lock",
            "plugins_allow_unpinned",
            "plugins_publisher_keys",
            "plugins_require_signatures",
            "plugin_isolation",
            "plugin_call_timeout_ms",
            "plugin_memory_limit_mb",
            "demo_clock",
            "attachments_url",
            "attachments_max_bytes",
            "attachments_max_files",
            "attachments_url_key",
            "attachments_url_ttl_secs",
        ];
        figment.merge(Env::prefixed("OVERSIGHT_").only(&keys)).extract().map_err(Box::new)
    }

    /// The token verification key, from exactly one of the three sources.
    pub fn verification_key(&self) -> Result<VerificationKey, String> {
        let sources =
            [self.jwt_hs256_secret.is_some(), self.jwt_public_key_file.is_some(), self.jwks_file.is_some()];
        match sources.iter().filter(|set| **set).count() {
            0 => {
                return Err("no token verification key: set jwt_hs256_secret (OVERSIGHT_JWT_HS256_SECRET, at least 32 \
                            bytes), jwt_public_key_file with jwt_algorithm, or jwks_file"
                    .to_owned());
            }
            1 => {}
            _ => return Err("set only one of jwt_hs256_secret, jwt_public_key_file and jwks_file".to_owned()),
        }
        if let Some(secret) = &self.jwt_hs256_secret {
            return VerificationKey::hs256(secret.as_bytes());
        }
        if let Some(path) = &self.jwt_public_key_file {
            let pem = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let algorithm = self.jwt_algorithm.as_deref().unwrap_or("RS256");
            return VerificationKey::public_key_pem(algorithm, &pem);
        }
        let path = self.jwks_file.as_ref().ok_or("no JWKS file")?;
        let json =
            std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        VerificationKey::jwks(&json)
    }

    /// The persisted-document safelist, if configured. Each entry's key must be the
    /// SHA-256 of its text, so a typo in the file is caught at start.
    pub fn safelist(&self) -> Result<Option<HashMap<String, String>>, String> {
        let Some(path) = &self.safelist_file else { return Ok(None) };
        let text =
            std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let list: HashMap<String, String> = serde_json::from_str(&text)
            .map_err(|e| format!("{} is not a JSON object of strings: {e}", path.display()))?;
        for (hash, query) in &list {
            let actual = hex::encode(Sha256::digest(query.as_bytes()));
            if &actual != hash {
                return Err(format!(
                    "safelist entry {hash} is not the SHA-256 of its query (that is {actual})"
                ));
            }
        }
        Ok(Some(list))
    }

    /// The attachment store's URL: as configured, or a directory `attachments` beside the
    /// SQLite file (`./data/attachments` otherwise), made absolute.
    /// How plugin files are admitted: the lock's pins, and the publishers' signatures.
    pub fn plugin_load_options(
        &self,
        lock: oversight_plugin_host::LockFile,
    ) -> Result<oversight_plugin_host::LoadOptions, String> {
        Ok(oversight_plugin_host::LoadOptions {
            lock,
            allow_unpinned: self.plugins_allow_unpinned,
            publishers: oversight_plugin_host::Publishers::parse(&self.plugins_publisher_keys)?,
            require_signatures: self.plugins_require_signatures,
            isolation: self.plugin_isolation()?,
        })
    }

    /// Where plugin code runs, with the worker command and limits of isolated mode.
    fn plugin_isolation(&self) -> Result<oversight_plugin_host::Isolation, String> {
        use oversight_plugin_host::{Isolation, ProcessOptions, WorkerCommand};
        if self.plugin_isolation == PluginIsolation::InProcess {
            return Ok(Isolation::InProcess);
        }
        let program = match &self.plugin_worker_binary {
            Some(binary) => binary.clone(),
            None => std::env::current_exe()
                .map_err(|error| format!("cannot locate this executable to run plugin workers: {error}"))?,
        };
        let mut options = ProcessOptions::new(WorkerCommand { program, args: vec!["plugin-worker".into()] });
        options.call_timeout = std::time::Duration::from_millis(self.plugin_call_timeout_ms.max(1));
        options.memory_limit_bytes = mebibytes_or_none(self.plugin_memory_limit_mb);
        Ok(Isolation::Process(options))
    }

    pub fn attachments_location(&self) -> String {
        if let Some(url) = &self.attachments_url {
            return url.clone();
        }
        let dir = self.sqlite_directory().unwrap_or_else(|| PathBuf::from("./data")).join("attachments");
        let dir = if dir.is_absolute() {
            dir
        } else {
            std::env::current_dir().map(|cwd| cwd.join(&dir)).unwrap_or(dir)
        };
        format!("file://{}", dir.display())
    }

    /// The attachment store and download signing, from this configuration.
    pub fn attachment_settings(&self) -> Result<oversight_app::AttachmentSettings, String> {
        let url = self.attachments_location();
        let store = oversight_app::AttachmentStore::from_url(&url, &self.attachments_store_options)
            .map_err(|e| e.to_string())?;
        let ttl = std::time::Duration::from_secs(self.attachments_url_ttl_secs.max(1));
        let mut settings = oversight_app::AttachmentSettings::in_memory();
        settings.store = store;
        settings.url_ttl = ttl;
        settings.max_bytes = self.attachments_max_bytes;
        match &self.attachments_url_key {
            Some(key) => Ok(oversight_app::AttachmentSettings::new(
                settings.store,
                key.as_bytes(),
                ttl,
                settings.max_bytes,
            )),
            None => {
                tracing::warn!(
                    "no attachments_url_key: download URLs are signed with a random key of this process only"
                );
                Ok(settings)
            }
        }
    }

    /// The pool size: `max_connections` when set, otherwise 4 on SQLite and 10 on PostgreSQL.
    ///
    /// Why fewer on SQLite: every pooled SQLite connection is a thread of its own (sqlx runs each
    /// on a dedicated worker thread) with its own page and statement caches, and glibc gives busy
    /// threads malloc arenas of their own; SQLite writes one transaction at a time anyway. The
    /// soak measured ten connections holding 24 MB more anonymous memory than four at the same
    /// throughput (docs/adr/0044, "Soak").
    pub fn pool_size(&self) -> u32 {
        match self.max_connections {
            Some(size) => size,
            None if self.database_url.starts_with("sqlite:") => SQLITE_POOL_SIZE,
            None => POSTGRES_POOL_SIZE,
        }
    }

    /// SQLite's soft heap limit in bytes, when one is set.
    pub fn sqlite_heap_limit_bytes(&self) -> Option<u64> {
        mebibytes_or_none(self.sqlite_heap_limit_mb)
    }

    /// For a SQLite file URL, the directory that must exist before connecting.
    pub fn sqlite_directory(&self) -> Option<PathBuf> {
        let rest = self.database_url.strip_prefix("sqlite://")?;
        let path = rest.split('?').next()?;
        if path.is_empty() || path.starts_with(":memory:") {
            return None;
        }
        Path::new(path).parent().filter(|p| !p.as_os_str().is_empty()).map(Path::to_path_buf)
    }
}

#[cfg(test)]
// figment's Jail fixes the closure's error type (figment::Error, which is large).
#[allow(clippy::result_large_err)]
mod tests {
    use super::*;

    #[test]
    fn file_then_environment_override_defaults() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("oversight.toml", "bind = \"0.0.0.0:9000\"\nmax_depth = 9\n")?;
            jail.set_env("OVERSIGHT_MAX_DEPTH", "11");
            let config = Config::load(Some(Path::new("oversight.toml"))).map_err(|e| e.to_string())?;
            assert_eq!(config.bind, "0.0.0.0:9000");
            assert_eq!(config.max_depth, 11);
            assert_eq!(config.max_body_bytes, Config::default().max_body_bytes);
            Ok(())
        });
    }

    #[test]
    fn the_demo_clock_is_off_unless_asked_for() {
        figment::Jail::expect_with(|jail| {
            assert!(!Config::load(None).map_err(|e| e.to_string())?.demo_clock);
            jail.set_env("OVERSIGHT_DEMO_CLOCK", "true");
            assert!(Config::load(None).map_err(|e| e.to_string())?.demo_clock);
            Ok(())
        });
    }

    #[test]
    fn logs_are_text_and_metrics_off_unless_asked_for() {
        figment::Jail::expect_with(|jail| {
            let config = Config::load(None).map_err(|e| e.to_string())?;
            assert_eq!((config.log_format, config.metrics_listen), (LogFormat::Text, None));
            jail.set_env("OVERSIGHT_LOG_FORMAT", "json");
            jail.set_env("OVERSIGHT_METRICS_LISTEN", "127.0.0.1:9464");
            let config = Config::load(None).map_err(|e| e.to_string())?;
            assert_eq!(config.log_format, LogFormat::Json);
            assert_eq!(config.metrics_listen.as_deref(), Some("127.0.0.1:9464"));
            jail.set_env("OVERSIGHT_LOG_FORMAT", "xml");
            assert!(Config::load(None).is_err());
            Ok(())
        });
    }

    #[test]
    fn plugins_are_isolated_in_this_binary_unless_asked_otherwise() {
        use oversight_plugin_host::Isolation;
        figment::Jail::expect_with(|jail| {
            let config = Config::load(None).map_err(|e| e.to_string())?;
            let Isolation::Process(options) = config.plugin_isolation()? else {
                return Err("plugins are isolated by default".into());
            };
            assert_eq!(options.worker.program, std::env::current_exe().map_err(|e| e.to_string())?);
            assert_eq!(options.worker.args, ["plugin-worker"]);
            assert_eq!(options.call_timeout, std::time::Duration::from_millis(2000));
            assert_eq!(options.memory_limit_bytes, Some(512 * 1024 * 1024));
            jail.set_env("OVERSIGHT_PLUGIN_MEMORY_LIMIT_MB", "0");
            let config = Config::load(None).map_err(|e| e.to_string())?;
            let Isolation::Process(options) = config.plugin_isolation()? else {
                return Err("still isolated".into());
            };
            assert_eq!(options.memory_limit_bytes, None);
            jail.set_env("OVERSIGHT_PLUGIN_ISOLATION", "in_process");
            let config = Config::load(None).map_err(|e| e.to_string())?;
            assert!(matches!(config.plugin_isolation()?, Isolation::InProcess));
            jail.set_env("OVERSIGHT_PLUGIN_ISOLATION", "thread");
            assert!(Config::load(None).is_err());
            Ok(())
        });
    }

    #[test]
    fn unknown_keys_are_refused() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("oversight.toml", "bnid = \"x\"\n")?;
            assert!(Config::load(Some(Path::new("oversight.toml"))).is_err());
            Ok(())
        });
    }

    #[test]
    fn sqlite_directory_is_derived_from_the_url() {
        let mut config = Config::default();
        assert_eq!(config.sqlite_directory(), Some(PathBuf::from("./data")));
        config.database_url = "sqlite::memory:".to_owned();
        assert_eq!(config.sqlite_directory(), None);
        config.database_url = "postgres://localhost/x".to_owned();
        assert_eq!(config.sqlite_directory(), None);
    }

    #[test]
    fn the_pool_is_smaller_on_sqlite_unless_configured() {
        let mut config = Config::default();
        assert_eq!(config.pool_size(), SQLITE_POOL_SIZE);
        config.database_url = "postgres://localhost/x".to_owned();
        assert_eq!(config.pool_size(), POSTGRES_POOL_SIZE);
        config.max_connections = Some(7);
        assert_eq!(config.pool_size(), 7);
        config.database_url = "sqlite://./data/x.sqlite?mode=rwc".to_owned();
        assert_eq!(config.pool_size(), 7);
    }

    #[test]
    fn the_sqlite_heap_limit_has_a_default_and_zero_lifts_it() {
        figment::Jail::expect_with(|jail| {
            let config = Config::load(None).map_err(|e| e.to_string())?;
            assert_eq!(config.sqlite_heap_limit_bytes(), Some(SQLITE_HEAP_LIMIT_MB * 1024 * 1024));
            jail.set_env("OVERSIGHT_SQLITE_HEAP_LIMIT_MB", "32");
            let config = Config::load(None).map_err(|e| e.to_string())?;
            assert_eq!(config.sqlite_heap_limit_bytes(), Some(32 * 1024 * 1024));
            jail.set_env("OVERSIGHT_SQLITE_HEAP_LIMIT_MB", "0");
            assert_eq!(Config::load(None).map_err(|e| e.to_string())?.sqlite_heap_limit_bytes(), None);
            Ok(())
        });
    }

    #[test]
    fn max_connections_comes_from_the_environment() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("OVERSIGHT_MAX_CONNECTIONS", "12");
            assert_eq!(Config::load(None).map_err(|e| e.to_string())?.pool_size(), 12);
            Ok(())
        });
    }
}
