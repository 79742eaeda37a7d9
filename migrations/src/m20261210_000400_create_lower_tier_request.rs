//! Requests from the lower tier (问题、困难、保障, §四, issue 19 item 4, docs/adr/0035): one row per
//! request, with an index for every filter of `lowerTierRequests`.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum LowerTierRequest {
    Table,
    Id,
    Kind,
    Status,
    RaiserAuthorityId,
    RaiserRegion,
    TargetAuthorityId,
    TargetRegion,
    Text,
    RaisedOn,
    AnswerBy,
    Answer,
    AnsweredOn,
    AnsweredBy,
    ResolvedOn,
    NReopened,
    ReopenReason,
    RaisedBy,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use LowerTierRequest as R;
        manager
            .create_table(
                Table::create()
                    .table(R::Table)
                    .col(big_pk_auto(R::Id))
                    .col(string(R::Kind))
                    .col(string(R::Status))
                    .col(big_integer(R::RaiserAuthorityId))
                    .col(string(R::RaiserRegion))
                    .col(big_integer(R::TargetAuthorityId))
                    .col(string(R::TargetRegion))
                    .col(text(R::Text))
                    .col(date(R::RaisedOn))
                    .col(date(R::AnswerBy))
                    .col(text_null(R::Answer))
                    .col(date_null(R::AnsweredOn))
                    .col(string_null(R::AnsweredBy))
                    .col(date_null(R::ResolvedOn))
                    .col(integer(R::NReopened))
                    .col(text_null(R::ReopenReason))
                    .col(string(R::RaisedBy))
                    .col(timestamp_with_time_zone(R::CreatedAt))
                    .col(timestamp_with_time_zone(R::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(R::Table, R::RaiserAuthorityId)
                            .to(Alias::new("authority"), Alias::new("id")),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(R::Table, R::TargetAuthorityId)
                            .to(Alias::new("authority"), Alias::new("id")),
                    )
                    .to_owned(),
            )
            .await?;
        // raisedBy and raisedTo (with the id the page is ordered by), the scope (raiser or
        // target region inside the caller's jurisdiction), and status / overdue (status with the
        // answer deadline).
        let indexes: [(&str, &[R]); 5] = [
            ("ix_lower_tier_request_raiser", &[R::RaiserAuthorityId, R::Id]),
            ("ix_lower_tier_request_target", &[R::TargetAuthorityId, R::Id]),
            ("ix_lower_tier_request_raiser_region", &[R::RaiserRegion]),
            ("ix_lower_tier_request_target_region", &[R::TargetRegion]),
            ("ix_lower_tier_request_status", &[R::Status, R::AnswerBy]),
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
        manager.drop_table(Table::drop().table(LowerTierRequest::Table).to_owned()).await
    }
}
