//! Requests from the lower tier (问题、困难、保障 request, §四, docs/adr/0035): the `LowerTierRequest`
//! node, `lowerTierRequests`, and the mutations that raise, answer, resolve and reopen a request.

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{RaiseRequest, RequestFilter, RequestRecord};
use oversight_domain::responsibility::request::{RequestKind, RequestStatus};
use oversight_domain::{AuthorityId, LowerTierRequestId};

use crate::enums::mirror;
use crate::error::{ApiError, ResultExt, caller};
use crate::ids::{NodeType, global_id, id_cursor, parse_id_cursor, parse_numeric_id};
use crate::loaders::load;
use crate::page::{Connection, connection, page_request};
use crate::registry::authority::Authority;

mirror! {
    /// What the lower tier raises (§四).
    RequestKindGql as "LowerTierRequestKind" <=> RequestKind {
        /// 提出的问题: a question.
        Question,
        /// 遇到的困难: a difficulty met.
        Difficulty,
        /// 需要的保障: support needed.
        SupportNeeded,
    }
}

mirror! {
    /// Where a request stands.
    RequestStatusGql as "LowerTierRequestStatus" <=> RequestStatus {
        /// Raised (or reopened), awaiting the answer of the authority above.
        Raised,
        /// Answered: the raiser resolves or reopens it.
        Answered,
        /// The raiser confirmed it resolved: closed.
        Resolved,
    }
}

pub struct LowerTierRequest(pub RequestRecord);

/// A request (问题、困难、保障 request, §四) from an authority to the one directly above it, answered
/// by a deadline in working days and resolved by the raiser.
#[Object]
impl LowerTierRequest {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        global_id(NodeType::LowerTierRequest, self.0.id)
    }
    /// What it raises.
    async fn kind(&self) -> RequestKindGql {
        self.0.request.kind.into()
    }
    /// Where it stands.
    async fn status(&self) -> RequestStatusGql {
        self.0.request.status.into()
    }
    /// The authority that raised it.
    async fn raised_by_authority(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Authority>> {
        Ok(load(ctx, |l| &l.authority, self.0.request.raiser_authority_id).await?.map(Authority))
    }
    /// The authority it was raised to.
    async fn raised_to_authority(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Authority>> {
        Ok(load(ctx, |l| &l.authority, self.0.request.target_authority_id).await?.map(Authority))
    }
    /// What it says.
    async fn text(&self) -> &str {
        &self.0.request.text
    }
    /// The day it was raised.
    async fn raised_on(&self) -> NaiveDate {
        self.0.request.raised_on
    }
    /// The last day to answer it (from raising, or from the last reopening).
    async fn answer_by(&self) -> NaiveDate {
        self.0.request.answer_by
    }
    /// Whether today is past the answer deadline and it is unanswered.
    async fn overdue(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        let (app, _) = caller(ctx)?;
        Ok(self.0.request.overdue_on(app.today()))
    }
    /// The (last) answer.
    async fn answer(&self) -> Option<&str> {
        self.0.request.answer.as_deref()
    }
    /// The day it was (last) answered.
    async fn answered_on(&self) -> Option<NaiveDate> {
        self.0.request.answered_on
    }
    /// Who (last) answered it.
    async fn answered_by(&self) -> Option<&str> {
        self.0.answered_by.as_deref()
    }
    /// The day the raiser confirmed it resolved.
    async fn resolved_on(&self) -> Option<NaiveDate> {
        self.0.request.resolved_on
    }
    /// How many times the raiser reopened it.
    async fn reopened(&self) -> u32 {
        self.0.request.n_reopened
    }
    /// Why the raiser last reopened it.
    async fn reopen_reason(&self) -> Option<&str> {
        self.0.request.reopen_reason.as_deref()
    }
    /// Who raised it.
    async fn raised_by(&self) -> &str {
        &self.0.raised_by
    }
    /// When it was stored.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A request as its raiser asks it.
#[derive(InputObject)]
pub struct RaiseLowerTierRequestInput {
    /// The authority directly above the caller's.
    pub to_authority_id: ID,
    /// What it raises.
    pub kind: RequestKindGql,
    /// What it says, 1–2000 characters.
    pub text: String,
}

/// What the requests list is narrowed to.
#[derive(InputObject, Default)]
pub struct LowerTierRequestFilter {
    /// Only those this authority raised.
    pub raised_by: Option<ID>,
    /// Only those raised to this authority.
    pub raised_to: Option<ID>,
    /// Only those in this state.
    pub status: Option<RequestStatusGql>,
    /// Only the overdue ones (true) or those not overdue (false), today.
    pub overdue: Option<bool>,
}

impl LowerTierRequestFilter {
    /// The storage filter (of the list and of its export); `overdue` is judged on the day read.
    pub(crate) fn parse(self) -> Result<RequestFilter, ApiError> {
        let authority = |id: Option<ID>, field| {
            id.map(|id| parse_numeric_id::<AuthorityId>(&id, NodeType::Authority, field)).transpose()
        };
        Ok(RequestFilter {
            raised_by: authority(self.raised_by, "filter.raisedBy")?,
            raised_to: authority(self.raised_to, "filter.raisedTo")?,
            status: self.status.map(Into::into),
            overdue: self.overdue,
        })
    }
}

/// The request after the step.
#[derive(SimpleObject)]
pub struct LowerTierRequestPayload {
    /// The request.
    pub request: LowerTierRequest,
}

pub struct LowerTierRequestTotal {
    filter: RequestFilter,
}

#[Object]
impl LowerTierRequestTotal {
    /// How many requests match (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_lower_tier_requests(principal, &self.filter).await.gql()
    }
}

#[derive(Default)]
pub struct RequestQuery;

#[Object]
impl RequestQuery {
    /// Requests from the lower tier (问题、困难、保障 request) the caller's authority raised or received,
    /// and those of the authorities below it (the national authority: all), newest first. Others see
    /// none (FORBIDDEN).
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    #[allow(clippy::too_many_arguments)] // a GraphQL field's arguments are its parameters
    async fn lower_tier_requests(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to narrow the list to.", default)] filter: LowerTierRequestFilter,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, LowerTierRequest, LowerTierRequestTotal>> {
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let filter = filter.parse()?;
        let (app, principal) = caller(ctx)?;
        let page = app.lower_tier_requests(principal, &filter, &request).await.gql()?;
        Ok(connection(page, LowerTierRequestTotal { filter }, |r| id_cursor(r.id), LowerTierRequest))
    }
}

fn request_id(id: &ID) -> Result<LowerTierRequestId, ApiError> {
    parse_numeric_id(id, NodeType::LowerTierRequest, "requestId")
}

#[derive(Default)]
pub struct RequestMutation;

#[Object]
impl RequestMutation {
    /// Raises a request (a question, a difficulty, support needed) from the caller's authority to
    /// the one directly above it (§四 "对下级部门提出的问题…要及时予以答复、解决"). REQUEST_NOT_TO_PARENT,
    /// INVALID_TEXT, FORBIDDEN, NOT_FOUND.
    async fn raise_lower_tier_request(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The request.")] input: RaiseLowerTierRequestInput,
    ) -> async_graphql::Result<LowerTierRequestPayload> {
        let raise = RaiseRequest {
            to_authority_id: parse_numeric_id(
                &input.to_authority_id,
                NodeType::Authority,
                "input.toAuthorityId",
            )?,
            kind: input.kind.into(),
            text: input.text,
        };
        let (app, principal) = caller(ctx)?;
        let record = app.raise_lower_tier_request(principal, &raise).await.gql_input("input")?;
        Ok(LowerTierRequestPayload { request: LowerTierRequest(record) })
    }

    /// Answers a request raised to the caller's authority. ILLEGAL_REQUEST_TRANSITION, INVALID_TEXT,
    /// FORBIDDEN, NOT_FOUND.
    async fn answer_lower_tier_request(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The request.")] request_id: ID,
        #[graphql(desc = "The answer, 1–2000 characters.")] answer: String,
    ) -> async_graphql::Result<LowerTierRequestPayload> {
        let id = self::request_id(&request_id)?;
        let (app, principal) = caller(ctx)?;
        let record = app.answer_lower_tier_request(principal, id, &answer).await.gql()?;
        Ok(LowerTierRequestPayload { request: LowerTierRequest(record) })
    }

    /// Confirms an answered request of the caller's authority resolved. ILLEGAL_REQUEST_TRANSITION,
    /// FORBIDDEN, NOT_FOUND.
    async fn resolve_lower_tier_request(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The request.")] request_id: ID,
    ) -> async_graphql::Result<LowerTierRequestPayload> {
        let id = self::request_id(&request_id)?;
        let (app, principal) = caller(ctx)?;
        let record = app.resolve_lower_tier_request(principal, id).await.gql()?;
        Ok(LowerTierRequestPayload { request: LowerTierRequest(record) })
    }

    /// Reopens an answered request of the caller's authority with a reason: raised again, with a
    /// fresh answer deadline. ILLEGAL_REQUEST_TRANSITION, INVALID_TEXT, FORBIDDEN, NOT_FOUND.
    async fn reopen_lower_tier_request(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The request.")] request_id: ID,
        #[graphql(desc = "Why the answer does not resolve it, 1–1000 characters.")] reason: String,
    ) -> async_graphql::Result<LowerTierRequestPayload> {
        let id = self::request_id(&request_id)?;
        let (app, principal) = caller(ctx)?;
        let record = app.reopen_lower_tier_request(principal, id, &reason).await.gql()?;
        Ok(LowerTierRequestPayload { request: LowerTierRequest(record) })
    }
}
