//! Testing institutions and their API keys.

use chrono::{DateTime, Utc};
use oversight_domain::RegionCode;
use oversight_domain::registry::institution::{Accreditation, Institution, InstitutionStatus};
use oversight_domain::{ApiKeyId, InstitutionId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, QueryTrait,
};

use crate::entity::{api_key, institution};
use crate::page::{self, SortKey};
use crate::transition::compare_and_set;
use crate::{Executor, Page, PageRequest, Result, StorageError, Tx};

/// A stored testing institution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstitutionRecord {
    pub id: InstitutionId,
    pub name: String,
    pub region: RegionCode,
    pub created_at: DateTime<Utc>,
    /// Its status, accreditation and suspension.
    pub state: Institution,
}

/// A stored API key (never the secret).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiKeyRecord {
    pub id: ApiKeyId,
    pub institution_id: InstitutionId,
    pub public_id: String,
    pub secret_hash: String,
    pub label: String,
    pub created_at: DateTime<Utc>,
    pub created_by: String,
    pub revoked_at: Option<DateTime<Utc>>,
    pub last_used_at: Option<DateTime<Utc>>,
}

/// Enters an institution, active, with its accreditation if one is known.
pub async fn insert_institution(
    tx: &Tx,
    name: &str,
    region: RegionCode,
    accreditation: Option<&Accreditation>,
    now: DateTime<Utc>,
) -> Result<InstitutionRecord> {
    let model = institution::ActiveModel {
        name: Set(name.to_owned()),
        region_code: Set(region.as_str().to_owned()),
        created_at: Set(now),
        status: Set(InstitutionStatus::Active.as_str().to_owned()),
        accreditation: Set(accreditation.map(accreditation_json).transpose()?),
        suspension_reason: Set(None),
        suspended_at: Set(None),
        ..Default::default()
    };
    to_institution(model.insert(&tx.executor()).await.map_err(StorageError::from_write)?)
}

pub async fn institutions_by_ids(x: &impl Executor, ids: &[InstitutionId]) -> Result<Vec<InstitutionRecord>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    institution::Entity::find()
        .filter(institution::Column::Id.is_in(ids.iter().map(|id| id.get())))
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_institution)
        .collect()
}

/// Which institutions a list holds: those seated inside a region range (inclusive bounds; an
/// officer's jurisdiction), or one (an institution's own).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InstitutionReach {
    Within((String, String)),
    One(InstitutionId),
}

impl InstitutionReach {
    fn select(&self) -> sea_orm::Select<institution::Entity> {
        let query = institution::Entity::find();
        match self {
            InstitutionReach::Within((low, high)) => {
                query.filter(institution::Column::RegionCode.between(low.clone(), high.clone()))
            }
            InstitutionReach::One(id) => query.filter(institution::Column::Id.eq(id.get())),
        }
    }
}

/// The orders of the institution list; each is a unique key (ties broken by id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InstitutionOrder {
    /// Entry order.
    Id,
    /// Name (unique).
    Name,
}

/// A position in the institution list: the key of the order it was read in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InstitutionCursor {
    Id(InstitutionId),
    Name(String, InstitutionId),
}

impl InstitutionCursor {
    /// The cursor of `record` in `order`.
    pub fn of(record: &InstitutionRecord, order: InstitutionOrder) -> InstitutionCursor {
        match order {
            InstitutionOrder::Id => InstitutionCursor::Id(record.id),
            InstitutionOrder::Name => InstitutionCursor::Name(record.name.clone(), record.id),
        }
    }

    fn id(&self) -> InstitutionId {
        match self {
            InstitutionCursor::Id(id) | InstitutionCursor::Name(_, id) => *id,
        }
    }
}

impl page::Cursor<1> for InstitutionCursor {
    fn values(&self) -> [sea_orm::Value; 1] {
        [self.id().get().into()]
    }
}

impl page::Cursor<2> for InstitutionCursor {
    fn values(&self) -> [sea_orm::Value; 2] {
        let id = self.id().get();
        match self {
            InstitutionCursor::Id(_) => [id.into(), id.into()],
            InstitutionCursor::Name(name, _) => [name.clone().into(), id.into()],
        }
    }
}

/// A page of the institutions in `reach`, in `order` (descending when asked); `request` holds
/// cursors of `order`.
pub async fn page(
    x: &impl Executor,
    reach: &InstitutionReach,
    (order, descending): (InstitutionOrder, bool),
    request: &PageRequest<InstitutionCursor>,
) -> Result<Page<InstitutionRecord>> {
    use institution::Column;
    let query = reach.select();
    match order {
        InstitutionOrder::Id => {
            page::keyset(x, query, SortKey::directed([Column::Id], descending), request, to_institution).await
        }
        InstitutionOrder::Name => {
            let key = SortKey::directed([Column::Name, Column::Id], descending);
            page::keyset(x, query, key, request, to_institution).await
        }
    }
}

/// How many institutions `reach` holds (a connection's `totalCount`).
pub async fn count(x: &impl Executor, reach: &InstitutionReach) -> Result<u64> {
    Ok(reach.select().count(&x.executor()).await?)
}

pub struct NewApiKey<'a> {
    pub institution_id: InstitutionId,
    pub public_id: &'a str,
    pub secret_hash: &'a str,
    pub label: &'a str,
    pub created_by: &'a str,
}

pub async fn insert_api_key(tx: &Tx, new: &NewApiKey<'_>, now: DateTime<Utc>) -> Result<ApiKeyRecord> {
    let model = api_key::ActiveModel {
        institution_id: Set(new.institution_id.get()),
        public_id: Set(new.public_id.to_owned()),
        secret_hash: Set(new.secret_hash.to_owned()),
        label: Set(new.label.to_owned()),
        created_at: Set(now),
        created_by: Set(new.created_by.to_owned()),
        revoked_at: Set(None),
        last_used_at: Set(None),
        ..Default::default()
    };
    Ok(to_api_key(model.insert(&tx.executor()).await.map_err(StorageError::from_write)?))
}

pub async fn api_key_by_public_id(x: &impl Executor, public_id: &str) -> Result<Option<ApiKeyRecord>> {
    Ok(api_key::Entity::find()
        .filter(api_key::Column::PublicId.eq(public_id))
        .one(&x.executor())
        .await?
        .map(to_api_key))
}

pub async fn api_key_by_id(x: &impl Executor, id: ApiKeyId) -> Result<Option<ApiKeyRecord>> {
    Ok(api_key::Entity::find_by_id(id.get()).one(&x.executor()).await?.map(to_api_key))
}

/// The keys with these ids of the institutions seated inside `range` (inclusive region bounds):
/// one statement, the institutions' regions checked by a semi-join.
pub async fn api_keys_by_ids(
    x: &impl Executor,
    range: (String, String),
    ids: &[ApiKeyId],
) -> Result<Vec<ApiKeyRecord>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let institutions = institution::Entity::find()
        .select_only()
        .column(institution::Column::Id)
        .filter(institution::Column::RegionCode.between(range.0, range.1))
        .into_query();
    Ok(api_key::Entity::find()
        .filter(api_key::Column::Id.is_in(ids.iter().map(|id| id.get())))
        .filter(api_key::Column::InstitutionId.in_subquery(institutions))
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_api_key)
        .collect())
}

pub async fn api_keys_of(x: &impl Executor, institution_id: InstitutionId) -> Result<Vec<ApiKeyRecord>> {
    Ok(api_key::Entity::find()
        .filter(api_key::Column::InstitutionId.eq(institution_id.get()))
        .order_by_asc(api_key::Column::Id)
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_api_key)
        .collect())
}

/// Marks a key revoked; false when it was revoked already.
pub async fn revoke_api_key(tx: &Tx, id: ApiKeyId, now: DateTime<Utc>) -> Result<bool> {
    let result = api_key::Entity::update_many()
        .col_expr(api_key::Column::RevokedAt, Expr::value(now))
        .filter(api_key::Column::Id.eq(id.get()))
        .filter(api_key::Column::RevokedAt.is_null())
        .exec(&tx.executor())
        .await?;
    Ok(result.rows_affected == 1)
}

/// Records that a key was used. Callers throttle it (once a minute is plenty).
pub async fn touch_api_key(x: &impl Executor, id: ApiKeyId, now: DateTime<Utc>) -> Result<()> {
    api_key::Entity::update_many()
        .col_expr(api_key::Column::LastUsedAt, Expr::value(now))
        .filter(api_key::Column::Id.eq(id.get()))
        .exec(&x.executor())
        .await?;
    Ok(())
}

/// Saves the institution's next state while its status is still `from`; false when it moved.
pub async fn save_institution(
    tx: &Tx,
    id: InstitutionId,
    from: InstitutionStatus,
    next: &Institution,
) -> Result<bool> {
    let update = institution::Entity::update_many()
        .col_expr(institution::Column::Status, Expr::value(next.status.as_str()))
        .col_expr(
            institution::Column::Accreditation,
            Expr::value(next.accreditation.as_ref().map(accreditation_json).transpose()?),
        )
        .col_expr(institution::Column::SuspensionReason, Expr::value(next.suspension_reason.clone()))
        .col_expr(institution::Column::SuspendedAt, Expr::value(next.suspended_at));
    compare_and_set(
        tx,
        update,
        (institution::Column::Id, id.get()),
        (institution::Column::Status, from.as_str()),
    )
    .await
}

fn accreditation_json(accreditation: &Accreditation) -> Result<String> {
    serde_json::to_string(accreditation).map_err(|e| StorageError::corrupt("institution", e))
}

fn to_institution(model: institution::Model) -> Result<InstitutionRecord> {
    let corrupt =
        |message: String| StorageError::corrupt("institution", format!("id {}: {message}", model.id));
    let region = RegionCode::parse(&model.region_code).map_err(|e| corrupt(e.to_string()))?;
    let status =
        InstitutionStatus::parse(&model.status).ok_or_else(|| corrupt(format!("status {}", model.status)))?;
    let accreditation = model
        .accreditation
        .as_deref()
        .map(serde_json::from_str::<Accreditation>)
        .transpose()
        .map_err(|e| corrupt(e.to_string()))?;
    Ok(InstitutionRecord {
        id: InstitutionId::new(model.id),
        name: model.name,
        region,
        created_at: model.created_at,
        state: Institution {
            status,
            accreditation,
            suspension_reason: model.suspension_reason,
            suspended_at: model.suspended_at,
        },
    })
}

fn to_api_key(model: api_key::Model) -> ApiKeyRecord {
    ApiKeyRecord {
        id: ApiKeyId::new(model.id),
        institution_id: InstitutionId::new(model.institution_id),
        public_id: model.public_id,
        secret_hash: model.secret_hash,
        label: model.label,
        created_at: model.created_at,
        created_by: model.created_by,
        revoked_at: model.revoked_at,
        last_used_at: model.last_used_at,
    }
}
