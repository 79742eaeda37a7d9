//! Self-inspection report versions (自查报告) and on-site inspections (实地检查): inserts,
//! compare-and-set saves, and the batch reads of the loaders.

use chrono::{DateTime, Utc};
use oversight_domain::review::annual::{OnSiteInspection, OnSiteOutcome};
use oversight_domain::review::report::{ReportContent, ReportStatus, SelfInspectionReport};
use oversight_domain::{EnterpriseId, InspectionId, LicenseId, OfficerId, ReportId, ReviewId};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::entity::{on_site_inspection as inspection, self_inspection_report as report};
use crate::transition::compare_and_set;
use crate::{Executor, Result, StorageError, Tx};

/// A new DRAFT version.
pub async fn insert(
    tx: &Tx,
    review_id: ReviewId,
    version: i32,
    content: &ReportContent,
    attachment_ids: &[i64],
    by: &str,
    now: DateTime<Utc>,
) -> Result<SelfInspectionReport> {
    let model = report::ActiveModel {
        review_id: Set(review_id.get()),
        version: Set(version),
        status: Set(ReportStatus::Draft.as_str().to_owned()),
        content: Set(json(content)?),
        attachment_ids: Set(json(attachment_ids)?),
        submission_key: Set(None),
        submitted_at: Set(None),
        submitted_by: Set(None),
        return_reason: Set(None),
        updated_by: Set(by.to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    to_report(model.insert(&tx.executor()).await.map_err(StorageError::from_write)?)
}

/// Persists `next` (content, status, submission, return) while the version is still in `from`.
/// A submission key used before on the review is `StorageError::Conflict`.
pub async fn save(
    tx: &Tx,
    from: ReportStatus,
    next: &SelfInspectionReport,
    key: Option<&str>,
) -> Result<bool> {
    let mut update = report::Entity::update_many()
        .col_expr(report::Column::Status, Expr::value(next.status.as_str()))
        .col_expr(report::Column::Content, Expr::value(json(&next.content)?))
        .col_expr(report::Column::AttachmentIds, Expr::value(json(&next.attachment_ids)?))
        .col_expr(report::Column::SubmittedAt, Expr::value(next.submitted_at))
        .col_expr(report::Column::SubmittedBy, Expr::value(next.submitted_by.clone()))
        .col_expr(report::Column::ReturnReason, Expr::value(next.return_reason.clone()))
        .col_expr(report::Column::UpdatedBy, Expr::value(next.updated_by.clone()))
        .col_expr(report::Column::UpdatedAt, Expr::value(next.updated_at));
    if let Some(key) = key {
        update = update.col_expr(report::Column::SubmissionKey, Expr::value(key));
    }
    compare_and_set(tx, update, (report::Column::Id, next.id.get()), (report::Column::Status, from.as_str()))
        .await
}

/// The newest version of the review's report.
pub async fn newest(x: &impl Executor, review_id: ReviewId) -> Result<Option<SelfInspectionReport>> {
    report::Entity::find()
        .filter(report::Column::ReviewId.eq(review_id.get()))
        .order_by_desc(report::Column::Version)
        .one(&x.executor())
        .await?
        .map(to_report)
        .transpose()
}

/// The version submitted with this idempotency key, if any.
pub async fn by_key(
    x: &impl Executor,
    review_id: ReviewId,
    key: &str,
) -> Result<Option<SelfInspectionReport>> {
    report::Entity::find()
        .filter(report::Column::ReviewId.eq(review_id.get()))
        .filter(report::Column::SubmissionKey.eq(key))
        .one(&x.executor())
        .await?
        .map(to_report)
        .transpose()
}

/// Every version of these reviews' reports, each review's newest first (the loader; the
/// caller scoped the reviews).
pub async fn of_reviews(x: &impl Executor, ids: &[ReviewId]) -> Result<Vec<SelfInspectionReport>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    report::Entity::find()
        .filter(report::Column::ReviewId.is_in(ids.iter().map(|id| id.get())))
        .order_by_asc(report::Column::ReviewId)
        .order_by_desc(report::Column::Version)
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_report)
        .collect()
}

fn json<T: serde::Serialize + ?Sized>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| StorageError::corrupt("self_inspection_report", e.to_string()))
}

fn to_report(model: report::Model) -> Result<SelfInspectionReport> {
    let corrupt =
        |what: &str| StorageError::corrupt("self_inspection_report", format!("id {}: {what}", model.id));
    let status = ReportStatus::parse(&model.status).ok_or_else(|| corrupt("status"))?;
    let content = serde_json::from_str(&model.content).map_err(|_| corrupt("content"))?;
    let attachment_ids =
        serde_json::from_str(&model.attachment_ids).map_err(|_| corrupt("attachment ids"))?;
    Ok(SelfInspectionReport {
        id: ReportId::new(model.id),
        review_id: ReviewId::new(model.review_id),
        version: model.version,
        status,
        content,
        attachment_ids,
        submitted_at: model.submitted_at,
        submitted_by: model.submitted_by,
        return_reason: model.return_reason,
        updated_by: model.updated_by,
        created_at: model.created_at,
        updated_at: model.updated_at,
    })
}

/// A stored on-site inspection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InspectionRecord {
    pub id: InspectionId,
    pub review_id: ReviewId,
    pub enterprise_id: EnterpriseId,
    pub license_id: LicenseId,
    pub inspection: OnSiteInspection,
    pub recorded_by: String,
    pub created_at: DateTime<Utc>,
}

/// Stores an on-site inspection of a review.
pub async fn insert_inspection(
    tx: &Tx,
    review_id: ReviewId,
    enterprise_id: EnterpriseId,
    license_id: LicenseId,
    inspection: &OnSiteInspection,
    by: &str,
    now: DateTime<Utc>,
) -> Result<InspectionRecord> {
    let ids: Vec<i64> = inspection.inspectors.iter().map(|id| id.get()).collect();
    let model = inspection::ActiveModel {
        review_id: Set(Some(review_id.get())),
        enterprise_id: Set(enterprise_id.get()),
        license_id: Set(license_id.get()),
        inspected_on: Set(inspection.inspected_on),
        inspectors: Set(json(&ids)?),
        findings: Set(inspection.findings.clone()),
        outcome: Set(inspection.outcome.as_str().to_owned()),
        recorded_by: Set(by.to_owned()),
        created_at: Set(now),
        ..Default::default()
    };
    to_inspection(model.insert(&tx.executor()).await.map_err(StorageError::from_write)?)
}

/// The on-site inspections of these reviews, oldest first (the loader).
pub async fn inspections_of(x: &impl Executor, ids: &[ReviewId]) -> Result<Vec<InspectionRecord>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    inspection::Entity::find()
        .filter(inspection::Column::ReviewId.is_in(ids.iter().map(|id| id.get())))
        .order_by_asc(inspection::Column::Id)
        .all(&x.executor())
        .await?
        .into_iter()
        .map(to_inspection)
        .collect()
}

fn to_inspection(model: inspection::Model) -> Result<InspectionRecord> {
    let corrupt =
        |what: &str| StorageError::corrupt("on_site_inspection", format!("id {}: {what}", model.id));
    let outcome = OnSiteOutcome::parse(&model.outcome).ok_or_else(|| corrupt("outcome"))?;
    let ids: Vec<i64> = serde_json::from_str(&model.inspectors).map_err(|_| corrupt("inspectors"))?;
    Ok(InspectionRecord {
        id: InspectionId::new(model.id),
        review_id: ReviewId::new(model.review_id.ok_or_else(|| corrupt("review id"))?),
        enterprise_id: EnterpriseId::new(model.enterprise_id),
        license_id: LicenseId::new(model.license_id),
        inspection: OnSiteInspection {
            inspected_on: model.inspected_on,
            inspectors: ids.into_iter().map(OfficerId::new).collect(),
            findings: model.findings,
            outcome,
        },
        recorded_by: model.recorded_by,
        created_at: model.created_at,
    })
}
