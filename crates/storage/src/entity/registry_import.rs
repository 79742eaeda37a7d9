//! The `registry_import` table: one imported file of a legacy registry (存量登记导入).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "registry_import")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub file_name: String,
    pub file_kind: String,
    pub file_sha256: String,
    pub authority_id: i64,
    pub imported_by: String,
    pub enterprise_count: i64,
    pub license_count: i64,
    pub enterprises_done: i64,
    pub status: String,
    pub started_at: DateTimeUtc,
    pub finished_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
