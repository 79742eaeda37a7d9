//! The `license` table: production licenses (生产许可证).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "license")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub enterprise_id: i64,
    /// The core number without province prefix (`XK13-005-00042`): the uniqueness key.
    #[sea_orm(unique)]
    pub number: String,
    /// The number as printed, with its province prefix when it has one.
    pub display_number: String,
    pub industry_code: String,
    pub product_unit: String,
    pub issued_on: Date,
    pub expires_on: Date,
    pub status: String,
    /// The re-review (重新审查) an accepted enterprise change requires: null when none ever did.
    pub rereview_required_since: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub rereview_reason: Option<String>,
    pub rereview_change_request_id: Option<i64>,
    pub rereview_patrol_id: Option<i64>,
    pub rereview_concluded_on: Option<Date>,
    #[sea_orm(column_type = "Text", nullable)]
    pub rereview_conclusion: Option<String>,
    pub rereview_concluded_by: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
