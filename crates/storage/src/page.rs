//! Keyset pagination: a page is "the rows after (or before) this key", never an
//! OFFSET, so page 500 costs what page 1 costs.
//!
//! Every list reads its pages through [`read`]: it bounds the statement by the cursors, orders it
//! by the key (reversed for `last`/`before`), reads one row more than the page to learn whether
//! more exist, and turns the rows back into reading order. Lists built with sea-orm call
//! [`keyset`] with their `SELECT`, key columns and direction; a list written as raw SQL
//! implements [`Keyset`] for its statement.

use std::future::Future;

use sea_orm::sea_query::{Alias, Asterisk, Expr, ExprTrait, Query};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseExecutor, EntityTrait, Order, QueryFilter, QueryOrder,
    QuerySelect, QueryTrait, Select, Value,
};

use crate::{Executor, Result};

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
    fn backwards(&self) -> bool {
        self.last.is_some()
    }

    fn limit(&self) -> u64 {
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
    fn from_probe<K>(mut rows: Vec<T>, request: &PageRequest<K>) -> Page<T> {
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

/// Which way a list runs when read forward (`first`/`after`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Direction {
    Ascending,
    Descending,
}

impl Direction {
    /// The SQL ordering keyword of the direction.
    pub(crate) fn keyword(self) -> &'static str {
        match self {
            Direction::Ascending => "ASC",
            Direction::Descending => "DESC",
        }
    }

    /// The comparison that keeps the rows past a key when reading in this direction.
    pub(crate) fn past_operator(self) -> &'static str {
        match self {
            Direction::Ascending => ">",
            Direction::Descending => "<",
        }
    }

    pub(crate) fn reversed(self) -> Direction {
        match self {
            Direction::Ascending => Direction::Descending,
            Direction::Descending => Direction::Ascending,
        }
    }

    pub(crate) fn order(self) -> Order {
        match self {
            Direction::Ascending => Order::Asc,
            Direction::Descending => Order::Desc,
        }
    }
}

/// A statement read as a keyset page by [`read`].
pub(crate) trait Keyset<K> {
    type Row;
    /// Keeps only the rows strictly past `key` when the list runs in `direction`.
    fn past(self, key: &K, direction: Direction) -> Self;
    /// Orders the rows by the key, in `direction`.
    fn ordered(self, direction: Direction) -> Self;
    /// Reads at most `limit` rows.
    fn fetch(self, limit: u64) -> impl Future<Output = Result<Vec<Self::Row>>> + Send;
}

/// Reads the page `request` asks for from a list that runs `forward` when read with
/// `first`/`after`: one statement, bounded by the cursors, ordered by the key, `LIMIT n + 1`.
pub(crate) async fn read<Q, K>(query: Q, forward: Direction, request: &PageRequest<K>) -> Result<Page<Q::Row>>
where
    Q: Keyset<K>,
{
    let mut query = query;
    if let Some(after) = &request.after {
        query = query.past(after, forward);
    }
    if let Some(before) = &request.before {
        query = query.past(before, forward.reversed());
    }
    let direction = if request.backwards() { forward.reversed() } else { forward };
    let rows = query.ordered(direction).fetch(request.limit().saturating_add(1)).await?;
    Ok(Page::from_probe(rows, request))
}

/// A cursor: the values of a row's key columns, most significant first.
pub(crate) trait Cursor<const N: usize> {
    fn values(&self) -> [Value; N];
}

impl Cursor<1> for i64 {
    fn values(&self) -> [Value; 1] {
        [(*self).into()]
    }
}

/// The order of a sea-orm list: its key columns (most significant first, together unique) and
/// the direction it runs in when read forward.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SortKey<C, const N: usize> {
    columns: [C; N],
    forward: Direction,
}

impl<C, const N: usize> SortKey<C, N> {
    pub(crate) fn ascending(columns: [C; N]) -> SortKey<C, N> {
        SortKey { columns, forward: Direction::Ascending }
    }

    pub(crate) fn descending(columns: [C; N]) -> SortKey<C, N> {
        SortKey { columns, forward: Direction::Descending }
    }

    /// The key of a list sorted by `columns`, descending when the caller asked so.
    pub(crate) fn directed(columns: [C; N], descending: bool) -> SortKey<C, N> {
        if descending { SortKey::descending(columns) } else { SortKey::ascending(columns) }
    }
}

/// Reads one page of `select` ordered by `key`; `to_record` turns each row into its record.
pub(crate) async fn keyset<E, C, K, T, F, const N: usize>(
    x: &impl Executor,
    select: Select<E>,
    key: SortKey<C, N>,
    request: &PageRequest<K>,
    to_record: F,
) -> Result<Page<T>>
where
    E: EntityTrait,
    C: ColumnTrait,
    K: Cursor<N>,
    F: Fn(E::Model) -> Result<T> + Send,
{
    let sorted = SortedSelect { select, columns: key.columns };
    read(Fetch { sorted, executor: x.executor(), to_record }, key.forward, request).await
}

/// The first `n` rows of `select` for each of `parents` (values of `parent`), in the order of
/// `key` — the first page of a relation for a whole page of parents (`Enterprise.rectifications`
/// on fifty enterprises) in one statement instead of one per parent: `ROW_NUMBER()` over each
/// parent's rows, the rows ranked `n` or better kept, grouped by parent in key order.
pub(crate) async fn first_of_each<E, C, T, F, const N: usize>(
    x: &impl Executor,
    select: Select<E>,
    (parent, parents): (C, &[i64]),
    key: SortKey<C, N>,
    n: u64,
    to_record: F,
) -> Result<Vec<T>>
where
    E: EntityTrait,
    C: ColumnTrait,
    F: Fn(E::Model) -> Result<T>,
{
    if parents.is_empty() || n == 0 {
        return Ok(Vec::new());
    }
    let direction = key.forward.keyword();
    // Column names are the entity's own identifiers, never input: safe to write into the SQL.
    let order: Vec<String> = key.columns.iter().map(|c| format!("\"{}\" {direction}", c.as_str())).collect();
    let rank =
        format!("ROW_NUMBER() OVER (PARTITION BY \"{}\" ORDER BY {})", parent.as_str(), order.join(", "));
    let ranked =
        select.filter(parent.is_in(parents.iter().copied())).expr_as(Expr::cust(rank), RANK).into_query();
    let outer = Query::select()
        .column(Asterisk)
        .from_subquery(ranked, Alias::new("ranked"))
        .and_where(Expr::col(Alias::new(RANK)).lte(i64::try_from(n).unwrap_or(i64::MAX)))
        .order_by(Alias::new(parent.as_str()), Order::Asc)
        .order_by(Alias::new(RANK), Order::Asc)
        .to_owned();
    let executor = x.executor();
    let statement = executor.get_database_backend().build(&outer);
    let rows = E::find().from_raw_sql(statement).all(&executor).await?;
    rows.into_iter().map(to_record).collect()
}

/// How many rows of `select` each of `parents` (values of `parent`) has, in one grouped
/// statement: a relation's `totalCount` for a whole page of parents. Parents with none are left
/// out.
pub(crate) async fn count_of_each<E, C>(
    x: &impl Executor,
    select: Select<E>,
    parent: C,
    parents: &[i64],
) -> Result<Vec<(i64, u64)>>
where
    E: EntityTrait,
    C: ColumnTrait,
{
    if parents.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<(i64, i64)> = select
        .filter(parent.is_in(parents.iter().copied()))
        .select_only()
        .column(parent)
        .column_as(Expr::cust("COUNT(*)"), "n")
        .group_by(parent)
        .into_tuple()
        .all(&x.executor())
        .await?;
    Ok(rows.into_iter().map(|(id, n)| (id, u64::try_from(n).unwrap_or(0))).collect())
}

/// The rank column of `first_of_each`.
const RANK: &str = "rank_in_parent";

/// A sea-orm `SELECT` with its key columns.
struct SortedSelect<E: EntityTrait, C, const N: usize> {
    select: Select<E>,
    columns: [C; N],
}

impl<E: EntityTrait, C: ColumnTrait, const N: usize> SortedSelect<E, C, N> {
    fn past(mut self, key: &impl Cursor<N>, direction: Direction) -> Self {
        self.select = self.select.filter(past(&self.columns, key.values(), direction));
        self
    }

    fn ordered(mut self, direction: Direction) -> Self {
        for column in self.columns {
            self.select = self.select.order_by(column, direction.order());
        }
        self
    }
}

/// A sorted `SELECT` with the executor it runs on and its row conversion.
struct Fetch<'x, E: EntityTrait, C, F, const N: usize> {
    sorted: SortedSelect<E, C, N>,
    executor: DatabaseExecutor<'x>,
    to_record: F,
}

impl<E, C, K, T, F, const N: usize> Keyset<K> for Fetch<'_, E, C, F, N>
where
    E: EntityTrait,
    C: ColumnTrait,
    K: Cursor<N>,
    F: Fn(E::Model) -> Result<T> + Send,
{
    type Row = T;

    fn past(mut self, key: &K, direction: Direction) -> Self {
        self.sorted = self.sorted.past(key, direction);
        self
    }

    fn ordered(mut self, direction: Direction) -> Self {
        self.sorted = self.sorted.ordered(direction);
        self
    }

    async fn fetch(self, limit: u64) -> Result<Vec<T>> {
        let rows = self.sorted.select.limit(limit).all(&self.executor).await?;
        rows.into_iter().map(self.to_record).collect()
    }
}

/// The rows past `values` in `direction` on the key `columns`: for (a, b) after (x, y) ascending,
/// `a > x OR (a = x AND b > y)` — the form an index on (a, b) answers with one range scan.
fn past<C: ColumnTrait, const N: usize>(
    columns: &[C; N],
    values: [Value; N],
    direction: Direction,
) -> Condition {
    let beyond = |column: &C, value: &Value| match direction {
        Direction::Ascending => column.gt(value.clone()),
        Direction::Descending => column.lt(value.clone()),
    };
    if let ([column], [value]) = (columns.as_slice(), values.as_slice()) {
        return Condition::all().add(beyond(column, value));
    }
    let mut any = Condition::any();
    for (n, (column, value)) in columns.iter().zip(&values).enumerate() {
        if n == 0 {
            any = any.add(beyond(column, value));
            continue;
        }
        let mut tie = Condition::all();
        for (column, value) in columns.iter().zip(&values).take(n) {
            tie = tie.add(column.eq(value.clone()));
        }
        any = any.add(tie.add(beyond(column, value)));
    }
    any
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use futures_util::FutureExt;
    use sea_orm::{DbBackend, QueryTrait};

    use super::*;
    use crate::entity::{archive_event, enterprise};

    /// A sorted `SELECT` whose "rows" are its own SQL text (SQLite), to see what a page sends.
    struct Rendered<E: EntityTrait, C, const N: usize>(SortedSelect<E, C, N>);

    impl<E: EntityTrait, C: ColumnTrait, K: Cursor<N>, const N: usize> Keyset<K> for Rendered<E, C, N> {
        type Row = String;

        fn past(self, key: &K, direction: Direction) -> Self {
            Rendered(self.0.past(key, direction))
        }

        fn ordered(self, direction: Direction) -> Self {
            Rendered(self.0.ordered(direction))
        }

        fn fetch(self, limit: u64) -> impl Future<Output = Result<Vec<String>>> + Send {
            let sql = self.0.select.limit(limit).build(DbBackend::Sqlite).to_string();
            async move { Ok(vec![sql]) }
        }
    }

    struct Pair(i64, i64);

    impl Cursor<2> for Pair {
        fn values(&self) -> [Value; 2] {
            [self.0.into(), self.1.into()]
        }
    }

    fn sql<E: EntityTrait, C: ColumnTrait, K: Cursor<N>, const N: usize>(
        select: Select<E>,
        key: SortKey<C, N>,
        request: &PageRequest<K>,
    ) -> String {
        let sorted = SortedSelect { select, columns: key.columns };
        read(Rendered(sorted), key.forward, request).now_or_never().unwrap().unwrap().items.remove(0)
    }

    #[test]
    fn bounds_and_orders_follow_the_key() {
        let ids = || enterprise::Entity::find().select_only().column(enterprise::Column::Id);
        let by_id = SortKey::ascending([enterprise::Column::Id]);
        let after = PageRequest { after: Some(7_i64), ..PageRequest::first(2) };
        assert_eq!(
            sql(ids(), by_id, &after),
            r#"SELECT "enterprise"."id" FROM "enterprise" WHERE "enterprise"."id" > 7 ORDER BY "enterprise"."id" ASC LIMIT 3"#
        );
        let before = PageRequest { first: None, after: None, last: Some(2), before: Some(7_i64) };
        assert_eq!(
            sql(ids(), by_id, &before),
            r#"SELECT "enterprise"."id" FROM "enterprise" WHERE "enterprise"."id" < 7 ORDER BY "enterprise"."id" DESC LIMIT 3"#
        );
        use archive_event::Column::{Id, OccurredAt};
        let events = || archive_event::Entity::find().select_only().column(Id);
        let newest_first = SortKey::descending([OccurredAt, Id]);
        let after = PageRequest { after: Some(Pair(1, 9)), ..PageRequest::first(1) };
        assert_eq!(
            sql(events(), newest_first, &after),
            r#"SELECT "archive_event"."id" FROM "archive_event" WHERE "archive_event"."occurred_at" < 1 OR ("archive_event"."occurred_at" = 1 AND "archive_event"."id" < 9) ORDER BY "archive_event"."occurred_at" DESC, "archive_event"."id" DESC LIMIT 2"#
        );
    }

    #[test]
    fn pages_read_backwards_come_back_in_reading_order() {
        let request = PageRequest { first: None, after: None, last: Some(2), before: Some(5_i64) };
        let page = Page::from_probe(vec![4, 3, 2], &request);
        assert_eq!(page, Page { items: vec![3, 4], has_previous_page: true, has_next_page: true });
        let page = Page::from_probe(vec![1, 2], &PageRequest::<i64>::first(2));
        assert_eq!(page, Page { items: vec![1, 2], has_previous_page: false, has_next_page: false });
    }
}
