//! The public license lookup (公示) over HTTP: no token, only the license's face, its status as
//! of the supervision calendar's today, and a strict limit per client address.

use oversight_tests::{TestServer, claims, on_both_databases};
use serde_json::{Value, json};

use crate::common::{credit_code, issue, register};

on_both_databases!(
    anyone_looks_up_a_license_by_its_number,
    anyone_looks_up_a_license_by_its_number_body,
    plugins = &[],
    config = |config| {
        config.demo_clock = true;
        config.public_lookups_per_minute = 1;
        config.public_lookup_burst = 5;
    }
);

async fn lookup(server: &TestServer, number: &str) -> (u16, Value) {
    // No Authorization header: the lookup is public.
    let response =
        server.client().get(server.url(&format!("/public/licenses/{number}"))).send().await.unwrap();
    let status = response.status().as_u16();
    let retry_after = response.headers().get("retry-after").map(|v| v.to_str().unwrap().to_owned());
    let mut body: Value = response.json().await.unwrap();
    if let Some(seconds) = retry_after {
        body["retryAfter"] = json!(seconds);
    }
    (status, body)
}

async fn anyone_looks_up_a_license_by_its_number_body(server: &TestServer) {
    let id = register(server, &credit_code("320102", 7), "南京公示电缆有限公司", "320102").await;
    let license = issue(server, &id, "(苏)XK06-001-00077", "wire-cable").await;

    // 1: the face of the license, nothing else (no ids, no enterprise record, no archive).
    let (status, body) = lookup(server, "XK06-001-00077").await;
    assert_eq!(status, 200, "{body}");
    let expected = json!({ "license": {
        "number": "(苏)XK06-001-00077",
        "holder": "南京公示电缆有限公司",
        "productUnit": "电线电缆",
        "industry": "电线电缆",
        "status": "VALID",
        "issuedOn": license["issuedOn"],
        "expiresOn": license["expiresOn"],
    }});
    assert_eq!(body, expected);

    // 2: the printed form with its province prefix finds it too.
    let (status, body) = lookup(server, "(苏)XK06-001-00077").await;
    assert_eq!((status, &body["license"]["number"]), (200, &json!("(苏)XK06-001-00077")));

    // 3: a well-formed number no license has is 404; a malformed one 400 with the number's code.
    let (status, body) = lookup(server, "XK06-001-99999").await;
    assert_eq!((status, body["errors"][0]["extensions"]["code"].as_str()), (404, Some("NOT_FOUND")));
    let (status, body) = lookup(server, "not-a-number").await;
    assert_eq!(
        (status, body["errors"][0]["extensions"]["code"].as_str()),
        (400, Some("INVALID_LICENSE_NUMBER"))
    );

    // 4: past its last valid day the license shows EXPIRED, before anyone records it.
    let expires: chrono::NaiveDate = license["expiresOn"].as_str().unwrap().parse().unwrap();
    let days = (expires - oversight_tests::today()).num_days() + 1;
    let admin = server.token(&claims("admin", "platform", "plugin_administrator", None));
    let mut left = days;
    while left > 0 {
        let step = left.min(366);
        let body = server
            .graphql_as(
                &admin,
                "mutation($d: Int!) { advanceDemoClock(input: { days: $d }) { calendar { today } } }",
                json!({ "d": step }),
            )
            .await;
        assert!(body["errors"].is_null(), "{body}");
        left -= step;
    }
    let (status, body) = lookup(server, "XK06-001-00077").await;
    assert_eq!((status, &body["license"]["status"]), (200, &json!("EXPIRED")), "{body}");

    // 5: the sixth lookup from this address within the minute is refused with Retry-After.
    let (status, body) = lookup(server, "XK06-001-00077").await;
    assert_eq!(status, 429, "{body}");
    assert_eq!(body["errors"][0]["extensions"]["code"], "RATE_LIMITED");
    assert!(body["retryAfter"].as_str().unwrap().parse::<u64>().unwrap() >= 1);
}
