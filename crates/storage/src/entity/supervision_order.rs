//! The `supervision_order` table: supervision orders (督查督办, §四) from an authority to one below it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "supervision_order")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub status: String,
    pub issuer_authority_id: i64,
    pub issuer_region: String,
    pub target_authority_id: i64,
    pub target_region: String,
    pub subject_kind: String,
    pub subject_id: Option<i64>,
    pub enterprise_id: Option<i64>,
    #[sea_orm(column_type = "Text", nullable)]
    pub subject_text: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub text: String,
    pub issued_on: Date,
    pub working_days: i32,
    pub deadline: Date,
    pub acknowledged_on: Option<Date>,
    pub completed_on: Option<Date>,
    #[sea_orm(column_type = "Text", nullable)]
    pub completion_text: Option<String>,
    /// The proof's attachment ids, a JSON array.
    #[sea_orm(column_type = "Text", nullable)]
    pub completion_attachment_ids: Option<String>,
    pub accepted_on: Option<Date>,
    pub n_returns: i32,
    #[sea_orm(column_type = "Text", nullable)]
    pub return_reason: Option<String>,
    pub issued_by: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
