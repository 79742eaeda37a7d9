//! Industries and their plugins: the catalogue with each industry's profile (when
//! a plugin serves it), a judgment dry run, and the plugin status for operators.

use oversight_domain::ErrorCode;
use std::sync::Arc;

use oversight_domain::industry;
use oversight_domain::testing::judgment::{JudgeError, JudgeRequest, Verdict};
use oversight_plugin_host::api::IndustryProfile;
use oversight_plugin_host::{PluginRegistry, RegistryJudgeError};

use oversight_domain::TaskId;
use oversight_storage::testing::pinned;

use crate::error::FieldProblem;
use crate::{Action, App, AppError, Code, Principal, Resource, allow};

/// An industry as the API shows it: the catalogue entry and its profile, if any.
#[derive(Debug, Clone)]
pub struct IndustryView {
    pub code: String,
    pub name_zh: String,
    pub name_en: String,
    pub key_industry: bool,
    pub profile: Option<IndustryProfile>,
}

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
    /// Serves the given plugins (loaded once at start, never unloaded).
    pub fn with_plugins(mut self, plugins: Arc<PluginRegistry>) -> App {
        self.plugins = plugins;
        self
    }

    /// The catalogue, each with its profile when a plugin serves it; industries a
    /// plugin brings that the catalogue lacks come after.
    pub fn industries(&self, principal: &Principal) -> Result<Vec<IndustryView>, AppError> {
        allow(principal, Action::ReadReference, &Resource::None, "industry")?;
        let mut views: Vec<IndustryView> = industry::catalogue()
            .iter()
            .map(|entry| IndustryView {
                code: entry.code.to_owned(),
                name_zh: entry.name_zh.to_owned(),
                name_en: entry.name_en.to_owned(),
                key_industry: entry.key_industry,
                profile: self.plugins.industry(entry.code).cloned(),
            })
            .collect();
        for profile in self.plugins.industries() {
            if !views.iter().any(|view| view.code == profile.id) {
                views.push(IndustryView {
                    code: profile.id.clone(),
                    name_zh: profile.names.zh.clone(),
                    name_en: profile.names.en.clone(),
                    key_industry: profile.key_industry,
                    profile: Some(profile.clone()),
                });
            }
        }
        Ok(views)
    }

    pub fn industry(&self, principal: &Principal, code: &str) -> Result<Option<IndustryView>, AppError> {
        Ok(self.industries(principal)?.into_iter().find(|view| view.code == code))
    }

    /// Judges results without storing anything: what the verdict would be.
    pub fn judge_preview(&self, principal: &Principal, request: &JudgeRequest) -> Result<Verdict, AppError> {
        allow(principal, Action::ReadReference, &Resource::None, "industry")?;
        self.plugins.judge(request).map_err(judge_error)
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
    let message = error.to_string();
    let (code, field) = match &error {
        RegistryJudgeError::UnknownIndustry(_) => (Code::Domain(ErrorCode::UnknownIndustry), "industry"),
        RegistryJudgeError::VersionNotLoaded { .. } => (Code::PluginVersionNotLoaded, "industry"),
        RegistryJudgeError::Judge(judge) => match judge {
            JudgeError::UnknownVariant { .. } => (Code::UnknownVariant, "variant"),
            JudgeError::UnknownItem { .. } => (Code::UnknownItem, "results"),
            JudgeError::WrongUnit { .. } => (Code::WrongUnit, "results"),
            JudgeError::BadValue { .. } => (Code::BadValue, "results"),
            JudgeError::NegativeValue { .. } => (Code::NegativeValue, "results"),
            JudgeError::NoEditionInForce { .. } => (Code::NoEditionInForce, "samplingDate"),
            JudgeError::BadDeclared { .. } => (Code::BadDeclaredValue, "declared"),
            JudgeError::Custom { .. } => (Code::PluginJudgeFailed, "results"),
            JudgeError::NoResults => (Code::NoResults, "results"),
            JudgeError::BadNotTested { .. } => (Code::BadNotTested, "notTested"),
        },
    };
    AppError::Invalid(vec![FieldProblem { code, field: field.into(), message }])
}

/// The file name only: the server's directory layout is nobody else's business.
fn file_name(path: &std::path::Path) -> String {
    path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default()
}
