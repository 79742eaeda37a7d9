//! The compulsory tests due (应检) as export rows: the `dueTests` list of an authority's
//! jurisdiction and window, planned once (the list's own check and scopes, on the first page)
//! and read a keyset page at a time in license order through the list's own read, with the
//! enterprise and license a row names read once per page.

use oversight_domain::TypedId;

use super::DueTestsQuery;
use super::rows::{Cell, Column, Position, Related, col, page_after};
use crate::{App, AppError, Principal};

pub(super) const DUE_TESTS: &[Column] = &[
    col("许可证编号", 22.0),
    col("企业名称", 36.0),
    col("统一社会信用代码", 22.0),
    col("所在地区", 16.0),
    col("行业", 18.0),
    col("风险等级", 10.0),
    col("发证日期", 12.0),
    col("最近抽样日期", 14.0),
    col("下次应检日期", 14.0),
    col("逾期", 8.0),
    col("漏检次数（次）", 14.0),
    col("年检验次数（次）", 16.0),
    col("期间应检日期", 30.0),
];

/// A page of the `dueTests` list: the licenses with a test due in the window or overdue.
pub(super) async fn due_page(
    app: &App,
    principal: &Principal,
    due: &DueTestsQuery,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    let (plan, after) = match position {
        Position::Due(plan, after) => (plan, Some(after)),
        _ => (Box::new(app.due_plan(principal, due.authority, due.from, due.to).await?), None),
    };
    let page = app.due_tests(&plan, &page_after(after)).await?;
    let related =
        Related::read(app, principal, page.items.iter().map(|d| (d.enterprise_id, d.license_id))).await?;
    let rows = page
        .items
        .iter()
        .map(|d| {
            let due_dates: Vec<String> = d.due_dates().iter().map(ToString::to_string).collect();
            vec![
                related.license_number(d.license_id),
                related.name(d.enterprise_id),
                related.credit_code(d.enterprise_id),
                related.region(d.enterprise_id),
                related.industry(app, d.license_id),
                Cell::text(format!("{}类", d.class.as_str())),
                Cell::Date(d.issued_on),
                Cell::date(d.last_sampled()),
                Cell::date(d.next_due()),
                Cell::yes_no(d.is_overdue()),
                Cell::Integer(i64::from(d.missed())),
                Cell::Integer(i64::from(d.times_per_year())),
                Cell::text(due_dates.join("、")),
            ]
        })
        .collect();
    let next = match (page.has_next_page, page.items.last()) {
        (true, Some(last)) => Position::Due(plan, last.license_id.key()),
        _ => Position::Done,
    };
    Ok((rows, next))
}
