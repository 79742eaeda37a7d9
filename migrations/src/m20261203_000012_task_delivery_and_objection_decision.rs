//! Delivery (送达) of a verdict and the authority's decision on an objection (issue 11 items 5,
//! 7, 8): how and when the verdict reached the enterprise, the items objected to, the decision's
//! deadline, outcome and reasons, and the retest institution — with an index on it, since an
//! institution's task list reads the tasks it retests as well as those assigned to it.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum TestingTask {
    Table,
    DeliveryMethod,
    DeliveryServedOn,
    DeliveryAcknowledgedOn,
    DeliveredBy,
    ObjectionItems,
    ObjectionDecisionDue,
    ObjectionOutcome,
    ObjectionDecisionReason,
    ObjectionDecidedBy,
    ObjectionDecidedOn,
    RetestInstitutionId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite's ALTER TABLE adds one at a time.
        let columns = [
            ColumnDef::new(TestingTask::DeliveryMethod).string().null().to_owned(),
            ColumnDef::new(TestingTask::DeliveryServedOn).date().null().to_owned(),
            ColumnDef::new(TestingTask::DeliveryAcknowledgedOn).date().null().to_owned(),
            ColumnDef::new(TestingTask::DeliveredBy).string().null().to_owned(),
            // JSON array of item codes.
            ColumnDef::new(TestingTask::ObjectionItems).text().null().to_owned(),
            ColumnDef::new(TestingTask::ObjectionDecisionDue).date().null().to_owned(),
            ColumnDef::new(TestingTask::ObjectionOutcome).string().null().to_owned(),
            ColumnDef::new(TestingTask::ObjectionDecisionReason).text().null().to_owned(),
            ColumnDef::new(TestingTask::ObjectionDecidedBy).string().null().to_owned(),
            ColumnDef::new(TestingTask::ObjectionDecidedOn).date().null().to_owned(),
            ColumnDef::new(TestingTask::RetestInstitutionId).big_integer().null().to_owned(),
        ];
        for mut column in columns {
            manager
                .alter_table(Table::alter().table(TestingTask::Table).add_column(&mut column).to_owned())
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("idx_testing_task_retest_institution")
                    .table(TestingTask::Table)
                    .col(TestingTask::RetestInstitutionId)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_testing_task_retest_institution")
                    .table(TestingTask::Table)
                    .to_owned(),
            )
            .await?;
        for column in [
            TestingTask::DeliveryMethod,
            TestingTask::DeliveryServedOn,
            TestingTask::DeliveryAcknowledgedOn,
            TestingTask::DeliveredBy,
            TestingTask::ObjectionItems,
            TestingTask::ObjectionDecisionDue,
            TestingTask::ObjectionOutcome,
            TestingTask::ObjectionDecisionReason,
            TestingTask::ObjectionDecidedBy,
            TestingTask::ObjectionDecidedOn,
            TestingTask::RetestInstitutionId,
        ] {
            manager
                .alter_table(Table::alter().table(TestingTask::Table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
