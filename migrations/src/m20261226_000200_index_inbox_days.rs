//! Indexes that read each inbox branch in its day's order (docs/adr/0040, decision 7): a page
//! takes only its first rows of every (kind, waiting status) branch, in (status, day, id) order,
//! so a branch's index must run by its day after its status. Rectifications
//! (`ix_rectification_status`), follow-ups (`ix_follow_up_open`), orders and requests
//! (`ix_inbox_supervision_order`, `ix_inbox_lower_tier_request`) had theirs; annual reviews and
//! testing tasks get them here. The reviews' (status, enterprise) index of the first inbox is
//! dropped: the new one serves every statement it served.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const INDEXES: [(&str, &str, &str); 3] = [
    ("ix_inbox_annual_review_day", "annual_review", "status, submission_deadline, id"),
    ("ix_inbox_objection_day", "testing_task", "status, objection_decision_due, id"),
    ("ix_inbox_results_day", "testing_task", "institution_id, status, sampling_date, id"),
];

/// The first inbox's index on the reviews, superseded.
const SUPERSEDED: (&str, &str, &str) = ("ix_inbox_annual_review", "annual_review", "status, enterprise_id");

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for (name, table, columns) in INDEXES {
            db.execute_unprepared(&format!("CREATE INDEX {name} ON {table} ({columns})")).await?;
        }
        let (name, table, _) = SUPERSEDED;
        manager.drop_index(Index::drop().name(name).table(Alias::new(table)).to_owned()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let (name, table, columns) = SUPERSEDED;
        db.execute_unprepared(&format!("CREATE INDEX {name} ON {table} ({columns})")).await?;
        for (name, table, _) in INDEXES {
            manager.drop_index(Index::drop().name(name).table(Alias::new(table)).to_owned()).await?;
        }
        Ok(())
    }
}
