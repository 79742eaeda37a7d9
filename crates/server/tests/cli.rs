//! The `oversight` binary as an operator uses it: migrate, seed, issue a token,
//! verify the audit chain — and catch a tampered chain by its exit status.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output};

fn oversight(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_oversight"))
        .args(args)
        .current_dir(dir)
        .env("OVERSIGHT_DATABASE_URL", format!("sqlite://{}/cli.sqlite?mode=rwc", dir.display()))
        .env("OVERSIGHT_JWT_HS256_SECRET", "cli-test-secret-of-at-least-32-bytes-000")
        .env("OVERSIGHT_LOG", "warn")
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn migrate_seed_token_and_audit_verify() {
    let dir = tempfile::tempdir().unwrap();
    let status = oversight(dir.path(), &["migrate", "status"]);
    assert!(status.status.success());
    assert!(stdout(&status).contains("pending m20261126_000001_create_registry"), "{}", stdout(&status));
    assert!(oversight(dir.path(), &["migrate", "up"]).status.success());
    assert!(
        stdout(&oversight(dir.path(), &["migrate", "status"]))
            .contains("applied m20261126_000001_create_registry")
    );

    let seeded = oversight(dir.path(), &["seed", "demo", "--enterprises", "12", "--seed", "7"]);
    assert!(seeded.status.success(), "{}", String::from_utf8_lossy(&seeded.stderr));
    assert!(stdout(&seeded).contains("12 enterprises"), "{}", stdout(&seeded));
    // Seeding twice is refused rather than mixed in.
    assert!(!oversight(dir.path(), &["seed", "demo"]).status.success());

    let token = oversight(
        dir.path(),
        &["token", "issue", "--org", "authority:1", "--role", "national_officer", "--tier", "head"],
    );
    assert!(token.status.success(), "{}", String::from_utf8_lossy(&token.stderr));
    assert_eq!(stdout(&token).trim().split('.').count(), 3, "not a JWT");
    // Claims that do not fit the registry are refused at issue time.
    let wrong = oversight(
        dir.path(),
        &["token", "issue", "--org", "authority:1", "--role", "county_officer", "--tier", "staff"],
    );
    assert!(!wrong.status.success());

    // The operator makes a key, anchors the head and keeps the printed anchor elsewhere.
    let keygen = oversight(dir.path(), &["audit", "keygen", "--out", "anchor.key"]);
    assert!(keygen.status.success(), "{}", String::from_utf8_lossy(&keygen.stderr));
    let public_key = stdout(&keygen).trim().to_owned();
    assert_eq!(public_key.len(), 64, "{public_key}");
    assert!(
        !oversight(dir.path(), &["audit", "keygen", "--out", "anchor.key"]).status.success(),
        "overwrote a key"
    );
    let anchor = oversight(dir.path(), &["audit", "anchor", "--key-file", "anchor.key"]);
    assert!(anchor.status.success(), "{}", String::from_utf8_lossy(&anchor.stderr));
    std::fs::write(dir.path().join("published.jsonl"), stdout(&anchor)).unwrap();

    let verify = oversight(
        dir.path(),
        &["audit", "verify", "--anchor-key", &public_key, "--anchors", "published.jsonl"],
    );
    assert!(verify.status.success(), "{}", stdout(&verify));
    assert!(stdout(&verify).contains("audit chain intact"), "{}", stdout(&verify));
    assert!(stdout(&verify).contains("2 anchors hold"), "stored and published: {}", stdout(&verify));
    let untrusted = oversight(dir.path(), &["audit", "verify", "--anchor-key", &"0".repeat(64)]);
    assert_eq!(untrusted.status.code(), Some(1), "{}", stdout(&untrusted));
    assert!(stdout(&untrusted).contains("not trusted"), "{}", stdout(&untrusted));

    // Tamper with one record behind the application's back.
    let db = dir.path().join("cli.sqlite");
    let sql = "UPDATE audit_record SET operation = 'nothingHappened' WHERE seq = 3";
    let edited = Command::new("python3")
        .args([
            "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(sys.argv[2]); c.commit()",
        ])
        .arg(&db)
        .arg(sql)
        .status()
        .unwrap();
    assert!(edited.success());
    let verify = oversight(dir.path(), &["audit", "verify"]);
    assert_eq!(verify.status.code(), Some(1));
    assert!(stdout(&verify).contains("seq 3"), "{}", stdout(&verify));
}

#[test]
fn schema_command_prints_the_committed_contract() {
    let dir = tempfile::tempdir().unwrap();
    let output = oversight(dir.path(), &["schema"]);
    assert!(output.status.success());
    let committed =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema.graphql")).unwrap();
    assert_eq!(stdout(&output), committed);
}

/// A missing plugin directory or configuration file is one `error:` line that says what to set,
/// with status 1 — no debug dump, no backtrace, even with `RUST_BACKTRACE=1`.
#[test]
fn failures_are_one_line_that_says_what_to_set() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&[&str], &str); 3] = [
        (&["plugins", "list"], "error: no plugin directory at ./data/plugins: set plugins_dir"),
        (&["plugins", "pin"], "error: no plugin directory at ./data/plugins: set plugins_dir"),
        (&["--config", "absent.toml", "schema"], "error: no configuration file at absent.toml"),
    ];
    for (args, expected) in cases {
        let output = Command::new(env!("CARGO_BIN_EXE_oversight"))
            .args(args)
            .current_dir(dir.path())
            .env("RUST_BACKTRACE", "1")
            .env_remove("OVERSIGHT_PLUGINS_DIR")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.starts_with(expected), "{args:?}: {stderr}");
        assert!(!stderr.contains("backtrace") && !stderr.contains("Caused by"), "{args:?}: {stderr}");
        assert_eq!(stderr.trim_end().lines().count(), 1, "{args:?}: {stderr}");
    }
}

/// `oversight bootstrap` stands an empty database up — the national authority and its head in
/// the officer directory, one audit record — and refuses once any authority exists.
#[test]
fn bootstrap_stands_up_an_empty_database_once() {
    let dir = tempfile::tempdir().unwrap();
    let args =
        ["bootstrap", "--name", "国家局管理员", "--badge-number", "GJ-00001", "--subject", "idp|admin"];
    let first = oversight(dir.path(), &args);
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    assert!(
        stdout(&first).contains("(authority:1) and its head 国家局管理员 (GJ-00001)"),
        "{}",
        stdout(&first)
    );
    assert!(stdout(&first).contains("--subject 'idp|admin'"), "{}", stdout(&first));
    let again = oversight(dir.path(), &args);
    assert_eq!(again.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(stderr.contains("error: the database holds authorities already"), "{stderr}");
    let token = oversight(
        dir.path(),
        &[
            "token",
            "issue",
            "--org",
            "authority:1",
            "--role",
            "national_officer",
            "--tier",
            "head",
            "--subject",
            "idp|admin",
        ],
    );
    assert!(token.status.success(), "{}", String::from_utf8_lossy(&token.stderr));
    let verify = oversight(dir.path(), &["audit", "verify"]);
    assert!(stdout(&verify).contains("audit chain intact"), "{}", stdout(&verify));
}

/// `oversight draw replay` answers MATCH (status 0) for a published record, MISMATCH with the
/// first difference (status 1) for a tampered one and CANCELLED (status 1) for a cancelled one;
/// it needs no database.
#[test]
fn draw_replay_says_match_or_mismatch_by_its_exit_status() {
    use oversight_domain::draw::record::DrawRecord;
    use oversight_domain::draw::snapshot::{InspectorRow, Snapshots, TargetRow};
    use oversight_domain::draw::{ALGORITHM_VERSION, DrawClass, DrawSpec, algorithm, sha256_hex};
    use oversight_domain::{AuthorityId, DrawId, EnterpriseId, LicenseId, OfficerId, RegionCode};

    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let county = RegionCode::parse("320102").unwrap();
    let spec = DrawSpec {
        authority_id: AuthorityId::new(3),
        authority_region: county,
        starts_on: day("2027-01-01"),
        ends_on: day("2027-03-31"),
        drawn_on: day("2026-12-20"),
        industries: vec![],
        regions: vec![],
        strata: vec![],
        uniform_percent: 50,
        coverage_months: None,
        inspectors_per_target: 2,
        recent_patrol_months: None,
        cross_region: false,
    };
    let snapshots = Snapshots {
        targets: (1..=6)
            .map(|i| TargetRow {
                license_id: LicenseId::new(i),
                enterprise_id: EnterpriseId::new(i),
                industry: "wire-cable".into(),
                region: county,
                class: DrawClass::B,
                checked_on: day("2026-10-01"),
            })
            .collect(),
        inspectors: (1..=4)
            .map(|i| InspectorRow {
                officer_id: OfficerId::new(i),
                name: format!("检查员{i}"),
                badge_number: format!("XW-{i}"),
                seat: county,
                industries: vec!["wire-cable".into()],
            })
            .collect(),
        conflicts: vec![],
    };
    let seed = "cli-replay-seed-of-enough-length";
    let result = algorithm::run(&spec, &snapshots, seed);
    let record = DrawRecord {
        id: DrawId::new(1),
        algorithm_version: ALGORITHM_VERSION.into(),
        spec_sha256: spec.sha256(),
        spec,
        seed_sha256: sha256_hex(seed.as_bytes()),
        reason: None,
        snapshot_sha256: snapshots.hashes(),
        snapshots,
        committed_at: chrono::DateTime::UNIX_EPOCH,
        seed: Some(seed.into()),
        result_sha256: Some(result.sha256()),
        result: Some(result),
        ran_at: None,
        cancelled_at: None,
        cancel_reason: None,
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("draw.json");
    std::fs::write(&path, serde_json::to_string(&record).unwrap()).unwrap();
    let replayed = oversight(dir.path(), &["draw", "replay", path.to_str().unwrap()]);
    assert!(replayed.status.success(), "{}", stdout(&replayed));
    assert!(stdout(&replayed).starts_with("MATCH: draw 1"), "{}", stdout(&replayed));

    let mut tampered = record;
    tampered.result.as_mut().unwrap().targets.reverse();
    std::fs::write(&path, serde_json::to_string(&tampered).unwrap()).unwrap();
    let replayed = oversight(dir.path(), &["draw", "replay", path.to_str().unwrap()]);
    assert_eq!(replayed.status.code(), Some(1));
    assert!(stdout(&replayed).starts_with("MISMATCH: draw 1: drawn target 1"), "{}", stdout(&replayed));

    // Cancelled before any run: no seed, no result — CANCELLED with the reason, status 1.
    let mut cancelled = tampered;
    (cancelled.seed, cancelled.result, cancelled.result_sha256) = (None, None, None);
    cancelled.cancelled_at = Some(chrono::DateTime::UNIX_EPOCH);
    cancelled.cancel_reason = Some("机构调整，本次抽取不再实施".into());
    std::fs::write(&path, serde_json::to_string(&cancelled).unwrap()).unwrap();
    let replayed = oversight(dir.path(), &["draw", "replay", path.to_str().unwrap()]);
    assert_eq!(replayed.status.code(), Some(1));
    let said = stdout(&replayed);
    assert!(said.starts_with("CANCELLED: draw 1") && said.contains("机构调整"), "{said}");
}
