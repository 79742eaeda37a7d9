//! Registry import (存量登记导入, issue 13 item 5, docs/adr/0031): the enterprises and licenses
//! of a legacy system as one table, one row per license with its enterprise's columns repeated.
//! Here are the template's columns, the header, every row parsed by the registry's own parsers
//! (`NewEnterprise::parse`, `NewLicense::parse`), the rows grouped into enterprises, and the
//! checks against the file itself and the registry. The file's bytes are read by `app`.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::FieldError;
use crate::industry::IndustryCatalogue;
use crate::registry::enterprise::{EnterpriseScale, NewEnterprise, RawBaseData};
use crate::registry::license::{LicenseStatus, NewLicense};
use crate::spot_check::parse_date;
use crate::template::{self, HeaderProblem, TemplateColumn};

/// The most data rows (licenses) one file may hold: a province's whole registry is a few tens
/// of thousands of licenses; the nation's, a few hundred thousand.
pub const MAX_ROWS: usize = 1_000_000;

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
        /// Not a division code of GB/T 2260.
        InvalidRegion = "INVALID_REGION",
        /// Not a date, a license issued after today or expired, or an expiry before the issue.
        InvalidDate = "INVALID_DATE",
        /// Any other cell the registry's parsers refuse (name, scale, industry, product unit,
        /// status, the license category of the industry …); the message says which rule.
        InvalidValue = "INVALID_VALUE",
        /// The same license number (its core, without the province prefix) as an earlier row.
        DuplicateLicense = "DUPLICATE_LICENSE",
        /// A later row of the same credit code gives other enterprise data than its first row.
        ConflictingEnterprise = "CONFLICTING_ENTERPRISE",
        /// An enterprise with this credit code is already in the registry.
        CreditCodeRegistered = "CREDIT_CODE_REGISTERED",
        /// A license with this number is already in the registry.
        LicenseNumberRegistered = "LICENSE_NUMBER_REGISTERED",
        /// The enterprise's region is outside the importing officer's jurisdiction.
        OutOfJurisdiction = "OUT_OF_JURISDICTION",
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

    pub fn cell(row: u32, column: Column, code: ProblemCode, message: impl Into<String>) -> Problem {
        Problem { row: Some(row), column: Some(column.header()), code, message: message.into() }
    }
}

/// The template's columns, in the template's order: the enterprise's base data (§二(一)), then
/// its license.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    CreditCode,
    Name,
    RegionCode,
    Address,
    Scale,
    Products,
    ProductionConditions,
    InspectionMeans,
    Process,
    LicenseNumber,
    Industry,
    ProductUnit,
    IssuedOn,
    ExpiresOn,
    Status,
}

impl Column {
    pub const ALL: [Column; 15] = [
        Column::CreditCode,
        Column::Name,
        Column::RegionCode,
        Column::Address,
        Column::Scale,
        Column::Products,
        Column::ProductionConditions,
        Column::InspectionMeans,
        Column::Process,
        Column::LicenseNumber,
        Column::Industry,
        Column::ProductUnit,
        Column::IssuedOn,
        Column::ExpiresOn,
        Column::Status,
    ];

    /// The column a registry parser's field error is about (its camelCase field name).
    fn of_field(field: &str) -> Column {
        match field {
            "creditCode" => Column::CreditCode,
            "name" => Column::Name,
            "regionCode" => Column::RegionCode,
            "address" => Column::Address,
            "scale" => Column::Scale,
            "products" => Column::Products,
            "productionConditions" => Column::ProductionConditions,
            "inspectionMeans" => Column::InspectionMeans,
            "process" => Column::Process,
            "number" => Column::LicenseNumber,
            "industry" => Column::Industry,
            "productUnit" => Column::ProductUnit,
            "expiresOn" => Column::ExpiresOn,
            "status" => Column::Status,
            _ => Column::IssuedOn,
        }
    }
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
            Column::Name => "企业名称",
            Column::RegionCode => "行政区划代码",
            Column::Address => "生产地址",
            Column::Scale => "企业规模",
            Column::Products => "主要产品",
            Column::ProductionConditions => "生产条件",
            Column::InspectionMeans => "检验手段",
            Column::Process => "生产工艺",
            Column::LicenseNumber => "许可证编号",
            Column::Industry => "行业",
            Column::ProductUnit => "产品单元",
            Column::IssuedOn => "发证日期",
            Column::ExpiresOn => "有效期至",
            Column::Status => "许可证状态",
        }
    }

    /// The English header accepted in its place (compared without case): the GraphQL input's
    /// field name.
    fn alias(self) -> &'static str {
        match self {
            Column::CreditCode => "creditCode",
            Column::Name => "name",
            Column::RegionCode => "regionCode",
            Column::Address => "address",
            Column::Scale => "scale",
            Column::Products => "products",
            Column::ProductionConditions => "productionConditions",
            Column::InspectionMeans => "inspectionMeans",
            Column::Process => "process",
            Column::LicenseNumber => "licenseNumber",
            Column::Industry => "industry",
            Column::ProductUnit => "productUnit",
            Column::IssuedOn => "issuedOn",
            Column::ExpiresOn => "expiresOn",
            Column::Status => "status",
        }
    }

    /// Whether the header must be present. The optional ones default as the registry does: no
    /// products, empty descriptions, five years of validity, VALID.
    fn required(self) -> bool {
        matches!(
            self,
            Column::CreditCode
                | Column::Name
                | Column::RegionCode
                | Column::Address
                | Column::Scale
                | Column::LicenseNumber
                | Column::Industry
                | Column::ProductUnit
                | Column::IssuedOn
        )
    }
}

/// A license of the file, parsed, with its row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedLicense {
    pub row: u32,
    pub license: NewLicense,
}

/// An enterprise of the file with its licenses, in the order of the rows; `row` is its first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedEnterprise {
    pub row: u32,
    pub enterprise: NewEnterprise,
    pub licenses: Vec<ImportedLicense>,
}

/// Parses every data row (`(row number, cells)`) and groups them into enterprises in the order
/// each credit code first appears, collecting every problem of every row so one report names
/// them all. A license must be in force on `today` (issued by then, not past its last valid
/// day); a number appearing twice, or a later row of a credit code with other enterprise data
/// than its first, is reported at the later row.
pub fn parse_rows(
    header: &Header,
    rows: &[(u32, Vec<String>)],
    catalogue: &IndustryCatalogue,
    today: NaiveDate,
) -> (Vec<ImportedEnterprise>, Vec<Problem>) {
    let mut enterprises: Vec<ImportedEnterprise> = Vec::new();
    let mut by_code: HashMap<String, usize> = HashMap::new();
    let mut numbers: HashMap<String, u32> = HashMap::new();
    let mut problems = Vec::new();
    for (number, cells) in rows {
        let row = *number;
        let cell = |column: Column| -> &str {
            header.0.get(&column).and_then(|i| cells.get(*i)).map(|s| s.trim()).unwrap_or("")
        };
        let before = problems.len();
        let enterprise = parse_enterprise(row, &cell, &mut problems);
        // The license's cells are checked even when the enterprise's are bad, so one report
        // names every problem; its province is checked once the region reads.
        let region = crate::RegionCode::parse(cell(Column::RegionCode)).ok();
        let license = parse_license(row, &cell, catalogue, region.as_ref(), today, &mut problems);
        let (Some(enterprise), Some(license)) = (enterprise, license) else { continue };
        if problems.len() > before {
            continue;
        }
        let core = license.number.core();
        if let Some(first) = numbers.get(&core) {
            problems.push(Problem::cell(
                row,
                Column::LicenseNumber,
                ProblemCode::DuplicateLicense,
                format!("license {core} is already on row {first}"),
            ));
            continue;
        }
        numbers.insert(core, row);
        let imported = ImportedLicense { row, license };
        match by_code.get(enterprise.credit_code.as_str()) {
            Some(&index) => {
                let first = &mut enterprises[index];
                if first.enterprise != enterprise {
                    problems.push(Problem::cell(
                        row,
                        Column::CreditCode,
                        ProblemCode::ConflictingEnterprise,
                        format!(
                            "the enterprise {} is on row {} with other data; repeat its columns as they are there",
                            enterprise.credit_code.as_str(),
                            first.row
                        ),
                    ));
                    continue;
                }
                first.licenses.push(imported);
            }
            None => {
                by_code.insert(enterprise.credit_code.as_str().to_owned(), enterprises.len());
                enterprises.push(ImportedEnterprise { row, enterprise, licenses: vec![imported] });
            }
        }
    }
    (enterprises, problems)
}

/// The enterprise columns of one row, through `NewEnterprise::parse`.
fn parse_enterprise<'c>(
    row: u32,
    cell: &impl Fn(Column) -> &'c str,
    problems: &mut Vec<Problem>,
) -> Option<NewEnterprise> {
    let before = problems.len();
    for column in [Column::CreditCode, Column::Name, Column::RegionCode, Column::Address, Column::Scale] {
        if cell(column).is_empty() {
            problems.push(Problem::cell(row, column, ProblemCode::MissingValue, "must not be empty"));
        }
    }
    let scale = match cell(Column::Scale) {
        "" => None,
        text => parse_scale(text).or_else(|| {
            problems.push(Problem::cell(
                row,
                Column::Scale,
                ProblemCode::InvalidValue,
                format!("'{text}' is not an enterprise scale; write 大型, 中型, 小型 or 微型 (LARGE, MEDIUM, SMALL, MICRO)"),
            ));
            None
        }),
    };
    if problems.len() > before {
        return None;
    }
    let optional = |column: Column| Some(cell(column).to_owned());
    let raw = RawBaseData {
        name: optional(Column::Name),
        region_code: optional(Column::RegionCode),
        address: optional(Column::Address),
        scale,
        products: Some(split_products(cell(Column::Products))),
        production_conditions: optional(Column::ProductionConditions),
        inspection_means: optional(Column::InspectionMeans),
        process: optional(Column::Process),
    };
    NewEnterprise::parse(cell(Column::CreditCode), raw)
        .map_err(|errors| problems.extend(errors.0.iter().map(|e| field_problem(row, e))))
        .ok()
}

/// The license columns of one row, through `NewLicense::parse` (which checks the number's
/// province against the enterprise's region and the industry's categories and units).
fn parse_license<'c>(
    row: u32,
    cell: &impl Fn(Column) -> &'c str,
    catalogue: &IndustryCatalogue,
    region: Option<&crate::RegionCode>,
    today: NaiveDate,
    problems: &mut Vec<Problem>,
) -> Option<NewLicense> {
    let before = problems.len();
    for column in [Column::LicenseNumber, Column::Industry, Column::ProductUnit, Column::IssuedOn] {
        if cell(column).is_empty() {
            problems.push(Problem::cell(row, column, ProblemCode::MissingValue, "must not be empty"));
        }
    }
    let date = |column: Column, problems: &mut Vec<Problem>| -> Option<NaiveDate> {
        let text = cell(column);
        let date = parse_date(text);
        if date.is_none() && !text.is_empty() {
            problems.push(Problem::cell(
                row,
                column,
                ProblemCode::InvalidDate,
                format!("'{text}' is not a date; write it as 2024-03-01"),
            ));
        }
        date
    };
    let issued_on = date(Column::IssuedOn, problems);
    let expires_on = date(Column::ExpiresOn, problems);
    let status = match cell(Column::Status) {
        "" => None,
        text => parse_status(text).or_else(|| {
            problems.push(Problem::cell(
                row,
                Column::Status,
                ProblemCode::InvalidValue,
                format!(
                    "'{text}' is not a status a license in force has; write 有效 or 暂停 (VALID or SUSPENDED)"
                ),
            ));
            None
        }),
    };
    let industry = catalogue.iter().find(|i| i.name_zh == cell(Column::Industry));
    let industry = industry.map_or(cell(Column::Industry), |i| i.code.as_str());
    let (issued_on, region) = (issued_on?, region?);
    if problems.len() > before {
        return None;
    }
    let license = NewLicense::parse(
        catalogue,
        cell(Column::LicenseNumber),
        industry,
        cell(Column::ProductUnit),
        issued_on,
        expires_on,
        status,
        region,
    )
    .map_err(|errors| problems.extend(errors.0.iter().map(|e| field_problem(row, e))))
    .ok()?;
    check_in_force(row, &license, today, problems)?;
    Some(license)
}

/// A license entered from an earlier system is one in force today: issued by today, not past
/// its last valid day (as `issueLicense` with `import: true` holds it).
fn check_in_force(
    row: u32,
    license: &NewLicense,
    today: NaiveDate,
    problems: &mut Vec<Problem>,
) -> Option<()> {
    let validity = &license.validity;
    if validity.issued_on > today {
        problems.push(Problem::cell(
            row,
            Column::IssuedOn,
            ProblemCode::InvalidDate,
            format!("the issue date {} is after today ({today})", validity.issued_on),
        ));
        return None;
    }
    if validity.is_expired_on(today) {
        problems.push(Problem::cell(
            row,
            Column::ExpiresOn,
            ProblemCode::InvalidDate,
            format!(
                "the license expired on {}; only licenses still in force are imported",
                validity.expires_on
            ),
        ));
        return None;
    }
    Some(())
}

/// A registry parser's refusal as a problem of the cell it names.
fn field_problem(row: u32, error: &FieldError) -> Problem {
    let column = Column::of_field(error.field);
    let code = match column {
        Column::CreditCode => ProblemCode::InvalidCreditCode,
        Column::LicenseNumber if error.code == crate::ErrorCode::InvalidLicenseNumber => {
            ProblemCode::InvalidLicenseNumber
        }
        Column::RegionCode => ProblemCode::InvalidRegion,
        Column::IssuedOn | Column::ExpiresOn => ProblemCode::InvalidDate,
        _ => ProblemCode::InvalidValue,
    };
    Problem::cell(row, column, code, format!("{} ({})", error.message, error.code.as_str()))
}

/// 大型/中型/小型/微型, or the stored English names in any case.
pub fn parse_scale(text: &str) -> Option<EnterpriseScale> {
    match text.trim() {
        "大型" => Some(EnterpriseScale::Large),
        "中型" => Some(EnterpriseScale::Medium),
        "小型" => Some(EnterpriseScale::Small),
        "微型" => Some(EnterpriseScale::Micro),
        other => EnterpriseScale::parse(&other.to_ascii_uppercase()).ok(),
    }
}

/// 有效 / 暂停 (暂停生产), or VALID / SUSPENDED in any case: the statuses of a license in force.
pub fn parse_status(text: &str) -> Option<LicenseStatus> {
    match text.trim() {
        "有效" => Some(LicenseStatus::Valid),
        "暂停" | "暂停生产" => Some(LicenseStatus::Suspended),
        other if other.eq_ignore_ascii_case("valid") => Some(LicenseStatus::Valid),
        other if other.eq_ignore_ascii_case("suspended") => Some(LicenseStatus::Suspended),
        _ => None,
    }
}

/// The products cell split on the separators people type (；; 、 , |).
pub fn split_products(text: &str) -> Vec<String> {
    text.split(['；', ';', '、', '，', ',', '|'])
        .map(str::trim)
        .filter(|product| !product.is_empty())
        .map(str::to_owned)
        .collect()
}

/// What the registry already holds of the file's keys (read by `app`, in bulk).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Registered {
    pub credit_codes: HashSet<String>,
    /// License numbers' cores.
    pub license_numbers: HashSet<String>,
}

/// A problem for every enterprise and license of the file the registry already holds.
pub fn check_registered(enterprises: &[ImportedEnterprise], registered: &Registered) -> Vec<Problem> {
    let mut problems = Vec::new();
    for imported in enterprises {
        let code = imported.enterprise.credit_code.as_str();
        if registered.credit_codes.contains(code) {
            problems.push(Problem::cell(
                imported.row,
                Column::CreditCode,
                ProblemCode::CreditCodeRegistered,
                format!("an enterprise with credit code {code} is already registered"),
            ));
        }
        for license in &imported.licenses {
            let core = license.license.number.core();
            if registered.license_numbers.contains(&core) {
                problems.push(Problem::cell(
                    license.row,
                    Column::LicenseNumber,
                    ProblemCode::LicenseNumberRegistered,
                    format!("license number {core} is already in the registry"),
                ));
            }
        }
    }
    problems
}

/// Problems in row order (file-wide ones first), so the report reads down the sheet.
pub fn sort_problems(problems: &mut [Problem]) {
    problems.sort_by_key(|p| (p.row, Column::ALL.iter().position(|c| Some(c.header()) == p.column)));
}

#[cfg(test)]
mod tests;
