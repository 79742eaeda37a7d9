//! The officer directory's conflict list (回避, issue 15, docs/adr/0022 decision 25): an officer
//! recused from an enterprise (kin, a former employer …) inspects it on no patrol or follow-up.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum OfficerRecusal {
    Table,
    Id,
    OfficerId,
    EnterpriseId,
    Reason,
    RecordedBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use OfficerRecusal as R;
        manager
            .create_table(
                Table::create()
                    .table(R::Table)
                    .col(big_pk_auto(R::Id))
                    .col(big_integer(R::OfficerId))
                    .col(big_integer(R::EnterpriseId))
                    .col(text(R::Reason))
                    .col(string(R::RecordedBy))
                    .col(timestamp_with_time_zone(R::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(R::Table, R::OfficerId)
                            .to(Alias::new("officer"), Alias::new("id")),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(R::Table, R::EnterpriseId)
                            .to(Alias::new("enterprise"), Alias::new("id")),
                    )
                    .to_owned(),
            )
            .await?;
        // An officer is recused from an enterprise once; the inspectors' check reads by officer.
        manager
            .create_index(
                Index::create()
                    .name("ux_officer_recusal")
                    .table(R::Table)
                    .col(R::OfficerId)
                    .col(R::EnterpriseId)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(OfficerRecusal::Table).to_owned()).await
    }
}
