//! Responsible persons (直接责任人, §四 "获证企业证后监管工作实行层级负责制"): assign a piece of work to an
//! officer of the authority that holds it, reassign it with a reason (the old assignment kept,
//! ended), and the reads — the assignments of a work or an officer, an authority's head, leaders
//! in charge and staff. docs/adr/0036.

use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::registry::change_request::parse_reason;
use oversight_domain::registry::officer::Officer;
use oversight_domain::responsibility::assignment::{AssignmentRefused, Holder, WorkRef, check_assignment};
use oversight_domain::{AuthorityId, OfficerId, ResponsibilityAssignmentId};
use oversight_storage::registry::officer;
use oversight_storage::responsibility::TierScope;
use oversight_storage::responsibility::assignment::{
    self as store, AssignmentFilter, AssignmentRecord, NewAssignment,
};

use super::{command_scope, tier_scope};
use crate::registry::officer::officer_range;
use crate::work::Work;
use crate::{Action, App, AppError, Code, Page, PageRequest, Principal, Resource, allow};

/// Who is made responsible for what, as the caller asks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssignResponsible {
    pub work: WorkRef,
    pub officer_id: OfficerId,
}

impl From<AssignmentRefused> for AppError {
    fn from(refusal: AssignmentRefused) -> AppError {
        let (code, field) = match refusal {
            AssignmentRefused::NotOfAuthority => (Code::AssigneeNotOfAuthority, "officerId"),
            AssignmentRefused::Inactive => (Code::AssigneeInactive, "officerId"),
            AssignmentRefused::AlreadyAssigned => (Code::ResponsiblePersonAlreadyAssigned, "workId"),
            AssignmentRefused::NotAssigned => (Code::NoResponsiblePerson, "workId"),
            AssignmentRefused::SameOfficer => (Code::AlreadyResponsible, "officerId"),
        };
        AppError::refused(code, field, refusal.to_string())
    }
}

impl App {
    /// Makes an officer of the authority that holds `input.work` responsible for it (the work has
    /// none yet): the holder's head or leader in charge.
    pub async fn assign_responsible_person(
        &self,
        principal: &Principal,
        input: &AssignResponsible,
    ) -> Result<AssignmentRecord, AppError> {
        let work = self.begin(principal, Operation::AssignResponsiblePerson).await?;
        assign(work, principal, input, None).await
    }

    /// Gives `input.work` to another officer of its holder, for `reason`: the current assignment
    /// ends today and stays in the history.
    pub async fn reassign_responsible_person(
        &self,
        principal: &Principal,
        input: &AssignResponsible,
        reason: &str,
    ) -> Result<AssignmentRecord, AppError> {
        let reason = parse_reason(reason)?;
        let work = self.begin(principal, Operation::ReassignResponsiblePerson).await?;
        assign(work, principal, input, Some(&reason)).await
    }

    /// One page of the assignments the caller reads (of the work its authority and those below it
    /// hold; the nation all), newest first.
    pub async fn responsibility_assignments(
        &self,
        principal: &Principal,
        filter: &AssignmentFilter,
        request: &PageRequest<i64>,
    ) -> Result<Page<AssignmentRecord>, AppError> {
        let scope = read_scope(principal)?;
        Ok(store::page(&self.store, &scope, filter, request).await?)
    }

    pub async fn count_responsibility_assignments(
        &self,
        principal: &Principal,
        filter: &AssignmentFilter,
    ) -> Result<u64, AppError> {
        let scope = read_scope(principal)?;
        Ok(store::count(&self.store, &scope, filter).await?)
    }

    pub async fn responsibility_assignments_by_ids(
        &self,
        principal: &Principal,
        ids: &[ResponsibilityAssignmentId],
    ) -> Result<Vec<AssignmentRecord>, AppError> {
        let scope = read_scope(principal)?;
        Ok(store::by_ids(&self.store, &scope, ids).await?)
    }

    /// Who is responsible for `work` now, if the caller reads it and somebody is.
    pub async fn responsible_person(
        &self,
        principal: &Principal,
        work: WorkRef,
    ) -> Result<Option<AssignmentRecord>, AppError> {
        let scope = read_scope(principal)?;
        let filter =
            AssignmentFilter { work: Some(work), current: Some(true), ..AssignmentFilter::default() };
        Ok(store::page(&self.store, &scope, &filter, &PageRequest::first(1)).await?.items.pop())
    }

    /// The active officers of each of these authorities, in one statement: their responsible
    /// persons (§四) once sorted by tier (`ResponsiblePersons::of`). The authorities whose directory
    /// the caller does not read have none.
    pub async fn active_officers_of_authorities(
        &self,
        principal: &Principal,
        authority_ids: &[AuthorityId],
    ) -> Result<Vec<Officer>, AppError> {
        let range = officer_range(principal)?;
        Ok(officer::active_of_authorities(&self.store, range, authority_ids).await?)
    }
}

/// The assignment in a unit of work: the holder (within reach, the caller of its leadership),
/// the officer checked against it, the current assignment ended, the new one stored and audited.
async fn assign(
    mut work: Work<'_>,
    principal: &Principal,
    input: &AssignResponsible,
    reason: Option<&str>,
) -> Result<AssignmentRecord, AppError> {
    let action =
        if reason.is_some() { Action::ReassignResponsiblePerson } else { Action::AssignResponsiblePerson };
    let holder = holder_for(&work, principal, input.work, action).await?;
    let officer = assignee(&work, input.officer_id).await?;
    let current = store::current(work.tx(), input.work).await?;
    check_assignment(&holder, &officer, current.as_ref().map(|c| &c.assignment), reason.is_some())?;
    if let Some(current) = &current
        && !store::end(work.tx(), current.id, work.today).await?
    {
        return Err(AppError::concurrent("the work was reassigned meanwhile"));
    }
    let new = NewAssignment {
        work: input.work,
        holder,
        officer_id: officer.id,
        assigned_on: work.today,
        reason,
        assigned_by: &principal.subject,
    };
    let record = store::insert(work.tx(), &new, work.now).await?;
    work.touch([
        ObjectRef::of(record.id),
        input.work.object(),
        ObjectRef::of(officer.id),
        ObjectRef::of(holder.authority_id),
    ]);
    let before = current.map(|c| c.assignment.state());
    work.commit(before, Some(record.assignment.state())).await?;
    Ok(record)
}

/// The authority that holds `work`, once the caller may take `action` on it: work held outside
/// the caller's jurisdiction (or none at all) is not found; inside it, only the holder's own
/// leadership assigns.
async fn holder_for(
    work: &Work<'_>,
    principal: &Principal,
    piece: WorkRef,
    action: Action,
) -> Result<Holder, AppError> {
    let scope = command_scope(principal, Action::ReadResponsibilities, "responsibilities");
    let holder = store::holder(work.tx(), piece)
        .await?
        .filter(|holder| reaches(&scope, holder))
        .ok_or(AppError::NotFound { what: "work" })?;
    allow(
        principal,
        action,
        &Resource::Authority { id: holder.authority_id, region: holder.region },
        "work",
    )?;
    Ok(holder)
}

/// The officer to make responsible. An unknown officer is refused as one of another authority
/// would be, so the refusal reveals nothing of directories outside the caller's reach.
async fn assignee(work: &Work<'_>, id: OfficerId) -> Result<Officer, AppError> {
    officer::by_ids(work.tx(), None, &[id])
        .await?
        .pop()
        .ok_or_else(|| AssignmentRefused::NotOfAuthority.into())
}

fn reaches(scope: &TierScope, holder: &Holder) -> bool {
    match scope {
        TierScope::Everything => true,
        TierScope::Within(region) => region.contains(&holder.region),
        TierScope::Nothing => false,
    }
}

fn read_scope(principal: &Principal) -> Result<TierScope, AppError> {
    tier_scope(principal, Action::ReadResponsibilities, "responsibilities")
}
