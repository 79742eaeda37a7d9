//! Licenses joining and leaving a review year inside other use cases' units of work: a license
//! issued while its province's year is open joins it; a license revoked, cancelled or expired
//! leaves it, visibly (status LEFT with the reason, an archive event).

use oversight_domain::archive::ArchiveFact;
use oversight_domain::audit::ObjectRef;
use oversight_domain::review::ReviewFact;
use oversight_domain::review::annual::Conclusion;
use oversight_domain::{EnterpriseId, LicenseId, RegionCode};
use oversight_storage::review::{annual, year};

use crate::AppError;
use crate::work::Work;

/// Enrols a license issued today in its province's open review year, if there is one.
pub(crate) async fn join_open_year(
    work: &mut Work<'_>,
    region: RegionCode,
    license_id: LicenseId,
    enterprise_id: EnterpriseId,
    industry: &str,
) -> Result<(), AppError> {
    let Some(province) = region.province() else { return Ok(()) };
    let (today, now) = (work.today, work.now);
    let Some(open) = year::joinable(work.tx(), province, today).await? else { return Ok(()) };
    let review = annual::enrol(work.tx(), &open, license_id, enterprise_id, industry, today, now).await?;
    let fact = ReviewFact::Opened { year: open.year, deadline: open.submission_deadline };
    work.archive(enterprise_id, Some(license_id), ArchiveFact::AnnualReview(fact));
    work.touch([ObjectRef::of(review.id)]);
    Ok(())
}

/// The licenses' unconcluded reviews leave their year, with `reason`: read once, moved in one
/// statement (a bulk expiry run ends many licenses), each archived.
pub(crate) async fn leave_years(
    work: &mut Work<'_>,
    license_ids: &[LicenseId],
    reason: &str,
) -> Result<(), AppError> {
    let (today, now) = (work.today, work.now);
    let leaving = annual::open_of_licenses(work.tx(), license_ids).await?;
    if leaving.is_empty() {
        return Ok(());
    }
    let conclusion = Conclusion {
        note: reason.to_owned(),
        by: work.principal().subject.clone(),
        on: today,
        rectify_by: None,
    };
    // The domain's rule, checked for each: every unconcluded review may leave.
    for review in &leaving {
        review.leave(conclusion.clone(), now)?;
    }
    let moved = annual::leave(work.tx(), license_ids, &conclusion, now).await?;
    if usize::try_from(moved).ok() != Some(leaving.len()) {
        return Err(AppError::concurrent("an annual review changed meanwhile"));
    }
    for review in &leaving {
        let fact = ReviewFact::Left { review_id: review.id, year: review.year, reason };
        work.archive(review.enterprise_id, Some(review.license_id), ArchiveFact::AnnualReview(fact));
    }
    work.touch(leaving.iter().map(|r| ObjectRef::of(r.id)));
    Ok(())
}
