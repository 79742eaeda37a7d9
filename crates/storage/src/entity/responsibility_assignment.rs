//! The `responsibility_assignment` table: who is directly responsible (直接责任人, §四) for a piece
//! of work, with the assignments a reassignment ended.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "responsibility_assignment")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub work_kind: String,
    pub work_id: i64,
    /// The authority that holds the work (whose leadership assigned it).
    pub authority_id: i64,
    pub authority_region: String,
    pub officer_id: i64,
    pub assigned_on: Date,
    #[sea_orm(column_type = "Text", nullable)]
    pub reason: Option<String>,
    pub ended_on: Option<Date>,
    pub assigned_by: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
