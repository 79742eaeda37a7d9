//! Commendation and accountability records (表彰奖励 / 追究责任, docs/adr/0039) as export rows: the
//! `responsibilityRecords` list read a keyset page at a time, newest first, through the list's
//! own scoped read; the authorities (recording and named) and the officers a page names are read
//! once per page.

use std::collections::HashMap;

use oversight_domain::responsibility::record::{GroundKind, Measure, RecordKind, RecordStatus, SubjectKind};
use oversight_domain::{OfficerId, TypedId};

use super::rows::{Cell, Column, Position, after_page, authority_names, col, page_after};
use crate::{App, AppError, Principal, RecordFilter};

pub(super) const RESPONSIBILITY_RECORDS: &[Column] = &[
    col("记录编号", 10.0),
    col("类别", 10.0),
    col("状态", 10.0),
    col("措施", 12.0),
    col("对象类型", 10.0),
    col("对象单位", 30.0),
    col("对象人员", 14.0),
    col("记录机关", 30.0),
    col("事由", 48.0),
    col("依据", 48.0),
    col("起草日期", 12.0),
    col("起草人", 16.0),
    col("文号", 24.0),
    col("印发日期", 12.0),
    col("撤销日期", 12.0),
    col("撤销理由", 36.0),
    col("撤回日期", 12.0),
];

/// A page of the `responsibilityRecords` list, newest first.
pub(super) async fn record_page(
    app: &App,
    principal: &Principal,
    filter: &RecordFilter,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    let after = position.id();
    let page = app.responsibility_records(principal, filter, &page_after(after)).await?;
    let next = after_page(&page, |r| Position::Id(r.id.key()));
    let authorities = authority_names(
        app,
        principal,
        page.items.iter().flat_map(|r| [r.record.recorder_authority_id, r.record.subject_authority_id]),
    )
    .await?;
    let officers =
        officer_names(app, principal, page.items.iter().filter_map(|r| r.record.subject_officer_id)).await?;
    let name = |id| authorities.get(&id).map_or(Cell::Empty, |n: &String| Cell::text(n.clone()));
    let rows = page
        .items
        .iter()
        .map(|stored| {
            let r = &stored.record;
            vec![
                Cell::Integer(stored.id.key()),
                Cell::text(kind_zh(r.kind)),
                Cell::text(status_zh(r.status)),
                Cell::text(measure_zh(r.measure)),
                Cell::text(match r.subject_kind {
                    SubjectKind::Unit => "单位",
                    SubjectKind::Person => "个人",
                }),
                name(r.subject_authority_id),
                r.subject_officer_id
                    .and_then(|id| officers.get(&id))
                    .map_or(Cell::Empty, |n| Cell::text(n.clone())),
                name(r.recorder_authority_id),
                Cell::text(r.summary.clone()),
                Cell::text(
                    r.grounds
                        .iter()
                        .map(|g| match g.note.trim() {
                            "" => format!("{} {}", ground_zh(g.kind), g.id),
                            note => format!("{} {}（{note}）", ground_zh(g.kind), g.id),
                        })
                        .collect::<Vec<_>>()
                        .join("；"),
                ),
                Cell::Date(r.drafted_on),
                Cell::text(stored.drafted_by.clone()),
                r.document_number.clone().map_or(Cell::Empty, Cell::text),
                Cell::date(r.issued_on),
                Cell::date(r.annulled_on),
                r.annulment_reason.clone().map_or(Cell::Empty, Cell::text),
                Cell::date(r.withdrawn_on),
            ]
        })
        .collect();
    Ok((rows, next))
}

/// The names of the officers a page names, in one statement; none for a caller who does not
/// read the directory (as `ResponsibilityRecord.subjectOfficer` is null for it).
async fn officer_names(
    app: &App,
    principal: &Principal,
    ids: impl Iterator<Item = OfficerId>,
) -> Result<HashMap<OfficerId, String>, AppError> {
    let mut ids: Vec<OfficerId> = ids.collect();
    ids.sort_by_key(|id| id.key());
    ids.dedup();
    if ids.is_empty() || crate::registry::officer::officer_range(principal).is_err() {
        return Ok(HashMap::new());
    }
    Ok(app.officers_by_ids(principal, &ids).await?.into_iter().map(|o| (o.id, o.name)).collect())
}

fn kind_zh(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Commendation => "表彰奖励",
        RecordKind::Accountability => "追究责任",
    }
}

fn status_zh(status: RecordStatus) -> &'static str {
    match status {
        RecordStatus::Draft => "草稿",
        RecordStatus::Issued => "已印发",
        RecordStatus::Annulled => "已撤销",
        RecordStatus::Withdrawn => "已撤回",
    }
}

fn measure_zh(measure: Measure) -> &'static str {
    match measure {
        Measure::CirculatedPraise => "通报表扬",
        Measure::Honour => "表彰",
        Measure::Award => "奖励",
        Measure::CirculatedCriticism => "通报批评",
        Measure::AdmonishmentTalk => "诫勉谈话",
        Measure::Warning => "警告",
        Measure::Demerit => "记过",
        Measure::MajorDemerit => "记大过",
        Measure::Demotion => "降级",
        Measure::DismissalFromPost => "撤职",
        Measure::Expulsion => "开除",
    }
}

fn ground_zh(kind: GroundKind) -> &'static str {
    match kind {
        GroundKind::AgreementTarget => "责任状目标",
        GroundKind::SupervisionOrder => "督查督办",
        GroundKind::LinkageNotice => "联动通报",
        GroundKind::Rectification => "整改",
        GroundKind::UnlicensedCase => "无证生产案件",
        GroundKind::CounterfeitCase => "恶意造假案件",
    }
}
