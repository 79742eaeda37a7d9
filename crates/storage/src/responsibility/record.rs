//! Commendation and accountability records (表彰奖励 / 追究责任, §四): insert, compare-and-set
//! saves, the reads scoped as docs/adr/0039 decision 6 says — an issued or annulled record by the
//! subject's region inside the caller's jurisdiction, a record of the caller's own authority in
//! any state, a record naming the caller's directory entry — the `responsibilityRecords` page,
//! and where a rectification ground lies.

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::responsibility::record::{
    Ground, Measure, Record, RecordKind, RecordStatus, SubjectKind,
};
use oversight_domain::{AuthorityId, OfficerId, RectificationId, RegionCode, ResponsibilityRecordId};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, Statement,
};

use super::TierScope;
use crate::entity::officer;
use crate::entity::responsibility_record::{self as row, Column};
use crate::page::{self, SortKey};
use crate::sql::Binds;
use crate::{Executor, Page, PageRequest, Result, StorageError, Tx};

const TABLE: &str = "responsibility_record";

/// What a caller reads of the records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordScope {
    /// Issued and annulled records whose subject lies here (the tiers above the subject).
    pub issued: TierScope,
    /// The caller's authority, whose records it reads in every state (an officer's only).
    pub own_authority: Option<AuthorityId>,
    /// The caller's identity-provider subject: the issued records naming its directory entry.
    pub officer_subject: Option<String>,
}

/// A stored record with who drafted it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRecord {
    /// The record's id, as in `record` (the loaders key by it).
    pub id: ResponsibilityRecordId,
    pub record: Record,
    pub drafted_by: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A record to store, DRAFT.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRecord<'a> {
    pub kind: RecordKind,
    pub measure: Measure,
    pub summary: &'a str,
    pub recorder: (AuthorityId, RegionCode),
    pub subject_kind: SubjectKind,
    pub subject: (AuthorityId, RegionCode),
    pub subject_officer_id: Option<OfficerId>,
    pub grounds: &'a [Ground],
    pub drafted_on: NaiveDate,
    pub drafted_by: &'a str,
}

fn grounds_json(grounds: &[Ground]) -> String {
    serde_json::to_string(grounds).unwrap_or_else(|_| "[]".to_owned())
}

/// Stores a record, DRAFT.
pub async fn insert(tx: &Tx, new: &NewRecord<'_>, now: DateTime<Utc>) -> Result<StoredRecord> {
    let model = row::ActiveModel {
        status: Set(RecordStatus::Draft.as_str().to_owned()),
        kind: Set(new.kind.as_str().to_owned()),
        measure: Set(new.measure.as_str().to_owned()),
        summary: Set(new.summary.to_owned()),
        recorder_authority_id: Set(new.recorder.0.get()),
        recorder_region: Set(new.recorder.1.as_str().to_owned()),
        subject_kind: Set(new.subject_kind.as_str().to_owned()),
        subject_authority_id: Set(new.subject.0.get()),
        subject_region: Set(new.subject.1.as_str().to_owned()),
        subject_officer_id: Set(new.subject_officer_id.map(|id| id.get())),
        grounds: Set(grounds_json(new.grounds)),
        drafted_on: Set(new.drafted_on),
        drafted_by: Set(new.drafted_by.to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    to_record(model.insert(&tx.executor()).await.map_err(StorageError::from_write)?)
}

/// The records with these ids inside `scope` (the loader, `node(id:)`, the commands).
pub async fn by_ids(
    x: &impl Executor,
    scope: &RecordScope,
    ids: &[ResponsibilityRecordId],
) -> Result<Vec<StoredRecord>> {
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

/// The record `id` in any state, unscoped: where its audit trail is read (the caller's scope is
/// judged on the recording authority's seat).
pub async fn any_by_id(x: &impl Executor, id: ResponsibilityRecordId) -> Result<Option<StoredRecord>> {
    row::Entity::find_by_id(id.get()).one(&x.executor()).await?.map(to_record).transpose()
}

/// What the records list is narrowed to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecordFilter {
    pub kind: Option<RecordKind>,
    pub subject_authority: Option<AuthorityId>,
    pub subject_officer: Option<OfficerId>,
    pub status: Option<RecordStatus>,
}

/// One page of the records inside `scope`, newest first.
pub async fn page(
    x: &impl Executor,
    scope: &RecordScope,
    filter: &RecordFilter,
    request: &PageRequest<i64>,
) -> Result<Page<StoredRecord>> {
    page::keyset(x, filtered(scope, filter), SortKey::descending([Column::Id]), request, to_record).await
}

/// How many records `page` pages through.
pub async fn count(x: &impl Executor, scope: &RecordScope, filter: &RecordFilter) -> Result<u64> {
    Ok(filtered(scope, filter).count(&x.executor()).await?)
}

fn filtered(scope: &RecordScope, filter: &RecordFilter) -> sea_orm::Select<row::Entity> {
    let mut query = row::Entity::find().filter(scoped(scope));
    if let Some(kind) = filter.kind {
        query = query.filter(Column::Kind.eq(kind.as_str()));
    }
    if let Some(id) = filter.subject_authority {
        query = query.filter(Column::SubjectAuthorityId.eq(id.get()));
    }
    if let Some(id) = filter.subject_officer {
        query = query.filter(Column::SubjectOfficerId.eq(id.get()));
    }
    if let Some(status) = filter.status {
        query = query.filter(Column::Status.eq(status.as_str()));
    }
    query
}

/// The reading scope as one condition: issued (or annulled) below the caller's jurisdiction,
/// or its own authority's, or naming it — each branch on an index.
fn scoped(scope: &RecordScope) -> Condition {
    let published = [RecordStatus::Issued.as_str(), RecordStatus::Annulled.as_str()];
    let mut branches = Vec::new();
    match &scope.issued {
        TierScope::Everything => branches.push(Condition::all().add(Column::Status.is_in(published))),
        TierScope::Within(region) => {
            let (low, high) = region.range();
            branches.push(
                Condition::all()
                    .add(Column::SubjectRegion.between(low, high))
                    .add(Column::Status.is_in(published)),
            );
        }
        TierScope::Nothing => {}
    }
    if let Some(own) = scope.own_authority {
        branches.push(Condition::all().add(Column::RecorderAuthorityId.eq(own.get())));
    }
    if let Some(subject) = &scope.officer_subject {
        let me = Query::select()
            .column(officer::Column::Id)
            .from(officer::Entity)
            .and_where(officer::Column::Subject.eq(subject.clone()))
            .to_owned();
        branches.push(
            Condition::all()
                .add(Column::SubjectOfficerId.in_subquery(me))
                .add(Column::Status.is_in(published)),
        );
    }
    if branches.is_empty() {
        // Nothing to read: an id never stored keeps the statement one shape.
        return Condition::all().add(Column::Id.eq(-1));
    }
    branches.into_iter().fold(Condition::any(), Condition::add)
}

/// Saves `next` over the record if it is still in `from`'s status and version of its row
/// (`updated_at`); false when it moved meanwhile.
pub async fn save(tx: &Tx, from: &StoredRecord, next: &Record, now: DateTime<Utc>) -> Result<bool> {
    let update = row::Entity::update_many()
        .col_expr(Column::Status, Expr::value(next.status.as_str()))
        .col_expr(Column::DocumentNumber, Expr::value(next.document_number.clone()))
        .col_expr(Column::IssuedOn, Expr::value(next.issued_on))
        .col_expr(Column::AnnulledOn, Expr::value(next.annulled_on))
        .col_expr(Column::AnnulmentReason, Expr::value(next.annulment_reason.clone()))
        .col_expr(Column::WithdrawnOn, Expr::value(next.withdrawn_on))
        .col_expr(Column::UpdatedAt, Expr::value(now))
        .filter(Column::UpdatedAt.eq(from.updated_at));
    crate::transition::compare_and_set(
        tx,
        update,
        (Column::Id, from.id.get()),
        (Column::Status, from.record.status.as_str()),
    )
    .await
}

/// Where the enterprise of rectification `id` lies, or `None` when there is no such
/// rectification: one statement, the rectification joined to its enterprise.
pub async fn rectification_region(x: &impl Executor, id: RectificationId) -> Result<Option<RegionCode>> {
    let executor = x.executor();
    let mut binds = Binds::new(executor.get_database_backend());
    let id = binds.push(id.get());
    let sql = format!(
        "SELECT e.region_code FROM rectification r JOIN enterprise e ON e.id = r.enterprise_id WHERE r.id = {id}"
    );
    let found =
        executor.query_one_raw(Statement::from_sql_and_values(binds.backend, sql, binds.values)).await?;
    let Some(found) = found else { return Ok(None) };
    let code: String = found.try_get("", "region_code")?;
    RegionCode::parse(&code).map(Some).map_err(|_| StorageError::corrupt("enterprise", "region_code"))
}

fn to_record(model: row::Model) -> Result<StoredRecord> {
    let corrupt = |what: &str| StorageError::corrupt(TABLE, format!("id {}: {what}", model.id));
    let region = |text: &str, what: &str| RegionCode::parse(text).map_err(|_| corrupt(what));
    let grounds: Vec<Ground> = serde_json::from_str(&model.grounds).map_err(|_| corrupt("grounds"))?;
    let record = Record {
        id: ResponsibilityRecordId::new(model.id),
        status: RecordStatus::parse(&model.status).ok_or_else(|| corrupt("status"))?,
        kind: RecordKind::parse(&model.kind).ok_or_else(|| corrupt("kind"))?,
        measure: Measure::parse(&model.measure).ok_or_else(|| corrupt("measure"))?,
        summary: model.summary,
        recorder_authority_id: AuthorityId::new(model.recorder_authority_id),
        recorder_region: region(&model.recorder_region, "recorder_region")?,
        subject_kind: SubjectKind::parse(&model.subject_kind).ok_or_else(|| corrupt("subject_kind"))?,
        subject_authority_id: AuthorityId::new(model.subject_authority_id),
        subject_region: region(&model.subject_region, "subject_region")?,
        subject_officer_id: model.subject_officer_id.map(OfficerId::new),
        grounds,
        drafted_on: model.drafted_on,
        document_number: model.document_number,
        issued_on: model.issued_on,
        annulled_on: model.annulled_on,
        annulment_reason: model.annulment_reason,
        withdrawn_on: model.withdrawn_on,
    };
    Ok(StoredRecord {
        id: record.id,
        record,
        drafted_by: model.drafted_by,
        created_at: model.created_at,
        updated_at: model.updated_at,
    })
}
