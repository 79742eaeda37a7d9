//! The `officer_recusal` table: the officer directory's conflict list (回避).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "officer_recusal")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub officer_id: i64,
    pub enterprise_id: i64,
    #[sea_orm(column_type = "Text")]
    pub reason: String,
    pub recorded_by: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
