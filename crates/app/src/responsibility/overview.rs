//! The supervision overview (督导, §四; docs/adr/0042): a region of the caller's jurisdiction —
//! the nation by default for the national authority — and each authority seated directly below
//! it, with the year's report figures counted live, every agreement measure judged against
//! the agreement binding it, its overdue orders and late notices, and its generated reports. A
//! fixed number of statements whatever the number of rows: the figures, the measures (three
//! statements and the plans' coverage), the agreements, the orders and the reports.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use oversight_domain::access::{Denial, Scope, read_scope};
use oversight_domain::enterprise_report::due_passed_through;
use oversight_domain::generated_report::Figure;
use oversight_domain::registry::region::{RegionCode, children};
use oversight_domain::responsibility::agreement::{TargetKind, counting_span};
use oversight_domain::responsibility::overview::{Concern, DEFAULT_FIGURES, Measure, concerns, measures};
use oversight_domain::{ErrorCode, WorkingCalendar};
use oversight_storage::generated_report::{self as reports, ReportRecord, SnapshotOf, live_counts};
use oversight_storage::registry::authority::{self as authorities, AuthorityRecord};
use oversight_storage::responsibility::agreement::{self as agreements, AgreementRecord};
use oversight_storage::responsibility::order as orders;

use super::agreement_values::{Wanted, figures_of};
use crate::{Action, App, AppError, Code, Principal, Resource, allow};

/// The overview of one region in one year, counted on `on`.
#[derive(Debug, Clone)]
pub struct Overview {
    pub region: RegionCode,
    pub year: i32,
    /// The day counted: today, or the year's last day once it is over.
    pub on: NaiveDate,
    /// The authority seated at the region itself, over its whole jurisdiction (the totals).
    pub own: Option<OverviewRow>,
    /// The authorities seated directly below, in region-code order.
    pub rows: Vec<OverviewRow>,
}

/// One authority's line of the overview.
#[derive(Debug, Clone)]
pub struct OverviewRow {
    pub authority: AuthorityRecord,
    /// The figures asked for, in the order asked.
    pub figures: Vec<(Figure, u64)>,
    pub measures: Vec<Measure>,
    /// The standing agreement binding the authority for the year.
    pub agreement: Option<AgreementRecord>,
    pub overdue_orders: u64,
    pub late_notices: u64,
    /// Its generated reports of the year and the year before (the reports due in the year), by
    /// year, kind and half.
    pub reports: Vec<ReportRecord>,
    pub concerns: Vec<Concern>,
}

/// What each row counts, keyed by its position (0 is the region's own authority when seated).
struct Counted {
    authorities: Vec<AuthorityRecord>,
    ofs: Vec<(i64, SnapshotOf)>,
}

impl App {
    /// The overview of `region` (the caller's whole jurisdiction when none) for `year` (this
    /// one when none), with `figures` (`DEFAULT_FIGURES` when none) on every row.
    pub async fn supervision_overview(
        &self,
        principal: &Principal,
        region: Option<RegionCode>,
        year: Option<i32>,
        figures: Option<Vec<Figure>>,
    ) -> Result<Overview, AppError> {
        allow(principal, Action::ReadSupervisionOverview, &Resource::None, "supervision overview")?;
        let region = asked_region(principal, region)?;
        let today = self.today();
        let year = year.unwrap_or_else(|| today.year());
        let Some(span) = counting_span(year, today) else {
            return Err(AppError::invalid(
                Code::Domain(ErrorCode::InvalidDateRange),
                "year",
                format!("{year} has not begun (today is {today}): a year is counted from its records so far"),
            ));
        };
        let calendar = self.working_calendar_now().await?;
        let counted = self.counted(region, year, span, &calendar).await?;
        let figures = shown_figures(figures);
        let mut rows = self.rows(counted, &figures, year, &calendar).await?;
        let own = rows.first().filter(|row| row.authority.region == region).cloned();
        if own.is_some() {
            rows.remove(0);
        }
        Ok(Overview { region, year, on: span.1, own, rows })
    }

    /// The authorities of the overview: the one seated at `region`, then those directly below.
    async fn counted(
        &self,
        region: RegionCode,
        year: i32,
        span: (NaiveDate, NaiveDate),
        calendar: &WorkingCalendar,
    ) -> Result<Counted, AppError> {
        let mut seats = vec![region];
        seats.extend(children(region).into_iter().map(|r| r.code));
        let mut found = authorities::by_regions(&self.store, &seats).await?;
        found.sort_by(|a, b| a.region.as_str().cmp(b.region.as_str()).then(a.id.get().cmp(&b.id.get())));
        let ofs = found
            .iter()
            .enumerate()
            .map(|(key, a)| {
                // A periodic report is overdue once its due day passed by the day counted.
                let of = SnapshotOf {
                    authority_id: a.id,
                    region: a.region,
                    year,
                    span,
                    today: span.1,
                    reports_due_through: Some(due_passed_through(calendar, span.1)),
                };
                (i64::try_from(key).unwrap_or(i64::MAX), of)
            })
            .collect();
        Ok(Counted { authorities: found, ofs })
    }

    /// Every row's figures, measures, agreement, orders and reports.
    async fn rows(
        &self,
        counted: Counted,
        figures: &[Figure],
        year: i32,
        calendar: &WorkingCalendar,
    ) -> Result<Vec<OverviewRow>, AppError> {
        let Counted { authorities, ofs } = counted;
        let Some(on) = ofs.first().map(|(_, of)| of.today) else { return Ok(Vec::new()) };
        let ids: Vec<_> = authorities.iter().map(|a| a.id).collect();
        let mut bound = agreements::standing_binding(&self.store, &ids, year).await?;
        let wanted: Vec<Wanted> = ofs
            .iter()
            .zip(&authorities)
            .map(|((key, of), authority)| {
                let binding = bound.iter().find(|a| a.agreement.counterpart_authority_id == authority.id);
                Wanted { key: *key, of: *of, kinds: measured(binding) }
            })
            .collect();
        // The figures shown, the late notices the concerns read and the measures' own figures,
        // counted together: each group of records once a line.
        let counting: Vec<Vec<Figure>> = wanted.iter().map(|w| with_counted(figures, &w.kinds)).collect();
        let asked: Vec<(i64, SnapshotOf, &[Figure])> =
            wanted.iter().zip(&counting).map(|(w, f)| (w.key, w.of, f.as_slice())).collect();
        let counts = live_counts(&self.store, &asked).await?;
        let mut readings = self.live_readings(&wanted, Some(&counts), calendar).await?;
        let regions: Vec<(i64, RegionCode)> = ofs.iter().map(|(k, of)| (*k, of.region)).collect();
        let overdue: BTreeMap<i64, u64> =
            orders::overdue_within(&self.store, &regions, on).await?.into_iter().collect();
        let mut filed = reports::of_authorities(&self.store, &ids, &[year - 1, year]).await?;
        let count = |key: i64, figure: Figure| {
            counts.iter().find(|(k, f, _)| *k == key && *f == figure).map_or(0, |(_, _, n)| *n)
        };
        let mut rows = Vec::with_capacity(authorities.len());
        for ((key, _), authority) in ofs.iter().zip(authorities) {
            let agreement = take(&mut bound, |a| a.agreement.counterpart_authority_id == authority.id).pop();
            let measures =
                measures(&readings.remove(key).unwrap_or_default(), agreement.as_ref().map(|a| &a.agreement));
            let overdue_orders = overdue.get(key).copied().unwrap_or(0);
            let late_notices = count(*key, Figure::NoticesLate);
            let concerns =
                concerns(&measures, agreement.as_ref().map(|a| &a.agreement), overdue_orders, late_notices);
            rows.push(OverviewRow {
                figures: figures.iter().map(|f| (*f, count(*key, *f))).collect(),
                measures,
                agreement,
                overdue_orders,
                late_notices,
                reports: take(&mut filed, |r| r.authority_id == authority.id),
                concerns,
                authority,
            });
        }
        Ok(rows)
    }
}

/// The figures asked for, each once in the order asked; the defaults when none are named.
fn shown_figures(asked: Option<Vec<Figure>>) -> Vec<Figure> {
    let mut shown: Vec<Figure> = Vec::new();
    for figure in asked.unwrap_or_else(|| DEFAULT_FIGURES.to_vec()) {
        if !shown.contains(&figure) {
            shown.push(figure);
        }
    }
    shown
}

/// The measures of a line: every kind but the enterprises' periodic reports on time, which is
/// measured only where the agreement binding the line sets that target — counting every
/// quarter's obligations of every license under a line costs seconds over a nation of 100,000
/// enterprises, more than the whole overview may (docs/adr/0042 decision 9).
fn measured(binding: Option<&AgreementRecord>) -> Vec<TargetKind> {
    let targeted = |kind: TargetKind| {
        binding.is_some_and(|a| a.agreement.targets.iter().any(|target| target.kind == kind))
    };
    TargetKind::ALL
        .iter()
        .copied()
        .filter(|kind| *kind != TargetKind::PeriodicReportsOnTime || targeted(*kind))
        .collect()
}

/// The figures counted for a line: those shown, the late notices every row's concerns read and
/// the figures its measures are counted from.
fn with_counted(figures: &[Figure], kinds: &[TargetKind]) -> Vec<Figure> {
    let mut counting = figures.to_vec();
    for figure in std::iter::once(Figure::NoticesLate).chain(figures_of(kinds)) {
        if !counting.contains(&figure) {
            counting.push(figure);
        }
    }
    counting
}

/// Moves the items `belongs` keeps out of `items`, in their order.
fn take<T>(items: &mut Vec<T>, belongs: impl Fn(&T) -> bool) -> Vec<T> {
    let (taken, kept) = std::mem::take(items).into_iter().partition(|item| belongs(item));
    *items = kept;
    taken
}

/// The region asked, inside the caller's jurisdiction: its own seat when none is named (the
/// nation for the national authority); a region outside it is refused.
fn asked_region(principal: &Principal, region: Option<RegionCode>) -> Result<RegionCode, AppError> {
    match (read_scope(principal), region) {
        (Scope::Everything, asked) => Ok(asked.unwrap_or(RegionCode::NATION)),
        (Scope::Within(held), None) => Ok(held),
        (Scope::Within(held), Some(asked)) if held.contains(&asked) => Ok(asked),
        _ => Err(AppError::from(Denial::OutOfJurisdiction)),
    }
}
