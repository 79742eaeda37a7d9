//! The policy's tests: a few named cases, and the whole decision table — every principal of the
//! table below × every action × a representative set of resources — compared with a snapshot
//! recorded once from `decide` as it stood in nested matches, before the policy became a rule
//! table; the rows of the actions added with the table (each borrowed another action's decision,
//! or was decided in the API) were recorded from the decision they were taken by then. The
//! snapshot is an oracle independent of the rule table: never regenerate it from the code under
//! test; a row changes only when the policy is meant to change.

#![allow(clippy::unwrap_used)]

use super::*;

fn region(code: &str) -> RegionCode {
    RegionCode::parse(code).unwrap()
}

fn officer(role: Role, code: &str, level: AuthorityLevel) -> Principal {
    let organisation = Organisation::Authority { id: AuthorityId::new(1), region: region(code), level };
    Principal::new("officer".into(), role, Some(Tier::Staff), organisation).unwrap()
}

fn lab(id: i64) -> Principal {
    let organisation = Organisation::Institution { id: InstitutionId::new(id), region: region("320000") };
    Principal::new("lab".into(), Role::TestingInstitution, None, organisation).unwrap()
}

#[test]
fn testing_tasks_are_reached_by_jurisdiction_or_assignment() {
    use AuthorityLevel::{County, Provincial};
    let jiangsu = officer(Role::ProvincialOfficer, "320000", Provincial);
    let xuanwu = officer(Role::CountyOfficer, "320102", County);
    // A task of an enterprise at 320102 assigned to institution 7.
    let task = Resource::TestingTask {
        enterprise_id: EnterpriseId::new(1),
        region: region("320102"),
        institution_id: InstitutionId::new(7),
    };
    let forbidden = |reason: &'static str| Err(Denial::Forbidden(reason));
    let cases: Vec<(&str, Principal, Action, Resource, Decision)> = vec![
        (
            "province designates inside",
            jiangsu.clone(),
            Action::DesignateInstitution,
            Resource::Region(region("320100")),
            Ok(()),
        ),
        (
            "province designates outside",
            jiangsu.clone(),
            Action::DesignateInstitution,
            Resource::Region(region("330100")),
            Err(Denial::OutOfJurisdiction),
        ),
        (
            "county designates",
            xuanwu.clone(),
            Action::DesignateInstitution,
            Resource::Region(region("320102")),
            forbidden("testing institutions are designated by provincial or national authorities"),
        ),
        (
            "county samples inside",
            xuanwu.clone(),
            Action::OpenTestingTask,
            Resource::Enterprise { id: EnterpriseId::new(1), region: region("320102") },
            Ok(()),
        ),
        (
            "county samples outside",
            xuanwu.clone(),
            Action::OpenTestingTask,
            Resource::Enterprise { id: EnterpriseId::new(1), region: region("320105") },
            Err(Denial::OutOfReach),
        ),
        ("assigned lab submits", lab(7), Action::SubmitTestResults, task, Ok(())),
        ("other lab submits", lab(8), Action::SubmitTestResults, task, Err(Denial::OutOfReach)),
        (
            "officer submits",
            xuanwu.clone(),
            Action::SubmitTestResults,
            task,
            forbidden("test results are submitted by the testing institution"),
        ),
        (
            "lab samples",
            lab(7),
            Action::OpenTestingTask,
            Resource::Enterprise { id: EnterpriseId::new(1), region: region("320102") },
            Err(Denial::OutOfReach),
        ),
        ("lab reads tasks", lab(7), Action::ReadTestingTasks, Resource::None, Ok(())),
    ];
    for (name, principal, action, resource, expected) in cases {
        assert_eq!(decide(&principal, action, &resource), expected, "{name}");
    }
    assert_eq!(task_scope(&lab(7)), TaskScope::AssignedTo(InstitutionId::new(7)));
    // The demo clock is the platform's: no officer, however high, moves it.
    let platform =
        Principal::new("admin".into(), Role::PluginAdministrator, None, Organisation::Platform).unwrap();
    let nation = officer(Role::NationalOfficer, "000000", AuthorityLevel::National);
    assert_eq!(decide(&platform, Action::AdvanceDemoClock, &Resource::None), Ok(()));
    assert_eq!(
        decide(&nation, Action::AdvanceDemoClock, &Resource::None),
        forbidden("the demo clock is moved by the platform administrator")
    );
    assert_eq!(task_scope(&xuanwu), TaskScope::Registry(Scope::Within(region("320102"))));
    // Institutions still read no registry data of their own accord.
    assert_eq!(read_scope(&lab(7)), Scope::Nothing);
}

/// The principals of the decision table: every officer role at its level in the Jiangsu chain
/// (nation, province 320000, city 320100, county 320102) at every tier, the review department and
/// the auditor at each of those authorities, testing institution 7 (seated at 320000), the user of
/// enterprise 1 (at 320102) and the platform's plugin administrator.
fn principals() -> Vec<(String, Principal)> {
    use AuthorityLevel::{County, Municipal, National, Provincial};
    let seats = [("nation", "000000", National), ("province", "320000", Provincial)];
    let seats = [seats[0], seats[1], ("city", "320100", Municipal), ("county", "320102", County)];
    let officer_roles =
        [Role::NationalOfficer, Role::ProvincialOfficer, Role::MunicipalOfficer, Role::CountyOfficer];
    let mut found = Vec::new();
    for ((seat, code, level), role) in seats.into_iter().zip(officer_roles) {
        for &tier in Tier::ALL {
            let organisation =
                Organisation::Authority { id: AuthorityId::new(1), region: region(code), level };
            let principal = Principal::new("p".into(), role, Some(tier), organisation).unwrap();
            found.push((format!("{seat} {}", tier.as_str()), principal));
        }
    }
    for role in [Role::ReviewDepartment, Role::Auditor] {
        for (seat, code, level) in seats {
            let organisation =
                Organisation::Authority { id: AuthorityId::new(1), region: region(code), level };
            let principal = Principal::new("p".into(), role, None, organisation).unwrap();
            found.push((format!("{} at {seat}", role.as_str()), principal));
        }
    }
    let others = [
        (
            Role::TestingInstitution,
            Organisation::Institution { id: InstitutionId::new(7), region: region("320000") },
        ),
        (
            Role::EnterpriseUser,
            Organisation::Enterprise { id: EnterpriseId::new(1), region: region("320102") },
        ),
        (Role::PluginAdministrator, Organisation::Platform),
    ];
    for (role, organisation) in others {
        let label = format!("{} {}", role.as_str(), organisation.reference());
        found.push((label, Principal::new("p".into(), role, None, organisation).unwrap()));
    }
    found
}

/// The resources of the decision table (its columns), with their labels.
fn resources() -> Vec<(&'static str, Resource)> {
    let enterprise = |id, code| Resource::Enterprise { id: EnterpriseId::new(id), region: region(code) };
    let institution = |id, code| Resource::Institution { id: InstitutionId::new(id), region: region(code) };
    let task = |enterprise_id, code, institution_id| Resource::TestingTask {
        enterprise_id: EnterpriseId::new(enterprise_id),
        region: region(code),
        institution_id: InstitutionId::new(institution_id),
    };
    vec![
        ("--", Resource::None),
        // Enterprise 1 in the county (the enterprise user's own), 2 in the city outside the
        // county, 3 in Zhejiang.
        ("E1", enterprise(1, "320102")),
        ("E2", enterprise(2, "320105")),
        ("E3", enterprise(3, "330102")),
        // Places: the county, another district of the city, the province, Hangzhou.
        ("P1", Resource::Region(region("320102"))),
        ("P2", Resource::Region(region("320105"))),
        ("P3", Resource::Region(region("320000"))),
        ("P4", Resource::Region(region("330100"))),
        // Institution 7 at the province (the testing institution's own), 9 in the county, 8 in
        // Zhejiang.
        ("I7", institution(7, "320000")),
        ("I9", institution(9, "320102")),
        ("I8", institution(8, "330000")),
        // Tasks: of enterprise 1 assigned to 7, of enterprise 2 assigned to 8, of enterprise 3
        // assigned to 7.
        ("T1", task(1, "320102", 7)),
        ("T2", task(2, "320105", 8)),
        ("T3", task(3, "330102", 7)),
    ]
}

/// Every action, in the order of the table.
fn actions() -> Vec<Action> {
    let mut actions = vec![
        Action::ReadRegistry,
        Action::ReadReference,
        Action::RegisterEnterprise,
        Action::UpdateEnterpriseBaseData,
        Action::IssueLicense,
    ];
    actions.extend(LicenseStatus::ALL.iter().copied().map(Action::ChangeLicenseStatus));
    actions.extend([
        Action::ReadAuditTrail,
        Action::ManageApiKeys,
        Action::ReadPluginStatus,
        Action::DesignateInstitution,
        Action::OpenTestingTask,
        Action::SubmitTestResults,
        Action::ReadTestingTasks,
        Action::ReadDueTests,
        Action::ObjectToVerdict,
        Action::OpenRectification,
        Action::RequestRectificationExtension,
        Action::AdvanceDemoClock,
        Action::DecideRevocationProposal,
        Action::OpenRecheckTask,
        Action::MoveEnterprise,
        Action::ReadSupervisionCalendar,
        Action::SubscribeTaskAssigned,
        Action::SubscribeFailingVerdicts,
        Action::SetWorkingCalendar,
        Action::DecideRectificationExtension,
        Action::DeliverVerdict,
        Action::AcknowledgeVerdictDelivery,
        Action::DecideObjection,
        Action::ConcludeRecheck,
        Action::RecordLicenseExpiries,
        Action::CancelTestingTask,
        Action::ReassignTestingTask,
        Action::MakeRevocationProposal,
        Action::EndDesignation,
        Action::ReplaceDesignation,
        Action::ReadDashboard,
        Action::RequestEnterpriseChange,
        Action::DecideEnterpriseChange,
        Action::ChangeReviewedBaseData,
        Action::ConcludeReReview,
        Action::WithdrawEnterpriseChange,
        Action::OpenReviewYear,
        Action::SaveSelfInspectionReport,
        Action::SubmitSelfInspectionReport,
        Action::HandInLicenseCopy,
        Action::ReceiveLicenseCopy,
        Action::ReturnSelfInspectionReport,
        Action::RequireOnSiteInspection,
        Action::RecordOnSiteInspection,
        Action::ConcludeAnnualReview,
        Action::RecordAnnualReviewOverdue,
        Action::UploadAttachment,
        Action::DeleteAttachment,
        Action::RemindAnnualReviews,
        Action::SubscribeAnnualReviewNotices,
        Action::RecordPatrol,
        Action::OrderPatrolMeasure,
        Action::ClosePatrolMeasure,
        Action::RecordFollowUp,
        Action::FilePatrolRecord,
        Action::AcknowledgePatrolRecord,
        Action::SubscribePatrolNotices,
        Action::CreatePatrolPlan,
        Action::RecordOfficerRecusal,
        Action::ReadRiskClass,
        Action::RecomputeRiskClasses,
        Action::PreviewFrequencies,
        Action::SendLinkageNotice,
        Action::AcknowledgeLinkageNotice,
        Action::PassOnLinkageNotice,
        Action::CloseLinkageNotice,
        Action::ReadLinkageNotices,
        Action::SubscribeLinkageNotices,
        Action::CommitDraw,
        Action::RunDraw,
        Action::ImportSpotCheckResults,
        Action::ReadSpotCheckImports,
        Action::SetProvincialRules,
        Action::ReadProvincialRules,
        Action::OpenUnlicensedCase,
        Action::ActOnUnlicensedCase,
        Action::DecideUnlicensedCase,
        Action::ReadUnlicensedCases,
        Action::OpenCounterfeitCase,
        Action::OrderCounterfeitStop,
        Action::RecordCounterfeitRecall,
        Action::CompleteCounterfeitRecall,
        Action::ReportCounterfeitRevocation,
        Action::RequestCounterfeitBan,
        Action::TransferCounterfeitCaseToPolice,
        Action::RecordCounterfeitPoliceReceipt,
        Action::CloseCounterfeitCase,
        Action::ReadCounterfeitCases,
        Action::ReadKeyRegions,
        Action::SavePeriodicReport,
        Action::SubmitPeriodicReport,
        Action::AcknowledgePeriodicReport,
        Action::ReturnPeriodicReport,
    ]);
    actions
}

/// The reasons of `Forbidden` denials; a cell `F3` is `Forbidden(REASONS[3])`.
const REASONS: &[&str] = &[
    "this role does not read the registry",
    "only officers register enterprises",
    "only officers and the enterprise itself update base data",
    "licenses are issued by provincial or national authorities",
    "this status change is not this role's to make",
    "this status change needs the competent authority's head or leader in charge",
    "the audit trail is for auditors and the owning authority",
    "API keys are managed by provincial or national officers",
    "plugin status is for plugin administrators and the national authority",
    "testing institutions are designated by provincial or national authorities",
    "testing tasks are opened by supervising officers",
    "test results are submitted by the testing institution",
    "this role does not read testing tasks",
    "the due-test list is for supervising officers",
    "an objection is lodged by the enterprise itself",
    "rectifications are ordered by supervising officers",
    "an extension is asked by the enterprise or its supervising officer",
    "the demo clock is moved by the platform administrator",
    "only testing institutions are assigned tasks",
    "failing verdicts are announced to officers and auditors",
    "the officer directory is for the authorities' own people",
    "officers are managed by their authority or one above it",
    "officers are managed by the head or leader in charge of their authority or of one above it",
    "authorities are administered by the platform administrator or a provincial or national authority",
    "authorities are administered by the head or leader in charge of a provincial or national authority",
    "testing institutions are administered by provincial or national authorities",
    "suspending a testing institution needs the head or leader in charge of a provincial or national authority",
    "the working-day calendar is kept by the national authority",
    "verdicts are delivered by supervising officers",
    "a delivery is acknowledged by the enterprise itself",
    "objections are decided by supervising officers",
    "license expiries are recorded by the platform or a provincial or national authority",
    "testing tasks are cancelled or reassigned by supervising officers",
    "revocation proposals are made by a provincial authority's leadership",
    "a revocation proposal is made by the provincial authority's head or leader in charge",
    "dashboards are for officers and auditors",
    "a change request is made or withdrawn by the enterprise itself",
    "change requests are reviewed by supervising officers",
    "an enterprise changes its name, production conditions, inspection means or process through requestEnterpriseChange",
    "re-reviews are concluded by provincial or national authorities",
    "the annual review is opened by the provincial authority (§二(二))",
    "the self-inspection report and the license copy are the enterprise's own to give",
    "annual reviews are reviewed by supervising officers",
    "overdue annual reviews are recorded by the platform or a provincial or national authority",
    "attachments are added by the enterprise itself or its supervising officers",
    "attachments are deleted by the enterprise itself or its supervising officers",
    "annual review reminders are sent by the platform or a provincial or national authority",
    "annual review notices are heard by the enterprise itself",
    "patrols and follow-up visits are carried out by provincial, municipal and county officers (§二(三))",
    "patrol and follow-up records are filed with, and acknowledged by, the provincial authority (§二(三))",
    "patrol notices are heard by the enterprise patrolled and the province the records are filed with",
    "patrol plans are made by the provincial authority (§二(三))",
    "a bulk recompute is the platform operator's command",
    "linkage notices are sent by the review department, the national authority and the provinces (§二(六))",
    "a linkage notice is acknowledged, passed on and closed by the officers of the authority it was sent to",
    "linkage notices are read by the authorities' own people",
    "linkage notices are heard by the officers and the review department",
    "double-random draws are made by the provincial, municipal or county authorities of their own jurisdiction",
    "spot-check results are imported by the national authority and the provinces (§二(六))",
    "spot-check imports are read by the authorities' own people",
    "implementing rules are issued by a provincial authority",
    "a province's implementing rules are issued by its head or leader in charge",
    "a report is generated and submitted by the officers of the reporting authority (§二(五))",
    "a report is returned, accepted, locked and unlocked by the officers of the tier above (§二(五))",
    "generated reports are read by officers and auditors",
    "unlicensed production is handled by the provincial, municipal and county officers of its place (§三)",
    "a ban notice to the local government or a dismissal is signed by the authority's head or leader in charge",
    "unlicensed-production cases are read by officers and auditors",
    "counterfeiting cases are handled by the provincial, municipal and county authorities that hold the enterprise (§三)",
    "counterfeiting cases are read by the authorities' own people",
    "supervision orders are issued by an authority above the one ordered (§四)",
    "a supervision order is issued, accepted or returned by its issuing authority's head or leader in charge",
    "a supervision order is acknowledged, reported on and completed by the officers of the authority ordered",
    "a supervision order is accepted or returned by the authority that issued it",
    "supervision orders are read by the authorities' own people",
    "supervision orders are heard by officers",
    "requests are raised by the officers of a provincial, municipal or county authority to the one above (§四)",
    "a request is answered by the officers of the authority it was raised to (§四)",
    "a request is resolved or reopened by the officers of the authority that raised it",
    "requests from the lower tier are read by the authorities' own people",
    "a late linkage notice is escalated into a supervision order by the authority that sent it",
    "key regions are read by officers and auditors",
    "the work of an authority is assigned to its responsible person by the authority's head or leader in charge",
    "a responsible person is assigned by the officers of the authority that holds the work (§四)",
    "responsibilities are read by the authorities' own people",
    "key-industry campaigns are opened, amended, closed and cancelled by a provincial or municipal authority (§三)",
    "a campaign is opened, amended, closed or cancelled by the authority's head or leader in charge",
    "key-industry campaigns are read by officers and auditors",
    "responsibility agreements are drafted, amended and withdrawn by the provincial or municipal authority above the one they bind (§四)",
    "a responsibility agreement is drafted, amended, withdrawn or signed by the authority's head or leader in charge",
    "a responsibility agreement is signed by the municipal or county authority it binds (§四)",
    "responsibility agreements are read by officers and auditors",
    "rectification meetings are read by officers and auditors",
    "a counterfeiting case is dismissed by the provincial, municipal or county authority that opened it (撤销立案)",
    "a counterfeiting case is dismissed by the head or leader in charge of the authority that opened it",
    "commendation and accountability records are kept by the supervising authorities (§四)",
    "a commendation or accountability record is drafted or withdrawn by the authority's head or leader in charge",
    "a commendation or accountability record is issued or annulled by the authority's head",
    "commendation and accountability records are read by officers and auditors",
    "the supervision overview is read by officers and auditors",
    "a periodic report is written and submitted by the enterprise itself (§二(五))",
    "a periodic report is acknowledged or returned by the municipal or county authority that supervises the enterprise",
    "a committed draw is cancelled only by the authority that committed it",
];

/// One cell: `ok`, `NF` (out of reach: not found), `OJ` (out of jurisdiction), `F<n>`.
fn cell(decision: &Decision) -> String {
    match decision {
        Ok(()) => "ok".to_owned(),
        Err(Denial::OutOfReach) => "NF".to_owned(),
        Err(Denial::OutOfJurisdiction) => "OJ".to_owned(),
        Err(Denial::Forbidden(reason)) => match REASONS.iter().position(|r| r == reason) {
            Some(n) => format!("F{n}"),
            None => format!("F?{reason:?}"),
        },
    }
}

/// The decision table as text: a header naming the resources, then per action one line per
/// principal.
fn table(actions: Vec<Action>, resources: Vec<(&'static str, Resource)>) -> String {
    let mut text = format!("{:<36}", "");
    for (label, _) in &resources {
        text.push_str(&format!(" {label:<3}"));
    }
    text.truncate(text.trim_end().len());
    text.push('\n');
    for action in actions {
        text.push_str(&format!("{action:?}\n"));
        for (label, principal) in principals() {
            text.push_str(&format!("  {label:<34}"));
            for (_, resource) in &resources {
                text.push_str(&format!(" {:<3}", cell(&decide(&principal, action, resource))));
            }
            text.truncate(text.trim_end().len());
            text.push('\n');
        }
    }
    text
}

#[test]
fn decisions_match_the_recorded_table() {
    compare(&table(actions(), resources()), EXPECTED);
}

/// The administration actions (the officer directory, authorities), written by hand when they
/// were added, against their own columns: authorities and places from the nation down the Jiangsu
/// chain and in Zhejiang, officers of authorities at three of them, and testing institutions (the
/// institution rows were added with them, written the same way).
#[test]
fn administration_decisions_match_the_recorded_table() {
    compare(&table(administration_actions(), administration_resources()), ADMINISTRATION_EXPECTED);
}

fn administration_actions() -> Vec<Action> {
    vec![
        Action::ReadOfficers,
        Action::CreateOfficer,
        Action::UpdateOfficer,
        Action::DeactivateOfficer,
        Action::CreateAuthority,
        Action::RenameAuthority,
        Action::CloseAuthority,
        Action::CreateInstitution,
        Action::AccreditInstitution,
        Action::SuspendInstitution,
        Action::AcknowledgeLinkageNotice,
        Action::PassOnLinkageNotice,
        Action::CloseLinkageNotice,
        Action::GenerateReport,
        Action::SubmitReport,
        Action::ReturnReport,
        Action::AcceptReport,
        Action::LockReport,
        Action::UnlockReport,
        Action::ReadReports,
        Action::IssueSupervisionOrder,
        Action::AcknowledgeSupervisionOrder,
        Action::ReportSupervisionOrderProgress,
        Action::CompleteSupervisionOrder,
        Action::AcceptSupervisionOrder,
        Action::ReturnSupervisionOrder,
        Action::ReadSupervisionOrders,
        Action::SubscribeSupervisionOrders,
        Action::RaiseLowerTierRequest,
        Action::AnswerLowerTierRequest,
        Action::ResolveLowerTierRequest,
        Action::ReopenLowerTierRequest,
        Action::ReadLowerTierRequests,
        Action::EscalateLinkageNotice,
        Action::AssignResponsiblePerson,
        Action::ReassignResponsiblePerson,
        Action::ReadResponsibilities,
        Action::OpenCampaign,
        Action::DecideCampaign,
        Action::ReadCampaigns,
        Action::DraftAgreement,
        Action::DecideAgreement,
        Action::SignAgreement,
        Action::ReadAgreements,
        Action::ConveneRectificationMeeting,
        Action::DecideRectificationMeeting,
        Action::ReadRectificationMeetings,
        Action::DismissCounterfeitCase,
        Action::DraftResponsibilityRecord,
        Action::WithdrawResponsibilityRecord,
        Action::IssueResponsibilityRecord,
        Action::AnnulResponsibilityRecord,
        Action::ReadResponsibilityRecords,
        Action::ReadSupervisionOverview,
        Action::ReadInbox,
        Action::CancelDraw,
    ]
}

fn administration_resources() -> Vec<(&'static str, Resource)> {
    let authority = |id, code| Resource::Authority { id: AuthorityId::new(id), region: region(code) };
    let officer = |code| Resource::Officer { authority_region: region(code) };
    vec![
        ("--", Resource::None),
        // The nation, Jiangsu, Nanjing, Xuanwu, Zhejiang.
        ("A0", authority(1, "000000")),
        ("A1", authority(2, "320000")),
        ("A2", authority(3, "320100")),
        ("A3", authority(4, "320102")),
        ("A4", authority(5, "330000")),
        // Places: Xuanwu, Hangzhou.
        ("P1", Resource::Region(region("320102"))),
        ("P4", Resource::Region(region("330100"))),
        // Officers of Jiangsu's, Xuanwu's and Zhejiang's authorities.
        ("O1", officer("320000")),
        ("O3", officer("320102")),
        ("O4", officer("330000")),
        // Institutions 7 at the province, 9 in Xuanwu, 8 in Zhejiang.
        ("I7", Resource::Institution { id: InstitutionId::new(7), region: region("320000") }),
        ("I9", Resource::Institution { id: InstitutionId::new(9), region: region("320102") }),
        ("I8", Resource::Institution { id: InstitutionId::new(8), region: region("330000") }),
    ]
}

fn compare(actual: &str, expected: &str) {
    let expected = expected.trim_start_matches('\n');
    let differences: Vec<String> = expected
        .lines()
        .zip(actual.lines())
        .enumerate()
        .filter(|(_, (expected, actual))| expected != actual)
        .map(|(n, (expected, actual))| {
            format!("line {}: expected {expected}\n          actual {actual}", n + 1)
        })
        .collect();
    assert!(differences.is_empty(), "{}", differences.join("\n"));
    assert_eq!(expected.lines().count(), actual.lines().count(), "{actual}");
}

/// The administration table, written by hand (see `administration_decisions_match_the_recorded_table`).
const ADMINISTRATION_EXPECTED: &str = r"
                                     --  A0  A1  A2  A3  A4  P1  P4  O1  O3  O4  I7  I9  I8
ReadOfficers
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city leader_in_charge              ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city staff                         ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county head                        ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county staff                       ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  review_department at nation        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  review_department at province      ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  review_department at city          ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  review_department at county        ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  auditor at county                  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  testing_institution institution:7  F20 F20 F20 F20 F20 F20 F20 F20 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F20 F20 F20 F20 F20 F20 F20 F20 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F20 F20 F20 F20 F20 F20 F20 F20 NF  NF  NF  NF  NF  NF
CreateOfficer
  nation head                        F21 ok  ok  ok  ok  ok  F21 F21 F21 F21 F21 F21 F21 F21
  nation leader_in_charge            F21 ok  ok  ok  ok  ok  F21 F21 F21 F21 F21 F21 F21 F21
  nation staff                       F22 F22 F22 F22 F22 F22 F22 F22 F22 F22 F22 F22 F22 F22
  province head                      F21 OJ  ok  ok  ok  OJ  F21 F21 F21 F21 NF  F21 F21 NF
  province leader_in_charge          F21 OJ  ok  ok  ok  OJ  F21 F21 F21 F21 NF  F21 F21 NF
  province staff                     F22 F22 F22 F22 F22 F22 F22 F22 F22 F22 NF  F22 F22 NF
  city head                          F21 OJ  OJ  ok  ok  OJ  F21 F21 NF  F21 NF  NF  F21 NF
  city leader_in_charge              F21 OJ  OJ  ok  ok  OJ  F21 F21 NF  F21 NF  NF  F21 NF
  city staff                         F22 F22 F22 F22 F22 F22 F22 F22 NF  F22 NF  NF  F22 NF
  county head                        F21 OJ  OJ  OJ  ok  OJ  F21 F21 NF  F21 NF  NF  F21 NF
  county leader_in_charge            F21 OJ  OJ  OJ  ok  OJ  F21 F21 NF  F21 NF  NF  F21 NF
  county staff                       F22 F22 F22 F22 F22 F22 F22 F22 NF  F22 NF  NF  F22 NF
  review_department at nation        F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21
  review_department at province      F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 NF  F21 F21 NF
  review_department at city          F21 F21 F21 F21 F21 F21 F21 F21 NF  F21 NF  NF  F21 NF
  review_department at county        F21 F21 F21 F21 F21 F21 F21 F21 NF  F21 NF  NF  F21 NF
  auditor at nation                  F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21
  auditor at province                F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 NF  F21 F21 NF
  auditor at city                    F21 F21 F21 F21 F21 F21 F21 F21 NF  F21 NF  NF  F21 NF
  auditor at county                  F21 F21 F21 F21 F21 F21 F21 F21 NF  F21 NF  NF  F21 NF
  testing_institution institution:7  F21 F21 F21 F21 F21 F21 F21 F21 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F21 F21 F21 F21 F21 F21 F21 F21 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F21 F21 F21 F21 F21 F21 F21 F21 NF  NF  NF  NF  NF  NF
UpdateOfficer
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       F22 F22 F22 F22 F22 F22 F22 F22 F22 F22 F22 F22 F22 F22
  province head                      ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     F22 F22 F22 F22 F22 F22 F22 F22 F22 F22 NF  F22 F22 NF
  city head                          ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city leader_in_charge              ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city staff                         F22 F22 F22 F22 F22 F22 F22 F22 NF  F22 NF  NF  F22 NF
  county head                        ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county staff                       F22 F22 F22 F22 F22 F22 F22 F22 NF  F22 NF  NF  F22 NF
  review_department at nation        F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21
  review_department at province      F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 NF  F21 F21 NF
  review_department at city          F21 F21 F21 F21 F21 F21 F21 F21 NF  F21 NF  NF  F21 NF
  review_department at county        F21 F21 F21 F21 F21 F21 F21 F21 NF  F21 NF  NF  F21 NF
  auditor at nation                  F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21
  auditor at province                F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 NF  F21 F21 NF
  auditor at city                    F21 F21 F21 F21 F21 F21 F21 F21 NF  F21 NF  NF  F21 NF
  auditor at county                  F21 F21 F21 F21 F21 F21 F21 F21 NF  F21 NF  NF  F21 NF
  testing_institution institution:7  F21 F21 F21 F21 F21 F21 F21 F21 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F21 F21 F21 F21 F21 F21 F21 F21 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F21 F21 F21 F21 F21 F21 F21 F21 NF  NF  NF  NF  NF  NF
DeactivateOfficer
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       F22 F22 F22 F22 F22 F22 F22 F22 F22 F22 F22 F22 F22 F22
  province head                      ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     F22 F22 F22 F22 F22 F22 F22 F22 F22 F22 NF  F22 F22 NF
  city head                          ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city leader_in_charge              ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city staff                         F22 F22 F22 F22 F22 F22 F22 F22 NF  F22 NF  NF  F22 NF
  county head                        ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county staff                       F22 F22 F22 F22 F22 F22 F22 F22 NF  F22 NF  NF  F22 NF
  review_department at nation        F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21
  review_department at province      F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 NF  F21 F21 NF
  review_department at city          F21 F21 F21 F21 F21 F21 F21 F21 NF  F21 NF  NF  F21 NF
  review_department at county        F21 F21 F21 F21 F21 F21 F21 F21 NF  F21 NF  NF  F21 NF
  auditor at nation                  F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21
  auditor at province                F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 NF  F21 F21 NF
  auditor at city                    F21 F21 F21 F21 F21 F21 F21 F21 NF  F21 NF  NF  F21 NF
  auditor at county                  F21 F21 F21 F21 F21 F21 F21 F21 NF  F21 NF  NF  F21 NF
  testing_institution institution:7  F21 F21 F21 F21 F21 F21 F21 F21 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F21 F21 F21 F21 F21 F21 F21 F21 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F21 F21 F21 F21 F21 F21 F21 F21 NF  NF  NF  NF  NF  NF
CreateAuthority
  nation head                        F23 OJ  ok  ok  ok  ok  ok  ok  F23 F23 F23 F23 F23 F23
  nation leader_in_charge            F23 OJ  ok  ok  ok  ok  ok  ok  F23 F23 F23 F23 F23 F23
  nation staff                       F24 F24 F24 F24 F24 F24 F24 F24 F24 F24 F24 F24 F24 F24
  province head                      F23 OJ  OJ  ok  ok  OJ  ok  OJ  F23 F23 NF  F23 F23 NF
  province leader_in_charge          F23 OJ  OJ  ok  ok  OJ  ok  OJ  F23 F23 NF  F23 F23 NF
  province staff                     F24 F24 F24 F24 F24 F24 F24 F24 F24 F24 NF  F24 F24 NF
  city head                          F24 F24 F24 F24 F24 F24 F24 F24 NF  F24 NF  NF  F24 NF
  city leader_in_charge              F24 F24 F24 F24 F24 F24 F24 F24 NF  F24 NF  NF  F24 NF
  city staff                         F24 F24 F24 F24 F24 F24 F24 F24 NF  F24 NF  NF  F24 NF
  county head                        F24 F24 F24 F24 F24 F24 F24 F24 NF  F24 NF  NF  F24 NF
  county leader_in_charge            F24 F24 F24 F24 F24 F24 F24 F24 NF  F24 NF  NF  F24 NF
  county staff                       F24 F24 F24 F24 F24 F24 F24 F24 NF  F24 NF  NF  F24 NF
  review_department at nation        F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 F23
  review_department at province      F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 NF  F23 F23 NF
  review_department at city          F23 F23 F23 F23 F23 F23 F23 F23 NF  F23 NF  NF  F23 NF
  review_department at county        F23 F23 F23 F23 F23 F23 F23 F23 NF  F23 NF  NF  F23 NF
  auditor at nation                  F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 F23
  auditor at province                F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 NF  F23 F23 NF
  auditor at city                    F23 F23 F23 F23 F23 F23 F23 F23 NF  F23 NF  NF  F23 NF
  auditor at county                  F23 F23 F23 F23 F23 F23 F23 F23 NF  F23 NF  NF  F23 NF
  testing_institution institution:7  F23 F23 F23 F23 F23 F23 F23 F23 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F23 F23 F23 F23 F23 F23 F23 F23 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F23 ok  ok  ok  ok  ok  ok  ok  NF  NF  NF  NF  NF  NF
RenameAuthority
  nation head                        F23 OJ  ok  ok  ok  ok  ok  ok  F23 F23 F23 F23 F23 F23
  nation leader_in_charge            F23 OJ  ok  ok  ok  ok  ok  ok  F23 F23 F23 F23 F23 F23
  nation staff                       F24 F24 F24 F24 F24 F24 F24 F24 F24 F24 F24 F24 F24 F24
  province head                      F23 OJ  OJ  ok  ok  OJ  ok  OJ  F23 F23 NF  F23 F23 NF
  province leader_in_charge          F23 OJ  OJ  ok  ok  OJ  ok  OJ  F23 F23 NF  F23 F23 NF
  province staff                     F24 F24 F24 F24 F24 F24 F24 F24 F24 F24 NF  F24 F24 NF
  city head                          F24 F24 F24 F24 F24 F24 F24 F24 NF  F24 NF  NF  F24 NF
  city leader_in_charge              F24 F24 F24 F24 F24 F24 F24 F24 NF  F24 NF  NF  F24 NF
  city staff                         F24 F24 F24 F24 F24 F24 F24 F24 NF  F24 NF  NF  F24 NF
  county head                        F24 F24 F24 F24 F24 F24 F24 F24 NF  F24 NF  NF  F24 NF
  county leader_in_charge            F24 F24 F24 F24 F24 F24 F24 F24 NF  F24 NF  NF  F24 NF
  county staff                       F24 F24 F24 F24 F24 F24 F24 F24 NF  F24 NF  NF  F24 NF
  review_department at nation        F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 F23
  review_department at province      F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 NF  F23 F23 NF
  review_department at city          F23 F23 F23 F23 F23 F23 F23 F23 NF  F23 NF  NF  F23 NF
  review_department at county        F23 F23 F23 F23 F23 F23 F23 F23 NF  F23 NF  NF  F23 NF
  auditor at nation                  F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 F23
  auditor at province                F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 NF  F23 F23 NF
  auditor at city                    F23 F23 F23 F23 F23 F23 F23 F23 NF  F23 NF  NF  F23 NF
  auditor at county                  F23 F23 F23 F23 F23 F23 F23 F23 NF  F23 NF  NF  F23 NF
  testing_institution institution:7  F23 F23 F23 F23 F23 F23 F23 F23 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F23 F23 F23 F23 F23 F23 F23 F23 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F23 ok  ok  ok  ok  ok  ok  ok  NF  NF  NF  NF  NF  NF
CloseAuthority
  nation head                        F23 OJ  ok  ok  ok  ok  ok  ok  F23 F23 F23 F23 F23 F23
  nation leader_in_charge            F23 OJ  ok  ok  ok  ok  ok  ok  F23 F23 F23 F23 F23 F23
  nation staff                       F24 F24 F24 F24 F24 F24 F24 F24 F24 F24 F24 F24 F24 F24
  province head                      F23 OJ  OJ  ok  ok  OJ  ok  OJ  F23 F23 NF  F23 F23 NF
  province leader_in_charge          F23 OJ  OJ  ok  ok  OJ  ok  OJ  F23 F23 NF  F23 F23 NF
  province staff                     F24 F24 F24 F24 F24 F24 F24 F24 F24 F24 NF  F24 F24 NF
  city head                          F24 F24 F24 F24 F24 F24 F24 F24 NF  F24 NF  NF  F24 NF
  city leader_in_charge              F24 F24 F24 F24 F24 F24 F24 F24 NF  F24 NF  NF  F24 NF
  city staff                         F24 F24 F24 F24 F24 F24 F24 F24 NF  F24 NF  NF  F24 NF
  county head                        F24 F24 F24 F24 F24 F24 F24 F24 NF  F24 NF  NF  F24 NF
  county leader_in_charge            F24 F24 F24 F24 F24 F24 F24 F24 NF  F24 NF  NF  F24 NF
  county staff                       F24 F24 F24 F24 F24 F24 F24 F24 NF  F24 NF  NF  F24 NF
  review_department at nation        F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 F23
  review_department at province      F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 NF  F23 F23 NF
  review_department at city          F23 F23 F23 F23 F23 F23 F23 F23 NF  F23 NF  NF  F23 NF
  review_department at county        F23 F23 F23 F23 F23 F23 F23 F23 NF  F23 NF  NF  F23 NF
  auditor at nation                  F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 F23
  auditor at province                F23 F23 F23 F23 F23 F23 F23 F23 F23 F23 NF  F23 F23 NF
  auditor at city                    F23 F23 F23 F23 F23 F23 F23 F23 NF  F23 NF  NF  F23 NF
  auditor at county                  F23 F23 F23 F23 F23 F23 F23 F23 NF  F23 NF  NF  F23 NF
  testing_institution institution:7  F23 F23 F23 F23 F23 F23 F23 F23 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F23 F23 F23 F23 F23 F23 F23 F23 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F23 ok  ok  ok  ok  ok  ok  ok  NF  NF  NF  NF  NF  NF
CreateInstitution
  nation head                        F25 F25 F25 F25 F25 F25 ok  ok  F25 F25 F25 F25 F25 F25
  nation leader_in_charge            F25 F25 F25 F25 F25 F25 ok  ok  F25 F25 F25 F25 F25 F25
  nation staff                       F25 F25 F25 F25 F25 F25 ok  ok  F25 F25 F25 F25 F25 F25
  province head                      F25 F25 F25 F25 F25 F25 ok  OJ  F25 F25 NF  F25 F25 NF
  province leader_in_charge          F25 F25 F25 F25 F25 F25 ok  OJ  F25 F25 NF  F25 F25 NF
  province staff                     F25 F25 F25 F25 F25 F25 ok  OJ  F25 F25 NF  F25 F25 NF
  city head                          F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 NF  NF  F25 NF
  city leader_in_charge              F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 NF  NF  F25 NF
  city staff                         F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 NF  NF  F25 NF
  county head                        F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 NF  NF  F25 NF
  county leader_in_charge            F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 NF  NF  F25 NF
  county staff                       F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 NF  NF  F25 NF
  review_department at nation        F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25
  review_department at province      F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 F25 NF
  review_department at city          F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 NF  NF  F25 NF
  review_department at county        F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 NF  NF  F25 NF
  auditor at nation                  F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25
  auditor at province                F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 F25 NF
  auditor at city                    F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 NF  NF  F25 NF
  auditor at county                  F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 NF  NF  F25 NF
  testing_institution institution:7  F25 F25 F25 F25 F25 F25 F25 F25 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F25 F25 F25 F25 F25 F25 F25 F25 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F25 F25 F25 F25 F25 F25 F25 F25 NF  NF  NF  NF  NF  NF
AccreditInstitution
  nation head                        F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 ok  ok  ok
  nation leader_in_charge            F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 ok  ok  ok
  nation staff                       F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 ok  ok  ok
  province head                      F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 NF  ok  ok  NF
  province leader_in_charge          F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 NF  ok  ok  NF
  province staff                     F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 NF  ok  ok  NF
  city head                          F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 NF  NF  F25 NF
  city leader_in_charge              F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 NF  NF  F25 NF
  city staff                         F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 NF  NF  F25 NF
  county head                        F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 NF  NF  F25 NF
  county leader_in_charge            F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 NF  NF  F25 NF
  county staff                       F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 NF  NF  F25 NF
  review_department at nation        F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25
  review_department at province      F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 F25 NF
  review_department at city          F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 NF  NF  F25 NF
  review_department at county        F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 NF  NF  F25 NF
  auditor at nation                  F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25
  auditor at province                F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 F25 NF
  auditor at city                    F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 NF  NF  F25 NF
  auditor at county                  F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 NF  NF  F25 NF
  testing_institution institution:7  F25 F25 F25 F25 F25 F25 F25 F25 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F25 F25 F25 F25 F25 F25 F25 F25 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F25 F25 F25 F25 F25 F25 F25 F25 NF  NF  NF  NF  NF  NF
SuspendInstitution
  nation head                        F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 ok  ok  ok
  nation leader_in_charge            F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 ok  ok  ok
  nation staff                       F26 F26 F26 F26 F26 F26 F26 F26 F26 F26 F26 F26 F26 F26
  province head                      F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 NF  ok  ok  NF
  province leader_in_charge          F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 NF  ok  ok  NF
  province staff                     F26 F26 F26 F26 F26 F26 F26 F26 F26 F26 NF  F26 F26 NF
  city head                          F26 F26 F26 F26 F26 F26 F26 F26 NF  F26 NF  NF  F26 NF
  city leader_in_charge              F26 F26 F26 F26 F26 F26 F26 F26 NF  F26 NF  NF  F26 NF
  city staff                         F26 F26 F26 F26 F26 F26 F26 F26 NF  F26 NF  NF  F26 NF
  county head                        F26 F26 F26 F26 F26 F26 F26 F26 NF  F26 NF  NF  F26 NF
  county leader_in_charge            F26 F26 F26 F26 F26 F26 F26 F26 NF  F26 NF  NF  F26 NF
  county staff                       F26 F26 F26 F26 F26 F26 F26 F26 NF  F26 NF  NF  F26 NF
  review_department at nation        F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25
  review_department at province      F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 F25 NF
  review_department at city          F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 NF  NF  F25 NF
  review_department at county        F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 NF  NF  F25 NF
  auditor at nation                  F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 F25
  auditor at province                F25 F25 F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 F25 NF
  auditor at city                    F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 NF  NF  F25 NF
  auditor at county                  F25 F25 F25 F25 F25 F25 F25 F25 NF  F25 NF  NF  F25 NF
  testing_institution institution:7  F25 F25 F25 F25 F25 F25 F25 F25 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F25 F25 F25 F25 F25 F25 F25 F25 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F25 F25 F25 F25 F25 F25 F25 F25 NF  NF  NF  NF  NF  NF
AcknowledgeLinkageNotice
  nation head                        F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  nation leader_in_charge            F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  nation staff                       F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  province head                      F54 ok  F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  province leader_in_charge          F54 ok  F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  province staff                     F54 ok  F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  city head                          F54 ok  F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  city leader_in_charge              F54 ok  F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  city staff                         F54 ok  F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  county head                        F54 ok  F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  county leader_in_charge            F54 ok  F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  county staff                       F54 ok  F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  review_department at nation        F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  review_department at province      F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  review_department at city          F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  review_department at county        F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  auditor at nation                  F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  auditor at province                F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  auditor at city                    F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  auditor at county                  F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  testing_institution institution:7  F54 F54 F54 F54 F54 F54 F54 F54 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F54 F54 F54 F54 F54 F54 F54 F54 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F54 F54 F54 F54 F54 F54 F54 F54 NF  NF  NF  NF  NF  NF
PassOnLinkageNotice
  nation head                        F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  nation leader_in_charge            F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  nation staff                       F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  province head                      F54 ok  F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  province leader_in_charge          F54 ok  F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  province staff                     F54 ok  F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  city head                          F54 ok  F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  city leader_in_charge              F54 ok  F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  city staff                         F54 ok  F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  county head                        F54 ok  F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  county leader_in_charge            F54 ok  F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  county staff                       F54 ok  F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  review_department at nation        F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  review_department at province      F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  review_department at city          F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  review_department at county        F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  auditor at nation                  F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  auditor at province                F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  auditor at city                    F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  auditor at county                  F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  testing_institution institution:7  F54 F54 F54 F54 F54 F54 F54 F54 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F54 F54 F54 F54 F54 F54 F54 F54 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F54 F54 F54 F54 F54 F54 F54 F54 NF  NF  NF  NF  NF  NF
CloseLinkageNotice
  nation head                        F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  nation leader_in_charge            F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  nation staff                       F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  province head                      F54 ok  F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  province leader_in_charge          F54 ok  F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  province staff                     F54 ok  F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  city head                          F54 ok  F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  city leader_in_charge              F54 ok  F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  city staff                         F54 ok  F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  county head                        F54 ok  F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  county leader_in_charge            F54 ok  F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  county staff                       F54 ok  F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  review_department at nation        F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  review_department at province      F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  review_department at city          F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  review_department at county        F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  auditor at nation                  F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  auditor at province                F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  auditor at city                    F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  auditor at county                  F54 F54 F54 F54 F54 F54 F54 F54 NF  F54 NF  NF  F54 NF
  testing_institution institution:7  F54 F54 F54 F54 F54 F54 F54 F54 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F54 F54 F54 F54 F54 F54 F54 F54 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F54 F54 F54 F54 F54 F54 F54 F54 NF  NF  NF  NF  NF  NF
GenerateReport
  nation head                        F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62
  nation leader_in_charge            F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62
  nation staff                       F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62
  province head                      F62 ok  F62 F62 F62 F62 F62 F62 F62 F62 NF  F62 F62 NF
  province leader_in_charge          F62 ok  F62 F62 F62 F62 F62 F62 F62 F62 NF  F62 F62 NF
  province staff                     F62 ok  F62 F62 F62 F62 F62 F62 F62 F62 NF  F62 F62 NF
  city head                          F62 ok  F62 F62 F62 F62 F62 F62 NF  F62 NF  NF  F62 NF
  city leader_in_charge              F62 ok  F62 F62 F62 F62 F62 F62 NF  F62 NF  NF  F62 NF
  city staff                         F62 ok  F62 F62 F62 F62 F62 F62 NF  F62 NF  NF  F62 NF
  county head                        F62 ok  F62 F62 F62 F62 F62 F62 NF  F62 NF  NF  F62 NF
  county leader_in_charge            F62 ok  F62 F62 F62 F62 F62 F62 NF  F62 NF  NF  F62 NF
  county staff                       F62 ok  F62 F62 F62 F62 F62 F62 NF  F62 NF  NF  F62 NF
  review_department at nation        F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62
  review_department at province      F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 NF  F62 F62 NF
  review_department at city          F62 F62 F62 F62 F62 F62 F62 F62 NF  F62 NF  NF  F62 NF
  review_department at county        F62 F62 F62 F62 F62 F62 F62 F62 NF  F62 NF  NF  F62 NF
  auditor at nation                  F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62
  auditor at province                F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 NF  F62 F62 NF
  auditor at city                    F62 F62 F62 F62 F62 F62 F62 F62 NF  F62 NF  NF  F62 NF
  auditor at county                  F62 F62 F62 F62 F62 F62 F62 F62 NF  F62 NF  NF  F62 NF
  testing_institution institution:7  F62 F62 F62 F62 F62 F62 F62 F62 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F62 F62 F62 F62 F62 F62 F62 F62 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F62 F62 F62 F62 F62 F62 F62 F62 NF  NF  NF  NF  NF  NF
SubmitReport
  nation head                        F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62
  nation leader_in_charge            F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62
  nation staff                       F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62
  province head                      F62 ok  F62 F62 F62 F62 F62 F62 F62 F62 NF  F62 F62 NF
  province leader_in_charge          F62 ok  F62 F62 F62 F62 F62 F62 F62 F62 NF  F62 F62 NF
  province staff                     F62 ok  F62 F62 F62 F62 F62 F62 F62 F62 NF  F62 F62 NF
  city head                          F62 ok  F62 F62 F62 F62 F62 F62 NF  F62 NF  NF  F62 NF
  city leader_in_charge              F62 ok  F62 F62 F62 F62 F62 F62 NF  F62 NF  NF  F62 NF
  city staff                         F62 ok  F62 F62 F62 F62 F62 F62 NF  F62 NF  NF  F62 NF
  county head                        F62 ok  F62 F62 F62 F62 F62 F62 NF  F62 NF  NF  F62 NF
  county leader_in_charge            F62 ok  F62 F62 F62 F62 F62 F62 NF  F62 NF  NF  F62 NF
  county staff                       F62 ok  F62 F62 F62 F62 F62 F62 NF  F62 NF  NF  F62 NF
  review_department at nation        F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62
  review_department at province      F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 NF  F62 F62 NF
  review_department at city          F62 F62 F62 F62 F62 F62 F62 F62 NF  F62 NF  NF  F62 NF
  review_department at county        F62 F62 F62 F62 F62 F62 F62 F62 NF  F62 NF  NF  F62 NF
  auditor at nation                  F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 F62
  auditor at province                F62 F62 F62 F62 F62 F62 F62 F62 F62 F62 NF  F62 F62 NF
  auditor at city                    F62 F62 F62 F62 F62 F62 F62 F62 NF  F62 NF  NF  F62 NF
  auditor at county                  F62 F62 F62 F62 F62 F62 F62 F62 NF  F62 NF  NF  F62 NF
  testing_institution institution:7  F62 F62 F62 F62 F62 F62 F62 F62 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F62 F62 F62 F62 F62 F62 F62 F62 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F62 F62 F62 F62 F62 F62 F62 F62 NF  NF  NF  NF  NF  NF
ReturnReport
  nation head                        F63 OJ  ok  ok  ok  ok  ok  ok  F63 F63 F63 F63 F63 F63
  nation leader_in_charge            F63 OJ  ok  ok  ok  ok  ok  ok  F63 F63 F63 F63 F63 F63
  nation staff                       F63 OJ  ok  ok  ok  ok  ok  ok  F63 F63 F63 F63 F63 F63
  province head                      F63 OJ  OJ  ok  ok  OJ  ok  OJ  F63 F63 NF  F63 F63 NF
  province leader_in_charge          F63 OJ  OJ  ok  ok  OJ  ok  OJ  F63 F63 NF  F63 F63 NF
  province staff                     F63 OJ  OJ  ok  ok  OJ  ok  OJ  F63 F63 NF  F63 F63 NF
  city head                          F63 OJ  OJ  OJ  ok  OJ  ok  OJ  NF  F63 NF  NF  F63 NF
  city leader_in_charge              F63 OJ  OJ  OJ  ok  OJ  ok  OJ  NF  F63 NF  NF  F63 NF
  city staff                         F63 OJ  OJ  OJ  ok  OJ  ok  OJ  NF  F63 NF  NF  F63 NF
  county head                        F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  county leader_in_charge            F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  county staff                       F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  review_department at nation        F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63
  review_department at province      F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 F63 NF
  review_department at city          F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  review_department at county        F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  auditor at nation                  F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63
  auditor at province                F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 F63 NF
  auditor at city                    F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  auditor at county                  F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  testing_institution institution:7  F63 F63 F63 F63 F63 F63 F63 F63 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F63 F63 F63 F63 F63 F63 F63 F63 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F63 F63 F63 F63 F63 F63 F63 F63 NF  NF  NF  NF  NF  NF
AcceptReport
  nation head                        F63 OJ  ok  ok  ok  ok  ok  ok  F63 F63 F63 F63 F63 F63
  nation leader_in_charge            F63 OJ  ok  ok  ok  ok  ok  ok  F63 F63 F63 F63 F63 F63
  nation staff                       F63 OJ  ok  ok  ok  ok  ok  ok  F63 F63 F63 F63 F63 F63
  province head                      F63 OJ  OJ  ok  ok  OJ  ok  OJ  F63 F63 NF  F63 F63 NF
  province leader_in_charge          F63 OJ  OJ  ok  ok  OJ  ok  OJ  F63 F63 NF  F63 F63 NF
  province staff                     F63 OJ  OJ  ok  ok  OJ  ok  OJ  F63 F63 NF  F63 F63 NF
  city head                          F63 OJ  OJ  OJ  ok  OJ  ok  OJ  NF  F63 NF  NF  F63 NF
  city leader_in_charge              F63 OJ  OJ  OJ  ok  OJ  ok  OJ  NF  F63 NF  NF  F63 NF
  city staff                         F63 OJ  OJ  OJ  ok  OJ  ok  OJ  NF  F63 NF  NF  F63 NF
  county head                        F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  county leader_in_charge            F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  county staff                       F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  review_department at nation        F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63
  review_department at province      F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 F63 NF
  review_department at city          F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  review_department at county        F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  auditor at nation                  F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63
  auditor at province                F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 F63 NF
  auditor at city                    F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  auditor at county                  F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  testing_institution institution:7  F63 F63 F63 F63 F63 F63 F63 F63 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F63 F63 F63 F63 F63 F63 F63 F63 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F63 F63 F63 F63 F63 F63 F63 F63 NF  NF  NF  NF  NF  NF
LockReport
  nation head                        F63 OJ  ok  ok  ok  ok  ok  ok  F63 F63 F63 F63 F63 F63
  nation leader_in_charge            F63 OJ  ok  ok  ok  ok  ok  ok  F63 F63 F63 F63 F63 F63
  nation staff                       F63 OJ  ok  ok  ok  ok  ok  ok  F63 F63 F63 F63 F63 F63
  province head                      F63 OJ  OJ  ok  ok  OJ  ok  OJ  F63 F63 NF  F63 F63 NF
  province leader_in_charge          F63 OJ  OJ  ok  ok  OJ  ok  OJ  F63 F63 NF  F63 F63 NF
  province staff                     F63 OJ  OJ  ok  ok  OJ  ok  OJ  F63 F63 NF  F63 F63 NF
  city head                          F63 OJ  OJ  OJ  ok  OJ  ok  OJ  NF  F63 NF  NF  F63 NF
  city leader_in_charge              F63 OJ  OJ  OJ  ok  OJ  ok  OJ  NF  F63 NF  NF  F63 NF
  city staff                         F63 OJ  OJ  OJ  ok  OJ  ok  OJ  NF  F63 NF  NF  F63 NF
  county head                        F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  county leader_in_charge            F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  county staff                       F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  review_department at nation        F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63
  review_department at province      F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 F63 NF
  review_department at city          F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  review_department at county        F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  auditor at nation                  F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63
  auditor at province                F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 F63 NF
  auditor at city                    F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  auditor at county                  F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  testing_institution institution:7  F63 F63 F63 F63 F63 F63 F63 F63 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F63 F63 F63 F63 F63 F63 F63 F63 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F63 F63 F63 F63 F63 F63 F63 F63 NF  NF  NF  NF  NF  NF
UnlockReport
  nation head                        F63 OJ  ok  ok  ok  ok  ok  ok  F63 F63 F63 F63 F63 F63
  nation leader_in_charge            F63 OJ  ok  ok  ok  ok  ok  ok  F63 F63 F63 F63 F63 F63
  nation staff                       F63 OJ  ok  ok  ok  ok  ok  ok  F63 F63 F63 F63 F63 F63
  province head                      F63 OJ  OJ  ok  ok  OJ  ok  OJ  F63 F63 NF  F63 F63 NF
  province leader_in_charge          F63 OJ  OJ  ok  ok  OJ  ok  OJ  F63 F63 NF  F63 F63 NF
  province staff                     F63 OJ  OJ  ok  ok  OJ  ok  OJ  F63 F63 NF  F63 F63 NF
  city head                          F63 OJ  OJ  OJ  ok  OJ  ok  OJ  NF  F63 NF  NF  F63 NF
  city leader_in_charge              F63 OJ  OJ  OJ  ok  OJ  ok  OJ  NF  F63 NF  NF  F63 NF
  city staff                         F63 OJ  OJ  OJ  ok  OJ  ok  OJ  NF  F63 NF  NF  F63 NF
  county head                        F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  county leader_in_charge            F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  county staff                       F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  review_department at nation        F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63
  review_department at province      F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 F63 NF
  review_department at city          F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  review_department at county        F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  auditor at nation                  F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 F63
  auditor at province                F63 F63 F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 F63 NF
  auditor at city                    F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  auditor at county                  F63 F63 F63 F63 F63 F63 F63 F63 NF  F63 NF  NF  F63 NF
  testing_institution institution:7  F63 F63 F63 F63 F63 F63 F63 F63 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F63 F63 F63 F63 F63 F63 F63 F63 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F63 F63 F63 F63 F63 F63 F63 F63 NF  NF  NF  NF  NF  NF
ReadReports
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city leader_in_charge              ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city staff                         ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county head                        ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county staff                       ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  review_department at nation        F64 F64 F64 F64 F64 F64 F64 F64 F64 F64 F64 F64 F64 F64
  review_department at province      F64 F64 F64 F64 F64 F64 F64 F64 F64 F64 NF  F64 F64 NF
  review_department at city          F64 F64 F64 F64 F64 F64 F64 F64 NF  F64 NF  NF  F64 NF
  review_department at county        F64 F64 F64 F64 F64 F64 F64 F64 NF  F64 NF  NF  F64 NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  auditor at county                  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  testing_institution institution:7  F64 F64 F64 F64 F64 F64 F64 F64 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F64 F64 F64 F64 F64 F64 F64 F64 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F64 F64 F64 F64 F64 F64 F64 F64 NF  NF  NF  NF  NF  NF
IssueSupervisionOrder
  nation head                        F70 OJ  ok  ok  ok  ok  ok  ok  F70 F70 F70 F70 F70 F70
  nation leader_in_charge            F70 OJ  ok  ok  ok  ok  ok  ok  F70 F70 F70 F70 F70 F70
  nation staff                       F71 F71 F71 F71 F71 F71 F71 F71 F71 F71 F71 F71 F71 F71
  province head                      F70 OJ  OJ  ok  ok  OJ  ok  OJ  F70 F70 NF  F70 F70 NF
  province leader_in_charge          F70 OJ  OJ  ok  ok  OJ  ok  OJ  F70 F70 NF  F70 F70 NF
  province staff                     F71 F71 F71 F71 F71 F71 F71 F71 F71 F71 NF  F71 F71 NF
  city head                          F70 OJ  OJ  OJ  ok  OJ  ok  OJ  NF  F70 NF  NF  F70 NF
  city leader_in_charge              F70 OJ  OJ  OJ  ok  OJ  ok  OJ  NF  F70 NF  NF  F70 NF
  city staff                         F71 F71 F71 F71 F71 F71 F71 F71 NF  F71 NF  NF  F71 NF
  county head                        F71 F71 F71 F71 F71 F71 F71 F71 NF  F71 NF  NF  F71 NF
  county leader_in_charge            F71 F71 F71 F71 F71 F71 F71 F71 NF  F71 NF  NF  F71 NF
  county staff                       F71 F71 F71 F71 F71 F71 F71 F71 NF  F71 NF  NF  F71 NF
  review_department at nation        F70 F70 F70 F70 F70 F70 F70 F70 F70 F70 F70 F70 F70 F70
  review_department at province      F70 F70 F70 F70 F70 F70 F70 F70 F70 F70 NF  F70 F70 NF
  review_department at city          F70 F70 F70 F70 F70 F70 F70 F70 NF  F70 NF  NF  F70 NF
  review_department at county        F70 F70 F70 F70 F70 F70 F70 F70 NF  F70 NF  NF  F70 NF
  auditor at nation                  F70 F70 F70 F70 F70 F70 F70 F70 F70 F70 F70 F70 F70 F70
  auditor at province                F70 F70 F70 F70 F70 F70 F70 F70 F70 F70 NF  F70 F70 NF
  auditor at city                    F70 F70 F70 F70 F70 F70 F70 F70 NF  F70 NF  NF  F70 NF
  auditor at county                  F70 F70 F70 F70 F70 F70 F70 F70 NF  F70 NF  NF  F70 NF
  testing_institution institution:7  F70 F70 F70 F70 F70 F70 F70 F70 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F70 F70 F70 F70 F70 F70 F70 F70 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F70 F70 F70 F70 F70 F70 F70 F70 NF  NF  NF  NF  NF  NF
AcknowledgeSupervisionOrder
  nation head                        F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72
  nation leader_in_charge            F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72
  nation staff                       F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72
  province head                      F72 ok  F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 F72 NF
  province leader_in_charge          F72 ok  F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 F72 NF
  province staff                     F72 ok  F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 F72 NF
  city head                          F72 ok  F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  city leader_in_charge              F72 ok  F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  city staff                         F72 ok  F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  county head                        F72 ok  F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  county leader_in_charge            F72 ok  F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  county staff                       F72 ok  F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  review_department at nation        F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72
  review_department at province      F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 F72 NF
  review_department at city          F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  review_department at county        F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  auditor at nation                  F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72
  auditor at province                F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 F72 NF
  auditor at city                    F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  auditor at county                  F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  testing_institution institution:7  F72 F72 F72 F72 F72 F72 F72 F72 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F72 F72 F72 F72 F72 F72 F72 F72 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F72 F72 F72 F72 F72 F72 F72 F72 NF  NF  NF  NF  NF  NF
ReportSupervisionOrderProgress
  nation head                        F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72
  nation leader_in_charge            F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72
  nation staff                       F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72
  province head                      F72 ok  F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 F72 NF
  province leader_in_charge          F72 ok  F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 F72 NF
  province staff                     F72 ok  F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 F72 NF
  city head                          F72 ok  F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  city leader_in_charge              F72 ok  F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  city staff                         F72 ok  F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  county head                        F72 ok  F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  county leader_in_charge            F72 ok  F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  county staff                       F72 ok  F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  review_department at nation        F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72
  review_department at province      F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 F72 NF
  review_department at city          F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  review_department at county        F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  auditor at nation                  F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72
  auditor at province                F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 F72 NF
  auditor at city                    F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  auditor at county                  F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  testing_institution institution:7  F72 F72 F72 F72 F72 F72 F72 F72 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F72 F72 F72 F72 F72 F72 F72 F72 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F72 F72 F72 F72 F72 F72 F72 F72 NF  NF  NF  NF  NF  NF
CompleteSupervisionOrder
  nation head                        F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72
  nation leader_in_charge            F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72
  nation staff                       F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72
  province head                      F72 ok  F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 F72 NF
  province leader_in_charge          F72 ok  F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 F72 NF
  province staff                     F72 ok  F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 F72 NF
  city head                          F72 ok  F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  city leader_in_charge              F72 ok  F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  city staff                         F72 ok  F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  county head                        F72 ok  F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  county leader_in_charge            F72 ok  F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  county staff                       F72 ok  F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  review_department at nation        F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72
  review_department at province      F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 F72 NF
  review_department at city          F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  review_department at county        F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  auditor at nation                  F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 F72
  auditor at province                F72 F72 F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 F72 NF
  auditor at city                    F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  auditor at county                  F72 F72 F72 F72 F72 F72 F72 F72 NF  F72 NF  NF  F72 NF
  testing_institution institution:7  F72 F72 F72 F72 F72 F72 F72 F72 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F72 F72 F72 F72 F72 F72 F72 F72 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F72 F72 F72 F72 F72 F72 F72 F72 NF  NF  NF  NF  NF  NF
AcceptSupervisionOrder
  nation head                        F73 ok  F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 F73
  nation leader_in_charge            F73 ok  F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 F73
  nation staff                       F71 F71 F71 F71 F71 F71 F71 F71 F71 F71 F71 F71 F71 F71
  province head                      F73 ok  F73 F73 F73 F73 F73 F73 F73 F73 NF  F73 F73 NF
  province leader_in_charge          F73 ok  F73 F73 F73 F73 F73 F73 F73 F73 NF  F73 F73 NF
  province staff                     F71 F71 F71 F71 F71 F71 F71 F71 F71 F71 NF  F71 F71 NF
  city head                          F73 ok  F73 F73 F73 F73 F73 F73 NF  F73 NF  NF  F73 NF
  city leader_in_charge              F73 ok  F73 F73 F73 F73 F73 F73 NF  F73 NF  NF  F73 NF
  city staff                         F71 F71 F71 F71 F71 F71 F71 F71 NF  F71 NF  NF  F71 NF
  county head                        F71 F71 F71 F71 F71 F71 F71 F71 NF  F71 NF  NF  F71 NF
  county leader_in_charge            F71 F71 F71 F71 F71 F71 F71 F71 NF  F71 NF  NF  F71 NF
  county staff                       F71 F71 F71 F71 F71 F71 F71 F71 NF  F71 NF  NF  F71 NF
  review_department at nation        F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 F73
  review_department at province      F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 NF  F73 F73 NF
  review_department at city          F73 F73 F73 F73 F73 F73 F73 F73 NF  F73 NF  NF  F73 NF
  review_department at county        F73 F73 F73 F73 F73 F73 F73 F73 NF  F73 NF  NF  F73 NF
  auditor at nation                  F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 F73
  auditor at province                F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 NF  F73 F73 NF
  auditor at city                    F73 F73 F73 F73 F73 F73 F73 F73 NF  F73 NF  NF  F73 NF
  auditor at county                  F73 F73 F73 F73 F73 F73 F73 F73 NF  F73 NF  NF  F73 NF
  testing_institution institution:7  F73 F73 F73 F73 F73 F73 F73 F73 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F73 F73 F73 F73 F73 F73 F73 F73 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F73 F73 F73 F73 F73 F73 F73 F73 NF  NF  NF  NF  NF  NF
ReturnSupervisionOrder
  nation head                        F73 ok  F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 F73
  nation leader_in_charge            F73 ok  F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 F73
  nation staff                       F71 F71 F71 F71 F71 F71 F71 F71 F71 F71 F71 F71 F71 F71
  province head                      F73 ok  F73 F73 F73 F73 F73 F73 F73 F73 NF  F73 F73 NF
  province leader_in_charge          F73 ok  F73 F73 F73 F73 F73 F73 F73 F73 NF  F73 F73 NF
  province staff                     F71 F71 F71 F71 F71 F71 F71 F71 F71 F71 NF  F71 F71 NF
  city head                          F73 ok  F73 F73 F73 F73 F73 F73 NF  F73 NF  NF  F73 NF
  city leader_in_charge              F73 ok  F73 F73 F73 F73 F73 F73 NF  F73 NF  NF  F73 NF
  city staff                         F71 F71 F71 F71 F71 F71 F71 F71 NF  F71 NF  NF  F71 NF
  county head                        F71 F71 F71 F71 F71 F71 F71 F71 NF  F71 NF  NF  F71 NF
  county leader_in_charge            F71 F71 F71 F71 F71 F71 F71 F71 NF  F71 NF  NF  F71 NF
  county staff                       F71 F71 F71 F71 F71 F71 F71 F71 NF  F71 NF  NF  F71 NF
  review_department at nation        F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 F73
  review_department at province      F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 NF  F73 F73 NF
  review_department at city          F73 F73 F73 F73 F73 F73 F73 F73 NF  F73 NF  NF  F73 NF
  review_department at county        F73 F73 F73 F73 F73 F73 F73 F73 NF  F73 NF  NF  F73 NF
  auditor at nation                  F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 F73
  auditor at province                F73 F73 F73 F73 F73 F73 F73 F73 F73 F73 NF  F73 F73 NF
  auditor at city                    F73 F73 F73 F73 F73 F73 F73 F73 NF  F73 NF  NF  F73 NF
  auditor at county                  F73 F73 F73 F73 F73 F73 F73 F73 NF  F73 NF  NF  F73 NF
  testing_institution institution:7  F73 F73 F73 F73 F73 F73 F73 F73 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F73 F73 F73 F73 F73 F73 F73 F73 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F73 F73 F73 F73 F73 F73 F73 F73 NF  NF  NF  NF  NF  NF
ReadSupervisionOrders
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city leader_in_charge              ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city staff                         ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county head                        ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county staff                       ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  review_department at nation        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  review_department at province      ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  review_department at city          ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  review_department at county        ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  auditor at county                  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  testing_institution institution:7  F74 F74 F74 F74 F74 F74 F74 F74 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F74 F74 F74 F74 F74 F74 F74 F74 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F74 F74 F74 F74 F74 F74 F74 F74 NF  NF  NF  NF  NF  NF
SubscribeSupervisionOrders
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city leader_in_charge              ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city staff                         ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county head                        ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county staff                       ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  review_department at nation        F75 F75 F75 F75 F75 F75 F75 F75 F75 F75 F75 F75 F75 F75
  review_department at province      F75 F75 F75 F75 F75 F75 F75 F75 F75 F75 NF  F75 F75 NF
  review_department at city          F75 F75 F75 F75 F75 F75 F75 F75 NF  F75 NF  NF  F75 NF
  review_department at county        F75 F75 F75 F75 F75 F75 F75 F75 NF  F75 NF  NF  F75 NF
  auditor at nation                  F75 F75 F75 F75 F75 F75 F75 F75 F75 F75 F75 F75 F75 F75
  auditor at province                F75 F75 F75 F75 F75 F75 F75 F75 F75 F75 NF  F75 F75 NF
  auditor at city                    F75 F75 F75 F75 F75 F75 F75 F75 NF  F75 NF  NF  F75 NF
  auditor at county                  F75 F75 F75 F75 F75 F75 F75 F75 NF  F75 NF  NF  F75 NF
  testing_institution institution:7  F75 F75 F75 F75 F75 F75 F75 F75 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F75 F75 F75 F75 F75 F75 F75 F75 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F75 F75 F75 F75 F75 F75 F75 F75 NF  NF  NF  NF  NF  NF
RaiseLowerTierRequest
  nation head                        F76 F76 F76 F76 F76 F76 F76 F76 F76 F76 F76 F76 F76 F76
  nation leader_in_charge            F76 F76 F76 F76 F76 F76 F76 F76 F76 F76 F76 F76 F76 F76
  nation staff                       F76 F76 F76 F76 F76 F76 F76 F76 F76 F76 F76 F76 F76 F76
  province head                      F76 ok  F76 F76 F76 F76 F76 F76 F76 F76 NF  F76 F76 NF
  province leader_in_charge          F76 ok  F76 F76 F76 F76 F76 F76 F76 F76 NF  F76 F76 NF
  province staff                     F76 ok  F76 F76 F76 F76 F76 F76 F76 F76 NF  F76 F76 NF
  city head                          F76 ok  F76 F76 F76 F76 F76 F76 NF  F76 NF  NF  F76 NF
  city leader_in_charge              F76 ok  F76 F76 F76 F76 F76 F76 NF  F76 NF  NF  F76 NF
  city staff                         F76 ok  F76 F76 F76 F76 F76 F76 NF  F76 NF  NF  F76 NF
  county head                        F76 ok  F76 F76 F76 F76 F76 F76 NF  F76 NF  NF  F76 NF
  county leader_in_charge            F76 ok  F76 F76 F76 F76 F76 F76 NF  F76 NF  NF  F76 NF
  county staff                       F76 ok  F76 F76 F76 F76 F76 F76 NF  F76 NF  NF  F76 NF
  review_department at nation        F76 F76 F76 F76 F76 F76 F76 F76 F76 F76 F76 F76 F76 F76
  review_department at province      F76 F76 F76 F76 F76 F76 F76 F76 F76 F76 NF  F76 F76 NF
  review_department at city          F76 F76 F76 F76 F76 F76 F76 F76 NF  F76 NF  NF  F76 NF
  review_department at county        F76 F76 F76 F76 F76 F76 F76 F76 NF  F76 NF  NF  F76 NF
  auditor at nation                  F76 F76 F76 F76 F76 F76 F76 F76 F76 F76 F76 F76 F76 F76
  auditor at province                F76 F76 F76 F76 F76 F76 F76 F76 F76 F76 NF  F76 F76 NF
  auditor at city                    F76 F76 F76 F76 F76 F76 F76 F76 NF  F76 NF  NF  F76 NF
  auditor at county                  F76 F76 F76 F76 F76 F76 F76 F76 NF  F76 NF  NF  F76 NF
  testing_institution institution:7  F76 F76 F76 F76 F76 F76 F76 F76 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F76 F76 F76 F76 F76 F76 F76 F76 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F76 F76 F76 F76 F76 F76 F76 F76 NF  NF  NF  NF  NF  NF
AnswerLowerTierRequest
  nation head                        F77 ok  F77 F77 F77 F77 F77 F77 F77 F77 F77 F77 F77 F77
  nation leader_in_charge            F77 ok  F77 F77 F77 F77 F77 F77 F77 F77 F77 F77 F77 F77
  nation staff                       F77 ok  F77 F77 F77 F77 F77 F77 F77 F77 F77 F77 F77 F77
  province head                      F77 ok  F77 F77 F77 F77 F77 F77 F77 F77 NF  F77 F77 NF
  province leader_in_charge          F77 ok  F77 F77 F77 F77 F77 F77 F77 F77 NF  F77 F77 NF
  province staff                     F77 ok  F77 F77 F77 F77 F77 F77 F77 F77 NF  F77 F77 NF
  city head                          F77 ok  F77 F77 F77 F77 F77 F77 NF  F77 NF  NF  F77 NF
  city leader_in_charge              F77 ok  F77 F77 F77 F77 F77 F77 NF  F77 NF  NF  F77 NF
  city staff                         F77 ok  F77 F77 F77 F77 F77 F77 NF  F77 NF  NF  F77 NF
  county head                        F77 F77 F77 F77 F77 F77 F77 F77 NF  F77 NF  NF  F77 NF
  county leader_in_charge            F77 F77 F77 F77 F77 F77 F77 F77 NF  F77 NF  NF  F77 NF
  county staff                       F77 F77 F77 F77 F77 F77 F77 F77 NF  F77 NF  NF  F77 NF
  review_department at nation        F77 F77 F77 F77 F77 F77 F77 F77 F77 F77 F77 F77 F77 F77
  review_department at province      F77 F77 F77 F77 F77 F77 F77 F77 F77 F77 NF  F77 F77 NF
  review_department at city          F77 F77 F77 F77 F77 F77 F77 F77 NF  F77 NF  NF  F77 NF
  review_department at county        F77 F77 F77 F77 F77 F77 F77 F77 NF  F77 NF  NF  F77 NF
  auditor at nation                  F77 F77 F77 F77 F77 F77 F77 F77 F77 F77 F77 F77 F77 F77
  auditor at province                F77 F77 F77 F77 F77 F77 F77 F77 F77 F77 NF  F77 F77 NF
  auditor at city                    F77 F77 F77 F77 F77 F77 F77 F77 NF  F77 NF  NF  F77 NF
  auditor at county                  F77 F77 F77 F77 F77 F77 F77 F77 NF  F77 NF  NF  F77 NF
  testing_institution institution:7  F77 F77 F77 F77 F77 F77 F77 F77 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F77 F77 F77 F77 F77 F77 F77 F77 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F77 F77 F77 F77 F77 F77 F77 F77 NF  NF  NF  NF  NF  NF
ResolveLowerTierRequest
  nation head                        F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78
  nation leader_in_charge            F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78
  nation staff                       F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78
  province head                      F78 ok  F78 F78 F78 F78 F78 F78 F78 F78 NF  F78 F78 NF
  province leader_in_charge          F78 ok  F78 F78 F78 F78 F78 F78 F78 F78 NF  F78 F78 NF
  province staff                     F78 ok  F78 F78 F78 F78 F78 F78 F78 F78 NF  F78 F78 NF
  city head                          F78 ok  F78 F78 F78 F78 F78 F78 NF  F78 NF  NF  F78 NF
  city leader_in_charge              F78 ok  F78 F78 F78 F78 F78 F78 NF  F78 NF  NF  F78 NF
  city staff                         F78 ok  F78 F78 F78 F78 F78 F78 NF  F78 NF  NF  F78 NF
  county head                        F78 ok  F78 F78 F78 F78 F78 F78 NF  F78 NF  NF  F78 NF
  county leader_in_charge            F78 ok  F78 F78 F78 F78 F78 F78 NF  F78 NF  NF  F78 NF
  county staff                       F78 ok  F78 F78 F78 F78 F78 F78 NF  F78 NF  NF  F78 NF
  review_department at nation        F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78
  review_department at province      F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 NF  F78 F78 NF
  review_department at city          F78 F78 F78 F78 F78 F78 F78 F78 NF  F78 NF  NF  F78 NF
  review_department at county        F78 F78 F78 F78 F78 F78 F78 F78 NF  F78 NF  NF  F78 NF
  auditor at nation                  F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78
  auditor at province                F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 NF  F78 F78 NF
  auditor at city                    F78 F78 F78 F78 F78 F78 F78 F78 NF  F78 NF  NF  F78 NF
  auditor at county                  F78 F78 F78 F78 F78 F78 F78 F78 NF  F78 NF  NF  F78 NF
  testing_institution institution:7  F78 F78 F78 F78 F78 F78 F78 F78 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F78 F78 F78 F78 F78 F78 F78 F78 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F78 F78 F78 F78 F78 F78 F78 F78 NF  NF  NF  NF  NF  NF
ReopenLowerTierRequest
  nation head                        F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78
  nation leader_in_charge            F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78
  nation staff                       F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78
  province head                      F78 ok  F78 F78 F78 F78 F78 F78 F78 F78 NF  F78 F78 NF
  province leader_in_charge          F78 ok  F78 F78 F78 F78 F78 F78 F78 F78 NF  F78 F78 NF
  province staff                     F78 ok  F78 F78 F78 F78 F78 F78 F78 F78 NF  F78 F78 NF
  city head                          F78 ok  F78 F78 F78 F78 F78 F78 NF  F78 NF  NF  F78 NF
  city leader_in_charge              F78 ok  F78 F78 F78 F78 F78 F78 NF  F78 NF  NF  F78 NF
  city staff                         F78 ok  F78 F78 F78 F78 F78 F78 NF  F78 NF  NF  F78 NF
  county head                        F78 ok  F78 F78 F78 F78 F78 F78 NF  F78 NF  NF  F78 NF
  county leader_in_charge            F78 ok  F78 F78 F78 F78 F78 F78 NF  F78 NF  NF  F78 NF
  county staff                       F78 ok  F78 F78 F78 F78 F78 F78 NF  F78 NF  NF  F78 NF
  review_department at nation        F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78
  review_department at province      F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 NF  F78 F78 NF
  review_department at city          F78 F78 F78 F78 F78 F78 F78 F78 NF  F78 NF  NF  F78 NF
  review_department at county        F78 F78 F78 F78 F78 F78 F78 F78 NF  F78 NF  NF  F78 NF
  auditor at nation                  F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 F78
  auditor at province                F78 F78 F78 F78 F78 F78 F78 F78 F78 F78 NF  F78 F78 NF
  auditor at city                    F78 F78 F78 F78 F78 F78 F78 F78 NF  F78 NF  NF  F78 NF
  auditor at county                  F78 F78 F78 F78 F78 F78 F78 F78 NF  F78 NF  NF  F78 NF
  testing_institution institution:7  F78 F78 F78 F78 F78 F78 F78 F78 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F78 F78 F78 F78 F78 F78 F78 F78 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F78 F78 F78 F78 F78 F78 F78 F78 NF  NF  NF  NF  NF  NF
ReadLowerTierRequests
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city leader_in_charge              ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city staff                         ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county head                        ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county staff                       ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  review_department at nation        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  review_department at province      ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  review_department at city          ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  review_department at county        ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  auditor at county                  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  testing_institution institution:7  F79 F79 F79 F79 F79 F79 F79 F79 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F79 F79 F79 F79 F79 F79 F79 F79 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F79 F79 F79 F79 F79 F79 F79 F79 NF  NF  NF  NF  NF  NF
EscalateLinkageNotice
  nation head                        F80 ok  F80 F80 F80 F80 F80 F80 F80 F80 F80 F80 F80 F80
  nation leader_in_charge            F80 ok  F80 F80 F80 F80 F80 F80 F80 F80 F80 F80 F80 F80
  nation staff                       F71 F71 F71 F71 F71 F71 F71 F71 F71 F71 F71 F71 F71 F71
  province head                      F80 ok  F80 F80 F80 F80 F80 F80 F80 F80 NF  F80 F80 NF
  province leader_in_charge          F80 ok  F80 F80 F80 F80 F80 F80 F80 F80 NF  F80 F80 NF
  province staff                     F71 F71 F71 F71 F71 F71 F71 F71 F71 F71 NF  F71 F71 NF
  city head                          F80 ok  F80 F80 F80 F80 F80 F80 NF  F80 NF  NF  F80 NF
  city leader_in_charge              F80 ok  F80 F80 F80 F80 F80 F80 NF  F80 NF  NF  F80 NF
  city staff                         F71 F71 F71 F71 F71 F71 F71 F71 NF  F71 NF  NF  F71 NF
  county head                        F71 F71 F71 F71 F71 F71 F71 F71 NF  F71 NF  NF  F71 NF
  county leader_in_charge            F71 F71 F71 F71 F71 F71 F71 F71 NF  F71 NF  NF  F71 NF
  county staff                       F71 F71 F71 F71 F71 F71 F71 F71 NF  F71 NF  NF  F71 NF
  review_department at nation        F80 F80 F80 F80 F80 F80 F80 F80 F80 F80 F80 F80 F80 F80
  review_department at province      F80 F80 F80 F80 F80 F80 F80 F80 F80 F80 NF  F80 F80 NF
  review_department at city          F80 F80 F80 F80 F80 F80 F80 F80 NF  F80 NF  NF  F80 NF
  review_department at county        F80 F80 F80 F80 F80 F80 F80 F80 NF  F80 NF  NF  F80 NF
  auditor at nation                  F80 F80 F80 F80 F80 F80 F80 F80 F80 F80 F80 F80 F80 F80
  auditor at province                F80 F80 F80 F80 F80 F80 F80 F80 F80 F80 NF  F80 F80 NF
  auditor at city                    F80 F80 F80 F80 F80 F80 F80 F80 NF  F80 NF  NF  F80 NF
  auditor at county                  F80 F80 F80 F80 F80 F80 F80 F80 NF  F80 NF  NF  F80 NF
  testing_institution institution:7  F80 F80 F80 F80 F80 F80 F80 F80 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F80 F80 F80 F80 F80 F80 F80 F80 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F80 F80 F80 F80 F80 F80 F80 F80 NF  NF  NF  NF  NF  NF
AssignResponsiblePerson
  nation head                        F83 ok  F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 F83
  nation leader_in_charge            F83 ok  F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 F83
  nation staff                       F82 F82 F82 F82 F82 F82 F82 F82 F82 F82 F82 F82 F82 F82
  province head                      F83 ok  F83 F83 F83 F83 F83 F83 F83 F83 NF  F83 F83 NF
  province leader_in_charge          F83 ok  F83 F83 F83 F83 F83 F83 F83 F83 NF  F83 F83 NF
  province staff                     F82 F82 F82 F82 F82 F82 F82 F82 F82 F82 NF  F82 F82 NF
  city head                          F83 ok  F83 F83 F83 F83 F83 F83 NF  F83 NF  NF  F83 NF
  city leader_in_charge              F83 ok  F83 F83 F83 F83 F83 F83 NF  F83 NF  NF  F83 NF
  city staff                         F82 F82 F82 F82 F82 F82 F82 F82 NF  F82 NF  NF  F82 NF
  county head                        F83 ok  F83 F83 F83 F83 F83 F83 NF  F83 NF  NF  F83 NF
  county leader_in_charge            F83 ok  F83 F83 F83 F83 F83 F83 NF  F83 NF  NF  F83 NF
  county staff                       F82 F82 F82 F82 F82 F82 F82 F82 NF  F82 NF  NF  F82 NF
  review_department at nation        F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 F83
  review_department at province      F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 NF  F83 F83 NF
  review_department at city          F83 F83 F83 F83 F83 F83 F83 F83 NF  F83 NF  NF  F83 NF
  review_department at county        F83 F83 F83 F83 F83 F83 F83 F83 NF  F83 NF  NF  F83 NF
  auditor at nation                  F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 F83
  auditor at province                F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 NF  F83 F83 NF
  auditor at city                    F83 F83 F83 F83 F83 F83 F83 F83 NF  F83 NF  NF  F83 NF
  auditor at county                  F83 F83 F83 F83 F83 F83 F83 F83 NF  F83 NF  NF  F83 NF
  testing_institution institution:7  F83 F83 F83 F83 F83 F83 F83 F83 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F83 F83 F83 F83 F83 F83 F83 F83 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F83 F83 F83 F83 F83 F83 F83 F83 NF  NF  NF  NF  NF  NF
ReassignResponsiblePerson
  nation head                        F83 ok  F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 F83
  nation leader_in_charge            F83 ok  F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 F83
  nation staff                       F82 F82 F82 F82 F82 F82 F82 F82 F82 F82 F82 F82 F82 F82
  province head                      F83 ok  F83 F83 F83 F83 F83 F83 F83 F83 NF  F83 F83 NF
  province leader_in_charge          F83 ok  F83 F83 F83 F83 F83 F83 F83 F83 NF  F83 F83 NF
  province staff                     F82 F82 F82 F82 F82 F82 F82 F82 F82 F82 NF  F82 F82 NF
  city head                          F83 ok  F83 F83 F83 F83 F83 F83 NF  F83 NF  NF  F83 NF
  city leader_in_charge              F83 ok  F83 F83 F83 F83 F83 F83 NF  F83 NF  NF  F83 NF
  city staff                         F82 F82 F82 F82 F82 F82 F82 F82 NF  F82 NF  NF  F82 NF
  county head                        F83 ok  F83 F83 F83 F83 F83 F83 NF  F83 NF  NF  F83 NF
  county leader_in_charge            F83 ok  F83 F83 F83 F83 F83 F83 NF  F83 NF  NF  F83 NF
  county staff                       F82 F82 F82 F82 F82 F82 F82 F82 NF  F82 NF  NF  F82 NF
  review_department at nation        F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 F83
  review_department at province      F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 NF  F83 F83 NF
  review_department at city          F83 F83 F83 F83 F83 F83 F83 F83 NF  F83 NF  NF  F83 NF
  review_department at county        F83 F83 F83 F83 F83 F83 F83 F83 NF  F83 NF  NF  F83 NF
  auditor at nation                  F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 F83
  auditor at province                F83 F83 F83 F83 F83 F83 F83 F83 F83 F83 NF  F83 F83 NF
  auditor at city                    F83 F83 F83 F83 F83 F83 F83 F83 NF  F83 NF  NF  F83 NF
  auditor at county                  F83 F83 F83 F83 F83 F83 F83 F83 NF  F83 NF  NF  F83 NF
  testing_institution institution:7  F83 F83 F83 F83 F83 F83 F83 F83 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F83 F83 F83 F83 F83 F83 F83 F83 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F83 F83 F83 F83 F83 F83 F83 F83 NF  NF  NF  NF  NF  NF
ReadResponsibilities
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city leader_in_charge              ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city staff                         ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county head                        ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county staff                       ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  review_department at nation        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  review_department at province      ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  review_department at city          ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  review_department at county        ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  auditor at county                  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  testing_institution institution:7  F84 F84 F84 F84 F84 F84 F84 F84 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F84 F84 F84 F84 F84 F84 F84 F84 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F84 F84 F84 F84 F84 F84 F84 F84 NF  NF  NF  NF  NF  NF
OpenCampaign
  nation head                        F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86
  nation leader_in_charge            F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86
  nation staff                       F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86
  province head                      F85 F85 F85 F85 F85 F85 ok  OJ  F85 F85 NF  F85 F85 NF
  province leader_in_charge          F85 F85 F85 F85 F85 F85 ok  OJ  F85 F85 NF  F85 F85 NF
  province staff                     F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 NF  F86 F86 NF
  city head                          F85 F85 F85 F85 F85 F85 ok  OJ  NF  F85 NF  NF  F85 NF
  city leader_in_charge              F85 F85 F85 F85 F85 F85 ok  OJ  NF  F85 NF  NF  F85 NF
  city staff                         F86 F86 F86 F86 F86 F86 F86 F86 NF  F86 NF  NF  F86 NF
  county head                        F86 F86 F86 F86 F86 F86 F86 F86 NF  F86 NF  NF  F86 NF
  county leader_in_charge            F86 F86 F86 F86 F86 F86 F86 F86 NF  F86 NF  NF  F86 NF
  county staff                       F86 F86 F86 F86 F86 F86 F86 F86 NF  F86 NF  NF  F86 NF
  review_department at nation        F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85
  review_department at province      F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 F85 NF
  review_department at city          F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 NF  NF  F85 NF
  review_department at county        F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 NF  NF  F85 NF
  auditor at nation                  F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85
  auditor at province                F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 F85 NF
  auditor at city                    F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 NF  NF  F85 NF
  auditor at county                  F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 NF  NF  F85 NF
  testing_institution institution:7  F85 F85 F85 F85 F85 F85 F85 F85 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F85 F85 F85 F85 F85 F85 F85 F85 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F85 F85 F85 F85 F85 F85 F85 F85 NF  NF  NF  NF  NF  NF
DecideCampaign
  nation head                        F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86
  nation leader_in_charge            F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86
  nation staff                       F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86
  province head                      F85 ok  F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 F85 NF
  province leader_in_charge          F85 ok  F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 F85 NF
  province staff                     F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 NF  F86 F86 NF
  city head                          F85 ok  F85 F85 F85 F85 F85 F85 NF  F85 NF  NF  F85 NF
  city leader_in_charge              F85 ok  F85 F85 F85 F85 F85 F85 NF  F85 NF  NF  F85 NF
  city staff                         F86 F86 F86 F86 F86 F86 F86 F86 NF  F86 NF  NF  F86 NF
  county head                        F86 F86 F86 F86 F86 F86 F86 F86 NF  F86 NF  NF  F86 NF
  county leader_in_charge            F86 F86 F86 F86 F86 F86 F86 F86 NF  F86 NF  NF  F86 NF
  county staff                       F86 F86 F86 F86 F86 F86 F86 F86 NF  F86 NF  NF  F86 NF
  review_department at nation        F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85
  review_department at province      F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 F85 NF
  review_department at city          F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 NF  NF  F85 NF
  review_department at county        F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 NF  NF  F85 NF
  auditor at nation                  F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85
  auditor at province                F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 F85 NF
  auditor at city                    F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 NF  NF  F85 NF
  auditor at county                  F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 NF  NF  F85 NF
  testing_institution institution:7  F85 F85 F85 F85 F85 F85 F85 F85 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F85 F85 F85 F85 F85 F85 F85 F85 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F85 F85 F85 F85 F85 F85 F85 F85 NF  NF  NF  NF  NF  NF
ReadCampaigns
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city leader_in_charge              ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city staff                         ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county head                        ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county staff                       ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  review_department at nation        F87 F87 F87 F87 F87 F87 F87 F87 F87 F87 F87 F87 F87 F87
  review_department at province      F87 F87 F87 F87 F87 F87 F87 F87 F87 F87 NF  F87 F87 NF
  review_department at city          F87 F87 F87 F87 F87 F87 F87 F87 NF  F87 NF  NF  F87 NF
  review_department at county        F87 F87 F87 F87 F87 F87 F87 F87 NF  F87 NF  NF  F87 NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  auditor at county                  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  testing_institution institution:7  F87 F87 F87 F87 F87 F87 F87 F87 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F87 F87 F87 F87 F87 F87 F87 F87 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F87 F87 F87 F87 F87 F87 F87 F87 NF  NF  NF  NF  NF  NF
DraftAgreement
  nation head                        F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89
  nation leader_in_charge            F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89
  nation staff                       F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89
  province head                      F88 OJ  OJ  ok  ok  OJ  ok  OJ  F88 F88 NF  F88 F88 NF
  province leader_in_charge          F88 OJ  OJ  ok  ok  OJ  ok  OJ  F88 F88 NF  F88 F88 NF
  province staff                     F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 NF  F89 F89 NF
  city head                          F88 OJ  OJ  OJ  ok  OJ  ok  OJ  NF  F88 NF  NF  F88 NF
  city leader_in_charge              F88 OJ  OJ  OJ  ok  OJ  ok  OJ  NF  F88 NF  NF  F88 NF
  city staff                         F89 F89 F89 F89 F89 F89 F89 F89 NF  F89 NF  NF  F89 NF
  county head                        F89 F89 F89 F89 F89 F89 F89 F89 NF  F89 NF  NF  F89 NF
  county leader_in_charge            F89 F89 F89 F89 F89 F89 F89 F89 NF  F89 NF  NF  F89 NF
  county staff                       F89 F89 F89 F89 F89 F89 F89 F89 NF  F89 NF  NF  F89 NF
  review_department at nation        F88 F88 F88 F88 F88 F88 F88 F88 F88 F88 F88 F88 F88 F88
  review_department at province      F88 F88 F88 F88 F88 F88 F88 F88 F88 F88 NF  F88 F88 NF
  review_department at city          F88 F88 F88 F88 F88 F88 F88 F88 NF  F88 NF  NF  F88 NF
  review_department at county        F88 F88 F88 F88 F88 F88 F88 F88 NF  F88 NF  NF  F88 NF
  auditor at nation                  F88 F88 F88 F88 F88 F88 F88 F88 F88 F88 F88 F88 F88 F88
  auditor at province                F88 F88 F88 F88 F88 F88 F88 F88 F88 F88 NF  F88 F88 NF
  auditor at city                    F88 F88 F88 F88 F88 F88 F88 F88 NF  F88 NF  NF  F88 NF
  auditor at county                  F88 F88 F88 F88 F88 F88 F88 F88 NF  F88 NF  NF  F88 NF
  testing_institution institution:7  F88 F88 F88 F88 F88 F88 F88 F88 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F88 F88 F88 F88 F88 F88 F88 F88 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F88 F88 F88 F88 F88 F88 F88 F88 NF  NF  NF  NF  NF  NF
DecideAgreement
  nation head                        F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89
  nation leader_in_charge            F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89
  nation staff                       F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89
  province head                      F88 ok  F88 F88 F88 F88 F88 F88 F88 F88 NF  F88 F88 NF
  province leader_in_charge          F88 ok  F88 F88 F88 F88 F88 F88 F88 F88 NF  F88 F88 NF
  province staff                     F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 NF  F89 F89 NF
  city head                          F88 ok  F88 F88 F88 F88 F88 F88 NF  F88 NF  NF  F88 NF
  city leader_in_charge              F88 ok  F88 F88 F88 F88 F88 F88 NF  F88 NF  NF  F88 NF
  city staff                         F89 F89 F89 F89 F89 F89 F89 F89 NF  F89 NF  NF  F89 NF
  county head                        F89 F89 F89 F89 F89 F89 F89 F89 NF  F89 NF  NF  F89 NF
  county leader_in_charge            F89 F89 F89 F89 F89 F89 F89 F89 NF  F89 NF  NF  F89 NF
  county staff                       F89 F89 F89 F89 F89 F89 F89 F89 NF  F89 NF  NF  F89 NF
  review_department at nation        F88 F88 F88 F88 F88 F88 F88 F88 F88 F88 F88 F88 F88 F88
  review_department at province      F88 F88 F88 F88 F88 F88 F88 F88 F88 F88 NF  F88 F88 NF
  review_department at city          F88 F88 F88 F88 F88 F88 F88 F88 NF  F88 NF  NF  F88 NF
  review_department at county        F88 F88 F88 F88 F88 F88 F88 F88 NF  F88 NF  NF  F88 NF
  auditor at nation                  F88 F88 F88 F88 F88 F88 F88 F88 F88 F88 F88 F88 F88 F88
  auditor at province                F88 F88 F88 F88 F88 F88 F88 F88 F88 F88 NF  F88 F88 NF
  auditor at city                    F88 F88 F88 F88 F88 F88 F88 F88 NF  F88 NF  NF  F88 NF
  auditor at county                  F88 F88 F88 F88 F88 F88 F88 F88 NF  F88 NF  NF  F88 NF
  testing_institution institution:7  F88 F88 F88 F88 F88 F88 F88 F88 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F88 F88 F88 F88 F88 F88 F88 F88 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F88 F88 F88 F88 F88 F88 F88 F88 NF  NF  NF  NF  NF  NF
SignAgreement
  nation head                        F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89
  nation leader_in_charge            F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89
  nation staff                       F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 F89
  province head                      F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 NF  F89 F89 NF
  province leader_in_charge          F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 NF  F89 F89 NF
  province staff                     F89 F89 F89 F89 F89 F89 F89 F89 F89 F89 NF  F89 F89 NF
  city head                          F90 ok  F90 F90 F90 F90 F90 F90 NF  F90 NF  NF  F90 NF
  city leader_in_charge              F90 ok  F90 F90 F90 F90 F90 F90 NF  F90 NF  NF  F90 NF
  city staff                         F89 F89 F89 F89 F89 F89 F89 F89 NF  F89 NF  NF  F89 NF
  county head                        F90 ok  F90 F90 F90 F90 F90 F90 NF  F90 NF  NF  F90 NF
  county leader_in_charge            F90 ok  F90 F90 F90 F90 F90 F90 NF  F90 NF  NF  F90 NF
  county staff                       F89 F89 F89 F89 F89 F89 F89 F89 NF  F89 NF  NF  F89 NF
  review_department at nation        F90 F90 F90 F90 F90 F90 F90 F90 F90 F90 F90 F90 F90 F90
  review_department at province      F90 F90 F90 F90 F90 F90 F90 F90 F90 F90 NF  F90 F90 NF
  review_department at city          F90 F90 F90 F90 F90 F90 F90 F90 NF  F90 NF  NF  F90 NF
  review_department at county        F90 F90 F90 F90 F90 F90 F90 F90 NF  F90 NF  NF  F90 NF
  auditor at nation                  F90 F90 F90 F90 F90 F90 F90 F90 F90 F90 F90 F90 F90 F90
  auditor at province                F90 F90 F90 F90 F90 F90 F90 F90 F90 F90 NF  F90 F90 NF
  auditor at city                    F90 F90 F90 F90 F90 F90 F90 F90 NF  F90 NF  NF  F90 NF
  auditor at county                  F90 F90 F90 F90 F90 F90 F90 F90 NF  F90 NF  NF  F90 NF
  testing_institution institution:7  F90 F90 F90 F90 F90 F90 F90 F90 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F90 F90 F90 F90 F90 F90 F90 F90 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F90 F90 F90 F90 F90 F90 F90 F90 NF  NF  NF  NF  NF  NF
ReadAgreements
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city leader_in_charge              ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city staff                         ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county head                        ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county staff                       ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  review_department at nation        F91 F91 F91 F91 F91 F91 F91 F91 F91 F91 F91 F91 F91 F91
  review_department at province      F91 F91 F91 F91 F91 F91 F91 F91 F91 F91 NF  F91 F91 NF
  review_department at city          F91 F91 F91 F91 F91 F91 F91 F91 NF  F91 NF  NF  F91 NF
  review_department at county        F91 F91 F91 F91 F91 F91 F91 F91 NF  F91 NF  NF  F91 NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  auditor at county                  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  testing_institution institution:7  F91 F91 F91 F91 F91 F91 F91 F91 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F91 F91 F91 F91 F91 F91 F91 F91 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F91 F91 F91 F91 F91 F91 F91 F91 NF  NF  NF  NF  NF  NF
ConveneRectificationMeeting
  nation head                        F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86
  nation leader_in_charge            F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86
  nation staff                       F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86
  province head                      F85 ok  F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 F85 NF
  province leader_in_charge          F85 ok  F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 F85 NF
  province staff                     F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 NF  F86 F86 NF
  city head                          F85 ok  F85 F85 F85 F85 F85 F85 NF  F85 NF  NF  F85 NF
  city leader_in_charge              F85 ok  F85 F85 F85 F85 F85 F85 NF  F85 NF  NF  F85 NF
  city staff                         F86 F86 F86 F86 F86 F86 F86 F86 NF  F86 NF  NF  F86 NF
  county head                        F86 F86 F86 F86 F86 F86 F86 F86 NF  F86 NF  NF  F86 NF
  county leader_in_charge            F86 F86 F86 F86 F86 F86 F86 F86 NF  F86 NF  NF  F86 NF
  county staff                       F86 F86 F86 F86 F86 F86 F86 F86 NF  F86 NF  NF  F86 NF
  review_department at nation        F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85
  review_department at province      F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 F85 NF
  review_department at city          F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 NF  NF  F85 NF
  review_department at county        F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 NF  NF  F85 NF
  auditor at nation                  F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85
  auditor at province                F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 F85 NF
  auditor at city                    F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 NF  NF  F85 NF
  auditor at county                  F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 NF  NF  F85 NF
  testing_institution institution:7  F85 F85 F85 F85 F85 F85 F85 F85 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F85 F85 F85 F85 F85 F85 F85 F85 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F85 F85 F85 F85 F85 F85 F85 F85 NF  NF  NF  NF  NF  NF
DecideRectificationMeeting
  nation head                        F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86
  nation leader_in_charge            F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86
  nation staff                       F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 F86
  province head                      F85 ok  F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 F85 NF
  province leader_in_charge          F85 ok  F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 F85 NF
  province staff                     F86 F86 F86 F86 F86 F86 F86 F86 F86 F86 NF  F86 F86 NF
  city head                          F85 ok  F85 F85 F85 F85 F85 F85 NF  F85 NF  NF  F85 NF
  city leader_in_charge              F85 ok  F85 F85 F85 F85 F85 F85 NF  F85 NF  NF  F85 NF
  city staff                         F86 F86 F86 F86 F86 F86 F86 F86 NF  F86 NF  NF  F86 NF
  county head                        F86 F86 F86 F86 F86 F86 F86 F86 NF  F86 NF  NF  F86 NF
  county leader_in_charge            F86 F86 F86 F86 F86 F86 F86 F86 NF  F86 NF  NF  F86 NF
  county staff                       F86 F86 F86 F86 F86 F86 F86 F86 NF  F86 NF  NF  F86 NF
  review_department at nation        F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85
  review_department at province      F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 F85 NF
  review_department at city          F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 NF  NF  F85 NF
  review_department at county        F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 NF  NF  F85 NF
  auditor at nation                  F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 F85
  auditor at province                F85 F85 F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 F85 NF
  auditor at city                    F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 NF  NF  F85 NF
  auditor at county                  F85 F85 F85 F85 F85 F85 F85 F85 NF  F85 NF  NF  F85 NF
  testing_institution institution:7  F85 F85 F85 F85 F85 F85 F85 F85 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F85 F85 F85 F85 F85 F85 F85 F85 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F85 F85 F85 F85 F85 F85 F85 F85 NF  NF  NF  NF  NF  NF
ReadRectificationMeetings
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city leader_in_charge              ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city staff                         ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county head                        ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county staff                       ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  review_department at nation        F92 F92 F92 F92 F92 F92 F92 F92 F92 F92 F92 F92 F92 F92
  review_department at province      F92 F92 F92 F92 F92 F92 F92 F92 F92 F92 NF  F92 F92 NF
  review_department at city          F92 F92 F92 F92 F92 F92 F92 F92 NF  F92 NF  NF  F92 NF
  review_department at county        F92 F92 F92 F92 F92 F92 F92 F92 NF  F92 NF  NF  F92 NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  auditor at county                  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  testing_institution institution:7  F92 F92 F92 F92 F92 F92 F92 F92 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F92 F92 F92 F92 F92 F92 F92 F92 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F92 F92 F92 F92 F92 F92 F92 F92 NF  NF  NF  NF  NF  NF
DismissCounterfeitCase
  nation head                        F94 F94 F94 F94 F94 F94 F94 F94 F94 F94 F94 F94 F94 F94
  nation leader_in_charge            F94 F94 F94 F94 F94 F94 F94 F94 F94 F94 F94 F94 F94 F94
  nation staff                       F94 F94 F94 F94 F94 F94 F94 F94 F94 F94 F94 F94 F94 F94
  province head                      F93 ok  F93 F93 F93 F93 F93 F93 F93 F93 NF  F93 F93 NF
  province leader_in_charge          F93 ok  F93 F93 F93 F93 F93 F93 F93 F93 NF  F93 F93 NF
  province staff                     F94 F94 F94 F94 F94 F94 F94 F94 F94 F94 NF  F94 F94 NF
  city head                          F93 ok  F93 F93 F93 F93 F93 F93 NF  F93 NF  NF  F93 NF
  city leader_in_charge              F93 ok  F93 F93 F93 F93 F93 F93 NF  F93 NF  NF  F93 NF
  city staff                         F94 F94 F94 F94 F94 F94 F94 F94 NF  F94 NF  NF  F94 NF
  county head                        F93 ok  F93 F93 F93 F93 F93 F93 NF  F93 NF  NF  F93 NF
  county leader_in_charge            F93 ok  F93 F93 F93 F93 F93 F93 NF  F93 NF  NF  F93 NF
  county staff                       F94 F94 F94 F94 F94 F94 F94 F94 NF  F94 NF  NF  F94 NF
  review_department at nation        F93 F93 F93 F93 F93 F93 F93 F93 F93 F93 F93 F93 F93 F93
  review_department at province      F93 F93 F93 F93 F93 F93 F93 F93 F93 F93 NF  F93 F93 NF
  review_department at city          F93 F93 F93 F93 F93 F93 F93 F93 NF  F93 NF  NF  F93 NF
  review_department at county        F93 F93 F93 F93 F93 F93 F93 F93 NF  F93 NF  NF  F93 NF
  auditor at nation                  F93 F93 F93 F93 F93 F93 F93 F93 F93 F93 F93 F93 F93 F93
  auditor at province                F93 F93 F93 F93 F93 F93 F93 F93 F93 F93 NF  F93 F93 NF
  auditor at city                    F93 F93 F93 F93 F93 F93 F93 F93 NF  F93 NF  NF  F93 NF
  auditor at county                  F93 F93 F93 F93 F93 F93 F93 F93 NF  F93 NF  NF  F93 NF
  testing_institution institution:7  F93 F93 F93 F93 F93 F93 F93 F93 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F93 F93 F93 F93 F93 F93 F93 F93 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F93 F93 F93 F93 F93 F93 F93 F93 NF  NF  NF  NF  NF  NF
DraftResponsibilityRecord
  nation head                        F95 ok  ok  ok  ok  ok  F95 F95 F95 F95 F95 F95 F95 F95
  nation leader_in_charge            F95 ok  ok  ok  ok  ok  F95 F95 F95 F95 F95 F95 F95 F95
  nation staff                       F96 F96 F96 F96 F96 F96 F96 F96 F96 F96 F96 F96 F96 F96
  province head                      F95 OJ  ok  ok  ok  OJ  F95 F95 F95 F95 NF  F95 F95 NF
  province leader_in_charge          F95 OJ  ok  ok  ok  OJ  F95 F95 F95 F95 NF  F95 F95 NF
  province staff                     F96 F96 F96 F96 F96 F96 F96 F96 F96 F96 NF  F96 F96 NF
  city head                          F95 OJ  OJ  ok  ok  OJ  F95 F95 NF  F95 NF  NF  F95 NF
  city leader_in_charge              F95 OJ  OJ  ok  ok  OJ  F95 F95 NF  F95 NF  NF  F95 NF
  city staff                         F96 F96 F96 F96 F96 F96 F96 F96 NF  F96 NF  NF  F96 NF
  county head                        F95 OJ  OJ  OJ  ok  OJ  F95 F95 NF  F95 NF  NF  F95 NF
  county leader_in_charge            F95 OJ  OJ  OJ  ok  OJ  F95 F95 NF  F95 NF  NF  F95 NF
  county staff                       F96 F96 F96 F96 F96 F96 F96 F96 NF  F96 NF  NF  F96 NF
  review_department at nation        F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95
  review_department at province      F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 F95 NF
  review_department at city          F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 NF  NF  F95 NF
  review_department at county        F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 NF  NF  F95 NF
  auditor at nation                  F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95
  auditor at province                F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 F95 NF
  auditor at city                    F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 NF  NF  F95 NF
  auditor at county                  F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 NF  NF  F95 NF
  testing_institution institution:7  F95 F95 F95 F95 F95 F95 F95 F95 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F95 F95 F95 F95 F95 F95 F95 F95 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F95 F95 F95 F95 F95 F95 F95 F95 NF  NF  NF  NF  NF  NF
WithdrawResponsibilityRecord
  nation head                        F95 ok  F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95
  nation leader_in_charge            F95 ok  F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95
  nation staff                       F96 F96 F96 F96 F96 F96 F96 F96 F96 F96 F96 F96 F96 F96
  province head                      F95 ok  F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 F95 NF
  province leader_in_charge          F95 ok  F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 F95 NF
  province staff                     F96 F96 F96 F96 F96 F96 F96 F96 F96 F96 NF  F96 F96 NF
  city head                          F95 ok  F95 F95 F95 F95 F95 F95 NF  F95 NF  NF  F95 NF
  city leader_in_charge              F95 ok  F95 F95 F95 F95 F95 F95 NF  F95 NF  NF  F95 NF
  city staff                         F96 F96 F96 F96 F96 F96 F96 F96 NF  F96 NF  NF  F96 NF
  county head                        F95 ok  F95 F95 F95 F95 F95 F95 NF  F95 NF  NF  F95 NF
  county leader_in_charge            F95 ok  F95 F95 F95 F95 F95 F95 NF  F95 NF  NF  F95 NF
  county staff                       F96 F96 F96 F96 F96 F96 F96 F96 NF  F96 NF  NF  F96 NF
  review_department at nation        F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95
  review_department at province      F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 F95 NF
  review_department at city          F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 NF  NF  F95 NF
  review_department at county        F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 NF  NF  F95 NF
  auditor at nation                  F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95
  auditor at province                F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 F95 NF
  auditor at city                    F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 NF  NF  F95 NF
  auditor at county                  F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 NF  NF  F95 NF
  testing_institution institution:7  F95 F95 F95 F95 F95 F95 F95 F95 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F95 F95 F95 F95 F95 F95 F95 F95 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F95 F95 F95 F95 F95 F95 F95 F95 NF  NF  NF  NF  NF  NF
IssueResponsibilityRecord
  nation head                        F95 ok  F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95
  nation leader_in_charge            F97 F97 F97 F97 F97 F97 F97 F97 F97 F97 F97 F97 F97 F97
  nation staff                       F97 F97 F97 F97 F97 F97 F97 F97 F97 F97 F97 F97 F97 F97
  province head                      F95 ok  F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 F95 NF
  province leader_in_charge          F97 F97 F97 F97 F97 F97 F97 F97 F97 F97 NF  F97 F97 NF
  province staff                     F97 F97 F97 F97 F97 F97 F97 F97 F97 F97 NF  F97 F97 NF
  city head                          F95 ok  F95 F95 F95 F95 F95 F95 NF  F95 NF  NF  F95 NF
  city leader_in_charge              F97 F97 F97 F97 F97 F97 F97 F97 NF  F97 NF  NF  F97 NF
  city staff                         F97 F97 F97 F97 F97 F97 F97 F97 NF  F97 NF  NF  F97 NF
  county head                        F95 ok  F95 F95 F95 F95 F95 F95 NF  F95 NF  NF  F95 NF
  county leader_in_charge            F97 F97 F97 F97 F97 F97 F97 F97 NF  F97 NF  NF  F97 NF
  county staff                       F97 F97 F97 F97 F97 F97 F97 F97 NF  F97 NF  NF  F97 NF
  review_department at nation        F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95
  review_department at province      F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 F95 NF
  review_department at city          F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 NF  NF  F95 NF
  review_department at county        F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 NF  NF  F95 NF
  auditor at nation                  F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95
  auditor at province                F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 F95 NF
  auditor at city                    F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 NF  NF  F95 NF
  auditor at county                  F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 NF  NF  F95 NF
  testing_institution institution:7  F95 F95 F95 F95 F95 F95 F95 F95 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F95 F95 F95 F95 F95 F95 F95 F95 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F95 F95 F95 F95 F95 F95 F95 F95 NF  NF  NF  NF  NF  NF
AnnulResponsibilityRecord
  nation head                        F95 ok  F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95
  nation leader_in_charge            F97 F97 F97 F97 F97 F97 F97 F97 F97 F97 F97 F97 F97 F97
  nation staff                       F97 F97 F97 F97 F97 F97 F97 F97 F97 F97 F97 F97 F97 F97
  province head                      F95 ok  F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 F95 NF
  province leader_in_charge          F97 F97 F97 F97 F97 F97 F97 F97 F97 F97 NF  F97 F97 NF
  province staff                     F97 F97 F97 F97 F97 F97 F97 F97 F97 F97 NF  F97 F97 NF
  city head                          F95 ok  F95 F95 F95 F95 F95 F95 NF  F95 NF  NF  F95 NF
  city leader_in_charge              F97 F97 F97 F97 F97 F97 F97 F97 NF  F97 NF  NF  F97 NF
  city staff                         F97 F97 F97 F97 F97 F97 F97 F97 NF  F97 NF  NF  F97 NF
  county head                        F95 ok  F95 F95 F95 F95 F95 F95 NF  F95 NF  NF  F95 NF
  county leader_in_charge            F97 F97 F97 F97 F97 F97 F97 F97 NF  F97 NF  NF  F97 NF
  county staff                       F97 F97 F97 F97 F97 F97 F97 F97 NF  F97 NF  NF  F97 NF
  review_department at nation        F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95
  review_department at province      F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 F95 NF
  review_department at city          F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 NF  NF  F95 NF
  review_department at county        F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 NF  NF  F95 NF
  auditor at nation                  F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 F95
  auditor at province                F95 F95 F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 F95 NF
  auditor at city                    F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 NF  NF  F95 NF
  auditor at county                  F95 F95 F95 F95 F95 F95 F95 F95 NF  F95 NF  NF  F95 NF
  testing_institution institution:7  F95 F95 F95 F95 F95 F95 F95 F95 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F95 F95 F95 F95 F95 F95 F95 F95 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F95 F95 F95 F95 F95 F95 F95 F95 NF  NF  NF  NF  NF  NF
ReadResponsibilityRecords
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city leader_in_charge              ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city staff                         ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county head                        ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county staff                       ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  review_department at nation        F98 F98 F98 F98 F98 F98 F98 F98 F98 F98 F98 F98 F98 F98
  review_department at province      F98 F98 F98 F98 F98 F98 F98 F98 F98 F98 NF  F98 F98 NF
  review_department at city          F98 F98 F98 F98 F98 F98 F98 F98 NF  F98 NF  NF  F98 NF
  review_department at county        F98 F98 F98 F98 F98 F98 F98 F98 NF  F98 NF  NF  F98 NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  auditor at county                  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  testing_institution institution:7  F98 F98 F98 F98 F98 F98 F98 F98 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F98 F98 F98 F98 F98 F98 F98 F98 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F98 F98 F98 F98 F98 F98 F98 F98 NF  NF  NF  NF  NF  NF
ReadSupervisionOverview
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city leader_in_charge              ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city staff                         ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county head                        ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county staff                       ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  review_department at nation        F99 F99 F99 F99 F99 F99 F99 F99 F99 F99 F99 F99 F99 F99
  review_department at province      F99 F99 F99 F99 F99 F99 F99 F99 F99 F99 NF  F99 F99 NF
  review_department at city          F99 F99 F99 F99 F99 F99 F99 F99 NF  F99 NF  NF  F99 NF
  review_department at county        F99 F99 F99 F99 F99 F99 F99 F99 NF  F99 NF  NF  F99 NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  auditor at county                  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  testing_institution institution:7  F99 F99 F99 F99 F99 F99 F99 F99 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F99 F99 F99 F99 F99 F99 F99 F99 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F99 F99 F99 F99 F99 F99 F99 F99 NF  NF  NF  NF  NF  NF
ReadInbox
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city leader_in_charge              ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  city staff                         ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county head                        ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  county staff                       ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  review_department at nation        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  review_department at province      ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  review_department at city          ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  review_department at county        ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  auditor at county                  ok  ok  ok  ok  ok  ok  ok  ok  NF  ok  NF  NF  ok  NF
  testing_institution institution:7  ok  ok  ok  ok  ok  ok  ok  ok  NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       ok  ok  ok  ok  ok  ok  ok  ok  NF  NF  NF  NF  NF  NF
  plugin_administrator platform      ok  ok  ok  ok  ok  ok  ok  ok  NF  NF  NF  NF  NF  NF
CancelDraw
  nation head                        F102 F102 F102 F102 F102 F102 F102 F102 F102 F102 F102 F102 F102 F102
  nation leader_in_charge            F102 F102 F102 F102 F102 F102 F102 F102 F102 F102 F102 F102 F102 F102
  nation staff                       F102 F102 F102 F102 F102 F102 F102 F102 F102 F102 F102 F102 F102 F102
  province head                      F102 ok  F102 F102 F102 F102 F102 F102 F102 F102 NF  F102 F102 NF
  province leader_in_charge          F102 ok  F102 F102 F102 F102 F102 F102 F102 F102 NF  F102 F102 NF
  province staff                     F102 ok  F102 F102 F102 F102 F102 F102 F102 F102 NF  F102 F102 NF
  city head                          F102 ok  F102 F102 F102 F102 F102 F102 NF  F102 NF  NF  F102 NF
  city leader_in_charge              F102 ok  F102 F102 F102 F102 F102 F102 NF  F102 NF  NF  F102 NF
  city staff                         F102 ok  F102 F102 F102 F102 F102 F102 NF  F102 NF  NF  F102 NF
  county head                        F102 ok  F102 F102 F102 F102 F102 F102 NF  F102 NF  NF  F102 NF
  county leader_in_charge            F102 ok  F102 F102 F102 F102 F102 F102 NF  F102 NF  NF  F102 NF
  county staff                       F102 ok  F102 F102 F102 F102 F102 F102 NF  F102 NF  NF  F102 NF
  review_department at nation        F102 F102 F102 F102 F102 F102 F102 F102 F102 F102 F102 F102 F102 F102
  review_department at province      F102 F102 F102 F102 F102 F102 F102 F102 F102 F102 NF  F102 F102 NF
  review_department at city          F102 F102 F102 F102 F102 F102 F102 F102 NF  F102 NF  NF  F102 NF
  review_department at county        F102 F102 F102 F102 F102 F102 F102 F102 NF  F102 NF  NF  F102 NF
  auditor at nation                  F102 F102 F102 F102 F102 F102 F102 F102 F102 F102 F102 F102 F102 F102
  auditor at province                F102 F102 F102 F102 F102 F102 F102 F102 F102 F102 NF  F102 F102 NF
  auditor at city                    F102 F102 F102 F102 F102 F102 F102 F102 NF  F102 NF  NF  F102 NF
  auditor at county                  F102 F102 F102 F102 F102 F102 F102 F102 NF  F102 NF  NF  F102 NF
  testing_institution institution:7  F102 F102 F102 F102 F102 F102 F102 F102 NF  NF  NF  NF  NF  NF
  enterprise_user enterprise:1       F102 F102 F102 F102 F102 F102 F102 F102 NF  NF  NF  NF  NF  NF
  plugin_administrator platform      F102 F102 F102 F102 F102 F102 F102 F102 NF  NF  NF  NF  NF  NF
";

/// The table recorded from the policy as it stood before the rule table (see the module comment):
/// columns are `resources()`, cells as `cell` writes them.
const EXPECTED: &str = r"
                                     --  E1  E2  E3  P1  P2  P3  P4  I7  I9  I8  T1  T2  T3
ReadRegistry
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  review_department at province      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  review_department at city          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  review_department at county        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  auditor at county                  ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  testing_institution institution:7  F0  NF  NF  NF  F0  F0  F0  F0  NF  NF  NF  F0  NF  F0
  enterprise_user enterprise:1       ok  ok  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  NF
  plugin_administrator platform      F0  NF  NF  NF  F0  F0  F0  F0  NF  NF  NF  NF  NF  NF
ReadReference
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  review_department at province      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  review_department at city          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  review_department at county        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  auditor at county                  ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  testing_institution institution:7  ok  NF  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  ok
  enterprise_user enterprise:1       ok  ok  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  NF
  plugin_administrator platform      ok  NF  NF  NF  ok  ok  ok  ok  NF  NF  NF  NF  NF  NF
RegisterEnterprise
  nation head                        F1  F1  F1  F1  ok  ok  ok  ok  F1  F1  F1  F1  F1  F1
  nation leader_in_charge            F1  F1  F1  F1  ok  ok  ok  ok  F1  F1  F1  F1  F1  F1
  nation staff                       F1  F1  F1  F1  ok  ok  ok  ok  F1  F1  F1  F1  F1  F1
  province head                      F1  F1  F1  NF  ok  ok  ok  OJ  F1  F1  NF  F1  F1  NF
  province leader_in_charge          F1  F1  F1  NF  ok  ok  ok  OJ  F1  F1  NF  F1  F1  NF
  province staff                     F1  F1  F1  NF  ok  ok  ok  OJ  F1  F1  NF  F1  F1  NF
  city head                          F1  F1  F1  NF  ok  ok  OJ  OJ  NF  F1  NF  F1  F1  NF
  city leader_in_charge              F1  F1  F1  NF  ok  ok  OJ  OJ  NF  F1  NF  F1  F1  NF
  city staff                         F1  F1  F1  NF  ok  ok  OJ  OJ  NF  F1  NF  F1  F1  NF
  county head                        F1  F1  NF  NF  ok  OJ  OJ  OJ  NF  F1  NF  F1  NF  NF
  county leader_in_charge            F1  F1  NF  NF  ok  OJ  OJ  OJ  NF  F1  NF  F1  NF  NF
  county staff                       F1  F1  NF  NF  ok  OJ  OJ  OJ  NF  F1  NF  F1  NF  NF
  review_department at nation        F1  F1  F1  F1  F1  F1  F1  F1  F1  F1  F1  F1  F1  F1
  review_department at province      F1  F1  F1  NF  F1  F1  F1  F1  F1  F1  NF  F1  F1  NF
  review_department at city          F1  F1  F1  NF  F1  F1  F1  F1  NF  F1  NF  F1  F1  NF
  review_department at county        F1  F1  NF  NF  F1  F1  F1  F1  NF  F1  NF  F1  NF  NF
  auditor at nation                  F1  F1  F1  F1  F1  F1  F1  F1  F1  F1  F1  F1  F1  F1
  auditor at province                F1  F1  F1  NF  F1  F1  F1  F1  F1  F1  NF  F1  F1  NF
  auditor at city                    F1  F1  F1  NF  F1  F1  F1  F1  NF  F1  NF  F1  F1  NF
  auditor at county                  F1  F1  NF  NF  F1  F1  F1  F1  NF  F1  NF  F1  NF  NF
  testing_institution institution:7  F1  NF  NF  NF  F1  F1  F1  F1  NF  NF  NF  F1  NF  F1
  enterprise_user enterprise:1       F1  F1  NF  NF  F1  F1  F1  F1  NF  NF  NF  F1  NF  NF
  plugin_administrator platform      F1  NF  NF  NF  F1  F1  F1  F1  NF  NF  NF  NF  NF  NF
UpdateEnterpriseBaseData
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F2  F2  F2  F2  F2  F2  F2  F2  F2  F2  F2  F2  F2  F2
  review_department at province      F2  F2  F2  NF  F2  F2  F2  F2  F2  F2  NF  F2  F2  NF
  review_department at city          F2  F2  F2  NF  F2  F2  F2  F2  NF  F2  NF  F2  F2  NF
  review_department at county        F2  F2  NF  NF  F2  F2  F2  F2  NF  F2  NF  F2  NF  NF
  auditor at nation                  F2  F2  F2  F2  F2  F2  F2  F2  F2  F2  F2  F2  F2  F2
  auditor at province                F2  F2  F2  NF  F2  F2  F2  F2  F2  F2  NF  F2  F2  NF
  auditor at city                    F2  F2  F2  NF  F2  F2  F2  F2  NF  F2  NF  F2  F2  NF
  auditor at county                  F2  F2  NF  NF  F2  F2  F2  F2  NF  F2  NF  F2  NF  NF
  testing_institution institution:7  F2  NF  NF  NF  F2  F2  F2  F2  NF  NF  NF  F2  NF  F2
  enterprise_user enterprise:1       ok  ok  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  NF
  plugin_administrator platform      F2  NF  NF  NF  F2  F2  F2  F2  NF  NF  NF  NF  NF  NF
IssueLicense
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          F3  F3  F3  NF  F3  F3  F3  F3  NF  F3  NF  F3  F3  NF
  city leader_in_charge              F3  F3  F3  NF  F3  F3  F3  F3  NF  F3  NF  F3  F3  NF
  city staff                         F3  F3  F3  NF  F3  F3  F3  F3  NF  F3  NF  F3  F3  NF
  county head                        F3  F3  NF  NF  F3  F3  F3  F3  NF  F3  NF  F3  NF  NF
  county leader_in_charge            F3  F3  NF  NF  F3  F3  F3  F3  NF  F3  NF  F3  NF  NF
  county staff                       F3  F3  NF  NF  F3  F3  F3  F3  NF  F3  NF  F3  NF  NF
  review_department at nation        F3  F3  F3  F3  F3  F3  F3  F3  F3  F3  F3  F3  F3  F3
  review_department at province      F3  F3  F3  NF  F3  F3  F3  F3  F3  F3  NF  F3  F3  NF
  review_department at city          F3  F3  F3  NF  F3  F3  F3  F3  NF  F3  NF  F3  F3  NF
  review_department at county        F3  F3  NF  NF  F3  F3  F3  F3  NF  F3  NF  F3  NF  NF
  auditor at nation                  F3  F3  F3  F3  F3  F3  F3  F3  F3  F3  F3  F3  F3  F3
  auditor at province                F3  F3  F3  NF  F3  F3  F3  F3  F3  F3  NF  F3  F3  NF
  auditor at city                    F3  F3  F3  NF  F3  F3  F3  F3  NF  F3  NF  F3  F3  NF
  auditor at county                  F3  F3  NF  NF  F3  F3  F3  F3  NF  F3  NF  F3  NF  NF
  testing_institution institution:7  F3  NF  NF  NF  F3  F3  F3  F3  NF  NF  NF  F3  NF  F3
  enterprise_user enterprise:1       F3  F3  NF  NF  F3  F3  F3  F3  NF  NF  NF  F3  NF  NF
  plugin_administrator platform      F3  NF  NF  NF  F3  F3  F3  F3  NF  NF  NF  NF  NF  NF
ChangeLicenseStatus(Valid)
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        F4  F4  NF  NF  F4  F4  F4  F4  NF  F4  NF  F4  NF  NF
  county leader_in_charge            F4  F4  NF  NF  F4  F4  F4  F4  NF  F4  NF  F4  NF  NF
  county staff                       F4  F4  NF  NF  F4  F4  F4  F4  NF  F4  NF  F4  NF  NF
  review_department at nation        F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4
  review_department at province      F4  F4  F4  NF  F4  F4  F4  F4  F4  F4  NF  F4  F4  NF
  review_department at city          F4  F4  F4  NF  F4  F4  F4  F4  NF  F4  NF  F4  F4  NF
  review_department at county        F4  F4  NF  NF  F4  F4  F4  F4  NF  F4  NF  F4  NF  NF
  auditor at nation                  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4
  auditor at province                F4  F4  F4  NF  F4  F4  F4  F4  F4  F4  NF  F4  F4  NF
  auditor at city                    F4  F4  F4  NF  F4  F4  F4  F4  NF  F4  NF  F4  F4  NF
  auditor at county                  F4  F4  NF  NF  F4  F4  F4  F4  NF  F4  NF  F4  NF  NF
  testing_institution institution:7  F4  NF  NF  NF  F4  F4  F4  F4  NF  NF  NF  F4  NF  F4
  enterprise_user enterprise:1       F4  F4  NF  NF  F4  F4  F4  F4  NF  NF  NF  F4  NF  NF
  plugin_administrator platform      F4  NF  NF  NF  F4  F4  F4  F4  NF  NF  NF  NF  NF  NF
ChangeLicenseStatus(Suspended)
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4
  review_department at province      F4  F4  F4  NF  F4  F4  F4  F4  F4  F4  NF  F4  F4  NF
  review_department at city          F4  F4  F4  NF  F4  F4  F4  F4  NF  F4  NF  F4  F4  NF
  review_department at county        F4  F4  NF  NF  F4  F4  F4  F4  NF  F4  NF  F4  NF  NF
  auditor at nation                  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4
  auditor at province                F4  F4  F4  NF  F4  F4  F4  F4  F4  F4  NF  F4  F4  NF
  auditor at city                    F4  F4  F4  NF  F4  F4  F4  F4  NF  F4  NF  F4  F4  NF
  auditor at county                  F4  F4  NF  NF  F4  F4  F4  F4  NF  F4  NF  F4  NF  NF
  testing_institution institution:7  F4  NF  NF  NF  F4  F4  F4  F4  NF  NF  NF  F4  NF  F4
  enterprise_user enterprise:1       F4  F4  NF  NF  F4  F4  F4  F4  NF  NF  NF  F4  NF  NF
  plugin_administrator platform      F4  NF  NF  NF  F4  F4  F4  F4  NF  NF  NF  NF  NF  NF
ChangeLicenseStatus(Revoked)
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       F5  F5  F5  F5  F5  F5  F5  F5  F5  F5  F5  F5  F5  F5
  province head                      F5  F5  F5  NF  F5  F5  F5  F5  F5  F5  NF  F5  F5  NF
  province leader_in_charge          F5  F5  F5  NF  F5  F5  F5  F5  F5  F5  NF  F5  F5  NF
  province staff                     F5  F5  F5  NF  F5  F5  F5  F5  F5  F5  NF  F5  F5  NF
  city head                          F5  F5  F5  NF  F5  F5  F5  F5  NF  F5  NF  F5  F5  NF
  city leader_in_charge              F5  F5  F5  NF  F5  F5  F5  F5  NF  F5  NF  F5  F5  NF
  city staff                         F5  F5  F5  NF  F5  F5  F5  F5  NF  F5  NF  F5  F5  NF
  county head                        F5  F5  NF  NF  F5  F5  F5  F5  NF  F5  NF  F5  NF  NF
  county leader_in_charge            F5  F5  NF  NF  F5  F5  F5  F5  NF  F5  NF  F5  NF  NF
  county staff                       F5  F5  NF  NF  F5  F5  F5  F5  NF  F5  NF  F5  NF  NF
  review_department at nation        F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4
  review_department at province      F4  F4  F4  NF  F4  F4  F4  F4  F4  F4  NF  F4  F4  NF
  review_department at city          F4  F4  F4  NF  F4  F4  F4  F4  NF  F4  NF  F4  F4  NF
  review_department at county        F4  F4  NF  NF  F4  F4  F4  F4  NF  F4  NF  F4  NF  NF
  auditor at nation                  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4
  auditor at province                F4  F4  F4  NF  F4  F4  F4  F4  F4  F4  NF  F4  F4  NF
  auditor at city                    F4  F4  F4  NF  F4  F4  F4  F4  NF  F4  NF  F4  F4  NF
  auditor at county                  F4  F4  NF  NF  F4  F4  F4  F4  NF  F4  NF  F4  NF  NF
  testing_institution institution:7  F4  NF  NF  NF  F4  F4  F4  F4  NF  NF  NF  F4  NF  F4
  enterprise_user enterprise:1       F4  F4  NF  NF  F4  F4  F4  F4  NF  NF  NF  F4  NF  NF
  plugin_administrator platform      F4  NF  NF  NF  F4  F4  F4  F4  NF  NF  NF  NF  NF  NF
ChangeLicenseStatus(Cancelled)
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       F5  F5  F5  F5  F5  F5  F5  F5  F5  F5  F5  F5  F5  F5
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     F5  F5  F5  NF  F5  F5  F5  F5  F5  F5  NF  F5  F5  NF
  city head                          F5  F5  F5  NF  F5  F5  F5  F5  NF  F5  NF  F5  F5  NF
  city leader_in_charge              F5  F5  F5  NF  F5  F5  F5  F5  NF  F5  NF  F5  F5  NF
  city staff                         F5  F5  F5  NF  F5  F5  F5  F5  NF  F5  NF  F5  F5  NF
  county head                        F5  F5  NF  NF  F5  F5  F5  F5  NF  F5  NF  F5  NF  NF
  county leader_in_charge            F5  F5  NF  NF  F5  F5  F5  F5  NF  F5  NF  F5  NF  NF
  county staff                       F5  F5  NF  NF  F5  F5  F5  F5  NF  F5  NF  F5  NF  NF
  review_department at nation        F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4
  review_department at province      F4  F4  F4  NF  F4  F4  F4  F4  F4  F4  NF  F4  F4  NF
  review_department at city          F4  F4  F4  NF  F4  F4  F4  F4  NF  F4  NF  F4  F4  NF
  review_department at county        F4  F4  NF  NF  F4  F4  F4  F4  NF  F4  NF  F4  NF  NF
  auditor at nation                  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4
  auditor at province                F4  F4  F4  NF  F4  F4  F4  F4  F4  F4  NF  F4  F4  NF
  auditor at city                    F4  F4  F4  NF  F4  F4  F4  F4  NF  F4  NF  F4  F4  NF
  auditor at county                  F4  F4  NF  NF  F4  F4  F4  F4  NF  F4  NF  F4  NF  NF
  testing_institution institution:7  F4  NF  NF  NF  F4  F4  F4  F4  NF  NF  NF  F4  NF  F4
  enterprise_user enterprise:1       F4  F4  NF  NF  F4  F4  F4  F4  NF  NF  NF  F4  NF  NF
  plugin_administrator platform      F4  NF  NF  NF  F4  F4  F4  F4  NF  NF  NF  NF  NF  NF
ChangeLicenseStatus(Expired)
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          F4  F4  F4  NF  F4  F4  F4  F4  NF  F4  NF  F4  F4  NF
  city leader_in_charge              F4  F4  F4  NF  F4  F4  F4  F4  NF  F4  NF  F4  F4  NF
  city staff                         F4  F4  F4  NF  F4  F4  F4  F4  NF  F4  NF  F4  F4  NF
  county head                        F4  F4  NF  NF  F4  F4  F4  F4  NF  F4  NF  F4  NF  NF
  county leader_in_charge            F4  F4  NF  NF  F4  F4  F4  F4  NF  F4  NF  F4  NF  NF
  county staff                       F4  F4  NF  NF  F4  F4  F4  F4  NF  F4  NF  F4  NF  NF
  review_department at nation        F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4
  review_department at province      F4  F4  F4  NF  F4  F4  F4  F4  F4  F4  NF  F4  F4  NF
  review_department at city          F4  F4  F4  NF  F4  F4  F4  F4  NF  F4  NF  F4  F4  NF
  review_department at county        F4  F4  NF  NF  F4  F4  F4  F4  NF  F4  NF  F4  NF  NF
  auditor at nation                  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4
  auditor at province                F4  F4  F4  NF  F4  F4  F4  F4  F4  F4  NF  F4  F4  NF
  auditor at city                    F4  F4  F4  NF  F4  F4  F4  F4  NF  F4  NF  F4  F4  NF
  auditor at county                  F4  F4  NF  NF  F4  F4  F4  F4  NF  F4  NF  F4  NF  NF
  testing_institution institution:7  F4  NF  NF  NF  F4  F4  F4  F4  NF  NF  NF  F4  NF  F4
  enterprise_user enterprise:1       F4  F4  NF  NF  F4  F4  F4  F4  NF  NF  NF  F4  NF  NF
  plugin_administrator platform      F4  NF  NF  NF  F4  F4  F4  F4  NF  NF  NF  NF  NF  NF
ReadAuditTrail
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F6  F6  F6  F6  F6  F6  F6  F6  F6  F6  F6  F6  F6  F6
  review_department at province      F6  F6  F6  NF  F6  F6  F6  F6  F6  F6  NF  F6  F6  NF
  review_department at city          F6  F6  F6  NF  F6  F6  F6  F6  NF  F6  NF  F6  F6  NF
  review_department at county        F6  F6  NF  NF  F6  F6  F6  F6  NF  F6  NF  F6  NF  NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  auditor at county                  ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  testing_institution institution:7  F6  NF  NF  NF  F6  F6  F6  F6  NF  NF  NF  F6  NF  F6
  enterprise_user enterprise:1       F6  F6  NF  NF  F6  F6  F6  F6  NF  NF  NF  F6  NF  NF
  plugin_administrator platform      F6  NF  NF  NF  F6  F6  F6  F6  NF  NF  NF  NF  NF  NF
ManageApiKeys
  nation head                        F7  F7  F7  F7  F7  F7  F7  F7  ok  ok  ok  F7  F7  F7
  nation leader_in_charge            F7  F7  F7  F7  F7  F7  F7  F7  ok  ok  ok  F7  F7  F7
  nation staff                       F7  F7  F7  F7  F7  F7  F7  F7  ok  ok  ok  F7  F7  F7
  province head                      F7  F7  F7  NF  F7  F7  F7  F7  ok  ok  NF  F7  F7  NF
  province leader_in_charge          F7  F7  F7  NF  F7  F7  F7  F7  ok  ok  NF  F7  F7  NF
  province staff                     F7  F7  F7  NF  F7  F7  F7  F7  ok  ok  NF  F7  F7  NF
  city head                          F7  F7  F7  NF  F7  F7  F7  F7  NF  F7  NF  F7  F7  NF
  city leader_in_charge              F7  F7  F7  NF  F7  F7  F7  F7  NF  F7  NF  F7  F7  NF
  city staff                         F7  F7  F7  NF  F7  F7  F7  F7  NF  F7  NF  F7  F7  NF
  county head                        F7  F7  NF  NF  F7  F7  F7  F7  NF  F7  NF  F7  NF  NF
  county leader_in_charge            F7  F7  NF  NF  F7  F7  F7  F7  NF  F7  NF  F7  NF  NF
  county staff                       F7  F7  NF  NF  F7  F7  F7  F7  NF  F7  NF  F7  NF  NF
  review_department at nation        F7  F7  F7  F7  F7  F7  F7  F7  F7  F7  F7  F7  F7  F7
  review_department at province      F7  F7  F7  NF  F7  F7  F7  F7  F7  F7  NF  F7  F7  NF
  review_department at city          F7  F7  F7  NF  F7  F7  F7  F7  NF  F7  NF  F7  F7  NF
  review_department at county        F7  F7  NF  NF  F7  F7  F7  F7  NF  F7  NF  F7  NF  NF
  auditor at nation                  F7  F7  F7  F7  F7  F7  F7  F7  F7  F7  F7  F7  F7  F7
  auditor at province                F7  F7  F7  NF  F7  F7  F7  F7  F7  F7  NF  F7  F7  NF
  auditor at city                    F7  F7  F7  NF  F7  F7  F7  F7  NF  F7  NF  F7  F7  NF
  auditor at county                  F7  F7  NF  NF  F7  F7  F7  F7  NF  F7  NF  F7  NF  NF
  testing_institution institution:7  F7  NF  NF  NF  F7  F7  F7  F7  NF  NF  NF  F7  NF  F7
  enterprise_user enterprise:1       F7  F7  NF  NF  F7  F7  F7  F7  NF  NF  NF  F7  NF  NF
  plugin_administrator platform      F7  NF  NF  NF  F7  F7  F7  F7  NF  NF  NF  NF  NF  NF
ReadPluginStatus
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      F8  F8  F8  NF  F8  F8  F8  F8  F8  F8  NF  F8  F8  NF
  province leader_in_charge          F8  F8  F8  NF  F8  F8  F8  F8  F8  F8  NF  F8  F8  NF
  province staff                     F8  F8  F8  NF  F8  F8  F8  F8  F8  F8  NF  F8  F8  NF
  city head                          F8  F8  F8  NF  F8  F8  F8  F8  NF  F8  NF  F8  F8  NF
  city leader_in_charge              F8  F8  F8  NF  F8  F8  F8  F8  NF  F8  NF  F8  F8  NF
  city staff                         F8  F8  F8  NF  F8  F8  F8  F8  NF  F8  NF  F8  F8  NF
  county head                        F8  F8  NF  NF  F8  F8  F8  F8  NF  F8  NF  F8  NF  NF
  county leader_in_charge            F8  F8  NF  NF  F8  F8  F8  F8  NF  F8  NF  F8  NF  NF
  county staff                       F8  F8  NF  NF  F8  F8  F8  F8  NF  F8  NF  F8  NF  NF
  review_department at nation        F8  F8  F8  F8  F8  F8  F8  F8  F8  F8  F8  F8  F8  F8
  review_department at province      F8  F8  F8  NF  F8  F8  F8  F8  F8  F8  NF  F8  F8  NF
  review_department at city          F8  F8  F8  NF  F8  F8  F8  F8  NF  F8  NF  F8  F8  NF
  review_department at county        F8  F8  NF  NF  F8  F8  F8  F8  NF  F8  NF  F8  NF  NF
  auditor at nation                  F8  F8  F8  F8  F8  F8  F8  F8  F8  F8  F8  F8  F8  F8
  auditor at province                F8  F8  F8  NF  F8  F8  F8  F8  F8  F8  NF  F8  F8  NF
  auditor at city                    F8  F8  F8  NF  F8  F8  F8  F8  NF  F8  NF  F8  F8  NF
  auditor at county                  F8  F8  NF  NF  F8  F8  F8  F8  NF  F8  NF  F8  NF  NF
  testing_institution institution:7  F8  NF  NF  NF  F8  F8  F8  F8  NF  NF  NF  F8  NF  F8
  enterprise_user enterprise:1       F8  F8  NF  NF  F8  F8  F8  F8  NF  NF  NF  F8  NF  NF
  plugin_administrator platform      ok  NF  NF  NF  ok  ok  ok  ok  NF  NF  NF  NF  NF  NF
DesignateInstitution
  nation head                        F9  F9  F9  F9  ok  ok  ok  ok  F9  F9  F9  F9  F9  F9
  nation leader_in_charge            F9  F9  F9  F9  ok  ok  ok  ok  F9  F9  F9  F9  F9  F9
  nation staff                       F9  F9  F9  F9  ok  ok  ok  ok  F9  F9  F9  F9  F9  F9
  province head                      F9  F9  F9  NF  ok  ok  ok  OJ  F9  F9  NF  F9  F9  NF
  province leader_in_charge          F9  F9  F9  NF  ok  ok  ok  OJ  F9  F9  NF  F9  F9  NF
  province staff                     F9  F9  F9  NF  ok  ok  ok  OJ  F9  F9  NF  F9  F9  NF
  city head                          F9  F9  F9  NF  F9  F9  F9  F9  NF  F9  NF  F9  F9  NF
  city leader_in_charge              F9  F9  F9  NF  F9  F9  F9  F9  NF  F9  NF  F9  F9  NF
  city staff                         F9  F9  F9  NF  F9  F9  F9  F9  NF  F9  NF  F9  F9  NF
  county head                        F9  F9  NF  NF  F9  F9  F9  F9  NF  F9  NF  F9  NF  NF
  county leader_in_charge            F9  F9  NF  NF  F9  F9  F9  F9  NF  F9  NF  F9  NF  NF
  county staff                       F9  F9  NF  NF  F9  F9  F9  F9  NF  F9  NF  F9  NF  NF
  review_department at nation        F9  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9
  review_department at province      F9  F9  F9  NF  F9  F9  F9  F9  F9  F9  NF  F9  F9  NF
  review_department at city          F9  F9  F9  NF  F9  F9  F9  F9  NF  F9  NF  F9  F9  NF
  review_department at county        F9  F9  NF  NF  F9  F9  F9  F9  NF  F9  NF  F9  NF  NF
  auditor at nation                  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9
  auditor at province                F9  F9  F9  NF  F9  F9  F9  F9  F9  F9  NF  F9  F9  NF
  auditor at city                    F9  F9  F9  NF  F9  F9  F9  F9  NF  F9  NF  F9  F9  NF
  auditor at county                  F9  F9  NF  NF  F9  F9  F9  F9  NF  F9  NF  F9  NF  NF
  testing_institution institution:7  F9  NF  NF  NF  F9  F9  F9  F9  NF  NF  NF  F9  NF  F9
  enterprise_user enterprise:1       F9  F9  NF  NF  F9  F9  F9  F9  NF  NF  NF  F9  NF  NF
  plugin_administrator platform      F9  NF  NF  NF  F9  F9  F9  F9  NF  NF  NF  NF  NF  NF
OpenTestingTask
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F10 F10 F10 F10 F10 F10 F10 F10 F10 F10 F10 F10 F10 F10
  review_department at province      F10 F10 F10 NF  F10 F10 F10 F10 F10 F10 NF  F10 F10 NF
  review_department at city          F10 F10 F10 NF  F10 F10 F10 F10 NF  F10 NF  F10 F10 NF
  review_department at county        F10 F10 NF  NF  F10 F10 F10 F10 NF  F10 NF  F10 NF  NF
  auditor at nation                  F10 F10 F10 F10 F10 F10 F10 F10 F10 F10 F10 F10 F10 F10
  auditor at province                F10 F10 F10 NF  F10 F10 F10 F10 F10 F10 NF  F10 F10 NF
  auditor at city                    F10 F10 F10 NF  F10 F10 F10 F10 NF  F10 NF  F10 F10 NF
  auditor at county                  F10 F10 NF  NF  F10 F10 F10 F10 NF  F10 NF  F10 NF  NF
  testing_institution institution:7  F10 NF  NF  NF  F10 F10 F10 F10 NF  NF  NF  F10 NF  F10
  enterprise_user enterprise:1       F10 F10 NF  NF  F10 F10 F10 F10 NF  NF  NF  F10 NF  NF
  plugin_administrator platform      F10 NF  NF  NF  F10 F10 F10 F10 NF  NF  NF  NF  NF  NF
SubmitTestResults
  nation head                        F11 F11 F11 F11 F11 F11 F11 F11 F11 F11 F11 F11 F11 F11
  nation leader_in_charge            F11 F11 F11 F11 F11 F11 F11 F11 F11 F11 F11 F11 F11 F11
  nation staff                       F11 F11 F11 F11 F11 F11 F11 F11 F11 F11 F11 F11 F11 F11
  province head                      F11 F11 F11 NF  F11 F11 F11 F11 F11 F11 NF  F11 F11 NF
  province leader_in_charge          F11 F11 F11 NF  F11 F11 F11 F11 F11 F11 NF  F11 F11 NF
  province staff                     F11 F11 F11 NF  F11 F11 F11 F11 F11 F11 NF  F11 F11 NF
  city head                          F11 F11 F11 NF  F11 F11 F11 F11 NF  F11 NF  F11 F11 NF
  city leader_in_charge              F11 F11 F11 NF  F11 F11 F11 F11 NF  F11 NF  F11 F11 NF
  city staff                         F11 F11 F11 NF  F11 F11 F11 F11 NF  F11 NF  F11 F11 NF
  county head                        F11 F11 NF  NF  F11 F11 F11 F11 NF  F11 NF  F11 NF  NF
  county leader_in_charge            F11 F11 NF  NF  F11 F11 F11 F11 NF  F11 NF  F11 NF  NF
  county staff                       F11 F11 NF  NF  F11 F11 F11 F11 NF  F11 NF  F11 NF  NF
  review_department at nation        F11 F11 F11 F11 F11 F11 F11 F11 F11 F11 F11 F11 F11 F11
  review_department at province      F11 F11 F11 NF  F11 F11 F11 F11 F11 F11 NF  F11 F11 NF
  review_department at city          F11 F11 F11 NF  F11 F11 F11 F11 NF  F11 NF  F11 F11 NF
  review_department at county        F11 F11 NF  NF  F11 F11 F11 F11 NF  F11 NF  F11 NF  NF
  auditor at nation                  F11 F11 F11 F11 F11 F11 F11 F11 F11 F11 F11 F11 F11 F11
  auditor at province                F11 F11 F11 NF  F11 F11 F11 F11 F11 F11 NF  F11 F11 NF
  auditor at city                    F11 F11 F11 NF  F11 F11 F11 F11 NF  F11 NF  F11 F11 NF
  auditor at county                  F11 F11 NF  NF  F11 F11 F11 F11 NF  F11 NF  F11 NF  NF
  testing_institution institution:7  ok  NF  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  ok
  enterprise_user enterprise:1       F11 F11 NF  NF  F11 F11 F11 F11 NF  NF  NF  F11 NF  NF
  plugin_administrator platform      F11 NF  NF  NF  F11 F11 F11 F11 NF  NF  NF  NF  NF  NF
ReadTestingTasks
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  review_department at province      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  review_department at city          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  review_department at county        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  auditor at county                  ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  testing_institution institution:7  ok  NF  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  ok
  enterprise_user enterprise:1       ok  ok  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  NF
  plugin_administrator platform      F12 NF  NF  NF  F12 F12 F12 F12 NF  NF  NF  NF  NF  NF
ReadDueTests
  nation head                        F13 F13 F13 F13 ok  ok  ok  ok  F13 F13 F13 F13 F13 F13
  nation leader_in_charge            F13 F13 F13 F13 ok  ok  ok  ok  F13 F13 F13 F13 F13 F13
  nation staff                       F13 F13 F13 F13 ok  ok  ok  ok  F13 F13 F13 F13 F13 F13
  province head                      F13 F13 F13 NF  ok  ok  ok  OJ  F13 F13 NF  F13 F13 NF
  province leader_in_charge          F13 F13 F13 NF  ok  ok  ok  OJ  F13 F13 NF  F13 F13 NF
  province staff                     F13 F13 F13 NF  ok  ok  ok  OJ  F13 F13 NF  F13 F13 NF
  city head                          F13 F13 F13 NF  ok  ok  OJ  OJ  NF  F13 NF  F13 F13 NF
  city leader_in_charge              F13 F13 F13 NF  ok  ok  OJ  OJ  NF  F13 NF  F13 F13 NF
  city staff                         F13 F13 F13 NF  ok  ok  OJ  OJ  NF  F13 NF  F13 F13 NF
  county head                        F13 F13 NF  NF  ok  OJ  OJ  OJ  NF  F13 NF  F13 NF  NF
  county leader_in_charge            F13 F13 NF  NF  ok  OJ  OJ  OJ  NF  F13 NF  F13 NF  NF
  county staff                       F13 F13 NF  NF  ok  OJ  OJ  OJ  NF  F13 NF  F13 NF  NF
  review_department at nation        F13 F13 F13 F13 F13 F13 F13 F13 F13 F13 F13 F13 F13 F13
  review_department at province      F13 F13 F13 NF  F13 F13 F13 F13 F13 F13 NF  F13 F13 NF
  review_department at city          F13 F13 F13 NF  F13 F13 F13 F13 NF  F13 NF  F13 F13 NF
  review_department at county        F13 F13 NF  NF  F13 F13 F13 F13 NF  F13 NF  F13 NF  NF
  auditor at nation                  F13 F13 F13 F13 F13 F13 F13 F13 F13 F13 F13 F13 F13 F13
  auditor at province                F13 F13 F13 NF  F13 F13 F13 F13 F13 F13 NF  F13 F13 NF
  auditor at city                    F13 F13 F13 NF  F13 F13 F13 F13 NF  F13 NF  F13 F13 NF
  auditor at county                  F13 F13 NF  NF  F13 F13 F13 F13 NF  F13 NF  F13 NF  NF
  testing_institution institution:7  F13 NF  NF  NF  F13 F13 F13 F13 NF  NF  NF  F13 NF  F13
  enterprise_user enterprise:1       F13 F13 NF  NF  F13 F13 F13 F13 NF  NF  NF  F13 NF  NF
  plugin_administrator platform      F13 NF  NF  NF  F13 F13 F13 F13 NF  NF  NF  NF  NF  NF
ObjectToVerdict
  nation head                        F14 F14 F14 F14 F14 F14 F14 F14 F14 F14 F14 F14 F14 F14
  nation leader_in_charge            F14 F14 F14 F14 F14 F14 F14 F14 F14 F14 F14 F14 F14 F14
  nation staff                       F14 F14 F14 F14 F14 F14 F14 F14 F14 F14 F14 F14 F14 F14
  province head                      F14 F14 F14 NF  F14 F14 F14 F14 F14 F14 NF  F14 F14 NF
  province leader_in_charge          F14 F14 F14 NF  F14 F14 F14 F14 F14 F14 NF  F14 F14 NF
  province staff                     F14 F14 F14 NF  F14 F14 F14 F14 F14 F14 NF  F14 F14 NF
  city head                          F14 F14 F14 NF  F14 F14 F14 F14 NF  F14 NF  F14 F14 NF
  city leader_in_charge              F14 F14 F14 NF  F14 F14 F14 F14 NF  F14 NF  F14 F14 NF
  city staff                         F14 F14 F14 NF  F14 F14 F14 F14 NF  F14 NF  F14 F14 NF
  county head                        F14 F14 NF  NF  F14 F14 F14 F14 NF  F14 NF  F14 NF  NF
  county leader_in_charge            F14 F14 NF  NF  F14 F14 F14 F14 NF  F14 NF  F14 NF  NF
  county staff                       F14 F14 NF  NF  F14 F14 F14 F14 NF  F14 NF  F14 NF  NF
  review_department at nation        F14 F14 F14 F14 F14 F14 F14 F14 F14 F14 F14 F14 F14 F14
  review_department at province      F14 F14 F14 NF  F14 F14 F14 F14 F14 F14 NF  F14 F14 NF
  review_department at city          F14 F14 F14 NF  F14 F14 F14 F14 NF  F14 NF  F14 F14 NF
  review_department at county        F14 F14 NF  NF  F14 F14 F14 F14 NF  F14 NF  F14 NF  NF
  auditor at nation                  F14 F14 F14 F14 F14 F14 F14 F14 F14 F14 F14 F14 F14 F14
  auditor at province                F14 F14 F14 NF  F14 F14 F14 F14 F14 F14 NF  F14 F14 NF
  auditor at city                    F14 F14 F14 NF  F14 F14 F14 F14 NF  F14 NF  F14 F14 NF
  auditor at county                  F14 F14 NF  NF  F14 F14 F14 F14 NF  F14 NF  F14 NF  NF
  testing_institution institution:7  F14 NF  NF  NF  F14 F14 F14 F14 NF  NF  NF  F14 NF  F14
  enterprise_user enterprise:1       ok  ok  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  NF
  plugin_administrator platform      F14 NF  NF  NF  F14 F14 F14 F14 NF  NF  NF  NF  NF  NF
OpenRectification
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F15 F15 F15 F15 F15 F15 F15 F15 F15 F15 F15 F15 F15 F15
  review_department at province      F15 F15 F15 NF  F15 F15 F15 F15 F15 F15 NF  F15 F15 NF
  review_department at city          F15 F15 F15 NF  F15 F15 F15 F15 NF  F15 NF  F15 F15 NF
  review_department at county        F15 F15 NF  NF  F15 F15 F15 F15 NF  F15 NF  F15 NF  NF
  auditor at nation                  F15 F15 F15 F15 F15 F15 F15 F15 F15 F15 F15 F15 F15 F15
  auditor at province                F15 F15 F15 NF  F15 F15 F15 F15 F15 F15 NF  F15 F15 NF
  auditor at city                    F15 F15 F15 NF  F15 F15 F15 F15 NF  F15 NF  F15 F15 NF
  auditor at county                  F15 F15 NF  NF  F15 F15 F15 F15 NF  F15 NF  F15 NF  NF
  testing_institution institution:7  F15 NF  NF  NF  F15 F15 F15 F15 NF  NF  NF  F15 NF  F15
  enterprise_user enterprise:1       F15 F15 NF  NF  F15 F15 F15 F15 NF  NF  NF  F15 NF  NF
  plugin_administrator platform      F15 NF  NF  NF  F15 F15 F15 F15 NF  NF  NF  NF  NF  NF
RequestRectificationExtension
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F16 F16 F16 F16 F16 F16 F16 F16 F16 F16 F16 F16 F16 F16
  review_department at province      F16 F16 F16 NF  F16 F16 F16 F16 F16 F16 NF  F16 F16 NF
  review_department at city          F16 F16 F16 NF  F16 F16 F16 F16 NF  F16 NF  F16 F16 NF
  review_department at county        F16 F16 NF  NF  F16 F16 F16 F16 NF  F16 NF  F16 NF  NF
  auditor at nation                  F16 F16 F16 F16 F16 F16 F16 F16 F16 F16 F16 F16 F16 F16
  auditor at province                F16 F16 F16 NF  F16 F16 F16 F16 F16 F16 NF  F16 F16 NF
  auditor at city                    F16 F16 F16 NF  F16 F16 F16 F16 NF  F16 NF  F16 F16 NF
  auditor at county                  F16 F16 NF  NF  F16 F16 F16 F16 NF  F16 NF  F16 NF  NF
  testing_institution institution:7  F16 NF  NF  NF  F16 F16 F16 F16 NF  NF  NF  F16 NF  F16
  enterprise_user enterprise:1       ok  ok  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  NF
  plugin_administrator platform      F16 NF  NF  NF  F16 F16 F16 F16 NF  NF  NF  NF  NF  NF
AdvanceDemoClock
  nation head                        F17 F17 F17 F17 F17 F17 F17 F17 F17 F17 F17 F17 F17 F17
  nation leader_in_charge            F17 F17 F17 F17 F17 F17 F17 F17 F17 F17 F17 F17 F17 F17
  nation staff                       F17 F17 F17 F17 F17 F17 F17 F17 F17 F17 F17 F17 F17 F17
  province head                      F17 F17 F17 NF  F17 F17 F17 F17 F17 F17 NF  F17 F17 NF
  province leader_in_charge          F17 F17 F17 NF  F17 F17 F17 F17 F17 F17 NF  F17 F17 NF
  province staff                     F17 F17 F17 NF  F17 F17 F17 F17 F17 F17 NF  F17 F17 NF
  city head                          F17 F17 F17 NF  F17 F17 F17 F17 NF  F17 NF  F17 F17 NF
  city leader_in_charge              F17 F17 F17 NF  F17 F17 F17 F17 NF  F17 NF  F17 F17 NF
  city staff                         F17 F17 F17 NF  F17 F17 F17 F17 NF  F17 NF  F17 F17 NF
  county head                        F17 F17 NF  NF  F17 F17 F17 F17 NF  F17 NF  F17 NF  NF
  county leader_in_charge            F17 F17 NF  NF  F17 F17 F17 F17 NF  F17 NF  F17 NF  NF
  county staff                       F17 F17 NF  NF  F17 F17 F17 F17 NF  F17 NF  F17 NF  NF
  review_department at nation        F17 F17 F17 F17 F17 F17 F17 F17 F17 F17 F17 F17 F17 F17
  review_department at province      F17 F17 F17 NF  F17 F17 F17 F17 F17 F17 NF  F17 F17 NF
  review_department at city          F17 F17 F17 NF  F17 F17 F17 F17 NF  F17 NF  F17 F17 NF
  review_department at county        F17 F17 NF  NF  F17 F17 F17 F17 NF  F17 NF  F17 NF  NF
  auditor at nation                  F17 F17 F17 F17 F17 F17 F17 F17 F17 F17 F17 F17 F17 F17
  auditor at province                F17 F17 F17 NF  F17 F17 F17 F17 F17 F17 NF  F17 F17 NF
  auditor at city                    F17 F17 F17 NF  F17 F17 F17 F17 NF  F17 NF  F17 F17 NF
  auditor at county                  F17 F17 NF  NF  F17 F17 F17 F17 NF  F17 NF  F17 NF  NF
  testing_institution institution:7  F17 NF  NF  NF  F17 F17 F17 F17 NF  NF  NF  F17 NF  F17
  enterprise_user enterprise:1       F17 F17 NF  NF  F17 F17 F17 F17 NF  NF  NF  F17 NF  NF
  plugin_administrator platform      ok  NF  NF  NF  ok  ok  ok  ok  NF  NF  NF  NF  NF  NF
DecideRevocationProposal
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       F5  F5  F5  F5  F5  F5  F5  F5  F5  F5  F5  F5  F5  F5
  province head                      F5  F5  F5  NF  F5  F5  F5  F5  F5  F5  NF  F5  F5  NF
  province leader_in_charge          F5  F5  F5  NF  F5  F5  F5  F5  F5  F5  NF  F5  F5  NF
  province staff                     F5  F5  F5  NF  F5  F5  F5  F5  F5  F5  NF  F5  F5  NF
  city head                          F5  F5  F5  NF  F5  F5  F5  F5  NF  F5  NF  F5  F5  NF
  city leader_in_charge              F5  F5  F5  NF  F5  F5  F5  F5  NF  F5  NF  F5  F5  NF
  city staff                         F5  F5  F5  NF  F5  F5  F5  F5  NF  F5  NF  F5  F5  NF
  county head                        F5  F5  NF  NF  F5  F5  F5  F5  NF  F5  NF  F5  NF  NF
  county leader_in_charge            F5  F5  NF  NF  F5  F5  F5  F5  NF  F5  NF  F5  NF  NF
  county staff                       F5  F5  NF  NF  F5  F5  F5  F5  NF  F5  NF  F5  NF  NF
  review_department at nation        F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4
  review_department at province      F4  F4  F4  NF  F4  F4  F4  F4  F4  F4  NF  F4  F4  NF
  review_department at city          F4  F4  F4  NF  F4  F4  F4  F4  NF  F4  NF  F4  F4  NF
  review_department at county        F4  F4  NF  NF  F4  F4  F4  F4  NF  F4  NF  F4  NF  NF
  auditor at nation                  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4  F4
  auditor at province                F4  F4  F4  NF  F4  F4  F4  F4  F4  F4  NF  F4  F4  NF
  auditor at city                    F4  F4  F4  NF  F4  F4  F4  F4  NF  F4  NF  F4  F4  NF
  auditor at county                  F4  F4  NF  NF  F4  F4  F4  F4  NF  F4  NF  F4  NF  NF
  testing_institution institution:7  F4  NF  NF  NF  F4  F4  F4  F4  NF  NF  NF  F4  NF  F4
  enterprise_user enterprise:1       F4  F4  NF  NF  F4  F4  F4  F4  NF  NF  NF  F4  NF  NF
  plugin_administrator platform      F4  NF  NF  NF  F4  F4  F4  F4  NF  NF  NF  NF  NF  NF
OpenRecheckTask
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F10 F10 F10 F10 F10 F10 F10 F10 F10 F10 F10 F10 F10 F10
  review_department at province      F10 F10 F10 NF  F10 F10 F10 F10 F10 F10 NF  F10 F10 NF
  review_department at city          F10 F10 F10 NF  F10 F10 F10 F10 NF  F10 NF  F10 F10 NF
  review_department at county        F10 F10 NF  NF  F10 F10 F10 F10 NF  F10 NF  F10 NF  NF
  auditor at nation                  F10 F10 F10 F10 F10 F10 F10 F10 F10 F10 F10 F10 F10 F10
  auditor at province                F10 F10 F10 NF  F10 F10 F10 F10 F10 F10 NF  F10 F10 NF
  auditor at city                    F10 F10 F10 NF  F10 F10 F10 F10 NF  F10 NF  F10 F10 NF
  auditor at county                  F10 F10 NF  NF  F10 F10 F10 F10 NF  F10 NF  F10 NF  NF
  testing_institution institution:7  F10 NF  NF  NF  F10 F10 F10 F10 NF  NF  NF  F10 NF  F10
  enterprise_user enterprise:1       F10 F10 NF  NF  F10 F10 F10 F10 NF  NF  NF  F10 NF  NF
  plugin_administrator platform      F10 NF  NF  NF  F10 F10 F10 F10 NF  NF  NF  NF  NF  NF
MoveEnterprise
  nation head                        F1  F1  F1  F1  ok  ok  ok  ok  F1  F1  F1  F1  F1  F1
  nation leader_in_charge            F1  F1  F1  F1  ok  ok  ok  ok  F1  F1  F1  F1  F1  F1
  nation staff                       F1  F1  F1  F1  ok  ok  ok  ok  F1  F1  F1  F1  F1  F1
  province head                      F1  F1  F1  NF  ok  ok  ok  OJ  F1  F1  NF  F1  F1  NF
  province leader_in_charge          F1  F1  F1  NF  ok  ok  ok  OJ  F1  F1  NF  F1  F1  NF
  province staff                     F1  F1  F1  NF  ok  ok  ok  OJ  F1  F1  NF  F1  F1  NF
  city head                          F1  F1  F1  NF  ok  ok  OJ  OJ  NF  F1  NF  F1  F1  NF
  city leader_in_charge              F1  F1  F1  NF  ok  ok  OJ  OJ  NF  F1  NF  F1  F1  NF
  city staff                         F1  F1  F1  NF  ok  ok  OJ  OJ  NF  F1  NF  F1  F1  NF
  county head                        F1  F1  NF  NF  ok  OJ  OJ  OJ  NF  F1  NF  F1  NF  NF
  county leader_in_charge            F1  F1  NF  NF  ok  OJ  OJ  OJ  NF  F1  NF  F1  NF  NF
  county staff                       F1  F1  NF  NF  ok  OJ  OJ  OJ  NF  F1  NF  F1  NF  NF
  review_department at nation        F1  F1  F1  F1  F1  F1  F1  F1  F1  F1  F1  F1  F1  F1
  review_department at province      F1  F1  F1  NF  F1  F1  F1  F1  F1  F1  NF  F1  F1  NF
  review_department at city          F1  F1  F1  NF  F1  F1  F1  F1  NF  F1  NF  F1  F1  NF
  review_department at county        F1  F1  NF  NF  F1  F1  F1  F1  NF  F1  NF  F1  NF  NF
  auditor at nation                  F1  F1  F1  F1  F1  F1  F1  F1  F1  F1  F1  F1  F1  F1
  auditor at province                F1  F1  F1  NF  F1  F1  F1  F1  F1  F1  NF  F1  F1  NF
  auditor at city                    F1  F1  F1  NF  F1  F1  F1  F1  NF  F1  NF  F1  F1  NF
  auditor at county                  F1  F1  NF  NF  F1  F1  F1  F1  NF  F1  NF  F1  NF  NF
  testing_institution institution:7  F1  NF  NF  NF  F1  F1  F1  F1  NF  NF  NF  F1  NF  F1
  enterprise_user enterprise:1       F1  F1  NF  NF  F1  F1  F1  F1  NF  NF  NF  F1  NF  NF
  plugin_administrator platform      F1  NF  NF  NF  F1  F1  F1  F1  NF  NF  NF  NF  NF  NF
ReadSupervisionCalendar
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  review_department at province      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  review_department at city          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  review_department at county        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  auditor at county                  ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  testing_institution institution:7  ok  NF  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  ok
  enterprise_user enterprise:1       ok  ok  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  NF
  plugin_administrator platform      ok  NF  NF  NF  ok  ok  ok  ok  NF  NF  NF  NF  NF  NF
SubscribeTaskAssigned
  nation head                        F18 F18 F18 F18 F18 F18 F18 F18 F18 F18 F18 F18 F18 F18
  nation leader_in_charge            F18 F18 F18 F18 F18 F18 F18 F18 F18 F18 F18 F18 F18 F18
  nation staff                       F18 F18 F18 F18 F18 F18 F18 F18 F18 F18 F18 F18 F18 F18
  province head                      F18 F18 F18 NF  F18 F18 F18 F18 F18 F18 NF  F18 F18 NF
  province leader_in_charge          F18 F18 F18 NF  F18 F18 F18 F18 F18 F18 NF  F18 F18 NF
  province staff                     F18 F18 F18 NF  F18 F18 F18 F18 F18 F18 NF  F18 F18 NF
  city head                          F18 F18 F18 NF  F18 F18 F18 F18 NF  F18 NF  F18 F18 NF
  city leader_in_charge              F18 F18 F18 NF  F18 F18 F18 F18 NF  F18 NF  F18 F18 NF
  city staff                         F18 F18 F18 NF  F18 F18 F18 F18 NF  F18 NF  F18 F18 NF
  county head                        F18 F18 NF  NF  F18 F18 F18 F18 NF  F18 NF  F18 NF  NF
  county leader_in_charge            F18 F18 NF  NF  F18 F18 F18 F18 NF  F18 NF  F18 NF  NF
  county staff                       F18 F18 NF  NF  F18 F18 F18 F18 NF  F18 NF  F18 NF  NF
  review_department at nation        F18 F18 F18 F18 F18 F18 F18 F18 F18 F18 F18 F18 F18 F18
  review_department at province      F18 F18 F18 NF  F18 F18 F18 F18 F18 F18 NF  F18 F18 NF
  review_department at city          F18 F18 F18 NF  F18 F18 F18 F18 NF  F18 NF  F18 F18 NF
  review_department at county        F18 F18 NF  NF  F18 F18 F18 F18 NF  F18 NF  F18 NF  NF
  auditor at nation                  F18 F18 F18 F18 F18 F18 F18 F18 F18 F18 F18 F18 F18 F18
  auditor at province                F18 F18 F18 NF  F18 F18 F18 F18 F18 F18 NF  F18 F18 NF
  auditor at city                    F18 F18 F18 NF  F18 F18 F18 F18 NF  F18 NF  F18 F18 NF
  auditor at county                  F18 F18 NF  NF  F18 F18 F18 F18 NF  F18 NF  F18 NF  NF
  testing_institution institution:7  ok  NF  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  ok
  enterprise_user enterprise:1       F18 F18 NF  NF  F18 F18 F18 F18 NF  NF  NF  F18 NF  NF
  plugin_administrator platform      F18 NF  NF  NF  F18 F18 F18 F18 NF  NF  NF  NF  NF  NF
SubscribeFailingVerdicts
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F19 F19 F19 F19 F19 F19 F19 F19 F19 F19 F19 F19 F19 F19
  review_department at province      F19 F19 F19 NF  F19 F19 F19 F19 F19 F19 NF  F19 F19 NF
  review_department at city          F19 F19 F19 NF  F19 F19 F19 F19 NF  F19 NF  F19 F19 NF
  review_department at county        F19 F19 NF  NF  F19 F19 F19 F19 NF  F19 NF  F19 NF  NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  auditor at county                  ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  testing_institution institution:7  F19 NF  NF  NF  F19 F19 F19 F19 NF  NF  NF  F19 NF  F19
  enterprise_user enterprise:1       F19 F19 NF  NF  F19 F19 F19 F19 NF  NF  NF  F19 NF  NF
  plugin_administrator platform      F19 NF  NF  NF  F19 F19 F19 F19 NF  NF  NF  NF  NF  NF
SetWorkingCalendar
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      F27 F27 F27 NF  F27 F27 F27 F27 F27 F27 NF  F27 F27 NF
  province leader_in_charge          F27 F27 F27 NF  F27 F27 F27 F27 F27 F27 NF  F27 F27 NF
  province staff                     F27 F27 F27 NF  F27 F27 F27 F27 F27 F27 NF  F27 F27 NF
  city head                          F27 F27 F27 NF  F27 F27 F27 F27 NF  F27 NF  F27 F27 NF
  city leader_in_charge              F27 F27 F27 NF  F27 F27 F27 F27 NF  F27 NF  F27 F27 NF
  city staff                         F27 F27 F27 NF  F27 F27 F27 F27 NF  F27 NF  F27 F27 NF
  county head                        F27 F27 NF  NF  F27 F27 F27 F27 NF  F27 NF  F27 NF  NF
  county leader_in_charge            F27 F27 NF  NF  F27 F27 F27 F27 NF  F27 NF  F27 NF  NF
  county staff                       F27 F27 NF  NF  F27 F27 F27 F27 NF  F27 NF  F27 NF  NF
  review_department at nation        F27 F27 F27 F27 F27 F27 F27 F27 F27 F27 F27 F27 F27 F27
  review_department at province      F27 F27 F27 NF  F27 F27 F27 F27 F27 F27 NF  F27 F27 NF
  review_department at city          F27 F27 F27 NF  F27 F27 F27 F27 NF  F27 NF  F27 F27 NF
  review_department at county        F27 F27 NF  NF  F27 F27 F27 F27 NF  F27 NF  F27 NF  NF
  auditor at nation                  F27 F27 F27 F27 F27 F27 F27 F27 F27 F27 F27 F27 F27 F27
  auditor at province                F27 F27 F27 NF  F27 F27 F27 F27 F27 F27 NF  F27 F27 NF
  auditor at city                    F27 F27 F27 NF  F27 F27 F27 F27 NF  F27 NF  F27 F27 NF
  auditor at county                  F27 F27 NF  NF  F27 F27 F27 F27 NF  F27 NF  F27 NF  NF
  testing_institution institution:7  F27 NF  NF  NF  F27 F27 F27 F27 NF  NF  NF  F27 NF  F27
  enterprise_user enterprise:1       F27 F27 NF  NF  F27 F27 F27 F27 NF  NF  NF  F27 NF  NF
  plugin_administrator platform      ok  NF  NF  NF  ok  ok  ok  ok  NF  NF  NF  NF  NF  NF
DecideRectificationExtension
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F15 F15 F15 F15 F15 F15 F15 F15 F15 F15 F15 F15 F15 F15
  review_department at province      F15 F15 F15 NF  F15 F15 F15 F15 F15 F15 NF  F15 F15 NF
  review_department at city          F15 F15 F15 NF  F15 F15 F15 F15 NF  F15 NF  F15 F15 NF
  review_department at county        F15 F15 NF  NF  F15 F15 F15 F15 NF  F15 NF  F15 NF  NF
  auditor at nation                  F15 F15 F15 F15 F15 F15 F15 F15 F15 F15 F15 F15 F15 F15
  auditor at province                F15 F15 F15 NF  F15 F15 F15 F15 F15 F15 NF  F15 F15 NF
  auditor at city                    F15 F15 F15 NF  F15 F15 F15 F15 NF  F15 NF  F15 F15 NF
  auditor at county                  F15 F15 NF  NF  F15 F15 F15 F15 NF  F15 NF  F15 NF  NF
  testing_institution institution:7  F15 NF  NF  NF  F15 F15 F15 F15 NF  NF  NF  F15 NF  F15
  enterprise_user enterprise:1       F15 F15 NF  NF  F15 F15 F15 F15 NF  NF  NF  F15 NF  NF
  plugin_administrator platform      F15 NF  NF  NF  F15 F15 F15 F15 NF  NF  NF  NF  NF  NF
DeliverVerdict
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F28 F28 F28 F28 F28 F28 F28 F28 F28 F28 F28 F28 F28 F28
  review_department at province      F28 F28 F28 NF  F28 F28 F28 F28 F28 F28 NF  F28 F28 NF
  review_department at city          F28 F28 F28 NF  F28 F28 F28 F28 NF  F28 NF  F28 F28 NF
  review_department at county        F28 F28 NF  NF  F28 F28 F28 F28 NF  F28 NF  F28 NF  NF
  auditor at nation                  F28 F28 F28 F28 F28 F28 F28 F28 F28 F28 F28 F28 F28 F28
  auditor at province                F28 F28 F28 NF  F28 F28 F28 F28 F28 F28 NF  F28 F28 NF
  auditor at city                    F28 F28 F28 NF  F28 F28 F28 F28 NF  F28 NF  F28 F28 NF
  auditor at county                  F28 F28 NF  NF  F28 F28 F28 F28 NF  F28 NF  F28 NF  NF
  testing_institution institution:7  F28 NF  NF  NF  F28 F28 F28 F28 NF  NF  NF  F28 NF  F28
  enterprise_user enterprise:1       F28 F28 NF  NF  F28 F28 F28 F28 NF  NF  NF  F28 NF  NF
  plugin_administrator platform      F28 NF  NF  NF  F28 F28 F28 F28 NF  NF  NF  NF  NF  NF
AcknowledgeVerdictDelivery
  nation head                        F29 F29 F29 F29 F29 F29 F29 F29 F29 F29 F29 F29 F29 F29
  nation leader_in_charge            F29 F29 F29 F29 F29 F29 F29 F29 F29 F29 F29 F29 F29 F29
  nation staff                       F29 F29 F29 F29 F29 F29 F29 F29 F29 F29 F29 F29 F29 F29
  province head                      F29 F29 F29 NF  F29 F29 F29 F29 F29 F29 NF  F29 F29 NF
  province leader_in_charge          F29 F29 F29 NF  F29 F29 F29 F29 F29 F29 NF  F29 F29 NF
  province staff                     F29 F29 F29 NF  F29 F29 F29 F29 F29 F29 NF  F29 F29 NF
  city head                          F29 F29 F29 NF  F29 F29 F29 F29 NF  F29 NF  F29 F29 NF
  city leader_in_charge              F29 F29 F29 NF  F29 F29 F29 F29 NF  F29 NF  F29 F29 NF
  city staff                         F29 F29 F29 NF  F29 F29 F29 F29 NF  F29 NF  F29 F29 NF
  county head                        F29 F29 NF  NF  F29 F29 F29 F29 NF  F29 NF  F29 NF  NF
  county leader_in_charge            F29 F29 NF  NF  F29 F29 F29 F29 NF  F29 NF  F29 NF  NF
  county staff                       F29 F29 NF  NF  F29 F29 F29 F29 NF  F29 NF  F29 NF  NF
  review_department at nation        F29 F29 F29 F29 F29 F29 F29 F29 F29 F29 F29 F29 F29 F29
  review_department at province      F29 F29 F29 NF  F29 F29 F29 F29 F29 F29 NF  F29 F29 NF
  review_department at city          F29 F29 F29 NF  F29 F29 F29 F29 NF  F29 NF  F29 F29 NF
  review_department at county        F29 F29 NF  NF  F29 F29 F29 F29 NF  F29 NF  F29 NF  NF
  auditor at nation                  F29 F29 F29 F29 F29 F29 F29 F29 F29 F29 F29 F29 F29 F29
  auditor at province                F29 F29 F29 NF  F29 F29 F29 F29 F29 F29 NF  F29 F29 NF
  auditor at city                    F29 F29 F29 NF  F29 F29 F29 F29 NF  F29 NF  F29 F29 NF
  auditor at county                  F29 F29 NF  NF  F29 F29 F29 F29 NF  F29 NF  F29 NF  NF
  testing_institution institution:7  F29 NF  NF  NF  F29 F29 F29 F29 NF  NF  NF  F29 NF  F29
  enterprise_user enterprise:1       ok  ok  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  NF
  plugin_administrator platform      F29 NF  NF  NF  F29 F29 F29 F29 NF  NF  NF  NF  NF  NF
DecideObjection
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F30 F30 F30 F30 F30 F30 F30 F30 F30 F30 F30 F30 F30 F30
  review_department at province      F30 F30 F30 NF  F30 F30 F30 F30 F30 F30 NF  F30 F30 NF
  review_department at city          F30 F30 F30 NF  F30 F30 F30 F30 NF  F30 NF  F30 F30 NF
  review_department at county        F30 F30 NF  NF  F30 F30 F30 F30 NF  F30 NF  F30 NF  NF
  auditor at nation                  F30 F30 F30 F30 F30 F30 F30 F30 F30 F30 F30 F30 F30 F30
  auditor at province                F30 F30 F30 NF  F30 F30 F30 F30 F30 F30 NF  F30 F30 NF
  auditor at city                    F30 F30 F30 NF  F30 F30 F30 F30 NF  F30 NF  F30 F30 NF
  auditor at county                  F30 F30 NF  NF  F30 F30 F30 F30 NF  F30 NF  F30 NF  NF
  testing_institution institution:7  F30 NF  NF  NF  F30 F30 F30 F30 NF  NF  NF  F30 NF  F30
  enterprise_user enterprise:1       F30 F30 NF  NF  F30 F30 F30 F30 NF  NF  NF  F30 NF  NF
  plugin_administrator platform      F30 NF  NF  NF  F30 F30 F30 F30 NF  NF  NF  NF  NF  NF
ConcludeRecheck
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F15 F15 F15 F15 F15 F15 F15 F15 F15 F15 F15 F15 F15 F15
  review_department at province      F15 F15 F15 NF  F15 F15 F15 F15 F15 F15 NF  F15 F15 NF
  review_department at city          F15 F15 F15 NF  F15 F15 F15 F15 NF  F15 NF  F15 F15 NF
  review_department at county        F15 F15 NF  NF  F15 F15 F15 F15 NF  F15 NF  F15 NF  NF
  auditor at nation                  F15 F15 F15 F15 F15 F15 F15 F15 F15 F15 F15 F15 F15 F15
  auditor at province                F15 F15 F15 NF  F15 F15 F15 F15 F15 F15 NF  F15 F15 NF
  auditor at city                    F15 F15 F15 NF  F15 F15 F15 F15 NF  F15 NF  F15 F15 NF
  auditor at county                  F15 F15 NF  NF  F15 F15 F15 F15 NF  F15 NF  F15 NF  NF
  testing_institution institution:7  F15 NF  NF  NF  F15 F15 F15 F15 NF  NF  NF  F15 NF  F15
  enterprise_user enterprise:1       F15 F15 NF  NF  F15 F15 F15 F15 NF  NF  NF  F15 NF  NF
  plugin_administrator platform      F15 NF  NF  NF  F15 F15 F15 F15 NF  NF  NF  NF  NF  NF
RecordLicenseExpiries
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          F31 F31 F31 NF  F31 F31 F31 F31 NF  F31 NF  F31 F31 NF
  city leader_in_charge              F31 F31 F31 NF  F31 F31 F31 F31 NF  F31 NF  F31 F31 NF
  city staff                         F31 F31 F31 NF  F31 F31 F31 F31 NF  F31 NF  F31 F31 NF
  county head                        F31 F31 NF  NF  F31 F31 F31 F31 NF  F31 NF  F31 NF  NF
  county leader_in_charge            F31 F31 NF  NF  F31 F31 F31 F31 NF  F31 NF  F31 NF  NF
  county staff                       F31 F31 NF  NF  F31 F31 F31 F31 NF  F31 NF  F31 NF  NF
  review_department at nation        F31 F31 F31 F31 F31 F31 F31 F31 F31 F31 F31 F31 F31 F31
  review_department at province      F31 F31 F31 NF  F31 F31 F31 F31 F31 F31 NF  F31 F31 NF
  review_department at city          F31 F31 F31 NF  F31 F31 F31 F31 NF  F31 NF  F31 F31 NF
  review_department at county        F31 F31 NF  NF  F31 F31 F31 F31 NF  F31 NF  F31 NF  NF
  auditor at nation                  F31 F31 F31 F31 F31 F31 F31 F31 F31 F31 F31 F31 F31 F31
  auditor at province                F31 F31 F31 NF  F31 F31 F31 F31 F31 F31 NF  F31 F31 NF
  auditor at city                    F31 F31 F31 NF  F31 F31 F31 F31 NF  F31 NF  F31 F31 NF
  auditor at county                  F31 F31 NF  NF  F31 F31 F31 F31 NF  F31 NF  F31 NF  NF
  testing_institution institution:7  F31 NF  NF  NF  F31 F31 F31 F31 NF  NF  NF  F31 NF  F31
  enterprise_user enterprise:1       F31 F31 NF  NF  F31 F31 F31 F31 NF  NF  NF  F31 NF  NF
  plugin_administrator platform      ok  NF  NF  NF  ok  ok  ok  ok  NF  NF  NF  NF  NF  NF
CancelTestingTask
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F32 F32 F32 F32 F32 F32 F32 F32 F32 F32 F32 F32 F32 F32
  review_department at province      F32 F32 F32 NF  F32 F32 F32 F32 F32 F32 NF  F32 F32 NF
  review_department at city          F32 F32 F32 NF  F32 F32 F32 F32 NF  F32 NF  F32 F32 NF
  review_department at county        F32 F32 NF  NF  F32 F32 F32 F32 NF  F32 NF  F32 NF  NF
  auditor at nation                  F32 F32 F32 F32 F32 F32 F32 F32 F32 F32 F32 F32 F32 F32
  auditor at province                F32 F32 F32 NF  F32 F32 F32 F32 F32 F32 NF  F32 F32 NF
  auditor at city                    F32 F32 F32 NF  F32 F32 F32 F32 NF  F32 NF  F32 F32 NF
  auditor at county                  F32 F32 NF  NF  F32 F32 F32 F32 NF  F32 NF  F32 NF  NF
  testing_institution institution:7  F32 NF  NF  NF  F32 F32 F32 F32 NF  NF  NF  F32 NF  F32
  enterprise_user enterprise:1       F32 F32 NF  NF  F32 F32 F32 F32 NF  NF  NF  F32 NF  NF
  plugin_administrator platform      F32 NF  NF  NF  F32 F32 F32 F32 NF  NF  NF  NF  NF  NF
ReassignTestingTask
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F32 F32 F32 F32 F32 F32 F32 F32 F32 F32 F32 F32 F32 F32
  review_department at province      F32 F32 F32 NF  F32 F32 F32 F32 F32 F32 NF  F32 F32 NF
  review_department at city          F32 F32 F32 NF  F32 F32 F32 F32 NF  F32 NF  F32 F32 NF
  review_department at county        F32 F32 NF  NF  F32 F32 F32 F32 NF  F32 NF  F32 NF  NF
  auditor at nation                  F32 F32 F32 F32 F32 F32 F32 F32 F32 F32 F32 F32 F32 F32
  auditor at province                F32 F32 F32 NF  F32 F32 F32 F32 F32 F32 NF  F32 F32 NF
  auditor at city                    F32 F32 F32 NF  F32 F32 F32 F32 NF  F32 NF  F32 F32 NF
  auditor at county                  F32 F32 NF  NF  F32 F32 F32 F32 NF  F32 NF  F32 NF  NF
  testing_institution institution:7  F32 NF  NF  NF  F32 F32 F32 F32 NF  NF  NF  F32 NF  F32
  enterprise_user enterprise:1       F32 F32 NF  NF  F32 F32 F32 F32 NF  NF  NF  F32 NF  NF
  plugin_administrator platform      F32 NF  NF  NF  F32 F32 F32 F32 NF  NF  NF  NF  NF  NF
MakeRevocationProposal
  nation head                        F34 F34 F34 F34 F34 F34 F34 F34 F34 F34 F34 F34 F34 F34
  nation leader_in_charge            F34 F34 F34 F34 F34 F34 F34 F34 F34 F34 F34 F34 F34 F34
  nation staff                       F34 F34 F34 F34 F34 F34 F34 F34 F34 F34 F34 F34 F34 F34
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     F34 F34 F34 NF  F34 F34 F34 F34 F34 F34 NF  F34 F34 NF
  city head                          F34 F34 F34 NF  F34 F34 F34 F34 NF  F34 NF  F34 F34 NF
  city leader_in_charge              F34 F34 F34 NF  F34 F34 F34 F34 NF  F34 NF  F34 F34 NF
  city staff                         F34 F34 F34 NF  F34 F34 F34 F34 NF  F34 NF  F34 F34 NF
  county head                        F34 F34 NF  NF  F34 F34 F34 F34 NF  F34 NF  F34 NF  NF
  county leader_in_charge            F34 F34 NF  NF  F34 F34 F34 F34 NF  F34 NF  F34 NF  NF
  county staff                       F34 F34 NF  NF  F34 F34 F34 F34 NF  F34 NF  F34 NF  NF
  review_department at nation        F33 F33 F33 F33 F33 F33 F33 F33 F33 F33 F33 F33 F33 F33
  review_department at province      F33 F33 F33 NF  F33 F33 F33 F33 F33 F33 NF  F33 F33 NF
  review_department at city          F33 F33 F33 NF  F33 F33 F33 F33 NF  F33 NF  F33 F33 NF
  review_department at county        F33 F33 NF  NF  F33 F33 F33 F33 NF  F33 NF  F33 NF  NF
  auditor at nation                  F33 F33 F33 F33 F33 F33 F33 F33 F33 F33 F33 F33 F33 F33
  auditor at province                F33 F33 F33 NF  F33 F33 F33 F33 F33 F33 NF  F33 F33 NF
  auditor at city                    F33 F33 F33 NF  F33 F33 F33 F33 NF  F33 NF  F33 F33 NF
  auditor at county                  F33 F33 NF  NF  F33 F33 F33 F33 NF  F33 NF  F33 NF  NF
  testing_institution institution:7  F33 NF  NF  NF  F33 F33 F33 F33 NF  NF  NF  F33 NF  F33
  enterprise_user enterprise:1       F33 F33 NF  NF  F33 F33 F33 F33 NF  NF  NF  F33 NF  NF
  plugin_administrator platform      F33 NF  NF  NF  F33 F33 F33 F33 NF  NF  NF  NF  NF  NF
EndDesignation
  nation head                        F9  F9  F9  F9  ok  ok  ok  ok  F9  F9  F9  F9  F9  F9
  nation leader_in_charge            F9  F9  F9  F9  ok  ok  ok  ok  F9  F9  F9  F9  F9  F9
  nation staff                       F9  F9  F9  F9  ok  ok  ok  ok  F9  F9  F9  F9  F9  F9
  province head                      F9  F9  F9  NF  ok  ok  ok  OJ  F9  F9  NF  F9  F9  NF
  province leader_in_charge          F9  F9  F9  NF  ok  ok  ok  OJ  F9  F9  NF  F9  F9  NF
  province staff                     F9  F9  F9  NF  ok  ok  ok  OJ  F9  F9  NF  F9  F9  NF
  city head                          F9  F9  F9  NF  F9  F9  F9  F9  NF  F9  NF  F9  F9  NF
  city leader_in_charge              F9  F9  F9  NF  F9  F9  F9  F9  NF  F9  NF  F9  F9  NF
  city staff                         F9  F9  F9  NF  F9  F9  F9  F9  NF  F9  NF  F9  F9  NF
  county head                        F9  F9  NF  NF  F9  F9  F9  F9  NF  F9  NF  F9  NF  NF
  county leader_in_charge            F9  F9  NF  NF  F9  F9  F9  F9  NF  F9  NF  F9  NF  NF
  county staff                       F9  F9  NF  NF  F9  F9  F9  F9  NF  F9  NF  F9  NF  NF
  review_department at nation        F9  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9
  review_department at province      F9  F9  F9  NF  F9  F9  F9  F9  F9  F9  NF  F9  F9  NF
  review_department at city          F9  F9  F9  NF  F9  F9  F9  F9  NF  F9  NF  F9  F9  NF
  review_department at county        F9  F9  NF  NF  F9  F9  F9  F9  NF  F9  NF  F9  NF  NF
  auditor at nation                  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9
  auditor at province                F9  F9  F9  NF  F9  F9  F9  F9  F9  F9  NF  F9  F9  NF
  auditor at city                    F9  F9  F9  NF  F9  F9  F9  F9  NF  F9  NF  F9  F9  NF
  auditor at county                  F9  F9  NF  NF  F9  F9  F9  F9  NF  F9  NF  F9  NF  NF
  testing_institution institution:7  F9  NF  NF  NF  F9  F9  F9  F9  NF  NF  NF  F9  NF  F9
  enterprise_user enterprise:1       F9  F9  NF  NF  F9  F9  F9  F9  NF  NF  NF  F9  NF  NF
  plugin_administrator platform      F9  NF  NF  NF  F9  F9  F9  F9  NF  NF  NF  NF  NF  NF
ReplaceDesignation
  nation head                        F9  F9  F9  F9  ok  ok  ok  ok  F9  F9  F9  F9  F9  F9
  nation leader_in_charge            F9  F9  F9  F9  ok  ok  ok  ok  F9  F9  F9  F9  F9  F9
  nation staff                       F9  F9  F9  F9  ok  ok  ok  ok  F9  F9  F9  F9  F9  F9
  province head                      F9  F9  F9  NF  ok  ok  ok  OJ  F9  F9  NF  F9  F9  NF
  province leader_in_charge          F9  F9  F9  NF  ok  ok  ok  OJ  F9  F9  NF  F9  F9  NF
  province staff                     F9  F9  F9  NF  ok  ok  ok  OJ  F9  F9  NF  F9  F9  NF
  city head                          F9  F9  F9  NF  F9  F9  F9  F9  NF  F9  NF  F9  F9  NF
  city leader_in_charge              F9  F9  F9  NF  F9  F9  F9  F9  NF  F9  NF  F9  F9  NF
  city staff                         F9  F9  F9  NF  F9  F9  F9  F9  NF  F9  NF  F9  F9  NF
  county head                        F9  F9  NF  NF  F9  F9  F9  F9  NF  F9  NF  F9  NF  NF
  county leader_in_charge            F9  F9  NF  NF  F9  F9  F9  F9  NF  F9  NF  F9  NF  NF
  county staff                       F9  F9  NF  NF  F9  F9  F9  F9  NF  F9  NF  F9  NF  NF
  review_department at nation        F9  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9
  review_department at province      F9  F9  F9  NF  F9  F9  F9  F9  F9  F9  NF  F9  F9  NF
  review_department at city          F9  F9  F9  NF  F9  F9  F9  F9  NF  F9  NF  F9  F9  NF
  review_department at county        F9  F9  NF  NF  F9  F9  F9  F9  NF  F9  NF  F9  NF  NF
  auditor at nation                  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9  F9
  auditor at province                F9  F9  F9  NF  F9  F9  F9  F9  F9  F9  NF  F9  F9  NF
  auditor at city                    F9  F9  F9  NF  F9  F9  F9  F9  NF  F9  NF  F9  F9  NF
  auditor at county                  F9  F9  NF  NF  F9  F9  F9  F9  NF  F9  NF  F9  NF  NF
  testing_institution institution:7  F9  NF  NF  NF  F9  F9  F9  F9  NF  NF  NF  F9  NF  F9
  enterprise_user enterprise:1       F9  F9  NF  NF  F9  F9  F9  F9  NF  NF  NF  F9  NF  NF
  plugin_administrator platform      F9  NF  NF  NF  F9  F9  F9  F9  NF  NF  NF  NF  NF  NF
ReadDashboard
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F35 F35 F35 F35 F35 F35 F35 F35 F35 F35 F35 F35 F35 F35
  review_department at province      F35 F35 F35 NF  F35 F35 F35 F35 F35 F35 NF  F35 F35 NF
  review_department at city          F35 F35 F35 NF  F35 F35 F35 F35 NF  F35 NF  F35 F35 NF
  review_department at county        F35 F35 NF  NF  F35 F35 F35 F35 NF  F35 NF  F35 NF  NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  auditor at county                  ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  testing_institution institution:7  F35 NF  NF  NF  F35 F35 F35 F35 NF  NF  NF  F35 NF  F35
  enterprise_user enterprise:1       F35 F35 NF  NF  F35 F35 F35 F35 NF  NF  NF  F35 NF  NF
  plugin_administrator platform      F35 NF  NF  NF  F35 F35 F35 F35 NF  NF  NF  NF  NF  NF
RequestEnterpriseChange
  nation head                        F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36
  nation leader_in_charge            F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36
  nation staff                       F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36
  province head                      F36 F36 F36 NF  F36 F36 F36 F36 F36 F36 NF  F36 F36 NF
  province leader_in_charge          F36 F36 F36 NF  F36 F36 F36 F36 F36 F36 NF  F36 F36 NF
  province staff                     F36 F36 F36 NF  F36 F36 F36 F36 F36 F36 NF  F36 F36 NF
  city head                          F36 F36 F36 NF  F36 F36 F36 F36 NF  F36 NF  F36 F36 NF
  city leader_in_charge              F36 F36 F36 NF  F36 F36 F36 F36 NF  F36 NF  F36 F36 NF
  city staff                         F36 F36 F36 NF  F36 F36 F36 F36 NF  F36 NF  F36 F36 NF
  county head                        F36 F36 NF  NF  F36 F36 F36 F36 NF  F36 NF  F36 NF  NF
  county leader_in_charge            F36 F36 NF  NF  F36 F36 F36 F36 NF  F36 NF  F36 NF  NF
  county staff                       F36 F36 NF  NF  F36 F36 F36 F36 NF  F36 NF  F36 NF  NF
  review_department at nation        F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36
  review_department at province      F36 F36 F36 NF  F36 F36 F36 F36 F36 F36 NF  F36 F36 NF
  review_department at city          F36 F36 F36 NF  F36 F36 F36 F36 NF  F36 NF  F36 F36 NF
  review_department at county        F36 F36 NF  NF  F36 F36 F36 F36 NF  F36 NF  F36 NF  NF
  auditor at nation                  F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36
  auditor at province                F36 F36 F36 NF  F36 F36 F36 F36 F36 F36 NF  F36 F36 NF
  auditor at city                    F36 F36 F36 NF  F36 F36 F36 F36 NF  F36 NF  F36 F36 NF
  auditor at county                  F36 F36 NF  NF  F36 F36 F36 F36 NF  F36 NF  F36 NF  NF
  testing_institution institution:7  F36 NF  NF  NF  F36 F36 F36 F36 NF  NF  NF  F36 NF  F36
  enterprise_user enterprise:1       ok  ok  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  NF
  plugin_administrator platform      F36 NF  NF  NF  F36 F36 F36 F36 NF  NF  NF  NF  NF  NF
DecideEnterpriseChange
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F37 F37 F37 F37 F37 F37 F37 F37 F37 F37 F37 F37 F37 F37
  review_department at province      F37 F37 F37 NF  F37 F37 F37 F37 F37 F37 NF  F37 F37 NF
  review_department at city          F37 F37 F37 NF  F37 F37 F37 F37 NF  F37 NF  F37 F37 NF
  review_department at county        F37 F37 NF  NF  F37 F37 F37 F37 NF  F37 NF  F37 NF  NF
  auditor at nation                  F37 F37 F37 F37 F37 F37 F37 F37 F37 F37 F37 F37 F37 F37
  auditor at province                F37 F37 F37 NF  F37 F37 F37 F37 F37 F37 NF  F37 F37 NF
  auditor at city                    F37 F37 F37 NF  F37 F37 F37 F37 NF  F37 NF  F37 F37 NF
  auditor at county                  F37 F37 NF  NF  F37 F37 F37 F37 NF  F37 NF  F37 NF  NF
  testing_institution institution:7  F37 NF  NF  NF  F37 F37 F37 F37 NF  NF  NF  F37 NF  F37
  enterprise_user enterprise:1       F37 F37 NF  NF  F37 F37 F37 F37 NF  NF  NF  F37 NF  NF
  plugin_administrator platform      F37 NF  NF  NF  F37 F37 F37 F37 NF  NF  NF  NF  NF  NF
ChangeReviewedBaseData
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F38 F38 F38 F38 F38 F38 F38 F38 F38 F38 F38 F38 F38 F38
  review_department at province      F38 F38 F38 NF  F38 F38 F38 F38 F38 F38 NF  F38 F38 NF
  review_department at city          F38 F38 F38 NF  F38 F38 F38 F38 NF  F38 NF  F38 F38 NF
  review_department at county        F38 F38 NF  NF  F38 F38 F38 F38 NF  F38 NF  F38 NF  NF
  auditor at nation                  F38 F38 F38 F38 F38 F38 F38 F38 F38 F38 F38 F38 F38 F38
  auditor at province                F38 F38 F38 NF  F38 F38 F38 F38 F38 F38 NF  F38 F38 NF
  auditor at city                    F38 F38 F38 NF  F38 F38 F38 F38 NF  F38 NF  F38 F38 NF
  auditor at county                  F38 F38 NF  NF  F38 F38 F38 F38 NF  F38 NF  F38 NF  NF
  testing_institution institution:7  F38 NF  NF  NF  F38 F38 F38 F38 NF  NF  NF  F38 NF  F38
  enterprise_user enterprise:1       F38 F38 NF  NF  F38 F38 F38 F38 NF  NF  NF  F38 NF  NF
  plugin_administrator platform      F38 NF  NF  NF  F38 F38 F38 F38 NF  NF  NF  NF  NF  NF
ConcludeReReview
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          F39 F39 F39 NF  F39 F39 F39 F39 NF  F39 NF  F39 F39 NF
  city leader_in_charge              F39 F39 F39 NF  F39 F39 F39 F39 NF  F39 NF  F39 F39 NF
  city staff                         F39 F39 F39 NF  F39 F39 F39 F39 NF  F39 NF  F39 F39 NF
  county head                        F39 F39 NF  NF  F39 F39 F39 F39 NF  F39 NF  F39 NF  NF
  county leader_in_charge            F39 F39 NF  NF  F39 F39 F39 F39 NF  F39 NF  F39 NF  NF
  county staff                       F39 F39 NF  NF  F39 F39 F39 F39 NF  F39 NF  F39 NF  NF
  review_department at nation        F39 F39 F39 F39 F39 F39 F39 F39 F39 F39 F39 F39 F39 F39
  review_department at province      F39 F39 F39 NF  F39 F39 F39 F39 F39 F39 NF  F39 F39 NF
  review_department at city          F39 F39 F39 NF  F39 F39 F39 F39 NF  F39 NF  F39 F39 NF
  review_department at county        F39 F39 NF  NF  F39 F39 F39 F39 NF  F39 NF  F39 NF  NF
  auditor at nation                  F39 F39 F39 F39 F39 F39 F39 F39 F39 F39 F39 F39 F39 F39
  auditor at province                F39 F39 F39 NF  F39 F39 F39 F39 F39 F39 NF  F39 F39 NF
  auditor at city                    F39 F39 F39 NF  F39 F39 F39 F39 NF  F39 NF  F39 F39 NF
  auditor at county                  F39 F39 NF  NF  F39 F39 F39 F39 NF  F39 NF  F39 NF  NF
  testing_institution institution:7  F39 NF  NF  NF  F39 F39 F39 F39 NF  NF  NF  F39 NF  F39
  enterprise_user enterprise:1       F39 F39 NF  NF  F39 F39 F39 F39 NF  NF  NF  F39 NF  NF
  plugin_administrator platform      F39 NF  NF  NF  F39 F39 F39 F39 NF  NF  NF  NF  NF  NF
WithdrawEnterpriseChange
  nation head                        F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36
  nation leader_in_charge            F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36
  nation staff                       F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36
  province head                      F36 F36 F36 NF  F36 F36 F36 F36 F36 F36 NF  F36 F36 NF
  province leader_in_charge          F36 F36 F36 NF  F36 F36 F36 F36 F36 F36 NF  F36 F36 NF
  province staff                     F36 F36 F36 NF  F36 F36 F36 F36 F36 F36 NF  F36 F36 NF
  city head                          F36 F36 F36 NF  F36 F36 F36 F36 NF  F36 NF  F36 F36 NF
  city leader_in_charge              F36 F36 F36 NF  F36 F36 F36 F36 NF  F36 NF  F36 F36 NF
  city staff                         F36 F36 F36 NF  F36 F36 F36 F36 NF  F36 NF  F36 F36 NF
  county head                        F36 F36 NF  NF  F36 F36 F36 F36 NF  F36 NF  F36 NF  NF
  county leader_in_charge            F36 F36 NF  NF  F36 F36 F36 F36 NF  F36 NF  F36 NF  NF
  county staff                       F36 F36 NF  NF  F36 F36 F36 F36 NF  F36 NF  F36 NF  NF
  review_department at nation        F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36
  review_department at province      F36 F36 F36 NF  F36 F36 F36 F36 F36 F36 NF  F36 F36 NF
  review_department at city          F36 F36 F36 NF  F36 F36 F36 F36 NF  F36 NF  F36 F36 NF
  review_department at county        F36 F36 NF  NF  F36 F36 F36 F36 NF  F36 NF  F36 NF  NF
  auditor at nation                  F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36 F36
  auditor at province                F36 F36 F36 NF  F36 F36 F36 F36 F36 F36 NF  F36 F36 NF
  auditor at city                    F36 F36 F36 NF  F36 F36 F36 F36 NF  F36 NF  F36 F36 NF
  auditor at county                  F36 F36 NF  NF  F36 F36 F36 F36 NF  F36 NF  F36 NF  NF
  testing_institution institution:7  F36 NF  NF  NF  F36 F36 F36 F36 NF  NF  NF  F36 NF  F36
  enterprise_user enterprise:1       ok  ok  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  NF
  plugin_administrator platform      F36 NF  NF  NF  F36 F36 F36 F36 NF  NF  NF  NF  NF  NF
OpenReviewYear
  nation head                        F40 F40 F40 F40 F40 F40 F40 F40 F40 F40 F40 F40 F40 F40
  nation leader_in_charge            F40 F40 F40 F40 F40 F40 F40 F40 F40 F40 F40 F40 F40 F40
  nation staff                       F40 F40 F40 F40 F40 F40 F40 F40 F40 F40 F40 F40 F40 F40
  province head                      F40 F40 F40 NF  ok  ok  ok  OJ  F40 F40 NF  F40 F40 NF
  province leader_in_charge          F40 F40 F40 NF  ok  ok  ok  OJ  F40 F40 NF  F40 F40 NF
  province staff                     F40 F40 F40 NF  ok  ok  ok  OJ  F40 F40 NF  F40 F40 NF
  city head                          F40 F40 F40 NF  F40 F40 F40 F40 NF  F40 NF  F40 F40 NF
  city leader_in_charge              F40 F40 F40 NF  F40 F40 F40 F40 NF  F40 NF  F40 F40 NF
  city staff                         F40 F40 F40 NF  F40 F40 F40 F40 NF  F40 NF  F40 F40 NF
  county head                        F40 F40 NF  NF  F40 F40 F40 F40 NF  F40 NF  F40 NF  NF
  county leader_in_charge            F40 F40 NF  NF  F40 F40 F40 F40 NF  F40 NF  F40 NF  NF
  county staff                       F40 F40 NF  NF  F40 F40 F40 F40 NF  F40 NF  F40 NF  NF
  review_department at nation        F40 F40 F40 F40 F40 F40 F40 F40 F40 F40 F40 F40 F40 F40
  review_department at province      F40 F40 F40 NF  F40 F40 F40 F40 F40 F40 NF  F40 F40 NF
  review_department at city          F40 F40 F40 NF  F40 F40 F40 F40 NF  F40 NF  F40 F40 NF
  review_department at county        F40 F40 NF  NF  F40 F40 F40 F40 NF  F40 NF  F40 NF  NF
  auditor at nation                  F40 F40 F40 F40 F40 F40 F40 F40 F40 F40 F40 F40 F40 F40
  auditor at province                F40 F40 F40 NF  F40 F40 F40 F40 F40 F40 NF  F40 F40 NF
  auditor at city                    F40 F40 F40 NF  F40 F40 F40 F40 NF  F40 NF  F40 F40 NF
  auditor at county                  F40 F40 NF  NF  F40 F40 F40 F40 NF  F40 NF  F40 NF  NF
  testing_institution institution:7  F40 NF  NF  NF  F40 F40 F40 F40 NF  NF  NF  F40 NF  F40
  enterprise_user enterprise:1       F40 F40 NF  NF  F40 F40 F40 F40 NF  NF  NF  F40 NF  NF
  plugin_administrator platform      F40 NF  NF  NF  F40 F40 F40 F40 NF  NF  NF  NF  NF  NF
SaveSelfInspectionReport
  nation head                        F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41
  nation leader_in_charge            F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41
  nation staff                       F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41
  province head                      F41 F41 F41 NF  F41 F41 F41 F41 F41 F41 NF  F41 F41 NF
  province leader_in_charge          F41 F41 F41 NF  F41 F41 F41 F41 F41 F41 NF  F41 F41 NF
  province staff                     F41 F41 F41 NF  F41 F41 F41 F41 F41 F41 NF  F41 F41 NF
  city head                          F41 F41 F41 NF  F41 F41 F41 F41 NF  F41 NF  F41 F41 NF
  city leader_in_charge              F41 F41 F41 NF  F41 F41 F41 F41 NF  F41 NF  F41 F41 NF
  city staff                         F41 F41 F41 NF  F41 F41 F41 F41 NF  F41 NF  F41 F41 NF
  county head                        F41 F41 NF  NF  F41 F41 F41 F41 NF  F41 NF  F41 NF  NF
  county leader_in_charge            F41 F41 NF  NF  F41 F41 F41 F41 NF  F41 NF  F41 NF  NF
  county staff                       F41 F41 NF  NF  F41 F41 F41 F41 NF  F41 NF  F41 NF  NF
  review_department at nation        F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41
  review_department at province      F41 F41 F41 NF  F41 F41 F41 F41 F41 F41 NF  F41 F41 NF
  review_department at city          F41 F41 F41 NF  F41 F41 F41 F41 NF  F41 NF  F41 F41 NF
  review_department at county        F41 F41 NF  NF  F41 F41 F41 F41 NF  F41 NF  F41 NF  NF
  auditor at nation                  F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41
  auditor at province                F41 F41 F41 NF  F41 F41 F41 F41 F41 F41 NF  F41 F41 NF
  auditor at city                    F41 F41 F41 NF  F41 F41 F41 F41 NF  F41 NF  F41 F41 NF
  auditor at county                  F41 F41 NF  NF  F41 F41 F41 F41 NF  F41 NF  F41 NF  NF
  testing_institution institution:7  F41 NF  NF  NF  F41 F41 F41 F41 NF  NF  NF  F41 NF  F41
  enterprise_user enterprise:1       ok  ok  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  NF
  plugin_administrator platform      F41 NF  NF  NF  F41 F41 F41 F41 NF  NF  NF  NF  NF  NF
SubmitSelfInspectionReport
  nation head                        F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41
  nation leader_in_charge            F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41
  nation staff                       F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41
  province head                      F41 F41 F41 NF  F41 F41 F41 F41 F41 F41 NF  F41 F41 NF
  province leader_in_charge          F41 F41 F41 NF  F41 F41 F41 F41 F41 F41 NF  F41 F41 NF
  province staff                     F41 F41 F41 NF  F41 F41 F41 F41 F41 F41 NF  F41 F41 NF
  city head                          F41 F41 F41 NF  F41 F41 F41 F41 NF  F41 NF  F41 F41 NF
  city leader_in_charge              F41 F41 F41 NF  F41 F41 F41 F41 NF  F41 NF  F41 F41 NF
  city staff                         F41 F41 F41 NF  F41 F41 F41 F41 NF  F41 NF  F41 F41 NF
  county head                        F41 F41 NF  NF  F41 F41 F41 F41 NF  F41 NF  F41 NF  NF
  county leader_in_charge            F41 F41 NF  NF  F41 F41 F41 F41 NF  F41 NF  F41 NF  NF
  county staff                       F41 F41 NF  NF  F41 F41 F41 F41 NF  F41 NF  F41 NF  NF
  review_department at nation        F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41
  review_department at province      F41 F41 F41 NF  F41 F41 F41 F41 F41 F41 NF  F41 F41 NF
  review_department at city          F41 F41 F41 NF  F41 F41 F41 F41 NF  F41 NF  F41 F41 NF
  review_department at county        F41 F41 NF  NF  F41 F41 F41 F41 NF  F41 NF  F41 NF  NF
  auditor at nation                  F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41
  auditor at province                F41 F41 F41 NF  F41 F41 F41 F41 F41 F41 NF  F41 F41 NF
  auditor at city                    F41 F41 F41 NF  F41 F41 F41 F41 NF  F41 NF  F41 F41 NF
  auditor at county                  F41 F41 NF  NF  F41 F41 F41 F41 NF  F41 NF  F41 NF  NF
  testing_institution institution:7  F41 NF  NF  NF  F41 F41 F41 F41 NF  NF  NF  F41 NF  F41
  enterprise_user enterprise:1       ok  ok  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  NF
  plugin_administrator platform      F41 NF  NF  NF  F41 F41 F41 F41 NF  NF  NF  NF  NF  NF
HandInLicenseCopy
  nation head                        F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41
  nation leader_in_charge            F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41
  nation staff                       F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41
  province head                      F41 F41 F41 NF  F41 F41 F41 F41 F41 F41 NF  F41 F41 NF
  province leader_in_charge          F41 F41 F41 NF  F41 F41 F41 F41 F41 F41 NF  F41 F41 NF
  province staff                     F41 F41 F41 NF  F41 F41 F41 F41 F41 F41 NF  F41 F41 NF
  city head                          F41 F41 F41 NF  F41 F41 F41 F41 NF  F41 NF  F41 F41 NF
  city leader_in_charge              F41 F41 F41 NF  F41 F41 F41 F41 NF  F41 NF  F41 F41 NF
  city staff                         F41 F41 F41 NF  F41 F41 F41 F41 NF  F41 NF  F41 F41 NF
  county head                        F41 F41 NF  NF  F41 F41 F41 F41 NF  F41 NF  F41 NF  NF
  county leader_in_charge            F41 F41 NF  NF  F41 F41 F41 F41 NF  F41 NF  F41 NF  NF
  county staff                       F41 F41 NF  NF  F41 F41 F41 F41 NF  F41 NF  F41 NF  NF
  review_department at nation        F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41
  review_department at province      F41 F41 F41 NF  F41 F41 F41 F41 F41 F41 NF  F41 F41 NF
  review_department at city          F41 F41 F41 NF  F41 F41 F41 F41 NF  F41 NF  F41 F41 NF
  review_department at county        F41 F41 NF  NF  F41 F41 F41 F41 NF  F41 NF  F41 NF  NF
  auditor at nation                  F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41 F41
  auditor at province                F41 F41 F41 NF  F41 F41 F41 F41 F41 F41 NF  F41 F41 NF
  auditor at city                    F41 F41 F41 NF  F41 F41 F41 F41 NF  F41 NF  F41 F41 NF
  auditor at county                  F41 F41 NF  NF  F41 F41 F41 F41 NF  F41 NF  F41 NF  NF
  testing_institution institution:7  F41 NF  NF  NF  F41 F41 F41 F41 NF  NF  NF  F41 NF  F41
  enterprise_user enterprise:1       ok  ok  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  NF
  plugin_administrator platform      F41 NF  NF  NF  F41 F41 F41 F41 NF  NF  NF  NF  NF  NF
ReceiveLicenseCopy
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42
  review_department at province      F42 F42 F42 NF  F42 F42 F42 F42 F42 F42 NF  F42 F42 NF
  review_department at city          F42 F42 F42 NF  F42 F42 F42 F42 NF  F42 NF  F42 F42 NF
  review_department at county        F42 F42 NF  NF  F42 F42 F42 F42 NF  F42 NF  F42 NF  NF
  auditor at nation                  F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42
  auditor at province                F42 F42 F42 NF  F42 F42 F42 F42 F42 F42 NF  F42 F42 NF
  auditor at city                    F42 F42 F42 NF  F42 F42 F42 F42 NF  F42 NF  F42 F42 NF
  auditor at county                  F42 F42 NF  NF  F42 F42 F42 F42 NF  F42 NF  F42 NF  NF
  testing_institution institution:7  F42 NF  NF  NF  F42 F42 F42 F42 NF  NF  NF  F42 NF  F42
  enterprise_user enterprise:1       F42 F42 NF  NF  F42 F42 F42 F42 NF  NF  NF  F42 NF  NF
  plugin_administrator platform      F42 NF  NF  NF  F42 F42 F42 F42 NF  NF  NF  NF  NF  NF
ReturnSelfInspectionReport
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42
  review_department at province      F42 F42 F42 NF  F42 F42 F42 F42 F42 F42 NF  F42 F42 NF
  review_department at city          F42 F42 F42 NF  F42 F42 F42 F42 NF  F42 NF  F42 F42 NF
  review_department at county        F42 F42 NF  NF  F42 F42 F42 F42 NF  F42 NF  F42 NF  NF
  auditor at nation                  F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42
  auditor at province                F42 F42 F42 NF  F42 F42 F42 F42 F42 F42 NF  F42 F42 NF
  auditor at city                    F42 F42 F42 NF  F42 F42 F42 F42 NF  F42 NF  F42 F42 NF
  auditor at county                  F42 F42 NF  NF  F42 F42 F42 F42 NF  F42 NF  F42 NF  NF
  testing_institution institution:7  F42 NF  NF  NF  F42 F42 F42 F42 NF  NF  NF  F42 NF  F42
  enterprise_user enterprise:1       F42 F42 NF  NF  F42 F42 F42 F42 NF  NF  NF  F42 NF  NF
  plugin_administrator platform      F42 NF  NF  NF  F42 F42 F42 F42 NF  NF  NF  NF  NF  NF
RequireOnSiteInspection
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42
  review_department at province      F42 F42 F42 NF  F42 F42 F42 F42 F42 F42 NF  F42 F42 NF
  review_department at city          F42 F42 F42 NF  F42 F42 F42 F42 NF  F42 NF  F42 F42 NF
  review_department at county        F42 F42 NF  NF  F42 F42 F42 F42 NF  F42 NF  F42 NF  NF
  auditor at nation                  F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42
  auditor at province                F42 F42 F42 NF  F42 F42 F42 F42 F42 F42 NF  F42 F42 NF
  auditor at city                    F42 F42 F42 NF  F42 F42 F42 F42 NF  F42 NF  F42 F42 NF
  auditor at county                  F42 F42 NF  NF  F42 F42 F42 F42 NF  F42 NF  F42 NF  NF
  testing_institution institution:7  F42 NF  NF  NF  F42 F42 F42 F42 NF  NF  NF  F42 NF  F42
  enterprise_user enterprise:1       F42 F42 NF  NF  F42 F42 F42 F42 NF  NF  NF  F42 NF  NF
  plugin_administrator platform      F42 NF  NF  NF  F42 F42 F42 F42 NF  NF  NF  NF  NF  NF
RecordOnSiteInspection
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42
  review_department at province      F42 F42 F42 NF  F42 F42 F42 F42 F42 F42 NF  F42 F42 NF
  review_department at city          F42 F42 F42 NF  F42 F42 F42 F42 NF  F42 NF  F42 F42 NF
  review_department at county        F42 F42 NF  NF  F42 F42 F42 F42 NF  F42 NF  F42 NF  NF
  auditor at nation                  F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42
  auditor at province                F42 F42 F42 NF  F42 F42 F42 F42 F42 F42 NF  F42 F42 NF
  auditor at city                    F42 F42 F42 NF  F42 F42 F42 F42 NF  F42 NF  F42 F42 NF
  auditor at county                  F42 F42 NF  NF  F42 F42 F42 F42 NF  F42 NF  F42 NF  NF
  testing_institution institution:7  F42 NF  NF  NF  F42 F42 F42 F42 NF  NF  NF  F42 NF  F42
  enterprise_user enterprise:1       F42 F42 NF  NF  F42 F42 F42 F42 NF  NF  NF  F42 NF  NF
  plugin_administrator platform      F42 NF  NF  NF  F42 F42 F42 F42 NF  NF  NF  NF  NF  NF
ConcludeAnnualReview
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42
  review_department at province      F42 F42 F42 NF  F42 F42 F42 F42 F42 F42 NF  F42 F42 NF
  review_department at city          F42 F42 F42 NF  F42 F42 F42 F42 NF  F42 NF  F42 F42 NF
  review_department at county        F42 F42 NF  NF  F42 F42 F42 F42 NF  F42 NF  F42 NF  NF
  auditor at nation                  F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42 F42
  auditor at province                F42 F42 F42 NF  F42 F42 F42 F42 F42 F42 NF  F42 F42 NF
  auditor at city                    F42 F42 F42 NF  F42 F42 F42 F42 NF  F42 NF  F42 F42 NF
  auditor at county                  F42 F42 NF  NF  F42 F42 F42 F42 NF  F42 NF  F42 NF  NF
  testing_institution institution:7  F42 NF  NF  NF  F42 F42 F42 F42 NF  NF  NF  F42 NF  F42
  enterprise_user enterprise:1       F42 F42 NF  NF  F42 F42 F42 F42 NF  NF  NF  F42 NF  NF
  plugin_administrator platform      F42 NF  NF  NF  F42 F42 F42 F42 NF  NF  NF  NF  NF  NF
RecordAnnualReviewOverdue
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          F43 F43 F43 NF  F43 F43 F43 F43 NF  F43 NF  F43 F43 NF
  city leader_in_charge              F43 F43 F43 NF  F43 F43 F43 F43 NF  F43 NF  F43 F43 NF
  city staff                         F43 F43 F43 NF  F43 F43 F43 F43 NF  F43 NF  F43 F43 NF
  county head                        F43 F43 NF  NF  F43 F43 F43 F43 NF  F43 NF  F43 NF  NF
  county leader_in_charge            F43 F43 NF  NF  F43 F43 F43 F43 NF  F43 NF  F43 NF  NF
  county staff                       F43 F43 NF  NF  F43 F43 F43 F43 NF  F43 NF  F43 NF  NF
  review_department at nation        F43 F43 F43 F43 F43 F43 F43 F43 F43 F43 F43 F43 F43 F43
  review_department at province      F43 F43 F43 NF  F43 F43 F43 F43 F43 F43 NF  F43 F43 NF
  review_department at city          F43 F43 F43 NF  F43 F43 F43 F43 NF  F43 NF  F43 F43 NF
  review_department at county        F43 F43 NF  NF  F43 F43 F43 F43 NF  F43 NF  F43 NF  NF
  auditor at nation                  F43 F43 F43 F43 F43 F43 F43 F43 F43 F43 F43 F43 F43 F43
  auditor at province                F43 F43 F43 NF  F43 F43 F43 F43 F43 F43 NF  F43 F43 NF
  auditor at city                    F43 F43 F43 NF  F43 F43 F43 F43 NF  F43 NF  F43 F43 NF
  auditor at county                  F43 F43 NF  NF  F43 F43 F43 F43 NF  F43 NF  F43 NF  NF
  testing_institution institution:7  F43 NF  NF  NF  F43 F43 F43 F43 NF  NF  NF  F43 NF  F43
  enterprise_user enterprise:1       F43 F43 NF  NF  F43 F43 F43 F43 NF  NF  NF  F43 NF  NF
  plugin_administrator platform      ok  NF  NF  NF  ok  ok  ok  ok  NF  NF  NF  NF  NF  NF
UploadAttachment
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F44 F44 F44 F44 F44 F44 F44 F44 F44 F44 F44 F44 F44 F44
  review_department at province      F44 F44 F44 NF  F44 F44 F44 F44 F44 F44 NF  F44 F44 NF
  review_department at city          F44 F44 F44 NF  F44 F44 F44 F44 NF  F44 NF  F44 F44 NF
  review_department at county        F44 F44 NF  NF  F44 F44 F44 F44 NF  F44 NF  F44 NF  NF
  auditor at nation                  F44 F44 F44 F44 F44 F44 F44 F44 F44 F44 F44 F44 F44 F44
  auditor at province                F44 F44 F44 NF  F44 F44 F44 F44 F44 F44 NF  F44 F44 NF
  auditor at city                    F44 F44 F44 NF  F44 F44 F44 F44 NF  F44 NF  F44 F44 NF
  auditor at county                  F44 F44 NF  NF  F44 F44 F44 F44 NF  F44 NF  F44 NF  NF
  testing_institution institution:7  F44 NF  NF  NF  F44 F44 F44 F44 NF  NF  NF  F44 NF  F44
  enterprise_user enterprise:1       ok  ok  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  NF
  plugin_administrator platform      F44 NF  NF  NF  F44 F44 F44 F44 NF  NF  NF  NF  NF  NF
DeleteAttachment
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F45 F45 F45 F45 F45 F45 F45 F45 F45 F45 F45 F45 F45 F45
  review_department at province      F45 F45 F45 NF  F45 F45 F45 F45 F45 F45 NF  F45 F45 NF
  review_department at city          F45 F45 F45 NF  F45 F45 F45 F45 NF  F45 NF  F45 F45 NF
  review_department at county        F45 F45 NF  NF  F45 F45 F45 F45 NF  F45 NF  F45 NF  NF
  auditor at nation                  F45 F45 F45 F45 F45 F45 F45 F45 F45 F45 F45 F45 F45 F45
  auditor at province                F45 F45 F45 NF  F45 F45 F45 F45 F45 F45 NF  F45 F45 NF
  auditor at city                    F45 F45 F45 NF  F45 F45 F45 F45 NF  F45 NF  F45 F45 NF
  auditor at county                  F45 F45 NF  NF  F45 F45 F45 F45 NF  F45 NF  F45 NF  NF
  testing_institution institution:7  F45 NF  NF  NF  F45 F45 F45 F45 NF  NF  NF  F45 NF  F45
  enterprise_user enterprise:1       ok  ok  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  NF
  plugin_administrator platform      F45 NF  NF  NF  F45 F45 F45 F45 NF  NF  NF  NF  NF  NF
RemindAnnualReviews
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          F46 F46 F46 NF  F46 F46 F46 F46 NF  F46 NF  F46 F46 NF
  city leader_in_charge              F46 F46 F46 NF  F46 F46 F46 F46 NF  F46 NF  F46 F46 NF
  city staff                         F46 F46 F46 NF  F46 F46 F46 F46 NF  F46 NF  F46 F46 NF
  county head                        F46 F46 NF  NF  F46 F46 F46 F46 NF  F46 NF  F46 NF  NF
  county leader_in_charge            F46 F46 NF  NF  F46 F46 F46 F46 NF  F46 NF  F46 NF  NF
  county staff                       F46 F46 NF  NF  F46 F46 F46 F46 NF  F46 NF  F46 NF  NF
  review_department at nation        F46 F46 F46 F46 F46 F46 F46 F46 F46 F46 F46 F46 F46 F46
  review_department at province      F46 F46 F46 NF  F46 F46 F46 F46 F46 F46 NF  F46 F46 NF
  review_department at city          F46 F46 F46 NF  F46 F46 F46 F46 NF  F46 NF  F46 F46 NF
  review_department at county        F46 F46 NF  NF  F46 F46 F46 F46 NF  F46 NF  F46 NF  NF
  auditor at nation                  F46 F46 F46 F46 F46 F46 F46 F46 F46 F46 F46 F46 F46 F46
  auditor at province                F46 F46 F46 NF  F46 F46 F46 F46 F46 F46 NF  F46 F46 NF
  auditor at city                    F46 F46 F46 NF  F46 F46 F46 F46 NF  F46 NF  F46 F46 NF
  auditor at county                  F46 F46 NF  NF  F46 F46 F46 F46 NF  F46 NF  F46 NF  NF
  testing_institution institution:7  F46 NF  NF  NF  F46 F46 F46 F46 NF  NF  NF  F46 NF  F46
  enterprise_user enterprise:1       F46 F46 NF  NF  F46 F46 F46 F46 NF  NF  NF  F46 NF  NF
  plugin_administrator platform      ok  NF  NF  NF  ok  ok  ok  ok  NF  NF  NF  NF  NF  NF
SubscribeAnnualReviewNotices
  nation head                        F47 F47 F47 F47 F47 F47 F47 F47 F47 F47 F47 F47 F47 F47
  nation leader_in_charge            F47 F47 F47 F47 F47 F47 F47 F47 F47 F47 F47 F47 F47 F47
  nation staff                       F47 F47 F47 F47 F47 F47 F47 F47 F47 F47 F47 F47 F47 F47
  province head                      F47 F47 F47 NF  F47 F47 F47 F47 F47 F47 NF  F47 F47 NF
  province leader_in_charge          F47 F47 F47 NF  F47 F47 F47 F47 F47 F47 NF  F47 F47 NF
  province staff                     F47 F47 F47 NF  F47 F47 F47 F47 F47 F47 NF  F47 F47 NF
  city head                          F47 F47 F47 NF  F47 F47 F47 F47 NF  F47 NF  F47 F47 NF
  city leader_in_charge              F47 F47 F47 NF  F47 F47 F47 F47 NF  F47 NF  F47 F47 NF
  city staff                         F47 F47 F47 NF  F47 F47 F47 F47 NF  F47 NF  F47 F47 NF
  county head                        F47 F47 NF  NF  F47 F47 F47 F47 NF  F47 NF  F47 NF  NF
  county leader_in_charge            F47 F47 NF  NF  F47 F47 F47 F47 NF  F47 NF  F47 NF  NF
  county staff                       F47 F47 NF  NF  F47 F47 F47 F47 NF  F47 NF  F47 NF  NF
  review_department at nation        F47 F47 F47 F47 F47 F47 F47 F47 F47 F47 F47 F47 F47 F47
  review_department at province      F47 F47 F47 NF  F47 F47 F47 F47 F47 F47 NF  F47 F47 NF
  review_department at city          F47 F47 F47 NF  F47 F47 F47 F47 NF  F47 NF  F47 F47 NF
  review_department at county        F47 F47 NF  NF  F47 F47 F47 F47 NF  F47 NF  F47 NF  NF
  auditor at nation                  F47 F47 F47 F47 F47 F47 F47 F47 F47 F47 F47 F47 F47 F47
  auditor at province                F47 F47 F47 NF  F47 F47 F47 F47 F47 F47 NF  F47 F47 NF
  auditor at city                    F47 F47 F47 NF  F47 F47 F47 F47 NF  F47 NF  F47 F47 NF
  auditor at county                  F47 F47 NF  NF  F47 F47 F47 F47 NF  F47 NF  F47 NF  NF
  testing_institution institution:7  F47 NF  NF  NF  F47 F47 F47 F47 NF  NF  NF  F47 NF  F47
  enterprise_user enterprise:1       ok  ok  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  NF
  plugin_administrator platform      F47 NF  NF  NF  F47 F47 F47 F47 NF  NF  NF  NF  NF  NF
RecordPatrol
  nation head                        F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  nation leader_in_charge            F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  nation staff                       F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  review_department at province      F48 F48 F48 NF  F48 F48 F48 F48 F48 F48 NF  F48 F48 NF
  review_department at city          F48 F48 F48 NF  F48 F48 F48 F48 NF  F48 NF  F48 F48 NF
  review_department at county        F48 F48 NF  NF  F48 F48 F48 F48 NF  F48 NF  F48 NF  NF
  auditor at nation                  F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  auditor at province                F48 F48 F48 NF  F48 F48 F48 F48 F48 F48 NF  F48 F48 NF
  auditor at city                    F48 F48 F48 NF  F48 F48 F48 F48 NF  F48 NF  F48 F48 NF
  auditor at county                  F48 F48 NF  NF  F48 F48 F48 F48 NF  F48 NF  F48 NF  NF
  testing_institution institution:7  F48 NF  NF  NF  F48 F48 F48 F48 NF  NF  NF  F48 NF  F48
  enterprise_user enterprise:1       F48 F48 NF  NF  F48 F48 F48 F48 NF  NF  NF  F48 NF  NF
  plugin_administrator platform      F48 NF  NF  NF  F48 F48 F48 F48 NF  NF  NF  NF  NF  NF
OrderPatrolMeasure
  nation head                        F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  nation leader_in_charge            F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  nation staff                       F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  review_department at province      F48 F48 F48 NF  F48 F48 F48 F48 F48 F48 NF  F48 F48 NF
  review_department at city          F48 F48 F48 NF  F48 F48 F48 F48 NF  F48 NF  F48 F48 NF
  review_department at county        F48 F48 NF  NF  F48 F48 F48 F48 NF  F48 NF  F48 NF  NF
  auditor at nation                  F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  auditor at province                F48 F48 F48 NF  F48 F48 F48 F48 F48 F48 NF  F48 F48 NF
  auditor at city                    F48 F48 F48 NF  F48 F48 F48 F48 NF  F48 NF  F48 F48 NF
  auditor at county                  F48 F48 NF  NF  F48 F48 F48 F48 NF  F48 NF  F48 NF  NF
  testing_institution institution:7  F48 NF  NF  NF  F48 F48 F48 F48 NF  NF  NF  F48 NF  F48
  enterprise_user enterprise:1       F48 F48 NF  NF  F48 F48 F48 F48 NF  NF  NF  F48 NF  NF
  plugin_administrator platform      F48 NF  NF  NF  F48 F48 F48 F48 NF  NF  NF  NF  NF  NF
ClosePatrolMeasure
  nation head                        F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  nation leader_in_charge            F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  nation staff                       F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  review_department at province      F48 F48 F48 NF  F48 F48 F48 F48 F48 F48 NF  F48 F48 NF
  review_department at city          F48 F48 F48 NF  F48 F48 F48 F48 NF  F48 NF  F48 F48 NF
  review_department at county        F48 F48 NF  NF  F48 F48 F48 F48 NF  F48 NF  F48 NF  NF
  auditor at nation                  F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  auditor at province                F48 F48 F48 NF  F48 F48 F48 F48 F48 F48 NF  F48 F48 NF
  auditor at city                    F48 F48 F48 NF  F48 F48 F48 F48 NF  F48 NF  F48 F48 NF
  auditor at county                  F48 F48 NF  NF  F48 F48 F48 F48 NF  F48 NF  F48 NF  NF
  testing_institution institution:7  F48 NF  NF  NF  F48 F48 F48 F48 NF  NF  NF  F48 NF  F48
  enterprise_user enterprise:1       F48 F48 NF  NF  F48 F48 F48 F48 NF  NF  NF  F48 NF  NF
  plugin_administrator platform      F48 NF  NF  NF  F48 F48 F48 F48 NF  NF  NF  NF  NF  NF
RecordFollowUp
  nation head                        F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  nation leader_in_charge            F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  nation staff                       F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  review_department at province      F48 F48 F48 NF  F48 F48 F48 F48 F48 F48 NF  F48 F48 NF
  review_department at city          F48 F48 F48 NF  F48 F48 F48 F48 NF  F48 NF  F48 F48 NF
  review_department at county        F48 F48 NF  NF  F48 F48 F48 F48 NF  F48 NF  F48 NF  NF
  auditor at nation                  F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  auditor at province                F48 F48 F48 NF  F48 F48 F48 F48 F48 F48 NF  F48 F48 NF
  auditor at city                    F48 F48 F48 NF  F48 F48 F48 F48 NF  F48 NF  F48 F48 NF
  auditor at county                  F48 F48 NF  NF  F48 F48 F48 F48 NF  F48 NF  F48 NF  NF
  testing_institution institution:7  F48 NF  NF  NF  F48 F48 F48 F48 NF  NF  NF  F48 NF  F48
  enterprise_user enterprise:1       F48 F48 NF  NF  F48 F48 F48 F48 NF  NF  NF  F48 NF  NF
  plugin_administrator platform      F48 NF  NF  NF  F48 F48 F48 F48 NF  NF  NF  NF  NF  NF
FilePatrolRecord
  nation head                        F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  nation leader_in_charge            F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  nation staff                       F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  review_department at province      F48 F48 F48 NF  F48 F48 F48 F48 F48 F48 NF  F48 F48 NF
  review_department at city          F48 F48 F48 NF  F48 F48 F48 F48 NF  F48 NF  F48 F48 NF
  review_department at county        F48 F48 NF  NF  F48 F48 F48 F48 NF  F48 NF  F48 NF  NF
  auditor at nation                  F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48 F48
  auditor at province                F48 F48 F48 NF  F48 F48 F48 F48 F48 F48 NF  F48 F48 NF
  auditor at city                    F48 F48 F48 NF  F48 F48 F48 F48 NF  F48 NF  F48 F48 NF
  auditor at county                  F48 F48 NF  NF  F48 F48 F48 F48 NF  F48 NF  F48 NF  NF
  testing_institution institution:7  F48 NF  NF  NF  F48 F48 F48 F48 NF  NF  NF  F48 NF  F48
  enterprise_user enterprise:1       F48 F48 NF  NF  F48 F48 F48 F48 NF  NF  NF  F48 NF  NF
  plugin_administrator platform      F48 NF  NF  NF  F48 F48 F48 F48 NF  NF  NF  NF  NF  NF
AcknowledgePatrolRecord
  nation head                        F49 F49 F49 F49 F49 F49 F49 F49 F49 F49 F49 F49 F49 F49
  nation leader_in_charge            F49 F49 F49 F49 F49 F49 F49 F49 F49 F49 F49 F49 F49 F49
  nation staff                       F49 F49 F49 F49 F49 F49 F49 F49 F49 F49 F49 F49 F49 F49
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          F49 F49 F49 NF  F49 F49 F49 F49 NF  F49 NF  F49 F49 NF
  city leader_in_charge              F49 F49 F49 NF  F49 F49 F49 F49 NF  F49 NF  F49 F49 NF
  city staff                         F49 F49 F49 NF  F49 F49 F49 F49 NF  F49 NF  F49 F49 NF
  county head                        F49 F49 NF  NF  F49 F49 F49 F49 NF  F49 NF  F49 NF  NF
  county leader_in_charge            F49 F49 NF  NF  F49 F49 F49 F49 NF  F49 NF  F49 NF  NF
  county staff                       F49 F49 NF  NF  F49 F49 F49 F49 NF  F49 NF  F49 NF  NF
  review_department at nation        F49 F49 F49 F49 F49 F49 F49 F49 F49 F49 F49 F49 F49 F49
  review_department at province      F49 F49 F49 NF  F49 F49 F49 F49 F49 F49 NF  F49 F49 NF
  review_department at city          F49 F49 F49 NF  F49 F49 F49 F49 NF  F49 NF  F49 F49 NF
  review_department at county        F49 F49 NF  NF  F49 F49 F49 F49 NF  F49 NF  F49 NF  NF
  auditor at nation                  F49 F49 F49 F49 F49 F49 F49 F49 F49 F49 F49 F49 F49 F49
  auditor at province                F49 F49 F49 NF  F49 F49 F49 F49 F49 F49 NF  F49 F49 NF
  auditor at city                    F49 F49 F49 NF  F49 F49 F49 F49 NF  F49 NF  F49 F49 NF
  auditor at county                  F49 F49 NF  NF  F49 F49 F49 F49 NF  F49 NF  F49 NF  NF
  testing_institution institution:7  F49 NF  NF  NF  F49 F49 F49 F49 NF  NF  NF  F49 NF  F49
  enterprise_user enterprise:1       F49 F49 NF  NF  F49 F49 F49 F49 NF  NF  NF  F49 NF  NF
  plugin_administrator platform      F49 NF  NF  NF  F49 F49 F49 F49 NF  NF  NF  NF  NF  NF
SubscribePatrolNotices
  nation head                        F50 F50 F50 F50 F50 F50 F50 F50 F50 F50 F50 F50 F50 F50
  nation leader_in_charge            F50 F50 F50 F50 F50 F50 F50 F50 F50 F50 F50 F50 F50 F50
  nation staff                       F50 F50 F50 F50 F50 F50 F50 F50 F50 F50 F50 F50 F50 F50
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          F50 F50 F50 NF  F50 F50 F50 F50 NF  F50 NF  F50 F50 NF
  city leader_in_charge              F50 F50 F50 NF  F50 F50 F50 F50 NF  F50 NF  F50 F50 NF
  city staff                         F50 F50 F50 NF  F50 F50 F50 F50 NF  F50 NF  F50 F50 NF
  county head                        F50 F50 NF  NF  F50 F50 F50 F50 NF  F50 NF  F50 NF  NF
  county leader_in_charge            F50 F50 NF  NF  F50 F50 F50 F50 NF  F50 NF  F50 NF  NF
  county staff                       F50 F50 NF  NF  F50 F50 F50 F50 NF  F50 NF  F50 NF  NF
  review_department at nation        F50 F50 F50 F50 F50 F50 F50 F50 F50 F50 F50 F50 F50 F50
  review_department at province      F50 F50 F50 NF  F50 F50 F50 F50 F50 F50 NF  F50 F50 NF
  review_department at city          F50 F50 F50 NF  F50 F50 F50 F50 NF  F50 NF  F50 F50 NF
  review_department at county        F50 F50 NF  NF  F50 F50 F50 F50 NF  F50 NF  F50 NF  NF
  auditor at nation                  F50 F50 F50 F50 F50 F50 F50 F50 F50 F50 F50 F50 F50 F50
  auditor at province                F50 F50 F50 NF  F50 F50 F50 F50 F50 F50 NF  F50 F50 NF
  auditor at city                    F50 F50 F50 NF  F50 F50 F50 F50 NF  F50 NF  F50 F50 NF
  auditor at county                  F50 F50 NF  NF  F50 F50 F50 F50 NF  F50 NF  F50 NF  NF
  testing_institution institution:7  F50 NF  NF  NF  F50 F50 F50 F50 NF  NF  NF  F50 NF  F50
  enterprise_user enterprise:1       ok  ok  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  NF
  plugin_administrator platform      F50 NF  NF  NF  F50 F50 F50 F50 NF  NF  NF  NF  NF  NF
CreatePatrolPlan
  nation head                        F51 F51 F51 F51 F51 F51 F51 F51 F51 F51 F51 F51 F51 F51
  nation leader_in_charge            F51 F51 F51 F51 F51 F51 F51 F51 F51 F51 F51 F51 F51 F51
  nation staff                       F51 F51 F51 F51 F51 F51 F51 F51 F51 F51 F51 F51 F51 F51
  province head                      F51 F51 F51 NF  ok  ok  ok  OJ  F51 F51 NF  F51 F51 NF
  province leader_in_charge          F51 F51 F51 NF  ok  ok  ok  OJ  F51 F51 NF  F51 F51 NF
  province staff                     F51 F51 F51 NF  ok  ok  ok  OJ  F51 F51 NF  F51 F51 NF
  city head                          F51 F51 F51 NF  F51 F51 F51 F51 NF  F51 NF  F51 F51 NF
  city leader_in_charge              F51 F51 F51 NF  F51 F51 F51 F51 NF  F51 NF  F51 F51 NF
  city staff                         F51 F51 F51 NF  F51 F51 F51 F51 NF  F51 NF  F51 F51 NF
  county head                        F51 F51 NF  NF  F51 F51 F51 F51 NF  F51 NF  F51 NF  NF
  county leader_in_charge            F51 F51 NF  NF  F51 F51 F51 F51 NF  F51 NF  F51 NF  NF
  county staff                       F51 F51 NF  NF  F51 F51 F51 F51 NF  F51 NF  F51 NF  NF
  review_department at nation        F51 F51 F51 F51 F51 F51 F51 F51 F51 F51 F51 F51 F51 F51
  review_department at province      F51 F51 F51 NF  F51 F51 F51 F51 F51 F51 NF  F51 F51 NF
  review_department at city          F51 F51 F51 NF  F51 F51 F51 F51 NF  F51 NF  F51 F51 NF
  review_department at county        F51 F51 NF  NF  F51 F51 F51 F51 NF  F51 NF  F51 NF  NF
  auditor at nation                  F51 F51 F51 F51 F51 F51 F51 F51 F51 F51 F51 F51 F51 F51
  auditor at province                F51 F51 F51 NF  F51 F51 F51 F51 F51 F51 NF  F51 F51 NF
  auditor at city                    F51 F51 F51 NF  F51 F51 F51 F51 NF  F51 NF  F51 F51 NF
  auditor at county                  F51 F51 NF  NF  F51 F51 F51 F51 NF  F51 NF  F51 NF  NF
  testing_institution institution:7  F51 NF  NF  NF  F51 F51 F51 F51 NF  NF  NF  F51 NF  F51
  enterprise_user enterprise:1       F51 F51 NF  NF  F51 F51 F51 F51 NF  NF  NF  F51 NF  NF
  plugin_administrator platform      F51 NF  NF  NF  F51 F51 F51 F51 NF  NF  NF  NF  NF  NF
RecordOfficerRecusal
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       F22 F22 F22 F22 F22 F22 F22 F22 F22 F22 F22 F22 F22 F22
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     F22 F22 F22 NF  F22 F22 F22 F22 F22 F22 NF  F22 F22 NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         F22 F22 F22 NF  F22 F22 F22 F22 NF  F22 NF  F22 F22 NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       F22 F22 NF  NF  F22 F22 F22 F22 NF  F22 NF  F22 NF  NF
  review_department at nation        F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21
  review_department at province      F21 F21 F21 NF  F21 F21 F21 F21 F21 F21 NF  F21 F21 NF
  review_department at city          F21 F21 F21 NF  F21 F21 F21 F21 NF  F21 NF  F21 F21 NF
  review_department at county        F21 F21 NF  NF  F21 F21 F21 F21 NF  F21 NF  F21 NF  NF
  auditor at nation                  F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21 F21
  auditor at province                F21 F21 F21 NF  F21 F21 F21 F21 F21 F21 NF  F21 F21 NF
  auditor at city                    F21 F21 F21 NF  F21 F21 F21 F21 NF  F21 NF  F21 F21 NF
  auditor at county                  F21 F21 NF  NF  F21 F21 F21 F21 NF  F21 NF  F21 NF  NF
  testing_institution institution:7  F21 NF  NF  NF  F21 F21 F21 F21 NF  NF  NF  F21 NF  F21
  enterprise_user enterprise:1       F21 F21 NF  NF  F21 F21 F21 F21 NF  NF  NF  F21 NF  NF
  plugin_administrator platform      F21 NF  NF  NF  F21 F21 F21 F21 NF  NF  NF  NF  NF  NF
ReadRiskClass
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  review_department at province      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  review_department at city          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  review_department at county        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  auditor at county                  ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  testing_institution institution:7  F0  NF  NF  NF  F0  F0  F0  F0  NF  NF  NF  F0  NF  F0
  enterprise_user enterprise:1       ok  ok  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  NF
  plugin_administrator platform      F0  NF  NF  NF  F0  F0  F0  F0  NF  NF  NF  NF  NF  NF
RecomputeRiskClasses
  nation head                        F52 F52 F52 F52 F52 F52 F52 F52 F52 F52 F52 F52 F52 F52
  nation leader_in_charge            F52 F52 F52 F52 F52 F52 F52 F52 F52 F52 F52 F52 F52 F52
  nation staff                       F52 F52 F52 F52 F52 F52 F52 F52 F52 F52 F52 F52 F52 F52
  province head                      F52 F52 F52 NF  F52 F52 F52 F52 F52 F52 NF  F52 F52 NF
  province leader_in_charge          F52 F52 F52 NF  F52 F52 F52 F52 F52 F52 NF  F52 F52 NF
  province staff                     F52 F52 F52 NF  F52 F52 F52 F52 F52 F52 NF  F52 F52 NF
  city head                          F52 F52 F52 NF  F52 F52 F52 F52 NF  F52 NF  F52 F52 NF
  city leader_in_charge              F52 F52 F52 NF  F52 F52 F52 F52 NF  F52 NF  F52 F52 NF
  city staff                         F52 F52 F52 NF  F52 F52 F52 F52 NF  F52 NF  F52 F52 NF
  county head                        F52 F52 NF  NF  F52 F52 F52 F52 NF  F52 NF  F52 NF  NF
  county leader_in_charge            F52 F52 NF  NF  F52 F52 F52 F52 NF  F52 NF  F52 NF  NF
  county staff                       F52 F52 NF  NF  F52 F52 F52 F52 NF  F52 NF  F52 NF  NF
  review_department at nation        F52 F52 F52 F52 F52 F52 F52 F52 F52 F52 F52 F52 F52 F52
  review_department at province      F52 F52 F52 NF  F52 F52 F52 F52 F52 F52 NF  F52 F52 NF
  review_department at city          F52 F52 F52 NF  F52 F52 F52 F52 NF  F52 NF  F52 F52 NF
  review_department at county        F52 F52 NF  NF  F52 F52 F52 F52 NF  F52 NF  F52 NF  NF
  auditor at nation                  F52 F52 F52 F52 F52 F52 F52 F52 F52 F52 F52 F52 F52 F52
  auditor at province                F52 F52 F52 NF  F52 F52 F52 F52 F52 F52 NF  F52 F52 NF
  auditor at city                    F52 F52 F52 NF  F52 F52 F52 F52 NF  F52 NF  F52 F52 NF
  auditor at county                  F52 F52 NF  NF  F52 F52 F52 F52 NF  F52 NF  F52 NF  NF
  testing_institution institution:7  F52 NF  NF  NF  F52 F52 F52 F52 NF  NF  NF  F52 NF  F52
  enterprise_user enterprise:1       F52 F52 NF  NF  F52 F52 F52 F52 NF  NF  NF  F52 NF  NF
  plugin_administrator platform      ok  NF  NF  NF  ok  ok  ok  ok  NF  NF  NF  NF  NF  NF
PreviewFrequencies
  nation head                        F13 F13 F13 F13 ok  ok  ok  ok  F13 F13 F13 F13 F13 F13
  nation leader_in_charge            F13 F13 F13 F13 ok  ok  ok  ok  F13 F13 F13 F13 F13 F13
  nation staff                       F13 F13 F13 F13 ok  ok  ok  ok  F13 F13 F13 F13 F13 F13
  province head                      F13 F13 F13 NF  ok  ok  ok  OJ  F13 F13 NF  F13 F13 NF
  province leader_in_charge          F13 F13 F13 NF  ok  ok  ok  OJ  F13 F13 NF  F13 F13 NF
  province staff                     F13 F13 F13 NF  ok  ok  ok  OJ  F13 F13 NF  F13 F13 NF
  city head                          F13 F13 F13 NF  ok  ok  OJ  OJ  NF  F13 NF  F13 F13 NF
  city leader_in_charge              F13 F13 F13 NF  ok  ok  OJ  OJ  NF  F13 NF  F13 F13 NF
  city staff                         F13 F13 F13 NF  ok  ok  OJ  OJ  NF  F13 NF  F13 F13 NF
  county head                        F13 F13 NF  NF  ok  OJ  OJ  OJ  NF  F13 NF  F13 NF  NF
  county leader_in_charge            F13 F13 NF  NF  ok  OJ  OJ  OJ  NF  F13 NF  F13 NF  NF
  county staff                       F13 F13 NF  NF  ok  OJ  OJ  OJ  NF  F13 NF  F13 NF  NF
  review_department at nation        F13 F13 F13 F13 F13 F13 F13 F13 F13 F13 F13 F13 F13 F13
  review_department at province      F13 F13 F13 NF  F13 F13 F13 F13 F13 F13 NF  F13 F13 NF
  review_department at city          F13 F13 F13 NF  F13 F13 F13 F13 NF  F13 NF  F13 F13 NF
  review_department at county        F13 F13 NF  NF  F13 F13 F13 F13 NF  F13 NF  F13 NF  NF
  auditor at nation                  F13 F13 F13 F13 F13 F13 F13 F13 F13 F13 F13 F13 F13 F13
  auditor at province                F13 F13 F13 NF  F13 F13 F13 F13 F13 F13 NF  F13 F13 NF
  auditor at city                    F13 F13 F13 NF  F13 F13 F13 F13 NF  F13 NF  F13 F13 NF
  auditor at county                  F13 F13 NF  NF  F13 F13 F13 F13 NF  F13 NF  F13 NF  NF
  testing_institution institution:7  F13 NF  NF  NF  F13 F13 F13 F13 NF  NF  NF  F13 NF  F13
  enterprise_user enterprise:1       F13 F13 NF  NF  F13 F13 F13 F13 NF  NF  NF  F13 NF  NF
  plugin_administrator platform      F13 NF  NF  NF  F13 F13 F13 F13 NF  NF  NF  NF  NF  NF
SendLinkageNotice
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          F53 F53 F53 NF  F53 F53 F53 F53 NF  F53 NF  F53 F53 NF
  city leader_in_charge              F53 F53 F53 NF  F53 F53 F53 F53 NF  F53 NF  F53 F53 NF
  city staff                         F53 F53 F53 NF  F53 F53 F53 F53 NF  F53 NF  F53 F53 NF
  county head                        F53 F53 NF  NF  F53 F53 F53 F53 NF  F53 NF  F53 NF  NF
  county leader_in_charge            F53 F53 NF  NF  F53 F53 F53 F53 NF  F53 NF  F53 NF  NF
  county staff                       F53 F53 NF  NF  F53 F53 F53 F53 NF  F53 NF  F53 NF  NF
  review_department at nation        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  review_department at province      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  review_department at city          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  review_department at county        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  auditor at nation                  F53 F53 F53 F53 F53 F53 F53 F53 F53 F53 F53 F53 F53 F53
  auditor at province                F53 F53 F53 NF  F53 F53 F53 F53 F53 F53 NF  F53 F53 NF
  auditor at city                    F53 F53 F53 NF  F53 F53 F53 F53 NF  F53 NF  F53 F53 NF
  auditor at county                  F53 F53 NF  NF  F53 F53 F53 F53 NF  F53 NF  F53 NF  NF
  testing_institution institution:7  F53 NF  NF  NF  F53 F53 F53 F53 NF  NF  NF  F53 NF  F53
  enterprise_user enterprise:1       F53 F53 NF  NF  F53 F53 F53 F53 NF  NF  NF  F53 NF  NF
  plugin_administrator platform      F53 NF  NF  NF  F53 F53 F53 F53 NF  NF  NF  NF  NF  NF
AcknowledgeLinkageNotice
  nation head                        F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  nation leader_in_charge            F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  nation staff                       F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  province head                      F54 F54 F54 NF  F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  province leader_in_charge          F54 F54 F54 NF  F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  province staff                     F54 F54 F54 NF  F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  city head                          F54 F54 F54 NF  F54 F54 F54 F54 NF  F54 NF  F54 F54 NF
  city leader_in_charge              F54 F54 F54 NF  F54 F54 F54 F54 NF  F54 NF  F54 F54 NF
  city staff                         F54 F54 F54 NF  F54 F54 F54 F54 NF  F54 NF  F54 F54 NF
  county head                        F54 F54 NF  NF  F54 F54 F54 F54 NF  F54 NF  F54 NF  NF
  county leader_in_charge            F54 F54 NF  NF  F54 F54 F54 F54 NF  F54 NF  F54 NF  NF
  county staff                       F54 F54 NF  NF  F54 F54 F54 F54 NF  F54 NF  F54 NF  NF
  review_department at nation        F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  review_department at province      F54 F54 F54 NF  F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  review_department at city          F54 F54 F54 NF  F54 F54 F54 F54 NF  F54 NF  F54 F54 NF
  review_department at county        F54 F54 NF  NF  F54 F54 F54 F54 NF  F54 NF  F54 NF  NF
  auditor at nation                  F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  auditor at province                F54 F54 F54 NF  F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  auditor at city                    F54 F54 F54 NF  F54 F54 F54 F54 NF  F54 NF  F54 F54 NF
  auditor at county                  F54 F54 NF  NF  F54 F54 F54 F54 NF  F54 NF  F54 NF  NF
  testing_institution institution:7  F54 NF  NF  NF  F54 F54 F54 F54 NF  NF  NF  F54 NF  F54
  enterprise_user enterprise:1       F54 F54 NF  NF  F54 F54 F54 F54 NF  NF  NF  F54 NF  NF
  plugin_administrator platform      F54 NF  NF  NF  F54 F54 F54 F54 NF  NF  NF  NF  NF  NF
PassOnLinkageNotice
  nation head                        F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  nation leader_in_charge            F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  nation staff                       F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  province head                      F54 F54 F54 NF  F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  province leader_in_charge          F54 F54 F54 NF  F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  province staff                     F54 F54 F54 NF  F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  city head                          F54 F54 F54 NF  F54 F54 F54 F54 NF  F54 NF  F54 F54 NF
  city leader_in_charge              F54 F54 F54 NF  F54 F54 F54 F54 NF  F54 NF  F54 F54 NF
  city staff                         F54 F54 F54 NF  F54 F54 F54 F54 NF  F54 NF  F54 F54 NF
  county head                        F54 F54 NF  NF  F54 F54 F54 F54 NF  F54 NF  F54 NF  NF
  county leader_in_charge            F54 F54 NF  NF  F54 F54 F54 F54 NF  F54 NF  F54 NF  NF
  county staff                       F54 F54 NF  NF  F54 F54 F54 F54 NF  F54 NF  F54 NF  NF
  review_department at nation        F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  review_department at province      F54 F54 F54 NF  F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  review_department at city          F54 F54 F54 NF  F54 F54 F54 F54 NF  F54 NF  F54 F54 NF
  review_department at county        F54 F54 NF  NF  F54 F54 F54 F54 NF  F54 NF  F54 NF  NF
  auditor at nation                  F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  auditor at province                F54 F54 F54 NF  F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  auditor at city                    F54 F54 F54 NF  F54 F54 F54 F54 NF  F54 NF  F54 F54 NF
  auditor at county                  F54 F54 NF  NF  F54 F54 F54 F54 NF  F54 NF  F54 NF  NF
  testing_institution institution:7  F54 NF  NF  NF  F54 F54 F54 F54 NF  NF  NF  F54 NF  F54
  enterprise_user enterprise:1       F54 F54 NF  NF  F54 F54 F54 F54 NF  NF  NF  F54 NF  NF
  plugin_administrator platform      F54 NF  NF  NF  F54 F54 F54 F54 NF  NF  NF  NF  NF  NF
CloseLinkageNotice
  nation head                        F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  nation leader_in_charge            F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  nation staff                       F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  province head                      F54 F54 F54 NF  F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  province leader_in_charge          F54 F54 F54 NF  F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  province staff                     F54 F54 F54 NF  F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  city head                          F54 F54 F54 NF  F54 F54 F54 F54 NF  F54 NF  F54 F54 NF
  city leader_in_charge              F54 F54 F54 NF  F54 F54 F54 F54 NF  F54 NF  F54 F54 NF
  city staff                         F54 F54 F54 NF  F54 F54 F54 F54 NF  F54 NF  F54 F54 NF
  county head                        F54 F54 NF  NF  F54 F54 F54 F54 NF  F54 NF  F54 NF  NF
  county leader_in_charge            F54 F54 NF  NF  F54 F54 F54 F54 NF  F54 NF  F54 NF  NF
  county staff                       F54 F54 NF  NF  F54 F54 F54 F54 NF  F54 NF  F54 NF  NF
  review_department at nation        F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  review_department at province      F54 F54 F54 NF  F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  review_department at city          F54 F54 F54 NF  F54 F54 F54 F54 NF  F54 NF  F54 F54 NF
  review_department at county        F54 F54 NF  NF  F54 F54 F54 F54 NF  F54 NF  F54 NF  NF
  auditor at nation                  F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54 F54
  auditor at province                F54 F54 F54 NF  F54 F54 F54 F54 F54 F54 NF  F54 F54 NF
  auditor at city                    F54 F54 F54 NF  F54 F54 F54 F54 NF  F54 NF  F54 F54 NF
  auditor at county                  F54 F54 NF  NF  F54 F54 F54 F54 NF  F54 NF  F54 NF  NF
  testing_institution institution:7  F54 NF  NF  NF  F54 F54 F54 F54 NF  NF  NF  F54 NF  F54
  enterprise_user enterprise:1       F54 F54 NF  NF  F54 F54 F54 F54 NF  NF  NF  F54 NF  NF
  plugin_administrator platform      F54 NF  NF  NF  F54 F54 F54 F54 NF  NF  NF  NF  NF  NF
ReadLinkageNotices
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  review_department at province      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  review_department at city          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  review_department at county        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  auditor at county                  ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  testing_institution institution:7  F55 NF  NF  NF  F55 F55 F55 F55 NF  NF  NF  F55 NF  F55
  enterprise_user enterprise:1       F55 F55 NF  NF  F55 F55 F55 F55 NF  NF  NF  F55 NF  NF
  plugin_administrator platform      F55 NF  NF  NF  F55 F55 F55 F55 NF  NF  NF  NF  NF  NF
SubscribeLinkageNotices
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  review_department at province      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  review_department at city          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  review_department at county        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  auditor at nation                  F56 F56 F56 F56 F56 F56 F56 F56 F56 F56 F56 F56 F56 F56
  auditor at province                F56 F56 F56 NF  F56 F56 F56 F56 F56 F56 NF  F56 F56 NF
  auditor at city                    F56 F56 F56 NF  F56 F56 F56 F56 NF  F56 NF  F56 F56 NF
  auditor at county                  F56 F56 NF  NF  F56 F56 F56 F56 NF  F56 NF  F56 NF  NF
  testing_institution institution:7  F56 NF  NF  NF  F56 F56 F56 F56 NF  NF  NF  F56 NF  F56
  enterprise_user enterprise:1       F56 F56 NF  NF  F56 F56 F56 F56 NF  NF  NF  F56 NF  NF
  plugin_administrator platform      F56 NF  NF  NF  F56 F56 F56 F56 NF  NF  NF  NF  NF  NF
CommitDraw
  nation head                        F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57
  nation leader_in_charge            F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57
  nation staff                       F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57
  province head                      F57 F57 F57 NF  ok  ok  ok  OJ  F57 F57 NF  F57 F57 NF
  province leader_in_charge          F57 F57 F57 NF  ok  ok  ok  OJ  F57 F57 NF  F57 F57 NF
  province staff                     F57 F57 F57 NF  ok  ok  ok  OJ  F57 F57 NF  F57 F57 NF
  city head                          F57 F57 F57 NF  ok  ok  OJ  OJ  NF  F57 NF  F57 F57 NF
  city leader_in_charge              F57 F57 F57 NF  ok  ok  OJ  OJ  NF  F57 NF  F57 F57 NF
  city staff                         F57 F57 F57 NF  ok  ok  OJ  OJ  NF  F57 NF  F57 F57 NF
  county head                        F57 F57 NF  NF  ok  OJ  OJ  OJ  NF  F57 NF  F57 NF  NF
  county leader_in_charge            F57 F57 NF  NF  ok  OJ  OJ  OJ  NF  F57 NF  F57 NF  NF
  county staff                       F57 F57 NF  NF  ok  OJ  OJ  OJ  NF  F57 NF  F57 NF  NF
  review_department at nation        F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57
  review_department at province      F57 F57 F57 NF  F57 F57 F57 F57 F57 F57 NF  F57 F57 NF
  review_department at city          F57 F57 F57 NF  F57 F57 F57 F57 NF  F57 NF  F57 F57 NF
  review_department at county        F57 F57 NF  NF  F57 F57 F57 F57 NF  F57 NF  F57 NF  NF
  auditor at nation                  F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57
  auditor at province                F57 F57 F57 NF  F57 F57 F57 F57 F57 F57 NF  F57 F57 NF
  auditor at city                    F57 F57 F57 NF  F57 F57 F57 F57 NF  F57 NF  F57 F57 NF
  auditor at county                  F57 F57 NF  NF  F57 F57 F57 F57 NF  F57 NF  F57 NF  NF
  testing_institution institution:7  F57 NF  NF  NF  F57 F57 F57 F57 NF  NF  NF  F57 NF  F57
  enterprise_user enterprise:1       F57 F57 NF  NF  F57 F57 F57 F57 NF  NF  NF  F57 NF  NF
  plugin_administrator platform      F57 NF  NF  NF  F57 F57 F57 F57 NF  NF  NF  NF  NF  NF
RunDraw
  nation head                        F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57
  nation leader_in_charge            F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57
  nation staff                       F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57
  province head                      F57 F57 F57 NF  ok  ok  ok  OJ  F57 F57 NF  F57 F57 NF
  province leader_in_charge          F57 F57 F57 NF  ok  ok  ok  OJ  F57 F57 NF  F57 F57 NF
  province staff                     F57 F57 F57 NF  ok  ok  ok  OJ  F57 F57 NF  F57 F57 NF
  city head                          F57 F57 F57 NF  ok  ok  OJ  OJ  NF  F57 NF  F57 F57 NF
  city leader_in_charge              F57 F57 F57 NF  ok  ok  OJ  OJ  NF  F57 NF  F57 F57 NF
  city staff                         F57 F57 F57 NF  ok  ok  OJ  OJ  NF  F57 NF  F57 F57 NF
  county head                        F57 F57 NF  NF  ok  OJ  OJ  OJ  NF  F57 NF  F57 NF  NF
  county leader_in_charge            F57 F57 NF  NF  ok  OJ  OJ  OJ  NF  F57 NF  F57 NF  NF
  county staff                       F57 F57 NF  NF  ok  OJ  OJ  OJ  NF  F57 NF  F57 NF  NF
  review_department at nation        F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57
  review_department at province      F57 F57 F57 NF  F57 F57 F57 F57 F57 F57 NF  F57 F57 NF
  review_department at city          F57 F57 F57 NF  F57 F57 F57 F57 NF  F57 NF  F57 F57 NF
  review_department at county        F57 F57 NF  NF  F57 F57 F57 F57 NF  F57 NF  F57 NF  NF
  auditor at nation                  F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57 F57
  auditor at province                F57 F57 F57 NF  F57 F57 F57 F57 F57 F57 NF  F57 F57 NF
  auditor at city                    F57 F57 F57 NF  F57 F57 F57 F57 NF  F57 NF  F57 F57 NF
  auditor at county                  F57 F57 NF  NF  F57 F57 F57 F57 NF  F57 NF  F57 NF  NF
  testing_institution institution:7  F57 NF  NF  NF  F57 F57 F57 F57 NF  NF  NF  F57 NF  F57
  enterprise_user enterprise:1       F57 F57 NF  NF  F57 F57 F57 F57 NF  NF  NF  F57 NF  NF
  plugin_administrator platform      F57 NF  NF  NF  F57 F57 F57 F57 NF  NF  NF  NF  NF  NF
ImportSpotCheckResults
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          F58 F58 F58 NF  F58 F58 F58 F58 NF  F58 NF  F58 F58 NF
  city leader_in_charge              F58 F58 F58 NF  F58 F58 F58 F58 NF  F58 NF  F58 F58 NF
  city staff                         F58 F58 F58 NF  F58 F58 F58 F58 NF  F58 NF  F58 F58 NF
  county head                        F58 F58 NF  NF  F58 F58 F58 F58 NF  F58 NF  F58 NF  NF
  county leader_in_charge            F58 F58 NF  NF  F58 F58 F58 F58 NF  F58 NF  F58 NF  NF
  county staff                       F58 F58 NF  NF  F58 F58 F58 F58 NF  F58 NF  F58 NF  NF
  review_department at nation        F58 F58 F58 F58 F58 F58 F58 F58 F58 F58 F58 F58 F58 F58
  review_department at province      F58 F58 F58 NF  F58 F58 F58 F58 F58 F58 NF  F58 F58 NF
  review_department at city          F58 F58 F58 NF  F58 F58 F58 F58 NF  F58 NF  F58 F58 NF
  review_department at county        F58 F58 NF  NF  F58 F58 F58 F58 NF  F58 NF  F58 NF  NF
  auditor at nation                  F58 F58 F58 F58 F58 F58 F58 F58 F58 F58 F58 F58 F58 F58
  auditor at province                F58 F58 F58 NF  F58 F58 F58 F58 F58 F58 NF  F58 F58 NF
  auditor at city                    F58 F58 F58 NF  F58 F58 F58 F58 NF  F58 NF  F58 F58 NF
  auditor at county                  F58 F58 NF  NF  F58 F58 F58 F58 NF  F58 NF  F58 NF  NF
  testing_institution institution:7  F58 NF  NF  NF  F58 F58 F58 F58 NF  NF  NF  F58 NF  F58
  enterprise_user enterprise:1       F58 F58 NF  NF  F58 F58 F58 F58 NF  NF  NF  F58 NF  NF
  plugin_administrator platform      F58 NF  NF  NF  F58 F58 F58 F58 NF  NF  NF  NF  NF  NF
ReadSpotCheckImports
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  review_department at province      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  review_department at city          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  review_department at county        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  auditor at county                  ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  testing_institution institution:7  F59 NF  NF  NF  F59 F59 F59 F59 NF  NF  NF  F59 NF  F59
  enterprise_user enterprise:1       F59 F59 NF  NF  F59 F59 F59 F59 NF  NF  NF  F59 NF  NF
  plugin_administrator platform      F59 NF  NF  NF  F59 F59 F59 F59 NF  NF  NF  NF  NF  NF
SetProvincialRules
  nation head                        F61 F61 F61 F61 F61 F61 F61 F61 F61 F61 F61 F61 F61 F61
  nation leader_in_charge            F61 F61 F61 F61 F61 F61 F61 F61 F61 F61 F61 F61 F61 F61
  nation staff                       F61 F61 F61 F61 F61 F61 F61 F61 F61 F61 F61 F61 F61 F61
  province head                      F60 F60 F60 NF  ok  ok  ok  OJ  F60 F60 NF  F60 F60 NF
  province leader_in_charge          F60 F60 F60 NF  ok  ok  ok  OJ  F60 F60 NF  F60 F60 NF
  province staff                     F61 F61 F61 NF  F61 F61 F61 F61 F61 F61 NF  F61 F61 NF
  city head                          F61 F61 F61 NF  F61 F61 F61 F61 NF  F61 NF  F61 F61 NF
  city leader_in_charge              F61 F61 F61 NF  F61 F61 F61 F61 NF  F61 NF  F61 F61 NF
  city staff                         F61 F61 F61 NF  F61 F61 F61 F61 NF  F61 NF  F61 F61 NF
  county head                        F61 F61 NF  NF  F61 F61 F61 F61 NF  F61 NF  F61 NF  NF
  county leader_in_charge            F61 F61 NF  NF  F61 F61 F61 F61 NF  F61 NF  F61 NF  NF
  county staff                       F61 F61 NF  NF  F61 F61 F61 F61 NF  F61 NF  F61 NF  NF
  review_department at nation        F60 F60 F60 F60 F60 F60 F60 F60 F60 F60 F60 F60 F60 F60
  review_department at province      F60 F60 F60 NF  F60 F60 F60 F60 F60 F60 NF  F60 F60 NF
  review_department at city          F60 F60 F60 NF  F60 F60 F60 F60 NF  F60 NF  F60 F60 NF
  review_department at county        F60 F60 NF  NF  F60 F60 F60 F60 NF  F60 NF  F60 NF  NF
  auditor at nation                  F60 F60 F60 F60 F60 F60 F60 F60 F60 F60 F60 F60 F60 F60
  auditor at province                F60 F60 F60 NF  F60 F60 F60 F60 F60 F60 NF  F60 F60 NF
  auditor at city                    F60 F60 F60 NF  F60 F60 F60 F60 NF  F60 NF  F60 F60 NF
  auditor at county                  F60 F60 NF  NF  F60 F60 F60 F60 NF  F60 NF  F60 NF  NF
  testing_institution institution:7  F60 NF  NF  NF  F60 F60 F60 F60 NF  NF  NF  F60 NF  F60
  enterprise_user enterprise:1       F60 F60 NF  NF  F60 F60 F60 F60 NF  NF  NF  F60 NF  NF
  plugin_administrator platform      F60 NF  NF  NF  F60 F60 F60 F60 NF  NF  NF  NF  NF  NF
ReadProvincialRules
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  review_department at province      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  review_department at city          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  review_department at county        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  auditor at county                  ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  testing_institution institution:7  ok  NF  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  ok
  enterprise_user enterprise:1       ok  ok  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  NF
  plugin_administrator platform      ok  NF  NF  NF  ok  ok  ok  ok  NF  NF  NF  NF  NF  NF
OpenUnlicensedCase
  nation head                        F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65
  nation leader_in_charge            F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65
  nation staff                       F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65
  province head                      F65 F65 F65 NF  ok  ok  ok  OJ  F65 F65 NF  F65 F65 NF
  province leader_in_charge          F65 F65 F65 NF  ok  ok  ok  OJ  F65 F65 NF  F65 F65 NF
  province staff                     F65 F65 F65 NF  ok  ok  ok  OJ  F65 F65 NF  F65 F65 NF
  city head                          F65 F65 F65 NF  ok  ok  OJ  OJ  NF  F65 NF  F65 F65 NF
  city leader_in_charge              F65 F65 F65 NF  ok  ok  OJ  OJ  NF  F65 NF  F65 F65 NF
  city staff                         F65 F65 F65 NF  ok  ok  OJ  OJ  NF  F65 NF  F65 F65 NF
  county head                        F65 F65 NF  NF  ok  OJ  OJ  OJ  NF  F65 NF  F65 NF  NF
  county leader_in_charge            F65 F65 NF  NF  ok  OJ  OJ  OJ  NF  F65 NF  F65 NF  NF
  county staff                       F65 F65 NF  NF  ok  OJ  OJ  OJ  NF  F65 NF  F65 NF  NF
  review_department at nation        F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65
  review_department at province      F65 F65 F65 NF  F65 F65 F65 F65 F65 F65 NF  F65 F65 NF
  review_department at city          F65 F65 F65 NF  F65 F65 F65 F65 NF  F65 NF  F65 F65 NF
  review_department at county        F65 F65 NF  NF  F65 F65 F65 F65 NF  F65 NF  F65 NF  NF
  auditor at nation                  F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65
  auditor at province                F65 F65 F65 NF  F65 F65 F65 F65 F65 F65 NF  F65 F65 NF
  auditor at city                    F65 F65 F65 NF  F65 F65 F65 F65 NF  F65 NF  F65 F65 NF
  auditor at county                  F65 F65 NF  NF  F65 F65 F65 F65 NF  F65 NF  F65 NF  NF
  testing_institution institution:7  F65 NF  NF  NF  F65 F65 F65 F65 NF  NF  NF  F65 NF  F65
  enterprise_user enterprise:1       F65 F65 NF  NF  F65 F65 F65 F65 NF  NF  NF  F65 NF  NF
  plugin_administrator platform      F65 NF  NF  NF  F65 F65 F65 F65 NF  NF  NF  NF  NF  NF
ActOnUnlicensedCase
  nation head                        F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65
  nation leader_in_charge            F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65
  nation staff                       F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65
  province head                      F65 F65 F65 NF  ok  ok  ok  OJ  F65 F65 NF  F65 F65 NF
  province leader_in_charge          F65 F65 F65 NF  ok  ok  ok  OJ  F65 F65 NF  F65 F65 NF
  province staff                     F65 F65 F65 NF  ok  ok  ok  OJ  F65 F65 NF  F65 F65 NF
  city head                          F65 F65 F65 NF  ok  ok  OJ  OJ  NF  F65 NF  F65 F65 NF
  city leader_in_charge              F65 F65 F65 NF  ok  ok  OJ  OJ  NF  F65 NF  F65 F65 NF
  city staff                         F65 F65 F65 NF  ok  ok  OJ  OJ  NF  F65 NF  F65 F65 NF
  county head                        F65 F65 NF  NF  ok  OJ  OJ  OJ  NF  F65 NF  F65 NF  NF
  county leader_in_charge            F65 F65 NF  NF  ok  OJ  OJ  OJ  NF  F65 NF  F65 NF  NF
  county staff                       F65 F65 NF  NF  ok  OJ  OJ  OJ  NF  F65 NF  F65 NF  NF
  review_department at nation        F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65
  review_department at province      F65 F65 F65 NF  F65 F65 F65 F65 F65 F65 NF  F65 F65 NF
  review_department at city          F65 F65 F65 NF  F65 F65 F65 F65 NF  F65 NF  F65 F65 NF
  review_department at county        F65 F65 NF  NF  F65 F65 F65 F65 NF  F65 NF  F65 NF  NF
  auditor at nation                  F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65
  auditor at province                F65 F65 F65 NF  F65 F65 F65 F65 F65 F65 NF  F65 F65 NF
  auditor at city                    F65 F65 F65 NF  F65 F65 F65 F65 NF  F65 NF  F65 F65 NF
  auditor at county                  F65 F65 NF  NF  F65 F65 F65 F65 NF  F65 NF  F65 NF  NF
  testing_institution institution:7  F65 NF  NF  NF  F65 F65 F65 F65 NF  NF  NF  F65 NF  F65
  enterprise_user enterprise:1       F65 F65 NF  NF  F65 F65 F65 F65 NF  NF  NF  F65 NF  NF
  plugin_administrator platform      F65 NF  NF  NF  F65 F65 F65 F65 NF  NF  NF  NF  NF  NF
DecideUnlicensedCase
  nation head                        F66 F66 F66 F66 F66 F66 F66 F66 F66 F66 F66 F66 F66 F66
  nation leader_in_charge            F66 F66 F66 F66 F66 F66 F66 F66 F66 F66 F66 F66 F66 F66
  nation staff                       F66 F66 F66 F66 F66 F66 F66 F66 F66 F66 F66 F66 F66 F66
  province head                      F65 F65 F65 NF  ok  ok  ok  OJ  F65 F65 NF  F65 F65 NF
  province leader_in_charge          F65 F65 F65 NF  ok  ok  ok  OJ  F65 F65 NF  F65 F65 NF
  province staff                     F66 F66 F66 NF  F66 F66 F66 F66 F66 F66 NF  F66 F66 NF
  city head                          F65 F65 F65 NF  ok  ok  OJ  OJ  NF  F65 NF  F65 F65 NF
  city leader_in_charge              F65 F65 F65 NF  ok  ok  OJ  OJ  NF  F65 NF  F65 F65 NF
  city staff                         F66 F66 F66 NF  F66 F66 F66 F66 NF  F66 NF  F66 F66 NF
  county head                        F65 F65 NF  NF  ok  OJ  OJ  OJ  NF  F65 NF  F65 NF  NF
  county leader_in_charge            F65 F65 NF  NF  ok  OJ  OJ  OJ  NF  F65 NF  F65 NF  NF
  county staff                       F66 F66 NF  NF  F66 F66 F66 F66 NF  F66 NF  F66 NF  NF
  review_department at nation        F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65
  review_department at province      F65 F65 F65 NF  F65 F65 F65 F65 F65 F65 NF  F65 F65 NF
  review_department at city          F65 F65 F65 NF  F65 F65 F65 F65 NF  F65 NF  F65 F65 NF
  review_department at county        F65 F65 NF  NF  F65 F65 F65 F65 NF  F65 NF  F65 NF  NF
  auditor at nation                  F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65 F65
  auditor at province                F65 F65 F65 NF  F65 F65 F65 F65 F65 F65 NF  F65 F65 NF
  auditor at city                    F65 F65 F65 NF  F65 F65 F65 F65 NF  F65 NF  F65 F65 NF
  auditor at county                  F65 F65 NF  NF  F65 F65 F65 F65 NF  F65 NF  F65 NF  NF
  testing_institution institution:7  F65 NF  NF  NF  F65 F65 F65 F65 NF  NF  NF  F65 NF  F65
  enterprise_user enterprise:1       F65 F65 NF  NF  F65 F65 F65 F65 NF  NF  NF  F65 NF  NF
  plugin_administrator platform      F65 NF  NF  NF  F65 F65 F65 F65 NF  NF  NF  NF  NF  NF
ReadUnlicensedCases
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F67 F67 F67 F67 F67 F67 F67 F67 F67 F67 F67 F67 F67 F67
  review_department at province      F67 F67 F67 NF  F67 F67 F67 F67 F67 F67 NF  F67 F67 NF
  review_department at city          F67 F67 F67 NF  F67 F67 F67 F67 NF  F67 NF  F67 F67 NF
  review_department at county        F67 F67 NF  NF  F67 F67 F67 F67 NF  F67 NF  F67 NF  NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  auditor at county                  ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  testing_institution institution:7  F67 NF  NF  NF  F67 F67 F67 F67 NF  NF  NF  F67 NF  F67
  enterprise_user enterprise:1       F67 F67 NF  NF  F67 F67 F67 F67 NF  NF  NF  F67 NF  NF
  plugin_administrator platform      F67 NF  NF  NF  F67 F67 F67 F67 NF  NF  NF  NF  NF  NF
OpenCounterfeitCase
  nation head                        F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  nation leader_in_charge            F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  nation staff                       F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  review_department at province      F68 F68 F68 NF  F68 F68 F68 F68 F68 F68 NF  F68 F68 NF
  review_department at city          F68 F68 F68 NF  F68 F68 F68 F68 NF  F68 NF  F68 F68 NF
  review_department at county        F68 F68 NF  NF  F68 F68 F68 F68 NF  F68 NF  F68 NF  NF
  auditor at nation                  F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  auditor at province                F68 F68 F68 NF  F68 F68 F68 F68 F68 F68 NF  F68 F68 NF
  auditor at city                    F68 F68 F68 NF  F68 F68 F68 F68 NF  F68 NF  F68 F68 NF
  auditor at county                  F68 F68 NF  NF  F68 F68 F68 F68 NF  F68 NF  F68 NF  NF
  testing_institution institution:7  F68 NF  NF  NF  F68 F68 F68 F68 NF  NF  NF  F68 NF  F68
  enterprise_user enterprise:1       F68 F68 NF  NF  F68 F68 F68 F68 NF  NF  NF  F68 NF  NF
  plugin_administrator platform      F68 NF  NF  NF  F68 F68 F68 F68 NF  NF  NF  NF  NF  NF
OrderCounterfeitStop
  nation head                        F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  nation leader_in_charge            F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  nation staff                       F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  review_department at province      F68 F68 F68 NF  F68 F68 F68 F68 F68 F68 NF  F68 F68 NF
  review_department at city          F68 F68 F68 NF  F68 F68 F68 F68 NF  F68 NF  F68 F68 NF
  review_department at county        F68 F68 NF  NF  F68 F68 F68 F68 NF  F68 NF  F68 NF  NF
  auditor at nation                  F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  auditor at province                F68 F68 F68 NF  F68 F68 F68 F68 F68 F68 NF  F68 F68 NF
  auditor at city                    F68 F68 F68 NF  F68 F68 F68 F68 NF  F68 NF  F68 F68 NF
  auditor at county                  F68 F68 NF  NF  F68 F68 F68 F68 NF  F68 NF  F68 NF  NF
  testing_institution institution:7  F68 NF  NF  NF  F68 F68 F68 F68 NF  NF  NF  F68 NF  F68
  enterprise_user enterprise:1       F68 F68 NF  NF  F68 F68 F68 F68 NF  NF  NF  F68 NF  NF
  plugin_administrator platform      F68 NF  NF  NF  F68 F68 F68 F68 NF  NF  NF  NF  NF  NF
RecordCounterfeitRecall
  nation head                        F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  nation leader_in_charge            F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  nation staff                       F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  review_department at province      F68 F68 F68 NF  F68 F68 F68 F68 F68 F68 NF  F68 F68 NF
  review_department at city          F68 F68 F68 NF  F68 F68 F68 F68 NF  F68 NF  F68 F68 NF
  review_department at county        F68 F68 NF  NF  F68 F68 F68 F68 NF  F68 NF  F68 NF  NF
  auditor at nation                  F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  auditor at province                F68 F68 F68 NF  F68 F68 F68 F68 F68 F68 NF  F68 F68 NF
  auditor at city                    F68 F68 F68 NF  F68 F68 F68 F68 NF  F68 NF  F68 F68 NF
  auditor at county                  F68 F68 NF  NF  F68 F68 F68 F68 NF  F68 NF  F68 NF  NF
  testing_institution institution:7  F68 NF  NF  NF  F68 F68 F68 F68 NF  NF  NF  F68 NF  F68
  enterprise_user enterprise:1       F68 F68 NF  NF  F68 F68 F68 F68 NF  NF  NF  F68 NF  NF
  plugin_administrator platform      F68 NF  NF  NF  F68 F68 F68 F68 NF  NF  NF  NF  NF  NF
CompleteCounterfeitRecall
  nation head                        F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  nation leader_in_charge            F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  nation staff                       F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  review_department at province      F68 F68 F68 NF  F68 F68 F68 F68 F68 F68 NF  F68 F68 NF
  review_department at city          F68 F68 F68 NF  F68 F68 F68 F68 NF  F68 NF  F68 F68 NF
  review_department at county        F68 F68 NF  NF  F68 F68 F68 F68 NF  F68 NF  F68 NF  NF
  auditor at nation                  F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  auditor at province                F68 F68 F68 NF  F68 F68 F68 F68 F68 F68 NF  F68 F68 NF
  auditor at city                    F68 F68 F68 NF  F68 F68 F68 F68 NF  F68 NF  F68 F68 NF
  auditor at county                  F68 F68 NF  NF  F68 F68 F68 F68 NF  F68 NF  F68 NF  NF
  testing_institution institution:7  F68 NF  NF  NF  F68 F68 F68 F68 NF  NF  NF  F68 NF  F68
  enterprise_user enterprise:1       F68 F68 NF  NF  F68 F68 F68 F68 NF  NF  NF  F68 NF  NF
  plugin_administrator platform      F68 NF  NF  NF  F68 F68 F68 F68 NF  NF  NF  NF  NF  NF
ReportCounterfeitRevocation
  nation head                        F34 F34 F34 F34 F34 F34 F34 F34 F34 F34 F34 F34 F34 F34
  nation leader_in_charge            F34 F34 F34 F34 F34 F34 F34 F34 F34 F34 F34 F34 F34 F34
  nation staff                       F34 F34 F34 F34 F34 F34 F34 F34 F34 F34 F34 F34 F34 F34
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     F34 F34 F34 NF  F34 F34 F34 F34 F34 F34 NF  F34 F34 NF
  city head                          F34 F34 F34 NF  F34 F34 F34 F34 NF  F34 NF  F34 F34 NF
  city leader_in_charge              F34 F34 F34 NF  F34 F34 F34 F34 NF  F34 NF  F34 F34 NF
  city staff                         F34 F34 F34 NF  F34 F34 F34 F34 NF  F34 NF  F34 F34 NF
  county head                        F34 F34 NF  NF  F34 F34 F34 F34 NF  F34 NF  F34 NF  NF
  county leader_in_charge            F34 F34 NF  NF  F34 F34 F34 F34 NF  F34 NF  F34 NF  NF
  county staff                       F34 F34 NF  NF  F34 F34 F34 F34 NF  F34 NF  F34 NF  NF
  review_department at nation        F33 F33 F33 F33 F33 F33 F33 F33 F33 F33 F33 F33 F33 F33
  review_department at province      F33 F33 F33 NF  F33 F33 F33 F33 F33 F33 NF  F33 F33 NF
  review_department at city          F33 F33 F33 NF  F33 F33 F33 F33 NF  F33 NF  F33 F33 NF
  review_department at county        F33 F33 NF  NF  F33 F33 F33 F33 NF  F33 NF  F33 NF  NF
  auditor at nation                  F33 F33 F33 F33 F33 F33 F33 F33 F33 F33 F33 F33 F33 F33
  auditor at province                F33 F33 F33 NF  F33 F33 F33 F33 F33 F33 NF  F33 F33 NF
  auditor at city                    F33 F33 F33 NF  F33 F33 F33 F33 NF  F33 NF  F33 F33 NF
  auditor at county                  F33 F33 NF  NF  F33 F33 F33 F33 NF  F33 NF  F33 NF  NF
  testing_institution institution:7  F33 NF  NF  NF  F33 F33 F33 F33 NF  NF  NF  F33 NF  F33
  enterprise_user enterprise:1       F33 F33 NF  NF  F33 F33 F33 F33 NF  NF  NF  F33 NF  NF
  plugin_administrator platform      F33 NF  NF  NF  F33 F33 F33 F33 NF  NF  NF  NF  NF  NF
RequestCounterfeitBan
  nation head                        F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  nation leader_in_charge            F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  nation staff                       F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  review_department at province      F68 F68 F68 NF  F68 F68 F68 F68 F68 F68 NF  F68 F68 NF
  review_department at city          F68 F68 F68 NF  F68 F68 F68 F68 NF  F68 NF  F68 F68 NF
  review_department at county        F68 F68 NF  NF  F68 F68 F68 F68 NF  F68 NF  F68 NF  NF
  auditor at nation                  F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  auditor at province                F68 F68 F68 NF  F68 F68 F68 F68 F68 F68 NF  F68 F68 NF
  auditor at city                    F68 F68 F68 NF  F68 F68 F68 F68 NF  F68 NF  F68 F68 NF
  auditor at county                  F68 F68 NF  NF  F68 F68 F68 F68 NF  F68 NF  F68 NF  NF
  testing_institution institution:7  F68 NF  NF  NF  F68 F68 F68 F68 NF  NF  NF  F68 NF  F68
  enterprise_user enterprise:1       F68 F68 NF  NF  F68 F68 F68 F68 NF  NF  NF  F68 NF  NF
  plugin_administrator platform      F68 NF  NF  NF  F68 F68 F68 F68 NF  NF  NF  NF  NF  NF
TransferCounterfeitCaseToPolice
  nation head                        F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  nation leader_in_charge            F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  nation staff                       F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  review_department at province      F68 F68 F68 NF  F68 F68 F68 F68 F68 F68 NF  F68 F68 NF
  review_department at city          F68 F68 F68 NF  F68 F68 F68 F68 NF  F68 NF  F68 F68 NF
  review_department at county        F68 F68 NF  NF  F68 F68 F68 F68 NF  F68 NF  F68 NF  NF
  auditor at nation                  F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  auditor at province                F68 F68 F68 NF  F68 F68 F68 F68 F68 F68 NF  F68 F68 NF
  auditor at city                    F68 F68 F68 NF  F68 F68 F68 F68 NF  F68 NF  F68 F68 NF
  auditor at county                  F68 F68 NF  NF  F68 F68 F68 F68 NF  F68 NF  F68 NF  NF
  testing_institution institution:7  F68 NF  NF  NF  F68 F68 F68 F68 NF  NF  NF  F68 NF  F68
  enterprise_user enterprise:1       F68 F68 NF  NF  F68 F68 F68 F68 NF  NF  NF  F68 NF  NF
  plugin_administrator platform      F68 NF  NF  NF  F68 F68 F68 F68 NF  NF  NF  NF  NF  NF
RecordCounterfeitPoliceReceipt
  nation head                        F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  nation leader_in_charge            F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  nation staff                       F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  review_department at province      F68 F68 F68 NF  F68 F68 F68 F68 F68 F68 NF  F68 F68 NF
  review_department at city          F68 F68 F68 NF  F68 F68 F68 F68 NF  F68 NF  F68 F68 NF
  review_department at county        F68 F68 NF  NF  F68 F68 F68 F68 NF  F68 NF  F68 NF  NF
  auditor at nation                  F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  auditor at province                F68 F68 F68 NF  F68 F68 F68 F68 F68 F68 NF  F68 F68 NF
  auditor at city                    F68 F68 F68 NF  F68 F68 F68 F68 NF  F68 NF  F68 F68 NF
  auditor at county                  F68 F68 NF  NF  F68 F68 F68 F68 NF  F68 NF  F68 NF  NF
  testing_institution institution:7  F68 NF  NF  NF  F68 F68 F68 F68 NF  NF  NF  F68 NF  F68
  enterprise_user enterprise:1       F68 F68 NF  NF  F68 F68 F68 F68 NF  NF  NF  F68 NF  NF
  plugin_administrator platform      F68 NF  NF  NF  F68 F68 F68 F68 NF  NF  NF  NF  NF  NF
CloseCounterfeitCase
  nation head                        F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  nation leader_in_charge            F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  nation staff                       F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  review_department at province      F68 F68 F68 NF  F68 F68 F68 F68 F68 F68 NF  F68 F68 NF
  review_department at city          F68 F68 F68 NF  F68 F68 F68 F68 NF  F68 NF  F68 F68 NF
  review_department at county        F68 F68 NF  NF  F68 F68 F68 F68 NF  F68 NF  F68 NF  NF
  auditor at nation                  F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68 F68
  auditor at province                F68 F68 F68 NF  F68 F68 F68 F68 F68 F68 NF  F68 F68 NF
  auditor at city                    F68 F68 F68 NF  F68 F68 F68 F68 NF  F68 NF  F68 F68 NF
  auditor at county                  F68 F68 NF  NF  F68 F68 F68 F68 NF  F68 NF  F68 NF  NF
  testing_institution institution:7  F68 NF  NF  NF  F68 F68 F68 F68 NF  NF  NF  F68 NF  F68
  enterprise_user enterprise:1       F68 F68 NF  NF  F68 F68 F68 F68 NF  NF  NF  F68 NF  NF
  plugin_administrator platform      F68 NF  NF  NF  F68 F68 F68 F68 NF  NF  NF  NF  NF  NF
ReadCounterfeitCases
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  review_department at province      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  review_department at city          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  review_department at county        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  auditor at county                  ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  testing_institution institution:7  F69 NF  NF  NF  F69 F69 F69 F69 NF  NF  NF  F69 NF  F69
  enterprise_user enterprise:1       F69 F69 NF  NF  F69 F69 F69 F69 NF  NF  NF  F69 NF  NF
  plugin_administrator platform      F69 NF  NF  NF  F69 F69 F69 F69 NF  NF  NF  NF  NF  NF
ReadKeyRegions
  nation head                        ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation leader_in_charge            ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  nation staff                       ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  province head                      ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province leader_in_charge          ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  province staff                     ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F81 F81 F81 F81 F81 F81 F81 F81 F81 F81 F81 F81 F81 F81
  review_department at province      F81 F81 F81 NF  F81 F81 F81 F81 F81 F81 NF  F81 F81 NF
  review_department at city          F81 F81 F81 NF  F81 F81 F81 F81 NF  F81 NF  F81 F81 NF
  review_department at county        F81 F81 NF  NF  F81 F81 F81 F81 NF  F81 NF  F81 NF  NF
  auditor at nation                  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  auditor at province                ok  ok  ok  NF  ok  ok  ok  ok  ok  ok  NF  ok  ok  NF
  auditor at city                    ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  auditor at county                  ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  testing_institution institution:7  F81 NF  NF  NF  F81 F81 F81 F81 NF  NF  NF  F81 NF  F81
  enterprise_user enterprise:1       F81 F81 NF  NF  F81 F81 F81 F81 NF  NF  NF  F81 NF  NF
  plugin_administrator platform      F81 NF  NF  NF  F81 F81 F81 F81 NF  NF  NF  NF  NF  NF
SavePeriodicReport
  nation head                        F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100
  nation leader_in_charge            F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100
  nation staff                       F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100
  province head                      F100 F100 F100 NF  F100 F100 F100 F100 F100 F100 NF  F100 F100 NF
  province leader_in_charge          F100 F100 F100 NF  F100 F100 F100 F100 F100 F100 NF  F100 F100 NF
  province staff                     F100 F100 F100 NF  F100 F100 F100 F100 F100 F100 NF  F100 F100 NF
  city head                          F100 F100 F100 NF  F100 F100 F100 F100 NF  F100 NF  F100 F100 NF
  city leader_in_charge              F100 F100 F100 NF  F100 F100 F100 F100 NF  F100 NF  F100 F100 NF
  city staff                         F100 F100 F100 NF  F100 F100 F100 F100 NF  F100 NF  F100 F100 NF
  county head                        F100 F100 NF  NF  F100 F100 F100 F100 NF  F100 NF  F100 NF  NF
  county leader_in_charge            F100 F100 NF  NF  F100 F100 F100 F100 NF  F100 NF  F100 NF  NF
  county staff                       F100 F100 NF  NF  F100 F100 F100 F100 NF  F100 NF  F100 NF  NF
  review_department at nation        F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100
  review_department at province      F100 F100 F100 NF  F100 F100 F100 F100 F100 F100 NF  F100 F100 NF
  review_department at city          F100 F100 F100 NF  F100 F100 F100 F100 NF  F100 NF  F100 F100 NF
  review_department at county        F100 F100 NF  NF  F100 F100 F100 F100 NF  F100 NF  F100 NF  NF
  auditor at nation                  F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100
  auditor at province                F100 F100 F100 NF  F100 F100 F100 F100 F100 F100 NF  F100 F100 NF
  auditor at city                    F100 F100 F100 NF  F100 F100 F100 F100 NF  F100 NF  F100 F100 NF
  auditor at county                  F100 F100 NF  NF  F100 F100 F100 F100 NF  F100 NF  F100 NF  NF
  testing_institution institution:7  F100 NF  NF  NF  F100 F100 F100 F100 NF  NF  NF  F100 NF  F100
  enterprise_user enterprise:1       ok  ok  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  NF
  plugin_administrator platform      F100 NF  NF  NF  F100 F100 F100 F100 NF  NF  NF  NF  NF  NF
SubmitPeriodicReport
  nation head                        F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100
  nation leader_in_charge            F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100
  nation staff                       F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100
  province head                      F100 F100 F100 NF  F100 F100 F100 F100 F100 F100 NF  F100 F100 NF
  province leader_in_charge          F100 F100 F100 NF  F100 F100 F100 F100 F100 F100 NF  F100 F100 NF
  province staff                     F100 F100 F100 NF  F100 F100 F100 F100 F100 F100 NF  F100 F100 NF
  city head                          F100 F100 F100 NF  F100 F100 F100 F100 NF  F100 NF  F100 F100 NF
  city leader_in_charge              F100 F100 F100 NF  F100 F100 F100 F100 NF  F100 NF  F100 F100 NF
  city staff                         F100 F100 F100 NF  F100 F100 F100 F100 NF  F100 NF  F100 F100 NF
  county head                        F100 F100 NF  NF  F100 F100 F100 F100 NF  F100 NF  F100 NF  NF
  county leader_in_charge            F100 F100 NF  NF  F100 F100 F100 F100 NF  F100 NF  F100 NF  NF
  county staff                       F100 F100 NF  NF  F100 F100 F100 F100 NF  F100 NF  F100 NF  NF
  review_department at nation        F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100
  review_department at province      F100 F100 F100 NF  F100 F100 F100 F100 F100 F100 NF  F100 F100 NF
  review_department at city          F100 F100 F100 NF  F100 F100 F100 F100 NF  F100 NF  F100 F100 NF
  review_department at county        F100 F100 NF  NF  F100 F100 F100 F100 NF  F100 NF  F100 NF  NF
  auditor at nation                  F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100 F100
  auditor at province                F100 F100 F100 NF  F100 F100 F100 F100 F100 F100 NF  F100 F100 NF
  auditor at city                    F100 F100 F100 NF  F100 F100 F100 F100 NF  F100 NF  F100 F100 NF
  auditor at county                  F100 F100 NF  NF  F100 F100 F100 F100 NF  F100 NF  F100 NF  NF
  testing_institution institution:7  F100 NF  NF  NF  F100 F100 F100 F100 NF  NF  NF  F100 NF  F100
  enterprise_user enterprise:1       ok  ok  NF  NF  ok  ok  ok  ok  NF  NF  NF  ok  NF  NF
  plugin_administrator platform      F100 NF  NF  NF  F100 F100 F100 F100 NF  NF  NF  NF  NF  NF
AcknowledgePeriodicReport
  nation head                        F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101
  nation leader_in_charge            F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101
  nation staff                       F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101
  province head                      F101 F101 F101 NF  F101 F101 F101 F101 F101 F101 NF  F101 F101 NF
  province leader_in_charge          F101 F101 F101 NF  F101 F101 F101 F101 F101 F101 NF  F101 F101 NF
  province staff                     F101 F101 F101 NF  F101 F101 F101 F101 F101 F101 NF  F101 F101 NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101
  review_department at province      F101 F101 F101 NF  F101 F101 F101 F101 F101 F101 NF  F101 F101 NF
  review_department at city          F101 F101 F101 NF  F101 F101 F101 F101 NF  F101 NF  F101 F101 NF
  review_department at county        F101 F101 NF  NF  F101 F101 F101 F101 NF  F101 NF  F101 NF  NF
  auditor at nation                  F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101
  auditor at province                F101 F101 F101 NF  F101 F101 F101 F101 F101 F101 NF  F101 F101 NF
  auditor at city                    F101 F101 F101 NF  F101 F101 F101 F101 NF  F101 NF  F101 F101 NF
  auditor at county                  F101 F101 NF  NF  F101 F101 F101 F101 NF  F101 NF  F101 NF  NF
  testing_institution institution:7  F101 NF  NF  NF  F101 F101 F101 F101 NF  NF  NF  F101 NF  F101
  enterprise_user enterprise:1       F101 F101 NF  NF  F101 F101 F101 F101 NF  NF  NF  F101 NF  NF
  plugin_administrator platform      F101 NF  NF  NF  F101 F101 F101 F101 NF  NF  NF  NF  NF  NF
ReturnPeriodicReport
  nation head                        F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101
  nation leader_in_charge            F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101
  nation staff                       F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101
  province head                      F101 F101 F101 NF  F101 F101 F101 F101 F101 F101 NF  F101 F101 NF
  province leader_in_charge          F101 F101 F101 NF  F101 F101 F101 F101 F101 F101 NF  F101 F101 NF
  province staff                     F101 F101 F101 NF  F101 F101 F101 F101 F101 F101 NF  F101 F101 NF
  city head                          ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city leader_in_charge              ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  city staff                         ok  ok  ok  NF  ok  ok  ok  ok  NF  ok  NF  ok  ok  NF
  county head                        ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county leader_in_charge            ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  county staff                       ok  ok  NF  NF  ok  ok  ok  ok  NF  ok  NF  ok  NF  NF
  review_department at nation        F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101
  review_department at province      F101 F101 F101 NF  F101 F101 F101 F101 F101 F101 NF  F101 F101 NF
  review_department at city          F101 F101 F101 NF  F101 F101 F101 F101 NF  F101 NF  F101 F101 NF
  review_department at county        F101 F101 NF  NF  F101 F101 F101 F101 NF  F101 NF  F101 NF  NF
  auditor at nation                  F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101 F101
  auditor at province                F101 F101 F101 NF  F101 F101 F101 F101 F101 F101 NF  F101 F101 NF
  auditor at city                    F101 F101 F101 NF  F101 F101 F101 F101 NF  F101 NF  F101 F101 NF
  auditor at county                  F101 F101 NF  NF  F101 F101 F101 F101 NF  F101 NF  F101 NF  NF
  testing_institution institution:7  F101 NF  NF  NF  F101 F101 F101 F101 NF  NF  NF  F101 NF  F101
  enterprise_user enterprise:1       F101 F101 NF  NF  F101 F101 F101 F101 NF  NF  NF  F101 NF  NF
  plugin_administrator platform      F101 NF  NF  NF  F101 F101 F101 F101 NF  NF  NF  NF  NF  NF
";
