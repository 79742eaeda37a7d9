//! Linkage notices (联动通报, §二(六), issue 17, docs/adr/0026): one row per notice, a passed-on
//! notice's children pointing at it, with an index for every filter of `linkageNotices`.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum LinkageNotice {
    Table,
    Id,
    ParentId,
    NoticeType,
    Status,
    SourceAuthorityId,
    SourceRegion,
    TargetAuthorityId,
    TargetRegion,
    EnterpriseId,
    LicenseId,
    TestingTaskId,
    Text,
    SentOn,
    AcknowledgeBy,
    ActBy,
    CloseBy,
    AcknowledgedOn,
    PassedOnOn,
    ClosedOn,
    ProofKind,
    ProofId,
    CloseNote,
    SentBy,
    ClosedBy,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use LinkageNotice as N;
        manager
            .create_table(
                Table::create()
                    .table(N::Table)
                    .col(big_pk_auto(N::Id))
                    .col(big_integer_null(N::ParentId))
                    .col(string(N::NoticeType))
                    .col(string(N::Status))
                    .col(big_integer(N::SourceAuthorityId))
                    .col(string(N::SourceRegion))
                    .col(big_integer(N::TargetAuthorityId))
                    .col(string(N::TargetRegion))
                    .col(big_integer(N::EnterpriseId))
                    .col(big_integer_null(N::LicenseId))
                    .col(big_integer_null(N::TestingTaskId))
                    .col(text(N::Text))
                    .col(date(N::SentOn))
                    .col(date(N::AcknowledgeBy))
                    .col(date(N::ActBy))
                    .col(date(N::CloseBy))
                    .col(date_null(N::AcknowledgedOn))
                    .col(date_null(N::PassedOnOn))
                    .col(date_null(N::ClosedOn))
                    .col(string_null(N::ProofKind))
                    .col(big_integer_null(N::ProofId))
                    .col(text_null(N::CloseNote))
                    .col(string(N::SentBy))
                    .col(string_null(N::ClosedBy))
                    .col(timestamp_with_time_zone(N::CreatedAt))
                    .col(timestamp_with_time_zone(N::UpdatedAt))
                    .foreign_key(ForeignKey::create().from(N::Table, N::ParentId).to(N::Table, N::Id))
                    .foreign_key(
                        ForeignKey::create()
                            .from(N::Table, N::SourceAuthorityId)
                            .to(Alias::new("authority"), Alias::new("id")),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(N::Table, N::TargetAuthorityId)
                            .to(Alias::new("authority"), Alias::new("id")),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(N::Table, N::EnterpriseId)
                            .to(Alias::new("enterprise"), Alias::new("id")),
                    )
                    .to_owned(),
            )
            .await?;
        // direction SENT / RECEIVED, the children of a notice, an enterprise's notices, the
        // scope (source or target region inside the caller's jurisdiction), and state / late
        // (status with the last deadline: every late notice is open, most open ones are not late).
        let indexes: [(&str, &[N]); 7] = [
            ("ix_linkage_notice_source", &[N::SourceAuthorityId, N::Id]),
            ("ix_linkage_notice_target", &[N::TargetAuthorityId, N::Id]),
            ("ix_linkage_notice_parent", &[N::ParentId]),
            ("ix_linkage_notice_enterprise", &[N::EnterpriseId, N::Id]),
            ("ix_linkage_notice_source_region", &[N::SourceRegion]),
            ("ix_linkage_notice_target_region", &[N::TargetRegion]),
            ("ix_linkage_notice_status", &[N::Status, N::AcknowledgeBy]),
        ];
        for (name, columns) in indexes {
            let mut index = Index::create().name(name).table(N::Table).to_owned();
            for column in columns {
                index.col(*column);
            }
            manager.create_index(index).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(LinkageNotice::Table).to_owned()).await
    }
}
