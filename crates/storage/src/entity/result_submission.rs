//! The `result_submission` table: one idempotent submission of results by an institution.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "result_submission")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub institution_id: i64,
    pub idempotency_key: String,
    /// SHA-256 of the submission as received, to tell a replay from a reused key.
    pub request_digest: String,
    /// The outcome as first answered (JSON).
    #[sea_orm(column_type = "Text")]
    pub response: String,
    pub submitted_by: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
