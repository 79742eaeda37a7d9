//! The query root.

use async_graphql::connection::{Connection, EmptyFields};
use async_graphql::{Context, ID, Interface, Object};

use oversight_domain::registry::region;
use oversight_domain::{
    ApiKeyId, ArchiveEventId, AuthorityId, DesignationId, EnterpriseId, InstitutionId, LicenseId, ProposalId,
    RectificationId, RegionCode, SubmissionId, TaskId,
};

use crate::archive::ArchiveEvent;
use crate::enums::AuthorityLevelGql;
use crate::error::{ApiError, ResultExt};
use crate::ids::{NodeType, id_cursor, parse_global_id, parse_id_cursor};
use crate::loaders::load;
use crate::page::{connection, page_request};
use crate::registry::authority::Authority;
use crate::registry::enterprise::{Enterprise, EnterpriseFilterInput, EnterpriseTotal};
use crate::registry::institution::{ApiKey, Institution};
use crate::registry::license::License;
use crate::registry::region::Region;
use crate::testing::rectification::{Rectification, RevocationProposal};
use crate::testing::supervision::{Designation, ResultSubmission, TestingTask};

/// An object with a global ID, fetchable with `node(id:)` (Relay).
// One variant per `NodeType`; `node` below matches them all, so no type can be left out.
// One value lives per resolved `node` field and is answered at once; boxing the task would only
// add an allocation to every node read.
#[allow(clippy::large_enum_variant)]
#[derive(Interface)]
#[graphql(field(name = "id", ty = "ID", desc = "Opaque global ID."))]
pub enum Node {
    Enterprise(Enterprise),
    License(License),
    ArchiveEvent(ArchiveEvent),
    Authority(Authority),
    Region(Region),
    Institution(Institution),
    ApiKey(ApiKey),
    TestingTask(TestingTask),
    Designation(Designation),
    ResultSubmission(ResultSubmission),
    Rectification(Rectification),
    RevocationProposal(RevocationProposal),
}

#[derive(Default)]
pub struct RegistryQuery;

#[Object]
impl RegistryQuery {
    /// Any object by its global ID; null when it does not exist or is outside the caller's
    /// reach (each type read as its own queries read it).
    async fn node(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Option<Node>> {
        let (node_type, key) = parse_global_id(&id)?;
        let id = || -> Result<i64, ApiError> {
            key.parse().map_err(|_| {
                ApiError::new(oversight_app::Code::InvalidId, "not an ID issued by this API").with_field("id")
            })
        };
        Ok(match node_type {
            NodeType::Region => RegionCode::parse(&key).ok().map(Region).map(Node::from),
            NodeType::ArchiveEvent => {
                let (app, principal) = crate::error::caller(ctx)?;
                app.archive_event_by_id(principal, ArchiveEventId::new(id()?))
                    .await
                    .gql()?
                    .map(ArchiveEvent)
                    .map(Node::from)
            }
            NodeType::Enterprise => {
                load(ctx, |l| &l.enterprise, EnterpriseId::new(id()?)).await?.map(Enterprise).map(Node::from)
            }
            NodeType::License => {
                load(ctx, |l| &l.license, LicenseId::new(id()?)).await?.map(License).map(Node::from)
            }
            NodeType::Authority => {
                load(ctx, |l| &l.authority, AuthorityId::new(id()?)).await?.map(Authority).map(Node::from)
            }
            NodeType::Institution => load(ctx, |l| &l.institution, InstitutionId::new(id()?))
                .await?
                .map(Institution)
                .map(Node::from),
            NodeType::ApiKey => {
                load(ctx, |l| &l.api_key, ApiKeyId::new(id()?)).await?.map(ApiKey).map(Node::from)
            }
            NodeType::TestingTask => {
                load(ctx, |l| &l.testing_task, TaskId::new(id()?)).await?.map(TestingTask).map(Node::from)
            }
            NodeType::Designation => load(ctx, |l| &l.designation, DesignationId::new(id()?))
                .await?
                .map(Designation)
                .map(Node::from),
            NodeType::ResultSubmission => load(ctx, |l| &l.result_submission, SubmissionId::new(id()?))
                .await?
                .map(ResultSubmission)
                .map(Node::from),
            NodeType::Rectification => load(ctx, |l| &l.rectification, RectificationId::new(id()?))
                .await?
                .map(Rectification)
                .map(Node::from),
            NodeType::RevocationProposal => load(ctx, |l| &l.revocation_proposal, ProposalId::new(id()?))
                .await?
                .map(RevocationProposal)
                .map(Node::from),
        })
    }

    /// Administrative divisions (GB/T 2260) directly under `parent` (default: the
    /// nation, i.e. the 31 provinces).
    async fn regions(
        &self,
        #[graphql(desc = "Six-digit code; default 000000.")] parent: Option<String>,
    ) -> async_graphql::Result<Vec<Region>> {
        let parent = match parent {
            Some(code) => RegionCode::parse(&code).map_err(|e| field_error(e, "parent"))?,
            None => RegionCode::NATION,
        };
        Ok(region::children(parent).into_iter().map(|r| Region(r.code)).collect())
    }

    /// One administrative division by code.
    async fn region(&self, code: String) -> async_graphql::Result<Option<Region>> {
        Ok(Some(Region(RegionCode::parse(&code).map_err(|e| field_error(e, "code"))?)))
    }

    /// Market-regulation authorities, optionally those inside a region or of one level.
    /// Priced by page size (GitHub's rule): `first` or `last`, clamped to 1–100,
    /// times the cost of one node.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    // Each GraphQL argument is a Rust argument: that is how async-graphql declares them.
    #[allow(clippy::too_many_arguments)]
    async fn authorities(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
        #[graphql(desc = "Only authorities seated inside this region (six-digit code).")] within: Option<
            String,
        >,
        level: Option<AuthorityLevelGql>,
    ) -> async_graphql::Result<Connection<String, Authority, EmptyFields>> {
        let within =
            within.map(|code| RegionCode::parse(&code).map_err(|e| field_error(e, "within"))).transpose()?;
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let (app, principal) = crate::error::caller(ctx)?;
        let page = app.authorities(principal, within, level.map(Into::into), &request).await.gql()?;
        Ok(connection(page, EmptyFields, |r| id_cursor(r.id), Authority))
    }

    /// Licensed enterprises, filtered, in registration order; keyset-paged.
    /// Priced by page size (GitHub's rule): `first` or `last`, clamped to 1–100,
    /// times the cost of one node.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    async fn enterprises(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
        filter: Option<EnterpriseFilterInput>,
    ) -> async_graphql::Result<Connection<String, Enterprise, EnterpriseTotal>> {
        let filter = filter.unwrap_or_default().parse()?;
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let (app, principal) = crate::error::caller(ctx)?;
        let page = app.enterprises(principal, &filter, &request).await.gql()?;
        Ok(connection(page, EnterpriseTotal { filter }, |r| id_cursor(r.id), Enterprise))
    }

    /// One enterprise by its unified social credit code.
    async fn enterprise(
        &self,
        ctx: &Context<'_>,
        credit_code: String,
    ) -> async_graphql::Result<Option<Enterprise>> {
        let (app, principal) = crate::error::caller(ctx)?;
        Ok(app.enterprise_by_credit_code(principal, &credit_code).await.gql()?.map(Enterprise))
    }

    /// One license by number, with or without province prefix.
    async fn license(&self, ctx: &Context<'_>, number: String) -> async_graphql::Result<Option<License>> {
        let (app, principal) = crate::error::caller(ctx)?;
        Ok(app.license_by_number(principal, &number).await.gql()?.map(License))
    }
}

fn field_error(error: oversight_domain::FieldError, field: &str) -> ApiError {
    ApiError::new(oversight_app::Code::from(error.code), error.message).with_field(field)
}
