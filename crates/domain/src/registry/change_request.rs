//! Enterprise change requests (变更申请): an enterprise asks for a change of its name, production
//! conditions (生产条件), inspection means (检验手段) or process (生产工艺); its supervising
//! officer accepts or refuses it, or the enterprise withdraws it. A change of production
//! conditions, inspection means or process needs re-review (重新审查, §二(三) item 2;
//! docs/adr/0018).

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::error::{Collector, FieldError, ValidationErrors};
use crate::ids::{ChangeRequestId, EnterpriseId};
use crate::registry::enterprise::{EnterpriseBaseData, parse_long_text, parse_name};
use crate::text::parse_text;

crate::stored_enum! {
    /// Where a change request stands. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum ChangeRequestStatus {
        /// Waiting for the supervising officer's review.
        Open = "OPEN",
        /// Accepted: the change was applied to the base data.
        Accepted = "ACCEPTED",
        /// Refused with a reason: the base data stayed as it was.
        Refused = "REFUSED",
        /// Withdrawn by the enterprise before review.
        Withdrawn = "WITHDRAWN",
    }
}

/// What can happen to a change request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangeRequestEvent {
    Accept,
    Refuse,
    Withdraw,
}

/// Why a change request refused an event: it is no longer open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ChangeRequestRefused {
    #[error("the change request is {0}, no longer open")]
    NotOpen(ChangeRequestStatus),
}

impl ChangeRequestStatus {
    /// The status after `event`: OPEN → ACCEPTED | REFUSED | WITHDRAWN; nothing after.
    pub fn next(self, event: ChangeRequestEvent) -> Result<ChangeRequestStatus, ChangeRequestRefused> {
        use ChangeRequestStatus::*;
        match (self, event) {
            (Open, ChangeRequestEvent::Accept) => Ok(Accepted),
            (Open, ChangeRequestEvent::Refuse) => Ok(Refused),
            (Open, ChangeRequestEvent::Withdraw) => Ok(Withdrawn),
            (Accepted | Refused | Withdrawn, _) => Err(ChangeRequestRefused::NotOpen(self)),
        }
    }
}

/// The fields a request changes; `None` is not changed. Only fields whose value differs from the
/// base data at request time are kept.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProposedChange {
    pub name: Option<String>,
    pub production_conditions: Option<String>,
    pub inspection_means: Option<String>,
    pub process: Option<String>,
}

/// Raw input of a change request, as it arrives from the API.
#[derive(Debug, Clone, Default)]
pub struct RawChange {
    pub name: Option<String>,
    pub production_conditions: Option<String>,
    pub inspection_means: Option<String>,
    pub process: Option<String>,
    pub reason: String,
}

/// Why a change request cannot be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProposeRefused {
    #[error("{0}")]
    Invalid(ValidationErrors),
    /// Every given field equals the base data (or none was given).
    #[error(
        "the request changes nothing: give a name, productionConditions, inspectionMeans or process that differs from the base data"
    )]
    NothingChanged,
}

impl ProposedChange {
    /// Parses a request against the current base data: every bad field is reported; a value
    /// equal to the current one is dropped; a request left with no change is refused.
    pub fn parse(
        raw: RawChange,
        current: &EnterpriseBaseData,
    ) -> Result<(ProposedChange, String), ProposeRefused> {
        let mut errors = Collector::default();
        let reason = errors.take(parse_reason(&raw.reason));
        let differs = |value: Option<String>, now: &str| value.filter(|v| v != now);
        let name = raw.name.and_then(|s| errors.take(parse_name(&s)));
        let long = |errors: &mut Collector, field, raw: Option<String>| {
            raw.and_then(|s| errors.take(parse_long_text(field, &s)))
        };
        let production_conditions = long(&mut errors, "productionConditions", raw.production_conditions);
        let inspection_means = long(&mut errors, "inspectionMeans", raw.inspection_means);
        let process = long(&mut errors, "process", raw.process);
        if !errors.is_empty() {
            return Err(ProposeRefused::Invalid(errors.into_errors()));
        }
        let change = ProposedChange {
            name: differs(name, &current.name),
            production_conditions: differs(production_conditions, &current.production_conditions),
            inspection_means: differs(inspection_means, &current.inspection_means),
            process: differs(process, &current.process),
        };
        match reason {
            Some(reason) if !change.is_empty() => Ok((change, reason)),
            Some(_) => Err(ProposeRefused::NothingChanged),
            None => Err(ProposeRefused::Invalid(errors.into_errors())),
        }
    }

    fn is_empty(&self) -> bool {
        self.fields().is_empty()
    }

    /// The names of the changed fields, in field order.
    pub fn fields(&self) -> Vec<&'static str> {
        [
            ("name", self.name.is_some()),
            ("productionConditions", self.production_conditions.is_some()),
            ("inspectionMeans", self.inspection_means.is_some()),
            ("process", self.process.is_some()),
        ]
        .into_iter()
        .filter(|&(_, changed)| changed)
        .map(|(field, _)| field)
        .collect()
    }

    /// Whether accepting it requires the re-review (重新审查) of the enterprise's licenses in
    /// force: a change of production conditions, inspection means or process (§二(三) item 2); a
    /// name alone does not.
    pub fn requires_re_review(&self) -> bool {
        self.production_conditions.is_some() || self.inspection_means.is_some() || self.process.is_some()
    }

    /// The base data with the change applied.
    pub fn apply_to(&self, base: &EnterpriseBaseData) -> EnterpriseBaseData {
        let pick = |new: &Option<String>, old: &String| new.clone().unwrap_or_else(|| old.clone());
        EnterpriseBaseData {
            name: pick(&self.name, &base.name),
            production_conditions: pick(&self.production_conditions, &base.production_conditions),
            inspection_means: pick(&self.inspection_means, &base.inspection_means),
            process: pick(&self.process, &base.process),
            ..base.clone()
        }
    }
}

/// A reason (of a request, a decision, a withdrawal, a re-review's conclusion): 1–1000
/// characters, several lines allowed.
pub fn parse_reason(s: &str) -> Result<String, FieldError> {
    parse_text("reason", s, 1, 1000, true)
}

/// A stored change request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnterpriseChangeRequest {
    pub id: ChangeRequestId,
    pub enterprise_id: EnterpriseId,
    pub change: ProposedChange,
    /// The enterprise's reason for the change.
    pub reason: String,
    pub status: ChangeRequestStatus,
    /// Who asked (the enterprise user's subject).
    pub requested_by: String,
    /// The officer's reason for accepting or refusing, or the enterprise's for withdrawing.
    pub decision_reason: Option<String>,
    pub decided_by: Option<String>,
    pub decided_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl EnterpriseChangeRequest {
    /// The request after `event`, decided by `by` for `reason` at `now`.
    pub fn decide(
        &self,
        event: ChangeRequestEvent,
        reason: &str,
        by: &str,
        now: DateTime<Utc>,
    ) -> Result<EnterpriseChangeRequest, ChangeRequestRefused> {
        let status = self.status.next(event)?;
        Ok(EnterpriseChangeRequest {
            status,
            decision_reason: Some(reason.to_owned()),
            decided_by: Some(by.to_owned()),
            decided_at: Some(now),
            updated_at: now,
            ..self.clone()
        })
    }

    /// The state the audit record keeps before and after a change.
    pub fn state(&self) -> serde_json::Value {
        serde_json::json!({
            "enterpriseId": self.enterprise_id,
            "change": self.change,
            "reason": self.reason,
            "status": self.status.as_str(),
            "requestedBy": self.requested_by,
            "decisionReason": self.decision_reason,
            "decidedBy": self.decided_by,
        })
    }
}

/// What required a re-review: an accepted change request, or a patrol that found conditions,
/// technology or process changed without one (§二(三) item 2, docs/adr/0022).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReReviewOrigin {
    ChangeRequest(ChangeRequestId),
    Patrol(crate::ids::PatrolId),
}

/// A license's re-review (重新审查) after an accepted change of production conditions,
/// inspection means or process, or after a patrol found such a change unreported (§二(三) item
/// 2): required since then, concluded by a provincial authority. A license keeps its latest one;
/// a later requirement replaces it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReReview {
    pub required_since: DateTime<Utc>,
    /// Why: the changed fields and the change request's reason, or the patrol's note.
    pub reason: String,
    pub origin: ReReviewOrigin,
    pub concluded_on: Option<NaiveDate>,
    pub conclusion: Option<String>,
    pub concluded_by: Option<String>,
}

/// Why a re-review cannot be concluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ReReviewRefused {
    #[error("the license is not awaiting a re-review (none was required, or it was concluded)")]
    NotPending,
}

impl ReReview {
    /// The re-review a change request's acceptance requires.
    pub fn required(request: &EnterpriseChangeRequest, now: DateTime<Utc>) -> ReReview {
        ReReview {
            required_since: now,
            reason: format!("{}: {}", request.change.fields().join(", "), request.reason),
            origin: ReReviewOrigin::ChangeRequest(request.id),
            concluded_on: None,
            conclusion: None,
            concluded_by: None,
        }
    }

    /// The re-review a patrol's finding on item 2 requires.
    pub fn found_on_patrol(patrol_id: crate::ids::PatrolId, note: &str, now: DateTime<Utc>) -> ReReview {
        ReReview {
            required_since: now,
            reason: format!("巡查 patrol {patrol_id}: {note}"),
            origin: ReReviewOrigin::Patrol(patrol_id),
            concluded_on: None,
            conclusion: None,
            concluded_by: None,
        }
    }

    /// The change request that required it, if one did.
    pub fn change_request_id(&self) -> Option<ChangeRequestId> {
        match self.origin {
            ReReviewOrigin::ChangeRequest(id) => Some(id),
            ReReviewOrigin::Patrol(_) => None,
        }
    }

    /// The patrol that required it, if one did.
    pub fn patrol_id(&self) -> Option<crate::ids::PatrolId> {
        match self.origin {
            ReReviewOrigin::Patrol(id) => Some(id),
            ReReviewOrigin::ChangeRequest(_) => None,
        }
    }

    /// Whether it waits for its conclusion.
    pub fn pending(&self) -> bool {
        self.concluded_on.is_none()
    }

    /// Concludes the license's re-review, if one is pending.
    pub fn conclude(
        current: Option<&ReReview>,
        conclusion: &str,
        by: &str,
        today: NaiveDate,
    ) -> Result<ReReview, ReReviewRefused> {
        match current {
            Some(review) if review.pending() => Ok(ReReview {
                concluded_on: Some(today),
                conclusion: Some(conclusion.to_owned()),
                concluded_by: Some(by.to_owned()),
                ..review.clone()
            }),
            _ => Err(ReReviewRefused::NotPending),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::ErrorCode;
    use crate::registry::enterprise::{EnterpriseScale, NewEnterprise, RawBaseData};

    fn base() -> EnterpriseBaseData {
        let raw = RawBaseData {
            name: Some("南京某某电线电缆有限公司".to_owned()),
            region_code: Some("320102".to_owned()),
            address: Some("南京市玄武区某某路1号".to_owned()),
            scale: Some(EnterpriseScale::Medium),
            production_conditions: Some("两条生产线".to_owned()),
            ..RawBaseData::default()
        };
        NewEnterprise::parse("91350100M000100Y43", raw).unwrap().base
    }

    #[test]
    fn machine_all_pairs() {
        use ChangeRequestEvent::*;
        use ChangeRequestStatus::*;
        let table = [
            (Open, Accept, Ok(Accepted)),
            (Open, Refuse, Ok(Refused)),
            (Open, Withdraw, Ok(Withdrawn)),
            (Accepted, Accept, Err(ChangeRequestRefused::NotOpen(Accepted))),
            (Accepted, Refuse, Err(ChangeRequestRefused::NotOpen(Accepted))),
            (Accepted, Withdraw, Err(ChangeRequestRefused::NotOpen(Accepted))),
            (Refused, Accept, Err(ChangeRequestRefused::NotOpen(Refused))),
            (Refused, Refuse, Err(ChangeRequestRefused::NotOpen(Refused))),
            (Refused, Withdraw, Err(ChangeRequestRefused::NotOpen(Refused))),
            (Withdrawn, Accept, Err(ChangeRequestRefused::NotOpen(Withdrawn))),
            (Withdrawn, Refuse, Err(ChangeRequestRefused::NotOpen(Withdrawn))),
            (Withdrawn, Withdraw, Err(ChangeRequestRefused::NotOpen(Withdrawn))),
        ];
        assert_eq!(table.len(), ChangeRequestStatus::ALL.len() * 3, "every (status, event) pair");
        for (from, event, expected) in table {
            assert_eq!(from.next(event), expected, "{from:?} + {event:?}");
        }
        assert_eq!(
            ChangeRequestStatus::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
            ["OPEN", "ACCEPTED", "REFUSED", "WITHDRAWN"]
        );
    }

    #[test]
    fn re_review_concludes_once() {
        let at = DateTime::<Utc>::MIN_UTC;
        let today: NaiveDate = "2026-12-04".parse().unwrap();
        let request = EnterpriseChangeRequest {
            id: ChangeRequestId::new(2),
            enterprise_id: EnterpriseId::new(1),
            change: ProposedChange {
                production_conditions: Some("三条线".to_owned()),
                ..ProposedChange::default()
            },
            reason: "扩产".to_owned(),
            status: ChangeRequestStatus::Accepted,
            requested_by: "e".to_owned(),
            decision_reason: None,
            decided_by: None,
            decided_at: None,
            created_at: at,
            updated_at: at,
        };
        let required = ReReview::required(&request, at);
        assert_eq!(required.reason, "productionConditions: 扩产");
        assert!(required.pending());
        let concluded = ReReview::conclude(Some(&required), "符合", "p", today).unwrap();
        assert_eq!((concluded.concluded_on, concluded.conclusion.as_deref()), (Some(today), Some("符合")));
        assert!(!concluded.pending());
        let cases =
            [(None, Err(ReReviewRefused::NotPending)), (Some(&concluded), Err(ReReviewRefused::NotPending))];
        for (current, expected) in cases {
            assert_eq!(ReReview::conclude(current, "x", "p", today), expected);
        }
    }

    #[test]
    fn parse() {
        type Expected = Result<(Vec<&'static str>, bool), Option<Vec<(&'static str, ErrorCode)>>>;
        let raw =
            |name: Option<&str>, conditions: Option<&str>, means: Option<&str>, reason: &str| RawChange {
                name: name.map(str::to_owned),
                production_conditions: conditions.map(str::to_owned),
                inspection_means: means.map(str::to_owned),
                process: None,
                reason: reason.to_owned(),
            };
        let cases: Vec<(RawChange, Expected)> = vec![
            (raw(Some("南京新名称有限公司"), None, None, "更名"), Ok((vec!["name"], false))),
            (raw(None, Some("三条生产线"), None, "扩产"), Ok((vec!["productionConditions"], true))),
            (
                raw(Some(" 南京某某电线电缆有限公司 "), Some("三条生产线"), Some("拉力机"), "扩产"),
                Ok((vec!["productionConditions", "inspectionMeans"], true)),
            ),
            (
                RawChange {
                    process: Some("新工艺".to_owned()),
                    reason: "x".to_owned(),
                    ..RawChange::default()
                },
                Ok((vec!["process"], true)),
            ),
            // Nothing given, or only the current values: nothing to review.
            (raw(None, None, None, "无"), Err(None)),
            (raw(Some("南京某某电线电缆有限公司"), Some("两条生产线"), None, "无"), Err(None)),
            (raw(None, Some("三条生产线"), None, " "), Err(Some(vec![("reason", ErrorCode::InvalidText)]))),
            (
                raw(Some("某"), Some(&"况".repeat(4001)), None, "x"),
                Err(Some(vec![
                    ("name", ErrorCode::InvalidText),
                    ("productionConditions", ErrorCode::InvalidText),
                ])),
            ),
        ];
        for (raw, expected) in cases {
            let label = format!("{raw:?}");
            match (ProposedChange::parse(raw, &base()), expected) {
                (Ok((change, _)), Ok((fields, re_review))) => {
                    assert_eq!(change.fields(), fields, "{label}");
                    assert_eq!(change.requires_re_review(), re_review, "{label}");
                    let applied = change.apply_to(&base());
                    assert_eq!(applied.region, base().region, "{label}");
                    assert_eq!(
                        ProposedChange::parse(
                            RawChange {
                                name: Some(applied.name.clone()),
                                production_conditions: Some(applied.production_conditions.clone()),
                                inspection_means: Some(applied.inspection_means.clone()),
                                process: Some(applied.process.clone()),
                                reason: "again".to_owned(),
                            },
                            &applied
                        ),
                        Err(ProposeRefused::NothingChanged),
                        "{label}: applied, the same values change nothing"
                    );
                }
                (Err(ProposeRefused::NothingChanged), Err(None)) => {}
                (Err(ProposeRefused::Invalid(errors)), Err(Some(want))) => {
                    let got: Vec<_> = errors.0.into_iter().map(|e| (e.field, e.code)).collect();
                    assert_eq!(got, want, "{label}");
                }
                (actual, expected) => panic!("{label}: got {actual:?}, expected {expected:?}"),
            }
        }
    }
}
