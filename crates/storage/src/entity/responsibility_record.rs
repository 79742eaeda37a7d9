//! The `responsibility_record` table: commendation and accountability records (表彰奖励 /
//! 追究责任, §四) with their grounds.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "responsibility_record")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub status: String,
    pub kind: String,
    pub measure: String,
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    pub recorder_authority_id: i64,
    pub recorder_region: String,
    pub subject_kind: String,
    pub subject_authority_id: i64,
    pub subject_region: String,
    pub subject_officer_id: Option<i64>,
    /// The grounds, a JSON list of `{kind, id, targetKind?, note, reading?}`.
    #[sea_orm(column_type = "Text")]
    pub grounds: String,
    pub drafted_on: Date,
    pub drafted_by: String,
    pub document_number: Option<String>,
    pub issued_on: Option<Date>,
    pub annulled_on: Option<Date>,
    #[sea_orm(column_type = "Text", nullable)]
    pub annulment_reason: Option<String>,
    pub withdrawn_on: Option<Date>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
