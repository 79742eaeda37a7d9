//! On SQLite a report's snapshot rows live in their key's b-tree alone (`WITHOUT ROWID`): a
//! rowid table with a composite primary key keeps every row twice — in the table by rowid and
//! again in the key's automatic index — and a generation writes a few hundred thousand rows
//! (docs/adr/0030 decision 10). Nothing reads `report_record` by rowid. SQLite cannot change a
//! table's storage in place, so it rebuilds the table (new table, copy, drop, rename) — no
//! other table refers to `report_record`. PostgreSQL's heap has no such double, and is left
//! as it is.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

const COLUMNS: &str = "version_id, figure, grp, record_id";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        rebuild_on_sqlite(manager, " WITHOUT ROWID").await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        rebuild_on_sqlite(manager, "").await
    }
}

/// The table again with the same columns and key, stored as `storage` says.
async fn rebuild_on_sqlite(manager: &SchemaManager<'_>, storage: &str) -> Result<(), DbErr> {
    if manager.get_database_backend() != DbBackend::Sqlite {
        return Ok(());
    }
    let db = manager.get_connection();
    db.execute_unprepared(&format!(
        "CREATE TABLE report_record_next (version_id integer NOT NULL, figure varchar NOT NULL, \
         grp varchar NOT NULL, record_id integer NOT NULL, \
         PRIMARY KEY (version_id, figure, record_id, grp)){storage}"
    ))
    .await?;
    db.execute_unprepared(&format!(
        "INSERT INTO report_record_next ({COLUMNS}) SELECT {COLUMNS} FROM report_record"
    ))
    .await?;
    db.execute_unprepared("DROP TABLE report_record").await?;
    db.execute_unprepared("ALTER TABLE report_record_next RENAME TO report_record").await?;
    Ok(())
}
