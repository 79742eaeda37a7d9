//! Commendation and accountability records (表彰奖励 / 追究责任, §四 "对认真履行职责、监管力度大、措施
//! 得力、成效显著的单位和个人给予表彰和奖励,对失察、失职、不作为、乱作为,或监管不力 … 严肃追究有关人员和领导的
//! 责任"): a record's kind, its subject (a unit or a person), the measure fitting both, the grounds
//! it cites — records of the work, an agreement target with its reading frozen at recording — and
//! the states DRAFT → ISSUED → ANNULLED, DRAFT → WITHDRAWN. docs/adr/0039.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::{Collector, ErrorCode, FieldError, ValidationErrors};
use crate::ids::{AuthorityId, OfficerId, ResponsibilityRecordId};
use crate::registry::region::RegionCode;
use crate::responsibility::agreement::TargetKind;
use crate::responsibility::assignment::WorkKind;

/// The most grounds one record cites: a record is read by people, and twenty links are already
/// more than a decision document lists.
pub const MAX_GROUNDS: usize = 20;

crate::stored_enum! {
    /// Whether a record commends or holds to account. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum RecordKind {
        /// 表彰奖励: for duties carried out earnestly and results achieved.
        Commendation = "COMMENDATION",
        /// 追究责任: for failures of oversight, dereliction, inaction or wrong action.
        Accountability = "ACCOUNTABILITY",
    }
}

crate::stored_enum! {
    /// Who a record names. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum SubjectKind {
        /// 单位: an authority.
        Unit = "UNIT",
        /// 个人: an officer of the directory, with the authority they served at the time.
        Person = "PERSON",
    }
}

crate::stored_enum! {
    /// What a record does. Stored strings are never renamed; a new measure is one more line here
    /// and its kind and subjects below.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum Measure {
        /// 通报表扬 circulated praise.
        CirculatedPraise = "CIRCULATED_PRAISE",
        /// 表彰 honour.
        Honour = "HONOUR",
        /// 奖励 award.
        Award = "AWARD",
        /// 通报批评 circulated criticism.
        CirculatedCriticism = "CIRCULATED_CRITICISM",
        /// 诫勉谈话 admonishment talk (a person only).
        AdmonishmentTalk = "ADMONISHMENT_TALK",
        /// 警告 warning (政务处分, a person only).
        Warning = "WARNING",
        /// 记过 demerit (政务处分, a person only).
        Demerit = "DEMERIT",
        /// 记大过 major demerit (政务处分, a person only).
        MajorDemerit = "MAJOR_DEMERIT",
        /// 降级 demotion (政务处分, a person only).
        Demotion = "DEMOTION",
        /// 撤职 dismissal from post (政务处分, a person only).
        DismissalFromPost = "DISMISSAL_FROM_POST",
        /// 开除 expulsion (政务处分, a person only).
        Expulsion = "EXPULSION",
    }
}

impl Measure {
    /// The kind of record the measure belongs to.
    pub fn kind(self) -> RecordKind {
        match self {
            Measure::CirculatedPraise | Measure::Honour | Measure::Award => RecordKind::Commendation,
            _ => RecordKind::Accountability,
        }
    }

    /// Whether a unit may be its subject: praise, honour, award and criticism are given to units;
    /// an admonishment talk and the sanctions of 公职人员政务处分法 are a person's.
    pub fn fits_unit(self) -> bool {
        matches!(
            self,
            Measure::CirculatedPraise | Measure::Honour | Measure::Award | Measure::CirculatedCriticism
        )
    }
}

crate::stored_enum! {
    /// What a ground links to. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum GroundKind {
        /// A target of a responsibility agreement (责任状), its reading stored at recording.
        AgreementTarget = "AGREEMENT_TARGET",
        /// A supervision order (督查督办).
        SupervisionOrder = "SUPERVISION_ORDER",
        /// A linkage notice (联动通报).
        LinkageNotice = "LINKAGE_NOTICE",
        /// A rectification (整改).
        Rectification = "RECTIFICATION",
        /// An unlicensed-production case (无证生产).
        UnlicensedCase = "UNLICENSED_CASE",
        /// A malicious-counterfeiting case (恶意造假).
        CounterfeitCase = "COUNTERFEIT_CASE",
    }
}

impl GroundKind {
    /// The piece of work the ground is, when it is one whose holding authority storage knows.
    pub fn work_kind(self) -> Option<WorkKind> {
        match self {
            GroundKind::SupervisionOrder => Some(WorkKind::SupervisionOrder),
            GroundKind::LinkageNotice => Some(WorkKind::LinkageNotice),
            GroundKind::UnlicensedCase => Some(WorkKind::UnlicensedCase),
            GroundKind::CounterfeitCase => Some(WorkKind::CounterfeitCase),
            GroundKind::AgreementTarget | GroundKind::Rectification => None,
        }
    }
}

/// A ground as the caller gives it: what it links to and why it is cited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawGround {
    pub kind: GroundKind,
    pub id: i64,
    /// The target of an AGREEMENT_TARGET ground (`id` is the agreement's).
    pub target_kind: Option<TargetKind>,
    pub note: String,
}

/// An agreement target's reading when the record was drafted: the value, the threshold, met.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GroundReading {
    pub value: Decimal,
    pub threshold: Decimal,
    pub met: bool,
    pub counted_on: NaiveDate,
}

/// One ground of a record, checked: the linked record, the note, and for an agreement target
/// its reading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Ground {
    pub kind: GroundKind,
    pub id: i64,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub target_kind: Option<TargetKind>,
    pub note: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub reading: Option<GroundReading>,
}

/// A record as its drafter asks it, before the subject and the grounds are looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftSpec {
    pub kind: RecordKind,
    pub subject_kind: SubjectKind,
    pub measure: Measure,
    pub summary: String,
    pub grounds: Vec<RawGround>,
}

fn invalid(field: &'static str, message: impl Into<String>) -> FieldError {
    FieldError::new(ErrorCode::InvalidResponsibilityRecord, field, message)
}

/// Checks a draft's own content, every problem at once (`INVALID_RESPONSIBILITY_RECORD`, or
/// `INVALID_TEXT` for a text): the measure fits the kind and the subject, the summary is 1–2000
/// characters, 1–20 grounds, each once, each note at most 500 characters, a target kind given
/// for an agreement target and only for it. Returns the spec with its texts trimmed.
pub fn check_draft(spec: &DraftSpec) -> Result<DraftSpec, ValidationErrors> {
    let mut problems = Collector::default();
    if spec.measure.kind() != spec.kind {
        problems
            .push(invalid("measure", format!("{} is no measure of a {} record", spec.measure, spec.kind)));
    }
    if spec.subject_kind == SubjectKind::Unit && !spec.measure.fits_unit() {
        problems.push(invalid("measure", format!("{} is taken against a person, not a unit", spec.measure)));
    }
    let summary = problems.take(crate::text::parse_text("summary", &spec.summary, 1, 2000, true));
    if spec.grounds.is_empty() || spec.grounds.len() > MAX_GROUNDS {
        problems
            .push(invalid("grounds", format!("cite 1 to {MAX_GROUNDS} grounds, not {}", spec.grounds.len())));
    }
    let mut grounds: Vec<RawGround> = Vec::new();
    for ground in &spec.grounds {
        let same = |g: &&RawGround| {
            g.kind == ground.kind && g.id == ground.id && g.target_kind == ground.target_kind
        };
        if grounds.iter().any(|g| same(&g)) {
            problems.push(invalid("grounds", format!("{} {} is cited twice", ground.kind, ground.id)));
            continue;
        }
        let wants_target = ground.kind == GroundKind::AgreementTarget;
        if wants_target != ground.target_kind.is_some() {
            problems.push(invalid(
                "grounds",
                format!("{}: a target kind names an agreement's target, and only that", ground.kind),
            ));
        }
        let note = problems.take(crate::text::parse_text("grounds", &ground.note, 0, 500, true));
        grounds.push(RawGround { note: note.unwrap_or_default(), ..ground.clone() });
    }
    match summary {
        Some(summary) if problems.is_empty() => Ok(DraftSpec { summary, grounds, ..spec.clone() }),
        _ => Err(problems.into_errors()),
    }
}

/// Why an agreement target cannot ground a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum GroundContradicts {
    #[error("a commendation cites a target met, and this one is missed")]
    MissedForCommendation,
    #[error("an accountability record cites a target missed, and this one is met")]
    MetForAccountability,
    #[error("the target has no value to judge yet (its year has not begun, or no notice was closed)")]
    NoValue,
    #[error("the agreement is not signed: an unsigned agreement binds no one")]
    NotSigned,
}

/// Whether a target's reading (`met`, `None` without a value) can ground a record of `kind`.
pub fn check_reading(kind: RecordKind, met: Option<bool>) -> Result<bool, GroundContradicts> {
    match (kind, met) {
        (_, None) => Err(GroundContradicts::NoValue),
        (RecordKind::Commendation, Some(false)) => Err(GroundContradicts::MissedForCommendation),
        (RecordKind::Accountability, Some(true)) => Err(GroundContradicts::MetForAccountability),
        (_, Some(met)) => Ok(met),
    }
}

/// Where an authority sits, as the subject check needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub id: AuthorityId,
    pub region: RegionCode,
    pub open: bool,
}

/// Why a subject is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SubjectRefused {
    #[error("a unit named is an open authority strictly below the recording one, inside its jurisdiction")]
    UnitNotBelow,
    #[error("a person named serves the recording authority or one below it")]
    PersonNotBelow,
    #[error("nobody commends or holds themselves to account")]
    Oneself,
}

/// Checks the subject against the recording authority: a unit strictly below it; a person of it
/// or an authority below it, never the caller.
pub fn check_subject(
    recorder: &Place,
    subject_kind: SubjectKind,
    subject_authority: &Place,
    person_is_caller: bool,
) -> Result<(), SubjectRefused> {
    let inside = recorder.region.contains(&subject_authority.region);
    match subject_kind {
        SubjectKind::Unit if inside && subject_authority.id != recorder.id && subject_authority.open => {
            Ok(())
        }
        SubjectKind::Unit => Err(SubjectRefused::UnitNotBelow),
        SubjectKind::Person if person_is_caller => Err(SubjectRefused::Oneself),
        SubjectKind::Person if inside => Ok(()),
        SubjectKind::Person => Err(SubjectRefused::PersonNotBelow),
    }
}

crate::stored_enum! {
    /// Where a record stands. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum RecordStatus {
        /// Drafted by the recording authority's leadership: seen by it alone.
        Draft = "DRAFT",
        /// Issued by its head under a document number: seen by the subject and the tiers above.
        Issued = "ISSUED",
        /// Annulled by the head with the reason (overturned, reconsidered): kept, and seen.
        Annulled = "ANNULLED",
        /// Withdrawn as a draft: never issued.
        Withdrawn = "WITHDRAWN",
    }
}

/// What can happen to a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordEvent {
    Issue,
    Annul,
    Withdraw,
}

/// Why a record refused an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RecordRefused {
    #[error("only a draft is issued or withdrawn")]
    NotDraft,
    #[error("only an issued record is annulled")]
    NotIssued,
}

impl RecordStatus {
    /// The status after `event` (the table test lists every pair).
    pub fn next(self, event: RecordEvent) -> Result<RecordStatus, RecordRefused> {
        use RecordEvent as E;
        use RecordStatus as S;
        match (self, event) {
            (S::Draft, E::Issue) => Ok(S::Issued),
            (S::Draft, E::Withdraw) => Ok(S::Withdrawn),
            (S::Issued, E::Annul) => Ok(S::Annulled),
            (_, E::Annul) => Err(RecordRefused::NotIssued),
            (_, E::Issue | E::Withdraw) => Err(RecordRefused::NotDraft),
        }
    }
}

/// The document an issued record carries: its number (文号) and the day it was issued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issuance {
    pub document_number: String,
    pub issued_on: NaiveDate,
}

/// Checks an issuance: a document number of 1–100 characters on one line, a day neither before
/// the draft nor after today (a document is recorded once it exists).
pub fn parse_issuance(
    document_number: &str,
    issued_on: NaiveDate,
    drafted_on: NaiveDate,
    today: NaiveDate,
) -> Result<Issuance, ValidationErrors> {
    let mut problems = Collector::default();
    let number = problems.take(crate::text::parse_text("documentNumber", document_number, 1, 100, false));
    if issued_on < drafted_on || issued_on > today {
        problems.push(invalid(
            "issuedOn",
            format!("{issued_on} is not between the draft's day ({drafted_on}) and today ({today})"),
        ));
    }
    match number {
        Some(document_number) if problems.is_empty() => Ok(Issuance { document_number, issued_on }),
        _ => Err(problems.into_errors()),
    }
}

/// An annulment's reason, checked.
pub fn parse_reason(text: &str) -> Result<String, FieldError> {
    crate::text::parse_text("reason", text, 1, 1000, true)
}

/// A commendation or accountability record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Record {
    pub id: ResponsibilityRecordId,
    pub status: RecordStatus,
    pub kind: RecordKind,
    pub measure: Measure,
    pub summary: String,
    /// The authority whose leadership records it.
    pub recorder_authority_id: AuthorityId,
    pub recorder_region: RegionCode,
    pub subject_kind: SubjectKind,
    /// The unit named, or the authority the person served when recorded.
    pub subject_authority_id: AuthorityId,
    pub subject_region: RegionCode,
    pub subject_officer_id: Option<OfficerId>,
    pub grounds: Vec<Ground>,
    pub drafted_on: NaiveDate,
    pub document_number: Option<String>,
    pub issued_on: Option<NaiveDate>,
    pub annulled_on: Option<NaiveDate>,
    pub annulment_reason: Option<String>,
    pub withdrawn_on: Option<NaiveDate>,
}

impl Record {
    /// The audit state.
    pub fn state(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }

    /// Issued under `issuance`.
    pub fn issued(&self, issuance: Issuance) -> Result<Record, RecordRefused> {
        let status = self.status.next(RecordEvent::Issue)?;
        Ok(Record {
            status,
            document_number: Some(issuance.document_number),
            issued_on: Some(issuance.issued_on),
            ..self.clone()
        })
    }

    /// Annulled on `today` for `reason`.
    pub fn annulled(&self, reason: String, today: NaiveDate) -> Result<Record, RecordRefused> {
        let status = self.status.next(RecordEvent::Annul)?;
        Ok(Record { status, annulled_on: Some(today), annulment_reason: Some(reason), ..self.clone() })
    }

    /// Withdrawn as a draft on `today`.
    pub fn withdrawn(&self, today: NaiveDate) -> Result<Record, RecordRefused> {
        let status = self.status.next(RecordEvent::Withdraw)?;
        Ok(Record { status, withdrawn_on: Some(today), ..self.clone() })
    }
}

#[cfg(test)]
mod tests;
