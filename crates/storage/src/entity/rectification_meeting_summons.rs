//! The `rectification_meeting_summons` table: one enterprise summoned to a rectification meeting,
//! with the license its follow-up visits, its attendance and its resolution (docs/adr/0038).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "rectification_meeting_summons")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub meeting_id: i64,
    pub enterprise_id: i64,
    pub license_id: i64,
    pub attendance: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub attendance_note: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub requirement: Option<String>,
    pub rectify_by: Option<Date>,
    pub resolved_on: Option<Date>,
    pub follow_up_id: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
