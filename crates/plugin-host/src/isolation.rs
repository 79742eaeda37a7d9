//! Isolated plugin mode (docs/adr/0045): each plugin's code runs in worker processes that this
//! module supervises, never in the server. A worker is `<program> <args…> <library>` (the hidden
//! `oversight plugin-worker` subcommand, or the `oversight-plugin-worker` binary); it speaks the
//! plugin's own JSON payloads over its stdin and stdout in length-prefixed frames ([`worker`]).
//! A call that times out, meets a dead worker or a broken frame kills and reaps that worker and
//! fails alone; the next call starts a fresh one.
//!
//! [`worker`]: crate::worker

use std::ffi::OsString;
use std::io::{BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::{Mutex, PoisonError, mpsc};
use std::time::Duration;

use crate::LoadError;

/// Where plugin code runs.
#[derive(Debug, Clone, Default)]
pub enum Isolation {
    /// In the server's own process: fastest, but a crash or an endless loop in a plugin is the
    /// server's. For development, tests and benchmarks.
    #[default]
    InProcess,
    /// In supervised worker processes, with a time limit per call and a memory limit.
    Process(ProcessOptions),
}

/// How isolated plugins are run.
#[derive(Debug, Clone)]
pub struct ProcessOptions {
    pub worker: WorkerCommand,
    /// The longest a call (and a worker's start) may take before the worker is killed.
    pub call_timeout: Duration,
    /// The worker's address-space limit (`RLIMIT_AS`), in bytes; `None`: no limit.
    pub memory_limit_bytes: Option<u64>,
    /// Idle workers kept per plugin version. Concurrent calls beyond it start workers of their
    /// own, which end after their call.
    pub max_idle: usize,
}

impl ProcessOptions {
    /// The defaults of the server's configuration: 2 s per call, 512 MiB, two idle workers.
    pub fn new(worker: WorkerCommand) -> ProcessOptions {
        ProcessOptions {
            worker,
            call_timeout: Duration::from_millis(2000),
            memory_limit_bytes: Some(512 * 1024 * 1024),
            max_idle: 2,
        }
    }
}

/// The program that serves one plugin library in a worker: the library's path is appended to
/// `args`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkerCommand {
    pub program: PathBuf,
    pub args: Vec<OsString>,
}

/// Why an isolated call failed. The detail is for the log; clients see only the code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CallFailure {
    #[error("no answer within {} ms", .0.as_millis())]
    TimedOut(Duration),
    #[error("the worker process ended ({0})")]
    Died(String),
    #[error("the worker answered with a broken frame: {0}")]
    BrokenFrame(String),
    #[error("cannot start a worker process: {0}")]
    Spawn(String),
}

/// A frame's first byte says what the host asks for.
pub(crate) const ASK_MANIFEST: u8 = b'M';
pub(crate) const ASK_JUDGE: u8 = b'J';

/// The largest frame either side accepts: far above any manifest or sample, and small enough
/// that a corrupt length cannot make the reader allocate the machine away.
const MAX_FRAME: usize = 64 * 1024 * 1024;

/// Writes one frame: the payload's length (u32, little-endian), then the payload.
pub(crate) fn write_frame(output: &mut impl Write, payload: &[u8]) -> std::io::Result<()> {
    let length = u32::try_from(payload.len())
        .ok()
        .filter(|length| *length as usize <= MAX_FRAME)
        .ok_or_else(|| std::io::Error::other(format!("a frame of {} bytes is too large", payload.len())))?;
    output.write_all(&length.to_le_bytes())?;
    output.write_all(payload)?;
    output.flush()
}

/// Why a frame could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum FrameError {
    /// The other side closed the pipe before a frame began (it exited, or crashed).
    #[error("closed")]
    Closed,
    #[error("{0}")]
    Broken(String),
}

/// Reads one frame.
pub(crate) fn read_frame(input: &mut impl Read) -> Result<Vec<u8>, FrameError> {
    let mut header = [0_u8; 4];
    let mut filled = 0;
    while filled < header.len() {
        match input.read(&mut header[filled..]) {
            Ok(0) if filled == 0 => return Err(FrameError::Closed),
            Ok(0) => return Err(FrameError::Broken("the stream ended inside a frame's length".to_owned())),
            Ok(n) => filled += n,
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
            Err(error) => return Err(FrameError::Broken(error.to_string())),
        }
    }
    let length = u32::from_le_bytes(header) as usize;
    if length > MAX_FRAME {
        return Err(FrameError::Broken(format!("a frame announces {length} bytes")));
    }
    let mut payload = vec![0_u8; length];
    input.read_exact(&mut payload).map_err(|error| match error.kind() {
        std::io::ErrorKind::UnexpectedEof => {
            FrameError::Broken(format!("the stream ended inside a frame of {length} bytes"))
        }
        _ => FrameError::Broken(error.to_string()),
    })?;
    Ok(payload)
}

/// One worker process, with the thread that moves its frames: the caller waits for an answer
/// on a channel, with a deadline, so a worker that neither reads nor writes cannot hold it.
#[derive(Debug)]
struct Worker {
    child: Child,
    requests: mpsc::Sender<Vec<u8>>,
    replies: mpsc::Receiver<Result<Vec<u8>, FrameError>>,
}

/// A worker that could not be started.
#[derive(Debug)]
enum StartFailure {
    /// The worker ran and refused the library (it names why, as loading in process would).
    Refused(LoadError),
    Failed(CallFailure),
}

impl Worker {
    /// Starts a worker for `file` and waits for its greeting: the library opened and its table
    /// checked, or the refusal.
    fn start(file: &Path, options: &ProcessOptions) -> Result<Worker, StartFailure> {
        let mut command = Command::new(&options.worker.program);
        command
            .args(&options.worker.args)
            .arg(file)
            // Nothing of the server's environment (its token key, its database URL) is the
            // plugin's business.
            .env_clear()
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            // The plugin's own messages (and a crash's) go to the server's log stream.
            .stderr(Stdio::inherit());
        crate::os::limit_memory(&mut command, options.memory_limit_bytes);
        let mut child =
            command.spawn().map_err(|error| StartFailure::Failed(CallFailure::Spawn(error.to_string())))?;
        let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            reap(&mut child);
            return Err(StartFailure::Failed(CallFailure::Spawn("no pipes to the worker".to_owned())));
        };
        let (requests, pending) = mpsc::channel();
        let (answer, replies) = mpsc::channel();
        let pump = std::thread::Builder::new()
            .name("plugin-worker-io".to_owned())
            .spawn(move || pump(stdin, BufReader::new(stdout), &pending, &answer));
        if let Err(error) = pump {
            reap(&mut child);
            return Err(StartFailure::Failed(CallFailure::Spawn(error.to_string())));
        }
        let mut worker = Worker { child, requests, replies };
        let greeting = worker.answer(options.call_timeout).map_err(StartFailure::Failed)?;
        match serde_json::from_slice::<Result<(), LoadError>>(&greeting) {
            Ok(Ok(())) => Ok(worker),
            Ok(Err(refusal)) => Err(StartFailure::Refused(refusal)),
            Err(error) => Err(StartFailure::Failed(CallFailure::BrokenFrame(format!("greeting: {error}")))),
        }
    }

    /// Sends one request and waits for its answer. On failure the worker is dead or killed.
    fn call(&mut self, request: Vec<u8>, timeout: Duration) -> Result<Vec<u8>, CallFailure> {
        if self.requests.send(request).is_err() {
            return Err(CallFailure::Died(self.end()));
        }
        self.answer(timeout)
    }

    fn answer(&mut self, timeout: Duration) -> Result<Vec<u8>, CallFailure> {
        match self.replies.recv_timeout(timeout) {
            Ok(Ok(answer)) => Ok(answer),
            Ok(Err(FrameError::Closed)) | Err(mpsc::RecvTimeoutError::Disconnected) => {
                Err(CallFailure::Died(self.end()))
            }
            Ok(Err(FrameError::Broken(why))) => {
                self.end();
                Err(CallFailure::BrokenFrame(why))
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                self.end();
                Err(CallFailure::TimedOut(timeout))
            }
        }
    }

    /// Kills and reaps the process (a no-op signal to one already dead); says how it ended.
    fn end(&mut self) -> String {
        describe(reap(&mut self.child))
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        reap(&mut self.child);
    }
}

/// Kills `child` and waits for it, so no zombie is left; its exit status if it could be read.
fn reap(child: &mut Child) -> Option<std::process::ExitStatus> {
    if let Ok(Some(status)) = child.try_wait() {
        return Some(status);
    }
    // An error here means the process is already gone; `wait` tells.
    let _ = child.kill();
    child.wait().ok()
}

fn describe(status: Option<std::process::ExitStatus>) -> String {
    use std::os::unix::process::ExitStatusExt;
    match status {
        Some(status) => match (status.code(), status.signal()) {
            (Some(code), _) => format!("exit status {code}"),
            (None, Some(signal)) => format!("killed by signal {signal}"),
            (None, None) => status.to_string(),
        },
        None => "exit status unknown".to_owned(),
    }
}

/// The worker's frame mover: its greeting, then one answer per request, in order, until the
/// host lets go of the request channel or a frame fails.
fn pump(
    mut stdin: ChildStdin,
    mut stdout: BufReader<ChildStdout>,
    pending: &mpsc::Receiver<Vec<u8>>,
    answer: &mpsc::Sender<Result<Vec<u8>, FrameError>>,
) {
    let greeting = read_frame(&mut stdout);
    let failed = greeting.is_err();
    if answer.send(greeting).is_err() || failed {
        return;
    }
    for request in pending {
        let reply = write_frame(&mut stdin, &request)
            .map_err(|_| FrameError::Closed)
            .and_then(|()| read_frame(&mut stdout));
        let failed = reply.is_err();
        if answer.send(reply).is_err() || failed {
            return;
        }
    }
}

/// The workers of one plugin version: idle ones wait in a pool; a call takes one (or starts one)
/// and gives it back when it answered, so concurrent calls never wait on each other and a hung
/// call holds only its own worker.
#[derive(Debug)]
pub(crate) struct Supervisor {
    file: PathBuf,
    options: ProcessOptions,
    idle: Mutex<Vec<Worker>>,
}

impl Supervisor {
    /// Starts the first worker (which opens the library and checks its table) and keeps it.
    pub(crate) fn start(file: &Path, options: &ProcessOptions) -> Result<Supervisor, LoadError> {
        let worker = Worker::start(file, options).map_err(|failure| match failure {
            StartFailure::Refused(refusal) => refusal,
            StartFailure::Failed(failure) => LoadError::Worker(failure.to_string()),
        })?;
        Ok(Supervisor { file: file.to_owned(), options: options.clone(), idle: Mutex::new(vec![worker]) })
    }

    /// Asks one worker; a failed call leaves no worker behind.
    pub(crate) fn call(&self, request: Vec<u8>) -> Result<Vec<u8>, CallFailure> {
        let idle = self.idle.lock().unwrap_or_else(PoisonError::into_inner).pop();
        let mut worker = match idle {
            Some(worker) => worker,
            None => Worker::start(&self.file, &self.options).map_err(|failure| {
                let failure = match failure {
                    // Refused now though it loaded at start: the file changed under the server.
                    StartFailure::Refused(refusal) => CallFailure::Spawn(refusal.to_string()),
                    StartFailure::Failed(failure) => failure,
                };
                self.log(&failure);
                failure
            })?,
        };
        match worker.call(request, self.options.call_timeout) {
            Ok(answer) => {
                let mut idle = self.idle.lock().unwrap_or_else(PoisonError::into_inner);
                if idle.len() < self.options.max_idle {
                    idle.push(worker);
                }
                Ok(answer)
            }
            Err(failure) => {
                self.log(&failure);
                Err(failure)
            }
        }
    }

    fn log(&self, failure: &CallFailure) {
        tracing::warn!(file = %self.file.display(), %failure, "plugin worker failed; the next call starts a new one");
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    #[test]
    fn frames_round_trip_and_a_closed_stream_reads_as_closed() {
        let mut stream = Vec::new();
        for payload in [&b""[..], b"M", b"J{\"variant\":\"x\"}"] {
            write_frame(&mut stream, payload).unwrap();
        }
        let mut input = stream.as_slice();
        assert_eq!(read_frame(&mut input).unwrap(), b"");
        assert_eq!(read_frame(&mut input).unwrap(), b"M");
        assert_eq!(read_frame(&mut input).unwrap(), b"J{\"variant\":\"x\"}");
        assert_eq!(read_frame(&mut input), Err(FrameError::Closed));
    }

    #[test]
    fn broken_frames_are_refused_without_reading_on() {
        let cases: [(&[u8], &str); 3] = [
            (&[3, 0], "inside a frame's length"),
            (&[5, 0, 0, 0, b'a', b'b'], "inside a frame of 5 bytes"),
            (&[0xff, 0xff, 0xff, 0xff], "announces 4294967295 bytes"),
        ];
        for (bytes, expected) in cases {
            let mut input = bytes;
            match read_frame(&mut input) {
                Err(FrameError::Broken(why)) => assert!(why.contains(expected), "{why}"),
                other => panic!("{bytes:?}: {other:?}"),
            }
        }
    }

    /// A worker made of a shell script: `script` runs with the library path as `$0`.
    fn shell(script: &str, timeout_ms: u64) -> ProcessOptions {
        let mut options = ProcessOptions::new(WorkerCommand {
            program: PathBuf::from("/bin/sh"),
            args: vec!["-c".into(), script.into()],
        });
        options.call_timeout = Duration::from_millis(timeout_ms);
        options
    }

    /// `printf` of a frame: the length as octal escapes, then the text.
    fn frame(text: &str) -> String {
        let length = u32::try_from(text.len()).unwrap().to_le_bytes();
        let escapes: String = length.iter().map(|byte| format!("\\{byte:03o}")).collect();
        format!("printf '{escapes}{text}'")
    }

    #[test]
    fn a_worker_that_never_greets_times_out_and_is_reaped() {
        let failure = Supervisor::start(Path::new("lib.so"), &shell("exec sleep 30", 200)).unwrap_err();
        assert_eq!(failure, LoadError::Worker("no answer within 200 ms".to_owned()));
    }

    #[test]
    fn a_worker_refusing_its_library_refuses_the_plugin_with_the_same_reason() {
        let refusal = serde_json::to_string(&Err::<(), _>(LoadError::NullTable)).unwrap();
        let failure = Supervisor::start(Path::new("lib.so"), &shell(&frame(&refusal), 5000)).unwrap_err();
        assert_eq!(failure, LoadError::NullTable);
    }

    #[test]
    fn a_dead_worker_fails_one_call_and_the_next_call_starts_another() {
        // Greets, answers one request, then dies: every worker serves exactly one call.
        let script = format!("{}; head -c 5 >/dev/null; {}; exit 3", frame("{\"Ok\":null}"), frame("one"));
        let supervisor = Supervisor::start(Path::new("lib.so"), &shell(&script, 5000)).unwrap();
        assert_eq!(supervisor.call(b"M".to_vec()).unwrap(), b"one");
        // Usually "exit status 3"; the kill may also come first when the pipe closed an instant
        // before the process could be waited for.
        assert!(matches!(supervisor.call(b"M".to_vec()), Err(CallFailure::Died(_))));
        // No worker is idle now: this call starts a new one, which answers.
        assert_eq!(supervisor.call(b"M".to_vec()).unwrap(), b"one");
    }

    #[test]
    fn the_memory_limit_applies_to_the_worker() {
        // The worker answers its address-space limit as `ulimit -v` reports it: 65536 KiB.
        let limit = format!("{}; printf %s \"$(ulimit -v)\"", frame("65536").replace("65536'", "'"));
        let script = format!("{}; head -c 5 >/dev/null; {limit}", frame("{\"Ok\":null}"));
        let mut options = shell(&script, 5000);
        options.memory_limit_bytes = Some(64 * 1024 * 1024);
        let supervisor = Supervisor::start(Path::new("lib.so"), &options).unwrap();
        assert_eq!(String::from_utf8(supervisor.call(b"M".to_vec()).unwrap()).unwrap(), "65536");
    }

    #[test]
    fn a_silent_worker_times_out_and_a_garbled_one_is_a_broken_frame() {
        let silent = format!("{}; exec sleep 30", frame("{\"Ok\":null}"));
        let supervisor = Supervisor::start(Path::new("lib.so"), &shell(&silent, 200)).unwrap();
        assert_eq!(supervisor.call(b"M".to_vec()), Err(CallFailure::TimedOut(Duration::from_millis(200))));
        let garbled = format!(
            "{}; head -c 5 >/dev/null; printf '\\377\\377\\377\\377'; exec sleep 30",
            frame("{\"Ok\":null}")
        );
        let supervisor = Supervisor::start(Path::new("lib.so"), &shell(&garbled, 5000)).unwrap();
        assert!(matches!(supervisor.call(b"M".to_vec()), Err(CallFailure::BrokenFrame(_))));
    }
}
