//! Key-industry campaigns (专项整治, docs/adr/0038): insert with the industries and regions in
//! their child tables, reads scoped by overlap of the campaign's regions with the caller's
//! jurisdiction, the keyset list, compare-and-set saves, the coverage per campaign and region in
//! one grouped statement, and the page of enterprises not yet patrolled behind it.

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::access::Scope;
use oversight_domain::campaign::{Campaign, CampaignSpec, CampaignStatus, RegionCoverage};
use oversight_domain::patrol::PatrolKind;
use oversight_domain::registry::license::LicenseStatus;
use oversight_domain::{AuthorityId, CampaignId, EnterpriseId, RegionCode};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryResult, Statement,
};

use crate::entity::campaign::{self as row, Column};
use crate::entity::campaign_industry as industry_row;
use crate::entity::campaign_region as region_row;
use crate::entity::{enterprise, license, patrol_inspection};
use crate::page::{self, SortKey};
use crate::sql::Binds;
use crate::{Executor, Page, PageRequest, Result, StorageError, Tx};

pub mod meeting;

const TABLE: &str = "campaign";

/// A stored campaign with who opened and last changed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CampaignRecord {
    /// The campaign's id, as in `campaign` (the loaders key by it).
    pub id: CampaignId,
    pub campaign: Campaign,
    pub opened_by: String,
    pub updated_by: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Stores a campaign, OPEN, with its industries and regions.
pub async fn insert(
    tx: &Tx,
    spec: &CampaignSpec,
    authority_id: AuthorityId,
    by: &str,
    now: DateTime<Utc>,
) -> Result<CampaignRecord> {
    let model = row::ActiveModel {
        authority_id: Set(authority_id.get()),
        status: Set(CampaignStatus::Open.as_str().to_owned()),
        title: Set(spec.title.clone()),
        starts_on: Set(spec.starts_on),
        ends_on: Set(spec.ends_on),
        factor: Set(i32::try_from(spec.factor).unwrap_or(i32::MAX)),
        opened_by: Set(by.to_owned()),
        updated_by: Set(by.to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    let model = model.insert(&tx.executor()).await.map_err(StorageError::from_write)?;
    let id = CampaignId::new(model.id);
    insert_children(tx, id, spec).await?;
    Ok(CampaignRecord {
        id,
        campaign: Campaign {
            id,
            authority_id,
            status: CampaignStatus::Open,
            spec: spec.clone(),
            closed_on: None,
            close_note: None,
        },
        opened_by: model.opened_by,
        updated_by: model.updated_by,
        created_at: model.created_at,
        updated_at: model.updated_at,
    })
}

/// The industries and regions of a campaign: one multi-row insert each.
async fn insert_children(tx: &Tx, id: CampaignId, spec: &CampaignSpec) -> Result<()> {
    let industries = spec.industries.iter().map(|industry| industry_row::ActiveModel {
        campaign_id: Set(id.get()),
        industry: Set(industry.clone()),
    });
    industry_row::Entity::insert_many(industries)
        .exec(&tx.executor())
        .await
        .map_err(StorageError::from_write)?;
    let regions = spec.regions.iter().map(|region| {
        let (low, high) = region.range();
        region_row::ActiveModel {
            campaign_id: Set(id.get()),
            region_code: Set(region.as_str().to_owned()),
            region_low: Set(low),
            region_high: Set(high),
        }
    });
    region_row::Entity::insert_many(regions).exec(&tx.executor()).await.map_err(StorageError::from_write)?;
    Ok(())
}

/// The campaigns with these ids inside `scope` (the loader, `node(id:)`, the commands).
pub async fn by_ids(x: &impl Executor, scope: &Scope, ids: &[CampaignId]) -> Result<Vec<CampaignRecord>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = row::Entity::find()
        .filter(Column::Id.is_in(ids.iter().map(|id| id.get())))
        .filter(in_scope(scope))
        .all(&x.executor())
        .await?;
    with_children(x, rows).await
}

/// What the campaigns list is narrowed to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CampaignFilter {
    pub status: Option<CampaignStatus>,
    /// Campaigns opened by this authority.
    pub authority_id: Option<AuthorityId>,
    /// Campaigns naming this industry.
    pub industry: Option<String>,
}

/// One page of the campaigns inside `scope`, newest first.
pub async fn page(
    x: &impl Executor,
    scope: &Scope,
    filter: &CampaignFilter,
    request: &PageRequest<i64>,
) -> Result<Page<CampaignRecord>> {
    let query = filtered(scope, filter);
    let page = page::keyset(x, query, SortKey::descending([Column::Id]), request, Ok).await?;
    let items = with_children(x, page.items).await?;
    Ok(Page { items, has_previous_page: page.has_previous_page, has_next_page: page.has_next_page })
}

/// How many campaigns `page` pages through.
pub async fn count(x: &impl Executor, scope: &Scope, filter: &CampaignFilter) -> Result<u64> {
    Ok(filtered(scope, filter).count(&x.executor()).await?)
}

fn filtered(scope: &Scope, filter: &CampaignFilter) -> sea_orm::Select<row::Entity> {
    let mut query = row::Entity::find().filter(in_scope(scope));
    if let Some(status) = filter.status {
        query = query.filter(Column::Status.eq(status.as_str()));
    }
    if let Some(id) = filter.authority_id {
        query = query.filter(Column::AuthorityId.eq(id.get()));
    }
    if let Some(industry) = &filter.industry {
        let naming = Query::select()
            .column(industry_row::Column::CampaignId)
            .from(industry_row::Entity)
            .and_where(industry_row::Column::Industry.eq(industry.as_str()))
            .to_owned();
        query = query.filter(Column::Id.in_subquery(naming));
    }
    query
}

/// A campaign is read where one of its regions overlaps the caller's jurisdiction: regions are
/// nested code ranges, so overlapping is one containing the other (a county officer reads the
/// province's campaign over its city; the province reads its cities' campaigns).
pub(crate) fn in_scope(scope: &Scope) -> Condition {
    match scope {
        Scope::Everything => Condition::all(),
        Scope::Within(region) => {
            let (low, high) = region.range();
            let overlapping = Query::select()
                .column(region_row::Column::CampaignId)
                .from(region_row::Entity)
                .and_where(region_row::Column::RegionLow.lte(high))
                .and_where(region_row::Column::RegionHigh.gte(low))
                .to_owned();
            Condition::all().add(Column::Id.in_subquery(overlapping))
        }
        // An enterprise reads no campaign; an id never stored keeps one statement shape.
        Scope::Enterprise(_) | Scope::Nothing => Condition::all().add(Column::Id.eq(-1)),
    }
}

/// The campaigns of `rows` with their industries and regions: two statements for all of them.
async fn with_children(x: &impl Executor, rows: Vec<row::Model>) -> Result<Vec<CampaignRecord>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let industries = industry_row::Entity::find()
        .filter(industry_row::Column::CampaignId.is_in(ids.clone()))
        .all(&x.executor())
        .await?;
    let regions = region_row::Entity::find()
        .filter(region_row::Column::CampaignId.is_in(ids))
        .all(&x.executor())
        .await?;
    rows.into_iter()
        .map(|model| {
            let mut named: Vec<String> =
                industries.iter().filter(|i| i.campaign_id == model.id).map(|i| i.industry.clone()).collect();
            named.sort();
            let mut places = regions
                .iter()
                .filter(|r| r.campaign_id == model.id)
                .map(|r| RegionCode::parse(&r.region_code))
                .collect::<std::result::Result<Vec<_>, _>>()
                .map_err(|_| StorageError::corrupt(TABLE, format!("id {}: region", model.id)))?;
            places.sort_by(|a, b| a.as_str().cmp(b.as_str()));
            to_record(model, named, places)
        })
        .collect()
}

/// Saves `next` over the campaign if it is still in `from`'s status (and, for an amendment,
/// replaces its industries and regions); false when it moved meanwhile.
pub async fn save(tx: &Tx, from: &Campaign, next: &Campaign, by: &str, now: DateTime<Utc>) -> Result<bool> {
    let update = row::Entity::update_many()
        .col_expr(Column::Status, Expr::value(next.status.as_str()))
        .col_expr(Column::Title, Expr::value(next.spec.title.clone()))
        .col_expr(Column::StartsOn, Expr::value(next.spec.starts_on))
        .col_expr(Column::EndsOn, Expr::value(next.spec.ends_on))
        .col_expr(Column::Factor, Expr::value(i32::try_from(next.spec.factor).unwrap_or(i32::MAX)))
        .col_expr(Column::ClosedOn, Expr::value(next.closed_on))
        .col_expr(Column::CloseNote, Expr::value(next.close_note.clone()))
        .col_expr(Column::UpdatedBy, Expr::value(by.to_owned()))
        .col_expr(Column::UpdatedAt, Expr::value(now));
    let moved = crate::transition::compare_and_set(
        tx,
        update,
        (Column::Id, from.id.get()),
        (Column::Status, from.status.as_str()),
    )
    .await?;
    if moved && from.spec != next.spec {
        industry_row::Entity::delete_many()
            .filter(industry_row::Column::CampaignId.eq(from.id.get()))
            .exec(&tx.executor())
            .await?;
        region_row::Entity::delete_many()
            .filter(region_row::Column::CampaignId.eq(from.id.get()))
            .exec(&tx.executor())
            .await?;
        insert_children(tx, from.id, &next.spec).await?;
    }
    Ok(moved)
}

/// One region's figures in a campaign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverageRow {
    pub campaign_id: CampaignId,
    pub region: RegionCode,
    pub coverage: RegionCoverage,
}

/// The enterprises counted in a campaign's region `cr` (of campaign `c`), as SQL conditions on
/// `e`: a license of a campaign industry in force on `today` (valid or suspended, not expired).
fn covered(binds: &mut Binds, today: NaiveDate) -> String {
    let (valid, suspended) =
        (binds.push(LicenseStatus::Valid.as_str()), binds.push(LicenseStatus::Suspended.as_str()));
    let in_force_on = binds.push(today);
    format!(
        "e.region_code BETWEEN cr.region_low AND cr.region_high AND EXISTS (SELECT 1 FROM license l \
           JOIN campaign_industry ci ON ci.industry = l.industry_code AND ci.campaign_id = c.id \
           WHERE l.enterprise_id = e.id AND l.status IN ({valid}, {suspended}) AND l.expires_on >= {in_force_on})"
    )
}

/// An enterprise `e` patrolled in campaign `c`: a patrol (巡查, not a follow-up visit) of a
/// campaign industry inside the period; a stored conflict (two devices, one visit) is the same
/// visit.
fn patrolled(binds: &mut Binds) -> String {
    let patrol = binds.push(PatrolKind::Patrol.as_str());
    format!(
        "EXISTS (SELECT 1 FROM patrol_inspection pi JOIN campaign_industry pci ON pci.industry = pi.industry \
           AND pci.campaign_id = c.id WHERE pi.enterprise_id = e.id AND pi.kind = {patrol} \
           AND pi.inspected_on >= c.starts_on AND pi.inspected_on <= c.ends_on AND pi.conflict_with IS NULL)"
    )
}

/// Coverage per campaign and region named, on `today`, in campaign then region order: one
/// grouped statement over every campaign asked (each region has a row, with no enterprise too).
pub async fn coverage(x: &impl Executor, ids: &[CampaignId], today: NaiveDate) -> Result<Vec<CoverageRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let covered = covered(&mut binds, today);
    let patrolled = patrolled(&mut binds);
    let list = ids.iter().map(|id| binds.push(id.get())).collect::<Vec<_>>().join(", ");
    let sql = format!(
        "SELECT cr.campaign_id, cr.region_code, COUNT(e.id) AS enterprises, \
           COALESCE(SUM(CASE WHEN {patrolled} THEN 1 ELSE 0 END), 0) AS patrolled \
         FROM campaign_region cr JOIN campaign c ON c.id = cr.campaign_id \
         LEFT JOIN enterprise e ON {covered} \
         WHERE cr.campaign_id IN ({list}) GROUP BY cr.campaign_id, cr.region_code \
         ORDER BY cr.campaign_id, cr.region_code"
    );
    let rows =
        executor.query_all_raw(Statement::from_sql_and_values(binds.backend, sql, binds.values)).await?;
    rows.iter().map(to_coverage).collect()
}

fn to_coverage(row: &QueryResult) -> Result<CoverageRow> {
    let number = |column: &str| -> Result<u64> {
        let n: i64 = row.try_get("", column)?;
        Ok(u64::try_from(n).unwrap_or(0))
    };
    let id: i64 = row.try_get("", "campaign_id")?;
    let code: String = row.try_get("", "region_code")?;
    let region = RegionCode::parse(&code)
        .map_err(|_| StorageError::corrupt("campaign_region", format!("campaign {id}")))?;
    Ok(CoverageRow {
        campaign_id: CampaignId::new(id),
        region,
        coverage: RegionCoverage { enterprises: number("enterprises")?, patrolled: number("patrolled")? },
    })
}

/// One page (by enterprise id) of the enterprises inside `scope` and `region` that a campaign
/// covers and no patrol reached yet — the list behind a region's coverage figure.
pub async fn unpatrolled_page(
    x: &impl Executor,
    scope: &Scope,
    campaign: &Campaign,
    region: RegionCode,
    today: NaiveDate,
    request: &PageRequest<i64>,
) -> Result<Page<EnterpriseId>> {
    let query = unpatrolled(scope, campaign, region, today);
    page::keyset(x, query, SortKey::ascending([enterprise::Column::Id]), request, |m| {
        Ok(EnterpriseId::new(m.id))
    })
    .await
}

/// How many enterprises `unpatrolled_page` pages through.
pub async fn unpatrolled_count(
    x: &impl Executor,
    scope: &Scope,
    campaign: &Campaign,
    region: RegionCode,
    today: NaiveDate,
) -> Result<u64> {
    Ok(unpatrolled(scope, campaign, region, today).count(&x.executor()).await?)
}

/// The same conditions as `covered` and `patrolled`, for one campaign and region, as a select
/// of enterprises (sub-queries on license and patrol_inspection: each uses its enterprise index).
fn unpatrolled(
    scope: &Scope,
    campaign: &Campaign,
    region: RegionCode,
    today: NaiveDate,
) -> sea_orm::Select<enterprise::Entity> {
    let (low, high) = region.range();
    let industries = campaign.spec.industries.clone();
    let licensed = Query::select()
        .column(license::Column::EnterpriseId)
        .from(license::Entity)
        .and_where(license::Column::IndustryCode.is_in(industries.clone()))
        .and_where(
            license::Column::Status.is_in([LicenseStatus::Valid.as_str(), LicenseStatus::Suspended.as_str()]),
        )
        .and_where(license::Column::ExpiresOn.gte(today))
        .to_owned();
    let visited = Query::select()
        .column(patrol_inspection::Column::EnterpriseId)
        .from(patrol_inspection::Entity)
        .and_where(patrol_inspection::Column::Industry.is_in(industries))
        .and_where(patrol_inspection::Column::Kind.eq(PatrolKind::Patrol.as_str()))
        .and_where(patrol_inspection::Column::InspectedOn.gte(campaign.spec.starts_on))
        .and_where(patrol_inspection::Column::InspectedOn.lte(campaign.spec.ends_on))
        .and_where(patrol_inspection::Column::ConflictWith.is_null())
        .to_owned();
    enterprise::Entity::find()
        .filter(enterprise::Column::RegionCode.between(low, high))
        .filter(crate::enterprise_in_scope(scope))
        .filter(enterprise::Column::Id.in_subquery(licensed))
        .filter(enterprise::Column::Id.not_in_subquery(visited))
}

fn to_record(model: row::Model, industries: Vec<String>, regions: Vec<RegionCode>) -> Result<CampaignRecord> {
    let corrupt = |what: &str| StorageError::corrupt(TABLE, format!("id {}: {what}", model.id));
    let campaign = Campaign {
        id: CampaignId::new(model.id),
        authority_id: AuthorityId::new(model.authority_id),
        status: CampaignStatus::parse(&model.status).ok_or_else(|| corrupt("status"))?,
        spec: CampaignSpec {
            title: model.title,
            industries,
            regions,
            starts_on: model.starts_on,
            ends_on: model.ends_on,
            factor: u32::try_from(model.factor).map_err(|_| corrupt("factor"))?,
        },
        closed_on: model.closed_on,
        close_note: model.close_note,
    };
    Ok(CampaignRecord {
        id: campaign.id,
        campaign,
        opened_by: model.opened_by,
        updated_by: model.updated_by,
        created_at: model.created_at,
        updated_at: model.updated_at,
    })
}
