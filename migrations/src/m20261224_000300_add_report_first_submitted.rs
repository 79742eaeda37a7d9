//! The day a generated report was first submitted to the tier above (`first_submitted_on`), kept
//! through returns and unlocks: a responsibility agreement's reports-on-time target compares it
//! with the report's due day (docs/adr/0036 decision 16). Reports submitted before this column
//! existed get the day of their last step when they stand beyond a draft — for a submitted report
//! that is its submission; for one accepted, locked or returned since, a later day, so such a
//! report may read late, never early.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum GeneratedReport {
    Table,
    FirstSubmittedOn,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let add = Table::alter()
            .table(GeneratedReport::Table)
            .add_column(date_null(GeneratedReport::FirstSubmittedOn))
            .to_owned();
        manager.alter_table(add).await?;
        // The timestamp's calendar day: SQLite keeps it as ISO text, PostgreSQL casts.
        let day = match manager.get_database_backend() {
            DbBackend::Postgres => "CAST(updated_at AS DATE)",
            _ => "substr(updated_at, 1, 10)",
        };
        let backfill = format!(
            "UPDATE generated_report SET first_submitted_on = {day} \
             WHERE status IN ('SUBMITTED', 'RETURNED', 'ACCEPTED', 'LOCKED')"
        );
        manager.get_connection().execute_unprepared(&backfill).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let drop = Table::alter()
            .table(GeneratedReport::Table)
            .drop_column(GeneratedReport::FirstSubmittedOn)
            .to_owned();
        manager.alter_table(drop).await
    }
}
