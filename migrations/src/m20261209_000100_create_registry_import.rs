//! Registry imports (存量登记导入, issue 13 item 5, docs/adr/0031): one row per imported file,
//! its SHA-256 unique (the same bytes are imported once), with how many of its enterprises the
//! committed batches wrote, so an interrupted import resumes after its last committed batch.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum RegistryImport {
    Table,
    Id,
    FileName,
    FileKind,
    FileSha256,
    AuthorityId,
    ImportedBy,
    EnterpriseCount,
    LicenseCount,
    EnterprisesDone,
    Status,
    StartedAt,
    FinishedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use RegistryImport as I;
        manager
            .create_table(
                Table::create()
                    .table(I::Table)
                    .col(big_pk_auto(I::Id))
                    .col(string(I::FileName))
                    .col(string(I::FileKind))
                    .col(string(I::FileSha256))
                    .col(big_integer(I::AuthorityId))
                    .col(string(I::ImportedBy))
                    .col(big_integer(I::EnterpriseCount))
                    .col(big_integer(I::LicenseCount))
                    .col(big_integer(I::EnterprisesDone))
                    .col(string(I::Status))
                    .col(timestamp_with_time_zone(I::StartedAt))
                    .col(timestamp_with_time_zone_null(I::FinishedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(I::Table, I::AuthorityId)
                            .to(Alias::new("authority"), Alias::new("id")),
                    )
                    .to_owned(),
            )
            .await?;
        // The one lookup: is this file (its hash) imported, or interrupted?
        manager
            .create_index(
                Index::create()
                    .name("ux_registry_import_sha256")
                    .table(I::Table)
                    .col(I::FileSha256)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(RegistryImport::Table).to_owned()).await
    }
}
