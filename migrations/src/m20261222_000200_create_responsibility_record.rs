//! Commendation and accountability records (表彰奖励 / 追究责任, §四, issue 19 item 5,
//! docs/adr/0039): one row per record, its grounds as a JSON list (read whole with the record,
//! never filtered on, an agreement target's reading frozen in it), and an index for every filter
//! of `responsibilityRecords` and for the reading scope (the subject's region, the recording
//! authority, the officer named).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum ResponsibilityRecord {
    Table,
    Id,
    Status,
    Kind,
    Measure,
    Summary,
    RecorderAuthorityId,
    RecorderRegion,
    SubjectKind,
    SubjectAuthorityId,
    SubjectRegion,
    SubjectOfficerId,
    Grounds,
    DraftedOn,
    DraftedBy,
    DocumentNumber,
    IssuedOn,
    AnnulledOn,
    AnnulmentReason,
    WithdrawnOn,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ResponsibilityRecord as R;
        let authority = |column: R| {
            ForeignKey::create()
                .from(R::Table, column)
                .to(Alias::new("authority"), Alias::new("id"))
                .to_owned()
        };
        manager
            .create_table(
                Table::create()
                    .table(R::Table)
                    .col(big_pk_auto(R::Id))
                    .col(string(R::Status))
                    .col(string(R::Kind))
                    .col(string(R::Measure))
                    .col(text(R::Summary))
                    .col(big_integer(R::RecorderAuthorityId))
                    .col(string(R::RecorderRegion))
                    .col(string(R::SubjectKind))
                    .col(big_integer(R::SubjectAuthorityId))
                    .col(string(R::SubjectRegion))
                    .col(big_integer_null(R::SubjectOfficerId))
                    .col(text(R::Grounds))
                    .col(date(R::DraftedOn))
                    .col(string(R::DraftedBy))
                    .col(string_null(R::DocumentNumber))
                    .col(date_null(R::IssuedOn))
                    .col(date_null(R::AnnulledOn))
                    .col(text_null(R::AnnulmentReason))
                    .col(date_null(R::WithdrawnOn))
                    .col(timestamp_with_time_zone(R::CreatedAt))
                    .col(timestamp_with_time_zone(R::UpdatedAt))
                    .foreign_key(&mut authority(R::RecorderAuthorityId))
                    .foreign_key(&mut authority(R::SubjectAuthorityId))
                    .foreign_key(
                        &mut ForeignKey::create()
                            .from(R::Table, R::SubjectOfficerId)
                            .to(Alias::new("officer"), Alias::new("id"))
                            .to_owned(),
                    )
                    .to_owned(),
            )
            .await?;
        // The filters (kind, subject authority, subject officer, status), each with the id the
        // page is ordered by, and the scope: issued records by the subject's region, drafts by
        // the recording authority.
        let indexes: [(&str, &[R]); 6] = [
            ("ix_responsibility_record_kind", &[R::Kind, R::Id]),
            ("ix_responsibility_record_subject_authority", &[R::SubjectAuthorityId, R::Id]),
            ("ix_responsibility_record_subject_officer", &[R::SubjectOfficerId, R::Id]),
            ("ix_responsibility_record_status", &[R::Status, R::Id]),
            ("ix_responsibility_record_subject_region", &[R::SubjectRegion, R::Status]),
            ("ix_responsibility_record_recorder", &[R::RecorderAuthorityId, R::Id]),
        ];
        for (name, columns) in indexes {
            let mut index = Index::create().name(name).table(R::Table).to_owned();
            for column in columns {
                index.col(*column);
            }
            manager.create_index(index).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ResponsibilityRecord::Table).to_owned()).await
    }
}
