//! The `follow_up` table: follow-up visits (回访) owed after a rectification deadline; due when
//! the deadline has passed and no visit answers it yet (derived on read).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "follow_up")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub enterprise_id: i64,
    pub license_id: i64,
    pub origin: String,
    pub origin_id: i64,
    pub case_id: Option<i64>,
    pub deadline: Date,
    /// The carried-over item codes as a JSON array.
    #[sea_orm(column_type = "Text")]
    pub carried: String,
    pub visit_id: Option<i64>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
