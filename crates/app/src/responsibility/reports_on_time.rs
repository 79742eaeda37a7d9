//! The reports-on-time target of responsibility agreements (报告按时率, docs/adr/0036 decision
//! 16): the generated reports an authority owed the tier above with a due day inside the counted
//! days — each period's due day on the working-day calendar, with the province's setting in force
//! when the period ended — and whether each was first submitted by that day.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use oversight_domain::generated_report::{ReportPeriod, periods_due_in};
use oversight_domain::registry::authority::AuthorityLevel;
use oversight_domain::responsibility::agreement::{Reading, TargetKind};
use oversight_domain::rules::RuleBook;
use oversight_domain::{AuthorityId, WorkingCalendar};
use oversight_storage::generated_report::{self as reports, ReportRecord, SnapshotOf};

use crate::{App, AppError};

/// One report a key's authority owed: its period, its due day, the report if it was generated.
pub(crate) struct Owed {
    pub key: i64,
    pub authority_id: AuthorityId,
    pub period: ReportPeriod,
    pub due: NaiveDate,
    pub report: Option<ReportRecord>,
}

impl Owed {
    fn on_time(&self) -> bool {
        ReportPeriod::on_time(self.report.as_ref().and_then(|r| r.first_submitted_on), self.due)
    }
}

impl App {
    /// Each keyed authority's reports submitted on time of those it owed in its days.
    pub(crate) async fn on_time_readings(
        &self,
        keyed: &[(i64, SnapshotOf)],
        calendar: &WorkingCalendar,
        readings: &mut BTreeMap<i64, BTreeMap<TargetKind, Reading>>,
    ) -> Result<(), AppError> {
        if keyed.is_empty() {
            return Ok(());
        }
        let owed = self.reports_owed(keyed, calendar).await?;
        for (key, _) in keyed {
            let mine = owed.iter().filter(|o| o.key == *key);
            let out_of = u64::try_from(mine.clone().count()).unwrap_or(u64::MAX);
            let counted = u64::try_from(mine.filter(|o| o.on_time()).count()).unwrap_or(u64::MAX);
            readings
                .entry(*key)
                .or_default()
                .insert(TargetKind::ReportsOnTime, Reading::Share { counted, out_of });
        }
        Ok(())
    }

    /// The reports each keyed authority owed with a due day inside its days (the periods its
    /// level reports for, `periods_due_in`), with the reports generated for them: the rules at
    /// each period's end (at most three days) and one statement for the reports.
    pub(crate) async fn reports_owed(
        &self,
        keyed: &[(i64, SnapshotOf)],
        calendar: &WorkingCalendar,
    ) -> Result<Vec<Owed>, AppError> {
        let mut books: Vec<(NaiveDate, RuleBook)> = Vec::new();
        let mut owed = Vec::new();
        for (key, of) in keyed {
            for period in periods_due_in(AuthorityLevel::for_region(&of.region), of.year) {
                let end = period.span().1;
                if !books.iter().any(|(day, _)| *day == end) {
                    books.push((end, self.rule_book(&self.store, end).await?));
                }
                let days = books
                    .iter()
                    .find(|(day, _)| *day == end)
                    .map_or(oversight_domain::generated_report::SUBMIT_WORKING_DAYS, |(_, book)| {
                        book.for_region(&of.region).deadlines.report_submit_working_days
                    });
                let due = period.due_on(calendar, days);
                if due >= of.span.0 && due <= of.span.1 {
                    owed.push(Owed { key: *key, authority_id: of.authority_id, period, due, report: None });
                }
            }
        }
        let mut authorities: Vec<AuthorityId> = owed.iter().map(|o| o.authority_id).collect();
        authorities.sort_by_key(|id| id.get());
        authorities.dedup();
        let mut years: Vec<i32> = owed.iter().map(|o| o.period.year).collect();
        years.sort_unstable();
        years.dedup();
        let filed = reports::of_authorities(&self.store, &authorities, &years).await?;
        for o in &mut owed {
            o.report =
                filed.iter().find(|r| r.authority_id == o.authority_id && r.period == o.period).cloned();
        }
        Ok(owed)
    }
}
