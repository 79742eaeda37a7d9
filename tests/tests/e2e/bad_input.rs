//! Bad input: each case gets a clear, stable error code (and the field) and
//! writes nothing — checked by comparing a census of the registry before and after.

use oversight_tests::{TestServer, on_both_databases};
use serde_json::{Value, json};

use crate::common::{CHANGE_STATUS, ISSUE, REGISTER, census, credit_code, issue, register};

struct Case {
    name: &'static str,
    query: &'static str,
    variables: Value,
    code: &'static str,
    field: Option<&'static str>,
}

fn enterprise_input(credit_code: &str, region: &str, name: &str) -> Value {
    json!({ "input": { "creditCode": credit_code, "name": name, "regionCode": region,
                        "address": "建设路 8 号", "scale": "SMALL" } })
}

fn license_input(
    enterprise_id: &str,
    number: &str,
    issued_on: &str,
    expires_on: Option<&str>,
    industry: &str,
) -> Value {
    json!({ "input": { "enterpriseId": enterprise_id, "number": number, "industry": industry,
                        "productUnit": "电线电缆", "issuedOn": issued_on, "expiresOn": expires_on } })
}

on_both_databases!(bad_input_is_refused_and_writes_nothing, bad_input_body);

async fn bad_input_body(server: &TestServer) {
    // Existing records that some cases collide with.
    let taken_code = credit_code("320102", 11);
    let id = register(server, &taken_code, "南京华瑞电缆有限公司", "320102").await;
    issue(server, &id, "(苏)XK06-001-00100", "wire-cable").await;
    server
        .data(
            CHANGE_STATUS,
            json!({ "input": { "number": "XK06-001-00100", "status": "REVOKED", "reason": "吊销" } }),
        )
        .await;

    let today = oversight_tests::today();
    let recent = (today - chrono::Duration::days(10)).to_string();
    let earlier = (today - chrono::Duration::days(20)).to_string();
    let too_late = (today - chrono::Duration::days(10) + chrono::Duration::days(5 * 366)).to_string();
    let mut wrong_check = credit_code("320102", 12);
    let last = wrong_check.pop().unwrap();
    wrong_check.push(if last == '0' { '1' } else { '0' });

    let cases = vec![
        Case {
            name: "credit code with a wrong check character",
            query: REGISTER,
            variables: enterprise_input(&wrong_check, "320102", "南京新亚电缆有限公司"),
            code: "INVALID_CREDIT_CODE",
            field: Some("input.creditCode"),
        },
        Case {
            name: "credit code too short",
            query: REGISTER,
            variables: enterprise_input("91320102", "320102", "南京新亚电缆有限公司"),
            code: "INVALID_CREDIT_CODE",
            field: Some("input.creditCode"),
        },
        Case {
            name: "second enterprise with the same credit code",
            query: REGISTER,
            variables: enterprise_input(&taken_code, "320102", "南京另一家公司"),
            code: "DUPLICATE_CREDIT_CODE",
            field: Some("input.creditCode"),
        },
        Case {
            name: "unknown region code",
            query: REGISTER,
            variables: enterprise_input(&credit_code("320102", 13), "329999", "南京新亚电缆有限公司"),
            code: "UNKNOWN_REGION",
            field: Some("input.regionCode"),
        },
        Case {
            name: "malformed region code",
            query: REGISTER,
            variables: enterprise_input(&credit_code("320102", 14), "32A102", "南京新亚电缆有限公司"),
            code: "INVALID_REGION_CODE",
            field: Some("input.regionCode"),
        },
        Case {
            name: "name longer than 100 characters",
            query: REGISTER,
            variables: enterprise_input(&credit_code("320102", 15), "320102", &"电".repeat(101)),
            code: "INVALID_TEXT",
            field: Some("input.name"),
        },
        Case {
            name: "malformed license number",
            query: ISSUE,
            variables: license_input(&id, "XK6-001-00001", &recent, None, "wire-cable"),
            code: "INVALID_LICENSE_NUMBER",
            field: Some("input.number"),
        },
        Case {
            name: "duplicate license number (other prefix)",
            query: ISSUE,
            variables: license_input(&id, "XK06-001-00100", &recent, None, "wire-cable"),
            code: "DUPLICATE_LICENSE_NUMBER",
            field: Some("input.number"),
        },
        Case {
            name: "province prefix of another province",
            query: ISSUE,
            variables: license_input(&id, "(浙)XK06-001-00101", &recent, None, "wire-cable"),
            code: "LICENSE_PROVINCE_MISMATCH",
            field: Some("input.number"),
        },
        Case {
            name: "expiry before issue",
            query: ISSUE,
            variables: license_input(&id, "XK06-001-00102", &recent, Some(&earlier), "wire-cable"),
            code: "INVALID_DATE_RANGE",
            field: Some("input.expiresOn"),
        },
        Case {
            name: "validity longer than five years",
            query: ISSUE,
            variables: license_input(&id, "XK06-001-00103", &recent, Some(&too_late), "wire-cable"),
            code: "VALIDITY_TOO_LONG",
            field: Some("input.expiresOn"),
        },
        Case {
            name: "unknown industry",
            query: ISSUE,
            variables: license_input(&id, "XK06-001-00104", &recent, None, "rocket-fuel"),
            code: "UNKNOWN_INDUSTRY",
            field: Some("input.industry"),
        },
        Case {
            name: "license for an enterprise that does not exist",
            query: ISSUE,
            variables: license_input(
                "RW50ZXJwcmlzZTo5OTk5OTk",
                "XK06-001-00105",
                &recent,
                None,
                "wire-cable",
            ),
            code: "NOT_FOUND",
            field: None,
        },
        Case {
            name: "ID of another type",
            query: ISSUE,
            variables: license_input("TGljZW5zZTox", "XK06-001-00106", &recent, None, "wire-cable"),
            code: "INVALID_ID",
            field: Some("input.enterpriseId"),
        },
        Case {
            name: "revoked license made valid again",
            query: CHANGE_STATUS,
            variables: json!({ "input": { "number": "XK06-001-00100", "status": "VALID", "reason": "申诉" } }),
            code: "ILLEGAL_STATUS_TRANSITION",
            field: Some("input.status"),
        },
        Case {
            name: "status change of an unknown license",
            query: CHANGE_STATUS,
            variables: json!({ "input": { "number": "XK06-001-09999", "status": "SUSPENDED", "reason": "抽查" } }),
            code: "NOT_FOUND",
            field: None,
        },
        Case {
            name: "status change without a reason",
            query: CHANGE_STATUS,
            variables: json!({ "input": { "number": "XK06-001-00100", "status": "CANCELLED", "reason": "   " } }),
            code: "INVALID_TEXT",
            field: Some("input.reason"),
        },
        Case {
            name: "page size over the maximum",
            query: "{ enterprises(first: 101) { totalCount } }",
            variables: json!({}),
            code: "PAGE_SIZE_EXCEEDED",
            field: Some("first"),
        },
        Case {
            name: "cursor not issued by the list",
            query: r#"{ enterprises(after: "bm9wZQ") { totalCount } }"#,
            variables: json!({}),
            code: "INVALID_CURSOR",
            field: Some("after/before"),
        },
        Case {
            name: "filter with an unknown industry",
            query: r#"{ enterprises(filter: { industry: "x" }) { totalCount } }"#,
            variables: json!({}),
            code: "UNKNOWN_INDUSTRY",
            field: Some("filter.industry"),
        },
        Case {
            name: "annual reviews filtered by an unknown industry",
            query: r#"{ annualReviews(filter: { industry: "rocket-fuel" }) { totalCount } }"#,
            variables: json!({}),
            code: "UNKNOWN_INDUSTRY",
            field: Some("filter.industry"),
        },
        Case {
            name: "node ID that is not ours",
            query: r#"{ node(id: "hello") { id } }"#,
            variables: json!({}),
            code: "INVALID_ID",
            field: Some("id"),
        },
    ];

    for case in cases {
        let before = census(server).await;
        let error = server.error(case.query, case.variables).await;
        assert_eq!(error["extensions"]["code"], case.code, "{}: {error}", case.name);
        match case.field {
            Some(field) => assert_eq!(error["extensions"]["field"], field, "{}: {error}", case.name),
            None => assert!(error["extensions"].get("field").is_none(), "{}: {error}", case.name),
        }
        assert!(!error["message"].as_str().unwrap_or("").is_empty(), "{}: no message", case.name);
        assert_eq!(census(server).await, before, "{} wrote something", case.name);
    }
}

on_both_databases!(several_bad_fields_are_all_reported, several_bad_fields_body);

async fn several_bad_fields_body(server: &TestServer) {
    let error = server
        .error(REGISTER, json!({ "input": { "creditCode": "nope", "name": "x", "regionCode": "99", "address": "", "scale": "SMALL" } }))
        .await;
    let fields: Vec<&str> = error["extensions"]["fieldErrors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    for field in ["input.creditCode", "input.name", "input.regionCode", "input.address"] {
        assert!(fields.contains(&field), "{field} missing from {error}");
    }
}
