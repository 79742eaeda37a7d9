//! The annual review (年度审查, §二(二), docs/adr/0021): opening a province's review year, the
//! enterprise's self-inspection report (自查报告) and license copy (副本), the reviewer's return,
//! on-site inspection (实地检查), pass (the annual stamp) or fail (a rectification deadline),
//! overdue recorded in bulk, licenses joining and leaving the year; and the reads.

pub mod commands;
mod conclude;
mod lifecycle;
mod reads;

use oversight_domain::access::Organisation;
use oversight_domain::registry::region::RegionCode;
use oversight_domain::review::annual::{
    AnnualReview, CopyRefused, InspectionRefused, OpeningRefused, PassRefused, ReminderRefused,
    ReviewRefused, ReviewYear,
};
use oversight_domain::{ErrorCode, ReviewId};
use oversight_storage::Tx;
use oversight_storage::registry::enterprise;
use oversight_storage::review::{annual, year};

use crate::{Action, App, AppError, Code, Principal, Resource, allow};

pub(crate) use lifecycle::{join_open_year, leave_years};
pub use oversight_storage::review::annual::{ReviewCursor, ReviewFilter, ReviewOrder};
pub use oversight_storage::review::progress::ProgressCount;
pub use oversight_storage::review::report::InspectionRecord;

impl From<ReviewRefused> for AppError {
    fn from(refusal: ReviewRefused) -> AppError {
        AppError::refused(Code::IllegalReviewTransition, "reviewId", refusal.to_string())
    }
}

impl From<CopyRefused> for AppError {
    fn from(refusal: CopyRefused) -> AppError {
        let code = match refusal {
            CopyRefused::AlreadyHandedIn(_) => Code::CopyAlreadyHandedIn,
            CopyRefused::NotHandedIn => Code::CopyNotHandedIn,
            CopyRefused::AlreadyReceived(_) => Code::CopyAlreadyReceived,
            CopyRefused::NotReceived => Code::CopyNotReceived,
            CopyRefused::FutureDate(..) => Code::Domain(ErrorCode::InvalidDateRange),
            CopyRefused::Concluded(_) => Code::IllegalReviewTransition,
        };
        AppError::refused(code, "reviewId", refusal.to_string())
    }
}

impl From<PassRefused> for AppError {
    fn from(refusal: PassRefused) -> AppError {
        match refusal {
            PassRefused::Status(refusal) => refusal.into(),
            PassRefused::Copy(refusal) => refusal.into(),
        }
    }
}

impl From<ReminderRefused> for AppError {
    fn from(refusal: ReminderRefused) -> AppError {
        AppError::refused(Code::ReviewDeadlinePassed, "yearId", refusal.to_string())
    }
}

impl From<OpeningRefused> for AppError {
    fn from(refusal: OpeningRefused) -> AppError {
        match refusal {
            OpeningRefused::BadYear { .. } => {
                AppError::invalid(Code::InvalidReviewYear, "year", refusal.to_string())
            }
            _ => {
                AppError::invalid(Code::InvalidSubmissionDeadline, "submissionDeadline", refusal.to_string())
            }
        }
    }
}

impl From<InspectionRefused> for AppError {
    fn from(refusal: InspectionRefused) -> AppError {
        match refusal {
            InspectionRefused::TooFewInspectors(_) => {
                AppError::invalid(Code::TooFewInspectors, "inspectorIds", refusal.to_string())
            }
            InspectionRefused::FutureDate(..) => AppError::invalid(
                Code::Domain(ErrorCode::InvalidDateRange),
                "inspectedOn",
                refusal.to_string(),
            ),
        }
    }
}

/// A review read inside a unit of work, with what the use cases need beside it.
pub(crate) struct Loaded {
    pub(crate) review: AnnualReview,
    pub(crate) year: ReviewYear,
}

impl App {
    /// The review, read inside `tx`, with the policy of `action` applied to its enterprise (and,
    /// for a reviewer's action, the year's delegation).
    pub(crate) async fn review_for(
        &self,
        tx: &Tx,
        principal: &Principal,
        id: ReviewId,
        action: Action,
    ) -> Result<Loaded, AppError> {
        let review = annual::by_id(tx, id).await?.ok_or(AppError::NotFound { what: "annual review" })?;
        let owner = enterprise::by_id(tx, review.enterprise_id)
            .await?
            .ok_or(AppError::NotFound { what: "annual review" })?;
        allow(
            principal,
            action,
            &Resource::Enterprise { id: owner.id, region: owner.base.region },
            "annual review",
        )?;
        let year = year::by_ids(tx, &[review.year_id])
            .await?
            .pop()
            .ok_or(AppError::NotFound { what: "annual review" })?;
        // Enterprise users pass through; authority people reach here only for a reviewer's
        // action (the policy refused the others).
        check_reviewer(principal, &year)?;
        Ok(Loaded { review, year })
    }
}

/// The province reviews (and the national authority may); the cities and counties that hold the
/// enterprise review only in a delegated year.
fn check_reviewer(principal: &Principal, year: &ReviewYear) -> Result<(), AppError> {
    let seat = match &principal.organisation {
        Organisation::Authority { region, .. } => *region,
        _ => return Ok(()),
    };
    if year.delegated || seat == year.province || seat == RegionCode::NATION {
        return Ok(());
    }
    Err(AppError::refused(
        Code::ReviewNotDelegated,
        "reviewId",
        format!(
            "the review year {} of {} is reviewed by the provincial authority: it does not delegate reviewing to cities and counties",
            year.year, year.province
        ),
    ))
}
