//! The enterprises' current risk classes (风险等级, docs/adr/0027) as export rows: the enterprise
//! list (its filter, scope and keyset pages) with each page's current classes read in one more
//! statement, and the factors' contributions written out in Chinese in one column — the
//! breakdown an officer reads to answer "why this class?".

use std::collections::HashMap;

use oversight_domain::risk::Assessment;

use super::rows::{Cell, Column, Position, col, page_after};
use crate::{App, AppError, EnterpriseCursor, EnterpriseFilter, EnterpriseOrder, Principal};

pub(super) const RISK_CLASSES: &[Column] = &[
    col("统一社会信用代码", 22.0),
    col("企业名称", 36.0),
    col("所在地区代码", 12.0),
    col("所在地区", 16.0),
    col("风险等级", 10.0),
    col("风险分值（分）", 14.0),
    col("模型版本", 16.0),
    col("评定日期", 12.0),
    col("各因素得分", 80.0),
];

/// A page of the enterprise list (registration order), with the current class of each.
pub(super) async fn risk_class_page(
    app: &App,
    principal: &Principal,
    filter: &EnterpriseFilter,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    let after = if let Position::Enterprise(c) = position { Some(c) } else { None };
    let page = app.enterprises(principal, filter, (EnterpriseOrder::Id, false), &page_after(after)).await?;
    let next = match (page.has_next_page, page.items.last()) {
        (true, Some(last)) => Position::Enterprise(EnterpriseCursor::of(last, EnterpriseOrder::Id)),
        _ => Position::Done,
    };
    let ids: Vec<_> = page.items.iter().map(|e| e.id).collect();
    let classes: HashMap<_, _> =
        app.risk_classes_of_each(principal, &ids).await?.into_iter().map(|c| (c.enterprise_id, c)).collect();
    let rows = page
        .items
        .iter()
        .map(|e| {
            let mut row = vec![
                Cell::text(e.credit_code.as_str()),
                Cell::text(e.base.name.clone()),
                Cell::text(e.base.region.as_str()),
                Cell::text(e.base.region.name()),
            ];
            match classes.get(&e.id) {
                Some(found) => row.extend(assessed(&found.assessment, found.assessed_on)),
                // Never assessed: the class the dues and draws assume is not a statement here.
                None => {
                    row.extend([Cell::text("未评定"), Cell::Empty, Cell::Empty, Cell::Empty, Cell::Empty])
                }
            }
            row
        })
        .collect();
    Ok((rows, next))
}

/// The cells of an assessment: class, score, model, day, and every factor's line.
fn assessed(assessment: &Assessment, on: chrono::NaiveDate) -> [Cell; 5] {
    let lines: Vec<String> = assessment.contributions.iter().map(|c| c.explain().0).collect();
    [
        Cell::text(assessment.class.as_str()),
        Cell::Decimal(assessment.score),
        Cell::text(assessment.model_version.clone()),
        Cell::Date(on),
        Cell::text(lines.join("；")),
    ]
}
