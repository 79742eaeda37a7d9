//! `oversight draw replay RECORD.json`: recomputes a published double-random draw (the JSON of
//! `GET /public/draws/{id}`) offline with the domain's algorithm, and says MATCH or MISMATCH
//! with the first difference, or CANCELLED for a draw cancelled before any run (docs/adr/0025).
//! Needs no database and no configuration.

use std::path::Path;

use anyhow::Context;
use oversight_domain::draw::record::{DrawRecord, Replay, replay};

/// What the replay prints, and whether the record matched.
pub fn replay_file(path: &Path) -> anyhow::Result<(bool, String)> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let record: DrawRecord = serde_json::from_str(&text).with_context(|| {
        format!("{} is not a draw record (the JSON of /public/draws/{{id}})", path.display())
    })?;
    Ok(match replay(&record) {
        Replay::Match { result_sha256, n_targets } => (
            true,
            format!(
                "MATCH: draw {} ({}), {n_targets} targets drawn, result SHA-256 {result_sha256}",
                record.id, record.algorithm_version
            ),
        ),
        Replay::Mismatch(difference) => (false, format!("MISMATCH: draw {}: {difference}", record.id)),
        // Not a match: there is no result, and a script checking the exit status must not take
        // a withdrawn commitment for a verified draw.
        Replay::Cancelled { at, reason } => (
            false,
            format!(
                "CANCELLED: draw {} was cancelled at {} before it was run ({reason}): there is no result to replay",
                record.id,
                at.to_rfc3339()
            ),
        ),
    })
}
