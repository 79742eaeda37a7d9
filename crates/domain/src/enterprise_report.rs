//! Enterprise periodic reports (企业定期报告, §二(五) "获证企业应当定期向质量技术监督部门报送企业
//! 生产及产品质量信息"): the quarter reported and its due day on the working-day calendar, the
//! common fields and the industry's own (declared by its plugin, validated here against a
//! plain-data copy of the declaration), the status machine DRAFT → SUBMITTED → ACKNOWLEDGED or
//! RETURNED → SUBMITTED again, and the archive facts. docs/adr/0041.

pub mod content;
#[cfg(test)]
mod tests;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::Serialize;
use serde_json::json;

use crate::archive::{ArchiveEvent, ArchiveEventKind as Kind};
use crate::calendar::WorkingCalendar;
use crate::error::{ErrorCode, FieldError};
use crate::ids::{EnterpriseId, PeriodicReportId};
pub use content::{CommonFields, FieldKind, FieldSpec, FieldValue, Quantity, RawContent, ReportContent};

/// The working days after a quarter's last day by which its report is due (docs/adr/0041: the
/// regulation says only 定期; fifteen working days is three weeks, the usual time for a quarterly
/// statistical return).
pub const DUE_WORKING_DAYS: u32 = 15;
/// How many years back a report may still be made (a late report is still taken, a report for
/// a quarter of long ago is a typing error).
pub const YEARS_BACK: i32 = 3;

/// A quarter (季度): the national default reporting period (docs/adr/0041).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ReportPeriod {
    year: i32,
    quarter: u32,
}

impl ReportPeriod {
    /// The quarter `quarter` (1–4) of `year`.
    pub fn new(year: i32, quarter: u32) -> Option<ReportPeriod> {
        (1..=4).contains(&quarter).then_some(ReportPeriod { year, quarter })
    }

    /// `2026Q3` (also `2026-Q3`, lowercase accepted).
    pub fn parse(text: &str) -> Result<ReportPeriod, FieldError> {
        let error = || {
            FieldError::new(
                ErrorCode::InvalidReportPeriod,
                "period",
                format!("{text:?} is not a quarter written as 2026Q3"),
            )
        };
        let upper = text.trim().to_ascii_uppercase();
        let (year, quarter) = upper.split_once('Q').ok_or_else(error)?;
        let year: i32 = year.trim_end_matches('-').parse().map_err(|_| error())?;
        let quarter: u32 = quarter.parse().map_err(|_| error())?;
        if !(2000..=2100).contains(&year) {
            return Err(error());
        }
        ReportPeriod::new(year, quarter).ok_or_else(error)
    }

    /// The quarter `day` falls in.
    pub fn containing(day: NaiveDate) -> ReportPeriod {
        ReportPeriod { year: day.year(), quarter: day.month0() / 3 + 1 }
    }

    /// The quarter before this one.
    pub fn previous(self) -> ReportPeriod {
        if self.quarter == 1 {
            ReportPeriod { year: self.year - 1, quarter: 4 }
        } else {
            ReportPeriod { year: self.year, quarter: self.quarter - 1 }
        }
    }

    /// The quarter after this one.
    pub fn next(self) -> ReportPeriod {
        if self.quarter == 4 {
            ReportPeriod { year: self.year + 1, quarter: 1 }
        } else {
            ReportPeriod { year: self.year, quarter: self.quarter + 1 }
        }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn quarter(self) -> u32 {
        self.quarter
    }

    /// The quarter's first day.
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, (self.quarter - 1) * 3 + 1, 1).unwrap_or(NaiveDate::MIN)
    }

    /// The quarter's last day.
    pub fn last_day(self) -> NaiveDate {
        let next = if self.quarter == 4 {
            NaiveDate::from_ymd_opt(self.year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(self.year, self.quarter * 3 + 1, 1)
        };
        next.and_then(|day| day.pred_opt()).unwrap_or(NaiveDate::MAX)
    }

    /// The last day the report is on time: the `DUE_WORKING_DAYS`-th working day after the
    /// quarter's end.
    pub fn due_on(self, calendar: &WorkingCalendar) -> NaiveDate {
        calendar.add_working_days(self.last_day(), DUE_WORKING_DAYS)
    }

    /// The most recent quarter that has ended on `today`: the one a reminder is about.
    pub fn last_ended(today: NaiveDate) -> ReportPeriod {
        ReportPeriod::containing(today).previous()
    }

    /// A report can be made for a quarter that has ended, at most `YEARS_BACK` years ago.
    pub fn check_reportable(self, today: NaiveDate) -> Result<(), FieldError> {
        let refuse = |message: String| FieldError::new(ErrorCode::InvalidReportPeriod, "period", message);
        if self.last_day() >= today {
            return Err(refuse(format!(
                "{self} has not ended yet: it is reported after {}",
                self.last_day()
            )));
        }
        if self.year < today.year() - YEARS_BACK {
            return Err(refuse(format!("{self} is more than {YEARS_BACK} years ago")));
        }
        Ok(())
    }
}

/// The quarters wholly inside `from..=to` that have ended before `today`: those whose reports are
/// owed on that day (a generated report's periodic-report figures, docs/adr/0030 decision 8).
pub fn quarters_ended_within(from: NaiveDate, to: NaiveDate, today: NaiveDate) -> Vec<ReportPeriod> {
    let mut quarters = Vec::new();
    let mut quarter = ReportPeriod::containing(from);
    while quarter.last_day() <= to && quarter.last_day() < today {
        if quarter.first_day() >= from {
            quarters.push(quarter);
        }
        quarter = quarter.next();
    }
    quarters
}

/// The last day of the latest quarter whose due day passed before `today`: a report of a quarter
/// ending on or before it with nothing submitted is overdue, as `Standing::of` says. Due days
/// follow the quarters' order, so the overdue quarters are exactly those ending by this day.
pub fn due_passed_through(calendar: &WorkingCalendar, today: NaiveDate) -> NaiveDate {
    let mut quarter = ReportPeriod::last_ended(today);
    while today <= quarter.due_on(calendar) {
        quarter = quarter.previous();
    }
    quarter.last_day()
}

impl std::fmt::Display for ReportPeriod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}Q{}", self.year, self.quarter)
    }
}

crate::stored_enum! {
    /// Where a periodic report stands. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum ReportStatus {
        /// Saved by the enterprise, not yet sent.
        Draft = "DRAFT",
        /// Sent to the supervising authority.
        Submitted = "SUBMITTED",
        /// The authority sent it back with a reason; the enterprise corrects and resubmits.
        Returned = "RETURNED",
        /// The authority took note of it (签收): final.
        Acknowledged = "ACKNOWLEDGED",
    }
}

/// What happens to a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportEvent {
    /// The enterprise saves its content.
    Save,
    Submit,
    Acknowledge,
    Return,
}

impl ReportEvent {
    pub const ALL: [ReportEvent; 4] =
        [ReportEvent::Save, ReportEvent::Submit, ReportEvent::Acknowledge, ReportEvent::Return];
}

/// A step the report's status does not allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a periodic report that is {from} cannot be {}", event_text(*.event))]
pub struct TransitionRefused {
    pub from: ReportStatus,
    pub event: ReportEvent,
}

fn event_text(event: ReportEvent) -> &'static str {
    match event {
        ReportEvent::Save => "edited",
        ReportEvent::Submit => "submitted",
        ReportEvent::Acknowledge => "acknowledged",
        ReportEvent::Return => "returned",
    }
}

impl ReportStatus {
    /// The status after `event`, or the refusal.
    pub fn next(self, event: ReportEvent) -> Result<ReportStatus, TransitionRefused> {
        use ReportEvent as E;
        use ReportStatus as S;
        match (self, event) {
            (S::Draft, E::Save) => Ok(S::Draft),
            (S::Returned, E::Save) => Ok(S::Returned),
            (S::Draft | S::Returned, E::Submit) => Ok(S::Submitted),
            (S::Submitted, E::Acknowledge) => Ok(S::Acknowledged),
            (S::Submitted, E::Return) => Ok(S::Returned),
            (from, event) => Err(TransitionRefused { from, event }),
        }
    }
}

/// The plugin profile that validated a report's industry fields: its id and version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProfileStamp {
    pub plugin_id: String,
    pub version: String,
}

/// An enterprise's report for one industry and quarter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodicReport {
    pub id: PeriodicReportId,
    pub enterprise_id: EnterpriseId,
    pub industry: String,
    pub period: ReportPeriod,
    pub due_on: NaiveDate,
    pub status: ReportStatus,
    pub content: ReportContent,
    /// `None` for an industry no plugin declares (the common fields only).
    pub profile: Option<ProfileStamp>,
    /// Counts the submissions (1 for the first).
    pub submissions: i32,
    pub first_submitted_on: Option<NaiveDate>,
    pub submitted_on: Option<NaiveDate>,
    /// The last return's reason, kept after resubmission.
    pub return_reason: Option<String>,
    pub decided_by: Option<String>,
    pub decided_on: Option<NaiveDate>,
    pub drafted_by: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

crate::stored_enum! {
    /// A report obligation's standing on a day. Derived, never stored.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum Standing {
        /// Not submitted yet, before or on the due day.
        Due = "DUE",
        /// Not submitted by the due day, still not.
        Overdue = "OVERDUE",
        /// Returned for correction, waiting for the resubmission.
        Returned = "RETURNED",
        /// Submitted (on time or late), waiting for the authority.
        Submitted = "SUBMITTED",
        Acknowledged = "ACKNOWLEDGED",
    }
}

impl Standing {
    /// The standing of an obligation with this report status (`None`: nothing saved yet, or a
    /// draft) on `today`, due on `due_on`.
    pub fn of(status: Option<ReportStatus>, due_on: NaiveDate, today: NaiveDate) -> Standing {
        match status {
            None | Some(ReportStatus::Draft) if today > due_on => Standing::Overdue,
            None | Some(ReportStatus::Draft) => Standing::Due,
            Some(ReportStatus::Returned) => Standing::Returned,
            Some(ReportStatus::Submitted) => Standing::Submitted,
            Some(ReportStatus::Acknowledged) => Standing::Acknowledged,
        }
    }
}

impl PeriodicReport {
    /// The report with its content replaced (a draft or a returned report).
    pub fn edited(
        &self,
        content: ReportContent,
        profile: Option<ProfileStamp>,
        now: DateTime<Utc>,
    ) -> Result<PeriodicReport, TransitionRefused> {
        let status = self.status.next(ReportEvent::Save)?;
        Ok(PeriodicReport { status, content, profile, updated_at: now, ..self.clone() })
    }

    /// Submitted on `today` (its required fields checked by the caller against the profile).
    pub fn submitted(
        &self,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<PeriodicReport, TransitionRefused> {
        let status = self.status.next(ReportEvent::Submit)?;
        Ok(PeriodicReport {
            status,
            submissions: self.submissions + 1,
            first_submitted_on: self.first_submitted_on.or(Some(today)),
            submitted_on: Some(today),
            updated_at: now,
            ..self.clone()
        })
    }

    /// Acknowledged, or returned with `reason`, by `by` on `today`.
    pub fn decided(
        &self,
        event: ReportEvent,
        reason: Option<&str>,
        by: &str,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<PeriodicReport, TransitionRefused> {
        let status = self.status.next(event)?;
        let return_reason =
            if event == ReportEvent::Return { reason.map(str::to_owned) } else { self.return_reason.clone() };
        Ok(PeriodicReport {
            status,
            return_reason,
            decided_by: Some(by.to_owned()),
            decided_on: Some(today),
            updated_at: now,
            ..self.clone()
        })
    }

    /// Whether the first submission came after the due day.
    pub fn late(&self) -> bool {
        self.first_submitted_on.is_some_and(|day| day > self.due_on)
    }

    /// The audited state.
    pub fn state(&self) -> serde_json::Value {
        json!({
            "id": self.id, "enterpriseId": self.enterprise_id, "industry": self.industry,
            "period": self.period.to_string(), "dueOn": self.due_on, "status": self.status.as_str(),
            "content": self.content, "profile": self.profile, "submissions": self.submissions,
            "firstSubmittedOn": self.first_submitted_on, "submittedOn": self.submitted_on,
            "returnReason": self.return_reason, "decidedBy": self.decided_by, "decidedOn": self.decided_on,
        })
    }
}

/// What a new report is about, before it has an id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReport {
    pub enterprise_id: EnterpriseId,
    pub industry: String,
    pub period: ReportPeriod,
    pub due_on: NaiveDate,
}

/// A fact of a periodic report for the enterprise's archive.
#[derive(Debug, Clone, Copy)]
pub enum ReportFact<'a> {
    Submitted(&'a PeriodicReport),
    Returned(&'a PeriodicReport),
    Acknowledged(&'a PeriodicReport),
}

impl ReportFact<'_> {
    /// The stored event: kind, bilingual summary, details.
    pub fn event(&self) -> ArchiveEvent {
        let (kind, summary, report) = match *self {
            ReportFact::Submitted(report) => (
                Kind::PeriodicReportSubmitted,
                format!(
                    "定期报告 Periodic report {} ({}) submitted (submission {}){}",
                    report.period,
                    report.industry,
                    report.submissions,
                    if report.late() {
                        format!("; 逾期 late, due {}", report.due_on)
                    } else {
                        String::new()
                    }
                ),
                report,
            ),
            ReportFact::Returned(report) => (
                Kind::PeriodicReportReturned,
                format!(
                    "定期报告退回 Periodic report {} ({}) returned for correction; 原因 Reason: {}",
                    report.period,
                    report.industry,
                    report.return_reason.as_deref().unwrap_or_default()
                ),
                report,
            ),
            ReportFact::Acknowledged(report) => (
                Kind::PeriodicReportAcknowledged,
                format!("定期报告签收 Periodic report {} ({}) acknowledged", report.period, report.industry),
                report,
            ),
        };
        let details = json!({
            "reportId": report.id, "industry": report.industry, "period": report.period.to_string(),
            "dueOn": report.due_on, "submissions": report.submissions, "late": report.late(),
            "profile": report.profile, "returnReason": report.return_reason,
        });
        ArchiveEvent { kind, summary, details }
    }
}
