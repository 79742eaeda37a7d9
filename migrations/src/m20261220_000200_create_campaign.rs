//! Key-industry campaigns (专项整治, §三, issue 18 item 2, docs/adr/0038): one row per campaign,
//! its industries and its regions (with their code ranges) in two child tables, indexed for the
//! patrol plans' intensification lookup (industry → campaigns, enterprise region → campaign
//! regions) and for the scoped list.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Campaign {
    Table,
    Id,
    AuthorityId,
    Status,
    Title,
    StartsOn,
    EndsOn,
    Factor,
    ClosedOn,
    CloseNote,
    OpenedBy,
    UpdatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum CampaignIndustry {
    Table,
    CampaignId,
    Industry,
}

#[derive(DeriveIden, Clone, Copy)]
enum CampaignRegion {
    Table,
    CampaignId,
    RegionCode,
    RegionLow,
    RegionHigh,
}

fn to_campaign<T: IntoIden>(from: T, column: T) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from, column)
        .to(Campaign::Table, Campaign::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use Campaign as C;
        manager
            .create_table(
                Table::create()
                    .table(C::Table)
                    .col(big_pk_auto(C::Id))
                    .col(big_integer(C::AuthorityId))
                    .col(string(C::Status))
                    .col(string(C::Title))
                    .col(date(C::StartsOn))
                    .col(date(C::EndsOn))
                    .col(integer(C::Factor))
                    .col(date_null(C::ClosedOn))
                    .col(text_null(C::CloseNote))
                    .col(string(C::OpenedBy))
                    .col(string(C::UpdatedBy))
                    .col(timestamp_with_time_zone(C::CreatedAt))
                    .col(timestamp_with_time_zone(C::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(C::Table, C::AuthorityId)
                            .to(Alias::new("authority"), Alias::new("id")),
                    )
                    .to_owned(),
            )
            .await?;
        use CampaignIndustry as I;
        manager
            .create_table(
                Table::create()
                    .table(I::Table)
                    .col(big_integer(I::CampaignId))
                    .col(string(I::Industry))
                    .primary_key(Index::create().col(I::CampaignId).col(I::Industry))
                    .foreign_key(&mut to_campaign(I::Table, I::CampaignId))
                    .to_owned(),
            )
            .await?;
        use CampaignRegion as R;
        manager
            .create_table(
                Table::create()
                    .table(R::Table)
                    .col(big_integer(R::CampaignId))
                    .col(string(R::RegionCode))
                    .col(string(R::RegionLow))
                    .col(string(R::RegionHigh))
                    .primary_key(Index::create().col(R::CampaignId).col(R::RegionCode))
                    .foreign_key(&mut to_campaign(R::Table, R::CampaignId))
                    .to_owned(),
            )
            .await?;
        // The intensification lookup starts from the plan's industry; the list's filters are the
        // authority and the status; the scope and the coverage start from a region's range.
        let index = |name: &str| Index::create().name(name).to_owned();
        manager
            .create_index(
                index("ix_campaign_industry_industry")
                    .table(I::Table)
                    .col(I::Industry)
                    .col(I::CampaignId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                index("ix_campaign_region_range")
                    .table(R::Table)
                    .col(R::RegionLow)
                    .col(R::RegionHigh)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                index("ix_campaign_authority").table(C::Table).col(C::AuthorityId).col(C::Id).to_owned(),
            )
            .await?;
        manager
            .create_index(index("ix_campaign_status").table(C::Table).col(C::Status).col(C::Id).to_owned())
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(CampaignRegion::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(CampaignIndustry::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(Campaign::Table).to_owned()).await
    }
}
