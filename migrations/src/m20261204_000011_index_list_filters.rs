//! The new list filters and orders (issue 12 item 6) each get an index. Testing tasks: sampling
//! date with the id (the SAMPLING_DATE order's keyset, and the sampling-date range), the objection
//! deadline (verdicts whose window ends within N days), and the industry with the id (the
//! industry filter in opening order); institution, enterprise and status already have theirs, and
//! conclusion and seriousness are probes of `ix_test_verdict_task` per candidate task.
//! Rectifications: the deadline with the id (the DEADLINE order and the deadline range; the
//! status index leads with the status) and the license (the industry filter's semi-join).
//! Revocation proposals: the day they were raised (`raisedFrom`/`raisedTo`).

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

#[derive(DeriveIden, Clone, Copy)]
enum RevocationProposal {
    Table,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Rectification {
    Table,
    Id,
    Deadline,
    LicenseId,
}

const INDEXES: [(&str, TestingTask, &[TestingTask]); 3] = [
    ("ix_testing_task_sampling_date", TestingTask::Table, &[TestingTask::SamplingDate, TestingTask::Id]),
    ("ix_testing_task_objection_deadline", TestingTask::Table, &[TestingTask::ObjectionDeadline]),
    ("ix_testing_task_industry", TestingTask::Table, &[TestingTask::IndustryCode, TestingTask::Id]),
];

const PROPOSAL_INDEX: &str = "ix_revocation_proposal_created";

const RECTIFICATION_INDEXES: [(&str, &[Rectification]); 2] = [
    ("ix_rectification_deadline", &[Rectification::Deadline, Rectification::Id]),
    ("ix_rectification_license", &[Rectification::LicenseId]),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, table, columns) in INDEXES {
            create(manager, name, table, columns).await?;
        }
        for (name, columns) in RECTIFICATION_INDEXES {
            create(manager, name, Rectification::Table, columns).await?;
        }
        create(manager, PROPOSAL_INDEX, RevocationProposal::Table, &[RevocationProposal::CreatedAt]).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, table, _) in INDEXES {
            manager.drop_index(Index::drop().name(name).table(table).to_owned()).await?;
        }
        for (name, _) in RECTIFICATION_INDEXES {
            manager.drop_index(Index::drop().name(name).table(Rectification::Table).to_owned()).await?;
        }
        manager
            .drop_index(Index::drop().name(PROPOSAL_INDEX).table(RevocationProposal::Table).to_owned())
            .await
    }
}

async fn create<T: IntoIden + Copy + 'static, C: IntoIden + Copy + 'static>(
    manager: &SchemaManager<'_>,
    name: &str,
    table: T,
    columns: &[C],
) -> Result<(), DbErr> {
    let mut index = Index::create();
    index.name(name).table(table);
    for column in columns {
        index.col(*column);
    }
    manager.create_index(index.to_owned()).await
}
