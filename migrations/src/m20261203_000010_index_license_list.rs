//! The top-level license list sorts by last valid day with the id as tie-break, and its keyset
//! cursor compares (expires_on, id): one index on both answers "expiring between" filters and every
//! page of that order with one range scan. It replaces the index on expires_on alone, which it
//! covers. (Number order uses the unique index on number; the other filters have theirs.)

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum License {
    Table,
    ExpiresOn,
    Id,
}

const OLD: &str = "ix_license_expires";
const NEW: &str = "ix_license_expires_id";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let index = Index::create()
            .name(NEW)
            .table(License::Table)
            .col(License::ExpiresOn)
            .col(License::Id)
            .to_owned();
        manager.create_index(index).await?;
        manager.drop_index(Index::drop().name(OLD).table(License::Table).to_owned()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let index = Index::create().name(OLD).table(License::Table).col(License::ExpiresOn).to_owned();
        manager.create_index(index).await?;
        manager.drop_index(Index::drop().name(NEW).table(License::Table).to_owned()).await
    }
}
