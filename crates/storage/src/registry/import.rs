//! Registry imports (存量登记导入, docs/adr/0031): the row of an imported file, found by its
//! SHA-256, and moved on by each committed batch (compare-and-set on how many enterprises are
//! done), so an interrupted import knows where to resume.

use chrono::{DateTime, Utc};
use oversight_domain::AuthorityId;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

use crate::entity::registry_import;
use crate::{Executor, Result, StorageError, Tx};

/// Where an import stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportStatus {
    /// Batches are being committed, or the import was interrupted.
    Running,
    /// Every enterprise of the file is written.
    Finished,
}

impl ImportStatus {
    fn as_str(self) -> &'static str {
        match self {
            ImportStatus::Running => "RUNNING",
            ImportStatus::Finished => "FINISHED",
        }
    }
}

/// A stored import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistryImportRecord {
    pub id: i64,
    pub file_name: String,
    pub file_kind: String,
    pub file_sha256: String,
    pub authority_id: AuthorityId,
    /// The importing officer's subject.
    pub imported_by: String,
    pub enterprise_count: u64,
    pub license_count: u64,
    /// Enterprises written by the committed batches, in the file's order.
    pub enterprises_done: u64,
    pub status: ImportStatus,
    pub started_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
}

/// What the first batch records of a new import.
#[derive(Debug, Clone)]
pub struct NewRegistryImport<'a> {
    pub file_name: &'a str,
    pub file_kind: &'a str,
    pub file_sha256: &'a str,
    pub authority_id: AuthorityId,
    pub imported_by: &'a str,
    pub enterprise_count: u64,
    pub license_count: u64,
}

/// The import of the file with this SHA-256, if any.
pub async fn by_sha256(x: &impl Executor, sha256: &str) -> Result<Option<RegistryImportRecord>> {
    registry_import::Entity::find()
        .filter(registry_import::Column::FileSha256.eq(sha256))
        .one(&x.executor())
        .await?
        .map(to_record)
        .transpose()
}

/// Records a new import with nothing done yet, in the first batch's transaction; the same file
/// recorded meanwhile by another run is `StorageError::Conflict` (the unique hash).
pub async fn insert(
    tx: &Tx,
    new: &NewRegistryImport<'_>,
    now: DateTime<Utc>,
) -> Result<RegistryImportRecord> {
    let model = registry_import::ActiveModel {
        file_name: Set(new.file_name.to_owned()),
        file_kind: Set(new.file_kind.to_owned()),
        file_sha256: Set(new.file_sha256.to_owned()),
        authority_id: Set(new.authority_id.get()),
        imported_by: Set(new.imported_by.to_owned()),
        enterprise_count: Set(count(new.enterprise_count)),
        license_count: Set(count(new.license_count)),
        enterprises_done: Set(0),
        status: Set(ImportStatus::Running.as_str().to_owned()),
        started_at: Set(now),
        finished_at: Set(None),
        ..Default::default()
    };
    let model = model.insert(&tx.executor()).await.map_err(StorageError::from_write)?;
    to_record(model)
}

/// Moves the import from `from` enterprises done to `to` (finished when `to` is all of them),
/// in the batch's transaction. `false` when another run moved it first: the caller rolls back.
pub async fn advance(
    tx: &Tx,
    id: i64,
    from: u64,
    to: u64,
    finished: bool,
    now: DateTime<Utc>,
) -> Result<bool> {
    let status = if finished { ImportStatus::Finished } else { ImportStatus::Running };
    let mut update = registry_import::Entity::update_many()
        .col_expr(registry_import::Column::EnterprisesDone, Expr::value(count(to)))
        .col_expr(registry_import::Column::Status, Expr::value(status.as_str()));
    if finished {
        update = update.col_expr(registry_import::Column::FinishedAt, Expr::value(Some(now)));
    }
    let moved = update
        .filter(registry_import::Column::Id.eq(id))
        .filter(registry_import::Column::EnterprisesDone.eq(count(from)))
        .filter(registry_import::Column::Status.eq(ImportStatus::Running.as_str()))
        .exec(&tx.executor())
        .await?;
    Ok(moved.rows_affected == 1)
}

fn count(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn to_record(model: registry_import::Model) -> Result<RegistryImportRecord> {
    let corrupt =
        |message: String| StorageError::corrupt("registry_import", format!("id {}: {message}", model.id));
    let status = match model.status.as_str() {
        "RUNNING" => ImportStatus::Running,
        "FINISHED" => ImportStatus::Finished,
        other => return Err(corrupt(format!("status {other}"))),
    };
    let unsigned = |n: i64| u64::try_from(n).map_err(|_| corrupt(format!("negative count {n}")));
    Ok(RegistryImportRecord {
        id: model.id,
        enterprise_count: unsigned(model.enterprise_count)?,
        license_count: unsigned(model.license_count)?,
        enterprises_done: unsigned(model.enterprises_done)?,
        file_name: model.file_name,
        file_kind: model.file_kind,
        file_sha256: model.file_sha256,
        authority_id: AuthorityId::new(model.authority_id),
        imported_by: model.imported_by,
        status,
        started_at: model.started_at,
        finished_at: model.finished_at,
    })
}
