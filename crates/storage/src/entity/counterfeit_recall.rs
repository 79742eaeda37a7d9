//! The `counterfeit_recall` table: the recall records (召回) of counterfeiting cases, quantities as
//! exact decimal text.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "counterfeit_recall")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub case_id: i64,
    pub batch: String,
    pub quantity_produced: String,
    pub quantity_recalled: String,
    pub unit: String,
    pub recalled_on: Date,
    #[sea_orm(column_type = "Text")]
    pub documents: String,
    pub recorded_by: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
