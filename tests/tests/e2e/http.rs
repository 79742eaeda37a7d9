//! The HTTP surface: GraphiQL offline, probes, and GraphQL-over-HTTP rules that
//! carry our error codes (the full conformance audit runs in scripts/test.sh).

use oversight_tests::{Db, TestServer};
use serde_json::{Value, json};

async fn start() -> TestServer {
    TestServer::start(Db::Sqlite).await.unwrap()
}

#[actix_web::test]
async fn graphiql_is_served_without_internet() {
    let server = start().await;
    let client = server.client();
    let page = client.get(server.url("/graphql")).header("accept", "text/html").send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
    assert!(page.headers()["content-security-policy"].to_str().unwrap().contains("script-src 'self'"));
    let html = page.text().await.unwrap();
    assert!(!html.contains("http://") && !html.contains("https://"), "the page loads something from outside");
    for asset in [
        "react.production.min.js",
        "react-dom.production.min.js",
        "graphiql.min.js",
        "graphiql.min.css",
        "boot.js",
    ] {
        let path = format!("/graphiql/assets/{asset}");
        assert!(html.contains(&path), "the page does not load {path}");
        let response = client.get(server.url(&path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        let body = response.bytes().await.unwrap();
        assert!(body.len() > 1_000, "{path} is only {} bytes", body.len());
    }
    let missing = client.get(server.url("/graphiql/assets/nope.js")).send().await.unwrap();
    assert_eq!(missing.status(), 404);
    server.stop().await;
}

/// A demo server lists its demo roles for GraphiQL's picker, and each role's token works as that
/// role; any other server has no list, and a production server refuses to serve one.
#[actix_web::test]
async fn graphiql_offers_demo_roles_on_demo_servers_only() {
    let plain = start().await;
    let response = plain.client().get(plain.url("/graphiql/demo-roles")).send().await.unwrap();
    assert_eq!(response.status(), 404, "a server without demo roles lists none");
    let staff = oversight_tests::claims("wang.fang", "authority:1", "national_officer", Some("staff"));
    let role = oversight_api::graphiql::DemoRole {
        key: "national_staff".into(),
        label: "国家局 staff".into(),
        token: plain.token(&staff),
    };
    plain.stop().await;

    let roles = vec![role.clone()];
    let demo = TestServer::start_with(Db::Sqlite, |config| config.demo_roles = roles).await.unwrap();
    let response = demo.client().get(demo.url("/graphiql/demo-roles")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let listed: Value = response.json().await.unwrap();
    assert_eq!(listed, json!([{ "key": "national_staff", "label": "国家局 staff", "token": role.token }]));
    let viewer =
        demo.graphql_as(listed[0]["token"].as_str().unwrap(), "{ viewer { subject tier } }", json!({})).await;
    assert_eq!(viewer["data"]["viewer"], json!({ "subject": "wang.fang", "tier": "STAFF" }), "{viewer}");
    // The page's boot script asks for the list (and shows no picker on a 404).
    let boot =
        demo.client().get(demo.url("/graphiql/assets/boot.js")).send().await.unwrap().text().await.unwrap();
    assert!(boot.contains("'/graphiql/demo-roles'"), "boot.js does not ask for the demo roles");
    demo.stop().await;

    let refused = TestServer::start_with(Db::Sqlite, |config| {
        config.production = true;
        config.demo_roles = vec![role];
    })
    .await;
    let error = refused.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(error.contains("production server serves no demo roles"), "{error}");
}

#[actix_web::test]
async fn probes_answer() {
    let server = start().await;
    for path in ["/healthz", "/readyz"] {
        let response = server.client().get(server.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
    }
    server.stop().await;
}

/// (name, method, accept, content type, body or query string, status, code)
type Case = (&'static str, &'static str, &'static str, Option<&'static str>, String, u16, &'static str);

#[actix_web::test]
async fn protocol_errors_have_codes() {
    let server = start().await;
    let grj = "application/graphql-response+json";
    let json_type = Some("application/json");
    let big = format!(r#"{{"query":"{{ __typename }}","extensions":{{"pad":"{}"}}}}"#, "x".repeat(1_100_000));
    let cases: Vec<Case> = vec![
        ("malformed JSON body", "POST", grj, json_type, r#"{"query": "#.to_owned(), 400, "BAD_REQUEST"),
        ("body that is neither an object nor a batch", "POST", grj, json_type, r#""text""#.to_owned(), 400, "BAD_REQUEST"),
        ("missing query", "POST", grj, json_type, r#"{"variables":{}}"#.to_owned(), 400, "BAD_REQUEST"),
        ("wrong content type", "POST", grj, Some("text/plain"), r#"{"query":"{ __typename }"}"#.to_owned(), 415, "UNSUPPORTED_MEDIA_TYPE"),
        ("charset other than UTF-8", "POST", grj, Some("application/json; charset=latin1"), r#"{"query":"{ __typename }"}"#.to_owned(), 415, "UNSUPPORTED_MEDIA_TYPE"),
        ("unacceptable Accept", "POST", "text/csv", json_type, r#"{"query":"{ __typename }"}"#.to_owned(), 406, "NOT_ACCEPTABLE"),
        ("unknown operation name", "POST", grj, json_type, r#"{"query":"query A { __typename }","operationName":"B"}"#.to_owned(), 400, "UNKNOWN_OPERATION"),
        ("unknown operation name, JSON client", "POST", "application/json", json_type, r#"{"query":"query A { __typename }","operationName":"B"}"#.to_owned(), 200, "UNKNOWN_OPERATION"),
        ("parse error", "POST", grj, json_type, r#"{"query":"{"}"#.to_owned(), 400, "GRAPHQL_PARSE_FAILED"),
        ("validation error", "POST", grj, json_type, r#"{"query":"{ nonsense }"}"#.to_owned(), 400, "GRAPHQL_VALIDATION_FAILED"),
        ("mutation over GET", "GET", grj, None, "query=mutation%7BchangeLicenseStatus(input%3A%7Bnumber%3A%22x%22%2Cstatus%3AVALID%2Creason%3A%22x%22%7D)%7B__typename%7D%7D".to_owned(), 405, "METHOD_NOT_ALLOWED"),
        ("unparsable GET variables", "GET", grj, None, "query=%7B__typename%7D&variables=%7Bnope".to_owned(), 400, "BAD_REQUEST"),
        ("PUT", "PUT", grj, json_type, r#"{"query":"{ __typename }"}"#.to_owned(), 405, "METHOD_NOT_ALLOWED"),
        ("body over the size limit", "POST", grj, json_type, big, 413, "PAYLOAD_TOO_LARGE"),
    ];
    for (name, method, accept, content_type, payload, status, code) in cases {
        let mut request = match method {
            "GET" => server.client().get(format!("{}?{payload}", server.url("/graphql"))),
            "PUT" => server.client().put(server.url("/graphql")).body(payload),
            _ => server.client().post(server.url("/graphql")).body(payload),
        };
        request = request.header("accept", accept).bearer_auth(&server.national_token);
        if let Some(content_type) = content_type {
            request = request.header("content-type", content_type);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status().as_u16(), status, "{name}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["errors"][0]["extensions"]["code"], code, "{name}: {body}");
        assert!(body.get("data").is_none(), "{name}: a request error has no data entry: {body}");
    }
    server.stop().await;
}

#[actix_web::test]
async fn internal_details_do_not_leak() {
    let server = start().await;
    // A query whose resolvers succeed gets no errors key at all.
    let body = server.graphql("{ regions { code } }", json!({})).await;
    assert!(body.get("errors").is_none());
    assert_eq!(body["data"]["regions"].as_array().unwrap().len(), 31);
    server.stop().await;
}
