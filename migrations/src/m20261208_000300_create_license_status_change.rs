//! A license's status history (issue 11 item 15, "visible 'as of' any date"): each status a
//! license took and the supervision-calendar day it took effect, so `License.statusOn(date)` reads
//! the status on any day. Existing licenses get their history from the quality archive's status
//! events (the only record of it until now).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum LicenseStatusChange {
    Table,
    Id,
    LicenseId,
    Status,
    EffectiveOn,
    RecordedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use LicenseStatusChange as S;
        manager
            .create_table(
                Table::create()
                    .table(S::Table)
                    .col(big_pk_auto(S::Id))
                    .col(big_integer(S::LicenseId))
                    .col(string(S::Status))
                    .col(date(S::EffectiveOn))
                    .col(timestamp_with_time_zone(S::RecordedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(S::Table, S::LicenseId)
                            .to(Alias::new("license"), Alias::new("id")),
                    )
                    .to_owned(),
            )
            .await?;
        // Every read is "the history of these licenses, in the order written".
        manager
            .create_index(
                Index::create()
                    .name("ix_license_status_change_license")
                    .table(S::Table)
                    .col(S::LicenseId)
                    .col(S::Id)
                    .to_owned(),
            )
            .await?;
        backfill(manager).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(LicenseStatusChange::Table).to_owned()).await
    }
}

/// The history so far, from the archive: a status change took effect on its day in China (UTC+8);
/// an expiry on the day after the last valid day written in the event. In archive order, so
/// a license changed twice on one day keeps the later status last.
async fn backfill(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let sql = match manager.get_database_backend() {
        DbBackend::Postgres => {
            "INSERT INTO license_status_change (license_id, status, effective_on, recorded_at) \
             SELECT a.license_id, CAST(a.details AS jsonb) ->> 'to', \
               CASE WHEN a.kind = 'LICENSE_EXPIRED' \
                 THEN CAST(CAST(a.details AS jsonb) ->> 'expiresOn' AS date) + 1 \
                 ELSE CAST((a.occurred_at AT TIME ZONE 'UTC') + INTERVAL '8 hours' AS date) END, \
               a.recorded_at \
             FROM archive_event a JOIN license l ON l.id = a.license_id \
             WHERE a.kind IN ('LICENSE_STATUS_CHANGED', 'LICENSE_EXPIRED') ORDER BY a.occurred_at, a.id"
        }
        _ => {
            "INSERT INTO license_status_change (license_id, status, effective_on, recorded_at) \
             SELECT a.license_id, json_extract(a.details, '$.to'), \
               CASE WHEN a.kind = 'LICENSE_EXPIRED' \
                 THEN date(json_extract(a.details, '$.expiresOn'), '+1 day') \
                 ELSE date(a.occurred_at, '+8 hours') END, \
               a.recorded_at \
             FROM archive_event a JOIN license l ON l.id = a.license_id \
             WHERE a.kind IN ('LICENSE_STATUS_CHANGED', 'LICENSE_EXPIRED') ORDER BY a.occurred_at, a.id"
        }
    };
    manager.get_connection().execute_unprepared(sql).await?;
    // A license entered with a status other than VALID (an import from an earlier system) has no
    // status event: it holds that status from the day it was entered.
    let entered = match manager.get_database_backend() {
        DbBackend::Postgres => "CAST((l.created_at AT TIME ZONE 'UTC') + INTERVAL '8 hours' AS date)",
        _ => "date(l.created_at, '+8 hours')",
    };
    let sql = format!(
        "INSERT INTO license_status_change (license_id, status, effective_on, recorded_at) \
         SELECT l.id, l.status, {entered}, l.created_at FROM license l WHERE l.status <> 'VALID' \
         AND NOT EXISTS (SELECT 1 FROM license_status_change s WHERE s.license_id = l.id)"
    );
    manager.get_connection().execute_unprepared(&sql).await?;
    Ok(())
}
