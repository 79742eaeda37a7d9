//! The `risk_assessment` table: every risk class assessed, with its model and inputs (history).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "risk_assessment")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub enterprise_id: i64,
    pub class: String,
    pub score: String,
    pub model_version: String,
    #[sea_orm(column_type = "Text")]
    pub assessment: String,
    #[sea_orm(column_type = "Text")]
    pub inputs: String,
    pub assessed_on: Date,
    pub assessed_at: DateTimeUtc,
    pub cause: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
