//! Linkage notices (联动通报 linkage notice, §二(六), docs/adr/0026): the `LinkageNotice` node,
//! `linkageNotices`, `noticeCloseTimes`, and the mutations that send, acknowledge, pass on and
//! close a notice.

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{NoticeDirection, NoticeFilter, NoticeProof, NoticeRecord, SendNotice};
use oversight_domain::linkage::notice::{NoticeStatus, NoticeType, ProofKind};
use oversight_domain::{
    AuthorityId, LicenseId, MeasureId, NoticeId, PatrolId, RectificationId, TaskId, TypedId,
};

use crate::enums::mirror;
use crate::error::{ApiError, ResultExt, caller};
use crate::ids::{NodeType, global_id, id_cursor, parse_id_cursor, parse_numeric_id};
use crate::loaders::load;
use crate::page::{Connection, connection, page_request};
use crate::registry::authority::Authority;
use crate::registry::enterprise::Enterprise;
use crate::registry::license::License;
use crate::testing::supervision::TestingTask;

mirror! {
    /// What a notice reports, which fixes who sends it and to which tier (§二(六)).
    NoticeTypeGql as "LinkageNoticeType" <=> NoticeType {
        /// 生产许可审查发现的问题: licensing-review findings, the review department (审查部 review department) to the province.
        LicensingReviewFinding,
        /// 国家监督抽查不合格: a national spot-check failure, the national authority to the province.
        NationalSpotCheckFailure,
        /// 省级监督抽查不合格: a provincial spot-check failure, the province to the city.
        ProvincialSpotCheckFailure,
        /// 转发: a notice received and passed on to a lower authority.
        PassOn,
    }
}

mirror! {
    /// Where a notice stands.
    NoticeStatusGql as "LinkageNoticeStatus" <=> NoticeStatus {
        /// Sent, not acknowledged yet.
        Sent,
        /// Acknowledged (签收 acknowledged) by its target.
        Acknowledged,
        /// Passed on to lower authorities: it closes when they all close.
        PassedOn,
        /// Closed with the record that proves the action, or by its children closing.
        Closed,
    }
}

mirror! {
    /// The kind of record that proves a notice acted on.
    ProofKindGql as "NoticeProofKind" <=> ProofKind {
        /// A follow-up visit (回访 follow-up visit) recorded on or after the day the notice was sent: a PatrolInspection ID.
        FollowUpVisit,
        /// A testing task sampled on or after the day the notice was sent, its verdict recorded: a TestingTask ID.
        RetestVerdict,
        /// A closed rectification (整改 rectification): a Rectification ID.
        RectificationClosed,
        /// A suspension (停产整顿 suspension) ordered on a patrol on or after the day the notice was sent, not cancelled: a PatrolMeasure ID.
        SuspensionMeasure,
        /// A license of the enterprise suspended now: a License ID.
        LicenseSuspended,
    }
}

impl ProofKindGql {
    /// The node type of the records of this kind.
    fn node_type(self) -> NodeType {
        match self {
            ProofKindGql::FollowUpVisit => NodeType::PatrolInspection,
            ProofKindGql::RetestVerdict => NodeType::TestingTask,
            ProofKindGql::RectificationClosed => NodeType::Rectification,
            ProofKindGql::SuspensionMeasure => NodeType::PatrolMeasure,
            ProofKindGql::LicenseSuspended => NodeType::License,
        }
    }

    /// The row key of a proof's global ID, checked to be of this kind's node type.
    fn key(self, id: &ID) -> Result<i64, ApiError> {
        let field = "input.proofId";
        Ok(match self {
            ProofKindGql::FollowUpVisit => parse_numeric_id::<PatrolId>(id, self.node_type(), field)?.key(),
            ProofKindGql::RetestVerdict => parse_numeric_id::<TaskId>(id, self.node_type(), field)?.key(),
            ProofKindGql::RectificationClosed => {
                parse_numeric_id::<RectificationId>(id, self.node_type(), field)?.key()
            }
            ProofKindGql::SuspensionMeasure => {
                parse_numeric_id::<MeasureId>(id, self.node_type(), field)?.key()
            }
            ProofKindGql::LicenseSuspended => {
                parse_numeric_id::<LicenseId>(id, self.node_type(), field)?.key()
            }
        })
    }
}

/// Which side of a notice the caller's authority is on.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(name = "NoticeDirection")]
pub enum NoticeDirectionGql {
    /// Sent by the caller's authority.
    Sent,
    /// Sent to the caller's authority.
    Received,
}

pub struct LinkageNotice(pub NoticeRecord);

/// A linkage notice (联动通报 linkage notice, §二(六)) from one authority to the next tier down,
/// about an enterprise: acknowledged, passed on and closed with the record that proves the action.
#[Object]
impl LinkageNotice {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        global_id(NodeType::LinkageNotice, self.0.id)
    }
    /// What it reports.
    async fn notice_type(&self) -> NoticeTypeGql {
        self.0.notice.notice_type.into()
    }
    /// Where it stands.
    async fn status(&self) -> NoticeStatusGql {
        self.0.notice.status.into()
    }
    /// The notice this one passes on.
    async fn parent(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<LinkageNotice>> {
        let Some(id) = self.0.parent_id else { return Ok(None) };
        Ok(load(ctx, |l| &l.linkage_notice, id).await?.map(LinkageNotice))
    }
    /// The notices it was passed on as, oldest first.
    async fn children(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<LinkageNotice>> {
        let children = load(ctx, |l| &l.notice_children, self.0.id).await?.unwrap_or_default();
        Ok(children.into_iter().map(|c| LinkageNotice(c.record)).collect())
    }
    /// The authority that sent it.
    async fn source_authority(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Authority>> {
        Ok(load(ctx, |l| &l.authority, self.0.notice.source_authority_id).await?.map(Authority))
    }
    /// The authority it was sent to.
    async fn target_authority(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Authority>> {
        Ok(load(ctx, |l| &l.authority, self.0.notice.target_authority_id).await?.map(Authority))
    }
    /// The enterprise it is about (null outside the caller's registry reach).
    async fn enterprise(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Enterprise>> {
        Ok(load(ctx, |l| &l.enterprise, self.0.notice.enterprise_id).await?.map(Enterprise))
    }
    /// The enterprise's global ID.
    async fn enterprise_id(&self) -> ID {
        global_id(NodeType::Enterprise, self.0.notice.enterprise_id)
    }
    /// The license it is about, if named.
    async fn license(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<License>> {
        let Some(id) = self.0.notice.license_id else { return Ok(None) };
        Ok(load(ctx, |l| &l.license, id).await?.map(License))
    }
    /// The testing task whose failing verdict triggered it, if any.
    async fn testing_task(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<TestingTask>> {
        let Some(id) = self.0.notice.testing_task_id else { return Ok(None) };
        Ok(load(ctx, |l| &l.testing_task, id).await?.map(TestingTask))
    }
    /// What it says.
    async fn text(&self) -> &str {
        &self.0.notice.text
    }
    /// The day it was sent.
    async fn sent_on(&self) -> NaiveDate {
        self.0.notice.sent_on
    }
    /// The last day to acknowledge it (working days from sending).
    async fn acknowledge_by(&self) -> NaiveDate {
        self.0.notice.clocks.acknowledge_by
    }
    /// The last day to act on it: pass it on or close it.
    async fn act_by(&self) -> NaiveDate {
        self.0.notice.clocks.act_by
    }
    /// The last day to close it.
    async fn close_by(&self) -> NaiveDate {
        self.0.notice.clocks.close_by
    }
    /// Whether a deadline has passed today that it has not met yet.
    async fn late(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        let (app, _) = caller(ctx)?;
        Ok(self.0.notice.late_on(app.today()))
    }
    /// The day it was acknowledged.
    async fn acknowledged_on(&self) -> Option<NaiveDate> {
        self.0.notice.acknowledged_on
    }
    /// The day it was passed on.
    async fn passed_on_on(&self) -> Option<NaiveDate> {
        self.0.notice.passed_on_on
    }
    /// The day it closed.
    async fn closed_on(&self) -> Option<NaiveDate> {
        self.0.notice.closed_on
    }
    /// The kind of record that proved it (none when it closed by its children closing).
    async fn proof_kind(&self) -> Option<ProofKindGql> {
        self.0.notice.proof_kind.map(Into::into)
    }
    /// The global ID of the record that proved it.
    async fn proof_id(&self) -> Option<ID> {
        let kind: ProofKindGql = self.0.notice.proof_kind?.into();
        Some(global_id(kind.node_type(), self.0.notice.proof_id?))
    }
    /// The note given when it closed.
    async fn close_note(&self) -> Option<&str> {
        self.0.notice.close_note.as_deref().filter(|n| !n.is_empty())
    }
    /// Who sent it.
    async fn sent_by(&self) -> &str {
        &self.0.sent_by
    }
    /// Who closed it.
    async fn closed_by(&self) -> Option<&str> {
        self.0.closed_by.as_deref()
    }
    /// When it was stored.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A notice as its sender asks it.
#[derive(InputObject)]
pub struct SendLinkageNoticeInput {
    /// What it reports: not PASS_ON (a notice is passed on with passOnLinkageNotice).
    pub notice_type: NoticeTypeGql,
    /// An authority of the next tier down from the sender's, whose jurisdiction holds the enterprise.
    pub target_authority_id: ID,
    /// The enterprise it is about.
    pub enterprise_id: ID,
    /// The license it is about, of the enterprise.
    pub license_id: Option<ID>,
    /// The testing task whose failing verdict triggered it, of the enterprise.
    pub testing_task_id: Option<ID>,
    /// What it says, 1–2000 characters.
    pub text: String,
}

/// How a notice is closed.
#[derive(InputObject)]
pub struct CloseLinkageNoticeInput {
    /// The notice.
    pub notice_id: ID,
    /// The kind of record that proves the action.
    pub proof_kind: ProofKindGql,
    /// The global ID of that record, of the notice's enterprise.
    pub proof_id: ID,
    /// A note, up to 1000 characters.
    pub note: Option<String>,
}

/// What the notices list is narrowed to.
#[derive(InputObject, Default)]
pub struct LinkageNoticeFilter {
    /// Only those the caller's authority sent, or received.
    pub direction: Option<NoticeDirectionGql>,
    /// Only those in this state.
    pub state: Option<NoticeStatusGql>,
    /// Only the late ones (true) or those not late (false), today.
    pub late: Option<bool>,
    /// Only those about this enterprise.
    pub enterprise_id: Option<ID>,
}

/// The notice after the step.
#[derive(SimpleObject)]
pub struct LinkageNoticePayload {
    /// The notice.
    pub notice: LinkageNotice,
}

/// The notice passed on, and the notices it was passed on as.
#[derive(SimpleObject)]
pub struct PassOnLinkageNoticePayload {
    /// The notice, PASSED_ON.
    pub notice: LinkageNotice,
    /// One new notice per lower authority.
    pub children: Vec<LinkageNotice>,
}

/// How fast one authority closes the notices it receives (time to close, 办结时长).
#[derive(SimpleObject)]
pub struct NoticeCloseTime {
    /// The receiving authority's global ID.
    pub authority_id: ID,
    /// How many notices it received are closed.
    pub closed: u64,
    /// The median of their working days from sending to closing.
    pub median_working_days: u32,
}

pub struct LinkageNoticeTotal {
    filter: NoticeFilter,
}

#[Object]
impl LinkageNoticeTotal {
    /// How many notices match (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_linkage_notices(principal, &self.filter).await.gql()
    }
}

fn filter_of(ctx: &Context<'_>, filter: LinkageNoticeFilter) -> async_graphql::Result<NoticeFilter> {
    let (_, principal) = caller(ctx)?;
    Ok(notice_filter(principal, filter)?)
}

/// The storage filter of `filter` for `principal` (its authority is the direction's end): for
/// the list and for its export, whose download has no request context.
pub(crate) fn notice_filter(
    principal: &oversight_app::Principal,
    filter: LinkageNoticeFilter,
) -> Result<NoticeFilter, ApiError> {
    // A caller seated at no authority sends and receives none: its scope is empty anyway.
    let own = principal.organisation.authority_id().unwrap_or(AuthorityId::new(0));
    Ok(NoticeFilter {
        direction: filter.direction.map(|d| match d {
            NoticeDirectionGql::Sent => NoticeDirection::Sent(own),
            NoticeDirectionGql::Received => NoticeDirection::Received(own),
        }),
        status: filter.state.map(Into::into),
        late: filter.late,
        enterprise_id: filter
            .enterprise_id
            .map(|id| parse_numeric_id(&id, NodeType::Enterprise, "filter.enterpriseId"))
            .transpose()?,
    })
}

#[derive(Default)]
pub struct LinkageQuery;

#[Object]
impl LinkageQuery {
    /// Linkage notices (联动通报 linkage notice) the caller's authority sent or received, and those
    /// of its lower tiers (the national authority: all), newest first. Others see none (FORBIDDEN).
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    #[allow(clippy::too_many_arguments)] // a GraphQL field's arguments are its parameters
    async fn linkage_notices(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to narrow the list to.", default)] filter: LinkageNoticeFilter,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, LinkageNotice, LinkageNoticeTotal>> {
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let filter = filter_of(ctx, filter)?;
        let (app, principal) = caller(ctx)?;
        let page = app.linkage_notices(principal, &filter, &request).await.gql()?;
        Ok(connection(page, LinkageNoticeTotal { filter }, |r| id_cursor(r.id), LinkageNotice))
    }

    /// Time to close per receiving authority inside the caller's notice scope: how many notices
    /// each closed and the median working days from sending to closing.
    async fn notice_close_times(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<NoticeCloseTime>> {
        let (app, principal) = caller(ctx)?;
        let rows = app.notice_close_times(principal).await.gql()?;
        Ok(rows
            .into_iter()
            .map(|row| NoticeCloseTime {
                authority_id: global_id(NodeType::Authority, row.authority_id),
                closed: row.closed,
                median_working_days: row.median_working_days,
            })
            .collect())
    }
}

#[derive(Default)]
pub struct LinkageMutation;

#[Object]
impl LinkageMutation {
    /// Sends a linkage notice (通报 linkage notice) to an authority of the next tier down whose
    /// jurisdiction holds the enterprise: the review department (LICENSING_REVIEW_FINDING) or a
    /// national officer (NATIONAL_SPOT_CHECK_FAILURE) to a province, a provincial officer
    /// (PROVINCIAL_SPOT_CHECK_FAILURE) to a city. WRONG_NOTICE_SENDER, WRONG_NOTICE_TIER,
    /// NOTICE_TARGET_NOT_COMPETENT, INVALID_NOTICE, FORBIDDEN.
    async fn send_linkage_notice(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The notice.")] input: SendLinkageNoticeInput,
    ) -> async_graphql::Result<LinkageNoticePayload> {
        let send = SendNotice {
            notice_type: input.notice_type.into(),
            target_authority_id: parse_numeric_id(
                &input.target_authority_id,
                NodeType::Authority,
                "input.targetAuthorityId",
            )?,
            enterprise_id: parse_numeric_id(
                &input.enterprise_id,
                NodeType::Enterprise,
                "input.enterpriseId",
            )?,
            license_id: input
                .license_id
                .map(|id| parse_numeric_id(&id, NodeType::License, "input.licenseId"))
                .transpose()?,
            testing_task_id: input
                .testing_task_id
                .map(|id| parse_numeric_id(&id, NodeType::TestingTask, "input.testingTaskId"))
                .transpose()?,
            text: input.text,
        };
        let (app, principal) = caller(ctx)?;
        let record = app.send_linkage_notice(principal, &send).await.gql_input("input")?;
        Ok(LinkageNoticePayload { notice: LinkageNotice(record) })
    }

    /// Acknowledges (签收 acknowledge) a notice sent to the caller's authority.
    /// ILLEGAL_NOTICE_TRANSITION, FORBIDDEN, NOT_FOUND.
    async fn acknowledge_linkage_notice(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The notice.")] notice_id: ID,
    ) -> async_graphql::Result<LinkageNoticePayload> {
        let id: NoticeId = parse_numeric_id(&notice_id, NodeType::LinkageNotice, "noticeId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.acknowledge_linkage_notice(principal, id).await.gql()?;
        Ok(LinkageNoticePayload { notice: LinkageNotice(record) })
    }

    /// Passes an acknowledged notice on to lower authorities of the caller's (one new notice
    /// each): those named, or else the one whose jurisdiction holds the enterprise. The notice
    /// closes when they all close. WRONG_NOTICE_TIER, NOTICE_TARGET_NOT_COMPETENT,
    /// ILLEGAL_NOTICE_TRANSITION, INVALID_NOTICE, FORBIDDEN, NOT_FOUND.
    async fn pass_on_linkage_notice(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The notice.")] notice_id: ID,
        #[graphql(
            desc = "The lower authorities to pass it on to (absent or empty: the one holding the enterprise)."
        )]
        to: Option<Vec<ID>>,
    ) -> async_graphql::Result<PassOnLinkageNoticePayload> {
        let id: NoticeId = parse_numeric_id(&notice_id, NodeType::LinkageNotice, "noticeId")?;
        let to = to
            .unwrap_or_default()
            .iter()
            .map(|id| parse_numeric_id::<AuthorityId>(id, NodeType::Authority, "to"))
            .collect::<Result<Vec<_>, _>>()?;
        let (app, principal) = caller(ctx)?;
        let (notice, children) = app.pass_on_linkage_notice(principal, id, &to).await.gql()?;
        Ok(PassOnLinkageNoticePayload {
            notice: LinkageNotice(notice),
            children: children.into_iter().map(LinkageNotice).collect(),
        })
    }

    /// Closes an acknowledged notice with the record that proves the action — of the notice's
    /// enterprise, in a state that proves it, not older than the notice; never free text alone.
    /// PROOF_OF_ANOTHER_ENTERPRISE, PROOF_NOT_PROVING, ILLEGAL_NOTICE_TRANSITION, FORBIDDEN,
    /// NOT_FOUND.
    async fn close_linkage_notice(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The notice and its proof.")] input: CloseLinkageNoticeInput,
    ) -> async_graphql::Result<LinkageNoticePayload> {
        let id: NoticeId = parse_numeric_id(&input.notice_id, NodeType::LinkageNotice, "input.noticeId")?;
        let proof = NoticeProof { kind: input.proof_kind.into(), id: input.proof_kind.key(&input.proof_id)? };
        let (app, principal) = caller(ctx)?;
        let record =
            app.close_linkage_notice(principal, id, proof, input.note.as_deref()).await.gql_input("input")?;
        Ok(LinkageNoticePayload { notice: LinkageNotice(record) })
    }
}
