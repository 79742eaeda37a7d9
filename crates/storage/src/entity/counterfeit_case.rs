//! The `counterfeit_case` table: malicious-counterfeiting cases (恶意造假, §三), each step's day and
//! documents (JSON arrays of attachment ids) on the case's row.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "counterfeit_case")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub enterprise_id: i64,
    pub license_id: i64,
    pub authority_id: i64,
    pub status: String,
    #[sea_orm(column_type = "Text")]
    pub finding: String,
    pub source_kind: String,
    pub source_id: Option<i64>,
    pub opened_on: Date,
    pub opened_by: String,
    pub due_on: Option<Date>,
    pub stop_ordered_on: Option<Date>,
    #[sea_orm(column_type = "Text", nullable)]
    pub stop_documents: Option<String>,
    pub recall_completed_on: Option<Date>,
    pub proposal_id: Option<i64>,
    pub revocation_reported_on: Option<Date>,
    pub revocation_outcome: Option<String>,
    pub revocation_decided_on: Option<Date>,
    pub ban_requested_on: Option<Date>,
    #[sea_orm(column_type = "Text", nullable)]
    pub ban_documents: Option<String>,
    pub police_transferred_on: Option<Date>,
    #[sea_orm(column_type = "Text", nullable)]
    pub police_documents: Option<String>,
    pub police_receipt_on: Option<Date>,
    #[sea_orm(column_type = "Text", nullable)]
    pub police_receipt_documents: Option<String>,
    pub closed_on: Option<Date>,
    #[sea_orm(column_type = "Text", nullable)]
    pub close_reason: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
