//! Responsibility agreements (责任状, §四, issue 19 item 2, docs/adr/0036): one row per agreement
//! between an authority and one directly below it for a year, its targets as a JSON list (read
//! whole with the agreement, never filtered on), at most one standing (not withdrawn) agreement
//! per lower authority and year (a partial unique index), and an index for every filter of
//! `responsibilityAgreements`.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum ResponsibilityAgreement {
    Table,
    Id,
    Status,
    IssuerAuthorityId,
    IssuerRegion,
    CounterpartAuthorityId,
    CounterpartRegion,
    Year,
    Targets,
    DraftedOn,
    DraftedBy,
    SignedOn,
    SignedBy,
    WithdrawnOn,
    WithdrawalReason,
    CreatedAt,
    UpdatedAt,
}

const STANDING_INDEX: &str = "ux_responsibility_agreement_standing";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ResponsibilityAgreement as R;
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
                    .col(big_integer(R::IssuerAuthorityId))
                    .col(string(R::IssuerRegion))
                    .col(big_integer(R::CounterpartAuthorityId))
                    .col(string(R::CounterpartRegion))
                    .col(integer(R::Year))
                    .col(text(R::Targets))
                    .col(date(R::DraftedOn))
                    .col(string(R::DraftedBy))
                    .col(date_null(R::SignedOn))
                    .col(string_null(R::SignedBy))
                    .col(date_null(R::WithdrawnOn))
                    .col(text_null(R::WithdrawalReason))
                    .col(timestamp_with_time_zone(R::CreatedAt))
                    .col(timestamp_with_time_zone(R::UpdatedAt))
                    .foreign_key(&mut authority(R::IssuerAuthorityId))
                    .foreign_key(&mut authority(R::CounterpartAuthorityId))
                    .to_owned(),
            )
            .await?;
        // The filters (issuer, counterpart, year with status) and the scope (either authority's
        // region inside the caller's jurisdiction).
        let indexes: [(&str, &[R]); 5] = [
            ("ix_responsibility_agreement_issuer", &[R::IssuerAuthorityId, R::Id]),
            ("ix_responsibility_agreement_counterpart", &[R::CounterpartAuthorityId, R::Year]),
            ("ix_responsibility_agreement_year", &[R::Year, R::Status]),
            ("ix_responsibility_agreement_issuer_region", &[R::IssuerRegion]),
            ("ix_responsibility_agreement_counterpart_region", &[R::CounterpartRegion]),
        ];
        for (name, columns) in indexes {
            let mut index = Index::create().name(name).table(R::Table).to_owned();
            for column in columns {
                index.col(*column);
            }
            manager.create_index(index).await?;
        }
        // A PATROL_COVERAGE target finds the plans carried out inside the bound authority's
        // region by the executing authorities' region codes.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE INDEX ix_patrol_plan_authority_region ON patrol_plan_authority (region_code)",
            )
            .await?;
        // One standing agreement per lower authority and year: a concurrent second draft fails
        // here rather than leaving two sets of targets for the same work.
        manager
            .get_connection()
            .execute_unprepared(&format!(
                "CREATE UNIQUE INDEX {STANDING_INDEX} ON responsibility_agreement (counterpart_authority_id, year) \
                 WHERE status <> 'WITHDRAWN'"
            ))
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("ix_patrol_plan_authority_region")
                    .table(Alias::new("patrol_plan_authority"))
                    .to_owned(),
            )
            .await?;
        manager.drop_table(Table::drop().table(ResponsibilityAgreement::Table).to_owned()).await
    }
}
