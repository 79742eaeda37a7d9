//! The `patrol_plan` table: a province's patrol plans (巡查计划); their executing authorities
//! are in `patrol_plan_authority`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "patrol_plan")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub province: String,
    pub name: String,
    pub industry: String,
    pub basis: String,
    pub starts_on: Date,
    pub ends_on: Date,
    pub coverage_percent: i32,
    pub visits_per_enterprise: i32,
    pub key_industry: bool,
    /// The executing authorities as a JSON array of `[authority id, region code]`, as asked: the
    /// plan's own copy (plans are never edited); the SQL joins `patrol_plan_authority`.
    #[sea_orm(column_type = "Text")]
    pub executing: String,
    /// The provincial authority that made it.
    pub authority_id: i64,
    pub created_by: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
