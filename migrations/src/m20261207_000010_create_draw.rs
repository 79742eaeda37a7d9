//! Double-random draws (双随机一公开, issue 16, docs/adr/0025): the committed draw (its spec, the
//! seed's hash, the directories' snapshots and their hashes, then the revealed seed and the
//! result) and the assignments it hands out — one row per drawn license and inspector, which the
//! inspectors' list of draw assignments reads.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Draw {
    Table,
    Id,
    AuthorityId,
    RegionCode,
    StartsOn,
    EndsOn,
    AlgorithmVersion,
    Spec,
    SpecSha256,
    SeedSha256,
    Reason,
    TargetsSha256,
    InspectorsSha256,
    ConflictsSha256,
    Snapshots,
    CommittedBy,
    CommittedAt,
    Seed,
    Result,
    ResultSha256,
    RanBy,
    RanAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum DrawAssignment {
    Table,
    Id,
    DrawId,
    LicenseId,
    EnterpriseId,
    OfficerId,
    Selection,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use Draw as D;
        manager
            .create_table(
                Table::create()
                    .table(D::Table)
                    .col(big_pk_auto(D::Id))
                    .col(big_integer(D::AuthorityId))
                    .col(string_len(D::RegionCode, 6))
                    .col(date(D::StartsOn))
                    .col(date(D::EndsOn))
                    .col(string(D::AlgorithmVersion))
                    .col(text(D::Spec))
                    .col(string_len(D::SpecSha256, 64))
                    .col(string_len(D::SeedSha256, 64))
                    .col(text_null(D::Reason))
                    .col(string_len(D::TargetsSha256, 64))
                    .col(string_len(D::InspectorsSha256, 64))
                    .col(string_len(D::ConflictsSha256, 64))
                    .col(text(D::Snapshots))
                    .col(string(D::CommittedBy))
                    .col(timestamp_with_time_zone(D::CommittedAt))
                    .col(text_null(D::Seed))
                    .col(text_null(D::Result))
                    .col(string_len_null(D::ResultSha256, 64))
                    .col(string_null(D::RanBy))
                    .col(timestamp_with_time_zone_null(D::RanAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(D::Table, D::AuthorityId)
                            .to(Alias::new("authority"), Alias::new("id")),
                    )
                    .to_owned(),
            )
            .await?;
        // The overlap check of a second draw (same authority, overlapping period).
        manager
            .create_index(
                Index::create()
                    .name("ix_draw_authority_period")
                    .table(D::Table)
                    .col(D::AuthorityId)
                    .col(D::StartsOn)
                    .to_owned(),
            )
            .await?;
        create_assignments(manager).await?;
        // The targets' last patrol (coverage guarantee) and the recent visits (recusal).
        for (name, columns) in [
            ("ix_patrol_inspection_license_day", ["license_id", "inspected_on"].as_slice()),
            ("ix_patrol_inspection_day", ["inspected_on"].as_slice()),
        ] {
            let mut index = Index::create();
            index.name(name).table(Alias::new("patrol_inspection"));
            for column in columns {
                index.col(Alias::new(*column));
            }
            manager.create_index(index.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for name in ["ix_patrol_inspection_license_day", "ix_patrol_inspection_day"] {
            manager
                .drop_index(Index::drop().name(name).table(Alias::new("patrol_inspection")).to_owned())
                .await?;
        }
        manager.drop_table(Table::drop().table(DrawAssignment::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(Draw::Table).to_owned()).await
    }
}

async fn create_assignments(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    use DrawAssignment as A;
    manager
        .create_table(
            Table::create()
                .table(A::Table)
                .col(big_pk_auto(A::Id))
                .col(big_integer(A::DrawId))
                .col(big_integer(A::LicenseId))
                .col(big_integer(A::EnterpriseId))
                .col(big_integer(A::OfficerId))
                .col(string(A::Selection))
                .foreign_key(ForeignKey::create().from(A::Table, A::DrawId).to(Draw::Table, Draw::Id))
                .foreign_key(
                    ForeignKey::create()
                        .from(A::Table, A::LicenseId)
                        .to(Alias::new("license"), Alias::new("id")),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(A::Table, A::OfficerId)
                        .to(Alias::new("officer"), Alias::new("id")),
                )
                .to_owned(),
        )
        .await?;
    // An inspector's assignments, newest draw first, keyset on the id.
    manager
        .create_index(
            Index::create()
                .name("ix_draw_assignment_officer")
                .table(A::Table)
                .col(A::OfficerId)
                .col(A::Id)
                .to_owned(),
        )
        .await
}
