//! Malicious-counterfeiting cases (恶意造假, §三, issue 18 item 5, docs/adr/0034): one row per case
//! with each step's day and documents, its recall records in a table of their own, and an index
//! for every filter of `counterfeitCases` (status, authority, enterprise, overdue).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum CounterfeitCase {
    Table,
    Id,
    EnterpriseId,
    LicenseId,
    AuthorityId,
    Status,
    Finding,
    SourceKind,
    SourceId,
    OpenedOn,
    OpenedBy,
    DueOn,
    StopOrderedOn,
    StopDocuments,
    RecallCompletedOn,
    ProposalId,
    RevocationReportedOn,
    RevocationOutcome,
    RevocationDecidedOn,
    BanRequestedOn,
    BanDocuments,
    PoliceTransferredOn,
    PoliceDocuments,
    PoliceReceiptOn,
    PoliceReceiptDocuments,
    ClosedOn,
    CloseReason,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum CounterfeitRecall {
    Table,
    Id,
    CaseId,
    Batch,
    QuantityProduced,
    QuantityRecalled,
    Unit,
    RecalledOn,
    Documents,
    RecordedBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use CounterfeitCase as C;
        let reference = |column: C, table: &str| {
            ForeignKey::create().from(C::Table, column).to(Alias::new(table), Alias::new("id")).to_owned()
        };
        manager
            .create_table(
                Table::create()
                    .table(C::Table)
                    .col(big_pk_auto(C::Id))
                    .col(big_integer(C::EnterpriseId))
                    .col(big_integer(C::LicenseId))
                    .col(big_integer(C::AuthorityId))
                    .col(string(C::Status))
                    .col(text(C::Finding))
                    .col(string(C::SourceKind))
                    .col(big_integer_null(C::SourceId))
                    .col(date(C::OpenedOn))
                    .col(string(C::OpenedBy))
                    .col(date_null(C::DueOn))
                    .col(date_null(C::StopOrderedOn))
                    .col(text_null(C::StopDocuments))
                    .col(date_null(C::RecallCompletedOn))
                    // The proposal points back at its case (`revocation_proposal.counterfeit_case_id`,
                    // m20261210_000210), which is where the foreign key is.
                    .col(big_integer_null(C::ProposalId))
                    .col(date_null(C::RevocationReportedOn))
                    .col(string_null(C::RevocationOutcome))
                    .col(date_null(C::RevocationDecidedOn))
                    .col(date_null(C::BanRequestedOn))
                    .col(text_null(C::BanDocuments))
                    .col(date_null(C::PoliceTransferredOn))
                    .col(text_null(C::PoliceDocuments))
                    .col(date_null(C::PoliceReceiptOn))
                    .col(text_null(C::PoliceReceiptDocuments))
                    .col(date_null(C::ClosedOn))
                    .col(text_null(C::CloseReason))
                    .col(timestamp_with_time_zone(C::CreatedAt))
                    .col(timestamp_with_time_zone(C::UpdatedAt))
                    .foreign_key(&mut reference(C::EnterpriseId, "enterprise"))
                    .foreign_key(&mut reference(C::LicenseId, "license"))
                    .foreign_key(&mut reference(C::AuthorityId, "authority"))
                    .to_owned(),
            )
            .await?;
        // state, opening authority, an enterprise's cases, overdue (the deadline of the step
        // waited for; null while the nation decides and once closed).
        let indexes: [(&str, &[C]); 4] = [
            ("ix_counterfeit_case_status", &[C::Status, C::Id]),
            ("ix_counterfeit_case_authority", &[C::AuthorityId, C::Id]),
            ("ix_counterfeit_case_enterprise", &[C::EnterpriseId, C::Id]),
            ("ix_counterfeit_case_due", &[C::DueOn]),
        ];
        for (name, columns) in indexes {
            let mut index = Index::create().name(name).table(C::Table).to_owned();
            for column in columns {
                index.col(*column);
            }
            manager.create_index(index).await?;
        }
        use CounterfeitRecall as R;
        manager
            .create_table(
                Table::create()
                    .table(R::Table)
                    .col(big_pk_auto(R::Id))
                    .col(big_integer(R::CaseId))
                    .col(string(R::Batch))
                    // Exact decimal text: a quantity is never a float.
                    .col(string(R::QuantityProduced))
                    .col(string(R::QuantityRecalled))
                    .col(string(R::Unit))
                    .col(date(R::RecalledOn))
                    .col(text(R::Documents))
                    .col(string(R::RecordedBy))
                    .col(timestamp_with_time_zone(R::CreatedAt))
                    .foreign_key(ForeignKey::create().from(R::Table, R::CaseId).to(C::Table, C::Id))
                    .to_owned(),
            )
            .await?;
        // A batch is recalled once per case; the case's recalls are read by this index too.
        manager
            .create_index(
                Index::create()
                    .name("ux_counterfeit_recall_batch")
                    .table(R::Table)
                    .col(R::CaseId)
                    .col(R::Batch)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(CounterfeitRecall::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(CounterfeitCase::Table).to_owned()).await
    }
}
