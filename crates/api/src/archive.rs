//! The quality archive (企业质量档案) in GraphQL.

use async_graphql::{Context, Object};
use chrono::{DateTime, Utc};
use oversight_app::ArchiveEventRecord;

use crate::enums::ArchiveEventKindGql;
use crate::ids::{NodeType, global_id};
use crate::loaders::{Loaders, load};
use crate::registry::license::License;

/// One fact in an enterprise's quality archive.
pub struct ArchiveEvent(pub ArchiveEventRecord);

/// One fact in an enterprise's quality archive (企业质量档案).
#[Object]
impl ArchiveEvent {
    /// Opaque global ID (Relay), for `node(id:)`.
    pub async fn id(&self) -> async_graphql::ID {
        global_id(NodeType::ArchiveEvent, self.0.id)
    }

    /// What the event records.
    async fn kind(&self) -> ArchiveEventKindGql {
        self.0.kind.into()
    }

    /// One line for people, in Chinese and English.
    async fn summary(&self) -> &str {
        &self.0.summary
    }

    /// The facts of the event as a JSON object; its shape depends on `kind`.
    async fn details(&self) -> async_graphql::Json<serde_json::Value> {
        async_graphql::Json(self.0.details.clone())
    }

    /// When it happened (for an imported license: its issue date).
    async fn occurred_at(&self) -> DateTime<Utc> {
        self.0.occurred_at
    }

    /// When it was recorded in the system.
    async fn recorded_at(&self) -> DateTime<Utc> {
        self.0.recorded_at
    }

    /// The license the event concerns, if any.
    async fn license(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<License>> {
        let Some(license_id) = self.0.license_id else { return Ok(None) };
        Ok(load(ctx, |l| &l.license, license_id).await?.map(License))
    }
}

/// The size of an archive feed, computed only when asked for (batched).
pub struct ArchiveTotal {
    pub enterprise_id: oversight_domain::EnterpriseId,
    pub filter: oversight_app::ArchiveFilter,
}

#[Object]
impl ArchiveTotal {
    /// How many events the feed holds (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let loaders = ctx.data::<Loaders>()?;
        let count = loaders.archive_count.load_one((self.enterprise_id, self.filter.clone())).await?;
        Ok(count.unwrap_or(0))
    }
}
