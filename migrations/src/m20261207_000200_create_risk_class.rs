//! Risk classes (分类分级监管, issue 16, docs/adr/0027): every assessment kept as history
//! (`risk_assessment`, with its model version and each factor's contribution, so the class as of
//! any date answers itself), the current class per enterprise (`enterprise_risk_class`, a copy of its newest
//! assessment: what plans, draws and the change check read), and the bulk recompute's resumable runs (`risk_recompute_run`).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum RiskAssessment {
    Table,
    Id,
    EnterpriseId,
    Class,
    Score,
    ModelVersion,
    Assessment,
    Inputs,
    AssessedOn,
    AssessedAt,
    Cause,
}

#[derive(DeriveIden, Clone, Copy)]
enum EnterpriseRiskClass {
    Table,
    EnterpriseId,
    Class,
    Score,
    ModelVersion,
    Assessment,
    AssessedOn,
    AssessedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum RiskRecomputeRun {
    Table,
    Id,
    ModelVersion,
    AssessedOn,
    AfterEnterpriseId,
    Done,
    Changed,
    StartedAt,
    FinishedAt,
}

fn enterprise_fk<T: IntoIden + Copy + 'static>(table: T, column: T) -> ForeignKeyCreateStatement {
    ForeignKey::create().from(table, column).to(Alias::new("enterprise"), Alias::new("id")).to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use RiskAssessment as A;
        manager
            .create_table(
                Table::create()
                    .table(A::Table)
                    .col(big_pk_auto(A::Id))
                    .col(big_integer(A::EnterpriseId))
                    .col(string(A::Class))
                    .col(string(A::Score))
                    .col(string(A::ModelVersion))
                    .col(text(A::Assessment))
                    .col(text(A::Inputs))
                    .col(date(A::AssessedOn))
                    .col(timestamp_with_time_zone(A::AssessedAt))
                    .col(string(A::Cause))
                    .foreign_key(&mut enterprise_fk(A::Table, A::EnterpriseId))
                    .to_owned(),
            )
            .await?;
        // History of one enterprise, newest first; the class as of a date is the first row at
        // or before it.
        manager
            .create_index(
                Index::create()
                    .name("ix_risk_assessment_enterprise")
                    .table(A::Table)
                    .col(A::EnterpriseId)
                    .col(A::AssessedAt)
                    .col(A::Id)
                    .to_owned(),
            )
            .await?;
        use EnterpriseRiskClass as C;
        manager
            .create_table(
                Table::create()
                    .table(C::Table)
                    .col(big_integer(C::EnterpriseId).primary_key())
                    .col(string(C::Class))
                    .col(string(C::Score))
                    .col(string(C::ModelVersion))
                    .col(text(C::Assessment))
                    .col(date(C::AssessedOn))
                    .col(timestamp_with_time_zone(C::AssessedAt))
                    .foreign_key(&mut enterprise_fk(C::Table, C::EnterpriseId))
                    .to_owned(),
            )
            .await?;
        // Plans, draws and the class filter select by class.
        manager
            .create_index(
                Index::create()
                    .name("ix_enterprise_risk_class_class")
                    .table(C::Table)
                    .col(C::Class)
                    .col(C::EnterpriseId)
                    .to_owned(),
            )
            .await?;
        use RiskRecomputeRun as R;
        manager
            .create_table(
                Table::create()
                    .table(R::Table)
                    .col(big_pk_auto(R::Id))
                    .col(string(R::ModelVersion))
                    .col(date(R::AssessedOn))
                    .col(big_integer(R::AfterEnterpriseId))
                    .col(big_integer(R::Done))
                    .col(big_integer(R::Changed))
                    .col(timestamp_with_time_zone(R::StartedAt))
                    .col(timestamp_with_time_zone_null(R::FinishedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(RiskRecomputeRun::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(EnterpriseRiskClass::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(RiskAssessment::Table).to_owned()).await
    }
}
