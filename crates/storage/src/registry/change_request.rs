//! Enterprise change requests (变更申请): insert, compare-and-set decisions, scoped reads by id
//! and by enterprise (the loader), and the officers' keyset-paged queue.

use chrono::{DateTime, Utc};
use oversight_domain::registry::change_request::{
    ChangeRequestStatus, EnterpriseChangeRequest, ProposedChange,
};
use oversight_domain::{ChangeRequestId, EnterpriseId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};

use crate::entity::enterprise_change_request as request;
use crate::page::{self, SortKey};
use crate::transition::compare_and_set;
use crate::{
    Executor, Page, PageRequest, Result, Scope, StorageError, Tx, owned_in_scope, owned_rows_in_scope,
};

/// Stores an OPEN request. A second open request of the same enterprise is a
/// `StorageError::Conflict` (the partial unique index), even when two race.
pub async fn insert(
    tx: &Tx,
    enterprise_id: EnterpriseId,
    change: &ProposedChange,
    reason: &str,
    requested_by: &str,
    now: DateTime<Utc>,
) -> Result<EnterpriseChangeRequest> {
    let model = request::ActiveModel {
        enterprise_id: Set(enterprise_id.get()),
        name: Set(change.name.clone()),
        production_conditions: Set(change.production_conditions.clone()),
        inspection_means: Set(change.inspection_means.clone()),
        process: Set(change.process.clone()),
        reason: Set(reason.to_owned()),
        status: Set(ChangeRequestStatus::Open.as_str().to_owned()),
        requested_by: Set(requested_by.to_owned()),
        decision_reason: Set(None),
        decided_by: Set(None),
        decided_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    let model = model.insert(&tx.executor()).await.map_err(StorageError::from_write)?;
    to_request(model)
}

/// Persists a request's decision; false when another transaction decided it first.
pub async fn save(tx: &Tx, from: ChangeRequestStatus, next: &EnterpriseChangeRequest) -> Result<bool> {
    let update = request::Entity::update_many()
        .col_expr(request::Column::Status, Expr::value(next.status.as_str()))
        .col_expr(request::Column::DecisionReason, Expr::value(next.decision_reason.clone()))
        .col_expr(request::Column::DecidedBy, Expr::value(next.decided_by.clone()))
        .col_expr(request::Column::DecidedAt, Expr::value(next.decided_at))
        .col_expr(request::Column::UpdatedAt, Expr::value(next.updated_at));
    compare_and_set(
        tx,
        update,
        (request::Column::Id, next.id.get()),
        (request::Column::Status, from.as_str()),
    )
    .await
}

/// The request with this id, unscoped (use cases check the policy on its enterprise).
pub async fn by_id(x: &impl Executor, id: ChangeRequestId) -> Result<Option<EnterpriseChangeRequest>> {
    request::Entity::find_by_id(id.get()).one(&x.executor()).await?.map(to_request).transpose()
}

/// The enterprise's open request, if any.
pub async fn open_of(
    x: &impl Executor,
    enterprise_id: EnterpriseId,
) -> Result<Option<EnterpriseChangeRequest>> {
    request::Entity::find()
        .filter(request::Column::EnterpriseId.eq(enterprise_id.get()))
        .filter(request::Column::Status.eq(ChangeRequestStatus::Open.as_str()))
        .one(&x.executor())
        .await?
        .map(to_request)
        .transpose()
}

/// The requests with these ids inside `scope` (`node(id:)`).
pub async fn by_ids(
    x: &impl Executor,
    scope: &Scope,
    ids: &[ChangeRequestId],
) -> Result<Vec<EnterpriseChangeRequest>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    request::Entity::find()
        .filter(request::Column::Id.is_in(ids.iter().map(|id| id.get())))
        .filter(owned_rows_in_scope(request::Column::EnterpriseId, scope))
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_request)
        .collect()
}

/// Every request of these enterprises inside `scope`, each enterprise's newest first (one
/// statement for a page of enterprises: the DataLoader).
pub async fn of_enterprises(
    x: &impl Executor,
    scope: &Scope,
    enterprise_ids: &[EnterpriseId],
) -> Result<Vec<EnterpriseChangeRequest>> {
    if enterprise_ids.is_empty() {
        return Ok(Vec::new());
    }
    request::Entity::find()
        .filter(request::Column::EnterpriseId.is_in(enterprise_ids.iter().map(|id| id.get())))
        .filter(owned_rows_in_scope(request::Column::EnterpriseId, scope))
        .order_by_asc(request::Column::EnterpriseId)
        .order_by_desc(request::Column::Id)
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_request)
        .collect()
}

/// One page of the requests inside `scope`, optionally in one status, oldest first (a queue).
pub async fn page(
    x: &impl Executor,
    scope: &Scope,
    status: Option<ChangeRequestStatus>,
    request: &PageRequest<i64>,
) -> Result<Page<EnterpriseChangeRequest>> {
    page::keyset(x, filtered(scope, status), SortKey::ascending([request::Column::Id]), request, to_request)
        .await
}

/// How many requests `page` would page through (`totalCount`).
pub async fn count(x: &impl Executor, scope: &Scope, status: Option<ChangeRequestStatus>) -> Result<u64> {
    Ok(filtered(scope, status).count(&x.executor()).await?)
}

fn filtered(scope: &Scope, status: Option<ChangeRequestStatus>) -> sea_orm::Select<request::Entity> {
    let mut query = request::Entity::find().filter(owned_in_scope(request::Column::EnterpriseId, scope));
    if let Some(status) = status {
        query = query.filter(request::Column::Status.eq(status.as_str()));
    }
    query
}

fn to_request(model: request::Model) -> Result<EnterpriseChangeRequest> {
    let status = ChangeRequestStatus::parse(&model.status).ok_or_else(|| {
        StorageError::corrupt(
            "enterprise_change_request",
            format!("id {}: status {}", model.id, model.status),
        )
    })?;
    Ok(EnterpriseChangeRequest {
        id: ChangeRequestId::new(model.id),
        enterprise_id: EnterpriseId::new(model.enterprise_id),
        change: ProposedChange {
            name: model.name,
            production_conditions: model.production_conditions,
            inspection_means: model.inspection_means,
            process: model.process,
        },
        reason: model.reason,
        status,
        requested_by: model.requested_by,
        decision_reason: model.decision_reason,
        decided_by: model.decided_by,
        decided_at: model.decided_at,
        created_at: model.created_at,
        updated_at: model.updated_at,
    })
}
