//! Industries (行业) and their plugin profiles in GraphQL, the judgment dry run
//! (`judgePreview`) and the plugin status for operators. Profiles live in memory
//! (loaded at start), so none of this costs SQL.

use std::collections::BTreeMap;

use async_graphql::{Context, InputObject, Json, Object, SimpleObject};
use chrono::NaiveDate;
use oversight_app::IndustryProfile;
use oversight_app::PluginStatus;
use oversight_app::{ProfileRounding, ProfileVerdictMode};
use oversight_domain::industry::IndustrySource;
use oversight_domain::testing::judgment::{
    AppliedLimit, Coverage, ItemVerdict, JudgeRequest, LimitSource, MeasuredResult, Verdict,
};
use serde::Serialize;

use crate::enums::{
    ComparisonMethodGql, ConclusionGql, IndustrySourceKindGql, LimitSourceKindGql, OutcomeGql,
    RoundingUnitGql, SeverityGql, StandardNatureGql, VerdictModeKindGql,
};
use crate::error::{ApiError, ResultExt, caller};

/// An industry as the catalogue declares it (or the unknown placeholder of a stored code).
pub struct Industry(pub oversight_domain::industry::Industry);

/// An industry under the production-license system (行业): what it declares (license categories,
/// product units), where the declaration comes from, and the profile of the plugin serving it.
#[Object]
impl Industry {
    /// Stable code, e.g. "wire-cable".
    async fn code(&self) -> &str {
        &self.0.code
    }

    /// Chinese name, e.g. 电线电缆; the code itself for an unknown industry.
    async fn name_zh(&self) -> &str {
        &self.0.name_zh
    }

    /// English name, e.g. "Wires and cables"; the code itself for an unknown industry.
    async fn name_en(&self) -> &str {
        &self.0.name_en
    }

    /// One of the seven key industries of §三 (重点行业).
    async fn key_industry(&self) -> bool {
        self.0.key_industry
    }

    /// The license categories (许可证类别) its license numbers carry, e.g. "06-001" for
    /// XK06-001-…; `issueLicense` refuses a number in any other. Empty when the declaration names
    /// none (a plugin older than the field): the category is then not checked.
    async fn license_categories(&self) -> Vec<LicenseCategoryGql> {
        self.0
            .license_categories
            .iter()
            .map(|declared| LicenseCategoryGql {
                code: declared.code.to_string(),
                needs_verification: declared.needs_verification,
            })
            .collect()
    }

    /// The product units (产品单元) a license may be issued for; `issueLicense` refuses any other.
    /// Empty: no license can be issued in this industry.
    async fn product_units(&self) -> &[String] {
        &self.0.product_units
    }

    /// Where the declaration comes from: a plugin (id and version), the catalogue file shipped
    /// with the server, or nothing any more (a code stored on an older record).
    async fn source(&self) -> IndustrySourceGql {
        let (plugin_id, plugin_version) = match &self.0.source {
            IndustrySource::Plugin { id, version } => (Some(id.clone()), Some(version.clone())),
            IndustrySource::CatalogueFile | IndustrySource::Unknown => (None, None),
        };
        IndustrySourceGql { kind: self.0.source.kind().into(), plugin_id, plugin_version }
    }

    /// The unified testing profile (统一检验规范) of the plugin serving this
    /// industry; null when no plugin does.
    async fn profile(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Profile>> {
        let (app, principal) = caller(ctx)?;
        Ok(app.industry_profile(principal, &self.0.code).gql()?.map(Profile))
    }
}

/// A license category an industry declares (许可证类别).
#[derive(SimpleObject)]
#[graphql(name = "LicenseCategory")]
pub struct LicenseCategoryGql {
    /// The two-digit product category ("13", any unit) or the category and its three-digit unit
    /// ("06-001") of the license number XK06-001-00123.
    code: String,
    /// Taken from secondary sources, not yet checked against the official product catalogue.
    needs_verification: bool,
}

/// Where an industry's declaration comes from.
#[derive(SimpleObject)]
#[graphql(name = "IndustrySource")]
pub struct IndustrySourceGql {
    /// A plugin, the shipped catalogue file, or unknown.
    kind: IndustrySourceKindGql,
    /// The plugin's id, when a plugin declares the industry.
    plugin_id: Option<String>,
    /// The version of the plugin currently serving the industry.
    plugin_version: Option<String>,
}

/// A plugin's industry profile.
pub struct Profile(pub IndustryProfile);

/// Serialises a value of the profile for a JSON field.
fn json<T: Serialize>(value: &T) -> Json<serde_json::Value> {
    Json(serde_json::to_value(value).unwrap_or(serde_json::Value::Null))
}

/// The unified testing profile (统一检验规范) a plugin declares for its industry: standards,
/// test items and their requirements, testing frequency and patrol checklist.
#[Object]
impl Profile {
    /// The plugin's id (= the industry code).
    async fn plugin_id(&self) -> &str {
        &self.0.id
    }

    /// Semantic version of the plugin.
    async fn version(&self) -> &str {
        &self.0.version
    }

    /// License product units (产品单元) it covers.
    async fn license_product_units(&self) -> &[String] {
        &self.0.license_product_units
    }

    /// How item outcomes make the overall verdict: any failed item fails the
    /// product, or the type-test mode (A=0, B≤1, B+C≤3).
    async fn verdict_mode(&self) -> VerdictModeGql {
        VerdictModeGql::from(self.0.verdict_mode)
    }

    /// The standards and their editions; the edition in force on the sampling date applies.
    async fn standards(&self) -> async_graphql::Result<Vec<StandardGql>> {
        let mut standards = Vec::with_capacity(self.0.standards.len());
        for standard in &self.0.standards {
            let mut editions = Vec::with_capacity(standard.editions.len());
            for edition in &standard.editions {
                editions.push(EditionGql {
                    edition: edition.edition.clone(),
                    effective_from: profile_date(&edition.effective_from)?,
                    effective_until: edition.effective_until.as_deref().map(profile_date).transpose()?,
                    needs_verification: edition.needs_verification,
                });
            }
            standards.push(StandardGql {
                code: standard.code.clone(),
                title_zh: standard.title_zh.clone(),
                nature: standard.nature.into(),
                needs_verification: standard.needs_verification,
                editions,
            });
        }
        Ok(standards)
    }

    /// Extra patrol (巡查) checklist items of this industry.
    async fn checklist(&self) -> Vec<ChecklistItemGql> {
        self.0
            .checklist
            .iter()
            .map(|item| ChecklistItemGql {
                code: item.code.clone(),
                text_zh: item.text_zh.clone(),
                text_en: item.text_en.clone(),
                basis: item.basis.clone(),
                needs_verification: item.needs_verification,
                self_inspection: item.self_inspection,
            })
            .collect()
    }

    /// Compulsory testing frequency per test scope (检验范围): each scope is scheduled on its
    /// own in `dueTests`, and `openTestingTask` takes one (`testScope`).
    async fn testing_frequency(&self) -> Vec<FrequencyGql> {
        self.0
            .testing_frequency
            .iter()
            .map(|f| FrequencyGql {
                risk_class: f.risk_class.clone(),
                times_per_year: f.times_per_year,
                increased_times_per_year: f.increased_times_per_year,
                covers: f.covers.clone(),
                basis: f.basis.clone(),
                needs_verification: f.needs_verification,
            })
            .collect()
    }

    /// Days the enterprise has to object to a failing verdict (复检申请): the law's 15 days, the
    /// same for every industry (a plugin cannot set the window), ending on a working day.
    async fn objection_window_days(&self) -> u32 {
        oversight_domain::testing::supervision::OBJECTION_WINDOW_DAYS
    }

    /// Product variants (grades, types) requirements are written for.
    async fn variants(&self) -> Vec<VariantGql> {
        self.0
            .variants
            .iter()
            .map(|v| VariantGql {
                code: v.code.clone(),
                name_zh: v.name_zh.clone(),
                name_en: v.name_en.clone(),
            })
            .collect()
    }

    /// The test items with their requirement per variant.
    async fn test_items(&self) -> Vec<TestItemGql> {
        self.0
            .items
            .iter()
            .map(|item| TestItemGql {
                code: item.code.clone(),
                name_zh: item.name_zh.clone(),
                name_en: item.name_en.clone(),
                unit: item.unit.clone(),
                method_standard: item.method_standard.clone(),
                standard: item.standard.clone(),
                severity: item.severity.into(),
                retestable: item.retestable,
                comparison: item.comparison.into(),
                rounding: item.rounding.map(RoundingGql::from),
                needs_verification: item.needs_verification
                    || item.requirements.iter().any(|r| r.needs_verification),
                requirements: json(&item.requirements),
            })
            .collect()
    }

    /// How many values of the profile are flagged as not yet confirmed from the
    /// standard text (items, requirements, table rows, editions …).
    async fn unverified_values(&self) -> usize {
        count_unverified(&serde_json::to_value(&self.0).unwrap_or_default())
    }

    /// The plugin author's notes on the profile (sources, open questions).
    async fn notes(&self) -> &[String] {
        &self.0.notes
    }

    /// The whole profile as the plugin declares it.
    async fn document(&self) -> Json<serde_json::Value> {
        json(&self.0)
    }
}

/// A date of the profile file (`YYYY-MM-DD`). The plugin host checked every date when it
/// loaded the plugin, so a failure here is a server fault, reported rather than panicking.
fn profile_date(text: &str) -> async_graphql::Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
        ApiError::new(
            oversight_app::Code::Internal,
            format!("plugin profile date {text:?} is not YYYY-MM-DD"),
        )
        .into()
    })
}

fn count_unverified(value: &serde_json::Value) -> usize {
    match value {
        serde_json::Value::Object(map) => {
            usize::from(map.get("needs_verification") == Some(&serde_json::Value::Bool(true)))
                + map.values().map(count_unverified).sum::<usize>()
        }
        serde_json::Value::Array(items) => items.iter().map(count_unverified).sum(),
        _ => 0,
    }
}

/// A standard (标准) a profile's requirements are written against, with its editions.
#[derive(SimpleObject)]
#[graphql(name = "Standard")]
pub struct StandardGql {
    /// Code without year, e.g. "GB/T 3956".
    pub code: String,
    /// Chinese title.
    pub title_zh: String,
    /// Mandatory (GB) or recommended (GB/T).
    pub nature: StandardNatureGql,
    /// The standard rests on a value not yet confirmed from its text.
    pub needs_verification: bool,
    /// The editions the plugin encodes; the one in force on the sampling date applies.
    pub editions: Vec<EditionGql>,
}

/// One edition (版本) of a standard and the period it is in force.
#[derive(SimpleObject)]
#[graphql(name = "StandardEdition")]
pub struct EditionGql {
    /// Full designation with year, e.g. "GB/T 3956-2008".
    pub edition: String,
    /// First day in force.
    pub effective_from: NaiveDate,
    /// The day the next edition replaced it (no longer in force from then); null while in force.
    pub effective_until: Option<NaiveDate>,
    /// The dates rest on a value not yet confirmed.
    pub needs_verification: bool,
}

/// An extra patrol (巡查) checklist item of an industry.
#[derive(SimpleObject)]
#[graphql(name = "ChecklistItem")]
pub struct ChecklistItemGql {
    /// Stable code of the item within the industry.
    pub code: String,
    /// What to check, in Chinese.
    pub text_zh: String,
    /// What to check, in English, where the plugin gives it.
    pub text_en: Option<String>,
    /// The clause the item rests on.
    pub basis: String,
    /// The item rests on a clause not yet confirmed.
    pub needs_verification: bool,
    /// The enterprise also answers the item in its self-inspection report (自查报告) of the
    /// annual review.
    pub self_inspection: bool,
}

/// How often one test scope (检验范围) is tested (检验频次).
#[derive(SimpleObject)]
#[graphql(name = "TestingFrequency")]
pub struct FrequencyGql {
    /// The test scope's name (e.g. `a_class_items`, `full_type_test`), given as `testScope` to
    /// `openTestingTask`.
    pub risk_class: String,
    /// Tests a year of this scope.
    pub times_per_year: u32,
    /// 增加频次 (§二(四)): tests a year for an enterprise with a failing final verdict in the last
    /// 12 months; null when the plugin declares none (the normal frequency applies).
    pub increased_times_per_year: Option<u32>,
    /// The other scopes a sample of this scope also satisfies (the full type test covers the
    /// A-class items).
    pub covers: Vec<String>,
    /// The rule or clause the frequency rests on.
    pub basis: Option<String>,
    /// The frequency rests on a value not yet confirmed.
    pub needs_verification: bool,
}

/// A product variant (产品型号/等级) requirements are written for.
#[derive(SimpleObject)]
#[graphql(name = "ProductVariant")]
pub struct VariantGql {
    /// Code as the plugin names it, given as `variant` when sampling.
    pub code: String,
    /// Chinese name.
    pub name_zh: String,
    /// English name, where the plugin gives it.
    pub name_en: Option<String>,
}

/// A test item (检验项目) of a profile, with its requirement per variant.
#[derive(SimpleObject)]
#[graphql(name = "TestItem")]
pub struct TestItemGql {
    /// Stable code of the item, as results name it.
    pub code: String,
    /// Chinese name.
    pub name_zh: String,
    /// English name.
    pub name_en: String,
    /// The unit results are reported in.
    pub unit: String,
    /// The standard of the test method (检验方法标准).
    pub method_standard: String,
    /// The standard the requirement comes from.
    pub standard: String,
    /// Importance class: A, B or C.
    pub severity: SeverityGql,
    /// False where a retest is meaningless (e.g. a cable's voltage test).
    pub retestable: bool,
    /// How a result is compared with the limit (GB/T 8170).
    pub comparison: ComparisonMethodGql,
    /// Where a result is rounded for rounded-value comparison; null when the limit's own last
    /// digit decides.
    pub rounding: Option<RoundingGql>,
    /// The item, or one of its requirements, rests on a value not yet confirmed.
    pub needs_verification: bool,
    /// The rule per variant (min, max, range, tolerance, table, custom …).
    pub requirements: Json<serde_json::Value>,
}

/// A declared value (明示值) of the sample.
#[derive(InputObject)]
pub struct DeclaredValueInput {
    /// Code of the test item the value is declared for.
    pub item: String,
    /// Decimal text, e.g. "2.5".
    pub value: String,
}

/// A test condition of a result, e.g. the conductor temperature.
#[derive(InputObject)]
pub struct ConditionInput {
    /// Name of the condition, as the item's plugin names it.
    pub name: String,
    /// Its value, as text (decimal text for numbers).
    pub value: String,
}

/// A measured result: decimal text (never a float) and its unit.
#[derive(InputObject)]
pub struct ResultInput {
    /// Code of the test item.
    pub item: String,
    /// The measured value as decimal text, or the item's word result (e.g. "no_breakdown").
    pub value: String,
    /// The unit of the value; must be the item's unit.
    pub unit: String,
    /// The test conditions, where the item needs them (e.g. the conductor temperature).
    #[graphql(default)]
    pub conditions: Vec<ConditionInput>,
}

/// An item the laboratory did not test, and why (样品不足, 设备故障 …): the verdict is then
/// NOT_JUDGEABLE, never passing.
#[derive(InputObject)]
pub struct NotTestedInput {
    /// Code of the test item not tested.
    pub item: String,
    /// Why the item was not tested (1 to 500 characters).
    pub reason: String,
}

/// A judgment to preview.
#[derive(InputObject)]
pub struct JudgePreviewInput {
    /// Industry code, e.g. "wire-cable".
    pub industry: String,
    /// Product variant (grade or type) as the profile names it.
    pub variant: String,
    /// Picks the standard editions in force.
    pub sampling_date: NaiveDate,
    /// The sample's declared values (明示值).
    #[graphql(default)]
    pub declared: Vec<DeclaredValueInput>,
    /// Recommended (GB/T) standards the enterprise declares as its executive standard (执行标准).
    #[graphql(default)]
    pub declared_standards: Vec<String>,
    /// The measured results to judge.
    pub results: Vec<ResultInput>,
    /// Items not tested, with their reasons, as a submission would state them.
    #[graphql(default)]
    pub not_tested: Vec<NotTestedInput>,
}

/// A verdict with its provenance: plugin, version, editions and engine.
pub struct VerdictGql(pub Verdict);

/// A verdict (检验结论) with its provenance: the plugin and version that judged it, the
/// engine, the standard editions applied, and the judgment of every item.
#[Object(name = "Verdict")]
impl VerdictGql {
    /// Industry code of the sample.
    async fn industry(&self) -> &str {
        &self.0.industry
    }
    /// The plugin that judged it.
    async fn plugin_id(&self) -> &str {
        &self.0.plugin_id
    }
    /// The plugin's version when it judged.
    async fn plugin_version(&self) -> &str {
        &self.0.plugin_version
    }
    /// The judgment engine's version.
    async fn engine_version(&self) -> &str {
        &self.0.engine_version
    }
    /// Product variant (grade or type) judged.
    async fn variant(&self) -> &str {
        &self.0.variant
    }
    /// The sampling date; it picks the standard editions in force.
    async fn sampling_date(&self) -> NaiveDate {
        self.0.sampling_date
    }
    /// The edition of each standard that applied.
    async fn editions(&self) -> Vec<AppliedEdition> {
        self.0
            .editions
            .iter()
            .map(|(standard, edition)| AppliedEdition {
                standard: standard.clone(),
                edition: edition.clone(),
            })
            .collect()
    }
    /// The overall conclusion.
    async fn conclusion(&self) -> ConclusionGql {
        self.0.conclusion.into()
    }
    /// The conclusion as printed on the report, in Chinese.
    async fn conclusion_zh(&self) -> &str {
        &self.0.conclusion_zh
    }
    /// An A-class item failed (serious nonconformity).
    async fn serious(&self) -> bool {
        self.0.serious
    }
    /// Items that passed.
    async fn n_pass(&self) -> u32 {
        self.0.n_pass
    }
    /// Items that failed.
    async fn n_fail(&self) -> u32 {
        self.0.n_fail
    }
    /// Items that could not be judged (the explanation of each says why).
    async fn n_not_judged(&self) -> u32 {
        self.0.n_not_judged
    }
    /// Items the laboratory declared not tested (each with its reason in `items`).
    async fn n_not_tested(&self) -> u32 {
        self.0.n_not_tested
    }
    /// Items the variant's profile requires on the sampling date that were neither reported nor
    /// declared not tested. A submission with any is refused (MISSING_ITEMS); `judgePreview`
    /// lists them and concludes NOT_JUDGEABLE (unless an item failed).
    async fn missing_items(&self) -> &[String] {
        &self.0.missing_items
    }
    /// The judgment of every item, explained.
    async fn items(&self) -> Vec<ItemVerdictGql> {
        self.0.items.iter().cloned().map(ItemVerdictGql).collect()
    }
}

/// The edition of a standard that applied to a sample.
#[derive(SimpleObject)]
pub struct AppliedEdition {
    /// Standard code without year, e.g. "GB/T 3956".
    pub standard: String,
    /// The edition in force on the sampling date, e.g. "GB/T 3956-2008".
    pub edition: String,
}

/// One item's outcome, explained.
pub struct ItemVerdictGql(pub ItemVerdict);

/// The judgment of one test item (单项判定), explained.
#[Object(name = "ItemVerdict")]
impl ItemVerdictGql {
    /// Code of the test item.
    async fn code(&self) -> &str {
        &self.0.code
    }
    /// Chinese name of the item.
    async fn name_zh(&self) -> &str {
        &self.0.name_zh
    }
    /// Importance class: A, B or C.
    async fn severity(&self) -> SeverityGql {
        self.0.severity.into()
    }
    /// Whether the item may be retested (复检) on the backup portion.
    async fn retestable(&self) -> bool {
        self.0.retestable
    }
    /// PASS, FAIL, NOT_JUDGED (the explanation says why) or NOT_TESTED (the explanation
    /// carries the laboratory's reason).
    async fn outcome(&self) -> OutcomeGql {
        self.0.outcome.into()
    }
    /// The result as submitted.
    async fn measured(&self) -> &str {
        &self.0.measured
    }
    /// The unit of the result.
    async fn unit(&self) -> &str {
        &self.0.unit
    }
    /// The value compared (after any correction, e.g. to 20 °C), exact decimal text.
    async fn value_judged(&self) -> Option<String> {
        self.0.value_judged.map(|d| d.to_string())
    }
    /// The GB/T 8170 rounded value, when the item compares rounded values.
    async fn rounded_value(&self) -> Option<String> {
        self.0.rounded_value.map(|d| d.to_string())
    }
    /// How the value was compared with the limit (GB/T 8170).
    async fn method(&self) -> ComparisonMethodGql {
        self.0.method.into()
    }
    /// The limit applied (判定限值): a minimum, a maximum or the allowed values; null when no
    /// requirement applied.
    async fn limit(&self) -> Option<AppliedLimitGql> {
        self.0.limit.as_ref().map(AppliedLimitGql::from)
    }
    /// Where the limit came from: a standard edition, the declaration, or plugin code; null
    /// when no limit applied.
    async fn limit_source(&self) -> Option<LimitSourceGql> {
        self.0.limit_source.as_ref().map(LimitSourceGql::from)
    }
    /// The limit rests on a value not yet confirmed from the standard text.
    async fn needs_verification(&self) -> bool {
        self.0.needs_verification
    }
    /// One sentence saying why.
    async fn explanation(&self) -> &str {
        &self.0.explanation
    }
}

/// Where a result is rounded before it is compared (数值修约, GB/T 8170).
#[derive(SimpleObject)]
#[graphql(name = "Rounding")]
pub struct RoundingGql {
    /// Places after the decimal point; negative for tens, hundreds ….
    pub decimals: i32,
    /// The rounding interval at that place.
    pub unit: RoundingUnitGql,
}

impl From<ProfileRounding> for RoundingGql {
    fn from(rounding: ProfileRounding) -> Self {
        RoundingGql { decimals: rounding.decimals, unit: rounding.unit.into() }
    }
}

/// The limit applied to one item (判定限值). Decimal values are exact decimal text.
#[derive(SimpleObject)]
#[graphql(name = "AppliedLimit")]
pub struct AppliedLimitGql {
    /// The lowest value that passes; null when there is no minimum.
    pub min: Option<String>,
    /// The highest value that passes; null when there is no maximum.
    pub max: Option<String>,
    /// The results that pass for an item judged by words (e.g. "no_breakdown"); empty otherwise.
    pub allowed: Vec<String>,
}

impl From<&AppliedLimit> for AppliedLimitGql {
    fn from(limit: &AppliedLimit) -> Self {
        AppliedLimitGql {
            min: limit.min.map(|d| d.to_string()),
            max: limit.max.map(|d| d.to_string()),
            allowed: limit.allowed.clone(),
        }
    }
}

/// Where an applied limit came from (限值来源); the fields that do not belong to `kind` are null.
#[derive(SimpleObject)]
#[graphql(name = "LimitSource")]
pub struct LimitSourceGql {
    /// A standard edition, the enterprise's declared value, or a plugin function.
    pub kind: LimitSourceKindGql,
    /// STANDARD and PLUGIN_FUNCTION: the standard's code, e.g. "GB/T 3956".
    pub standard: Option<String>,
    /// STANDARD and PLUGIN_FUNCTION: the edition in force, e.g. "GB/T 3956-2008".
    pub edition: Option<String>,
    /// STANDARD: whether the standard is mandatory or recommended.
    pub nature: Option<StandardNatureGql>,
    /// DECLARED: the declared value (明示值), exact decimal text.
    pub declared_value: Option<String>,
    /// PLUGIN_FUNCTION: the plugin function that computed the bounds.
    pub function: Option<String>,
}

impl From<&LimitSource> for LimitSourceGql {
    fn from(source: &LimitSource) -> Self {
        let empty = |kind| LimitSourceGql {
            kind,
            standard: None,
            edition: None,
            nature: None,
            declared_value: None,
            function: None,
        };
        match source {
            LimitSource::Standard { code, edition, nature } => LimitSourceGql {
                standard: Some(code.clone()),
                edition: Some(edition.clone()),
                nature: Some((*nature).into()),
                ..empty(LimitSourceKindGql::Standard)
            },
            LimitSource::Declared { value } => LimitSourceGql {
                declared_value: Some(value.to_string()),
                ..empty(LimitSourceKindGql::Declared)
            },
            LimitSource::PluginFunction { function, code, edition } => LimitSourceGql {
                standard: Some(code.clone()),
                edition: Some(edition.clone()),
                function: Some(function.clone()),
                ..empty(LimitSourceKindGql::PluginFunction)
            },
        }
    }
}

/// How a profile's item outcomes make the overall verdict (判定规则).
#[derive(SimpleObject)]
#[graphql(name = "VerdictMode")]
pub struct VerdictModeGql {
    /// Any failed item fails the product, or the type-test rule.
    pub kind: VerdictModeKindGql,
    /// TYPE_TEST: A-class failures allowed (0 in practice); null otherwise.
    pub max_a: Option<u32>,
    /// TYPE_TEST: B-class failures allowed; null otherwise.
    pub max_b: Option<u32>,
    /// TYPE_TEST: B- and C-class failures allowed together; null otherwise.
    pub max_b_plus_c: Option<u32>,
}

impl From<ProfileVerdictMode> for VerdictModeGql {
    fn from(mode: ProfileVerdictMode) -> Self {
        match mode {
            ProfileVerdictMode::AnyFail => VerdictModeGql {
                kind: VerdictModeKindGql::AnyFail,
                max_a: None,
                max_b: None,
                max_b_plus_c: None,
            },
            ProfileVerdictMode::TypeTest { max_a, max_b, max_b_plus_c } => VerdictModeGql {
                kind: VerdictModeKindGql::TypeTest,
                max_a: Some(max_a),
                max_b: Some(max_b),
                max_b_plus_c: Some(max_b_plus_c),
            },
        }
    }
}

/// A plugin file the server looked at.
#[derive(SimpleObject)]
#[graphql(name = "PluginFile")]
pub struct PluginFileGql {
    /// The file name in the plugin directory.
    pub file: String,
    /// The industry the plugin serves, when its manifest could be read.
    pub industry: Option<String>,
    /// The plugin's version, when its manifest could be read.
    pub version: Option<String>,
    /// SHA-256 of the file, hex.
    pub sha256: Option<String>,
    /// Listed in plugins.lock with this digest.
    pub pinned: bool,
    /// This version is its industry's current one: new testing tasks are sampled under it.
    /// Older versions stay loaded beside it while their tasks may still be judged.
    pub current: bool,
    /// Testing tasks sampled under this version that may still be judged — awaiting results, an
    /// objection decision or a retest, or a failing verdict still open to objection. The version
    /// cannot be removed while this is above zero (the server refuses to start without it).
    pub open_tasks: u64,
    /// Why it was refused (e.g. UNPINNED, ABI_VERSION, BAD_MANIFEST); null when loaded.
    pub refusal_code: Option<String>,
    /// Why it was refused, in words; null when loaded.
    pub refusal: Option<String>,
}

impl From<PluginStatus> for PluginFileGql {
    fn from(status: PluginStatus) -> Self {
        let (refusal_code, refusal) = match status.refusal {
            Some((code, message)) => (Some(code), Some(message)),
            None => (None, None),
        };
        PluginFileGql {
            file: status.file,
            industry: status.industry,
            version: status.version,
            sha256: status.sha256,
            pinned: status.pinned,
            current: status.current,
            open_tasks: status.open_tasks,
            refusal_code,
            refusal,
        }
    }
}

#[derive(Default)]
pub struct IndustryQuery;

#[Object]
impl IndustryQuery {
    /// The industries under license, built at start-up from the loaded plugins and the catalogue
    /// file shipped with the server; each with its plugin profile when one is loaded.
    async fn industries(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Industry>> {
        let (app, principal) = caller(ctx)?;
        Ok(app.industries(principal).gql()?.into_iter().map(Industry).collect())
    }

    /// One industry by code.
    async fn industry(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Industry code, e.g. \"wire-cable\".")] code: String,
    ) -> async_graphql::Result<Option<Industry>> {
        let (app, principal) = caller(ctx)?;
        Ok(app.industry(principal, &code).gql()?.map(Industry))
    }

    /// A dry run of unified compulsory testing: judges the results with the
    /// industry's plugin and the edition in force on the sampling date. Stores nothing.
    /// Judged as a sample: required items neither reported nor declared not tested are listed
    /// in `missingItems` (not refused, as a submission would be) and leave the verdict
    /// NOT_JUDGEABLE unless an item failed.
    async fn judge_preview(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The sample and the results to judge.")] input: JudgePreviewInput,
    ) -> async_graphql::Result<VerdictGql> {
        let request = JudgeRequest {
            industry: input.industry,
            variant: input.variant,
            sampling_date: input.sampling_date,
            declared: input.declared.into_iter().map(|d| (d.item, d.value)).collect(),
            declared_standards: input.declared_standards,
            results: input
                .results
                .into_iter()
                .map(|r| {
                    let conditions: BTreeMap<String, String> =
                        r.conditions.into_iter().map(|c| (c.name, c.value)).collect();
                    (r.item, MeasuredResult { value: r.value, unit: r.unit, conditions })
                })
                .collect(),
            not_tested: input.not_tested.into_iter().map(|n| (n.item, n.reason)).collect(),
            coverage: Coverage::RequiredItems,
        };
        let (app, principal) = caller(ctx)?;
        Ok(VerdictGql(app.judge_preview(principal, &request).gql_input("input")?))
    }

    /// Plugin files loaded and refused (plugin administrators and the national authority).
    async fn plugin_files(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<PluginFileGql>> {
        let (app, principal) = caller(ctx)?;
        Ok(app.plugin_status(principal).await.gql()?.into_iter().map(PluginFileGql::from).collect())
    }
}
