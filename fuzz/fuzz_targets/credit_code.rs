//! Fuzzes the unified social credit code parser (GB 32100): no input panics, and whatever parses
//! shows itself in a form that parses back to the same code with a correct check character.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oversight_domain::CreditCode;

fuzz_target!(|text: &str| {
    if let Ok(code) = CreditCode::parse(text) {
        let shown = code.to_string();
        assert_eq!(shown.chars().count(), 18, "{shown:?}");
        assert_eq!(CreditCode::parse(&shown).as_ref(), Ok(&code), "{shown:?} does not parse back");
        // The check character is the one the body requires, and the body alone rebuilds the code.
        let body: String = shown.chars().take(17).collect();
        assert_eq!(CreditCode::check_character(&body).ok(), shown.chars().last());
        assert_eq!(CreditCode::from_body(&body).as_ref(), Ok(&code));
        assert!(code.region_part().bytes().all(|b| b.is_ascii_digit()));
    }
    // A body the completion accepts always yields a code the parser accepts.
    if let Ok(code) = CreditCode::from_body(text) {
        assert_eq!(CreditCode::parse(code.as_str()).as_ref(), Ok(&code), "{text:?}");
    }
});
