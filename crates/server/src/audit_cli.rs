//! `oversight audit verify | anchor | keygen`: walking the chain and checking anchors, signing the
//! chain head with the operator's ed25519 key, and making such a key. Plain functions returning
//! the text to print; the binary wires them to clap.

use std::io::Write as _;
use std::path::Path;

use anyhow::{Context, bail};
use oversight_app::App;
use oversight_app::audit::{AnchorKey, AuditAnchor};

/// Reads published anchors: one JSON object per line (what `audit anchor` prints), blank lines
/// skipped.
pub fn read_anchors(path: &Path) -> anyhow::Result<Vec<AuditAnchor>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| {
            serde_json::from_str(line)
                .with_context(|| format!("{} line {} is not an anchor", path.display(), index + 1))
        })
        .collect()
}

/// Walks the chain, then checks the stored anchors and `published` ones against it, trusting
/// only `trusted_keys` when any are given. `Ok(report)` when all holds; `Err` names the first
/// problem (the caller exits 1).
pub async fn verify(app: &App, trusted_keys: &[String], published: &[AuditAnchor]) -> anyhow::Result<String> {
    let chain = app.verify_audit_chain().await?;
    if let Some(chain_break) = chain.first_break {
        bail!("{chain_break} ({} records checked before it)", chain.records_checked);
    }
    let anchors = app.verify_audit_anchors(trusted_keys, published).await?;
    if let Some(problem) = anchors.first_problem {
        bail!("{problem} ({} anchors checked before it)", anchors.anchors_checked);
    }
    Ok(format!(
        "audit chain intact: {} records checked; {} anchors hold",
        chain.records_checked, anchors.anchors_checked
    ))
}

/// Signs the chain head with the key in `key_file` and records the anchor; returns the anchor as
/// one JSON line, to be published elsewhere.
pub async fn anchor(app: &App, key_file: &Path) -> anyhow::Result<(String, bool)> {
    let text =
        std::fs::read_to_string(key_file).with_context(|| format!("cannot read {}", key_file.display()))?;
    let key = AnchorKey::from_hex(&text).map_err(anyhow::Error::msg)?;
    let (anchor, new) = app.anchor_audit_chain(&key).await?;
    Ok((serde_json::to_string(&anchor)?, new))
}

/// Writes a new key to `out` (which must not exist; owner-readable only) and returns its public
/// key.
pub fn keygen(out: &Path) -> anyhow::Result<String> {
    let key = AnchorKey::generate();
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file =
        options.open(out).with_context(|| format!("cannot create {} (it must not exist)", out.display()))?;
    writeln!(file, "{}", key.secret_hex()).with_context(|| format!("cannot write {}", out.display()))?;
    Ok(key.public_hex())
}
