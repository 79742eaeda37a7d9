//! Fuzzes what the endpoint does to a request before any resolver runs, independently of any
//! scenario: the variables' control-character check (`limits::check_json`) and the document
//! limits (`limits::check`) on whatever the GraphQL parser accepts. No input panics, and the
//! variables are refused exactly when some string or key holds a control character other than
//! tab, line feed and carriage return.
#![no_main]

use libfuzzer_sys::fuzz_target;

// The endpoint's own source file, compiled here as it is: it needs async-graphql and std only.
#[path = "../../crates/api/src/limits.rs"]
mod limits;

use limits::DocumentLimits;

/// The rule, written independently of the code under test.
fn has_forbidden(value: &serde_json::Value) -> bool {
    let bad = |text: &str| text.chars().any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'));
    match value {
        serde_json::Value::String(text) => bad(text),
        serde_json::Value::Array(items) => items.iter().any(has_forbidden),
        serde_json::Value::Object(fields) => {
            fields.iter().any(|(key, value)| bad(key) || has_forbidden(value))
        }
        _ => false,
    }
}

fuzz_target!(|input: (&str, &str, Option<&str>)| {
    let (query, variables, operation_name) = input;
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(variables) {
        assert_eq!(limits::check_json(&value).is_err(), has_forbidden(&value), "{value}");
        let _ = async_graphql::Variables::from_json(value);
    }
    if let Ok(document) = async_graphql::parser::parse_query(query) {
        let _ = limits::check(&document, operation_name, &DocumentLimits::default());
        let _ =
            limits::check(&document, operation_name, &DocumentLimits { max_aliases: 1, max_root_fields: 1 });
    }
});
