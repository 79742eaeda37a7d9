//! Identity: testing institutions (承检机构) and the API keys they use as machine
//! clients. Keys are stored only as a slow hash, with their public id beside it.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Institution {
    Table,
    Id,
    Name,
    RegionCode,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ApiKey {
    Table,
    Id,
    InstitutionId,
    PublicId,
    SecretHash,
    Label,
    CreatedAt,
    CreatedBy,
    RevokedAt,
    LastUsedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Institution::Table)
                    .col(big_pk_auto(Institution::Id))
                    .col(string_uniq(Institution::Name))
                    .col(string(Institution::RegionCode))
                    .col(timestamp_with_time_zone(Institution::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_institution_region")
                    .table(Institution::Table)
                    .col(Institution::RegionCode)
                    .col(Institution::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ApiKey::Table)
                    .col(big_pk_auto(ApiKey::Id))
                    .col(big_integer(ApiKey::InstitutionId))
                    // The part of the key before the secret: found by index, then the
                    // secret is checked against the slow hash.
                    .col(string_uniq(ApiKey::PublicId))
                    .col(string(ApiKey::SecretHash))
                    .col(string(ApiKey::Label))
                    .col(timestamp_with_time_zone(ApiKey::CreatedAt))
                    .col(string(ApiKey::CreatedBy))
                    .col(timestamp_with_time_zone_null(ApiKey::RevokedAt))
                    .col(timestamp_with_time_zone_null(ApiKey::LastUsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ApiKey::Table, ApiKey::InstitutionId)
                            .to(Institution::Table, Institution::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_api_key_institution")
                    .table(ApiKey::Table)
                    .col(ApiKey::InstitutionId)
                    .col(ApiKey::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ApiKey::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(Institution::Table).to_owned()).await
    }
}
