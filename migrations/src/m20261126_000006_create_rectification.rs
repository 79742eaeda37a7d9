//! The later steps of periodic supervision: the objection (异议) and retest (复检) of a verdict,
//! the rectification (整改) with its re-check (复查), and the revocation proposal (吊销建议) to
//! the national authority. Columns are added one statement each (SQLite adds one at a time).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum TestingTask {
    Table,
    Id,
    VerdictDate,
    ObjectionDeadline,
    ObjectionReason,
    ObjectedAt,
    ObjectedBy,
    RectificationId,
}

#[derive(DeriveIden, Clone, Copy)]
enum TestVerdict {
    Table,
    Retest,
}

#[derive(DeriveIden, Clone, Copy)]
enum TestResult {
    Table,
    Retest,
}

#[derive(DeriveIden, Clone, Copy)]
enum Rectification {
    Table,
    Id,
    TaskId,
    EnterpriseId,
    LicenseId,
    Status,
    OpenedOn,
    Deadline,
    ExtendedDays,
    ExtensionReason,
    RecheckTaskId,
    OpenedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum RevocationProposal {
    Table,
    Id,
    RectificationId,
    EnterpriseId,
    LicenseId,
    RecheckTaskId,
    Status,
    Grounds,
    DecisionReason,
    DecidedBy,
    DecidedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Enterprise {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum License {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let task_columns = [
            // The calendar date (China) of the first verdict, and the last day of its objection
            // window, fixed with the plugin profile when the verdict is recorded.
            date_null(TestingTask::VerdictDate),
            date_null(TestingTask::ObjectionDeadline),
            text_null(TestingTask::ObjectionReason),
            timestamp_with_time_zone_null(TestingTask::ObjectedAt),
            string_null(TestingTask::ObjectedBy),
            // Set on a re-check task (复查): the rectification it re-checks.
            big_integer_null(TestingTask::RectificationId),
        ];
        for column in task_columns {
            manager
                .alter_table(Table::alter().table(TestingTask::Table).add_column(column).to_owned())
                .await?;
        }
        // A retest (复检) adds a second verdict and its results to the task; both stay.
        manager
            .alter_table(
                Table::alter()
                    .table(TestVerdict::Table)
                    .add_column(boolean(TestVerdict::Retest).default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(TestResult::Table)
                    .add_column(boolean(TestResult::Retest).default(false))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Rectification::Table)
                    .col(big_pk_auto(Rectification::Id))
                    .col(big_integer(Rectification::TaskId))
                    .col(big_integer(Rectification::EnterpriseId))
                    .col(big_integer(Rectification::LicenseId))
                    .col(string(Rectification::Status))
                    .col(date(Rectification::OpenedOn))
                    .col(date(Rectification::Deadline))
                    .col(integer_null(Rectification::ExtendedDays))
                    .col(text_null(Rectification::ExtensionReason))
                    .col(big_integer_null(Rectification::RecheckTaskId))
                    .col(string(Rectification::OpenedBy))
                    .col(timestamp_with_time_zone(Rectification::CreatedAt))
                    .col(timestamp_with_time_zone(Rectification::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Rectification::Table, Rectification::TaskId)
                            .to(TestingTask::Table, TestingTask::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Rectification::Table, Rectification::EnterpriseId)
                            .to(Enterprise::Table, Enterprise::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Rectification::Table, Rectification::LicenseId)
                            .to(License::Table, License::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // One rectification per failing task.
        manager
            .create_index(
                Index::create()
                    .name("ux_rectification_task")
                    .table(Rectification::Table)
                    .col(Rectification::TaskId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "ix_rectification_status",
            Rectification::Table,
            &[Rectification::Status, Rectification::Deadline, Rectification::Id],
        )
        .await?;
        index(
            manager,
            "ix_rectification_enterprise",
            Rectification::Table,
            &[Rectification::EnterpriseId, Rectification::Id],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(RevocationProposal::Table)
                    .col(big_pk_auto(RevocationProposal::Id))
                    .col(big_integer(RevocationProposal::RectificationId))
                    .col(big_integer(RevocationProposal::EnterpriseId))
                    .col(big_integer(RevocationProposal::LicenseId))
                    .col(big_integer(RevocationProposal::RecheckTaskId))
                    .col(string(RevocationProposal::Status))
                    .col(text(RevocationProposal::Grounds))
                    .col(text_null(RevocationProposal::DecisionReason))
                    .col(string_null(RevocationProposal::DecidedBy))
                    .col(timestamp_with_time_zone_null(RevocationProposal::DecidedAt))
                    .col(timestamp_with_time_zone(RevocationProposal::CreatedAt))
                    .col(timestamp_with_time_zone(RevocationProposal::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(RevocationProposal::Table, RevocationProposal::RectificationId)
                            .to(Rectification::Table, Rectification::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(RevocationProposal::Table, RevocationProposal::EnterpriseId)
                            .to(Enterprise::Table, Enterprise::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(RevocationProposal::Table, RevocationProposal::LicenseId)
                            .to(License::Table, License::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_revocation_proposal_rectification")
                    .table(RevocationProposal::Table)
                    .col(RevocationProposal::RectificationId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "ix_revocation_proposal_status",
            RevocationProposal::Table,
            &[RevocationProposal::Status, RevocationProposal::Id],
        )
        .await?;
        index(
            manager,
            "ix_revocation_proposal_enterprise",
            RevocationProposal::Table,
            &[RevocationProposal::EnterpriseId, RevocationProposal::Id],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(RevocationProposal::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(Rectification::Table).to_owned()).await?;
        manager
            .alter_table(Table::alter().table(TestResult::Table).drop_column(TestResult::Retest).to_owned())
            .await?;
        manager
            .alter_table(Table::alter().table(TestVerdict::Table).drop_column(TestVerdict::Retest).to_owned())
            .await?;
        for column in [
            TestingTask::RectificationId,
            TestingTask::ObjectedBy,
            TestingTask::ObjectedAt,
            TestingTask::ObjectionReason,
            TestingTask::ObjectionDeadline,
            TestingTask::VerdictDate,
        ] {
            manager
                .alter_table(Table::alter().table(TestingTask::Table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}

async fn index<T: IntoIden + Copy + 'static, C: IntoIden + Copy + 'static>(
    manager: &SchemaManager<'_>,
    name: &str,
    table: T,
    columns: &[C],
) -> Result<(), DbErr> {
    let mut statement = Index::create();
    statement.name(name).table(table);
    for column in columns {
        statement.col(*column);
    }
    manager.create_index(statement.to_owned()).await
}
