//! Review years: insert (one per province and year, kept by a unique index), reads, and the year
//! a license issued later joins.

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::review::annual::ReviewYear;
use oversight_domain::{AuthorityId, RegionCode, ReviewYearId};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};

use crate::entity::annual_review_year as year;
use crate::page::{self, SortKey};
use crate::{Executor, Page, PageRequest, Result, StorageError, Tx};

/// A year to open.
#[derive(Debug, Clone)]
pub struct NewYear<'a> {
    pub authority_id: AuthorityId,
    pub province: RegionCode,
    pub year: i32,
    pub opened_on: NaiveDate,
    pub submission_deadline: NaiveDate,
    pub delegated: bool,
    pub opened_by: &'a str,
}

/// Stores the year; a second year of the same province and year is `StorageError::Conflict`.
pub async fn insert(tx: &Tx, new: &NewYear<'_>, now: DateTime<Utc>) -> Result<ReviewYear> {
    let model = year::ActiveModel {
        authority_id: Set(new.authority_id.get()),
        province: Set(new.province.to_string()),
        year: Set(new.year),
        opened_on: Set(new.opened_on),
        submission_deadline: Set(new.submission_deadline),
        delegated: Set(new.delegated),
        opened_by: Set(new.opened_by.to_owned()),
        created_at: Set(now),
        ..Default::default()
    };
    to_year(model.insert(&tx.executor()).await.map_err(StorageError::from_write)?)
}

pub async fn by_ids(x: &impl Executor, ids: &[ReviewYearId]) -> Result<Vec<ReviewYear>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = year::Entity::find()
        .filter(year::Column::Id.is_in(ids.iter().map(|id| id.get())))
        .all(&x.executor())
        .await?;
    rows.into_iter().map(to_year).collect()
}

/// The years of the provinces in `provinces` (None: every province), newest year first.
pub async fn page(
    x: &impl Executor,
    provinces: Option<(String, String)>,
    request: &PageRequest<i64>,
) -> Result<Page<ReviewYear>> {
    page::keyset(x, in_provinces(provinces), SortKey::descending([year::Column::Id]), request, to_year).await
}

/// How many years `page` pages through.
pub async fn count(x: &impl Executor, provinces: Option<(String, String)>) -> Result<u64> {
    Ok(in_provinces(provinces).count(&x.executor()).await?)
}

fn in_provinces(provinces: Option<(String, String)>) -> sea_orm::Select<year::Entity> {
    let query = year::Entity::find();
    match provinces {
        Some((low, high)) => query.filter(year::Column::Province.between(low, high)),
        None => query,
    }
}

/// The year of `province` a license issued on `day` joins: opened on or before it, its
/// submission deadline not passed (docs/adr/0021).
pub async fn joinable(x: &impl Executor, province: RegionCode, day: NaiveDate) -> Result<Option<ReviewYear>> {
    year::Entity::find()
        .filter(year::Column::Province.eq(province.to_string()))
        .filter(year::Column::OpenedOn.lte(day))
        .filter(year::Column::SubmissionDeadline.gte(day))
        .order_by_desc(year::Column::Year)
        .one(&x.executor())
        .await?
        .map(to_year)
        .transpose()
}

fn to_year(model: year::Model) -> Result<ReviewYear> {
    let province = RegionCode::parse(&model.province).map_err(|_| {
        StorageError::corrupt("annual_review_year", format!("id {}: province {}", model.id, model.province))
    })?;
    Ok(ReviewYear {
        id: ReviewYearId::new(model.id),
        authority_id: AuthorityId::new(model.authority_id),
        province,
        year: model.year,
        opened_on: model.opened_on,
        submission_deadline: model.submission_deadline,
        delegated: model.delegated,
        opened_by: model.opened_by,
        created_at: model.created_at,
    })
}
