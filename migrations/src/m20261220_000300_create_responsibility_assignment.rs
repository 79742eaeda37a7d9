//! Responsible persons (直接责任人, §四, issue 19 item 1, docs/adr/0036): one row per assignment of a
//! piece of work to an officer, kept when a reassignment ends it, at most one current per work (a
//! partial unique index), with an index for every filter of `responsibilityAssignments`.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum ResponsibilityAssignment {
    Table,
    Id,
    WorkKind,
    WorkId,
    AuthorityId,
    AuthorityRegion,
    OfficerId,
    AssignedOn,
    Reason,
    EndedOn,
    AssignedBy,
    CreatedAt,
}

const CURRENT_INDEX: &str = "ux_responsibility_assignment_current";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ResponsibilityAssignment as R;
        manager
            .create_table(
                Table::create()
                    .table(R::Table)
                    .col(big_pk_auto(R::Id))
                    .col(string(R::WorkKind))
                    .col(big_integer(R::WorkId))
                    .col(big_integer(R::AuthorityId))
                    .col(string(R::AuthorityRegion))
                    .col(big_integer(R::OfficerId))
                    .col(date(R::AssignedOn))
                    .col(text_null(R::Reason))
                    .col(date_null(R::EndedOn))
                    .col(string(R::AssignedBy))
                    .col(timestamp_with_time_zone(R::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(R::Table, R::AuthorityId)
                            .to(Alias::new("authority"), Alias::new("id")),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(R::Table, R::OfficerId)
                            .to(Alias::new("officer"), Alias::new("id")),
                    )
                    .to_owned(),
            )
            .await?;
        // The work's history (with the id the page is ordered by), the officer's work, the scope
        // (the holder's region inside the caller's jurisdiction).
        let indexes: [(&str, &[R]); 3] = [
            ("ix_responsibility_assignment_work", &[R::WorkKind, R::WorkId, R::Id]),
            ("ix_responsibility_assignment_officer", &[R::OfficerId, R::Id]),
            ("ix_responsibility_assignment_region", &[R::AuthorityRegion]),
        ];
        for (name, columns) in indexes {
            let mut index = Index::create().name(name).table(R::Table).to_owned();
            for column in columns {
                index.col(*column);
            }
            manager.create_index(index).await?;
        }
        // One current assignment per work: a partial unique index, said the same way on both
        // databases; a concurrent second assignment fails here rather than leaving two.
        manager
            .get_connection()
            .execute_unprepared(&format!(
                "CREATE UNIQUE INDEX {CURRENT_INDEX} ON responsibility_assignment (work_kind, work_id) \
                 WHERE ended_on IS NULL"
            ))
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(ResponsibilityAssignment::Table).to_owned()).await
    }
}
