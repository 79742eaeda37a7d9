//! Responsibility (§四 "强化责任"): the tier above supervises and handles the work of the tier below
//! (督查督办, `order`), and answers what the tier below raises (`request`): "获证企业证后监管工作实行
//! 层级督查督办制度 … 对下级部门提出的问题、遇到的困难、需要的保障,上级部门要及时予以答复、解决".
//! docs/adr/0035.

pub mod agreement;
pub mod assignment;
pub mod order;
pub mod overview;
pub mod record;
pub mod request;

use serde_json::json;

use crate::archive::{ArchiveEvent, ArchiveEventKind as Kind};
use order::Order;

/// A fact of a supervision order about an enterprise, for the enterprise's archive.
#[derive(Debug, Clone, Copy)]
pub enum OrderFact<'a> {
    Issued(&'a Order),
    Completed(&'a Order),
    Accepted(&'a Order),
}

impl OrderFact<'_> {
    /// The stored event: kind, bilingual summary, details.
    pub fn event(&self) -> ArchiveEvent {
        match *self {
            OrderFact::Issued(o) => ArchiveEvent {
                kind: Kind::SupervisionOrderIssued,
                summary: format!(
                    "督查督办 Supervision order {} issued by authority {} to authority {}, due {}",
                    o.id, o.issuer_authority_id, o.target_authority_id, o.deadline
                ),
                details: o.state(),
            },
            OrderFact::Completed(o) => ArchiveEvent {
                kind: Kind::SupervisionOrderCompleted,
                summary: format!(
                    "督办完成 Supervision order {} completed by authority {}",
                    o.id, o.target_authority_id
                ),
                details: json!({ "orderId": o.id, "completedOn": o.completed_on, "completion": o.completion }),
            },
            OrderFact::Accepted(o) => ArchiveEvent {
                kind: Kind::SupervisionOrderAccepted,
                summary: format!(
                    "督办验收 Supervision order {} accepted by authority {}",
                    o.id, o.issuer_authority_id
                ),
                details: json!({ "orderId": o.id, "acceptedOn": o.accepted_on }),
            },
        }
    }
}
