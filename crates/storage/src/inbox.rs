//! The inbox (待办, docs/adr/0040): everything due for a caller across the workflows, read at
//! read time as one `UNION ALL` over the workflow tables — one branch per kind of item (per
//! waiting status on a page), each filtered by its status and the caller's reach, a page's
//! branches limited in their day's order (`m20261226_000200_index_inbox_days`) — so a page is one
//! statement reading a few rows of each branch and the counts one more, whatever the page's size.
//! There is no shared case table (docs/adr/0010): the branches read each record's own deadline
//! column, and the tests to sample their licenses' schedules as the due list computes them
//! (`testing::due`, docs/adr/0040 decision 8).

use std::cmp::Ordering;
use std::future::Future;

use chrono::NaiveDate;
use oversight_domain::access::Scope;
use oversight_domain::inbox::{DueDay, Inbox, InboxKind, Reach};
use oversight_domain::linkage::notice::NoticeStatus;
use oversight_domain::registry::license::LicenseStatus;
use oversight_domain::responsibility::order::OrderStatus;
use oversight_domain::responsibility::request::RequestStatus;
use oversight_domain::review::annual::ReviewStatus;
use oversight_domain::testing::rectification::RectificationStatus;
use oversight_domain::testing::supervision::TaskStatus;
use oversight_domain::{AuthorityId, EnterpriseId};
use sea_orm::{ConnectionTrait, DatabaseExecutor, DbBackend, QueryResult, Statement};

use crate::page::{self, Direction, Keyset};
use crate::sql::{self, Binds};
use crate::testing::due::{DueFilter, with_scopes};
use crate::{Executor, Page, PageRequest, Result, StorageError};

/// One item of an inbox: a record waiting for the caller, with its day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboxRow {
    pub kind: InboxKind,
    pub due_on: NaiveDate,
    /// Past its deadline today (never for a kind dated by the day it began waiting).
    pub overdue: bool,
    /// The record's id, of the table its kind names.
    pub record_id: i64,
    pub enterprise_id: Option<EnterpriseId>,
    /// The authority the record came from (a notice's sender, an order's issuer, a request's
    /// raiser).
    pub authority_id: Option<AuthorityId>,
    /// A short text of the record (a notice's type, an order's or request's text, a task's
    /// batch, a rectification's status …).
    pub detail: String,
}

impl InboxRow {
    /// The row's position in the inbox's order.
    pub fn cursor(&self) -> InboxCursor {
        InboxCursor { due_on: self.due_on, kind: self.kind, id: self.record_id }
    }
}

/// A position in the inbox: its whole sort key (day, kind, record id), unique.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InboxCursor {
    pub due_on: NaiveDate,
    pub kind: InboxKind,
    pub id: i64,
}

/// How many items of one kind the whole inbox holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InboxCount {
    pub kind: InboxKind,
    pub total: u64,
    pub overdue: u64,
}

/// One keyset page of the inbox, by (day, kind, record id): each branch reads only its first
/// `limit` rows past the cursor in its own index order, and the union of those few is sorted
/// and cut — never the whole inbox (docs/adr/0040, decision 7).
/// `tests` is the schedule of the caller's jurisdiction over the tests-to-sample horizon; without
/// it that kind is left out.
pub async fn page(
    x: &impl Executor,
    inbox: &Inbox,
    tests: Option<&DueFilter>,
    today: NaiveDate,
    request: &PageRequest<InboxCursor>,
) -> Result<Page<InboxRow>> {
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let (with, kinds) = prelude(&mut binds, inbox, tests);
    let statement = InboxStatement {
        executor,
        binds,
        reach: &inbox.reach,
        kinds,
        with,
        today,
        bounds: Vec::new(),
        direction: Direction::Ascending,
    };
    page::read(statement, Direction::Ascending, request).await
}

/// The kinds a statement reads and the `WITH` they need: the tests to sample read their
/// licenses' schedules (`testing::due`'s `d`), present only with the jurisdiction's schedule and
/// for an authority (whose officers open the tasks).
fn prelude(binds: &mut Binds, inbox: &Inbox, tests: Option<&DueFilter>) -> (String, Vec<InboxKind>) {
    let schedule = match (tests, &inbox.reach) {
        (Some(tests), Reach::Authority { .. }) if inbox.kinds.contains(&InboxKind::TestsToSample) => {
            Some(tests)
        }
        _ => None,
    };
    let kinds = inbox
        .kinds
        .iter()
        .copied()
        .filter(|kind| *kind != InboxKind::TestsToSample || schedule.is_some())
        .collect();
    (schedule.map(|tests| with_scopes(binds, tests)).unwrap_or_default(), kinds)
}

/// The whole inbox's items per kind, with the overdue ones: one grouped statement. On
/// PostgreSQL the branches of the jurisdiction's enterprise records share one semi-join on the
/// enterprise's region (one hash of the jurisdiction's enterprises instead of one per branch).
/// SQLite probes the enterprise per row either way, and there the shared form costs more than
/// it saves — the union's rows pass through a sorter for the grouping — so each branch counts
/// its own rows and the statement adds the few counts up (docs/adr/0040, Measured).
pub async fn counts(
    x: &impl Executor,
    inbox: &Inbox,
    tests: Option<&DueFilter>,
    today: NaiveDate,
) -> Result<Vec<InboxCount>> {
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let (with, kinds) = prelude(&mut binds, inbox, tests);
    let today = binds.push(today);
    let shared = binds.backend == DbBackend::Postgres;
    let (mut scoped, mut addressed) = (Vec::new(), Vec::new());
    for kind in &kinds {
        match (source(*kind).owner, &inbox.reach) {
            (Owner::Enterprise, Reach::Authority { .. }) if shared => {
                scoped.push(branch(*kind, None, "1 = 1", &today, None))
            }
            _ => addressed.extend(reached(&mut binds, *kind, &inbox.reach, &today).map(|b| counted(&b))),
        }
    }
    if let (false, Reach::Authority { scope, .. }) = (scoped.is_empty(), &inbox.reach) {
        let within = enterprise_in(&mut binds, scope, "s.enterprise_id");
        let union = format!("SELECT s.* FROM ({}) s WHERE {within}", scoped.join(" UNION ALL "));
        addressed.push(counted(&union));
    }
    if addressed.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "{with}SELECT c.kind, CAST(SUM(c.total) AS BIGINT) AS total, CAST(SUM(c.overdue) AS BIGINT) AS overdue \
         FROM ({}) c GROUP BY c.kind ORDER BY c.kind",
        addressed.join(" UNION ALL ")
    );
    let rows =
        executor.query_all_raw(Statement::from_sql_and_values(binds.backend, sql, binds.values)).await?;
    rows.iter()
        .map(|row| {
            let total: i64 = row.try_get("", "total")?;
            let overdue: i64 = row.try_get("", "overdue")?;
            Ok(InboxCount {
                kind: kind_of(row)?,
                total: u64::try_from(total).unwrap_or(0),
                overdue: u64::try_from(overdue).unwrap_or(0),
            })
        })
        .collect()
}

/// The items and overdue items per kind of `rows` (branches' rows), one line per kind present.
/// COALESCE around SUM: SQLite's SUM over no rows is NULL.
fn counted(rows: &str) -> String {
    format!(
        "SELECT i.kind, COUNT(*) AS total, COALESCE(SUM(i.overdue), 0) AS overdue FROM ({rows}) i GROUP BY i.kind"
    )
}

/// The item of `kind` about record `id`, when it is in the inbox today (the subscription's check
/// that an announced record entered the caller's inbox, by the same branch as the page). No event
/// announces a test to sample (a schedule comes due by the calendar alone): that kind is none.
pub async fn item(
    x: &impl Executor,
    inbox: &Inbox,
    today: NaiveDate,
    kind: InboxKind,
    id: i64,
) -> Result<Option<InboxRow>> {
    if !inbox.kinds.contains(&kind) || kind == InboxKind::TestsToSample {
        return Ok(None);
    }
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let today = binds.push(today);
    let Some(branch) = reached(&mut binds, kind, &inbox.reach, &today) else {
        return Ok(None);
    };
    let sql = format!("SELECT {COLUMNS} FROM ({branch}) i WHERE i.id = {}", binds.push(id));
    let found =
        executor.query_one_raw(Statement::from_sql_and_values(binds.backend, sql, binds.values)).await?;
    found.as_ref().map(row).transpose()
}

/// The columns every branch yields, as the outer statements read them.
const COLUMNS: &str = "i.kind, i.due_on, i.overdue, i.id, i.enterprise_id, i.authority_id, i.detail";

/// The position of `kind` among the items of one day: by stored name (docs/adr/0040), as a
/// number, so that the order is the same on every database whatever its collation.
fn rank(kind: InboxKind) -> usize {
    InboxKind::ALL.iter().filter(|other| other.as_str() < kind.as_str()).count()
}

/// What a branch reads: the table (or derived table) aliased `x`, the due column, the waiting
/// statuses, the enterprise, authority and detail columns.
struct Source {
    table: &'static str,
    due: &'static str,
    statuses: Vec<&'static str>,
    enterprise: &'static str,
    authority: &'static str,
    detail: &'static str,
    /// Who the record waits on: an enterprise's record, a task assigned to an institution, or a
    /// record addressed to an authority (`target_authority_id`).
    owner: Owner,
    /// An extra condition of the waiting state.
    extra: String,
}

#[derive(Clone, Copy)]
enum Owner {
    Enterprise,
    AssignedInstitution,
    TargetAuthority,
    /// The licenses of the jurisdiction's schedule: `d` is already limited to it.
    Schedule,
}

/// What a kind's branch reads: the records of an enterprise (or assigned to an institution), or
/// those addressed to an authority.
fn source(kind: InboxKind) -> Source {
    match kind {
        InboxKind::NoticeToAcknowledge
        | InboxKind::NoticeToClose
        | InboxKind::OrderDue
        | InboxKind::RequestToAnswer => addressed_source(kind),
        InboxKind::TestsToSample => {
            s(SCHEDULED, "due_on", vec![], "enterprise_id", NULL_ID, "license_number", Owner::Schedule, "")
        }
        _ => enterprise_source(kind),
    }
}

/// The licenses with a test due within the horizon or overdue, one row each, dated by the
/// earliest next due day of their scopes (the scope with that day is itself due, so a license is
/// listed exactly when the due list over the horizon lists it).
const SCHEDULED: &str = "(SELECT d.license_id AS id, d.enterprise_id, d.license_number, MIN(d.next_due) AS due_on \
     FROM d GROUP BY d.license_id, d.enterprise_id, d.license_number HAVING MAX(d.due) = 1)";

/// The null of a branch without an enterprise or authority column.
const NULL_ID: &str = "CAST(NULL AS BIGINT)";

/// A `Source` from its parts, in the order of its fields.
#[allow(clippy::too_many_arguments)] // one positional row per kind reads as a table
fn s(
    table: &'static str,
    due: &'static str,
    statuses: Vec<&'static str>,
    enterprise: &'static str,
    authority: &'static str,
    detail: &'static str,
    owner: Owner,
    extra: &str,
) -> Source {
    Source { table, due, statuses, enterprise, authority, detail, owner, extra: extra.to_owned() }
}

fn enterprise_source(kind: InboxKind) -> Source {
    let null = NULL_ID;
    match kind {
        InboxKind::ResultsAwaited => s(
            "testing_task",
            "sampling_date",
            vec![TaskStatus::Open.as_str()],
            "enterprise_id",
            null,
            "batch",
            Owner::AssignedInstitution,
            "",
        ),
        InboxKind::ObjectionToDecide => s(
            "testing_task",
            "objection_decision_due",
            vec![TaskStatus::Objected.as_str()],
            "enterprise_id",
            null,
            "batch",
            Owner::Enterprise,
            " AND x.objection_decision_due IS NOT NULL",
        ),
        InboxKind::RectificationDue => s(
            "rectification",
            "deadline",
            RectificationStatus::ALL.iter().filter(|s| s.running()).map(|s| s.as_str()).collect(),
            "enterprise_id",
            null,
            "status",
            Owner::Enterprise,
            "",
        ),
        InboxKind::FollowUpDue => s(
            "follow_up",
            "deadline",
            vec![],
            "enterprise_id",
            null,
            "origin",
            Owner::Enterprise,
            &follow_up_open(),
        ),
        InboxKind::ReviewToExamine => s(
            "annual_review",
            "submission_deadline",
            vec![ReviewStatus::Submitted.as_str(), ReviewStatus::OnSite.as_str()],
            "enterprise_id",
            null,
            "industry",
            Owner::Enterprise,
            "",
        ),
        InboxKind::SelfReportDue => s(
            "annual_review",
            "submission_deadline",
            vec![ReviewStatus::Pending.as_str(), ReviewStatus::Returned.as_str()],
            "enterprise_id",
            null,
            "industry",
            Owner::Enterprise,
            "",
        ),
        _ => addressed_source(kind),
    }
}

/// A follow-up still owed: not visited, of a license still in force (VALID or SUSPENDED) — a
/// revoked, cancelled or expired license is visited no more (the follow-up list's `DUE` says the
/// same, `storage::patrol::follow_up`).
fn follow_up_open() -> String {
    let in_force = [LicenseStatus::Valid.as_str(), LicenseStatus::Suspended.as_str()];
    format!(
        " AND x.visit_id IS NULL AND EXISTS (SELECT 1 FROM license l WHERE l.id = x.license_id \
         AND l.status IN ('{}', '{}'))",
        in_force[0], in_force[1]
    )
}

fn addressed_source(kind: InboxKind) -> Source {
    let null = NULL_ID;
    match kind {
        InboxKind::NoticeToAcknowledge => s(
            "linkage_notice",
            "acknowledge_by",
            vec![NoticeStatus::Sent.as_str()],
            "enterprise_id",
            "source_authority_id",
            "notice_type",
            Owner::TargetAuthority,
            "",
        ),
        InboxKind::NoticeToClose => s(
            "linkage_notice",
            "close_by",
            vec![NoticeStatus::Acknowledged.as_str()],
            "enterprise_id",
            "source_authority_id",
            "notice_type",
            Owner::TargetAuthority,
            "",
        ),
        InboxKind::OrderDue => s(
            "supervision_order",
            "deadline",
            vec![OrderStatus::Issued.as_str(), OrderStatus::Acknowledged.as_str()],
            "enterprise_id",
            "issuer_authority_id",
            "text",
            Owner::TargetAuthority,
            "",
        ),
        // RequestToAnswer: `source` sends only the addressed kinds here.
        _ => s(
            "lower_tier_request",
            "answer_by",
            vec![RequestStatus::Raised.as_str()],
            null,
            "raiser_authority_id",
            "text",
            Owner::TargetAuthority,
            "",
        ),
    }
}

/// A kind's branch over its table (aliased `x`): its records in `statuses` (all its waiting
/// statuses when `None`) that `owner` (a condition from [`owner_condition`]) keeps, read by
/// `index` when given (SQLite's `INDEXED BY`, [`InboxStatement::day_index`]).
fn branch(
    kind: InboxKind,
    statuses: Option<&[&str]>,
    owner: &str,
    today: &str,
    index: Option<&str>,
) -> String {
    let source = source(kind);
    let column = |c: &str| if c.starts_with("CAST") { c.to_owned() } else { format!("x.{c}") };
    let overdue = match kind.due_day() {
        DueDay::Deadline => format!("CASE WHEN x.{} < {today} THEN 1 ELSE 0 END", source.due),
        DueDay::Since => "0".to_owned(),
    };
    let statuses = statuses.unwrap_or(&source.statuses);
    // One status as an equality: the databases match it against a partial index's condition
    // (`m20261226_000200_index_inbox_days`), which they do not for a one-value `IN`.
    let statuses = match statuses {
        [] => String::new(),
        [one] => format!(" AND x.status = '{one}'"),
        many => {
            let quoted: Vec<String> = many.iter().map(|s| format!("'{s}'")).collect();
            format!(" AND x.status IN ({})", quoted.join(", "))
        }
    };
    format!(
        "SELECT '{kind}' AS kind, {rank} AS kind_rank, x.{due} AS due_on, {overdue} AS overdue, x.id AS id, \
         {enterprise} AS enterprise_id, {authority} AS authority_id, x.{detail} AS detail \
         FROM {table} x{indexed} WHERE {owner}{statuses}{extra}",
        kind = kind.as_str(),
        rank = rank(kind),
        due = source.due,
        enterprise = column(source.enterprise),
        authority = column(source.authority),
        detail = source.detail,
        table = source.table,
        extra = source.extra,
        indexed = index.map(|index| format!(" INDEXED BY {index}")).unwrap_or_default(),
    )
}

/// A kind's branch with the caller's reach as its condition, or `None` when the reach holds none
/// of its records.
fn reached(binds: &mut Binds, kind: InboxKind, reach: &Reach, today: &str) -> Option<String> {
    let owner = owner_condition(binds, source(kind).owner, reach)?;
    Some(branch(kind, None, &owner, today, None))
}

/// The caller's reach as a condition on the branch's owner, or `None` when it reaches none.
fn owner_condition(binds: &mut Binds, owner: Owner, reach: &Reach) -> Option<String> {
    match (owner, reach) {
        (Owner::Enterprise, Reach::Authority { scope, .. }) => {
            Some(enterprise_in(binds, scope, "x.enterprise_id"))
        }
        (Owner::Enterprise, Reach::Enterprise(id)) => {
            Some(format!("x.enterprise_id = {}", binds.push(id.get())))
        }
        (Owner::AssignedInstitution, Reach::Institution(id)) => {
            Some(format!("x.institution_id = {}", binds.push(id.get())))
        }
        (Owner::TargetAuthority, Reach::Authority { id, .. }) => {
            Some(format!("x.target_authority_id = {}", binds.push(id.get())))
        }
        (Owner::Schedule, Reach::Authority { .. }) => Some("1 = 1".to_owned()),
        _ => None,
    }
}

/// The enterprise `column` names inside `scope`. A jurisdiction is a correlated `EXISTS` on the
/// enterprise's primary key: a page's branch stops after a few rows of its own index and probes
/// only those, where `IN (SELECT …)` would read the jurisdiction's every enterprise first
/// (SQLite builds it into a temporary index per branch).
fn enterprise_in(binds: &mut Binds, scope: &Scope, column: &str) -> String {
    match scope {
        Scope::Everything => "1 = 1".to_owned(),
        Scope::Nothing => "1 = 0".to_owned(),
        Scope::Enterprise(id) => format!("{column} = {}", binds.push(id.get())),
        Scope::Within(_) => format!(
            "EXISTS (SELECT 1 FROM enterprise e WHERE e.id = {column} AND {})",
            sql::enterprise_in_scope(binds, scope, "e")
        ),
    }
}

/// The condition that keeps a branch's rows past `key` when the inbox runs in `direction`. The
/// branch's kind is fixed, so the whole key (day, kind, id) folds into its day and id: a kind
/// ordered after the key's on the same day is past it from that day on, one before it only from
/// the next day, and the key's own kind is past it by (day, id).
fn bound(binds: &mut Binds, kind: InboxKind, key: &InboxCursor, direction: Direction) -> String {
    let (due, operator) = (source(kind).due, direction.past_operator());
    let day = binds.push(key.due_on);
    match (rank(kind).cmp(&rank(key.kind)), direction) {
        (Ordering::Equal, _) => {
            let id = binds.push(key.id);
            format!(" AND (x.{due} {operator} {day} OR (x.{due} = {day} AND x.id {operator} {id}))")
        }
        (Ordering::Greater, Direction::Ascending) | (Ordering::Less, Direction::Descending) => {
            format!(" AND x.{due} {operator}= {day}")
        }
        _ => format!(" AND x.{due} {operator} {day}"),
    }
}

/// The inbox's page statement: each kind's branch — one per waiting status, so that each reads
/// its (status, day) index in order — bounded by the cursors, ordered and limited on its own;
/// then the union of those few rows ordered and limited again.
struct InboxStatement<'x> {
    executor: DatabaseExecutor<'x>,
    binds: Binds,
    reach: &'x Reach,
    kinds: Vec<InboxKind>,
    /// The `WITH` of the tests to sample (empty without them).
    with: String,
    today: NaiveDate,
    bounds: Vec<(InboxCursor, Direction)>,
    direction: Direction,
}

impl InboxStatement<'_> {
    /// The limited branches of one kind, one per waiting status.
    fn parts(&mut self, kind: InboxKind, today: &str, limit: &str) -> Vec<String> {
        let source = source(kind);
        let Some(owner) = owner_condition(&mut self.binds, source.owner, self.reach) else {
            return Vec::new();
        };
        let order = self.direction.keyword();
        // A kind without a status condition is one branch.
        let groups: Vec<&[&str]> =
            if source.statuses.is_empty() { vec![&[]] } else { source.statuses.chunks(1).collect() };
        groups
            .into_iter()
            .map(|status| {
                let select = branch(kind, Some(status), &owner, today, self.day_index(kind, status));
                let bounds: String = self
                    .bounds
                    .iter()
                    .map(|(key, direction)| bound(&mut self.binds, kind, key, *direction))
                    .collect();
                format!(
                    "SELECT * FROM ({select}{bounds} ORDER BY x.{due} {order}, x.id {order} LIMIT {limit}) b",
                    due = source.due
                )
            })
            .collect()
    }

    /// The partial day index SQLite must read a branch of the jurisdiction's records by. Without
    /// statistics SQLite prefers an index with the status as its first column
    /// (`ix_inbox_annual_review`, `ix_testing_task_status`) and sorts every waiting record of the
    /// nation for each page: 10,000 reviews waiting to be examined made the page statement 229,000
    /// VM steps, the partial index 9,300 (docs/adr/0040, Measured). `INDEXED BY` is the form
    /// SQLite documents for holding a plan; PostgreSQL, with statistics, picks the index itself.
    /// An enterprise's own records are read by their enterprise index instead.
    fn day_index(&self, kind: InboxKind, status: &[&str]) -> Option<&'static str> {
        if self.binds.backend != DbBackend::Sqlite || !matches!(self.reach, Reach::Authority { .. }) {
            return None;
        }
        let status = match status {
            [one] => *one,
            _ => return None,
        };
        match kind {
            InboxKind::ReviewToExamine if status == ReviewStatus::Submitted.as_str() => {
                Some("ix_inbox_review_submitted")
            }
            InboxKind::ReviewToExamine if status == ReviewStatus::OnSite.as_str() => {
                Some("ix_inbox_review_on_site")
            }
            InboxKind::ObjectionToDecide => Some("ix_inbox_objection_day"),
            _ => None,
        }
    }
}

impl Keyset<InboxCursor> for InboxStatement<'_> {
    type Row = InboxRow;

    fn past(mut self, key: &InboxCursor, direction: Direction) -> Self {
        self.bounds.push((*key, direction));
        self
    }

    fn ordered(mut self, direction: Direction) -> Self {
        self.direction = direction;
        self
    }

    fn fetch(mut self, limit: u64) -> impl Future<Output = Result<Vec<InboxRow>>> + Send {
        let limit = self.binds.push(i64::try_from(limit).unwrap_or(i64::MAX));
        let today = self.binds.push(self.today);
        let kinds = std::mem::take(&mut self.kinds);
        let parts: Vec<String> = kinds.iter().flat_map(|kind| self.parts(*kind, &today, &limit)).collect();
        let order = self.direction.keyword();
        let sql = format!(
            "{with}SELECT {COLUMNS} FROM ({}) i ORDER BY i.due_on {order}, i.kind_rank {order}, i.id {order} LIMIT {limit}",
            parts.join(" UNION ALL "),
            with = self.with
        );
        let statement = Statement::from_sql_and_values(self.binds.backend, sql, self.binds.values);
        async move {
            if parts.is_empty() {
                return Ok(Vec::new());
            }
            self.executor.query_all_raw(statement).await?.iter().map(row).collect()
        }
    }
}

fn kind_of(row: &QueryResult) -> Result<InboxKind> {
    let kind: String = row.try_get("", "kind")?;
    InboxKind::parse(&kind).ok_or_else(|| StorageError::corrupt("inbox", format!("kind {kind}")))
}

fn row(row: &QueryResult) -> Result<InboxRow> {
    let overdue: i32 = row.try_get("", "overdue")?;
    let enterprise: Option<i64> = row.try_get("", "enterprise_id")?;
    let authority: Option<i64> = row.try_get("", "authority_id")?;
    Ok(InboxRow {
        kind: kind_of(row)?,
        due_on: row.try_get("", "due_on")?,
        overdue: overdue == 1,
        record_id: row.try_get("", "id")?,
        enterprise_id: enterprise.map(EnterpriseId::new),
        authority_id: authority.map(AuthorityId::new),
        detail: row.try_get("", "detail")?,
    })
}
