//! Registry import (`oversight import registry`, docs/adr/0031) on both databases: a file in
//! several batches writes its enterprises, licenses, copy entries, status history, archive
//! events and one audit record per enterprise, and `audit verify` passes; the same file twice
//! is refused; a file with bad rows writes nothing and leaves its report; a provincial
//! officer's file reaching another province is refused; an interrupted import resumes.

use std::collections::BTreeMap;

use futures_util::FutureExt;
use oversight_app::{AppError, Code, CreateOfficer, NewAuthority, RegistryFile, RegistryImportOutcome};
use oversight_domain::registry::credit_code::CreditCode;
use oversight_domain::registry::import::ProblemCode;
use oversight_server::import_cli::{self, RegistryImportOptions, RegistryImportSummary};
use oversight_storage::census;
use oversight_tests::{TestServer, on_both_databases};

const HEADER: &str = "统一社会信用代码,企业名称,行政区划代码,生产地址,企业规模,主要产品,许可证编号,行业,产品单元,发证日期,有效期至,许可证状态\n";

fn code(n: u32, region: &str) -> String {
    CreditCode::from_body(&format!("91{region}{n:09}")).unwrap().as_str().to_owned()
}

/// One row of the template: enterprise `n` of `region` with license `number`.
fn row(n: u32, region: &str, number: &str, industry: &str, status: &str, issued_on: &str) -> String {
    format!(
        "{},存量导入{n}有限公司,{region},工业园路 {n} 号,小型,复合肥料、农药,{number},{industry},{industry},{issued_on},,{status}\n",
        code(n, region)
    )
}

fn issued(server: &TestServer) -> String {
    (server.app.today() - chrono::Duration::days(400)).to_string()
}

/// Three Jiangsu enterprises, four licenses (the first enterprise holds two; one suspended).
fn good_file(server: &TestServer) -> String {
    let day = issued(server);
    [
        HEADER.to_owned(),
        row(1, "320102", "(苏)XK13-001-00001", "复混肥料", "", &day),
        row(2, "320104", "XK13-003-00002", "农药", "暂停", &day),
        row(1, "320102", "(苏)XK13-003-00003", "农药", "", &day),
        row(3, "320105", "XK13-001-00004", "复混肥料", "有效", &day),
    ]
    .concat()
}

fn options(file: std::path::PathBuf, officer: &str) -> RegistryImportOptions {
    RegistryImportOptions { file, officer: officer.to_owned(), batch: 2, report: None, progress: false }
}

/// Row-count differences of every table that changed.
fn grown(before: &BTreeMap<String, i64>, after: &BTreeMap<String, i64>) -> BTreeMap<String, i64> {
    after
        .iter()
        .filter_map(|(table, n)| {
            let was = before.get(table).copied().unwrap_or(0);
            (*n != was).then(|| (table.clone(), n - was))
        })
        .collect()
}

on_both_databases!(a_file_is_imported_in_batches_and_audited, imported_body);

async fn imported_body(server: &TestServer) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("legacy.csv");
    std::fs::write(&file, good_file(server)).unwrap();
    let before = census::row_counts(server.app.store()).await.unwrap();

    let summary = import_cli::registry(&server.app, &options(file.clone(), "national-head")).await.unwrap();
    let RegistryImportSummary::Imported { enterprises, .. } = summary else { panic!("{summary:?}") };
    assert_eq!(enterprises, 3);

    let after = census::row_counts(server.app.store()).await.unwrap();
    let changed = grown(&before, &after);
    let expected: BTreeMap<String, i64> = [
        ("archive_event", 7),
        ("audit_record", 3 + 1),
        ("audit_subject", 7),
        ("enterprise", 3),
        ("enterprise_risk_class", 3),
        ("license", 4),
        ("license_copy_entry", 4),
        ("license_status_change", 1),
        ("registry_import", 1),
        ("risk_assessment", 3),
    ]
    .into_iter()
    .map(|(table, n)| (table.to_owned(), n))
    .collect();
    assert_eq!(changed, expected);

    // What the registry shows: the suspended license, the two of the first enterprise.
    let data = server
        .data(
            r#"query { enterprises(first: 10) { nodes { creditCode name licenses { number status } } } }"#,
            serde_json::json!({}),
        )
        .await;
    let nodes = data["enterprises"]["nodes"].as_array().unwrap();
    assert_eq!(nodes.len(), 3, "{data}");
    let first = nodes.iter().find(|n| n["creditCode"] == code(1, "320102")).unwrap();
    assert_eq!(first["licenses"].as_array().unwrap().len(), 2, "{data}");
    let second = nodes.iter().find(|n| n["creditCode"] == code(2, "320104")).unwrap();
    assert_eq!(second["licenses"][0]["status"], "SUSPENDED", "{data}");

    let verified = server.app.verify_audit_chain().await.unwrap();
    assert!(verified.is_intact(), "{verified:?}");

    // The same bytes again (under another name): refused, nothing written.
    let again = dir.path().join("again.csv");
    std::fs::copy(&file, &again).unwrap();
    let error = import_cli::registry(&server.app, &options(again, "national-head")).await.unwrap_err();
    let error = error.downcast_ref::<AppError>().unwrap();
    assert_eq!(error.code(), Code::RegistryFileAlreadyImported, "{error}");
    assert_eq!(census::row_counts(server.app.store()).await.unwrap(), after);
}

on_both_databases!(a_file_with_bad_rows_writes_nothing, bad_rows_body);

async fn bad_rows_body(server: &TestServer) {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first.csv");
    std::fs::write(&first, good_file(server)).unwrap();
    import_cli::registry(&server.app, &options(first, "national-head")).await.unwrap();
    let before = census::row_counts(server.app.store()).await.unwrap();

    let day = issued(server);
    let mut broken = code(11, "320102");
    broken.pop();
    broken.push('I');
    let text = [
        HEADER.to_owned(),
        row(10, "320102", "XK13-001-00010", "复混肥料", "", &day),
        // A check character that does not check.
        row(11, "320102", "XK13-001-00011", "复混肥料", "", &day).replacen(&code(11, "320102"), &broken, 1),
        // The license number of row 2 again.
        row(12, "320102", "XK13-001-00010", "复混肥料", "", &day),
        // An enterprise the registry holds (the first file's).
        row(1, "320102", "XK13-001-00013", "复混肥料", "", &day),
        // A license the registry holds.
        row(14, "320102", "XK13-003-00003", "农药", "", &day),
    ]
    .concat();
    let file = dir.path().join("bad.csv");
    std::fs::write(&file, text).unwrap();
    let summary = import_cli::registry(&server.app, &options(file.clone(), "national-head")).await.unwrap();
    let RegistryImportSummary::Refused { problems, report, .. } = summary else { panic!("{summary:?}") };
    assert_eq!(problems, 4);
    assert_eq!(census::row_counts(server.app.store()).await.unwrap(), before, "a bad row writes nothing");

    let mut reader = csv::Reader::from_path(&report).unwrap();
    let rows: Vec<(String, String, String)> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_owned(), r[1].to_owned(), r[2].to_owned())
        })
        .collect();
    let expected = [
        ("3", "统一社会信用代码", ProblemCode::InvalidCreditCode),
        ("4", "许可证编号", ProblemCode::DuplicateLicense),
        ("5", "统一社会信用代码", ProblemCode::CreditCodeRegistered),
        ("6", "许可证编号", ProblemCode::LicenseNumberRegistered),
    ]
    .map(|(row, column, code)| (row.to_owned(), column.to_owned(), code.as_str().to_owned()));
    assert_eq!(rows, expected);
}

on_both_databases!(a_provincial_officer_imports_inside_the_province, provincial_body);

async fn provincial_body(server: &TestServer) {
    let app = &server.app;
    let jiangsu = NewAuthority {
        name: "江苏省市场监督管理局".to_owned(),
        region_code: "320000".to_owned(),
        parent_id: server.national_authority,
    };
    let jiangsu = app.create_authority(&server.national, jiangsu).await.unwrap();
    let officer = CreateOfficer {
        authority_id: jiangsu.id,
        name: "苏省导入员".to_owned(),
        badge_number: "JS-IMPORT-1".to_owned(),
        subject: "js-importer".to_owned(),
        tier: oversight_app::Tier::Staff,
        industries: Vec::new(),
    };
    app.create_officer(&server.national, officer).await.unwrap();
    let day = issued(server);
    let text = [
        HEADER.to_owned(),
        row(1, "320102", "XK13-001-00001", "复混肥料", "", &day),
        row(2, "330102", "XK13-001-00002", "复混肥料", "", &day),
    ]
    .concat();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mixed.csv");
    std::fs::write(&file, &text).unwrap();
    let before = census::row_counts(app.store()).await.unwrap();
    let summary = import_cli::registry(app, &options(file, "js-importer")).await.unwrap();
    let RegistryImportSummary::Refused { text: lines, .. } = summary else { panic!("{summary:?}") };
    assert!(lines.contains("row 3, 行政区划代码: OUT_OF_JURISDICTION"), "{lines}");
    assert_eq!(census::row_counts(app.store()).await.unwrap(), before);

    // Inside the province it goes through; a municipal subject is not an importer.
    let inside = dir.path().join("inside.csv");
    std::fs::write(&inside, text.lines().take(2).map(|l| format!("{l}\n")).collect::<String>()).unwrap();
    let summary = import_cli::registry(app, &options(inside.clone(), "js-importer")).await.unwrap();
    assert!(matches!(summary, RegistryImportSummary::Imported { enterprises: 1, .. }), "{summary:?}");
    let error = import_cli::registry(app, &options(inside, "nobody")).await.unwrap_err();
    assert_eq!(error.downcast_ref::<AppError>().unwrap().code(), Code::NotFound);
}

on_both_databases!(an_interrupted_import_resumes_after_its_last_batch, resume_body);

async fn resume_body(server: &TestServer) {
    let app = &server.app;
    let text = good_file(server);
    let file = RegistryFile { name: "legacy.csv", bytes: text.as_bytes(), batch: 2 };
    // The process dies after the first batch committed (a panic in the progress callback).
    let crashed = std::panic::AssertUnwindSafe(app.import_registry(&server.national, file, |done, _| {
        assert!(done < 2, "crash after the first batch");
    }))
    .catch_unwind()
    .await;
    assert!(crashed.is_err());
    let before = census::row_counts(app.store()).await.unwrap();
    assert_eq!(before["enterprise"], 2, "the first batch is committed");

    let outcome = app.import_registry(&server.national, file, |_, _| {}).await.unwrap();
    let RegistryImportOutcome::Imported { import, resumed_after } = outcome else { panic!("{outcome:?}") };
    assert_eq!((resumed_after, import.enterprises_done, import.enterprise_count), (Some(2), 3, 3));
    let after = census::row_counts(app.store()).await.unwrap();
    assert_eq!((after["enterprise"], after["license"]), (3, 4));
    assert!(app.verify_audit_chain().await.unwrap().is_intact());
}

on_both_databases!(the_documented_template_imports, template_body);

/// `docs/registry-import-template.csv`, the README's sample, imports (Jiangsu and Zhejiang: the
/// national head's reach), one enterprise with two licenses. Its dates are written for 2026; the
/// test moves them by whole years to today's, so the licenses stay in force whatever year the
/// suite runs in.
async fn template_body(server: &TestServer) {
    use chrono::Datelike;
    let template =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/registry-import-template.csv");
    let text = std::fs::read_to_string(template).unwrap();
    let shift = server.app.today().year() - 2026;
    let moved = ["2025-", "2030-"].iter().fold(text, |text, year| {
        let moved: i32 = year[..4].parse::<i32>().unwrap() + shift;
        text.replace(year, &format!("{moved}-"))
    });
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("registry-import-template.csv");
    std::fs::write(&file, moved).unwrap();
    let summary = import_cli::registry(&server.app, &options(file, "national-head")).await.unwrap();
    let RegistryImportSummary::Imported { enterprises, text, .. } = summary else { panic!("{summary:?}") };
    assert_eq!(enterprises, 2);
    assert!(text.contains("2 enterprises, 3 licenses"), "{text}");
}
