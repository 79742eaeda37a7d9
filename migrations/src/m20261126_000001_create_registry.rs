//! The registry of licensed enterprises: authorities, enterprises, licenses, the
//! license copy (副本) log and the quality archive (企业质量档案).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Authority {
    Table,
    Id,
    Name,
    Level,
    RegionCode,
    ParentId,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Enterprise {
    Table,
    Id,
    CreditCode,
    Name,
    RegionCode,
    Address,
    Scale,
    Products,
    ProductionConditions,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum License {
    Table,
    Id,
    EnterpriseId,
    Number,
    DisplayNumber,
    IndustryCode,
    ProductUnit,
    IssuedOn,
    ExpiresOn,
    Status,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum LicenseCopyEntry {
    Table,
    Id,
    LicenseId,
    Kind,
    Text,
    RecordedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ArchiveEvent {
    Table,
    Id,
    EnterpriseId,
    LicenseId,
    Kind,
    Summary,
    Details,
    OccurredAt,
    RecordedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Authority::Table)
                    .col(big_pk_auto(Authority::Id))
                    .col(string_uniq(Authority::Name))
                    .col(string(Authority::Level))
                    .col(string(Authority::RegionCode))
                    .col(big_integer_null(Authority::ParentId))
                    .col(timestamp_with_time_zone(Authority::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Authority::Table, Authority::ParentId)
                            .to(Authority::Table, Authority::Id),
                    )
                    .to_owned(),
            )
            .await?;
        index(manager, "ix_authority_region", Authority::Table, &[Authority::RegionCode, Authority::Id])
            .await?;
        index(manager, "ix_authority_parent", Authority::Table, &[Authority::ParentId]).await?;

        manager
            .create_table(
                Table::create()
                    .table(Enterprise::Table)
                    .col(big_pk_auto(Enterprise::Id))
                    .col(string_uniq(Enterprise::CreditCode))
                    .col(string(Enterprise::Name))
                    .col(string(Enterprise::RegionCode))
                    .col(string(Enterprise::Address))
                    .col(string(Enterprise::Scale))
                    .col(text(Enterprise::Products))
                    .col(text(Enterprise::ProductionConditions))
                    .col(timestamp_with_time_zone(Enterprise::CreatedAt))
                    .col(timestamp_with_time_zone(Enterprise::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        // Jurisdiction filters are range scans on the region code; the id makes the
        // keyset order of a page come straight from the index.
        index(manager, "ix_enterprise_region", Enterprise::Table, &[Enterprise::RegionCode, Enterprise::Id])
            .await?;
        index(manager, "ix_enterprise_name", Enterprise::Table, &[Enterprise::Name]).await?;

        manager
            .create_table(
                Table::create()
                    .table(License::Table)
                    .col(big_pk_auto(License::Id))
                    .col(big_integer(License::EnterpriseId))
                    .col(string_uniq(License::Number))
                    .col(string(License::DisplayNumber))
                    .col(string(License::IndustryCode))
                    .col(string(License::ProductUnit))
                    .col(date(License::IssuedOn))
                    .col(date(License::ExpiresOn))
                    .col(string(License::Status))
                    .col(timestamp_with_time_zone(License::CreatedAt))
                    .col(timestamp_with_time_zone(License::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(License::Table, License::EnterpriseId)
                            .to(Enterprise::Table, Enterprise::Id),
                    )
                    .to_owned(),
            )
            .await?;
        index(manager, "ix_license_enterprise", License::Table, &[License::EnterpriseId, License::Id])
            .await?;
        // The enterprise filters "has a license in industry X / with status Y" are
        // semi-joins that start from these indexes.
        index(
            manager,
            "ix_license_industry",
            License::Table,
            &[License::IndustryCode, License::EnterpriseId],
        )
        .await?;
        index(manager, "ix_license_status", License::Table, &[License::Status, License::EnterpriseId])
            .await?;
        index(manager, "ix_license_expires", License::Table, &[License::ExpiresOn]).await?;

        manager
            .create_table(
                Table::create()
                    .table(LicenseCopyEntry::Table)
                    .col(big_pk_auto(LicenseCopyEntry::Id))
                    .col(big_integer(LicenseCopyEntry::LicenseId))
                    .col(string(LicenseCopyEntry::Kind))
                    .col(text(LicenseCopyEntry::Text))
                    .col(timestamp_with_time_zone(LicenseCopyEntry::RecordedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(LicenseCopyEntry::Table, LicenseCopyEntry::LicenseId)
                            .to(License::Table, License::Id),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "ix_license_copy_entry_license",
            LicenseCopyEntry::Table,
            &[LicenseCopyEntry::LicenseId, LicenseCopyEntry::Id],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(ArchiveEvent::Table)
                    .col(big_pk_auto(ArchiveEvent::Id))
                    .col(big_integer(ArchiveEvent::EnterpriseId))
                    .col(big_integer_null(ArchiveEvent::LicenseId))
                    .col(string(ArchiveEvent::Kind))
                    .col(text(ArchiveEvent::Summary))
                    .col(text(ArchiveEvent::Details))
                    .col(timestamp_with_time_zone(ArchiveEvent::OccurredAt))
                    .col(timestamp_with_time_zone(ArchiveEvent::RecordedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ArchiveEvent::Table, ArchiveEvent::EnterpriseId)
                            .to(Enterprise::Table, Enterprise::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ArchiveEvent::Table, ArchiveEvent::LicenseId)
                            .to(License::Table, License::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // The archive feed is read newest first, optionally restricted to some kinds.
        index(
            manager,
            "ix_archive_event_feed",
            ArchiveEvent::Table,
            &[ArchiveEvent::EnterpriseId, ArchiveEvent::OccurredAt, ArchiveEvent::Id],
        )
        .await?;
        index(
            manager,
            "ix_archive_event_kind",
            ArchiveEvent::Table,
            &[ArchiveEvent::EnterpriseId, ArchiveEvent::Kind, ArchiveEvent::OccurredAt, ArchiveEvent::Id],
        )
        .await?;

        // `nameContains` is a substring search. On PostgreSQL a trigram index serves
        // it; SQLite has no equivalent, and there the search rides on the keyset
        // scan, which stops as soon as a page is full (see docs/adr/0003).
        if manager.get_database_backend() == DbBackend::Postgres {
            let db = manager.get_connection();
            db.execute_unprepared("CREATE EXTENSION IF NOT EXISTS pg_trgm").await?;
            db.execute_unprepared(
                "CREATE INDEX ix_enterprise_name_trgm ON enterprise USING gin (name gin_trgm_ops)",
            )
            .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ArchiveEvent::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(LicenseCopyEntry::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(License::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(Enterprise::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(Authority::Table).to_owned()).await?;
        Ok(())
    }
}

/// Creates a plain B-tree index; the name is explicit so later migrations can refer to it.
async fn index<T: IntoIden + Copy + 'static, C: IntoIden + Copy + 'static>(
    manager: &SchemaManager<'_>,
    name: &str,
    table: T,
    columns: &[C],
) -> Result<(), DbErr> {
    let mut statement = Index::create();
    statement.name(name).table(table);
    for column in columns {
        statement.col(*column);
    }
    manager.create_index(statement.to_owned()).await
}
