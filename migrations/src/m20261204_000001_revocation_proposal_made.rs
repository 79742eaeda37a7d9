//! A revocation proposal is the province's act (issue 11 item 11, ADR 0009 decision 23): who made
//! it and when (null while it is DUE in the province's queue, and on proposals raised before);
//! a license revoked or expired closes its open proposals, found by license and status.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum RevocationProposal {
    Table,
    MadeBy,
    MadeAt,
    LicenseId,
    Status,
}

const LICENSE_INDEX: &str = "ix_revocation_proposal_license_status";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds one at a time.
        let columns = [
            string_null(RevocationProposal::MadeBy),
            timestamp_with_time_zone_null(RevocationProposal::MadeAt),
        ];
        for column in columns {
            manager
                .alter_table(Table::alter().table(RevocationProposal::Table).add_column(column).to_owned())
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name(LICENSE_INDEX)
                    .table(RevocationProposal::Table)
                    .col(RevocationProposal::LicenseId)
                    .col(RevocationProposal::Status)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(Index::drop().name(LICENSE_INDEX).table(RevocationProposal::Table).to_owned())
            .await?;
        for column in [RevocationProposal::MadeAt, RevocationProposal::MadeBy] {
            manager
                .alter_table(Table::alter().table(RevocationProposal::Table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
