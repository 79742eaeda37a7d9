//! The working-day calendar (工作日历) every deadline is counted on: the public holidays and the
//! make-up working days (调休上班) of each year the State Council announced, as data the national
//! authority keeps (docs/adr/0011-working-day-calendar.md). A period in days whose last day is a
//! rest day ends on the next working day (民法典 第二百零三条); a period in working days counts
//! working days. A year the calendar holds no notice for has weekends as its only rest days.

use std::collections::BTreeSet;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::error::{Collector, ErrorCode, FieldError, ValidationErrors};
use crate::text::parse_text;

/// The years a notice may be recorded for.
pub const CALENDAR_YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;
/// The longest citation of a notice, in characters.
pub const MAX_BASIS_CHARS: usize = 500;

/// One year's notice: its holidays (every day of every break, weekends inside a break included)
/// and its make-up working days, with the notice cited. Parsing proves it coherent: every date
/// inside the year, no date twice, no date both a holiday and a make-up day, make-up days only on
/// weekends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarYear {
    pub year: i32,
    pub holidays: BTreeSet<NaiveDate>,
    pub makeup_workdays: BTreeSet<NaiveDate>,
    /// The notice the dates come from (国办发明电〔2024〕12号 …).
    pub basis: String,
}

fn weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Collects a list of dates into a set, refusing dates outside `year` and duplicates.
fn date_set(
    errors: &mut Collector,
    year: i32,
    dates: &[NaiveDate],
    field: &'static str,
) -> BTreeSet<NaiveDate> {
    let mut set = BTreeSet::new();
    for &date in dates {
        if date.year() != year {
            errors.push(FieldError::new(
                ErrorCode::CalendarDateOutsideYear,
                field,
                format!("{date} is not in {year}"),
            ));
        } else if !set.insert(date) {
            errors.push(FieldError::new(
                ErrorCode::CalendarDateRepeated,
                field,
                format!("{date} is listed twice"),
            ));
        }
    }
    set
}

impl CalendarYear {
    /// Parses one year's notice; every problem is reported, by field.
    pub fn parse(
        year: i32,
        holidays: &[NaiveDate],
        makeup_workdays: &[NaiveDate],
        basis: &str,
    ) -> Result<CalendarYear, ValidationErrors> {
        let mut errors = Collector::default();
        if !CALENDAR_YEARS.contains(&year) {
            errors.push(FieldError::new(
                ErrorCode::InvalidCalendarYear,
                "year",
                format!(
                    "a calendar year is {} to {}, not {year}",
                    CALENDAR_YEARS.start(),
                    CALENDAR_YEARS.end()
                ),
            ));
        }
        let basis = errors.take(parse_text("basis", basis, 1, MAX_BASIS_CHARS, false));
        let holidays = date_set(&mut errors, year, holidays, "holidays");
        let makeup_workdays = date_set(&mut errors, year, makeup_workdays, "makeupWorkdays");
        for date in holidays.intersection(&makeup_workdays) {
            errors.push(FieldError::new(
                ErrorCode::CalendarDateBothKinds,
                "makeupWorkdays",
                format!("{date} is listed both as a holiday and as a make-up working day"),
            ));
        }
        for date in makeup_workdays.iter().filter(|date| !weekend(**date)) {
            errors.push(FieldError::new(
                ErrorCode::MakeupDayNotWeekend,
                "makeupWorkdays",
                format!("{date} is a {}; a make-up working day is a Saturday or a Sunday", date.weekday()),
            ));
        }
        match basis {
            Some(basis) if errors.is_empty() => Ok(CalendarYear { year, holidays, makeup_workdays, basis }),
            _ => Err(errors.into_errors()),
        }
    }

    /// The audited state of a year.
    pub fn state(&self) -> serde_json::Value {
        let dates = |set: &BTreeSet<NaiveDate>| set.iter().map(ToString::to_string).collect::<Vec<_>>();
        serde_json::json!({
            "year": self.year,
            "basis": self.basis,
            "holidays": dates(&self.holidays),
            "makeupWorkdays": dates(&self.makeup_workdays),
        })
    }
}

/// The calendar deadlines are counted on: a pure value, built from the stored years.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorkingCalendar {
    holidays: BTreeSet<NaiveDate>,
    makeup_workdays: BTreeSet<NaiveDate>,
    known_years: BTreeSet<i32>,
}

impl WorkingCalendar {
    /// The calendar of these years' notices; every other year has weekends only.
    pub fn new(years: impl IntoIterator<Item = CalendarYear>) -> WorkingCalendar {
        let mut calendar = WorkingCalendar::default();
        for year in years {
            calendar.known_years.insert(year.year);
            calendar.holidays.extend(year.holidays);
            calendar.makeup_workdays.extend(year.makeup_workdays);
        }
        calendar
    }

    /// The years whose notice the calendar holds.
    pub fn known_years(&self) -> &BTreeSet<i32> {
        &self.known_years
    }

    /// Whether the calendar holds the notice of the year of `date` (if not, only weekends rest).
    pub fn knows(&self, date: NaiveDate) -> bool {
        self.known_years.contains(&date.year())
    }

    /// A working day: not a holiday, and not a weekend unless it is a make-up working day.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        !self.holidays.contains(&date) && (!weekend(date) || self.makeup_workdays.contains(&date))
    }

    /// `date` if it is a working day, else the next working day after it.
    pub fn working_day_on_or_after(&self, date: NaiveDate) -> NaiveDate {
        let mut day = date;
        // Terminates: the holidays are finite, and a week holds working days beyond them.
        while !self.is_working_day(day) {
            day = day + Days::new(1);
        }
        day
    }

    /// The last day of a period of `days` days from `from` (the day `from` itself not counted,
    /// 民法典 第二百零一条), moved to the next working day when it is a rest day (第二百零三条).
    pub fn add_days_ending_on_workday(&self, from: NaiveDate, days: u32) -> NaiveDate {
        self.working_day_on_or_after(from + Days::new(u64::from(days)))
    }

    /// The `days`-th working day after `from` (`from` itself not counted); `from` for zero.
    pub fn add_working_days(&self, from: NaiveDate, days: u32) -> NaiveDate {
        let mut day = from;
        for _ in 0..days {
            day = self.working_day_on_or_after(day + Days::new(1));
        }
        day
    }

    /// The `days`-th working day before `date` (`date` itself not counted); `date` for zero.
    pub fn working_days_before(&self, date: NaiveDate, days: u32) -> NaiveDate {
        let mut day = date;
        for _ in 0..days {
            day = day - Days::new(1);
            while !self.is_working_day(day) {
                day = day - Days::new(1);
            }
        }
        day
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn dates(list: &[&str]) -> Vec<NaiveDate> {
        list.iter().map(|s| date(s)).collect()
    }

    /// Every day of the breaks from `(first, last)` pairs.
    fn breaks(ranges: &[(&str, &str)]) -> Vec<NaiveDate> {
        ranges
            .iter()
            .flat_map(|(first, last)| date(first).iter_days().take_while(move |d| *d <= date(last)))
            .collect()
    }

    /// 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04), written out independently of the
    /// migration that seeds it.
    fn calendar_2026() -> WorkingCalendar {
        let holidays = breaks(&[
            ("2026-01-01", "2026-01-03"),
            ("2026-02-15", "2026-02-23"),
            ("2026-04-04", "2026-04-06"),
            ("2026-05-01", "2026-05-05"),
            ("2026-06-19", "2026-06-21"),
            ("2026-09-25", "2026-09-27"),
            ("2026-10-01", "2026-10-07"),
        ]);
        let makeup =
            dates(&["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]);
        WorkingCalendar::new([CalendarYear::parse(2026, &holidays, &makeup, "国办 2026").unwrap()])
    }

    #[test]
    fn working_days() {
        let calendar = calendar_2026();
        // (date, working?)
        let cases = [
            ("2026-02-13", true),  // Friday before the Spring Festival
            ("2026-02-14", true),  // make-up Saturday
            ("2026-02-15", false), // Sunday inside the break
            ("2026-02-18", false), // Wednesday inside the break (正月初二)
            ("2026-02-23", false), // Monday, last day of the break
            ("2026-02-24", true),
            ("2026-02-28", true),  // make-up Saturday
            ("2026-03-01", false), // an ordinary Sunday
            ("2026-10-07", false),
            ("2026-10-10", true), // make-up Saturday after National Day
            ("2026-10-11", false),
            ("2027-01-01", true), // 2027 unknown: a Friday is a working day
            ("2027-01-02", false),
        ];
        for (day, working) in cases {
            assert_eq!(calendar.is_working_day(date(day)), working, "{day}");
        }
        assert_eq!(calendar.known_years().iter().copied().collect::<Vec<_>>(), [2026]);
        assert!(calendar.knows(date("2026-07-01")) && !calendar.knows(date("2027-01-01")));
    }

    #[test]
    fn periods_in_days_end_on_a_working_day() {
        let calendar = calendar_2026();
        // (from, days, last day)
        let cases = [
            ("2026-02-01", 15, "2026-02-24"), // would end 02-16 in the Spring Festival break
            ("2026-01-30", 15, "2026-02-14"), // ends on the make-up Saturday: stays
            ("2026-09-16", 15, "2026-10-08"), // ends 10-01, National Day: the 8th
            ("2026-09-05", 15, "2026-09-20"), // ends on the make-up Sunday: stays
            ("2026-11-14", 15, "2026-11-30"), // ends on Sunday 11-29: Monday
            ("2026-11-02", 30, "2026-12-02"), // a Wednesday: unchanged
            ("2026-12-11", 30, "2027-01-11"), // ends Sunday 2027-01-10 in an unknown year: Monday
            ("2026-03-02", 0, "2026-03-02"),
        ];
        for (from, days, last) in cases {
            assert_eq!(calendar.add_days_ending_on_workday(date(from), days), date(last), "{from} + {days}");
        }
    }

    #[test]
    fn periods_in_working_days_count_working_days() {
        let calendar = calendar_2026();
        // (from, working days, last day)
        let cases = [
            ("2026-02-12", 1, "2026-02-13"),
            ("2026-02-12", 2, "2026-02-14"), // the make-up Saturday counts
            ("2026-02-12", 3, "2026-02-24"), // the break does not
            ("2026-09-30", 1, "2026-10-08"),
            ("2026-09-30", 3, "2026-10-10"),
            ("2026-11-27", 5, "2026-12-04"), // Friday + 5: the next Friday
            ("2026-12-31", 2, "2027-01-04"), // into an unknown year: weekends only
            ("2026-05-06", 0, "2026-05-06"),
        ];
        for (from, days, last) in cases {
            assert_eq!(calendar.add_working_days(date(from), days), date(last), "{from} + {days}");
        }
        // (date, working days before, day)
        let before = [
            ("2026-12-01", 5, "2026-11-24"),
            ("2026-02-26", 5, "2026-02-12"), // 02-25, 24, 14 (make-up), 13, 12
            ("2026-10-12", 2, "2026-10-09"), // 10-10 (make-up), 10-09
            ("2026-03-02", 0, "2026-03-02"),
        ];
        for (day, days, expected) in before {
            assert_eq!(calendar.working_days_before(date(day), days), date(expected), "{day} - {days}");
        }
    }

    #[test]
    fn a_year_is_parsed_or_every_problem_named() {
        let ok = CalendarYear::parse(2030, &dates(&["2030-01-01"]), &dates(&["2030-01-05"]), "通知").unwrap();
        assert_eq!((ok.year, ok.holidays.len(), ok.makeup_workdays.len()), (2030, 1, 1));
        // (year, holidays, make-up days, basis) → codes
        type Case =
            (i32, &'static [&'static str], &'static [&'static str], &'static str, &'static [ErrorCode]);
        let cases: &[Case] = &[
            (2030, &["2031-01-01"], &[], "n", &[ErrorCode::CalendarDateOutsideYear]),
            (2030, &["2030-01-01", "2030-01-01"], &[], "n", &[ErrorCode::CalendarDateRepeated]),
            (2030, &[], &["2030-01-05", "2030-01-05"], "n", &[ErrorCode::CalendarDateRepeated]),
            (2030, &["2030-01-05"], &["2030-01-05"], "n", &[ErrorCode::CalendarDateBothKinds]),
            (2030, &[], &["2030-01-07"], "n", &[ErrorCode::MakeupDayNotWeekend]),
            (1999, &[], &[], "n", &[ErrorCode::InvalidCalendarYear]),
            (2030, &[], &[], " ", &[ErrorCode::InvalidText]),
            (
                2030,
                &["2029-12-31"],
                &["2030-01-08"],
                "",
                &[ErrorCode::InvalidText, ErrorCode::CalendarDateOutsideYear, ErrorCode::MakeupDayNotWeekend],
            ),
        ];
        for (year, holidays, makeup, basis, codes) in cases {
            let refused = CalendarYear::parse(*year, &dates(holidays), &dates(makeup), basis).unwrap_err();
            assert_eq!(refused.codes(), *codes, "{year} {holidays:?} {makeup:?} {basis:?}");
        }
    }
}
