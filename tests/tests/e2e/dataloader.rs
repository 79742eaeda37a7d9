//! No N+1: a page of enterprises with their licenses, license copies and latest
//! archive events costs the same number of SQL statements for 5 rows as for 50; so does a page
//! with each enterprise's change requests, and one with the first page of each enterprise's
//! rectifications and proposals and each license's testing tasks; so does a page of patrol plans
//! with their coverage and a page of the patrols due, and a page of authorities with their
//! responsible persons and one of responsibility assignments, and a page of responsibility
//! agreements with every target's live value.

use oversight_app::{ChangeLicenseStatus, IssueLicense, RegisterEnterprise};
use oversight_domain::registry::enterprise::{EnterpriseScale, RawBaseData};
use oversight_domain::registry::license::LicenseStatus;
use oversight_tests::{TestServer, claims, on_both_databases};
use serde_json::json;

use crate::common::credit_code;

const QUERY: &str = r#"query($first: Int!) { enterprises(first: $first) { totalCount edges { node {
    name region { name parent { name } }
    licenses { number status industry { nameZh } copyEntries { kind text } }
    archive(first: 2) { totalCount edges { node { kind summary license { number } } } }
} } } }"#;

on_both_databases!(page_costs_constant_statements, page_costs_constant_statements_body);

async fn page_costs_constant_statements_body(server: &TestServer) {
    let issued_on = oversight_tests::today() - chrono::Duration::days(60);
    for n in 0..50_u32 {
        let enterprise = server
            .app
            .register_enterprise(
                &server.national,
                RegisterEnterprise {
                    credit_code: credit_code("320102", 1000 + n),
                    base: RawBaseData {
                        name: Some(format!("南京第{n}电缆有限公司")),
                        region_code: Some("320102".to_owned()),
                        address: Some("工业园路 1 号".to_owned()),
                        scale: Some(EnterpriseScale::Small),
                        products: None,
                        production_conditions: None,
                        inspection_means: None,
                        process: None,
                    },
                },
            )
            .await
            .unwrap();
        // Every other enterprise has asked for a change (变更申请), for the change-request page.
        if n % 2 == 0 {
            let user = claims("ent", &format!("enterprise:{}", enterprise.id), "enterprise_user", None);
            let principal = server.app.principal_from_claims(&user).await.unwrap();
            let raw = oversight_app::RawChange {
                process: Some(format!("工艺 {n}")),
                reason: "新工艺".to_owned(),
                ..Default::default()
            };
            server.app.request_enterprise_change(&principal, enterprise.id, raw).await.unwrap();
        }
        for k in 0..(1 + n % 2) {
            let license = server
                .app
                .issue_license(
                    &server.national,
                    IssueLicense {
                        enterprise_id: enterprise.id,
                        number: format!("XK06-001-{:05}", 1000 * k + n + 1),
                        industry: "wire-cable".to_owned(),
                        product_unit: "电线电缆".to_owned(),
                        issued_on,
                        expires_on: None,
                        import: false,
                        status: None,
                    },
                )
                .await
                .unwrap();
            if n % 3 == 0 {
                server
                    .app
                    .change_license_status(
                        &server.national,
                        ChangeLicenseStatus {
                            number: license.number.to_string(),
                            to: LicenseStatus::Suspended,
                            reason: "抽查不合格".to_owned(),
                        },
                    )
                    .await
                    .unwrap();
            }
        }
    }

    // Authenticating a token costs one lookup of its organisation, then the
    // verification is cached; warm it so only the page itself is counted.
    server.data("{ viewer { subject } }", json!({})).await;
    let mut counts = Vec::new();
    for first in [5, 50] {
        let before = server.statements.get();
        let data = server.data(QUERY, json!({ "first": first })).await;
        let statements = server.statements.get() - before;
        let edges = data["enterprises"]["edges"].as_array().unwrap();
        assert_eq!(edges.len(), first);
        // The data really is there (a loader returning nothing would also be "constant").
        assert!(edges.iter().all(|e| !e["node"]["licenses"].as_array().unwrap().is_empty()));
        assert!(edges.iter().all(|e| e["node"]["archive"]["edges"].as_array().unwrap().len() == 2));
        assert!(edges.iter().all(|e| e["node"]["licenses"][0]["copyEntries"][0]["kind"] == "ISSUED"));
        eprintln!("DataLoader check: first={first} ran {statements} SQL statements");
        counts.push(statements);
    }
    assert_eq!(counts[0], counts[1], "statement count grows with the page: {counts:?}");
    // page + count + licenses + copy entries + newest archive + archive counts + archive licenses
    assert!(counts[0] <= 7, "more statements than relations: {counts:?}");

    // Each enterprise's change requests: one batch for the page, whatever its size.
    let mut counts = Vec::new();
    for first in [5, 50] {
        let before = server.statements.get();
        let data = server.data(CHANGES, json!({ "first": first })).await;
        let statements = server.statements.get() - before;
        let edges = data["enterprises"]["edges"].as_array().unwrap();
        assert_eq!(edges.len(), first);
        let asked = edges.iter().filter(|e| e["node"]["changeRequests"][0]["status"] == "OPEN").count();
        assert_eq!(asked, first.div_ceil(2), "every other enterprise asked: {data}");
        counts.push(statements);
    }
    assert_eq!(counts[0], counts[1], "statement count grows with the page: {counts:?}");
    // page + change requests
    assert!(counts[0] <= 2, "more statements than relations: {counts:?}");

    // The first page of each enterprise's rectifications and revocation proposals and of each
    // license's testing tasks, with their totals: one batch per relation for the page, whatever
    // its size (their contents and totals are checked in navigation.rs).
    let mut counts = Vec::new();
    for first in [5, 50] {
        let before = server.statements.get();
        let data = server.data(RELATIONS, json!({ "first": first })).await;
        let statements = server.statements.get() - before;
        assert_eq!(data["enterprises"]["edges"].as_array().unwrap().len(), first);
        eprintln!("DataLoader check (relations): first={first} ran {statements} SQL statements");
        counts.push(statements);
    }
    assert_eq!(counts[0], counts[1], "statement count grows with the page: {counts:?}");
    // page + licenses + their tasks and task counts + rectifications and their counts +
    // proposals and their counts
    assert!(counts[0] <= 8, "more statements than relations: {counts:?}");
}

const RELATIONS: &str = r#"query($first: Int!) { enterprises(first: $first) { edges { node {
    rectifications(first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage } }
    revocationProposals(first: 2) { totalCount edges { node { id } } }
    licenses { testingTasks(first: 2, orderBy: { field: SAMPLING_DATE, direction: DESC }) { totalCount edges { node { id } } } }
} } } }"#;

const CHANGES: &str = r#"query($first: Int!) { enterprises(first: $first) { edges { node {
    id changeRequests { status reason }
} } } }"#;

on_both_databases!(patrol_plans_cost_constant_statements, patrol_plans_body);

const PLANS: &str = r#"query($first: Int!) {
    patrolPlans(first: $first) { totalCount nodes { name coverage { authority { name } targets patrolled } } }
    patrolsDue(first: $first) { totalCount nodes { visits enterprise { name } plan { name } authority { name } } }
}"#;

/// Patrol plans (docs/adr/0022 "Plans"): a page of plans with their coverage and a page of the
/// patrols due, each with its enterprise, plan and authority, cost the same statements for 3
/// rows as for 30 — the targets, coverage and queue are one statement each, whatever the plans.
async fn patrol_plans_body(server: &TestServer) {
    use oversight_domain::patrol::plan::QualityBasis;
    let chain = server.jiangsu_chain().await;
    let issued_on = oversight_tests::today() - chrono::Duration::days(60);
    for n in 0..30_u32 {
        let enterprise = server
            .app
            .register_enterprise(
                &server.national,
                RegisterEnterprise {
                    credit_code: credit_code("320102", 3000 + n),
                    base: RawBaseData {
                        name: Some(format!("玄武第{n}电缆有限公司")),
                        region_code: Some("320102".to_owned()),
                        address: Some("工业园路 2 号".to_owned()),
                        scale: Some(EnterpriseScale::Small),
                        products: None,
                        production_conditions: None,
                        inspection_means: None,
                        process: None,
                    },
                },
            )
            .await
            .unwrap();
        let license = IssueLicense {
            enterprise_id: enterprise.id,
            number: format!("XK06-001-{:05}", 3000 + n),
            industry: "wire-cable".to_owned(),
            product_unit: "电线电缆".to_owned(),
            issued_on,
            expires_on: None,
            import: false,
            status: None,
        };
        server.app.issue_license(&server.national, license).await.unwrap();
    }
    let province =
        claims("js-planner", &format!("authority:{}", chain.jiangsu.id), "provincial_officer", Some("staff"));
    let planner = server.app.principal_from_claims(&province).await.unwrap();
    let today = server.app.today();
    for n in 0..30 {
        // Alternately the county and its city execute (each plan names one of them).
        let executing = if n % 2 == 0 { chain.xuanwu.id } else { chain.nanjing.id };
        let plan = oversight_app::PlanInput {
            name: format!("巡查计划{n}"),
            industry: "wire-cable".to_owned(),
            basis: QualityBasis::All,
            starts_on: today,
            ends_on: today + chrono::Duration::days(100),
            executing_authority_ids: vec![executing],
            coverage_percent: 80,
            visits_per_enterprise: None,
        };
        server.app.create_patrol_plan(&planner, &plan).await.unwrap();
    }
    server.data("{ viewer { subject } }", json!({})).await;
    let mut counts = Vec::new();
    for first in [3, 30] {
        let before = server.statements.get();
        let data = server.data(PLANS, json!({ "first": first })).await;
        let statements = server.statements.get() - before;
        let plans = data["patrolPlans"]["nodes"].as_array().unwrap();
        let due = data["patrolsDue"]["nodes"].as_array().unwrap();
        assert_eq!((plans.len(), due.len()), (first, first));
        // The data really is there: every plan covers the 30 enterprises, none patrolled yet.
        assert!(
            plans.iter().all(|p| p["coverage"][0]["targets"] == 30 && p["coverage"][0]["patrolled"] == 0)
        );
        assert!(due.iter().all(|d| d["visits"] == 0 && d["enterprise"]["name"].is_string()));
        assert_eq!(
            (data["patrolPlans"]["totalCount"].clone(), data["patrolsDue"]["totalCount"].clone()),
            (json!(30), json!(900))
        );
        eprintln!("patrol plans: first={first} ran {statements} SQL statements");
        counts.push(statements);
    }
    // plans page + count + coverage + queue page + count + enterprises + plans + authorities,
    // and the provincial rules in force (docs/adr/0032: one short read of a small table by each
    // of coverage, queue page and count, whatever the page); `authority` is asked by the coverage
    // rows and the queue rows, which resolve at different depths: one batch or two, depending on
    // timing — a bound, not a growth with the page. The key regions (docs/adr/0037) add one
    // statement of figures to each of coverage and queue page (the count shares the page's
    // judgment), and the plans' provinces to coverage.
    assert!(counts.iter().all(|&n| n <= 14), "statement count grows with the page: {counts:?}");
    // The queue's count is judged with its page (`PatrolDueJudgment`): asking `totalCount` costs
    // its one counting statement, not the rules and the key-region figures a second time.
    let page = statements_of(server, "{ patrolsDue(first: 3) { nodes { visits } } }").await;
    let counted = statements_of(server, "{ patrolsDue(first: 3) { totalCount nodes { visits } } }").await;
    assert_eq!(counted - page, 1, "totalCount re-judged the queue: {page} then {counted} statements");
}

/// The SQL statements one request runs.
async fn statements_of(server: &TestServer, query: &str) -> u64 {
    let before = server.statements.get();
    let data = server.data(query, json!({})).await;
    assert!(data["patrolsDue"]["nodes"].is_array(), "{data}");
    server.statements.get() - before
}

on_both_databases!(linkage_notices_cost_constant_statements, linkage_notices_body);

const NOTICES: &str = r#"query($first: Int!) {
    linkageNotices(first: $first) { totalCount nodes { status late enterprise { name }
        sourceAuthority { name } targetAuthority { name } parent { id } children { id targetAuthority { name } } } }
}"#;

/// Linkage notices (docs/adr/0026): a page of notices with their enterprise, both authorities,
/// parent and children costs the same statements for 3 rows as for 30.
async fn linkage_notices_body(server: &TestServer) {
    use oversight_domain::linkage::notice::NoticeType;
    let chain = server.jiangsu_chain().await;
    let province =
        claims("js-notices", &format!("authority:{}", chain.jiangsu.id), "provincial_officer", Some("staff"));
    let officer = server.app.principal_from_claims(&province).await.unwrap();
    for n in 0..30_u32 {
        let enterprise = server
            .app
            .register_enterprise(
                &server.national,
                RegisterEnterprise {
                    credit_code: credit_code("320102", 4000 + n),
                    base: RawBaseData {
                        name: Some(format!("玄武第{n}通报电缆有限公司")),
                        region_code: Some("320102".to_owned()),
                        address: Some("工业园路 3 号".to_owned()),
                        scale: Some(EnterpriseScale::Small),
                        products: None,
                        production_conditions: None,
                        inspection_means: None,
                        process: None,
                    },
                },
            )
            .await
            .unwrap();
        let send = oversight_app::SendNotice {
            notice_type: NoticeType::NationalSpotCheckFailure,
            target_authority_id: chain.jiangsu.id,
            enterprise_id: enterprise.id,
            license_id: None,
            testing_task_id: None,
            text: format!("国家监督抽查不合格 {n}"),
        };
        let notice = server.app.send_linkage_notice(&server.national, &send).await.unwrap();
        server.app.acknowledge_linkage_notice(&officer, notice.id).await.unwrap();
        server.app.pass_on_linkage_notice(&officer, notice.id, &[]).await.unwrap();
    }
    server.data("{ viewer { subject } }", json!({})).await;
    let mut counts = Vec::new();
    for first in [3, 30] {
        let before = server.statements.get();
        let data = server.data(NOTICES, json!({ "first": first })).await;
        let statements = server.statements.get() - before;
        let notices = data["linkageNotices"]["nodes"].as_array().unwrap();
        assert_eq!(notices.len(), first);
        assert_eq!(data["linkageNotices"]["totalCount"], json!(60));
        assert!(
            notices
                .iter()
                .all(|n| n["enterprise"]["name"].is_string() && n["targetAuthority"]["name"].is_string())
        );
        eprintln!("linkage notices: first={first} ran {statements} SQL statements");
        counts.push(statements);
    }
    // page + count + enterprises + authorities + parents + children (+ the children's
    // authorities, resolved one level deeper: one batch or two, depending on timing).
    assert!(counts.iter().all(|&n| n <= 8), "statement count grows with the page: {counts:?}");
}

on_both_databases!(spot_check_rows_cost_constant_statements, spot_check_rows_body);

const SPOT_CHECK_ROWS: &str = r#"query($id: ID!, $first: Int!) { node(id: $id) { ... on SpotCheckImport {
    rows(first: $first) { totalCount nodes { rowNumber enterprise { name } license { number }
        notice { status targetAuthority { name } } } } } } }"#;

/// Spot-check imports (docs/adr/0029): a page of an import's rows with their enterprise, license
/// and notice costs the same statements for 3 rows as for 30.
async fn spot_check_rows_body(server: &TestServer) {
    use oversight_domain::registry::credit_code::CreditCode;
    use oversight_domain::spot_check::CampaignLevel;
    use oversight_tests::bench::{REGIONS, seed_province};
    seed_province(server, 30).await;
    let today = server.app.today();
    let mut csv = String::from(
        "统一社会信用代码,许可证编号,企业名称,产品名称,规格型号,抽样日期,检验机构,检验结论,不合格项目\n",
    );
    for i in 0..30 {
        let code = CreditCode::from_body(&format!("91{}{i:09}", REGIONS[i % REGIONS.len()])).unwrap();
        csv.push_str(&format!(
            "{},XK06-001-{:05},企业{i},电线,BV,{today},检验院,不合格,导体电阻\n",
            code.as_str(),
            i + 1
        ));
    }
    let input = oversight_app::CampaignInput {
        name: "数据加载抽查".to_owned(),
        level: CampaignLevel::National,
        starts_on: today - chrono::Duration::days(30),
        ends_on: today,
    };
    let outcome = server
        .app
        .import_spot_check_results(&server.national, &input, "rows.csv", csv.as_bytes())
        .await
        .unwrap();
    let import = match outcome {
        oversight_app::ImportOutcome::Accepted(import) => import,
        refused => panic!("refused: {refused:?}"),
    };
    let id = crate::cast::global("SpotCheckImport", import.id.get());
    server.data("{ viewer { subject } }", json!({})).await;
    let mut counts = Vec::new();
    for first in [3, 30] {
        let before = server.statements.get();
        let data = server.data(SPOT_CHECK_ROWS, json!({ "id": id, "first": first })).await;
        let statements = server.statements.get() - before;
        let rows = data["node"]["rows"]["nodes"].as_array().unwrap();
        assert_eq!(rows.len(), first);
        assert_eq!(data["node"]["rows"]["totalCount"], json!(30));
        assert!(
            rows.iter()
                .all(|r| r["enterprise"]["name"].is_string() && r["notice"]["status"] == json!("SENT"))
        );
        eprintln!("spot-check rows: first={first} ran {statements} SQL statements");
        counts.push(statements);
    }
    // import (node) + its check + page + count + enterprises + licenses + notices + authorities.
    assert!(counts.iter().all(|&n| n <= 9), "statement count grows with the page: {counts:?}");
    // Three more campaigns (the same results, another product name: another file): a page of
    // one import with its rows costs what a page of four does.
    for n in 1..=3 {
        let file = csv.replace(",电线,", &format!(",电线{n},"));
        let campaign =
            oversight_app::CampaignInput { name: format!("数据加载抽查{n}"), ..input.clone() };
        server
            .app
            .import_spot_check_results(&server.national, &campaign, "more.csv", file.as_bytes())
            .await
            .unwrap();
    }
    let mut counts = Vec::new();
    for first in [1, 4] {
        let before = server.statements.get();
        let data = server.data(IMPORTS_WITH_ROWS, json!({ "first": first })).await;
        let statements = server.statements.get() - before;
        let imports = data["spotCheckImports"]["nodes"].as_array().unwrap();
        assert_eq!(imports.len(), first);
        assert!(imports.iter().all(|i| i["rows"]["totalCount"] == json!(30)
            && i["rows"]["nodes"].as_array().map(Vec::len) == Some(5)
            && i["failing"]["totalCount"] == json!(30)));
        eprintln!("spot-check imports with rows: first={first} ran {statements} SQL statements");
        counts.push(statements);
    }
    // imports page + count, and per relation (rows, failing rows) for the whole page: imports
    // checked + first pages + imports checked + counts (10, on either database).
    assert_eq!(counts[0], counts[1], "statement count grows with the page of imports: {counts:?}");
}

const IMPORTS_WITH_ROWS: &str = r#"query($first: Int!) { spotCheckImports(first: $first) { totalCount nodes {
    rows(first: 5) { totalCount nodes { rowNumber } }
    failing: rows(first: 2, conclusion: FAIL) { totalCount } } } }"#;

on_both_databases!(responsible_persons_cost_constant_statements, responsible_persons_body);

const AUTHORITIES: &str = r#"query($first: Int!) { authorities(first: $first) { edges { node {
    name responsiblePersons { heads { name } leadersInCharge { name } staff { name } }
} } } }"#;

const ASSIGNMENTS: &str = r#"query($first: Int!) { responsibilityAssignments(first: $first) { totalCount edges { node {
    workKind officer { name } authority { name } work { id }
} } } }"#;

/// Responsible persons (docs/adr/0036): a page of authorities with their heads, leaders in charge
/// and staff costs the same statements for one authority as for four; a page of assignments with
/// their officer, authority and work the same for 2 as for 12.
async fn responsible_persons_body(server: &TestServer) {
    use oversight_app::{AssignResponsible, CreateOfficer, IssueOrder, OrderSubjectInput};
    use oversight_domain::access::Tier;
    use oversight_domain::responsibility::assignment::{WorkKind, WorkRef};
    let chain = server.jiangsu_chain().await;
    let seats = [server.national_authority, chain.jiangsu.id, chain.nanjing.id, chain.xuanwu.id];
    let mut jiangsu_staff = Vec::new();
    for (n, authority_id) in seats.iter().enumerate() {
        for (k, tier) in [Tier::Head, Tier::LeaderInCharge, Tier::Staff, Tier::Staff].into_iter().enumerate()
        {
            let new = CreateOfficer {
                authority_id: *authority_id,
                name: format!("责任人{n}-{k}"),
                badge_number: format!("RP-{n}-{k}"),
                subject: format!("rp-{n}-{k}"),
                tier,
                industries: Vec::new(),
            };
            let officer = server.app.create_officer(&server.national, new).await.unwrap();
            if *authority_id == chain.jiangsu.id && tier == Tier::Staff {
                jiangsu_staff.push(officer.id);
            }
        }
    }
    let leader =
        claims("rp-leader", &format!("authority:{}", chain.jiangsu.id), "provincial_officer", Some("head"));
    let leader = server.app.principal_from_claims(&leader).await.unwrap();
    for n in 0..12_usize {
        let issue = IssueOrder {
            target_authority_id: chain.jiangsu.id,
            subject: OrderSubjectInput::Other,
            subject_text: Some(format!("巡查计划 {n}")),
            text: format!("督办 {n}"),
            working_days: 5,
        };
        let order = server.app.issue_supervision_order(&server.national, &issue).await.unwrap();
        let input = AssignResponsible {
            work: WorkRef { kind: WorkKind::SupervisionOrder, id: order.id.get() },
            officer_id: jiangsu_staff[n % jiangsu_staff.len()],
        };
        server.app.assign_responsible_person(&leader, &input).await.unwrap();
    }
    server.data("{ viewer { subject } }", json!({})).await;
    let mut counts = Vec::new();
    for first in [1, 4] {
        let before = server.statements.get();
        let data = server.data(AUTHORITIES, json!({ "first": first })).await;
        let statements = server.statements.get() - before;
        let edges = data["authorities"]["edges"].as_array().unwrap();
        assert_eq!(edges.len(), first);
        // The data really is there: every authority has a head (the nation's bootstrap head
        // besides ours) and two staff.
        assert!(
            edges.iter().all(|e| e["node"]["responsiblePersons"]["staff"].as_array().unwrap().len() == 2)
        );
        assert!(
            edges.iter().all(|e| !e["node"]["responsiblePersons"]["heads"].as_array().unwrap().is_empty())
        );
        eprintln!("responsible persons: first={first} ran {statements} SQL statements");
        counts.push(statements);
    }
    assert_eq!(counts[0], counts[1], "statement count grows with the page: {counts:?}");
    // page + officers
    assert!(counts[0] <= 2, "more statements than relations: {counts:?}");

    let mut counts = Vec::new();
    for first in [2, 12] {
        let before = server.statements.get();
        let data = server.data(ASSIGNMENTS, json!({ "first": first })).await;
        let statements = server.statements.get() - before;
        let edges = data["responsibilityAssignments"]["edges"].as_array().unwrap();
        assert_eq!(edges.len(), first);
        assert_eq!(data["responsibilityAssignments"]["totalCount"], json!(12));
        assert!(
            edges
                .iter()
                .all(|e| e["node"]["officer"]["name"].is_string() && e["node"]["work"]["id"].is_string())
        );
        eprintln!("responsibility assignments: first={first} ran {statements} SQL statements");
        counts.push(statements);
    }
    assert_eq!(counts[0], counts[1], "statement count grows with the page: {counts:?}");
    // page + count + officers + authorities + orders
    assert!(counts[0] <= 5, "more statements than relations: {counts:?}");
}

on_both_databases!(responsibility_agreements_cost_constant_statements, agreements_body);

const AGREEMENTS: &str = r#"query($first: Int!) { responsibilityAgreements(first: $first) { totalCount nodes {
    year countedOn counterpartAuthority { name } targets { kind value counted outOf met }
} } }"#;

/// Responsibility agreements (docs/adr/0036 decision 15): a page of agreements with every
/// target's live value — the report figures, the closed notices, the plans' coverage — costs the
/// same statements for two agreements as for six.
async fn agreements_body(server: &TestServer) {
    use oversight_domain::patrol::plan::QualityBasis;
    use oversight_domain::responsibility::agreement::TargetKind;
    let chain = server.jiangsu_chain().await;
    let mut cities = vec![chain.nanjing.id];
    for (code, name) in
        [("320200", "无锡"), ("320300", "徐州"), ("320400", "常州"), ("320500", "苏州"), ("320600", "南通")]
    {
        cities.push(server.authority(&format!("{name}市市场监督管理局"), code, chain.jiangsu.id).await.id);
    }
    let province = |subject, tier| {
        claims(subject, &format!("authority:{}", chain.jiangsu.id), "provincial_officer", Some(tier))
    };
    let planner = server.app.principal_from_claims(&province("ag-planner", "staff")).await.unwrap();
    let leader = server.app.principal_from_claims(&province("ag-leader", "head")).await.unwrap();
    let today = server.app.today();
    let plan = oversight_app::PlanInput {
        name: "责任状巡查计划".to_owned(),
        industry: "wire-cable".to_owned(),
        basis: QualityBasis::All,
        starts_on: today,
        ends_on: today + chrono::Duration::days(100),
        executing_authority_ids: cities.clone(),
        coverage_percent: 80,
        visits_per_enterprise: None,
    };
    // Every city carries out the plan, so every agreement's coverage reads it, on either page.
    server.app.create_patrol_plan(&planner, &plan).await.unwrap();
    let targets = [
        (TargetKind::PatrolCoverage, "90"),
        (TargetKind::ReviewCompletion, "95"),
        (TargetKind::OverdueRectifications, "0"),
        (TargetKind::NoticeCloseMedianDays, "10"),
    ];
    for city in &cities {
        let draft = oversight_app::DraftAgreement {
            counterpart_authority_id: *city,
            year: chrono::Datelike::year(&today),
            targets: targets.iter().map(|(kind, t)| (*kind, (*t).to_owned())).collect(),
        };
        server.app.draft_responsibility_agreement(&leader, &draft).await.unwrap();
    }
    server.data("{ viewer { subject } }", json!({})).await;
    let mut counts = Vec::new();
    for first in [2, 6] {
        let before = server.statements.get();
        let data = server.data(AGREEMENTS, json!({ "first": first })).await;
        let statements = server.statements.get() - before;
        let nodes = data["responsibilityAgreements"]["nodes"].as_array().unwrap();
        assert_eq!(nodes.len(), first);
        assert_eq!(data["responsibilityAgreements"]["totalCount"], json!(6));
        // The values really are there: four targets each, every one counted today; each city's
        // coverage sums the plan (its enterprises: none here, so 0 of 0 is 100).
        assert!(nodes.iter().all(|n| n["countedOn"] == json!(today.to_string())));
        assert!(nodes.iter().all(|n| n["targets"].as_array().unwrap().len() == 4));
        assert!(
            nodes.iter().all(|n| n["targets"][0]["value"].is_string() && n["targets"][2]["value"] == "0")
        );
        eprintln!("responsibility agreements: first={first} ran {statements} SQL statements");
        counts.push(statements);
    }
    assert_eq!(counts[0], counts[1], "statement count grows with the page: {counts:?}");
    // page + count + authorities + agreements (the values' own read) + review counts + overdue
    // counts + calendar + closed notices + plans carried out + the plans' coverage (rules, the
    // plans' provinces, key-region figures, coverage).
    assert!(counts[0] <= 14, "more statements than relations: {counts:?}");
}

on_both_databases!(rectification_meetings_cost_constant_statements, rectification_meetings_body);

const MEETINGS: &str = r#"query($first: Int!) {
    campaigns(first: $first) { nodes { title meetings { title summoned { enterprise { name } followUp { deadline } } } } }
    rectificationMeetings(first: $first) { totalCount nodes { campaign { title } summoned { enterprise { name } } } }
}"#;

/// Rectification meetings (docs/adr/0038 decision 16): a page of campaigns with their meetings
/// and summoned enterprises, and a page of meetings with their campaign, cost the same
/// statements for 3 rows as for 12.
async fn rectification_meetings_body(server: &TestServer) {
    let chain = server.jiangsu_chain().await;
    let leader = claims(
        "js-meetings",
        &format!("authority:{}", chain.jiangsu.id),
        "provincial_officer",
        Some("leader_in_charge"),
    );
    let leader = server.app.principal_from_claims(&leader).await.unwrap();
    let enterprise = server
        .app
        .register_enterprise(
            &server.national,
            RegisterEnterprise {
                credit_code: credit_code("320102", 5000),
                base: RawBaseData {
                    name: Some("玄武整顿会议电缆有限公司".to_owned()),
                    region_code: Some("320102".to_owned()),
                    address: Some("工业园路 5 号".to_owned()),
                    scale: Some(EnterpriseScale::Small),
                    products: None,
                    production_conditions: None,
                    inspection_means: None,
                    process: None,
                },
            },
        )
        .await
        .unwrap();
    let today = server.app.today();
    let license = IssueLicense {
        enterprise_id: enterprise.id,
        number: "XK06-001-05000".to_owned(),
        industry: "wire-cable".to_owned(),
        product_unit: "电线电缆".to_owned(),
        issued_on: today - chrono::Duration::days(30),
        expires_on: None,
        import: false,
        status: None,
    };
    server.app.issue_license(&server.national, license).await.unwrap();
    for n in 0..12 {
        let spec = oversight_app::CampaignSpecInput {
            title: format!("专项整治 {n}"),
            industries: vec!["wire-cable".to_owned()],
            region_codes: vec!["320102".to_owned()],
            starts_on: today,
            ends_on: today + chrono::Duration::days(60),
            factor: 2,
        };
        let campaign = server.app.open_campaign(&leader, &spec).await.unwrap().id;
        let convene = oversight_app::ConveneMeetingInput {
            campaign_id: campaign,
            title: format!("整顿会议 {n}"),
            held_on: today,
            place: "会议室".to_owned(),
            enterprise_ids: vec![enterprise.id],
        };
        server.app.convene_rectification_meeting(&leader, &convene).await.unwrap();
    }
    server.data("{ viewer { subject } }", json!({})).await;
    let mut counts = Vec::new();
    for first in [3, 12] {
        let before = server.statements.get();
        let data = server.data(MEETINGS, json!({ "first": first })).await;
        let statements = server.statements.get() - before;
        let campaigns = data["campaigns"]["nodes"].as_array().unwrap();
        assert_eq!(campaigns.len(), first);
        assert!(campaigns.iter().all(|c| c["meetings"][0]["summoned"][0]["enterprise"]["name"].is_string()));
        assert_eq!(data["rectificationMeetings"]["totalCount"], json!(12));
        eprintln!("rectification meetings: first={first} ran {statements} SQL statements");
        counts.push(statements);
    }
    // Two pages and their counts, the meetings of the campaigns and their summonses, the meetings'
    // campaigns (and their children), the enterprises, the follow-ups — 13 on both databases
    // today; the bound leaves room for a batch split by timing, not for one per row.
    assert!(counts.iter().all(|&n| n <= 15), "statement count grows with the page: {counts:?}");
}

on_both_databases!(supervision_overview_costs_constant_statements, overview_body);

const OVERVIEW: &str = r#"{ supervisionOverview(regionCode: "320000") {
    own { overdueOrders figures { figure count } }
    rows { authority { name } figures { figure count } measures { kind value threshold met }
        agreement { id status } overdueOrders lateNotices reports { id } concerns }
} }"#;

/// The supervision overview (docs/adr/0042 decision 7): a province's lines — each with its
/// figures, measures, agreement, overdue orders and reports — cost the same statements for one
/// city as for six.
async fn overview_body(server: &TestServer) {
    use oversight_domain::responsibility::agreement::TargetKind;
    let chain = server.jiangsu_chain().await;
    let province = |subject, tier| {
        claims(subject, &format!("authority:{}", chain.jiangsu.id), "provincial_officer", Some(tier))
    };
    let leader = server.app.principal_from_claims(&province("ov-leader", "head")).await.unwrap();
    let today = server.app.today();
    let bind = |city| oversight_app::DraftAgreement {
        counterpart_authority_id: city,
        year: chrono::Datelike::year(&today),
        targets: vec![
            (TargetKind::PatrolCoverage, "90".to_owned()),
            (TargetKind::OverdueRectifications, "0".to_owned()),
        ],
    };
    server.app.draft_responsibility_agreement(&leader, &bind(chain.nanjing.id)).await.unwrap();
    server.data("{ viewer { subject } }", json!({})).await;
    let mut counts = Vec::new();
    for cities in [1, 6] {
        if cities == 6 {
            for (code, name) in [
                ("320200", "无锡"),
                ("320300", "徐州"),
                ("320400", "常州"),
                ("320500", "苏州"),
                ("320600", "南通"),
            ] {
                let city =
                    server.authority(&format!("{name}市市场监督管理局"), code, chain.jiangsu.id).await.id;
                server.app.draft_responsibility_agreement(&leader, &bind(city)).await.unwrap();
            }
        }
        let before = server.statements.get();
        let data = server.data(OVERVIEW, json!({})).await;
        let statements = server.statements.get() - before;
        let rows = data["supervisionOverview"]["rows"].as_array().unwrap();
        assert_eq!(rows.len(), cities);
        // Every line is really filled: its figures, four measures judged against its draft's
        // thresholds, its agreement.
        assert!(rows.iter().all(|r| r["figures"].as_array().unwrap().len() == 14));
        assert!(rows.iter().all(|r| r["measures"][0]["threshold"] == json!("90")));
        assert!(rows.iter().all(|r| r["agreement"]["status"] == json!("DRAFT")));
        eprintln!("supervision overview: {cities} cities ran {statements} SQL statements");
        counts.push(statements);
    }
    assert_eq!(counts[0], counts[1], "statement count grows with the lines: {counts:?}");
    // Authorities, every figure (the measures' own among them), plans carried out (none here:
    // no coverage statements), the calendar (once, for the median and the reports owed), closed
    // notices, the reports owed (the rules at the two period ends, the reports), agreements,
    // overdue orders, reports: 11 today.
    assert!(counts[0] <= 12, "more statements than relations: {counts:?}");
}
