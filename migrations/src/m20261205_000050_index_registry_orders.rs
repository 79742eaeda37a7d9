//! The registry lists sort by name (enterprises, officers) and the designations by first day,
//! with the id as tie-break, and their keyset cursors compare (key, id): one index on both answers
//! every page of that order with one range scan. The enterprise one replaces the index on the
//! name alone, which it covers. The other new orders have theirs already: credit code, badge
//! number, institution and authority names are unique (their unique index orders them), and
//! `ix_authority_region` is (region_code, id).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Enterprise {
    Table,
    Name,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum Officer {
    Table,
    Name,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum Designation {
    Table,
    ValidFrom,
    Id,
}

const ENTERPRISE_OLD: &str = "ix_enterprise_name";
const ENTERPRISE_NEW: &str = "ix_enterprise_name_id";
const OFFICER: &str = "ix_officer_name_id";
const DESIGNATION: &str = "ix_designation_valid_from_id";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let enterprise = Index::create()
            .name(ENTERPRISE_NEW)
            .table(Enterprise::Table)
            .col(Enterprise::Name)
            .col(Enterprise::Id)
            .to_owned();
        manager.create_index(enterprise).await?;
        manager.drop_index(Index::drop().name(ENTERPRISE_OLD).table(Enterprise::Table).to_owned()).await?;
        let officer = Index::create()
            .name(OFFICER)
            .table(Officer::Table)
            .col(Officer::Name)
            .col(Officer::Id)
            .to_owned();
        manager.create_index(officer).await?;
        let designation = Index::create()
            .name(DESIGNATION)
            .table(Designation::Table)
            .col(Designation::ValidFrom)
            .col(Designation::Id)
            .to_owned();
        manager.create_index(designation).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_index(Index::drop().name(DESIGNATION).table(Designation::Table).to_owned()).await?;
        manager.drop_index(Index::drop().name(OFFICER).table(Officer::Table).to_owned()).await?;
        let enterprise =
            Index::create().name(ENTERPRISE_OLD).table(Enterprise::Table).col(Enterprise::Name).to_owned();
        manager.create_index(enterprise).await?;
        manager.drop_index(Index::drop().name(ENTERPRISE_NEW).table(Enterprise::Table).to_owned()).await
    }
}
