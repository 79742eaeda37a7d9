//! Events for subscribers: a testing task assigned to an institution, a failing
//! verdict in an authority's jurisdiction, an annual-review notice to an enterprise. Published after the transaction that
//! caused them commits. On PostgreSQL they travel through NOTIFY so subscribers on
//! every replica receive them; on SQLite (one process) they go straight to the
//! in-process channel.

use chrono::NaiveDate;
use futures_util::StreamExt;
use oversight_domain::archive::ArchiveEventKind;
use oversight_domain::review::annual::ReviewNotice;
use oversight_domain::{
    AuthorityId, EnterpriseId, InstitutionId, NoticeId, PatrolId, ReviewId, SupervisionOrderId, TaskId,
};
use serde::{Deserialize, Serialize};
use tokio::sync::broadcast;

use oversight_domain::RegionCode;
use oversight_domain::access::{Denial, Organisation, rule};

use crate::{Action, App, AppError, Principal, Resource, allow};

/// How many events a slow subscriber may fall behind before it skips some.
const BUFFER: usize = 1024;

/// Something subscribers may want to hear about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Event {
    /// A testing task was opened and assigned to an institution.
    #[serde(rename_all = "camelCase")]
    TaskAssigned {
        task_id: TaskId,
        institution_id: InstitutionId,
        industry: String,
        enterprise_region: String,
    },
    /// A verdict found nonconformity (serious when an A-class item failed).
    #[serde(rename_all = "camelCase")]
    FailingVerdict {
        task_id: TaskId,
        enterprise_id: EnterpriseId,
        enterprise_region: String,
        industry: String,
        serious: bool,
    },
    /// Something the enterprise must know about its annual review: a reminder before the
    /// deadline, a return, an on-site inspection required, the conclusion.
    #[serde(rename_all = "camelCase")]
    AnnualReviewNotice {
        review_id: ReviewId,
        enterprise_id: EnterpriseId,
        notice: ReviewNotice,
        year: i32,
        submission_deadline: NaiveDate,
    },
    /// A patrol (巡查) or follow-up visit (回访) fact: recorded, a measure ordered or closed, a
    /// record filed or acknowledged — heard by the enterprise, and the filings by the province.
    #[serde(rename_all = "camelCase")]
    PatrolNotice {
        patrol_id: PatrolId,
        enterprise_id: EnterpriseId,
        enterprise_region: String,
        archive_kind: ArchiveEventKind,
        summary: String,
    },
    /// A linkage notice (通报) step: sent (heard by its target authority), acknowledged, passed
    /// on or closed (heard by the authority that sent it).
    #[serde(rename_all = "camelCase")]
    LinkageNotice {
        notice_id: NoticeId,
        enterprise_id: EnterpriseId,
        source_authority_id: AuthorityId,
        target_authority_id: AuthorityId,
        archive_kind: ArchiveEventKind,
        summary: String,
    },
    /// A supervision order (督查督办) step: the issuer's (issued, accepted, returned) heard by the
    /// target authority, the target's (acknowledged, progress, completed) by the issuer.
    #[serde(rename_all = "camelCase")]
    SupervisionOrder {
        order_id: SupervisionOrderId,
        issuer_authority_id: AuthorityId,
        target_authority_id: AuthorityId,
        /// The order's status after the step.
        status: String,
        by_issuer: bool,
        summary: String,
    },
}

/// Who hears `supervisionOrders`: an authority's officers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrderListener(pub AuthorityId);

impl OrderListener {
    /// Whether this authority hears a step of an order from `issuer` to `target`: the issuer's
    /// steps (issued, accepted, returned) if it is the target, the target's (acknowledged,
    /// progress, completed) if it is the issuer.
    pub fn hears(self, issuer: AuthorityId, target: AuthorityId, by_issuer: bool) -> bool {
        if by_issuer { target == self.0 } else { issuer == self.0 }
    }
}

/// Who hears `linkageNotices`: an authority's people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoticeListener(pub AuthorityId);

impl NoticeListener {
    /// Whether this authority hears a step of `kind` of a notice from `source` to `target`: a
    /// new notice if it is the target, every later step if it is the sender.
    pub fn hears(self, source: AuthorityId, target: AuthorityId, kind: ArchiveEventKind) -> bool {
        if kind == ArchiveEventKind::LinkageNoticeSent { target == self.0 } else { source == self.0 }
    }
}

/// Who hears `patrolNotices`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PatrolListener {
    /// An enterprise: its own patrols, measures and follow-ups.
    Enterprise(EnterpriseId),
    /// A province: the records filed with it (报省级质量技术监督部门备案) in its jurisdiction.
    Province(RegionCode),
}

impl PatrolListener {
    /// Whether this listener hears a notice of `kind` about an enterprise of `region`.
    pub fn hears(self, enterprise_id: EnterpriseId, region: &str, kind: ArchiveEventKind) -> bool {
        let filing = matches!(kind, ArchiveEventKind::PatrolRecordFiled);
        match self {
            PatrolListener::Enterprise(own) => own == enterprise_id && !filing,
            PatrolListener::Province(province) => {
                filing && RegionCode::parse(region).is_ok_and(|r| province.contains(&r))
            }
        }
    }
}

/// The in-process side of event delivery.
#[derive(Debug)]
pub struct EventBus {
    sender: broadcast::Sender<Event>,
}

impl Default for EventBus {
    fn default() -> Self {
        EventBus { sender: broadcast::channel(BUFFER).0 }
    }
}

impl App {
    /// Delivers an event to every subscriber on every server. Call it after the
    /// commit: a rolled-back change must not be announced.
    pub async fn publish(&self, event: Event) {
        self.publish_all(vec![event]).await;
    }

    /// Delivers events to every subscriber on every server, in order, with one statement on
    /// PostgreSQL however many there are (a bulk submission may announce a hundred failing
    /// verdicts). Call it after the commit, like `publish`.
    pub async fn publish_all(&self, events: Vec<Event>) {
        if events.is_empty() {
            return;
        }
        if self.store.listen_available() {
            let mut payloads = Vec::with_capacity(events.len());
            for event in &events {
                match serde_json::to_string(event) {
                    Ok(payload) => payloads.push(payload),
                    Err(err) => tracing::error!(error = %err, "cannot encode an event"),
                }
            }
            // Every server, this one included, hears them back through its listener.
            if let Err(err) = self.store.notify_all(&payloads).await {
                tracing::error!(error = %err, "cannot publish events");
            }
        } else {
            for event in events {
                // No subscriber is not an error.
                let _ = self.events.sender.send(event);
            }
        }
    }

    /// A receiver of every event from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<Event> {
        self.events.sender.subscribe()
    }

    /// The institution whose newly assigned tasks the caller hears of (`taskAssigned`): its own;
    /// refused to anyone else.
    pub fn assignments_heard_by(&self, principal: &Principal) -> Result<InstitutionId, AppError> {
        let action = Action::SubscribeTaskAssigned;
        allow(principal, action, &Resource::None, "task assignments")?;
        match principal.organisation {
            Organisation::Institution { id, .. } => Ok(id),
            // Only an institution is assigned tasks, whatever the rule's roles.
            _ => Err(Denial::Forbidden(rule(action).refused).into()),
        }
    }

    /// The jurisdiction whose failing verdicts the caller hears of (`failingVerdicts`): its
    /// authority's; refused to anyone else.
    pub fn failing_verdicts_heard_in(&self, principal: &Principal) -> Result<RegionCode, AppError> {
        let action = Action::SubscribeFailingVerdicts;
        allow(principal, action, &Resource::None, "failing verdicts")?;
        // Only an authority has a jurisdiction, whatever the rule's roles.
        principal.jurisdiction().ok_or_else(|| Denial::Forbidden(rule(action).refused).into())
    }

    /// The enterprise whose annual-review notices the caller hears of (`annualReviewNotices`):
    /// its own; refused to anyone else.
    pub fn review_notices_heard_by(&self, principal: &Principal) -> Result<EnterpriseId, AppError> {
        let action = Action::SubscribeAnnualReviewNotices;
        allow(principal, action, &Resource::None, "annual review notices")?;
        match principal.organisation {
            Organisation::Enterprise { id, .. } => Ok(id),
            _ => Err(Denial::Forbidden(rule(action).refused).into()),
        }
    }

    /// Who the caller is to `patrolNotices`: an enterprise's user hears its own enterprise, a
    /// provincial officer the filings of its province; refused to anyone else.
    pub fn patrol_notices_heard_by(&self, principal: &Principal) -> Result<PatrolListener, AppError> {
        let action = Action::SubscribePatrolNotices;
        allow(principal, action, &Resource::None, "patrol notices")?;
        match principal.organisation {
            Organisation::Enterprise { id, .. } => Ok(PatrolListener::Enterprise(id)),
            Organisation::Authority { region, .. } => Ok(PatrolListener::Province(region)),
            _ => Err(Denial::Forbidden(rule(action).refused).into()),
        }
    }

    /// The authority whose notices the caller hears (`linkageNotices`): its own; refused to
    /// anyone else.
    pub fn linkage_notices_heard_by(&self, principal: &Principal) -> Result<NoticeListener, AppError> {
        let action = Action::SubscribeLinkageNotices;
        allow(principal, action, &Resource::None, "linkage notices")?;
        principal
            .organisation
            .authority_id()
            .map(NoticeListener)
            .ok_or_else(|| Denial::Forbidden(rule(action).refused).into())
    }

    /// The authority whose orders the caller hears (`supervisionOrders`): its own; refused to
    /// anyone else.
    pub fn supervision_orders_heard_by(&self, principal: &Principal) -> Result<OrderListener, AppError> {
        let action = Action::SubscribeSupervisionOrders;
        allow(principal, action, &Resource::None, "supervision orders")?;
        principal
            .organisation
            .authority_id()
            .map(OrderListener)
            .ok_or_else(|| Denial::Forbidden(rule(action).refused).into())
    }

    /// On PostgreSQL, forwards the notifications of all servers to this server's
    /// subscribers. Runs until the process ends; call once per process.
    pub fn start_event_listener(&self) {
        let Some(mut notifications) = self.store.listen() else { return };
        let sender = self.events.sender.clone();
        tokio::spawn(async move {
            while let Some(payload) = notifications.next().await {
                match serde_json::from_str::<Event>(&payload) {
                    Ok(event) => {
                        let _ = sender.send(event);
                    }
                    Err(err) => tracing::warn!(error = %err, "ignoring an unreadable notification"),
                }
            }
        });
    }
}
