//! Tasks are counted per plugin version fixed on them (`pluginFiles { openTasks }`, and the
//! start-up refusal to serve without a version open tasks still hold — docs/adr/0017). The index
//! leads with the plugin and version the count groups and filters by, then the status the
//! "may still be judged" rule tests, so both statements read the index alone for most tasks.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum TestingTask {
    Table,
    PluginId,
    PluginVersion,
    Status,
}

const NAME: &str = "ix_testing_task_plugin_version";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let index = Index::create()
            .name(NAME)
            .table(TestingTask::Table)
            .col(TestingTask::PluginId)
            .col(TestingTask::PluginVersion)
            .col(TestingTask::Status)
            .to_owned();
        manager.create_index(index).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_index(Index::drop().name(NAME).table(TestingTask::Table).to_owned()).await
    }
}
