//! What someone owes, as export rows: the periodic reports due (企业定期报告应报清单), judged once on
//! the first page (the quarter, its due day and today, as the list judges them) and read a
//! keyset page at a time by enterprise and industry; and the caller's own inbox (待办事项), planned
//! once on the first page (its kinds and, for tests to sample, its schedules) and read by day,
//! kind and record. The enterprises, reports and authorities a page names are read once per page.

use std::collections::HashMap;

use oversight_domain::enterprise_report::Standing;
use oversight_domain::linkage::notice::NoticeType;
use oversight_domain::patrol::FollowUpOrigin;
use oversight_domain::testing::rectification::RectificationStatus;
use oversight_domain::{PeriodicReportId, TypedId};

use super::cases::rectification_status_zh;
use super::follow_ups::origin_zh;
use super::rows::{
    Cell, Column, Position, after_page, authority_names, col, holders, industry_name, notice_type_zh,
    page_after,
};
use crate::{App, AppError, DueReportQuery, InboxKind, Principal};

pub(super) const PERIODIC_REPORTS_DUE: &[Column] = &[
    col("企业名称", 36.0),
    col("统一社会信用代码", 22.0),
    col("所在地区", 16.0),
    col("行业", 18.0),
    col("报告期", 10.0),
    col("报送期限", 12.0),
    col("状态", 10.0),
    col("逾期未报", 10.0),
    col("报告编号", 10.0),
    col("报送次数（次）", 14.0),
    col("首次报送日期", 14.0),
    col("最近报送日期", 14.0),
    col("迟报", 8.0),
    col("退回理由", 36.0),
];

pub(super) const INBOX: &[Column] = &[
    col("待办类型", 18.0),
    col("日期", 12.0),
    col("逾期", 8.0),
    col("记录编号", 10.0),
    col("企业名称", 36.0),
    col("来文单位", 30.0),
    col("摘要", 48.0),
];

/// A page of the `periodicReportsDue` list: the quarter's obligations in the caller's reach,
/// each with its standing and, when saved, its report's submissions.
pub(super) async fn due_report_page(
    app: &App,
    principal: &Principal,
    query: &DueReportQuery,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    let (filter, after) = match position {
        Position::DueReport(filter, after) => (filter, Some(after)),
        _ => (Box::new(app.due_report_filter(query.clone()).await?), None),
    };
    let page = app.due_reports(principal, &filter, &page_after(after)).await?;
    let holders = holders(app, principal, page.items.iter().map(|d| d.enterprise_id)).await?;
    let ids: Vec<PeriodicReportId> = page.items.iter().filter_map(|d| d.report_id).collect();
    let reports: HashMap<_, _> = if ids.is_empty() {
        HashMap::new()
    } else {
        app.periodic_reports_by_ids(principal, &ids).await?.into_iter().map(|r| (r.id, r)).collect()
    };
    let rows = page
        .items
        .iter()
        .map(|due| {
            let holder = holders.get(&due.enterprise_id);
            let report = due.report_id.and_then(|id| reports.get(&id));
            vec![
                holder.map_or(Cell::Empty, |e| Cell::text(e.base.name.clone())),
                holder.map_or(Cell::Empty, |e| Cell::text(e.credit_code.as_str())),
                holder.map_or(Cell::Empty, |e| Cell::text(e.base.region.name())),
                Cell::text(industry_name(app, &due.industry)),
                Cell::text(due.period.to_string()),
                Cell::Date(due.due_on),
                Cell::text(standing_zh(due.standing)),
                Cell::yes_no(due.standing == Standing::Overdue),
                report.map_or(Cell::Empty, |r| Cell::Integer(r.id.key())),
                report.map_or(Cell::Empty, |r| Cell::Integer(i64::from(r.submissions))),
                Cell::date(report.and_then(|r| r.first_submitted_on)),
                Cell::date(report.and_then(|r| r.submitted_on)),
                report
                    .filter(|r| r.first_submitted_on.is_some())
                    .map_or(Cell::Empty, |r| Cell::yes_no(r.late())),
                report.and_then(|r| r.return_reason.clone()).map_or(Cell::Empty, Cell::text),
            ]
        })
        .collect();
    let next = after_page(&page, |last| {
        let cursor =
            crate::DueReportCursor { enterprise_id: last.enterprise_id, industry: last.industry.clone() };
        Position::DueReport(filter, cursor)
    });
    Ok((rows, next))
}

/// A page of the caller's `inbox`, narrowed to `kinds` when given, by day, kind and record.
pub(super) async fn inbox_page(
    app: &App,
    principal: &Principal,
    kinds: Option<&[InboxKind]>,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    let (plan, after) = match position {
        Position::Inbox(plan, after) => (plan, Some(after)),
        _ => (Box::new(app.inbox_plan(principal, kinds).await?), None),
    };
    let page = app.inbox_page(&plan, &page_after(after)).await?;
    let holders = holders(app, principal, page.items.iter().filter_map(|i| i.enterprise_id)).await?;
    let authorities =
        authority_names(app, principal, page.items.iter().filter_map(|i| i.authority_id)).await?;
    let rows = page
        .items
        .iter()
        .map(|item| {
            let holder = item.enterprise_id.and_then(|id| holders.get(&id));
            let sender = item.authority_id.and_then(|id| authorities.get(&id));
            vec![
                Cell::text(inbox_kind_zh(item.kind)),
                Cell::Date(item.due_on),
                Cell::yes_no(item.overdue),
                Cell::Integer(item.record_id),
                holder.map_or(Cell::Empty, |e| Cell::text(e.base.name.clone())),
                sender.map_or(Cell::Empty, |name| Cell::text(name.clone())),
                Cell::text(summary_zh(item.kind, &item.detail, |code| industry_name(app, code))),
            ]
        })
        .collect();
    let next = after_page(&page, |last| Position::Inbox(plan, last.cursor()));
    Ok((rows, next))
}

/// An inbox item's 摘要 in Chinese: the record's short text, labelled, with the stored codes some
/// kinds carry (a rectification's status, a follow-up's origin, a review's industry, a notice's
/// type) by their Chinese names — a file is read by people, not matched against codes. A code
/// that does not parse (a value stored before its enum grew) is written as stored.
fn summary_zh(kind: InboxKind, detail: &str, industry: impl Fn(&str) -> String) -> String {
    let named = match kind {
        InboxKind::TestsToSample => Some(format!("许可证编号：{detail}")),
        InboxKind::ResultsAwaited | InboxKind::ObjectionToDecide => Some(format!("批号：{detail}")),
        InboxKind::RectificationDue => {
            RectificationStatus::parse(detail).map(|s| format!("整改状态：{}", rectification_status_zh(s)))
        }
        InboxKind::FollowUpDue => {
            FollowUpOrigin::parse(detail).map(|o| format!("回访来源：{}", origin_zh(o)))
        }
        InboxKind::ReviewToExamine | InboxKind::SelfReportDue => Some(format!("行业：{}", industry(detail))),
        InboxKind::NoticeToAcknowledge | InboxKind::NoticeToClose => {
            NoticeType::parse(detail).map(|t| format!("通报类型：{}", notice_type_zh(t)))
        }
        // An order's or a request's own text, whole.
        InboxKind::OrderDue | InboxKind::RequestToAnswer => None,
    };
    named.unwrap_or_else(|| detail.to_owned())
}

fn standing_zh(standing: Standing) -> &'static str {
    match standing {
        Standing::Due => "待报送",
        Standing::Overdue => "逾期未报",
        Standing::Returned => "退回待改",
        Standing::Submitted => "已报送",
        Standing::Acknowledged => "已签收",
    }
}

fn inbox_kind_zh(kind: InboxKind) -> &'static str {
    match kind {
        InboxKind::TestsToSample => "待抽样",
        InboxKind::ResultsAwaited => "待检验",
        InboxKind::ObjectionToDecide => "异议待处理",
        InboxKind::RectificationDue => "整改到期",
        InboxKind::FollowUpDue => "待回访",
        InboxKind::ReviewToExamine => "年度审查待审核",
        InboxKind::SelfReportDue => "自查报告待报送",
        InboxKind::NoticeToAcknowledge => "联动通报待签收",
        InboxKind::NoticeToClose => "联动通报待办结",
        InboxKind::OrderDue => "督办待办理",
        InboxKind::RequestToAnswer => "下级请示待答复",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The 摘要 of every inbox kind reads as Chinese, never as a stored code.
    #[test]
    fn the_inbox_export_summary_names_codes_in_chinese() {
        let industry =
            |code: &str| if code == "wire-cable" { "电线电缆".to_owned() } else { code.to_owned() };
        let cases = [
            (InboxKind::TestsToSample, "XK06-001-00701", "许可证编号：XK06-001-00701"),
            (InboxKind::ResultsAwaited, "B-2026-01", "批号：B-2026-01"),
            (InboxKind::ObjectionToDecide, "B-2026-02", "批号：B-2026-02"),
            (InboxKind::RectificationDue, "RECTIFYING", "整改状态：整改中"),
            (InboxKind::RectificationDue, "EXTENSION_REQUESTED", "整改状态：申请延期"),
            (InboxKind::FollowUpDue, "PATROL_MEASURE", "回访来源：巡查限期改正"),
            (InboxKind::FollowUpDue, "RECTIFICATION_MEETING", "回访来源：行业整顿会议"),
            (InboxKind::ReviewToExamine, "wire-cable", "行业：电线电缆"),
            (InboxKind::SelfReportDue, "wire-cable", "行业：电线电缆"),
            (InboxKind::NoticeToAcknowledge, "NATIONAL_SPOT_CHECK_FAILURE", "通报类型：国家监督抽查不合格"),
            (InboxKind::NoticeToClose, "PASS_ON", "通报类型：转发"),
            (InboxKind::OrderDue, "督办：抽查不合格企业整改", "督办：抽查不合格企业整改"),
            (InboxKind::RequestToAnswer, "检测设备不足", "检测设备不足"),
        ];
        for (kind, detail, expected) in cases {
            assert_eq!(summary_zh(kind, detail, industry), expected, "{kind:?} {detail}");
        }
        // Every kind is covered above: a new kind is a new line here.
        for kind in InboxKind::ALL {
            assert!(cases.iter().any(|(k, ..)| k == kind), "{kind:?}");
        }
        // A code no enum knows is written as stored rather than lost.
        assert_eq!(summary_zh(InboxKind::RectificationDue, "UNKNOWN", industry), "UNKNOWN");
    }
}
