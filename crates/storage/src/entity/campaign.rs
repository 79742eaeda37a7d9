//! The `campaign` table: key-industry campaigns (专项整治, §三, docs/adr/0038).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "campaign")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub authority_id: i64,
    pub status: String,
    pub title: String,
    pub starts_on: Date,
    pub ends_on: Date,
    pub factor: i32,
    pub closed_on: Option<Date>,
    #[sea_orm(column_type = "Text", nullable)]
    pub close_note: Option<String>,
    pub opened_by: String,
    pub updated_by: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
