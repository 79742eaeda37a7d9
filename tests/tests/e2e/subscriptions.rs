//! Subscriptions over graphql-transport-ws: an institution hears of its new tasks
//! (and not of others'), an authority of failing verdicts in its jurisdiction, an enterprise of
//! its own annual review's notices; on
//! PostgreSQL an event published by one server reaches a subscriber of another.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use oversight_app::events::Event;
use oversight_domain::{EnterpriseId, TaskId};
use oversight_tests::{Db, TestServer, claims, on_both_databases};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

use crate::cast::global;
use crate::common::{review_step, submit_report};

type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// Connects, authenticates and subscribes; returns the socket once acknowledged.
async fn subscribe(server: &TestServer, token: &str, query: &str) -> Socket {
    let mut request = format!("ws://{}/graphql", server.addr).into_client_request().unwrap();
    request.headers_mut().insert("sec-websocket-protocol", "graphql-transport-ws".parse().unwrap());
    let (mut socket, _) = tokio_tungstenite::connect_async(request).await.unwrap();
    let init =
        json!({ "type": "connection_init", "payload": { "Authorization": format!("Bearer {token}") } });
    socket.send(Message::text(init.to_string())).await.unwrap();
    let ack = next_json(&mut socket).await;
    assert_eq!(ack["type"], "connection_ack", "{ack}");
    let subscribe = json!({ "id": "1", "type": "subscribe", "payload": { "query": query } });
    socket.send(Message::text(subscribe.to_string())).await.unwrap();
    socket
}

async fn next_json(socket: &mut Socket) -> Value {
    loop {
        let message =
            tokio::time::timeout(Duration::from_secs(10), socket.next()).await.expect("a message in time");
        match message.unwrap().unwrap() {
            Message::Text(text) => return serde_json::from_str(&text).unwrap(),
            Message::Ping(_) | Message::Pong(_) => continue,
            other => panic!("unexpected frame {other:?}"),
        }
    }
}

/// Publishes `events` on `publisher` every 100 ms until `socket` yields a `next`
/// message (the subscription starts asynchronously), and returns its payload.
async fn publish_until_heard(publisher: &TestServer, socket: &mut Socket, events: &[Event]) -> Value {
    for _ in 0..50 {
        for event in events {
            publisher.app.publish(event.clone()).await;
        }
        if let Ok(Some(Ok(Message::Text(text)))) =
            tokio::time::timeout(Duration::from_millis(100), socket.next()).await
        {
            let message: Value = serde_json::from_str(&text).unwrap();
            assert_eq!(message["type"], "next", "{message}");
            return message["payload"]["data"].clone();
        }
    }
    panic!("no event arrived");
}

#[actix_web::test]
async fn institutions_hear_only_their_own_tasks() {
    let server = TestServer::start(Db::Sqlite).await.unwrap();
    let ours = server.institution("江苏省产品质量监督检验研究院", "320000").await.unwrap();
    let theirs = server.institution("浙江省产品质量安全检测研究院", "330000").await.unwrap();
    let token =
        server.token(&claims("lims", &format!("institution:{}", ours.id), "testing_institution", None));
    let mut socket = subscribe(&server, &token, "subscription { taskAssigned { taskId industry } }").await;
    let other = Event::TaskAssigned {
        task_id: TaskId::new(1),
        institution_id: theirs.id,
        industry: "pesticide".into(),
        enterprise_region: "330106".into(),
    };
    let own = Event::TaskAssigned {
        task_id: TaskId::new(2),
        institution_id: ours.id,
        industry: "wire-cable".into(),
        enterprise_region: "320102".into(),
    };
    let data = publish_until_heard(&server, &mut socket, &[other, own]).await;
    assert_eq!(data["taskAssigned"]["industry"], "wire-cable", "only our own task: {data}");
    server.stop().await;
}

#[actix_web::test]
async fn subscriptions_need_a_valid_credential_and_the_right_role() {
    let server = TestServer::start(Db::Sqlite).await.unwrap();
    // A bad credential: the server closes the connection instead of acknowledging.
    let mut request = format!("ws://{}/graphql", server.addr).into_client_request().unwrap();
    request.headers_mut().insert("sec-websocket-protocol", "graphql-transport-ws".parse().unwrap());
    let (mut socket, _) = tokio_tungstenite::connect_async(request).await.unwrap();
    let init = json!({ "type": "connection_init", "payload": { "Authorization": "Bearer nope" } });
    socket.send(Message::text(init.to_string())).await.unwrap();
    let (code, reason) = closed(&mut socket).await;
    assert_eq!(code, 4403, "{reason}");
    assert!(reason.starts_with("INVALID_TOKEN: "), "{reason}");
    // An officer cannot listen for an institution's tasks.
    let mut socket =
        subscribe(&server, &server.national_token, "subscription { taskAssigned { taskId } }").await;
    let message = next_json(&mut socket).await;
    // async-graphql reports a refused subscription field as a `next` with errors and no data.
    assert_eq!(message["type"], "next", "{message}");
    assert!(message["payload"]["data"].is_null(), "{message}");
    assert_eq!(message["payload"]["errors"][0]["extensions"]["code"], "FORBIDDEN", "{message}");
    server.stop().await;
}

#[actix_web::test]
async fn failing_verdicts_reach_the_authority_on_another_replica() {
    // On PostgreSQL two servers share one database; the event is published on one
    // and heard on the other. On SQLite (one process) the same server does both.
    let (publisher, listener) = match oversight_tests::postgres_url() {
        Some(_) => {
            let publisher = TestServer::start(Db::Postgres).await.unwrap();
            let listener = TestServer::replica_of(&publisher).await.unwrap();
            (publisher, Some(listener))
        }
        None => {
            oversight_tests::announce_postgres_skip(
                "subscriptions::failing_verdicts_reach_the_authority_on_another_replica (cross-replica half)",
            );
            (TestServer::start(Db::Sqlite).await.unwrap(), None)
        }
    };
    let hearing = listener.as_ref().unwrap_or(&publisher);
    let jiangsu = hearing.authority("江苏省市场监督管理局", "320000", hearing.national_authority).await;
    let token = hearing.token(&claims(
        "li.na",
        &format!("authority:{}", jiangsu.id),
        "provincial_officer",
        Some("leader_in_charge"),
    ));
    let mut socket = subscribe(
        hearing,
        &token,
        "subscription { failingVerdicts { taskId enterpriseId industry serious } }",
    )
    .await;
    let elsewhere = Event::FailingVerdict {
        task_id: TaskId::new(7),
        enterprise_id: EnterpriseId::new(70),
        enterprise_region: "330106".into(),
        industry: "pesticide".into(),
        serious: false,
    };
    let here = Event::FailingVerdict {
        task_id: TaskId::new(8),
        enterprise_id: EnterpriseId::new(80),
        enterprise_region: "320102".into(),
        industry: "wire-cable".into(),
        serious: true,
    };
    let data = publish_until_heard(&publisher, &mut socket, &[elsewhere, here]).await;
    assert_eq!(data["failingVerdicts"]["industry"], "wire-cable", "only in the jurisdiction: {data}");
    assert_eq!(data["failingVerdicts"]["serious"], true);
    if let Some(listener) = listener {
        listener.stop().await;
    }
    publisher.stop().await;
}

oversight_tests::on_both_databases!(
    real_mutations_announce_tasks_and_failing_verdicts,
    real_mutations_body,
    plugins = crate::supervision::WIRE_CABLE
);

/// The announcements come from the use cases themselves: opening a task tells its
/// institution; a failing verdict tells the province.
async fn real_mutations_body(server: &TestServer) {
    use crate::supervision::{SUBMIT, open, resistance, sample, submit_input, voltage, world};
    let world = world(server).await;
    let mut lab_socket =
        subscribe(server, &world.lab, "subscription { taskAssigned { taskId industry } }").await;
    let mut province_socket =
        subscribe(server, &world.provincial, "subscription { failingVerdicts { taskId industry serious } }")
            .await;
    // Give both subscriptions time to start (they register asynchronously).
    tokio::time::sleep(Duration::from_millis(300)).await;

    let task = open(server, &world.provincial, &world.licenses[0]).await;
    let heard = next_json(&mut lab_socket).await;
    assert_eq!(heard["type"], "next", "{heard}");
    assert_eq!(heard["payload"]["data"]["taskAssigned"]["taskId"], task["id"], "{heard}");
    assert_eq!(heard["payload"]["data"]["taskAssigned"]["industry"], "wire-cable");

    // 7.60 Ω/km at 25 °C is 7.448 at 20 °C: over 7.41, a serious nonconformity.
    let body = server
        .graphql_as(
            &world.lab,
            SUBMIT,
            submit_input("sub-1", &[(&task, sample(vec![resistance("7.60", "Ω/km", "25"), voltage()]))]),
        )
        .await;
    assert!(body.get("errors").is_none(), "{body}");
    let heard = next_json(&mut province_socket).await;
    assert_eq!(heard["payload"]["data"]["failingVerdicts"]["taskId"], task["id"], "{heard}");
    assert_eq!(heard["payload"]["data"]["failingVerdicts"]["serious"], true);
}

on_both_databases!(
    subscriptions_close_when_the_credential_stops_standing,
    credential_recheck_body,
    plugins = &[],
    config = |config: &mut oversight_server::config::Config| config.subscription_recheck_secs = 1
);

/// Waits for the server to close `socket` and returns the close frame's (code, reason); events
/// and pings before it are skipped.
async fn closed(socket: &mut Socket) -> (u16, String) {
    loop {
        // Generous: the token case waits out the skew leeway; nothing here measures speed.
        let frame =
            tokio::time::timeout(Duration::from_secs(40), socket.next()).await.expect("closed in time");
        match frame {
            Some(Ok(Message::Close(Some(frame)))) => return (frame.code.into(), frame.reason.to_string()),
            Some(Ok(Message::Close(None))) | None => panic!("closed without a reason"),
            Some(Ok(_)) => continue,
            Some(Err(err)) => panic!("socket failed: {err}"),
        }
    }
}

/// Asserts the socket stays open (answers a ping) after a few checks have passed.
async fn still_open(socket: &mut Socket) {
    tokio::time::sleep(Duration::from_millis(2500)).await;
    socket.send(Message::Ping(b"still there?".to_vec().into())).await.unwrap();
    loop {
        let frame = tokio::time::timeout(Duration::from_secs(10), socket.next()).await.expect("a pong");
        match frame {
            Some(Ok(Message::Pong(_))) => return,
            Some(Ok(Message::Close(frame))) => panic!("closed while the credential stands: {frame:?}"),
            _ => continue,
        }
    }
}

async fn credential_recheck_body(server: &TestServer) {
    const TASKS: &str = "subscription { taskAssigned { taskId } }";
    const VERDICTS: &str = "subscription { failingVerdicts { taskId } }";
    let institution = server.institution("江苏省产品质量监督检验研究院", "320000").await.unwrap();
    let institution_id = global("Institution", institution.id);

    // A revoked API key: the socket it opened is closed with 4401 and the code as the reason.
    let created = server
        .data(
            "mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key apiKey { id } } }",
            json!({ "i": { "institutionId": institution_id, "label": "LIMS" } }),
        )
        .await["createApiKey"]
        .clone();
    let mut socket = subscribe(server, created["key"].as_str().unwrap(), TASKS).await;
    still_open(&mut socket).await;
    server
        .data(
            "mutation($i: RevokeApiKeyInput!) { revokeApiKey(input: $i) { apiKey { revokedAt } } }",
            json!({ "i": { "apiKeyId": created["apiKey"]["id"] } }),
        )
        .await;
    let (code, reason) = closed(&mut socket).await;
    assert_eq!(code, 4401, "{reason}");
    assert!(reason.starts_with("INVALID_API_KEY: "), "{reason}");

    // A deactivated officer: the token is still unexpired, the directory says no.
    let jiangsu = server.authority("江苏省市场监督管理局", "320000", server.national_authority).await;
    let officer = server
        .data(
            "mutation($i: CreateOfficerInput!) { createOfficer(input: $i) { officer { id } } }",
            json!({ "i": { "authorityId": global("Authority", jiangsu.id),
                           "name": "李娜", "badgeNumber": "JS-0101", "subject": "idp|li.na",
                           "tier": "LEADER_IN_CHARGE", "industries": [] } }),
        )
        .await["createOfficer"]["officer"]["id"]
        .clone();
    let org = format!("authority:{}", jiangsu.id);
    let token = server.token(&claims("idp|li.na", &org, "provincial_officer", Some("leader_in_charge")));
    let mut socket = subscribe(server, &token, VERDICTS).await;
    still_open(&mut socket).await;
    server
        .data(
            "mutation($i: DeactivateOfficerInput!) { deactivateOfficer(input: $i) { officer { active } } }",
            json!({ "i": { "officerId": officer, "reason": "调离 transferred" } }),
        )
        .await;
    let (code, reason) = closed(&mut socket).await;
    assert_eq!(code, 4401, "{reason}");
    assert!(reason.starts_with("OFFICER_INACTIVE: "), "{reason}");

    // An expiring token: accepted now, closed once `exp` (plus the skew leeway) has passed.
    let mut short = claims("idp|wang", &org, "provincial_officer", Some("staff"));
    short.exp = oversight_app::now().timestamp() + 2;
    let mut socket = subscribe(server, &server.token(&short), VERDICTS).await;
    let (code, reason) = closed(&mut socket).await;
    assert_eq!(code, 4401, "{reason}");
    assert!(reason.starts_with("TOKEN_EXPIRED: "), "{reason}");
}

oversight_tests::on_both_databases!(
    enterprises_hear_their_own_annual_review_notices,
    review_notices_body,
    plugins = crate::cast::WIRE_CABLE
);

/// An enterprise hears its own annual review's notices from the use cases themselves — the
/// reminder, the return, the pass — and not the other enterprise's; an officer cannot listen.
async fn review_notices_body(server: &TestServer) {
    use chrono::Datelike;
    let world = crate::cast::world(server).await;
    let mut officer =
        subscribe(server, &world.provincial, "subscription { annualReviewNotices { kind } }").await;
    let refused = next_json(&mut officer).await;
    assert_eq!(refused["type"], "next", "{refused}");
    assert!(refused["payload"]["data"].is_null(), "{refused}");
    assert_eq!(refused["payload"]["errors"][0]["extensions"]["code"], "FORBIDDEN", "{refused}");

    let mut socket = subscribe(
        server,
        &world.enterprise_user,
        "subscription { annualReviewNotices { kind reviewId year submissionDeadline } }",
    )
    .await;
    // Give the subscription time to start (it registers asynchronously).
    tokio::time::sleep(Duration::from_millis(300)).await;
    let opened = server
        .graphql_as(
            &world.provincial,
            "mutation($i: OpenReviewYearInput!) { openReviewYear(input: $i) { reviewYear { id year submissionDeadline } } }",
            json!({ "i": { "year": server.app.today().year() - 1, "submissionWorkingDays": 20 } }),
        )
        .await;
    let year = opened["data"]["openReviewYear"]["reviewYear"].clone();
    assert!(year.is_object(), "{opened}");
    let reminded = server
        .graphql_as(
            &world.provincial,
            "mutation($y: ID!) { remindAnnualReviews(yearId: $y) { reminded } }",
            json!({ "y": year["id"] }),
        )
        .await;
    assert_eq!(reminded["data"]["remindAnnualReviews"]["reminded"], 2, "{reminded}");
    // Two reviews were reminded; this enterprise hears only its own.
    let heard = next_json(&mut socket).await;
    let notice = &heard["payload"]["data"]["annualReviewNotices"];
    assert_eq!(notice["kind"], "REMINDER", "{heard}");
    assert_eq!(
        (&notice["year"], &notice["submissionDeadline"]),
        (&year["year"], &year["submissionDeadline"])
    );
    let review = notice["reviewId"].as_str().unwrap().to_owned();
    let own = server
        .graphql_as(&world.enterprise_user, "{ annualReviews { edges { node { id } } } }", json!({}))
        .await;
    assert_eq!(own["data"]["annualReviews"]["edges"], json!([{ "node": { "id": review } }]), "{own}");

    let user = &world.enterprise_user;
    submit_report(server, user, &review, "first").await;
    let reason = "returnSelfInspectionReport(input: { reviewId: $r, reason: \"请补充出厂检验记录\" }) { review { status } }";
    review_step(server, &world.provincial, reason, &review).await;
    let heard = next_json(&mut socket).await;
    assert_eq!(heard["payload"]["data"]["annualReviewNotices"]["kind"], "RETURNED", "{heard}");

    submit_report(server, user, &review, "second").await;
    let today = server.app.today();
    let hand_in = format!(
        "handInLicenseCopy(input: {{ reviewId: $r, handedInOn: \"{today}\", how: \"现场递交\" }}) {{ review {{ status }} }}"
    );
    review_step(server, user, &hand_in, &review).await;
    review_step(
        server,
        &world.provincial,
        "receiveLicenseCopy(input: { reviewId: $r }) { review { status } }",
        &review,
    )
    .await;
    let pass =
        "concludeAnnualReview(input: { reviewId: $r, passed: true, note: \"合格\" }) { review { status } }";
    review_step(server, &world.provincial, pass, &review).await;
    // The submissions, the copy and its receipt told the enterprise nothing; the pass does.
    let heard = next_json(&mut socket).await;
    assert_eq!(heard["payload"]["data"]["annualReviewNotices"]["kind"], "PASSED", "{heard}");
    assert_eq!(heard["payload"]["data"]["annualReviewNotices"]["reviewId"], review.as_str());
}

oversight_tests::on_both_databases!(
    patrol_notices_reach_the_enterprise_and_the_province,
    patrol_notices_body,
    plugins = crate::cast::WIRE_CABLE
);

/// The enterprise patrolled hears its patrol (and the other enterprise does not); the province
/// hears the record filed with it; a county officer cannot listen.
async fn patrol_notices_body(server: &TestServer) {
    let world = crate::cast::world(server).await;
    let mut county = subscribe(server, &world.county, "subscription { patrolNotices { kind } }").await;
    let refused = next_json(&mut county).await;
    assert_eq!(refused["payload"]["errors"][0]["extensions"]["code"], "FORBIDDEN", "{refused}");
    let query = "subscription { patrolNotices { kind patrolId enterpriseId summary } }";
    let mut own = subscribe(server, &world.enterprise_user, query).await;
    let mut other = subscribe(server, &world.enterprise2_user, query).await;
    let mut province = subscribe(server, &world.provincial, query).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let patrol = crate::patrol::patrol_with_rectification(server, &world).await;
    let heard = next_json(&mut own).await;
    let notice = &heard["payload"]["data"]["patrolNotices"];
    assert_eq!((&notice["kind"], &notice["patrolId"]), (&json!("PATROL_RECORDED"), &patrol), "{heard}");
    assert_eq!(notice["enterpriseId"], json!(world.enterprises[0]));
    let heard = next_json(&mut own).await;
    assert_eq!(heard["payload"]["data"]["patrolNotices"]["kind"], "MEASURE_ORDERED", "{heard}");
    let filed = server
        .graphql_as(
            &world.county,
            "mutation($p: ID!) { filePatrolRecord(patrolId: $p) { patrol { filing } } }",
            json!({ "p": patrol }),
        )
        .await;
    assert_eq!(filed["data"]["filePatrolRecord"]["patrol"]["filing"], "FILED", "{filed}");
    let heard = next_json(&mut province).await;
    let notice = &heard["payload"]["data"]["patrolNotices"];
    assert_eq!((&notice["kind"], &notice["patrolId"]), (&json!("PATROL_RECORD_FILED"), &patrol), "{heard}");
    // The other enterprise heard nothing of it.
    let silent = tokio::time::timeout(Duration::from_millis(500), other.next()).await;
    assert!(silent.is_err(), "the other enterprise heard {silent:?}");
}

oversight_tests::on_both_databases!(
    linkage_notices_reach_the_target_and_the_sender,
    linkage_notices_body,
    plugins = crate::cast::WIRE_CABLE
);

/// The province hears the notice sent to it; the nation, which sent it, hears its
/// acknowledgement; the county, on neither side, hears nothing; an enterprise cannot listen.
async fn linkage_notices_body(server: &TestServer) {
    let world = crate::cast::world(server).await;
    let mut enterprise =
        subscribe(server, &world.enterprise_user, "subscription { linkageNotices { kind } }").await;
    let refused = next_json(&mut enterprise).await;
    assert_eq!(refused["payload"]["errors"][0]["extensions"]["code"], "FORBIDDEN", "{refused}");
    let query = "subscription { linkageNotices { kind noticeId enterpriseId summary } }";
    let mut province = subscribe(server, &world.provincial, query).await;
    let mut nation = subscribe(server, &world.national_head, query).await;
    let mut county = subscribe(server, &world.county, query).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let jiangsu = server.graphql_as(&world.provincial, "{ viewer { authority { id } } }", json!({})).await["data"]
        ["viewer"]["authority"]["id"]
        .clone();
    let sent = server
        .graphql_as(
            &world.national_head,
            "mutation($i: SendLinkageNoticeInput!) { sendLinkageNotice(input: $i) { notice { id } } }",
            json!({ "i": { "noticeType": "NATIONAL_SPOT_CHECK_FAILURE", "targetAuthorityId": jiangsu,
                           "enterpriseId": world.enterprises[0], "text": "国家监督抽查不合格" } }),
        )
        .await;
    let notice = sent["data"]["sendLinkageNotice"]["notice"]["id"].clone();
    assert!(notice.is_string(), "{sent}");
    let heard = next_json(&mut province).await;
    let event = &heard["payload"]["data"]["linkageNotices"];
    assert_eq!((&event["kind"], &event["noticeId"]), (&json!("LINKAGE_NOTICE_SENT"), &notice), "{heard}");
    assert_eq!(event["enterpriseId"], json!(world.enterprises[0]));
    let acknowledged = server
        .graphql_as(
            &world.provincial,
            "mutation($n: ID!) { acknowledgeLinkageNotice(noticeId: $n) { notice { status } } }",
            json!({ "n": notice }),
        )
        .await;
    assert_eq!(acknowledged["data"]["acknowledgeLinkageNotice"]["notice"]["status"], "ACKNOWLEDGED");
    // The sender hears the step, not the notice it sent itself.
    let heard = next_json(&mut nation).await;
    let event = &heard["payload"]["data"]["linkageNotices"];
    assert_eq!(
        (&event["kind"], &event["noticeId"]),
        (&json!("LINKAGE_NOTICE_ACKNOWLEDGED"), &notice),
        "{heard}"
    );
    let silent = tokio::time::timeout(Duration::from_millis(500), county.next()).await;
    assert!(silent.is_err(), "the county heard {silent:?}");
}

oversight_tests::on_both_databases!(
    supervision_orders_reach_the_target_and_the_issuer,
    supervision_orders_body,
    plugins = crate::cast::WIRE_CABLE
);

/// The province hears the order the nation issued to it; the nation, the issuer, hears its
/// acknowledgement (not its own issuing); the county, on neither side, hears nothing; an
/// enterprise cannot listen (docs/adr/0035 decision 8).
async fn supervision_orders_body(server: &TestServer) {
    let world = crate::cast::world(server).await;
    let mut enterprise =
        subscribe(server, &world.enterprise_user, "subscription { supervisionOrders { status } }").await;
    let refused = next_json(&mut enterprise).await;
    assert_eq!(refused["payload"]["errors"][0]["extensions"]["code"], "FORBIDDEN", "{refused}");
    let query = "subscription { supervisionOrders { orderId status summary } }";
    let mut province = subscribe(server, &world.provincial, query).await;
    let mut nation = subscribe(server, &world.national_head, query).await;
    let mut county = subscribe(server, &world.county, query).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let jiangsu = server.graphql_as(&world.provincial, "{ viewer { authority { id } } }", json!({})).await["data"]
        ["viewer"]["authority"]["id"]
        .clone();
    let issued = server
        .graphql_as(
            &world.national_head,
            "mutation($i: IssueSupervisionOrderInput!) { issueSupervisionOrder(input: $i) { order { id } } }",
            json!({ "i": { "targetAuthorityId": jiangsu, "subjectKind": "OTHER", "subjectText": "巡查计划",
                           "text": "督办：按期完成巡查计划", "workingDays": 5 } }),
        )
        .await;
    let order = issued["data"]["issueSupervisionOrder"]["order"]["id"].clone();
    assert!(order.is_string(), "{issued}");
    let heard = next_json(&mut province).await;
    let event = &heard["payload"]["data"]["supervisionOrders"];
    assert_eq!((&event["status"], &event["orderId"]), (&json!("ISSUED"), &order), "{heard}");
    let acknowledged = server
        .graphql_as(
            &world.provincial,
            "mutation($o: ID!) { acknowledgeSupervisionOrder(orderId: $o) { order { status } } }",
            json!({ "o": order }),
        )
        .await;
    assert_eq!(acknowledged["data"]["acknowledgeSupervisionOrder"]["order"]["status"], "ACKNOWLEDGED");
    // The issuer hears the target's step, not the order it issued itself.
    let heard = next_json(&mut nation).await;
    let event = &heard["payload"]["data"]["supervisionOrders"];
    assert_eq!((&event["status"], &event["orderId"]), (&json!("ACKNOWLEDGED"), &order), "{heard}");
    let silent = tokio::time::timeout(Duration::from_millis(500), county.next()).await;
    assert!(silent.is_err(), "the county heard {silent:?}");
}
