//! The live values of responsibility agreements' targets (责任状, docs/adr/0036 decisions 12–14):
//! counted from the records on the day they are read — the generated reports' figures over the
//! bound authority's jurisdiction and the year so far, the patrol plans' own coverage — never
//! entered or stored; and the records behind each value, as global IDs to open.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use oversight_domain::enterprise_report::due_passed_through;
use oversight_domain::generated_report::{Figure, RecordKind};
use oversight_domain::linkage::notice::{median, working_days_between};
use oversight_domain::responsibility::agreement::{Agreement, Reading, TargetKind, counting_span};
use oversight_domain::{PatrolPlanId, ResponsibilityAgreementId, WorkingCalendar};
use oversight_storage::calendar;
use oversight_storage::generated_report::{SnapshotOf, live_closed_notice_days, live_counts, live_records};
use oversight_storage::responsibility::agreement::{self as store, AgreementRecord};

use crate::{App, AppError, Page, PageRequest, Principal};

/// Every target's reading of one agreement, on the day counted (`None` before its year began).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementValues {
    pub id: ResponsibilityAgreementId,
    pub on: Option<NaiveDate>,
    pub readings: BTreeMap<TargetKind, Reading>,
}

/// The records behind a target's value: their kind, a page of ids, how many in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetRecords {
    pub kind: RecordKind,
    pub page: Page<i64>,
    pub total: u64,
}

/// What a target's value counts: the figure a report counts it by (none for coverage, which is
/// the plans' own figure).
fn counted_figure(kind: TargetKind) -> Option<Figure> {
    match kind {
        TargetKind::PatrolCoverage => None,
        TargetKind::ReviewCompletion => Some(Figure::ReviewExamined),
        TargetKind::OverdueRectifications => Some(Figure::RectificationsOverdue),
        TargetKind::NoticeCloseMedianDays => Some(Figure::NoticesClosed),
        TargetKind::ReportsOnTime => None,
        TargetKind::PeriodicReportsOnTime => Some(Figure::PeriodicReportsOnTime),
    }
}

/// The days an agreement's values count, over the bound authority's jurisdiction: the periodic
/// reports' quarters whose due day passed by the last of them count as due (`calendar`).
fn counting(agreement: &Agreement, today: NaiveDate, calendar: &WorkingCalendar) -> Option<SnapshotOf> {
    let span = counting_span(agreement.year, today)?;
    Some(SnapshotOf {
        authority_id: agreement.counterpart_authority_id,
        region: agreement.counterpart_region,
        year: agreement.year,
        span,
        today: span.1,
        reports_due_through: Some(due_passed_through(calendar, span.1)),
    })
}

/// What one key's readings count: whose jurisdiction over which days, and the target kinds
/// wanted (an agreement's own targets; every kind for a row of the supervision overview).
pub(crate) struct Wanted {
    pub key: i64,
    pub of: SnapshotOf,
    pub kinds: Vec<TargetKind>,
}

/// The keys that want a reading of `kind`, with what they count.
fn keyed(wanted: &[Wanted], kind: TargetKind) -> Vec<(i64, SnapshotOf)> {
    wanted.iter().filter(|w| w.kinds.contains(&kind)).map(|w| (w.key, w.of)).collect()
}

/// The report figures a key's share and count readings are counted from.
pub(crate) fn figures_of(kinds: &[TargetKind]) -> Vec<Figure> {
    let mut figures = Vec::new();
    if kinds.contains(&TargetKind::ReviewCompletion) {
        figures.extend([Figure::ReviewEnrolled, Figure::ReviewExamined]);
    }
    if kinds.contains(&TargetKind::OverdueRectifications) {
        figures.push(Figure::RectificationsOverdue);
    }
    if kinds.contains(&TargetKind::PeriodicReportsOnTime) {
        figures.extend(PERIODIC_DECIDED);
    }
    figures
}

/// The periodic reports a share of reports on time is counted out of: each report due by the day
/// counted was submitted on time, submitted late or is overdue; one submitted early is on time.
const PERIODIC_DECIDED: [Figure; 3] =
    [Figure::PeriodicReportsOnTime, Figure::PeriodicReportsLate, Figure::PeriodicReportsOverdue];

impl App {
    /// The working-day calendar as stored now (one statement).
    pub(crate) async fn working_calendar_now(&self) -> Result<WorkingCalendar, AppError> {
        Ok(WorkingCalendar::new(calendar::years(&self.store).await?))
    }

    /// The live values of these agreements' targets (the loader of
    /// `ResponsibilityAgreement.targets`): a bounded number of statements for any number of
    /// agreements — one for the report figures, one for the closed notices, the plans' coverage.
    pub async fn responsibility_agreement_values(
        &self,
        principal: &Principal,
        ids: &[ResponsibilityAgreementId],
    ) -> Result<Vec<AgreementValues>, AppError> {
        let records = self.responsibility_agreements_by_ids(principal, ids).await?;
        if records.is_empty() {
            return Ok(Vec::new());
        }
        let (today, calendar) = (self.today(), self.working_calendar_now().await?);
        let wanted: Vec<Wanted> = records
            .iter()
            .filter_map(|r| {
                let kinds = r.agreement.targets.iter().map(|t| t.kind).collect();
                counting(&r.agreement, today, &calendar).map(|of| Wanted { key: r.id.get(), of, kinds })
            })
            .collect();
        let mut readings = self.live_readings(&wanted, None, &calendar).await?;
        Ok(records
            .iter()
            .map(|r| AgreementValues {
                id: r.id,
                on: counting_span(r.agreement.year, today).map(|(_, on)| on),
                readings: readings.remove(&r.id.get()).unwrap_or_default(),
            })
            .collect())
    }

    /// The readings each key wants, counted now on the working-day `calendar` the keys' days were
    /// set on: one statement for the report figures (none when the caller counted `figures_of`
    /// its kinds already: `counted`), one for the closed notices, the plans' coverage, the reports
    /// owed — whatever the number of keys.
    pub(crate) async fn live_readings(
        &self,
        wanted: &[Wanted],
        counted: Option<&[(i64, Figure, u64)]>,
        calendar: &WorkingCalendar,
    ) -> Result<BTreeMap<i64, BTreeMap<TargetKind, Reading>>, AppError> {
        let mut readings = BTreeMap::new();
        self.share_and_count_readings(wanted, counted, &mut readings).await?;
        self.coverage_readings(wanted, &mut readings).await?;
        let notices = keyed(wanted, TargetKind::NoticeCloseMedianDays);
        self.median_readings(&notices, calendar, &mut readings).await?;
        self.on_time_readings(&keyed(wanted, TargetKind::ReportsOnTime), calendar, &mut readings).await?;
        Ok(readings)
    }

    /// Review completion (examined of enrolled) and overdue rectifications, in one statement.
    async fn share_and_count_readings(
        &self,
        wanted: &[Wanted],
        counted: Option<&[(i64, Figure, u64)]>,
        readings: &mut BTreeMap<i64, BTreeMap<TargetKind, Reading>>,
    ) -> Result<(), AppError> {
        let counts = match counted {
            Some(counts) => counts.to_vec(),
            None => {
                let figures: Vec<Vec<Figure>> = wanted.iter().map(|w| figures_of(&w.kinds)).collect();
                let asked: Vec<(i64, SnapshotOf, &[Figure])> =
                    wanted.iter().zip(&figures).map(|(w, f)| (w.key, w.of, f.as_slice())).collect();
                live_counts(&self.store, &asked).await?
            }
        };
        let n = |key: i64, figure: Figure| {
            counts.iter().find(|(k, f, _)| *k == key && *f == figure).map_or(0, |(_, _, n)| *n)
        };
        for (key, _) in keyed(wanted, TargetKind::ReviewCompletion) {
            let reading = Reading::Share {
                counted: n(key, Figure::ReviewExamined),
                out_of: n(key, Figure::ReviewEnrolled),
            };
            readings.entry(key).or_default().insert(TargetKind::ReviewCompletion, reading);
        }
        for (key, _) in keyed(wanted, TargetKind::OverdueRectifications) {
            let reading = Reading::Count(n(key, Figure::RectificationsOverdue));
            readings.entry(key).or_default().insert(TargetKind::OverdueRectifications, reading);
        }
        for (key, _) in keyed(wanted, TargetKind::PeriodicReportsOnTime) {
            let out_of = PERIODIC_DECIDED.iter().map(|figure| n(key, *figure)).sum();
            let reading = Reading::Share { counted: n(key, Figure::PeriodicReportsOnTime), out_of };
            readings.entry(key).or_default().insert(TargetKind::PeriodicReportsOnTime, reading);
        }
        Ok(())
    }

    /// The median working days to close of the notices the bound authority received in the year
    /// and closed, on the working-day calendar.
    async fn median_readings(
        &self,
        notices: &[(i64, SnapshotOf)],
        calendar: &WorkingCalendar,
        readings: &mut BTreeMap<i64, BTreeMap<TargetKind, Reading>>,
    ) -> Result<(), AppError> {
        if notices.is_empty() {
            return Ok(());
        }
        let mut days: BTreeMap<i64, Vec<u32>> = notices.iter().map(|(key, _)| (*key, Vec::new())).collect();
        for (key, sent, closed) in live_closed_notice_days(&self.store, notices).await? {
            days.entry(key).or_default().push(working_days_between(calendar, sent, closed));
        }
        for (key, taken) in days {
            readings
                .entry(key)
                .or_default()
                .insert(TargetKind::NoticeCloseMedianDays, Reading::MedianDays(median(taken)));
        }
        Ok(())
    }

    /// Patrol coverage: the plans' own coverage (`PatrolPlan.coverage`, today) summed over the
    /// executing authorities seated inside the bound authority's region, of the plans
    /// overlapping the year.
    async fn coverage_readings(
        &self,
        wanted: &[Wanted],
        readings: &mut BTreeMap<i64, BTreeMap<TargetKind, Reading>>,
    ) -> Result<(), AppError> {
        let covered = keyed(wanted, TargetKind::PatrolCoverage);
        if covered.is_empty() {
            return Ok(());
        }
        let asked: Vec<_> = covered.iter().map(|(key, of)| (*key, of.region, of.span)).collect();
        let pairs = store::plans_carried_out_within(&self.store, &asked).await?;
        let plans: BTreeSet<PatrolPlanId> = pairs.iter().map(|(_, plan, _)| *plan).collect();
        let rows = self.coverage_of_plans(&plans.into_iter().collect::<Vec<_>>()).await?;
        for (key, _) in &covered {
            let (mut targets, mut patrolled) = (0, 0);
            for row in &rows {
                if pairs.contains(&(*key, row.plan_id, row.authority_id)) {
                    targets += row.coverage.targets;
                    patrolled += row.coverage.patrolled;
                }
            }
            let reading = Reading::Share { counted: patrolled, out_of: targets };
            readings.entry(*key).or_default().insert(TargetKind::PatrolCoverage, reading);
        }
        Ok(())
    }

    /// The records behind one target's value, as a keyset page of ids of their kind: the plans a
    /// coverage sums, the reviews examined, the rectifications overdue, the notices closed, the
    /// reports owed (those generated; an owed period never generated has no record), the periodic
    /// reports submitted on time.
    pub async fn responsibility_agreement_records(
        &self,
        principal: &Principal,
        id: ResponsibilityAgreementId,
        kind: TargetKind,
        request: &PageRequest<i64>,
    ) -> Result<TargetRecords, AppError> {
        let found = self.responsibility_agreements_by_ids(principal, &[id]).await?.pop();
        let record: AgreementRecord = found.ok_or(AppError::NotFound { what: "responsibility agreement" })?;
        let kind_of_record = record_kind(kind);
        let calendar = self.working_calendar_now().await?;
        let Some(of) = counting(&record.agreement, self.today(), &calendar) else {
            let page = Page { items: Vec::new(), has_previous_page: false, has_next_page: false };
            return Ok(TargetRecords { kind: kind_of_record, page, total: 0 });
        };
        let (page, total) = match (kind, counted_figure(kind)) {
            (_, Some(figure)) => {
                let page = live_records(&self.store, &of, figure, request).await?;
                let total = live_counts(&self.store, &[(id.get(), of, &[figure])]).await?;
                (page, total.first().map_or(0, |(_, _, n)| *n))
            }
            (TargetKind::ReportsOnTime, None) => {
                let owed = self.reports_owed(&[(id.get(), of)], &calendar).await?;
                let filed: BTreeSet<i64> =
                    owed.iter().filter_map(|o| o.report.as_ref()).map(|r| r.id.get()).collect();
                let total = u64::try_from(filed.len()).unwrap_or(u64::MAX);
                (page_of(filed.into_iter().collect(), request), total)
            }
            (_, None) => {
                let pairs =
                    store::plans_carried_out_within(&self.store, &[(id.get(), of.region, of.span)]).await?;
                let plans: BTreeSet<i64> = pairs.iter().map(|(_, plan, _)| plan.get()).collect();
                let total = u64::try_from(plans.len()).unwrap_or(u64::MAX);
                (page_of(plans.into_iter().collect(), request), total)
            }
        };
        Ok(TargetRecords { kind: kind_of_record, page, total })
    }
}

/// The kind of the records behind a target's value: the figure's, the plans a coverage sums, the
/// reports owed.
fn record_kind(kind: TargetKind) -> RecordKind {
    match (kind, counted_figure(kind)) {
        (_, Some(figure)) => figure.record_kind(),
        (TargetKind::ReportsOnTime, None) => RecordKind::GeneratedReport,
        (_, None) => RecordKind::PatrolPlan,
    }
}

/// A keyset page of ascending ids held in memory (a year's plans in one region: a few dozen).
fn page_of(ids: Vec<i64>, request: &PageRequest<i64>) -> Page<i64> {
    let limit = usize::try_from(request.first.or(request.last).unwrap_or(0)).unwrap_or(usize::MAX);
    let after: Vec<i64> = ids
        .into_iter()
        .filter(|id| request.after.is_none_or(|a| *id > a) && request.before.is_none_or(|b| *id < b))
        .collect();
    if request.last.is_some() {
        let skip = after.len().saturating_sub(limit);
        Page { has_previous_page: skip > 0, has_next_page: false, items: after[skip..].to_vec() }
    } else {
        let more = after.len() > limit;
        Page { has_previous_page: false, has_next_page: more, items: after.into_iter().take(limit).collect() }
    }
}
