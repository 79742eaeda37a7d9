//! Designations as §二(四)'s one unified institution (统一承检机构) per industry and province
//! (issue 11 item 16): the province-wide clash check a new designation passes, the institutions a
//! province may name (its own, or a national testing centre anywhere), and ending a designation
//! early or handing it to another institution from a date (ADR 0009 decisions 20–22).

use chrono::NaiveDate;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::registry::license::parse_reason;
use oversight_domain::testing::supervision::DesignationPeriod;
use oversight_domain::{DesignationId, InstitutionId};
use oversight_storage::Tx;
use oversight_storage::registry::institution;
use oversight_storage::testing::supervision;
use serde_json::json;

use crate::{Action, App, AppError, Code, DesignationRecord, InstitutionRecord, Principal, Resource, allow};

/// The institution a designation names, read inside `tx`: one within the caller's jurisdiction
/// (another is as unknown as a missing one), seated in the designation's province unless it is
/// a national testing centre (ADR 0009 decision 21), active and accredited for the industry
/// over the whole period.
pub(crate) async fn institution_to_name(
    tx: &Tx,
    principal: &Principal,
    institution_id: InstitutionId,
    industry: &str,
    period: &DesignationPeriod,
) -> Result<InstitutionRecord, AppError> {
    let found = institution::institutions_by_ids(tx, &[institution_id]).await?.pop();
    let national_centre =
        |i: &InstitutionRecord| i.state.accreditation.as_ref().is_some_and(|a| a.national_centre);
    // A national centre is reached from every province: naming it is what decision 21 allows.
    let institution = found
        .filter(|i| national_centre(i) || principal.jurisdiction().is_some_and(|j| j.contains(&i.region)))
        .ok_or(AppError::NotFound { what: "institution" })?;
    if !period.may_name(&institution.region, national_centre(&institution)) {
        return Err(AppError::refused(
            Code::InstitutionOutsideProvince,
            "institutionId",
            format!(
                "{} is seated at {}, outside the province of {}, and is no national testing centre",
                institution.name, institution.region, period.region
            ),
        ));
    }
    institution.state.check_designation(industry, period.valid_from, period.valid_until)?;
    Ok(institution)
}

/// Refuses `period` when another designation of the industry in the same province shares a day
/// with it (ADR 0009 decision 20): OVERLAPPING_DESIGNATION for the same region, NESTED_DESIGNATION
/// for another region of the province. `except` is a designation being replaced. The caller
/// holds `lock_designations` for the province.
pub(crate) async fn check_province_clash(
    tx: &Tx,
    industry: &str,
    period: &DesignationPeriod,
    except: Option<DesignationId>,
) -> Result<(), AppError> {
    let Some(province) = period.region.province() else { return Ok(()) };
    let existing = supervision::designations_in_province(tx, industry, &province).await?;
    let clash = existing.iter().find(|d| Some(d.id) != except && d.period.clashes_in_province(period));
    let Some(clash) = clash else { return Ok(()) };
    let code = if clash.period.region == period.region {
        Code::OverlappingDesignation
    } else {
        Code::NestedDesignation
    };
    Err(AppError::refused(
        code,
        "validFrom",
        format!(
            "designation {} already names institution {} for {industry} at {} from {} to {}: one unified institution per industry and province",
            clash.id,
            clash.institution_id,
            clash.period.region,
            clash.period.valid_from,
            clash.period.valid_until
        ),
    ))
}

impl App {
    /// Ends a designation early on `ends_on` (its last day), with a reason: from the day after,
    /// samples of its region find no designation until another is made. Tasks it assigned stay
    /// with the institution (or are reassigned with `reassign_testing_task`).
    pub async fn end_designation(
        &self,
        principal: &Principal,
        id: DesignationId,
        ends_on: NaiveDate,
        reason: &str,
    ) -> Result<DesignationRecord, AppError> {
        let reason = parse_reason(reason)?;
        let mut work = self.begin(principal, Operation::EndDesignation).await?;
        let today = work.today;
        let current = designation_for(work.tx(), principal, id, Action::EndDesignation).await?;
        let ended = current.period.end_on(ends_on, today)?;
        if !supervision::end_designation(work.tx(), id, current.period.valid_until, ended.valid_until).await?
        {
            return Err(AppError::concurrent("the designation changed meanwhile"));
        }
        work.touch([ObjectRef::of(id), ObjectRef::of(current.institution_id)]);
        let changed = DesignationRecord { period: ended, ..current.clone() };
        let mut after = designation_state(&changed);
        after["reason"] = json!(reason);
        work.commit(Some(designation_state(&current)), Some(after)).await?;
        Ok(changed)
    }

    /// Hands a designation to another institution from `from`: the current one ends the day
    /// before, the new one holds the same industry and region from `from` to the day the
    /// current one would have ended. Returns (the ended designation, the new one).
    pub async fn replace_designation(
        &self,
        principal: &Principal,
        id: DesignationId,
        from: NaiveDate,
        institution_id: InstitutionId,
        reason: &str,
    ) -> Result<(DesignationRecord, DesignationRecord), AppError> {
        let reason = parse_reason(reason)?;
        let mut work = self.begin(principal, Operation::ReplaceDesignation).await?;
        let (today, now) = (work.today, work.now);
        let current = designation_for(work.tx(), principal, id, Action::ReplaceDesignation).await?;
        let (ended, successor) =
            current.period.replace_from(from, today).map_err(|e| AppError::from(e).at_field("from"))?;
        if institution_id == current.institution_id {
            return Err(AppError::refused(
                Code::ReplaceSameInstitution,
                "institutionId",
                format!("designation {id} already names institution {institution_id}"),
            ));
        }
        let institution =
            institution_to_name(work.tx(), principal, institution_id, &current.industry, &successor).await?;
        supervision::lock_designations(work.tx(), &current.industry, &current.period.region).await?;
        check_province_clash(work.tx(), &current.industry, &successor, Some(id)).await?;
        if !supervision::end_designation(work.tx(), id, current.period.valid_until, ended.valid_until).await?
        {
            return Err(AppError::concurrent("the designation changed meanwhile"));
        }
        let designated_by = principal.organisation.reference();
        let new = supervision::insert_designation(
            work.tx(),
            &current.industry,
            institution.id,
            &successor,
            &designated_by,
            now,
        )
        .await?;
        work.touch([
            ObjectRef::of(id),
            ObjectRef::of(new.id),
            ObjectRef::of(current.institution_id),
            ObjectRef::of(institution.id),
        ]);
        let ended = DesignationRecord { period: ended, ..current.clone() };
        let after = json!({ "ended": designation_state(&ended), "successor": designation_state(&new), "reason": reason });
        work.commit(Some(designation_state(&current)), Some(after)).await?;
        Ok((ended, new))
    }
}

/// The designation, read inside `tx`, with the policy of `action` applied to its region.
async fn designation_for(
    tx: &Tx,
    principal: &Principal,
    id: DesignationId,
    action: Action,
) -> Result<DesignationRecord, AppError> {
    let current = supervision::designations_by_ids(tx, &[id])
        .await?
        .pop()
        .ok_or(AppError::NotFound { what: "designation" })?;
    allow(principal, action, &Resource::Region(current.period.region), "designation")?;
    Ok(current)
}

/// The audited state of a designation.
pub(crate) fn designation_state(record: &DesignationRecord) -> serde_json::Value {
    json!({
        "designationId": record.id,
        "industry": record.industry,
        "institutionId": record.institution_id,
        "regionCode": record.period.region.as_str(),
        "validFrom": record.period.valid_from.to_string(),
        "validUntil": record.period.valid_until.to_string(),
    })
}
