//! Application errors and their stable codes. The codes are the public contract
//! with clients (they reach `extensions.code`); docs/errors.md lists every one and
//! a test keeps that list and this enum in step.

use std::borrow::Cow;

use oversight_domain::{FieldError, ValidationErrors};
use oversight_storage::StorageError;

/// Every stable error code the API can return.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Code {
    // Input, field by field (from the domain parsers).
    InvalidCreditCode,
    InvalidLicenseNumber,
    InvalidRegionCode,
    UnknownRegion,
    InvalidText,
    InvalidDateRange,
    ValidityTooLong,
    UnknownIndustry,
    IllegalStatusTransition,
    LicenseProvinceMismatch,
    InvalidAuthorityParent,
    InvalidScale,
    // Judgment (plugins).
    UnknownVariant,
    UnknownItem,
    WrongUnit,
    BadValue,
    NegativeValue,
    NoEditionInForce,
    BadDeclaredValue,
    PluginJudgeFailed,
    NoResults,
    // State of the records.
    NotFound,
    DuplicateCreditCode,
    DuplicateLicenseNumber,
    ConcurrentModification,
    // Periodic supervision.
    OverlappingDesignation,
    InstitutionOutsideProvince,
    NoDesignatedInstitution,
    LicenseNotInForce,
    TaskNotOpen,
    IdempotencyKeyReused,
    VerdictNotObjectable,
    ObjectionWindowClosed,
    ItemNotRetestable,
    VerdictNotFinal,
    VerdictNotFailing,
    RectificationExists,
    IllegalRectificationTransition,
    ExtensionAlreadyGranted,
    ExtensionTooLate,
    ExtensionTooLong,
    RecheckNotDue,
    ProposalAlreadyDecided,
    // Demonstration servers.
    DemoClockDisabled,
    // Who may do what.
    Unauthenticated,
    InvalidToken,
    TokenExpired,
    TokenNotYetValid,
    InvalidApiKey,
    Forbidden,
    OutOfJurisdiction,
    RateLimited,
    // Protocol (raised by the API layer).
    BadRequest,
    GraphqlParseFailed,
    GraphqlValidationFailed,
    BadUserInput,
    InvalidCursor,
    InvalidId,
    PageSizeExceeded,
    UnknownOperation,
    MethodNotAllowed,
    NotAcceptable,
    UnsupportedMediaType,
    PayloadTooLarge,
    BatchTooLarge,
    TooManyAliases,
    TooManyRootFields,
    InvalidCharacters,
    QueryNotInSafelist,
    // Everything else: opaque to the client, logged with a correlation id.
    Internal,
}

impl Code {
    /// Every code, for the documentation test.
    pub const ALL: &'static [Code] = &[
        Code::InvalidCreditCode,
        Code::InvalidLicenseNumber,
        Code::InvalidRegionCode,
        Code::UnknownRegion,
        Code::InvalidText,
        Code::InvalidDateRange,
        Code::ValidityTooLong,
        Code::UnknownIndustry,
        Code::IllegalStatusTransition,
        Code::LicenseProvinceMismatch,
        Code::InvalidAuthorityParent,
        Code::InvalidScale,
        Code::UnknownVariant,
        Code::UnknownItem,
        Code::WrongUnit,
        Code::BadValue,
        Code::NegativeValue,
        Code::NoEditionInForce,
        Code::BadDeclaredValue,
        Code::PluginJudgeFailed,
        Code::NoResults,
        Code::NotFound,
        Code::DuplicateCreditCode,
        Code::DuplicateLicenseNumber,
        Code::ConcurrentModification,
        Code::OverlappingDesignation,
        Code::InstitutionOutsideProvince,
        Code::NoDesignatedInstitution,
        Code::LicenseNotInForce,
        Code::TaskNotOpen,
        Code::IdempotencyKeyReused,
        Code::VerdictNotObjectable,
        Code::ObjectionWindowClosed,
        Code::ItemNotRetestable,
        Code::VerdictNotFinal,
        Code::VerdictNotFailing,
        Code::RectificationExists,
        Code::IllegalRectificationTransition,
        Code::ExtensionAlreadyGranted,
        Code::ExtensionTooLate,
        Code::ExtensionTooLong,
        Code::RecheckNotDue,
        Code::ProposalAlreadyDecided,
        Code::DemoClockDisabled,
        Code::Unauthenticated,
        Code::InvalidToken,
        Code::TokenExpired,
        Code::TokenNotYetValid,
        Code::InvalidApiKey,
        Code::Forbidden,
        Code::OutOfJurisdiction,
        Code::RateLimited,
        Code::BadRequest,
        Code::GraphqlParseFailed,
        Code::GraphqlValidationFailed,
        Code::BadUserInput,
        Code::InvalidCursor,
        Code::InvalidId,
        Code::PageSizeExceeded,
        Code::UnknownOperation,
        Code::MethodNotAllowed,
        Code::NotAcceptable,
        Code::UnsupportedMediaType,
        Code::PayloadTooLarge,
        Code::BatchTooLarge,
        Code::TooManyAliases,
        Code::TooManyRootFields,
        Code::InvalidCharacters,
        Code::QueryNotInSafelist,
        Code::Internal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Code::InvalidCreditCode => "INVALID_CREDIT_CODE",
            Code::InvalidLicenseNumber => "INVALID_LICENSE_NUMBER",
            Code::InvalidRegionCode => "INVALID_REGION_CODE",
            Code::UnknownRegion => "UNKNOWN_REGION",
            Code::InvalidText => "INVALID_TEXT",
            Code::InvalidDateRange => "INVALID_DATE_RANGE",
            Code::ValidityTooLong => "VALIDITY_TOO_LONG",
            Code::UnknownIndustry => "UNKNOWN_INDUSTRY",
            Code::IllegalStatusTransition => "ILLEGAL_STATUS_TRANSITION",
            Code::LicenseProvinceMismatch => "LICENSE_PROVINCE_MISMATCH",
            Code::InvalidAuthorityParent => "INVALID_AUTHORITY_PARENT",
            Code::InvalidScale => "INVALID_SCALE",
            Code::UnknownVariant => "UNKNOWN_VARIANT",
            Code::UnknownItem => "UNKNOWN_ITEM",
            Code::WrongUnit => "WRONG_UNIT",
            Code::BadValue => "BAD_VALUE",
            Code::NegativeValue => "NEGATIVE_VALUE",
            Code::NoEditionInForce => "NO_EDITION_IN_FORCE",
            Code::BadDeclaredValue => "BAD_DECLARED_VALUE",
            Code::PluginJudgeFailed => "PLUGIN_JUDGE_FAILED",
            Code::NoResults => "NO_RESULTS",
            Code::NotFound => "NOT_FOUND",
            Code::DuplicateCreditCode => "DUPLICATE_CREDIT_CODE",
            Code::DuplicateLicenseNumber => "DUPLICATE_LICENSE_NUMBER",
            Code::ConcurrentModification => "CONCURRENT_MODIFICATION",
            Code::OverlappingDesignation => "OVERLAPPING_DESIGNATION",
            Code::InstitutionOutsideProvince => "INSTITUTION_OUTSIDE_PROVINCE",
            Code::NoDesignatedInstitution => "NO_DESIGNATED_INSTITUTION",
            Code::LicenseNotInForce => "LICENSE_NOT_IN_FORCE",
            Code::TaskNotOpen => "TASK_NOT_OPEN",
            Code::IdempotencyKeyReused => "IDEMPOTENCY_KEY_REUSED",
            Code::VerdictNotObjectable => "VERDICT_NOT_OBJECTABLE",
            Code::ObjectionWindowClosed => "OBJECTION_WINDOW_CLOSED",
            Code::ItemNotRetestable => "ITEM_NOT_RETESTABLE",
            Code::VerdictNotFinal => "VERDICT_NOT_FINAL",
            Code::VerdictNotFailing => "VERDICT_NOT_FAILING",
            Code::RectificationExists => "RECTIFICATION_EXISTS",
            Code::IllegalRectificationTransition => "ILLEGAL_RECTIFICATION_TRANSITION",
            Code::ExtensionAlreadyGranted => "EXTENSION_ALREADY_GRANTED",
            Code::ExtensionTooLate => "EXTENSION_TOO_LATE",
            Code::ExtensionTooLong => "EXTENSION_TOO_LONG",
            Code::RecheckNotDue => "RECHECK_NOT_DUE",
            Code::ProposalAlreadyDecided => "PROPOSAL_ALREADY_DECIDED",
            Code::DemoClockDisabled => "DEMO_CLOCK_DISABLED",
            Code::Unauthenticated => "UNAUTHENTICATED",
            Code::InvalidToken => "INVALID_TOKEN",
            Code::TokenExpired => "TOKEN_EXPIRED",
            Code::TokenNotYetValid => "TOKEN_NOT_YET_VALID",
            Code::InvalidApiKey => "INVALID_API_KEY",
            Code::Forbidden => "FORBIDDEN",
            Code::OutOfJurisdiction => "OUT_OF_JURISDICTION",
            Code::RateLimited => "RATE_LIMITED",
            Code::BadRequest => "BAD_REQUEST",
            Code::GraphqlParseFailed => "GRAPHQL_PARSE_FAILED",
            Code::GraphqlValidationFailed => "GRAPHQL_VALIDATION_FAILED",
            Code::BadUserInput => "BAD_USER_INPUT",
            Code::InvalidCursor => "INVALID_CURSOR",
            Code::InvalidId => "INVALID_ID",
            Code::PageSizeExceeded => "PAGE_SIZE_EXCEEDED",
            Code::UnknownOperation => "UNKNOWN_OPERATION",
            Code::MethodNotAllowed => "METHOD_NOT_ALLOWED",
            Code::NotAcceptable => "NOT_ACCEPTABLE",
            Code::UnsupportedMediaType => "UNSUPPORTED_MEDIA_TYPE",
            Code::PayloadTooLarge => "PAYLOAD_TOO_LARGE",
            Code::BatchTooLarge => "BATCH_TOO_LARGE",
            Code::TooManyAliases => "TOO_MANY_ALIASES",
            Code::TooManyRootFields => "TOO_MANY_ROOT_FIELDS",
            Code::InvalidCharacters => "INVALID_CHARACTERS",
            Code::QueryNotInSafelist => "QUERY_NOT_IN_SAFELIST",
            Code::Internal => "INTERNAL",
        }
    }
}

impl From<oversight_domain::ErrorCode> for Code {
    fn from(code: oversight_domain::ErrorCode) -> Code {
        use oversight_domain::ErrorCode as D;
        match code {
            D::InvalidCreditCode => Code::InvalidCreditCode,
            D::InvalidLicenseNumber => Code::InvalidLicenseNumber,
            D::InvalidRegionCode => Code::InvalidRegionCode,
            D::UnknownRegion => Code::UnknownRegion,
            D::InvalidText => Code::InvalidText,
            D::InvalidDateRange => Code::InvalidDateRange,
            D::ValidityTooLong => Code::ValidityTooLong,
            D::UnknownIndustry => Code::UnknownIndustry,
            D::IllegalStatusTransition => Code::IllegalStatusTransition,
            D::LicenseProvinceMismatch => Code::LicenseProvinceMismatch,
            D::InvalidAuthorityParent => Code::InvalidAuthorityParent,
            D::InvalidScale => Code::InvalidScale,
        }
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
