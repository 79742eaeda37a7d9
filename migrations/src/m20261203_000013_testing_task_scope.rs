//! Test scopes (issue 11 item 14): a task records the scope it was opened for (检验范围, a
//! plugin's `testing_frequency` entry); NULL on tasks opened before, which were full samples.
//! The increased frequency (增加频次) looks for an enterprise's recent failing verdicts, so its
//! tasks are indexed by verdict date; recording expiries (item 15) looks for licenses in force
//! past their last valid day, so licenses are indexed by status and expiry.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum TestingTask {
    Table,
    TestScope,
    EnterpriseId,
    VerdictDate,
}

#[derive(DeriveIden, Clone, Copy)]
enum License {
    Table,
    Status,
    ExpiresOn,
}

const INDEX: &str = "ix_testing_task_enterprise_verdict";
const EXPIRY_INDEX: &str = "ix_license_status_expires";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut column = ColumnDef::new(TestingTask::TestScope).string().null().to_owned();
        manager
            .alter_table(Table::alter().table(TestingTask::Table).add_column(&mut column).to_owned())
            .await?;
        manager
            .create_index(
                Index::create()
                    .name(INDEX)
                    .table(TestingTask::Table)
                    .col(TestingTask::EnterpriseId)
                    .col(TestingTask::VerdictDate)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name(EXPIRY_INDEX)
                    .table(License::Table)
                    .col(License::Status)
                    .col(License::ExpiresOn)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_index(Index::drop().name(EXPIRY_INDEX).table(License::Table).to_owned()).await?;
        manager.drop_index(Index::drop().name(INDEX).table(TestingTask::Table).to_owned()).await?;
        manager
            .alter_table(
                Table::alter().table(TestingTask::Table).drop_column(TestingTask::TestScope).to_owned(),
            )
            .await
    }
}
