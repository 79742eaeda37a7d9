//! 人造板 (wood-based panels): GB 18580-2017 formaldehyde emission (E1 ≤ 0.124 mg/m³), the
//! GB/T 39600-2021 grades E1/E0/ENF, and the particleboard/MDF physical items judged against the
//! enterprise's declared values. Everything is data in `profile.json` (no judge function); the
//! tests check the embedded profile and the coverage of its examples.

oversight_plugin_api::declare_plugin! {
    profile_json: include_str!("../profile.json"),
}

#[cfg(test)]
mod tests {
    use oversight_plugin_api::{IndustryProfile, testing};

    fn profile() -> IndustryProfile {
        // The generated static, called in-process: no FFI needed to test the exports.
        testing::manifest(&crate::__oversight_plugin::TABLE).unwrap().profile
    }

    #[test]
    fn the_embedded_profile_passes_its_self_checks() {
        let problems = testing::profile_problems(&crate::__oversight_plugin::TABLE, "wood-panel", &[]);
        assert!(problems.is_empty(), "{problems:#?}");
        assert!(profile().key_industry);
        assert_eq!(profile().objection.window_days, 15);
    }

    #[test]
    fn the_self_checks_catch_a_broken_profile() {
        // Without its failing examples an A-class item is never shown to fail, and a limit
        // written as "1e3" is not plain decimal text: both checks must say so.
        let mut broken = profile();
        broken.examples.retain(|example| {
            !example
                .expected_items
                .values()
                .any(|o| *o == oversight_plugin_api::profile::ExpectedOutcome::Fail)
        });
        assert!(testing::example_problems(&broken).iter().any(|p| p.contains("never fails")));
        if let Some(oversight_plugin_api::profile::RuleSpec::Max { value }) = broken
            .items
            .iter_mut()
            .flat_map(|i| i.requirements.iter_mut())
            .map(|r| &mut r.rule)
            .find(|r| matches!(r, oversight_plugin_api::profile::RuleSpec::Max { .. }))
        {
            *value = "1e3".to_owned();
        }
        assert!(!testing::limit_problems(&broken).is_empty());
    }
}
