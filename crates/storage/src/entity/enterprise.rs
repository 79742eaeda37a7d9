//! The `enterprise` table: licensed enterprises and their base data (§二(一)).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "enterprise")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub credit_code: String,
    pub name: String,
    pub region_code: String,
    pub address: String,
    pub scale: String,
    /// A JSON array of product names; stored as text so both databases treat it alike.
    #[sea_orm(column_type = "Text")]
    pub products: String,
    #[sea_orm(column_type = "Text")]
    pub production_conditions: String,
    #[sea_orm(column_type = "Text")]
    pub inspection_means: String,
    #[sea_orm(column_type = "Text")]
    pub process: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
