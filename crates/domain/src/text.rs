//! Free-text fields (names, addresses, reasons): trimmed, bounded in characters, free of control characters.

use crate::error::{ErrorCode, FieldError};

/// Parses a free-text field.
///
/// Lengths count characters, not bytes, because the limits are meant for people typing Chinese.
/// Control characters are refused because they corrupt exports and logs; a multi-line field keeps
/// line feeds and tabs, and Windows line endings are folded into `\n` so pasted text is accepted.
pub fn parse_text(
    field: &'static str,
    s: &str,
    min_chars: usize,
    max_chars: usize,
    multiline: bool,
) -> Result<String, FieldError> {
    let error = |message: String| FieldError::new(ErrorCode::InvalidText, field, message);
    let text = if multiline { s.trim().replace("\r\n", "\n") } else { s.trim().to_owned() };
    if let Some((position, c)) =
        text.chars().enumerate().find(|&(_, c)| c.is_control() && !(multiline && (c == '\n' || c == '\t')))
    {
        return Err(error(format!(
            "contains the control character U+{:04X} at position {}; {}",
            u32::from(c),
            position + 1,
            if multiline {
                "only line feeds and tabs are allowed"
            } else {
                "use a single line of printable text"
            }
        )));
    }
    let n_chars = text.chars().count();
    if n_chars == 0 && min_chars > 0 {
        return Err(error("must not be empty".to_owned()));
    }
    if n_chars < min_chars {
        return Err(error(format!("must have at least {min_chars} characters but has {n_chars}")));
    }
    if n_chars > max_chars {
        return Err(error(format!("must have at most {max_chars} characters but has {n_chars}")));
    }
    Ok(text)
}

/// The error for a required field that was not supplied at all.
pub(crate) fn required(field: &'static str) -> FieldError {
    FieldError::new(ErrorCode::InvalidText, field, "is required")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(s: &str, min: usize, max: usize, multiline: bool, expected: Result<&str, &str>) {
        let actual = parse_text("name", s, min, max, multiline);
        match (actual, expected) {
            (Ok(text), Ok(want)) => assert_eq!(text, want, "input {s:?}"),
            (Err(error), Err(want)) => {
                assert_eq!(error.code, ErrorCode::InvalidText, "input {s:?}");
                assert_eq!(error.field, "name");
                assert_eq!(error.message, want, "input {s:?}");
            }
            (actual, expected) => panic!("input {s:?}: got {actual:?}, expected {expected:?}"),
        }
    }

    #[test]
    fn parse_text_cases() {
        type Case = (&'static str, usize, usize, bool, Result<&'static str, &'static str>);
        let cases: &[Case] = &[
            ("  南京市场监管局  ", 2, 100, false, Ok("南京市场监管局")),
            // Full-width spaces (U+3000) are whitespace too, and are trimmed.
            ("\u{3000}江苏\u{3000}", 2, 100, false, Ok("江苏")),
            ("ab", 2, 2, false, Ok("ab")),
            // Two Chinese characters are six bytes but two characters.
            ("江苏", 2, 2, false, Ok("江苏")),
            ("江苏省", 2, 2, false, Err("must have at most 2 characters but has 3")),
            ("a", 2, 100, false, Err("must have at least 2 characters but has 1")),
            ("   ", 1, 100, false, Err("must not be empty")),
            ("", 0, 100, false, Ok("")),
            (
                "a\0b",
                1,
                100,
                false,
                Err(
                    "contains the control character U+0000 at position 2; use a single line of printable text",
                ),
            ),
            (
                "a\nb",
                1,
                100,
                false,
                Err(
                    "contains the control character U+000A at position 2; use a single line of printable text",
                ),
            ),
            ("a\nb\tc", 1, 100, true, Ok("a\nb\tc")),
            ("a\r\nb", 1, 100, true, Ok("a\nb")),
            (
                "a\rb",
                1,
                100,
                true,
                Err(
                    "contains the control character U+000D at position 2; only line feeds and tabs are allowed",
                ),
            ),
            (
                "a\u{7f}",
                1,
                100,
                true,
                Err(
                    "contains the control character U+007F at position 2; only line feeds and tabs are allowed",
                ),
            ),
            (
                "a\u{85}b",
                1,
                100,
                false,
                Err(
                    "contains the control character U+0085 at position 2; use a single line of printable text",
                ),
            ),
            ("\n  line one\nline two\n", 1, 100, true, Ok("line one\nline two")),
        ];
        for &(s, min, max, multiline, expected) in cases {
            check(s, min, max, multiline, expected);
        }
    }
}
