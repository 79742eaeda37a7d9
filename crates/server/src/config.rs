//! Configuration: defaults, then an optional TOML file, then `OVERSIGHT_*`
//! environment variables, then command-line flags — each overriding the last.

use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};

/// Everything the server reads at start.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Address to listen on.
    pub bind: String,
    /// `sqlite://path?mode=rwc` (default, created on first start) or `postgres://…`.
    pub database_url: String,
    pub max_connections: u32,
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
}

impl Default for Config {
    fn default() -> Self {
        Config {
            bind: "127.0.0.1:8080".to_owned(),
            database_url: "sqlite://./data/oversight.sqlite?mode=rwc".to_owned(),
            max_connections: 10,
            workers: None,
            max_body_bytes: 1024 * 1024,
            max_depth: 15,
            max_complexity: 5_000,
            shutdown_timeout_secs: 30,
            log: "info".to_owned(),
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
            "max_connections",
            "workers",
            "max_body_bytes",
            "max_depth",
            "max_complexity",
            "shutdown_timeout_secs",
            "log",
        ];
        figment.merge(Env::prefixed("OVERSIGHT_").only(&keys)).extract().map_err(Box::new)
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
}
