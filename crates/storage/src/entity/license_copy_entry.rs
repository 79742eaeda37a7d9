//! The `license_copy_entry` table: the ordered log of the license copy (副本).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "license_copy_entry")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub license_id: i64,
    pub kind: String,
    #[sea_orm(column_type = "Text")]
    pub text: String,
    pub recorded_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
