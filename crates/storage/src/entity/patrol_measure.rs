//! The `patrol_measure` table: measures (措施) ordered on a patrol's findings.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "patrol_measure")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub patrol_id: i64,
    pub enterprise_id: i64,
    pub license_id: i64,
    pub kind: String,
    /// The kind with its fields (`MeasureKind`) as JSON.
    #[sea_orm(column_type = "Text")]
    pub details: String,
    /// The finding codes it is ordered on, as a JSON array.
    #[sea_orm(column_type = "Text")]
    pub findings: String,
    pub status: String,
    pub deadline: Option<Date>,
    pub ordered_on: Date,
    #[sea_orm(column_type = "Text", nullable)]
    pub close_reason: Option<String>,
    pub testing_task_id: Option<i64>,
    pub ordered_by: String,
    pub closed_by: Option<String>,
    pub closed_on: Option<Date>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
