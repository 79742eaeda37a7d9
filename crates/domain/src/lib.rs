//! The regulation as pure types: the records and rules of post-license supervision of enterprises
//! holding an Industrial Product Production License (国质检监〔2006〕500号), with no I/O, no async,
//! no storage and no GraphQL. Every value is parsed into a type that proves it valid.

pub mod access;
pub mod archive;
pub mod attachment;
pub mod audit;
pub mod calendar;
pub mod campaign;
pub mod checklist;
pub mod draw;
pub mod enforcement;
pub mod enterprise_report;
pub mod error;
pub mod generated_report;
pub mod ids;
pub mod inbox;
pub mod industry;
pub mod key_region;
pub mod linkage;
pub mod patrol;
pub mod registry;
pub mod reporting;
pub mod responsibility;
pub mod review;
pub mod risk;
pub mod rules;
pub mod spot_check;
mod stored_enum;
pub mod template;
pub mod testing;
pub mod text;

pub use archive::{ArchiveEvent, ArchiveEventKind};
pub use calendar::{CalendarYear, WorkingCalendar};
pub use error::{ErrorCode, FieldError, ValidationErrors};
pub use ids::CampaignId;
pub use ids::PeriodicReportId;
pub use ids::ResponsibilityRecordId;
pub use ids::{
    ApiKeyId, ArchiveEventId, AttachmentId, AuthorityId, ChangeRequestId, CounterfeitCaseId, DesignationId,
    DrawId, EnterpriseId, FollowUpId, GeneratedReportId, InspectionId, InstitutionId, LicenseId,
    LowerTierRequestId, MeasureId, NoticeId, OfficerId, OrderProgressId, PatrolId, PatrolPlanId, ProposalId,
    RecallId, RectificationId, ReportId, ReportVersionId, ResponsibilityAgreementId,
    ResponsibilityAssignmentId, ReviewId, ReviewYearId, SpotCheckImportId, SubmissionId, SupervisionOrderId,
    TaskId, TypedId, UnlicensedCaseId,
};
pub use ids::{MeetingSummonsId, RectificationMeetingId};
pub use industry::Industry;
pub use registry::authority::{AuthorityLevel, AuthorityName};
pub use registry::credit_code::CreditCode;
pub use registry::enterprise::{EnterpriseBaseData, EnterpriseScale, NewEnterprise, RawBaseData};
pub use registry::license::{LicenseStatus, NewLicense, TransitionRefused, Validity};
pub use registry::license_copy::{LicenseCopyEntry, LicenseCopyEntryKind};
pub use registry::license_number::LicenseNumber;
pub use registry::region::{Region, RegionCode, RegionLevel};
