//! Fuzzes the production license number parser: no input panics, and a parsed number's canonical
//! form parses back to the same number, whose core is `XK` + category + unit + serial.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oversight_domain::LicenseNumber;

fuzz_target!(|text: &str| {
    if let Ok(number) = LicenseNumber::parse(text) {
        let shown = number.to_string();
        assert_eq!(LicenseNumber::parse(&shown).as_ref(), Ok(&number), "{shown:?} does not parse back");
        let core = number.core();
        assert!(shown.ends_with(&core), "{shown:?} does not end with its core {core:?}");
        assert_eq!(core.len(), "XK13-005-00042".len(), "{core:?}");
        assert!(number.category() > 0 && number.unit() > 0 && number.serial() > 0);
        // A prefix, when there is one, names a province.
        assert_eq!(number.province_prefix().is_some(), number.province().is_some());
        let rebuilt =
            LicenseNumber::new(number.province_prefix(), number.category(), number.unit(), number.serial());
        assert_eq!(rebuilt.as_ref(), Ok(&number));
    }
});
