//! Navigation (issue 12 items 9 and 6) on both databases: who acted, as directory officers,
//! batched by subject; relations both ways (an enterprise's rectifications and revocation
//! proposals, a license's testing tasks) scoped and keyset-paged like the top-level lists; and
//! the archive by a range of days, still one statement for a page of enterprises.

use chrono::{Duration, FixedOffset};
use oversight_tests::{TestServer, on_both_databases};
use serde_json::{Value, json};

use crate::cast::{WIRE_CABLE, world};
use crate::node::supervision_objects;

/// `data` of a request as `token`, asserting it had no errors.
async fn data_as(server: &TestServer, token: &str, query: &str, variables: Value) -> Value {
    let body = server.graphql_as(token, query, variables).await;
    assert!(body.get("errors").is_none(), "{body}");
    body["data"].clone()
}

/// Enters the county officer's subject (`xw-officer`) in the Xuanwu authority's directory.
async fn enter_county_officer(server: &TestServer, national: &str) {
    let authorities = data_as(
        server,
        national,
        "{ authorities(first: 20) { edges { node { id region { code } } } } }",
        json!({}),
    )
    .await;
    let xuanwu = authorities["authorities"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|edge| edge["node"]["region"]["code"] == "320102")
        .unwrap()["node"]["id"]
        .clone();
    data_as(
        server,
        national,
        "mutation($i: CreateOfficerInput!) { createOfficer(input: $i) { officer { id } } }",
        json!({ "i": { "authorityId": xuanwu, "name": "王建国", "badgeNumber": "XW-0007",
                       "subject": "xw-officer", "tier": "STAFF" } }),
    )
    .await;
}

on_both_databases!(who_acted_and_relations, who_acted_and_relations_body, plugins = super::WIRE_CABLE);

const TASKS: &str = r#"query($n: Int!) { testingTasks(first: $n) { edges { node {
    openedBy openedByOfficer { name badgeNumber } } } } }"#;
const TASKS_PLAIN: &str = r#"query($n: Int!) { testingTasks(first: $n) { edges { node { openedBy } } } }"#;

const RELATIONS: &str = r#"query($e: ID!, $n: String!) {
    node(id: $e) { ... on Enterprise {
      rectifications { totalCount edges { node { id openedBy openedByOfficer { name } task { id } } } }
      revocationProposals { totalCount edges { node { id madeBy madeByOfficer { name } } } }
      licenses { number testingTasks(orderBy: { field: SAMPLING_DATE, direction: DESC }) {
        totalCount edges { node { id } } } } } }
    license(number: $n) { testingTasks(first: 1) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { id openedByOfficer { name } } } } } }"#;

/// The first enterprise's story (a failed task, its rectification, a failed re-check and the
/// revocation proposal) opened by a county officer who is in the directory: who acted resolves
/// to the officer (null for a subject outside the directory), one statement per page; the
/// enterprise lists its rectifications and proposals, the license its tasks, scoped and paged.
async fn who_acted_and_relations_body(server: &TestServer) {
    let world = world(server).await;
    let national = world.national_head.clone();
    enter_county_officer(server, &national).await;
    let story = supervision_objects(server, &world).await;

    // Who opened each task: the directory officer, one officer statement for the page.
    server.data("{ viewer { subject } }", json!({})).await;
    let mut with = Vec::new();
    for n in [1, 2] {
        let before = server.statements.get();
        let page = data_as(server, &national, TASKS, json!({ "n": n })).await;
        with.push(server.statements.get() - before);
        let edges = page["testingTasks"]["edges"].as_array().unwrap();
        assert_eq!(edges.len(), n, "{page}");
        for edge in edges {
            assert_eq!(edge["node"]["openedBy"], "xw-officer", "{page}");
            assert_eq!(
                edge["node"]["openedByOfficer"],
                json!({ "name": "王建国", "badgeNumber": "XW-0007" })
            );
        }
    }
    assert_eq!(with[0], with[1], "officer statements grow with the page: {with:?}");
    let before = server.statements.get();
    data_as(server, &national, TASKS_PLAIN, json!({ "n": 2 })).await;
    let without = server.statements.get() - before;
    assert_eq!(with[1], without + 1, "who opened a page of tasks costs one statement");

    // A subject outside the directory (the enterprise user asking for a change) is no officer.
    let change = data_as(
        server,
        &world.enterprise2_user,
        "mutation($i: RequestEnterpriseChangeInput!) { requestEnterpriseChange(input: $i) {
           changeRequest { requestedBy requestedByOfficer { name } } } }",
        json!({ "i": { "enterpriseId": world.enterprises[1], "process": "拉丝、绞线", "reason": "新工艺" } }),
    )
    .await;
    assert_eq!(
        change["requestEnterpriseChange"]["changeRequest"],
        json!({ "requestedBy": "owner-2", "requestedByOfficer": null })
    );

    // Relations both ways, as the national head sees them.
    let first =
        data_as(server, &national, RELATIONS, json!({ "e": world.enterprises[0], "n": world.licenses[0] }))
            .await;
    let enterprise = &first["node"];
    assert_eq!(enterprise["rectifications"]["totalCount"], 1, "{first}");
    let rectification = &enterprise["rectifications"]["edges"][0]["node"];
    assert_eq!(rectification["id"], story.rectification);
    assert_eq!(rectification["task"]["id"], story.task);
    assert_eq!(rectification["openedByOfficer"], json!({ "name": "王建国" }));
    assert_eq!(enterprise["revocationProposals"]["totalCount"], 1, "{first}");
    let proposal = &enterprise["revocationProposals"]["edges"][0]["node"];
    assert_eq!(proposal["id"], story.proposal);
    assert_eq!(proposal["madeByOfficer"], Value::Null, "not made yet: {first}");
    // The task and its re-check, newest sampling first, through the enterprise's license.
    let tasks = &enterprise["licenses"][0]["testingTasks"];
    assert_eq!(tasks["totalCount"], 2, "{first}");
    assert_eq!(tasks["edges"][1]["node"]["id"], story.task, "{first}");
    // The top-level license's tasks, a page of one, and the next page after its cursor.
    let page = &first["license"]["testingTasks"];
    assert_eq!(
        (page["totalCount"].clone(), page["pageInfo"]["hasNextPage"].clone()),
        (json!(2), json!(true))
    );
    assert_eq!(page["edges"][0]["node"]["id"], story.task, "opening order: {first}");
    let next = data_as(
        server,
        &national,
        "query($n: String!, $a: String!) { license(number: $n) { testingTasks(first: 1, after: $a) {
           pageInfo { hasNextPage } edges { node { id } } } } }",
        json!({ "n": world.licenses[0], "a": page["pageInfo"]["endCursor"] }),
    )
    .await;
    let next = &next["license"]["testingTasks"];
    assert_eq!(next["pageInfo"]["hasNextPage"], false);
    assert_ne!(next["edges"][0]["node"]["id"], story.task);

    // The second enterprise has none of them.
    let second =
        data_as(server, &national, RELATIONS, json!({ "e": world.enterprises[1], "n": world.licenses[1] }))
            .await;
    assert_eq!(second["node"]["rectifications"]["totalCount"], 0, "{second}");
    assert_eq!(second["node"]["revocationProposals"]["totalCount"], 0, "{second}");
    assert_eq!(second["license"]["testingTasks"]["totalCount"], 0, "{second}");

    // Scoped like the top-level lists: the enterprise sees its own, the other enterprise
    // does not see the first at all.
    let own = data_as(
        server,
        &world.enterprise_user,
        RELATIONS,
        json!({ "e": world.enterprises[0], "n": world.licenses[0] }),
    )
    .await;
    assert_eq!(own["node"]["rectifications"]["totalCount"], 1, "{own}");
    assert_eq!(own["node"]["revocationProposals"]["totalCount"], 1, "{own}");
    let stranger = data_as(
        server,
        &world.enterprise2_user,
        r#"query($e: ID!) { node(id: $e) { id } }"#,
        json!({ "e": world.enterprises[0] }),
    )
    .await;
    assert_eq!(stranger["node"], Value::Null);

    // The records across objects: everything the county officer did, for the national head;
    // refused to a province, whose reach is not the whole country.
    let records = data_as(
        server,
        &national,
        r#"{ auditRecords(filter: { actorSubject: "xw-officer" }, first: 100) { totalCount
             edges { node { operation actor { subject } } } } }"#,
        json!({}),
    )
    .await;
    let edges = records["auditRecords"]["edges"].as_array().unwrap();
    assert!(edges.len() >= 5, "open, deliver, rectify, re-check, conclude: {records}");
    assert_eq!(records["auditRecords"]["totalCount"], edges.len());
    assert!(edges.iter().all(|e| e["node"]["actor"]["subject"] == "xw-officer"), "{records}");
    let opened = data_as(
        server,
        &national,
        r#"{ auditRecords(filter: { operation: "openTestingTask" }) { totalCount
             edges { node { operation } } } }"#,
        json!({}),
    )
    .await;
    assert_eq!(opened["auditRecords"]["totalCount"], 1, "the re-check is openRecheckTask: {opened}");
    let refused = server
        .graphql_as(&world.provincial, r#"{ auditRecords(filter: {}) { totalCount } }"#, json!({}))
        .await;
    assert_eq!(refused["errors"][0]["extensions"]["code"], "FORBIDDEN", "{refused}");
}

on_both_databases!(archive_by_days, archive_by_days_body, plugins = super::WIRE_CABLE);

const ARCHIVE: &str = r#"query($e: ID!) { node(id: $e) { ... on Enterprise {
    archive(first: 100) { edges { node { occurredAt } } } } } }"#;

const ARCHIVE_RANGE: &str = r#"query($e: ID!, $from: NaiveDate, $to: NaiveDate, $n: Int) { node(id: $e) { ... on Enterprise {
    archive(first: $n, from: $from, to: $to) { totalCount edges { node { occurredAt } } } } } }"#;

const PAGE_RANGE: &str = r#"query($n: Int!, $from: NaiveDate, $to: NaiveDate) { enterprises(first: $n) { edges { node {
    archive(first: 2, from: $from, to: $to) { totalCount edges { node { kind } } } } } } }"#;

/// `Enterprise.archive(from:, to:)` keeps the events whose China day lies in the range, both
/// ends included; a reversed range is INVALID_DATE_RANGE; a page of enterprises asking for a
/// range costs the same statements for one enterprise as for two.
async fn archive_by_days_body(server: &TestServer) {
    let world = world(server).await;
    let enterprise = &world.enterprises[0];
    // Something on the archive on another day than the rest is not needed: the expected counts
    // are computed from the events' own times.
    let all = server.data(ARCHIVE, json!({ "e": enterprise })).await;
    let china = FixedOffset::east_opt(8 * 3600).unwrap();
    let days: Vec<chrono::NaiveDate> = all["node"]["archive"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|edge| {
            let at: chrono::DateTime<chrono::Utc> =
                edge["node"]["occurredAt"].as_str().unwrap().parse().unwrap();
            at.with_timezone(&china).date_naive()
        })
        .collect();
    assert!(!days.is_empty());
    let newest = *days.iter().max().unwrap();
    let count = |pred: &dyn Fn(chrono::NaiveDate) -> bool| days.iter().filter(|d| pred(**d)).count() as u64;
    let cases: Vec<(Option<chrono::NaiveDate>, Option<chrono::NaiveDate>, u64)> = vec![
        (None, None, days.len() as u64),
        (Some(newest), Some(newest), count(&|d| d == newest)),
        (Some(newest), None, count(&|d| d >= newest)),
        (None, Some(newest - Duration::days(1)), count(&|d| d < newest)),
        (Some(newest + Duration::days(1)), None, 0),
    ];
    for (from, to, expected) in cases {
        for n in [1, 100] {
            let body =
                server.data(ARCHIVE_RANGE, json!({ "e": enterprise, "from": from, "to": to, "n": n })).await;
            let archive = &body["node"]["archive"];
            assert_eq!(archive["totalCount"], expected, "{from:?}..{to:?}: {body}");
            let shown = archive["edges"].as_array().unwrap().len() as u64;
            assert_eq!(shown, expected.min(n), "{from:?}..{to:?} first {n}: {body}");
        }
    }
    let refused = server
        .error(ARCHIVE_RANGE, json!({ "e": enterprise, "from": newest, "to": newest - Duration::days(1) }))
        .await;
    assert_eq!(refused["extensions"]["code"], "INVALID_DATE_RANGE", "{refused}");

    // A page of enterprises with a ranged archive: one window-function statement, whatever the
    // page size.
    server.data("{ viewer { subject } }", json!({})).await;
    let mut counts = Vec::new();
    for n in [1, 2] {
        let before = server.statements.get();
        let page = server.data(PAGE_RANGE, json!({ "n": n, "from": newest, "to": newest })).await;
        counts.push(server.statements.get() - before);
        let edges = page["enterprises"]["edges"].as_array().unwrap();
        assert_eq!(edges.len(), n, "{page}");
        assert!(
            edges.iter().all(|e| !e["node"]["archive"]["edges"].as_array().unwrap().is_empty()),
            "{page}"
        );
    }
    assert_eq!(counts[0], counts[1], "statement count grows with the page: {counts:?}");
}
