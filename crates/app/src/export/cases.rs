//! The handling of failing verdicts as export rows: rectifications (整改) and revocation
//! proposals (吊销建议), each read a keyset page at a time through its list's own scoped read,
//! in its list's default order (opening order; raising order), with the enterprise and license
//! a row names read once per page.

use oversight_domain::TypedId;
use oversight_domain::testing::rectification::{ProposalSource, ProposalStatus, RectificationStatus};

use super::rows::{Cell, Column, Position, Related, after_page, col, page_after};
use crate::{
    App, AppError, Principal, ProposalFilter, RectificationCursor, RectificationFilter, RectificationOrder,
};

pub(super) const RECTIFICATIONS: &[Column] = &[
    col("整改编号", 10.0),
    col("企业名称", 36.0),
    col("统一社会信用代码", 22.0),
    col("许可证编号", 22.0),
    col("行业", 18.0),
    col("状态", 12.0),
    col("下达日期", 12.0),
    col("整改期限", 12.0),
    col("延期天数（天）", 14.0),
    col("逾期未复查", 10.0),
    col("不合格任务编号", 14.0),
    col("复查任务编号", 14.0),
];

pub(super) const REVOCATION_PROPOSALS: &[Column] = &[
    col("建议编号", 10.0),
    col("来源", 12.0),
    col("企业名称", 36.0),
    col("统一社会信用代码", 22.0),
    col("许可证编号", 22.0),
    col("状态", 10.0),
    col("理由", 48.0),
    col("提请时间", 20.0),
    col("提出人", 16.0),
    col("提出时间", 20.0),
    col("决定人", 16.0),
    col("决定时间", 20.0),
    col("决定理由", 36.0),
];

/// A page of the `rectifications` list in opening order. 逾期未复查 is the list's `overdue`
/// on the supervision calendar's today: still running and past its deadline.
pub(super) async fn rectification_page(
    app: &App,
    principal: &Principal,
    filter: &RectificationFilter,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    let after = if let Position::Rectification(c) = position { Some(c) } else { None };
    let order = RectificationOrder::Id;
    let page = app.rectifications(principal, filter, (order, false), &page_after(after)).await?;
    let next = after_page(&page, |r| Position::Rectification(RectificationCursor::of(r, order)));
    let related =
        Related::read(app, principal, page.items.iter().map(|r| (r.enterprise_id, r.license_id))).await?;
    let today = app.today();
    let rows = page
        .items
        .iter()
        .map(|r| {
            vec![
                Cell::Integer(r.id.key()),
                related.name(r.enterprise_id),
                related.credit_code(r.enterprise_id),
                related.license_number(r.license_id),
                related.industry(app, r.license_id),
                Cell::text(rectification_status_zh(r.status)),
                Cell::Date(r.opened_on),
                Cell::Date(r.deadline),
                r.extended_days.map_or(Cell::Empty, |days| Cell::Integer(i64::from(days))),
                Cell::yes_no(r.status.running() && r.deadline < today),
                Cell::Integer(r.task_id.key()),
                r.recheck_task_id.map_or(Cell::Empty, |id| Cell::Integer(id.key())),
            ]
        })
        .collect();
    Ok((rows, next))
}

/// A page of the `revocationProposals` list in raising (id) order.
pub(super) async fn proposal_page(
    app: &App,
    principal: &Principal,
    filter: &ProposalFilter,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    let after = position.id();
    let page = app.revocation_proposals(principal, filter, &page_after(after)).await?;
    let next = after_page(&page, |p| Position::Id(p.id.key()));
    let related =
        Related::read(app, principal, page.items.iter().map(|p| (p.enterprise_id, p.license_id))).await?;
    let text = |s: &Option<String>| s.as_ref().map_or(Cell::Empty, |s| Cell::text(s.clone()));
    let rows = page
        .items
        .iter()
        .map(|p| {
            vec![
                Cell::Integer(p.id.key()),
                Cell::text(match p.source {
                    ProposalSource::Recheck { .. } => "复查不合格",
                    ProposalSource::Counterfeiting { .. } => "恶意造假",
                }),
                related.name(p.enterprise_id),
                related.credit_code(p.enterprise_id),
                related.license_number(p.license_id),
                Cell::text(proposal_status_zh(p.status)),
                Cell::text(p.grounds.clone()),
                Cell::Time(p.created_at),
                text(&p.made_by),
                p.made_at.map_or(Cell::Empty, Cell::Time),
                text(&p.decided_by),
                p.decided_at.map_or(Cell::Empty, Cell::Time),
                text(&p.decision_reason),
            ]
        })
        .collect();
    Ok((rows, next))
}

pub(super) fn rectification_status_zh(status: RectificationStatus) -> &'static str {
    match status {
        RectificationStatus::Rectifying => "整改中",
        RectificationStatus::ExtensionRequested => "申请延期",
        RectificationStatus::Extended => "已延期",
        RectificationStatus::ExtensionDeclined => "延期未准",
        RectificationStatus::Rechecking => "复查中",
        RectificationStatus::Closed => "复查合格",
        RectificationStatus::Referred => "已提请吊销",
    }
}

fn proposal_status_zh(status: ProposalStatus) -> &'static str {
    match status {
        ProposalStatus::Due => "待省局提出",
        ProposalStatus::Pending => "待总局决定",
        ProposalStatus::Revoked => "已吊销",
        ProposalStatus::Rejected => "已驳回",
        ProposalStatus::Moot => "已终结",
    }
}
