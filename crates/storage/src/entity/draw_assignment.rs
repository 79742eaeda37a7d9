//! The `draw_assignment` table: one drawn license and one of its drawn inspectors.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "draw_assignment")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub draw_id: i64,
    pub license_id: i64,
    pub enterprise_id: i64,
    pub officer_id: i64,
    pub selection: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
