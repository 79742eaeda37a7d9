//! The `linkage_notice` table: linkage notices (联动通报, §二(六)) and the notices passed on from them.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "linkage_notice")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub parent_id: Option<i64>,
    pub notice_type: String,
    pub status: String,
    pub source_authority_id: i64,
    pub source_region: String,
    pub target_authority_id: i64,
    pub target_region: String,
    pub enterprise_id: i64,
    pub license_id: Option<i64>,
    pub testing_task_id: Option<i64>,
    #[sea_orm(column_type = "Text")]
    pub text: String,
    pub sent_on: Date,
    pub acknowledge_by: Date,
    pub act_by: Date,
    pub close_by: Date,
    pub acknowledged_on: Option<Date>,
    pub passed_on_on: Option<Date>,
    pub closed_on: Option<Date>,
    pub proof_kind: Option<String>,
    pub proof_id: Option<i64>,
    #[sea_orm(column_type = "Text", nullable)]
    pub close_note: Option<String>,
    pub sent_by: String,
    pub closed_by: Option<String>,
    /// The spot-check import whose failure sent it (docs/adr/0029), if any.
    pub spot_check_import_id: Option<i64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
