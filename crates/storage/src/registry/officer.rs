//! The officer directory (执法人员): entering officers, saving their changes by compare-and-set
//! on the status, and reading them scoped to the authorities inside a jurisdiction (a semi-join
//! on the authority's region, in the same statement).

use chrono::{DateTime, Utc};
use oversight_domain::access::Tier;
use oversight_domain::registry::officer::{Officer, OfficerStatus};
use oversight_domain::{AuthorityId, OfficerId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, QueryTrait,
};

use crate::entity::{authority, officer, officer_recusal};
use crate::page::{self, SortKey};
use crate::transition::compare_and_set;
use crate::{Executor, Page, PageRequest, Result, StorageError, Tx};

/// An officer to enter in the directory (parsed by the caller).
#[derive(Debug, Clone)]
pub struct NewOfficer<'a> {
    pub authority_id: AuthorityId,
    pub name: &'a str,
    pub badge_number: &'a str,
    pub subject: &'a str,
    pub tier: Tier,
    pub industries: &'a [String],
}

/// Which officers a list holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OfficerFilter {
    /// Only the officers of this authority.
    pub authority_id: Option<AuthorityId>,
    /// Only the active (true) or the inactive (false).
    pub active: Option<bool>,
}

/// Enters an officer; a badge number or subject already held is a `Conflict`.
pub async fn insert(tx: &Tx, new: &NewOfficer<'_>, now: DateTime<Utc>) -> Result<Officer> {
    let model = officer::ActiveModel {
        authority_id: Set(new.authority_id.get()),
        name: Set(new.name.to_owned()),
        badge_number: Set(new.badge_number.to_owned()),
        subject: Set(new.subject.to_owned()),
        tier: Set(new.tier.as_str().to_owned()),
        industries: Set(industries_json(new.industries)?),
        status: Set(OfficerStatus::Active.as_str().to_owned()),
        deactivation_reason: Set(None),
        deactivated_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    to_record(model.insert(&tx.executor()).await.map_err(StorageError::from_write)?)
}

/// Saves the officer's next state while its status is still `from`; false when it moved meanwhile.
pub async fn save(tx: &Tx, from: OfficerStatus, next: &Officer) -> Result<bool> {
    let update = officer::Entity::update_many()
        .col_expr(officer::Column::Name, Expr::value(next.name.clone()))
        .col_expr(officer::Column::Tier, Expr::value(next.tier.as_str()))
        .col_expr(officer::Column::Industries, Expr::value(industries_json(&next.industries)?))
        .col_expr(officer::Column::Status, Expr::value(next.status.as_str()))
        .col_expr(officer::Column::DeactivationReason, Expr::value(next.deactivation_reason.clone()))
        .col_expr(officer::Column::DeactivatedAt, Expr::value(next.deactivated_at))
        .col_expr(officer::Column::UpdatedAt, Expr::value(next.updated_at));
    compare_and_set(
        tx,
        update,
        (officer::Column::Id, next.id.get()),
        (officer::Column::Status, from.as_str()),
    )
    .await
}

/// Officers of the authorities seated inside `range` (inclusive region bounds; `None`: every
/// authority).
fn in_range(range: Option<(String, String)>) -> Condition {
    match range {
        None => Condition::all(),
        Some((low, high)) => Condition::all().add(
            officer::Column::AuthorityId.in_subquery(
                authority::Entity::find()
                    .select_only()
                    .column(authority::Column::Id)
                    .filter(authority::Column::RegionCode.between(low, high))
                    .into_query(),
            ),
        ),
    }
}

/// The officers with these ids, inside the range.
pub async fn by_ids(
    x: &impl Executor,
    range: Option<(String, String)>,
    ids: &[OfficerId],
) -> Result<Vec<Officer>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    officer::Entity::find()
        .filter(officer::Column::Id.is_in(ids.iter().map(|id| id.get())))
        .filter(in_range(range))
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_record)
        .collect()
}

/// The active officers of these authorities inside the range, in id order: one statement for a
/// page of authorities' responsible persons (§四, `Authority.responsiblePersons`), on
/// `ix_officer_authority`.
pub async fn active_of_authorities(
    x: &impl Executor,
    range: Option<(String, String)>,
    authority_ids: &[AuthorityId],
) -> Result<Vec<Officer>> {
    if authority_ids.is_empty() {
        return Ok(Vec::new());
    }
    officer::Entity::find()
        .filter(officer::Column::AuthorityId.is_in(authority_ids.iter().map(|id| id.get())))
        .filter(officer::Column::Status.eq(OfficerStatus::Active.as_str()))
        .filter(in_range(range))
        .order_by_asc(officer::Column::Id)
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_record)
        .collect()
}

/// The officer whose tokens carry this subject, if any (unscoped: identity resolution).
pub async fn by_subject(x: &impl Executor, subject: &str) -> Result<Option<Officer>> {
    officer::Entity::find()
        .filter(officer::Column::Subject.eq(subject))
        .one(&x.executor())
        .await?
        .map(to_record)
        .transpose()
}

/// The officers whose tokens carry these subjects, in one statement (unscoped: the caller has
/// already seen the records that name them — see `App::officers_by_subjects`).
pub async fn by_subjects(x: &impl Executor, subjects: &[String]) -> Result<Vec<Officer>> {
    if subjects.is_empty() {
        return Ok(Vec::new());
    }
    officer::Entity::find()
        .filter(officer::Column::Subject.is_in(subjects.iter().cloned()))
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_record)
        .collect()
}

/// Whether an officer holds this badge number already.
pub async fn badge_number_taken(x: &impl Executor, badge_number: &str) -> Result<bool> {
    Ok(officer::Entity::find()
        .filter(officer::Column::BadgeNumber.eq(badge_number))
        .one(&x.executor())
        .await?
        .is_some())
}

/// The orders of the officer directory; each is a unique key (ties broken by id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfficerOrder {
    /// Entry order (when the officer was entered in the directory).
    Id,
    /// Name; officers may share one, so the id breaks ties.
    Name,
    /// Badge number (unique).
    BadgeNumber,
}

/// A position in the officer directory: the key of the order it was read in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OfficerCursor {
    Id(OfficerId),
    Name(String, OfficerId),
    BadgeNumber(String, OfficerId),
}

impl OfficerCursor {
    /// The cursor of `officer` in `order`.
    pub fn of(officer: &Officer, order: OfficerOrder) -> OfficerCursor {
        match order {
            OfficerOrder::Id => OfficerCursor::Id(officer.id),
            OfficerOrder::Name => OfficerCursor::Name(officer.name.clone(), officer.id),
            OfficerOrder::BadgeNumber => OfficerCursor::BadgeNumber(officer.badge_number.clone(), officer.id),
        }
    }

    fn id(&self) -> OfficerId {
        match self {
            OfficerCursor::Id(id) | OfficerCursor::Name(_, id) | OfficerCursor::BadgeNumber(_, id) => *id,
        }
    }
}

impl page::Cursor<1> for OfficerCursor {
    fn values(&self) -> [sea_orm::Value; 1] {
        [self.id().get().into()]
    }
}

impl page::Cursor<2> for OfficerCursor {
    fn values(&self) -> [sea_orm::Value; 2] {
        let id = self.id().get();
        match self {
            OfficerCursor::Id(_) => [id.into(), id.into()],
            OfficerCursor::Name(key, _) | OfficerCursor::BadgeNumber(key, _) => {
                [key.clone().into(), id.into()]
            }
        }
    }
}

/// A page of the officers inside the range matching the filter, in `order` (descending when
/// asked); `request` holds cursors of `order`.
pub async fn page(
    x: &impl Executor,
    range: Option<(String, String)>,
    filter: &OfficerFilter,
    (order, descending): (OfficerOrder, bool),
    request: &PageRequest<OfficerCursor>,
) -> Result<Page<Officer>> {
    use officer::Column;
    let query = filtered(range, filter);
    match order {
        OfficerOrder::Id => {
            page::keyset(x, query, SortKey::directed([Column::Id], descending), request, to_record).await
        }
        OfficerOrder::Name => {
            let key = SortKey::directed([Column::Name, Column::Id], descending);
            page::keyset(x, query, key, request, to_record).await
        }
        OfficerOrder::BadgeNumber => {
            let key = SortKey::directed([Column::BadgeNumber, Column::Id], descending);
            page::keyset(x, query, key, request, to_record).await
        }
    }
}

/// How many officers inside the range match the filter (a connection's `totalCount`).
pub async fn count(
    x: &impl Executor,
    range: Option<(String, String)>,
    filter: &OfficerFilter,
) -> Result<u64> {
    Ok(filtered(range, filter).count(&x.executor()).await?)
}

/// The officers inside the range matching the filter, for a page or a count.
fn filtered(range: Option<(String, String)>, filter: &OfficerFilter) -> sea_orm::Select<officer::Entity> {
    let mut query = officer::Entity::find().filter(in_range(range));
    if let Some(authority_id) = filter.authority_id {
        query = query.filter(officer::Column::AuthorityId.eq(authority_id.get()));
    }
    if let Some(active) = filter.active {
        let status = if active { OfficerStatus::Active } else { OfficerStatus::Inactive };
        query = query.filter(officer::Column::Status.eq(status.as_str()));
    }
    query
}

fn industries_json(industries: &[String]) -> Result<String> {
    serde_json::to_string(industries).map_err(|err| StorageError::corrupt("officer", err))
}

fn to_record(model: officer::Model) -> Result<Officer> {
    let corrupt = |message: String| StorageError::corrupt("officer", format!("id {}: {message}", model.id));
    let tier = Tier::parse(&model.tier).ok_or_else(|| corrupt(format!("tier {}", model.tier)))?;
    let status =
        OfficerStatus::parse(&model.status).ok_or_else(|| corrupt(format!("status {}", model.status)))?;
    let industries: Vec<String> =
        serde_json::from_str(&model.industries).map_err(|e| corrupt(e.to_string()))?;
    Ok(Officer {
        id: OfficerId::new(model.id),
        authority_id: AuthorityId::new(model.authority_id),
        name: model.name,
        badge_number: model.badge_number,
        subject: model.subject,
        tier,
        industries,
        status,
        deactivation_reason: model.deactivation_reason,
        deactivated_at: model.deactivated_at,
        created_at: model.created_at,
        updated_at: model.updated_at,
    })
}

/// Records that `officer` is recused from `enterprise` (回避). A second recusal of the same pair
/// is a `StorageError::Conflict` (the unique index).
pub async fn insert_recusal(
    tx: &Tx,
    officer: OfficerId,
    enterprise: oversight_domain::EnterpriseId,
    reason: &str,
    by: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let model = officer_recusal::ActiveModel {
        officer_id: Set(officer.get()),
        enterprise_id: Set(enterprise.get()),
        reason: Set(reason.to_owned()),
        recorded_by: Set(by.to_owned()),
        created_at: Set(now),
        ..Default::default()
    };
    model.insert(&tx.executor()).await.map_err(StorageError::from_write)?;
    Ok(())
}

/// The enterprises each of these officers is recused from, as (officer, enterprise) pairs.
pub async fn recusals_of(
    x: &impl Executor,
    officers: &[OfficerId],
) -> Result<Vec<(OfficerId, oversight_domain::EnterpriseId)>> {
    if officers.is_empty() {
        return Ok(Vec::new());
    }
    let rows = officer_recusal::Entity::find()
        .filter(officer_recusal::Column::OfficerId.is_in(officers.iter().map(|id| id.get())))
        .all(&x.executor())
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| (OfficerId::new(r.officer_id), oversight_domain::EnterpriseId::new(r.enterprise_id)))
        .collect())
}
