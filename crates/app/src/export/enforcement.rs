//! The enforcement cases as export rows: unlicensed production (无证生产) and counterfeiting
//! (恶意造假), each read a keyset page at a time, newest first as their lists are, through the
//! list's own case-scoped read; the license a case names (and a counterfeiting case's
//! enterprise) read once per page. Overdue is judged on the supervision calendar's today.

use oversight_domain::enforcement::counterfeit::{CaseStatus, RevocationOutcome, SourceKind, Step};
use oversight_domain::enforcement::unlicensed::{BanGround, CaseSource, UnlicensedStatus};

use super::rows::{Cell, Column, Position, Related, after_page, col, industry_name, licenses, page_after};
use crate::{App, AppError, CounterfeitCaseFilter, Principal, UnlicensedCaseFilter};

pub(super) const UNLICENSED_CASES: &[Column] = &[
    col("案件编号", 10.0),
    col("状态", 10.0),
    col("生产者名称", 36.0),
    col("统一社会信用代码", 22.0),
    col("所在地区", 16.0),
    col("住所", 36.0),
    col("行业", 18.0),
    col("产品", 24.0),
    col("线索来源", 12.0),
    col("来源说明", 24.0),
    col("发现情况", 48.0),
    col("立案日期", 12.0),
    col("督促日期", 12.0),
    col("申请期限", 12.0),
    col("逾期", 8.0),
    col("许可证编号", 22.0),
    col("取证日期", 12.0),
    col("取缔理由", 18.0),
    col("通报地方政府", 24.0),
    col("通报文号", 20.0),
    col("通报日期", 12.0),
    col("结案日期", 12.0),
    col("结案说明", 36.0),
];

pub(super) const COUNTERFEIT_CASES: &[Column] = &[
    col("案件编号", 10.0),
    col("企业名称", 36.0),
    col("统一社会信用代码", 22.0),
    col("许可证编号", 22.0),
    col("状态", 14.0),
    col("线索来源", 12.0),
    col("违法事实", 48.0),
    col("立案日期", 12.0),
    col("当前步骤期限", 14.0),
    col("逾期", 8.0),
    col("责令停产日期", 14.0),
    col("召回完成日期", 14.0),
    col("上报撤销日期", 14.0),
    col("撤销结果", 10.0),
    col("撤销决定日期", 14.0),
    col("提请取缔日期", 14.0),
    col("移送公安日期", 14.0),
    col("公安回执日期", 14.0),
    col("结案日期", 12.0),
    col("结案理由", 36.0),
];

/// A page of the `unlicensedCases` list, newest first. 许可证编号 is the license the producer
/// obtained, read once per page in the caller's registry scope.
pub(super) async fn unlicensed_page(
    app: &App,
    principal: &Principal,
    filter: &UnlicensedCaseFilter,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    let after = position.id();
    let page = app.unlicensed_cases(principal, filter, &page_after(after)).await?;
    let next = after_page(&page, |r| Position::Id(r.id.get()));
    let licenses = licenses(app, principal, page.items.iter().filter_map(|r| r.case.license_id)).await?;
    let today = app.today();
    let text = |s: &Option<String>| s.as_ref().map_or(Cell::Empty, |s| Cell::text(s.clone()));
    let rows = page
        .items
        .iter()
        .map(|record| {
            let case = &record.case;
            let license = case.license_id.and_then(|id| licenses.get(&id));
            vec![
                Cell::Integer(record.id.get()),
                Cell::text(unlicensed_status_zh(case.status)),
                Cell::text(case.producer_name.clone()),
                case.credit_code.as_ref().map_or(Cell::Empty, |c| Cell::text(c.as_str())),
                Cell::text(case.region.name()),
                Cell::text(case.address.clone()),
                Cell::text(industry_name(app, &case.industry)),
                Cell::text(case.product.clone()),
                Cell::text(unlicensed_source_zh(case.source)),
                text(&case.reference),
                Cell::text(case.finding.clone()),
                Cell::Date(case.found_on),
                Cell::date(case.urged_on),
                Cell::date(case.apply_by),
                Cell::yes_no(case.overdue_on(today)),
                license.map_or(Cell::Empty, |l| Cell::text(l.number.to_string())),
                Cell::date(case.licensed_on),
                case.ban_ground.map_or(Cell::Empty, |g| Cell::text(ban_ground_zh(g))),
                text(&case.local_government),
                text(&case.ban_document),
                Cell::date(case.ban_notified_on),
                Cell::date(case.closed_on),
                text(&case.close_note),
            ]
        })
        .collect();
    Ok((rows, next))
}

/// A page of the `counterfeitCases` list, newest first; a step's column holds its day.
pub(super) async fn counterfeit_page(
    app: &App,
    principal: &Principal,
    filter: &CounterfeitCaseFilter,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    let after = position.id();
    let page = app.counterfeit_cases(principal, filter, &page_after(after)).await?;
    let next = after_page(&page, |r| Position::Id(r.id.get()));
    let related =
        Related::read(app, principal, page.items.iter().map(|r| (r.case.enterprise_id, r.case.license_id)))
            .await?;
    let today = app.today();
    let day = |step: &Option<Step>| Cell::date(step.as_ref().map(|s| s.on));
    let rows = page
        .items
        .iter()
        .map(|record| {
            let case = &record.case;
            vec![
                Cell::Integer(record.id.get()),
                related.name(case.enterprise_id),
                related.credit_code(case.enterprise_id),
                related.license_number(case.license_id),
                Cell::text(counterfeit_status_zh(case.status)),
                Cell::text(counterfeit_source_zh(case.source.kind())),
                Cell::text(case.finding.clone()),
                Cell::Date(case.opened_on),
                Cell::date(case.due_on),
                Cell::yes_no(case.overdue_on(today)),
                day(&case.stop_order),
                Cell::date(case.recall_completed_on),
                Cell::date(case.revocation_reported_on),
                case.revocation_outcome.map_or(Cell::Empty, |o| Cell::text(outcome_zh(o))),
                Cell::date(case.revocation_decided_on),
                day(&case.ban_request),
                day(&case.police_transfer),
                day(&case.police_receipt),
                Cell::date(case.closed_on),
                case.close_reason.as_ref().map_or(Cell::Empty, |r| Cell::text(r.clone())),
            ]
        })
        .collect();
    Ok((rows, next))
}

fn unlicensed_status_zh(status: UnlicensedStatus) -> &'static str {
    match status {
        UnlicensedStatus::Found => "已立案",
        UnlicensedStatus::Urged => "已督促申请",
        UnlicensedStatus::Licensed => "已取证",
        UnlicensedStatus::BanNotified => "已通报取缔",
        UnlicensedStatus::Closed => "已结案",
        UnlicensedStatus::Dismissed => "已撤销",
    }
}

fn unlicensed_source_zh(source: CaseSource) -> &'static str {
    match source {
        CaseSource::Patrol => "巡查",
        CaseSource::Complaint => "投诉举报",
        CaseSource::SpotCheck => "监督抽查",
        CaseSource::Other => "其他",
    }
}

fn ban_ground_zh(ground: BanGround) -> &'static str {
    match ground {
        BanGround::ApplicationRefused => "申请不予许可",
        BanGround::NoApplicationByDeadline => "逾期未申请",
        BanGround::ConditionsNotMet => "达不到取证条件",
    }
}

fn counterfeit_status_zh(status: CaseStatus) -> &'static str {
    match status {
        CaseStatus::Open => "已立案",
        CaseStatus::StopOrdered => "已责令停产",
        CaseStatus::Recalling => "召回中",
        CaseStatus::Recalled => "召回完成",
        CaseStatus::RevocationReported => "已上报撤销",
        CaseStatus::RevocationDecided => "撤销已决定",
        CaseStatus::BanRequested => "已提请取缔",
        CaseStatus::TransferredToPolice => "已移送公安",
        CaseStatus::PoliceReceiptRecorded => "公安已回执",
        CaseStatus::Closed => "已结案",
        CaseStatus::Dismissed => "已撤销立案",
    }
}

fn counterfeit_source_zh(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Patrol => "巡查",
        SourceKind::SpotCheck => "监督检验",
        SourceKind::Complaint => "投诉举报",
        SourceKind::Other => "其他",
    }
}

fn outcome_zh(outcome: RevocationOutcome) -> &'static str {
    match outcome {
        RevocationOutcome::Revoked => "已吊销",
        RevocationOutcome::Rejected => "已驳回",
        RevocationOutcome::Moot => "已终结",
    }
}
