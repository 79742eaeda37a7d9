//! The `archive_event` table: the quality archive (企业质量档案), one row per fact.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "archive_event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub enterprise_id: i64,
    pub license_id: Option<i64>,
    pub kind: String,
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    /// A JSON object; stored as text so both databases treat it alike.
    #[sea_orm(column_type = "Text")]
    pub details: String,
    pub occurred_at: DateTimeUtc,
    pub recorded_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
