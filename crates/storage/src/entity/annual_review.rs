//! The `annual_review` table: one license's review in a review year.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "annual_review")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub year_id: i64,
    pub year: i32,
    pub license_id: i64,
    pub enterprise_id: i64,
    pub industry: String,
    pub status: String,
    pub joined_on: Date,
    pub submission_deadline: Date,
    pub report_version: i32,
    pub first_submitted_on: Option<Date>,
    pub overdue_since: Option<Date>,
    pub reminders: i32,
    pub last_reminded_on: Option<Date>,
    pub queued_at: DateTimeUtc,
    pub copy_handed_in_on: Option<Date>,
    #[sea_orm(column_type = "Text", nullable)]
    pub copy_how: Option<String>,
    pub copy_received_on: Option<Date>,
    pub copy_received_by: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub on_site_reason: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub conclusion_note: Option<String>,
    pub concluded_by: Option<String>,
    pub concluded_on: Option<Date>,
    pub rectify_by: Option<Date>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
