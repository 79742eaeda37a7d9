//! A report's snapshot row is keyed by its group too (docs/adr/0030 decision 8): the enterprise
//! periodic-report figures are counted by quarter, each obligation standing as its license, so
//! one license is a record of a figure once in every quarter of the period it is owed. The key
//! becomes (version, figure, record id, group): the drill-down still pages by record id first.
//! PostgreSQL swaps the primary key in place; SQLite cannot alter a key, so it rebuilds the table
//! (new table, copy, drop, rename) — no other table refers to `report_record`.

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
        rekey(manager, true).await
    }

    /// Back to the key without the group: only a snapshot without a license in two quarters of
    /// one figure fits it, so the quarter-counted figures' rows go first.
    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DELETE FROM report_record WHERE figure LIKE 'PERIODIC_REPORTS_%'")
            .await?;
        rekey(manager, false).await
    }
}

/// Makes the key (version, figure, record id), followed by the group when `with_group`.
async fn rekey(manager: &SchemaManager<'_>, with_group: bool) -> Result<(), DbErr> {
    let db = manager.get_connection();
    if manager.get_database_backend() == DbBackend::Postgres {
        let key =
            if with_group { "version_id, figure, record_id, grp" } else { "version_id, figure, record_id" };
        let sql =
            format!("ALTER TABLE report_record DROP CONSTRAINT report_record_pkey, ADD PRIMARY KEY ({key})");
        db.execute_unprepared(&sql).await?;
        return Ok(());
    }
    manager.create_table(table("report_record_next", with_group)).await?;
    db.execute_unprepared(&format!(
        "INSERT INTO report_record_next ({COLUMNS}) SELECT {COLUMNS} FROM report_record"
    ))
    .await?;
    db.execute_unprepared("DROP TABLE report_record").await?;
    db.execute_unprepared("ALTER TABLE report_record_next RENAME TO report_record").await?;
    Ok(())
}

/// The snapshot table named `name`, as m20261209_000200 made it, its key ending in the group or not.
fn table(name: &str, with_group: bool) -> TableCreateStatement {
    use ReportRecord as C;
    let name = Alias::new(name);
    let mut key = Index::create();
    key.col(C::VersionId).col(C::Figure).col(C::RecordId);
    if with_group {
        key.col(C::Grp);
    }
    Table::create()
        .table(name.clone())
        .col(big_integer(C::VersionId))
        .col(string(C::Figure))
        .col(string(C::Grp))
        .col(big_integer(C::RecordId))
        .primary_key(&mut key)
        .foreign_key(
            ForeignKey::create().from(name, C::VersionId).to(Alias::new("report_version"), Alias::new("id")),
        )
        .to_owned()
}
