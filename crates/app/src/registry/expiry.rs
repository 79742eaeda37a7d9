//! Recording license expiries (issue 11 item 15): a license past its last valid day is EXPIRED
//! for every rule as soon as the date passes (`LicenseStatus::as_of`); this records the
//! transition once — the stored status, a copy (副本) entry and an archive event per license,
//! and one audit record per run naming the licenses — in bulk statements; their open revocation
//! proposals close (MOOT) in one more. A second run finds
//! nothing to record and writes nothing.

use chrono::NaiveDate;
use oversight_domain::access::Organisation;
use oversight_domain::archive::ArchiveFact;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::registry::license::{LicenseStatus, StatusChange};
use oversight_domain::registry::license_copy::LicenseCopyEntry;
use oversight_domain::{ErrorCode, LicenseId};
use oversight_storage::registry::license;

use crate::testing::rectification::close_open_proposals;
use crate::{Action, App, AppError, Code, LicenseRecord, Principal, Resource, Scope, allow};

/// What one run recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LicenseExpiries {
    /// The day the run looked from: licenses whose last valid day is before it expired.
    pub as_of: NaiveDate,
    /// The licenses recorded EXPIRED by this run, as they are after it (id order).
    pub licenses: Vec<LicenseRecord>,
}

impl App {
    /// `oversight licenses expire`: the run acted by the platform over the whole registry, like
    /// `oversight bootstrap`, audited as the platform's.
    pub async fn record_license_expiries_as_platform(
        &self,
        as_of: Option<NaiveDate>,
    ) -> Result<LicenseExpiries, AppError> {
        let platform = crate::registry::authority::platform_principal("oversight licenses expire")?;
        self.record_license_expiries(&platform, as_of).await
    }

    /// Records EXPIRED every license inside the caller's reach whose stored status is VALID or
    /// SUSPENDED and whose last valid day is before `as_of` (default today; never after today:
    /// an expiry is recorded once it happened). The platform reaches the whole registry, a
    /// provincial or the national authority its jurisdiction.
    pub async fn record_license_expiries(
        &self,
        principal: &Principal,
        as_of: Option<NaiveDate>,
    ) -> Result<LicenseExpiries, AppError> {
        allow(principal, Action::RecordLicenseExpiries, &Resource::None, "license")?;
        let today = self.today();
        let as_of = as_of.unwrap_or(today);
        if as_of > today {
            return Err(AppError::invalid(
                Code::Domain(ErrorCode::InvalidDateRange),
                "asOf",
                format!("{as_of} is after today ({today}): an expiry is recorded once it happened"),
            ));
        }
        let scope = match principal.organisation {
            Organisation::Platform => Scope::Everything,
            _ => oversight_domain::access::read_scope(principal),
        };
        let mut work = self.begin(principal, Operation::RecordLicenseExpiries).await?;
        let expiring = license::expiring(work.tx(), &scope, as_of).await?;
        if expiring.is_empty() {
            // Nothing to record: the transaction is dropped unwritten, without an audit record,
            // so running again changes nothing.
            return Ok(LicenseExpiries { as_of, licenses: expiring });
        }
        let ids: Vec<LicenseId> = expiring.iter().map(|l| l.id).collect();
        let moved = license::mark_expired(work.tx(), &ids, work.now).await?;
        if usize::try_from(moved).ok() != Some(ids.len()) {
            return Err(AppError::concurrent("a license changed status meanwhile"));
        }
        // In the history, an expiry took effect on the day after the last valid day, however late
        // it is recorded: `License.statusOn` answers EXPIRED from that day.
        let changes: Vec<_> = expiring
            .iter()
            .map(|l| {
                let effective_on = l.validity.expires_on.succ_opt().unwrap_or(l.validity.expires_on);
                (l.id, StatusChange { status: LicenseStatus::Expired, effective_on })
            })
            .collect();
        license::record_status_changes(work.tx(), &changes, work.now).await?;
        let entries: Vec<_> = expiring
            .iter()
            .map(|l| (l.id, LicenseCopyEntry::expired(l.status, l.validity.expires_on)))
            .collect();
        license::append_copy_entries(work.tx(), &entries, work.now).await?;
        for l in &expiring {
            let fact = ArchiveFact::LicenseExpired {
                number: &l.number,
                from: l.status,
                expires_on: l.validity.expires_on,
            };
            work.archive(l.enterprise_id, Some(l.id), fact);
        }
        // Their open revocation proposals close with them, in one statement (ADR 0009 decision 23).
        let why = format!("the license expired (its last valid day passed; expiries recorded as of {as_of})");
        let closed = close_open_proposals(&mut work, &ids, &why).await?;
        crate::review::leave_years(&mut work, &ids, &why).await?;
        // Like a status change: each license and its enterprise, so each one's trail shows the run.
        work.touch(expiring.iter().flat_map(|l| [ObjectRef::of(l.id), ObjectRef::of(l.enterprise_id)]));
        let recorded: Vec<_> = expiring
            .iter()
            .map(|l| {
                serde_json::json!({ "licenseId": l.id, "number": l.number.to_string(), "from": l.status.as_str(),
                                    "expiresOn": l.validity.expires_on.to_string() })
            })
            .collect();
        let closed: Vec<_> = closed.iter().map(|p| p.id).collect();
        let after =
            serde_json::json!({ "asOf": as_of.to_string(), "expired": recorded, "proposalsClosed": closed });
        let now = work.now;
        work.commit(None, Some(after)).await?;
        let licenses = expiring
            .into_iter()
            .map(|l| LicenseRecord { status: LicenseStatus::Expired, updated_at: now, ..l })
            .collect();
        Ok(LicenseExpiries { as_of, licenses })
    }
}
