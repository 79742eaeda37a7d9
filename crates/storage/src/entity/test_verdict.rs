//! The `test_verdict` table: the explained verdict of a task with its provenance.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "test_verdict")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub task_id: i64,
    pub submission_id: i64,
    /// The whole verdict (JSON).
    #[sea_orm(column_type = "Text")]
    pub verdict: String,
    pub conclusion: String,
    pub serious: bool,
    pub plugin_id: String,
    pub plugin_version: String,
    pub engine_version: String,
    pub judged_at: DateTimeUtc,
    pub retest: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
