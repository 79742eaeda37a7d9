//! The `rectification` table: a rectification (整改) ordered after a final failing verdict.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "rectification")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub task_id: i64,
    pub enterprise_id: i64,
    pub license_id: i64,
    pub status: String,
    pub opened_on: Date,
    pub deadline: Date,
    pub extended_days: Option<i32>,
    #[sea_orm(column_type = "Text", nullable)]
    pub extension_reason: Option<String>,
    pub extension_requested_days: Option<i32>,
    #[sea_orm(column_type = "Text", nullable)]
    pub extension_decision_reason: Option<String>,
    pub extension_decided_by: Option<String>,
    pub recheck_task_id: Option<i64>,
    pub opened_by: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
