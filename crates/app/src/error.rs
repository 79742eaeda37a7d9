//! Application errors and their stable codes. The codes are the public contract
//! with clients (they reach `extensions.code`); docs/errors.md lists every one and
//! a test keeps that list and this enum in step.

use std::borrow::Cow;

use oversight_domain::registry::license::TransitionRefused;
use oversight_domain::testing::objection::{DeliveryRefused, ObjectedItemsRefused, RetestAssignmentRefused};
use oversight_domain::testing::rectification::{
    DecideRefused, ExtendRefused, ExtensionRefused, PeriodRefused, ProposalRefused, RectificationRefused,
    ResumptionRefused,
};
use oversight_domain::testing::supervision::{
    DesignationEndRefused, ObjectionRefused, TaskTransitionRefused,
};
use oversight_domain::{ErrorCode, FieldError, ValidationErrors};
use oversight_storage::StorageError;

/// Declares [`Code`]: the domain's field codes ([`ErrorCode`], listed once in `domain`) and the
/// codes this layer adds, each with its stored text, so a code cannot exist without its text or
/// be missing from [`Code::all`].
macro_rules! codes {
    ($( $(#[$meta:meta])* $variant:ident = $text:literal, )+) => {
        /// Every stable error code the API can return.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Code {
            /// A field code of the domain's parsers (`INVALID_CREDIT_CODE` …).
            Domain(ErrorCode),
            $( $(#[$meta])* $variant, )+
        }

        impl Code {
            /// The codes this layer adds, in declaration order.
            const OWN: &'static [Code] = &[$(Code::$variant),+];

            /// The text clients see in `extensions.code`.
            pub fn as_str(self) -> &'static str {
                match self {
                    Code::Domain(code) => code.as_str(),
                    $(Code::$variant => $text,)+
                }
            }
        }
    };
}

codes! {
    // Judgment (plugins).
    UnknownVariant = "UNKNOWN_VARIANT",
    UnknownItem = "UNKNOWN_ITEM",
    WrongUnit = "WRONG_UNIT",
    BadValue = "BAD_VALUE",
    NegativeValue = "NEGATIVE_VALUE",
    NoEditionInForce = "NO_EDITION_IN_FORCE",
    BadDeclaredValue = "BAD_DECLARED_VALUE",
    PluginJudgeFailed = "PLUGIN_JUDGE_FAILED",
    PluginVersionNotLoaded = "PLUGIN_VERSION_NOT_LOADED",
    NoResults = "NO_RESULTS",
    BadNotTested = "BAD_NOT_TESTED",
    MissingItems = "MISSING_ITEMS",
    VariantNotCovered = "VARIANT_NOT_COVERED",
    /// `openTestingTask` names a test scope the industry's plugin does not declare.
    UnknownTestScope = "UNKNOWN_TEST_SCOPE",
    // State of the records.
    NotFound = "NOT_FOUND",
    DuplicateCreditCode = "DUPLICATE_CREDIT_CODE",
    DuplicateLicenseNumber = "DUPLICATE_LICENSE_NUMBER",
    ConcurrentModification = "CONCURRENT_MODIFICATION",
    // Periodic supervision.
    OverlappingDesignation = "OVERLAPPING_DESIGNATION",
    /// Another region of the same province holds a designation of the industry on a shared day:
    /// one unified institution per industry and province (ADR 0009 decision 20).
    NestedDesignation = "NESTED_DESIGNATION",
    InstitutionOutsideProvince = "INSTITUTION_OUTSIDE_PROVINCE",
    /// Only the national authority marks a national testing centre (ADR 0009 decision 21).
    NationalCentreByNation = "NATIONAL_CENTRE_BY_NATION",
    /// An early end (or a replacement's first day) outside what the designation allows.
    DesignationEndOutOfRange = "DESIGNATION_END_OUT_OF_RANGE",
    /// A replacement names the institution already designated.
    ReplaceSameInstitution = "REPLACE_SAME_INSTITUTION",
    NoDesignatedInstitution = "NO_DESIGNATED_INSTITUTION",
    LicenseNotInForce = "LICENSE_NOT_IN_FORCE",
    TaskNotOpen = "TASK_NOT_OPEN",
    IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED",
    VerdictNotObjectable = "VERDICT_NOT_OBJECTABLE",
    ObjectionWindowClosed = "OBJECTION_WINDOW_CLOSED",
    ItemNotRetestable = "ITEM_NOT_RETESTABLE",
    VerdictNotFinal = "VERDICT_NOT_FINAL",
    VerdictNotFailing = "VERDICT_NOT_FAILING",
    RectificationExists = "RECTIFICATION_EXISTS",
    IllegalRectificationTransition = "ILLEGAL_RECTIFICATION_TRANSITION",
    ExtensionAlreadyGranted = "EXTENSION_ALREADY_GRANTED",
    ExtensionTooLate = "EXTENSION_TOO_LATE",
    ExtensionTooLong = "EXTENSION_TOO_LONG",
    RecheckNotDue = "RECHECK_NOT_DUE",
    ProposalAlreadyDecided = "PROPOSAL_ALREADY_DECIDED",
    /// The proposal is DUE: the province's leadership makes it before the nation decides.
    ProposalNotMade = "PROPOSAL_NOT_MADE",
    ProposalAlreadyMade = "PROPOSAL_ALREADY_MADE",
    /// The proposal closed (MOOT) when its license ended otherwise.
    ProposalClosed = "PROPOSAL_CLOSED",
    ResumptionWithoutGrounds = "RESUMPTION_WITHOUT_GROUNDS",
    ExtensionAlreadyRequested = "EXTENSION_ALREADY_REQUESTED",
    NoExtensionRequested = "NO_EXTENSION_REQUESTED",
    ExtensionDeadlineOutOfBounds = "EXTENSION_DEADLINE_OUT_OF_BOUNDS",
    RectificationPeriodOutOfBounds = "RECTIFICATION_PERIOD_OUT_OF_BOUNDS",
    // Delivery (送达), objection decisions (受理) and retests (复检).
    VerdictAlreadyDelivered = "VERDICT_ALREADY_DELIVERED",
    VerdictNotDelivered = "VERDICT_NOT_DELIVERED",
    DeliveryDateOutOfRange = "DELIVERY_DATE_OUT_OF_RANGE",
    DeliveryNotAcknowledgeable = "DELIVERY_NOT_ACKNOWLEDGEABLE",
    NoObjectedItems = "NO_OBJECTED_ITEMS",
    ObjectedItemNotFailed = "OBJECTED_ITEM_NOT_FAILED",
    ObjectionNotPending = "OBJECTION_NOT_PENDING",
    ObjectionUndecided = "OBJECTION_UNDECIDED",
    RetestSameInstitution = "RETEST_SAME_INSTITUTION",
    RetestInstitutionRequired = "RETEST_INSTITUTION_REQUIRED",
    RetestByOtherInstitution = "RETEST_BY_OTHER_INSTITUTION",
    RetestItemsMismatch = "RETEST_ITEMS_MISMATCH",
    NotARecheck = "NOT_A_RECHECK",
    TaskNotJudged = "TASK_NOT_JUDGED",
    // Cancelled and reassigned tasks (ADR 0009 decision 19).
    TaskCancelled = "TASK_CANCELLED",
    ReassignSameInstitution = "REASSIGN_SAME_INSTITUTION",
    // Administration: officers and authorities.
    DuplicateBadgeNumber = "DUPLICATE_BADGE_NUMBER",
    DuplicateSubject = "DUPLICATE_SUBJECT",
    /// An inactive officer's token (401), or a change to an inactive officer's record.
    OfficerInactive = "OFFICER_INACTIVE",
    /// An open authority is seated at the region already.
    AuthorityExists = "AUTHORITY_EXISTS",
    /// The authority (a parent, the one renamed or closed, or a token's organisation) is closed.
    AuthorityClosed = "AUTHORITY_CLOSED",
    AuthorityHasChildren = "AUTHORITY_HAS_CHILDREN",
    /// `oversight bootstrap` on a database that holds authorities.
    AlreadyBootstrapped = "ALREADY_BOOTSTRAPPED",
    /// The institution is suspended: not designated, not re-accredited.
    InstitutionSuspended = "INSTITUTION_SUSPENDED",
    /// The institution's accreditation does not cover the industry (or none is on record).
    OutsideAccreditedScope = "OUTSIDE_ACCREDITED_SCOPE",
    /// The designation's period is not within the institution's accreditation validity.
    OutsideAccreditationValidity = "OUTSIDE_ACCREDITATION_VALIDITY",
    // Enterprise changes (变更申请) and re-review (重新审查), docs/adr/0018.
    /// A change request whose fields all equal the base data, or that names none.
    NoChangeRequested = "NO_CHANGE_REQUESTED",
    /// The enterprise has an open change request already.
    ChangeRequestOpen = "CHANGE_REQUEST_OPEN",
    /// An enterprise user changes its name, production conditions, inspection means or process
    /// through `requestEnterpriseChange`, not `updateEnterpriseBaseData`.
    ChangeRequestRequired = "CHANGE_REQUEST_REQUIRED",
    /// The change request was decided or withdrawn already.
    ChangeRequestNotOpen = "CHANGE_REQUEST_NOT_OPEN",
    /// The license awaits no re-review (none required, or concluded).
    ReReviewNotPending = "REREVIEW_NOT_PENDING",
    // The annual review (年度审查), docs/adr/0021.
    /// The province's review year for that year is open already.
    ReviewYearExists = "REVIEW_YEAR_EXISTS",
    /// The year under review is neither this year nor the last.
    InvalidReviewYear = "INVALID_REVIEW_YEAR",
    /// The submission deadline is not a working day, too soon or too far.
    InvalidSubmissionDeadline = "INVALID_SUBMISSION_DEADLINE",
    /// The review is not in a status that allows this step.
    IllegalReviewTransition = "ILLEGAL_REVIEW_TRANSITION",
    /// There is no draft self-inspection report to submit.
    ReportMissing = "REPORT_MISSING",
    /// The license copy was handed in already.
    CopyAlreadyHandedIn = "COPY_ALREADY_HANDED_IN",
    /// The license copy has not been handed in.
    CopyNotHandedIn = "COPY_NOT_HANDED_IN",
    /// The license copy's receipt was recorded already.
    CopyAlreadyReceived = "COPY_ALREADY_RECEIVED",
    /// A review passes only once the office holds the license copy (the stamp goes on it).
    CopyNotReceived = "COPY_NOT_RECEIVED",
    /// A city or county officer reviewing in a year the province does not delegate.
    ReviewNotDelegated = "REVIEW_NOT_DELEGATED",
    /// Reminders after the submission deadline: the missing reports are overdue.
    ReviewDeadlinePassed = "REVIEW_DEADLINE_PASSED",
    /// An on-site inspection with fewer than two officers.
    TooFewInspectors = "TOO_FEW_INSPECTORS",
    /// An inspector who is not an active officer of the province's directory.
    InspectorNotFound = "INSPECTOR_NOT_FOUND",
    // Patrols and follow-up visits (巡查、回访), docs/adr/0022.
    /// An inspector outside the jurisdiction that holds the enterprise.
    InspectorOutOfJurisdiction = "INSPECTOR_OUT_OF_JURISDICTION",
    /// An inspector not qualified (in the directory) for the enterprise's industry.
    InspectorNotQualified = "INSPECTOR_NOT_QUALIFIED",
    /// An inspector recused (回避) from the enterprise in the directory.
    InspectorRecused = "INSPECTOR_RECUSED",
    /// The officer is already recorded recused from the enterprise.
    RecusalExists = "RECUSAL_EXISTS",
    /// A patrol's answers do not cover the checklist exactly once each, or lack a note.
    InvalidPatrolAnswers = "INVALID_PATROL_ANSWERS",
    /// An offline submission's key, device or times are out of bounds.
    InvalidOfflineRecord = "INVALID_OFFLINE_RECORD",
    /// A measure's fields are out of bounds (period, decision number, amount, department).
    InvalidMeasure = "INVALID_MEASURE",
    /// A measure names no finding, or an item the patrol did not find nonconforming.
    MeasureNotOnFinding = "MEASURE_NOT_ON_FINDING",
    /// The measure is closed, or the step does not fit its kind.
    IllegalMeasureTransition = "ILLEGAL_MEASURE_TRANSITION",
    /// A follow-up's answers do not cover the carried items exactly once each.
    InvalidFollowUpAnswers = "INVALID_FOLLOW_UP_ANSWERS",
    /// The follow-up's deadline has not passed on the day of the visit.
    FollowUpNotDue = "FOLLOW_UP_NOT_DUE",
    /// Another visit already answered the follow-up.
    FollowUpAlreadyRecorded = "FOLLOW_UP_ALREADY_RECORDED",
    /// A filing step that does not fit the record's filing (filed twice, acknowledged unfiled).
    IllegalFilingTransition = "ILLEGAL_FILING_TRANSITION",
    /// Measures are ordered on patrols, not on follow-up visits.
    NotAPatrol = "NOT_A_PATROL",
    /// A patrol plan's fields: period, executing authorities, coverage, visits (every problem).
    InvalidPatrolPlan = "INVALID_PATROL_PLAN",
    // Risk classes and the frequency matrix, docs/adr/0027.
    /// A proposed frequency matrix: a class's multiplier outside 1–12.
    InvalidFrequencyMatrix = "INVALID_FREQUENCY_MATRIX",
    // Provincial implementing rules, docs/adr/0032.
    /// A provincial setting loosens the national value (the message names it): a province only
    /// tightens.
    RuleLoosensNational = "RULE_LOOSENS_NATIONAL",
    /// A provincial rules version that is malformed: a value outside what any rule may set, an
    /// unknown or repeated setting, values that contradict each other, a place that is not a
    /// province, or an effective day in the past.
    InvalidProvincialRules = "INVALID_PROVINCIAL_RULES",
    // Linkage notices (联动通报), docs/adr/0026.
    /// The caller's role does not send notices of this type (审查部, national, provincial).
    WrongNoticeSender = "WRONG_NOTICE_SENDER",
    /// The target is not an authority of the next tier down from the sender (or a PASS_ON
    /// notice was sent directly, or a county passes on).
    WrongNoticeTier = "WRONG_NOTICE_TIER",
    /// The target authority is closed or its jurisdiction does not hold the enterprise.
    NoticeTargetNotCompetent = "NOTICE_TARGET_NOT_COMPETENT",
    /// The notice's text, or a license or testing task of another enterprise, or an authority
    /// named twice.
    InvalidNotice = "INVALID_NOTICE",
    /// The step does not fit the notice's state (closed, not acknowledged, passed on …).
    IllegalNoticeTransition = "ILLEGAL_NOTICE_TRANSITION",
    /// The proof record is of another enterprise than the notice's.
    ProofOfAnotherEnterprise = "PROOF_OF_ANOTHER_ENTERPRISE",
    /// The proof record is older than the notice or not in a state that proves the action.
    ProofNotProving = "PROOF_NOT_PROVING",
    // Unlicensed production (无证生产), docs/adr/0033.
    /// The producer's enterprise holds a valid or suspended license for the industry: it is
    /// supervised as a licensee, not as unlicensed production (the message names the license).
    ProducerIsLicensed = "PRODUCER_IS_LICENSED",
    /// A case of the same producer (credit code) is still open: the message names it.
    UnlicensedCaseAlreadyOpen = "UNLICENSED_CASE_ALREADY_OPEN",
    /// The step does not fit the case's status (urged twice, a ban before urging, closing
    /// without a ban notice, any step on a finished case).
    IllegalUnlicensedTransition = "ILLEGAL_UNLICENSED_TRANSITION",
    /// A ban for not applying (NO_APPLICATION_BY_DEADLINE) before the day to apply has passed.
    ApplyDeadlineNotPassed = "APPLY_DEADLINE_NOT_PASSED",
    /// The license named is not the producer's (another industry, credit code or place), not
    /// valid, or older than the case.
    LicenseDoesNotSettleCase = "LICENSE_DOES_NOT_SETTLE_CASE",
    // Counterfeiting cases (恶意造假), docs/adr/0034.
    /// The step does not fit the case's state (a recall before the order to stop, a ban request
    /// before the nation decided, anything once closed …).
    IllegalCounterfeitTransition = "ILLEGAL_COUNTERFEIT_TRANSITION",
    /// A case's input: the finding's text, a license not the enterprise's or not in force, a
    /// source record of another enterprise, a step's day in the future or before the previous
    /// step, a step without its document, a close without police transfer and without reason.
    InvalidCounterfeitCase = "INVALID_COUNTERFEIT_CASE",
    /// A recall record: batch or unit text, quantities not positive, more than three decimals,
    /// more recalled than produced, a batch recorded already, a day outside the order to today.
    InvalidRecall = "INVALID_RECALL",
    // Spot-check results import (监督抽查结果导入), docs/adr/0029.
    /// The campaign's level is not the importer's: the national officers import NATIONAL
    /// campaigns, the provincial officers PROVINCIAL ones.
    WrongCampaignLevel = "WRONG_CAMPAIGN_LEVEL",
    /// The same file (its SHA-256) was imported before: the message names that import.
    SpotCheckFileAlreadyImported = "SPOT_CHECK_FILE_ALREADY_IMPORTED",
    /// The file is larger than an import accepts (`spot_check::MAX_FILE_BYTES`).
    SpotCheckFileTooLarge = "SPOT_CHECK_FILE_TOO_LARGE",
    // Registry import (存量登记导入), docs/adr/0031.
    /// The same file (its SHA-256) was imported before, to the end: the message names that
    /// import. (An interrupted import of the same file resumes instead.)
    RegistryFileAlreadyImported = "REGISTRY_FILE_ALREADY_IMPORTED",
    /// A registry import is run by a national or provincial officer of an open authority.
    RegistryImporterLevel = "REGISTRY_IMPORTER_LEVEL",
    // Generated reports (年度报告, 半年报告), docs/adr/0030.
    /// The authority does not make this kind of report: the nation reports to no one, and only
    /// a province makes the semi-annual report.
    WrongReporter = "WRONG_REPORTER",
    /// The step does not fit the report's status (submitting a returned report before it is
    /// generated again, locking one not accepted …).
    IllegalReportTransition = "ILLEGAL_REPORT_TRANSITION",
    /// The caller's authority is not the one directly above the reporting authority: only the
    /// tier a report goes to returns, accepts, locks and unlocks it.
    ReportNotUpperTier = "REPORT_NOT_UPPER_TIER",
    // Supervision orders (督查督办) and requests from the lower tier, docs/adr/0035.
    /// The authority ordered is not strictly below the issuer's, or is closed.
    OrderTargetNotBelow = "ORDER_TARGET_NOT_BELOW",
    /// The order's enterprise lies outside the target's jurisdiction, or its linkage notice was
    /// received neither by the target nor below it.
    OrderSubjectOutOfTarget = "ORDER_SUBJECT_OUT_OF_TARGET",
    /// An order's subject does not fit its kind: OTHER without its text, or an id for OTHER.
    InvalidOrderSubject = "INVALID_ORDER_SUBJECT",
    /// The step does not fit the order's state (acknowledged twice, accepted before completion …).
    IllegalOrderTransition = "ILLEGAL_ORDER_TRANSITION",
    /// A request goes to the authority directly above the raiser's (its parent), open.
    RequestNotToParent = "REQUEST_NOT_TO_PARENT",
    /// The step does not fit the request's state (answered twice, resolved before an answer …).
    IllegalRequestTransition = "ILLEGAL_REQUEST_TRANSITION",
    /// A linkage notice escalated is not late on its act deadline (passed on or closed, or the
    /// deadline not passed yet).
    NoticeNotLate = "NOTICE_NOT_LATE",
    /// The linkage notice is already the subject of a supervision order: it is escalated once.
    NoticeAlreadyEscalated = "NOTICE_ALREADY_ESCALATED",
    // Responsibility agreements (责任状), docs/adr/0036.
    /// The authority an agreement would bind is not an open authority directly below the
    /// drafting one.
    AgreementNotUpperTier = "AGREEMENT_NOT_UPPER_TIER",
    /// The authority already has a standing (draft or signed) agreement for the year.
    AgreementAlreadyStanding = "AGREEMENT_ALREADY_STANDING",
    /// The step does not fit the agreement's state: amending or signing a signed one, any step
    /// on a withdrawn one.
    IllegalAgreementTransition = "ILLEGAL_AGREEMENT_TRANSITION",
    /// The officer made responsible for a piece of work does not serve the authority that holds
    /// it (or is no officer of the directory), docs/adr/0036.
    AssigneeNotOfAuthority = "ASSIGNEE_NOT_OF_AUTHORITY",
    /// The officer made responsible for a piece of work is inactive.
    AssigneeInactive = "ASSIGNEE_INACTIVE",
    /// The work has a responsible person already: it is reassigned, with a reason.
    ResponsiblePersonAlreadyAssigned = "RESPONSIBLE_PERSON_ALREADY_ASSIGNED",
    /// The work has no responsible person to reassign from: it is assigned first.
    NoResponsiblePerson = "NO_RESPONSIBLE_PERSON",
    /// The officer is responsible for the work already.
    AlreadyResponsible = "ALREADY_RESPONSIBLE",
    // Key-industry campaigns (专项整治), docs/adr/0038.
    /// The step does not fit the campaign's phase: amending one that has started, closing one
    /// before its period ended, any step on a closed or cancelled one.
    IllegalCampaignTransition = "ILLEGAL_CAMPAIGN_TRANSITION",
    // Double-random draws (双随机一公开), docs/adr/0025.
    /// A draw's specification: period, shares, inspectors per target, months, filters.
    InvalidDrawSpec = "INVALID_DRAW_SPEC",
    /// A seed hash that is not 64 lowercase hex digits, or a seed of the wrong length.
    InvalidSeed = "INVALID_SEED",
    /// The seed revealed does not hash to the committed seed hash.
    SeedMismatch = "SEED_MISMATCH",
    /// The draw was run already: a draw runs once.
    DrawAlreadyRun = "DRAW_ALREADY_RUN",
    /// The draw was cancelled by its authority: it is never run, nor cancelled again.
    DrawCancelled = "DRAW_CANCELLED",
    /// Another draw exists for the same authority and period: a second one needs a reason.
    DrawReasonRequired = "DRAW_REASON_REQUIRED",
    // Attachments (附件), docs/adr/0019.
    /// The file is larger than the configured maximum (`attachments_max_bytes`).
    AttachmentTooLarge = "ATTACHMENT_TOO_LARGE",
    /// The file's bytes are not of an allowed type (the declared type and name do not count).
    AttachmentTypeNotAllowed = "ATTACHMENT_TYPE_NOT_ALLOWED",
    /// A multipart request carries more files than allowed (`attachments_max_files`).
    TooManyFiles = "TOO_MANY_FILES",
    /// The attachment was sealed as evidence of a submitted record: it cannot be deleted.
    AttachmentSealed = "ATTACHMENT_SEALED",
    /// A record names an attachment that is not a document of its enterprise's file.
    AttachmentNotFound = "ATTACHMENT_NOT_FOUND",
    // Exports (导出), docs/adr/0028.
    /// An export's filter names another list than the one exported.
    ExportFilterMismatch = "EXPORT_FILTER_MISMATCH",
    // Demonstration servers.
    DemoClockDisabled = "DEMO_CLOCK_DISABLED",
    // Who may do what.
    Unauthenticated = "UNAUTHENTICATED",
    InvalidToken = "INVALID_TOKEN",
    TokenExpired = "TOKEN_EXPIRED",
    TokenNotYetValid = "TOKEN_NOT_YET_VALID",
    InvalidApiKey = "INVALID_API_KEY",
    Forbidden = "FORBIDDEN",
    OutOfJurisdiction = "OUT_OF_JURISDICTION",
    RateLimited = "RATE_LIMITED",
    // Protocol (raised by the API layer).
    BadRequest = "BAD_REQUEST",
    GraphqlParseFailed = "GRAPHQL_PARSE_FAILED",
    GraphqlValidationFailed = "GRAPHQL_VALIDATION_FAILED",
    BadUserInput = "BAD_USER_INPUT",
    InvalidCursor = "INVALID_CURSOR",
    InvalidId = "INVALID_ID",
    PageSizeExceeded = "PAGE_SIZE_EXCEEDED",
    UnknownOperation = "UNKNOWN_OPERATION",
    MethodNotAllowed = "METHOD_NOT_ALLOWED",
    NotAcceptable = "NOT_ACCEPTABLE",
    UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE",
    PayloadTooLarge = "PAYLOAD_TOO_LARGE",
    BatchTooLarge = "BATCH_TOO_LARGE",
    TooManyAliases = "TOO_MANY_ALIASES",
    TooManyRootFields = "TOO_MANY_ROOT_FIELDS",
    InvalidCharacters = "INVALID_CHARACTERS",
    QueryNotInSafelist = "QUERY_NOT_IN_SAFELIST",
    // Everything else: opaque to the client, logged with a correlation id.
    Internal = "INTERNAL",
    // Industry rectification meetings (行业整顿会议), docs/adr/0038.
    /// A meeting is convened only in an open campaign (not closed, not cancelled).
    CampaignNotOpen = "CAMPAIGN_NOT_OPEN",
    /// An enterprise summoned holds no license in force of a campaign industry in a campaign
    /// region (or is no enterprise of the registry).
    EnterpriseNotInCampaign = "ENTERPRISE_NOT_IN_CAMPAIGN",
    /// The step does not fit the meeting's status: recording it held before its day or twice,
    /// cancelling a held one, a resolution before it is held, any step on a cancelled one.
    IllegalRectificationMeetingTransition = "ILLEGAL_RECTIFICATION_MEETING_TRANSITION",
    /// A resolution names an enterprise the meeting did not summon.
    EnterpriseNotSummoned = "ENTERPRISE_NOT_SUMMONED",
    /// A resolution names an enterprise that has one of this meeting already.
    ResolutionAlreadyRecorded = "RESOLUTION_ALREADY_RECORDED",
    // Commendation and accountability records (表彰奖励 / 追究责任), docs/adr/0039.
    /// The subject does not fit the recording authority: a unit not an open authority strictly
    /// below it, a person serving no authority of its jurisdiction, or the caller themselves.
    RecordSubjectNotBelow = "RECORD_SUBJECT_NOT_BELOW",
    /// An agreement target cited as a ground says the opposite of the record: a missed target
    /// for a commendation, a met one for accountability, a target without a value, an agreement
    /// not signed.
    GroundContradictsRecord = "GROUND_CONTRADICTS_RECORD",
    /// The step does not fit the record's status: issuing or withdrawing a record not a draft,
    /// annulling one not issued.
    IllegalResponsibilityRecordTransition = "ILLEGAL_RESPONSIBILITY_RECORD_TRANSITION",
    // Enterprise periodic reports (企业定期报告), docs/adr/0041.
    /// The enterprise holds no license of the industry in force in the quarter: no report is
    /// owed, none is taken.
    NoPeriodicReportOwed = "NO_PERIODIC_REPORT_OWED",
    /// The step does not fit the report's status: editing or submitting a submitted or
    /// acknowledged report, acknowledging or returning one not submitted.
    IllegalPeriodicReportTransition = "ILLEGAL_PERIODIC_REPORT_TRANSITION",
    /// Submitting a report that leaves out required industry fields (each named).
    PeriodicReportIncomplete = "PERIODIC_REPORT_INCOMPLETE",
    /// Submitting a report saved under another version of the industry's plugin profile: it is
    /// saved again (and validated by the current fields) first.
    ReportProfileChanged = "REPORT_PROFILE_CHANGED",
    // Faults, docs/adr/0044.
    /// The database could not be reached (down, restarting, no connection within the acquire
    /// timeout): the transaction did not complete here; the same request may be retried.
    DatabaseUnavailable = "DATABASE_UNAVAILABLE",
    /// The database has no room left to write (its disk is full): the transaction did not
    /// commit; the same request may be retried once space has been made.
    StorageFull = "STORAGE_FULL",
    // Isolated plugins, docs/adr/0045.
    /// An isolated plugin did not answer within its time limit: nothing was judged, its worker
    /// was replaced; the same request may be retried.
    PluginTimeout = "PLUGIN_TIMEOUT",
    /// An isolated plugin's worker process crashed, aborted or could not be started: nothing was
    /// judged, the next call starts a new worker; the same request may be retried.
    PluginUnavailable = "PLUGIN_UNAVAILABLE",
}

impl Code {
    /// Every code: the domain's first, then this layer's (the documentation test walks it).
    pub fn all() -> impl Iterator<Item = Code> {
        ErrorCode::ALL.iter().copied().map(Code::Domain).chain(Code::OWN.iter().copied())
    }
}

impl From<ErrorCode> for Code {
    fn from(code: ErrorCode) -> Code {
        Code::Domain(code)
    }
}

/// One problem with one input field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    pub code: Code,
    /// The input field in the API's camelCase naming (`creditCode`), or a path into a list
    /// (`submissions[2].results[0]`) when the problem is one element's.
    pub field: Cow<'static, str>,
    pub message: String,
}

/// A use case refused or failed.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The input is wrong; every wrong field is listed.
    #[error("invalid input: {}", .0.iter().map(|p| format!("{}: {}", p.field, p.message)).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<FieldProblem>),
    /// The thing asked for does not exist (or, later, is outside the caller's reach).
    #[error("{what} not found")]
    NotFound { what: &'static str },
    /// The request is well-formed but the records' state refuses it.
    #[error("{message}")]
    Refused { code: Code, field: Option<&'static str>, message: String },
    /// The caller could not be identified (HTTP 401).
    #[error("{message}")]
    Unauthenticated { code: Code, message: String },
    /// Internal failure: the cause is logged, never shown to a client.
    #[error("internal error: {0}")]
    Internal(#[from] StorageError),
}

impl AppError {
    /// The stable code of this error (of its first field problem when several).
    pub fn code(&self) -> Code {
        match self {
            AppError::Invalid(problems) => problems.first().map_or(Code::BadUserInput, |p| p.code),
            AppError::NotFound { .. } => Code::NotFound,
            AppError::Refused { code, .. } => *code,
            AppError::Unauthenticated { code, .. } => *code,
            AppError::Internal(cause) if cause.is_unavailable() => Code::DatabaseUnavailable,
            AppError::Internal(cause) if cause.is_full() => Code::StorageFull,
            AppError::Internal(_) => Code::Internal,
        }
    }

    /// One problem with one input field.
    pub(crate) fn invalid(
        code: Code,
        field: impl Into<Cow<'static, str>>,
        message: impl Into<String>,
    ) -> AppError {
        AppError::Invalid(vec![FieldProblem { code, field: field.into(), message: message.into() }])
    }

    pub(crate) fn refused(code: Code, field: &'static str, message: impl Into<String>) -> AppError {
        AppError::Refused { code, field: Some(field), message: message.into() }
    }

    /// The same error, its message prefixed with what it is about (`task 12: …`), so a refusal
    /// converted by `From` still names the record it concerns.
    pub(crate) fn about(self, subject: std::fmt::Arguments<'_>) -> AppError {
        match self {
            AppError::Refused { code, field, message } => {
                AppError::Refused { code, field, message: format!("{subject}: {message}") }
            }
            other => other,
        }
    }

    /// The same refusal, blamed on another input field (a use case whose input names the change
    /// differently, e.g. a proposal's `decision` that revokes a license).
    pub(crate) fn at_field(self, field: &'static str) -> AppError {
        match self {
            AppError::Refused { code, message, .. } => {
                AppError::Refused { code, field: Some(field), message }
            }
            other => other,
        }
    }

    /// A lost race: the compare-and-set of a transition found the record moved by someone else
    /// (`what` says which change), so nothing was written and the client may read and retry.
    pub(crate) fn concurrent(what: &str) -> AppError {
        AppError::Refused {
            code: Code::ConcurrentModification,
            field: None,
            message: format!("{what}; read it again and retry"),
        }
    }
}

impl From<ExtendRefused> for AppError {
    fn from(refusal: ExtendRefused) -> AppError {
        match refusal {
            ExtendRefused::State(state) => state.into(),
            ExtendRefused::Calendar(calendar @ ExtensionRefused::TooLate { .. }) => {
                AppError::refused(Code::ExtensionTooLate, "days", calendar.to_string())
            }
            ExtendRefused::Calendar(calendar @ ExtensionRefused::BadLength { .. }) => {
                AppError::invalid(Code::ExtensionTooLong, "days", calendar.to_string())
            }
        }
    }
}

impl From<DesignationEndRefused> for AppError {
    fn from(refusal: DesignationEndRefused) -> AppError {
        AppError::refused(Code::DesignationEndOutOfRange, "endsOn", refusal.to_string())
    }
}

impl From<ProposalRefused> for AppError {
    fn from(refusal: ProposalRefused) -> AppError {
        let code = match refusal {
            ProposalRefused::AlreadyDecided => Code::ProposalAlreadyDecided,
            ProposalRefused::NotMade => Code::ProposalNotMade,
            ProposalRefused::AlreadyMade => Code::ProposalAlreadyMade,
            ProposalRefused::Closed => Code::ProposalClosed,
        };
        AppError::Refused { code, field: None, message: refusal.to_string() }
    }
}

/// A decision on an extension the machine refuses, or a deadline set outside the bounds.
impl From<DecideRefused> for AppError {
    fn from(refusal: DecideRefused) -> AppError {
        match refusal {
            DecideRefused::State(state) => state.into(),
            DecideRefused::BadDeadline { .. } => {
                AppError::invalid(Code::ExtensionDeadlineOutOfBounds, "deadline", refusal.to_string())
            }
        }
    }
}

/// A rectification period the officer set outside the bounds.
impl From<PeriodRefused> for AppError {
    fn from(refusal: PeriodRefused) -> AppError {
        AppError::invalid(Code::RectificationPeriodOutOfBounds, "days", refusal.to_string())
    }
}

/// A suspended license without grounds to resume production: the status asked for is at fault.
impl From<ResumptionRefused> for AppError {
    fn from(refusal: ResumptionRefused) -> AppError {
        AppError::refused(Code::ResumptionWithoutGrounds, "status", refusal.to_string())
    }
}

/// A license status move the machine refuses (`changeLicenseStatus`, or a revocation decided on a
/// proposal): the status asked for is the field at fault.
impl From<TransitionRefused> for AppError {
    fn from(refusal: TransitionRefused) -> AppError {
        AppError::refused(Code::Domain(ErrorCode::IllegalStatusTransition), "status", refusal.to_string())
    }
}

impl From<ObjectionRefused> for AppError {
    fn from(refusal: ObjectionRefused) -> AppError {
        let code = match refusal {
            ObjectionRefused::NotObjectable => Code::VerdictNotObjectable,
            ObjectionRefused::NotDelivered => Code::VerdictNotDelivered,
            ObjectionRefused::WindowClosed { .. } => Code::ObjectionWindowClosed,
        };
        AppError::refused(code, "taskId", refusal.to_string())
    }
}

impl From<DeliveryRefused> for AppError {
    fn from(refusal: DeliveryRefused) -> AppError {
        let (code, field) = match refusal {
            DeliveryRefused::AlreadyDelivered { .. } => (Code::VerdictAlreadyDelivered, "taskId"),
            DeliveryRefused::NoVerdict => (Code::TaskNotJudged, "taskId"),
            DeliveryRefused::DateOutOfRange { .. } => (Code::DeliveryDateOutOfRange, "servedOn"),
            DeliveryRefused::NotDelivered => (Code::VerdictNotDelivered, "taskId"),
            DeliveryRefused::NotAcknowledgeable => (Code::DeliveryNotAcknowledgeable, "taskId"),
        };
        AppError::refused(code, field, refusal.to_string())
    }
}

impl From<ObjectedItemsRefused> for AppError {
    fn from(refusal: ObjectedItemsRefused) -> AppError {
        let code = match refusal {
            ObjectedItemsRefused::NoItems => Code::NoObjectedItems,
            ObjectedItemsRefused::NotFailed(_) => Code::ObjectedItemNotFailed,
            ObjectedItemsRefused::NotRetestable(_) => Code::ItemNotRetestable,
        };
        AppError::refused(code, "items", refusal.to_string())
    }
}

impl From<RetestAssignmentRefused> for AppError {
    fn from(refusal: RetestAssignmentRefused) -> AppError {
        let code = match refusal {
            RetestAssignmentRefused::SameInstitution => Code::RetestSameInstitution,
            RetestAssignmentRefused::InstitutionRequired => Code::RetestInstitutionRequired,
            RetestAssignmentRefused::InstitutionNotExpected => Code::BadUserInput,
        };
        AppError::refused(code, "retestInstitutionId", refusal.to_string())
    }
}

/// A testing task's machine refuses a second set of results (`TASK_NOT_OPEN`) or an objection to a
/// verdict that is not there or was already objected to (`VERDICT_NOT_OBJECTABLE`).
impl From<TaskTransitionRefused> for AppError {
    fn from(refusal: TaskTransitionRefused) -> AppError {
        match refusal {
            TaskTransitionRefused::AlreadyJudged => {
                AppError::refused(Code::TaskNotOpen, "submissions", refusal.to_string())
            }
            TaskTransitionRefused::NotJudged | TaskTransitionRefused::AlreadyObjected => {
                AppError::refused(Code::VerdictNotObjectable, "taskId", refusal.to_string())
            }
            TaskTransitionRefused::ObjectionUndecided => {
                AppError::refused(Code::ObjectionUndecided, "submissions", refusal.to_string())
            }
            TaskTransitionRefused::NoObjection | TaskTransitionRefused::ObjectionDecided => {
                AppError::refused(Code::ObjectionNotPending, "taskId", refusal.to_string())
            }
            TaskTransitionRefused::NotOpen => {
                AppError::refused(Code::TaskNotOpen, "taskId", refusal.to_string())
            }
            TaskTransitionRefused::WasCancelled => {
                AppError::refused(Code::TaskCancelled, "taskId", refusal.to_string())
            }
        }
    }
}

impl From<RectificationRefused> for AppError {
    fn from(refusal: RectificationRefused) -> AppError {
        let code = match refusal {
            RectificationRefused::ExtensionAlreadyGranted => Code::ExtensionAlreadyGranted,
            RectificationRefused::ExtensionAlreadyRequested => Code::ExtensionAlreadyRequested,
            RectificationRefused::NoExtensionRequested => Code::NoExtensionRequested,
            RectificationRefused::NotRunning | RectificationRefused::NotRechecking => {
                Code::IllegalRectificationTransition
            }
        };
        AppError::Refused { code, field: None, message: refusal.to_string() }
    }
}

impl From<oversight_domain::access::Denial> for AppError {
    fn from(denial: oversight_domain::access::Denial) -> AppError {
        use oversight_domain::access::Denial;
        match denial {
            Denial::OutOfReach => AppError::NotFound { what: "object" },
            Denial::Forbidden(reason) => {
                AppError::Refused { code: Code::Forbidden, field: None, message: reason.to_owned() }
            }
            Denial::OutOfJurisdiction => AppError::Refused {
                code: Code::OutOfJurisdiction,
                field: None,
                message: "the region is outside your authority's jurisdiction".to_owned(),
            },
        }
    }
}

impl From<FieldError> for AppError {
    fn from(error: FieldError) -> AppError {
        AppError::Invalid(vec![FieldProblem {
            code: Code::from(error.code),
            field: Cow::Borrowed(error.field),
            message: error.message,
        }])
    }
}

impl From<ValidationErrors> for AppError {
    fn from(errors: ValidationErrors) -> AppError {
        AppError::Invalid(
            errors
                .0
                .into_iter()
                .map(|error| FieldProblem {
                    code: Code::from(error.code),
                    field: Cow::Borrowed(error.field),
                    message: error.message,
                })
                .collect(),
        )
    }
}
