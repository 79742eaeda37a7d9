//! Administering the authorities (national, provincial, municipal, county) that supervise
//! enterprises: created at a real division of GB/T 2260 under the authority one level up, renamed,
//! closed with a successor — by the platform's administrator anywhere, or by the head or leader in
//! charge of a provincial or national authority below its own seat (`access/rules.rs`). The
//! national authority and its first administrator officer come from `bootstrap` alone.

use oversight_domain::access::{Organisation, Role};
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::registry::authority::{AuthorityName, Seat, check_parent, check_seat, check_successor};
use oversight_domain::registry::officer::Officer;
use oversight_domain::{AuthorityId, ErrorCode, RegionCode};
use oversight_storage::registry::officer::{self as officers, NewOfficer};
use oversight_storage::{Executor, StorageError, registry::authority};

use crate::{Action, App, AppError, AuthorityRecord, Code, CreateOfficer, Principal, Resource, Tier, allow};

/// Input of `create_authority`.
#[derive(Debug, Clone)]
pub struct NewAuthority {
    pub name: String,
    pub region_code: String,
    pub parent_id: AuthorityId,
}

/// Input of `bootstrap`: the national authority's name and its first administrator officer (the
/// head of the national authority; `authority_id` of `administrator` is ignored).
#[derive(Debug, Clone)]
pub struct Bootstrap {
    pub authority_name: String,
    pub administrator: CreateOfficer,
}

/// The state an audit record keeps of an authority.
fn state(record: &AuthorityRecord) -> serde_json::Value {
    serde_json::json!({
        "name": record.name,
        "region": record.region.as_str(),
        "parentId": record.parent_id,
        "closedAt": record.closed_at,
        "successorId": record.successor_id,
    })
}

fn name_taken(name: &AuthorityName) -> AppError {
    AppError::refused(
        Code::Domain(ErrorCode::InvalidText),
        "name",
        format!("an authority named {} exists already", name.as_str()),
    )
}

impl App {
    /// Creates an authority at `region_code` under `parent_id`.
    pub async fn create_authority(
        &self,
        principal: &Principal,
        input: NewAuthority,
    ) -> Result<AuthorityRecord, AppError> {
        let name = AuthorityName::parse(&input.name)?;
        let region = RegionCode::parse(&input.region_code)?;
        check_seat(&region)?;
        allow(principal, Action::CreateAuthority, &Resource::Region(region), "authority")?;
        let mut work = self.begin(principal, Operation::CreateAuthority).await?;
        let parent = self.open_authority(work.tx(), input.parent_id, "parentId").await?;
        check_parent(&parent.region, &region)?;
        if let Some(seated) = authority::by_region(work.tx(), &region).await? {
            return Err(AppError::refused(
                Code::AuthorityExists,
                "regionCode",
                format!("{} is seated at {} {} already", seated.name, region, region.name()),
            ));
        }
        let record =
            match authority::insert(work.tx(), name.as_str(), region, Some(parent.id), work.now).await {
                Err(StorageError::Conflict(_)) => return Err(name_taken(&name)),
                other => other?,
            };
        work.touch([ObjectRef::of(record.id), ObjectRef::of(parent.id)]);
        work.commit(None, Some(state(&record))).await?;
        Ok(record)
    }

    /// Renames an open authority.
    pub async fn rename_authority(
        &self,
        principal: &Principal,
        id: AuthorityId,
        name: &str,
    ) -> Result<AuthorityRecord, AppError> {
        let name = AuthorityName::parse(name)?;
        let mut work = self.begin(principal, Operation::RenameAuthority).await?;
        let current = self.open_authority(work.tx(), id, "authorityId").await?;
        allow(principal, Action::RenameAuthority, &resource(&current), "authority")?;
        match authority::rename(work.tx(), id, name.as_str()).await {
            Err(StorageError::Conflict(_)) => return Err(name_taken(&name)),
            Ok(false) => return Err(AppError::concurrent("the authority closed meanwhile")),
            other => other?,
        };
        let renamed = AuthorityRecord { name: name.as_str().to_owned(), ..current.clone() };
        work.touch([ObjectRef::of(id)]);
        work.commit(Some(state(&current)), Some(state(&renamed))).await?;
        Ok(renamed)
    }

    /// Closes an open authority with no open authority below it, its work passing to
    /// `successor_id` (another open authority of its level that the caller also administers).
    pub async fn close_authority(
        &self,
        principal: &Principal,
        id: AuthorityId,
        successor_id: AuthorityId,
    ) -> Result<AuthorityRecord, AppError> {
        let mut work = self.begin(principal, Operation::CloseAuthority).await?;
        let current = self.open_authority(work.tx(), id, "authorityId").await?;
        allow(principal, Action::CloseAuthority, &resource(&current), "authority")?;
        let successor = authority::by_ids(work.tx(), &[successor_id])
            .await?
            .pop()
            .ok_or(AppError::NotFound { what: "successor authority" })?;
        let seat = |r: &AuthorityRecord| Seat { id: r.id, level: r.level, closed: r.closed_at.is_some() };
        check_successor(seat(&current), seat(&successor))?;
        allow(principal, Action::CloseAuthority, &resource(&successor), "successor authority")
            .map_err(|e| e.at_field("successorId"))?;
        let n_children = authority::open_children(work.tx(), id).await?;
        if n_children > 0 {
            return Err(AppError::refused(
                Code::AuthorityHasChildren,
                "authorityId",
                format!("{n_children} open authorities answer to {}: close them first", current.name),
            ));
        }
        if !authority::close(work.tx(), id, successor_id, work.now).await? {
            return Err(AppError::concurrent("the authority closed meanwhile"));
        }
        let closed = AuthorityRecord {
            closed_at: Some(work.now),
            successor_id: Some(successor_id),
            ..current.clone()
        };
        work.touch([ObjectRef::of(id), ObjectRef::of(successor_id)]);
        work.commit(Some(state(&current)), Some(state(&closed))).await?;
        Ok(closed)
    }

    /// The authority `id`, refused when closed (`field` names the input that pointed at it).
    async fn open_authority(
        &self,
        x: &impl Executor,
        id: AuthorityId,
        field: &'static str,
    ) -> Result<AuthorityRecord, AppError> {
        let record =
            authority::by_ids(x, &[id]).await?.pop().ok_or(AppError::NotFound { what: "authority" })?;
        if record.closed_at.is_some() {
            return Err(AppError::refused(
                Code::AuthorityClosed,
                field,
                format!("{} is closed", record.name),
            ));
        }
        Ok(record)
    }

    /// Stands a deployment up: on a database without any authority, the national authority and
    /// its first administrator officer (the head of the national authority), in one audited unit
    /// of work acted by the platform (`oversight bootstrap`). Refused on any other database.
    pub async fn bootstrap(&self, input: Bootstrap) -> Result<(AuthorityRecord, Officer), AppError> {
        let name = AuthorityName::parse(&input.authority_name)?;
        let (officer_name, badge_number, subject, industries) =
            crate::registry::officer::parse_new_officer(self.industry_catalogue(), &input.administrator)?;
        let platform = platform_principal("oversight bootstrap")?;
        let mut work = self.begin(&platform, Operation::Bootstrap).await?;
        if authority::any(work.tx()).await? {
            return Err(AppError::Refused {
                code: Code::AlreadyBootstrapped,
                field: None,
                message: "the database holds authorities already; bootstrap stands up an empty one"
                    .to_owned(),
            });
        }
        let national =
            authority::insert(work.tx(), name.as_str(), RegionCode::NATION, None, work.now).await?;
        let new = NewOfficer {
            authority_id: national.id,
            name: &officer_name,
            badge_number: &badge_number,
            subject: &subject,
            tier: Tier::Head,
            industries: &industries,
        };
        let officer = officers::insert(work.tx(), &new, work.now).await?;
        work.touch([ObjectRef::of(national.id), ObjectRef::of(officer.id)]);
        let after = serde_json::json!({ "authority": state(&national), "officer": officer.state() });
        work.commit(None, Some(after)).await?;
        Ok((national, officer))
    }
}

/// The policy's view of an authority.
/// The principal a command-line act of the platform runs as (`oversight bootstrap`, `oversight
/// licenses expire`): its audit records name the command as the subject.
pub(crate) fn platform_principal(command: &str) -> Result<Principal, AppError> {
    Principal::new(command.to_owned(), Role::PluginAdministrator, None, Organisation::Platform)
        .map_err(|e| AppError::Refused { code: Code::Internal, field: None, message: e.to_string() })
}

fn resource(record: &AuthorityRecord) -> Resource {
    Resource::Authority { id: record.id, region: record.region }
}
