//! `node(id:)` on both databases: every `NodeType` the API issues IDs for resolves to its object
//! for a caller who may see it and to null for one who may not, and a DataLoader batch refused
//! for every key reports its own code to every field that waited on it.

use std::collections::HashMap;

use oversight_api::ids::NodeType;
use oversight_tests::{TestServer, claims, on_both_databases};
use serde_json::{Value, json};

use crate::cast::{WIRE_CABLE, World, global, world};
use crate::common::{credit_code, register};
use crate::supervision::{SUBMIT, open, resistance, sample, submit_input, voltage};

const NODE: &str = "query($id: ID!) { node(id: $id) { __typename id } }";

on_both_databases!(every_node_type_resolves, every_node_type_resolves_body, plugins = super::WIRE_CABLE);

/// For each type in `NodeType::ALL` (so a new type without a fixture fails here): an object made
/// through the API is answered by `node(id:)` with its type and ID, and is null for a caller
/// outside its reach (types readable by every caller have no outsider).
async fn every_node_type_resolves_body(server: &TestServer) {
    let world = world(server).await;
    let fixtures = fixtures(server, &world).await;
    for node_type in NodeType::ALL {
        let name = node_type.as_str();
        let fixture = fixtures.get(name).unwrap_or_else(|| panic!("no fixture makes a {name}: add one"));
        let body = server.graphql_as(&fixture.reader, NODE, json!({ "id": fixture.id })).await;
        assert_eq!(body, json!({ "data": { "node": { "__typename": name, "id": fixture.id } } }), "{name}");
        if let Some(outsider) = &fixture.outsider {
            let body = server.graphql_as(outsider, NODE, json!({ "id": fixture.id })).await;
            assert_eq!(body, json!({ "data": { "node": null } }), "{name} outside the caller's reach");
        }
    }
    assert_eq!(fixtures.len(), NodeType::ALL.len(), "a fixture for a type that is no node type");
}

/// An object's global ID, a caller who may read it and one who may not.
struct Fixture {
    id: String,
    reader: String,
    outsider: Option<String>,
}

/// One object of every node type, made through the API as the cast would, keyed by type name.
async fn fixtures(server: &TestServer, world: &World) -> HashMap<&'static str, Fixture> {
    let fixture = |id: &Value, reader: &str, outsider: Option<&str>| Fixture {
        id: id.as_str().unwrap_or_else(|| panic!("not an ID: {id}")).to_owned(),
        reader: reader.to_owned(),
        outsider: outsider.map(str::to_owned),
    };
    let (national, stranger) = (world.national_head.as_str(), Some(world.enterprise2_user.as_str()));
    let anyone = world.enterprise_user.as_str();
    let read = data_as(
        server,
        national,
        r#"query($e: ID!, $n: String!) {
             node(id: $e) { ... on Enterprise { archive(first: 1) { edges { node { id } } } } }
             license(number: $n) { id }
             authorities(first: 1) { edges { node { id } } }
             region(code: "320102") { id }
             designations(industry: "wire-cable") { nodes { id institution { id } } } }"#,
        json!({ "e": world.enterprises[0], "n": world.licenses[0] }),
    )
    .await;
    let key = data_as(
        server,
        national,
        "mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { apiKey { id } } }",
        json!({ "i": { "institutionId": global("Institution", world.zhejiang_lab_id), "label": "LIMS upload" } }),
    )
    .await;
    let officer = data_as(
        server,
        national,
        "mutation($i: CreateOfficerInput!) { createOfficer(input: $i) { officer { id } } }",
        json!({ "i": { "authorityId": global("Authority", server.national_authority), "name": "张国强",
                       "badgeNumber": "GJ-0001", "subject": "idp|zhang", "tier": "STAFF" } }),
    )
    .await;
    let change = data_as(
        server,
        anyone,
        "mutation($i: RequestEnterpriseChangeInput!) { requestEnterpriseChange(input: $i) { changeRequest { id } } }",
        json!({ "i": { "enterpriseId": world.enterprises[0], "process": "拉丝、绞线、挤塑", "reason": "新工艺" } }),
    )
    .await;
    let attachment = crate::attachments::upload(
        server,
        anyone,
        world.enterprises[0].as_str(),
        crate::attachments::pdf(500),
        "自查报告.pdf",
    )
    .await;
    let review = review_objects(server, world).await;
    let supervision = supervision_objects(server, world).await;
    let mut fixtures = HashMap::from([
        ("Enterprise", fixture(&json!(world.enterprises[0]), national, stranger)),
        ("License", fixture(&read["license"]["id"], national, stranger)),
        ("ArchiveEvent", fixture(&read["node"]["archive"]["edges"][0]["node"]["id"], national, stranger)),
        ("Authority", fixture(&read["authorities"]["edges"][0]["node"]["id"], anyone, None)),
        ("Region", fixture(&read["region"]["id"], anyone, None)),
        ("Institution", fixture(&read["designations"]["nodes"][0]["institution"]["id"], anyone, None)),
        ("Designation", fixture(&read["designations"]["nodes"][0]["id"], anyone, None)),
        // The Zhejiang institution's key: the Jiangsu province manages no keys outside Jiangsu.
        ("ApiKey", fixture(&key["createApiKey"]["apiKey"]["id"], national, Some(&world.provincial))),
        // A national officer: the Jiangsu province does not read the nation's directory.
        ("Officer", fixture(&officer["createOfficer"]["officer"]["id"], national, Some(&world.provincial))),
        // A submission is its institution's: another institution does not see it.
        ("ResultSubmission", fixture(&supervision.submission, &world.lab, Some(&world.nanjing_lab))),
        // An enterprise's change request: the other enterprise does not see it.
        (
            "EnterpriseChangeRequest",
            fixture(&change["requestEnterpriseChange"]["changeRequest"]["id"], national, stranger),
        ),
        // An enterprise's own document: the other enterprise does not see it.
        (
            "Attachment",
            fixture(&attachment["data"]["uploadAttachment"]["attachment"]["id"], national, stranger),
        ),
    ]);
    for (name, id) in [
        ("TestingTask", &supervision.task),
        ("Rectification", &supervision.rectification),
        ("RevocationProposal", &supervision.proposal),
        // The first enterprise's review: the other enterprise does not see it.
        ("AnnualReview", &review["annualReviews"]["edges"][0]["node"]["id"]),
    ] {
        fixtures.insert(name, fixture(id, national, stranger));
    }
    // A review year is read by everyone of its province: no outsider among the cast's readers.
    let year = &review["annualReviews"]["edges"][0]["node"]["reviewYear"]["id"];
    fixtures.insert("ReviewYear", fixture(year, national, None));
    // The second enterprise's patrol, measure and follow-up: the first enterprise does not see
    // them. A plan is the authorities' working document: no enterprise sees it.
    let patrol = patrol_objects(server, world).await;
    for (name, id) in [
        ("PatrolInspection", &patrol.patrol),
        ("PatrolMeasure", &patrol.measure),
        ("FollowUp", &patrol.follow_up),
        ("PatrolPlan", &patrol.plan),
    ] {
        fixtures.insert(name, fixture(id, national, Some(anyone)));
    }
    // The nation's notice to Jiangsu: the county sees neither side of it.
    let jiangsu = data_as(server, &world.provincial, "{ viewer { authority { id } } }", json!({})).await["viewer"]
        ["authority"]["id"]
        .clone();
    let notice = data_as(
        server,
        national,
        "mutation($i: SendLinkageNoticeInput!) { sendLinkageNotice(input: $i) { notice { id } } }",
        json!({ "i": { "noticeType": "NATIONAL_SPOT_CHECK_FAILURE", "targetAuthorityId": jiangsu,
                       "enterpriseId": world.enterprises[0], "text": "国家监督抽查不合格" } }),
    )
    .await;
    fixtures.insert(
        "LinkageNotice",
        fixture(&notice["sendLinkageNotice"]["notice"]["id"], national, Some(world.county.as_str())),
    );
    // A draw is public (一公开): every reader of the cast reads it.
    let draw = data_as(
        server,
        &world.county,
        "mutation($i: CommitDrawInput!) { commitDraw(input: $i) { draw { id } } }",
        json!({ "i": { "startsOn": server.app.today().to_string(),
                       "endsOn": (server.app.today() + chrono::Duration::days(30)).to_string(),
                       "uniformPercent": 100, "inspectorsPerTarget": 2,
                       "seedSha256": oversight_domain::draw::sha256_hex(b"node-fixture-draw-seed") } }),
    )
    .await["commitDraw"]["draw"]["id"]
        .clone();
    fixtures.insert("Draw", fixture(&draw, national, None));
    // An import is read within the importer's jurisdiction: the nation's, not by a county.
    let today = server.app.today();
    let csv = format!(
        "统一社会信用代码,许可证编号,企业名称,产品名称,规格型号,抽样日期,检验机构,检验结论\n{},{},南京电缆1有限公司,电线,BV,{today},检验院,合格\n",
        credit_code("320102", 701),
        world.licenses[0]
    );
    let campaign = oversight_app::CampaignInput {
        name: "节点抽查".to_owned(),
        level: oversight_domain::spot_check::CampaignLevel::National,
        starts_on: today,
        ends_on: today,
    };
    let import = match server
        .app
        .import_spot_check_results(&server.national, &campaign, "n.csv", csv.as_bytes())
        .await
    {
        Ok(oversight_app::ImportOutcome::Accepted(import)) => import,
        other => panic!("the fixture import was refused: {other:?}"),
    };
    let import = json!(global("SpotCheckImport", import.id.get()));
    fixtures.insert("SpotCheckImport", fixture(&import, national, Some(world.county.as_str())));
    // A province's report is read by the nation (the tier above), not by a county.
    let report = data_as(
        server,
        &world.provincial,
        "mutation($i: GenerateReportInput!) { generateReport(input: $i) { id } }",
        json!({ "i": { "kind": "ANNUAL", "year": chrono::Datelike::year(&today) } }),
    )
    .await["generateReport"]["id"]
        .clone();
    fixtures.insert("GeneratedReport", fixture(&report, national, Some(world.county.as_str())));
    // An unlicensed-production case is read by the officers whose jurisdiction holds the
    // producer's place: one in Suzhou, not by Xuanwu's.
    let case = data_as(
        server,
        &world.provincial,
        "mutation($i: OpenUnlicensedCaseInput!) { openUnlicensedCase(input: $i) { case { id } } }",
        json!({ "i": { "producerName": "节点测试作坊", "address": "某村 2 组", "regionCode": "320506",
                       "industry": "wire-cable", "product": "电线", "source": "COMPLAINT", "reference": "12315-NODE",
                       "finding": "无证生产电线", "foundOn": today.to_string() } }),
    )
    .await["openUnlicensedCase"]["case"]["id"]
        .clone();
    fixtures.insert("UnlicensedCase", fixture(&case, national, Some(world.county.as_str())));
    // A counterfeiting case is read by the authorities' own people in reach, not the enterprise.
    let license = data_as(
        server,
        national,
        "query($n: String!) { license(number: $n) { id } }",
        json!({ "n": world.licenses[0] }),
    )
    .await["license"]["id"]
        .clone();
    let case = data_as(
        server,
        &world.county,
        "mutation($i: OpenCounterfeitCaseInput!) { openCounterfeitCase(input: $i) { case { id } } }",
        json!({ "i": { "enterpriseId": world.enterprises[0], "licenseId": license, "finding": "节点测试：恶意造假",
                       "source": "COMPLAINT" } }),
    )
    .await["openCounterfeitCase"]["case"]["id"]
        .clone();
    fixtures.insert("CounterfeitCase", fixture(&case, national, Some(anyone)));
    // The nation's order to Jiangsu and Jiangsu's request to the nation: seen at both ends and
    // above, not by a county below neither.
    let order = data_as(
        server,
        national,
        "mutation($i: IssueSupervisionOrderInput!) { issueSupervisionOrder(input: $i) { order { id } } }",
        json!({ "i": { "targetAuthorityId": jiangsu, "subjectKind": "OTHER", "subjectText": "巡查计划",
                       "text": "督办巡查计划", "workingDays": 5 } }),
    )
    .await["issueSupervisionOrder"]["order"]["id"]
        .clone();
    fixtures.insert("SupervisionOrder", fixture(&order, national, Some(world.county.as_str())));
    let nation =
        data_as(server, national, "{ viewer { authority { id } } }", json!({})).await["viewer"]["authority"]
            ["id"]
            .clone();
    let request = data_as(
        server,
        &world.provincial,
        "mutation($i: RaiseLowerTierRequestInput!) { raiseLowerTierRequest(input: $i) { request { id } } }",
        json!({ "i": { "toAuthorityId": nation, "kind": "SUPPORT_NEEDED", "text": "需要检测经费保障" } }),
    )
    .await["raiseLowerTierRequest"]["request"]["id"]
        .clone();
    fixtures.insert("LowerTierRequest", fixture(&request, national, Some(world.county.as_str())));
    // Jiangsu's leader in charge makes an officer of its own responsible for the nation's order to
    // Jiangsu: the county below does not read the province's assignments.
    let responsible = data_as(
        server,
        national,
        "mutation($i: CreateOfficerInput!) { createOfficer(input: $i) { officer { id } } }",
        json!({ "i": { "authorityId": jiangsu, "name": "节点责任人", "badgeNumber": "JS-NODE-1",
                       "subject": "node-responsible", "tier": "STAFF" } }),
    )
    .await["createOfficer"]["officer"]["id"]
        .clone();
    let assignment = data_as(
        server,
        &world.provincial_leader,
        "mutation($w: ID!, $o: ID!) { assignResponsiblePerson(workId: $w, officerId: $o) { assignment { id } } }",
        json!({ "w": order, "o": responsible }),
    )
    .await["assignResponsiblePerson"]["assignment"]["id"]
        .clone();
    fixtures.insert("ResponsibilityAssignment", fixture(&assignment, national, Some(world.county.as_str())));
    // A campaign is read where its regions overlap the caller's jurisdiction: the province's
    // campaign over Suzhou, not by Xuanwu's county.
    let campaign = data_as(
        server,
        &world.provincial_leader,
        "mutation($i: CampaignInput!) { openCampaign(input: $i) { campaign { id } } }",
        json!({ "i": { "title": "节点测试专项整治", "industries": ["wire-cable"], "regionCodes": ["320500"],
                       "startsOn": today.to_string(), "endsOn": (today + chrono::Duration::days(30)).to_string(),
                       "factor": 2 } }),
    )
    .await["openCampaign"]["campaign"]["id"]
        .clone();
    fixtures.insert("Campaign", fixture(&campaign, national, Some(world.county.as_str())));
    // Jiangsu's agreement with Nanjing is read by both and above, not by the county below.
    let nanjing = data_as(server, &world.county, "{ viewer { authority { parent { id } } } }", json!({}))
        .await["viewer"]["authority"]["parent"]["id"]
        .clone();
    let agreement = data_as(
        server,
        &world.provincial_leader,
        "mutation($i: DraftResponsibilityAgreementInput!) { draftResponsibilityAgreement(input: $i) { agreement { id } } }",
        json!({ "i": { "counterpartAuthorityId": nanjing, "year": chrono::Datelike::year(&today),
                       "targets": [{ "kind": "PATROL_COVERAGE", "threshold": "90" }] } }),
    )
    .await["draftResponsibilityAgreement"]["agreement"]["id"]
        .clone();
    fixtures.insert("ResponsibilityAgreement", fixture(&agreement, national, Some(world.county.as_str())));
    // A meeting is read where its campaign is: one in the Suzhou campaign, summoning a licensee
    // there, is not Xuanwu's county's.
    let suzhou = register(server, &credit_code("320500", 41), "苏州电缆有限公司", "320500").await;
    crate::common::issue(server, &suzhou, "XK06-001-00941", "wire-cable").await;
    let meeting = data_as(
        server,
        &world.provincial_leader,
        "mutation($i: ConveneRectificationMeetingInput!) { conveneRectificationMeeting(input: $i) { meeting { id } } }",
        json!({ "i": { "campaignId": campaign, "title": "节点测试整顿会议", "heldOn": today.to_string(),
                       "place": "会议室", "enterpriseIds": [suzhou] } }),
    )
    .await["conveneRectificationMeeting"]["meeting"]["id"]
        .clone();
    fixtures.insert("RectificationMeeting", fixture(&meeting, national, Some(world.county.as_str())));
    // The nation's draft commendation of Jiangsu for the order: a draft is read by the recording
    // authority alone, not by a county below.
    let record = data_as(
        server,
        national,
        "mutation($i: DraftResponsibilityRecordInput!) { draftResponsibilityRecord(input: $i) { record { id } } }",
        json!({ "i": { "kind": "COMMENDATION", "subjectKind": "UNIT", "subjectAuthorityId": jiangsu,
                       "measure": "CIRCULATED_PRAISE", "summary": "节点测试：措施得力",
                       "grounds": [{ "kind": "SUPERVISION_ORDER", "id": order }] } }),
    )
    .await["draftResponsibilityRecord"]["record"]["id"]
        .clone();
    fixtures.insert("ResponsibilityRecord", fixture(&record, national, Some(world.county.as_str())));
    // The first enterprise's periodic report for the last quarter ended (its license is 100
    // days old): the other enterprise does not see it.
    let period = oversight_domain::enterprise_report::ReportPeriod::last_ended(server.app.today());
    let report = data_as(
        server,
        anyone,
        "mutation($i: SavePeriodicReportInput!) { savePeriodicReport(input: $i) { report { id } } }",
        json!({ "i": { "enterpriseId": world.enterprises[0], "industry": "wire-cable", "period": period.to_string(),
                       "output": { "value": "10", "unit": "km" }, "sales": { "value": "8", "unit": "km" },
                       "qualityIncidents": 0, "complaints": 0, "conditionsChanged": false } }),
    )
    .await["savePeriodicReport"]["report"]["id"]
        .clone();
    fixtures.insert("PeriodicReport", fixture(&report, national, stranger));
    fixtures
}

/// The global IDs of a patrol story's objects.
struct PatrolObjects {
    patrol: Value,
    measure: Value,
    follow_up: Value,
    plan: Value,
}

/// Two qualified Xuanwu officers patrol the second enterprise and find its packaging unmarked;
/// a rectification by a deadline owes a follow-up; the province plans wire-cable with Xuanwu.
async fn patrol_objects(server: &TestServer, world: &World) -> PatrolObjects {
    let xuanwu = data_as(server, &world.county, "{ viewer { authority { id } } }", json!({})).await["viewer"]
        ["authority"]["id"]
        .clone();
    let mut inspectors = Vec::new();
    for n in 1..=2 {
        let officer = data_as(
            server,
            &world.national_head,
            "mutation($i: CreateOfficerInput!) { createOfficer(input: $i) { officer { id } } }",
            json!({ "i": { "authorityId": xuanwu, "name": format!("巡查员{n}"), "badgeNumber": format!("XW-90{n}"),
                           "subject": format!("node-inspector-{n}"), "tier": "STAFF", "industries": ["wire-cable"] } }),
        )
        .await;
        inspectors.push(officer["createOfficer"]["officer"]["id"].clone());
    }
    let license = data_as(
        server,
        &world.county,
        "query($n: String!) { license(number: $n) { id } }",
        json!({ "n": world.licenses[1] }),
    )
    .await["license"]["id"]
        .clone();
    let mut answers: Vec<Value> =
        ["LICENSE_MARKING", "CONDITIONS_CHANGES", "RAW_MATERIAL_INSPECTION", "EXIT_INSPECTION"]
            .into_iter()
            .chain(["WC-01", "WC-02", "WC-03", "WC-04", "WC-05"])
            .map(|code| json!({ "code": code, "answer": "CONFORMING" }))
            .collect();
    answers.push(
        json!({ "code": "PACKAGING_LABELING", "answer": "NONCONFORMING", "note": "包装未标注许可证编号" }),
    );
    let today = server.app.today().to_string();
    let patrol = data_as(
        server,
        &world.county,
        "mutation($i: RecordPatrolInput!) { recordPatrol(input: $i) { patrol { id } } }",
        json!({ "i": { "licenseId": license, "inspectedOn": today, "inspectorIds": inspectors, "answers": answers } }),
    )
    .await["recordPatrol"]["patrol"]["id"]
        .clone();
    let measure = data_as(
        server,
        &world.county,
        "mutation($i: OrderPatrolMeasureInput!) { orderPatrolMeasure(input: $i) { measure { id } } }",
        json!({ "i": { "patrolId": patrol, "findings": ["PACKAGING_LABELING"], "kind": "RECTIFY_BY_DEADLINE" } }),
    )
    .await["orderPatrolMeasure"]["measure"]["id"]
        .clone();
    let follow_up = data_as(
        server,
        &world.county,
        "query($e: ID!) { followUps(filter: {enterpriseId: $e}) { nodes { id } } }",
        json!({ "e": world.enterprises[1] }),
    )
    .await["followUps"]["nodes"][0]["id"]
        .clone();
    let plan = data_as(
        server,
        &world.provincial,
        "mutation($i: CreatePatrolPlanInput!) { createPatrolPlan(input: $i) { plan { id } } }",
        json!({ "i": { "name": "电线电缆巡查", "industry": "wire-cable", "basis": "ALL", "startsOn": today,
                       "endsOn": (server.app.today() + chrono::Duration::days(30)).to_string(),
                       "executingAuthorityIds": [xuanwu], "coveragePercent": 80 } }),
    )
    .await["createPatrolPlan"]["plan"]["id"]
        .clone();
    PatrolObjects { patrol, measure, follow_up, plan }
}

/// The province opens a review year (its deadline a Wednesday about three months on); the first
/// enterprise's review, with its year.
async fn review_objects(server: &TestServer, world: &World) -> Value {
    use chrono::Datelike;
    let mut deadline = server.app.today() + chrono::Duration::days(90);
    while deadline.weekday() != chrono::Weekday::Wed {
        deadline += chrono::Duration::days(1);
    }
    let year = server.app.today().year();
    data_as(
        server,
        &world.provincial,
        "mutation($i: OpenReviewYearInput!) { openReviewYear(input: $i) { enrolled } }",
        json!({ "i": { "year": year, "submissionDeadline": deadline.to_string() } }),
    )
    .await;
    data_as(
        server,
        &world.enterprise_user,
        "{ annualReviews { edges { node { id reviewYear { id } } } } }",
        json!({}),
    )
    .await
}

/// The global IDs of a supervision story's objects.
pub(crate) struct SupervisionObjects {
    pub(crate) task: Value,
    pub(crate) submission: Value,
    pub(crate) rectification: Value,
    pub(crate) proposal: Value,
}

/// The first enterprise's sample fails, is rectified, and fails its re-check: a task, a
/// submission, a rectification and a revocation proposal (the clock moved as the scenarios do).
pub(crate) async fn supervision_objects(server: &TestServer, world: &World) -> SupervisionObjects {
    let failing = || sample(vec![resistance("7.60", "Ω/km", "25"), voltage()]);
    let task = open(server, &world.county, &world.licenses[0]).await;
    let submitted = data_as(server, &world.lab, SUBMIT, submit_input("first", &[(&task, failing())])).await;
    crate::supervision::deliver(server, &world.county, &task["id"]).await;
    // Past the objection window and then the rectification deadline, wherever the working-day
    // calendar ends them.
    server.app.advance_clock_days(30);
    let rectification = data_as(
        server,
        &world.county,
        "mutation($i: OpenRectificationInput!) { openRectification(input: $i) { rectification { id } } }",
        json!({ "i": { "taskId": task["id"] } }),
    )
    .await["openRectification"]["rectification"]["id"]
        .clone();
    server.app.advance_clock_days(45);
    let recheck = data_as(
        server,
        &world.county,
        "mutation($i: OpenRecheckTaskInput!) { openRecheckTask(input: $i) { task { id } } }",
        json!({ "i": { "rectificationId": rectification, "variant": "BV-2.5", "batch": "复查批次",
                       "declaredStandards": ["GB/T 3956", "GB/T 5023"], "samplingDate": server.app.today().to_string(),
                       "testPortion": "4 卷 × 100 m", "backupPortion": "2 卷 × 100 m (封存)" } }),
    )
    .await["openRecheckTask"]["task"]
        .clone();
    data_as(server, &world.lab, SUBMIT, submit_input("recheck", &[(&recheck, failing())])).await;
    // The re-check's failing verdict is delivered, its window closes unobjected, and the officer
    // concludes it: the proposal is raised.
    crate::supervision::deliver(server, &world.county, &recheck["id"]).await;
    server.app.advance_clock_days(30);
    data_as(
        server,
        &world.county,
        "mutation($i: ConcludeRecheckInput!) { concludeRecheck(input: $i) { rectification { status } } }",
        json!({ "i": { "taskId": recheck["id"] } }),
    )
    .await;
    let proposals =
        data_as(server, &world.national_head, "{ revocationProposals { edges { node { id } } } }", json!({}))
            .await;
    SupervisionObjects {
        task: task["id"].clone(),
        submission: submitted["submitTestResults"]["submissionId"].clone(),
        rectification,
        proposal: proposals["revocationProposals"]["edges"][0]["node"]["id"].clone(),
    }
}

/// `data` of a request as `token`, asserting it had no errors.
async fn data_as(server: &TestServer, token: &str, query: &str, variables: Value) -> Value {
    let body = server.graphql_as(token, query, variables).await;
    assert!(body.get("errors").is_none(), "{body}");
    body["data"].clone()
}

on_both_databases!(a_refused_batch_keeps_its_code, a_refused_batch_keeps_its_code_body);

/// Two `node` fields read in one request share one DataLoader batch; a testing institution
/// reads no registry, so the batch is refused, and both fields say FORBIDDEN — not INTERNAL.
async fn a_refused_batch_keeps_its_code_body(server: &TestServer) {
    let first = register(server, &credit_code("320102", 31), "南京甲电缆有限公司", "320102").await;
    let second = register(server, &credit_code("320102", 32), "南京乙电缆有限公司", "320102").await;
    let lab_id = server.institution("江苏省产品质量监督检验研究院", "320000").await.unwrap().id;
    let lab =
        server.token(&claims("lab-system", &format!("institution:{lab_id}"), "testing_institution", None));
    for _ in 0..5 {
        let body = server
            .graphql_as(
                &lab,
                "query($a: ID!, $b: ID!) { a: node(id: $a) { id } b: node(id: $b) { id } }",
                json!({ "a": first, "b": second }),
            )
            .await;
        let codes: Vec<&Value> =
            body["errors"].as_array().unwrap().iter().map(|e| &e["extensions"]["code"]).collect();
        assert_eq!(codes, [&json!("FORBIDDEN"), &json!("FORBIDDEN")], "{body}");
    }
}

on_both_databases!(every_audited_kind_has_a_readable_trail, audited_kinds_body, plugins = super::WIRE_CABLE);

/// The audited kind each node type's objects are recorded under; `Region` is no stored row.
const AUDITED: &[(&str, Option<&str>)] = &[
    ("Enterprise", Some("enterprise")),
    ("License", Some("license")),
    ("Authority", Some("authority")),
    ("Institution", Some("institution")),
    ("ApiKey", Some("api-key")),
    ("Designation", Some("designation")),
    ("TestingTask", Some("testing-task")),
    ("ResultSubmission", Some("result-submission")),
    ("Rectification", Some("rectification")),
    ("RevocationProposal", Some("revocation-proposal")),
    ("Officer", Some("officer")),
    ("EnterpriseChangeRequest", Some("enterprise-change-request")),
    ("ArchiveEvent", Some("archive-event")),
    ("ReviewYear", Some("review-year")),
    ("AnnualReview", Some("annual-review")),
    ("Attachment", Some("attachment")),
    ("PatrolInspection", Some("patrol-inspection")),
    ("PatrolMeasure", Some("patrol-measure")),
    ("FollowUp", Some("follow-up")),
    ("PatrolPlan", Some("patrol-plan")),
    ("LinkageNotice", Some("linkage-notice")),
    ("Draw", Some("draw")),
    ("SpotCheckImport", Some("spot-check-import")),
    ("GeneratedReport", Some("generated-report")),
    ("UnlicensedCase", Some("unlicensed-case")),
    ("CounterfeitCase", Some("counterfeit-case")),
    ("SupervisionOrder", Some("supervision-order")),
    ("LowerTierRequest", Some("lower-tier-request")),
    ("ResponsibilityAssignment", Some("responsibility-assignment")),
    ("Campaign", Some("campaign")),
    ("ResponsibilityAgreement", Some("responsibility-agreement")),
    ("RectificationMeeting", Some("rectification-meeting")),
    ("ResponsibilityRecord", Some("responsibility-record")),
    ("PeriodicReport", Some("periodic-report")),
    ("Region", None),
];

/// Types whose fixture a mutation touched, so their trail is not empty.
const TOUCHED: &[&str] = &[
    "Enterprise",
    "License",
    "ApiKey",
    "TestingTask",
    "Rectification",
    "Officer",
    "EnterpriseChangeRequest",
    "ReviewYear",
    "Attachment",
    "PatrolInspection",
    "PatrolMeasure",
    "FollowUp",
    "PatrolPlan",
    "LinkageNotice",
    "Draw",
    "SpotCheckImport",
    "GeneratedReport",
    "UnlicensedCase",
    "CounterfeitCase",
    "SupervisionOrder",
    "LowerTierRequest",
    "ResponsibilityAssignment",
    "Campaign",
    "ResponsibilityAgreement",
    "RectificationMeeting",
    "ResponsibilityRecord",
    "PeriodicReport",
];

const TRAIL: &str =
    "query($s: ID!) { auditTrail(subject: $s, first: 5) { totalCount edges { node { objects } } } }";

/// `auditTrail(subject:)` answers for every audited kind (issue 12 item 6): every node type is in
/// the table above and every kind of `AUDITED_KINDS` is some node type's, so a new kind or node
/// type without a trail fails here. The national head reads each trail; the records it returns
/// name the object; an enterprise user (no auditor) is refused; a Region is no audited object.
async fn audited_kinds_body(server: &TestServer) {
    let world = world(server).await;
    let fixtures = fixtures(server, &world).await;
    let table: HashMap<&str, Option<&str>> = AUDITED.iter().copied().collect();
    let mut kinds: Vec<&str> = AUDITED.iter().filter_map(|(_, kind)| *kind).collect();
    kinds.sort_unstable();
    let mut declared = oversight_domain::ids::AUDITED_KINDS.to_vec();
    declared.sort_unstable();
    assert_eq!(kinds, declared, "an audited kind no node type's trail covers");
    for node_type in NodeType::ALL {
        let name = node_type.as_str();
        let kind = table.get(name).unwrap_or_else(|| panic!("{name} is not in AUDITED: add it"));
        let id = &fixtures[name].id;
        let body = server.graphql_as(&world.national_head, TRAIL, json!({ "s": id })).await;
        let Some(kind) = kind else {
            assert_eq!(body["errors"][0]["extensions"]["code"], "INVALID_ID", "{name}: {body}");
            continue;
        };
        assert!(body.get("errors").is_none(), "{name}: {body}");
        let trail = &body["data"]["auditTrail"];
        let key = id_key(id);
        for edge in trail["edges"].as_array().unwrap() {
            let objects = edge["node"]["objects"].as_array().unwrap();
            assert!(objects.iter().any(|o| *o == json!(format!("{kind}:{key}"))), "{name}: {body}");
        }
        if TOUCHED.contains(&name) {
            assert!(trail["totalCount"].as_u64().unwrap() >= 1, "{name}: {body}");
        }
        let refused = server.graphql_as(&world.enterprise_user, TRAIL, json!({ "s": id })).await;
        assert!(refused.get("errors").is_some(), "{name} read by an enterprise user: {refused}");
    }
}

/// The key of a global ID.
fn id_key(id: &str) -> String {
    oversight_api::ids::parse_global_id(id).unwrap().1
}
