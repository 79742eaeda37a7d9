//! Live counts: the figures a report would count over some days, counted now and not stored —
//! a responsibility agreement's values (docs/adr/0036 decision 12). Each figure's records are the
//! snapshot's own statement (`snapshot::figure_records`), so an agreement and a report of the
//! same days agree by construction; the drill-down pages the same ids.

use chrono::NaiveDate;
use oversight_domain::generated_report::Figure;
use sea_orm::{ConnectionTrait, Statement};

use super::snapshot::{figure_records, group_records, grouped};
use super::{IdStatement, SnapshotOf, query};
use crate::page::{self, Direction};
use crate::sql::Binds;
use crate::{Executor, Page, PageRequest, Result, StorageError};

/// For each keyed `of`, the counts of its figures, in one statement: `(key, figure, count)`, no
/// row for a count of zero. Each group of figures one pass tells apart is read once a key.
pub async fn live_counts(
    x: &impl Executor,
    asked: &[(i64, SnapshotOf, &[Figure])],
) -> Result<Vec<(i64, Figure, u64)>> {
    if asked.iter().all(|(_, _, figures)| figures.is_empty()) {
        return Ok(Vec::new());
    }
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let mut parts = Vec::new();
    for (key, of, figures) in asked {
        for group in grouped(figures) {
            let Some(records) = group_records(&mut binds, of, &group) else { continue };
            let key = binds.push(*key);
            parts.push(format!(
                "SELECT {key} AS k, r.fig AS fig, COUNT(*) AS n FROM ({records}) r GROUP BY r.fig"
            ));
        }
    }
    let rows = query(executor, binds, parts.join(" UNION ALL ")).await?;
    rows.iter()
        .map(|row| {
            let fig: String = row.try_get("", "fig")?;
            let figure = Figure::parse(&fig).ok_or_else(|| StorageError::corrupt("live count", fig))?;
            let n: i64 = row.try_get("", "n")?;
            Ok((row.try_get("", "k")?, figure, u64::try_from(n).unwrap_or(0)))
        })
        .collect()
}

/// One keyset page (by record id) of a figure's records over `of`, counted now.
pub async fn live_records(
    x: &impl Executor,
    of: &SnapshotOf,
    figure: Figure,
    request: &PageRequest<i64>,
) -> Result<Page<i64>> {
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let records = figure_records(&mut binds, of, figure);
    let statement = IdStatement {
        executor,
        binds,
        select: format!("SELECT r.id AS id FROM ({records}) r"),
        condition: "1 = 1".to_owned(),
        key: "r.id",
        order: "ASC",
    };
    page::read(statement, Direction::Ascending, request).await
}

/// The sending and closing days of the notices each keyed `of` counts closed: `(key, sent,
/// closed)`, in one statement (the median is counted on the working-day calendar by the caller).
pub async fn live_closed_notice_days(
    x: &impl Executor,
    ofs: &[(i64, SnapshotOf)],
) -> Result<Vec<(i64, NaiveDate, NaiveDate)>> {
    if ofs.is_empty() {
        return Ok(Vec::new());
    }
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let parts: Vec<String> = ofs
        .iter()
        .map(|(key, of)| {
            let records = figure_records(&mut binds, of, Figure::NoticesClosed);
            let key = binds.push(*key);
            format!(
                "SELECT {key} AS k, n.sent_on, n.closed_on FROM ({records}) r \
                 JOIN linkage_notice n ON n.id = r.id WHERE n.closed_on IS NOT NULL"
            )
        })
        .collect();
    let statement = Statement::from_sql_and_values(binds.backend, parts.join(" UNION ALL "), binds.values);
    executor
        .query_all_raw(statement)
        .await?
        .iter()
        .map(|row| Ok((row.try_get("", "k")?, row.try_get("", "sent_on")?, row.try_get("", "closed_on")?)))
        .collect()
}
