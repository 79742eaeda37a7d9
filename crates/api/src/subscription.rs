//! Subscriptions (graphql-transport-ws on `GET /graphql` with a WebSocket
//! upgrade): a testing institution hears of tasks newly assigned to it, an
//! authority of failing verdicts in its jurisdiction. The caller authenticates in
//! `connection_init` (`{"Authorization": "Bearer …"}`); every event is filtered by
//! the same rules as the queries.

use async_graphql::{Context, Enum, ID, SimpleObject, Subscription};
use futures_util::Stream;
use oversight_app::events::Event;
use oversight_domain::RegionCode;
use oversight_domain::review::annual::ReviewNotice;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::BroadcastStream;

use crate::error::{ResultExt, caller};
use crate::ids::{NodeType, global_id};

/// A testing task newly assigned to your institution.
#[derive(SimpleObject, Clone)]
pub struct TaskAssigned {
    /// The TestingTask's ID.
    pub task_id: ID,
    /// Industry code of the sample.
    pub industry: String,
}

/// A verdict that found nonconformity in your jurisdiction.
#[derive(SimpleObject, Clone)]
pub struct FailingVerdict {
    /// The TestingTask's ID.
    pub task_id: ID,
    /// The Enterprise's ID.
    pub enterprise_id: ID,
    /// Industry code of the sample.
    pub industry: String,
    /// An A-class item failed.
    pub serious: bool,
}

crate::enums::mirror! {
    /// What an annual-review notice says.
    AnnualReviewNoticeKind as "AnnualReviewNoticeKind" <=> ReviewNotice {
        /// A reminder (催报): the report is still awaited and the deadline is near.
        Reminder,
        /// The reviewer returned the report for correction.
        Returned,
        /// The reviewer requires an on-site inspection (实地检查).
        OnSiteRequired,
        /// The review passed: the annual stamp (年度检查合格) is on the license copy.
        Passed,
        /// The review failed: a rectification is ordered by a deadline.
        Failed,
    }
}

/// Something your enterprise must know about its annual review (年度审查 annual review).
#[derive(SimpleObject, Clone)]
pub struct AnnualReviewNotice {
    /// What happened.
    pub kind: AnnualReviewNoticeKind,
    /// The AnnualReview's ID.
    pub review_id: ID,
    /// The year under review.
    pub year: i32,
    /// The last day the self-inspection report is on time.
    pub submission_deadline: chrono::NaiveDate,
}

/// A patrol (巡查 patrol) or follow-up visit (回访 follow-up visit) fact: to the enterprise, its
/// own patrols, measures and follow-ups; to a provincial officer, the records filed (备案 filing)
/// with the province in its jurisdiction.
#[derive(SimpleObject, Clone)]
pub struct PatrolNotice {
    /// What happened, as the archive names it.
    pub kind: crate::enums::ArchiveEventKindGql,
    /// The PatrolInspection's ID (the patrol, or the follow-up visit).
    pub patrol_id: ID,
    /// The Enterprise's ID.
    pub enterprise_id: ID,
    /// The bilingual one-line summary, as in the archive.
    pub summary: String,
}

/// A linkage notice (通报 linkage notice) step: to its target authority, a new notice; to the
/// authority that sent it, its acknowledgement, passing on and closing.
#[derive(SimpleObject, Clone)]
pub struct LinkageNoticeEvent {
    /// What happened, as the archive names it.
    pub kind: crate::enums::ArchiveEventKindGql,
    /// The LinkageNotice's ID.
    pub notice_id: ID,
    /// The Enterprise's ID.
    pub enterprise_id: ID,
    /// The bilingual one-line summary, as in the archive.
    pub summary: String,
}

/// A supervision order (督查督办 supervision order) step: to the authority ordered, the issuer's
/// steps (issued, accepted, returned); to the issuer, the target's (acknowledged, progress,
/// completed).
#[derive(SimpleObject, Clone)]
pub struct SupervisionOrderEvent {
    /// The SupervisionOrder's ID.
    pub order_id: ID,
    /// The order's status after the step.
    pub status: crate::responsibility::order::OrderStatusGql,
    /// The bilingual one-line summary.
    pub summary: String,
}

#[derive(Default)]
pub struct SubscriptionRoot;

/// The subscription root: events pushed over a WebSocket (graphql-transport-ws).
#[Subscription]
impl SubscriptionRoot {
    /// Testing tasks newly assigned to your institution (testing institutions only).
    async fn task_assigned(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<impl Stream<Item = TaskAssigned>> {
        let (app, principal) = caller(ctx)?;
        let own = app.assignments_heard_by(principal).gql()?;
        Ok(BroadcastStream::new(app.subscribe()).filter_map(move |event| match event {
            Ok(Event::TaskAssigned { task_id, institution_id, industry, .. }) if institution_id == own => {
                Some(TaskAssigned { task_id: global_id(NodeType::TestingTask, task_id), industry })
            }
            _ => None,
        }))
    }

    /// Failing verdicts of enterprises in your jurisdiction (officers and auditors).
    async fn failing_verdicts(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<impl Stream<Item = FailingVerdict>> {
        let (app, principal) = caller(ctx)?;
        let jurisdiction = app.failing_verdicts_heard_in(principal).gql()?;
        Ok(BroadcastStream::new(app.subscribe()).filter_map(move |event| match event {
            Ok(Event::FailingVerdict { task_id, enterprise_id, enterprise_region, industry, serious })
                if RegionCode::parse(&enterprise_region)
                    .is_ok_and(|region| jurisdiction.contains(&region)) =>
            {
                Some(FailingVerdict {
                    task_id: global_id(NodeType::TestingTask, task_id),
                    enterprise_id: global_id(NodeType::Enterprise, enterprise_id),
                    industry,
                    serious,
                })
            }
            _ => None,
        }))
    }

    /// Patrol notices (巡查、回访): an enterprise user hears its own patrols, measures and
    /// follow-ups; a provincial officer hears the records filed with the province (备案).
    async fn patrol_notices(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<impl Stream<Item = PatrolNotice>> {
        let (app, principal) = caller(ctx)?;
        let listener = app.patrol_notices_heard_by(principal).gql()?;
        Ok(BroadcastStream::new(app.subscribe()).filter_map(move |event| match event {
            Ok(Event::PatrolNotice {
                patrol_id,
                enterprise_id,
                enterprise_region,
                archive_kind,
                summary,
            }) if listener.hears(enterprise_id, &enterprise_region, archive_kind) => Some(PatrolNotice {
                kind: archive_kind.into(),
                patrol_id: global_id(NodeType::PatrolInspection, patrol_id),
                enterprise_id: global_id(NodeType::Enterprise, enterprise_id),
                summary,
            }),
            _ => None,
        }))
    }

    /// Linkage notices (联动通报 linkage notice): your authority hears the notices sent to it,
    /// and each step (acknowledged, passed on, closed) of those it sent (officers and the review
    /// department).
    async fn linkage_notices(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<impl Stream<Item = LinkageNoticeEvent>> {
        let (app, principal) = caller(ctx)?;
        let listener = app.linkage_notices_heard_by(principal).gql()?;
        Ok(BroadcastStream::new(app.subscribe()).filter_map(move |event| match event {
            Ok(Event::LinkageNotice {
                notice_id,
                enterprise_id,
                source_authority_id,
                target_authority_id,
                archive_kind,
                summary,
            }) if listener.hears(source_authority_id, target_authority_id, archive_kind) => {
                Some(LinkageNoticeEvent {
                    kind: archive_kind.into(),
                    notice_id: global_id(NodeType::LinkageNotice, notice_id),
                    enterprise_id: global_id(NodeType::Enterprise, enterprise_id),
                    summary,
                })
            }
            _ => None,
        }))
    }

    /// Supervision orders (督查督办 supervision order): your authority hears the orders issued to it
    /// and the issuer's later steps (accepted, returned), and each step (acknowledged, progress,
    /// completed) of those it issued (officers).
    async fn supervision_orders(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<impl Stream<Item = SupervisionOrderEvent>> {
        let (app, principal) = caller(ctx)?;
        let listener = app.supervision_orders_heard_by(principal).gql()?;
        Ok(BroadcastStream::new(app.subscribe()).filter_map(move |event| match event {
            Ok(Event::SupervisionOrder {
                order_id,
                issuer_authority_id,
                target_authority_id,
                status,
                by_issuer,
                summary,
            }) if listener.hears(issuer_authority_id, target_authority_id, by_issuer) => {
                let status = oversight_domain::responsibility::order::OrderStatus::parse(&status)?;
                Some(SupervisionOrderEvent {
                    order_id: global_id(NodeType::SupervisionOrder, order_id),
                    status: status.into(),
                    summary,
                })
            }
            _ => None,
        }))
    }

    /// Notices about your enterprise's annual reviews: reminders before the deadline, a report
    /// returned, an on-site inspection required, the review passed or failed (enterprise users).
    async fn annual_review_notices(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<impl Stream<Item = AnnualReviewNotice>> {
        let (app, principal) = caller(ctx)?;
        let own = app.review_notices_heard_by(principal).gql()?;
        Ok(BroadcastStream::new(app.subscribe()).filter_map(move |event| match event {
            Ok(Event::AnnualReviewNotice { review_id, enterprise_id, notice, year, submission_deadline })
                if enterprise_id == own =>
            {
                Some(AnnualReviewNotice {
                    kind: notice.into(),
                    review_id: global_id(NodeType::AnnualReview, review_id),
                    year,
                    submission_deadline,
                })
            }
            _ => None,
        }))
    }

    /// A new item in your inbox (待办, docs/adr/0040): an announced record — a task assigned, a
    /// linkage notice sent or acknowledged, a supervision order issued or returned, a
    /// self-inspection report returned — that is now in your inbox, read by the same rules as
    /// `inbox`.
    async fn inbox_item_added(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<impl Stream<Item = crate::inbox::InboxItemAdded>> {
        let (app, principal) = caller(ctx)?;
        crate::inbox::item_added(app, principal)
    }
}
