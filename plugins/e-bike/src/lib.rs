//! 电动自行车 (e-bikes): GB 17761-2018 and GB 17761-2024 (in force 2025-09-01), the edition in
//! force on the sampling date applies. Everything is data in `profile.json` (per-edition
//! requirements, no judge function); the tests check the embedded profile and the coverage of its
//! examples.

oversight_plugin_api::declare_plugin! {
    profile_json: include_str!("../profile.json"),
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use oversight_plugin_api::profile::{ExpectedOutcome, RuleSpec, Severity};
    use oversight_plugin_api::{IndustryProfile, testing};

    fn profile() -> IndustryProfile {
        // The generated static, called in-process: no FFI needed to test the exports.
        testing::manifest(&crate::__oversight_plugin::TABLE).unwrap().profile
    }

    #[test]
    fn the_embedded_profile_parses() {
        let manifest = testing::manifest(&crate::__oversight_plugin::TABLE).unwrap();
        assert_eq!(manifest.profile.id, "e-bike");
        assert!(manifest.custom_functions.is_empty());
        assert!(manifest.profile.key_industry);
        assert_eq!(manifest.profile.objection.window_days, 15);
    }

    #[test]
    fn examples_name_only_known_items_and_variants() {
        let profile = profile();
        let items: BTreeSet<&str> = profile.items.iter().map(|item| item.code.as_str()).collect();
        let variants: BTreeSet<&str> = profile.variants.iter().map(|v| v.code.as_str()).collect();
        for example in &profile.examples {
            assert!(variants.contains(example.variant.as_str()), "{}", example.name);
            for code in example.results.keys() {
                assert!(items.contains(code.as_str()), "{}: {code}", example.name);
                assert!(
                    example.expected_items.contains_key(code),
                    "{}: no expectation for {code}",
                    example.name
                );
            }
        }
    }

    #[test]
    fn every_item_is_exercised_and_every_a_class_item_fails_somewhere() {
        let profile = profile();
        for item in &profile.items {
            let outcomes: Vec<ExpectedOutcome> = profile
                .examples
                .iter()
                .filter_map(|example| example.expected_items.get(&item.code).copied())
                .collect();
            assert!(outcomes.contains(&ExpectedOutcome::Pass), "{} never passes", item.code);
            if item.severity == Severity::A {
                assert!(outcomes.contains(&ExpectedOutcome::Fail), "A-class {} never fails", item.code);
            }
        }
    }

    #[test]
    fn every_limit_is_a_plain_decimal_string() {
        let plain = |text: &str| {
            let digits = text.strip_prefix('-').unwrap_or(text);
            !digits.is_empty()
                && digits.split('.').count() <= 2
                && digits.split('.').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
        };
        for item in profile().items {
            for requirement in &item.requirements {
                let values: Vec<&str> = match &requirement.rule {
                    RuleSpec::Min { value } | RuleSpec::Max { value } | RuleSpec::Equals { value } => {
                        vec![value]
                    }
                    RuleSpec::Range { min, max } => vec![min, max],
                    RuleSpec::Table { rows, .. } => rows.iter().map(|row| row.limit.as_str()).collect(),
                    _ => Vec::new(),
                };
                for value in values {
                    assert!(plain(value), "{}: {value:?}", item.code);
                }
            }
        }
    }

    #[test]
    fn an_edition_switch_is_demonstrated() {
        // Two examples of the same variant and results, either side of an edition boundary, with
        // different expected outcomes.
        let examples = &profile().examples;
        let switch = examples.iter().any(|before| {
            examples.iter().any(|after| {
                before.variant == after.variant
                    && before.results == after.results
                    && before.declared == after.declared
                    && before.sampling_date < after.sampling_date
                    && before.expected_items != after.expected_items
            })
        });
        assert!(switch, "no edition-switch example");
    }
}
