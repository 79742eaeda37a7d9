//! Linkage notices (联动通报): insert, the reads scoped by the regions of the two authorities
//! (a notice is seen where it was sent from or to, and above), the `linkageNotices` page with its
//! filters (late among them, derived from today in the statement), compare-and-set saves and the
//! closed notices behind the time-to-close figure.

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::linkage::notice::{Clocks, Notice, NoticeStatus, NoticeType, ProofKind};
use oversight_domain::{
    AuthorityId, EnterpriseId, LicenseId, NoticeId, RegionCode, SpotCheckImportId, TaskId,
};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use crate::entity::linkage_notice::{self as row, Column};
use crate::page::{self, SortKey};
use crate::{Executor, Page, PageRequest, Result, StorageError, Tx};

const TABLE: &str = "linkage_notice";

/// Which notices a caller reads: those sent from or to an authority seated inside a region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeScope {
    Everything,
    /// Sent or received by an authority seated inside this region (itself and its lower tiers).
    Within(RegionCode),
    Nothing,
}

/// A stored notice with who sent and closed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeRecord {
    /// The notice's id, as in `notice` (the loaders key by it).
    pub id: NoticeId,
    /// Its parent's, for the children loader.
    pub parent_id: Option<NoticeId>,
    pub notice: Notice,
    pub sent_by: String,
    pub closed_by: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A notice to store, SENT.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewNotice<'a> {
    pub notice_type: NoticeType,
    pub parent_id: Option<NoticeId>,
    pub source: (AuthorityId, RegionCode),
    pub target: (AuthorityId, RegionCode),
    pub enterprise_id: EnterpriseId,
    pub license_id: Option<LicenseId>,
    pub testing_task_id: Option<TaskId>,
    pub text: &'a str,
    pub sent_on: NaiveDate,
    pub clocks: Clocks,
    pub sent_by: &'a str,
}

/// Stores a notice, SENT.
pub async fn insert(tx: &Tx, new: &NewNotice<'_>, now: DateTime<Utc>) -> Result<NoticeRecord> {
    to_record(active(new, None, now).insert(&tx.executor()).await.map_err(StorageError::from_write)?)
}

/// Stores the notices an import's failures send, SENT, in multi-row statements, and reads them
/// back (by the import they point at) in the order given.
pub async fn insert_for_import(
    tx: &Tx,
    import_id: SpotCheckImportId,
    news: &[NewNotice<'_>],
    now: DateTime<Utc>,
) -> Result<Vec<NoticeRecord>> {
    let rows: Vec<row::ActiveModel> = news.iter().map(|new| active(new, Some(import_id), now)).collect();
    crate::insert_rows(tx, rows, 21).await?;
    row::Entity::find()
        .filter(Column::SpotCheckImportId.eq(import_id.get()))
        .order_by_asc(Column::Id)
        .all(&tx.executor())
        .await?
        .into_iter()
        .map(to_record)
        .collect()
}

fn active(new: &NewNotice<'_>, import_id: Option<SpotCheckImportId>, now: DateTime<Utc>) -> row::ActiveModel {
    row::ActiveModel {
        parent_id: Set(new.parent_id.map(NoticeId::get)),
        notice_type: Set(new.notice_type.as_str().to_owned()),
        status: Set(NoticeStatus::Sent.as_str().to_owned()),
        source_authority_id: Set(new.source.0.get()),
        source_region: Set(new.source.1.as_str().to_owned()),
        target_authority_id: Set(new.target.0.get()),
        target_region: Set(new.target.1.as_str().to_owned()),
        enterprise_id: Set(new.enterprise_id.get()),
        license_id: Set(new.license_id.map(LicenseId::get)),
        testing_task_id: Set(new.testing_task_id.map(TaskId::get)),
        text: Set(new.text.to_owned()),
        sent_on: Set(new.sent_on),
        acknowledge_by: Set(new.clocks.acknowledge_by),
        act_by: Set(new.clocks.act_by),
        close_by: Set(new.clocks.close_by),
        sent_by: Set(new.sent_by.to_owned()),
        spot_check_import_id: Set(import_id.map(SpotCheckImportId::get)),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
}

/// The notice with this id, unscoped (use cases check the scope and the policy).
pub async fn by_id(x: &impl Executor, id: NoticeId) -> Result<Option<NoticeRecord>> {
    row::Entity::find_by_id(id.get()).one(&x.executor()).await?.map(to_record).transpose()
}

/// The notices with these ids inside `scope` (the loader, `node(id:)`).
pub async fn by_ids(x: &impl Executor, scope: &NoticeScope, ids: &[NoticeId]) -> Result<Vec<NoticeRecord>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    row::Entity::find()
        .filter(Column::Id.is_in(ids.iter().map(|id| id.get())))
        .filter(in_scope(scope))
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_record)
        .collect()
}

/// The notices passed on from these, oldest first (the loader of `LinkageNotice.children`).
pub async fn children_of(
    x: &impl Executor,
    scope: &NoticeScope,
    parents: &[NoticeId],
) -> Result<Vec<NoticeRecord>> {
    if parents.is_empty() {
        return Ok(Vec::new());
    }
    row::Entity::find()
        .filter(Column::ParentId.is_in(parents.iter().map(|id| id.get())))
        .filter(in_scope(scope))
        .order_by_asc(Column::Id)
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_record)
        .collect()
}

/// How many of a notice's children are still open.
pub async fn open_children(x: &impl Executor, parent: NoticeId) -> Result<u64> {
    Ok(row::Entity::find()
        .filter(Column::ParentId.eq(parent.get()))
        .filter(Column::Status.ne(NoticeStatus::Closed.as_str()))
        .count(&x.executor())
        .await?)
}

/// Sent by or to an authority.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Sent(AuthorityId),
    Received(AuthorityId),
}

/// What the notices list is narrowed to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoticeFilter {
    pub direction: Option<Direction>,
    pub status: Option<NoticeStatus>,
    /// Late (`true`) or not late (`false`) on the day the list is read.
    pub late: Option<bool>,
    pub enterprise_id: Option<EnterpriseId>,
}

/// One page of the notices inside `scope`, newest first.
pub async fn page(
    x: &impl Executor,
    scope: &NoticeScope,
    filter: &NoticeFilter,
    today: NaiveDate,
    request: &PageRequest<i64>,
) -> Result<Page<NoticeRecord>> {
    let query = filtered(scope, filter, today);
    page::keyset(x, query, SortKey::descending([Column::Id]), request, to_record).await
}

/// How many notices `page` pages through.
pub async fn count(
    x: &impl Executor,
    scope: &NoticeScope,
    filter: &NoticeFilter,
    today: NaiveDate,
) -> Result<u64> {
    Ok(filtered(scope, filter, today).count(&x.executor()).await?)
}

fn filtered(scope: &NoticeScope, filter: &NoticeFilter, today: NaiveDate) -> sea_orm::Select<row::Entity> {
    let mut query = row::Entity::find().filter(in_scope(scope));
    match filter.direction {
        Some(Direction::Sent(id)) => query = query.filter(Column::SourceAuthorityId.eq(id.get())),
        Some(Direction::Received(id)) => query = query.filter(Column::TargetAuthorityId.eq(id.get())),
        None => {}
    }
    if let Some(status) = filter.status {
        query = query.filter(Column::Status.eq(status.as_str()));
    }
    if let Some(id) = filter.enterprise_id {
        query = query.filter(Column::EnterpriseId.eq(id.get()));
    }
    match filter.late {
        Some(true) => query = query.filter(late(today)),
        Some(false) => query = query.filter(late(today).not()),
        None => {}
    }
    query
}

/// `Clocks::late_on` as a condition: a deadline passed that the notice has not met yet.
fn late(today: NaiveDate) -> Condition {
    let sent = NoticeStatus::Sent.as_str();
    let unacted = [sent, NoticeStatus::Acknowledged.as_str()];
    Condition::any()
        .add(Condition::all().add(Column::Status.eq(sent)).add(Column::AcknowledgeBy.lt(today)))
        .add(Condition::all().add(Column::Status.is_in(unacted)).add(Column::ActBy.lt(today)))
        .add(
            Condition::all()
                .add(Column::Status.ne(NoticeStatus::Closed.as_str()))
                .add(Column::CloseBy.lt(today)),
        )
}

fn in_scope(scope: &NoticeScope) -> Condition {
    match scope {
        NoticeScope::Everything => Condition::all(),
        NoticeScope::Within(region) => {
            let (low, high) = region.range();
            Condition::any()
                .add(Column::SourceRegion.between(low.clone(), high.clone()))
                .add(Column::TargetRegion.between(low, high))
        }
        // An id never stored: the statement stays one shape.
        NoticeScope::Nothing => Condition::all().add(Column::Id.eq(-1)),
    }
}

/// Saves `next` over the notice if it is still in `from`'s status; false when it moved meanwhile.
pub async fn save(tx: &Tx, from: &Notice, next: &Notice, by: &str, now: DateTime<Utc>) -> Result<bool> {
    let closing = next.status == NoticeStatus::Closed;
    let mut update = row::Entity::update_many()
        .col_expr(Column::Status, Expr::value(next.status.as_str()))
        .col_expr(Column::AcknowledgedOn, Expr::value(next.acknowledged_on))
        .col_expr(Column::PassedOnOn, Expr::value(next.passed_on_on))
        .col_expr(Column::ClosedOn, Expr::value(next.closed_on))
        .col_expr(Column::ProofKind, Expr::value(next.proof_kind.map(|k| k.as_str().to_owned())))
        .col_expr(Column::ProofId, Expr::value(next.proof_id))
        .col_expr(Column::CloseNote, Expr::value(next.close_note.clone()))
        .col_expr(Column::UpdatedAt, Expr::value(now));
    if closing {
        update = update.col_expr(Column::ClosedBy, Expr::value(Some(by.to_owned())));
    }
    crate::transition::compare_and_set(
        tx,
        update,
        (Column::Id, from.id.get()),
        (Column::Status, from.status.as_str()),
    )
    .await
}

/// One closed notice, for the time-to-close figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClosedNotice {
    pub target_authority_id: AuthorityId,
    pub sent_on: NaiveDate,
    pub closed_on: NaiveDate,
}

/// The closed notices inside `scope`: three columns, one statement (the time-to-close figure
/// groups them by receiving authority).
pub async fn closed(x: &impl Executor, scope: &NoticeScope) -> Result<Vec<ClosedNotice>> {
    let rows: Vec<(i64, NaiveDate, Option<NaiveDate>)> = row::Entity::find()
        .select_only()
        .column(Column::TargetAuthorityId)
        .column(Column::SentOn)
        .column(Column::ClosedOn)
        .filter(in_scope(scope))
        .filter(Column::Status.eq(NoticeStatus::Closed.as_str()))
        .order_by_asc(Column::TargetAuthorityId)
        .into_tuple()
        .all(&x.executor())
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(target, sent_on, closed_on)| {
            closed_on.map(|closed_on| ClosedNotice {
                target_authority_id: AuthorityId::new(target),
                sent_on,
                closed_on,
            })
        })
        .collect())
}

fn to_record(model: row::Model) -> Result<NoticeRecord> {
    let corrupt = |what: &str| StorageError::corrupt(TABLE, format!("id {}: {what}", model.id));
    let region = |text: &str, what: &str| RegionCode::parse(text).map_err(|_| corrupt(what));
    let proof_kind = match &model.proof_kind {
        Some(kind) => Some(ProofKind::parse(kind).ok_or_else(|| corrupt("proof_kind"))?),
        None => None,
    };
    let notice = Notice {
        id: NoticeId::new(model.id),
        notice_type: NoticeType::parse(&model.notice_type).ok_or_else(|| corrupt("notice_type"))?,
        status: NoticeStatus::parse(&model.status).ok_or_else(|| corrupt("status"))?,
        parent_id: model.parent_id.map(NoticeId::new),
        source_authority_id: AuthorityId::new(model.source_authority_id),
        source_region: region(&model.source_region, "source_region")?,
        target_authority_id: AuthorityId::new(model.target_authority_id),
        target_region: region(&model.target_region, "target_region")?,
        enterprise_id: EnterpriseId::new(model.enterprise_id),
        license_id: model.license_id.map(LicenseId::new),
        testing_task_id: model.testing_task_id.map(TaskId::new),
        text: model.text,
        sent_on: model.sent_on,
        clocks: Clocks {
            acknowledge_by: model.acknowledge_by,
            act_by: model.act_by,
            close_by: model.close_by,
        },
        acknowledged_on: model.acknowledged_on,
        passed_on_on: model.passed_on_on,
        closed_on: model.closed_on,
        proof_kind,
        proof_id: model.proof_id,
        close_note: model.close_note,
    };
    Ok(NoticeRecord {
        id: notice.id,
        parent_id: notice.parent_id,
        notice,
        sent_by: model.sent_by,
        closed_by: model.closed_by,
        created_at: model.created_at,
        updated_at: model.updated_at,
    })
}
