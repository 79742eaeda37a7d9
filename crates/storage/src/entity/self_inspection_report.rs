//! The `self_inspection_report` table: the versions of a self-inspection report (自查报告).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "self_inspection_report")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub review_id: i64,
    pub version: i32,
    pub status: String,
    /// The report's content as JSON text.
    #[sea_orm(column_type = "Text")]
    pub content: String,
    /// The attachment ids as a JSON array.
    #[sea_orm(column_type = "Text")]
    pub attachment_ids: String,
    pub submission_key: Option<String>,
    pub submitted_at: Option<DateTimeUtc>,
    pub submitted_by: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub return_reason: Option<String>,
    pub updated_by: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
