//! `node(id:)` on both databases: every `NodeType` the API issues IDs for resolves to its object
//! for a caller who may see it and to null for one who may not, and a DataLoader batch refused
//! for every key reports its own code to every field that waited on it.

use oversight_tests::{TestServer, claims, on_both_databases};
use serde_json::{Value, json};

use crate::common::{credit_code, register};

on_both_databases!(a_refused_batch_keeps_its_code, a_refused_batch_keeps_its_code_body);

/// Two `node` fields read in one request share one DataLoader batch; a testing institution
/// reads no registry, so the batch is refused, and both fields say FORBIDDEN — not INTERNAL.
async fn a_refused_batch_keeps_its_code_body(server: &TestServer) {
    let first = register(server, &credit_code("320102", 31), "南京甲电缆有限公司", "320102").await;
    let second = register(server, &credit_code("320102", 32), "南京乙电缆有限公司", "320102").await;
    let lab_id = server.app.create_institution("江苏省产品质量监督检验研究院", "320000").await.unwrap().id;
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
