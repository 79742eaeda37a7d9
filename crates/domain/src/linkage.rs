//! Linkage (联动, §二(六)): "对生产许可审查发现的生产条件、生产工艺等问题,审查部门向有关省生产许可证
//! 管理部门通报,对国家监督抽查不合格的获证企业及产品,总局向有关省生产许可证管理部门通报,省级监督抽查
//! 不合格的获证企业及产品,省级局向有关市(地)级质量技术监督部门通报". Notices flow down one tier at
//! a time, are passed on further, and close with the record that proves the action taken.
//! docs/adr/0026.

pub mod notice;

use serde_json::json;

use crate::archive::{ArchiveEvent, ArchiveEventKind as Kind};
use notice::Notice;

/// A fact of a linkage notice for the enterprise's archive.
#[derive(Debug, Clone, Copy)]
pub enum LinkageFact<'a> {
    Sent(&'a Notice),
    Acknowledged(&'a Notice),
    /// The notice passed on, with the children made.
    PassedOn(&'a Notice, &'a [Notice]),
    Closed(&'a Notice),
}

impl LinkageFact<'_> {
    /// The stored event: kind, bilingual summary, details.
    pub fn event(&self) -> ArchiveEvent {
        match *self {
            LinkageFact::Sent(n) => ArchiveEvent {
                kind: Kind::LinkageNoticeSent,
                summary: format!(
                    "通报 Linkage notice {} ({}) sent by authority {} to authority {}",
                    n.id, n.notice_type, n.source_authority_id, n.target_authority_id
                ),
                details: n.state(),
            },
            LinkageFact::Acknowledged(n) => ArchiveEvent {
                kind: Kind::LinkageNoticeAcknowledged,
                summary: format!(
                    "通报签收 Linkage notice {} acknowledged by authority {}",
                    n.id, n.target_authority_id
                ),
                details: json!({ "noticeId": n.id, "acknowledgedOn": n.acknowledged_on }),
            },
            LinkageFact::PassedOn(n, children) => {
                let to: Vec<String> = children.iter().map(|c| c.target_authority_id.to_string()).collect();
                ArchiveEvent {
                    kind: Kind::LinkageNoticePassedOn,
                    summary: format!(
                        "通报转发 Linkage notice {} passed on to authorities {}",
                        n.id,
                        to.join(", ")
                    ),
                    details: json!({ "noticeId": n.id,
                                     "children": children.iter().map(|c| json!({ "noticeId": c.id, "targetAuthorityId": c.target_authority_id })).collect::<Vec<_>>() }),
                }
            }
            LinkageFact::Closed(n) => ArchiveEvent {
                kind: Kind::LinkageNoticeClosed,
                summary: match (n.proof_kind, n.proof_id) {
                    (Some(kind), Some(id)) => {
                        format!("通报办结 Linkage notice {} closed; 证明 proof: {kind} {id}", n.id)
                    }
                    _ => format!("通报办结 Linkage notice {} closed: every notice passed on closed", n.id),
                },
                details: json!({ "noticeId": n.id, "closedOn": n.closed_on, "proofKind": n.proof_kind,
                                 "proofId": n.proof_id, "note": n.close_note }),
            },
        }
    }
}
