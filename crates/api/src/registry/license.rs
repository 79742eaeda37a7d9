//! Production licenses (生产许可证) and their copy (副本) in GraphQL.

use async_graphql::{Context, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{LicenseCopyEntryRecord, LicenseRecord};

use crate::enums::{LicenseCopyEntryKindGql, LicenseStatusGql};
use crate::ids::{NodeType, global_id};
use crate::industry::Industry;
use crate::loaders::Loaders;
use crate::registry::enterprise::Enterprise;

/// A production license (生产许可证), valid five years from issue.
pub struct License(pub LicenseRecord);

#[Object]
impl License {
    pub async fn id(&self) -> async_graphql::ID {
        global_id(NodeType::License, self.0.id)
    }

    /// The number as printed, e.g. "(苏)XK06-001-00042".
    async fn number(&self) -> String {
        self.0.number.to_string()
    }

    /// The number without province prefix; unique in the registry.
    async fn core_number(&self) -> String {
        self.0.number.core()
    }

    /// The two-digit product category of the number (XK**06**-…).
    async fn category(&self) -> u8 {
        self.0.number.category()
    }

    async fn industry(&self) -> Industry {
        Industry::from_catalogue(self.0.industry)
    }

    /// The product unit (产品单元) the license covers.
    async fn product_unit(&self) -> &str {
        &self.0.product_unit
    }

    async fn issued_on(&self) -> NaiveDate {
        self.0.validity.issued_on
    }

    /// Last day the license is in force.
    async fn expires_on(&self) -> NaiveDate {
        self.0.validity.expires_on
    }

    async fn status(&self) -> LicenseStatusGql {
        self.0.status.into()
    }

    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }

    async fn enterprise(&self, ctx: &Context<'_>) -> async_graphql::Result<Enterprise> {
        let loaders = ctx.data::<Loaders>()?;
        let record = loaders.enterprise.load_one(self.0.enterprise_id).await?;
        record.map(Enterprise).ok_or_else(|| async_graphql::Error::new("the license's enterprise is missing"))
    }

    /// The license copy (副本): issue, status changes, and later annual stamps,
    /// patrol and follow-up entries, in the order written.
    async fn copy_entries(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<LicenseCopyEntry>> {
        let loaders = ctx.data::<Loaders>()?;
        let entries = loaders.copy_entries_of.load_one(self.0.id).await?;
        Ok(entries.unwrap_or_default().into_iter().map(LicenseCopyEntry::from).collect())
    }
}

/// One entry of the license copy (副本).
#[derive(SimpleObject)]
pub struct LicenseCopyEntry {
    pub kind: LicenseCopyEntryKindGql,
    pub text: String,
    pub recorded_at: DateTime<Utc>,
}

impl From<LicenseCopyEntryRecord> for LicenseCopyEntry {
    fn from(record: LicenseCopyEntryRecord) -> Self {
        LicenseCopyEntry {
            kind: record.entry.kind.into(),
            text: record.entry.text,
            recorded_at: record.recorded_at,
        }
    }
}
