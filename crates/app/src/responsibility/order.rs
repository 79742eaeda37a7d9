//! The supervision order's commands (督查督办, §四): issue to an authority below, acknowledge,
//! report progress, complete with proof, accept or return — and escalate a late linkage notice
//! into an order. Each one unit of work: parse, begin, load with the policy, transition, save,
//! archive (an order about an enterprise) and announce, commit.

use oversight_domain::archive::ArchiveFact;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::linkage::notice::{Depth, Notice, NoticeStatus, Seat, check_below};
use oversight_domain::registry::change_request::parse_reason;
use oversight_domain::responsibility::OrderFact;
use oversight_domain::responsibility::order::{
    Completion, Order, OrderEvent, Subject, parse_order_text, parse_working_days,
};
use oversight_domain::text::parse_text;
use oversight_domain::{AttachmentId, AuthorityId, EnterpriseId, NoticeId, RegionCode, SupervisionOrderId};
use oversight_storage::linkage::notice;
use oversight_storage::registry::enterprise;
use oversight_storage::responsibility::TierScope;
use oversight_storage::responsibility::order::{self as store, NewOrder, OrderRecord, ProgressReport};

use super::{announce_order, command_scope, order_tier_refusal, own_authority};
use crate::linkage::seats;
use crate::work::Work;
use crate::{Action, App, AppError, Code, Principal, Resource, allow};

/// What an order is about, as the issuer names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderSubjectInput {
    Enterprise(EnterpriseId),
    LinkageNotice(NoticeId),
    Other,
}

/// An order as its issuer asks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssueOrder {
    pub target_authority_id: AuthorityId,
    pub subject: OrderSubjectInput,
    /// The free-text target (required for OTHER), or a note on the subject.
    pub subject_text: Option<String>,
    pub text: String,
    pub working_days: u32,
}

/// The subject checked against the issuer's reach and the target: its record, and the enterprise
/// (and its region) the order concerns.
struct CheckedSubject {
    subject: Subject,
    /// The enterprise whose archive records the order: the subject's, or the notice's.
    enterprise_id: Option<EnterpriseId>,
    /// An enterprise subject's region, which the target must hold.
    enterprise_region: Option<RegionCode>,
    /// For a notice: the region of the authority it was sent to, which the target must hold.
    notice_target: Option<RegionCode>,
}

impl App {
    /// Issues a supervision order to an authority strictly below the caller's: its head or leader
    /// in charge; the deadline is `working_days` working days from today.
    pub async fn issue_supervision_order(
        &self,
        principal: &Principal,
        input: &IssueOrder,
    ) -> Result<OrderRecord, AppError> {
        let text = parse_order_text("text", &input.text)?;
        let working_days = parse_working_days("workingDays", input.working_days)?;
        let subject_text = parse_subject_text(input)?;
        let mut work = self.begin(principal, Operation::IssueSupervisionOrder).await?;
        let (issuer, target) = order_seats(&work, principal, input.target_authority_id).await?;
        allow(principal, Action::IssueSupervisionOrder, &target_resource(&target), "authority")?;
        let checked = check_subject(&work, principal, input.subject).await?;
        check_below(&issuer, &target, Depth::Anywhere, checked.enterprise_region.as_ref())
            .map_err(order_tier_refusal)?;
        if checked.notice_target.is_some_and(|r| !target.region.contains(&r)) {
            return Err(AppError::refused(
                Code::OrderSubjectOutOfTarget,
                "subjectId",
                "the linkage notice was received neither by the authority ordered nor below it",
            ));
        }
        let issued =
            Issued { issuer: &issuer, target: &target, checked, subject_text: subject_text.as_deref() };
        let record = store_issued(&mut work, issued, &text, working_days).await?;
        work.commit(None, Some(record.order.state())).await?;
        Ok(record)
    }

    /// Turns a linkage notice late on its act deadline (not passed on or closed in time) into a
    /// supervision order from its sender to its target, once per notice: the sender's head or
    /// leader in charge (docs/adr/0026 decision 5, docs/adr/0035 decision 13).
    pub async fn escalate_linkage_notice(
        &self,
        principal: &Principal,
        notice_id: NoticeId,
        text: &str,
        working_days: u32,
    ) -> Result<OrderRecord, AppError> {
        let text = parse_order_text("text", text)?;
        let working_days = parse_working_days("workingDays", working_days)?;
        let mut work = self.begin(principal, Operation::EscalateLinkageNotice).await?;
        let scope = crate::linkage::notice_scope(principal).unwrap_or(TierScope::Nothing);
        let found = notice::by_ids(work.tx(), &scope, &[notice_id]).await?.pop();
        let record = found.ok_or(AppError::NotFound { what: "linkage notice" })?;
        let notice = &record.notice;
        let sender = Resource::Authority { id: notice.source_authority_id, region: notice.source_region };
        allow(principal, Action::EscalateLinkageNotice, &sender, "linkage notice")?;
        check_escalation(&work, notice).await?;
        let [issuer, target] = <[Seat; 2]>::try_from(
            seats(&work, &[notice.source_authority_id, notice.target_authority_id]).await?,
        )
        .map_err(|_| AppError::NotFound { what: "authority" })?;
        check_below(&issuer, &target, Depth::Anywhere, None).map_err(order_tier_refusal)?;
        let checked = CheckedSubject {
            subject: Subject::LinkageNotice(notice_id),
            enterprise_id: Some(notice.enterprise_id),
            enterprise_region: None,
            notice_target: Some(notice.target_region),
        };
        let issued = Issued { issuer: &issuer, target: &target, checked, subject_text: None };
        let order = store_issued(&mut work, issued, &text, working_days).await?;
        work.touch([ObjectRef::of(notice_id)]);
        work.commit(None, Some(order.order.state())).await?;
        Ok(order)
    }

    /// Acknowledges an order issued to the caller's authority.
    pub async fn acknowledge_supervision_order(
        &self,
        principal: &Principal,
        id: SupervisionOrderId,
    ) -> Result<OrderRecord, AppError> {
        let mut work = self.begin(principal, Operation::AcknowledgeSupervisionOrder).await?;
        let current = order_for(&work, principal, id, Action::AcknowledgeSupervisionOrder).await?;
        let next = current.order.moved(OrderEvent::Acknowledge, work.today)?;
        let saved = save(&mut work, &current, next).await?;
        announce_order(
            &mut work,
            &saved,
            false,
            format!("督办签收 Supervision order {} acknowledged", saved.id),
        );
        work.commit(Some(current.order.state()), Some(saved.order.state())).await?;
        Ok(saved)
    }

    /// Reports progress (进展) on an acknowledged order: a dated text added to its list.
    pub async fn report_supervision_order_progress(
        &self,
        principal: &Principal,
        id: SupervisionOrderId,
        text: &str,
    ) -> Result<(OrderRecord, ProgressReport), AppError> {
        let text = parse_order_text("text", text)?;
        let mut work = self.begin(principal, Operation::ReportSupervisionOrderProgress).await?;
        let current = order_for(&work, principal, id, Action::ReportSupervisionOrderProgress).await?;
        // The state decides whether progress may be reported; the order itself does not move.
        current.order.moved(OrderEvent::ReportProgress, work.today)?;
        let report =
            store::insert_progress(work.tx(), id, work.today, &text, &principal.subject, work.now).await?;
        work.touch([ObjectRef::of(id)]);
        let summary = format!("督办进展 Progress reported on supervision order {id}");
        announce_order(&mut work, &current, false, summary);
        let after =
            serde_json::json!({ "orderId": id, "reportedOn": report.reported_on, "text": report.text });
        work.commit(None, Some(after)).await?;
        Ok((current, report))
    }

    /// Completes an acknowledged order with proof: what was done and, for an order about an
    /// enterprise, documents of its file (sealed as evidence).
    pub async fn complete_supervision_order(
        &self,
        principal: &Principal,
        id: SupervisionOrderId,
        text: &str,
        attachment_ids: &[AttachmentId],
    ) -> Result<OrderRecord, AppError> {
        let text = parse_order_text("text", text)?;
        let mut work = self.begin(principal, Operation::CompleteSupervisionOrder).await?;
        let current = order_for(&work, principal, id, Action::CompleteSupervisionOrder).await?;
        let completion = Completion { text, attachment_ids: attachment_ids.to_vec() };
        let next = current.order.completed(completion, work.today)?;
        seal_proof(&mut work, &current.order, attachment_ids).await?;
        let saved = save(&mut work, &current, next).await?;
        record_step(&mut work, &saved, false, OrderFact::Completed(&saved.order));
        work.commit(Some(current.order.state()), Some(saved.order.state())).await?;
        Ok(saved)
    }

    /// Accepts a completed order: the issuing authority's head or leader in charge.
    pub async fn accept_supervision_order(
        &self,
        principal: &Principal,
        id: SupervisionOrderId,
    ) -> Result<OrderRecord, AppError> {
        let mut work = self.begin(principal, Operation::AcceptSupervisionOrder).await?;
        let current = order_for(&work, principal, id, Action::AcceptSupervisionOrder).await?;
        let next = current.order.moved(OrderEvent::Accept, work.today)?;
        let saved = save(&mut work, &current, next).await?;
        record_step(&mut work, &saved, true, OrderFact::Accepted(&saved.order));
        work.commit(Some(current.order.state()), Some(saved.order.state())).await?;
        Ok(saved)
    }

    /// Returns a completed order to its target with a reason: back to ACKNOWLEDGED, the deadline
    /// kept, or moved to `extra_working_days` working days from today (never earlier).
    pub async fn return_supervision_order(
        &self,
        principal: &Principal,
        id: SupervisionOrderId,
        reason: &str,
        extra_working_days: Option<u32>,
    ) -> Result<OrderRecord, AppError> {
        let reason = parse_reason(reason)?;
        let extra =
            extra_working_days.map(|days| parse_working_days("extraWorkingDays", days)).transpose()?;
        let mut work = self.begin(principal, Operation::ReturnSupervisionOrder).await?;
        let current = order_for(&work, principal, id, Action::ReturnSupervisionOrder).await?;
        let calendar = work.working_calendar().await?;
        let next = current.order.returned(reason, extra, &calendar, work.today)?;
        let saved = save(&mut work, &current, next).await?;
        announce_order(&mut work, &saved, true, format!("督办退回 Supervision order {} returned", saved.id));
        work.commit(Some(current.order.state()), Some(saved.order.state())).await?;
        Ok(saved)
    }
}

/// A notice is escalated when late on its act deadline (sent or acknowledged, neither passed on
/// nor closed, past `act_by`), and once.
async fn check_escalation(work: &Work<'_>, notice: &Notice) -> Result<(), AppError> {
    let unacted = matches!(notice.status, NoticeStatus::Sent | NoticeStatus::Acknowledged);
    if !(unacted && work.today > notice.clocks.act_by) {
        return Err(AppError::refused(
            Code::NoticeNotLate,
            "noticeId",
            format!(
                "the notice is {} and its act deadline is {}: it is not late",
                notice.status, notice.clocks.act_by
            ),
        ));
    }
    if store::count_about_notice(work.tx(), notice.id).await? > 0 {
        return Err(AppError::refused(
            Code::NoticeAlreadyEscalated,
            "noticeId",
            "the notice is the subject of a supervision order already",
        ));
    }
    Ok(())
}

/// An order about to be stored: its two authorities, checked, and its subject.
struct Issued<'a> {
    issuer: &'a Seat,
    target: &'a Seat,
    checked: CheckedSubject,
    subject_text: Option<&'a str>,
}

/// Stores an order ISSUED today with its deadline on the calendar, archives and announces it.
async fn store_issued(
    work: &mut Work<'_>,
    issued: Issued<'_>,
    text: &str,
    working_days: u32,
) -> Result<OrderRecord, AppError> {
    let calendar = work.working_calendar().await?;
    let new = NewOrder {
        issuer: (issued.issuer.id, issued.issuer.region),
        target: (issued.target.id, issued.target.region),
        subject: issued.checked.subject,
        enterprise_id: issued.checked.enterprise_id,
        subject_text: issued.subject_text,
        text,
        issued_on: work.today,
        working_days,
        deadline: calendar.add_working_days(work.today, working_days),
        issued_by: &work.principal().subject,
    };
    let record = store::insert(work.tx(), &new, work.now).await?;
    record_step(work, &record, true, OrderFact::Issued(&record.order));
    work.touch([ObjectRef::of(issued.target.id)]);
    Ok(record)
}

/// The subject text: required (a target named in free text) for OTHER, a note otherwise.
fn parse_subject_text(input: &IssueOrder) -> Result<Option<String>, AppError> {
    match (&input.subject, &input.subject_text) {
        (OrderSubjectInput::Other, None) => Err(AppError::invalid(
            Code::InvalidOrderSubject,
            "subjectText",
            "an order about something other than an enterprise or a notice names it in subjectText",
        )),
        (_, Some(text)) => Ok(Some(parse_text("subjectText", text, 1, 200, false)?)),
        (_, None) => Ok(None),
    }
}

/// The caller's authority and the target, as the tier rules see them.
async fn order_seats(
    work: &Work<'_>,
    principal: &Principal,
    target: AuthorityId,
) -> Result<(Seat, Seat), AppError> {
    let own = own_authority(principal, Action::IssueSupervisionOrder)?;
    let [issuer, target] = <[Seat; 2]>::try_from(seats(work, &[own, target]).await?)
        .map_err(|_| AppError::NotFound { what: "authority" })?;
    Ok((issuer, target))
}

fn target_resource(seat: &Seat) -> Resource {
    Resource::Authority { id: seat.id, region: seat.region }
}

/// The subject's record, read in the issuer's reach: an enterprise of its registry scope, a
/// notice of its notice scope (another is not found).
async fn check_subject(
    work: &Work<'_>,
    principal: &Principal,
    subject: OrderSubjectInput,
) -> Result<CheckedSubject, AppError> {
    match subject {
        OrderSubjectInput::Enterprise(id) => {
            let owner =
                enterprise::by_id(work.tx(), id).await?.ok_or(AppError::NotFound { what: "enterprise" })?;
            let resource = Resource::Enterprise { id: owner.id, region: owner.base.region };
            allow(principal, Action::ReadRegistry, &resource, "enterprise")?;
            Ok(CheckedSubject {
                subject: Subject::Enterprise(owner.id),
                enterprise_id: Some(owner.id),
                enterprise_region: Some(owner.base.region),
                notice_target: None,
            })
        }
        OrderSubjectInput::LinkageNotice(id) => {
            let scope = crate::linkage::notice_scope(principal)?;
            let found = notice::by_ids(work.tx(), &scope, &[id]).await?.pop();
            let record = found.ok_or(AppError::NotFound { what: "linkage notice" })?;
            // The notice's target holds its enterprise already (a notice goes where it is held):
            // the target holding the notice's target is enough.
            Ok(CheckedSubject {
                subject: Subject::LinkageNotice(id),
                enterprise_id: Some(record.notice.enterprise_id),
                enterprise_region: None,
                notice_target: Some(record.notice.target_region),
            })
        }
        OrderSubjectInput::Other => Ok(CheckedSubject {
            subject: Subject::Other,
            enterprise_id: None,
            enterprise_region: None,
            notice_target: None,
        }),
    }
}

/// The order, once the caller may take `action` on it: outside its order scope it is not found;
/// inside, acting is the target's (acknowledge, progress, complete) or the issuer's (accept,
/// return) own authority's (`Target::OwnAuthority`).
async fn order_for(
    work: &Work<'_>,
    principal: &Principal,
    id: SupervisionOrderId,
    action: Action,
) -> Result<OrderRecord, AppError> {
    let scope = command_scope(principal, Action::ReadSupervisionOrders, "supervision orders");
    let found = store::by_ids(work.tx(), &scope, &[id]).await?.pop();
    let current = found.ok_or(AppError::NotFound { what: "supervision order" })?;
    let order = &current.order;
    let side = match action {
        Action::AcceptSupervisionOrder | Action::ReturnSupervisionOrder => {
            Resource::Authority { id: order.issuer_authority_id, region: order.issuer_region }
        }
        _ => Resource::Authority { id: order.target_authority_id, region: order.target_region },
    };
    allow(principal, action, &side, "supervision order")?;
    Ok(current)
}

/// The proof's documents: of the order's enterprise's file, sealed; none for an order about no
/// enterprise (a document belongs to an enterprise's file).
async fn seal_proof(work: &mut Work<'_>, order: &Order, ids: &[AttachmentId]) -> Result<(), AppError> {
    if ids.is_empty() {
        return Ok(());
    }
    let Some(enterprise_id) = order.enterprise_id else {
        return Err(AppError::refused(
            Code::AttachmentNotFound,
            "attachmentIds",
            "an order about no enterprise takes no documents: attachments belong to an enterprise's file",
        ));
    };
    crate::attachment::check_and_seal(work, enterprise_id, ids).await?;
    Ok(())
}

/// Saves an order's step by compare-and-set and names it in the audit record.
async fn save(work: &mut Work<'_>, current: &OrderRecord, next: Order) -> Result<OrderRecord, AppError> {
    if !store::save(work.tx(), &current.order, &next, work.now).await? {
        return Err(AppError::concurrent("the supervision order changed meanwhile"));
    }
    work.touch([ObjectRef::of(current.id)]);
    Ok(OrderRecord { order: next, updated_at: work.now, ..current.clone() })
}

/// Archives a step of an order about an enterprise, names the objects, and announces it.
fn record_step(work: &mut Work<'_>, record: &OrderRecord, by_issuer: bool, fact: OrderFact<'_>) {
    let event = fact.event();
    if let Some(enterprise_id) = record.order.enterprise_id {
        work.archive(enterprise_id, None, ArchiveFact::SupervisionOrder(fact));
        work.touch([ObjectRef::of(enterprise_id)]);
    }
    work.touch([ObjectRef::of(record.id)]);
    announce_order(work, record, by_issuer, event.summary);
}
