//! Live counts: the figures a report would count over some days, counted now and not stored —
//! a responsibility agreement's values (docs/adr/0036 decision 12). Each figure's records are the
//! snapshot's own statement (`snapshot::figure_records`), so an agreement and a report of the
//! same days agree by construction; the drill-down pages the same ids.

use chrono::NaiveDate;
use oversight_domain::RegionCode;
use oversight_domain::generated_report::Figure;
use sea_orm::{ConnectionTrait, Statement};

use super::snapshot::{figure_records, group_places, group_records, grouped, placed};
use super::{IdStatement, SnapshotOf, query};
use crate::page::{self, Direction};
use crate::sql::Binds;
use crate::{Executor, Page, PageRequest, Result, StorageError};

/// For each keyed `of`, the counts of its figures, in one statement: `(key, figure, count)`, no
/// row for a count of zero. Each group of figures one pass tells apart is read once a key — or
/// once for several keys: jurisdictions over the same days that are of one level (the national
/// view's 31 provinces) or nested in one another (the nation with them) share one pass over
/// their common ancestor's records, each record counted for every jurisdiction its region's
/// prefix falls in (docs/adr/0042 decisions 8 and 10).
pub async fn live_counts(
    x: &impl Executor,
    asked: &[(i64, SnapshotOf, &[Figure])],
) -> Result<Vec<(i64, Figure, u64)>> {
    if asked.iter().all(|(_, _, figures)| figures.is_empty()) {
        return Ok(Vec::new());
    }
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let parts: Vec<String> = batches(asked).iter().filter_map(|batch| batch.part(&mut binds)).collect();
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

/// One group of figures counted for some keys in one pass: the keys' days are the same and
/// their jurisdictions of one level (their prefixes one length) or nested, or there is one key.
struct Batch {
    group: Vec<Figure>,
    members: Vec<(i64, SnapshotOf)>,
}

impl Batch {
    /// Whether `of` can join this batch: the same group and days, and a jurisdiction of the same
    /// level as the first member's or nested with the members' common ancestor — the pass then
    /// reads no record it would not read for the widest member alone.
    fn admits(&self, group: &[Figure], of: &SnapshotOf) -> bool {
        let Some((_, first)) = self.members.first() else { return false };
        let ancestor = common_ancestor(&self.members);
        let level = first.region.jurisdiction_prefix().len() == of.region.jurisdiction_prefix().len();
        let nested = ancestor.contains(&of.region) || of.region.contains(&ancestor);
        self.group == group
            && placed(group)
            && (first.year, first.span, first.today) == (of.year, of.span, of.today)
            && (level || nested)
    }

    /// The batch's statement part (`k`, `fig`, `n`), or `None` for an empty group.
    fn part(&self, binds: &mut Binds) -> Option<String> {
        let [(key, of)] = self.members.as_slice() else { return self.lines(binds) };
        let records = group_records(binds, of, &self.group)?;
        let key = binds.push(*key);
        Some(format!("SELECT {key} AS k, r.fig AS fig, COUNT(*) AS n FROM ({records}) r GROUP BY r.fig"))
    }

    /// Several keys in one pass over their common ancestor's records: the records counted by
    /// figure and by the prefix of their place first (as long as the narrowest member's), then
    /// each prefix's counts summed for the keys whose jurisdiction it falls in (a `VALUES` table
    /// of prefix and key; the nation's empty prefix takes every one). Counting first keeps the
    /// join to a few rows; `CROSS JOIN` keeps SQLite from running the records once per key
    /// (PostgreSQL reads it as a plain join).
    fn lines(&self, binds: &mut Binds) -> Option<String> {
        let (_, first) = self.members.first()?;
        let of = SnapshotOf { region: common_ancestor(&self.members), ..*first };
        let records = group_places(binds, &of, &self.group)?;
        let width = self.members.iter().map(|(_, m)| m.region.jurisdiction_prefix().len()).max()?;
        let lines: Vec<String> = self
            .members
            .iter()
            .map(|(key, member)| {
                let prefix = binds.push(member.region.jurisdiction_prefix().to_owned());
                format!("({prefix}, {})", binds.push(*key))
            })
            .collect();
        Some(format!(
            "SELECT m.column2 AS k, g.fig AS fig, CAST(SUM(g.n) AS BIGINT) AS n FROM (SELECT r.fig AS fig, \
             SUBSTR(r.place, 1, {width}) AS prefix, COUNT(*) AS n FROM ({records}) r GROUP BY r.fig, \
             SUBSTR(r.place, 1, {width})) g CROSS JOIN (VALUES {}) m \
             WHERE SUBSTR(g.prefix, 1, LENGTH(m.column1)) = m.column1 GROUP BY m.column2, g.fig",
            lines.join(", ")
        ))
    }
}

/// The asked keys' groups of figures, batched: each group of a key joins the first batch that
/// admits it, in the order asked.
fn batches(asked: &[(i64, SnapshotOf, &[Figure])]) -> Vec<Batch> {
    let mut batches: Vec<Batch> = Vec::new();
    for (key, of, figures) in asked {
        for group in grouped(figures) {
            match batches.iter_mut().find(|batch| batch.admits(&group, of)) {
                Some(batch) => batch.members.push((*key, *of)),
                None => batches.push(Batch { group, members: vec![(*key, *of)] }),
            }
        }
    }
    batches
}

/// The smallest region containing every member's (the nation at the widest).
fn common_ancestor(members: &[(i64, SnapshotOf)]) -> RegionCode {
    let mut ancestor = members.first().map_or(RegionCode::NATION, |(_, of)| of.region);
    while !members.iter().all(|(_, of)| ancestor.contains(&of.region)) {
        ancestor = ancestor.parent().unwrap_or(RegionCode::NATION);
    }
    ancestor
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
