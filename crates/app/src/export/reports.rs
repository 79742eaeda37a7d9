//! The generated reports (年度报告, 半年报告, docs/adr/0030) as a list (监管工作报告清单): the
//! `generatedReports` list read a keyset page at a time, in its order, through the list's own
//! scoped read; the reporting authorities a page names are read once per page. One report's
//! figures are the GENERATED_REPORT export's (`rows.rs`).

use oversight_domain::TypedId;
use oversight_domain::generated_report::{Half, ReportKind, ReportStatus};

use super::rows::{Cell, Column, Position, after_page, authority_names, col, page_after};
use crate::{App, AppError, Principal};

pub(super) const GENERATED_REPORTS: &[Column] = &[
    col("报告编号", 10.0),
    col("报告名称", 24.0),
    col("报告类型", 10.0),
    col("年度", 8.0),
    col("半年", 8.0),
    col("报告机关", 30.0),
    col("状态", 10.0),
    col("当前版本", 10.0),
    col("首次报送日期", 14.0),
    col("退回理由", 36.0),
    col("解锁理由", 36.0),
    col("最近操作人", 16.0),
    col("最近操作时间", 20.0),
];

/// A page of the `generatedReports` list, of one status when given.
pub(super) async fn report_list_page(
    app: &App,
    principal: &Principal,
    status: Option<ReportStatus>,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    let after = position.id();
    let page = app.generated_reports(principal, status, &page_after(after)).await?;
    let next = after_page(&page, |r| Position::Id(r.id.key()));
    let reporters = authority_names(app, principal, page.items.iter().map(|r| r.authority_id)).await?;
    let rows = page
        .items
        .iter()
        .map(|report| {
            vec![
                Cell::Integer(report.id.key()),
                Cell::text(report.period.title_zh()),
                Cell::text(match report.period.kind {
                    ReportKind::Annual => "年度报告",
                    ReportKind::SemiAnnual => "半年报告",
                }),
                Cell::Integer(i64::from(report.period.year)),
                report.period.half.map_or(Cell::Empty, |half| {
                    Cell::text(match half {
                        Half::First => "上半年",
                        Half::Second => "下半年",
                    })
                }),
                reporters.get(&report.authority_id).map_or(Cell::Empty, |n| Cell::text(n.clone())),
                Cell::text(match report.status {
                    ReportStatus::Draft => "草稿",
                    ReportStatus::Submitted => "已报送",
                    ReportStatus::Returned => "已退回",
                    ReportStatus::Accepted => "已接收",
                    ReportStatus::Locked => "已锁定",
                }),
                Cell::Integer(i64::from(report.current_version)),
                Cell::date(report.first_submitted_on),
                report.return_reason.clone().map_or(Cell::Empty, Cell::text),
                report.unlock_reason.clone().map_or(Cell::Empty, Cell::text),
                Cell::text(report.updated_by.clone()),
                Cell::Time(report.updated_at),
            ]
        })
        .collect();
    Ok((rows, next))
}
