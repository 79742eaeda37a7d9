//! The patrols due (应巡查) as export rows: the caller's queue, judged once on the first page (its
//! jurisdiction, the rules in force and the key counties, as the list judges them) and read a
//! keyset page at a time by plan then enterprise through the list's own read; the plans,
//! enterprises and executing authorities a page names are read once per page.

use std::collections::HashMap;

use oversight_domain::TypedId;

use super::rows::{
    Cell, Column, Position, after_page, authority_names, col, holders, industry_name, page_after,
};
use crate::{App, AppError, PatrolDueCursor, PatrolDueFilter, Principal};

pub(super) const PATROLS_DUE: &[Column] = &[
    col("计划编号", 10.0),
    col("计划名称", 30.0),
    col("行业", 18.0),
    col("计划开始日期", 14.0),
    col("计划结束日期", 14.0),
    col("企业名称", 36.0),
    col("统一社会信用代码", 22.0),
    col("所在地区", 16.0),
    col("执行机关", 30.0),
    col("已巡查次数（次）", 16.0),
    col("应巡查次数（次）", 16.0),
    col("尚差次数（次）", 14.0),
];

/// A page of the `patrolsDue` queue, by plan then enterprise.
pub(super) async fn patrol_due_page(
    app: &App,
    principal: &Principal,
    filter: &PatrolDueFilter,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    let (judged, after) = match position {
        Position::PatrolDue(judged, after) => (judged, Some(after)),
        _ => (Box::new(app.judge_patrols_due(principal).await?), None),
    };
    let page = app.patrols_due(&judged, filter, &page_after(after)).await?;
    let holders = holders(app, principal, page.items.iter().map(|d| d.enterprise_id)).await?;
    let executing = authority_names(app, principal, page.items.iter().map(|d| d.authority_id)).await?;
    let mut plan_ids: Vec<_> = page.items.iter().map(|d| d.plan_id).collect();
    plan_ids.sort_by_key(|id| id.key());
    plan_ids.dedup();
    let plans: HashMap<_, _> = if plan_ids.is_empty() {
        HashMap::new()
    } else {
        app.patrol_plans_by_ids(principal, &plan_ids).await?.into_iter().map(|p| (p.id, p.plan)).collect()
    };
    let count = |n: u64| Cell::Integer(i64::try_from(n).unwrap_or(i64::MAX));
    let rows = page
        .items
        .iter()
        .map(|due| {
            let plan = plans.get(&due.plan_id);
            let holder = holders.get(&due.enterprise_id);
            vec![
                Cell::Integer(due.plan_id.key()),
                plan.map_or(Cell::Empty, |p| Cell::text(p.name.clone())),
                plan.map_or(Cell::Empty, |p| Cell::text(industry_name(app, &p.industry))),
                plan.map_or(Cell::Empty, |p| Cell::Date(p.starts_on)),
                plan.map_or(Cell::Empty, |p| Cell::Date(p.ends_on)),
                holder.map_or(Cell::Empty, |e| Cell::text(e.base.name.clone())),
                holder.map_or(Cell::Empty, |e| Cell::text(e.credit_code.as_str())),
                holder.map_or(Cell::Empty, |e| Cell::text(e.base.region.name())),
                executing.get(&due.authority_id).map_or(Cell::Empty, |name| Cell::text(name.clone())),
                count(due.visits),
                count(due.owed),
                count(due.owed.saturating_sub(due.visits)),
            ]
        })
        .collect();
    let next = after_page(&page, |last| {
        Position::PatrolDue(
            judged,
            PatrolDueCursor { plan_id: last.plan_id, enterprise_id: last.enterprise_id },
        )
    });
    Ok((rows, next))
}
