//! Key-industry campaigns (专项整治 key-industry campaign, §三, docs/adr/0038): the `Campaign`
//! node with its coverage per region and the enterprises not yet patrolled, `campaigns`, and the
//! mutations that open, amend, close and cancel a campaign.

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{CampaignCoverageRow, CampaignFilter, CampaignRecord, CampaignSpecInput};
use oversight_domain::campaign::{CampaignPhase, CampaignStatus};
use oversight_domain::{CampaignId, ErrorCode, FieldError, RegionCode};

use crate::enums::mirror;
use crate::error::{ApiError, ResultExt, caller};
use crate::ids::{NodeType, global_id, id_cursor, parse_id_cursor, parse_numeric_id};
use crate::loaders::load;
use crate::page::{Connection, connection, page_request};
use crate::query::field_error;
use crate::registry::authority::Authority;
use crate::registry::enterprise::Enterprise;
use crate::registry::region::Region;

pub mod meeting;

mirror! {
    /// Where a campaign stands as stored (the phase splits OPEN by its dates).
    CampaignStatusGql as "CampaignStatus" <=> CampaignStatus {
        /// Opened, neither closed nor cancelled.
        Open,
        /// Closed with its summary after the period. Final.
        Closed,
        /// Cancelled with a reason: it intensifies no patrol plan. Final.
        Cancelled,
    }
}

mirror! {
    /// Where a campaign stands today.
    CampaignPhaseGql as "CampaignPhase" <=> CampaignPhase {
        /// Open, before its first day: it may still be amended.
        Planned,
        /// Open, inside its period.
        InProgress,
        /// Open, the period over: waiting for its summary (总结 summary).
        Ended,
        /// Closed with its summary.
        Closed,
        /// Cancelled with a reason.
        Cancelled,
    }
}

pub struct Campaign(pub CampaignRecord);

/// A key-industry campaign (专项整治 key-industry campaign, §三): industries, regions and a
/// period in which the patrol visits owed by the enterprises covered are multiplied by its
/// factor.
#[Object]
impl Campaign {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        global_id(NodeType::Campaign, self.0.id)
    }
    /// The title.
    async fn title(&self) -> &str {
        &self.0.campaign.spec.title
    }
    /// Where it stands as stored.
    async fn status(&self) -> CampaignStatusGql {
        self.0.campaign.status.into()
    }
    /// Where it stands today (planned, in progress and ended are read from the dates).
    async fn phase(&self, ctx: &Context<'_>) -> async_graphql::Result<CampaignPhaseGql> {
        let (app, _) = caller(ctx)?;
        Ok(self.0.campaign.phase(app.today()).into())
    }
    /// The catalogue industries it names.
    async fn industries(&self) -> &[String] {
        &self.0.campaign.spec.industries
    }
    /// The regions it names.
    async fn regions(&self) -> Vec<Region> {
        self.0.campaign.spec.regions.iter().copied().map(Region).collect()
    }
    /// Its first day.
    async fn starts_on(&self) -> NaiveDate {
        self.0.campaign.spec.starts_on
    }
    /// Its last day.
    async fn ends_on(&self) -> NaiveDate {
        self.0.campaign.spec.ends_on
    }
    /// The intensification factor (2–4): the patrol visits owed inside it are multiplied by it.
    async fn factor(&self) -> u32 {
        self.0.campaign.spec.factor
    }
    /// The authority that opened it.
    async fn authority(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Authority>> {
        Ok(load(ctx, |l| &l.authority, self.0.campaign.authority_id).await?.map(Authority))
    }
    /// The day it was closed or cancelled.
    async fn closed_on(&self) -> Option<NaiveDate> {
        self.0.campaign.closed_on
    }
    /// The summary of a closed campaign, or the reason of a cancelled one.
    async fn close_note(&self) -> Option<&str> {
        self.0.campaign.close_note.as_deref()
    }
    /// Coverage today, one row per region named: the enterprises holding a license in force of
    /// a campaign industry there, and those with a patrol (巡查 patrol) of one inside the period.
    async fn coverage(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<CampaignCoverage>> {
        let rows = load(ctx, |l| &l.campaign_coverage, self.0.id).await?.unwrap_or_default();
        Ok(rows.into_iter().map(CampaignCoverage).collect())
    }
    /// The enterprises a region of the campaign covers that no patrol reached yet (within the
    /// caller's registry reach), by id.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    #[allow(clippy::too_many_arguments)] // a GraphQL field's arguments are its parameters
    async fn unpatrolled_enterprises(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "A region the campaign names, or one inside it (GB/T 2260 code).")]
        region_code: String,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, CampaignTarget, UnpatrolledTotal>> {
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let region = self.region_of(&region_code)?;
        let (app, principal) = caller(ctx)?;
        let page = app.campaign_unpatrolled(principal, &self.0.campaign, region, &request).await.gql()?;
        let loads = page.items.iter().map(|id| load(ctx, |l| &l.enterprise, *id));
        let records = futures_util::future::try_join_all(loads).await?;
        let items =
            page.items.iter().copied().zip(records).filter_map(|(id, r)| r.map(|r| (id, r))).collect();
        let page = oversight_app::Page {
            items,
            has_previous_page: page.has_previous_page,
            has_next_page: page.has_next_page,
        };
        let total = UnpatrolledTotal { campaign: self.0.campaign.clone(), region };
        Ok(connection(page, total, |(id, _)| id_cursor(id), |(_, record)| CampaignTarget(record)))
    }
    /// The industry rectification meetings (行业整顿会议 rectification meeting) convened in it,
    /// newest first.
    async fn meetings(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<meeting::RectificationMeeting>> {
        let records = load(ctx, |l| &l.campaign_meetings, self.0.id).await?.unwrap_or_default();
        Ok(records.into_iter().map(meeting::RectificationMeeting).collect())
    }
    /// Who opened it.
    async fn opened_by(&self) -> &str {
        &self.0.opened_by
    }
    /// When it was stored.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

impl Campaign {
    /// `code` parsed, when a region of the campaign holds it.
    fn region_of(&self, code: &str) -> Result<RegionCode, ApiError> {
        let region = RegionCode::parse(code).map_err(|e| field_error(e, "regionCode"))?;
        if self.0.campaign.spec.regions.iter().any(|named| named.contains(&region)) {
            return Ok(region);
        }
        let message = format!("{region} lies in no region of the campaign");
        Err(field_error(FieldError::new(ErrorCode::InvalidCampaign, "regionCode", message), "regionCode"))
    }
}

pub struct CampaignTarget(oversight_app::EnterpriseRecord);

/// An enterprise a campaign covers (a license in force of a campaign industry in its regions).
#[Object]
impl CampaignTarget {
    /// The enterprise.
    async fn enterprise(&self) -> Enterprise {
        Enterprise(self.0.clone())
    }
}

pub struct UnpatrolledTotal {
    campaign: oversight_domain::campaign::Campaign,
    region: RegionCode,
}

#[Object]
impl UnpatrolledTotal {
    /// How many enterprises are not patrolled yet (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_campaign_unpatrolled(principal, &self.campaign, self.region).await.gql()
    }
}

pub struct CampaignCoverage(CampaignCoverageRow);

/// One region's coverage in a campaign (覆盖率 coverage).
#[Object]
impl CampaignCoverage {
    /// The region.
    async fn region(&self) -> Region {
        Region(self.0.region)
    }
    /// Enterprises holding a license in force of a campaign industry in the region.
    async fn enterprises(&self) -> u64 {
        self.0.coverage.enterprises
    }
    /// Of them, those with at least one patrol of a campaign industry inside the period.
    async fn patrolled(&self) -> u64 {
        self.0.coverage.patrolled
    }
    /// Patrolled as a percentage, rounded down (100 without enterprises).
    async fn percent(&self) -> u64 {
        self.0.coverage.percent()
    }
}

/// A campaign as the authority asks it (opening and amending alike).
#[derive(InputObject)]
#[graphql(name = "CampaignInput")]
pub struct CampaignInputGql {
    /// The title, 2–100 characters.
    pub title: String,
    /// Catalogue industries (`industries` lists them): at least one.
    pub industries: Vec<String>,
    /// Regions (GB/T 2260) inside the caller's jurisdiction, none inside another: at least one.
    pub region_codes: Vec<String>,
    /// The first day.
    pub starts_on: NaiveDate,
    /// The last day: not before the first, within twelve months of it, not in the past.
    pub ends_on: NaiveDate,
    /// The intensification factor, a whole number from 2 to 4.
    pub factor: i64,
}

impl From<CampaignInputGql> for CampaignSpecInput {
    fn from(input: CampaignInputGql) -> CampaignSpecInput {
        CampaignSpecInput {
            title: input.title,
            industries: input.industries,
            region_codes: input.region_codes,
            starts_on: input.starts_on,
            ends_on: input.ends_on,
            factor: input.factor,
        }
    }
}

/// What the campaigns list is narrowed to.
#[derive(InputObject, Default)]
pub struct CampaignFilterInput {
    /// Only those in this stored status.
    pub status: Option<CampaignStatusGql>,
    /// Only those opened by this authority.
    pub authority_id: Option<ID>,
    /// Only those naming this industry.
    pub industry: Option<String>,
}

impl CampaignFilterInput {
    /// The list's filter as the app reads it (also the CAMPAIGNS export's).
    pub(crate) fn into_filter(self) -> Result<CampaignFilter, ApiError> {
        Ok(CampaignFilter {
            status: self.status.map(Into::into),
            authority_id: self
                .authority_id
                .map(|id| parse_numeric_id(&id, NodeType::Authority, "filter.authorityId"))
                .transpose()?,
            industry: self.industry,
        })
    }
}

/// The campaign after the step.
#[derive(SimpleObject)]
pub struct CampaignPayload {
    /// The campaign.
    pub campaign: Campaign,
}

pub struct CampaignTotal {
    filter: CampaignFilter,
}

#[Object]
impl CampaignTotal {
    /// How many campaigns match (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_campaigns(principal, &self.filter).await.gql()
    }
}

fn parse_campaign_id(id: &ID, field: &'static str) -> Result<CampaignId, ApiError> {
    parse_numeric_id(id, NodeType::Campaign, field)
}

#[derive(Default)]
pub struct CampaignQuery;

#[Object]
impl CampaignQuery {
    /// Key-industry campaigns (专项整治 key-industry campaign) whose regions overlap the caller's
    /// jurisdiction (the national authority: all), newest first. For officers and auditors;
    /// others FORBIDDEN.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    #[allow(clippy::too_many_arguments)] // a GraphQL field's arguments are its parameters
    async fn campaigns(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to narrow the list to.", default)] filter: CampaignFilterInput,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, Campaign, CampaignTotal>> {
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let filter = filter.into_filter()?;
        let (app, principal) = caller(ctx)?;
        let page = app.campaigns(principal, &filter, &request).await.gql()?;
        Ok(connection(page, CampaignTotal { filter }, |r| id_cursor(r.id), Campaign))
    }
}

#[derive(Default)]
pub struct CampaignMutation;

#[Object]
impl CampaignMutation {
    /// Opens a key-industry campaign (专项整治 key-industry campaign) of the caller's authority
    /// over regions of its jurisdiction: a provincial or municipal authority's head or leader in
    /// charge. INVALID_CAMPAIGN, UNKNOWN_INDUSTRY, INVALID_TEXT, OUT_OF_JURISDICTION, FORBIDDEN.
    async fn open_campaign(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The campaign.")] input: CampaignInputGql,
    ) -> async_graphql::Result<CampaignPayload> {
        let (app, principal) = caller(ctx)?;
        let record = app.open_campaign(principal, &input.into()).await.gql_input("input")?;
        Ok(CampaignPayload { campaign: Campaign(record) })
    }

    /// Replaces a planned campaign's specification (before its first day): its authority's head
    /// or leader in charge. ILLEGAL_CAMPAIGN_TRANSITION, INVALID_CAMPAIGN, UNKNOWN_INDUSTRY,
    /// INVALID_TEXT, OUT_OF_JURISDICTION, FORBIDDEN, NOT_FOUND.
    async fn amend_campaign(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The campaign.")] campaign_id: ID,
        #[graphql(desc = "The campaign as it should be.")] input: CampaignInputGql,
    ) -> async_graphql::Result<CampaignPayload> {
        let id = parse_campaign_id(&campaign_id, "campaignId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.amend_campaign(principal, id, &input.into()).await.gql_input("input")?;
        Ok(CampaignPayload { campaign: Campaign(record) })
    }

    /// Closes an ended campaign with its summary (总结 summary): its authority's head or leader
    /// in charge. ILLEGAL_CAMPAIGN_TRANSITION, INVALID_TEXT, FORBIDDEN, NOT_FOUND.
    async fn close_campaign(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The campaign.")] campaign_id: ID,
        #[graphql(desc = "The summary, 2–2000 characters.")] summary: String,
    ) -> async_graphql::Result<CampaignPayload> {
        let id = parse_campaign_id(&campaign_id, "campaignId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.close_campaign(principal, id, &summary).await.gql()?;
        Ok(CampaignPayload { campaign: Campaign(record) })
    }

    /// Cancels a campaign that has not closed, with the reason: it stops intensifying patrol
    /// plans. Its authority's head or leader in charge. ILLEGAL_CAMPAIGN_TRANSITION,
    /// INVALID_TEXT, FORBIDDEN, NOT_FOUND.
    async fn cancel_campaign(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The campaign.")] campaign_id: ID,
        #[graphql(desc = "Why, 2–2000 characters.")] reason: String,
    ) -> async_graphql::Result<CampaignPayload> {
        let id = parse_campaign_id(&campaign_id, "campaignId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.cancel_campaign(principal, id, &reason).await.gql()?;
        Ok(CampaignPayload { campaign: Campaign(record) })
    }
}
