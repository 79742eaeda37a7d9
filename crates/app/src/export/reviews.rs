//! The annual review (年度审查) as export rows: the `annualReviews` list read a keyset page at
//! a time in its default (enrolment) order through its own scoped read, with the enterprise and
//! license a row names read once per page.

use oversight_domain::TypedId;
use oversight_domain::review::annual::ReviewStatus;

use super::rows::{Cell, Column, Position, Related, after_page, col, industry_name, page_after};
use crate::{App, AppError, Principal, ReviewCursor, ReviewFilter, ReviewOrder};

pub(super) const ANNUAL_REVIEWS: &[Column] = &[
    col("审查编号", 10.0),
    col("年度", 8.0),
    col("企业名称", 36.0),
    col("统一社会信用代码", 22.0),
    col("许可证编号", 22.0),
    col("行业", 18.0),
    col("状态", 12.0),
    col("纳入日期", 12.0),
    col("报送期限", 12.0),
    col("首次报送日期", 14.0),
    col("逾期起始日期", 14.0),
    col("催报次数（次）", 14.0),
    col("结论日期", 12.0),
    col("整改期限", 12.0),
    col("结论意见", 36.0),
];

pub(super) async fn review_page(
    app: &App,
    principal: &Principal,
    filter: &ReviewFilter,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    let after = if let Position::Review(c) = position { Some(c) } else { None };
    let order = ReviewOrder::Id;
    let page = app.annual_reviews(principal, filter, (order, false), &page_after(after)).await?;
    let next = after_page(&page, |r| Position::Review(ReviewCursor::of(r, order)));
    let related =
        Related::read(app, principal, page.items.iter().map(|r| (r.enterprise_id, r.license_id))).await?;
    let rows = page
        .items
        .iter()
        .map(|r| {
            let conclusion = r.conclusion.as_ref();
            vec![
                Cell::Integer(r.id.key()),
                Cell::Integer(i64::from(r.year)),
                related.name(r.enterprise_id),
                related.credit_code(r.enterprise_id),
                related.license_number(r.license_id),
                Cell::text(industry_name(app, &r.industry)),
                Cell::text(review_status_zh(r.status)),
                Cell::Date(r.joined_on),
                Cell::Date(r.submission_deadline),
                Cell::date(r.first_submitted_on),
                Cell::date(r.overdue_since),
                Cell::Integer(i64::from(r.reminders)),
                Cell::date(conclusion.map(|c| c.on)),
                Cell::date(conclusion.and_then(|c| c.rectify_by)),
                conclusion.map_or(Cell::Empty, |c| Cell::text(c.note.clone())),
            ]
        })
        .collect();
    Ok((rows, next))
}

fn review_status_zh(status: ReviewStatus) -> &'static str {
    match status {
        ReviewStatus::Pending => "待报送",
        ReviewStatus::Submitted => "已报送待审",
        ReviewStatus::Returned => "退回修改",
        ReviewStatus::OnSite => "待实地检查",
        ReviewStatus::Passed => "合格",
        ReviewStatus::Failed => "不合格",
        ReviewStatus::Left => "已退出",
    }
}
