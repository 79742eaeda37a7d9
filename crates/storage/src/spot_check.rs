//! Spot-check results imports (监督抽查结果导入, docs/adr/0029): the import and its rows
//! (multi-row inserts under the bind limit), the registry reads that match a file's rows (credit
//! codes and license numbers, a few thousand per statement), the imports list scoped by the
//! importer's region, and an import's rows by keyset, all or by conclusion.

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::spot_check::{Campaign, CampaignLevel, Conclusion, KnownLicense};
use oversight_domain::{AuthorityId, EnterpriseId, LicenseId, NoticeId, RegionCode, SpotCheckImportId};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter,
    QuerySelect,
};

use crate::entity::{enterprise, license, spot_check_import as import_row, spot_check_row as result_row};
use crate::page::{self, SortKey};
use crate::{Executor, Page, PageRequest, Result, Scope, StorageError, Tx, owned_rows_in_scope};

const TABLE: &str = "spot_check_import";
/// Codes or numbers per lookup statement: well under every bind limit.
const KEYS_PER_STATEMENT: usize = 5_000;

/// A stored import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRecord {
    pub id: SpotCheckImportId,
    pub campaign: Campaign,
    pub authority_id: AuthorityId,
    pub authority_region: RegionCode,
    pub file_name: String,
    /// CSV or XLSX, as sniffed.
    pub file_kind: String,
    pub file_sha256: String,
    pub row_count: u32,
    pub failed_count: u32,
    pub notice_count: u32,
    pub imported_on: NaiveDate,
    pub imported_by: String,
    pub created_at: DateTime<Utc>,
}

/// An import to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewImport<'a> {
    pub campaign: &'a Campaign,
    pub authority: (AuthorityId, RegionCode),
    pub file_name: &'a str,
    pub file_kind: &'a str,
    pub file_sha256: &'a str,
    pub row_count: u32,
    pub failed_count: u32,
    pub notice_count: u32,
    pub imported_on: NaiveDate,
    pub imported_by: &'a str,
}

/// One stored result row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowRecord {
    pub id: i64,
    pub import_id: SpotCheckImportId,
    pub row_number: u32,
    pub enterprise_id: EnterpriseId,
    pub license_id: LicenseId,
    pub credit_code: String,
    pub license_number: String,
    pub enterprise_name: String,
    pub product_name: String,
    pub model: String,
    pub sampling_date: NaiveDate,
    pub institution: String,
    pub conclusion: Conclusion,
    pub failed_items: Option<String>,
    pub notice_id: Option<NoticeId>,
}

/// Stores an import (before its rows, which point at it).
pub async fn insert_import(tx: &Tx, new: &NewImport<'_>, now: DateTime<Utc>) -> Result<ImportRecord> {
    let count = |n: u32| i32::try_from(n).unwrap_or(i32::MAX);
    let model = import_row::ActiveModel {
        campaign_name: Set(new.campaign.name.clone()),
        campaign_level: Set(new.campaign.level.as_str().to_owned()),
        starts_on: Set(new.campaign.starts_on),
        ends_on: Set(new.campaign.ends_on),
        authority_id: Set(new.authority.0.get()),
        authority_region: Set(new.authority.1.as_str().to_owned()),
        file_name: Set(new.file_name.to_owned()),
        file_kind: Set(new.file_kind.to_owned()),
        file_sha256: Set(new.file_sha256.to_owned()),
        row_count: Set(count(new.row_count)),
        failed_count: Set(count(new.failed_count)),
        notice_count: Set(count(new.notice_count)),
        imported_on: Set(new.imported_on),
        imported_by: Set(new.imported_by.to_owned()),
        created_at: Set(now),
        ..Default::default()
    };
    to_import(model.insert(&tx.executor()).await.map_err(StorageError::from_write)?)
}

/// Stores the rows in multi-row statements (15 values a row, under the bind limit).
pub async fn insert_rows(tx: &Tx, rows: Vec<RowRecord>) -> Result<()> {
    let models: Vec<result_row::ActiveModel> = rows
        .into_iter()
        .map(|r| result_row::ActiveModel {
            import_id: Set(r.import_id.get()),
            row_number: Set(i32::try_from(r.row_number).unwrap_or(i32::MAX)),
            enterprise_id: Set(r.enterprise_id.get()),
            license_id: Set(r.license_id.get()),
            credit_code: Set(r.credit_code),
            license_number: Set(r.license_number),
            enterprise_name: Set(r.enterprise_name),
            product_name: Set(r.product_name),
            model: Set(r.model),
            sampling_date: Set(r.sampling_date),
            institution: Set(r.institution),
            conclusion: Set(r.conclusion.as_str().to_owned()),
            failed_items: Set(r.failed_items),
            notice_id: Set(r.notice_id.map(NoticeId::get)),
            ..Default::default()
        })
        .collect();
    crate::insert_rows(tx, models, 15).await
}

/// The import of the file with this SHA-256, whoever imported it (the same bytes are imported
/// once, docs/adr/0029).
pub async fn by_sha256(x: &impl Executor, sha256: &str) -> Result<Option<ImportRecord>> {
    import_row::Entity::find()
        .filter(import_row::Column::FileSha256.eq(sha256))
        .one(&x.executor())
        .await?
        .map(to_import)
        .transpose()
}

/// The imports with these ids made by an authority inside `scope`.
pub async fn by_ids(
    x: &impl Executor,
    scope: &Scope,
    ids: &[SpotCheckImportId],
) -> Result<Vec<ImportRecord>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    import_row::Entity::find()
        .filter(import_row::Column::Id.is_in(ids.iter().map(|id| id.get())))
        .filter(in_scope(scope))
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_import)
        .collect()
}

/// One page of the imports made by an authority inside `scope`, newest first.
pub async fn page(
    x: &impl Executor,
    scope: &Scope,
    request: &PageRequest<i64>,
) -> Result<Page<ImportRecord>> {
    let query = import_row::Entity::find().filter(in_scope(scope));
    page::keyset(x, query, SortKey::descending([import_row::Column::Id]), request, to_import).await
}

pub async fn count(x: &impl Executor, scope: &Scope) -> Result<u64> {
    Ok(import_row::Entity::find().filter(in_scope(scope)).count(&x.executor()).await?)
}

/// One page of an import's rows in file order, all or of one conclusion.
pub async fn rows_page(
    x: &impl Executor,
    import_id: SpotCheckImportId,
    conclusion: Option<Conclusion>,
    request: &PageRequest<i64>,
) -> Result<Page<RowRecord>> {
    let query = rows_of(import_id, conclusion);
    page::keyset(x, query, SortKey::ascending([result_row::Column::Id]), request, to_row).await
}

pub async fn rows_count(
    x: &impl Executor,
    import_id: SpotCheckImportId,
    conclusion: Option<Conclusion>,
) -> Result<u64> {
    Ok(rows_of(import_id, conclusion).count(&x.executor()).await?)
}

/// The first `n` rows (file order) of each of `imports`, all or of one conclusion: one
/// window-function statement for a page of imports.
pub async fn first_rows_of(
    x: &impl Executor,
    conclusion: Option<Conclusion>,
    (imports, n): (&[SpotCheckImportId], u64),
) -> Result<Vec<RowRecord>> {
    let mut query = result_row::Entity::find();
    if let Some(conclusion) = conclusion {
        query = query.filter(result_row::Column::Conclusion.eq(conclusion.as_str()));
    }
    let parents: Vec<i64> = imports.iter().map(|id| id.get()).collect();
    let parent = (result_row::Column::ImportId, parents.as_slice());
    let key = SortKey::ascending([result_row::Column::Id]);
    page::first_of_each(x, query, parent, key, n, to_row).await
}

/// How many rows (all, or of one conclusion) each of `imports` has: one grouped statement.
pub async fn rows_count_of(
    x: &impl Executor,
    conclusion: Option<Conclusion>,
    imports: &[SpotCheckImportId],
) -> Result<Vec<(SpotCheckImportId, u64)>> {
    let mut query = result_row::Entity::find();
    if let Some(conclusion) = conclusion {
        query = query.filter(result_row::Column::Conclusion.eq(conclusion.as_str()));
    }
    let parents: Vec<i64> = imports.iter().map(|id| id.get()).collect();
    let counts = page::count_of_each(x, query, result_row::Column::ImportId, &parents).await?;
    Ok(counts.into_iter().map(|(id, n)| (SpotCheckImportId::new(id), n)).collect())
}

fn rows_of(
    import_id: SpotCheckImportId,
    conclusion: Option<Conclusion>,
) -> sea_orm::Select<result_row::Entity> {
    let mut query = result_row::Entity::find().filter(result_row::Column::ImportId.eq(import_id.get()));
    if let Some(conclusion) = conclusion {
        query = query.filter(result_row::Column::Conclusion.eq(conclusion.as_str()));
    }
    query
}

/// The enterprises inside `scope` with these credit codes: (code, id, region), a few thousand
/// codes a statement.
pub async fn enterprises_by_credit_codes(
    x: &impl Executor,
    scope: &Scope,
    codes: &[String],
) -> Result<Vec<(String, EnterpriseId, RegionCode)>> {
    let mut found = Vec::with_capacity(codes.len());
    for chunk in codes.chunks(KEYS_PER_STATEMENT) {
        let rows: Vec<(String, i64, String)> = enterprise::Entity::find()
            .select_only()
            .column(enterprise::Column::CreditCode)
            .column(enterprise::Column::Id)
            .column(enterprise::Column::RegionCode)
            .filter(enterprise::Column::CreditCode.is_in(chunk.iter().cloned()))
            .filter(crate::enterprise_in_scope(scope))
            .into_tuple()
            .all(&x.executor())
            .await?;
        for (code, id, region) in rows {
            let region = RegionCode::parse(&region)
                .map_err(|_| StorageError::corrupt("enterprise", format!("id {id}: region_code")))?;
            found.push((code, EnterpriseId::new(id), region));
        }
    }
    Ok(found)
}

/// The licenses of enterprises inside `scope` with these numbers (their cores): (number, id and
/// owner), a few thousand numbers a statement.
pub async fn licenses_by_numbers(
    x: &impl Executor,
    scope: &Scope,
    numbers: &[String],
) -> Result<Vec<(String, KnownLicense)>> {
    let mut found = Vec::with_capacity(numbers.len());
    for chunk in numbers.chunks(KEYS_PER_STATEMENT) {
        let rows: Vec<(String, i64, i64)> = license::Entity::find()
            .select_only()
            .column(license::Column::Number)
            .column(license::Column::Id)
            .column(license::Column::EnterpriseId)
            .filter(license::Column::Number.is_in(chunk.iter().cloned()))
            .filter(owned_rows_in_scope(license::Column::EnterpriseId, scope))
            .into_tuple()
            .all(&x.executor())
            .await?;
        found.extend(rows.into_iter().map(|(number, id, owner)| {
            (number, KnownLicense { id: LicenseId::new(id), enterprise_id: EnterpriseId::new(owner) })
        }));
    }
    Ok(found)
}

/// Imports made by an authority seated inside the scope's region (the nation: all).
fn in_scope(scope: &Scope) -> Condition {
    match scope {
        Scope::Everything => Condition::all(),
        Scope::Within(region) => {
            let (low, high) = region.range();
            Condition::all().add(import_row::Column::AuthorityRegion.between(low, high))
        }
        // An id never stored: the statement stays one shape.
        Scope::Enterprise(_) | Scope::Nothing => Condition::all().add(import_row::Column::Id.eq(-1)),
    }
}

fn to_import(model: import_row::Model) -> Result<ImportRecord> {
    let corrupt = |what: &str| StorageError::corrupt(TABLE, format!("id {}: {what}", model.id));
    let count = |n: i32| u32::try_from(n).unwrap_or(0);
    Ok(ImportRecord {
        id: SpotCheckImportId::new(model.id),
        campaign: Campaign {
            level: CampaignLevel::parse(&model.campaign_level).ok_or_else(|| corrupt("campaign_level"))?,
            name: model.campaign_name,
            starts_on: model.starts_on,
            ends_on: model.ends_on,
        },
        authority_id: AuthorityId::new(model.authority_id),
        authority_region: RegionCode::parse(&model.authority_region)
            .map_err(|_| corrupt("authority_region"))?,
        file_name: model.file_name,
        file_kind: model.file_kind,
        file_sha256: model.file_sha256,
        row_count: count(model.row_count),
        failed_count: count(model.failed_count),
        notice_count: count(model.notice_count),
        imported_on: model.imported_on,
        imported_by: model.imported_by,
        created_at: model.created_at,
    })
}

fn to_row(model: result_row::Model) -> Result<RowRecord> {
    let conclusion = Conclusion::parse(&model.conclusion)
        .ok_or_else(|| StorageError::corrupt("spot_check_row", format!("id {}: conclusion", model.id)))?;
    Ok(RowRecord {
        id: model.id,
        import_id: SpotCheckImportId::new(model.import_id),
        row_number: u32::try_from(model.row_number).unwrap_or(0),
        enterprise_id: EnterpriseId::new(model.enterprise_id),
        license_id: LicenseId::new(model.license_id),
        credit_code: model.credit_code,
        license_number: model.license_number,
        enterprise_name: model.enterprise_name,
        product_name: model.product_name,
        model: model.model,
        sampling_date: model.sampling_date,
        institution: model.institution,
        conclusion,
        failed_items: model.failed_items,
        notice_id: model.notice_id.map(NoticeId::new),
    })
}
