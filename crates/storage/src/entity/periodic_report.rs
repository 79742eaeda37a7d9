//! The `periodic_report` table: enterprises' periodic reports (企业定期报告, §二(五)).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "periodic_report")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub enterprise_id: i64,
    pub industry: String,
    /// The quarter as `year * 10 + quarter` (20263): ordered as the quarters are.
    pub period_key: i32,
    pub due_on: Date,
    pub status: String,
    /// The content, JSON (`ReportContent`), decimals as strings.
    #[sea_orm(column_type = "Text")]
    pub content: String,
    pub plugin_id: Option<String>,
    pub plugin_version: Option<String>,
    pub submissions: i32,
    pub first_submitted_on: Option<Date>,
    pub submitted_on: Option<Date>,
    #[sea_orm(column_type = "Text", nullable)]
    pub return_reason: Option<String>,
    pub decided_by: Option<String>,
    pub decided_on: Option<Date>,
    pub drafted_by: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
