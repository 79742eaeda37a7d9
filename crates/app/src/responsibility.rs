//! Responsibility (§四, docs/adr/0035): supervision orders (督查督办) issued down the tiers, worked
//! on and completed by the authority ordered, accepted or returned by the issuer; and requests
//! from the lower tier (问题、困难、保障) answered by the tier above and resolved by the raiser.
//! Both are read as linkage notices are: by the authorities at either end and those above them.

mod agreement;
mod agreement_values;
mod assignment;
mod order;
mod overview;
mod record;
mod reports_on_time;
mod request;

use oversight_domain::AuthorityId;
use oversight_domain::access::{Denial, Organisation, rule};
use oversight_domain::linkage::notice::TierRefused;
use oversight_domain::registry::region::RegionCode;
use oversight_domain::responsibility::order::OrderStateRefused;
use oversight_domain::responsibility::request::RequestStateRefused;
use oversight_storage::responsibility::TierScope;

use crate::events::Event;
use crate::work::Work;
use crate::{Action, AppError, Code, Principal, Resource, allow};

pub use agreement::DraftAgreement;
pub use agreement_values::{AgreementValues, TargetRecords};
pub use assignment::AssignResponsible;
pub use order::{IssueOrder, OrderSubjectInput};
pub use oversight_storage::responsibility::agreement::{AgreementFilter, AgreementRecord};
pub use oversight_storage::responsibility::assignment::{AssignmentFilter, AssignmentRecord};
pub use oversight_storage::responsibility::order::{OrderFilter, OrderRecord, ProgressReport};
pub use oversight_storage::responsibility::record::{RecordFilter, StoredRecord};
pub use oversight_storage::responsibility::request::{RequestFilter, RequestRecord};
pub use overview::{Overview, OverviewRow};
pub use record::DraftRecord;
pub(crate) use record::read_scope as record_scope;
pub use request::RaiseRequest;

impl From<OrderStateRefused> for AppError {
    fn from(refusal: OrderStateRefused) -> AppError {
        AppError::refused(Code::IllegalOrderTransition, "orderId", refusal.to_string())
    }
}

impl From<RequestStateRefused> for AppError {
    fn from(refusal: RequestStateRefused) -> AppError {
        AppError::refused(Code::IllegalRequestTransition, "requestId", refusal.to_string())
    }
}

/// An order's target refused by the tier rule: not below the issuer, closed, or not holding the
/// order's enterprise.
fn order_tier_refusal(refusal: TierRefused) -> AppError {
    match refusal {
        TierRefused::NotCompetent(_) => {
            AppError::refused(Code::OrderSubjectOutOfTarget, "subjectId", refusal.to_string())
        }
        _ => AppError::refused(Code::OrderTargetNotBelow, "targetAuthorityId", refusal.to_string()),
    }
}

/// What the caller reads of orders (`action` ReadSupervisionOrders) or requests
/// (ReadLowerTierRequests): those from or to its authority and its lower tiers, the nation all.
pub(crate) fn tier_scope(
    principal: &Principal,
    action: Action,
    what: &'static str,
) -> Result<TierScope, AppError> {
    allow(principal, action, &Resource::None, what)?;
    Ok(match principal.organisation {
        Organisation::Authority { region, .. } if region == RegionCode::NATION => TierScope::Everything,
        Organisation::Authority { region, .. } => TierScope::Within(region),
        _ => TierScope::Nothing,
    })
}

/// The scope a command reads its record in: the caller's, or nothing for a caller that reads
/// none (its record is then not found, as for anyone it is out of reach to).
fn command_scope(principal: &Principal, action: Action, what: &'static str) -> TierScope {
    tier_scope(principal, action, what).unwrap_or(TierScope::Nothing)
}

/// The caller's authority, for the commands an authority's people take in its name; a caller
/// seated at none is refused as the action's row refuses it (not "not found": nothing was named).
fn own_authority(principal: &Principal, action: Action) -> Result<AuthorityId, AppError> {
    principal.organisation.authority_id().ok_or_else(|| Denial::Forbidden(rule(action).refused).into())
}

/// Announces a step of an order: `by_issuer` steps (issue, accept, return) to its target, the
/// others (acknowledge, progress, completion) to its issuer.
fn announce_order(work: &mut Work<'_>, record: &OrderRecord, by_issuer: bool, summary: String) {
    let order = &record.order;
    work.announce([Event::SupervisionOrder {
        order_id: order.id,
        issuer_authority_id: order.issuer_authority_id,
        target_authority_id: order.target_authority_id,
        status: order.status.as_str().to_owned(),
        by_issuer,
        summary,
    }]);
}
