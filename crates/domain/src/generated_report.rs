//! Generated reports up the hierarchy (信息报送, §二(五)): the lower tier's annual report (年度报告:
//! county → city, city → province, province → nation) and the province's semi-annual report
//! (半年报告) to the national authority. The figures are counted from the records (storage's
//! snapshot), never typed in; this module decides who reports what for which period, what each
//! figure means, and the approval machine DRAFT → SUBMITTED → ACCEPTED → LOCKED, with RETURNED
//! back to the lower tier and an unlock that starts a new version (docs/adr/0030).

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::error::{ErrorCode, FieldError};
use crate::registry::authority::AuthorityLevel;
use crate::reporting::ConclusionCounts;
use crate::testing::judgment::Conclusion;

#[cfg(test)]
mod tests;

crate::stored_enum! {
    /// Which report: the annual one to the tier above, or the province's half-yearly one to the
    /// national authority.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ReportKind {
        /// 年度报告: once a year, to the authority one tier above.
        Annual = "ANNUAL",
        /// 半年报告: a province's, every half year, to the national authority.
        SemiAnnual = "SEMI_ANNUAL",
    }
}

crate::stored_enum! {
    /// Where a report stands. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ReportStatus {
        /// Generated, not yet submitted: the reporting authority may generate it again.
        Draft = "DRAFT",
        /// Sent to the tier above, awaiting its acceptance or return.
        Submitted = "SUBMITTED",
        /// Sent back by the tier above with a reason: the lower tier generates it again.
        Returned = "RETURNED",
        /// Accepted by the tier above.
        Accepted = "ACCEPTED",
        /// Locked by the tier above: final until unlocked with a reason.
        Locked = "LOCKED",
    }
}

/// What can happen to a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReportEvent {
    /// The reporting authority counts the records again (a new version).
    Generate,
    Submit,
    /// The tier above sends it back, with a reason.
    Return,
    Accept,
    Lock,
    /// The tier above reopens a locked report, with a reason; the locked version stays readable.
    Unlock,
}

/// Why a report refused an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ReportRefused {
    #[error("the report is {0}: only a draft or a returned report is generated again")]
    NotEditable(ReportStatus),
    #[error("the report is {0}: only a draft is submitted")]
    NotDraft(ReportStatus),
    #[error("the report is {0}: only a submitted report is accepted or returned")]
    NotSubmitted(ReportStatus),
    #[error("the report is {0}: only an accepted report is locked")]
    NotAccepted(ReportStatus),
    #[error("the report is {0}: only a locked report is unlocked")]
    NotLocked(ReportStatus),
}

impl ReportStatus {
    /// The status after `event`, or why the event does not fit.
    pub fn apply(self, event: ReportEvent) -> Result<ReportStatus, ReportRefused> {
        use ReportEvent as E;
        use ReportStatus as S;
        match (self, event) {
            (S::Draft | S::Returned, E::Generate) => Ok(S::Draft),
            (_, E::Generate) => Err(ReportRefused::NotEditable(self)),
            (S::Draft, E::Submit) => Ok(S::Submitted),
            (_, E::Submit) => Err(ReportRefused::NotDraft(self)),
            (S::Submitted, E::Return) => Ok(S::Returned),
            (S::Submitted, E::Accept) => Ok(S::Accepted),
            (_, E::Return | E::Accept) => Err(ReportRefused::NotSubmitted(self)),
            (S::Accepted, E::Lock) => Ok(S::Locked),
            (_, E::Lock) => Err(ReportRefused::NotAccepted(self)),
            // Reopened as a draft: the next generation is a new version, the locked one is kept.
            (S::Locked, E::Unlock) => Ok(S::Draft),
            (_, E::Unlock) => Err(ReportRefused::NotLocked(self)),
        }
    }
}

/// The half of a year a semi-annual report covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Half {
    /// January to June (上半年).
    First,
    /// July to December (下半年).
    Second,
}

/// What a report covers: a calendar year, or one half of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReportPeriod {
    pub kind: ReportKind,
    pub year: i32,
    /// The half, for a semi-annual report; none for an annual one.
    pub half: Option<Half>,
}

/// The years a report may be generated for.
pub const REPORT_YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// The working days after its period ends by which a report is due to the tier above, unless the
/// province's implementing rules shorten it (`Deadlines::report_submit_working_days`). §二(五)
/// says "每年定期" and "每半年" but names no day; three weeks lets the last records of the period
/// be entered and the report be generated, checked and submitted (docs/adr/0036 decision 16).
pub const SUBMIT_WORKING_DAYS: u32 = 15;

/// The periods an authority at `level` reports for whose due day falls in `year`: the year
/// before's annual report (every authority below the nation), and a province's semi-annual reports
/// of the year before's second half and this year's first. This year's annual report and second
/// half fall due the next year.
pub fn periods_due_in(level: AuthorityLevel, year: i32) -> Vec<ReportPeriod> {
    let annual = ReportPeriod { kind: ReportKind::Annual, year: year - 1, half: None };
    let half = |year, half| ReportPeriod { kind: ReportKind::SemiAnnual, year, half: Some(half) };
    match level {
        AuthorityLevel::National => Vec::new(),
        AuthorityLevel::Provincial => vec![annual, half(year - 1, Half::Second), half(year, Half::First)],
        AuthorityLevel::Municipal | AuthorityLevel::County => vec![annual],
    }
}

impl ReportPeriod {
    /// The period of `kind` in `year`: a semi-annual report names its half, an annual one none;
    /// a period that has not begun by `today` is refused (there is nothing to count yet).
    pub fn parse(
        kind: ReportKind,
        year: i32,
        half: Option<Half>,
        today: NaiveDate,
    ) -> Result<ReportPeriod, FieldError> {
        let invalid =
            |field, message: &str| Err(FieldError::new(ErrorCode::InvalidDateRange, field, message));
        if !REPORT_YEARS.contains(&year) {
            return invalid("year", "a report's year is between 2000 and 2100");
        }
        match (kind, half) {
            (ReportKind::Annual, Some(_)) => {
                return invalid("half", "an annual report covers the whole year");
            }
            (ReportKind::SemiAnnual, None) => {
                return invalid("half", "a semi-annual report names its half (FIRST or SECOND)");
            }
            _ => {}
        }
        let period = ReportPeriod { kind, year, half };
        let (from, _) = period.span();
        if from > today {
            return invalid("year", "the period has not begun: there is nothing to count yet");
        }
        Ok(period)
    }

    /// The first and last day the period counts, both included.
    pub fn span(&self) -> (NaiveDate, NaiveDate) {
        let day = |month, day| NaiveDate::from_ymd_opt(self.year, month, day).unwrap_or(NaiveDate::MIN);
        match self.half {
            None => (day(1, 1), day(12, 31)),
            Some(Half::First) => (day(1, 1), day(6, 30)),
            Some(Half::Second) => (day(7, 1), day(12, 31)),
        }
    }

    /// The half as stored (0 for a whole year).
    /// The day the report of this period is due: `working_days` working days after its last day.
    pub fn due_on(&self, calendar: &crate::calendar::WorkingCalendar, working_days: u32) -> NaiveDate {
        calendar.add_working_days(self.span().1, working_days)
    }

    /// Whether a report first submitted on `submitted` (none: never) was on time for `due`.
    pub fn on_time(submitted: Option<NaiveDate>, due: NaiveDate) -> bool {
        submitted.is_some_and(|day| day <= due)
    }

    pub fn half_number(&self) -> i16 {
        match self.half {
            None => 0,
            Some(Half::First) => 1,
            Some(Half::Second) => 2,
        }
    }

    /// The half a stored number names.
    pub fn half_of(number: i16) -> Option<Half> {
        match number {
            1 => Some(Half::First),
            2 => Some(Half::Second),
            _ => None,
        }
    }

    /// `2026年度报告`, `2026年上半年报告`.
    pub fn title_zh(&self) -> String {
        match self.half {
            None => format!("{}年度报告", self.year),
            Some(Half::First) => format!("{}年上半年报告", self.year),
            Some(Half::Second) => format!("{}年下半年报告", self.year),
        }
    }
}

/// Why an authority may not generate a report of a kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ReporterRefused {
    #[error("the national authority reports to no one: it accepts the provinces' reports")]
    NationalReportsToNoOne,
    #[error("the semi-annual report is a provincial authority's, to the national authority (§二(五))")]
    SemiAnnualIsProvincial,
}

/// Who reports what (§二(五)): every authority below the nation reports once a year to the one
/// above; only a province also reports every half year, to the nation.
pub fn check_reporter(kind: ReportKind, level: AuthorityLevel) -> Result<(), ReporterRefused> {
    match (kind, level) {
        (_, AuthorityLevel::National) => Err(ReporterRefused::NationalReportsToNoOne),
        (ReportKind::SemiAnnual, AuthorityLevel::Provincial) | (ReportKind::Annual, _) => Ok(()),
        (ReportKind::SemiAnnual, _) => Err(ReporterRefused::SemiAnnualIsProvincial),
    }
}

crate::stored_enum! {
    /// A figure of a report: each counts records of one kind (`Figure::record_kind`), so its
    /// drill-down lists exactly the records it counted. Stored names are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Figure {
        /// Licenses enrolled in the annual review of the period's year.
        ReviewEnrolled = "REVIEW_ENROLLED",
        /// … whose self-inspection report was submitted.
        ReviewSubmitted = "REVIEW_SUBMITTED",
        /// … examined: on site, passed or failed.
        ReviewExamined = "REVIEW_EXAMINED",
        ReviewPassed = "REVIEW_PASSED",
        ReviewFailed = "REVIEW_FAILED",
        /// … recorded overdue (逾期未报).
        ReviewOverdue = "REVIEW_OVERDUE",
        /// Patrols (巡查) carried out in the period.
        Patrols = "PATROLS",
        /// … that found at least one nonconforming item.
        PatrolsWithFindings = "PATROLS_WITH_FINDINGS",
        /// Follow-up visits (回访) in the period.
        FollowUps = "FOLLOW_UPS",
        /// … that found an item still nonconforming.
        FollowUpsWithFindings = "FOLLOW_UPS_WITH_FINDINGS",
        /// Periodic testing tasks sampled in the period (re-checks left out), by industry.
        TestingTasks = "TESTING_TASKS",
        /// Their samples whose current verdict found no nonconformity, by industry.
        SamplesPassed = "SAMPLES_PASSED",
        /// … nonconforming, by industry.
        SamplesNonconforming = "SAMPLES_NONCONFORMING",
        /// … not judgeable, by industry.
        SamplesNotJudgeable = "SAMPLES_NOT_JUDGEABLE",
        /// Rectifications (整改) opened in the period.
        RectificationsOpened = "RECTIFICATIONS_OPENED",
        /// Rectifications closed (re-check passed) by the day of generation, of those opened.
        RectificationsClosed = "RECTIFICATIONS_CLOSED",
        /// Rectifications still running past their deadline on the day of generation.
        RectificationsOverdue = "RECTIFICATIONS_OVERDUE",
        /// Licenses suspended (停产整顿) in the period.
        Suspensions = "SUSPENSIONS",
        /// Revocation proposals (吊销建议) made in the period.
        RevocationProposals = "REVOCATION_PROPOSALS",
        /// Licenses revoked (吊销) in the period.
        Revocations = "REVOCATIONS",
        /// Linkage notices (联动通报) the authority received in the period.
        NoticesReceived = "NOTICES_RECEIVED",
        /// … closed (with proof) by the day of generation.
        NoticesClosed = "NOTICES_CLOSED",
        /// … late on the day of generation.
        NoticesLate = "NOTICES_LATE",
        /// Spot-check result imports (监督抽查结果导入) by the authority and its lower tiers.
        SpotCheckImports = "SPOT_CHECK_IMPORTS",
        /// Unlicensed-production cases (无证生产) found in the period, of producers in the
        /// jurisdiction.
        UnlicensedCasesOpened = "UNLICENSED_CASES_OPENED",
        /// … cases settled by a license obtained in the period.
        UnlicensedCasesLicensed = "UNLICENSED_CASES_LICENSED",
        /// … cases reported to the local government for a ban (通报取缔) in the period.
        UnlicensedBansNotified = "UNLICENSED_BANS_NOTIFIED",
        /// … cases urged and past the day to apply on the day of generation.
        UnlicensedCasesOverdue = "UNLICENSED_CASES_OVERDUE",
        /// Malicious-counterfeiting cases (恶意造假) opened in the period against enterprises of
        /// the jurisdiction.
        CounterfeitCasesOpened = "COUNTERFEIT_CASES_OPENED",
        /// … cases whose revocation the province reported up (上报吊销) in the period.
        CounterfeitRevocationsReported = "COUNTERFEIT_REVOCATIONS_REPORTED",
        /// … cases whose ban the local government was asked for (提请取缔) in the period.
        CounterfeitBansRequested = "COUNTERFEIT_BANS_REQUESTED",
        /// … cases transferred to the police (移送公安机关) in the period.
        CounterfeitTransferredToPolice = "COUNTERFEIT_TRANSFERRED_TO_POLICE",
        /// … cases past the deadline of the step they wait for on the day of generation.
        CounterfeitCasesOverdue = "COUNTERFEIT_CASES_OVERDUE",
        /// … cases dismissed as opened in error (撤销立案) in the period, counted apart: the
        /// opened figure keeps them, as the unlicensed cases' does (docs/adr/0034 decision 10).
        CounterfeitCasesDismissed = "COUNTERFEIT_CASES_DISMISSED",
        /// Enterprise periodic reports (企业定期报告) owed for the quarters of the period ended by
        /// the day of generation, by quarter: the derived obligations (docs/adr/0041 decision 4),
        /// each counted as the lowest license of its enterprise and industry in force.
        PeriodicReportsOwed = "PERIODIC_REPORTS_OWED",
        /// … first submitted by their due day, by quarter.
        PeriodicReportsOnTime = "PERIODIC_REPORTS_ON_TIME",
        /// … first submitted after their due day, by quarter.
        PeriodicReportsLate = "PERIODIC_REPORTS_LATE",
        /// … with nothing submitted and the due day passed on the day of generation, by quarter.
        PeriodicReportsOverdue = "PERIODIC_REPORTS_OVERDUE",
        /// … returned for correction and not resubmitted on the day of generation, by quarter.
        PeriodicReportsReturned = "PERIODIC_REPORTS_RETURNED",
    }
}

crate::stored_enum! {
    /// The kind of record a figure counts (a node type of the API).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum RecordKind {
        AnnualReview = "ANNUAL_REVIEW",
        PatrolInspection = "PATROL_INSPECTION",
        TestingTask = "TESTING_TASK",
        Rectification = "RECTIFICATION",
        License = "LICENSE",
        RevocationProposal = "REVOCATION_PROPOSAL",
        LinkageNotice = "LINKAGE_NOTICE",
        SpotCheckImport = "SPOT_CHECK_IMPORT",
        UnlicensedCase = "UNLICENSED_CASE",
        /// A patrol plan (a responsibility agreement's coverage sums its plans' own).
        PatrolPlan = "PATROL_PLAN",
        CounterfeitCase = "COUNTERFEIT_CASE",
        /// A generated report (a responsibility agreement's reports-on-time counts its reports).
        GeneratedReport = "GENERATED_REPORT",
        /// An enterprise's periodic report (企业定期报告).
        PeriodicReport = "PERIODIC_REPORT",
    }
}

impl Figure {
    /// The records the figure counts.
    pub fn record_kind(self) -> RecordKind {
        use Figure::*;
        match self {
            ReviewEnrolled | ReviewSubmitted | ReviewExamined | ReviewPassed | ReviewFailed
            | ReviewOverdue => RecordKind::AnnualReview,
            Patrols | PatrolsWithFindings | FollowUps | FollowUpsWithFindings => RecordKind::PatrolInspection,
            TestingTasks | SamplesPassed | SamplesNonconforming | SamplesNotJudgeable => {
                RecordKind::TestingTask
            }
            RectificationsOpened | RectificationsClosed | RectificationsOverdue => RecordKind::Rectification,
            Suspensions | Revocations => RecordKind::License,
            RevocationProposals => RecordKind::RevocationProposal,
            NoticesReceived | NoticesClosed | NoticesLate => RecordKind::LinkageNotice,
            SpotCheckImports => RecordKind::SpotCheckImport,
            UnlicensedCasesOpened
            | UnlicensedCasesLicensed
            | UnlicensedBansNotified
            | UnlicensedCasesOverdue => RecordKind::UnlicensedCase,
            CounterfeitCasesOpened
            | CounterfeitRevocationsReported
            | CounterfeitBansRequested
            | CounterfeitTransferredToPolice
            | CounterfeitCasesOverdue
            | CounterfeitCasesDismissed => RecordKind::CounterfeitCase,
            // An obligation has no row of its own (docs/adr/0041 decision 4): the license that
            // makes it owed stands for it, whether or not a report was started.
            PeriodicReportsOwed | PeriodicReportsOverdue => RecordKind::License,
            PeriodicReportsOnTime | PeriodicReportsLate | PeriodicReportsReturned => {
                RecordKind::PeriodicReport
            }
        }
    }

    /// Whether the figure is counted per industry as well (its groups are industry codes).
    pub fn by_industry(self) -> bool {
        use Figure::*;
        matches!(self, TestingTasks | SamplesPassed | SamplesNonconforming | SamplesNotJudgeable)
    }

    /// Whether the figure is counted per quarter (its groups are quarters written `2026Q3`): the
    /// periodic reports are owed quarter by quarter, so one license stands for one obligation in
    /// each quarter of the period.
    pub fn by_quarter(self) -> bool {
        use Figure::*;
        matches!(
            self,
            PeriodicReportsOwed
                | PeriodicReportsOnTime
                | PeriodicReportsLate
                | PeriodicReportsOverdue
                | PeriodicReportsReturned
        )
    }

    /// The sample figure of a conclusion.
    pub fn of_conclusion(conclusion: Conclusion) -> Figure {
        match conclusion {
            Conclusion::NoNonconformityFound => Figure::SamplesPassed,
            Conclusion::Nonconforming => Figure::SamplesNonconforming,
            Conclusion::NotJudgeable => Figure::SamplesNotJudgeable,
        }
    }

    /// The figure's Chinese name, as the report and its export show it.
    pub fn title_zh(self) -> &'static str {
        use Figure::*;
        match self {
            ReviewEnrolled => "年度审查应审许可证数",
            ReviewSubmitted => "已提交自查报告数",
            ReviewExamined => "已审查数",
            ReviewPassed => "审查合格数",
            ReviewFailed => "审查不合格数",
            ReviewOverdue => "逾期未报数",
            Patrols => "巡查次数",
            PatrolsWithFindings => "巡查发现问题次数",
            FollowUps => "回访次数",
            FollowUpsWithFindings => "回访仍有问题次数",
            TestingTasks => "定期监督检验任务数",
            SamplesPassed => "检验合格样品数",
            SamplesNonconforming => "检验不合格样品数",
            SamplesNotJudgeable => "无法判定样品数",
            RectificationsOpened => "责令整改数",
            RectificationsClosed => "整改完成数",
            RectificationsOverdue => "整改逾期数",
            Suspensions => "停产整顿数",
            RevocationProposals => "吊销建议数",
            Revocations => "吊销许可证数",
            NoticesReceived => "收到联动通报数",
            NoticesClosed => "联动通报办结数",
            NoticesLate => "联动通报逾期数",
            SpotCheckImports => "监督抽查结果导入批次",
            UnlicensedCasesOpened => "无证生产立案数",
            UnlicensedCasesLicensed => "无证生产取证数",
            UnlicensedBansNotified => "提请取缔数",
            UnlicensedCasesOverdue => "督促申请逾期数",
            CounterfeitCasesOpened => "恶意造假立案数",
            CounterfeitRevocationsReported => "恶意造假上报吊销数",
            CounterfeitBansRequested => "恶意造假提请取缔数",
            CounterfeitTransferredToPolice => "移送公安机关数",
            CounterfeitCasesOverdue => "恶意造假案件逾期数",
            CounterfeitCasesDismissed => "恶意造假撤销立案数",
            PeriodicReportsOwed => "企业定期报告应报数",
            PeriodicReportsOnTime => "定期报告按时报送数",
            PeriodicReportsLate => "定期报告逾期报送数",
            PeriodicReportsOverdue => "定期报告逾期未报数",
            PeriodicReportsReturned => "定期报告退回数",
        }
    }
}

/// One counted figure (for one industry, or all: `group` empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureCount {
    pub figure: Figure,
    /// The industry code for a figure counted by industry; empty for the figure's total.
    pub group: String,
    pub count: u64,
}

/// The pass rate (合格率, percent, one decimal) of the sample counts of one group (empty: all),
/// as the dashboard computes it (`ConclusionCounts::pass_rate_percent`).
pub fn pass_rate(counts: &[FigureCount], group: &str) -> Option<Decimal> {
    let mut conclusions = ConclusionCounts::default();
    for count in counts.iter().filter(|c| c.group == group) {
        let conclusion = match count.figure {
            Figure::SamplesPassed => Conclusion::NoNonconformityFound,
            Figure::SamplesNonconforming => Conclusion::Nonconforming,
            Figure::SamplesNotJudgeable => Conclusion::NotJudgeable,
            _ => continue,
        };
        conclusions.add(conclusion, count.count);
    }
    conclusions.pass_rate_percent()
}

/// Whether `upper` is the tier that accepts `reporter`'s reports: its parent authority.
pub fn accepts_from(upper: crate::AuthorityId, reporter_parent: Option<crate::AuthorityId>) -> bool {
    reporter_parent == Some(upper)
}
