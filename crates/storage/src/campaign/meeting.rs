//! Industry rectification meetings (行业整顿会议, docs/adr/0038): insert with the enterprises
//! summoned, the licenses that make an enterprise summonable in a campaign, reads scoped as the
//! campaign is (its regions overlapping the caller's jurisdiction), the keyset list, the meetings
//! of a page of campaigns in one statement, compare-and-set saves of the meeting, its attendance
//! and each resolution.

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::access::Scope;
use oversight_domain::campaign::Campaign;
use oversight_domain::campaign::meeting::{
    Attendance, AttendanceRecord, Meeting, MeetingSpec, MeetingStatus, Resolution, Summons,
};
use oversight_domain::registry::license::LicenseStatus;
use oversight_domain::{
    AuthorityId, CampaignId, EnterpriseId, FollowUpId, LicenseId, MeetingSummonsId, RectificationMeetingId,
};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder,
};

use crate::entity::rectification_meeting::{self as row, Column};
use crate::entity::rectification_meeting_summons as summons_row;
use crate::entity::{campaign as campaign_row, enterprise, license};
use crate::page::{self, SortKey};
use crate::{Executor, Page, PageRequest, Result, StorageError, Tx};

const TABLE: &str = "rectification_meeting";
const SUMMONS: &str = "rectification_meeting_summons";

/// A stored meeting with its summoned enterprises and who convened and last changed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingRecord {
    /// The meeting's id (the loaders key by it).
    pub id: RectificationMeetingId,
    /// Its campaign (the loader of `Campaign.meetings` groups by it).
    pub campaign_id: CampaignId,
    pub meeting: Meeting,
    /// The enterprises summoned, in enterprise order.
    pub summonses: Vec<Summons>,
    pub convened_by: String,
    pub updated_by: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// For each of `enterprises`, its license in force on `today` (valid or suspended, not expired)
/// of an industry of `campaign`, the enterprise in a region of it: the lowest license id when it
/// holds several. An enterprise without one is absent from the answer. One statement.
pub async fn campaign_licenses(
    x: &impl Executor,
    campaign: &Campaign,
    enterprises: &[EnterpriseId],
    today: NaiveDate,
) -> Result<Vec<(EnterpriseId, LicenseId)>> {
    if enterprises.is_empty() {
        return Ok(Vec::new());
    }
    let mut in_regions = Condition::any();
    for region in &campaign.spec.regions {
        let (low, high) = region.range();
        in_regions = in_regions.add(enterprise::Column::RegionCode.between(low, high));
    }
    let located = Query::select()
        .column(enterprise::Column::Id)
        .from(enterprise::Entity)
        .and_where(enterprise::Column::Id.is_in(enterprises.iter().map(|id| id.get())))
        .cond_where(in_regions)
        .to_owned();
    let in_force = [LicenseStatus::Valid.as_str(), LicenseStatus::Suspended.as_str()];
    let rows = license::Entity::find()
        .filter(license::Column::EnterpriseId.in_subquery(located))
        .filter(license::Column::IndustryCode.is_in(campaign.spec.industries.clone()))
        .filter(license::Column::Status.is_in(in_force))
        .filter(license::Column::ExpiresOn.gte(today))
        .order_by_asc(license::Column::Id)
        .all(&x.executor())
        .await?;
    let mut found: Vec<(EnterpriseId, LicenseId)> = Vec::new();
    for model in rows {
        let enterprise_id = EnterpriseId::new(model.enterprise_id);
        if !found.iter().any(|(id, _)| *id == enterprise_id) {
            found.push((enterprise_id, LicenseId::new(model.id)));
        }
    }
    Ok(found)
}

/// Stores a meeting, CONVENED, with one summons per enterprise (and its license).
pub async fn insert(
    tx: &Tx,
    campaign: &Campaign,
    spec: &MeetingSpec,
    summoned: &[(EnterpriseId, LicenseId)],
    by: &str,
    now: DateTime<Utc>,
) -> Result<MeetingRecord> {
    let model = row::ActiveModel {
        campaign_id: Set(campaign.id.get()),
        authority_id: Set(campaign.authority_id.get()),
        status: Set(MeetingStatus::Convened.as_str().to_owned()),
        title: Set(spec.title.clone()),
        held_on: Set(spec.held_on),
        place: Set(spec.place.clone()),
        minutes: Set(None),
        cancel_reason: Set(None),
        decided_on: Set(None),
        convened_by: Set(by.to_owned()),
        updated_by: Set(by.to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    let model = model.insert(&tx.executor()).await.map_err(StorageError::from_write)?;
    let summonses = summoned.iter().map(|(enterprise_id, license_id)| summons_row::ActiveModel {
        meeting_id: Set(model.id),
        enterprise_id: Set(enterprise_id.get()),
        license_id: Set(license_id.get()),
        attendance: Set(None),
        attendance_note: Set(None),
        requirement: Set(None),
        rectify_by: Set(None),
        resolved_on: Set(None),
        follow_up_id: Set(None),
        ..Default::default()
    });
    summons_row::Entity::insert_many(summonses)
        .exec(&tx.executor())
        .await
        .map_err(StorageError::from_write)?;
    let mut records = with_summonses(tx, vec![model]).await?;
    records.pop().ok_or_else(|| StorageError::corrupt(TABLE, "the meeting just stored is not found"))
}

/// The meetings with these ids inside `scope` (the loader, `node(id:)`, the commands).
pub async fn by_ids(
    x: &impl Executor,
    scope: &Scope,
    ids: &[RectificationMeetingId],
) -> Result<Vec<MeetingRecord>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = row::Entity::find()
        .filter(Column::Id.is_in(ids.iter().map(|id| id.get())))
        .filter(in_scope(scope))
        .all(&x.executor())
        .await?;
    with_summonses(x, rows).await
}

/// The meetings of these campaigns inside `scope`, newest first (the loader of
/// `Campaign.meetings`: two statements for a page of campaigns).
pub async fn of_campaigns(
    x: &impl Executor,
    scope: &Scope,
    ids: &[CampaignId],
) -> Result<Vec<MeetingRecord>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = row::Entity::find()
        .filter(Column::CampaignId.is_in(ids.iter().map(|id| id.get())))
        .filter(in_scope(scope))
        .order_by_desc(Column::Id)
        .all(&x.executor())
        .await?;
    with_summonses(x, rows).await
}

/// The summonses with these ids of enterprises inside `scope` (the registry's: a follow-up's
/// origin is read by whoever reads the follow-up's enterprise).
pub async fn summonses_by_ids(
    x: &impl Executor,
    scope: &Scope,
    ids: &[MeetingSummonsId],
) -> Result<Vec<Summons>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    summons_row::Entity::find()
        .filter(summons_row::Column::Id.is_in(ids.iter().map(|id| id.get())))
        .filter(crate::owned_rows_in_scope(summons_row::Column::EnterpriseId, scope))
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_summons)
        .collect()
}

/// What the meetings list is narrowed to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MeetingFilter {
    pub campaign_id: Option<CampaignId>,
    pub status: Option<MeetingStatus>,
    /// Meetings that summoned this enterprise.
    pub enterprise_id: Option<EnterpriseId>,
}

/// One page of the meetings inside `scope`, newest first.
pub async fn page(
    x: &impl Executor,
    scope: &Scope,
    filter: &MeetingFilter,
    request: &PageRequest<i64>,
) -> Result<Page<MeetingRecord>> {
    let query = filtered(scope, filter);
    let page = page::keyset(x, query, SortKey::descending([Column::Id]), request, Ok).await?;
    let items = with_summonses(x, page.items).await?;
    Ok(Page { items, has_previous_page: page.has_previous_page, has_next_page: page.has_next_page })
}

/// How many meetings `page` pages through.
pub async fn count(x: &impl Executor, scope: &Scope, filter: &MeetingFilter) -> Result<u64> {
    Ok(filtered(scope, filter).count(&x.executor()).await?)
}

fn filtered(scope: &Scope, filter: &MeetingFilter) -> sea_orm::Select<row::Entity> {
    let mut query = row::Entity::find().filter(in_scope(scope));
    if let Some(id) = filter.campaign_id {
        query = query.filter(Column::CampaignId.eq(id.get()));
    }
    if let Some(status) = filter.status {
        query = query.filter(Column::Status.eq(status.as_str()));
    }
    if let Some(id) = filter.enterprise_id {
        let summoning = Query::select()
            .column(summons_row::Column::MeetingId)
            .from(summons_row::Entity)
            .and_where(summons_row::Column::EnterpriseId.eq(id.get()))
            .to_owned();
        query = query.filter(Column::Id.in_subquery(summoning));
    }
    query
}

/// A meeting is read where its campaign is (docs/adr/0038 decision 3): the campaign's regions
/// overlapping the caller's jurisdiction.
fn in_scope(scope: &Scope) -> Condition {
    match scope {
        Scope::Everything => Condition::all(),
        Scope::Within(_) => {
            let campaigns = Query::select()
                .column(campaign_row::Column::Id)
                .from(campaign_row::Entity)
                .cond_where(super::in_scope(scope))
                .to_owned();
            Condition::all().add(Column::CampaignId.in_subquery(campaigns))
        }
        // An enterprise reads no meeting; an id never stored keeps one statement shape.
        Scope::Enterprise(_) | Scope::Nothing => Condition::all().add(Column::Id.eq(-1)),
    }
}

/// The meetings of `rows` with their summonses: one statement for all of them.
async fn with_summonses(x: &impl Executor, rows: Vec<row::Model>) -> Result<Vec<MeetingRecord>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let summonses = summons_row::Entity::find()
        .filter(summons_row::Column::MeetingId.is_in(ids))
        .order_by_asc(summons_row::Column::EnterpriseId)
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_summons)
        .collect::<Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|model| {
            let own: Vec<Summons> =
                summonses.iter().filter(|s| s.meeting_id.get() == model.id).cloned().collect();
            to_record(model, own)
        })
        .collect()
}

/// Saves `next` over the meeting if it is still in `from`'s status; false when it moved.
pub async fn save(tx: &Tx, from: &Meeting, next: &Meeting, by: &str, now: DateTime<Utc>) -> Result<bool> {
    let update = row::Entity::update_many()
        .col_expr(Column::Status, Expr::value(next.status.as_str()))
        .col_expr(Column::Minutes, Expr::value(next.minutes.clone()))
        .col_expr(Column::CancelReason, Expr::value(next.cancel_reason.clone()))
        .col_expr(Column::DecidedOn, Expr::value(next.decided_on))
        .col_expr(Column::UpdatedBy, Expr::value(by.to_owned()))
        .col_expr(Column::UpdatedAt, Expr::value(now));
    crate::transition::compare_and_set(
        tx,
        update,
        (Column::Id, from.id.get()),
        (Column::Status, from.status.as_str()),
    )
    .await
}

/// Records each summoned enterprise's attendance (one statement per enterprise: a meeting
/// summons at most `MAX_SUMMONED`).
pub async fn record_attendance(
    tx: &Tx,
    meeting: RectificationMeetingId,
    records: &[AttendanceRecord],
) -> Result<()> {
    for record in records {
        summons_row::Entity::update_many()
            .col_expr(summons_row::Column::Attendance, Expr::value(record.attendance.as_str()))
            .col_expr(summons_row::Column::AttendanceNote, Expr::value(record.note.clone()))
            .filter(summons_row::Column::MeetingId.eq(meeting.get()))
            .filter(summons_row::Column::EnterpriseId.eq(record.enterprise_id.get()))
            .exec(&tx.executor())
            .await?;
    }
    Ok(())
}

/// Records a resolution on a summons that has none; false when one was recorded meanwhile.
pub async fn record_resolution(tx: &Tx, id: MeetingSummonsId, resolution: &Resolution) -> Result<bool> {
    let result = summons_row::Entity::update_many()
        .col_expr(summons_row::Column::Requirement, Expr::value(resolution.requirement.clone()))
        .col_expr(summons_row::Column::RectifyBy, Expr::value(resolution.rectify_by))
        .col_expr(summons_row::Column::ResolvedOn, Expr::value(resolution.resolved_on))
        .col_expr(summons_row::Column::FollowUpId, Expr::value(resolution.follow_up_id.map(|id| id.get())))
        .filter(summons_row::Column::Id.eq(id.get()))
        .filter(summons_row::Column::Requirement.is_null())
        .exec(&tx.executor())
        .await?;
    Ok(result.rows_affected == 1)
}

fn to_summons(model: summons_row::Model) -> Result<Summons> {
    let corrupt = |what: &str| StorageError::corrupt(SUMMONS, format!("id {}: {what}", model.id));
    let attendance = model
        .attendance
        .as_deref()
        .map(|a| Attendance::parse(a).ok_or_else(|| corrupt("attendance")))
        .transpose()?;
    let resolution = match (model.requirement, model.rectify_by, model.resolved_on) {
        (Some(requirement), Some(rectify_by), Some(resolved_on)) => Some(Resolution {
            requirement,
            rectify_by,
            resolved_on,
            follow_up_id: model.follow_up_id.map(FollowUpId::new),
        }),
        (None, None, None) => None,
        _ => return Err(corrupt("resolution")),
    };
    Ok(Summons {
        id: MeetingSummonsId::new(model.id),
        meeting_id: RectificationMeetingId::new(model.meeting_id),
        enterprise_id: EnterpriseId::new(model.enterprise_id),
        license_id: LicenseId::new(model.license_id),
        attendance,
        attendance_note: model.attendance_note,
        resolution,
    })
}

fn to_record(model: row::Model, summonses: Vec<Summons>) -> Result<MeetingRecord> {
    let status = MeetingStatus::parse(&model.status)
        .ok_or_else(|| StorageError::corrupt(TABLE, format!("id {}: status", model.id)))?;
    let meeting = Meeting {
        id: RectificationMeetingId::new(model.id),
        campaign_id: CampaignId::new(model.campaign_id),
        authority_id: AuthorityId::new(model.authority_id),
        status,
        spec: MeetingSpec {
            title: model.title,
            held_on: model.held_on,
            place: model.place,
            enterprises: summonses.iter().map(|s| s.enterprise_id).collect(),
        },
        minutes: model.minutes,
        cancel_reason: model.cancel_reason,
        decided_on: model.decided_on,
    };
    Ok(MeetingRecord {
        id: meeting.id,
        campaign_id: meeting.campaign_id,
        meeting,
        summonses,
        convened_by: model.convened_by,
        updated_by: model.updated_by,
        created_at: model.created_at,
        updated_at: model.updated_at,
    })
}
