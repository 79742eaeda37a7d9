//! Spot-check results import (监督抽查结果导入, issue 17 item 8, docs/adr/0029): a campaign's
//! results file read, every row checked and matched to the registry, and — only when no row has
//! a problem — the import, its rows, the archive events of the failing enterprises and the
//! linkage notices of their failures (§二(六)) stored in one unit of work. Else the report of
//! every problem, and nothing written.

pub(crate) mod file;

use std::collections::{HashMap, HashSet};

use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::linkage::LinkageFact;
use oversight_domain::linkage::notice::{Clocks, Seat, check_sending};
use oversight_domain::registry::region::RegionLevel;
use oversight_domain::spot_check::{
    Campaign, CampaignLevel, Conclusion, MatchedRow, Problem, SpotCheckFailed, failures_by_enterprise,
    match_rows, no_notice_target, notice_text, parse_header, parse_rows,
};
use oversight_domain::{EnterpriseId, RegionCode, SpotCheckImportId};
use oversight_storage::linkage::notice::{self, NewNotice, NoticeRecord};
use oversight_storage::registry::authority;
use oversight_storage::spot_check::{self, NewImport, RowRecord};
use sha2::{Digest, Sha256};

pub use file::FileKind;
pub use oversight_storage::spot_check::{ImportRecord, RowRecord as SpotCheckRowRecord};

use crate::linkage::{archive_and_announce, seats};
use crate::work::Work;
use crate::{Action, App, AppError, Code, Page, PageRequest, Principal, Resource, allow};

/// The largest file an import reads: 50,000 rows of the template take about 10 MB as CSV.
pub const MAX_FILE_BYTES: usize = 32 * 1024 * 1024;
/// The most problems a report lists (the count is of all): enough to fix a file by, small
/// enough to send back.
pub const MAX_REPORTED_PROBLEMS: usize = 1000;

/// A campaign as its importer names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CampaignInput {
    pub name: String,
    pub level: CampaignLevel,
    pub starts_on: chrono::NaiveDate,
    pub ends_on: chrono::NaiveDate,
}

/// What an import came to: stored, or refused with its report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportOutcome {
    Accepted(ImportRecord),
    /// Nothing was written: the first `MAX_REPORTED_PROBLEMS` problems, and how many there are.
    Refused {
        problems: Vec<Problem>,
        total: usize,
    },
}

impl ImportOutcome {
    fn refused(mut problems: Vec<Problem>) -> ImportOutcome {
        let total = problems.len();
        problems.truncate(MAX_REPORTED_PROBLEMS);
        ImportOutcome::Refused { problems, total }
    }
}

/// The checked rows and, for each failing enterprise, the authority its notice goes to.
struct Checked {
    rows: Vec<MatchedRow>,
    targets: HashMap<EnterpriseId, Seat>,
    source: Seat,
}

impl App {
    /// Imports a campaign's results: the national officers a NATIONAL campaign, the provincial
    /// officers a PROVINCIAL one of their province; all rows or none (docs/adr/0029).
    pub async fn import_spot_check_results(
        &self,
        principal: &Principal,
        input: &CampaignInput,
        file_name: &str,
        bytes: &[u8],
    ) -> Result<ImportOutcome, AppError> {
        allow(principal, Action::ImportSpotCheckResults, &Resource::None, "spot-check import")?;
        let campaign = Campaign::parse(&input.name, input.level, input.starts_on, input.ends_on)?;
        if CampaignLevel::of_role(principal.role) != Some(campaign.level) {
            return Err(AppError::refused(
                Code::WrongCampaignLevel,
                "level",
                format!(
                    "a {} campaign is imported by its own authority's officers, not by this role",
                    campaign.level
                ),
            ));
        }
        if bytes.len() > MAX_FILE_BYTES {
            return Err(AppError::refused(
                Code::SpotCheckFileTooLarge,
                "file",
                format!("the file has {} bytes; an import reads at most {MAX_FILE_BYTES}", bytes.len()),
            ));
        }
        let sha256 = hex::encode(Sha256::digest(bytes));
        let mut work = self.begin(principal, Operation::ImportSpotCheckResults).await?;
        if let Some(earlier) = spot_check::by_sha256(work.tx(), &sha256).await? {
            return Err(AppError::refused(
                Code::SpotCheckFileAlreadyImported,
                "file",
                format!(
                    "this file (SHA-256 {sha256}) was imported on {} as import {} (\"{}\")",
                    earlier.imported_on, earlier.id, earlier.campaign.name
                ),
            ));
        }
        let table = match file::read(bytes) {
            Ok(table) => table,
            Err(problem) => return Ok(ImportOutcome::refused(vec![problem])),
        };
        let checked = match check(&work, principal, &campaign, &table).await? {
            Ok(checked) => checked,
            Err(problems) => return Ok(ImportOutcome::refused(problems)),
        };
        let file = StoredFile { name: file_name, kind: table.kind, sha256: &sha256 };
        let (record, after) = store(&mut work, &campaign, file, &checked).await?;
        work.commit(None, Some(after)).await?;
        Ok(ImportOutcome::Accepted(record))
    }

    /// One page of the imports made by the caller's authority and its lower tiers (the
    /// nation: all), newest first.
    pub async fn spot_check_imports(
        &self,
        principal: &Principal,
        request: &PageRequest<i64>,
    ) -> Result<Page<ImportRecord>, AppError> {
        Ok(spot_check::page(&self.store, &import_scope(principal)?, request).await?)
    }

    pub async fn count_spot_check_imports(&self, principal: &Principal) -> Result<u64, AppError> {
        Ok(spot_check::count(&self.store, &import_scope(principal)?).await?)
    }

    /// The imports with these ids the caller reads (the loader, `node(id:)`).
    pub async fn spot_check_imports_by_ids(
        &self,
        principal: &Principal,
        ids: &[SpotCheckImportId],
    ) -> Result<Vec<ImportRecord>, AppError> {
        Ok(spot_check::by_ids(&self.store, &import_scope(principal)?, ids).await?)
    }

    /// One page of an import's rows in file order, all or of one conclusion; the import must be
    /// one the caller reads.
    pub async fn spot_check_rows(
        &self,
        principal: &Principal,
        import_id: SpotCheckImportId,
        conclusion: Option<Conclusion>,
        request: &PageRequest<i64>,
    ) -> Result<Page<RowRecord>, AppError> {
        self.readable_import(principal, import_id).await?;
        Ok(spot_check::rows_page(&self.store, import_id, conclusion, request).await?)
    }

    /// The first `n` rows of each of `imports` the caller reads (the loader of a page of
    /// imports' `rows`): the imports are checked in one statement, their rows read in one more.
    pub async fn first_spot_check_rows_of(
        &self,
        principal: &Principal,
        conclusion: &Option<Conclusion>,
        (imports, n): (&[SpotCheckImportId], u64),
    ) -> Result<Vec<RowRecord>, AppError> {
        let readable = self.readable_imports(principal, imports).await?;
        Ok(spot_check::first_rows_of(&self.store, *conclusion, (&readable, n)).await?)
    }

    /// How many rows each of `imports` the caller reads has (one statement each for the check
    /// and the counts).
    pub async fn count_spot_check_rows_of(
        &self,
        principal: &Principal,
        conclusion: &Option<Conclusion>,
        imports: &[SpotCheckImportId],
    ) -> Result<Vec<(SpotCheckImportId, u64)>, AppError> {
        let readable = self.readable_imports(principal, imports).await?;
        Ok(spot_check::rows_count_of(&self.store, *conclusion, &readable).await?)
    }

    async fn readable_imports(
        &self,
        principal: &Principal,
        ids: &[SpotCheckImportId],
    ) -> Result<Vec<SpotCheckImportId>, AppError> {
        let found = spot_check::by_ids(&self.store, &import_scope(principal)?, ids).await?;
        Ok(found.into_iter().map(|import| import.id).collect())
    }

    async fn readable_import(&self, principal: &Principal, id: SpotCheckImportId) -> Result<(), AppError> {
        let found = spot_check::by_ids(&self.store, &import_scope(principal)?, &[id]).await?;
        if found.is_empty() {
            return Err(AppError::NotFound { what: "spot-check import" });
        }
        Ok(())
    }
}

/// The imports the caller reads: those of authorities seated inside its jurisdiction.
pub(crate) fn import_scope(principal: &Principal) -> Result<oversight_storage::Scope, AppError> {
    use oversight_domain::access::Organisation;
    use oversight_storage::Scope;
    allow(principal, Action::ReadSpotCheckImports, &Resource::None, "spot-check imports")?;
    Ok(match principal.organisation {
        Organisation::Authority { region, .. } if region == RegionCode::NATION => Scope::Everything,
        Organisation::Authority { region, .. } => Scope::Within(region),
        _ => Scope::Nothing,
    })
}

/// Parses and matches every row and finds each failing enterprise's notice target; every
/// problem of every row, or the checked rows.
async fn check(
    work: &Work<'_>,
    principal: &Principal,
    campaign: &Campaign,
    table: &file::Table,
) -> Result<Result<Checked, Vec<Problem>>, AppError> {
    let header = match parse_header(&table.header) {
        Ok(header) => header,
        Err(problems) => return Ok(Err(problems)),
    };
    let (parsed, mut problems) = parse_rows(&header, &table.rows, campaign, work.today);
    let scope = crate::read_scope(principal)?;
    let codes: Vec<String> = unique(parsed.iter().map(|r| r.credit_code.as_str().to_owned()));
    let numbers: Vec<String> = unique(parsed.iter().map(|r| r.license_number.core()));
    let found = spot_check::enterprises_by_credit_codes(work.tx(), &scope, &codes).await?;
    let regions: HashMap<EnterpriseId, RegionCode> =
        found.iter().map(|(_, id, region)| (*id, *region)).collect();
    let enterprises = found.into_iter().map(|(code, id, _)| (code, id)).collect();
    let licenses = spot_check::licenses_by_numbers(work.tx(), &scope, &numbers).await?.into_iter().collect();
    let (rows, matching) = match_rows(parsed, &enterprises, &licenses);
    problems.extend(matching);
    let source_id = principal.organisation.authority_id().ok_or(AppError::NotFound { what: "authority" })?;
    let source = seats(work, &[source_id]).await?.pop().ok_or(AppError::NotFound { what: "authority" })?;
    let (targets, unreachable) = notice_targets(work, principal, campaign, &source, &rows, &regions).await?;
    problems.extend(unreachable);
    if !problems.is_empty() {
        problems.sort_by_key(|p| p.row);
        return Ok(Err(problems));
    }
    Ok(Ok(Checked { rows, targets, source }))
}

/// Each failing enterprise's notice target — the open authority of the next tier down from the
/// importer whose jurisdiction holds it (a province for the nation, a city for a province) —
/// checked by the same rule as a notice sent by hand; a problem for each row of an enterprise
/// without one.
async fn notice_targets(
    work: &Work<'_>,
    principal: &Principal,
    campaign: &Campaign,
    source: &Seat,
    rows: &[MatchedRow],
    regions: &HashMap<EnterpriseId, RegionCode>,
) -> Result<(HashMap<EnterpriseId, Seat>, Vec<Problem>), AppError> {
    let level = match campaign.level {
        CampaignLevel::National => RegionLevel::Province,
        CampaignLevel::Provincial => RegionLevel::City,
    };
    let failures = failures_by_enterprise(rows);
    let place = |region: &RegionCode| {
        let mut code = Some(*region);
        while let Some(c) = code.filter(|c| c.level() != level) {
            code = c.parent();
        }
        code
    };
    let places: Vec<RegionCode> =
        unique(failures.iter().filter_map(|(id, _)| regions.get(id).and_then(place)));
    let seated: HashMap<RegionCode, Seat> = authority::by_regions(work.tx(), &places)
        .await?
        .into_iter()
        .map(|a| {
            let seat =
                Seat { id: a.id, level: a.level, region: a.region, parent_id: a.parent_id, open: true };
            (a.region, seat)
        })
        .collect();
    let mut targets = HashMap::new();
    let mut problems = Vec::new();
    for (enterprise_id, failed) in &failures {
        let Some(region) = regions.get(enterprise_id) else { continue };
        let Some(target) = place(region).and_then(|p| seated.get(&p)) else {
            let reason = format!("no open authority of the next tier down holds region {region}");
            problems.extend(no_notice_target(failed, &reason));
            continue;
        };
        match check_sending(campaign.level.notice_type(), principal.role, source, target, region) {
            Ok(()) => {
                targets.insert(*enterprise_id, *target);
            }
            Err(refusal) => problems.extend(no_notice_target(failed, &refusal.to_string())),
        }
    }
    Ok((targets, problems))
}

/// The uploaded file as the import stores it.
#[derive(Clone, Copy)]
struct StoredFile<'a> {
    name: &'a str,
    kind: FileKind,
    sha256: &'a str,
}

/// Stores the import, the notices of its failures (one per failing enterprise, to its target),
/// its rows pointing at them, and queues the archive events; returns the import and its state
/// for the audit record.
async fn store(
    work: &mut Work<'_>,
    campaign: &Campaign,
    file: StoredFile<'_>,
    checked: &Checked,
) -> Result<(ImportRecord, serde_json::Value), AppError> {
    let failures = failures_by_enterprise(&checked.rows);
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let new = NewImport {
        campaign,
        authority: (checked.source.id, checked.source.region),
        file_name: file.name,
        file_kind: file.kind.as_str(),
        file_sha256: file.sha256,
        row_count: count(checked.rows.len()),
        failed_count: count(failures.iter().map(|(_, rows)| rows.len()).sum()),
        notice_count: count(failures.len()),
        imported_on: work.today,
        imported_by: &work.principal().subject,
    };
    let import = spot_check::insert_import(work.tx(), &new, work.now).await?;
    let notices = send_notices(work, campaign, import.id, checked, &failures).await?;
    let by_enterprise: HashMap<EnterpriseId, &NoticeRecord> =
        notices.iter().map(|n| (n.notice.enterprise_id, n)).collect();
    let rows = checked.rows.iter().map(|r| stored_row(import.id, r, &by_enterprise)).collect();
    spot_check::insert_rows(work.tx(), rows).await?;
    for (enterprise_id, failed) in &failures {
        let fact = SpotCheckFailed { import_id: import.id, campaign, rows: failed };
        let license = failed.first().map(|r| r.license_id);
        work.archive(*enterprise_id, license, oversight_domain::archive::ArchiveFact::SpotCheckFailed(fact));
        if let Some(notice) = by_enterprise.get(enterprise_id) {
            archive_and_announce(work, &notice.notice, LinkageFact::Sent(&notice.notice));
        }
    }
    work.touch([ObjectRef::of(import.id)]);
    work.touch(notices.iter().map(|n| ObjectRef::of(n.id)));
    let after = serde_json::json!({
        "importId": import.id, "campaign": campaign, "fileSha256": import.file_sha256,
        "rowCount": import.row_count, "failedCount": import.failed_count,
        "noticeIds": notices.iter().map(|n| n.id).collect::<Vec<_>>(),
    });
    Ok((import, after))
}

/// The notices of the failures: one per failing enterprise, to its target, clocks from today.
async fn send_notices(
    work: &mut Work<'_>,
    campaign: &Campaign,
    import_id: SpotCheckImportId,
    checked: &Checked,
    failures: &[(EnterpriseId, Vec<&MatchedRow>)],
) -> Result<Vec<NoticeRecord>, AppError> {
    if failures.is_empty() {
        return Ok(Vec::new());
    }
    let calendar = work.working_calendar().await?;
    let book = work.rule_book().await?;
    let texts: Vec<String> = failures.iter().map(|(_, rows)| notice_text(campaign, rows)).collect();
    let subject = work.principal().subject.clone();
    let mut news = Vec::with_capacity(failures.len());
    for ((enterprise_id, rows), text) in failures.iter().zip(&texts) {
        let Some(target) = checked.targets.get(enterprise_id) else { continue };
        // One license named when every failed row is of the same one.
        let first = rows.first().map(|r| r.license_id);
        let license_id = first.filter(|l| rows.iter().all(|r| r.license_id == *l));
        // On the clocks of the province that must act (docs/adr/0032).
        let clocks = Clocks::from_sending(&calendar, &book.for_region(&target.region).deadlines, work.today);
        news.push(NewNotice {
            notice_type: campaign.level.notice_type(),
            parent_id: None,
            source: (checked.source.id, checked.source.region),
            target: (target.id, target.region),
            enterprise_id: *enterprise_id,
            license_id,
            testing_task_id: None,
            text,
            sent_on: work.today,
            clocks,
            sent_by: &subject,
        });
    }
    Ok(notice::insert_for_import(work.tx(), import_id, &news, work.now).await?)
}

fn stored_row(
    import_id: SpotCheckImportId,
    row: &MatchedRow,
    notices: &HashMap<EnterpriseId, &NoticeRecord>,
) -> RowRecord {
    let r = &row.result;
    let notice_id =
        if r.conclusion == Conclusion::Fail { notices.get(&row.enterprise_id).map(|n| n.id) } else { None };
    RowRecord {
        id: 0,
        import_id,
        row_number: r.row,
        enterprise_id: row.enterprise_id,
        license_id: row.license_id,
        credit_code: r.credit_code.as_str().to_owned(),
        license_number: r.license_number.to_string(),
        enterprise_name: r.enterprise_name.clone(),
        product_name: r.product_name.clone(),
        model: r.model.clone(),
        sampling_date: r.sampling_date,
        institution: r.institution.clone(),
        conclusion: r.conclusion,
        failed_items: r.failed_items.clone(),
        notice_id,
    }
}

/// The distinct values, in first-seen order.
fn unique<T: Clone + Eq + std::hash::Hash>(values: impl Iterator<Item = T>) -> Vec<T> {
    let mut seen = HashSet::new();
    values.filter(|v| seen.insert(v.clone())).collect()
}
