//! Follow-ups (回访) owed after a rectification deadline: insert, scoped reads, the list by
//! state — due (deadline passed, no visit), upcoming, done — in deadline order with keyset
//! paging on (deadline, id), and claiming one for its visit by compare-and-set. "Due" is a
//! condition on read (`deadline < today AND visit_id IS NULL`, the partial index
//! `ix_follow_up_open`): no job makes anything due, so several replicas need no coordination.

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::patrol::FollowUpOrigin;
use oversight_domain::registry::license::LicenseStatus;
use oversight_domain::{EnterpriseId, FollowUpId, LicenseId, PatrolId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Value,
};

use crate::entity::follow_up::{self as row, Column};
use crate::entity::license;
use crate::page::{self, Cursor, SortKey};
use crate::{
    Executor, Page, PageRequest, Result, Scope, StorageError, Tx, owned_in_scope, owned_rows_in_scope,
};
use crate::{json, parsed};

const TABLE: &str = "follow_up";

/// A stored follow-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpRecord {
    pub id: FollowUpId,
    pub enterprise_id: EnterpriseId,
    pub license_id: LicenseId,
    pub origin: FollowUpOrigin,
    /// The measure, visit, review or rectification it is owed for.
    pub origin_id: i64,
    /// The patrol the case started with, for a patrol's case.
    pub case_id: Option<PatrolId>,
    /// The rectification deadline: the follow-up is due from the day after.
    pub deadline: NaiveDate,
    /// The nonconforming item codes carried over.
    pub carried: Vec<String>,
    /// The visit that answered it.
    pub visit_id: Option<PatrolId>,
    pub created_at: DateTime<Utc>,
}

/// A follow-up to store.
#[derive(Debug, Clone)]
pub struct NewFollowUp<'a> {
    pub enterprise_id: EnterpriseId,
    pub license_id: LicenseId,
    pub origin: FollowUpOrigin,
    pub origin_id: i64,
    pub case_id: Option<PatrolId>,
    pub deadline: NaiveDate,
    pub carried: &'a [String],
}

/// Stores a follow-up, open. One per origin (the unique index): a second is a
/// `StorageError::Conflict`.
pub async fn insert(tx: &Tx, new: &NewFollowUp<'_>, now: DateTime<Utc>) -> Result<FollowUpRecord> {
    let model = row::ActiveModel {
        enterprise_id: Set(new.enterprise_id.get()),
        license_id: Set(new.license_id.get()),
        origin: Set(new.origin.as_str().to_owned()),
        origin_id: Set(new.origin_id),
        case_id: Set(new.case_id.map(|id| id.get())),
        deadline: Set(new.deadline),
        carried: Set(json(TABLE, new.carried)?),
        visit_id: Set(None),
        created_at: Set(now),
        ..Default::default()
    };
    to_record(model.insert(&tx.executor()).await.map_err(StorageError::from_write)?)
}

/// The follow-up with this id, unscoped (use cases check the policy on its enterprise).
pub async fn by_id(x: &impl Executor, id: FollowUpId) -> Result<Option<FollowUpRecord>> {
    row::Entity::find_by_id(id.get()).one(&x.executor()).await?.map(to_record).transpose()
}

/// The follow-ups with these ids inside `scope` (the loader, `node(id:)`).
pub async fn by_ids(x: &impl Executor, scope: &Scope, ids: &[FollowUpId]) -> Result<Vec<FollowUpRecord>> {
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

/// Records `visit` as the answer to the follow-up; false when another visit answered it first.
pub async fn claim(tx: &Tx, id: FollowUpId, visit: PatrolId) -> Result<bool> {
    let result = row::Entity::update_many()
        .col_expr(Column::VisitId, Expr::value(Some(visit.get())))
        .filter(Column::Id.eq(id.get()))
        .filter(Column::VisitId.is_null())
        .exec(&tx.executor())
        .await?;
    Ok(result.rows_affected == 1)
}

/// How many follow-ups of the case are still to be visited.
pub async fn open_in_case(x: &impl Executor, case: PatrolId) -> Result<u64> {
    Ok(row::Entity::find()
        .filter(Column::CaseId.eq(case.get()))
        .filter(Column::VisitId.is_null())
        .count(&x.executor())
        .await?)
}

/// Where a follow-up stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FollowUpState {
    /// Not visited, the deadline not passed yet.
    Upcoming,
    /// Not visited, the deadline passed: the visit is due.
    Due,
    /// Visited.
    Done,
}

/// What the list is narrowed to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FollowUpFilter {
    pub enterprise_id: Option<EnterpriseId>,
    /// Only follow-ups in this state on `today`; every state when none.
    pub state: Option<FollowUpState>,
}

/// The key of the list: deadline, then id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FollowUpCursor {
    pub deadline: NaiveDate,
    pub id: FollowUpId,
}

impl Cursor<2> for FollowUpCursor {
    fn values(&self) -> [Value; 2] {
        [self.deadline.into(), self.id.get().into()]
    }
}

/// One page of the follow-ups inside `scope` in deadline order, as they stand on `today`.
pub async fn page(
    x: &impl Executor,
    scope: &Scope,
    filter: &FollowUpFilter,
    today: NaiveDate,
    request: &PageRequest<FollowUpCursor>,
) -> Result<Page<FollowUpRecord>> {
    let key = SortKey::ascending([Column::Deadline, Column::Id]);
    page::keyset(x, filtered(scope, filter, today), key, request, to_record).await
}

/// How many follow-ups `page` pages through (`totalCount`).
pub async fn count(
    x: &impl Executor,
    scope: &Scope,
    filter: &FollowUpFilter,
    today: NaiveDate,
) -> Result<u64> {
    Ok(filtered(scope, filter, today).count(&x.executor()).await?)
}

fn filtered(scope: &Scope, filter: &FollowUpFilter, today: NaiveDate) -> sea_orm::Select<row::Entity> {
    let mut query = row::Entity::find().filter(owned_in_scope(Column::EnterpriseId, scope));
    if let Some(id) = filter.enterprise_id {
        query = query.filter(Column::EnterpriseId.eq(id.get()));
    }
    match filter.state {
        // `follow_up_due` (domain) in SQL: from the day after the deadline until visited — of a
        // license still in force (a revoked, cancelled or expired one is visited no more).
        Some(FollowUpState::Due) => open_in_force(query).filter(Column::Deadline.lt(today)),
        Some(FollowUpState::Upcoming) => open_in_force(query).filter(Column::Deadline.gte(today)),
        Some(FollowUpState::Done) => query.filter(Column::VisitId.is_not_null()),
        None => query,
    }
}

/// Not visited, and its license still in force (VALID or SUSPENDED).
fn open_in_force(query: sea_orm::Select<row::Entity>) -> sea_orm::Select<row::Entity> {
    use sea_orm::{QuerySelect, QueryTrait};
    let in_force = [LicenseStatus::Valid.as_str(), LicenseStatus::Suspended.as_str()];
    let licenses = license::Entity::find()
        .select_only()
        .column(license::Column::Id)
        .filter(license::Column::Status.is_in(in_force))
        .into_query();
    query.filter(Column::VisitId.is_null()).filter(Column::LicenseId.in_subquery(licenses))
}

fn to_record(model: row::Model) -> Result<FollowUpRecord> {
    let origin = FollowUpOrigin::parse(&model.origin)
        .ok_or_else(|| StorageError::corrupt(TABLE, format!("id {}: origin", model.id)))?;
    Ok(FollowUpRecord {
        id: FollowUpId::new(model.id),
        enterprise_id: EnterpriseId::new(model.enterprise_id),
        license_id: LicenseId::new(model.license_id),
        origin,
        origin_id: model.origin_id,
        case_id: model.case_id.map(PatrolId::new),
        deadline: model.deadline,
        carried: parsed(TABLE, model.id, "carried", &model.carried)?,
        visit_id: model.visit_id.map(PatrolId::new),
        created_at: model.created_at,
    })
}
