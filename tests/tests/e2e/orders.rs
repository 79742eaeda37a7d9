//! The sorted registry lists — `enterprises`, `authorities`, `officers`, `institutions` — and
//! the published `designations`, paged
//! through whole in every order and both directions, forwards in pages of two and three and
//! backwards in pages of two: the pages together are the list sorted by the order's key as this
//! test computes it (ties by id), each item once. The data has ties on every key that allows
//! them (two enterprises and two officers share a name, a closed authority and its successor's
//! newcomer share a seat, designations share first days). A cursor is read only by the list and order that issued it.

use std::collections::HashSet;

use chrono::Duration;
use oversight_tests::{JiangsuChain, TestServer, on_both_databases, today};
use serde_json::{Value, json};

use crate::cast::{global, numeric};
use crate::common::{credit_code, register};

on_both_databases!(registry_lists_page_through_every_order, registry_lists_body);

/// An order of a list: its field's name and the key it sorts a node by (as this test sees it).
type Order = (&'static str, fn(&Value) -> String);

/// A sorted list: its query field, its order input type, the node fields selected and its orders.
struct List {
    field: &'static str,
    input: &'static str,
    selection: &'static str,
    orders: &'static [Order],
}

fn text(node: &Value, field: &str) -> String {
    node[field].as_str().unwrap_or_else(|| panic!("no {field} in {node}")).to_owned()
}

const LISTS: [List; 5] = [
    List {
        field: "enterprises",
        input: "EnterpriseOrderInput",
        selection: "name creditCode",
        orders: &[
            ("ID", |_| String::new()),
            ("NAME", |n| text(n, "name")),
            ("CREDIT_CODE", |n| text(n, "creditCode")),
        ],
    },
    List {
        field: "authorities",
        input: "AuthorityOrderInput",
        selection: "name region { code }",
        orders: &[
            ("ID", |_| String::new()),
            ("REGION", |n| text(&n["region"], "code")),
            ("NAME", |n| text(n, "name")),
        ],
    },
    List {
        field: "officers",
        input: "OfficerOrderInput",
        selection: "name badgeNumber",
        orders: &[
            ("ID", |_| String::new()),
            ("NAME", |n| text(n, "name")),
            ("BADGE_NUMBER", |n| text(n, "badgeNumber")),
        ],
    },
    List {
        field: "institutions",
        input: "InstitutionOrderInput",
        selection: "name",
        orders: &[("ID", |_| String::new()), ("NAME", |n| text(n, "name"))],
    },
    List {
        field: "designations",
        input: "DesignationOrderInput",
        selection: "validFrom",
        orders: &[("ID", |_| String::new()), ("VALID_FROM", |n| text(n, "validFrom"))],
    },
];

impl List {
    fn query(&self) -> String {
        format!(
            "query($o: {input}, $first: Int, $after: String, $last: Int, $before: String) {{
               {field}(orderBy: $o, first: $first, after: $after, last: $last, before: $before) {{
                 totalCount
                 pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }}
                 nodes {{ id {selection} }} }} }}",
            input = self.input,
            field = self.field,
            selection = self.selection,
        )
    }

    async fn page(&self, server: &TestServer, variables: Value) -> Value {
        server.data(&self.query(), variables).await[self.field].clone()
    }

    async fn error_code(&self, server: &TestServer, variables: Value) -> String {
        let body = server.graphql(&self.query(), variables).await;
        body["errors"][0]["extensions"]["code"]
            .as_str()
            .unwrap_or_else(|| panic!("no error: {body}"))
            .to_owned()
    }
}

/// How a walk through a list reads it.
#[derive(Debug, Clone, Copy)]
enum Walk {
    /// `first: n`, then `after: endCursor`.
    Forward(u32),
    /// `last: n`, then `before: startCursor`.
    Backward(u32),
}

/// Every node of `list` in `order`, read page by page as `walk` says, in list order.
async fn walk(server: &TestServer, list: &List, order: &Value, walk: Walk) -> Vec<Value> {
    let mut nodes: Vec<Value> = Vec::new();
    let mut cursor = Value::Null;
    for _ in 0..50 {
        let variables = match walk {
            Walk::Forward(n) => json!({ "o": order, "first": n, "after": cursor }),
            Walk::Backward(n) => json!({ "o": order, "last": n, "before": cursor }),
        };
        let page = list.page(server, variables).await;
        let items = page["nodes"].as_array().unwrap().clone();
        let (more, next) = match walk {
            Walk::Forward(_) => {
                nodes.extend(items);
                (&page["pageInfo"]["hasNextPage"], &page["pageInfo"]["endCursor"])
            }
            Walk::Backward(_) => {
                nodes.splice(0..0, items);
                (&page["pageInfo"]["hasPreviousPage"], &page["pageInfo"]["startCursor"])
            }
        };
        if more != true {
            return nodes;
        }
        cursor = next.clone();
    }
    panic!("{} in {order} {walk:?} did not end in 50 pages", list.field);
}

fn ids(nodes: &[Value]) -> Vec<String> {
    nodes.iter().map(|n| text(n, "id")).collect()
}

async fn registry_lists_body(server: &TestServer) {
    seed(server).await;
    for list in &LISTS {
        // The whole list in id order, the tie-break of every other order.
        let all = list.page(server, json!({ "first": 100 })).await;
        let by_id = all["nodes"].as_array().unwrap().clone();
        assert_eq!(all["totalCount"], by_id.len(), "{}", list.field);
        assert!(by_id.len() >= 4, "{}: too few to page through: {by_id:?}", list.field);
        let numbers: Vec<i64> = ids(&by_id).iter().map(|id| numeric(id).parse().unwrap()).collect();
        assert!(numbers.windows(2).all(|w| w[0] < w[1]), "{}: default order {numbers:?}", list.field);
        for (field, key) in list.orders {
            // A stable sort keeps id order among equal keys; descending is the whole reversed.
            let mut ascending = by_id.clone();
            ascending.sort_by_key(key);
            let descending: Vec<Value> = ascending.iter().rev().cloned().collect();
            for (direction, expected) in [("ASC", ascending), ("DESC", descending)] {
                let order = json!({ "field": field, "direction": direction });
                for step in [Walk::Forward(2), Walk::Forward(3), Walk::Backward(2)] {
                    let seen = walk(server, list, &order, step).await;
                    let context = format!("{} {field} {direction} {step:?}", list.field);
                    assert_eq!(ids(&seen), ids(&expected), "{context}");
                    let distinct: HashSet<String> = ids(&seen).into_iter().collect();
                    assert_eq!(distinct.len(), seen.len(), "{context}: an item twice");
                }
            }
        }
        cursors_belong_to_their_order(server, list).await;
    }
    ties_are_there(server).await;
}

/// A cursor read in one order is INVALID_CURSOR in every other, and in another list.
async fn cursors_belong_to_their_order(server: &TestServer, list: &List) {
    for (field, _) in list.orders {
        let order = json!({ "field": field });
        let cursor =
            list.page(server, json!({ "o": order, "first": 1 })).await["pageInfo"]["endCursor"].clone();
        for (other, _) in list.orders.iter().filter(|(other, _)| other != field) {
            for variables in [
                json!({ "o": { "field": other }, "first": 1, "after": cursor }),
                json!({ "o": { "field": other }, "last": 1, "before": cursor }),
            ] {
                let code = list.error_code(server, variables).await;
                assert_eq!(code, "INVALID_CURSOR", "{} {field} cursor read in {other}", list.field);
            }
        }
        for foreign in LISTS.iter().filter(|foreign| foreign.field != list.field) {
            let code = foreign.error_code(server, json!({ "first": 1, "after": cursor })).await;
            assert_eq!(code, "INVALID_CURSOR", "{} {field} cursor read by {}", list.field, foreign.field);
        }
    }
}

/// The seeded ties are really there, so tie-breaking was exercised.
async fn ties_are_there(server: &TestServer) {
    let names = server.data("{ enterprises(first: 100) { nodes { name } } }", json!({})).await;
    let twice = names["enterprises"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["name"] == "南京乙电缆有限公司");
    assert_eq!(twice.count(), 2);
    let seats = server.data("{ authorities(first: 100) { nodes { region { code } } } }", json!({})).await;
    let xuanwu =
        seats["authorities"]["nodes"].as_array().unwrap().iter().filter(|n| n["region"]["code"] == "320102");
    assert_eq!(xuanwu.count(), 2);
    let officers = server.data("{ officers(first: 100) { nodes { name } } }", json!({})).await;
    let wang = officers["officers"]["nodes"].as_array().unwrap().iter().filter(|n| n["name"] == "王建国");
    assert_eq!(wang.count(), 2);
    let designations = server.data("{ designations(first: 100) { nodes { validFrom } } }", json!({})).await;
    let days: Vec<&str> = designations["designations"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["validFrom"].as_str().unwrap())
        .collect();
    let distinct: HashSet<&&str> = days.iter().collect();
    assert_eq!(days.len() - distinct.len(), 2, "two first days shared: {days:?}");
}

/// Enterprises, authorities, officers and institutions entered in an order none of the other
/// keys follows, with ties where the key allows them.
async fn seed(server: &TestServer) {
    // (region, credit-code serial, name): credit codes sort by region then serial.
    let enterprises = [
        ("320102", 9, "南京乙电缆有限公司"),
        ("320102", 3, "南京甲电缆有限公司"),
        ("110101", 5, "北京丙电缆有限公司"),
        ("320102", 1, "南京乙电缆有限公司"),
        ("330106", 2, "杭州丁电缆有限公司"),
        ("320104", 7, "南京戊电缆有限公司"),
    ];
    for (region, serial, name) in enterprises {
        register(server, &credit_code(region, serial), name, region).await;
    }

    // Xuanwu closes (its work to Qinhuai) and a newcomer takes its seat: two authorities at 320102.
    let JiangsuChain { jiangsu, nanjing, xuanwu } = server.jiangsu_chain().await;
    server.authority("浙江省市场监督管理局", "330000", server.national_authority).await;
    let qinhuai = server.authority("南京市秦淮区市场监督管理局", "320104", nanjing.id).await;
    server.app.close_authority(&server.national, xuanwu.id, qinhuai.id).await.unwrap();
    server.authority("南京市玄武区新区市场监督管理局", "320102", nanjing.id).await;

    // (authority, name, badge number)
    let officers = [
        (jiangsu.id, "王建国", "JS-0300"),
        (nanjing.id, "李明", "NJ-0100"),
        (qinhuai.id, "王建国", "QH-0001"),
        (jiangsu.id, "张伟", "AB-0200"),
    ];
    let create = "mutation($i: CreateOfficerInput!) { createOfficer(input: $i) { officer { id } } }";
    for (n, (authority, name, badge)) in officers.into_iter().enumerate() {
        let input = json!({ "i": { "authorityId": global("Authority", authority), "name": name,
            "badgeNumber": badge, "subject": format!("idp|orders-{n}"), "tier": "STAFF", "industries": [] } });
        server.data(create, input).await;
    }

    let mut institutions = Vec::new();
    for (name, region) in [
        ("南京市产品质量监督检验院", "320100"),
        ("江苏省产品质量监督检验研究院", "320000"),
        ("北京市产品质量监督检验院", "110000"),
        ("浙江省产品质量科学研究院", "330000"),
    ] {
        institutions.push(server.institution(name, region).await.unwrap().id);
    }
    let [nanjing_lab, jiangsu_lab, beijing_lab, zhejiang_lab] = institutions[..] else { unreachable!() };

    // (industry, institution, region, first and last day from today): one institution per
    // industry and province, so the ties on the first day are across industries and provinces.
    let designations = [
        ("wire-cable", jiangsu_lab, "320000", 30, 300),
        ("brake-fluid", jiangsu_lab, "320000", 10, 300),
        ("wire-cable", zhejiang_lab, "330000", 30, 300),
        ("cement", beijing_lab, "110000", 5, 100),
        ("wire-cable", jiangsu_lab, "320000", 301, 500),
        ("pesticide", nanjing_lab, "320100", 10, 200),
    ];
    let designate =
        "mutation($i: DesignateInstitutionInput!) { designateInstitution(input: $i) { designation { id } } }";
    let day = |days: i64| (today() + Duration::days(days)).to_string();
    for (industry, institution, region, from, until) in designations {
        let input = json!({ "i": { "industry": industry, "institutionId": global("Institution", institution),
            "regionCode": region, "validFrom": day(from), "validUntil": day(until) } });
        server.data(designate, input).await;
    }
}
