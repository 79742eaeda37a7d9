//! The inbox (待办, docs/adr/0040): `inbox` — everything due for the caller across the workflows,
//! in deadline order, keyset-paged, with its counts per kind.

use async_graphql::{Context, Enum, ID, Object, SimpleObject};
use chrono::NaiveDate;
use futures_util::Stream;
use oversight_app::events::Event;
use oversight_app::{App, InboxCount, InboxKind, InboxRow, Principal};
use oversight_domain::responsibility::order::OrderStatus;
use oversight_domain::review::annual::ReviewNotice;
use tokio_stream::wrappers::BroadcastStream;

use crate::enums::mirror;
use crate::error::{ResultExt, caller};
use crate::ids::{NodeType, global_id, inbox_cursor, parse_inbox_cursor};
use crate::loaders::load;
use crate::node::{Node, read_node};
use crate::page::{Connection, connection, page_request};
use crate::registry::authority::Authority;
use crate::registry::enterprise::Enterprise;

mirror! {
    /// What an inbox item waits for (待办事项的类型). On one day, items are ordered by this name.
    InboxKindGql as "InboxKind" <=> InboxKind {
        /// A license in force whose next periodic test (定期监督检验, 待抽样) falls within the next 30
        /// days or is overdue: a sample to take and a testing task to open. Dated by the license's
        /// next due day on its schedule (as `dueTests` computes it); the subject is the license.
        TestsToSample,
        /// A testing task sampled and assigned to the caller's institution: its results are awaited.
        ResultsAwaited,
        /// An objection (异议) to a verdict, to decide by its decision deadline.
        ObjectionToDecide,
        /// A rectification (整改) running to its deadline.
        RectificationDue,
        /// A follow-up visit (回访) owed once the rectification's deadline has passed.
        FollowUpDue,
        /// An annual review (年度审查) whose self-inspection report was submitted: to examine. Dated
        /// by the year's submission deadline; never overdue (no examination deadline is set).
        ReviewToExamine,
        /// The enterprise's self-inspection report still owed for its annual review.
        SelfReportDue,
        /// A linkage notice (联动通报) sent to the caller's authority: to acknowledge.
        NoticeToAcknowledge,
        /// A linkage notice the caller's authority acknowledged: to act on and close.
        NoticeToClose,
        /// A supervision order (督查督办) addressed to the caller's authority: to complete.
        OrderDue,
        /// A request from the tier below raised to the caller's authority: to answer.
        RequestToAnswer,
    }
}

/// The node type of the record an item of `kind` is.
fn node_type(kind: InboxKind) -> NodeType {
    match kind {
        InboxKind::TestsToSample => NodeType::License,
        InboxKind::ResultsAwaited | InboxKind::ObjectionToDecide => NodeType::TestingTask,
        InboxKind::RectificationDue => NodeType::Rectification,
        InboxKind::FollowUpDue => NodeType::FollowUp,
        InboxKind::ReviewToExamine | InboxKind::SelfReportDue => NodeType::AnnualReview,
        InboxKind::NoticeToAcknowledge | InboxKind::NoticeToClose => NodeType::LinkageNotice,
        InboxKind::OrderDue => NodeType::SupervisionOrder,
        InboxKind::RequestToAnswer => NodeType::LowerTierRequest,
    }
}

/// Short English label of a kind, for the summary.
fn label(kind: InboxKind) -> &'static str {
    match kind {
        InboxKind::TestsToSample => "Test to sample",
        InboxKind::ResultsAwaited => "Results awaited",
        InboxKind::ObjectionToDecide => "Objection to decide",
        InboxKind::RectificationDue => "Rectification due",
        InboxKind::FollowUpDue => "Follow-up visit due",
        InboxKind::ReviewToExamine => "Annual review to examine",
        InboxKind::SelfReportDue => "Self-inspection report due",
        InboxKind::NoticeToAcknowledge => "Linkage notice to acknowledge",
        InboxKind::NoticeToClose => "Linkage notice to close",
        InboxKind::OrderDue => "Supervision order due",
        InboxKind::RequestToAnswer => "Request to answer",
    }
}

/// At most this many characters of a record's text in a summary.
const SUMMARY_DETAIL_CHARS: usize = 60;

pub struct InboxItem(pub InboxRow);

/// One thing due for the caller (待办): a workflow record waiting for the caller's next step, with
/// its day.
#[Object]
impl InboxItem {
    /// What it waits for.
    async fn kind(&self) -> InboxKindGql {
        self.0.kind.into()
    }
    /// Its day: the record's own deadline, or for the kinds without one the day it began waiting
    /// (see `InboxKind`).
    async fn due_on(&self) -> NaiveDate {
        self.0.due_on
    }
    /// Whether today is past its deadline.
    async fn overdue(&self) -> bool {
        self.0.overdue
    }
    /// The global ID of the record.
    async fn subject_id(&self) -> async_graphql::ID {
        global_id(node_type(self.0.kind), self.0.record_id)
    }
    /// The record itself (read as its own queries read it).
    async fn subject(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Node>> {
        read_node(ctx, &global_id(node_type(self.0.kind), self.0.record_id)).await
    }
    /// The enterprise it concerns, if any.
    async fn enterprise(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Enterprise>> {
        let Some(id) = self.0.enterprise_id else { return Ok(None) };
        Ok(load(ctx, |l| &l.enterprise, id).await?.map(Enterprise))
    }
    /// The authority it came from, if any (a notice's sender, an order's issuer, a request's
    /// raiser).
    async fn authority(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Authority>> {
        let Some(id) = self.0.authority_id else { return Ok(None) };
        Ok(load(ctx, |l| &l.authority, id).await?.map(Authority))
    }
    /// A short summary: what it waits for and the record's own short text.
    async fn summary(&self) -> String {
        let detail: String = self.0.detail.chars().take(SUMMARY_DETAIL_CHARS).collect();
        let ellipsis = if self.0.detail.chars().count() > SUMMARY_DETAIL_CHARS { "…" } else { "" };
        format!("{}: {detail}{ellipsis}", label(self.0.kind))
    }
}

/// How many items of one kind the caller's whole inbox holds.
#[derive(SimpleObject)]
#[graphql(name = "InboxCount")]
pub struct InboxCountGql {
    /// The kind.
    pub kind: InboxKindGql,
    /// Its items (all pages together).
    pub total: u64,
    /// Those past their deadline today.
    pub overdue: u64,
}

/// The whole inbox's figures, beside the page.
pub struct InboxTotals {
    counts: Vec<InboxCount>,
}

#[Object]
impl InboxTotals {
    /// How many items the inbox holds (all pages together).
    async fn total_count(&self) -> u64 {
        self.counts.iter().map(|count| count.total).sum()
    }
    /// The items per kind, over the whole inbox (not the page); a kind without items is absent.
    async fn counts(&self) -> Vec<InboxCountGql> {
        self.counts
            .iter()
            .map(|count| InboxCountGql {
                kind: count.kind.into(),
                total: count.total,
                overdue: count.overdue,
            })
            .collect()
    }
}

#[derive(Default)]
pub struct InboxQuery;

#[Object]
impl InboxQuery {
    /// The caller's inbox (待办): everything due for it across the workflows — what the rules say
    /// its role acts on next, over its reach (an authority's officers: the records of its
    /// jurisdiction and those addressed to it; an institution: its tasks; an enterprise: its own
    /// records) — ordered by day, kind and record, with the counts per kind of the whole inbox.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    async fn inbox(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only these kinds (all when omitted).")] kinds: Option<Vec<InboxKindGql>>,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, InboxItem, InboxTotals>> {
        let request = page_request(first, after, last, before, parse_inbox_cursor)?;
        let kinds: Option<Vec<InboxKind>> = kinds.map(|kinds| kinds.into_iter().map(Into::into).collect());
        let (app, principal) = caller(ctx)?;
        let plan = app.inbox_plan(principal, kinds.as_deref()).await.gql()?;
        // The counts are read only when asked for, and beside the page, not after it: the two
        // statements run on two pooled connections at once.
        let wanted = ctx.look_ahead();
        let counted = wanted.field("counts").exists() || wanted.field("totalCount").exists();
        let counts = async { if counted { app.inbox_counts(&plan).await } else { Ok(Vec::new()) } };
        let (page, counts) =
            futures_util::future::try_join(app.inbox_page(&plan, &request), counts).await.gql()?;
        Ok(connection(page, InboxTotals { counts }, inbox_cursor, InboxItem))
    }
}

/// An item that entered the caller's inbox (subscription `inboxItemAdded`).
#[derive(SimpleObject, Clone)]
pub struct InboxItemAdded {
    /// What it waits for.
    pub kind: InboxKindGql,
    /// The global ID of the record.
    pub subject_id: ID,
    /// Its day (as `InboxItem.dueOn`).
    pub due_on: NaiveDate,
    /// Whether it is already past its deadline.
    pub overdue: bool,
}

/// The kinds an announced event may have put into an inbox, and the record's id: the existing
/// announcements are reused, and each is checked against the caller's inbox by reading the item
/// (one statement per candidate event), so the subscription cannot disagree with the query.
fn candidates(event: Event) -> Option<(&'static [InboxKind], i64)> {
    match event {
        Event::TaskAssigned { task_id, .. } => Some((&[InboxKind::ResultsAwaited], task_id.get())),
        Event::LinkageNotice { notice_id, .. } => {
            Some((&[InboxKind::NoticeToAcknowledge, InboxKind::NoticeToClose], notice_id.get()))
        }
        // Issued, or returned by the issuer (back to ACKNOWLEDGED): the target's again. Its own
        // steps (acknowledging, progress) leave it where it was.
        Event::SupervisionOrder { order_id, status, by_issuer: true, .. }
            if OrderStatus::parse(&status) != Some(OrderStatus::Accepted) =>
        {
            Some((&[InboxKind::OrderDue], order_id.get()))
        }
        Event::AnnualReviewNotice { review_id, notice: ReviewNotice::Returned, .. } => {
            Some((&[InboxKind::SelfReportDue], review_id.get()))
        }
        _ => None,
    }
}

/// The stream behind `inboxItemAdded`.
pub fn item_added(
    app: &App,
    principal: &Principal,
) -> async_graphql::Result<impl Stream<Item = InboxItemAdded> + use<>> {
    let inbox = app.inbox_of(principal, None).gql()?;
    let app = app.clone();
    let events = tokio_stream::StreamExt::filter_map(BroadcastStream::new(app.subscribe()), |event| {
        candidates(event.ok()?)
    });
    Ok(futures_util::StreamExt::filter_map(events, move |(kinds, id)| {
        let (app, inbox) = (app.clone(), inbox.clone());
        async move {
            for kind in kinds.iter().copied().filter(|kind| inbox.kinds.contains(kind)) {
                // A failed read drops the notification; the inbox query still shows the item.
                if let Ok(Some(row)) = app.inbox_item(&inbox, kind, id).await {
                    return Some(InboxItemAdded {
                        kind: row.kind.into(),
                        subject_id: global_id(node_type(row.kind), row.record_id),
                        due_on: row.due_on,
                        overdue: row.overdue,
                    });
                }
            }
            None
        }
    }))
}
