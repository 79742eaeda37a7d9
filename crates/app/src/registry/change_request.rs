//! Enterprise changes go through review (issue 12 item 5, docs/adr/0018): an enterprise asks for
//! a change of its name, production conditions, inspection means or process (变更申请); a
//! supervising officer accepts (the change is applied, and the licenses in force are flagged
//! for re-review, 重新审查, when more than the name changed) or refuses it; the enterprise may
//! withdraw it; a provincial authority concludes a license's re-review.

use oversight_domain::access::Denial;
use oversight_domain::archive::ArchiveFact;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::registry::change_request::{
    ChangeRequestEvent, ChangeRequestRefused, ChangeRequestStatus, EnterpriseChangeRequest, ProposeRefused,
    ProposedChange, RawChange, ReReview, ReReviewRefused, parse_reason,
};
use oversight_domain::registry::enterprise::REVIEWED_FIELDS;
use oversight_domain::{ChangeRequestId, EnterpriseId, LicenseId};
use oversight_storage::registry::{change_request, enterprise, license};
use oversight_storage::{StorageError, Tx};
use serde_json::json;

use crate::work::Work;
use crate::{
    Action, App, AppError, Code, EnterpriseRecord, LicenseRecord, Page, PageRequest, Principal, Resource,
    Scope, allow, audit,
};

impl From<ChangeRequestRefused> for AppError {
    fn from(refusal: ChangeRequestRefused) -> AppError {
        AppError::refused(Code::ChangeRequestNotOpen, "requestId", refusal.to_string())
    }
}

impl From<ReReviewRefused> for AppError {
    fn from(refusal: ReReviewRefused) -> AppError {
        AppError::refused(Code::ReReviewNotPending, "licenseId", refusal.to_string())
    }
}

impl From<ProposeRefused> for AppError {
    fn from(refusal: ProposeRefused) -> AppError {
        match refusal {
            ProposeRefused::Invalid(errors) => errors.into(),
            ProposeRefused::NothingChanged => {
                AppError::invalid(Code::NoChangeRequested, "input", refusal.to_string())
            }
        }
    }
}

/// An enterprise user changing a reviewed field directly is told to ask instead; officers may.
pub(crate) fn check_reviewed_fields(
    principal: &Principal,
    resource: &Resource,
    changed: &[&'static str],
) -> Result<(), AppError> {
    let Some(field) = changed.iter().find(|f| REVIEWED_FIELDS.contains(f)) else {
        return Ok(());
    };
    match oversight_domain::access::decide(principal, Action::ChangeReviewedBaseData, resource) {
        Err(Denial::Forbidden(reason)) => Err(AppError::refused(
            Code::ChangeRequestRequired,
            field,
            format!("{reason} (a change request reviewed by the supervising officer)"),
        )),
        other => other.map_err(AppError::from),
    }
}

impl App {
    /// The enterprise asks for a change of its name, production conditions, inspection means or
    /// process, with a reason; one open request per enterprise.
    pub async fn request_enterprise_change(
        &self,
        principal: &Principal,
        enterprise_id: EnterpriseId,
        raw: RawChange,
    ) -> Result<EnterpriseChangeRequest, AppError> {
        let mut work = self.begin(principal, Operation::RequestEnterpriseChange).await?;
        let owner = owner(work.tx(), enterprise_id, "enterprise").await?;
        let resource = Resource::Enterprise { id: owner.id, region: owner.base.region };
        allow(principal, Action::RequestEnterpriseChange, &resource, "enterprise")?;
        let (change, reason) = ProposedChange::parse(raw, &owner.base)?;
        if let Some(open) = change_request::open_of(work.tx(), enterprise_id).await? {
            return Err(already_open(open.id));
        }
        let now = work.now;
        let request =
            match change_request::insert(work.tx(), enterprise_id, &change, &reason, &principal.subject, now)
                .await
            {
                // A request racing this one won the partial unique index.
                Err(StorageError::Conflict(_)) => {
                    return Err(AppError::concurrent("another change request was made meanwhile"));
                }
                other => other?,
            };
        work.archive(enterprise_id, None, ArchiveFact::EnterpriseChangeRequested(&request));
        work.touch([ObjectRef::of(request.id), ObjectRef::of(enterprise_id)]);
        work.commit(None, Some(request.state())).await?;
        Ok(request)
    }

    /// A supervising officer accepts (the change applied to the base data, the licenses in force
    /// flagged for re-review unless only the name changed) or refuses a request, with a reason.
    pub async fn decide_enterprise_change(
        &self,
        principal: &Principal,
        request_id: ChangeRequestId,
        accept: bool,
        reason: &str,
    ) -> Result<EnterpriseChangeRequest, AppError> {
        let reason = parse_reason(reason)?;
        let mut work = self.begin(principal, Operation::DecideEnterpriseChange).await?;
        let (current, owner) =
            self.change_request_for(work.tx(), principal, request_id, Action::DecideEnterpriseChange).await?;
        let event = if accept { ChangeRequestEvent::Accept } else { ChangeRequestEvent::Refuse };
        let decided = self.save_decision(&mut work, &current, event, &reason, &principal.subject).await?;
        let mut before = json!({ "request": current.state() });
        let mut after = json!({ "request": decided.state() });
        if accept {
            let (enterprise_before, enterprise_after) = apply_change(&mut work, &owner, &decided).await?;
            before["enterprise"] = enterprise_before;
            after["enterprise"] = enterprise_after;
        }
        work.commit(Some(before), Some(after)).await?;
        Ok(decided)
    }

    /// The enterprise withdraws its open request, with a reason.
    pub async fn withdraw_enterprise_change(
        &self,
        principal: &Principal,
        request_id: ChangeRequestId,
        reason: &str,
    ) -> Result<EnterpriseChangeRequest, AppError> {
        let reason = parse_reason(reason)?;
        let mut work = self.begin(principal, Operation::WithdrawEnterpriseChange).await?;
        let (current, _) = self
            .change_request_for(work.tx(), principal, request_id, Action::WithdrawEnterpriseChange)
            .await?;
        let event = ChangeRequestEvent::Withdraw;
        let withdrawn = self.save_decision(&mut work, &current, event, &reason, &principal.subject).await?;
        work.commit(Some(current.state()), Some(withdrawn.state())).await?;
        Ok(withdrawn)
    }

    /// A provincial (or the national) authority concludes a license's pending re-review.
    pub async fn conclude_re_review(
        &self,
        principal: &Principal,
        license_id: LicenseId,
        conclusion: &str,
    ) -> Result<LicenseRecord, AppError> {
        let conclusion = parse_reason(conclusion)?;
        let mut work = self.begin(principal, Operation::ConcludeReReview).await?;
        let current = license::by_ids(work.tx(), &Scope::Everything, &[license_id])
            .await?
            .pop()
            .ok_or(AppError::NotFound { what: "license" })?;
        let owner = owner(work.tx(), current.enterprise_id, "license").await?;
        let resource = Resource::Enterprise { id: owner.id, region: owner.base.region };
        allow(principal, Action::ConcludeReReview, &resource, "license")?;
        let concluded =
            ReReview::conclude(current.re_review.as_ref(), &conclusion, &principal.subject, work.today)?;
        let (now, pending) = (work.now, current.re_review.clone().ok_or(ReReviewRefused::NotPending)?);
        if !license::conclude_re_review(work.tx(), license_id, &pending, &concluded, now).await? {
            return Err(AppError::concurrent("the license's re-review changed meanwhile"));
        }
        let fact = ArchiveFact::LicenseRereviewConcluded { number: &current.number, conclusion: &conclusion };
        work.archive(current.enterprise_id, Some(license_id), fact);
        work.touch([ObjectRef::of(license_id), ObjectRef::of(current.enterprise_id)]);
        let state = |review: &ReReview| {
            json!({ "changeRequestId": review.change_request_id(), "patrolId": review.patrol_id(), "requiredSince": review.required_since,
                    "concludedOn": review.concluded_on, "conclusion": review.conclusion })
        };
        work.commit(Some(state(&pending)), Some(state(&concluded))).await?;
        Ok(LicenseRecord { re_review: Some(concluded), updated_at: now, ..current })
    }

    /// The request's next state after `event`, saved by compare-and-set and archived.
    async fn save_decision(
        &self,
        work: &mut Work<'_>,
        current: &EnterpriseChangeRequest,
        event: ChangeRequestEvent,
        reason: &str,
        by: &str,
    ) -> Result<EnterpriseChangeRequest, AppError> {
        let decided = current.decide(event, reason, by, work.now).map_err(|refusal| {
            AppError::from(refusal).about(format_args!("change request {}", current.id))
        })?;
        if !change_request::save(work.tx(), current.status, &decided).await? {
            return Err(AppError::concurrent("the change request changed meanwhile"));
        }
        work.archive(current.enterprise_id, None, ArchiveFact::EnterpriseChangeDecided(&decided));
        work.touch([ObjectRef::of(current.id), ObjectRef::of(current.enterprise_id)]);
        Ok(decided)
    }

    /// The request, read inside `tx`, with the policy of `action` applied to its enterprise.
    async fn change_request_for(
        &self,
        tx: &Tx,
        principal: &Principal,
        id: ChangeRequestId,
        action: Action,
    ) -> Result<(EnterpriseChangeRequest, EnterpriseRecord), AppError> {
        let current =
            change_request::by_id(tx, id).await?.ok_or(AppError::NotFound { what: "change request" })?;
        let owner = owner(tx, current.enterprise_id, "change request").await?;
        let resource = Resource::Enterprise { id: owner.id, region: owner.base.region };
        allow(principal, action, &resource, "change request")?;
        Ok((current, owner))
    }

    /// One page of the change requests the caller may see (officers: their jurisdiction; an
    /// enterprise: its own), optionally in one status, oldest first.
    pub async fn enterprise_change_requests(
        &self,
        principal: &Principal,
        status: Option<ChangeRequestStatus>,
        request: &PageRequest<i64>,
    ) -> Result<Page<EnterpriseChangeRequest>, AppError> {
        let scope = crate::read_scope(principal)?;
        Ok(change_request::page(&self.store, &scope, status, request).await?)
    }

    /// How many change requests `enterprise_change_requests` matches.
    pub async fn count_enterprise_change_requests(
        &self,
        principal: &Principal,
        status: Option<ChangeRequestStatus>,
    ) -> Result<u64, AppError> {
        let scope = crate::read_scope(principal)?;
        Ok(change_request::count(&self.store, &scope, status).await?)
    }

    pub async fn enterprise_change_requests_by_ids(
        &self,
        principal: &Principal,
        ids: &[ChangeRequestId],
    ) -> Result<Vec<EnterpriseChangeRequest>, AppError> {
        Ok(change_request::by_ids(&self.store, &crate::read_scope(principal)?, ids).await?)
    }

    /// The change requests of these enterprises, each one's newest first (the DataLoader).
    pub async fn enterprise_change_requests_of(
        &self,
        principal: &Principal,
        enterprise_ids: &[EnterpriseId],
    ) -> Result<Vec<EnterpriseChangeRequest>, AppError> {
        Ok(change_request::of_enterprises(&self.store, &crate::read_scope(principal)?, enterprise_ids)
            .await?)
    }
}

/// Applies an accepted change to the base data (archived as a base-data update) and flags the
/// licenses in force for re-review when it needs one: returns the enterprise's audited states.
async fn apply_change(
    work: &mut Work<'_>,
    owner: &EnterpriseRecord,
    accepted: &EnterpriseChangeRequest,
) -> Result<(serde_json::Value, serde_json::Value), AppError> {
    let base = accepted.change.apply_to(&owner.base);
    let now = work.now;
    let record = enterprise::update_base(work.tx(), owner.id, &base, now).await?;
    let fields = accepted.change.fields();
    work.archive(owner.id, None, ArchiveFact::BaseDataUpdated { changed: &fields });
    if accepted.change.requires_re_review() {
        let review = ReReview::required(accepted, now);
        let flagged = license::require_re_review(work.tx(), owner.id, &review, now).await?;
        for flagged in &flagged {
            let fact = ArchiveFact::LicenseRereviewRequired {
                number: &flagged.number,
                change_request_id: accepted.id,
                fields: &fields,
            };
            work.archive(owner.id, Some(flagged.id), fact);
        }
        work.touch(flagged.iter().map(|l| ObjectRef::of(l.id)));
    }
    Ok((audit::enterprise_state(owner), audit::enterprise_state(&record)))
}

async fn owner(tx: &Tx, id: EnterpriseId, what: &'static str) -> Result<EnterpriseRecord, AppError> {
    enterprise::by_id(tx, id).await?.ok_or(AppError::NotFound { what })
}

fn already_open(id: ChangeRequestId) -> AppError {
    AppError::refused(
        Code::ChangeRequestOpen,
        "enterpriseId",
        format!(
            "change request {id} is still open: withdraw it, or wait for its review, before asking again"
        ),
    )
}
