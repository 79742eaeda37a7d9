//! An export's rows: each list's columns (Chinese headers, with the unit where a column has
//! one) and its records read a keyset page at a time through the list's own scoped read, with
//! the names a row shows (the holder, the current verdict) read once per page, never per row.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::EnterpriseScale;
use oversight_domain::generated_report::pass_rate;
use oversight_domain::linkage::notice::{NoticeStatus, NoticeType};
use oversight_domain::patrol::{Filing, FollowUpResult, PatrolKind};
use oversight_domain::testing::supervision::TaskStatus;
use oversight_domain::{AuthorityId, EnterpriseId, GeneratedReportId, LicenseId, TaskId, TypedId};
use rust_decimal::Decimal;

use super::{
    ExportQuery, campaigns, cases, draws, due, enforcement, follow_ups, obligations, orders, patrols_due,
    reports, responsibility, reviews, risk_classes, spot_checks,
};
use crate::{
    App, AppError, EnterpriseCursor, EnterpriseOrder, EnterpriseRecord, FollowUpCursor, LicenseCursor,
    LicenseFilter, LicenseOrder, LicenseRecord, Page, PageRequest, Principal, RectificationCursor,
    ReviewCursor, TaskCursor, TaskOrder, VerdictRecord,
};

/// Rows read per statement: large enough that 100,000 rows are 100 round trips, small enough
/// that a page's cells are a few hundred kilobytes.
pub(super) const PAGE_ROWS: u64 = 1000;

/// The request of the page after `after` (the first when None).
pub(super) fn page_after<K>(after: Option<K>) -> PageRequest<K> {
    PageRequest { after, ..PageRequest::first(PAGE_ROWS) }
}

/// The position after `page`: the key of its last row, or `Done` when no page follows.
pub(super) fn after_page<T>(page: &Page<T>, key: impl FnOnce(&T) -> Position) -> Position {
    match (page.has_next_page, page.items.last()) {
        (true, Some(last)) => key(last),
        _ => Position::Done,
    }
}

/// One cell, typed so the workbook writes numbers and dates as such (CSV writes their text).
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Integer(i64),
    /// A measured or computed value, written with the column's number format.
    Decimal(Decimal),
    /// An amount of money in yuan, shown with its two decimals (fen).
    Yuan(Decimal),
    Date(NaiveDate),
    /// An instant, shown in China time.
    Time(DateTime<Utc>),
    Empty,
}

impl Cell {
    pub(super) fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    pub(super) fn date(day: Option<NaiveDate>) -> Cell {
        day.map_or(Cell::Empty, Cell::Date)
    }

    /// 是 or 否.
    pub(super) fn yes_no(yes: bool) -> Cell {
        Cell::text(if yes { "是" } else { "否" })
    }

    /// The cell as CSV writes it: dates ISO 8601, instants in China time to the second.
    pub fn to_text(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Integer(n) => n.to_string(),
            Cell::Decimal(d) => d.normalize().to_string(),
            Cell::Yuan(d) => format!("{d:.2}"),
            Cell::Date(day) => day.to_string(),
            Cell::Time(at) => at.with_timezone(&crate::CHINA).format("%Y-%m-%d %H:%M:%S").to_string(),
            Cell::Empty => String::new(),
        }
    }
}

/// A column: its Chinese header and its width in the workbook (characters).
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub header: &'static str,
    pub width: f64,
}

pub(super) const fn col(header: &'static str, width: f64) -> Column {
    Column { header, width }
}

/// The columns of a list, in order.
pub fn columns(query: &ExportQuery) -> &'static [Column] {
    match query {
        ExportQuery::Enterprises(_) => ENTERPRISES,
        ExportQuery::Licenses(_) => LICENSES,
        ExportQuery::TestingTasks(_) => TESTING_TASKS,
        ExportQuery::LinkageNotices(_) => LINKAGE_NOTICES,
        ExportQuery::PatrolRecords(_) => PATROL_RECORDS,
        ExportQuery::GeneratedReport(_) => REPORT_FIGURES,
        ExportQuery::Rectifications(_) => cases::RECTIFICATIONS,
        ExportQuery::RevocationProposals(_) => cases::REVOCATION_PROPOSALS,
        ExportQuery::AnnualReviews(_) => reviews::ANNUAL_REVIEWS,
        ExportQuery::PatrolMeasures(_) => follow_ups::PATROL_MEASURES,
        ExportQuery::FollowUps(_) => follow_ups::FOLLOW_UPS,
        ExportQuery::SupervisionOrders(_) => orders::SUPERVISION_ORDERS,
        ExportQuery::LowerTierRequests(_) => orders::LOWER_TIER_REQUESTS,
        ExportQuery::DueTests(_) => due::DUE_TESTS,
        ExportQuery::RiskClasses(_) => risk_classes::RISK_CLASSES,
        ExportQuery::Draws(_) => draws::DRAWS,
        ExportQuery::PeriodicReportsDue(_) => obligations::PERIODIC_REPORTS_DUE,
        ExportQuery::Inbox(_) => obligations::INBOX,
        ExportQuery::UnlicensedCases(_) => enforcement::UNLICENSED_CASES,
        ExportQuery::CounterfeitCases(_) => enforcement::COUNTERFEIT_CASES,
        ExportQuery::PatrolsDue(_) => patrols_due::PATROLS_DUE,
        ExportQuery::ResponsibilityRecords(_) => responsibility::RESPONSIBILITY_RECORDS,
        ExportQuery::Campaigns(_) => campaigns::CAMPAIGNS,
        ExportQuery::RectificationMeetings(_) => campaigns::RECTIFICATION_MEETINGS,
        ExportQuery::SpotCheckImports => spot_checks::SPOT_CHECK_IMPORTS,
        ExportQuery::GeneratedReports(_) => reports::GENERATED_REPORTS,
    }
}

const ENTERPRISES: &[Column] = &[
    col("统一社会信用代码", 22.0),
    col("企业名称", 36.0),
    col("所在地区代码", 12.0),
    col("所在地区", 16.0),
    col("住所", 36.0),
    col("企业规模", 10.0),
    col("产品品种", 30.0),
    col("登记时间", 20.0),
];

const LICENSES: &[Column] = &[
    col("许可证编号", 22.0),
    col("企业名称", 36.0),
    col("统一社会信用代码", 22.0),
    col("所在地区", 16.0),
    col("行业", 18.0),
    col("产品单元", 24.0),
    col("发证日期", 12.0),
    col("有效期至", 12.0),
    col("状态", 10.0),
];

const TESTING_TASKS: &[Column] = &[
    col("任务编号", 10.0),
    col("企业名称", 36.0),
    col("行业", 18.0),
    col("抽样日期", 12.0),
    col("批号", 16.0),
    col("状态", 12.0),
    col("检验结论", 16.0),
    col("严重不合格", 10.0),
    col("合格项数（项）", 14.0),
    col("不合格项数（项）", 16.0),
    col("判定日期", 12.0),
    col("异议截止日期", 14.0),
];

const LINKAGE_NOTICES: &[Column] = &[
    col("通报编号", 10.0),
    col("通报类型", 20.0),
    col("状态", 10.0),
    col("企业名称", 36.0),
    col("发出地区", 16.0),
    col("接收地区", 16.0),
    col("发出日期", 12.0),
    col("签收期限", 12.0),
    col("签收日期", 12.0),
    col("办结期限", 12.0),
    col("办结日期", 12.0),
    col("通报内容", 48.0),
];

const PATROL_RECORDS: &[Column] = &[
    col("记录编号", 10.0),
    col("类型", 8.0),
    col("企业名称", 36.0),
    col("行业", 18.0),
    col("检查日期", 12.0),
    col("检查人员（人）", 14.0),
    col("发现问题（项）", 14.0),
    col("问题项目", 30.0),
    col("需重新审查", 10.0),
    col("回访结论", 14.0),
    col("下次期限", 12.0),
    col("备案状态", 10.0),
    col("录入时间", 20.0),
];

const REPORT_FIGURES: &[Column] =
    &[col("指标代码", 26.0), col("指标", 24.0), col("行业/季度", 18.0), col("数值", 12.0)];

/// Where the next page starts: the key of the last row read, in the list's export order.
#[derive(Debug, Clone)]
pub enum Position {
    Start,
    Enterprise(EnterpriseCursor),
    License(LicenseCursor),
    Task(TaskCursor),
    Notice(i64),
    Patrol(i64),
    Rectification(RectificationCursor),
    Review(ReviewCursor),
    FollowUp(FollowUpCursor),
    /// The id of the last row of a list in id order (revocation proposals, patrol measures;
    /// supervision orders, requests, enforcement cases, responsibility records, campaigns,
    /// meetings, spot-check imports and generated reports, newest first; a draw's targets by
    /// license id).
    Id(i64),
    /// The due-test list's plan (built on its first page, kept for the others) and the license
    /// id of its last row.
    Due(Box<crate::DuePlan>, i64),
    /// The reports-due list's filter as judged on its first page (quarter, due day, today), and
    /// the (enterprise, industry) of its last row.
    DueReport(Box<crate::DueReportFilter>, crate::DueReportCursor),
    /// The inbox's plan (built on its first page) and the (day, kind, record) of its last row.
    Inbox(Box<crate::InboxPlan>, crate::InboxCursor),
    /// The patrols-due queue's judgment (built on its first page) and the (plan, enterprise) of
    /// its last row.
    PatrolDue(Box<crate::PatrolDueJudgment>, crate::PatrolDueCursor),
    Done,
}

impl Position {
    /// The id a list in id order continues after (`None` on its first page).
    pub(super) fn id(&self) -> Option<i64> {
        match self {
            Position::Id(id) => Some(*id),
            _ => None,
        }
    }
}

/// The next page of rows after `position`, and the position after it (`Done` after the last).
pub async fn next_page(
    app: &App,
    principal: &Principal,
    query: &ExportQuery,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    match (query, position) {
        (_, Position::Done) => Ok((Vec::new(), Position::Done)),
        (ExportQuery::Enterprises(filter), position) => {
            let after = if let Position::Enterprise(c) = position { Some(c) } else { None };
            let request = PageRequest { after, ..PageRequest::first(PAGE_ROWS) };
            let page = app.enterprises(principal, filter, (EnterpriseOrder::Id, false), &request).await?;
            let next = match (page.has_next_page, page.items.last()) {
                (true, Some(last)) => Position::Enterprise(EnterpriseCursor::of(last, EnterpriseOrder::Id)),
                _ => Position::Done,
            };
            Ok((page.items.iter().map(enterprise_row).collect(), next))
        }
        (ExportQuery::Licenses(filter), position) => license_page(app, principal, filter, position).await,
        (ExportQuery::TestingTasks(filter), position) => task_page(app, principal, filter, position).await,
        (ExportQuery::LinkageNotices(filter), position) => {
            notice_page(app, principal, filter, position).await
        }
        (ExportQuery::PatrolRecords(filter), position) => patrol_page(app, principal, filter, position).await,
        (ExportQuery::GeneratedReport(id), _) => {
            Ok((report_rows(app, principal, *id).await?, Position::Done))
        }
        (ExportQuery::Rectifications(filter), position) => {
            cases::rectification_page(app, principal, filter, position).await
        }
        (ExportQuery::RevocationProposals(filter), position) => {
            cases::proposal_page(app, principal, filter, position).await
        }
        (ExportQuery::AnnualReviews(filter), position) => {
            reviews::review_page(app, principal, filter, position).await
        }
        (ExportQuery::PatrolMeasures(filter), position) => {
            follow_ups::measure_page(app, principal, filter, position).await
        }
        (ExportQuery::FollowUps(filter), position) => {
            follow_ups::follow_up_page(app, principal, filter, position).await
        }
        (ExportQuery::SupervisionOrders(filter), position) => {
            orders::order_page(app, principal, filter, position).await
        }
        (ExportQuery::LowerTierRequests(filter), position) => {
            orders::request_page(app, principal, filter, position).await
        }
        (ExportQuery::DueTests(due), position) => due::due_page(app, principal, due, position).await,
        (ExportQuery::RiskClasses(filter), position) => {
            risk_classes::risk_class_page(app, principal, filter, position).await
        }
        (ExportQuery::Draws(id), position) => draws::draw_page(app, principal, *id, position).await,
        (ExportQuery::PeriodicReportsDue(query), position) => {
            obligations::due_report_page(app, principal, query, position).await
        }
        (ExportQuery::Inbox(kinds), position) => {
            obligations::inbox_page(app, principal, kinds.as_deref(), position).await
        }
        (ExportQuery::UnlicensedCases(filter), position) => {
            enforcement::unlicensed_page(app, principal, filter, position).await
        }
        (ExportQuery::CounterfeitCases(filter), position) => {
            enforcement::counterfeit_page(app, principal, filter, position).await
        }
        (ExportQuery::PatrolsDue(filter), position) => {
            patrols_due::patrol_due_page(app, principal, filter, position).await
        }
        (ExportQuery::ResponsibilityRecords(filter), position) => {
            responsibility::record_page(app, principal, filter, position).await
        }
        (ExportQuery::Campaigns(filter), position) => {
            campaigns::campaign_page(app, principal, filter, position).await
        }
        (ExportQuery::RectificationMeetings(filter), position) => {
            campaigns::meeting_page(app, principal, filter, position).await
        }
        (ExportQuery::SpotCheckImports, position) => spot_checks::import_page(app, principal, position).await,
        (ExportQuery::GeneratedReports(status), position) => {
            reports::report_list_page(app, principal, *status, position).await
        }
    }
}

/// A page of the licenses list: each with its holder's name, credit code and region, read once
/// for the page.
async fn license_page(
    app: &App,
    principal: &Principal,
    filter: &LicenseFilter,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    let after = if let Position::License(c) = position { Some(c) } else { None };
    let page = app.licenses(principal, filter, (LicenseOrder::Id, false), &page_after(after)).await?;
    let next = after_page(&page, |last| Position::License(LicenseCursor::of(last, LicenseOrder::Id)));
    let holders = holders(app, principal, page.items.iter().map(|l| l.enterprise_id)).await?;
    let today = app.today();
    let rows = page
        .items
        .iter()
        .map(|license| {
            let holder = holders.get(&license.enterprise_id);
            vec![
                Cell::text(license.number.to_string()),
                holder.map_or(Cell::Empty, |e| Cell::text(e.base.name.clone())),
                holder.map_or(Cell::Empty, |e| Cell::text(e.credit_code.as_str())),
                holder.map_or(Cell::Empty, |e| Cell::text(e.base.region.name())),
                Cell::text(industry_name(app, &license.industry)),
                Cell::text(license.product_unit.clone()),
                Cell::Date(license.validity.issued_on),
                Cell::Date(license.validity.expires_on),
                Cell::text(license.status.as_of(&license.validity, today).label_zh()),
            ]
        })
        .collect();
    Ok((rows, next))
}

/// A report's current version: one row per figure and group (totals first), then the pass
/// rates (合格率) computed from the sample figures — a few dozen rows, one page.
async fn report_rows(
    app: &App,
    principal: &Principal,
    id: GeneratedReportId,
) -> Result<Vec<Vec<Cell>>, AppError> {
    let report = app.generated_reports_by_ids(principal, &[id]).await?.pop();
    let report = report.ok_or(AppError::NotFound { what: "generated report" })?;
    let versions = app.report_versions(principal, &[report.id]).await?;
    let Some(version) = versions.iter().find(|v| v.version == report.current_version) else {
        return Ok(Vec::new());
    };
    let figures = app.report_figures(principal, &[version.id]).await?;
    let counts = figures.into_iter().flat_map(|f| f.counts).collect::<Vec<_>>();
    let mut rows: Vec<Vec<Cell>> = counts
        .iter()
        .map(|count| {
            vec![
                Cell::text(count.figure.as_str()),
                Cell::text(count.figure.title_zh()),
                match (count.group.is_empty(), count.figure.by_quarter()) {
                    (true, _) => Cell::Empty,
                    // A quarter is shown as written (2026Q3).
                    (false, true) => Cell::text(count.group.as_str()),
                    (false, false) => Cell::text(industry_name(app, &count.group)),
                },
                Cell::Integer(i64::try_from(count.count).unwrap_or(i64::MAX)),
            ]
        })
        .collect();
    let mut groups: Vec<&str> =
        counts.iter().filter(|c| c.figure.by_industry()).map(|c| c.group.as_str()).collect();
    groups.sort_unstable();
    groups.dedup();
    for group in groups {
        if let Some(rate) = pass_rate(&counts, group) {
            let industry = if group.is_empty() { Cell::Empty } else { Cell::text(industry_name(app, group)) };
            rows.push(vec![
                Cell::text("PASS_RATE"),
                Cell::text("检验合格率（%）"),
                industry,
                Cell::Decimal(rate),
            ]);
        }
    }
    if let Some(days) = version.median_close_days {
        rows.push(vec![
            Cell::text("MEDIAN_CLOSE_WORKING_DAYS"),
            Cell::text("联动通报办结中位用时（工作日）"),
            Cell::Empty,
            Cell::Integer(i64::from(days)),
        ]);
    }
    Ok(rows)
}

fn enterprise_row(e: &EnterpriseRecord) -> Vec<Cell> {
    vec![
        Cell::text(e.credit_code.as_str()),
        Cell::text(e.base.name.clone()),
        Cell::text(e.base.region.as_str()),
        Cell::text(e.base.region.name()),
        Cell::text(e.base.address.clone()),
        Cell::text(scale_zh(e.base.scale)),
        Cell::text(e.base.products.join("、")),
        Cell::Time(e.created_at),
    ]
}

async fn task_page(
    app: &App,
    principal: &Principal,
    filter: &crate::TaskFilter,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    let after = if let Position::Task(c) = position { Some(c) } else { None };
    let request = PageRequest { after, ..PageRequest::first(PAGE_ROWS) };
    let page = app.testing_tasks(principal, filter, (TaskOrder::Id, false), &request).await?;
    let next = match (page.has_next_page, page.items.last()) {
        (true, Some(last)) => Position::Task(TaskCursor::of(last, TaskOrder::Id)),
        _ => Position::Done,
    };
    let ids: Vec<TaskId> = page.items.iter().map(|t| t.id).collect();
    // The current verdict is the newest: a retest's replaces the first.
    let mut verdicts: HashMap<TaskId, VerdictRecord> = HashMap::new();
    for verdict in app.verdicts_of_each(principal, &ids).await? {
        match verdicts.get(&verdict.task_id) {
            Some(held) if held.id > verdict.id => {}
            _ => {
                verdicts.insert(verdict.task_id, verdict);
            }
        }
    }
    let holders = holders(app, principal, page.items.iter().map(|t| t.enterprise_id)).await?;
    let rows = page
        .items
        .iter()
        .map(|task| {
            let verdict = verdicts.get(&task.id).map(|v| &v.verdict);
            vec![
                Cell::Integer(task.id.key()),
                holders.get(&task.enterprise_id).map_or(Cell::Empty, |e| Cell::text(e.base.name.clone())),
                Cell::text(industry_name(app, &task.industry)),
                Cell::Date(task.sampling.sampling_date),
                Cell::text(task.sampling.batch.clone()),
                Cell::text(task_status_zh(task.status)),
                verdict.map_or(Cell::Empty, |v| Cell::text(v.conclusion_zh.clone())),
                verdict.map_or(Cell::Empty, |v| Cell::text(if v.serious { "是" } else { "否" })),
                verdict.map_or(Cell::Empty, |v| Cell::Integer(i64::from(v.n_pass))),
                verdict.map_or(Cell::Empty, |v| Cell::Integer(i64::from(v.n_fail))),
                Cell::date(task.verdict_date),
                Cell::date(task.objection_deadline),
            ]
        })
        .collect();
    Ok((rows, next))
}

async fn notice_page(
    app: &App,
    principal: &Principal,
    filter: &crate::NoticeFilter,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    let after = if let Position::Notice(id) = position { Some(id) } else { None };
    let request = PageRequest { after, ..PageRequest::first(PAGE_ROWS) };
    let page = app.linkage_notices(principal, filter, &request).await?;
    let next = match (page.has_next_page, page.items.last()) {
        (true, Some(last)) => Position::Notice(last.id.key()),
        _ => Position::Done,
    };
    let holders = holders(app, principal, page.items.iter().map(|n| n.notice.enterprise_id)).await?;
    let rows = page
        .items
        .iter()
        .map(|record| {
            let n = &record.notice;
            vec![
                Cell::Integer(record.id.key()),
                Cell::text(notice_type_zh(n.notice_type)),
                Cell::text(notice_status_zh(n.status)),
                holders.get(&n.enterprise_id).map_or(Cell::Empty, |e| Cell::text(e.base.name.clone())),
                Cell::text(n.source_region.name()),
                Cell::text(n.target_region.name()),
                Cell::Date(n.sent_on),
                Cell::Date(n.clocks.acknowledge_by),
                Cell::date(n.acknowledged_on),
                Cell::Date(n.clocks.close_by),
                Cell::date(n.closed_on),
                Cell::text(n.text.clone()),
            ]
        })
        .collect();
    Ok((rows, next))
}

async fn patrol_page(
    app: &App,
    principal: &Principal,
    filter: &crate::PatrolFilter,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    let after = if let Position::Patrol(id) = position { Some(id) } else { None };
    let request = PageRequest { after, ..PageRequest::first(PAGE_ROWS) };
    let page = app.patrol_records(principal, filter, &request).await?;
    let next = match (page.has_next_page, page.items.last()) {
        (true, Some(last)) => Position::Patrol(last.id.key()),
        _ => Position::Done,
    };
    let holders = holders(app, principal, page.items.iter().map(|p| p.enterprise_id)).await?;
    let rows = page
        .items
        .iter()
        .map(|record| {
            let count = |n: usize| Cell::Integer(i64::try_from(n).unwrap_or(i64::MAX));
            vec![
                Cell::Integer(record.id.key()),
                Cell::text(match record.kind {
                    PatrolKind::Patrol => "巡查",
                    PatrolKind::FollowUp => "回访",
                }),
                holders.get(&record.enterprise_id).map_or(Cell::Empty, |e| Cell::text(e.base.name.clone())),
                Cell::text(industry_name(app, &record.industry)),
                Cell::Date(record.inspected_on),
                count(record.inspectors.len()),
                count(record.findings.len()),
                Cell::text(record.findings.join("、")),
                Cell::text(if record.re_review_required { "是" } else { "否" }),
                record.result.map_or(Cell::Empty, |r| {
                    Cell::text(match r {
                        FollowUpResult::Closed => "整改完成",
                        FollowUpResult::SuspendUntilCompliant => "停产整改",
                    })
                }),
                Cell::date(record.next_deadline),
                Cell::text(match record.filing {
                    Filing::Unfiled => "未备案",
                    Filing::Filed => "已备案",
                    Filing::Acknowledged => "已确认",
                }),
                Cell::Time(record.recorded_at),
            ]
        })
        .collect();
    Ok((rows, next))
}

/// The enterprises a page names, in one scoped statement. A caller who reads tasks but not the
/// registry (a testing institution) gets the names its task list shows it: none.
pub(super) async fn holders(
    app: &App,
    principal: &Principal,
    ids: impl Iterator<Item = EnterpriseId>,
) -> Result<HashMap<EnterpriseId, EnterpriseRecord>, AppError> {
    if crate::read_scope(principal).is_err() {
        return Ok(HashMap::new());
    }
    let mut ids: Vec<EnterpriseId> = ids.collect();
    ids.sort_by_key(|id| id.key());
    ids.dedup();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let found = app.enterprises_by_ids(principal, &ids).await?;
    Ok(found.into_iter().map(|e| (e.id, e)).collect())
}

/// The licenses a page names, in one scoped statement (the lists that name a license read the
/// registry, so the scope is theirs).
pub(super) async fn licenses(
    app: &App,
    principal: &Principal,
    ids: impl Iterator<Item = LicenseId>,
) -> Result<HashMap<LicenseId, LicenseRecord>, AppError> {
    // A caller outside the registry (a draw's public reader) sees no license, as `holders` says.
    if crate::read_scope(principal).is_err() {
        return Ok(HashMap::new());
    }
    let mut ids: Vec<LicenseId> = ids.collect();
    ids.sort_by_key(|id| id.key());
    ids.dedup();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let found = app.licenses_by_ids(principal, &ids).await?;
    Ok(found.into_iter().map(|l| (l.id, l)).collect())
}

/// The names of the authorities a page names (senders, executing authorities), in one statement.
pub(super) async fn authority_names(
    app: &App,
    principal: &Principal,
    ids: impl Iterator<Item = AuthorityId>,
) -> Result<HashMap<AuthorityId, String>, AppError> {
    let mut ids: Vec<AuthorityId> = ids.collect();
    ids.sort_by_key(|id| id.key());
    ids.dedup();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(app.authorities_by_ids(principal, &ids).await?.into_iter().map(|a| (a.id, a.name)).collect())
}

/// The names a row shows of its enterprise and license, read once per page.
pub(super) struct Related {
    holders: HashMap<EnterpriseId, EnterpriseRecord>,
    licenses: HashMap<LicenseId, LicenseRecord>,
}

impl Related {
    /// The enterprises and licenses of a page's rows: two statements, whatever the page's size.
    pub(super) async fn read(
        app: &App,
        principal: &Principal,
        keys: impl Iterator<Item = (EnterpriseId, LicenseId)> + Clone,
    ) -> Result<Related, AppError> {
        let holders = holders(app, principal, keys.clone().map(|(e, _)| e)).await?;
        let licenses = licenses(app, principal, keys.map(|(_, l)| l)).await?;
        Ok(Related { holders, licenses })
    }

    pub(super) fn name(&self, id: EnterpriseId) -> Cell {
        self.holders.get(&id).map_or(Cell::Empty, |e| Cell::text(e.base.name.clone()))
    }

    pub(super) fn region(&self, id: EnterpriseId) -> Cell {
        self.holders.get(&id).map_or(Cell::Empty, |e| Cell::text(e.base.region.name()))
    }

    pub(super) fn credit_code(&self, id: EnterpriseId) -> Cell {
        self.holders.get(&id).map_or(Cell::Empty, |e| Cell::text(e.credit_code.as_str()))
    }

    pub(super) fn license_number(&self, id: LicenseId) -> Cell {
        self.licenses.get(&id).map_or(Cell::Empty, |l| Cell::text(l.number.to_string()))
    }

    /// The license's industry, by its Chinese name.
    pub(super) fn industry(&self, app: &App, id: LicenseId) -> Cell {
        self.licenses.get(&id).map_or(Cell::Empty, |l| Cell::text(industry_name(app, &l.industry)))
    }
}

pub(super) fn industry_name(app: &App, code: &str) -> String {
    app.industry_catalogue().find(code).map_or_else(|_| code.to_owned(), |i| i.name_zh.clone())
}

fn scale_zh(scale: EnterpriseScale) -> &'static str {
    match scale {
        EnterpriseScale::Large => "大型",
        EnterpriseScale::Medium => "中型",
        EnterpriseScale::Small => "小型",
        EnterpriseScale::Micro => "微型",
    }
}

fn task_status_zh(status: TaskStatus) -> &'static str {
    match status {
        TaskStatus::Open => "待检验",
        TaskStatus::Judged => "已判定",
        TaskStatus::Objected => "异议中",
        TaskStatus::Retested => "已复检",
        TaskStatus::ObjectionAccepted => "异议已受理",
        TaskStatus::ObjectionRefused => "异议未受理",
        TaskStatus::Cancelled => "已取消",
    }
}

pub(super) fn notice_type_zh(kind: NoticeType) -> &'static str {
    match kind {
        NoticeType::LicensingReviewFinding => "生产许可审查发现的问题",
        NoticeType::NationalSpotCheckFailure => "国家监督抽查不合格",
        NoticeType::ProvincialSpotCheckFailure => "省级监督抽查不合格",
        NoticeType::PassOn => "转发",
    }
}

fn notice_status_zh(status: NoticeStatus) -> &'static str {
    match status {
        NoticeStatus::Sent => "已发出",
        NoticeStatus::Acknowledged => "已签收",
        NoticeStatus::PassedOn => "已转发",
        NoticeStatus::Closed => "已办结",
    }
}
