//! Registry import (存量登记导入, issue 13 item 5, docs/adr/0031): a legacy system's enterprises
//! and licenses from one CSV or XLSX file, run by `oversight import registry` as a named national
//! or provincial officer. The whole file is checked first (every cell, duplicates, the
//! officer's jurisdiction, what the registry already holds); with any problem nothing is
//! written and the report is returned. Then the enterprises are written in batches, one unit
//! of work each — enterprises, licenses, copy entries, status history, archive events and one
//! audit record per enterprise, every table in multi-row statements — and the import's row
//! moves on with each batch, so an interrupted import resumes after its last committed batch.

use chrono::NaiveTime;
use oversight_domain::access::Organisation;
use oversight_domain::archive::ArchiveFact;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::registry::authority::AuthorityLevel;
use oversight_domain::registry::import::{
    self as template, ImportedEnterprise, MAX_ROWS, Problem, ProblemCode, Registered,
};
use oversight_domain::registry::license::{LicenseStatus, StatusChange};
use oversight_domain::registry::license_copy::LicenseCopyEntry;
use oversight_domain::{EnterpriseId, LicenseId, RegionCode};
use oversight_storage::StorageError;
pub use oversight_storage::registry::import::RegistryImportRecord;
use oversight_storage::registry::import::{self as stored, ImportStatus, NewRegistryImport};
use oversight_storage::registry::{authority, enterprise, license, officer};
use oversight_storage::review::year;
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::spot_check::file::{self, NoTable};
use crate::work::{AuditedChange, Work};
use crate::{Action, App, AppError, CHINA, Code, Principal, Resource, Role, allow, audit};

/// Enterprises per unit of work unless the caller says otherwise: large enough that the
/// statements of a batch are few, small enough that a batch commits in well under a second.
pub const DEFAULT_BATCH: usize = 1_000;

/// The file to import.
#[derive(Debug, Clone, Copy)]
pub struct RegistryFile<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
    /// Enterprises per unit of work (1–10,000).
    pub batch: usize,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegistryImportOutcome {
    /// The file has problems, in row order; nothing was written.
    Refused(Vec<Problem>),
    /// Every enterprise of the file is in the registry.
    Imported {
        import: RegistryImportRecord,
        /// Enterprises an interrupted run of the same file had written before this one.
        resumed_after: Option<u64>,
    },
}

impl App {
    /// The principal `oversight import registry --officer SUBJECT` acts as: the directory's
    /// officer with this subject, active, of an open national or provincial authority.
    pub async fn importing_officer(&self, subject: &str) -> Result<Principal, AppError> {
        let officer =
            officer::by_subject(&self.store, subject).await?.ok_or(AppError::NotFound { what: "officer" })?;
        let tier = crate::registry::officer::check_officer(&officer, officer.authority_id)?;
        let record = authority::by_ids(&self.store, &[officer.authority_id])
            .await?
            .pop()
            .ok_or(AppError::NotFound { what: "authority" })?;
        if record.closed_at.is_some() {
            return Err(AppError::refused(
                Code::AuthorityClosed,
                "officer",
                format!("the officer's authority {} is closed", record.name),
            ));
        }
        let role = match record.level {
            AuthorityLevel::National => Role::NationalOfficer,
            AuthorityLevel::Provincial => Role::ProvincialOfficer,
            level => return Err(importer_level(level.as_str())),
        };
        let organisation =
            Organisation::Authority { id: record.id, region: record.region, level: record.level };
        Principal::new(officer.subject, role, Some(tier), organisation)
            .map_err(|e| AppError::refused(Code::RegistryImporterLevel, "officer", e.to_string()))
    }

    /// Checks the whole file, then writes it in batches (or resumes an interrupted import of the
    /// same bytes after its last committed batch); `progress` hears the enterprises done and the
    /// file's total after each batch.
    pub async fn import_registry(
        &self,
        principal: &Principal,
        file: RegistryFile<'_>,
        mut progress: impl FnMut(u64, u64),
    ) -> Result<RegistryImportOutcome, AppError> {
        if !matches!(principal.role, Role::NationalOfficer | Role::ProvincialOfficer) {
            return Err(importer_level(principal.role.as_str()));
        }
        let sha256 = hex::encode(Sha256::digest(file.bytes));
        let earlier = stored::by_sha256(&self.store, &sha256).await?;
        if let Some(earlier) = earlier.as_ref().filter(|e| e.status == ImportStatus::Finished) {
            return Err(AppError::refused(
                Code::RegistryFileAlreadyImported,
                "file",
                format!(
                    "this file (SHA-256 {sha256}) was imported as registry import {} (\"{}\", {} enterprises, finished {})",
                    earlier.id,
                    earlier.file_name,
                    earlier.enterprise_count,
                    earlier.finished_at.map(|t| t.to_rfc3339()).unwrap_or_default()
                ),
            ));
        }
        let done = earlier.as_ref().map_or(0, |e| e.enterprises_done);
        let (kind, enterprises) = match self.check_registry_file(principal, file.bytes, done).await? {
            Checked::Problems(problems) => return Ok(RegistryImportOutcome::Refused(problems)),
            Checked::Clean { kind, enterprises } => (kind, enterprises),
        };
        let total = enterprises.len() as u64;
        let mut import = match earlier {
            Some(earlier) => earlier,
            None => {
                let licenses = enterprises.iter().map(|e| e.licenses.len() as u64).sum();
                let new = NewRegistryImport {
                    file_name: file.name,
                    file_kind: kind.as_str(),
                    file_sha256: &sha256,
                    authority_id: authority_of(principal)?,
                    imported_by: &principal.subject,
                    enterprise_count: total,
                    license_count: licenses,
                };
                self.start_registry_import(principal, &new).await?
            }
        };
        let resumed_after = (done > 0).then_some(done);
        progress(done, total);
        let skip = usize::try_from(done).unwrap_or(usize::MAX);
        for batch in enterprises.get(skip..).unwrap_or_default().chunks(file.batch.clamp(1, 10_000)) {
            import = self.write_registry_batch(principal, &import, batch).await?;
            progress(import.enterprises_done, total);
        }
        Ok(RegistryImportOutcome::Imported { import, resumed_after })
    }

    /// Reads and checks the file: every row, the officer's jurisdiction over each enterprise,
    /// and what the registry holds of the enterprises after the first `done` (those an
    /// interrupted run of this file wrote).
    async fn check_registry_file(
        &self,
        principal: &Principal,
        bytes: &[u8],
        done: u64,
    ) -> Result<Checked, AppError> {
        let table = match file::read_table(bytes, MAX_ROWS, "licenses") {
            Ok(table) => table,
            Err(why) => return Ok(Checked::Problems(vec![no_table(why)])),
        };
        let header = match template::parse_header(&table.header) {
            Ok(header) => header,
            Err(problems) => return Ok(Checked::Problems(problems)),
        };
        let (enterprises, mut problems) =
            template::parse_rows(&header, &table.rows, self.industry_catalogue(), self.today());
        problems.extend(out_of_jurisdiction(principal, &enterprises));
        let skip = usize::try_from(done).unwrap_or(usize::MAX);
        let pending = enterprises.get(skip..).unwrap_or_default();
        let codes: Vec<String> =
            pending.iter().map(|e| e.enterprise.credit_code.as_str().to_owned()).collect();
        let numbers: Vec<String> =
            pending.iter().flat_map(|e| e.licenses.iter().map(|l| l.license.number.core())).collect();
        let registered = Registered {
            credit_codes: enterprise::registered_credit_codes(&self.store, &codes).await?,
            license_numbers: license::registered_numbers(&self.store, &numbers).await?,
        };
        problems.extend(template::check_registered(pending, &registered));
        if problems.is_empty() {
            return Ok(Checked::Clean { kind: table.kind, enterprises });
        }
        template::sort_problems(&mut problems);
        Ok(Checked::Problems(problems))
    }

    /// Records the import before its first batch, in a unit of work of its own (so a crash
    /// in the first batch leaves a resumable import, not an unknown file).
    async fn start_registry_import(
        &self,
        principal: &Principal,
        new: &NewRegistryImport<'_>,
    ) -> Result<RegistryImportRecord, AppError> {
        let work = self.begin(principal, Operation::ImportRegistry).await?;
        let import = match stored::insert(work.tx(), new, work.now).await {
            Err(StorageError::Conflict(_)) => {
                return Err(AppError::concurrent("another run is importing this file"));
            }
            other => other?,
        };
        let state = json!({ "registryImport": import.id, "fileName": import.file_name,
            "fileSha256": import.file_sha256, "enterprises": import.enterprise_count,
            "licenses": import.license_count });
        work.commit_each(vec![AuditedChange { objects: Vec::new(), before: None, after: Some(state) }])
            .await?;
        Ok(import)
    }

    /// One batch as one unit of work: every table in multi-row statements, one audit record per
    /// enterprise, and the import moved on by compare-and-set (a second run of the same file
    /// loses the race and rolls back).
    async fn write_registry_batch(
        &self,
        principal: &Principal,
        import: &RegistryImportRecord,
        batch: &[ImportedEnterprise],
    ) -> Result<RegistryImportRecord, AppError> {
        let mut work = self.begin(principal, Operation::ImportRegistry).await?;
        let news: Vec<_> = batch.iter().map(|e| &e.enterprise).collect();
        let stored_enterprises =
            enterprise::insert_many(work.tx(), &news, work.now).await.map_err(conflict)?;
        let pairs: Vec<_> = batch
            .iter()
            .zip(&stored_enterprises)
            .flat_map(|(e, record)| e.licenses.iter().map(move |l| (record.id, &l.license)))
            .collect();
        let stored_licenses = license::insert_many(work.tx(), &pairs, work.now).await.map_err(conflict)?;
        let copies: Vec<_> =
            stored_licenses.iter().map(|l| (l.id, LicenseCopyEntry::imported(&l.validity))).collect();
        license::append_copy_entries(work.tx(), &copies, work.now).await?;
        // An imported license that arrives suspended holds its status from the day it was
        // entered (docs/adr/0009, 18), as `issueLicense` with `import: true` records it.
        let suspended: Vec<_> = stored_licenses
            .iter()
            .filter(|l| l.status != LicenseStatus::Valid)
            .map(|l| (l.id, StatusChange { status: l.status, effective_on: work.today }))
            .collect();
        if !suspended.is_empty() {
            license::record_status_changes(work.tx(), &suspended, work.now).await?;
        }
        let mut changes = Vec::with_capacity(batch.len());
        let mut licenses = stored_licenses.iter().zip(&pairs);
        for (imported, record) in batch.iter().zip(&stored_enterprises) {
            work.archive(record.id, None, ArchiveFact::EnterpriseRegistered(&imported.enterprise));
            let mut objects = vec![ObjectRef::of(record.id)];
            let mut states = Vec::with_capacity(imported.licenses.len());
            for (stored_license, (_, new)) in licenses.by_ref().take(imported.licenses.len()) {
                // An imported license entered the archive when it was issued, not today.
                let issued_at =
                    new.validity.issued_on.and_time(NaiveTime::MIN).and_local_timezone(CHINA).single();
                let at = issued_at.map_or(work.now, |t| t.to_utc());
                work.archive_at(record.id, Some(stored_license.id), ArchiveFact::LicenseImported(new), at);
                objects.push(ObjectRef::of(stored_license.id));
                states.push(audit::license_state(stored_license));
            }
            let after = json!({ "registryImport": import.id, "enterprise": audit::enterprise_state(record),
                "licenses": states });
            changes.push(AuditedChange { objects, before: None, after: Some(after) });
        }
        join_open_years(&mut work, &stored_enterprises, &stored_licenses).await?;
        let to = import.enterprises_done + batch.len() as u64;
        let finished = to >= import.enterprise_count;
        if !stored::advance(work.tx(), import.id, import.enterprises_done, to, finished, work.now).await? {
            return Err(AppError::concurrent("another run of this file moved the import on meanwhile"));
        }
        let now = work.now;
        work.commit_each(changes).await?;
        let status = if finished { ImportStatus::Finished } else { ImportStatus::Running };
        let finished_at = finished.then_some(now);
        Ok(RegistryImportRecord { enterprises_done: to, status, finished_at, ..import.clone() })
    }
}

/// A file read and checked: its problems, or its enterprises.
enum Checked {
    Problems(Vec<Problem>),
    Clean { kind: file::FileKind, enterprises: Vec<ImportedEnterprise> },
}

/// The licenses of provinces whose annual review year is open join it, as a license issued
/// while the year is open does (docs/adr/0021): one read per province of the batch, and the
/// enrolments only where a year is open (rare in a migration).
async fn join_open_years(
    work: &mut Work<'_>,
    enterprises: &[enterprise::EnterpriseRecord],
    licenses: &[license::LicenseRecord],
) -> Result<(), AppError> {
    let region_of: std::collections::HashMap<EnterpriseId, RegionCode> =
        enterprises.iter().map(|e| (e.id, e.base.region)).collect();
    let mut provinces: Vec<RegionCode> = region_of.values().filter_map(RegionCode::province).collect();
    provinces.sort_unstable_by(|a, b| a.as_str().cmp(b.as_str()));
    provinces.dedup();
    for province in provinces {
        if year::joinable(work.tx(), province, work.today).await?.is_none() {
            continue;
        }
        let joining: Vec<(LicenseId, EnterpriseId, RegionCode, String)> = licenses
            .iter()
            .filter_map(|l| {
                let region = *region_of.get(&l.enterprise_id)?;
                (region.province() == Some(province))
                    .then(|| (l.id, l.enterprise_id, region, l.industry.clone()))
            })
            .collect();
        for (license_id, enterprise_id, region, industry) in joining {
            crate::review::join_open_year(work, region, license_id, enterprise_id, &industry).await?;
        }
    }
    Ok(())
}

/// The principal's authority (an importer is always an authority's officer).
fn authority_of(principal: &Principal) -> Result<oversight_domain::AuthorityId, AppError> {
    match principal.organisation {
        Organisation::Authority { id, .. } => Ok(id),
        _ => Err(importer_level(principal.role.as_str())),
    }
}

/// Each enterprise whose region the officer may not register in.
fn out_of_jurisdiction(principal: &Principal, enterprises: &[ImportedEnterprise]) -> Vec<Problem> {
    enterprises
        .iter()
        .filter_map(|imported| {
            let region = imported.enterprise.base.region;
            allow(principal, Action::RegisterEnterprise, &Resource::Region(region), "region").err().map(
                |_| {
                    Problem::cell(
                        imported.row,
                        template::Column::RegionCode,
                        ProblemCode::OutOfJurisdiction,
                        format!("{} ({region}) is outside your jurisdiction", region.name()),
                    )
                },
            )
        })
        .collect()
}

fn no_table(why: NoTable) -> Problem {
    match why {
        NoTable::Unreadable(message) => Problem::file(ProblemCode::UnreadableFile, message),
        NoTable::NoRows(message) => Problem::file(ProblemCode::NoRows, message),
        NoTable::TooManyRows(message) => Problem::file(ProblemCode::TooManyRows, message),
    }
}

/// A key the checks found free was taken meanwhile by another writer.
fn conflict(error: StorageError) -> AppError {
    match error {
        StorageError::Conflict(_) => {
            AppError::concurrent("an enterprise or license of this batch was registered meanwhile")
        }
        other => other.into(),
    }
}

fn importer_level(what: &str) -> AppError {
    AppError::refused(
        Code::RegistryImporterLevel,
        "officer",
        format!("a registry import is run by a national or provincial officer, not {what}"),
    )
}

/// The validation report as CSV (UTF-8 with a byte order mark, so spreadsheets read the
/// Chinese headers): 行 row, 列 column, 代码 code, 说明 message.
pub fn report_csv(problems: &[Problem]) -> Result<Vec<u8>, AppError> {
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    // Writing to memory fails only if the writer is broken; reported as internal.
    let failed = |e: csv::Error| AppError::Internal(StorageError::Blob(e.to_string()));
    writer.write_record(["行 row", "列 column", "代码 code", "说明 message"]).map_err(failed)?;
    for problem in problems {
        let row = problem.row.map(|r| r.to_string()).unwrap_or_default();
        writer
            .write_record([
                row.as_str(),
                problem.column.unwrap_or(""),
                problem.code.as_str(),
                &problem.message,
            ])
            .map_err(failed)?;
    }
    writer.into_inner().map_err(|e| AppError::Internal(StorageError::Blob(e.to_string())))
}
