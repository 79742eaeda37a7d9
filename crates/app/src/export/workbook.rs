//! XLSX exports with `rust_xlsxwriter`: the list's sheet in constant-memory mode (each row goes
//! to a temporary file as soon as the next begins, so 100,000 rows cost one row of memory) with
//! Chinese headers, a frozen header row, an autofilter, widths, dates as Excel dates and numbers
//! as numbers; for the registry and testing lists a second sheet, 统计, with the figures and
//! three native charts — pass rate by industry, pass rate by region, samples per month — over
//! the caller's dashboard scope (docs/adr/0028). The workbook is saved to an anonymous
//! temporary file off the async threads, then read out in chunks.

use std::io::{Seek, SeekFrom};

use chrono::{Datelike, Months, NaiveDate};
use futures_util::stream::{self, BoxStream, StreamExt};
use oversight_domain::RegionLevel;
use oversight_domain::reporting::{ConclusionCounts, region_of_prefix};
use oversight_storage::StorageError;
use oversight_storage::reporting::{Grouping, verdict_groups};
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Chart, Color, Format, FormatAlign, Workbook, Worksheet, XlsxError};
use tokio::io::AsyncReadExt;

use super::ExportQuery;
use super::rows::{self, Cell, Position};
use crate::{Action, App, AppError, Principal, Resource, allow};

/// The statistics sheet's name (its charts' ranges name it).
const STATISTICS: &str = "统计";
/// Bytes read from the saved file per chunk of the response.
const CHUNK: usize = 64 * 1024;

/// An export's temporary file, workbook or token failed to write: an internal error, logged,
/// never shown.
pub(super) fn failed(err: impl std::fmt::Display) -> AppError {
    AppError::Internal(StorageError::Blob(format!("export workbook: {err}")))
}

/// The cell formats of a workbook.
struct Formats {
    header: Format,
    date: Format,
    time: Format,
    decimal: Format,
    yuan: Format,
    title: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0x00DD_EBF7))
                .set_align(FormatAlign::Center),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            time: Format::new().set_num_format("yyyy-mm-dd hh:mm:ss"),
            decimal: Format::new().set_num_format("0.0"),
            yuan: Format::new().set_num_format("#,##0.00"),
            title: Format::new().set_bold().set_font_size(12),
        }
    }
}

/// Writes the workbook of `query` for `principal` and returns its bytes as a stream.
pub async fn write(
    app: &App,
    principal: &Principal,
    query: ExportQuery,
) -> Result<BoxStream<'static, std::io::Result<Vec<u8>>>, AppError> {
    let formats = Formats::new();
    let mut workbook = Workbook::new();
    let mut sheet = workbook.new_worksheet_with_constant_memory().map_err(failed)?;
    let columns = rows::columns(&query);
    let last_col = u16::try_from(columns.len().saturating_sub(1)).unwrap_or(0);
    prepare(&mut sheet, &query, &formats).map_err(failed)?;
    let mut row: u32 = 0;
    let mut rate_rows = Vec::new();
    let mut position = Position::Start;
    while !matches!(position, Position::Done) {
        let (page, next) = rows::next_page(app, principal, &query, position).await?;
        for cells in &page {
            row += 1;
            write_row(&mut sheet, row, cells, &formats).map_err(failed)?;
            if is_industry_rate(cells) {
                rate_rows.push(row);
            }
        }
        position = next;
    }
    sheet.autofilter(0, 0, row, last_col).map_err(failed)?;
    if let (Some(first), Some(last)) = (rate_rows.first(), rate_rows.last()) {
        // A report's pass rates by industry, as counted (its own rows, not today's figures).
        let chart = report_rate_chart(query.list().title_zh(), *first, *last);
        sheet.insert_chart(row + 2, 0, &chart).map_err(failed)?;
    }
    workbook.push_worksheet(sheet);
    if query.list().has_charts()
        && let Some(figures) = Figures::read(app, principal).await?
    {
        workbook.push_worksheet(figures.sheet(&formats).map_err(failed)?);
    }
    let file = tokio::task::spawn_blocking(move || save(workbook)).await.map_err(failed)??;
    Ok(read_out(file))
}

/// The list sheet's name, widths, header row and frozen pane — widths before any row, as
/// constant-memory mode writes rows as they come.
fn prepare(sheet: &mut Worksheet, query: &ExportQuery, formats: &Formats) -> Result<(), XlsxError> {
    sheet.set_name(query.list().title_zh())?;
    for (i, column) in rows::columns(query).iter().enumerate() {
        let col = u16::try_from(i).unwrap_or(u16::MAX);
        sheet.set_column_width(col, column.width)?;
        sheet.write_string_with_format(0, col, column.header, &formats.header)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

fn write_row(sheet: &mut Worksheet, row: u32, cells: &[Cell], formats: &Formats) -> Result<(), XlsxError> {
    for (i, cell) in cells.iter().enumerate() {
        let col = u16::try_from(i).unwrap_or(u16::MAX);
        match cell {
            Cell::Text(text) => {
                sheet.write_string(row, col, text)?;
            }
            Cell::Integer(n) => {
                // Counts and ids: far below 2^53, exact as Excel numbers.
                sheet.write_number(row, col, *n as f64)?;
            }
            Cell::Decimal(d) => {
                sheet.write_number_with_format(row, col, d.to_f64().unwrap_or(0.0), &formats.decimal)?;
            }
            Cell::Yuan(d) => {
                sheet.write_number_with_format(row, col, d.to_f64().unwrap_or(0.0), &formats.yuan)?;
            }
            Cell::Date(day) => {
                sheet.write_datetime_with_format(row, col, day, &formats.date)?;
            }
            Cell::Time(at) => {
                let local = at.with_timezone(&crate::CHINA).naive_local();
                sheet.write_datetime_with_format(row, col, local, &formats.time)?;
            }
            Cell::Empty => {}
        }
    }
    Ok(())
}

/// Saves the workbook to an anonymous temporary file (removed when the last handle closes),
/// rewound for reading.
fn save(mut workbook: Workbook) -> Result<std::fs::File, AppError> {
    let mut file = tempfile::tempfile().map_err(failed)?;
    workbook.save_to_writer(&mut file).map_err(failed)?;
    file.seek(SeekFrom::Start(0)).map_err(failed)?;
    Ok(file)
}

/// The saved file as a stream of chunks.
fn read_out(file: std::fs::File) -> BoxStream<'static, std::io::Result<Vec<u8>>> {
    let file = tokio::fs::File::from_std(file);
    stream::unfold(Some(file), |file| async move {
        let mut file = file?;
        let mut chunk = vec![0_u8; CHUNK];
        match file.read(&mut chunk).await {
            Ok(0) => None,
            Ok(n) => {
                chunk.truncate(n);
                Some((Ok(chunk), Some(file)))
            }
            Err(err) => Some((Err(err), None)),
        }
    })
    .boxed()
}

/// One group's samples: its label and counts by conclusion.
struct Group {
    label: String,
    counts: ConclusionCounts,
}

/// The statistics behind the charts: the periodic samples of the last twelve months (this month
/// included) by the conclusion of their current verdict, grouped three ways.
struct Figures {
    from: NaiveDate,
    to: NaiveDate,
    industries: Vec<Group>,
    regions: Vec<Group>,
    months: Vec<Group>,
}

impl Figures {
    /// The figures in the caller's dashboard scope; None for callers who read no dashboard
    /// (enterprises, institutions): their workbook has the list sheet only.
    async fn read(app: &App, principal: &Principal) -> Result<Option<Figures>, AppError> {
        if allow(principal, Action::ReadDashboard, &Resource::None, "dashboard").is_err() {
            return Ok(None);
        }
        let scope = oversight_domain::access::read_scope(principal);
        let to = app.today();
        let month_start = to.with_day(1).unwrap_or(to);
        let from = month_start.checked_sub_months(Months::new(11)).unwrap_or(month_start);
        let digits = region_digits(principal);
        let read = |grouping| verdict_groups(&app.store, &scope, grouping, (from, to));
        let industries = group(read(Grouping::Industry).await?, |code| {
            app.industry_catalogue().find(code).map_or_else(|_| code.to_owned(), |i| i.name_zh.clone())
        });
        let regions = group(read(Grouping::Region(digits)).await?, |prefix| {
            region_of_prefix(prefix).map_or_else(|| prefix.to_owned(), |r| r.name().to_owned())
        });
        let months = group(read(Grouping::Month).await?, str::to_owned);
        Ok(Some(Figures { from, to, industries, regions, months }))
    }

    /// The 统计 sheet: a title, three tables side by side, three charts below them.
    fn sheet(&self, formats: &Formats) -> Result<Worksheet, XlsxError> {
        let mut sheet = Worksheet::new();
        sheet.set_name(STATISTICS)?;
        let title = format!("监督抽查统计（{} 至 {}，按现行检验结论，不含整改复查）", self.from, self.to);
        sheet.write_string_with_format(0, 0, &title, &formats.title)?;
        let tables =
            [("行业", &self.industries, 0_u16), ("地区", &self.regions, 5), ("月份", &self.months, 10)];
        let mut longest = 0_u32;
        for (label, groups, col) in tables {
            longest = longest.max(table(&mut sheet, label, groups, col, formats)?);
        }
        let chart_row = longest + 4;
        let by_industry = rate_chart("按行业合格率（%）", &self.industries, 0);
        sheet.insert_chart(chart_row, 0, &by_industry)?;
        let by_region = rate_chart("按地区合格率（%）", &self.regions, 5);
        sheet.insert_chart(chart_row, 8, &by_region)?;
        sheet.insert_chart(chart_row + 16, 0, &trend_chart(&self.months))?;
        Ok(sheet)
    }
}

/// The region digits the charts group at: one level below the caller's seat.
fn region_digits(principal: &Principal) -> usize {
    let level = match &principal.organisation {
        oversight_domain::access::Organisation::Authority { region, .. } => region.level(),
        _ => RegionLevel::County,
    };
    match level {
        RegionLevel::National => RegionLevel::Province.prefix_digits(),
        RegionLevel::Province => RegionLevel::City.prefix_digits(),
        RegionLevel::City | RegionLevel::County => RegionLevel::County.prefix_digits(),
    }
}

/// Folds the rows (ordered by group) into one `Group` per key, labelled by `label`.
fn group(
    rows: Vec<(String, oversight_domain::testing::judgment::Conclusion, u64)>,
    label: impl Fn(&str) -> String,
) -> Vec<Group> {
    let mut groups: Vec<(String, ConclusionCounts)> = Vec::new();
    for (key, conclusion, n) in rows {
        match groups.last_mut() {
            Some((last, counts)) if *last == key => counts.add(conclusion, n),
            _ => {
                let mut counts = ConclusionCounts::default();
                counts.add(conclusion, n);
                groups.push((key, counts));
            }
        }
    }
    groups.into_iter().map(|(key, counts)| Group { label: label(&key), counts }).collect()
}

/// Writes one table at row 2, column `col` — label, passed, failed, not judgeable, pass rate —
/// and returns its last row. An empty table gets one row "无数据" so its chart has a range.
fn table(
    sheet: &mut Worksheet,
    label: &str,
    groups: &[Group],
    col: u16,
    formats: &Formats,
) -> Result<u32, XlsxError> {
    let headers = [label, "合格（批次）", "不合格（批次）", "不能判定（批次）", "合格率（%）"];
    for (i, header) in (0_u16..).zip(headers) {
        sheet.write_string_with_format(2, col + i, header, &formats.header)?;
        sheet.set_column_width(col + i, if i == 0 { 16 } else { 12 })?;
    }
    if groups.is_empty() {
        sheet.write_string(3, col, "无数据")?;
        return Ok(3);
    }
    let mut row = 2_u32;
    for group in groups {
        row += 1;
        let counts = &group.counts;
        sheet.write_string(row, col, &group.label)?;
        sheet.write_number(row, col + 1, counts.no_nonconformity_found as f64)?;
        sheet.write_number(row, col + 2, counts.nonconforming as f64)?;
        sheet.write_number(row, col + 3, counts.not_judgeable as f64)?;
        if let Some(rate) = counts.pass_rate_percent() {
            sheet.write_number_with_format(row, col + 4, rate.to_f64().unwrap_or(0.0), &formats.decimal)?;
        }
    }
    Ok(row)
}

fn last_row(groups: &[Group]) -> u32 {
    3 + u32::try_from(groups.len().max(1)).unwrap_or(1) - 1
}

/// Whether a report row is one industry's pass rate (`PASS_RATE` with an industry: the rows a
/// report's chart plots; the total has none).
fn is_industry_rate(cells: &[Cell]) -> bool {
    matches!(cells.first(), Some(Cell::Text(key)) if key == "PASS_RATE")
        && !matches!(cells.get(2), Some(Cell::Empty))
}

/// A column chart of a report's pass rates by industry: its rows `first..=last` of `sheet`
/// (industry in column 2, rate in column 3; the rows are contiguous, written industry by
/// industry).
fn report_rate_chart(sheet: &str, first: u32, last: u32) -> Chart {
    let mut chart = Chart::new_column();
    chart.title().set_name("按行业检验合格率（%）");
    chart
        .add_series()
        .set_name("合格率（%）")
        .set_categories((sheet, first, 2, last, 2))
        .set_values((sheet, first, 3, last, 3));
    chart.y_axis().set_name("%").set_max(100);
    chart.x_axis().set_name("行业");
    chart
}

/// A column chart of a table's pass rates.
fn rate_chart(title: &str, groups: &[Group], col: u16) -> Chart {
    let mut chart = Chart::new_column();
    chart.title().set_name(title);
    let last = last_row(groups);
    chart.add_series().set_name("合格率（%）").set_categories((STATISTICS, 3, col, last, col)).set_values((
        STATISTICS,
        3,
        col + 4,
        last,
        col + 4,
    ));
    chart.y_axis().set_name("%").set_max(100);
    chart.x_axis().set_name(if col == 0 { "行业" } else { "地区" });
    chart
}

/// A line chart of samples per month, passed and failed.
fn trend_chart(months: &[Group]) -> Chart {
    let mut chart = Chart::new_line();
    chart.title().set_name("各月抽查批次");
    let last = last_row(months);
    for (name, col) in [("合格（批次）", 11_u16), ("不合格（批次）", 12)] {
        chart
            .add_series()
            .set_name(name)
            .set_categories((STATISTICS, 3, 10, last, 10))
            .set_values((STATISTICS, 3, col, last, col));
    }
    chart.x_axis().set_name("月份");
    chart.y_axis().set_name("批次");
    chart
}
