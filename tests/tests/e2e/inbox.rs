//! The inbox (docs/adr/0040): a page with its counts costs the same SQL statements for 5 items as
//! for 50 (the union is one statement, the counts one more — none when neither counts nor
//! totalCount is asked for — the nodes through their loaders); the items run in (day, kind, id) order across pages; another province's items never appear.

use oversight_app::{IssueOrder, OrderSubjectInput, RaiseRequest};
use oversight_domain::responsibility::request::RequestKind;
use oversight_tests::{TestServer, claims, on_both_databases};
use serde_json::{Value, json};

const QUERY: &str = r#"query($first: Int!, $after: String) { inbox(first: $first, after: $after) {
    totalCount counts { kind total overdue } pageInfo { hasNextPage endCursor }
    edges { node { kind dueOn overdue subjectId summary authority { name } enterprise { name }
        subject { ... on SupervisionOrder { text } ... on LowerTierRequest { text } } } } } }"#;

/// `QUERY` without the counts and totalCount.
const BARE: &str = r#"query($first: Int!) { inbox(first: $first) { pageInfo { hasNextPage endCursor }
    edges { node { kind dueOn overdue subjectId summary authority { name } enterprise { name }
        subject { ... on SupervisionOrder { text } ... on LowerTierRequest { text } } } } } }"#;

const WALK: &str = r#"query($first: Int, $after: String, $last: Int, $before: String) {
    inbox(first: $first, after: $after, last: $last, before: $before) {
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { node { kind dueOn subjectId } } } }"#;

/// An item's whole key as the walk compares it.
fn key(edge: &Value) -> String {
    let node = &edge["node"];
    format!("{} {} {}", node["dueOn"], node["kind"], node["subjectId"])
}

/// The whole inbox read `size` items at a time, forward (`first`/`after`) or backward
/// (`last`/`before`), in reading order.
async fn walk(server: &TestServer, token: &str, size: usize, forward: bool) -> Vec<String> {
    let (mut keys, mut cursor): (Vec<String>, Option<String>) = (Vec::new(), None);
    loop {
        let variables = if forward {
            json!({ "first": size, "after": cursor })
        } else {
            json!({ "last": size, "before": cursor })
        };
        let answer = server.graphql_as(token, WALK, variables).await;
        assert!(answer.get("errors").is_none(), "{answer}");
        let page = &answer["data"]["inbox"];
        let edges: Vec<String> = page["edges"].as_array().unwrap().iter().map(key).collect();
        let (more, next) = if forward {
            (page["pageInfo"]["hasNextPage"].clone(), page["pageInfo"]["endCursor"].clone())
        } else {
            (page["pageInfo"]["hasPreviousPage"].clone(), page["pageInfo"]["startCursor"].clone())
        };
        if forward {
            keys.extend(edges)
        } else {
            keys.splice(0..0, edges);
        }
        if more != json!(true) {
            return keys;
        }
        cursor = next.as_str().map(str::to_owned);
    }
}

/// Items per kind in Jiangsu's inbox (orders from the nation, requests from Nanjing).
const EACH: usize = 30;

on_both_databases!(inbox_costs_constant_statements, inbox_body);

async fn inbox_body(server: &TestServer) {
    let chain = server.jiangsu_chain().await;
    let zhejiang = server.authority("浙江省市场监督管理局", "330000", server.national_authority).await;
    let order = |target, n: usize| IssueOrder {
        target_authority_id: target,
        subject: OrderSubjectInput::Other,
        subject_text: Some(format!("巡查计划 {n}")),
        text: format!("督办事项 {n}"),
        // Two due before the requests (5 working days), two on the requests' day (the kinds of
        // one day in their order), the others spread after them: both kinds on the page of 5 as
        // on the page of 50, and the order is by day first.
        working_days: match n {
            0 | 1 => 1,
            2 | 3 => 5,
            _ => u32::try_from(6 + n % 20).unwrap(),
        },
    };
    for n in 0..EACH {
        server.app.issue_supervision_order(&server.national, &order(chain.jiangsu.id, n)).await.unwrap();
    }
    for n in 0..5 {
        server.app.issue_supervision_order(&server.national, &order(zhejiang.id, n)).await.unwrap();
    }
    let nanjing =
        claims("nj-raiser", &format!("authority:{}", chain.nanjing.id), "municipal_officer", Some("staff"));
    let nanjing = server.app.principal_from_claims(&nanjing).await.unwrap();
    for n in 0..EACH {
        let raise = RaiseRequest {
            to_authority_id: chain.jiangsu.id,
            kind: RequestKind::Question,
            text: format!("请示 {n}"),
        };
        server.app.raise_lower_tier_request(&nanjing, &raise).await.unwrap();
    }
    let officer =
        claims("js-inbox", &format!("authority:{}", chain.jiangsu.id), "provincial_officer", Some("staff"));
    let token = server.token(&officer);
    let ask = |first: usize, after: Option<String>| {
        let token = token.clone();
        async move {
            let answer = server.graphql_as(&token, QUERY, json!({ "first": first, "after": after })).await;
            assert!(answer.get("errors").is_none(), "{answer}");
            answer["data"]["inbox"].clone()
        }
    };
    // Authenticating a token costs a lookup of its organisation once; warm it.
    ask(1, None).await;

    let mut counts = Vec::new();
    for first in [5, 50] {
        let before = server.statements.get();
        let inbox = ask(first, None).await;
        let statements = server.statements.get() - before;
        let edges = inbox["edges"].as_array().unwrap();
        assert_eq!(edges.len(), first);
        assert_eq!(inbox["totalCount"], json!(2 * EACH));
        assert_eq!(
            inbox["counts"],
            json!([{"kind": "ORDER_DUE", "total": EACH, "overdue": 0}, {"kind": "REQUEST_TO_ANSWER", "total": EACH, "overdue": 0}])
        );
        // The nodes really are there (a loader answering nothing would also be "constant").
        assert!(edges.iter().all(|e| e["node"]["subject"]["text"].is_string()), "{inbox}");
        assert!(edges.iter().all(|e| e["node"]["authority"]["name"].is_string()), "{inbox}");
        eprintln!("inbox: first={first} ran {statements} SQL statements");
        counts.push(statements);
    }
    assert_eq!(counts[0], counts[1], "statement count grows with the page: {counts:?}");
    // page + counts + the authorities below and the rules in force (the tests to sample's places
    // and frequencies) + orders + requests + authorities
    assert!(counts[0] <= 7, "more statements than relations: {counts:?}");
    // A page that asks for neither the counts nor totalCount costs one statement fewer, and
    // the same page; a fragment asking for totalCount alone still gets it right.
    let before = server.statements.get();
    let bare = server.graphql_as(&token, BARE, json!({ "first": 5 })).await;
    assert_eq!(server.statements.get() - before, counts[0] - 1, "{bare}");
    let keys: Vec<String> = bare["data"]["inbox"]["edges"].as_array().unwrap().iter().map(key).collect();
    let full = ask(5, None).await;
    assert_eq!(keys, full["edges"].as_array().unwrap().iter().map(key).collect::<Vec<_>>());
    let total = "query { inbox(first: 1) { ...T } } fragment T on InboxItemConnection { totalCount }";
    let total = server.graphql_as(&token, total, json!({})).await;
    assert_eq!(total["data"]["inbox"]["totalCount"], json!(2 * EACH), "{total}");

    // The whole inbox over two pages: (day, kind, id) ascending, nothing twice, nothing of Zhejiang.
    let first = ask(50, None).await;
    let cursor = first["pageInfo"]["endCursor"].as_str().unwrap().to_owned();
    let second = ask(50, Some(cursor)).await;
    assert_eq!(second["pageInfo"]["hasNextPage"], json!(false));
    let items: Vec<&Value> =
        first["edges"].as_array().unwrap().iter().chain(second["edges"].as_array().unwrap()).collect();
    assert_eq!(items.len(), 2 * EACH);
    let keys: Vec<(String, String)> = items
        .iter()
        .map(|e| {
            (e["node"]["dueOn"].as_str().unwrap().to_owned(), e["node"]["kind"].as_str().unwrap().to_owned())
        })
        .collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]), "out of order: {keys:?}");
    let mut ids: Vec<&str> = items.iter().map(|e| e["node"]["subjectId"].as_str().unwrap()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 2 * EACH, "an item twice");
    assert!(items.iter().all(|e| !e["node"]["summary"].as_str().unwrap().is_empty()));

    // Walked in pages of 3 and of 7, forward and backward, the inbox is the one page of 60: the
    // pages' cursors fall on both kinds inside the day they share (items 3 to 34), and each
    // keeps the rest of that day.
    let whole: Vec<String> = items.iter().map(|e| key(e)).collect();
    for (size, forward) in [(3, true), (7, true), (3, false), (7, false)] {
        assert_eq!(walk(server, &token, size, forward).await, whole, "pages of {size}, forward {forward}");
    }

    // Zhejiang's officer sees its five orders; Nanjing none of Jiangsu's (what it raised waits on
    // Jiangsu, not on itself).
    let zhejiang =
        claims("zj-inbox", &format!("authority:{}", zhejiang.id), "provincial_officer", Some("staff"));
    let answer = server.graphql_as(&server.token(&zhejiang), "{ inbox { totalCount } }", json!({})).await;
    assert_eq!(answer["data"]["inbox"]["totalCount"], json!(5), "{answer}");
    let nanjing =
        claims("nj-inbox", &format!("authority:{}", chain.nanjing.id), "municipal_officer", Some("staff"));
    let answer = server.graphql_as(&server.token(&nanjing), "{ inbox { totalCount } }", json!({})).await;
    assert_eq!(answer["data"]["inbox"]["totalCount"], json!(0), "{answer}");
}

on_both_databases!(
    a_follow_up_leaves_the_inbox_with_its_license,
    follow_up_body,
    plugins = crate::cast::WIRE_CABLE
);

/// A follow-up owed after a patrol's rectify-by-deadline measure is in the county's inbox from
/// the start, dated by its deadline, as the follow-up list's `UPCOMING` and then, overdue, its
/// `DUE`; the license revoked, it leaves both (a revoked license is visited no more).
async fn follow_up_body(server: &TestServer) {
    let world = crate::cast::world(server).await;
    crate::patrol::patrol_with_rectification(server, &world).await;
    let owed = || async {
        let query = "{ inbox(kinds: [FOLLOW_UP_DUE]) { counts { total overdue } } \
            upcoming: followUps(filter: { state: UPCOMING }) { totalCount } \
            due: followUps(filter: { state: DUE }) { totalCount } }";
        let answer = server.graphql_as(&world.county, query, json!({})).await;
        assert!(answer.get("errors").is_none(), "{answer}");
        let data = &answer["data"];
        (
            data["inbox"]["counts"].clone(),
            data["upcoming"]["totalCount"].clone(),
            data["due"]["totalCount"].clone(),
        )
    };
    assert_eq!(
        owed().await,
        (json!([{ "total": 1, "overdue": 0 }]), json!(1), json!(0)),
        "before its deadline"
    );
    server.app.advance_clock_days(120);
    assert_eq!(
        owed().await,
        (json!([{ "total": 1, "overdue": 1 }]), json!(0), json!(1)),
        "past its deadline"
    );
    let revoke = json!({ "input": { "number": world.licenses[0], "status": "REVOKED", "reason": "吊销" } });
    server.data(crate::common::CHANGE_STATUS, revoke).await;
    assert_eq!(owed().await, (json!([]), json!(0), json!(0)), "a revoked license is visited no more");
}
