//! A request from the lower tier (§四 "对下级部门提出的问题、遇到的困难、需要的保障,上级部门要及时予以
//! 答复、解决") as an aggregate: its kind, the answer deadline in working days, the state machine
//! RAISED → ANSWERED → RESOLVED (REOPENED by the raiser back to RAISED), and overdue, derived.
//! docs/adr/0035.

use chrono::NaiveDate;
use serde::Serialize;

use crate::calendar::WorkingCalendar;
use crate::ids::{AuthorityId, LowerTierRequestId};
use crate::registry::region::RegionCode;
use crate::rules::Deadlines;

/// Working days the tier above has to answer a request, nationally: five, one working week — "及时"
/// is prompt, and a week lets the answer go through the leader in charge when it must
/// (docs/adr/0035 decision 11). A province may shorten it (`Deadlines`).
pub const ANSWER_WORKING_DAYS: u32 = 5;

crate::stored_enum! {
    /// What the lower tier raises (the regulation's three words).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum RequestKind {
        /// 提出的问题: a question.
        Question = "QUESTION",
        /// 遇到的困难: a difficulty met.
        Difficulty = "DIFFICULTY",
        /// 需要的保障: support needed.
        SupportNeeded = "SUPPORT_NEEDED",
    }
}

crate::stored_enum! {
    /// Where a request stands. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum RequestStatus {
        /// Raised (or reopened), awaiting the tier above's answer.
        Raised = "RAISED",
        /// Answered: the raiser confirms it resolved, or reopens it.
        Answered = "ANSWERED",
        /// The raiser confirmed it resolved: closed.
        Resolved = "RESOLVED",
    }
}

/// What can happen to a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RequestEvent {
    Answer,
    Resolve,
    Reopen,
}

/// Why a request refused an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RequestStateRefused {
    #[error("the request is resolved: it is closed")]
    Resolved,
    #[error("the request is not answered yet")]
    NotAnswered,
    #[error("the request is answered already: the raiser resolves or reopens it")]
    AlreadyAnswered,
}

impl RequestStatus {
    /// The status after `event` (the table test lists every pair).
    pub fn next(self, event: RequestEvent) -> Result<RequestStatus, RequestStateRefused> {
        use RequestEvent as E;
        use RequestStateRefused as R;
        use RequestStatus as S;
        match (self, event) {
            (S::Resolved, _) => Err(R::Resolved),
            (S::Raised, E::Answer) => Ok(S::Answered),
            (S::Raised, E::Resolve | E::Reopen) => Err(R::NotAnswered),
            (S::Answered, E::Answer) => Err(R::AlreadyAnswered),
            (S::Answered, E::Resolve) => Ok(S::Resolved),
            (S::Answered, E::Reopen) => Ok(S::Raised),
        }
    }
}

/// The day an answer is due: `deadlines.request_answer_working_days` (the raiser's province's in
/// force) working days after `from` on the working-day calendar.
pub fn answer_by(calendar: &WorkingCalendar, deadlines: &Deadlines, from: NaiveDate) -> NaiveDate {
    calendar.add_working_days(from, deadlines.request_answer_working_days)
}

/// A request from the lower tier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Request {
    pub id: LowerTierRequestId,
    pub kind: RequestKind,
    pub status: RequestStatus,
    pub raiser_authority_id: AuthorityId,
    pub raiser_region: RegionCode,
    pub target_authority_id: AuthorityId,
    pub target_region: RegionCode,
    pub text: String,
    pub raised_on: NaiveDate,
    /// The answer's deadline: from raising, or from the last reopening.
    pub answer_by: NaiveDate,
    pub answer: Option<String>,
    pub answered_on: Option<NaiveDate>,
    pub resolved_on: Option<NaiveDate>,
    pub n_reopened: u32,
    pub reopen_reason: Option<String>,
}

impl Request {
    /// Overdue on `today`: raised (or reopened), unanswered past its deadline. Derived, never
    /// stored (the list's filter is the same condition in SQL).
    pub fn overdue_on(&self, today: NaiveDate) -> bool {
        overdue(self.status, self.answer_by, today)
    }

    /// Answered with `answer` on `today`.
    pub fn answered(&self, answer: String, today: NaiveDate) -> Result<Request, RequestStateRefused> {
        let mut next = self.clone();
        next.status = self.status.next(RequestEvent::Answer)?;
        next.answer = Some(answer);
        next.answered_on = Some(today);
        Ok(next)
    }

    /// Confirmed resolved on `today`.
    pub fn resolved(&self, today: NaiveDate) -> Result<Request, RequestStateRefused> {
        let mut next = self.clone();
        next.status = self.status.next(RequestEvent::Resolve)?;
        next.resolved_on = Some(today);
        Ok(next)
    }

    /// Reopened with `reason` on `today`: raised again, answer due `answer_by` (a fresh deadline
    /// counted from the reopening, docs/adr/0035 decision 12). The last answer stays on it until
    /// the next one replaces it.
    pub fn reopened(&self, reason: String, answer_by: NaiveDate) -> Result<Request, RequestStateRefused> {
        let mut next = self.clone();
        next.status = self.status.next(RequestEvent::Reopen)?;
        next.n_reopened += 1;
        next.reopen_reason = Some(reason);
        next.answer_by = answer_by;
        Ok(next)
    }

    /// The audit state.
    pub fn state(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

/// `Request::overdue_on` for a status and deadline.
pub fn overdue(status: RequestStatus, answer_by: NaiveDate, today: NaiveDate) -> bool {
    status == RequestStatus::Raised && today > answer_by
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use RequestEvent as E;
    use RequestStatus::*;

    #[test]
    fn every_status_and_event() {
        #[rustfmt::skip]
        let table = [
            //        Answer        Resolve          Reopen
            (Raised,   ["ANSWERED",  "!unanswered",   "!unanswered"]),
            (Answered, ["!answered", "RESOLVED",      "RAISED"]),
            (Resolved, ["!resolved", "!resolved",     "!resolved"]),
        ];
        assert_eq!(table.len(), RequestStatus::ALL.len());
        for (status, row) in table {
            for (event, expected) in [E::Answer, E::Resolve, E::Reopen].into_iter().zip(row) {
                let got = match status.next(event) {
                    Ok(next) => next.as_str().to_owned(),
                    Err(RequestStateRefused::Resolved) => "!resolved".to_owned(),
                    Err(RequestStateRefused::NotAnswered) => "!unanswered".to_owned(),
                    Err(RequestStateRefused::AlreadyAnswered) => "!answered".to_owned(),
                };
                assert_eq!(got, expected, "{status} + {event:?}");
            }
        }
    }

    #[test]
    fn overdue_is_unanswered_past_the_deadline() {
        let by: NaiveDate = "2027-03-08".parse().unwrap();
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert!(!overdue(Raised, by, day("2027-03-08")));
        assert!(overdue(Raised, by, day("2027-03-09")));
        assert!(!overdue(Answered, by, day("2027-03-09")));
        assert!(!overdue(Resolved, by, day("2027-03-09")));
    }

    #[test]
    fn the_answer_is_due_five_working_days_on_nationally() {
        let calendar = WorkingCalendar::new([]);
        // Monday 2027-03-01 + 5 working days = Monday 03-08.
        let due = answer_by(&calendar, &Deadlines::NATIONAL, "2027-03-01".parse().unwrap());
        assert_eq!(due, "2027-03-08".parse::<NaiveDate>().unwrap());
    }
}
