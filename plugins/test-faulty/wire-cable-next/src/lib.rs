//! Test fixture, never shipped: "the next version" of the wire-cable plugin, so tests can serve two
//! versions of one industry side by side (issue 11 item 3). It is wire-cable's own profile and judge
//! code with the version raised to 0.3.0 and one limit changed — insulation tensile strength at
//! least 15.0 N/mm² instead of 12.5 — so a result between the two is judged differently by each.
//! It also declares an increased frequency (增加频次) for the A-class items, six a year after a
//! failure, which no shipped plugin does (the reference sources none), so the schedule's rule for
//! it is tested through the endpoint (issue 11 item 14).

use std::sync::LazyLock;

use oversight_plugin_api::serde_json::{self, Value};

#[path = "../../../wire-cable/src/judge.rs"]
mod judge;

use judge::{conductor_resistance_20c, thinnest_point};

/// The version this fixture declares and the limit it changes, for the tests that use it.
const VERSION: &str = "0.3.0";
const CHANGED_ITEM: &str = "insulation_tensile_strength";
const CHANGED_MIN: &str = "15.0";
/// The A-class items' tests a year after a failure (the normal frequency is four).
const INCREASED_A_CLASS: u32 = 6;

/// wire-cable's profile with the version and the one limit changed; examples that reported the
/// changed item are dropped, since their expectations were written for the old limit.
static NEXT_PROFILE: LazyLock<String> = LazyLock::new(|| {
    let mut profile: Value = match serde_json::from_str(include_str!("../../../wire-cable/profile.json")) {
        Ok(profile) => profile,
        // The host reports a manifest it cannot parse; an empty string is one.
        Err(_) => return String::new(),
    };
    profile["version"] = Value::from(VERSION);
    if let Some(items) = profile["items"].as_array_mut() {
        for item in items.iter_mut().filter(|item| item["code"] == CHANGED_ITEM) {
            item["requirements"][0]["rule"]["value"] = Value::from(CHANGED_MIN);
        }
    }
    if let Some(scopes) = profile["testing_frequency"].as_array_mut() {
        for scope in scopes.iter_mut().filter(|scope| scope["risk_class"] == "a_class_items") {
            scope["increased_times_per_year"] = Value::from(INCREASED_A_CLASS);
        }
    }
    if let Some(examples) = profile["examples"].as_array_mut() {
        examples.retain(|example| example["results"].get(CHANGED_ITEM).is_none());
    }
    profile.to_string()
});

oversight_plugin_api::declare_plugin! {
    profile_json: NEXT_PROFILE.as_str(),
    judge_functions: {
        "conductor_resistance_20c" => conductor_resistance_20c,
        "thinnest_point" => thinnest_point,
    },
}
