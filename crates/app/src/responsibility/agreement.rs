//! Responsibility agreements (责任状, §四 层级负责制): drafted by a provincial or municipal
//! authority's leadership for an authority directly below it, amended while a draft, signed by the
//! lower authority's leadership, withdrawn with a reason; and the reads — the list, and each
//! target's live value counted from the records with the records behind it. docs/adr/0036.

use chrono::NaiveDate;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::error::ValidationErrors;
use oversight_domain::linkage::notice::Seat;
use oversight_domain::responsibility::agreement::{
    Agreement, AgreementRefused, Target, TargetKind, parse_reason, parse_targets, parse_year,
};
use oversight_domain::{AuthorityId, ResponsibilityAgreementId};
use oversight_storage::StorageError;
use oversight_storage::responsibility::agreement::{
    self as store, AgreementFilter, AgreementRecord, NewAgreement,
};

use super::{command_scope, own_authority, tier_scope};
use crate::linkage::seats;
use crate::work::Work;
use crate::{Action, App, AppError, Code, Page, PageRequest, Principal, Resource, allow};

/// An agreement as its drafter asks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftAgreement {
    pub counterpart_authority_id: AuthorityId,
    pub year: i32,
    /// Each target's kind and threshold, unparsed.
    pub targets: Vec<(TargetKind, String)>,
}

impl From<AgreementRefused> for AppError {
    fn from(refusal: AgreementRefused) -> AppError {
        AppError::refused(Code::IllegalAgreementTransition, "agreementId", refusal.to_string())
    }
}

impl App {
    /// Drafts an agreement with an authority directly below the caller's: its head or leader in
    /// charge, for this year or the next, one standing agreement per authority and year.
    pub async fn draft_responsibility_agreement(
        &self,
        principal: &Principal,
        input: &DraftAgreement,
    ) -> Result<AgreementRecord, AppError> {
        let (targets, year) = parse_draft(input, self.today())?;
        let mut work = self.begin(principal, Operation::DraftResponsibilityAgreement).await?;
        let own = own_authority(principal, Action::DraftAgreement)?;
        let [issuer, counterpart] =
            <[Seat; 2]>::try_from(seats(&work, &[own, input.counterpart_authority_id]).await?)
                .map_err(|_| AppError::NotFound { what: "authority" })?;
        let resource = Resource::Authority { id: counterpart.id, region: counterpart.region };
        allow(principal, Action::DraftAgreement, &resource, "authority")?;
        check_directly_below(&issuer, &counterpart)?;
        if store::standing(work.tx(), counterpart.id, year).await?.is_some() {
            return Err(already_standing(year));
        }
        let new = NewAgreement {
            issuer: (issuer.id, issuer.region),
            counterpart: (counterpart.id, counterpart.region),
            year,
            targets: &targets,
            drafted_on: work.today,
            drafted_by: &work.principal().subject,
        };
        let record = store::insert(work.tx(), &new, work.now).await.map_err(|e| match e {
            StorageError::Conflict(_) => already_standing(year),
            other => other.into(),
        })?;
        work.touch([ObjectRef::of(record.id), ObjectRef::of(issuer.id), ObjectRef::of(counterpart.id)]);
        work.commit(None, Some(record.agreement.state())).await?;
        Ok(record)
    }

    /// Replaces a draft's targets: the drafter's head or leader in charge.
    pub async fn amend_responsibility_agreement(
        &self,
        principal: &Principal,
        id: ResponsibilityAgreementId,
        targets: &[(TargetKind, String)],
    ) -> Result<AgreementRecord, AppError> {
        let targets = parse_targets(targets)?;
        let work = self.begin(principal, Operation::AmendResponsibilityAgreement).await?;
        let current = agreement_for(&work, principal, id, Action::DecideAgreement).await?;
        let next = current.agreement.amended(targets)?;
        step(work, current, next).await
    }

    /// Signs a draft drafted for the caller's authority: its head or leader in charge.
    pub async fn sign_responsibility_agreement(
        &self,
        principal: &Principal,
        id: ResponsibilityAgreementId,
    ) -> Result<AgreementRecord, AppError> {
        let work = self.begin(principal, Operation::SignResponsibilityAgreement).await?;
        let current = agreement_for(&work, principal, id, Action::SignAgreement).await?;
        let next = current.agreement.signed(&principal.subject, work.today)?;
        step(work, current, next).await
    }

    /// Withdraws a draft or signed agreement with the reason: the drafter's head or leader in
    /// charge. Another may then be drafted for the same authority and year.
    pub async fn withdraw_responsibility_agreement(
        &self,
        principal: &Principal,
        id: ResponsibilityAgreementId,
        reason: &str,
    ) -> Result<AgreementRecord, AppError> {
        let reason = parse_reason(reason)?;
        let work = self.begin(principal, Operation::WithdrawResponsibilityAgreement).await?;
        let current = agreement_for(&work, principal, id, Action::DecideAgreement).await?;
        let next = current.agreement.withdrawn(reason, work.today)?;
        step(work, current, next).await
    }

    /// The agreements the caller reads (its authority's, those below; the nation all), newest
    /// first.
    pub async fn responsibility_agreements(
        &self,
        principal: &Principal,
        filter: &AgreementFilter,
        request: &PageRequest<i64>,
    ) -> Result<Page<AgreementRecord>, AppError> {
        let scope = tier_scope(principal, Action::ReadAgreements, "responsibility agreements")?;
        Ok(store::page(&self.store, &scope, filter, request).await?)
    }

    /// How many agreements `responsibility_agreements` pages through.
    pub async fn count_responsibility_agreements(
        &self,
        principal: &Principal,
        filter: &AgreementFilter,
    ) -> Result<u64, AppError> {
        let scope = tier_scope(principal, Action::ReadAgreements, "responsibility agreements")?;
        Ok(store::count(&self.store, &scope, filter).await?)
    }

    /// The agreements with these ids the caller reads (the loader and `node(id:)`).
    pub async fn responsibility_agreements_by_ids(
        &self,
        principal: &Principal,
        ids: &[ResponsibilityAgreementId],
    ) -> Result<Vec<AgreementRecord>, AppError> {
        let scope = tier_scope(principal, Action::ReadAgreements, "responsibility agreements")?;
        Ok(store::by_ids(&self.store, &scope, ids).await?)
    }
}

/// The draft's targets and year, every problem of both reported at once.
fn parse_draft(input: &DraftAgreement, today: NaiveDate) -> Result<(Vec<Target>, i32), AppError> {
    match (parse_targets(&input.targets), parse_year(input.year, today)) {
        (Ok(targets), Ok(year)) => Ok((targets, year)),
        (targets, year) => {
            let mut problems = targets.err().map(|e| e.0).unwrap_or_default();
            problems.extend(year.err());
            Err(ValidationErrors(problems).into())
        }
    }
}

fn already_standing(year: i32) -> AppError {
    AppError::refused(
        Code::AgreementAlreadyStanding,
        "counterpartAuthorityId",
        format!("the authority has a standing agreement for {year}: amend it, or withdraw it first"),
    )
}

/// An agreement binds the authority directly below the drafter's (§四's tiers: the province and
/// its cities, a city and its counties) — the one it supervises, not a county over its city's head.
fn check_directly_below(issuer: &Seat, counterpart: &Seat) -> Result<(), AppError> {
    if counterpart.parent_id == Some(issuer.id) && counterpart.open {
        return Ok(());
    }
    Err(AppError::refused(
        Code::AgreementNotUpperTier,
        "counterpartAuthorityId",
        "an agreement binds an open authority directly below the drafting authority",
    ))
}

/// The agreement, once the caller may take `action` on it: outside its read scope it is not
/// found; inside, amending and withdrawing are the drafter's, signing the bound authority's.
async fn agreement_for(
    work: &Work<'_>,
    principal: &Principal,
    id: ResponsibilityAgreementId,
    action: Action,
) -> Result<AgreementRecord, AppError> {
    let scope = command_scope(principal, Action::ReadAgreements, "responsibility agreements");
    let found = store::by_ids(work.tx(), &scope, &[id]).await?.pop();
    let current = found.ok_or(AppError::NotFound { what: "responsibility agreement" })?;
    let a = &current.agreement;
    let side = match action {
        Action::SignAgreement => {
            Resource::Authority { id: a.counterpart_authority_id, region: a.counterpart_region }
        }
        _ => Resource::Authority { id: a.issuer_authority_id, region: a.issuer_region },
    };
    allow(principal, action, &side, "responsibility agreement")?;
    Ok(current)
}

/// Saves a step by compare-and-set and records it under the agreement and both authorities.
async fn step(
    mut work: Work<'_>,
    current: AgreementRecord,
    next: Agreement,
) -> Result<AgreementRecord, AppError> {
    if !store::save(work.tx(), &current, &next, work.now).await? {
        return Err(AppError::concurrent("the responsibility agreement changed meanwhile"));
    }
    work.touch([
        ObjectRef::of(current.id),
        ObjectRef::of(next.issuer_authority_id),
        ObjectRef::of(next.counterpart_authority_id),
    ]);
    let before = current.agreement.state();
    let after = next.state();
    let saved = AgreementRecord { agreement: next, updated_at: work.now, ..current };
    work.commit(Some(before), Some(after)).await?;
    Ok(saved)
}
