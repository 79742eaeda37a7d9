//! Indexes for the inbox's branches (docs/adr/0040): each branch reads one workflow table by the
//! caller's authority (or scope) and the waiting status. The notices, orders and requests are
//! addressed to an authority, so they are read by (target authority, status); the annual reviews
//! waiting to be examined by (status, enterprise), so the jurisdiction's semi-join probes only
//! the submitted ones. The other branches already had theirs (`ix_testing_task_institution`,
//! `ix_testing_task_status`, `ix_rectification_status`, `ix_follow_up_open`).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// (index, table, columns).
const INDEXES: [(&str, &str, &str); 4] = [
    ("ix_inbox_linkage_notice", "linkage_notice", "target_authority_id, status"),
    ("ix_inbox_supervision_order", "supervision_order", "target_authority_id, status, deadline"),
    ("ix_inbox_lower_tier_request", "lower_tier_request", "target_authority_id, status, answer_by"),
    ("ix_inbox_annual_review", "annual_review", "status, enterprise_id"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for (name, table, columns) in INDEXES {
            db.execute_unprepared(&format!("CREATE INDEX {name} ON {table} ({columns})")).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, table, _) in INDEXES {
            manager.drop_index(Index::drop().name(name).table(Alias::new(table)).to_owned()).await?;
        }
        Ok(())
    }
}
