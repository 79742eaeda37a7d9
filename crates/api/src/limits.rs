//! Request limits that async-graphql does not enforce by itself: aliases (each
//! alias is another execution of a field), root fields per operation, and control
//! characters in string inputs (so SQLite and PostgreSQL — which refuses NUL —
//! behave alike). Checked on the parsed document before execution.
//!
//! This file depends on async-graphql and std only — the endpoint maps a [`Limit`] to its error
//! code — so the `graphql_variables` fuzz target compiles it on its own (`#[path]`) instead of
//! building the whole server under the fuzzer's instrumentation (docs/adr/0047).

use std::collections::HashSet;

use async_graphql::Name;
use async_graphql::parser::Positioned;
use async_graphql::parser::types::{DocumentOperations, ExecutableDocument, Selection, SelectionSet};
use async_graphql_value::Value;

/// The limits, with safe defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocumentLimits {
    pub max_aliases: usize,
    pub max_root_fields: usize,
}

impl Default for DocumentLimits {
    fn default() -> Self {
        DocumentLimits { max_aliases: 30, max_root_fields: 20 }
    }
}

/// Which limit a request passed; each is an error code of its own at the endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    TooManyRootFields,
    TooManyAliases,
    InvalidCharacters,
}

/// Why a document was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub limit: Limit,
    pub message: String,
}

/// Checks the operation that will run (the one named, or the only one).
pub fn check(
    document: &ExecutableDocument,
    operation_name: Option<&str>,
    limits: &DocumentLimits,
) -> Result<(), Refusal> {
    let selection_set = match (&document.operations, operation_name) {
        (DocumentOperations::Single(operation), _) => &operation.node.selection_set,
        (DocumentOperations::Multiple(operations), Some(name)) => match operations.get(&Name::new(name)) {
            Some(operation) => &operation.node.selection_set,
            // Unknown operation: execution reports it with its own code.
            None => return Ok(()),
        },
        (DocumentOperations::Multiple(_), None) => return Ok(()),
    };
    let mut walk = Walk { document, limits, aliases: 0, stack: HashSet::new() };
    let root_fields = walk.root_fields(selection_set, 0)?;
    if root_fields > limits.max_root_fields {
        return Err(Refusal {
            limit: Limit::TooManyRootFields,
            message: format!(
                "the operation selects {root_fields} root fields; at most {} are allowed",
                limits.max_root_fields
            ),
        });
    }
    walk.selection_set(selection_set)?;
    // String literals anywhere in the document, fragments included.
    for operation in document.operations.iter() {
        strings_in_selection_set(&operation.1.node.selection_set.node)?;
    }
    for fragment in document.fragments.values() {
        strings_in_selection_set(&fragment.node.selection_set.node)?;
    }
    Ok(())
}

struct Walk<'a> {
    document: &'a ExecutableDocument,
    limits: &'a DocumentLimits,
    aliases: usize,
    /// Fragments being expanded (a cycle is a validation error reported later).
    stack: HashSet<&'a str>,
}

impl<'a> Walk<'a> {
    fn root_fields(&mut self, set: &'a Positioned<SelectionSet>, depth: usize) -> Result<usize, Refusal> {
        let mut n = 0;
        for item in &set.node.items {
            match &item.node {
                Selection::Field(_) => n += 1,
                Selection::InlineFragment(fragment) if depth < 16 => {
                    n += self.root_fields(&fragment.node.selection_set, depth + 1)?
                }
                Selection::FragmentSpread(spread) if depth < 16 => {
                    if let Some(fragment) = self.document.fragments.get(&spread.node.fragment_name.node) {
                        n += self.root_fields(&fragment.node.selection_set, depth + 1)?;
                    }
                }
                _ => {}
            }
        }
        Ok(n)
    }

    /// Counts aliases with fragments expanded where they are spread, stopping
    /// as soon as the limit is passed (so the walk itself stays cheap).
    fn selection_set(&mut self, set: &'a Positioned<SelectionSet>) -> Result<(), Refusal> {
        for item in &set.node.items {
            match &item.node {
                Selection::Field(field) => {
                    if field.node.alias.is_some() {
                        self.aliases += 1;
                        if self.aliases > self.limits.max_aliases {
                            return Err(Refusal {
                                limit: Limit::TooManyAliases,
                                message: format!(
                                    "the operation uses more than {} aliases",
                                    self.limits.max_aliases
                                ),
                            });
                        }
                    }
                    self.selection_set(&field.node.selection_set)?;
                }
                Selection::InlineFragment(fragment) => self.selection_set(&fragment.node.selection_set)?,
                Selection::FragmentSpread(spread) => {
                    let name = spread.node.fragment_name.node.as_str();
                    if let Some(fragment) = self.document.fragments.get(&spread.node.fragment_name.node)
                        && self.stack.insert(name)
                    {
                        self.selection_set(&fragment.node.selection_set)?;
                        self.stack.remove(name);
                    }
                }
            }
        }
        Ok(())
    }
}

fn strings_in_selection_set(set: &SelectionSet) -> Result<(), Refusal> {
    for item in &set.items {
        match &item.node {
            Selection::Field(field) => {
                for (_, value) in &field.node.arguments {
                    strings_in_value(&value.node)?;
                }
                strings_in_selection_set(&field.node.selection_set.node)?;
            }
            Selection::InlineFragment(fragment) => {
                strings_in_selection_set(&fragment.node.selection_set.node)?
            }
            Selection::FragmentSpread(_) => {}
        }
    }
    Ok(())
}

fn strings_in_value(value: &Value) -> Result<(), Refusal> {
    match value {
        Value::String(text) => check_text(text),
        Value::List(items) => items.iter().try_for_each(strings_in_value),
        Value::Object(fields) => fields.values().try_for_each(strings_in_value),
        _ => Ok(()),
    }
}

/// Refuses NUL and the other C0/C1 control characters except tab, line feed and
/// carriage return (multi-line text fields keep their line breaks).
pub fn check_text(text: &str) -> Result<(), Refusal> {
    match text.chars().find(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r')) {
        Some(c) => Err(Refusal {
            limit: Limit::InvalidCharacters,
            message: format!("strings may not contain control character U+{:04X}", u32::from(c)),
        }),
        None => Ok(()),
    }
}

/// The same check over the variables of a request.
pub fn check_json(value: &serde_json::Value) -> Result<(), Refusal> {
    match value {
        serde_json::Value::String(text) => check_text(text),
        serde_json::Value::Array(items) => items.iter().try_for_each(check_json),
        serde_json::Value::Object(fields) => {
            fields.keys().try_for_each(|key| check_text(key))?;
            fields.values().try_for_each(check_json)
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_query(query: &str) -> Result<(), Limit> {
        let document = async_graphql::parser::parse_query(query).unwrap();
        check(&document, None, &DocumentLimits { max_aliases: 3, max_root_fields: 2 }).map_err(|r| r.limit)
    }

    #[test]
    fn limits_table() {
        let cases: &[(&str, Result<(), Limit>)] = &[
            ("{ a b }", Ok(())),
            ("{ a b c }", Err(Limit::TooManyRootFields)),
            ("{ ... on Q { a b c } }", Err(Limit::TooManyRootFields)),
            ("query { ...F } fragment F on Q { a b c }", Err(Limit::TooManyRootFields)),
            ("{ x: a { y: b z: c } }", Ok(())),
            ("{ x: a { y: b z: c w: d } }", Err(Limit::TooManyAliases)),
            // A fragment spread twice counts twice.
            ("{ a { ...F } b { ...F } } fragment F on T { x: a y: b }", Err(Limit::TooManyAliases)),
            ("{ a(s: \"ok\\n\") }", Ok(())),
            ("{ a(s: \"nul \\u0000\") }", Err(Limit::InvalidCharacters)),
            ("{ a(o: { l: [\"\\u0007\"] }) }", Err(Limit::InvalidCharacters)),
        ];
        for (query, expected) in cases {
            assert_eq!(check_query(query), *expected, "{query}");
        }
    }

    #[test]
    fn variables_are_checked_deeply() {
        assert!(check_json(&serde_json::json!({ "a": ["fine", { "b": "line\nbreak" }] })).is_ok());
        assert!(check_json(&serde_json::json!({ "a": ["x\u{0000}"] })).is_err());
        assert!(check_json(&serde_json::json!({ "a\u{001b}": 1 })).is_err());
    }
}
