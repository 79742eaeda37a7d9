//! Figures computed from the records for dashboards (看板) and, later, the reports of §二(五):
//! the grouping of regions by level and the spot-check pass rate (抽查合格率). Counting is
//! storage's; what a figure means is decided here.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::error::{ErrorCode, FieldError};

use crate::registry::region::RegionCode;
use crate::testing::judgment::Conclusion;
use crate::testing::judgment::rounding::{Mark, Rounding, round};

/// The region a counted prefix names: the prefix padded to six digits, when that is a division
/// of the table (a county whose city has no row of its own groups under a code that is none).
pub fn region_of_prefix(prefix: &str) -> Option<RegionCode> {
    RegionCode::parse(&format!("{prefix:0<6}")).ok()
}

/// The sampling dates a figure counts, both days included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    /// `from` to `to`; either left out defaults to the calendar year of `today` so far (a
    /// dashboard's usual "this year"), which the regulation's reports count by (§二(五)).
    pub fn parse(
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        today: NaiveDate,
    ) -> Result<Period, FieldError> {
        let year_start = NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today);
        let (from, to) = (from.unwrap_or(year_start), to.unwrap_or(today));
        if to < from {
            return Err(FieldError::new(
                ErrorCode::InvalidDateRange,
                "to",
                format!("the period ends ({to}) before it starts ({from})"),
            ));
        }
        Ok(Period { from, to })
    }
}

/// Samples by conclusion, for one industry or all: what a pass rate is computed from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ConclusionCounts {
    pub no_nonconformity_found: u64,
    pub nonconforming: u64,
    pub not_judgeable: u64,
}

impl std::ops::AddAssign for ConclusionCounts {
    fn add_assign(&mut self, other: ConclusionCounts) {
        self.no_nonconformity_found += other.no_nonconformity_found;
        self.nonconforming += other.nonconforming;
        self.not_judgeable += other.not_judgeable;
    }
}

impl ConclusionCounts {
    pub fn add(&mut self, conclusion: Conclusion, n: u64) {
        match conclusion {
            Conclusion::NoNonconformityFound => self.no_nonconformity_found += n,
            Conclusion::Nonconforming => self.nonconforming += n,
            Conclusion::NotJudgeable => self.not_judgeable += n,
        }
    }

    /// Samples judged either way. A NOT_JUDGEABLE sample is neither a pass nor a failure (docs/adr/
    /// 0015), so it is left out of the rate and shown beside it.
    pub fn judged(&self) -> u64 {
        self.no_nonconformity_found + self.nonconforming
    }

    /// The pass rate (合格率) in percent — samples that found no nonconformity over samples
    /// judged — rounded to one decimal by GB/T 8170 (an exact half to even); none when nothing
    /// was judged.
    pub fn pass_rate_percent(&self) -> Option<Decimal> {
        let judged = self.judged();
        if judged == 0 {
            return None;
        }
        let exact = Decimal::from(self.no_nonconformity_found) * Decimal::ONE_HUNDRED / Decimal::from(judged);
        round(exact, Rounding::places(1), Mark::None).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::region::RegionLevel;

    #[test]
    fn pass_rates() {
        // (passed, failed, not judgeable) → rate
        type Case = ((u64, u64, u64), Option<&'static str>);
        let cases: &[Case] = &[
            ((0, 0, 0), None),
            ((0, 0, 3), None),
            ((3, 0, 5), Some("100.0")),
            ((0, 2, 0), Some("0.0")),
            ((2, 1, 0), Some("66.7")),
            ((1, 2, 9), Some("33.3")),
            // 1/8 = 12.5 exactly: kept; 1/16 = 6.25 → 6.2 (half to even), 3/16 = 18.75 → 18.8.
            ((1, 7, 0), Some("12.5")),
            ((1, 15, 0), Some("6.2")),
            ((3, 13, 0), Some("18.8")),
        ];
        for ((passed, failed, unjudged), expected) in cases {
            let counts = ConclusionCounts {
                no_nonconformity_found: *passed,
                nonconforming: *failed,
                not_judgeable: *unjudged,
            };
            let got = counts.pass_rate_percent().map(|rate| rate.to_string());
            assert_eq!(
                got.as_deref(),
                *expected,
                "{passed} passed, {failed} failed, {unjudged} not judgeable"
            );
        }
    }

    #[test]
    fn periods() {
        let date = |text: &str| NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap();
        let today = date("2026-12-04");
        let period = |from: Option<&str>, to: Option<&str>| {
            Period::parse(from.map(date), to.map(date), today).map(|p| (p.from.to_string(), p.to.to_string()))
        };
        assert_eq!(period(None, None), Ok(("2026-01-01".to_owned(), "2026-12-04".to_owned())));
        assert_eq!(period(Some("2025-07-01"), None), Ok(("2025-07-01".to_owned(), "2026-12-04".to_owned())));
        assert_eq!(
            period(Some("2026-03-01"), Some("2026-03-01")),
            Ok(("2026-03-01".to_owned(), "2026-03-01".to_owned()))
        );
        assert_eq!(
            period(Some("2026-03-02"), Some("2026-03-01")).map_err(|e| e.code),
            Err(ErrorCode::InvalidDateRange)
        );
        // A period ending before this year's start is refused without an explicit start.
        assert_eq!(period(None, Some("2025-12-31")).map_err(|e| e.code), Err(ErrorCode::InvalidDateRange));
    }

    #[test]
    fn regions_by_level() {
        let cases = [
            (RegionLevel::National, "", Some("000000")),
            (RegionLevel::Province, "32", Some("320000")),
            (RegionLevel::City, "3201", Some("320100")),
            (RegionLevel::County, "320102", Some("320102")),
            (RegionLevel::City, "3299", None),
        ];
        for (level, prefix, expected) in cases {
            assert_eq!(level.prefix_digits(), prefix.len(), "{level:?}");
            let region = region_of_prefix(prefix).map(|r| r.as_str().to_owned());
            assert_eq!(region.as_deref(), expected, "{prefix}");
        }
    }
}
