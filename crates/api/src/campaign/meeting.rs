//! Industry rectification meetings (行业整顿会议 rectification meeting, §三, docs/adr/0038): the
//! `RectificationMeeting` node with its summoned enterprises, `rectificationMeetings`, and the
//! mutations that convene, hold, cancel and resolve a meeting.

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{AttendanceInput, ConveneMeetingInput, MeetingFilter, MeetingRecord, ResolutionInput};
use oversight_domain::campaign::meeting::{Attendance, MeetingStatus, Summons};
use oversight_domain::{EnterpriseId, RectificationMeetingId};

use crate::campaign::Campaign;
use crate::enums::mirror;
use crate::error::{ApiError, ResultExt, caller};
use crate::ids::{NodeType, global_id, id_cursor, parse_id_cursor, parse_numeric_id};
use crate::loaders::load;
use crate::page::{Connection, connection, page_request};
use crate::patrol::FollowUp;
use crate::registry::enterprise::Enterprise;

mirror! {
    /// Where a rectification meeting stands.
    MeetingStatusGql as "RectificationMeetingStatus" <=> MeetingStatus {
        /// Convened: the enterprises are summoned for its day.
        Convened,
        /// Held: attendance and minutes recorded; resolutions may follow.
        Held,
        /// Cancelled with a reason before it was held. Final.
        Cancelled,
    }
}

mirror! {
    /// Whether a summoned enterprise came to the meeting.
    AttendanceGql as "MeetingAttendance" <=> Attendance {
        /// The enterprise was represented.
        Attended,
        /// The enterprise did not come (the note says why).
        Absent,
    }
}

pub struct RectificationMeeting(pub MeetingRecord);

/// An industry rectification meeting (行业整顿会议 rectification meeting, §三) convened in a
/// campaign: the enterprises summoned, their attendance, the minutes and the resolutions, each
/// owing a follow-up visit (回访 follow-up) after its deadline.
#[Object]
impl RectificationMeeting {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        global_id(NodeType::RectificationMeeting, self.0.id)
    }
    /// The campaign it was convened in.
    async fn campaign(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Campaign>> {
        Ok(load(ctx, |l| &l.campaign, self.0.campaign_id).await?.map(Campaign))
    }
    /// The title.
    async fn title(&self) -> &str {
        &self.0.meeting.spec.title
    }
    /// The day it is (or was) held.
    async fn held_on(&self) -> NaiveDate {
        self.0.meeting.spec.held_on
    }
    /// Where.
    async fn place(&self) -> &str {
        &self.0.meeting.spec.place
    }
    /// Where it stands.
    async fn status(&self) -> MeetingStatusGql {
        self.0.meeting.status.into()
    }
    /// The minutes (会议纪要 minutes) of a held meeting.
    async fn minutes(&self) -> Option<&str> {
        self.0.meeting.minutes.as_deref()
    }
    /// The reason of a cancelled meeting.
    async fn cancel_reason(&self) -> Option<&str> {
        self.0.meeting.cancel_reason.as_deref()
    }
    /// The day it was recorded held or cancelled.
    async fn decided_on(&self) -> Option<NaiveDate> {
        self.0.meeting.decided_on
    }
    /// The enterprises summoned, in enterprise order, with their attendance and resolution.
    async fn summoned(&self) -> Vec<MeetingSummons> {
        self.0.summonses.iter().cloned().map(MeetingSummons).collect()
    }
    /// Who convened it.
    async fn convened_by(&self) -> &str {
        &self.0.convened_by
    }
    /// When it was stored.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

pub struct MeetingSummons(Summons);

/// An enterprise summoned to a rectification meeting.
#[Object]
impl MeetingSummons {
    /// The enterprise.
    async fn enterprise(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Enterprise>> {
        Ok(load(ctx, |l| &l.enterprise, self.0.enterprise_id).await?.map(Enterprise))
    }
    /// Whether it came (null until the meeting is recorded held).
    async fn attendance(&self) -> Option<AttendanceGql> {
        self.0.attendance.map(Into::into)
    }
    /// The note on its attendance (why it was absent).
    async fn attendance_note(&self) -> Option<&str> {
        self.0.attendance_note.as_deref()
    }
    /// What the resolution binding it requires (null: no resolution yet).
    async fn requirement(&self) -> Option<&str> {
        self.0.resolution.as_ref().map(|r| r.requirement.as_str())
    }
    /// The rectification deadline the resolution set: its follow-up visit is due from the day after.
    async fn rectify_by(&self) -> Option<NaiveDate> {
        self.0.resolution.as_ref().map(|r| r.rectify_by)
    }
    /// The follow-up visit (回访 follow-up) the resolution owes.
    async fn follow_up(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<FollowUp>> {
        let Some(id) = self.0.resolution.as_ref().and_then(|r| r.follow_up_id) else { return Ok(None) };
        Ok(load(ctx, |l| &l.follow_up, id).await?.map(FollowUp))
    }
}

/// One summoned enterprise's attendance.
#[derive(InputObject)]
#[graphql(name = "MeetingAttendanceInput")]
pub struct AttendanceInputGql {
    /// A summoned enterprise.
    pub enterprise_id: ID,
    /// Whether it came.
    pub attendance: AttendanceGql,
    /// Required when absent (why, or that no reason was given), 2–500 characters.
    pub note: Option<String>,
}

/// A meeting to convene.
#[derive(InputObject)]
pub struct ConveneRectificationMeetingInput {
    /// The campaign (open: neither closed nor cancelled).
    pub campaign_id: ID,
    /// The title, 2–100 characters.
    pub title: String,
    /// The day, not in the past.
    pub held_on: NaiveDate,
    /// Where, 2–200 characters.
    pub place: String,
    /// The enterprises summoned (1–200): each holding a license in force of a campaign industry
    /// in a campaign region.
    pub enterprise_ids: Vec<ID>,
}

/// A held meeting's resolution: the enterprises it binds rectify by a deadline.
#[derive(InputObject)]
pub struct ResolveRectificationMeetingInput {
    /// The meeting (held).
    pub meeting_id: ID,
    /// The summoned enterprises it binds; empty or absent: every summoned enterprise, absent
    /// ones too.
    #[graphql(default)]
    pub enterprise_ids: Vec<ID>,
    /// What they must rectify, 2–2000 characters.
    pub requirement: String,
    /// The period in days as every rectification's (15 to the province's longest; its default
    /// when neither this nor `rectifyBy` is given), ending on a working day.
    pub rectification_days: Option<i64>,
    /// Or the deadline as a day: after today, within the longest period, moved to the next
    /// working day when a rest day.
    pub rectify_by: Option<NaiveDate>,
}

/// What the meetings list is narrowed to.
#[derive(InputObject, Default)]
pub struct RectificationMeetingFilterInput {
    /// Only those of this campaign.
    pub campaign_id: Option<ID>,
    /// Only those in this status.
    pub status: Option<MeetingStatusGql>,
    /// Only those that summoned this enterprise.
    pub enterprise_id: Option<ID>,
}

impl RectificationMeetingFilterInput {
    /// The list's filter as the app reads it (also the RECTIFICATION_MEETINGS export's).
    pub(crate) fn into_filter(self) -> Result<MeetingFilter, ApiError> {
        Ok(MeetingFilter {
            campaign_id: self
                .campaign_id
                .map(|id| parse_numeric_id(&id, NodeType::Campaign, "filter.campaignId"))
                .transpose()?,
            status: self.status.map(Into::into),
            enterprise_id: self
                .enterprise_id
                .map(|id| parse_numeric_id(&id, NodeType::Enterprise, "filter.enterpriseId"))
                .transpose()?,
        })
    }
}

/// The meeting after the step.
#[derive(SimpleObject)]
pub struct RectificationMeetingPayload {
    /// The meeting.
    pub meeting: RectificationMeeting,
}

pub struct MeetingTotal {
    filter: MeetingFilter,
}

#[Object]
impl MeetingTotal {
    /// How many meetings match (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_rectification_meetings(principal, &self.filter).await.gql()
    }
}

fn parse_meeting_id(id: &ID, field: &'static str) -> Result<RectificationMeetingId, ApiError> {
    parse_numeric_id(id, NodeType::RectificationMeeting, field)
}

fn parse_enterprises(ids: &[ID], field: &'static str) -> Result<Vec<EnterpriseId>, ApiError> {
    ids.iter().map(|id| parse_numeric_id(id, NodeType::Enterprise, field)).collect()
}

#[derive(Default)]
pub struct RectificationMeetingQuery;

#[Object]
impl RectificationMeetingQuery {
    /// Industry rectification meetings (行业整顿会议 rectification meeting) of the campaigns the
    /// caller reads, newest first. For officers and auditors; others FORBIDDEN.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    #[allow(clippy::too_many_arguments)] // a GraphQL field's arguments are its parameters
    async fn rectification_meetings(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to narrow the list to.", default)] filter: RectificationMeetingFilterInput,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, RectificationMeeting, MeetingTotal>> {
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let filter = filter.into_filter()?;
        let (app, principal) = caller(ctx)?;
        let page = app.rectification_meetings(principal, &filter, &request).await.gql()?;
        Ok(connection(page, MeetingTotal { filter }, |r| id_cursor(r.id), RectificationMeeting))
    }
}

#[derive(Default)]
pub struct RectificationMeetingMutation;

#[Object]
impl RectificationMeetingMutation {
    /// Convenes an industry rectification meeting (行业整顿会议 rectification meeting) in an open
    /// campaign, summoning enterprises licensed in it: the campaign's authority's head or leader
    /// in charge. INVALID_RECTIFICATION_MEETING, ENTERPRISE_NOT_IN_CAMPAIGN, CAMPAIGN_NOT_OPEN,
    /// INVALID_TEXT, FORBIDDEN, NOT_FOUND.
    async fn convene_rectification_meeting(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The meeting.")] input: ConveneRectificationMeetingInput,
    ) -> async_graphql::Result<RectificationMeetingPayload> {
        let input = ConveneMeetingInput {
            campaign_id: parse_numeric_id(&input.campaign_id, NodeType::Campaign, "input.campaignId")?,
            title: input.title,
            held_on: input.held_on,
            place: input.place,
            enterprise_ids: parse_enterprises(&input.enterprise_ids, "input.enterpriseIds")?,
        };
        let (app, principal) = caller(ctx)?;
        let record = app.convene_rectification_meeting(principal, &input).await.gql_input("input")?;
        Ok(RectificationMeetingPayload { meeting: RectificationMeeting(record) })
    }

    /// Records a meeting held, on or after its day: every summoned enterprise's attendance and
    /// the minutes (会议纪要 minutes). The campaign's authority's head or leader in charge.
    /// INVALID_RECTIFICATION_MEETING, ILLEGAL_RECTIFICATION_MEETING_TRANSITION, INVALID_TEXT,
    /// FORBIDDEN, NOT_FOUND.
    async fn record_rectification_meeting_held(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The meeting.")] meeting_id: ID,
        #[graphql(desc = "Every summoned enterprise once.")] attendance: Vec<AttendanceInputGql>,
        #[graphql(desc = "The minutes, 2–2000 characters.")] minutes: String,
    ) -> async_graphql::Result<RectificationMeetingPayload> {
        let id = parse_meeting_id(&meeting_id, "meetingId")?;
        let attendance = attendance
            .into_iter()
            .map(|a| {
                Ok(AttendanceInput {
                    enterprise_id: parse_numeric_id(&a.enterprise_id, NodeType::Enterprise, "attendance")?,
                    attendance: a.attendance.into(),
                    note: a.note,
                })
            })
            .collect::<Result<Vec<_>, ApiError>>()?;
        let (app, principal) = caller(ctx)?;
        let record =
            app.record_rectification_meeting_held(principal, id, &attendance, &minutes).await.gql()?;
        Ok(RectificationMeetingPayload { meeting: RectificationMeeting(record) })
    }

    /// Cancels a meeting not held yet, with the reason: the campaign's authority's head or
    /// leader in charge. ILLEGAL_RECTIFICATION_MEETING_TRANSITION, INVALID_TEXT, FORBIDDEN,
    /// NOT_FOUND.
    async fn cancel_rectification_meeting(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The meeting.")] meeting_id: ID,
        #[graphql(desc = "Why, 2–2000 characters.")] reason: String,
    ) -> async_graphql::Result<RectificationMeetingPayload> {
        let id = parse_meeting_id(&meeting_id, "meetingId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.cancel_rectification_meeting(principal, id, &reason).await.gql()?;
        Ok(RectificationMeetingPayload { meeting: RectificationMeeting(record) })
    }

    /// Records a held meeting's resolution: the enterprises it binds rectify by the deadline,
    /// each owing a follow-up visit (回访 follow-up, origin RECTIFICATION_MEETING) after it. The
    /// campaign's authority's head or leader in charge. INVALID_RECTIFICATION_MEETING,
    /// ENTERPRISE_NOT_SUMMONED, RESOLUTION_ALREADY_RECORDED,
    /// ILLEGAL_RECTIFICATION_MEETING_TRANSITION, INVALID_TEXT, FORBIDDEN, NOT_FOUND.
    async fn resolve_rectification_meeting(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The resolution.")] input: ResolveRectificationMeetingInput,
    ) -> async_graphql::Result<RectificationMeetingPayload> {
        let input = ResolutionInput {
            meeting_id: parse_meeting_id(&input.meeting_id, "input.meetingId")?,
            enterprise_ids: parse_enterprises(&input.enterprise_ids, "input.enterpriseIds")?,
            requirement: input.requirement,
            rectification_days: input.rectification_days,
            rectify_by: input.rectify_by,
        };
        let (app, principal) = caller(ctx)?;
        let record = app.resolve_rectification_meeting(principal, &input).await.gql_input("input")?;
        Ok(RectificationMeetingPayload { meeting: RectificationMeeting(record) })
    }
}
