//! The `test_result` table: one measured result of a task, as the institution reported it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "test_result")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub task_id: i64,
    pub submission_id: i64,
    pub item: String,
    pub value: String,
    pub unit: String,
    /// JSON object condition → value.
    #[sea_orm(column_type = "Text")]
    pub conditions: String,
    pub recorded_at: DateTimeUtc,
    pub retest: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
