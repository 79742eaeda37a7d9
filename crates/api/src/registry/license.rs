//! Production licenses (生产许可证) and their copy (副本) in GraphQL.

use async_graphql::{Context, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{LicenseCopyEntryRecord, LicenseFilter, LicenseOrder, LicenseRecord};
use oversight_domain::industry::IndustryCatalogue;
use oversight_domain::registry::license::status_on;

use crate::enums::{LicenseCopyEntryKindGql, LicenseOrderFieldGql, LicenseStatusGql, OrderDirection};
use crate::error::{ApiError, ResultExt, caller};
use crate::ids::{NodeType, global_id};
use crate::industry::Industry;
use crate::loaders::Loaders;
use crate::registry::enterprise::Enterprise;
use crate::registry::filter;

/// A production license (生产许可证), valid five years from issue.
pub struct License(pub LicenseRecord);

/// A production license (生产许可证), valid five years from issue.
#[Object]
impl License {
    /// Opaque global ID (Relay), for `node(id:)`.
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

    /// The latest re-review (重新审查 re-review) an accepted enterprise change required (§二(三)
    /// item 2); null when none ever did.
    async fn re_review(&self) -> Option<crate::registry::change_request::ReReview> {
        self.0.re_review.clone().map(crate::registry::change_request::ReReview)
    }

    /// The testing tasks (抽样/检验任务) that sampled this license, as `testingTasks` lists them
    /// with the license fixed: the same scope (an institution its own tasks, officers their
    /// jurisdiction's, the enterprise its own), orders and keyset cursors. The first page
    /// (`first`, no cursor) and `totalCount` of a whole page of licenses are one statement each;
    /// a later page is one per license.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    // Each GraphQL argument is a Rust argument: that is how async-graphql declares them.
    #[allow(clippy::too_many_arguments)]
    async fn testing_tasks(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only tasks in this status.")] status: Option<crate::enums::TaskStatusGql>,
        #[graphql(desc = "Return the first n items (after `after`, if given); default 20, at most 100.")]
        first: Option<i32>,
        #[graphql(desc = "Return the items after this cursor (an edge's `cursor` or `pageInfo.endCursor`).")]
        after: Option<String>,
        #[graphql(desc = "Return the last n items (before `before`, if given); at most 100.")] last: Option<
            i32,
        >,
        #[graphql(
            desc = "Return the items before this cursor (an edge's `cursor` or `pageInfo.startCursor`)."
        )]
        before: Option<String>,
        #[graphql(desc = "The order; default opening order, ascending.")] order_by: Option<
            crate::testing::task_list::TestingTaskOrderInput,
        >,
    ) -> async_graphql::Result<
        crate::page::Connection<
            String,
            crate::testing::supervision::TestingTask,
            crate::testing::task_list::TaskTotal,
        >,
    > {
        let filter = oversight_app::TaskFilter {
            status: status.map(Into::into),
            license_id: Some(self.0.id),
            ..oversight_app::TaskFilter::default()
        };
        crate::testing::supervision::task_page(ctx, filter, order_by, first, after, last, before).await
    }

    /// The two-digit product category of the number (XK**06**-…).
    async fn category(&self) -> u8 {
        self.0.number.category()
    }

    /// The industry (行业) the license is issued in; a stored code that no plugin or catalogue
    /// entry declares any more shows with source UNKNOWN.
    async fn industry(&self, ctx: &Context<'_>) -> async_graphql::Result<Industry> {
        let (app, _) = crate::error::caller(ctx)?;
        Ok(Industry(app.resolve_industry(&self.0.industry)))
    }

    /// The product unit (产品单元) the license covers.
    async fn product_unit(&self) -> &str {
        &self.0.product_unit
    }

    /// The day it was issued (发证日期).
    async fn issued_on(&self) -> NaiveDate {
        self.0.validity.issued_on
    }

    /// Last day the license is in force.
    async fn expires_on(&self) -> NaiveDate {
        self.0.validity.expires_on
    }

    /// The status on the supervision calendar's today: past its last valid day a license is
    /// EXPIRED even before anyone records the expiry.
    async fn status(&self, ctx: &Context<'_>) -> async_graphql::Result<LicenseStatusGql> {
        let (app, _) = caller(ctx)?;
        Ok(self.0.status.as_of(&self.0.validity, app.today()).into())
    }

    /// The status it had on `date` (a day of the supervision calendar), from its status history:
    /// null before it was issued; VALID until its first change; a suspension, resumption,
    /// revocation or cancellation from the day it was decided; EXPIRED from the day after its last
    /// valid day, whenever the expiry was recorded.
    async fn status_on(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The day, YYYY-MM-DD (China).")] date: NaiveDate,
    ) -> async_graphql::Result<Option<LicenseStatusGql>> {
        let loaders = ctx.data::<Loaders>()?;
        let history = loaders.status_history_of.load_one(self.0.id).await?.unwrap_or_default();
        let history: Vec<_> = history.into_iter().map(|entry| entry.change).collect();
        Ok(status_on(&self.0.validity, &history, date).map(Into::into))
    }

    /// When its record last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }

    /// The enterprise holding it.
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
    /// What the entry records.
    pub kind: LicenseCopyEntryKindGql,
    /// The entry as written on the copy.
    pub text: String,
    /// When it was written.
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

/// Filters for `licenses`; all given filters must hold.
#[derive(InputObject, Default)]
pub struct LicenseFilterInput {
    /// The status on the supervision calendar's today: a license past its last valid day is
    /// EXPIRED whatever was recorded.
    pub status: Option<LicenseStatusGql>,
    /// Industry code (e.g. "wire-cable").
    pub industry: Option<String>,
    /// The holder's region: a code prefix such as "32" (Jiangsu) or "3201" (Nanjing).
    pub region_prefix: Option<String>,
    /// Last valid day on or after this date ("expiring between").
    pub expires_from: Option<NaiveDate>,
    /// Last valid day on or before this date.
    pub expires_to: Option<NaiveDate>,
    /// The core number or the holder's name contains this text (literal; at most 100 characters).
    pub search: Option<String>,
}

impl LicenseFilterInput {
    /// The storage filter, with statuses judged on `today`.
    pub fn parse(self, catalogue: &IndustryCatalogue, today: NaiveDate) -> Result<LicenseFilter, ApiError> {
        filter::day_range(self.expires_from, self.expires_to, ("expiresFrom", "expiresTo"))?;
        Ok(LicenseFilter {
            status: self.status.map(Into::into),
            today,
            industry: filter::industry_code(catalogue, self.industry, "industry")?,
            region_range: filter::region_range(self.region_prefix, "regionPrefix")?,
            expires_from: self.expires_from,
            expires_to: self.expires_to,
            search: filter::contains(self.search, "search")?,
        })
    }
}

/// How `licenses` is sorted.
#[derive(InputObject)]
pub struct LicenseOrderInput {
    /// The field sorted by.
    pub field: LicenseOrderFieldGql,
    /// Ascending (default) or descending.
    #[graphql(default)]
    pub direction: OrderDirection,
}

impl LicenseOrderInput {
    /// The storage order: the field and whether it runs descending (default: issue order).
    pub fn parse(order: Option<LicenseOrderInput>) -> (LicenseOrder, bool) {
        order.map_or((LicenseOrder::Id, false), |o| (o.field.into(), o.direction == OrderDirection::Desc))
    }
}

/// The connection-level fields of `licenses`.
pub struct LicenseTotal {
    pub filter: LicenseFilter,
}

#[Object]
impl LicenseTotal {
    /// How many licenses match the filter (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_licenses(principal, &self.filter).await.gql()
    }
}
