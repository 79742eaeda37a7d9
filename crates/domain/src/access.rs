//! Who may do what (§四 responsibility, §二 jurisdiction): the principal, the
//! actions of the API, and one pure policy function deciding each request.
//!
//! Jurisdiction is the region-code prefix of the principal's authority: a
//! municipal officer at 320100 reaches enterprises whose region starts with 3201.
//! Objects outside the reach are reported as absent (`OutOfReach` → NOT_FOUND), so
//! the API never reveals that they exist.

use crate::ids::{AuthorityId, EnterpriseId, InstitutionId};
use crate::registry::authority::AuthorityLevel;
use crate::registry::license::LicenseStatus;
use crate::registry::region::RegionCode;

crate::stored_enum! {
    /// Responsibility tier inside an authority (§四).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Tier {
        /// 行政一把手 — first responsible.
        Head = "head",
        /// 分管领导 — main responsible.
        LeaderInCharge = "leader_in_charge",
        /// 直接责任人 — the staff who supervise.
        Staff = "staff",
    }
}

crate::stored_enum! {
    /// What a principal is, as carried in its token.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Role {
        NationalOfficer = "national_officer",
        ProvincialOfficer = "provincial_officer",
        MunicipalOfficer = "municipal_officer",
        CountyOfficer = "county_officer",
        /// 审查部: finds problems during licensing review and notifies the province.
        ReviewDepartment = "review_department",
        /// 承检机构: runs compulsory tests and submits results.
        TestingInstitution = "testing_institution",
        /// A licensed enterprise's own user: sees only its enterprise.
        EnterpriseUser = "enterprise_user",
        /// Installs and pins industry plugins; sees no enterprise data.
        PluginAdministrator = "plugin_administrator",
        /// Read-only; sees the audit trail within its authority's jurisdiction.
        Auditor = "auditor",
    }
}

impl Role {
    /// The authority level an officer role belongs to.
    pub fn officer_level(self) -> Option<AuthorityLevel> {
        match self {
            Role::NationalOfficer => Some(AuthorityLevel::National),
            Role::ProvincialOfficer => Some(AuthorityLevel::Provincial),
            Role::MunicipalOfficer => Some(AuthorityLevel::Municipal),
            Role::CountyOfficer => Some(AuthorityLevel::County),
            _ => None,
        }
    }
}

/// The organisation a principal acts for, resolved from the token's `org` claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Organisation {
    Authority {
        id: AuthorityId,
        region: RegionCode,
        level: AuthorityLevel,
    },
    Institution {
        id: InstitutionId,
        region: RegionCode,
    },
    Enterprise {
        id: EnterpriseId,
        region: RegionCode,
    },
    /// The platform operator (plugin administrators).
    Platform,
}

impl Organisation {
    /// The stable reference used in tokens and audit records: `authority:12`.
    pub fn reference(&self) -> String {
        match self {
            Organisation::Authority { id, .. } => format!("authority:{id}"),
            Organisation::Institution { id, .. } => format!("institution:{id}"),
            Organisation::Enterprise { id, .. } => format!("enterprise:{id}"),
            Organisation::Platform => "platform".to_owned(),
        }
    }

    /// The authority acted for, if it is one.
    pub fn authority_id(&self) -> Option<AuthorityId> {
        if let Organisation::Authority { id, .. } = self { Some(*id) } else { None }
    }

    /// The testing institution acted for, if it is one.
    pub fn institution_id(&self) -> Option<InstitutionId> {
        if let Organisation::Institution { id, .. } = self { Some(*id) } else { None }
    }

    /// The enterprise acted for, if it is one.
    pub fn enterprise_id(&self) -> Option<EnterpriseId> {
        if let Organisation::Enterprise { id, .. } = self { Some(*id) } else { None }
    }
}

/// A parsed `org` claim, before it is resolved against the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrganisationRef {
    Authority(AuthorityId),
    Institution(InstitutionId),
    Enterprise(EnterpriseId),
    Platform,
}

impl OrganisationRef {
    pub fn parse(s: &str) -> Option<OrganisationRef> {
        if s == "platform" {
            return Some(OrganisationRef::Platform);
        }
        let (kind, id) = s.split_once(':')?;
        let id: i64 = id.parse().ok().filter(|id| *id > 0)?;
        match kind {
            "authority" => Some(OrganisationRef::Authority(AuthorityId::new(id))),
            "institution" => Some(OrganisationRef::Institution(InstitutionId::new(id))),
            "enterprise" => Some(OrganisationRef::Enterprise(EnterpriseId::new(id))),
            _ => None,
        }
    }
}

/// An authenticated caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub subject: String,
    pub role: Role,
    pub tier: Option<Tier>,
    pub organisation: Organisation,
}

/// Why a token's claims do not make a principal.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PrincipalRefused {
    #[error("role {role} cannot act for {organisation}")]
    RoleDoesNotFitOrganisation { role: &'static str, organisation: String },
    #[error("officers need a tier (head, leader_in_charge or staff)")]
    OfficerWithoutTier,
    #[error("only officers have a tier")]
    TierWithoutOfficer,
}

impl Principal {
    /// Checks that the role fits the organisation: an officer's role matches its
    /// authority's level; reviewers and auditors belong to an authority; an
    /// institution's users to an institution, an enterprise's to an enterprise.
    pub fn new(
        subject: String,
        role: Role,
        tier: Option<Tier>,
        organisation: Organisation,
    ) -> Result<Principal, PrincipalRefused> {
        let fits = match (&organisation, role) {
            (Organisation::Authority { level, .. }, role) if role.officer_level().is_some() => {
                role.officer_level() == Some(*level)
            }
            (Organisation::Authority { .. }, Role::ReviewDepartment | Role::Auditor) => true,
            (Organisation::Institution { .. }, Role::TestingInstitution) => true,
            (Organisation::Enterprise { .. }, Role::EnterpriseUser) => true,
            (Organisation::Platform, Role::PluginAdministrator) => true,
            _ => false,
        };
        if !fits {
            return Err(PrincipalRefused::RoleDoesNotFitOrganisation {
                role: role.as_str(),
                organisation: organisation.reference(),
            });
        }
        match (role.officer_level().is_some(), tier) {
            (true, None) => return Err(PrincipalRefused::OfficerWithoutTier),
            (false, Some(_)) => return Err(PrincipalRefused::TierWithoutOfficer),
            _ => {}
        }
        Ok(Principal { subject, role, tier, organisation })
    }

    /// The region whose jurisdiction this principal's authority holds, if any.
    pub fn jurisdiction(&self) -> Option<RegionCode> {
        match &self.organisation {
            Organisation::Authority { region, .. } => Some(*region),
            _ => None,
        }
    }

    fn is_officer(&self) -> bool {
        self.role.officer_level().is_some()
    }

    /// Whether the region lies inside this principal's jurisdiction.
    fn holds(&self, region: &RegionCode) -> bool {
        self.jurisdiction().is_some_and(|jurisdiction| jurisdiction.contains(region))
    }
}

/// Which enterprises' records (and everything hanging off them: licenses, copy
/// entries, archive) a principal may read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Everything,
    Within(RegionCode),
    Enterprise(EnterpriseId),
    Nothing,
}

impl Scope {
    /// Whether an enterprise with this id and region is in scope.
    pub fn admits(&self, enterprise_id: EnterpriseId, region: &RegionCode) -> bool {
        match self {
            Scope::Everything => true,
            Scope::Within(jurisdiction) => jurisdiction.contains(region),
            Scope::Enterprise(id) => *id == enterprise_id,
            Scope::Nothing => false,
        }
    }
}

/// The read scope of a principal.
pub fn read_scope(principal: &Principal) -> Scope {
    match (&principal.organisation, principal.role) {
        (Organisation::Authority { region, .. }, _) if *region == RegionCode::NATION => Scope::Everything,
        (Organisation::Authority { region, .. }, _) => Scope::Within(*region),
        (Organisation::Enterprise { id, .. }, Role::EnterpriseUser) => Scope::Enterprise(*id),
        // Testing institutions reach enterprises only through tasks assigned to
        // them (periodic supervision); plugin administrators never do.
        _ => Scope::Nothing,
    }
}

/// Which testing tasks (抽样/检验任务) a principal may read: authorities and enterprises those of
/// the enterprises in their registry scope; a testing institution only the tasks assigned to it
/// (it reaches no other registry data: samples are tested without the institution browsing the
/// enterprise's records).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskScope {
    /// Tasks of the enterprises inside this registry scope.
    Registry(Scope),
    /// Tasks assigned to this institution.
    AssignedTo(InstitutionId),
}

impl TaskScope {
    /// Whether a task of this enterprise, assigned to this institution, is in scope.
    pub fn admits(
        &self,
        enterprise_id: EnterpriseId,
        region: &RegionCode,
        institution_id: InstitutionId,
    ) -> bool {
        match self {
            TaskScope::Registry(scope) => scope.admits(enterprise_id, region),
            TaskScope::AssignedTo(id) => *id == institution_id,
        }
    }
}

/// The testing-task read scope of a principal.
pub fn task_scope(principal: &Principal) -> TaskScope {
    match (&principal.organisation, principal.role) {
        (Organisation::Institution { id, .. }, Role::TestingInstitution) => TaskScope::AssignedTo(*id),
        _ => TaskScope::Registry(read_scope(principal)),
    }
}

/// Everything the API lets a principal do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Read enterprises, licenses, copies and archives (filtered by `read_scope`).
    ReadRegistry,
    /// Read the catalogue data: regions, authorities, industries, and the published designations
    /// with the institutions they name.
    ReadReference,
    RegisterEnterprise,
    UpdateEnterpriseBaseData,
    /// Move an enterprise to another region (a base-data change of its region): registering it
    /// in the new place, so only an officer whose jurisdiction holds that place may.
    MoveEnterprise,
    IssueLicense,
    ChangeLicenseStatus(LicenseStatus),
    ReadAuditTrail,
    ManageApiKeys,
    /// See which plugin files were loaded or refused, and why.
    ReadPluginStatus,
    /// Designate the unified testing institution of an industry for a region (§二(四)).
    DesignateInstitution,
    /// Open a testing task: sample an enterprise's product for compulsory testing.
    OpenTestingTask,
    /// Open the re-check task (复查) of a rectification whose deadline passed.
    OpenRecheckTask,
    /// Submit test results for a task (testing institutions).
    SubmitTestResults,
    /// Read testing tasks (filtered by `task_scope`).
    ReadTestingTasks,
    /// Read what compulsory testing is due in an authority's jurisdiction (`dueTests`).
    ReadDueTests,
    /// Read the dashboard's grouped counts (`dashboard`), over one's read scope.
    ReadDashboard,
    /// Object to a failing verdict (异议): the enterprise itself.
    ObjectToVerdict,
    /// Deliver (送达) a verdict to the enterprise: the objection window runs from delivery.
    DeliverVerdict,
    /// Acknowledge an electronic delivery of a verdict: the enterprise itself.
    AcknowledgeVerdictDelivery,
    /// Accept (受理) or refuse an objection, assigning the retest to another institution.
    DecideObjection,
    /// Cancel an open testing task, with reason: a supervising officer (ADR 0009 decision 19).
    CancelTestingTask,
    /// Give an open testing task to another accredited institution, with reason: a supervising
    /// officer (ADR 0009 decision 19).
    ReassignTestingTask,
    /// Order the rectification (整改) of a final failing verdict.
    OpenRectification,
    /// Conclude a re-check whose failing verdict became final when its objection window closed:
    /// the rectification is referred and the revocation proposal raised.
    ConcludeRecheck,
    /// Ask the one extension of a rectification deadline.
    RequestRectificationExtension,
    /// Grant (to a date) or decline the extension an enterprise asked: the supervising officer.
    DecideRectificationExtension,
    /// Decide a revocation proposal (吊销建议) a failed re-check raised: revoke the license, or
    /// reject the proposal. Revoking is the national authority's decision.
    DecideRevocationProposal,
    /// Make the revocation proposal (吊销建议) a failed re-check put in the province's queue, with
    /// its grounds: the provincial authority's leadership (issue 11 item 11, ADR 0009 decision 23).
    MakeRevocationProposal,
    /// End a designation early (ADR 0009 decision 22): the principals that designate.
    EndDesignation,
    /// Replace a designation's institution from a date (ADR 0009 decision 22).
    ReplaceDesignation,
    /// Move the supervision calendar of a demonstration server forward (`advanceDemoClock`), so
    /// objection windows and rectification deadlines can be walked through without waiting.
    AdvanceDemoClock,
    /// Read the supervision calendar (`supervisionCalendar`): no one's data.
    ReadSupervisionCalendar,
    /// Set one year's public holidays and make-up working days of the working-day calendar
    /// (`setWorkingCalendarYear`): national reference data, kept by the national authority.
    SetWorkingCalendar,
    /// Record that licenses past their last valid day expired (`recordLicenseExpiries`, `oversight
    /// licenses expire`): the stored status, the copy and the archive, once.
    RecordLicenseExpiries,
    /// Hear of the tasks newly assigned to one's institution (subscription `taskAssigned`).
    SubscribeTaskAssigned,
    /// Hear of the failing verdicts in one's jurisdiction (subscription `failingVerdicts`).
    SubscribeFailingVerdicts,
    /// Read the officer directory (执法人员) of one's authority and those below it.
    ReadOfficers,
    /// Enter an officer in the directory of an authority.
    CreateOfficer,
    /// Change an officer's name, tier or industries.
    UpdateOfficer,
    /// Deactivate an officer: their tokens are refused from then on.
    DeactivateOfficer,
    /// Create an authority at a division below one's own (the platform: anywhere).
    CreateAuthority,
    RenameAuthority,
    /// Close an authority, naming the successor its work passes to.
    CloseAuthority,
    /// Enter a testing institution with its accreditation.
    CreateInstitution,
    /// Record a testing institution's new accreditation (CMA/CNAS, validity, industries).
    AccreditInstitution,
    /// Suspend a testing institution: it is not designated again.
    SuspendInstitution,
    /// Ask for a change of one's name, production conditions, inspection means or process
    /// (变更申请), or withdraw it: the enterprise itself (docs/adr/0018).
    RequestEnterpriseChange,
    /// Accept or refuse an enterprise's change request: a supervising officer whose jurisdiction
    /// holds the enterprise.
    DecideEnterpriseChange,
    /// Change a reviewed field (name, production conditions, inspection means, process) of the
    /// base data directly through `updateEnterpriseBaseData`: officers; an enterprise asks.
    ChangeReviewedBaseData,
    /// Conclude a license's re-review (重新审查) after an accepted change: the licensing level.
    ConcludeReReview,
    /// Withdraw one's open change request: the enterprise itself.
    WithdrawEnterpriseChange,
    /// Open a province's review year (年度审查, §二(二)): the provincial authority.
    OpenReviewYear,
    /// Save a draft of one's self-inspection report (自查报告): the enterprise itself.
    SaveSelfInspectionReport,
    /// Submit one's self-inspection report: the enterprise itself.
    SubmitSelfInspectionReport,
    /// Hand in one's license copy (副本) for the annual review: the enterprise itself.
    HandInLicenseCopy,
    /// Record receipt of a license copy: a reviewing officer.
    ReceiveLicenseCopy,
    /// Return a submitted report for correction: a reviewing officer.
    ReturnSelfInspectionReport,
    /// Require an on-site inspection (实地检查) of a submitted report: a reviewing officer.
    RequireOnSiteInspection,
    /// Record the on-site inspection and its outcome: a reviewing officer.
    RecordOnSiteInspection,
    /// Pass (the annual stamp) or fail a review: a reviewing officer.
    ConcludeAnnualReview,
    /// Record the reviews still without a report after the deadline overdue: the platform or the
    /// province.
    RecordAnnualReviewOverdue,
    /// Remind (催报) the enterprises whose report is still awaited before the deadline: the
    /// platform or the province.
    RemindAnnualReviews,
    /// Hear of one's own annual reviews: reminders, returns, on-site inspections, conclusions
    /// (subscription `annualReviewNotices`).
    SubscribeAnnualReviewNotices,
    /// Add a document (附件 attachment) to an enterprise's file: the enterprise itself, or a
    /// supervising officer whose jurisdiction holds it (evidence).
    UploadAttachment,
    /// Delete an unsealed attachment: the side that uploaded it (docs/adr/0019).
    DeleteAttachment,
    /// Record a patrol inspection (巡查, §二(三)): the officers of the provinces, cities and
    /// counties whose jurisdiction holds the enterprise (the use case checks the inspectors).
    RecordPatrol,
    /// Order a measure (措施) on a patrol's findings: the same officers.
    OrderPatrolMeasure,
    /// Carry out or cancel a measure, or record a transfer's receipt: the same officers.
    ClosePatrolMeasure,
    /// Record a follow-up visit (回访) on a follow-up due: the same officers.
    RecordFollowUp,
    /// File (备案) a patrol or follow-up record with the province: the cities and counties that
    /// recorded it, or the province itself.
    FilePatrolRecord,
    /// Acknowledge a filed record: the provincial authority.
    AcknowledgePatrolRecord,
    /// Hear of patrols (subscription `patrolNotices`): the enterprise of its own patrols, measures
    /// and follow-ups; the province of the records filed with it.
    SubscribePatrolNotices,
    /// Record that an officer is recused (回避) from an enterprise: the officer's leadership, as
    /// for changing the officer's entry.
    RecordOfficerRecusal,
    /// Make a patrol plan (巡查计划) for the province: the provincial authority (§二(三) "省级质量
    /// 技术监督部门应当组织市、县级…制定巡查计划").
    CreatePatrolPlan,
    /// Commit a double-random draw (双随机抽取): its specification, the directories' snapshots
    /// and the hash of a secret seed — an officer of the drawing authority (its own seat).
    CommitDraw,
    /// Run a committed draw by revealing its seed: an officer of the same authority's
    /// jurisdiction.
    RunDraw,
    /// Cancel a committed draw that will never be run: an officer of the authority that
    /// committed it, and no other (docs/adr/0025 decision 22).
    CancelDraw,
    /// Read risk classes (风险等级) and their breakdown: the registry's readers in their scope
    /// (an enterprise its own, to appeal it).
    ReadRiskClass,
    /// Recompute every enterprise's risk class in bulk (`oversight risk recompute`): the
    /// platform's operator.
    RecomputeRiskClasses,
    /// Preview next year's compulsory tests per county and industry under a proposed frequency
    /// matrix (what-if, nothing saved): supervising officers over their jurisdiction.
    PreviewFrequencies,
    /// Send a linkage notice (通报, §二(六)) to the next tier down: the review department (审查部),
    /// the national authority or a province, by the notice's type (the use case checks the type).
    SendLinkageNotice,
    /// Acknowledge (签收) a notice: the officers of the authority it was sent to.
    AcknowledgeLinkageNotice,
    /// Pass a notice on to one's lower authorities: the officers of the authority it was sent to.
    PassOnLinkageNotice,
    /// Close a notice with the record that proves the action: the officers of its target.
    CloseLinkageNotice,
    /// Read the linkage notices one's authority sent or received, and those of its lower tiers.
    ReadLinkageNotices,
    /// Hear of notices sent to one's authority and of each step of those it sent
    /// (subscription `linkageNotices`).
    SubscribeLinkageNotices,
    /// Import a spot-check campaign's results (监督抽查结果导入): the national officers the
    /// nation's campaigns, the provincial officers their province's (the use case checks the level).
    ImportSpotCheckResults,
    /// Read the imports of one's authority and its lower tiers, and their rows.
    ReadSpotCheckImports,
    /// Set a version of a province's implementing rules (实施细则, issue 16 item 5): the
    /// province's head or leader in charge, for their own province.
    SetProvincialRules,
    /// Read the rules in force for a place and a province's versions: everyone (they are
    /// published rules that deadlines are counted by).
    ReadProvincialRules,
    /// Generate (count from the records) one's own authority's report to the tier above
    /// (年度报告, 半年报告, §二(五)): the reporting authority's officers.
    GenerateReport,
    /// Submit one's own authority's report to the tier above.
    SubmitReport,
    /// Return a submitted report to the lower tier with a reason: the officers above it (the
    /// use case checks that the caller's authority is the reporter's parent).
    ReturnReport,
    /// Accept a submitted report: the officers of the tier above.
    AcceptReport,
    /// Lock an accepted report: the officers of the tier above.
    LockReport,
    /// Unlock a locked report with a reason (its locked version is kept): the tier above.
    UnlockReport,
    /// Read the reports of one's authority and its lower tiers, their versions and drill-downs.
    ReadReports,
    /// Open an unlicensed-production case (无证生产, §三) about a producer in one's jurisdiction:
    /// provincial, municipal and county officers.
    OpenUnlicensedCase,
    /// Urge the producer to apply (督促申请), link the license it obtained, or close the case with
    /// the ban's outcome: the officers whose jurisdiction holds the producer.
    ActOnUnlicensedCase,
    /// Notify the local government to ban the producer (通报取缔) or dismiss the case: a formal
    /// act of the authority, so its head or leader in charge.
    DecideUnlicensedCase,
    /// Read the unlicensed-production cases of one's jurisdiction (the nation: all).
    ReadUnlicensedCases,
    /// Open a malicious-counterfeiting case (恶意造假, §三) against a licensed enterprise: the
    /// provincial, municipal and county officers whose jurisdiction holds it ("各地质量技术监督部门").
    OpenCounterfeitCase,
    /// Order the enterprise of a case to stop (责令停止生产): the same officers.
    OrderCounterfeitStop,
    /// Add a recall record (召回) to a case: the same officers.
    RecordCounterfeitRecall,
    /// Record a case's recall complete: the same officers.
    CompleteCounterfeitRecall,
    /// Report a case's revocation up (上报撤销) as a revocation proposal: the province's head or
    /// leader in charge, as every revocation proposal (ADR 0009 decision 23).
    ReportCounterfeitRevocation,
    /// Ask the local government to ban the enterprise (提请地方政府取缔): the local officers.
    RequestCounterfeitBan,
    /// Transfer a case to the police (移送公安机关): the local officers.
    TransferCounterfeitCaseToPolice,
    /// Record the police receipt (回执) of a transfer: the local officers.
    RecordCounterfeitPoliceReceipt,
    /// Close a case: the local officers.
    CloseCounterfeitCase,
    /// Read the counterfeiting cases of the enterprises in one's reach: the authorities' own
    /// people (the nation: all).
    ReadCounterfeitCases,
    /// Issue a supervision order (督查督办, §四) to an authority below one's own: the issuing
    /// authority's head or leader in charge (docs/adr/0035).
    IssueSupervisionOrder,
    /// Acknowledge a supervision order: the officers of the authority ordered.
    AcknowledgeSupervisionOrder,
    /// Report progress on a supervision order: the officers of the authority ordered.
    ReportSupervisionOrderProgress,
    /// Complete a supervision order with proof: the officers of the authority ordered.
    CompleteSupervisionOrder,
    /// Accept a completed supervision order: the issuing authority's head or leader in charge.
    AcceptSupervisionOrder,
    /// Return a completed supervision order with a reason (perhaps a later deadline): the issuing
    /// authority's head or leader in charge.
    ReturnSupervisionOrder,
    /// Read the supervision orders one's authority issued or received, and those of its lower
    /// tiers.
    ReadSupervisionOrders,
    /// Hear of orders issued to one's authority and of each step of those it issued
    /// (subscription `supervisionOrders`).
    SubscribeSupervisionOrders,
    /// Raise a request (question, difficulty, support needed, §四) to the authority directly
    /// above one's own: its officers (the use case checks the parent).
    RaiseLowerTierRequest,
    /// Answer a request: the officers of the authority it was raised to.
    AnswerLowerTierRequest,
    /// Confirm an answered request resolved: the officers of the authority that raised it.
    ResolveLowerTierRequest,
    /// Reopen an answered request with a reason: the officers of the authority that raised it.
    ReopenLowerTierRequest,
    /// Read the requests one's authority raised or received, and those of its lower tiers.
    ReadLowerTierRequests,
    /// Turn a linkage notice late on its act deadline into a supervision order to its target:
    /// the sending authority's head or leader in charge (docs/adr/0035 decision 13).
    EscalateLinkageNotice,
    /// Read the key regions (重点地区, §三) of one's jurisdiction with their figures and reasons:
    /// officers and auditors (docs/adr/0037).
    ReadKeyRegions,
    /// Make an officer directly responsible (直接责任人, §四) for a piece of work of one's own
    /// authority: its head or leader in charge (docs/adr/0036).
    AssignResponsiblePerson,
    /// Give a piece of work of one's own authority to another officer, with a reason: its head or
    /// leader in charge.
    ReassignResponsiblePerson,
    /// Read who is responsible for the work of one's authority and those below it, and the
    /// authorities' responsible persons.
    ReadResponsibilities,
    /// Open a key-industry campaign (专项整治, §三) over regions inside one's jurisdiction: a
    /// provincial or municipal authority's head or leader in charge (docs/adr/0038).
    OpenCampaign,
    /// Amend a planned campaign, close an ended one with its summary, or cancel one: the head or
    /// leader in charge of the authority that opened it.
    DecideCampaign,
    /// Read campaigns (those whose regions overlap one's jurisdiction; the nation: all) and
    /// their coverage.
    ReadCampaigns,
    /// Draft a responsibility agreement (责任状, §四) with an authority directly below one's own:
    /// a provincial or municipal authority's head or leader in charge (docs/adr/0036).
    DraftAgreement,
    /// Amend a draft agreement's targets or withdraw an agreement: the drafter's leadership.
    DecideAgreement,
    /// Sign an agreement drafted for one's own authority: its head or leader in charge.
    SignAgreement,
    /// Read agreements (those of one's authority and the authorities below; the nation: all)
    /// with their targets' live values.
    ReadAgreements,
    /// Convene an industry rectification meeting (行业整顿会议, §三) in a campaign: the head or
    /// leader in charge of the authority that opened the campaign (docs/adr/0038 decision 9).
    ConveneRectificationMeeting,
    /// Record a meeting held (attendance, minutes), cancel it, or record its resolutions: the
    /// same leadership.
    DecideRectificationMeeting,
    /// Read rectification meetings: who reads their campaign.
    ReadRectificationMeetings,
    /// Dismiss a counterfeiting case opened in error (撤销立案), with the reason, before its
    /// revocation is reported up: the head or leader in charge of the authority that opened it
    /// (docs/adr/0034 decision 10).
    DismissCounterfeitCase,
    /// Draft a commendation or accountability record (表彰奖励 / 追究责任, §四) about a unit or a
    /// person in one's jurisdiction: the recording authority's head or leader in charge
    /// (docs/adr/0039).
    DraftResponsibilityRecord,
    /// Withdraw one's authority's draft record: its head or leader in charge.
    WithdrawResponsibilityRecord,
    /// Issue one's authority's draft record under a document number: its head alone.
    IssueResponsibilityRecord,
    /// Annul one's authority's issued record with the reason: its head alone.
    AnnulResponsibilityRecord,
    /// Read records: the issued ones about one's authority or those below it, one's authority's
    /// drafts, and those naming oneself.
    ReadResponsibilityRecords,
    /// Read the supervision overview (督导, §四): each authority directly below a region of
    /// one's jurisdiction with its year's figures, agreement measures, overdue orders and late
    /// notices: officers and auditors (docs/adr/0042).
    ReadSupervisionOverview,
    /// Save a draft of one's periodic report (企业定期报告, §二(五)), or correct a returned one:
    /// the enterprise itself.
    SavePeriodicReport,
    /// Submit one's periodic report: the enterprise itself.
    SubmitPeriodicReport,
    /// Acknowledge (签收) a submitted periodic report: the municipal or county authority whose
    /// jurisdiction holds the enterprise.
    AcknowledgePeriodicReport,
    /// Return a submitted periodic report for correction, with the reason: the same.
    ReturnPeriodicReport,
    /// Read one's own inbox (待办): everything due for the caller across the workflows. Everyone
    /// authenticated; what it holds is derived from the caller (`inbox::Inbox::of`).
    ReadInbox,
}

/// The object an action touches, with what the policy needs to know about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resource {
    /// No particular object (lists, catalogue reads).
    None,
    /// An enterprise (or its license, archive …).
    Enterprise { id: EnterpriseId, region: RegionCode },
    /// A place where something would be created (registering an enterprise there).
    Region(RegionCode),
    /// A testing institution.
    Institution { id: InstitutionId, region: RegionCode },
    /// A testing task of an enterprise, assigned to an institution.
    TestingTask { enterprise_id: EnterpriseId, region: RegionCode, institution_id: InstitutionId },
    /// An authority (reference data: within everyone's reach), seated at `region`.
    Authority { id: AuthorityId, region: RegionCode },
    /// An officer of the authority seated at `region`: within reach of the people of that
    /// authority and of those above it.
    Officer { authority_region: RegionCode },
}

/// Why a request was denied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Denial {
    /// The object is outside the caller's reach: report it as not found.
    OutOfReach,
    /// The object is visible but the action is not the caller's to take.
    Forbidden(&'static str),
    /// The place is outside the caller's jurisdiction.
    OutOfJurisdiction,
}

/// The decision on one request.
pub type Decision = Result<(), Denial>;

/// The policy: (principal, action, resource) → allow, or deny with a reason. First visibility:
/// an object outside the caller's reach is `OutOfReach` ("not found"), whatever the action; then
/// the action's row of the table (`rule`).
pub fn decide(principal: &Principal, action: Action, resource: &Resource) -> Decision {
    if !within_reach(principal, resource) {
        return Err(Denial::OutOfReach);
    }
    rule(action).check(principal, resource)
}

/// Whether the caller can see the object at all: an enterprise in its registry scope, an
/// institution or an officer seated in its jurisdiction, a task in its task scope; no object, a
/// place or an authority, always.
fn within_reach(principal: &Principal, resource: &Resource) -> bool {
    match resource {
        Resource::Enterprise { id, region } => read_scope(principal).admits(*id, region),
        Resource::Institution { region, .. } => principal.holds(region),
        Resource::TestingTask { enterprise_id, region, institution_id } => {
            task_scope(principal).admits(*enterprise_id, region, *institution_id)
        }
        Resource::Officer { authority_region } => principal.holds(authority_region),
        Resource::None | Resource::Region(_) | Resource::Authority { .. } => true,
    }
}

mod rules;

pub use rules::{Rule, Signature, Target, rule};

#[cfg(test)]
mod tests;
