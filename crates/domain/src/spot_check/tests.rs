//! The template's parsing and matching, case by case: each row's cells in, the problems out.

#![allow(clippy::unwrap_used)]

use super::*;

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn campaign() -> Campaign {
    Campaign::parse(
        "2027年电线电缆国家监督抽查",
        CampaignLevel::National,
        date("2027-01-01"),
        date("2027-06-30"),
    )
    .unwrap()
}

fn code(n: u32) -> String {
    CreditCode::from_body(&format!("91320102{n:09}")).unwrap().as_str().to_owned()
}

fn header() -> Vec<String> {
    Column::ALL.iter().map(|c| c.header().to_owned()).collect()
}

fn row(cells: [&str; 9]) -> Vec<String> {
    cells.iter().map(|s| (*s).to_owned()).collect()
}

/// The codes and (row, column) of the problems of one data row at row 2.
fn check(cells: [&str; 9]) -> Vec<(ProblemCode, Option<&'static str>)> {
    let header = parse_header(&header()).unwrap();
    let (_, problems) = parse_rows(&header, &[(2, row(cells))], &campaign(), date("2027-03-01"));
    problems.into_iter().map(|p| (p.code, p.column)).collect()
}

#[test]
fn rows_are_checked_cell_by_cell() {
    let c = code(701);
    let ok = [
        c.as_str(),
        "XK06-001-00701",
        "南京电缆1有限公司",
        "电线电缆",
        "BV 2.5",
        "2027-02-01",
        "江苏省质检院",
        "不合格",
        "导体电阻",
    ];
    assert_eq!(check(ok), vec![]);
    let mut pass = ok;
    pass[7] = "合格";
    pass[8] = "";
    assert_eq!(check(pass), vec![]);
    let cases: Vec<(usize, &str, ProblemCode, &str)> = vec![
        (0, "91320102000000700", ProblemCode::InvalidCreditCode, "统一社会信用代码"),
        (0, "", ProblemCode::MissingValue, "统一社会信用代码"),
        (1, "XK6-1-701", ProblemCode::InvalidLicenseNumber, "许可证编号"),
        (5, "2027-02-30", ProblemCode::InvalidDate, "抽样日期"),
        (5, "2026-12-31", ProblemCode::InvalidDate, "抽样日期"),
        (5, "2027-03-02", ProblemCode::InvalidDate, "抽样日期"),
        (7, "基本合格", ProblemCode::InvalidConclusion, "检验结论"),
        (8, "", ProblemCode::MissingValue, "不合格项目"),
        (2, "名\u{7}称", ProblemCode::InvalidText, "企业名称"),
    ];
    for (index, value, expected, column) in cases {
        let mut cells = ok;
        cells[index] = value;
        assert_eq!(check(cells), vec![(expected, Some(column))], "{column} = {value:?}");
    }
    let mut items_on_pass = ok;
    items_on_pass[7] = "PASS";
    assert_eq!(check(items_on_pass), vec![(ProblemCode::FailedItemsOnPass, Some("不合格项目"))]);
}

#[test]
fn dates_are_read_as_people_write_them() {
    for text in ["2027-03-01", "2027/3/1", "2027.03.01", "20270301", " 2027-3-1 "] {
        assert_eq!(parse_date(text), Some(date("2027-03-01")), "{text}");
    }
    for text in ["2027-13-01", "03/01/2027x", "昨天", ""] {
        assert_eq!(parse_date(text), None, "{text}");
    }
}

#[test]
fn the_header_is_found_by_chinese_or_english_names_in_any_order() {
    let mut cells: Vec<String> = Column::ALL.iter().rev().map(|c| c.alias().to_uppercase()).collect();
    cells.insert(0, "序号".to_owned());
    assert!(parse_header(&cells).is_ok());
    let missing: Vec<String> = header().into_iter().filter(|h| h != "检验结论").collect();
    let problems = parse_header(&missing).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!((problems[0].row, problems[0].code), (Some(1), ProblemCode::MissingColumn));
    let mut twice = header();
    twice.push("creditCode".to_owned());
    assert_eq!(parse_header(&twice).unwrap_err()[0].code, ProblemCode::DuplicateColumn);
}

#[test]
fn duplicates_and_registry_mismatches_are_reported_at_their_rows() {
    let header = parse_header(&header()).unwrap();
    let (a, b) = (code(701), code(702));
    let rows = vec![
        (2, row([&a, "XK06-001-00701", "甲", "电线", "BV", "2027-02-01", "院", "合格", ""])),
        (3, row([&a, "(苏)XK06-001-00701", "甲", "电线", "BV", "2027-02-01", "院", "合格", ""])),
        (4, row([&b, "XK06-001-00701", "乙", "电线", "BV", "2027-02-02", "院", "合格", ""])),
        (5, row([&code(799), "XK06-001-00799", "丙", "电线", "BV", "2027-02-02", "院", "合格", ""])),
    ];
    let (parsed, problems) = parse_rows(&header, &rows, &campaign(), date("2027-03-01"));
    assert_eq!(
        problems.iter().map(|p| (p.row, p.code)).collect::<Vec<_>>(),
        vec![(Some(3), ProblemCode::DuplicateRow)]
    );
    let enterprises = HashMap::from([(a.clone(), EnterpriseId::new(1)), (b.clone(), EnterpriseId::new(2))]);
    let licenses = HashMap::from([(
        "XK06-001-00701".to_owned(),
        KnownLicense { id: LicenseId::new(10), enterprise_id: EnterpriseId::new(1) },
    )]);
    let (matched, problems) = match_rows(parsed, &enterprises, &licenses);
    assert_eq!(matched.len(), 1);
    assert_eq!(
        problems.iter().map(|p| (p.row, p.code)).collect::<Vec<_>>(),
        vec![
            (Some(4), ProblemCode::LicenseOfAnotherEnterprise),
            (Some(5), ProblemCode::UnknownEnterprise),
            (Some(5), ProblemCode::UnknownLicense),
        ]
    );
}

#[test]
fn the_notice_text_names_each_failed_product_and_stays_within_bounds() {
    let result = ResultRow {
        row: 7,
        credit_code: CreditCode::parse(&code(701)).unwrap(),
        license_number: LicenseNumber::parse("XK06-001-00701").unwrap(),
        enterprise_name: "甲".to_owned(),
        product_name: "电线电缆".to_owned(),
        model: "BV 2.5".to_owned(),
        sampling_date: date("2027-02-01"),
        institution: "江苏省质检院".to_owned(),
        conclusion: Conclusion::Fail,
        failed_items: Some("导体电阻".repeat(300)),
    };
    let matched = MatchedRow { result, enterprise_id: EnterpriseId::new(1), license_id: LicenseId::new(1) };
    let text = notice_text(&campaign(), &[&matched, &matched]);
    assert!(text.starts_with("国家监督抽查不合格（2027年电线电缆国家监督抽查）：电线电缆 BV 2.5"), "{text}");
    assert_eq!(text.chars().count(), TEXT_MAX_CHARS);
    assert_eq!(CampaignLevel::of_role(Role::ProvincialOfficer), Some(CampaignLevel::Provincial));
    assert_eq!(CampaignLevel::of_role(Role::MunicipalOfficer), None);
}
