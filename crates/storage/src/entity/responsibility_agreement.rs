//! The `responsibility_agreement` table: responsibility agreements (责任状, §四) between an
//! authority and one directly below it for a year, with their targets.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "responsibility_agreement")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub status: String,
    pub issuer_authority_id: i64,
    pub issuer_region: String,
    pub counterpart_authority_id: i64,
    pub counterpart_region: String,
    pub year: i32,
    /// The targets, a JSON list of `{kind, threshold}`.
    #[sea_orm(column_type = "Text")]
    pub targets: String,
    pub drafted_on: Date,
    pub drafted_by: String,
    pub signed_on: Option<Date>,
    pub signed_by: Option<String>,
    pub withdrawn_on: Option<Date>,
    #[sea_orm(column_type = "Text", nullable)]
    pub withdrawal_reason: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
