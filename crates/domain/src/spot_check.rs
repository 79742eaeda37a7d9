//! Spot-check results import (监督抽查结果导入, issue 17 item 8, docs/adr/0029): a national or
//! provincial campaign's results as a table — its template's columns, each row parsed and
//! checked (credit code, license number, dates, conclusion, duplicates), matched against the
//! registry, and the archive fact of an enterprise whose product failed. The file's bytes are
//! read by `app`; here are only rows of text cells.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::json;

use crate::access::Role;
use crate::archive::{ArchiveEvent, ArchiveEventKind};
use crate::ids::{EnterpriseId, LicenseId, SpotCheckImportId};
use crate::linkage::notice::{NoticeType, TEXT_MAX_CHARS};
use crate::registry::credit_code::CreditCode;
use crate::registry::license_number::LicenseNumber;
use crate::template::{self, HeaderProblem, TemplateColumn};
use crate::text::parse_text;

/// The most data rows one file may hold: a national campaign of a year is a few thousand
/// results; five times the largest seen keeps one request's memory bounded.
pub const MAX_ROWS: usize = 50_000;
/// The longest text cell (names, product, model, institution), in characters.
pub const CELL_MAX_CHARS: usize = 200;
/// The longest list of failed items, in characters.
pub const FAILED_ITEMS_MAX_CHARS: usize = 1000;

crate::stored_enum! {
    /// Who ran the campaign (抽查层级), which fixes who imports it and where its failures go.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum CampaignLevel {
        /// 国家监督抽查: imported by the national authority; failures notified to the provinces.
        National = "NATIONAL",
        /// 省级监督抽查: imported by a provincial authority; failures notified to its cities.
        Provincial = "PROVINCIAL",
    }
}

impl CampaignLevel {
    /// The level a role imports: the national officers the nation's, the provincial officers
    /// their province's; nobody else imports.
    pub fn of_role(role: Role) -> Option<CampaignLevel> {
        match role {
            Role::NationalOfficer => Some(CampaignLevel::National),
            Role::ProvincialOfficer => Some(CampaignLevel::Provincial),
            _ => None,
        }
    }

    /// The linkage notice a failure of this campaign sends (§二(六)).
    pub fn notice_type(self) -> NoticeType {
        match self {
            CampaignLevel::National => NoticeType::NationalSpotCheckFailure,
            CampaignLevel::Provincial => NoticeType::ProvincialSpotCheckFailure,
        }
    }
}

crate::stored_enum! {
    /// A result's conclusion (检验结论).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum Conclusion {
        /// 合格.
        Pass = "PASS",
        /// 不合格.
        Fail = "FAIL",
    }
}

crate::stored_enum! {
    /// Why a cell, a row or the file is refused; reported as `{row, column, code, message}`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum ProblemCode {
        /// Neither a UTF-8 CSV nor an XLSX workbook, or a workbook without a sheet.
        UnreadableFile = "UNREADABLE_FILE",
        /// A header but no data row.
        NoRows = "NO_ROWS",
        /// More than `MAX_ROWS` data rows.
        TooManyRows = "TOO_MANY_ROWS",
        /// A required column is absent from the header row.
        MissingColumn = "MISSING_COLUMN",
        /// A column appears twice in the header row.
        DuplicateColumn = "DUPLICATE_COLUMN",
        /// A required cell is empty.
        MissingValue = "MISSING_VALUE",
        InvalidCreditCode = "INVALID_CREDIT_CODE",
        InvalidLicenseNumber = "INVALID_LICENSE_NUMBER",
        /// Not a date, or a sampling date outside the campaign's period or after today.
        InvalidDate = "INVALID_DATE",
        /// Neither 合格 nor 不合格 (PASS / FAIL).
        InvalidConclusion = "INVALID_CONCLUSION",
        /// Failed items given for a passing result.
        FailedItemsOnPass = "FAILED_ITEMS_ON_PASS",
        /// A text cell too long or with control characters.
        InvalidText = "INVALID_TEXT",
        /// The same license, product, model and sampling date as an earlier row.
        DuplicateRow = "DUPLICATE_ROW",
        /// No enterprise with this credit code within the importer's jurisdiction.
        UnknownEnterprise = "UNKNOWN_ENTERPRISE",
        /// No license with this number within the importer's jurisdiction.
        UnknownLicense = "UNKNOWN_LICENSE",
        /// The license is another enterprise's than the credit code's.
        LicenseOfAnotherEnterprise = "LICENSE_OF_ANOTHER_ENTERPRISE",
        /// No open authority of the next tier down holds the failing enterprise: its notice
        /// could not be sent.
        NoNoticeTarget = "NO_NOTICE_TARGET",
    }
}

/// One problem of the validation report. Rows are numbered as a spreadsheet shows them (the
/// header is row 1); `row` is `None` for the file as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub row: Option<u32>,
    /// The column's template header (统一社会信用代码 …), if the problem is a cell's.
    pub column: Option<&'static str>,
    pub code: ProblemCode,
    pub message: String,
}

impl Problem {
    pub fn file(code: ProblemCode, message: impl Into<String>) -> Problem {
        Problem { row: None, column: None, code, message: message.into() }
    }

    fn cell(row: u32, column: Column, code: ProblemCode, message: impl Into<String>) -> Problem {
        Problem { row: Some(row), column: Some(column.header()), code, message: message.into() }
    }
}

/// The template's columns, in the template's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    CreditCode,
    LicenseNumber,
    EnterpriseName,
    ProductName,
    Model,
    SamplingDate,
    Institution,
    Conclusion,
    FailedItems,
}

impl Column {
    pub const ALL: [Column; 9] = [
        Column::CreditCode,
        Column::LicenseNumber,
        Column::EnterpriseName,
        Column::ProductName,
        Column::Model,
        Column::SamplingDate,
        Column::Institution,
        Column::Conclusion,
        Column::FailedItems,
    ];
}

/// Where each column is in the file's rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header(BTreeMap<Column, usize>);

/// Reads the header row (row 1): each template column once, by its Chinese header or English
/// alias, in any order; other columns (序号, remarks) are ignored.
pub fn parse_header(cells: &[String]) -> Result<Header, Vec<Problem>> {
    template::find_columns(cells).map(Header).map_err(|problems| {
        let code = |problem| match problem {
            HeaderProblem::Duplicate(_) => ProblemCode::DuplicateColumn,
            HeaderProblem::Missing(_) => ProblemCode::MissingColumn,
        };
        problems.into_iter().map(|p| Problem::cell(1, p.column(), code(p), p.message())).collect()
    })
}

impl TemplateColumn for Column {
    fn all() -> &'static [Column] {
        &Column::ALL
    }

    /// The template's header.
    fn header(self) -> &'static str {
        match self {
            Column::CreditCode => "统一社会信用代码",
            Column::LicenseNumber => "许可证编号",
            Column::EnterpriseName => "企业名称",
            Column::ProductName => "产品名称",
            Column::Model => "规格型号",
            Column::SamplingDate => "抽样日期",
            Column::Institution => "检验机构",
            Column::Conclusion => "检验结论",
            Column::FailedItems => "不合格项目",
        }
    }

    /// The English header accepted in its place (compared without case).
    fn alias(self) -> &'static str {
        match self {
            Column::CreditCode => "creditCode",
            Column::LicenseNumber => "licenseNumber",
            Column::EnterpriseName => "enterpriseName",
            Column::ProductName => "productName",
            Column::Model => "model",
            Column::SamplingDate => "samplingDate",
            Column::Institution => "institution",
            Column::Conclusion => "conclusion",
            Column::FailedItems => "failedItems",
        }
    }

    /// Whether the header must be present (the failed items may be left out of a file of
    /// passing results only; a failing row then lacks its items).
    fn required(self) -> bool {
        self != Column::FailedItems
    }
}

/// A campaign as its importer names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Campaign {
    pub name: String,
    pub level: CampaignLevel,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

impl Campaign {
    /// The campaign's name checked (1–200 characters, one line) and its period in order.
    pub fn parse(
        name: &str,
        level: CampaignLevel,
        starts_on: NaiveDate,
        ends_on: NaiveDate,
    ) -> Result<Campaign, crate::FieldError> {
        let name = parse_text("campaignName", name, 1, CELL_MAX_CHARS, false)?;
        if ends_on < starts_on {
            return Err(crate::FieldError::new(
                crate::ErrorCode::InvalidDateRange,
                "endsOn",
                format!("the campaign ends on {ends_on}, before it starts on {starts_on}"),
            ));
        }
        Ok(Campaign { name, level, starts_on, ends_on })
    }
}

/// One result row, parsed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResultRow {
    /// As a spreadsheet numbers it (the header is row 1).
    pub row: u32,
    pub credit_code: CreditCode,
    pub license_number: LicenseNumber,
    pub enterprise_name: String,
    pub product_name: String,
    pub model: String,
    pub sampling_date: NaiveDate,
    pub institution: String,
    pub conclusion: Conclusion,
    pub failed_items: Option<String>,
}

/// Parses every data row (`(row number, cells)`), collecting every problem of every row so one
/// report names them all; duplicates (the same license, product, model and sampling date) are
/// reported at the later row. Sampling dates lie in the campaign's period, not after `today`.
pub fn parse_rows(
    header: &Header,
    rows: &[(u32, Vec<String>)],
    campaign: &Campaign,
    today: NaiveDate,
) -> (Vec<ResultRow>, Vec<Problem>) {
    let mut parsed = Vec::with_capacity(rows.len());
    let mut problems = Vec::new();
    let mut seen: HashMap<(String, String, String, NaiveDate), u32> = HashMap::new();
    for (number, cells) in rows {
        let Some(row) = parse_row(header, *number, cells, campaign, today, &mut problems) else { continue };
        let key = (row.license_number.core(), row.product_name.clone(), row.model.clone(), row.sampling_date);
        if let Some(first) = seen.get(&key) {
            problems.push(Problem::cell(
                row.row,
                Column::LicenseNumber,
                ProblemCode::DuplicateRow,
                format!("the same license, product, model and sampling date as row {first}"),
            ));
            continue;
        }
        seen.insert(key, row.row);
        parsed.push(row);
    }
    (parsed, problems)
}

fn parse_row(
    header: &Header,
    row: u32,
    cells: &[String],
    campaign: &Campaign,
    today: NaiveDate,
    problems: &mut Vec<Problem>,
) -> Option<ResultRow> {
    let before = problems.len();
    let cell = |column: Column| -> &str {
        header.0.get(&column).and_then(|i| cells.get(*i)).map(|s| s.trim()).unwrap_or("")
    };
    let required = |column: Column, problems: &mut Vec<Problem>| -> Option<String> {
        let value = cell(column);
        if value.is_empty() {
            problems.push(Problem::cell(row, column, ProblemCode::MissingValue, "must not be empty"));
            return None;
        }
        let max = if column == Column::FailedItems { FAILED_ITEMS_MAX_CHARS } else { CELL_MAX_CHARS };
        match parse_text("cell", value, 1, max, column == Column::FailedItems) {
            Ok(text) => Some(text),
            Err(e) => {
                problems.push(Problem::cell(row, column, ProblemCode::InvalidText, e.message));
                None
            }
        }
    };
    let credit_code = required(Column::CreditCode, problems).and_then(|s| {
        CreditCode::parse(&s)
            .map_err(|e| {
                problems.push(Problem::cell(
                    row,
                    Column::CreditCode,
                    ProblemCode::InvalidCreditCode,
                    e.message,
                ))
            })
            .ok()
    });
    let license_number = required(Column::LicenseNumber, problems).and_then(|s| {
        LicenseNumber::parse(&s)
            .map_err(|e| {
                problems.push(Problem::cell(
                    row,
                    Column::LicenseNumber,
                    ProblemCode::InvalidLicenseNumber,
                    e.message,
                ))
            })
            .ok()
    });
    let enterprise_name = required(Column::EnterpriseName, problems);
    let product_name = required(Column::ProductName, problems);
    let model = required(Column::Model, problems);
    let sampling_date = required(Column::SamplingDate, problems)
        .and_then(|s| check_sampling_date(row, &s, campaign, today, problems));
    let institution = required(Column::Institution, problems);
    let conclusion = required(Column::Conclusion, problems).and_then(|s| {
        parse_conclusion(&s)
            .ok_or_else(|| {
                problems.push(Problem::cell(
                    row,
                    Column::Conclusion,
                    ProblemCode::InvalidConclusion,
                    format!("'{s}' is not a conclusion; write 合格 or 不合格 (PASS or FAIL)"),
                ))
            })
            .ok()
    });
    let failed_items = match conclusion {
        Some(Conclusion::Fail) => required(Column::FailedItems, problems).map(Some),
        Some(Conclusion::Pass) if !cell(Column::FailedItems).is_empty() => {
            problems.push(Problem::cell(
                row,
                Column::FailedItems,
                ProblemCode::FailedItemsOnPass,
                "a passing result lists no failed items",
            ));
            None
        }
        _ => Some(None),
    };
    if problems.len() > before {
        return None;
    }
    Some(ResultRow {
        row,
        credit_code: credit_code?,
        license_number: license_number?,
        enterprise_name: enterprise_name?,
        product_name: product_name?,
        model: model?,
        sampling_date: sampling_date?,
        institution: institution?,
        conclusion: conclusion?,
        failed_items: failed_items?,
    })
}

fn check_sampling_date(
    row: u32,
    text: &str,
    campaign: &Campaign,
    today: NaiveDate,
    problems: &mut Vec<Problem>,
) -> Option<NaiveDate> {
    let problem =
        |message: String| Problem::cell(row, Column::SamplingDate, ProblemCode::InvalidDate, message);
    let Some(date) = parse_date(text) else {
        problems.push(problem(format!("'{text}' is not a date; write it as 2027-03-01")));
        return None;
    };
    if date < campaign.starts_on || date > campaign.ends_on {
        problems.push(problem(format!(
            "{date} is outside the campaign's period {} – {}",
            campaign.starts_on, campaign.ends_on
        )));
        return None;
    }
    if date > today {
        problems.push(problem(format!("{date} is after today ({today})")));
        return None;
    }
    Some(date)
}

/// A date as people write it in a sheet: 2027-03-01, 2027/3/1, 2027.3.1 or 20270301.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    if text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit()) {
        return NaiveDate::parse_from_str(text, "%Y%m%d").ok();
    }
    let parts: Vec<&str> = text.split(['-', '/', '.']).collect();
    let [y, m, d] = parts.as_slice() else { return None };
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// 合格 / 不合格, or PASS / FAIL in any case.
pub fn parse_conclusion(text: &str) -> Option<Conclusion> {
    match text.trim() {
        "合格" => Some(Conclusion::Pass),
        "不合格" => Some(Conclusion::Fail),
        other if other.eq_ignore_ascii_case("pass") => Some(Conclusion::Pass),
        other if other.eq_ignore_ascii_case("fail") => Some(Conclusion::Fail),
        _ => None,
    }
}

/// A license as the registry knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KnownLicense {
    pub id: LicenseId,
    pub enterprise_id: EnterpriseId,
}

/// A row matched to its enterprise and license.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchedRow {
    pub result: ResultRow,
    pub enterprise_id: EnterpriseId,
    pub license_id: LicenseId,
}

/// Matches each row to the registry read in the importer's jurisdiction: its enterprise by credit
/// code, its license by number (the core, without the province prefix), the license the
/// enterprise's own. The enterprise's name is kept as written, not compared: names change, the
/// credit code does not.
pub fn match_rows(
    rows: Vec<ResultRow>,
    enterprises: &HashMap<String, EnterpriseId>,
    licenses: &HashMap<String, KnownLicense>,
) -> (Vec<MatchedRow>, Vec<Problem>) {
    let mut matched = Vec::with_capacity(rows.len());
    let mut problems = Vec::new();
    for result in rows {
        let row = result.row;
        let enterprise = enterprises.get(result.credit_code.as_str()).copied();
        let license = licenses.get(&result.license_number.core()).copied();
        if enterprise.is_none() {
            problems.push(Problem::cell(
                row,
                Column::CreditCode,
                ProblemCode::UnknownEnterprise,
                format!(
                    "no enterprise with credit code {} in your jurisdiction",
                    result.credit_code.as_str()
                ),
            ));
        }
        if license.is_none() {
            problems.push(Problem::cell(
                row,
                Column::LicenseNumber,
                ProblemCode::UnknownLicense,
                format!("no license {} in your jurisdiction", result.license_number),
            ));
        }
        let (Some(enterprise_id), Some(license)) = (enterprise, license) else { continue };
        if license.enterprise_id != enterprise_id {
            problems.push(Problem::cell(
                row,
                Column::LicenseNumber,
                ProblemCode::LicenseOfAnotherEnterprise,
                format!(
                    "license {} is not the license of the enterprise with credit code {}",
                    result.license_number,
                    result.credit_code.as_str()
                ),
            ));
            continue;
        }
        matched.push(MatchedRow { result, enterprise_id, license_id: license.id });
    }
    (matched, problems)
}

/// A problem for each failing row of an enterprise no notice can be sent for.
pub fn no_notice_target(rows: &[&MatchedRow], reason: &str) -> Vec<Problem> {
    rows.iter()
        .map(|r| {
            Problem::cell(
                r.result.row,
                Column::CreditCode,
                ProblemCode::NoNoticeTarget,
                format!("the failure cannot be notified: {reason}"),
            )
        })
        .collect()
}

/// The failing rows grouped by enterprise, in the order each enterprise first fails in the file.
pub fn failures_by_enterprise(rows: &[MatchedRow]) -> Vec<(EnterpriseId, Vec<&MatchedRow>)> {
    let mut groups: Vec<(EnterpriseId, Vec<&MatchedRow>)> = Vec::new();
    let mut index: HashMap<EnterpriseId, usize> = HashMap::new();
    for row in rows.iter().filter(|r| r.result.conclusion == Conclusion::Fail) {
        match index.get(&row.enterprise_id) {
            Some(&i) => groups[i].1.push(row),
            None => {
                index.insert(row.enterprise_id, groups.len());
                groups.push((row.enterprise_id, vec![row]));
            }
        }
    }
    groups
}

/// The text of the notice an enterprise's failing rows send: the campaign and each failed
/// product, cut to the notice's longest text.
pub fn notice_text(campaign: &Campaign, rows: &[&MatchedRow]) -> String {
    let level = match campaign.level {
        CampaignLevel::National => "国家监督抽查不合格",
        CampaignLevel::Provincial => "省级监督抽查不合格",
    };
    let mut text = format!("{level}（{}）：", campaign.name);
    for (i, r) in rows.iter().enumerate() {
        let result = &r.result;
        if i > 0 {
            text.push('；');
        }
        text.push_str(&format!(
            "{} {}，{} 抽样，{} 检验，不合格项目：{}（第{}行）",
            result.product_name,
            result.model,
            result.sampling_date,
            result.institution,
            result.failed_items.as_deref().unwrap_or(""),
            result.row
        ));
    }
    if text.chars().count() > TEXT_MAX_CHARS {
        text = text.chars().take(TEXT_MAX_CHARS - 1).collect();
        text.push('…');
    }
    text
}

/// An enterprise's failed results of one import, for its archive.
#[derive(Debug, Clone, Copy)]
pub struct SpotCheckFailed<'a> {
    pub import_id: SpotCheckImportId,
    pub campaign: &'a Campaign,
    pub rows: &'a [&'a MatchedRow],
}

impl SpotCheckFailed<'_> {
    pub fn event(&self) -> ArchiveEvent {
        let products: Vec<String> = self
            .rows
            .iter()
            .map(|r| format!("{} {} ({})", r.result.product_name, r.result.model, r.result.license_number))
            .collect();
        ArchiveEvent {
            kind: ArchiveEventKind::SpotCheckFailed,
            summary: format!(
                "监督抽查不合格 Spot check failed: {} campaign \"{}\" (import {}): {}",
                self.campaign.level,
                self.campaign.name,
                self.import_id,
                products.join("; ")
            ),
            details: json!({
                "importId": self.import_id,
                "campaign": self.campaign,
                "rows": self.rows.iter().map(|r| &r.result).collect::<Vec<_>>(),
            }),
        }
    }
}

#[cfg(test)]
mod tests;
