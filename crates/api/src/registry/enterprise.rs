//! Enterprises (获证企业) in GraphQL: the object, its connection and filter.

use crate::page::Connection;
use async_graphql::{Context, InputObject, Object};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{
    ArchiveFilter, EnterpriseFilter, EnterpriseOrder, EnterpriseRecord, ProposalFilter, RectificationFilter,
};
use oversight_domain::EnterpriseId;
use oversight_domain::archive::ArchiveEventKind;
use oversight_domain::industry::IndustryCatalogue;

use crate::archive::{ArchiveEvent, ArchiveTotal};
use crate::enums::{
    ArchiveEventKindGql, EnterpriseOrderFieldGql, EnterpriseScaleGql, LicenseStatusGql, OrderDirection,
    ProposalStatusGql, RectificationStatusGql,
};
use crate::error::{ApiError, ResultExt};
use crate::ids::{NodeType, archive_cursor, global_id, parse_archive_cursor};
use crate::loaders::{Loaders, NewestKey};
use crate::page::{connection, page_request};
use crate::registry::filter;
use crate::registry::license::License;
use crate::registry::region::Region;
use crate::testing::rectification::{
    ProposalFilterInput, ProposalTotal, Rectification, RevocationProposal, proposal_page, rectification_page,
};
use crate::testing::rectification_list::{RectificationOrderInput, RectificationTotal};

/// A licensed enterprise (获证企业) and its base data (§二(一)).
pub struct Enterprise(pub EnterpriseRecord);

/// A licensed enterprise (获证企业) and its base data (§二(一)), with its licenses, testing
/// tasks and quality archive.
#[Object]
impl Enterprise {
    /// Opaque global ID (Relay), for `node(id:)`.
    pub async fn id(&self) -> async_graphql::ID {
        global_id(NodeType::Enterprise, self.0.id)
    }

    /// Unified social credit code (统一社会信用代码, GB 32100).
    async fn credit_code(&self) -> &str {
        self.0.credit_code.as_str()
    }

    /// Name as on the business license (营业执照).
    async fn name(&self) -> &str {
        &self.0.base.name
    }

    /// Where the enterprise produces; decides which authorities supervise it.
    async fn region(&self) -> Region {
        Region(self.0.base.region)
    }

    /// Address of the production site.
    async fn address(&self) -> &str {
        &self.0.base.address
    }

    /// Size of the enterprise (企业规模).
    async fn scale(&self) -> EnterpriseScaleGql {
        self.0.base.scale.into()
    }

    /// Product varieties (品种).
    async fn products(&self) -> &[String] {
        &self.0.base.products
    }

    /// Production conditions (生产条件) as last reported.
    async fn production_conditions(&self) -> &str {
        &self.0.base.production_conditions
    }

    /// Inspection means (检验手段 inspection means): the enterprise's own testing equipment and
    /// staff, as last accepted.
    async fn inspection_means(&self) -> &str {
        &self.0.base.inspection_means
    }

    /// Technology and process (生产工艺 process), as last accepted.
    async fn process(&self) -> &str {
        &self.0.base.process
    }

    /// The enterprise's change requests (变更申请 change request), newest first. The requests of
    /// a whole page of enterprises are loaded in one batch.
    async fn change_requests(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<crate::registry::change_request::EnterpriseChangeRequest>> {
        let loaders = ctx.data::<Loaders>()?;
        let requests = loaders.change_requests_of.load_one(self.0.id).await?.unwrap_or_default();
        Ok(requests.into_iter().map(crate::registry::change_request::EnterpriseChangeRequest).collect())
    }

    /// The enterprise's periodic reports (企业定期报告 periodic report), newest quarter first. The
    /// reports of a whole page of enterprises are loaded in one batch.
    async fn periodic_reports(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<crate::enterprise_report::PeriodicReport>> {
        let loaders = ctx.data::<Loaders>()?;
        let reports = loaders.periodic_reports_of.load_one(self.0.id).await?.unwrap_or_default();
        Ok(reports.into_iter().map(crate::enterprise_report::PeriodicReport).collect())
    }

    /// When the enterprise entered the registry.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When its base data last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }

    /// Its current risk class (风险等级, 分类分级监管) with the breakdown that produced it; null
    /// until first assessed. The classes of a page of enterprises are one statement.
    async fn risk_class(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<crate::risk::RiskAssessment>> {
        let loaders = ctx.data::<Loaders>()?;
        Ok(loaders.risk_class_of.load_one(self.0.id).await?.map(Into::into))
    }

    /// Its risk classes as assessed over time, newest first (at most `first`, 1–100): with
    /// `asOf`, those stored at or before that instant — the first is then the class as of it.
    async fn risk_history(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only assessments stored at or before this instant.")] as_of: Option<DateTime<Utc>>,
        #[graphql(desc = "At most this many (1–100).", default = 20)] first: i32,
    ) -> async_graphql::Result<Vec<crate::risk::RiskAssessment>> {
        let (app, principal) = crate::error::caller(ctx)?;
        let first = u64::try_from(first.clamp(1, 100)).unwrap_or(20);
        let history = app.risk_history(principal, self.0.id, as_of, first).await.gql()?;
        Ok(history.into_iter().map(Into::into).collect())
    }

    /// Every production license (生产许可证) the enterprise holds or held, oldest first.
    async fn licenses(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<License>> {
        let loaders = ctx.data::<Loaders>()?;
        let licenses = loaders.licenses_of.load_one(self.0.id).await?;
        Ok(licenses.unwrap_or_default().into_iter().map(License).collect())
    }

    /// Its testing tasks (抽样/检验任务), newest first, optionally in one status. The tasks of a
    /// whole page of enterprises are loaded in one batch.
    async fn testing_tasks(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only tasks in this status.")] status: Option<crate::enums::TaskStatusGql>,
    ) -> async_graphql::Result<Vec<crate::testing::supervision::TestingTask>> {
        let loaders = ctx.data::<Loaders>()?;
        let tasks = loaders.testing_tasks_of.load_one(self.0.id).await?.unwrap_or_default();
        let status = status.map(oversight_domain::testing::supervision::TaskStatus::from);
        Ok(tasks
            .into_iter()
            .filter(|task| status.is_none_or(|s| task.status == s))
            .map(crate::testing::supervision::TestingTask)
            .collect())
    }

    /// The enterprise's rectifications (整改), as `rectifications` lists them with the enterprise
    /// fixed: the same scope (officers of its jurisdiction, the enterprise itself), orders and
    /// keyset cursors. The first page (`first`, no cursor) and `totalCount` of a whole page of
    /// enterprises are one statement each; a later page is one per enterprise.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    // Each GraphQL argument is a Rust argument: that is how async-graphql declares them.
    #[allow(clippy::too_many_arguments)]
    async fn rectifications(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only rectifications in this status.")] status: Option<RectificationStatusGql>,
        #[graphql(
            default,
            desc = "Only those past their deadline without a re-check (the officer's queue)."
        )]
        overdue: bool,
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
            RectificationOrderInput,
        >,
    ) -> async_graphql::Result<Connection<String, Rectification, RectificationTotal>> {
        let (app, _) = crate::error::caller(ctx)?;
        let filter = RectificationFilter {
            status: status.map(Into::into),
            overdue_on: overdue.then(|| app.today()),
            enterprise_id: Some(self.0.id),
            ..RectificationFilter::default()
        };
        rectification_page(ctx, filter, order_by, first, after, last, before).await
    }

    /// The enterprise's revocation proposals (吊销建议), as `revocationProposals` lists them with
    /// the enterprise fixed: the same scope and id-order keyset cursors. The first page (`first`,
    /// no cursor) and `totalCount` of a whole page of enterprises are one statement each; a later
    /// page is one per enterprise.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    // Each GraphQL argument is a Rust argument: that is how async-graphql declares them.
    #[allow(clippy::too_many_arguments)]
    async fn revocation_proposals(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only proposals in this status.")] status: Option<ProposalStatusGql>,
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
        #[graphql(desc = "Which proposals to list (when they were raised); all when absent.")] filter: Option<
            ProposalFilterInput,
        >,
    ) -> async_graphql::Result<Connection<String, RevocationProposal, ProposalTotal>> {
        let filter =
            ProposalFilter { enterprise_id: Some(self.0.id), ..filter.unwrap_or_default().parse(status)? };
        proposal_page(ctx, filter, first, after, last, before).await
    }

    /// The quality archive (企业质量档案): every recorded fact about the enterprise,
    /// newest first, optionally of some kinds and of a range of days (China time, both
    /// included, as the other day filters). The first page of many enterprises is loaded in one
    /// batch (one window-function statement, with or without a range).
    /// Priced by page size (GitHub's rule): `first` or `last`, clamped to 1–100,
    /// times the cost of one node.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    // Each GraphQL argument is a Rust argument: that is how async-graphql declares them.
    #[allow(clippy::too_many_arguments)]
    async fn archive(
        &self,
        ctx: &Context<'_>,
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
        #[graphql(desc = "Only events of these kinds (all when absent or empty).")] kinds: Option<
            Vec<ArchiveEventKindGql>,
        >,
        #[graphql(desc = "Only events that occurred on or after this day (China time).")] from: Option<
            NaiveDate,
        >,
        #[graphql(desc = "Only events that occurred on or before this day (China time).")] to: Option<
            NaiveDate,
        >,
    ) -> async_graphql::Result<Connection<String, ArchiveEvent, ArchiveTotal>> {
        let paging = (first, after, last, before);
        archive_page(ctx, self.0.id, paging, kinds, (from, to)).await
    }

    /// The documents in its file (附件 attachment), oldest first. Keyset-paged.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    async fn attachments(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, crate::attachment::Attachment, AttachmentTotal>> {
        let request = page_request(first, after, last, before, crate::ids::parse_id_cursor)?;
        let (app, principal) = crate::error::caller(ctx)?;
        let page = app.attachments_of_enterprise(principal, self.0.id, &request).await.gql()?;
        let total = AttachmentTotal { enterprise_id: self.0.id };
        Ok(connection(page, total, |a| crate::ids::id_cursor(a.id), crate::attachment::Attachment))
    }
}

/// The number of attachments in an enterprise's file.
pub struct AttachmentTotal {
    enterprise_id: oversight_domain::EnterpriseId,
}

#[Object]
impl AttachmentTotal {
    /// How many attachments the file holds (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = crate::error::caller(ctx)?;
        app.count_attachments_of_enterprise(principal, self.enterprise_id).await.gql()
    }
}

/// The number of enterprises matching a filter, computed only when asked for.
pub struct EnterpriseTotal {
    pub filter: EnterpriseFilter,
}

#[Object]
impl EnterpriseTotal {
    /// How many enterprises match the filter (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = crate::error::caller(ctx)?;
        app.count_enterprises(principal, &self.filter).await.gql()
    }
}

/// Filters for `enterprises`; all given filters must hold.
#[derive(InputObject, Default)]
pub struct EnterpriseFilterInput {
    /// Region code prefix: "32" (Jiangsu), "3201" (Nanjing), "320102", or a full
    /// province/city code such as "320100".
    pub region_prefix: Option<String>,
    /// Has a license in this industry (e.g. "wire-cable").
    pub industry: Option<String>,
    /// Has a license in this status.
    pub license_status: Option<LicenseStatusGql>,
    /// Name contains this text (literal; at most 100 characters).
    pub name_contains: Option<String>,
}

impl EnterpriseFilterInput {
    pub fn parse(self, catalogue: &IndustryCatalogue) -> Result<EnterpriseFilter, ApiError> {
        Ok(EnterpriseFilter {
            region_range: filter::region_range(self.region_prefix, "regionPrefix")?,
            industry: filter::industry_code(catalogue, self.industry, "industry")?,
            license_status: self.license_status.map(Into::into),
            name_contains: filter::contains(self.name_contains, "nameContains")?,
        })
    }
}

/// `first`, `after`, `last`, `before` of a connection.
pub(crate) type Paging = (Option<i32>, Option<String>, Option<i32>, Option<String>);

/// A page of an enterprise's archive (`Enterprise.archive`, `AnnualReview.archiveOfTheYear`):
/// of some kinds, within a range of days.
pub(crate) async fn archive_page(
    ctx: &Context<'_>,
    enterprise_id: EnterpriseId,
    (first, after, last, before): Paging,
    kinds: Option<Vec<ArchiveEventKindGql>>,
    (from, to): (Option<NaiveDate>, Option<NaiveDate>),
) -> async_graphql::Result<Connection<String, ArchiveEvent, ArchiveTotal>> {
    let mut kinds: Vec<ArchiveEventKind> = kinds.unwrap_or_default().into_iter().map(Into::into).collect();
    kinds.sort_by_key(|k| k.as_str());
    kinds.dedup();
    filter::day_range(from, to, ("from", "to")).map_err(|e| e.with_field("to"))?;
    let (from, until) = filter::china_instants(from, to);
    let archive_filter = ArchiveFilter { kinds, from, until };
    let request = page_request(first, after, last, before, parse_archive_cursor)?;
    let total = ArchiveTotal { enterprise_id, filter: archive_filter.clone() };
    let page = match crate::page::first_only(&request) {
        // The common case — the newest events of each enterprise on a page —
        // goes through a loader so a page of enterprises costs one statement.
        Some(n) => {
            let key = NewestKey { enterprise_id, n: n + 1, filter: archive_filter };
            let events = ctx.data::<Loaders>()?.newest_archive.load_one(key).await?;
            crate::page::first_page(events.unwrap_or_default(), n)
        }
        None => {
            let (app, principal) = crate::error::caller(ctx)?;
            app.archive(principal, enterprise_id, &archive_filter, &request).await.gql()?
        }
    };
    Ok(connection(page, total, |e| archive_cursor(e.key()), ArchiveEvent))
}

/// How `enterprises` is sorted.
#[derive(InputObject)]
pub struct EnterpriseOrderInput {
    /// The field sorted by.
    pub field: EnterpriseOrderFieldGql,
    /// Ascending (default) or descending.
    #[graphql(default)]
    pub direction: OrderDirection,
}

impl EnterpriseOrderInput {
    /// The storage order: the field and whether it runs descending (default: registration order).
    pub fn parse(order: Option<EnterpriseOrderInput>) -> (EnterpriseOrder, bool) {
        order.map_or((EnterpriseOrder::Id, false), |o| (o.field.into(), o.direction == OrderDirection::Desc))
    }
}
