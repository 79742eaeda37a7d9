//! Responsibility agreements (责任状, §四): insert, compare-and-set saves, the reads scoped by the
//! regions of the drafting and the bound authority (as orders are), the
//! `responsibilityAgreements` page, the standing agreement of an authority and year, and the
//! patrol plans whose coverage a PATROL_COVERAGE target sums. docs/adr/0036.

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::responsibility::agreement::{Agreement, AgreementStatus, Target};
use oversight_domain::{AuthorityId, PatrolPlanId, RegionCode, ResponsibilityAgreementId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter,
};

use super::{TierScope, in_scope};
use crate::entity::responsibility_agreement::{self as row, Column};
use crate::page::{self, SortKey};
use crate::sql::Binds;
use crate::{Executor, Page, PageRequest, Result, StorageError, Tx};

const TABLE: &str = "responsibility_agreement";

/// A stored agreement with who drafted it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementRecord {
    /// The agreement's id, as in `agreement` (the loaders key by it).
    pub id: ResponsibilityAgreementId,
    pub agreement: Agreement,
    pub drafted_by: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// An agreement to store, DRAFT.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAgreement<'a> {
    pub issuer: (AuthorityId, RegionCode),
    pub counterpart: (AuthorityId, RegionCode),
    pub year: i32,
    pub targets: &'a [Target],
    pub drafted_on: NaiveDate,
    pub drafted_by: &'a str,
}

fn targets_json(targets: &[Target]) -> String {
    serde_json::to_string(targets).unwrap_or_else(|_| "[]".to_owned())
}

/// Stores an agreement, DRAFT; a second standing agreement for the same authority and year
/// fails on the partial unique index (`StorageError::Conflict`).
pub async fn insert(tx: &Tx, new: &NewAgreement<'_>, now: DateTime<Utc>) -> Result<AgreementRecord> {
    let model = row::ActiveModel {
        status: Set(AgreementStatus::Draft.as_str().to_owned()),
        issuer_authority_id: Set(new.issuer.0.get()),
        issuer_region: Set(new.issuer.1.as_str().to_owned()),
        counterpart_authority_id: Set(new.counterpart.0.get()),
        counterpart_region: Set(new.counterpart.1.as_str().to_owned()),
        year: Set(new.year),
        targets: Set(targets_json(new.targets)),
        drafted_on: Set(new.drafted_on),
        drafted_by: Set(new.drafted_by.to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    to_record(model.insert(&tx.executor()).await.map_err(StorageError::from_write)?)
}

/// The agreements with these ids inside `scope` (the loader, `node(id:)`, the commands).
pub async fn by_ids(
    x: &impl Executor,
    scope: &TierScope,
    ids: &[ResponsibilityAgreementId],
) -> Result<Vec<AgreementRecord>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    row::Entity::find()
        .filter(Column::Id.is_in(ids.iter().map(|id| id.get())))
        .filter(scoped(scope))
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_record)
        .collect()
}

/// The standing (not withdrawn) agreement binding `counterpart` for `year`, if any.
pub async fn standing(
    x: &impl Executor,
    counterpart: AuthorityId,
    year: i32,
) -> Result<Option<AgreementRecord>> {
    Ok(standing_binding(x, &[counterpart], year).await?.pop())
}

/// The standing agreements binding any of `counterparts` for `year` (at most one each: the
/// partial unique index), one statement.
pub async fn standing_binding(
    x: &impl Executor,
    counterparts: &[AuthorityId],
    year: i32,
) -> Result<Vec<AgreementRecord>> {
    if counterparts.is_empty() {
        return Ok(Vec::new());
    }
    row::Entity::find()
        .filter(Column::CounterpartAuthorityId.is_in(counterparts.iter().map(|id| id.get())))
        .filter(Column::Year.eq(year))
        .filter(Column::Status.ne(AgreementStatus::Withdrawn.as_str()))
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_record)
        .collect()
}

/// What the agreements list is narrowed to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgreementFilter {
    pub issuer: Option<AuthorityId>,
    pub counterpart: Option<AuthorityId>,
    pub year: Option<i32>,
    pub status: Option<AgreementStatus>,
}

/// One page of the agreements inside `scope`, newest first.
pub async fn page(
    x: &impl Executor,
    scope: &TierScope,
    filter: &AgreementFilter,
    request: &PageRequest<i64>,
) -> Result<Page<AgreementRecord>> {
    page::keyset(x, filtered(scope, filter), SortKey::descending([Column::Id]), request, to_record).await
}

/// How many agreements `page` pages through.
pub async fn count(x: &impl Executor, scope: &TierScope, filter: &AgreementFilter) -> Result<u64> {
    Ok(filtered(scope, filter).count(&x.executor()).await?)
}

fn filtered(scope: &TierScope, filter: &AgreementFilter) -> sea_orm::Select<row::Entity> {
    let mut query = row::Entity::find().filter(scoped(scope));
    if let Some(id) = filter.issuer {
        query = query.filter(Column::IssuerAuthorityId.eq(id.get()));
    }
    if let Some(id) = filter.counterpart {
        query = query.filter(Column::CounterpartAuthorityId.eq(id.get()));
    }
    if let Some(year) = filter.year {
        query = query.filter(Column::Year.eq(year));
    }
    if let Some(status) = filter.status {
        query = query.filter(Column::Status.eq(status.as_str()));
    }
    query
}

fn scoped(scope: &TierScope) -> Condition {
    in_scope(scope, Column::IssuerRegion, Column::CounterpartRegion, Column::Id)
}

/// Saves `next` over the agreement if it is still in `from`'s status and version of its row
/// (`updated_at`): two amendments of one draft cannot both stand; false when it moved meanwhile.
pub async fn save(tx: &Tx, from: &AgreementRecord, next: &Agreement, now: DateTime<Utc>) -> Result<bool> {
    let update = row::Entity::update_many()
        .col_expr(Column::Status, Expr::value(next.status.as_str()))
        .col_expr(Column::Targets, Expr::value(targets_json(&next.targets)))
        .col_expr(Column::SignedOn, Expr::value(next.signed_on))
        .col_expr(Column::SignedBy, Expr::value(next.signed_by.clone()))
        .col_expr(Column::WithdrawnOn, Expr::value(next.withdrawn_on))
        .col_expr(Column::WithdrawalReason, Expr::value(next.withdrawal_reason.clone()))
        .col_expr(Column::UpdatedAt, Expr::value(now))
        .filter(Column::UpdatedAt.eq(from.updated_at));
    crate::transition::compare_and_set(
        tx,
        update,
        (Column::Id, from.id.get()),
        (Column::Status, from.agreement.status.as_str()),
    )
    .await
}

/// For each keyed region and span, the patrol plans overlapping the span carried out by an
/// authority seated inside the region (the bound authority or one below it), with those
/// authorities: `(key, plan, authority)`, one statement on the executing authorities' region
/// codes for every key.
pub async fn plans_carried_out_within(
    x: &impl Executor,
    asked: &[(i64, RegionCode, (NaiveDate, NaiveDate))],
) -> Result<Vec<(i64, PatrolPlanId, AuthorityId)>> {
    if asked.is_empty() {
        return Ok(Vec::new());
    }
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let parts: Vec<String> = asked
        .iter()
        .map(|(key, region, (first, last))| {
            let (low, high) = region.range();
            format!(
                "SELECT {} AS k, pa.plan_id, pa.authority_id FROM patrol_plan_authority pa \
                 JOIN patrol_plan p ON p.id = pa.plan_id \
                 WHERE pa.region_code BETWEEN {} AND {} AND p.starts_on <= {} AND p.ends_on >= {}",
                binds.push(*key),
                binds.push(low),
                binds.push(high),
                binds.push(*last),
                binds.push(*first)
            )
        })
        .collect();
    let statement =
        sea_orm::Statement::from_sql_and_values(binds.backend, parts.join(" UNION ALL "), binds.values);
    executor
        .query_all_raw(statement)
        .await?
        .iter()
        .map(|row| {
            Ok((
                row.try_get("", "k")?,
                PatrolPlanId::new(row.try_get("", "plan_id")?),
                AuthorityId::new(row.try_get("", "authority_id")?),
            ))
        })
        .collect()
}

fn to_record(model: row::Model) -> Result<AgreementRecord> {
    let corrupt = |what: &str| StorageError::corrupt(TABLE, format!("id {}: {what}", model.id));
    let region = |text: &str, what: &str| RegionCode::parse(text).map_err(|_| corrupt(what));
    let targets: Vec<Target> = serde_json::from_str(&model.targets).map_err(|_| corrupt("targets"))?;
    let agreement = Agreement {
        id: ResponsibilityAgreementId::new(model.id),
        status: AgreementStatus::parse(&model.status).ok_or_else(|| corrupt("status"))?,
        issuer_authority_id: AuthorityId::new(model.issuer_authority_id),
        issuer_region: region(&model.issuer_region, "issuer_region")?,
        counterpart_authority_id: AuthorityId::new(model.counterpart_authority_id),
        counterpart_region: region(&model.counterpart_region, "counterpart_region")?,
        year: model.year,
        targets,
        drafted_on: model.drafted_on,
        signed_on: model.signed_on,
        signed_by: model.signed_by,
        withdrawn_on: model.withdrawn_on,
        withdrawal_reason: model.withdrawal_reason,
    };
    Ok(AgreementRecord {
        id: agreement.id,
        agreement,
        drafted_by: model.drafted_by,
        created_at: model.created_at,
        updated_at: model.updated_at,
    })
}
