//! After a final failing verdict (§二(四)): the rectification (整改) with its deadline and one
//! extension, the re-check (复查) once the deadline passed, and the revocation proposal
//! (吊销建议) to the national authority when the re-check fails. Pure rules and status machines,
//! written as tables of (status, event) moves.

use chrono::{DateTime, NaiveDate, Utc};

use crate::calendar::WorkingCalendar;
use crate::ids::{EnterpriseId, LicenseId, ProposalId, RectificationId, TaskId};

/// Days an enterprise has to rectify, from the day the rectification is opened; the deadline is
/// moved to the next working day when it falls on a rest day.
pub const RECTIFICATION_DAYS: u32 = 30;
/// The longest extension, in days (counted on from the deadline, ending on a working day).
pub const MAX_EXTENSION_DAYS: u32 = 30;
/// An extension must be asked at least this many working days before the deadline
/// (docs/adr/0011-working-day-calendar.md: working days, so the authority has them to decide).
pub const EXTENSION_NOTICE_WORKING_DAYS: u32 = 5;

crate::stored_enum! {
    /// Where a rectification stands. Stored strings (`as_str`) are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum RectificationStatus {
        /// Within the first deadline.
        Rectifying = "RECTIFYING",
        /// Within the extended deadline (the one extension was granted).
        Extended = "EXTENDED",
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
    ExtensionGranted,
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
    #[error("the rectification is no longer running (a re-check is open or the case is decided)")]
    NotRunning,
    #[error("no re-check is open for this rectification")]
    NotRechecking,
}

impl RectificationStatus {
    /// Whether the enterprise is still within (or past, not yet re-checked) its deadline.
    pub fn running(self) -> bool {
        matches!(self, RectificationStatus::Rectifying | RectificationStatus::Extended)
    }

    pub fn apply(self, event: RectificationEvent) -> Result<RectificationStatus, RectificationRefused> {
        use RectificationEvent::*;
        use RectificationRefused::*;
        use RectificationStatus::*;
        match (self, event) {
            (Rectifying, ExtensionGranted) => Ok(Extended),
            (Extended, ExtensionGranted) => Err(ExtensionAlreadyGranted),
            (Rectifying | Extended, RecheckOpened) => Ok(Rechecking),
            (Rectifying | Extended, RecheckPassed | RecheckFailed | RecheckIncomplete) => Err(NotRechecking),
            (Rechecking, RecheckPassed) => Ok(Closed),
            (Rechecking, RecheckFailed) => Ok(Referred),
            // Back to running; `Rectification::conclude` keeps EXTENDED when the extension was granted.
            (Rechecking, RecheckIncomplete) => Ok(Rectifying),
            (Rechecking | Closed | Referred, ExtensionGranted | RecheckOpened) => Err(NotRunning),
            (Closed | Referred, RecheckPassed | RecheckFailed | RecheckIncomplete) => Err(NotRechecking),
        }
    }
}

/// The first deadline of a rectification opened on `opened_on`: `RECTIFICATION_DAYS` on, moved to
/// the next working day when that is a rest day.
pub fn rectification_deadline(calendar: &WorkingCalendar, opened_on: NaiveDate) -> NaiveDate {
    calendar.add_days_ending_on_workday(opened_on, RECTIFICATION_DAYS)
}

/// Why an extension is refused on the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ExtensionRefused {
    #[error(
        "an extension must be asked by {latest} ({EXTENSION_NOTICE_WORKING_DAYS} working days before the deadline); today is {today}"
    )]
    TooLate { latest: NaiveDate, today: NaiveDate },
    #[error("an extension is 1 to {MAX_EXTENSION_DAYS} days, not {days}")]
    BadLength { days: i64 },
}

/// Checks an extension of `days` asked on `today` against the deadline; returns the new deadline:
/// `days` on from the deadline, moved to the next working day when that is a rest day.
pub fn extend_deadline(
    calendar: &WorkingCalendar,
    deadline: NaiveDate,
    today: NaiveDate,
    days: i64,
) -> Result<NaiveDate, ExtensionRefused> {
    if !(1..=i64::from(MAX_EXTENSION_DAYS)).contains(&days) {
        return Err(ExtensionRefused::BadLength { days });
    }
    let latest = calendar.working_days_before(deadline, EXTENSION_NOTICE_WORKING_DAYS);
    if today > latest {
        return Err(ExtensionRefused::TooLate { latest, today });
    }
    let days = u32::try_from(days).map_err(|_| ExtensionRefused::BadLength { days })?;
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

crate::stored_enum! {
    /// Where a revocation proposal stands. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ProposalStatus {
        /// Waiting for the national authority.
        Pending = "PENDING",
        /// The license was revoked.
        Revoked = "REVOKED",
        /// Rejected, with a reason.
        Rejected = "REJECTED",
    }
}

/// The national authority's decision on a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProposalDecision {
    Revoke,
    Reject,
}

/// Why a proposal refused a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ProposalRefused {
    #[error("the proposal was already decided")]
    AlreadyDecided,
}

impl ProposalStatus {
    pub fn apply(self, decision: ProposalDecision) -> Result<ProposalStatus, ProposalRefused> {
        match (self, decision) {
            (ProposalStatus::Pending, ProposalDecision::Revoke) => Ok(ProposalStatus::Revoked),
            (ProposalStatus::Pending, ProposalDecision::Reject) => Ok(ProposalStatus::Rejected),
            (ProposalStatus::Revoked | ProposalStatus::Rejected, _) => Err(ProposalRefused::AlreadyDecided),
        }
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
    pub extended_days: Option<i32>,
    pub extension_reason: Option<String>,
    pub recheck_task_id: Option<TaskId>,
    pub opened_by: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A revocation proposal (吊销建议) to the national authority, raised by a failed re-check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevocationProposal {
    pub id: ProposalId,
    pub rectification_id: RectificationId,
    pub enterprise_id: EnterpriseId,
    pub license_id: LicenseId,
    pub recheck_task_id: TaskId,
    pub status: ProposalStatus,
    pub grounds: String,
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

impl Rectification {
    /// The one extension (整改延期) of `days`, asked on `today` with a reason: the next state.
    pub fn extend(
        &self,
        calendar: &WorkingCalendar,
        today: NaiveDate,
        days: i64,
        reason: &str,
        now: DateTime<Utc>,
    ) -> Result<Rectification, ExtendRefused> {
        let status = self.status.apply(RectificationEvent::ExtensionGranted)?;
        let deadline = extend_deadline(calendar, self.deadline, today, days)?;
        Ok(Rectification {
            status,
            deadline,
            extended_days: Some(i32::try_from(days).unwrap_or(i32::MAX)),
            extension_reason: Some(reason.to_owned()),
            updated_at: now,
            ..self.clone()
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
        let status = match self.status.apply(event)? {
            RectificationStatus::Rectifying if self.extended_days.is_some() => RectificationStatus::Extended,
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
            "extensionReason": self.extension_reason,
            "recheckTaskId": self.recheck_task_id,
        })
    }
}

impl RevocationProposal {
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
            extension_reason: None,
            recheck_task_id: None,
            opened_by: "officer".to_owned(),
            created_at: at,
            updated_at: at,
        }
    }

    #[test]
    fn transitions_return_the_next_state_or_the_refusal() {
        use RectificationStatus::*;
        let now = DateTime::<Utc>::MAX_UTC;
        let running = rectification(Rectifying);
        let calendar = WorkingCalendar::default();

        let extended = running.extend(&calendar, date("2026-11-20"), 10, "设备更换", now).unwrap();
        assert_eq!(
            (
                extended.status,
                extended.deadline,
                extended.extended_days,
                extended.extension_reason.as_deref()
            ),
            // 10 days on from 12-02 is Saturday 12-12: the deadline is Monday 12-14.
            (Extended, date("2026-12-14"), Some(10), Some("设备更换"))
        );
        assert_eq!((extended.updated_at, extended.opened_on), (now, running.opened_on));
        // (state, asked on, days) → refusal: the machine speaks before the calendar.
        let refused: &[(RectificationStatus, &str, i64, ExtendRefused)] = &[
            (Extended, "2026-11-20", 10, ExtendRefused::State(RectificationRefused::ExtensionAlreadyGranted)),
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
            (Rectifying, "2026-11-20", 31, ExtendRefused::Calendar(ExtensionRefused::BadLength { days: 31 })),
        ];
        for (status, today, days, refusal) in refused {
            assert_eq!(
                rectification(*status).extend(&calendar, date(today), *days, "r", now),
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
        let extended_rechecking = extended.open_recheck(TaskId::new(22), now).unwrap();
        assert_eq!(extended_rechecking.conclude(Incomplete, now).unwrap().status, Extended);
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
            rectification_id: RectificationId::new(3),
            enterprise_id: EnterpriseId::new(11),
            license_id: LicenseId::new(13),
            recheck_task_id: TaskId::new(21),
            status: ProposalStatus::Pending,
            grounds: "复查不合格".to_owned(),
            decision_reason: None,
            decided_by: None,
            decided_at: None,
            created_at: at,
            updated_at: at,
        };
        let now = DateTime::<Utc>::MAX_UTC;
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
        use RectificationEvent::*;
        use RectificationRefused::*;
        use RectificationStatus::*;
        let table: &[(
            RectificationStatus,
            RectificationEvent,
            Result<RectificationStatus, RectificationRefused>,
        )] = &[
            (Rectifying, ExtensionGranted, Ok(Extended)),
            (Rectifying, RecheckOpened, Ok(Rechecking)),
            (Rectifying, RecheckPassed, Err(NotRechecking)),
            (Rectifying, RecheckFailed, Err(NotRechecking)),
            (Rectifying, RecheckIncomplete, Err(NotRechecking)),
            (Extended, ExtensionGranted, Err(ExtensionAlreadyGranted)),
            (Extended, RecheckOpened, Ok(Rechecking)),
            (Extended, RecheckPassed, Err(NotRechecking)),
            (Extended, RecheckFailed, Err(NotRechecking)),
            (Extended, RecheckIncomplete, Err(NotRechecking)),
            (Rechecking, ExtensionGranted, Err(NotRunning)),
            (Rechecking, RecheckOpened, Err(NotRunning)),
            (Rechecking, RecheckPassed, Ok(Closed)),
            (Rechecking, RecheckFailed, Ok(Referred)),
            (Rechecking, RecheckIncomplete, Ok(Rectifying)),
            (Closed, ExtensionGranted, Err(NotRunning)),
            (Closed, RecheckOpened, Err(NotRunning)),
            (Closed, RecheckPassed, Err(NotRechecking)),
            (Closed, RecheckFailed, Err(NotRechecking)),
            (Closed, RecheckIncomplete, Err(NotRechecking)),
            (Referred, ExtensionGranted, Err(NotRunning)),
            (Referred, RecheckOpened, Err(NotRunning)),
            (Referred, RecheckPassed, Err(NotRechecking)),
            (Referred, RecheckFailed, Err(NotRechecking)),
            (Referred, RecheckIncomplete, Err(NotRechecking)),
        ];
        assert_eq!(table.len(), RectificationStatus::ALL.len() * 5, "all pairs");
        for (from, event, expected) in table {
            assert_eq!(from.apply(*event), *expected, "{from:?} + {event:?}");
        }
        for &status in RectificationStatus::ALL {
            assert_eq!(RectificationStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(
            RectificationStatus::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
            ["RECTIFYING", "EXTENDED", "RECHECKING", "CLOSED", "REFERRED"]
        );
    }

    #[test]
    fn proposal_machine_all_pairs() {
        use ProposalDecision::*;
        use ProposalStatus::*;
        let table = [
            (Pending, Revoke, Ok(Revoked)),
            (Pending, Reject, Ok(Rejected)),
            (Revoked, Revoke, Err(ProposalRefused::AlreadyDecided)),
            (Revoked, Reject, Err(ProposalRefused::AlreadyDecided)),
            (Rejected, Revoke, Err(ProposalRefused::AlreadyDecided)),
            (Rejected, Reject, Err(ProposalRefused::AlreadyDecided)),
        ];
        for (from, decision, expected) in table {
            assert_eq!(from.apply(decision), expected, "{from:?} + {decision:?}");
        }
        assert_eq!(
            ProposalStatus::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
            ["PENDING", "REVOKED", "REJECTED"]
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
            assert_eq!(rectification_deadline(&calendar, date(opened)), date(first), "{opened}");
        }
        let deadline = rectification_deadline(&calendar, date("2026-11-01"));
        // Five working days before Tuesday 12-01: Tuesday 11-24.
        let latest = date("2026-11-24");
        let cases = [
            ("2026-11-02", 30, Ok(date("2026-12-31"))),
            ("2026-11-24", 1, Ok(date("2026-12-02"))),
            ("2026-11-24", 4, Ok(date("2026-12-07"))), // 12-05 Saturday → Monday
            ("2026-11-25", 10, Err(ExtensionRefused::TooLate { latest, today: date("2026-11-25") })),
            ("2026-12-05", 10, Err(ExtensionRefused::TooLate { latest, today: date("2026-12-05") })),
            ("2026-11-02", 31, Err(ExtensionRefused::BadLength { days: 31 })),
            ("2026-11-02", 0, Err(ExtensionRefused::BadLength { days: 0 })),
            ("2026-11-02", -3, Err(ExtensionRefused::BadLength { days: -3 })),
        ];
        for (today, days, expected) in cases {
            assert_eq!(extend_deadline(&calendar, deadline, date(today), days), expected, "{today} +{days}");
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
