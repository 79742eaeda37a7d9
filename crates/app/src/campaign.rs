//! Key-industry campaigns (专项整治, §三, docs/adr/0038): opening one over regions of the caller's
//! jurisdiction, amending a planned one, closing an ended one with its summary, cancelling one,
//! and the scoped reads — the list, the coverage per region and the enterprises not yet patrolled.

use chrono::NaiveDate;
use oversight_domain::access::{Organisation, Scope};
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::campaign::{self, Campaign, CampaignEvent, CampaignRefused, CampaignSpec, RawCampaign};
use oversight_domain::{CampaignId, EnterpriseId, RegionCode};
use oversight_storage::campaign::{self as store, CampaignFilter, CampaignRecord, CoverageRow};
use oversight_storage::registry::authority;

use crate::work::Work;
use crate::{Action, App, AppError, Code, Page, PageRequest, Principal, Resource, allow};

/// A campaign as the officer asks it, unparsed (opening and amending alike).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CampaignSpecInput {
    pub title: String,
    pub industries: Vec<String>,
    pub region_codes: Vec<String>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub factor: i64,
}

pub mod meeting;

impl From<CampaignRefused> for AppError {
    fn from(refusal: CampaignRefused) -> AppError {
        AppError::refused(Code::IllegalCampaignTransition, "campaignId", refusal.to_string())
    }
}

/// The campaigns the caller reads: those whose regions overlap its jurisdiction (the nation: all).
pub(crate) fn campaign_scope(principal: &Principal) -> Result<Scope, AppError> {
    allow(principal, Action::ReadCampaigns, &Resource::None, "key-industry campaigns")?;
    Ok(match principal.organisation {
        Organisation::Authority { .. } => oversight_domain::access::read_scope(principal),
        _ => Scope::Nothing,
    })
}

impl App {
    /// Opens a campaign of the caller's authority (its head or leader in charge) over regions
    /// inside its jurisdiction.
    pub async fn open_campaign(
        &self,
        principal: &Principal,
        input: &CampaignSpecInput,
    ) -> Result<CampaignRecord, AppError> {
        let (authority_id, jurisdiction) = opener(principal)?;
        let spec = self.check_campaign(principal, jurisdiction, input)?;
        let mut work = self.begin(principal, Operation::OpenCampaign).await?;
        let record = store::insert(work.tx(), &spec, authority_id, &principal.subject, work.now).await?;
        work.touch([ObjectRef::of(record.id), ObjectRef::of(authority_id)]);
        work.commit(None, Some(record.campaign.state())).await?;
        Ok(record)
    }

    /// Replaces a planned campaign's specification (before its first day), checked as on opening.
    pub async fn amend_campaign(
        &self,
        principal: &Principal,
        id: CampaignId,
        input: &CampaignSpecInput,
    ) -> Result<CampaignRecord, AppError> {
        let (_, jurisdiction) = opener(principal)?;
        let mut work = self.begin(principal, Operation::AmendCampaign).await?;
        let current = campaign_for(&work, principal, id).await?;
        let spec = self.check_campaign(principal, jurisdiction, input)?;
        let next = current.campaign.amended(spec, work.today)?;
        let saved = save(&mut work, &current, next).await?;
        work.commit(Some(current.campaign.state()), Some(saved.campaign.state())).await?;
        Ok(saved)
    }

    /// Closes an ended campaign with its summary (总结).
    pub async fn close_campaign(
        &self,
        principal: &Principal,
        id: CampaignId,
        summary: &str,
    ) -> Result<CampaignRecord, AppError> {
        let summary = campaign::parse_note("summary", summary)?;
        self.finish_campaign(principal, id, CampaignEvent::Close, summary).await
    }

    /// Cancels a campaign that has not closed, with the reason: it intensifies no plan any more.
    pub async fn cancel_campaign(
        &self,
        principal: &Principal,
        id: CampaignId,
        reason: &str,
    ) -> Result<CampaignRecord, AppError> {
        let reason = campaign::parse_note("reason", reason)?;
        self.finish_campaign(principal, id, CampaignEvent::Cancel, reason).await
    }

    async fn finish_campaign(
        &self,
        principal: &Principal,
        id: CampaignId,
        event: CampaignEvent,
        note: String,
    ) -> Result<CampaignRecord, AppError> {
        let operation = match event {
            CampaignEvent::Cancel => Operation::CancelCampaign,
            CampaignEvent::Close | CampaignEvent::Amend => Operation::CloseCampaign,
        };
        let mut work = self.begin(principal, operation).await?;
        let current = campaign_for(&work, principal, id).await?;
        let next = current.campaign.finished(event, note, work.today)?;
        let saved = save(&mut work, &current, next).await?;
        work.commit(Some(current.campaign.state()), Some(saved.campaign.state())).await?;
        Ok(saved)
    }

    /// The regions named are the places acted on: each must lie in the caller's jurisdiction
    /// (OUT_OF_JURISDICTION, as every place named by a write), then the whole specification is
    /// checked with every bad field reported at once.
    fn check_campaign(
        &self,
        principal: &Principal,
        jurisdiction: RegionCode,
        input: &CampaignSpecInput,
    ) -> Result<CampaignSpec, AppError> {
        for region in input.region_codes.iter().filter_map(|code| RegionCode::parse(code).ok()) {
            allow(principal, Action::OpenCampaign, &Resource::Region(region), "region")?;
        }
        let raw = RawCampaign {
            title: &input.title,
            industries: &input.industries,
            region_codes: &input.region_codes,
            starts_on: input.starts_on,
            ends_on: input.ends_on,
            factor: input.factor,
        };
        Ok(campaign::check_spec(self.industry_catalogue(), jurisdiction, raw, self.today())?)
    }

    /// One page of the campaigns the caller reads, newest first.
    pub async fn campaigns(
        &self,
        principal: &Principal,
        filter: &CampaignFilter,
        request: &PageRequest<i64>,
    ) -> Result<Page<CampaignRecord>, AppError> {
        let scope = campaign_scope(principal)?;
        Ok(store::page(&self.store, &scope, filter, request).await?)
    }

    pub async fn count_campaigns(
        &self,
        principal: &Principal,
        filter: &CampaignFilter,
    ) -> Result<u64, AppError> {
        let scope = campaign_scope(principal)?;
        Ok(store::count(&self.store, &scope, filter).await?)
    }

    pub async fn campaigns_by_ids(
        &self,
        principal: &Principal,
        ids: &[CampaignId],
    ) -> Result<Vec<CampaignRecord>, AppError> {
        let scope = campaign_scope(principal)?;
        Ok(store::by_ids(&self.store, &scope, ids).await?)
    }

    /// The coverage of these campaigns (read already, so within reach) per region, today: one
    /// grouped statement for all of them (the DataLoader's batch).
    pub async fn campaign_coverage(
        &self,
        principal: &Principal,
        ids: &[CampaignId],
    ) -> Result<Vec<CoverageRow>, AppError> {
        campaign_scope(principal)?;
        Ok(store::coverage(&self.store, ids, self.today()).await?)
    }

    /// One page of the enterprises in `region` (a region of the campaign) that the campaign
    /// covers and no patrol reached yet, within the caller's registry reach.
    pub async fn campaign_unpatrolled(
        &self,
        principal: &Principal,
        campaign: &Campaign,
        region: RegionCode,
        request: &PageRequest<i64>,
    ) -> Result<Page<EnterpriseId>, AppError> {
        let scope = crate::read_scope(principal)?;
        Ok(store::unpatrolled_page(&self.store, &scope, campaign, region, self.today(), request).await?)
    }

    pub async fn count_campaign_unpatrolled(
        &self,
        principal: &Principal,
        campaign: &Campaign,
        region: RegionCode,
    ) -> Result<u64, AppError> {
        let scope = crate::read_scope(principal)?;
        Ok(store::unpatrolled_count(&self.store, &scope, campaign, region, self.today()).await?)
    }
}

/// The caller's authority and its jurisdiction, once its role and tier may open a campaign.
fn opener(principal: &Principal) -> Result<(oversight_domain::AuthorityId, RegionCode), AppError> {
    let seat = principal.jurisdiction().map_or(Resource::None, Resource::Region);
    allow(principal, Action::OpenCampaign, &seat, "authority")?;
    match principal.organisation {
        Organisation::Authority { id, region, .. } => Ok((id, region)),
        _ => Err(AppError::NotFound { what: "authority" }),
    }
}

/// The campaign, once the caller may decide on it (its authority's leadership): outside its
/// reach it is not found.
async fn campaign_for(
    work: &Work<'_>,
    principal: &Principal,
    id: CampaignId,
) -> Result<CampaignRecord, AppError> {
    let scope = campaign_scope(principal).unwrap_or(Scope::Nothing);
    let found = store::by_ids(work.tx(), &scope, &[id]).await?.pop();
    let current = found.ok_or(AppError::NotFound { what: "campaign" })?;
    let owner = authority::by_ids(work.tx(), &[current.campaign.authority_id]).await?.pop();
    let owner = owner.ok_or(AppError::NotFound { what: "authority" })?;
    let resource = Resource::Authority { id: current.campaign.authority_id, region: owner.region };
    allow(principal, Action::DecideCampaign, &resource, "campaign")?;
    Ok(current)
}

/// Saves `next` over `current`, refusing a campaign that moved meanwhile.
async fn save(
    work: &mut Work<'_>,
    current: &CampaignRecord,
    next: Campaign,
) -> Result<CampaignRecord, AppError> {
    let by = work.principal().subject.clone();
    if !store::save(work.tx(), &current.campaign, &next, &by, work.now).await? {
        return Err(AppError::concurrent("the campaign changed meanwhile"));
    }
    work.touch([ObjectRef::of(current.id)]);
    Ok(CampaignRecord { campaign: next, updated_by: by, updated_at: work.now, ..current.clone() })
}
