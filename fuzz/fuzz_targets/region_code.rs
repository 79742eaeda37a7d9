//! Fuzzes the GB/T 2260 region code and jurisdiction prefix parsers: no input panics, a parsed
//! code shows itself as it parses, its parents lead to the nation within three steps and contain
//! it, and a prefix is 0, 2, 4 or 6 digits.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oversight_domain::RegionCode;
use oversight_domain::registry::region::parse_region_prefix;

fuzz_target!(|text: &str| {
    if let Ok(code) = RegionCode::parse(text) {
        assert_eq!(RegionCode::parse(&code.to_string()), Ok(code));
        let mut current = code;
        let mut steps = 0;
        while let Some(parent) = current.parent() {
            assert!(parent.contains(&code), "{parent} does not contain {code}");
            current = parent;
            steps += 1;
            assert!(steps <= 3, "{code} has more than three levels above it");
        }
        assert_eq!(current, RegionCode::NATION);
        let (low, high) = code.range();
        assert!(low.as_str() <= code.as_str() && code.as_str() <= high.as_str());
    }
    if let Ok(prefix) = parse_region_prefix(text) {
        assert!(matches!(prefix.len(), 0 | 2 | 4 | 6), "{prefix:?}");
        assert!(prefix.bytes().all(|b| b.is_ascii_digit()), "{prefix:?}");
    }
});
