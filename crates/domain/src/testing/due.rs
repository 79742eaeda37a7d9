//! What compulsory testing is due (§二(四)): from an industry's testing frequency and the date of
//! the last sample taken under a license, the dates on which the next tests fall, which of them
//! fall inside a planning window and how many were missed before it.
//!
//! The rule, kept deliberately simple and calendar-based so that officers can check it by hand:
//!
//! - A frequency of `n` tests a year becomes an interval of `12 / n` whole months (1 → 12,
//!   2 → 6, 3 → 4, 4 → 3 …); a frequency that does not divide 12 is rounded to the shorter
//!   interval, so an enterprise is never tested less often than its plugin asks. Frequencies
//!   above 12 are capped at monthly (no industry asks for more; a finer schedule would need days).
//! - Zero or a missing frequency (an industry without a plugin) is one a year: §二(四) requires
//!   at least one test a year of every licensed enterprise.
//! - Until risk classification exists every license is in its industry's default risk class: the
//!   class named [`DEFAULT_RISK_CLASS`] when the plugin declares one, otherwise the class with the
//!   lowest frequency (the plugins' `full_type_test`, once a year). That is the regulatory floor;
//!   higher classes become reachable when a license carries its risk class.
//! - The schedule is anchored on the last sampling date on record for the license (any task
//!   opened counts: the sample was taken — except one whose first verdict is NOT_JUDGEABLE,
//!   which tested nothing the schedule can rest on, docs/adr/0015), or on the issue date when it
//!   was never sampled, so the
//!   first test falls one interval after issue. Due dates are `anchor + k × interval` for
//!   k = 1, 2 …, each computed from the anchor (not from the previous date) so a 31st does not
//!   drift to the 28th month after month; adding months clamps to the month's last day
//!   (2024-02-29 + 12 months = 2025-02-28).
//! - A due date before the window's first day is overdue (missed); those inside the window
//!   (both ends inclusive) are due.

use chrono::{Datelike, Months, NaiveDate};

use crate::error::{ErrorCode, FieldError, ValidationErrors};

/// The risk class a plugin may name as the one to use for unclassified licenses.
pub const DEFAULT_RISK_CLASS: &str = "default";

/// The longest planning window: a year (366 days, so a leap year fits).
pub const MAX_WINDOW_DAYS: i64 = 366;

/// The times a year of the default risk class, from a plugin's (risk class, times a year) list;
/// `None` (no plugin for the industry) and zero fall back to once a year.
pub fn default_times_per_year<'a>(classes: impl IntoIterator<Item = (&'a str, u32)>) -> u32 {
    let classes: Vec<(&str, u32)> = classes.into_iter().collect();
    let chosen = classes
        .iter()
        .find(|(class, _)| *class == DEFAULT_RISK_CLASS)
        .map(|(_, n)| *n)
        .or_else(|| classes.iter().map(|(_, n)| *n).min());
    chosen.unwrap_or(1).max(1)
}

/// The interval between two compulsory tests, in whole months (1 ..= 12).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Interval(u32);

impl Interval {
    /// Once a year: the §二(四) floor and the interval of industries without a plugin.
    pub const YEARLY: Interval = Interval(12);

    /// The interval for `times_per_year` tests a year (see the module comment for rounding).
    pub fn for_times_per_year(times_per_year: u32) -> Interval {
        Interval(12 / times_per_year.clamp(1, 12))
    }

    pub fn months(self) -> u32 {
        self.0
    }

    /// The `k`-th due date after `anchor` (k = 0 is the anchor itself); saturates at the end of
    /// the calendar instead of failing.
    pub fn nth_after(self, anchor: NaiveDate, k: u32) -> NaiveDate {
        anchor.checked_add_months(Months::new(self.0.saturating_mul(k))).unwrap_or(NaiveDate::MAX)
    }

    /// The latest anchor whose first due date falls on or before `date`. Adding months is
    /// monotonic, so "a test is due by `date`" is exactly `anchor <= latest_anchor_due_by(date)`:
    /// storage filters on it in SQL, without knowing the calendar rule.
    pub fn latest_anchor_due_by(self, date: NaiveDate) -> NaiveDate {
        let mut anchor = date.checked_sub_months(Months::new(self.0)).unwrap_or(NaiveDate::MIN);
        // Clamping makes several anchors share a due date (Mar 29–31 + 1 month = Apr 30):
        // step to the last of them, then back if the subtraction overshot.
        while let Some(next) = anchor.succ_opt()
            && self.nth_after(next, 1) <= date
        {
            anchor = next;
        }
        while self.nth_after(anchor, 1) > date {
            match anchor.pred_opt() {
                Some(previous) => anchor = previous,
                None => break,
            }
        }
        anchor
    }
}

/// A planning window: both days inclusive, at most [`MAX_WINDOW_DAYS`] long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DueWindow {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl DueWindow {
    pub fn parse(from: NaiveDate, to: NaiveDate) -> Result<DueWindow, ValidationErrors> {
        if to < from {
            return Err(ValidationErrors(vec![FieldError::new(
                ErrorCode::InvalidDateRange,
                "to",
                format!("the window ends ({to}) before it starts ({from})"),
            )]));
        }
        // Bounded so a list row carries a handful of dates, not thousands.
        if (to - from).num_days() >= MAX_WINDOW_DAYS {
            return Err(ValidationErrors(vec![FieldError::new(
                ErrorCode::InvalidDateRange,
                "to",
                format!("the window {from} – {to} is longer than {MAX_WINDOW_DAYS} days"),
            )]));
        }
        Ok(DueWindow { from, to })
    }

    /// The latest anchor with a test due by the window's end: due in it or overdue.
    pub fn latest_anchor_due(self, interval: Interval) -> NaiveDate {
        interval.latest_anchor_due_by(self.to)
    }

    /// The latest anchor with a test overdue at the window's start.
    pub fn latest_anchor_overdue(self, interval: Interval) -> NaiveDate {
        match self.from.pred_opt() {
            Some(day_before) => interval.latest_anchor_due_by(day_before),
            None => NaiveDate::MIN,
        }
    }
}

/// The tests of one license relative to a window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueSchedule {
    /// The first due date after the anchor: the next test to take.
    pub next_due: NaiveDate,
    /// Due dates before the window that passed without a sample.
    pub missed: u32,
    /// Due dates inside the window, in order.
    pub due: Vec<NaiveDate>,
}

impl DueSchedule {
    pub fn is_overdue(&self) -> bool {
        self.missed > 0
    }

    /// Whether the license needs anything within or before the window.
    pub fn is_empty(&self) -> bool {
        self.missed == 0 && self.due.is_empty()
    }
}

/// The anchor of a license's schedule: its last sampling date, or its issue date.
pub fn anchor(issued_on: NaiveDate, last_sampled: Option<NaiveDate>) -> NaiveDate {
    last_sampled.unwrap_or(issued_on)
}

/// The schedule of a license anchored at `anchor`, relative to `window`.
pub fn schedule(anchor: NaiveDate, interval: Interval, window: DueWindow) -> DueSchedule {
    let months = i64::from(interval.months());
    // Months from the anchor's month to the window's: every due date whose month index is below
    // that is before the window, so counting starts one interval short of the estimate.
    let month_gap = (i64::from(window.from.year()) - i64::from(anchor.year())) * 12
        + i64::from(window.from.month())
        - i64::from(anchor.month());
    let mut missed = u32::try_from((month_gap / months - 1).max(0)).unwrap_or(u32::MAX);
    while interval.nth_after(anchor, missed.saturating_add(1)) < window.from && missed < u32::MAX {
        missed += 1;
    }
    let mut due = Vec::new();
    let mut k = missed.saturating_add(1);
    loop {
        let date = interval.nth_after(anchor, k);
        if date > window.to || date == NaiveDate::MAX || k == u32::MAX {
            break;
        }
        due.push(date);
        k += 1;
    }
    DueSchedule { next_due: interval.nth_after(anchor, 1), missed, due }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn window(from: &str, to: &str) -> DueWindow {
        DueWindow::parse(date(from), date(to)).unwrap()
    }

    #[test]
    fn default_risk_class() {
        let cases: &[(&[(&str, u32)], u32)] = &[
            (&[], 1),
            (&[("a_class_items", 4), ("full_type_test", 1)], 1),
            (&[("a_class_items", 4), ("default", 2), ("full_type_test", 1)], 2),
            (&[("a_class_items", 4)], 4),
            // Zero would mean "never": §二(四) says at least once a year.
            (&[("full_type_test", 0)], 1),
            (&[("default", 0), ("a", 4)], 1),
        ];
        for (classes, expected) in cases {
            assert_eq!(default_times_per_year(classes.iter().copied()), *expected, "{classes:?}");
        }
    }

    #[test]
    fn intervals() {
        let cases = [(0, 12), (1, 12), (2, 6), (3, 4), (4, 3), (5, 2), (6, 2), (12, 1), (52, 1)];
        for (times, months) in cases {
            assert_eq!(Interval::for_times_per_year(times).months(), months, "{times}/year");
        }
    }

    #[test]
    fn schedules() {
        type Case = (
            &'static str,
            &'static str,
            u32,
            (&'static str, &'static str),
            &'static str,
            u32,
            &'static [&'static str],
        );
        // (name, anchor, times a year, window, next due, missed, due in window)
        let cases: &[Case] = &[
            // First test: anchored on the issue date.
            (
                "first test, yearly, in window",
                "2026-03-10",
                1,
                ("2027-01-01", "2027-12-31"),
                "2027-03-10",
                0,
                &["2027-03-10"],
            ),
            ("first test, not yet due", "2026-03-10", 1, ("2026-04-01", "2026-12-31"), "2027-03-10", 0, &[]),
            (
                "yearly, overdue",
                "2024-05-01",
                1,
                ("2026-01-01", "2026-12-31"),
                "2025-05-01",
                1,
                &["2026-05-01"],
            ),
            ("yearly, long overdue", "2020-05-01", 1, ("2026-06-01", "2026-12-31"), "2021-05-01", 6, &[]),
            ("twice a year", "2026-01-15", 2, ("2026-01-01", "2026-12-31"), "2026-07-15", 0, &["2026-07-15"]),
            (
                "twice a year, two in window",
                "2025-12-31",
                2,
                ("2026-01-01", "2026-12-31"),
                "2026-06-30",
                0,
                &["2026-06-30", "2026-12-31"],
            ),
            (
                "quarterly",
                "2026-01-01",
                4,
                ("2026-01-01", "2026-12-31"),
                "2026-04-01",
                0,
                &["2026-04-01", "2026-07-01", "2026-10-01"],
            ),
            (
                "quarterly, overdue twice",
                "2025-06-15",
                4,
                ("2026-01-01", "2026-03-31"),
                "2025-09-15",
                2,
                &["2026-03-15"],
            ),
            // Window boundaries are inclusive on both ends.
            (
                "due on the first day",
                "2025-06-01",
                1,
                ("2026-06-01", "2026-06-30"),
                "2026-06-01",
                0,
                &["2026-06-01"],
            ),
            (
                "due on the last day",
                "2025-06-30",
                1,
                ("2026-06-01", "2026-06-30"),
                "2026-06-30",
                0,
                &["2026-06-30"],
            ),
            ("due the day before", "2025-05-31", 1, ("2026-06-01", "2026-06-30"), "2026-05-31", 1, &[]),
            ("due the day after", "2025-07-01", 1, ("2026-06-01", "2026-06-30"), "2026-07-01", 0, &[]),
            (
                "one-day window",
                "2025-06-01",
                1,
                ("2026-06-01", "2026-06-01"),
                "2026-06-01",
                0,
                &["2026-06-01"],
            ),
            // Leap years: 29 February clamps to the 28th, and a year from the 28th is the 28th.
            (
                "leap day anchor",
                "2024-02-29",
                1,
                ("2025-01-01", "2025-12-31"),
                "2025-02-28",
                0,
                &["2025-02-28"],
            ),
            (
                "leap day, four years on",
                "2024-02-29",
                1,
                ("2028-02-28", "2028-02-29"),
                "2025-02-28",
                3,
                &["2028-02-29"],
            ),
            (
                "into a leap year",
                "2027-02-28",
                1,
                ("2028-02-28", "2028-02-29"),
                "2028-02-28",
                0,
                &["2028-02-28"],
            ),
            (
                "month ends do not drift",
                "2026-01-31",
                4,
                ("2026-01-01", "2026-12-31"),
                "2026-04-30",
                0,
                &["2026-04-30", "2026-07-31", "2026-10-31"],
            ),
            // Window in the past relative to the anchor: nothing is due.
            ("sampled after the window", "2026-09-01", 1, ("2026-01-01", "2026-06-30"), "2027-09-01", 0, &[]),
        ];
        for (name, anchor, times, (from, to), next_due, missed, due) in cases {
            let got = schedule(date(anchor), Interval::for_times_per_year(*times), window(from, to));
            let expected = DueSchedule {
                next_due: date(next_due),
                missed: *missed,
                due: due.iter().map(|d| date(d)).collect(),
            };
            assert_eq!(got, expected, "{name}");
        }
    }

    /// The SQL filter and the schedule agree: a license is listed exactly when its schedule has
    /// something due or overdue, and counted overdue exactly when it missed a date.
    #[test]
    fn anchor_thresholds_match_the_schedule() {
        let windows = [
            window("2026-01-01", "2026-12-31"),
            window("2026-02-28", "2026-03-31"),
            window("2028-02-29", "2028-03-30"),
            window("2026-04-30", "2026-04-30"),
        ];
        for times in [1, 2, 3, 4, 12] {
            let interval = Interval::for_times_per_year(times);
            for window in windows {
                let due_by = window.latest_anchor_due(interval);
                let overdue_by = window.latest_anchor_overdue(interval);
                let mut anchor = date("2023-12-01");
                while anchor <= date("2028-12-31") {
                    let s = schedule(anchor, interval, window);
                    assert_eq!(!s.is_empty(), anchor <= due_by, "{times}/y {window:?} {anchor}");
                    assert_eq!(s.is_overdue(), anchor <= overdue_by, "{times}/y {window:?} {anchor}");
                    anchor = anchor.succ_opt().unwrap();
                }
            }
        }
    }

    #[test]
    fn windows() {
        assert!(DueWindow::parse(date("2026-01-01"), date("2026-12-31")).is_ok());
        assert!(DueWindow::parse(date("2028-01-01"), date("2028-12-31")).is_ok());
        let codes =
            |from: &str, to: &str| DueWindow::parse(date(from), date(to)).map(|_| ()).map_err(|e| e.codes());
        assert_eq!(codes("2026-02-01", "2026-01-31"), Err(vec![ErrorCode::InvalidDateRange]));
        assert_eq!(codes("2026-01-01", "2027-01-02"), Err(vec![ErrorCode::InvalidDateRange]));
        assert_eq!(anchor(date("2026-01-01"), None), date("2026-01-01"));
        assert_eq!(anchor(date("2026-01-01"), Some(date("2026-05-01"))), date("2026-05-01"));
    }
}
