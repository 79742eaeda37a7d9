//! Responsible persons (§四 "获证企业证后监管工作实行层级负责制,行政一把手为第一责任人,分管领导为主要
//! 责任人,负责辖区监管任务的人员为直接责任人"): the kinds of work a person is made directly responsible
//! for (直接责任人), the assignment with its history, and the checks on an assignment or a
//! reassignment. docs/adr/0036.

use chrono::NaiveDate;
use serde::Serialize;

use crate::access::Tier;
use crate::audit::ObjectRef;
use crate::ids::{
    AuthorityId, CounterfeitCaseId, NoticeId, OfficerId, PatrolPlanId, ResponsibilityAssignmentId,
    ReviewYearId, SupervisionOrderId, UnlicensedCaseId,
};
use crate::registry::officer::{Officer, OfficerStatus};
use crate::registry::region::RegionCode;

crate::stored_enum! {
    /// A kind of work somebody is directly responsible for. Stored strings are never renamed; a
    /// new kind is one more line here and one more holder in storage.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum WorkKind {
        /// A patrol plan (巡查计划), held by the province that made it.
        PatrolPlan = "PATROL_PLAN",
        /// A province's annual-review year (年度审查), held by the province.
        ReviewYear = "REVIEW_YEAR",
        /// A linkage notice (联动通报), held by the authority it was sent to.
        LinkageNotice = "LINKAGE_NOTICE",
        /// An unlicensed-production case (无证生产), held by the authority that opened it.
        UnlicensedCase = "UNLICENSED_CASE",
        /// A malicious-counterfeiting case (恶意造假), held by the authority that opened it.
        CounterfeitCase = "COUNTERFEIT_CASE",
        /// A supervision order (督查督办), held by the authority ordered.
        SupervisionOrder = "SUPERVISION_ORDER",
    }
}

/// A piece of work: its kind and its row's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkRef {
    pub kind: WorkKind,
    pub id: i64,
}

impl WorkRef {
    /// The work as an audited object, so its trail lists who was made responsible for it.
    pub fn object(&self) -> ObjectRef {
        match self.kind {
            WorkKind::PatrolPlan => ObjectRef::of(PatrolPlanId::new(self.id)),
            WorkKind::ReviewYear => ObjectRef::of(ReviewYearId::new(self.id)),
            WorkKind::LinkageNotice => ObjectRef::of(NoticeId::new(self.id)),
            WorkKind::UnlicensedCase => ObjectRef::of(UnlicensedCaseId::new(self.id)),
            WorkKind::CounterfeitCase => ObjectRef::of(CounterfeitCaseId::new(self.id)),
            WorkKind::SupervisionOrder => ObjectRef::of(SupervisionOrderId::new(self.id)),
        }
    }
}

/// The authority that holds a piece of work, and where it sits: its head or leader in charge
/// assigns the work, to one of its own officers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Holder {
    pub authority_id: AuthorityId,
    pub region: RegionCode,
}

/// One assignment of a piece of work to an officer: current until a reassignment ends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Assignment {
    pub id: ResponsibilityAssignmentId,
    pub work: WorkRef,
    pub authority_id: AuthorityId,
    pub authority_region: RegionCode,
    pub officer_id: OfficerId,
    pub assigned_on: NaiveDate,
    /// Why the work was given to this officer instead of the last one (a reassignment's).
    pub reason: Option<String>,
    /// The day a reassignment ended it; `None` while current.
    pub ended_on: Option<NaiveDate>,
}

impl Assignment {
    /// The audit state.
    pub fn state(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

/// Why an assignment or a reassignment is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AssignmentRefused {
    #[error("the officer does not serve the authority that holds the work")]
    NotOfAuthority,
    #[error("the officer is inactive")]
    Inactive,
    #[error("the work has a responsible person already: reassign it, with a reason")]
    AlreadyAssigned,
    #[error("the work has no responsible person yet: assign one first")]
    NotAssigned,
    #[error("the officer is responsible for the work already")]
    SameOfficer,
}

/// Checks that `officer` may be made responsible for work held by `holder`, given the current
/// assignment and whether this is a reassignment: the officer an active one of the holder,
/// a first assignment only on unassigned work, a reassignment only to somebody else.
pub fn check_assignment(
    holder: &Holder,
    officer: &Officer,
    current: Option<&Assignment>,
    reassigning: bool,
) -> Result<(), AssignmentRefused> {
    if officer.authority_id != holder.authority_id {
        return Err(AssignmentRefused::NotOfAuthority);
    }
    if officer.status != OfficerStatus::Active {
        return Err(AssignmentRefused::Inactive);
    }
    match (current, reassigning) {
        (Some(_), false) => Err(AssignmentRefused::AlreadyAssigned),
        (None, true) => Err(AssignmentRefused::NotAssigned),
        (Some(current), true) if current.officer_id == officer.id => Err(AssignmentRefused::SameOfficer),
        _ => Ok(()),
    }
}

/// An authority's responsible persons (§四) from its active officers: the head (行政一把手, first
/// responsible), the leaders in charge (分管领导, main responsible) and the staff (直接责任人,
/// direct responsible), each in the order given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResponsiblePersons {
    pub heads: Vec<Officer>,
    pub leaders_in_charge: Vec<Officer>,
    pub staff: Vec<Officer>,
}

impl ResponsiblePersons {
    /// Sorts `officers` into their tiers; inactive officers carry no responsibility.
    pub fn of(officers: impl IntoIterator<Item = Officer>) -> ResponsiblePersons {
        let mut persons = ResponsiblePersons::default();
        for officer in officers.into_iter().filter(|o| o.status == OfficerStatus::Active) {
            match officer.tier {
                Tier::Head => persons.heads.push(officer),
                Tier::LeaderInCharge => persons.leaders_in_charge.push(officer),
                Tier::Staff => persons.staff.push(officer),
            }
        }
        persons
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use chrono::{TimeZone, Utc};

    use super::*;

    fn officer(id: i64, authority: i64, tier: Tier, status: OfficerStatus) -> Officer {
        let at = Utc.with_ymd_and_hms(2027, 3, 1, 0, 0, 0).unwrap();
        Officer {
            id: OfficerId::new(id),
            authority_id: AuthorityId::new(authority),
            name: format!("officer {id}"),
            badge_number: format!("B-{id:04}"),
            subject: format!("sub-{id}"),
            tier,
            industries: Vec::new(),
            status,
            deactivation_reason: None,
            deactivated_at: None,
            created_at: at,
            updated_at: at,
        }
    }

    fn assignment(officer_id: i64) -> Assignment {
        Assignment {
            id: ResponsibilityAssignmentId::new(1),
            work: WorkRef { kind: WorkKind::PatrolPlan, id: 9 },
            authority_id: AuthorityId::new(2),
            authority_region: RegionCode::parse("320000").unwrap(),
            officer_id: OfficerId::new(officer_id),
            assigned_on: "2027-03-01".parse().unwrap(),
            reason: None,
            ended_on: None,
        }
    }

    /// A case: name, officer, current assignment, reassigning, expected.
    type Case<'a> = (&'a str, Officer, Option<&'a Assignment>, bool, Result<(), AssignmentRefused>);

    #[test]
    fn assignments_and_reassignments() {
        use AssignmentRefused::*;
        use OfficerStatus::{Active, Inactive as Gone};
        let holder =
            Holder { authority_id: AuthorityId::new(2), region: RegionCode::parse("320000").unwrap() };
        let current = assignment(5);
        #[rustfmt::skip]
        let cases: [Case<'_>; 8] = [
            ("first, own staff",          officer(5, 2, Tier::Staff, Active), None,           false, Ok(())),
            ("first, own head",           officer(6, 2, Tier::Head, Active),  None,           false, Ok(())),
            ("first, another authority",  officer(7, 3, Tier::Staff, Active), None,           false, Err(NotOfAuthority)),
            ("first, inactive",           officer(8, 2, Tier::Staff, Gone),   None,           false, Err(Inactive)),
            ("first, but assigned",       officer(6, 2, Tier::Staff, Active), Some(&current), false, Err(AlreadyAssigned)),
            ("reassign, unassigned",      officer(6, 2, Tier::Staff, Active), None,           true,  Err(NotAssigned)),
            ("reassign, same officer",    officer(5, 2, Tier::Staff, Active), Some(&current), true,  Err(SameOfficer)),
            ("reassign, another officer", officer(6, 2, Tier::Staff, Active), Some(&current), true,  Ok(())),
        ];
        for (name, officer, current, reassigning, expected) in cases {
            assert_eq!(check_assignment(&holder, &officer, current, reassigning), expected, "{name}");
        }
    }

    #[test]
    fn responsible_persons_by_tier_without_the_inactive() {
        let persons = ResponsiblePersons::of([
            officer(1, 2, Tier::Staff, OfficerStatus::Active),
            officer(2, 2, Tier::Head, OfficerStatus::Active),
            officer(3, 2, Tier::LeaderInCharge, OfficerStatus::Active),
            officer(4, 2, Tier::Head, OfficerStatus::Inactive),
            officer(5, 2, Tier::LeaderInCharge, OfficerStatus::Active),
        ]);
        let ids = |officers: &[Officer]| officers.iter().map(|o| o.id.get()).collect::<Vec<_>>();
        assert_eq!(ids(&persons.heads), [2]);
        assert_eq!(ids(&persons.leaders_in_charge), [3, 5]);
        assert_eq!(ids(&persons.staff), [1]);
    }

    #[test]
    fn work_kinds_round_trip() {
        for kind in WorkKind::ALL {
            assert_eq!(WorkKind::parse(kind.as_str()), Some(*kind));
        }
        assert_eq!(WorkKind::ALL.len(), 6);
    }
}
