//! Seeding for the benchmarks in `tests/examples` (not the subject of any measurement): a
//! province of enterprises, each with a wire-cable license, straight through storage in large
//! transactions, and the command-line count they take; and a year of the province's records
//! over them in one `INSERT … SELECT` per table (`seed_year`, `seed_report_year`).
// Setup for benchmarks, never a request path: a failure here stops the run, as it should.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Datelike, Duration as Days};
use oversight_app::NewAuthority;
use oversight_domain::industry::{DeclaredCategory, IndustryCatalogue, LicenseCategory};
use oversight_domain::registry::credit_code::CreditCode;
use oversight_domain::registry::enterprise::{EnterpriseScale, NewEnterprise, RawBaseData};
use oversight_domain::registry::license::NewLicense;
use oversight_domain::{AuthorityId, RegionCode};
use oversight_storage::test_db::execute_raw;

use crate::{Db, TestServer, claims};

/// Nanjing's districts: the province's enterprises are spread over them.
pub const REGIONS: &[&str] =
    &["320102", "320104", "320105", "320106", "320111", "320113", "320114", "320115"];

/// A benchmark's in-process server with the wire-cable plugin, configured by [`configure`].
pub async fn wire_cable_server(db: Db) -> TestServer {
    TestServer::start_with_plugins_and(db, &["oversight_plugin_wire_cable"], configure).await.unwrap()
}

/// The configuration of a benchmark's server: the default, but for SQLite's heap limit when
/// `OVERSIGHT_SQLITE_HEAP_LIMIT_MB` is set (0 lifts it), to compare limits on the same data
/// (docs/adr/0044 "Soak").
pub fn configure(config: &mut oversight_server::Config) {
    if let Ok(limit) = std::env::var("OVERSIGHT_SQLITE_HEAP_LIMIT_MB") {
        config.sqlite_heap_limit_mb = limit.parse().expect("OVERSIGHT_SQLITE_HEAP_LIMIT_MB: MiB");
    }
    eprintln!("SQLite heap limit: {} MiB (0: none)", config.sqlite_heap_limit_mb);
}

/// What SQLite's heap holds now and held at most, for a benchmark's report (SQLite only).
pub fn sqlite_heap(server: &TestServer) -> String {
    match server.app.store().sqlite_memory() {
        Some(memory) => format!(
            "SQLite heap {:.1} MB, high-water {:.1} MB",
            memory.used as f64 / 1e6,
            memory.highwater as f64 / 1e6
        ),
        None => "no SQLite heap (PostgreSQL)".to_owned(),
    }
}

/// `--enterprises N` from the command line, 100,000 when absent.
pub fn enterprises() -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == "--enterprises")
        .and_then(|i| args.get(i + 1))
        .map(|n| n.parse().expect("--enterprises N"))
        .unwrap_or(100_000)
}

/// Creates the Jiangsu authority and `count` enterprises of Nanjing with a wire-cable license
/// each; returns a provincial officer's token.
pub async fn seed_province(server: &TestServer, count: usize) -> String {
    let jiangsu = create_authority(server, "江苏省市场监督管理局", "320000").await;
    let regions: Vec<RegionCode> = REGIONS.iter().map(|code| RegionCode::parse(code).unwrap()).collect();
    seed_enterprises(server, &regions, count).await;
    officer_token(server, jiangsu, "js-officer")
}

/// Creates an authority for each of the 31 provinces and `count` enterprises spread evenly over
/// them (each in its province's first county), with a wire-cable license each; returns each
/// province's officer token, in region-code order.
pub async fn seed_nation(server: &TestServer, count: usize) -> Vec<String> {
    let provinces = oversight_domain::registry::region::children(RegionCode::NATION);
    let mut tokens = Vec::new();
    let mut counties = Vec::new();
    for province in &provinces {
        let id =
            create_authority(server, &format!("{}市场监督管理局", province.name), province.code.as_str())
                .await;
        tokens.push(officer_token(server, id, &format!("officer-{}", province.code.as_str())));
        counties.push(first_county(province.code));
    }
    seed_enterprises(server, &counties, count).await;
    tokens
}

/// The first county-level region under `region`, through its first city when it has cities.
fn first_county(region: RegionCode) -> RegionCode {
    let mut code = region;
    while code.level() != oversight_domain::registry::region::RegionLevel::County {
        code = oversight_domain::registry::region::children(code).first().unwrap().code;
    }
    code
}

async fn create_authority(server: &TestServer, name: &str, region: &str) -> oversight_domain::AuthorityId {
    let authority = NewAuthority {
        name: name.to_owned(),
        region_code: region.to_owned(),
        parent_id: server.national_authority,
    };
    server.app.create_authority(&server.national, authority).await.unwrap().id
}

fn officer_token(server: &TestServer, authority: oversight_domain::AuthorityId, subject: &str) -> String {
    server.token(&claims(subject, &format!("authority:{authority}"), "provincial_officer", Some("staff")))
}

/// `count` enterprises spread over `regions` round robin, each with a wire-cable license issued
/// between a month and two years ago, in transactions of 10,000; returns the license numbers (a
/// benchmark that opens testing tasks names them).
pub async fn seed_enterprises(server: &TestServer, regions: &[RegionCode], count: usize) -> Vec<String> {
    let app = &server.app;
    let store = app.store();
    let now = oversight_app::now();
    let today = app.today();
    // Wire and cable declaring its whole category 06, so that numbers may spread over its units.
    let mut wire_cable = app.industry_catalogue().find("wire-cable").unwrap().clone();
    wire_cable.license_categories =
        vec![DeclaredCategory { code: LicenseCategory::parse("06").unwrap(), needs_verification: true }];
    let catalogue = IndustryCatalogue::new(oversight_app::shipped_industries(), vec![wire_cable]);
    let mut numbers = Vec::with_capacity(count);
    const CHUNK: usize = 10_000;
    for chunk_start in (0..count).step_by(CHUNK) {
        let tx = store.begin().await.unwrap();
        for i in chunk_start..(chunk_start + CHUNK).min(count) {
            let region = regions[i % regions.len()];
            let code = CreditCode::from_body(&format!("91{}{:09}", region.as_str(), i)).unwrap();
            let raw = RawBaseData {
                name: Some(format!("电缆{i}有限公司")),
                region_code: Some(region.as_str().to_owned()),
                address: Some("工业园路 1 号".to_owned()),
                scale: Some(EnterpriseScale::Small),
                products: Some(vec!["聚氯乙烯绝缘电缆".to_owned()]),
                production_conditions: Some(String::new()),
                inspection_means: None,
                process: None,
            };
            let new = NewEnterprise::parse(code.as_str(), raw).unwrap();
            let enterprise = oversight_storage::registry::enterprise::insert(&tx, &new, now).await.unwrap();
            let number = format!("XK06-{:03}-{:05}", 1 + i / 90_000, 1 + i % 90_000);
            let issued_on = today - Days::days(30 + (i % 700) as i64);
            let license = NewLicense::parse(
                &catalogue,
                &number,
                "wire-cable",
                "电线电缆",
                issued_on,
                None,
                None,
                &region,
            )
            .unwrap();
            oversight_storage::registry::license::insert(&tx, enterprise.id, &license, now).await.unwrap();
            numbers.push(number);
        }
        tx.commit().await.unwrap();
    }
    numbers
}

/// Runs a benchmark on SQLite, then on PostgreSQL when `OVERSIGHT_TEST_POSTGRES_URL` is set
/// (saying so when it is not).
pub async fn on_each_database<F, Fut>(run: F)
where
    F: Fn(Db) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    run(Db::Sqlite).await;
    if crate::postgres_url().is_some() {
        run(Db::Postgres).await;
    } else {
        eprintln!("PostgreSQL skipped: OVERSIGHT_TEST_POSTGRES_URL is not set");
    }
}

/// Ten wire-cable results of a BV 1.5 mm² sample that passes every item (the benchmarks'
/// submissions).
pub fn passing_wire_cable_items() -> Vec<serde_json::Value> {
    let item = |code: &str, value: &str, unit: &str| serde_json::json!({ "item": code, "value": value, "unit": unit });
    vec![
        item("conductor_resistance", "12.0", "Ω/km"),
        item("insulation_thickness_mean", "0.72", "mm"),
        item("insulation_thickness_thinnest", "0.55", "mm"),
        item("voltage_test", "no_breakdown", ""),
        item("insulation_resistance_70c", "0.015", "MΩ·km"),
        item("insulation_tensile_strength", "13.5", "N/mm²"),
        item("insulation_elongation", "150", "%"),
        item("insulation_tensile_variation_after_ageing", "-5", "%"),
        item("flame_single_vertical", "pass", ""),
        item("marking", "conforming", ""),
    ]
}

/// The SQL dialect of the seeding statements: a date literal and a date some days after it.
pub struct Dialect(pub Db);

impl Dialect {
    /// `days` (an SQL expression) days after the literal day `base`.
    pub fn day(&self, base: &str, days: &str) -> String {
        match self.0 {
            Db::Postgres => format!("(DATE '{base}' + CAST({days} AS INTEGER))"),
            Db::Sqlite => format!("date('{base}', '+' || ({days}) || ' days')"),
        }
    }

    /// `days` (an SQL expression) days after the date expression `date` (a column).
    pub fn after(&self, date: &str, days: &str) -> String {
        match self.0 {
            Db::Postgres => format!("({date} + CAST({days} AS INTEGER))"),
            Db::Sqlite => format!("date({date}, '+' || ({days}) || ' days')"),
        }
    }

    pub fn date(&self, day: &str) -> String {
        match self.0 {
            Db::Postgres => format!("DATE '{day}'"),
            Db::Sqlite => format!("'{day}'"),
        }
    }
}

async fn execute_all(server: &TestServer, statements: &[String]) {
    for statement in statements {
        execute_raw(server.app.store(), statement).await.unwrap_or_else(|e| panic!("{e}: {statement}"));
    }
}

/// A year of records (the current one) in one `INSERT … SELECT` per table over the licenses of
/// [`seed_province`], with the Nanjing authority (under Jiangsu) created for them: an annual review for every license (one in ten submitted and waiting to be
/// examined, seven passed, two pending), a follow-up visit owed for one license in ten, and
/// 3,000 supervision orders, requests from Nanjing and linkage notices each addressed to Jiangsu,
/// one in ten still open (one in five for the notices: sent or
/// acknowledged; the others closed with a follow-up visit as their proof). Returns Jiangsu's and
/// Nanjing's ids.
pub async fn seed_year(server: &TestServer, db: Db) -> (AuthorityId, AuthorityId) {
    let jiangsu = server.app.authority_at(&RegionCode::parse("320000").unwrap()).await.unwrap().unwrap().id;
    let nanjing = NewAuthority {
        name: "南京市市场监督管理局".to_owned(),
        region_code: "320100".to_owned(),
        parent_id: jiangsu,
    };
    let nanjing = server.app.create_authority(&server.national, nanjing).await.unwrap().id;
    let (ids, jiangsu_key, nanjing_key) = ((jiangsu, nanjing), jiangsu.get(), nanjing.get());
    let d = Dialect(db);
    let year = server.app.today().year();
    let jan = |day: u32| format!("{year}-01-{day:02}");
    let nation = server.national_authority.get();
    let first = "(SELECT MIN(id) FROM enterprise)";
    let statements = [
        format!(
            "INSERT INTO annual_review_year (authority_id, province, year, opened_on, submission_deadline, delegated, \
             opened_by, created_at) SELECT {jiangsu_key}, '320000', {year}, {opened}, {deadline}, 1 = 1, 'bench', created_at \
             FROM enterprise WHERE id = {first}",
            opened = d.date(&jan(5)),
            deadline = d.date(&format!("{year}-03-31")),
        ),
        format!(
            "INSERT INTO annual_review (year_id, year, license_id, enterprise_id, industry, status, joined_on, \
             submission_deadline, report_version, first_submitted_on, reminders, queued_at, created_at, updated_at) \
             SELECT (SELECT MAX(id) FROM annual_review_year), {year}, l.id, l.enterprise_id, l.industry_code, \
             CASE WHEN l.id % 10 = 0 THEN 'SUBMITTED' WHEN l.id % 10 < 8 THEN 'PASSED' ELSE 'PENDING' END, \
             {joined}, {deadline}, 1, CASE WHEN l.id % 10 < 8 THEN {submitted} END, 0, l.created_at, l.created_at, \
             l.created_at FROM license l",
            joined = d.date(&jan(5)),
            deadline = d.date(&format!("{year}-03-31")),
            submitted = d.day(&jan(5), "l.id % 80"),
        ),
        format!(
            "INSERT INTO follow_up (enterprise_id, license_id, origin, origin_id, deadline, carried, created_at) \
             SELECT l.enterprise_id, l.id, 'PATROL_MEASURE', l.id, {deadline}, '[\"PACKAGING_LABELING\"]', l.created_at \
             FROM license l WHERE l.id % 10 = 3",
            deadline = d.day(&jan(1), "l.id % 365"),
        ),
        format!(
            "INSERT INTO supervision_order (status, issuer_authority_id, issuer_region, target_authority_id, \
             target_region, subject_kind, subject_text, text, issued_on, working_days, deadline, n_returns, issued_by, \
             created_at, updated_at) SELECT CASE WHEN l.id % 10 = 0 THEN 'ISSUED' ELSE 'ACCEPTED' END, {nation}, \
             '000000', {jiangsu_key}, '320000', 'OTHER', '巡查计划', '督办事项', {issued}, 5, {deadline}, 0, 'bench', \
             l.created_at, l.created_at FROM license l WHERE l.id <= {first} + 2999",
            issued = d.day(&jan(1), "l.id % 350"),
            deadline = d.day(&jan(8), "l.id % 350"),
        ),
        format!(
            "INSERT INTO lower_tier_request (kind, status, raiser_authority_id, raiser_region, target_authority_id, \
             target_region, text, raised_on, answer_by, n_reopened, raised_by, created_at, updated_at) \
             SELECT 'QUESTION', CASE WHEN l.id % 10 = 0 THEN 'RAISED' ELSE 'RESOLVED' END, {nanjing_key}, '320100', \
             {jiangsu_key}, '320000', '请示事项', {raised}, {answer}, 0, 'bench', l.created_at, l.created_at \
             FROM license l WHERE l.id <= {first} + 2999",
            raised = d.day(&jan(1), "l.id % 350"),
            answer = d.day(&jan(11), "l.id % 350"),
        ),
        format!(
            "INSERT INTO linkage_notice (notice_type, status, source_authority_id, source_region, target_authority_id, \
             target_region, enterprise_id, text, sent_on, acknowledge_by, act_by, close_by, closed_on, proof_kind, \
             proof_id, closed_by, sent_by, created_at, updated_at) SELECT 'NATIONAL_SPOT_CHECK_FAILURE', \
             CASE WHEN l.id % 10 = 0 THEN 'SENT' WHEN l.id % 10 = 1 THEN 'ACKNOWLEDGED' ELSE 'CLOSED' END, {nation}, \
             '000000', {jiangsu_key}, '320000', l.enterprise_id, '国家监督抽查不合格', {sent}, {ack}, {act}, {close}, \
             CASE WHEN l.id % 10 > 1 THEN {closed} END, CASE WHEN l.id % 10 > 1 THEN 'FOLLOW_UP_VISIT' END, \
             CASE WHEN l.id % 10 > 1 THEN l.id END, CASE WHEN l.id % 10 > 1 THEN 'bench' END, 'bench', l.created_at, \
             l.created_at FROM license l WHERE l.id <= {first} + 2999",
            sent = d.day(&jan(1), "l.id % 350"),
            ack = d.day(&jan(3), "l.id % 350"),
            act = d.day(&jan(15), "l.id % 350"),
            close = d.day(&format!("{year}-02-12"), "l.id % 350"),
            closed = d.day(&jan(10), "l.id % 350 + l.id % 30"),
        ),
    ];
    execute_all(server, &statements).await;
    ids
}

/// What the province's report counts besides [`seed_year`]'s records, for the days of this year
/// up to yesterday, in one `INSERT … SELECT` (or `UPDATE`) per table: patrols of every other
/// license (one in five with findings) and follow-up visits of half the follow-ups owed; periodic
/// testing of one license in five (one sample in twenty nonconforming) with their rectifications
/// (one in ten ending in a revocation proposal); suspensions and revocations; twelve spot-check
/// imports with their rows; unlicensed and counterfeiting cases; and every license's enterprise
/// periodic reports of the quarters ended (one in ten never filed, one in ten returned, one in
/// ten a draft, a fifth of the filed ones late).
pub async fn seed_report_year(server: &TestServer, db: Db, jiangsu: i64) {
    let institution =
        server.institution("江苏省电线电缆产品质量监督检验站", "320000").await.unwrap().id.get();
    let today = server.app.today();
    let d = Dialect(db);
    let spread = format!("l.id % {}", today.ordinal0().max(1));
    let jan1 = format!("{}-01-01", today.year());
    let on = d.day(&jan1, &spread);
    let mut statements = patrols_and_testing(&d, jiangsu, institution, &on, &d.date(&today.to_string()));
    statements.extend(enforcement(&d, jiangsu, &on));
    statements.extend(periodic_reports(&d, today));
    execute_all(server, &statements).await;
}

/// Patrols and follow-up visits, and periodic testing down to its revocation proposals (one
/// designated institution and one result submission carry every task and verdict).
fn patrols_and_testing(d: &Dialect, jiangsu: i64, institution: i64, on: &str, today: &str) -> Vec<String> {
    let first = "(SELECT MIN(id) FROM enterprise)";
    vec![
        format!(
            "INSERT INTO patrol_inspection (kind, enterprise_id, license_id, industry, inspected_on, inspectors, \
             answers, findings, re_review_required, recorded_at, received_at, authority_id, filing, recorded_by, \
             created_at, updated_at) SELECT 'PATROL', l.enterprise_id, l.id, l.industry_code, {on}, '[\"bench\"]', \
             '[]', CASE WHEN l.id % 10 = 4 THEN '[\"PACKAGING_LABELING\"]' ELSE '[]' END, 1 = 0, l.created_at, \
             l.created_at, {jiangsu}, 'FILED', 'bench', l.created_at, l.created_at FROM license l WHERE l.id % 2 = 0"
        ),
        format!(
            "INSERT INTO patrol_inspection (kind, enterprise_id, license_id, industry, inspected_on, inspectors, \
             answers, findings, re_review_required, follow_up_id, recorded_at, received_at, authority_id, filing, \
             recorded_by, created_at, updated_at) SELECT 'FOLLOW_UP', f.enterprise_id, f.license_id, 'wire-cable', \
             f.deadline, '[\"bench\"]', '[]', CASE WHEN f.id % 10 = 0 THEN '[\"PACKAGING_LABELING\"]' ELSE '[]' END, \
             1 = 0, f.id, f.created_at, f.created_at, {jiangsu}, 'FILED', 'bench', f.created_at, f.created_at \
             FROM follow_up f WHERE f.id % 2 = 0 AND f.deadline < {today}"
        ),
        format!(
            "INSERT INTO designation (industry_code, institution_id, region_code, valid_from, valid_until, \
             designated_by, created_at) SELECT 'wire-cable', {institution}, '320000', {from}, {until}, 'bench', \
             created_at FROM enterprise WHERE id = {first}",
            from = d.date("2020-01-01"),
            until = d.date("2099-12-31"),
        ),
        format!(
            "INSERT INTO result_submission (institution_id, idempotency_key, request_digest, response, submitted_by, \
             created_at) SELECT {institution}, 'bench', 'bench', '{{}}', 'bench', created_at FROM enterprise \
             WHERE id = {first}"
        ),
        format!(
            "INSERT INTO testing_task (enterprise_id, license_id, institution_id, designation_id, industry_code, \
             variant, batch, declared, declared_standards, sampling_date, test_portion, backup_portion, plugin_id, \
             plugin_version, editions, status, opened_by, created_at, updated_at) SELECT l.enterprise_id, l.id, \
             {institution}, (SELECT MAX(id) FROM designation), l.industry_code, 'BV', 'B' || l.id, '{{}}', '[]', {on}, \
             'A', 'B', 'oversight_plugin_wire_cable', '1.0.0', '{{}}', \
             CASE WHEN l.id % 50 = 1 THEN 'OPEN' ELSE 'JUDGED' END, 'bench', l.created_at, l.created_at \
             FROM license l WHERE l.id % 5 = 1"
        ),
        format!(
            "INSERT INTO test_verdict (task_id, submission_id, verdict, conclusion, serious, plugin_id, \
             plugin_version, engine_version, judged_at) SELECT t.id, (SELECT MAX(id) FROM result_submission), '{{}}', \
             CASE WHEN t.id % 20 = 0 THEN 'NONCONFORMING' WHEN t.id % 97 = 0 THEN 'NOT_JUDGEABLE' \
             ELSE 'NO_NONCONFORMITY_FOUND' END, 1 = 0, t.plugin_id, t.plugin_version, '1', t.created_at \
             FROM testing_task t WHERE t.status = 'JUDGED'"
        ),
        format!(
            "INSERT INTO rectification (task_id, enterprise_id, license_id, status, opened_on, deadline, opened_by, \
             created_at, updated_at) SELECT t.id, t.enterprise_id, t.license_id, CASE WHEN t.id % 3 = 0 THEN \
             'CLOSED' WHEN t.id % 3 = 1 THEN 'RECTIFYING' ELSE 'RECHECKING' END, {opened}, {deadline}, 'bench', \
             t.created_at, t.created_at FROM testing_task t JOIN test_verdict v ON v.task_id = t.id \
             WHERE v.conclusion = 'NONCONFORMING'",
            opened = d.after("t.sampling_date", "20"),
            deadline = d.after("t.sampling_date", "110"),
        ),
        "INSERT INTO revocation_proposal (rectification_id, enterprise_id, license_id, recheck_task_id, status, \
         grounds, made_by, made_at, source, created_at, updated_at) SELECT r.id, r.enterprise_id, r.license_id, \
         r.task_id, 'PENDING', '复查仍不合格', 'bench', r.created_at, 'RECHECK', r.created_at, r.created_at \
         FROM rectification r WHERE r.id % 10 = 0"
            .to_owned(),
    ]
}

/// Suspensions and revocations (the change and the license's status), spot-check imports with
/// their rows, unlicensed and counterfeiting cases.
fn enforcement(d: &Dialect, jiangsu: i64, on: &str) -> Vec<String> {
    let first = "(SELECT MIN(id) FROM enterprise)";
    let change = |status: &str, every: &str| {
        [
            format!(
                "INSERT INTO license_status_change (license_id, status, effective_on, recorded_at) \
                 SELECT l.id, '{status}', {on}, l.created_at FROM license l WHERE {every}"
            ),
            format!("UPDATE license SET status = '{status}' WHERE {}", every.replace("l.id", "id")),
        ]
    };
    let mut statements = Vec::new();
    statements.extend(change("SUSPENDED", "l.id % 500 = 7"));
    statements.extend(change("REVOKED", "l.id % 2000 = 11"));
    statements.extend([
        format!(
            "INSERT INTO spot_check_import (campaign_name, campaign_level, starts_on, ends_on, authority_id, \
             authority_region, file_name, file_kind, file_sha256, row_count, failed_count, notice_count, imported_on, \
             imported_by, created_at) SELECT '省级产品质量监督抽查', 'PROVINCIAL', {on}, {ends}, {jiangsu}, '320000', \
             'bench.xlsx', 'XLSX', 'bench' || l.id, 521, 0, 0, {imported}, 'bench', l.created_at FROM license l \
             WHERE l.id <= {first} + 11",
            on = on.replace("l.id %", "(l.id * 28) %"),
            ends = d.after(&on.replace("l.id %", "(l.id * 28) %"), "20"),
            imported = d.after(&on.replace("l.id %", "(l.id * 28) %"), "25"),
        ),
        format!(
            "INSERT INTO spot_check_row (import_id, row_number, enterprise_id, license_id, credit_code, \
             license_number, enterprise_name, product_name, model, sampling_date, institution, conclusion) \
             SELECT (SELECT MIN(id) FROM spot_check_import) + l.id % 12, l.id / 16, l.enterprise_id, l.id, \
             e.credit_code, l.number, e.name, '聚氯乙烯绝缘电缆', 'BV', {on}, '江苏省电线电缆产品质量监督检验站', \
             'PASS' FROM license l JOIN enterprise e ON e.id = l.enterprise_id WHERE l.id % 16 = 5"
        ),
        format!(
            "INSERT INTO unlicensed_case (status, region, authority_id, producer_name, address, industry, product, \
             source, finding, found_on, urged_on, apply_by, licensed_on, ban_ground, local_government, ban_document, \
             ban_notified_on, opened_by, updated_by, created_at, updated_at) SELECT CASE (l.id / 200) % 4 WHEN 0 THEN 'FOUND' \
             WHEN 1 THEN 'URGED' WHEN 2 THEN 'LICENSED' ELSE 'BAN_NOTIFIED' END, e.region_code, {jiangsu}, \
             '无证作坊' || l.id, '工业园路 2 号', 'wire-cable', '电线', 'PATROL', '无证生产', {on}, \
             CASE WHEN (l.id / 200) % 4 > 0 THEN {urged} END, CASE WHEN (l.id / 200) % 4 > 0 THEN {apply_by} END, \
             CASE WHEN (l.id / 200) % 4 = 2 THEN {later} END, CASE WHEN (l.id / 200) % 4 = 3 THEN 'NO_APPLICATION_BY_DEADLINE' END, \
             CASE WHEN (l.id / 200) % 4 = 3 THEN '南京市人民政府' END, CASE WHEN (l.id / 200) % 4 = 3 THEN '宁市监〔2026〕1号' END, \
             CASE WHEN (l.id / 200) % 4 = 3 THEN {later} END, 'bench', 'bench', l.created_at, l.created_at \
             FROM license l JOIN enterprise e ON e.id = l.enterprise_id WHERE l.id % 200 = 9",
            urged = d.after(on, "3"),
            apply_by = d.after(on, "33"),
            later = d.after(on, "40"),
        ),
        format!(
            "INSERT INTO counterfeit_case (enterprise_id, license_id, authority_id, status, finding, source_kind, \
             opened_on, opened_by, due_on, revocation_reported_on, created_at, updated_at) SELECT l.enterprise_id, \
             l.id, {jiangsu}, CASE l.id % 3 WHEN 0 THEN 'OPEN' WHEN 1 THEN 'STOP_ORDERED' \
             ELSE 'REVOCATION_REPORTED' END, '冒用他人厂名厂址', 'PATROL', {on}, 'bench', {due}, \
             CASE WHEN l.id % 3 = 2 THEN {reported} END, l.created_at, l.created_at FROM license l \
             WHERE l.id % 1000 = 13",
            due = d.after(on, "15"),
            reported = d.after(on, "10"),
        ),
    ]);
    statements
}

/// Every license's enterprise periodic report of each quarter ended by `today` (due fifteen days
/// after its quarter): one in ten never filed, one in ten a draft, one in ten returned, the
/// others acknowledged, a fifth of the filed ones first submitted after their due day.
fn periodic_reports(d: &Dialect, today: chrono::NaiveDate) -> Vec<String> {
    let ended = (today.month0() / 3) as i32;
    (1..=ended)
        .map(|quarter| {
            let year = today.year();
            let last = chrono::NaiveDate::from_ymd_opt(year, 3 * quarter as u32, 1).unwrap() + Days::days(31);
            let last = last.with_day(1).unwrap() - Days::days(1);
            let due = (last + Days::days(15)).to_string();
            let last = last.to_string();
            format!(
                "INSERT INTO periodic_report (enterprise_id, industry, period_key, due_on, status, content, \
                 submissions, first_submitted_on, submitted_on, return_reason, drafted_by, created_at, updated_at) \
                 SELECT l.enterprise_id, l.industry_code, {key}, {due_on}, CASE l.id % 10 WHEN 8 THEN 'DRAFT' \
                 WHEN 9 THEN 'RETURNED' ELSE 'ACKNOWLEDGED' END, '{{}}', CASE WHEN l.id % 10 = 8 THEN 0 ELSE 1 END, \
                 CASE WHEN l.id % 10 <> 8 THEN {submitted} END, CASE WHEN l.id % 10 <> 8 THEN {submitted} END, \
                 CASE WHEN l.id % 10 = 9 THEN '产量与销量不符' END, 'bench', l.created_at, l.created_at \
                 FROM license l WHERE l.id % 10 <> 7",
                key = year * 10 + quarter,
                due_on = d.date(&due),
                submitted = d.day(&last, "1 + l.id % 19"),
            )
        })
        .collect()
}
