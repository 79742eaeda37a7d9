//! Testing institutions (承检机构) and their API keys in GraphQL: the institutions in the caller's
//! jurisdiction with their accreditation; entering, re-accrediting and suspending them; creating
//! and revoking the keys their systems submit results with.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{
    ApiKeyRecord, InstitutionCursor, InstitutionOrder, InstitutionRecord, NewInstitution, RawAccreditation,
};
use oversight_domain::registry::institution::{Accreditation, InstitutionStatus};

use crate::enums::{InstitutionOrderFieldGql, OrderDirection};
use crate::error::{ResultExt, caller};
use crate::ids::{NodeType, global_id, institution_cursor, parse_institution_cursor, parse_numeric_id};
use crate::page::{Connection, connection, page_request};
use crate::registry::region::Region;

/// A testing institution (承检机构) that runs compulsory tests.
pub struct Institution(pub InstitutionRecord);

/// A testing institution (承检机构) that runs compulsory tests, with its accreditation.
#[Object]
impl Institution {
    /// Opaque global ID (Relay), for `node(id:)`.
    pub async fn id(&self) -> ID {
        global_id(NodeType::Institution, self.0.id)
    }

    /// Its name, unique.
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// The division it is seated at.
    async fn region(&self) -> Region {
        Region(self.0.region)
    }

    /// Whether it may be designated; a suspended institution is not (`INSTITUTION_SUSPENDED`).
    async fn active(&self) -> bool {
        self.0.state.status == InstitutionStatus::Active
    }

    /// Its accreditation (CMA/CNAS, validity, industries in scope); null for an institution
    /// entered before accreditations were recorded, which cannot be designated.
    async fn accreditation(&self) -> Option<AccreditationGql> {
        self.0.state.accreditation.clone().map(AccreditationGql)
    }

    /// Why it was suspended.
    async fn suspension_reason(&self) -> Option<&str> {
        self.0.state.suspension_reason.as_deref()
    }

    /// When it was suspended.
    async fn suspended_at(&self) -> Option<DateTime<Utc>> {
        self.0.state.suspended_at
    }

    /// Its API keys (never their secrets); for provincial and national officers.
    async fn api_keys(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<ApiKey>> {
        let (app, principal) = caller(ctx)?;
        Ok(app.api_keys_of(principal, self.0.id).await.gql()?.into_iter().map(ApiKey).collect())
    }
}

/// A testing institution's accreditation (资质认定 CMA / 实验室认可 CNAS).
pub struct AccreditationGql(pub Accreditation);

/// A testing institution's accreditation (资质认定 CMA / 实验室认可 CNAS): numbers, validity
/// and the industries in scope.
#[Object(name = "Accreditation")]
impl AccreditationGql {
    /// CMA number (检验检测机构资质认定证书编号).
    async fn cma_number(&self) -> Option<&str> {
        self.0.cma_number.as_deref()
    }

    /// CNAS number (实验室认可证书编号).
    async fn cnas_number(&self) -> Option<&str> {
        self.0.cnas_number.as_deref()
    }

    /// First day the accreditation is valid.
    async fn valid_from(&self) -> NaiveDate {
        self.0.valid_from
    }

    /// Last day the accreditation is valid.
    async fn valid_until(&self) -> NaiveDate {
        self.0.valid_until
    }

    /// Codes of the industries in its scope.
    async fn industries(&self) -> &[String] {
        &self.0.industries
    }

    /// True for a national testing centre (国家产品质量检验检测中心 national testing centre): a
    /// province may designate it though it is seated outside the province.
    async fn national_centre(&self) -> bool {
        self.0.national_centre
    }
}

/// An accreditation as entered: a CMA number, a CNAS number or both, the validity and the
/// industries in scope.
#[derive(InputObject)]
pub struct AccreditationInput {
    /// CMA number (4–32 ASCII letters, digits or hyphens).
    pub cma_number: Option<String>,
    /// CNAS number (4–32 ASCII letters, digits or hyphens).
    pub cnas_number: Option<String>,
    /// First day valid.
    pub valid_from: NaiveDate,
    /// Last day valid.
    pub valid_until: NaiveDate,
    /// Industry codes of the catalogue in its scope (one or more).
    pub industries: Vec<String>,
    /// Marks a national testing centre (国家产品质量检验检测中心 national testing centre), which a
    /// province may designate though it is seated elsewhere; only the national authority sets
    /// it. Default false.
    #[graphql(default)]
    pub national_centre: bool,
}

impl From<AccreditationInput> for RawAccreditation {
    fn from(input: AccreditationInput) -> RawAccreditation {
        RawAccreditation {
            cma_number: input.cma_number,
            cnas_number: input.cnas_number,
            valid_from: Some(input.valid_from),
            valid_until: Some(input.valid_until),
            industries: input.industries,
            national_centre: input.national_centre,
        }
    }
}

/// Input of `createInstitution`.
#[derive(InputObject)]
pub struct CreateInstitutionInput {
    /// 2–100 characters, unique.
    pub name: String,
    /// The division it is seated at (six digits).
    pub region_code: String,
    /// Its accreditation.
    pub accreditation: AccreditationInput,
}

/// Input of `accreditInstitution`.
#[derive(InputObject)]
pub struct AccreditInstitutionInput {
    /// The institution.
    pub institution_id: ID,
    /// Its new accreditation, replacing the old one.
    pub accreditation: AccreditationInput,
}

/// Input of `suspendInstitution`.
#[derive(InputObject)]
pub struct SuspendInstitutionInput {
    /// The institution.
    pub institution_id: ID,
    /// Why (2–500 characters).
    pub reason: String,
}

/// The institution a mutation created or changed.
#[derive(SimpleObject)]
pub struct InstitutionPayload {
    /// The institution as it now stands.
    pub institution: Institution,
}

/// A machine credential of a testing institution.
pub struct ApiKey(pub ApiKeyRecord);

/// A machine credential (API key) a testing institution's system submits results with; its
/// secret is shown once, at creation.
#[Object]
impl ApiKey {
    /// Opaque global ID (Relay), for `node(id:)`.
    pub async fn id(&self) -> ID {
        global_id(NodeType::ApiKey, self.0.id)
    }

    /// The public part (`ovk_<publicId>_…`), to recognise a key in logs.
    async fn public_id(&self) -> &str {
        &self.0.public_id
    }

    /// What the key is for, e.g. "LIMS upload".
    async fn label(&self) -> &str {
        &self.0.label
    }

    /// When it was created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// The officer who created it (token subject).
    async fn created_by(&self) -> &str {
        &self.0.created_by
    }

    /// When it was revoked; null while it works.
    async fn revoked_at(&self) -> Option<DateTime<Utc>> {
        self.0.revoked_at
    }

    /// When it was last used to authenticate (minute precision).
    async fn last_used_at(&self) -> Option<DateTime<Utc>> {
        self.0.last_used_at
    }
}

/// Input of `createApiKey`.
#[derive(InputObject)]
pub struct CreateApiKeyInput {
    /// The institution the key belongs to.
    pub institution_id: ID,
    /// What the key is for, e.g. "LIMS upload".
    pub label: String,
}

/// A new API key and its secret.
#[derive(SimpleObject)]
pub struct CreateApiKeyPayload {
    /// The key itself: shown this once, never again. Send it as `Authorization: Bearer <key>`.
    pub key: String,
    /// The key's record (without the secret).
    pub api_key: ApiKey,
}

/// Input of `revokeApiKey`.
#[derive(InputObject)]
pub struct RevokeApiKeyInput {
    /// The key to revoke.
    pub api_key_id: ID,
}

/// The key a mutation revoked.
#[derive(SimpleObject)]
pub struct RevokeApiKeyPayload {
    /// The key as it now stands (with `revokedAt`).
    pub api_key: ApiKey,
}

#[derive(Default)]
pub struct InstitutionQuery;

#[Object]
impl InstitutionQuery {
    /// Testing institutions in your jurisdiction (or your own institution), sorted (default:
    /// entry order); keyset-paged, a cursor belonging to the order it was read in. Priced by page
    /// size (GitHub's rule): `first` or `last`, clamped to 1–100, times the cost of one node.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    async fn institutions(
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
        #[graphql(desc = "The order; default entry order, ascending.")] order_by: Option<
            InstitutionOrderInput,
        >,
    ) -> async_graphql::Result<Connection<String, Institution, InstitutionTotal>> {
        let order = InstitutionOrderInput::parse(order_by);
        let request = page_request(first, after, last, before, parse_institution_cursor(order.0))?;
        let (app, principal) = caller(ctx)?;
        let page = app.institutions(principal, order, &request).await.gql()?;
        let cursor = |r: &InstitutionRecord| institution_cursor(&InstitutionCursor::of(r, order.0));
        Ok(connection(page, InstitutionTotal, cursor, Institution))
    }
}

/// The number of institutions an `institutions` query holds, computed only when asked for.
pub struct InstitutionTotal;

#[Object]
impl InstitutionTotal {
    /// How many institutions the caller lists (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_institutions(principal).await.gql()
    }
}

#[derive(Default)]
pub struct InstitutionMutation;

#[Object]
impl InstitutionMutation {
    /// Enters a testing institution with its accreditation, at a place in your jurisdiction;
    /// by provincial and national officers.
    async fn create_institution(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The testing institution (承检机构) and its accreditation.")]
        input: CreateInstitutionInput,
    ) -> async_graphql::Result<InstitutionPayload> {
        let (app, principal) = caller(ctx)?;
        let new = NewInstitution {
            name: input.name,
            region_code: input.region_code,
            accreditation: input.accreditation.into(),
        };
        let record = app.create_institution(principal, new).await.gql_input("input")?;
        Ok(InstitutionPayload { institution: Institution(record) })
    }

    /// Records an institution's new accreditation (renewal, change of scope); by provincial and
    /// national officers whose jurisdiction holds it. Designations check the accreditation's
    /// industries and validity.
    async fn accredit_institution(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The institution and its new accreditation.")] input: AccreditInstitutionInput,
    ) -> async_graphql::Result<InstitutionPayload> {
        let id = parse_numeric_id(&input.institution_id, NodeType::Institution, "input.institutionId")?;
        let (app, principal) = caller(ctx)?;
        let record =
            app.accredit_institution(principal, id, input.accreditation.into()).await.gql_input("input")?;
        Ok(InstitutionPayload { institution: Institution(record) })
    }

    /// Suspends an institution, with the reason: it is not designated again. By the head
    /// (行政一把手) or leader in charge (分管领导) of a provincial or national authority whose
    /// jurisdiction holds it.
    async fn suspend_institution(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The institution and why it is suspended.")] input: SuspendInstitutionInput,
    ) -> async_graphql::Result<InstitutionPayload> {
        let id = parse_numeric_id(&input.institution_id, NodeType::Institution, "input.institutionId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.suspend_institution(principal, id, &input.reason).await.gql_input("input")?;
        Ok(InstitutionPayload { institution: Institution(record) })
    }

    /// Creates an API key for a testing institution; the key is in the answer only.
    async fn create_api_key(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The institution and what the key is for.")] input: CreateApiKeyInput,
    ) -> async_graphql::Result<CreateApiKeyPayload> {
        let institution_id =
            parse_numeric_id(&input.institution_id, NodeType::Institution, "input.institutionId")?;
        let (app, principal) = caller(ctx)?;
        let created = app.create_api_key(principal, institution_id, &input.label).await.gql_input("input")?;
        Ok(CreateApiKeyPayload { key: created.key, api_key: ApiKey(created.record) })
    }

    /// Revokes an API key; it stops working at once.
    async fn revoke_api_key(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The key to revoke.")] input: RevokeApiKeyInput,
    ) -> async_graphql::Result<RevokeApiKeyPayload> {
        let api_key_id = parse_numeric_id(&input.api_key_id, NodeType::ApiKey, "input.apiKeyId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.revoke_api_key(principal, api_key_id).await.gql_input("input")?;
        if let Ok(authenticator) = ctx.data::<std::sync::Arc<oversight_app::identity::Authenticator>>() {
            authenticator.forget_api_key(api_key_id);
        }
        Ok(RevokeApiKeyPayload { api_key: ApiKey(record) })
    }
}

/// How `institutions` is sorted.
#[derive(InputObject)]
pub struct InstitutionOrderInput {
    /// The field sorted by.
    pub field: InstitutionOrderFieldGql,
    /// Ascending (default) or descending.
    #[graphql(default)]
    pub direction: OrderDirection,
}

impl InstitutionOrderInput {
    /// The storage order: the field and whether it runs descending (default: entry order).
    pub fn parse(order: Option<InstitutionOrderInput>) -> (InstitutionOrder, bool) {
        order.map_or((InstitutionOrder::Id, false), |o| (o.field.into(), o.direction == OrderDirection::Desc))
    }
}
