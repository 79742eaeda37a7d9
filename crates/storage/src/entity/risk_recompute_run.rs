//! The `risk_recompute_run` table: a bulk recompute's progress, so an interrupted run resumes.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "risk_recompute_run")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub model_version: String,
    pub assessed_on: Date,
    pub after_enterprise_id: i64,
    pub done: i64,
    pub changed: i64,
    pub started_at: DateTimeUtc,
    pub finished_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
