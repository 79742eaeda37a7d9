//! Issuing tokens from the command line (`oversight token issue`) and the ready
//! tokens `oversight demo` prints for every demo role.

use anyhow::Context;
use oversight_app::App;
use oversight_app::identity::{Claims, issue_token};
use oversight_domain::RegionCode;

use crate::seed::SeedReport;

/// What to put in a token.
#[derive(Debug, Clone)]
pub struct TokenRequest {
    pub subject: String,
    pub organisation: String,
    pub role: String,
    pub tier: Option<String>,
    pub hours: i64,
}

/// Signs a token after checking, against the registry, that its claims make a
/// principal (so a typo is caught here, not at the first request).
pub async fn issue(app: &App, secret: &str, request: &TokenRequest) -> anyhow::Result<String> {
    let now = oversight_app::now().timestamp();
    let claims = Claims {
        sub: request.subject.clone(),
        org: request.organisation.clone(),
        role: request.role.clone(),
        tier: request.tier.clone(),
        exp: now + request.hours * 3600,
        nbf: None,
        iat: Some(now),
        iss: None,
        aud: None,
    };
    app.principal_from_claims(&claims)
        .await
        .map_err(|e| anyhow::anyhow!("these claims are not valid: {e}"))?;
    issue_token(secret.as_bytes(), &claims).map_err(anyhow::Error::msg)
}

/// A ready token of a demo role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoToken {
    /// The name the README's walkthrough uses for it (`<!-- as: county_officer -->`).
    pub key: &'static str,
    /// Whom it stands for.
    pub label: &'static str,
    pub token: String,
}

impl DemoToken {
    /// The role as GraphiQL's demo-role picker offers it.
    pub fn into_role(self) -> oversight_api::graphiql::DemoRole {
        oversight_api::graphiql::DemoRole {
            key: self.key.to_owned(),
            label: self.label.to_owned(),
            token: self.token,
        }
    }
}

/// One token per demo role, with a line saying whom it stands for.
pub async fn demo_tokens(app: &App, secret: &str, report: &SeedReport) -> anyhow::Result<Vec<DemoToken>> {
    let authority = |code: &str| -> anyhow::Result<String> {
        let region = RegionCode::parse(code)?;
        let id = report
            .authority_ids
            .iter()
            .find(|(r, _)| *r == region)
            .map(|(_, id)| *id)
            .with_context(|| format!("no demo authority at {code}"))?;
        Ok(format!("authority:{id}"))
    };
    let institution =
        report.institutions.first().map(|(id, _)| format!("institution:{id}")).context("no institution")?;
    // The Zhejiang institution, accredited for the key industries: the walkthrough's retest goes
    // to an institution other than the first (复检机构与初检机构不得为同一机构).
    let retest_institution = report
        .institutions
        .get(1)
        .map(|(id, _)| format!("institution:{id}"))
        .context("no second institution")?;
    let enterprise = report.first_enterprise.map(|id| format!("enterprise:{id}")).context("no enterprise")?;
    let people = [
        (
            "national_head",
            "national officer, head (国家市场监督管理总局)",
            "zhang.wei",
            authority("000000")?,
            "national_officer",
            Some("head"),
        ),
        (
            "provincial_leader",
            "provincial officer, leader in charge (江苏省)",
            "li.na",
            authority("320000")?,
            "provincial_officer",
            Some("leader_in_charge"),
        ),
        (
            "municipal_officer",
            "municipal officer, staff (南京市)",
            "wang.fang",
            authority("320100")?,
            "municipal_officer",
            Some("staff"),
        ),
        (
            "county_officer",
            "county officer, staff (南京市玄武区)",
            "liu.yang",
            authority("320102")?,
            "county_officer",
            Some("staff"),
        ),
        (
            "review_department",
            "review department (江苏省)",
            "chen.jie",
            authority("320000")?,
            "review_department",
            None,
        ),
        ("auditor", "auditor (江苏省)", "zhao.min", authority("320000")?, "auditor", None),
        (
            "testing_institution",
            "testing institution (江苏省产品质量监督检验研究院)",
            "lims",
            institution,
            "testing_institution",
            None,
        ),
        (
            "retest_institution",
            "testing institution (浙江省产品质量安全检测研究院; the walkthrough's retest)",
            "lims.zj",
            retest_institution,
            "testing_institution",
            None,
        ),
        (
            "enterprise_user",
            "enterprise user (the first demo enterprise, holder of (苏)XK06-001-00001)",
            "qiye.user",
            enterprise,
            "enterprise_user",
            None,
        ),
        (
            "plugin_administrator",
            "plugin administrator (the platform; also moves the demo clock)",
            "plugin.admin",
            "platform".to_owned(),
            "plugin_administrator",
            None,
        ),
    ];
    let mut tokens = Vec::new();
    for (key, label, subject, organisation, role, tier) in people {
        let request = TokenRequest {
            subject: subject.to_owned(),
            organisation,
            role: role.to_owned(),
            tier: tier.map(str::to_owned),
            hours: 24 * 30,
        };
        tokens.push(DemoToken { key, label, token: issue(app, secret, &request).await? });
    }
    Ok(tokens)
}
