//! Responsible persons (直接责任人, §四): the authority that holds a piece of work (one statement per
//! kind of work, joined to the authority's seat), the assignments — inserted, ended by a
//! reassignment (compare-and-set on `ended_on IS NULL`), scoped by the holder's region — and the
//! `responsibilityAssignments` page. docs/adr/0036.

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::responsibility::assignment::{Assignment, Holder, WorkKind, WorkRef};
use oversight_domain::{AuthorityId, OfficerId, RegionCode, ResponsibilityAssignmentId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, Statement,
};

use super::{TierScope, in_scope};
use crate::entity::responsibility_assignment::{self as row, Column};
use crate::page::{self, SortKey};
use crate::sql::Binds;
use crate::{Executor, Page, PageRequest, Result, StorageError, Tx};

const TABLE: &str = "responsibility_assignment";

/// A stored assignment with who made it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssignmentRecord {
    /// The assignment's id, as in `assignment` (the loaders key by it).
    pub id: ResponsibilityAssignmentId,
    pub assignment: Assignment,
    pub assigned_by: String,
    pub created_at: DateTime<Utc>,
}

/// An assignment to store, current.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAssignment<'a> {
    pub work: WorkRef,
    pub holder: Holder,
    pub officer_id: OfficerId,
    pub assigned_on: NaiveDate,
    pub reason: Option<&'a str>,
    pub assigned_by: &'a str,
}

/// The table and the column naming the authority that holds each kind of work.
fn holder_column(kind: WorkKind) -> (&'static str, &'static str) {
    match kind {
        WorkKind::PatrolPlan => ("patrol_plan", "authority_id"),
        WorkKind::ReviewYear => ("annual_review_year", "authority_id"),
        WorkKind::LinkageNotice => ("linkage_notice", "target_authority_id"),
        WorkKind::UnlicensedCase => ("unlicensed_case", "authority_id"),
        WorkKind::CounterfeitCase => ("counterfeit_case", "authority_id"),
        WorkKind::SupervisionOrder => ("supervision_order", "target_authority_id"),
    }
}

/// The authority that holds `work` and its seat, or `None` when there is no such work: one
/// statement, the work's row joined to its authority.
pub async fn holder(x: &impl Executor, work: WorkRef) -> Result<Option<Holder>> {
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let (table, column) = holder_column(work.kind);
    let id = binds.push(work.id);
    let sql = format!(
        "SELECT a.id AS authority_id, a.region_code FROM {table} w JOIN authority a ON a.id = w.{column} \
         WHERE w.id = {id}"
    );
    let found =
        executor.query_one_raw(Statement::from_sql_and_values(binds.backend, sql, binds.values)).await?;
    let Some(found) = found else { return Ok(None) };
    let authority_id: i64 = found.try_get("", "authority_id")?;
    let region: String = found.try_get("", "region_code")?;
    let region = RegionCode::parse(&region)
        .map_err(|_| StorageError::corrupt("authority", format!("id {authority_id}: region_code")))?;
    Ok(Some(Holder { authority_id: AuthorityId::new(authority_id), region }))
}

/// Stores an assignment, current.
pub async fn insert(tx: &Tx, new: &NewAssignment<'_>, now: DateTime<Utc>) -> Result<AssignmentRecord> {
    let model = row::ActiveModel {
        work_kind: Set(new.work.kind.as_str().to_owned()),
        work_id: Set(new.work.id),
        authority_id: Set(new.holder.authority_id.get()),
        authority_region: Set(new.holder.region.as_str().to_owned()),
        officer_id: Set(new.officer_id.get()),
        assigned_on: Set(new.assigned_on),
        reason: Set(new.reason.map(str::to_owned)),
        assigned_by: Set(new.assigned_by.to_owned()),
        created_at: Set(now),
        ..Default::default()
    };
    to_record(model.insert(&tx.executor()).await.map_err(StorageError::from_write)?)
}

/// Ends the current assignment `id` on `day`; false when it was ended meanwhile.
pub async fn end(tx: &Tx, id: ResponsibilityAssignmentId, day: NaiveDate) -> Result<bool> {
    let ended = row::Entity::update_many()
        .col_expr(Column::EndedOn, Expr::value(Some(day)))
        .filter(Column::Id.eq(id.get()))
        .filter(Column::EndedOn.is_null())
        .exec(&tx.executor())
        .await?;
    Ok(ended.rows_affected == 1)
}

/// The current assignment of `work`, if any (unscoped: the command has checked the holder).
pub async fn current(x: &impl Executor, work: WorkRef) -> Result<Option<AssignmentRecord>> {
    row::Entity::find()
        .filter(of_work(work))
        .filter(Column::EndedOn.is_null())
        .one(&x.executor())
        .await?
        .map(to_record)
        .transpose()
}

/// The assignments with these ids inside `scope` (the loader, `node(id:)`).
pub async fn by_ids(
    x: &impl Executor,
    scope: &TierScope,
    ids: &[ResponsibilityAssignmentId],
) -> Result<Vec<AssignmentRecord>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    row::Entity::find()
        .filter(Column::Id.is_in(ids.iter().map(|id| id.get())))
        .filter(scoped(scope))
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_record)
        .collect()
}

/// What the assignments list is narrowed to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AssignmentFilter {
    /// One piece of work's assignments (its history).
    pub work: Option<WorkRef>,
    /// The work an officer is (or was) responsible for.
    pub officer: Option<OfficerId>,
    /// The work held by one authority.
    pub authority: Option<AuthorityId>,
    /// Only current assignments (`true`) or only ended ones (`false`).
    pub current: Option<bool>,
}

/// One page of the assignments inside `scope`, newest first.
pub async fn page(
    x: &impl Executor,
    scope: &TierScope,
    filter: &AssignmentFilter,
    request: &PageRequest<i64>,
) -> Result<Page<AssignmentRecord>> {
    page::keyset(x, filtered(scope, filter), SortKey::descending([Column::Id]), request, to_record).await
}

/// How many assignments `page` pages through.
pub async fn count(x: &impl Executor, scope: &TierScope, filter: &AssignmentFilter) -> Result<u64> {
    Ok(filtered(scope, filter).count(&x.executor()).await?)
}

fn filtered(scope: &TierScope, filter: &AssignmentFilter) -> sea_orm::Select<row::Entity> {
    let mut query = row::Entity::find().filter(scoped(scope));
    if let Some(work) = filter.work {
        query = query.filter(of_work(work));
    }
    if let Some(id) = filter.officer {
        query = query.filter(Column::OfficerId.eq(id.get()));
    }
    if let Some(id) = filter.authority {
        query = query.filter(Column::AuthorityId.eq(id.get()));
    }
    match filter.current {
        Some(true) => query = query.filter(Column::EndedOn.is_null()),
        Some(false) => query = query.filter(Column::EndedOn.is_not_null()),
        None => {}
    }
    query
}

fn of_work(work: WorkRef) -> Condition {
    Condition::all().add(Column::WorkKind.eq(work.kind.as_str())).add(Column::WorkId.eq(work.id))
}

/// The holder's seat inside the caller's jurisdiction (the nation: all): the tier scope of
/// orders and requests, with the one region column at both ends.
fn scoped(scope: &TierScope) -> Condition {
    in_scope(scope, Column::AuthorityRegion, Column::AuthorityRegion, Column::Id)
}

fn to_record(model: row::Model) -> Result<AssignmentRecord> {
    let corrupt = |what: &str| StorageError::corrupt(TABLE, format!("id {}: {what}", model.id));
    let assignment = Assignment {
        id: ResponsibilityAssignmentId::new(model.id),
        work: WorkRef {
            kind: WorkKind::parse(&model.work_kind).ok_or_else(|| corrupt("work_kind"))?,
            id: model.work_id,
        },
        authority_id: AuthorityId::new(model.authority_id),
        authority_region: RegionCode::parse(&model.authority_region)
            .map_err(|_| corrupt("authority_region"))?,
        officer_id: OfficerId::new(model.officer_id),
        assigned_on: model.assigned_on,
        reason: model.reason,
        ended_on: model.ended_on,
    };
    Ok(AssignmentRecord {
        id: assignment.id,
        assignment,
        assigned_by: model.assigned_by,
        created_at: model.created_at,
    })
}
