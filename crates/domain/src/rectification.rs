//! After a final failing verdict (§二(四)): the rectification (整改) with its deadline and one
//! extension, the re-check (复查) once the deadline passed, and the revocation proposal
//! (吊销建议) to the national authority when the re-check fails. Pure rules and status machines,
//! written as tables of (status, event) moves.

use chrono::{DateTime, Days, NaiveDate, Utc};

/// Days an enterprise has to rectify, from the day the rectification is opened.
pub const RECTIFICATION_DAYS: u32 = 30;
/// The longest extension, in days.
pub const MAX_EXTENSION_DAYS: u32 = 30;
/// An extension must be asked at least this many days before the deadline.
pub const EXTENSION_NOTICE_DAYS: u32 = 5;

/// Where a rectification stands. Stored strings (`as_str`) are never renamed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RectificationStatus {
    /// Within the first deadline.
    Rectifying,
    /// Within the extended deadline (the one extension was granted).
    Extended,
    /// The deadline passed and a re-check task is open.
    Rechecking,
    /// The re-check passed: the case is closed.
    Closed,
    /// The re-check failed: a revocation proposal went to the national authority.
    Referred,
}

/// What can happen to a rectification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RectificationEvent {
    ExtensionGranted,
    RecheckOpened,
    RecheckPassed,
    RecheckFailed,
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
    pub const ALL: [RectificationStatus; 5] = [
        RectificationStatus::Rectifying,
        RectificationStatus::Extended,
        RectificationStatus::Rechecking,
        RectificationStatus::Closed,
        RectificationStatus::Referred,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RectificationStatus::Rectifying => "RECTIFYING",
            RectificationStatus::Extended => "EXTENDED",
            RectificationStatus::Rechecking => "RECHECKING",
            RectificationStatus::Closed => "CLOSED",
            RectificationStatus::Referred => "REFERRED",
        }
    }

    pub fn parse(s: &str) -> Option<RectificationStatus> {
        RectificationStatus::ALL.into_iter().find(|status| status.as_str() == s)
    }

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
            (Rectifying | Extended, RecheckPassed | RecheckFailed) => Err(NotRechecking),
            (Rechecking, RecheckPassed) => Ok(Closed),
            (Rechecking, RecheckFailed) => Ok(Referred),
            (Rechecking | Closed | Referred, ExtensionGranted | RecheckOpened) => Err(NotRunning),
            (Closed | Referred, RecheckPassed | RecheckFailed) => Err(NotRechecking),
        }
    }
}

/// The first deadline of a rectification opened on `opened_on`.
pub fn rectification_deadline(opened_on: NaiveDate) -> NaiveDate {
    opened_on + Days::new(u64::from(RECTIFICATION_DAYS))
}

/// Why an extension is refused on the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ExtensionRefused {
    #[error("an extension must be asked by {latest} ({EXTENSION_NOTICE_DAYS} days before the deadline)")]
    TooLate { latest: NaiveDate },
    #[error("an extension is 1 to {MAX_EXTENSION_DAYS} days, not {days}")]
    BadLength { days: i64 },
}

/// Checks an extension of `days` asked on `today` against the deadline; returns the new deadline.
pub fn extend_deadline(
    deadline: NaiveDate,
    today: NaiveDate,
    days: i64,
) -> Result<NaiveDate, ExtensionRefused> {
    if !(1..=i64::from(MAX_EXTENSION_DAYS)).contains(&days) {
        return Err(ExtensionRefused::BadLength { days });
    }
    let latest = deadline - Days::new(u64::from(EXTENSION_NOTICE_DAYS));
    if today > latest {
        return Err(ExtensionRefused::TooLate { latest });
    }
    Ok(deadline + Days::new(days.unsigned_abs()))
}

/// Whether a re-check is due on `today`: the day after the deadline, not before.
pub fn recheck_due(deadline: NaiveDate, today: NaiveDate) -> bool {
    today > deadline
}

/// Whether a running rectification is overdue on `today` (its deadline passed, no re-check yet).
pub fn overdue(status: RectificationStatus, deadline: NaiveDate, today: NaiveDate) -> bool {
    status.running() && recheck_due(deadline, today)
}

/// Where a revocation proposal stands. Stored strings are never renamed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProposalStatus {
    /// Waiting for the national authority.
    Pending,
    /// The license was revoked.
    Revoked,
    /// Rejected, with a reason.
    Rejected,
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
    pub const ALL: [ProposalStatus; 3] =
        [ProposalStatus::Pending, ProposalStatus::Revoked, ProposalStatus::Rejected];

    pub fn as_str(self) -> &'static str {
        match self {
            ProposalStatus::Pending => "PENDING",
            ProposalStatus::Revoked => "REVOKED",
            ProposalStatus::Rejected => "REJECTED",
        }
    }

    pub fn parse(s: &str) -> Option<ProposalStatus> {
        ProposalStatus::ALL.into_iter().find(|status| status.as_str() == s)
    }

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
    pub id: i64,
    /// The task whose final failing verdict ordered it.
    pub task_id: i64,
    pub enterprise_id: i64,
    pub license_id: i64,
    pub status: RectificationStatus,
    pub opened_on: NaiveDate,
    /// The deadline in force (extended when the extension was granted).
    pub deadline: NaiveDate,
    pub extended_days: Option<i32>,
    pub extension_reason: Option<String>,
    pub recheck_task_id: Option<i64>,
    pub opened_by: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A revocation proposal (吊销建议) to the national authority, raised by a failed re-check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevocationProposal {
    pub id: i64,
    pub rectification_id: i64,
    pub enterprise_id: i64,
    pub license_id: i64,
    pub recheck_task_id: i64,
    pub status: ProposalStatus,
    pub grounds: String,
    pub decision_reason: Option<String>,
    pub decided_by: Option<String>,
    pub decided_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Rectification {
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
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
            (Extended, ExtensionGranted, Err(ExtensionAlreadyGranted)),
            (Extended, RecheckOpened, Ok(Rechecking)),
            (Extended, RecheckPassed, Err(NotRechecking)),
            (Extended, RecheckFailed, Err(NotRechecking)),
            (Rechecking, ExtensionGranted, Err(NotRunning)),
            (Rechecking, RecheckOpened, Err(NotRunning)),
            (Rechecking, RecheckPassed, Ok(Closed)),
            (Rechecking, RecheckFailed, Ok(Referred)),
            (Closed, ExtensionGranted, Err(NotRunning)),
            (Closed, RecheckOpened, Err(NotRunning)),
            (Closed, RecheckPassed, Err(NotRechecking)),
            (Closed, RecheckFailed, Err(NotRechecking)),
            (Referred, ExtensionGranted, Err(NotRunning)),
            (Referred, RecheckOpened, Err(NotRunning)),
            (Referred, RecheckPassed, Err(NotRechecking)),
            (Referred, RecheckFailed, Err(NotRechecking)),
        ];
        assert_eq!(table.len(), RectificationStatus::ALL.len() * 4, "all pairs");
        for (from, event, expected) in table {
            assert_eq!(from.apply(*event), *expected, "{from:?} + {event:?}");
        }
        for status in RectificationStatus::ALL {
            assert_eq!(RectificationStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(
            RectificationStatus::ALL.map(RectificationStatus::as_str),
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
        assert_eq!(ProposalStatus::ALL.map(ProposalStatus::as_str), ["PENDING", "REVOKED", "REJECTED"]);
    }

    #[test]
    fn deadlines_and_extensions() {
        let opened = date("2026-11-01");
        let deadline = rectification_deadline(opened);
        assert_eq!(deadline, date("2026-12-01"));
        let latest = date("2026-11-26");
        let cases = [
            ("2026-11-02", 30, Ok(date("2026-12-31"))),
            ("2026-11-26", 1, Ok(date("2026-12-02"))),
            ("2026-11-27", 10, Err(ExtensionRefused::TooLate { latest })),
            ("2026-12-05", 10, Err(ExtensionRefused::TooLate { latest })),
            ("2026-11-02", 31, Err(ExtensionRefused::BadLength { days: 31 })),
            ("2026-11-02", 0, Err(ExtensionRefused::BadLength { days: 0 })),
            ("2026-11-02", -3, Err(ExtensionRefused::BadLength { days: -3 })),
        ];
        for (today, days, expected) in cases {
            assert_eq!(extend_deadline(deadline, date(today), days), expected, "{today} +{days}");
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
