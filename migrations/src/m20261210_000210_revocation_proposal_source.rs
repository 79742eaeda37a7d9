//! A revocation proposal has a second source (docs/adr/0034 decision 5): besides a failed
//! re-check (its rectification and re-check task), a counterfeiting case whose revocation the
//! province reported up (恶意造假, §三). A discriminator `source` (RECHECK for every proposal so
//! far), the case it names, the re-check's two columns nullable, and a check that each source
//! names exactly its own records. PostgreSQL alters the table in place; SQLite cannot drop a NOT
//! NULL, so it rebuilds the table (its documented twelve-step way: new table, copy, drop, rename,
//! indexes) — no other table refers to `revocation_proposal`.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum RevocationProposal {
    Table,
    Id,
    RectificationId,
    EnterpriseId,
    LicenseId,
    RecheckTaskId,
    Status,
    Grounds,
    DecisionReason,
    DecidedBy,
    DecidedAt,
    CreatedAt,
    UpdatedAt,
    MadeBy,
    MadeAt,
    Source,
    CounterfeitCaseId,
}

/// Each source names its own records and no other.
const SOURCE_CHECK: &str = "(source = 'RECHECK' AND rectification_id IS NOT NULL AND recheck_task_id IS NOT NULL \
     AND counterfeit_case_id IS NULL) OR (source = 'COUNTERFEITING' AND counterfeit_case_id IS NOT NULL \
     AND rectification_id IS NULL AND recheck_task_id IS NULL)";

const CASE_INDEX: &str = "ux_revocation_proposal_counterfeit_case";

/// The table's indexes before this change (m20261126_000006, m20261204_000001, m20261204_000011),
/// made again on SQLite's rebuilt table.
const INDEXES: [(&str, &[RevocationProposal], bool); 5] = [
    ("ux_revocation_proposal_rectification", &[RevocationProposal::RectificationId], true),
    ("ix_revocation_proposal_status", &[RevocationProposal::Status, RevocationProposal::Id], false),
    ("ix_revocation_proposal_enterprise", &[RevocationProposal::EnterpriseId, RevocationProposal::Id], false),
    ("ix_revocation_proposal_created", &[RevocationProposal::CreatedAt], false),
    (
        "ix_revocation_proposal_license_status",
        &[RevocationProposal::LicenseId, RevocationProposal::Status],
        false,
    ),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    /// One transaction on SQLite too (sea-orm runs SQLite migrations on the pool, statement by
    /// statement): the rebuild is all or nothing, on one connection that sees its own changes.
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        match manager.get_database_backend() {
            DbBackend::Postgres => alter_in_place(manager).await?,
            _ => rebuild_on_sqlite(manager).await?,
        }
        // One proposal per case.
        manager
            .create_index(
                Index::create()
                    .name(CASE_INDEX)
                    .table(RevocationProposal::Table)
                    .col(RevocationProposal::CounterfeitCaseId)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Only re-check proposals fit the old table: a case's proposal cannot be kept. The unique
        // index on the case goes first (SQLite's rebuild drops the table it is on).
        let db = manager.get_connection();
        db.execute_unprepared("DELETE FROM revocation_proposal WHERE source <> 'RECHECK'").await?;
        manager
            .drop_index(Index::drop().name(CASE_INDEX).table(RevocationProposal::Table).to_owned())
            .await?;
        if manager.get_database_backend() == DbBackend::Postgres {
            db.execute_unprepared(
                "ALTER TABLE revocation_proposal DROP CONSTRAINT ck_revocation_proposal_source, \
                 DROP COLUMN counterfeit_case_id, DROP COLUMN source, \
                 ALTER COLUMN rectification_id SET NOT NULL, ALTER COLUMN recheck_task_id SET NOT NULL",
            )
            .await?;
            return Ok(());
        }
        rebuild_back_on_sqlite(manager).await
    }
}

async fn alter_in_place(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let sql = format!(
        "ALTER TABLE revocation_proposal \
         ALTER COLUMN rectification_id DROP NOT NULL, \
         ALTER COLUMN recheck_task_id DROP NOT NULL, \
         ADD COLUMN source varchar NOT NULL DEFAULT 'RECHECK', \
         ADD COLUMN counterfeit_case_id bigint NULL REFERENCES counterfeit_case (id), \
         ADD CONSTRAINT ck_revocation_proposal_source CHECK ({SOURCE_CHECK})"
    );
    manager.get_connection().execute_unprepared(&sql).await?;
    Ok(())
}

/// SQLite's down: the table as it was before (the re-check's columns NOT NULL, no source), the
/// re-check proposals copied back, the indexes made again.
async fn rebuild_back_on_sqlite(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager.create_table(table("revocation_proposal_old", false)).await?;
    let db = manager.get_connection();
    db.execute_unprepared(&format!(
        "INSERT INTO revocation_proposal_old ({COLUMNS}) SELECT {COLUMNS} FROM revocation_proposal"
    ))
    .await?;
    db.execute_unprepared("DROP TABLE revocation_proposal").await?;
    db.execute_unprepared("ALTER TABLE revocation_proposal_old RENAME TO revocation_proposal").await?;
    create_indexes(manager).await
}

/// The table named `name` in one of its two shapes: with a source (the re-check's columns
/// nullable, the case's column, the check), or as it was before this change.
fn table(name: &str, with_source: bool) -> TableCreateStatement {
    use RevocationProposal as P;
    let name = Alias::new(name);
    let nullable_when = |column: P| if with_source { big_integer_null(column) } else { big_integer(column) };
    let foreign = |column: P, to: &str| {
        ForeignKey::create().from(name.clone(), column).to(Alias::new(to), Alias::new("id")).to_owned()
    };
    let mut table = Table::create();
    table
        .table(name.clone())
        .col(big_pk_auto(P::Id))
        .col(nullable_when(P::RectificationId))
        .col(big_integer(P::EnterpriseId))
        .col(big_integer(P::LicenseId))
        .col(nullable_when(P::RecheckTaskId))
        .col(string(P::Status))
        .col(text(P::Grounds))
        .col(text_null(P::DecisionReason))
        .col(string_null(P::DecidedBy))
        .col(timestamp_with_time_zone_null(P::DecidedAt))
        .col(timestamp_with_time_zone(P::CreatedAt))
        .col(timestamp_with_time_zone(P::UpdatedAt))
        .col(string_null(P::MadeBy))
        .col(timestamp_with_time_zone_null(P::MadeAt))
        .foreign_key(&mut foreign(P::RectificationId, "rectification"))
        .foreign_key(&mut foreign(P::EnterpriseId, "enterprise"))
        .foreign_key(&mut foreign(P::LicenseId, "license"));
    if with_source {
        table
            .col(string(P::Source).default("RECHECK"))
            .col(big_integer_null(P::CounterfeitCaseId))
            .check(Expr::cust(SOURCE_CHECK))
            .foreign_key(&mut foreign(P::CounterfeitCaseId, "counterfeit_case"));
    }
    table.to_owned()
}

/// The columns both shapes of the table have.
const COLUMNS: &str = "id, rectification_id, enterprise_id, license_id, recheck_task_id, status, grounds, \
                       decision_reason, decided_by, decided_at, created_at, updated_at, made_by, made_at";

/// The table's indexes before this change, on a rebuilt table.
async fn create_indexes(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    for (name, columns, unique) in INDEXES {
        let mut index = Index::create().name(name).table(RevocationProposal::Table).to_owned();
        for column in columns {
            index.col(*column);
        }
        if unique {
            index.unique();
        }
        manager.create_index(index).await?;
    }
    Ok(())
}

async fn rebuild_on_sqlite(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager.create_table(table("revocation_proposal_new", true)).await?;
    let db = manager.get_connection();
    db.execute_unprepared(&format!(
        "INSERT INTO revocation_proposal_new ({COLUMNS}, source) SELECT {COLUMNS}, 'RECHECK' FROM revocation_proposal"
    ))
    .await?;
    db.execute_unprepared("DROP TABLE revocation_proposal").await?;
    db.execute_unprepared("ALTER TABLE revocation_proposal_new RENAME TO revocation_proposal").await?;
    create_indexes(manager).await
}
