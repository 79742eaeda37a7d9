//! The `revocation_proposal` table: a proposal (吊销建议) to the national authority after a
//! failed re-check or from a counterfeiting case (`source`, docs/adr/0034).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "revocation_proposal")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub rectification_id: Option<i64>,
    pub enterprise_id: i64,
    pub license_id: i64,
    pub recheck_task_id: Option<i64>,
    pub status: String,
    #[sea_orm(column_type = "Text")]
    pub grounds: String,
    pub made_by: Option<String>,
    pub made_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub decision_reason: Option<String>,
    pub decided_by: Option<String>,
    pub decided_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub source: String,
    pub counterfeit_case_id: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
