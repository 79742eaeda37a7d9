//! The `spot_check_import` table: one imported file of a spot-check campaign's results (监督抽查).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "spot_check_import")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub campaign_name: String,
    pub campaign_level: String,
    pub starts_on: Date,
    pub ends_on: Date,
    pub authority_id: i64,
    pub authority_region: String,
    pub file_name: String,
    pub file_kind: String,
    pub file_sha256: String,
    pub row_count: i32,
    pub failed_count: i32,
    pub notice_count: i32,
    pub imported_on: Date,
    pub imported_by: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
