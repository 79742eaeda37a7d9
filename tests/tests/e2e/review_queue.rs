//! The reviewer's queue (`annualReviews(orderBy: { field: QUEUED_AT })`): the submitted reviews
//! longest waiting first, paged forwards and backwards with cursors of that order, a
//! resubmission going to the back of the queue, and a cursor of another order refused; the
//! review's archive of the year under review.

use oversight_tests::{TestServer, claims, on_both_databases};
use serde_json::{Value, json};

use crate::cast::numeric;
use crate::common::{credit_code, issue, register, review_step, submit_report};

on_both_databases!(
    the_reviewers_queue_runs_longest_waiting_first,
    queue_body,
    plugins = crate::cast::WIRE_CABLE
);

const QUEUE: &str = "query($o: AnnualReviewOrderInput, $first: Int, $after: String, $last: Int, $before: String) { \
    annualReviews(filter: { statuses: [SUBMITTED] }, orderBy: $o, first: $first, after: $after, last: $last, before: $before) { \
    totalCount edges { cursor node { id queuedAt } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";

/// Pages through the queue in `order`, `size` at a time, forwards (or backwards from the end),
/// and returns the review IDs in reading order.
async fn walk(server: &TestServer, token: &str, order: Value, size: i64, backwards: bool) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let variables = if backwards {
            json!({ "o": order, "last": size, "before": cursor })
        } else {
            json!({ "o": order, "first": size, "after": cursor })
        };
        let body = server.graphql_as(token, QUEUE, variables).await;
        let list = &body["data"]["annualReviews"];
        assert!(list.is_object(), "{body}");
        let page: Vec<String> = list["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["node"]["id"].as_str().unwrap().to_owned())
            .collect();
        let info = &list["pageInfo"];
        if backwards {
            ids.splice(0..0, page);
            if info["hasPreviousPage"] != true {
                return ids;
            }
            cursor = info["startCursor"].as_str().map(str::to_owned);
        } else {
            ids.extend(page);
            if info["hasNextPage"] != true {
                return ids;
            }
            cursor = info["endCursor"].as_str().map(str::to_owned);
        }
    }
}

async fn queue_body(server: &TestServer) {
    let jiangsu = server.jiangsu_chain().await.jiangsu;
    let province = server.token(&claims(
        "js-reviewer",
        &format!("authority:{}", jiangsu.id),
        "provincial_officer",
        Some("staff"),
    ));
    let mut users = Vec::new();
    for n in 1..=6 {
        let id = register(server, &credit_code("320102", 800 + n), &format!("南京线缆{n}有限公司"), "320102")
            .await;
        issue(server, &id, &format!("XK06-001-{:05}", 800 + n), "wire-cable").await;
        let subject = format!("owner-{n}");
        users.push(server.token(&claims(
            &subject,
            &format!("enterprise:{}", numeric(&id)),
            "enterprise_user",
            None,
        )));
    }
    let opened = server
        .graphql_as(
            &province,
            "mutation { openReviewYear(input: { submissionWorkingDays: 20 }) { enrolled } }",
            json!({}),
        )
        .await;
    assert_eq!(opened["data"]["openReviewYear"]["enrolled"], 6, "{opened}");
    let mut reviews = Vec::new();
    for user in &users {
        let own = server.graphql_as(user, "{ annualReviews { edges { node { id } } } }", json!({})).await;
        reviews.push(own["data"]["annualReviews"]["edges"][0]["node"]["id"].as_str().unwrap().to_owned());
    }
    // Submitted in an order other than enrolment: 4, 1, 6, 3 (2 and 5 never).
    for n in [4, 1, 6, 3] {
        submit_report(server, &users[n - 1], &reviews[n - 1], "first").await;
    }
    let by = |ns: &[usize]| ns.iter().map(|n| reviews[n - 1].clone()).collect::<Vec<_>>();
    // The year under review is this year: its archive holds today's submission (the reviewer's
    // one-query view of the year's record), not another enterprise's.
    let record = server
        .graphql_as(
            &province,
            "query($id: ID!) { node(id: $id) { ... on AnnualReview { archiveOfTheYear(kinds: [SELF_INSPECTION_REPORT_SUBMITTED]) { totalCount edges { node { kind } } } } } }",
            json!({ "id": reviews[3] }),
        )
        .await;
    let events = &record["data"]["node"]["archiveOfTheYear"];
    assert_eq!(events["totalCount"], 1, "{record}");
    assert_eq!(events["edges"][0]["node"]["kind"], "SELF_INSPECTION_REPORT_SUBMITTED", "{record}");
    let queued = json!({ "field": "QUEUED_AT" });
    let queue = walk(server, &province, queued.clone(), 3, false).await;
    assert_eq!(queue, by(&[4, 1, 6, 3]));
    assert_eq!(walk(server, &province, queued.clone(), 1, true).await, queue, "backwards, one at a time");
    let descending = json!({ "field": "QUEUED_AT", "direction": "DESC" });
    assert_eq!(walk(server, &province, descending, 2, false).await, by(&[3, 6, 1, 4]));
    assert_eq!(walk(server, &province, json!({ "field": "ID" }), 3, false).await, by(&[1, 3, 4, 6]));
    assert_eq!(
        walk(server, &province, Value::Null, 4, false).await,
        by(&[1, 3, 4, 6]),
        "enrolment order by default"
    );

    // The first in the queue is returned and resubmitted: it waits at the back now.
    let reason = "returnSelfInspectionReport(input: { reviewId: $r, reason: \"请补充出厂检验记录\" }) { review { status } }";
    review_step(server, &province, reason, &reviews[3]).await;
    submit_report(server, &users[3], &reviews[3], "second").await;
    assert_eq!(walk(server, &province, queued.clone(), 2, false).await, by(&[1, 6, 3, 4]));

    // A cursor belongs to the order it was read in.
    let first = server.graphql_as(&province, QUEUE, json!({ "o": queued, "first": 1 })).await;
    let cursor = first["data"]["annualReviews"]["pageInfo"]["endCursor"].clone();
    let mixed = server
        .graphql_as(&province, QUEUE, json!({ "o": { "field": "ID" }, "first": 1, "after": cursor }))
        .await;
    assert_eq!(mixed["errors"][0]["extensions"]["code"], "INVALID_CURSOR", "{mixed}");
}
