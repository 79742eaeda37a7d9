//! Enterprise periodic reports (企业定期报告, §二(五), docs/adr/0041): one row per enterprise,
//! industry and quarter (unique), its content as JSON (read whole with the report, never
//! filtered on), and an index for every filter of the due lists: the quarter with the status,
//! the quarter with the industry, and the enterprise for its own list and the scope's semi-join.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum PeriodicReport {
    Table,
    Id,
    EnterpriseId,
    Industry,
    PeriodKey,
    DueOn,
    Status,
    Content,
    PluginId,
    PluginVersion,
    Submissions,
    FirstSubmittedOn,
    SubmittedOn,
    ReturnReason,
    DecidedBy,
    DecidedOn,
    DraftedBy,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use PeriodicReport as R;
        manager
            .create_table(
                Table::create()
                    .table(R::Table)
                    .col(big_pk_auto(R::Id))
                    .col(big_integer(R::EnterpriseId))
                    .col(string(R::Industry))
                    .col(integer(R::PeriodKey))
                    .col(date(R::DueOn))
                    .col(string(R::Status))
                    .col(text(R::Content))
                    .col(string_null(R::PluginId))
                    .col(string_null(R::PluginVersion))
                    .col(integer(R::Submissions))
                    .col(date_null(R::FirstSubmittedOn))
                    .col(date_null(R::SubmittedOn))
                    .col(text_null(R::ReturnReason))
                    .col(string_null(R::DecidedBy))
                    .col(date_null(R::DecidedOn))
                    .col(string(R::DraftedBy))
                    .col(timestamp_with_time_zone(R::CreatedAt))
                    .col(timestamp_with_time_zone(R::UpdatedAt))
                    .foreign_key(
                        &mut ForeignKey::create()
                            .from(R::Table, R::EnterpriseId)
                            .to(Alias::new("enterprise"), Alias::new("id"))
                            .to_owned(),
                    )
                    .to_owned(),
            )
            .await?;
        // One report per enterprise, industry and quarter: the due list's join and the race
        // between two first saves both end on it.
        manager
            .create_index(
                Index::create()
                    .name("ux_periodic_report_enterprise_period")
                    .table(R::Table)
                    .col(R::EnterpriseId)
                    .col(R::Industry)
                    .col(R::PeriodKey)
                    .unique()
                    .to_owned(),
            )
            .await?;
        let indexes: [(&str, &[R]); 2] = [
            ("ix_periodic_report_period_status", &[R::PeriodKey, R::Status, R::Id]),
            ("ix_periodic_report_period_industry", &[R::PeriodKey, R::Industry, R::Id]),
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
        manager.drop_table(Table::drop().table(PeriodicReport::Table).to_owned()).await
    }
}
