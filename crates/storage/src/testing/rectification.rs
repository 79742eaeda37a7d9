//! Rectifications (整改) after final failing verdicts, and revocation proposals (吊销建议) after
//! failed re-checks. Reads take the registry `Scope` of the enterprise and apply it in the same
//! statement.

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::testing::rectification::{
    ProposalSource, ProposalSourceKind, ProposalStatus, RectificationStatus,
};
use oversight_domain::{EnterpriseId, LicenseId, ProposalId, RectificationId, TaskId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};

use crate::entity::{rectification, revocation_proposal, testing_task};
use crate::page::{self, SortKey};
use crate::transition::compare_and_set;
use crate::{
    Executor, Page, PageRequest, Result, Scope, StorageError, Tx, owned_in_scope, owned_rows_in_scope,
};

pub use oversight_domain::testing::rectification::{
    Rectification as RectificationRecord, RevocationProposal as ProposalRecord,
};

/// Stores a new rectification; a second one for the same task is a `StorageError::Conflict`.
pub async fn insert_rectification(
    tx: &Tx,
    task: &crate::testing::supervision::TestingTaskRecord,
    opened_on: NaiveDate,
    deadline: NaiveDate,
    opened_by: &str,
    now: DateTime<Utc>,
) -> Result<RectificationRecord> {
    let model = rectification::ActiveModel {
        task_id: Set(task.id.get()),
        enterprise_id: Set(task.enterprise_id.get()),
        license_id: Set(task.license_id.get()),
        status: Set(RectificationStatus::Rectifying.as_str().to_owned()),
        opened_on: Set(opened_on),
        deadline: Set(deadline),
        extended_days: Set(None),
        extension_reason: Set(None),
        extension_requested_days: Set(None),
        extension_decision_reason: Set(None),
        extension_decided_by: Set(None),
        recheck_task_id: Set(None),
        opened_by: Set(opened_by.to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    let model = model.insert(&tx.executor()).await.map_err(StorageError::from_write)?;
    to_rectification(model)
}

/// Persists a rectification's transition from `from` to `next` (status, deadline, extension,
/// re-check task); false when another transaction moved it first.
pub async fn save_rectification(
    tx: &Tx,
    from: RectificationStatus,
    next: &RectificationRecord,
) -> Result<bool> {
    let update = rectification::Entity::update_many()
        .col_expr(rectification::Column::Status, Expr::value(next.status.as_str()))
        .col_expr(rectification::Column::Deadline, Expr::value(next.deadline))
        .col_expr(rectification::Column::ExtendedDays, Expr::value(next.extended_days))
        .col_expr(rectification::Column::ExtensionReason, Expr::value(next.extension_reason.clone()))
        .col_expr(rectification::Column::ExtensionRequestedDays, Expr::value(next.extension_requested_days))
        .col_expr(
            rectification::Column::ExtensionDecisionReason,
            Expr::value(next.extension_decision_reason.clone()),
        )
        .col_expr(rectification::Column::ExtensionDecidedBy, Expr::value(next.extension_decided_by.clone()))
        .col_expr(rectification::Column::RecheckTaskId, Expr::value(next.recheck_task_id.map(TaskId::get)))
        .col_expr(rectification::Column::UpdatedAt, Expr::value(next.updated_at));
    compare_and_set(
        tx,
        update,
        (rectification::Column::Id, next.id.get()),
        (rectification::Column::Status, from.as_str()),
    )
    .await
}

/// Links a re-check task to its rectification.
pub async fn link_recheck(tx: &Tx, task_id: TaskId, rectification_id: RectificationId) -> Result<()> {
    testing_task::Entity::update_many()
        .col_expr(testing_task::Column::RectificationId, Expr::value(rectification_id.get()))
        .filter(testing_task::Column::Id.eq(task_id.get()))
        .exec(&tx.executor())
        .await?;
    Ok(())
}

pub async fn rectifications_by_ids(
    x: &impl Executor,
    scope: &Scope,
    ids: &[RectificationId],
) -> Result<Vec<RectificationRecord>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    rectification::Entity::find()
        .filter(rectification::Column::Id.is_in(ids.iter().map(|id| id.get())))
        .filter(owned_rows_in_scope(rectification::Column::EnterpriseId, scope))
        .order_by_asc(rectification::Column::Id)
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_rectification)
        .collect()
}

/// The rectifications ordered for these tasks (at most one each).
pub async fn rectifications_of_tasks(
    x: &impl Executor,
    scope: &Scope,
    task_ids: &[TaskId],
) -> Result<Vec<RectificationRecord>> {
    if task_ids.is_empty() {
        return Ok(Vec::new());
    }
    rectification::Entity::find()
        .filter(rectification::Column::TaskId.is_in(task_ids.iter().map(|id| id.get())))
        .filter(owned_rows_in_scope(rectification::Column::EnterpriseId, scope))
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_rectification)
        .collect()
}

/// Every rectification ordered on this license, oldest first (a handful at most).
pub async fn rectifications_of_license(
    x: &impl Executor,
    license_id: LicenseId,
) -> Result<Vec<RectificationRecord>> {
    rectification::Entity::find()
        .filter(rectification::Column::LicenseId.eq(license_id.get()))
        .order_by_asc(rectification::Column::Id)
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_rectification)
        .collect()
}

/// Stores a proposal DUE in the province's queue (ADR 0009 decision 23) with the re-check's
/// finding as its grounds until it is made; a second one for the same rectification is a conflict.
pub async fn insert_proposal(
    tx: &Tx,
    rectification: &RectificationRecord,
    recheck_task_id: TaskId,
    grounds: &str,
    now: DateTime<Utc>,
) -> Result<ProposalRecord> {
    let model = revocation_proposal::ActiveModel {
        rectification_id: Set(Some(rectification.id.get())),
        enterprise_id: Set(rectification.enterprise_id.get()),
        license_id: Set(rectification.license_id.get()),
        recheck_task_id: Set(Some(recheck_task_id.get())),
        source: Set(ProposalSourceKind::Recheck.as_str().to_owned()),
        counterfeit_case_id: Set(None),
        status: Set(ProposalStatus::Due.as_str().to_owned()),
        grounds: Set(grounds.to_owned()),
        made_by: Set(None),
        made_at: Set(None),
        decision_reason: Set(None),
        decided_by: Set(None),
        decided_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    let model = model.insert(&tx.executor()).await.map_err(StorageError::from_write)?;
    to_proposal(model)
}

/// Stores the proposal a province reports up for a counterfeiting case (docs/adr/0034): made
/// (PENDING) at once by the provincial leader with its grounds, in the national authority's queue
/// beside the re-checks' proposals; a second one for the same case is a conflict.
pub async fn insert_counterfeiting_proposal(
    tx: &Tx,
    case: &oversight_domain::enforcement::counterfeit::CounterfeitCase,
    grounds: &str,
    made_by: &str,
    now: DateTime<Utc>,
) -> Result<ProposalRecord> {
    let model = revocation_proposal::ActiveModel {
        rectification_id: Set(None),
        enterprise_id: Set(case.enterprise_id.get()),
        license_id: Set(case.license_id.get()),
        recheck_task_id: Set(None),
        source: Set(ProposalSourceKind::Counterfeiting.as_str().to_owned()),
        counterfeit_case_id: Set(Some(case.id.get())),
        status: Set(ProposalStatus::Pending.as_str().to_owned()),
        grounds: Set(grounds.to_owned()),
        made_by: Set(Some(made_by.to_owned())),
        made_at: Set(Some(now)),
        decision_reason: Set(None),
        decided_by: Set(None),
        decided_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    let model = model.insert(&tx.executor()).await.map_err(StorageError::from_write)?;
    to_proposal(model)
}

/// Persists a proposal's next state (made: grounds, who, when; decided: reason, who, when); false
/// when another transaction moved it first.
pub async fn save_proposal(tx: &Tx, from: ProposalStatus, next: &ProposalRecord) -> Result<bool> {
    let update = revocation_proposal::Entity::update_many()
        .col_expr(revocation_proposal::Column::Status, Expr::value(next.status.as_str()))
        .col_expr(revocation_proposal::Column::Grounds, Expr::value(next.grounds.clone()))
        .col_expr(revocation_proposal::Column::MadeBy, Expr::value(next.made_by.clone()))
        .col_expr(revocation_proposal::Column::MadeAt, Expr::value(next.made_at))
        .col_expr(revocation_proposal::Column::DecisionReason, Expr::value(next.decision_reason.clone()))
        .col_expr(revocation_proposal::Column::DecidedBy, Expr::value(next.decided_by.clone()))
        .col_expr(revocation_proposal::Column::DecidedAt, Expr::value(next.decided_at))
        .col_expr(revocation_proposal::Column::UpdatedAt, Expr::value(next.updated_at));
    let status = (revocation_proposal::Column::Status, from.as_str());
    compare_and_set(tx, update, (revocation_proposal::Column::Id, next.id.get()), status).await
}

/// Closes every open (DUE or PENDING) proposal of these licenses as MOOT with `reason`, in one
/// UPDATE, and returns them as closed (for their archive events). The rows are read first —
/// locked on PostgreSQL, behind the write lock every SQLite transaction here holds — so the
/// UPDATE closes exactly the rows returned.
pub async fn close_open_proposals(
    tx: &Tx,
    license_ids: &[LicenseId],
    reason: &str,
    closed_by: &str,
    now: DateTime<Utc>,
) -> Result<Vec<ProposalRecord>> {
    use sea_orm::{ConnectionTrait, DbBackend, QuerySelect};
    if license_ids.is_empty() {
        return Ok(Vec::new());
    }
    let executor = tx.executor();
    let open = [ProposalStatus::Due.as_str(), ProposalStatus::Pending.as_str()];
    let query = revocation_proposal::Entity::find()
        .filter(revocation_proposal::Column::LicenseId.is_in(license_ids.iter().map(|id| id.get())))
        .filter(revocation_proposal::Column::Status.is_in(open))
        .order_by_asc(revocation_proposal::Column::Id);
    let rows = match executor.get_database_backend() {
        DbBackend::Postgres => query.lock_exclusive().all(&executor).await?,
        _ => query.all(&executor).await?,
    };
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    revocation_proposal::Entity::update_many()
        .col_expr(revocation_proposal::Column::Status, Expr::value(ProposalStatus::Moot.as_str()))
        .col_expr(revocation_proposal::Column::DecisionReason, Expr::value(reason))
        .col_expr(revocation_proposal::Column::DecidedBy, Expr::value(closed_by))
        .col_expr(revocation_proposal::Column::DecidedAt, Expr::value(now))
        .col_expr(revocation_proposal::Column::UpdatedAt, Expr::value(now))
        .filter(revocation_proposal::Column::Id.is_in(ids))
        .filter(revocation_proposal::Column::Status.is_in(open))
        .exec(&executor)
        .await?;
    rows.into_iter()
        .map(|row| {
            let current = to_proposal(row)?;
            current.close(reason, closed_by, now).map_err(|e| StorageError::corrupt("revocation_proposal", e))
        })
        .collect()
}

pub async fn proposals_by_ids(
    x: &impl Executor,
    scope: &Scope,
    ids: &[ProposalId],
) -> Result<Vec<ProposalRecord>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    revocation_proposal::Entity::find()
        .filter(revocation_proposal::Column::Id.is_in(ids.iter().map(|id| id.get())))
        .filter(owned_rows_in_scope(revocation_proposal::Column::EnterpriseId, scope))
        .order_by_asc(revocation_proposal::Column::Id)
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_proposal)
        .collect()
}

/// Which revocation proposals a list shows; every field narrows it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct ProposalFilter {
    pub status: Option<ProposalStatus>,
    /// The enterprise concerned (`Enterprise.revocationProposals`).
    pub enterprise_id: Option<EnterpriseId>,
    /// Raised (the failing re-check concluded) at or after this instant …
    pub raised_from: Option<DateTime<Utc>>,
    /// … and before this one.
    pub raised_until: Option<DateTime<Utc>>,
}

/// One page of the proposals inside `scope` matching `filter`, in id order.
pub async fn proposals_page(
    x: &impl Executor,
    scope: &Scope,
    filter: &ProposalFilter,
    request: &PageRequest<i64>,
) -> Result<Page<ProposalRecord>> {
    let query = proposals_filtered(scope, filter);
    page::keyset(x, query, SortKey::ascending([revocation_proposal::Column::Id]), request, to_proposal).await
}

/// The first `n` proposals of each of `enterprises` inside `scope` matching `filter`, in id order:
/// `Enterprise.revocationProposals` for a whole page of enterprises in one statement.
pub async fn first_proposals_of_enterprises(
    x: &impl Executor,
    scope: &Scope,
    filter: &ProposalFilter,
    (enterprises, n): (&[EnterpriseId], u64),
) -> Result<Vec<ProposalRecord>> {
    use revocation_proposal::Column;
    let parents: Vec<i64> = enterprises.iter().map(|id| id.get()).collect();
    let key = SortKey::ascending([Column::Id]);
    let query = proposals_filtered(scope, filter);
    page::first_of_each(x, query, (Column::EnterpriseId, parents.as_slice()), key, n, to_proposal).await
}

/// How many proposals inside `scope` matching `filter` each of `enterprises` has (one grouped
/// statement).
pub async fn count_proposals_of_enterprises(
    x: &impl Executor,
    scope: &Scope,
    filter: &ProposalFilter,
    enterprises: &[EnterpriseId],
) -> Result<Vec<(EnterpriseId, u64)>> {
    let parents: Vec<i64> = enterprises.iter().map(|id| id.get()).collect();
    let query = proposals_filtered(scope, filter);
    let counts = page::count_of_each(x, query, revocation_proposal::Column::EnterpriseId, &parents).await?;
    Ok(counts.into_iter().map(|(id, n)| (EnterpriseId::new(id), n)).collect())
}

/// How many proposals `proposals_page` would page through (a connection's `totalCount`).
pub async fn count_proposals(x: &impl Executor, scope: &Scope, filter: &ProposalFilter) -> Result<u64> {
    Ok(proposals_filtered(scope, filter).count(&x.executor()).await?)
}

/// The proposals inside `scope` matching `filter`, for a page or a count.
fn proposals_filtered(
    scope: &Scope,
    filter: &ProposalFilter,
) -> sea_orm::Select<revocation_proposal::Entity> {
    use revocation_proposal::Column;
    let mut query = revocation_proposal::Entity::find().filter(owned_in_scope(Column::EnterpriseId, scope));
    if let Some(status) = filter.status {
        query = query.filter(Column::Status.eq(status.as_str()));
    }
    if let Some(id) = filter.enterprise_id {
        query = query.filter(Column::EnterpriseId.eq(id.get()));
    }
    if let Some(from) = filter.raised_from {
        query = query.filter(Column::CreatedAt.gte(from));
    }
    if let Some(until) = filter.raised_until {
        query = query.filter(Column::CreatedAt.lt(until));
    }
    query
}

pub(crate) fn to_rectification(model: rectification::Model) -> Result<RectificationRecord> {
    let status = RectificationStatus::parse(&model.status).ok_or_else(|| {
        StorageError::corrupt("rectification", format!("id {}: status {}", model.id, model.status))
    })?;
    Ok(RectificationRecord {
        id: RectificationId::new(model.id),
        task_id: TaskId::new(model.task_id),
        enterprise_id: EnterpriseId::new(model.enterprise_id),
        license_id: LicenseId::new(model.license_id),
        status,
        opened_on: model.opened_on,
        deadline: model.deadline,
        extended_days: model.extended_days,
        extension_requested_days: model.extension_requested_days,
        extension_reason: model.extension_reason,
        extension_decision_reason: model.extension_decision_reason,
        extension_decided_by: model.extension_decided_by,
        recheck_task_id: model.recheck_task_id.map(TaskId::new),
        opened_by: model.opened_by,
        created_at: model.created_at,
        updated_at: model.updated_at,
    })
}

fn to_proposal(model: revocation_proposal::Model) -> Result<ProposalRecord> {
    let corrupt =
        |what: &str| StorageError::corrupt("revocation_proposal", format!("id {}: {what}", model.id));
    let status = ProposalStatus::parse(&model.status).ok_or_else(|| corrupt("status"))?;
    let source = match (
        ProposalSourceKind::parse(&model.source),
        model.rectification_id,
        model.recheck_task_id,
        model.counterfeit_case_id,
    ) {
        (Some(ProposalSourceKind::Recheck), Some(rectification), Some(task), None) => {
            ProposalSource::Recheck {
                rectification_id: RectificationId::new(rectification),
                recheck_task_id: TaskId::new(task),
            }
        }
        (Some(ProposalSourceKind::Counterfeiting), None, None, Some(case)) => {
            ProposalSource::Counterfeiting { case_id: oversight_domain::CounterfeitCaseId::new(case) }
        }
        _ => return Err(corrupt("source")),
    };
    Ok(ProposalRecord {
        id: ProposalId::new(model.id),
        source,
        enterprise_id: EnterpriseId::new(model.enterprise_id),
        license_id: LicenseId::new(model.license_id),
        status,
        grounds: model.grounds,
        made_by: model.made_by,
        made_at: model.made_at,
        decision_reason: model.decision_reason,
        decided_by: model.decided_by,
        decided_at: model.decided_at,
        created_at: model.created_at,
        updated_at: model.updated_at,
    })
}
