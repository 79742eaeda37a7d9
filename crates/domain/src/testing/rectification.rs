//! After a final failing verdict (§二(四)): the rectification (整改) with its deadline and one
//! extension, the re-check (复查) once the deadline passed, and the revocation proposal
//! (吊销建议) to the national authority when the re-check fails. Pure rules and status machines,
//! written as tables of (status, event) moves.

use chrono::{DateTime, NaiveDate, Utc};

use crate::calendar::WorkingCalendar;
use crate::ids::{EnterpriseId, LicenseId, ProposalId, RectificationId, TaskId};
use crate::rules::{Deadlines, RECTIFICATION_MIN_DAYS};

// The rectification period (its default and the longest an officer may set) and the longest
// extension are settings a province may shorten: `rules::Deadlines` (docs/adr/0009 decision 7,
// docs/adr/0032).
/// An extension must be asked at least this many working days before the deadline
/// (docs/adr/0011-working-day-calendar.md: working days, so the authority has them to decide).
pub const EXTENSION_NOTICE_WORKING_DAYS: u32 = 5;

crate::stored_enum! {
    /// Where a rectification stands. Stored strings (`as_str`) are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum RectificationStatus {
        /// Within the first deadline.
        Rectifying = "RECTIFYING",
        /// Within the first deadline; the enterprise asked its one extension and the officer
        /// has not decided yet.
        ExtensionRequested = "EXTENSION_REQUESTED",
        /// Within the extended deadline (the officer granted the extension).
        Extended = "EXTENDED",
        /// Within the first deadline; the officer declined the extension, with reasons.
        ExtensionDeclined = "EXTENSION_DECLINED",
        /// The deadline passed and a re-check task is open.
        Rechecking = "RECHECKING",
        /// The re-check passed: the case is closed.
        Closed = "CLOSED",
        /// The re-check failed: a revocation proposal went to the national authority.
        Referred = "REFERRED",
    }
}

/// What can happen to a rectification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RectificationEvent {
    ExtensionRequested,
    ExtensionGranted,
    ExtensionDeclined,
    RecheckOpened,
    RecheckPassed,
    RecheckFailed,
    /// The re-check's verdict could not be judged (NOT_JUDGEABLE): the case is neither closed nor
    /// referred, it runs again (past its deadline) until a complete re-check.
    RecheckIncomplete,
}

/// What a re-check's final verdict says of the rectification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecheckConclusion {
    /// No nonconformity found in a complete verdict: the case is closed.
    Passed,
    /// Nonconforming: referred, with a revocation proposal.
    Failed,
    /// Not judgeable: neither; a new re-check is due.
    Incomplete,
}

/// Why a rectification refused an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RectificationRefused {
    #[error("the one extension was already granted")]
    ExtensionAlreadyGranted,
    #[error("the one extension request was already made (it is awaiting a decision or was declined)")]
    ExtensionAlreadyRequested,
    #[error("no extension request awaits a decision")]
    NoExtensionRequested,
    #[error("the rectification is no longer running (a re-check is open or the case is decided)")]
    NotRunning,
    #[error("no re-check is open for this rectification")]
    NotRechecking,
}

impl RectificationStatus {
    /// Whether the enterprise is still within (or past, not yet re-checked) its deadline.
    pub fn running(self) -> bool {
        use RectificationStatus::*;
        matches!(self, Rectifying | ExtensionRequested | Extended | ExtensionDeclined)
    }

    pub fn apply(self, event: RectificationEvent) -> Result<RectificationStatus, RectificationRefused> {
        use RectificationEvent as E;
        use RectificationRefused::*;
        use RectificationStatus as S;
        match (self, event) {
            (S::Rectifying, E::ExtensionRequested) => Ok(S::ExtensionRequested),
            (S::ExtensionRequested | S::ExtensionDeclined, E::ExtensionRequested) => {
                Err(ExtensionAlreadyRequested)
            }
            (S::Extended, E::ExtensionRequested) => Err(ExtensionAlreadyGranted),
            (S::ExtensionRequested, E::ExtensionGranted) => Ok(S::Extended),
            (S::ExtensionRequested, E::ExtensionDeclined) => Ok(S::ExtensionDeclined),
            (
                S::Rectifying | S::Extended | S::ExtensionDeclined,
                E::ExtensionGranted | E::ExtensionDeclined,
            ) => Err(NoExtensionRequested),
            // A request still awaiting a decision lapses when the re-check opens.
            (
                S::Rectifying | S::ExtensionRequested | S::Extended | S::ExtensionDeclined,
                E::RecheckOpened,
            ) => Ok(S::Rechecking),
            (S::Rechecking, E::RecheckPassed) => Ok(S::Closed),
            (S::Rechecking, E::RecheckFailed) => Ok(S::Referred),
            // Back to running; `Rectification::conclude` restores EXTENDED or EXTENSION_DECLINED.
            (S::Rechecking, E::RecheckIncomplete) => Ok(S::Rectifying),
            (_, E::RecheckPassed | E::RecheckFailed | E::RecheckIncomplete) => Err(NotRechecking),
            (S::Rechecking | S::Closed | S::Referred, _) => Err(NotRunning),
        }
    }
}

/// The first deadline of a rectification opened on `opened_on`: the `days` the officer set
/// (the default period of `deadlines` when none; at most its longest) on, moved to the next
/// working day when that is a rest day.
pub fn rectification_deadline(
    calendar: &WorkingCalendar,
    deadlines: &Deadlines,
    opened_on: NaiveDate,
    days: Option<i64>,
) -> Result<NaiveDate, PeriodRefused> {
    let max = deadlines.rectification_max_days;
    let days = match days {
        None => deadlines.rectification_days,
        Some(days) => u32::try_from(days)
            .ok()
            .filter(|days| (RECTIFICATION_MIN_DAYS..=max).contains(days))
            .ok_or(PeriodRefused { days, max })?,
    };
    Ok(calendar.add_days_ending_on_workday(opened_on, days))
}

/// A rectification period outside the bounds (`max`: the longest in force).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a rectification period is {RECTIFICATION_MIN_DAYS} to {max} days, not {days}")]
pub struct PeriodRefused {
    pub days: i64,
    pub max: u32,
}

/// Why an extension is refused on the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ExtensionRefused {
    #[error(
        "an extension must be asked by {latest} ({EXTENSION_NOTICE_WORKING_DAYS} working days before the deadline); today is {today}"
    )]
    TooLate { latest: NaiveDate, today: NaiveDate },
    #[error("an extension is 1 to {max} days, not {days}")]
    BadLength { days: i64, max: u32 },
}

/// Checks an extension of `days` asked on `today` against the deadline; returns the new deadline:
/// `days` on from the deadline, moved to the next working day when that is a rest day.
pub fn extend_deadline(
    calendar: &WorkingCalendar,
    deadlines: &Deadlines,
    deadline: NaiveDate,
    today: NaiveDate,
    days: i64,
) -> Result<NaiveDate, ExtensionRefused> {
    let max = deadlines.max_extension_days;
    if !(1..=i64::from(max)).contains(&days) {
        return Err(ExtensionRefused::BadLength { days, max });
    }
    let latest = calendar.working_days_before(deadline, EXTENSION_NOTICE_WORKING_DAYS);
    if today > latest {
        return Err(ExtensionRefused::TooLate { latest, today });
    }
    let days = u32::try_from(days).map_err(|_| ExtensionRefused::BadLength { days, max })?;
    Ok(calendar.add_days_ending_on_workday(deadline, days))
}

/// Whether a re-check is due on `today`: the day after the deadline, not before.
pub fn recheck_due(deadline: NaiveDate, today: NaiveDate) -> bool {
    today > deadline
}

/// Whether a running rectification is overdue on `today` (its deadline passed, no re-check yet).
pub fn overdue(status: RectificationStatus, deadline: NaiveDate, today: NaiveDate) -> bool {
    status.running() && recheck_due(deadline, today)
}

/// Why a suspended license may not resume production yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ResumptionRefused {
    #[error(
        "the license has been suspended since {suspended_since}; it resumes production once a rectification closed after that (its re-check passed)"
    )]
    NoClosedRectification { suspended_since: NaiveDate },
}

/// The grounds on which a license suspended (停产整顿) since `suspended_since` resumes production:
/// a rectification of it that closed — its re-check passed — at or after the suspension
/// (§二(三): production resumes when the rectification is found to conform). The newest such
/// rectification is the ground named in the record. Follow-up visits (回访) will be a second
/// ground once they exist.
pub fn resumption_grounds(
    suspended_since: DateTime<Utc>,
    rectifications: &[Rectification],
) -> Result<RectificationId, ResumptionRefused> {
    rectifications
        .iter()
        .filter(|r| r.status == RectificationStatus::Closed && r.updated_at >= suspended_since)
        .max_by_key(|r| r.updated_at)
        .map(|r| r.id)
        .ok_or(ResumptionRefused::NoClosedRectification { suspended_since: suspended_since.date_naive() })
}

crate::stored_enum! {
    /// Where a revocation proposal stands. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ProposalStatus {
        /// Waiting for the national authority (made by the province).
        Pending = "PENDING",
        /// The license was revoked.
        Revoked = "REVOKED",
        /// Rejected, with a reason.
        Rejected = "REJECTED",
        /// A failed re-check put the case in the province's queue: the proposal is due, to be
        /// made by the provincial leadership with its grounds (ADR 0009 decision 23).
        Due = "DUE",
        /// Closed without a decision: the license ended otherwise (revoked directly, expired,
        /// cancelled) while the proposal was due or pending.
        Moot = "MOOT",
    }
}

/// The national authority's decision on a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProposalDecision {
    Revoke,
    Reject,
}

/// What can happen to a revocation proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProposalEvent {
    /// The provincial leadership makes the due proposal, with its grounds.
    Make,
    /// The national authority decides it.
    Decide(ProposalDecision),
    /// The license ended otherwise: nothing is left to decide.
    Close,
}

/// Why a proposal refused an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ProposalRefused {
    #[error("the proposal was already decided")]
    AlreadyDecided,
    #[error("the proposal is due but not made: the province's leadership makes it before the nation decides")]
    NotMade,
    #[error("the proposal was already made")]
    AlreadyMade,
    #[error("the proposal was closed when the license ended otherwise")]
    Closed,
}

impl ProposalStatus {
    /// The national authority's decision (kept for the callers that decide).
    pub fn apply(self, decision: ProposalDecision) -> Result<ProposalStatus, ProposalRefused> {
        self.next(ProposalEvent::Decide(decision))
    }

    /// The status after `event`: DUE → (make) PENDING → (decide) REVOKED | REJECTED; DUE or
    /// PENDING → (close) MOOT.
    pub fn next(self, event: ProposalEvent) -> Result<ProposalStatus, ProposalRefused> {
        use ProposalStatus::*;
        match (self, event) {
            (Due, ProposalEvent::Make) => Ok(Pending),
            (Due, ProposalEvent::Decide(_)) => Err(ProposalRefused::NotMade),
            (Pending, ProposalEvent::Make) => Err(ProposalRefused::AlreadyMade),
            (Pending, ProposalEvent::Decide(ProposalDecision::Revoke)) => Ok(Revoked),
            (Pending, ProposalEvent::Decide(ProposalDecision::Reject)) => Ok(Rejected),
            (Due | Pending, ProposalEvent::Close) => Ok(Moot),
            (Moot, _) => Err(ProposalRefused::Closed),
            (Revoked | Rejected, _) => Err(ProposalRefused::AlreadyDecided),
        }
    }

    /// Whether the proposal still waits on someone (the queue or the nation): the ones a license
    /// ending otherwise closes.
    pub fn open(self) -> bool {
        matches!(self, ProposalStatus::Due | ProposalStatus::Pending)
    }
}

/// A stored rectification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rectification {
    pub id: RectificationId,
    /// The task whose final failing verdict ordered it.
    pub task_id: TaskId,
    pub enterprise_id: EnterpriseId,
    pub license_id: LicenseId,
    pub status: RectificationStatus,
    pub opened_on: NaiveDate,
    /// The deadline in force (extended when the extension was granted).
    pub deadline: NaiveDate,
    /// Days of the extension granted (the new deadline less the first).
    pub extended_days: Option<i32>,
    /// Days the enterprise asked for, once it asked.
    pub extension_requested_days: Option<i32>,
    /// The enterprise's reason for the extension it asked.
    pub extension_reason: Option<String>,
    /// The officer's reason for granting or declining it.
    pub extension_decision_reason: Option<String>,
    /// Who decided the extension.
    pub extension_decided_by: Option<String>,
    pub recheck_task_id: Option<TaskId>,
    pub opened_by: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

crate::stored_enum! {
    /// What raised a revocation proposal: the stored discriminator of [`ProposalSource`].
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ProposalSourceKind {
        /// A failed re-check (复查) of a rectification (§二(四)).
        Recheck = "RECHECK",
        /// A malicious-counterfeiting case (恶意造假, §三) whose revocation the province reported
        /// up (docs/adr/0034).
        Counterfeiting = "COUNTERFEITING",
    }
}

/// What raised a revocation proposal, with the records it names: both sources reach the national
/// authority through the same queue and the same decision (docs/adr/0034 decision 5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProposalSource {
    /// The rectification whose re-check task failed.
    Recheck { rectification_id: RectificationId, recheck_task_id: TaskId },
    /// The counterfeiting case whose revocation the province reported up.
    Counterfeiting { case_id: crate::ids::CounterfeitCaseId },
}

impl ProposalSource {
    pub fn kind(self) -> ProposalSourceKind {
        match self {
            ProposalSource::Recheck { .. } => ProposalSourceKind::Recheck,
            ProposalSource::Counterfeiting { .. } => ProposalSourceKind::Counterfeiting,
        }
    }

    /// The rectification, for a re-check's proposal.
    pub fn rectification_id(self) -> Option<RectificationId> {
        match self {
            ProposalSource::Recheck { rectification_id, .. } => Some(rectification_id),
            ProposalSource::Counterfeiting { .. } => None,
        }
    }

    /// The failed re-check task, for a re-check's proposal.
    pub fn recheck_task_id(self) -> Option<TaskId> {
        match self {
            ProposalSource::Recheck { recheck_task_id, .. } => Some(recheck_task_id),
            ProposalSource::Counterfeiting { .. } => None,
        }
    }

    /// The counterfeiting case, for a case's proposal.
    pub fn counterfeit_case_id(self) -> Option<crate::ids::CounterfeitCaseId> {
        match self {
            ProposalSource::Counterfeiting { case_id } => Some(case_id),
            ProposalSource::Recheck { .. } => None,
        }
    }
}

/// A revocation proposal (吊销建议) to the national authority, raised by a failed re-check or a
/// counterfeiting case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevocationProposal {
    pub id: ProposalId,
    pub source: ProposalSource,
    pub enterprise_id: EnterpriseId,
    pub license_id: LicenseId,
    pub status: ProposalStatus,
    /// While DUE, the failed re-check's finding; once made, the province's grounds.
    pub grounds: String,
    /// Who made the proposal (the provincial leader's subject), and when.
    pub made_by: Option<String>,
    pub made_at: Option<DateTime<Utc>>,
    /// The national authority's reason, or why the proposal closed (MOOT).
    pub decision_reason: Option<String>,
    pub decided_by: Option<String>,
    pub decided_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Why an extension was refused: by the machine (the one extension was granted; the case moved
/// on) or on the calendar (too late, too long).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ExtendRefused {
    #[error(transparent)]
    State(#[from] RectificationRefused),
    #[error(transparent)]
    Calendar(#[from] ExtensionRefused),
}

/// The officer's decision on an extension request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtensionDecision {
    /// Granted, to `deadline` when the officer sets one, else for the days asked (ending on a
    /// working day).
    Grant {
        deadline: Option<NaiveDate>,
    },
    Decline,
}

/// Why an extension decision was refused: by the machine (no request awaits one) or for the
/// deadline the officer set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DecideRefused {
    #[error(transparent)]
    State(#[from] RectificationRefused),
    #[error(
        "the extended deadline must be a working day after {deadline} and no later than {latest}, not {proposed}"
    )]
    BadDeadline { proposed: NaiveDate, deadline: NaiveDate, latest: NaiveDate },
}

impl Rectification {
    /// The enterprise asks its one extension (整改延期申请) of `days` on `today`, with a reason:
    /// the request awaits the officer's decision; the deadline stays until it is granted.
    pub fn request_extension(
        &self,
        calendar: &WorkingCalendar,
        deadlines: &Deadlines,
        today: NaiveDate,
        days: i64,
        reason: &str,
        now: DateTime<Utc>,
    ) -> Result<Rectification, ExtendRefused> {
        let status = self.status.apply(RectificationEvent::ExtensionRequested)?;
        extend_deadline(calendar, deadlines, self.deadline, today, days)?;
        Ok(Rectification {
            status,
            extension_requested_days: Some(i32::try_from(days).unwrap_or(i32::MAX)),
            extension_reason: Some(reason.to_owned()),
            updated_at: now,
            ..self.clone()
        })
    }

    /// The officer decides the extension request, with reasons: granted (to the deadline set, or
    /// for the days asked) or declined; the next state.
    pub fn decide_extension(
        &self,
        calendar: &WorkingCalendar,
        deadlines: &Deadlines,
        decision: ExtensionDecision,
        reason: &str,
        decided_by: &str,
        now: DateTime<Utc>,
    ) -> Result<Rectification, DecideRefused> {
        let decided = Rectification {
            extension_decision_reason: Some(reason.to_owned()),
            extension_decided_by: Some(decided_by.to_owned()),
            updated_at: now,
            ..self.clone()
        };
        let ExtensionDecision::Grant { deadline } = decision else {
            let status = self.status.apply(RectificationEvent::ExtensionDeclined)?;
            return Ok(Rectification { status, ..decided });
        };
        let status = self.status.apply(RectificationEvent::ExtensionGranted)?;
        let asked = u32::try_from(self.extension_requested_days.unwrap_or(0)).unwrap_or(0);
        let latest = calendar.add_days_ending_on_workday(self.deadline, deadlines.max_extension_days);
        let extended = deadline.unwrap_or_else(|| calendar.add_days_ending_on_workday(self.deadline, asked));
        if extended <= self.deadline || extended > latest || !calendar.is_working_day(extended) {
            return Err(DecideRefused::BadDeadline { proposed: extended, deadline: self.deadline, latest });
        }
        let days = (extended - self.deadline).num_days();
        Ok(Rectification {
            status,
            deadline: extended,
            extended_days: Some(i32::try_from(days).unwrap_or(i32::MAX)),
            ..decided
        })
    }

    /// The re-check task (复查) `recheck_task_id` was opened: the next state.
    pub fn open_recheck(
        &self,
        recheck_task_id: TaskId,
        now: DateTime<Utc>,
    ) -> Result<Rectification, RectificationRefused> {
        let status = self.status.apply(RectificationEvent::RecheckOpened)?;
        Ok(Rectification { status, recheck_task_id: Some(recheck_task_id), updated_at: now, ..self.clone() })
    }

    /// The re-check's final verdict concludes the case: closed when it found no nonconformity,
    /// referred (with a revocation proposal) when it failed, running again (overdue, so a new
    /// re-check may open at once) when it could not be judged.
    pub fn conclude(
        &self,
        conclusion: RecheckConclusion,
        now: DateTime<Utc>,
    ) -> Result<Rectification, RectificationRefused> {
        let event = match conclusion {
            RecheckConclusion::Passed => RectificationEvent::RecheckPassed,
            RecheckConclusion::Failed => RectificationEvent::RecheckFailed,
            RecheckConclusion::Incomplete => RectificationEvent::RecheckIncomplete,
        };
        // An incomplete re-check sends the case back to running where its extension left it.
        let status = match self.status.apply(event)? {
            RectificationStatus::Rectifying if self.extended_days.is_some() => RectificationStatus::Extended,
            RectificationStatus::Rectifying if self.extension_decided_by.is_some() => {
                RectificationStatus::ExtensionDeclined
            }
            status => status,
        };
        Ok(Rectification { status, updated_at: now, ..self.clone() })
    }

    /// The audited (and archived) state of a rectification.
    pub fn state(&self) -> serde_json::Value {
        serde_json::json!({
            "rectificationId": self.id,
            "taskId": self.task_id,
            "licenseId": self.license_id,
            "status": self.status.as_str(),
            "openedOn": self.opened_on.to_string(),
            "deadline": self.deadline.to_string(),
            "extendedDays": self.extended_days,
            "extensionRequestedDays": self.extension_requested_days,
            "extensionReason": self.extension_reason,
            "extensionDecisionReason": self.extension_decision_reason,
            "extensionDecidedBy": self.extension_decided_by,
            "recheckTaskId": self.recheck_task_id,
        })
    }
}

impl RevocationProposal {
    /// The provincial leadership makes the due proposal with its grounds: the next state.
    pub fn make(
        &self,
        grounds: &str,
        made_by: &str,
        now: DateTime<Utc>,
    ) -> Result<RevocationProposal, ProposalRefused> {
        let status = self.status.next(ProposalEvent::Make)?;
        Ok(RevocationProposal {
            status,
            grounds: grounds.to_owned(),
            made_by: Some(made_by.to_owned()),
            made_at: Some(now),
            updated_at: now,
            ..self.clone()
        })
    }

    /// The license ended otherwise: closed as MOOT with the reason (the bulk statement of
    /// `close_open_proposals` writes the same).
    pub fn close(
        &self,
        reason: &str,
        closed_by: &str,
        now: DateTime<Utc>,
    ) -> Result<RevocationProposal, ProposalRefused> {
        let status = self.status.next(ProposalEvent::Close)?;
        Ok(RevocationProposal {
            status,
            decision_reason: Some(reason.to_owned()),
            decided_by: Some(closed_by.to_owned()),
            decided_at: Some(now),
            updated_at: now,
            ..self.clone()
        })
    }

    /// The national authority's decision with its reason: the next state.
    pub fn decide(
        &self,
        decision: ProposalDecision,
        reason: &str,
        decided_by: &str,
        now: DateTime<Utc>,
    ) -> Result<RevocationProposal, ProposalRefused> {
        let status = self.status.apply(decision)?;
        Ok(RevocationProposal {
            status,
            decision_reason: Some(reason.to_owned()),
            decided_by: Some(decided_by.to_owned()),
            decided_at: Some(now),
            updated_at: now,
            ..self.clone()
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn rectification(status: RectificationStatus) -> Rectification {
        let at = DateTime::<Utc>::MIN_UTC;
        Rectification {
            id: RectificationId::new(3),
            task_id: TaskId::new(7),
            enterprise_id: EnterpriseId::new(11),
            license_id: LicenseId::new(13),
            status,
            opened_on: date("2026-11-02"),
            deadline: date("2026-12-02"),
            extended_days: None,
            extension_requested_days: None,
            extension_reason: None,
            extension_decision_reason: None,
            extension_decided_by: None,
            recheck_task_id: None,
            opened_by: "officer".to_owned(),
            created_at: at,
            updated_at: at,
        }
    }

    #[test]
    fn resumption_needs_a_rectification_closed_since_the_suspension() {
        use RectificationStatus::*;
        let at = |day: u32| {
            DateTime::<Utc>::from_naive_utc_and_offset(
                date("2026-11-01").and_hms_opt(0, 0, 0).unwrap() + chrono::Duration::days(i64::from(day)),
                Utc,
            )
        };
        let with = |id: i64, status, closed_day| Rectification {
            id: RectificationId::new(id),
            status,
            updated_at: at(closed_day),
            ..rectification(status)
        };
        let suspended = at(10);
        let refused = Err(ResumptionRefused::NoClosedRectification { suspended_since: date("2026-11-11") });
        let cases: Vec<(&str, Vec<Rectification>, Result<RectificationId, ResumptionRefused>)> = vec![
            ("none", vec![], refused),
            ("closed before the suspension", vec![with(1, Closed, 9)], refused),
            ("still rectifying", vec![with(1, Rectifying, 12)], refused),
            ("extended", vec![with(1, Extended, 12)], refused),
            ("re-check open", vec![with(1, Rechecking, 12)], refused),
            ("referred for revocation", vec![with(1, Referred, 12)], refused),
            ("closed the day of the suspension", vec![with(1, Closed, 10)], Ok(RectificationId::new(1))),
            (
                "the newest closed one",
                vec![with(1, Closed, 11), with(2, Closed, 20), with(3, Closed, 15)],
                Ok(RectificationId::new(2)),
            ),
        ];
        for (name, rectifications, expected) in cases {
            assert_eq!(resumption_grounds(suspended, &rectifications), expected, "{name}");
        }
    }

    #[test]
    fn transitions_return_the_next_state_or_the_refusal() {
        use RectificationStatus::*;
        let now = DateTime::<Utc>::MAX_UTC;
        let running = rectification(Rectifying);
        let calendar = WorkingCalendar::default();

        let asked = running
            .request_extension(
                &calendar,
                &crate::rules::Deadlines::NATIONAL,
                date("2026-11-20"),
                10,
                "设备更换",
                now,
            )
            .unwrap();
        assert_eq!(
            (asked.status, asked.deadline, asked.extension_requested_days, asked.extension_reason.as_deref()),
            (ExtensionRequested, running.deadline, Some(10), Some("设备更换"))
        );
        // Granted for the days asked: 10 days on from 12-02 is Saturday 12-12, so Monday 12-14.
        let granted = asked
            .decide_extension(
                &calendar,
                &crate::rules::Deadlines::NATIONAL,
                ExtensionDecision::Grant { deadline: None },
                "同意",
                "officer",
                now,
            )
            .unwrap();
        assert_eq!(
            (
                granted.status,
                granted.deadline,
                granted.extended_days,
                granted.extension_decided_by.as_deref()
            ),
            (Extended, date("2026-12-14"), Some(12), Some("officer"))
        );
        assert_eq!((granted.updated_at, granted.opened_on), (now, running.opened_on));
        // Granted to a date the officer sets; declined, the deadline stays.
        let set = ExtensionDecision::Grant { deadline: Some(date("2026-12-09")) };
        let to_date = asked
            .decide_extension(
                &calendar,
                &crate::rules::Deadlines::NATIONAL,
                set,
                "同意至 12-09",
                "officer",
                now,
            )
            .unwrap();
        assert_eq!((to_date.deadline, to_date.extended_days), (date("2026-12-09"), Some(7)));
        let declined = asked
            .decide_extension(
                &calendar,
                &crate::rules::Deadlines::NATIONAL,
                ExtensionDecision::Decline,
                "理由不足",
                "officer",
                now,
            )
            .unwrap();
        assert_eq!((declined.status, declined.deadline), (ExtensionDeclined, running.deadline));
        assert_eq!(declined.extension_decision_reason.as_deref(), Some("理由不足"));
        // A date set by the officer: a working day after the deadline, at most 30 days on (01-01).
        for proposed in ["2026-12-02", "2026-12-05", "2027-01-04"] {
            let decision = ExtensionDecision::Grant { deadline: Some(date(proposed)) };
            assert_eq!(
                asked.decide_extension(
                    &calendar,
                    &crate::rules::Deadlines::NATIONAL,
                    decision,
                    "r",
                    "officer",
                    now
                ),
                Err(DecideRefused::BadDeadline {
                    proposed: date(proposed),
                    deadline: date("2026-12-02"),
                    latest: date("2027-01-01")
                }),
                "{proposed}"
            );
        }
        assert_eq!(
            running.decide_extension(
                &calendar,
                &crate::rules::Deadlines::NATIONAL,
                ExtensionDecision::Decline,
                "r",
                "officer",
                now
            ),
            Err(DecideRefused::State(RectificationRefused::NoExtensionRequested))
        );
        // (state, asked on, days) → refusal: the machine speaks before the calendar.
        let refused: &[(RectificationStatus, &str, i64, ExtendRefused)] = &[
            (Extended, "2026-11-20", 10, ExtendRefused::State(RectificationRefused::ExtensionAlreadyGranted)),
            (
                ExtensionRequested,
                "2026-11-20",
                10,
                ExtendRefused::State(RectificationRefused::ExtensionAlreadyRequested),
            ),
            (
                ExtensionDeclined,
                "2026-11-20",
                10,
                ExtendRefused::State(RectificationRefused::ExtensionAlreadyRequested),
            ),
            (Rechecking, "2026-12-20", 40, ExtendRefused::State(RectificationRefused::NotRunning)),
            (
                Rectifying,
                "2026-11-26",
                10,
                ExtendRefused::Calendar(ExtensionRefused::TooLate {
                    latest: date("2026-11-25"),
                    today: date("2026-11-26"),
                }),
            ),
            (
                Rectifying,
                "2026-11-20",
                31,
                ExtendRefused::Calendar(ExtensionRefused::BadLength { days: 31, max: 30 }),
            ),
        ];
        for (status, today, days, refusal) in refused {
            assert_eq!(
                rectification(*status).request_extension(
                    &calendar,
                    &crate::rules::Deadlines::NATIONAL,
                    date(today),
                    *days,
                    "r",
                    now
                ),
                Err(*refusal),
                "{status:?} {today} {days}"
            );
        }

        let rechecking = running.open_recheck(TaskId::new(21), now).unwrap();
        assert_eq!((rechecking.status, rechecking.recheck_task_id), (Rechecking, Some(TaskId::new(21))));
        use RecheckConclusion::{Failed, Incomplete, Passed};
        assert_eq!(rechecking.conclude(Passed, now).unwrap().status, Closed);
        assert_eq!(rechecking.conclude(Failed, now).unwrap().status, Referred);
        assert_eq!(rechecking.conclude(Incomplete, now).unwrap().status, Rectifying);
        // An incomplete re-check sends the case back where its extension left it.
        let extended_rechecking = granted.open_recheck(TaskId::new(22), now).unwrap();
        assert_eq!(extended_rechecking.conclude(Incomplete, now).unwrap().status, Extended);
        let declined_rechecking = declined.open_recheck(TaskId::new(23), now).unwrap();
        assert_eq!(declined_rechecking.conclude(Incomplete, now).unwrap().status, ExtensionDeclined);
        assert_eq!(running.conclude(Failed, now), Err(RectificationRefused::NotRechecking));
        assert_eq!(
            rectification(Closed).open_recheck(TaskId::new(21), now),
            Err(RectificationRefused::NotRunning)
        );
    }

    #[test]
    fn a_proposal_is_decided_once() {
        let at = DateTime::<Utc>::MIN_UTC;
        let proposal = RevocationProposal {
            id: ProposalId::new(1),
            source: ProposalSource::Recheck {
                rectification_id: RectificationId::new(3),
                recheck_task_id: TaskId::new(21),
            },
            enterprise_id: EnterpriseId::new(11),
            license_id: LicenseId::new(13),
            status: ProposalStatus::Due,
            grounds: "复查不合格".to_owned(),
            made_by: None,
            made_at: None,
            decision_reason: None,
            decided_by: None,
            decided_at: None,
            created_at: at,
            updated_at: at,
        };
        let now = DateTime::<Utc>::MAX_UTC;
        assert_eq!(
            proposal.decide(ProposalDecision::Revoke, "拒不整改", "head", now),
            Err(ProposalRefused::NotMade),
            "a due proposal is made by the province first"
        );
        let closed = proposal.close("license revoked on 2026-12-04", "nation-head", now).unwrap();
        assert_eq!(
            (closed.status, closed.decision_reason.as_deref(), closed.decided_at),
            (ProposalStatus::Moot, Some("license revoked on 2026-12-04"), Some(now))
        );
        let proposal = proposal.make("整改后复查仍不合格，建议吊销", "jiangsu-leader", at).unwrap();
        assert_eq!(
            (proposal.status, proposal.grounds.as_str(), proposal.made_by.as_deref(), proposal.made_at),
            (ProposalStatus::Pending, "整改后复查仍不合格，建议吊销", Some("jiangsu-leader"), Some(at))
        );
        assert_eq!(proposal.make("again", "x", at), Err(ProposalRefused::AlreadyMade));
        let revoked = proposal.decide(ProposalDecision::Revoke, "拒不整改", "head", now).unwrap();
        assert_eq!(
            (
                revoked.status,
                revoked.decision_reason.as_deref(),
                revoked.decided_by.as_deref(),
                revoked.decided_at
            ),
            (ProposalStatus::Revoked, Some("拒不整改"), Some("head"), Some(now))
        );
        assert_eq!(
            revoked.decide(ProposalDecision::Reject, "x", "head", now),
            Err(ProposalRefused::AlreadyDecided)
        );
    }

    #[test]
    fn rectification_machine_all_pairs() {
        use RectificationEvent as E;
        use RectificationRefused::*;
        use RectificationStatus as S;
        let (not_rechecking, not_running, no_request) =
            (Err(NotRechecking), Err(NotRunning), Err(NoExtensionRequested));
        let table: &[(
            RectificationStatus,
            RectificationEvent,
            Result<RectificationStatus, RectificationRefused>,
        )] = &[
            (S::Rectifying, E::ExtensionRequested, Ok(S::ExtensionRequested)),
            (S::Rectifying, E::ExtensionGranted, no_request),
            (S::Rectifying, E::ExtensionDeclined, no_request),
            (S::Rectifying, E::RecheckOpened, Ok(S::Rechecking)),
            (S::Rectifying, E::RecheckPassed, not_rechecking),
            (S::Rectifying, E::RecheckFailed, not_rechecking),
            (S::Rectifying, E::RecheckIncomplete, not_rechecking),
            (S::ExtensionRequested, E::ExtensionRequested, Err(ExtensionAlreadyRequested)),
            (S::ExtensionRequested, E::ExtensionGranted, Ok(S::Extended)),
            (S::ExtensionRequested, E::ExtensionDeclined, Ok(S::ExtensionDeclined)),
            (S::ExtensionRequested, E::RecheckOpened, Ok(S::Rechecking)),
            (S::ExtensionRequested, E::RecheckPassed, not_rechecking),
            (S::ExtensionRequested, E::RecheckFailed, not_rechecking),
            (S::ExtensionRequested, E::RecheckIncomplete, not_rechecking),
            (S::Extended, E::ExtensionRequested, Err(ExtensionAlreadyGranted)),
            (S::Extended, E::ExtensionGranted, no_request),
            (S::Extended, E::ExtensionDeclined, no_request),
            (S::Extended, E::RecheckOpened, Ok(S::Rechecking)),
            (S::Extended, E::RecheckPassed, not_rechecking),
            (S::Extended, E::RecheckFailed, not_rechecking),
            (S::Extended, E::RecheckIncomplete, not_rechecking),
            (S::ExtensionDeclined, E::ExtensionRequested, Err(ExtensionAlreadyRequested)),
            (S::ExtensionDeclined, E::ExtensionGranted, no_request),
            (S::ExtensionDeclined, E::ExtensionDeclined, no_request),
            (S::ExtensionDeclined, E::RecheckOpened, Ok(S::Rechecking)),
            (S::ExtensionDeclined, E::RecheckPassed, not_rechecking),
            (S::ExtensionDeclined, E::RecheckFailed, not_rechecking),
            (S::ExtensionDeclined, E::RecheckIncomplete, not_rechecking),
            (S::Rechecking, E::ExtensionRequested, not_running),
            (S::Rechecking, E::ExtensionGranted, not_running),
            (S::Rechecking, E::ExtensionDeclined, not_running),
            (S::Rechecking, E::RecheckOpened, not_running),
            (S::Rechecking, E::RecheckPassed, Ok(S::Closed)),
            (S::Rechecking, E::RecheckFailed, Ok(S::Referred)),
            (S::Rechecking, E::RecheckIncomplete, Ok(S::Rectifying)),
            (S::Closed, E::ExtensionRequested, not_running),
            (S::Closed, E::ExtensionGranted, not_running),
            (S::Closed, E::ExtensionDeclined, not_running),
            (S::Closed, E::RecheckOpened, not_running),
            (S::Closed, E::RecheckPassed, not_rechecking),
            (S::Closed, E::RecheckFailed, not_rechecking),
            (S::Closed, E::RecheckIncomplete, not_rechecking),
            (S::Referred, E::ExtensionRequested, not_running),
            (S::Referred, E::ExtensionGranted, not_running),
            (S::Referred, E::ExtensionDeclined, not_running),
            (S::Referred, E::RecheckOpened, not_running),
            (S::Referred, E::RecheckPassed, not_rechecking),
            (S::Referred, E::RecheckFailed, not_rechecking),
            (S::Referred, E::RecheckIncomplete, not_rechecking),
        ];
        assert_eq!(table.len(), RectificationStatus::ALL.len() * 7, "all pairs");
        for (from, event, expected) in table {
            assert_eq!(from.apply(*event), *expected, "{from:?} + {event:?}");
        }
        for &status in RectificationStatus::ALL {
            assert_eq!(RectificationStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(
            RectificationStatus::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
            [
                "RECTIFYING",
                "EXTENSION_REQUESTED",
                "EXTENDED",
                "EXTENSION_DECLINED",
                "RECHECKING",
                "CLOSED",
                "REFERRED"
            ]
        );
    }

    #[test]
    fn proposal_machine_all_pairs() {
        use ProposalDecision::*;
        use ProposalEvent::*;
        use ProposalStatus::*;
        let table = [
            (Due, Make, Ok(Pending)),
            (Due, Decide(Revoke), Err(ProposalRefused::NotMade)),
            (Due, Decide(Reject), Err(ProposalRefused::NotMade)),
            (Due, Close, Ok(Moot)),
            (Pending, Make, Err(ProposalRefused::AlreadyMade)),
            (Pending, Decide(Revoke), Ok(Revoked)),
            (Pending, Decide(Reject), Ok(Rejected)),
            (Pending, Close, Ok(Moot)),
            (Revoked, Make, Err(ProposalRefused::AlreadyDecided)),
            (Revoked, Decide(Revoke), Err(ProposalRefused::AlreadyDecided)),
            (Revoked, Decide(Reject), Err(ProposalRefused::AlreadyDecided)),
            (Revoked, Close, Err(ProposalRefused::AlreadyDecided)),
            (Rejected, Make, Err(ProposalRefused::AlreadyDecided)),
            (Rejected, Decide(Revoke), Err(ProposalRefused::AlreadyDecided)),
            (Rejected, Decide(Reject), Err(ProposalRefused::AlreadyDecided)),
            (Rejected, Close, Err(ProposalRefused::AlreadyDecided)),
            (Moot, Make, Err(ProposalRefused::Closed)),
            (Moot, Decide(Revoke), Err(ProposalRefused::Closed)),
            (Moot, Decide(Reject), Err(ProposalRefused::Closed)),
            (Moot, Close, Err(ProposalRefused::Closed)),
        ];
        assert_eq!(table.len(), ProposalStatus::ALL.len() * 4, "every (status, event) pair");
        for (from, event, expected) in table {
            assert_eq!(from.next(event), expected, "{from:?} + {event:?}");
            if let Decide(decision) = event {
                assert_eq!(from.apply(decision), expected, "apply {from:?} + {decision:?}");
            }
            assert_eq!(from.open(), matches!(from, Due | Pending), "{from:?} open");
        }
        assert_eq!(
            ProposalStatus::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
            ["PENDING", "REVOKED", "REJECTED", "DUE", "MOOT"]
        );
    }

    #[test]
    fn deadlines_and_extensions() {
        // Weekends only here; the holidays of a notice are the calendar's own tests.
        let calendar = WorkingCalendar::default();
        // (opened on, first deadline): 30 days on, moved off a rest day.
        let firsts = [
            ("2026-11-01", "2026-12-01"),
            ("2026-11-05", "2026-12-07"), // 12-05 is a Saturday
            ("2026-11-06", "2026-12-07"), // 12-06 is a Sunday
        ];
        for (opened, first) in firsts {
            assert_eq!(
                rectification_deadline(&calendar, &crate::rules::Deadlines::NATIONAL, date(opened), None),
                Ok(date(first)),
                "{opened}"
            );
        }
        // The officer sets 15 to 90 days.
        let periods = [
            (15, Ok(date("2026-11-16"))),
            (90, Ok(date("2027-02-01"))),
            (14, Err(PeriodRefused { days: 14, max: 90 })),
            (91, Err(PeriodRefused { days: 91, max: 90 })),
            (-1, Err(PeriodRefused { days: -1, max: 90 })),
        ];
        for (days, expected) in periods {
            assert_eq!(
                rectification_deadline(
                    &calendar,
                    &crate::rules::Deadlines::NATIONAL,
                    date("2026-11-01"),
                    Some(days)
                ),
                expected,
                "{days}"
            );
        }
        // A province's shorter default and longest period (docs/adr/0032).
        let province = crate::rules::Deadlines {
            rectification_days: 20,
            rectification_max_days: 60,
            max_extension_days: 10,
            ..crate::rules::Deadlines::NATIONAL
        };
        let provincial = [
            (None, Ok(date("2026-11-23"))), // 11-21 is a Saturday
            (Some(60), Ok(date("2026-12-31"))),
            (Some(61), Err(PeriodRefused { days: 61, max: 60 })),
        ];
        for (days, expected) in provincial {
            assert_eq!(
                rectification_deadline(&calendar, &province, date("2026-11-01"), days),
                expected,
                "{days:?}"
            );
        }
        let first = date("2026-12-01");
        assert_eq!(
            extend_deadline(&calendar, &province, first, date("2026-11-02"), 11),
            Err(ExtensionRefused::BadLength { days: 11, max: 10 })
        );
        assert_eq!(
            extend_deadline(&calendar, &province, first, date("2026-11-02"), 10),
            Ok(date("2026-12-11"))
        );
        let deadline =
            rectification_deadline(&calendar, &crate::rules::Deadlines::NATIONAL, date("2026-11-01"), None)
                .unwrap();
        // Five working days before Tuesday 12-01: Tuesday 11-24.
        let latest = date("2026-11-24");
        let cases = [
            ("2026-11-02", 30, Ok(date("2026-12-31"))),
            ("2026-11-24", 1, Ok(date("2026-12-02"))),
            ("2026-11-24", 4, Ok(date("2026-12-07"))), // 12-05 Saturday → Monday
            ("2026-11-25", 10, Err(ExtensionRefused::TooLate { latest, today: date("2026-11-25") })),
            ("2026-12-05", 10, Err(ExtensionRefused::TooLate { latest, today: date("2026-12-05") })),
            ("2026-11-02", 31, Err(ExtensionRefused::BadLength { days: 31, max: 30 })),
            ("2026-11-02", 0, Err(ExtensionRefused::BadLength { days: 0, max: 30 })),
            ("2026-11-02", -3, Err(ExtensionRefused::BadLength { days: -3, max: 30 })),
        ];
        for (today, days, expected) in cases {
            assert_eq!(
                extend_deadline(&calendar, &crate::rules::Deadlines::NATIONAL, deadline, date(today), days),
                expected,
                "{today} +{days}"
            );
        }
        assert!(!recheck_due(deadline, date("2026-12-01")));
        assert!(recheck_due(deadline, date("2026-12-02")));
        use RectificationStatus::*;
        let overdue_cases = [
            (Rectifying, "2026-12-02", true),
            (Extended, "2026-12-02", true),
            (Rectifying, "2026-12-01", false),
            (Rechecking, "2026-12-31", false),
            (Closed, "2026-12-31", false),
            (Referred, "2026-12-31", false),
        ];
        for (status, today, expected) in overdue_cases {
            assert_eq!(overdue(status, deadline, date(today)), expected, "{status:?} {today}");
        }
    }
}
