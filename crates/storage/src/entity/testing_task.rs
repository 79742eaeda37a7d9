//! The `testing_task` table: a sample taken for unified compulsory testing (抽样/检验任务).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "testing_task")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub enterprise_id: i64,
    pub license_id: i64,
    pub institution_id: i64,
    pub designation_id: i64,
    pub industry_code: String,
    pub variant: String,
    pub batch: String,
    /// JSON object item → decimal text.
    #[sea_orm(column_type = "Text")]
    pub declared: String,
    /// JSON array of standard codes.
    #[sea_orm(column_type = "Text")]
    pub declared_standards: String,
    pub sampling_date: Date,
    pub test_portion: String,
    pub backup_portion: String,
    pub plugin_id: String,
    pub plugin_version: String,
    /// JSON object standard → edition in force on the sampling date.
    #[sea_orm(column_type = "Text")]
    pub editions: String,
    pub status: String,
    pub opened_by: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub verdict_date: Option<Date>,
    pub objection_deadline: Option<Date>,
    #[sea_orm(column_type = "Text", nullable)]
    pub objection_reason: Option<String>,
    pub objected_at: Option<DateTimeUtc>,
    pub objected_by: Option<String>,
    pub rectification_id: Option<i64>,
    pub delivery_method: Option<String>,
    pub delivery_served_on: Option<Date>,
    pub delivery_acknowledged_on: Option<Date>,
    pub delivered_by: Option<String>,
    /// JSON array of the item codes objected to.
    #[sea_orm(column_type = "Text", nullable)]
    pub objection_items: Option<String>,
    pub objection_decision_due: Option<Date>,
    pub objection_outcome: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub objection_decision_reason: Option<String>,
    pub objection_decided_by: Option<String>,
    pub objection_decided_on: Option<Date>,
    pub retest_institution_id: Option<i64>,
    /// The test scope (检验范围) the task was opened for; NULL on tasks from before scopes (full
    /// samples).
    pub test_scope: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
