//! Issuing, importing and changing the status of production licenses, with the
//! license copy (副本) entry and the archive event of each change.

use chrono::{NaiveDate, NaiveTime};
use oversight_domain::archive::ArchiveFact;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::registry::license::{LicenseStatus, NewLicense, StatusChange, parse_reason};
use oversight_domain::registry::license_copy::LicenseCopyEntry;
use oversight_domain::registry::license_number::LicenseNumber;
use oversight_domain::testing::rectification::resumption_grounds;
use oversight_domain::{EnterpriseId, ErrorCode, RectificationId};
use oversight_storage::{StorageError, Tx, registry::enterprise, registry::license, testing::rectification};

use crate::audit;
use crate::testing::rectification::close_open_proposals;
use crate::work::Work;
use crate::{Action, App, AppError, CHINA, Code, LicenseRecord, Principal, Resource, Scope, allow};

/// Input of `issue_license`.
#[derive(Debug, Clone)]
pub struct IssueLicense {
    pub enterprise_id: EnterpriseId,
    pub number: String,
    pub industry: String,
    pub product_unit: String,
    pub issued_on: NaiveDate,
    pub expires_on: Option<NaiveDate>,
    /// Import a license issued before the system existed (history) instead of
    /// issuing a new one today.
    pub import: bool,
    /// Only for imports: the status the license has now (valid or suspended).
    pub status: Option<LicenseStatus>,
}

/// Input of `change_license_status`.
#[derive(Debug, Clone)]
pub struct ChangeLicenseStatus {
    pub number: String,
    pub to: LicenseStatus,
    pub reason: String,
}

impl App {
    /// Issues (or imports) a license to a registered enterprise.
    pub async fn issue_license(
        &self,
        principal: &Principal,
        input: IssueLicense,
    ) -> Result<LicenseRecord, AppError> {
        let operation = if input.import { Operation::ImportLicense } else { Operation::IssueLicense };
        let mut work = self.begin(principal, operation).await?;
        let today = work.today;
        let owner = enterprise::by_id(work.tx(), input.enterprise_id)
            .await?
            .ok_or(AppError::NotFound { what: "enterprise" })?;
        let resource = Resource::Enterprise { id: owner.id, region: owner.base.region };
        allow(principal, Action::IssueLicense, &resource, "enterprise")?;
        if !input.import && input.status.is_some() {
            return Err(AppError::refused(
                Code::Domain(ErrorCode::IllegalStatusTransition),
                "status",
                "a newly issued license is always valid; status may only be given when importing",
            ));
        }
        let new = NewLicense::parse(
            self.industry_catalogue(),
            &input.number,
            &input.industry,
            &input.product_unit,
            input.issued_on,
            input.expires_on,
            input.status,
            &owner.base.region,
        )?;
        if new.validity.issued_on > today {
            return Err(AppError::refused(
                Code::Domain(ErrorCode::InvalidDateRange),
                "issuedOn",
                format!("the issue date {} is in the future", new.validity.issued_on),
            ));
        }
        if new.validity.is_expired_on(today) {
            return Err(AppError::refused(
                Code::Domain(ErrorCode::InvalidDateRange),
                "expiresOn",
                format!(
                    "the license expired on {}; only licenses still in force can be entered",
                    new.validity.expires_on
                ),
            ));
        }
        if license::by_number(work.tx(), &Scope::Everything, &new.number).await?.is_some() {
            return Err(duplicate_number(&new.number));
        }
        let record = match license::insert(work.tx(), owner.id, &new, work.now).await {
            Err(StorageError::Conflict(_)) => return Err(duplicate_number(&new.number)),
            other => other?,
        };
        let (entry, fact, occurred_at) = if input.import {
            // An imported license entered the archive when it was issued, not today.
            let issued_at =
                new.validity.issued_on.and_time(NaiveTime::MIN).and_local_timezone(CHINA).single();
            (
                LicenseCopyEntry::imported(&new.validity),
                ArchiveFact::LicenseImported(&new),
                issued_at.map_or(work.now, |t| t.to_utc()),
            )
        } else {
            (LicenseCopyEntry::issued(&new.validity), ArchiveFact::LicenseIssued(&new), work.now)
        };
        license::append_copy_entry(work.tx(), record.id, &entry, work.now).await?;
        if new.status != LicenseStatus::Valid {
            // An imported license that arrives suspended: since when, the earlier system does not
            // say; the history holds it from the day it was entered here (docs/adr/0009, 18).
            let change = StatusChange { status: new.status, effective_on: work.today };
            license::record_status_changes(work.tx(), &[(record.id, change)], work.now).await?;
        }
        work.archive_at(owner.id, Some(record.id), fact, occurred_at);
        let industry = new.industry.code.clone();
        crate::review::join_open_year(&mut work, owner.base.region, record.id, owner.id, &industry).await?;
        work.touch([ObjectRef::of(record.id), ObjectRef::of(owner.id)]);
        work.commit(None, Some(audit::license_state(&record))).await?;
        Ok(record)
    }

    /// Moves a license to another status (suspend for rectification, revoke,
    /// cancel, expire, resume), with the reason on the copy and in the archive.
    pub async fn change_license_status(
        &self,
        principal: &Principal,
        input: ChangeLicenseStatus,
    ) -> Result<LicenseRecord, AppError> {
        let number = LicenseNumber::parse(&input.number)?;
        let reason = parse_reason(&input.reason)?;
        let mut work = self.begin(principal, Operation::ChangeLicenseStatus).await?;
        let today = work.today;
        let current = license::by_number(work.tx(), &Scope::Everything, &number)
            .await?
            .ok_or(AppError::NotFound { what: "license" })?;
        let owner = enterprise::by_id(work.tx(), current.enterprise_id)
            .await?
            .ok_or(AppError::NotFound { what: "license" })?;
        let resource = Resource::Enterprise { id: owner.id, region: owner.base.region };
        allow(principal, Action::ChangeLicenseStatus(input.to), &resource, "license")?;
        let to = current.status.transition(input.to)?;
        // The calendar constrains two moves: a license cannot be declared expired
        // before its expiry date, nor brought back into force after it.
        if to == LicenseStatus::Expired && !current.validity.is_expired_on(today) {
            return Err(AppError::refused(
                Code::Domain(ErrorCode::IllegalStatusTransition),
                "status",
                format!(
                    "the license is valid until {}; it cannot be marked expired before then",
                    current.validity.expires_on
                ),
            ));
        }
        if to == LicenseStatus::Valid && current.validity.is_expired_on(today) {
            return Err(AppError::refused(
                Code::Domain(ErrorCode::IllegalStatusTransition),
                "status",
                format!(
                    "the license expired on {}; it cannot be made valid again",
                    current.validity.expires_on
                ),
            ));
        }
        let grounds = resumption_grounds_if_resuming(work.tx(), &current, to).await?;
        let changed = apply_license_status(&mut work, &current, to, &reason).await?;
        work.touch([ObjectRef::of(current.id), ObjectRef::of(current.enterprise_id)]);
        work.touch(grounds.map(ObjectRef::of));
        let (before, after) = (audit::license_state(&current), audit::license_state(&changed));
        work.commit(Some(before), Some(after)).await?;
        Ok(changed)
    }
}

/// When a suspended license is to resume production (SUSPENDED → VALID), the rectification
/// that grounds it (closed since the suspension), or the refusal; `None` for every other move.
async fn resumption_grounds_if_resuming(
    tx: &Tx,
    current: &LicenseRecord,
    to: LicenseStatus,
) -> Result<Option<RectificationId>, AppError> {
    if !(current.status == LicenseStatus::Suspended && to == LicenseStatus::Valid) {
        return Ok(None);
    }
    let since = license::status_since(tx, current.id).await?.unwrap_or(current.updated_at);
    let rectifications = rectification::rectifications_of_license(tx, current.id).await?;
    Ok(Some(resumption_grounds(since, &rectifications)?))
}

/// The license status path shared by `changeLicenseStatus` and the decision on a revocation
/// proposal: the status moves (refused if someone else moved it meanwhile), the copy (副本) gets
/// its entry and the archive its event; a license that ended closes its open revocation
/// proposals. Policy, transition rules and the audit record are the
/// caller's.
pub(crate) async fn apply_license_status(
    work: &mut Work<'_>,
    current: &LicenseRecord,
    to: LicenseStatus,
    reason: &str,
) -> Result<LicenseRecord, AppError> {
    let now = work.now;
    if !license::set_status(work.tx(), current.id, current.status, to, now).await? {
        return Err(AppError::concurrent("the license was changed by someone else meanwhile"));
    }
    let change = StatusChange { status: to, effective_on: work.today };
    license::record_status_changes(work.tx(), &[(current.id, change)], now).await?;
    license::append_copy_entry(
        work.tx(),
        current.id,
        &LicenseCopyEntry::status_changed(current.status, to, reason),
        now,
    )
    .await?;
    let fact =
        ArchiveFact::LicenseStatusChanged { number: &current.number, from: current.status, to, reason };
    work.archive(current.enterprise_id, Some(current.id), fact);
    if matches!(to, LicenseStatus::Revoked | LicenseStatus::Cancelled | LicenseStatus::Expired) {
        // A license that ended leaves nothing for a revocation proposal to decide: its open
        // proposals close in this transaction (ADR 0009 decision 23).
        let why = format!("the license was {} on {} ({reason})", to.label_en(), work.today);
        close_open_proposals(work, &[current.id], &why).await?;
        crate::review::leave_years(work, &[current.id], &why).await?;
    }
    Ok(LicenseRecord { status: to, updated_at: now, ..current.clone() })
}

/// Only a license in force on `day` — valid or suspended, and not past its last valid day — is
/// sampled (抽样) or inspected (巡查、回访); `field` names the input that chose it.
pub(crate) fn check_in_force(
    license: &LicenseRecord,
    day: NaiveDate,
    field: &'static str,
) -> Result<(), AppError> {
    let status = license.status.as_of(&license.validity, day);
    if matches!(status, LicenseStatus::Valid | LicenseStatus::Suspended) {
        return Ok(());
    }
    let expired = if status == license.status {
        String::new()
    } else {
        format!(" (its last valid day was {})", license.validity.expires_on)
    };
    Err(AppError::refused(
        Code::LicenseNotInForce,
        field,
        format!(
            "license {} is {}{expired} on {day}; only licenses in force are sampled or inspected",
            license.number,
            status.label_en()
        ),
    ))
}

fn duplicate_number(number: &LicenseNumber) -> AppError {
    AppError::refused(
        Code::DuplicateLicenseNumber,
        "number",
        format!("license number {} is already in the registry", number.core()),
    )
}
