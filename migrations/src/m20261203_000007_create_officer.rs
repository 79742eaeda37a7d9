//! The officer directory (执法人员): the people behind the tokens, each at one authority, with
//! the identity provider's subject that ties a token to its officer. Badge numbers and subjects
//! are unique; the directory is filtered by authority and by status, each with its index.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Officer {
    Table,
    Id,
    AuthorityId,
    Name,
    BadgeNumber,
    Subject,
    Tier,
    Industries,
    Status,
    DeactivationReason,
    DeactivatedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Authority {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Officer::Table)
                    .col(big_pk_auto(Officer::Id))
                    .col(big_integer(Officer::AuthorityId))
                    .col(string(Officer::Name))
                    .col(string_uniq(Officer::BadgeNumber))
                    .col(string_uniq(Officer::Subject))
                    .col(string(Officer::Tier))
                    // A JSON array of industry codes.
                    .col(text(Officer::Industries))
                    .col(string(Officer::Status))
                    .col(text_null(Officer::DeactivationReason))
                    .col(timestamp_with_time_zone_null(Officer::DeactivatedAt))
                    .col(timestamp_with_time_zone(Officer::CreatedAt))
                    .col(timestamp_with_time_zone(Officer::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Officer::Table, Officer::AuthorityId)
                            .to(Authority::Table, Authority::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // The directory of one authority, and of every authority by status, in keyset order.
        for (name, columns) in [
            ("ix_officer_authority", [Officer::AuthorityId, Officer::Id]),
            ("ix_officer_status", [Officer::Status, Officer::Id]),
        ] {
            let mut index = Index::create();
            index.name(name).table(Officer::Table);
            for column in columns {
                index.col(column);
            }
            manager.create_index(index.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Officer::Table).to_owned()).await
    }
}
