//! Attachments (附件, docs/adr/0019) end to end: uploads as GraphQL multipart requests through the
//! real endpoint, downloads through the signed URL (bytes, headers, 403 for a tampered or expired
//! one, served by another replica), refusals that store nothing (census and store listing), the
//! reach of reads, and deletes before and after sealing. Upload and delete permissions are a
//! table here (a multipart request is not what the JSON permission matrix sends).

use oversight_app::AttachmentStore;
use oversight_domain::AttachmentId;
use oversight_tests::{TestServer, claims, on_both_databases};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::cast::numeric;
use crate::common::{census, credit_code, register};

const UPLOAD: &str = "mutation($e: ID!, $f: Upload!, $k: String) { uploadAttachment(enterpriseId: $e, file: $f, idempotencyKey: $k) \
    { attachment { id fileName contentType mediaType sizeBytes sha256 sealed downloadUrl uploadedBy } } }";
const DELETE: &str = "mutation($id: ID!) { deleteAttachment(id: $id) { deletedId } }";

/// A small but real-looking PDF of `n` bytes.
pub fn pdf(n: usize) -> Vec<u8> {
    let mut bytes = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n".to_vec();
    while bytes.len() + 6 < n {
        bytes.push(b'0' + (bytes.len() % 10) as u8);
    }
    bytes.extend_from_slice(b"\n%%EOF");
    bytes
}

/// Sends a GraphQL multipart request (operations, map, files) and returns status and body.
pub async fn multipart(
    server: &TestServer,
    token: &str,
    operations: Value,
    map: Value,
    files: Vec<(&str, Vec<u8>, &str)>,
) -> (u16, Value) {
    let mut form = reqwest::multipart::Form::new()
        .text("operations", operations.to_string())
        .text("map", map.to_string());
    for (part, bytes, name) in files {
        let file = reqwest::multipart::Part::bytes(bytes)
            .file_name(name.to_owned())
            .mime_str("application/pdf")
            .unwrap();
        form = form.part(part.to_owned(), file);
    }
    let response = server
        .client()
        .post(server.url("/graphql"))
        .bearer_auth(token)
        .header("accept", "application/graphql-response+json")
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// Uploads one file to the enterprise; returns the body.
pub async fn upload(server: &TestServer, token: &str, enterprise: &str, bytes: Vec<u8>, name: &str) -> Value {
    let operations = json!({ "query": UPLOAD, "variables": { "e": enterprise, "f": null } });
    multipart(server, token, operations, json!({ "0": ["variables.f"] }), vec![("0", bytes, name)]).await.1
}

fn code(body: &Value) -> &str {
    body["errors"][0]["extensions"]["code"].as_str().unwrap_or("")
}

async fn store_keys(server: &TestServer) -> Vec<String> {
    let store = AttachmentStore::from_url(&server.attachments_url, &server.attachments_options).unwrap();
    store.keys().await.unwrap()
}

fn enterprise_token(server: &TestServer, enterprise: &str) -> String {
    server.token(&claims("ent-user", &format!("enterprise:{}", numeric(enterprise)), "enterprise_user", None))
}

async fn uploaded_and_downloaded(server: &TestServer) {
    server.jiangsu_chain().await;
    let enterprise = register(server, &credit_code("320102", 1), "南京附件电缆有限公司", "320102").await;
    let owner = enterprise_token(server, &enterprise);
    let bytes = pdf(50_000);
    let body = upload(server, &owner, &enterprise, bytes.clone(), "../../年度自查报告.pdf").await;
    let attachment = body["data"]["uploadAttachment"]["attachment"].clone();
    assert_eq!(attachment["fileName"], "年度自查报告.pdf", "{body}");
    assert_eq!(attachment["contentType"], "PDF");
    assert_eq!(attachment["sizeBytes"], 50_000);
    assert_eq!(attachment["sha256"], hex::encode(Sha256::digest(&bytes)));
    assert_eq!(attachment["sealed"], false);

    let url = attachment["downloadUrl"].as_str().unwrap().to_owned();
    let response = server.client().get(server.url(&url)).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let header = |name: &str| response.headers().get(name).unwrap().to_str().unwrap().to_owned();
    assert_eq!(header("content-type"), "application/pdf");
    assert_eq!(header("x-content-type-options"), "nosniff");
    assert_eq!(
        header("content-disposition"),
        "attachment; filename=\"______.pdf\"; filename*=UTF-8''%E5%B9%B4%E5%BA%A6%E8%87%AA%E6%9F%A5%E6%8A%A5%E5%91%8A.pdf"
    );
    assert_eq!(response.bytes().await.unwrap().as_ref(), bytes.as_slice());

    // A tampered signature, another id under the same signature, a bad query: 403, no body.
    for bad in [
        url.replace("signature=", "signature=00"),
        url.replacen("/attachments/", "/attachments/9", 1),
        url.split('?').next().unwrap().to_owned(),
    ] {
        let response = server.client().get(server.url(&bad)).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 403, "{bad}");
        assert!(response.bytes().await.unwrap().is_empty());
    }

    // The same bytes again (an officer's copy as evidence): a second row, one blob.
    let again = upload(server, &server.national_token, &enterprise, bytes.clone(), "证据.pdf").await;
    assert_eq!(again["data"]["uploadAttachment"]["attachment"]["sha256"], attachment["sha256"], "{again}");
    assert_eq!(store_keys(server).await.len(), 1);
    let listed = server
        .data("query($id: ID!) { node(id: $id) { ... on Enterprise { attachments(first: 10) { totalCount nodes { fileName } } } } }", json!({ "id": enterprise }))
        .await;
    assert_eq!(listed["node"]["attachments"]["totalCount"], 2, "{listed}");

    // Another replica, sharing the database, the store and the key, serves the URL.
    let replica = TestServer::replica_of(server).await.unwrap();
    let response = replica.client().get(replica.url(&url)).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.bytes().await.unwrap().as_ref(), bytes.as_slice());
    replica.stop().await;
}

on_both_databases!(an_upload_is_downloaded_through_its_signed_url, uploaded_and_downloaded);

async fn refused_uploads_store_nothing(server: &TestServer) {
    let chain = server.jiangsu_chain().await;
    let enterprise = register(server, &credit_code("320102", 2), "南京拒收电缆有限公司", "320102").await;
    let elsewhere = register(server, &credit_code("330106", 3), "杭州附件电缆有限公司", "330106").await;
    let owner = enterprise_token(server, &enterprise);
    let before = census(server).await;
    let jiangsu_staff = server.token(&claims(
        "js",
        &format!("authority:{}", chain.jiangsu.id),
        "provincial_officer",
        Some("staff"),
    ));
    let cases: Vec<(&str, &str, &str, Vec<u8>, &str)> = vec![
        (
            "an executable named .pdf",
            owner.as_str(),
            enterprise.as_str(),
            b"\x7fELF\x02\x01\x01\0rest".to_vec(),
            "ATTACHMENT_TYPE_NOT_ALLOWED",
        ),
        (
            "text",
            owner.as_str(),
            enterprise.as_str(),
            "自查报告".as_bytes().to_vec(),
            "ATTACHMENT_TYPE_NOT_ALLOWED",
        ),
        ("an empty file", owner.as_str(), enterprise.as_str(), Vec::new(), "ATTACHMENT_TYPE_NOT_ALLOWED"),
        ("another enterprise's file", owner.as_str(), elsewhere.as_str(), pdf(1000), "NOT_FOUND"),
        (
            "outside the officer's jurisdiction",
            jiangsu_staff.as_str(),
            elsewhere.as_str(),
            pdf(1000),
            "NOT_FOUND",
        ),
    ];
    for (label, token, target, bytes, expected) in cases {
        let body = upload(server, token, target, bytes, "report.pdf").await;
        assert_eq!(code(&body), expected, "{label}: {body}");
    }
    // Too many files in one request.
    let operations = json!({ "query": UPLOAD, "variables": { "e": enterprise, "f": null } });
    let map = json!({ "0": ["variables.f"], "1": ["variables.f"], "2": ["variables.f"], "3": ["variables.f"], "4": ["variables.f"], "5": ["variables.f"] });
    let files = (0..6).map(|_| pdf(100)).collect::<Vec<_>>();
    let names = ["0", "1", "2", "3", "4", "5"];
    let (status, body) = multipart(
        server,
        &owner,
        operations,
        map,
        names.iter().zip(files).map(|(n, f)| (*n, f, "a.pdf")).collect(),
    )
    .await;
    assert_eq!((status, code(&body)), (400, "TOO_MANY_FILES"), "{body}");
    assert_eq!(census(server).await, before, "a refused upload writes nothing");
    assert!(store_keys(server).await.is_empty(), "a refused upload stores no blob");

    // What one may upload, another does not see.
    let own = upload(server, &owner, &enterprise, pdf(2000), "a.pdf").await;
    let id = own["data"]["uploadAttachment"]["attachment"]["id"].as_str().unwrap().to_owned();
    let other_owner = enterprise_token(server, &elsewhere);
    let seen = server
        .graphql_as(&other_owner, "query($id: ID!) { node(id: $id) { id } }", json!({ "id": id }))
        .await;
    assert!(seen["data"]["node"].is_null(), "{seen}");
    let deleted = server.graphql_as(&other_owner, DELETE, json!({ "id": id })).await;
    assert_eq!(code(&deleted), "NOT_FOUND", "{deleted}");
    let seen = server
        .graphql_as(
            &jiangsu_staff,
            "query($id: ID!) { node(id: $id) { ... on Attachment { fileName } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(seen["data"]["node"]["fileName"], "a.pdf", "{seen}");
}

on_both_databases!(refused_uploads_store_nothing_and_reads_are_scoped, refused_uploads_store_nothing);

async fn deleted_until_sealed(server: &TestServer) {
    server.jiangsu_chain().await;
    let enterprise = register(server, &credit_code("320102", 4), "南京封存电缆有限公司", "320102").await;
    let owner = enterprise_token(server, &enterprise);
    let first = upload(server, &owner, &enterprise, pdf(3000), "draft.pdf").await;
    let first_id = first["data"]["uploadAttachment"]["attachment"]["id"].as_str().unwrap().to_owned();
    // Officers do not delete what the enterprise filed.
    let officer = server.graphql(DELETE, json!({ "id": first_id })).await;
    assert_eq!(code(&officer), "FORBIDDEN", "{officer}");
    let deleted = server.graphql_as(&owner, DELETE, json!({ "id": first_id })).await;
    assert_eq!(deleted["data"]["deleteAttachment"]["deletedId"], first_id.as_str(), "{deleted}");
    assert!(store_keys(server).await.is_empty(), "the last reference took its blob along");

    let second = upload(server, &owner, &enterprise, pdf(4000), "report.pdf").await;
    let second_id = second["data"]["uploadAttachment"]["attachment"]["id"].as_str().unwrap().to_owned();
    let key = AttachmentId::new(numeric(&second_id).parse().unwrap());
    let tx = server.app.store().begin().await.unwrap();
    assert_eq!(oversight_storage::attachment::seal(&tx, &[key], oversight_app::now()).await.unwrap(), 1);
    tx.commit().await.unwrap();
    let before = census(server).await;
    let refused = server.graphql_as(&owner, DELETE, json!({ "id": second_id })).await;
    assert_eq!(code(&refused), "ATTACHMENT_SEALED", "{refused}");
    assert_eq!(census(server).await, before);
    assert_eq!(store_keys(server).await.len(), 1);
}

on_both_databases!(an_attachment_is_deleted_until_it_is_sealed, deleted_until_sealed);

async fn small_limits(server: &TestServer) {
    server.jiangsu_chain().await;
    let enterprise = register(server, &credit_code("320102", 5), "南京限额电缆有限公司", "320102").await;
    let owner = enterprise_token(server, &enterprise);
    let before = census(server).await;
    let operations = json!({ "query": UPLOAD, "variables": { "e": enterprise, "f": null } });
    let (status, body) = multipart(
        server,
        &owner,
        operations,
        json!({ "0": ["variables.f"] }),
        vec![("0", pdf(5000), "big.pdf")],
    )
    .await;
    assert_eq!((status, code(&body)), (413, "ATTACHMENT_TOO_LARGE"), "{body}");
    assert_eq!(census(server).await, before);
    assert!(store_keys(server).await.is_empty());
    // An expired URL (the limit is one second here) is refused.
    let small = upload(server, &owner, &enterprise, pdf(1000), "small.pdf").await;
    let url = small["data"]["uploadAttachment"]["attachment"]["downloadUrl"].as_str().unwrap().to_owned();
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    let response = server.client().get(server.url(&url)).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 403);
}

on_both_databases!(
    uploads_past_the_size_limit_and_expired_urls_are_refused,
    small_limits,
    plugins = &[],
    config = |config: &mut oversight_server::Config| {
        config.attachments_max_bytes = 2048;
        config.attachments_url_ttl_secs = 1;
    }
);

/// label, organisation, role, tier, expected inside, expected outside.
type PermissionRow<'a> = (&'a str, String, &'a str, Option<&'a str>, &'a str, &'a str);

/// Who may upload to (and delete from) an enterprise's file: a table of role × inside/outside.
async fn upload_permissions(server: &TestServer) {
    let chain = server.jiangsu_chain().await;
    let inside = register(server, &credit_code("320102", 6), "南京权限电缆有限公司", "320102").await;
    let outside = register(server, &credit_code("330106", 7), "杭州权限电缆有限公司", "330106").await;
    let authority = |id: oversight_domain::AuthorityId| format!("authority:{id}");
    let institution = server.institution("江苏检测院", "320000").await.unwrap();
    let rows: Vec<PermissionRow> = vec![
        // label, organisation, role, tier, inside, outside
        (
            "national staff",
            authority(server.national_authority),
            "national_officer",
            Some("staff"),
            "ok",
            "ok",
        ),
        (
            "provincial staff",
            authority(chain.jiangsu.id),
            "provincial_officer",
            Some("staff"),
            "ok",
            "NOT_FOUND",
        ),
        ("county staff", authority(chain.xuanwu.id), "county_officer", Some("staff"), "ok", "NOT_FOUND"),
        (
            "review department",
            authority(chain.jiangsu.id),
            "review_department",
            None,
            "FORBIDDEN",
            "NOT_FOUND",
        ),
        ("auditor", authority(chain.jiangsu.id), "auditor", None, "FORBIDDEN", "NOT_FOUND"),
        (
            "testing institution",
            format!("institution:{}", institution.id),
            "testing_institution",
            None,
            "NOT_FOUND",
            "NOT_FOUND",
        ),
        (
            "the enterprise",
            format!("enterprise:{}", numeric(&inside)),
            "enterprise_user",
            None,
            "ok",
            "NOT_FOUND",
        ),
        (
            "plugin administrator",
            "platform".to_owned(),
            "plugin_administrator",
            None,
            "NOT_FOUND",
            "NOT_FOUND",
        ),
    ];
    for (label, organisation, role, tier, expect_inside, expect_outside) in rows {
        let token = server.token(&claims(label, &organisation, role, tier));
        for (target, expected) in [(&inside, expect_inside), (&outside, expect_outside)] {
            let body = upload(server, &token, target, pdf(500), "p.pdf").await;
            let got = if body["data"]["uploadAttachment"].is_object() { "ok" } else { code(&body) };
            assert_eq!(got, expected, "{label} uploading to {target}: {body}");
            if got == "ok" {
                let id = body["data"]["uploadAttachment"]["attachment"]["id"].clone();
                let deleted = server.graphql_as(&token, DELETE, json!({ "id": id })).await;
                assert!(
                    deleted["data"]["deleteAttachment"].is_object(),
                    "{label} deleting its own upload: {deleted}"
                );
            }
        }
    }
}

on_both_databases!(upload_and_delete_permissions, upload_permissions);

/// The S3-compatible test server's URL (`scripts/s3-test-server.sh`, started by scripts/test.sh);
/// None skips loudly, and with `OVERSIGHT_REQUIRE_S3=1` (CI) the test fails instead.
fn s3_endpoint(test: &str) -> Option<String> {
    if let Some(url) = std::env::var("OVERSIGHT_TEST_S3_URL").ok().filter(|url| !url.is_empty()) {
        return Some(url);
    }
    if std::env::var("OVERSIGHT_REQUIRE_S3").is_ok_and(|value| value == "1") {
        panic!(
            "{test}: OVERSIGHT_REQUIRE_S3=1 but OVERSIGHT_TEST_S3_URL is not set (scripts/s3-test-server.sh start)"
        );
    }
    eprintln!(
        "\n*** SKIPPED on S3: {test} — OVERSIGHT_TEST_S3_URL is not set; run `eval \"$(scripts/s3-test-server.sh start)\"` ***\n"
    );
    None
}

/// A server whose attachment store is a fresh bucket of the S3-compatible test server.
pub async fn s3_server(db: oversight_tests::Db, endpoint: &str) -> TestServer {
    let bucket = format!(
        "oversight-{}-{}",
        std::process::id(),
        oversight_app::now().timestamp_nanos_opt().unwrap_or(0)
    );
    let created = reqwest::Client::new().put(format!("{endpoint}/{bucket}")).send().await.unwrap();
    assert!(created.status().is_success(), "cannot create bucket {bucket}: {}", created.status());
    let options: Vec<(String, String)> = [
        ("aws_endpoint", endpoint),
        ("aws_access_key_id", "test"),
        ("aws_secret_access_key", "test"),
        ("aws_region", "us-east-1"),
        ("aws_allow_http", "true"),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect();
    TestServer::start_with(db, move |config| {
        config.attachments_url = Some(format!("s3://{bucket}"));
        config.attachments_store_options = options;
    })
    .await
    .unwrap()
}

/// Runs an attachment story with the store on the S3-compatible server, on both databases.
macro_rules! on_s3 {
    ($name:ident, $body:ident) => {
        mod $name {
            #[actix_web::test]
            async fn sqlite() {
                let Some(endpoint) = super::s3_endpoint(concat!(module_path!(), "::sqlite")) else { return };
                let server = super::s3_server(oversight_tests::Db::Sqlite, &endpoint).await;
                super::$body(&server).await;
                server.stop().await;
            }

            #[actix_web::test]
            async fn postgres() {
                let Some(endpoint) = super::s3_endpoint(concat!(module_path!(), "::postgres")) else {
                    return;
                };
                if oversight_tests::postgres_url().is_none() {
                    oversight_tests::announce_postgres_skip(concat!(module_path!(), "::postgres"));
                    return;
                }
                let server = super::s3_server(oversight_tests::Db::Postgres, &endpoint).await;
                super::$body(&server).await;
                server.stop().await;
            }
        }
    };
}

on_s3!(on_s3_an_upload_is_downloaded_through_its_signed_url, uploaded_and_downloaded);
on_s3!(on_s3_refused_uploads_store_nothing, refused_uploads_store_nothing);
on_s3!(on_s3_an_attachment_is_deleted_until_it_is_sealed, deleted_until_sealed);
