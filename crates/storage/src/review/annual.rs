//! The reviews of a year: enrolment of every license in force in one statement (and its archive
//! events in one more), a single license joining later, compare-and-set saves, scoped reads and
//! the reviewer's queue, leaving the year, and overdue recorded in bulk.

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::archive::ArchiveEvent;
use oversight_domain::registry::license::LicenseStatus;
use oversight_domain::review::annual::{AnnualReview, Conclusion, CopyHandIn, ReviewStatus, ReviewYear};
use oversight_domain::{EnterpriseId, LicenseId, ReviewId, ReviewYearId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Statement,
};

use crate::entity::annual_review as review;
use crate::page::{self, SortKey};
use crate::sql::Binds;
use crate::{
    Executor, Page, PageRequest, Result, Scope, StorageError, Tx, owned_in_scope, owned_rows_in_scope,
};

/// Enrols every license in force in the year's province on its opening day (stored VALID or
/// SUSPENDED, last valid day not before the opening) — one `INSERT … SELECT` — and writes the
/// `event` to each one's archive in a second. Returns how many joined. The reviews are numbered
/// in license order, so a year's ids follow the registry's (the README's walkthrough names one).
pub async fn enrol_all(tx: &Tx, year: &ReviewYear, event: &ArchiveEvent, now: DateTime<Utc>) -> Result<u64> {
    let backend = tx.executor().get_database_backend();
    let mut binds = Binds::new(backend);
    let (low, high) = year.province.range();
    let sql = format!(
        "INSERT INTO annual_review (year_id, year, license_id, enterprise_id, industry, status, joined_on, \
         submission_deadline, report_version, queued_at, created_at, updated_at) \
         SELECT {year_id}, {year_no}, l.id, l.enterprise_id, l.industry_code, {pending}, {opened}, {deadline}, 0, {now}, {now2}, {now3} \
         FROM license l JOIN enterprise e ON e.id = l.enterprise_id \
         WHERE e.region_code BETWEEN {low} AND {high} AND l.status IN ({valid}, {suspended}) AND l.expires_on >= {opened2} \
         ORDER BY l.id",
        year_id = binds.push(year.id.get()),
        year_no = binds.push(year.year),
        pending = binds.push(ReviewStatus::Pending.as_str()),
        opened = binds.push(year.opened_on),
        deadline = binds.push(year.submission_deadline),
        now = binds.push(now),
        now2 = binds.push(now),
        now3 = binds.push(now),
        low = binds.push(low),
        high = binds.push(high),
        valid = binds.push(LicenseStatus::Valid.as_str()),
        suspended = binds.push(LicenseStatus::Suspended.as_str()),
        opened2 = binds.push(year.opened_on),
    );
    let enrolled =
        tx.executor().execute_raw(Statement::from_sql_and_values(backend, sql, binds.values)).await?;
    archive_each(tx, year.id, None, event, now).await?;
    Ok(enrolled.rows_affected())
}

/// Writes `event` to the archive of every review of the year (only those in `status` when
/// given): one `INSERT … SELECT`.
pub(crate) async fn archive_each(
    tx: &Tx,
    year_id: ReviewYearId,
    overdue_on: Option<NaiveDate>,
    event: &ArchiveEvent,
    now: DateTime<Utc>,
) -> Result<u64> {
    let backend = tx.executor().get_database_backend();
    let mut binds = Binds::new(backend);
    let mut sql = format!(
        "INSERT INTO archive_event (enterprise_id, license_id, kind, summary, details, occurred_at, recorded_at) \
         SELECT enterprise_id, license_id, {kind}, {summary}, {details}, {now}, {now2} FROM annual_review \
         WHERE year_id = {year_id}",
        kind = binds.push(event.kind.as_str()),
        summary = binds.push(event.summary.clone()),
        details = binds.push(event.details.to_string()),
        now = binds.push(now),
        now2 = binds.push(now),
        year_id = binds.push(year_id.get()),
    );
    if let Some(day) = overdue_on {
        sql.push_str(&overdue_condition(&mut binds, day));
    }
    let written =
        tx.executor().execute_raw(Statement::from_sql_and_values(backend, sql, binds.values)).await?;
    Ok(written.rows_affected())
}

/// `AnnualReview::overdue_on` in SQL, for a year's reviews not yet recorded overdue.
fn overdue_condition(binds: &mut Binds, day: NaiveDate) -> String {
    format!(
        " AND status = {} AND first_submitted_on IS NULL AND submission_deadline < {} AND overdue_since IS NULL",
        binds.push(ReviewStatus::Pending.as_str()),
        binds.push(day)
    )
}

/// Records overdue, on `day`, every review of the year still without a first report after its
/// deadline, writing `event` to each one's archive first: two statements. Returns how many.
pub async fn mark_overdue(
    tx: &Tx,
    year_id: ReviewYearId,
    day: NaiveDate,
    event: &ArchiveEvent,
    now: DateTime<Utc>,
) -> Result<u64> {
    archive_each(tx, year_id, Some(day), event, now).await?;
    let backend = tx.executor().get_database_backend();
    let mut binds = Binds::new(backend);
    let mut sql = format!(
        "UPDATE annual_review SET overdue_since = {day}, updated_at = {now} WHERE year_id = {year_id}",
        day = binds.push(day),
        now = binds.push(now),
        year_id = binds.push(year_id.get()),
    );
    sql.push_str(&overdue_condition(&mut binds, day));
    let marked =
        tx.executor().execute_raw(Statement::from_sql_and_values(backend, sql, binds.values)).await?;
    Ok(marked.rows_affected())
}

/// Reminds (催报), on `day`, every review of the year that awaits a report (PENDING or RETURNED)
/// and was not reminded that day — one `UPDATE … RETURNING` — and returns the reminded reviews
/// with their enterprises. `updated_at` is left alone: a reminder changes no state the
/// enterprise or the reviewer acts on, so it must not make their compare-and-set saves fail.
pub async fn remind(tx: &Tx, year_id: ReviewYearId, day: NaiveDate) -> Result<Vec<(ReviewId, EnterpriseId)>> {
    let backend = tx.executor().get_database_backend();
    let mut binds = Binds::new(backend);
    let day_bind = binds.push(day);
    let year_bind = binds.push(year_id.get());
    // The statuses `ReviewStatus::awaits_report` names: the domain's rule, not a copy of it.
    let awaiting: Vec<String> = ReviewStatus::ALL
        .iter()
        .filter(|status| status.awaits_report())
        .map(|status| binds.push(status.as_str()))
        .collect();
    let sql = format!(
        "UPDATE annual_review SET reminders = reminders + 1, last_reminded_on = {day_bind} \
         WHERE year_id = {year_bind} AND status IN ({awaiting}) \
         AND (last_reminded_on IS NULL OR last_reminded_on < {day2}) RETURNING id, enterprise_id",
        awaiting = awaiting.join(", "),
        day2 = binds.push(day),
    );
    let rows =
        tx.executor().query_all_raw(Statement::from_sql_and_values(backend, sql, binds.values)).await?;
    rows.iter()
        .map(|row| {
            let id: i64 = row.try_get("", "id")?;
            let enterprise: i64 = row.try_get("", "enterprise_id")?;
            Ok((ReviewId::new(id), EnterpriseId::new(enterprise)))
        })
        .collect()
}

/// One license joining a year (issued after the opening).
pub async fn enrol(
    tx: &Tx,
    year: &ReviewYear,
    license_id: LicenseId,
    enterprise_id: EnterpriseId,
    industry: &str,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<AnnualReview> {
    let model = review::ActiveModel {
        year_id: Set(year.id.get()),
        year: Set(year.year),
        license_id: Set(license_id.get()),
        enterprise_id: Set(enterprise_id.get()),
        industry: Set(industry.to_owned()),
        status: Set(ReviewStatus::Pending.as_str().to_owned()),
        joined_on: Set(today),
        submission_deadline: Set(year.submission_deadline),
        report_version: Set(0),
        queued_at: Set(now),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    to_review(model.insert(&tx.executor()).await.map_err(StorageError::from_write)?)
}

/// Persists `next`; false when the review changed meanwhile (its status or its last update is no
/// longer what `current` read).
pub async fn save(tx: &Tx, current: &AnnualReview, next: &AnnualReview) -> Result<bool> {
    let copy = next.copy.as_ref();
    let conclusion = next.conclusion.as_ref();
    let update = review::Entity::update_many()
        .col_expr(review::Column::Status, Expr::value(next.status.as_str()))
        .col_expr(review::Column::ReportVersion, Expr::value(next.report_version))
        .col_expr(review::Column::FirstSubmittedOn, Expr::value(next.first_submitted_on))
        .col_expr(review::Column::QueuedAt, Expr::value(next.queued_at))
        .col_expr(review::Column::CopyHandedInOn, Expr::value(copy.map(|c| c.handed_in_on)))
        .col_expr(review::Column::CopyHow, Expr::value(copy.map(|c| c.how.clone())))
        .col_expr(review::Column::CopyReceivedOn, Expr::value(copy.and_then(|c| c.received_on)))
        .col_expr(review::Column::CopyReceivedBy, Expr::value(copy.and_then(|c| c.received_by.clone())))
        .col_expr(review::Column::OnSiteReason, Expr::value(next.on_site_reason.clone()))
        .col_expr(review::Column::ConclusionNote, Expr::value(conclusion.map(|c| c.note.clone())))
        .col_expr(review::Column::ConcludedBy, Expr::value(conclusion.map(|c| c.by.clone())))
        .col_expr(review::Column::ConcludedOn, Expr::value(conclusion.map(|c| c.on)))
        .col_expr(review::Column::RectifyBy, Expr::value(conclusion.and_then(|c| c.rectify_by)))
        .col_expr(review::Column::UpdatedAt, Expr::value(next.updated_at))
        .filter(review::Column::Id.eq(current.id.get()))
        .filter(review::Column::Status.eq(current.status.as_str()))
        .filter(review::Column::UpdatedAt.eq(current.updated_at));
    Ok(update.exec(&tx.executor()).await?.rows_affected == 1)
}

/// The review with this id, unscoped (use cases check the policy on its enterprise).
pub async fn by_id(x: &impl Executor, id: ReviewId) -> Result<Option<AnnualReview>> {
    review::Entity::find_by_id(id.get()).one(&x.executor()).await?.map(to_review).transpose()
}

/// The reviews with these ids inside `scope`.
pub async fn by_ids(x: &impl Executor, scope: &Scope, ids: &[ReviewId]) -> Result<Vec<AnnualReview>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    review::Entity::find()
        .filter(review::Column::Id.is_in(ids.iter().map(|id| id.get())))
        .filter(owned_rows_in_scope(review::Column::EnterpriseId, scope))
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_review)
        .collect()
}

/// Every review of these licenses inside `scope`, newest year first (the loader).
pub async fn of_licenses(x: &impl Executor, scope: &Scope, ids: &[LicenseId]) -> Result<Vec<AnnualReview>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    review::Entity::find()
        .filter(review::Column::LicenseId.is_in(ids.iter().map(|id| id.get())))
        .filter(owned_rows_in_scope(review::Column::EnterpriseId, scope))
        .order_by_desc(review::Column::Year)
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_review)
        .collect()
}

/// The reviews of these licenses that are not concluded (a license leaving the year).
pub async fn open_of_licenses(tx: &Tx, ids: &[LicenseId]) -> Result<Vec<AnnualReview>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let open = ReviewStatus::ALL.iter().filter(|s| !s.concluded()).map(|s| s.as_str());
    review::Entity::find()
        .filter(review::Column::LicenseId.is_in(ids.iter().map(|id| id.get())))
        .filter(review::Column::Status.is_in(open))
        .all(&tx.executor())
        .await?
        .into_iter()
        .map(to_review)
        .collect()
}

/// Moves the unconcluded reviews of these licenses to LEFT with `conclusion` in one statement (a
/// license ending leaves its year; every unconcluded status may leave). Returns how many moved.
pub async fn leave(tx: &Tx, ids: &[LicenseId], conclusion: &Conclusion, now: DateTime<Utc>) -> Result<u64> {
    if ids.is_empty() {
        return Ok(0);
    }
    let open = ReviewStatus::ALL.iter().filter(|s| !s.concluded()).map(|s| s.as_str());
    let update = review::Entity::update_many()
        .col_expr(review::Column::Status, Expr::value(ReviewStatus::Left.as_str()))
        .col_expr(review::Column::ConclusionNote, Expr::value(conclusion.note.clone()))
        .col_expr(review::Column::ConcludedBy, Expr::value(conclusion.by.clone()))
        .col_expr(review::Column::ConcludedOn, Expr::value(conclusion.on))
        .col_expr(review::Column::UpdatedAt, Expr::value(now))
        .filter(review::Column::LicenseId.is_in(ids.iter().map(|id| id.get())))
        .filter(review::Column::Status.is_in(open));
    Ok(update.exec(&tx.executor()).await?.rows_affected)
}

/// What a list of reviews is narrowed to.
#[derive(Debug, Clone, Default)]
pub struct ReviewFilter {
    pub year_id: Option<ReviewYearId>,
    pub statuses: Vec<ReviewStatus>,
    pub industry: Option<String>,
    pub enterprise_id: Option<EnterpriseId>,
    /// Only reviews overdue on this day (`AnnualReview::overdue_on`), recorded or not.
    pub overdue_on: Option<NaiveDate>,
}

/// The orders of the reviews list; each is a unique key (ties broken by id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewOrder {
    /// Enrolment order (the registry's license order within a year).
    Id,
    /// Longest waiting first: when the review last entered the reviewer's queue (its newest
    /// submission), or its enrolment before any.
    QueuedAt,
}

/// A position in the reviews list: the key of the order it was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewCursor {
    Id(ReviewId),
    QueuedAt(DateTime<Utc>, ReviewId),
}

impl ReviewCursor {
    /// The cursor of `review` in `order`.
    pub fn of(review: &AnnualReview, order: ReviewOrder) -> ReviewCursor {
        match order {
            ReviewOrder::Id => ReviewCursor::Id(review.id),
            ReviewOrder::QueuedAt => ReviewCursor::QueuedAt(review.queued_at, review.id),
        }
    }
}

impl page::Cursor<1> for ReviewCursor {
    fn values(&self) -> [sea_orm::Value; 1] {
        match self {
            ReviewCursor::Id(id) | ReviewCursor::QueuedAt(_, id) => [id.get().into()],
        }
    }
}

impl page::Cursor<2> for ReviewCursor {
    fn values(&self) -> [sea_orm::Value; 2] {
        match self {
            ReviewCursor::Id(id) => [id.get().into(), id.get().into()],
            ReviewCursor::QueuedAt(at, id) => [(*at).into(), id.get().into()],
        }
    }
}

/// One page of the reviews inside `scope` matching `filter`, in `order` (descending when
/// asked). The api decodes cursors for the order asked.
pub async fn page(
    x: &impl Executor,
    scope: &Scope,
    filter: &ReviewFilter,
    (order, descending): (ReviewOrder, bool),
    request: &PageRequest<ReviewCursor>,
) -> Result<Page<AnnualReview>> {
    use review::Column;
    let query = filtered(scope, filter);
    match order {
        ReviewOrder::Id => {
            let key =
                if descending { SortKey::descending([Column::Id]) } else { SortKey::ascending([Column::Id]) };
            page::keyset(x, query, key, request, to_review).await
        }
        ReviewOrder::QueuedAt => {
            let columns = [Column::QueuedAt, Column::Id];
            let key = if descending { SortKey::descending(columns) } else { SortKey::ascending(columns) };
            page::keyset(x, query, key, request, to_review).await
        }
    }
}

/// How many reviews `page` would page through (`totalCount`).
pub async fn count(x: &impl Executor, scope: &Scope, filter: &ReviewFilter) -> Result<u64> {
    Ok(filtered(scope, filter).count(&x.executor()).await?)
}

fn filtered(scope: &Scope, filter: &ReviewFilter) -> sea_orm::Select<review::Entity> {
    let mut query = review::Entity::find().filter(owned_in_scope(review::Column::EnterpriseId, scope));
    if let Some(year_id) = filter.year_id {
        query = query.filter(review::Column::YearId.eq(year_id.get()));
    }
    if !filter.statuses.is_empty() {
        query = query.filter(review::Column::Status.is_in(filter.statuses.iter().map(|s| s.as_str())));
    }
    if let Some(industry) = &filter.industry {
        query = query.filter(review::Column::Industry.eq(industry.clone()));
    }
    if let Some(id) = filter.enterprise_id {
        query = query.filter(review::Column::EnterpriseId.eq(id.get()));
    }
    if let Some(day) = filter.overdue_on {
        query = query
            .filter(review::Column::Status.eq(ReviewStatus::Pending.as_str()))
            .filter(review::Column::FirstSubmittedOn.is_null())
            .filter(review::Column::SubmissionDeadline.lt(day));
    }
    query
}

fn to_review(model: review::Model) -> Result<AnnualReview> {
    let status = ReviewStatus::parse(&model.status).ok_or_else(|| {
        StorageError::corrupt("annual_review", format!("id {}: status {}", model.id, model.status))
    })?;
    let copy = model.copy_handed_in_on.map(|handed_in_on| CopyHandIn {
        handed_in_on,
        how: model.copy_how.clone().unwrap_or_default(),
        received_on: model.copy_received_on,
        received_by: model.copy_received_by.clone(),
    });
    let conclusion = match (model.conclusion_note, model.concluded_by, model.concluded_on) {
        (Some(note), Some(by), Some(on)) => Some(Conclusion { note, by, on, rectify_by: model.rectify_by }),
        _ => None,
    };
    Ok(AnnualReview {
        id: ReviewId::new(model.id),
        year_id: ReviewYearId::new(model.year_id),
        year: model.year,
        license_id: LicenseId::new(model.license_id),
        enterprise_id: EnterpriseId::new(model.enterprise_id),
        industry: model.industry,
        status,
        joined_on: model.joined_on,
        submission_deadline: model.submission_deadline,
        report_version: model.report_version,
        first_submitted_on: model.first_submitted_on,
        overdue_since: model.overdue_since,
        reminders: model.reminders,
        last_reminded_on: model.last_reminded_on,
        queued_at: model.queued_at,
        copy,
        on_site_reason: model.on_site_reason,
        conclusion,
        created_at: model.created_at,
        updated_at: model.updated_at,
    })
}
