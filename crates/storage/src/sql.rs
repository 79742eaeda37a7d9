//! Raw-SQL helpers for the few statements the query builder cannot say well (the due list's
//! `VALUES` tables, the dashboard's grouped counts): numbered placeholders for either backend, and
//! the caller's scope as a condition on an aliased enterprise row.

use oversight_domain::access::Scope;
use sea_orm::{DbBackend, Value};

/// Collects bind values and writes numbered placeholders (`$n` on PostgreSQL, `?n` on SQLite):
/// statements are assembled out of textual order (the due list binds its thresholds before the
/// FROM they follow), so plain `?` would bind the wrong values.
pub(crate) struct Binds {
    pub(crate) backend: DbBackend,
    pub(crate) values: Vec<Value>,
}

impl Binds {
    pub(crate) fn new(backend: DbBackend) -> Binds {
        Binds { backend, values: Vec::new() }
    }

    /// Binds `value` and returns its placeholder (`$n` on PostgreSQL, `?n` on SQLite).
    pub(crate) fn push(&mut self, value: impl Into<Value>) -> String {
        self.values.push(value.into());
        match self.backend {
            DbBackend::Postgres => format!("${}", self.values.len()),
            _ => format!("?{}", self.values.len()),
        }
    }
}

/// `scope` as a condition on the enterprise row aliased `alias` (`crate::enterprise_in_scope` in
/// raw SQL): the caller's reach applied in the same statement.
pub(crate) fn enterprise_in_scope(binds: &mut Binds, scope: &Scope, alias: &str) -> String {
    match scope {
        Scope::Everything => "1 = 1".to_owned(),
        Scope::Nothing => "1 = 0".to_owned(),
        Scope::Within(region) => {
            let (low, high) = region.range();
            format!("{alias}.region_code BETWEEN {} AND {}", binds.push(low), binds.push(high))
        }
        Scope::Enterprise(id) => format!("{alias}.id = {}", binds.push(id.get())),
    }
}

/// `scope` as a condition on a place column (`column`, a region code) of a record that is no
/// enterprise: an enterprise's own scope reaches no such record.
pub(crate) fn place_in_scope(binds: &mut Binds, scope: &Scope, column: &str) -> String {
    match scope {
        Scope::Everything => "1 = 1".to_owned(),
        Scope::Nothing | Scope::Enterprise(_) => "1 = 0".to_owned(),
        Scope::Within(region) => {
            let (low, high) = region.range();
            format!("{column} BETWEEN {} AND {}", binds.push(low), binds.push(high))
        }
    }
}

/// `date + months` as the domain adds months (`NaiveDate::checked_add_months`): a day past the
/// target month's end clamps to its last day (2024-01-31 + 1 month = 2024-02-29). PostgreSQL's
/// interval arithmetic clamps so; SQLite's `date(…, '+n months')` rolls over into the next month
/// instead (2024-03-02), so the earlier of that and the target month's last day is taken.
pub(crate) fn add_months(backend: DbBackend, date: &str, months: &str) -> String {
    match backend {
        DbBackend::Postgres => {
            format!("CAST({date} + make_interval(months => CAST({months} AS INTEGER)) AS DATE)")
        }
        _ => format!(
            "MIN(date({date}, '+' || ({months}) || ' months'), \
             date({date}, 'start of month', '+' || ({months} + 1) || ' months', '-1 day'))"
        ),
    }
}
