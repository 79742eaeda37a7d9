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
//! - A plugin's `testing_frequency` entries are **test scopes** (检验范围: the A-class items
//!   four times a year, the full type test once a year, [`TestScope`]). A license has one
//!   schedule per scope of its industry; an industry without a plugin has one, the yearly
//!   [`FLOOR_SCOPE`]. A scope may `cover` narrower ones: a sample of the full type test also
//!   satisfies the A-class items. A task records the scope it was opened for; tasks from before
//!   scopes existed (no scope recorded) were full samples and satisfy every scope.
//! - An enterprise with a failing final verdict dated in the twelve months before the window
//!   (from [`increased_since`]) is tested at the scope's increased frequency (增加频次,
//!   §二(四)) where the plugin declares one, else at the normal one.
//! - Risk classes multiply a frequency: [`FrequencyFactor`] is that one parameter, which the
//!   frequency matrix (`risk::FrequencyMatrix`) gives per class.
//! - Each scope's schedule is anchored on the last **periodic** sample of that scope (or of a
//!   scope covering it) on record for the license — a re-check (复查) task is anchored on its
//!   rectification and does not move the periodic schedule, and a sample whose first verdict is
//!   NOT_JUDGEABLE tested nothing the schedule can rest on (docs/adr/0015) — or on the issue date
//!   when there is none, so the first test falls one interval after issue
//!   ([`last_periodic_sample`]). Due dates are `anchor + k × interval` for
//!   k = 1, 2 …, each computed from the anchor (not from the previous date) so a 31st does not
//!   drift to the 28th month after month; adding months clamps to the month's last day
//!   (2024-02-29 + 12 months = 2025-02-28).
//! - A due date before the window's first day is overdue (missed); those inside the window
//!   (both ends inclusive) are due.

use chrono::{Datelike, Months, NaiveDate};

use crate::error::{ErrorCode, FieldError, ValidationErrors};

/// The one scope of an industry without a plugin: the yearly test §二(四) requires.
pub const FLOOR_SCOPE: &str = "full_test";

/// The longest planning window: a year (366 days, so a leap year fits).
pub const MAX_WINDOW_DAYS: i64 = 366;

/// What multiplies a scope's frequency: the enterprise's risk class, through the frequency
/// matrix (`risk::FrequencyMatrix`). A ratio, so a class may also halve it; never below once a
/// year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FrequencyFactor {
    numerator: u32,
    denominator: u32,
}

impl FrequencyFactor {
    /// No class yet: every license is tested at its plugin's frequency.
    pub const ONE: FrequencyFactor = FrequencyFactor { numerator: 1, denominator: 1 };

    /// `numerator / denominator`; `None` when either is zero.
    pub fn new(numerator: u32, denominator: u32) -> Option<FrequencyFactor> {
        (numerator > 0 && denominator > 0).then_some(FrequencyFactor { numerator, denominator })
    }

    /// The factor as `(numerator, denominator)`, for a statement that applies it to a stored
    /// count (a patrol plan's visits) the way `apply` does.
    pub fn ratio(self) -> (u32, u32) {
        (self.numerator, self.denominator)
    }

    /// `times_per_year × factor`, rounded up (never tested less often than asked), at least one.
    pub fn apply(self, times_per_year: u32) -> u32 {
        let scaled = u64::from(times_per_year) * u64::from(self.numerator);
        let times = scaled.div_ceil(u64::from(self.denominator));
        u32::try_from(times).unwrap_or(u32::MAX).max(1)
    }
}

/// `2`, or `1/2` for a ratio: as rules and their errors write a multiplier.
impl std::fmt::Display for FrequencyFactor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.numerator, self.denominator) {
            (numerator, 1) => write!(f, "{numerator}"),
            (numerator, denominator) => write!(f, "{numerator}/{denominator}"),
        }
    }
}

/// A test scope (检验范围) of an industry with its frequencies, from a plugin's
/// `testing_frequency` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestScope {
    pub name: String,
    pub times_per_year: u32,
    /// 增加频次 for an enterprise with a recent failing final verdict (§二(四)).
    pub increased_times_per_year: Option<u32>,
    /// The other scopes a sample of this one also satisfies.
    pub covers: Vec<String>,
}

impl TestScope {
    /// Whether the increased frequency applies: the enterprise failed recently and the plugin
    /// declares a higher one (otherwise the rule falls back to the normal frequency).
    pub fn is_increased(&self, failed_recently: bool) -> bool {
        failed_recently && self.increased_times_per_year.is_some_and(|n| n > self.times_per_year)
    }

    /// Tests a year for an enterprise that did or did not fail recently, under `factor`.
    pub fn times_per_year(&self, failed_recently: bool, factor: FrequencyFactor) -> u32 {
        let base = match self.increased_times_per_year {
            Some(increased) if self.is_increased(failed_recently) => increased,
            _ => self.times_per_year,
        };
        factor.apply(base.max(1))
    }

    pub fn interval(&self, failed_recently: bool, factor: FrequencyFactor) -> Interval {
        Interval::for_times_per_year(self.times_per_year(failed_recently, factor))
    }
}

/// The test scopes of an industry: never empty (an industry without scopes has the floor).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestScopes(Vec<TestScope>);

impl TestScopes {
    /// The scopes a plugin declares, in its order; none declared is the yearly floor.
    pub fn new(scopes: Vec<TestScope>) -> TestScopes {
        if scopes.is_empty() { TestScopes::floor() } else { TestScopes(scopes) }
    }

    /// The schedule of an industry without a plugin: one full test a year.
    pub fn floor() -> TestScopes {
        TestScopes(vec![TestScope {
            name: FLOOR_SCOPE.to_owned(),
            times_per_year: 1,
            increased_times_per_year: None,
            covers: Vec::new(),
        }])
    }

    pub fn iter(&self) -> impl Iterator<Item = &TestScope> {
        self.0.iter()
    }

    pub fn find(&self, name: &str) -> Option<&TestScope> {
        self.0.iter().find(|s| s.name == name)
    }

    /// The full test, a task's scope when none is named: the scope that covers every other one,
    /// else the least frequent (the first of those on a tie).
    pub fn full(&self) -> &TestScope {
        let covers_all = |scope: &&TestScope| {
            self.0.iter().all(|other| other.name == scope.name || scope.covers.contains(&other.name))
        };
        let least_frequent = || {
            self.0
                .iter()
                .fold(&self.0[0], |min, s| if s.times_per_year < min.times_per_year { s } else { min })
        };
        self.0.iter().find(covers_all).unwrap_or_else(least_frequent)
    }

    /// The scopes whose samples satisfy `scope`: itself and those that cover it.
    pub fn satisfied_by<'a>(&'a self, scope: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .iter()
            .filter(move |s| s.name == scope || s.covers.iter().any(|c| c == scope))
            .map(|s| s.name.as_str())
    }
}

/// A sample on record for a license, as the schedule sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordedSample<'a> {
    pub sampling_date: NaiveDate,
    /// The scope the task was opened for; `None` for tasks opened before scopes were recorded
    /// (full samples).
    pub scope: Option<&'a str>,
    /// A re-check (复查) task: anchored on its rectification, not on the schedule.
    pub recheck: bool,
    /// Its first verdict is NOT_JUDGEABLE: nothing was tested the schedule can rest on.
    pub not_judgeable: bool,
    /// The task was cancelled before any result (ADR 0009 decision 19): no sample was tested.
    pub cancelled: bool,
}

/// The last periodic sample that satisfies `scope`: re-checks, NOT_JUDGEABLE samples and
/// cancelled tasks do not count; a sample of a covering scope (or without a recorded scope) does. Storage computes the
/// same in SQL (`oversight_storage::testing::due`).
pub fn last_periodic_sample<'a>(
    samples: impl IntoIterator<Item = RecordedSample<'a>>,
    scopes: &TestScopes,
    scope: &str,
) -> Option<NaiveDate> {
    samples
        .into_iter()
        .filter(|s| !s.recheck && !s.not_judgeable && !s.cancelled)
        .filter(|s| s.scope.is_none_or(|name| scopes.satisfied_by(scope).any(|n| n == name)))
        .map(|s| s.sampling_date)
        .max()
}

/// The first day of the twelve months in which a failing final verdict raises an enterprise's
/// frequency, for a window: a year before the window's first day.
pub fn increased_since(window: DueWindow) -> NaiveDate {
    window.from.checked_sub_months(Months::new(12)).unwrap_or(NaiveDate::MIN)
}

/// Whether an enterprise whose latest failing final verdict is dated `last_failed` has the
/// increased frequency in `window`.
pub fn failed_recently(last_failed: Option<NaiveDate>, window: DueWindow) -> bool {
    last_failed.is_some_and(|date| date >= increased_since(window))
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

    fn scope(name: &str, times: u32, increased: Option<u32>, covers: &[&str]) -> TestScope {
        TestScope {
            name: name.to_owned(),
            times_per_year: times,
            increased_times_per_year: increased,
            covers: covers.iter().map(|c| (*c).to_owned()).collect(),
        }
    }

    /// The wire-cable profile: A-class items quarterly, the full type test yearly and covering them.
    fn wire_cable() -> TestScopes {
        TestScopes::new(vec![
            scope("a_class_items", 4, None, &[]),
            scope("full_type_test", 1, None, &["a_class_items"]),
        ])
    }

    /// Each scope keeps its own frequency: the quarterly A-class items do not disappear behind
    /// the yearly full test.
    #[test]
    fn every_scope_is_scheduled() {
        let scopes = wire_cable();
        let intervals: Vec<(&str, u32)> = scopes
            .iter()
            .map(|s| (s.name.as_str(), s.interval(false, FrequencyFactor::ONE).months()))
            .collect();
        assert_eq!(intervals, [("a_class_items", 3), ("full_type_test", 12)]);
        assert_eq!(scopes.full().name, "full_type_test");
        let floor = TestScopes::new(Vec::new());
        assert_eq!((floor.full().name.as_str(), floor.full().times_per_year), (FLOOR_SCOPE, 1));
        // Without `covers`, the full test is the least frequent scope.
        let plain = TestScopes::new(vec![
            scope("a", 4, None, &[]),
            scope("b", 1, None, &[]),
            scope("c", 1, None, &[]),
        ]);
        assert_eq!(plain.full().name, "b");
        let satisfied: Vec<&str> = scopes.satisfied_by("a_class_items").collect();
        assert_eq!(satisfied, ["a_class_items", "full_type_test"]);
        let satisfied: Vec<&str> = scopes.satisfied_by("full_type_test").collect();
        assert_eq!(satisfied, ["full_type_test"]);
    }

    #[test]
    fn frequencies() {
        let one = FrequencyFactor::ONE;
        let double = FrequencyFactor::new(2, 1).unwrap();
        let half = FrequencyFactor::new(1, 2).unwrap();
        // (scope, failed recently, factor, times a year, increased)
        let cases: &[(TestScope, bool, FrequencyFactor, u32, bool)] = &[
            (scope("a", 4, None, &[]), false, one, 4, false),
            (scope("a", 4, None, &[]), true, one, 4, false),
            (scope("a", 4, Some(6), &[]), false, one, 4, false),
            (scope("a", 4, Some(6), &[]), true, one, 6, true),
            // An increased frequency equal to the normal one changes nothing.
            (scope("a", 4, Some(4), &[]), true, one, 4, false),
            // Zero is the §二(四) floor of once a year.
            (scope("a", 0, None, &[]), false, one, 1, false),
            // A risk-class factor multiplies whichever frequency applies.
            (scope("full", 1, None, &[]), false, double, 2, false),
            (scope("a", 4, Some(6), &[]), true, double, 12, true),
            (scope("a", 3, None, &[]), false, half, 2, false),
            (scope("full", 1, None, &[]), false, half, 1, false),
        ];
        for (s, failed, factor, times, increased) in cases {
            assert_eq!(s.times_per_year(*failed, *factor), *times, "{s:?} {failed} {factor:?}");
            assert_eq!(s.is_increased(*failed), *increased, "{s:?} {failed}");
        }
        assert_eq!(FrequencyFactor::new(0, 1), None);
        assert_eq!(FrequencyFactor::new(1, 0), None);
        assert_eq!(scope("full", 1, None, &[]).interval(false, double).months(), 6);
    }

    #[test]
    fn failing_verdicts_in_the_last_year() {
        let w = window("2026-06-01", "2026-12-31");
        assert_eq!(increased_since(w), date("2025-06-01"));
        let cases = [
            (None, false),
            (Some("2025-05-31"), false),
            (Some("2025-06-01"), true),
            (Some("2026-05-31"), true),
            (Some("2026-07-01"), true),
        ];
        for (last_failed, expected) in cases {
            assert_eq!(failed_recently(last_failed.map(date), w), expected, "{last_failed:?}");
        }
    }

    /// A re-check does not move the periodic schedule (issue 11 item 10); a covering scope does.
    #[test]
    fn anchors_on_the_last_periodic_sample() {
        let scopes = wire_cable();
        let sample = |on: &str, scope: Option<&'static str>, recheck: bool, not_judgeable: bool| {
            RecordedSample { sampling_date: date(on), scope, recheck, not_judgeable, cancelled: false }
        };
        let cancelled = |on: &str| RecordedSample {
            sampling_date: date(on),
            scope: Some("full_type_test"),
            recheck: false,
            not_judgeable: false,
            cancelled: true,
        };
        type Case = (&'static str, Vec<RecordedSample<'static>>, &'static str, Option<&'static str>);
        let cases: Vec<Case> = vec![
            ("never sampled", vec![], "a_class_items", None),
            (
                "a re-check after the periodic sample does not count",
                vec![
                    sample("2026-01-10", Some("full_type_test"), false, false),
                    sample("2026-03-20", Some("full_type_test"), true, false),
                ],
                "full_type_test",
                Some("2026-01-10"),
            ),
            (
                "a cancelled task after the periodic sample does not count",
                vec![sample("2026-01-10", Some("full_type_test"), false, false), cancelled("2026-03-20")],
                "full_type_test",
                Some("2026-01-10"),
            ),
            ("only a cancelled task: never sampled", vec![cancelled("2026-03-20")], "a_class_items", None),
            (
                "only a re-check: anchored on the issue date",
                vec![sample("2026-03-20", Some("a_class_items"), true, false)],
                "a_class_items",
                None,
            ),
            (
                "the full test satisfies the A-class items",
                vec![
                    sample("2026-01-10", Some("a_class_items"), false, false),
                    sample("2026-02-10", Some("full_type_test"), false, false),
                ],
                "a_class_items",
                Some("2026-02-10"),
            ),
            (
                "the A-class items do not satisfy the full test",
                vec![
                    sample("2026-01-10", Some("full_type_test"), false, false),
                    sample("2026-02-10", Some("a_class_items"), false, false),
                ],
                "full_type_test",
                Some("2026-01-10"),
            ),
            (
                "a task without a recorded scope was a full sample",
                vec![sample("2026-02-10", None, false, false)],
                "full_type_test",
                Some("2026-02-10"),
            ),
            (
                "a NOT_JUDGEABLE sample does not count",
                vec![
                    sample("2026-01-10", None, false, false),
                    sample("2026-02-10", Some("full_type_test"), false, true),
                ],
                "full_type_test",
                Some("2026-01-10"),
            ),
        ];
        for (name, samples, scope, expected) in cases {
            assert_eq!(last_periodic_sample(samples, &scopes, scope), expected.map(date), "{name}");
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
