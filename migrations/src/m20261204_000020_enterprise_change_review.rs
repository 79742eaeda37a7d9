//! Enterprise changes go through review (issue 12 item 5, docs/adr/0018): the base data gains
//! inspection means (检验手段) and process (生产工艺), empty for existing rows; change requests
//! (变更申请) get their table, at most one OPEN per enterprise (a partial unique index); a
//! license records the re-review (重新审查) an accepted change requires.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Enterprise {
    Table,
    InspectionMeans,
    Process,
}

#[derive(DeriveIden, Clone, Copy)]
enum License {
    Table,
    RereviewRequiredSince,
    RereviewReason,
    RereviewChangeRequestId,
    RereviewConcludedOn,
    RereviewConclusion,
    RereviewConcludedBy,
}

#[derive(DeriveIden, Clone, Copy)]
enum EnterpriseChangeRequest {
    Table,
    Id,
    EnterpriseId,
    Name,
    ProductionConditions,
    InspectionMeans,
    Process,
    Reason,
    Status,
    RequestedBy,
    DecisionReason,
    DecidedBy,
    DecidedAt,
    CreatedAt,
    UpdatedAt,
}

/// The enterprise's requests, newest first (the loader, the open-request check).
const ENTERPRISE_INDEX: &str = "ix_enterprise_change_request_enterprise";
/// The officers' queue by status, in id order.
const STATUS_INDEX: &str = "ix_enterprise_change_request_status";
/// One open request per enterprise, kept by the database against a race of two requests.
const OPEN_INDEX: &str = "ux_enterprise_change_request_open";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds one at a time.
        for column in [Enterprise::InspectionMeans, Enterprise::Process] {
            manager
                .alter_table(
                    Table::alter().table(Enterprise::Table).add_column(text(column).default("")).to_owned(),
                )
                .await?;
        }
        let license_columns = [
            timestamp_with_time_zone_null(License::RereviewRequiredSince),
            text_null(License::RereviewReason),
            big_integer_null(License::RereviewChangeRequestId),
            date_null(License::RereviewConcludedOn),
            text_null(License::RereviewConclusion),
            string_null(License::RereviewConcludedBy),
        ];
        for column in license_columns {
            manager.alter_table(Table::alter().table(License::Table).add_column(column).to_owned()).await?;
        }
        create_requests(manager).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(EnterpriseChangeRequest::Table).to_owned()).await?;
        for column in [
            License::RereviewRequiredSince,
            License::RereviewReason,
            License::RereviewChangeRequestId,
            License::RereviewConcludedOn,
            License::RereviewConclusion,
            License::RereviewConcludedBy,
        ] {
            manager.alter_table(Table::alter().table(License::Table).drop_column(column).to_owned()).await?;
        }
        for column in [Enterprise::InspectionMeans, Enterprise::Process] {
            manager
                .alter_table(Table::alter().table(Enterprise::Table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}

async fn create_requests(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    use EnterpriseChangeRequest as R;
    manager
        .create_table(
            Table::create()
                .table(R::Table)
                .col(big_pk_auto(R::Id))
                .col(big_integer(R::EnterpriseId))
                .col(text_null(R::Name))
                .col(text_null(R::ProductionConditions))
                .col(text_null(R::InspectionMeans))
                .col(text_null(R::Process))
                .col(text(R::Reason))
                .col(string(R::Status))
                .col(string(R::RequestedBy))
                .col(text_null(R::DecisionReason))
                .col(string_null(R::DecidedBy))
                .col(timestamp_with_time_zone_null(R::DecidedAt))
                .col(timestamp_with_time_zone(R::CreatedAt))
                .col(timestamp_with_time_zone(R::UpdatedAt))
                .to_owned(),
        )
        .await?;
    let indexes = [(ENTERPRISE_INDEX, R::EnterpriseId), (STATUS_INDEX, R::Status)];
    for (name, column) in indexes {
        manager
            .create_index(Index::create().name(name).table(R::Table).col(column).col(R::Id).to_owned())
            .await?;
    }
    // A partial unique index: both databases say it the same way.
    manager
        .get_connection()
        .execute_unprepared(&format!(
            "CREATE UNIQUE INDEX {OPEN_INDEX} ON enterprise_change_request (enterprise_id) WHERE status = 'OPEN'"
        ))
        .await?;
    Ok(())
}
