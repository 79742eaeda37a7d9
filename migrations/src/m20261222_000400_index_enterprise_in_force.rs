//! A per-enterprise index for the lookup "does this enterprise hold a license in force" (key
//! regions, patrols due and patrol coverage, campaign coverage): enterprise first, then status,
//! then the last day. Without it SQLite, which keeps no statistics unless asked, answered each
//! enterprise's lookup from `ix_license_status_expires` — every license in force read once per
//! enterprise, minutes for `keyRegions` over 100,000 enterprises. With it the lookup is one index
//! probe (docs/adr/0037 decision 8; the plan test `e2e::plans` keeps it so).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum License {
    Table,
    EnterpriseId,
    Status,
    ExpiresOn,
}

const INDEX: &str = "ix_license_enterprise_in_force";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let index = Index::create()
            .name(INDEX)
            .table(License::Table)
            .col(License::EnterpriseId)
            .col(License::Status)
            .col(License::ExpiresOn)
            .to_owned();
        manager.create_index(index).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_index(Index::drop().name(INDEX).table(License::Table).to_owned()).await
    }
}
