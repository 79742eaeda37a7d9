//! The `lower_tier_request` table: requests (问题、困难、保障, §四) from an authority to the one above.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "lower_tier_request")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub kind: String,
    pub status: String,
    pub raiser_authority_id: i64,
    pub raiser_region: String,
    pub target_authority_id: i64,
    pub target_region: String,
    #[sea_orm(column_type = "Text")]
    pub text: String,
    pub raised_on: Date,
    pub answer_by: Date,
    #[sea_orm(column_type = "Text", nullable)]
    pub answer: Option<String>,
    pub answered_on: Option<Date>,
    pub answered_by: Option<String>,
    pub resolved_on: Option<Date>,
    pub n_reopened: i32,
    #[sea_orm(column_type = "Text", nullable)]
    pub reopen_reason: Option<String>,
    pub raised_by: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
