//! Supervision orders (督查督办): insert, the reads scoped by the regions of the issuer and the
//! target (an order is seen by both and by every authority above either), the `supervisionOrders`
//! page with its filters (overdue among them, derived from today in the statement),
//! compare-and-set saves, and the progress reports.

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::responsibility::order::{Completion, Order, OrderStatus, Subject, SubjectKind};
use oversight_domain::{
    AttachmentId, AuthorityId, EnterpriseId, NoticeId, OrderProgressId, RegionCode, SupervisionOrderId,
};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Statement,
};

use super::{TierScope, in_scope};
use crate::entity::supervision_order::{self as row, Column};
use crate::entity::supervision_order_progress as progress;
use crate::page::{self, SortKey};
use crate::sql::Binds;
use crate::{Executor, Page, PageRequest, Result, StorageError, Tx};

const TABLE: &str = "supervision_order";

/// A stored order with who issued it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderRecord {
    /// The order's id, as in `order` (the loaders key by it).
    pub id: SupervisionOrderId,
    pub order: Order,
    pub issued_by: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// An order to store, ISSUED.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOrder<'a> {
    pub issuer: (AuthorityId, RegionCode),
    pub target: (AuthorityId, RegionCode),
    pub subject: Subject,
    pub enterprise_id: Option<EnterpriseId>,
    pub subject_text: Option<&'a str>,
    pub text: &'a str,
    pub issued_on: NaiveDate,
    pub working_days: u32,
    pub deadline: NaiveDate,
    pub issued_by: &'a str,
}

/// Stores an order, ISSUED.
pub async fn insert(tx: &Tx, new: &NewOrder<'_>, now: DateTime<Utc>) -> Result<OrderRecord> {
    let model = row::ActiveModel {
        status: Set(OrderStatus::Issued.as_str().to_owned()),
        issuer_authority_id: Set(new.issuer.0.get()),
        issuer_region: Set(new.issuer.1.as_str().to_owned()),
        target_authority_id: Set(new.target.0.get()),
        target_region: Set(new.target.1.as_str().to_owned()),
        subject_kind: Set(new.subject.kind().as_str().to_owned()),
        subject_id: Set(new.subject.record_id()),
        enterprise_id: Set(new.enterprise_id.map(EnterpriseId::get)),
        subject_text: Set(new.subject_text.map(str::to_owned)),
        text: Set(new.text.to_owned()),
        issued_on: Set(new.issued_on),
        working_days: Set(i32::try_from(new.working_days).unwrap_or(i32::MAX)),
        deadline: Set(new.deadline),
        n_returns: Set(0),
        issued_by: Set(new.issued_by.to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    to_record(model.insert(&tx.executor()).await.map_err(StorageError::from_write)?)
}

/// The orders with these ids inside `scope` (the loader, `node(id:)`, the commands).
pub async fn by_ids(
    x: &impl Executor,
    scope: &TierScope,
    ids: &[SupervisionOrderId],
) -> Result<Vec<OrderRecord>> {
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

/// How many orders have this linkage notice as their subject (an escalation is made once).
pub async fn count_about_notice(x: &impl Executor, notice: NoticeId) -> Result<u64> {
    Ok(row::Entity::find()
        .filter(Column::SubjectKind.eq(SubjectKind::LinkageNotice.as_str()))
        .filter(Column::SubjectId.eq(notice.get()))
        .count(&x.executor())
        .await?)
}

/// What the orders list is narrowed to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrderFilter {
    pub issued_by: Option<AuthorityId>,
    pub target: Option<AuthorityId>,
    pub status: Option<OrderStatus>,
    /// Overdue (`true`) or not (`false`) on the day the list is read.
    pub overdue: Option<bool>,
    pub enterprise_id: Option<EnterpriseId>,
}

/// One page of the orders inside `scope`, newest first.
pub async fn page(
    x: &impl Executor,
    scope: &TierScope,
    filter: &OrderFilter,
    today: NaiveDate,
    request: &PageRequest<i64>,
) -> Result<Page<OrderRecord>> {
    let query = filtered(scope, filter, today);
    page::keyset(x, query, SortKey::descending([Column::Id]), request, to_record).await
}

/// How many orders `page` pages through.
pub async fn count(
    x: &impl Executor,
    scope: &TierScope,
    filter: &OrderFilter,
    today: NaiveDate,
) -> Result<u64> {
    Ok(filtered(scope, filter, today).count(&x.executor()).await?)
}

fn filtered(scope: &TierScope, filter: &OrderFilter, today: NaiveDate) -> sea_orm::Select<row::Entity> {
    let mut query = row::Entity::find().filter(scoped(scope));
    if let Some(id) = filter.issued_by {
        query = query.filter(Column::IssuerAuthorityId.eq(id.get()));
    }
    if let Some(id) = filter.target {
        query = query.filter(Column::TargetAuthorityId.eq(id.get()));
    }
    if let Some(status) = filter.status {
        query = query.filter(Column::Status.eq(status.as_str()));
    }
    if let Some(id) = filter.enterprise_id {
        query = query.filter(Column::EnterpriseId.eq(id.get()));
    }
    match filter.overdue {
        Some(true) => query = query.filter(overdue(today)),
        Some(false) => query = query.filter(overdue(today).not()),
        None => {}
    }
    query
}

/// `order::overdue` as a condition: open (issued or acknowledged) past its deadline.
fn overdue(today: NaiveDate) -> Condition {
    let open = [OrderStatus::Issued.as_str(), OrderStatus::Acknowledged.as_str()];
    Condition::all().add(Column::Status.is_in(open)).add(Column::Deadline.lt(today))
}

/// For each keyed region, how many orders to an authority seated inside it are overdue on
/// `today` (open past their deadline): `(key, count)` for every key, one statement — each part
/// reads the few open orders through `ix_supervision_order_status` (the supervision overview,
/// docs/adr/0042).
pub async fn overdue_within(
    x: &impl Executor,
    regions: &[(i64, RegionCode)],
    today: NaiveDate,
) -> Result<Vec<(i64, u64)>> {
    if regions.is_empty() {
        return Ok(Vec::new());
    }
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let open = [OrderStatus::Issued.as_str(), OrderStatus::Acknowledged.as_str()];
    let parts: Vec<String> = regions
        .iter()
        .map(|(key, region)| {
            let (low, high) = region.range();
            format!(
                "SELECT {} AS k, COUNT(*) AS n FROM {TABLE} o WHERE o.status IN ('{}', '{}') \
                 AND o.deadline < {} AND o.target_region BETWEEN {} AND {}",
                binds.push(*key),
                open[0],
                open[1],
                binds.push(today),
                binds.push(low),
                binds.push(high)
            )
        })
        .collect();
    let statement = Statement::from_sql_and_values(binds.backend, parts.join(" UNION ALL "), binds.values);
    executor
        .query_all_raw(statement)
        .await?
        .iter()
        .map(|row| {
            let n: i64 = row.try_get("", "n")?;
            Ok((row.try_get("", "k")?, u64::try_from(n).unwrap_or(0)))
        })
        .collect()
}

fn scoped(scope: &TierScope) -> Condition {
    in_scope(scope, Column::IssuerRegion, Column::TargetRegion, Column::Id)
}

/// Saves `next` over the order if it is still in `from`'s status; false when it moved meanwhile.
pub async fn save(tx: &Tx, from: &Order, next: &Order, now: DateTime<Utc>) -> Result<bool> {
    let completion = next.completion.as_ref();
    let attachments = completion.map(|c| serde_json::json!(c.attachment_ids).to_string());
    let update = row::Entity::update_many()
        .col_expr(Column::Status, Expr::value(next.status.as_str()))
        .col_expr(Column::Deadline, Expr::value(next.deadline))
        .col_expr(Column::AcknowledgedOn, Expr::value(next.acknowledged_on))
        .col_expr(Column::CompletedOn, Expr::value(next.completed_on))
        .col_expr(Column::CompletionText, Expr::value(completion.map(|c| c.text.clone())))
        .col_expr(Column::CompletionAttachmentIds, Expr::value(attachments))
        .col_expr(Column::AcceptedOn, Expr::value(next.accepted_on))
        .col_expr(Column::NReturns, Expr::value(i32::try_from(next.n_returns).unwrap_or(i32::MAX)))
        .col_expr(Column::ReturnReason, Expr::value(next.return_reason.clone()))
        .col_expr(Column::UpdatedAt, Expr::value(now));
    crate::transition::compare_and_set(
        tx,
        update,
        (Column::Id, from.id.get()),
        (Column::Status, from.status.as_str()),
    )
    .await
}

/// One progress report (进展报告) on an order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressReport {
    pub id: OrderProgressId,
    pub order_id: SupervisionOrderId,
    pub reported_on: NaiveDate,
    pub text: String,
    pub reported_by: String,
    pub created_at: DateTime<Utc>,
}

/// Stores a progress report.
pub async fn insert_progress(
    tx: &Tx,
    order_id: SupervisionOrderId,
    reported_on: NaiveDate,
    text: &str,
    by: &str,
    now: DateTime<Utc>,
) -> Result<ProgressReport> {
    let model = progress::ActiveModel {
        order_id: Set(order_id.get()),
        reported_on: Set(reported_on),
        text: Set(text.to_owned()),
        reported_by: Set(by.to_owned()),
        created_at: Set(now),
        ..Default::default()
    };
    Ok(to_progress(model.insert(&tx.executor()).await.map_err(StorageError::from_write)?))
}

/// The progress reports of these orders, oldest first (the loader of `SupervisionOrder.progress`;
/// the orders were read in scope).
pub async fn progress_of(x: &impl Executor, orders: &[SupervisionOrderId]) -> Result<Vec<ProgressReport>> {
    if orders.is_empty() {
        return Ok(Vec::new());
    }
    Ok(progress::Entity::find()
        .filter(progress::Column::OrderId.is_in(orders.iter().map(|id| id.get())))
        .order_by_asc(progress::Column::OrderId)
        .order_by_asc(progress::Column::Id)
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_progress)
        .collect())
}

fn to_progress(model: progress::Model) -> ProgressReport {
    ProgressReport {
        id: OrderProgressId::new(model.id),
        order_id: SupervisionOrderId::new(model.order_id),
        reported_on: model.reported_on,
        text: model.text,
        reported_by: model.reported_by,
        created_at: model.created_at,
    }
}

fn to_record(model: row::Model) -> Result<OrderRecord> {
    let corrupt = |what: &str| StorageError::corrupt(TABLE, format!("id {}: {what}", model.id));
    let region = |text: &str, what: &str| RegionCode::parse(text).map_err(|_| corrupt(what));
    let kind = SubjectKind::parse(&model.subject_kind).ok_or_else(|| corrupt("subject_kind"))?;
    let subject = Subject::from_stored(kind, model.subject_id).ok_or_else(|| corrupt("subject_id"))?;
    let completion = match (&model.completion_text, &model.completion_attachment_ids) {
        (Some(text), ids) => {
            let ids: Vec<i64> = match ids {
                Some(json) => serde_json::from_str(json).map_err(|_| corrupt("completion_attachment_ids"))?,
                None => Vec::new(),
            };
            Some(Completion {
                text: text.clone(),
                attachment_ids: ids.into_iter().map(AttachmentId::new).collect(),
            })
        }
        (None, _) => None,
    };
    let order = Order {
        id: SupervisionOrderId::new(model.id),
        status: OrderStatus::parse(&model.status).ok_or_else(|| corrupt("status"))?,
        issuer_authority_id: AuthorityId::new(model.issuer_authority_id),
        issuer_region: region(&model.issuer_region, "issuer_region")?,
        target_authority_id: AuthorityId::new(model.target_authority_id),
        target_region: region(&model.target_region, "target_region")?,
        subject,
        enterprise_id: model.enterprise_id.map(EnterpriseId::new),
        subject_text: model.subject_text,
        text: model.text,
        issued_on: model.issued_on,
        working_days: u32::try_from(model.working_days).map_err(|_| corrupt("working_days"))?,
        deadline: model.deadline,
        acknowledged_on: model.acknowledged_on,
        completed_on: model.completed_on,
        completion,
        accepted_on: model.accepted_on,
        n_returns: u32::try_from(model.n_returns).map_err(|_| corrupt("n_returns"))?,
        return_reason: model.return_reason,
    };
    Ok(OrderRecord {
        id: order.id,
        order,
        issued_by: model.issued_by,
        created_at: model.created_at,
        updated_at: model.updated_at,
    })
}
