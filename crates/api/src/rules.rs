//! Provincial implementing rules (省级实施细则) in GraphQL: `setProvincialRules` (a province's
//! leadership; only tightening), `provincialRules` (the settings in force for a place on a day,
//! each beside its national value) and `provincialRuleVersions` (docs/adr/0032).

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{AppError, RulesInForce, SetProvincialRules, StoredVersion};
use oversight_domain::RegionCode;
use oversight_domain::risk::{RiskClass, Thresholds};
use oversight_domain::rules::{ClassFactor, FactorWeight, KeyRegionRules, ProvincialRules, Settings};
use oversight_domain::testing::judgment::rounding::parse_decimal;
use rust_decimal::Decimal;

use crate::error::{ApiError, ResultExt, caller};
use crate::ids::{NodeType, parse_numeric_id};
use crate::registry::region::Region;
use crate::risk::{FrequencyPreviewGql, RiskClassGql, RiskFactorGql};

/// One setting as a rule reads it, beside the national value (the names are those of the
/// input: `deadlines.rectificationDays`, `frequency.C`, `riskWeights.SUSPENSIONS`,
/// `riskThresholds.B`).
#[derive(SimpleObject, Debug, Clone, PartialEq, Eq)]
pub struct RuleSetting {
    /// The setting's name, as `setProvincialRules` and its errors name it.
    name: String,
    /// The value in force (days, working days, a multiplier, points), as exact text.
    value: String,
    /// The national default.
    national_value: String,
    /// Whether the province tightened it.
    tightened: bool,
}

/// Every setting of `settings` beside `national`, in a fixed order.
fn settings_list(settings: &Settings, national: &Settings) -> Vec<RuleSetting> {
    let mut list = Vec::new();
    let mut push = |name: String, value: String, national_value: String| {
        let tightened = value != national_value;
        list.push(RuleSetting { name, value, national_value, tightened });
    };
    for ((name, value), (_, national_value)) in settings.deadlines.named().zip(national.deadlines.named()) {
        push(format!("deadlines.{name}"), value.to_string(), national_value.to_string());
    }
    for class in RiskClass::ALL {
        let text = |settings: &Settings| settings.frequency.factor(*class).to_string();
        push(format!("frequency.{}", class.as_str()), text(settings), text(national));
    }
    for (rule, national_rule) in settings.model.rules.iter().zip(&national.model.rules) {
        push(
            format!("riskWeights.{}", rule.factor.as_str()),
            rule.weight.normalize().to_string(),
            national_rule.weight.normalize().to_string(),
        );
    }
    let (ours, theirs) = (settings.model.thresholds, national.model.thresholds);
    for (class, value, national_value) in
        [("B", ours.b, theirs.b), ("C", ours.c, theirs.c), ("D", ours.d, theirs.d)]
    {
        push(
            format!("riskThresholds.{class}"),
            value.normalize().to_string(),
            national_value.normalize().to_string(),
        );
    }
    let (ours, theirs) = (settings.key_regions, national.key_regions);
    let key_regions = [
        ("passRateBelowPercent", ours.pass_rate_below_percent, theirs.pass_rate_below_percent),
        ("producerRatioFrom", ours.producer_ratio_from, theirs.producer_ratio_from),
        ("counterfeitPerHundredFrom", ours.counterfeit_per_hundred_from, theirs.counterfeit_per_hundred_from),
        ("patrolFactor", Decimal::from(ours.patrol_factor), Decimal::from(theirs.patrol_factor)),
    ];
    for (name, value, national_value) in key_regions {
        push(
            format!("keyRegions.{name}"),
            value.normalize().to_string(),
            national_value.normalize().to_string(),
        );
    }
    list
}

pub struct RulesInForceGql(RulesInForce);

/// The rules in force for a place on a day: its province's implementing rules (实施细则) applied
/// to the national defaults.
#[Object(name = "ProvincialRulesInForce")]
impl RulesInForceGql {
    /// The place asked about.
    async fn region(&self) -> Region {
        Region(self.0.region)
    }

    /// The day asked about.
    async fn on(&self) -> NaiveDate {
        self.0.on
    }

    /// The provincial version in force (省级实施细则), or null: the national defaults apply.
    async fn version(&self) -> Option<i32> {
        self.0.settings.source.map(|(_, version, _)| i32::try_from(version).unwrap_or(i32::MAX))
    }

    /// The first day that version is in force.
    async fn effective_from(&self) -> Option<NaiveDate> {
        self.0.settings.source.map(|(_, _, from)| from)
    }

    /// The risk model's version an assessment here records (`national-2027.1+320000.2`).
    async fn risk_model_version(&self) -> &str {
        &self.0.settings.model.version
    }

    /// Every setting, beside its national value.
    async fn settings(&self) -> Vec<RuleSetting> {
        settings_list(&self.0.settings, &self.0.national)
    }
}

pub struct RuleVersionGql(StoredVersion);

/// One version of a province's implementing rules (省级实施细则).
#[Object(name = "ProvincialRuleVersion")]
impl RuleVersionGql {
    /// The province.
    async fn province(&self) -> Region {
        Region(self.0.version.province)
    }

    /// 1, 2, … in the order the province set them.
    async fn version(&self) -> i32 {
        i32::try_from(self.0.version.version).unwrap_or(i32::MAX)
    }

    /// The first day it is in force.
    async fn effective_from(&self) -> NaiveDate {
        self.0.version.effective_from
    }

    /// Why (the province's document).
    async fn reason(&self) -> &str {
        &self.0.version.reason
    }

    /// Who set it.
    async fn set_by(&self) -> &str {
        &self.0.set_by
    }

    /// When it was set.
    async fn set_at(&self) -> DateTime<Utc> {
        self.0.set_at
    }

    /// The settings this version changes, each with the value it sets and the national value.
    async fn changes(&self) -> Vec<RuleSetting> {
        let national = Settings::national();
        let applied = national.with(&self.0.version);
        settings_list(&applied, &national).into_iter().filter(|setting| setting.tightened).collect()
    }
}

#[derive(Default)]
pub struct RulesQuery;

#[Object]
impl RulesQuery {
    /// The rules in force for a place on a day (today when none): its province's implementing
    /// rules (实施细则) applied to the national defaults. Readable by everyone signed in.
    async fn provincial_rules(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The place: a province, city or county code (320102); 000000 for the nation.")]
        region: String,
        #[graphql(desc = "The day (today when omitted).")] on: Option<NaiveDate>,
    ) -> async_graphql::Result<RulesInForceGql> {
        let (app, principal) = caller(ctx)?;
        let region = RegionCode::parse(&region).map_err(AppError::from).gql_input("region")?;
        app.provincial_rules_in_force(principal, region, on).await.gql().map(RulesInForceGql)
    }

    /// A province's versions of its implementing rules, newest first.
    async fn provincial_rule_versions(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The province's code (320000), or any place in it.")] province: String,
    ) -> async_graphql::Result<Vec<RuleVersionGql>> {
        let (app, principal) = caller(ctx)?;
        let province = RegionCode::parse(&province).map_err(AppError::from).gql_input("province")?;
        let versions = app.provincial_rule_versions(principal, province).await.gql()?;
        Ok(versions.into_iter().map(RuleVersionGql).collect())
    }

    /// What-if (预览) of a province's draft rules: next year's compulsory tests in the
    /// authority's jurisdiction per county and industry, each enterprise reclassed today by the
    /// draft's risk model and tested by its matrix (`licensesProposed`, `testsProposed`), beside
    /// the current classes and the rules in force. Checked as `setProvincialRules` checks a
    /// version; nothing is saved. For supervising officers whose jurisdiction holds the authority.
    async fn rules_preview(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The authority whose jurisdiction is previewed (inside a province).")] authority: ID,
        #[graphql(desc = "The year previewed.")] year: i32,
        #[graphql(desc = "The draft: what the province's rules would change.")]
        rules: ProvincialRulesDraftInput,
    ) -> async_graphql::Result<FrequencyPreviewGql> {
        let authority_id = parse_numeric_id(&authority, NodeType::Authority, "authority")?;
        let (app, principal) = caller(ctx)?;
        let draft = rules.into_rules("rules")?;
        let preview = app.rules_preview(principal, authority_id, year, draft).await.gql_input("rules")?;
        Ok(FrequencyPreviewGql(preview))
    }
}

/// The deadlines a version shortens; each left out keeps the national value.
#[derive(InputObject, Default)]
pub struct DeadlinesInput {
    /// A rectification's (整改) period when the officer sets none, in days (15 to 30).
    rectification_days: Option<u32>,
    /// The longest rectification period an officer may set, in days (15 to 90).
    rectification_max_days: Option<u32>,
    /// The longest extension (延期), in days (1 to 30).
    max_extension_days: Option<u32>,
    /// The working days to decide (受理 or not) an objection (1 to 5).
    objection_decision_working_days: Option<u32>,
    /// The working days to acknowledge (签收) a linkage notice (1 to 2).
    notice_acknowledge_working_days: Option<u32>,
    /// The working days to act on a linkage notice (1 to 10).
    notice_act_working_days: Option<u32>,
    /// The working days to close a linkage notice with proof (1 to 30).
    notice_close_working_days: Option<u32>,
    /// The working days an unlicensed producer is given to apply for a license (督促申请,
    /// 10 to 20).
    unlicensed_apply_working_days: Option<u32>,
    /// The working days to answer a request from the lower tier (1 to 5).
    request_answer_working_days: Option<u32>,
    /// The working days after its period by which a generated report is due to the tier above
    /// (5 to 15).
    report_submit_working_days: Option<u32>,
}

/// A class's multiplier in the frequency matrix (频次矩阵).
#[derive(InputObject)]
pub struct ClassMultiplierInput {
    /// The class.
    class: RiskClassGql,
    /// Its whole multiplier of the plugins' frequencies (at least the national, at most 12).
    multiplier: u32,
}

/// A factor's weight in the risk model.
#[derive(InputObject)]
pub struct FactorWeightInput {
    /// The factor.
    factor: RiskFactorGql,
    /// Points per unit, exact decimal text (at least the national weight, at most `maxWeight`).
    weight: String,
}

/// Where the classes begin (each at most the national, at least the model's `minThresholds`).
#[derive(InputObject)]
pub struct ThresholdsInput {
    /// The least score of class B, exact decimal text.
    b: String,
    /// The least score of class C.
    c: String,
    /// The least score of class D.
    d: String,
}

/// Where a county becomes key (重点地区, docs/adr/0037), tightened; each left out keeps the
/// national value. Decimals as exact text.
#[derive(InputObject)]
pub struct KeyRegionRulesInput {
    /// Key below this pass rate in percent: raised (90 to 100).
    pass_rate_below_percent: Option<String>,
    /// Key from this ratio of known producers to licensed ones: lowered (1.01 to 1.1).
    producer_ratio_from: Option<String>,
    /// Key from this many counterfeiting cases per hundred licensees: lowered (0.01 to 1).
    counterfeit_per_hundred_from: Option<String>,
    /// The multiplier of a key county's patrol visits: raised (2 to 4).
    patrol_factor: Option<u32>,
}

impl KeyRegionRulesInput {
    fn into_rules(self, input: &str) -> Result<KeyRegionRules, ApiError> {
        let parse = |text: Option<String>, name: &str| {
            text.map(|text| decimal(&text, format!("{input}.keyRegions.{name}"))).transpose()
        };
        Ok(KeyRegionRules {
            pass_rate_below_percent: parse(self.pass_rate_below_percent, "passRateBelowPercent")?,
            producer_ratio_from: parse(self.producer_ratio_from, "producerRatioFrom")?,
            counterfeit_per_hundred_from: parse(
                self.counterfeit_per_hundred_from,
                "counterfeitPerHundredFrom",
            )?,
            patrol_factor: self.patrol_factor,
        })
    }
}

/// A version of a province's implementing rules: what it changes and from when.
#[derive(InputObject)]
pub struct SetProvincialRulesInput {
    /// The province's code (320000).
    province: String,
    /// The first day in force: today or later.
    effective_from: NaiveDate,
    /// Why: the province's document (苏市监〔2027〕12号 …).
    reason: String,
    /// Deadlines shortened.
    deadlines: Option<DeadlinesInput>,
    /// Frequency multipliers raised.
    frequency: Option<Vec<ClassMultiplierInput>>,
    /// Risk-model weights raised.
    risk_weights: Option<Vec<FactorWeightInput>>,
    /// Risk-class thresholds lowered.
    risk_thresholds: Option<ThresholdsInput>,
    /// Key-region thresholds tightened.
    key_regions: Option<KeyRegionRulesInput>,
}

fn decimal(text: &str, field: String) -> Result<Decimal, ApiError> {
    parse_decimal(text).map_err(|_| {
        ApiError::new(oversight_app::Code::InvalidProvincialRules, format!("{text:?} is no decimal number"))
            .with_field(field)
    })
}

impl SetProvincialRulesInput {
    fn into_input(self) -> async_graphql::Result<SetProvincialRules> {
        let province = RegionCode::parse(&self.province).map_err(AppError::from).gql_input("input")?;
        let draft = ProvincialRulesDraftInput {
            deadlines: self.deadlines,
            frequency: self.frequency,
            risk_weights: self.risk_weights,
            risk_thresholds: self.risk_thresholds,
            key_regions: self.key_regions,
        };
        Ok(SetProvincialRules {
            province,
            effective_from: self.effective_from,
            rules: draft.into_rules("input")?,
            reason: self.reason,
        })
    }
}

/// A draft of a province's rules, for the what-if (`rulesPreview`): what it would change.
#[derive(InputObject)]
pub struct ProvincialRulesDraftInput {
    /// Deadlines shortened.
    deadlines: Option<DeadlinesInput>,
    /// Frequency multipliers raised.
    frequency: Option<Vec<ClassMultiplierInput>>,
    /// Risk-model weights raised.
    risk_weights: Option<Vec<FactorWeightInput>>,
    /// Risk-class thresholds lowered.
    risk_thresholds: Option<ThresholdsInput>,
    /// Key-region thresholds tightened.
    key_regions: Option<KeyRegionRulesInput>,
}

impl ProvincialRulesDraftInput {
    /// The draft as the domain checks it; `input` names the argument, for error paths.
    fn into_rules(self, input: &str) -> Result<ProvincialRules, ApiError> {
        let d = self.deadlines.unwrap_or_default();
        let deadlines = [
            ("rectificationDays", d.rectification_days),
            ("rectificationMaxDays", d.rectification_max_days),
            ("maxExtensionDays", d.max_extension_days),
            ("objectionDecisionWorkingDays", d.objection_decision_working_days),
            ("noticeAcknowledgeWorkingDays", d.notice_acknowledge_working_days),
            ("noticeActWorkingDays", d.notice_act_working_days),
            ("noticeCloseWorkingDays", d.notice_close_working_days),
            ("unlicensedApplyWorkingDays", d.unlicensed_apply_working_days),
            ("requestAnswerWorkingDays", d.request_answer_working_days),
            ("reportSubmitWorkingDays", d.report_submit_working_days),
        ]
        .into_iter()
        .filter_map(|(name, value)| value.map(|value| (name.to_owned(), value)))
        .collect();
        let frequency = self
            .frequency
            .unwrap_or_default()
            .into_iter()
            .map(|entry| ClassFactor { class: entry.class.into(), factor: entry.multiplier })
            .collect();
        let mut risk_weights = Vec::new();
        for entry in self.risk_weights.unwrap_or_default() {
            let factor: oversight_domain::risk::RiskFactor = entry.factor.into();
            let field = format!("{input}.riskWeights.{}", factor.as_str());
            risk_weights.push(FactorWeight { factor, weight: decimal(&entry.weight, field)? });
        }
        let risk_thresholds = match self.risk_thresholds {
            None => None,
            Some(t) => Some(Thresholds {
                b: decimal(&t.b, format!("{input}.riskThresholds.B"))?,
                c: decimal(&t.c, format!("{input}.riskThresholds.C"))?,
                d: decimal(&t.d, format!("{input}.riskThresholds.D"))?,
            }),
        };
        let key_regions = match self.key_regions {
            None => KeyRegionRules::default(),
            Some(rules) => rules.into_rules(input)?,
        };
        Ok(ProvincialRules { deadlines, frequency, risk_weights, risk_thresholds, key_regions })
    }
}

#[derive(Default)]
pub struct RulesMutation;

#[Object]
impl RulesMutation {
    /// Sets a version of a province's implementing rules (省级实施细则): the province's head or
    /// leader in charge. A province only tightens: a looser value is refused with the national
    /// value in the error (`RULE_LOOSENS_NATIONAL`), and nothing is written. In force from
    /// `effectiveFrom` for every deadline fixed, assessment made and schedule read from then on.
    async fn set_provincial_rules(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The version: province, first day, reason and what it changes.")]
        input: SetProvincialRulesInput,
    ) -> async_graphql::Result<RuleVersionGql> {
        let (app, principal) = caller(ctx)?;
        let input = input.into_input()?;
        app.set_provincial_rules(principal, input).await.gql_input("input").map(RuleVersionGql)
    }
}
