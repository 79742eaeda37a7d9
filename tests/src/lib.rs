//! The end-to-end harness: starts the real server in-process on a loopback port
//! with a fresh database (SQLite file, or a new PostgreSQL database when
//! `OVERSIGHT_TEST_POSTGRES_URL` is set) and talks to it over HTTP.

use std::net::SocketAddr;

use actix_web::dev::ServerHandle;
use anyhow::Context;
use oversight_app::{App, StatementCounter, StoreOptions};
use oversight_server::Config;
use serde_json::{Value, json};

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

/// Says loudly that a PostgreSQL test did not run.
pub fn announce_postgres_skip(test: &str) {
    eprintln!(
        "\n*** SKIPPED on PostgreSQL: {test} — OVERSIGHT_TEST_POSTGRES_URL is not set; \
         set it (e.g. postgres://postgres@127.0.0.1:5432/postgres) to run the PostgreSQL half ***\n"
    );
}

/// A running server with its own database.
pub struct TestServer {
    pub addr: SocketAddr,
    pub app: App,
    pub statements: StatementCounter,
    handle: ServerHandle,
    client: reqwest::Client,
    _dir: Option<TempDir>,
}

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
        let (url, dir) = match db {
            Db::Sqlite => {
                let dir = std::env::temp_dir().join(format!(
                    "oversight-test-{}-{}",
                    std::process::id(),
                    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_nanos()
                ));
                std::fs::create_dir_all(&dir)?;
                (format!("sqlite://{}/test.sqlite?mode=rwc", dir.display()), Some(TempDir(dir)))
            }
            Db::Postgres => {
                let base = postgres_url().context("OVERSIGHT_TEST_POSTGRES_URL is not set")?;
                (oversight_storage::testing::fresh_postgres_database(&base).await?, None)
            }
        };
        let statements = StatementCounter::default();
        let mut options = StoreOptions::new(url.clone());
        options.statement_counter = Some(statements.clone());
        let app = App::open(options).await?;
        let config = Config {
            bind: "127.0.0.1:0".to_owned(),
            database_url: url,
            workers: Some(1),
            ..Config::default()
        };
        let running = oversight_server::serve::start(app.clone(), &config)?;
        let handle = running.handle.clone();
        actix_web::rt::spawn(running.server);
        Ok(TestServer {
            addr: running.addr,
            app,
            statements,
            handle,
            client: reqwest::Client::new(),
            _dir: dir,
        })
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// POSTs a GraphQL request and returns the whole JSON body (asserting 200).
    pub async fn graphql(&self, query: &str, variables: Value) -> Value {
        let response = self
            .client
            .post(self.url("/graphql"))
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

    pub async fn stop(self) {
        self.handle.stop(true).await;
    }
}

/// Runs `body` on SQLite, and on PostgreSQL when configured (loudly skipped otherwise).
#[macro_export]
macro_rules! on_both_databases {
    ($(#[$meta:meta])* $name:ident, $body:ident) => {
        mod $name {
            #[actix_web::test]
            async fn sqlite() {
                let server = $crate::TestServer::start($crate::Db::Sqlite).await.expect("server starts");
                super::$body(&server).await;
                server.stop().await;
            }

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
}
