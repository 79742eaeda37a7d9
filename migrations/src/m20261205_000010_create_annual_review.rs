//! The annual review (年度审查, §二(二), issue 14, docs/adr/0021): a province's review years, one
//! review per license in a year, the versions of each self-inspection report (自查报告), and the
//! on-site inspections (实地检查) — shaped so that a patrol inspection can be their other origin.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum AnnualReviewYear {
    Table,
    Id,
    AuthorityId,
    Province,
    Year,
    OpenedOn,
    SubmissionDeadline,
    Delegated,
    OpenedBy,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum AnnualReview {
    Table,
    Id,
    YearId,
    Year,
    LicenseId,
    EnterpriseId,
    Industry,
    Status,
    JoinedOn,
    SubmissionDeadline,
    ReportVersion,
    FirstSubmittedOn,
    OverdueSince,
    Reminders,
    LastRemindedOn,
    QueuedAt,
    CopyHandedInOn,
    CopyHow,
    CopyReceivedOn,
    CopyReceivedBy,
    OnSiteReason,
    ConclusionNote,
    ConcludedBy,
    ConcludedOn,
    RectifyBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum SelfInspectionReport {
    Table,
    Id,
    ReviewId,
    Version,
    Status,
    Content,
    AttachmentIds,
    SubmissionKey,
    SubmittedAt,
    SubmittedBy,
    ReturnReason,
    UpdatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum OnSiteInspection {
    Table,
    Id,
    ReviewId,
    EnterpriseId,
    LicenseId,
    InspectedOn,
    Inspectors,
    Findings,
    Outcome,
    RecordedBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create_years(manager).await?;
        create_reviews(manager).await?;
        create_reports(manager).await?;
        create_inspections(manager).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            OnSiteInspection::Table.into_iden(),
            SelfInspectionReport::Table.into_iden(),
            AnnualReview::Table.into_iden(),
            AnnualReviewYear::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}

async fn create_years(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    use AnnualReviewYear as Y;
    manager
        .create_table(
            Table::create()
                .table(Y::Table)
                .col(big_pk_auto(Y::Id))
                .col(big_integer(Y::AuthorityId))
                .col(string_len(Y::Province, 6))
                .col(integer(Y::Year))
                .col(date(Y::OpenedOn))
                .col(date(Y::SubmissionDeadline))
                .col(boolean(Y::Delegated))
                .col(string(Y::OpenedBy))
                .col(timestamp_with_time_zone(Y::CreatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(Y::Table, Y::AuthorityId)
                        .to(Alias::new("authority"), Alias::new("id")),
                )
                .to_owned(),
        )
        .await?;
    // One review year per province and year, kept by the database against a race.
    manager
        .create_index(
            Index::create()
                .name("ux_annual_review_year")
                .table(Y::Table)
                .col(Y::Province)
                .col(Y::Year)
                .unique()
                .to_owned(),
        )
        .await
}

async fn create_reviews(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    use AnnualReview as R;
    manager
        .create_table(
            Table::create()
                .table(R::Table)
                .col(big_pk_auto(R::Id))
                .col(big_integer(R::YearId))
                .col(integer(R::Year))
                .col(big_integer(R::LicenseId))
                .col(big_integer(R::EnterpriseId))
                .col(string(R::Industry))
                .col(string(R::Status))
                .col(date(R::JoinedOn))
                .col(date(R::SubmissionDeadline))
                .col(integer(R::ReportVersion))
                .col(date_null(R::FirstSubmittedOn))
                .col(date_null(R::OverdueSince))
                .col(integer(R::Reminders).default(0))
                .col(date_null(R::LastRemindedOn))
                .col(timestamp_with_time_zone(R::QueuedAt))
                .col(date_null(R::CopyHandedInOn))
                .col(text_null(R::CopyHow))
                .col(date_null(R::CopyReceivedOn))
                .col(string_null(R::CopyReceivedBy))
                .col(text_null(R::OnSiteReason))
                .col(text_null(R::ConclusionNote))
                .col(string_null(R::ConcludedBy))
                .col(date_null(R::ConcludedOn))
                .col(date_null(R::RectifyBy))
                .col(timestamp_with_time_zone(R::CreatedAt))
                .col(timestamp_with_time_zone(R::UpdatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(R::Table, R::YearId)
                        .to(AnnualReviewYear::Table, AnnualReviewYear::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(R::Table, R::LicenseId)
                        .to(Alias::new("license"), Alias::new("id")),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(R::Table, R::EnterpriseId)
                        .to(Alias::new("enterprise"), Alias::new("id")),
                )
                .to_owned(),
        )
        .await?;
    // A license is in a year once; the reviewer's queue (year, status, in enrolment order or the
    // longest waiting first); the enterprise's own reviews (the loader); a license's reviews
    // (leaving the year).
    let indexes: [(&str, &[R], bool); 5] = [
        ("ux_annual_review_license", &[R::YearId, R::LicenseId], true),
        ("ix_annual_review_queue", &[R::YearId, R::Status, R::Id], false),
        ("ix_annual_review_queued", &[R::YearId, R::Status, R::QueuedAt, R::Id], false),
        ("ix_annual_review_enterprise", &[R::EnterpriseId, R::Id], false),
        ("ix_annual_review_license", &[R::LicenseId, R::Status], false),
    ];
    for (name, columns, unique) in indexes {
        let mut index = Index::create().name(name).table(R::Table).to_owned();
        for &column in columns {
            index.col(column);
        }
        if unique {
            index.unique();
        }
        manager.create_index(index).await?;
    }
    Ok(())
}

async fn create_reports(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    use SelfInspectionReport as S;
    manager
        .create_table(
            Table::create()
                .table(S::Table)
                .col(big_pk_auto(S::Id))
                .col(big_integer(S::ReviewId))
                .col(integer(S::Version))
                .col(string(S::Status))
                .col(text(S::Content))
                .col(text(S::AttachmentIds))
                .col(string_null(S::SubmissionKey))
                .col(timestamp_with_time_zone_null(S::SubmittedAt))
                .col(string_null(S::SubmittedBy))
                .col(text_null(S::ReturnReason))
                .col(string(S::UpdatedBy))
                .col(timestamp_with_time_zone(S::CreatedAt))
                .col(timestamp_with_time_zone(S::UpdatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(S::Table, S::ReviewId)
                        .to(AnnualReview::Table, AnnualReview::Id),
                )
                .to_owned(),
        )
        .await?;
    // Versions are numbered once per review; a submission key (idempotency) is used once per review.
    for (name, column) in [
        ("ux_self_inspection_report_version", S::Version),
        ("ux_self_inspection_report_key", S::SubmissionKey),
    ] {
        manager
            .create_index(
                Index::create().name(name).table(S::Table).col(S::ReviewId).col(column).unique().to_owned(),
            )
            .await?;
    }
    Ok(())
}

async fn create_inspections(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    use OnSiteInspection as I;
    manager
        .create_table(
            Table::create()
                .table(I::Table)
                .col(big_pk_auto(I::Id))
                .col(big_integer_null(I::ReviewId))
                .col(big_integer(I::EnterpriseId))
                .col(big_integer(I::LicenseId))
                .col(date(I::InspectedOn))
                .col(text(I::Inspectors))
                .col(text(I::Findings))
                .col(string(I::Outcome))
                .col(string(I::RecordedBy))
                .col(timestamp_with_time_zone(I::CreatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(I::Table, I::ReviewId)
                        .to(AnnualReview::Table, AnnualReview::Id),
                )
                .to_owned(),
        )
        .await?;
    for (name, column) in
        [("ix_on_site_inspection_review", I::ReviewId), ("ix_on_site_inspection_enterprise", I::EnterpriseId)]
    {
        manager
            .create_index(Index::create().name(name).table(I::Table).col(column).col(I::Id).to_owned())
            .await?;
    }
    Ok(())
}
