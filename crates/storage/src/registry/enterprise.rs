//! Enterprises (获证企业): insert, update and keyset-paged search by jurisdiction,
//! industry, license status and name.

use chrono::{DateTime, Utc};
use oversight_domain::EnterpriseId;
use oversight_domain::registry::enterprise::{EnterpriseBaseData, EnterpriseScale, NewEnterprise};
use oversight_domain::registry::license::LicenseStatus;
use oversight_domain::{CreditCode, RegionCode};
use sea_orm::sea_query::{LikeExpr, Query};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter,
    QuerySelect,
};

use crate::entity::{enterprise, license};
use crate::page::{self, SortKey};
use crate::{Executor, Page, PageRequest, Result, Scope, StorageError, Tx, enterprise_in_scope, like_escape};

/// A stored enterprise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnterpriseRecord {
    pub id: EnterpriseId,
    pub credit_code: CreditCode,
    pub base: EnterpriseBaseData,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// The search filters; each one is served by an index (see the migration).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EnterpriseFilter {
    /// Inclusive bounds of region codes, from `RegionCode::range` or a prefix.
    pub region_range: Option<(String, String)>,
    /// Has at least one license in this industry.
    pub industry: Option<String>,
    /// Has at least one license in this status.
    pub license_status: Option<LicenseStatus>,
    /// Name contains this text (literal, not a pattern).
    pub name_contains: Option<String>,
}

impl EnterpriseFilter {
    fn condition(&self) -> Condition {
        let mut condition = Condition::all();
        if let Some((low, high)) = &self.region_range {
            condition = condition.add(enterprise::Column::RegionCode.between(low.clone(), high.clone()));
        }
        if let Some(industry) = &self.industry {
            condition = condition.add(
                enterprise::Column::Id.in_subquery(
                    Query::select()
                        .column(license::Column::EnterpriseId)
                        .from(license::Entity)
                        .and_where(license::Column::IndustryCode.eq(industry.clone()))
                        .to_owned(),
                ),
            );
        }
        if let Some(status) = self.license_status {
            condition = condition.add(
                enterprise::Column::Id.in_subquery(
                    Query::select()
                        .column(license::Column::EnterpriseId)
                        .from(license::Entity)
                        .and_where(license::Column::Status.eq(status.as_str()))
                        .to_owned(),
                ),
            );
        }
        if let Some(text) = &self.name_contains {
            let pattern = format!("%{}%", like_escape(text));
            condition = condition.add(enterprise::Column::Name.like(LikeExpr::new(pattern).escape('\\')));
        }
        condition
    }
}

pub async fn insert(tx: &Tx, new: &NewEnterprise, now: DateTime<Utc>) -> Result<EnterpriseRecord> {
    let model = enterprise::ActiveModel {
        credit_code: Set(new.credit_code.as_str().to_owned()),
        name: Set(new.base.name.clone()),
        region_code: Set(new.base.region.as_str().to_owned()),
        address: Set(new.base.address.clone()),
        scale: Set(new.base.scale.as_str().to_owned()),
        products: Set(products_json(&new.base.products)?),
        production_conditions: Set(new.base.production_conditions.clone()),
        inspection_means: Set(new.base.inspection_means.clone()),
        process: Set(new.base.process.clone()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    let model = model.insert(&tx.executor()).await.map_err(StorageError::from_write)?;
    to_record(model)
}

/// Inserts many enterprises with multi-row `INSERT`s under the bind limit, then reads them back
/// by credit code (5,000 a statement; a multi-row insert's ids are not portable), returned in
/// the order given. A credit code already present is `StorageError::Conflict`.
pub async fn insert_many(
    tx: &Tx,
    news: &[&NewEnterprise],
    now: DateTime<Utc>,
) -> Result<Vec<EnterpriseRecord>> {
    let rows = news
        .iter()
        .map(|new| {
            Ok(enterprise::ActiveModel {
                credit_code: Set(new.credit_code.as_str().to_owned()),
                name: Set(new.base.name.clone()),
                region_code: Set(new.base.region.as_str().to_owned()),
                address: Set(new.base.address.clone()),
                scale: Set(new.base.scale.as_str().to_owned()),
                products: Set(products_json(&new.base.products)?),
                production_conditions: Set(new.base.production_conditions.clone()),
                inspection_means: Set(new.base.inspection_means.clone()),
                process: Set(new.base.process.clone()),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            })
        })
        .collect::<Result<Vec<_>>>()?;
    // Eleven values per row: every column but the id.
    crate::insert_rows(tx, rows, 11).await?;
    let codes: Vec<String> = news.iter().map(|new| new.credit_code.as_str().to_owned()).collect();
    let mut stored = std::collections::HashMap::with_capacity(codes.len());
    for chunk in codes.chunks(crate::KEYS_PER_STATEMENT) {
        let models = enterprise::Entity::find()
            .filter(enterprise::Column::CreditCode.is_in(chunk.iter().cloned()))
            .all(&tx.executor())
            .await?;
        for model in models {
            stored.insert(model.credit_code.clone(), to_record(model)?);
        }
    }
    codes
        .iter()
        .map(|code| {
            stored.remove(code).ok_or_else(|| {
                StorageError::corrupt("enterprise", format!("{code} not found after its insert"))
            })
        })
        .collect()
}

/// Which of these credit codes the registry holds (anywhere: a credit code is unique in the
/// nation), 5,000 a statement.
pub async fn registered_credit_codes(
    x: &impl Executor,
    codes: &[String],
) -> Result<std::collections::HashSet<String>> {
    let mut found = std::collections::HashSet::new();
    for chunk in codes.chunks(crate::KEYS_PER_STATEMENT) {
        let rows: Vec<String> = enterprise::Entity::find()
            .select_only()
            .column(enterprise::Column::CreditCode)
            .filter(enterprise::Column::CreditCode.is_in(chunk.iter().cloned()))
            .into_tuple()
            .all(&x.executor())
            .await?;
        found.extend(rows);
    }
    Ok(found)
}

/// Replaces the base data of an enterprise.
pub async fn update_base(
    tx: &Tx,
    id: EnterpriseId,
    base: &EnterpriseBaseData,
    now: DateTime<Utc>,
) -> Result<EnterpriseRecord> {
    let model = enterprise::ActiveModel {
        id: Set(id.get()),
        name: Set(base.name.clone()),
        region_code: Set(base.region.as_str().to_owned()),
        address: Set(base.address.clone()),
        scale: Set(base.scale.as_str().to_owned()),
        products: Set(products_json(&base.products)?),
        production_conditions: Set(base.production_conditions.clone()),
        inspection_means: Set(base.inspection_means.clone()),
        process: Set(base.process.clone()),
        updated_at: Set(now),
        ..Default::default()
    };
    let model = model.update(&tx.executor()).await.map_err(StorageError::from_write)?;
    to_record(model)
}

pub async fn by_id(x: &impl Executor, id: EnterpriseId) -> Result<Option<EnterpriseRecord>> {
    enterprise::Entity::find_by_id(id.get()).one(&x.executor()).await?.map(to_record).transpose()
}

/// The enterprises with these ids inside `scope`, in no particular order (for DataLoaders).
pub async fn by_ids(x: &impl Executor, scope: &Scope, ids: &[EnterpriseId]) -> Result<Vec<EnterpriseRecord>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    enterprise::Entity::find()
        .filter(enterprise::Column::Id.is_in(ids.iter().map(|id| id.get())))
        .filter(enterprise_in_scope(scope))
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_record)
        .collect()
}

/// The enterprise with this credit code, if it exists inside `scope`.
pub async fn by_credit_code(
    x: &impl Executor,
    scope: &Scope,
    code: &CreditCode,
) -> Result<Option<EnterpriseRecord>> {
    enterprise::Entity::find()
        .filter(enterprise::Column::CreditCode.eq(code.as_str()))
        .filter(enterprise_in_scope(scope))
        .one(&x.executor())
        .await?
        .map(to_record)
        .transpose()
}

/// The orders of the enterprise list; each is a unique key (ties broken by id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnterpriseOrder {
    /// Registration order (entry into this system).
    Id,
    /// Name; enterprises may share one, so the id breaks ties.
    Name,
    /// Unified social credit code (unique).
    CreditCode,
}

/// A position in the enterprise list: the key of the order it was read in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnterpriseCursor {
    Id(EnterpriseId),
    Name(String, EnterpriseId),
    CreditCode(String, EnterpriseId),
}

impl EnterpriseCursor {
    /// The cursor of `record` in `order`.
    pub fn of(record: &EnterpriseRecord, order: EnterpriseOrder) -> EnterpriseCursor {
        match order {
            EnterpriseOrder::Id => EnterpriseCursor::Id(record.id),
            EnterpriseOrder::Name => EnterpriseCursor::Name(record.base.name.clone(), record.id),
            EnterpriseOrder::CreditCode => {
                EnterpriseCursor::CreditCode(record.credit_code.as_str().to_owned(), record.id)
            }
        }
    }

    fn id(&self) -> EnterpriseId {
        match self {
            EnterpriseCursor::Id(id)
            | EnterpriseCursor::Name(_, id)
            | EnterpriseCursor::CreditCode(_, id) => *id,
        }
    }
}

impl page::Cursor<1> for EnterpriseCursor {
    fn values(&self) -> [sea_orm::Value; 1] {
        [self.id().get().into()]
    }
}

impl page::Cursor<2> for EnterpriseCursor {
    fn values(&self) -> [sea_orm::Value; 2] {
        let id = self.id().get();
        match self {
            EnterpriseCursor::Id(_) => [id.into(), id.into()],
            EnterpriseCursor::Name(key, _) | EnterpriseCursor::CreditCode(key, _) => {
                [key.clone().into(), id.into()]
            }
        }
    }
}

/// One page of the enterprises inside `scope` matching `filter`, in `order` (descending when
/// asked). The api decodes cursors for the order asked, so `request` holds cursors of `order`.
pub async fn page(
    x: &impl Executor,
    scope: &Scope,
    filter: &EnterpriseFilter,
    (order, descending): (EnterpriseOrder, bool),
    request: &PageRequest<EnterpriseCursor>,
) -> Result<Page<EnterpriseRecord>> {
    use enterprise::Column;
    let query = enterprise::Entity::find().filter(enterprise_in_scope(scope)).filter(filter.condition());
    match order {
        EnterpriseOrder::Id => {
            page::keyset(x, query, SortKey::directed([Column::Id], descending), request, to_record).await
        }
        EnterpriseOrder::Name => {
            let key = SortKey::directed([Column::Name, Column::Id], descending);
            page::keyset(x, query, key, request, to_record).await
        }
        EnterpriseOrder::CreditCode => {
            let key = SortKey::directed([Column::CreditCode, Column::Id], descending);
            page::keyset(x, query, key, request, to_record).await
        }
    }
}

/// How many enterprises inside `scope` match `filter`.
pub async fn count(x: &impl Executor, scope: &Scope, filter: &EnterpriseFilter) -> Result<u64> {
    Ok(enterprise::Entity::find()
        .filter(enterprise_in_scope(scope))
        .filter(filter.condition())
        .count(&x.executor())
        .await?)
}

fn products_json(products: &[String]) -> Result<String> {
    serde_json::to_string(products).map_err(|err| StorageError::corrupt("enterprise", err))
}

fn to_record(model: enterprise::Model) -> Result<EnterpriseRecord> {
    let corrupt =
        |message: String| StorageError::corrupt("enterprise", format!("id {}: {message}", model.id));
    let credit_code = CreditCode::parse(&model.credit_code).map_err(|e| corrupt(e.to_string()))?;
    let region = RegionCode::parse(&model.region_code).map_err(|e| corrupt(e.to_string()))?;
    let scale = EnterpriseScale::parse(&model.scale).map_err(|e| corrupt(e.to_string()))?;
    let products: Vec<String> = serde_json::from_str(&model.products).map_err(|e| corrupt(e.to_string()))?;
    Ok(EnterpriseRecord {
        id: EnterpriseId::new(model.id),
        credit_code,
        base: EnterpriseBaseData {
            name: model.name,
            region,
            address: model.address,
            scale,
            products,
            production_conditions: model.production_conditions,
            inspection_means: model.inspection_means,
            process: model.process,
        },
        created_at: model.created_at,
        updated_at: model.updated_at,
    })
}
