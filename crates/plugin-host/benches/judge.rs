//! Judgment throughput on one core, through the real wire-cable plugin: declarative items judged by
//! the engine alone, and custom items judged with one batched FFI call per sample. Targets (issue
//! 3): ≥ 1,000,000 declarative item judgments per second, custom items within 5× of that per item.
//! Both modes of docs/adr/0045 are measured: `in_process` (the library loaded here) and `isolated`
//! (the plugin in a worker process, `oversight-plugin-worker`, one pipe round trip per sample;
//! declarative items never reach the plugin, so only custom items differ).
//! Run with `cargo bench -p oversight-plugin-host --bench judge`.

// Set-up failures (cargo missing, plugin refused) are bugs of the bench itself: fail loudly.
#![allow(clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use oversight_domain::testing::judgment::JudgeRequest;
use oversight_plugin_host::{Isolation, LoadOptions, PluginRegistry, ProcessOptions, WorkerCommand};

/// Builds the wire-cable plugin in release into its own target directory and loads it, in
/// process and isolated.
fn registries() -> [(&'static str, PluginRegistry); 2] {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace.join("target"))
        .join("plugin-fixtures");
    let status = Command::new(env!("CARGO"))
        .current_dir(&workspace)
        .args(["build", "--release", "-p", "oversight-plugin-wire-cable", "--target-dir"])
        .arg(&target)
        .status()
        .expect("cargo runs");
    assert!(status.success(), "building the wire-cable plugin failed");
    let file = format!(
        "{}oversight_plugin_wire_cable.{}",
        std::env::consts::DLL_PREFIX,
        std::env::consts::DLL_EXTENSION
    );
    let dir = tempfile::tempdir().expect("temporary directory");
    std::fs::copy(target.join("release").join(&file), dir.path().join(&file)).expect("copy plugin");
    let in_process = LoadOptions { allow_unpinned: true, ..LoadOptions::default() };
    let worker = WorkerCommand {
        program: PathBuf::from(env!("CARGO_BIN_EXE_oversight-plugin-worker")),
        args: Vec::new(),
    };
    let isolated =
        LoadOptions { isolation: Isolation::Process(ProcessOptions::new(worker)), ..in_process.clone() };
    let registries = [("in_process", in_process), ("isolated", isolated)].map(|(mode, options)| {
        let registry = PluginRegistry::load_dir(dir.path(), &options).expect("plugin directory");
        assert!(registry.refused().is_empty(), "{:?}", registry.refused());
        (mode, registry)
    });
    // The library stays mapped after the directory is removed (and workers open it again after
    // a failure): keep the files.
    std::mem::forget(dir);
    registries
}

fn request(results: serde_json::Value) -> JudgeRequest {
    serde_json::from_value(serde_json::json!({
        "industry": "wire-cable",
        "variant": "BV-1.5",
        "sampling_date": "2026-05-01",
        "declared_standards": ["GB/T 3956", "GB/T 5023", "GB/T 18380"],
        "results": results,
    }))
    .expect("request")
}

fn bench(c: &mut Criterion) {
    let declarative = request(serde_json::json!({
        "insulation_thickness_mean": {"value": "0.72", "unit": "mm"},
        "voltage_test": {"value": "no_breakdown", "unit": ""},
        "insulation_resistance_70c": {"value": "0.015", "unit": "MΩ·km"},
        "insulation_tensile_strength": {"value": "14.2", "unit": "N/mm²"},
        "insulation_elongation": {"value": "180", "unit": "%"},
        "insulation_tensile_variation_after_ageing": {"value": "-7.5", "unit": "%"},
        "flame_single_vertical": {"value": "pass", "unit": ""},
        "marking": {"value": "conforming", "unit": ""},
    }));
    let custom = request(serde_json::json!({
        "conductor_resistance": {"value": "11.6", "unit": "Ω/km", "conditions": {"temperature_c": "10"}},
        "insulation_thickness_thinnest": {"value": "0.55", "unit": "mm"},
    }));
    for (mode, registry) in &registries() {
        for (name, sample) in [("declarative", &declarative), ("custom_batched", &custom)] {
            let verdict = registry.judge(sample).expect("judges");
            assert_eq!(verdict.n_not_judged, 0, "{verdict:#?}");
            let mut group = c.benchmark_group(format!("judge_{mode}"));
            group.throughput(Throughput::Elements(sample.results.len() as u64));
            group.bench_function(name, |b| b.iter(|| registry.judge(std::hint::black_box(sample))));
            group.finish();
        }
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
