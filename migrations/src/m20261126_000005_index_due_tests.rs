//! An index for `dueTests`: the last sampling date of every license is read in one grouped
//! statement, and with (license, sampling date) in one index that grouping is a scan of the index
//! alone (and `MAX` per license a single seek), never a visit to the wide task rows.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum TestingTask {
    Table,
    LicenseId,
    SamplingDate,
}

const INDEX: &str = "ix_testing_task_license_sampled";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name(INDEX)
                    .table(TestingTask::Table)
                    .col(TestingTask::LicenseId)
                    .col(TestingTask::SamplingDate)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_index(Index::drop().name(INDEX).table(TestingTask::Table).to_owned()).await
    }
}
