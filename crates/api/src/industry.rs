//! Industries (行业) and their plugin profiles in GraphQL, the judgment dry run
//! (`judgePreview`) and the plugin status for operators. Profiles live in memory
//! (loaded at start), so none of this costs SQL.

use std::collections::BTreeMap;

use async_graphql::{Context, Enum, InputObject, Json, Object, SimpleObject};
use chrono::NaiveDate;
use oversight_app::IndustryProfile;
use oversight_app::PluginStatus;
use oversight_domain::testing::judgment::{
    Conclusion, Coverage, ItemVerdict, JudgeRequest, MeasuredResult, Verdict,
};
use serde::Serialize;

use crate::error::{ResultExt, caller};

/// An industry under the production-license system, with the profile of the
/// plugin that serves it (test items, limits, checklist, frequency) if any.
pub struct Industry {
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
    pub key_industry: bool,
}

impl Industry {
    pub fn from_catalogue(entry: &oversight_domain::industry::Industry) -> Industry {
        Industry {
            code: entry.code.to_owned(),
            name_zh: entry.name_zh.to_owned(),
            name_en: entry.name_en.to_owned(),
            key_industry: entry.key_industry,
        }
    }
}

#[Object]
impl Industry {
    /// Stable code, e.g. "wire-cable".
    async fn code(&self) -> &str {
        &self.code
    }

    async fn name_zh(&self) -> &str {
        &self.name_zh
    }

    async fn name_en(&self) -> &str {
        &self.name_en
    }

    /// One of the seven key industries of §三 (重点行业).
    async fn key_industry(&self) -> bool {
        self.key_industry
    }

    /// The unified testing profile (统一检验规范) of the plugin serving this
    /// industry; null when no plugin does.
    async fn profile(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Profile>> {
        let (app, principal) = caller(ctx)?;
        Ok(app.industry(principal, &self.code).gql()?.and_then(|view| view.profile).map(Profile))
    }
}

/// A plugin's industry profile.
pub struct Profile(pub IndustryProfile);

/// Serialises a value of the profile for a JSON field.
fn json<T: Serialize>(value: &T) -> Json<serde_json::Value> {
    Json(serde_json::to_value(value).unwrap_or(serde_json::Value::Null))
}

/// The string form a serde enum takes in the profile file (e.g. "rounded_value").
fn name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(text)) => text,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

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
    async fn verdict_mode(&self) -> Json<serde_json::Value> {
        json(&self.0.verdict_mode)
    }

    /// The standards and their editions; the edition in force on the sampling date applies.
    async fn standards(&self) -> Vec<StandardGql> {
        self.0
            .standards
            .iter()
            .map(|standard| StandardGql {
                code: standard.code.clone(),
                title_zh: standard.title_zh.clone(),
                nature: name(&standard.nature),
                needs_verification: standard.needs_verification,
                editions: standard
                    .editions
                    .iter()
                    .map(|edition| EditionGql {
                        edition: edition.edition.clone(),
                        effective_from: edition.effective_from.clone(),
                        effective_until: edition.effective_until.clone(),
                        needs_verification: edition.needs_verification,
                    })
                    .collect(),
            })
            .collect()
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
                severity: name(&item.severity),
                retestable: item.retestable,
                comparison: name(&item.comparison),
                rounding: item.rounding.as_ref().map(json),
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

    async fn notes(&self) -> &[String] {
        &self.0.notes
    }

    /// The whole profile as the plugin declares it.
    async fn document(&self) -> Json<serde_json::Value> {
        json(&self.0)
    }
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

#[derive(SimpleObject)]
#[graphql(name = "Standard")]
pub struct StandardGql {
    pub code: String,
    pub title_zh: String,
    /// "mandatory" (GB) or "recommended" (GB/T).
    pub nature: String,
    pub needs_verification: bool,
    pub editions: Vec<EditionGql>,
}

#[derive(SimpleObject)]
#[graphql(name = "StandardEdition")]
pub struct EditionGql {
    pub edition: String,
    pub effective_from: String,
    pub effective_until: Option<String>,
    pub needs_verification: bool,
}

#[derive(SimpleObject)]
#[graphql(name = "ChecklistItem")]
pub struct ChecklistItemGql {
    pub code: String,
    pub text_zh: String,
    pub text_en: Option<String>,
    /// The clause the item rests on.
    pub basis: String,
    pub needs_verification: bool,
}

#[derive(SimpleObject)]
#[graphql(name = "TestingFrequency")]
pub struct FrequencyGql {
    /// The test scope's name (e.g. `a_class_items`, `full_type_test`), given as `testScope` to
    /// `openTestingTask`.
    pub risk_class: String,
    pub times_per_year: u32,
    /// 增加频次 (§二(四)): tests a year for an enterprise with a failing final verdict in the last
    /// 12 months; null when the plugin declares none (the normal frequency applies).
    pub increased_times_per_year: Option<u32>,
    /// The other scopes a sample of this scope also satisfies (the full type test covers the
    /// A-class items).
    pub covers: Vec<String>,
    pub basis: Option<String>,
    pub needs_verification: bool,
}

#[derive(SimpleObject)]
#[graphql(name = "ProductVariant")]
pub struct VariantGql {
    pub code: String,
    pub name_zh: String,
    pub name_en: Option<String>,
}

#[derive(SimpleObject)]
#[graphql(name = "TestItem")]
pub struct TestItemGql {
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
    pub unit: String,
    pub method_standard: String,
    pub standard: String,
    /// A, B or C.
    pub severity: String,
    /// False where a retest is meaningless (e.g. a cable's voltage test).
    pub retestable: bool,
    /// GB/T 8170: "rounded_value" (修约值比较法) or "whole_value" (全数值比较法).
    pub comparison: String,
    pub rounding: Option<Json<serde_json::Value>>,
    /// The item, or one of its requirements, rests on a value not yet confirmed.
    pub needs_verification: bool,
    /// The rule per variant (min, max, range, tolerance, table, custom …).
    pub requirements: Json<serde_json::Value>,
}

/// A declared value (明示值) of the sample.
#[derive(InputObject)]
pub struct DeclaredValueInput {
    pub item: String,
    /// Decimal text, e.g. "2.5".
    pub value: String,
}

/// A test condition of a result, e.g. the conductor temperature.
#[derive(InputObject)]
pub struct ConditionInput {
    pub name: String,
    pub value: String,
}

/// A measured result: decimal text (never a float) and its unit.
#[derive(InputObject)]
pub struct ResultInput {
    pub item: String,
    pub value: String,
    pub unit: String,
    #[graphql(default)]
    pub conditions: Vec<ConditionInput>,
}

/// An item the laboratory did not test, and why (样品不足, 设备故障 …): the verdict is then
/// NOT_JUDGEABLE, never passing.
#[derive(InputObject)]
pub struct NotTestedInput {
    pub item: String,
    /// Why the item was not tested (1 to 500 characters).
    pub reason: String,
}

/// A judgment to preview.
#[derive(InputObject)]
pub struct JudgePreviewInput {
    pub industry: String,
    /// Product variant (grade or type) as the profile names it.
    pub variant: String,
    /// Picks the standard editions in force.
    pub sampling_date: NaiveDate,
    #[graphql(default)]
    pub declared: Vec<DeclaredValueInput>,
    /// Recommended (GB/T) standards the enterprise declares as its executive standard (执行标准).
    #[graphql(default)]
    pub declared_standards: Vec<String>,
    pub results: Vec<ResultInput>,
    /// Items not tested, with their reasons, as a submission would state them.
    #[graphql(default)]
    pub not_tested: Vec<NotTestedInput>,
}

/// The overall conclusion. There is no "compliant": a spot check only finds, or
/// does not find, nonconformity in the items it tested.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum ConclusionGql {
    /// 所检项目未发现不合格 — no nonconformity found, every required item judged.
    NoNonconformityFound,
    /// 不合格 — nonconforming.
    Nonconforming,
    /// 无法判定 — no item failed, but a required item could not be judged, was not tested or
    /// is missing, or nothing was judged at all (the items' explanations and `missingItems` say
    /// why). Never passing: it cannot be objected to, orders no rectification, does not close
    /// one, and does not count as the license's last sample.
    NotJudgeable,
}

impl From<Conclusion> for ConclusionGql {
    fn from(conclusion: Conclusion) -> ConclusionGql {
        match conclusion {
            Conclusion::NoNonconformityFound => ConclusionGql::NoNonconformityFound,
            Conclusion::Nonconforming => ConclusionGql::Nonconforming,
            Conclusion::NotJudgeable => ConclusionGql::NotJudgeable,
        }
    }
}

/// A verdict with its provenance: plugin, version, editions and engine.
pub struct VerdictGql(pub Verdict);

#[Object(name = "Verdict")]
impl VerdictGql {
    async fn industry(&self) -> &str {
        &self.0.industry
    }
    async fn plugin_id(&self) -> &str {
        &self.0.plugin_id
    }
    async fn plugin_version(&self) -> &str {
        &self.0.plugin_version
    }
    async fn engine_version(&self) -> &str {
        &self.0.engine_version
    }
    async fn variant(&self) -> &str {
        &self.0.variant
    }
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
    async fn conclusion(&self) -> ConclusionGql {
        self.0.conclusion.into()
    }
    async fn conclusion_zh(&self) -> &str {
        &self.0.conclusion_zh
    }
    /// An A-class item failed (serious nonconformity).
    async fn serious(&self) -> bool {
        self.0.serious
    }
    async fn n_pass(&self) -> u32 {
        self.0.n_pass
    }
    async fn n_fail(&self) -> u32 {
        self.0.n_fail
    }
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
    async fn items(&self) -> Vec<ItemVerdictGql> {
        self.0.items.iter().cloned().map(ItemVerdictGql).collect()
    }
}

#[derive(SimpleObject)]
pub struct AppliedEdition {
    pub standard: String,
    pub edition: String,
}

/// One item's outcome, explained.
pub struct ItemVerdictGql(pub ItemVerdict);

#[Object(name = "ItemVerdict")]
impl ItemVerdictGql {
    async fn code(&self) -> &str {
        &self.0.code
    }
    async fn name_zh(&self) -> &str {
        &self.0.name_zh
    }
    async fn severity(&self) -> String {
        name(&self.0.severity)
    }
    async fn retestable(&self) -> bool {
        self.0.retestable
    }
    /// "pass", "fail", "not_judged" (the explanation says why) or "not_tested" (the explanation
    /// carries the laboratory's reason).
    async fn outcome(&self) -> String {
        name(&self.0.outcome)
    }
    /// The result as submitted.
    async fn measured(&self) -> &str {
        &self.0.measured
    }
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
    /// "rounded_value" or "whole_value".
    async fn method(&self) -> String {
        name(&self.0.method)
    }
    /// The limit applied: min, max or allowed values.
    async fn limit(&self) -> Json<serde_json::Value> {
        json(&self.0.limit)
    }
    /// Where the limit came from: a standard edition, the declaration, or plugin code.
    async fn limit_source(&self) -> Json<serde_json::Value> {
        json(&self.0.limit_source)
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

/// A plugin file the server looked at.
#[derive(SimpleObject)]
#[graphql(name = "PluginFile")]
pub struct PluginFileGql {
    pub file: String,
    pub industry: Option<String>,
    pub version: Option<String>,
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
    /// The industries under license, each with its plugin profile when one is loaded.
    async fn industries(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Industry>> {
        let (app, principal) = caller(ctx)?;
        Ok(app
            .industries(principal)
            .gql()?
            .into_iter()
            .map(|view| Industry {
                code: view.code,
                name_zh: view.name_zh,
                name_en: view.name_en,
                key_industry: view.key_industry,
            })
            .collect())
    }

    /// One industry by code.
    async fn industry(&self, ctx: &Context<'_>, code: String) -> async_graphql::Result<Option<Industry>> {
        let (app, principal) = caller(ctx)?;
        Ok(app.industry(principal, &code).gql()?.map(|view| Industry {
            code: view.code,
            name_zh: view.name_zh,
            name_en: view.name_en,
            key_industry: view.key_industry,
        }))
    }

    /// A dry run of unified compulsory testing: judges the results with the
    /// industry's plugin and the edition in force on the sampling date. Stores nothing.
    /// Judged as a sample: required items neither reported nor declared not tested are listed
    /// in `missingItems` (not refused, as a submission would be) and leave the verdict
    /// NOT_JUDGEABLE unless an item failed.
    async fn judge_preview(
        &self,
        ctx: &Context<'_>,
        input: JudgePreviewInput,
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
