//! Industry rectification meetings (行业整顿会议, §三, issue 18 item 3, docs/adr/0038): one row per
//! meeting in its campaign, and one row per enterprise summoned with its license, attendance and
//! resolution (the follow-up it owes is a `follow_up` row of origin RECTIFICATION_MEETING).
//! Indexed for the list's filters (campaign, status, enterprise summoned) and the loader by campaign.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum RectificationMeeting {
    Table,
    Id,
    CampaignId,
    AuthorityId,
    Status,
    Title,
    HeldOn,
    Place,
    Minutes,
    CancelReason,
    DecidedOn,
    ConvenedBy,
    UpdatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum RectificationMeetingSummons {
    Table,
    Id,
    MeetingId,
    EnterpriseId,
    LicenseId,
    Attendance,
    AttendanceNote,
    Requirement,
    RectifyBy,
    ResolvedOn,
    FollowUpId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use RectificationMeeting as M;
        manager
            .create_table(
                Table::create()
                    .table(M::Table)
                    .col(big_pk_auto(M::Id))
                    .col(big_integer(M::CampaignId))
                    .col(big_integer(M::AuthorityId))
                    .col(string(M::Status))
                    .col(string(M::Title))
                    .col(date(M::HeldOn))
                    .col(string(M::Place))
                    .col(text_null(M::Minutes))
                    .col(text_null(M::CancelReason))
                    .col(date_null(M::DecidedOn))
                    .col(string(M::ConvenedBy))
                    .col(string(M::UpdatedBy))
                    .col(timestamp_with_time_zone(M::CreatedAt))
                    .col(timestamp_with_time_zone(M::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(M::Table, M::CampaignId)
                            .to(Alias::new("campaign"), Alias::new("id")),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(M::Table, M::AuthorityId)
                            .to(Alias::new("authority"), Alias::new("id")),
                    )
                    .to_owned(),
            )
            .await?;
        use RectificationMeetingSummons as S;
        manager
            .create_table(
                Table::create()
                    .table(S::Table)
                    .col(big_pk_auto(S::Id))
                    .col(big_integer(S::MeetingId))
                    .col(big_integer(S::EnterpriseId))
                    .col(big_integer(S::LicenseId))
                    .col(string_null(S::Attendance))
                    .col(text_null(S::AttendanceNote))
                    .col(text_null(S::Requirement))
                    .col(date_null(S::RectifyBy))
                    .col(date_null(S::ResolvedOn))
                    .col(big_integer_null(S::FollowUpId))
                    .foreign_key(
                        ForeignKey::create()
                            .from(S::Table, S::MeetingId)
                            .to(M::Table, M::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(S::Table, S::EnterpriseId)
                            .to(Alias::new("enterprise"), Alias::new("id")),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(S::Table, S::LicenseId)
                            .to(Alias::new("license"), Alias::new("id")),
                    )
                    .to_owned(),
            )
            .await?;
        // The loader and the list filter by campaign, the list by status; the summonses are read
        // by meeting (unique: an enterprise is summoned once) and the list filters by enterprise.
        let index = |name: &str| Index::create().name(name).to_owned();
        manager
            .create_index(
                index("ix_rectification_meeting_campaign")
                    .table(M::Table)
                    .col(M::CampaignId)
                    .col(M::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                index("ix_rectification_meeting_status").table(M::Table).col(M::Status).col(M::Id).to_owned(),
            )
            .await?;
        manager
            .create_index(
                index("ux_rectification_meeting_summons")
                    .table(S::Table)
                    .col(S::MeetingId)
                    .col(S::EnterpriseId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                index("ix_rectification_meeting_summons_enterprise")
                    .table(S::Table)
                    .col(S::EnterpriseId)
                    .col(S::MeetingId)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(RectificationMeetingSummons::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(RectificationMeeting::Table).to_owned()).await
    }
}
