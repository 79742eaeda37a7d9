//! The `on_site_inspection` table: on-site inspections (实地检查) of an annual review.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "on_site_inspection")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub review_id: Option<i64>,
    pub enterprise_id: i64,
    pub license_id: i64,
    pub inspected_on: Date,
    /// The inspecting officers' ids as a JSON array.
    #[sea_orm(column_type = "Text")]
    pub inspectors: String,
    #[sea_orm(column_type = "Text")]
    pub findings: String,
    pub outcome: String,
    pub recorded_by: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
