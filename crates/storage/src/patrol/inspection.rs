//! The inspection records of patrols (巡查) and follow-up visits (回访): insert, the visits of an
//! enterprise on a day (offline replay and conflict detection), scoped reads by id, the keyset
//! list with its filters, and filing (备案) by compare-and-set.

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::patrol::checklist::PatrolAnswer;
use oversight_domain::patrol::follow_up::CarriedItem;
use oversight_domain::patrol::{Filing, FollowUpResult, PatrolKind};
use oversight_domain::{AuthorityId, EnterpriseId, FollowUpId, LicenseId, OfficerId, PatrolId};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::entity::patrol_inspection::{self as row, Column};
use crate::page::{self, SortKey};
use crate::{
    Executor, Page, PageRequest, Result, Scope, StorageError, Tx, owned_in_scope, owned_rows_in_scope,
};
use crate::{json, parsed};

const TABLE: &str = "patrol_inspection";

/// What was answered: a patrol's checklist answers, or a follow-up's carried items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answers {
    Patrol(Vec<PatrolAnswer>),
    FollowUp(Vec<CarriedItem>),
}

/// A device's identity of an offline submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfflineIdentity {
    pub device_id: String,
    pub idempotency_key: String,
}

/// A stored inspection record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatrolRecord {
    pub id: PatrolId,
    pub kind: PatrolKind,
    pub enterprise_id: EnterpriseId,
    pub license_id: LicenseId,
    pub industry: String,
    /// The plugin version whose checklist the patrol answered (none for a follow-up, or when the
    /// industry's plugin declares no checklist).
    pub plugin_version: Option<String>,
    pub inspected_on: NaiveDate,
    pub inspectors: Vec<OfficerId>,
    pub answers: Answers,
    /// The nonconforming (patrol) or persisting (follow-up) item codes.
    pub findings: Vec<String>,
    pub re_review_required: bool,
    /// The follow-up a follow-up visit answered.
    pub follow_up_id: Option<FollowUpId>,
    pub result: Option<FollowUpResult>,
    pub next_deadline: Option<NaiveDate>,
    /// The patrol the case started with (itself for a patrol).
    pub case_id: Option<PatrolId>,
    pub offline: Option<OfflineIdentity>,
    /// The device's clock when it was recorded (the server's, when sent online).
    pub recorded_at: DateTime<Utc>,
    /// The server's clock when it arrived.
    pub received_at: DateTime<Utc>,
    /// Another device's record of the same visit.
    pub conflict_with: Option<PatrolId>,
    /// The authority whose officer recorded it (who files it).
    pub authority_id: AuthorityId,
    pub filing: Filing,
    pub filed_at: Option<DateTime<Utc>>,
    pub filed_by: Option<String>,
    pub acknowledged_at: Option<DateTime<Utc>>,
    pub acknowledged_by: Option<String>,
    pub recorded_by: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl PatrolRecord {
    /// The patrol the case started with.
    pub fn case(&self) -> PatrolId {
        self.case_id.unwrap_or(self.id)
    }
}

/// A record to store (ids, filing and stamps are the store's).
#[derive(Debug, Clone)]
pub struct NewPatrol<'a> {
    pub kind: PatrolKind,
    pub enterprise_id: EnterpriseId,
    pub license_id: LicenseId,
    pub industry: &'a str,
    pub plugin_version: Option<&'a str>,
    pub inspected_on: NaiveDate,
    pub inspectors: &'a [OfficerId],
    pub answers: &'a Answers,
    pub findings: &'a [String],
    pub re_review_required: bool,
    pub follow_up_id: Option<FollowUpId>,
    pub result: Option<FollowUpResult>,
    pub next_deadline: Option<NaiveDate>,
    pub case_id: Option<PatrolId>,
    pub offline: Option<&'a OfflineIdentity>,
    pub recorded_at: DateTime<Utc>,
    pub conflict_with: Option<PatrolId>,
    pub authority_id: AuthorityId,
    pub recorded_by: &'a str,
}

/// Stores a record, unfiled. A second record with the same idempotency key is a
/// `StorageError::Conflict` (the unique index), even when two race.
pub async fn insert(tx: &Tx, new: &NewPatrol<'_>, now: DateTime<Utc>) -> Result<PatrolRecord> {
    let ids: Vec<i64> = new.inspectors.iter().map(|id| id.get()).collect();
    let answers = match new.answers {
        Answers::Patrol(answers) => json(TABLE, answers)?,
        Answers::FollowUp(items) => json(TABLE, items)?,
    };
    let model = row::ActiveModel {
        kind: Set(new.kind.as_str().to_owned()),
        enterprise_id: Set(new.enterprise_id.get()),
        license_id: Set(new.license_id.get()),
        industry: Set(new.industry.to_owned()),
        plugin_version: Set(new.plugin_version.map(str::to_owned)),
        inspected_on: Set(new.inspected_on),
        inspectors: Set(json(TABLE, &ids)?),
        answers: Set(answers),
        findings: Set(json(TABLE, new.findings)?),
        re_review_required: Set(new.re_review_required),
        follow_up_id: Set(new.follow_up_id.map(|id| id.get())),
        outcome: Set(new.result.map(|r| r.as_str().to_owned())),
        next_deadline: Set(new.next_deadline),
        case_id: Set(new.case_id.map(|id| id.get())),
        device_id: Set(new.offline.map(|o| o.device_id.clone())),
        idempotency_key: Set(new.offline.map(|o| o.idempotency_key.clone())),
        recorded_at: Set(new.recorded_at),
        received_at: Set(now),
        conflict_with: Set(new.conflict_with.map(|id| id.get())),
        authority_id: Set(new.authority_id.get()),
        filing: Set(Filing::Unfiled.as_str().to_owned()),
        recorded_by: Set(new.recorded_by.to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    to_record(model.insert(&tx.executor()).await.map_err(StorageError::from_write)?)
}

/// The record submitted with this idempotency key, if any.
pub async fn by_key(x: &impl Executor, key: &str) -> Result<Option<PatrolRecord>> {
    row::Entity::find()
        .filter(Column::IdempotencyKey.eq(key))
        .one(&x.executor())
        .await?
        .map(to_record)
        .transpose()
}

/// The records of visits to an enterprise on a day, oldest first (conflict detection).
pub async fn visits_on(
    x: &impl Executor,
    enterprise_id: EnterpriseId,
    day: NaiveDate,
) -> Result<Vec<PatrolRecord>> {
    use sea_orm::QueryOrder;
    row::Entity::find()
        .filter(Column::EnterpriseId.eq(enterprise_id.get()))
        .filter(Column::InspectedOn.eq(day))
        .order_by_asc(Column::Id)
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_record)
        .collect()
}

/// The record with this id, unscoped (use cases check the policy on its enterprise).
pub async fn by_id(x: &impl Executor, id: PatrolId) -> Result<Option<PatrolRecord>> {
    row::Entity::find_by_id(id.get()).one(&x.executor()).await?.map(to_record).transpose()
}

/// The records with these ids inside `scope` (the loader, `node(id:)`).
pub async fn by_ids(x: &impl Executor, scope: &Scope, ids: &[PatrolId]) -> Result<Vec<PatrolRecord>> {
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

/// What the list is narrowed to; every field optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PatrolFilter {
    pub enterprise_id: Option<EnterpriseId>,
    pub kind: Option<PatrolKind>,
    pub filing: Option<Vec<Filing>>,
    /// Only the records in conflict with another device's.
    pub conflicts: bool,
}

/// One page of the records inside `scope`, newest first.
pub async fn page(
    x: &impl Executor,
    scope: &Scope,
    filter: &PatrolFilter,
    request: &PageRequest<i64>,
) -> Result<Page<PatrolRecord>> {
    page::keyset(x, filtered(scope, filter), SortKey::descending([Column::Id]), request, to_record).await
}

/// How many records `page` pages through (`totalCount`).
pub async fn count(x: &impl Executor, scope: &Scope, filter: &PatrolFilter) -> Result<u64> {
    Ok(filtered(scope, filter).count(&x.executor()).await?)
}

fn filtered(scope: &Scope, filter: &PatrolFilter) -> sea_orm::Select<row::Entity> {
    let mut query = row::Entity::find().filter(owned_in_scope(Column::EnterpriseId, scope));
    if let Some(id) = filter.enterprise_id {
        query = query.filter(Column::EnterpriseId.eq(id.get()));
    }
    if let Some(kind) = filter.kind {
        query = query.filter(Column::Kind.eq(kind.as_str()));
    }
    if let Some(filings) = &filter.filing {
        query = query.filter(Column::Filing.is_in(filings.iter().map(|f| f.as_str())));
    }
    if filter.conflicts {
        query = query.filter(Column::ConflictWith.is_not_null());
    }
    query
}

/// Moves a record's filing from `from` to `to`, stamped by `by`; false when it moved meanwhile.
pub async fn set_filing(
    tx: &Tx,
    id: PatrolId,
    from: Filing,
    to: Filing,
    by: &str,
    now: DateTime<Utc>,
) -> Result<bool> {
    let (at, who) = match to {
        Filing::Acknowledged => (Column::AcknowledgedAt, Column::AcknowledgedBy),
        _ => (Column::FiledAt, Column::FiledBy),
    };
    let result = row::Entity::update_many()
        .col_expr(Column::Filing, Expr::value(to.as_str()))
        .col_expr(at, Expr::value(Some(now)))
        .col_expr(who, Expr::value(Some(by.to_owned())))
        .col_expr(Column::UpdatedAt, Expr::value(now))
        .filter(Column::Id.eq(id.get()))
        .filter(Column::Filing.eq(from.as_str()))
        .exec(&tx.executor())
        .await?;
    Ok(result.rows_affected == 1)
}

fn to_record(model: row::Model) -> Result<PatrolRecord> {
    let corrupt = |what: &str| StorageError::corrupt(TABLE, format!("id {}: {what}", model.id));
    let kind = PatrolKind::parse(&model.kind).ok_or_else(|| corrupt("kind"))?;
    let filing = Filing::parse(&model.filing).ok_or_else(|| corrupt("filing"))?;
    let result = match &model.outcome {
        Some(outcome) => Some(FollowUpResult::parse(outcome).ok_or_else(|| corrupt("outcome"))?),
        None => None,
    };
    let inspectors: Vec<i64> = parsed(TABLE, model.id, "inspectors", &model.inspectors)?;
    let answers = match kind {
        PatrolKind::Patrol => Answers::Patrol(parsed(TABLE, model.id, "answers", &model.answers)?),
        PatrolKind::FollowUp => Answers::FollowUp(parsed(TABLE, model.id, "answers", &model.answers)?),
    };
    let offline = match (model.device_id, model.idempotency_key) {
        (Some(device_id), Some(idempotency_key)) => Some(OfflineIdentity { device_id, idempotency_key }),
        _ => None,
    };
    Ok(PatrolRecord {
        id: PatrolId::new(model.id),
        kind,
        enterprise_id: EnterpriseId::new(model.enterprise_id),
        license_id: LicenseId::new(model.license_id),
        industry: model.industry,
        plugin_version: model.plugin_version,
        inspected_on: model.inspected_on,
        inspectors: inspectors.into_iter().map(OfficerId::new).collect(),
        answers,
        findings: parsed(TABLE, model.id, "findings", &model.findings)?,
        re_review_required: model.re_review_required,
        follow_up_id: model.follow_up_id.map(FollowUpId::new),
        result,
        next_deadline: model.next_deadline,
        case_id: model.case_id.map(PatrolId::new),
        offline,
        recorded_at: model.recorded_at,
        received_at: model.received_at,
        conflict_with: model.conflict_with.map(PatrolId::new),
        authority_id: AuthorityId::new(model.authority_id),
        filing,
        filed_at: model.filed_at,
        filed_by: model.filed_by,
        acknowledged_at: model.acknowledged_at,
        acknowledged_by: model.acknowledged_by,
        recorded_by: model.recorded_by,
        created_at: model.created_at,
        updated_at: model.updated_at,
    })
}
