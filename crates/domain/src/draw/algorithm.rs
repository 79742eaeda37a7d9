//! The draw algorithm, version `oversight-draw-v1` (docs/adr/0025 "Algorithm"). Deterministic in
//! its inputs: the seed, the spec and the three snapshots.
//!
//! 1. key = SHA-256(`oversight-draw-v1` ‖ 0x00 ‖ seed (UTF-8) ‖ 0x00 ‖ spec hash ‖ targets hash ‖
//!    inspectors hash ‖ conflicts hash), the hashes as lowercase hex ASCII.
//! 2. The stream: block i = SHA-256(key ‖ i as 8 bytes big-endian) for i = 0, 1, …; each block is
//!    four u64, big-endian, used in order. `below(n)` takes the next u64 and rejects values at or
//!    above the largest multiple of n (no modulo bias).
//! 3. Targets in license order. Coverage: every target last checked before the threshold.
//!    Uniform: ⌈uniform % × population⌉ of the others, by a partial Fisher–Yates shuffle (for
//!    position i, swap with i + below(remaining)). Strata, class A to D: ⌈class % × class size⌉
//!    minus the class's targets already drawn, shuffled the same way among the class's others.
//! 4. Inspectors, drawn targets in license order: the pool of the target's (industry, region)
//!    — qualified, seated in a region holding the target's, not seated in its own county when
//!    cross-region — in officer order, shuffled in place by the same partial Fisher–Yates, the
//!    first `inspectorsPerTarget` not in conflict with the enterprise taken. The pool keeps its
//!    order from one target to the next (a shuffle of any order is uniform). Fewer eligible
//!    officers than asked: the target gets those there are.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::snapshot::{SnapshotHashes, Snapshots, TargetRow};
use super::{ALGORITHM_VERSION, DrawClass, DrawSpec, sha256_hex};
use crate::ids::{EnterpriseId, LicenseId, OfficerId};
use crate::registry::region::{RegionCode, RegionLevel};

crate::stored_enum! {
    /// Why a target was drawn.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Selection {
        /// Not checked for longer than the coverage guarantee allows.
        Coverage = "COVERAGE",
        /// In the uniformly random share.
        Uniform = "UNIFORM",
        /// In its class's share.
        Stratum = "STRATUM",
    }
}

/// One drawn target with its inspectors (ascending).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DrawnTarget {
    pub license_id: LicenseId,
    pub enterprise_id: EnterpriseId,
    pub class: DrawClass,
    pub selection: Selection,
    pub inspectors: Vec<OfficerId>,
}

/// The result: the drawn targets in license order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DrawResult {
    pub population: u64,
    pub targets: Vec<DrawnTarget>,
}

impl DrawResult {
    /// SHA-256 of one line per drawn target: `[licenseId, enterpriseId, "class", "selection",
    /// [officerId, …]]` and `\n`.
    pub fn sha256(&self) -> String {
        let mut bytes = Vec::new();
        for t in &self.targets {
            let inspectors: Vec<i64> = t.inspectors.iter().map(|o| o.get()).collect();
            let line = serde_json::json!([
                t.license_id.get(),
                t.enterprise_id.get(),
                t.class.as_str(),
                t.selection.as_str(),
                inspectors
            ]);
            bytes.extend(serde_json::to_vec(&line).unwrap_or_default());
            bytes.push(b'\n');
        }
        sha256_hex(&bytes)
    }

    /// The targets with fewer inspectors than the spec asks.
    pub fn short_of_inspectors(&self, per_target: u32) -> usize {
        self.targets.iter().filter(|t| t.inspectors.len() < per_target as usize).count()
    }
}

/// The counter-mode SHA-256 stream of u64.
struct Stream {
    key: [u8; 32],
    counter: u64,
    block: [u64; 4],
    used: usize,
}

impl Stream {
    fn new(key: [u8; 32]) -> Stream {
        Stream { key, counter: 0, block: [0; 4], used: 4 }
    }

    fn next_u64(&mut self) -> u64 {
        if self.used == 4 {
            let mut hasher = Sha256::new();
            hasher.update(self.key);
            hasher.update(self.counter.to_be_bytes());
            let digest = hasher.finalize();
            for (i, chunk) in digest.chunks_exact(8).enumerate() {
                let mut word = [0u8; 8];
                word.copy_from_slice(chunk);
                self.block[i] = u64::from_be_bytes(word);
            }
            self.counter += 1;
            self.used = 0;
        }
        self.used += 1;
        self.block[self.used - 1]
    }

    /// Uniform in `0..n` (`n` ≥ 1), by rejection.
    fn below(&mut self, n: usize) -> usize {
        let n = n as u64;
        let zone = u64::MAX - (u64::MAX % n);
        loop {
            let value = self.next_u64();
            if value < zone {
                return (value % n) as usize;
            }
        }
    }

    /// Shuffles `items` in place from the front until `wanted` items passing `eligible` have
    /// been placed, and returns them in the order drawn.
    fn pick<T: Copy>(&mut self, items: &mut [T], wanted: usize, eligible: impl Fn(T) -> bool) -> Vec<T> {
        let mut picked = Vec::with_capacity(wanted);
        let n = items.len();
        for i in 0..n {
            if picked.len() == wanted {
                break;
            }
            let j = i + self.below(n - i);
            items.swap(i, j);
            if eligible(items[i]) {
                picked.push(items[i]);
            }
        }
        picked
    }
}

/// The key of the stream (step 1).
pub fn stream_key(seed: &str, spec_sha256: &str, hashes: &SnapshotHashes) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update(ALGORITHM_VERSION.as_bytes());
    hasher.update([0]);
    hasher.update(seed.as_bytes());
    hasher.update([0]);
    for part in [spec_sha256, &hashes.targets, &hashes.inspectors, &hashes.conflicts] {
        hasher.update(part.as_bytes());
    }
    hasher.finalize().into()
}

/// ⌈percent × n / 100⌉.
fn share(percent: u32, n: usize) -> usize {
    (percent as usize * n).div_ceil(100)
}

/// Runs the draw over sorted snapshots (`Snapshots::sorted`).
pub fn run(spec: &DrawSpec, snapshots: &Snapshots, seed: &str) -> DrawResult {
    let key = stream_key(seed, &spec.sha256(), &snapshots.hashes());
    let mut stream = Stream::new(key);
    let targets = &snapshots.targets;
    let mut chosen: Vec<Option<Selection>> = vec![None; targets.len()];
    if let Some(threshold) = spec.coverage_threshold() {
        for (i, target) in targets.iter().enumerate() {
            if target.checked_on < threshold {
                chosen[i] = Some(Selection::Coverage);
            }
        }
    }
    let mut others: Vec<usize> = (0..targets.len()).filter(|&i| chosen[i].is_none()).collect();
    for i in stream.pick(&mut others, share(spec.uniform_percent, targets.len()), |_| true) {
        chosen[i] = Some(Selection::Uniform);
    }
    for class in DrawClass::ALL.iter().copied() {
        let in_class: Vec<usize> = (0..targets.len()).filter(|&i| targets[i].class == class).collect();
        let drawn = in_class.iter().filter(|&&i| chosen[i].is_some()).count();
        let wanted = share(spec.percent_of(class), in_class.len()).saturating_sub(drawn);
        let mut candidates: Vec<usize> = in_class.into_iter().filter(|&i| chosen[i].is_none()).collect();
        for i in stream.pick(&mut candidates, wanted, |_| true) {
            chosen[i] = Some(Selection::Stratum);
        }
    }
    let mut assigner = Assigner::new(spec, snapshots);
    let drawn = targets
        .iter()
        .zip(chosen)
        .filter_map(|(target, selection)| selection.map(|s| (target, s)))
        .map(|(target, selection)| DrawnTarget {
            license_id: target.license_id,
            enterprise_id: target.enterprise_id,
            class: target.class,
            selection,
            inspectors: assigner.assign(&mut stream, target),
        })
        .collect();
    DrawResult { population: targets.len() as u64, targets: drawn }
}

/// The inspector pools by (industry, region), each kept in its shuffled order (step 4).
struct Assigner<'a> {
    spec: &'a DrawSpec,
    snapshots: &'a Snapshots,
    conflicts: HashSet<(i64, i64)>,
    pools: HashMap<(String, RegionCode), Vec<usize>>,
}

impl<'a> Assigner<'a> {
    fn new(spec: &'a DrawSpec, snapshots: &'a Snapshots) -> Assigner<'a> {
        let conflicts =
            snapshots.conflicts.iter().map(|c| (c.officer_id.get(), c.enterprise_id.get())).collect();
        Assigner { spec, snapshots, conflicts, pools: HashMap::new() }
    }

    fn assign(&mut self, stream: &mut Stream, target: &TargetRow) -> Vec<OfficerId> {
        let (spec, inspectors) = (self.spec, &self.snapshots.inspectors);
        let pool = self.pools.entry((target.industry.clone(), target.region)).or_insert_with(|| {
            (0..inspectors.len())
                .filter(|&i| {
                    let inspector = &inspectors[i];
                    let own_county = inspector.seat.level() == RegionLevel::County
                        && inspector.seat.contains(&target.region);
                    inspector.industries.contains(&target.industry)
                        && inspector.seat.contains(&target.region)
                        && !(spec.cross_region && own_county)
                })
                .collect()
        });
        let conflicts = &self.conflicts;
        let enterprise = target.enterprise_id.get();
        let mut picked: Vec<OfficerId> = stream
            .pick(pool, spec.inspectors_per_target as usize, |i| {
                !conflicts.contains(&(inspectors[i].officer_id.get(), enterprise))
            })
            .into_iter()
            .map(|i| inspectors[i].officer_id)
            .collect();
        picked.sort_unstable();
        picked
    }
}
