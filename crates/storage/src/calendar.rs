//! The working-day calendar: the recorded years (`calendar_year`) and their holidays and make-up
//! working days (`calendar_day`). The whole calendar is read in one statement (a few dozen rows
//! a year); a year is replaced as a whole.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use oversight_domain::CalendarYear;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, Statement};

use crate::entity::{calendar_day, calendar_year};
use crate::{Executor, Result, StorageError, Tx, insert_rows};

const HOLIDAY: &str = "HOLIDAY";
const MAKEUP_WORKDAY: &str = "MAKEUP_WORKDAY";

/// Every recorded year with its days, oldest first: one statement (the years left-joined to
/// their days, so a year recorded without any day is still known).
pub async fn years(x: &impl Executor) -> Result<Vec<CalendarYear>> {
    let executor = x.executor();
    let backend = executor.get_database_backend();
    let sql = "SELECT calendar_year.year, calendar_year.basis, calendar_day.day, calendar_day.kind \
               FROM calendar_year LEFT JOIN calendar_day ON calendar_day.year = calendar_year.year \
               ORDER BY calendar_year.year, calendar_day.day";
    let rows = executor.query_all_raw(Statement::from_string(backend, sql)).await?;
    let mut years: BTreeMap<i32, CalendarYear> = BTreeMap::new();
    for row in rows {
        let year: i32 = row.try_get_by_index(0)?;
        let basis: String = row.try_get_by_index(1)?;
        let day: Option<NaiveDate> = row.try_get_by_index(2)?;
        let kind: Option<String> = row.try_get_by_index(3)?;
        let entry = years.entry(year).or_insert_with(|| CalendarYear {
            year,
            holidays: Default::default(),
            makeup_workdays: Default::default(),
            basis,
        });
        match (day, kind.as_deref()) {
            (Some(day), Some(HOLIDAY)) => entry.holidays.insert(day),
            (Some(day), Some(MAKEUP_WORKDAY)) => entry.makeup_workdays.insert(day),
            (None, None) => continue,
            (day, kind) => {
                return Err(StorageError::corrupt(
                    "calendar_day",
                    format!("{day:?} of {year} is a {kind:?}"),
                ));
            }
        };
    }
    Ok(years.into_values().collect())
}

/// Replaces a year as a whole: its citation, then its days (deleted, then inserted in one
/// multi-row statement). The year row is written first, so two replacements of the same year
/// wait for each other on PostgreSQL.
pub async fn replace_year(tx: &Tx, year: &CalendarYear) -> Result<()> {
    let row = calendar_year::ActiveModel { year: Set(year.year), basis: Set(year.basis.clone()) };
    calendar_year::Entity::insert(row)
        .on_conflict(
            OnConflict::column(calendar_year::Column::Year)
                .update_column(calendar_year::Column::Basis)
                .to_owned(),
        )
        .exec_without_returning(&tx.executor())
        .await
        .map_err(StorageError::from_write)?;
    calendar_day::Entity::delete_many()
        .filter(calendar_day::Column::Year.eq(year.year))
        .exec(&tx.executor())
        .await?;
    let day = |kind: &'static str| {
        move |day: &NaiveDate| calendar_day::ActiveModel {
            day: Set(*day),
            year: Set(year.year),
            kind: Set(kind.to_owned()),
        }
    };
    let rows: Vec<calendar_day::ActiveModel> = year
        .holidays
        .iter()
        .map(day(HOLIDAY))
        .chain(year.makeup_workdays.iter().map(day(MAKEUP_WORKDAY)))
        .collect();
    if !rows.is_empty() {
        insert_rows(tx, rows, 3).await?;
    }
    Ok(())
}
