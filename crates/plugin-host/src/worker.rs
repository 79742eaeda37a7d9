//! The worker side of isolated mode (docs/adr/0045): a process that opens one plugin library
//! and serves the host's frames on stdin/stdout until the host closes its stdin. It greets with
//! the outcome of opening the library (`Ok`, or the [`LoadError`] loading in process would
//! give), then answers each request with the exact bytes the plugin returned: `M` asks for the
//! manifest, `J` + the request JSON for a judgment. A crash, an abort or an endless loop in the
//! plugin ends or stalls this process only; the host notices and starts another.
//!
//! [`LoadError`]: crate::LoadError

use std::io::{Read, Write};
use std::path::Path;

use crate::ffi;
use crate::isolation::{ASK_JUDGE, ASK_MANIFEST, FrameError, read_frame, write_frame};

/// Serves `file` over this process's standard streams; what the plugin prints to stdout goes
/// to stderr. Returns when the host closes stdin; an error means the host is gone or broke the
/// protocol.
pub fn serve_stdio(file: &Path) -> std::io::Result<()> {
    let output = crate::os::take_stdout()?;
    serve(file, std::io::stdin().lock(), std::io::BufWriter::new(output))
}

fn serve(file: &Path, mut input: impl Read, mut output: impl Write) -> std::io::Result<()> {
    let table = ffi::open(file);
    let greeting = serde_json::to_vec(&table.as_ref().map(|_| ()).map_err(Clone::clone))?;
    write_frame(&mut output, &greeting)?;
    let Ok(table) = table else { return Ok(()) };
    loop {
        let request = match read_frame(&mut input) {
            Ok(request) => request,
            Err(FrameError::Closed) => return Ok(()),
            Err(FrameError::Broken(why)) => return Err(std::io::Error::other(why)),
        };
        // The plugin's buffer is written out before it goes back to the plugin's `free`.
        match request.split_first() {
            Some((&ASK_MANIFEST, [])) => ffi::call_manifest(&table, |bytes| write_frame(&mut output, bytes)),
            Some((&ASK_JUDGE, body)) => {
                ffi::call_judge(&table, body, |bytes| write_frame(&mut output, bytes))
            }
            _ => return Err(std::io::Error::other("a request the worker does not know")),
        }?;
    }
}
