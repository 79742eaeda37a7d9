//! Public contracts and architecture invariants: the SDL in schema.graphql, the
//! error-code list in docs/errors.md, and the crate dependency rules of ARCHITECTURE.md.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use oversight_app::Code;
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[test]
fn schema_graphql_matches_the_code() {
    let committed = std::fs::read_to_string(root().join("schema.graphql")).unwrap();
    let current = oversight_api::sdl();
    assert!(
        committed == current,
        "schema.graphql is out of date: run `cargo run -p oversight-server -- schema > schema.graphql`"
    );
}

#[test]
fn every_error_code_is_documented() {
    let doc = std::fs::read_to_string(root().join("docs/errors.md")).unwrap();
    let missing: Vec<&str> =
        Code::all().map(|c| c.as_str()).filter(|code| !doc.contains(&format!("`{code}`"))).collect();
    assert!(missing.is_empty(), "docs/errors.md lacks {missing:?}");
}

/// The dependency graph from `cargo metadata`: package name → normal dependencies.
fn graph() -> (BTreeMap<String, BTreeSet<String>>, BTreeMap<String, String>) {
    // Only this host's packages: the others (Windows crates) may not be downloaded.
    let rustc = std::process::Command::new("rustc").arg("-vV").output().unwrap();
    let host = String::from_utf8_lossy(&rustc.stdout)
        .lines()
        .find_map(|line| line.strip_prefix("host: ").map(str::to_owned))
        .unwrap();
    let output = std::process::Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--offline", "--filter-platform", &host])
        .current_dir(root())
        .output()
        .unwrap();
    assert!(output.status.success(), "cargo metadata failed: {}", String::from_utf8_lossy(&output.stderr));
    let metadata: Value = serde_json::from_slice(&output.stdout).unwrap();
    let mut names = BTreeMap::new();
    let mut paths = BTreeMap::new();
    for package in metadata["packages"].as_array().unwrap() {
        names
            .insert(package["id"].as_str().unwrap().to_owned(), package["name"].as_str().unwrap().to_owned());
        paths.insert(
            package["name"].as_str().unwrap().to_owned(),
            package["manifest_path"].as_str().unwrap().to_owned(),
        );
    }
    let mut graph = BTreeMap::new();
    for node in metadata["resolve"]["nodes"].as_array().unwrap() {
        let name = names[node["id"].as_str().unwrap()].clone();
        let deps: BTreeSet<String> = node["deps"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|dep| dep["dep_kinds"].as_array().unwrap().iter().any(|k| k["kind"].is_null()))
            .map(|dep| names[dep["pkg"].as_str().unwrap()].clone())
            .collect();
        graph.entry(name).or_insert_with(BTreeSet::new).extend(deps);
    }
    (graph, paths)
}

fn transitive(graph: &BTreeMap<String, BTreeSet<String>>, start: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack = vec![start.to_owned()];
    while let Some(name) = stack.pop() {
        for dep in graph.get(&name).into_iter().flatten() {
            if seen.insert(dep.clone()) {
                stack.push(dep.clone());
            }
        }
    }
    seen
}

#[test]
fn architecture_invariants_hold() {
    let (graph, paths) = graph();
    let mut violations = Vec::new();

    // domain is pure: no I/O runtime, ORM, GraphQL or HTTP anywhere below it.
    let forbidden = [
        "sea-orm",
        "sea-query",
        "sqlx",
        "async-graphql",
        "actix-web",
        "actix-rt",
        "tokio",
        "libloading",
        "reqwest",
    ];
    for dep in transitive(&graph, "oversight-domain") {
        if forbidden.contains(&dep.as_str()) {
            violations.push(format!("oversight-domain depends (transitively) on {dep}"));
        }
    }
    // Only these crates may use these dependencies directly.
    let owners: &[(&str, &[&str])] = &[
        ("sea-orm", &["oversight-storage", "oversight-migrations", "sea-orm-migration"]),
        ("sea-orm-migration", &["oversight-migrations"]),
        ("async-graphql", &["oversight-api"]),
        ("libloading", &["oversight-plugin-host"]),
        // The PostgreSQL LISTEN connection lives outside sea-orm's pool, in storage.
        ("sqlx", &["oversight-storage"]),
        // The subscription socket is transport, and transport is the API's.
        ("actix-ws", &["oversight-api"]),
        // Signatures: the audit anchors' (app) and the plugin publishers' (plugin-host).
        ("ed25519-dalek", &["oversight-app", "oversight-plugin-host"]),
        // The metrics registry is app's; the API records into it and the server exports its text.
        ("prometheus", &["oversight-app"]),
        // Files in and out: the spot-check import reads and the exports write spreadsheets in
        // app; the tests read the exports back.
        ("calamine", &["oversight-app", "oversight-tests"]),
        ("csv", &["oversight-app", "oversight-tests"]),
        ("rust_xlsxwriter", &["oversight-app"]),
    ];
    for (dependency, allowed) in owners {
        for (package, deps) in &graph {
            if package.starts_with("oversight")
                && deps.contains(*dependency)
                && !allowed.contains(&package.as_str())
            {
                violations.push(format!("{package} uses {dependency} directly"));
            }
        }
    }
    // plugin-api depends on std, serde and serde_json only.
    for dep in &graph["oversight-plugin-api"] {
        if !["serde", "serde_json"].contains(&dep.as_str()) {
            violations.push(format!("oversight-plugin-api depends on {dep}"));
        }
    }
    // Every plugin depends on plugin-api and nothing else of ours or outside.
    let plugins_dir = root().join("plugins").canonicalize().unwrap();
    let mut n_plugins = 0;
    for (package, manifest) in &paths {
        if !PathBuf::from(manifest).starts_with(&plugins_dir) {
            continue;
        }
        n_plugins += 1;
        for dep in &graph[package] {
            if dep != "oversight-plugin-api" {
                violations.push(format!("plugin {package} depends on {dep}"));
            }
        }
    }
    assert!(n_plugins >= 1, "no plugin crates found under plugins/");
    assert!(violations.is_empty(), "architecture invariants broken:\n{}", violations.join("\n"));
}
