//! What a patrol's findings set going, as export rows: the measures ordered (措施) and the
//! follow-up visits owed (回访), each list read a keyset page at a time in its default order
//! (measures oldest first; follow-ups by deadline) through its own scoped read, with the
//! enterprise and license a row names read once per page.

use oversight_domain::TypedId;
use oversight_domain::patrol::FollowUpOrigin;
use oversight_domain::patrol::measure::{MeasureKind, MeasureStatus};

use super::rows::{Cell, Column, Position, Related, after_page, col, page_after};
use crate::{App, AppError, FollowUpCursor, FollowUpFilter, FollowUpRecord, MeasureFilter, Principal};

pub(super) const PATROL_MEASURES: &[Column] = &[
    col("措施编号", 10.0),
    col("巡查记录编号", 14.0),
    col("企业名称", 36.0),
    col("许可证编号", 22.0),
    col("措施类型", 14.0),
    col("状态", 10.0),
    col("下达日期", 12.0),
    col("整改期限", 12.0),
    col("针对问题项目", 30.0),
    col("处罚决定书文号", 22.0),
    col("罚没金额（元）", 14.0),
    col("移送部门", 20.0),
    col("回执日期", 12.0),
    col("办结日期", 12.0),
    col("办理情况", 36.0),
    col("检验任务编号", 14.0),
];

pub(super) const FOLLOW_UPS: &[Column] = &[
    col("回访编号", 10.0),
    col("企业名称", 36.0),
    col("许可证编号", 22.0),
    col("来源", 16.0),
    col("整改期限", 12.0),
    col("状态", 10.0),
    col("遗留问题项目", 30.0),
    col("回访记录编号", 14.0),
    col("生成时间", 20.0),
];

/// A page of the `patrolMeasures` list, oldest first; a kind's own fields fill its columns
/// (the deadline of a rectification, the decision of a penalty, the department of a transfer).
pub(super) async fn measure_page(
    app: &App,
    principal: &Principal,
    filter: &MeasureFilter,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    let after = position.id();
    let page = app.patrol_measures(principal, filter, &page_after(after)).await?;
    let next = after_page(&page, |m| Position::Id(m.id.key()));
    let related =
        Related::read(app, principal, page.items.iter().map(|m| (m.enterprise_id, m.license_id))).await?;
    let rows = page
        .items
        .iter()
        .map(|record| {
            let measure = &record.measure;
            let kind = KindCells::of(&measure.kind);
            vec![
                Cell::Integer(record.id.key()),
                Cell::Integer(record.patrol_id.key()),
                related.name(record.enterprise_id),
                related.license_number(record.license_id),
                Cell::text(kind.name),
                Cell::text(measure_status_zh(measure.status)),
                Cell::Date(measure.ordered_on),
                kind.deadline,
                Cell::text(measure.finding_codes.join("、")),
                kind.decision_number,
                kind.amount,
                kind.transferred_to,
                kind.receipt_on,
                Cell::date(record.closed_on),
                record.close_reason.as_ref().map_or(Cell::Empty, |r| Cell::text(r.clone())),
                record.testing_task_id.map_or(Cell::Empty, |id| Cell::Integer(id.key())),
            ]
        })
        .collect();
    Ok((rows, next))
}

/// The cells a measure's kind fills; the others stay empty.
struct KindCells {
    name: &'static str,
    deadline: Cell,
    decision_number: Cell,
    amount: Cell,
    transferred_to: Cell,
    receipt_on: Cell,
}

impl KindCells {
    fn of(kind: &MeasureKind) -> KindCells {
        let named = |name| KindCells {
            name,
            deadline: Cell::Empty,
            decision_number: Cell::Empty,
            amount: Cell::Empty,
            transferred_to: Cell::Empty,
            receipt_on: Cell::Empty,
        };
        match kind {
            MeasureKind::Assistance => named("帮扶"),
            MeasureKind::SamplingTest => named("抽样检验"),
            MeasureKind::Suspension => named("停产整顿"),
            MeasureKind::RectifyByDeadline { deadline } => {
                KindCells { deadline: Cell::Date(*deadline), ..named("限期改正") }
            }
            MeasureKind::Penalty { decision_number, amount, .. } => KindCells {
                decision_number: Cell::text(decision_number.clone()),
                amount: Cell::Yuan(*amount),
                ..named("行政处罚")
            },
            MeasureKind::Transfer { to, receipt_on } => KindCells {
                transferred_to: Cell::text(to.clone()),
                receipt_on: Cell::date(*receipt_on),
                ..named("移送相关部门")
            },
        }
    }
}

/// A page of the `followUps` list in deadline order, each in the state the list shows today.
pub(super) async fn follow_up_page(
    app: &App,
    principal: &Principal,
    filter: &FollowUpFilter,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    let after = if let Position::FollowUp(c) = position { Some(c) } else { None };
    let page = app.follow_ups(principal, filter, &page_after(after)).await?;
    let next = after_page(&page, |f| Position::FollowUp(FollowUpCursor { deadline: f.deadline, id: f.id }));
    let related =
        Related::read(app, principal, page.items.iter().map(|f| (f.enterprise_id, f.license_id))).await?;
    let rows = page
        .items
        .iter()
        .map(|f| {
            vec![
                Cell::Integer(f.id.key()),
                related.name(f.enterprise_id),
                related.license_number(f.license_id),
                Cell::text(origin_zh(f.origin)),
                Cell::Date(f.deadline),
                Cell::text(follow_up_state_zh(app, f)),
                Cell::text(f.carried.join("、")),
                f.visit_id.map_or(Cell::Empty, |id| Cell::Integer(id.key())),
                Cell::Time(f.created_at),
            ]
        })
        .collect();
    Ok((rows, next))
}

/// The list's `state` today: visited, due (the deadline passed), or upcoming.
fn follow_up_state_zh(app: &App, record: &FollowUpRecord) -> &'static str {
    match (record.visit_id, app.follow_up_due_today(record)) {
        (Some(_), _) => "已回访",
        (None, true) => "应回访",
        (None, false) => "未到期",
    }
}

pub(super) fn origin_zh(origin: FollowUpOrigin) -> &'static str {
    match origin {
        FollowUpOrigin::PatrolMeasure => "巡查限期改正",
        FollowUpOrigin::FollowUp => "前次回访未改正",
        FollowUpOrigin::AnnualReview => "年度审查不合格",
        FollowUpOrigin::SpotCheck => "监督检验不合格",
        FollowUpOrigin::RectificationMeeting => "行业整顿会议",
    }
}

fn measure_status_zh(status: MeasureStatus) -> &'static str {
    match status {
        MeasureStatus::Open => "办理中",
        MeasureStatus::Done => "已完成",
        MeasureStatus::Cancelled => "已撤销",
    }
}
