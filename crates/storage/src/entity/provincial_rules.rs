//! The `provincial_rules` table: one version of a province's implementing rules (实施细则).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "provincial_rules")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub province_code: String,
    pub version: i32,
    pub effective_from: Date,
    /// `rules::ProvincialRules` as JSON.
    pub rules: String,
    pub reason: String,
    pub set_by: String,
    pub set_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
