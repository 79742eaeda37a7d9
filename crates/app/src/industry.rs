//! Industries and their plugins: the catalogue with each industry's profile (when
//! a plugin serves it), a judgment dry run, and the plugin status for operators.

use oversight_domain::ErrorCode;
use std::sync::Arc;

use oversight_domain::industry::{
    DeclaredCategory, Industry, IndustryCatalogue, IndustrySource, LicenseCategory, parse_catalogue_file,
};
use oversight_domain::testing::judgment::{JudgeError, JudgeRequest, Verdict};
use oversight_plugin_host::api::IndustryProfile;
use oversight_plugin_host::{PluginFault, PluginRegistry, RegistryJudgeError};

use oversight_domain::TaskId;
use oversight_storage::testing::pinned;

use crate::error::FieldProblem;
use crate::{Action, App, AppError, Code, Principal, Resource, allow};

/// One loaded or refused plugin file.
#[derive(Debug, Clone)]
pub struct PluginStatus {
    pub file: String,
    pub industry: Option<String>,
    pub version: Option<String>,
    pub sha256: Option<String>,
    pub pinned: bool,
    /// The industry's current version: the one new tasks are sampled under.
    pub current: bool,
    /// Tasks sampled under this version that may still be judged (so it must stay served).
    pub open_tasks: u64,
    /// Why the file was refused (code and message); none when loaded.
    pub refusal: Option<(String, String)>,
}

/// A plugin version that open tasks were sampled under and that this server does not serve.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnservedVersion {
    pub plugin_id: String,
    pub plugin_version: String,
    pub open_tasks: u64,
    /// The first few of those tasks, to name them.
    pub task_ids: Vec<TaskId>,
}

impl std::fmt::Display for UnservedVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ids: Vec<String> = self.task_ids.iter().map(ToString::to_string).collect();
        let more = if self.open_tasks > self.task_ids.len() as u64 { ", …" } else { "" };
        write!(
            f,
            "{} {} judges {} open testing task(s) (task {}{more})",
            self.plugin_id,
            self.plugin_version,
            self.open_tasks,
            ids.join(", ")
        )
    }
}

/// How many tasks an unserved version's refusal names.
const TASKS_NAMED: u64 = 10;

impl App {
    /// Serves the given plugins (loaded once at start, never unloaded), and builds the industry
    /// catalogue from what they declare over the shipped catalogue file (docs/adr/0020).
    pub fn with_plugins(mut self, plugins: Arc<PluginRegistry>) -> App {
        let declared = plugins.industries().into_iter().map(plugin_industry).collect();
        self.industries = Arc::new(IndustryCatalogue::new(shipped_industries(), declared));
        self.plugins = plugins;
        self
    }

    /// The industries this server knows (built at start-up), for the domain rules that need it.
    pub fn industry_catalogue(&self) -> &IndustryCatalogue {
        &self.industries
    }

    /// The industry of a code stored on a record; one nothing declares any more reads as unknown.
    pub fn resolve_industry(&self, code: &str) -> Industry {
        self.industries.resolve(code)
    }

    /// The catalogue: the shipped file's industries, each replaced by its plugin's declaration
    /// when a plugin serves it, then the industries only plugins bring.
    pub fn industries(&self, principal: &Principal) -> Result<Vec<Industry>, AppError> {
        allow(principal, Action::ReadReference, &Resource::None, "industry")?;
        Ok(self.industries.iter().cloned().collect())
    }

    pub fn industry(&self, principal: &Principal, code: &str) -> Result<Option<Industry>, AppError> {
        allow(principal, Action::ReadReference, &Resource::None, "industry")?;
        Ok(self.industries.find(code).ok().cloned())
    }

    /// The profile of the plugin version currently serving an industry, if one does.
    pub fn industry_profile(
        &self,
        principal: &Principal,
        code: &str,
    ) -> Result<Option<IndustryProfile>, AppError> {
        allow(principal, Action::ReadReference, &Resource::None, "industry")?;
        Ok(self.plugins.industry(code).cloned())
    }

    /// Judges results without storing anything: what the verdict would be.
    pub fn judge_preview(&self, principal: &Principal, request: &JudgeRequest) -> Result<Verdict, AppError> {
        allow(principal, Action::ReadReference, &Resource::None, "industry")?;
        self.judge_by_plugin(request, None).map_err(judge_error)
    }

    /// Asks the plugin of the request's industry for a verdict — the version fixed on the task
    /// when `pinned`, else the current one — and counts the call by plugin and outcome (`ok`,
    /// or the refusal's code: bad input, or PLUGIN_JUDGE_FAILED when the plugin's code failed).
    pub(crate) fn judge_by_plugin(
        &self,
        request: &JudgeRequest,
        pinned: Option<&str>,
    ) -> Result<Verdict, RegistryJudgeError> {
        let judged = match pinned {
            Some(version) => self.plugins.judge_pinned(request, version),
            None => self.plugins.judge(request),
        };
        let (plugin, outcome) = match &judged {
            Ok(_) => (request.industry.as_str(), "ok"),
            // The industry of a preview is the client's word: not a label to keep.
            Err(error @ RegistryJudgeError::UnknownIndustry(_)) => ("unknown", error.code()),
            Err(error) => (request.industry.as_str(), error.code()),
        };
        self.metrics.record_plugin_call(plugin, outcome);
        judged
    }

    /// Every plugin file the server looked at, loaded or refused; each loaded version with
    /// whether it is current and how many tasks it may still judge (one grouped statement).
    pub async fn plugin_status(&self, principal: &Principal) -> Result<Vec<PluginStatus>, AppError> {
        allow(principal, Action::ReadPluginStatus, &Resource::None, "plugin")?;
        let loads = pinned::open_tasks_by_version(&self.store, self.today()).await?;
        let open_tasks = |id: &str, version: &str| {
            loads
                .iter()
                .find(|load| load.plugin_id == id && load.plugin_version == version)
                .map_or(0, |load| load.open_tasks)
        };
        let mut status: Vec<PluginStatus> = self
            .plugins
            .plugins()
            .map(|plugin| PluginStatus {
                file: file_name(&plugin.file),
                industry: Some(plugin.profile().id.clone()),
                version: Some(plugin.profile().version.clone()),
                sha256: Some(plugin.sha256.clone()),
                pinned: plugin.pinned,
                current: self.plugins.is_current(plugin),
                open_tasks: open_tasks(&plugin.profile().id, &plugin.profile().version),
                refusal: None,
            })
            .collect();
        status.extend(self.plugins.refused().iter().map(|refusal| PluginStatus {
            file: file_name(&refusal.file),
            industry: None,
            version: None,
            sha256: None,
            pinned: false,
            current: false,
            open_tasks: 0,
            refusal: Some((refusal.reason.code().to_owned(), refusal.reason.to_string())),
        }));
        Ok(status)
    }

    /// The plugin versions that open tasks were sampled under and that this server does not
    /// serve. A server must not start with any (`oversight serve` refuses, naming the tasks):
    /// those tasks could be judged by no rules, or by the wrong ones (docs/adr/0017).
    pub async fn unserved_pinned_versions(&self) -> Result<Vec<UnservedVersion>, AppError> {
        let today = self.today();
        let mut unserved = Vec::new();
        for load in pinned::open_tasks_by_version(&self.store, today).await? {
            if self.plugins.plugin_version(&load.plugin_id, &load.plugin_version).is_some() {
                continue;
            }
            let task_ids =
                pinned::open_task_ids(&self.store, &load.plugin_id, &load.plugin_version, today, TASKS_NAMED)
                    .await?;
            unserved.push(UnservedVersion {
                plugin_id: load.plugin_id,
                plugin_version: load.plugin_version,
                open_tasks: load.open_tasks,
                task_ids,
            });
        }
        Ok(unserved)
    }
}

/// Maps a judgment refusal to an input error naming the item.
fn judge_error(error: RegistryJudgeError) -> AppError {
    let (code, field) = (judge_code(&error), judge_field(&error));
    AppError::Invalid(vec![FieldProblem { code, field: field.into(), message: error.to_string() }])
}

/// The stable code of a judgment refusal, wherever it is reported (a preview, a submission).
pub(crate) fn judge_code(error: &RegistryJudgeError) -> Code {
    match error {
        RegistryJudgeError::UnknownIndustry(_) => Code::Domain(ErrorCode::UnknownIndustry),
        RegistryJudgeError::VersionNotLoaded { .. } => Code::PluginVersionNotLoaded,
        // An isolated plugin's worker failed (docs/adr/0045).
        RegistryJudgeError::PluginFailed { fault: PluginFault::TimedOut, .. } => Code::PluginTimeout,
        RegistryJudgeError::PluginFailed { fault: PluginFault::Unavailable, .. } => Code::PluginUnavailable,
        RegistryJudgeError::Judge(judge) => match judge {
            JudgeError::UnknownVariant { .. } => Code::UnknownVariant,
            JudgeError::UnknownItem { .. } => Code::UnknownItem,
            JudgeError::WrongUnit { .. } => Code::WrongUnit,
            JudgeError::BadValue { .. } => Code::BadValue,
            JudgeError::NegativeValue { .. } => Code::NegativeValue,
            JudgeError::NoEditionInForce { .. } => Code::NoEditionInForce,
            JudgeError::BadDeclared { .. } => Code::BadDeclaredValue,
            JudgeError::Custom { .. } => Code::PluginJudgeFailed,
            JudgeError::NoResults => Code::NoResults,
            JudgeError::BadNotTested { .. } => Code::BadNotTested,
        },
    }
}

/// The input field a preview's judgment refusal names.
fn judge_field(error: &RegistryJudgeError) -> &'static str {
    match error {
        RegistryJudgeError::UnknownIndustry(_) | RegistryJudgeError::VersionNotLoaded { .. } => "industry",
        RegistryJudgeError::PluginFailed { .. } => "results",
        RegistryJudgeError::Judge(judge) => match judge {
            JudgeError::UnknownVariant { .. } => "variant",
            JudgeError::NoEditionInForce { .. } => "samplingDate",
            JudgeError::BadDeclared { .. } => "declared",
            JudgeError::BadNotTested { .. } => "notTested",
            JudgeError::UnknownItem { .. }
            | JudgeError::WrongUnit { .. }
            | JudgeError::BadValue { .. }
            | JudgeError::NegativeValue { .. }
            | JudgeError::Custom { .. }
            | JudgeError::NoResults => "results",
        },
    }
}

/// The file name only: the server's directory layout is nobody else's business.
fn file_name(path: &std::path::Path) -> String {
    path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default()
}

/// The catalogue file shipped with the server: the industries under license that no plugin may
/// serve (cement, steel rebar, …) and a fallback entry for each plugin's industry (docs/adr/0020).
pub const SHIPPED_CATALOGUE: &str = include_str!("../industries.json");

/// The shipped catalogue file's industries. The file is compiled in and checked by a test, so a
/// parse failure is a build defect; it is logged and the catalogue holds the plugins' alone.
pub fn shipped_industries() -> Vec<Industry> {
    parse_catalogue_file(SHIPPED_CATALOGUE).unwrap_or_else(|error| {
        tracing::error!(%error, "the shipped industry catalogue does not parse");
        Vec::new()
    })
}

/// What a plugin declares for its industry. Its categories were checked when it was loaded (a
/// malformed one refuses the plugin), so none is dropped here in practice.
fn plugin_industry(profile: &IndustryProfile) -> Industry {
    Industry {
        code: profile.id.clone(),
        name_zh: profile.names.zh.clone(),
        name_en: profile.names.en.clone(),
        key_industry: profile.key_industry,
        license_categories: profile
            .license_categories
            .iter()
            .filter_map(|category| {
                let code = LicenseCategory::parse(&category.code).ok()?;
                Some(DeclaredCategory { code, needs_verification: category.needs_verification })
            })
            .collect(),
        product_units: profile.license_product_units.clone(),
        source: IndustrySource::Plugin { id: profile.id.clone(), version: profile.version.clone() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_catalogue_parses() {
        let industries = parse_catalogue_file(SHIPPED_CATALOGUE).unwrap();
        assert_eq!(shipped_industries(), industries);
        let codes: Vec<&str> = industries.iter().map(|industry| industry.code.as_str()).collect();
        for code in ["wire-cable", "compound-fertilizer", "cement", "steel-rebar", "hazardous-chemicals"] {
            assert!(codes.contains(&code), "{code} missing from {codes:?}");
        }
        assert_eq!(industries.iter().filter(|industry| industry.key_industry).count(), 7);
    }

    /// The file's entry for a plugin's industry is what a server without that plugin knows: it
    /// must declare what the plugin declares (docs/adr/0020).
    #[test]
    fn the_file_agrees_with_each_plugin() {
        let profiles = [
            include_str!("../../../plugins/brake-fluid/profile.json"),
            include_str!("../../../plugins/compound-fertilizer/profile.json"),
            include_str!("../../../plugins/e-bike/profile.json"),
            include_str!("../../../plugins/electric-blanket/profile.json"),
            include_str!("../../../plugins/pesticide/profile.json"),
            include_str!("../../../plugins/wire-cable/profile.json"),
            include_str!("../../../plugins/wood-panel/profile.json"),
        ];
        let file = IndustryCatalogue::new(shipped_industries(), Vec::new());
        for json in profiles {
            let profile: IndustryProfile = serde_json::from_str(json).unwrap();
            let declared = plugin_industry(&profile);
            assert_eq!(declared.license_categories.len(), profile.license_categories.len(), "{}", profile.id);
            assert!(!declared.license_categories.is_empty(), "{} declares no category", profile.id);
            let entry = file.find(&declared.code).unwrap();
            assert_eq!(entry.license_categories, declared.license_categories, "{}", profile.id);
            assert_eq!(entry.product_units, declared.product_units, "{}", profile.id);
            assert_eq!(entry.key_industry, declared.key_industry, "{}", profile.id);
            assert_eq!(entry.source, IndustrySource::CatalogueFile);
            let served = IndustryCatalogue::new(shipped_industries(), vec![declared.clone()]);
            assert_eq!(served.find(&declared.code).unwrap(), &declared);
            assert_eq!(served.iter().count(), file.iter().count(), "{} replaces its entry", profile.id);
        }
    }

    /// A plugin built before `license_categories` existed still loads: its industry declares
    /// no category, so license numbers go unchecked.
    #[test]
    fn a_profile_without_categories_declares_none() {
        let mut profile: serde_json::Value =
            serde_json::from_str(include_str!("../../../plugins/wire-cable/profile.json")).unwrap();
        profile.as_object_mut().unwrap().remove("license_categories");
        let profile: IndustryProfile = serde_json::from_value(profile).unwrap();
        let declared = plugin_industry(&profile);
        assert!(declared.license_categories.is_empty());
        assert_eq!(declared.product_units, ["电线电缆"]);
        assert_eq!(
            declared.source,
            IndustrySource::Plugin { id: "wire-cable".to_owned(), version: profile.version.clone() }
        );
    }
}
