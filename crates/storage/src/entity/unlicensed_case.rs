//! The `unlicensed_case` table: unlicensed-production cases (无证生产, §三, docs/adr/0033).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "unlicensed_case")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub status: String,
    pub region: String,
    pub authority_id: i64,
    pub producer_name: String,
    pub credit_code: Option<String>,
    pub address: String,
    pub industry: String,
    pub product: String,
    pub enterprise_id: Option<i64>,
    pub source: String,
    pub patrol_id: Option<i64>,
    pub reference: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub finding: String,
    pub found_on: Date,
    pub urged_on: Option<Date>,
    pub apply_by: Option<Date>,
    pub license_id: Option<i64>,
    pub licensed_on: Option<Date>,
    pub ban_ground: Option<String>,
    pub local_government: Option<String>,
    pub ban_document: Option<String>,
    pub ban_notified_on: Option<Date>,
    pub closed_on: Option<Date>,
    #[sea_orm(column_type = "Text", nullable)]
    pub close_note: Option<String>,
    pub opened_by: String,
    pub updated_by: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
