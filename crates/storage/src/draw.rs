//! Double-random draws (双随机一公开, docs/adr/0025): the directories read as snapshots (three
//! statements, whatever the size of the jurisdiction), the committed draw, its run saved by
//! compare-and-set (a draw runs once), its cancellation by the same compare-and-set (a draw is
//! run or cancelled, never both), the assignments it hands out and the inspector's list of them. The class of a target is read by one function, `class_of`, so the risk classes join in
//! one place.

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::draw::algorithm::{DrawResult, Selection};
use oversight_domain::draw::record::DrawRecord;
use oversight_domain::draw::snapshot::{ConflictRow, InspectorRow, SnapshotHashes, Snapshots, TargetRow};
use oversight_domain::draw::{DrawClass, DrawSpec};
use oversight_domain::registry::license::LicenseStatus;
use oversight_domain::registry::officer::OfficerStatus;
use oversight_domain::registry::region::RegionCode;
use oversight_domain::{AuthorityId, DrawId, EnterpriseId, LicenseId, OfficerId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryResult,
    Statement,
};

use crate::entity::draw::{self as row, Column};
use crate::entity::draw_assignment as assignment_row;
use crate::page::{self, SortKey};
use crate::sql::Binds;
use crate::{Executor, Page, PageRequest, Result, StorageError, Tx, json, parsed};

const TABLE: &str = "draw";

/// The class column of the enterprise aliased `enterprise`, and the join that provides it: the
/// one place the draw reads risk classes — the current class of `enterprise_risk_class` (one row
/// per enterprise, its primary key), B for an enterprise without one (docs/adr/0025 decision 4).
fn class_of(enterprise: &str) -> (String, String) {
    let default = oversight_domain::draw::DEFAULT_CLASS.as_str();
    (
        format!("LEFT JOIN enterprise_risk_class rc ON rc.enterprise_id = {enterprise}.id"),
        format!("COALESCE(rc.class, '{default}')"),
    )
}

/// The three directories of `spec` on its `drawn_on` day, sorted: the targets, the inspectors and
/// the conflicts (declared recusals, and visits within the recent-patrol window).
pub async fn snapshots(x: &impl Executor, spec: &DrawSpec) -> Result<Snapshots> {
    let targets = targets(x, spec).await?;
    let inspectors = inspectors(x, spec.authority_region).await?;
    let conflicts = conflicts(x, spec).await?;
    Ok(Snapshots { targets, inspectors, conflicts }.sorted())
}

async fn targets(x: &impl Executor, spec: &DrawSpec) -> Result<Vec<TargetRow>> {
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let (class_join, class) = class_of("e");
    let valid = binds.push(LicenseStatus::Valid.as_str());
    let suspended = binds.push(LicenseStatus::Suspended.as_str());
    let day = binds.push(spec.drawn_on);
    let (low, high) = spec.authority_region.range();
    let (low, high) = (binds.push(low), binds.push(high));
    let mut filter = String::new();
    if !spec.industries.is_empty() {
        let list: Vec<String> = spec.industries.iter().map(|code| binds.push(code.clone())).collect();
        filter.push_str(&format!(" AND l.industry_code IN ({})", list.join(", ")));
    }
    if !spec.regions.is_empty() {
        let ranges: Vec<String> = spec
            .regions
            .iter()
            .map(|region| {
                let (low, high) = region.range();
                format!("e.region_code BETWEEN {} AND {}", binds.push(low), binds.push(high))
            })
            .collect();
        filter.push_str(&format!(" AND ({})", ranges.join(" OR ")));
    }
    let sql = format!(
        "SELECT l.id, l.enterprise_id, l.industry_code, e.region_code, {class} AS class, \
         CAST(l.issued_on AS TEXT) AS issued_on, \
         (SELECT CAST(MAX(pi.inspected_on) AS TEXT) FROM patrol_inspection pi WHERE pi.license_id = l.id \
           AND pi.inspected_on <= {day}) AS patrolled_on, \
         (SELECT CAST(MAX(tt.sampling_date) AS TEXT) FROM testing_task tt WHERE tt.license_id = l.id \
           AND tt.sampling_date <= {day}) AS sampled_on \
         FROM license l JOIN enterprise e ON e.id = l.enterprise_id {class_join} \
         WHERE l.status IN ({valid}, {suspended}) AND l.expires_on >= {day} \
           AND e.region_code BETWEEN {low} AND {high}{filter} ORDER BY l.id"
    );
    let rows =
        executor.query_all_raw(Statement::from_sql_and_values(binds.backend, sql, binds.values)).await?;
    rows.iter().map(target_row).collect()
}

fn target_row(row: &QueryResult) -> Result<TargetRow> {
    let corrupt = |what: &str| StorageError::corrupt("license", format!("draw snapshot: {what}"));
    let class: String = row.try_get("", "class")?;
    let region: String = row.try_get("", "region_code")?;
    let mut checked_on = day(row, "issued_on")?.ok_or_else(|| corrupt("issued_on"))?;
    for column in ["patrolled_on", "sampled_on"] {
        if let Some(later) = day(row, column)?.filter(|d| *d > checked_on) {
            checked_on = later;
        }
    }
    Ok(TargetRow {
        license_id: LicenseId::new(row.try_get("", "id")?),
        enterprise_id: EnterpriseId::new(row.try_get("", "enterprise_id")?),
        industry: row.try_get("", "industry_code")?,
        region: RegionCode::parse(&region).map_err(|_| corrupt("region"))?,
        class: DrawClass::parse(&class).unwrap_or(oversight_domain::draw::DEFAULT_CLASS),
        checked_on,
    })
}

/// A date read as text (both backends render `YYYY-MM-DD`).
fn day(row: &QueryResult, column: &str) -> Result<Option<NaiveDate>> {
    let text: Option<String> = row.try_get("", column)?;
    text.map(|t| {
        NaiveDate::parse_from_str(t.get(..10).unwrap_or(&t), "%Y-%m-%d")
            .map_err(|_| StorageError::corrupt(TABLE, format!("date {t}")))
    })
    .transpose()
}

async fn inspectors(x: &impl Executor, jurisdiction: RegionCode) -> Result<Vec<InspectorRow>> {
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let active = binds.push(OfficerStatus::Active.as_str());
    let (low, high) = jurisdiction.range();
    let (low, high) = (binds.push(low), binds.push(high));
    let sql = format!(
        "SELECT o.id, o.name, o.badge_number, o.industries, a.region_code FROM officer o \
         JOIN authority a ON a.id = o.authority_id WHERE o.status = {active} AND a.closed_at IS NULL \
         AND a.region_code BETWEEN {low} AND {high} ORDER BY o.id"
    );
    let rows =
        executor.query_all_raw(Statement::from_sql_and_values(binds.backend, sql, binds.values)).await?;
    rows.iter()
        .map(|row| {
            let id: i64 = row.try_get("", "id")?;
            let corrupt = |what: &str| StorageError::corrupt("officer", format!("id {id}: {what}"));
            let industries: String = row.try_get("", "industries")?;
            let seat: String = row.try_get("", "region_code")?;
            Ok(InspectorRow {
                officer_id: OfficerId::new(id),
                name: row.try_get("", "name")?,
                badge_number: row.try_get("", "badge_number")?,
                seat: RegionCode::parse(&seat).map_err(|_| corrupt("seat"))?,
                industries: serde_json::from_str(&industries).map_err(|_| corrupt("industries"))?,
            })
        })
        .collect()
}

/// Declared recusals of enterprises in the jurisdiction, and the inspectors of visits (patrols and
/// follow-ups) to them since the recent-patrol window opened.
async fn conflicts(x: &impl Executor, spec: &DrawSpec) -> Result<Vec<ConflictRow>> {
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let (low, high) = spec.authority_region.range();
    let (low, high) = (binds.push(low), binds.push(high));
    let sql = format!(
        "SELECT r.officer_id, r.enterprise_id FROM officer_recusal r JOIN enterprise e ON e.id = r.enterprise_id \
         WHERE e.region_code BETWEEN {low} AND {high}"
    );
    let rows =
        executor.query_all_raw(Statement::from_sql_and_values(binds.backend, sql, binds.values)).await?;
    let mut conflicts = Vec::with_capacity(rows.len());
    for row in &rows {
        conflicts.push(ConflictRow {
            officer_id: OfficerId::new(row.try_get("", "officer_id")?),
            enterprise_id: EnterpriseId::new(row.try_get("", "enterprise_id")?),
        });
    }
    let Some(since) = spec.recent_patrol_since() else { return Ok(conflicts) };
    let mut binds = Binds::new(executor.get_database_backend());
    let (low, high) = spec.authority_region.range();
    let (low, high) = (binds.push(low), binds.push(high));
    let (since, until) = (binds.push(since), binds.push(spec.drawn_on));
    let sql = format!(
        "SELECT pi.id, pi.enterprise_id, pi.inspectors FROM patrol_inspection pi JOIN enterprise e \
         ON e.id = pi.enterprise_id WHERE pi.inspected_on >= {since} AND pi.inspected_on <= {until} \
         AND e.region_code BETWEEN {low} AND {high}"
    );
    let rows =
        executor.query_all_raw(Statement::from_sql_and_values(binds.backend, sql, binds.values)).await?;
    for row in &rows {
        let id: i64 = row.try_get("", "id")?;
        let text: String = row.try_get("", "inspectors")?;
        let officers: Vec<i64> = serde_json::from_str(&text)
            .map_err(|_| StorageError::corrupt("patrol_inspection", format!("id {id}: inspectors")))?;
        let enterprise_id = EnterpriseId::new(row.try_get("", "enterprise_id")?);
        conflicts.extend(
            officers.into_iter().map(|o| ConflictRow { officer_id: OfficerId::new(o), enterprise_id }),
        );
    }
    Ok(conflicts)
}

/// Whether the authority has a draw whose period overlaps `[starts_on, ends_on]`.
pub async fn overlapping(
    x: &impl Executor,
    authority_id: AuthorityId,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
) -> Result<bool> {
    let found = row::Entity::find()
        .filter(Column::AuthorityId.eq(authority_id.get()))
        .filter(Column::StartsOn.lte(ends_on))
        .filter(Column::EndsOn.gte(starts_on))
        .one(&x.executor())
        .await?;
    Ok(found.is_some())
}

/// What a commit stores.
#[derive(Debug, Clone)]
pub struct NewDraw<'a> {
    pub spec: &'a DrawSpec,
    pub seed_sha256: &'a str,
    pub reason: Option<&'a str>,
    pub snapshots: &'a Snapshots,
    pub by: &'a str,
    pub now: DateTime<Utc>,
}

/// Stores a committed draw; returns its record.
pub async fn insert(tx: &Tx, new: &NewDraw<'_>) -> Result<DrawRecord> {
    let hashes = new.snapshots.hashes();
    let model = row::ActiveModel {
        authority_id: Set(new.spec.authority_id.get()),
        region_code: Set(new.spec.authority_region.to_string()),
        starts_on: Set(new.spec.starts_on),
        ends_on: Set(new.spec.ends_on),
        algorithm_version: Set(oversight_domain::draw::ALGORITHM_VERSION.to_owned()),
        spec: Set(json(TABLE, new.spec)?),
        spec_sha256: Set(new.spec.sha256()),
        seed_sha256: Set(new.seed_sha256.to_owned()),
        reason: Set(new.reason.map(str::to_owned)),
        targets_sha256: Set(hashes.targets),
        inspectors_sha256: Set(hashes.inspectors),
        conflicts_sha256: Set(hashes.conflicts),
        snapshots: Set(json(TABLE, new.snapshots)?),
        committed_by: Set(new.by.to_owned()),
        committed_at: Set(new.now),
        ..Default::default()
    };
    to_record(model.insert(&tx.executor()).await.map_err(StorageError::from_write)?)
}

/// The draw with this id.
pub async fn by_id(x: &impl Executor, id: DrawId) -> Result<Option<DrawRecord>> {
    row::Entity::find_by_id(id.get()).one(&x.executor()).await?.map(to_record).transpose()
}

/// The draws with these ids (the loader, `node(id:)`).
pub async fn by_ids(x: &impl Executor, ids: &[DrawId]) -> Result<Vec<DrawRecord>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    row::Entity::find()
        .filter(Column::Id.is_in(ids.iter().map(|id| id.get())))
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_record)
        .collect()
}

/// Saves the run — the seed, the result and its hash — while the draw has none and is not
/// cancelled (compare-and-set on both): false when another run or a cancellation came first.
pub async fn save_run(
    tx: &Tx,
    id: DrawId,
    seed: &str,
    result: &DrawResult,
    by: &str,
    now: DateTime<Utc>,
) -> Result<bool> {
    let outcome = row::Entity::update_many()
        .col_expr(Column::Seed, Expr::value(seed.to_owned()))
        .col_expr(Column::Result, Expr::value(json(TABLE, result)?))
        .col_expr(Column::ResultSha256, Expr::value(result.sha256()))
        .col_expr(Column::RanBy, Expr::value(by.to_owned()))
        .col_expr(Column::RanAt, Expr::value(now))
        .filter(Column::Id.eq(id.get()))
        .filter(Column::Seed.is_null())
        .filter(Column::CancelledAt.is_null())
        .exec(&tx.executor())
        .await?;
    Ok(outcome.rows_affected == 1)
}

/// Cancels a committed draw — when, by whom, why — while it is neither run nor cancelled
/// (compare-and-set on the seed and the cancellation, as `save_run`): false when a run or
/// another cancellation came first.
pub async fn save_cancel(tx: &Tx, id: DrawId, reason: &str, by: &str, now: DateTime<Utc>) -> Result<bool> {
    let outcome = row::Entity::update_many()
        .col_expr(Column::CancelledAt, Expr::value(now))
        .col_expr(Column::CancelledBy, Expr::value(by.to_owned()))
        .col_expr(Column::CancelReason, Expr::value(reason.to_owned()))
        .filter(Column::Id.eq(id.get()))
        .filter(Column::Seed.is_null())
        .filter(Column::CancelledAt.is_null())
        .exec(&tx.executor())
        .await?;
    Ok(outcome.rows_affected == 1)
}

/// Writes one assignment per drawn target and inspector, in multi-row statements.
pub async fn insert_assignments(tx: &Tx, id: DrawId, result: &DrawResult) -> Result<()> {
    let rows: Vec<assignment_row::ActiveModel> = result
        .targets
        .iter()
        .flat_map(|target| {
            target.inspectors.iter().map(move |officer| assignment_row::ActiveModel {
                draw_id: Set(id.get()),
                license_id: Set(target.license_id.get()),
                enterprise_id: Set(target.enterprise_id.get()),
                officer_id: Set(officer.get()),
                selection: Set(target.selection.as_str().to_owned()),
                ..Default::default()
            })
        })
        .collect();
    // Five values per row: every column but the id.
    crate::insert_rows(tx, rows, 5).await
}

/// One drawn license handed to one inspector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Assignment {
    pub id: i64,
    pub draw_id: DrawId,
    pub license_id: LicenseId,
    pub enterprise_id: EnterpriseId,
    pub officer_id: OfficerId,
    pub selection: Selection,
}

/// One page of an inspector's assignments, newest first.
pub async fn assignments_page(
    x: &impl Executor,
    officer_id: OfficerId,
    request: &PageRequest<i64>,
) -> Result<Page<Assignment>> {
    let query = assignment_row::Entity::find().filter(assignment_row::Column::OfficerId.eq(officer_id.get()));
    page::keyset(x, query, SortKey::descending([assignment_row::Column::Id]), request, to_assignment).await
}

fn to_assignment(model: assignment_row::Model) -> Result<Assignment> {
    Ok(Assignment {
        id: model.id,
        draw_id: DrawId::new(model.draw_id),
        license_id: LicenseId::new(model.license_id),
        enterprise_id: EnterpriseId::new(model.enterprise_id),
        officer_id: OfficerId::new(model.officer_id),
        selection: Selection::parse(&model.selection)
            .ok_or_else(|| StorageError::corrupt("draw_assignment", format!("id {}: selection", model.id)))?,
    })
}

fn to_record(model: row::Model) -> Result<DrawRecord> {
    let id = model.id;
    Ok(DrawRecord {
        id: DrawId::new(id),
        algorithm_version: model.algorithm_version,
        spec: parsed(TABLE, id, "spec", &model.spec)?,
        spec_sha256: model.spec_sha256,
        seed_sha256: model.seed_sha256,
        reason: model.reason,
        snapshot_sha256: SnapshotHashes {
            targets: model.targets_sha256,
            inspectors: model.inspectors_sha256,
            conflicts: model.conflicts_sha256,
        },
        snapshots: parsed(TABLE, id, "snapshots", &model.snapshots)?,
        committed_at: model.committed_at,
        seed: model.seed,
        result: model.result.as_deref().map(|text| parsed(TABLE, id, "result", text)).transpose()?,
        result_sha256: model.result_sha256,
        ran_at: model.ran_at,
        cancelled_at: model.cancelled_at,
        cancel_reason: model.cancel_reason,
    })
}
