//! Testing institutions' accreditation and suspension (issue 12): the accreditation (CMA/CNAS
//! numbers, validity, industries in scope) as one JSON document, null for institutions entered
//! before it was recorded; the status with the reason and time of a suspension. Columns are added
//! one statement each (SQLite adds one at a time).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Institution {
    Table,
    Status,
    Accreditation,
    SuspensionReason,
    SuspendedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let columns = [
            string(Institution::Status).default("active").to_owned(),
            text_null(Institution::Accreditation),
            text_null(Institution::SuspensionReason),
            timestamp_with_time_zone_null(Institution::SuspendedAt),
        ];
        for column in columns {
            manager
                .alter_table(Table::alter().table(Institution::Table).add_column(column).to_owned())
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let columns = [
            Institution::SuspendedAt,
            Institution::SuspensionReason,
            Institution::Accreditation,
            Institution::Status,
        ];
        for column in columns {
            manager
                .alter_table(Table::alter().table(Institution::Table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
