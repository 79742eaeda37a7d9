//! Attachments (附件, docs/adr/0019): the rows of the `attachment` table — insert, scoped reads
//! by id and by enterprise (keyset-paged), delete while unsealed, the blob's reference count —
//! and, for the workflows that make attachments evidence, `of_enterprise` and `seal`. The bytes
//! are in the attachment store (`store`), addressed by their SHA-256.

pub mod store;

use chrono::{DateTime, Utc};
use oversight_domain::attachment::{Attachment, AttachmentType};
use oversight_domain::{AttachmentId, EnterpriseId};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::entity::attachment as row;
use crate::page::{self, SortKey};
use crate::{
    Executor, Page, PageRequest, Result, Scope, StorageError, Tx, owned_in_scope, owned_rows_in_scope,
};

pub use store::{AttachmentStore, StagedFile};

/// A new attachment row: its blob is in the store already.
#[derive(Debug, Clone)]
pub struct NewAttachment<'a> {
    pub enterprise_id: EnterpriseId,
    pub sha256: &'a str,
    pub size_bytes: u64,
    pub content_type: AttachmentType,
    pub file_name: &'a str,
    pub uploaded_by: &'a str,
    pub uploader_organisation: &'a str,
    pub idempotency_key: Option<&'a str>,
}

/// Stores a row. A second row with the same enterprise, organisation and idempotency key is a
/// `StorageError::Conflict` (the unique index), even when two race.
pub async fn insert(tx: &Tx, new: &NewAttachment<'_>, now: DateTime<Utc>) -> Result<Attachment> {
    let model = row::ActiveModel {
        enterprise_id: Set(new.enterprise_id.get()),
        sha256: Set(new.sha256.to_owned()),
        size_bytes: Set(i64::try_from(new.size_bytes).unwrap_or(i64::MAX)),
        content_type: Set(new.content_type.as_str().to_owned()),
        file_name: Set(new.file_name.to_owned()),
        uploaded_by: Set(new.uploaded_by.to_owned()),
        uploader_organisation: Set(new.uploader_organisation.to_owned()),
        uploaded_at: Set(now),
        sealed_at: Set(None),
        idempotency_key: Set(new.idempotency_key.map(str::to_owned)),
        ..Default::default()
    };
    to_attachment(model.insert(&tx.executor()).await.map_err(StorageError::from_write)?)
}

/// The attachment with this id, unscoped (use cases check the policy on its enterprise).
pub async fn by_id(x: &impl Executor, id: AttachmentId) -> Result<Option<Attachment>> {
    row::Entity::find_by_id(id.get()).one(&x.executor()).await?.map(to_attachment).transpose()
}

/// The attachment an organisation uploaded to the enterprise with this idempotency key, if any.
pub async fn by_idempotency_key(
    x: &impl Executor,
    enterprise_id: EnterpriseId,
    organisation: &str,
    key: &str,
) -> Result<Option<Attachment>> {
    row::Entity::find()
        .filter(row::Column::EnterpriseId.eq(enterprise_id.get()))
        .filter(row::Column::UploaderOrganisation.eq(organisation))
        .filter(row::Column::IdempotencyKey.eq(key))
        .one(&x.executor())
        .await?
        .map(to_attachment)
        .transpose()
}

/// The attachments with these ids inside `scope` (the loader, `node(id:)`).
pub async fn by_ids(x: &impl Executor, scope: &Scope, ids: &[AttachmentId]) -> Result<Vec<Attachment>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    row::Entity::find()
        .filter(row::Column::Id.is_in(ids.iter().map(|id| id.get())))
        .filter(owned_rows_in_scope(row::Column::EnterpriseId, scope))
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_attachment)
        .collect()
}

/// Those of `ids` that are attachments of `enterprise_id`, in id order: fewer than asked when an
/// id is another enterprise's or none at all, so the caller refuses the request (a workflow's
/// record names only its own enterprise's documents).
pub async fn of_enterprise(
    x: &impl Executor,
    ids: &[AttachmentId],
    enterprise_id: EnterpriseId,
) -> Result<Vec<Attachment>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    use sea_orm::QueryOrder;
    row::Entity::find()
        .filter(row::Column::Id.is_in(ids.iter().map(|id| id.get())))
        .filter(row::Column::EnterpriseId.eq(enterprise_id.get()))
        .order_by_asc(row::Column::Id)
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_attachment)
        .collect()
}

/// Seals these attachments as evidence at `at` (one statement); those sealed already keep their
/// first seal. Returns how many were sealed now.
pub async fn seal(tx: &Tx, ids: &[AttachmentId], at: DateTime<Utc>) -> Result<u64> {
    if ids.is_empty() {
        return Ok(0);
    }
    let result = row::Entity::update_many()
        .col_expr(row::Column::SealedAt, Expr::value(Some(at)))
        .filter(row::Column::Id.is_in(ids.iter().map(|id| id.get())))
        .filter(row::Column::SealedAt.is_null())
        .exec(&tx.executor())
        .await?;
    Ok(result.rows_affected)
}

/// Deletes the row if it is still unsealed; false when it was sealed (or deleted) meanwhile.
pub async fn delete_unsealed(tx: &Tx, id: AttachmentId) -> Result<bool> {
    let result = row::Entity::delete_many()
        .filter(row::Column::Id.eq(id.get()))
        .filter(row::Column::SealedAt.is_null())
        .exec(&tx.executor())
        .await?;
    Ok(result.rows_affected == 1)
}

/// How many rows reference the blob with this SHA-256.
pub async fn references(x: &impl Executor, sha256: &str) -> Result<u64> {
    Ok(row::Entity::find().filter(row::Column::Sha256.eq(sha256)).count(&x.executor()).await?)
}

/// One page of an enterprise's attachments inside `scope`, oldest first.
pub async fn page(
    x: &impl Executor,
    scope: &Scope,
    enterprise_id: EnterpriseId,
    request: &PageRequest<i64>,
) -> Result<Page<Attachment>> {
    let query = filtered(scope, enterprise_id);
    page::keyset(x, query, SortKey::ascending([row::Column::Id]), request, to_attachment).await
}

/// How many attachments `page` pages through (`totalCount`).
pub async fn count(x: &impl Executor, scope: &Scope, enterprise_id: EnterpriseId) -> Result<u64> {
    Ok(filtered(scope, enterprise_id).count(&x.executor()).await?)
}

fn filtered(scope: &Scope, enterprise_id: EnterpriseId) -> sea_orm::Select<row::Entity> {
    row::Entity::find()
        .filter(row::Column::EnterpriseId.eq(enterprise_id.get()))
        .filter(owned_in_scope(row::Column::EnterpriseId, scope))
}

fn to_attachment(model: row::Model) -> Result<Attachment> {
    let corrupt = |what: &str| StorageError::corrupt("attachment", format!("id {}: {what}", model.id));
    let content_type = AttachmentType::parse(&model.content_type)
        .ok_or_else(|| corrupt(&format!("content type {}", model.content_type)))?;
    let size_bytes = u64::try_from(model.size_bytes).map_err(|_| corrupt("negative size"))?;
    Ok(Attachment {
        id: AttachmentId::new(model.id),
        enterprise_id: EnterpriseId::new(model.enterprise_id),
        sha256: model.sha256,
        size_bytes,
        content_type,
        file_name: model.file_name,
        uploaded_by: model.uploaded_by,
        uploader_organisation: model.uploader_organisation,
        uploaded_at: model.uploaded_at,
        sealed_at: model.sealed_at,
    })
}
