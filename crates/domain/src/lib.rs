//! The regulation as pure types: the records and rules of post-license supervision of enterprises
//! holding an Industrial Product Production License (国质检监〔2006〕500号), with no I/O, no async,
//! no storage and no GraphQL. Every value is parsed into a type that proves it valid.

pub mod access;
pub mod archive;
pub mod audit;
pub mod authority;
pub mod credit_code;
pub mod due;
pub mod enterprise;
pub mod error;
pub mod ids;
pub mod industry;
pub mod judgment;
pub mod license;
pub mod license_copy;
pub mod license_number;
pub mod rectification;
pub mod region;
mod stored_enum;
pub mod supervision;
pub mod text;

pub use archive::{ArchiveEvent, ArchiveEventKind};
pub use authority::{AuthorityLevel, AuthorityName};
pub use credit_code::CreditCode;
pub use enterprise::{EnterpriseBaseData, EnterpriseScale, NewEnterprise, RawBaseData};
pub use error::{ErrorCode, FieldError, ValidationErrors};
pub use ids::{
    ApiKeyId, ArchiveEventId, AuthorityId, DesignationId, EnterpriseId, InstitutionId, LicenseId, ProposalId,
    RectificationId, SubmissionId, TaskId,
};
pub use industry::Industry;
pub use license::{LicenseStatus, NewLicense, TransitionRefused, Validity};
pub use license_copy::{LicenseCopyEntry, LicenseCopyEntryKind};
pub use license_number::LicenseNumber;
pub use region::{Region, RegionCode, RegionLevel};
