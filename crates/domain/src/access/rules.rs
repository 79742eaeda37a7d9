//! The policy table: for every action, who may take it, whether it must be signed, what it is
//! aimed at, and why the others are refused. Visibility (reach) comes first and is the same for
//! every action (`decide`); these rows decide the rest. A role names its kind of organisation too
//! (`Principal::new` seats an officer at an authority of its level, a testing institution's user
//! at an institution …), so the roles of a row say who acts.

use super::Role::{
    Auditor, CountyOfficer, EnterpriseUser, MunicipalOfficer, NationalOfficer, PluginAdministrator,
    ProvincialOfficer, ReviewDepartment, TestingInstitution,
};
use super::{Action, Decision, Denial, Principal, Resource, Role, Tier};
use crate::registry::license::LicenseStatus;

/// Who may take an action, and on what: one row of the policy table (`rule`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// The roles that may take it.
    pub roles: &'static [Role],
    /// For a decision that must be signed, the tiers that sign it; `None`: any tier.
    pub signed: Option<Signature>,
    /// What it is aimed at, once within reach.
    pub target: Target,
    /// Why a caller the row does not name is refused.
    pub refused: &'static str,
}

/// Who signs a decision, and what an officer refused it is told (the decision is its competent
/// authority's leadership's, whichever rank the officer holds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Signature {
    pub tiers: &'static [Tier],
    pub refused: &'static str,
}

/// What an action is aimed at, besides being within the caller's reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Anything within reach, or nothing in particular.
    Anything,
    /// A place (`Resource::Region`) inside the caller's jurisdiction — where something is
    /// created, or whose work plan is read; a place outside it is `OutOfJurisdiction`.
    PlaceInJurisdiction,
    /// A testing institution (`Resource::Institution`) within reach.
    Institution,
    /// An authority (`Resource::Authority`) seated inside the caller's jurisdiction (its own, or
    /// one below it); another is `OutOfJurisdiction`.
    AuthorityInJurisdiction,
    /// A place (`Resource::Region`) or an authority (`Resource::Authority`) strictly below the
    /// caller's own seat — the platform's administrator reaches every one; another is
    /// `OutOfJurisdiction`.
    BelowOwnSeat,
    /// The caller's own authority (`Resource::Authority`): what is addressed to it is its to act
    /// on, not its upper or lower authorities'; another is `Forbidden`.
    OwnAuthority,
}

impl Rule {
    /// The row's verdict on a caller and an object within its reach.
    pub(super) fn check(&self, principal: &Principal, resource: &Resource) -> Decision {
        // Only officers have a tier, so only officers sign: a row's other roles act unsigned.
        let signs = self
            .signed
            .is_none_or(|s| !principal.is_officer() || principal.tier.is_some_and(|t| s.tiers.contains(&t)));
        if !(self.roles.contains(&principal.role) && signs) {
            return Err(Denial::Forbidden(match self.signed {
                Some(signature) if principal.is_officer() => signature.refused,
                _ => self.refused,
            }));
        }
        match (self.target, resource) {
            (Target::Anything, _) | (Target::Institution, Resource::Institution { .. }) => Ok(()),
            (Target::PlaceInJurisdiction, Resource::Region(region)) if principal.holds(region) => Ok(()),
            (Target::PlaceInJurisdiction, Resource::Region(_)) => Err(Denial::OutOfJurisdiction),
            (Target::AuthorityInJurisdiction, Resource::Authority { region, .. })
                if principal.holds(region) =>
            {
                Ok(())
            }
            (Target::AuthorityInJurisdiction, Resource::Authority { .. }) => Err(Denial::OutOfJurisdiction),
            (Target::OwnAuthority, Resource::Authority { id, .. })
                if principal.organisation.authority_id() == Some(*id) =>
            {
                Ok(())
            }
            (Target::BelowOwnSeat, Resource::Region(region) | Resource::Authority { region, .. }) => {
                let below = principal.holds(region) && principal.jurisdiction() != Some(*region);
                if below || principal.organisation == super::Organisation::Platform {
                    Ok(())
                } else {
                    Err(Denial::OutOfJurisdiction)
                }
            }
            _ => Err(Denial::Forbidden(self.refused)),
        }
    }
}

/// The supervising officers, at every level.
const OFFICERS: &[Role] = &[NationalOfficer, ProvincialOfficer, MunicipalOfficer, CountyOfficer];
/// The licensing level: the provinces and the nation.
const PROVINCE_UP: &[Role] = &[NationalOfficer, ProvincialOfficer];
/// The cities, the provinces and the nation.
const CITY_UP: &[Role] = &[NationalOfficer, ProvincialOfficer, MunicipalOfficer];
const NATION: &[Role] = &[NationalOfficer];
/// The provinces' officers only.
const PROVINCE: &[Role] = &[ProvincialOfficer];
/// The officers, and the enterprise's own user (for its own enterprise: its reach).
const OFFICERS_ENTERPRISE: &[Role] =
    &[NationalOfficer, ProvincialOfficer, MunicipalOfficer, CountyOfficer, EnterpriseUser];
const OFFICERS_AUDITOR: &[Role] =
    &[NationalOfficer, ProvincialOfficer, MunicipalOfficer, CountyOfficer, Auditor];
/// Everyone with a registry scope: an authority's people, and an enterprise's own user.
const REGISTRY_READERS: &[Role] = &[
    NationalOfficer,
    ProvincialOfficer,
    MunicipalOfficer,
    CountyOfficer,
    ReviewDepartment,
    Auditor,
    EnterpriseUser,
];
/// The registry readers, and the testing institutions (the tasks assigned to them).
const TASK_READERS: &[Role] = &[
    NationalOfficer,
    ProvincialOfficer,
    MunicipalOfficer,
    CountyOfficer,
    ReviewDepartment,
    Auditor,
    EnterpriseUser,
    TestingInstitution,
];
const PLUGIN_ADMIN_NATION: &[Role] = &[PluginAdministrator, NationalOfficer];
const INSTITUTION: &[Role] = &[TestingInstitution];
const ENTERPRISE: &[Role] = &[EnterpriseUser];
/// The platform operator.
const PLATFORM: &[Role] = &[PluginAdministrator];
/// An authority's own people: its officers, review department and auditors.
const AUTHORITY_PEOPLE: &[Role] =
    &[NationalOfficer, ProvincialOfficer, MunicipalOfficer, CountyOfficer, ReviewDepartment, Auditor];
/// The platform's administrator, and the provinces and the nation.
const PLATFORM_PROVINCE_UP: &[Role] = &[PluginAdministrator, NationalOfficer, ProvincialOfficer];
const EVERYONE: &[Role] = Role::ALL;
/// The enterprise's own user, and the provinces' officers.
const ENTERPRISE_PROVINCE: &[Role] = &[EnterpriseUser, ProvincialOfficer];
/// The officers who patrol: the provinces, cities and counties (§二(三)).
const FIELD_OFFICERS: &[Role] = &[ProvincialOfficer, MunicipalOfficer, CountyOfficer];
/// Who sends linkage notices (§二(六)): the review department, the nation and the provinces.
const NOTICE_SENDERS: &[Role] = &[NationalOfficer, ProvincialOfficer, ReviewDepartment];
/// Who hears of linkage notices: the officers and the review department that sends them.
const NOTICE_PEOPLE: &[Role] =
    &[NationalOfficer, ProvincialOfficer, MunicipalOfficer, CountyOfficer, ReviewDepartment];
const NOTICE_TARGETS: &str =
    "a linkage notice is acknowledged, passed on and closed by the officers of the authority it was sent to";
const PATROLLERS: &str =
    "patrols and follow-up visits are carried out by provincial, municipal and county officers (§二(三))";
const REPORTERS: &str =
    "a report is generated and submitted by the officers of the reporting authority (§二(五))";
const REPORT_APPROVERS: &str =
    "a report is returned, accepted, locked and unlocked by the officers of the tier above (§二(五))";
const UNLICENSED_HANDLERS: &str =
    "unlicensed production is handled by the provincial, municipal and county officers of its place (§三)";
const COUNTERFEIT_HANDLERS: &str = "counterfeiting cases are handled by the provincial, municipal and county authorities that hold the enterprise (§三)";
const ORDER_TARGETS: &str =
    "a supervision order is acknowledged, reported on and completed by the officers of the authority ordered";
const ORDER_ISSUERS: &str = "a supervision order is accepted or returned by the authority that issued it";
const REQUEST_RAISERS: &str =
    "a request is resolved or reopened by the officers of the authority that raised it";
/// Who runs a key-industry campaign (§三 names the provinces; a city may focus its own counties).
const PROVINCE_CITY: &[Role] = &[ProvincialOfficer, MunicipalOfficer];
const CAMPAIGN_OPENERS: &str = "key-industry campaigns are opened, amended, closed and cancelled by a provincial or municipal authority (§三)";
/// The lower tiers: the cities and the counties.
const CITY_COUNTY: &[Role] = &[MunicipalOfficer, CountyOfficer];
const AGREEMENT_DRAFTERS: &str = "responsibility agreements are drafted, amended and withdrawn by the provincial or municipal authority above the one they bind (§四)";
const RECORD_KEEPERS: &str =
    "commendation and accountability records are kept by the supervising authorities (§四)";
const DRAWERS: &str = "double-random draws are made by the provincial, municipal or county authorities of their own jurisdiction";
const DRAW_CANCELLERS: &str = "a committed draw is cancelled only by the authority that committed it";

/// Any tier (or none: only officers have one).
const ANY_TIER: Option<Signature> = None;
/// Signed by the competent authority's head (行政一把手) or leader in charge (分管领导).
const LEADERSHIP: Option<Signature> = Some(Signature {
    tiers: &[Tier::Head, Tier::LeaderInCharge],
    refused: "this status change needs the competent authority's head or leader in charge",
});

/// A revocation proposal is made by the province's head or leader in charge (分管领导 or 行政一把手).
const PROPOSAL_LEADERSHIP: Option<Signature> = Some(Signature {
    tiers: &[Tier::Head, Tier::LeaderInCharge],
    refused: "a revocation proposal is made by the provincial authority's head or leader in charge",
});

/// A ban notice to the local government (通报取缔) or a dismissal is the authority's formal act.
const UNLICENSED_LEADERSHIP: Option<Signature> = Some(Signature {
    tiers: &[Tier::Head, Tier::LeaderInCharge],
    refused: "a ban notice to the local government or a dismissal is signed by the authority's head or leader in charge",
});

/// A campaign is the authority's formal act.
const CAMPAIGN_LEADERSHIP: Option<Signature> = Some(Signature {
    tiers: &[Tier::Head, Tier::LeaderInCharge],
    refused: "a campaign is opened, amended, closed or cancelled by the authority's head or leader in charge",
});

/// Officers are managed by their authority's leadership, or an upper authority's.
const OFFICER_LEADERSHIP: Option<Signature> = Some(Signature {
    tiers: &[Tier::Head, Tier::LeaderInCharge],
    refused: "officers are managed by the head or leader in charge of their authority or of one above it",
});
/// Authorities are administered by a province's or the nation's leadership.
const AUTHORITY_LEADERSHIP: Option<Signature> = Some(Signature {
    tiers: &[Tier::Head, Tier::LeaderInCharge],
    refused: "authorities are administered by the head or leader in charge of a provincial or national authority",
});
/// A province's implementing rules are its leadership's to issue.
const RULES_LEADERSHIP: Option<Signature> = Some(Signature {
    tiers: &[Tier::Head, Tier::LeaderInCharge],
    refused: "a province's implementing rules are issued by its head or leader in charge",
});
/// A supervision order (督查督办) is its issuing authority's leadership's to issue, accept or return
/// (§四: the head is first responsible, the leader in charge main responsible).
/// A responsibility agreement is the authorities' commitment: its leadership drafts or signs it.
const AGREEMENT_LEADERSHIP: Option<Signature> = Some(Signature {
    tiers: &[Tier::Head, Tier::LeaderInCharge],
    refused: "a responsibility agreement is drafted, amended, withdrawn or signed by the authority's head or leader in charge",
});
/// A commendation or accountability record is drafted by the recording authority's leadership
/// (§四: the head first responsible, the leader in charge main responsible) …
const RECORD_LEADERSHIP: Option<Signature> = Some(Signature {
    tiers: &[Tier::Head, Tier::LeaderInCharge],
    refused: "a commendation or accountability record is drafted or withdrawn by the authority's head or leader in charge",
});
/// … and issued or annulled by its head alone: a decision on people's merits is the first
/// responsible's to sign.
const RECORD_HEAD: Option<Signature> = Some(Signature {
    tiers: &[Tier::Head],
    refused: "a commendation or accountability record is issued or annulled by the authority's head",
});
const ORDER_LEADERSHIP: Option<Signature> = Some(Signature {
    tiers: &[Tier::Head, Tier::LeaderInCharge],
    refused: "a supervision order is issued, accepted or returned by its issuing authority's head or leader in charge",
});
/// Who answers for a piece of work is decided by the leadership of the authority that holds it
/// (§四: the head first responsible, the leader in charge main responsible; docs/adr/0036).
const ASSIGNMENT_LEADERSHIP: Option<Signature> = Some(Signature {
    tiers: &[Tier::Head, Tier::LeaderInCharge],
    refused: "the work of an authority is assigned to its responsible person by the authority's head or leader in charge",
});
const ASSIGNERS: &str =
    "a responsible person is assigned by the officers of the authority that holds the work (§四)";
/// Suspending an institution is its authority's leadership's decision.
const INSTITUTION_LEADERSHIP: Option<Signature> = Some(Signature {
    tiers: &[Tier::Head, Tier::LeaderInCharge],
    refused: "suspending a testing institution needs the head or leader in charge of a provincial or national authority",
});
const INSTITUTIONS_NOT_THIS_ROLES: &str =
    "testing institutions are administered by provincial or national authorities";
const AUTHORITIES_NOT_THIS_ROLES: &str =
    "authorities are administered by the platform administrator or a provincial or national authority";

const ENTERPRISE_REPORTS: &str =
    "the self-inspection report and the license copy are the enterprise's own to give";
const REVIEWERS: &str = "annual reviews are reviewed by supervising officers";
const STATUS_NOT_THIS_ROLES: &str = "this status change is not this role's to make";
const PROPOSALS_NOT_THIS_ROLES: &str = "revocation proposals are made by a provincial authority's leadership";
const TASK_CHANGES_NOT_THIS_ROLES: &str = "testing tasks are cancelled or reassigned by supervising officers";

/// The policy table: for each action, who may take it, whether it must be signed, what it is
/// aimed at, and the reason the others are refused. Every row applies only within reach (see
/// `decide`): officers reach their jurisdiction (the nation everything), an enterprise's user its
/// own enterprise, a testing institution the tasks assigned to it and nothing of the registry.
/// A new workflow adds its actions to `Action` and its rows here.
#[rustfmt::skip]
pub fn rule(action: Action) -> Rule {
    use LicenseStatus::{Cancelled, Expired, Revoked, Suspended, Valid};
    use Target::{Anything, AuthorityInJurisdiction, BelowOwnSeat, Institution, OwnAuthority, PlaceInJurisdiction};
    let row = |roles, signed, target, refused| Rule { roles, signed, target, refused };
    match action {
        // action                                     who may take it      signed by    aimed at
        //     and the reason the others are refused
        // Reading
        Action::ReadReference                  => row(EVERYONE,            ANY_TIER,    Anything,
            ""),
        Action::ReadSupervisionCalendar        => row(EVERYONE,            ANY_TIER,    Anything,
            ""),
        Action::ReadRegistry                   => row(REGISTRY_READERS,    ANY_TIER,    Anything,
            "this role does not read the registry"),
        Action::ReadTestingTasks               => row(TASK_READERS,        ANY_TIER,    Anything,
            "this role does not read testing tasks"),
        Action::ReadDueTests                   => row(OFFICERS,            ANY_TIER,    PlaceInJurisdiction,
            "the due-test list is for supervising officers"),
        Action::ReadDashboard                  => row(OFFICERS_AUDITOR,    ANY_TIER,    Anything,
            "dashboards are for officers and auditors"),
        Action::ReadAuditTrail                 => row(OFFICERS_AUDITOR,    ANY_TIER,    Anything,
            "the audit trail is for auditors and the owning authority"),
        Action::ReadPluginStatus               => row(PLUGIN_ADMIN_NATION, ANY_TIER,    Anything,
            "plugin status is for plugin administrators and the national authority"),
        // The registry
        Action::RegisterEnterprise             => row(OFFICERS,            ANY_TIER,    PlaceInJurisdiction,
            "only officers register enterprises"),
        Action::UpdateEnterpriseBaseData       => row(OFFICERS_ENTERPRISE, ANY_TIER,    Anything,
            "only officers and the enterprise itself update base data"),
        Action::MoveEnterprise                 => row(OFFICERS,            ANY_TIER,    PlaceInJurisdiction,
            "only officers register enterprises"),
        Action::IssueLicense                   => row(PROVINCE_UP,         ANY_TIER,    Anything,
            "licenses are issued by provincial or national authorities"),
        // 停产整顿 at every level; resuming by the city or above that follows the case; expiry recorded
        // by the licensing office; 注销 by the province, 吊销 by the nation (§二(四)).
        Action::ChangeLicenseStatus(Suspended) => row(OFFICERS,            ANY_TIER,    Anything,
            STATUS_NOT_THIS_ROLES),
        Action::ChangeLicenseStatus(Valid)     => row(CITY_UP,             ANY_TIER,    Anything,
            STATUS_NOT_THIS_ROLES),
        Action::ChangeLicenseStatus(Expired)   => row(PROVINCE_UP,         ANY_TIER,    Anything,
            STATUS_NOT_THIS_ROLES),
        Action::ChangeLicenseStatus(Cancelled) => row(PROVINCE_UP,         LEADERSHIP,  Anything,
            STATUS_NOT_THIS_ROLES),
        Action::ChangeLicenseStatus(Revoked)   => row(NATION,              LEADERSHIP,  Anything,
            STATUS_NOT_THIS_ROLES),
        Action::ManageApiKeys                  => row(PROVINCE_UP,         ANY_TIER,    Institution,
            "API keys are managed by provincial or national officers"),
        // Periodic supervision
        Action::DesignateInstitution           => row(PROVINCE_UP,         ANY_TIER,    PlaceInJurisdiction,
            "testing institutions are designated by provincial or national authorities"),
        Action::OpenTestingTask                => row(OFFICERS,            ANY_TIER,    Anything,
            "testing tasks are opened by supervising officers"),
        Action::OpenRecheckTask                => row(OFFICERS,            ANY_TIER,    Anything,
            "testing tasks are opened by supervising officers"),
        Action::SubmitTestResults              => row(INSTITUTION,         ANY_TIER,    Anything,
            "test results are submitted by the testing institution"),
        Action::ObjectToVerdict                => row(ENTERPRISE,          ANY_TIER,    Anything,
            "an objection is lodged by the enterprise itself"),
        // Delivery and the decision on an objection are the supervising authority's acts (产品质量法
        // 第十五条: the department that ran the check); any level that samples serves and decides
        // within its jurisdiction (ADR 0009 decisions 9 and 11).
        Action::DeliverVerdict                 => row(OFFICERS,            ANY_TIER,    Anything,
            "verdicts are delivered by supervising officers"),
        Action::AcknowledgeVerdictDelivery     => row(ENTERPRISE,          ANY_TIER,    Anything,
            "a delivery is acknowledged by the enterprise itself"),
        Action::DecideObjection                => row(OFFICERS,            ANY_TIER,    Anything,
            "objections are decided by supervising officers"),
        // Cancelling or reassigning a task is the sampling authority's correction of its own act:
        // any tier of any level whose jurisdiction holds the enterprise (ADR 0009 decision 19).
        Action::CancelTestingTask              => row(OFFICERS,            ANY_TIER,    Anything,
            TASK_CHANGES_NOT_THIS_ROLES),
        Action::ReassignTestingTask            => row(OFFICERS,            ANY_TIER,    Anything,
            TASK_CHANGES_NOT_THIS_ROLES),
        Action::OpenRectification              => row(OFFICERS,            ANY_TIER,    Anything,
            "rectifications are ordered by supervising officers"),
        Action::ConcludeRecheck                => row(OFFICERS,            ANY_TIER,    Anything,
            "rectifications are ordered by supervising officers"),
        Action::RequestRectificationExtension  => row(OFFICERS_ENTERPRISE, ANY_TIER,    Anything,
            "an extension is asked by the enterprise or its supervising officer"),
        Action::DecideRectificationExtension   => row(OFFICERS,            ANY_TIER,    Anything,
            "rectifications are ordered by supervising officers"),
        // Deciding a proposal is deciding the revocation: the same authority signs it.
        Action::DecideRevocationProposal       => row(NATION,              LEADERSHIP,  Anything,
            STATUS_NOT_THIS_ROLES),
        // Making the proposal is the province's act (its head or leader in charge), within its
        // province by reach; the nation decides it (ADR 0009 decision 23).
        Action::MakeRevocationProposal         => row(PROVINCE,            PROPOSAL_LEADERSHIP, Anything,
            PROPOSALS_NOT_THIS_ROLES),
        // Ending or replacing a designation is designating again: the same principals, in the
        // same places (ADR 0009 decision 22).
        Action::EndDesignation                 => row(PROVINCE_UP,         ANY_TIER,    PlaceInJurisdiction,
            "testing institutions are designated by provincial or national authorities"),
        Action::ReplaceDesignation             => row(PROVINCE_UP,         ANY_TIER,    PlaceInJurisdiction,
            "testing institutions are designated by provincial or national authorities"),
        // Subscriptions: what a caller hears of is its reach (its institution, its jurisdiction).
        Action::SubscribeTaskAssigned          => row(INSTITUTION,         ANY_TIER,    Anything,
            "only testing institutions are assigned tasks"),
        Action::SubscribeFailingVerdicts       => row(OFFICERS_AUDITOR,    ANY_TIER,    Anything,
            "failing verdicts are announced to officers and auditors"),
        // Administration: officers by their authority's leadership or an upper authority's
        // (reach: an officer of an authority outside the caller's jurisdiction is not found);
        // authorities below one's own seat by a province's or the nation's leadership, anywhere
        // by the platform's administrator.
        Action::ReadOfficers                   => row(AUTHORITY_PEOPLE,    ANY_TIER,    Anything,
            "the officer directory is for the authorities' own people"),
        Action::CreateOfficer                  => row(OFFICERS,            OFFICER_LEADERSHIP, AuthorityInJurisdiction,
            "officers are managed by their authority or one above it"),
        Action::UpdateOfficer                  => row(OFFICERS,            OFFICER_LEADERSHIP, Anything,
            "officers are managed by their authority or one above it"),
        Action::RecordOfficerRecusal           => row(OFFICERS,            OFFICER_LEADERSHIP, Anything,
            "officers are managed by their authority or one above it"),
        Action::DeactivateOfficer              => row(OFFICERS,            OFFICER_LEADERSHIP, Anything,
            "officers are managed by their authority or one above it"),
        Action::CreateAuthority                => row(PLATFORM_PROVINCE_UP, AUTHORITY_LEADERSHIP, BelowOwnSeat,
            AUTHORITIES_NOT_THIS_ROLES),
        Action::RenameAuthority                => row(PLATFORM_PROVINCE_UP, AUTHORITY_LEADERSHIP, BelowOwnSeat,
            AUTHORITIES_NOT_THIS_ROLES),
        Action::CloseAuthority                 => row(PLATFORM_PROVINCE_UP, AUTHORITY_LEADERSHIP, BelowOwnSeat,
            AUTHORITIES_NOT_THIS_ROLES),
        // Testing institutions, entered and accredited by the provinces and the nation within
        // their jurisdiction, suspended by their leadership.
        Action::CreateInstitution              => row(PROVINCE_UP,         ANY_TIER,    PlaceInJurisdiction,
            INSTITUTIONS_NOT_THIS_ROLES),
        Action::AccreditInstitution            => row(PROVINCE_UP,         ANY_TIER,    Institution,
            INSTITUTIONS_NOT_THIS_ROLES),
        Action::SuspendInstitution             => row(PROVINCE_UP,         INSTITUTION_LEADERSHIP, Institution,
            INSTITUTIONS_NOT_THIS_ROLES),
        // The platform
        Action::AdvanceDemoClock               => row(PLATFORM,            ANY_TIER,    Anything,
            "the demo clock is moved by the platform administrator"),
        // The State Council's notice, entered by the national authority or the platform operator
        // that keeps the national reference data (docs/adr/0011).
        Action::SetWorkingCalendar             => row(PLUGIN_ADMIN_NATION, ANY_TIER,    Anything,
            "the working-day calendar is kept by the national authority"),
        // Risk classes (docs/adr/0027): read as the registry is; recomputed in bulk by the
        // platform's operator (every other assessment happens inside the mutation that moved it).
        Action::ReadRiskClass                  => row(REGISTRY_READERS,    ANY_TIER,    Anything,
            "this role does not read the registry"),
        Action::RecomputeRiskClasses           => row(PLATFORM,            ANY_TIER,    Anything,
            "a bulk recompute is the platform operator's command"),
        Action::PreviewFrequencies             => row(OFFICERS,            ANY_TIER,    PlaceInJurisdiction,
            "the due-test list is for supervising officers"),
        // Recording expiries is clerical (the date decided it): the platform for the whole
        // registry (`oversight licenses expire`), a provincial or the national authority for its
        // jurisdiction, as the licensing offices record an expiry (docs/adr/0009).
        Action::RecordLicenseExpiries          => row(PLATFORM_PROVINCE_UP, ANY_TIER,   Anything,
            "license expiries are recorded by the platform or a provincial or national authority"),
        // Enterprise changes (docs/adr/0018): the enterprise asks (and may withdraw), any
        // supervising officer whose jurisdiction holds it reviews; only officers change the
        // reviewed fields directly; the licensing level concludes a re-review (重新审查).
        Action::RequestEnterpriseChange        => row(ENTERPRISE,          ANY_TIER,    Anything,
            "a change request is made or withdrawn by the enterprise itself"),
        Action::DecideEnterpriseChange         => row(OFFICERS,            ANY_TIER,    Anything,
            "change requests are reviewed by supervising officers"),
        Action::ChangeReviewedBaseData         => row(OFFICERS,            ANY_TIER,    Anything,
            "an enterprise changes its name, production conditions, inspection means or process through requestEnterpriseChange"),
        Action::ConcludeReReview               => row(PROVINCE_UP,         ANY_TIER,    Anything,
            "re-reviews are concluded by provincial or national authorities"),
        Action::WithdrawEnterpriseChange       => row(ENTERPRISE,          ANY_TIER,    Anything,
            "a change request is made or withdrawn by the enterprise itself"),
        // The annual review (§二(二), docs/adr/0021): the province opens it and organises the
        // stamp; the enterprise reports and hands in its copy; the province's officers review,
        // or the cities and counties that hold the enterprise when the year delegates it (the
        // use case checks the delegation: REVIEW_NOT_DELEGATED).
        Action::OpenReviewYear                 => row(PROVINCE,            ANY_TIER,    PlaceInJurisdiction,
            "the annual review is opened by the provincial authority (§二(二))"),
        Action::SaveSelfInspectionReport       => row(ENTERPRISE,          ANY_TIER,    Anything,
            ENTERPRISE_REPORTS),
        Action::SubmitSelfInspectionReport     => row(ENTERPRISE,          ANY_TIER,    Anything,
            ENTERPRISE_REPORTS),
        Action::HandInLicenseCopy              => row(ENTERPRISE,          ANY_TIER,    Anything,
            ENTERPRISE_REPORTS),
        Action::ReceiveLicenseCopy             => row(OFFICERS,            ANY_TIER,    Anything,
            REVIEWERS),
        Action::ReturnSelfInspectionReport     => row(OFFICERS,            ANY_TIER,    Anything,
            REVIEWERS),
        Action::RequireOnSiteInspection        => row(OFFICERS,            ANY_TIER,    Anything,
            REVIEWERS),
        Action::RecordOnSiteInspection         => row(OFFICERS,            ANY_TIER,    Anything,
            REVIEWERS),
        Action::ConcludeAnnualReview           => row(OFFICERS,            ANY_TIER,    Anything,
            REVIEWERS),
        Action::RecordAnnualReviewOverdue      => row(PLATFORM_PROVINCE_UP, ANY_TIER,   Anything,
            "overdue annual reviews are recorded by the platform or a provincial or national authority"),
        Action::RemindAnnualReviews            => row(PLATFORM_PROVINCE_UP, ANY_TIER,   Anything,
            "annual review reminders are sent by the platform or a provincial or national authority"),
        Action::SubscribeAnnualReviewNotices   => row(ENTERPRISE,          ANY_TIER,    Anything,
            "annual review notices are heard by the enterprise itself"),
        // Attachments (docs/adr/0019): an enterprise files its own documents, an officer adds
        // evidence to an enterprise in its jurisdiction (reach); each deletes its own side's,
        // until sealed.
        Action::UploadAttachment               => row(OFFICERS_ENTERPRISE, ANY_TIER,    Anything,
            "attachments are added by the enterprise itself or its supervising officers"),
        Action::DeleteAttachment               => row(OFFICERS_ENTERPRISE, ANY_TIER,    Anything,
            "attachments are deleted by the enterprise itself or its supervising officers"),
        // Patrols and follow-ups (§二(三), docs/adr/0022): "省级质量技术监督部门应当组织市、县级质量
        // 技术监督部门…实施巡查": the local officers inspect, the province may too; the nation
        // supervises the provinces, not the enterprises' floors. The records are filed with the
        // province (报省级质量技术监督部门备案), which acknowledges them.
        Action::RecordPatrol                   => row(FIELD_OFFICERS,      ANY_TIER,    Anything,
            PATROLLERS),
        Action::OrderPatrolMeasure             => row(FIELD_OFFICERS,      ANY_TIER,    Anything,
            PATROLLERS),
        Action::ClosePatrolMeasure             => row(FIELD_OFFICERS,      ANY_TIER,    Anything,
            PATROLLERS),
        Action::RecordFollowUp                 => row(FIELD_OFFICERS,      ANY_TIER,    Anything,
            PATROLLERS),
        Action::FilePatrolRecord               => row(FIELD_OFFICERS,      ANY_TIER,    Anything,
            PATROLLERS),
        Action::AcknowledgePatrolRecord        => row(PROVINCE,            ANY_TIER,    Anything,
            "patrol and follow-up records are filed with, and acknowledged by, the provincial authority (§二(三))"),
        Action::SubscribePatrolNotices         => row(ENTERPRISE_PROVINCE, ANY_TIER,    Anything,
            "patrol notices are heard by the enterprise patrolled and the province the records are filed with"),
        // The province organises its cities and counties to make the plans; the place is the
        // caller's own province (the use case passes its seat).
        Action::CreatePatrolPlan               => row(PROVINCE,            ANY_TIER,    PlaceInJurisdiction,
            "patrol plans are made by the provincial authority (§二(三))"),
        // Linkage notices (§二(六), docs/adr/0026): sent by the review department, the nation and
        // the provinces (the use case matches the notice's type to the sender's role); acted on
        // by the officers of the authority it was sent to (the resource is that authority), at
        // any tier: acknowledging, passing on and closing with proof are the staff's supervision
        // work, not a decision the leadership signs.
        Action::SendLinkageNotice              => row(NOTICE_SENDERS,      ANY_TIER,    Anything,
            "linkage notices are sent by the review department, the national authority and the provinces (§二(六))"),
        Action::AcknowledgeLinkageNotice       => row(FIELD_OFFICERS,      ANY_TIER,    OwnAuthority,
            NOTICE_TARGETS),
        Action::PassOnLinkageNotice            => row(FIELD_OFFICERS,      ANY_TIER,    OwnAuthority,
            NOTICE_TARGETS),
        Action::CloseLinkageNotice             => row(FIELD_OFFICERS,      ANY_TIER,    OwnAuthority,
            NOTICE_TARGETS),
        Action::ReadLinkageNotices             => row(AUTHORITY_PEOPLE,    ANY_TIER,    Anything,
            "linkage notices are read by the authorities' own people"),
        Action::SubscribeLinkageNotices        => row(NOTICE_PEOPLE,       ANY_TIER,    Anything,
            "linkage notices are heard by the officers and the review department"),
        // Spot-check results import (docs/adr/0029): the senders of spot-check failure notices,
        // the nation and the provinces (the use case matches the campaign's level to the role);
        // read by the authorities' own people, as the notices they raise are.
        // Provincial implementing rules (docs/adr/0032): issued by the province for its own
        // territory (`PlaceInJurisdiction` on the province: a province holds only its own), read
        // by everyone.
        Action::SetProvincialRules             => row(PROVINCE,            RULES_LEADERSHIP, PlaceInJurisdiction,
            "implementing rules are issued by a provincial authority"),
        Action::ReadProvincialRules            => row(EVERYONE,            ANY_TIER,    Anything,
            "provincial rules are published"),
        Action::ImportSpotCheckResults         => row(PROVINCE_UP,         ANY_TIER,    Anything,
            "spot-check results are imported by the national authority and the provinces (§二(六))"),
        Action::ReadSpotCheckImports           => row(AUTHORITY_PEOPLE,    ANY_TIER,    Anything,
            "spot-check imports are read by the authorities' own people"),
        // Generated reports (§二(五), docs/adr/0030): drafted, generated and submitted by the
        // reporting authority's officers (the nation reports to no one); returned, accepted,
        // locked and unlocked by the officers of the tier above (the use case checks the
        // reporter's parent: REPORT_NOT_UPPER_TIER); read by officers and auditors in reach.
        Action::GenerateReport                 => row(FIELD_OFFICERS,      ANY_TIER,    OwnAuthority,
            REPORTERS),
        Action::SubmitReport                   => row(FIELD_OFFICERS,      ANY_TIER,    OwnAuthority,
            REPORTERS),
        Action::ReturnReport                   => row(CITY_UP,             ANY_TIER,    BelowOwnSeat,
            REPORT_APPROVERS),
        Action::AcceptReport                   => row(CITY_UP,             ANY_TIER,    BelowOwnSeat,
            REPORT_APPROVERS),
        Action::LockReport                     => row(CITY_UP,             ANY_TIER,    BelowOwnSeat,
            REPORT_APPROVERS),
        Action::UnlockReport                   => row(CITY_UP,             ANY_TIER,    BelowOwnSeat,
            REPORT_APPROVERS),
        Action::ReadReports                    => row(OFFICERS_AUDITOR,    ANY_TIER,    Anything,
            "generated reports are read by officers and auditors"),
        // Double-random draws (双随机一公开, docs/adr/0025): every level of authority draws the
        // targets and inspectors of its own jurisdiction; the place is the caller's own seat.
        Action::CommitDraw                     => row(FIELD_OFFICERS,      ANY_TIER,    PlaceInJurisdiction,
            DRAWERS),
        Action::RunDraw                        => row(FIELD_OFFICERS,      ANY_TIER,    PlaceInJurisdiction,
            DRAWERS),
        // Withdrawing a published commitment is the committing authority's own act, not its
        // upper authority's (which may run a draw the county cannot, but not unmake it).
        Action::CancelDraw                     => row(FIELD_OFFICERS,      ANY_TIER,    OwnAuthority,
            DRAW_CANCELLERS),
        // Unlicensed production (无证生产, §三, docs/adr/0033): the place is the producer's.
        Action::OpenUnlicensedCase             => row(FIELD_OFFICERS,      ANY_TIER,    PlaceInJurisdiction,
            UNLICENSED_HANDLERS),
        Action::ActOnUnlicensedCase            => row(FIELD_OFFICERS,      ANY_TIER,    PlaceInJurisdiction,
            UNLICENSED_HANDLERS),
        Action::DecideUnlicensedCase           => row(FIELD_OFFICERS,      UNLICENSED_LEADERSHIP, PlaceInJurisdiction,
            UNLICENSED_HANDLERS),
        Action::ReadUnlicensedCases            => row(OFFICERS_AUDITOR,    ANY_TIER,    Anything,
            "unlicensed-production cases are read by officers and auditors"),
        // Counterfeiting cases (恶意造假, §三, docs/adr/0034): "各地质量技术监督部门要立即责令其停止…
        // 收回…提请当地人民政府依法予以取缔…移交公安机关": the local authorities whose jurisdiction
        // holds the enterprise (reach) open the case and take its steps, at any tier; reporting
        // the revocation up (上报) is the province's, signed by its leadership as every revocation
        // proposal; the nation decides it in the proposals' queue and reads every case.
        Action::OpenCounterfeitCase            => row(FIELD_OFFICERS,      ANY_TIER,    Anything,
            COUNTERFEIT_HANDLERS),
        Action::OrderCounterfeitStop           => row(FIELD_OFFICERS,      ANY_TIER,    Anything,
            COUNTERFEIT_HANDLERS),
        Action::RecordCounterfeitRecall        => row(FIELD_OFFICERS,      ANY_TIER,    Anything,
            COUNTERFEIT_HANDLERS),
        Action::CompleteCounterfeitRecall      => row(FIELD_OFFICERS,      ANY_TIER,    Anything,
            COUNTERFEIT_HANDLERS),
        Action::ReportCounterfeitRevocation    => row(PROVINCE,            PROPOSAL_LEADERSHIP, Anything,
            PROPOSALS_NOT_THIS_ROLES),
        Action::RequestCounterfeitBan          => row(FIELD_OFFICERS,      ANY_TIER,    Anything,
            COUNTERFEIT_HANDLERS),
        Action::TransferCounterfeitCaseToPolice => row(FIELD_OFFICERS,     ANY_TIER,    Anything,
            COUNTERFEIT_HANDLERS),
        Action::RecordCounterfeitPoliceReceipt => row(FIELD_OFFICERS,      ANY_TIER,    Anything,
            COUNTERFEIT_HANDLERS),
        Action::CloseCounterfeitCase           => row(FIELD_OFFICERS,      ANY_TIER,    Anything,
            COUNTERFEIT_HANDLERS),
        Action::ReadCounterfeitCases           => row(AUTHORITY_PEOPLE,    ANY_TIER,    Anything,
            "counterfeiting cases are read by the authorities' own people"),
        // Supervision orders (督查督办, §四, docs/adr/0035): issued by the leadership of an
        // authority above the one ordered (the resource is the target; the nation orders any
        // province, city or county), worked on by the officers of the authority ordered at any
        // tier, accepted or returned by the issuer's leadership (the resource is the issuer);
        // read by the authorities' own people in reach.
        Action::IssueSupervisionOrder          => row(CITY_UP,             ORDER_LEADERSHIP, BelowOwnSeat,
            "supervision orders are issued by an authority above the one ordered (§四)"),
        Action::AcknowledgeSupervisionOrder    => row(FIELD_OFFICERS,      ANY_TIER,    OwnAuthority,
            ORDER_TARGETS),
        Action::ReportSupervisionOrderProgress => row(FIELD_OFFICERS,      ANY_TIER,    OwnAuthority,
            ORDER_TARGETS),
        Action::CompleteSupervisionOrder       => row(FIELD_OFFICERS,      ANY_TIER,    OwnAuthority,
            ORDER_TARGETS),
        Action::AcceptSupervisionOrder         => row(CITY_UP,             ORDER_LEADERSHIP, OwnAuthority,
            ORDER_ISSUERS),
        Action::ReturnSupervisionOrder         => row(CITY_UP,             ORDER_LEADERSHIP, OwnAuthority,
            ORDER_ISSUERS),
        Action::ReadSupervisionOrders          => row(AUTHORITY_PEOPLE,    ANY_TIER,    Anything,
            "supervision orders are read by the authorities' own people"),
        Action::SubscribeSupervisionOrders     => row(OFFICERS,            ANY_TIER,    Anything,
            "supervision orders are heard by officers"),
        // Requests from the lower tier (§四 "对下级部门提出的问题…上级部门要及时予以答复、解决"):
        // raised by the officers of an authority below the nation from their own authority (the
        // resource; the use case checks that the target is its parent), answered by the officers
        // of the authority raised to, resolved or reopened by the raiser's officers.
        Action::RaiseLowerTierRequest          => row(FIELD_OFFICERS,      ANY_TIER,    OwnAuthority,
            "requests are raised by the officers of a provincial, municipal or county authority to the one above (§四)"),
        Action::AnswerLowerTierRequest         => row(CITY_UP,             ANY_TIER,    OwnAuthority,
            "a request is answered by the officers of the authority it was raised to (§四)"),
        Action::ResolveLowerTierRequest        => row(FIELD_OFFICERS,      ANY_TIER,    OwnAuthority,
            REQUEST_RAISERS),
        Action::ReopenLowerTierRequest         => row(FIELD_OFFICERS,      ANY_TIER,    OwnAuthority,
            REQUEST_RAISERS),
        Action::ReadLowerTierRequests          => row(AUTHORITY_PEOPLE,    ANY_TIER,    Anything,
            "requests from the lower tier are read by the authorities' own people"),
        // Escalation (issue 17 item 5): the notice's sender's leadership orders its target to act
        // (the resource is the sending authority); the use case checks the lateness.
        Action::EscalateLinkageNotice          => row(CITY_UP,             ORDER_LEADERSHIP, OwnAuthority,
            "a late linkage notice is escalated into a supervision order by the authority that sent it"),
        // Key regions (重点地区, docs/adr/0037): figures of the caller's jurisdiction, computed
        // on read; the use case narrows the place asked to it.
        Action::ReadKeyRegions                 => row(OFFICERS_AUDITOR,    ANY_TIER,    Anything,
            "key regions are read by officers and auditors"),
        // Responsible persons (直接责任人, §四, docs/adr/0036): the leadership of the authority that
        // holds the work (the resource; the use case reads the holder) assigns it to one of its
        // officers; the authorities' own people read who answers for what in their reach.
        Action::AssignResponsiblePerson        => row(OFFICERS,            ASSIGNMENT_LEADERSHIP, OwnAuthority,
            ASSIGNERS),
        Action::ReassignResponsiblePerson      => row(OFFICERS,            ASSIGNMENT_LEADERSHIP, OwnAuthority,
            ASSIGNERS),
        Action::ReadResponsibilities           => row(AUTHORITY_PEOPLE,    ANY_TIER,    Anything,
            "responsibilities are read by the authorities' own people"),
        // Key-industry campaigns (专项整治, §三 "省级质量技术监督部门要加大监督检查力度，提高巡查的
        // 频次", docs/adr/0038): opened by a provincial or municipal authority's leadership over
        // places inside its jurisdiction (each region named is the resource); amended, closed and
        // cancelled by the leadership of the authority that opened it; read by officers and
        // auditors (the storage scope keeps those whose regions overlap the caller's).
        Action::OpenCampaign                   => row(PROVINCE_CITY,       CAMPAIGN_LEADERSHIP, PlaceInJurisdiction,
            CAMPAIGN_OPENERS),
        Action::DecideCampaign                 => row(PROVINCE_CITY,       CAMPAIGN_LEADERSHIP, OwnAuthority,
            CAMPAIGN_OPENERS),
        Action::ReadCampaigns                  => row(OFFICERS_AUDITOR,    ANY_TIER,    Anything,
            "key-industry campaigns are read by officers and auditors"),
        // Responsibility agreements (责任状, §四 层级负责制, docs/adr/0036): drafted by a provincial
        // or municipal authority's leadership for an authority below it (the resource; the use
        // case checks it is directly below), amended and withdrawn by the drafter's leadership,
        // signed by the lower authority's leadership; read by officers and auditors in reach.
        Action::DraftAgreement                 => row(PROVINCE_CITY,       AGREEMENT_LEADERSHIP, BelowOwnSeat,
            AGREEMENT_DRAFTERS),
        Action::DecideAgreement                => row(PROVINCE_CITY,       AGREEMENT_LEADERSHIP, OwnAuthority,
            AGREEMENT_DRAFTERS),
        Action::SignAgreement                  => row(CITY_COUNTY,         AGREEMENT_LEADERSHIP, OwnAuthority,
            "a responsibility agreement is signed by the municipal or county authority it binds (§四)"),
        Action::ReadAgreements                 => row(OFFICERS_AUDITOR,    ANY_TIER,    Anything,
            "responsibility agreements are read by officers and auditors"),
        // Rectification meetings (行业整顿会议, §三 "必要时可召开行业整顿会议", docs/adr/0038
        // decision 9): convened, held, cancelled and resolved by the leadership of the authority
        // that opened the campaign (the resource); read by who reads the campaign.
        Action::ConveneRectificationMeeting    => row(PROVINCE_CITY,       CAMPAIGN_LEADERSHIP, OwnAuthority,
            CAMPAIGN_OPENERS),
        Action::DecideRectificationMeeting     => row(PROVINCE_CITY,       CAMPAIGN_LEADERSHIP, OwnAuthority,
            CAMPAIGN_OPENERS),
        Action::ReadRectificationMeetings      => row(OFFICERS_AUDITOR,    ANY_TIER,    Anything,
            "rectification meetings are read by officers and auditors"),
        // Dismissing a counterfeiting case opened in error (撤销立案, docs/adr/0034 decision 10):
        // the opening authority's formal act (the resource is that authority; the use case first
        // finds the case in the caller's reach), signed by its head or leader in charge, as an
        // unlicensed-production case's dismissal.
        Action::DismissCounterfeitCase         => row(FIELD_OFFICERS,      COUNTERFEIT_DISMISSAL_LEADERSHIP, OwnAuthority,
            COUNTERFEIT_DISMISSERS),
        // Commendation and accountability records (表彰奖励 / 追究责任, §四, docs/adr/0039):
        // drafted by an authority's head or leader in charge about a unit or person whose
        // authority (the resource) lies in its jurisdiction — the use case checks a unit is
        // strictly below and a person is not the caller; withdrawn by the same leadership; issued
        // and annulled by the recording authority's head alone; read by officers and auditors
        // (the storage scope keeps what each may see).
        Action::DraftResponsibilityRecord      => row(OFFICERS,            RECORD_LEADERSHIP, AuthorityInJurisdiction,
            RECORD_KEEPERS),
        Action::WithdrawResponsibilityRecord   => row(OFFICERS,            RECORD_LEADERSHIP, OwnAuthority,
            RECORD_KEEPERS),
        Action::IssueResponsibilityRecord      => row(OFFICERS,            RECORD_HEAD, OwnAuthority,
            RECORD_KEEPERS),
        Action::AnnulResponsibilityRecord      => row(OFFICERS,            RECORD_HEAD, OwnAuthority,
            RECORD_KEEPERS),
        Action::ReadResponsibilityRecords      => row(OFFICERS_AUDITOR,    ANY_TIER,    Anything,
            "commendation and accountability records are read by officers and auditors"),
        // The supervision overview (督导, §四, docs/adr/0042): figures of the caller's
        // jurisdiction, counted on read; the use case narrows the region asked to it.
        Action::ReadSupervisionOverview        => row(OFFICERS_AUDITOR,    ANY_TIER,    Anything,
            "the supervision overview is read by officers and auditors"),
        // Enterprise periodic reports (企业定期报告, §二(五), docs/adr/0041): the enterprise writes
        // and submits its own; the city or county whose jurisdiction holds it (reach) takes note
        // of it or returns it; the province and the nation read them (the read scope).
        Action::SavePeriodicReport             => row(ENTERPRISE,          ANY_TIER,    Anything,
            PERIODIC_REPORTERS),
        Action::SubmitPeriodicReport           => row(ENTERPRISE,          ANY_TIER,    Anything,
            PERIODIC_REPORTERS),
        Action::AcknowledgePeriodicReport      => row(CITY_COUNTY,         ANY_TIER,    Anything,
            PERIODIC_REPORT_RECEIVERS),
        Action::ReturnPeriodicReport           => row(CITY_COUNTY,         ANY_TIER,    Anything,
            PERIODIC_REPORT_RECEIVERS),
        // The inbox (待办, docs/adr/0040): everyone reads their own; its content is what the rows
        // of the actions that take each item out name the caller's role for (`inbox::Inbox::of`).
        Action::ReadInbox                      => row(EVERYONE,            ANY_TIER,    Anything,
            "everyone reads their own inbox"),
    }
}

/// A periodic report is the enterprise's own statement.
const PERIODIC_REPORTERS: &str =
    "a periodic report is written and submitted by the enterprise itself (§二(五))";
/// … received by the local authority that supervises it.
const PERIODIC_REPORT_RECEIVERS: &str = "a periodic report is acknowledged or returned by the municipal or county authority that supervises the enterprise";
/// A counterfeiting case opened in error is dismissed by the authority that opened it.
const COUNTERFEIT_DISMISSERS: &str = "a counterfeiting case is dismissed by the provincial, municipal or county authority that opened it (撤销立案)";
/// … signed by its head or leader in charge.
const COUNTERFEIT_DISMISSAL_LEADERSHIP: Option<Signature> = Some(Signature {
    tiers: &[Tier::Head, Tier::LeaderInCharge],
    refused: "a counterfeiting case is dismissed by the head or leader in charge of the authority that opened it",
});
