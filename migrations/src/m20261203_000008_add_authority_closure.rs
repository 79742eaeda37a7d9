//! Closing an authority (issue 12): when it closed and which authority took over its work. An
//! open authority has neither. Columns are added one statement each (SQLite adds one at a time).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Authority {
    Table,
    ClosedAt,
    SuccessorId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in
            [timestamp_with_time_zone_null(Authority::ClosedAt), big_integer_null(Authority::SuccessorId)]
        {
            manager.alter_table(Table::alter().table(Authority::Table).add_column(column).to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Authority::SuccessorId, Authority::ClosedAt] {
            manager
                .alter_table(Table::alter().table(Authority::Table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
