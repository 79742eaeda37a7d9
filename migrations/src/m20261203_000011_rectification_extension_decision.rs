//! The extension of a rectification becomes a request the officer decides (issue 11, item 9):
//! the days the enterprise asked, and the officer's reason and name. The existing columns keep
//! their meaning — `extended_days` the days granted, `extension_reason` the enterprise's reason.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Rectification {
    Table,
    ExtensionRequestedDays,
    ExtensionDecisionReason,
    ExtensionDecidedBy,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite's ALTER TABLE adds one at a time.
        let columns = [
            ColumnDef::new(Rectification::ExtensionRequestedDays).integer().null().to_owned(),
            ColumnDef::new(Rectification::ExtensionDecisionReason).text().null().to_owned(),
            ColumnDef::new(Rectification::ExtensionDecidedBy).string().null().to_owned(),
        ];
        for mut column in columns {
            manager
                .alter_table(Table::alter().table(Rectification::Table).add_column(&mut column).to_owned())
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            Rectification::ExtensionRequestedDays,
            Rectification::ExtensionDecisionReason,
            Rectification::ExtensionDecidedBy,
        ] {
            manager
                .alter_table(Table::alter().table(Rectification::Table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
