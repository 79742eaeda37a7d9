//! 复混肥料 / 复合肥料 (compound fertilizers): GB/T 15063-2020 (recommended) by concentration grade
//! and chloride label tier, plus the mandatory GB 38400-2019 toxic-substance limits. Every rule is
//! expressible as data (tables, tolerances, maxima), so this plugin has no judge function: the
//! whole profile is `profile.json`.

oversight_plugin_api::declare_plugin! {
    profile_json: include_str!("../profile.json"),
}

#[cfg(test)]
mod tests {
    use oversight_plugin_api::profile::{RuleSpec, StandardNature};
    use oversight_plugin_api::{PluginTable, testing};

    fn table() -> &'static PluginTable {
        &crate::__oversight_plugin::TABLE
    }

    #[test]
    fn the_embedded_profile_passes_its_self_checks() {
        let problems = testing::profile_problems(table(), "compound-fertilizer", &[]);
        assert!(problems.is_empty(), "{problems:#?}");
        let profile = testing::manifest(table()).unwrap().profile;
        assert!(profile.key_industry);
        assert_eq!(profile.objection.window_days, 15);
    }

    #[test]
    fn gb_38400_is_mandatory_and_gb_t_15063_recommended() {
        let profile = testing::manifest(table()).unwrap().profile;
        let nature = |code: &str| profile.standards.iter().find(|s| s.code == code).map(|s| s.nature);
        assert_eq!(nature("GB 38400"), Some(StandardNature::Mandatory));
        assert_eq!(nature("GB/T 15063"), Some(StandardNature::Recommended));
    }

    /// Every limit of the reference's fertilizer table is tagged [P] or [U]: nothing numeric may
    /// ship unflagged. Only the label item (an enumeration) carries no flag.
    #[test]
    fn every_numeric_limit_is_flagged() {
        let profile = testing::manifest(table()).unwrap().profile;
        for item in &profile.items {
            for requirement in &item.requirements {
                if matches!(requirement.rule, RuleSpec::Enumeration { .. }) {
                    continue;
                }
                let rows_flagged = match &requirement.rule {
                    RuleSpec::Table { rows, .. } => rows.iter().all(|row| row.needs_verification),
                    _ => false,
                };
                assert!(
                    item.needs_verification || requirement.needs_verification || rows_flagged,
                    "{} has an unflagged numeric limit",
                    item.code
                );
            }
        }
    }
}
