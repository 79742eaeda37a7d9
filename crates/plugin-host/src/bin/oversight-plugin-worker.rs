//! `oversight-plugin-worker <library>`: one isolated plugin's worker process (docs/adr/0045), for
//! the plugin host's own tests and benchmark. The server runs the same code as
//! `oversight plugin-worker <library>`, so a deployment ships one binary.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let (Some(file), None) = (args.next(), args.next()) else {
        eprintln!("usage: oversight-plugin-worker <plugin library>");
        return ExitCode::from(2);
    };
    match oversight_plugin_host::worker::serve_stdio(Path::new(&file)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("oversight-plugin-worker: {error}");
            ExitCode::FAILURE
        }
    }
}
