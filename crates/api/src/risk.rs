//! Risk classes (风险等级, 分类分级监管) in GraphQL: `Enterprise.riskClass` with its breakdown in
//! Chinese and English, `Enterprise.riskHistory` (the class as of any instant), and `riskModel`,
//! the model in force, and `frequencyPreview`, the what-if of a proposed frequency matrix
//! (docs/adr/0027).

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{FrequencyPreview, PreviewRow, RiskClassRecord, StoredAssessment};
use oversight_domain::RegionCode;
use oversight_domain::risk::{
    Assessment, Contribution, FactorRule, RiskClass, RiskFactor, RiskModel, Thresholds,
};

use crate::enums::mirror;
use crate::error::{ResultExt, caller};
use crate::ids::{NodeType, parse_numeric_id};
use crate::registry::region::Region;

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
        /// Malicious-counterfeiting cases (恶意造假) opened against the enterprise within the
        /// window, whatever their stage (from model `national-2027.1`).
        CounterfeitCases,
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

    /// What-if (预览): next year's compulsory tests in the authority's jurisdiction per county and
    /// industry, under the frequency matrix in force and under the proposed multipliers — from
    /// the licenses in force at the year's start and their enterprises' current classes. Nothing
    /// is saved. For supervising officers whose jurisdiction holds the authority.
    async fn frequency_preview(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The authority whose jurisdiction is previewed.")] authority: ID,
        #[graphql(desc = "The year previewed.")] year: i32,
        #[graphql(desc = "The proposed multipliers per class.")] matrix: FrequencyMatrixInput,
    ) -> async_graphql::Result<FrequencyPreviewGql> {
        let authority_id = parse_numeric_id(&authority, NodeType::Authority, "authority")?;
        let (app, principal) = caller(ctx)?;
        let proposed = [
            (RiskClass::A, matrix.a),
            (RiskClass::B, matrix.b),
            (RiskClass::C, matrix.c),
            (RiskClass::D, matrix.d),
        ];
        let preview = app.frequency_preview(principal, authority_id, year, proposed).await.gql()?;
        Ok(FrequencyPreviewGql(preview))
    }
}

/// A proposed frequency matrix (频次矩阵): each class's multiplier of the plugins' frequencies.
#[derive(InputObject)]
pub struct FrequencyMatrixInput {
    /// Class A's multiplier (1–12).
    a: u32,
    /// Class B's multiplier (1–12).
    b: u32,
    /// Class C's multiplier (1–12).
    c: u32,
    /// Class D's multiplier (1–12).
    d: u32,
}

/// Licenses in force by risk class.
#[derive(SimpleObject)]
pub struct ClassCounts {
    /// Class A.
    a: u64,
    /// Class B (and enterprises not yet assessed).
    b: u64,
    /// Class C.
    c: u64,
    /// Class D.
    d: u64,
}

/// One county's licenses of one industry and their compulsory tests a year.
pub struct FrequencyPreviewRow(PreviewRow);

/// One county's licenses of one industry in a what-if preview, and their compulsory tests a
/// year under the matrix in force and under the proposed one.
#[Object]
impl FrequencyPreviewRow {
    /// The county (区县).
    async fn county(&self) -> async_graphql::Result<Region> {
        Ok(Region(
            RegionCode::parse(&self.0.county).map_err(|_| async_graphql::Error::new("bad county code"))?,
        ))
    }

    /// The industry's code.
    async fn industry(&self) -> &str {
        &self.0.industry
    }

    /// Licenses in force at the year's start, by their enterprise's class.
    async fn licenses(&self) -> ClassCounts {
        let [a, b, c, d] = self.0.by_class;
        ClassCounts { a, b, c, d }
    }

    /// The same licenses by the class the proposal would give their enterprise (as `licenses`
    /// when the proposal changes no model: `frequencyPreview`).
    async fn licenses_proposed(&self) -> ClassCounts {
        let [a, b, c, d] = self.0.by_class_proposed;
        ClassCounts { a, b, c, d }
    }

    /// Compulsory tests a year under the matrix in force.
    async fn tests_now(&self) -> u64 {
        self.0.tests_now
    }

    /// Compulsory tests a year under the proposed matrix.
    async fn tests_proposed(&self) -> u64 {
        self.0.tests_proposed
    }
}

/// A what-if preview (预览) of a year's compulsory tests: nothing is saved.
pub struct FrequencyPreviewGql(pub FrequencyPreview);

/// A what-if preview (预览) of a year's compulsory tests in an authority's jurisdiction, per
/// county and industry, under the rules in force and a proposal (a frequency matrix, or a
/// province's draft rules); nothing saved.
#[Object(name = "FrequencyPreview")]
impl FrequencyPreviewGql {
    /// The year previewed.
    async fn year(&self) -> i32 {
        self.0.year
    }

    /// Per county and industry, in region then industry order.
    async fn rows(&self) -> Vec<FrequencyPreviewRow> {
        self.0.rows.iter().cloned().map(FrequencyPreviewRow).collect()
    }

    /// Tests a year over the whole jurisdiction under the matrix in force.
    async fn total_now(&self) -> u64 {
        self.0.rows.iter().map(|row| row.tests_now).sum()
    }

    /// Tests a year over the whole jurisdiction under the proposed matrix.
    async fn total_proposed(&self) -> u64 {
        self.0.rows.iter().map(|row| row.tests_proposed).sum()
    }
}
