//! Starting the HTTP server: actix-web workers around the GraphQL endpoint.
//! actix-web stops on SIGTERM/SIGINT by finishing in-flight requests first.

use std::net::SocketAddr;
use std::time::Duration;

use actix_web::middleware::{Compress, DefaultHeaders, from_fn};
use actix_web::{App as ActixApp, HttpServer, dev::ServerHandle, web};
use anyhow::Context;
use std::sync::Arc;

use oversight_api::http::PrincipalRateLimiter;
use oversight_api::limits::DocumentLimits;
use oversight_api::public::AddressRateLimiter;
use oversight_api::{Endpoint, SchemaLimits};
use oversight_app::identity::Authenticator;
use oversight_app::{App, StoreOptions};
use oversight_plugin_host::{LockFile, PluginRegistry};
use oversight_storage::Store;

use crate::config::Config;

/// A server that is listening.
pub struct Running {
    pub addr: SocketAddr,
    pub handle: ServerHandle,
    pub server: actix_web::dev::Server,
    /// The metrics listener's address, when `metrics_listen` is set (it is already running).
    pub metrics_addr: Option<SocketAddr>,
    pub metrics_handle: Option<ServerHandle>,
}

/// Opens the database (creating the SQLite directory and applying migrations).
pub async fn open_app(config: &Config) -> anyhow::Result<App> {
    if let Some(directory) = config.sqlite_directory() {
        std::fs::create_dir_all(&directory)
            .with_context(|| format!("cannot create the database directory {}", directory.display()))?;
    }
    let mut options = StoreOptions::new(config.database_url.clone());
    options.max_connections = config.pool_size();
    options.sqlite_heap_limit_bytes = config.sqlite_heap_limit_bytes();
    // At least a second: zero would fail every acquire, even on a healthy pool.
    options.acquire_timeout = Duration::from_secs(config.database_acquire_timeout_secs.max(1));
    let app = match &config.migration_database_url {
        // Migrate as the owner, then serve as the restricted role.
        Some(owner_url) => {
            let owner = Store::connect(StoreOptions::new(owner_url.clone()))
                .await
                .context("cannot open the database as its owner")?;
            owner.migrate_up().await.context("cannot migrate the database")?;
            owner.close().await?;
            App::from_store(Store::connect(options).await.context("cannot open the database")?)
        }
        None => App::open(options).await.context("cannot open the database")?,
    };
    Ok(app.with_plugins(Arc::new(load_plugins(config)?)))
}

/// Refuses to serve when open testing tasks were sampled under a plugin version that is not
/// loaded: removing (or upgrading away) a version while its tasks may still be judged would
/// leave them judged by no rules, or by rules they were not sampled under (docs/adr/0017).
pub async fn refuse_unserved_versions(app: &App) -> anyhow::Result<()> {
    let unserved = app.unserved_pinned_versions().await.context("cannot count the open testing tasks")?;
    if unserved.is_empty() {
        return Ok(());
    }
    let lines: Vec<String> = unserved.iter().map(|version| format!("  - {version}")).collect();
    anyhow::bail!(
        "refusing to serve: plugin versions that open testing tasks were sampled under are not loaded:\n{}\n\
         Put each version's library back in the plugin directory (it is served beside the newer one, which \
         takes new tasks) and pin it; a version can be removed once none of its tasks can still be judged \
         (`pluginFiles {{ openTasks }}` shows how many remain).",
        lines.join("\n")
    )
}

/// Loads the industry plugins of `config.plugins_dir`. A missing directory means
/// no plugins; a refused file is logged and skipped, the others serve.
pub fn load_plugins(config: &Config) -> anyhow::Result<PluginRegistry> {
    if !config.plugins_dir.exists() {
        tracing::warn!(dir = %config.plugins_dir.display(), "no plugin directory: no industry profiles are loaded");
        return Ok(PluginRegistry::default());
    }
    let lock = LockFile::read(&config.plugins_lock).context("cannot read the plugins lock file")?;
    let options = config.plugin_load_options(lock).map_err(anyhow::Error::msg)?;
    let registry = PluginRegistry::load_dir(&config.plugins_dir, &options)
        .context("cannot read the plugin directory")?;
    for plugin in registry.plugins() {
        let signed_by = plugin.signed_by.as_deref().unwrap_or("-");
        tracing::info!(industry = %plugin.profile().id, version = %plugin.profile().version, pinned = plugin.pinned, signed_by, "plugin loaded");
    }
    for refusal in registry.refused() {
        tracing::warn!(file = %refusal.file.display(), code = refusal.reason.code(), reason = %refusal.reason, "plugin refused");
    }
    Ok(registry)
}

/// Binds and starts serving; the caller awaits `server` (or stops it via `handle`).
pub fn start(app: App, config: &Config) -> anyhow::Result<Running> {
    if config.production && !config.demo_roles.is_empty() {
        anyhow::bail!("a production server serves no demo roles (they carry ready tokens)");
    }
    if config.demo_clock {
        tracing::warn!(
            "demo clock on: the platform administrator may move the supervision calendar (advanceDemoClock); \
             never on a server in service"
        );
    }
    let app = app.with_demo_clock(config.demo_clock);
    let app = app.with_attachments(config.attachment_settings().map_err(anyhow::Error::msg)?);
    let metrics = match &config.metrics_listen {
        Some(listen) => Some(start_metrics(&app, listen)?),
        None => None,
    };
    // On PostgreSQL, hear the events every replica publishes (subscriptions).
    app.start_event_listener();
    let limits = SchemaLimits {
        max_depth: config.max_depth,
        max_complexity: config.max_complexity,
        production: config.production,
    };
    let safelist = config.safelist().map_err(anyhow::Error::msg)?.map(Arc::new);
    let key = config.verification_key().map_err(anyhow::Error::msg)?;
    let authenticator =
        Arc::new(Authenticator::new(key, config.jwt_issuer.clone(), config.jwt_audience.clone()));
    let endpoint = Endpoint {
        schema: oversight_api::build(app.clone(), authenticator.clone(), &limits),
        app,
        authenticator,
        rate_limiter: Arc::new(PrincipalRateLimiter::new(
            config.rate_limit_per_second,
            config.rate_limit_burst,
        )),
        public_rate_limiter: Arc::new(AddressRateLimiter::new(
            config.public_lookups_per_minute,
            config.public_lookup_burst,
            config.trust_forwarded_for,
        )),
        max_body_bytes: config.max_body_bytes,
        max_batch: config.max_batch,
        limits: DocumentLimits { max_aliases: config.max_aliases, max_root_fields: config.max_root_fields },
        safelist,
        // Zero would make the timer spin; a check a second is the most often it runs.
        subscription_recheck: std::time::Duration::from_secs(config.subscription_recheck_secs.max(1)),
        demo_roles: Arc::new(config.demo_roles.clone()),
        max_upload_bytes: usize::try_from(config.attachments_max_bytes).unwrap_or(usize::MAX),
        max_upload_files: config.attachments_max_files,
    };
    let hsts = config.hsts;
    let data = web::Data::new(endpoint);
    let mut server = HttpServer::new(move || {
        ActixApp::new()
            .app_data(data.clone())
            .wrap(Compress::default())
            .wrap(security_headers(hsts))
            .wrap(from_fn(oversight_api::telemetry::trace_request))
            .configure(oversight_api::configure)
    })
    .shutdown_timeout(config.shutdown_timeout_secs)
    .client_request_timeout(Duration::from_secs(30));
    if let Some(workers) = config.workers {
        server = server.workers(workers);
    }
    let server = server.bind(&config.bind).with_context(|| format!("cannot listen on {}", config.bind))?;
    let addr = server.addrs().first().copied().context("the server has no address")?;
    let server = server.run();
    let (metrics_addr, metrics_handle) = metrics.unzip();
    Ok(Running { addr, handle: server.handle(), server, metrics_addr, metrics_handle })
}

/// Starts the metrics listener: `GET /metrics` on its own address and worker, so a scrape
/// never queues behind API requests and the API's port never shows the metrics.
fn start_metrics(app: &App, listen: &str) -> anyhow::Result<(SocketAddr, ServerHandle)> {
    let data = web::Data::new(app.clone());
    let server = HttpServer::new(move || {
        ActixApp::new().app_data(data.clone()).route("/metrics", web::get().to(metrics))
    })
    .workers(1)
    // The API server alone answers SIGTERM. actix stops the whole system once a server has
    // stopped on a signal, and this listener, with nothing in flight, would stop at once and
    // take the API's workers down with requests still inside their grace period (the SIGTERM
    // fault test caught it). It stops with the system, or through its handle.
    .disable_signals()
    .bind(listen)
    .with_context(|| format!("cannot listen for metrics on {listen}"))?;
    let addr = server.addrs().first().copied().context("the metrics listener has no address")?;
    let server = server.run();
    let handle = server.handle();
    actix_web::rt::spawn(server);
    Ok((addr, handle))
}

/// The Prometheus text exposition of this server's metrics.
async fn metrics(app: web::Data<App>) -> actix_web::HttpResponse {
    actix_web::HttpResponse::Ok().content_type(oversight_app::metrics::CONTENT_TYPE).body(app.metrics_text())
}

/// Headers on every response. A response that sets its own (the GraphiQL page's
/// Content-Security-Policy) keeps it: these are defaults.
fn security_headers(hsts: bool) -> DefaultHeaders {
    let headers = DefaultHeaders::new()
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("Referrer-Policy", "no-referrer"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
        .add(("Cross-Origin-Resource-Policy", "same-origin"))
        .add(("Permissions-Policy", "camera=(), microphone=(), geolocation=()"));
    if hsts {
        headers.add(("Strict-Transport-Security", "max-age=31536000; includeSubDomains"))
    } else {
        headers
    }
}
