//! The inbox (待办, issue 19 item 7, docs/adr/0040): what is due for a caller across the
//! workflows. Each kind of item is one workflow record in one state waiting for one action; who
//! sees it is who that action's row of the policy table names (`access::rule`), over the reach
//! the caller's organisation gives (its authority's jurisdiction, its institution's tasks, its
//! own enterprise). The records keep their own deadlines; nothing here invents one.

use crate::access::{Action, Organisation, Principal, Scope, read_scope, rule};
use crate::ids::{AuthorityId, EnterpriseId, InstitutionId};

crate::stored_enum! {
    /// What an inbox item waits for. The stored names order the items of one day.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum InboxKind {
        /// A license in force with a periodic test (定期监督检验) due within
        /// [`TESTS_AHEAD_DAYS`] or overdue: a sample to take and a task to open. Dated by the
        /// license's next due day on its schedule (`testing::due`).
        TestsToSample = "TESTS_TO_SAMPLE",
        /// A testing task sampled and assigned: its results are awaited from the institution.
        ResultsAwaited = "RESULTS_AWAITED",
        /// An objection to a verdict (异议) waiting for its decision.
        ObjectionToDecide = "OBJECTION_TO_DECIDE",
        /// A rectification (整改) running to its deadline.
        RectificationDue = "RECTIFICATION_DUE",
        /// A follow-up visit (回访) owed after a rectification's deadline.
        FollowUpDue = "FOLLOW_UP_DUE",
        /// An annual review (年度审查) whose self-inspection report was submitted: to examine.
        ReviewToExamine = "REVIEW_TO_EXAMINE",
        /// An enterprise's self-inspection report still owed for its annual review.
        SelfReportDue = "SELF_REPORT_DUE",
        /// A linkage notice (联动通报) sent to the caller's authority, to acknowledge.
        NoticeToAcknowledge = "NOTICE_TO_ACKNOWLEDGE",
        /// A linkage notice acknowledged by the caller's authority, to act on and close.
        NoticeToClose = "NOTICE_TO_CLOSE",
        /// A supervision order (督查督办) addressed to the caller's authority, to complete.
        OrderDue = "ORDER_DUE",
        /// A request from the tier below (下级请示) raised to the caller's authority, to answer.
        RequestToAnswer = "REQUEST_TO_ANSWER",
    }
}

/// How far ahead the inbox lists tests to sample: a license whose next test falls within this
/// many days of today (or is overdue) is in it. A schedule always has a next day, so without a
/// horizon every license in force would be waiting; a month is the time to plan a sampling trip
/// and book the institution (docs/adr/0040 decision 8).
pub const TESTS_AHEAD_DAYS: u64 = 30;

/// Where an item's day comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueDay {
    /// The record's own working-day deadline: the item is overdue the day after it.
    Deadline,
    /// No deadline is stored for this step: the item is dated by the day it began waiting (the
    /// sampling day, the review year's submission deadline) and is never overdue.
    Since,
}

impl InboxKind {
    /// The action that takes the item out of the inbox: its row says whose inbox it is in.
    pub fn acting(self) -> Action {
        match self {
            InboxKind::TestsToSample => Action::OpenTestingTask,
            InboxKind::ResultsAwaited => Action::SubmitTestResults,
            InboxKind::ObjectionToDecide => Action::DecideObjection,
            InboxKind::RectificationDue => Action::RequestRectificationExtension,
            InboxKind::FollowUpDue => Action::RecordFollowUp,
            InboxKind::ReviewToExamine => Action::ConcludeAnnualReview,
            InboxKind::SelfReportDue => Action::SubmitSelfInspectionReport,
            InboxKind::NoticeToAcknowledge => Action::AcknowledgeLinkageNotice,
            InboxKind::NoticeToClose => Action::CloseLinkageNotice,
            InboxKind::OrderDue => Action::CompleteSupervisionOrder,
            InboxKind::RequestToAnswer => Action::AnswerLowerTierRequest,
        }
    }

    /// Where the item's day comes from.
    pub fn due_day(self) -> DueDay {
        match self {
            InboxKind::ResultsAwaited | InboxKind::ReviewToExamine => DueDay::Since,
            _ => DueDay::Deadline,
        }
    }
}

/// Whose records an inbox reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// An authority's people: the enterprise records inside `scope` (its jurisdiction, as every
    /// list reads it), and the notices, orders and requests addressed to the authority itself.
    Authority { id: AuthorityId, scope: Scope },
    /// A testing institution: the tasks assigned to it.
    Institution(InstitutionId),
    /// An enterprise's user: its own records.
    Enterprise(EnterpriseId),
    /// Nobody's records (the platform).
    Nothing,
}

/// A caller's inbox: whose records, and which kinds of item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inbox {
    pub reach: Reach,
    /// The kinds in the inbox, in stored-name order; empty for a role that acts on none.
    pub kinds: Vec<InboxKind>,
}

impl Inbox {
    /// The inbox of `principal`, narrowed to `wanted` when given: the kinds whose acting row names
    /// the caller's role (an authority's inbox is the authority's, shared by its officers —
    /// docs/adr/0040 decision 2).
    pub fn of(principal: &Principal, wanted: Option<&[InboxKind]>) -> Inbox {
        let reach = match &principal.organisation {
            Organisation::Authority { id, .. } => Reach::Authority { id: *id, scope: read_scope(principal) },
            Organisation::Institution { id, .. } => Reach::Institution(*id),
            Organisation::Enterprise { id, .. } => Reach::Enterprise(*id),
            Organisation::Platform => Reach::Nothing,
        };
        let mut kinds: Vec<InboxKind> = InboxKind::ALL
            .iter()
            .copied()
            .filter(|kind| rule(kind.acting()).roles.contains(&principal.role))
            .filter(|kind| wanted.is_none_or(|wanted| wanted.contains(kind)))
            .collect();
        kinds.sort_by_key(|kind| kind.as_str());
        Inbox { reach, kinds }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::{Role, Tier};
    use crate::registry::authority::AuthorityLevel;
    use crate::registry::region::RegionCode;

    fn principal(role: Role) -> Principal {
        let region = |code: &str| RegionCode::parse(code).unwrap();
        let (organisation, tier) = match role.officer_level() {
            Some(level) => {
                let code = match level {
                    AuthorityLevel::National => "000000",
                    AuthorityLevel::Provincial => "320000",
                    AuthorityLevel::Municipal => "320100",
                    AuthorityLevel::County => "320102",
                };
                (
                    Organisation::Authority { id: AuthorityId::new(4), region: region(code), level },
                    Some(Tier::Staff),
                )
            }
            None => match role {
                Role::ReviewDepartment | Role::Auditor => (
                    Organisation::Authority {
                        id: AuthorityId::new(2),
                        region: region("320000"),
                        level: AuthorityLevel::Provincial,
                    },
                    None,
                ),
                Role::TestingInstitution => {
                    (Organisation::Institution { id: InstitutionId::new(7), region: region("320000") }, None)
                }
                Role::EnterpriseUser => {
                    (Organisation::Enterprise { id: EnterpriseId::new(1), region: region("320102") }, None)
                }
                _ => (Organisation::Platform, None),
            },
        };
        Principal::new("someone".to_owned(), role, tier, organisation).unwrap()
    }

    fn names(inbox: &Inbox) -> Vec<&'static str> {
        inbox.kinds.iter().map(|kind| kind.as_str()).collect()
    }

    #[test]
    fn each_role_gets_the_kinds_its_acting_rows_name() {
        use Role::*;
        let field = vec![
            "FOLLOW_UP_DUE",
            "NOTICE_TO_ACKNOWLEDGE",
            "NOTICE_TO_CLOSE",
            "OBJECTION_TO_DECIDE",
            "ORDER_DUE",
            "RECTIFICATION_DUE",
            "REVIEW_TO_EXAMINE",
            "TESTS_TO_SAMPLE",
        ];
        let mut city_up = field.clone();
        city_up.push("REQUEST_TO_ANSWER");
        city_up.sort_unstable();
        let cases: Vec<(Role, Vec<&str>)> = vec![
            (
                NationalOfficer,
                vec![
                    "OBJECTION_TO_DECIDE",
                    "RECTIFICATION_DUE",
                    "REQUEST_TO_ANSWER",
                    "REVIEW_TO_EXAMINE",
                    "TESTS_TO_SAMPLE",
                ],
            ),
            (ProvincialOfficer, city_up.clone()),
            (MunicipalOfficer, city_up),
            (CountyOfficer, field),
            (ReviewDepartment, vec![]),
            (TestingInstitution, vec!["RESULTS_AWAITED"]),
            (EnterpriseUser, vec!["RECTIFICATION_DUE", "SELF_REPORT_DUE"]),
            (PluginAdministrator, vec![]),
            (Auditor, vec![]),
        ];
        for (role, expected) in cases {
            assert_eq!(names(&Inbox::of(&principal(role), None)), expected, "{role:?}");
        }
    }

    #[test]
    fn the_reach_follows_the_organisation_and_the_filter_narrows() {
        let county = Inbox::of(
            &principal(Role::CountyOfficer),
            Some(&[InboxKind::OrderDue, InboxKind::ResultsAwaited]),
        );
        assert_eq!(names(&county), vec!["ORDER_DUE"]);
        assert_eq!(
            county.reach,
            Reach::Authority {
                id: AuthorityId::new(4),
                scope: Scope::Within(RegionCode::parse("320102").unwrap())
            }
        );
        assert_eq!(
            Inbox::of(&principal(Role::TestingInstitution), None).reach,
            Reach::Institution(InstitutionId::new(7))
        );
        assert_eq!(
            Inbox::of(&principal(Role::EnterpriseUser), None).reach,
            Reach::Enterprise(EnterpriseId::new(1))
        );
        assert_eq!(Inbox::of(&principal(Role::PluginAdministrator), None).reach, Reach::Nothing);
    }
}
