//! The `annual_review_year` table: a province's review year (年度审查).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "annual_review_year")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub authority_id: i64,
    pub province: String,
    pub year: i32,
    pub opened_on: Date,
    pub submission_deadline: Date,
    pub delegated: bool,
    pub opened_by: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
