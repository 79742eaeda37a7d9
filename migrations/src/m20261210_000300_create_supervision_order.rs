//! Supervision orders (督查督办, §四, issue 19 item 3, docs/adr/0035): one row per order, its
//! progress reports in a child table, with an index for every filter of `supervisionOrders`.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum SupervisionOrder {
    Table,
    Id,
    Status,
    IssuerAuthorityId,
    IssuerRegion,
    TargetAuthorityId,
    TargetRegion,
    SubjectKind,
    SubjectId,
    EnterpriseId,
    SubjectText,
    Text,
    IssuedOn,
    WorkingDays,
    Deadline,
    AcknowledgedOn,
    CompletedOn,
    CompletionText,
    CompletionAttachmentIds,
    AcceptedOn,
    NReturns,
    ReturnReason,
    IssuedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum SupervisionOrderProgress {
    Table,
    Id,
    OrderId,
    ReportedOn,
    Text,
    ReportedBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use SupervisionOrder as O;
        let authority = || (Alias::new("authority"), Alias::new("id"));
        manager
            .create_table(
                Table::create()
                    .table(O::Table)
                    .col(big_pk_auto(O::Id))
                    .col(string(O::Status))
                    .col(big_integer(O::IssuerAuthorityId))
                    .col(string(O::IssuerRegion))
                    .col(big_integer(O::TargetAuthorityId))
                    .col(string(O::TargetRegion))
                    .col(string(O::SubjectKind))
                    .col(big_integer_null(O::SubjectId))
                    .col(big_integer_null(O::EnterpriseId))
                    .col(text_null(O::SubjectText))
                    .col(text(O::Text))
                    .col(date(O::IssuedOn))
                    .col(integer(O::WorkingDays))
                    .col(date(O::Deadline))
                    .col(date_null(O::AcknowledgedOn))
                    .col(date_null(O::CompletedOn))
                    .col(text_null(O::CompletionText))
                    .col(text_null(O::CompletionAttachmentIds))
                    .col(date_null(O::AcceptedOn))
                    .col(integer(O::NReturns))
                    .col(text_null(O::ReturnReason))
                    .col(string(O::IssuedBy))
                    .col(timestamp_with_time_zone(O::CreatedAt))
                    .col(timestamp_with_time_zone(O::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(O::Table, O::IssuerAuthorityId)
                            .to(authority().0, authority().1),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(O::Table, O::TargetAuthorityId)
                            .to(authority().0, authority().1),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(O::Table, O::EnterpriseId)
                            .to(Alias::new("enterprise"), Alias::new("id")),
                    )
                    .to_owned(),
            )
            .await?;
        // issuedBy and target (each with the id the page is ordered by), the scope (issuer or
        // target region inside the caller's jurisdiction), an enterprise's orders, a notice's
        // orders (the escalation's once-per-notice check), and status / overdue (status with
        // the deadline: every overdue order is open, and the open ones are few).
        let indexes: [(&str, &[O]); 7] = [
            ("ix_supervision_order_issuer", &[O::IssuerAuthorityId, O::Id]),
            ("ix_supervision_order_target", &[O::TargetAuthorityId, O::Id]),
            ("ix_supervision_order_issuer_region", &[O::IssuerRegion]),
            ("ix_supervision_order_target_region", &[O::TargetRegion]),
            ("ix_supervision_order_enterprise", &[O::EnterpriseId, O::Id]),
            ("ix_supervision_order_subject", &[O::SubjectKind, O::SubjectId]),
            ("ix_supervision_order_status", &[O::Status, O::Deadline]),
        ];
        for (name, columns) in indexes {
            let mut index = Index::create().name(name).table(O::Table).to_owned();
            for column in columns {
                index.col(*column);
            }
            manager.create_index(index).await?;
        }
        use SupervisionOrderProgress as P;
        manager
            .create_table(
                Table::create()
                    .table(P::Table)
                    .col(big_pk_auto(P::Id))
                    .col(big_integer(P::OrderId))
                    .col(date(P::ReportedOn))
                    .col(text(P::Text))
                    .col(string(P::ReportedBy))
                    .col(timestamp_with_time_zone(P::CreatedAt))
                    .foreign_key(ForeignKey::create().from(P::Table, P::OrderId).to(O::Table, O::Id))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_supervision_order_progress_order")
                    .table(P::Table)
                    .col(P::OrderId)
                    .col(P::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(SupervisionOrderProgress::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(SupervisionOrder::Table).to_owned()).await
    }
}
