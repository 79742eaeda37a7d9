//! One double-random draw's published result (双随机一公开, docs/adr/0025) as export rows: its
//! drawn targets in license order with the inspectors drawn for each, paged by license id out of
//! the published record (read once per page, as `drawnTargets` reads it). The license and its
//! holder are named where the caller reaches them, as the draw's own `license` field answers.

use oversight_domain::DrawId;
use oversight_domain::draw::algorithm::{DrawnTarget, Selection};
use oversight_domain::draw::record::DrawRecord;

use super::rows::{Cell, Column, PAGE_ROWS, Position, Related, col, industry_name};
use crate::{App, AppError, Principal};

pub(super) const DRAWS: &[Column] = &[
    col("抽取编号", 10.0),
    col("抽取日期", 12.0),
    col("许可证编号", 24.0),
    col("企业名称", 36.0),
    col("统一社会信用代码", 22.0),
    col("所在地区", 16.0),
    col("行业", 18.0),
    col("风险等级", 10.0),
    col("抽取方式", 12.0),
    col("执法检查人员（执法证号）", 48.0),
];

/// The targets after the license id of `position`, at most a page of them.
pub(super) async fn draw_page(
    app: &App,
    principal: &Principal,
    id: DrawId,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    let after = position.id();
    let record = app.public_draw(id).await?.ok_or(AppError::NotFound { what: "draw" })?;
    let all = record.result.as_ref().map(|r| r.targets.as_slice()).unwrap_or_default();
    let start = after.map_or(0, |after| all.partition_point(|t| t.license_id.get() <= after));
    let page = all.iter().skip(start).take(usize::try_from(PAGE_ROWS).unwrap_or(usize::MAX));
    let targets: Vec<&DrawnTarget> = page.collect();
    let related =
        Related::read(app, principal, targets.iter().map(|t| (t.enterprise_id, t.license_id))).await?;
    let next = match targets.last() {
        Some(last) if start + targets.len() < all.len() => Position::Id(last.license_id.get()),
        _ => Position::Done,
    };
    let rows = targets.iter().map(|target| target_row(app, &record, &related, target)).collect();
    Ok((rows, next))
}

fn target_row(app: &App, record: &DrawRecord, related: &Related, target: &DrawnTarget) -> Vec<Cell> {
    // The place and industry the draw was made on, as published (the snapshot of its population).
    let drawn = record.snapshots.target(target.license_id);
    vec![
        Cell::Integer(record.id.get()),
        record.ran_at.map_or(Cell::Empty, |at| Cell::Date(at.with_timezone(&crate::CHINA).date_naive())),
        related.license_number(target.license_id),
        related.name(target.enterprise_id),
        related.credit_code(target.enterprise_id),
        drawn.map_or(Cell::Empty, |row| Cell::text(row.region.name())),
        drawn.map_or(Cell::Empty, |row| Cell::text(industry_name(app, &row.industry))),
        Cell::text(target.class.as_str()),
        Cell::text(selection_zh(target.selection)),
        Cell::text(inspectors(record, target)),
    ]
}

/// The drawn inspectors as published: name and badge number, from the record's directory.
fn inspectors(record: &DrawRecord, target: &DrawnTarget) -> String {
    let names: Vec<String> = target
        .inspectors
        .iter()
        .filter_map(|id| record.snapshots.inspector(*id))
        .map(|row| format!("{}（{}）", row.name, row.badge_number))
        .collect();
    names.join("、")
}

fn selection_zh(selection: Selection) -> &'static str {
    match selection {
        Selection::Coverage => "超期未查必抽",
        Selection::Uniform => "随机抽取",
        Selection::Stratum => "按风险等级抽取",
    }
}
