//! Risk classes (风险等级, 分类分级监管) in GraphQL: `Enterprise.riskClass` with its breakdown in
//! Chinese and English, `Enterprise.riskHistory` (the class as of any instant), and `riskModel`,
//! the model in force (docs/adr/0027).

use async_graphql::{Context, Enum, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{RiskClassRecord, StoredAssessment};
use oversight_domain::risk::{
    Assessment, Contribution, FactorRule, RiskClass, RiskFactor, RiskModel, Thresholds,
};

use crate::enums::mirror;
use crate::error::{ResultExt, caller};

mirror! {
    /// An enterprise's risk class (风险等级): A the lowest risk, D the highest.
    RiskClassGql as "RiskClass" <=> RiskClass {
        /// A: a clean record — the lowest risk.
        A,
        /// B: some risk.
        B,
        /// C: high risk.
        C,
        /// D: the highest risk.
        D,
    }
}

mirror! {
    /// What a risk model counts in an enterprise's record (风险因子).
    RiskFactorGql as "RiskFactor" <=> RiskFactor {
        /// Testing tasks whose final verdict within the window is nonconforming (不合格).
        NonconformingVerdicts,
        /// Of those, the verdicts with a serious nonconformity (严重不合格).
        SeriousVerdicts,
        /// Patrols (巡查) within the window that found a nonconforming item.
        PatrolsWithFindings,
        /// Rectifications (整改) still running after their deadline.
        OverdueRectifications,
        /// Rectifications whose re-check (复查) failed within the window.
        FailedRectifications,
        /// Annual reviews (年度审查) whose self-inspection report is overdue.
        OverdueAnnualReviews,
        /// Licenses suspended now (停产整顿).
        Suspensions,
        /// 1 when the enterprise holds a license in force in a key industry (重点产品).
        KeyIndustry,
        /// Whole months since the last patrol or sampling (since licensing when never checked).
        MonthsSinceLastCheck,
    }
}

/// Where the classes begin: the least score of B, C and D (below B is A).
#[derive(SimpleObject)]
pub struct RiskThresholds {
    /// The least score of class B.
    b: String,
    /// The least score of class C.
    c: String,
    /// The least score of class D.
    d: String,
}

impl From<Thresholds> for RiskThresholds {
    fn from(t: Thresholds) -> Self {
        RiskThresholds { b: t.b.to_string(), c: t.c.to_string(), d: t.d.to_string() }
    }
}

/// What one factor added to a class's score, with the line the breakdown shows.
pub struct RiskContribution(Contribution);

/// What one factor (风险因子) added to a risk class's score.
#[Object]
impl RiskContribution {
    /// The factor.
    async fn factor(&self) -> RiskFactorGql {
        self.0.factor.into()
    }

    /// The factor's name in Chinese.
    async fn label_zh(&self) -> &'static str {
        self.0.factor.label().0
    }

    /// The factor's name in English.
    async fn label_en(&self) -> &'static str {
        self.0.factor.label().1
    }

    /// The figure read from the enterprise's record.
    async fn input(&self) -> u32 {
        self.0.input
    }

    /// The units that counted (after the model's free units and cap).
    async fn counted(&self) -> u32 {
        self.0.counted
    }

    /// Points per unit counted (a decimal).
    async fn weight(&self) -> String {
        self.0.weight.to_string()
    }

    /// The points this factor added (a decimal).
    async fn points(&self) -> String {
        self.0.points.to_string()
    }

    /// The breakdown's line in Chinese.
    async fn explanation_zh(&self) -> String {
        self.0.explain().0
    }

    /// The breakdown's line in English.
    async fn explanation_en(&self) -> String {
        self.0.explain().1
    }
}

/// A risk class with everything that produced it.
pub struct RiskAssessment {
    assessment: Assessment,
    assessed_on: NaiveDate,
    assessed_at: Option<DateTime<Utc>>,
    cause: Option<String>,
}

impl From<RiskClassRecord> for RiskAssessment {
    fn from(record: RiskClassRecord) -> Self {
        RiskAssessment {
            assessment: record.assessment,
            assessed_on: record.assessed_on,
            assessed_at: None,
            cause: None,
        }
    }
}

impl From<StoredAssessment> for RiskAssessment {
    fn from(stored: StoredAssessment) -> Self {
        RiskAssessment {
            assessment: stored.assessment,
            assessed_on: stored.assessed_on,
            assessed_at: Some(stored.assessed_at),
            cause: Some(stored.cause),
        }
    }
}

/// An enterprise's risk class (风险等级) as assessed, with the model version, the thresholds and
/// each factor's contribution: "why is this enterprise class C?" answers itself.
#[Object]
impl RiskAssessment {
    /// The class.
    async fn class(&self) -> RiskClassGql {
        self.assessment.class.into()
    }

    /// The score: the sum of the factors' points (a decimal).
    async fn score(&self) -> String {
        self.assessment.score.to_string()
    }

    /// The version of the model that assessed it.
    async fn model_version(&self) -> &str {
        &self.assessment.model_version
    }

    /// The model's thresholds when it assessed.
    async fn thresholds(&self) -> RiskThresholds {
        self.assessment.thresholds.into()
    }

    /// Every factor of the model with its figure and points, in the model's order.
    async fn factors(&self) -> Vec<RiskContribution> {
        self.assessment.contributions.iter().cloned().map(RiskContribution).collect()
    }

    /// The supervision calendar's day the record was read on.
    async fn assessed_on(&self) -> NaiveDate {
        self.assessed_on
    }

    /// When the assessment was stored (history entries).
    async fn assessed_at(&self) -> Option<DateTime<Utc>> {
        self.assessed_at
    }

    /// What caused it (history entries): the operation whose facts moved the record, or
    /// `recompute` (the bulk command).
    async fn cause(&self) -> Option<&str> {
        self.cause.as_deref()
    }

    /// The whole breakdown in Chinese.
    async fn explanation_zh(&self) -> String {
        self.assessment.explain().0
    }

    /// The whole breakdown in English.
    async fn explanation_en(&self) -> String {
        self.assessment.explain().1
    }
}

/// One factor's rule in a risk model.
#[derive(SimpleObject)]
pub struct RiskFactorRule {
    /// The factor.
    factor: RiskFactorGql,
    /// The factor's name in Chinese.
    label_zh: &'static str,
    /// The factor's name in English.
    label_en: &'static str,
    /// Points per unit counted (a decimal).
    weight: String,
    /// Units that count nothing (the first months without a check).
    free: u32,
    /// At most this many units count.
    cap: u32,
    /// The most a province's adjustment may raise the weight to.
    max_weight: String,
}

impl From<&FactorRule> for RiskFactorRule {
    fn from(rule: &FactorRule) -> Self {
        let (label_zh, label_en) = rule.factor.label();
        RiskFactorRule {
            factor: rule.factor.into(),
            label_zh,
            label_en,
            weight: rule.weight.to_string(),
            free: rule.free,
            cap: rule.cap,
            max_weight: rule.max_weight.to_string(),
        }
    }
}

/// A risk model (风险分级模型): data, not code — factors, weights, caps and thresholds.
#[derive(SimpleObject)]
#[graphql(name = "RiskModel")]
pub struct RiskModelGql {
    /// The version every assessment it makes records.
    version: String,
    /// How many months back records count.
    window_months: u32,
    /// The factors' rules, in order.
    rules: Vec<RiskFactorRule>,
    /// Where the classes begin.
    thresholds: RiskThresholds,
    /// The lowest thresholds a province's adjustment may set.
    min_thresholds: RiskThresholds,
}

impl From<RiskModel> for RiskModelGql {
    fn from(model: RiskModel) -> Self {
        RiskModelGql {
            version: model.version,
            window_months: model.window_months,
            rules: model.rules.iter().map(RiskFactorRule::from).collect(),
            thresholds: model.thresholds.into(),
            min_thresholds: model.min_thresholds.into(),
        }
    }
}

#[derive(Default)]
pub struct RiskQuery;

#[Object]
impl RiskQuery {
    /// The risk model in force (风险分级模型): what every class is computed by.
    async fn risk_model(&self, ctx: &Context<'_>) -> async_graphql::Result<RiskModelGql> {
        let (app, principal) = caller(ctx)?;
        app.risk_model_for(principal).gql().map(RiskModelGql::from)
    }
}
