//! The supervision order (督查督办, §四 "获证企业证后监管工作实行层级督查督办制度,上级部门…对下级
//! 部门证后监管工作协调、指导、督查和督办") as an aggregate: its subject, its deadline in working
//! days, the state machine ISSUED → ACKNOWLEDGED → COMPLETED → ACCEPTED (RETURNED back to
//! ACKNOWLEDGED), progress reports, and overdue, derived. docs/adr/0035.

use chrono::NaiveDate;
use serde::Serialize;

use crate::calendar::WorkingCalendar;
use crate::ids::{AttachmentId, AuthorityId, EnterpriseId, NoticeId, SupervisionOrderId};
use crate::registry::region::RegionCode;
use crate::text::parse_text;
use crate::{ErrorCode, FieldError};

/// The fewest working days an order may give: one, an order about today's business.
pub const MIN_WORKING_DAYS: u32 = 1;
/// The most working days an order may give: sixty, about three months — one quarter's
/// supervision plan, the horizon the tier above plans and inspects by (docs/adr/0035 decision 3).
pub const MAX_WORKING_DAYS: u32 = 60;
/// The longest order, progress report or proof text, in characters.
pub const TEXT_MAX_CHARS: usize = 2000;

crate::stored_enum! {
    /// Where an order stands. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum OrderStatus {
        /// Issued, not acknowledged by the target yet.
        Issued = "ISSUED",
        /// The target acknowledged it (or it was returned to the target): the work is under way.
        Acknowledged = "ACKNOWLEDGED",
        /// The target reported it done, with proof: the issuer accepts or returns it.
        Completed = "COMPLETED",
        /// The issuer accepted the completion: closed.
        Accepted = "ACCEPTED",
    }
}

crate::stored_enum! {
    /// What an order is about (one of these, typed).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum SubjectKind {
        /// An enterprise inside the target's jurisdiction.
        Enterprise = "ENTERPRISE",
        /// A linkage notice (联动通报) the target (or an authority below it) received.
        LinkageNotice = "LINKAGE_NOTICE",
        /// A target of the supervision work named in free text (a campaign, a figure).
        Other = "OTHER",
    }
}

/// What an order is about, with the record it links.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase", tag = "kind", content = "id")]
pub enum Subject {
    Enterprise(EnterpriseId),
    LinkageNotice(NoticeId),
    Other,
}

impl Subject {
    pub fn kind(&self) -> SubjectKind {
        match self {
            Subject::Enterprise(_) => SubjectKind::Enterprise,
            Subject::LinkageNotice(_) => SubjectKind::LinkageNotice,
            Subject::Other => SubjectKind::Other,
        }
    }

    /// The linked record's id, as stored.
    pub fn record_id(&self) -> Option<i64> {
        match self {
            Subject::Enterprise(id) => Some(id.get()),
            Subject::LinkageNotice(id) => Some(id.get()),
            Subject::Other => None,
        }
    }

    /// The subject of a stored kind and id; `None` when they do not fit together.
    pub fn from_stored(kind: SubjectKind, id: Option<i64>) -> Option<Subject> {
        match (kind, id) {
            (SubjectKind::Enterprise, Some(id)) => Some(Subject::Enterprise(EnterpriseId::new(id))),
            (SubjectKind::LinkageNotice, Some(id)) => Some(Subject::LinkageNotice(NoticeId::new(id))),
            (SubjectKind::Other, None) => Some(Subject::Other),
            _ => None,
        }
    }
}

/// What can happen to an order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OrderEvent {
    Acknowledge,
    ReportProgress,
    Complete,
    Accept,
    Return,
}

/// Why an order refused an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum OrderStateRefused {
    #[error("the order is accepted: it is closed")]
    Accepted,
    #[error("the order is not acknowledged yet: acknowledge it first")]
    NotAcknowledged,
    #[error("the order is already acknowledged")]
    AlreadyAcknowledged,
    #[error("the order is not completed: the issuer accepts or returns a completed order")]
    NotCompleted,
    #[error("the order is completed and awaits the issuer's acceptance")]
    AwaitingAcceptance,
}

impl OrderStatus {
    /// The status after `event` (the table test lists every pair).
    pub fn next(self, event: OrderEvent) -> Result<OrderStatus, OrderStateRefused> {
        use OrderEvent as E;
        use OrderStateRefused as R;
        use OrderStatus as S;
        match (self, event) {
            (S::Accepted, _) => Err(R::Accepted),
            (S::Issued, E::Acknowledge) => Ok(S::Acknowledged),
            (S::Issued, _) => Err(R::NotAcknowledged),
            (S::Acknowledged | S::Completed, E::Acknowledge) => Err(R::AlreadyAcknowledged),
            (S::Acknowledged, E::ReportProgress) => Ok(S::Acknowledged),
            (S::Acknowledged, E::Complete) => Ok(S::Completed),
            (S::Acknowledged, E::Accept | E::Return) => Err(R::NotCompleted),
            (S::Completed, E::ReportProgress | E::Complete) => Err(R::AwaitingAcceptance),
            (S::Completed, E::Accept) => Ok(S::Accepted),
            (S::Completed, E::Return) => Ok(S::Acknowledged),
        }
    }
}

/// A number of working days for a deadline, checked against the bounds.
pub fn parse_working_days(field: &'static str, days: u32) -> Result<u32, FieldError> {
    if (MIN_WORKING_DAYS..=MAX_WORKING_DAYS).contains(&days) {
        Ok(days)
    } else {
        Err(FieldError::new(
            ErrorCode::InvalidWorkingDays,
            field,
            format!("must be {MIN_WORKING_DAYS} to {MAX_WORKING_DAYS} working days, not {days}"),
        ))
    }
}

/// An order's, progress report's or proof's text, checked.
pub fn parse_order_text(field: &'static str, text: &str) -> Result<String, FieldError> {
    parse_text(field, text, 1, TEXT_MAX_CHARS, true)
}

/// The completion the target reports: what was done, and the documents that prove it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Completion {
    pub text: String,
    pub attachment_ids: Vec<AttachmentId>,
}

/// A supervision order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Order {
    pub id: SupervisionOrderId,
    pub status: OrderStatus,
    pub issuer_authority_id: AuthorityId,
    pub issuer_region: RegionCode,
    pub target_authority_id: AuthorityId,
    pub target_region: RegionCode,
    pub subject: Subject,
    /// The enterprise whose archive records the order: the subject's, or the notice's.
    pub enterprise_id: Option<EnterpriseId>,
    /// The free-text target (subject OTHER), or a note on the subject.
    pub subject_text: Option<String>,
    pub text: String,
    pub issued_on: NaiveDate,
    pub working_days: u32,
    pub deadline: NaiveDate,
    pub acknowledged_on: Option<NaiveDate>,
    pub completed_on: Option<NaiveDate>,
    pub completion: Option<Completion>,
    pub accepted_on: Option<NaiveDate>,
    /// How many times the issuer returned it, and why the last time.
    pub n_returns: u32,
    pub return_reason: Option<String>,
}

impl Order {
    /// Overdue on `today`: the deadline passed and the target has not completed it. Derived,
    /// never stored (the list's filter is the same condition in SQL).
    pub fn overdue_on(&self, today: NaiveDate) -> bool {
        overdue(self.status, self.deadline, today)
    }

    /// The order after `event` on `today` (acknowledge, progress, accept).
    pub fn moved(&self, event: OrderEvent, today: NaiveDate) -> Result<Order, OrderStateRefused> {
        let status = self.status.next(event)?;
        let mut next = self.clone();
        next.status = status;
        match event {
            OrderEvent::Acknowledge => next.acknowledged_on = Some(today),
            OrderEvent::Accept => next.accepted_on = Some(today),
            OrderEvent::ReportProgress | OrderEvent::Complete | OrderEvent::Return => {}
        }
        Ok(next)
    }

    /// Completed with `completion` on `today`.
    pub fn completed(&self, completion: Completion, today: NaiveDate) -> Result<Order, OrderStateRefused> {
        let mut next = self.moved(OrderEvent::Complete, today)?;
        next.completed_on = Some(today);
        next.completion = Some(completion);
        Ok(next)
    }

    /// Returned to the target with `reason`; with `extra_working_days`, the deadline becomes that
    /// many working days from `today` — never earlier than it was (docs/adr/0035 decision 5).
    pub fn returned(
        &self,
        reason: String,
        extra_working_days: Option<u32>,
        calendar: &WorkingCalendar,
        today: NaiveDate,
    ) -> Result<Order, OrderStateRefused> {
        let mut next = self.moved(OrderEvent::Return, today)?;
        next.n_returns += 1;
        next.return_reason = Some(reason);
        next.completed_on = None;
        next.completion = None;
        if let Some(days) = extra_working_days {
            next.deadline = next.deadline.max(calendar.add_working_days(today, days));
        }
        Ok(next)
    }

    /// The audit state.
    pub fn state(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

/// `Order::overdue_on` for a status and deadline.
pub fn overdue(status: OrderStatus, deadline: NaiveDate, today: NaiveDate) -> bool {
    matches!(status, OrderStatus::Issued | OrderStatus::Acknowledged) && today > deadline
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use OrderEvent as E;
    use OrderStatus::*;

    #[test]
    fn every_status_and_event() {
        #[rustfmt::skip]
        let table = [
            //            Acknowledge       ReportProgress      Complete            Accept             Return
            (Issued,       ["ACKNOWLEDGED",  "!unacknowledged",  "!unacknowledged",  "!unacknowledged", "!unacknowledged"]),
            (Acknowledged, ["!acknowledged", "ACKNOWLEDGED",     "COMPLETED",        "!not completed",  "!not completed"]),
            (Completed,    ["!acknowledged", "!awaiting",        "!awaiting",        "ACCEPTED",        "ACKNOWLEDGED"]),
            (Accepted,     ["!accepted",     "!accepted",        "!accepted",        "!accepted",       "!accepted"]),
        ];
        assert_eq!(table.len(), OrderStatus::ALL.len());
        for (status, row) in table {
            let events = [E::Acknowledge, E::ReportProgress, E::Complete, E::Accept, E::Return];
            for (event, expected) in events.into_iter().zip(row) {
                let got = match status.next(event) {
                    Ok(next) => next.as_str().to_owned(),
                    Err(OrderStateRefused::Accepted) => "!accepted".to_owned(),
                    Err(OrderStateRefused::NotAcknowledged) => "!unacknowledged".to_owned(),
                    Err(OrderStateRefused::AlreadyAcknowledged) => "!acknowledged".to_owned(),
                    Err(OrderStateRefused::NotCompleted) => "!not completed".to_owned(),
                    Err(OrderStateRefused::AwaitingAcceptance) => "!awaiting".to_owned(),
                };
                assert_eq!(got, expected, "{status} + {event:?}");
            }
        }
    }

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn overdue_is_a_passed_deadline_before_completion() {
        let deadline = date("2027-03-10");
        let cases = [
            (Issued, "2027-03-10", false),
            (Issued, "2027-03-11", true),
            (Acknowledged, "2027-03-11", true),
            (Completed, "2027-03-11", false),
            (Accepted, "2030-01-01", false),
        ];
        for (status, today, expected) in cases {
            assert_eq!(overdue(status, deadline, date(today)), expected, "{status} {today}");
        }
    }

    #[test]
    fn working_days_are_bounded() {
        assert!(parse_working_days("workingDays", 0).is_err());
        assert_eq!(parse_working_days("workingDays", 1), Ok(1));
        assert_eq!(parse_working_days("workingDays", 60), Ok(60));
        assert!(parse_working_days("workingDays", 61).is_err());
    }

    #[test]
    fn a_return_extends_the_deadline_never_shortens_it() {
        let calendar = WorkingCalendar::new([]);
        let order = Order {
            id: SupervisionOrderId::new(1),
            status: Completed,
            issuer_authority_id: AuthorityId::new(1),
            issuer_region: RegionCode::parse("320000").unwrap(),
            target_authority_id: AuthorityId::new(2),
            target_region: RegionCode::parse("320102").unwrap(),
            subject: Subject::Other,
            enterprise_id: None,
            subject_text: Some("巡查计划".into()),
            text: "督办".into(),
            issued_on: date("2027-03-01"),
            working_days: 5,
            deadline: date("2027-03-08"),
            acknowledged_on: Some(date("2027-03-01")),
            completed_on: Some(date("2027-03-05")),
            completion: Some(Completion { text: "完成".into(), attachment_ids: vec![] }),
            accepted_on: None,
            n_returns: 0,
            return_reason: None,
        };
        // Friday 2027-03-05 + 5 working days = Friday 03-12.
        let extended = order.returned("不完整".into(), Some(5), &calendar, date("2027-03-05")).unwrap();
        assert_eq!(
            (extended.status, extended.deadline, extended.n_returns),
            (Acknowledged, date("2027-03-12"), 1)
        );
        assert_eq!(extended.completion, None);
        let kept = order.returned("不完整".into(), Some(1), &calendar, date("2027-03-01")).unwrap();
        assert_eq!(kept.deadline, date("2027-03-08"));
        let unchanged = order.returned("不完整".into(), None, &calendar, date("2027-03-05")).unwrap();
        assert_eq!(unchanged.deadline, date("2027-03-08"));
    }
}
