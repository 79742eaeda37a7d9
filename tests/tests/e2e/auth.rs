//! Identity at the door: missing, malformed, expired, early and forged tokens get
//! 401 with a stable code before anything runs; API keys work until revoked; each
//! principal has its own rate limit; list reads are scoped to the jurisdiction.

use oversight_app::identity::{Claims, issue_token};
use oversight_tests::{Db, JiangsuChain, TEST_SECRET, TestServer, claims, on_both_databases};
use serde_json::{Value, json};

use crate::common::{credit_code, register};

async fn post(server: &TestServer, authorization: Option<&str>) -> (u16, Option<String>, Value) {
    let mut request = server
        .client()
        .post(server.url("/graphql"))
        .header("accept", "application/graphql-response+json")
        .json(&json!({ "query": "{ viewer { subject role organisation } }" }));
    if let Some(value) = authorization {
        request = request.header("authorization", value);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let challenge = response.headers().get("www-authenticate").map(|v| v.to_str().unwrap().to_owned());
    (status, challenge, response.json().await.unwrap())
}

#[actix_web::test]
async fn bad_credentials_get_401_with_a_code() {
    let server = TestServer::start(Db::Sqlite).await.unwrap();
    let national = format!("authority:{}", server.national_authority);
    let signed = |claims: &Claims| format!("Bearer {}", issue_token(TEST_SECRET.as_bytes(), claims).unwrap());
    let mut expired = claims("a", &national, "national_officer", Some("head"));
    expired.exp = oversight_app::now().timestamp() - 3600;
    let mut early = claims("a", &national, "national_officer", Some("head"));
    early.nbf = Some(oversight_app::now().timestamp() + 3600);
    let forged = format!(
        "Bearer {}",
        issue_token(
            b"another-secret-of-at-least-32-bytes-xxxxxx",
            &claims("a", &national, "national_officer", Some("head"))
        )
        .unwrap()
    );
    let cases: Vec<(&str, Option<String>, &str)> = vec![
        ("no header", None, "UNAUTHENTICATED"),
        ("not a bearer", Some("Basic YWxhZGRpbjpvcGVuc2VzYW1l".to_owned()), "UNAUTHENTICATED"),
        ("malformed token", Some("Bearer abc.def".to_owned()), "INVALID_TOKEN"),
        ("forged signature", Some(forged), "INVALID_TOKEN"),
        ("expired", Some(signed(&expired)), "TOKEN_EXPIRED"),
        ("not yet valid", Some(signed(&early)), "TOKEN_NOT_YET_VALID"),
        (
            "unknown organisation",
            Some(signed(&claims("a", "authority:999999", "national_officer", Some("head")))),
            "INVALID_TOKEN",
        ),
        (
            "role that does not fit",
            Some(signed(&claims("a", &national, "county_officer", Some("staff")))),
            "INVALID_TOKEN",
        ),
        (
            "officer without tier",
            Some(signed(&claims("a", &national, "national_officer", None))),
            "INVALID_TOKEN",
        ),
        ("unknown role", Some(signed(&claims("a", &national, "emperor", None))), "INVALID_TOKEN"),
        ("unknown API key", Some("Bearer ovk_nope_secret".to_owned()), "INVALID_API_KEY"),
    ];
    for (name, authorization, code) in cases {
        let (status, challenge, body) = post(&server, authorization.as_deref()).await;
        assert_eq!(status, 401, "{name}: {body}");
        assert!(challenge.is_some_and(|c| c.starts_with("Bearer")), "{name}: no WWW-Authenticate");
        assert_eq!(body["errors"][0]["extensions"]["code"], code, "{name}: {body}");
        assert!(body.get("data").is_none(), "{name}");
    }
    // And the good one.
    let (status, _, body) = post(&server, Some(&format!("Bearer {}", server.national_token))).await;
    assert_eq!(status, 200);
    assert_eq!(body["data"]["viewer"]["role"], "NATIONAL_OFFICER");
    server.stop().await;
}

on_both_databases!(api_keys_work_until_revoked, api_keys_body);

async fn api_keys_body(server: &TestServer) {
    let institution = server.institution("江苏省产品质量监督检验研究院", "320000").await.unwrap();
    let institution_id = {
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("Institution:{}", institution.id))
    };
    let created = server
        .data(
            "mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key apiKey { id publicId label lastUsedAt revokedAt } } }",
            json!({ "i": { "institutionId": institution_id, "label": "LIMS" } }),
        )
        .await["createApiKey"]
        .clone();
    let key = created["key"].as_str().unwrap().to_owned();
    assert!(key.starts_with("ovk_"));
    assert!(created["apiKey"]["lastUsedAt"].is_null());

    let (status, _, body) = post(server, Some(&format!("Bearer {key}"))).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["data"]["viewer"]["role"], "TESTING_INSTITUTION");
    assert_eq!(body["data"]["viewer"]["organisation"], format!("institution:{}", institution.id));

    // Listed without the secret, with its last use recorded.
    let listed =
        server.data("{ institutions { nodes { name apiKeys { publicId lastUsedAt } } } }", json!({})).await;
    let text = listed.to_string();
    let (public, secret) = key.strip_prefix("ovk_").unwrap().split_once('_').unwrap();
    assert!(text.contains(public), "{text}");
    assert!(!text.contains(secret), "the secret leaked: {text}");
    assert!(!listed["institutions"]["nodes"][0]["apiKeys"][0]["lastUsedAt"].is_null());

    // A key with the right id but a wrong secret is refused.
    let (status, _, body) = post(server, Some(&format!("Bearer ovk_{public}_wrong"))).await;
    assert_eq!((status, body["errors"][0]["extensions"]["code"].as_str()), (401, Some("INVALID_API_KEY")));

    server
        .data(
            "mutation($i: RevokeApiKeyInput!) { revokeApiKey(input: $i) { apiKey { revokedAt } } }",
            json!({ "i": { "apiKeyId": created["apiKey"]["id"] } }),
        )
        .await;
    let (status, _, body) = post(server, Some(&format!("Bearer {key}"))).await;
    assert_eq!(
        (status, body["errors"][0]["extensions"]["code"].as_str()),
        (401, Some("INVALID_API_KEY")),
        "{body}"
    );
}

#[actix_web::test]
async fn each_principal_has_its_own_rate_limit() {
    let server = TestServer::start_with(Db::Sqlite, |config| {
        config.rate_limit_per_second = 1;
        config.rate_limit_burst = 3;
    })
    .await
    .unwrap();
    let national = format!("authority:{}", server.national_authority);
    let alice =
        format!("Bearer {}", server.token(&claims("alice", &national, "national_officer", Some("staff"))));
    let bob =
        format!("Bearer {}", server.token(&claims("bob", &national, "national_officer", Some("staff"))));
    let mut statuses = Vec::new();
    for _ in 0..4 {
        statuses.push(post(&server, Some(&alice)).await.0);
    }
    assert_eq!(statuses, [200, 200, 200, 429]);
    let response = server
        .client()
        .post(server.url("/graphql"))
        .header("authorization", &alice)
        .json(&json!({ "query": "{ viewer { subject } }" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 429);
    let retry_after: u64 = response.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!(retry_after >= 1);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["errors"][0]["extensions"]["code"], "RATE_LIMITED");
    // Bob's bucket is his own.
    assert_eq!(post(&server, Some(&bob)).await.0, 200);
    server.stop().await;
}

on_both_databases!(lists_are_scoped_to_the_jurisdiction, scoped_lists_body);

async fn scoped_lists_body(server: &TestServer) {
    for (n, region) in ["320102", "320102", "320104", "320205", "330106"].iter().enumerate() {
        register(server, &credit_code(region, 700 + n as u32), &format!("企业{n}有限公司"), region).await;
    }
    let JiangsuChain { jiangsu, nanjing, xuanwu } = server.jiangsu_chain().await;
    let cases = [
        (format!("authority:{}", server.national_authority), "national_officer", 5),
        (format!("authority:{}", jiangsu.id), "provincial_officer", 4),
        (format!("authority:{}", nanjing.id), "municipal_officer", 3),
        (format!("authority:{}", xuanwu.id), "county_officer", 2),
    ];
    for (org, role, expected) in cases {
        let token = server.token(&claims("x", &org, role, Some("staff")));
        let body = server
            .graphql_as(
                &token,
                "{ enterprises(first: 100) { totalCount edges { node { region { code } } } } }",
                json!({}),
            )
            .await;
        assert_eq!(body["data"]["enterprises"]["totalCount"], expected, "{role}: {body}");
        assert_eq!(body["data"]["enterprises"]["edges"].as_array().unwrap().len(), expected, "{role}");
        // A filter cannot widen the scope.
        let body = server
            .graphql_as(
                &token,
                r#"{ enterprises(filter: { regionPrefix: "33" }) { totalCount } }"#,
                json!({}),
            )
            .await;
        let outside = if role == "national_officer" { 1 } else { 0 };
        assert_eq!(body["data"]["enterprises"]["totalCount"], outside, "{role}");
    }
}
