//! Indexes that read each inbox branch in its day's order (docs/adr/0040, decision 7): a page
//! takes only its first rows of every (kind, waiting status) branch, so a branch's index must run
//! by its day within its status. Rectifications (`ix_rectification_status`), follow-ups
//! (`ix_follow_up_open`), orders and requests (`ix_inbox_supervision_order`,
//! `ix_inbox_lower_tier_request`) had theirs; annual reviews and testing tasks get them here, one
//! *partial* index per waiting status (the inbox writes its statuses as literals, which both
//! databases match against the index's condition). Partial, because a full (status, day) index
//! drew other statements to it: SQLite chose it for the risk model's per-enterprise lookup of
//! overdue reviews (`status = ? AND submission_deadline < ? AND enterprise_id = ?`) over the
//! (status, enterprise) index, scanning every overdue review per enterprise
//! (`tests/e2e/plans.rs` caught it); a statement with a bound status cannot use a partial index.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// (name, table, columns, the waiting status) — the statuses as stored (`ReviewStatus`,
/// `TaskStatus`).
const INDEXES: [(&str, &str, &str, &str); 6] = [
    ("ix_inbox_review_submitted", "annual_review", "submission_deadline, id", "SUBMITTED"),
    ("ix_inbox_review_on_site", "annual_review", "submission_deadline, id", "ON_SITE"),
    ("ix_inbox_review_pending", "annual_review", "submission_deadline, id", "PENDING"),
    ("ix_inbox_review_returned", "annual_review", "submission_deadline, id", "RETURNED"),
    ("ix_inbox_objection_day", "testing_task", "objection_decision_due, id", "OBJECTED"),
    ("ix_inbox_results_day", "testing_task", "institution_id, sampling_date, id", "OPEN"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for (name, table, columns, status) in INDEXES {
            let sql = format!("CREATE INDEX {name} ON {table} ({columns}) WHERE status = '{status}'");
            db.execute_unprepared(&sql).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, table, _, _) in INDEXES {
            manager.drop_index(Index::drop().name(name).table(Alias::new(table)).to_owned()).await?;
        }
        Ok(())
    }
}
