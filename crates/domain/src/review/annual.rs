//! The review year a province opens and the review record of each license in it (年度审查,
//! §二(二)): its status machine, the submission deadline on the working-day calendar, overdue,
//! the license copy (副本) handed in and received, and the outcomes — passed (the annual stamp),
//! on-site inspection (实地检查), failed (a rectification deadline). docs/adr/0021.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::Serialize;

use crate::calendar::WorkingCalendar;
use crate::ids::{AuthorityId, EnterpriseId, LicenseId, OfficerId, ReviewId, ReviewYearId};
use crate::registry::region::RegionCode;

/// The fewest working days an enterprise is given between the opening and the deadline
/// (docs/adr/0021: the regulation names none; a month of work to inspect and write).
pub const MIN_SUBMISSION_WORKING_DAYS: u32 = 20;
/// The fewest officers on an on-site inspection (两名以上执法人员, as every inspection).
pub const MIN_INSPECTORS: usize = 2;

/// A province's review year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewYear {
    pub id: ReviewYearId,
    /// The provincial authority that opened it.
    pub authority_id: AuthorityId,
    pub province: RegionCode,
    /// The year under review.
    pub year: i32,
    pub opened_on: NaiveDate,
    /// The last day a self-inspection report is on time (a working day).
    pub submission_deadline: NaiveDate,
    /// Whether the province delegates reviewing to the cities and counties that hold the
    /// enterprise (else its own officers review).
    pub delegated: bool,
    pub opened_by: String,
    pub created_at: DateTime<Utc>,
}

/// Why a review year cannot be opened as asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum OpeningRefused {
    #[error("the year under review is this year or the last ({}–{}), not {year}", .today.year() - 1, .today.year())]
    BadYear { year: i32, today: NaiveDate },
    #[error("the deadline {deadline} is not a working day")]
    DeadlineNotWorkingDay { deadline: NaiveDate },
    #[error(
        "the deadline must leave enterprises {MIN_SUBMISSION_WORKING_DAYS} working days: {earliest} or later, not {deadline}"
    )]
    DeadlineTooSoon { deadline: NaiveDate, earliest: NaiveDate },
    #[error("the deadline {deadline} is more than a year after today ({today})")]
    DeadlineTooLate { deadline: NaiveDate, today: NaiveDate },
}

/// How the opening names the submission deadline: a day, or a number of working days from the
/// opening (what a notice says as "within N working days").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineAsked {
    On(NaiveDate),
    WorkingDaysFromToday(u32),
}

impl DeadlineAsked {
    /// The deadline day on the working-day calendar (the N-th working day after `today`).
    pub fn day(self, calendar: &WorkingCalendar, today: NaiveDate) -> NaiveDate {
        match self {
            DeadlineAsked::On(day) => day,
            // Bounded: more than a year of working days is refused by `check_opening` anyway.
            DeadlineAsked::WorkingDaysFromToday(days) => calendar.add_working_days(today, days.min(400)),
        }
    }
}

/// Checks the year and the submission deadline of a review year opened on `today`.
pub fn check_opening(
    calendar: &WorkingCalendar,
    today: NaiveDate,
    year: i32,
    deadline: NaiveDate,
) -> Result<(), OpeningRefused> {
    if year != today.year() && year != today.year() - 1 {
        return Err(OpeningRefused::BadYear { year, today });
    }
    if !calendar.is_working_day(deadline) {
        return Err(OpeningRefused::DeadlineNotWorkingDay { deadline });
    }
    let earliest = calendar.add_working_days(today, MIN_SUBMISSION_WORKING_DAYS);
    if deadline < earliest {
        return Err(OpeningRefused::DeadlineTooSoon { deadline, earliest });
    }
    if deadline > today + chrono::Months::new(12) {
        return Err(OpeningRefused::DeadlineTooLate { deadline, today });
    }
    Ok(())
}

crate::stored_enum! {
    /// Where a license's annual review stands. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum ReviewStatus {
        /// Waiting for the enterprise's self-inspection report (it may keep a draft).
        Pending = "PENDING",
        /// The report is submitted and waits for the reviewer.
        Submitted = "SUBMITTED",
        /// The reviewer returned the report for correction; the enterprise resubmits.
        Returned = "RETURNED",
        /// Problems were found or suspected: an on-site inspection (实地检查) is due.
        OnSite = "ON_SITE",
        /// Passed: the annual inspection stamp (年度检查合格) is on the license copy.
        Passed = "PASSED",
        /// Failed: handled by law (a rectification by a deadline), no stamp.
        Failed = "FAILED",
        /// The license left the year (revoked, cancelled or expired before a conclusion).
        Left = "LEFT",
    }
}

/// What can happen to a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReviewEvent {
    Submit,
    Return,
    RequireOnSite,
    Pass,
    Fail,
    Leave,
}

/// Why a review refused an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ReviewRefused {
    #[error("the review is {0}: a report is submitted only while one is awaited (PENDING or RETURNED)")]
    NotAwaitingReport(ReviewStatus),
    #[error("the review is {0}: this is decided only on a submitted report (SUBMITTED)")]
    NotSubmitted(ReviewStatus),
    #[error("the review is {0}: it is concluded on a submitted report or after the on-site inspection")]
    NotUnderReview(ReviewStatus),
    #[error("the review is {0} and concluded")]
    Concluded(ReviewStatus),
}

impl ReviewStatus {
    /// The status after `event` (the table test lists every pair).
    pub fn next(self, event: ReviewEvent) -> Result<ReviewStatus, ReviewRefused> {
        use ReviewEvent as E;
        use ReviewRefused::*;
        use ReviewStatus::*;
        match (self, event) {
            (Passed | Failed | Left, _) => Err(Concluded(self)),
            (Pending | Returned, E::Submit) => Ok(Submitted),
            (_, E::Submit) => Err(NotAwaitingReport(self)),
            (Submitted, E::Return) => Ok(Returned),
            (Submitted, E::RequireOnSite) => Ok(OnSite),
            (_, E::Return | E::RequireOnSite) => Err(NotSubmitted(self)),
            (Submitted | OnSite, E::Pass) => Ok(Passed),
            (Submitted | OnSite, E::Fail) => Ok(Failed),
            (Pending | Returned, E::Pass | E::Fail) => Err(NotUnderReview(self)),
            (Pending | Submitted | Returned | OnSite, E::Leave) => Ok(Left),
        }
    }

    /// Whether the enterprise owes a report (none submitted yet, or the submitted one returned).
    pub fn awaits_report(self) -> bool {
        matches!(self, ReviewStatus::Pending | ReviewStatus::Returned)
    }

    /// Whether the review is over (passed, failed or left).
    pub fn concluded(self) -> bool {
        matches!(self, ReviewStatus::Passed | ReviewStatus::Failed | ReviewStatus::Left)
    }
}

/// The license copy (副本) handed in by the enterprise and received by the office.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CopyHandIn {
    pub handed_in_on: NaiveDate,
    /// How: in person, by post with the tracking number …
    pub how: String,
    pub received_on: Option<NaiveDate>,
    pub received_by: Option<String>,
}

/// The reviewer's conclusion (or the reason the review left the year).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Conclusion {
    pub note: String,
    pub by: String,
    pub on: NaiveDate,
    /// A failed review: the rectification deadline (限期改正).
    pub rectify_by: Option<NaiveDate>,
}

/// One license's review in a review year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnualReview {
    pub id: ReviewId,
    pub year_id: ReviewYearId,
    pub year: i32,
    pub license_id: LicenseId,
    pub enterprise_id: EnterpriseId,
    pub industry: String,
    pub status: ReviewStatus,
    /// The day the license joined the year (the opening, or its issue later in the year).
    pub joined_on: NaiveDate,
    pub submission_deadline: NaiveDate,
    /// The newest report version (0: none saved yet).
    pub report_version: i32,
    pub first_submitted_on: Option<NaiveDate>,
    /// Recorded once when the deadline passed with nothing submitted.
    pub overdue_since: Option<NaiveDate>,
    /// Reminders (催报) sent before the deadline while a report was awaited, and the last day.
    pub reminders: i32,
    pub last_reminded_on: Option<NaiveDate>,
    /// When the review last entered the reviewer's queue (its newest submission), or its
    /// enrolment before any: the reviewer's queue runs longest waiting first by it.
    pub queued_at: DateTime<Utc>,
    pub copy: Option<CopyHandIn>,
    /// Why an on-site inspection was required.
    pub on_site_reason: Option<String>,
    pub conclusion: Option<Conclusion>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Why the license copy cannot be handed in or received.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CopyRefused {
    #[error("the license copy was already handed in on {0}")]
    AlreadyHandedIn(NaiveDate),
    #[error("the license copy has not been handed in yet")]
    NotHandedIn,
    #[error("the license copy was already received on {0}")]
    AlreadyReceived(NaiveDate),
    #[error("the license copy is not received yet: the annual stamp goes on the copy the office holds")]
    NotReceived,
    #[error("{0} is in the future (today is {1})")]
    FutureDate(NaiveDate, NaiveDate),
    #[error("the review is {0} and concluded")]
    Concluded(ReviewStatus),
}

impl AnnualReview {
    /// The review after `event`, at `now`.
    fn moved(&self, event: ReviewEvent, now: DateTime<Utc>) -> Result<AnnualReview, ReviewRefused> {
        Ok(AnnualReview { status: self.status.next(event)?, updated_at: now, ..self.clone() })
    }

    /// The report version `version` is submitted on `today`.
    pub fn submit(
        &self,
        version: i32,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<AnnualReview, ReviewRefused> {
        let next = self.moved(ReviewEvent::Submit, now)?;
        Ok(AnnualReview {
            report_version: version,
            first_submitted_on: self.first_submitted_on.or(Some(today)),
            queued_at: now,
            ..next
        })
    }

    pub fn return_report(&self, now: DateTime<Utc>) -> Result<AnnualReview, ReviewRefused> {
        self.moved(ReviewEvent::Return, now)
    }

    pub fn require_on_site(&self, reason: &str, now: DateTime<Utc>) -> Result<AnnualReview, ReviewRefused> {
        let next = self.moved(ReviewEvent::RequireOnSite, now)?;
        Ok(AnnualReview { on_site_reason: Some(reason.to_owned()), ..next })
    }

    /// Passed: needs the license copy received (the stamp goes on it).
    pub fn pass(&self, conclusion: Conclusion, now: DateTime<Utc>) -> Result<AnnualReview, PassRefused> {
        let next = self.moved(ReviewEvent::Pass, now)?;
        match &self.copy {
            Some(CopyHandIn { received_on: Some(_), .. }) => {
                Ok(AnnualReview { conclusion: Some(Conclusion { rectify_by: None, ..conclusion }), ..next })
            }
            _ => Err(PassRefused::Copy(CopyRefused::NotReceived)),
        }
    }

    /// Failed, with the rectification deadline in `conclusion.rectify_by`.
    pub fn fail(&self, conclusion: Conclusion, now: DateTime<Utc>) -> Result<AnnualReview, ReviewRefused> {
        let next = self.moved(ReviewEvent::Fail, now)?;
        Ok(AnnualReview { conclusion: Some(conclusion), ..next })
    }

    /// The license left the year (its note says why).
    pub fn leave(&self, conclusion: Conclusion, now: DateTime<Utc>) -> Result<AnnualReview, ReviewRefused> {
        let next = self.moved(ReviewEvent::Leave, now)?;
        Ok(AnnualReview { conclusion: Some(conclusion), ..next })
    }

    /// The enterprise hands in its license copy on `on` (not in the future), once.
    pub fn hand_in_copy(
        &self,
        on: NaiveDate,
        how: &str,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<AnnualReview, CopyRefused> {
        self.check_open()?;
        if let Some(copy) = &self.copy {
            return Err(CopyRefused::AlreadyHandedIn(copy.handed_in_on));
        }
        if on > today {
            return Err(CopyRefused::FutureDate(on, today));
        }
        let copy = CopyHandIn { handed_in_on: on, how: how.to_owned(), received_on: None, received_by: None };
        Ok(AnnualReview { copy: Some(copy), updated_at: now, ..self.clone() })
    }

    /// The office records receipt of the handed-in copy on `on` (not before it was handed in).
    pub fn receive_copy(
        &self,
        on: NaiveDate,
        by: &str,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<AnnualReview, CopyRefused> {
        self.check_open()?;
        let copy = self.copy.as_ref().ok_or(CopyRefused::NotHandedIn)?;
        if let Some(received) = copy.received_on {
            return Err(CopyRefused::AlreadyReceived(received));
        }
        if on > today {
            return Err(CopyRefused::FutureDate(on, today));
        }
        let on = on.max(copy.handed_in_on);
        let copy = CopyHandIn { received_on: Some(on), received_by: Some(by.to_owned()), ..copy.clone() };
        Ok(AnnualReview { copy: Some(copy), updated_at: now, ..self.clone() })
    }

    fn check_open(&self) -> Result<(), CopyRefused> {
        if self.status.concluded() { Err(CopyRefused::Concluded(self.status)) } else { Ok(()) }
    }

    /// Whether the review is overdue on `today`: nothing ever submitted and the deadline passed.
    pub fn overdue_on(&self, today: NaiveDate) -> bool {
        overdue(self.status, self.first_submitted_on.is_some(), self.submission_deadline, today)
    }

    /// The audited state.
    pub fn state(&self) -> serde_json::Value {
        serde_json::json!({
            "id": self.id, "yearId": self.year_id, "licenseId": self.license_id, "status": self.status.as_str(),
            "reportVersion": self.report_version, "firstSubmittedOn": self.first_submitted_on,
            "overdueSince": self.overdue_since, "reminders": self.reminders,
            "lastRemindedOn": self.last_reminded_on, "copy": self.copy, "onSiteReason": self.on_site_reason,
            "conclusion": self.conclusion,
        })
    }
}

/// What an enterprise hears of its annual review (subscription `annualReviewNotices`): a
/// reminder (催报) before the deadline, or a reviewer's act on its report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ReviewNotice {
    Reminder,
    Returned,
    OnSiteRequired,
    Passed,
    Failed,
}

impl ReviewNotice {
    /// The notice a move into `status` gives the enterprise; none for its own submission or for
    /// leaving the year (the license's end reached it by other means).
    pub fn on_entering(status: ReviewStatus) -> Option<ReviewNotice> {
        match status {
            ReviewStatus::Returned => Some(ReviewNotice::Returned),
            ReviewStatus::OnSite => Some(ReviewNotice::OnSiteRequired),
            ReviewStatus::Passed => Some(ReviewNotice::Passed),
            ReviewStatus::Failed => Some(ReviewNotice::Failed),
            ReviewStatus::Pending | ReviewStatus::Submitted | ReviewStatus::Left => None,
        }
    }
}

/// Why reminders cannot go out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ReminderRefused {
    #[error(
        "the submission deadline {deadline} has passed (today is {today}): unsubmitted reviews are overdue now, record them with recordAnnualReviewOverdue"
    )]
    DeadlinePassed { deadline: NaiveDate, today: NaiveDate },
}

impl ReviewYear {
    /// Reminders go out up to the deadline day; after it a missing report is overdue, a
    /// recorded fact, not something to remind of.
    pub fn check_reminder(&self, today: NaiveDate) -> Result<(), ReminderRefused> {
        if today > self.submission_deadline {
            return Err(ReminderRefused::DeadlinePassed { deadline: self.submission_deadline, today });
        }
        Ok(())
    }
}

/// Overdue: still waiting for a first report (PENDING, never submitted) after the deadline day.
pub fn overdue(status: ReviewStatus, ever_submitted: bool, deadline: NaiveDate, today: NaiveDate) -> bool {
    status == ReviewStatus::Pending && !ever_submitted && today > deadline
}

/// Why a review cannot pass.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PassRefused {
    #[error("{0}")]
    Status(#[from] ReviewRefused),
    #[error("{0}")]
    Copy(CopyRefused),
}

crate::stored_enum! {
    /// The on-site inspection's finding. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum OnSiteOutcome {
        /// The problems were not confirmed or are resolved: the review passes.
        Conforming = "CONFORMING",
        /// The problems were confirmed: the review fails and a rectification is ordered.
        Nonconforming = "NONCONFORMING",
    }
}

/// An on-site inspection (实地检查) record: who inspected, when, what they found. Its shape is a
/// patrol inspection's (巡查), which it becomes an origin of once patrols exist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnSiteInspection {
    pub inspected_on: NaiveDate,
    pub inspectors: Vec<OfficerId>,
    pub findings: String,
    pub outcome: OnSiteOutcome,
}

/// Why an on-site inspection record is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InspectionRefused {
    #[error("an on-site inspection needs at least {MIN_INSPECTORS} different officers, not {0}")]
    TooFewInspectors(usize),
    #[error("the inspection day {0} is in the future (today is {1})")]
    FutureDate(NaiveDate, NaiveDate),
}

impl OnSiteInspection {
    /// Checks the inspectors (at least two, repeats counted once) and the day.
    pub fn check(mut self, today: NaiveDate) -> Result<OnSiteInspection, InspectionRefused> {
        self.inspectors.sort_unstable();
        self.inspectors.dedup();
        if self.inspectors.len() < MIN_INSPECTORS {
            return Err(InspectionRefused::TooFewInspectors(self.inspectors.len()));
        }
        if self.inspected_on > today {
            return Err(InspectionRefused::FutureDate(self.inspected_on, today));
        }
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use ReviewEvent as E;
    use ReviewStatus::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// Every (status, event) pair: the next status, or the refusal.
    #[test]
    fn every_status_and_event() {
        let events = [E::Submit, E::Return, E::RequireOnSite, E::Pass, E::Fail, E::Leave];
        #[rustfmt::skip]
        let table: [(ReviewStatus, [&str; 6]); 7] = [
            //            Submit                Return            RequireOnSite     Pass                  Fail                  Leave
            (Pending,   ["SUBMITTED",         "!submitted",     "!submitted",     "!under review",      "!under review",      "LEFT"]),
            (Submitted, ["!awaiting",         "RETURNED",       "ON_SITE",        "PASSED",             "FAILED",             "LEFT"]),
            (Returned,  ["SUBMITTED",         "!submitted",     "!submitted",     "!under review",      "!under review",      "LEFT"]),
            (OnSite,    ["!awaiting",         "!submitted",     "!submitted",     "PASSED",             "FAILED",             "LEFT"]),
            (Passed,    ["!concluded",        "!concluded",     "!concluded",     "!concluded",         "!concluded",         "!concluded"]),
            (Failed,    ["!concluded",        "!concluded",     "!concluded",     "!concluded",         "!concluded",         "!concluded"]),
            (Left,      ["!concluded",        "!concluded",     "!concluded",     "!concluded",         "!concluded",         "!concluded"]),
        ];
        assert_eq!(table.len(), ReviewStatus::ALL.len());
        for (status, row) in table {
            for (event, expected) in events.into_iter().zip(row) {
                let got = match status.next(event) {
                    Ok(next) => next.as_str().to_owned(),
                    Err(ReviewRefused::NotAwaitingReport(_)) => "!awaiting".into(),
                    Err(ReviewRefused::NotSubmitted(_)) => "!submitted".into(),
                    Err(ReviewRefused::NotUnderReview(_)) => "!under review".into(),
                    Err(ReviewRefused::Concluded(_)) => "!concluded".into(),
                };
                assert_eq!(got, expected, "{status} + {event:?}");
            }
        }
    }

    fn calendar() -> WorkingCalendar {
        WorkingCalendar::new([])
    }

    #[test]
    fn opening_checks_year_and_deadline_on_the_working_day_calendar() {
        let today = date("2027-01-04"); // a Monday
        let earliest = calendar().add_working_days(today, MIN_SUBMISSION_WORKING_DAYS);
        assert_eq!(earliest, date("2027-02-01"));
        let cases: [(i32, &str, Option<OpeningRefused>); 7] = [
            (2026, "2027-02-01", None),
            (2027, "2027-03-31", None),
            (2025, "2027-03-31", Some(OpeningRefused::BadYear { year: 2025, today })),
            (2028, "2027-03-31", Some(OpeningRefused::BadYear { year: 2028, today })),
            (
                2026,
                "2027-01-29",
                Some(OpeningRefused::DeadlineTooSoon { deadline: date("2027-01-29"), earliest }),
            ),
            (
                2026,
                "2027-02-06",
                Some(OpeningRefused::DeadlineNotWorkingDay { deadline: date("2027-02-06") }),
            ),
            (
                2026,
                "2028-01-05",
                Some(OpeningRefused::DeadlineTooLate { deadline: date("2028-01-05"), today }),
            ),
        ];
        for (year, deadline, expected) in cases {
            assert_eq!(
                check_opening(&calendar(), today, year, date(deadline)).err(),
                expected,
                "{year} {deadline}"
            );
        }
    }

    fn review(status: ReviewStatus) -> AnnualReview {
        AnnualReview {
            id: ReviewId::new(1),
            year_id: ReviewYearId::new(1),
            year: 2026,
            license_id: LicenseId::new(1),
            enterprise_id: EnterpriseId::new(1),
            industry: "wire-cable".into(),
            status,
            joined_on: date("2027-01-04"),
            submission_deadline: date("2027-03-31"),
            report_version: 0,
            first_submitted_on: None,
            overdue_since: None,
            reminders: 0,
            last_reminded_on: None,
            queued_at: DateTime::UNIX_EPOCH,
            copy: None,
            on_site_reason: None,
            conclusion: None,
            created_at: DateTime::UNIX_EPOCH,
            updated_at: DateTime::UNIX_EPOCH,
        }
    }

    fn conclusion() -> Conclusion {
        Conclusion {
            note: "符合 conforms".into(),
            by: "officer".into(),
            on: date("2027-04-02"),
            rectify_by: None,
        }
    }

    #[test]
    fn overdue_only_while_nothing_was_ever_submitted_after_the_deadline_day() {
        let deadline = date("2027-03-31");
        let cases = [
            (Pending, false, "2027-03-31", false),
            (Pending, false, "2027-04-01", true),
            (Pending, true, "2027-04-01", false),
            (Returned, true, "2027-04-01", false),
            (Submitted, true, "2027-04-01", false),
            (Left, false, "2027-04-01", false),
        ];
        for (status, ever, today, expected) in cases {
            assert_eq!(overdue(status, ever, deadline, date(today)), expected, "{status} {ever} {today}");
        }
    }

    #[test]
    fn reminded_while_a_report_is_awaited_up_to_the_deadline_day() {
        // Once a day is the bulk statement's (storage `annual::remind`), tested through the
        // endpoint in annual_review_returned_and_resubmitted.yaml.
        let cases = [
            (Pending, true),
            (Returned, true),
            (Submitted, false),
            (OnSite, false),
            (Passed, false),
            (Failed, false),
            (Left, false),
        ];
        assert_eq!(cases.len(), ReviewStatus::ALL.len());
        for (status, expected) in cases {
            assert_eq!(status.awaits_report(), expected, "{status}");
        }
        let year = ReviewYear {
            id: ReviewYearId::new(1),
            authority_id: AuthorityId::new(1),
            province: RegionCode::parse("320000").unwrap(),
            year: 2026,
            opened_on: date("2027-01-04"),
            submission_deadline: date("2027-03-31"),
            delegated: false,
            opened_by: "o".into(),
            created_at: DateTime::UNIX_EPOCH,
        };
        assert_eq!(year.check_reminder(date("2027-03-31")), Ok(()));
        assert_eq!(
            year.check_reminder(date("2027-04-01")),
            Err(ReminderRefused::DeadlinePassed { deadline: date("2027-03-31"), today: date("2027-04-01") })
        );
    }

    #[test]
    fn a_deadline_in_working_days_is_the_nth_working_day_and_checked_like_a_day() {
        let calendar = WorkingCalendar::new([]);
        let today = date("2027-03-01"); // a Monday
        let asked = DeadlineAsked::WorkingDaysFromToday(MIN_SUBMISSION_WORKING_DAYS);
        assert_eq!(asked.day(&calendar, today), date("2027-03-29"));
        assert_eq!(check_opening(&calendar, today, 2027, asked.day(&calendar, today)), Ok(()));
        let short =
            DeadlineAsked::WorkingDaysFromToday(MIN_SUBMISSION_WORKING_DAYS - 1).day(&calendar, today);
        assert!(matches!(
            check_opening(&calendar, today, 2027, short),
            Err(OpeningRefused::DeadlineTooSoon { .. })
        ));
        let long = DeadlineAsked::WorkingDaysFromToday(u32::MAX).day(&calendar, today);
        assert!(matches!(
            check_opening(&calendar, today, 2027, long),
            Err(OpeningRefused::DeadlineTooLate { .. })
        ));
        assert_eq!(DeadlineAsked::On(date("2027-04-30")).day(&calendar, today), date("2027-04-30"));
    }

    #[test]
    fn the_copy_is_handed_in_then_received_once_and_a_pass_needs_it_received() {
        let now = DateTime::UNIX_EPOCH;
        let today = date("2027-03-01");
        let submitted = review(Pending).submit(1, today, now).unwrap();
        assert_eq!(submitted.first_submitted_on, Some(today));
        assert!(matches!(
            submitted.pass(conclusion(), now),
            Err(PassRefused::Copy(CopyRefused::NotReceived))
        ));
        assert_eq!(submitted.receive_copy(today, "o", today, now).err(), Some(CopyRefused::NotHandedIn));
        assert_eq!(
            submitted.hand_in_copy(date("2027-03-02"), "邮寄", today, now).err(),
            Some(CopyRefused::FutureDate(date("2027-03-02"), today))
        );
        let handed = submitted.hand_in_copy(date("2027-02-27"), "邮寄 EMS 1234", today, now).unwrap();
        assert_eq!(
            handed.hand_in_copy(today, "again", today, now).err(),
            Some(CopyRefused::AlreadyHandedIn(date("2027-02-27")))
        );
        assert!(matches!(handed.pass(conclusion(), now), Err(PassRefused::Copy(CopyRefused::NotReceived))));
        let received = handed.receive_copy(today, "officer", today, now).unwrap();
        assert_eq!(
            received.receive_copy(today, "o", today, now).err(),
            Some(CopyRefused::AlreadyReceived(today))
        );
        let passed = received.pass(conclusion(), now).unwrap();
        assert_eq!(passed.status, Passed);
        assert_eq!(passed.hand_in_copy(today, "x", today, now).err(), Some(CopyRefused::Concluded(Passed)));
    }

    #[test]
    fn a_resubmission_keeps_the_first_submission_day() {
        let now = DateTime::UNIX_EPOCH;
        let first = review(Pending).submit(1, date("2027-03-01"), now).unwrap();
        let again = first.return_report(now).unwrap().submit(2, date("2027-03-10"), now).unwrap();
        assert_eq!((again.report_version, again.first_submitted_on), (2, Some(date("2027-03-01"))));
    }

    #[test]
    fn an_on_site_inspection_needs_two_different_officers_and_a_past_day() {
        let today = date("2027-04-02");
        let inspection = |ids: &[i64], on: &str| OnSiteInspection {
            inspected_on: date(on),
            inspectors: ids.iter().map(|&i| OfficerId::new(i)).collect(),
            findings: "出厂检验记录缺失".into(),
            outcome: OnSiteOutcome::Nonconforming,
        };
        assert_eq!(
            inspection(&[3, 3], "2027-04-01").check(today).err(),
            Some(InspectionRefused::TooFewInspectors(1))
        );
        assert_eq!(
            inspection(&[3, 4], "2027-04-03").check(today).err(),
            Some(InspectionRefused::FutureDate(date("2027-04-03"), today))
        );
        assert_eq!(
            inspection(&[4, 3, 4], "2027-04-02").check(today).unwrap().inspectors,
            [OfficerId::new(3), OfficerId::new(4)]
        );
    }
}
