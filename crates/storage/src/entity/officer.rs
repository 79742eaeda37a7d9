//! The `officer` table: the officer directory (执法人员).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "officer")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub authority_id: i64,
    pub name: String,
    #[sea_orm(unique)]
    pub badge_number: String,
    #[sea_orm(unique)]
    pub subject: String,
    pub tier: String,
    /// A JSON array of industry codes.
    pub industries: String,
    pub status: String,
    pub deactivation_reason: Option<String>,
    pub deactivated_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
