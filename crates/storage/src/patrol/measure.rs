//! Measures (措施) ordered on a patrol's findings: insert, scoped reads (by id, by patrol for the
//! loader, an enterprise's open ones), compare-and-set saves, and a case's open measures carried
//! out together when its follow-up closes.

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::patrol::measure::{Measure, MeasureKind, MeasureKindCode, MeasureStatus};
use oversight_domain::{EnterpriseId, LicenseId, MeasureId, PatrolId, TaskId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};

use crate::entity::patrol_measure::{self as row, Column};
use crate::page::{self, SortKey};
use crate::{
    Executor, Page, PageRequest, Result, Scope, StorageError, Tx, owned_in_scope, owned_rows_in_scope,
};
use crate::{json, parsed};

const TABLE: &str = "patrol_measure";

/// A stored measure with who ordered and closed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureRecord {
    /// The measure's id and patrol, as in `measure` (the loaders key by them).
    pub id: MeasureId,
    pub patrol_id: PatrolId,
    pub measure: Measure,
    pub enterprise_id: EnterpriseId,
    pub license_id: LicenseId,
    pub close_reason: Option<String>,
    /// The testing task a sampling test (抽样检验) was carried out with.
    pub testing_task_id: Option<TaskId>,
    pub ordered_by: String,
    pub closed_by: Option<String>,
    pub closed_on: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Stores a measure ordered on `patrol_id`'s findings, OPEN.
#[allow(clippy::too_many_arguments)] // one value per column the order states; a struct would only rename them
pub async fn insert(
    tx: &Tx,
    patrol_id: PatrolId,
    enterprise_id: EnterpriseId,
    license_id: LicenseId,
    kind: &MeasureKind,
    findings: &[String],
    ordered_on: NaiveDate,
    by: &str,
    now: DateTime<Utc>,
) -> Result<MeasureRecord> {
    let deadline = match kind {
        MeasureKind::RectifyByDeadline { deadline } => Some(*deadline),
        _ => None,
    };
    let model = row::ActiveModel {
        patrol_id: Set(patrol_id.get()),
        enterprise_id: Set(enterprise_id.get()),
        license_id: Set(license_id.get()),
        kind: Set(kind.code().as_str().to_owned()),
        details: Set(json(TABLE, kind)?),
        findings: Set(json(TABLE, findings)?),
        status: Set(MeasureStatus::Open.as_str().to_owned()),
        deadline: Set(deadline),
        ordered_on: Set(ordered_on),
        ordered_by: Set(by.to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    to_record(model.insert(&tx.executor()).await.map_err(StorageError::from_write)?)
}

/// The measure with this id, unscoped (use cases check the policy on its enterprise).
pub async fn by_id(x: &impl Executor, id: MeasureId) -> Result<Option<MeasureRecord>> {
    row::Entity::find_by_id(id.get()).one(&x.executor()).await?.map(to_record).transpose()
}

/// The measures with these ids inside `scope` (the loader, `node(id:)`).
pub async fn by_ids(x: &impl Executor, scope: &Scope, ids: &[MeasureId]) -> Result<Vec<MeasureRecord>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    row::Entity::find()
        .filter(Column::Id.is_in(ids.iter().map(|id| id.get())))
        .filter(owned_rows_in_scope(Column::EnterpriseId, scope))
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_record)
        .collect()
}

/// The measures ordered on these patrols, in order (the loader of `PatrolInspection.measures`).
pub async fn of_patrols(x: &impl Executor, ids: &[PatrolId]) -> Result<Vec<MeasureRecord>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    row::Entity::find()
        .filter(Column::PatrolId.is_in(ids.iter().map(|id| id.get())))
        .order_by_asc(Column::Id)
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_record)
        .collect()
}

/// What the measures list is narrowed to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MeasureFilter {
    pub enterprise_id: Option<EnterpriseId>,
    pub statuses: Option<Vec<MeasureStatus>>,
}

/// One page of the measures inside `scope`, oldest first.
pub async fn page(
    x: &impl Executor,
    scope: &Scope,
    filter: &MeasureFilter,
    request: &PageRequest<i64>,
) -> Result<Page<MeasureRecord>> {
    page::keyset(x, filtered(scope, filter), SortKey::ascending([Column::Id]), request, to_record).await
}

/// How many measures `page` pages through.
pub async fn count(x: &impl Executor, scope: &Scope, filter: &MeasureFilter) -> Result<u64> {
    Ok(filtered(scope, filter).count(&x.executor()).await?)
}

fn filtered(scope: &Scope, filter: &MeasureFilter) -> sea_orm::Select<row::Entity> {
    let mut query = row::Entity::find().filter(owned_in_scope(Column::EnterpriseId, scope));
    if let Some(id) = filter.enterprise_id {
        query = query.filter(Column::EnterpriseId.eq(id.get()));
    }
    if let Some(statuses) = &filter.statuses {
        query = query.filter(Column::Status.is_in(statuses.iter().map(|s| s.as_str())));
    }
    query
}

/// Saves `next` over the measure if it is still in `from`'s state; false when it moved meanwhile.
#[allow(clippy::too_many_arguments)] // the step's own values; a struct would only rename them
pub async fn save(
    tx: &Tx,
    from: &Measure,
    next: &Measure,
    reason: Option<&str>,
    testing_task: Option<TaskId>,
    by: &str,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<bool> {
    let closing = next.status != MeasureStatus::Open;
    let mut update = row::Entity::update_many()
        .col_expr(Column::TestingTaskId, Expr::value(testing_task.map(|id| id.get())))
        .col_expr(Column::Status, Expr::value(next.status.as_str()))
        .col_expr(Column::Details, Expr::value(json(TABLE, &next.kind)?))
        .col_expr(Column::UpdatedAt, Expr::value(now));
    if closing {
        update = update
            .col_expr(Column::CloseReason, Expr::value(reason.map(str::to_owned)))
            .col_expr(Column::ClosedBy, Expr::value(Some(by.to_owned())))
            .col_expr(Column::ClosedOn, Expr::value(Some(today)));
    }
    let result = update
        .filter(Column::Id.eq(from.id.get()))
        .filter(Column::Status.eq(from.status.as_str()))
        .filter(Column::Details.eq(json(TABLE, &from.kind)?))
        .exec(&tx.executor())
        .await?;
    Ok(result.rows_affected == 1)
}

/// Carries out, in one statement, the case's open measures of these kinds (the rectification
/// and the suspension, when its follow-up closes); returns them as they were.
pub async fn complete_open(
    tx: &Tx,
    case: PatrolId,
    kinds: &[MeasureKindCode],
    reason: &str,
    by: &str,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Vec<MeasureRecord>> {
    let open = |query: sea_orm::Select<row::Entity>| {
        query
            .filter(Column::PatrolId.eq(case.get()))
            .filter(Column::Status.eq(MeasureStatus::Open.as_str()))
            .filter(Column::Kind.is_in(kinds.iter().map(|k| k.as_str())))
    };
    let rows = open(row::Entity::find()).order_by_asc(Column::Id).all(&tx.executor()).await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    row::Entity::update_many()
        .col_expr(Column::Status, Expr::value(MeasureStatus::Done.as_str()))
        .col_expr(Column::CloseReason, Expr::value(Some(reason.to_owned())))
        .col_expr(Column::ClosedBy, Expr::value(Some(by.to_owned())))
        .col_expr(Column::ClosedOn, Expr::value(Some(today)))
        .col_expr(Column::UpdatedAt, Expr::value(now))
        .filter(Column::Id.is_in(rows.iter().map(|r| r.id)))
        .exec(&tx.executor())
        .await?;
    rows.into_iter().map(to_record).collect()
}

/// Whether the case ordered a suspension (停产整顿) that is still open.
pub async fn suspension_open(x: &impl Executor, case: PatrolId) -> Result<bool> {
    let n = row::Entity::find()
        .filter(Column::PatrolId.eq(case.get()))
        .filter(Column::Status.eq(MeasureStatus::Open.as_str()))
        .filter(Column::Kind.eq(MeasureKindCode::Suspension.as_str()))
        .count(&x.executor())
        .await?;
    Ok(n > 0)
}

fn to_record(model: row::Model) -> Result<MeasureRecord> {
    let corrupt = |what: &str| StorageError::corrupt(TABLE, format!("id {}: {what}", model.id));
    let status = MeasureStatus::parse(&model.status).ok_or_else(|| corrupt("status"))?;
    let kind: MeasureKind = parsed(TABLE, model.id, "details", &model.details)?;
    Ok(MeasureRecord {
        id: MeasureId::new(model.id),
        patrol_id: PatrolId::new(model.patrol_id),
        measure: Measure {
            id: MeasureId::new(model.id),
            patrol_id: PatrolId::new(model.patrol_id),
            finding_codes: parsed(TABLE, model.id, "findings", &model.findings)?,
            kind,
            status,
            ordered_on: model.ordered_on,
        },
        enterprise_id: EnterpriseId::new(model.enterprise_id),
        license_id: LicenseId::new(model.license_id),
        close_reason: model.close_reason,
        testing_task_id: model.testing_task_id.map(TaskId::new),
        ordered_by: model.ordered_by,
        closed_by: model.closed_by,
        closed_on: model.closed_on,
        created_at: model.created_at,
        updated_at: model.updated_at,
    })
}
