//! The end-to-end harness: starts the real server in-process on a loopback port
//! with a fresh database (SQLite file, or a new PostgreSQL database when
//! `OVERSIGHT_TEST_POSTGRES_URL` is set) and talks to it over HTTP.

pub mod bench;
pub mod process;

/// The checklist a patrol of a wire-cable license answers: the five base items of §二(三), then
/// the wire-cable plugin's items.
pub const WIRE_CABLE_CHECKLIST: [&str; 10] = [
    "LICENSE_MARKING",
    "CONDITIONS_CHANGES",
    "RAW_MATERIAL_INSPECTION",
    "EXIT_INSPECTION",
    "PACKAGING_LABELING",
    "WC-01",
    "WC-02",
    "WC-03",
    "WC-04",
    "WC-05",
];

use std::net::SocketAddr;

use actix_web::dev::ServerHandle;
use anyhow::Context;
use oversight_app::identity::{Claims, issue_token};
use oversight_app::{
    App, AppError, AuthorityRecord, Bootstrap, CreateOfficer, InstitutionRecord, NewAuthority,
    NewInstitution, Principal, RawAccreditation, StatementCounter, StoreOptions,
};
use oversight_domain::AuthorityId;
use oversight_server::Config;
use serde_json::{Value, json};

/// The province, city and county authorities of [`TestServer::jiangsu_chain`].
#[derive(Debug, Clone)]
pub struct JiangsuChain {
    pub jiangsu: AuthorityRecord,
    pub nanjing: AuthorityRecord,
    pub xuanwu: AuthorityRecord,
}

/// Which database a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Db {
    Sqlite,
    Postgres,
}

/// The PostgreSQL server the suite may use; None means the PostgreSQL variants skip.
pub fn postgres_url() -> Option<String> {
    std::env::var("OVERSIGHT_TEST_POSTGRES_URL").ok().filter(|url| !url.is_empty())
}

/// The harness's calendar: today in China as a fresh server counts it (demo clock at zero).
/// Tests read dates here or from `App::today`, never from the wall clock (clippy.toml).
pub fn today() -> chrono::NaiveDate {
    oversight_app::date_in_china(oversight_app::now())
}

/// Says loudly that a PostgreSQL test did not run; with `OVERSIGHT_REQUIRE_POSTGRES=1` (CI sets
/// it) the test fails instead, so a PostgreSQL half can never pass by returning early.
pub fn announce_postgres_skip(test: &str) {
    if std::env::var("OVERSIGHT_REQUIRE_POSTGRES").is_ok_and(|value| value == "1") {
        panic!("{test}: OVERSIGHT_REQUIRE_POSTGRES=1 but OVERSIGHT_TEST_POSTGRES_URL is not set");
    }
    eprintln!(
        "\n*** SKIPPED on PostgreSQL: {test} — OVERSIGHT_TEST_POSTGRES_URL is not set; \
         set it (e.g. postgres://postgres@127.0.0.1:5432/postgres) to run the PostgreSQL half ***\n"
    );
}

/// The HS256 secret of test servers.
pub const TEST_SECRET: &str = "test-secret-of-at-least-32-bytes-0123456789";

/// A running server with its own database.
pub struct TestServer {
    pub addr: SocketAddr,
    pub app: App,
    pub statements: StatementCounter,
    /// The head of the national authority: sees and may do everything.
    pub national: Principal,
    /// A token for `national`, sent by `graphql`/`data`/`error`.
    pub national_token: String,
    /// The national authority's id.
    pub national_authority: AuthorityId,
    pub database_url: String,
    /// The metrics listener's address, when the test's configuration set `metrics_listen`.
    pub metrics_addr: Option<SocketAddr>,
    handle: ServerHandle,
    metrics_handle: Option<ServerHandle>,
    client: reqwest::Client,
    _dir: Option<TempDir>,
    _plugins: Option<TempDir>,
    /// Whether `database_url` is a PostgreSQL database this server made (not a replica's).
    owns_database: bool,
    /// The attachment store's URL (a fresh directory unless the test chose one) and its options;
    /// a replica shares them.
    pub attachments_url: String,
    pub attachments_options: Vec<(String, String)>,
    _attachments: Option<std::sync::Arc<TempDir>>,
}

/// The key test servers sign download URLs with (replicas share it).
pub const TEST_ATTACHMENT_URL_KEY: &str = "test-attachment-url-key-of-32-bytes-0123";

/// A temporary directory removed on drop (kept minimal to avoid a dependency).
pub struct TempDir(std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl TestServer {
    /// Starts a server on a fresh database of the given kind. Must run inside an
    /// actix system (`#[actix_web::test]`).
    pub async fn start(db: Db) -> anyhow::Result<TestServer> {
        Self::start_with(db, |_| {}).await
    }

    /// Like `start`, with the configuration adjusted first (limits, rate limits …).
    pub async fn start_with(db: Db, adjust: impl FnOnce(&mut Config)) -> anyhow::Result<TestServer> {
        let (url, dir) = fresh_database(db).await?;
        let mut server = Self::start_on(url, dir, adjust).await?;
        server.owns_database = db == Db::Postgres;
        Ok(server)
    }

    /// A second server on the database of `other` (several stateless replicas
    /// in front of one database).
    pub async fn replica_of(other: &TestServer) -> anyhow::Result<TestServer> {
        let (url, options) = (other.attachments_url.clone(), other.attachments_options.clone());
        let mut replica = Self::start_on(other.database_url.clone(), None, move |config| {
            config.attachments_url = Some(url);
            config.attachments_store_options = options;
        })
        .await?;
        replica._attachments = other._attachments.clone();
        Ok(replica)
    }

    async fn start_on(
        url: String,
        dir: Option<TempDir>,
        adjust: impl FnOnce(&mut Config),
    ) -> anyhow::Result<TestServer> {
        let statements = StatementCounter::default();
        let mut options = StoreOptions::new(url.clone());
        options.statement_counter = Some(statements.clone());
        let app = App::open(options).await?;
        let mut config = Config {
            bind: "127.0.0.1:0".to_owned(),
            database_url: url.clone(),
            workers: Some(1),
            jwt_hs256_secret: Some(TEST_SECRET.to_owned()),
            // Tests fire requests back to back; the rate-limit test sets its own.
            rate_limit_per_second: 10_000,
            rate_limit_burst: 10_000,
            // This executable is not `oversight`: plugins run in process unless a test asks for
            // isolation ([`isolate_plugins`], docs/adr/0045).
            plugin_isolation: oversight_server::config::PluginIsolation::InProcess,
            ..Config::default()
        };
        adjust(&mut config);
        let mut attachments_dir = None;
        if config.attachments_url.is_none() {
            let dir = temp_dir("attachments")?;
            config.attachments_url = Some(format!("file://{}", dir.0.display()));
            attachments_dir = Some(std::sync::Arc::new(dir));
        }
        config.attachments_url_key.get_or_insert_with(|| TEST_ATTACHMENT_URL_KEY.to_owned());
        let attachments_url = config.attachments_location();
        let attachments_options = config.attachments_store_options.clone();
        let app = app.with_plugins(std::sync::Arc::new(oversight_server::serve::load_plugins(&config)?));
        let national = match app.authority_at(&oversight_domain::RegionCode::NATION).await? {
            Some(existing) => existing,
            None => app.bootstrap(national_bootstrap()).await?.0,
        };
        let claims =
            claims("national-head", &format!("authority:{}", national.id), "national_officer", Some("head"));
        let national_principal = app.principal_from_claims(&claims).await?;
        let national_token = issue_token(TEST_SECRET.as_bytes(), &claims).map_err(anyhow::Error::msg)?;
        let running = oversight_server::serve::start(app.clone(), &config)?;
        let handle = running.handle.clone();
        actix_web::rt::spawn(running.server);
        Ok(TestServer {
            addr: running.addr,
            app,
            statements,
            national: national_principal,
            national_token,
            national_authority: national.id,
            database_url: url,
            metrics_addr: running.metrics_addr,
            handle,
            metrics_handle: running.metrics_handle,
            client: reqwest::Client::new(),
            _dir: dir,
            _plugins: None,
            owns_database: false,
            attachments_url,
            attachments_options,
            _attachments: attachments_dir,
        })
    }

    /// Like `start`, serving these plugin libraries (library names, e.g.
    /// `oversight_plugin_wire_cable`), copied into a fresh directory and pinned.
    pub async fn start_with_plugins(db: Db, libs: &[&str]) -> anyhow::Result<TestServer> {
        Self::start_with_plugins_and(db, libs, |_| {}).await
    }

    /// Like `start_with_plugins`, with the configuration adjusted first (e.g. the demo clock on).
    pub async fn start_with_plugins_and(
        db: Db,
        libs: &[&str],
        adjust: impl FnOnce(&mut Config),
    ) -> anyhow::Result<TestServer> {
        let dir = pinned_plugin_dir(libs)?;
        let plugins = dir.0.clone();
        let mut server = Self::start_with(db, move |config| {
            config.plugins_lock = plugins.join("plugins.lock");
            config.plugins_dir = plugins;
            adjust(config);
        })
        .await?;
        server._plugins = Some(dir);
        Ok(server)
    }

    /// Like `start_with_plugins`, on a database the test made itself (a private PostgreSQL
    /// server's): the database is left in place when the server stops.
    pub async fn start_with_plugins_on(url: String, libs: &[&str]) -> anyhow::Result<TestServer> {
        let dir = pinned_plugin_dir(libs)?;
        let plugins = dir.0.clone();
        let mut server = Self::start_on(url, None, move |config| {
            config.plugins_lock = plugins.join("plugins.lock");
            config.plugins_dir = plugins;
        })
        .await?;
        server._plugins = Some(dir);
        Ok(server)
    }

    /// The directory of the plugin libraries this server loads (with its `plugins.lock`), so a
    /// server process on the same database can load the same files.
    pub fn plugins_dir(&self) -> Option<&std::path::Path> {
        self._plugins.as_ref().map(|dir| dir.0.as_path())
    }

    /// A second server on the database of `other`, serving these plugin libraries (an operator
    /// upgrading, or removing, a plugin version between two runs of the server).
    pub async fn replica_with_plugins(other: &TestServer, libs: &[&str]) -> anyhow::Result<TestServer> {
        let dir = pinned_plugin_dir(libs)?;
        let plugins = dir.0.clone();
        let mut server = Self::start_on(other.database_url.clone(), None, move |config| {
            config.plugins_lock = plugins.join("plugins.lock");
            config.plugins_dir = plugins;
        })
        .await?;
        server._plugins = Some(dir);
        Ok(server)
    }

    /// Creates an authority of `region_code` under the authority `parent` (setup, through the
    /// app, as the national head).
    pub async fn authority(&self, name: &str, region_code: &str, parent: AuthorityId) -> AuthorityRecord {
        let new =
            NewAuthority { name: name.to_owned(), region_code: region_code.to_owned(), parent_id: parent };
        self.app
            .create_authority(&self.national, new)
            .await
            .unwrap_or_else(|e| panic!("creating {name}: {e}"))
    }

    /// Enters a testing institution at `region_code` (setup, through the app, as the national
    /// head), accredited for every industry of the catalogue from 2000 to 2040, so any
    /// designation a test makes is within its scope and validity.
    pub async fn institution(&self, name: &str, region_code: &str) -> Result<InstitutionRecord, AppError> {
        let date = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1);
        let industries = self.app.industry_catalogue().iter().map(|i| i.code.clone()).collect();
        let new = NewInstitution {
            name: name.to_owned(),
            region_code: region_code.to_owned(),
            accreditation: RawAccreditation {
                cma_number: Some(format!("CMA-{region_code}")),
                cnas_number: None,
                valid_from: date(2000),
                valid_until: date(2040),
                industries,
                national_centre: false,
            },
        };
        self.app.create_institution(&self.national, new).await
    }

    /// The chain most tests stand on: Jiangsu (320000) under the national authority, Nanjing
    /// (320100) under it, and Nanjing's Xuanwu district (320102).
    pub async fn jiangsu_chain(&self) -> JiangsuChain {
        let jiangsu = self.authority("江苏省市场监督管理局", "320000", self.national_authority).await;
        let nanjing = self.authority("南京市市场监督管理局", "320100", jiangsu.id).await;
        let xuanwu = self.authority("南京市玄武区市场监督管理局", "320102", nanjing.id).await;
        JiangsuChain { jiangsu, nanjing, xuanwu }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Signs a token for these claims with the test secret.
    pub fn token(&self, claims: &Claims) -> String {
        issue_token(TEST_SECRET.as_bytes(), claims).unwrap_or_else(|e| panic!("{e}"))
    }

    /// POSTs a GraphQL request as the national head and returns the JSON body (asserting 200).
    pub async fn graphql(&self, query: &str, variables: Value) -> Value {
        self.graphql_as(&self.national_token, query, variables).await
    }

    /// POSTs a GraphQL request with this bearer token and returns the JSON body (asserting 200).
    pub async fn graphql_as(&self, token: &str, query: &str, variables: Value) -> Value {
        let response = self
            .client
            .post(self.url("/graphql"))
            .bearer_auth(token)
            .header("accept", "application/graphql-response+json")
            .json(&json!({ "query": query, "variables": variables }))
            .send()
            .await
            .unwrap_or_else(|e| panic!("request failed: {e}"));
        let status = response.status();
        let body: Value = response.json().await.unwrap_or_else(|e| panic!("body is not JSON: {e}"));
        assert_eq!(status, 200, "unexpected status; body: {body}");
        body
    }

    /// Like `graphql`, but the response must have no errors; returns `data`.
    pub async fn data(&self, query: &str, variables: Value) -> Value {
        let body = self.graphql(query, variables).await;
        assert!(body.get("errors").is_none(), "unexpected errors: {body}");
        body["data"].clone()
    }

    /// Like `graphql`, but exactly one error is expected; returns it.
    pub async fn error(&self, query: &str, variables: Value) -> Value {
        let body = self.graphql(query, variables).await;
        let errors = body["errors"].as_array().unwrap_or_else(|| panic!("expected an error, got {body}"));
        assert_eq!(errors.len(), 1, "expected one error: {body}");
        errors[0].clone()
    }

    pub fn client(&self) -> &reqwest::Client {
        &self.client
    }

    /// Stops the server; a PostgreSQL database this server created is dropped (a replica
    /// leaves it to the server it replicates), so test runs do not pile databases up.
    pub async fn stop(self) {
        self.handle.stop(true).await;
        if let Some(metrics) = &self.metrics_handle {
            metrics.stop(true).await;
        }
        let Some(base) = postgres_url().filter(|_| self.owns_database) else {
            return;
        };
        if let Err(error) =
            oversight_storage::test_db::drop_postgres_database(&base, &self.database_url).await
        {
            eprintln!("could not drop the test database {}: {error}", self.database_url);
        }
    }
}

/// What a test server is stood up with: the national authority and its head, whose subject is
/// the national token's (`national-head`).
pub fn national_bootstrap() -> Bootstrap {
    Bootstrap {
        authority_name: "国家市场监督管理总局".to_owned(),
        administrator: CreateOfficer {
            authority_id: AuthorityId::new(0),
            name: "国家局管理员".to_owned(),
            badge_number: "GJ-00000".to_owned(),
            subject: "national-head".to_owned(),
            tier: oversight_app::Tier::Head,
            industries: Vec::new(),
        },
    }
}

/// A fresh database: a SQLite file in a temporary directory, or a new PostgreSQL database.
async fn fresh_database(db: Db) -> anyhow::Result<(String, Option<TempDir>)> {
    Ok(match db {
        Db::Sqlite => {
            let dir = temp_dir("test")?;
            (format!("sqlite://{}/test.sqlite?mode=rwc", dir.0.display()), Some(dir))
        }
        Db::Postgres => {
            let base = postgres_url().context("OVERSIGHT_TEST_POSTGRES_URL is not set")?;
            (oversight_storage::test_db::fresh_postgres_database(&base).await?, None)
        }
    })
}

/// A fresh temporary directory, removed on drop.
fn temp_dir(purpose: &str) -> anyhow::Result<TempDir> {
    let dir = std::env::temp_dir().join(format!(
        "oversight-{purpose}-{}-{}",
        std::process::id(),
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_nanos()
    ));
    std::fs::create_dir_all(&dir)?;
    Ok(TempDir(dir))
}

/// Claims for a test token valid for an hour.
pub fn claims(subject: &str, organisation: &str, role: &str, tier: Option<&str>) -> Claims {
    let now = oversight_app::now().timestamp();
    Claims {
        sub: subject.to_owned(),
        org: organisation.to_owned(),
        role: role.to_owned(),
        tier: tier.map(str::to_owned),
        exp: now + 3600,
        nbf: None,
        iat: Some(now),
        iss: None,
        aud: None,
    }
}

/// Runs a test server's plugins isolated, in worker processes of the built `oversight` binary
/// (docs/adr/0045), with this time limit per call: for `start_with_plugins_and`.
pub fn isolate_plugins(config: &mut Config, call_timeout_ms: u64) {
    config.plugin_isolation = oversight_server::config::PluginIsolation::Process;
    config.plugin_call_timeout_ms = call_timeout_ms;
    config.plugin_worker_binary = Some(process::server_binary().to_owned());
}

/// The plugin packages the suite loads: the wire-cable plugin and the faulty
/// fixtures (package, library name).
pub const PLUGIN_PACKAGES: &[(&str, &str)] = &[
    ("oversight-plugin-wire-cable", "oversight_plugin_wire_cable"),
    ("oversight-plugin-brake-fluid", "oversight_plugin_brake_fluid"),
    ("oversight-plugin-e-bike", "oversight_plugin_e_bike"),
    ("oversight-plugin-wood-panel", "oversight_plugin_wood_panel"),
    ("oversight-plugin-compound-fertilizer", "oversight_plugin_compound_fertilizer"),
    ("oversight-plugin-pesticide", "oversight_plugin_pesticide"),
    ("oversight-plugin-electric-blanket", "oversight_plugin_electric_blanket"),
    ("oversight-test-plugin-panics", "oversight_test_plugin_panics"),
    ("oversight-test-plugin-bad-json", "oversight_test_plugin_bad_json"),
    ("oversight-test-plugin-wrong-abi", "oversight_test_plugin_wrong_abi"),
    ("oversight-test-plugin-wire-cable-next", "oversight_test_plugin_wire_cable_next"),
    ("oversight-test-plugin-crashes-in-judge", "oversight_test_plugin_crashes_in_judge"),
    ("oversight-test-plugin-hangs-in-judge", "oversight_test_plugin_hangs_in_judge"),
];

/// A fresh plugin directory holding copies of these libraries, each pinned in its plugins.lock.
fn pinned_plugin_dir(libs: &[&str]) -> anyhow::Result<TempDir> {
    let dir = temp_dir("plugins")?;
    let mut lock = String::from("[plugins]\n");
    for lib in libs {
        let file = plugin_file(lib);
        std::fs::copy(built_plugins().join(&file), dir.0.join(&file))?;
        let digest = oversight_plugin_host::sha256_file(&dir.0.join(&file))?;
        lock.push_str(&format!("\"{file}\" = \"{digest}\"\n"));
    }
    std::fs::write(dir.0.join("plugins.lock"), lock)?;
    Ok(dir)
}

/// The file name of a plugin library on this platform.
pub fn plugin_file(lib_name: &str) -> String {
    format!("{}{lib_name}.{}", std::env::consts::DLL_PREFIX, std::env::consts::DLL_EXTENSION)
}

/// Builds the plugin libraries (once per test process) into their own target
/// directory — the same one the plugin host's tests use — and returns it.
pub fn built_plugins() -> &'static std::path::Path {
    static DIR: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let workspace = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| workspace.join("target"))
            .join("plugin-fixtures");
        let mut command = std::process::Command::new(env!("CARGO"));
        command.current_dir(&workspace).arg("build").arg("--target-dir").arg(&target);
        for (package, _) in PLUGIN_PACKAGES {
            command.arg("-p").arg(package);
        }
        let status = command.status().unwrap_or_else(|e| panic!("cargo does not run: {e}"));
        assert!(status.success(), "building the plugins failed");
        target.join("debug")
    })
}

/// Runs `body` on SQLite, and on PostgreSQL when configured (loudly skipped otherwise).
#[macro_export]
macro_rules! on_both_databases {
    ($(#[$meta:meta])* $name:ident, $body:ident) => {
        mod $name {
            $(#[$meta])*
            #[actix_web::test]
            async fn sqlite() {
                let server = $crate::TestServer::start($crate::Db::Sqlite).await.expect("server starts");
                super::$body(&server).await;
                server.stop().await;
            }

            $(#[$meta])*
            #[actix_web::test]
            async fn postgres() {
                if $crate::postgres_url().is_none() {
                    $crate::announce_postgres_skip(concat!(module_path!(), "::postgres"));
                    return;
                }
                let server = $crate::TestServer::start($crate::Db::Postgres).await.expect("server starts");
                super::$body(&server).await;
                server.stop().await;
            }
        }
    };
    ($(#[$meta:meta])* $name:ident, $body:ident, plugins = $libs:expr) => {
        $crate::on_both_databases!($(#[$meta])* $name, $body, plugins = $libs, config = |_| {});
    };
    ($(#[$meta:meta])* $name:ident, $body:ident, plugins = $libs:expr, config = $adjust:expr) => {
        mod $name {
            $(#[$meta])*
            #[actix_web::test]
            async fn sqlite() {
                let server = $crate::TestServer::start_with_plugins_and($crate::Db::Sqlite, $libs, $adjust)
                    .await
                    .expect("server starts");
                super::$body(&server).await;
                server.stop().await;
            }

            $(#[$meta])*
            #[actix_web::test]
            async fn postgres() {
                if $crate::postgres_url().is_none() {
                    $crate::announce_postgres_skip(concat!(module_path!(), "::postgres"));
                    return;
                }
                let server = $crate::TestServer::start_with_plugins_and($crate::Db::Postgres, $libs, $adjust)
                    .await
                    .expect("server starts");
                super::$body(&server).await;
                server.stop().await;
            }
        }
    };
}
