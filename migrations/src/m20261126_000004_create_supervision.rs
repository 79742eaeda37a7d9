//! Periodic supervision with unified compulsory testing: designations of testing institutions,
//! testing tasks (抽样/检验任务), their results and verdicts, and the idempotent result
//! submissions of institutions. Every column a list filters on is indexed.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Designation {
    Table,
    Id,
    IndustryCode,
    InstitutionId,
    RegionCode,
    ValidFrom,
    ValidUntil,
    DesignatedBy,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum TestingTask {
    Table,
    Id,
    EnterpriseId,
    LicenseId,
    InstitutionId,
    DesignationId,
    IndustryCode,
    Variant,
    Batch,
    Declared,
    DeclaredStandards,
    SamplingDate,
    TestPortion,
    BackupPortion,
    PluginId,
    PluginVersion,
    Editions,
    Status,
    OpenedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ResultSubmission {
    Table,
    Id,
    InstitutionId,
    IdempotencyKey,
    RequestDigest,
    Response,
    SubmittedBy,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum TestResult {
    Table,
    Id,
    TaskId,
    SubmissionId,
    Item,
    Value,
    Unit,
    Conditions,
    RecordedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum TestVerdict {
    Table,
    Id,
    TaskId,
    SubmissionId,
    Verdict,
    Conclusion,
    Serious,
    PluginId,
    PluginVersion,
    EngineVersion,
    JudgedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Institution {
    Table,
    Id,
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
        manager
            .create_table(
                Table::create()
                    .table(Designation::Table)
                    .col(big_pk_auto(Designation::Id))
                    .col(string(Designation::IndustryCode))
                    .col(big_integer(Designation::InstitutionId))
                    .col(string(Designation::RegionCode))
                    .col(date(Designation::ValidFrom))
                    .col(date(Designation::ValidUntil))
                    .col(string(Designation::DesignatedBy))
                    .col(timestamp_with_time_zone(Designation::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Designation::Table, Designation::InstitutionId)
                            .to(Institution::Table, Institution::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // Choosing the institution for a sample and the overlap check both read the
        // designations of one industry, by region.
        index(
            manager,
            "ix_designation_industry_region",
            Designation::Table,
            &[Designation::IndustryCode, Designation::RegionCode, Designation::ValidFrom],
        )
        .await?;
        index(
            manager,
            "ix_designation_region",
            Designation::Table,
            &[Designation::RegionCode, Designation::Id],
        )
        .await?;
        index(manager, "ix_designation_institution", Designation::Table, &[Designation::InstitutionId])
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(TestingTask::Table)
                    .col(big_pk_auto(TestingTask::Id))
                    .col(big_integer(TestingTask::EnterpriseId))
                    .col(big_integer(TestingTask::LicenseId))
                    .col(big_integer(TestingTask::InstitutionId))
                    .col(big_integer(TestingTask::DesignationId))
                    .col(string(TestingTask::IndustryCode))
                    .col(string(TestingTask::Variant))
                    .col(string(TestingTask::Batch))
                    // JSON (item → decimal text), stored as text so both databases treat it alike.
                    .col(text(TestingTask::Declared))
                    .col(text(TestingTask::DeclaredStandards))
                    .col(date(TestingTask::SamplingDate))
                    .col(string(TestingTask::TestPortion))
                    .col(string(TestingTask::BackupPortion))
                    .col(string(TestingTask::PluginId))
                    .col(string(TestingTask::PluginVersion))
                    // JSON (standard → edition in force on the sampling date).
                    .col(text(TestingTask::Editions))
                    .col(string(TestingTask::Status))
                    .col(string(TestingTask::OpenedBy))
                    .col(timestamp_with_time_zone(TestingTask::CreatedAt))
                    .col(timestamp_with_time_zone(TestingTask::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(TestingTask::Table, TestingTask::EnterpriseId)
                            .to(Enterprise::Table, Enterprise::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(TestingTask::Table, TestingTask::LicenseId)
                            .to(License::Table, License::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(TestingTask::Table, TestingTask::InstitutionId)
                            .to(Institution::Table, Institution::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(TestingTask::Table, TestingTask::DesignationId)
                            .to(Designation::Table, Designation::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // The three work queues (an institution's tasks, an enterprise's tasks, tasks by status)
        // are keyset pages in id order straight from these indexes.
        index(
            manager,
            "ix_testing_task_institution",
            TestingTask::Table,
            &[TestingTask::InstitutionId, TestingTask::Status, TestingTask::Id],
        )
        .await?;
        index(
            manager,
            "ix_testing_task_enterprise",
            TestingTask::Table,
            &[TestingTask::EnterpriseId, TestingTask::Id],
        )
        .await?;
        index(manager, "ix_testing_task_status", TestingTask::Table, &[TestingTask::Status, TestingTask::Id])
            .await?;
        index(manager, "ix_testing_task_license", TestingTask::Table, &[TestingTask::LicenseId]).await?;
        index(manager, "ix_testing_task_designation", TestingTask::Table, &[TestingTask::DesignationId])
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ResultSubmission::Table)
                    .col(big_pk_auto(ResultSubmission::Id))
                    .col(big_integer(ResultSubmission::InstitutionId))
                    .col(string(ResultSubmission::IdempotencyKey))
                    .col(string(ResultSubmission::RequestDigest))
                    // The outcome as first answered, replayed verbatim for the same key.
                    .col(text(ResultSubmission::Response))
                    .col(string(ResultSubmission::SubmittedBy))
                    .col(timestamp_with_time_zone(ResultSubmission::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ResultSubmission::Table, ResultSubmission::InstitutionId)
                            .to(Institution::Table, Institution::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // The idempotency key is the institution's own: unique per institution, so a second
        // writer with the same key fails instead of judging twice.
        manager
            .create_index(
                Index::create()
                    .name("ux_result_submission_key")
                    .table(ResultSubmission::Table)
                    .col(ResultSubmission::InstitutionId)
                    .col(ResultSubmission::IdempotencyKey)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(TestResult::Table)
                    .col(big_pk_auto(TestResult::Id))
                    .col(big_integer(TestResult::TaskId))
                    .col(big_integer(TestResult::SubmissionId))
                    .col(string(TestResult::Item))
                    // Decimal text exactly as reported (never a float).
                    .col(string(TestResult::Value))
                    .col(string(TestResult::Unit))
                    .col(text(TestResult::Conditions))
                    .col(timestamp_with_time_zone(TestResult::RecordedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(TestResult::Table, TestResult::TaskId)
                            .to(TestingTask::Table, TestingTask::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(TestResult::Table, TestResult::SubmissionId)
                            .to(ResultSubmission::Table, ResultSubmission::Id),
                    )
                    .to_owned(),
            )
            .await?;
        index(manager, "ix_test_result_task", TestResult::Table, &[TestResult::TaskId, TestResult::Id])
            .await?;
        index(manager, "ix_test_result_submission", TestResult::Table, &[TestResult::SubmissionId]).await?;

        manager
            .create_table(
                Table::create()
                    .table(TestVerdict::Table)
                    .col(big_pk_auto(TestVerdict::Id))
                    .col(big_integer(TestVerdict::TaskId))
                    .col(big_integer(TestVerdict::SubmissionId))
                    // The whole explained verdict (JSON); the columns beside it are its
                    // provenance and the facts queues will filter on.
                    .col(text(TestVerdict::Verdict))
                    .col(string(TestVerdict::Conclusion))
                    .col(boolean(TestVerdict::Serious))
                    .col(string(TestVerdict::PluginId))
                    .col(string(TestVerdict::PluginVersion))
                    .col(string(TestVerdict::EngineVersion))
                    .col(timestamp_with_time_zone(TestVerdict::JudgedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(TestVerdict::Table, TestVerdict::TaskId)
                            .to(TestingTask::Table, TestingTask::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(TestVerdict::Table, TestVerdict::SubmissionId)
                            .to(ResultSubmission::Table, ResultSubmission::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // Not unique: a retest on the backup portion will add a second verdict to the task,
        // and both stay.
        index(manager, "ix_test_verdict_task", TestVerdict::Table, &[TestVerdict::TaskId, TestVerdict::Id])
            .await?;
        index(
            manager,
            "ix_test_verdict_conclusion",
            TestVerdict::Table,
            &[TestVerdict::Conclusion, TestVerdict::Id],
        )
        .await?;
        index(manager, "ix_test_verdict_submission", TestVerdict::Table, &[TestVerdict::SubmissionId]).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(TestVerdict::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(TestResult::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(ResultSubmission::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(TestingTask::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(Designation::Table).to_owned()).await
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
