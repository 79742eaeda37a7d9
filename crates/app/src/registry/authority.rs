//! Creating the authorities (national, provincial, municipal, county) that
//! supervise enterprises. Used by the demo seeder and, later, by administrators.

use oversight_domain::AuthorityId;
use oversight_domain::ErrorCode;
use oversight_domain::RegionCode;
use oversight_domain::registry::authority::{AuthorityName, check_parent};
use oversight_storage::{StorageError, registry::authority};

use oversight_domain::audit::Operation;

use crate::{App, AppError, AuthorityRecord, Code};

/// Input of `create_authority`.
#[derive(Debug, Clone)]
pub struct NewAuthority {
    pub name: String,
    pub region_code: String,
    pub parent_id: Option<AuthorityId>,
}

impl App {
    pub async fn create_authority(&self, input: NewAuthority) -> Result<AuthorityRecord, AppError> {
        let name = AuthorityName::parse(&input.name)?;
        let region = RegionCode::parse(&input.region_code)?;
        let work = self.begin_unaudited(Operation::CreateAuthority).await?;
        match input.parent_id {
            Some(parent_id) => {
                let parent = authority::by_ids(work.tx(), &[parent_id])
                    .await?
                    .pop()
                    .ok_or(AppError::NotFound { what: "parent authority" })?;
                check_parent(&parent.region, &region)?;
            }
            None if region != RegionCode::NATION => {
                return Err(AppError::refused(
                    Code::Domain(ErrorCode::InvalidAuthorityParent),
                    "parentId",
                    "only the national authority has no parent",
                ));
            }
            None => {}
        }
        let record =
            match authority::insert(work.tx(), name.as_str(), region, input.parent_id, work.now).await {
                Err(StorageError::Conflict(_)) => {
                    return Err(AppError::refused(
                        Code::Domain(ErrorCode::InvalidText),
                        "name",
                        format!("an authority named {} exists already", name.as_str()),
                    ));
                }
                other => other?,
            };
        work.commit(None, None).await?;
        Ok(record)
    }
}
