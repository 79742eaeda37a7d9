//! Relay connection arguments: `first/after`, `last/before`, a default and a hard
//! maximum page size, turned into a keyset `PageRequest`.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{ObjectType, OutputType};
use oversight_app::{Code, Page, PageRequest};

use crate::error::ApiError;

/// Page size when neither `first` nor `last` is given.
pub const DEFAULT_PAGE_SIZE: u64 = 20;
/// No page is larger than this, whatever the client asks.
pub const MAX_PAGE_SIZE: u64 = 100;

/// Validates the four Relay arguments; cursors are decoded by `decode`.
pub fn page_request<K>(
    first: Option<i32>,
    after: Option<String>,
    last: Option<i32>,
    before: Option<String>,
    decode: impl Fn(&str) -> Result<K, ApiError>,
) -> Result<PageRequest<K>, ApiError> {
    let size = |n: i32, field: &'static str| -> Result<u64, ApiError> {
        let n = u64::try_from(n).map_err(|_| {
            ApiError::new(Code::BadUserInput, format!("{field} must not be negative")).with_field(field)
        })?;
        if n > MAX_PAGE_SIZE {
            return Err(ApiError::new(
                Code::PageSizeExceeded,
                format!("{field} is {n}; a page holds at most {MAX_PAGE_SIZE} items"),
            )
            .with_field(field));
        }
        Ok(n)
    };
    if first.is_some() && last.is_some() {
        return Err(
            ApiError::new(Code::BadUserInput, "give either first or last, not both").with_field("last")
        );
    }
    let (first, last) = match (first, last) {
        (_, Some(last)) => (None, Some(size(last, "last")?)),
        (Some(first), None) => (Some(size(first, "first")?), None),
        (None, None) => (Some(DEFAULT_PAGE_SIZE), None),
    };
    Ok(PageRequest {
        first,
        after: after.as_deref().map(&decode).transpose()?,
        last,
        before: before.as_deref().map(&decode).transpose()?,
    })
}

/// Builds a Relay connection from a storage page.
pub fn connection<R, N, E>(
    page: Page<R>,
    extra: E,
    cursor: impl Fn(&R) -> String,
    node: impl Fn(R) -> N,
) -> Connection<String, N, E>
where
    N: OutputType,
    E: ObjectType,
{
    let mut connection =
        Connection::with_additional_fields(page.has_previous_page, page.has_next_page, extra);
    connection.edges.extend(page.items.into_iter().map(|record| Edge::new(cursor(&record), node(record))));
    connection
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(first: Option<i32>, last: Option<i32>, expected: Result<(Option<u64>, Option<u64>), Code>) {
        let got = page_request(first, None, last, None, |_| Ok(0_i64))
            .map(|r| (r.first, r.last))
            .map_err(|e| e.code);
        assert_eq!(got, expected, "first={first:?} last={last:?}");
    }

    #[test]
    fn page_arguments() {
        check(None, None, Ok((Some(DEFAULT_PAGE_SIZE), None)));
        check(Some(0), None, Ok((Some(0), None)));
        check(Some(100), None, Ok((Some(100), None)));
        check(Some(101), None, Err(Code::PageSizeExceeded));
        check(None, Some(101), Err(Code::PageSizeExceeded));
        check(Some(-1), None, Err(Code::BadUserInput));
        check(None, Some(5), Ok((None, Some(5))));
        check(Some(5), Some(5), Err(Code::BadUserInput));
    }
}
