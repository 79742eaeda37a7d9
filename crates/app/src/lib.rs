//! Use cases: one function per command, each in one transaction, each returning a
//! typed error with a stable code. Reads are thin calls into `storage`; the
//! GraphQL layer calls only this crate.

pub mod attachment;
pub mod audit;
pub mod error;
pub mod export;
pub mod identity;
mod inbox;
pub mod metrics;
mod registry;
mod testing;

mod calendar;
mod campaign;
mod draw;
mod enforcement;
mod enterprise_report;
pub mod events;
mod generated_report;
mod industry;
mod key_region;
mod linkage;
mod patrol;
mod query;
mod reporting;
mod responsibility;
mod review;
mod risk;
mod rules;
mod spot_check;
mod work;

use chrono::NaiveDate;
use oversight_storage::Store;

pub use attachment::{AttachmentSettings, Download, Upload};
pub(crate) use calendar::CHINA;
pub use calendar::{
    MAX_DEMO_CLOCK_DAYS, SetWorkingCalendarYear, SupervisionCalendar, date_in_china, now,
    start_of_day_in_china,
};
pub use campaign::CampaignSpecInput;
pub use campaign::meeting::{AttendanceInput, ConveneMeetingInput, ResolutionInput};
pub use draw::DrawInput;
pub use enforcement::counterfeit::{CaseStep, DocumentedStep, OpenCounterfeitCase};
pub use enforcement::unlicensed::{BanNotice, OpenCase as OpenUnlicensedCase};
pub use enterprise_report::{DueReport, DueReportCursor, DueReportFilter, DueReportQuery};
pub use error::{AppError, Code};
pub use generated_report::{ReportFigures, ReportInput};
pub use inbox::InboxPlan;
pub use industry::{PluginStatus, SHIPPED_CATALOGUE, UnservedVersion, shipped_industries};
pub use linkage::{
    ChildNotice, CloseTime, ClosedNotice, NoticeDirection, NoticeFilter, NoticeProof, SendNotice,
};
pub use oversight_domain::access::{Action, Principal, Resource, Role, Scope, Tier};
pub use oversight_domain::attachment::{Attachment as AttachmentRecord, AttachmentType};
pub use oversight_domain::inbox::{Inbox, InboxKind};
pub use oversight_domain::registry::change_request::{
    ChangeRequestStatus, EnterpriseChangeRequest, ProposedChange, RawChange, ReReview,
};
pub use oversight_domain::registry::institution::RawAccreditation;
pub use oversight_domain::registry::officer::{Officer as OfficerRecord, OfficerStatus};
pub use oversight_domain::testing::objection::{
    Delivery as DeliveryRecord, DeliveryMethod, ObjectionDecision as ObjectionDecisionRecord,
    ObjectionOutcome,
};
pub use oversight_domain::testing::rectification::{ExtensionDecision, ProposalDecision};
pub use oversight_plugin_host::api::IndustryProfile;
pub use oversight_storage::attachment::AttachmentStore;
pub use oversight_storage::campaign::meeting::{MeetingFilter, MeetingRecord};
pub use oversight_storage::campaign::{CampaignFilter, CampaignRecord, CoverageRow as CampaignCoverageRow};
pub use oversight_storage::draw::Assignment as DrawAssignmentRecord;
pub use oversight_storage::enforcement::counterfeit::{
    CaseFilter as CounterfeitCaseFilter, CaseRecord as CounterfeitCaseRecord,
};
pub use oversight_storage::enforcement::unlicensed::{CaseFilter as UnlicensedCaseFilter, UnlicensedRecord};
pub use oversight_storage::generated_report::{RecordKey, RecordsOf, ReportRecord, VersionRecord};
pub use oversight_storage::inbox::{InboxCount, InboxCursor, InboxRow};
pub use oversight_storage::linkage::notice::NoticeRecord;
pub use patrol::{
    Answers, ChecklistEntry, FollowUpCursor, FollowUpFilter, FollowUpInput, FollowUpRecord, FollowUpState,
    MeasureFilter, MeasureRecord, MeasureStep, OfflineInput, PatrolFilter, PatrolInput, PatrolRecord,
};
pub use patrol::{
    CoverageRow, DueCursor as PatrolDueCursor, DueFilter as PatrolDueFilter,
    DueJudgment as PatrolDueJudgment, PatrolDue, PlanInput, PlanRecord,
};
pub use responsibility::{AgreementFilter, AgreementRecord, AgreementValues, DraftAgreement, TargetRecords};
pub use responsibility::{AssignResponsible, AssignmentFilter, AssignmentRecord};
pub use responsibility::{DraftRecord, RecordFilter, StoredRecord};
pub use responsibility::{
    IssueOrder, OrderFilter, OrderRecord, OrderSubjectInput, ProgressReport, RaiseRequest, RequestFilter,
    RequestRecord,
};
pub use responsibility::{Overview as SupervisionOverview, OverviewRow as SupervisionOverviewRow};
pub use review::commands::OpenedYear;
pub use review::{InspectionRecord, ProgressCount, ReviewCursor, ReviewFilter, ReviewOrder};
pub use risk::{FrequencyPreview, PreviewRow, RecomputeProgress, RiskClassRecord, StoredAssessment};
pub use rules::{RulesInForce, SetProvincialRules, StoredVersion};
pub use spot_check::{
    CampaignInput, FileKind, ImportOutcome, ImportRecord as SpotCheckImportRecord,
    MAX_FILE_BYTES as MAX_SPOT_CHECK_FILE_BYTES, SpotCheckRowRecord,
};
// The closed sets of a plugin profile, so the API can expose them as GraphQL enums.
pub use oversight_plugin_host::api::profile::{
    ComparisonMethod as ProfileComparisonMethod, RoundingSpec as ProfileRounding,
    RoundingUnit as ProfileRoundingUnit, Severity as ProfileSeverity,
    StandardNature as ProfileStandardNature, VerdictModeSpec as ProfileVerdictMode,
};
pub use oversight_storage::archive::{ArchiveEventRecord, ArchiveFilter, ArchiveKey};
pub use oversight_storage::audit::AuditFilter;
pub use oversight_storage::registry::authority::{AuthorityCursor, AuthorityOrder, AuthorityRecord};
pub use oversight_storage::registry::enterprise::{
    EnterpriseCursor, EnterpriseFilter, EnterpriseOrder, EnterpriseRecord,
};
pub use oversight_storage::registry::institution::{
    ApiKeyRecord, InstitutionCursor, InstitutionOrder, InstitutionRecord,
};
pub use oversight_storage::registry::license::{
    LicenseCopyEntryRecord, LicenseCursor, LicenseFilter, LicenseOrder, LicenseRecord, StatusHistoryEntry,
};
pub use oversight_storage::registry::officer::{OfficerCursor, OfficerFilter, OfficerOrder};
pub use oversight_storage::reporting::{LicenseCount, RegionCount, TaskCount};
pub use oversight_storage::testing::designation_list::{
    DesignationCursor, DesignationFilter, DesignationOrder,
};
pub use oversight_storage::testing::due::DueTotals;
pub use oversight_storage::testing::rectification::ProposalFilter;
pub use oversight_storage::testing::rectification_list::{
    RectificationCursor, RectificationFilter, RectificationOrder,
};
pub use oversight_storage::testing::task_list::{TaskCursor, TaskFilter, TaskOrder};
pub use oversight_storage::{
    Backend, DEFAULT_ACQUIRE_TIMEOUT, Page, PageRequest, StatementCounter, StoreOptions,
};
pub use registry::authority::{Bootstrap, NewAuthority};
pub use registry::enterprise::RegisterEnterprise;
pub use registry::expiry::LicenseExpiries;
pub use registry::import::{
    DEFAULT_BATCH as REGISTRY_IMPORT_BATCH, RegistryFile, RegistryImportOutcome, RegistryImportRecord,
    report_csv as registry_report_csv,
};
pub use registry::institution::NewInstitution;
pub use registry::license::{ChangeLicenseStatus, IssueLicense};
pub use registry::officer::{CreateOfficer, UpdateOfficer};
pub use registry::public::PublicLicense;
pub use reporting::{Dashboard, IndustryVerdicts};
pub use testing::due::{DuePlan, DueScope, DueTest};
pub use testing::objection::DecideObjection;
pub use testing::rectification::{ProposalRecord, ProposalStatus, RectificationRecord, RectificationStatus};
pub use testing::supervision::ObjectionRecord;
pub use testing::supervision::{
    DesignateInstitution, DesignationRecord, OpenTestingTask, SubmissionOutcome, SubmissionRecord,
    SubmitTestResults, TaskOutcome, TaskResults, TaskStatus, TestResultRecord, TestingTaskRecord,
    VerdictRecord,
};

/// The application: a store and the use cases over it. Cheap to clone.
#[derive(Debug, Clone)]
pub struct App {
    store: Store,
    /// The industry plugins, loaded once at start and never unloaded.
    plugins: std::sync::Arc<oversight_plugin_host::PluginRegistry>,
    /// The industries, built at start-up from the plugins and the shipped catalogue file.
    industries: std::sync::Arc<oversight_domain::industry::IndustryCatalogue>,
    /// Subscribers of this process.
    events: std::sync::Arc<events::EventBus>,
    /// Days added to the calendar date the supervision deadlines are counted on (objection
    /// windows, rectification deadlines): zero in service; tests move it forward instead of
    /// sleeping, and so does `advanceDemoClock` on a server run with the demo clock on. Per
    /// process: replicas do not share it.
    clock_offset_days: std::sync::Arc<std::sync::atomic::AtomicI64>,
    /// Whether `advance_demo_clock` may move the calendar (configuration `demo_clock`; off in
    /// service).
    demo_clock: bool,
    /// Serialises demo-clock moves, so each audit record's before and after are exact.
    demo_clock_lock: std::sync::Arc<tokio::sync::Mutex<()>>,
    /// Where attachments are kept and how their download URLs are signed (in memory until
    /// configured with `with_attachments`).
    attachments: attachment::AttachmentSettings,
    /// This server's metrics (its own registry: replicas in one process count apart).
    metrics: metrics::Metrics,
}

impl App {
    /// Opens the database and applies pending migrations.
    pub async fn open(options: StoreOptions) -> Result<App, AppError> {
        let store = Store::connect(options).await?;
        store.migrate_up().await?;
        Ok(App::from_store(store))
    }

    /// Wraps a store as it is (migrations are the caller's business).
    pub fn from_store(store: Store) -> App {
        App {
            store,
            plugins: Default::default(),
            industries: std::sync::Arc::new(oversight_domain::industry::IndustryCatalogue::new(
                shipped_industries(),
                Vec::new(),
            )),
            events: Default::default(),
            clock_offset_days: Default::default(),
            demo_clock: false,
            demo_clock_lock: Default::default(),
            attachments: attachment::AttachmentSettings::in_memory(),
            metrics: metrics::Metrics::new(),
        }
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// This server's metrics: the API layer records its requests here.
    pub fn metrics(&self) -> &metrics::Metrics {
        &self.metrics
    }

    /// The metrics in Prometheus text format, the pool's and SQLite's gauges read now.
    pub fn metrics_text(&self) -> String {
        self.metrics.encode(self.store.pool_status(), self.store.sqlite_memory())
    }

    /// The calendar date (China) the supervision deadlines are counted on: today, moved by the
    /// clock offset.
    pub fn today(&self) -> NaiveDate {
        let offset = chrono::Duration::days(self.clock_offset_days());
        date_in_china(now()).checked_add_signed(offset).unwrap_or(NaiveDate::MAX)
    }

    /// Days the supervision calendar runs ahead of the real date (zero in service).
    pub fn clock_offset_days(&self) -> i64 {
        self.clock_offset_days.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Moves the supervision calendar forward by `days` (tests; every clone of this app sees
    /// it). Through the API it is `advance_demo_clock`, checked, audited and off by default.
    pub fn advance_clock_days(&self, days: i64) {
        self.clock_offset_days.fetch_add(days, std::sync::atomic::Ordering::Relaxed);
    }

    /// Readiness: the database answers.
    pub async fn ready(&self) -> Result<(), AppError> {
        Ok(self.store.ping().await?)
    }
}

/// Applies the policy; an object outside the caller's reach is reported as `what`
/// not found, exactly as if it did not exist.
pub(crate) fn allow(
    principal: &Principal,
    action: Action,
    resource: &Resource,
    what: &'static str,
) -> Result<(), AppError> {
    oversight_domain::access::decide(principal, action, resource).map_err(|denial| match denial {
        oversight_domain::access::Denial::OutOfReach => AppError::NotFound { what },
        other => other.into(),
    })
}

/// The scope of registry reads, refused outright for roles that read none of it.
pub(crate) fn read_scope(principal: &Principal) -> Result<Scope, AppError> {
    allow(principal, Action::ReadRegistry, &Resource::None, "registry")?;
    Ok(oversight_domain::access::read_scope(principal))
}
