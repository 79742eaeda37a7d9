//! The `license` table: production licenses (生产许可证).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "license")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub enterprise_id: i64,
    /// The core number without province prefix (`XK13-005-00042`): the uniqueness key.
    #[sea_orm(unique)]
    pub number: String,
    /// The number as printed, with its province prefix when it has one.
    pub display_number: String,
    pub industry_code: String,
    pub product_unit: String,
    pub issued_on: Date,
    pub expires_on: Date,
    pub status: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
