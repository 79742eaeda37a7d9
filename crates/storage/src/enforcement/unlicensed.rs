//! Unlicensed-production cases (无证生产): insert, reads scoped by the producer's place, the
//! `unlicensedCases` page with its filters (overdue among them, derived from today in the
//! statement), the open case of a credit code, and compare-and-set saves.

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::access::Scope;
use oversight_domain::enforcement::unlicensed::{
    BanGround, CaseSource, Finding, Producer, UnlicensedCase, UnlicensedStatus,
};
use oversight_domain::registry::credit_code::CreditCode;
use oversight_domain::{AuthorityId, EnterpriseId, LicenseId, PatrolId, RegionCode, UnlicensedCaseId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter,
};

use crate::entity::unlicensed_case::{self as row, Column};
use crate::page::{self, SortKey};
use crate::{Executor, Page, PageRequest, Result, StorageError, Tx};

const TABLE: &str = "unlicensed_case";

/// A stored case with who opened and last moved it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnlicensedRecord {
    /// The case's id, as in `case` (the loaders key by it).
    pub id: UnlicensedCaseId,
    pub case: UnlicensedCase,
    /// The authority whose officer opened it.
    pub authority_id: AuthorityId,
    pub opened_by: String,
    pub updated_by: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A case to store, FOUND.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCase<'a> {
    pub producer: &'a Producer,
    pub finding: &'a Finding,
    pub enterprise_id: Option<EnterpriseId>,
    pub authority_id: AuthorityId,
    pub opened_by: &'a str,
}

/// Stores a case, FOUND.
pub async fn insert(tx: &Tx, new: &NewCase<'_>, now: DateTime<Utc>) -> Result<UnlicensedRecord> {
    let (p, f) = (new.producer, new.finding);
    let model = row::ActiveModel {
        status: Set(UnlicensedStatus::Found.as_str().to_owned()),
        region: Set(p.region.as_str().to_owned()),
        authority_id: Set(new.authority_id.get()),
        producer_name: Set(p.name.clone()),
        credit_code: Set(p.credit_code.as_ref().map(|c| c.as_str().to_owned())),
        address: Set(p.address.clone()),
        industry: Set(p.industry.clone()),
        product: Set(p.product.clone()),
        enterprise_id: Set(new.enterprise_id.map(EnterpriseId::get)),
        source: Set(f.source.as_str().to_owned()),
        patrol_id: Set(f.patrol_id.map(PatrolId::get)),
        reference: Set(f.reference.clone()),
        finding: Set(f.text.clone()),
        found_on: Set(f.found_on),
        opened_by: Set(new.opened_by.to_owned()),
        updated_by: Set(new.opened_by.to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    to_record(model.insert(&tx.executor()).await.map_err(StorageError::from_write)?)
}

/// The cases with these ids inside `scope` (the loader, `node(id:)`, the commands).
pub async fn by_ids(
    x: &impl Executor,
    scope: &Scope,
    ids: &[UnlicensedCaseId],
) -> Result<Vec<UnlicensedRecord>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    row::Entity::find()
        .filter(Column::Id.is_in(ids.iter().map(|id| id.get())))
        .filter(in_scope(scope))
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_record)
        .collect()
}

/// The open case of a producer's credit code, if any (one open case per producer).
pub async fn open_of(x: &impl Executor, credit_code: &CreditCode) -> Result<Option<UnlicensedRecord>> {
    let open: Vec<&str> = open_statuses();
    row::Entity::find()
        .filter(Column::CreditCode.eq(credit_code.as_str()))
        .filter(Column::Status.is_in(open))
        .one(&x.executor())
        .await?
        .map(to_record)
        .transpose()
}

fn open_statuses() -> Vec<&'static str> {
    UnlicensedStatus::ALL.iter().filter(|s| s.is_open()).map(|s| s.as_str()).collect()
}

/// What the cases list is narrowed to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseFilter {
    pub status: Option<UnlicensedStatus>,
    /// Overdue (`true`) or not (`false`) on the day the list is read.
    pub overdue: Option<bool>,
    /// Producers inside this place.
    pub region: Option<RegionCode>,
    pub credit_code: Option<CreditCode>,
    pub industry: Option<String>,
    pub enterprise_id: Option<EnterpriseId>,
}

/// One page of the cases inside `scope`, newest first.
pub async fn page(
    x: &impl Executor,
    scope: &Scope,
    filter: &CaseFilter,
    today: NaiveDate,
    request: &PageRequest<i64>,
) -> Result<Page<UnlicensedRecord>> {
    let query = filtered(scope, filter, today);
    page::keyset(x, query, SortKey::descending([Column::Id]), request, to_record).await
}

/// How many cases `page` pages through.
pub async fn count(x: &impl Executor, scope: &Scope, filter: &CaseFilter, today: NaiveDate) -> Result<u64> {
    Ok(filtered(scope, filter, today).count(&x.executor()).await?)
}

fn filtered(scope: &Scope, filter: &CaseFilter, today: NaiveDate) -> sea_orm::Select<row::Entity> {
    let mut query = row::Entity::find().filter(in_scope(scope));
    if let Some(status) = filter.status {
        query = query.filter(Column::Status.eq(status.as_str()));
    }
    if let Some(region) = filter.region {
        let (low, high) = region.range();
        query = query.filter(Column::Region.between(low, high));
    }
    if let Some(code) = &filter.credit_code {
        query = query.filter(Column::CreditCode.eq(code.as_str()));
    }
    if let Some(industry) = &filter.industry {
        query = query.filter(Column::Industry.eq(industry.as_str()));
    }
    if let Some(id) = filter.enterprise_id {
        query = query.filter(Column::EnterpriseId.eq(id.get()));
    }
    match filter.overdue {
        Some(true) => query = query.filter(overdue(today)),
        Some(false) => query = query.filter(overdue(today).not()),
        None => {}
    }
    query
}

/// `UnlicensedCase::overdue_on` as a condition: urged, and the day to apply passed.
fn overdue(today: NaiveDate) -> Condition {
    Condition::all().add(Column::Status.eq(UnlicensedStatus::Urged.as_str())).add(Column::ApplyBy.lt(today))
}

fn in_scope(scope: &Scope) -> Condition {
    match scope {
        Scope::Everything => Condition::all(),
        Scope::Within(region) => {
            let (low, high) = region.range();
            Condition::all().add(Column::Region.between(low, high))
        }
        // An enterprise's own user reads no case; an id never stored keeps one statement shape.
        Scope::Enterprise(_) | Scope::Nothing => Condition::all().add(Column::Id.eq(-1)),
    }
}

/// Saves `next` over the case if it is still in `from`'s status; false when it moved meanwhile.
pub async fn save(
    tx: &Tx,
    from: &UnlicensedCase,
    next: &UnlicensedCase,
    by: &str,
    now: DateTime<Utc>,
) -> Result<bool> {
    let update = row::Entity::update_many()
        .col_expr(Column::Status, Expr::value(next.status.as_str()))
        .col_expr(Column::EnterpriseId, Expr::value(next.enterprise_id.map(EnterpriseId::get)))
        .col_expr(Column::UrgedOn, Expr::value(next.urged_on))
        .col_expr(Column::ApplyBy, Expr::value(next.apply_by))
        .col_expr(Column::LicenseId, Expr::value(next.license_id.map(LicenseId::get)))
        .col_expr(Column::LicensedOn, Expr::value(next.licensed_on))
        .col_expr(Column::BanGround, Expr::value(next.ban_ground.map(|g| g.as_str().to_owned())))
        .col_expr(Column::LocalGovernment, Expr::value(next.local_government.clone()))
        .col_expr(Column::BanDocument, Expr::value(next.ban_document.clone()))
        .col_expr(Column::BanNotifiedOn, Expr::value(next.ban_notified_on))
        .col_expr(Column::ClosedOn, Expr::value(next.closed_on))
        .col_expr(Column::CloseNote, Expr::value(next.close_note.clone()))
        .col_expr(Column::UpdatedBy, Expr::value(by.to_owned()))
        .col_expr(Column::UpdatedAt, Expr::value(now));
    crate::transition::compare_and_set(
        tx,
        update,
        (Column::Id, from.id.get()),
        (Column::Status, from.status.as_str()),
    )
    .await
}

fn to_record(model: row::Model) -> Result<UnlicensedRecord> {
    let corrupt = |what: &str| StorageError::corrupt(TABLE, format!("id {}: {what}", model.id));
    let ban_ground = match &model.ban_ground {
        Some(ground) => Some(BanGround::parse(ground).ok_or_else(|| corrupt("ban_ground"))?),
        None => None,
    };
    let credit_code = match &model.credit_code {
        Some(code) => Some(CreditCode::parse(code).map_err(|_| corrupt("credit_code"))?),
        None => None,
    };
    let case = UnlicensedCase {
        id: UnlicensedCaseId::new(model.id),
        status: UnlicensedStatus::parse(&model.status).ok_or_else(|| corrupt("status"))?,
        region: RegionCode::parse(&model.region).map_err(|_| corrupt("region"))?,
        producer_name: model.producer_name,
        credit_code,
        address: model.address,
        industry: model.industry,
        product: model.product,
        enterprise_id: model.enterprise_id.map(EnterpriseId::new),
        source: CaseSource::parse(&model.source).ok_or_else(|| corrupt("source"))?,
        patrol_id: model.patrol_id.map(PatrolId::new),
        reference: model.reference,
        finding: model.finding,
        found_on: model.found_on,
        urged_on: model.urged_on,
        apply_by: model.apply_by,
        license_id: model.license_id.map(LicenseId::new),
        licensed_on: model.licensed_on,
        ban_ground,
        local_government: model.local_government,
        ban_document: model.ban_document,
        ban_notified_on: model.ban_notified_on,
        closed_on: model.closed_on,
        close_note: model.close_note,
    };
    Ok(UnlicensedRecord {
        id: case.id,
        case,
        authority_id: AuthorityId::new(model.authority_id),
        opened_by: model.opened_by,
        updated_by: model.updated_by,
        created_at: model.created_at,
        updated_at: model.updated_at,
    })
}
