//! Market-regulation authorities (national, provincial, municipal, county).

use chrono::{DateTime, Utc};
use oversight_domain::AuthorityId;
use oversight_domain::RegionCode;
use oversight_domain::registry::authority::AuthorityLevel;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use crate::entity::authority;
use crate::page::{self, SortKey};
use crate::{Executor, Page, PageRequest, Result, StorageError, Tx};

/// A stored authority.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthorityRecord {
    pub id: AuthorityId,
    pub name: String,
    pub level: AuthorityLevel,
    pub region: RegionCode,
    pub parent_id: Option<AuthorityId>,
    pub created_at: DateTime<Utc>,
    /// When it closed; `None` while open.
    pub closed_at: Option<DateTime<Utc>>,
    /// The authority that took over its work when it closed.
    pub successor_id: Option<AuthorityId>,
}

pub async fn insert(
    tx: &Tx,
    name: &str,
    region: RegionCode,
    parent_id: Option<AuthorityId>,
    now: DateTime<Utc>,
) -> Result<AuthorityRecord> {
    let model = authority::ActiveModel {
        name: Set(name.to_owned()),
        level: Set(AuthorityLevel::for_region(&region).as_str().to_owned()),
        region_code: Set(region.as_str().to_owned()),
        parent_id: Set(parent_id.map(AuthorityId::get)),
        created_at: Set(now),
        closed_at: Set(None),
        successor_id: Set(None),
        ..Default::default()
    };
    let model = model.insert(&tx.executor()).await.map_err(StorageError::from_write)?;
    to_record(model)
}

pub async fn by_ids(x: &impl Executor, ids: &[AuthorityId]) -> Result<Vec<AuthorityRecord>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    authority::Entity::find()
        .filter(authority::Column::Id.is_in(ids.iter().map(|id| id.get())))
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_record)
        .collect()
}

/// The open authority seated at exactly this region, if any.
pub async fn by_region(x: &impl Executor, region: &RegionCode) -> Result<Option<AuthorityRecord>> {
    authority::Entity::find()
        .filter(authority::Column::RegionCode.eq(region.as_str()))
        .filter(authority::Column::ClosedAt.is_null())
        .order_by_asc(authority::Column::Id)
        .one(&x.executor())
        .await?
        .map(to_record)
        .transpose()
}

/// The open authorities seated at exactly these regions, oldest first (one statement; an
/// import's notice targets).
pub async fn by_regions(x: &impl Executor, regions: &[RegionCode]) -> Result<Vec<AuthorityRecord>> {
    if regions.is_empty() {
        return Ok(Vec::new());
    }
    authority::Entity::find()
        .filter(authority::Column::RegionCode.is_in(regions.iter().map(|r| r.as_str().to_owned())))
        .filter(authority::Column::ClosedAt.is_null())
        .order_by_asc(authority::Column::Id)
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_record)
        .collect()
}

/// The regions of the open authorities seated strictly inside `region`'s jurisdiction (one
/// statement; the inbox's tests to sample go to the lowest authority holding the enterprise).
pub async fn open_regions_within(x: &impl Executor, region: &RegionCode) -> Result<Vec<RegionCode>> {
    let (low, high) = region.range();
    let codes: Vec<String> = authority::Entity::find()
        .select_only()
        .column(authority::Column::RegionCode)
        .distinct()
        .filter(authority::Column::RegionCode.between(low, high))
        .filter(authority::Column::RegionCode.ne(region.as_str()))
        .filter(authority::Column::ClosedAt.is_null())
        .into_tuple()
        .all(&x.executor())
        .await?;
    codes.iter().map(|code| crate::stored_region("authority", "region", code)).collect()
}

/// Whether the database holds any authority at all (`oversight bootstrap` needs none).
pub async fn any(x: &impl Executor) -> Result<bool> {
    Ok(authority::Entity::find().one(&x.executor()).await?.is_some())
}

/// How many open authorities answer to `parent_id`.
pub async fn open_children(x: &impl Executor, parent_id: AuthorityId) -> Result<u64> {
    Ok(authority::Entity::find()
        .filter(authority::Column::ParentId.eq(parent_id.get()))
        .filter(authority::Column::ClosedAt.is_null())
        .count(&x.executor())
        .await?)
}

/// Renames the authority while it is open; false when it is closed (or gone). A name another
/// authority holds is a `Conflict`.
pub async fn rename(tx: &Tx, id: AuthorityId, name: &str) -> Result<bool> {
    let result = authority::Entity::update_many()
        .col_expr(authority::Column::Name, Expr::value(name))
        .filter(authority::Column::Id.eq(id.get()))
        .filter(authority::Column::ClosedAt.is_null())
        .exec(&tx.executor())
        .await
        .map_err(StorageError::from_write)?;
    Ok(result.rows_affected == 1)
}

/// Closes the authority while it is open, naming its successor; false when it was closed
/// meanwhile.
pub async fn close(tx: &Tx, id: AuthorityId, successor_id: AuthorityId, now: DateTime<Utc>) -> Result<bool> {
    let result = authority::Entity::update_many()
        .col_expr(authority::Column::ClosedAt, Expr::value(now))
        .col_expr(authority::Column::SuccessorId, Expr::value(successor_id.get()))
        .filter(authority::Column::Id.eq(id.get()))
        .filter(authority::Column::ClosedAt.is_null())
        .exec(&tx.executor())
        .await?;
    Ok(result.rows_affected == 1)
}

/// The orders of the authority list; each is a unique key (ties broken by id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthorityOrder {
    /// Creation order.
    Id,
    /// Division code of the seat; a closed authority and its successor may share one, so the
    /// id breaks ties.
    Region,
    /// Name (unique).
    Name,
}

/// A position in the authority list: the key of the order it was read in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthorityCursor {
    Id(AuthorityId),
    Region(String, AuthorityId),
    Name(String, AuthorityId),
}

impl AuthorityCursor {
    /// The cursor of `record` in `order`.
    pub fn of(record: &AuthorityRecord, order: AuthorityOrder) -> AuthorityCursor {
        match order {
            AuthorityOrder::Id => AuthorityCursor::Id(record.id),
            AuthorityOrder::Region => AuthorityCursor::Region(record.region.as_str().to_owned(), record.id),
            AuthorityOrder::Name => AuthorityCursor::Name(record.name.clone(), record.id),
        }
    }

    fn id(&self) -> AuthorityId {
        match self {
            AuthorityCursor::Id(id) | AuthorityCursor::Region(_, id) | AuthorityCursor::Name(_, id) => *id,
        }
    }
}

impl page::Cursor<1> for AuthorityCursor {
    fn values(&self) -> [sea_orm::Value; 1] {
        [self.id().get().into()]
    }
}

impl page::Cursor<2> for AuthorityCursor {
    fn values(&self) -> [sea_orm::Value; 2] {
        let id = self.id().get();
        match self {
            AuthorityCursor::Id(_) => [id.into(), id.into()],
            AuthorityCursor::Region(key, _) | AuthorityCursor::Name(key, _) => {
                [key.clone().into(), id.into()]
            }
        }
    }
}

/// A page of authorities whose region lies in `range` (inclusive), in `order` (descending when
/// asked); `request` holds cursors of `order`.
pub async fn page(
    x: &impl Executor,
    range: Option<(String, String)>,
    level: Option<AuthorityLevel>,
    (order, descending): (AuthorityOrder, bool),
    request: &PageRequest<AuthorityCursor>,
) -> Result<Page<AuthorityRecord>> {
    use authority::Column;
    let query = filtered(range, level);
    match order {
        AuthorityOrder::Id => {
            page::keyset(x, query, SortKey::directed([Column::Id], descending), request, to_record).await
        }
        AuthorityOrder::Region => {
            let key = SortKey::directed([Column::RegionCode, Column::Id], descending);
            page::keyset(x, query, key, request, to_record).await
        }
        AuthorityOrder::Name => {
            let key = SortKey::directed([Column::Name, Column::Id], descending);
            page::keyset(x, query, key, request, to_record).await
        }
    }
}

/// How many authorities lie in `range` at `level` (a connection's `totalCount`).
pub async fn count(
    x: &impl Executor,
    range: Option<(String, String)>,
    level: Option<AuthorityLevel>,
) -> Result<u64> {
    Ok(filtered(range, level).count(&x.executor()).await?)
}

/// The authorities in `range` at `level`, for a page or a count.
fn filtered(
    range: Option<(String, String)>,
    level: Option<AuthorityLevel>,
) -> sea_orm::Select<authority::Entity> {
    let mut query = authority::Entity::find();
    if let Some((low, high)) = range {
        query = query.filter(authority::Column::RegionCode.between(low, high));
    }
    if let Some(level) = level {
        query = query.filter(authority::Column::Level.eq(level.as_str()));
    }
    query
}

fn to_record(model: authority::Model) -> Result<AuthorityRecord> {
    let corrupt = |message: String| StorageError::corrupt("authority", format!("id {}: {message}", model.id));
    let level =
        AuthorityLevel::parse(&model.level).ok_or_else(|| corrupt(format!("level {}", model.level)))?;
    let region = RegionCode::parse(&model.region_code).map_err(|e| corrupt(e.to_string()))?;
    Ok(AuthorityRecord {
        id: AuthorityId::new(model.id),
        name: model.name,
        level,
        region,
        parent_id: model.parent_id.map(AuthorityId::new),
        created_at: model.created_at,
        closed_at: model.closed_at,
        successor_id: model.successor_id.map(AuthorityId::new),
    })
}
