//! Attachments (附件, issue 14, docs/adr/0019): one row per document in an enterprise's file. The
//! bytes live in the attachment store, content-addressed by `sha256`, so two rows may name one
//! blob. Indexed for the enterprise's list (enterprise, id), for the blob's references (sha256,
//! on delete) and, uniquely, for an uploader's idempotency key per enterprise.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Attachment {
    Table,
    Id,
    EnterpriseId,
    Sha256,
    SizeBytes,
    ContentType,
    FileName,
    UploadedBy,
    UploaderOrganisation,
    UploadedAt,
    SealedAt,
    IdempotencyKey,
}

/// `Enterprise.attachments`: the enterprise's attachments in id order.
const ENTERPRISE_INDEX: &str = "ix_attachment_enterprise";
/// Whether any row still references a blob (deleting the last reference removes the blob).
const SHA256_INDEX: &str = "ix_attachment_sha256";
/// A retried upload with the same key answers the first one.
const IDEMPOTENCY_INDEX: &str = "ux_attachment_idempotency";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use Attachment as A;
        manager
            .create_table(
                Table::create()
                    .table(A::Table)
                    .col(big_pk_auto(A::Id))
                    .col(big_integer(A::EnterpriseId))
                    .col(string_len(A::Sha256, 64))
                    .col(big_integer(A::SizeBytes))
                    .col(string(A::ContentType))
                    .col(text(A::FileName))
                    .col(string(A::UploadedBy))
                    .col(string(A::UploaderOrganisation))
                    .col(timestamp_with_time_zone(A::UploadedAt))
                    .col(timestamp_with_time_zone_null(A::SealedAt))
                    .col(string_null(A::IdempotencyKey))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name(ENTERPRISE_INDEX)
                    .table(A::Table)
                    .col(A::EnterpriseId)
                    .col(A::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(Index::create().name(SHA256_INDEX).table(A::Table).col(A::Sha256).to_owned())
            .await?;
        manager
            .create_index(
                Index::create()
                    .name(IDEMPOTENCY_INDEX)
                    .table(A::Table)
                    .col(A::EnterpriseId)
                    .col(A::UploaderOrganisation)
                    .col(A::IdempotencyKey)
                    .unique()
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Attachment::Table).to_owned()).await
    }
}
