//! Supervision orders (督查督办 supervision order, §四, docs/adr/0035): the `SupervisionOrder` node,
//! `supervisionOrders`, and the mutations that issue, acknowledge, report progress on, complete,
//! accept and return an order.

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{Code, IssueOrder, OrderFilter, OrderRecord, OrderSubjectInput, ProgressReport};
use oversight_domain::responsibility::order::{OrderStatus, Subject, SubjectKind};
use oversight_domain::{AttachmentId, AuthorityId, SupervisionOrderId};

use crate::enums::mirror;
use crate::error::{ApiError, ResultExt, caller};
use crate::ids::{NodeType, global_id, id_cursor, parse_id_cursor, parse_numeric_id};
use crate::linkage::LinkageNotice;
use crate::loaders::load;
use crate::page::{Connection, connection, page_request};
use crate::registry::authority::Authority;
use crate::registry::enterprise::Enterprise;

mirror! {
    /// Where a supervision order stands.
    OrderStatusGql as "SupervisionOrderStatus" <=> OrderStatus {
        /// Issued, not acknowledged by the authority ordered yet.
        Issued,
        /// Acknowledged (or returned to the authority ordered): the work is under way.
        Acknowledged,
        /// Completed with proof: the issuer accepts or returns it.
        Completed,
        /// The issuer accepted the completion: closed.
        Accepted,
    }
}

mirror! {
    /// What a supervision order is about.
    SubjectKindGql as "SupervisionOrderSubjectKind" <=> SubjectKind {
        /// An enterprise in the jurisdiction of the authority ordered: an Enterprise ID.
        Enterprise,
        /// A linkage notice (联动通报 linkage notice) the authority ordered, or one below it, received: a LinkageNotice ID.
        LinkageNotice,
        /// A target of the supervision work named in subjectText (a campaign, a figure).
        Other,
    }
}

pub struct SupervisionOrder(pub OrderRecord);

/// A supervision order (督查督办 supervision order, §四) from an authority to one below it: a deadline
/// in working days, progress reports, completion with proof, acceptance by the issuer.
#[Object]
impl SupervisionOrder {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        global_id(NodeType::SupervisionOrder, self.0.id)
    }
    /// Where it stands.
    async fn status(&self) -> OrderStatusGql {
        self.0.order.status.into()
    }
    /// The authority that issued it.
    async fn issuer_authority(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Authority>> {
        Ok(load(ctx, |l| &l.authority, self.0.order.issuer_authority_id).await?.map(Authority))
    }
    /// The authority ordered.
    async fn target_authority(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Authority>> {
        Ok(load(ctx, |l| &l.authority, self.0.order.target_authority_id).await?.map(Authority))
    }
    /// What it is about.
    async fn subject_kind(&self) -> SubjectKindGql {
        self.0.order.subject.kind().into()
    }
    /// The free-text target (OTHER), or the issuer's note on the subject.
    async fn subject_text(&self) -> Option<&str> {
        self.0.order.subject_text.as_deref()
    }
    /// The enterprise it concerns (its subject's, or its notice's; null outside the caller's registry reach).
    async fn enterprise(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Enterprise>> {
        let Some(id) = self.0.order.enterprise_id else { return Ok(None) };
        Ok(load(ctx, |l| &l.enterprise, id).await?.map(Enterprise))
    }
    /// The linkage notice it is about (subject LINKAGE_NOTICE; null outside the caller's notice scope).
    async fn linkage_notice(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<LinkageNotice>> {
        let Subject::LinkageNotice(id) = self.0.order.subject else { return Ok(None) };
        Ok(load(ctx, |l| &l.linkage_notice, id).await?.map(LinkageNotice))
    }
    /// What it orders.
    async fn text(&self) -> &str {
        &self.0.order.text
    }
    /// The day it was issued.
    async fn issued_on(&self) -> NaiveDate {
        self.0.order.issued_on
    }
    /// The working days it gave.
    async fn working_days(&self) -> u32 {
        self.0.order.working_days
    }
    /// The last day to complete it (moved only by a return that extends it).
    async fn deadline(&self) -> NaiveDate {
        self.0.order.deadline
    }
    /// Whether today is past the deadline and it is not completed.
    async fn overdue(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        let (app, _) = caller(ctx)?;
        Ok(self.0.order.overdue_on(app.today()))
    }
    /// The day it was acknowledged.
    async fn acknowledged_on(&self) -> Option<NaiveDate> {
        self.0.order.acknowledged_on
    }
    /// The progress reports (进展 progress), oldest first.
    async fn progress(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<OrderProgress>> {
        let reports = load(ctx, |l| &l.order_progress, self.0.id).await?.unwrap_or_default();
        Ok(reports.into_iter().map(OrderProgress).collect())
    }
    /// The day it was (last) completed.
    async fn completed_on(&self) -> Option<NaiveDate> {
        self.0.order.completed_on
    }
    /// What the authority ordered reported done.
    async fn completion_text(&self) -> Option<&str> {
        self.0.order.completion.as_ref().map(|c| c.text.as_str())
    }
    /// The global IDs of the documents (Attachment) that prove the completion.
    async fn completion_attachment_ids(&self) -> Vec<ID> {
        let ids = self.0.order.completion.as_ref().map(|c| c.attachment_ids.clone()).unwrap_or_default();
        ids.into_iter().map(|id| global_id(NodeType::Attachment, id)).collect()
    }
    /// The day the issuer accepted it.
    async fn accepted_on(&self) -> Option<NaiveDate> {
        self.0.order.accepted_on
    }
    /// How many times the issuer returned it.
    async fn returns(&self) -> u32 {
        self.0.order.n_returns
    }
    /// Why the issuer last returned it.
    async fn return_reason(&self) -> Option<&str> {
        self.0.order.return_reason.as_deref()
    }
    /// Who issued it.
    async fn issued_by(&self) -> &str {
        &self.0.issued_by
    }
    /// When it was stored.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// One progress report (进展 progress) on a supervision order.
pub struct OrderProgress(ProgressReport);

/// A dated progress report by the authority ordered.
#[Object(name = "SupervisionOrderProgress")]
impl OrderProgress {
    /// The day it was reported.
    async fn reported_on(&self) -> NaiveDate {
        self.0.reported_on
    }
    /// What it says.
    async fn text(&self) -> &str {
        &self.0.text
    }
    /// Who reported it.
    async fn reported_by(&self) -> &str {
        &self.0.reported_by
    }
}

/// An order as its issuer asks it.
#[derive(InputObject)]
pub struct IssueSupervisionOrderInput {
    /// An authority strictly below the caller's (the national authority: any province, city or county).
    pub target_authority_id: ID,
    /// What it is about.
    pub subject_kind: SubjectKindGql,
    /// The Enterprise (ENTERPRISE) or LinkageNotice (LINKAGE_NOTICE) it is about; absent for OTHER.
    pub subject_id: Option<ID>,
    /// The target named in free text (required for OTHER), or a note on the subject; 1–200 characters.
    pub subject_text: Option<String>,
    /// What it orders, 1–2000 characters.
    pub text: String,
    /// The working days to complete it (1–60), counted from today on the working-day calendar.
    pub working_days: u32,
}

impl IssueSupervisionOrderInput {
    fn subject(&self) -> Result<OrderSubjectInput, ApiError> {
        let field = "input.subjectId";
        let missing =
            || ApiError::new(Code::InvalidOrderSubject, "the subject's ID is required").with_field(field);
        Ok(match (self.subject_kind, &self.subject_id) {
            (SubjectKindGql::Enterprise, Some(id)) => {
                OrderSubjectInput::Enterprise(parse_numeric_id(id, NodeType::Enterprise, field)?)
            }
            (SubjectKindGql::LinkageNotice, Some(id)) => {
                OrderSubjectInput::LinkageNotice(parse_numeric_id(id, NodeType::LinkageNotice, field)?)
            }
            (SubjectKindGql::Other, None) => OrderSubjectInput::Other,
            (SubjectKindGql::Other, Some(_)) => {
                return Err(ApiError::new(Code::InvalidOrderSubject, "an OTHER subject names no record")
                    .with_field(field));
            }
            (_, None) => return Err(missing()),
        })
    }
}

/// How an order is completed.
#[derive(InputObject)]
pub struct CompleteSupervisionOrderInput {
    /// The order.
    pub order_id: ID,
    /// What was done, 1–2000 characters.
    pub text: String,
    /// Documents of the order's enterprise's file (Attachment IDs) that prove it, sealed as evidence.
    pub attachment_ids: Option<Vec<ID>>,
}

/// What the orders list is narrowed to.
#[derive(InputObject, Default)]
pub struct SupervisionOrderFilter {
    /// Only those this authority issued.
    pub issued_by: Option<ID>,
    /// Only those issued to this authority.
    pub target: Option<ID>,
    /// Only those in this state.
    pub status: Option<OrderStatusGql>,
    /// Only the overdue ones (true) or those not overdue (false), today: an upper authority's list of
    /// the overdue orders anywhere under it.
    pub overdue: Option<bool>,
    /// Only those about this enterprise.
    pub enterprise_id: Option<ID>,
}

impl SupervisionOrderFilter {
    /// The storage filter (of the list and of its export); `overdue` is judged on the day read.
    pub(crate) fn parse(self) -> Result<OrderFilter, ApiError> {
        let authority = |id: Option<ID>, field| {
            id.map(|id| parse_numeric_id::<AuthorityId>(&id, NodeType::Authority, field)).transpose()
        };
        Ok(OrderFilter {
            issued_by: authority(self.issued_by, "filter.issuedBy")?,
            target: authority(self.target, "filter.target")?,
            status: self.status.map(Into::into),
            overdue: self.overdue,
            enterprise_id: self
                .enterprise_id
                .map(|id| parse_numeric_id(&id, NodeType::Enterprise, "filter.enterpriseId"))
                .transpose()?,
        })
    }
}

/// The order after the step.
#[derive(SimpleObject)]
pub struct SupervisionOrderPayload {
    /// The order.
    pub order: SupervisionOrder,
}

pub struct SupervisionOrderTotal {
    filter: OrderFilter,
}

#[Object]
impl SupervisionOrderTotal {
    /// How many orders match (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_supervision_orders(principal, &self.filter).await.gql()
    }
}

#[derive(Default)]
pub struct OrderQuery;

#[Object]
impl OrderQuery {
    /// Supervision orders (督查督办 supervision order) the caller's authority issued or received, and
    /// those of the authorities below it (the national authority: all), newest first. Others see none
    /// (FORBIDDEN).
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    #[allow(clippy::too_many_arguments)] // a GraphQL field's arguments are its parameters
    async fn supervision_orders(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to narrow the list to.", default)] filter: SupervisionOrderFilter,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, SupervisionOrder, SupervisionOrderTotal>> {
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let filter = filter.parse()?;
        let (app, principal) = caller(ctx)?;
        let page = app.supervision_orders(principal, &filter, &request).await.gql()?;
        Ok(connection(page, SupervisionOrderTotal { filter }, |r| id_cursor(r.id), SupervisionOrder))
    }
}

fn order_id(id: &ID, field: &'static str) -> Result<SupervisionOrderId, ApiError> {
    parse_numeric_id(id, NodeType::SupervisionOrder, field)
}

#[derive(Default)]
pub struct OrderMutation;

#[Object]
impl OrderMutation {
    /// Issues a supervision order (督查督办 supervision order) to an authority strictly below the
    /// caller's: its head or leader in charge. ORDER_TARGET_NOT_BELOW, ORDER_SUBJECT_OUT_OF_TARGET,
    /// INVALID_ORDER_SUBJECT, INVALID_WORKING_DAYS, OUT_OF_JURISDICTION, FORBIDDEN, NOT_FOUND.
    async fn issue_supervision_order(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The order.")] input: IssueSupervisionOrderInput,
    ) -> async_graphql::Result<SupervisionOrderPayload> {
        let issue = IssueOrder {
            target_authority_id: parse_numeric_id(
                &input.target_authority_id,
                NodeType::Authority,
                "input.targetAuthorityId",
            )?,
            subject: input.subject()?,
            subject_text: input.subject_text,
            text: input.text,
            working_days: input.working_days,
        };
        let (app, principal) = caller(ctx)?;
        let record = app.issue_supervision_order(principal, &issue).await.gql_input("input")?;
        Ok(SupervisionOrderPayload { order: SupervisionOrder(record) })
    }

    /// Turns a linkage notice (联动通报 linkage notice) late on its act deadline — neither passed on
    /// nor closed in time — into a supervision order from its sender to its target, once per
    /// notice: the sending authority's head or leader in charge. NOTICE_NOT_LATE,
    /// NOTICE_ALREADY_ESCALATED, INVALID_WORKING_DAYS, FORBIDDEN, NOT_FOUND.
    async fn escalate_linkage_notice(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The late notice.")] notice_id: ID,
        #[graphql(desc = "What the order says, 1–2000 characters.")] text: String,
        #[graphql(desc = "The working days to complete it (1–60), from today.")] working_days: u32,
    ) -> async_graphql::Result<SupervisionOrderPayload> {
        let id = parse_numeric_id(&notice_id, NodeType::LinkageNotice, "noticeId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.escalate_linkage_notice(principal, id, &text, working_days).await.gql()?;
        Ok(SupervisionOrderPayload { order: SupervisionOrder(record) })
    }

    /// Acknowledges an order issued to the caller's authority. ILLEGAL_ORDER_TRANSITION, FORBIDDEN,
    /// NOT_FOUND.
    async fn acknowledge_supervision_order(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The order.")] order_id: ID,
    ) -> async_graphql::Result<SupervisionOrderPayload> {
        let id = self::order_id(&order_id, "orderId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.acknowledge_supervision_order(principal, id).await.gql()?;
        Ok(SupervisionOrderPayload { order: SupervisionOrder(record) })
    }

    /// Reports progress (进展 progress) on an acknowledged order issued to the caller's authority.
    /// ILLEGAL_ORDER_TRANSITION, INVALID_TEXT, FORBIDDEN, NOT_FOUND.
    async fn report_supervision_order_progress(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The order.")] order_id: ID,
        #[graphql(desc = "What was done so far, 1–2000 characters.")] text: String,
    ) -> async_graphql::Result<SupervisionOrderPayload> {
        let id = self::order_id(&order_id, "orderId")?;
        let (app, principal) = caller(ctx)?;
        let (record, _) = app.report_supervision_order_progress(principal, id, &text).await.gql()?;
        Ok(SupervisionOrderPayload { order: SupervisionOrder(record) })
    }

    /// Completes an acknowledged order issued to the caller's authority, with proof: what was done
    /// and documents of the order's enterprise's file. ILLEGAL_ORDER_TRANSITION, ATTACHMENT_NOT_FOUND,
    /// FORBIDDEN, NOT_FOUND.
    async fn complete_supervision_order(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The order and its proof.")] input: CompleteSupervisionOrderInput,
    ) -> async_graphql::Result<SupervisionOrderPayload> {
        let id = self::order_id(&input.order_id, "input.orderId")?;
        let attachments = input
            .attachment_ids
            .unwrap_or_default()
            .iter()
            .map(|id| parse_numeric_id::<AttachmentId>(id, NodeType::Attachment, "input.attachmentIds"))
            .collect::<Result<Vec<_>, _>>()?;
        let (app, principal) = caller(ctx)?;
        let record = app
            .complete_supervision_order(principal, id, &input.text, &attachments)
            .await
            .gql_input("input")?;
        Ok(SupervisionOrderPayload { order: SupervisionOrder(record) })
    }

    /// Accepts a completed order the caller's authority issued: its head or leader in charge.
    /// ILLEGAL_ORDER_TRANSITION, FORBIDDEN, NOT_FOUND.
    async fn accept_supervision_order(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The order.")] order_id: ID,
    ) -> async_graphql::Result<SupervisionOrderPayload> {
        let id = self::order_id(&order_id, "orderId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.accept_supervision_order(principal, id).await.gql()?;
        Ok(SupervisionOrderPayload { order: SupervisionOrder(record) })
    }

    /// Returns a completed order the caller's authority issued, with a reason: back to ACKNOWLEDGED,
    /// its deadline kept or moved later. Its head or leader in charge. ILLEGAL_ORDER_TRANSITION,
    /// INVALID_TEXT, INVALID_WORKING_DAYS, FORBIDDEN, NOT_FOUND.
    async fn return_supervision_order(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The order.")] order_id: ID,
        #[graphql(desc = "Why, 1–1000 characters.")] reason: String,
        #[graphql(
            desc = "A new deadline this many working days from today (1–60); never earlier than the one it has. Absent: the deadline stays."
        )]
        extra_working_days: Option<u32>,
    ) -> async_graphql::Result<SupervisionOrderPayload> {
        let id = self::order_id(&order_id, "orderId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.return_supervision_order(principal, id, &reason, extra_working_days).await.gql()?;
        Ok(SupervisionOrderPayload { order: SupervisionOrder(record) })
    }
}
