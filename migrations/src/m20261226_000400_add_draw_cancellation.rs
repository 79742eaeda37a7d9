//! A committed draw may be cancelled by its authority before it is run (docs/adr/0025 decision
//! 22): when (`cancelled_at`), by whom (`cancelled_by`, the token subject, not published) and why
//! (`cancel_reason`, published with the record). Existing draws are not cancelled: the columns
//! start null. One ALTER per column, since SQLite adds one column a statement.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Draw {
    Table,
    CancelledAt,
    CancelledBy,
    CancelReason,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            timestamp_with_time_zone_null(Draw::CancelledAt),
            string_null(Draw::CancelledBy),
            text_null(Draw::CancelReason),
        ] {
            let mut column = column;
            manager.alter_table(Table::alter().table(Draw::Table).add_column(&mut column).to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Draw::CancelReason, Draw::CancelledBy, Draw::CancelledAt] {
            manager.alter_table(Table::alter().table(Draw::Table).drop_column(column).to_owned()).await?;
        }
        Ok(())
    }
}
