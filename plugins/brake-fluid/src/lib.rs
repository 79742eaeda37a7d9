//! 机动车辆制动液 (motor-vehicle brake fluid): GB 12981-2012 grades HZY3–HZY6 and GB 12981-2025
//! (in force 2027-01-01, adds HZY7) as a second edition. Everything is data in `profile.json`: the
//! grade tables are `table` rules, the other limits `min`/`max`/`range` rules, so there is no judge
//! function. The tests check the embedded profile and the coverage of its examples.

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
    fn the_embedded_profile_parses() {
        let manifest = testing::manifest(&crate::__oversight_plugin::TABLE).unwrap();
        assert_eq!(manifest.profile.id, "brake-fluid");
        assert!(manifest.custom_functions.is_empty());
        assert!(manifest.profile.key_industry);
        assert_eq!(manifest.profile.objection.window_days, 15);
    }

    #[test]
    fn examples_cover_every_item_and_name_only_known_ones() {
        let problems = testing::example_problems(&profile());
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn every_limit_is_a_plain_decimal_string() {
        let problems = testing::limit_problems(&profile());
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn an_edition_switch_is_demonstrated() {
        assert!(testing::has_edition_switch(&profile()), "no edition-switch example");
    }
}
