//! Loads industry plugins and serves them: every library in a directory is checked against
//! `plugins.lock`, opened (never unloaded), version-checked before anything else, its manifest
//! validated and converted to the engine's rules. A plugin that fails any step is refused with a
//! clear reason while the others keep serving. Several versions of one industry's plugin may be
//! served side by side: the highest serves new tasks, and a task sampled under an older one is
//! still judged by it ([`PluginRegistry::judge_pinned`], docs/adr/0017).
//! [`PluginRegistry::judge`] judges declarative rules with the domain engine and calls plugin code
//! once per sample for the custom ones. Plugin code runs in the server's process or, isolated, in
//! supervised worker processes ([`isolation`], docs/adr/0045).

mod convert;
// This crate calls through the C ABI of plugin-api; `ffi.rs` holds every unsafe block.
#[allow(unsafe_code)]
mod ffi;
pub mod isolation;
pub mod lock;
// The system calls isolation needs (`setrlimit`, `dup2`); `os.rs` holds their unsafe blocks.
#[allow(unsafe_code)]
mod os;
pub mod signature;
pub mod worker;

use std::cell::Cell;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use oversight_domain::testing::judgment::{
    self, CustomCall, CustomEvaluator, CustomResult, JudgeError, JudgeRequest, NaiveDate, RuleSet, Variant,
    Verdict, rounding::parse_decimal,
};
use oversight_plugin_api::{
    CustomItemRequest, CustomOutcome, CustomRequest, CustomResponse, Envelope, IndustryProfile, Manifest,
    PluginTable, profile::ExampleSpec,
};

pub use isolation::{CallFailure, Isolation, ProcessOptions, WorkerCommand};
pub use lock::{LockError, LockFile, sha256_file};
/// The plugin API, re-exported so that callers (the CLI, the GraphQL layer) name the profile types
/// without a direct dependency.
pub use oversight_plugin_api as api;
pub use signature::Publishers;

/// Validates a profile as loading would (semantic checks beyond deserialising); `custom_functions`
/// are the judge functions the plugin exports. Returns every problem found.
pub fn validate_profile(
    profile: &IndustryProfile,
    custom_functions: &[String],
) -> Result<RuleSet, Vec<String>> {
    convert::to_rule_set(profile, custom_functions)
}

/// Why a plugin file was refused. Each has a stable code for logs and the CLI. Serialisable: an
/// isolated plugin's worker reports the refusal of the library it opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize)]
pub enum LoadError {
    #[error(
        "not pinned in plugins.lock: review it, then run `oversight plugins pin` (or set allow_unpinned in development)"
    )]
    Unpinned,
    #[error("SHA-256 {actual} differs from the pinned {pinned}: the file changed since it was approved")]
    Changed { pinned: String, actual: String },
    #[error("cannot read the file: {0}")]
    Io(String),
    #[error("cannot load the library: {0}")]
    Library(String),
    #[error("no `oversight_plugin_entry` export: {0}")]
    NoEntry(String),
    #[error("the entry returned no function table")]
    NullTable,
    #[error("plugin ABI version {found}, this server speaks version {expected}")]
    AbiVersion { found: u32, expected: u32 },
    #[error("function table of {found} bytes, expected at least {expected}")]
    TableSize { found: u32, expected: u32 },
    #[error("manifest is not the expected JSON: {0}")]
    BadManifest(String),
    #[error("the plugin failed to build its manifest: {0}")]
    ManifestFailed(String),
    #[error("invalid profile: {}", .0.join("; "))]
    InvalidProfile(Vec<String>),
    #[error("industry {id:?} version {version} is already served by {first}")]
    Duplicate { id: String, version: String, first: String },
    #[error("version {0:?} is not a semantic version (MAJOR.MINOR.PATCH): versions must be ordered")]
    BadVersion(String),
    #[error("no publisher signature (<file>.sig) and signatures are required: have its publisher sign it")]
    Unsigned,
    #[error("the signature (<file>.sig) is not a trusted publisher's signature of this file")]
    BadSignature,
    #[error("the plugin's worker process failed while loading it: {0}")]
    Worker(String),
}

impl LoadError {
    pub fn code(&self) -> &'static str {
        match self {
            LoadError::Unpinned => "UNPINNED",
            LoadError::Changed { .. } => "CHANGED",
            LoadError::Io(_) => "IO",
            LoadError::Library(_) => "LIBRARY",
            LoadError::NoEntry(_) => "NO_ENTRY",
            LoadError::NullTable => "NULL_TABLE",
            LoadError::AbiVersion { .. } => "ABI_VERSION",
            LoadError::TableSize { .. } => "TABLE_SIZE",
            LoadError::BadManifest(_) => "BAD_MANIFEST",
            LoadError::ManifestFailed(_) => "MANIFEST_FAILED",
            LoadError::InvalidProfile(_) => "INVALID_PROFILE",
            LoadError::Duplicate { .. } => "DUPLICATE",
            LoadError::BadVersion(_) => "BAD_VERSION",
            LoadError::Unsigned => "UNSIGNED",
            LoadError::BadSignature => "BAD_SIGNATURE",
            LoadError::Worker(_) => "WORKER_FAILED",
        }
    }
}

/// The plugin directory could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum HostError {
    #[error("cannot read plugin directory {path}: {source}")]
    Directory { path: String, source: std::io::Error },
}

/// A judgment request the registry could not judge.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RegistryJudgeError {
    #[error("no plugin serves industry {0:?}")]
    UnknownIndustry(String),
    /// The version a task was sampled under is no longer served: start-up refuses that
    /// (`open_tasks_without_plugin`), so this is met only if the plugin directory changed under a
    /// running server's feet.
    #[error("version {version} of the {industry} plugin, which the task was sampled under, is not loaded")]
    VersionNotLoaded { industry: String, version: String },
    /// An isolated plugin's worker did not answer: it crashed, aborted, exceeded its memory or
    /// its time limit. Nothing was judged; the message names no cause (the log has it).
    #[error("the {industry} plugin (version {version}) {}; nothing was judged, retry the request", .fault.describe())]
    PluginFailed { industry: String, version: String, fault: PluginFault },
    #[error(transparent)]
    Judge(#[from] JudgeError),
}

/// How an isolated plugin's call failed, as far as a client is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluginFault {
    /// No answer within the time limit (`PLUGIN_TIMEOUT`).
    TimedOut,
    /// The worker process died or broke the protocol, or none could be started
    /// (`PLUGIN_UNAVAILABLE`).
    Unavailable,
}

impl PluginFault {
    fn describe(self) -> &'static str {
        match self {
            PluginFault::TimedOut => "did not answer within its time limit",
            PluginFault::Unavailable => "failed while judging",
        }
    }
}

impl RegistryJudgeError {
    /// Stable machine code for API error extensions.
    pub fn code(&self) -> &'static str {
        match self {
            RegistryJudgeError::UnknownIndustry(_) => "UNKNOWN_INDUSTRY",
            RegistryJudgeError::VersionNotLoaded { .. } => "PLUGIN_VERSION_NOT_LOADED",
            RegistryJudgeError::PluginFailed { fault: PluginFault::TimedOut, .. } => "PLUGIN_TIMEOUT",
            RegistryJudgeError::PluginFailed { fault: PluginFault::Unavailable, .. } => "PLUGIN_UNAVAILABLE",
            RegistryJudgeError::Judge(error) => error.code(),
        }
    }
}

/// How plugins are admitted.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    pub lock: LockFile,
    /// Development only: load files that are not pinned, or whose digest changed.
    pub allow_unpinned: bool,
    /// The publishers whose signatures are trusted (`signature`).
    pub publishers: Publishers,
    /// Refuse a plugin without a trusted publisher's signature.
    pub require_signatures: bool,
    /// Where the plugin's code runs (in process by default; the server's configuration chooses).
    pub isolation: Isolation,
}

/// A plugin that loaded and validated.
#[derive(Debug)]
pub struct LoadedPlugin {
    pub file: PathBuf,
    /// The profile's version, parsed: versions of one industry are ordered by it.
    pub version: semver::Version,
    pub sha256: String,
    /// Pinned in plugins.lock with this digest (false only under `allow_unpinned`).
    pub pinned: bool,
    /// The trusted publisher (public key, hex) whose signature it carries, if any.
    pub signed_by: Option<String>,
    pub manifest: Manifest,
    rules: RuleSet,
    code: Code,
}

impl LoadedPlugin {
    pub fn profile(&self) -> &IndustryProfile {
        &self.manifest.profile
    }

    /// The engine's view of the profile.
    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }
}

/// A plugin file that was refused, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub file: PathBuf,
    pub reason: LoadError,
}

/// Every loaded industry plugin, by industry and version. `Send + Sync`: it holds only data and
/// `extern "C"` function pointers into libraries that are never unloaded; plugins must keep their
/// exports thread-safe (the macro's are: they only read statics).
#[derive(Debug, Default)]
pub struct PluginRegistry {
    /// Industry id → version → plugin. The last (highest) version of an industry is its current
    /// one: it serves new tasks, the catalogue and previews.
    plugins: BTreeMap<String, BTreeMap<semver::Version, LoadedPlugin>>,
    refused: Vec<Refusal>,
}

/// The outcome of one declared example.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleReport {
    pub name: String,
    /// Empty when the example judged as expected.
    pub mismatches: Vec<String>,
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Library files in `dir`, sorted by name so that load order (and duplicate refusal) is stable.
pub fn plugin_files(dir: &Path) -> Result<Vec<PathBuf>, HostError> {
    let directory_error = |source| HostError::Directory { path: dir.display().to_string(), source };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(directory_error)? {
        let path = entry.map_err(directory_error)?.path();
        let is_library = path.extension().is_some_and(|ext| ext == std::env::consts::DLL_EXTENSION);
        if is_library && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Checks the pin, opens the library and validates its manifest; does not register it.
pub fn load_plugin(path: &Path, options: &LoadOptions) -> Result<LoadedPlugin, LoadError> {
    let sha256 = sha256_file(path).map_err(|error| LoadError::Io(error.to_string()))?;
    let pinned = match options.lock.digest(&file_name(path)) {
        Some(pinned) if pinned == sha256 => true,
        Some(pinned) if !options.allow_unpinned => {
            return Err(LoadError::Changed { pinned: pinned.to_owned(), actual: sha256 });
        }
        None if !options.allow_unpinned => return Err(LoadError::Unpinned),
        _ => false,
    };
    // Before the library is opened: opening runs its code.
    let signed_by = signature::check(path, &sha256, &options.publishers, options.require_signatures)?;
    let code = Code::open(path, &options.isolation)?;
    let manifest = code
        .manifest(|bytes| serde_json::from_slice::<Envelope<Manifest>>(bytes))
        .map_err(|failure| LoadError::Worker(failure.to_string()))?;
    let manifest = match manifest {
        Ok(Envelope::Ok(manifest)) => manifest,
        Ok(Envelope::Error(message)) => return Err(LoadError::ManifestFailed(message)),
        Err(error) => return Err(LoadError::BadManifest(error.to_string())),
    };
    if manifest.abi_version != oversight_plugin_api::ABI_VERSION {
        return Err(LoadError::AbiVersion {
            found: manifest.abi_version,
            expected: oversight_plugin_api::ABI_VERSION,
        });
    }
    let version = semver::Version::parse(&manifest.profile.version)
        .map_err(|_| LoadError::BadVersion(manifest.profile.version.clone()))?;
    let rules = convert::to_rule_set(&manifest.profile, &manifest.custom_functions)
        .map_err(LoadError::InvalidProfile)?;
    Ok(LoadedPlugin { file: path.to_owned(), version, sha256, pinned, signed_by, manifest, rules, code })
}

/// Where a loaded plugin's code runs.
#[derive(Debug)]
enum Code {
    InProcess(PluginTable),
    Isolated(isolation::Supervisor),
}

impl Code {
    /// Opens the library here, or starts its first worker (which opens it there).
    fn open(path: &Path, isolation: &Isolation) -> Result<Code, LoadError> {
        Ok(match isolation {
            Isolation::InProcess => Code::InProcess(ffi::open(path)?),
            Isolation::Process(options) => Code::Isolated(isolation::Supervisor::start(path, options)?),
        })
    }

    /// The plugin's `manifest()` payload, decoded by `read`.
    fn manifest<T>(&self, read: impl FnOnce(&[u8]) -> T) -> Result<T, CallFailure> {
        match self {
            Code::InProcess(table) => Ok(ffi::call_manifest(table, read)),
            Code::Isolated(supervisor) => Ok(read(&supervisor.call(vec![isolation::ASK_MANIFEST])?)),
        }
    }

    /// The plugin's `judge()` answer, decoded by `read`. `framed` is the request JSON after one
    /// leading byte that the isolated path sends as the frame's kind ([`isolation::ASK_JUDGE`]):
    /// the request is written once, never copied.
    fn judge<T>(&self, framed: Vec<u8>, read: impl FnOnce(&[u8]) -> T) -> Result<T, CallFailure> {
        match self {
            Code::InProcess(table) => Ok(ffi::call_judge(table, framed.get(1..).unwrap_or_default(), read)),
            Code::Isolated(supervisor) => Ok(read(&supervisor.call(framed)?)),
        }
    }
}

impl PluginRegistry {
    /// Loads every library in `dir`. Only an unreadable directory is an error: each refused
    /// plugin is listed in [`PluginRegistry::refused`] and the rest are served.
    pub fn load_dir(dir: &Path, options: &LoadOptions) -> Result<PluginRegistry, HostError> {
        let mut registry = PluginRegistry::default();
        for path in plugin_files(dir)? {
            if let Err(reason) = registry.load_file(&path, options) {
                registry.refused.push(Refusal { file: path, reason });
            }
        }
        Ok(registry)
    }

    /// Loads and registers one file, refusing a second file for an industry version already
    /// served (another version of the industry is served beside it).
    pub fn load_file(&mut self, path: &Path, options: &LoadOptions) -> Result<&LoadedPlugin, LoadError> {
        let plugin = load_plugin(path, options)?;
        let id = plugin.profile().id.clone();
        let versions = self.plugins.entry(id.clone()).or_default();
        if let Some(first) = versions.get(&plugin.version) {
            return Err(LoadError::Duplicate {
                id,
                version: plugin.version.to_string(),
                first: first.file.display().to_string(),
            });
        }
        Ok(versions.entry(plugin.version.clone()).or_insert(plugin))
    }

    /// Profiles of all served industries (their current versions), by id.
    pub fn industries(&self) -> Vec<&IndustryProfile> {
        self.current_plugins().map(LoadedPlugin::profile).collect()
    }

    /// The current profile of one industry (its plugin id).
    pub fn industry(&self, id: &str) -> Option<&IndustryProfile> {
        self.plugin(id).map(LoadedPlugin::profile)
    }

    /// Every loaded plugin, each version of an industry in order.
    pub fn plugins(&self) -> impl Iterator<Item = &LoadedPlugin> {
        self.plugins.values().flat_map(BTreeMap::values)
    }

    fn current_plugins(&self) -> impl Iterator<Item = &LoadedPlugin> {
        self.plugins.values().filter_map(|versions| versions.values().next_back())
    }

    /// The current (highest) version of an industry's plugin: the one new tasks are sampled under.
    pub fn plugin(&self, id: &str) -> Option<&LoadedPlugin> {
        self.plugins.get(id).and_then(|versions| versions.values().next_back())
    }

    /// One version of an industry's plugin, as fixed on a task; `None` when it is not loaded (or
    /// the text is no version at all).
    pub fn plugin_version(&self, id: &str, version: &str) -> Option<&LoadedPlugin> {
        let version = semver::Version::parse(version).ok()?;
        self.plugins.get(id)?.get(&version)
    }

    /// Whether `plugin` is its industry's current version.
    pub fn is_current(&self, plugin: &LoadedPlugin) -> bool {
        self.plugin(&plugin.profile().id).is_some_and(|current| current.version == plugin.version)
    }

    pub fn refused(&self) -> &[Refusal] {
        &self.refused
    }

    /// Judges one sample by the industry's current plugin: a dry run that stores nothing. Bad
    /// input judges nothing and names the item at fault.
    pub fn judge(&self, request: &JudgeRequest) -> Result<Verdict, RegistryJudgeError> {
        let plugin = self
            .plugin(&request.industry)
            .ok_or_else(|| RegistryJudgeError::UnknownIndustry(request.industry.clone()))?;
        judge_by(plugin, request)
    }

    /// Judges one sample by the plugin version fixed on its task at sampling, whatever version is
    /// current now: the rules the sample was taken under judge it (issue 11 item 3).
    pub fn judge_pinned(&self, request: &JudgeRequest, version: &str) -> Result<Verdict, RegistryJudgeError> {
        let plugin = self.plugin_version(&request.industry, version).ok_or_else(|| {
            RegistryJudgeError::VersionNotLoaded {
                industry: request.industry.clone(),
                version: version.to_owned(),
            }
        })?;
        judge_by(plugin, request)
    }

    /// Judges every example the current plugin declares and compares with its expected outcomes.
    pub fn run_examples(&self, id: &str) -> Result<Vec<ExampleReport>, RegistryJudgeError> {
        let plugin = self.plugin(id).ok_or_else(|| RegistryJudgeError::UnknownIndustry(id.to_owned()))?;
        Ok(plugin.profile().examples.iter().map(|example| self.run_example(id, example)).collect())
    }

    fn run_example(&self, id: &str, example: &ExampleSpec) -> ExampleReport {
        let mut mismatches = Vec::new();
        let request = example_request(id, example);
        match request
            .map_err(|error| error.to_string())
            .and_then(|r| self.judge(&r).map_err(|e| e.to_string()))
        {
            Err(error) => mismatches.push(format!("judging failed: {error}")),
            Ok(verdict) => {
                for (code, expected) in &example.expected_items {
                    let got = verdict.items.iter().find(|item| &item.code == code).map(|item| item.outcome);
                    let expected_outcome = match expected {
                        oversight_plugin_api::profile::ExpectedOutcome::Pass => judgment::Outcome::Pass,
                        oversight_plugin_api::profile::ExpectedOutcome::Fail => judgment::Outcome::Fail,
                        oversight_plugin_api::profile::ExpectedOutcome::NotJudged => {
                            judgment::Outcome::NotJudged
                        }
                    };
                    if got != Some(expected_outcome) {
                        let explanation = verdict
                            .items
                            .iter()
                            .find(|item| &item.code == code)
                            .map(|item| item.explanation.as_str())
                            .unwrap_or("not judged at all");
                        mismatches
                            .push(format!("item {code}: expected {expected:?}, got {got:?} ({explanation})"));
                    }
                }
                let expected_conclusion = match example.expected_conclusion {
                    oversight_plugin_api::profile::ExpectedConclusion::NoNonconformityFound => {
                        judgment::Conclusion::NoNonconformityFound
                    }
                    oversight_plugin_api::profile::ExpectedConclusion::Nonconforming => {
                        judgment::Conclusion::Nonconforming
                    }
                    oversight_plugin_api::profile::ExpectedConclusion::NotJudgeable => {
                        judgment::Conclusion::NotJudgeable
                    }
                };
                if verdict.conclusion != expected_conclusion {
                    mismatches.push(format!(
                        "conclusion: expected {expected_conclusion:?}, got {:?}",
                        verdict.conclusion
                    ));
                }
                if let Some(serious) = example.expected_serious
                    && verdict.serious != serious
                {
                    mismatches.push(format!("serious: expected {serious}, got {}", verdict.serious));
                }
            }
        }
        ExampleReport { name: example.name.clone(), mismatches }
    }
}

/// Judges one sample by `plugin`: its rules, and its code for custom items. A failure of an
/// isolated plugin's worker is told apart from the plugin's own refusal.
fn judge_by(plugin: &LoadedPlugin, request: &JudgeRequest) -> Result<Verdict, RegistryJudgeError> {
    let code = PluginCode { plugin, failure: Cell::new(None) };
    let judged = judgment::judge(&plugin.rules, request, &code);
    if let Some(fault) = code.failure.take() {
        return Err(RegistryJudgeError::PluginFailed {
            industry: plugin.profile().id.clone(),
            version: plugin.profile().version.clone(),
            fault,
        });
    }
    Ok(judged?)
}

/// Turns a declared example into a judgment request. An example shows the judgment of the items
/// it reports, so it is judged on those alone (`Coverage::ReportedItems`): a sample's missing
/// items are the submission's business.
pub fn example_request(industry: &str, example: &ExampleSpec) -> Result<JudgeRequest, String> {
    let sampling_date = NaiveDate::parse_from_str(&example.sampling_date, "%Y-%m-%d")
        .map_err(|_| format!("sampling_date {:?} is not YYYY-MM-DD", example.sampling_date))?;
    Ok(JudgeRequest {
        industry: industry.to_owned(),
        variant: example.variant.clone(),
        sampling_date,
        declared: example.declared.clone(),
        declared_standards: example.declared_standards.clone(),
        results: example
            .results
            .iter()
            .map(|(code, result)| {
                let measured = judgment::MeasuredResult {
                    value: result.value.clone(),
                    unit: result.unit.clone(),
                    conditions: result.conditions.clone(),
                };
                (code.clone(), measured)
            })
            .collect(),
        not_tested: BTreeMap::new(),
        coverage: judgment::Coverage::ReportedItems,
    })
}

/// The engine's window onto a plugin's code: one FFI call (or worker request) per sample for all
/// custom items.
struct PluginCode<'a> {
    plugin: &'a LoadedPlugin,
    /// Set when an isolated worker failed the call: the engine sees only an error message.
    failure: Cell<Option<PluginFault>>,
}

impl CustomEvaluator for PluginCode<'_> {
    fn evaluate(
        &self,
        variant: &Variant,
        sampling_date: NaiveDate,
        calls: &[CustomCall<'_>],
    ) -> Result<Vec<CustomResult>, String> {
        let request = CustomRequest {
            variant: variant.code.clone(),
            sampling_date: sampling_date.to_string(),
            items: calls
                .iter()
                .map(|call| CustomItemRequest {
                    item: call.item.code.clone(),
                    requirement: call.requirement,
                    value: call.value.to_string(),
                    declared: call.declared.map(|declared| declared.to_string()),
                    conditions: call.conditions.clone(),
                })
                .collect(),
        };
        // Sized up front: growing the buffer showed up in the per-item cost.
        let mut bytes = Vec::with_capacity(256 + 192 * calls.len());
        bytes.push(isolation::ASK_JUDGE);
        serde_json::to_writer(&mut bytes, &request)
            .map_err(|error| format!("cannot encode the request: {error}"))?;
        let answer = self
            .plugin
            .code
            .judge(bytes, |answer| serde_json::from_slice::<Envelope<CustomResponse>>(answer))
            .map_err(|failure| {
                let fault = match failure {
                    CallFailure::TimedOut(_) => PluginFault::TimedOut,
                    _ => PluginFault::Unavailable,
                };
                self.failure.set(Some(fault));
                failure.to_string()
            })?;
        let response = match answer {
            Ok(Envelope::Ok(response)) => response,
            Ok(Envelope::Error(message)) => return Err(message),
            Err(error) => return Err(format!("the plugin answered with malformed JSON: {error}")),
        };
        if response.items.len() != calls.len() {
            return Err(format!("the plugin answered {} items for {}", response.items.len(), calls.len()));
        }
        let decimal = |item: &str, what: &str, text: Option<String>| {
            text.map(|text| parse_decimal(&text).map_err(|error| format!("item {item}: {what}: {error}")))
                .transpose()
        };
        response
            .items
            .into_iter()
            .zip(calls)
            .map(|(answer, call)| {
                if answer.item != call.item.code {
                    return Err(format!(
                        "the plugin answered item {} in place of {}",
                        answer.item, call.item.code
                    ));
                }
                Ok(match answer.outcome {
                    CustomOutcome::Bounds { value, min, max, explanation } => CustomResult::Bounds {
                        value: decimal(&answer.item, "value", value)?,
                        min: decimal(&answer.item, "min", min)?,
                        max: decimal(&answer.item, "max", max)?,
                        explanation,
                    },
                    CustomOutcome::NotJudged { reason } => CustomResult::NotJudged { reason },
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod send_sync {
    use super::PluginRegistry;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn registry_is_send_and_sync() {
        assert_send_sync::<PluginRegistry>();
    }
}
