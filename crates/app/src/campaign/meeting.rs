//! Industry rectification meetings (行业整顿会议, §三, docs/adr/0038): convening one in an open
//! campaign, summoning enterprises licensed in it; recording it held with the attendance and the
//! minutes; cancelling it; recording a held meeting's resolution, which owes each enterprise it
//! binds a follow-up visit (回访) after the deadline; and the scoped reads.

use chrono::NaiveDate;
use oversight_domain::access::{Organisation, Scope};
use oversight_domain::archive::ArchiveFact;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::campaign::CampaignStatus;
use oversight_domain::campaign::meeting::{
    self, Attendance, MeetingFact, MeetingRefused, RawAttendance, RawMeeting, Resolution, ResolutionRefused,
    Summons,
};
use oversight_domain::patrol::FollowUpOrigin;
use oversight_domain::{CampaignId, EnterpriseId, MeetingSummonsId, RectificationMeetingId, RegionCode};
use oversight_storage::campaign::meeting::{self as store, MeetingFilter, MeetingRecord};
use oversight_storage::campaign::{self as campaigns, CampaignRecord};
use oversight_storage::patrol::follow_up::NewFollowUp;
use oversight_storage::registry::authority;
use serde_json::json;

use crate::work::Work;
use crate::{Action, App, AppError, Code, Page, PageRequest, Principal, Resource, allow};

/// A meeting as the campaign's leadership convenes it, unparsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConveneMeetingInput {
    pub campaign_id: CampaignId,
    pub title: String,
    pub held_on: NaiveDate,
    pub place: String,
    pub enterprise_ids: Vec<EnterpriseId>,
}

/// One summoned enterprise's attendance, unparsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendanceInput {
    pub enterprise_id: EnterpriseId,
    pub attendance: Attendance,
    pub note: Option<String>,
}

/// A resolution, unparsed: the enterprises it binds (none named: every summoned one), what they
/// rectify, and by when — a period in days or a day, or neither for the province's default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolutionInput {
    pub meeting_id: RectificationMeetingId,
    pub enterprise_ids: Vec<EnterpriseId>,
    pub requirement: String,
    pub rectification_days: Option<i64>,
    pub rectify_by: Option<NaiveDate>,
}

impl From<MeetingRefused> for AppError {
    fn from(refusal: MeetingRefused) -> AppError {
        AppError::refused(Code::IllegalRectificationMeetingTransition, "meetingId", refusal.to_string())
    }
}

impl From<ResolutionRefused> for AppError {
    fn from(refusal: ResolutionRefused) -> AppError {
        let code = match refusal {
            ResolutionRefused::NotSummoned(_) => Code::EnterpriseNotSummoned,
            ResolutionRefused::AlreadyResolved(_) => Code::ResolutionAlreadyRecorded,
        };
        AppError::refused(code, "enterpriseIds", refusal.to_string())
    }
}

/// The meetings the caller reads: those of the campaigns it reads (docs/adr/0038 decision 3).
pub(crate) fn meeting_scope(principal: &Principal) -> Result<Scope, AppError> {
    allow(principal, Action::ReadRectificationMeetings, &Resource::None, "rectification meetings")?;
    Ok(match principal.organisation {
        Organisation::Authority { .. } => oversight_domain::access::read_scope(principal),
        _ => Scope::Nothing,
    })
}

impl App {
    /// Convenes a meeting in an open campaign (its authority's head or leader in charge),
    /// summoning enterprises holding a license in force of a campaign industry in its regions.
    pub async fn convene_rectification_meeting(
        &self,
        principal: &Principal,
        input: &ConveneMeetingInput,
    ) -> Result<MeetingRecord, AppError> {
        let mut work = self.begin(principal, Operation::ConveneRectificationMeeting).await?;
        let campaign = campaign_led(&work, principal, input.campaign_id).await?;
        if campaign.campaign.status != CampaignStatus::Open {
            let message =
                format!("the campaign is {}: no meeting is convened in it", campaign.campaign.status);
            return Err(AppError::refused(Code::CampaignNotOpen, "campaignId", message));
        }
        let raw = RawMeeting {
            title: &input.title,
            held_on: input.held_on,
            place: &input.place,
            enterprise_ids: &input.enterprise_ids,
        };
        let spec = meeting::check_spec(raw, work.today)?;
        let summoned =
            store::campaign_licenses(work.tx(), &campaign.campaign, &spec.enterprises, work.today).await?;
        let outside: Vec<String> = spec
            .enterprises
            .iter()
            .filter(|id| !summoned.iter().any(|(found, _)| found == *id))
            .map(ToString::to_string)
            .collect();
        if !outside.is_empty() {
            let message = format!(
                "enterprise {} holds no license in force of a campaign industry in a campaign region",
                outside.join(", ")
            );
            return Err(AppError::refused(Code::EnterpriseNotInCampaign, "enterpriseIds", message));
        }
        let record =
            store::insert(work.tx(), &campaign.campaign, &spec, &summoned, &principal.subject, work.now)
                .await?;
        for summons in &record.summonses {
            let fact = ArchiveFact::RectificationMeeting(MeetingFact::Summoned(&record.meeting));
            work.archive(summons.enterprise_id, Some(summons.license_id), fact);
            work.touch([ObjectRef::of(summons.enterprise_id)]);
        }
        work.touch([ObjectRef::of(record.id), ObjectRef::of(campaign.id)]);
        work.commit(None, Some(record.meeting.state())).await?;
        Ok(record)
    }

    /// Records a convened meeting held, on or after its day: every summoned enterprise's
    /// attendance (an absence with its note) and the minutes (会议纪要).
    pub async fn record_rectification_meeting_held(
        &self,
        principal: &Principal,
        id: RectificationMeetingId,
        attendance: &[AttendanceInput],
        minutes: &str,
    ) -> Result<MeetingRecord, AppError> {
        let minutes = meeting::parse_note("minutes", minutes)?;
        let mut work = self.begin(principal, Operation::RecordRectificationMeetingHeld).await?;
        let (current, _) = meeting_for(&work, principal, id).await?;
        let next = current.meeting.held(minutes, work.today)?;
        let raw: Vec<RawAttendance<'_>> = attendance
            .iter()
            .map(|a| RawAttendance {
                enterprise_id: a.enterprise_id,
                attendance: a.attendance,
                note: a.note.as_deref(),
            })
            .collect();
        let records = meeting::check_attendance(&current.meeting.spec.enterprises, &raw)?;
        let mut saved = save(&mut work, &current, next).await?;
        store::record_attendance(work.tx(), id, &records).await?;
        for record in &records {
            let fact = MeetingFact::AttendanceRecorded { meeting: &saved.meeting, attendance: record };
            work.archive(
                record.enterprise_id,
                license_of(&current.summonses, record.enterprise_id),
                ArchiveFact::RectificationMeeting(fact),
            );
            work.touch([ObjectRef::of(record.enterprise_id)]);
        }
        for summons in &mut saved.summonses {
            if let Some(record) = records.iter().find(|r| r.enterprise_id == summons.enterprise_id) {
                summons.attendance = Some(record.attendance);
                summons.attendance_note = record.note.clone();
            }
        }
        let after = json!({ "meeting": saved.meeting.state(), "attendance": records });
        work.commit(Some(current.meeting.state()), Some(after)).await?;
        Ok(saved)
    }

    /// Cancels a meeting not held yet, with the reason; each summoned enterprise's archive shows it.
    pub async fn cancel_rectification_meeting(
        &self,
        principal: &Principal,
        id: RectificationMeetingId,
        reason: &str,
    ) -> Result<MeetingRecord, AppError> {
        let reason = meeting::parse_note("reason", reason)?;
        let mut work = self.begin(principal, Operation::CancelRectificationMeeting).await?;
        let (current, _) = meeting_for(&work, principal, id).await?;
        let next = current.meeting.cancelled(reason, work.today)?;
        let saved = save(&mut work, &current, next).await?;
        for summons in &saved.summonses {
            let fact = ArchiveFact::RectificationMeeting(MeetingFact::Cancelled(&saved.meeting));
            work.archive(summons.enterprise_id, Some(summons.license_id), fact);
            work.touch([ObjectRef::of(summons.enterprise_id)]);
        }
        work.commit(Some(current.meeting.state()), Some(saved.meeting.state())).await?;
        Ok(saved)
    }

    /// Records a held meeting's resolution: the enterprises it binds (absent ones too) rectify
    /// what it states by the deadline, and each owes a follow-up visit after it (origin
    /// RECTIFICATION_MEETING, docs/adr/0038 decision 13).
    pub async fn resolve_rectification_meeting(
        &self,
        principal: &Principal,
        input: &ResolutionInput,
    ) -> Result<MeetingRecord, AppError> {
        let requirement = meeting::parse_note("requirement", &input.requirement)?;
        let mut work = self.begin(principal, Operation::ResolveRectificationMeeting).await?;
        let (current, region) = meeting_for(&work, principal, input.meeting_id).await?;
        current.meeting.check(meeting::MeetingEvent::Resolve, work.today)?;
        let targets = meeting::resolution_targets(&current.summonses, &input.enterprise_ids)?;
        // The rectification periods of the province the campaign's authority serves (docs/adr/0032).
        let deadlines = work.settings_for(&region).await?.deadlines;
        let calendar = work.working_calendar().await?;
        let rectify_by = meeting::resolution_deadline(
            &calendar,
            &deadlines,
            work.today,
            input.rectification_days,
            input.rectify_by,
        )?;
        let mut resolved = Vec::new();
        for summons in targets {
            resolved.push(resolve_one(&mut work, &current, summons, &requirement, rectify_by).await?);
        }
        let mut saved = current.clone();
        for (id, resolution) in &resolved {
            if let Some(summons) = saved.summonses.iter_mut().find(|s| s.id == *id) {
                summons.resolution = Some(resolution.clone());
            }
        }
        let after = json!({ "meetingId": current.id, "resolutions": resolved.iter()
            .map(|(id, r)| json!({ "summonsId": id, "resolution": r })).collect::<Vec<_>>() });
        work.touch([ObjectRef::of(current.id)]);
        work.commit(None, Some(after)).await?;
        Ok(saved)
    }

    /// One page of the meetings the caller reads, newest first.
    pub async fn rectification_meetings(
        &self,
        principal: &Principal,
        filter: &MeetingFilter,
        request: &PageRequest<i64>,
    ) -> Result<Page<MeetingRecord>, AppError> {
        let scope = meeting_scope(principal)?;
        Ok(store::page(&self.store, &scope, filter, request).await?)
    }

    pub async fn count_rectification_meetings(
        &self,
        principal: &Principal,
        filter: &MeetingFilter,
    ) -> Result<u64, AppError> {
        let scope = meeting_scope(principal)?;
        Ok(store::count(&self.store, &scope, filter).await?)
    }

    pub async fn rectification_meetings_by_ids(
        &self,
        principal: &Principal,
        ids: &[RectificationMeetingId],
    ) -> Result<Vec<MeetingRecord>, AppError> {
        let scope = meeting_scope(principal)?;
        Ok(store::by_ids(&self.store, &scope, ids).await?)
    }

    /// The meetings of these campaigns, newest first (the loader of `Campaign.meetings`).
    pub async fn rectification_meetings_of(
        &self,
        principal: &Principal,
        ids: &[CampaignId],
    ) -> Result<Vec<MeetingRecord>, AppError> {
        let scope = meeting_scope(principal)?;
        Ok(store::of_campaigns(&self.store, &scope, ids).await?)
    }

    /// The summonses with these ids (a follow-up's origin names one), read as their enterprise:
    /// whoever reads a follow-up learns which meeting it answers.
    pub async fn meeting_summonses_by_ids(
        &self,
        principal: &Principal,
        ids: &[MeetingSummonsId],
    ) -> Result<Vec<Summons>, AppError> {
        let scope = crate::read_scope(principal)?;
        Ok(store::summonses_by_ids(&self.store, &scope, ids).await?)
    }
}

/// Binds one summoned enterprise: its follow-up owed after `rectify_by` carrying the resolution
/// as its one item, then the resolution naming it, then the archive event.
async fn resolve_one(
    work: &mut Work<'_>,
    current: &MeetingRecord,
    summons: &Summons,
    requirement: &str,
    rectify_by: NaiveDate,
) -> Result<(MeetingSummonsId, Resolution), AppError> {
    let carried = [meeting::RESOLUTION_ITEM.to_owned()];
    let owed = NewFollowUp {
        enterprise_id: summons.enterprise_id,
        license_id: summons.license_id,
        origin: FollowUpOrigin::RectificationMeeting,
        origin_id: summons.id.get(),
        case_id: None,
        deadline: rectify_by,
        carried: &carried,
    };
    let follow_up = crate::patrol::open_follow_up(work, &owed).await?;
    let resolution = Resolution {
        requirement: requirement.to_owned(),
        rectify_by,
        resolved_on: work.today,
        follow_up_id: Some(follow_up.id),
    };
    if !store::record_resolution(work.tx(), summons.id, &resolution).await? {
        return Err(AppError::concurrent("the resolution was recorded meanwhile"));
    }
    let fact = MeetingFact::ResolutionRecorded { meeting: &current.meeting, resolution: &resolution };
    work.archive(summons.enterprise_id, Some(summons.license_id), ArchiveFact::RectificationMeeting(fact));
    work.touch([ObjectRef::of(summons.enterprise_id)]);
    Ok((summons.id, resolution))
}

fn license_of(summonses: &[Summons], enterprise_id: EnterpriseId) -> Option<oversight_domain::LicenseId> {
    summonses.iter().find(|s| s.enterprise_id == enterprise_id).map(|s| s.license_id)
}

/// The campaign, once the caller may convene in it (the leadership of the authority that opened
/// it): outside its reach it is not found.
async fn campaign_led(
    work: &Work<'_>,
    principal: &Principal,
    id: CampaignId,
) -> Result<CampaignRecord, AppError> {
    let scope = crate::campaign::campaign_scope(principal).unwrap_or(Scope::Nothing);
    let found = campaigns::by_ids(work.tx(), &scope, &[id]).await?.pop();
    let campaign = found.ok_or(AppError::NotFound { what: "campaign" })?;
    let owner = authority::by_ids(work.tx(), &[campaign.campaign.authority_id]).await?.pop();
    let owner = owner.ok_or(AppError::NotFound { what: "authority" })?;
    let resource = Resource::Authority { id: campaign.campaign.authority_id, region: owner.region };
    allow(principal, Action::ConveneRectificationMeeting, &resource, "campaign")?;
    Ok(campaign)
}

/// The meeting and its authority's region, once the caller may decide on it (the leadership of
/// the campaign's authority): outside its reach it is not found.
async fn meeting_for(
    work: &Work<'_>,
    principal: &Principal,
    id: RectificationMeetingId,
) -> Result<(MeetingRecord, RegionCode), AppError> {
    let scope = meeting_scope(principal).unwrap_or(Scope::Nothing);
    let found = store::by_ids(work.tx(), &scope, &[id]).await?.pop();
    let current = found.ok_or(AppError::NotFound { what: "rectification meeting" })?;
    let owner = authority::by_ids(work.tx(), &[current.meeting.authority_id]).await?.pop();
    let owner = owner.ok_or(AppError::NotFound { what: "authority" })?;
    let resource = Resource::Authority { id: current.meeting.authority_id, region: owner.region };
    allow(principal, Action::DecideRectificationMeeting, &resource, "rectification meeting")?;
    Ok((current, owner.region))
}

/// Saves `next` over `current`, refusing a meeting that moved meanwhile.
async fn save(
    work: &mut Work<'_>,
    current: &MeetingRecord,
    next: oversight_domain::campaign::meeting::Meeting,
) -> Result<MeetingRecord, AppError> {
    let by = work.principal().subject.clone();
    if !store::save(work.tx(), &current.meeting, &next, &by, work.now).await? {
        return Err(AppError::concurrent("the rectification meeting changed meanwhile"));
    }
    work.touch([ObjectRef::of(current.id)]);
    Ok(MeetingRecord { meeting: next, updated_by: by, updated_at: work.now, ..current.clone() })
}
