//! The commands of a request from the lower tier (§四 "对下级部门提出的问题…要及时予以答复、解决"):
//! raise to the authority directly above, answer, resolve, reopen — and the reads of orders and
//! requests (the scoped lists with their overdue filters, the loaders' batch reads).

use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::linkage::notice::{Depth, Seat, check_below};
use oversight_domain::registry::change_request::parse_reason;
use oversight_domain::responsibility::order::parse_order_text;
use oversight_domain::responsibility::request::{Request, RequestKind, answer_by};
use oversight_domain::{AuthorityId, LowerTierRequestId, SupervisionOrderId};
use oversight_storage::responsibility::order::{self as orders, OrderFilter, OrderRecord, ProgressReport};
use oversight_storage::responsibility::request::{self as store, NewRequest, RequestFilter, RequestRecord};

use super::{command_scope, own_authority, tier_scope};
use crate::linkage::seats;
use crate::work::Work;
use crate::{Action, App, AppError, Code, Page, PageRequest, Principal, Resource, allow};

/// A request as its raiser asks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RaiseRequest {
    /// The authority directly above the raiser's.
    pub to_authority_id: AuthorityId,
    pub kind: RequestKind,
    pub text: String,
}

impl App {
    /// Raises a request from the caller's authority to its parent (only the direct parent:
    /// docs/adr/0035 decision 9); the answer is due in the province's working days.
    pub async fn raise_lower_tier_request(
        &self,
        principal: &Principal,
        input: &RaiseRequest,
    ) -> Result<RequestRecord, AppError> {
        let text = parse_order_text("text", &input.text)?;
        let mut work = self.begin(principal, Operation::RaiseLowerTierRequest).await?;
        let own = own_authority(principal, Action::RaiseLowerTierRequest)?;
        let [raiser, target] = <[Seat; 2]>::try_from(seats(&work, &[own, input.to_authority_id]).await?)
            .map_err(|_| AppError::NotFound { what: "authority" })?;
        allow(
            principal,
            Action::RaiseLowerTierRequest,
            &Resource::Authority { id: own, region: raiser.region },
            "authority",
        )?;
        // The tier rule read upwards: the raiser sits directly below the target, which is open.
        let upwards = check_below(&target, &raiser, Depth::NextTier, None);
        if upwards.is_err() || !target.open {
            return Err(AppError::refused(
                Code::RequestNotToParent,
                "toAuthorityId",
                format!("authority {} is not the open authority directly above authority {own}", target.id),
            ));
        }
        let new = NewRequest {
            kind: input.kind,
            raiser: (raiser.id, raiser.region),
            target: (target.id, target.region),
            text: &text,
            raised_on: work.today,
            answer_by: answer_due(&work, &target).await?,
            raised_by: &principal.subject,
        };
        let record = store::insert(work.tx(), &new, work.now).await?;
        work.touch([ObjectRef::of(record.id), ObjectRef::of(target.id)]);
        work.commit(None, Some(record.request.state())).await?;
        Ok(record)
    }

    /// Answers a request raised to the caller's authority.
    pub async fn answer_lower_tier_request(
        &self,
        principal: &Principal,
        id: LowerTierRequestId,
        answer: &str,
    ) -> Result<RequestRecord, AppError> {
        let answer = parse_order_text("answer", answer)?;
        let mut work = self.begin(principal, Operation::AnswerLowerTierRequest).await?;
        let current = request_for(&work, principal, id, Action::AnswerLowerTierRequest).await?;
        let next = current.request.answered(answer, work.today)?;
        let saved = save(&mut work, &current, next, Some(&principal.subject)).await?;
        work.commit(Some(current.request.state()), Some(saved.request.state())).await?;
        Ok(saved)
    }

    /// Confirms an answered request resolved: the raiser's officers.
    pub async fn resolve_lower_tier_request(
        &self,
        principal: &Principal,
        id: LowerTierRequestId,
    ) -> Result<RequestRecord, AppError> {
        let mut work = self.begin(principal, Operation::ResolveLowerTierRequest).await?;
        let current = request_for(&work, principal, id, Action::ResolveLowerTierRequest).await?;
        let next = current.request.resolved(work.today)?;
        let saved = save(&mut work, &current, next, None).await?;
        work.commit(Some(current.request.state()), Some(saved.request.state())).await?;
        Ok(saved)
    }

    /// Reopens an answered request with a reason: raised again, with a fresh answer deadline.
    pub async fn reopen_lower_tier_request(
        &self,
        principal: &Principal,
        id: LowerTierRequestId,
        reason: &str,
    ) -> Result<RequestRecord, AppError> {
        let reason = parse_reason(reason)?;
        let mut work = self.begin(principal, Operation::ReopenLowerTierRequest).await?;
        let current = request_for(&work, principal, id, Action::ReopenLowerTierRequest).await?;
        let target = seats(&work, &[current.request.target_authority_id]).await?;
        let target = target.first().ok_or(AppError::NotFound { what: "authority" })?;
        let next = current.request.reopened(reason, answer_due(&work, target).await?)?;
        let saved = save(&mut work, &current, next, None).await?;
        work.commit(Some(current.request.state()), Some(saved.request.state())).await?;
        Ok(saved)
    }

    /// One page of the orders the caller reads, newest first; `overdue` is judged on today.
    pub async fn supervision_orders(
        &self,
        principal: &Principal,
        filter: &OrderFilter,
        request: &PageRequest<i64>,
    ) -> Result<Page<OrderRecord>, AppError> {
        let scope = tier_scope(principal, Action::ReadSupervisionOrders, "supervision orders")?;
        Ok(orders::page(&self.store, &scope, filter, self.today(), request).await?)
    }

    pub async fn count_supervision_orders(
        &self,
        principal: &Principal,
        filter: &OrderFilter,
    ) -> Result<u64, AppError> {
        let scope = tier_scope(principal, Action::ReadSupervisionOrders, "supervision orders")?;
        Ok(orders::count(&self.store, &scope, filter, self.today()).await?)
    }

    pub async fn supervision_orders_by_ids(
        &self,
        principal: &Principal,
        ids: &[SupervisionOrderId],
    ) -> Result<Vec<OrderRecord>, AppError> {
        let scope = tier_scope(principal, Action::ReadSupervisionOrders, "supervision orders")?;
        Ok(orders::by_ids(&self.store, &scope, ids).await?)
    }

    /// The progress reports of these orders, oldest first, those of orders the caller reads.
    pub async fn supervision_order_progress(
        &self,
        principal: &Principal,
        ids: &[SupervisionOrderId],
    ) -> Result<Vec<ProgressReport>, AppError> {
        let visible: Vec<SupervisionOrderId> =
            self.supervision_orders_by_ids(principal, ids).await?.into_iter().map(|r| r.id).collect();
        Ok(orders::progress_of(&self.store, &visible).await?)
    }

    /// One page of the requests the caller reads, newest first; `overdue` is judged on today.
    pub async fn lower_tier_requests(
        &self,
        principal: &Principal,
        filter: &RequestFilter,
        request: &PageRequest<i64>,
    ) -> Result<Page<RequestRecord>, AppError> {
        let scope = tier_scope(principal, Action::ReadLowerTierRequests, "requests")?;
        Ok(store::page(&self.store, &scope, filter, self.today(), request).await?)
    }

    pub async fn count_lower_tier_requests(
        &self,
        principal: &Principal,
        filter: &RequestFilter,
    ) -> Result<u64, AppError> {
        let scope = tier_scope(principal, Action::ReadLowerTierRequests, "requests")?;
        Ok(store::count(&self.store, &scope, filter, self.today()).await?)
    }

    pub async fn lower_tier_requests_by_ids(
        &self,
        principal: &Principal,
        ids: &[LowerTierRequestId],
    ) -> Result<Vec<RequestRecord>, AppError> {
        let scope = tier_scope(principal, Action::ReadLowerTierRequests, "requests")?;
        Ok(store::by_ids(&self.store, &scope, ids).await?)
    }
}

/// The answer's deadline from today, in the working days of the answering authority's province.
async fn answer_due(work: &Work<'_>, target: &Seat) -> Result<chrono::NaiveDate, AppError> {
    let deadlines = work.settings_for(&target.region).await?.deadlines;
    Ok(answer_by(&work.working_calendar().await?, &deadlines, work.today))
}

/// The request, once the caller may take `action` on it: outside its scope it is not found;
/// inside, answering is the target's own authority's, resolving and reopening the raiser's.
async fn request_for(
    work: &Work<'_>,
    principal: &Principal,
    id: LowerTierRequestId,
    action: Action,
) -> Result<RequestRecord, AppError> {
    let scope = command_scope(principal, Action::ReadLowerTierRequests, "requests");
    let found = store::by_ids(work.tx(), &scope, &[id]).await?.pop();
    let current = found.ok_or(AppError::NotFound { what: "request" })?;
    let request = &current.request;
    let side = match action {
        Action::AnswerLowerTierRequest => {
            Resource::Authority { id: request.target_authority_id, region: request.target_region }
        }
        _ => Resource::Authority { id: request.raiser_authority_id, region: request.raiser_region },
    };
    allow(principal, action, &side, "request")?;
    Ok(current)
}

/// Saves a request's step by compare-and-set and names it in the audit record.
async fn save(
    work: &mut Work<'_>,
    current: &RequestRecord,
    next: Request,
    answered_by: Option<&str>,
) -> Result<RequestRecord, AppError> {
    if !store::save(work.tx(), &current.request, &next, answered_by, work.now).await? {
        return Err(AppError::concurrent("the request changed meanwhile"));
    }
    work.touch([ObjectRef::of(current.id)]);
    let answered_by = answered_by.map(str::to_owned).or_else(|| current.answered_by.clone());
    Ok(RequestRecord { request: next, answered_by, updated_at: work.now, ..current.clone() })
}
