//! The two things isolation needs from the operating system that `std` does not offer: an
//! address-space limit set in the worker between `fork` and `exec`, and, in the worker, moving
//! the protocol off file descriptor 1 so that a plugin printing to stdout cannot corrupt a frame.

use std::fs::File;
use std::os::fd::AsFd;
use std::os::unix::process::CommandExt;
use std::process::Command;

/// Limits the address space (`RLIMIT_AS`) of the process `command` starts to `bytes`: an
/// allocation beyond it fails in the worker (a Rust plugin then aborts), never in the server.
pub(crate) fn limit_memory(command: &mut Command, bytes: Option<u64>) {
    let Some(bytes) = bytes else { return };
    let limit = libc::rlimit { rlim_cur: bytes as libc::rlim_t, rlim_max: bytes as libc::rlim_t };
    // SAFETY: the closure runs in the child between fork and exec, where only async-signal-safe
    // calls are allowed; `setrlimit` is one (a plain system call), and the closure allocates
    // nothing and touches no lock.
    unsafe {
        command.pre_exec(move || {
            if libc::setrlimit(libc::RLIMIT_AS, &limit) == 0 {
                Ok(())
            } else {
                Err(std::io::Error::last_os_error())
            }
        });
    }
}

/// Takes the process's stdout for the protocol and points descriptor 1 at stderr: what the plugin
/// prints (a stray `println!`) goes to the log, and only frames reach the host.
pub(crate) fn take_stdout() -> std::io::Result<File> {
    let protocol = std::io::stdout().as_fd().try_clone_to_owned()?;
    // SAFETY: `dup2` on two descriptors this process owns for its whole life (0–2 are never
    // closed by std); it replaces descriptor 1 atomically and touches no memory.
    if unsafe { libc::dup2(libc::STDERR_FILENO, libc::STDOUT_FILENO) } < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(File::from(protocol))
}
