//! The `license_status_change` table: each status a license took and the day it took effect.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "license_status_change")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub license_id: i64,
    pub status: String,
    pub effective_on: Date,
    pub recorded_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
