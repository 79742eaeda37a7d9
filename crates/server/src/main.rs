//! `oversight`: the post-license supervision server and its administration commands.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};
use oversight_app::{App, StoreOptions};
use oversight_server::config::Config;
use oversight_server::{
    audit_cli, draw_cli, import_cli, plugins_cli, risk_cli, seed, serve, telemetry, tokens,
};

#[derive(Parser)]
#[command(
    name = "oversight",
    version,
    about = "Post-license supervision of industrial product production licenses"
)]
struct Cli {
    /// TOML configuration file (keys as in README, "Configuration").
    #[arg(long, global = true, env = "OVERSIGHT_CONFIG")]
    config: Option<PathBuf>,
    /// Database URL; overrides the file and OVERSIGHT_DATABASE_URL.
    #[arg(long, global = true)]
    database_url: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Apply pending migrations and serve the GraphQL API.
    Serve {
        /// Address to listen on, e.g. 127.0.0.1:8080.
        #[arg(long)]
        bind: Option<String>,
    },
    /// Recreate the demo database, seed it and serve it (the README's first command).
    Demo {
        #[arg(long)]
        bind: Option<String>,
        #[arg(long, default_value_t = 300)]
        enterprises: usize,
        #[arg(long, default_value_t = 2006)]
        seed: u64,
    },
    /// Database migrations.
    Migrate {
        #[command(subcommand)]
        action: MigrateAction,
    },
    /// Print the GraphQL schema (SDL); `schema.graphql` is this output.
    Schema,
    /// Fill the database with data.
    Seed {
        #[command(subcommand)]
        kind: SeedKind,
    },
    /// Industry plugins: list, verify, pin, scaffold.
    Plugins {
        #[command(subcommand)]
        action: PluginsAction,
    },
    /// The tamper-evident audit trail.
    Audit {
        #[command(subcommand)]
        action: AuditAction,
    },
    /// PostgreSQL: grant the server's login role what it needs and no more.
    GrantAppRole {
        /// The role the server connects as (not the owner of the tables).
        #[arg(long)]
        role: String,
    },
    /// Stand up an empty database: the national authority and its first administrator officer
    /// (the head of the national authority); refused when the database holds any authority.
    Bootstrap {
        /// The national authority's name.
        #[arg(long, default_value = "国家市场监督管理总局")]
        authority_name: String,
        /// The administrator's name.
        #[arg(long)]
        name: String,
        /// The administrator's badge number (执法证号).
        #[arg(long)]
        badge_number: String,
        /// The identity provider's subject (`sub`) of the administrator's tokens.
        #[arg(long)]
        subject: String,
    },
    /// Licenses: record the expiry of those past their last valid day.
    Licenses {
        #[command(subcommand)]
        action: LicensesAction,
    },
    /// Risk classes (风险等级): recompute every enterprise's class.
    Risk {
        #[command(subcommand)]
        action: RiskAction,
    },
    /// Bearer tokens (signed with jwt_hs256_secret).
    Token {
        #[command(subcommand)]
        action: TokenAction,
    },
    /// Double-random draws (双随机): replay a published record offline.
    Draw {
        #[command(subcommand)]
        action: DrawAction,
    },
    /// Import data from an earlier system.
    Import {
        #[command(subcommand)]
        kind: ImportKind,
    },
    /// One isolated plugin's worker process, started by the server (docs/adr/0045): serves the
    /// library's manifest and judgments over stdin/stdout.
    #[command(hide = true)]
    PluginWorker { file: PathBuf },
}

#[derive(Subcommand)]
enum ImportKind {
    /// Enterprises and their licenses (存量登记) from a CSV or XLSX file, one row per license
    /// (template: docs/registry-import-template.csv). The whole file is checked first: with any
    /// problem nothing is written and the report goes to <FILE>.problems.csv (exit status 1).
    /// The same file is imported once; an interrupted import of it resumes.
    Registry {
        /// The CSV (UTF-8) or XLSX file.
        file: PathBuf,
        /// The importing officer's subject in the officer directory: a national or provincial
        /// officer; every enterprise must be inside their jurisdiction.
        #[arg(long)]
        officer: String,
        /// Enterprises per transaction (1–10,000).
        #[arg(long, default_value_t = oversight_app::REGISTRY_IMPORT_BATCH)]
        batch: usize,
        /// Where to write the validation report (default: <FILE>.problems.csv).
        #[arg(long)]
        report: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum DrawAction {
    /// Recompute a published draw record (the JSON of GET /public/draws/{id}) and print MATCH,
    /// or MISMATCH with the first difference (exit status 1).
    Replay {
        /// The record's JSON file.
        record: PathBuf,
    },
}

#[derive(Subcommand)]
enum PluginsAction {
    /// The plugins of the configured directory: loaded (pinned or not) and refused, with reasons.
    List,
    /// Load one plugin file in a child process, validate it and run its declared examples.
    Verify { file: PathBuf },
    /// The child side of `verify` (a crash here cannot take the caller down).
    #[command(hide = true)]
    VerifyChild { file: PathBuf },
    /// Pin the SHA-256 of every plugin file of the directory into the lock file (after review).
    Pin,
    /// Make a publisher's signing key: writes the secret to a new file, prints the public key.
    Keygen {
        #[arg(long)]
        out: PathBuf,
    },
    /// Sign a plugin file as its publisher: writes `<file>.sig` beside it.
    Sign {
        /// The key file `plugins keygen` wrote.
        #[arg(long)]
        key: PathBuf,
        file: PathBuf,
    },
    /// Scaffold a new plugin crate: profile data file, example, README.
    New {
        id: String,
        /// Where to create it (default: ./plugins).
        #[arg(long, default_value = "plugins")]
        dest: PathBuf,
    },
}

#[derive(Subcommand)]
enum LicensesAction {
    /// Record EXPIRED (status, copy entry, archive event; one audit record, as the platform) every
    /// license VALID or SUSPENDED whose last valid day is before --as-of (default today); a
    /// second run records nothing.
    Expire {
        /// YYYY-MM-DD, not after today.
        #[arg(long)]
        as_of: Option<chrono::NaiveDate>,
    },
}

#[derive(Subcommand)]
enum RiskAction {
    /// Assess every enterprise again with the model in force, in batches that each commit; an
    /// interrupted run resumes after its last committed batch. Prints the run's totals.
    Recompute {
        /// Enterprises per transaction (1–10,000).
        #[arg(long, default_value_t = 1000)]
        batch: u64,
    },
}

#[derive(Subcommand)]
enum AuditAction {
    /// Walk the whole chain and check the anchors; name the first broken link or anchor (exit
    /// status 1 if any).
    Verify {
        /// Trust only anchors signed by this public key (hex); repeat for several.
        #[arg(long = "anchor-key")]
        anchor_keys: Vec<String>,
        /// Also check these published anchors (JSON lines, as `audit anchor` prints them).
        #[arg(long)]
        anchors: Option<std::path::PathBuf>,
    },
    /// Sign the chain head with the operator's ed25519 key, record the anchor and print it as
    /// one JSON line to publish elsewhere.
    Anchor {
        /// The key file `audit keygen` wrote.
        #[arg(long)]
        key_file: std::path::PathBuf,
    },
    /// Make an anchor signing key: writes the secret to a new file, prints the public key.
    Keygen {
        #[arg(long)]
        out: std::path::PathBuf,
    },
}

#[derive(Subcommand)]
enum TokenAction {
    /// Sign a token for a person; the claims are checked against the registry.
    Issue {
        /// `authority:<id>`, `institution:<id>`, `enterprise:<id>` or `platform`.
        #[arg(long)]
        org: String,
        /// national_officer, provincial_officer, municipal_officer, county_officer,
        /// review_department, testing_institution, enterprise_user, plugin_administrator, auditor.
        #[arg(long)]
        role: String,
        /// Officers only: head, leader_in_charge or staff.
        #[arg(long)]
        tier: Option<String>,
        /// Who the token is for (the `sub` claim).
        #[arg(long, default_value = "admin")]
        subject: String,
        /// Hours until it expires.
        #[arg(long, default_value_t = 8)]
        hours: i64,
    },
}

#[derive(Subcommand)]
enum MigrateAction {
    /// Apply every pending migration.
    Up,
    /// Roll back the last N migrations.
    Down {
        #[arg(long, default_value_t = 1)]
        steps: u32,
    },
    /// List migrations and whether each is applied.
    Status,
}

#[derive(Subcommand)]
enum SeedKind {
    /// Realistic demo data: authorities of three provinces and N enterprises.
    Demo {
        #[arg(long, default_value_t = 300)]
        enterprises: usize,
        /// The same seed gives the same data (dates are relative to today).
        #[arg(long, default_value_t = 2006)]
        seed: u64,
    },
}

/// Runs the command; a failure is printed as one `error:` line with its causes (never a debug
/// dump or a backtrace, whatever `RUST_BACKTRACE` says) and exits with status 1.
fn main() -> std::process::ExitCode {
    match run(Cli::parse()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{}", report(&error));
            std::process::ExitCode::FAILURE
        }
    }
}

/// `error: <message>` and one `  caused by: <cause>` line per cause the message does not
/// already say.
fn report(error: &anyhow::Error) -> String {
    let mut text = format!("error: {error}");
    let mut said = error.to_string();
    for cause in error.chain().skip(1) {
        let cause = cause.to_string();
        if !said.contains(&cause) {
            text.push_str(&format!("\n  caused by: {cause}"));
            said.push_str(&cause);
        }
    }
    text
}

fn run(cli: Cli) -> anyhow::Result<()> {
    if let Some(file) = cli.config.as_deref().filter(|file| !file.is_file()) {
        anyhow::bail!("no configuration file at {} (--config / OVERSIGHT_CONFIG)", file.display());
    }
    let mut config =
        Config::load(cli.config.as_deref()).map_err(|e| anyhow::anyhow!("configuration: {e}"))?;
    if let Some(url) = cli.database_url {
        config.database_url = url;
    }
    telemetry::install(config.log_format, &config.log, std::io::stderr).map_err(anyhow::Error::msg)?;

    match cli.command {
        Command::Draw { action: DrawAction::Replay { record } } => {
            let (matched, report) = draw_cli::replay_file(&record)?;
            println!("{report}");
            if !matched {
                std::process::exit(1);
            }
            Ok(())
        }
        // Started by the server with no flags and an empty environment: the configuration read
        // above is the defaults, and nothing of it is used.
        Command::PluginWorker { file } => oversight_plugin_host::worker::serve_stdio(&file)
            .with_context(|| format!("plugin worker for {}", file.display())),
        Command::Schema => {
            print!("{}", oversight_api::sdl());
            Ok(())
        }
        Command::Serve { bind } => {
            if let Some(bind) = bind {
                config.bind = bind;
            }
            actix_web::rt::System::new().block_on(run_server(config))
        }
        Command::Demo { bind, enterprises, seed: seed_value } => {
            if let Some(bind) = bind {
                config.bind = bind;
            }
            config.database_url = "sqlite://./data/demo.sqlite?mode=rwc".to_owned();
            // The walkthrough reaches its deadlines by moving the supervision calendar.
            config.demo_clock = true;
            // A fresh secret per demo database, kept beside it, so `token issue` works against it.
            std::fs::create_dir_all("./data")?;
            let secret = demo_secret();
            std::fs::write("./data/demo.secret", &secret).context("cannot write ./data/demo.secret")?;
            config.jwt_hs256_secret = Some(secret.clone());
            for suffix in ["", "-wal", "-shm"] {
                let path = format!("./data/demo.sqlite{suffix}");
                if std::path::Path::new(&path).exists() {
                    std::fs::remove_file(&path).with_context(|| format!("cannot remove {path}"))?;
                }
            }
            actix_web::rt::System::new().block_on(async move {
                let app = serve::open_app(&config).await?;
                let options = seed::SeedOptions { enterprises, seed: seed_value, progress: true };
                let report = seed::demo(&app, &options, app.today()).await?;
                eprintln!(
                    "seeded {} authorities, {} enterprises, {} licenses ({} status changes) into ./data/demo.sqlite",
                    report.authorities, report.enterprises, report.licenses, report.status_changes
                );
                println!("Demo tokens (valid 30 days; GraphiQL at /graphql offers each in its demo-role picker;");
                println!("the README's walkthrough names each by the key in brackets):");
                let demo_tokens = tokens::demo_tokens(&app, &secret, &report).await?;
                for demo in &demo_tokens {
                    println!("\n# {} [{}]\n{}", demo.label, demo.key, demo.token);
                }
                config.demo_roles = demo_tokens.into_iter().map(tokens::DemoToken::into_role).collect();
                println!("\nMore: OVERSIGHT_JWT_HS256_SECRET=$(cat data/demo.secret) oversight --database-url 'sqlite://./data/demo.sqlite?mode=rwc' token issue --org authority:1 --role national_officer --tier head");
                println!(
                    "\nDemo clock ON: deadlines (15-day objection window, 30-day rectification) are counted on the \
                     supervision calendar, today {}. Move it forward as the plugin administrator:\n  \
                     mutation {{ advanceDemoClock(input: {{ days: 41 }}) {{ calendar {{ today offsetDays }} }} }}\n\
                     Read it with {{ supervisionCalendar {{ today offsetDays demoClock }} }}. It lives in this process \
                     only and starts again from the real date on restart.\n",
                    app.today()
                );
                serve_app(app, config).await
            })
        }
        Command::Migrate { action } => tokio_block_on(async move {
            let store_options = StoreOptions::new(config.database_url.clone());
            if let Some(directory) = config.sqlite_directory() {
                std::fs::create_dir_all(&directory)?;
            }
            let store = open_without_migrating(store_options).await?;
            match action {
                MigrateAction::Up => {
                    store.store().migrate_up().await?;
                    println!("migrations applied");
                }
                MigrateAction::Down { steps } => {
                    store.store().migrate_down(steps).await?;
                    println!("rolled back {steps} migration(s)");
                }
                MigrateAction::Status => {
                    for (name, applied) in store.store().migration_status().await? {
                        println!("{} {name}", if applied { "applied" } else { "pending" });
                    }
                }
            }
            Ok(())
        }),
        Command::Plugins { action } => {
            let output = match action {
                PluginsAction::List => {
                    let lock = oversight_plugin_host::LockFile::read(&config.plugins_lock)?;
                    let options = config.plugin_load_options(lock).map_err(anyhow::Error::msg)?;
                    plugins_cli::list(&config.plugins_dir, &options)
                }
                PluginsAction::Keygen { out } => plugins_cli::keygen(&out),
                PluginsAction::Sign { key, file } => plugins_cli::sign(&key, &file),
                PluginsAction::Verify { file } => plugins_cli::verify_in_child(&file),
                PluginsAction::VerifyChild { file } => plugins_cli::verify_child(&file),
                PluginsAction::Pin => plugins_cli::pin(&config.plugins_dir, &config.plugins_lock),
                PluginsAction::New { id, dest } => plugins_cli::scaffold(&id, &dest),
            }?;
            print!("{output}");
            Ok(())
        }
        Command::Audit { action: AuditAction::Verify { anchor_keys, anchors } } => {
            tokio_block_on(async move {
                let published = match &anchors {
                    Some(path) => audit_cli::read_anchors(path)?,
                    None => Vec::new(),
                };
                let app = open_without_migrating(StoreOptions::new(config.database_url.clone())).await?;
                match audit_cli::verify(&app, &anchor_keys, &published).await {
                    Ok(report) => {
                        println!("{report}");
                        Ok(())
                    }
                    Err(problem) => {
                        println!("{problem}");
                        std::process::exit(1);
                    }
                }
            })
        }
        Command::Audit { action: AuditAction::Anchor { key_file } } => tokio_block_on(async move {
            let app = open_without_migrating(StoreOptions::new(config.database_url.clone())).await?;
            let (line, new) = audit_cli::anchor(&app, &key_file).await?;
            println!("{line}");
            eprintln!(
                "{}",
                if new { "anchor recorded" } else { "this head was already anchored with this key" }
            );
            Ok(())
        }),
        Command::Audit { action: AuditAction::Keygen { out } } => {
            let public = audit_cli::keygen(&out)?;
            println!("{public}");
            eprintln!(
                "secret key written to {}; publish the public key above with the anchors",
                out.display()
            );
            Ok(())
        }
        Command::GrantAppRole { role } => tokio_block_on(async move {
            let app = serve::open_app(&config).await?;
            app.store().grant_app_role(&role).await?;
            println!("granted {role} the server's privileges (no DDL, no UPDATE/DELETE on the audit trail)");
            Ok(())
        }),
        Command::Bootstrap { authority_name, name, badge_number, subject } => tokio_block_on(async move {
            let app = serve::open_app(&config).await?;
            let administrator = oversight_app::CreateOfficer {
                authority_id: oversight_domain::AuthorityId::new(0),
                name,
                badge_number,
                subject,
                tier: oversight_app::Tier::Head,
                industries: Vec::new(),
            };
            let (national, officer) =
                app.bootstrap(oversight_app::Bootstrap { authority_name, administrator }).await?;
            println!(
                "created {} (authority:{}) and its head {} ({})",
                national.name, national.id, officer.name, officer.badge_number
            );
            println!(
                "their token: oversight token issue --org authority:{} --role national_officer --tier head --subject '{}'",
                national.id, officer.subject
            );
            Ok(())
        }),
        Command::Risk { action: RiskAction::Recompute { batch } } => tokio_block_on(async move {
            let app = serve::open_app(&config).await?;
            let done = risk_cli::recompute(&app, batch, std::io::IsTerminal::is_terminal(&std::io::stderr()))
                .await?;
            let how = if done.resumed { "resumed and finished" } else { "finished" };
            println!(
                "risk recompute run {} {how}: {} enterprise(s) assessed, {} class(es) changed",
                done.run, done.assessed, done.changed
            );
            Ok(())
        }),
        Command::Import { kind: ImportKind::Registry { file, officer, batch, report } } => {
            tokio_block_on(async move {
                let app = serve::open_app(&config).await?;
                let progress = std::io::IsTerminal::is_terminal(&std::io::stderr());
                let options = import_cli::RegistryImportOptions { file, officer, batch, report, progress };
                match import_cli::registry(&app, &options).await? {
                    import_cli::RegistryImportSummary::Imported { text, .. } => {
                        println!("{text}");
                        Ok(())
                    }
                    import_cli::RegistryImportSummary::Refused { problems, report, text } => {
                        println!(
                            "{problems} problem(s); nothing was written. The report: {}",
                            report.display()
                        );
                        print!("{text}");
                        std::process::exit(1);
                    }
                }
            })
        }
        Command::Licenses { action: LicensesAction::Expire { as_of } } => tokio_block_on(async move {
            let app = serve::open_app(&config).await?;
            let recorded = app.record_license_expiries_as_platform(as_of).await?;
            println!("{} license(s) recorded EXPIRED as of {}", recorded.licenses.len(), recorded.as_of);
            for license in &recorded.licenses {
                println!("  {} (last valid day {})", license.number, license.validity.expires_on);
            }
            Ok(())
        }),
        Command::Token { action: TokenAction::Issue { org, role, tier, subject, hours } } => {
            tokio_block_on(async move {
                let secret = config.jwt_hs256_secret.clone().context(
                    "token issue signs with jwt_hs256_secret (OVERSIGHT_JWT_HS256_SECRET); \
                 with an external identity provider, tokens come from it",
                )?;
                let app = serve::open_app(&config).await?;
                let request = tokens::TokenRequest { subject, organisation: org, role, tier, hours };
                println!("{}", tokens::issue(&app, &secret, &request).await?);
                Ok(())
            })
        }
        Command::Seed { kind: SeedKind::Demo { enterprises, seed: seed_value } } => {
            tokio_block_on(async move {
                let app = serve::open_app(&config).await?;
                let options = seed::SeedOptions { enterprises, seed: seed_value, progress: true };
                let report = seed::demo(&app, &options, app.today()).await?;
                println!(
                    "seeded {} authorities, {} enterprises, {} licenses ({} status changes)",
                    report.authorities, report.enterprises, report.licenses, report.status_changes
                );
                match &config.jwt_hs256_secret {
                    Some(secret) => {
                        println!("Demo tokens (valid 30 days):");
                        for demo in tokens::demo_tokens(&app, secret, &report).await? {
                            println!("\n# {} [{}]\n{}", demo.label, demo.key, demo.token);
                        }
                    }
                    None => {
                        println!("(set jwt_hs256_secret to have a ready token printed for every demo role)")
                    }
                }
                Ok(())
            })
        }
    }
}

async fn run_server(config: Config) -> anyhow::Result<()> {
    let app = serve::open_app(&config).await?;
    serve_app(app, config).await
}

async fn serve_app(app: App, config: Config) -> anyhow::Result<()> {
    serve::refuse_unserved_versions(&app).await?;
    let running = serve::start(app, &config)?;
    tracing::info!(address = %running.addr, "serving GraphQL at http://{}/graphql", running.addr);
    if let Some(metrics) = running.metrics_addr {
        tracing::info!(address = %metrics, "serving Prometheus metrics at http://{metrics}/metrics");
    }
    running.server.await.context("server stopped with an error")
}

/// Opens the store without applying migrations (so `migrate status` shows pending ones).
async fn open_without_migrating(options: StoreOptions) -> anyhow::Result<App> {
    Ok(App::from_store(oversight_storage::Store::connect(options).await?))
}

fn tokio_block_on(future: impl std::future::Future<Output = anyhow::Result<()>>) -> anyhow::Result<()> {
    tokio::runtime::Builder::new_multi_thread().enable_all().build()?.block_on(future)
}

/// 48 random bytes as hex: a demo HS256 secret.
fn demo_secret() -> String {
    use rand::RngCore;
    let mut bytes = [0_u8; 48];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
