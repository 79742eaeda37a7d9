//! Industry rectification meetings (行业整顿会议, §三 "必要时可召开行业整顿会议，严格规范有关企业的生产经营
//! 行为"): convened in a campaign by its authority's leadership, summoning licensed enterprises of
//! the campaign; CONVENED → HELD (attendance and minutes) | CANCELLED; a held meeting's
//! resolutions order enterprises to rectify by a deadline, each owing a follow-up visit (回访)
//! after it (docs/adr/0038 decisions 9–16).

use chrono::NaiveDate;
use serde::Serialize;

use crate::calendar::WorkingCalendar;
use crate::error::{Collector, ErrorCode, FieldError, ValidationErrors};
use crate::ids::{
    AuthorityId, CampaignId, EnterpriseId, FollowUpId, LicenseId, MeetingSummonsId, RectificationMeetingId,
};
use crate::rules::Deadlines;
use crate::testing::rectification::{PeriodRefused, rectification_deadline};
use crate::text::parse_text;

/// The most enterprises one meeting summons: a meeting is held in a room, and a larger
/// industry is summoned region by region (docs/adr/0038 decision 10).
pub const MAX_SUMMONED: usize = 200;
/// The longest minutes, requirement or note, in characters.
pub const TEXT_MAX_CHARS: usize = 2000;
/// The one item a resolution's follow-up carries: the requirement the resolution states, checked
/// RECTIFIED or PERSISTING on the visit as any carried item (docs/adr/0038 decision 13).
pub const RESOLUTION_ITEM: &str = "RECTIFICATION_MEETING_RESOLUTION";

crate::stored_enum! {
    /// Where a meeting stands. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum MeetingStatus {
        /// Convened: the enterprises are summoned for its day.
        Convened = "CONVENED",
        /// Held: attendance and minutes recorded; resolutions may be recorded.
        Held = "HELD",
        /// Cancelled with a reason before it was held. Final.
        Cancelled = "CANCELLED",
    }
}

crate::stored_enum! {
    /// Whether a summoned enterprise came. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum Attendance {
        /// The enterprise was represented at the meeting.
        Attended = "ATTENDED",
        /// The enterprise did not come (the note says why, or that no reason was given).
        Absent = "ABSENT",
    }
}

/// A meeting as the authority asks it, unparsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawMeeting<'a> {
    pub title: &'a str,
    pub held_on: NaiveDate,
    pub place: &'a str,
    pub enterprise_ids: &'a [EnterpriseId],
}

/// A checked meeting: its title, day, place and the enterprises summoned (sorted, each once).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MeetingSpec {
    pub title: String,
    pub held_on: NaiveDate,
    pub place: String,
    pub enterprises: Vec<EnterpriseId>,
}

/// Checks a meeting's fields, every bad one reported at once: a title (2–100), a place (2–200), a
/// day not in the past, one to `MAX_SUMMONED` enterprises (one named twice is summoned once).
/// Whether each enterprise belongs to the campaign is the app's question (it reads the registry).
pub fn check_spec(raw: RawMeeting<'_>, today: NaiveDate) -> Result<MeetingSpec, ValidationErrors> {
    let mut problems = Collector::default();
    let title = problems.take(parse_text("title", raw.title, 2, 100, false));
    let place = problems.take(parse_text("place", raw.place, 2, 200, false));
    if raw.held_on < today {
        problems.push(invalid("heldOn", format!("{} is in the past", raw.held_on)));
    }
    let mut enterprises = raw.enterprise_ids.to_vec();
    enterprises.sort();
    enterprises.dedup();
    if enterprises.is_empty() {
        problems.push(invalid("enterpriseIds", "summon at least one enterprise"));
    } else if enterprises.len() > MAX_SUMMONED {
        problems
            .push(invalid("enterpriseIds", format!("a meeting summons at most {MAX_SUMMONED} enterprises")));
    }
    match (title, place) {
        (Some(title), Some(place)) if problems.is_empty() => {
            Ok(MeetingSpec { title, held_on: raw.held_on, place, enterprises })
        }
        _ => Err(problems.into_errors()),
    }
}

fn invalid(field: &'static str, message: impl Into<String>) -> FieldError {
    FieldError::new(ErrorCode::InvalidRectificationMeeting, field, message)
}

/// What can happen to a meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MeetingEvent {
    /// Record it held, with the attendance and the minutes.
    Hold,
    /// Cancel it, with a reason.
    Cancel,
    /// Record resolutions of a held meeting.
    Resolve,
}

/// Why a meeting refused an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum MeetingRefused {
    #[error("the meeting was cancelled: it takes no further step")]
    Cancelled,
    #[error("the meeting is on {0}: it is recorded held on or after its day")]
    NotYetDue(NaiveDate),
    #[error("the meeting was held already: its attendance is on record and it is no longer cancelled")]
    AlreadyHeld,
    #[error("the meeting has not been held: resolutions are recorded after it is held")]
    NotHeld,
}

/// A stored meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Meeting {
    pub id: RectificationMeetingId,
    pub campaign_id: CampaignId,
    /// The campaign's authority, whose leadership convened it.
    pub authority_id: AuthorityId,
    pub status: MeetingStatus,
    pub spec: MeetingSpec,
    /// The minutes (会议纪要) of a held meeting.
    pub minutes: Option<String>,
    /// The reason of a cancelled one.
    pub cancel_reason: Option<String>,
    /// The day it was recorded held or cancelled.
    pub decided_on: Option<NaiveDate>,
}

impl Meeting {
    /// Whether `event` may happen on `today` (the table test lists every status and event).
    pub fn check(&self, event: MeetingEvent, today: NaiveDate) -> Result<(), MeetingRefused> {
        use MeetingEvent as E;
        use MeetingStatus as S;
        match (self.status, event) {
            (S::Cancelled, _) => Err(MeetingRefused::Cancelled),
            (S::Convened, E::Hold) if today < self.spec.held_on => {
                Err(MeetingRefused::NotYetDue(self.spec.held_on))
            }
            (S::Convened, E::Hold | E::Cancel) => Ok(()),
            (S::Convened, E::Resolve) => Err(MeetingRefused::NotHeld),
            (S::Held, E::Hold | E::Cancel) => Err(MeetingRefused::AlreadyHeld),
            (S::Held, E::Resolve) => Ok(()),
        }
    }

    /// The meeting recorded held on `today` with its minutes.
    pub fn held(&self, minutes: String, today: NaiveDate) -> Result<Meeting, MeetingRefused> {
        self.check(MeetingEvent::Hold, today)?;
        Ok(Meeting {
            status: MeetingStatus::Held,
            minutes: Some(minutes),
            decided_on: Some(today),
            ..self.clone()
        })
    }

    /// The meeting cancelled on `today` with the reason.
    pub fn cancelled(&self, reason: String, today: NaiveDate) -> Result<Meeting, MeetingRefused> {
        self.check(MeetingEvent::Cancel, today)?;
        Ok(Meeting {
            status: MeetingStatus::Cancelled,
            cancel_reason: Some(reason),
            decided_on: Some(today),
            ..self.clone()
        })
    }

    /// The audit state.
    pub fn state(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

/// Checks minutes, a cancellation reason or a requirement (2–2000 characters, multi-line).
pub fn parse_note(field: &'static str, s: &str) -> Result<String, FieldError> {
    parse_text(field, s, 2, TEXT_MAX_CHARS, true)
}

/// One enterprise summoned to a meeting, with what the meeting recorded of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summons {
    pub id: MeetingSummonsId,
    pub meeting_id: RectificationMeetingId,
    pub enterprise_id: EnterpriseId,
    /// Its license in force of a campaign industry when summoned: the one its follow-up visits.
    pub license_id: LicenseId,
    pub attendance: Option<Attendance>,
    pub attendance_note: Option<String>,
    pub resolution: Option<Resolution>,
}

/// A resolution addressed to one summoned enterprise: rectify what it states by the deadline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Resolution {
    pub requirement: String,
    pub rectify_by: NaiveDate,
    pub resolved_on: NaiveDate,
    /// The follow-up visit (回访) owed after the deadline.
    pub follow_up_id: Option<FollowUpId>,
}

/// One enterprise's attendance as recorded, unparsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawAttendance<'a> {
    pub enterprise_id: EnterpriseId,
    pub attendance: Attendance,
    pub note: Option<&'a str>,
}

/// One enterprise's attendance, checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceRecord {
    pub enterprise_id: EnterpriseId,
    pub attendance: Attendance,
    pub note: Option<String>,
}

/// Checks the attendance of a meeting that summoned `summoned`: every summoned enterprise exactly
/// once, no other; an absence with its note (2–500 characters), an attendance with an optional
/// one. Every problem is reported at once, in the order of the input.
pub fn check_attendance(
    summoned: &[EnterpriseId],
    raw: &[RawAttendance<'_>],
) -> Result<Vec<AttendanceRecord>, ValidationErrors> {
    let mut problems = Collector::default();
    let mut seen = std::collections::BTreeSet::new();
    let mut records = Vec::new();
    for entry in raw {
        let id = entry.enterprise_id;
        if !summoned.contains(&id) {
            problems.push(invalid("attendance", format!("enterprise {id} was not summoned")));
            continue;
        }
        if !seen.insert(id) {
            problems.push(invalid("attendance", format!("enterprise {id} is named twice")));
            continue;
        }
        let note = match (entry.attendance, entry.note.filter(|n| !n.trim().is_empty())) {
            (Attendance::Absent, None) => {
                problems
                    .push(invalid("attendance", format!("enterprise {id} is absent: say why in its note")));
                continue;
            }
            (_, Some(note)) => problems.take(parse_text("attendance", note, 2, 500, true)),
            (Attendance::Attended, None) => None,
        };
        records.push(AttendanceRecord { enterprise_id: id, attendance: entry.attendance, note });
    }
    for id in summoned.iter().filter(|id| !seen.contains(id)) {
        problems.push(invalid("attendance", format!("enterprise {id} was summoned: record whether it came")));
    }
    if problems.is_empty() { Ok(records) } else { Err(problems.into_errors()) }
}

/// The summoned enterprises a resolution binds: those named, or every summoned one when none is
/// named — an absent enterprise too (docs/adr/0038 decision 12). One named that was not summoned,
/// or one that has a resolution already, is refused.
pub fn resolution_targets<'s>(
    summons: &'s [Summons],
    named: &[EnterpriseId],
) -> Result<Vec<&'s Summons>, ResolutionRefused> {
    let mut targets: Vec<&Summons> = if named.is_empty() {
        summons.iter().collect()
    } else {
        let mut named = named.to_vec();
        named.sort();
        named.dedup();
        let mut found = Vec::new();
        for id in named {
            let one = summons.iter().find(|s| s.enterprise_id == id);
            found.push(one.ok_or(ResolutionRefused::NotSummoned(id))?);
        }
        found
    };
    if let Some(resolved) = targets.iter().find(|s| s.resolution.is_some()) {
        return Err(ResolutionRefused::AlreadyResolved(resolved.enterprise_id));
    }
    targets.sort_by_key(|s| s.enterprise_id);
    Ok(targets)
}

/// Why a resolution cannot bind an enterprise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ResolutionRefused {
    #[error("enterprise {0} was not summoned to the meeting")]
    NotSummoned(EnterpriseId),
    #[error("enterprise {0} has a resolution of this meeting already: its follow-up is owed")]
    AlreadyResolved(EnterpriseId),
}

/// The deadline a resolution sets on `today`: a period of days as every rectification's (the
/// province's default when none, moved to the next working day), or a day named — after today,
/// within the longest period, moved to the next working day when it is a rest day. Not both.
pub fn resolution_deadline(
    calendar: &WorkingCalendar,
    deadlines: &Deadlines,
    today: NaiveDate,
    days: Option<i64>,
    rectify_by: Option<NaiveDate>,
) -> Result<NaiveDate, FieldError> {
    let period = |e: PeriodRefused| invalid("rectificationDays", e.to_string());
    match (days, rectify_by) {
        (Some(_), Some(_)) => Err(invalid("rectifyBy", "give the period in days or the day, not both")),
        (days, None) => rectification_deadline(calendar, deadlines, today, days).map_err(period),
        (None, Some(day)) => {
            let latest = calendar.add_days_ending_on_workday(today, deadlines.rectification_max_days);
            if day <= today {
                return Err(invalid("rectifyBy", format!("{day} is not after today ({today})")));
            }
            let deadline = calendar.working_day_on_or_after(day);
            if deadline > latest {
                let max = deadlines.rectification_max_days;
                return Err(invalid(
                    "rectifyBy",
                    format!("{day} is beyond the longest period, {max} days ({latest})"),
                ));
            }
            Ok(deadline)
        }
    }
}

/// A meeting's facts on a summoned enterprise's archive, rendered in `event`.
#[derive(Debug, Clone, Copy)]
pub enum MeetingFact<'a> {
    /// The enterprise was summoned.
    Summoned(&'a Meeting),
    /// The meeting was held: whether the enterprise came.
    AttendanceRecorded { meeting: &'a Meeting, attendance: &'a AttendanceRecord },
    /// A resolution ordered it to rectify by a deadline.
    ResolutionRecorded { meeting: &'a Meeting, resolution: &'a Resolution },
    /// The meeting it was summoned to was cancelled.
    Cancelled(&'a Meeting),
}

impl MeetingFact<'_> {
    /// The stored event: kind, bilingual summary, details.
    pub fn event(&self) -> crate::archive::ArchiveEvent {
        use crate::archive::{ArchiveEvent, ArchiveEventKind as Kind};
        use serde_json::json;
        match *self {
            MeetingFact::Summoned(m) => ArchiveEvent {
                kind: Kind::RectificationMeetingSummoned,
                summary: format!(
                    "行业整顿会议通知 Summoned to rectification meeting {} \"{}\" on {} at {}",
                    m.id, m.spec.title, m.spec.held_on, m.spec.place
                ),
                details: json!({ "meetingId": m.id, "campaignId": m.campaign_id, "title": m.spec.title,
                                 "heldOn": m.spec.held_on, "place": m.spec.place }),
            },
            MeetingFact::AttendanceRecorded { meeting, attendance } => ArchiveEvent {
                kind: Kind::RectificationMeetingAttendanceRecorded,
                summary: match attendance.attendance {
                    Attendance::Attended => {
                        format!("出席行业整顿会议 Attended rectification meeting {}", meeting.id)
                    }
                    Attendance::Absent => format!(
                        "缺席行业整顿会议 Absent from rectification meeting {}: {}",
                        meeting.id,
                        attendance.note.as_deref().unwrap_or_default()
                    ),
                },
                details: json!({ "meetingId": meeting.id, "attendance": attendance.attendance.as_str(),
                                 "note": attendance.note }),
            },
            MeetingFact::ResolutionRecorded { meeting, resolution } => ArchiveEvent {
                kind: Kind::RectificationMeetingResolutionRecorded,
                summary: format!(
                    "行业整顿会议决议 Rectification meeting {} resolved: rectify by {}: {}",
                    meeting.id, resolution.rectify_by, resolution.requirement
                ),
                details: json!({ "meetingId": meeting.id, "requirement": resolution.requirement,
                                 "rectifyBy": resolution.rectify_by, "followUpId": resolution.follow_up_id }),
            },
            MeetingFact::Cancelled(m) => ArchiveEvent {
                kind: Kind::RectificationMeetingCancelled,
                summary: format!(
                    "行业整顿会议取消 Rectification meeting {} cancelled: {}",
                    m.id,
                    m.cancel_reason.as_deref().unwrap_or_default()
                ),
                details: json!({ "meetingId": m.id, "reason": m.cancel_reason }),
            },
        }
    }
}

#[cfg(test)]
mod tests;
