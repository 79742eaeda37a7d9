//! Spot-check imports (监督抽查结果导入, docs/adr/0029) as export rows: the `spotCheckImports` list
//! read a keyset page at a time, newest first, through the list's own scoped read; the importing
//! authorities a page names are read once per page.

use oversight_domain::TypedId;
use oversight_domain::spot_check::CampaignLevel;

use super::rows::{Cell, Column, Position, after_page, authority_names, col, page_after};
use crate::{App, AppError, Principal};

pub(super) const SPOT_CHECK_IMPORTS: &[Column] = &[
    col("导入编号", 10.0),
    col("抽查名称", 36.0),
    col("抽查级别", 14.0),
    col("抽查开始日期", 14.0),
    col("抽查结束日期", 14.0),
    col("导入机关", 30.0),
    col("文件名", 36.0),
    col("文件格式", 10.0),
    col("文件SHA-256", 66.0),
    col("结果数（条）", 12.0),
    col("不合格数（条）", 14.0),
    col("发出通报数（份）", 16.0),
    col("导入日期", 12.0),
    col("导入人", 16.0),
    col("录入时间", 20.0),
];

/// A page of the `spotCheckImports` list, newest first.
pub(super) async fn import_page(
    app: &App,
    principal: &Principal,
    position: Position,
) -> Result<(Vec<Vec<Cell>>, Position), AppError> {
    let after = position.id();
    let page = app.spot_check_imports(principal, &page_after(after)).await?;
    let next = after_page(&page, |i| Position::Id(i.id.key()));
    let importers = authority_names(app, principal, page.items.iter().map(|i| i.authority_id)).await?;
    let rows = page
        .items
        .iter()
        .map(|import| {
            vec![
                Cell::Integer(import.id.key()),
                Cell::text(import.campaign.name.clone()),
                Cell::text(match import.campaign.level {
                    CampaignLevel::National => "国家监督抽查",
                    CampaignLevel::Provincial => "省级监督抽查",
                }),
                Cell::Date(import.campaign.starts_on),
                Cell::Date(import.campaign.ends_on),
                importers.get(&import.authority_id).map_or(Cell::Empty, |n| Cell::text(n.clone())),
                Cell::text(import.file_name.clone()),
                Cell::text(import.file_kind.clone()),
                Cell::text(import.file_sha256.clone()),
                Cell::Integer(i64::from(import.row_count)),
                Cell::Integer(i64::from(import.failed_count)),
                Cell::Integer(i64::from(import.notice_count)),
                Cell::Date(import.imported_on),
                Cell::text(import.imported_by.clone()),
                Cell::Time(import.created_at),
            ]
        })
        .collect();
    Ok((rows, next))
}
