//! The `patrol_inspection` table: patrol inspections (巡查) and follow-up visits (回访) recorded
//! by officers, with their answers, offline identity and filing (备案) with the province.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "patrol_inspection")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub kind: String,
    pub enterprise_id: i64,
    pub license_id: i64,
    pub industry: String,
    pub plugin_version: Option<String>,
    pub inspected_on: Date,
    /// The inspecting officers' ids as a JSON array.
    #[sea_orm(column_type = "Text")]
    pub inspectors: String,
    /// The answers (patrol) or carried items (follow-up) as JSON.
    #[sea_orm(column_type = "Text")]
    pub answers: String,
    /// The nonconforming (patrol) or persisting (follow-up) item codes as a JSON array.
    #[sea_orm(column_type = "Text")]
    pub findings: String,
    pub re_review_required: bool,
    pub follow_up_id: Option<i64>,
    pub outcome: Option<String>,
    pub next_deadline: Option<Date>,
    pub case_id: Option<i64>,
    pub device_id: Option<String>,
    pub idempotency_key: Option<String>,
    pub recorded_at: DateTimeUtc,
    pub received_at: DateTimeUtc,
    pub conflict_with: Option<i64>,
    pub authority_id: i64,
    pub filing: String,
    pub filed_at: Option<DateTimeUtc>,
    pub filed_by: Option<String>,
    pub acknowledged_at: Option<DateTimeUtc>,
    pub acknowledged_by: Option<String>,
    pub recorded_by: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
