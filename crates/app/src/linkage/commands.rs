//! The notice's commands: send to the next tier down, acknowledge (签收), pass on to the lower
//! authorities (one child each), close with the proving record — and, when the last child
//! closes, its parent, up the chain.

use oversight_domain::access::TaskScope;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::linkage::LinkageFact;
use oversight_domain::linkage::notice::{
    Clocks, Notice, NoticeEvent, NoticeType, ProofFacts, ProofKind, Seat, check_next_tier, check_proof,
    check_sending, parse_notice_text,
};
use oversight_domain::patrol::PatrolKind;
use oversight_domain::patrol::measure::{MeasureKind, MeasureStatus};
use oversight_domain::registry::change_request::parse_reason;
use oversight_domain::registry::license::LicenseStatus;
use oversight_domain::registry::region::{RegionCode, RegionLevel};
use oversight_domain::testing::rectification::RectificationStatus;
use oversight_domain::{
    AuthorityId, AuthorityLevel, EnterpriseId, LicenseId, MeasureId, NoticeId, PatrolId, RectificationId,
    TaskId,
};
use oversight_storage::Scope;
use oversight_storage::linkage::notice::{self, NewNotice, NoticeRecord};
use oversight_storage::patrol::{inspection, measure};
use oversight_storage::registry::enterprise::EnterpriseRecord;
use oversight_storage::registry::{authority, enterprise, license};
use oversight_storage::testing::{rectification, supervision};

use super::{archive_and_announce, notice_for, seats};
use crate::work::Work;
use crate::{Action, App, AppError, Code, Principal, Resource, allow};

/// A notice as its sender asks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendNotice {
    pub notice_type: NoticeType,
    pub target_authority_id: AuthorityId,
    pub enterprise_id: EnterpriseId,
    pub license_id: Option<LicenseId>,
    /// The testing task whose failing verdict triggered it.
    pub testing_task_id: Option<TaskId>,
    pub text: String,
}

/// The record that proves a notice acted on: its kind and the id of a record of that kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoticeProof {
    pub kind: ProofKind,
    pub id: i64,
}

impl App {
    /// Sends a notice to an authority of the next tier down whose jurisdiction holds the enterprise.
    pub async fn send_linkage_notice(
        &self,
        principal: &Principal,
        input: &SendNotice,
    ) -> Result<NoticeRecord, AppError> {
        let text = parse_notice_text(&input.text)?;
        let mut work = self.begin(principal, Operation::SendLinkageNotice).await?;
        let owner = enterprise::by_id(work.tx(), input.enterprise_id)
            .await?
            .ok_or(AppError::NotFound { what: "enterprise" })?;
        let resource = Resource::Enterprise { id: owner.id, region: owner.base.region };
        allow(principal, Action::SendLinkageNotice, &resource, "enterprise")?;
        let source_id =
            principal.organisation.authority_id().ok_or(AppError::NotFound { what: "authority" })?;
        let [source, target] =
            <[Seat; 2]>::try_from(seats(&work, &[source_id, input.target_authority_id]).await?)
                .map_err(|_| AppError::NotFound { what: "authority" })?;
        check_sending(input.notice_type, principal.role, &source, &target, &owner.base.region)?;
        check_subject(&work, &owner, input.license_id, input.testing_task_id).await?;
        // The clocks of the province that must act (docs/adr/0032).
        let deadlines = work.settings_for(&target.region).await?.deadlines;
        let clocks = Clocks::from_sending(&work.working_calendar().await?, &deadlines, work.today);
        let new = NewNotice {
            notice_type: input.notice_type,
            parent_id: None,
            source: (source.id, source.region),
            target: (target.id, target.region),
            enterprise_id: owner.id,
            license_id: input.license_id,
            testing_task_id: input.testing_task_id,
            text: &text,
            sent_on: work.today,
            clocks,
            sent_by: &principal.subject,
        };
        let record = notice::insert(work.tx(), &new, work.now).await?;
        archive_and_announce(&mut work, &record.notice, LinkageFact::Sent(&record.notice));
        work.touch([ObjectRef::of(record.id), ObjectRef::of(owner.id), ObjectRef::of(target.id)]);
        work.commit(None, Some(record.notice.state())).await?;
        Ok(record)
    }

    /// Acknowledges (签收) a notice sent to the caller's authority.
    pub async fn acknowledge_linkage_notice(
        &self,
        principal: &Principal,
        id: NoticeId,
    ) -> Result<NoticeRecord, AppError> {
        let mut work = self.begin(principal, Operation::AcknowledgeLinkageNotice).await?;
        let current = notice_for(&work, principal, id, Action::AcknowledgeLinkageNotice).await?;
        let next = current.notice.moved(NoticeEvent::Acknowledge, work.today)?;
        let saved = save(&mut work, &current, next).await?;
        archive_and_announce(&mut work, &saved.notice, LinkageFact::Acknowledged(&saved.notice));
        work.commit(Some(current.notice.state()), Some(saved.notice.state())).await?;
        Ok(saved)
    }

    /// Passes a notice on to lower authorities of the caller's: those named, or else the one
    /// whose jurisdiction holds the enterprise; one child notice each, with clocks of its own.
    pub async fn pass_on_linkage_notice(
        &self,
        principal: &Principal,
        id: NoticeId,
        to: &[AuthorityId],
    ) -> Result<(NoticeRecord, Vec<NoticeRecord>), AppError> {
        let mut work = self.begin(principal, Operation::PassOnLinkageNotice).await?;
        let current = notice_for(&work, principal, id, Action::PassOnLinkageNotice).await?;
        let next = current.notice.moved(NoticeEvent::PassOn, work.today)?;
        let owner = enterprise::by_id(work.tx(), current.notice.enterprise_id)
            .await?
            .ok_or(AppError::NotFound { what: "enterprise" })?;
        let targets = pass_on_targets(&work, &current.notice, &owner, to).await?;
        let calendar = work.working_calendar().await?;
        let book = work.rule_book().await?;
        let mut children = Vec::with_capacity(targets.len());
        for target in &targets {
            // Each child on the clocks of the province that must act (docs/adr/0032).
            let clocks =
                Clocks::from_sending(&calendar, &book.for_region(&target.region).deadlines, work.today);
            let new = NewNotice {
                notice_type: NoticeType::PassOn,
                parent_id: Some(current.id),
                source: (current.notice.target_authority_id, current.notice.target_region),
                target: (target.id, target.region),
                enterprise_id: owner.id,
                license_id: current.notice.license_id,
                testing_task_id: current.notice.testing_task_id,
                text: &current.notice.text,
                sent_on: work.today,
                clocks,
                sent_by: &principal.subject,
            };
            children.push(notice::insert(work.tx(), &new, work.now).await?);
        }
        let saved = save(&mut work, &current, next).await?;
        let made: Vec<Notice> = children.iter().map(|c| c.notice.clone()).collect();
        archive_and_announce(&mut work, &saved.notice, LinkageFact::PassedOn(&saved.notice, &made));
        for child in &children {
            archive_and_announce(&mut work, &child.notice, LinkageFact::Sent(&child.notice));
            work.touch([ObjectRef::of(child.id), ObjectRef::of(child.notice.target_authority_id)]);
        }
        let after = serde_json::json!({ "notice": saved.notice.state(), "children": made.iter().map(Notice::state).collect::<Vec<_>>() });
        work.commit(Some(current.notice.state()), Some(after)).await?;
        Ok((saved, children))
    }

    /// Closes a notice with the record that proves the action (of its enterprise, in a state
    /// that proves it, not older than the notice); then each parent whose last child it was.
    pub async fn close_linkage_notice(
        &self,
        principal: &Principal,
        id: NoticeId,
        proof: NoticeProof,
        note: Option<&str>,
    ) -> Result<NoticeRecord, AppError> {
        let note = note.map(parse_reason).transpose()?;
        let mut work = self.begin(principal, Operation::CloseLinkageNotice).await?;
        let current = notice_for(&work, principal, id, Action::CloseLinkageNotice).await?;
        // The state first: a notice not acknowledged, or passed on, is refused whatever the proof.
        let next =
            current.notice.closed_with((proof.kind, proof.id), note.unwrap_or_default(), work.today)?;
        let facts = proof_facts(&work, principal, proof).await?;
        check_proof(current.notice.enterprise_id, current.notice.sent_on, &facts)?;
        let saved = save(&mut work, &current, next).await?;
        archive_and_announce(&mut work, &saved.notice, LinkageFact::Closed(&saved.notice));
        close_parents(&mut work, saved.notice.parent_id).await?;
        work.commit(Some(current.notice.state()), Some(saved.notice.state())).await?;
        Ok(saved)
    }
}

/// The license and the triggering task named must be the enterprise's own.
async fn check_subject(
    work: &Work<'_>,
    owner: &EnterpriseRecord,
    license_id: Option<LicenseId>,
    task_id: Option<TaskId>,
) -> Result<(), AppError> {
    let invalid = |field: &'static str, what: &str| {
        AppError::invalid(
            Code::InvalidNotice,
            field,
            format!("the {what} is not one of enterprise {}'s", owner.id),
        )
    };
    if let Some(id) = license_id {
        let found = license::by_ids(work.tx(), &Scope::Everything, &[id]).await?.pop();
        if found.is_none_or(|l| l.enterprise_id != owner.id) {
            return Err(invalid("licenseId", "license"));
        }
    }
    if let Some(id) = task_id {
        let everything = TaskScope::Registry(Scope::Everything);
        let found = supervision::tasks_by_ids(work.tx(), &everything, &[id]).await?.pop();
        if found.is_none_or(|t| t.enterprise_id != owner.id) {
            return Err(invalid("testingTaskId", "testing task"));
        }
    }
    Ok(())
}

/// The authorities a notice is passed on to, checked: each of the next tier down from its
/// target, open, holding the enterprise, named once.
async fn pass_on_targets(
    work: &Work<'_>,
    notice: &Notice,
    owner: &EnterpriseRecord,
    to: &[AuthorityId],
) -> Result<Vec<Seat>, AppError> {
    let ids: Vec<AuthorityId> = if to.is_empty() {
        vec![holding_authority(work, notice.target_region, &owner.base.region).await?]
    } else {
        to.to_vec()
    };
    if (1..ids.len()).any(|i| ids[..i].contains(&ids[i])) {
        return Err(AppError::invalid(Code::InvalidNotice, "to", "an authority is named twice"));
    }
    let source = seats(work, &[notice.target_authority_id]).await?;
    let source = source.first().ok_or(AppError::NotFound { what: "authority" })?;
    let targets = seats(work, &ids).await?;
    for target in &targets {
        check_next_tier(source, target, &owner.base.region)?;
    }
    Ok(targets)
}

/// The open authority of the next tier down from `seat` whose region holds the enterprise.
async fn holding_authority(
    work: &Work<'_>,
    seat: RegionCode,
    region: &RegionCode,
) -> Result<AuthorityId, AppError> {
    let below = match AuthorityLevel::for_region(&seat) {
        AuthorityLevel::National => RegionLevel::Province,
        AuthorityLevel::Provincial => RegionLevel::City,
        AuthorityLevel::Municipal => RegionLevel::County,
        AuthorityLevel::County => {
            return Err(AppError::refused(
                Code::WrongNoticeTier,
                "to",
                "a county authority has no lower tier to pass a notice on to",
            ));
        }
    };
    let mut place = Some(*region);
    while let Some(code) = place.filter(|c| c.level() != below) {
        place = code.parent();
    }
    let found = match place {
        Some(code) => authority::by_region(work.tx(), &code).await?,
        None => None,
    };
    found.map(|a| a.id).ok_or_else(|| {
        AppError::refused(
            Code::NoticeTargetNotCompetent,
            "to",
            format!("no open authority of the next tier down holds the enterprise's region {region}"),
        )
    })
}

/// What the named proof record says, read in the caller's registry scope (another's record is
/// not found).
async fn proof_facts(
    work: &Work<'_>,
    principal: &Principal,
    proof: NoticeProof,
) -> Result<ProofFacts, AppError> {
    let scope = crate::read_scope(principal)?;
    let tx = work.tx();
    let kind = proof.kind;
    let facts = |enterprise_id, on, proving| ProofFacts { kind, enterprise_id, on, proving };
    let found = match kind {
        ProofKind::FollowUpVisit => inspection::by_ids(tx, &scope, &[PatrolId::new(proof.id)])
            .await?
            .pop()
            .map(|p| facts(p.enterprise_id, Some(p.inspected_on), p.kind == PatrolKind::FollowUp)),
        ProofKind::RetestVerdict => {
            supervision::tasks_by_ids(tx, &TaskScope::Registry(scope), &[TaskId::new(proof.id)])
                .await?
                .pop()
                .map(|t| facts(t.enterprise_id, Some(t.sampling.sampling_date), t.verdict_date.is_some()))
        }
        ProofKind::RectificationClosed => {
            rectification::rectifications_by_ids(tx, &scope, &[RectificationId::new(proof.id)])
                .await?
                .pop()
                .map(|r| facts(r.enterprise_id, None, r.status == RectificationStatus::Closed))
        }
        ProofKind::SuspensionMeasure => {
            measure::by_ids(tx, &scope, &[MeasureId::new(proof.id)]).await?.pop().map(|m| {
                let proving =
                    m.measure.kind == MeasureKind::Suspension && m.measure.status != MeasureStatus::Cancelled;
                facts(m.enterprise_id, Some(m.measure.ordered_on), proving)
            })
        }
        ProofKind::LicenseSuspended => license::by_ids(tx, &scope, &[LicenseId::new(proof.id)])
            .await?
            .pop()
            .map(|l| facts(l.enterprise_id, None, l.status == LicenseStatus::Suspended)),
    };
    found.ok_or(AppError::NotFound { what: "proof record" })
}

/// Saves a notice's step by compare-and-set and names it in the audit record.
async fn save(work: &mut Work<'_>, current: &NoticeRecord, next: Notice) -> Result<NoticeRecord, AppError> {
    let by = work.principal().subject.clone();
    if !notice::save(work.tx(), &current.notice, &next, &by, work.now).await? {
        return Err(AppError::concurrent("the linkage notice changed meanwhile"));
    }
    work.touch([ObjectRef::of(current.id), ObjectRef::of(current.notice.enterprise_id)]);
    let closed_by = if next.closed_on.is_some() { Some(by) } else { current.closed_by.clone() };
    Ok(NoticeRecord { notice: next, closed_by, updated_at: work.now, ..current.clone() })
}

/// Closes each parent up the chain whose children are now all closed (docs/adr/0026 decision 6).
async fn close_parents(work: &mut Work<'_>, mut parent_id: Option<NoticeId>) -> Result<(), AppError> {
    while let Some(id) = parent_id {
        if notice::open_children(work.tx(), id).await? > 0 {
            break;
        }
        let parent =
            notice::by_id(work.tx(), id).await?.ok_or(AppError::NotFound { what: "linkage notice" })?;
        let next = parent.notice.moved(NoticeEvent::ChildrenClosed, work.today)?;
        let saved = save(work, &parent, next).await?;
        archive_and_announce(work, &saved.notice, LinkageFact::Closed(&saved.notice));
        parent_id = saved.notice.parent_id;
    }
    Ok(())
}
