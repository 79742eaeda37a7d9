//! Patrols and follow-up visits (巡查、回访) beyond the scenario files: a patrol the subscription
//! test hears of, the follow-up a spot check's rectification owes, and a follow-up of a license
//! that ended dropping out of the queue.

use oversight_tests::{TestServer, on_both_databases};
use serde_json::{Value, json};

use crate::cast::{WIRE_CABLE, World, world};

/// The wire-cable checklist answered: everything conforms but `nonconforming`.
pub(crate) fn answers(nonconforming: &[&str]) -> Value {
    let codes = oversight_tests::WIRE_CABLE_CHECKLIST;
    let items: Vec<Value> = codes
        .iter()
        .map(|code| {
            if nonconforming.contains(code) {
                json!({ "code": code, "answer": "NONCONFORMING", "note": "测试发现的问题" })
            } else {
                json!({ "code": code, "answer": "CONFORMING" })
            }
        })
        .collect();
    json!(items)
}

/// Two officers of the Xuanwu directory qualified for wire and cable: their global IDs.
pub(crate) async fn inspectors(server: &TestServer, world: &World) -> Vec<String> {
    let seat = data_as(server, &world.county, "{ viewer { authority { id } } }", json!({})).await;
    let mut ids = Vec::new();
    for n in 1..=2 {
        let officer = data_as(
            server,
            &world.national_head,
            "mutation($i: CreateOfficerInput!) { createOfficer(input: $i) { officer { id } } }",
            json!({ "i": { "authorityId": seat["viewer"]["authority"]["id"], "name": format!("巡查员{n}"),
                           "badgeNumber": format!("XW-90{n:02}"), "subject": format!("xw-patrol-{n}"),
                           "tier": "STAFF", "industries": ["wire-cable"] } }),
        )
        .await;
        ids.push(officer["createOfficer"]["officer"]["id"].as_str().unwrap().to_owned());
    }
    ids
}

/// A patrol of the first enterprise's license finds unmarked packaging; a rectification by a
/// deadline is ordered, which owes a follow-up. Returns the patrol's global ID.
pub(crate) async fn patrol_with_rectification(server: &TestServer, world: &World) -> Value {
    let inspectors = inspectors(server, world).await;
    let license = data_as(
        server,
        &world.county,
        "query($n: String!) { license(number: $n) { id } }",
        json!({ "n": world.licenses[0] }),
    )
    .await["license"]["id"]
        .clone();
    let patrol = data_as(
        server,
        &world.county,
        "mutation($i: RecordPatrolInput!) { recordPatrol(input: $i) { patrol { id } } }",
        json!({ "i": { "licenseId": license, "inspectedOn": server.app.today().to_string(),
                       "inspectorIds": inspectors, "answers": answers(&["PACKAGING_LABELING"]) } }),
    )
    .await["recordPatrol"]["patrol"]["id"]
        .clone();
    data_as(
        server,
        &world.county,
        "mutation($i: OrderPatrolMeasureInput!) { orderPatrolMeasure(input: $i) { measure { id } } }",
        json!({ "i": { "patrolId": patrol, "findings": ["PACKAGING_LABELING"], "kind": "RECTIFY_BY_DEADLINE" } }),
    )
    .await;
    patrol
}

/// `data` of a request as `token`, asserting it had no errors.
async fn data_as(server: &TestServer, token: &str, query: &str, variables: Value) -> Value {
    let body = server.graphql_as(token, query, variables).await;
    assert!(body.get("errors").is_none(), "{body}");
    body["data"].clone()
}

const OWED: &str =
    "{ followUps { totalCount edges { node { origin carriedItems state license { number status } } } } }";

on_both_databases!(
    every_rectification_owes_a_follow_up,
    every_rectification_owes_a_follow_up_body,
    plugins = super::WIRE_CABLE
);

/// A spot check's rectification owes a follow-up visit (§二(三): "在企业规定的整改期限到期后及时
/// 实施") carrying the failed items; once the license is revoked, its follow-ups leave the queue.
async fn every_rectification_owes_a_follow_up_body(server: &TestServer) {
    let world = world(server).await;
    let objects = crate::node::supervision_objects(server, &world).await;
    assert!(objects.rectification.is_string());
    let owed = data_as(server, &world.county, OWED, json!({})).await;
    let spot = owed["followUps"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["node"]["origin"] == "SPOT_CHECK")
        .unwrap_or_else(|| panic!("no follow-up of the spot check: {owed}"))
        .clone();
    assert_eq!(spot["node"]["carriedItems"], json!(["conductor_resistance"]), "{owed}");
    // The re-check failed and the proposal is due; the nation revokes: the follow-up is moot.
    let proposal = objects.proposal.clone();
    let provincial = &world.provincial_leader;
    let made = server
        .graphql_as(
            provincial,
            "mutation($i: MakeRevocationProposalInput!) { makeRevocationProposal(input: $i) { proposal { id } } }",
            json!({ "i": { "proposalId": proposal, "grounds": "复查仍不合格" } }),
        )
        .await;
    assert!(made.get("errors").is_none(), "{made}");
    let decided = server
        .graphql_as(
            &world.national_head,
            "mutation($i: DecideRevocationProposalInput!) { decideRevocationProposal(input: $i) { proposal { status } } }",
            json!({ "i": { "proposalId": proposal, "decision": "REVOKE", "reason": "依法吊销" } }),
        )
        .await;
    assert!(decided.get("errors").is_none(), "{decided}");
    let owed =
        data_as(server, &world.county, "{ followUps(filter: { state: DUE }) { totalCount } }", json!({}))
            .await;
    assert_eq!(owed["followUps"]["totalCount"], 0, "a revoked license's follow-up is still due: {owed}");
}
