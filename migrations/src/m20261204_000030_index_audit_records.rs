//! The audit records across objects (`auditRecords`, issue 12 item 6) are filtered by operation,
//! by acting subject and by recording time, newest first: an index for each, the first two with
//! the seq so a filtered page is a range scan in chain order.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum AuditRecord {
    Table,
    Seq,
    Operation,
    ActorSubject,
    RecordedAt,
}

const INDEXES: [(&str, &[AuditRecord]); 3] = [
    ("ix_audit_record_operation", &[AuditRecord::Operation, AuditRecord::Seq]),
    ("ix_audit_record_actor", &[AuditRecord::ActorSubject, AuditRecord::Seq]),
    ("ix_audit_record_recorded", &[AuditRecord::RecordedAt]),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, columns) in INDEXES {
            let mut index = Index::create();
            index.name(name).table(AuditRecord::Table);
            for column in columns {
                index.col(*column);
            }
            manager.create_index(index.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, _) in INDEXES {
            manager.drop_index(Index::drop().name(name).table(AuditRecord::Table).to_owned()).await?;
        }
        Ok(())
    }
}
