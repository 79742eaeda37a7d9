//! The work between tiers as export rows: supervision orders (督查督办) and requests from the
//! lower tier (下级请示), each read a keyset page at a time, newest first as their lists are,
//! through the list's own tier-scoped read; the enterprise an order concerns is read once per
//! page. Overdue is judged on the supervision calendar's today, as the lists judge it.

use oversight_domain::TypedId;
use oversight_domain::responsibility::order::{OrderStatus, Subject};
use oversight_domain::responsibility::request::{RequestKind, RequestStatus};

use super::rows::{Cell, Column, Position, after_page, col, holders, page_after};
use crate::{App, AppError, OrderFilter, Principal, RequestFilter};

pub(super) const SUPERVISION_ORDERS: &[Column] = &[
    col("督办编号", 10.0),
    col("督办地区", 16.0),
    col("承办地区", 16.0),
    col("督办事项", 12.0),
    col("企业名称", 36.0),
    col("事项说明", 30.0),
    col("督办内容", 48.0),
    col("下达日期", 12.0),
    col("办理时限（工作日）", 18.0),
    col("办结期限", 12.0),
    col("状态", 10.0),
    col("逾期", 8.0),
    col("签收日期", 12.0),
    col("完成日期", 12.0),
    col("验收日期", 12.0),
    col("退回次数（次）", 14.0),
];

pub(super) const LOWER_TIER_REQUESTS: &[Column] = &[
    col("请示编号", 10.0),
    col("类型", 12.0),
    col("状态", 10.0),
    col("提出地区", 16.0),
    col("答复地区", 16.0),
    col("内容", 48.0),
    col("提出日期", 12.0),
    col("答复期限", 12.0),
    col("逾期", 8.0),
    col("答复", 48.0),
    col("答复日期", 12.0),
    col("解决日期", 12.0),
    col("重新提出次数（次）", 18.0),
];

/// A page of the `supervisionOrders` list, newest first.
pub(super) async fn order_page(
    app: &App,
    principal: &Principal,
    filter: &OrderFilter,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    let after = position.id();
    let page = app.supervision_orders(principal, filter, &page_after(after)).await?;
    let next = after_page(&page, |o| Position::Id(o.id.key()));
    let holders = holders(app, principal, page.items.iter().filter_map(|o| o.order.enterprise_id)).await?;
    let today = app.today();
    let rows = page
        .items
        .iter()
        .map(|record| {
            let order = &record.order;
            let enterprise = order.enterprise_id.and_then(|id| holders.get(&id));
            vec![
                Cell::Integer(record.id.key()),
                Cell::text(order.issuer_region.name()),
                Cell::text(order.target_region.name()),
                Cell::text(match order.subject {
                    Subject::Enterprise(_) => "企业",
                    Subject::LinkageNotice(_) => "联动通报",
                    Subject::Other => "其他",
                }),
                enterprise.map_or(Cell::Empty, |e| Cell::text(e.base.name.clone())),
                order.subject_text.as_ref().map_or(Cell::Empty, |t| Cell::text(t.clone())),
                Cell::text(order.text.clone()),
                Cell::Date(order.issued_on),
                Cell::Integer(i64::from(order.working_days)),
                Cell::Date(order.deadline),
                Cell::text(order_status_zh(order.status)),
                Cell::yes_no(order.overdue_on(today)),
                Cell::date(order.acknowledged_on),
                Cell::date(order.completed_on),
                Cell::date(order.accepted_on),
                Cell::Integer(i64::from(order.n_returns)),
            ]
        })
        .collect();
    Ok((rows, next))
}

/// A page of the `lowerTierRequests` list, newest first.
pub(super) async fn request_page(
    app: &App,
    principal: &Principal,
    filter: &RequestFilter,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    let after = position.id();
    let page = app.lower_tier_requests(principal, filter, &page_after(after)).await?;
    let next = after_page(&page, |r| Position::Id(r.id.key()));
    let today = app.today();
    let rows = page
        .items
        .iter()
        .map(|record| {
            let request = &record.request;
            vec![
                Cell::Integer(record.id.key()),
                Cell::text(match request.kind {
                    RequestKind::Question => "问题",
                    RequestKind::Difficulty => "困难",
                    RequestKind::SupportNeeded => "需要的保障",
                }),
                Cell::text(match request.status {
                    RequestStatus::Raised => "待答复",
                    RequestStatus::Answered => "已答复",
                    RequestStatus::Resolved => "已解决",
                }),
                Cell::text(request.raiser_region.name()),
                Cell::text(request.target_region.name()),
                Cell::text(request.text.clone()),
                Cell::Date(request.raised_on),
                Cell::Date(request.answer_by),
                Cell::yes_no(request.overdue_on(today)),
                request.answer.as_ref().map_or(Cell::Empty, |a| Cell::text(a.clone())),
                Cell::date(request.answered_on),
                Cell::date(request.resolved_on),
                Cell::Integer(i64::from(request.n_reopened)),
            ]
        })
        .collect();
    Ok((rows, next))
}

fn order_status_zh(status: OrderStatus) -> &'static str {
    match status {
        OrderStatus::Issued => "已下达",
        OrderStatus::Acknowledged => "办理中",
        OrderStatus::Completed => "待验收",
        OrderStatus::Accepted => "已办结",
    }
}
