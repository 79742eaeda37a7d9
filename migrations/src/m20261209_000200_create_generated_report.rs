//! Generated reports up the hierarchy (年度报告, 半年报告, §二(五), issue 17 items 2–3,
//! docs/adr/0030): one row per authority, kind and period with its approval status; one per
//! version (each generation, kept after an unlock); the figures of a version, and the records
//! each figure counted (the snapshot the drill-down pages through, keyset on the record id).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum GeneratedReport {
    Table,
    Id,
    AuthorityId,
    AuthorityRegion,
    Kind,
    Year,
    Half,
    Status,
    CurrentVersion,
    ReturnReason,
    UnlockReason,
    UpdatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ReportVersion {
    Table,
    Id,
    ReportId,
    Version,
    PeriodFrom,
    PeriodTo,
    GeneratedOn,
    GeneratedBy,
    MedianCloseDays,
    LockedAt,
    LockedBy,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ReportFigure {
    Table,
    VersionId,
    Figure,
    Grp,
    N,
}

#[derive(DeriveIden, Clone, Copy)]
enum ReportRecord {
    Table,
    VersionId,
    Figure,
    Grp,
    RecordId,
}

fn to(table: &str) -> (Alias, Alias) {
    (Alias::new(table), Alias::new("id"))
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use GeneratedReport as R;
        let (authority, authority_id) = to("authority");
        manager
            .create_table(
                Table::create()
                    .table(R::Table)
                    .col(big_pk_auto(R::Id))
                    .col(big_integer(R::AuthorityId))
                    .col(string(R::AuthorityRegion))
                    .col(string(R::Kind))
                    .col(integer(R::Year))
                    .col(small_integer(R::Half))
                    .col(string(R::Status))
                    .col(integer(R::CurrentVersion))
                    .col(text_null(R::ReturnReason))
                    .col(text_null(R::UnlockReason))
                    .col(string(R::UpdatedBy))
                    .col(timestamp_with_time_zone(R::CreatedAt))
                    .col(timestamp_with_time_zone(R::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create().from(R::Table, R::AuthorityId).to(authority, authority_id),
                    )
                    .to_owned(),
            )
            .await?;
        // One report per authority, kind and period; the list's scope (the region prefix).
        manager
            .create_index(
                Index::create()
                    .name("ux_generated_report_period")
                    .table(R::Table)
                    .col(R::AuthorityId)
                    .col(R::Kind)
                    .col(R::Year)
                    .col(R::Half)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_generated_report_region")
                    .table(R::Table)
                    .col(R::AuthorityRegion)
                    .col(R::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("ix_generated_report_status").table(R::Table).col(R::Status).to_owned(),
            )
            .await?;
        create_versions(manager).await?;
        create_snapshot(manager).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["report_record", "report_figure", "report_version", "generated_report"] {
            manager.drop_table(Table::drop().table(Alias::new(table)).to_owned()).await?;
        }
        Ok(())
    }
}

async fn create_versions(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    use ReportVersion as V;
    let (report, report_id) = to("generated_report");
    manager
        .create_table(
            Table::create()
                .table(V::Table)
                .col(big_pk_auto(V::Id))
                .col(big_integer(V::ReportId))
                .col(integer(V::Version))
                .col(date(V::PeriodFrom))
                .col(date(V::PeriodTo))
                .col(date(V::GeneratedOn))
                .col(string(V::GeneratedBy))
                .col(integer_null(V::MedianCloseDays))
                .col(timestamp_with_time_zone_null(V::LockedAt))
                .col(string_null(V::LockedBy))
                .col(timestamp_with_time_zone(V::CreatedAt))
                .foreign_key(ForeignKey::create().from(V::Table, V::ReportId).to(report, report_id))
                .to_owned(),
        )
        .await?;
    manager
        .create_index(
            Index::create()
                .name("ux_report_version")
                .table(V::Table)
                .col(V::ReportId)
                .col(V::Version)
                .unique()
                .to_owned(),
        )
        .await
}

/// The snapshot: no foreign key on the counted record (it names rows of eight tables), no
/// surrogate id (the key is the version, figure and record — a record counts once per figure).
async fn create_snapshot(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    use ReportFigure as F;
    use ReportRecord as C;
    let (version, version_id) = to("report_version");
    manager
        .create_table(
            Table::create()
                .table(F::Table)
                .col(big_integer(F::VersionId))
                .col(string(F::Figure))
                .col(string(F::Grp))
                .col(big_integer(F::N))
                .primary_key(Index::create().col(F::VersionId).col(F::Figure).col(F::Grp))
                .foreign_key(
                    ForeignKey::create().from(F::Table, F::VersionId).to(version.clone(), version_id.clone()),
                )
                .to_owned(),
        )
        .await?;
    manager
        .create_table(
            Table::create()
                .table(C::Table)
                .col(big_integer(C::VersionId))
                .col(string(C::Figure))
                .col(string(C::Grp))
                .col(big_integer(C::RecordId))
                // The drill-down's keyset: a figure's records by id, within a version.
                .primary_key(Index::create().col(C::VersionId).col(C::Figure).col(C::RecordId))
                .foreign_key(ForeignKey::create().from(C::Table, C::VersionId).to(version, version_id))
                .to_owned(),
        )
        .await
}
