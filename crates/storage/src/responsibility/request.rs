//! Requests from the lower tier (问题、困难、保障): insert, the reads scoped by the regions of the
//! raiser and the target, the `lowerTierRequests` page with its filters (overdue among them,
//! derived from today in the statement) and compare-and-set saves.

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::responsibility::request::{Request, RequestKind, RequestStatus};
use oversight_domain::{AuthorityId, LowerTierRequestId, RegionCode};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter,
};

use super::{TierScope, in_scope};
use crate::entity::lower_tier_request::{self as row, Column};
use crate::page::{self, SortKey};
use crate::{Executor, Page, PageRequest, Result, StorageError, Tx};

const TABLE: &str = "lower_tier_request";

/// A stored request with who raised and last answered it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestRecord {
    /// The request's id, as in `request` (the loaders key by it).
    pub id: LowerTierRequestId,
    pub request: Request,
    pub raised_by: String,
    pub answered_by: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A request to store, RAISED.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRequest<'a> {
    pub kind: RequestKind,
    pub raiser: (AuthorityId, RegionCode),
    pub target: (AuthorityId, RegionCode),
    pub text: &'a str,
    pub raised_on: NaiveDate,
    pub answer_by: NaiveDate,
    pub raised_by: &'a str,
}

/// Stores a request, RAISED.
pub async fn insert(tx: &Tx, new: &NewRequest<'_>, now: DateTime<Utc>) -> Result<RequestRecord> {
    let model = row::ActiveModel {
        kind: Set(new.kind.as_str().to_owned()),
        status: Set(RequestStatus::Raised.as_str().to_owned()),
        raiser_authority_id: Set(new.raiser.0.get()),
        raiser_region: Set(new.raiser.1.as_str().to_owned()),
        target_authority_id: Set(new.target.0.get()),
        target_region: Set(new.target.1.as_str().to_owned()),
        text: Set(new.text.to_owned()),
        raised_on: Set(new.raised_on),
        answer_by: Set(new.answer_by),
        n_reopened: Set(0),
        raised_by: Set(new.raised_by.to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    to_record(model.insert(&tx.executor()).await.map_err(StorageError::from_write)?)
}

/// The requests with these ids inside `scope` (the loader, `node(id:)`, the commands).
pub async fn by_ids(
    x: &impl Executor,
    scope: &TierScope,
    ids: &[LowerTierRequestId],
) -> Result<Vec<RequestRecord>> {
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

/// What the requests list is narrowed to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestFilter {
    pub raised_by: Option<AuthorityId>,
    pub raised_to: Option<AuthorityId>,
    pub status: Option<RequestStatus>,
    /// Overdue (`true`) or not (`false`) on the day the list is read.
    pub overdue: Option<bool>,
}

/// One page of the requests inside `scope`, newest first.
pub async fn page(
    x: &impl Executor,
    scope: &TierScope,
    filter: &RequestFilter,
    today: NaiveDate,
    request: &PageRequest<i64>,
) -> Result<Page<RequestRecord>> {
    let query = filtered(scope, filter, today);
    page::keyset(x, query, SortKey::descending([Column::Id]), request, to_record).await
}

/// How many requests `page` pages through.
pub async fn count(
    x: &impl Executor,
    scope: &TierScope,
    filter: &RequestFilter,
    today: NaiveDate,
) -> Result<u64> {
    Ok(filtered(scope, filter, today).count(&x.executor()).await?)
}

fn filtered(scope: &TierScope, filter: &RequestFilter, today: NaiveDate) -> sea_orm::Select<row::Entity> {
    let mut query = row::Entity::find().filter(scoped(scope));
    if let Some(id) = filter.raised_by {
        query = query.filter(Column::RaiserAuthorityId.eq(id.get()));
    }
    if let Some(id) = filter.raised_to {
        query = query.filter(Column::TargetAuthorityId.eq(id.get()));
    }
    if let Some(status) = filter.status {
        query = query.filter(Column::Status.eq(status.as_str()));
    }
    match filter.overdue {
        Some(true) => query = query.filter(overdue(today)),
        Some(false) => query = query.filter(overdue(today).not()),
        None => {}
    }
    query
}

/// `request::overdue` as a condition: raised, unanswered past its deadline.
fn overdue(today: NaiveDate) -> Condition {
    Condition::all().add(Column::Status.eq(RequestStatus::Raised.as_str())).add(Column::AnswerBy.lt(today))
}

fn scoped(scope: &TierScope) -> Condition {
    in_scope(scope, Column::RaiserRegion, Column::TargetRegion, Column::Id)
}

/// Saves `next` over the request if it is still in `from`'s status; false when it moved meanwhile.
/// `answered_by` is written when the step is an answer.
pub async fn save(
    tx: &Tx,
    from: &Request,
    next: &Request,
    answered_by: Option<&str>,
    now: DateTime<Utc>,
) -> Result<bool> {
    let mut update = row::Entity::update_many()
        .col_expr(Column::Status, Expr::value(next.status.as_str()))
        .col_expr(Column::AnswerBy, Expr::value(next.answer_by))
        .col_expr(Column::Answer, Expr::value(next.answer.clone()))
        .col_expr(Column::AnsweredOn, Expr::value(next.answered_on))
        .col_expr(Column::ResolvedOn, Expr::value(next.resolved_on))
        .col_expr(Column::NReopened, Expr::value(i32::try_from(next.n_reopened).unwrap_or(i32::MAX)))
        .col_expr(Column::ReopenReason, Expr::value(next.reopen_reason.clone()))
        .col_expr(Column::UpdatedAt, Expr::value(now));
    if let Some(by) = answered_by {
        update = update.col_expr(Column::AnsweredBy, Expr::value(Some(by.to_owned())));
    }
    crate::transition::compare_and_set(
        tx,
        update,
        (Column::Id, from.id.get()),
        (Column::Status, from.status.as_str()),
    )
    .await
}

fn to_record(model: row::Model) -> Result<RequestRecord> {
    let corrupt = |what: &str| StorageError::corrupt(TABLE, format!("id {}: {what}", model.id));
    let region = |text: &str, what: &str| RegionCode::parse(text).map_err(|_| corrupt(what));
    let request = Request {
        id: LowerTierRequestId::new(model.id),
        kind: RequestKind::parse(&model.kind).ok_or_else(|| corrupt("kind"))?,
        status: RequestStatus::parse(&model.status).ok_or_else(|| corrupt("status"))?,
        raiser_authority_id: AuthorityId::new(model.raiser_authority_id),
        raiser_region: region(&model.raiser_region, "raiser_region")?,
        target_authority_id: AuthorityId::new(model.target_authority_id),
        target_region: region(&model.target_region, "target_region")?,
        text: model.text,
        raised_on: model.raised_on,
        answer_by: model.answer_by,
        answer: model.answer,
        answered_on: model.answered_on,
        resolved_on: model.resolved_on,
        n_reopened: u32::try_from(model.n_reopened).map_err(|_| corrupt("n_reopened"))?,
        reopen_reason: model.reopen_reason,
    };
    Ok(RequestRecord {
        id: request.id,
        request,
        raised_by: model.raised_by,
        answered_by: model.answered_by,
        created_at: model.created_at,
        updated_at: model.updated_at,
    })
}
