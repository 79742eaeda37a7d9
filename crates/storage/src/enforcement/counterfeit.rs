//! Counterfeiting cases (恶意造假, §三): insert, the reads scoped by the enterprise's region (a
//! semi-join in the same statement), the `counterfeitCases` page with its filters (overdue among
//! them, derived from today in the statement), compare-and-set saves, and the recall records.

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::enforcement::counterfeit::{
    CaseSource, CaseStatus, CounterfeitCase, Recall, RecallChecked, RevocationOutcome, SourceKind, Step,
    parse_quantity,
};
use oversight_domain::{
    AttachmentId, AuthorityId, CounterfeitCaseId, EnterpriseId, LicenseId, ProposalId, RecallId,
};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, QueryTrait,
};

use crate::entity::counterfeit_case::{self as row, Column};
use crate::entity::counterfeit_recall as recall_row;
use crate::page::{self, SortKey};
use crate::{
    Executor, Page, PageRequest, Result, Scope, StorageError, Tx, owned_in_scope, owned_rows_in_scope,
};

const TABLE: &str = "counterfeit_case";

/// A stored case with who opened it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRecord {
    /// The case's id, as in `case` (the loaders key by it).
    pub id: CounterfeitCaseId,
    pub case: CounterfeitCase,
    pub opened_by: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A case to store, OPEN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCase<'a> {
    pub enterprise_id: EnterpriseId,
    pub license_id: LicenseId,
    pub authority_id: AuthorityId,
    pub finding: &'a str,
    pub source: CaseSource,
    pub opened_on: NaiveDate,
    pub due_on: Option<NaiveDate>,
    pub opened_by: &'a str,
}

/// Stores a case, OPEN.
pub async fn insert(tx: &Tx, new: &NewCase<'_>, now: DateTime<Utc>) -> Result<CaseRecord> {
    let model = row::ActiveModel {
        enterprise_id: Set(new.enterprise_id.get()),
        license_id: Set(new.license_id.get()),
        authority_id: Set(new.authority_id.get()),
        status: Set(CaseStatus::Open.as_str().to_owned()),
        finding: Set(new.finding.to_owned()),
        source_kind: Set(new.source.kind().as_str().to_owned()),
        source_id: Set(new.source.record_id()),
        opened_on: Set(new.opened_on),
        opened_by: Set(new.opened_by.to_owned()),
        due_on: Set(new.due_on),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    to_record(model.insert(&tx.executor()).await.map_err(StorageError::from_write)?)
}

/// The cases with these ids whose enterprise is inside `scope` (the loader, `node(id:)`, and the
/// use cases, which pass `Scope::Everything` and check the policy themselves).
pub async fn by_ids(x: &impl Executor, scope: &Scope, ids: &[CounterfeitCaseId]) -> Result<Vec<CaseRecord>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    row::Entity::find()
        .filter(Column::Id.is_in(ids.iter().map(|id| id.get())))
        .filter(owned_rows_in_scope(Column::EnterpriseId, scope))
        .order_by_asc(Column::Id)
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_record)
        .collect()
}

/// What the cases list is narrowed to; every field narrows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseFilter {
    pub status: Option<CaseStatus>,
    /// The authority whose officer opened it.
    pub authority_id: Option<AuthorityId>,
    pub enterprise_id: Option<EnterpriseId>,
    /// Overdue (`true`) or not (`false`) on the day the list is read.
    pub overdue: Option<bool>,
}

/// One page of the cases inside `scope` matching `filter`, newest first.
pub async fn page(
    x: &impl Executor,
    scope: &Scope,
    filter: &CaseFilter,
    today: NaiveDate,
    request: &PageRequest<i64>,
) -> Result<Page<CaseRecord>> {
    let query = filtered(scope, filter, today);
    page::keyset(x, query, SortKey::descending([Column::Id]), request, to_record).await
}

/// How many cases `page` pages through.
pub async fn count(x: &impl Executor, scope: &Scope, filter: &CaseFilter, today: NaiveDate) -> Result<u64> {
    Ok(filtered(scope, filter, today).count(&x.executor()).await?)
}

fn filtered(scope: &Scope, filter: &CaseFilter, today: NaiveDate) -> sea_orm::Select<row::Entity> {
    let mut query = row::Entity::find().filter(owned_in_scope(Column::EnterpriseId, scope));
    if let Some(status) = filter.status {
        query = query.filter(Column::Status.eq(status.as_str()));
    }
    if let Some(id) = filter.authority_id {
        query = query.filter(Column::AuthorityId.eq(id.get()));
    }
    if let Some(id) = filter.enterprise_id {
        query = query.filter(Column::EnterpriseId.eq(id.get()));
    }
    // `CounterfeitCase::overdue_on` as a condition: the deadline of the step waited for passed.
    match filter.overdue {
        Some(true) => query = query.filter(Column::DueOn.lt(today)),
        Some(false) => {
            query = query.filter(Condition::any().add(Column::DueOn.is_null()).add(Column::DueOn.gte(today)))
        }
        None => {}
    }
    query
}

/// Saves `next` over the case if it is still in `from`; false when it moved meanwhile.
pub async fn save(tx: &Tx, from: CaseStatus, next: &CounterfeitCase, now: DateTime<Utc>) -> Result<bool> {
    let documents = |step: &Option<Step>| -> Result<Option<String>> {
        step.as_ref().map(|s| crate::json(TABLE, &s.documents)).transpose()
    };
    let update = row::Entity::update_many()
        .col_expr(Column::Status, Expr::value(next.status.as_str()))
        .col_expr(Column::DueOn, Expr::value(next.due_on))
        .col_expr(Column::StopOrderedOn, Expr::value(next.stop_order.as_ref().map(|s| s.on)))
        .col_expr(Column::StopDocuments, Expr::value(documents(&next.stop_order)?))
        .col_expr(Column::RecallCompletedOn, Expr::value(next.recall_completed_on))
        .col_expr(Column::ProposalId, Expr::value(next.proposal_id.map(ProposalId::get)))
        .col_expr(Column::RevocationReportedOn, Expr::value(next.revocation_reported_on))
        .col_expr(
            Column::RevocationOutcome,
            Expr::value(next.revocation_outcome.map(|o| o.as_str().to_owned())),
        )
        .col_expr(Column::RevocationDecidedOn, Expr::value(next.revocation_decided_on))
        .col_expr(Column::BanRequestedOn, Expr::value(next.ban_request.as_ref().map(|s| s.on)))
        .col_expr(Column::BanDocuments, Expr::value(documents(&next.ban_request)?))
        .col_expr(Column::PoliceTransferredOn, Expr::value(next.police_transfer.as_ref().map(|s| s.on)))
        .col_expr(Column::PoliceDocuments, Expr::value(documents(&next.police_transfer)?))
        .col_expr(Column::PoliceReceiptOn, Expr::value(next.police_receipt.as_ref().map(|s| s.on)))
        .col_expr(Column::PoliceReceiptDocuments, Expr::value(documents(&next.police_receipt)?))
        .col_expr(Column::ClosedOn, Expr::value(next.closed_on))
        .col_expr(Column::CloseReason, Expr::value(next.close_reason.clone()))
        .col_expr(Column::UpdatedAt, Expr::value(now));
    crate::transition::compare_and_set(
        tx,
        update,
        (Column::Id, next.id.get()),
        (Column::Status, from.as_str()),
    )
    .await
}

/// Stores a checked recall of `case_id`; a batch recorded already in the case is a conflict.
pub async fn insert_recall(
    tx: &Tx,
    case_id: CounterfeitCaseId,
    recall: &RecallChecked,
    documents: &[AttachmentId],
    recorded_by: &str,
    now: DateTime<Utc>,
) -> Result<Recall> {
    let model = recall_row::ActiveModel {
        case_id: Set(case_id.get()),
        batch: Set(recall.batch.clone()),
        quantity_produced: Set(recall.quantity_produced.to_string()),
        quantity_recalled: Set(recall.quantity_recalled.to_string()),
        unit: Set(recall.unit.clone()),
        recalled_on: Set(recall.recalled_on),
        documents: Set(crate::json("counterfeit_recall", documents)?),
        recorded_by: Set(recorded_by.to_owned()),
        created_at: Set(now),
        ..Default::default()
    };
    to_recall(model.insert(&tx.executor()).await.map_err(StorageError::from_write)?)
}

/// The recalls of these cases whose enterprise is inside `scope`, oldest first (the loader of
/// `CounterfeitCase.recalls`, and the batches a new recall is checked against).
pub async fn recalls_of(
    x: &impl Executor,
    scope: &Scope,
    cases: &[CounterfeitCaseId],
) -> Result<Vec<Recall>> {
    if cases.is_empty() {
        return Ok(Vec::new());
    }
    let in_scope = row::Entity::find()
        .select_only()
        .column(Column::Id)
        .filter(Column::Id.is_in(cases.iter().map(|id| id.get())))
        .filter(owned_rows_in_scope(Column::EnterpriseId, scope))
        .into_query();
    recall_row::Entity::find()
        .filter(recall_row::Column::CaseId.in_subquery(in_scope))
        .order_by_asc(recall_row::Column::Id)
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_recall)
        .collect()
}

fn to_recall(model: recall_row::Model) -> Result<Recall> {
    let corrupt =
        |what: &str| StorageError::corrupt("counterfeit_recall", format!("id {}: {what}", model.id));
    let quantity = |text: &str, what: &str| parse_quantity(text).ok_or_else(|| corrupt(what));
    Ok(Recall {
        id: RecallId::new(model.id),
        case_id: CounterfeitCaseId::new(model.case_id),
        quantity_produced: quantity(&model.quantity_produced, "quantity_produced")?,
        quantity_recalled: quantity(&model.quantity_recalled, "quantity_recalled")?,
        documents: crate::parsed("counterfeit_recall", model.id, "documents", &model.documents)?,
        batch: model.batch,
        unit: model.unit,
        recalled_on: model.recalled_on,
    })
}

fn to_record(model: row::Model) -> Result<CaseRecord> {
    let id = model.id;
    let corrupt = |what: &str| StorageError::corrupt(TABLE, format!("id {id}: {what}"));
    let step = |on: Option<NaiveDate>, documents: &Option<String>, what: &str| -> Result<Option<Step>> {
        match (on, documents) {
            (Some(on), Some(text)) => Ok(Some(Step { on, documents: crate::parsed(TABLE, id, what, text)? })),
            (None, None) => Ok(None),
            _ => Err(corrupt(what)),
        }
    };
    let kind = SourceKind::parse(&model.source_kind).ok_or_else(|| corrupt("source_kind"))?;
    let outcome = match &model.revocation_outcome {
        Some(text) => Some(RevocationOutcome::parse(text).ok_or_else(|| corrupt("revocation_outcome"))?),
        None => None,
    };
    let case = CounterfeitCase {
        id: CounterfeitCaseId::new(id),
        enterprise_id: EnterpriseId::new(model.enterprise_id),
        license_id: LicenseId::new(model.license_id),
        authority_id: AuthorityId::new(model.authority_id),
        status: CaseStatus::parse(&model.status).ok_or_else(|| corrupt("status"))?,
        source: CaseSource::of(kind, model.source_id).ok_or_else(|| corrupt("source_id"))?,
        opened_on: model.opened_on,
        due_on: model.due_on,
        stop_order: step(model.stop_ordered_on, &model.stop_documents, "stop_documents")?,
        recall_completed_on: model.recall_completed_on,
        proposal_id: model.proposal_id.map(ProposalId::new),
        revocation_reported_on: model.revocation_reported_on,
        revocation_outcome: outcome,
        revocation_decided_on: model.revocation_decided_on,
        ban_request: step(model.ban_requested_on, &model.ban_documents, "ban_documents")?,
        police_transfer: step(model.police_transferred_on, &model.police_documents, "police_documents")?,
        police_receipt: step(
            model.police_receipt_on,
            &model.police_receipt_documents,
            "police_receipt_documents",
        )?,
        closed_on: model.closed_on,
        close_reason: model.close_reason,
        finding: model.finding,
    };
    Ok(CaseRecord {
        id: case.id,
        case,
        opened_by: model.opened_by,
        created_at: model.created_at,
        updated_at: model.updated_at,
    })
}
