//! The malicious-counterfeiting case (恶意造假, §三) against a licensed enterprise as an aggregate:
//! "立即责令其停止制假售假坑害消费者的行为，收回假冒伪劣产品，并按规定程序上报总局或省局吊销其生产许可证，
//! 同时提请当地人民政府依法予以取缔，构成犯罪的，移交公安机关依法追究相关责任人的刑事责任". The state
//! machine OPEN → STOP_ORDERED → RECALLING → RECALLED → REVOCATION_REPORTED → REVOCATION_DECIDED →
//! BAN_REQUESTED → (TRANSFERRED_TO_POLICE → POLICE_RECEIPT_RECORDED) → CLOSED, each step with its
//! documents and the deadline of the next one on the working-day calendar, or DISMISSED (opened in
//! error) before the revocation is reported up; the recall records and their quantity checks; the
//! archive facts. docs/adr/0034.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::json;

use crate::archive::{ArchiveEvent, ArchiveEventKind as Kind};
use crate::calendar::WorkingCalendar;
use crate::ids::{
    AttachmentId, AuthorityId, CounterfeitCaseId, EnterpriseId, LicenseId, PatrolId, ProposalId, RecallId,
    TaskId,
};
use crate::text::parse_text;

/// Working days from opening to the order to stop: the regulation says 立即 (at once); one
/// working day leaves the order to be drawn up and served (docs/adr/0034 decision 3).
pub const STOP_WORKING_DAYS: u32 = 1;
/// Working days from the order to stop to the recall recorded complete: four weeks to trace the
/// batches sold and take them back.
pub const RECALL_WORKING_DAYS: u32 = 20;
/// Working days from the recall complete to the province reporting the revocation up.
pub const REPORT_WORKING_DAYS: u32 = 10;
/// Working days from the nation's decision to the request to the local government to ban.
pub const BAN_WORKING_DAYS: u32 = 10;
/// Working days from the ban request to the transfer to the police, or the case's close.
pub const TRANSFER_OR_CLOSE_WORKING_DAYS: u32 = 10;
/// Working days from the transfer to the police receipt (回执): the police sign for a transferred
/// case when they take it and decide within three days (行政执法机关移送涉嫌犯罪案件的规定 第八条).
pub const RECEIPT_WORKING_DAYS: u32 = 3;
/// Working days from the police receipt to the close.
pub const CLOSE_WORKING_DAYS: u32 = 10;
/// The longest finding, close reason or grounds, in characters.
pub const TEXT_MAX_CHARS: usize = 2000;
/// The longest batch number or unit, in characters.
pub const BATCH_MAX_CHARS: usize = 64;
/// Decimal places of a recall quantity: thousandths (kilograms to grams, metres to millimetres).
pub const QUANTITY_DECIMALS: u32 = 3;

crate::stored_enum! {
    /// Where a case stands. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum CaseStatus {
        /// Opened with the finding: the order to stop is due.
        Open = "OPEN",
        /// Ordered to stop (责令停止生产): recalls are recorded.
        StopOrdered = "STOP_ORDERED",
        /// At least one recall (召回) recorded; the officer records the recall complete.
        Recalling = "RECALLING",
        /// The recall is complete: the province reports the revocation up.
        Recalled = "RECALLED",
        /// The province reported the revocation up (上报撤销): the national authority decides the
        /// proposal in its queue.
        RevocationReported = "REVOCATION_REPORTED",
        /// The proposal was decided (or closed when the license ended otherwise): the local
        /// government is asked to ban.
        RevocationDecided = "REVOCATION_DECIDED",
        /// The local government was asked to ban (提请地方政府取缔).
        BanRequested = "BAN_REQUESTED",
        /// Transferred to the police (移送公安机关): their receipt is awaited.
        TransferredToPolice = "TRANSFERRED_TO_POLICE",
        /// The police receipt (回执) recorded.
        PoliceReceiptRecorded = "POLICE_RECEIPT_RECORDED",
        /// Closed.
        Closed = "CLOSED",
        /// Dismissed (撤销立案) by the opening authority's leadership with the reason: opened in
        /// error. Final; the case no longer counts against the enterprise (docs/adr/0034
        /// decision 10).
        Dismissed = "DISMISSED",
    }
}

/// What can happen to a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CaseEvent {
    OrderStop,
    RecordRecall,
    CompleteRecall,
    ReportRevocation,
    /// The national authority decided the proposal, or it closed MOOT.
    RevocationDecided,
    RequestBan,
    TransferToPolice,
    RecordPoliceReceipt,
    Close,
    /// Dismissed as opened in error.
    Dismiss,
}

/// Why a case refused an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CaseStateRefused {
    #[error("the case is closed")]
    Closed,
    #[error("the case was dismissed")]
    Dismissed,
    #[error(
        "the case is {0}: the revocation was reported up, so the national authority's decision governs and the case can no longer be dismissed"
    )]
    TooLateToDismiss(CaseStatus),
    #[error("no recall is recorded yet: record the recalled batches before the recall is complete")]
    NoRecall,
    #[error("the revocation proposal awaits the national authority's decision")]
    AwaitingDecision,
    #[error("the case is {status}: {event:?} is not its next step (next: {next})")]
    OutOfOrder { status: CaseStatus, event: CaseEvent, next: &'static str },
}

impl CaseStatus {
    /// The status after `event` (the table test lists every pair).
    pub fn next(self, event: CaseEvent) -> Result<CaseStatus, CaseStateRefused> {
        use CaseEvent as E;
        use CaseStatus as S;
        match (self, event) {
            (S::Closed, _) => Err(CaseStateRefused::Closed),
            (S::Dismissed, _) => Err(CaseStateRefused::Dismissed),
            // Dismissable while nothing has left the case: once reported up, the proposal is in
            // the nation's queue and its decision governs (docs/adr/0034 decision 10).
            (S::Open | S::StopOrdered | S::Recalling | S::Recalled, E::Dismiss) => Ok(S::Dismissed),
            (
                S::RevocationReported
                | S::RevocationDecided
                | S::BanRequested
                | S::TransferredToPolice
                | S::PoliceReceiptRecorded,
                E::Dismiss,
            ) => Err(CaseStateRefused::TooLateToDismiss(self)),
            (S::Open, E::OrderStop) => Ok(S::StopOrdered),
            (S::StopOrdered | S::Recalling, E::RecordRecall) => Ok(S::Recalling),
            (S::StopOrdered, E::CompleteRecall) => Err(CaseStateRefused::NoRecall),
            (S::Recalling, E::CompleteRecall) => Ok(S::Recalled),
            (S::Recalled, E::ReportRevocation) => Ok(S::RevocationReported),
            (S::RevocationReported, E::RevocationDecided) => Ok(S::RevocationDecided),
            (S::RevocationReported, _) => Err(CaseStateRefused::AwaitingDecision),
            (S::RevocationDecided, E::RequestBan) => Ok(S::BanRequested),
            (S::BanRequested, E::TransferToPolice) => Ok(S::TransferredToPolice),
            (S::TransferredToPolice, E::RecordPoliceReceipt) => Ok(S::PoliceReceiptRecorded),
            (S::BanRequested | S::PoliceReceiptRecorded, E::Close) => Ok(S::Closed),
            (status, event) => Err(CaseStateRefused::OutOfOrder { status, event, next: status.next_step() }),
        }
    }

    /// The step the case waits for, as the refusals name it.
    pub fn next_step(self) -> &'static str {
        match self {
            CaseStatus::Open => "the order to stop",
            CaseStatus::StopOrdered => "a recall record",
            CaseStatus::Recalling => "a recall record or the recall complete",
            CaseStatus::Recalled => "the province reporting the revocation up",
            CaseStatus::RevocationReported => "the national authority's decision",
            CaseStatus::RevocationDecided => "the request to the local government to ban",
            CaseStatus::BanRequested => "the transfer to the police, or the close",
            CaseStatus::TransferredToPolice => "the police receipt",
            CaseStatus::PoliceReceiptRecorded => "the close",
            CaseStatus::Closed | CaseStatus::Dismissed => "nothing",
        }
    }

    /// The working days the step after entering this status has (none while the nation decides,
    /// none once closed; a recall record leaves the recall's deadline where it was).
    fn working_days_to_next(self) -> Option<u32> {
        match self {
            CaseStatus::Open => Some(STOP_WORKING_DAYS),
            CaseStatus::StopOrdered | CaseStatus::Recalling => Some(RECALL_WORKING_DAYS),
            CaseStatus::Recalled => Some(REPORT_WORKING_DAYS),
            CaseStatus::RevocationDecided => Some(BAN_WORKING_DAYS),
            CaseStatus::BanRequested => Some(TRANSFER_OR_CLOSE_WORKING_DAYS),
            CaseStatus::TransferredToPolice => Some(RECEIPT_WORKING_DAYS),
            CaseStatus::PoliceReceiptRecorded => Some(CLOSE_WORKING_DAYS),
            CaseStatus::RevocationReported | CaseStatus::Closed | CaseStatus::Dismissed => None,
        }
    }
}

crate::stored_enum! {
    /// Where the finding came from.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum SourceKind {
        /// A patrol inspection (巡查) found it: the patrol is named.
        Patrol = "PATROL",
        /// A spot check (监督检验) found it: the testing task is named.
        SpotCheck = "SPOT_CHECK",
        /// A complaint (投诉举报).
        Complaint = "COMPLAINT",
        /// Anything else (a linkage notice, a police tip-off …), said in the finding.
        Other = "OTHER",
    }
}

/// Where the finding came from, with the record it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "id", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CaseSource {
    Patrol(PatrolId),
    SpotCheck(TaskId),
    Complaint,
    Other,
}

impl CaseSource {
    pub fn kind(self) -> SourceKind {
        match self {
            CaseSource::Patrol(_) => SourceKind::Patrol,
            CaseSource::SpotCheck(_) => SourceKind::SpotCheck,
            CaseSource::Complaint => SourceKind::Complaint,
            CaseSource::Other => SourceKind::Other,
        }
    }

    /// The id of the record it names (a patrol's or a testing task's).
    pub fn record_id(self) -> Option<i64> {
        match self {
            CaseSource::Patrol(id) => Some(id.get()),
            CaseSource::SpotCheck(id) => Some(id.get()),
            CaseSource::Complaint | CaseSource::Other => None,
        }
    }

    /// The source of a stored kind and record id; `None` when they do not fit together.
    pub fn of(kind: SourceKind, record_id: Option<i64>) -> Option<CaseSource> {
        match (kind, record_id) {
            (SourceKind::Patrol, Some(id)) => Some(CaseSource::Patrol(PatrolId::new(id))),
            (SourceKind::SpotCheck, Some(id)) => Some(CaseSource::SpotCheck(TaskId::new(id))),
            (SourceKind::Complaint, None) => Some(CaseSource::Complaint),
            (SourceKind::Other, None) => Some(CaseSource::Other),
            _ => None,
        }
    }
}

crate::stored_enum! {
    /// What became of the revocation the province reported up.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum RevocationOutcome {
        /// The national authority revoked the license (吊销).
        Revoked = "REVOKED",
        /// The national authority rejected the proposal: the case continues to the ban.
        Rejected = "REJECTED",
        /// The license ended otherwise while the proposal waited (revoked directly, cancelled,
        /// expired): nothing was left to decide.
        Moot = "MOOT",
    }
}

/// A documented step: the day it was taken and its documents (附件, sealed once named).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Step {
    pub on: NaiveDate,
    pub documents: Vec<AttachmentId>,
}

/// A malicious-counterfeiting case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CounterfeitCase {
    pub id: CounterfeitCaseId,
    pub enterprise_id: EnterpriseId,
    pub license_id: LicenseId,
    /// The authority whose officer opened it.
    pub authority_id: AuthorityId,
    pub status: CaseStatus,
    pub finding: String,
    pub source: CaseSource,
    pub opened_on: NaiveDate,
    /// The deadline of the step the case waits for (none while the nation decides, none once
    /// closed). Overdue is derived from it, never stored.
    pub due_on: Option<NaiveDate>,
    pub stop_order: Option<Step>,
    pub recall_completed_on: Option<NaiveDate>,
    pub proposal_id: Option<ProposalId>,
    pub revocation_reported_on: Option<NaiveDate>,
    pub revocation_outcome: Option<RevocationOutcome>,
    pub revocation_decided_on: Option<NaiveDate>,
    pub ban_request: Option<Step>,
    pub police_transfer: Option<Step>,
    pub police_receipt: Option<Step>,
    pub closed_on: Option<NaiveDate>,
    /// Why it closed (required when it closes without a police transfer: not criminal), or why
    /// it was dismissed (`closed_on` is then the day dismissed).
    pub close_reason: Option<String>,
}

/// Why a step's input is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StepRefused {
    #[error(transparent)]
    State(#[from] CaseStateRefused),
    #[error("the step's day {on} is in the future (today is {today})")]
    InFuture { on: NaiveDate, today: NaiveDate },
    #[error("the step's day {on} is before the case's previous step ({since})")]
    BeforePrevious { on: NaiveDate, since: NaiveDate },
    #[error("the step needs its document: name at least one attachment")]
    NoDocument,
    #[error("a case closed without a police transfer needs its reason (why it is not criminal)")]
    CloseReasonRequired,
}

/// The deadline of the step after entering `status` on `on`.
pub fn due_after(calendar: &WorkingCalendar, status: CaseStatus, on: NaiveDate) -> Option<NaiveDate> {
    status.working_days_to_next().map(|days| calendar.add_working_days(on, days))
}

/// Checks the day a step was taken: not in the future, not before the previous step.
pub fn check_step_day(on: NaiveDate, since: NaiveDate, today: NaiveDate) -> Result<(), StepRefused> {
    if on > today {
        return Err(StepRefused::InFuture { on, today });
    }
    if on < since {
        return Err(StepRefused::BeforePrevious { on, since });
    }
    Ok(())
}

/// The finding, or a close reason: 1–2000 characters.
pub fn parse_case_text(field: &'static str, text: &str) -> Result<String, crate::FieldError> {
    parse_text(field, text, 1, TEXT_MAX_CHARS, true)
}

impl CounterfeitCase {
    /// The day of the latest step taken: no step may be dated before it.
    pub fn last_step_on(&self) -> NaiveDate {
        [
            Some(self.opened_on),
            self.stop_order.as_ref().map(|s| s.on),
            self.recall_completed_on,
            self.revocation_reported_on,
            self.revocation_decided_on,
            self.ban_request.as_ref().map(|s| s.on),
            self.police_transfer.as_ref().map(|s| s.on),
            self.police_receipt.as_ref().map(|s| s.on),
        ]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(self.opened_on)
    }

    /// Overdue on `today`: the step it waits for is past its deadline. Derived, never stored.
    pub fn overdue_on(&self, today: NaiveDate) -> bool {
        self.due_on.is_some_and(|due| today > due)
    }

    /// The case after `event` taken on `on`, its next deadline set.
    fn moved(
        &self,
        calendar: &WorkingCalendar,
        event: CaseEvent,
        on: NaiveDate,
    ) -> Result<Self, StepRefused> {
        let status = self.status.next(event)?;
        let mut next = self.clone();
        next.status = status;
        // A recall record keeps the recall's deadline, counted from the order to stop.
        if event != CaseEvent::RecordRecall {
            next.due_on = due_after(calendar, status, on);
        }
        Ok(next)
    }

    /// A documented step (`event`) on `on`, checked against `today`: the next state.
    fn documented(
        &self,
        calendar: &WorkingCalendar,
        event: CaseEvent,
        step: &Step,
        today: NaiveDate,
    ) -> Result<Self, StepRefused> {
        let next = self.moved(calendar, event, step.on)?;
        check_step_day(step.on, self.last_step_on(), today)?;
        if step.documents.is_empty() {
            return Err(StepRefused::NoDocument);
        }
        Ok(next)
    }

    /// The order to stop (责令停止生产), with the order document.
    pub fn order_stop(
        &self,
        calendar: &WorkingCalendar,
        step: Step,
        today: NaiveDate,
    ) -> Result<Self, StepRefused> {
        let mut next = self.documented(calendar, CaseEvent::OrderStop, &step, today)?;
        next.stop_order = Some(step);
        Ok(next)
    }

    /// A recall record was added (checked by [`check_recall`]).
    pub fn recall_recorded(&self, calendar: &WorkingCalendar, on: NaiveDate) -> Result<Self, StepRefused> {
        self.moved(calendar, CaseEvent::RecordRecall, on)
    }

    /// The recall recorded complete on `on`.
    pub fn complete_recall(
        &self,
        calendar: &WorkingCalendar,
        on: NaiveDate,
        today: NaiveDate,
    ) -> Result<Self, StepRefused> {
        let mut next = self.moved(calendar, CaseEvent::CompleteRecall, on)?;
        check_step_day(on, self.last_step_on(), today)?;
        next.recall_completed_on = Some(on);
        Ok(next)
    }

    /// The province reported the revocation up today, as proposal `proposal_id`.
    pub fn report_revocation(
        &self,
        calendar: &WorkingCalendar,
        proposal_id: ProposalId,
        today: NaiveDate,
    ) -> Result<Self, StepRefused> {
        let mut next = self.moved(calendar, CaseEvent::ReportRevocation, today)?;
        next.proposal_id = Some(proposal_id);
        next.revocation_reported_on = Some(today);
        Ok(next)
    }

    /// The license ended otherwise (revoked directly, cancelled, expired) before the province
    /// reported it up: nothing is left to report; the case records the revocation MOOT today and
    /// moves on to the ban, as it does when a reported proposal closes MOOT.
    pub fn license_ended(&self, calendar: &WorkingCalendar, today: NaiveDate) -> Result<Self, StepRefused> {
        let reported = self.moved(calendar, CaseEvent::ReportRevocation, today)?;
        let mut next = reported.moved(calendar, CaseEvent::RevocationDecided, today)?;
        next.revocation_outcome = Some(RevocationOutcome::Moot);
        next.revocation_decided_on = Some(today);
        Ok(next)
    }

    /// The proposal was decided (or closed MOOT) today.
    pub fn revocation_decided(
        &self,
        calendar: &WorkingCalendar,
        outcome: RevocationOutcome,
        today: NaiveDate,
    ) -> Result<Self, StepRefused> {
        let mut next = self.moved(calendar, CaseEvent::RevocationDecided, today)?;
        next.revocation_outcome = Some(outcome);
        next.revocation_decided_on = Some(today);
        Ok(next)
    }

    /// The local government asked to ban (提请取缔), with the request document.
    pub fn request_ban(
        &self,
        calendar: &WorkingCalendar,
        step: Step,
        today: NaiveDate,
    ) -> Result<Self, StepRefused> {
        let mut next = self.documented(calendar, CaseEvent::RequestBan, &step, today)?;
        next.ban_request = Some(step);
        Ok(next)
    }

    /// Transferred to the police (移送公安机关), with the transfer document.
    pub fn transfer_to_police(
        &self,
        calendar: &WorkingCalendar,
        step: Step,
        today: NaiveDate,
    ) -> Result<Self, StepRefused> {
        let mut next = self.documented(calendar, CaseEvent::TransferToPolice, &step, today)?;
        next.police_transfer = Some(step);
        Ok(next)
    }

    /// The police receipt (回执), with the receipt document.
    pub fn record_police_receipt(
        &self,
        calendar: &WorkingCalendar,
        step: Step,
        today: NaiveDate,
    ) -> Result<Self, StepRefused> {
        let mut next = self.documented(calendar, CaseEvent::RecordPoliceReceipt, &step, today)?;
        next.police_receipt = Some(step);
        Ok(next)
    }

    /// Closed today, with its reason: required when no police transfer was made.
    pub fn close(
        &self,
        calendar: &WorkingCalendar,
        reason: Option<String>,
        today: NaiveDate,
    ) -> Result<Self, StepRefused> {
        let mut next = self.moved(calendar, CaseEvent::Close, today)?;
        if self.police_transfer.is_none() && reason.is_none() {
            return Err(StepRefused::CloseReasonRequired);
        }
        next.closed_on = Some(today);
        next.close_reason = reason;
        Ok(next)
    }

    /// Dismissed today as opened in error, with the reason (checked by [`parse_dismissal_reason`]):
    /// no deadline is waited for any more.
    pub fn dismiss(&self, reason: String, today: NaiveDate) -> Result<Self, StepRefused> {
        let mut next = self.clone();
        next.status = self.status.next(CaseEvent::Dismiss)?;
        next.due_on = None;
        next.closed_on = Some(today);
        next.close_reason = Some(reason);
        Ok(next)
    }

    /// The audit state.
    pub fn state(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

/// The longest dismissal reason, in characters.
pub const DISMISSAL_REASON_MAX_CHARS: usize = 1000;

/// A dismissal's reason: 1–1000 characters, as an unlicensed-production case's dismissal.
pub fn parse_dismissal_reason(text: &str) -> Result<String, crate::FieldError> {
    parse_text("reason", text, 1, DISMISSAL_REASON_MAX_CHARS, true)
}

/// One recall record (召回): a batch taken back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Recall {
    pub id: RecallId,
    pub case_id: CounterfeitCaseId,
    pub batch: String,
    pub quantity_produced: Decimal,
    pub quantity_recalled: Decimal,
    pub unit: String,
    pub recalled_on: NaiveDate,
    pub documents: Vec<AttachmentId>,
}

/// A recall as the officer records it, before it is checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecallAsked {
    pub batch: String,
    pub quantity_produced: Decimal,
    pub quantity_recalled: Decimal,
    pub unit: String,
    pub recalled_on: NaiveDate,
}

/// A recall checked: trimmed texts, quantities normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecallChecked {
    pub batch: String,
    pub quantity_produced: Decimal,
    pub quantity_recalled: Decimal,
    pub unit: String,
    pub recalled_on: NaiveDate,
}

/// One thing wrong with a recall; every one is reported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecallProblem {
    #[error("the batch number: {0}")]
    Batch(String),
    #[error("the unit: {0}")]
    Unit(String),
    #[error("the quantity produced is positive, not {0}")]
    ProducedNotPositive(Decimal),
    #[error("the quantity recalled is positive, not {0}")]
    RecalledNotPositive(Decimal),
    #[error("a quantity has at most {QUANTITY_DECIMALS} decimals, not {0}")]
    TooPrecise(Decimal),
    #[error("the quantity recalled ({recalled}) exceeds the quantity produced ({produced})")]
    RecalledExceedsProduced { recalled: Decimal, produced: Decimal },
    #[error("batch {0} is recorded already in this case")]
    BatchRecorded(String),
    #[error("the recall day {on} is in the future (today is {today})")]
    InFuture { on: NaiveDate, today: NaiveDate },
    #[error("the recall day {on} is before the order to stop ({stopped_on})")]
    BeforeStop { on: NaiveDate, stopped_on: NaiveDate },
}

/// The recall refused, with every problem found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
pub struct RecallRefused(pub Vec<RecallProblem>);

/// A quantity as written (exact decimal text such as `1200.5`); `None` when the text is no number.
pub fn parse_quantity(text: &str) -> Option<Decimal> {
    Decimal::from_str_exact(text.trim()).ok()
}

/// Checks a recall of a case ordered to stop on `stopped_on`, whose batches so far are
/// `recorded`: texts, positive quantities of at most three decimals, no more recalled than
/// produced, a new batch, a day between the order and today.
pub fn check_recall(
    asked: RecallAsked,
    stopped_on: NaiveDate,
    recorded: &[String],
    today: NaiveDate,
) -> Result<RecallChecked, RecallRefused> {
    let mut problems = Vec::new();
    let batch = parse_text("batch", &asked.batch, 1, BATCH_MAX_CHARS, false)
        .map_err(|e| problems.push(RecallProblem::Batch(e.message)))
        .ok();
    let unit = parse_text("unit", &asked.unit, 1, BATCH_MAX_CHARS, false)
        .map_err(|e| problems.push(RecallProblem::Unit(e.message)))
        .ok();
    let (produced, recalled) = (asked.quantity_produced.normalize(), asked.quantity_recalled.normalize());
    if produced <= Decimal::ZERO {
        problems.push(RecallProblem::ProducedNotPositive(produced));
    }
    if recalled <= Decimal::ZERO {
        problems.push(RecallProblem::RecalledNotPositive(recalled));
    }
    // 12.500 is 12.5: trailing zeros are not precision.
    for quantity in [produced, recalled] {
        if quantity.scale() > QUANTITY_DECIMALS {
            problems.push(RecallProblem::TooPrecise(quantity));
        }
    }
    if recalled > produced {
        problems.push(RecallProblem::RecalledExceedsProduced { recalled, produced });
    }
    if let Some(batch) = batch.as_ref().filter(|b| recorded.contains(b)) {
        problems.push(RecallProblem::BatchRecorded(batch.clone()));
    }
    let on = asked.recalled_on;
    if on > today {
        problems.push(RecallProblem::InFuture { on, today });
    }
    if on < stopped_on {
        problems.push(RecallProblem::BeforeStop { on, stopped_on });
    }
    match (batch, unit) {
        (Some(batch), Some(unit)) if problems.is_empty() => Ok(RecallChecked {
            batch,
            quantity_produced: produced,
            quantity_recalled: recalled,
            unit,
            recalled_on: on,
        }),
        _ => Err(RecallRefused(problems)),
    }
}

/// A fact of a counterfeiting case for the enterprise's archive.
#[derive(Debug, Clone, Copy)]
pub enum CounterfeitFact<'a> {
    Opened(&'a CounterfeitCase),
    StopOrdered(&'a CounterfeitCase),
    RecallRecorded(&'a CounterfeitCase, &'a Recall),
    RecallCompleted(&'a CounterfeitCase),
    RevocationReported {
        case: &'a CounterfeitCase,
        grounds: &'a str,
    },
    RevocationDecided(&'a CounterfeitCase),
    BanRequested(&'a CounterfeitCase),
    TransferredToPolice(&'a CounterfeitCase),
    PoliceReceiptRecorded(&'a CounterfeitCase),
    Closed(&'a CounterfeitCase),
    /// Dismissed as opened in error, from the status it had (`from`).
    Dismissed {
        case: &'a CounterfeitCase,
        from: CaseStatus,
    },
}

fn documents(step: Option<&Step>) -> String {
    let ids: Vec<String> =
        step.map(|s| s.documents.iter().map(ToString::to_string).collect()).unwrap_or_default();
    ids.join(", ")
}

impl CounterfeitFact<'_> {
    /// The stored event: kind, bilingual summary, details.
    pub fn event(&self) -> ArchiveEvent {
        let (kind, summary, details) = match *self {
            CounterfeitFact::Opened(c) => (
                Kind::CounterfeitCaseOpened,
                format!(
                    "恶意造假立案 Counterfeiting case {} opened ({}): {}",
                    c.id,
                    c.source.kind(),
                    c.finding
                ),
                c.state(),
            ),
            CounterfeitFact::StopOrdered(c) => (
                Kind::CounterfeitStopOrdered,
                format!(
                    "责令停止生产 Case {}: ordered to stop on {}; 文书 documents {}",
                    c.id,
                    c.stop_order.as_ref().map(|s| s.on.to_string()).unwrap_or_default(),
                    documents(c.stop_order.as_ref())
                ),
                json!({ "caseId": c.id, "stopOrder": c.stop_order, "dueOn": c.due_on }),
            ),
            CounterfeitFact::RecallRecorded(c, r) => (
                Kind::CounterfeitRecallRecorded,
                format!(
                    "召回 Case {}: batch {} recalled {} of {} {} on {}",
                    c.id, r.batch, r.quantity_recalled, r.quantity_produced, r.unit, r.recalled_on
                ),
                json!({ "caseId": c.id, "recall": r }),
            ),
            CounterfeitFact::RecallCompleted(c) => (
                Kind::CounterfeitRecallCompleted,
                format!(
                    "召回完成 Case {}: recall complete on {}",
                    c.id,
                    c.recall_completed_on.map(|d| d.to_string()).unwrap_or_default()
                ),
                json!({ "caseId": c.id, "recallCompletedOn": c.recall_completed_on, "dueOn": c.due_on }),
            ),
            CounterfeitFact::RevocationReported { case: c, grounds } => (
                Kind::CounterfeitRevocationReported,
                format!(
                    "上报撤销 Case {}: revocation reported up as proposal {}; {grounds}",
                    c.id,
                    c.proposal_id.map(|p| p.to_string()).unwrap_or_default()
                ),
                json!({ "caseId": c.id, "proposalId": c.proposal_id, "grounds": grounds }),
            ),
            CounterfeitFact::RevocationDecided(c) => (
                Kind::CounterfeitRevocationDecided,
                match c.proposal_id {
                    Some(proposal) => format!(
                        "撤销决定 Case {}: proposal {proposal} {}",
                        c.id,
                        c.revocation_outcome.map(|o| o.as_str()).unwrap_or_default()
                    ),
                    None => format!(
                        "许可证已终止 Case {}: the license ended before it was reported up (MOOT)",
                        c.id
                    ),
                },
                json!({ "caseId": c.id, "proposalId": c.proposal_id, "outcome": c.revocation_outcome }),
            ),
            CounterfeitFact::BanRequested(c) => (
                Kind::CounterfeitBanRequested,
                format!(
                    "提请取缔 Case {}: local government asked to ban; 文书 documents {}",
                    c.id,
                    documents(c.ban_request.as_ref())
                ),
                json!({ "caseId": c.id, "banRequest": c.ban_request, "dueOn": c.due_on }),
            ),
            CounterfeitFact::TransferredToPolice(c) => (
                Kind::CounterfeitTransferredToPolice,
                format!(
                    "移送公安机关 Case {}: transferred to the police; 文书 documents {}",
                    c.id,
                    documents(c.police_transfer.as_ref())
                ),
                json!({ "caseId": c.id, "policeTransfer": c.police_transfer, "dueOn": c.due_on }),
            ),
            CounterfeitFact::PoliceReceiptRecorded(c) => (
                Kind::CounterfeitPoliceReceiptRecorded,
                format!(
                    "公安回执 Case {}: police receipt recorded; 文书 documents {}",
                    c.id,
                    documents(c.police_receipt.as_ref())
                ),
                json!({ "caseId": c.id, "policeReceipt": c.police_receipt }),
            ),
            CounterfeitFact::Closed(c) => (
                Kind::CounterfeitCaseClosed,
                format!(
                    "结案 Case {} closed{}",
                    c.id,
                    c.close_reason.as_deref().map(|r| format!("; 原因 Reason: {r}")).unwrap_or_default()
                ),
                json!({ "caseId": c.id, "closedOn": c.closed_on, "closeReason": c.close_reason }),
            ),
            CounterfeitFact::Dismissed { case: c, from } => (
                Kind::CounterfeitCaseDismissed,
                format!(
                    "撤销立案 Case {} dismissed as opened in error (was {from}); 原因 Reason: {}",
                    c.id,
                    c.close_reason.as_deref().unwrap_or_default()
                ),
                json!({ "caseId": c.id, "from": from, "dismissedOn": c.closed_on, "reason": c.close_reason }),
            ),
        };
        ArchiveEvent { kind, summary, details }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::calendar::CalendarYear;
    use CaseEvent as E;
    use CaseStatus::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn every_status_and_event() {
        let events = [
            E::OrderStop,
            E::RecordRecall,
            E::CompleteRecall,
            E::ReportRevocation,
            E::RevocationDecided,
            E::RequestBan,
            E::TransferToPolice,
            E::RecordPoliceReceipt,
            E::Close,
            E::Dismiss,
        ];
        #[rustfmt::skip]
        let table = [
            //                     OrderStop       RecordRecall  CompleteRecall ReportRevocation       RevocationDecided     RequestBan       TransferToPolice         RecordPoliceReceipt        Close      Dismiss
            (Open,                  ["STOP_ORDERED", "!order",     "!order",     "!order",             "!order",             "!order",        "!order",                "!order",                  "!order",  "DISMISSED"]),
            (StopOrdered,           ["!order",       "RECALLING",  "!no recall", "!order",             "!order",             "!order",        "!order",                "!order",                  "!order",  "DISMISSED"]),
            (Recalling,             ["!order",       "RECALLING",  "RECALLED",   "!order",             "!order",             "!order",        "!order",                "!order",                  "!order",  "DISMISSED"]),
            (Recalled,              ["!order",       "!order",     "!order",     "REVOCATION_REPORTED", "!order",            "!order",        "!order",                "!order",                  "!order",  "DISMISSED"]),
            (RevocationReported,    ["!awaiting",    "!awaiting",  "!awaiting",  "!awaiting",          "REVOCATION_DECIDED", "!awaiting",     "!awaiting",             "!awaiting",               "!awaiting", "!too late"]),
            (RevocationDecided,     ["!order",       "!order",     "!order",     "!order",             "!order",             "BAN_REQUESTED", "!order",                "!order",                  "!order",  "!too late"]),
            (BanRequested,          ["!order",       "!order",     "!order",     "!order",             "!order",             "!order",        "TRANSFERRED_TO_POLICE", "!order",                  "CLOSED",  "!too late"]),
            (TransferredToPolice,   ["!order",       "!order",     "!order",     "!order",             "!order",             "!order",        "!order",                "POLICE_RECEIPT_RECORDED", "!order",  "!too late"]),
            (PoliceReceiptRecorded, ["!order",       "!order",     "!order",     "!order",             "!order",             "!order",        "!order",                "!order",                  "CLOSED",  "!too late"]),
            (Closed,                ["!closed",      "!closed",    "!closed",    "!closed",            "!closed",            "!closed",       "!closed",               "!closed",                 "!closed", "!closed"]),
            (Dismissed,             ["!dismissed",   "!dismissed", "!dismissed", "!dismissed",         "!dismissed",         "!dismissed",    "!dismissed",            "!dismissed",              "!dismissed", "!dismissed"]),
        ];
        assert_eq!(table.len(), CaseStatus::ALL.len());
        for (status, row) in table {
            for (event, expected) in events.into_iter().zip(row) {
                let got = match status.next(event) {
                    Ok(next) => next.as_str().to_owned(),
                    Err(CaseStateRefused::Closed) => "!closed".to_owned(),
                    Err(CaseStateRefused::Dismissed) => "!dismissed".to_owned(),
                    Err(CaseStateRefused::TooLateToDismiss(_)) => "!too late".to_owned(),
                    Err(CaseStateRefused::NoRecall) => "!no recall".to_owned(),
                    Err(CaseStateRefused::AwaitingDecision) => "!awaiting".to_owned(),
                    Err(CaseStateRefused::OutOfOrder { .. }) => "!order".to_owned(),
                };
                assert_eq!(got, expected, "{status} + {event:?}");
            }
        }
    }

    /// 2027 with the National Day break (10-01..10-07) and its make-up Saturday (10-09).
    fn calendar() -> WorkingCalendar {
        let holidays: Vec<NaiveDate> =
            (1..=7).map(|d| NaiveDate::from_ymd_opt(2027, 10, d).unwrap()).collect();
        let year = CalendarYear::parse(2027, &holidays, &[date("2027-10-09")], "国办发明电 test").unwrap();
        WorkingCalendar::new([year])
    }

    fn case() -> CounterfeitCase {
        CounterfeitCase {
            id: CounterfeitCaseId::new(1),
            enterprise_id: EnterpriseId::new(7),
            license_id: LicenseId::new(9),
            authority_id: AuthorityId::new(4),
            status: Open,
            finding: "假冒他人注册商标".to_owned(),
            source: CaseSource::Complaint,
            opened_on: date("2027-09-29"),
            due_on: due_after(&calendar(), Open, date("2027-09-29")),
            stop_order: None,
            recall_completed_on: None,
            proposal_id: None,
            revocation_reported_on: None,
            revocation_outcome: None,
            revocation_decided_on: None,
            ban_request: None,
            police_transfer: None,
            police_receipt: None,
            closed_on: None,
            close_reason: None,
        }
    }

    fn step(on: &str) -> Step {
        Step { on: date(on), documents: vec![AttachmentId::new(3)] }
    }

    #[test]
    fn each_step_sets_the_next_deadline_on_the_working_day_calendar() {
        let cal = calendar();
        let opened = case();
        // Wednesday 09-29: one working day is Thursday 09-30.
        assert_eq!(opened.due_on, Some(date("2027-09-30")));
        assert!(!opened.overdue_on(date("2027-09-30")));
        assert!(opened.overdue_on(date("2027-10-08")));
        // Ordered on Thursday 09-30: twenty working days skip the holiday week, count 10-09.
        let stopped = opened.order_stop(&cal, step("2027-09-30"), date("2027-09-30")).unwrap();
        assert_eq!(stopped.due_on, Some(date("2027-11-03")));
        let recalling = stopped.recall_recorded(&cal, date("2027-10-11")).unwrap();
        let again = recalling.recall_recorded(&cal, date("2027-10-12")).unwrap();
        assert_eq!(again.due_on, stopped.due_on, "a further batch keeps the recall's deadline");
        let recalled = again.complete_recall(&cal, date("2027-10-12"), date("2027-10-13")).unwrap();
        let reported = recalled.report_revocation(&cal, ProposalId::new(5), date("2027-10-14")).unwrap();
        assert_eq!(reported.due_on, None, "the nation's decision has no deadline of the case's");
        assert!(!reported.overdue_on(date("2030-01-01")));
        let ended = recalled.license_ended(&cal, date("2027-10-14")).unwrap();
        assert_eq!(
            (ended.status, ended.revocation_outcome, ended.proposal_id, ended.due_on),
            (RevocationDecided, Some(RevocationOutcome::Moot), None, Some(date("2027-10-28")))
        );
        assert!(matches!(stopped.license_ended(&cal, date("2027-10-14")), Err(StepRefused::State(_))));
        let decided =
            reported.revocation_decided(&cal, RevocationOutcome::Rejected, date("2027-10-20")).unwrap();
        assert_eq!(decided.revocation_outcome, Some(RevocationOutcome::Rejected));
        let banned = decided.request_ban(&cal, step("2027-10-20"), date("2027-10-20")).unwrap();
        assert_eq!(banned.close(&cal, None, date("2027-10-21")), Err(StepRefused::CloseReasonRequired));
        let closed = banned.close(&cal, Some("不构成犯罪".to_owned()), date("2027-10-21")).unwrap();
        assert_eq!((closed.status, closed.due_on), (Closed, None));
    }

    #[test]
    fn a_dismissal_ends_the_deadlines_and_every_later_step() {
        let cal = calendar();
        let stopped = case().order_stop(&cal, step("2027-09-30"), date("2027-09-30")).unwrap();
        let dismissed = stopped.dismiss("同名企业误认，实为他人产品".to_owned(), date("2027-10-08")).unwrap();
        assert_eq!(
            (dismissed.status, dismissed.due_on, dismissed.closed_on, dismissed.close_reason.as_deref()),
            (Dismissed, None, Some(date("2027-10-08")), Some("同名企业误认，实为他人产品"))
        );
        assert!(!dismissed.overdue_on(date("2030-01-01")), "nothing is waited for");
        assert_eq!(dismissed.stop_order, stopped.stop_order, "the steps taken stay on record");
        assert_eq!(
            dismissed.recall_recorded(&cal, date("2027-10-08")),
            Err(StepRefused::State(CaseStateRefused::Dismissed))
        );
        let reported = stopped
            .recall_recorded(&cal, date("2027-10-01"))
            .and_then(|c| c.complete_recall(&cal, date("2027-10-08"), date("2027-10-08")))
            .and_then(|c| c.report_revocation(&cal, ProposalId::new(5), date("2027-10-08")))
            .unwrap();
        assert_eq!(
            reported.dismiss("误立".to_owned(), date("2027-10-09")),
            Err(StepRefused::State(CaseStateRefused::TooLateToDismiss(RevocationReported)))
        );
        assert!(parse_dismissal_reason(" ").is_err());
        assert!(parse_dismissal_reason(&"误".repeat(DISMISSAL_REASON_MAX_CHARS + 1)).is_err());
        assert_eq!(parse_dismissal_reason(" 误立 ").unwrap(), "误立");
    }

    #[test]
    fn a_documented_step_needs_a_document_and_a_day_in_order() {
        let cal = calendar();
        let opened = case();
        let bare = Step { on: date("2027-09-30"), documents: vec![] };
        assert_eq!(opened.order_stop(&cal, bare, date("2027-09-30")), Err(StepRefused::NoDocument));
        assert_eq!(
            opened.order_stop(&cal, step("2027-10-08"), date("2027-09-30")),
            Err(StepRefused::InFuture { on: date("2027-10-08"), today: date("2027-09-30") })
        );
        assert_eq!(
            opened.order_stop(&cal, step("2027-09-28"), date("2027-09-30")),
            Err(StepRefused::BeforePrevious { on: date("2027-09-28"), since: date("2027-09-29") })
        );
    }

    fn asked(produced: &str, recalled: &str) -> RecallAsked {
        RecallAsked {
            batch: "20270915".to_owned(),
            quantity_produced: parse_quantity(produced).unwrap(),
            quantity_recalled: parse_quantity(recalled).unwrap(),
            unit: "袋".to_owned(),
            recalled_on: date("2027-10-11"),
        }
    }

    #[test]
    fn recall_quantities_are_positive_exact_and_no_more_than_produced() {
        let q = |s: &str| parse_quantity(s).unwrap();
        let stopped_on = date("2027-09-30");
        let today = date("2027-10-12");
        let check = |a: RecallAsked| check_recall(a, stopped_on, &["B1".to_owned()], today);
        // Decimals are exact: 0.1 + 0.2 of a 0.3 batch is all of it, no float residue.
        let ok = check(asked("1200.500", "1200.5")).unwrap();
        assert_eq!((ok.quantity_produced, ok.quantity_recalled), (q("1200.5"), q("1200.5")));
        assert_eq!(q("0.1") + q("0.2"), q("0.3"));
        assert!(check(asked("0.3", "0.3")).is_ok());
        let cases: Vec<(RecallAsked, Vec<RecallProblem>)> = vec![
            (
                asked("100", "100.001"),
                vec![RecallProblem::RecalledExceedsProduced { recalled: q("100.001"), produced: q("100") }],
            ),
            (
                asked("0", "0"),
                vec![RecallProblem::ProducedNotPositive(q("0")), RecallProblem::RecalledNotPositive(q("0"))],
            ),
            (
                asked("-5", "1"),
                vec![
                    RecallProblem::ProducedNotPositive(q("-5")),
                    RecallProblem::RecalledExceedsProduced { recalled: q("1"), produced: q("-5") },
                ],
            ),
            (asked("10.0005", "1"), vec![RecallProblem::TooPrecise(q("10.0005"))]),
            (
                RecallAsked { batch: "B1".to_owned(), ..asked("10", "1") },
                vec![RecallProblem::BatchRecorded("B1".to_owned())],
            ),
            (
                RecallAsked { recalled_on: date("2027-09-29"), ..asked("10", "1") },
                vec![RecallProblem::BeforeStop { on: date("2027-09-29"), stopped_on }],
            ),
            (
                RecallAsked { recalled_on: date("2027-10-13"), ..asked("10", "1") },
                vec![RecallProblem::InFuture { on: date("2027-10-13"), today }],
            ),
        ];
        for (asked, expected) in cases {
            assert_eq!(check(asked.clone()), Err(RecallRefused(expected)), "{asked:?}");
        }
        assert!(matches!(
            check(RecallAsked { batch: " ".to_owned(), unit: String::new(), ..asked("1", "1") }),
            Err(RecallRefused(problems)) if matches!(problems.as_slice(), [RecallProblem::Batch(_), RecallProblem::Unit(_)])
        ));
        assert_eq!(parse_quantity("1e3"), None);
        assert_eq!(parse_quantity("abc"), None);
    }

    #[test]
    fn a_source_names_its_record_only_when_it_has_one() {
        assert_eq!(CaseSource::of(SourceKind::Patrol, Some(3)), Some(CaseSource::Patrol(PatrolId::new(3))));
        assert_eq!(CaseSource::of(SourceKind::Patrol, None), None);
        assert_eq!(CaseSource::of(SourceKind::Complaint, Some(3)), None);
        assert_eq!(CaseSource::of(SourceKind::Other, None), Some(CaseSource::Other));
        assert_eq!(CaseSource::SpotCheck(TaskId::new(8)).record_id(), Some(8));
    }
}
