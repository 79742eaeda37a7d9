//! The directories a draw reads, as snapshots taken at the commit (docs/adr/0025 "Byte format"):
//! the targets (检查对象名录), the inspectors (执法检查人员名录) and the conflicts (回避). Each is a
//! list of rows sorted by its key; its canonical bytes are one compact JSON array per row, fields
//! in the order documented on the row type, each line ended by `\n` (UTF-8, no BOM, no spaces);
//! the snapshot's hash is the lowercase hex SHA-256 of those bytes. An empty snapshot is zero
//! bytes.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{DrawClass, sha256_hex};
use crate::ids::{EnterpriseId, LicenseId, OfficerId};
use crate::registry::region::RegionCode;

/// One license in force within the population: `[licenseId, enterpriseId, "industry",
/// "region", "class", "checkedOn"]`, sorted by `licenseId`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TargetRow {
    pub license_id: LicenseId,
    pub enterprise_id: EnterpriseId,
    pub industry: String,
    /// The enterprise's region.
    pub region: RegionCode,
    pub class: DrawClass,
    /// The last day the license was checked (a patrol, or a sample taken for testing), or the
    /// day it was issued if it never was: what the coverage guarantee counts from.
    pub checked_on: NaiveDate,
}

/// One active officer seated within the jurisdiction: `[officerId, "name", "badgeNumber",
/// "seat", ["industry", …]]`, sorted by `officerId`, industries ascending. Name and badge number
/// are the only personal data a published record holds (一公开).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InspectorRow {
    pub officer_id: OfficerId,
    pub name: String,
    pub badge_number: String,
    /// The region of the officer's authority.
    pub seat: RegionCode,
    pub industries: Vec<String>,
}

/// One officer who may not inspect one enterprise (a declared recusal, or a patrol of it within
/// the recent-patrol window): `[officerId, enterpriseId]`, sorted, no pair twice. The reason is not
/// published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConflictRow {
    pub officer_id: OfficerId,
    pub enterprise_id: EnterpriseId,
}

/// The three directories of one draw.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Snapshots {
    pub targets: Vec<TargetRow>,
    pub inspectors: Vec<InspectorRow>,
    pub conflicts: Vec<ConflictRow>,
}

/// The hashes of the three snapshots, published at the commit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SnapshotHashes {
    pub targets: String,
    pub inspectors: String,
    pub conflicts: String,
}

impl Snapshots {
    /// Puts every list in its canonical order (and the conflicts without repeats).
    pub fn sorted(mut self) -> Snapshots {
        self.targets.sort_by_key(|t| t.license_id);
        self.inspectors.sort_by_key(|i| i.officer_id);
        for inspector in &mut self.inspectors {
            inspector.industries.sort();
            inspector.industries.dedup();
        }
        self.conflicts.sort();
        self.conflicts.dedup();
        self
    }

    /// The target row of `license_id`; the lists are kept in `sorted` order, so by binary search.
    pub fn target(&self, license_id: LicenseId) -> Option<&TargetRow> {
        self.targets.binary_search_by_key(&license_id, |t| t.license_id).ok().map(|i| &self.targets[i])
    }

    /// The directory row of `officer_id` (binary search, as `target`).
    pub fn inspector(&self, officer_id: OfficerId) -> Option<&InspectorRow> {
        self.inspectors.binary_search_by_key(&officer_id, |i| i.officer_id).ok().map(|i| &self.inspectors[i])
    }

    pub fn hashes(&self) -> SnapshotHashes {
        SnapshotHashes {
            targets: sha256_hex(&canonical_bytes(&self.targets, target_line)),
            inspectors: sha256_hex(&canonical_bytes(&self.inspectors, inspector_line)),
            conflicts: sha256_hex(&canonical_bytes(&self.conflicts, conflict_line)),
        }
    }
}

fn canonical_bytes<T>(rows: &[T], line: fn(&T) -> serde_json::Value) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(rows.len() * 64);
    for row in rows {
        // A JSON value of numbers and strings always serialises.
        bytes.extend(serde_json::to_vec(&line(row)).unwrap_or_default());
        bytes.push(b'\n');
    }
    bytes
}

fn target_line(t: &TargetRow) -> serde_json::Value {
    serde_json::json!([
        t.license_id.get(),
        t.enterprise_id.get(),
        t.industry,
        t.region.as_str(),
        t.class.as_str(),
        t.checked_on.format("%Y-%m-%d").to_string()
    ])
}

fn inspector_line(i: &InspectorRow) -> serde_json::Value {
    serde_json::json!([i.officer_id.get(), i.name, i.badge_number, i.seat.as_str(), i.industries])
}

fn conflict_line(c: &ConflictRow) -> serde_json::Value {
    serde_json::json!([c.officer_id.get(), c.enterprise_id.get()])
}

/// The canonical bytes of the targets snapshot (exposed for the format's test and the ADR).
pub fn target_bytes(rows: &[TargetRow]) -> Vec<u8> {
    canonical_bytes(rows, target_line)
}
