//! Key-industry campaigns (专项整治, §三 "对重点地区和重点行业，省级质量技术监督部门要加大监督检查力度，
//! 提高巡查的频次"): a provincial or municipal authority names industries, regions and a period, and
//! the patrol visits owed by the enterprises they cover are multiplied by the campaign's
//! intensification factor. The campaign is PLANNED before its start, in progress during its
//! period (derived from the dates, never stored), CLOSED with a summary after its end, or
//! CANCELLED with a reason before it closes (docs/adr/0038).

use chrono::{Months, NaiveDate};
use serde::Serialize;

use crate::error::{Collector, ErrorCode, FieldError, ValidationErrors};
use crate::ids::{AuthorityId, CampaignId};
use crate::industry::IndustryCatalogue;
use crate::registry::region::RegionCode;
use crate::text::parse_text;

pub mod meeting;

/// The longest period a campaign may run, in months: a campaign is a focused effort, the
/// yearly patrol plan is the routine (docs/adr/0038 decision 3).
pub const MAX_PERIOD_MONTHS: u32 = 12;
/// The smallest and largest intensification factor: at least twice the routine visits, at most
/// four times (docs/adr/0038 decision 4).
pub const FACTOR_RANGE: std::ops::RangeInclusive<u32> = 2..=4;
/// The longest summary or reason, in characters.
pub const TEXT_MAX_CHARS: usize = 2000;

crate::stored_enum! {
    /// Where a campaign stands, as stored. Whether an open campaign is planned, in progress or
    /// ended is derived from its dates (`CampaignPhase`). Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum CampaignStatus {
        /// Opened and neither closed nor cancelled.
        Open = "OPEN",
        /// Closed with a summary after its period ended. Final.
        Closed = "CLOSED",
        /// Cancelled with a reason before it closed. Final; it intensifies nothing.
        Cancelled = "CANCELLED",
    }
}

/// Where a campaign stands on a day: the stored status with the open one split by its dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CampaignPhase {
    /// Open, before its first day.
    Planned,
    /// Open, inside its period.
    InProgress,
    /// Open, its period over: waiting for the summary that closes it.
    Ended,
    Closed,
    Cancelled,
}

/// What an officer asks for, unparsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawCampaign<'a> {
    pub title: &'a str,
    pub industries: &'a [String],
    pub region_codes: &'a [String],
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub factor: i64,
}

/// A checked campaign specification: what `openCampaign` stores and `amendCampaign` replaces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CampaignSpec {
    pub title: String,
    /// Catalogue industry codes, sorted, without duplicates.
    pub industries: Vec<String>,
    /// Regions inside the opener's jurisdiction, sorted, none inside another one named.
    pub regions: Vec<RegionCode>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub factor: u32,
}

/// Parses a specification for an authority seated at `jurisdiction`, reporting every bad field
/// at once: the industries from the catalogue (any catalogue industry — §三 names seven key
/// industries "如…", examples, not a closed list; docs/adr/0038 decision 2), the regions inside
/// the jurisdiction, a period of at most twelve months that does not end in the past, a factor
/// of 2–4.
pub fn check_spec(
    catalogue: &IndustryCatalogue,
    jurisdiction: RegionCode,
    raw: RawCampaign<'_>,
    today: NaiveDate,
) -> Result<CampaignSpec, ValidationErrors> {
    let mut problems = Collector::default();
    let title = problems.take(parse_text("title", raw.title, 2, 100, false));
    let industries = industries(catalogue, raw.industries, &mut problems);
    let regions = regions(jurisdiction, raw.region_codes, &mut problems);
    check_period(raw.starts_on, raw.ends_on, today, &mut problems);
    let factor = u32::try_from(raw.factor).ok().filter(|f| FACTOR_RANGE.contains(f));
    if factor.is_none() {
        problems.push(invalid(
            "factor",
            format!("{} is no intensification factor: a whole number from 2 to 4", raw.factor),
        ));
    }
    match (title, factor) {
        (Some(title), Some(factor)) if problems.is_empty() => Ok(CampaignSpec {
            title,
            industries,
            regions,
            starts_on: raw.starts_on,
            ends_on: raw.ends_on,
            factor,
        }),
        _ => Err(problems.into_errors()),
    }
}

fn industries(catalogue: &IndustryCatalogue, codes: &[String], problems: &mut Collector) -> Vec<String> {
    if codes.is_empty() {
        problems.push(invalid("industries", "name at least one industry of the catalogue"));
    }
    let mut found: Vec<String> =
        codes.iter().filter_map(|code| problems.take(find_industry(catalogue, code))).collect();
    found.sort();
    found.dedup();
    found
}

/// The catalogue's industry of `code`, refused under this input's field name.
fn find_industry(catalogue: &IndustryCatalogue, code: &str) -> Result<String, FieldError> {
    catalogue
        .find(code)
        .map(|industry| industry.code.clone())
        .map_err(|e| FieldError { field: "industries", ..e })
}

fn regions(jurisdiction: RegionCode, codes: &[String], problems: &mut Collector) -> Vec<RegionCode> {
    if codes.is_empty() {
        problems.push(invalid("regionCodes", "name at least one region"));
    }
    let mut found = Vec::new();
    for code in codes {
        let Some(region) = problems.take(RegionCode::parse(code)) else { continue };
        if !jurisdiction.contains(&region) {
            problems.push(FieldError::new(
                ErrorCode::InvalidCampaign,
                "regionCodes",
                format!("{region} lies outside the authority's jurisdiction {jurisdiction}"),
            ));
            continue;
        }
        found.push(region);
    }
    found.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    found.dedup();
    // A region inside another one named adds nothing and would count its enterprises twice in
    // the coverage: refused rather than silently dropped.
    for region in &found {
        if let Some(outer) = found.iter().find(|outer| *outer != region && outer.contains(region)) {
            problems.push(invalid("regionCodes", format!("{region} lies inside {outer}, also named")));
        }
    }
    found
}

fn check_period(starts_on: NaiveDate, ends_on: NaiveDate, today: NaiveDate, problems: &mut Collector) {
    if ends_on < starts_on {
        problems.push(invalid("endsOn", format!("{ends_on} is before the start {starts_on}")));
    } else if starts_on
        .checked_add_months(Months::new(MAX_PERIOD_MONTHS))
        .is_none_or(|limit| ends_on >= limit)
    {
        problems.push(invalid("endsOn", format!("a campaign runs at most {MAX_PERIOD_MONTHS} months")));
    }
    if ends_on < today {
        problems.push(invalid("endsOn", format!("{ends_on} is in the past")));
    }
}

fn invalid(field: &'static str, message: impl Into<String>) -> FieldError {
    FieldError::new(ErrorCode::InvalidCampaign, field, message)
}

/// What can happen to a campaign.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CampaignEvent {
    /// Replace the specification.
    Amend,
    /// Close with a summary.
    Close,
    /// Cancel with a reason.
    Cancel,
}

/// Why a campaign refused an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CampaignRefused {
    #[error("the campaign is {0:?}: it takes no further step")]
    Finished(CampaignStatus),
    #[error("the campaign has started: only a planned campaign is amended (cancel it and open another)")]
    Started,
    #[error("the campaign runs until {0}: it closes with its summary after its period")]
    NotEnded(NaiveDate),
}

/// A stored campaign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Campaign {
    pub id: CampaignId,
    /// The authority that opened it (its head or leader in charge).
    pub authority_id: AuthorityId,
    pub status: CampaignStatus,
    pub spec: CampaignSpec,
    pub closed_on: Option<NaiveDate>,
    /// The summary of a closed campaign, or the reason of a cancelled one.
    pub close_note: Option<String>,
}

impl Campaign {
    /// The phase on `today`.
    pub fn phase(&self, today: NaiveDate) -> CampaignPhase {
        match self.status {
            CampaignStatus::Closed => CampaignPhase::Closed,
            CampaignStatus::Cancelled => CampaignPhase::Cancelled,
            CampaignStatus::Open if today < self.spec.starts_on => CampaignPhase::Planned,
            CampaignStatus::Open if today <= self.spec.ends_on => CampaignPhase::InProgress,
            CampaignStatus::Open => CampaignPhase::Ended,
        }
    }

    /// Whether `event` may happen on `today` (the table test lists every phase and event).
    pub fn check(&self, event: CampaignEvent, today: NaiveDate) -> Result<(), CampaignRefused> {
        use CampaignPhase as P;
        match (self.phase(today), event) {
            (P::Closed | P::Cancelled, _) => Err(CampaignRefused::Finished(self.status)),
            (P::Planned, CampaignEvent::Amend) => Ok(()),
            (P::InProgress | P::Ended, CampaignEvent::Amend) => Err(CampaignRefused::Started),
            (P::Planned | P::InProgress, CampaignEvent::Close) => {
                Err(CampaignRefused::NotEnded(self.spec.ends_on))
            }
            (P::Ended, CampaignEvent::Close) => Ok(()),
            (P::Planned | P::InProgress | P::Ended, CampaignEvent::Cancel) => Ok(()),
        }
    }

    /// The campaign with `spec` in place of its own (a planned one only).
    pub fn amended(&self, spec: CampaignSpec, today: NaiveDate) -> Result<Campaign, CampaignRefused> {
        self.check(CampaignEvent::Amend, today)?;
        Ok(Campaign { spec, ..self.clone() })
    }

    /// The campaign closed (with its summary) or cancelled (with the reason) on `today`.
    pub fn finished(
        &self,
        event: CampaignEvent,
        note: String,
        today: NaiveDate,
    ) -> Result<Campaign, CampaignRefused> {
        self.check(event, today)?;
        let status = match event {
            CampaignEvent::Cancel => CampaignStatus::Cancelled,
            CampaignEvent::Close | CampaignEvent::Amend => CampaignStatus::Closed,
        };
        Ok(Campaign { status, closed_on: Some(today), close_note: Some(note), ..self.clone() })
    }

    /// The audit state.
    pub fn state(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

/// Checks a closing summary or a cancellation reason.
pub fn parse_note(field: &'static str, s: &str) -> Result<String, FieldError> {
    parse_text(field, s, 2, TEXT_MAX_CHARS, true)
}

/// One region's coverage in a campaign: the enterprises licensed in a campaign industry there,
/// and how many of them had a patrol recorded in the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RegionCoverage {
    pub enterprises: u64,
    pub patrolled: u64,
}

impl RegionCoverage {
    /// The share patrolled, in whole percent rounded down (100 with no enterprise: nothing is
    /// left to patrol).
    pub fn percent(&self) -> u64 {
        (self.patrolled * 100).checked_div(self.enterprises).unwrap_or(100)
    }
}

#[cfg(test)]
mod tests;
