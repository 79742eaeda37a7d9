//! The `designation` table: the unified testing institution of an industry for a region and period.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "designation")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub industry_code: String,
    pub institution_id: i64,
    pub region_code: String,
    pub valid_from: Date,
    pub valid_until: Date,
    pub designated_by: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
