//! Double-random draws (双随机一公开) beyond the scenario file: the record published at
//! `GET /public/draws/{id}` without a token is exactly what `oversight draw replay` reads — it
//! replays bit for bit, and a tampered copy is caught with its first difference; a cancelled
//! draw's record says when and why, and its replay says CANCELLED, not MATCH.

use oversight_server::draw_cli::replay_file;
use oversight_tests::{TestServer, on_both_databases};
use serde_json::{Value, json};

use crate::cast::{WIRE_CABLE, world};

const SEED: &str = "e2e-draw-seed-revealed-after-commit";

on_both_databases!(
    a_published_draw_replays_and_tampering_is_caught,
    a_published_draw_replays_body,
    plugins = super::WIRE_CABLE
);

on_both_databases!(
    a_cancelled_draw_is_published_and_does_not_replay,
    a_cancelled_draw_body,
    plugins = super::WIRE_CABLE
);

async fn public(server: &TestServer, id: &str) -> (u16, Value) {
    // No Authorization header: the record is public (一公开).
    let response = server.client().get(server.url(&format!("/public/draws/{id}"))).send().await.unwrap();
    (response.status().as_u16(), response.json().await.unwrap())
}

/// Writes `record` to a file and replays it as the CLI does.
fn replay(record: &Value) -> (bool, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("record.json");
    std::fs::write(&path, serde_json::to_vec_pretty(record).unwrap()).unwrap();
    replay_file(&path).unwrap()
}

/// Commits the county's draw; returns the payload's draw (`id`, `number`).
async fn commit(server: &TestServer, world: &crate::cast::World) -> Value {
    let today = server.app.today();
    let committed = server
        .graphql_as(
            &world.county,
            "mutation($i: CommitDrawInput!) { commitDraw(input: $i) { draw { id number } } }",
            json!({ "i": { "startsOn": today.to_string(), "endsOn": (today + chrono::Duration::days(60)).to_string(),
                           "uniformPercent": 50, "strata": [{ "class": "B", "percent": 100 }],
                           "inspectorsPerTarget": 2, "coverageMonths": 12, "recentPatrolMonths": 6,
                           "seedSha256": oversight_domain::draw::sha256_hex(SEED.as_bytes()) } }),
        )
        .await;
    let draw = committed["data"]["commitDraw"]["draw"].clone();
    assert!(draw["number"].is_i64(), "{committed}");
    draw
}

async fn a_published_draw_replays_body(server: &TestServer) {
    let world = world(server).await;
    crate::patrol::inspectors(server, &world).await;
    let draw = &commit(server, &world).await;
    let number = draw["number"].to_string();

    // Committed: the hashes are published, the seed and the result are not; nothing replays yet.
    let (status, record) = public(server, &number).await;
    assert_eq!(status, 200, "{record}");
    assert_eq!((&record["seed"], &record["result"]), (&Value::Null, &Value::Null));
    assert_eq!(record["snapshots"]["targets"].as_array().unwrap().len(), 2);
    let (matched, report) = replay(&record);
    assert!(!matched && report.contains("not been run"), "{report}");

    let ran = server
        .graphql_as(
            &world.county,
            "mutation($id: ID!, $s: String!) { runDraw(id: $id, seed: $s) { draw { drawnCount resultSha256 } } }",
            json!({ "id": draw["id"], "s": SEED }),
        )
        .await;
    assert_eq!(ran["data"]["runDraw"]["draw"]["drawnCount"], json!(2), "{ran}");

    // Run: the public record replays bit for bit, offline, with the result hash it publishes.
    let (status, record) = public(server, &number).await;
    assert_eq!(status, 200);
    let (matched, report) = replay(&record);
    assert!(matched, "{report}");
    let published = ran["data"]["runDraw"]["draw"]["resultSha256"].as_str().unwrap();
    assert!(report.starts_with("MATCH") && report.contains(published), "{report}");
    // Inspectors appear by name and badge number only: no token subject is published.
    assert!(!record.to_string().contains("xw-patrol-"), "{record}");

    // Tampered: another inspector, another class, another seed — each caught, named.
    let mut swapped = record.clone();
    swapped["result"]["targets"][0]["inspectors"][0] = json!(999_999);
    let (matched, report) = replay(&swapped);
    assert!(!matched && report.starts_with("MISMATCH") && report.contains("drawn target 1"), "{report}");
    let mut reclassed = record.clone();
    reclassed["snapshots"]["targets"][0]["class"] = json!("D");
    let (matched, report) = replay(&reclassed);
    assert!(!matched && report.contains("targets snapshot SHA-256"), "{report}");
    let mut reseeded = record.clone();
    reseeded["seed"] = json!("a-different-seed-of-enough-length");
    let (matched, report) = replay(&reseeded);
    assert!(!matched && report.contains("SHA-256 of the seed"), "{report}");

    // No such draw: 404; not a number: 400.
    assert_eq!(public(server, "999999").await.0, 404);
    assert_eq!(public(server, "abc").await.0, 400);
}

async fn a_cancelled_draw_body(server: &TestServer) {
    let world = world(server).await;
    crate::patrol::inspectors(server, &world).await;
    let draw = commit(server, &world).await;
    let number = draw["number"].to_string();
    let reason = "本次抽取的种子保管人调离，种子无法出示，本次抽取不再实施";
    let cancelled = server
        .graphql_as(
            &world.county,
            "mutation($i: CancelDrawInput!) { cancelDraw(input: $i) { draw { status cancelledAt cancelReason seed } } }",
            json!({ "i": { "draw": draw["id"], "reason": reason } }),
        )
        .await;
    let payload = &cancelled["data"]["cancelDraw"]["draw"];
    assert_eq!(
        (&payload["status"], &payload["cancelReason"]),
        (&json!("CANCELLED"), &json!(reason)),
        "{cancelled}"
    );

    // Published without a token: when and why, and still no seed and no result.
    let (status, record) = public(server, &number).await;
    assert_eq!(status, 200, "{record}");
    // The same instant (GraphQL and the record's serde may spell it differently).
    let instant = |v: &Value| v.as_str().and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok());
    assert!(instant(&record["cancelledAt"]).is_some(), "{record}");
    assert_eq!(instant(&record["cancelledAt"]), instant(&payload["cancelledAt"]), "{record} {cancelled}");
    assert_eq!(record["cancelReason"], json!(reason));
    assert_eq!((&record["seed"], &record["result"]), (&Value::Null, &Value::Null));
    // The subject of who cancelled is not published (decision 18): only the authority is.
    assert!(!record.to_string().contains("cancelledBy"), "{record}");

    // Replay: CANCELLED with the reason, and not a match (the CLI's exit status is 1).
    let (matched, report) = replay(&record);
    assert!(!matched && report.starts_with("CANCELLED") && report.contains(reason), "{report}");

    // Never run afterwards, even with the right seed.
    let ran = server
        .graphql_as(
            &world.county,
            "mutation($id: ID!, $s: String!) { runDraw(id: $id, seed: $s) { draw { id } } }",
            json!({ "id": draw["id"], "s": SEED }),
        )
        .await;
    assert_eq!(ran["errors"][0]["extensions"]["code"], json!("DRAW_CANCELLED"), "{ran}");
}
