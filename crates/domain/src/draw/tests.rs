//! Tables for the draw: the specification's checks, the seed, the byte format, and the
//! algorithm's promises (deterministic, coverage, shares, recusal, cross-region, replay).

use chrono::NaiveDate;

use super::algorithm::{Selection, run};
use super::record::{DrawRecord, DrawStatus, Replay, replay};
use super::snapshot::{ConflictRow, InspectorRow, Snapshots, TargetRow, target_bytes};
use super::*;
use crate::ids::{DrawId, EnterpriseId, LicenseId, OfficerId};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn region(code: &str) -> RegionCode {
    RegionCode::parse(code).unwrap()
}

fn spec() -> DrawSpec {
    DrawSpec {
        authority_id: AuthorityId::new(1),
        authority_region: region("320000"),
        starts_on: day("2027-01-01"),
        ends_on: day("2027-06-30"),
        drawn_on: day("2026-12-07"),
        industries: vec![],
        regions: vec![],
        strata: vec![
            Stratum { class: DrawClass::B, percent: 10 },
            Stratum { class: DrawClass::D, percent: 50 },
        ],
        uniform_percent: 5,
        coverage_months: None,
        inspectors_per_target: 2,
        recent_patrol_months: None,
        cross_region: false,
    }
}

const COUNTIES: [&str; 3] = ["320102", "320104", "320105"];

fn snapshots(n_targets: i64, n_inspectors: i64) -> Snapshots {
    let targets = (1..=n_targets)
        .map(|i| TargetRow {
            license_id: LicenseId::new(i),
            enterprise_id: EnterpriseId::new(i),
            industry: "wire-cable".into(),
            region: region(COUNTIES[(i % 3) as usize]),
            class: if i % 4 == 0 { DrawClass::D } else { DrawClass::B },
            checked_on: day("2026-11-01"),
        })
        .collect();
    let inspectors = (1..=n_inspectors)
        .map(|i| InspectorRow {
            officer_id: OfficerId::new(i),
            name: format!("officer {i}"),
            badge_number: format!("B{i:04}"),
            seat: if i % 2 == 0 { region("320100") } else { region(COUNTIES[(i % 3) as usize]) },
            industries: vec!["wire-cable".into()],
        })
        .collect();
    Snapshots { targets, inspectors, conflicts: vec![] }.sorted()
}

/// A change made to a value under test.
type Change<T> = Box<dyn Fn(&mut T)>;

const SEED: &str = "a seed of at least sixteen characters";

#[test]
fn specifications_are_checked_and_made_canonical() {
    let today = day("2026-12-07");
    let cases: Vec<(Change<DrawSpec>, Option<&str>)> = vec![
        (Box::new(|_| ()), None),
        (Box::new(|s| s.ends_on = day("2026-12-31")), Some("before it starts")),
        (Box::new(|s| s.ends_on = day("2028-01-01")), Some("at most a year")),
        (
            Box::new(|s| {
                s.starts_on = day("2026-01-01");
                s.ends_on = day("2026-12-06")
            }),
            Some("before today"),
        ),
        (Box::new(|s| s.uniform_percent = 101), Some("0 to 100")),
        (Box::new(|s| s.strata.push(Stratum { class: DrawClass::B, percent: 1 })), Some("named twice")),
        (Box::new(|s| s.inspectors_per_target = 1), Some("执法两人以上")),
        (Box::new(|s| s.coverage_months = Some(0)), Some("coverageMonths")),
        (Box::new(|s| s.regions = vec![region("110101")]), Some("outside")),
        (Box::new(|s| s.industries = vec!["no spaces".into()]), Some("industry code")),
        (
            Box::new(|s| {
                s.strata.clear();
                s.uniform_percent = 0
            }),
            Some("nothing would be drawn"),
        ),
    ];
    for (i, (change, expected)) in cases.iter().enumerate() {
        let mut asked = spec();
        change(&mut asked);
        match (asked.checked(today), expected) {
            (Ok(_), None) => {}
            (Err(refusal), Some(text)) => assert!(refusal.to_string().contains(text), "case {i}: {refusal}"),
            (outcome, _) => panic!("case {i}: {outcome:?}"),
        }
    }
    let mut asked = spec();
    asked.industries = vec!["b".into(), "a".into(), "b".into()];
    asked.strata =
        vec![Stratum { class: DrawClass::D, percent: 3 }, Stratum { class: DrawClass::A, percent: 0 }];
    let checked = asked.checked(today).unwrap();
    assert_eq!(checked.industries, vec!["a".to_owned(), "b".to_owned()]);
    assert_eq!(checked.strata, vec![Stratum { class: DrawClass::D, percent: 3 }]);
}

#[test]
fn a_seed_is_checked_against_its_hash() {
    let hash = sha256_hex(SEED.as_bytes());
    assert_eq!(check_seed_hash(&hash), Ok(()));
    assert_eq!(check_seed_hash(&hash.to_uppercase()), Err(SeedRefused::HashFormat));
    assert_eq!(check_seed(SEED, &hash), Ok(()));
    assert_eq!(check_seed("short", &sha256_hex(b"short")), Err(SeedRefused::SeedLength));
    assert!(matches!(check_seed("another seed of enough length", &hash), Err(SeedRefused::Mismatch { .. })));
}

#[test]
fn the_byte_format_is_one_json_array_per_line() {
    let rows = snapshots(2, 0).targets;
    let text = String::from_utf8(target_bytes(&rows)).unwrap();
    assert_eq!(
        text,
        "[1,1,\"wire-cable\",\"320104\",\"B\",\"2026-11-01\"]\n[2,2,\"wire-cable\",\"320105\",\"B\",\"2026-11-01\"]\n"
    );
    assert_eq!(Snapshots::default().hashes().targets, sha256_hex(b""));
}

#[test]
fn the_draw_is_deterministic_and_depends_on_the_seed() {
    let (spec, snapshots) = (spec(), snapshots(400, 30));
    let first = run(&spec, &snapshots, SEED);
    assert_eq!(first, run(&spec, &snapshots, SEED));
    assert_ne!(first, run(&spec, &snapshots, "another seed of enough length"));
}

#[test]
fn shares_are_rounded_up_per_class_and_every_target_gets_its_inspectors() {
    let (spec, snapshots) = (spec(), snapshots(400, 30));
    let result = run(&spec, &snapshots, SEED);
    let of = |class| result.targets.iter().filter(|t| t.class == class).count();
    // 100 D targets: 50 %; 300 B targets: 10 % (the uniform 5 % of 400 = 20 counts toward them).
    assert_eq!(
        of(DrawClass::D),
        50.max(
            result
                .targets
                .iter()
                .filter(|t| t.class == DrawClass::D && t.selection == Selection::Uniform)
                .count()
        )
    );
    assert!(of(DrawClass::B) >= 30);
    assert_eq!(result.targets.iter().filter(|t| t.selection == Selection::Uniform).count(), 20);
    assert!(result.targets.windows(2).all(|w| w[0].license_id < w[1].license_id));
    for target in &result.targets {
        assert_eq!(target.inspectors.len(), 2, "{target:?}");
        for officer in &target.inspectors {
            let row = snapshots.inspectors.iter().find(|i| i.officer_id == *officer).unwrap();
            assert!(row.seat.contains(&snapshots.targets[(target.license_id.get() - 1) as usize].region));
        }
    }
}

#[test]
fn coverage_forces_targets_not_checked_for_too_long() {
    let mut spec = spec();
    spec.coverage_months = Some(6);
    spec.strata.clear();
    spec.uniform_percent = 0;
    let mut snapshots = snapshots(50, 10);
    snapshots.targets[7].checked_on = day("2026-06-06"); // before 2026-06-07: more than 6 months
    snapshots.targets[8].checked_on = day("2026-06-07");
    let result = run(&spec, &snapshots, SEED);
    let drawn: Vec<i64> = result.targets.iter().map(|t| t.license_id.get()).collect();
    assert_eq!(drawn, vec![8]);
    assert_eq!(result.targets[0].selection, Selection::Coverage);
}

#[test]
fn recused_and_home_county_inspectors_are_never_drawn() {
    let mut spec = spec();
    spec.uniform_percent = 100;
    let mut snapshots = snapshots(60, 12);
    // Every officer but 2 and 4 (city seats) is recused from enterprise 1.
    snapshots.conflicts = (1..=12)
        .filter(|i| *i != 2 && *i != 4)
        .map(|i| ConflictRow { officer_id: OfficerId::new(i), enterprise_id: EnterpriseId::new(1) })
        .collect();
    let result = run(&spec, &snapshots, SEED);
    assert_eq!(result.targets[0].inspectors, vec![OfficerId::new(2), OfficerId::new(4)]);
    spec.cross_region = true;
    let result = run(&spec, &snapshots, SEED);
    for target in &result.targets {
        for officer in &target.inspectors {
            assert_eq!(officer.get() % 2, 0, "a county officer drawn cross-region: {target:?}");
        }
    }
}

#[test]
fn too_few_eligible_inspectors_leaves_the_target_short() {
    let mut spec = spec();
    spec.uniform_percent = 100;
    let snapshots = snapshots(3, 1);
    let result = run(&spec, &snapshots, SEED);
    assert_eq!(result.short_of_inspectors(2), result.targets.len());
}

fn record() -> DrawRecord {
    let mut spec = spec();
    spec.recent_patrol_months = Some(3);
    let snapshots = snapshots(200, 20);
    let result = run(&spec, &snapshots, SEED);
    DrawRecord {
        id: DrawId::new(1),
        algorithm_version: ALGORITHM_VERSION.into(),
        spec_sha256: spec.sha256(),
        spec,
        seed_sha256: sha256_hex(SEED.as_bytes()),
        reason: None,
        snapshot_sha256: snapshots.hashes(),
        snapshots,
        committed_at: chrono::DateTime::UNIX_EPOCH,
        seed: Some(SEED.into()),
        result_sha256: Some(result.sha256()),
        result: Some(result),
        ran_at: None,
        cancelled_at: None,
        cancel_reason: None,
    }
}

#[test]
fn a_record_replays_bit_for_bit_through_json() {
    let record = record();
    let json = serde_json::to_string(&record).unwrap();
    let parsed: DrawRecord = serde_json::from_str(&json).unwrap();
    assert!(matches!(replay(&parsed), Replay::Match { .. }), "{:?}", replay(&parsed));
}

#[test]
fn a_tampered_record_is_detected() {
    let cases: Vec<(Change<DrawRecord>, &str)> = vec![
        (Box::new(|r| r.seed = Some("a different seed, long enough".into())), "SHA-256 of the seed"),
        (Box::new(|r| r.spec.uniform_percent = 50), "spec SHA-256"),
        (Box::new(|r| r.snapshots.targets[0].class = DrawClass::D), "targets snapshot"),
        (
            Box::new(|r| {
                r.snapshots
                    .conflicts
                    .push(ConflictRow { officer_id: OfficerId::new(1), enterprise_id: EnterpriseId::new(1) })
            }),
            "conflicts snapshot",
        ),
        (
            Box::new(|r| {
                let result = r.result.as_mut().unwrap();
                result.targets[0].inspectors[0] = OfficerId::new(999);
            }),
            "drawn target 1",
        ),
        (
            Box::new(|r| {
                r.result.as_mut().unwrap().targets.pop();
            }),
            "number of drawn targets",
        ),
        (Box::new(|r| r.algorithm_version = "v0".into()), "algorithm version"),
    ];
    for (i, (tamper, expected)) in cases.iter().enumerate() {
        let mut record = record();
        tamper(&mut record);
        match replay(&record) {
            Replay::Mismatch(difference) => assert!(difference.contains(expected), "case {i}: {difference}"),
            other => panic!("case {i}: tampering not detected: {other:?}"),
        }
    }
}

/// A cancelled draw has no result: whatever else the record holds, replay says it was cancelled
/// (and the CLI exits non-zero), never MATCH.
#[test]
fn a_cancelled_record_does_not_replay() {
    let at = chrono::DateTime::UNIX_EPOCH + chrono::Duration::days(1);
    let mut committed = record();
    committed.seed = None;
    committed.result = None;
    committed.result_sha256 = None;
    let mut with_seed = record();
    with_seed.cancel_reason = None;
    for (i, mut record) in [committed, with_seed].into_iter().enumerate() {
        record.cancelled_at = Some(at);
        if i == 0 {
            record.cancel_reason = Some("机构调整，本次抽取不再实施".into());
        }
        let json = serde_json::to_string(&record).unwrap();
        let parsed: DrawRecord = serde_json::from_str(&json).unwrap();
        assert_eq!(parsed.status(), DrawStatus::Cancelled);
        match replay(&parsed) {
            Replay::Cancelled { at: when, reason } => {
                assert_eq!(when, at, "case {i}");
                assert_eq!(reason.is_empty(), i == 1, "case {i}: {reason}");
            }
            other => panic!("case {i}: {other:?}"),
        }
    }
}

/// A record published before cancellation existed (no `cancelledAt`, no `cancelReason`) still
/// reads and replays.
#[test]
fn a_record_without_the_cancel_fields_still_replays() {
    let mut json = serde_json::to_value(record()).unwrap();
    let object = json.as_object_mut().unwrap();
    assert!(object.remove("cancelledAt").is_some() && object.remove("cancelReason").is_some());
    let parsed: DrawRecord = serde_json::from_value(json).unwrap();
    assert_eq!(parsed.status(), DrawStatus::Run);
    assert!(matches!(replay(&parsed), Replay::Match { .. }));
}
