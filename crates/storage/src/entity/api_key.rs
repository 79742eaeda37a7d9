//! The `api_key` table: machine credentials of testing institutions.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "api_key")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub institution_id: i64,
    #[sea_orm(unique)]
    pub public_id: String,
    /// Argon2id PHC string of the secret part; the secret itself is never stored.
    pub secret_hash: String,
    pub label: String,
    pub created_at: DateTimeUtc,
    pub created_by: String,
    pub revoked_at: Option<DateTimeUtc>,
    pub last_used_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
