//! The registry template's parsing and checks, case by case: a file's cells in, the problems
//! (row, column, code) out.

#![allow(clippy::unwrap_used)]

use super::*;
use crate::industry::{DeclaredCategory, Industry, IndustrySource, LicenseCategory};
use crate::registry::credit_code::CreditCode;

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

const TODAY: &str = "2027-03-01";

fn catalogue() -> IndustryCatalogue {
    let fertilizer = Industry {
        code: "compound-fertilizer".to_owned(),
        name_zh: "复混肥料".to_owned(),
        name_en: "Compound fertilizer".to_owned(),
        key_industry: true,
        license_categories: vec![DeclaredCategory {
            code: LicenseCategory::parse("13-001").unwrap(),
            needs_verification: true,
        }],
        product_units: vec!["复混肥料".to_owned()],
        source: IndustrySource::CatalogueFile,
    };
    IndustryCatalogue::new(vec![fertilizer], Vec::new())
}

fn code(n: u32) -> String {
    CreditCode::from_body(&format!("91320102{n:09}")).unwrap().as_str().to_owned()
}

fn header() -> Vec<String> {
    Column::ALL.iter().map(|c| c.header().to_owned()).collect()
}

/// A good row of enterprise `n` with license serial `serial`, with `edits` applied.
fn row(n: u32, serial: u32, edits: &[(Column, &str)]) -> Vec<String> {
    let mut cells: Vec<String> = [
        code(n),
        format!("南京肥业{n}有限公司"),
        "320102".to_owned(),
        "工业园路 1 号".to_owned(),
        "小型".to_owned(),
        "复合肥料；掺混肥料".to_owned(),
        String::new(),
        "化验室".to_owned(),
        "造粒".to_owned(),
        format!("(苏)XK13-001-{serial:05}"),
        "复混肥料".to_owned(),
        "复混肥料".to_owned(),
        "2024-05-10".to_owned(),
        String::new(),
        String::new(),
    ]
    .into();
    for (column, value) in edits {
        let index = Column::ALL.iter().position(|c| c == column).unwrap();
        cells[index] = (*value).to_owned();
    }
    cells
}

fn parse(rows: Vec<Vec<String>>) -> (Vec<ImportedEnterprise>, Vec<Problem>) {
    let header = parse_header(&header()).unwrap();
    let numbered: Vec<(u32, Vec<String>)> = rows.into_iter().zip(2..).map(|(cells, n)| (n, cells)).collect();
    parse_rows(&header, &numbered, &catalogue(), date(TODAY))
}

/// (row, column header, code) of each problem.
fn codes(problems: &[Problem]) -> Vec<(Option<u32>, Option<&'static str>, ProblemCode)> {
    problems.iter().map(|p| (p.row, p.column, p.code)).collect()
}

#[test]
fn good_rows_group_into_enterprises_in_file_order() {
    let (enterprises, problems) = parse(vec![row(1, 1, &[]), row(2, 2, &[]), row(1, 3, &[])]);
    assert_eq!(problems, []);
    let shape: Vec<(u32, usize)> = enterprises.iter().map(|e| (e.row, e.licenses.len())).collect();
    assert_eq!(shape, [(2, 2), (3, 1)]);
    let first = &enterprises[0];
    assert_eq!(first.enterprise.base.products, ["复合肥料", "掺混肥料"]);
    assert_eq!(first.licenses[0].license.validity.expires_on, date("2029-05-09"));
    assert_eq!(first.licenses[1].license.number.core(), "XK13-001-00003");
}

/// A case's name, the cells changed in a good row, and the problems expected at row 2.
type CellCase = (&'static str, Vec<(Column, &'static str)>, Vec<(Column, ProblemCode)>);

/// A case's name, its rows, and the problems expected (row, column, code).
type FileCase = (&'static str, Vec<Vec<String>>, Vec<(u32, Column, ProblemCode)>);

#[test]
fn each_bad_cell_is_one_problem_at_its_row_and_column() {
    use Column::*;
    use ProblemCode::*;
    let cases: Vec<CellCase> = vec![
        ("empty credit code", vec![(CreditCode, "")], vec![(CreditCode, MissingValue)]),
        (
            "bad check character",
            vec![(CreditCode, "913201020000000011")],
            vec![(CreditCode, InvalidCreditCode)],
        ),
        ("unknown region", vec![(RegionCode, "329999")], vec![(RegionCode, InvalidRegion)]),
        ("bad scale", vec![(Scale, "巨型")], vec![(Scale, InvalidValue)]),
        ("English scale", vec![(Scale, "medium")], vec![]),
        ("one-character name", vec![(Name, "厂")], vec![(Name, InvalidValue)]),
        ("bad number", vec![(LicenseNumber, "XK13-1")], vec![(LicenseNumber, InvalidLicenseNumber)]),
        (
            "other province's prefix",
            vec![(LicenseNumber, "(浙)XK13-001-00001")],
            vec![(LicenseNumber, InvalidValue)],
        ),
        (
            "category not the industry's",
            vec![(LicenseNumber, "XK13-003-00001")],
            vec![(LicenseNumber, InvalidValue)],
        ),
        ("industry by code", vec![(Industry, "compound-fertilizer")], vec![]),
        ("unknown industry", vec![(Industry, "茶叶")], vec![(Industry, InvalidValue)]),
        ("unit not the industry's", vec![(ProductUnit, "农药")], vec![(ProductUnit, InvalidValue)]),
        ("not a date", vec![(IssuedOn, "去年")], vec![(IssuedOn, InvalidDate)]),
        ("issued after today", vec![(IssuedOn, "2027-03-02")], vec![(IssuedOn, InvalidDate)]),
        (
            "expired",
            vec![(IssuedOn, "2020-01-01"), (ExpiresOn, "2024-12-31")],
            vec![(ExpiresOn, InvalidDate)],
        ),
        ("expiry before issue", vec![(ExpiresOn, "2024-01-01")], vec![(ExpiresOn, InvalidDate)]),
        ("suspended", vec![(Status, "暂停")], vec![]),
        ("revoked is not in force", vec![(Status, "吊销")], vec![(Status, InvalidValue)]),
        (
            "two empty cells",
            vec![(Name, ""), (ProductUnit, "")],
            vec![(Name, MissingValue), (ProductUnit, MissingValue)],
        ),
    ];
    for (name, edits, expected) in cases {
        let (_, problems) = parse(vec![row(1, 1, &edits)]);
        let expected: Vec<_> = expected.into_iter().map(|(c, p)| (Some(2), Some(c.header()), p)).collect();
        assert_eq!(codes(&problems), expected, "{name}: {problems:?}");
    }
}

#[test]
fn duplicates_and_conflicts_are_reported_at_the_later_row() {
    let cases: Vec<FileCase> = vec![
        (
            "the same license twice",
            vec![row(1, 1, &[]), row(2, 1, &[(Column::LicenseNumber, "XK13-001-00001")])],
            vec![(3, Column::LicenseNumber, ProblemCode::DuplicateLicense)],
        ),
        (
            "one credit code, two names",
            vec![row(1, 1, &[]), row(1, 2, &[(Column::Name, "另一个名字有限公司")])],
            vec![(3, Column::CreditCode, ProblemCode::ConflictingEnterprise)],
        ),
    ];
    for (name, rows, expected) in cases {
        let (_, problems) = parse(rows);
        let expected: Vec<_> = expected.into_iter().map(|(r, c, p)| (Some(r), Some(c.header()), p)).collect();
        assert_eq!(codes(&problems), expected, "{name}");
    }
}

#[test]
fn the_header_names_each_required_column_once_in_either_language() {
    let english: Vec<String> = Column::ALL.iter().map(|c| c.alias().to_uppercase()).collect();
    assert!(parse_header(&english).is_ok());
    let mut cells = header();
    cells.retain(|c| c != "发证日期");
    cells.push("企业名称".to_owned());
    let problems = parse_header(&cells).unwrap_err();
    assert_eq!(
        codes(&problems),
        [
            (Some(1), Some("企业名称"), ProblemCode::DuplicateColumn),
            (Some(1), Some("发证日期"), ProblemCode::MissingColumn),
        ]
    );
    let optional: Vec<String> =
        header().into_iter().take(5).chain(header().into_iter().skip(9).take(4)).collect();
    assert!(parse_header(&optional).is_ok(), "products, descriptions, expiry and status may be left out");
}

#[test]
fn what_the_registry_holds_is_a_problem_of_its_row() {
    let (enterprises, problems) = parse(vec![row(1, 1, &[]), row(2, 2, &[]), row(2, 3, &[])]);
    assert_eq!(problems, []);
    let registered =
        Registered { credit_codes: [code(1)].into(), license_numbers: ["XK13-001-00003".to_owned()].into() };
    assert_eq!(
        codes(&check_registered(&enterprises, &registered)),
        [
            (Some(2), Some("统一社会信用代码"), ProblemCode::CreditCodeRegistered),
            (Some(4), Some("许可证编号"), ProblemCode::LicenseNumberRegistered),
        ]
    );
}
