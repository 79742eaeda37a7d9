//! The `enterprise_change_request` table: an enterprise's change requests (变更申请); a null
//! field is not changed by the request.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "enterprise_change_request")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub enterprise_id: i64,
    #[sea_orm(column_type = "Text", nullable)]
    pub name: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub production_conditions: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub inspection_means: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub process: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub reason: String,
    pub status: String,
    pub requested_by: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub decision_reason: Option<String>,
    pub decided_by: Option<String>,
    pub decided_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
