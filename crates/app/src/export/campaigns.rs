//! Key-industry campaigns (专项整治) and industry rectification meetings (行业整顿会议,
//! docs/adr/0038) as export rows: the `campaigns` and `rectificationMeetings` lists read a keyset
//! page at a time, newest first, through the lists' own scoped reads; the authorities, campaigns
//! and summoned enterprises a page names are read once per page.

use std::collections::HashMap;

use oversight_domain::campaign::meeting::{Attendance, MeetingStatus};
use oversight_domain::campaign::{CampaignPhase, CampaignStatus};
use oversight_domain::{EnterpriseId, TypedId};

use super::rows::{
    Cell, Column, Position, after_page, authority_names, col, holders, industry_name, page_after,
};
use crate::{App, AppError, CampaignFilter, MeetingFilter, Principal};

pub(super) const CAMPAIGNS: &[Column] = &[
    col("专项整治编号", 12.0),
    col("名称", 30.0),
    col("状态", 10.0),
    col("阶段", 12.0),
    col("行业", 24.0),
    col("地区", 24.0),
    col("开始日期", 12.0),
    col("截止日期", 12.0),
    col("巡查频次倍数（倍）", 18.0),
    col("发起机关", 30.0),
    col("办结日期", 12.0),
    col("总结或撤销理由", 48.0),
    col("发起人", 16.0),
    col("录入时间", 20.0),
];

pub(super) const RECTIFICATION_MEETINGS: &[Column] = &[
    col("会议编号", 10.0),
    col("专项整治编号", 12.0),
    col("专项整治名称", 30.0),
    col("会议名称", 30.0),
    col("召开日期", 12.0),
    col("地点", 24.0),
    col("状态", 10.0),
    col("召集机关", 30.0),
    col("通知企业数（家）", 16.0),
    col("到会企业数（家）", 16.0),
    col("通知企业", 48.0),
    col("缺席企业", 36.0),
    col("提出整改要求企业数（家）", 22.0),
    col("会议纪要", 48.0),
    col("取消理由", 36.0),
    col("登记日期", 12.0),
    col("召集人", 16.0),
    col("录入时间", 20.0),
];

/// A page of the `campaigns` list, newest first; its phase judged on the day of the download.
pub(super) async fn campaign_page(
    app: &App,
    principal: &Principal,
    filter: &CampaignFilter,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    let after = position.id();
    let page = app.campaigns(principal, filter, &page_after(after)).await?;
    let next = after_page(&page, |c| Position::Id(c.id.key()));
    let openers = authority_names(app, principal, page.items.iter().map(|c| c.campaign.authority_id)).await?;
    let today = app.today();
    let rows = page
        .items
        .iter()
        .map(|record| {
            let c = &record.campaign;
            let industries: Vec<String> = c.spec.industries.iter().map(|i| industry_name(app, i)).collect();
            let regions: Vec<&str> = c.spec.regions.iter().map(|r| r.name()).collect();
            vec![
                Cell::Integer(record.id.key()),
                Cell::text(c.spec.title.clone()),
                Cell::text(match c.status {
                    CampaignStatus::Open => "未结束",
                    CampaignStatus::Closed => "已结束",
                    CampaignStatus::Cancelled => "已撤销",
                }),
                Cell::text(phase_zh(c.phase(today))),
                Cell::text(industries.join("、")),
                Cell::text(regions.join("、")),
                Cell::Date(c.spec.starts_on),
                Cell::Date(c.spec.ends_on),
                Cell::Integer(i64::from(c.spec.factor)),
                openers.get(&c.authority_id).map_or(Cell::Empty, |n| Cell::text(n.clone())),
                Cell::date(c.closed_on),
                c.close_note.clone().map_or(Cell::Empty, Cell::text),
                Cell::text(record.opened_by.clone()),
                Cell::Time(record.created_at),
            ]
        })
        .collect();
    Ok((rows, next))
}

/// A page of the `rectificationMeetings` list, newest first, each with its campaign's title and
/// the enterprises summoned by name.
pub(super) async fn meeting_page(
    app: &App,
    principal: &Principal,
    filter: &MeetingFilter,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    let after = position.id();
    let page = app.rectification_meetings(principal, filter, &page_after(after)).await?;
    let next = after_page(&page, |m| Position::Id(m.id.key()));
    let conveners =
        authority_names(app, principal, page.items.iter().map(|m| m.meeting.authority_id)).await?;
    // Collected first: a nested iterator's closures held across the await make the future
    // unprovably `Send` (a higher-ranked lifetime the compiler cannot generalise).
    let summoned: Vec<EnterpriseId> =
        page.items.iter().flat_map(|m| m.summonses.iter().map(|s| s.enterprise_id)).collect();
    let holders = holders(app, principal, summoned.into_iter()).await?;
    let mut campaign_ids: Vec<_> = page.items.iter().map(|m| m.campaign_id).collect();
    campaign_ids.sort_by_key(|id| id.key());
    campaign_ids.dedup();
    let titles: HashMap<_, _> = if campaign_ids.is_empty() {
        HashMap::new()
    } else {
        let found = app.campaigns_by_ids(principal, &campaign_ids).await?;
        found.into_iter().map(|c| (c.id, c.campaign.spec.title)).collect()
    };
    let count = |n: usize| Cell::Integer(i64::try_from(n).unwrap_or(i64::MAX));
    let rows = page
        .items
        .iter()
        .map(|record| {
            let m = &record.meeting;
            let names = |attendance: Option<Attendance>| {
                let picked =
                    record.summonses.iter().filter(|s| attendance.is_none() || s.attendance == attendance);
                picked
                    .filter_map(|s| holders.get(&s.enterprise_id).map(|e| e.base.name.clone()))
                    .collect::<Vec<_>>()
                    .join("、")
            };
            let attended = record.summonses.iter().filter(|s| s.attendance == Some(Attendance::Attended));
            vec![
                Cell::Integer(record.id.key()),
                Cell::Integer(record.campaign_id.key()),
                titles.get(&record.campaign_id).map_or(Cell::Empty, |t| Cell::text(t.clone())),
                Cell::text(m.spec.title.clone()),
                Cell::Date(m.spec.held_on),
                Cell::text(m.spec.place.clone()),
                Cell::text(match m.status {
                    MeetingStatus::Convened => "已召集",
                    MeetingStatus::Held => "已召开",
                    MeetingStatus::Cancelled => "已取消",
                }),
                conveners.get(&m.authority_id).map_or(Cell::Empty, |n| Cell::text(n.clone())),
                count(record.summonses.len()),
                count(attended.count()),
                Cell::text(names(None)),
                Cell::text(names(Some(Attendance::Absent))),
                count(record.summonses.iter().filter(|s| s.resolution.is_some()).count()),
                m.minutes.clone().map_or(Cell::Empty, Cell::text),
                m.cancel_reason.clone().map_or(Cell::Empty, Cell::text),
                Cell::date(m.decided_on),
                Cell::text(record.convened_by.clone()),
                Cell::Time(record.created_at),
            ]
        })
        .collect();
    Ok((rows, next))
}

fn phase_zh(phase: CampaignPhase) -> &'static str {
    match phase {
        CampaignPhase::Planned => "未开始",
        CampaignPhase::InProgress => "进行中",
        CampaignPhase::Ended => "期满待总结",
        CampaignPhase::Closed => "已结束",
        CampaignPhase::Cancelled => "已撤销",
    }
}
