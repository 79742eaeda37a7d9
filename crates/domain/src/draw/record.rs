//! The published record of a draw (the JSON `GET /public/draws/{id}` returns and `oversight draw
//! replay` reads) and its replay: recompute every hash and the result from the record alone, and
//! name the first difference. A cancelled draw has no result: its replay says it was cancelled.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::algorithm::{self, DrawResult};
use super::snapshot::{SnapshotHashes, Snapshots};
use super::{ALGORITHM_VERSION, DrawSpec, check_seed};
use crate::ids::DrawId;

/// A draw as published: what was committed, and once run, the seed and the result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DrawRecord {
    pub id: DrawId,
    pub algorithm_version: String,
    pub spec: DrawSpec,
    pub spec_sha256: String,
    pub seed_sha256: String,
    /// Why a second draw was made for the same authority and period.
    pub reason: Option<String>,
    pub snapshot_sha256: SnapshotHashes,
    pub snapshots: Snapshots,
    pub committed_at: DateTime<Utc>,
    /// Revealed when the draw is run.
    pub seed: Option<String>,
    pub result: Option<DrawResult>,
    pub result_sha256: Option<String>,
    pub ran_at: Option<DateTime<Utc>>,
    /// When the committing authority cancelled the draw before any run (docs/adr/0025 decision
    /// 22). `default`: records published before cancellation existed read as not cancelled.
    #[serde(default)]
    pub cancelled_at: Option<DateTime<Utc>>,
    /// Why it was cancelled: published, as the commitment it withdraws was.
    #[serde(default)]
    pub cancel_reason: Option<String>,
}

/// Where a draw stands: committed (its seed's hash published), run once, or cancelled before any
/// run. A draw leaves `Committed` once and for all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DrawStatus {
    Committed,
    Run,
    Cancelled,
}

impl DrawRecord {
    /// The record's status: a cancelled draw is never run and a run one never cancelled (both
    /// are saved by compare-and-set on a committed draw), so the order of the tests is moot.
    pub fn status(&self) -> DrawStatus {
        if self.cancelled_at.is_some() {
            DrawStatus::Cancelled
        } else if self.seed.is_some() {
            DrawStatus::Run
        } else {
            DrawStatus::Committed
        }
    }
}

/// What a replay found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Replay {
    /// Every hash and the result recomputed equal the record's.
    Match { result_sha256: String, n_targets: usize },
    /// The first difference found, in words.
    Mismatch(String),
    /// The draw was cancelled before it was run: there is no result to replay.
    Cancelled { at: DateTime<Utc>, reason: String },
}

/// Recomputes the record: the algorithm version, the seed against its hash, the spec's and the
/// snapshots' hashes, then the result, target by target.
pub fn replay(record: &DrawRecord) -> Replay {
    if let Some(at) = record.cancelled_at {
        return Replay::Cancelled { at, reason: record.cancel_reason.clone().unwrap_or_default() };
    }
    match differences(record) {
        Err(difference) => Replay::Mismatch(difference),
        Ok(result) => Replay::Match { result_sha256: result.sha256(), n_targets: result.targets.len() },
    }
}

fn differences(record: &DrawRecord) -> Result<DrawResult, String> {
    if record.algorithm_version != ALGORITHM_VERSION {
        return Err(format!(
            "algorithm version {} is not {ALGORITHM_VERSION}, the one this program runs",
            record.algorithm_version
        ));
    }
    let seed = record.seed.as_deref().ok_or("the draw has not been run: no seed revealed")?;
    check_seed(seed, &record.seed_sha256).map_err(|e| e.to_string())?;
    same("spec SHA-256", &record.spec.sha256(), &record.spec_sha256)?;
    let snapshots = record.snapshots.clone().sorted();
    let hashes = snapshots.hashes();
    same("targets snapshot SHA-256", &hashes.targets, &record.snapshot_sha256.targets)?;
    same("inspectors snapshot SHA-256", &hashes.inspectors, &record.snapshot_sha256.inspectors)?;
    same("conflicts snapshot SHA-256", &hashes.conflicts, &record.snapshot_sha256.conflicts)?;
    let published = record.result.as_ref().ok_or("the record has a seed but no result")?;
    let computed = algorithm::run(&record.spec, &snapshots, seed);
    if computed.population != published.population {
        return Err(format!(
            "population: recomputed {}, published {}",
            computed.population, published.population
        ));
    }
    for (i, (mine, theirs)) in computed.targets.iter().zip(&published.targets).enumerate() {
        if mine != theirs {
            return Err(format!(
                "drawn target {}: recomputed {}, published {}",
                i + 1,
                serde_json::to_string(mine).unwrap_or_default(),
                serde_json::to_string(theirs).unwrap_or_default()
            ));
        }
    }
    if computed.targets.len() != published.targets.len() {
        return Err(format!(
            "number of drawn targets: recomputed {}, published {}",
            computed.targets.len(),
            published.targets.len()
        ));
    }
    if let Some(published_hash) = &record.result_sha256 {
        same("result SHA-256", &computed.sha256(), published_hash)?;
    }
    Ok(computed)
}

fn same(what: &str, recomputed: &str, published: &str) -> Result<(), String> {
    if recomputed == published {
        Ok(())
    } else {
        Err(format!("{what}: recomputed {recomputed}, published {published}"))
    }
}
