//! One open unlicensed-production case per producer (docs/adr/0033 decision 9): a partial unique
//! index on the credit code over the statuses not finished (FOUND, URGED, BAN_NOTIFIED), so two
//! opens racing past the use case's check cannot both stand. Producers without a credit code are
//! not covered (NULLs are distinct in both databases), as the check does not cover them either.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, Statement};

#[derive(DeriveMigrationName)]
pub struct Migration;

const OPEN_INDEX: &str = "ux_unlicensed_case_open";
/// `UnlicensedStatus::is_open` as stored (a migration does not depend on the domain).
const OPEN_STATUSES: &str = "'FOUND', 'URGED', 'BAN_NOTIFIED'";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        // A pair that raced in before the index would make it fail with the database's bare
        // message; name the producers instead, so an operator can dismiss or close one of each.
        let duplicates = db
            .query_all_raw(Statement::from_string(
                db.get_database_backend(),
                format!(
                    "SELECT credit_code FROM unlicensed_case WHERE status IN ({OPEN_STATUSES}) \
                     AND credit_code IS NOT NULL GROUP BY credit_code HAVING COUNT(*) > 1"
                ),
            ))
            .await?;
        if !duplicates.is_empty() {
            let codes: Vec<String> =
                duplicates.iter().filter_map(|row| row.try_get::<String>("", "credit_code").ok()).collect();
            return Err(DbErr::Migration(format!(
                "producers with more than one open unlicensed-production case: {}; dismiss or close the extra cases, then migrate again",
                codes.join(", ")
            )));
        }
        db.execute_unprepared(&format!(
            "CREATE UNIQUE INDEX {OPEN_INDEX} ON unlicensed_case (credit_code) WHERE status IN ({OPEN_STATUSES})"
        ))
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(Index::drop().name(OPEN_INDEX).table(Alias::new("unlicensed_case")).to_owned())
            .await
    }
}
