//! `plugins.lock`: the SHA-256 of every approved plugin binary, by file name. Loading a library runs
//! its code, so the hash is checked *before* `dlopen`. The format is a tiny TOML subset (one
//! `[plugins]` table of quoted file name = quoted hex digest), read and written here without a
//! TOML dependency.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use sha2::{Digest, Sha256};

/// Why the lock file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("cannot read {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("cannot write {path}: {source}")]
    Write { path: String, source: std::io::Error },
    #[error("plugins.lock line {line}: {reason}")]
    Syntax { line: usize, reason: String },
}

/// File name → lowercase hex SHA-256.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LockFile {
    entries: BTreeMap<String, String>,
}

const HEADER: &str = "# SHA-256 of every approved plugin binary, by file name in the plugin directory.\n\
# Written by `oversight plugins pin` after review; the server refuses any file not listed here\n\
# (or whose digest differs) unless it runs with the development flag allow_unpinned.\n";

impl LockFile {
    /// Reads the lock file; a missing file is an empty lock (everything unpinned).
    pub fn read(path: &Path) -> Result<LockFile, LockError> {
        match std::fs::read_to_string(path) {
            Ok(text) => LockFile::parse(&text),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(LockFile::default()),
            Err(source) => Err(LockError::Read { path: path.display().to_string(), source }),
        }
    }

    /// Parses the TOML subset this file uses.
    pub fn parse(text: &str) -> Result<LockFile, LockError> {
        let mut entries = BTreeMap::new();
        let mut in_plugins = false;
        for (index, raw) in text.lines().enumerate() {
            let line = raw.trim();
            let syntax = |reason: &str| LockError::Syntax { line: index + 1, reason: reason.to_owned() };
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if line.starts_with('[') {
                in_plugins = line == "[plugins]";
                if !in_plugins {
                    return Err(syntax("only a [plugins] table is allowed"));
                }
                continue;
            }
            if !in_plugins {
                return Err(syntax("entries must follow the [plugins] header"));
            }
            let (key, value) = line.split_once('=').ok_or_else(|| syntax("expected name = \"sha256\""))?;
            let key = unquote(key.trim()).ok_or_else(|| syntax("the file name must be a quoted string"))?;
            let value = unquote(value.trim()).ok_or_else(|| syntax("the digest must be a quoted string"))?;
            if value.len() != 64 || !value.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(syntax("the digest must be 64 hexadecimal digits"));
            }
            if entries.insert(key.to_owned(), value.to_ascii_lowercase()).is_some() {
                return Err(syntax("the same file is pinned twice"));
            }
        }
        Ok(LockFile { entries })
    }

    /// The TOML text, stable (sorted) so that diffs show exactly what changed.
    pub fn to_toml(&self) -> String {
        let mut text = String::from(HEADER);
        text.push_str("\n[plugins]\n");
        for (file, digest) in &self.entries {
            text.push_str(&format!("\"{}\" = \"{digest}\"\n", escape(file)));
        }
        text
    }

    pub fn write(&self, path: &Path) -> Result<(), LockError> {
        std::fs::write(path, self.to_toml())
            .map_err(|source| LockError::Write { path: path.display().to_string(), source })
    }

    pub fn digest(&self, file_name: &str) -> Option<&str> {
        self.entries.get(file_name).map(String::as_str)
    }

    pub fn pin(&mut self, file_name: &str, digest: &str) {
        self.entries.insert(file_name.to_owned(), digest.to_ascii_lowercase());
    }

    pub fn entries(&self) -> impl Iterator<Item = (&str, &str)> {
        self.entries.iter().map(|(file, digest)| (file.as_str(), digest.as_str()))
    }
}

fn unquote(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('"')?.strip_suffix('"')?;
    // File names with quotes or backslashes are not supported: refuse rather than misread.
    (!inner.contains(['"', '\\'])).then_some(inner)
}

fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"")
}

/// Lowercase hex SHA-256 of a file, streamed.
pub fn sha256_file(path: &Path) -> std::io::Result<String> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        let n_read = file.read(&mut buffer)?;
        if n_read == 0 {
            break;
        }
        hasher.update(&buffer[..n_read]);
    }
    Ok(hasher.finalize().iter().map(|byte| format!("{byte:02x}")).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_garbage() {
        let mut lock = LockFile::default();
        lock.pin("liba.so", &"AB".repeat(32));
        let parsed = LockFile::parse(&lock.to_toml()).unwrap();
        assert_eq!(parsed, lock);
        assert_eq!(parsed.digest("liba.so"), Some("ab".repeat(32).as_str()));
        for bad in [
            "\"a.so\" = \"00\"",
            "[plugins]\n\"a.so\" = \"zz\"",
            "[other]\n",
            "[plugins]\na.so = \"00\"",
            "[plugins]\n\"a.so\"",
        ] {
            assert!(LockFile::parse(bad).is_err(), "{bad:?}");
        }
        let twice = format!("[plugins]\n\"a.so\" = \"{0}\"\n\"a.so\" = \"{0}\"\n", "0".repeat(64));
        assert!(LockFile::parse(&twice).is_err());
    }
}
