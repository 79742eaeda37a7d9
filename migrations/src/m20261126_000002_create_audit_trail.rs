//! The audit trail: hash-chained audit records, the index of the objects each one touches, and
//! the single-row chain head that serialises writers (docs/adr/0005-audit-trail.md).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum AuditRecord {
    Table,
    Seq,
    RecordedAt,
    Operation,
    ActorSubject,
    ActorOrganisation,
    ActorRole,
    Objects,
    BeforeDigest,
    AfterDigest,
    PrevHash,
    Hash,
}

#[derive(DeriveIden, Clone, Copy)]
enum AuditSubject {
    Table,
    RecordSeq,
    Subject,
}

#[derive(DeriveIden, Clone, Copy)]
enum AuditHead {
    Table,
    Id,
    Seq,
    Hash,
}

/// The `prev_hash` of the first record (the domain's `GENESIS_HASH`; this crate cannot see it).
const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// PostgreSQL only. The application has no code path that changes or removes an audit record;
/// these triggers make the database refuse it too, so a mistaken script or a connection with
/// write rights cannot quietly rewrite history. They do not stop the tables' owner (who may
/// disable triggers): the hash chain, verified by `oversight audit verify`, is what catches that.
/// SQLite has no equivalent worth the name (any writer may drop a trigger), so there the chain
/// alone stands guard.
const APPEND_ONLY_TRIGGERS: &str = r#"
CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_record_no_truncate BEFORE TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_subject_append_only BEFORE UPDATE OR DELETE ON audit_subject
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_subject_no_truncate BEFORE TRUNCATE ON audit_subject
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_head_not_deleted BEFORE DELETE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
"#;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // `seq` is assigned from the chain head inside the writer's transaction, never by the
        // database: an autoincrement would leave gaps on rollback, and a gap is what verification
        // reports as a removed record.
        manager
            .create_table(
                Table::create()
                    .table(AuditRecord::Table)
                    .col(big_integer(AuditRecord::Seq).primary_key())
                    .col(timestamp_with_time_zone(AuditRecord::RecordedAt))
                    .col(string(AuditRecord::Operation))
                    .col(text(AuditRecord::ActorSubject))
                    .col(text(AuditRecord::ActorOrganisation))
                    .col(string(AuditRecord::ActorRole))
                    // A JSON array of object references; the hashed copy of what audit_subject indexes.
                    .col(text(AuditRecord::Objects))
                    .col(string_null(AuditRecord::BeforeDigest))
                    .col(string_null(AuditRecord::AfterDigest))
                    .col(string(AuditRecord::PrevHash))
                    .col(string(AuditRecord::Hash))
                    .to_owned(),
            )
            .await?;

        // One row per (record, object): "the audit trail of enterprise:42, newest first" is a
        // backwards range scan of the primary key, which is the (subject, record_seq) index.
        manager
            .create_table(
                Table::create()
                    .table(AuditSubject::Table)
                    .col(big_integer(AuditSubject::RecordSeq))
                    .col(text(AuditSubject::Subject))
                    .primary_key(
                        Index::create()
                            .name("pk_audit_subject")
                            .col(AuditSubject::Subject)
                            .col(AuditSubject::RecordSeq),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AuditSubject::Table, AuditSubject::RecordSeq)
                            .to(AuditRecord::Table, AuditRecord::Seq),
                    )
                    .to_owned(),
            )
            .await?;

        // The chain head: one row, locked by every writer, so records are sealed one after the
        // other and each knows its predecessor's hash.
        manager
            .create_table(
                Table::create()
                    .table(AuditHead::Table)
                    .col(integer(AuditHead::Id).primary_key().check(Expr::col(AuditHead::Id).eq(1)))
                    .col(big_integer(AuditHead::Seq))
                    .col(string(AuditHead::Hash))
                    .to_owned(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared(&format!(
                "INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '{GENESIS_HASH}')"
            ))
            .await?;

        if manager.get_database_backend() == DbBackend::Postgres {
            manager.get_connection().execute_unprepared(APPEND_ONLY_TRIGGERS).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Dropping a table drops its triggers; the function goes last.
        manager.drop_table(Table::drop().table(AuditHead::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(AuditSubject::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(AuditRecord::Table).to_owned()).await?;
        if manager.get_database_backend() == DbBackend::Postgres {
            manager
                .get_connection()
                .execute_unprepared("DROP FUNCTION IF EXISTS audit_refuse_change()")
                .await?;
        }
        Ok(())
    }
}
