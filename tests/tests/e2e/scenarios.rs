//! The scenario harness: each file of `tests/scenarios/` is a regulatory story told as GraphQL
//! steps with expected answers (format in `tests/scenarios/README.md`); each runs as its own test
//! on SQLite and on PostgreSQL, with the cast of `crate::cast`.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use oversight_tests::TestServer;
use serde::Deserialize;
use serde_json::{Map, Value, json};

use crate::cast::world;
use crate::common::full_census;

/// One test per scenario file, named after it; `every_scenario_file_is_listed` fails when a file
/// of the directory is missing here, so none is skipped silently.
macro_rules! scenarios {
    ($($name:ident),* $(,)?) => {
        const LISTED: &[&str] = &[$(stringify!($name)),*];
        $(
            async fn $name(server: &TestServer) {
                run(server, stringify!($name)).await;
            }
            oversight_tests::on_both_databases!($name, $name, plugins = crate::cast::WIRE_CABLE);
        )*
    };
}

scenarios!(
    clean_pass,
    fail_rectify_recheck_pass,
    fail_recheck_fail_revoke,
    objection_retest_overturns,
    objection_after_window_refused,
    replay_same_key,
    non_designated_institution_refused,
    other_institutions_task_refused,
    extension_too_late_refused,
    bad_item_rejects_submission,
    working_day_calendar,
    suspension_resumes_after_rectification,
    expired_license_not_sampled,
    verdict_completeness,
    delivery_starts_the_window,
    objection_refused,
    recheck_objected,
    recheck_keeps_the_schedule,
    license_expiry_recorded_once,
    task_cancelled_and_reassigned,
    province_stood_up_from_bootstrap,
    dashboard_counts,
    task_queue_filters,
    nested_designation_refused,
    designation_replaced,
    revoked_license_closes_proposal,
    enterprise_change_reviewed,
    annual_review_passed_and_stamped,
    annual_review_returned_and_resubmitted,
    annual_review_on_site_failed_and_overdue,
    license_category_checked,
    attachment_disallowed_type_refused,
    patrol_suspension_and_follow_ups,
    patrol_offline_replay_and_conflict,
    patrol_plan_coverage,
    draw_committed_run_and_recusal,
    draw_cancelled,
    provincial_rules_only_tighten,
    risk_class_rises_with_a_failing_verdict,
    linkage_notice_passed_on_and_closed,
    spot_check_import_national_failure_closed,
    spot_check_import_bad_row_writes_nothing,
    export_requested,
    semi_annual_report_returned_accepted_locked_unlocked,
    unlicensed_producer_urged_then_licensed,
    unlicensed_producer_banned,
    key_region_raises_patrol_plan,
    counterfeiting_case_stop_recall_revoke_police,
    counterfeiting_case_rejected_or_moot,
    supervision_order_overdue_visible_upward,
    lower_tier_request_answered_and_resolved,
    linkage_notice_escalated_to_order,
    responsible_persons_assigned_and_reassigned,
    campaign_intensifies_patrol_plan,
    responsibility_agreement_targets_live,
    counterfeiting_case_raises_risk_class,
    rectification_meeting_summons_and_follows_up,
    counterfeiting_case_dismissed_in_error,
    responsibility_records_commend_and_hold_to_account,
    national_overview_drills_down,
    enterprise_periodic_report_returned_and_resubmitted,
    enterprise_periodic_report_overdue,
    county_officer_inbox_in_deadline_order,
);

/// A scenario file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    title: String,
    description: String,
    /// The supervision calendar's date when the story starts: deadlines end on working days of
    /// the working-day calendar, so a story counted from the real date would change with the
    /// weekday and the holidays it runs on.
    today: NaiveDate,
    /// `empty` starts from a bootstrapped database (the national authority and its head, as
    /// `oversight bootstrap` leaves it) instead of the cast.
    #[serde(default)]
    cast: Cast,
    steps: Vec<Step>,
}

/// Who a story starts with.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Cast {
    #[default]
    Standard,
    Empty,
}

/// A sign-in step: the identity provider issues a token for someone the story created, who then
/// acts as `actor` (an officer's subject resolves to its directory entry, docs/adr/0013).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SignIn {
    actor: String,
    subject: String,
    /// The global ID of the authority, institution or enterprise the token speaks for.
    organisation: String,
    role: String,
    tier: Option<String>,
}

/// A request step (`as`, `query`, `expect` …) or a clock step (`advance_days`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Step {
    name: Option<String>,
    #[serde(rename = "as")]
    actor: Option<String>,
    query: Option<String>,
    variables: Option<Value>,
    expect: Option<Value>,
    #[serde(default)]
    capture: BTreeMap<String, String>,
    #[serde(default)]
    writes_nothing: bool,
    advance_days: Option<i64>,
    sign_in: Option<SignIn>,
    /// Sends the request as a GraphQL multipart request with this file.
    upload: Option<UploadFile>,
}

/// The file of an upload step: put at `variables.<variable>`, its bytes the UTF-8 `content` or
/// the standard-base64 `base64`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct UploadFile {
    variable: String,
    name: String,
    content: Option<String>,
    base64: Option<String>,
}

impl UploadFile {
    fn bytes(&self) -> Vec<u8> {
        use base64::Engine;
        match (&self.content, &self.base64) {
            (Some(text), None) => text.clone().into_bytes(),
            (None, Some(encoded)) => base64::engine::general_purpose::STANDARD.decode(encoded).unwrap(),
            _ => panic!("an upload names exactly one of `content` and `base64`"),
        }
    }
}

impl Step {
    /// Only a name beside the step's one key (`advance_days` or `sign_in`).
    fn only_named(&self) -> bool {
        self.actor.is_none()
            && self.query.is_none()
            && self.variables.is_none()
            && self.expect.is_none()
            && self.capture.is_empty()
            && !self.writes_nothing
    }
}

fn scenario_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios")
}

/// Where a step is, for messages: the file, the step's number (from 1) and name, its actor.
struct At<'a> {
    file: &'a str,
    title: &'a str,
    number: usize,
    step: &'a Step,
}

impl fmt::Display for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "tests/scenarios/{} (\"{}\"), step {}", self.file, self.title, self.number)?;
        if let Some(name) = &self.step.name {
            write!(f, " \"{name}\"")?;
        }
        if let Some(actor) = &self.step.actor {
            write!(f, " as {actor}")?;
        }
        Ok(())
    }
}

/// Reads and checks a scenario file; panics naming the file (and step) when it is malformed.
fn load(stem: &str) -> Scenario {
    let file = format!("{stem}.yaml");
    let text = std::fs::read_to_string(scenario_dir().join(&file))
        .unwrap_or_else(|e| panic!("tests/scenarios/{file}: {e}"));
    let scenario: Scenario =
        serde_yaml_ng::from_str(&text).unwrap_or_else(|e| panic!("tests/scenarios/{file}: {e}"));
    assert!(
        !scenario.title.trim().is_empty() && !scenario.description.trim().is_empty(),
        "tests/scenarios/{file}: a scenario needs a title and a description"
    );
    assert!(!scenario.steps.is_empty(), "tests/scenarios/{file}: no steps");
    let mut bound: Vec<&str> = Vec::new();
    for (index, step) in scenario.steps.iter().enumerate() {
        let at = At { file: &file, title: &scenario.title, number: index + 1, step };
        match (step.advance_days, &step.sign_in) {
            (Some(days), None) => assert!(
                days > 0 && step.only_named(),
                "{at}: a clock step has `advance_days` (more than 0) and at most a `name`"
            ),
            (None, Some(_)) => {
                assert!(step.only_named(), "{at}: a sign-in step has `sign_in` and at most a `name`")
            }
            (Some(_), Some(_)) => panic!("{at}: a step is a clock step or a sign-in step, not both"),
            (None, None) => assert!(
                step.actor.is_some() && step.query.is_some() && step.expect.is_some(),
                "{at}: a request step needs `as`, `query` and `expect`"
            ),
        }
        for name in step.capture.keys() {
            assert!(
                !name.starts_with("today") && !bound.contains(&name.as_str()),
                "{at}: `{name}` is captured twice or shadows `today`"
            );
            bound.push(name);
        }
    }
    scenario
}

/// Runs one scenario file against a fresh cast on `server`.
async fn run(server: &TestServer, stem: &str) {
    let file = format!("{stem}.yaml");
    let scenario = load(stem);
    // Pinned before the cast is made, so its licenses and designations are dated around it.
    server.app.advance_clock_days((scenario.today - server.app.today()).num_days());
    let (mut actors, mut values) = match scenario.cast {
        Cast::Standard => {
            let world = world(server).await;
            let actors = world.actors().into_iter().map(|(name, token)| (name.to_owned(), token.to_owned()));
            (actors.collect::<BTreeMap<_, _>>(), world.variables())
        }
        Cast::Empty => {
            (BTreeMap::from([("national_head".to_owned(), server.national_token.clone())]), Map::new())
        }
    };
    for (index, step) in scenario.steps.iter().enumerate() {
        let at = At { file: &file, title: &scenario.title, number: index + 1, step };
        if let Some(days) = step.advance_days {
            server.app.advance_clock_days(days);
            continue;
        }
        if let Some(sign_in) = &step.sign_in {
            let token = sign_in_token(server, sign_in, &values).unwrap_or_else(|e| panic!("{at}: {e}"));
            actors.insert(sign_in.actor.clone(), token);
            continue;
        }
        let (Some(actor), Some(query), Some(expect)) = (&step.actor, &step.query, &step.expect) else {
            unreachable!("load checked the step's shape")
        };
        let token = actors.get(actor).unwrap_or_else(|| {
            panic!("{at}: no actor `{actor}` in the cast {:?}", actors.keys().collect::<Vec<_>>())
        });
        let today = server.app.today();
        let variables = interpolate(step.variables.as_ref().unwrap_or(&json!({})), &values, today)
            .unwrap_or_else(|e| panic!("{at}: in `variables`: {e}"));
        let expected =
            interpolate(expect, &values, today).unwrap_or_else(|e| panic!("{at}: in `expect`: {e}"));
        let before = if step.writes_nothing { Some(full_census(server).await) } else { None };
        let answer = match &step.upload {
            Some(file) => {
                let mut variables = variables;
                variables[file.variable.as_str()] = Value::Null;
                let operations = json!({ "query": query, "variables": variables });
                let map = json!({ "0": [format!("variables.{}", file.variable)] });
                let files = vec![("0", file.bytes(), file.name.as_str())];
                crate::attachments::multipart(server, token, operations, map, files).await.1
            }
            None => server.graphql_as(token, query, variables).await,
        };
        if let Err(mismatch) = check_answer(&expected, &answer) {
            panic!(
                "{at}: {mismatch}\n--- expected (fragment):\n{}\n--- answer received:\n{}\n",
                pretty(&expected),
                pretty(&answer)
            );
        }
        if let Some(before) = before {
            let after = full_census(server).await;
            if let Some(difference) = first_difference(&before, &after, "census") {
                panic!(
                    "{at}: `writes_nothing`, but the database changed: {difference}\n--- answer received:\n{}\n",
                    pretty(&answer)
                );
            }
        }
        for (name, path) in &step.capture {
            let value = lookup(&answer, path).unwrap_or_else(|| {
                panic!("{at}: capture `{name}`: nothing at `{path}` in\n{}\n", pretty(&answer))
            });
            values.insert(name.clone(), value.clone());
        }
    }
    let chain = server.app.verify_audit_chain().await.unwrap();
    assert!(chain.first_break.is_none(), "tests/scenarios/{file}: the audit chain broke: {chain:?}");
}

/// The token a sign-in step issues: its organisation is a global ID (interpolated), turned into
/// the organisation reference a token carries (`authority:3`).
fn sign_in_token(
    server: &TestServer,
    sign_in: &SignIn,
    values: &Map<String, Value>,
) -> Result<String, String> {
    use base64::Engine;
    let global = match interpolate_text(&sign_in.organisation, values, server.app.today())? {
        Value::String(text) => text,
        other => return Err(format!("`organisation` is {other}, not a global ID")),
    };
    let decoded = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(&global)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .ok_or_else(|| format!("`organisation` {global:?} is not a global ID"))?;
    let organisation = match decoded.split_once(':') {
        Some(("Authority", id)) => format!("authority:{id}"),
        Some(("Institution", id)) => format!("institution:{id}"),
        Some(("Enterprise", id)) => format!("enterprise:{id}"),
        _ => return Err(format!("`organisation` {decoded:?} is no authority, institution or enterprise")),
    };
    let claims =
        oversight_tests::claims(&sign_in.subject, &organisation, &sign_in.role, sign_in.tier.as_deref());
    Ok(server.token(&claims))
}

fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|_| value.to_string())
}

/// Replaces `${name}` in every string of `value`: a captured value or cast variable, or a date
/// `${today}`, `${today+N}`, `${today-N}`. A string that is exactly one `${name}` becomes the
/// value itself (an object, a number …); elsewhere the value is spliced in as text.
fn interpolate(value: &Value, values: &Map<String, Value>, today: NaiveDate) -> Result<Value, String> {
    Ok(match value {
        Value::String(text) => interpolate_text(text, values, today)?,
        Value::Array(items) => {
            Value::Array(items.iter().map(|item| interpolate(item, values, today)).collect::<Result<_, _>>()?)
        }
        Value::Object(fields) => Value::Object(
            fields
                .iter()
                .map(|(key, field)| Ok((key.clone(), interpolate(field, values, today)?)))
                .collect::<Result<_, String>>()?,
        ),
        other => other.clone(),
    })
}

fn interpolate_text(text: &str, values: &Map<String, Value>, today: NaiveDate) -> Result<Value, String> {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("${") {
        let end = rest[start..].find('}').ok_or_else(|| format!("unclosed `${{` in {text:?}"))? + start;
        let name = &rest[start + 2..end];
        let value = resolve(name, values, today)?;
        if start == 0 && end + 1 == text.len() {
            return Ok(value);
        }
        out.push_str(&rest[..start]);
        match value {
            Value::String(s) => out.push_str(&s),
            Value::Number(_) | Value::Bool(_) => out.push_str(&value.to_string()),
            _ => return Err(format!("`${{{name}}}` is not text and cannot be spliced into {text:?}")),
        }
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Ok(Value::String(out))
}

fn resolve(name: &str, values: &Map<String, Value>, today: NaiveDate) -> Result<Value, String> {
    if let Some(offset) = name.strip_prefix("today") {
        let days: i64 = match offset {
            "" => 0,
            _ if offset.starts_with('+') => {
                offset[1..].parse().map_err(|_| format!("bad date `${{{name}}}`"))?
            }
            _ if offset.starts_with('-') => offset.parse().map_err(|_| format!("bad date `${{{name}}}`"))?,
            _ => return Err(format!("bad date `${{{name}}}`")),
        };
        return Ok(Value::String((today + chrono::Duration::days(days)).to_string()));
    }
    values.get(name).cloned().ok_or_else(|| {
        let known: Vec<&String> = values.keys().collect();
        format!("`${{{name}}}` is neither captured nor a cast variable (known: {known:?})")
    })
}

/// The value at a dotted path (`data.x.edges.0.node.id`; numbers index arrays).
fn lookup<'a>(value: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(value, |value, segment| match value {
        Value::Array(items) => items.get(segment.parse::<usize>().ok()?),
        Value::Object(fields) => fields.get(segment),
        _ => None,
    })
}

/// The whole answer against the expected fragment; an answer with errors passes only when the
/// fragment expects `errors`.
fn check_answer(expected: &Value, answer: &Value) -> Result<(), String> {
    if expected.get("errors").is_none() && answer.get("errors").is_some() {
        return Err("unexpected errors (the step expects none)".to_owned());
    }
    matches(expected, answer, "")
}

/// Subset match: every key of an expected object is present and matches, arrays match element
/// by element with the same length, scalars are equal. `{$contains: TEXT}` matches a string
/// containing TEXT, `{$nonempty: true}` anything but null, "", [] and {}.
fn matches(expected: &Value, actual: &Value, path: &str) -> Result<(), String> {
    let at = if path.is_empty() { "the answer".to_owned() } else { path.to_owned() };
    match expected {
        Value::Object(fields) if fields.len() == 1 && fields.keys().all(|k| k.starts_with('$')) => {
            let (matcher, argument) = fields.iter().next().unwrap_or_else(|| unreachable!());
            let ok = match (matcher.as_str(), argument) {
                ("$contains", Value::String(text)) => {
                    actual.as_str().is_some_and(|s| s.contains(text.as_str()))
                }
                ("$nonempty", Value::Bool(true)) => match actual {
                    Value::Null => false,
                    Value::String(s) => !s.is_empty(),
                    Value::Array(a) => !a.is_empty(),
                    Value::Object(o) => !o.is_empty(),
                    _ => true,
                },
                _ => return Err(format!("at {at}: unknown matcher {expected}")),
            };
            if ok { Ok(()) } else { Err(format!("at {at}: expected {expected}, got {actual}")) }
        }
        Value::Object(fields) => {
            let Value::Object(actual_fields) = actual else {
                return Err(format!("at {at}: expected an object, got {actual}"));
            };
            for (key, field) in fields {
                let inner = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                let Some(actual_field) = actual_fields.get(key) else {
                    return Err(format!("at {inner}: missing (expected {field})"));
                };
                matches(field, actual_field, &inner)?;
            }
            Ok(())
        }
        Value::Array(items) => {
            let Value::Array(actual_items) = actual else {
                return Err(format!("at {at}: expected an array, got {actual}"));
            };
            if items.len() != actual_items.len() {
                return Err(format!(
                    "at {at}: expected {} elements, got {}: {actual}",
                    items.len(),
                    actual_items.len()
                ));
            }
            for (n, (item, actual_item)) in items.iter().zip(actual_items).enumerate() {
                matches(item, actual_item, &format!("{path}[{n}]"))?;
            }
            Ok(())
        }
        _ if expected == actual => Ok(()),
        _ => Err(format!("at {at}: expected {expected}, got {actual}")),
    }
}

/// The first place where two censuses differ, with both values.
fn first_difference(before: &Value, after: &Value, path: &str) -> Option<String> {
    match (before, after) {
        (Value::Object(a), Value::Object(b)) => {
            a.keys().chain(b.keys().filter(|k| !a.contains_key(*k))).find_map(|key| {
                let inner = format!("{path}.{key}");
                match (a.get(key), b.get(key)) {
                    (Some(x), Some(y)) => first_difference(x, y, &inner),
                    (x, y) => Some(format!("at {inner}: before {x:?}, after {y:?}")),
                }
            })
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => a
            .iter()
            .zip(b)
            .enumerate()
            .find_map(|(n, (x, y))| first_difference(x, y, &format!("{path}[{n}]"))),
        _ if before == after => None,
        _ => Some(format!("at {path}: before {before}, after {after}")),
    }
}

/// Every `*.yaml` of `tests/scenarios/` is listed in `scenarios!` (and every listed one exists),
/// parses, and is named in the directory's README; nothing else lies there.
#[test]
fn every_scenario_file_is_listed() {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(scenario_dir()).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        match name.strip_suffix(".yaml") {
            Some(stem) => files.push(stem.to_owned()),
            None => assert_eq!(name, "README.md", "tests/scenarios/{name}: scenario files end in .yaml"),
        }
    }
    files.sort();
    let mut listed: Vec<String> = LISTED.iter().map(|s| (*s).to_owned()).collect();
    listed.sort();
    assert_eq!(files, listed, "the files of tests/scenarios/ and the list in scenarios.rs differ");
    let readme = std::fs::read_to_string(scenario_dir().join("README.md")).unwrap();
    for stem in LISTED {
        load(stem);
        assert!(
            readme.contains(&format!("{stem}.yaml")),
            "tests/scenarios/README.md does not list {stem}.yaml"
        );
    }
}

/// The matcher itself: a harness that cannot fail proves nothing.
#[test]
fn the_matcher_refuses_what_differs() {
    let answer =
        json!({ "data": { "task": { "status": "OPEN", "items": [1, 2], "message": "until 2026-01-02" } } });
    assert!(check_answer(&json!({ "data": { "task": { "status": "OPEN" } } }), &answer).is_ok());
    assert!(check_answer(&json!({ "data": { "task": { "status": "JUDGED" } } }), &answer).is_err());
    assert!(check_answer(&json!({ "data": { "task": { "items": [1] } } }), &answer).is_err());
    assert!(check_answer(&json!({ "data": { "task": { "absent": null } } }), &answer).is_err());
    assert!(
        check_answer(&json!({ "data": { "task": { "message": { "$contains": "2026-01-02" } } } }), &answer)
            .is_ok()
    );
    assert!(
        check_answer(&json!({ "data": { "task": { "message": { "$contains": "2027" } } } }), &answer)
            .is_err()
    );
    assert!(
        check_answer(&json!({ "data": { "task": { "items": { "$nonempty": true } } } }), &answer).is_ok()
    );
    let refused = json!({ "data": null, "errors": [{ "extensions": { "code": "FORBIDDEN" } }] });
    assert!(check_answer(&json!({ "data": null }), &refused).is_err(), "errors must be expected");
    assert!(
        check_answer(&json!({ "errors": [{ "extensions": { "code": "FORBIDDEN" } }] }), &refused).is_ok()
    );
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let mut values = Map::new();
    values.insert("task".to_owned(), json!({ "id": "VGFzazox" }));
    values.insert("n".to_owned(), json!(7));
    assert_eq!(interpolate(&json!("${task}"), &values, today).unwrap(), json!({ "id": "VGFzazox" }));
    assert_eq!(
        interpolate(&json!("n=${n} on ${today-1}"), &values, today).unwrap(),
        json!("n=7 on 2026-11-25")
    );
    assert_eq!(interpolate(&json!("${today+30}"), &values, today).unwrap(), json!("2026-12-26"));
    assert!(interpolate(&json!("${unknown}"), &values, today).is_err());
}
