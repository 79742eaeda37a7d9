//! The query root.

use crate::page::Connection;
use async_graphql::{Context, ID, Object};
use oversight_app::{
    AuthorityCursor, AuthorityRecord, EnterpriseCursor, EnterpriseRecord, LicenseCursor, LicenseRecord,
};

use oversight_domain::RegionCode;
use oversight_domain::registry::region;

use crate::enums::AuthorityLevelGql;
use crate::error::{ApiError, ResultExt};
use crate::ids::{
    authority_cursor, enterprise_cursor, license_cursor, parse_authority_cursor, parse_enterprise_cursor,
    parse_license_cursor,
};
use crate::node::{Node, read_node};
use crate::page::{connection, page_request};
use crate::registry::authority::{Authority, AuthorityOrderInput};
use crate::registry::enterprise::{Enterprise, EnterpriseFilterInput, EnterpriseOrderInput, EnterpriseTotal};
use crate::registry::license::{License, LicenseFilterInput, LicenseOrderInput, LicenseTotal};
use crate::registry::region::Region;

#[derive(Default)]
pub struct RegistryQuery;

#[Object]
impl RegistryQuery {
    /// Any object by its global ID; null when it does not exist or is outside the caller's
    /// reach (each type read as its own queries read it).
    async fn node(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The object's global ID (its `id`).")] id: ID,
    ) -> async_graphql::Result<Option<Node>> {
        read_node(ctx, &id).await
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
    async fn region(
        &self,
        #[graphql(desc = "Six-digit GB/T 2260 code, e.g. \"320102\".")] code: String,
    ) -> async_graphql::Result<Option<Region>> {
        Ok(Some(Region(RegionCode::parse(&code).map_err(|e| field_error(e, "code"))?)))
    }

    /// Market-regulation authorities, optionally those inside a region or of one level, sorted
    /// (default: creation order); keyset-paged, a cursor belonging to the order it was read in.
    /// Priced by page size (GitHub's rule): `first` or `last`, clamped to 1–100,
    /// times the cost of one node.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    // Each GraphQL argument is a Rust argument: that is how async-graphql declares them.
    #[allow(clippy::too_many_arguments)]
    async fn authorities(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Return the first n items (after `after`, if given); default 20, at most 100.")]
        first: Option<i32>,
        #[graphql(desc = "Return the items after this cursor (an edge's `cursor` or `pageInfo.endCursor`).")]
        after: Option<String>,
        #[graphql(desc = "Return the last n items (before `before`, if given); at most 100.")] last: Option<
            i32,
        >,
        #[graphql(
            desc = "Return the items before this cursor (an edge's `cursor` or `pageInfo.startCursor`)."
        )]
        before: Option<String>,
        #[graphql(desc = "Only authorities seated inside this region (six-digit code).")] within: Option<
            String,
        >,
        #[graphql(desc = "Only authorities of this level.")] level: Option<AuthorityLevelGql>,
        #[graphql(desc = "The order; default creation order, ascending.")] order_by: Option<
            AuthorityOrderInput,
        >,
    ) -> async_graphql::Result<Connection<String, Authority, AuthorityTotal>> {
        let within =
            within.map(|code| RegionCode::parse(&code).map_err(|e| field_error(e, "within"))).transpose()?;
        let level = level.map(Into::into);
        let order = AuthorityOrderInput::parse(order_by);
        let request = page_request(first, after, last, before, parse_authority_cursor(order.0))?;
        let (app, principal) = crate::error::caller(ctx)?;
        let page = app.authorities(principal, within, level, order, &request).await.gql()?;
        let cursor = |r: &AuthorityRecord| authority_cursor(&AuthorityCursor::of(r, order.0));
        Ok(connection(page, AuthorityTotal { within, level }, cursor, Authority))
    }

    /// Licensed enterprises, filtered and sorted (default: registration order); keyset-paged, a
    /// cursor belonging to the order it was read in. Priced by page size (GitHub's rule):
    /// `first` or `last`, clamped to 1–100, times the cost of one node.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    // Each GraphQL argument is a Rust argument: that is how async-graphql declares them.
    #[allow(clippy::too_many_arguments)]
    async fn enterprises(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Return the first n items (after `after`, if given); default 20, at most 100.")]
        first: Option<i32>,
        #[graphql(desc = "Return the items after this cursor (an edge's `cursor` or `pageInfo.endCursor`).")]
        after: Option<String>,
        #[graphql(desc = "Return the last n items (before `before`, if given); at most 100.")] last: Option<
            i32,
        >,
        #[graphql(
            desc = "Return the items before this cursor (an edge's `cursor` or `pageInfo.startCursor`)."
        )]
        before: Option<String>,
        #[graphql(desc = "Which enterprises to list; all in reach when absent.")] filter: Option<
            EnterpriseFilterInput,
        >,
        #[graphql(desc = "The order; default registration order, ascending.")] order_by: Option<
            EnterpriseOrderInput,
        >,
    ) -> async_graphql::Result<Connection<String, Enterprise, EnterpriseTotal>> {
        let (app, principal) = crate::error::caller(ctx)?;
        let filter = filter.unwrap_or_default().parse(app.industry_catalogue())?;
        let order = EnterpriseOrderInput::parse(order_by);
        let request = page_request(first, after, last, before, parse_enterprise_cursor(order.0))?;
        let page = app.enterprises(principal, &filter, order, &request).await.gql()?;
        let cursor = |r: &EnterpriseRecord| enterprise_cursor(&EnterpriseCursor::of(r, order.0));
        Ok(connection(page, EnterpriseTotal { filter }, cursor, Enterprise))
    }

    /// Production licenses in the caller's reach, filtered and sorted, keyset-paged: the
    /// officer's lists ("expiring within 90 days", "suspended in Nanjing"). A cursor belongs to
    /// the order it was read in. Priced by page size (GitHub's rule).
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    // Each GraphQL argument is a Rust argument: that is how async-graphql declares them.
    #[allow(clippy::too_many_arguments)]
    async fn licenses(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Return the first n items (after `after`, if given); default 20, at most 100.")]
        first: Option<i32>,
        #[graphql(desc = "Return the items after this cursor (an edge's `cursor` or `pageInfo.endCursor`).")]
        after: Option<String>,
        #[graphql(desc = "Return the last n items (before `before`, if given); at most 100.")] last: Option<
            i32,
        >,
        #[graphql(
            desc = "Return the items before this cursor (an edge's `cursor` or `pageInfo.startCursor`)."
        )]
        before: Option<String>,
        #[graphql(desc = "Which licenses to list; all in reach when absent.")] filter: Option<
            LicenseFilterInput,
        >,
        #[graphql(desc = "The order; default issue order, ascending.")] order_by: Option<LicenseOrderInput>,
    ) -> async_graphql::Result<Connection<String, License, LicenseTotal>> {
        let (app, principal) = crate::error::caller(ctx)?;
        let filter = filter.unwrap_or_default().parse(app.industry_catalogue(), app.today())?;
        let order = LicenseOrderInput::parse(order_by);
        let request = page_request(first, after, last, before, parse_license_cursor(order.0))?;
        let page = app.licenses(principal, &filter, order, &request).await.gql()?;
        let cursor = |r: &LicenseRecord| license_cursor(&LicenseCursor::of(r, order.0));
        Ok(connection(page, LicenseTotal { filter }, cursor, License))
    }

    /// One enterprise by its unified social credit code.
    async fn enterprise(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Unified social credit code (统一社会信用代码), 18 characters.")]
        credit_code: String,
    ) -> async_graphql::Result<Option<Enterprise>> {
        let (app, principal) = crate::error::caller(ctx)?;
        Ok(app.enterprise_by_credit_code(principal, &credit_code).await.gql()?.map(Enterprise))
    }

    /// One license by number, with or without province prefix.
    async fn license(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The license number as printed, e.g. \"(苏)XK06-001-00042\", or its core number.")]
        number: String,
    ) -> async_graphql::Result<Option<License>> {
        let (app, principal) = crate::error::caller(ctx)?;
        Ok(app.license_by_number(principal, &number).await.gql()?.map(License))
    }
}

pub(crate) fn field_error(error: oversight_domain::FieldError, field: &str) -> ApiError {
    ApiError::new(oversight_app::Code::from(error.code), error.message).with_field(field)
}

/// The number of authorities an `authorities` query matches, computed only when asked for.
pub struct AuthorityTotal {
    within: Option<RegionCode>,
    level: Option<oversight_domain::AuthorityLevel>,
}

#[Object]
impl AuthorityTotal {
    /// How many authorities match (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = crate::error::caller(ctx)?;
        app.count_authorities(principal, self.within, self.level).await.gql()
    }
}
