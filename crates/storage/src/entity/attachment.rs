//! The `attachment` table: one document of an enterprise's file; the bytes are in the attachment
//! store under their SHA-256.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "attachment")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub enterprise_id: i64,
    pub sha256: String,
    pub size_bytes: i64,
    pub content_type: String,
    #[sea_orm(column_type = "Text")]
    pub file_name: String,
    pub uploaded_by: String,
    pub uploader_organisation: String,
    pub uploaded_at: DateTimeUtc,
    pub sealed_at: Option<DateTimeUtc>,
    pub idempotency_key: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
