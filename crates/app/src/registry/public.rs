//! The public license lookup (公示): anyone may check a license by the number printed on the
//! packaging — a consumer, a retailer, an officer on patrol. It needs no principal and answers
//! only what a license's face already shows.

use chrono::NaiveDate;
use oversight_domain::LicenseStatus;
use oversight_domain::registry::license_number::LicenseNumber;
use oversight_storage::registry::{enterprise, license};

use crate::{App, AppError, Scope};

/// What the public may know of a license: its face, and its status as of today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicLicense {
    /// The number as issued (with its province prefix when it has one).
    pub number: String,
    /// The holder (the enterprise's registered name).
    pub holder: String,
    pub product_unit: String,
    /// The industry's Chinese name (the catalogue's 产品名称).
    pub industry: String,
    /// The status on the supervision calendar's today: a license past its last valid day shows
    /// EXPIRED even before anyone records it.
    pub status: LicenseStatus,
    pub issued_on: NaiveDate,
    pub expires_on: NaiveDate,
}

impl App {
    /// The license with this number, as the public may see it; `None` when there is none. A
    /// malformed number is refused with the code of the number's own check.
    pub async fn public_license(&self, number: &str) -> Result<Option<PublicLicense>, AppError> {
        let number = LicenseNumber::parse(number)?;
        let Some(record) = license::by_number(self.store(), &Scope::Everything, &number).await? else {
            return Ok(None);
        };
        let Some(holder) = enterprise::by_id(self.store(), record.enterprise_id).await? else {
            return Ok(None);
        };
        Ok(Some(PublicLicense {
            number: record.number.to_string(),
            holder: holder.base.name,
            product_unit: record.product_unit,
            industry: self.resolve_industry(&record.industry).name_zh,
            status: record.status.as_of(&record.validity, self.today()),
            issued_on: record.validity.issued_on,
            expires_on: record.validity.expires_on,
        }))
    }
}
