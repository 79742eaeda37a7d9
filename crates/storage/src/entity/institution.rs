//! The `institution` table: testing institutions (承检机构).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "institution")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub name: String,
    pub region_code: String,
    pub created_at: DateTimeUtc,
    pub status: String,
    /// The accreditation as JSON; null before one was recorded.
    pub accreditation: Option<String>,
    pub suspension_reason: Option<String>,
    pub suspended_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
