//! A report's snapshot row is keyed by its group too (docs/adr/0030 decision 8): the enterprise
//! periodic-report figures are counted by quarter, each obligation standing as its license, so
//! one license is a record of a figure once in every quarter of the period it is owed. The key
//! becomes (version, figure, record id, group): the drill-down still pages by record id first.
//! The rows lose their foreign key to `report_version`: they are written only by the snapshot,
//! in the unit of work that inserts their version, and versions are never deleted, while the
//! key's per-row check cost more than the rows themselves at 100,000s of rows a generation
//! (docs/adr/0030 decision 9). PostgreSQL alters the table in place; SQLite cannot alter a key,
//! so it rebuilds the table (new table, copy, drop, rename) — no other table refers to
//! `report_record`.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum ReportRecord {
    VersionId,
    Figure,
    Grp,
    RecordId,
}

const COLUMNS: &str = "version_id, figure, grp, record_id";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    /// One transaction on SQLite too: the rebuild is all or nothing.
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DbBackend::Postgres {
            let sql = "ALTER TABLE report_record DROP CONSTRAINT report_record_version_id_fkey, \
                       DROP CONSTRAINT report_record_pkey, ADD PRIMARY KEY (version_id, figure, record_id, grp)";
            manager.get_connection().execute_unprepared(sql).await?;
            return Ok(());
        }
        rebuild_on_sqlite(manager, true).await
    }

    /// Back to the key without the group and to the foreign key: only a snapshot without a
    /// license in two quarters of one figure fits, so the quarter-counted figures' rows go first.
    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared("DELETE FROM report_record WHERE figure LIKE 'PERIODIC_REPORTS_%'").await?;
        if manager.get_database_backend() == DbBackend::Postgres {
            let sql = "ALTER TABLE report_record DROP CONSTRAINT report_record_pkey, \
                       ADD PRIMARY KEY (version_id, figure, record_id), \
                       ADD CONSTRAINT report_record_version_id_fkey FOREIGN KEY (version_id) REFERENCES report_version (id)";
            db.execute_unprepared(sql).await?;
            return Ok(());
        }
        rebuild_on_sqlite(manager, false).await
    }
}

/// SQLite's rebuild: the table in its new shape (`grouped`) or its old one, the rows copied.
async fn rebuild_on_sqlite(manager: &SchemaManager<'_>, grouped: bool) -> Result<(), DbErr> {
    manager.create_table(table("report_record_next", grouped)).await?;
    let db = manager.get_connection();
    db.execute_unprepared(&format!(
        "INSERT INTO report_record_next ({COLUMNS}) SELECT {COLUMNS} FROM report_record"
    ))
    .await?;
    db.execute_unprepared("DROP TABLE report_record").await?;
    db.execute_unprepared("ALTER TABLE report_record_next RENAME TO report_record").await?;
    Ok(())
}

/// The snapshot table named `name`: keyed by group and without the foreign key (`grouped`), or as
/// m20261209_000200 made it.
fn table(name: &str, grouped: bool) -> TableCreateStatement {
    use ReportRecord as C;
    let name = Alias::new(name);
    let mut key = Index::create();
    key.col(C::VersionId).col(C::Figure).col(C::RecordId);
    let mut table = Table::create();
    table
        .table(name.clone())
        .col(big_integer(C::VersionId))
        .col(string(C::Figure))
        .col(string(C::Grp))
        .col(big_integer(C::RecordId));
    if grouped {
        key.col(C::Grp);
    } else {
        table.foreign_key(
            ForeignKey::create().from(name, C::VersionId).to(Alias::new("report_version"), Alias::new("id")),
        );
    }
    table.primary_key(&mut key).to_owned()
}
