//! The officer directory (执法人员) in GraphQL: the `officers` connection, the `Officer` node, and
//! the mutations that enter, change and deactivate officers.

use crate::page::Connection;
use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use oversight_app::{
    CreateOfficer, OfficerCursor, OfficerFilter, OfficerOrder, OfficerRecord, OfficerStatus, UpdateOfficer,
};
use oversight_domain::{AuthorityId, OfficerId};

use crate::enums::{OfficerOrderFieldGql, OrderDirection, TierGql};
use crate::error::{ResultExt, caller};
use crate::ids::{NodeType, global_id, officer_cursor, parse_numeric_id, parse_officer_cursor};
use crate::loaders::load;
use crate::page::{connection, page_request};
use crate::registry::authority::Authority;

/// An officer (执法人员) of a market-regulation authority: the person behind a token.
pub struct Officer(pub OfficerRecord);

/// The directory officer behind `subject` (who opened, lodged or decided a record), through the
/// request's batch loader; `None` when the subject is none or not an officer's (an enterprise
/// user, an institution's system, the platform). Visible to whoever can see the naming record.
pub(crate) async fn officer_by_subject(
    ctx: &Context<'_>,
    subject: Option<&str>,
) -> async_graphql::Result<Option<Officer>> {
    let Some(subject) = subject else { return Ok(None) };
    Ok(load(ctx, |l| &l.officer_by_subject, subject.to_owned()).await?.map(Officer))
}

/// An officer (执法人员) of a market-regulation authority: the person behind a token, with badge
/// number, responsibility tier and the industries they are qualified for.
#[Object]
impl Officer {
    /// Opaque global ID (Relay), for `node(id:)`.
    pub async fn id(&self) -> ID {
        global_id(NodeType::Officer, self.0.id)
    }

    /// The officer's name.
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// Badge number (执法证号), unique.
    async fn badge_number(&self) -> &str {
        &self.0.badge_number
    }

    /// The identity provider's subject (`sub`) of the officer's tokens, unique.
    async fn subject(&self) -> &str {
        &self.0.subject
    }

    /// Responsibility tier inside the authority (§四).
    async fn tier(&self) -> TierGql {
        self.0.tier.into()
    }

    /// Codes of the industries the officer is qualified for (see `industries`).
    async fn industries(&self) -> &[String] {
        &self.0.industries
    }

    /// Whether the officer serves: an inactive officer's tokens are refused (`OFFICER_INACTIVE`).
    async fn active(&self) -> bool {
        self.0.status == OfficerStatus::Active
    }

    /// Why the officer was deactivated.
    async fn deactivation_reason(&self) -> Option<&str> {
        self.0.deactivation_reason.as_deref()
    }

    /// When the officer was deactivated.
    async fn deactivated_at(&self) -> Option<DateTime<Utc>> {
        self.0.deactivated_at
    }

    /// The authority the officer serves.
    async fn authority(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Authority>> {
        Ok(load(ctx, |l| &l.authority, self.0.authority_id).await?.map(Authority))
    }
}

/// Which officers `officers` lists.
#[derive(InputObject, Default)]
pub struct OfficerFilterInput {
    /// Only the officers of this authority.
    pub authority_id: Option<ID>,
    /// Only the active (true) or the inactive (false) officers.
    pub active: Option<bool>,
}

/// Input of `createOfficer`.
#[derive(InputObject)]
pub struct CreateOfficerInput {
    /// The authority the officer serves.
    pub authority_id: ID,
    /// 2–50 characters.
    pub name: String,
    /// Badge number (执法证号): 4–32 ASCII letters, digits or hyphens; unique.
    pub badge_number: String,
    /// The identity provider's subject (`sub`) of the officer's tokens; unique.
    pub subject: String,
    /// Responsibility tier inside the authority.
    pub tier: TierGql,
    /// Industry codes of the catalogue the officer is qualified for.
    #[graphql(default)]
    pub industries: Vec<String>,
}

/// Input of `updateOfficer`: a field left out is not changed.
#[derive(InputObject)]
pub struct UpdateOfficerInput {
    /// The officer to change.
    pub officer_id: ID,
    /// The new name.
    pub name: Option<String>,
    /// The new tier; the officer's tokens carry it from the next request on.
    pub tier: Option<TierGql>,
    /// The industries the officer is qualified for, replacing the old list.
    pub industries: Option<Vec<String>>,
}

/// Input of `deactivateOfficer`.
#[derive(InputObject)]
pub struct DeactivateOfficerInput {
    /// The officer to deactivate.
    pub officer_id: ID,
    /// Why (2–500 characters), kept in the record and the audit trail.
    pub reason: String,
}

/// Input of `recordOfficerRecusal`.
#[derive(InputObject)]
pub struct RecordOfficerRecusalInput {
    /// The officer recused.
    pub officer_id: ID,
    /// The enterprise the officer inspects on no patrol or follow-up visit.
    pub enterprise_id: ID,
    /// Why (2–500 characters): kin, a former employer …; kept in the audit trail.
    pub reason: String,
}

/// The officer a mutation entered or changed.
#[derive(SimpleObject)]
pub struct OfficerPayload {
    /// The officer as it now stands.
    pub officer: Officer,
}

#[derive(Default)]
pub struct OfficerQuery;

#[Object]
impl OfficerQuery {
    /// The officer directory (执法人员) of your authority and the authorities below it, sorted
    /// (default: entry order); keyset-paged, a cursor belonging to the order it was read in. For
    /// officers, review departments and auditors. Priced by page size (GitHub's rule): `first`
    /// or `last`, clamped to 1–100, times the cost of one node.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    // Each GraphQL argument is a Rust argument: that is how async-graphql declares them.
    #[allow(clippy::too_many_arguments)]
    async fn officers(
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
        #[graphql(desc = "Which officers to list; all in reach when absent.")] filter: Option<
            OfficerFilterInput,
        >,
        #[graphql(desc = "The order; default entry order, ascending.")] order_by: Option<OfficerOrderInput>,
    ) -> async_graphql::Result<Connection<String, Officer, OfficerTotal>> {
        let filter = filter.unwrap_or_default();
        let filter = OfficerFilter {
            authority_id: filter
                .authority_id
                .map(|id| parse_numeric_id::<AuthorityId>(&id, NodeType::Authority, "filter.authorityId"))
                .transpose()?,
            active: filter.active,
        };
        let order = OfficerOrderInput::parse(order_by);
        let request = page_request(first, after, last, before, parse_officer_cursor(order.0))?;
        let (app, principal) = caller(ctx)?;
        let page = app.officers(principal, &filter, order, &request).await.gql()?;
        let cursor = |r: &OfficerRecord| officer_cursor(&OfficerCursor::of(r, order.0));
        Ok(connection(page, OfficerTotal { filter }, cursor, Officer))
    }
}

/// The number of officers a directory query matches, computed only when asked for.
pub struct OfficerTotal {
    filter: OfficerFilter,
}

#[Object]
impl OfficerTotal {
    /// How many officers match the filter (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_officers(principal, &self.filter).await.gql()
    }
}

#[derive(Default)]
pub struct OfficerMutation;

#[Object]
impl OfficerMutation {
    /// Enters an officer in the directory of an authority. Officers are managed by the head
    /// (行政一把手) or leader in charge (分管领导) of their own authority or of an authority above
    /// it; others are refused (`FORBIDDEN`), an authority outside your jurisdiction is
    /// `OUT_OF_JURISDICTION`.
    async fn create_officer(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The officer (执法人员) to enter.")] input: CreateOfficerInput,
    ) -> async_graphql::Result<OfficerPayload> {
        let authority_id = parse_numeric_id(&input.authority_id, NodeType::Authority, "input.authorityId")?;
        let (app, principal) = caller(ctx)?;
        let new = CreateOfficer {
            authority_id,
            name: input.name,
            badge_number: input.badge_number,
            subject: input.subject,
            tier: input.tier.into(),
            industries: input.industries,
        };
        let officer = app.create_officer(principal, new).await.gql_input("input")?;
        Ok(OfficerPayload { officer: Officer(officer) })
    }

    /// Changes an officer's name, tier or industries; by the same leadership as `createOfficer`.
    /// An inactive officer is not changed (`OFFICER_INACTIVE`).
    async fn update_officer(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The officer and the fields that change.")] input: UpdateOfficerInput,
    ) -> async_graphql::Result<OfficerPayload> {
        let officer_id: OfficerId =
            parse_numeric_id(&input.officer_id, NodeType::Officer, "input.officerId")?;
        let (app, principal) = caller(ctx)?;
        let changes = UpdateOfficer {
            name: input.name,
            tier: input.tier.map(Into::into),
            industries: input.industries,
        };
        let officer = app.update_officer(principal, officer_id, changes).await.gql_input("input")?;
        forget(ctx, &officer.subject);
        Ok(OfficerPayload { officer: Officer(officer) })
    }

    /// Deactivates an officer, with the reason; by the same leadership as `createOfficer`. From
    /// then on the officer's tokens are refused (`OFFICER_INACTIVE`, HTTP 401).
    async fn deactivate_officer(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The officer and why.")] input: DeactivateOfficerInput,
    ) -> async_graphql::Result<OfficerPayload> {
        let officer_id: OfficerId =
            parse_numeric_id(&input.officer_id, NodeType::Officer, "input.officerId")?;
        let (app, principal) = caller(ctx)?;
        let officer =
            app.deactivate_officer(principal, officer_id, &input.reason).await.gql_input("input")?;
        forget(ctx, &officer.subject);
        Ok(OfficerPayload { officer: Officer(officer) })
    }

    /// Records that an officer is recused (回避) from an enterprise — kin, a former employer — so
    /// that the officer is refused as an inspector of its patrols and follow-up visits
    /// (`INSPECTOR_RECUSED`); by the same leadership as `createOfficer`. RECUSAL_EXISTS.
    async fn record_officer_recusal(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The officer, the enterprise and why.")] input: RecordOfficerRecusalInput,
    ) -> async_graphql::Result<OfficerPayload> {
        let officer_id: OfficerId =
            parse_numeric_id(&input.officer_id, NodeType::Officer, "input.officerId")?;
        let enterprise_id: oversight_domain::EnterpriseId =
            parse_numeric_id(&input.enterprise_id, NodeType::Enterprise, "input.enterpriseId")?;
        let (app, principal) = caller(ctx)?;
        let officer = app
            .record_officer_recusal(principal, officer_id, enterprise_id, &input.reason)
            .await
            .gql_input("input")?;
        Ok(OfficerPayload { officer: Officer(officer) })
    }
}

/// Drops this server's cached verifications of the officer's tokens, so the change holds from
/// the next request on (other replicas within the cache's minute).
fn forget(ctx: &Context<'_>, subject: &str) {
    if let Ok(authenticator) = ctx.data::<std::sync::Arc<oversight_app::identity::Authenticator>>() {
        authenticator.forget_subject(subject);
    }
}

/// How `officers` is sorted.
#[derive(InputObject)]
pub struct OfficerOrderInput {
    /// The field sorted by.
    pub field: OfficerOrderFieldGql,
    /// Ascending (default) or descending.
    #[graphql(default)]
    pub direction: OrderDirection,
}

impl OfficerOrderInput {
    /// The storage order: the field and whether it runs descending (default: entry order).
    pub fn parse(order: Option<OfficerOrderInput>) -> (OfficerOrder, bool) {
        order.map_or((OfficerOrder::Id, false), |o| (o.field.into(), o.direction == OrderDirection::Desc))
    }
}
