//! Exports (导出, docs/adr/0028) end to end: `requestExport` through GraphQL, the file downloaded
//! over HTTP through the signed URL and parsed back — CSV with the csv crate (BOM, Chinese
//! headers, RFC 4180 quoting, as many rows as the list counts), XLSX with calamine (headers,
//! typed cells, the statistics sheet) — on both databases; the caller's scope and filter bound
//! the file; a tampered URL is 403; refused requests write nothing.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use oversight_tests::{TestServer, claims, on_both_databases};
use serde_json::{Value, json};

use crate::common::{census, credit_code, issue, register};

const REQUEST: &str =
    "mutation($input: RequestExportInput!) { requestExport(input: $input) { url expiresAt fileName } }";

/// Requests an export and returns the whole response body.
async fn request(server: &TestServer, token: &str, input: Value) -> Value {
    server.graphql_as(token, REQUEST, json!({ "input": input })).await
}

fn code(body: &Value) -> &str {
    body["errors"][0]["extensions"]["code"].as_str().unwrap_or("")
}

/// Downloads a URL: status, headers of interest, bytes.
async fn download(server: &TestServer, url: &str) -> (u16, Vec<(String, String)>, Vec<u8>) {
    let response = server.client().get(server.url(url)).send().await.unwrap();
    let status = response.status().as_u16();
    let headers = ["content-type", "content-disposition", "cache-control"]
        .iter()
        .map(|name| {
            let value = response.headers().get(*name).map(|v| v.to_str().unwrap().to_owned());
            ((*name).to_owned(), value.unwrap_or_default())
        })
        .collect();
    (status, headers, response.bytes().await.unwrap().to_vec())
}

/// Requests and downloads an export, asserting both succeed; returns the file name and bytes.
async fn exported(server: &TestServer, token: &str, input: Value) -> (String, Vec<u8>) {
    let body = request(server, token, input).await;
    let payload = &body["data"]["requestExport"];
    let url = payload["url"].as_str().unwrap_or_else(|| panic!("{body}"));
    let (status, headers, bytes) = download(server, url).await;
    assert_eq!(status, 200, "{url}");
    assert!(headers[2].1.contains("no-store"), "{headers:?}");
    assert!(headers[1].1.contains("filename*=UTF-8''"), "{headers:?}");
    (payload["fileName"].as_str().unwrap().to_owned(), bytes)
}

/// The CSV's header and records, after checking the byte-order mark.
fn read_csv(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "UTF-8 BOM first");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let header = reader.headers().unwrap().iter().map(str::to_owned).collect();
    let records = reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect();
    (header, records)
}

async fn world(server: &TestServer) -> (String, Vec<String>) {
    let chain = server.jiangsu_chain().await;
    let names = ["南京导出电缆有限公司", "南京\"双引号\",逗号电缆有限公司", "杭州导出电缆有限公司"];
    let regions = ["320102", "320102", "330106"];
    let mut enterprises = Vec::new();
    for (n, (name, region)) in names.iter().zip(regions).enumerate() {
        let id = register(server, &credit_code(region, 900 + n as u32), name, region).await;
        issue(server, &id, &format!("XK06-001-{:05}", 900 + n), "wire-cable").await;
        enterprises.push(id);
    }
    let jiangsu = server.token(&claims(
        "js-exporter",
        &format!("authority:{}", chain.jiangsu.id),
        "provincial_officer",
        Some("staff"),
    ));
    (jiangsu, enterprises)
}

async fn csv_and_xlsx(server: &TestServer) {
    let (jiangsu, _) = world(server).await;
    let today = oversight_tests::today();

    // CSV of every enterprise, for the national authority: as many rows as the list counts.
    let (file_name, bytes) =
        exported(server, &server.national_token, json!({ "list": "ENTERPRISES", "format": "CSV" })).await;
    assert_eq!(file_name, format!("企业名录-{today}.csv"));
    let (header, records) = read_csv(&bytes);
    assert_eq!(header[..2], ["统一社会信用代码", "企业名称"]);
    let total = server.data("{ enterprises { totalCount } }", json!({})).await;
    assert_eq!(records.len() as u64, total["enterprises"]["totalCount"].as_u64().unwrap());
    assert!(
        records.iter().any(|r| r[1] == "南京\"双引号\",逗号电缆有限公司"),
        "RFC 4180 quoting round-trips"
    );
    assert!(records.iter().all(|r| r.len() == header.len()));

    // The list's own filter: Zhejiang's enterprises only.
    let input = json!({ "list": "ENTERPRISES", "format": "CSV", "filter": { "enterprises": { "regionPrefix": "33" } } });
    let (_, bytes) = exported(server, &server.national_token, input).await;
    let (_, records) = read_csv(&bytes);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0][1], "杭州导出电缆有限公司");

    // XLSX of licenses for Jiangsu's officer: Jiangsu's two, typed cells, the statistics sheet.
    let (file_name, bytes) =
        exported(server, &jiangsu, json!({ "list": "LICENSES", "format": "XLSX" })).await;
    assert_eq!(file_name, format!("生产许可证-{today}.xlsx"));
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    assert_eq!(workbook.sheet_names(), ["生产许可证", "统计"]);
    let sheet = workbook.worksheet_range("生产许可证").unwrap();
    assert_eq!(sheet.height(), 3, "the header and Jiangsu's two licenses");
    let header: Vec<String> = sheet.rows().next().unwrap().iter().map(ToString::to_string).collect();
    assert_eq!(header[..2], ["许可证编号", "企业名称"]);
    assert_eq!(header[6..8], ["发证日期", "有效期至"]);
    let first = sheet.rows().nth(1).unwrap();
    assert!(first[0].to_string().ends_with("XK06-001-00900"), "{:?}", first[0]);
    assert_eq!(first[1], Data::String("南京导出电缆有限公司".to_owned()));
    // An Excel date is days since 1899-12-30 (the 1900 leap-year quirk included).
    let issued = match &first[6] {
        Data::DateTime(at) => chrono::NaiveDate::from_ymd_opt(1899, 12, 30)
            .map(|epoch| epoch + chrono::Duration::days(at.as_f64() as i64)),
        _ => None,
    };
    assert_eq!(issued, Some(today - chrono::Duration::days(100)), "dates are Excel dates: {:?}", first[6]);
    assert_eq!(first[8], Data::String("有效".to_owned()));
    let statistics = workbook.worksheet_range("统计").unwrap();
    assert_eq!(statistics.get_value((2, 0)), Some(&Data::String("行业".to_owned())));
    assert_eq!(statistics.get_value((2, 5)), Some(&Data::String("地区".to_owned())));
    assert_eq!(statistics.get_value((2, 10)), Some(&Data::String("月份".to_owned())));

    // Who exported what is in the audit trail.
    let audited = server
        .data(
            "{ auditRecords(filter: { operation: \"requestExport\" }, first: 10) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(audited["auditRecords"]["totalCount"], 3, "{audited}");

    // Patrols and follow-up visits: none recorded yet, the header only, no statistics sheet.
    let (file_name, bytes) =
        exported(server, &jiangsu, json!({ "list": "PATROL_RECORDS", "format": "XLSX" })).await;
    assert_eq!(file_name, format!("巡查回访记录-{today}.xlsx"));
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    assert_eq!(workbook.sheet_names(), ["巡查回访记录"]);
    let sheet = workbook.worksheet_range("巡查回访记录").unwrap();
    assert_eq!(sheet.height(), 1);
    assert_eq!(sheet.get_value((0, 4)), Some(&Data::String("检查日期".to_owned())));
}

on_both_databases!(an_export_is_requested_downloaded_and_read_back, csv_and_xlsx);

async fn refusals(server: &TestServer) {
    let (jiangsu, enterprises) = world(server).await;
    let body = request(server, &jiangsu, json!({ "list": "ENTERPRISES", "format": "CSV" })).await;
    let url = body["data"]["requestExport"]["url"].as_str().unwrap().to_owned();
    let (path, query) = url.split_once('?').unwrap();
    // Another token under the same signature (a wider filter, another caller), a changed
    // signature or expiry, no query: 403 with no body.
    let widened = format!("{}A?{query}", path);
    let expires: i64 = query.split('&').next().unwrap().trim_start_matches("expires=").parse().unwrap();
    for bad in [
        widened,
        url.replace("signature=", "signature=00"),
        url.replace(&format!("expires={expires}"), &format!("expires={}", expires + 3600)),
        path.to_owned(),
    ] {
        let (status, _, bytes) = download(server, &bad).await;
        assert_eq!(status, 403, "{bad}");
        assert!(bytes.is_empty());
    }
    // The untampered URL serves the caller's scope only: Jiangsu's two enterprises.
    let (status, _, bytes) = download(server, &url).await;
    assert_eq!(status, 200);
    assert_eq!(read_csv(&bytes).1.len(), 2);

    let before = census(server).await;
    let owner = server.token(&claims(
        "ent-user",
        &format!("enterprise:{}", crate::cast::numeric(&enterprises[0])),
        "enterprise_user",
        None,
    ));
    let cases = [
        (
            "a filter of another list",
            server.national_token.clone(),
            json!({ "list": "ENTERPRISES", "format": "CSV", "filter": { "licenses": { "regionPrefix": "32" } } }),
            "EXPORT_FILTER_MISMATCH",
        ),
        (
            "the list's own filter refuses",
            server.national_token.clone(),
            json!({ "list": "LICENSES", "format": "XLSX", "filter": { "licenses": { "industry": "no-such-industry" } } }),
            "UNKNOWN_INDUSTRY",
        ),
        (
            "a list the caller does not read",
            owner,
            json!({ "list": "LINKAGE_NOTICES", "format": "CSV" }),
            "FORBIDDEN",
        ),
    ];
    for (label, token, input, expected) in cases {
        let body = request(server, &token, input).await;
        assert_eq!(code(&body), expected, "{label}: {body}");
    }
    assert_eq!(census(server).await, before, "a refused export request writes nothing");
}

on_both_databases!(a_refused_or_tampered_export_reveals_nothing, refusals);

const OPEN: &str = "mutation($i: OpenTestingTaskInput!) { openTestingTask(input: $i) { task { id } } }";
const SUBMIT: &str = "mutation($i: SubmitTestResultsInput!) { submitTestResults(input: $i) { outcomes { verdict { conclusion } } } }";

/// The wire-cable results of one sample; `resistance` 7.60 at 25 °C fails.
fn results(task: &str, resistance: &str, temperature: &str) -> Value {
    json!({ "taskId": task, "results": [
        { "item": "conductor_resistance", "value": resistance, "unit": "Ω/km", "conditions": [{ "name": "temperature_c", "value": temperature }] },
        { "item": "insulation_elongation", "value": "180", "unit": "%" },
        { "item": "insulation_tensile_strength", "value": "15.0", "unit": "N/mm²" },
        { "item": "insulation_tensile_variation_after_ageing", "value": "-8", "unit": "%" },
        { "item": "insulation_thickness_mean", "value": "0.85", "unit": "mm" },
        { "item": "insulation_thickness_thinnest", "value": "0.75", "unit": "mm" },
        { "item": "marking", "value": "conforming", "unit": "" },
        { "item": "voltage_test", "value": "no_breakdown", "unit": "" },
    ]})
}

async fn charted(server: &TestServer) {
    let cast = crate::cast::world(server).await;
    let sampled = server.app.today() - chrono::Duration::days(10);
    let mut tasks = Vec::new();
    for (n, license) in cast.licenses.iter().enumerate() {
        let input = json!({ "i": {
            "licenseNumber": license, "variant": "BV-2.5", "batch": format!("批次 {n}"), "declared": [],
            "declaredStandards": ["GB/T 3956", "GB/T 5023"], "samplingDate": sampled.to_string(),
            "testPortion": "4 卷 × 100 m", "backupPortion": "2 卷 × 100 m (封存)" } });
        let body = server.graphql_as(&cast.county, OPEN, input).await;
        tasks.push(
            body["data"]["openTestingTask"]["task"]["id"]
                .as_str()
                .unwrap_or_else(|| panic!("{body}"))
                .to_owned(),
        );
    }
    let submissions = json!([results(&tasks[0], "7.00", "20"), results(&tasks[1], "7.60", "25")]);
    let input = json!({ "i": { "idempotencyKey": "export-charts", "submissions": submissions } });
    let body = server.graphql_as(&cast.lab, SUBMIT, input).await;
    assert_eq!(
        body["data"]["submitTestResults"]["outcomes"][1]["verdict"]["conclusion"], "NONCONFORMING",
        "{body}"
    );

    // The province's workbook: the two tasks with their verdicts, and the charts' figures.
    let (_, bytes) =
        exported(server, &cast.provincial, json!({ "list": "TESTING_TASKS", "format": "XLSX" })).await;
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    assert_eq!(workbook.sheet_names(), ["监督检验任务", "统计"]);
    let sheet = workbook.worksheet_range("监督检验任务").unwrap();
    assert_eq!(sheet.height(), 3);
    let header: Vec<String> = sheet.rows().next().unwrap().iter().map(ToString::to_string).collect();
    assert_eq!(header[8..10], ["合格项数（项）", "不合格项数（项）"]);
    let failing = sheet.rows().nth(2).unwrap();
    assert_eq!(failing[1], Data::String("南京电缆2有限公司".to_owned()));
    assert!(matches!(failing[3], Data::DateTime(_)), "the sampling date is an Excel date: {:?}", failing[3]);
    assert_eq!(failing[9], Data::Float(1.0), "one failed item, as a number");
    let statistics = workbook.worksheet_range("统计").unwrap();
    let at = |row: u32, col: u32| statistics.get_value((row, col)).cloned();
    // By industry, by region (Jiangsu's cities: Nanjing), by month: one passed, one failed, 50.0 %.
    for col in [0, 5, 10] {
        assert_eq!(
            (at(3, col + 1), at(3, col + 2), at(3, col + 4)),
            (Some(Data::Float(1.0)), Some(Data::Float(1.0)), Some(Data::Float(50.0))),
            "table at column {col}"
        );
    }
    assert_eq!(at(3, 5), Some(Data::String("南京市".to_owned())));
    assert_eq!(at(3, 10), Some(Data::String(sampled.format("%Y-%m").to_string())));

    // The laboratory's CSV of its queue: the same two tasks, no statistics (it reads no dashboard).
    let (_, bytes) = exported(server, &cast.lab, json!({ "list": "TESTING_TASKS", "format": "CSV" })).await;
    let (header, records) = read_csv(&bytes);
    assert_eq!(header[6], "检验结论");
    assert_eq!(records.len(), 2);
    let (_, bytes) = exported(server, &cast.lab, json!({ "list": "TESTING_TASKS", "format": "XLSX" })).await;
    let workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    assert_eq!(workbook.sheet_names(), ["监督检验任务"]);
}

on_both_databases!(
    a_task_export_charts_pass_rates_by_industry_region_and_month,
    charted,
    plugins = crate::cast::WIRE_CABLE
);

/// The headers of the handling lists, as the files must carry them (a renamed column is a
/// changed contract with the officers' spreadsheets).
const RECTIFICATION_HEADER: [&str; 12] = [
    "整改编号",
    "企业名称",
    "统一社会信用代码",
    "许可证编号",
    "行业",
    "状态",
    "下达日期",
    "整改期限",
    "延期天数（天）",
    "逾期未复查",
    "不合格任务编号",
    "复查任务编号",
];
const PROPOSAL_HEADER: [&str; 13] = [
    "建议编号",
    "来源",
    "企业名称",
    "统一社会信用代码",
    "许可证编号",
    "状态",
    "理由",
    "提请时间",
    "提出人",
    "提出时间",
    "决定人",
    "决定时间",
    "决定理由",
];
const REVIEW_HEADER: [&str; 15] = [
    "审查编号",
    "年度",
    "企业名称",
    "统一社会信用代码",
    "许可证编号",
    "行业",
    "状态",
    "纳入日期",
    "报送期限",
    "首次报送日期",
    "逾期起始日期",
    "催报次数（次）",
    "结论日期",
    "整改期限",
    "结论意见",
];
const MEASURE_HEADER: [&str; 16] = [
    "措施编号",
    "巡查记录编号",
    "企业名称",
    "许可证编号",
    "措施类型",
    "状态",
    "下达日期",
    "整改期限",
    "针对问题项目",
    "处罚决定书文号",
    "罚没金额（元）",
    "移送部门",
    "回执日期",
    "办结日期",
    "办理情况",
    "检验任务编号",
];
const FOLLOW_UP_HEADER: [&str; 9] = [
    "回访编号",
    "企业名称",
    "许可证编号",
    "来源",
    "整改期限",
    "状态",
    "遗留问题项目",
    "回访记录编号",
    "生成时间",
];

/// A CSV export's header and records.
async fn csv_of(
    server: &TestServer,
    token: &str,
    list: &str,
    filter: Value,
) -> (Vec<String>, Vec<Vec<String>>) {
    let input = json!({ "list": list, "format": "CSV", "filter": filter });
    read_csv(&exported(server, token, input).await.1)
}

/// An XLSX export's only sheet (no statistics sheet: these lists are not samples), as rows of cells.
async fn sheet_of(server: &TestServer, token: &str, list: &str, name: &str) -> Vec<Vec<Data>> {
    sheet_filtered(server, token, (list, json!({})), name).await
}

/// `sheet_of` with the list's filter.
async fn sheet_filtered(
    server: &TestServer,
    token: &str,
    (list, filter): (&str, Value),
    name: &str,
) -> Vec<Vec<Data>> {
    let input = json!({ "list": list, "format": "XLSX", "filter": filter });
    let (file_name, bytes) = exported(server, token, input).await;
    assert_eq!(file_name, format!("{name}-{}.xlsx", server.app.today()));
    assert_eq!(&bytes[..2], b"PK", "an XLSX file is a zip");
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    assert_eq!(workbook.sheet_names(), [name], "one sheet, no charts");
    workbook.worksheet_range(name).unwrap().rows().map(<[Data]>::to_vec).collect()
}

fn strings(row: &[Data]) -> Vec<String> {
    row.iter().map(ToString::to_string).collect()
}

/// How many rows a list query counts for `token`.
async fn total(server: &TestServer, token: &str, list: &str) -> usize {
    let body = server.graphql_as(token, &format!("{{ {list} {{ totalCount }} }}"), json!({})).await;
    body["data"][list]["totalCount"].as_u64().unwrap_or_else(|| panic!("{body}")) as usize
}

/// The lists that handle what supervision found — rectifications, revocation proposals, annual
/// reviews, patrol measures and follow-ups — exported: headers, rows and typed cells, the list's
/// own filter, the caller's scope; a testing institution (which reads none of them) is refused.
async fn handling_lists(server: &TestServer) {
    let world = crate::cast::world(server).await;
    // A failing sample rectified and failing its re-check: a rectification, a proposal due and
    // the spot check's follow-up; then a patrol's rectify-by-deadline measure and its follow-up;
    // then the province's review year enrols both licenses.
    crate::node::supervision_objects(server, &world).await;
    crate::patrol::patrol_with_rectification(server, &world).await;
    let opened = server
        .graphql_as(
            &world.provincial,
            "mutation { openReviewYear(input: { submissionWorkingDays: 20 }) { enrolled } }",
            json!({}),
        )
        .await;
    assert_eq!(opened["data"]["openReviewYear"]["enrolled"], 2, "{opened}");
    let today = server.app.today().to_string();
    let first = "南京电缆1有限公司";

    // Rectifications: the one referred for revocation, not overdue (its re-check concluded).
    let (header, records) = csv_of(server, &world.provincial, "RECTIFICATIONS", json!({})).await;
    assert_eq!(header, RECTIFICATION_HEADER);
    assert_eq!(records.len(), total(server, &world.provincial, "rectifications").await);
    assert_eq!(records.len(), 1);
    assert_eq!((records[0][1].as_str(), records[0][3].as_str()), (first, world.licenses[0].as_str()));
    assert_eq!(records[0][2].len(), 18, "the credit code: {:?}", records[0]);
    assert_eq!(records[0][5..6], ["已提请吊销"]);
    assert_eq!(records[0][9..10], ["否"]);
    assert!(!records[0][11].is_empty(), "the re-check task: {:?}", records[0]);
    let still_running = json!({ "rectificationStatus": "RECTIFYING" });
    assert!(csv_of(server, &world.provincial, "RECTIFICATIONS", still_running).await.1.is_empty());
    let rows = sheet_of(server, &world.county, "RECTIFICATIONS", "整改").await;
    assert_eq!(strings(&rows[0]), RECTIFICATION_HEADER);
    assert!(matches!(rows[1][7], Data::DateTime(_)), "the deadline is an Excel date: {:?}", rows[1][7]);
    assert!(matches!(rows[1][0], Data::Float(_)), "the number is a number: {:?}", rows[1][0]);

    // Revocation proposals: the one due in the province's queue, raised by the failed re-check.
    let (header, records) = csv_of(server, &world.national_head, "REVOCATION_PROPOSALS", json!({})).await;
    assert_eq!(header, PROPOSAL_HEADER);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0][1..3], ["复查不合格", first]);
    assert_eq!(records[0][4..6], [world.licenses[0].as_str(), "待省局提出"]);
    let pending = json!({ "proposalStatus": "PENDING" });
    assert!(csv_of(server, &world.national_head, "REVOCATION_PROPOSALS", pending).await.1.is_empty());
    let rows = sheet_of(server, &world.provincial, "REVOCATION_PROPOSALS", "吊销建议").await;
    assert_eq!((strings(&rows[0]), rows.len()), (PROPOSAL_HEADER.map(str::to_owned).to_vec(), 2));

    // Annual reviews: both licenses enrolled, pending; the filter narrows to one enterprise.
    let (header, records) = csv_of(server, &world.provincial, "ANNUAL_REVIEWS", json!({})).await;
    assert_eq!(header, REVIEW_HEADER);
    assert_eq!(records.len(), 2);
    assert!(records.iter().all(|r| r[6] == "待报送" && r[7] == today), "{records:?}");
    let second = json!({ "annualReviews": { "enterpriseId": world.enterprises[1] } });
    let (_, records) = csv_of(server, &world.provincial, "ANNUAL_REVIEWS", second).await;
    assert_eq!(records.len(), 1);
    assert_eq!(records[0][2], "南京电缆2有限公司");
    let rows = sheet_of(server, &world.county, "ANNUAL_REVIEWS", "年度审查").await;
    assert_eq!(strings(&rows[0]), REVIEW_HEADER);
    assert!(matches!(rows[1][8], Data::DateTime(_)), "the deadline is an Excel date: {:?}", rows[1][8]);

    // Patrol measures: the rectification by a deadline ordered on the packaging finding.
    let (header, records) = csv_of(server, &world.county, "PATROL_MEASURES", json!({})).await;
    assert_eq!(header, MEASURE_HEADER);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0][2..6], [first, world.licenses[0].as_str(), "限期改正", "办理中"]);
    assert!(records[0][7] > today, "a deadline ahead: {:?}", records[0]);
    assert_eq!(records[0][8..10], ["PACKAGING_LABELING", ""]);
    let done = json!({ "patrolMeasures": { "statuses": ["DONE"] } });
    assert!(csv_of(server, &world.county, "PATROL_MEASURES", done).await.1.is_empty());

    // Follow-ups: the spot check's and the patrol's, in deadline order; none visited yet.
    let (header, records) = csv_of(server, &world.county, "FOLLOW_UPS", json!({})).await;
    assert_eq!(header, FOLLOW_UP_HEADER);
    assert_eq!(records.len(), total(server, &world.county, "followUps").await);
    let origins: Vec<&str> = records.iter().map(|r| r[3].as_str()).collect();
    assert_eq!(origins, ["监督检验不合格", "巡查限期改正"], "deadline order: {records:?}");
    assert_eq!(records[1][5..7], ["未到期", "PACKAGING_LABELING"]);
    let visited = json!({ "followUps": { "state": "DONE" } });
    assert!(csv_of(server, &world.county, "FOLLOW_UPS", visited).await.1.is_empty());
    let rows = sheet_of(server, &world.county, "FOLLOW_UPS", "回访").await;
    assert_eq!((strings(&rows[0]), rows.len()), (FOLLOW_UP_HEADER.map(str::to_owned).to_vec(), 3));

    // The caller's scope bounds the file: each enterprise exports its own, the second has none.
    let own = csv_of(server, &world.enterprise_user, "RECTIFICATIONS", json!({})).await.1;
    assert_eq!(own.len(), 1);
    assert!(csv_of(server, &world.enterprise2_user, "RECTIFICATIONS", json!({})).await.1.is_empty());
    assert!(csv_of(server, &world.enterprise2_user, "FOLLOW_UPS", json!({})).await.1.is_empty());
    assert_eq!(csv_of(server, &world.enterprise2_user, "ANNUAL_REVIEWS", json!({})).await.1.len(), 1);

    // Refused, writing nothing: a list outside the caller's reach, another list's filter.
    let before = census(server).await;
    for list in ["RECTIFICATIONS", "REVOCATION_PROPOSALS", "ANNUAL_REVIEWS", "PATROL_MEASURES", "FOLLOW_UPS"]
    {
        let body = request(server, &world.lab, json!({ "list": list, "format": "CSV" })).await;
        assert_eq!(code(&body), "FORBIDDEN", "a testing institution exports no {list}: {body}");
    }
    let mismatches = [
        (
            "ANNUAL_REVIEWS",
            json!({ "rectifications": { "industry": "wire-cable" } }),
            "input.filter.rectifications",
        ),
        ("FOLLOW_UPS", json!({ "proposalStatus": "PENDING" }), "input.filter.proposalStatus"),
        ("RECTIFICATIONS", json!({ "followUps": { "state": "DUE" } }), "input.filter.followUps"),
    ];
    for (list, filter, field) in mismatches {
        let body =
            request(server, &world.provincial, json!({ "list": list, "format": "CSV", "filter": filter }))
                .await;
        assert_eq!(code(&body), "EXPORT_FILTER_MISMATCH", "{list}: {body}");
        assert_eq!(body["errors"][0]["extensions"]["field"], field, "{body}");
    }
    let backwards = json!({ "list": "RECTIFICATIONS", "format": "CSV",
        "filter": { "rectifications": { "deadlineFrom": today, "deadlineTo": "2000-01-01" } } });
    assert_eq!(code(&request(server, &world.provincial, backwards).await), "INVALID_DATE_RANGE");
    assert_eq!(census(server).await, before, "a refused export request writes nothing");
}

on_both_databases!(
    the_handling_lists_export_with_their_own_filters_and_scope,
    handling_lists,
    plugins = crate::cast::WIRE_CABLE
);

const ORDER_HEADER: [&str; 16] = [
    "督办编号",
    "督办地区",
    "承办地区",
    "督办事项",
    "企业名称",
    "事项说明",
    "督办内容",
    "下达日期",
    "办理时限（工作日）",
    "办结期限",
    "状态",
    "逾期",
    "签收日期",
    "完成日期",
    "验收日期",
    "退回次数（次）",
];
const REQUEST_HEADER: [&str; 13] = [
    "请示编号",
    "类型",
    "状态",
    "提出地区",
    "答复地区",
    "内容",
    "提出日期",
    "答复期限",
    "逾期",
    "答复",
    "答复日期",
    "解决日期",
    "重新提出次数（次）",
];

/// The work between tiers exported: Jiangsu's order to Xuanwu about an enterprise and Xuanwu's
/// request to Nanjing, each read by the authorities of the tiers it joins (the lists' own scope
/// function, `tier_scope`), with the lists' own filters; enterprises and institutions are refused.
async fn tier_lists(server: &TestServer) {
    let world = crate::cast::world(server).await;
    let seats =
        server.graphql_as(&world.county, "{ viewer { authority { id parent { id } } } }", json!({})).await;
    let xuanwu = &seats["data"]["viewer"]["authority"]["id"];
    let nanjing = &seats["data"]["viewer"]["authority"]["parent"]["id"];
    let issued = server
        .graphql_as(
            &world.provincial_leader,
            "mutation($i: IssueSupervisionOrderInput!) { issueSupervisionOrder(input: $i) { order { id } } }",
            json!({ "i": { "targetAuthorityId": xuanwu, "subjectKind": "ENTERPRISE", "subjectId": world.enterprises[0],
                           "text": "督办：抽查不合格企业整改", "workingDays": 5 } }),
        )
        .await;
    assert!(issued.get("errors").is_none(), "{issued}");
    let raised = server
        .graphql_as(
            &world.county,
            "mutation($i: RaiseLowerTierRequestInput!) { raiseLowerTierRequest(input: $i) { request { id } } }",
            json!({ "i": { "toAuthorityId": nanjing, "kind": "DIFFICULTY", "text": "检测设备不足，无法开展现场快检" } }),
        )
        .await;
    assert!(raised.get("errors").is_none(), "{raised}");
    let today = server.app.today().to_string();

    // The order, as the province that issued it and the county that received it read it.
    let (header, records) = csv_of(server, &world.provincial, "SUPERVISION_ORDERS", json!({})).await;
    assert_eq!(header, ORDER_HEADER);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0][1..5], ["江苏省", "玄武区", "企业", "南京电缆1有限公司"]);
    assert_eq!(records[0][6..8], ["督办：抽查不合格企业整改", today.as_str()]);
    assert_eq!(records[0][8], "5");
    assert_eq!(records[0][10..12], ["已下达", "否"]);
    assert!(records[0][9] > today, "a deadline ahead: {:?}", records[0]);
    let overdue = json!({ "supervisionOrders": { "overdue": true } });
    assert!(csv_of(server, &world.provincial, "SUPERVISION_ORDERS", overdue).await.1.is_empty());
    let rows = sheet_of(server, &world.county, "SUPERVISION_ORDERS", "督查督办").await;
    assert_eq!((strings(&rows[0]), rows.len()), (ORDER_HEADER.map(str::to_owned).to_vec(), 2));
    assert!(matches!(rows[1][9], Data::DateTime(_)), "the deadline is an Excel date: {:?}", rows[1][9]);
    assert_eq!(rows[1][8], Data::Float(5.0), "working days, as a number");

    // The request, as the county that raised it reads it.
    let (header, records) = csv_of(server, &world.county, "LOWER_TIER_REQUESTS", json!({})).await;
    assert_eq!(header, REQUEST_HEADER);
    assert_eq!(records.len(), 1);
    assert_eq!(
        records[0][1..7],
        ["困难", "待答复", "玄武区", "南京市", "检测设备不足，无法开展现场快检", today.as_str()]
    );
    let answered = json!({ "lowerTierRequests": { "status": "ANSWERED" } });
    assert!(csv_of(server, &world.county, "LOWER_TIER_REQUESTS", answered).await.1.is_empty());
    let rows = sheet_of(server, &world.provincial, "LOWER_TIER_REQUESTS", "下级反映事项").await;
    assert_eq!((strings(&rows[0]), rows.len()), (REQUEST_HEADER.map(str::to_owned).to_vec(), 2));

    // Refused, writing nothing: callers outside the tiers, another list's filter.
    let before = census(server).await;
    for (token, list) in [
        (&world.enterprise_user, "SUPERVISION_ORDERS"),
        (&world.enterprise_user, "LOWER_TIER_REQUESTS"),
        (&world.lab, "SUPERVISION_ORDERS"),
        (&world.lab, "LOWER_TIER_REQUESTS"),
    ] {
        let body = request(server, token, json!({ "list": list, "format": "CSV" })).await;
        assert_eq!(code(&body), "FORBIDDEN", "{list}: {body}");
    }
    let input = json!({ "list": "SUPERVISION_ORDERS", "format": "XLSX",
        "filter": { "lowerTierRequests": { "overdue": true } } });
    assert_eq!(code(&request(server, &world.provincial, input).await), "EXPORT_FILTER_MISMATCH");
    assert_eq!(census(server).await, before, "a refused export request writes nothing");
}

on_both_databases!(the_tier_lists_export_in_the_tiers_scope, tier_lists, plugins = crate::cast::WIRE_CABLE);

const DUE_HEADER: [&str; 13] = [
    "许可证编号",
    "企业名称",
    "统一社会信用代码",
    "所在地区",
    "行业",
    "风险等级",
    "发证日期",
    "最近抽样日期",
    "下次应检日期",
    "逾期",
    "漏检次数（次）",
    "年检验次数（次）",
    "期间应检日期",
];

const DUE_LIST: &str = r#"query($a: ID!, $from: NaiveDate!, $to: NaiveDate!) {
  dueTests(authority: $a, from: $from, to: $to) { totalCount edges { node { license { number } nextDue } } } }"#;

/// The compulsory tests due (应检) exported: the rows the `dueTests` list shows for the same
/// authority and window, in license order, with their next due dates; the list's own refusals
/// (an authority outside the caller's jurisdiction, a window too long, a caller who is no
/// officer) refuse the export, writing nothing.
async fn due_list(server: &TestServer) {
    let world = crate::cast::world(server).await;
    let seats =
        server.graphql_as(&world.county, "{ viewer { authority { id parent { id } } } }", json!({})).await;
    let xuanwu = seats["data"]["viewer"]["authority"]["id"].as_str().unwrap().to_owned();
    let nanjing = seats["data"]["viewer"]["authority"]["parent"]["id"].as_str().unwrap().to_owned();
    let today = server.app.today();
    let window = |authority: &str, days: i64| {
        json!({ "authority": authority, "from": today.to_string(),
                "to": (today + chrono::Duration::days(days)).to_string() })
    };

    let filter = json!({ "dueTests": window(&xuanwu, 364) });
    let (header, records) = csv_of(server, &world.county, "DUE_TESTS", filter.clone()).await;
    assert_eq!(header, DUE_HEADER);
    let vars = json!({ "a": xuanwu, "from": today.to_string(), "to": (today + chrono::Duration::days(364)).to_string() });
    let listed = server.graphql_as(&world.county, DUE_LIST, vars).await;
    let shown: Vec<(String, String)> = listed["data"]["dueTests"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{listed}"))
        .iter()
        .map(|e| {
            (
                e["node"]["license"]["number"].as_str().unwrap().to_owned(),
                e["node"]["nextDue"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let exported: Vec<(String, String)> = records.iter().map(|r| (r[0].clone(), r[8].clone())).collect();
    assert_eq!(exported, shown, "the file is the list");
    assert_eq!(exported.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), world.licenses);
    assert_eq!((records[0][1].as_str(), records[0][3].as_str()), ("南京电缆1有限公司", "玄武区"));
    // Issued 100 days ago, never sampled, tested four times a year: the first quarter's test
    // passed unsampled.
    let overdue = |r: &Vec<String>| r[5].ends_with('类') && r[7].is_empty() && r[9..12] == ["是", "1", "4"];
    assert!(records.iter().all(overdue), "{records:?}");
    let rows = sheet_filtered(server, &world.provincial, ("DUE_TESTS", filter), "应检清单").await;
    assert_eq!((strings(&rows[0]), rows.len()), (DUE_HEADER.map(str::to_owned).to_vec(), 3));
    assert!(matches!(rows[1][8], Data::DateTime(_)), "the next due date is an Excel date: {:?}", rows[1][8]);

    let before = census(server).await;
    let cases = [
        (
            "the county lists no city",
            &world.county,
            json!({ "dueTests": window(&nanjing, 364) }),
            "OUT_OF_JURISDICTION",
        ),
        (
            "a window over 366 days",
            &world.county,
            json!({ "dueTests": window(&xuanwu, 400) }),
            "INVALID_DATE_RANGE",
        ),
        ("a testing institution", &world.lab, json!({ "dueTests": window(&xuanwu, 364) }), "FORBIDDEN"),
        ("an enterprise", &world.enterprise_user, json!({ "dueTests": window(&xuanwu, 364) }), "FORBIDDEN"),
        ("no authority named", &world.county, json!({}), "EXPORT_FILTER_MISMATCH"),
    ];
    for (label, token, filter, expected) in cases {
        let body =
            request(server, token, json!({ "list": "DUE_TESTS", "format": "CSV", "filter": filter })).await;
        assert_eq!(code(&body), expected, "{label}: {body}");
    }
    assert_eq!(census(server).await, before, "a refused export request writes nothing");
}

on_both_databases!(the_due_tests_export_as_the_list_shows_them, due_list, plugins = crate::cast::WIRE_CABLE);

/// Follow-ups past one page: 2,345, with deadlines shared by 60 or more, inserted in one
/// statement (setup, not the subject).
const MANY: usize = 2_345;

/// A file longer than the export's page of 1,000 rows holds every row once, in the list's order,
/// across the pages' keyset cursors (deadline, id) — the ties on a deadline included.
async fn many_pages(server: &TestServer) {
    let world = crate::cast::world(server).await;
    let day = if server.database_url.starts_with("postgres") {
        "(DATE '2026-12-01' + CAST(n.i % 37 AS INTEGER))"
    } else {
        "date('2026-12-01', '+' || (n.i % 37) || ' days')"
    };
    let insert = format!(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {MANY}) \
         INSERT INTO follow_up (enterprise_id, license_id, origin, origin_id, deadline, carried, created_at) \
         SELECT l.enterprise_id, l.id, 'PATROL_MEASURE', 1000000 + n.i, {day}, '[]', e.created_at \
         FROM n, license l JOIN enterprise e ON e.id = l.enterprise_id \
         WHERE l.id = (SELECT MIN(id) FROM license)"
    );
    let inserted = oversight_storage::test_db::execute_raw(server.app.store(), &insert).await.unwrap();
    assert_eq!(inserted, MANY as u64);
    let (header, records) = csv_of(server, &world.county, "FOLLOW_UPS", json!({})).await;
    assert_eq!(header, FOLLOW_UP_HEADER);
    assert_eq!(records.len(), MANY);
    assert_eq!(total(server, &world.county, "followUps").await, MANY);
    let mut numbers: Vec<&str> = records.iter().map(|r| r[0].as_str()).collect();
    let keys: Vec<(&str, u64)> = records.iter().map(|r| (r[4].as_str(), r[0].parse().unwrap())).collect();
    assert!(keys.windows(2).all(|w| w[0] < w[1]), "(deadline, number) ascending");
    numbers.sort_unstable();
    numbers.dedup();
    assert_eq!(numbers.len(), MANY, "no row twice");
    let rows = sheet_of(server, &world.county, "FOLLOW_UPS", "回访").await;
    assert_eq!(rows.len(), MANY + 1, "the header and every row");
}

on_both_databases!(
    an_export_longer_than_a_page_holds_every_row_once,
    many_pages,
    plugins = crate::cast::WIRE_CABLE
);

const RISK_HEADER: [&str; 9] = [
    "统一社会信用代码",
    "企业名称",
    "所在地区代码",
    "所在地区",
    "风险等级",
    "风险分值（分）",
    "模型版本",
    "评定日期",
    "各因素得分",
];

const DRAW_HEADER: [&str; 10] = [
    "抽取编号",
    "抽取日期",
    "许可证编号",
    "企业名称",
    "统一社会信用代码",
    "所在地区",
    "行业",
    "风险等级",
    "抽取方式",
    "执法检查人员（执法证号）",
];

/// The enterprises' current risk classes (风险等级) exported: one row per enterprise of the list
/// (its filter and scope), its class, score, model, day and every factor's line in one Chinese
/// column; an enterprise never assessed says so; those who do not read risk classes are refused.
async fn risk_classes(server: &TestServer) {
    let world = crate::cast::world(server).await;
    let assessed = server.app.recompute_risk_batch_as_platform(100).await.unwrap();
    assert!(assessed.assessed >= 2, "{assessed:?}");
    // Registered after the run: never assessed.
    register(server, &credit_code("320102", 990), "南京未评定电缆有限公司", "320102").await;
    let model = server.app.risk_model().version;

    let (header, records) = csv_of(server, &world.county, "RISK_CLASSES", json!({})).await;
    assert_eq!(header, RISK_HEADER);
    assert_eq!(records.len(), total(server, &world.county, "enterprises").await);
    assert_eq!(records.len(), 3, "{records:?}");
    for (record, enterprise) in records[..2].iter().zip(&world.enterprises) {
        let query = "query($id: ID!) { node(id: $id) { ... on Enterprise { riskClass { class score modelVersion assessedOn } } } }";
        let read = server.graphql_as(&world.county, query, json!({ "id": enterprise })).await;
        let class = &read["data"]["node"]["riskClass"];
        let score: f64 = class["score"].as_str().unwrap_or_else(|| panic!("{read}")).parse().unwrap();
        assert_eq!(
            (record[4].as_str(), record[7].as_str()),
            (class["class"].as_str().unwrap(), class["assessedOn"].as_str().unwrap())
        );
        assert_eq!(record[5].parse::<f64>().unwrap(), score, "{record:?}");
        assert_eq!(record[6], class["modelVersion"].as_str().unwrap());
        assert!(record[6].starts_with(&model), "{record:?}");
        assert!(record[8].contains("不合格检验结论") && record[8].contains('；'), "{record:?}");
    }
    assert_eq!((records[2][1].as_str(), records[2][4].as_str()), ("南京未评定电缆有限公司", "未评定"));
    assert!(records[2][5..].iter().all(String::is_empty), "{:?}", records[2]);

    // The enterprise list's filter: the name narrows it to one.
    let filter = json!({ "riskClasses": { "nameContains": "电缆1" } });
    let rows = sheet_filtered(server, &world.provincial, ("RISK_CLASSES", filter), "企业风险等级").await;
    assert_eq!((strings(&rows[0]), rows.len()), (RISK_HEADER.map(str::to_owned).to_vec(), 2));
    assert_eq!(rows[1][1], Data::String("南京电缆1有限公司".to_owned()));
    assert!(matches!(rows[1][7], Data::DateTime(_)), "the day assessed is an Excel date: {:?}", rows[1][7]);

    let before = census(server).await;
    let cases = [
        ("a testing institution", &world.lab, json!({}), "FORBIDDEN"),
        (
            "an industry outside the catalogue",
            &world.county,
            json!({ "riskClasses": { "industry": "nope" } }),
            "UNKNOWN_INDUSTRY",
        ),
        ("another list's filter", &world.county, json!({ "draw": "RHJhdzox" }), "EXPORT_FILTER_MISMATCH"),
    ];
    for (label, token, filter, expected) in cases {
        let body =
            request(server, token, json!({ "list": "RISK_CLASSES", "format": "CSV", "filter": filter }))
                .await;
        assert_eq!(code(&body), expected, "{label}: {body}");
    }
    assert_eq!(census(server).await, before, "a refused export request writes nothing");
}

on_both_databases!(
    the_risk_classes_export_with_their_factors,
    risk_classes,
    plugins = crate::cast::WIRE_CABLE
);

const DRAWN: &str = r#"query($id: ID!) { node(id: $id) { ... on Draw { number drawnTargets(first: 100) {
    nodes { license { number } class selection inspectors { name badgeNumber } } } } } }"#;

/// A double-random draw's published result (双随机) exported: exactly the targets `drawnTargets`
/// shows, in license order, with their drawn inspectors by name and badge number; the draw must
/// be named and exist.
async fn draws(server: &TestServer) {
    let world = crate::cast::world(server).await;
    crate::patrol::inspectors(server, &world).await;
    let today = server.app.today();
    let seed = "export-draw-seed-revealed-after-commit";
    let committed = server
        .graphql_as(
            &world.county,
            "mutation($i: CommitDrawInput!) { commitDraw(input: $i) { draw { id } } }",
            json!({ "i": { "startsOn": today.to_string(), "endsOn": (today + chrono::Duration::days(60)).to_string(),
                           "uniformPercent": 100, "inspectorsPerTarget": 2,
                           "seedSha256": oversight_domain::draw::sha256_hex(seed.as_bytes()) } }),
        )
        .await;
    let draw =
        committed["data"]["commitDraw"]["draw"]["id"].as_str().unwrap_or_else(|| panic!("{committed}"));
    let ran = server
        .graphql_as(
            &world.county,
            "mutation($id: ID!, $s: String!) { runDraw(id: $id, seed: $s) { draw { drawnCount } } }",
            json!({ "id": draw, "s": seed }),
        )
        .await;
    assert_eq!(ran["data"]["runDraw"]["draw"]["drawnCount"], json!(2), "{ran}");

    let shown = server.graphql_as(&world.county, DRAWN, json!({ "id": draw })).await;
    let expected: Vec<Vec<String>> = shown["data"]["node"]["drawnTargets"]["nodes"]
        .as_array()
        .unwrap_or_else(|| panic!("{shown}"))
        .iter()
        .map(|n| {
            let inspectors: Vec<String> = n["inspectors"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| format!("{}（{}）", i["name"].as_str().unwrap(), i["badgeNumber"].as_str().unwrap()))
                .collect();
            vec![
                n["license"]["number"].as_str().unwrap().to_owned(),
                n["class"].as_str().unwrap().to_owned(),
                inspectors.join("、"),
            ]
        })
        .collect();
    let filter = json!({ "draw": draw });
    let (header, records) = csv_of(server, &world.county, "DRAWS", filter.clone()).await;
    assert_eq!(header, DRAW_HEADER);
    let exported: Vec<Vec<String>> =
        records.iter().map(|r| vec![r[2].clone(), r[7].clone(), r[9].clone()]).collect();
    assert_eq!(exported, expected, "the file is the published result");
    assert_eq!(exported.iter().map(|r| r[0].as_str()).collect::<Vec<_>>(), world.licenses);
    let number = shown["data"]["node"]["number"].to_string();
    assert!(
        records.iter().all(|r| r[0] == number && r[1] == today.to_string() && r[8] == "随机抽取"),
        "{records:?}"
    );
    assert_eq!((records[0][3].as_str(), records[0][5].as_str()), ("南京电缆1有限公司", "玄武区"));
    let rows = sheet_filtered(server, &world.provincial, ("DRAWS", filter), "双随机抽取结果").await;
    assert_eq!((strings(&rows[0]), rows.len()), (DRAW_HEADER.map(str::to_owned).to_vec(), 3));
    assert!(matches!(rows[1][1], Data::DateTime(_)), "the day drawn is an Excel date: {:?}", rows[1][1]);

    let before = census(server).await;
    let cases = [
        ("no draw named", json!({}), "EXPORT_FILTER_MISMATCH"),
        ("no such draw", json!({ "draw": crate::cast::global("Draw", 999_999) }), "NOT_FOUND"),
        ("not a draw's ID", json!({ "draw": world.enterprises[0] }), "INVALID_ID"),
    ];
    for (label, filter, expected) in cases {
        let body =
            request(server, &world.county, json!({ "list": "DRAWS", "format": "CSV", "filter": filter }))
                .await;
        assert_eq!(code(&body), expected, "{label}: {body}");
    }
    assert_eq!(census(server).await, before, "a refused export request writes nothing");
}

on_both_databases!(the_draws_export_the_published_result, draws, plugins = crate::cast::WIRE_CABLE);

const REPORTS_DUE_HEADER: [&str; 14] = [
    "企业名称",
    "统一社会信用代码",
    "所在地区",
    "行业",
    "报告期",
    "报送期限",
    "状态",
    "逾期未报",
    "报告编号",
    "报送次数（次）",
    "首次报送日期",
    "最近报送日期",
    "迟报",
    "退回理由",
];

const REPORTS_DUE: &str = r#"query($s: [PeriodicReportStanding!]) { periodicReportsDue(standings: $s, first: 100) {
    totalCount edges { node { enterpriseId period dueOn standing } } } }"#;

/// The periodic reports owed (企业定期报告应报清单) exported: the rows the `periodicReportsDue` list
/// shows for the same caller, quarter and standings, with the overdue flag and the report's
/// submissions; an enterprise exports its own obligation only; who reads no registry is refused.
async fn reports_due(server: &TestServer) {
    let world = crate::cast::world(server).await;
    let listed = server.graphql_as(&world.county, REPORTS_DUE, json!({})).await;
    let edges =
        listed["data"]["periodicReportsDue"]["edges"].as_array().unwrap_or_else(|| panic!("{listed}"));
    assert_eq!(edges.len(), 2, "both enterprises owe the last quarter: {listed}");
    let period = edges[0]["node"]["period"].as_str().unwrap().to_owned();
    let due_on = edges[0]["node"]["dueOn"].as_str().unwrap().to_owned();
    let standing = edges[0]["node"]["standing"].as_str().unwrap().to_owned();
    // The second enterprise submits its report (late when the due day has passed).
    let saved = server
        .graphql_as(
            &world.enterprise2_user,
            "mutation($i: SavePeriodicReportInput!) { savePeriodicReport(input: $i) { report { id } } }",
            json!({ "i": { "enterpriseId": world.enterprises[1], "industry": "wire-cable", "period": period,
                           "output": { "value": "300", "unit": "km" }, "sales": { "value": "210", "unit": "万元" },
                           "qualityIncidents": 0, "complaints": 0, "conditionsChanged": false,
                           "fields": [{ "code": "COPPER_PURCHASED", "value": "30", "unit": "t" },
                                      { "code": "CABLE_OUTPUT_LENGTH", "value": "300", "unit": "km" }] } }),
        )
        .await;
    let report =
        saved["data"]["savePeriodicReport"]["report"]["id"].as_str().unwrap_or_else(|| panic!("{saved}"));
    let submitted = server
        .graphql_as(
            &world.enterprise2_user,
            "mutation($i: PeriodicReportInput!) { submitPeriodicReport(input: $i) { report { late } } }",
            json!({ "i": { "reportId": report } }),
        )
        .await;
    let late = submitted["data"]["submitPeriodicReport"]["report"]["late"]
        .as_bool()
        .unwrap_or_else(|| panic!("{submitted}"));
    let today = server.app.today().to_string();

    let (header, records) = csv_of(server, &world.county, "PERIODIC_REPORTS_DUE", json!({})).await;
    assert_eq!(header, REPORTS_DUE_HEADER);
    assert_eq!(records.len(), total(server, &world.county, "periodicReportsDue").await);
    assert_eq!(records.len(), 2);
    let (owing, overdue) = if standing == "OVERDUE" { ("逾期未报", "是") } else { ("待报送", "否") };
    assert_eq!(
        records[0][..8],
        ["南京电缆1有限公司", &records[0][1], "玄武区", &records[0][3], &period, &due_on, owing, overdue]
    );
    assert_eq!(records[0][1].len(), 18, "the credit code: {:?}", records[0]);
    assert!(records[0][8..].iter().all(String::is_empty), "nothing saved: {:?}", records[0]);
    assert_eq!(records[1][0], "南京电缆2有限公司");
    assert_eq!(records[1][6..8], ["已报送", "否"]);
    assert_eq!(records[1][8], crate::cast::numeric(report));
    assert_eq!(records[1][9..13], ["1", &today, &today, if late { "是" } else { "否" }]);

    // The list's own arguments: the standings narrow it, a quarter that does not parse is refused.
    let shown = server.graphql_as(&world.county, REPORTS_DUE, json!({ "s": ["SUBMITTED"] })).await;
    let filter = json!({ "periodicReportsDue": { "standings": ["SUBMITTED"], "period": period } });
    let rows =
        sheet_filtered(server, &world.provincial, ("PERIODIC_REPORTS_DUE", filter), "企业定期报告应报清单")
            .await;
    assert_eq!(rows.len() as u64 - 1, shown["data"]["periodicReportsDue"]["totalCount"].as_u64().unwrap());
    assert_eq!((strings(&rows[0]), rows.len()), (REPORTS_DUE_HEADER.map(str::to_owned).to_vec(), 2));
    assert_eq!(rows[1][0], Data::String("南京电缆2有限公司".to_owned()));
    assert!(matches!(rows[1][5], Data::DateTime(_)), "the due day is an Excel date: {:?}", rows[1][5]);
    assert!(matches!(rows[1][9], Data::Float(_)), "a count is a number: {:?}", rows[1][9]);

    // The caller's scope bounds the file: an enterprise exports what it owes itself.
    let (_, own) = csv_of(server, &world.enterprise_user, "PERIODIC_REPORTS_DUE", json!({})).await;
    assert_eq!(own.len(), 1);
    assert_eq!(own[0][0], "南京电缆1有限公司");

    let before = census(server).await;
    let cases = [
        ("a testing institution", &world.lab, json!({}), "FORBIDDEN"),
        (
            "a quarter 5",
            &world.county,
            json!({ "periodicReportsDue": { "period": "2026Q5" } }),
            "INVALID_REPORT_PERIOD",
        ),
        (
            "another list's filter",
            &world.county,
            json!({ "inboxKinds": ["ORDER_DUE"] }),
            "EXPORT_FILTER_MISMATCH",
        ),
    ];
    for (label, token, filter, expected) in cases {
        let input = json!({ "list": "PERIODIC_REPORTS_DUE", "format": "CSV", "filter": filter });
        assert_eq!(code(&request(server, token, input).await), expected, "{label}");
    }
    assert_eq!(census(server).await, before, "a refused export request writes nothing");
}

on_both_databases!(
    the_periodic_reports_due_export_with_their_standing,
    reports_due,
    plugins = crate::cast::WIRE_CABLE
);

const INBOX_HEADER: [&str; 7] = ["待办类型", "日期", "逾期", "记录编号", "企业名称", "来文单位", "摘要"];

const INBOX: &str = r#"query($k: [InboxKind!]) { inbox(kinds: $k, first: 100) {
    totalCount edges { node { kind dueOn overdue subjectId enterprise { name } authority { name } } } } }"#;

/// The caller's inbox (待办事项) as a file: the items the `inbox` query shows the same caller, in its
/// order, the sender of an order named; the kinds argument narrows it; another caller's file
/// holds its own inbox, never this one's.
async fn inbox(server: &TestServer) {
    let world = crate::cast::world(server).await;
    let seats = server.graphql_as(&world.county, "{ viewer { authority { id } } }", json!({})).await;
    let issued = server
        .graphql_as(
            &world.provincial_leader,
            "mutation($i: IssueSupervisionOrderInput!) { issueSupervisionOrder(input: $i) { order { id } } }",
            json!({ "i": { "targetAuthorityId": seats["data"]["viewer"]["authority"]["id"], "subjectKind": "ENTERPRISE",
                           "subjectId": world.enterprises[0], "text": "督办：抽查不合格企业整改", "workingDays": 5 } }),
        )
        .await;
    let order =
        issued["data"]["issueSupervisionOrder"]["order"]["id"].as_str().unwrap_or_else(|| panic!("{issued}"));

    let listed = server.graphql_as(&world.county, INBOX, json!({})).await;
    let shown: Vec<(String, String, String)> = listed["data"]["inbox"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{listed}"))
        .iter()
        .map(|e| {
            let node = &e["node"];
            let overdue = if node["overdue"].as_bool().unwrap() { "是" } else { "否" };
            (
                node["dueOn"].as_str().unwrap().to_owned(),
                overdue.to_owned(),
                crate::cast::numeric(node["subjectId"].as_str().unwrap()),
            )
        })
        .collect();
    let (header, records) = csv_of(server, &world.county, "INBOX", json!({})).await;
    assert_eq!(header, INBOX_HEADER);
    let exported: Vec<(String, String, String)> =
        records.iter().map(|r| (r[1].clone(), r[2].clone(), r[3].clone())).collect();
    assert_eq!(exported, shown, "the file is the inbox, in its order");
    assert!(records.len() >= 2, "the tests to sample and the order: {records:?}");
    let order_row = records.iter().find(|r| r[0] == "督办待办理").unwrap_or_else(|| panic!("{records:?}"));
    assert_eq!(order_row[3], crate::cast::numeric(order));
    assert_eq!(order_row[4], "南京电缆1有限公司");
    let sender = listed["data"]["inbox"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|e| e["node"]["authority"]["name"].as_str())
        .unwrap();
    assert_eq!(order_row[5], sender);
    assert!(order_row[6].contains("督办：抽查不合格企业整改"), "{order_row:?}");

    // The kinds argument, as an XLSX file.
    let filter = json!({ "inboxKinds": ["ORDER_DUE"] });
    let rows = sheet_filtered(server, &world.county, ("INBOX", filter), "待办事项").await;
    assert_eq!((strings(&rows[0]), rows.len()), (INBOX_HEADER.map(str::to_owned).to_vec(), 2));
    assert_eq!(rows[1][0], Data::String("督办待办理".to_owned()));
    assert!(matches!(rows[1][1], Data::DateTime(_)), "the day is an Excel date: {:?}", rows[1][1]);

    // Each caller exports its own inbox: the enterprise's holds no order to Xuanwu.
    let (_, own) = csv_of(server, &world.enterprise_user, "INBOX", json!({})).await;
    assert_eq!(own.len(), total(server, &world.enterprise_user, "inbox").await);
    assert!(own.iter().all(|r| r[0] != "督办待办理"), "{own:?}");
    let (_, provincial) =
        csv_of(server, &world.provincial, "INBOX", json!({ "inboxKinds": ["ORDER_DUE"] })).await;
    let theirs = server.graphql_as(&world.provincial, INBOX, json!({ "k": ["ORDER_DUE"] })).await;
    assert_eq!(provincial.len() as u64, theirs["data"]["inbox"]["totalCount"].as_u64().unwrap(), "{theirs}");

    let before = census(server).await;
    let input =
        json!({ "list": "INBOX", "format": "CSV", "filter": { "unlicensedCases": { "overdue": true } } });
    let body = request(server, &world.county, input).await;
    assert_eq!(code(&body), "EXPORT_FILTER_MISMATCH", "{body}");
    assert_eq!(body["errors"][0]["extensions"]["field"], "input.filter.unlicensedCases", "{body}");
    assert_eq!(census(server).await, before, "a refused export request writes nothing");
}

on_both_databases!(the_inbox_exports_the_callers_own_items, inbox, plugins = crate::cast::WIRE_CABLE);

const UNLICENSED_HEADER: [&str; 23] = [
    "案件编号",
    "状态",
    "生产者名称",
    "统一社会信用代码",
    "所在地区",
    "住所",
    "行业",
    "产品",
    "线索来源",
    "来源说明",
    "发现情况",
    "立案日期",
    "督促日期",
    "申请期限",
    "逾期",
    "许可证编号",
    "取证日期",
    "取缔理由",
    "通报地方政府",
    "通报文号",
    "通报日期",
    "结案日期",
    "结案说明",
];

const COUNTERFEIT_HEADER: [&str; 20] = [
    "案件编号",
    "企业名称",
    "统一社会信用代码",
    "许可证编号",
    "状态",
    "线索来源",
    "违法事实",
    "立案日期",
    "当前步骤期限",
    "逾期",
    "责令停产日期",
    "召回完成日期",
    "上报撤销日期",
    "撤销结果",
    "撤销决定日期",
    "提请取缔日期",
    "移送公安日期",
    "公安回执日期",
    "结案日期",
    "结案理由",
];

const OPEN_UNLICENSED: &str =
    "mutation($i: OpenUnlicensedCaseInput!) { openUnlicensedCase(input: $i) { case { id } } }";

/// Opens an unlicensed-production case on a complaint about a workshop in `region`.
async fn unlicensed_case(server: &TestServer, token: &str, name: &str, region: &str) -> String {
    let input = json!({ "producerName": name, "address": "南京市某村 3 组", "regionCode": region,
        "industry": "wire-cable", "product": "无标识铜芯电线", "source": "COMPLAINT", "reference": "12315-0107",
        "finding": "群众举报该作坊无证生产电线", "foundOn": server.app.today().to_string() });
    let opened = server.graphql_as(token, OPEN_UNLICENSED, json!({ "i": input })).await;
    opened["data"]["openUnlicensedCase"]["case"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{opened}"))
        .to_owned()
}

/// The enforcement cases exported — unlicensed production (无证生产) and counterfeiting (恶意造假) —
/// newest first with their steps' days, in the lists' own case scope: a neighbouring county's
/// officer exports none of Xuanwu's; enterprises and institutions are refused.
async fn enforcement_cases(server: &TestServer) {
    let world = crate::cast::world(server).await;
    let seats =
        server.graphql_as(&world.county, "{ viewer { authority { parent { id } } } }", json!({})).await;
    let nanjing =
        seats["data"]["viewer"]["authority"]["parent"]["id"].as_str().unwrap_or_else(|| panic!("{seats}"));
    let nanjing = oversight_domain::AuthorityId::new(crate::cast::numeric(nanjing).parse().unwrap());
    let qinhuai = server.authority("南京市秦淮区市场监督管理局", "320104", nanjing).await;
    let neighbour = server.token(&claims(
        "qh-officer",
        &format!("authority:{}", qinhuai.id),
        "county_officer",
        Some("staff"),
    ));
    let xuanwu_case = unlicensed_case(server, &world.county, "玄武区某电线作坊", "320102").await;
    let urged = server
        .graphql_as(
            &world.county,
            "mutation($c: ID!) { urgeUnlicensedProducer(caseId: $c) { case { applyBy } } }",
            json!({ "c": xuanwu_case }),
        )
        .await;
    let apply_by = urged["data"]["urgeUnlicensedProducer"]["case"]["applyBy"]
        .as_str()
        .unwrap_or_else(|| panic!("{urged}"));
    let qinhuai_case = unlicensed_case(server, &neighbour, "秦淮区某电线作坊", "320104").await;
    let today = server.app.today().to_string();

    // Unlicensed production: the province reads both, newest first; each county its own.
    let (header, records) = csv_of(server, &world.provincial, "UNLICENSED_CASES", json!({})).await;
    assert_eq!(header, UNLICENSED_HEADER);
    assert_eq!(records.len(), total(server, &world.provincial, "unlicensedCases").await);
    let numbers: Vec<String> = records.iter().map(|r| r[0].clone()).collect();
    assert_eq!(numbers, [crate::cast::numeric(&qinhuai_case), crate::cast::numeric(&xuanwu_case)]);
    assert_eq!(records[1][1..5], ["已督促申请", "玄武区某电线作坊", "", "玄武区"]);
    assert_eq!(
        records[1][8..15],
        ["投诉举报", "12315-0107", "群众举报该作坊无证生产电线", &today, &today, apply_by, "否"]
    );
    assert!(records[1][15..].iter().all(String::is_empty), "{:?}", records[1]);
    let (_, own) = csv_of(server, &world.county, "UNLICENSED_CASES", json!({})).await;
    assert_eq!(own.iter().map(|r| r[2].as_str()).collect::<Vec<_>>(), ["玄武区某电线作坊"]);
    let (_, theirs) = csv_of(server, &neighbour, "UNLICENSED_CASES", json!({})).await;
    assert_eq!(theirs.iter().map(|r| r[2].as_str()).collect::<Vec<_>>(), ["秦淮区某电线作坊"]);
    let found = json!({ "unlicensedCases": { "status": "FOUND" } });
    let rows = sheet_filtered(server, &world.provincial, ("UNLICENSED_CASES", found), "无证生产案件").await;
    assert_eq!((strings(&rows[0]), rows.len()), (UNLICENSED_HEADER.map(str::to_owned).to_vec(), 2));
    assert_eq!(rows[1][2], Data::String("秦淮区某电线作坊".to_owned()));
    assert!(matches!(rows[1][11], Data::DateTime(_)), "the day opened is an Excel date: {:?}", rows[1][11]);

    // Counterfeiting: Xuanwu's case against the first enterprise, its order to stop due.
    let license = server
        .graphql_as(
            &world.county,
            "query($n: String!) { license(number: $n) { id } }",
            json!({ "n": world.licenses[0] }),
        )
        .await;
    let opened = server
        .graphql_as(
            &world.county,
            "mutation($i: OpenCounterfeitCaseInput!) { openCounterfeitCase(input: $i) { case { id dueOn } } }",
            json!({ "i": { "enterpriseId": world.enterprises[0], "licenseId": license["data"]["license"]["id"],
                           "source": "COMPLAINT", "finding": "投诉称其以铝芯线冒充铜芯电线销售" } }),
        )
        .await;
    let case = &opened["data"]["openCounterfeitCase"]["case"];
    let due_on = case["dueOn"].as_str().unwrap_or_else(|| panic!("{opened}"));
    let (header, records) = csv_of(server, &world.county, "COUNTERFEIT_CASES", json!({})).await;
    assert_eq!(header, COUNTERFEIT_HEADER);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0][0], crate::cast::numeric(case["id"].as_str().unwrap()));
    assert_eq!(records[0][1], "南京电缆1有限公司");
    assert_eq!(
        records[0][3..10],
        [
            world.licenses[0].as_str(),
            "已立案",
            "投诉举报",
            "投诉称其以铝芯线冒充铜芯电线销售",
            &today,
            due_on,
            "否"
        ]
    );
    assert!(records[0][10..].iter().all(String::is_empty), "{:?}", records[0]);
    let rows = sheet_of(server, &world.provincial, "COUNTERFEIT_CASES", "恶意造假案件").await;
    assert_eq!((strings(&rows[0]), rows.len()), (COUNTERFEIT_HEADER.map(str::to_owned).to_vec(), 2));
    assert!(matches!(rows[1][8], Data::DateTime(_)), "the deadline is an Excel date: {:?}", rows[1][8]);
    let (_, theirs) = csv_of(server, &neighbour, "COUNTERFEIT_CASES", json!({})).await;
    assert!(theirs.is_empty(), "the enterprise is outside Qinhuai: {theirs:?}");
    let overdue = json!({ "counterfeitCases": { "overdue": true } });
    assert!(csv_of(server, &world.county, "COUNTERFEIT_CASES", overdue).await.1.is_empty());

    let before = census(server).await;
    for (token, list) in [
        (&world.enterprise_user, "UNLICENSED_CASES"),
        (&world.enterprise_user, "COUNTERFEIT_CASES"),
        (&world.lab, "UNLICENSED_CASES"),
        (&world.lab, "COUNTERFEIT_CASES"),
    ] {
        let body = request(server, token, json!({ "list": list, "format": "CSV" })).await;
        assert_eq!(code(&body), "FORBIDDEN", "{list}: {body}");
    }
    let input = json!({ "list": "COUNTERFEIT_CASES", "format": "CSV",
        "filter": { "unlicensedCases": { "status": "FOUND" } } });
    assert_eq!(code(&request(server, &world.county, input).await), "EXPORT_FILTER_MISMATCH");
    let input = json!({ "list": "UNLICENSED_CASES", "format": "CSV",
        "filter": { "unlicensedCases": { "regionCode": "32x" } } });
    assert_ne!(code(&request(server, &world.county, input).await), "", "a region that does not parse");
    assert_eq!(census(server).await, before, "a refused export request writes nothing");
}

on_both_databases!(
    the_enforcement_cases_export_in_their_case_scope,
    enforcement_cases,
    plugins = crate::cast::WIRE_CABLE
);

const PATROLS_DUE_HEADER: [&str; 12] = [
    "计划编号",
    "计划名称",
    "行业",
    "计划开始日期",
    "计划结束日期",
    "企业名称",
    "统一社会信用代码",
    "所在地区",
    "执行机关",
    "已巡查次数（次）",
    "应巡查次数（次）",
    "尚差次数（次）",
];

const PATROLS_DUE: &str = r#"query { patrolsDue(first: 100) {
    totalCount nodes { enterprise { name } plan { name } authority { name } visits visitsOwed } } }"#;

/// The patrols due (应巡查) exported: the rows the `patrolsDue` queue shows the same caller, by plan
/// then enterprise, with the plan, the executing authority and the visits owed; the queue's filter
/// narrows it; an enterprise's file is empty (plans are the authorities' working documents); an
/// institution is refused.
async fn patrols_due(server: &TestServer) {
    let world = crate::cast::world(server).await;
    let seats = server.graphql_as(&world.county, "{ viewer { authority { id } } }", json!({})).await;
    let xuanwu = &seats["data"]["viewer"]["authority"]["id"];
    let today = server.app.today();
    let planned = server
        .graphql_as(
            &world.provincial,
            "mutation($i: CreatePatrolPlanInput!) { createPatrolPlan(input: $i) { plan { id } } }",
            json!({ "i": { "name": "电线电缆巡查", "industry": "wire-cable", "basis": "ALL", "startsOn": today.to_string(),
                           "endsOn": (today + chrono::Duration::days(30)).to_string(),
                           "executingAuthorityIds": [xuanwu], "coveragePercent": 100 } }),
        )
        .await;
    let plan =
        planned["data"]["createPatrolPlan"]["plan"]["id"].as_str().unwrap_or_else(|| panic!("{planned}"));

    let listed = server.graphql_as(&world.county, PATROLS_DUE, json!({})).await;
    let shown: Vec<Vec<String>> = listed["data"]["patrolsDue"]["nodes"]
        .as_array()
        .unwrap_or_else(|| panic!("{listed}"))
        .iter()
        .map(|n| {
            vec![
                n["plan"]["name"].as_str().unwrap().to_owned(),
                n["enterprise"]["name"].as_str().unwrap().to_owned(),
                n["authority"]["name"].as_str().unwrap().to_owned(),
                n["visits"].to_string(),
                n["visitsOwed"].to_string(),
            ]
        })
        .collect();
    let (header, records) = csv_of(server, &world.county, "PATROLS_DUE", json!({})).await;
    assert_eq!(header, PATROLS_DUE_HEADER);
    let exported: Vec<Vec<String>> = records
        .iter()
        .map(|r| vec![r[1].clone(), r[5].clone(), r[8].clone(), r[9].clone(), r[10].clone()])
        .collect();
    assert_eq!(exported, shown, "the file is the queue");
    assert_eq!(records.len(), 2, "both Xuanwu enterprises: {records:?}");
    assert_eq!(records[0][0], crate::cast::numeric(plan));
    assert_eq!(
        records[0][2..5],
        ["电线电缆", &today.to_string(), &(today + chrono::Duration::days(30)).to_string()]
    );
    assert_eq!((records[0][5].as_str(), records[0][7].as_str()), ("南京电缆1有限公司", "玄武区"));
    let owed: i64 = records[0][10].parse().unwrap();
    assert_eq!(records[0][11], (owed - records[0][9].parse::<i64>().unwrap()).to_string());

    // The queue's filter: one enterprise, as an XLSX file.
    let filter = json!({ "patrolsDue": { "enterpriseId": world.enterprises[1] } });
    let rows = sheet_filtered(server, &world.provincial, ("PATROLS_DUE", filter), "应巡查企业").await;
    assert_eq!((strings(&rows[0]), rows.len()), (PATROLS_DUE_HEADER.map(str::to_owned).to_vec(), 2));
    assert_eq!(rows[1][5], Data::String("南京电缆2有限公司".to_owned()));
    assert!(
        matches!(rows[1][3], Data::DateTime(_)),
        "the plan's first day is an Excel date: {:?}",
        rows[1][3]
    );
    assert!(matches!(rows[1][10], Data::Float(_)), "a count is a number: {:?}", rows[1][10]);

    // An enterprise reads no plan: its file has the header only.
    assert!(csv_of(server, &world.enterprise_user, "PATROLS_DUE", json!({})).await.1.is_empty());

    let before = census(server).await;
    let cases = [
        ("a testing institution", &world.lab, json!({}), "FORBIDDEN"),
        (
            "not a plan's ID",
            &world.county,
            json!({ "patrolsDue": { "planId": world.enterprises[0] } }),
            "INVALID_ID",
        ),
        (
            "another list's filter",
            &world.county,
            json!({ "counterfeitCases": { "overdue": true } }),
            "EXPORT_FILTER_MISMATCH",
        ),
    ];
    for (label, token, filter, expected) in cases {
        let input = json!({ "list": "PATROLS_DUE", "format": "CSV", "filter": filter });
        assert_eq!(code(&request(server, token, input).await), expected, "{label}");
    }
    assert_eq!(census(server).await, before, "a refused export request writes nothing");
}

on_both_databases!(
    the_patrols_due_export_as_the_queue_shows_them,
    patrols_due,
    plugins = crate::cast::WIRE_CABLE
);

const RECORD_HEADER: [&str; 17] = [
    "记录编号",
    "类别",
    "状态",
    "措施",
    "对象类型",
    "对象单位",
    "对象人员",
    "记录机关",
    "事由",
    "依据",
    "起草日期",
    "起草人",
    "文号",
    "印发日期",
    "撤销日期",
    "撤销理由",
    "撤回日期",
];

const RECORDS: &str = r#"query { responsibilityRecords(first: 100) {
    totalCount nodes { id kind status summary documentNumber } } }"#;

/// Commendation and accountability records (表彰奖励, 追究责任) exported: the rows the
/// `responsibilityRecords` list shows the same caller, newest first, with the measure, the unit
/// named, the recording authority and the grounds; a draft stays with the recording authority,
/// an issued record is read by its subject; the list's filter narrows it; an institution and an
/// enterprise are refused.
async fn responsibility_records(server: &TestServer) {
    let world = crate::cast::world(server).await;
    let national = &world.national_head;
    let seats = server.graphql_as(&world.provincial, "{ viewer { authority { id } } }", json!({})).await;
    let jiangsu = &seats["data"]["viewer"]["authority"]["id"];
    let ordered = server
        .graphql_as(
            national,
            "mutation($i: IssueSupervisionOrderInput!) { issueSupervisionOrder(input: $i) { order { id } } }",
            json!({ "i": { "targetAuthorityId": jiangsu, "subjectKind": "OTHER", "subjectText": "巡查计划",
                           "text": "督办巡查计划", "workingDays": 5 } }),
        )
        .await;
    let order = ordered["data"]["issueSupervisionOrder"]["order"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{ordered}"));
    let mut ids = Vec::new();
    for (kind, measure, summary) in [
        ("COMMENDATION", "CIRCULATED_PRAISE", "措施得力，按期办结"),
        ("ACCOUNTABILITY", "CIRCULATED_CRITICISM", "监管不力"),
    ] {
        let drafted = server
            .graphql_as(
                national,
                "mutation($i: DraftResponsibilityRecordInput!) { draftResponsibilityRecord(input: $i) { record { id } } }",
                json!({ "i": { "kind": kind, "subjectKind": "UNIT", "subjectAuthorityId": jiangsu, "measure": measure,
                               "summary": summary, "grounds": [{ "kind": "SUPERVISION_ORDER", "id": order, "note": "督办件" }] } }),
            )
            .await;
        let id = drafted["data"]["draftResponsibilityRecord"]["record"]["id"].as_str();
        ids.push(id.unwrap_or_else(|| panic!("{drafted}")).to_owned());
    }
    let today = server.app.today().to_string();
    let issued = server
        .graphql_as(
            national,
            "mutation($r: ID!, $d: NaiveDate!) { issueResponsibilityRecord(recordId: $r, documentNumber: \"国市监〔2026〕1号\", issuedOn: $d) { record { id } } }",
            json!({ "r": ids[0], "d": today }),
        )
        .await;
    assert!(issued.get("errors").is_none(), "{issued}");

    // The nation reads both, newest first: the draft criticism, then the issued commendation.
    let listed = server.graphql_as(national, RECORDS, json!({})).await;
    let shown: Vec<String> = listed["data"]["responsibilityRecords"]["nodes"]
        .as_array()
        .unwrap_or_else(|| panic!("{listed}"))
        .iter()
        .map(|n| crate::cast::numeric(n["id"].as_str().unwrap()))
        .collect();
    let (header, records) = csv_of(server, national, "RESPONSIBILITY_RECORDS", json!({})).await;
    assert_eq!(header, RECORD_HEADER);
    assert_eq!(records.iter().map(|r| r[0].clone()).collect::<Vec<_>>(), shown, "the file is the list");
    assert_eq!(shown, [crate::cast::numeric(&ids[1]), crate::cast::numeric(&ids[0])]);
    assert_eq!(records[0][1..6], ["追究责任", "草稿", "通报批评", "单位", "江苏省市场监督管理局"]);
    assert_eq!(records[1][1..6], ["表彰奖励", "已印发", "通报表扬", "单位", "江苏省市场监督管理局"]);
    assert_eq!(records[1][6], "", "a unit names no person");
    assert_eq!(records[1][8], "措施得力，按期办结");
    assert_eq!(records[1][9], format!("督查督办 {}（督办件）", crate::cast::numeric(order)));
    assert_eq!((records[1][10].as_str(), records[1][12].as_str()), (today.as_str(), "国市监〔2026〕1号"));
    assert_eq!(records[1][13], today);
    assert_eq!(records[0][12..], ["", "", "", "", ""], "a draft has no document yet");

    // The subject's officers read the issued record only; the county below reads neither.
    let (_, records) = csv_of(server, &world.provincial, "RESPONSIBILITY_RECORDS", json!({})).await;
    assert_eq!(records.len(), 1);
    assert_eq!(records[0][0], crate::cast::numeric(&ids[0]));
    assert_eq!(records.len(), total(server, &world.provincial, "responsibilityRecords").await);
    assert!(csv_of(server, &world.county, "RESPONSIBILITY_RECORDS", json!({})).await.1.is_empty());

    // The list's filter, as an XLSX file: the nation's accountability records.
    let filter = json!({ "responsibilityRecords": { "kind": "ACCOUNTABILITY" } });
    let rows =
        sheet_filtered(server, national, ("RESPONSIBILITY_RECORDS", filter), "表彰奖励和追究责任记录").await;
    assert_eq!((strings(&rows[0]), rows.len()), (RECORD_HEADER.map(str::to_owned).to_vec(), 2));
    assert_eq!(rows[1][1], Data::String("追究责任".to_owned()));
    assert!(matches!(rows[1][10], Data::DateTime(_)), "the day drafted is an Excel date: {:?}", rows[1][10]);
    assert!(matches!(rows[1][0], Data::Float(_)), "the number is a number: {:?}", rows[1][0]);

    let before = census(server).await;
    let cases = [
        ("a testing institution", &world.lab, json!({}), "FORBIDDEN"),
        ("an enterprise", &world.enterprise_user, json!({}), "FORBIDDEN"),
        (
            "not an authority's ID",
            national,
            json!({ "responsibilityRecords": { "subjectAuthority": world.enterprises[0] } }),
            "INVALID_ID",
        ),
        (
            "another list's filter",
            national,
            json!({ "counterfeitCases": { "overdue": true } }),
            "EXPORT_FILTER_MISMATCH",
        ),
    ];
    for (label, token, filter, expected) in cases {
        let input = json!({ "list": "RESPONSIBILITY_RECORDS", "format": "CSV", "filter": filter });
        assert_eq!(code(&request(server, token, input).await), expected, "{label}");
    }
    assert_eq!(census(server).await, before, "a refused export request writes nothing");
}

on_both_databases!(
    the_responsibility_records_export_as_the_list_shows_them,
    responsibility_records,
    plugins = crate::cast::WIRE_CABLE
);

const CAMPAIGN_HEADER: [&str; 14] = [
    "专项整治编号",
    "名称",
    "状态",
    "阶段",
    "行业",
    "地区",
    "开始日期",
    "截止日期",
    "巡查频次倍数（倍）",
    "发起机关",
    "办结日期",
    "总结或撤销理由",
    "发起人",
    "录入时间",
];

const MEETING_HEADER: [&str; 18] = [
    "会议编号",
    "专项整治编号",
    "专项整治名称",
    "会议名称",
    "召开日期",
    "地点",
    "状态",
    "召集机关",
    "通知企业数（家）",
    "到会企业数（家）",
    "通知企业",
    "缺席企业",
    "提出整改要求企业数（家）",
    "会议纪要",
    "取消理由",
    "登记日期",
    "召集人",
    "录入时间",
];

/// Key-industry campaigns (专项整治) and rectification meetings (行业整顿会议) exported: the rows
/// their lists show the same caller, newest first — a campaign with its industries, regions,
/// factor and phase; a meeting with its campaign, the enterprises summoned and who came; the
/// lists' filters narrow them; an enterprise and an institution are refused.
async fn campaigns_and_meetings(server: &TestServer) {
    let world = crate::cast::world(server).await;
    let leader = &world.provincial_leader;
    let today = server.app.today();
    let mut campaigns = Vec::new();
    for (title, region) in [("电线电缆专项整治", "320102"), ("苏州电线电缆专项整治", "320500")]
    {
        let opened = server
            .graphql_as(
                leader,
                "mutation($i: CampaignInput!) { openCampaign(input: $i) { campaign { id } } }",
                json!({ "i": { "title": title, "industries": ["wire-cable"], "regionCodes": [region],
                               "startsOn": today.to_string(), "endsOn": (today + chrono::Duration::days(30)).to_string(),
                               "factor": 2 } }),
            )
            .await;
        let id = opened["data"]["openCampaign"]["campaign"]["id"].as_str();
        campaigns.push(id.unwrap_or_else(|| panic!("{opened}")).to_owned());
    }
    let convened = server
        .graphql_as(
            leader,
            "mutation($i: ConveneRectificationMeetingInput!) { conveneRectificationMeeting(input: $i) { meeting { id } } }",
            json!({ "i": { "campaignId": campaigns[0], "title": "电线电缆行业整顿会议", "heldOn": today.to_string(),
                           "place": "玄武区局会议室", "enterpriseIds": world.enterprises } }),
        )
        .await;
    let meeting = convened["data"]["conveneRectificationMeeting"]["meeting"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{convened}"));
    let held = server
        .graphql_as(
            leader,
            "mutation($m: ID!, $a: [MeetingAttendanceInput!]!) { recordRectificationMeetingHeld(meetingId: $m, attendance: $a, minutes: \"会议要求企业限期整改\") { meeting { id } } }",
            json!({ "m": meeting, "a": [{ "enterpriseId": world.enterprises[0], "attendance": "ATTENDED" },
                                         { "enterpriseId": world.enterprises[1], "attendance": "ABSENT", "note": "未说明理由" }] }),
        )
        .await;
    assert!(held.get("errors").is_none(), "{held}");

    // The province reads both campaigns, newest first; Xuanwu's county the one over it.
    let (header, records) = csv_of(server, &world.provincial, "CAMPAIGNS", json!({})).await;
    assert_eq!(header, CAMPAIGN_HEADER);
    let numbers: Vec<String> = campaigns.iter().rev().map(|c| crate::cast::numeric(c)).collect();
    assert_eq!(records.iter().map(|r| r[0].clone()).collect::<Vec<_>>(), numbers, "newest first");
    assert_eq!(records.len(), total(server, &world.provincial, "campaigns").await);
    let xuanwu = &records[1];
    assert_eq!(xuanwu[1..6], ["电线电缆专项整治", "未结束", "进行中", "电线电缆", "玄武区"]);
    assert_eq!(xuanwu[6], today.to_string());
    assert_eq!((xuanwu[8].as_str(), xuanwu[9].as_str()), ("2", "江苏省市场监督管理局"));
    let (_, county) = csv_of(server, &world.county, "CAMPAIGNS", json!({})).await;
    assert_eq!(county.iter().map(|r| r[1].as_str()).collect::<Vec<_>>(), ["电线电缆专项整治"]);

    // The meeting: its campaign, who was summoned and who came.
    let (header, records) = csv_of(server, &world.county, "RECTIFICATION_MEETINGS", json!({})).await;
    assert_eq!(header, MEETING_HEADER);
    assert_eq!(records.len(), 1);
    let row = &records[0];
    assert_eq!(row[0], crate::cast::numeric(meeting));
    assert_eq!(
        row[1..4],
        [
            crate::cast::numeric(&campaigns[0]),
            "电线电缆专项整治".to_owned(),
            "电线电缆行业整顿会议".to_owned()
        ]
    );
    assert_eq!(row[6..10], ["已召开", "江苏省市场监督管理局", "2", "1"]);
    assert_eq!(row[10], "南京电缆1有限公司、南京电缆2有限公司");
    assert_eq!(row[11], "南京电缆2有限公司");
    assert_eq!((row[13].as_str(), row[15].as_str()), ("会议要求企业限期整改", today.to_string().as_str()));

    // The lists' filters, as XLSX files.
    let filter = json!({ "campaigns": { "status": "CANCELLED" } });
    let rows = sheet_filtered(server, &world.provincial, ("CAMPAIGNS", filter), "专项整治").await;
    assert_eq!((strings(&rows[0]), rows.len()), (CAMPAIGN_HEADER.map(str::to_owned).to_vec(), 1));
    let filter = json!({ "rectificationMeetings": { "campaignId": campaigns[0] } });
    let rows =
        sheet_filtered(server, &world.provincial, ("RECTIFICATION_MEETINGS", filter), "行业整顿会议").await;
    assert_eq!(rows.len(), 2);
    assert!(matches!(rows[1][4], Data::DateTime(_)), "the day held is an Excel date: {:?}", rows[1][4]);
    assert_eq!(rows[1][8], Data::Float(2.0), "a count is a number");

    let before = census(server).await;
    for (label, token, list, filter, expected) in [
        ("an enterprise", &world.enterprise_user, "CAMPAIGNS", json!({}), "FORBIDDEN"),
        ("a testing institution", &world.lab, "RECTIFICATION_MEETINGS", json!({}), "FORBIDDEN"),
        (
            "not a campaign's ID",
            &world.county,
            "RECTIFICATION_MEETINGS",
            json!({ "rectificationMeetings": { "campaignId": world.enterprises[0] } }),
            "INVALID_ID",
        ),
        (
            "another list's filter",
            &world.county,
            "CAMPAIGNS",
            json!({ "rectificationMeetings": { "status": "HELD" } }),
            "EXPORT_FILTER_MISMATCH",
        ),
    ] {
        let input = json!({ "list": list, "format": "CSV", "filter": filter });
        assert_eq!(code(&request(server, token, input).await), expected, "{label}");
    }
    assert_eq!(census(server).await, before, "a refused export request writes nothing");
}

on_both_databases!(
    the_campaigns_and_meetings_export_as_their_lists_show_them,
    campaigns_and_meetings,
    plugins = crate::cast::WIRE_CABLE
);

const IMPORT_HEADER: [&str; 15] = [
    "导入编号",
    "抽查名称",
    "抽查级别",
    "抽查开始日期",
    "抽查结束日期",
    "导入机关",
    "文件名",
    "文件格式",
    "文件SHA-256",
    "结果数（条）",
    "不合格数（条）",
    "发出通报数（份）",
    "导入日期",
    "导入人",
    "录入时间",
];

const IMPORTS: &str = "query { spotCheckImports(first: 100) { totalCount nodes { id fileName sha256 } } }";

/// The spot-check imports (监督抽查结果导入) exported, more than a page of them (seeded by one
/// statement): every import the list counts for the importing province, newest first, each once,
/// the first hundred as the list shows them; a county below reads none of the province's; an
/// enterprise is refused.
async fn spot_check_imports(server: &TestServer) {
    let world = crate::cast::world(server).await;
    let day = if server.database_url.starts_with("postgres") { "DATE '2026-11-01'" } else { "'2026-11-01'" };
    let insert = format!(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {MANY}) \
         INSERT INTO spot_check_import (campaign_name, campaign_level, starts_on, ends_on, authority_id, \
         authority_region, file_name, file_kind, file_sha256, row_count, failed_count, notice_count, \
         imported_on, imported_by, created_at) \
         SELECT '2026年省级监督抽查', 'PROVINCIAL', {day}, {day}, a.id, a.region_code, \
         'results-' || CAST(n.i AS VARCHAR(10)) || '.csv', 'CSV', 'sha-' || CAST(n.i AS VARCHAR(10)), 10, 1, 1, \
         {day}, 'js-importer', a.created_at \
         FROM n, authority a WHERE a.region_code = '320000'"
    );
    let inserted = oversight_storage::test_db::execute_raw(server.app.store(), &insert).await.unwrap();
    assert_eq!(inserted, MANY as u64);

    let (header, records) = csv_of(server, &world.provincial, "SPOT_CHECK_IMPORTS", json!({})).await;
    assert_eq!(header, IMPORT_HEADER);
    assert_eq!(records.len(), MANY, "more than a page: every import");
    assert_eq!(total(server, &world.provincial, "spotCheckImports").await, MANY);
    let numbers: Vec<u64> = records.iter().map(|r| r[0].parse().unwrap()).collect();
    assert!(numbers.windows(2).all(|w| w[0] > w[1]), "newest first, no row twice");
    let listed = server.graphql_as(&world.provincial, IMPORTS, json!({})).await;
    let shown: Vec<(String, String, String)> = listed["data"]["spotCheckImports"]["nodes"]
        .as_array()
        .unwrap_or_else(|| panic!("{listed}"))
        .iter()
        .map(|n| {
            let field = |name: &str| n[name].as_str().unwrap().to_owned();
            (crate::cast::numeric(&field("id")), field("fileName"), field("sha256"))
        })
        .collect();
    let exported: Vec<(String, String, String)> =
        records.iter().take(100).map(|r| (r[0].clone(), r[6].clone(), r[8].clone())).collect();
    assert_eq!(exported, shown, "the file is the list");
    let last = &records[MANY - 1];
    assert_eq!(
        last[1..6],
        ["2026年省级监督抽查", "省级监督抽查", "2026-11-01", "2026-11-01", "江苏省市场监督管理局"]
    );
    assert_eq!(last[6..12], ["results-1.csv", "CSV", "sha-1", "10", "1", "1"]);
    assert_eq!((last[12].as_str(), last[13].as_str()), ("2026-11-01", "js-importer"));

    // The county below the province reads none of the province's imports.
    assert!(csv_of(server, &world.county, "SPOT_CHECK_IMPORTS", json!({})).await.1.is_empty());
    let rows = sheet_of(server, &world.provincial, "SPOT_CHECK_IMPORTS", "监督抽查导入记录").await;
    assert_eq!(rows.len(), MANY + 1, "the header and every row");
    assert_eq!(rows[1][9], Data::Float(10.0), "a count is a number");

    let before = census(server).await;
    for (label, token, filter, expected) in [
        ("an enterprise", &world.enterprise_user, json!({}), "FORBIDDEN"),
        ("another list's filter", &world.provincial, json!({ "campaigns": {} }), "EXPORT_FILTER_MISMATCH"),
    ] {
        let input = json!({ "list": "SPOT_CHECK_IMPORTS", "format": "CSV", "filter": filter });
        assert_eq!(code(&request(server, token, input).await), expected, "{label}");
    }
    assert_eq!(census(server).await, before, "a refused export request writes nothing");
}

on_both_databases!(
    the_spot_check_imports_export_every_import_once_across_pages,
    spot_check_imports,
    plugins = crate::cast::WIRE_CABLE
);

const REPORT_LIST_HEADER: [&str; 13] = [
    "报告编号",
    "报告名称",
    "报告类型",
    "年度",
    "半年",
    "报告机关",
    "状态",
    "当前版本",
    "首次报送日期",
    "退回理由",
    "解锁理由",
    "最近操作人",
    "最近操作时间",
];

/// The generated reports' list (监管工作报告清单) exported — distinct from one report's figures:
/// the rows `generatedReports` shows the same caller, in its order, each with its period,
/// authority, status and version; its status argument narrows it; a county below reads none of
/// the province's; an enterprise is refused.
async fn generated_report_list(server: &TestServer) {
    let world = crate::cast::world(server).await;
    let year = chrono::Datelike::year(&server.app.today());
    for input in [
        json!({ "kind": "ANNUAL", "year": year - 1 }),
        json!({ "kind": "SEMI_ANNUAL", "year": year - 1, "half": "FIRST" }),
    ] {
        let generated = server
            .graphql_as(
                &world.provincial,
                "mutation($i: GenerateReportInput!) { generateReport(input: $i) { id } }",
                json!({ "i": input }),
            )
            .await;
        assert!(generated.get("errors").is_none(), "{generated}");
    }
    let listed = server
        .graphql_as(
            &world.provincial,
            "query { generatedReports(first: 100) { totalCount nodes { id title } } }",
            json!({}),
        )
        .await;
    let shown: Vec<(String, String)> = listed["data"]["generatedReports"]["nodes"]
        .as_array()
        .unwrap_or_else(|| panic!("{listed}"))
        .iter()
        .map(|n| (crate::cast::numeric(n["id"].as_str().unwrap()), n["title"].as_str().unwrap().to_owned()))
        .collect();
    let (header, records) = csv_of(server, &world.provincial, "GENERATED_REPORTS", json!({})).await;
    assert_eq!(header, REPORT_LIST_HEADER);
    assert_eq!(
        records.iter().map(|r| (r[0].clone(), r[1].clone())).collect::<Vec<_>>(),
        shown,
        "the file is the list"
    );
    assert_eq!(records.len(), 2);
    let annual = records.iter().find(|r| r[2] == "年度报告").unwrap_or_else(|| panic!("{records:?}"));
    assert_eq!(annual[1], format!("{}年度报告", year - 1));
    assert_eq!(
        annual[3..8],
        [
            (year - 1).to_string(),
            String::new(),
            "江苏省市场监督管理局".to_owned(),
            "草稿".to_owned(),
            "1".to_owned()
        ]
    );
    let half = records.iter().find(|r| r[2] == "半年报告").unwrap_or_else(|| panic!("{records:?}"));
    assert_eq!((half[1].clone(), half[4].as_str()), (format!("{}年上半年报告", year - 1), "上半年"));

    // The status argument, as an XLSX file; the county below reads none of the province's.
    let filter = json!({ "generatedReportStatus": "SUBMITTED" });
    let rows =
        sheet_filtered(server, &world.provincial, ("GENERATED_REPORTS", filter), "监管工作报告清单").await;
    assert_eq!((strings(&rows[0]), rows.len()), (REPORT_LIST_HEADER.map(str::to_owned).to_vec(), 1));
    let rows = sheet_of(server, &world.provincial, "GENERATED_REPORTS", "监管工作报告清单").await;
    assert_eq!(rows[1][7], Data::Float(1.0), "the version is a number");
    assert!(csv_of(server, &world.county, "GENERATED_REPORTS", json!({})).await.1.is_empty());

    let before = census(server).await;
    for (label, token, filter, expected) in [
        ("an enterprise", &world.enterprise_user, json!({}), "FORBIDDEN"),
        (
            "one report's filter",
            &world.provincial,
            json!({ "generatedReport": "R2VuZXJhdGVkUmVwb3J0OjE" }),
            "EXPORT_FILTER_MISMATCH",
        ),
    ] {
        let input = json!({ "list": "GENERATED_REPORTS", "format": "CSV", "filter": filter });
        assert_eq!(code(&request(server, token, input).await), expected, "{label}");
    }
    assert_eq!(census(server).await, before, "a refused export request writes nothing");
}

on_both_databases!(
    the_generated_reports_list_exports_as_the_list_shows_it,
    generated_report_list,
    plugins = crate::cast::WIRE_CABLE
);
