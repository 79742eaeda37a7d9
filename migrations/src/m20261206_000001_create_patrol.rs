//! Patrols and follow-up visits (巡查、回访, §二(三), issue 15, docs/adr/0022): the inspections
//! officers record in the field (a patrol or a follow-up visit, with their answers, offline
//! identity and filing with the province), the measures (措施) ordered on a patrol's findings,
//! and the follow-ups that come due when a rectification deadline passes (derived on read from
//! `deadline` and `visit_id`, so nothing runs at midnight); a license's re-review may now come
//! from a patrol instead of a change request.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum PatrolInspection {
    Table,
    Id,
    Kind,
    EnterpriseId,
    LicenseId,
    Industry,
    PluginVersion,
    InspectedOn,
    Inspectors,
    Answers,
    Findings,
    ReReviewRequired,
    FollowUpId,
    Outcome,
    NextDeadline,
    CaseId,
    DeviceId,
    IdempotencyKey,
    RecordedAt,
    ReceivedAt,
    ConflictWith,
    AuthorityId,
    Filing,
    FiledAt,
    FiledBy,
    AcknowledgedAt,
    AcknowledgedBy,
    RecordedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum PatrolMeasure {
    Table,
    Id,
    PatrolId,
    EnterpriseId,
    LicenseId,
    Kind,
    Details,
    Findings,
    Status,
    Deadline,
    OrderedOn,
    CloseReason,
    TestingTaskId,
    OrderedBy,
    ClosedBy,
    ClosedOn,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum FollowUp {
    Table,
    Id,
    EnterpriseId,
    LicenseId,
    Origin,
    OriginId,
    CaseId,
    Deadline,
    Carried,
    VisitId,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum License {
    Table,
    RereviewPatrolId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create_inspections(manager).await?;
        create_measures(manager).await?;
        create_follow_ups(manager).await?;
        manager
            .alter_table(
                Table::alter()
                    .table(License::Table)
                    .add_column(big_integer_null(License::RereviewPatrolId))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter().table(License::Table).drop_column(License::RereviewPatrolId).to_owned(),
            )
            .await?;
        for table in [
            FollowUp::Table.into_iden(),
            PatrolMeasure::Table.into_iden(),
            PatrolInspection::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}

fn foreign(from: (impl IntoIden, impl IntoIden), to: &str) -> ForeignKeyCreateStatement {
    ForeignKey::create().from(from.0, from.1).to(Alias::new(to), Alias::new("id")).to_owned()
}

async fn indexes<T: IntoIden + Copy + 'static>(
    manager: &SchemaManager<'_>,
    table: T,
    list: &[(&str, &[T], bool)],
) -> Result<(), DbErr> {
    for (name, columns, unique) in list {
        let mut index = Index::create().name(*name).table(table).to_owned();
        for &column in *columns {
            index.col(column);
        }
        if *unique {
            index.unique();
        }
        manager.create_index(index).await?;
    }
    Ok(())
}

async fn create_inspections(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    use PatrolInspection as P;
    manager
        .create_table(
            Table::create()
                .table(P::Table)
                .col(big_pk_auto(P::Id))
                .col(string(P::Kind))
                .col(big_integer(P::EnterpriseId))
                .col(big_integer(P::LicenseId))
                .col(string(P::Industry))
                .col(string_null(P::PluginVersion))
                .col(date(P::InspectedOn))
                .col(text(P::Inspectors))
                .col(text(P::Answers))
                .col(text(P::Findings))
                .col(boolean(P::ReReviewRequired))
                .col(big_integer_null(P::FollowUpId))
                .col(string_null(P::Outcome))
                .col(date_null(P::NextDeadline))
                .col(big_integer_null(P::CaseId))
                .col(string_null(P::DeviceId))
                .col(string_null(P::IdempotencyKey))
                .col(timestamp_with_time_zone(P::RecordedAt))
                .col(timestamp_with_time_zone(P::ReceivedAt))
                .col(big_integer_null(P::ConflictWith))
                .col(big_integer(P::AuthorityId))
                .col(string(P::Filing))
                .col(timestamp_with_time_zone_null(P::FiledAt))
                .col(string_null(P::FiledBy))
                .col(timestamp_with_time_zone_null(P::AcknowledgedAt))
                .col(string_null(P::AcknowledgedBy))
                .col(string(P::RecordedBy))
                .col(timestamp_with_time_zone(P::CreatedAt))
                .col(timestamp_with_time_zone(P::UpdatedAt))
                .foreign_key(&mut foreign((P::Table, P::EnterpriseId), "enterprise"))
                .foreign_key(&mut foreign((P::Table, P::LicenseId), "license"))
                .foreign_key(&mut foreign((P::Table, P::AuthorityId), "authority"))
                .to_owned(),
        )
        .await?;
    // A key is used once (a retry finds its inspection); the visits of an enterprise on a day
    // (conflict detection) and its list; the filing queues; a case's visits.
    indexes(
        manager,
        P::Table,
        &[
            ("ux_patrol_inspection_key", &[P::IdempotencyKey], true),
            ("ix_patrol_inspection_visit", &[P::EnterpriseId, P::InspectedOn], false),
            ("ix_patrol_inspection_enterprise", &[P::EnterpriseId, P::Id], false),
            ("ix_patrol_inspection_filing", &[P::Filing, P::Id], false),
            ("ix_patrol_inspection_case", &[P::CaseId, P::Id], false),
        ],
    )
    .await
}

async fn create_measures(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    use PatrolMeasure as M;
    manager
        .create_table(
            Table::create()
                .table(M::Table)
                .col(big_pk_auto(M::Id))
                .col(big_integer(M::PatrolId))
                .col(big_integer(M::EnterpriseId))
                .col(big_integer(M::LicenseId))
                .col(string(M::Kind))
                .col(text(M::Details))
                .col(text(M::Findings))
                .col(string(M::Status))
                .col(date_null(M::Deadline))
                .col(date(M::OrderedOn))
                .col(text_null(M::CloseReason))
                .col(big_integer_null(M::TestingTaskId))
                .col(string(M::OrderedBy))
                .col(string_null(M::ClosedBy))
                .col(date_null(M::ClosedOn))
                .col(timestamp_with_time_zone(M::CreatedAt))
                .col(timestamp_with_time_zone(M::UpdatedAt))
                .foreign_key(&mut foreign((M::Table, M::PatrolId), "patrol_inspection"))
                .foreign_key(&mut foreign((M::Table, M::EnterpriseId), "enterprise"))
                .to_owned(),
        )
        .await?;
    indexes(
        manager,
        M::Table,
        &[
            ("ix_patrol_measure_patrol", &[M::PatrolId, M::Id], false),
            ("ix_patrol_measure_enterprise", &[M::EnterpriseId, M::Status, M::Id], false),
        ],
    )
    .await
}

async fn create_follow_ups(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    use FollowUp as F;
    manager
        .create_table(
            Table::create()
                .table(F::Table)
                .col(big_pk_auto(F::Id))
                .col(big_integer(F::EnterpriseId))
                .col(big_integer(F::LicenseId))
                .col(string(F::Origin))
                .col(big_integer(F::OriginId))
                .col(big_integer_null(F::CaseId))
                .col(date(F::Deadline))
                .col(text(F::Carried))
                .col(big_integer_null(F::VisitId))
                .col(timestamp_with_time_zone(F::CreatedAt))
                .foreign_key(&mut foreign((F::Table, F::EnterpriseId), "enterprise"))
                .foreign_key(&mut foreign((F::Table, F::LicenseId), "license"))
                .to_owned(),
        )
        .await?;
    indexes(
        manager,
        F::Table,
        &[
            ("ix_follow_up_enterprise", &[F::EnterpriseId, F::Id], false),
            ("ix_follow_up_case", &[F::CaseId, F::Id], false),
            ("ux_follow_up_origin", &[F::Origin, F::OriginId], true),
        ],
    )
    .await?;
    // The open follow-ups in deadline order (the due list): a partial index holds only the ones
    // not yet visited, so its size follows the open cases, not the history. Both SQLite and
    // PostgreSQL accept this statement as written.
    manager
        .get_connection()
        .execute_unprepared(
            "CREATE INDEX ix_follow_up_open ON follow_up (deadline, id) WHERE visit_id IS NULL",
        )
        .await
        .map(|_| ())
}
