//! Fuzzes the plugin profile JSON: no input panics the deserialiser or the host's validation of
//! what deserialised, and a profile that reads writes back to JSON that reads as the same profile.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oversight_plugin_api::IndustryProfile;

fuzz_target!(|bytes: &[u8]| {
    let Ok(profile) = serde_json::from_slice::<IndustryProfile>(bytes) else { return };
    let written = serde_json::to_string(&profile).unwrap_or_default();
    let reread: Result<IndustryProfile, _> = serde_json::from_str(&written);
    assert_eq!(reread.as_ref().ok(), Some(&profile), "{written}");
    let _ = oversight_plugin_host::validate_profile(&profile, &[]);
    let _ = oversight_plugin_host::validate_profile(&profile, &["judge".to_owned()]);
});
