//! Patrol plans (巡查计划, §二(三), issue 15 item 1, docs/adr/0022 "Plans"): a province's plan per
//! industry and quality basis for a period, the city and county authorities that carry it out
//! (with their region's code range, so the plan's targets are one range join on the enterprise's
//! region), and the indexes the derived reads filter on: the targets, coverage by authority and
//! the officer's queue of patrols due are computed on read, never stored.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum PatrolPlan {
    Table,
    Id,
    Province,
    Name,
    Industry,
    Basis,
    StartsOn,
    EndsOn,
    CoveragePercent,
    VisitsPerEnterprise,
    KeyIndustry,
    Executing,
    AuthorityId,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum PatrolPlanAuthority {
    Table,
    PlanId,
    AuthorityId,
    RegionCode,
    RegionLow,
    RegionHigh,
}

#[derive(DeriveIden, Clone, Copy)]
enum PatrolInspection {
    Table,
    EnterpriseId,
    Industry,
    Kind,
    InspectedOn,
}

const COVERAGE_INDEX: &str = "ix_patrol_inspection_coverage";
const OVERDUE_INDEX: &str = "ix_annual_review_overdue";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create_plans(manager).await?;
        create_plan_authorities(manager).await?;
        // Visits of an enterprise in a plan's industry and period (coverage, the queue).
        let coverage = Index::create()
            .name(COVERAGE_INDEX)
            .table(PatrolInspection::Table)
            .col(PatrolInspection::EnterpriseId)
            .col(PatrolInspection::Industry)
            .col(PatrolInspection::Kind)
            .col(PatrolInspection::InspectedOn)
            .to_owned();
        manager.create_index(coverage).await?;
        // The OVERDUE_REVIEWS basis: only the reviews recorded overdue, partial like
        // ix_follow_up_open (both backends accept the statement as written).
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE INDEX ix_annual_review_overdue ON annual_review (enterprise_id) WHERE overdue_since IS NOT NULL",
            )
            .await
            .map(|_| ())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.get_connection().execute_unprepared(&format!("DROP INDEX {OVERDUE_INDEX}")).await?;
        manager
            .drop_index(Index::drop().name(COVERAGE_INDEX).table(PatrolInspection::Table).to_owned())
            .await?;
        manager.drop_table(Table::drop().table(PatrolPlanAuthority::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(PatrolPlan::Table).to_owned()).await
    }
}

fn foreign(from: (impl IntoIden, impl IntoIden), to: &str) -> ForeignKeyCreateStatement {
    ForeignKey::create().from(from.0, from.1).to(Alias::new(to), Alias::new("id")).to_owned()
}

async fn create_plans(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    use PatrolPlan as P;
    manager
        .create_table(
            Table::create()
                .table(P::Table)
                .col(big_pk_auto(P::Id))
                .col(string(P::Province))
                .col(string(P::Name))
                .col(string(P::Industry))
                .col(string(P::Basis))
                .col(date(P::StartsOn))
                .col(date(P::EndsOn))
                .col(integer(P::CoveragePercent))
                .col(integer(P::VisitsPerEnterprise))
                .col(boolean(P::KeyIndustry))
                .col(text(P::Executing))
                .col(big_integer(P::AuthorityId))
                .col(string(P::CreatedBy))
                .col(timestamp_with_time_zone(P::CreatedAt))
                .foreign_key(&mut foreign((P::Table, P::AuthorityId), "authority"))
                .to_owned(),
        )
        .await?;
    // The province's list (keyset on id) and the plans in force on a day (the queue).
    for (name, columns) in [
        ("ix_patrol_plan_province", [P::Province, P::Id]),
        ("ix_patrol_plan_period", [P::EndsOn, P::StartsOn]),
    ] {
        let mut index = Index::create().name(name).table(P::Table).to_owned();
        for column in columns {
            index.col(column);
        }
        manager.create_index(index).await?;
    }
    Ok(())
}

async fn create_plan_authorities(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    use PatrolPlanAuthority as A;
    manager
        .create_table(
            Table::create()
                .table(A::Table)
                .col(big_integer(A::PlanId))
                .col(big_integer(A::AuthorityId))
                .col(string(A::RegionCode))
                .col(string(A::RegionLow))
                .col(string(A::RegionHigh))
                .primary_key(Index::create().col(A::PlanId).col(A::AuthorityId))
                .foreign_key(&mut foreign((A::Table, A::PlanId), "patrol_plan"))
                .foreign_key(&mut foreign((A::Table, A::AuthorityId), "authority"))
                .to_owned(),
        )
        .await?;
    // The plans an authority carries out.
    let by_authority = Index::create()
        .name("ix_patrol_plan_authority_authority")
        .table(A::Table)
        .col(A::AuthorityId)
        .to_owned();
    manager.create_index(by_authority).await
}
