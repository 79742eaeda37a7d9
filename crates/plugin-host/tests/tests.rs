//! The host against real libraries: the wire-cable plugin and the faulty test fixtures under
//! plugins/test-faulty, built by this test (into their own target directory, like trybuild does,
//! so that a nested cargo never waits on the outer build's lock and the libraries are always
//! current).

// Test helpers, not only #[test] functions, may unwrap: a failure is the test failing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use oversight_domain::testing::judgment::{Conclusion, JudgeRequest, Outcome};
use oversight_plugin_host::{
    Isolation, LoadOptions, LockFile, PluginRegistry, ProcessOptions, WorkerCommand, sha256_file,
};

const PACKAGES: &[(&str, &str)] = &[
    ("oversight-plugin-wire-cable", "oversight_plugin_wire_cable"),
    ("oversight-plugin-compound-fertilizer", "oversight_plugin_compound_fertilizer"),
    ("oversight-plugin-pesticide", "oversight_plugin_pesticide"),
    ("oversight-plugin-electric-blanket", "oversight_plugin_electric_blanket"),
    ("oversight-plugin-brake-fluid", "oversight_plugin_brake_fluid"),
    ("oversight-plugin-e-bike", "oversight_plugin_e_bike"),
    ("oversight-plugin-wood-panel", "oversight_plugin_wood_panel"),
    ("oversight-test-plugin-panics", "oversight_test_plugin_panics"),
    ("oversight-test-plugin-panics-in-judge", "oversight_test_plugin_panics_in_judge"),
    ("oversight-test-plugin-bad-json", "oversight_test_plugin_bad_json"),
    ("oversight-test-plugin-wrong-abi", "oversight_test_plugin_wrong_abi"),
    ("oversight-test-plugin-wire-cable-next", "oversight_test_plugin_wire_cable_next"),
    ("oversight-test-plugin-crashes-in-judge", "oversight_test_plugin_crashes_in_judge"),
    ("oversight-test-plugin-hangs-in-judge", "oversight_test_plugin_hangs_in_judge"),
];

/// The key-industry plugins (§三): industry id and library name. Each must load
/// pinned-or-not and pass every example it declares.
const KEY_INDUSTRY_PLUGINS: &[(&str, &str)] = &[
    ("wire-cable", "oversight_plugin_wire_cable"),
    ("compound-fertilizer", "oversight_plugin_compound_fertilizer"),
    ("pesticide", "oversight_plugin_pesticide"),
    ("electric-blanket", "oversight_plugin_electric_blanket"),
    ("brake-fluid", "oversight_plugin_brake_fluid"),
    ("e-bike", "oversight_plugin_e_bike"),
    ("wood-panel", "oversight_plugin_wood_panel"),
];

#[test]
fn every_key_industry_plugin_passes_its_examples() {
    let libs: Vec<&str> = KEY_INDUSTRY_PLUGINS.iter().map(|(_, lib)| *lib).collect();
    let dir = plugin_dir(&libs);
    let registry = PluginRegistry::load_dir(dir.path(), &development()).unwrap();
    assert!(registry.refused().is_empty(), "refused: {:?}", registry.refused());
    for (id, _) in KEY_INDUSTRY_PLUGINS {
        let profile = registry.industry(id).unwrap_or_else(|| panic!("{id} is not loaded"));
        assert!(!profile.examples.is_empty(), "{id} declares no examples");
        for report in registry.run_examples(id).unwrap() {
            assert!(report.mismatches.is_empty(), "{id} example {}: {:?}", report.name, report.mismatches);
        }
    }
}

fn library_file(lib_name: &str) -> String {
    format!("{}{lib_name}.{}", std::env::consts::DLL_PREFIX, std::env::consts::DLL_EXTENSION)
}

/// Builds the plugin libraries once per test process and returns the directory holding them.
fn built_plugins() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| workspace.join("target"))
            .join("plugin-fixtures");
        let mut command = Command::new(env!("CARGO"));
        command.current_dir(&workspace).arg("build").arg("--target-dir").arg(&target);
        for (package, _) in PACKAGES {
            command.arg("-p").arg(package);
        }
        let status = command.status().expect("cargo runs");
        assert!(status.success(), "building the plugin fixtures failed");
        target.join("debug")
    })
}

/// A fresh plugin directory with copies of the named libraries.
fn plugin_dir(lib_names: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for lib_name in lib_names {
        let file = library_file(lib_name);
        std::fs::copy(built_plugins().join(&file), dir.path().join(&file)).unwrap();
    }
    dir
}

fn development() -> LoadOptions {
    LoadOptions { allow_unpinned: true, ..LoadOptions::default() }
}

fn request(json: serde_json::Value) -> JudgeRequest {
    serde_json::from_value(json).unwrap()
}

#[test]
fn wire_cable_loads_and_its_examples_pass() {
    let dir = plugin_dir(&["oversight_plugin_wire_cable"]);
    let registry = PluginRegistry::load_dir(dir.path(), &development()).unwrap();
    assert!(registry.refused().is_empty(), "{:?}", registry.refused());
    let ids: Vec<&str> = registry.industries().iter().map(|profile| profile.id.as_str()).collect();
    assert_eq!(ids, ["wire-cable"]);
    let profile = registry.industry("wire-cable").unwrap();
    assert_eq!(profile.names.zh, "电线电缆");
    let reports = registry.run_examples("wire-cable").unwrap();
    assert!(reports.len() >= 5);
    for report in reports {
        assert!(report.mismatches.is_empty(), "{}: {:?}", report.name, report.mismatches);
    }
}

#[test]
fn a_verdict_is_exact_explained_and_reproducible() {
    let dir = plugin_dir(&["oversight_plugin_wire_cable"]);
    let registry = PluginRegistry::load_dir(dir.path(), &development()).unwrap();
    let sample = request(serde_json::json!({
        "industry": "wire-cable",
        "variant": "BV-2.5",
        "sampling_date": "2026-05-01",
        "declared_standards": ["GB/T 3956", "GB/T 5023"],
        "results": {
            "conductor_resistance": {"value": "7.60", "unit": "Ω/km", "conditions": {"temperature_c": "25"}},
            "insulation_thickness_mean": {"value": "0.79", "unit": "mm"},
            "voltage_test": {"value": "no_breakdown", "unit": ""}
        }
    }));
    let verdict = registry.judge(&sample).unwrap();
    assert_eq!(verdict.conclusion, Conclusion::Nonconforming);
    assert!(verdict.serious);
    assert_eq!(verdict.plugin_id, "wire-cable");
    assert_eq!(verdict.editions["GB/T 3956"], "GB/T 3956-2008");
    let resistance = &verdict.items[0];
    assert_eq!(resistance.code, "conductor_resistance");
    assert_eq!(resistance.outcome, Outcome::Fail);
    assert_eq!(resistance.value_judged.unwrap().to_string(), "7.448");
    assert!(resistance.explanation.contains("Kt 0.980"), "{}", resistance.explanation);
    let mean = verdict.items.iter().find(|item| item.code == "insulation_thickness_mean").unwrap();
    assert_eq!(mean.outcome, Outcome::Fail);
    assert!(mean.needs_verification, "0.8 mm for 2.5 mm² is [U] in the reference");
    assert_eq!(registry.judge(&sample).unwrap(), verdict);
    let json = serde_json::to_value(&verdict).unwrap();
    assert_eq!(json["conclusion_zh"], "不合格");
    assert_eq!(json["items"][0]["limit"]["max"], "7.41");
}

#[test]
fn bad_input_is_refused_with_the_item_named() {
    let dir = plugin_dir(&["oversight_plugin_wire_cable"]);
    let registry = PluginRegistry::load_dir(dir.path(), &development()).unwrap();
    let base = serde_json::json!({
        "industry": "wire-cable", "variant": "BV-1.5", "sampling_date": "2026-05-01",
        "declared_standards": ["GB/T 3956"],
        "results": {"conductor_resistance": {"value": "12.0", "unit": "Ω/km"}}
    });
    let with = |path: &[&str], value: serde_json::Value| {
        let mut json = base.clone();
        let mut slot = &mut json;
        for key in path {
            slot = &mut slot[*key];
        }
        *slot = value;
        request(json)
    };
    let cases = [
        (with(&["industry"], "fertilizer".into()), "UNKNOWN_INDUSTRY", "fertilizer"),
        (with(&["variant"], "BV-999".into()), "UNKNOWN_VARIANT", "BV-999"),
        (with(&["sampling_date"], "2009-09-30".into()), "NO_EDITION_IN_FORCE", "conductor_resistance"),
        (
            with(&["results", "conductor_resistance", "unit"], "Ω/m".into()),
            "WRONG_UNIT",
            "conductor_resistance",
        ),
        (
            with(&["results", "conductor_resistance", "value"], "NaN".into()),
            "BAD_VALUE",
            "conductor_resistance",
        ),
        (
            with(&["results", "conductor_resistance", "value"], "-1".into()),
            "NEGATIVE_VALUE",
            "conductor_resistance",
        ),
        (with(&["results", "nope"], serde_json::json!({"value": "1", "unit": "mm"})), "UNKNOWN_ITEM", "nope"),
        (
            with(
                &["results", "conductor_resistance", "conditions"],
                serde_json::json!({"temperature_c": "22"}),
            ),
            "PLUGIN_JUDGE_FAILED",
            "conductor_resistance",
        ),
    ];
    for (sample, code, named) in cases {
        let error = registry.judge(&sample).unwrap_err();
        assert_eq!(error.code(), code, "{error}");
        assert!(error.to_string().contains(named), "{error} should name {named}");
    }
}

#[test]
fn faulty_plugins_are_refused_and_the_others_keep_serving() {
    let names: Vec<&str> = PACKAGES.iter().map(|(_, lib_name)| *lib_name).collect();
    let dir = plugin_dir(&names);
    let registry = PluginRegistry::load_dir(dir.path(), &development()).unwrap();
    let mut refused: Vec<(String, &str, String)> = registry
        .refused()
        .iter()
        .map(|refusal| {
            let file = refusal.file.file_name().unwrap().to_string_lossy().into_owned();
            (file, refusal.reason.code(), refusal.reason.to_string())
        })
        .collect();
    refused.sort();
    let codes: Vec<(&str, &str)> = refused.iter().map(|(file, code, _)| (file.as_str(), *code)).collect();
    assert_eq!(
        codes,
        [
            (library_file("oversight_test_plugin_bad_json").as_str(), "BAD_MANIFEST"),
            (library_file("oversight_test_plugin_panics").as_str(), "MANIFEST_FAILED"),
            (library_file("oversight_test_plugin_wrong_abi").as_str(), "ABI_VERSION"),
        ]
    );
    assert!(refused[1].2.contains("panicked"), "{}", refused[1].2);
    assert!(refused[2].2.contains("999"), "{}", refused[2].2);

    // The plugin whose judge function panics: the panic becomes an error, nothing is judged…
    let boom = request(serde_json::json!({
        "industry": "test-panics-in-judge", "variant": "any", "sampling_date": "2026-01-01",
        "results": {"boom": {"value": "1", "unit": "mm"}, "plain": {"value": "0.5", "unit": "mm"}}
    }));
    let error = registry.judge(&boom).unwrap_err();
    assert_eq!(error.code(), "PLUGIN_JUDGE_FAILED");
    assert!(error.to_string().contains("panicked"), "{error}");
    // …and the same plugin still judges declarative items, as does every other plugin (the one
    // item alone: as a sample, the missing "boom" would leave the verdict not judgeable).
    let plain = request(serde_json::json!({
        "industry": "test-panics-in-judge", "variant": "any", "sampling_date": "2026-01-01",
        "results": {"plain": {"value": "0.5", "unit": "mm"}}, "coverage": "reported_items"
    }));
    assert_eq!(registry.judge(&plain).unwrap().conclusion, Conclusion::NoNonconformityFound);
    let reports = registry.run_examples("wire-cable").unwrap();
    assert!(reports.iter().all(|report| report.mismatches.is_empty()));
}

/// Development options with plugins isolated in this crate's worker binary (docs/adr/0045).
fn isolated(call_timeout_ms: u64) -> LoadOptions {
    let worker = WorkerCommand {
        program: PathBuf::from(env!("CARGO_BIN_EXE_oversight-plugin-worker")),
        args: Vec::new(),
    };
    let mut process = ProcessOptions::new(worker);
    process.call_timeout = std::time::Duration::from_millis(call_timeout_ms);
    LoadOptions { isolation: Isolation::Process(process), ..development() }
}

/// The refusals of a registry: file name and code, sorted.
fn refusal_codes(registry: &PluginRegistry) -> Vec<(String, &'static str)> {
    let mut codes: Vec<(String, &str)> = registry
        .refused()
        .iter()
        .map(|refusal| {
            (refusal.file.file_name().unwrap().to_string_lossy().into_owned(), refusal.reason.code())
        })
        .collect();
    codes.sort();
    codes
}

#[test]
fn isolated_plugins_load_and_judge_as_in_process_and_survive_crashes_and_hangs() {
    let names: Vec<&str> = PACKAGES.iter().map(|(_, lib_name)| *lib_name).collect();
    let dir = plugin_dir(&names);
    let in_process = PluginRegistry::load_dir(dir.path(), &development()).unwrap();
    let registry = PluginRegistry::load_dir(dir.path(), &isolated(500)).unwrap();
    // The worker refuses what loading in process refuses, with the same codes.
    assert_eq!(refusal_codes(&registry), refusal_codes(&in_process));
    assert_eq!(registry.plugins().count(), in_process.plugins().count());
    for (id, _) in KEY_INDUSTRY_PLUGINS {
        for report in registry.run_examples(id).unwrap() {
            assert!(report.mismatches.is_empty(), "{id} example {}: {:?}", report.name, report.mismatches);
        }
    }
    // A panic is still caught inside the plugin: the plugin's own refusal, not a worker failure.
    let boom = request(serde_json::json!({
        "industry": "test-panics-in-judge", "variant": "any", "sampling_date": "2026-01-01",
        "results": {"boom": {"value": "1", "unit": "mm"}}
    }));
    assert_eq!(registry.judge(&boom).unwrap_err().code(), "PLUGIN_JUDGE_FAILED");
    for (industry, item, expected) in [
        ("test-crashes-in-judge", "segfault", "PLUGIN_UNAVAILABLE"),
        ("test-crashes-in-judge", "abort", "PLUGIN_UNAVAILABLE"),
        // Past the worker's memory limit (512 MiB by default) an allocation fails: an abort too.
        ("test-crashes-in-judge", "hog", "PLUGIN_UNAVAILABLE"),
        ("test-hangs-in-judge", "hang", "PLUGIN_TIMEOUT"),
    ] {
        let sample = request(serde_json::json!({
            "industry": industry, "variant": "any", "sampling_date": "2026-01-01",
            "results": {item: {"value": "1", "unit": "mm"}}
        }));
        // Twice: the failed worker is replaced, and the new one fails the same way.
        for _ in 0..2 {
            let error = registry.judge(&sample).unwrap_err();
            assert_eq!(error.code(), expected, "{item}: {error}");
        }
        let reports = registry.run_examples("wire-cable").unwrap();
        assert!(reports.iter().all(|report| report.mismatches.is_empty()), "after {item}");
    }
}

#[test]
fn plugins_lock_admits_only_pinned_unchanged_files() {
    let dir = plugin_dir(&["oversight_plugin_wire_cable"]);
    let file = library_file("oversight_plugin_wire_cable");
    let digest = sha256_file(&dir.path().join(&file)).unwrap();

    let strict = |lock: LockFile| LoadOptions { lock, ..LoadOptions::default() };
    let codes = |options: &LoadOptions| {
        let registry = PluginRegistry::load_dir(dir.path(), options).unwrap();
        (registry.industries().len(), registry.refused().iter().map(|r| r.reason.code()).collect::<Vec<_>>())
    };

    assert_eq!(codes(&strict(LockFile::default())), (0, vec!["UNPINNED"]));

    let mut pinned = LockFile::default();
    pinned.pin(&file, &digest);
    let lock_path = dir.path().join("plugins.lock");
    pinned.write(&lock_path).unwrap();
    let reread = LockFile::read(&lock_path).unwrap();
    assert_eq!(codes(&strict(reread)), (1, vec![]));

    let mut changed = LockFile::default();
    changed.pin(&file, &"0".repeat(64));
    assert_eq!(codes(&strict(changed.clone())), (0, vec!["CHANGED"]));
    assert_eq!(
        codes(&LoadOptions { lock: changed, allow_unpinned: true, ..LoadOptions::default() }),
        (1, vec![])
    );

    // A byte appended to an approved file is a changed file.
    let mut bytes = std::fs::read(dir.path().join(&file)).unwrap();
    bytes.push(0);
    // Replace the file (new inode) rather than overwrite it: the old one is mapped by the loaded
    // library, and rewriting a mapped library in place crashes the process that loaded it.
    std::fs::remove_file(dir.path().join(&file)).unwrap();
    std::fs::write(dir.path().join(&file), bytes).unwrap();
    assert_eq!(codes(&strict(pinned)), (0, vec!["CHANGED"]));
}

#[test]
fn two_versions_of_an_industry_serve_side_by_side() {
    let dir = plugin_dir(&["oversight_plugin_wire_cable", "oversight_test_plugin_wire_cable_next"]);
    let registry = PluginRegistry::load_dir(dir.path(), &development()).unwrap();
    assert!(registry.refused().is_empty(), "{:?}", registry.refused());
    let versions: Vec<(String, bool)> = registry
        .plugins()
        .map(|plugin| (plugin.profile().version.clone(), registry.is_current(plugin)))
        .collect();
    assert_eq!(versions, [("0.2.1".to_owned(), false), ("0.3.0".to_owned(), true)]);
    assert_eq!(registry.industries().len(), 1, "one industry, whatever its versions");
    assert_eq!(registry.industry("wire-cable").unwrap().version, "0.3.0");
    // 13.0 N/mm² passes 0.2.1's minimum of 12.5 and fails 0.3.0's 15.0.
    let sample = request(serde_json::json!({
        "industry": "wire-cable", "variant": "BV-2.5", "sampling_date": "2026-05-01",
        "declared_standards": ["GB/T 3956", "GB/T 5023"],
        "results": { "insulation_tensile_strength": {"value": "13.0", "unit": "N/mm²"} }
    }));
    let outcome = |verdict: oversight_domain::testing::judgment::Verdict| {
        let item = verdict.items.iter().find(|item| item.code == "insulation_tensile_strength").unwrap();
        (verdict.plugin_version.clone(), item.outcome, verdict.conclusion == Conclusion::Nonconforming)
    };
    let pinned = registry.judge_pinned(&sample, "0.2.1").unwrap();
    assert_eq!(outcome(pinned), ("0.2.1".to_owned(), Outcome::Pass, false));
    let current = registry.judge(&sample).unwrap();
    assert_eq!(outcome(current), ("0.3.0".to_owned(), Outcome::Fail, true));
    for missing in ["0.1.0", "not a version"] {
        let error = registry.judge_pinned(&sample, missing).unwrap_err();
        assert_eq!(error.code(), "PLUGIN_VERSION_NOT_LOADED", "{missing}");
    }
}

#[test]
fn a_pinned_version_is_found_by_its_exact_number_only() {
    let dir = plugin_dir(&["oversight_plugin_wire_cable"]);
    let registry = PluginRegistry::load_dir(dir.path(), &development()).unwrap();
    assert!(registry.plugin_version("wire-cable", "0.2").is_none());
    assert!(registry.plugin_version("wire-cable", "0.2.1").is_some());
}

#[test]
fn a_second_file_for_the_same_industry_version_is_refused() {
    let dir = plugin_dir(&["oversight_plugin_wire_cable"]);
    let file = library_file("oversight_plugin_wire_cable");
    let copy = format!("zz_copy_{file}");
    std::fs::copy(dir.path().join(&file), dir.path().join(&copy)).unwrap();
    let registry = PluginRegistry::load_dir(dir.path(), &development()).unwrap();
    assert_eq!(registry.industries().len(), 1);
    assert_eq!(registry.refused().len(), 1);
    assert_eq!(registry.refused()[0].reason.code(), "DUPLICATE");
    assert!(registry.refused()[0].file.ends_with(&copy));
}

/// The names in the `[dependencies]` table of a manifest (a plain reading: these files are ours).
fn dependencies(manifest: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(manifest).unwrap();
    let mut in_dependencies = false;
    let mut names = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            in_dependencies = line == "[dependencies]";
        } else if in_dependencies && !line.is_empty() && !line.starts_with('#') {
            let name = line.split(['=', '.']).next().unwrap().trim();
            names.push(name.to_owned());
        }
    }
    names.sort();
    names
}

/// Architecture invariants of the boundary: plugin-api depends on std, serde and serde_json only,
/// and every plugin (fixtures included) on plugin-api alone.
#[test]
fn the_boundary_crates_keep_their_dependencies_narrow() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    assert_eq!(dependencies(&workspace.join("crates/plugin-api/Cargo.toml")), ["serde", "serde_json"]);
    let mut manifests = Vec::new();
    for entry in std::fs::read_dir(workspace.join("plugins")).unwrap() {
        let path = entry.unwrap().path();
        if path.join("Cargo.toml").is_file() {
            manifests.push(path.join("Cargo.toml"));
        } else if path.is_dir() {
            for inner in std::fs::read_dir(&path).unwrap() {
                let inner = inner.unwrap().path().join("Cargo.toml");
                if inner.is_file() {
                    manifests.push(inner);
                }
            }
        }
    }
    assert!(manifests.len() >= 5, "{manifests:?}");
    for manifest in manifests {
        assert_eq!(dependencies(&manifest), ["oversight-plugin-api"], "{}", manifest.display());
    }
}
