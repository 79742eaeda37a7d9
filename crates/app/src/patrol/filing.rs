//! Filing (备案): the authority that recorded a patrol or follow-up files it with the provincial
//! office (§二(三): "报省级质量技术监督部门备案"), which acknowledges it. Unfiled and
//! unacknowledged records are listed upward (`patrolRecords` with a filing filter).

use oversight_domain::PatrolId;
use oversight_domain::access::Organisation;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::patrol::{Filing, PatrolFact};
use oversight_domain::registry::authority::AuthorityLevel;
use oversight_storage::patrol::inspection::{self, PatrolRecord};
use serde_json::json;

use super::{archive_and_announce, license_for};
use crate::{Action, App, AppError, Code, Principal};

impl App {
    /// Files a record with the province: the authority that recorded it, or the province itself.
    pub async fn file_patrol_record(
        &self,
        principal: &Principal,
        id: PatrolId,
    ) -> Result<PatrolRecord, AppError> {
        self.move_filing(principal, id, Operation::FilePatrolRecord, Action::FilePatrolRecord).await
    }

    /// The provincial office acknowledges a filed record.
    pub async fn acknowledge_patrol_record(
        &self,
        principal: &Principal,
        id: PatrolId,
    ) -> Result<PatrolRecord, AppError> {
        self.move_filing(principal, id, Operation::AcknowledgePatrolRecord, Action::AcknowledgePatrolRecord)
            .await
    }

    async fn move_filing(
        &self,
        principal: &Principal,
        id: PatrolId,
        operation: Operation,
        action: Action,
    ) -> Result<PatrolRecord, AppError> {
        let mut work = self.begin(principal, operation).await?;
        let current = inspection::by_id(work.tx(), id).await?.ok_or(AppError::NotFound { what: "patrol" })?;
        let (_, owner) = license_for(&work, principal, current.license_id, action).await?;
        let next = match action {
            Action::AcknowledgePatrolRecord => current.filing.acknowledge()?,
            _ => {
                check_filer(principal, &current)?;
                current.filing.file()?
            }
        };
        if !inspection::set_filing(work.tx(), id, current.filing, next, &principal.subject, work.now).await? {
            return Err(AppError::concurrent("the record's filing changed meanwhile"));
        }
        let fact = PatrolFact::Filing { patrol_id: id, kind: current.kind, filing: next };
        archive_and_announce(&mut work, id, current.license_id, &owner, fact);
        work.touch([ObjectRef::of(id), ObjectRef::of(current.enterprise_id)]);
        let (now, by) = (work.now, principal.subject.clone());
        work.commit(
            Some(json!({ "filing": current.filing.as_str() })),
            Some(json!({ "filing": next.as_str() })),
        )
        .await?;
        Ok(match next {
            Filing::Acknowledged => PatrolRecord {
                filing: next,
                acknowledged_at: Some(now),
                acknowledged_by: Some(by),
                updated_at: now,
                ..current
            },
            _ => PatrolRecord {
                filing: next,
                filed_at: Some(now),
                filed_by: Some(by),
                updated_at: now,
                ..current
            },
        })
    }
}

/// The record is filed by the authority that recorded it, or by the province.
fn check_filer(principal: &Principal, record: &PatrolRecord) -> Result<(), AppError> {
    match principal.organisation {
        Organisation::Authority { id, .. } if id == record.authority_id => Ok(()),
        Organisation::Authority { level: AuthorityLevel::Provincial, .. } => Ok(()),
        _ => Err(AppError::Refused {
            code: Code::Forbidden,
            field: None,
            message: format!(
                "record {} is filed by the authority that recorded it (authority {}) or by the province",
                record.id, record.authority_id
            ),
        }),
    }
}
