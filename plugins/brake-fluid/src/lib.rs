//! 机动车辆制动液 (motor-vehicle brake fluid): GB 12981-2012 grades HZY3–HZY6 and GB 12981-2025
//! (in force 2027-01-01, adds HZY7) as a second edition. Everything is data in `profile.json`: the
//! grade tables are `table` rules, the other limits `min`/`max`/`range` rules, so there is no judge
//! function. The tests check the embedded profile and the coverage of its examples.

oversight_plugin_api::declare_plugin! {
    profile_json: include_str!("../profile.json"),
}

#[cfg(test)]
mod tests {
    use oversight_plugin_api::testing;

    #[test]
    fn the_embedded_profile_passes_its_self_checks() {
        let problems = testing::profile_problems(&crate::__oversight_plugin::TABLE, "brake-fluid", &[]);
        assert!(problems.is_empty(), "{problems:#?}");
        let profile = testing::manifest(&crate::__oversight_plugin::TABLE).unwrap().profile;
        assert!(profile.key_industry);
        assert_eq!(profile.objection.window_days, 15);
        assert!(testing::has_edition_switch(&profile), "no edition-switch example");
    }
}
