//! Testing institutions (承检机构) and their API keys in GraphQL: the institutions in the caller's
//! jurisdiction, and creating and revoking the keys their systems submit results with.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use oversight_app::{ApiKeyRecord, InstitutionRecord};

use crate::error::{ResultExt, caller};
use crate::ids::{NodeType, global_id, parse_numeric_id};
use crate::registry::region::Region;

/// A testing institution (承检机构) that runs compulsory tests.
pub struct Institution(pub InstitutionRecord);

#[Object]
impl Institution {
    pub async fn id(&self) -> ID {
        global_id(NodeType::Institution, self.0.id)
    }

    async fn name(&self) -> &str {
        &self.0.name
    }

    async fn region(&self) -> Region {
        Region(self.0.region)
    }

    /// Its API keys (never their secrets); for provincial and national officers.
    async fn api_keys(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<ApiKey>> {
        let (app, principal) = caller(ctx)?;
        Ok(app.api_keys_of(principal, self.0.id).await.gql()?.into_iter().map(ApiKey).collect())
    }
}

/// A machine credential of a testing institution.
pub struct ApiKey(pub ApiKeyRecord);

#[Object]
impl ApiKey {
    pub async fn id(&self) -> ID {
        global_id(NodeType::ApiKey, self.0.id)
    }

    /// The public part (`ovk_<publicId>_…`), to recognise a key in logs.
    async fn public_id(&self) -> &str {
        &self.0.public_id
    }

    async fn label(&self) -> &str {
        &self.0.label
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    async fn created_by(&self) -> &str {
        &self.0.created_by
    }

    async fn revoked_at(&self) -> Option<DateTime<Utc>> {
        self.0.revoked_at
    }

    /// Minute precision.
    async fn last_used_at(&self) -> Option<DateTime<Utc>> {
        self.0.last_used_at
    }
}

#[derive(InputObject)]
pub struct CreateApiKeyInput {
    pub institution_id: ID,
    /// What the key is for, e.g. "LIMS upload".
    pub label: String,
}

#[derive(SimpleObject)]
pub struct CreateApiKeyPayload {
    /// The key itself: shown this once, never again. Send it as `Authorization: Bearer <key>`.
    pub key: String,
    pub api_key: ApiKey,
}

#[derive(InputObject)]
pub struct RevokeApiKeyInput {
    pub api_key_id: ID,
}

#[derive(SimpleObject)]
pub struct RevokeApiKeyPayload {
    pub api_key: ApiKey,
}

#[derive(Default)]
pub struct InstitutionQuery;

#[Object]
impl InstitutionQuery {
    /// Testing institutions in your jurisdiction (or your own institution).
    async fn institutions(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Institution>> {
        let (app, principal) = caller(ctx)?;
        Ok(app.institutions(principal).await.gql()?.into_iter().map(Institution).collect())
    }
}

#[derive(Default)]
pub struct InstitutionMutation;

#[Object]
impl InstitutionMutation {
    /// Creates an API key for a testing institution; the key is in the answer only.
    async fn create_api_key(
        &self,
        ctx: &Context<'_>,
        input: CreateApiKeyInput,
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
        input: RevokeApiKeyInput,
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
