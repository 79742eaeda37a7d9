//! Responsibility agreements (责任状, §四 "层级负责制"; DOMAIN 3.7 "signed between the provincial
//! office and each lower office"): an upper authority's targets for the authority directly below
//! it over one calendar year, as data — patrol coverage, annual-review completion, overdue
//! rectifications, the median time to close a linkage notice — the states DRAFT → SIGNED |
//! WITHDRAWN, and the live value of a target judged against its threshold. The values are never
//! entered: storage counts them from the records (docs/adr/0036, decisions 9–16).

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::{Collector, ErrorCode, FieldError, ValidationErrors};
use crate::ids::{AuthorityId, ResponsibilityAgreementId};
use crate::registry::region::RegionCode;
use crate::testing::judgment::rounding::parse_decimal;

/// The most working days a median-close target may allow: the notices' own close deadline is
/// counted in working days of this order (docs/adr/0026), and a target looser than a quarter's
/// working days would bind nobody.
pub const MAX_MEDIAN_DAYS: u32 = 60;
/// The most overdue rectifications a target may tolerate: beyond it the target is no target.
pub const MAX_OVERDUE: u32 = 10_000;

crate::stored_enum! {
    /// Where an agreement stands. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum AgreementStatus {
        /// Drafted by the upper authority: amended until the lower one signs it.
        Draft = "DRAFT",
        /// Signed by the lower authority's leadership: in force for its year.
        Signed = "SIGNED",
        /// Withdrawn by the upper authority, with the reason: binds no one.
        Withdrawn = "WITHDRAWN",
    }
}

crate::stored_enum! {
    /// What a target measures. Stored strings are never renamed; a new kind is one more line
    /// here, its bound and unit below, and its count in storage.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    pub enum TargetKind {
        /// 巡查覆盖率: of the patrol plans' targets the authority (or one below it) carries out,
        /// the percentage patrolled enough — at least the threshold.
        PatrolCoverage = "PATROL_COVERAGE",
        /// 年度审查完成率: of the licenses enrolled in the year's annual review in the
        /// jurisdiction, the percentage examined (on site, passed or failed) — at least.
        ReviewCompletion = "REVIEW_COMPLETION",
        /// 逾期整改: rectifications in the jurisdiction running past their deadline — at most.
        OverdueRectifications = "OVERDUE_RECTIFICATIONS",
        /// 通报办结时长: the median working days from sending to closing of the linkage notices
        /// the authority received in the year and closed — at most.
        NoticeCloseMedianDays = "NOTICE_CLOSE_MEDIAN_DAYS",
        /// 报告按时率: of the generated reports the authority owed the tier above with a due day in
        /// the year so far, the percentage first submitted by that day — at least.
        ReportsOnTime = "REPORTS_ON_TIME",
        /// 企业定期报告按时率: of the enterprises' periodic reports in the jurisdiction that were
        /// due by the day counted or submitted before it (the quarters ended in the year so far),
        /// the percentage first submitted by the due day — at least.
        PeriodicReportsOnTime = "PERIODIC_REPORTS_ON_TIME",
    }
}

/// Which side of the threshold meets a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    AtLeast,
    AtMost,
}

/// What a target's threshold and value count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// A percentage with at most one decimal, 0–100.
    Percent,
    /// A whole number of records.
    Count,
    /// A whole number of working days.
    WorkingDays,
}

impl TargetKind {
    pub fn bound(self) -> Bound {
        match self {
            TargetKind::PatrolCoverage
            | TargetKind::ReviewCompletion
            | TargetKind::ReportsOnTime
            | TargetKind::PeriodicReportsOnTime => Bound::AtLeast,
            TargetKind::OverdueRectifications | TargetKind::NoticeCloseMedianDays => Bound::AtMost,
        }
    }

    pub fn unit(self) -> Unit {
        match self {
            TargetKind::PatrolCoverage
            | TargetKind::ReviewCompletion
            | TargetKind::ReportsOnTime
            | TargetKind::PeriodicReportsOnTime => Unit::Percent,
            TargetKind::OverdueRectifications => Unit::Count,
            TargetKind::NoticeCloseMedianDays => Unit::WorkingDays,
        }
    }

    /// The threshold `text` for this kind, or why it is none: a percentage of 0.1–100 with one
    /// decimal at most, a count of 0–10,000, or 1–60 working days.
    fn threshold(self, text: &str) -> Result<Decimal, String> {
        let value = parse_decimal(text).map_err(|_| format!("{text:?} is no decimal number"))?.normalize();
        let whole = |max: u32, min: u32, what: &str| {
            let fits = value.fract().is_zero() && value >= Decimal::from(min) && value <= Decimal::from(max);
            if fits {
                Ok(value)
            } else {
                Err(format!("{value} is no {what}: a whole number from {min} to {max}"))
            }
        };
        match self.unit() {
            Unit::Percent if value.scale() <= 1 && value > Decimal::ZERO && value <= Decimal::ONE_HUNDRED => {
                Ok(value)
            }
            Unit::Percent => {
                Err(format!("{value} is no percentage: above 0, at most 100, one decimal at most"))
            }
            Unit::Count => whole(MAX_OVERDUE, 0, "count of records"),
            Unit::WorkingDays => whole(MAX_MEDIAN_DAYS, 1, "number of working days"),
        }
    }
}

/// One target of an agreement: what it measures and the threshold the value must reach (or not
/// exceed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Target {
    pub kind: TargetKind,
    pub threshold: Decimal,
}

/// Parses an agreement's targets, reporting every bad one at once (`INVALID_AGREEMENT`): at least
/// one, each kind once, each threshold in its kind's unit; sorted by kind.
pub fn parse_targets(raw: &[(TargetKind, String)]) -> Result<Vec<Target>, ValidationErrors> {
    let mut problems = Collector::default();
    if raw.is_empty() {
        problems.push(invalid("targets", "name at least one target"));
    }
    let mut targets = Vec::new();
    for (kind, text) in raw {
        if targets.iter().any(|t: &Target| t.kind == *kind) {
            problems.push(invalid("targets", format!("{kind} is named twice: one threshold per kind")));
            continue;
        }
        match kind.threshold(text) {
            Ok(threshold) => targets.push(Target { kind: *kind, threshold }),
            Err(message) => problems.push(invalid("targets", format!("{kind}: {message}"))),
        }
    }
    if !problems.is_empty() {
        return Err(problems.into_errors());
    }
    targets.sort_by_key(|t| t.kind);
    Ok(targets)
}

/// The agreement's year: this year or the next — an agreement is signed for the year ahead or
/// the one under way, never for a year already over (its targets would bind nothing).
pub fn parse_year(year: i32, today: NaiveDate) -> Result<i32, FieldError> {
    if year == today.year() || year == today.year() + 1 {
        Ok(year)
    } else {
        Err(invalid("year", format!("{year} is neither this year ({}) nor the next", today.year())))
    }
}

/// A withdrawal's reason, checked.
pub fn parse_reason(text: &str) -> Result<String, FieldError> {
    crate::text::parse_text("reason", text, 1, 1000, true)
}

fn invalid(field: &'static str, message: impl Into<String>) -> FieldError {
    FieldError::new(ErrorCode::InvalidAgreement, field, message)
}

/// The days a year's values count on `today`: from its first day to today, or to its last day
/// once it is over; `None` before it begins (nothing to count yet).
pub fn counting_span(year: i32, today: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(year, 1, 1)?;
    let last = NaiveDate::from_ymd_opt(year, 12, 31)?;
    (today >= first).then(|| (first, today.min(last)))
}

/// What the records give a target on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// `counted` of `out_of` records (coverage, completion).
    Share { counted: u64, out_of: u64 },
    /// A number of records (overdue rectifications).
    Count(u64),
    /// The median working days to close, `None` when no notice was closed.
    MedianDays(Option<u32>),
}

impl Reading {
    /// The value compared with the threshold: a share as a percentage rounded down to one
    /// decimal (a target is never reached by rounding up; 100 when there is nothing to count),
    /// a count, or the median; `None` when there is no median.
    pub fn value(&self) -> Option<Decimal> {
        match *self {
            Reading::Share { out_of: 0, .. } => Some(Decimal::ONE_HUNDRED),
            Reading::Share { counted, out_of } => {
                let tenths = u128::from(counted) * 1000 / u128::from(out_of);
                Some(Decimal::new(i64::try_from(tenths).unwrap_or(i64::MAX), 1).normalize())
            }
            Reading::Count(n) => Some(Decimal::from(n)),
            Reading::MedianDays(days) => days.map(Decimal::from),
        }
    }
}

impl Target {
    /// Whether `reading` meets the target; `None` when there is no value to judge (no notice
    /// closed yet: a median of nothing is neither good nor bad).
    pub fn met(&self, reading: &Reading) -> Option<bool> {
        let value = reading.value()?;
        Some(match self.kind.bound() {
            Bound::AtLeast => value >= self.threshold,
            Bound::AtMost => value <= self.threshold,
        })
    }
}

/// What can happen to an agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AgreementEvent {
    Amend,
    Sign,
    Withdraw,
}

/// Why an agreement refused an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AgreementRefused {
    #[error("the agreement is withdrawn: it binds no one")]
    Withdrawn,
    #[error("the agreement is signed: its targets stand; withdraw it and draft another")]
    Signed,
}

impl AgreementStatus {
    /// The status after `event` (the table test lists every pair).
    pub fn next(self, event: AgreementEvent) -> Result<AgreementStatus, AgreementRefused> {
        use AgreementEvent as E;
        use AgreementStatus as S;
        match (self, event) {
            (S::Withdrawn, _) => Err(AgreementRefused::Withdrawn),
            (S::Draft, E::Amend) => Ok(S::Draft),
            (S::Draft, E::Sign) => Ok(S::Signed),
            (S::Draft | S::Signed, E::Withdraw) => Ok(S::Withdrawn),
            (S::Signed, E::Amend | E::Sign) => Err(AgreementRefused::Signed),
        }
    }
}

/// A responsibility agreement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Agreement {
    pub id: ResponsibilityAgreementId,
    pub status: AgreementStatus,
    /// The upper authority that drafts it and holds the lower one to it.
    pub issuer_authority_id: AuthorityId,
    pub issuer_region: RegionCode,
    /// The authority directly below that signs it and whose work the targets measure.
    pub counterpart_authority_id: AuthorityId,
    pub counterpart_region: RegionCode,
    pub year: i32,
    pub targets: Vec<Target>,
    pub drafted_on: NaiveDate,
    pub signed_on: Option<NaiveDate>,
    pub signed_by: Option<String>,
    pub withdrawn_on: Option<NaiveDate>,
    pub withdrawal_reason: Option<String>,
}

impl Agreement {
    /// The audit state.
    pub fn state(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }

    /// The draft with new targets.
    pub fn amended(&self, targets: Vec<Target>) -> Result<Agreement, AgreementRefused> {
        let status = self.status.next(AgreementEvent::Amend)?;
        Ok(Agreement { status, targets, ..self.clone() })
    }

    /// Signed on `today` by `subject`.
    pub fn signed(&self, subject: &str, today: NaiveDate) -> Result<Agreement, AgreementRefused> {
        let status = self.status.next(AgreementEvent::Sign)?;
        Ok(Agreement { status, signed_on: Some(today), signed_by: Some(subject.to_owned()), ..self.clone() })
    }

    /// Withdrawn on `today` with `reason`.
    pub fn withdrawn(&self, reason: String, today: NaiveDate) -> Result<Agreement, AgreementRefused> {
        let status = self.status.next(AgreementEvent::Withdraw)?;
        Ok(Agreement { status, withdrawn_on: Some(today), withdrawal_reason: Some(reason), ..self.clone() })
    }
}

#[cfg(test)]
mod tests;
