//! Licenses (生产许可证) and their copy log (副本).

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::registry::change_request::{ReReview, ReReviewOrigin};
use oversight_domain::registry::license::{LicenseStatus, NewLicense, StatusChange, Validity};
use oversight_domain::registry::license_copy::{LicenseCopyEntry, LicenseCopyEntryKind};
use oversight_domain::registry::license_number::LicenseNumber;
use oversight_domain::{ChangeRequestId, EnterpriseId, LicenseId, PatrolId};
use sea_orm::sea_query::{Expr, LikeExpr, Query};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, QueryTrait,
};

use crate::entity::{enterprise, license, license_copy_entry, license_status_change};
use crate::page::{self, SortKey};
use crate::transition::compare_and_set;
use crate::{Executor, Page, PageRequest, Result, Scope, StorageError, Tx, like_escape, owned_rows_in_scope};

/// A stored license.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LicenseRecord {
    pub id: LicenseId,
    pub enterprise_id: EnterpriseId,
    pub number: LicenseNumber,
    /// The industry code as stored; it reads even when nothing declares it any more (the
    /// catalogue resolves it, to an unknown industry if need be).
    pub industry: String,
    pub product_unit: String,
    pub validity: Validity,
    pub status: LicenseStatus,
    /// The latest re-review (重新审查) an accepted enterprise change required, if any.
    pub re_review: Option<ReReview>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A stored entry of a license copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LicenseCopyEntryRecord {
    pub id: i64,
    pub license_id: LicenseId,
    pub entry: LicenseCopyEntry,
    pub recorded_at: DateTime<Utc>,
}

pub async fn insert(
    tx: &Tx,
    enterprise_id: EnterpriseId,
    new: &NewLicense,
    now: DateTime<Utc>,
) -> Result<LicenseRecord> {
    let model = license::ActiveModel {
        enterprise_id: Set(enterprise_id.get()),
        number: Set(new.number.core()),
        display_number: Set(new.number.to_string()),
        industry_code: Set(new.industry.code.clone()),
        product_unit: Set(new.product_unit.clone()),
        issued_on: Set(new.validity.issued_on),
        expires_on: Set(new.validity.expires_on),
        status: Set(new.status.as_str().to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    let model = model.insert(&tx.executor()).await.map_err(StorageError::from_write)?;
    to_record(model)
}

/// Inserts many licenses (each with its enterprise) with multi-row `INSERT`s under the bind
/// limit, then reads them back by number (5,000 a statement), returned in the order given. A
/// number already present is `StorageError::Conflict`.
pub async fn insert_many(
    tx: &Tx,
    news: &[(EnterpriseId, &NewLicense)],
    now: DateTime<Utc>,
) -> Result<Vec<LicenseRecord>> {
    let rows = news
        .iter()
        .map(|(enterprise_id, new)| license::ActiveModel {
            enterprise_id: Set(enterprise_id.get()),
            number: Set(new.number.core()),
            display_number: Set(new.number.to_string()),
            industry_code: Set(new.industry.code.clone()),
            product_unit: Set(new.product_unit.clone()),
            issued_on: Set(new.validity.issued_on),
            expires_on: Set(new.validity.expires_on),
            status: Set(new.status.as_str().to_owned()),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        })
        .collect();
    // Ten values per row: the columns set above.
    crate::insert_rows(tx, rows, 10).await?;
    let numbers: Vec<String> = news.iter().map(|(_, new)| new.number.core()).collect();
    let mut stored = std::collections::HashMap::with_capacity(numbers.len());
    for chunk in numbers.chunks(crate::KEYS_PER_STATEMENT) {
        let models = license::Entity::find()
            .filter(license::Column::Number.is_in(chunk.iter().cloned()))
            .all(&tx.executor())
            .await?;
        for model in models {
            stored.insert(model.number.clone(), to_record(model)?);
        }
    }
    numbers
        .iter()
        .map(|number| {
            stored.remove(number).ok_or_else(|| {
                StorageError::corrupt("license", format!("{number} not found after its insert"))
            })
        })
        .collect()
}

/// Which of these core numbers the registry holds (anywhere: the core number is unique in the
/// nation), 5,000 a statement.
pub async fn registered_numbers(
    x: &impl Executor,
    numbers: &[String],
) -> Result<std::collections::HashSet<String>> {
    let mut found = std::collections::HashSet::new();
    for chunk in numbers.chunks(crate::KEYS_PER_STATEMENT) {
        let rows: Vec<String> = license::Entity::find()
            .select_only()
            .column(license::Column::Number)
            .filter(license::Column::Number.is_in(chunk.iter().cloned()))
            .into_tuple()
            .all(&x.executor())
            .await?;
        found.extend(rows);
    }
    Ok(found)
}

/// The license with this core number (`XK13-005-00042`, without province prefix),
/// if its enterprise is inside `scope`.
pub async fn by_number(
    x: &impl Executor,
    scope: &Scope,
    number: &LicenseNumber,
) -> Result<Option<LicenseRecord>> {
    license::Entity::find()
        .filter(license::Column::Number.eq(number.core()))
        .filter(owned_rows_in_scope(license::Column::EnterpriseId, scope))
        .one(&x.executor())
        .await?
        .map(to_record)
        .transpose()
}

pub async fn by_ids(x: &impl Executor, scope: &Scope, ids: &[LicenseId]) -> Result<Vec<LicenseRecord>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    license::Entity::find()
        .filter(license::Column::Id.is_in(ids.iter().map(|id| id.get())))
        .filter(owned_rows_in_scope(license::Column::EnterpriseId, scope))
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_record)
        .collect()
}

/// Every license of these enterprises, ordered by enterprise then issue order.
pub async fn by_enterprise_ids(
    x: &impl Executor,
    scope: &Scope,
    enterprise_ids: &[EnterpriseId],
) -> Result<Vec<LicenseRecord>> {
    if enterprise_ids.is_empty() {
        return Ok(Vec::new());
    }
    license::Entity::find()
        .filter(license::Column::EnterpriseId.is_in(enterprise_ids.iter().map(|id| id.get())))
        .filter(owned_rows_in_scope(license::Column::EnterpriseId, scope))
        .order_by_asc(license::Column::EnterpriseId)
        .order_by_asc(license::Column::Id)
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_record)
        .collect()
}

/// The licenses of enterprises inside `scope` whose stored status is VALID or SUSPENDED and whose
/// last valid day is before `as_of`: those whose expiry is still to be recorded (issue 11 item
/// 15), in id order. One statement (`ix_license_status_expires`).
pub async fn expiring(x: &impl Executor, scope: &Scope, as_of: NaiveDate) -> Result<Vec<LicenseRecord>> {
    license::Entity::find()
        .filter(
            license::Column::Status.is_in([LicenseStatus::Valid.as_str(), LicenseStatus::Suspended.as_str()]),
        )
        .filter(license::Column::ExpiresOn.lt(as_of))
        .filter(owned_rows_in_scope(license::Column::EnterpriseId, scope))
        .order_by_asc(license::Column::Id)
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_record)
        .collect()
}

/// Sets these licenses EXPIRED where their stored status is still VALID or SUSPENDED: one
/// `UPDATE … WHERE id IN …` per thousand licenses (the parameter limits of the databases).
/// Returns how many rows moved, so the caller can tell a concurrent writer from none.
pub async fn mark_expired(tx: &Tx, ids: &[LicenseId], now: DateTime<Utc>) -> Result<u64> {
    let mut moved = 0;
    for chunk in ids.chunks(1000) {
        let result = license::Entity::update_many()
            .col_expr(license::Column::Status, Expr::value(LicenseStatus::Expired.as_str()))
            .col_expr(license::Column::UpdatedAt, Expr::value(now))
            .filter(license::Column::Id.is_in(chunk.iter().map(|id| id.get())))
            .filter(
                license::Column::Status
                    .is_in([LicenseStatus::Valid.as_str(), LicenseStatus::Suspended.as_str()]),
            )
            .exec(&tx.executor())
            .await?;
        moved += result.rows_affected;
    }
    Ok(moved)
}

/// Writes status changes into the licenses' history (`license_status_change`) in one
/// multi-row `INSERT`, in the order given.
pub async fn record_status_changes(
    tx: &Tx,
    changes: &[(LicenseId, StatusChange)],
    now: DateTime<Utc>,
) -> Result<()> {
    let rows = changes
        .iter()
        .map(|(license_id, change)| license_status_change::ActiveModel {
            license_id: Set(license_id.get()),
            status: Set(change.status.as_str().to_owned()),
            effective_on: Set(change.effective_on),
            recorded_at: Set(now),
            ..Default::default()
        })
        .collect();
    // Four values per row: every column but the id.
    crate::insert_rows(tx, rows, 4).await
}

/// One entry of a license's status history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusHistoryEntry {
    pub license_id: LicenseId,
    pub change: StatusChange,
}

/// The status history of these licenses inside `scope`, each license's in the order written
/// (one statement; the loader of `License.statusOn`).
pub async fn status_history_of_each(
    x: &impl Executor,
    scope: &Scope,
    license_ids: &[LicenseId],
) -> Result<Vec<StatusHistoryEntry>> {
    use license_status_change::Column;
    if license_ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = license_status_change::Entity::find()
        .filter(Column::LicenseId.in_subquery(visible(scope, license_ids)))
        .order_by_asc(Column::LicenseId)
        .order_by_asc(Column::Id)
        .all(&x.executor())
        .await?;
    rows.into_iter()
        .map(|row| {
            let status = LicenseStatus::parse(&row.status).ok_or_else(|| {
                StorageError::corrupt("license_status_change", format!("status {}", row.status))
            })?;
            let change = StatusChange { status, effective_on: row.effective_on };
            Ok(StatusHistoryEntry { license_id: LicenseId::new(row.license_id), change })
        })
        .collect()
}

/// Appends one copy entry to each of many licenses in one multi-row `INSERT`.
pub async fn append_copy_entries(
    tx: &Tx,
    entries: &[(LicenseId, LicenseCopyEntry)],
    now: DateTime<Utc>,
) -> Result<()> {
    let rows = entries
        .iter()
        .map(|(license_id, entry)| license_copy_entry::ActiveModel {
            license_id: Set(license_id.get()),
            kind: Set(entry.kind.as_str().to_owned()),
            text: Set(entry.text.clone()),
            recorded_at: Set(now),
            ..Default::default()
        })
        .collect();
    // Four values per row: every column but the id.
    crate::insert_rows(tx, rows, 4).await
}

/// Moves a license from `from` to `to`. Returns false when the stored status is no
/// longer `from` (another writer got there first), so the caller can refuse
/// instead of overwriting a decision it did not see.
pub async fn set_status(
    tx: &Tx,
    id: LicenseId,
    from: LicenseStatus,
    to: LicenseStatus,
    now: DateTime<Utc>,
) -> Result<bool> {
    let update = license::Entity::update_many()
        .col_expr(license::Column::Status, Expr::value(to.as_str()))
        .col_expr(license::Column::UpdatedAt, Expr::value(now));
    compare_and_set(tx, update, (license::Column::Id, id.get()), (license::Column::Status, from.as_str()))
        .await
}

pub async fn append_copy_entry(
    tx: &Tx,
    license_id: LicenseId,
    entry: &LicenseCopyEntry,
    now: DateTime<Utc>,
) -> Result<LicenseCopyEntryRecord> {
    let model = license_copy_entry::ActiveModel {
        license_id: Set(license_id.get()),
        kind: Set(entry.kind.as_str().to_owned()),
        text: Set(entry.text.clone()),
        recorded_at: Set(now),
        ..Default::default()
    };
    let model = model.insert(&tx.executor()).await?;
    to_copy_record(model)
}

/// The copy entries of these licenses, each license's entries in the order written.
pub async fn copy_entries_by_license_ids(
    x: &impl Executor,
    scope: &Scope,
    license_ids: &[LicenseId],
) -> Result<Vec<LicenseCopyEntryRecord>> {
    if license_ids.is_empty() {
        return Ok(Vec::new());
    }
    license_copy_entry::Entity::find()
        .filter(license_copy_entry::Column::LicenseId.in_subquery(visible(scope, license_ids)))
        .order_by_asc(license_copy_entry::Column::LicenseId)
        .order_by_asc(license_copy_entry::Column::Id)
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_copy_record)
        .collect()
}

/// The ids of these licenses whose enterprise is inside `scope`, as a subquery.
fn visible(scope: &Scope, license_ids: &[LicenseId]) -> sea_orm::sea_query::SelectStatement {
    license::Entity::find()
        .select_only()
        .column(license::Column::Id)
        .filter(license::Column::Id.is_in(license_ids.iter().map(|id| id.get())))
        .filter(owned_rows_in_scope(license::Column::EnterpriseId, scope))
        .into_query()
}

fn to_record(model: license::Model) -> Result<LicenseRecord> {
    let corrupt = |message: String| StorageError::corrupt("license", format!("id {}: {message}", model.id));
    let number = LicenseNumber::parse(&model.display_number).map_err(|e| corrupt(e.to_string()))?;
    let status =
        LicenseStatus::parse(&model.status).ok_or_else(|| corrupt(format!("status {}", model.status)))?;
    let re_review = re_review(&model).map_err(corrupt)?;
    Ok(LicenseRecord {
        id: LicenseId::new(model.id),
        enterprise_id: EnterpriseId::new(model.enterprise_id),
        number,
        industry: model.industry_code,
        product_unit: model.product_unit,
        validity: Validity { issued_on: model.issued_on, expires_on: model.expires_on },
        status,
        re_review,
        created_at: model.created_at,
        updated_at: model.updated_at,
    })
}

/// The re-review columns as one value: all of the requirement or none.
fn re_review(model: &license::Model) -> std::result::Result<Option<ReReview>, String> {
    let origin = match (model.rereview_change_request_id, model.rereview_patrol_id) {
        (Some(id), None) => Some(ReReviewOrigin::ChangeRequest(ChangeRequestId::new(id))),
        (None, Some(id)) => Some(ReReviewOrigin::Patrol(PatrolId::new(id))),
        (None, None) => None,
        (Some(_), Some(_)) => return Err("a re-review with two origins".to_owned()),
    };
    match (model.rereview_required_since, &model.rereview_reason, origin) {
        (Some(required_since), Some(reason), Some(origin)) => Ok(Some(ReReview {
            required_since,
            reason: reason.clone(),
            origin,
            concluded_on: model.rereview_concluded_on,
            conclusion: model.rereview_conclusion.clone(),
            concluded_by: model.rereview_concluded_by.clone(),
        })),
        (None, None, None) => Ok(None),
        _ => Err("a re-review without its requirement".to_owned()),
    }
}

/// The licenses in force (VALID or SUSPENDED) of an enterprise flagged for re-review in ONE
/// statement, returned as flagged (for their archive events). The rows are read first — locked
/// on PostgreSQL, behind the write lock every SQLite transaction here holds — so the UPDATE
/// flags exactly the rows returned.
pub async fn require_re_review(
    tx: &Tx,
    enterprise_id: EnterpriseId,
    review: &ReReview,
    now: DateTime<Utc>,
) -> Result<Vec<LicenseRecord>> {
    use sea_orm::{ConnectionTrait, DbBackend};
    let executor = tx.executor();
    let in_force = [LicenseStatus::Valid.as_str(), LicenseStatus::Suspended.as_str()];
    let query = license::Entity::find()
        .filter(license::Column::EnterpriseId.eq(enterprise_id.get()))
        .filter(license::Column::Status.is_in(in_force))
        .order_by_asc(license::Column::Id);
    let rows = match executor.get_database_backend() {
        DbBackend::Postgres => query.lock_exclusive().all(&executor).await?,
        _ => query.all(&executor).await?,
    };
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    set_re_review(license::Entity::update_many(), review, now)
        .filter(license::Column::EnterpriseId.eq(enterprise_id.get()))
        .filter(license::Column::Status.is_in(in_force))
        .exec(&executor)
        .await?;
    rows.into_iter()
        .map(|row| Ok(LicenseRecord { re_review: Some(review.clone()), updated_at: now, ..to_record(row)? }))
        .collect()
}

/// The re-review columns set to a new requirement (and the conclusion cleared).
fn set_re_review(
    update: sea_orm::UpdateMany<license::Entity>,
    review: &ReReview,
    now: DateTime<Utc>,
) -> sea_orm::UpdateMany<license::Entity> {
    update
        .col_expr(license::Column::RereviewRequiredSince, Expr::value(review.required_since))
        .col_expr(license::Column::RereviewReason, Expr::value(review.reason.clone()))
        .col_expr(
            license::Column::RereviewChangeRequestId,
            Expr::value(review.change_request_id().map(|id| id.get())),
        )
        .col_expr(license::Column::RereviewPatrolId, Expr::value(review.patrol_id().map(|id| id.get())))
        .col_expr(license::Column::RereviewConcludedOn, Expr::value(Option::<NaiveDate>::None))
        .col_expr(license::Column::RereviewConclusion, Expr::value(Option::<String>::None))
        .col_expr(license::Column::RereviewConcludedBy, Expr::value(Option::<String>::None))
        .col_expr(license::Column::UpdatedAt, Expr::value(now))
}

/// Flags one license in force (VALID or SUSPENDED) for re-review — a patrol's finding is about
/// the license it inspected; returns it as flagged, or `None` when it is not in force.
pub async fn require_re_review_of(
    tx: &Tx,
    id: LicenseId,
    review: &ReReview,
    now: DateTime<Utc>,
) -> Result<Option<LicenseRecord>> {
    let in_force = [LicenseStatus::Valid.as_str(), LicenseStatus::Suspended.as_str()];
    let updated = set_re_review(license::Entity::update_many(), review, now)
        .filter(license::Column::Id.eq(id.get()))
        .filter(license::Column::Status.is_in(in_force))
        .exec(&tx.executor())
        .await?;
    if updated.rows_affected == 0 {
        return Ok(None);
    }
    let row = license::Entity::find_by_id(id.get()).one(&tx.executor()).await?;
    row.map(to_record).transpose()
}

/// Records a license's concluded re-review; false when the stored one is no longer the pending
/// requirement `from` answered (another conclusion, or a newer requirement, came first).
pub async fn conclude_re_review(
    tx: &Tx,
    id: LicenseId,
    from: &ReReview,
    concluded: &ReReview,
    now: DateTime<Utc>,
) -> Result<bool> {
    let result = license::Entity::update_many()
        .col_expr(license::Column::RereviewConcludedOn, Expr::value(concluded.concluded_on))
        .col_expr(license::Column::RereviewConclusion, Expr::value(concluded.conclusion.clone()))
        .col_expr(license::Column::RereviewConcludedBy, Expr::value(concluded.concluded_by.clone()))
        .col_expr(license::Column::UpdatedAt, Expr::value(now))
        .filter(license::Column::Id.eq(id.get()))
        .filter(license::Column::RereviewRequiredSince.eq(from.required_since))
        .filter(license::Column::RereviewConcludedOn.is_null())
        .exec(&tx.executor())
        .await?;
    Ok(result.rows_affected == 1)
}

fn to_copy_record(model: license_copy_entry::Model) -> Result<LicenseCopyEntryRecord> {
    let kind = LicenseCopyEntryKind::parse(&model.kind).ok_or_else(|| {
        StorageError::corrupt("license_copy_entry", format!("id {}: kind {}", model.id, model.kind))
    })?;
    Ok(LicenseCopyEntryRecord {
        id: model.id,
        license_id: LicenseId::new(model.license_id),
        entry: LicenseCopyEntry { kind, text: model.text },
        recorded_at: model.recorded_at,
    })
}

/// When the license's status last changed (or, for one never changed, when it was entered):
/// the time of its newest status-change, issue or import entry in the copy (副本).
pub async fn status_since(x: &impl Executor, license_id: LicenseId) -> Result<Option<DateTime<Utc>>> {
    use license_copy_entry::Column;
    let kinds =
        [LicenseCopyEntryKind::StatusChanged, LicenseCopyEntryKind::Issued, LicenseCopyEntryKind::Imported];
    let entry = license_copy_entry::Entity::find()
        .filter(Column::LicenseId.eq(license_id.get()))
        .filter(Column::Kind.is_in(kinds.map(LicenseCopyEntryKind::as_str)))
        .order_by_desc(Column::Id)
        .one(&x.executor())
        .await?;
    Ok(entry.map(|e| e.recorded_at))
}

/// The filters of the top-level license list; each given one must hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LicenseFilter {
    /// The status as of `today` (`LicenseStatus::as_of`): a license past its last valid day is
    /// EXPIRED here whatever its stored status says.
    pub status: Option<LicenseStatus>,
    /// The day `status` is judged on (the supervision calendar's today).
    pub today: NaiveDate,
    pub industry: Option<String>,
    /// Inclusive bounds of the holder's region code.
    pub region_range: Option<(String, String)>,
    /// Last valid day on or after this date …
    pub expires_from: Option<NaiveDate>,
    /// … and on or before this one ("expiring within 90 days").
    pub expires_to: Option<NaiveDate>,
    /// The core number or the holder's name contains this text (literal).
    pub search: Option<String>,
}

/// The orders of the license list; each is a unique key (ties broken by id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LicenseOrder {
    /// Issue order (entry into this system).
    Id,
    /// Last valid day, soonest first.
    ExpiresOn,
    /// Core license number.
    Number,
}

/// A position in the license list: the key of the order it was read in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LicenseCursor {
    Id(LicenseId),
    ExpiresOn(NaiveDate, LicenseId),
    Number(String, LicenseId),
}

impl LicenseCursor {
    /// The cursor of `record` in `order`.
    pub fn of(record: &LicenseRecord, order: LicenseOrder) -> LicenseCursor {
        match order {
            LicenseOrder::Id => LicenseCursor::Id(record.id),
            LicenseOrder::ExpiresOn => LicenseCursor::ExpiresOn(record.validity.expires_on, record.id),
            LicenseOrder::Number => LicenseCursor::Number(record.number.core(), record.id),
        }
    }
}

impl page::Cursor<1> for LicenseCursor {
    fn values(&self) -> [sea_orm::Value; 1] {
        match self {
            LicenseCursor::Id(id) | LicenseCursor::ExpiresOn(_, id) | LicenseCursor::Number(_, id) => {
                [id.get().into()]
            }
        }
    }
}

impl page::Cursor<2> for LicenseCursor {
    fn values(&self) -> [sea_orm::Value; 2] {
        match self {
            LicenseCursor::Id(id) => [id.get().into(), id.get().into()],
            LicenseCursor::ExpiresOn(day, id) => [(*day).into(), id.get().into()],
            LicenseCursor::Number(number, id) => [number.clone().into(), id.get().into()],
        }
    }
}

impl LicenseFilter {
    fn condition(&self) -> Condition {
        use license::Column;
        let mut condition = Condition::all();
        if let Some(status) = self.status {
            condition = condition.add(status_as_of(status, self.today));
        }
        if let Some(industry) = &self.industry {
            condition = condition.add(Column::IndustryCode.eq(industry.clone()));
        }
        if let Some((low, high)) = &self.region_range {
            let holders = Query::select()
                .column(enterprise::Column::Id)
                .from(enterprise::Entity)
                .and_where(enterprise::Column::RegionCode.between(low.clone(), high.clone()))
                .to_owned();
            condition = condition.add(Column::EnterpriseId.in_subquery(holders));
        }
        if let Some(from) = self.expires_from {
            condition = condition.add(Column::ExpiresOn.gte(from));
        }
        if let Some(to) = self.expires_to {
            condition = condition.add(Column::ExpiresOn.lte(to));
        }
        if let Some(text) = &self.search {
            let pattern = || LikeExpr::new(format!("%{}%", like_escape(text))).escape('\\');
            let named = Query::select()
                .column(enterprise::Column::Id)
                .from(enterprise::Entity)
                .and_where(enterprise::Column::Name.like(pattern()))
                .to_owned();
            let matches = Condition::any()
                .add(Column::Number.like(pattern()))
                .add(Column::EnterpriseId.in_subquery(named));
            condition = condition.add(matches);
        }
        condition
    }
}

/// The stored rows whose status on `today` is `status` (the SQL of `LicenseStatus::as_of`).
fn status_as_of(status: LicenseStatus, today: NaiveDate) -> Condition {
    use license::Column;
    let stored = |s: LicenseStatus| Column::Status.eq(s.as_str());
    let in_force = |s: LicenseStatus| Condition::all().add(stored(s)).add(Column::ExpiresOn.gte(today));
    match status {
        LicenseStatus::Valid | LicenseStatus::Suspended => in_force(status),
        LicenseStatus::Expired => Condition::any().add(stored(LicenseStatus::Expired)).add(
            Condition::all()
                .add(Column::Status.is_in([LicenseStatus::Valid.as_str(), LicenseStatus::Suspended.as_str()]))
                .add(Column::ExpiresOn.lt(today)),
        ),
        LicenseStatus::Revoked | LicenseStatus::Cancelled => Condition::all().add(stored(status)),
    }
}

/// One page of the licenses inside `scope` matching `filter`, in `order` (descending when
/// asked). The api decodes cursors for the order asked, so `request` holds cursors of `order`;
/// one of another order reads from its id alone.
pub async fn page(
    x: &impl Executor,
    scope: &Scope,
    filter: &LicenseFilter,
    (order, descending): (LicenseOrder, bool),
    request: &PageRequest<LicenseCursor>,
) -> Result<Page<LicenseRecord>> {
    use license::Column;
    let query = license::Entity::find()
        .filter(owned_rows_in_scope(Column::EnterpriseId, scope))
        .filter(filter.condition());
    match order {
        LicenseOrder::Id => {
            page::keyset(x, query, SortKey::directed([Column::Id], descending), request, to_record).await
        }
        LicenseOrder::ExpiresOn => {
            let key = SortKey::directed([Column::ExpiresOn, Column::Id], descending);
            page::keyset(x, query, key, request, to_record).await
        }
        LicenseOrder::Number => {
            page::keyset(
                x,
                query,
                SortKey::directed([Column::Number, Column::Id], descending),
                request,
                to_record,
            )
            .await
        }
    }
}

/// How many licenses inside `scope` match `filter`.
pub async fn count(x: &impl Executor, scope: &Scope, filter: &LicenseFilter) -> Result<u64> {
    Ok(license::Entity::find()
        .filter(owned_rows_in_scope(license::Column::EnterpriseId, scope))
        .filter(filter.condition())
        .count(&x.executor())
        .await?)
}
