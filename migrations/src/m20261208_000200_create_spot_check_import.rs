//! Spot-check results imports (监督抽查结果导入, issue 17 item 8, docs/adr/0029): one row per
//! imported file (its SHA-256 unique: the same bytes are imported once), one per result row, and
//! the link from a linkage notice to the import whose failure sent it.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum SpotCheckImport {
    Table,
    Id,
    CampaignName,
    CampaignLevel,
    StartsOn,
    EndsOn,
    AuthorityId,
    AuthorityRegion,
    FileName,
    FileKind,
    FileSha256,
    RowCount,
    FailedCount,
    NoticeCount,
    ImportedOn,
    ImportedBy,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum SpotCheckRow {
    Table,
    Id,
    ImportId,
    RowNumber,
    EnterpriseId,
    LicenseId,
    CreditCode,
    LicenseNumber,
    EnterpriseName,
    ProductName,
    Model,
    SamplingDate,
    Institution,
    Conclusion,
    FailedItems,
    NoticeId,
}

#[derive(DeriveIden, Clone, Copy)]
enum LinkageNotice {
    Table,
    SpotCheckImportId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use SpotCheckImport as I;
        use SpotCheckRow as R;
        manager
            .create_table(
                Table::create()
                    .table(I::Table)
                    .col(big_pk_auto(I::Id))
                    .col(string(I::CampaignName))
                    .col(string(I::CampaignLevel))
                    .col(date(I::StartsOn))
                    .col(date(I::EndsOn))
                    .col(big_integer(I::AuthorityId))
                    .col(string(I::AuthorityRegion))
                    .col(string(I::FileName))
                    .col(string(I::FileKind))
                    .col(string(I::FileSha256))
                    .col(integer(I::RowCount))
                    .col(integer(I::FailedCount))
                    .col(integer(I::NoticeCount))
                    .col(date(I::ImportedOn))
                    .col(string(I::ImportedBy))
                    .col(timestamp_with_time_zone(I::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(I::Table, I::AuthorityId)
                            .to(Alias::new("authority"), Alias::new("id")),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(R::Table)
                    .col(big_pk_auto(R::Id))
                    .col(big_integer(R::ImportId))
                    .col(integer(R::RowNumber))
                    .col(big_integer(R::EnterpriseId))
                    .col(big_integer(R::LicenseId))
                    .col(string(R::CreditCode))
                    .col(string(R::LicenseNumber))
                    .col(string(R::EnterpriseName))
                    .col(string(R::ProductName))
                    .col(string(R::Model))
                    .col(date(R::SamplingDate))
                    .col(string(R::Institution))
                    .col(string(R::Conclusion))
                    .col(text_null(R::FailedItems))
                    .col(big_integer_null(R::NoticeId))
                    .foreign_key(ForeignKey::create().from(R::Table, R::ImportId).to(I::Table, I::Id))
                    .foreign_key(
                        ForeignKey::create()
                            .from(R::Table, R::EnterpriseId)
                            .to(Alias::new("enterprise"), Alias::new("id")),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(R::Table, R::NoticeId)
                            .to(Alias::new("linkage_notice"), Alias::new("id")),
                    )
                    .to_owned(),
            )
            .await?;
        // The same file (its hash) once; the imports list scoped by the importer's region; an
        // import's rows, all or by conclusion, in row order; an enterprise's results.
        manager
            .create_index(
                Index::create()
                    .name("ux_spot_check_import_sha256")
                    .table(I::Table)
                    .col(I::FileSha256)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_spot_check_import_region")
                    .table(I::Table)
                    .col(I::AuthorityRegion)
                    .col(I::Id)
                    .to_owned(),
            )
            .await?;
        let row_indexes: [(&str, &[R]); 3] = [
            ("ix_spot_check_row_import", &[R::ImportId, R::Id]),
            ("ix_spot_check_row_conclusion", &[R::ImportId, R::Conclusion, R::Id]),
            ("ix_spot_check_row_enterprise", &[R::EnterpriseId]),
        ];
        for (name, columns) in row_indexes {
            let mut index = Index::create().name(name).table(R::Table).to_owned();
            for column in columns {
                index.col(*column);
            }
            manager.create_index(index).await?;
        }
        // A notice sent by an import points at it: the import reads its notices back by it.
        manager
            .alter_table(
                Table::alter()
                    .table(LinkageNotice::Table)
                    .add_column(big_integer_null(LinkageNotice::SpotCheckImportId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_linkage_notice_spot_check_import")
                    .table(LinkageNotice::Table)
                    .col(LinkageNotice::SpotCheckImportId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("ix_linkage_notice_spot_check_import")
                    .table(LinkageNotice::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(LinkageNotice::Table)
                    .drop_column(LinkageNotice::SpotCheckImportId)
                    .to_owned(),
            )
            .await?;
        manager.drop_table(Table::drop().table(SpotCheckRow::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(SpotCheckImport::Table).to_owned()).await
    }
}
