//! Linkage notices (联动通报, §二(六), docs/adr/0026): sending a notice to the next tier down,
//! acknowledging it, passing it on to the lower authorities (fan-out, one child each), closing it
//! with the record that proves the action, and the reads — the scoped list with its late filter
//! and the time-to-close figure per authority.

mod commands;
mod reads;

use oversight_domain::access::Organisation;
use oversight_domain::linkage::LinkageFact;
use oversight_domain::linkage::notice::{Notice, NoticeStateRefused, ProofRefused, Seat, TierRefused};
use oversight_domain::registry::region::RegionCode;
use oversight_domain::{AuthorityId, NoticeId};
use oversight_storage::linkage::notice::{self, NoticeRecord, NoticeScope};
use oversight_storage::registry::authority;

use crate::events::Event;
use crate::work::Work;
use crate::{Action, AppError, Code, Principal, Resource, allow};

pub use commands::{NoticeProof, SendNotice};
pub use oversight_storage::linkage::notice::{ClosedNotice, Direction as NoticeDirection, NoticeFilter};
pub use reads::{ChildNotice, CloseTime};

impl From<TierRefused> for AppError {
    fn from(refusal: TierRefused) -> AppError {
        let (code, field) = match refusal {
            TierRefused::WrongSender { .. } => (Code::WrongNoticeSender, "noticeType"),
            TierRefused::WrongTargetLevel { .. }
            | TierRefused::NotDirectlyBelow { .. }
            | TierRefused::NotBelow { .. } => (Code::WrongNoticeTier, "targetAuthorityId"),
            TierRefused::PassOnNotSent => (Code::WrongNoticeTier, "noticeType"),
            TierRefused::TargetClosed(_) | TierRefused::NotCompetent(_) => {
                (Code::NoticeTargetNotCompetent, "targetAuthorityId")
            }
        };
        AppError::refused(code, field, refusal.to_string())
    }
}

impl From<NoticeStateRefused> for AppError {
    fn from(refusal: NoticeStateRefused) -> AppError {
        AppError::refused(Code::IllegalNoticeTransition, "noticeId", refusal.to_string())
    }
}

impl From<ProofRefused> for AppError {
    fn from(refusal: ProofRefused) -> AppError {
        let code = match refusal {
            ProofRefused::OtherEnterprise { .. } => Code::ProofOfAnotherEnterprise,
            ProofRefused::BeforeNotice { .. } | ProofRefused::NotProving { .. } => Code::ProofNotProving,
        };
        AppError::refused(code, "proof", refusal.to_string())
    }
}

/// The notices the caller reads: those sent from or to its authority and its lower tiers (the
/// nation: all); refused to roles that read none.
pub(crate) fn notice_scope(principal: &Principal) -> Result<NoticeScope, AppError> {
    allow(principal, Action::ReadLinkageNotices, &Resource::None, "linkage notices")?;
    Ok(match principal.organisation {
        Organisation::Authority { region, .. } if region == RegionCode::NATION => NoticeScope::Everything,
        Organisation::Authority { region, .. } => NoticeScope::Within(region),
        _ => NoticeScope::Nothing,
    })
}

/// The notice, once the caller may take `action` on it: outside its notice scope it is not
/// found; inside, the action is its target authority's (`Target::OwnAuthority`).
async fn notice_for(
    work: &Work<'_>,
    principal: &Principal,
    id: NoticeId,
    action: Action,
) -> Result<NoticeRecord, AppError> {
    let scope = match principal.organisation {
        Organisation::Authority { .. } => notice_scope(principal).unwrap_or(NoticeScope::Nothing),
        _ => NoticeScope::Nothing,
    };
    let found = notice::by_ids(work.tx(), &scope, &[id]).await?.pop();
    let current = found.ok_or(AppError::NotFound { what: "linkage notice" })?;
    let target =
        Resource::Authority { id: current.notice.target_authority_id, region: current.notice.target_region };
    allow(principal, action, &target, "linkage notice")?;
    Ok(current)
}

/// The authorities as the tier rules see them, in the order asked; an unknown one is NOT_FOUND.
pub(crate) async fn seats(work: &Work<'_>, ids: &[AuthorityId]) -> Result<Vec<Seat>, AppError> {
    let found = authority::by_ids(work.tx(), ids).await?;
    ids.iter()
        .map(|id| {
            found
                .iter()
                .find(|a| a.id == *id)
                .map(|a| Seat {
                    id: a.id,
                    level: a.level,
                    region: a.region,
                    parent_id: a.parent_id,
                    open: a.closed_at.is_none(),
                })
                .ok_or(AppError::NotFound { what: "authority" })
        })
        .collect()
}

/// Archives a notice's fact for its enterprise and announces it: a new notice to its target, a
/// step to its sender.
pub(crate) fn archive_and_announce(work: &mut Work<'_>, notice: &Notice, fact: LinkageFact<'_>) {
    let event = fact.event();
    work.announce([Event::LinkageNotice {
        notice_id: notice.id,
        enterprise_id: notice.enterprise_id,
        source_authority_id: notice.source_authority_id,
        target_authority_id: notice.target_authority_id,
        archive_kind: event.kind,
        summary: event.summary,
    }]);
    work.archive(
        notice.enterprise_id,
        notice.license_id,
        oversight_domain::archive::ArchiveFact::Linkage(fact),
    );
}
