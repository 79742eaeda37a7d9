//! Testing institutions administered through the API on both databases: entered with their
//! accreditation (CMA/CNAS numbers, validity, industries in scope), re-accredited and suspended;
//! a designation needs an active institution accredited for its industry over its whole period;
//! refused input writes nothing; every change leaves its audit record.

use oversight_tests::{TestServer, claims, on_both_databases};
use serde_json::{Value, json};

use crate::cast::numeric;
use crate::common::census;

const CREATE: &str = "mutation($i: CreateInstitutionInput!) { createInstitution(input: $i) {
    institution { id active accreditation { cmaNumber cnasNumber validFrom validUntil industries } } } }";
const ACCREDIT: &str = "mutation($i: AccreditInstitutionInput!) { accreditInstitution(input: $i) {
    institution { accreditation { industries } } } }";
const SUSPEND: &str = "mutation($i: SuspendInstitutionInput!) { suspendInstitution(input: $i) {
    institution { active suspensionReason } } }";
const DESIGNATE: &str = "mutation($i: DesignateInstitutionInput!) { designateInstitution(input: $i) {
    designation { id } } }";

fn code(body: &Value) -> &str {
    body["errors"][0]["extensions"]["code"].as_str().unwrap_or_else(|| panic!("no error code: {body}"))
}

on_both_databases!(institution_administration, institution_administration_body);

async fn institution_administration_body(server: &TestServer) {
    let jiangsu = server.authority("江苏省市场监督管理局", "320000", server.national_authority).await;
    let org = format!("authority:{}", jiangsu.id);
    let js_staff = server.token(&claims("js-staff", &org, "provincial_officer", Some("staff")));
    let today = server.app.today();
    let day = |offset: i64| (today + chrono::Duration::days(offset)).to_string();
    let accreditation = |industries: &[&str]| {
        json!({ "cmaNumber": "2019 3200 0123", "cnasNumber": "L1234", "validFrom": day(-30),
                "validUntil": day(365), "industries": industries })
    };

    // Bad input is refused with its code and writes nothing.
    let before = census(server).await;
    let input = |name: &str, accreditation: Value| json!({ "i": { "name": name, "regionCode": "320000", "accreditation": accreditation } });
    let no_number = json!({ "validFrom": day(0), "validUntil": day(1), "industries": ["wire-cable"] });
    let reversed = json!({ "cmaNumber": "201932000123", "validFrom": day(1), "validUntil": day(0), "industries": ["wire-cable"] });
    let cases = [
        (input("甲检验所", no_number), "INVALID_ACCREDITATION"),
        (input("乙检验所", reversed), "INVALID_DATE_RANGE"),
        (input("丙检验所", accreditation(&["toys"])), "UNKNOWN_INDUSTRY"),
        (input("丁检验所", accreditation(&[])), "INVALID_ACCREDITATION"),
        (
            json!({ "i": { "name": "戊检验所", "regionCode": "330000", "accreditation": accreditation(&["wire-cable"]) } }),
            "OUT_OF_JURISDICTION",
        ),
    ];
    for (variables, expected) in cases {
        let token = if expected == "OUT_OF_JURISDICTION" { &js_staff } else { &server.national_token };
        let body = server.graphql_as(token, CREATE, variables).await;
        assert_eq!(code(&body), expected, "{body}");
    }
    assert_eq!(census(server).await, before, "a refused institution wrote something");

    // The province's staff enters its institution, accredited for wire-cable.
    let created = server
        .graphql_as(&js_staff, CREATE, input("江苏省产品质量监督检验研究院", accreditation(&["wire-cable"])))
        .await;
    let institution = created["data"]["createInstitution"]["institution"].clone();
    assert_eq!(institution["accreditation"]["cmaNumber"], "201932000123", "{created}");
    assert_eq!(institution["active"], true);
    let id = institution["id"].as_str().unwrap().to_owned();

    // Designations check the scope and the validity.
    let designate = |industry: &str, from: i64, until: i64| {
        json!({ "i": { "industry": industry, "institutionId": id, "regionCode": "320000",
                       "validFrom": day(from), "validUntil": day(until) } })
    };
    let body = server.graphql_as(&js_staff, DESIGNATE, designate("pesticide", 0, 30)).await;
    assert_eq!(code(&body), "OUTSIDE_ACCREDITED_SCOPE", "{body}");
    let body = server.graphql_as(&js_staff, DESIGNATE, designate("wire-cable", 0, 400)).await;
    assert_eq!(code(&body), "OUTSIDE_ACCREDITATION_VALIDITY", "{body}");
    let body = server.graphql_as(&js_staff, DESIGNATE, designate("wire-cable", 0, 300)).await;
    assert!(body.get("errors").is_none(), "{body}");

    // Re-accredited with pesticide in scope, it may be designated for pesticide.
    let body = server
        .graphql_as(&js_staff, ACCREDIT, json!({ "i": { "institutionId": id, "accreditation": accreditation(&["wire-cable", "pesticide"]) } }))
        .await;
    assert_eq!(
        body["data"]["accreditInstitution"]["institution"]["accreditation"]["industries"],
        json!(["wire-cable", "pesticide"]),
        "{body}"
    );
    let body = server.graphql_as(&js_staff, DESIGNATE, designate("pesticide", 0, 30)).await;
    assert!(body.get("errors").is_none(), "{body}");

    // Suspension is the leadership's; a suspended institution is designated no more.
    let suspend = json!({ "i": { "institutionId": id, "reason": "资质认定证书被撤销" } });
    assert_eq!(code(&server.graphql_as(&js_staff, SUSPEND, suspend.clone()).await), "FORBIDDEN");
    let body = server.graphql(SUSPEND, suspend.clone()).await;
    assert_eq!(body["data"]["suspendInstitution"]["institution"]["active"], false, "{body}");
    let body = server.graphql_as(&js_staff, DESIGNATE, designate("wire-cable", 310, 320)).await;
    assert_eq!(code(&body), "INSTITUTION_SUSPENDED", "{body}");
    assert_eq!(code(&server.graphql(SUSPEND, suspend).await), "INSTITUTION_SUSPENDED");
    let body = server
        .graphql_as(
            &js_staff,
            ACCREDIT,
            json!({ "i": { "institutionId": id, "accreditation": accreditation(&["wire-cable"]) } }),
        )
        .await;
    assert_eq!(code(&body), "INSTITUTION_SUSPENDED");

    // Each change has its audit record.
    let records = oversight_storage::audit::scan(server.app.store(), 0, 1000).await.unwrap();
    let reference = format!("institution:{}", numeric(&id));
    let operations: Vec<&str> = records
        .iter()
        .filter(|r| r.objects.first() == Some(&reference))
        .map(|r| r.operation.as_str())
        .collect();
    assert_eq!(operations, ["createInstitution", "accreditInstitution", "suspendInstitution"]);
}
