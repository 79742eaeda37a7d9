//! 电动自行车 (e-bikes): GB 17761-2018 and GB 17761-2024 (in force 2025-09-01), the edition in
//! force on the sampling date applies. Everything is data in `profile.json` (per-edition
//! requirements, no judge function); the tests check the embedded profile and the coverage of its
//! examples.

oversight_plugin_api::declare_plugin! {
    profile_json: include_str!("../profile.json"),
}

#[cfg(test)]
mod tests {
    use oversight_plugin_api::testing;

    #[test]
    fn the_embedded_profile_passes_its_self_checks() {
        let problems = testing::profile_problems(&crate::__oversight_plugin::TABLE, "e-bike", &[]);
        assert!(problems.is_empty(), "{problems:#?}");
        let profile = testing::manifest(&crate::__oversight_plugin::TABLE).unwrap().profile;
        assert!(profile.key_industry);
        assert_eq!(profile.objection.window_days, 15);
        assert!(testing::has_edition_switch(&profile), "no edition-switch example");
    }
}
