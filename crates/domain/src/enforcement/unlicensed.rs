//! The unlicensed-production case (无证生产, §三) as an aggregate: a producer found making a
//! catalogue product without a license, matched against the registry by credit code, urged to
//! apply by a deadline (督促申请), and then either licensed — the case links the license — or,
//! when it cannot meet the conditions, reported to the local government to be banned (通报取缔)
//! and closed with the outcome. docs/adr/0033.

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::json;

use crate::archive::{ArchiveEvent, ArchiveEventKind as Kind};
use crate::calendar::WorkingCalendar;
use crate::error::{Collector, ErrorCode, FieldError, ValidationErrors};
use crate::ids::{EnterpriseId, LicenseId, PatrolId, UnlicensedCaseId};
use crate::industry::IndustryCatalogue;
use crate::registry::credit_code::CreditCode;
use crate::registry::license::LicenseStatus;
use crate::registry::region::{RegionCode, RegionLevel};
use crate::rules::Deadlines;
use crate::text::parse_text;

/// Working days from the urging to the day the producer should have applied (申请): twenty, four
/// weeks — the time to prepare an application's documents and the enterprise's own inspection
/// (docs/adr/0033 decision 3). A province may shorten it (docs/adr/0032).
pub const APPLY_WORKING_DAYS: u32 = 20;
/// The longest finding, note or reason, in characters.
pub const TEXT_MAX_CHARS: usize = 2000;

crate::stored_enum! {
    /// How the producer came to the authority's notice.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum CaseSource {
        /// Found on a patrol (巡查) of a licensed enterprise nearby: the patrol is named.
        Patrol = "PATROL",
        /// A complaint or report (投诉举报).
        Complaint = "COMPLAINT",
        /// A spot check (监督抽查) sampled its product on the market.
        SpotCheck = "SPOT_CHECK",
        /// Any other way (a referral from another department …), described in the reference.
        Other = "OTHER",
    }
}

crate::stored_enum! {
    /// Where a case stands. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum UnlicensedStatus {
        /// Opened (立案) with the finding; the producer not urged yet.
        Found = "FOUND",
        /// Urged to apply for a license by a deadline (督促申请).
        Urged = "URGED",
        /// Licensed: the case links the license it obtained. Final.
        Licensed = "LICENSED",
        /// It cannot meet the conditions: the local government was notified to ban it (通报取缔).
        BanNotified = "BAN_NOTIFIED",
        /// Closed with the ban's outcome. Final.
        Closed = "CLOSED",
        /// Dismissed by the authority's leadership with the reason (not unlicensed production
        /// after all). Final.
        Dismissed = "DISMISSED",
    }
}

crate::stored_enum! {
    /// Why a producer cannot meet the conditions (达不到取证条件), the ground of a ban notice.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum BanGround {
        /// It applied, and the licensing authority refused the license (不予许可).
        ApplicationRefused = "APPLICATION_REFUSED",
        /// The deadline to apply passed without an application.
        NoApplicationByDeadline = "NO_APPLICATION_BY_DEADLINE",
        /// The officers found it cannot meet the conditions (premises, equipment, staff …).
        ConditionsNotMet = "CONDITIONS_NOT_MET",
    }
}

/// What can happen to a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnlicensedEvent {
    Urge,
    License,
    NotifyBan,
    Close,
    Dismiss,
}

/// Why a case refused an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum UnlicensedRefused {
    #[error("the case is {0}: it takes no further step")]
    Finished(UnlicensedStatus),
    #[error("the producer was already urged to apply")]
    AlreadyUrged,
    #[error("the producer has not been urged to apply yet: §三 urges it first, then reports a ban")]
    NotUrged,
    #[error("the case closes after the local government was notified to ban the producer")]
    NoBanNotified,
    #[error("the local government was notified to ban the producer: close the case with the outcome")]
    BanNotified,
}

impl UnlicensedStatus {
    /// The status after `event` (the table test lists every pair).
    pub fn next(self, event: UnlicensedEvent) -> Result<UnlicensedStatus, UnlicensedRefused> {
        use UnlicensedEvent as E;
        use UnlicensedRefused as R;
        use UnlicensedStatus as S;
        match (self, event) {
            (S::Licensed | S::Closed | S::Dismissed, _) => Err(R::Finished(self)),
            (S::Found, E::Urge) => Ok(S::Urged),
            (S::Urged, E::Urge) => Err(R::AlreadyUrged),
            // A producer that applied of its own accord may be licensed before it is urged.
            (S::Found | S::Urged, E::License) => Ok(S::Licensed),
            (S::Found, E::NotifyBan) => Err(R::NotUrged),
            (S::Urged, E::NotifyBan) => Ok(S::BanNotified),
            (S::Found | S::Urged, E::Close) => Err(R::NoBanNotified),
            (S::Found | S::Urged, E::Dismiss) => Ok(S::Dismissed),
            (S::BanNotified, E::Close) => Ok(S::Closed),
            (S::BanNotified, E::Urge | E::License | E::NotifyBan | E::Dismiss) => Err(R::BanNotified),
        }
    }

    /// Whether the case is still open.
    pub fn is_open(self) -> bool {
        matches!(self, UnlicensedStatus::Found | UnlicensedStatus::Urged | UnlicensedStatus::BanNotified)
    }
}

/// A producer as an officer describes it on opening a case, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Producer {
    pub name: String,
    /// Its unified social credit code, when it has one (a workshop without a business license
    /// has none).
    pub credit_code: Option<CreditCode>,
    pub address: String,
    /// The county-level place where it produces.
    pub region: RegionCode,
    /// The catalogue industry of the product (the license it would need).
    pub industry: String,
    /// The product as found (name, model, brand).
    pub product: String,
}

/// The producer as the officer typed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawProducer<'a> {
    pub name: &'a str,
    pub credit_code: Option<&'a str>,
    pub address: &'a str,
    pub region_code: &'a str,
    pub industry: &'a str,
    pub product: &'a str,
}

/// Parses a producer, reporting every bad field: the industry from the `catalogue` (the license
/// it would need), the place a county-level division (where a producer stands).
pub fn parse_producer(
    catalogue: &IndustryCatalogue,
    raw: RawProducer<'_>,
) -> Result<Producer, ValidationErrors> {
    let mut problems = Collector::default();
    let name = problems.take(parse_text("producerName", raw.name, 2, 100, false));
    let credit_code = match raw.credit_code.map(str::trim).filter(|c| !c.is_empty()) {
        Some(code) => problems.take(CreditCode::parse(code).map(Some)),
        None => Some(None),
    };
    let address = problems.take(parse_text("address", raw.address, 2, 200, false));
    let region = problems.take(RegionCode::parse(raw.region_code).and_then(|region| match region.level() {
        RegionLevel::County => Ok(region),
        _ => Err(FieldError::new(
            ErrorCode::InvalidUnlicensedCase,
            "regionCode",
            format!("{region} is not a county-level division: name the county where the producer is"),
        )),
    }));
    let industry = problems.take(catalogue.find(raw.industry).map(|industry| industry.code.clone()));
    let product = problems.take(parse_text("product", raw.product, 1, 200, false));
    match (name, credit_code, address, region, industry, product) {
        (Some(name), Some(credit_code), Some(address), Some(region), Some(industry), Some(product))
            if problems.is_empty() =>
        {
            Ok(Producer { name, credit_code, address, region, industry, product })
        }
        _ => Err(problems.into_errors()),
    }
}

/// What an officer found, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub source: CaseSource,
    pub patrol_id: Option<PatrolId>,
    /// The complaint's number, the spot check's report number, the referring department …
    pub reference: Option<String>,
    pub text: String,
    pub found_on: NaiveDate,
}

/// Checks the finding's parts: a patrol source names its patrol (and only it does), another
/// source names its reference, the day is not in the future.
pub fn check_finding(
    source: CaseSource,
    patrol_id: Option<PatrolId>,
    reference: Option<&str>,
    text: &str,
    found_on: NaiveDate,
    today: NaiveDate,
) -> Result<Finding, ValidationErrors> {
    let mut problems = Vec::new();
    let text = parse_text("finding", text, 2, TEXT_MAX_CHARS, true).map_err(|e| problems.push(e)).ok();
    let reference = match reference.map(str::trim).filter(|r| !r.is_empty()) {
        Some(r) => parse_text("reference", r, 1, 200, false).map_err(|e| problems.push(e)).ok(),
        None => None,
    };
    match (source, patrol_id) {
        (CaseSource::Patrol, None) => {
            problems.push(invalid("patrolId", "a case found on a patrol names the patrol"))
        }
        (CaseSource::Patrol, Some(_)) => {}
        (_, Some(_)) => problems.push(invalid("patrolId", "only a case found on a patrol names a patrol")),
        (_, None) if reference.is_none() => problems.push(invalid(
            "reference",
            "name the complaint, spot-check report or referral the case comes from",
        )),
        (_, None) => {}
    }
    if found_on > today {
        problems.push(invalid("foundOn", format!("{found_on} is in the future")));
    }
    match (problems.is_empty(), text) {
        (true, Some(text)) => Ok(Finding { source, patrol_id, reference, text, found_on }),
        _ => Err(ValidationErrors(problems)),
    }
}

fn invalid(field: &'static str, message: impl Into<String>) -> FieldError {
    FieldError::new(ErrorCode::InvalidUnlicensedCase, field, message)
}

/// A registry enterprise with the producer's credit code, as the app read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistryMatch {
    pub enterprise_id: EnterpriseId,
    /// Its licenses: number, industry, status.
    pub licenses: Vec<(String, String, LicenseStatus)>,
}

/// Why a case is refused by what the registry holds.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RegistryRefused {
    #[error("the producer holds license {number} for {industry} ({status}): it is not unlicensed production")]
    ProducerIsLicensed { number: String, industry: String, status: LicenseStatus },
}

/// Checks the registry first (§三 "match it against the registry by credit code"): a producer
/// whose enterprise holds a valid or suspended license for the industry is supervised as a
/// licensee, not as unlicensed production. A license of another industry does not cover it.
pub fn check_registry(industry: &str, found: Option<&RegistryMatch>) -> Result<(), RegistryRefused> {
    let covering = found.into_iter().flat_map(|m| m.licenses.iter()).find(|(_, code, status)| {
        code == industry && matches!(status, LicenseStatus::Valid | LicenseStatus::Suspended)
    });
    match covering {
        Some((number, industry, status)) => Err(RegistryRefused::ProducerIsLicensed {
            number: number.clone(),
            industry: industry.clone(),
            status: *status,
        }),
        None => Ok(()),
    }
}

/// A license an officer links to a case, as the app read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LicenseFacts {
    pub id: LicenseId,
    pub enterprise_id: EnterpriseId,
    pub credit_code: CreditCode,
    pub region: RegionCode,
    pub industry: String,
    pub status: LicenseStatus,
    pub issued_on: NaiveDate,
}

/// Why a license does not settle a case.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LicenseRefused {
    #[error("the license is for {got}, the case for {expected}")]
    OtherIndustry { expected: String, got: String },
    #[error("the license's enterprise has credit code {got}, the producer {expected}")]
    OtherProducer { expected: CreditCode, got: CreditCode },
    #[error("the license's enterprise is in {got}, outside the producer's place {expected}")]
    OtherPlace { expected: RegionCode, got: RegionCode },
    #[error("the license is {0}, not valid")]
    NotValid(LicenseStatus),
    #[error("the license was issued on {issued_on}, before the case was found on {found_on}")]
    IssuedBefore { issued_on: NaiveDate, found_on: NaiveDate },
}

/// A case with its producer, finding, steps and their dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UnlicensedCase {
    pub id: UnlicensedCaseId,
    pub status: UnlicensedStatus,
    /// The producer's place (county level): the authorities holding it act on the case.
    pub region: RegionCode,
    pub producer_name: String,
    pub credit_code: Option<CreditCode>,
    pub address: String,
    pub industry: String,
    pub product: String,
    /// The registry enterprise of the producer's credit code, or the licensed one.
    pub enterprise_id: Option<EnterpriseId>,
    pub source: CaseSource,
    pub patrol_id: Option<PatrolId>,
    pub reference: Option<String>,
    pub finding: String,
    pub found_on: NaiveDate,
    pub urged_on: Option<NaiveDate>,
    /// The day by which the producer should have applied.
    pub apply_by: Option<NaiveDate>,
    pub license_id: Option<LicenseId>,
    pub licensed_on: Option<NaiveDate>,
    pub ban_ground: Option<BanGround>,
    pub local_government: Option<String>,
    /// The number (文号) of the notice to the local government.
    pub ban_document: Option<String>,
    pub ban_notified_on: Option<NaiveDate>,
    pub closed_on: Option<NaiveDate>,
    /// The ban's outcome, or the reason of a dismissal.
    pub close_note: Option<String>,
}

impl UnlicensedCase {
    fn moved(&self, event: UnlicensedEvent) -> Result<UnlicensedCase, UnlicensedRefused> {
        let mut next = self.clone();
        next.status = self.status.next(event)?;
        Ok(next)
    }

    /// Urged on `today` to apply within the working days of `deadlines`.
    pub fn urged(
        &self,
        calendar: &WorkingCalendar,
        deadlines: &Deadlines,
        today: NaiveDate,
    ) -> Result<UnlicensedCase, UnlicensedRefused> {
        let mut next = self.moved(UnlicensedEvent::Urge)?;
        next.urged_on = Some(today);
        next.apply_by = Some(calendar.add_working_days(today, deadlines.unlicensed_apply_working_days));
        Ok(next)
    }

    /// Licensed with `license` (checked with [`UnlicensedCase::check_license`]).
    pub fn licensed(
        &self,
        license: &LicenseFacts,
        today: NaiveDate,
    ) -> Result<UnlicensedCase, UnlicensedRefused> {
        let mut next = self.moved(UnlicensedEvent::License)?;
        next.license_id = Some(license.id);
        next.enterprise_id = Some(license.enterprise_id);
        next.licensed_on = Some(today);
        Ok(next)
    }

    /// Checks that `license` is the producer's: the case's industry, the producer's credit code
    /// (or, without one, its place), valid, and issued since the case was found.
    pub fn check_license(&self, license: &LicenseFacts) -> Result<(), LicenseRefused> {
        if license.industry != self.industry {
            return Err(LicenseRefused::OtherIndustry {
                expected: self.industry.clone(),
                got: license.industry.clone(),
            });
        }
        match &self.credit_code {
            Some(code) if *code != license.credit_code => {
                return Err(LicenseRefused::OtherProducer {
                    expected: code.clone(),
                    got: license.credit_code.clone(),
                });
            }
            None if !self.region.contains(&license.region) => {
                return Err(LicenseRefused::OtherPlace { expected: self.region, got: license.region });
            }
            _ => {}
        }
        if license.status != LicenseStatus::Valid {
            return Err(LicenseRefused::NotValid(license.status));
        }
        if license.issued_on < self.found_on {
            return Err(LicenseRefused::IssuedBefore {
                issued_on: license.issued_on,
                found_on: self.found_on,
            });
        }
        Ok(())
    }

    /// The local government notified on `today` to ban the producer, on `ground`.
    pub fn ban_notified(
        &self,
        ground: BanGround,
        local_government: String,
        document: String,
        today: NaiveDate,
    ) -> Result<UnlicensedCase, BanRefused> {
        let mut next = self.moved(UnlicensedEvent::NotifyBan)?;
        if let (BanGround::NoApplicationByDeadline, Some(apply_by)) = (ground, self.apply_by)
            && today <= apply_by
        {
            return Err(BanRefused::DeadlineNotPassed { apply_by });
        }
        next.ban_ground = Some(ground);
        next.local_government = Some(local_government);
        next.ban_document = Some(document);
        next.ban_notified_on = Some(today);
        Ok(next)
    }

    /// Closed (with the ban's outcome) or dismissed (with the reason) on `today`.
    pub fn finished(
        &self,
        event: UnlicensedEvent,
        note: String,
        today: NaiveDate,
    ) -> Result<UnlicensedCase, UnlicensedRefused> {
        let mut next = self.moved(event)?;
        next.closed_on = Some(today);
        next.close_note = Some(note);
        Ok(next)
    }

    /// Overdue on `today`: urged, the day to apply passed, and neither licensed nor reported
    /// for a ban. Derived, never stored.
    pub fn overdue_on(&self, today: NaiveDate) -> bool {
        self.status == UnlicensedStatus::Urged && self.apply_by.is_some_and(|by| today > by)
    }

    /// The audit state.
    pub fn state(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

/// Why a ban notice is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BanRefused {
    #[error(transparent)]
    State(#[from] UnlicensedRefused),
    #[error("the producer has until {apply_by} to apply: the deadline has not passed")]
    DeadlineNotPassed { apply_by: NaiveDate },
}

/// A fact of a case for the archive of the enterprise it concerns (the registry match, or the
/// licensed enterprise).
#[derive(Debug, Clone, Copy)]
pub enum UnlicensedFact<'a> {
    Opened(&'a UnlicensedCase),
    Urged(&'a UnlicensedCase),
    Licensed(&'a UnlicensedCase),
    BanNotified(&'a UnlicensedCase),
    /// Closed or dismissed.
    Finished(&'a UnlicensedCase),
}

impl UnlicensedFact<'_> {
    /// The stored event: kind, bilingual summary, details.
    pub fn event(&self) -> ArchiveEvent {
        match *self {
            UnlicensedFact::Opened(c) => ArchiveEvent {
                kind: Kind::UnlicensedCaseOpened,
                summary: format!(
                    "无证生产立案 Unlicensed-production case {} opened: {} ({}) found on {}",
                    c.id, c.producer_name, c.industry, c.found_on
                ),
                details: c.state(),
            },
            UnlicensedFact::Urged(c) => ArchiveEvent {
                kind: Kind::UnlicensedProducerUrged,
                summary: format!(
                    "督促申请 Case {}: urged to apply for a license by {}",
                    c.id,
                    c.apply_by.map(|d| d.to_string()).unwrap_or_default()
                ),
                details: json!({ "caseId": c.id, "urgedOn": c.urged_on, "applyBy": c.apply_by }),
            },
            UnlicensedFact::Licensed(c) => ArchiveEvent {
                kind: Kind::UnlicensedCaseLicensed,
                summary: format!(
                    "取证 Case {}: the producer obtained license {}, found unlicensed on {}",
                    c.id,
                    c.license_id.map(|id| id.to_string()).unwrap_or_default(),
                    c.found_on
                ),
                details: c.state(),
            },
            UnlicensedFact::BanNotified(c) => ArchiveEvent {
                kind: Kind::UnlicensedBanNotified,
                summary: format!(
                    "通报取缔 Case {}: {} notified to ban the producer ({})",
                    c.id,
                    c.local_government.as_deref().unwrap_or_default(),
                    c.ban_document.as_deref().unwrap_or_default()
                ),
                details: json!({ "caseId": c.id, "ground": c.ban_ground, "localGovernment": c.local_government,
                                 "document": c.ban_document, "notifiedOn": c.ban_notified_on }),
            },
            UnlicensedFact::Finished(c) => ArchiveEvent {
                kind: Kind::UnlicensedCaseClosed,
                summary: format!(
                    "结案 Case {} {}: {}",
                    c.id,
                    c.status,
                    c.close_note.as_deref().unwrap_or_default()
                ),
                details: json!({ "caseId": c.id, "status": c.status, "closedOn": c.closed_on, "note": c.close_note }),
            },
        }
    }
}

#[cfg(test)]
mod tests;
