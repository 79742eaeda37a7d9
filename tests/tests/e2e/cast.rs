//! The cast of the supervision tests and scenario files: the Jiangsu/Nanjing/Xuanwu authorities,
//! three testing institutions, two Nanjing enterprises with wire-cable licenses, a token per
//! actor, and the Jiangsu institution designated for wire-cable in Jiangsu.

use oversight_domain::{AuthorityId, InstitutionId};
use oversight_tests::{JiangsuChain, TestServer, claims};
use serde_json::{Map, Value, json};

use crate::common::{credit_code, issue, register};

/// The plugin library the supervision tests serve.
pub(crate) const WIRE_CABLE: &[&str] = &["oversight_plugin_wire_cable"];

const DESIGNATE: &str = r#"mutation($i: DesignateInstitutionInput!) { designateInstitution(input: $i) {
    designation { id industry validFrom validUntil region { code } institution { id name } } } }"#;

/// The global (Relay) ID of object `id` of GraphQL type `kind`.
pub(crate) fn global(kind: &str, id: impl std::fmt::Display) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("{kind}:{id}"))
}

/// The numeric id inside a global ID.
pub(crate) fn numeric(global_id: &str) -> String {
    use base64::Engine;
    let text = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(global_id).unwrap();
    String::from_utf8(text).unwrap().split_once(':').unwrap().1.to_owned()
}

/// Tokens and ids of the cast. Officers are staff of their authority; institutions and
/// enterprise users act for their organisation.
pub(crate) struct World {
    /// Staff of the Jiangsu provincial authority.
    pub(crate) provincial: String,
    /// Staff of the Xuanwu county authority, whose jurisdiction holds both enterprises.
    pub(crate) county: String,
    /// The Jiangsu provincial institution, designated for wire-cable in Jiangsu.
    pub(crate) lab: String,
    pub(crate) lab_id: InstitutionId,
    /// The Nanjing municipal institution (designated for nothing until a test does it).
    pub(crate) nanjing_lab: String,
    pub(crate) nanjing_lab_id: InstitutionId,
    /// The Zhejiang provincial institution: outside Jiangsu altogether.
    pub(crate) zhejiang_lab: String,
    pub(crate) zhejiang_lab_id: InstitutionId,
    /// The user of the first enterprise.
    pub(crate) enterprise_user: String,
    /// The user of the second enterprise.
    pub(crate) enterprise2_user: String,
    /// Staff (not head) of the national authority.
    pub(crate) national_staff: String,
    /// The head of the national authority (the server's own national token).
    pub(crate) national_head: String,
    /// The leader in charge (分管领导) of the Jiangsu authority: makes revocation proposals.
    pub(crate) provincial_leader: String,
    /// Global IDs of the two enterprises.
    pub(crate) enterprises: Vec<String>,
    /// Their wire-cable license numbers, in the same order.
    pub(crate) licenses: Vec<String>,
}

impl World {
    /// The actors a scenario file may name in `as:`, with their bearer tokens.
    pub(crate) fn actors(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("national_head", &self.national_head),
            ("national_staff", &self.national_staff),
            ("provincial_officer", &self.provincial),
            ("provincial_leader", &self.provincial_leader),
            ("county_officer", &self.county),
            ("lab", &self.lab),
            ("nanjing_lab", &self.nanjing_lab),
            ("zhejiang_lab", &self.zhejiang_lab),
            ("enterprise", &self.enterprise_user),
            ("enterprise2", &self.enterprise2_user),
        ]
    }

    /// The values a scenario file may use as `${name}` before capturing anything: license
    /// numbers and global IDs.
    pub(crate) fn variables(&self) -> Map<String, Value> {
        let mut variables = Map::new();
        for (n, (enterprise, license)) in self.enterprises.iter().zip(&self.licenses).enumerate() {
            variables.insert(format!("enterprise{}", n + 1), json!(enterprise));
            variables.insert(format!("license{}", n + 1), json!(license));
        }
        for (name, id) in [
            ("lab_id", self.lab_id),
            ("nanjing_lab_id", self.nanjing_lab_id),
            ("zhejiang_lab_id", self.zhejiang_lab_id),
        ] {
            variables.insert(name.to_owned(), json!(global("Institution", id)));
        }
        variables
    }
}

/// Builds the cast on a fresh server (which must serve the wire-cable plugin).
pub(crate) async fn world(server: &TestServer) -> World {
    let JiangsuChain { jiangsu, xuanwu, .. } = server.jiangsu_chain().await;
    let lab_id = server.institution("江苏省产品质量监督检验研究院", "320000").await.unwrap().id;
    let nanjing_lab_id = server.institution("南京市产品质量监督检验院", "320100").await.unwrap().id;
    let zhejiang_lab_id = server.institution("浙江省产品质量安全检测研究院", "330000").await.unwrap().id;
    let officer = |sub: &str, id: AuthorityId, role: &str, tier: &str| {
        server.token(&claims(sub, &format!("authority:{id}"), role, Some(tier)))
    };
    let lab = |id: InstitutionId| {
        server.token(&claims("lab-system", &format!("institution:{id}"), "testing_institution", None))
    };
    let mut enterprises = Vec::new();
    let mut licenses = Vec::new();
    for n in 1..=2 {
        let id = register(server, &credit_code("320102", 700 + n), &format!("南京电缆{n}有限公司"), "320102")
            .await;
        let license = issue(server, &id, &format!("XK06-001-{:05}", 700 + n), "wire-cable").await;
        enterprises.push(id);
        licenses.push(license["number"].as_str().unwrap().to_owned());
    }
    let enterprise_user = |n: usize| {
        server.token(&claims(
            &format!("owner-{}", n + 1),
            &format!("enterprise:{}", numeric(&enterprises[n])),
            "enterprise_user",
            None,
        ))
    };
    let world = World {
        provincial: officer("js-officer", jiangsu.id, "provincial_officer", "staff"),
        county: officer("xw-officer", xuanwu.id, "county_officer", "staff"),
        lab: lab(lab_id),
        lab_id,
        nanjing_lab: lab(nanjing_lab_id),
        nanjing_lab_id,
        zhejiang_lab: lab(zhejiang_lab_id),
        zhejiang_lab_id,
        enterprise_user: enterprise_user(0),
        enterprise2_user: enterprise_user(1),
        national_staff: officer("national-staff", server.national_authority, "national_officer", "staff"),
        national_head: server.national_token.clone(),
        provincial_leader: officer("js-leader", jiangsu.id, "provincial_officer", "leader_in_charge"),
        enterprises,
        licenses,
    };
    let designation = designate(server, &world.provincial, lab_id, "320000", -365, 365).await;
    assert!(designation.get("errors").is_none(), "{designation}");
    world
}

/// Designates `institution` for wire-cable at `region`, valid from/until these days from the
/// app's today.
pub(crate) async fn designate(
    server: &TestServer,
    token: &str,
    institution: InstitutionId,
    region: &str,
    from: i64,
    until: i64,
) -> Value {
    let today = server.app.today();
    server
        .graphql_as(
            token,
            DESIGNATE,
            json!({ "i": { "industry": "wire-cable", "institutionId": global("Institution", institution),
                           "regionCode": region,
                           "validFrom": (today + chrono::Duration::days(from)).to_string(),
                           "validUntil": (today + chrono::Duration::days(until)).to_string() } }),
        )
        .await
}
