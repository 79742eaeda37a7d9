//! The audit trail keeps the before and after values beside their digests (issue 12, item 12),
//! and anchors — the chain head signed with an operator's ed25519 key — are recorded. Both are
//! append-only on PostgreSQL like the rest of the trail.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum AuditRecord {
    Table,
    BeforeState,
    AfterState,
}

#[derive(DeriveIden, Clone, Copy)]
enum AuditAnchor {
    Table,
    Seq,
    Hash,
    AnchoredAt,
    PublicKey,
    Signature,
}

/// PostgreSQL only: anchors are evidence, never changed or removed (see the trail's triggers).
const APPEND_ONLY: &str = r#"
CREATE TRIGGER audit_anchor_append_only BEFORE UPDATE OR DELETE ON audit_anchor
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_anchor_no_truncate BEFORE TRUNCATE ON audit_anchor
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
"#;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Canonical JSON text, null for records sealed before values were kept. One column per
        // statement: SQLite's ALTER TABLE adds one at a time.
        for column in [AuditRecord::BeforeState, AuditRecord::AfterState] {
            manager
                .alter_table(
                    Table::alter()
                        .table(AuditRecord::Table)
                        .add_column(ColumnDef::new(column).text().null())
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(AuditAnchor::Table)
                    .col(ColumnDef::new(AuditAnchor::Seq).big_integer().not_null())
                    .col(ColumnDef::new(AuditAnchor::Hash).string_len(64).not_null())
                    .col(ColumnDef::new(AuditAnchor::AnchoredAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(AuditAnchor::PublicKey).string_len(64).not_null())
                    .col(ColumnDef::new(AuditAnchor::Signature).string_len(128).not_null())
                    // One anchor per head and key: anchoring an unchanged head twice adds nothing.
                    .primary_key(Index::create().col(AuditAnchor::Seq).col(AuditAnchor::PublicKey))
                    .to_owned(),
            )
            .await?;
        if manager.get_database_backend() == DbBackend::Postgres {
            manager.get_connection().execute_unprepared(APPEND_ONLY).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(AuditAnchor::Table).to_owned()).await?;
        for column in [AuditRecord::BeforeState, AuditRecord::AfterState] {
            manager
                .alter_table(Table::alter().table(AuditRecord::Table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
