//! The permission matrix: every role × every operation × inside/outside the
//! caller's jurisdiction, with the expected allow/deny, through the real endpoint
//! on both databases. Each row gets fresh records, so rows cannot affect each other.

use oversight_app::{
    Bootstrap, ChangeLicenseStatus, CreateOfficer, DesignateInstitution, IssueLicense, NewAuthority,
    OpenTestingTask, RegisterEnterprise, SubmitTestResults, TaskResults,
};
use oversight_domain::access::Tier;
use oversight_domain::registry::enterprise::{EnterpriseScale, RawBaseData};
use oversight_domain::registry::license::LicenseStatus;
use oversight_domain::review::annual::DeadlineAsked;
use oversight_domain::{
    AuthorityId, ChangeRequestId, EnterpriseId, GeneratedReportId, InstitutionId, OfficerId, ProposalId,
    RectificationId, ReviewId, ReviewYearId, TaskId,
};
use oversight_tests::{JiangsuChain, TestServer, claims, on_both_databases};
use serde_json::{Value, json};

use crate::common::credit_code;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    ReadEnterprise,
    ReadNode,
    ReadLicense,
    Register,
    UpdateBaseData,
    IssueLicense,
    Suspend,
    Resume,
    Revoke,
    Cancel,
    CreateApiKey,
    ReadAuditTrail,
    Designate,
    OpenTask,
    SubmitResults,
    ReadTask,
    ObjectToVerdict,
    DeliverVerdict,
    AcknowledgeDelivery,
    DecideObjection,
    ConcludeRecheck,
    CancelTask,
    ReassignTask,
    OpenRectification,
    RequestExtension,
    DecideExtension,
    OpenRecheck,
    DecideProposal,
    ReadRectification,
    ReadProposal,
    AdvanceDemoClock,
    SetWorkingCalendar,
    ReadOfficer,
    CreateOfficer,
    UpdateOfficer,
    DeactivateOfficer,
    CreateAuthority,
    RenameAuthority,
    CloseAuthority,
    CreateInstitution,
    AccreditInstitution,
    SuspendInstitution,
    RecordExpiries,
    ReadDashboard,
    MakeProposal,
    EndDesignation,
    ReplaceDesignation,
    RequestChange,
    DecideChange,
    WithdrawChange,
    ConcludeReReview,
    ReadTaskAuditTrail,
    ReadLicenseTasks,
    ReadEnterpriseRectifications,
    ReadRiskClass,
    ReadRiskModel,
    PreviewFrequencies,
    SetProvincialRules,
    ReadProvincialRules,
    ReadProvincialRuleVersions,
    PreviewRules,
    ReadAuditRecords,
    OpenReviewYear,
    SaveReport,
    SubmitReport,
    HandInCopy,
    ReceiveCopy,
    ReturnReport,
    RequireOnSite,
    RecordOnSite,
    ConcludeReview,
    RecordOverdue,
    RemindReviews,
    RecordPatrol,
    OrderMeasure,
    CloseMeasure,
    RecordFollowUp,
    FilePatrol,
    AcknowledgePatrol,
    CreatePatrolPlan,
    RecordRecusal,
    SendNotice,
    AcknowledgeNotice,
    PassOnNotice,
    CloseNotice,
    ReadNotices,
    ReadSpotCheckImports,
    CommitDraw,
    RunDraw,
    CancelDraw,
    ExportEnterprises,
    ExportTasks,
    ExportNotices,
    GenerateReport,
    SubmitGeneratedReport,
    ReturnGeneratedReport,
    AcceptGeneratedReport,
    LockGeneratedReport,
    UnlockGeneratedReport,
    ReadGeneratedReports,
    OpenUnlicensed,
    UrgeUnlicensed,
    LinkUnlicensedLicense,
    NotifyUnlicensedBan,
    CloseUnlicensed,
    DismissUnlicensed,
    ReadUnlicensed,
    OpenCounterfeit,
    OrderCounterfeitStop,
    RecordCounterfeitRecall,
    CompleteCounterfeitRecall,
    ReportCounterfeitRevocation,
    RequestCounterfeitBan,
    TransferCounterfeitToPolice,
    RecordCounterfeitPoliceReceipt,
    CloseCounterfeit,
    ReadCounterfeitCases,
    IssueOrder,
    AcknowledgeOrder,
    ReportOrderProgress,
    CompleteOrder,
    AcceptOrder,
    ReturnOrder,
    ReadOrders,
    RaiseRequest,
    AnswerRequest,
    ResolveRequest,
    ReopenRequest,
    ReadRequests,
    EscalateNotice,
    ReadKeyRegions,
    AssignResponsible,
    ReassignResponsible,
    ReadAssignments,
    OpenCampaign,
    AmendCampaign,
    CloseCampaign,
    CancelCampaign,
    ReadCampaigns,
    DraftAgreement,
    AmendAgreement,
    SignAgreement,
    WithdrawAgreement,
    ReadAgreements,
    ConveneMeeting,
    HoldMeeting,
    CancelMeeting,
    ResolveMeeting,
    ReadMeetings,
    DismissCounterfeit,
    DraftRecord,
    WithdrawRecord,
    IssueRecord,
    AnnulRecord,
    ReadRecords,
    ReadOverview,
    SavePeriodicReport,
    SubmitPeriodicReport,
    AcknowledgePeriodicReport,
    ReturnPeriodicReport,
    ReadInbox,
    ExportOrders,
    ExportRequests,
    ExportDueTests,
    ExportRiskClasses,
    ExportDraws,
    ExportReportsDue,
    ExportInbox,
    ExportUnlicensed,
    ExportCounterfeit,
    ExportPatrolsDue,
    ExportRecords,
    ExportCampaigns,
    ExportMeetings,
    ExportImports,
    ExportReports,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Inside,
    Outside,
}

/// What the caller gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Allow,
    /// `null`, or the NOT_FOUND code: indistinguishable from a missing object.
    NotFound,
    /// An error with this code.
    Deny(&'static str),
}

use Expect::{Allow, Deny, NotFound};
use Op::*;

const FORBIDDEN: Expect = Deny("FORBIDDEN");
const OOJ: Expect = Deny("OUT_OF_JURISDICTION");
const NOT_DELEGATED: Expect = Deny("REVIEW_NOT_DELEGATED");
const INVALID_PLAN: Expect = Deny("INVALID_PATROL_PLAN");
const WRONG_SENDER: Expect = Deny("WRONG_NOTICE_SENDER");
const INVALID_DRAW: Expect = Deny("INVALID_DRAW_SPEC");
const NOT_PARENT: Expect = Deny("REQUEST_NOT_TO_PARENT");

/// The roles of the matrix: label, organisation key, role claim, tier.
const ROLES: &[(&str, &str, &str, Option<&str>)] = &[
    ("national head", "nation", "national_officer", Some("head")),
    ("national staff", "nation", "national_officer", Some("staff")),
    ("provincial leader", "jiangsu", "provincial_officer", Some("leader_in_charge")),
    ("provincial staff", "jiangsu", "provincial_officer", Some("staff")),
    ("municipal staff", "nanjing", "municipal_officer", Some("staff")),
    ("county staff", "xuanwu", "county_officer", Some("staff")),
    ("review department", "jiangsu", "review_department", None),
    ("auditor", "jiangsu", "auditor", None),
    ("testing institution", "institution", "testing_institution", None),
    ("enterprise user", "enterprise", "enterprise_user", None),
    ("plugin administrator", "platform", "plugin_administrator", None),
];

/// Expected outcome per role (same order as ROLES) for (operation, target).
fn expected(op: Op, target: Target) -> [Expect; 11] {
    use Target::*;
    match (op, target) {
        // A license's tasks and an enterprise's rectifications and proposals: whoever reads the
        // license or enterprise reads them (the same readers as the top-level lists).
        (
            ReadEnterprise
            | ReadNode
            | ReadLicense
            | ReadLicenseTasks
            | ReadEnterpriseRectifications
            | ReadRiskClass,
            Inside,
        ) => [Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, Allow, FORBIDDEN],
        (
            ReadEnterprise
            | ReadNode
            | ReadLicense
            | ReadLicenseTasks
            | ReadEnterpriseRectifications
            | ReadRiskClass,
            Outside,
        ) => [
            Allow, Allow, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, FORBIDDEN, NotFound,
            FORBIDDEN,
        ],
        (Register, Inside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        (Register, Outside) => {
            [Allow, Allow, OOJ, OOJ, OOJ, OOJ, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        (UpdateBaseData, Inside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, NotFound, Allow, NotFound]
        }
        (IssueLicense, Inside) => [
            Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NotFound, FORBIDDEN,
            NotFound,
        ],
        (Suspend, Inside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, NotFound, FORBIDDEN, NotFound]
        }
        (Resume, Inside) => [
            Allow, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, NotFound, FORBIDDEN, NotFound,
        ],
        (Revoke, Inside) => [
            Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NotFound,
            FORBIDDEN, NotFound,
        ],
        (Revoke, Outside) => [
            Allow, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound,
        ],
        (Cancel, Inside) => [
            Allow, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NotFound,
            FORBIDDEN, NotFound,
        ],
        (Cancel, Outside) => [
            Allow, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound,
        ],
        // Outside the jurisdiction every other write is "not found" below the nation.
        (UpdateBaseData | Suspend | Resume, Outside) => [
            Allow, Allow, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound,
        ],
        (IssueLicense, Outside) => [
            Allow, Allow, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound,
        ],
        // API keys of the institution seated in Jiangsu (inside) or Zhejiang (outside).
        (CreateApiKey, Inside) => [
            Allow, Allow, Allow, Allow, NotFound, NotFound, FORBIDDEN, FORBIDDEN, NotFound, NotFound,
            NotFound,
        ],
        (CreateApiKey, Outside) => [
            Allow, Allow, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound,
        ],
        // Auditors and the owning authority's officers; the enterprise itself and the
        // review department may not.
        // The records across objects name every jurisdiction: national auditors and officers only.
        (ReadAuditRecords, Inside | Outside) => [
            Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN,
        ],
        // A task's trail is read as its enterprise's (issue 12 item 6).
        (ReadAuditTrail | ReadTaskAuditTrail, Inside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, Allow, NotFound, FORBIDDEN, NotFound]
        }
        (ReadAuditTrail | ReadTaskAuditTrail, Outside) => [
            Allow, Allow, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound,
        ],
        // Making a revocation proposal is the province's act: its head or leader in charge, for an
        // enterprise in the province (ADR 0009 decision 23); the nation decides it, not makes it.
        (MakeProposal, Inside) => [
            FORBIDDEN, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NotFound,
            FORBIDDEN, NotFound,
        ],
        (MakeProposal, Outside) => [
            FORBIDDEN, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound, NotFound,
        ],
        // Designations by provincial (within the province) and national officers only; ending or
        // replacing one is designating again (ADR 0009 decision 22).
        (Designate | EndDesignation | ReplaceDesignation, Inside) => [
            Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN,
        ],
        (Designate | EndDesignation | ReplaceDesignation, Outside) => [
            Allow, Allow, OOJ, OOJ, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN,
        ],
        // Sampling by officers of every level within jurisdiction.
        (OpenTask, Inside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, NotFound, FORBIDDEN, NotFound]
        }
        (OpenTask, Outside) => [
            Allow, Allow, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound,
        ],
        // Results only from the institution the task is assigned to (Jiangsu's inside,
        // Zhejiang's outside); whoever else sees the task may not submit.
        (SubmitResults, Inside) => [
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, Allow,
            FORBIDDEN, NotFound,
        ],
        (SubmitResults, Outside) => [
            FORBIDDEN, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound, NotFound,
        ],
        (ReadTask, Inside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN]
        }
        (ReadTask, Outside) => [
            Allow, Allow, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            FORBIDDEN,
        ],
        // Only the enterprise objects to its own failing verdict.
        (ObjectToVerdict, Inside) => [
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, Allow, NotFound,
        ],
        (ObjectToVerdict, Outside) => [
            FORBIDDEN, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound, NotFound,
        ],
        // Only the enterprise acknowledges an electronic delivery to it.
        (AcknowledgeDelivery, Inside) => [
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, Allow, NotFound,
        ],
        // Delivery (送达), the decision on an objection (受理) and the conclusion of a re-check are
        // the supervising officers', at every level within jurisdiction; the first institution
        // sees the task but may not.
        // Cancelling or reassigning an open task is the same officers' correction of their sample
        // (ADR 0009 decision 19); the institution sees the task but may not.
        (DeliverVerdict | DecideObjection | ConcludeRecheck | CancelTask | ReassignTask, Inside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NotFound]
        }
        (AcknowledgeDelivery, Outside) => [
            FORBIDDEN, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound, NotFound,
        ],
        (DeliverVerdict | DecideObjection | ConcludeRecheck | CancelTask | ReassignTask, Outside) => [
            Allow, Allow, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound,
        ],
        // Rectifications are ordered by officers of every level within jurisdiction.
        (OpenRectification, Inside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NotFound]
        }
        // The enterprise asks its extension; its officers may record it.
        (RequestExtension, Inside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, NotFound, Allow, NotFound]
        }
        // The officers who order rectifications decide their extensions; not the enterprise. (A
        // testing institution does not reach rectifications at all.)
        (DecideExtension, Inside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, NotFound, FORBIDDEN, NotFound]
        }
        // A re-check is a sample: the same rule as opening a task.
        (OpenRecheck, Inside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, NotFound, FORBIDDEN, NotFound]
        }
        (OpenRectification | RequestExtension | DecideExtension | OpenRecheck, Outside) => [
            Allow, Allow, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound,
        ],
        // Deciding a proposal is the revocation policy: the national head or leader in charge.
        (DecideProposal, Inside) => [
            Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NotFound,
            FORBIDDEN, NotFound,
        ],
        (DecideProposal, Outside) => [
            Allow, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound,
        ],
        // Rectifications and proposals are registry records of the enterprise.
        (ReadRectification | ReadProposal, Inside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, Allow, FORBIDDEN]
        }
        (ReadRectification | ReadProposal, Outside) => [
            Allow, Allow, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, FORBIDDEN, NotFound,
            FORBIDDEN,
        ],
        // The demo clock belongs to no jurisdiction (inside and outside alike): only the platform
        // administrator moves it (the matrix server runs with the demo clock on).
        (AdvanceDemoClock, Inside | Outside) => [
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN, Allow,
        ],
        // The working-day calendar is national reference data: the national authority's officers
        // (any tier) and the platform administrator set a year; no province, city or county may.
        (SetWorkingCalendar, Inside | Outside) => [
            Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, Allow,
        ],
        // The officer directory: an officer of the Xuanwu authority (inside) or of Zhejiang's
        // (outside). An authority's people read the officers of their authority and those below.
        (ReadOfficer, Inside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        (ReadOfficer, Outside) => [
            Allow, Allow, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, FORBIDDEN, FORBIDDEN,
            FORBIDDEN,
        ],
        // Entered by the head or leader in charge of the officer's authority or one above it; an
        // authority is public, so one outside the jurisdiction is out of jurisdiction.
        (CreateOfficer, Inside) => [
            Allow, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN,
        ],
        (CreateOfficer, Outside) => [
            Allow, FORBIDDEN, OOJ, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN,
        ],
        // Changed and deactivated by the same leadership; an officer outside the caller's reach
        // is not found.
        (UpdateOfficer | DeactivateOfficer | RecordRecusal, Inside) => [
            Allow, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NotFound,
            NotFound, NotFound,
        ],
        (UpdateOfficer | DeactivateOfficer | RecordRecusal, Outside) => [
            Allow, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound,
        ],
        // Authorities (a county in Jiangsu inside, in Zhejiang outside): the platform administrator
        // anywhere, the head or leader in charge of the nation or of the province above it.
        (CreateAuthority | RenameAuthority | CloseAuthority, Inside) => [
            Allow, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, Allow,
        ],
        (CreateAuthority | RenameAuthority | CloseAuthority, Outside) => [
            Allow, FORBIDDEN, OOJ, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, Allow,
        ],
        // Testing institutions: entered at a place (Xuanwu inside, Zhejiang outside) and
        // re-accredited (the Jiangsu or Zhejiang institution) by provincial and national officers,
        // suspended (a fresh institution there) by their leadership.
        (CreateInstitution, Inside) => [
            Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN,
        ],
        (CreateInstitution, Outside) => [
            Allow, Allow, OOJ, OOJ, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN,
        ],
        (AccreditInstitution, Inside) => [
            Allow, Allow, Allow, Allow, NotFound, NotFound, FORBIDDEN, FORBIDDEN, NotFound, NotFound,
            NotFound,
        ],
        (AccreditInstitution, Outside) => [
            Allow, Allow, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound,
        ],
        (SuspendInstitution, Inside) => [
            Allow, FORBIDDEN, Allow, FORBIDDEN, NotFound, NotFound, FORBIDDEN, FORBIDDEN, NotFound, NotFound,
            NotFound,
        ],
        (SuspendInstitution, Outside) => [
            Allow, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound,
        ],
        // Recording expiries aims at no record (inside and outside alike): each caller's run
        // covers its jurisdiction; the platform administrator (the CLI's actor) and provincial and
        // national officers of any tier may; no city, county or other role.
        // Officers and auditors, over their own jurisdiction: no target to be outside of.
        // The risk model: whoever reads classes (the registry's readers), nothing to be outside of.
        (ReadRiskModel, Inside | Outside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, Allow, FORBIDDEN]
        }
        // The what-if preview: supervising officers over an authority of their jurisdiction.
        (PreviewFrequencies | PreviewRules, Inside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        (PreviewFrequencies | PreviewRules, Outside) => {
            [Allow, Allow, OOJ, OOJ, OOJ, OOJ, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        // Provincial implementing rules (docs/adr/0032): a province's head or leader in charge
        // issues its own province's (Jiangsu inside, Zhejiang outside); everyone reads them.
        (SetProvincialRules, Inside) => [
            FORBIDDEN, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN,
        ],
        (SetProvincialRules, Outside) => [
            FORBIDDEN, FORBIDDEN, OOJ, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN,
        ],
        (ReadProvincialRules | ReadProvincialRuleVersions, Inside | Outside) => [Allow; 11],
        (ReadDashboard, Inside | Outside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        // Enterprise changes (docs/adr/0018): the enterprise asks and withdraws its own; any
        // supervising officer within reach decides; the licensing level concludes a re-review.
        (RequestChange | WithdrawChange, Inside) => [
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NotFound,
            Allow, NotFound,
        ],
        (RequestChange | WithdrawChange, Outside) => [
            FORBIDDEN, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound, NotFound,
        ],
        (DecideChange, Inside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, NotFound, FORBIDDEN, NotFound]
        }
        (DecideChange | ConcludeReReview, Outside) => [
            Allow, Allow, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound,
        ],
        (ConcludeReReview, Inside) => [
            Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NotFound, FORBIDDEN,
            NotFound,
        ],
        // The annual review (docs/adr/0021). The years are open already: the province's own
        // opening is admitted and then refused REVIEW_YEAR_EXISTS (counted as allowed).
        (OpenReviewYear, Inside | Outside) => [
            FORBIDDEN, FORBIDDEN, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN,
        ],
        (SaveReport | SubmitReport | HandInCopy, Inside) => [
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NotFound,
            Allow, NotFound,
        ],
        (SaveReport | SubmitReport | HandInCopy, Outside) => [
            FORBIDDEN, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound, NotFound,
        ],
        // The years are not delegated: the cities and counties are refused after the policy.
        (ReceiveCopy | ReturnReport | RequireOnSite | RecordOnSite | ConcludeReview, Inside) => [
            Allow,
            Allow,
            Allow,
            Allow,
            NOT_DELEGATED,
            NOT_DELEGATED,
            FORBIDDEN,
            FORBIDDEN,
            NotFound,
            FORBIDDEN,
            NotFound,
        ],
        (ReceiveCopy | ReturnReport | RequireOnSite | RecordOnSite | ConcludeReview, Outside) => [
            Allow, Allow, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound,
        ],
        (RecordOverdue | RemindReviews, Inside) => [
            Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            Allow,
        ],
        (RecordOverdue | RemindReviews, Outside) => [
            Allow, Allow, NotFound, NotFound, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, Allow,
        ],
        // Patrols (§二(三)): the provinces', cities' and counties' officers whose jurisdiction holds
        // the enterprise; the follow-up is not due yet (refused after the policy admitted them).
        (RecordPatrol | OrderMeasure | CloseMeasure | RecordFollowUp, Inside) => [
            FORBIDDEN, FORBIDDEN, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, NotFound, FORBIDDEN,
            NotFound,
        ],
        // Filed by the authority that recorded it (the county, in these rows) or the province.
        (FilePatrol, Inside) => [
            FORBIDDEN, FORBIDDEN, Allow, Allow, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, NotFound, FORBIDDEN,
            NotFound,
        ],
        (AcknowledgePatrol, Inside) => [
            FORBIDDEN, FORBIDDEN, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NotFound,
            FORBIDDEN, NotFound,
        ],
        (
            RecordPatrol | OrderMeasure | CloseMeasure | RecordFollowUp | FilePatrol | AcknowledgePatrol,
            Outside,
        ) => [
            FORBIDDEN, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound, NotFound,
        ],
        // Patrol plans (docs/adr/0022 "Plans"): only the province plans, for its own seat; a
        // Jiangsu plan executed by a Zhejiang county is admitted by the policy and refused by
        // the plan's own check.
        // Double-random draws (docs/adr/0025): every level of field authority draws in its own
        // jurisdiction; a draw naming a Zhejiang county is admitted by the policy (the caller's
        // own seat) and refused by the specification's check. Running a draw is for the
        // authorities whose jurisdiction holds the drawing one (inside: Xuanwu's; outside: the
        // Zhejiang province's).
        (CommitDraw | RunDraw, Inside) => [
            FORBIDDEN, FORBIDDEN, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN,
        ],
        (CommitDraw, Outside) => [
            FORBIDDEN,
            FORBIDDEN,
            INVALID_DRAW,
            INVALID_DRAW,
            INVALID_DRAW,
            INVALID_DRAW,
            FORBIDDEN,
            FORBIDDEN,
            FORBIDDEN,
            FORBIDDEN,
            FORBIDDEN,
        ],
        (RunDraw, Outside) => {
            [FORBIDDEN, FORBIDDEN, OOJ, OOJ, OOJ, OOJ, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        // Cancelling is the committing authority's alone (inside: Xuanwu's draw, cancelled by
        // the Xuanwu county only — the province and city above it may run it, not cancel it;
        // outside: the Zhejiang province's, nobody's here).
        (CancelDraw, Inside) => [
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN,
        ],
        (CancelDraw, Outside) => [FORBIDDEN; 11],
        (CreatePatrolPlan, Inside) => [
            FORBIDDEN, FORBIDDEN, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN,
        ],
        (CreatePatrolPlan, Outside) => [
            FORBIDDEN,
            FORBIDDEN,
            INVALID_PLAN,
            INVALID_PLAN,
            FORBIDDEN,
            FORBIDDEN,
            FORBIDDEN,
            FORBIDDEN,
            FORBIDDEN,
            FORBIDDEN,
            FORBIDDEN,
        ],
        // Linkage notices (docs/adr/0026): the nation, the provinces and the review department
        // send, the type deciding which (a national failure here: the province and the review
        // department are refused by the type, after the policy); the authority sent to acts on
        // it, any tier; every authority's people read, within their notice scope.
        (SendNotice, Inside) => [
            Allow,
            Allow,
            WRONG_SENDER,
            WRONG_SENDER,
            FORBIDDEN,
            FORBIDDEN,
            WRONG_SENDER,
            FORBIDDEN,
            NotFound,
            FORBIDDEN,
            NotFound,
        ],
        (SendNotice, Outside) => [
            Allow, Allow, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound,
        ],
        (AcknowledgeNotice | PassOnNotice | CloseNotice, Inside) => [
            FORBIDDEN, FORBIDDEN, Allow, Allow, NotFound, NotFound, FORBIDDEN, FORBIDDEN, NotFound, NotFound,
            NotFound,
        ],
        (AcknowledgeNotice | PassOnNotice | CloseNotice, Outside) => [
            FORBIDDEN, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound, NotFound,
        ],
        (ReadNotices | ReadSpotCheckImports | ExportImports, Inside | Outside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        // An export is asked by whoever reads the list, as the list query scopes it (docs/adr/0028).
        (ExportEnterprises, Inside | Outside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, Allow, FORBIDDEN]
        }
        (ExportTasks, Inside | Outside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN]
        }
        (ExportNotices, Inside | Outside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        // Generated reports (docs/adr/0030): each authority below the nation generates its own
        // (the nation reports to no one); the reporter's officers submit it; the tier above — here
        // the nation, above Jiangsu (inside) and Zhejiang (outside) — returns, accepts, locks and
        // unlocks it; officers and auditors read the reports in their reach.
        (GenerateReport, Inside | Outside) => [
            FORBIDDEN, FORBIDDEN, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN,
        ],
        (SubmitGeneratedReport, Inside) => [
            FORBIDDEN, FORBIDDEN, Allow, Allow, NotFound, NotFound, NotFound, FORBIDDEN, NotFound, NotFound,
            NotFound,
        ],
        (SubmitGeneratedReport, Outside) => [
            FORBIDDEN, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound, NotFound,
        ],
        (
            ReturnGeneratedReport | AcceptGeneratedReport | LockGeneratedReport | UnlockGeneratedReport,
            Inside,
        ) => [Allow, Allow, OOJ, OOJ, NotFound, NotFound, NotFound, FORBIDDEN, NotFound, NotFound, NotFound],
        (
            ReturnGeneratedReport | AcceptGeneratedReport | LockGeneratedReport | UnlockGeneratedReport,
            Outside,
        ) => [
            Allow, Allow, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound,
        ],
        (ReadGeneratedReports | ExportReports, Inside | Outside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        // Unlicensed production (docs/adr/0033): the field officers whose jurisdiction holds the
        // producer's place open and act on a case; its head or leader in charge signs the ban
        // notice and a dismissal; officers and auditors read the cases of their jurisdiction.
        (OpenUnlicensed, Inside) => [
            FORBIDDEN, FORBIDDEN, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN,
        ],
        (OpenUnlicensed, Outside) => {
            [FORBIDDEN, FORBIDDEN, OOJ, OOJ, OOJ, OOJ, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        // A case outside the caller's case scope is not found, as a notice is: the roles that read
        // no case never learn one exists.
        (UrgeUnlicensed | LinkUnlicensedLicense | CloseUnlicensed, Inside) => [
            FORBIDDEN, FORBIDDEN, Allow, Allow, Allow, Allow, NotFound, FORBIDDEN, NotFound, NotFound,
            NotFound,
        ],
        (NotifyUnlicensedBan | DismissUnlicensed, Inside) => [
            FORBIDDEN, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, NotFound, FORBIDDEN, NotFound,
            NotFound, NotFound,
        ],
        (
            UrgeUnlicensed
            | LinkUnlicensedLicense
            | CloseUnlicensed
            | NotifyUnlicensedBan
            | DismissUnlicensed,
            Outside,
        ) => [
            FORBIDDEN, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound, NotFound,
        ],
        (ReadUnlicensed, Inside | Outside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        // Counterfeiting cases (docs/adr/0034): the provincial, municipal and county officers
        // whose jurisdiction holds the enterprise open a case and take its steps, any tier; the
        // province's head or leader in charge reports the revocation up; the authorities' own
        // people read the cases in their reach.
        (
            OpenCounterfeit
            | OrderCounterfeitStop
            | RecordCounterfeitRecall
            | CompleteCounterfeitRecall
            | RequestCounterfeitBan
            | TransferCounterfeitToPolice
            | RecordCounterfeitPoliceReceipt
            | CloseCounterfeit,
            Inside,
        ) => [
            FORBIDDEN, FORBIDDEN, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, NotFound, FORBIDDEN,
            NotFound,
        ],
        (
            OpenCounterfeit
            | OrderCounterfeitStop
            | RecordCounterfeitRecall
            | CompleteCounterfeitRecall
            | RequestCounterfeitBan
            | TransferCounterfeitToPolice
            | RecordCounterfeitPoliceReceipt
            | CloseCounterfeit
            | ReportCounterfeitRevocation,
            Outside,
        ) => [
            FORBIDDEN, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound, NotFound,
        ],
        (ReportCounterfeitRevocation, Inside) => [
            FORBIDDEN, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NotFound,
            FORBIDDEN, NotFound,
        ],
        (ReadCounterfeitCases, Inside | Outside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        // Supervision orders (docs/adr/0035): issued by the head or leader in charge of an
        // authority above the one ordered (Xuanwu inside, Zhejiang outside); acknowledged,
        // reported on and completed by the officers of the authority ordered (the nation's order
        // to Xuanwu inside, to Zhejiang outside); accepted and returned by the issuer's leadership
        // (Jiangsu's order to a county of its own inside, Zhejiang's outside); read by every
        // authority's people in reach.
        (IssueOrder, Inside) => [
            Allow, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN,
        ],
        (IssueOrder, Outside) => [
            Allow, FORBIDDEN, OOJ, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN,
        ],
        (AcknowledgeOrder | ReportOrderProgress | CompleteOrder, Inside) => [
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, NotFound,
            NotFound, NotFound,
        ],
        (AcknowledgeOrder | ReportOrderProgress | CompleteOrder, Outside) => [
            FORBIDDEN, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound, NotFound,
        ],
        (AcceptOrder | ReturnOrder, Inside) => [
            FORBIDDEN, FORBIDDEN, Allow, FORBIDDEN, NotFound, NotFound, FORBIDDEN, FORBIDDEN, NotFound,
            NotFound, NotFound,
        ],
        (AcceptOrder | ReturnOrder, Outside) => [
            FORBIDDEN, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound, NotFound,
        ],
        (ReadOrders | ReadRequests, Inside | Outside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        // Requests from the lower tier: raised by the officers of an authority to its parent (Xuanwu
        // to Nanjing inside; a Zhejiang county's city outside, which is no one's parent in the
        // matrix but the county's); answered by the officers of the parent; resolved and reopened
        // by the raiser's officers.
        (RaiseRequest, Inside) => [
            FORBIDDEN, FORBIDDEN, NOT_PARENT, NOT_PARENT, NOT_PARENT, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN,
        ],
        (RaiseRequest, Outside) => [
            FORBIDDEN, FORBIDDEN, NOT_PARENT, NOT_PARENT, NOT_PARENT, NOT_PARENT, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN, FORBIDDEN,
        ],
        (AnswerRequest, Inside) => [
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, NotFound,
            NotFound, NotFound,
        ],
        (ResolveRequest | ReopenRequest, Inside) => [
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, NotFound,
            NotFound, NotFound,
        ],
        (AnswerRequest | ResolveRequest | ReopenRequest, Outside) => [
            FORBIDDEN, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound, NotFound,
        ],
        // Escalating a late notice (the nation's, to Jiangsu inside and Zhejiang outside) is its
        // sender's leadership's; the fixture's notice is not late, refused after the policy.
        (EscalateNotice, Inside) => [
            Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, NotFound, NotFound, FORBIDDEN, FORBIDDEN, NotFound,
            NotFound, NotFound,
        ],
        (EscalateNotice, Outside) => [
            Allow, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound,
        ],
        // Key regions (docs/adr/0037): officers and auditors read their own jurisdiction's; a
        // region outside it is refused by the use case after the policy.
        (ReadKeyRegions, Inside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        (ReadKeyRegions, Outside) => {
            [Allow, Allow, OOJ, OOJ, OOJ, OOJ, FORBIDDEN, OOJ, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        // Responsible persons (docs/adr/0036): the nation's order to the row's province (Jiangsu
        // inside, Zhejiang outside) is the province's work, assigned and reassigned by its head or
        // leader in charge; the nation reaches it but it is not the nation's; below the province
        // and outside it, not found. Read by every authority's people in reach.
        (AssignResponsible | ReassignResponsible, Inside) => [
            FORBIDDEN, FORBIDDEN, Allow, FORBIDDEN, NotFound, NotFound, FORBIDDEN, FORBIDDEN, NotFound,
            NotFound, NotFound,
        ],
        (AssignResponsible | ReassignResponsible, Outside) => [
            FORBIDDEN, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound, NotFound,
        ],
        (ReadAssignments, Inside | Outside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        // Key-industry campaigns (docs/adr/0038): opened over the row's county (Xuanwu inside,
        // a Zhejiang district outside) and amended, closed and cancelled only by a provincial or
        // municipal authority's head or leader in charge — of the authority that opened it (the
        // fixture's campaign is the province's: Jiangsu's inside, Zhejiang's outside); a campaign
        // outside the caller's reach is not found. Officers and auditors read campaigns.
        (OpenCampaign | AmendCampaign, Inside) => [
            FORBIDDEN, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN,
        ],
        (OpenCampaign, Outside) => [
            FORBIDDEN, FORBIDDEN, OOJ, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN,
        ],
        (AmendCampaign, Outside) => [
            FORBIDDEN, FORBIDDEN, NotFound, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN,
        ],
        (CloseCampaign | CancelCampaign, Inside) => [
            FORBIDDEN, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, NotFound, FORBIDDEN, NotFound,
            NotFound, NotFound,
        ],
        (CloseCampaign | CancelCampaign, Outside) => [
            FORBIDDEN, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound, NotFound,
        ],
        (ReadCampaigns, Inside | Outside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        // Responsibility agreements (docs/adr/0036): drafted for the city above the row's county
        // (Wuxi inside, Hangzhou outside) by a provincial or municipal authority's leadership
        // directly above it; amended and withdrawn by the drafter's leadership, signed by the
        // bound city's (no matrix role is a city's leadership); outside the caller's reach an
        // agreement is not found. Officers and auditors read agreements.
        (DraftAgreement, Inside) => [
            FORBIDDEN, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN,
        ],
        (DraftAgreement, Outside) => [
            FORBIDDEN, FORBIDDEN, OOJ, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN,
        ],
        (AmendAgreement | WithdrawAgreement, Inside) => [
            FORBIDDEN, FORBIDDEN, Allow, FORBIDDEN, NotFound, NotFound, NotFound, FORBIDDEN, NotFound,
            NotFound, NotFound,
        ],
        (SignAgreement, Inside) => [
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NotFound, NotFound, NotFound, FORBIDDEN, NotFound,
            NotFound, NotFound,
        ],
        (AmendAgreement | WithdrawAgreement | SignAgreement, Outside) => [
            FORBIDDEN, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound, NotFound,
        ],
        (ReadAgreements, Inside | Outside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        // Rectification meetings (docs/adr/0038 decision 9): convened in the row's campaign (the
        // province's over the row's county: Jiangsu's inside, Zhejiang's outside), held, cancelled
        // and resolved only by the campaign's authority's head or leader in charge; a meeting
        // outside the caller's reach is not found. Read as campaigns are.
        (ConveneMeeting | HoldMeeting | CancelMeeting | ResolveMeeting, Inside) => [
            FORBIDDEN, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, NotFound, FORBIDDEN, NotFound,
            NotFound, NotFound,
        ],
        (ConveneMeeting | HoldMeeting | CancelMeeting | ResolveMeeting, Outside) => [
            FORBIDDEN, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound, NotFound,
        ],
        (ReadMeetings, Inside | Outside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        // Commendation and accountability records (docs/adr/0039): a commendation of the row's
        // authority (Xuanwu inside, Zhejiang outside) for the nation's order to it, drafted by a
        // head or leader in charge whose jurisdiction holds it; the steps on the province's own
        // record about its county (Wuxi's Xishan inside, Hangzhou's Xihu outside) — a draft seen
        // by the province's officers alone, issued and annulled by its head (no matrix role), an
        // issued one seen by the officers and auditors at and above that county (not by Nanjing's
        // or Xuanwu's, beside it).
        (DraftRecord, Inside) => [
            Allow, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN,
        ],
        (DraftRecord, Outside) => [
            Allow, FORBIDDEN, OOJ, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN,
        ],
        (WithdrawRecord, Inside) => [
            NotFound, NotFound, Allow, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound,
        ],
        (IssueRecord, Inside) => [
            NotFound, NotFound, FORBIDDEN, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound, NotFound,
        ],
        (WithdrawRecord | IssueRecord, Outside) => [
            NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound, NotFound,
        ],
        (AnnulRecord, Inside) => [
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NotFound, NotFound, NotFound, FORBIDDEN, NotFound,
            NotFound, NotFound,
        ],
        (AnnulRecord, Outside) => [
            FORBIDDEN, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound, NotFound,
        ],
        (ReadRecords, Inside | Outside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        // Periodic reports (§二(五), docs/adr/0041): the enterprise writes and submits its own;
        // every officer, the review department and the auditor who reach it are refused.
        (SavePeriodicReport | SubmitPeriodicReport, Inside) => [
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NotFound,
            Allow, NotFound,
        ],
        // The city or county that holds the enterprise acknowledges or returns it; the province
        // and the nation read it only.
        (AcknowledgePeriodicReport | ReturnPeriodicReport, Inside) => [
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, Allow, Allow, FORBIDDEN, FORBIDDEN, NotFound,
            FORBIDDEN, NotFound,
        ],
        (
            SavePeriodicReport | SubmitPeriodicReport | AcknowledgePeriodicReport | ReturnPeriodicReport,
            Outside,
        ) => [
            FORBIDDEN, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound, NotFound,
        ],
        // The inbox (docs/adr/0040): everyone reads their own, whatever it holds.
        (ReadInbox, Inside | Outside) => [Allow; 11],
        (RecordExpiries, Inside | Outside) => [
            Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            Allow,
        ],
        // Dismissing a counterfeiting case opened in error (docs/adr/0034 decision 10): the head
        // or leader in charge of the authority that opened it (the row's province, Jiangsu
        // inside); the others who read the case are refused, those who do not never learn of it.
        (DismissCounterfeit, Inside) => [
            FORBIDDEN, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NotFound,
            FORBIDDEN, NotFound,
        ],
        (DismissCounterfeit, Outside) => [
            FORBIDDEN, FORBIDDEN, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
            NotFound, NotFound,
        ],
        // The supervision overview (督导, docs/adr/0042): as the key regions — officers and
        // auditors read a region of their own jurisdiction; one outside it is refused by the use
        // case after the policy.
        (ReadOverview, Inside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        (ReadOverview, Outside) => {
            [Allow, Allow, OOJ, OOJ, OOJ, OOJ, FORBIDDEN, OOJ, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        // Orders and requests export to whoever reads their lists (the tiers' scope function,
        // docs/adr/0028 §11): the same readers as ReadOrders and ReadRequests.
        (ExportOrders | ExportRequests, Inside | Outside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        // The due tests of an authority (Xuanwu inside, Zhejiang outside) export to the officers
        // whose jurisdiction holds it, as the list reads (docs/adr/0028 §12).
        (ExportDueTests, Inside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        (ExportDueTests, Outside) => {
            [Allow, Allow, OOJ, OOJ, OOJ, OOJ, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        // The risk classes export to whoever reads them (ReadRiskClass inside): the list is scoped,
        // so an enterprise's own row is all an enterprise user reads (docs/adr/0028 §13).
        (ExportRiskClasses, Inside | Outside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, Allow, FORBIDDEN]
        }
        // A draw's record is published (一公开): whoever reads it exports it, whoever drew it.
        (ExportDraws, Inside | Outside) => [Allow; 11],
        // The reports due, the inbox, the enforcement cases and the patrols due export to whoever
        // reads their lists (docs/adr/0028 §14–§17): the registry's readers (reports and patrols
        // due), everyone (their own inbox), and the readers of ReadUnlicensed and
        // ReadCounterfeitCases.
        (ExportReportsDue | ExportPatrolsDue, Inside | Outside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, Allow, FORBIDDEN]
        }
        (ExportInbox, Inside | Outside) => [Allow; 11],
        (ExportUnlicensed, Inside | Outside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        (ExportCounterfeit, Inside | Outside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
        // The responsibility records export to their list's readers (docs/adr/0028 §18).
        // So do the campaigns and the rectification meetings (§19): ReadCampaigns' and
        // ReadMeetings' readers.
        (ExportRecords | ExportCampaigns | ExportMeetings, Inside | Outside) => {
            [Allow, Allow, Allow, Allow, Allow, Allow, FORBIDDEN, Allow, FORBIDDEN, FORBIDDEN, FORBIDDEN]
        }
    }
}

const OPS: [Op; 176] = [
    // First: licenses issued while the years are open join them (docs/adr/0021), and later rows
    // move the demo clock past their deadlines.
    OpenReviewYear,
    SaveReport,
    SubmitReport,
    HandInCopy,
    ReceiveCopy,
    ReturnReport,
    RequireOnSite,
    RecordOnSite,
    ConcludeReview,
    RecordOverdue,
    RemindReviews,
    ReadEnterprise,
    ReadNode,
    ReadLicense,
    Register,
    UpdateBaseData,
    IssueLicense,
    Suspend,
    Resume,
    Revoke,
    Cancel,
    CreateApiKey,
    ReadAuditTrail,
    Designate,
    OpenTask,
    SubmitResults,
    ReadTask,
    ObjectToVerdict,
    DeliverVerdict,
    AcknowledgeDelivery,
    DecideObjection,
    ConcludeRecheck,
    OpenRectification,
    RequestExtension,
    DecideExtension,
    OpenRecheck,
    DecideProposal,
    ReadRectification,
    ReadProposal,
    AdvanceDemoClock,
    SetWorkingCalendar,
    ReadOfficer,
    CreateOfficer,
    UpdateOfficer,
    DeactivateOfficer,
    CreateAuthority,
    RenameAuthority,
    CloseAuthority,
    CreateInstitution,
    AccreditInstitution,
    SuspendInstitution,
    RecordExpiries,
    CancelTask,
    ReassignTask,
    ReadDashboard,
    MakeProposal,
    EndDesignation,
    ReplaceDesignation,
    RequestChange,
    DecideChange,
    WithdrawChange,
    ConcludeReReview,
    ReadTaskAuditTrail,
    ReadLicenseTasks,
    ReadEnterpriseRectifications,
    ReadRiskClass,
    ReadRiskModel,
    PreviewFrequencies,
    SetProvincialRules,
    ReadProvincialRules,
    ReadProvincialRuleVersions,
    PreviewRules,
    ReadAuditRecords,
    RecordPatrol,
    OrderMeasure,
    CloseMeasure,
    RecordFollowUp,
    FilePatrol,
    AcknowledgePatrol,
    CreatePatrolPlan,
    RecordRecusal,
    SendNotice,
    AcknowledgeNotice,
    PassOnNotice,
    CloseNotice,
    ReadNotices,
    ReadSpotCheckImports,
    CommitDraw,
    RunDraw,
    CancelDraw,
    ExportEnterprises,
    ExportTasks,
    ExportNotices,
    GenerateReport,
    SubmitGeneratedReport,
    ReturnGeneratedReport,
    AcceptGeneratedReport,
    LockGeneratedReport,
    UnlockGeneratedReport,
    ReadGeneratedReports,
    OpenUnlicensed,
    UrgeUnlicensed,
    LinkUnlicensedLicense,
    NotifyUnlicensedBan,
    CloseUnlicensed,
    DismissUnlicensed,
    ReadUnlicensed,
    OpenCounterfeit,
    OrderCounterfeitStop,
    RecordCounterfeitRecall,
    CompleteCounterfeitRecall,
    ReportCounterfeitRevocation,
    RequestCounterfeitBan,
    TransferCounterfeitToPolice,
    RecordCounterfeitPoliceReceipt,
    CloseCounterfeit,
    ReadCounterfeitCases,
    IssueOrder,
    AcknowledgeOrder,
    ReportOrderProgress,
    CompleteOrder,
    AcceptOrder,
    ReturnOrder,
    ReadOrders,
    RaiseRequest,
    AnswerRequest,
    ResolveRequest,
    ReopenRequest,
    ReadRequests,
    EscalateNotice,
    ReadKeyRegions,
    AssignResponsible,
    ReassignResponsible,
    ReadAssignments,
    OpenCampaign,
    AmendCampaign,
    CloseCampaign,
    CancelCampaign,
    ReadCampaigns,
    DraftAgreement,
    AmendAgreement,
    SignAgreement,
    WithdrawAgreement,
    ReadAgreements,
    ConveneMeeting,
    HoldMeeting,
    CancelMeeting,
    ResolveMeeting,
    ReadMeetings,
    DismissCounterfeit,
    DraftRecord,
    WithdrawRecord,
    IssueRecord,
    AnnulRecord,
    ReadRecords,
    ReadOverview,
    SavePeriodicReport,
    SubmitPeriodicReport,
    AcknowledgePeriodicReport,
    ReturnPeriodicReport,
    ReadInbox,
    ExportOrders,
    ExportRequests,
    ExportDueTests,
    ExportRiskClasses,
    ExportDraws,
    ExportReportsDue,
    ExportInbox,
    ExportUnlicensed,
    ExportCounterfeit,
    ExportPatrolsDue,
    ExportRecords,
    ExportCampaigns,
    ExportMeetings,
    ExportImports,
    ExportReports,
];

struct World {
    organisations: Vec<(&'static str, String)>,
    institution_inside: InstitutionId,
    institution_outside: InstitutionId,
    /// The provincial authorities whose leaders make revocation proposals: Jiangsu (inside),
    /// Zhejiang (outside).
    provinces: (AuthorityId, AuthorityId),
    /// The authorities officers are entered at: Xuanwu (inside), Zhejiang (outside).
    authority_inside: AuthorityId,
    authority_outside: AuthorityId,
    /// The authorities renamed and closed: in Jiangsu (inside) and in Zhejiang (outside).
    seats_inside: Seats,
    seats_outside: Seats,
    /// The review years open in Jiangsu (inside) and Zhejiang (outside), with two officers of
    /// each province's directory to inspect on site.
    reviews_inside: ReviewWorld,
    reviews_outside: ReviewWorld,
}

/// A province's open review year and two inspectors of its directory; two more qualified for
/// wire and cable, who patrol.
struct ReviewWorld {
    year: ReviewYearId,
    inspectors: [OfficerId; 2],
    patrollers: [OfficerId; 2],
}

/// The county authorities the authority rows act on: one renamed (and the successor of those
/// closed), and free counties under existing city authorities, each used by one row.
struct Seats {
    county: AuthorityId,
    free: std::sync::Mutex<Vec<(String, AuthorityId)>>,
}

impl Seats {
    /// Cities made under `province` (the county stands under the first), their free counties.
    async fn new(server: &TestServer, province: AuthorityId, cities: &[&str], county: &str) -> Seats {
        use oversight_domain::RegionCode;
        let mut free = Vec::new();
        let mut county_id = None;
        for city in cities {
            let code = RegionCode::parse(city).unwrap();
            let parent = server.authority(&format!("{}市场监督管理局", code.name()), city, province).await;
            for area in oversight_domain::registry::region::children(code) {
                if area.code.as_str() == county {
                    let name = format!("{}{}市场监督管理局", code.name(), area.name);
                    county_id = Some(server.authority(&name, county, parent.id).await.id);
                } else {
                    free.push((area.code.as_str().to_owned(), parent.id));
                }
            }
        }
        Seats { county: county_id.unwrap(), free: std::sync::Mutex::new(free) }
    }

    /// A county with no authority yet, and its city's authority.
    fn take(&self) -> (String, AuthorityId) {
        self.free.lock().unwrap().pop().unwrap()
    }
}

async fn world(server: &TestServer) -> World {
    let app = &server.app;
    let JiangsuChain { jiangsu, nanjing, xuanwu } = server.jiangsu_chain().await;
    let institution_inside = server.institution("江苏省产品质量监督检验研究院", "320000").await.unwrap().id;
    let institution_outside = server.institution("浙江省产品质量安全检测研究院", "330000").await.unwrap().id;
    let zhejiang = server.authority("浙江省市场监督管理局", "330000", server.national_authority).await;
    let seats_inside = Seats::new(server, jiangsu.id, &["320200", "320300", "320500"], "320205").await;
    let seats_outside = Seats::new(server, zhejiang.id, &["330100", "330200", "330300"], "330106").await;
    // Each province's institution tests wire-cable there, so every row's task has its institution.
    let today = oversight_tests::today();
    for (institution_id, region) in [(institution_inside, "320000"), (institution_outside, "330000")] {
        app.designate_institution(
            &server.national,
            DesignateInstitution {
                industry: "wire-cable".to_owned(),
                institution_id,
                region_code: region.to_owned(),
                valid_from: today - chrono::Duration::days(365),
                valid_until: today + chrono::Duration::days(365),
            },
        )
        .await
        .unwrap();
    }
    World {
        organisations: vec![
            ("nation", format!("authority:{}", server.national_authority)),
            ("jiangsu", format!("authority:{}", jiangsu.id)),
            ("nanjing", format!("authority:{}", nanjing.id)),
            ("xuanwu", format!("authority:{}", xuanwu.id)),
            ("institution", format!("institution:{institution_inside}")),
            ("platform", "platform".to_owned()),
        ],
        institution_inside,
        institution_outside,
        provinces: (jiangsu.id, zhejiang.id),
        authority_inside: xuanwu.id,
        authority_outside: zhejiang.id,
        seats_inside,
        seats_outside,
        reviews_inside: review_world(server, jiangsu.id, "js").await,
        reviews_outside: review_world(server, zhejiang.id, "zj").await,
    }
}

/// Opens the province's review year (deadline a Wednesday about three months on), before any
/// row's license is issued, and enters two inspectors in its directory.
async fn review_world(server: &TestServer, province: AuthorityId, tag: &str) -> ReviewWorld {
    use chrono::Datelike;
    let app = &server.app;
    let officer = claims(
        &format!("{tag}-opener"),
        &format!("authority:{province}"),
        "provincial_officer",
        Some("staff"),
    );
    let opener = app.principal_from_claims(&officer).await.unwrap();
    let today = app.today();
    let mut deadline = today + chrono::Duration::days(90);
    while deadline.weekday() != chrono::Weekday::Wed {
        deadline += chrono::Duration::days(1);
    }
    let year = app
        .open_review_year(&opener, Some(today.year()), DeadlineAsked::On(deadline), false)
        .await
        .unwrap()
        .year
        .id;
    let mut inspectors = [OfficerId::new(0); 2];
    for (i, slot) in inspectors.iter_mut().enumerate() {
        let new = CreateOfficer {
            authority_id: province,
            name: format!("矩阵检查员{i}"),
            badge_number: format!("{}-INSP-{i}", tag.to_uppercase()),
            subject: format!("{tag}-inspector-{i}"),
            tier: Tier::Staff,
            industries: Vec::new(),
        };
        *slot = app.create_officer(&server.national, new).await.unwrap().id;
    }
    let mut patrollers = [OfficerId::new(0); 2];
    for (i, slot) in patrollers.iter_mut().enumerate() {
        let new = CreateOfficer {
            authority_id: province,
            name: format!("矩阵巡查员{i}"),
            badge_number: format!("{}-PATROL-{i}", tag.to_uppercase()),
            subject: format!("{tag}-patroller-{i}"),
            tier: Tier::Staff,
            industries: vec!["wire-cable".to_owned()],
        };
        *slot = app.create_officer(&server.national, new).await.unwrap().id;
    }
    ReviewWorld { year, inspectors, patrollers }
}

/// An enterprise with one license, made by the national head (not under test).
async fn fixture(
    server: &TestServer,
    region: &str,
    n: u32,
    suspended: bool,
) -> (EnterpriseId, String, String) {
    let code = credit_code(region, 5000 + n);
    let enterprise = server
        .app
        .register_enterprise(
            &server.national,
            RegisterEnterprise {
                credit_code: code.clone(),
                base: RawBaseData {
                    name: Some(format!("测试企业{n}有限公司")),
                    region_code: Some(region.to_owned()),
                    address: Some("建设路 1 号".to_owned()),
                    scale: Some(EnterpriseScale::Small),
                    products: None,
                    production_conditions: None,
                    inspection_means: None,
                    process: None,
                },
            },
        )
        .await
        .unwrap();
    let number = format!("XK06-001-{:05}", 10_000 + n);
    server
        .app
        .issue_license(
            &server.national,
            IssueLicense {
                enterprise_id: enterprise.id,
                number: number.clone(),
                industry: "wire-cable".to_owned(),
                product_unit: "电线电缆".to_owned(),
                issued_on: server.app.today() - chrono::Duration::days(30),
                expires_on: None,
                import: false,
                status: None,
            },
        )
        .await
        .unwrap();
    if suspended {
        server
            .app
            .change_license_status(
                &server.national,
                ChangeLicenseStatus {
                    number: number.clone(),
                    to: LicenseStatus::Suspended,
                    reason: "抽查不合格".to_owned(),
                },
            )
            .await
            .unwrap();
    }
    (enterprise.id, code, number)
}

fn global(kind: &str, id: impl std::fmt::Display) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("{kind}:{id}"))
}

/// Runs one operation and classifies what came back.
async fn run(
    server: &TestServer,
    token: &str,
    op: Op,
    enterprise: (EnterpriseId, &str, &str),
    (region, institution, authority, seats): (&str, InstitutionId, AuthorityId, &Seats),
    (other_institution, province, reviews): (InstitutionId, AuthorityId, &ReviewWorld),
    n: u32,
) -> Expect {
    let (enterprise_id, code, number) = enterprise;
    // An officer of the authority under test, entered by the national head (not under test).
    let officer = if matches!(op, ReadOfficer | UpdateOfficer | DeactivateOfficer | RecordRecusal) {
        let new = CreateOfficer {
            authority_id: authority,
            name: "矩阵执法人员".to_owned(),
            badge_number: format!("M-{n:05}"),
            subject: format!("matrix-officer-{n}"),
            tier: Tier::Staff,
            industries: Vec::new(),
        };
        server.app.create_officer(&server.national, new).await.unwrap().id
    } else {
        OfficerId::new(0)
    };
    // A task of the enterprise under test, opened by the national head (not under test).
    let task = if matches!(op, SubmitResults | ReadTask | ReadTaskAuditTrail | ReadLicenseTasks) {
        server.app.open_testing_task(&server.national, open_task(number)).await.unwrap().id
    } else {
        TaskId::new(0)
    };
    // The later supervision steps need a failing verdict, then a rectification past its
    // window, and so on; made by the national head and the assigned institution (not under
    // test), with the app calendar moved instead of waiting.
    let (stage_task, rectification, proposal) =
        supervision_fixture(server, op, (enterprise_id, number), (institution, province), n).await;
    let (designation, successor) = designation_fixture(server, op, region, n).await;
    let change = change_fixture(server, op, enterprise_id).await;
    let review = review_fixture(server, op, enterprise_id).await;
    let patrol = patrol_fixture(server, op, number, (authority, province), reviews).await;
    let notice = notice_fixture(server, op, enterprise_id, province).await;
    let report = report_fixture(server, op, province).await;
    let case = unlicensed_fixture(server, op, region, province).await;
    let counterfeit = counterfeit_fixture(server, op, (enterprise_id, number), province).await;
    let order = order_fixture(server, op, (region, authority, province, seats.county)).await;
    let (request, parent) = request_fixture(server, op, (region, authority, seats.county)).await;
    let assigned = assignment_fixture(server, op, province, reviews).await;
    let campaign = campaign_fixture(server, op, region, province).await;
    let (city, agreement) = agreement_fixture(server, op, province, seats.county).await;
    let (meeting_campaign, meeting) = meeting_fixture(server, op, region, province, enterprise_id).await;
    let (record_ground, record) = record_fixture(server, op, (authority, province, seats.county)).await;
    let periodic = periodic_report_fixture(server, op, enterprise_id, n).await;
    let status = |status: &str| {
        (
            "mutation($i: ChangeLicenseStatusInput!) { changeLicenseStatus(input: $i) { license { status } } }",
            json!({ "i": { "number": number, "status": status, "reason": "矩阵测试" } }),
            "changeLicenseStatus",
        )
    };
    let (query, variables, field) = match op {
        ReadEnterprise => {
            ("query($c: String!) { enterprise(creditCode: $c) { id } }", json!({ "c": code }), "enterprise")
        }
        ReadNode => (
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": global("Enterprise", enterprise_id) }),
            "node",
        ),
        ReadLicense => {
            ("query($n: String!) { license(number: $n) { id } }", json!({ "n": number }), "license")
        }
        // Far above the fixtures' codes (5000 + 2n + 1, which passed 9000 once the matrix grew
        // past 2,000 rows).
        Register => (
            "mutation($i: RegisterEnterpriseInput!) { registerEnterprise(input: $i) { enterprise { id } } }",
            json!({ "i": { "creditCode": credit_code(region, 900_000 + n), "name": "新登记企业有限公司", "regionCode": region,
                            "address": "1 号", "scale": "SMALL" } }),
            "registerEnterprise",
        ),
        // The address: a field the enterprise still edits directly (docs/adr/0018).
        UpdateBaseData => (
            "mutation($i: UpdateEnterpriseBaseDataInput!) { updateEnterpriseBaseData(input: $i) { enterprise { id } } }",
            json!({ "i": { "enterpriseId": global("Enterprise", enterprise_id), "address": format!("更新 {n} 号") } }),
            "updateEnterpriseBaseData",
        ),
        RequestChange => (
            "mutation($i: RequestEnterpriseChangeInput!) { requestEnterpriseChange(input: $i) { changeRequest { id } } }",
            json!({ "i": { "enterpriseId": global("Enterprise", enterprise_id), "productionConditions": format!("新生产线 {n}"),
                            "reason": "矩阵测试" } }),
            "requestEnterpriseChange",
        ),
        DecideChange => (
            "mutation($i: DecideEnterpriseChangeInput!) { decideEnterpriseChange(input: $i) { changeRequest { id } } }",
            json!({ "i": { "requestId": global("EnterpriseChangeRequest", change), "accept": true, "reason": "矩阵测试" } }),
            "decideEnterpriseChange",
        ),
        WithdrawChange => (
            "mutation($i: WithdrawEnterpriseChangeInput!) { withdrawEnterpriseChange(input: $i) { changeRequest { id } } }",
            json!({ "i": { "requestId": global("EnterpriseChangeRequest", change), "reason": "矩阵测试" } }),
            "withdrawEnterpriseChange",
        ),
        ConcludeReReview => {
            let license = server.app.license_by_number(&server.national, number).await.unwrap().unwrap().id;
            (
                "mutation($i: ConcludeReReviewInput!) { concludeReReview(input: $i) { license { id } } }",
                json!({ "i": { "licenseId": global("License", license), "reason": "矩阵测试" } }),
                "concludeReReview",
            )
        }
        IssueLicense => (
            "mutation($i: IssueLicenseInput!) { issueLicense(input: $i) { license { id } } }",
            json!({ "i": { "enterpriseId": global("Enterprise", enterprise_id), "number": format!("XK13-001-{:05}", 20_000 + n),
                            "industry": "compound-fertilizer", "productUnit": "复混肥料",
                            "issuedOn": (server.app.today() - chrono::Duration::days(1)).to_string() } }),
            "issueLicense",
        ),
        Suspend => status("SUSPENDED"),
        Resume => status("VALID"),
        Revoke => status("REVOKED"),
        Cancel => status("CANCELLED"),
        ReadAuditTrail => (
            "query($s: ID!) { auditTrail(subject: $s, first: 5) { totalCount edges { node { operation } } } }",
            json!({ "s": global("Enterprise", enterprise_id) }),
            "auditTrail",
        ),
        Designate => {
            // A fresh two-day period per row, so rows never overlap each other.
            let from = chrono::NaiveDate::from_ymd_opt(2030, 1, 1).unwrap()
                + chrono::Duration::days(i64::from(n) * 3);
            (
                "mutation($i: DesignateInstitutionInput!) { designateInstitution(input: $i) { designation { id } } }",
                json!({ "i": { "industry": "wire-cable", "institutionId": global("Institution", institution),
                                "regionCode": region, "validFrom": from.to_string(),
                                "validUntil": (from + chrono::Duration::days(1)).to_string() } }),
                "designateInstitution",
            )
        }
        OpenTask => {
            let input = open_task(number);
            (
                "mutation($i: OpenTestingTaskInput!) { openTestingTask(input: $i) { task { id } } }",
                json!({ "i": { "licenseNumber": input.license_number, "variant": input.variant, "batch": input.batch,
                                "declaredStandards": input.declared_standards,
                                "samplingDate": input.sampling_date.to_string(), "testPortion": input.test_portion,
                                "backupPortion": input.backup_portion } }),
                "openTestingTask",
            )
        }
        SubmitResults => (
            "mutation($i: SubmitTestResultsInput!) { submitTestResults(input: $i) { submissionId } }",
            json!({ "i": { "idempotencyKey": format!("matrix-{n}"), "submissions": [{
                "taskId": global("TestingTask", task),
                "results": crate::supervision::sample(vec![
                    json!({ "item": "conductor_resistance", "value": "7.00", "unit": "Ω/km",
                            "conditions": [{ "name": "temperature_c", "value": "20" }] }),
                    json!({ "item": "voltage_test", "value": "no_breakdown", "unit": "" }),
                ]) }] } }),
            "submitTestResults",
        ),
        ReadAuditRecords => (
            "query($s: String!) { auditRecords(filter: { actorSubject: $s }, first: 5) { totalCount } }",
            json!({ "s": "matrix-nobody" }),
            "auditRecords",
        ),
        ReadTaskAuditTrail => (
            "query($s: ID!) { auditTrail(subject: $s, first: 5) { totalCount edges { node { operation } } } }",
            json!({ "s": global("TestingTask", task) }),
            "auditTrail",
        ),
        ReadLicenseTasks => (
            "query($n: String!) { license(number: $n) { testingTasks(first: 5) { totalCount edges { node { id } } } } }",
            json!({ "n": number }),
            "license",
        ),
        ReadEnterpriseRectifications => (
            "query($id: ID!) { node(id: $id) { ... on Enterprise { rectifications(first: 5) { totalCount }
               revocationProposals(first: 5) { totalCount } } } }",
            json!({ "id": global("Enterprise", enterprise_id) }),
            "node",
        ),
        ReadRiskClass => (
            "query($id: ID!) { node(id: $id) { ... on Enterprise { riskClass { class } riskHistory { class } } } }",
            json!({ "id": global("Enterprise", enterprise_id) }),
            "node",
        ),
        ReadRiskModel => ("{ riskModel { version } }", json!({}), "riskModel"),
        PreviewFrequencies => (
            "query($a: ID!) { frequencyPreview(authority: $a, year: 2027, matrix: {a: 1, b: 1, c: 3, d: 6}) { totalNow } }",
            json!({ "a": global("Authority", authority) }),
            "frequencyPreview",
        ),
        ReadTask => (
            "query($id: ID!) { testingTask(id: $id) { id status } }",
            json!({ "id": global("TestingTask", task) }),
            "testingTask",
        ),
        ObjectToVerdict => (
            "mutation($i: ObjectToVerdictInput!) { objectToVerdict(input: $i) { task { id } } }",
            json!({ "i": { "taskId": global("TestingTask", stage_task), "reason": "矩阵测试",
                            "items": ["conductor_resistance"] } }),
            "objectToVerdict",
        ),
        DeliverVerdict => (
            "mutation($i: DeliverVerdictInput!) { deliverVerdict(input: $i) { task { id } } }",
            json!({ "i": { "taskId": global("TestingTask", stage_task), "method": "IN_PERSON" } }),
            "deliverVerdict",
        ),
        AcknowledgeDelivery => (
            "mutation($i: AcknowledgeVerdictDeliveryInput!) { acknowledgeVerdictDelivery(input: $i) { task { id } } }",
            json!({ "i": { "taskId": global("TestingTask", stage_task) } }),
            "acknowledgeVerdictDelivery",
        ),
        DecideObjection => (
            "mutation($i: DecideObjectionInput!) { decideObjection(input: $i) { task { id } } }",
            json!({ "i": { "taskId": global("TestingTask", stage_task), "outcome": "REFUSED", "reason": "矩阵测试" } }),
            "decideObjection",
        ),
        CancelTask => (
            "mutation($i: CancelTestingTaskInput!) { cancelTestingTask(input: $i) { task { id } } }",
            json!({ "i": { "taskId": global("TestingTask", stage_task), "reason": "矩阵测试" } }),
            "cancelTestingTask",
        ),
        ReassignTask => (
            "mutation($i: ReassignTestingTaskInput!) { reassignTestingTask(input: $i) { task { id } } }",
            json!({ "i": { "taskId": global("TestingTask", stage_task), "reason": "矩阵测试",
                            "institutionId": global("Institution", other_institution) } }),
            "reassignTestingTask",
        ),
        ConcludeRecheck => (
            "mutation($i: ConcludeRecheckInput!) { concludeRecheck(input: $i) { rectification { id } } }",
            json!({ "i": { "taskId": global("TestingTask", stage_task) } }),
            "concludeRecheck",
        ),
        OpenRectification => (
            "mutation($i: OpenRectificationInput!) { openRectification(input: $i) { rectification { id } } }",
            json!({ "i": { "taskId": global("TestingTask", stage_task) } }),
            "openRectification",
        ),
        RequestExtension => (
            "mutation($i: RequestRectificationExtensionInput!) { requestRectificationExtension(input: $i) { rectification { id } } }",
            json!({ "i": { "rectificationId": global("Rectification", rectification), "days": 10, "reason": "矩阵测试" } }),
            "requestRectificationExtension",
        ),
        DecideExtension => (
            "mutation($i: DecideRectificationExtensionInput!) { decideRectificationExtension(input: $i) { rectification { id } } }",
            json!({ "i": { "rectificationId": global("Rectification", rectification), "grant": false, "reason": "矩阵测试" } }),
            "decideRectificationExtension",
        ),
        OpenRecheck => {
            let input = open_task(number);
            (
                "mutation($i: OpenRecheckTaskInput!) { openRecheckTask(input: $i) { task { id } } }",
                json!({ "i": { "rectificationId": global("Rectification", rectification), "variant": input.variant,
                                "batch": input.batch, "declaredStandards": input.declared_standards,
                                "samplingDate": input.sampling_date.to_string(),
                                "testPortion": input.test_portion, "backupPortion": input.backup_portion } }),
                "openRecheckTask",
            )
        }
        DecideProposal => (
            "mutation($i: DecideRevocationProposalInput!) { decideRevocationProposal(input: $i) { proposal { id } } }",
            json!({ "i": { "proposalId": global("RevocationProposal", proposal), "decision": "REJECT", "reason": "矩阵测试" } }),
            "decideRevocationProposal",
        ),
        ReadRectification => (
            "query($id: ID!) { rectification(id: $id) { id status } }",
            json!({ "id": global("Rectification", rectification) }),
            "rectification",
        ),
        ReadProposal => (
            "query($id: ID!) { revocationProposal(id: $id) { id status } }",
            json!({ "id": global("RevocationProposal", proposal) }),
            "revocationProposal",
        ),
        AdvanceDemoClock => (
            "mutation { advanceDemoClock(input: { days: 1 }) { calendar { today offsetDays } } }",
            json!({}),
            "advanceDemoClock",
        ),
        ReadDashboard => ("{ dashboard { regionLevel testingTasks { count } } }", json!({}), "dashboard"),
        OpenReviewYear => {
            let today = server.app.today();
            let mut deadline = today + chrono::Duration::days(120);
            while chrono::Datelike::weekday(&deadline) != chrono::Weekday::Wed {
                deadline += chrono::Duration::days(1);
            }
            let variables = json!({ "i": { "year": chrono::Datelike::year(&today),
                                           "submissionDeadline": deadline.to_string() } });
            (
                "mutation($i: OpenReviewYearInput!) { openReviewYear(input: $i) { enrolled } }",
                variables,
                "openReviewYear",
            )
        }
        SaveReport => (
            "mutation($i: SaveSelfInspectionReportInput!) { saveSelfInspectionReport(input: $i) { report { version } } }",
            json!({ "i": { "reviewId": global("AnnualReview", review), "items": [] } }),
            "saveSelfInspectionReport",
        ),
        SubmitReport => (
            "mutation($i: SubmitSelfInspectionReportInput!) { submitSelfInspectionReport(input: $i) { review { status } } }",
            json!({ "i": { "reviewId": global("AnnualReview", review) } }),
            "submitSelfInspectionReport",
        ),
        HandInCopy => (
            "mutation($i: HandInLicenseCopyInput!) { handInLicenseCopy(input: $i) { review { status } } }",
            json!({ "i": { "reviewId": global("AnnualReview", review), "handedInOn": server.app.today().to_string(), "how": "邮寄" } }),
            "handInLicenseCopy",
        ),
        ReceiveCopy => (
            "mutation($i: ReceiveLicenseCopyInput!) { receiveLicenseCopy(input: $i) { review { status } } }",
            json!({ "i": { "reviewId": global("AnnualReview", review) } }),
            "receiveLicenseCopy",
        ),
        ReturnReport => (
            "mutation($i: ReviewStepInput!) { returnSelfInspectionReport(input: $i) { review { status } } }",
            json!({ "i": { "reviewId": global("AnnualReview", review), "reason": "矩阵测试" } }),
            "returnSelfInspectionReport",
        ),
        RequireOnSite => (
            "mutation($i: ReviewStepInput!) { requireOnSiteInspection(input: $i) { review { status } } }",
            json!({ "i": { "reviewId": global("AnnualReview", review), "reason": "矩阵测试" } }),
            "requireOnSiteInspection",
        ),
        RecordOnSite => (
            "mutation($i: RecordOnSiteInspectionInput!) { recordOnSiteInspection(input: $i) { review { status } } }",
            json!({ "i": { "reviewId": global("AnnualReview", review), "inspectedOn": server.app.today().to_string(),
                            "inspectorIds": reviews.inspectors.iter().map(|id| global("Officer", id)).collect::<Vec<_>>(),
                            "findings": "矩阵测试", "outcome": "NONCONFORMING" } }),
            "recordOnSiteInspection",
        ),
        ConcludeReview => (
            "mutation($i: ConcludeAnnualReviewInput!) { concludeAnnualReview(input: $i) { review { status } } }",
            json!({ "i": { "reviewId": global("AnnualReview", review), "passed": false, "note": "矩阵测试" } }),
            "concludeAnnualReview",
        ),
        RecordOverdue => (
            "mutation($y: ID!) { recordAnnualReviewOverdue(yearId: $y) { recordedOverdue } }",
            json!({ "y": global("ReviewYear", reviews.year) }),
            "recordAnnualReviewOverdue",
        ),
        CreatePatrolPlan => {
            // Inside: the Jiangsu county of the row; outside: the Zhejiang one.
            let today = server.app.today();
            let variables = json!({ "i": { "name": format!("矩阵巡查计划{n}"), "industry": "wire-cable",
                "basis": "ALL", "startsOn": today.to_string(),
                "endsOn": (today + chrono::Duration::days(90)).to_string(),
                "executingAuthorityIds": [global("Authority", seats.county)], "coveragePercent": 80 } });
            (
                "mutation($i: CreatePatrolPlanInput!) { createPatrolPlan(input: $i) { plan { id } } }",
                variables,
                "createPatrolPlan",
            )
        }
        RemindReviews => (
            "mutation($y: ID!) { remindAnnualReviews(yearId: $y) { reminded } }",
            json!({ "y": global("ReviewYear", reviews.year) }),
            "remindAnnualReviews",
        ),
        RecordPatrol => (
            "mutation($i: RecordPatrolInput!) { recordPatrol(input: $i) { patrol { id } } }",
            json!({ "i": { "licenseId": global("License", patrol.license), "inspectorIds": patrollers(reviews),
                            "answers": crate::patrol::answers(&["PACKAGING_LABELING"]) } }),
            "recordPatrol",
        ),
        OrderMeasure => (
            "mutation($i: OrderPatrolMeasureInput!) { orderPatrolMeasure(input: $i) { measure { id } } }",
            json!({ "i": { "patrolId": global("PatrolInspection", patrol.patrol), "findings": ["PACKAGING_LABELING"],
                            "kind": "ASSISTANCE" } }),
            "orderPatrolMeasure",
        ),
        CloseMeasure => (
            "mutation($m: ID!) { completePatrolMeasure(measureId: $m, note: \"矩阵测试\") { measure { id } } }",
            json!({ "m": global("PatrolMeasure", patrol.measure) }),
            "completePatrolMeasure",
        ),
        RecordFollowUp => (
            "mutation($i: RecordFollowUpInput!) { recordFollowUp(input: $i) { patrol { id } } }",
            json!({ "i": { "followUpId": global("FollowUp", patrol.follow_up), "inspectorIds": patrollers(reviews),
                            "items": [{ "code": "PACKAGING_LABELING", "outcome": "RECTIFIED" }] } }),
            "recordFollowUp",
        ),
        FilePatrol => (
            "mutation($p: ID!) { filePatrolRecord(patrolId: $p) { patrol { id } } }",
            json!({ "p": global("PatrolInspection", patrol.patrol) }),
            "filePatrolRecord",
        ),
        AcknowledgePatrol => (
            "mutation($p: ID!) { acknowledgePatrolRecord(patrolId: $p) { patrol { id } } }",
            json!({ "p": global("PatrolInspection", patrol.patrol) }),
            "acknowledgePatrolRecord",
        ),
        RecordExpiries => (
            "mutation($i: RecordLicenseExpiriesInput!) { recordLicenseExpiries(input: $i) { asOf licenses { id } } }",
            json!({ "i": { "asOf": server.app.today().to_string() } }),
            "recordLicenseExpiries",
        ),
        SetProvincialRules => {
            // A version that tightens nothing (the national value itself), so no later row's
            // deadline moves; in force from tomorrow.
            let province = if region == "320102" { "320000" } else { "330000" };
            let tomorrow = server.app.today() + chrono::Duration::days(1);
            (
                "mutation($i: SetProvincialRulesInput!) { setProvincialRules(input: $i) { version } }",
                json!({ "i": { "province": province, "effectiveFrom": tomorrow.to_string(), "reason": "矩阵测试",
                                "deadlines": { "noticeCloseWorkingDays": 30 } } }),
                "setProvincialRules",
            )
        }
        PreviewRules => (
            "query($a: ID!) { rulesPreview(authority: $a, year: 2027, rules: {frequency: [{class: C, multiplier: 3}]}) { totalNow } }",
            json!({ "a": global("Authority", authority) }),
            "rulesPreview",
        ),
        ReadProvincialRules => (
            "query($r: String!) { provincialRules(region: $r) { riskModelVersion } }",
            json!({ "r": region }),
            "provincialRules",
        ),
        ReadProvincialRuleVersions => (
            "query($r: String!) { provincialRuleVersions(province: $r) { version } }",
            json!({ "r": region }),
            "provincialRuleVersions",
        ),
        SetWorkingCalendar => (
            "mutation($i: SetWorkingCalendarYearInput!) { setWorkingCalendarYear(input: $i) { year { year known } } }",
            json!({ "i": { "year": 2031, "holidays": ["2031-01-01"], "makeupWorkdays": [], "basis": "matrix" } }),
            "setWorkingCalendarYear",
        ),
        ReadOfficer => {
            ("query($id: ID!) { node(id: $id) { id } }", json!({ "id": global("Officer", officer) }), "node")
        }
        CreateOfficer => (
            "mutation($i: CreateOfficerInput!) { createOfficer(input: $i) { officer { id } } }",
            json!({ "i": { "authorityId": global("Authority", authority), "name": "新执法人员",
                            "badgeNumber": format!("C-{n:05}"), "subject": format!("matrix-new-{n}"), "tier": "STAFF" } }),
            "createOfficer",
        ),
        UpdateOfficer => (
            "mutation($i: UpdateOfficerInput!) { updateOfficer(input: $i) { officer { id } } }",
            json!({ "i": { "officerId": global("Officer", officer), "tier": "LEADER_IN_CHARGE" } }),
            "updateOfficer",
        ),
        SendNotice => (
            "mutation($i: SendLinkageNoticeInput!) { sendLinkageNotice(input: $i) { notice { id } } }",
            json!({ "i": { "noticeType": "NATIONAL_SPOT_CHECK_FAILURE", "targetAuthorityId": global("Authority", province),
                            "enterpriseId": global("Enterprise", enterprise_id), "text": "矩阵测试：国家监督抽查不合格" } }),
            "sendLinkageNotice",
        ),
        AcknowledgeNotice => (
            "mutation($n: ID!) { acknowledgeLinkageNotice(noticeId: $n) { notice { id } } }",
            json!({ "n": global("LinkageNotice", notice) }),
            "acknowledgeLinkageNotice",
        ),
        PassOnNotice => (
            "mutation($n: ID!) { passOnLinkageNotice(noticeId: $n) { notice { id } } }",
            json!({ "n": global("LinkageNotice", notice) }),
            "passOnLinkageNotice",
        ),
        // The proof: the enterprise's license, suspended by the fixture.
        CloseNotice => {
            let license = server.app.license_by_number(&server.national, number).await.unwrap().unwrap().id;
            (
                "mutation($i: CloseLinkageNoticeInput!) { closeLinkageNotice(input: $i) { notice { id } } }",
                json!({ "i": { "noticeId": global("LinkageNotice", notice), "proofKind": "LICENSE_SUSPENDED",
                                "proofId": global("License", license) } }),
                "closeLinkageNotice",
            )
        }
        GenerateReport => (
            "mutation($i: GenerateReportInput!) { generateReport(input: $i) { id } }",
            json!({ "i": { "kind": "ANNUAL", "year": chrono::Datelike::year(&server.app.today()) } }),
            "generateReport",
        ),
        SubmitGeneratedReport => (
            "mutation($id: ID!) { submitReport(id: $id) { id } }",
            json!({ "id": global("GeneratedReport", report) }),
            "submitReport",
        ),
        ReturnGeneratedReport => (
            "mutation($id: ID!) { returnReport(id: $id, reason: \"矩阵测试：退回\") { id } }",
            json!({ "id": global("GeneratedReport", report) }),
            "returnReport",
        ),
        AcceptGeneratedReport => (
            "mutation($id: ID!) { acceptReport(id: $id) { id } }",
            json!({ "id": global("GeneratedReport", report) }),
            "acceptReport",
        ),
        LockGeneratedReport => (
            "mutation($id: ID!) { lockReport(id: $id) { id } }",
            json!({ "id": global("GeneratedReport", report) }),
            "lockReport",
        ),
        UnlockGeneratedReport => (
            "mutation($id: ID!) { unlockReport(id: $id, reason: \"矩阵测试：解锁\") { id } }",
            json!({ "id": global("GeneratedReport", report) }),
            "unlockReport",
        ),
        ReadGeneratedReports => {
            ("query { generatedReports(first: 5) { totalCount } }", json!({}), "generatedReports")
        }
        ReadNotices => ("query { linkageNotices(first: 5) { totalCount } }", json!({}), "linkageNotices"),
        OpenUnlicensed => (
            "mutation($i: OpenUnlicensedCaseInput!) { openUnlicensedCase(input: $i) { case { id } } }",
            json!({ "i": unlicensed_input(region, server.app.today()) }),
            "openUnlicensedCase",
        ),
        UrgeUnlicensed => (
            "mutation($c: ID!) { urgeUnlicensedProducer(caseId: $c) { case { id } } }",
            json!({ "c": global("UnlicensedCase", case) }),
            "urgeUnlicensedProducer",
        ),
        // The row's own license settles a case without a credit code in its place.
        LinkUnlicensedLicense => {
            let license = server.app.license_by_number(&server.national, number).await.unwrap().unwrap().id;
            (
                "mutation($c: ID!, $l: ID!) { linkUnlicensedCaseLicense(caseId: $c, licenseId: $l) { case { id } } }",
                json!({ "c": global("UnlicensedCase", case), "l": global("License", license) }),
                "linkUnlicensedCaseLicense",
            )
        }
        NotifyUnlicensedBan => (
            "mutation($i: NotifyUnlicensedBanInput!) { notifyUnlicensedBan(input: $i) { case { id } } }",
            json!({ "i": { "caseId": global("UnlicensedCase", case), "ground": "CONDITIONS_NOT_MET",
                            "localGovernment": "矩阵测试区人民政府", "document": "矩阵函〔2027〕1号" } }),
            "notifyUnlicensedBan",
        ),
        CloseUnlicensed => (
            "mutation($c: ID!) { closeUnlicensedCase(caseId: $c, outcome: \"已取缔\") { case { id } } }",
            json!({ "c": global("UnlicensedCase", case) }),
            "closeUnlicensedCase",
        ),
        DismissUnlicensed => (
            "mutation($c: ID!) { dismissUnlicensedCase(caseId: $c, reason: \"误立案\") { case { id } } }",
            json!({ "c": global("UnlicensedCase", case) }),
            "dismissUnlicensedCase",
        ),
        ReadUnlicensed => {
            ("query { unlicensedCases(first: 5) { totalCount } }", json!({}), "unlicensedCases")
        }
        OpenCounterfeit
        | OrderCounterfeitStop
        | RecordCounterfeitRecall
        | CompleteCounterfeitRecall
        | ReportCounterfeitRevocation
        | RequestCounterfeitBan
        | TransferCounterfeitToPolice
        | RecordCounterfeitPoliceReceipt
        | CloseCounterfeit
        | ReadCounterfeitCases
        | DismissCounterfeit => counterfeit_request(op, enterprise_id, &counterfeit),
        OpenCampaign => (
            "mutation($i: CampaignInput!) { openCampaign(input: $i) { campaign { id } } }",
            json!({ "i": campaign_input(region, server.app.today(), 2) }),
            "openCampaign",
        ),
        AmendCampaign => (
            "mutation($c: ID!, $i: CampaignInput!) { amendCampaign(campaignId: $c, input: $i) { campaign { id } } }",
            json!({ "c": global("Campaign", campaign), "i": campaign_input(region, server.app.today(), 3) }),
            "amendCampaign",
        ),
        CloseCampaign => (
            "mutation($c: ID!) { closeCampaign(campaignId: $c, summary: \"矩阵测试：总结\") { campaign { id } } }",
            json!({ "c": global("Campaign", campaign) }),
            "closeCampaign",
        ),
        CancelCampaign => (
            "mutation($c: ID!) { cancelCampaign(campaignId: $c, reason: \"矩阵测试：撤销\") { campaign { id } } }",
            json!({ "c": global("Campaign", campaign) }),
            "cancelCampaign",
        ),
        ReadCampaigns => ("query { campaigns(first: 5) { totalCount } }", json!({}), "campaigns"),
        DraftAgreement => (
            "mutation($i: DraftResponsibilityAgreementInput!) { draftResponsibilityAgreement(input: $i) { agreement { id } } }",
            json!({ "i": { "counterpartAuthorityId": global("Authority", city), "year": chrono::Datelike::year(&server.app.today()),
                           "targets": [{ "kind": "PATROL_COVERAGE", "threshold": "90" }] } }),
            "draftResponsibilityAgreement",
        ),
        AmendAgreement => (
            "mutation($a: ID!) { amendResponsibilityAgreement(agreementId: $a, targets: [{kind: OVERDUE_RECTIFICATIONS, threshold: \"2\"}]) { agreement { id } } }",
            json!({ "a": global("ResponsibilityAgreement", agreement) }),
            "amendResponsibilityAgreement",
        ),
        SignAgreement => (
            "mutation($a: ID!) { signResponsibilityAgreement(agreementId: $a) { agreement { id } } }",
            json!({ "a": global("ResponsibilityAgreement", agreement) }),
            "signResponsibilityAgreement",
        ),
        WithdrawAgreement => (
            "mutation($a: ID!) { withdrawResponsibilityAgreement(agreementId: $a, reason: \"矩阵测试：撤回\") { agreement { id } } }",
            json!({ "a": global("ResponsibilityAgreement", agreement) }),
            "withdrawResponsibilityAgreement",
        ),
        ReadAgreements => (
            "query { responsibilityAgreements(first: 5) { totalCount } }",
            json!({}),
            "responsibilityAgreements",
        ),
        ConveneMeeting => (
            "mutation($i: ConveneRectificationMeetingInput!) { conveneRectificationMeeting(input: $i) { meeting { id } } }",
            json!({ "i": { "campaignId": global("Campaign", meeting_campaign), "title": "矩阵测试整顿会议",
                            "heldOn": server.app.today().to_string(), "place": "会议室",
                            "enterpriseIds": [global("Enterprise", enterprise_id)] } }),
            "conveneRectificationMeeting",
        ),
        HoldMeeting => (
            "mutation($m: ID!, $a: [MeetingAttendanceInput!]!) { recordRectificationMeetingHeld(meetingId: $m, attendance: $a, minutes: \"矩阵测试：纪要\") { meeting { id } } }",
            json!({ "m": global("RectificationMeeting", meeting),
                    "a": [{ "enterpriseId": global("Enterprise", enterprise_id), "attendance": "ATTENDED" }] }),
            "recordRectificationMeetingHeld",
        ),
        CancelMeeting => (
            "mutation($m: ID!) { cancelRectificationMeeting(meetingId: $m, reason: \"矩阵测试：取消\") { meeting { id } } }",
            json!({ "m": global("RectificationMeeting", meeting) }),
            "cancelRectificationMeeting",
        ),
        ResolveMeeting => (
            "mutation($i: ResolveRectificationMeetingInput!) { resolveRectificationMeeting(input: $i) { meeting { id } } }",
            json!({ "i": { "meetingId": global("RectificationMeeting", meeting), "requirement": "矩阵测试：整改" } }),
            "resolveRectificationMeeting",
        ),
        ReadMeetings => {
            ("query { rectificationMeetings(first: 5) { totalCount } }", json!({}), "rectificationMeetings")
        }
        DraftRecord => (
            "mutation($i: DraftResponsibilityRecordInput!) { draftResponsibilityRecord(input: $i) { record { id } } }",
            json!({ "i": { "kind": "COMMENDATION", "subjectKind": "UNIT", "subjectAuthorityId": global("Authority", authority),
                           "measure": "CIRCULATED_PRAISE", "summary": "矩阵测试：表彰",
                           "grounds": [{ "kind": "SUPERVISION_ORDER", "id": global("SupervisionOrder", record_ground) }] } }),
            "draftResponsibilityRecord",
        ),
        WithdrawRecord => (
            "mutation($r: ID!) { withdrawResponsibilityRecord(recordId: $r) { record { id } } }",
            json!({ "r": global("ResponsibilityRecord", record) }),
            "withdrawResponsibilityRecord",
        ),
        IssueRecord => (
            "mutation($r: ID!, $d: NaiveDate!) { issueResponsibilityRecord(recordId: $r, documentNumber: \"矩阵〔1〕号\", issuedOn: $d) { record { id } } }",
            json!({ "r": global("ResponsibilityRecord", record), "d": server.app.today().to_string() }),
            "issueResponsibilityRecord",
        ),
        AnnulRecord => (
            "mutation($r: ID!) { annulResponsibilityRecord(recordId: $r, reason: \"矩阵测试：撤销\") { record { id } } }",
            json!({ "r": global("ResponsibilityRecord", record) }),
            "annulResponsibilityRecord",
        ),
        ReadRecords => {
            ("query { responsibilityRecords(first: 5) { totalCount } }", json!({}), "responsibilityRecords")
        }
        ReadOverview => (
            "query($r: String) { supervisionOverview(regionCode: $r) { year rows { authority { id } } } }",
            json!({ "r": region }),
            "supervisionOverview",
        ),
        SavePeriodicReport => (
            "mutation($i: SavePeriodicReportInput!) { savePeriodicReport(input: $i) { report { id } } }",
            json!({ "i": periodic_report_input(server, enterprise_id) }),
            "savePeriodicReport",
        ),
        SubmitPeriodicReport => (
            "mutation($i: PeriodicReportInput!) { submitPeriodicReport(input: $i) { report { id } } }",
            json!({ "i": { "reportId": global("PeriodicReport", periodic) } }),
            "submitPeriodicReport",
        ),
        AcknowledgePeriodicReport => (
            "mutation($i: PeriodicReportInput!) { acknowledgePeriodicReport(input: $i) { report { id } } }",
            json!({ "i": { "reportId": global("PeriodicReport", periodic) } }),
            "acknowledgePeriodicReport",
        ),
        ReturnPeriodicReport => (
            "mutation($i: ReturnPeriodicReportInput!) { returnPeriodicReport(input: $i) { report { id } } }",
            json!({ "i": { "reportId": global("PeriodicReport", periodic), "reason": "矩阵测试：退回" } }),
            "returnPeriodicReport",
        ),
        ReadInbox => (
            "query { inbox(first: 5) { totalCount counts { kind total overdue } edges { node { kind dueOn subjectId } } } }",
            json!({}),
            "inbox",
        ),
        IssueOrder => (
            "mutation($i: IssueSupervisionOrderInput!) { issueSupervisionOrder(input: $i) { order { id } } }",
            json!({ "i": { "targetAuthorityId": global("Authority", authority), "subjectKind": "OTHER",
                            "subjectText": "矩阵测试：巡查计划", "text": "矩阵测试：督办", "workingDays": 5 } }),
            "issueSupervisionOrder",
        ),
        AcknowledgeOrder => (
            "mutation($o: ID!) { acknowledgeSupervisionOrder(orderId: $o) { order { id } } }",
            json!({ "o": global("SupervisionOrder", order) }),
            "acknowledgeSupervisionOrder",
        ),
        ReportOrderProgress => (
            "mutation($o: ID!) { reportSupervisionOrderProgress(orderId: $o, text: \"矩阵测试：进展\") { order { id } } }",
            json!({ "o": global("SupervisionOrder", order) }),
            "reportSupervisionOrderProgress",
        ),
        CompleteOrder => (
            "mutation($i: CompleteSupervisionOrderInput!) { completeSupervisionOrder(input: $i) { order { id } } }",
            json!({ "i": { "orderId": global("SupervisionOrder", order), "text": "矩阵测试：完成" } }),
            "completeSupervisionOrder",
        ),
        AcceptOrder => (
            "mutation($o: ID!) { acceptSupervisionOrder(orderId: $o) { order { id } } }",
            json!({ "o": global("SupervisionOrder", order) }),
            "acceptSupervisionOrder",
        ),
        ReturnOrder => (
            "mutation($o: ID!) { returnSupervisionOrder(orderId: $o, reason: \"矩阵测试：退回\") { order { id } } }",
            json!({ "o": global("SupervisionOrder", order) }),
            "returnSupervisionOrder",
        ),
        ReadOrders => {
            ("query { supervisionOrders(first: 5) { totalCount } }", json!({}), "supervisionOrders")
        }
        RaiseRequest => (
            "mutation($i: RaiseLowerTierRequestInput!) { raiseLowerTierRequest(input: $i) { request { id } } }",
            json!({ "i": { "toAuthorityId": global("Authority", parent), "kind": "QUESTION", "text": "矩阵测试：问题" } }),
            "raiseLowerTierRequest",
        ),
        AnswerRequest => (
            "mutation($r: ID!) { answerLowerTierRequest(requestId: $r, answer: \"矩阵测试：答复\") { request { id } } }",
            json!({ "r": global("LowerTierRequest", request) }),
            "answerLowerTierRequest",
        ),
        ResolveRequest => (
            "mutation($r: ID!) { resolveLowerTierRequest(requestId: $r) { request { id } } }",
            json!({ "r": global("LowerTierRequest", request) }),
            "resolveLowerTierRequest",
        ),
        ReopenRequest => (
            "mutation($r: ID!) { reopenLowerTierRequest(requestId: $r, reason: \"矩阵测试：重开\") { request { id } } }",
            json!({ "r": global("LowerTierRequest", request) }),
            "reopenLowerTierRequest",
        ),
        ReadKeyRegions => {
            ("query($r: String) { keyRegions(regionCode: $r) { key } }", json!({ "r": region }), "keyRegions")
        }
        EscalateNotice => (
            "mutation($n: ID!) { escalateLinkageNotice(noticeId: $n, text: \"矩阵测试：督办\", workingDays: 5) { order { id } } }",
            json!({ "n": global("LinkageNotice", notice) }),
            "escalateLinkageNotice",
        ),
        ReadRequests => {
            ("query { lowerTierRequests(first: 5) { totalCount } }", json!({}), "lowerTierRequests")
        }
        AssignResponsible => (
            "mutation($w: ID!, $o: ID!) { assignResponsiblePerson(workId: $w, officerId: $o) { assignment { id } } }",
            json!({ "w": global("SupervisionOrder", assigned), "o": global("Officer", reviews.inspectors[0]) }),
            "assignResponsiblePerson",
        ),
        ReassignResponsible => (
            "mutation($w: ID!, $o: ID!) { reassignResponsiblePerson(workId: $w, officerId: $o, reason: \"矩阵测试：调整\") { assignment { id } } }",
            json!({ "w": global("SupervisionOrder", assigned), "o": global("Officer", reviews.inspectors[1]) }),
            "reassignResponsiblePerson",
        ),
        ReadAssignments => (
            "query { responsibilityAssignments(first: 5) { totalCount } }",
            json!({}),
            "responsibilityAssignments",
        ),
        // The import itself is a multipart request: its rule is in the scenarios
        // (spot_check_import_*.yaml: a province, a county refused).
        ReadSpotCheckImports => {
            ("query { spotCheckImports(first: 5) { totalCount } }", json!({}), "spotCheckImports")
        }
        ExportEnterprises | ExportTasks | ExportNotices => {
            let list = match op {
                ExportEnterprises => "ENTERPRISES",
                ExportTasks => "TESTING_TASKS",
                _ => "LINKAGE_NOTICES",
            };
            (
                "mutation($i: RequestExportInput!) { requestExport(input: $i) { url } }",
                json!({ "i": { "list": list, "format": "CSV" } }),
                "requestExport",
            )
        }
        CommitDraw => (
            "mutation($i: CommitDrawInput!) { commitDraw(input: $i) { draw { id } } }",
            json!({ "i": draw_spec(server, region, n) }),
            "commitDraw",
        ),
        RunDraw => (
            "mutation($id: ID!, $seed: String!) { runDraw(id: $id, seed: $seed) { draw { id } } }",
            json!({ "id": global("Draw", draw_fixture(server, op, (authority, province), n).await),
                    "seed": DRAW_SEED }),
            "runDraw",
        ),
        CancelDraw => (
            "mutation($i: CancelDrawInput!) { cancelDraw(input: $i) { draw { id } } }",
            json!({ "i": { "draw": global("Draw", draw_fixture(server, op, (authority, province), n).await),
                           "reason": "矩阵测试：本次抽取不再实施" } }),
            "cancelDraw",
        ),
        RecordRecusal => (
            "mutation($i: RecordOfficerRecusalInput!) { recordOfficerRecusal(input: $i) { officer { id } } }",
            json!({ "i": { "officerId": global("Officer", officer), "enterpriseId": global("Enterprise", enterprise_id),
                            "reason": "矩阵测试：近亲属" } }),
            "recordOfficerRecusal",
        ),
        DeactivateOfficer => (
            "mutation($i: DeactivateOfficerInput!) { deactivateOfficer(input: $i) { officer { id } } }",
            json!({ "i": { "officerId": global("Officer", officer), "reason": "矩阵测试" } }),
            "deactivateOfficer",
        ),
        CreateAuthority => {
            let (county, city) = seats.take();
            (
                "mutation($i: CreateAuthorityInput!) { createAuthority(input: $i) { authority { id } } }",
                json!({ "i": { "name": format!("矩阵{n}县局"), "regionCode": county, "parentId": global("Authority", city) } }),
                "createAuthority",
            )
        }
        RenameAuthority => (
            "mutation($i: RenameAuthorityInput!) { renameAuthority(input: $i) { authority { id } } }",
            json!({ "i": { "authorityId": global("Authority", seats.county), "name": format!("矩阵{n}更名局") } }),
            "renameAuthority",
        ),
        CloseAuthority => {
            // A fresh county authority, entered by the national head (not under test).
            let (county, city) = seats.take();
            let new =
                NewAuthority { name: format!("矩阵{n}撤销局"), region_code: county, parent_id: city };
            let closing = server.app.create_authority(&server.national, new).await.unwrap().id;
            (
                "mutation($i: CloseAuthorityInput!) { closeAuthority(input: $i) { authority { id } } }",
                json!({ "i": { "authorityId": global("Authority", closing), "successorId": global("Authority", seats.county) } }),
                "closeAuthority",
            )
        }
        CreateInstitution => (
            "mutation($i: CreateInstitutionInput!) { createInstitution(input: $i) { institution { id } } }",
            json!({ "i": { "name": format!("矩阵{n}检验所"), "regionCode": region, "accreditation": accreditation() } }),
            "createInstitution",
        ),
        AccreditInstitution => (
            "mutation($i: AccreditInstitutionInput!) { accreditInstitution(input: $i) { institution { id } } }",
            json!({ "i": { "institutionId": global("Institution", institution), "accreditation": accreditation() } }),
            "accreditInstitution",
        ),
        SuspendInstitution => {
            // A fresh institution at the province's seat, entered by the national head.
            let seat = if region == "320102" { "320000" } else { "330000" };
            let fresh = server.institution(&format!("矩阵{n}待暂停检验所"), seat).await.unwrap().id;
            (
                "mutation($i: SuspendInstitutionInput!) { suspendInstitution(input: $i) { institution { id } } }",
                json!({ "i": { "institutionId": global("Institution", fresh), "reason": "矩阵测试" } }),
                "suspendInstitution",
            )
        }
        MakeProposal => (
            "mutation($i: MakeRevocationProposalInput!) { makeRevocationProposal(input: $i) { proposal { id } } }",
            json!({ "i": { "proposalId": global("RevocationProposal", proposal), "grounds": "矩阵测试：复查仍不合格" } }),
            "makeRevocationProposal",
        ),
        EndDesignation => (
            "mutation($i: EndDesignationInput!) { endDesignation(input: $i) { designation { id } } }",
            json!({ "i": { "designationId": global("Designation", designation.0), "endsOn": designation.1.to_string(),
                            "reason": "矩阵测试" } }),
            "endDesignation",
        ),
        ReplaceDesignation => (
            "mutation($i: ReplaceDesignationInput!) { replaceDesignation(input: $i) { replacement { id } } }",
            json!({ "i": { "designationId": global("Designation", designation.0),
                            "from": (designation.1 + chrono::Duration::days(1)).to_string(),
                            "institutionId": global("Institution", successor), "reason": "矩阵测试" } }),
            "replaceDesignation",
        ),
        CreateApiKey => (
            "mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }",
            json!({ "i": { "institutionId": global("Institution", institution), "label": "matrix" } }),
            "createApiKey",
        ),
        ExportOrders | ExportRequests => {
            let list = if op == ExportOrders { "SUPERVISION_ORDERS" } else { "LOWER_TIER_REQUESTS" };
            (
                "mutation($i: RequestExportInput!) { requestExport(input: $i) { url } }",
                json!({ "i": { "list": list, "format": "CSV" } }),
                "requestExport",
            )
        }
        ExportDueTests => {
            let today = server.app.today();
            let window = json!({ "authority": global("Authority", authority), "from": today.to_string(),
                                 "to": (today + chrono::Duration::days(364)).to_string() });
            (
                "mutation($i: RequestExportInput!) { requestExport(input: $i) { url } }",
                json!({ "i": { "list": "DUE_TESTS", "format": "CSV", "filter": { "dueTests": window } } }),
                "requestExport",
            )
        }
        ExportRiskClasses => (
            "mutation($i: RequestExportInput!) { requestExport(input: $i) { url } }",
            json!({ "i": { "list": "RISK_CLASSES", "format": "CSV" } }),
            "requestExport",
        ),
        ExportDraws => {
            let draw = global("Draw", draw_fixture(server, op, (authority, province), n).await);
            (
                "mutation($i: RequestExportInput!) { requestExport(input: $i) { url } }",
                json!({ "i": { "list": "DRAWS", "format": "CSV", "filter": { "draw": draw } } }),
                "requestExport",
            )
        }
        ExportReportsDue | ExportInbox | ExportUnlicensed | ExportCounterfeit | ExportPatrolsDue
        | ExportRecords | ExportCampaigns | ExportMeetings | ExportImports | ExportReports => {
            let list = match op {
                ExportReportsDue => "PERIODIC_REPORTS_DUE",
                ExportPatrolsDue => "PATROLS_DUE",
                ExportRecords => "RESPONSIBILITY_RECORDS",
                ExportCampaigns => "CAMPAIGNS",
                ExportMeetings => "RECTIFICATION_MEETINGS",
                ExportImports => "SPOT_CHECK_IMPORTS",
                ExportReports => "GENERATED_REPORTS",
                ExportInbox => "INBOX",
                ExportUnlicensed => "UNLICENSED_CASES",
                _ => "COUNTERFEIT_CASES",
            };
            (
                "mutation($i: RequestExportInput!) { requestExport(input: $i) { url } }",
                json!({ "i": { "list": list, "format": "CSV" } }),
                "requestExport",
            )
        }
    };
    let body = server.graphql_as(token, query, variables).await;
    classify(&body, field)
}

/// The records an operation of the later supervision steps acts on: a task judged failing (for
/// deliveries), delivered (objections, acknowledgments), objected to (decisions), its
/// rectification (extensions, re-checks, reads), a failing re-check past its window
/// (conclusions) and the proposal it raised (decisions, reads). Zero where the operation needs
/// none.
/// An open change request of the enterprise under test (asked by its own user), accepted by the
/// national head for a re-review row (none of it under test).
async fn change_fixture(server: &TestServer, op: Op, enterprise_id: EnterpriseId) -> ChangeRequestId {
    if !matches!(op, DecideChange | WithdrawChange | ConcludeReReview) {
        return ChangeRequestId::new(0);
    }
    let app = &server.app;
    let user = claims("ent", &format!("enterprise:{enterprise_id}"), "enterprise_user", None);
    let enterprise = app.principal_from_claims(&user).await.unwrap();
    let raw = oversight_app::RawChange {
        production_conditions: Some("矩阵：新增生产线".to_owned()),
        reason: "矩阵测试".to_owned(),
        ..Default::default()
    };
    let request = app.request_enterprise_change(&enterprise, enterprise_id, raw).await.unwrap();
    if op == ConcludeReReview {
        app.decide_enterprise_change(&server.national, request.id, true, "矩阵测试").await.unwrap();
    }
    request.id
}

/// The review of the row's enterprise (its license joined the open year when issued), brought
/// to the state the operation needs: a complete draft, a submitted report, the copy handed in,
/// an on-site inspection required. Made by the enterprise and the national head.
async fn review_fixture(server: &TestServer, op: Op, enterprise_id: EnterpriseId) -> ReviewId {
    use oversight_domain::checklist::ItemAnswer;
    if !matches!(
        op,
        SaveReport
            | SubmitReport
            | HandInCopy
            | ReceiveCopy
            | ReturnReport
            | RequireOnSite
            | RecordOnSite
            | ConcludeReview
    ) {
        return ReviewId::new(0);
    }
    let app = &server.app;
    let filter = oversight_app::ReviewFilter { enterprise_id: Some(enterprise_id), ..Default::default() };
    let page = app
        .annual_reviews(
            &server.national,
            &filter,
            (oversight_app::ReviewOrder::Id, false),
            &oversight_app::PageRequest::first(1),
        )
        .await
        .unwrap();
    let review = page.items[0].id;
    let user = claims("ent", &format!("enterprise:{enterprise_id}"), "enterprise_user", None);
    let enterprise = app.principal_from_claims(&user).await.unwrap();
    if op == ReceiveCopy {
        app.hand_in_license_copy(&enterprise, review, None, "邮寄").await.unwrap();
    }
    if matches!(op, SaveReport | HandInCopy | ReceiveCopy) {
        return review;
    }
    let codes = [
        "LICENSE_MARKING",
        "CONDITIONS_CHANGES",
        "RAW_MATERIAL_INSPECTION",
        "EXIT_INSPECTION",
        "PACKAGING_LABELING",
        "WC-01",
        "WC-03",
    ];
    let raw = oversight_domain::review::report::RawReport {
        items: codes.iter().map(|c| (c.to_string(), ItemAnswer::Conforming, None)).collect(),
        conditions_changed: Some(false),
        quality_incidents: Some("无".to_owned()),
        complaints: Some("无".to_owned()),
        ..Default::default()
    };
    app.save_self_inspection_report(&enterprise, review, raw, Vec::new()).await.unwrap();
    if op == SubmitReport {
        return review;
    }
    app.submit_self_inspection_report(&enterprise, review, None).await.unwrap();
    if op == RecordOnSite {
        app.require_on_site_inspection(&server.national, review, "矩阵测试").await.unwrap();
    }
    review
}

async fn supervision_fixture(
    server: &TestServer,
    op: Op,
    (enterprise_id, number): (EnterpriseId, &str),
    (institution, province): (InstitutionId, AuthorityId),
    n: u32,
) -> (TaskId, RectificationId, ProposalId) {
    use oversight_app::DeliveryMethod;
    if !matches!(
        op,
        ObjectToVerdict
            | DeliverVerdict
            | AcknowledgeDelivery
            | DecideObjection
            | ConcludeRecheck
            | CancelTask
            | ReassignTask
            | OpenRectification
            | RequestExtension
            | DecideExtension
            | OpenRecheck
            | DecideProposal
            | MakeProposal
            | ReadRectification
            | ReadProposal
    ) {
        return (TaskId::new(0), RectificationId::new(0), ProposalId::new(0));
    }
    let app = &server.app;
    let lab = app
        .principal_from_claims(&claims(
            "lab",
            &format!("institution:{institution}"),
            "testing_institution",
            None,
        ))
        .await
        .unwrap();
    let none = (RectificationId::new(0), ProposalId::new(0));
    let task = app.open_testing_task(&server.national, open_task(number)).await.unwrap().id;
    if matches!(op, CancelTask | ReassignTask) {
        return (task, none.0, none.1);
    }
    app.submit_test_results(&lab, failing(format!("matrix-fail-{n}"), task)).await.unwrap();
    if op == DeliverVerdict {
        return (task, none.0, none.1);
    }
    let method =
        if op == AcknowledgeDelivery { DeliveryMethod::Electronic } else { DeliveryMethod::InPerson };
    app.deliver_verdict(&server.national, task, method, None).await.unwrap();
    if matches!(op, ObjectToVerdict | AcknowledgeDelivery) {
        return (task, none.0, none.1);
    }
    if op == DecideObjection {
        let enterprise = app
            .principal_from_claims(&claims(
                "ent",
                &format!("enterprise:{enterprise_id}"),
                "enterprise_user",
                None,
            ))
            .await
            .unwrap();
        let items = ["conductor_resistance".to_owned()];
        app.object_to_verdict(&enterprise, task, "矩阵测试", &items).await.unwrap();
        return (task, none.0, none.1);
    }
    // Past the objection window (15 days, ending on a working day, a holiday break at most
    // some ten days on): the failing verdict is final.
    app.advance_clock_days(30);
    if op == OpenRectification {
        return (task, none.0, none.1);
    }
    let rectification = app.open_rectification(&server.national, task, None).await.unwrap().id;
    if matches!(op, RequestExtension | ReadRectification) {
        return (task, rectification, ProposalId::new(0));
    }
    if op == DecideExtension {
        app.request_rectification_extension(&server.national, rectification, 10, "矩阵测试").await.unwrap();
        return (task, rectification, ProposalId::new(0));
    }
    // Past the rectification deadline (30 days, ending on a working day).
    app.advance_clock_days(45);
    if op == OpenRecheck {
        return (task, rectification, ProposalId::new(0));
    }
    let recheck = app.open_recheck_task(&server.national, rectification, open_task(number)).await.unwrap().id;
    app.submit_test_results(&lab, failing(format!("matrix-recheck-{n}"), recheck)).await.unwrap();
    // The re-check's failing verdict is delivered and its window closes unobjected.
    app.deliver_verdict(&server.national, recheck, DeliveryMethod::InPerson, None).await.unwrap();
    app.advance_clock_days(30);
    if op == ConcludeRecheck {
        return (recheck, rectification, ProposalId::new(0));
    }
    app.conclude_recheck_task(&server.national, recheck).await.unwrap();
    let proposal = app
        .revocation_proposals(
            &server.national,
            &oversight_app::ProposalFilter {
                status: Some(oversight_app::ProposalStatus::Due),
                ..Default::default()
            },
            &oversight_app::PageRequest::first(100),
        )
        .await
        .unwrap()
        .items
        .into_iter()
        .find(|p| p.source.rectification_id() == Some(rectification))
        .unwrap()
        .id;
    if op != MakeProposal {
        // The province's leader in charge makes it (not under test), so the nation may decide it.
        let leader = app
            .principal_from_claims(&claims(
                "matrix-leader",
                &format!("authority:{province}"),
                "provincial_officer",
                Some("leader_in_charge"),
            ))
            .await
            .unwrap();
        app.make_revocation_proposal(&leader, proposal, "矩阵测试：复查仍不合格").await.unwrap();
    }
    (task, rectification, proposal)
}

/// The designation an end or a replacement acts on, and the institution a replacement names:
/// two fresh institutions at the province's seat, accredited for the years ahead (the matrix's
/// demo clock has run far by these rows), and a two-day designation of the first for the row's
/// region, its own days after every other row's (one institution per industry and province).
/// Returns ((designation, its first day), the second institution).
async fn designation_fixture(
    server: &TestServer,
    op: Op,
    region: &str,
    n: u32,
) -> ((oversight_domain::DesignationId, chrono::NaiveDate), InstitutionId) {
    use oversight_app::{NewInstitution, RawAccreditation};
    let today = server.app.today();
    if !matches!(op, EndDesignation | ReplaceDesignation) {
        return ((oversight_domain::DesignationId::new(0), today), InstitutionId::new(0));
    }
    let seat = if region == "320102" { "320000" } else { "330000" };
    let accredited = |name: String| NewInstitution {
        name,
        region_code: seat.to_owned(),
        accreditation: RawAccreditation {
            cma_number: Some(format!("CMA-M{n:05}")),
            cnas_number: None,
            valid_from: Some(today - chrono::Duration::days(1)),
            valid_until: Some(today + chrono::Duration::days(5000)),
            industries: vec!["wire-cable".to_owned()],
            national_centre: false,
        },
    };
    let app = &server.app;
    let first =
        app.create_institution(&server.national, accredited(format!("矩阵{n}承检所"))).await.unwrap().id;
    let second =
        app.create_institution(&server.national, accredited(format!("矩阵{n}接替所"))).await.unwrap().id;
    let from = today + chrono::Duration::days(10 + 3 * i64::from(n));
    let designation = app
        .designate_institution(
            &server.national,
            DesignateInstitution {
                industry: "wire-cable".to_owned(),
                institution_id: first,
                region_code: region.to_owned(),
                valid_from: from,
                valid_until: from + chrono::Duration::days(1),
            },
        )
        .await
        .unwrap();
    ((designation.id, from), second)
}

/// A submission failing the conductor resistance (7.60 Ω/km at 25 °C) of `task_id`, every other
/// required item conforming.
fn failing(key: String, task_id: TaskId) -> SubmitTestResults {
    use oversight_domain::testing::judgment::MeasuredResult;
    SubmitTestResults {
        idempotency_key: key,
        submissions: vec![TaskResults {
            task_id,
            results: vec![
                (
                    "conductor_resistance".to_owned(),
                    MeasuredResult {
                        value: "7.60".to_owned(),
                        unit: "Ω/km".to_owned(),
                        conditions: [("temperature_c".to_owned(), "25".to_owned())].into(),
                    },
                ),
                (
                    "voltage_test".to_owned(),
                    MeasuredResult {
                        value: "no_breakdown".to_owned(),
                        unit: String::new(),
                        conditions: Default::default(),
                    },
                ),
            ]
            .into_iter()
            .chain(crate::supervision::other_required_items().into_iter().map(|item| {
                let text = |key: &str| item[key].as_str().unwrap_or_default().to_owned();
                let result = MeasuredResult {
                    value: text("value"),
                    unit: text("unit"),
                    conditions: Default::default(),
                };
                (text("item"), result)
            }))
            .collect(),
            not_tested: Vec::new(),
        }],
    }
}

/// An accreditation for wire-cable from 2000 to 2040 (what the harness gives its institutions).
fn accreditation() -> Value {
    json!({ "cmaNumber": "201932000001", "validFrom": "2000-01-01", "validUntil": "2040-01-01",
            "industries": ["wire-cable"] })
}

/// The patrol objects a row acts on.
#[derive(Default)]
struct PatrolObjects {
    license: i64,
    patrol: i64,
    measure: i64,
    follow_up: i64,
}

fn patrollers(reviews: &ReviewWorld) -> Vec<String> {
    reviews.patrollers.iter().map(|id| global("Officer", id)).collect()
}

/// The row's license, and for the later patrol steps a patrol of it recorded by the authority
/// under test (the county inside, the other province outside) with an unmarked package found; a
/// measure on it (an assistance to carry out, or a rectification owing a follow-up); the record
/// filed for the acknowledgement. None of it under test.
/// A notice from the nation to the row's province about the enterprise under test, sent by the
/// national head and (to be passed on or closed) acknowledged by a provincial officer, neither
/// under test.
async fn notice_fixture(
    server: &TestServer,
    op: Op,
    enterprise_id: EnterpriseId,
    province: AuthorityId,
) -> oversight_domain::NoticeId {
    if !matches!(op, AcknowledgeNotice | PassOnNotice | CloseNotice | EscalateNotice) {
        return oversight_domain::NoticeId::new(0);
    }
    let app = &server.app;
    let send = oversight_app::SendNotice {
        notice_type: oversight_domain::linkage::notice::NoticeType::NationalSpotCheckFailure,
        target_authority_id: province,
        enterprise_id,
        license_id: None,
        testing_task_id: None,
        text: "矩阵测试：国家监督抽查不合格".to_owned(),
    };
    let notice = app.send_linkage_notice(&server.national, &send).await.unwrap();
    if !matches!(op, AcknowledgeNotice | EscalateNotice) {
        let officer = app
            .principal_from_claims(&claims(
                "notice-officer",
                &format!("authority:{province}"),
                "provincial_officer",
                Some("staff"),
            ))
            .await
            .unwrap();
        app.acknowledge_linkage_notice(&officer, notice.id).await.unwrap();
    }
    notice.id
}

/// An unlicensed-production case without a credit code at the row's place, found 40 days ago
/// (before the row's license was issued), opened by a leader in charge of the row's province and
/// urged and reported for a ban as far as the step under test needs; none of it under test.
async fn unlicensed_fixture(
    server: &TestServer,
    op: Op,
    region: &str,
    province: AuthorityId,
) -> oversight_domain::UnlicensedCaseId {
    if !matches!(
        op,
        UrgeUnlicensed | LinkUnlicensedLicense | NotifyUnlicensedBan | CloseUnlicensed | DismissUnlicensed
    ) {
        return oversight_domain::UnlicensedCaseId::new(0);
    }
    let app = &server.app;
    let leader = app
        .principal_from_claims(&claims(
            "unlicensed-leader",
            &format!("authority:{province}"),
            "provincial_officer",
            Some("leader_in_charge"),
        ))
        .await
        .unwrap();
    let input = oversight_app::OpenUnlicensedCase {
        producer_name: "矩阵测试作坊".to_owned(),
        credit_code: None,
        address: "某村 1 组".to_owned(),
        region_code: region.to_owned(),
        industry: "wire-cable".to_owned(),
        product: "电线".to_owned(),
        source: oversight_domain::enforcement::unlicensed::CaseSource::Complaint,
        patrol_id: None,
        reference: Some("12315-MATRIX".to_owned()),
        finding: "矩阵测试：无证生产".to_owned(),
        found_on: app.today() - chrono::Duration::days(40),
    };
    let case = app.open_unlicensed_case(&leader, &input).await.unwrap().id;
    if matches!(op, NotifyUnlicensedBan | CloseUnlicensed) {
        app.urge_unlicensed_producer(&leader, case).await.unwrap();
    }
    if op == CloseUnlicensed {
        let notice = oversight_app::BanNotice {
            ground: oversight_domain::enforcement::unlicensed::BanGround::ConditionsNotMet,
            local_government: "矩阵测试区人民政府".to_owned(),
            document: "矩阵函〔2027〕1号".to_owned(),
        };
        app.notify_unlicensed_ban(&leader, case, &notice).await.unwrap();
    }
    case
}

/// The same case as GraphQL input, for the row that opens one.
fn unlicensed_input(region: &str, today: chrono::NaiveDate) -> Value {
    json!({ "producerName": "矩阵测试作坊", "address": "某村 1 组", "regionCode": region, "industry": "wire-cable",
            "product": "电线", "source": "COMPLAINT", "reference": "12315-MATRIX", "finding": "矩阵测试：无证生产",
            "foundOn": (today - chrono::Duration::days(40)).to_string() })
}

/// A campaign for the campaign rows, not under test: the province's leader in charge (Jiangsu's
/// inside, Zhejiang's outside) opens it over the row's county, starting in ten days (so it may
/// still be amended).
async fn campaign_fixture(
    server: &TestServer,
    op: Op,
    region: &str,
    province: AuthorityId,
) -> oversight_domain::CampaignId {
    if !matches!(op, AmendCampaign | CloseCampaign | CancelCampaign) {
        return oversight_domain::CampaignId::new(0);
    }
    let leader =
        officer_of(server, "campaign-leader", province, "provincial_officer", "leader_in_charge").await;
    let today = server.app.today();
    let input = oversight_app::CampaignSpecInput {
        title: "矩阵测试专项整治".to_owned(),
        industries: vec!["wire-cable".to_owned()],
        region_codes: vec![region.to_owned()],
        starts_on: today + chrono::Duration::days(10),
        ends_on: today + chrono::Duration::days(40),
        factor: 2,
    };
    server.app.open_campaign(&leader, &input).await.unwrap().id
}

/// The agreement rows' counterpart and agreement, none of it under test: the city above the
/// row's county (Wuxi inside, Hangzhou outside). Rows share the database and a city has one
/// standing agreement a year, so its province's leader first withdraws the one an earlier row
/// left; for the steps on an agreement, the leader drafts one.
async fn agreement_fixture(
    server: &TestServer,
    op: Op,
    province: AuthorityId,
    county: AuthorityId,
) -> (AuthorityId, oversight_domain::ResponsibilityAgreementId) {
    use oversight_domain::responsibility::agreement::TargetKind;
    let none = oversight_domain::ResponsibilityAgreementId::new(0);
    if !matches!(op, DraftAgreement | AmendAgreement | SignAgreement | WithdrawAgreement) {
        return (AuthorityId::new(0), none);
    }
    let app = &server.app;
    let found = oversight_storage::registry::authority::by_ids(app.store(), &[county]).await.unwrap();
    let city = found[0].parent_id.unwrap();
    let year = chrono::Datelike::year(&app.today());
    let leader =
        officer_of(server, "agreement-leader", province, "provincial_officer", "leader_in_charge").await;
    let standing =
        oversight_storage::responsibility::agreement::standing(app.store(), city, year).await.unwrap();
    if let Some(standing) = standing {
        app.withdraw_responsibility_agreement(&leader, standing.id, "矩阵测试：重签").await.unwrap();
    }
    if op == DraftAgreement {
        return (city, none);
    }
    let draft = oversight_app::DraftAgreement {
        counterpart_authority_id: city,
        year,
        targets: vec![(TargetKind::PatrolCoverage, "90".to_owned())],
    };
    (city, app.draft_responsibility_agreement(&leader, &draft).await.unwrap().id)
}

/// For the meeting rows: the province's campaign over `region`, and (but for convening) a meeting
/// in it summoning the enterprise under test today — held already for a resolution.
async fn meeting_fixture(
    server: &TestServer,
    op: Op,
    region: &str,
    province: AuthorityId,
    enterprise_id: EnterpriseId,
) -> (oversight_domain::CampaignId, oversight_domain::RectificationMeetingId) {
    let none = (oversight_domain::CampaignId::new(0), oversight_domain::RectificationMeetingId::new(0));
    if !matches!(op, ConveneMeeting | HoldMeeting | CancelMeeting | ResolveMeeting) {
        return none;
    }
    let leader =
        officer_of(server, "meeting-leader", province, "provincial_officer", "leader_in_charge").await;
    let today = server.app.today();
    let input = oversight_app::CampaignSpecInput {
        title: "矩阵测试专项整治".to_owned(),
        industries: vec!["wire-cable".to_owned()],
        region_codes: vec![region.to_owned()],
        starts_on: today,
        ends_on: today + chrono::Duration::days(40),
        factor: 2,
    };
    let campaign = server.app.open_campaign(&leader, &input).await.unwrap().id;
    if op == ConveneMeeting {
        return (campaign, none.1);
    }
    let convene = oversight_app::ConveneMeetingInput {
        campaign_id: campaign,
        title: "矩阵测试整顿会议".to_owned(),
        held_on: today,
        place: "会议室".to_owned(),
        enterprise_ids: vec![enterprise_id],
    };
    let meeting = server.app.convene_rectification_meeting(&leader, &convene).await.unwrap().id;
    if op == ResolveMeeting {
        let attended = oversight_app::AttendanceInput {
            enterprise_id,
            attendance: oversight_domain::campaign::meeting::Attendance::Attended,
            note: None,
        };
        server
            .app
            .record_rectification_meeting_held(&leader, meeting, &[attended], "矩阵测试：纪要")
            .await
            .unwrap();
    }
    (campaign, meeting)
}

/// For the record rows, none of it under test: the nation's order to the row's authority (the
/// ground of the commendation drafted); for the steps, the province head's commendation of its
/// county for the nation's order to that county — issued already for the annulment.
async fn record_fixture(
    server: &TestServer,
    op: Op,
    (authority, province, county): (AuthorityId, AuthorityId, AuthorityId),
) -> (oversight_domain::SupervisionOrderId, oversight_domain::ResponsibilityRecordId) {
    use oversight_app::{DraftRecord as Draft, IssueOrder, OrderSubjectInput};
    use oversight_domain::responsibility::record::{
        DraftSpec, GroundKind, Measure, RawGround, RecordKind, SubjectKind,
    };
    let none = oversight_domain::ResponsibilityRecordId::new(0);
    if !matches!(op, DraftRecord | WithdrawRecord | IssueRecord | AnnulRecord) {
        return (oversight_domain::SupervisionOrderId::new(0), none);
    }
    let app = &server.app;
    let order = |target| IssueOrder {
        target_authority_id: target,
        subject: OrderSubjectInput::Other,
        subject_text: Some("矩阵测试：表彰依据".to_owned()),
        text: "矩阵测试：督办".to_owned(),
        working_days: 5,
    };
    if op == DraftRecord {
        return (app.issue_supervision_order(&server.national, &order(authority)).await.unwrap().id, none);
    }
    let ground = app.issue_supervision_order(&server.national, &order(county)).await.unwrap().id;
    let head =
        officer_of(server, &format!("record-head-{province}"), province, "provincial_officer", "head").await;
    let draft = Draft {
        spec: DraftSpec {
            kind: RecordKind::Commendation,
            subject_kind: SubjectKind::Unit,
            measure: Measure::CirculatedPraise,
            summary: "矩阵测试：表彰".to_owned(),
            grounds: vec![RawGround {
                kind: GroundKind::SupervisionOrder,
                id: ground.get(),
                target_kind: None,
                note: String::new(),
            }],
        },
        subject_authority_id: Some(county),
        subject_officer_id: None,
    };
    let record = app.draft_responsibility_record(&head, &draft).await.unwrap().id;
    if op == AnnulRecord {
        app.issue_responsibility_record(&head, record, "矩阵〔0〕号", app.today()).await.unwrap();
    }
    (ground, record)
}

/// A periodic report of the enterprise for the last quarter ended, as GraphQL input (complete:
/// wire-cable's required fields given).
fn periodic_report_input(server: &TestServer, enterprise_id: EnterpriseId) -> Value {
    let period = oversight_domain::enterprise_report::ReportPeriod::last_ended(server.app.today());
    json!({ "enterpriseId": global("Enterprise", enterprise_id), "industry": "wire-cable",
            "period": period.to_string(), "output": { "value": "120.5", "unit": "km" },
            "sales": { "value": "98", "unit": "万元" }, "qualityIncidents": 0, "complaints": 0,
            "conditionsChanged": false,
            "fields": [{ "code": "COPPER_PURCHASED", "value": "12.5", "unit": "t" },
                       { "code": "CABLE_OUTPUT_LENGTH", "value": "120.5", "unit": "km" }] })
}

/// For the periodic report rows, none of it under test: a wire-cable license of the enterprise
/// in force for more than a year (the fixture's own license is a month old, so no quarter ended
/// under it), and for the later steps the enterprise's report saved (and submitted for the
/// authority's steps) by its own user.
async fn periodic_report_fixture(
    server: &TestServer,
    op: Op,
    enterprise_id: EnterpriseId,
    n: u32,
) -> oversight_domain::PeriodicReportId {
    use oversight_domain::enterprise_report::content::{RawContent, RawField, RawQuantity};
    let none = oversight_domain::PeriodicReportId::new(0);
    let ops = [SavePeriodicReport, SubmitPeriodicReport, AcknowledgePeriodicReport, ReturnPeriodicReport];
    if !ops.contains(&op) {
        return none;
    }
    let app = &server.app;
    let license = IssueLicense {
        enterprise_id,
        number: format!("XK06-001-{:05}", 40_000 + n),
        industry: "wire-cable".to_owned(),
        product_unit: "电线电缆".to_owned(),
        issued_on: app.today() - chrono::Duration::days(400),
        expires_on: None,
        import: false,
        status: None,
    };
    app.issue_license(&server.national, license).await.unwrap();
    if op == SavePeriodicReport {
        return none;
    }
    let claim =
        claims(&format!("periodic-{n}"), &format!("enterprise:{enterprise_id}"), "enterprise_user", None);
    let owner = app.principal_from_claims(&claim).await.unwrap();
    let quantity = |value: &str, unit: &str| RawQuantity { value: value.to_owned(), unit: unit.to_owned() };
    let field = |code: &str, value: &str, unit: &str| RawField {
        code: code.to_owned(),
        value: value.to_owned(),
        unit: Some(unit.to_owned()),
    };
    let raw = RawContent {
        output: quantity("120.5", "km"),
        sales: quantity("98", "万元"),
        fields: vec![field("COPPER_PURCHASED", "12.5", "t"), field("CABLE_OUTPUT_LENGTH", "120.5", "km")],
        ..RawContent::default()
    };
    let period = oversight_domain::enterprise_report::ReportPeriod::last_ended(app.today()).to_string();
    let report = app.save_periodic_report(&owner, enterprise_id, "wire-cable", &period, raw).await.unwrap();
    if op != SubmitPeriodicReport {
        app.submit_periodic_report(&owner, report.id).await.unwrap();
    }
    report.id
}

/// A campaign as GraphQL input over `region`, starting in ten days.
fn campaign_input(region: &str, today: chrono::NaiveDate, factor: i64) -> Value {
    json!({ "title": "矩阵测试专项整治", "industries": ["wire-cable"], "regionCodes": [region],
            "startsOn": (today + chrono::Duration::days(10)).to_string(),
            "endsOn": (today + chrono::Duration::days(40)).to_string(), "factor": factor })
}

/// An officer claim of an authority, made a principal (not under test).
async fn officer_of(
    server: &TestServer,
    subject: &str,
    authority: AuthorityId,
    role: &str,
    tier: &str,
) -> oversight_app::Principal {
    let claim = claims(subject, &format!("authority:{authority}"), role, Some(tier));
    server.app.principal_from_claims(&claim).await.unwrap()
}

/// An order for the order rows, none of it under test: for the target's steps, the nation's
/// order to the row's authority (Xuanwu inside, Zhejiang outside), acknowledged as far as the
/// step needs; for the issuer's, the province's order to a county of its own (Jiangsu's inside,
/// Zhejiang's outside), acknowledged and completed by the county.
async fn order_fixture(
    server: &TestServer,
    op: Op,
    (region, authority, province, county): (&str, AuthorityId, AuthorityId, AuthorityId),
) -> oversight_domain::SupervisionOrderId {
    use oversight_app::{IssueOrder, OrderSubjectInput};
    let app = &server.app;
    let issue = |target| IssueOrder {
        target_authority_id: target,
        subject: OrderSubjectInput::Other,
        subject_text: Some("矩阵测试：巡查计划".to_owned()),
        text: "矩阵测试：督办".to_owned(),
        working_days: 5,
    };
    match op {
        AcknowledgeOrder | ReportOrderProgress | CompleteOrder => {
            let order = app.issue_supervision_order(&server.national, &issue(authority)).await.unwrap();
            if op != AcknowledgeOrder {
                // The row's authority: Xuanwu, a county, inside; Zhejiang, a province, outside.
                let role = if region.starts_with("32") { "county_officer" } else { "provincial_officer" };
                let officer = officer_of(server, "order-officer", authority, role, "staff").await;
                app.acknowledge_supervision_order(&officer, order.id).await.unwrap();
            }
            order.id
        }
        AcceptOrder | ReturnOrder => {
            let leader = officer_of(server, "order-leader", province, "provincial_officer", "head").await;
            let order = app.issue_supervision_order(&leader, &issue(county)).await.unwrap();
            let officer = officer_of(server, "order-county", county, "county_officer", "staff").await;
            app.acknowledge_supervision_order(&officer, order.id).await.unwrap();
            app.complete_supervision_order(&officer, order.id, "矩阵测试：完成", &[]).await.unwrap();
            order.id
        }
        _ => oversight_domain::SupervisionOrderId::new(0),
    }
}

/// The work of the assignment rows, none of it under test: the nation's order to the row's
/// province (Jiangsu inside, Zhejiang outside), for a reassignment already assigned by the
/// province's head to the first of its inspectors.
async fn assignment_fixture(
    server: &TestServer,
    op: Op,
    province: AuthorityId,
    reviews: &ReviewWorld,
) -> oversight_domain::SupervisionOrderId {
    use oversight_app::{AssignResponsible, IssueOrder, OrderSubjectInput};
    use oversight_domain::responsibility::assignment::{WorkKind, WorkRef};
    if !matches!(op, AssignResponsible | ReassignResponsible) {
        return oversight_domain::SupervisionOrderId::new(0);
    }
    let app = &server.app;
    let issue = IssueOrder {
        target_authority_id: province,
        subject: OrderSubjectInput::Other,
        subject_text: Some("矩阵测试：巡查计划".to_owned()),
        text: "矩阵测试：督办".to_owned(),
        working_days: 5,
    };
    let order = app.issue_supervision_order(&server.national, &issue).await.unwrap();
    if op == ReassignResponsible {
        let head = officer_of(server, "assign-head", province, "provincial_officer", "head").await;
        let input = AssignResponsible {
            work: WorkRef { kind: WorkKind::SupervisionOrder, id: order.id.get() },
            officer_id: reviews.inspectors[0],
        };
        app.assign_responsible_person(&head, &input).await.unwrap();
    }
    order.id
}

/// A request for the request rows and the parent a row raises to, none of it under test: the row's
/// county (Xuanwu inside, a Zhejiang county outside) raises to its city, which answers it for the
/// raiser's steps.
async fn request_fixture(
    server: &TestServer,
    op: Op,
    (region, authority, county): (&str, AuthorityId, AuthorityId),
) -> (oversight_domain::LowerTierRequestId, AuthorityId) {
    use oversight_app::RaiseRequest;
    use oversight_domain::responsibility::request::RequestKind;
    let none = oversight_domain::LowerTierRequestId::new(0);
    if !matches!(op, RaiseRequest | AnswerRequest | ResolveRequest | ReopenRequest) {
        return (none, AuthorityId::new(0));
    }
    let app = &server.app;
    let raiser = if region.starts_with("32") { authority } else { county };
    let found = oversight_storage::registry::authority::by_ids(app.store(), &[raiser]).await.unwrap();
    let parent = found[0].parent_id.unwrap();
    if op == RaiseRequest {
        return (none, parent);
    }
    let officer = officer_of(server, "request-county", raiser, "county_officer", "staff").await;
    let raise = RaiseRequest {
        to_authority_id: parent,
        kind: RequestKind::Question,
        text: "矩阵测试：问题".to_owned(),
    };
    let request = app.raise_lower_tier_request(&officer, &raise).await.unwrap();
    if op != AnswerRequest {
        let city = officer_of(server, "request-city", parent, "municipal_officer", "staff").await;
        app.answer_lower_tier_request(&city, request.id, "矩阵测试：答复").await.unwrap();
    }
    (request.id, parent)
}

/// A report of the row's province (Jiangsu inside, Zhejiang outside) for a period no earlier row
/// used (the years before this one, three periods each), generated and submitted by one of its
/// officers and accepted and locked by the nation as far as the step under test needs; none of
/// it under test.
async fn report_fixture(server: &TestServer, op: Op, province: AuthorityId) -> GeneratedReportId {
    use oversight_domain::generated_report::{Half, ReportKind};
    if !matches!(
        op,
        SubmitGeneratedReport
            | ReturnGeneratedReport
            | AcceptGeneratedReport
            | LockGeneratedReport
            | UnlockGeneratedReport
    ) {
        return GeneratedReportId::new(0);
    }
    let app = &server.app;
    let officer = app
        .principal_from_claims(&claims(
            "report-officer",
            &format!("authority:{province}"),
            "provincial_officer",
            Some("staff"),
        ))
        .await
        .unwrap();
    let mut used = 0_i32;
    let mut request = oversight_app::PageRequest::first(100);
    loop {
        let page = app.generated_reports(&server.national, None, &request).await.unwrap();
        used += page.items.iter().filter(|r| r.authority_id == province).count() as i32;
        match page.items.last() {
            Some(last) if page.has_next_page => request.after = Some(oversight_domain::TypedId::key(last.id)),
            _ => break,
        }
    }
    let (kind, half) = match used % 3 {
        0 => (ReportKind::Annual, None),
        1 => (ReportKind::SemiAnnual, Some(Half::First)),
        _ => (ReportKind::SemiAnnual, Some(Half::Second)),
    };
    let year = chrono::Datelike::year(&app.today()) - 1 - used / 3;
    let input = oversight_app::ReportInput { kind, year, half };
    let id = app.generate_report(&officer, input).await.unwrap().id;
    if op == SubmitGeneratedReport {
        return id;
    }
    app.submit_report(&officer, id).await.unwrap();
    if matches!(op, ReturnGeneratedReport | AcceptGeneratedReport) {
        return id;
    }
    app.accept_report(&server.national, id).await.unwrap();
    if op == LockGeneratedReport {
        return id;
    }
    app.lock_report(&server.national, id).await.unwrap();
    id
}

async fn patrol_fixture(
    server: &TestServer,
    op: Op,
    number: &str,
    (authority, province): (AuthorityId, AuthorityId),
    reviews: &ReviewWorld,
) -> PatrolObjects {
    use oversight_domain::checklist::ItemAnswer;
    use oversight_domain::patrol::checklist::RawAnswer;
    use oversight_domain::patrol::measure::MeasureAsked;
    if !matches!(
        op,
        RecordPatrol | OrderMeasure | CloseMeasure | RecordFollowUp | FilePatrol | AcknowledgePatrol
    ) {
        return PatrolObjects::default();
    }
    let app = &server.app;
    let license = app.license_by_number(&server.national, number).await.unwrap().unwrap().id;
    let mut objects = PatrolObjects { license: license.get(), ..Default::default() };
    if op == RecordPatrol {
        return objects;
    }
    let role = if authority == province { "provincial_officer" } else { "county_officer" };
    let recorder = app
        .principal_from_claims(&claims("recorder", &format!("authority:{authority}"), role, Some("staff")))
        .await
        .unwrap();
    let answers = crate::patrol::answers(&["PACKAGING_LABELING"])
        .as_array()
        .unwrap()
        .iter()
        .map(|a| RawAnswer {
            code: a["code"].as_str().unwrap().to_owned(),
            answer: if a["answer"] == "CONFORMING" {
                ItemAnswer::Conforming
            } else {
                ItemAnswer::Nonconforming
            },
            note: a["note"].as_str().map(str::to_owned),
            evidence: Vec::new(),
        })
        .collect();
    let input = oversight_app::PatrolInput {
        license_id: license,
        inspected_on: app.today(),
        inspector_ids: reviews.patrollers.to_vec(),
        answers,
        offline: None,
    };
    let (patrol, _) = app.record_patrol(&recorder, input).await.unwrap();
    objects.patrol = patrol.id.get();
    let codes = ["PACKAGING_LABELING".to_owned()];
    match op {
        CloseMeasure => {
            let measure =
                app.order_patrol_measure(&recorder, patrol.id, &codes, MeasureAsked::Assistance).await;
            objects.measure = measure.unwrap().id.get();
        }
        RecordFollowUp => {
            let rectify = MeasureAsked::RectifyByDeadline { days: None };
            app.order_patrol_measure(&recorder, patrol.id, &codes, rectify).await.unwrap();
            let filter =
                oversight_app::FollowUpFilter { enterprise_id: Some(patrol.enterprise_id), state: None };
            let owed = app.follow_ups(&server.national, &filter, &oversight_app::PageRequest::first(1)).await;
            objects.follow_up = owed.unwrap().items[0].id.get();
        }
        AcknowledgePatrol => {
            app.file_patrol_record(&recorder, patrol.id).await.unwrap();
        }
        _ => {}
    }
    objects
}

/// A wire-cable sample of this license, taken ten days ago.
fn open_task(number: &str) -> OpenTestingTask {
    OpenTestingTask {
        license_number: number.to_owned(),
        variant: "BV-2.5".to_owned(),
        batch: "20261101".to_owned(),
        declared: Vec::new(),
        declared_standards: vec!["GB/T 3956".to_owned(), "GB/T 5023".to_owned()],
        sampling_date: oversight_tests::today() - chrono::Duration::days(10),
        test_portion: "4 卷".to_owned(),
        backup_portion: "2 卷".to_owned(),
        test_scope: None,
    }
}

fn classify(body: &Value, field: &str) -> Expect {
    if let Some(errors) = body.get("errors").and_then(Value::as_array) {
        let code = errors[0]["extensions"]["code"].as_str().unwrap_or("");
        return match code {
            "NOT_FOUND" => NotFound,
            "FORBIDDEN" => FORBIDDEN,
            "OUT_OF_JURISDICTION" => OOJ,
            // Refused only after the policy admitted the caller: the permission was granted. (The
            // Resume fixtures have no closed rectification; that rule has its own scenario.)
            "RESUMPTION_WITHOUT_GROUNDS" => Allow,
            // The province's year is open already: its opening was admitted by the policy.
            "REVIEW_YEAR_EXISTS" => Allow,
            "REVIEW_NOT_DELEGATED" => NOT_DELEGATED,
            // The follow-up's deadline is a month away: refused after the policy admitted the caller.
            "FOLLOW_UP_NOT_DUE" => Allow,
            "INVALID_PATROL_PLAN" => INVALID_PLAN,
            "WRONG_NOTICE_SENDER" => WRONG_SENDER,
            "INVALID_DRAW_SPEC" => INVALID_DRAW,
            "REQUEST_NOT_TO_PARENT" => NOT_PARENT,
            // The fixture's notice is fresh: refused after the policy admitted the caller.
            "NOTICE_NOT_LATE" => Allow,
            // The fixture's campaign has not ended yet: closing it is refused after the policy
            // admitted the caller.
            "ILLEGAL_CAMPAIGN_TRANSITION" => Allow,
            // The matrix's demo clock has run years ahead by the reassignment rows, past the
            // institutions' accreditation: the refusal comes after the policy admitted the caller.
            "OUTSIDE_ACCREDITATION_VALIDITY" => Allow,
            other => panic!("unexpected error code {other}: {body}"),
        };
    }
    if body["data"][field].is_null() { NotFound } else { Allow }
}

on_both_databases!(
    permission_matrix,
    permission_matrix_body,
    plugins = &["oversight_plugin_wire_cable"],
    config = |config| config.demo_clock = true
);

async fn permission_matrix_body(server: &TestServer) {
    let world = world(server).await;
    let mut n = 0_u32;
    let mut rows = 0;
    let mut failures = Vec::new();
    for op in OPS {
        for target in [Target::Inside, Target::Outside] {
            let expectations = expected(op, target);
            for (index, (label, organisation, role, tier)) in ROLES.iter().enumerate() {
                n += 1;
                let region = match target {
                    Target::Inside => "320102",
                    Target::Outside => "330106",
                };
                // Fresh records for this row: the enterprise under test, and (for the
                // enterprise user) its own enterprise inside the jurisdiction.
                let suspended = matches!(op, Resume | CloseNotice);
                let (own_id, _, _) = fixture(server, "320102", n * 2, suspended).await;
                let (id, code, number) = match target {
                    Target::Inside => {
                        if *organisation == "enterprise" {
                            let own = fixture(server, "320102", n * 2 + 1, suspended).await;
                            // The enterprise user acts for the enterprise under test.
                            (own.0, own.1, own.2)
                        } else {
                            fixture(server, region, n * 2 + 1, suspended).await
                        }
                    }
                    Target::Outside => fixture(server, region, n * 2 + 1, suspended).await,
                };
                let org = match *organisation {
                    "enterprise" => match target {
                        Target::Inside => format!("enterprise:{id}"),
                        Target::Outside => format!("enterprise:{own_id}"),
                    },
                    key => world.organisations.iter().find(|(k, _)| *k == key).unwrap().1.clone(),
                };
                let token = server.token(&claims(label, &org, role, *tier));
                let (institution, authority, seats) = match target {
                    Target::Inside => (world.institution_inside, world.authority_inside, &world.seats_inside),
                    Target::Outside => {
                        (world.institution_outside, world.authority_outside, &world.seats_outside)
                    }
                };
                let targets = (region, institution, authority, seats);
                // The institution a reassignment gives the task to: the other province's.
                let other = if institution == world.institution_inside {
                    world.institution_outside
                } else {
                    world.institution_inside
                };
                let province = match target {
                    Target::Inside => world.provinces.0,
                    Target::Outside => world.provinces.1,
                };
                let reviews = match target {
                    Target::Inside => &world.reviews_inside,
                    Target::Outside => &world.reviews_outside,
                };
                let got =
                    run(server, &token, op, (id, &code, &number), targets, (other, province, reviews), n)
                        .await;
                rows += 1;
                if got != expectations[index] {
                    failures.push(format!(
                        "{label:>22} {op:?} {target:?}: expected {:?}, got {got:?}",
                        expectations[index]
                    ));
                }
            }
        }
    }
    eprintln!("permission matrix: {rows} rows");
    assert!(failures.is_empty(), "{} of {rows} rows differ:\n{}", failures.len(), failures.join("\n"));
}

/// On PostgreSQL the server connects as a role that owns nothing: it reads and
/// writes rows, but cannot change the schema, disable the audit triggers or
/// rewrite the audit trail.
#[actix_web::test]
async fn postgres_server_role_owns_nothing() {
    let Some(base) = oversight_tests::postgres_url() else {
        oversight_tests::announce_postgres_skip("permissions::postgres_server_role_owns_nothing");
        return;
    };
    use oversight_app::{App, StoreOptions};
    use oversight_storage::{Store, test_db};
    let owner_url = test_db::fresh_postgres_database(&base).await.unwrap();
    let owner = Store::connect(StoreOptions::new(owner_url.clone())).await.unwrap();
    owner.migrate_up().await.unwrap();
    let role = format!("oversight_app_{}", std::process::id());
    let _ = test_db::execute_raw(&owner, &format!("CREATE ROLE {role} LOGIN")).await;
    owner.grant_app_role(&role).await.unwrap();
    // The same database, logged in as the restricted role.
    let app_url = owner_url.replacen("postgres://postgres@", &format!("postgres://{role}@"), 1);
    assert_ne!(app_url, owner_url, "the test URL must name the postgres user");
    let app = App::from_store(Store::connect(StoreOptions::new(app_url)).await.unwrap());
    let (national, _) = app
        .bootstrap(Bootstrap {
            authority_name: "国家市场监督管理总局".into(),
            administrator: CreateOfficer {
                authority_id: AuthorityId::new(0),
                name: "国家局管理员".into(),
                badge_number: "GJ-00001".into(),
                subject: "x".into(),
                tier: Tier::Head,
                industries: Vec::new(),
            },
        })
        .await
        .unwrap();
    let principal = app
        .principal_from_claims(&claims(
            "x",
            &format!("authority:{}", national.id),
            "national_officer",
            Some("head"),
        ))
        .await
        .unwrap();
    let enterprise = app
        .register_enterprise(
            &principal,
            RegisterEnterprise {
                credit_code: credit_code("320102", 1),
                base: RawBaseData {
                    name: Some("南京甲电缆有限公司".into()),
                    region_code: Some("320102".into()),
                    address: Some("1 号".into()),
                    scale: Some(EnterpriseScale::Small),
                    products: None,
                    production_conditions: None,
                    inspection_means: None,
                    process: None,
                },
            },
        )
        .await;
    assert!(enterprise.is_ok(), "ordinary writes work: {enterprise:?}");
    for forbidden in [
        "DROP TABLE enterprise",
        "ALTER TABLE enterprise ADD COLUMN x int",
        "ALTER TABLE audit_record DISABLE TRIGGER USER",
        "UPDATE audit_record SET operation = 'x'",
        "DELETE FROM audit_record",
        "DELETE FROM seaql_migrations",
    ] {
        let result = test_db::execute_raw(app.store(), forbidden).await;
        assert!(result.is_err(), "the server role could run: {forbidden}");
    }
    assert!(app.verify_audit_chain().await.unwrap().first_break.is_none());
}

/// The seed of the matrix's draws (its SHA-256 is committed).
const DRAW_SEED: &str = "matrix-draw-seed-of-enough-length";

/// A draw specification over `region` (the row's region: inside Xuanwu, outside a Zhejiang
/// county), always with a reason, since each row draws the same period again.
fn draw_spec(server: &TestServer, region: &str, n: u32) -> Value {
    let today = server.app.today();
    json!({ "startsOn": today.to_string(), "endsOn": (today + chrono::Duration::days(60)).to_string(),
            "regions": [region], "uniformPercent": 100, "inspectorsPerTarget": 2,
            "seedSha256": oversight_domain::draw::sha256_hex(DRAW_SEED.as_bytes()),
            "reason": format!("矩阵测试{n}") })
}

/// A draw committed, for a RunDraw, CancelDraw or ExportDraws row, by the authority under test
/// (inside: the Xuanwu county; outside: the Zhejiang province), not under test.
async fn draw_fixture(
    server: &TestServer,
    op: Op,
    (authority, province): (AuthorityId, AuthorityId),
    n: u32,
) -> i64 {
    assert!(matches!(op, RunDraw | CancelDraw | ExportDraws), "{op:?}");
    let role = if authority == province { "provincial_officer" } else { "county_officer" };
    let drawer = claims("matrix-drawer", &format!("authority:{authority}"), role, Some("staff"));
    let drawer = server.app.principal_from_claims(&drawer).await.unwrap();
    let today = server.app.today();
    let input = oversight_app::DrawInput {
        starts_on: today,
        ends_on: today + chrono::Duration::days(60),
        industries: Vec::new(),
        regions: Vec::new(),
        strata: Vec::new(),
        uniform_percent: 100,
        coverage_months: None,
        inspectors_per_target: 2,
        recent_patrol_months: None,
        cross_region: false,
        seed_sha256: oversight_domain::draw::sha256_hex(DRAW_SEED.as_bytes()),
        reason: Some(format!("矩阵测试{n}")),
    };
    server.app.commit_draw(&drawer, &input).await.unwrap().id.get()
}

/// What a counterfeiting row acts on: the license, a document of the enterprise's file, and the
/// case moved to the step under test.
struct CounterfeitObjects {
    license: oversight_domain::LicenseId,
    document: oversight_domain::AttachmentId,
    case: oversight_domain::CounterfeitCaseId,
}

impl CounterfeitObjects {
    /// For the rows that act on no case.
    fn none() -> CounterfeitObjects {
        CounterfeitObjects {
            license: oversight_domain::LicenseId::new(0),
            document: oversight_domain::AttachmentId::new(0),
            case: oversight_domain::CounterfeitCaseId::new(0),
        }
    }
}

/// A counterfeiting case of the row's enterprise, opened and moved to the step under test by the
/// leader in charge of the row's province (Jiangsu inside, Zhejiang outside), the revocation
/// rejected by the nation (so the license stays), with one document of the enterprise's file
/// uploaded by the nation; none of it under test.
async fn counterfeit_fixture(
    server: &TestServer,
    op: Op,
    (enterprise_id, number): (EnterpriseId, &str),
    province: AuthorityId,
) -> CounterfeitObjects {
    use oversight_app::{CaseStep, DocumentedStep};
    use oversight_domain::enforcement::counterfeit::{CaseSource, RecallAsked, parse_quantity};
    let stages = [
        OpenCounterfeit,
        OrderCounterfeitStop,
        RecordCounterfeitRecall,
        CompleteCounterfeitRecall,
        ReportCounterfeitRevocation,
        RequestCounterfeitBan,
        TransferCounterfeitToPolice,
        RecordCounterfeitPoliceReceipt,
    ];
    let stage = match op {
        CloseCounterfeit => 6,
        // Just opened: a dismissal of the freshest case.
        DismissCounterfeit => 1,
        op => match stages.iter().position(|s| *s == op) {
            Some(stage) => stage,
            None => return CounterfeitObjects::none(),
        },
    };
    let app = &server.app;
    let license = app.license_by_number(&server.national, number).await.unwrap().unwrap().id;
    let document = counterfeit_document(server, enterprise_id).await;
    let mut objects =
        CounterfeitObjects { license, document, case: oversight_domain::CounterfeitCaseId::new(0) };
    if stage == 0 {
        return objects;
    }
    let leader = app
        .principal_from_claims(&claims(
            "counterfeit-leader",
            &format!("authority:{province}"),
            "provincial_officer",
            Some("leader_in_charge"),
        ))
        .await
        .unwrap();
    let open = oversight_app::OpenCounterfeitCase {
        enterprise_id,
        license_id: license,
        finding: "矩阵测试：恶意造假".to_owned(),
        source: CaseSource::Complaint,
    };
    let case = app.open_counterfeit_case(&leader, &open).await.unwrap().id;
    objects.case = case;
    let step = CaseStep { on: None, documents: vec![document] };
    for done in 1..stage {
        match done {
            1 => drop(
                app.take_counterfeit_step(&leader, case, DocumentedStep::OrderStop, &step).await.unwrap(),
            ),
            2 => {
                let asked = RecallAsked {
                    batch: "M-1".to_owned(),
                    quantity_produced: parse_quantity("10").unwrap(),
                    quantity_recalled: parse_quantity("4").unwrap(),
                    unit: "件".to_owned(),
                    recalled_on: app.today(),
                };
                app.record_counterfeit_recall(&leader, case, asked, &[]).await.unwrap();
            }
            3 => drop(app.complete_counterfeit_recall(&leader, case, None).await.unwrap()),
            4 => {
                let reported =
                    app.report_counterfeit_revocation(&leader, case, "矩阵测试：建议吊销").await.unwrap();
                let proposal = reported.case.proposal_id.unwrap();
                let reject = oversight_app::ProposalDecision::Reject;
                app.decide_revocation_proposal(&server.national, proposal, reject, "矩阵测试：不予吊销")
                    .await
                    .unwrap();
            }
            5 => drop(
                app.take_counterfeit_step(&leader, case, DocumentedStep::RequestBan, &step).await.unwrap(),
            ),
            _ => drop(
                app.take_counterfeit_step(&leader, case, DocumentedStep::TransferToPolice, &step)
                    .await
                    .unwrap(),
            ),
        }
    }
    objects
}

/// A PDF in the enterprise's file, uploaded by the nation.
async fn counterfeit_document(
    server: &TestServer,
    enterprise_id: EnterpriseId,
) -> oversight_domain::AttachmentId {
    use std::io::{Seek, Write};
    let mut file = tempfile::tempfile().unwrap();
    file.write_all(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF").unwrap();
    file.rewind().unwrap();
    let upload = oversight_app::Upload { file, file_name: "矩阵测试.pdf".to_owned() };
    server.app.upload_attachment(&server.national, enterprise_id, upload, None).await.unwrap().id
}

/// The request of a counterfeiting row.
fn counterfeit_request(
    op: Op,
    enterprise_id: EnterpriseId,
    objects: &CounterfeitObjects,
) -> (&'static str, Value, &'static str) {
    let case = global("CounterfeitCase", objects.case);
    let step = json!({ "i": { "caseId": case, "documentIds": [global("Attachment", objects.document)] } });
    match op {
        OpenCounterfeit => (
            "mutation($i: OpenCounterfeitCaseInput!) { openCounterfeitCase(input: $i) { case { id } } }",
            json!({ "i": { "enterpriseId": global("Enterprise", enterprise_id), "licenseId": global("License", objects.license),
                            "finding": "矩阵测试：恶意造假", "source": "COMPLAINT" } }),
            "openCounterfeitCase",
        ),
        OrderCounterfeitStop => (
            "mutation($i: CounterfeitCaseStepInput!) { orderCounterfeitStop(input: $i) { case { id } } }",
            step,
            "orderCounterfeitStop",
        ),
        RecordCounterfeitRecall => (
            "mutation($i: RecordCounterfeitRecallInput!) { recordCounterfeitRecall(input: $i) { case { id } } }",
            json!({ "i": { "caseId": case, "batch": "M-2", "quantityProduced": "10", "quantityRecalled": "1", "unit": "件" } }),
            "recordCounterfeitRecall",
        ),
        CompleteCounterfeitRecall => (
            "mutation($c: ID!) { completeCounterfeitRecall(caseId: $c) { case { id } } }",
            json!({ "c": case }),
            "completeCounterfeitRecall",
        ),
        ReportCounterfeitRevocation => (
            "mutation($c: ID!) { reportCounterfeitRevocation(caseId: $c, grounds: \"矩阵测试：建议吊销\") { case { id } } }",
            json!({ "c": case }),
            "reportCounterfeitRevocation",
        ),
        RequestCounterfeitBan => (
            "mutation($i: CounterfeitCaseStepInput!) { requestCounterfeitBan(input: $i) { case { id } } }",
            step,
            "requestCounterfeitBan",
        ),
        TransferCounterfeitToPolice => (
            "mutation($i: CounterfeitCaseStepInput!) { transferCounterfeitCaseToPolice(input: $i) { case { id } } }",
            step,
            "transferCounterfeitCaseToPolice",
        ),
        RecordCounterfeitPoliceReceipt => (
            "mutation($i: CounterfeitCaseStepInput!) { recordCounterfeitPoliceReceipt(input: $i) { case { id } } }",
            step,
            "recordCounterfeitPoliceReceipt",
        ),
        CloseCounterfeit => (
            "mutation($c: ID!) { closeCounterfeitCase(caseId: $c, reason: \"矩阵测试：不构成犯罪\") { case { id } } }",
            json!({ "c": case }),
            "closeCounterfeitCase",
        ),
        DismissCounterfeit => (
            "mutation($i: DismissCounterfeitCaseInput!) { dismissCounterfeitCase(input: $i) { case { id } } }",
            json!({ "i": { "caseId": case, "reason": "矩阵测试：误立案" } }),
            "dismissCounterfeitCase",
        ),
        _ => ("query { counterfeitCases(first: 5) { totalCount } }", json!({}), "counterfeitCases"),
    }
}
