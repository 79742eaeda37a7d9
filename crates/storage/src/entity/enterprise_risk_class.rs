//! The `enterprise_risk_class` table: each enterprise's current risk class.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "enterprise_risk_class")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub enterprise_id: i64,
    pub class: String,
    pub score: String,
    pub model_version: String,
    #[sea_orm(column_type = "Text")]
    pub assessment: String,
    pub assessed_on: Date,
    pub assessed_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
