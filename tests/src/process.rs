//! Process-level harnesses for the fault tests (docs/adr/0044): the real `oversight` binary as a
//! child process — started on a database, killed with SIGKILL, stopped with SIGTERM — and a
//! private PostgreSQL server a test may stop and start without touching the shared one.

use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::Duration;

use anyhow::{Context, bail};

use crate::{TEST_SECRET, TempDir, temp_dir};

/// The longest a child may take to start answering or to stop: a bound, so a hang fails the
/// test instead of stalling the suite.
const START_OR_STOP_LIMIT: Duration = Duration::from_secs(60);

/// How often a starting or stopping child is looked at.
const POLL: Duration = Duration::from_millis(25);

/// The `oversight` binary of this build: beside the test binary's `deps` directory. The suite's
/// command builds it first (`cargo build --workspace --all-targets` in scripts/test.sh); when it
/// is missing it is built here, once per test process.
pub fn server_binary() -> &'static Path {
    static BINARY: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BINARY.get_or_init(|| {
        let exe = std::env::current_exe().unwrap_or_else(|e| panic!("no test executable: {e}"));
        let profile_dir = exe.parent().and_then(Path::parent).unwrap_or_else(|| panic!("{}", exe.display()));
        let binary = profile_dir.join(format!("oversight{}", std::env::consts::EXE_SUFFIX));
        if !binary.exists() {
            let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
            let status = Command::new(env!("CARGO"))
                .current_dir(&workspace)
                .args(["build", "-p", "oversight-server", "--bin", "oversight"])
                .status()
                .unwrap_or_else(|e| panic!("cargo does not run: {e}"));
            assert!(status.success(), "building the oversight binary failed");
        }
        binary
    })
}

/// How a server process is started: the database and plugins of an in-process test server, and
/// the settings a fault test turns.
#[derive(Debug, Clone)]
pub struct ProcessConfig {
    pub database_url: String,
    /// The directory of plugin libraries and its `plugins.lock`, when the server needs plugins.
    pub plugins_dir: Option<PathBuf>,
    /// `shutdown_timeout_secs`: the grace SIGTERM gives requests in flight.
    pub shutdown_timeout_secs: u64,
    /// `database_acquire_timeout_secs`: how long a request waits for a connection.
    pub acquire_timeout_secs: u64,
    /// The `file://` attachment store's directory; unset, one in the process's own temp dir.
    pub attachments_dir: Option<PathBuf>,
}

impl ProcessConfig {
    pub fn new(database_url: impl Into<String>) -> ProcessConfig {
        ProcessConfig {
            database_url: database_url.into(),
            plugins_dir: None,
            shutdown_timeout_secs: 30,
            acquire_timeout_secs: 5,
            attachments_dir: None,
        }
    }
}

/// The `oversight serve` binary running as a child process on a free loopback port. Dropping
/// it kills the child, so a failed test leaves no server behind.
pub struct ServerProcess {
    child: Child,
    pub addr: SocketAddr,
    /// The metrics listener (`/metrics`), on a loopback port of its own.
    pub metrics_addr: SocketAddr,
    log: PathBuf,
    _dir: TempDir,
}

impl ServerProcess {
    /// Starts the server and waits until `/healthz` answers.
    pub async fn start(config: &ProcessConfig) -> anyhow::Result<ServerProcess> {
        let dir = temp_dir("process")?;
        let addr = free_loopback_port()?;
        // Two ports asked of the system one after the other could, rarely, be the same one.
        let metrics_addr = loop {
            let port = free_loopback_port()?;
            if port != addr {
                break port;
            }
        };
        let log = dir.0.join("server.log");
        let attachments = config.attachments_dir.clone().unwrap_or_else(|| dir.0.join("attachments"));
        let mut command = Command::new(server_binary());
        command
            .args(["serve", "--bind", &addr.to_string()])
            .current_dir(&dir.0)
            .env_remove("OVERSIGHT_CONFIG")
            .env("OVERSIGHT_DATABASE_URL", &config.database_url)
            .env("OVERSIGHT_JWT_HS256_SECRET", TEST_SECRET)
            .env("OVERSIGHT_WORKERS", "2")
            .env("OVERSIGHT_RATE_LIMIT_PER_SECOND", "10000")
            .env("OVERSIGHT_RATE_LIMIT_BURST", "10000")
            .env("OVERSIGHT_SHUTDOWN_TIMEOUT_SECS", config.shutdown_timeout_secs.to_string())
            .env("OVERSIGHT_DATABASE_ACQUIRE_TIMEOUT_SECS", config.acquire_timeout_secs.to_string())
            .env("OVERSIGHT_ATTACHMENTS_URL", format!("file://{}", attachments.display()))
            .env("OVERSIGHT_LOG", "warn")
            // Metrics on, as in production: the fault tests then also cover a server with two
            // listeners (a SIGTERM must still give the API's requests their grace period).
            .env("OVERSIGHT_METRICS_LISTEN", metrics_addr.to_string())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log)?);
        if let Some(plugins) = &config.plugins_dir {
            command
                .env("OVERSIGHT_PLUGINS_DIR", plugins)
                .env("OVERSIGHT_PLUGINS_LOCK", plugins.join("plugins.lock"));
        }
        let child = command.spawn().context("cannot start the oversight binary")?;
        let mut server = ServerProcess { child, addr, metrics_addr, log, _dir: dir };
        server.wait_until_healthy().await?;
        Ok(server)
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// What the server wrote to stderr so far (for a failing assertion's message).
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    async fn wait_until_healthy(&mut self) -> anyhow::Result<()> {
        let client = reqwest::Client::builder().timeout(Duration::from_secs(2)).build()?;
        let mut waited = Duration::ZERO;
        while waited < START_OR_STOP_LIMIT {
            if let Some(status) = self.child.try_wait()? {
                bail!("the server exited at start ({status}):\n{}", self.log());
            }
            let answer = client.get(self.url("/healthz")).send().await;
            if answer.is_ok_and(|response| response.status().is_success()) {
                return Ok(());
            }
            actix_web::rt::time::sleep(POLL).await;
            waited += POLL;
        }
        bail!("the server did not answer /healthz within {START_OR_STOP_LIMIT:?}:\n{}", self.log())
    }

    /// SIGKILL: the process ends at once, wherever it was (no destructor, no rollback sent).
    pub fn kill(&mut self) -> anyhow::Result<()> {
        self.child.kill()?;
        self.child.wait()?;
        Ok(())
    }

    /// Sends SIGTERM and returns once the process has exited.
    pub fn send_sigterm(&self) -> anyhow::Result<()> {
        let status = Command::new("kill").args(["-TERM", &self.pid().to_string()]).status()?;
        anyhow::ensure!(status.success(), "kill -TERM {} failed", self.pid());
        Ok(())
    }

    /// Waits for the process to exit (after [`ServerProcess::send_sigterm`]), at most
    /// [`START_OR_STOP_LIMIT`].
    pub async fn wait_for_exit(&mut self) -> anyhow::Result<ExitStatus> {
        let mut waited = Duration::ZERO;
        while waited < START_OR_STOP_LIMIT {
            if let Some(status) = self.child.try_wait()? {
                return Ok(status);
            }
            actix_web::rt::time::sleep(POLL).await;
            waited += POLL;
        }
        bail!("the server did not exit within {START_OR_STOP_LIMIT:?}:\n{}", self.log())
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// A loopback address nobody listens on right now (the OS picks the port).
fn free_loopback_port() -> anyhow::Result<SocketAddr> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?)
}

/// A PostgreSQL server of the test's own: a fresh cluster in a temporary directory on a free
/// loopback port, `fsync` off (its data is thrown away). Stopping and starting it disturbs no
/// other test; dropping it stops the server and removes the directory, even when the test fails.
pub struct PrivatePostgres {
    dir: TempDir,
    port: u16,
}

impl PrivatePostgres {
    /// Whether `initdb` and `pg_ctl` are on PATH.
    pub fn available() -> bool {
        ["initdb", "pg_ctl"].iter().all(|tool| {
            Command::new(tool).arg("--version").stdout(Stdio::null()).status().is_ok_and(|s| s.success())
        })
    }

    /// Creates the cluster and starts it.
    pub fn start() -> anyhow::Result<PrivatePostgres> {
        let dir = temp_dir("postgres")?;
        let port = free_loopback_port()?.port();
        // initdb refuses to run as root: the cluster belongs to the `postgres` account then.
        if running_as_root() {
            run(Command::new("chown").arg("postgres").arg(&dir.0))?;
        }
        let data = dir.0.join("data");
        run(as_cluster_owner("initdb")
            .args(["--no-sync", "--auth=trust", "--username=postgres", "--encoding=UTF8", "--locale=C", "-D"])
            .arg(&data))?;
        let postgres = PrivatePostgres { dir, port };
        postgres.start_server()?;
        Ok(postgres)
    }

    /// The URL of its `postgres` database.
    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    /// Starts the server (again) on the same port and waits until it accepts connections.
    pub fn start_server(&self) -> anyhow::Result<()> {
        let options = format!(
            "-c fsync=off -c listen_addresses=127.0.0.1 -p {} -k {}",
            self.port,
            self.dir.0.display()
        );
        run(as_cluster_owner("pg_ctl")
            .args(["start", "-w", "-t", "60", "-D"])
            .arg(self.dir.0.join("data"))
            .arg("-l")
            .arg(self.dir.0.join("postgres.log"))
            .args(["-o", &options]))
    }

    /// Stops the server the way an operator restarting it does: `-m fast` ends every session
    /// (its transaction rolled back) and waits until the server is down.
    pub fn stop_server(&self) -> anyhow::Result<()> {
        run(as_cluster_owner("pg_ctl").args(["stop", "-w", "-m", "fast", "-D"]).arg(self.dir.0.join("data")))
    }
}

impl Drop for PrivatePostgres {
    fn drop(&mut self) {
        let _ = as_cluster_owner("pg_ctl")
            .args(["stop", "-w", "-m", "immediate", "-D"])
            .arg(self.dir.0.join("data"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}

fn running_as_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|output| String::from_utf8_lossy(&output.stdout).trim() == "0")
}

/// A PostgreSQL tool run as the cluster's owner: `postgres` through `runuser` when the test runs
/// as root, the current user otherwise.
fn as_cluster_owner(tool: &str) -> Command {
    if running_as_root() {
        let mut command = Command::new("runuser");
        command.args(["-u", "postgres", "--", tool]);
        command
    } else {
        Command::new(tool)
    }
}

/// Runs a command to its end; its output is kept for the error when it fails.
fn run(command: &mut Command) -> anyhow::Result<()> {
    let output = command.output().with_context(|| format!("cannot run {command:?}"))?;
    if !output.status.success() {
        bail!(
            "{command:?} failed ({}):\n{}{}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(())
}
