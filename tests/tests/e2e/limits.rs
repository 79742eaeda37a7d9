//! The hardened endpoint: every limit has a test — depth, complexity priced by
//! page size, aliases, root fields, batch length, control characters, production
//! mode (no introspection, no suggestions), the safelist, opaque internal errors
//! and the security headers.

use oversight_tests::{Db, TestServer, on_both_databases};
use serde_json::{Value, json};

async fn post_raw(server: &TestServer, body: Value) -> (u16, Value) {
    let response = server
        .client()
        .post(server.url("/graphql"))
        .bearer_auth(&server.national_token)
        .header("accept", "application/graphql-response+json")
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

fn code(body: &Value) -> &str {
    body["errors"][0]["extensions"]["code"].as_str().unwrap_or("")
}

#[actix_web::test]
async fn document_limits() {
    let server = TestServer::start_with(Db::Sqlite, |config| {
        config.max_depth = 8;
        config.max_aliases = 5;
        config.max_root_fields = 4;
        config.max_complexity = 2_000;
    })
    .await
    .unwrap();
    let aliases = |n: usize| {
        format!(
            "{{ {} }}",
            (0..n).map(|i| format!("a{i}: viewer {{ subject }}")).collect::<Vec<_>>().join(" ")
        )
    };
    let roots = |n: usize| format!("{{ {} }}", vec!["viewer { subject }"; n].join(" "));
    let cases: Vec<(&str, String, Option<&str>)> = vec![
        ("depth within the limit", "{ regions { children { children { name } } } }".to_owned(), None),
        ("too deep", "{ regions { children { children { children { children { children { children { children { name } } } } } } } } }".to_owned(), Some("GRAPHQL_VALIDATION_FAILED")),
        ("aliases at the limit", aliases(4), None),
        ("too many aliases", format!("{{ regions {{ {} }} }}", (0..6).map(|i| format!("x{i}: code")).collect::<Vec<_>>().join(" ")), Some("TOO_MANY_ALIASES")),
        ("root fields at the limit", roots(4), None),
        ("too many root fields", roots(5), Some("TOO_MANY_ROOT_FIELDS")),
        // Complexity prices a connection by its page size: 10 × 10 fits, 100 × 100 does not.
        ("small pages", "{ enterprises(first: 10) { edges { node { archive(first: 10) { edges { node { summary } } } } } } }".to_owned(), None),
        ("large pages", "{ enterprises(first: 100) { edges { node { archive(first: 100) { edges { node { summary } } } } } } }".to_owned(), Some("GRAPHQL_VALIDATION_FAILED")),
    ];
    for (name, query, expected) in cases {
        let (status, body) = post_raw(&server, json!({ "query": query })).await;
        match expected {
            None => assert!(status == 200 && body.get("errors").is_none(), "{name}: {status} {body}"),
            Some(expected) => {
                assert_eq!(status, 400, "{name}: {body}");
                assert_eq!(code(&body), expected, "{name}: {body}");
                assert!(body.get("data").is_none(), "{name}");
            }
        }
    }
    server.stop().await;
}

#[actix_web::test]
async fn batches_are_bounded() {
    let server = TestServer::start_with(Db::Sqlite, |config| config.max_batch = 3).await.unwrap();
    let one = json!({ "query": "{ viewer { role } }" });
    let (status, body) = post_raw(&server, json!([one, { "query": "{ regions { code } }" }])).await;
    assert_eq!(status, 200);
    assert_eq!(body[0]["data"]["viewer"]["role"], "NATIONAL_OFFICER");
    assert_eq!(body[1]["data"]["regions"].as_array().unwrap().len(), 31);
    let (status, body) = post_raw(&server, json!([one, one, one, one])).await;
    assert_eq!((status, code(&body)), (400, "BATCH_TOO_LARGE"), "{body}");
    let (status, body) = post_raw(&server, json!([])).await;
    assert_eq!((status, code(&body)), (400, "BATCH_TOO_LARGE"), "{body}");
    server.stop().await;
}

on_both_databases!(control_characters_are_refused, control_characters_body);

async fn control_characters_body(server: &TestServer) {
    let register =
        "mutation($i: RegisterEnterpriseInput!) { registerEnterprise(input: $i) { enterprise { id } } }";
    let input = |name: &str| {
        json!({ "query": register, "variables": { "i": {
            "creditCode": crate::common::credit_code("320102", 1), "name": name, "regionCode": "320102",
            "address": "1 号", "scale": "SMALL" } } })
    };
    for name in ["南京\u{0000}公司", "南京\u{001b}公司", "南京\u{0085}公司"] {
        let (status, body) = post_raw(server, input(name)).await;
        assert_eq!((status, code(&body)), (400, "INVALID_CHARACTERS"), "{name:?}: {body}");
    }
    // The same character as an escape inside a literal in the document.
    let (status, body) =
        post_raw(server, json!({ "query": r#"{ enterprise(creditCode: "91\u0000") { id } }"# })).await;
    assert_eq!((status, code(&body)), (400, "INVALID_CHARACTERS"), "{body}");
    // Nothing was written, and ordinary line breaks in multi-line fields still pass.
    let (status, body) = post_raw(server, input("南京华瑞电缆有限公司")).await;
    assert!(status == 200 && body.get("errors").is_none(), "{body}");
}

#[actix_web::test]
async fn production_hides_the_schema() {
    let server = TestServer::start_with(Db::Sqlite, |config| config.production = true).await.unwrap();
    let (_, body) = post_raw(&server, json!({ "query": "{ __schema { types { name } } }" })).await;
    assert!(body["data"]["__schema"].is_null(), "introspection still answers: {body}");
    assert!(!body.to_string().contains("Enterprise"), "{body}");
    let (_, body) = post_raw(&server, json!({ "query": "{ enterprize(creditCode: \"x\") { id } }" })).await;
    assert!(!body.to_string().contains("Did you mean"), "suggestions still on: {body}");
    // Development keeps both, for GraphiQL.
    let dev = TestServer::start(Db::Sqlite).await.unwrap();
    let (_, body) = post_raw(&dev, json!({ "query": "{ enterprize(creditCode: \"x\") { id } }" })).await;
    assert!(body.to_string().contains("Did you mean"), "{body}");
    server.stop().await;
    dev.stop().await;
}

#[actix_web::test]
async fn only_safelisted_documents_run() {
    use sha2::{Digest, Sha256};
    let listed = "query Me { viewer { role } }";
    let hash = hex::encode(Sha256::digest(listed.as_bytes()));
    let path = std::env::temp_dir().join(format!("safelist-{}.json", std::process::id()));
    std::fs::write(&path, json!({ hash.clone(): listed }).to_string()).unwrap();
    let server =
        TestServer::start_with(Db::Sqlite, |config| config.safelist_file = Some(path.clone())).await.unwrap();
    let (status, body) = post_raw(&server, json!({ "query": listed })).await;
    assert_eq!((status, body["data"]["viewer"]["role"].as_str()), (200, Some("NATIONAL_OFFICER")), "{body}");
    let (status, body) = post_raw(
        &server,
        json!({ "extensions": { "persistedQuery": { "version": 1, "sha256Hash": hash } } }),
    )
    .await;
    assert_eq!((status, body["data"]["viewer"]["role"].as_str()), (200, Some("NATIONAL_OFFICER")), "{body}");
    let (status, body) = post_raw(&server, json!({ "query": "{ viewer { subject } }" })).await;
    assert_eq!((status, code(&body)), (400, "QUERY_NOT_IN_SAFELIST"), "{body}");
    let (status, body) = post_raw(
        &server,
        json!({ "extensions": { "persistedQuery": { "version": 1, "sha256Hash": "00" } } }),
    )
    .await;
    assert_eq!((status, code(&body)), (400, "QUERY_NOT_IN_SAFELIST"), "{body}");
    server.stop().await;
    let _ = std::fs::remove_file(path);
}

#[actix_web::test]
async fn internal_errors_are_opaque_and_headers_are_set() {
    let server = TestServer::start(Db::Sqlite).await.unwrap();
    let response = server
        .client()
        .post(server.url("/graphql"))
        .bearer_auth(&server.national_token)
        .json(&json!({ "query": "{ viewer { role } }" }))
        .send()
        .await
        .unwrap();
    for (name, value) in [
        ("x-content-type-options", "nosniff"),
        ("cache-control", "no-store"),
        ("content-security-policy", "default-src 'none'; frame-ancestors 'none'"),
        ("referrer-policy", "no-referrer"),
    ] {
        assert_eq!(response.headers().get(name).map(|v| v.to_str().unwrap()), Some(value), "{name}");
    }
    // Break the database under the server: the client learns nothing of it.
    oversight_storage::test_db::execute_raw(server.app.store(), "DROP TABLE license_copy_entry")
        .await
        .unwrap();
    let number = "XK06-001-00001";
    let id = crate::common::register(
        &server,
        &crate::common::credit_code("320102", 9),
        "南京甲电缆有限公司",
        "320102",
    )
    .await;
    let issued_on = (oversight_tests::today() - chrono::Duration::days(1)).to_string();
    let body = server
        .graphql(
            crate::common::ISSUE,
            json!({ "input": { "enterpriseId": id, "number": number, "industry": "wire-cable", "productUnit": "电线电缆", "issuedOn": issued_on } }),
        )
        .await;
    let error = &body["errors"][0];
    assert_eq!(error["extensions"]["code"], "INTERNAL", "{body}");
    assert!(error["extensions"]["correlationId"].as_str().is_some_and(|id| id.len() == 36));
    let text = body.to_string().to_lowercase();
    for leak in ["license_copy_entry", "no such table", "sqlite", "sqlx"] {
        assert!(!text.contains(leak), "{leak} reached the client: {body}");
    }
    // And the failed transaction left no license behind.
    let data = server.data("query($n: String!) { license(number: $n) { id } }", json!({ "n": number })).await;
    assert!(data["license"].is_null());
    server.stop().await;
}
