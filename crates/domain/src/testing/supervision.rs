//! Periodic supervision with unified compulsory testing (§二(四)): the designation of the one
//! testing institution per industry and region, the testing task (抽样/检验任务) with its status
//! machine, and the pure rules that choose the designated institution for a sample.
//!
//! The status machine is a table of (status, event) moves: results, the objection (异议), the
//! authority's acceptance (受理) or refusal, and the retest (复检); delivery (送达) and the
//! objection's items and decision are in `testing::objection`.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};

use crate::calendar::WorkingCalendar;
use crate::error::{ErrorCode, FieldError, ValidationErrors};
use crate::ids::{DesignationId, EnterpriseId, InstitutionId, LicenseId, RectificationId, TaskId};
use crate::registry::region::{RegionCode, RegionLevel};
use crate::testing::objection::{Delivery, ObjectionDecision};
use crate::text::parse_text;

crate::stored_enum! {
    /// Where a testing task stands.
    ///
    /// The string form (`as_str`) is stored and must never be renamed; later states are added at
    /// the end.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum TaskStatus {
        /// Sampled and assigned; waiting for the institution's results.
        Open = "OPEN",
        /// Results accepted and judged; the verdict is stored.
        Judged = "JUDGED",
        /// The enterprise objected to a failing verdict (异议); waiting for the authority to accept
        /// (受理) or refuse it.
        Objected = "OBJECTED",
        /// The retest was judged; its verdict replaces or upholds the first, and both stay stored.
        Retested = "RETESTED",
        /// The authority accepted the objection and assigned the retest (复检) of the objected
        /// items to another institution; waiting for its results.
        ObjectionAccepted = "OBJECTION_ACCEPTED",
        /// The authority refused the objection: the first verdict stands and is final.
        ObjectionRefused = "OBJECTION_REFUSED",
        /// A supervising officer cancelled the task before any result (ADR 0009 decision 19): it
        /// leaves the institution's queue, takes no results and is no sample for the schedule.
        Cancelled = "CANCELLED",
    }
}

impl TaskStatus {
    /// Applies an event, or says why the task refuses it.
    pub fn apply(self, event: TaskEvent) -> Result<TaskStatus, TaskTransitionRefused> {
        use TaskEvent::{
            Cancel, ObjectionAccepted as Accept, ObjectionLodged, ObjectionRefused as Refuse, Reassign,
            ResultsAccepted,
        };
        use TaskStatus::{Cancelled, Judged, Objected, ObjectionAccepted, ObjectionRefused, Open, Retested};
        use TaskTransitionRefused as No;
        match (self, event) {
            // A cancelled task takes nothing more: no results, objection or new institution.
            (Cancelled, _) => Err(No::WasCancelled),
            (Open, Cancel) => Ok(Cancelled),
            // Reassignment changes who tests, not where the task stands.
            (Open, Reassign) => Ok(Open),
            (Judged | Objected | ObjectionAccepted | ObjectionRefused | Retested, Cancel | Reassign) => {
                Err(No::NotOpen)
            }
            (Open, ResultsAccepted) => Ok(Judged),
            // Results for a task whose objection was accepted are the retest of the objected items.
            (ObjectionAccepted, ResultsAccepted) => Ok(Retested),
            (Objected, ResultsAccepted) => Err(No::ObjectionUndecided),
            (Judged | Retested | ObjectionRefused, ResultsAccepted) => Err(No::AlreadyJudged),
            (Judged, ObjectionLodged) => Ok(Objected),
            (Open, ObjectionLodged) => Err(No::NotJudged),
            (Objected | ObjectionAccepted | ObjectionRefused | Retested, ObjectionLodged) => {
                Err(No::AlreadyObjected)
            }
            (Objected, Accept) => Ok(ObjectionAccepted),
            (Objected, Refuse) => Ok(ObjectionRefused),
            (Open | Judged, Accept | Refuse) => Err(No::NoObjection),
            (ObjectionAccepted | ObjectionRefused | Retested, Accept | Refuse) => Err(No::ObjectionDecided),
        }
    }

    /// Whether the task's current verdict is final on `today`: a retest verdict, or a first
    /// verdict whose objection was refused, at once; a first verdict that found nothing failing
    /// at once, delivered or not (ADR 0009 decision 10); a failing first verdict only once it was
    /// delivered and its objection window (which ends on `objection_deadline`, `None` before
    /// delivery) closed without an objection.
    pub fn verdict_final(
        self,
        failing: bool,
        objection_deadline: Option<NaiveDate>,
        today: NaiveDate,
    ) -> bool {
        match self {
            TaskStatus::Open
            | TaskStatus::Objected
            | TaskStatus::ObjectionAccepted
            | TaskStatus::Cancelled => false,
            TaskStatus::Retested | TaskStatus::ObjectionRefused => true,
            TaskStatus::Judged => !failing || objection_deadline.is_some_and(|deadline| today > deadline),
        }
    }

    /// Whether results for the task, or for the retest of its objected items, may still come
    /// on `today`: every task whose verdict is not final, except a cancelled one. The plugin
    /// version fixed on such a task must stay served, since it alone judges them (issue 11
    /// item 3, docs/adr/0017). Storage counts these tasks with the same rule in SQL
    /// (`storage::testing::pinned`): the statuses of [`TaskStatus::AWAITING_JUDGMENT`], and a
    /// failing first verdict whose objection window has not closed.
    pub fn may_still_be_judged(
        self,
        failing: bool,
        objection_deadline: Option<NaiveDate>,
        today: NaiveDate,
    ) -> bool {
        self != TaskStatus::Cancelled && !self.verdict_final(failing, objection_deadline, today)
    }

    /// The statuses in which a task waits for results or for a decision that may order a retest.
    pub const AWAITING_JUDGMENT: [TaskStatus; 3] =
        [TaskStatus::Open, TaskStatus::Objected, TaskStatus::ObjectionAccepted];
}

/// The objection window (异议期) of a verdict, in days: the law's, the same for every industry
/// (产品质量法 第十五条; 《产品质量监督抽查管理暂行办法》: 自收到检验结果之日起十五日内). A plugin
/// cannot set or widen it and a province cannot shorten it (docs/adr/0011-working-day-calendar.md).
pub const OBJECTION_WINDOW_DAYS: u32 = 15;

/// The last day an objection to a verdict the enterprise received on `delivered_on` is accepted:
/// the window counts calendar days from the day after delivery (自收到检验结果之日起), and a window
/// whose last day is a rest day ends on the next working day (民法典 第二百零三条).
pub fn objection_deadline(calendar: &WorkingCalendar, delivered_on: NaiveDate) -> NaiveDate {
    calendar.add_days_ending_on_workday(delivered_on, OBJECTION_WINDOW_DAYS)
}

/// The reason for cancelling or reassigning a task (ADR 0009 decision 19): 2 to 500 characters,
/// several lines allowed — one character says nothing a reviewer can check.
pub fn parse_task_change_reason(s: &str) -> Result<String, FieldError> {
    parse_text("reason", s, 2, 500, true)
}

/// Why an objection is refused before the task's status is even asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ObjectionRefused {
    /// Only a failing verdict can be objected to.
    #[error("only a failing verdict can be objected to")]
    NotObjectable,
    /// The window runs from delivery (送达): before it there is nothing to object to yet.
    #[error("the verdict was not delivered to the enterprise yet; the objection window runs from delivery")]
    NotDelivered,
    #[error("the objection window closed on {deadline}")]
    WindowClosed { deadline: NaiveDate },
}

/// Checks that an objection to a verdict is in time: `failing` is the verdict's conclusion and
/// `deadline` the end of its window (`None` until the verdict is delivered). A re-check's
/// verdict is objected to like any other (issue 11 item 8); the retest's is not, which the
/// status machine says.
pub fn check_objection(
    failing: bool,
    deadline: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<(), ObjectionRefused> {
    if !failing {
        return Err(ObjectionRefused::NotObjectable);
    }
    match deadline {
        None => Err(ObjectionRefused::NotDelivered),
        Some(deadline) if today > deadline => Err(ObjectionRefused::WindowClosed { deadline }),
        Some(_) => Ok(()),
    }
}

/// What can happen to a testing task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TaskEvent {
    /// The institution's results were valid and judged (the first test by the designated
    /// institution, or the retest by the institution the authority assigned).
    ResultsAccepted,
    /// The enterprise objected to the verdict in time.
    ObjectionLodged,
    /// The authority accepted the objection (受理) and assigned the retest.
    ObjectionAccepted,
    /// The authority refused the objection (不予受理).
    ObjectionRefused,
    /// A supervising officer cancelled the task, with reason, before any result.
    Cancel,
    /// A supervising officer gave the task to another institution, with reason, before any result.
    Reassign,
}

/// Why a task refused an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TaskTransitionRefused {
    /// Results come once; a second set would silently replace a verdict (retests have their own
    /// step, once the objection is accepted).
    #[error("the task is already judged; results are accepted once")]
    AlreadyJudged,
    #[error("the task has no verdict yet")]
    NotJudged,
    /// One objection per verdict; the retest verdict is final.
    #[error("the verdict was already objected to; the retest verdict is final")]
    AlreadyObjected,
    /// A retest waits for the authority to accept the objection and name the retest institution.
    #[error("the objection awaits the authority's decision; no retest is assigned yet")]
    ObjectionUndecided,
    #[error("no objection to this task's verdict awaits a decision")]
    NoObjection,
    #[error("the objection was already decided")]
    ObjectionDecided,
    /// Only a task waiting for its first results can be cancelled or reassigned: once results
    /// are in, the verdict and its objection path belong to the record.
    #[error("the task is no longer open: it has results")]
    NotOpen,
    #[error("the task was cancelled")]
    WasCancelled,
}

/// A designation as the rules need it: who tests an industry where, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DesignationPeriod {
    pub region: RegionCode,
    pub valid_from: NaiveDate,
    /// Last day of the designation (inclusive).
    pub valid_until: NaiveDate,
}

impl DesignationPeriod {
    /// Checks a new designation: the region is a province or lies inside one, and the period does
    /// not end before it starts. (The institution's seat is checked against the registry by the
    /// caller, with [`DesignationPeriod::institution_in_province`].)
    pub fn parse(
        region: RegionCode,
        valid_from: NaiveDate,
        valid_until: NaiveDate,
    ) -> Result<DesignationPeriod, ValidationErrors> {
        let mut errors = Vec::new();
        if region.level() == RegionLevel::National {
            errors.push(FieldError::new(
                ErrorCode::InvalidRegionCode,
                "regionCode",
                "a designation covers a province or a region inside one, not the whole nation",
            ));
        }
        if valid_until < valid_from {
            errors.push(FieldError::new(
                ErrorCode::InvalidDateRange,
                "validUntil",
                format!("the designation ends ({valid_until}) before it starts ({valid_from})"),
            ));
        }
        if errors.is_empty() {
            Ok(DesignationPeriod { region, valid_from, valid_until })
        } else {
            Err(ValidationErrors(errors))
        }
    }

    /// Whether the institution seated at `institution_region` is in this designation's province
    /// (a province designates its own institutions: §二(四) "省级…指定").
    pub fn institution_in_province(&self, institution_region: &RegionCode) -> bool {
        self.region.province().is_some_and(|province| province.contains(institution_region))
    }

    /// Two designations for the same industry clash when they cover the same region and their
    /// periods share a day: a sample must have exactly one institution.
    pub fn overlaps(&self, other: &DesignationPeriod) -> bool {
        self.region == other.region
            && self.valid_from <= other.valid_until
            && other.valid_from <= self.valid_until
    }

    /// Whether the institution may be named by this designation: seated in its province, or a
    /// national testing centre (国家产品质量检验检测中心) seated anywhere (ADR 0009 decision 21).
    pub fn may_name(&self, institution_region: &RegionCode, national_centre: bool) -> bool {
        national_centre || self.institution_in_province(institution_region)
    }

    /// Two designations of the same industry clash under §二(四)'s one unified institution
    /// (统一承检机构) when they lie in the same province — the same region, one inside the other
    /// or siblings — and share a day (ADR 0009 decision 20).
    pub fn clashes_in_province(&self, other: &DesignationPeriod) -> bool {
        self.region.province().is_some()
            && self.region.province() == other.region.province()
            && self.valid_from <= other.valid_until
            && other.valid_from <= self.valid_until
    }

    /// The designation ended early on `ends_on` (its last day), decided on `today`: not in the
    /// past (samples taken until today went to it), not before it starts, and before the day it
    /// would have ended (ADR 0009 decision 22).
    pub fn end_on(
        &self,
        ends_on: NaiveDate,
        today: NaiveDate,
    ) -> Result<DesignationPeriod, DesignationEndRefused> {
        if ends_on < today {
            return Err(DesignationEndRefused::InThePast { ends_on, today });
        }
        if ends_on < self.valid_from {
            return Err(DesignationEndRefused::BeforeStart { ends_on, valid_from: self.valid_from });
        }
        if ends_on >= self.valid_until {
            return Err(DesignationEndRefused::NotEarlier { ends_on, valid_until: self.valid_until });
        }
        Ok(DesignationPeriod { valid_until: ends_on, ..self.clone() })
    }

    /// A replacement from `from`: this designation ends the day before, and the successor holds
    /// the same region from `from` to the day this one would have ended.
    pub fn replace_from(
        &self,
        from: NaiveDate,
        today: NaiveDate,
    ) -> Result<(DesignationPeriod, DesignationPeriod), DesignationEndRefused> {
        let ends_on = from.pred_opt().ok_or(DesignationEndRefused::InThePast { ends_on: from, today })?;
        let ended = self.end_on(ends_on, today)?;
        let successor = DesignationPeriod { valid_from: from, ..self.clone() };
        Ok((ended, successor))
    }

    /// Whether this designation applies to a sample taken at `region` on `date`.
    pub fn applies(&self, region: &RegionCode, date: NaiveDate) -> bool {
        self.region.contains(region) && self.valid_from <= date && date <= self.valid_until
    }
}

/// Why a designation cannot end (or be replaced) on the day asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DesignationEndRefused {
    #[error(
        "the designation cannot end on {ends_on}, before today ({today}): samples until today went to it"
    )]
    InThePast { ends_on: NaiveDate, today: NaiveDate },
    #[error("the designation cannot end on {ends_on}, before it starts ({valid_from})")]
    BeforeStart { ends_on: NaiveDate, valid_from: NaiveDate },
    #[error("the designation ends on {valid_until} already; an early end ({ends_on}) must come before it")]
    NotEarlier { ends_on: NaiveDate, valid_until: NaiveDate },
}

/// The designation that applies to a sample taken at `region` on `date`: among those covering
/// the region and date, the most specific region wins (a county's own designation before its
/// city's, the city's before the province's). Returns the index into `candidates`.
pub fn designated_for(
    candidates: &[DesignationPeriod],
    region: &RegionCode,
    date: NaiveDate,
) -> Option<usize> {
    candidates
        .iter()
        .enumerate()
        .filter(|(_, d)| d.applies(region, date))
        .max_by_key(|(_, d)| d.region.jurisdiction_prefix().len())
        .map(|(index, _)| index)
}

/// A testing task (检验任务): a sample of one licensed product, tested by the designated
/// institution and judged by the industry plugin fixed at sampling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestingTask {
    pub id: TaskId,
    pub enterprise_id: EnterpriseId,
    pub license_id: LicenseId,
    pub institution_id: InstitutionId,
    pub designation_id: DesignationId,
    pub industry: String,
    pub variant: String,
    pub sampling: SamplingRecord,
    pub declared: BTreeMap<String, String>,
    pub declared_standards: Vec<String>,
    /// The plugin and version that served the industry when the sample was taken.
    pub plugin_id: String,
    pub plugin_version: String,
    /// Standard → edition in force on the sampling date.
    pub editions: BTreeMap<String, String>,
    pub status: TaskStatus,
    pub opened_by: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The calendar date of the first verdict.
    pub verdict_date: Option<NaiveDate>,
    /// The issue of the first verdict to the enterprise (送达); `None` until the authority
    /// delivers it.
    pub delivery: Option<Delivery>,
    /// The last day to object: fixed from the delivery date (`objection_deadline`), `None`
    /// until the verdict is delivered.
    pub objection_deadline: Option<NaiveDate>,
    pub objection: Option<Objection>,
    /// Set on a re-check task: the rectification it re-checks.
    pub rectification_id: Option<RectificationId>,
    /// The test scope (检验范围) sampled; `None` on tasks from before scopes were recorded
    /// (full samples, `testing::due`).
    pub test_scope: Option<String>,
}

/// An enterprise's objection (异议) to a verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Objection {
    pub reason: String,
    pub lodged_by: String,
    pub lodged_at: DateTime<Utc>,
    /// The failed, retestable items objected to (empty on objections lodged before items were
    /// named).
    pub items: Vec<String>,
    /// The last working day for the authority's decision (`None` on objections lodged before
    /// the decision step existed).
    pub decision_due: Option<NaiveDate>,
    pub decision: Option<ObjectionDecision>,
}

impl TestingTask {
    /// The institution that tests the task now: the retest institution once an objection is
    /// accepted, the designated one before.
    pub fn acting_institution(&self) -> InstitutionId {
        self.objection
            .as_ref()
            .and_then(|o| o.decision.as_ref())
            .and_then(|d| d.retest_institution_id)
            .unwrap_or(self.institution_id)
    }
}

impl TestingTask {
    /// The audited (and archived) state of a new task.
    pub fn state(&self) -> serde_json::Value {
        serde_json::json!({
            "taskId": self.id,
            "licenseId": self.license_id,
            "institutionId": self.institution_id,
            "designationId": self.designation_id,
            "industry": self.industry,
            "variant": self.variant,
            "batch": self.sampling.batch,
            "samplingDate": self.sampling.sampling_date.to_string(),
            "testPortion": self.sampling.test_portion,
            "backupPortion": self.sampling.backup_portion,
            "declared": self.declared,
            "declaredStandards": self.declared_standards,
            "pluginId": self.plugin_id,
            "pluginVersion": self.plugin_version,
            "editions": self.editions,
            "status": self.status.as_str(),
            "rectificationId": self.rectification_id,
            "testScope": self.test_scope,
        })
    }
}

/// The sampling facts of a new task that need no plugin to check (the plugin checks the variant
/// and the declared values).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SamplingRecord {
    /// 批号 — the batch (or production date) sampled.
    pub batch: String,
    /// 检验样品 — what was taken for testing (quantity and form).
    pub test_portion: String,
    /// 备用样品 — what was sealed for a retest.
    pub backup_portion: String,
    pub sampling_date: NaiveDate,
}

impl SamplingRecord {
    /// Checks the texts and that the sample was not taken in the future.
    pub fn parse(
        batch: &str,
        test_portion: &str,
        backup_portion: &str,
        sampling_date: NaiveDate,
        today: NaiveDate,
    ) -> Result<SamplingRecord, ValidationErrors> {
        let mut errors = Vec::new();
        let mut text = |field: &'static str, value: &str| match parse_text(field, value, 1, 200, false) {
            Ok(text) => text,
            Err(error) => {
                errors.push(error);
                String::new()
            }
        };
        let batch = text("batch", batch);
        let test_portion = text("testPortion", test_portion);
        let backup_portion = text("backupPortion", backup_portion);
        if sampling_date > today {
            errors.push(FieldError::new(
                ErrorCode::InvalidDateRange,
                "samplingDate",
                format!("the sampling date {sampling_date} is in the future"),
            ));
        }
        if errors.is_empty() {
            Ok(SamplingRecord { batch, test_portion, backup_portion, sampling_date })
        } else {
            Err(ValidationErrors(errors))
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn region(s: &str) -> RegionCode {
        RegionCode::parse(s).unwrap()
    }

    fn period(code: &str, from: &str, until: &str) -> DesignationPeriod {
        DesignationPeriod { region: region(code), valid_from: date(from), valid_until: date(until) }
    }

    #[test]
    fn status_machine() {
        use TaskEvent::{ObjectionLodged, ResultsAccepted};
        use TaskStatus::*;
        use TaskTransitionRefused::*;
        let (accept, refuse) = (TaskEvent::ObjectionAccepted, TaskEvent::ObjectionRefused);
        let (cancel, reassign) = (TaskEvent::Cancel, TaskEvent::Reassign);
        // Every (status, event) pair.
        let table: &[(TaskStatus, TaskEvent, Result<TaskStatus, TaskTransitionRefused>)] = &[
            (Open, ResultsAccepted, Ok(Judged)),
            (Open, ObjectionLodged, Err(NotJudged)),
            (Open, accept, Err(NoObjection)),
            (Open, refuse, Err(NoObjection)),
            (Judged, ResultsAccepted, Err(AlreadyJudged)),
            (Judged, ObjectionLodged, Ok(Objected)),
            (Judged, accept, Err(NoObjection)),
            (Judged, refuse, Err(NoObjection)),
            (Objected, ResultsAccepted, Err(ObjectionUndecided)),
            (Objected, ObjectionLodged, Err(AlreadyObjected)),
            (Objected, accept, Ok(ObjectionAccepted)),
            (Objected, refuse, Ok(ObjectionRefused)),
            (Retested, ResultsAccepted, Err(AlreadyJudged)),
            (Retested, ObjectionLodged, Err(AlreadyObjected)),
            (Retested, accept, Err(ObjectionDecided)),
            (Retested, refuse, Err(ObjectionDecided)),
            (ObjectionAccepted, ResultsAccepted, Ok(Retested)),
            (ObjectionAccepted, ObjectionLodged, Err(AlreadyObjected)),
            (ObjectionAccepted, accept, Err(ObjectionDecided)),
            (ObjectionAccepted, refuse, Err(ObjectionDecided)),
            (ObjectionRefused, ResultsAccepted, Err(AlreadyJudged)),
            (ObjectionRefused, ObjectionLodged, Err(AlreadyObjected)),
            (ObjectionRefused, accept, Err(ObjectionDecided)),
            (ObjectionRefused, refuse, Err(ObjectionDecided)),
            (Open, cancel, Ok(TaskStatus::Cancelled)),
            (Open, reassign, Ok(Open)),
            (Judged, cancel, Err(NotOpen)),
            (Judged, reassign, Err(NotOpen)),
            (Objected, cancel, Err(NotOpen)),
            (Objected, reassign, Err(NotOpen)),
            (Retested, cancel, Err(NotOpen)),
            (Retested, reassign, Err(NotOpen)),
            (ObjectionAccepted, cancel, Err(NotOpen)),
            (ObjectionAccepted, reassign, Err(NotOpen)),
            (ObjectionRefused, cancel, Err(NotOpen)),
            (ObjectionRefused, reassign, Err(NotOpen)),
            (TaskStatus::Cancelled, ResultsAccepted, Err(WasCancelled)),
            (TaskStatus::Cancelled, ObjectionLodged, Err(WasCancelled)),
            (TaskStatus::Cancelled, accept, Err(WasCancelled)),
            (TaskStatus::Cancelled, refuse, Err(WasCancelled)),
            (TaskStatus::Cancelled, cancel, Err(WasCancelled)),
            (TaskStatus::Cancelled, reassign, Err(WasCancelled)),
        ];
        assert_eq!(table.len(), TaskStatus::ALL.len() * 6, "all pairs");
        for (from, event, expected) in table {
            assert_eq!(from.apply(*event), *expected, "{from:?} + {event:?}");
        }
        for &status in TaskStatus::ALL {
            assert_eq!(TaskStatus::parse(status.as_str()), Some(status));
        }
        // Stored strings: the test fails if one is renamed.
        assert_eq!(
            TaskStatus::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
            [
                "OPEN",
                "JUDGED",
                "OBJECTED",
                "RETESTED",
                "OBJECTION_ACCEPTED",
                "OBJECTION_REFUSED",
                "CANCELLED"
            ]
        );
    }

    #[test]
    fn task_change_reasons() {
        let long = "样".repeat(500);
        let too_long = "样".repeat(501);
        let cases: &[(&str, bool)] = &[
            ("", false),
            ("样", false),
            ("样品", true),
            (" 样品 ", true),
            (&long, true),
            (&too_long, false),
        ];
        for (reason, ok) in cases {
            assert_eq!(parse_task_change_reason(reason).is_ok(), *ok, "{} chars", reason.chars().count());
        }
    }

    #[test]
    fn objection_window() {
        // Delivered on 2026-11-01: fifteen days end on 11-16.
        let delivered = date("2026-11-01");
        let deadline = objection_deadline(&WorkingCalendar::default(), delivered);
        assert_eq!(deadline, date("2026-11-16"));
        // Fifteen days from Saturday 11-14 end on Sunday 11-29: the window runs to Monday.
        assert_eq!(objection_deadline(&WorkingCalendar::default(), date("2026-11-14")), date("2026-11-30"));
        let cases = [
            (true, Some(deadline), "2026-11-01", Ok(())),
            (true, Some(deadline), "2026-11-16", Ok(())),
            (true, Some(deadline), "2026-11-17", Err(ObjectionRefused::WindowClosed { deadline })),
            (false, Some(deadline), "2026-11-02", Err(ObjectionRefused::NotObjectable)),
            // Not delivered: no window yet.
            (true, None, "2026-11-02", Err(ObjectionRefused::NotDelivered)),
            (false, None, "2026-11-02", Err(ObjectionRefused::NotObjectable)),
        ];
        for (failing, deadline, today, expected) in cases {
            assert_eq!(check_objection(failing, deadline, date(today)), expected, "{today} {deadline:?}");
        }
    }

    #[test]
    fn verdict_finality() {
        use TaskStatus::*;
        let deadline = Some(date("2026-11-16"));
        let cases = [
            (Open, true, deadline, "2026-12-01", false),
            (Judged, false, None, "2026-11-02", true),
            (Judged, false, deadline, "2026-11-02", true),
            // Failing and not delivered: never final by time alone.
            (Judged, true, None, "2027-11-02", false),
            (Judged, true, deadline, "2026-11-16", false),
            (Judged, true, deadline, "2026-11-17", true),
            (Objected, true, deadline, "2026-12-31", false),
            (ObjectionAccepted, true, deadline, "2026-12-31", false),
            (ObjectionRefused, true, deadline, "2026-11-02", true),
            (Retested, true, deadline, "2026-11-02", true),
            (Retested, false, deadline, "2026-11-02", true),
            (TaskStatus::Cancelled, false, None, "2026-11-02", false),
        ];
        for (status, failing, deadline, today, expected) in cases {
            assert_eq!(
                status.verdict_final(failing, deadline, date(today)),
                expected,
                "{status:?} {failing} {deadline:?} {today}"
            );
        }
    }

    #[test]
    fn which_tasks_hold_their_plugin_version() {
        use TaskStatus::*;
        let deadline = Some(date("2026-11-16"));
        let cases = [
            (Open, false, None, "2026-12-01", true),
            (Objected, true, deadline, "2026-12-31", true),
            (ObjectionAccepted, true, deadline, "2026-12-31", true),
            // A failing verdict may still be objected, and its retest judged, until the window closes.
            (Judged, true, None, "2027-11-02", true),
            (Judged, true, deadline, "2026-11-16", true),
            (Judged, true, deadline, "2026-11-17", false),
            (Judged, false, None, "2026-11-02", false),
            (ObjectionRefused, true, deadline, "2026-11-02", false),
            (Retested, true, deadline, "2026-11-02", false),
            (TaskStatus::Cancelled, false, None, "2026-11-02", false),
        ];
        for (status, failing, deadline, today, expected) in cases {
            assert_eq!(
                status.may_still_be_judged(failing, deadline, date(today)),
                expected,
                "{status:?} {failing} {deadline:?} {today}"
            );
            let by_status = TaskStatus::AWAITING_JUDGMENT.contains(&status);
            let judged_failing_in_window =
                status == Judged && failing && deadline.is_none_or(|d| date(today) <= d);
            assert_eq!(
                by_status || judged_failing_in_window,
                expected,
                "the SQL form disagrees for {status:?}"
            );
        }
    }

    #[test]
    fn designation_checks() {
        type Case = (&'static str, &'static str, &'static str, Result<(), Vec<ErrorCode>>);
        let cases: &[Case] = &[
            ("320000", "2026-01-01", "2026-12-31", Ok(())),
            ("320102", "2026-01-01", "2026-01-01", Ok(())),
            ("000000", "2026-01-01", "2026-12-31", Err(vec![ErrorCode::InvalidRegionCode])),
            ("320000", "2026-02-01", "2026-01-31", Err(vec![ErrorCode::InvalidDateRange])),
            (
                "000000",
                "2026-02-01",
                "2026-01-31",
                Err(vec![ErrorCode::InvalidRegionCode, ErrorCode::InvalidDateRange]),
            ),
        ];
        for (code, from, until, expected) in cases {
            let got = DesignationPeriod::parse(region(code), date(from), date(until))
                .map(|_| ())
                .map_err(|e| e.codes());
            assert_eq!(&got, expected, "{code} {from}..{until}");
        }
        let nanjing = period("320100", "2026-01-01", "2026-12-31");
        assert!(nanjing.institution_in_province(&region("320000")));
        assert!(nanjing.institution_in_province(&region("320582")));
        assert!(!nanjing.institution_in_province(&region("330000")));
    }

    #[test]
    fn overlaps() {
        let base = period("320000", "2026-01-01", "2026-06-30");
        let cases = [
            (period("320000", "2026-06-30", "2026-12-31"), true),
            (period("320000", "2026-07-01", "2026-12-31"), false),
            (period("320000", "2025-01-01", "2025-12-31"), false),
            (period("320000", "2025-01-01", "2027-01-01"), true),
            // Another region is a different designation (the more specific one wins later).
            (period("320100", "2026-01-01", "2026-06-30"), false),
        ];
        for (other, expected) in cases {
            assert_eq!(base.overlaps(&other), expected, "{other:?}");
            assert_eq!(other.overlaps(&base), expected, "symmetric: {other:?}");
        }
    }

    #[test]
    fn one_designation_per_industry_and_province() {
        let base = period("320100", "2026-01-01", "2026-06-30");
        let cases = [
            // The same region, its province above, a county inside, a sibling city: one province.
            (period("320100", "2026-06-30", "2026-12-31"), true),
            (period("320000", "2026-03-01", "2026-03-01"), true),
            (period("320102", "2025-01-01", "2027-01-01"), true),
            (period("320500", "2026-01-01", "2026-01-01"), true),
            // Not sharing a day, or another province.
            (period("320000", "2026-07-01", "2026-12-31"), false),
            (period("320102", "2025-01-01", "2025-12-31"), false),
            (period("330000", "2026-01-01", "2026-06-30"), false),
            (period("330100", "2026-01-01", "2026-06-30"), false),
        ];
        for (other, expected) in cases {
            assert_eq!(base.clashes_in_province(&other), expected, "{other:?}");
            assert_eq!(other.clashes_in_province(&base), expected, "symmetric: {other:?}");
        }
    }

    #[test]
    fn national_centres_may_be_named_from_outside_the_province() {
        let jiangsu = period("320000", "2026-01-01", "2026-12-31");
        let cases = [
            ("320102", false, true),
            ("320102", true, true),
            ("110000", false, false),
            ("110108", true, true),
        ];
        for (seat, national, expected) in cases {
            assert_eq!(jiangsu.may_name(&region(seat), national), expected, "{seat} national {national}");
        }
    }

    #[test]
    fn ending_and_replacing_designations() {
        use DesignationEndRefused::*;
        let d = period("320000", "2026-01-01", "2026-12-31");
        let today = date("2026-06-15");
        let ends = [
            ("2026-06-15", Ok("2026-06-15")),
            ("2026-12-30", Ok("2026-12-30")),
            ("2026-06-14", Err(InThePast { ends_on: date("2026-06-14"), today })),
            ("2026-12-31", Err(NotEarlier { ends_on: date("2026-12-31"), valid_until: date("2026-12-31") })),
            ("2027-01-05", Err(NotEarlier { ends_on: date("2027-01-05"), valid_until: date("2026-12-31") })),
        ];
        for (on, expected) in ends {
            let got = d.end_on(date(on), today).map(|p| p.valid_until);
            assert_eq!(got, expected.map(date), "end on {on}");
        }
        // A designation not yet started cannot end before its first day.
        let future = period("320000", "2026-09-01", "2026-12-31");
        assert_eq!(
            future.end_on(date("2026-08-01"), today),
            Err(BeforeStart { ends_on: date("2026-08-01"), valid_from: date("2026-09-01") })
        );
        let (ended, successor) = d.replace_from(date("2026-07-01"), today).unwrap();
        assert_eq!(ended, period("320000", "2026-01-01", "2026-06-30"));
        assert_eq!(successor, period("320000", "2026-07-01", "2026-12-31"));
        assert!(!ended.clashes_in_province(&successor), "the two hand over without a shared day");
        // From today would end it yesterday: the past is kept.
        assert_eq!(d.replace_from(today, today), Err(InThePast { ends_on: date("2026-06-14"), today }));
        assert!(d.replace_from(date("2026-12-31"), today).is_ok());
        assert!(d.replace_from(date("2027-01-01"), today).is_err());
    }

    #[test]
    fn most_specific_designation_wins() {
        let candidates = [
            period("320000", "2026-01-01", "2026-12-31"),
            period("320100", "2026-01-01", "2026-06-30"),
            period("320102", "2027-01-01", "2027-12-31"),
            period("330000", "2026-01-01", "2026-12-31"),
        ];
        let cases = [
            ("320102", "2026-03-15", Some(1)),
            ("320102", "2026-07-01", Some(0)),
            ("320582", "2026-03-15", Some(0)),
            ("320102", "2027-03-15", Some(2)),
            ("330106", "2026-03-15", Some(3)),
            ("340102", "2026-03-15", None),
            ("320582", "2025-12-31", None),
        ];
        for (code, on, expected) in cases {
            assert_eq!(designated_for(&candidates, &region(code), date(on)), expected, "{code} {on}");
        }
    }

    #[test]
    fn sampling_record() {
        let today = date("2026-11-26");
        assert!(
            SamplingRecord::parse("20261101", "4 卷 × 100 m", "2 卷 × 100 m", date("2026-11-26"), today)
                .is_ok()
        );
        let codes = |r: Result<SamplingRecord, ValidationErrors>| r.map(|_| ()).map_err(|e| e.codes());
        assert_eq!(
            codes(SamplingRecord::parse("", "x", "y", date("2026-11-27"), today)),
            Err(vec![ErrorCode::InvalidText, ErrorCode::InvalidDateRange])
        );
        assert_eq!(
            codes(SamplingRecord::parse("b", "x\u{0}", " ", today, today)),
            Err(vec![ErrorCode::InvalidText, ErrorCode::InvalidText])
        );
    }
}
