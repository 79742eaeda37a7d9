//! The `draw` table: a double-random draw (双随机) from its commit to its run, or its cancellation.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "draw")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub authority_id: i64,
    pub region_code: String,
    pub starts_on: Date,
    pub ends_on: Date,
    pub algorithm_version: String,
    #[sea_orm(column_type = "Text")]
    pub spec: String,
    pub spec_sha256: String,
    pub seed_sha256: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub reason: Option<String>,
    pub targets_sha256: String,
    pub inspectors_sha256: String,
    pub conflicts_sha256: String,
    #[sea_orm(column_type = "Text")]
    pub snapshots: String,
    pub committed_by: String,
    pub committed_at: DateTimeUtc,
    #[sea_orm(column_type = "Text", nullable)]
    pub seed: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub result: Option<String>,
    pub result_sha256: Option<String>,
    pub ran_by: Option<String>,
    pub ran_at: Option<DateTimeUtc>,
    pub cancelled_at: Option<DateTimeUtc>,
    pub cancelled_by: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub cancel_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
