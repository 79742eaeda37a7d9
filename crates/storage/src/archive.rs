//! The quality archive (企业质量档案): one row per fact, read as one feed per
//! enterprise, newest first.

use chrono::{DateTime, Utc};
use oversight_domain::archive::{ArchiveEvent, ArchiveEventKind};
use oversight_domain::{ArchiveEventId, EnterpriseId, LicenseId};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbBackend, EntityTrait,
    FromQueryResult, PaginatorTrait, QueryFilter, QuerySelect, Statement, Value,
};

use crate::entity::archive_event;
use crate::page::{self, Cursor, SortKey};
use crate::{
    Executor, Page, PageRequest, Result, Scope, StorageError, Tx, owned_in_scope, owned_rows_in_scope,
};

/// A stored archive event.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchiveEventRecord {
    pub id: ArchiveEventId,
    pub enterprise_id: EnterpriseId,
    pub license_id: Option<LicenseId>,
    pub kind: ArchiveEventKind,
    pub summary: String,
    pub details: serde_json::Value,
    /// When the fact happened (e.g. the issue date of an imported license).
    pub occurred_at: DateTime<Utc>,
    /// When the system learned of it.
    pub recorded_at: DateTime<Utc>,
}

impl ArchiveEventRecord {
    pub fn key(&self) -> ArchiveKey {
        ArchiveKey { occurred_at: self.occurred_at, id: self.id }
    }
}

/// The position of an event in the feed: the feed is ordered by occurrence time,
/// then by id for events of the same instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArchiveKey {
    pub occurred_at: DateTime<Utc>,
    pub id: ArchiveEventId,
}

impl Cursor<2> for ArchiveKey {
    fn values(&self) -> [Value; 2] {
        [self.occurred_at.into(), self.id.get().into()]
    }
}

pub async fn append(
    tx: &Tx,
    enterprise_id: EnterpriseId,
    license_id: Option<LicenseId>,
    event: &ArchiveEvent,
    occurred_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<ArchiveEventRecord> {
    let model = archive_event::ActiveModel {
        enterprise_id: Set(enterprise_id.get()),
        license_id: Set(license_id.map(LicenseId::get)),
        kind: Set(event.kind.as_str().to_owned()),
        summary: Set(event.summary.clone()),
        details: Set(event.details.to_string()),
        occurred_at: Set(occurred_at),
        recorded_at: Set(now),
        ..Default::default()
    };
    let model = model.insert(&tx.executor()).await?;
    to_record(model)
}

/// One event of [`append_many`].
#[derive(Debug, Clone, Copy)]
pub struct NewArchiveEvent<'a> {
    pub enterprise_id: EnterpriseId,
    pub license_id: Option<LicenseId>,
    pub event: &'a ArchiveEvent,
    pub occurred_at: DateTime<Utc>,
}

/// Appends many events in one multi-row `INSERT` (more only past the parameter limit), in the
/// order given: ids grow in that order on both databases, so the feed of one instant keeps it.
/// Returns nothing — a multi-row insert's ids are not portable (SQLite reports only the last).
pub async fn append_many(tx: &Tx, events: &[NewArchiveEvent<'_>], now: DateTime<Utc>) -> Result<()> {
    let rows = events
        .iter()
        .map(|new| archive_event::ActiveModel {
            enterprise_id: Set(new.enterprise_id.get()),
            license_id: Set(new.license_id.map(LicenseId::get)),
            kind: Set(new.event.kind.as_str().to_owned()),
            summary: Set(new.event.summary.clone()),
            details: Set(new.event.details.to_string()),
            occurred_at: Set(new.occurred_at),
            recorded_at: Set(now),
            ..Default::default()
        })
        .collect();
    // Seven values per row: every column but the id.
    crate::insert_rows(tx, rows, 7).await
}

/// Which events of a feed to read: of these kinds (all when empty) that occurred in
/// `[from, until)`. A loader key, so a page of enterprises asking the same question shares one
/// statement.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct ArchiveFilter {
    pub kinds: Vec<ArchiveEventKind>,
    /// Occurred at or after this instant …
    pub from: Option<DateTime<Utc>>,
    /// … and before this one.
    pub until: Option<DateTime<Utc>>,
}

impl ArchiveFilter {
    /// Events of these kinds, whenever they occurred.
    pub fn of_kinds(kinds: &[ArchiveEventKind]) -> ArchiveFilter {
        ArchiveFilter { kinds: kinds.to_vec(), ..ArchiveFilter::default() }
    }

    fn condition(&self) -> Condition {
        use archive_event::Column;
        let mut condition = Condition::all();
        if !self.kinds.is_empty() {
            condition = condition.add(Column::Kind.is_in(self.kinds.iter().map(|k| k.as_str())));
        }
        if let Some(from) = self.from {
            condition = condition.add(Column::OccurredAt.gte(from));
        }
        if let Some(until) = self.until {
            condition = condition.add(Column::OccurredAt.lt(until));
        }
        condition
    }
}

/// One page of an enterprise's archive; "forward" (`first`/`after`) is newest first.
pub async fn page(
    x: &impl Executor,
    scope: &Scope,
    enterprise_id: EnterpriseId,
    filter: &ArchiveFilter,
    request: &PageRequest<ArchiveKey>,
) -> Result<Page<ArchiveEventRecord>> {
    use archive_event::Column::{Id, OccurredAt};
    let query = archive_event::Entity::find()
        .filter(archive_event::Column::EnterpriseId.eq(enterprise_id.get()))
        .filter(owned_in_scope(archive_event::Column::EnterpriseId, scope))
        .filter(filter.condition());
    page::keyset(x, query, SortKey::descending([OccurredAt, Id]), request, to_record).await
}

/// How many events of these kinds an enterprise's archive holds.
pub async fn count(
    x: &impl Executor,
    scope: &Scope,
    enterprise_id: EnterpriseId,
    filter: &ArchiveFilter,
) -> Result<u64> {
    Ok(archive_event::Entity::find()
        .filter(archive_event::Column::EnterpriseId.eq(enterprise_id.get()))
        .filter(owned_in_scope(archive_event::Column::EnterpriseId, scope))
        .filter(filter.condition())
        .count(&x.executor())
        .await?)
}

/// The newest `n` events of each of these enterprises, in one statement (a window
/// function), so a page of enterprises with their latest events is not N+1.
pub async fn newest_of_each(
    x: &impl Executor,
    scope: &Scope,
    enterprise_ids: &[EnterpriseId],
    filter: &ArchiveFilter,
    n: u64,
) -> Result<Vec<ArchiveEventRecord>> {
    if enterprise_ids.is_empty() || n == 0 {
        return Ok(Vec::new());
    }
    let executor = x.executor();
    let backend = executor.get_database_backend();
    let kinds = &filter.kinds;
    let mut values: Vec<Value> = Vec::with_capacity(enterprise_ids.len() + kinds.len() + 4);
    let mut placeholder = |value: Value| {
        values.push(value);
        match backend {
            DbBackend::Postgres => format!("${}", values.len()),
            _ => "?".to_owned(),
        }
    };
    let ids = enterprise_ids.iter().map(|id| placeholder(id.get().into())).collect::<Vec<_>>().join(", ");
    let kinds_clause = if kinds.is_empty() {
        String::new()
    } else {
        let list = kinds.iter().map(|k| placeholder(k.as_str().into())).collect::<Vec<_>>().join(", ");
        format!(" AND kind IN ({list})")
    };
    // The date range, inside the window so each enterprise's newest n are those of the range.
    let mut range_clause = String::new();
    if let Some(from) = filter.from {
        range_clause.push_str(&format!(" AND occurred_at >= {}", placeholder(from.into())));
    }
    if let Some(until) = filter.until {
        range_clause.push_str(&format!(" AND occurred_at < {}", placeholder(until.into())));
    }
    // The read scope, probed per row as `owned_rows_in_scope` writes it: the statement is
    // bounded by the enterprise ids, so a jurisdiction-wide list must not drive it.
    let scope_clause = match scope {
        Scope::Everything => String::new(),
        Scope::Nothing => " AND 1 = 0".to_owned(),
        Scope::Enterprise(id) => format!(" AND enterprise_id = {}", placeholder(id.get().into())),
        Scope::Within(region) => {
            let (low, high) = region.range();
            let (low, high) = (placeholder(low.into()), placeholder(high.into()));
            format!(
                " AND EXISTS (SELECT 1 FROM enterprise WHERE enterprise.id = archive_event.enterprise_id \
                 AND enterprise.region_code BETWEEN {low} AND {high})"
            )
        }
    };
    let sql = format!(
        "SELECT id, enterprise_id, license_id, kind, summary, details, occurred_at, recorded_at \
         FROM (SELECT archive_event.*, ROW_NUMBER() OVER \
         (PARTITION BY enterprise_id ORDER BY occurred_at DESC, id DESC) AS rank_in_feed \
         FROM archive_event WHERE enterprise_id IN ({ids}){kinds_clause}{range_clause}{scope_clause}) ranked \
         WHERE rank_in_feed <= {n} ORDER BY enterprise_id, occurred_at DESC, id DESC"
    );
    let rows = executor.query_all_raw(Statement::from_sql_and_values(backend, sql, values)).await?;
    rows.iter()
        .map(|row| {
            archive_event::Model::from_query_result(row, "").map_err(StorageError::from).and_then(to_record)
        })
        .collect()
}

/// Event counts per enterprise, in one grouped statement.
pub async fn counts_of_each(
    x: &impl Executor,
    scope: &Scope,
    enterprise_ids: &[EnterpriseId],
    filter: &ArchiveFilter,
) -> Result<Vec<(EnterpriseId, u64)>> {
    if enterprise_ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<(i64, i64)> = archive_event::Entity::find()
        .select_only()
        .column(archive_event::Column::EnterpriseId)
        .column_as(archive_event::Column::Id.count(), "n")
        .filter(archive_event::Column::EnterpriseId.is_in(enterprise_ids.iter().map(|id| id.get())))
        .filter(owned_rows_in_scope(archive_event::Column::EnterpriseId, scope))
        .filter(filter.condition())
        .group_by(archive_event::Column::EnterpriseId)
        .into_tuple()
        .all(&x.executor())
        .await?;
    Ok(rows.into_iter().map(|(id, n)| (EnterpriseId::new(id), u64::try_from(n).unwrap_or(0))).collect())
}

fn to_record(model: archive_event::Model) -> Result<ArchiveEventRecord> {
    let kind = ArchiveEventKind::parse(&model.kind).ok_or_else(|| {
        StorageError::corrupt("archive_event", format!("id {}: kind {}", model.id, model.kind))
    })?;
    let details = serde_json::from_str(&model.details)
        .map_err(|e| StorageError::corrupt("archive_event", format!("id {}: {e}", model.id)))?;
    Ok(ArchiveEventRecord {
        id: ArchiveEventId::new(model.id),
        enterprise_id: EnterpriseId::new(model.enterprise_id),
        license_id: model.license_id.map(LicenseId::new),
        kind,
        summary: model.summary,
        details,
        occurred_at: model.occurred_at,
        recorded_at: model.recorded_at,
    })
}

pub async fn by_id(
    x: &impl Executor,
    scope: &Scope,
    id: ArchiveEventId,
) -> Result<Option<ArchiveEventRecord>> {
    archive_event::Entity::find_by_id(id.get())
        .filter(owned_rows_in_scope(archive_event::Column::EnterpriseId, scope))
        .one(&x.executor())
        .await?
        .map(to_record)
        .transpose()
}
