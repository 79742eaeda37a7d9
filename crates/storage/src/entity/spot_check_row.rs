//! The `spot_check_row` table: one result row of an imported spot-check file.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "spot_check_row")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub import_id: i64,
    pub row_number: i32,
    pub enterprise_id: i64,
    pub license_id: i64,
    pub credit_code: String,
    pub license_number: String,
    pub enterprise_name: String,
    pub product_name: String,
    pub model: String,
    pub sampling_date: Date,
    pub institution: String,
    pub conclusion: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub failed_items: Option<String>,
    pub notice_id: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
