//! Provincial implementing rules (省级实施细则, issue 16 item 5, docs/adr/0032): each version a
//! province sets — what it changes (JSON), the first day it is in force, why and by whom. Never
//! updated or deleted: a correction is a newer version.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum ProvincialRules {
    Table,
    Id,
    ProvinceCode,
    Version,
    EffectiveFrom,
    Rules,
    Reason,
    SetBy,
    SetAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ProvincialRules as R;
        manager
            .create_table(
                Table::create()
                    .table(R::Table)
                    .col(big_pk_auto(R::Id))
                    .col(string_len(R::ProvinceCode, 6))
                    .col(integer(R::Version))
                    .col(date(R::EffectiveFrom))
                    .col(text(R::Rules))
                    .col(text(R::Reason))
                    .col(string(R::SetBy))
                    .col(timestamp_with_time_zone(R::SetAt))
                    .to_owned(),
            )
            .await?;
        // One version number per province (two officers setting at once: one fails and retries);
        // also the index of "a province's versions".
        manager
            .create_index(
                Index::create()
                    .name("ux_provincial_rules_version")
                    .table(R::Table)
                    .col(R::ProvinceCode)
                    .col(R::Version)
                    .unique()
                    .to_owned(),
            )
            .await?;
        // The rule book of a day reads every version in force by then, across provinces.
        manager
            .create_index(
                Index::create()
                    .name("ix_provincial_rules_effective")
                    .table(R::Table)
                    .col(R::EffectiveFrom)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ProvincialRules::Table).to_owned()).await
    }
}
