//! Unlicensed-production cases (无证生产, §三, issue 18, docs/adr/0033): one row per case, with
//! its producer, finding and steps, and an index for every filter of `unlicensedCases`.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum UnlicensedCase {
    Table,
    Id,
    Status,
    Region,
    AuthorityId,
    ProducerName,
    CreditCode,
    Address,
    Industry,
    Product,
    EnterpriseId,
    Source,
    PatrolId,
    Reference,
    Finding,
    FoundOn,
    UrgedOn,
    ApplyBy,
    LicenseId,
    LicensedOn,
    BanGround,
    LocalGovernment,
    BanDocument,
    BanNotifiedOn,
    ClosedOn,
    CloseNote,
    OpenedBy,
    UpdatedBy,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use UnlicensedCase as C;
        let fk = |column: C, table: &str| {
            ForeignKey::create().from(C::Table, column).to(Alias::new(table), Alias::new("id")).to_owned()
        };
        manager
            .create_table(
                Table::create()
                    .table(C::Table)
                    .col(big_pk_auto(C::Id))
                    .col(string(C::Status))
                    .col(string(C::Region))
                    .col(big_integer(C::AuthorityId))
                    .col(string(C::ProducerName))
                    .col(string_null(C::CreditCode))
                    .col(string(C::Address))
                    .col(string(C::Industry))
                    .col(string(C::Product))
                    .col(big_integer_null(C::EnterpriseId))
                    .col(string(C::Source))
                    .col(big_integer_null(C::PatrolId))
                    .col(string_null(C::Reference))
                    .col(text(C::Finding))
                    .col(date(C::FoundOn))
                    .col(date_null(C::UrgedOn))
                    .col(date_null(C::ApplyBy))
                    .col(big_integer_null(C::LicenseId))
                    .col(date_null(C::LicensedOn))
                    .col(string_null(C::BanGround))
                    .col(string_null(C::LocalGovernment))
                    .col(string_null(C::BanDocument))
                    .col(date_null(C::BanNotifiedOn))
                    .col(date_null(C::ClosedOn))
                    .col(text_null(C::CloseNote))
                    .col(string(C::OpenedBy))
                    .col(string(C::UpdatedBy))
                    .col(timestamp_with_time_zone(C::CreatedAt))
                    .col(timestamp_with_time_zone(C::UpdatedAt))
                    .foreign_key(&mut fk(C::AuthorityId, "authority"))
                    .foreign_key(&mut fk(C::EnterpriseId, "enterprise"))
                    .foreign_key(&mut fk(C::PatrolId, "patrol_inspection"))
                    .foreign_key(&mut fk(C::LicenseId, "license"))
                    .to_owned(),
            )
            .await?;
        // The scope (the producer's place inside the caller's jurisdiction), status and overdue
        // (status with the day to apply), the producer by credit code (the one-open-case check
        // and the filter), the industry, and an enterprise's cases (its archive).
        let indexes: [(&str, &[C]); 5] = [
            ("ix_unlicensed_case_region", &[C::Region, C::Id]),
            ("ix_unlicensed_case_status", &[C::Status, C::ApplyBy]),
            ("ix_unlicensed_case_credit_code", &[C::CreditCode, C::Status]),
            ("ix_unlicensed_case_industry", &[C::Industry, C::Id]),
            ("ix_unlicensed_case_enterprise", &[C::EnterpriseId, C::Id]),
        ];
        for (name, columns) in indexes {
            let mut index = Index::create().name(name).table(C::Table).to_owned();
            for column in columns {
                index.col(*column);
            }
            manager.create_index(index).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(UnlicensedCase::Table).to_owned()).await
    }
}
