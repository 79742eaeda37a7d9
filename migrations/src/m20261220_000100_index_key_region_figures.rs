//! Indexes for the key-region figures (docs/adr/0037): unlicensed producers counted by place and
//! the day found (the region range, then the window), counterfeiting cases of an enterprise by
//! the day opened, and spot-check results of an enterprise by the sampling day. Licensees and
//! periodic samples already have theirs (`ix_license_*`, `ix_testing_task_sampling_date`).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum UnlicensedCase {
    Table,
    Region,
    FoundOn,
}

#[derive(DeriveIden, Clone, Copy)]
enum CounterfeitCase {
    Table,
    EnterpriseId,
    OpenedOn,
}

#[derive(DeriveIden, Clone, Copy)]
enum SpotCheckRow {
    Table,
    EnterpriseId,
    SamplingDate,
}

/// Each index: its name, table and columns.
fn indexes() -> [(&'static str, IndexCreateStatement); 3] {
    [
        (
            "ix_unlicensed_case_found",
            Index::create()
                .table(UnlicensedCase::Table)
                .col(UnlicensedCase::Region)
                .col(UnlicensedCase::FoundOn)
                .to_owned(),
        ),
        (
            "ix_counterfeit_case_opened",
            Index::create()
                .table(CounterfeitCase::Table)
                .col(CounterfeitCase::EnterpriseId)
                .col(CounterfeitCase::OpenedOn)
                .to_owned(),
        ),
        (
            "ix_spot_check_row_sampled",
            Index::create()
                .table(SpotCheckRow::Table)
                .col(SpotCheckRow::EnterpriseId)
                .col(SpotCheckRow::SamplingDate)
                .to_owned(),
        ),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, mut index) in indexes() {
            manager.create_index(index.name(name).to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let tables = [
            UnlicensedCase::Table.into_iden(),
            CounterfeitCase::Table.into_iden(),
            SpotCheckRow::Table.into_iden(),
        ];
        for ((name, _), table) in indexes().into_iter().zip(tables) {
            manager.drop_index(Index::drop().name(name).table(table).to_owned()).await?;
        }
        Ok(())
    }
}
