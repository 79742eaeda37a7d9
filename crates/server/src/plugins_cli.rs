//! `oversight plugins list | verify <file> | pin | new <id>`: plain functions returning the text
//! to print, for the binary's clap wiring. `verify` loads the candidate in a child process (the
//! hidden `plugins verify-child <file>` subcommand), because a plugin not built with the authoring
//! macro can still abort or crash whatever process loads it.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use anyhow::{Context, bail};
use oversight_plugin_host::{
    LoadOptions, LockFile, PluginRegistry, api::IndustryProfile, api::serde_json, plugin_files, sha256_file,
    validate_profile,
};

/// Refuses, with what to set, a plugin directory that does not exist.
fn require_dir(dir: &Path) -> anyhow::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    bail!(
        "no plugin directory at {}: set plugins_dir (OVERSIGHT_PLUGINS_DIR, or plugins_dir in the --config file) \
         to the directory that holds the plugin libraries, or create it and copy them there",
        dir.display()
    )
}

/// A table of the plugins in `dir`: loaded ones with their industry and pin state, then refused
/// ones with the reason.
pub fn list(dir: &Path, options: &LoadOptions) -> anyhow::Result<String> {
    require_dir(dir)?;
    let registry = PluginRegistry::load_dir(dir, options)?;
    let mut rows = vec![[
        "FILE".to_owned(),
        "INDUSTRY".to_owned(),
        "VERSION".to_owned(),
        "STATUS".to_owned(),
        "DETAIL".to_owned(),
    ]];
    for plugin in registry.plugins() {
        let profile = plugin.profile();
        let n_unverified = count_unverified(profile);
        rows.push([
            file_name(&plugin.file),
            format!("{} ({})", profile.id, profile.names.zh),
            profile.version.clone(),
            match (plugin.pinned, registry.is_current(plugin)) {
                (true, true) => "loaded".to_owned(),
                (true, false) => "loaded (older version)".to_owned(),
                (false, true) => "loaded (UNPINNED)".to_owned(),
                (false, false) => "loaded (UNPINNED, older version)".to_owned(),
            },
            format!(
                "{} items, {} examples, {n_unverified} values need verification{}",
                profile.items.len(),
                profile.examples.len(),
                plugin.signed_by.as_ref().map(|key| format!(", signed by {key}")).unwrap_or_default()
            ),
        ]);
    }
    for refusal in registry.refused() {
        rows.push([
            file_name(&refusal.file),
            "-".to_owned(),
            "-".to_owned(),
            format!("REFUSED {}", refusal.reason.code()),
            refusal.reason.to_string(),
        ]);
    }
    Ok(table(&rows))
}

/// Runs `verify_child` for `file` in a child process of the current binary and reports its
/// result; a crash of the child is reported, not shared.
pub fn verify_in_child(file: &Path) -> anyhow::Result<String> {
    let exe = std::env::current_exe().context("cannot locate the oversight binary")?;
    let output = Command::new(&exe)
        .args(["plugins", "verify-child"])
        .arg(file)
        .output()
        .with_context(|| format!("cannot start {}", exe.display()))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    if output.status.success() {
        return Ok(stdout.into_owned());
    }
    let how = match output.status.code() {
        Some(code) => format!("exited with status {code}"),
        None => describe_signal(&output.status),
    };
    bail!("verification of {} failed: the checking process {how}\n{stdout}{stderr}", file.display())
}

#[cfg(unix)]
fn describe_signal(status: &std::process::ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match status.signal() {
        Some(signal) => format!("was killed by signal {signal} (the plugin crashed it)"),
        None => "ended abnormally".to_owned(),
    }
}

#[cfg(not(unix))]
fn describe_signal(_status: &std::process::ExitStatus) -> String {
    "ended abnormally".to_owned()
}

/// Loads `file` (pinned or not: this is the review step), validates it and judges every example
/// it declares; any mismatch, or no example at all, fails.
pub fn verify_child(file: &Path) -> anyhow::Result<String> {
    let mut registry = PluginRegistry::default();
    let options = LoadOptions { allow_unpinned: true, ..LoadOptions::default() };
    let plugin = registry
        .load_file(file, &options)
        .map_err(|reason| anyhow::anyhow!("{} refused ({}): {reason}", file.display(), reason.code()))?;
    let profile = plugin.profile();
    let id = profile.id.clone();
    let mut report = String::new();
    writeln!(report, "{}: {} {} ({})", file.display(), id, profile.version, profile.names.zh)?;
    writeln!(report, "  sha256 {}", plugin.sha256)?;
    writeln!(
        report,
        "  {} standards, {} items, {} variants, {} checklist items, {} values need verification",
        profile.standards.len(),
        profile.items.len(),
        profile.variants.len(),
        profile.checklist.len(),
        count_unverified(profile)
    )?;
    let reports = registry.run_examples(&id)?;
    if reports.is_empty() {
        bail!("{report}  the plugin declares no example: at least one is required");
    }
    let mut n_failed = 0;
    for example in &reports {
        if example.mismatches.is_empty() {
            writeln!(report, "  ok    {}", example.name)?;
        } else {
            n_failed += 1;
            writeln!(report, "  FAIL  {}", example.name)?;
            for mismatch in &example.mismatches {
                writeln!(report, "          {mismatch}")?;
            }
        }
    }
    if n_failed > 0 {
        bail!("{report}{n_failed} of {} examples failed", reports.len());
    }
    writeln!(report, "all {} examples judged as expected", reports.len())?;
    Ok(report)
}

/// Pins the SHA-256 of every library in `dir` into `lock`, keeping pins of other directories'
/// files. Run it only after reviewing and verifying each plugin.
pub fn pin(dir: &Path, lock: &Path) -> anyhow::Result<String> {
    require_dir(dir)?;
    let mut lock_file = LockFile::read(lock)?;
    let mut report = String::new();
    let files = plugin_files(dir)?;
    if files.is_empty() {
        bail!("no plugin library in {}", dir.display());
    }
    for path in files {
        let digest = sha256_file(&path).with_context(|| format!("cannot hash {}", path.display()))?;
        let name = file_name(&path);
        let change = match lock_file.digest(&name) {
            Some(old) if old == digest => "unchanged",
            Some(_) => "updated",
            None => "added",
        };
        lock_file.pin(&name, &digest);
        writeln!(report, "{change:9} {name} {digest}")?;
    }
    lock_file.write(lock)?;
    writeln!(report, "wrote {}", lock.display())?;
    Ok(report)
}

/// Creates a new plugin crate `dest/<id>` with a profile data file holding one item and one
/// example, a README and the code that embeds the profile.
pub fn scaffold(id: &str, dest: &Path) -> anyhow::Result<String> {
    let valid_id = !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-');
    if !valid_id {
        bail!("plugin id {id:?} must be lowercase letters, digits and hyphens");
    }
    let root = dest.join(id);
    if root.exists() {
        bail!("{} already exists", root.display());
    }
    std::fs::create_dir_all(root.join("src"))?;
    let package = format!("oversight-plugin-{id}");
    let files = [
        ("Cargo.toml", CARGO_TOML.replace("{package}", &package)),
        ("src/lib.rs", LIB_RS.replace("{id}", id)),
        ("profile.json", PROFILE_JSON.replace("{id}", id)),
        ("README.md", README_MD.replace("{id}", id)),
    ];
    for (name, text) in &files {
        std::fs::write(root.join(name), text).with_context(|| format!("cannot write {name}"))?;
    }
    Ok(format!(
        "created {root}\nnext: add \"plugins/{id}\" to [workspace] members in Cargo.toml, edit \
         profile.json, then `cargo build -p {package}` and `oversight plugins verify` the library\n",
        root = root.display()
    ))
}

fn count_unverified(profile: &IndustryProfile) -> usize {
    let standards = profile
        .standards
        .iter()
        .map(|s| {
            usize::from(s.needs_verification) + s.editions.iter().filter(|e| e.needs_verification).count()
        })
        .sum::<usize>();
    let items = profile
        .items
        .iter()
        .map(|item| {
            usize::from(item.needs_verification)
                + item.requirements.iter().filter(|r| r.needs_verification).count()
                + item
                    .requirements
                    .iter()
                    .map(|r| match &r.rule {
                        oversight_plugin_host::api::profile::RuleSpec::Table { rows, .. } => {
                            rows.iter().filter(|row| row.needs_verification).count()
                        }
                        _ => 0,
                    })
                    .sum::<usize>()
        })
        .sum::<usize>();
    let others = profile.checklist.iter().filter(|c| c.needs_verification).count()
        + profile.testing_frequency.iter().filter(|f| f.needs_verification).count()
        + usize::from(profile.objection.needs_verification);
    standards + items + others
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Left-aligned columns separated by two spaces.
fn table(rows: &[[String; 5]]) -> String {
    let mut widths = [0usize; 5];
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let mut text = String::new();
    for row in rows {
        let mut line = String::new();
        for (index, (cell, width)) in row.iter().zip(widths).enumerate() {
            if index + 1 == row.len() {
                line.push_str(cell);
            } else {
                let padding = width - cell.chars().count();
                line.push_str(cell);
                line.push_str(&" ".repeat(padding + 2));
            }
        }
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text
}

/// Checks that a scaffolded profile is valid, as the host would on loading.
pub fn check_profile_text(text: &str, custom_functions: &[String]) -> anyhow::Result<()> {
    let profile: IndustryProfile = serde_json::from_str(text).context("profile.json does not parse")?;
    validate_profile(&profile, custom_functions)
        .map(|_| ())
        .map_err(|problems| anyhow::anyhow!("invalid profile: {}", problems.join("; ")))
}

const CARGO_TOML: &str = r#"[package]
name = "{package}"
version = "0.1.0"
edition.workspace = true
rust-version.workspace = true
license.workspace = true
publish.workspace = true

[lib]
crate-type = ["cdylib", "rlib"]

[lints]
workspace = true

[dependencies]
oversight-plugin-api.workspace = true
"#;

const LIB_RS: &str = r#"//! Industry plugin `{id}`: its profile is data in `profile.json`, embedded at build time. Add a
//! judge function here only where a table or formula needs code (see docs/plugin-spec.md).

oversight_plugin_api::declare_plugin! {
    profile_json: include_str!("../profile.json"),
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_embedded_profile_parses() {
        let manifest = oversight_plugin_api::testing::manifest(&__oversight_plugin::TABLE).unwrap();
        assert_eq!(manifest.profile.id, "{id}");
    }
}
"#;

const PROFILE_JSON: &str = r#"{
  "id": "{id}",
  "version": "0.1.0",
  "names": { "zh": "（行业中文名）", "en": "(industry name)" },
  "license_product_units": [],
  "license_categories": [],
  "key_industry": false,
  "verdict_mode": { "mode": "any_fail" },
  "standards": [
    {
      "code": "GB 0000",
      "title_zh": "（标准名称）",
      "nature": "mandatory",
      "editions": [{ "edition": "GB 0000-2020", "effective_from": "2021-01-01", "needs_verification": true }],
      "needs_verification": true
    }
  ],
  "checklist": [],
  "testing_frequency": [],
  "objection": { "window_days": 15, "basis": "《产品质量法》第十五条" },
  "variants": [{ "code": "default", "name_zh": "（产品型号）" }],
  "items": [
    {
      "code": "moisture",
      "name_zh": "水分",
      "name_en": "Moisture",
      "unit": "%",
      "method_standard": "GB 0000",
      "standard": "GB 0000",
      "severity": "B",
      "retestable": true,
      "comparison": "rounded_value",
      "requirements": [{ "rule": { "kind": "max", "value": "2.0" }, "needs_verification": true }],
      "needs_verification": true,
      "note": "Replace with the real item; keep needs_verification until checked against the standard text."
    }
  ],
  "examples": [
    {
      "name": "2.05 rounds to 2.0 (GB/T 8170): no nonconformity",
      "variant": "default",
      "sampling_date": "2026-01-01",
      "results": { "moisture": { "value": "2.05", "unit": "%" } },
      "expected_items": { "moisture": "pass" },
      "expected_conclusion": "no_nonconformity_found"
    }
  ],
  "notes": []
}
"#;

const README_MD: &str = r#"# Industry plugin `{id}`

The profile — standards and editions, checklist items, testing frequency, test items with a rule per
variant, and examples — is data in `profile.json`, documented in `docs/plugin-spec.md` and checked
against `docs/plugin-profile.schema.json`.

- Mark every value not confirmed from the standard text with `"needs_verification": true`.
- Never invent a number: leave out what you cannot source, and say so under `notes`.
- Add a judge function in `src/lib.rs` only where a table or formula needs code.
- Every example is judged by `oversight plugins verify <library>`; keep them passing.

Build with `cargo build -p oversight-plugin-{id}`, verify, then pin with `oversight plugins pin`.
"#;

/// `oversight plugins keygen --out FILE`: a publisher's signing key, in the audit anchor key's
/// format (an ed25519 seed as hex, written owner-readable to a new file); prints the public key
/// for servers' `plugins_publisher_keys`.
pub fn keygen(out: &Path) -> anyhow::Result<String> {
    let public = crate::audit_cli::keygen(out)?;
    Ok(format!("publisher key written to {}\npublic key: {public}", out.display()))
}

/// `oversight plugins sign --key FILE <plugin>`: writes `<plugin>.sig`, the publisher's signature
/// of the file's SHA-256.
pub fn sign(key_file: &Path, plugin: &Path) -> anyhow::Result<String> {
    let secret =
        std::fs::read_to_string(key_file).with_context(|| format!("cannot read {}", key_file.display()))?;
    let sha256 = sha256_file(plugin).with_context(|| format!("cannot read {}", plugin.display()))?;
    let signature = oversight_plugin_host::signature::sign(&secret, &sha256).map_err(anyhow::Error::msg)?;
    let public = oversight_plugin_host::signature::public_key(&secret).map_err(anyhow::Error::msg)?;
    let path = oversight_plugin_host::signature::signature_path(plugin);
    std::fs::write(&path, &signature).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(format!("{} signed (sha256 {sha256}) by {public}: {}", plugin.display(), path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaffolded_profile_is_valid_and_ids_are_checked() {
        let dest = std::env::temp_dir().join(format!("oversight-scaffold-{}", std::process::id()));
        let message = scaffold("test-industry", &dest).unwrap();
        assert!(message.contains("plugins/test-industry"));
        let root = dest.join("test-industry");
        let profile = std::fs::read_to_string(root.join("profile.json")).unwrap();
        check_profile_text(&profile, &[]).unwrap();
        let cargo = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
        assert!(cargo.contains("name = \"oversight-plugin-test-industry\""));
        assert!(scaffold("test-industry", &dest).is_err(), "existing directory must be refused");
        assert!(scaffold("Bad Id", &dest).is_err());
        std::fs::remove_dir_all(&dest).unwrap();
    }

    #[test]
    fn table_aligns_columns() {
        let rows = [
            ["A".to_owned(), "BB".to_owned(), "C".to_owned(), "D".to_owned(), "E".to_owned()],
            ["aaa".to_owned(), "b".to_owned(), "c".to_owned(), "d".to_owned(), "e e".to_owned()],
        ];
        assert_eq!(table(&rows), "A    BB  C  D  E\naaa  b   c  d  e e\n");
    }
}
