//! The testing-task list's new filters and order (issue 12 item 6) each get an index: sampling
//! date with the id (the SAMPLING_DATE order's keyset, and the sampling-date range), the objection
//! deadline (verdicts whose window ends within N days), and the industry with the id (the
//! industry filter in opening order). Institution, enterprise and status already have theirs;
//! conclusion and seriousness are probes of `ix_test_verdict_task` per candidate task.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum TestingTask {
    Table,
    Id,
    SamplingDate,
    ObjectionDeadline,
    IndustryCode,
}

const INDEXES: [(&str, &[TestingTask]); 3] = [
    ("ix_testing_task_sampling_date", &[TestingTask::SamplingDate, TestingTask::Id]),
    ("ix_testing_task_objection_deadline", &[TestingTask::ObjectionDeadline]),
    ("ix_testing_task_industry", &[TestingTask::IndustryCode, TestingTask::Id]),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, columns) in INDEXES {
            let mut index = Index::create();
            index.name(name).table(TestingTask::Table);
            for column in columns {
                index.col(*column);
            }
            manager.create_index(index.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, _) in INDEXES {
            manager.drop_index(Index::drop().name(name).table(TestingTask::Table).to_owned()).await?;
        }
        Ok(())
    }
}
