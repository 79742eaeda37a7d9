//! Relay connection arguments: `first/after`, `last/before`, a default and a hard
//! maximum page size, turned into a keyset `PageRequest`; and the connection type every
//! list returns, async-graphql's own with a description on the connection and edge types.

use std::borrow::Cow;

use async_graphql::connection::{
    ConnectionNameType, CursorType, DefaultConnectionName, DefaultEdgeName, Edge, EdgeNameType,
};
use async_graphql::parser::types::Field;
use async_graphql::registry::{MetaType, Registry};
use async_graphql::{ContextSelectionSet, ObjectType, OutputType, Positioned, ServerResult, Value};
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
    let mut connection = async_graphql::connection::Connection::with_additional_fields(
        page.has_previous_page,
        page.has_next_page,
        extra,
    );
    connection.edges.extend(page.items.into_iter().map(|record| Edge::new(cursor(&record), node(record))));
    Connection(connection)
}

/// async-graphql's Relay connection (`XConnection` with `pageInfo`, `edges`, `nodes` and the
/// extra fields of `E`), unchanged on the wire. The built-in one leaves the connection type
/// without a description and gives every edge type the same one; the schema promises a
/// description on every type (graphql-schema-linter checks it), so this wrapper writes them
/// into the registry when the type is registered.
pub struct Connection<C, N, E>(async_graphql::connection::Connection<C, N, E>)
where
    C: CursorType + Send + Sync,
    N: OutputType,
    E: ObjectType;

impl<C, N, E> OutputType for Connection<C, N, E>
where
    C: CursorType + Send + Sync,
    N: OutputType,
    E: ObjectType,
{
    fn type_name() -> Cow<'static, str> {
        <async_graphql::connection::Connection<C, N, E> as OutputType>::type_name()
    }

    fn create_type_info(registry: &mut Registry) -> String {
        let qualified =
            <async_graphql::connection::Connection<C, N, E> as OutputType>::create_type_info(registry);
        let node = N::type_name();
        describe(
            registry,
            &DefaultConnectionName::type_name::<N>(),
            format!(
                "A page of `{node}` items (a Relay cursor connection): the edges with their cursors, the nodes, and where the page stands."
            ),
        );
        describe(
            registry,
            &DefaultEdgeName::type_name::<N>(),
            format!("One `{node}` of a page, with its cursor (a Relay edge)."),
        );
        qualified
    }

    async fn resolve(&self, ctx: &ContextSelectionSet<'_>, field: &Positioned<Field>) -> ServerResult<Value> {
        OutputType::resolve(&self.0, ctx, field).await
    }
}

/// Sets the description of a registered object type.
fn describe(registry: &mut Registry, name: &str, text: String) {
    if let Some(MetaType::Object { description, .. }) = registry.types.get_mut(name) {
        *description = Some(text);
    }
}

/// The first page of a parent's relation read through a loader, which was asked for `n + 1`
/// records: the extra one only tells whether more exist.
pub fn first_page<R>(mut records: Vec<R>, n: u64) -> Page<R> {
    let more = records.len() as u64 > n;
    records.truncate(usize::try_from(n).unwrap_or(usize::MAX));
    Page { items: records, has_previous_page: false, has_next_page: more }
}

/// The size of a first page (`first: n`, no cursor), the one a loader batches across parents.
pub fn first_only<K>(request: &PageRequest<K>) -> Option<u64> {
    match request {
        PageRequest { first: Some(n), after: None, before: None, .. } => Some(*n),
        _ => None,
    }
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
