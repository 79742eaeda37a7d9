//! The inbox (待办, docs/adr/0040): everything due for a caller across the workflows, read at
//! read time as one `UNION ALL` over the workflow tables — one branch per kind of item, each
//! filtered by its waiting status and the caller's reach and able to use an index on them
//! (`m20261224_000100_index_inbox`) — so a page is one statement and the counts one more,
//! whatever the page's size. There is no shared case table (docs/adr/0010): the branches read
//! each record's own deadline column.

use std::future::Future;

use chrono::NaiveDate;
use oversight_domain::access::Scope;
use oversight_domain::inbox::{DueDay, Inbox, InboxKind, Reach};
use oversight_domain::linkage::notice::NoticeStatus;
use oversight_domain::responsibility::order::OrderStatus;
use oversight_domain::responsibility::request::RequestStatus;
use oversight_domain::review::annual::ReviewStatus;
use oversight_domain::testing::rectification::RectificationStatus;
use oversight_domain::testing::supervision::TaskStatus;
use oversight_domain::{AuthorityId, EnterpriseId};
use sea_orm::{ConnectionTrait, DatabaseExecutor, QueryResult, Statement};

use crate::page::{self, Direction, Keyset};
use crate::sql::Binds;
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

/// One keyset page of the inbox, by (day, kind, record id).
pub async fn page(
    x: &impl Executor,
    inbox: &Inbox,
    today: NaiveDate,
    request: &PageRequest<InboxCursor>,
) -> Result<Page<InboxRow>> {
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let Some(union) = union(&mut binds, inbox, today) else {
        return Ok(Page { items: Vec::new(), has_previous_page: false, has_next_page: false });
    };
    let statement = InboxStatement { executor, binds, union, bounds: Vec::new(), order: "ASC" };
    page::read(statement, Direction::Ascending, request).await
}

/// The whole inbox's items per kind, with the overdue ones: one grouped statement.
pub async fn counts(x: &impl Executor, inbox: &Inbox, today: NaiveDate) -> Result<Vec<InboxCount>> {
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let Some(union) = union(&mut binds, inbox, today) else {
        return Ok(Vec::new());
    };
    // COALESCE around SUM: SQLite's SUM over no rows is NULL.
    let sql = format!(
        "SELECT i.kind, COUNT(*) AS total, COALESCE(SUM(i.overdue), 0) AS overdue FROM ({union}) i \
         GROUP BY i.kind ORDER BY i.kind"
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

/// The item of `kind` about record `id`, when it is in the inbox today (the subscription's check
/// that an announced record entered the caller's inbox, by the same branches as the page).
pub async fn item(
    x: &impl Executor,
    inbox: &Inbox,
    today: NaiveDate,
    kind: InboxKind,
    id: i64,
) -> Result<Option<InboxRow>> {
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let narrowed =
        Inbox { reach: inbox.reach, kinds: inbox.kinds.iter().copied().filter(|k| *k == kind).collect() };
    let Some(union) = union(&mut binds, &narrowed, today) else {
        return Ok(None);
    };
    let sql = format!(
        "SELECT i.kind, i.due_on, i.overdue, i.id, i.enterprise_id, i.authority_id, i.detail FROM ({union}) i \
         WHERE i.id = {}",
        binds.push(id)
    );
    let found =
        executor.query_one_raw(Statement::from_sql_and_values(binds.backend, sql, binds.values)).await?;
    found.as_ref().map(row).transpose()
}

/// The inbox as one `UNION ALL` of its kinds' branches; `None` when no kind reaches anything.
fn union(binds: &mut Binds, inbox: &Inbox, today: NaiveDate) -> Option<String> {
    let today = binds.push(today);
    let branches: Vec<String> =
        inbox.kinds.iter().filter_map(|kind| branch(binds, *kind, &inbox.reach, &today)).collect();
    if branches.is_empty() { None } else { Some(branches.join(" UNION ALL ")) }
}

/// What a branch reads: the table and its alias, the due column, the waiting statuses, the
/// enterprise, authority and detail columns.
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
    extra: &'static str,
}

#[derive(Clone, Copy)]
enum Owner {
    Enterprise,
    AssignedInstitution,
    TargetAuthority,
}

/// What a kind's branch reads: the records of an enterprise (or assigned to an institution), or
/// those addressed to an authority.
fn source(kind: InboxKind) -> Source {
    match kind {
        InboxKind::NoticeToAcknowledge
        | InboxKind::NoticeToClose
        | InboxKind::OrderDue
        | InboxKind::RequestToAnswer => addressed_source(kind),
        _ => enterprise_source(kind),
    }
}

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
    extra: &'static str,
) -> Source {
    Source { table, due, statuses, enterprise, authority, detail, owner, extra }
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
            " AND x.visit_id IS NULL",
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

/// One kind's branch over its table (aliased `x`), or `None` when the caller's reach holds none
/// of its records.
fn branch(binds: &mut Binds, kind: InboxKind, reach: &Reach, today: &str) -> Option<String> {
    let source = source(kind);
    let owner = owner_condition(binds, source.owner, reach)?;
    let column = |c: &str| if c.starts_with("CAST") { c.to_owned() } else { format!("x.{c}") };
    let overdue = match kind.due_day() {
        DueDay::Deadline => format!("CASE WHEN x.{} < {today} THEN 1 ELSE 0 END", source.due),
        DueDay::Since => "0".to_owned(),
    };
    let statuses = if source.statuses.is_empty() {
        String::new()
    } else {
        let quoted: Vec<String> = source.statuses.iter().map(|s| format!("'{s}'")).collect();
        format!(" AND x.status IN ({})", quoted.join(", "))
    };
    Some(format!(
        "SELECT '{kind}' AS kind, x.{due} AS due_on, {overdue} AS overdue, x.id AS id, \
         {enterprise} AS enterprise_id, {authority} AS authority_id, x.{detail} AS detail \
         FROM {table} x WHERE {owner}{statuses}{extra}",
        kind = kind.as_str(),
        due = source.due,
        enterprise = column(source.enterprise),
        authority = column(source.authority),
        detail = source.detail,
        table = source.table,
        extra = source.extra,
    ))
}

/// The caller's reach as a condition on the branch's owner, or `None` when it reaches none.
fn owner_condition(binds: &mut Binds, owner: Owner, reach: &Reach) -> Option<String> {
    match (owner, reach) {
        (Owner::Enterprise, Reach::Authority { scope, .. }) => Some(enterprise_in(binds, scope)),
        (Owner::Enterprise, Reach::Enterprise(id)) => {
            Some(format!("x.enterprise_id = {}", binds.push(id.get())))
        }
        (Owner::AssignedInstitution, Reach::Institution(id)) => {
            Some(format!("x.institution_id = {}", binds.push(id.get())))
        }
        (Owner::TargetAuthority, Reach::Authority { id, .. }) => {
            Some(format!("x.target_authority_id = {}", binds.push(id.get())))
        }
        _ => None,
    }
}

/// The record's enterprise inside `scope`: a semi-join on the enterprise's region, in the same
/// statement (as every scoped list reads).
fn enterprise_in(binds: &mut Binds, scope: &Scope) -> String {
    match scope {
        Scope::Everything => "1 = 1".to_owned(),
        Scope::Nothing => "1 = 0".to_owned(),
        Scope::Enterprise(id) => format!("x.enterprise_id = {}", binds.push(id.get())),
        Scope::Within(region) => {
            let (low, high) = region.range();
            format!(
                "x.enterprise_id IN (SELECT e.id FROM enterprise e WHERE e.region_code BETWEEN {} AND {})",
                binds.push(low),
                binds.push(high)
            )
        }
    }
}

/// The inbox's page statement: the union, bounded by the cursors on its whole key, ordered and
/// limited.
struct InboxStatement<'x> {
    executor: DatabaseExecutor<'x>,
    binds: Binds,
    union: String,
    bounds: Vec<String>,
    order: &'static str,
}

impl Keyset<InboxCursor> for InboxStatement<'_> {
    type Row = InboxRow;

    fn past(mut self, key: &InboxCursor, direction: Direction) -> Self {
        let operator = direction.past_operator();
        let (due_on, kind, id) =
            (self.binds.push(key.due_on), self.binds.push(key.kind.as_str()), self.binds.push(key.id));
        self.bounds.push(format!(" AND (i.due_on, i.kind, i.id) {operator} ({due_on}, {kind}, {id})"));
        self
    }

    fn ordered(mut self, direction: Direction) -> Self {
        self.order = direction.keyword();
        self
    }

    fn fetch(mut self, limit: u64) -> impl Future<Output = Result<Vec<InboxRow>>> + Send {
        let limit = self.binds.push(i64::try_from(limit).unwrap_or(i64::MAX));
        let (order, bounds) = (self.order, self.bounds.concat());
        let sql = format!(
            "SELECT i.kind, i.due_on, i.overdue, i.id, i.enterprise_id, i.authority_id, i.detail \
             FROM ({union}) i WHERE 1 = 1{bounds} ORDER BY i.due_on {order}, i.kind {order}, i.id {order} \
             LIMIT {limit}",
            union = self.union
        );
        let statement = Statement::from_sql_and_values(self.binds.backend, sql, self.binds.values);
        async move { self.executor.query_all_raw(statement).await?.iter().map(row).collect() }
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
