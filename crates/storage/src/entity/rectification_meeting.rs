//! The `rectification_meeting` table: industry rectification meetings (行业整顿会议, §三)
//! convened in a campaign (docs/adr/0038).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "rectification_meeting")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub campaign_id: i64,
    pub authority_id: i64,
    pub status: String,
    pub title: String,
    pub held_on: Date,
    pub place: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub minutes: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub cancel_reason: Option<String>,
    pub decided_on: Option<Date>,
    pub convened_by: String,
    pub updated_by: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
