//! Provincial implementing rules (issue 16 item 5, docs/adr/0032): the versions a province set,
//! appended and never changed; the versions in force on a day (for every province, one statement
//! over a small table) and one province's history.

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::RegionCode;
use oversight_domain::rules::{ProvincialRules, RuleVersion};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

use crate::entity::provincial_rules::{self as row, Column, Entity};
use crate::{Executor, Result, StorageError, Tx, json, parsed};

const TABLE: &str = "provincial_rules";

/// A stored version with who set it and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredVersion {
    pub version: RuleVersion,
    pub set_by: String,
    pub set_at: DateTime<Utc>,
}

/// Appends a province's next version (its number one above the last), and returns it. A second
/// officer numbering the same version at once fails on the unique index (`Conflict`).
pub async fn append(
    tx: &Tx,
    province: RegionCode,
    effective_from: NaiveDate,
    rules: &ProvincialRules,
    reason: &str,
    set_by: &str,
    now: DateTime<Utc>,
) -> Result<StoredVersion> {
    let last: Option<i32> = Entity::find()
        .select_only()
        .column_as(Column::Version.max(), "last")
        .filter(Column::ProvinceCode.eq(province.as_str()))
        .into_tuple()
        .one(&tx.executor())
        .await?
        .flatten();
    let version = last.unwrap_or(0) + 1;
    let model = row::ActiveModel {
        province_code: Set(province.as_str().to_owned()),
        version: Set(version),
        effective_from: Set(effective_from),
        rules: Set(json(TABLE, rules)?),
        reason: Set(reason.to_owned()),
        set_by: Set(set_by.to_owned()),
        set_at: Set(now),
        ..Default::default()
    };
    let stored = model.insert(&tx.executor()).await.map_err(StorageError::from_write)?;
    stored_of(stored)
}

/// Every version in force by `on` — each province's latest effective day or before (the caller's
/// `RuleBook` keeps the newest per province). Versions are few (a province sets a handful a
/// year), so reading them all is one short statement.
pub async fn in_force_on(x: &impl Executor, on: NaiveDate) -> Result<Vec<RuleVersion>> {
    let rows = Entity::find()
        .filter(Column::EffectiveFrom.lte(on))
        .order_by_asc(Column::Id)
        .all(&x.executor())
        .await?;
    rows.into_iter().map(|model| stored_of(model).map(|stored| stored.version)).collect()
}

/// A province's versions, newest first.
pub async fn history(x: &impl Executor, province: RegionCode) -> Result<Vec<StoredVersion>> {
    let rows = Entity::find()
        .filter(Column::ProvinceCode.eq(province.as_str()))
        .order_by_desc(Column::Version)
        .all(&x.executor())
        .await?;
    rows.into_iter().map(stored_of).collect()
}

fn stored_of(model: row::Model) -> Result<StoredVersion> {
    let province = RegionCode::parse(&model.province_code)
        .map_err(|_| StorageError::corrupt(TABLE, format!("id {}: province_code", model.id)))?;
    let rules: ProvincialRules = parsed(TABLE, model.id, "rules", &model.rules)?;
    let version = u32::try_from(model.version)
        .map_err(|_| StorageError::corrupt(TABLE, format!("id {}: version", model.id)))?;
    Ok(StoredVersion {
        version: RuleVersion {
            province,
            version,
            effective_from: model.effective_from,
            rules,
            reason: model.reason,
        },
        set_by: model.set_by,
        set_at: model.set_at,
    })
}
