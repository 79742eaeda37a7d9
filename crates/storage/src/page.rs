//! Keyset pagination: a page is "the rows after (or before) this key", never an
//! OFFSET, so page 500 costs what page 1 costs.

/// Which slice of an ordered list to read. Exactly one of `first`/`last` is set
/// by the API layer, which also enforces the maximum page size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageRequest<K> {
    pub first: Option<u64>,
    pub after: Option<K>,
    pub last: Option<u64>,
    pub before: Option<K>,
}

impl<K> PageRequest<K> {
    pub fn first(n: u64) -> PageRequest<K> {
        PageRequest { first: Some(n), after: None, last: None, before: None }
    }

    /// True when the page is read backwards (`last`/`before`).
    pub(crate) fn backwards(&self) -> bool {
        self.last.is_some()
    }

    pub(crate) fn limit(&self) -> u64 {
        self.first.or(self.last).unwrap_or(0)
    }
}

/// A slice of an ordered list with the Relay page flags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub has_previous_page: bool,
    pub has_next_page: bool,
}

impl<T> Page<T> {
    /// Builds a page from rows fetched with `limit + 1` in the direction of
    /// travel: the extra row only tells whether more exist.
    pub(crate) fn from_probe<K>(mut rows: Vec<T>, request: &PageRequest<K>) -> Page<T> {
        let limit = usize::try_from(request.limit()).unwrap_or(usize::MAX);
        let more = rows.len() > limit;
        rows.truncate(limit);
        if request.backwards() {
            rows.reverse();
            Page { items: rows, has_previous_page: more, has_next_page: request.before.is_some() }
        } else {
            Page { items: rows, has_previous_page: request.after.is_some(), has_next_page: more }
        }
    }

    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            items: self.items.into_iter().map(f).collect(),
            has_previous_page: self.has_previous_page,
            has_next_page: self.has_next_page,
        }
    }
}
