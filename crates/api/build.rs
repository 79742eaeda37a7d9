//! Fetches the pinned GraphiQL bundle through npm (web/graphiql/package-lock.json)
//! and copies it into OUT_DIR, where `graphiql.rs` embeds it. The server then
//! serves GraphiQL with no internet: government networks are often offline.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let web = manifest_dir.join("../../web/graphiql");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("graphiql");
    for file in ["package.json", "package-lock.json", "build.sh", "boot.js", "index.html"] {
        println!("cargo:rerun-if-changed={}", web.join(file).display());
    }
    let status = Command::new("bash").arg(web.join("build.sh")).arg(&out).status();
    match status {
        Ok(status) if status.success() => {}
        Ok(status) => panic!(
            "web/graphiql/build.sh failed ({status}); it needs npm and the npm registry (or a warm npm cache) \
             the first time"
        ),
        Err(err) => panic!("cannot run bash web/graphiql/build.sh: {err}"),
    }
}
