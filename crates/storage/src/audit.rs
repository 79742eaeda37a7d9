//! The audit trail: appending hash-chained records and reading them back, per object or in
//! chain order for verification.
//!
//! Append-only by construction: this module has no function that updates or deletes an
//! `audit_record` or `audit_subject` row, and no other module touches those tables (on
//! PostgreSQL a trigger refuses UPDATE, DELETE and TRUNCATE as well). The only row ever updated
//! is the chain head, and only by [`append`], in the writer's transaction.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use oversight_domain::audit::{
    AuditActor, AuditAnchor, AuditEntry, AuditRecord, ChainHead, canonical_json, seal,
};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseExecutor, DbBackend, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
};

use crate::page::{self, SortKey};
use crate::{Executor, Page, PageRequest, Result, StorageError, Tx};

/// The tables of the trail. Kept here rather than in `crate::entity` because nothing else may
/// reach them.
mod entity {
    pub mod audit_record {
        //! One sealed record; `seq` comes from the chain head, never from the database.

        use sea_orm::entity::prelude::*;

        #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
        #[sea_orm(table_name = "audit_record")]
        pub struct Model {
            #[sea_orm(primary_key, auto_increment = false)]
            pub seq: i64,
            pub recorded_at: DateTimeUtc,
            pub operation: String,
            #[sea_orm(column_type = "Text")]
            pub actor_subject: String,
            #[sea_orm(column_type = "Text")]
            pub actor_organisation: String,
            pub actor_role: String,
            /// A JSON array of strings, stored as text so both databases treat it alike.
            #[sea_orm(column_type = "Text")]
            pub objects: String,
            pub before_digest: Option<String>,
            pub after_digest: Option<String>,
            /// The canonical JSON of the before state; null before values were kept.
            #[sea_orm(column_type = "Text", nullable)]
            pub before_state: Option<String>,
            #[sea_orm(column_type = "Text", nullable)]
            pub after_state: Option<String>,
            pub prev_hash: String,
            pub hash: String,
        }

        #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
        pub enum Relation {
            #[sea_orm(has_many = "super::audit_subject::Entity")]
            Subjects,
        }

        impl Related<super::audit_subject::Entity> for Entity {
            fn to() -> RelationDef {
                Relation::Subjects.def()
            }
        }

        impl ActiveModelBehavior for ActiveModel {}
    }

    pub mod audit_subject {
        //! The index of the objects each record touches: (subject, record_seq).

        use sea_orm::entity::prelude::*;

        #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
        #[sea_orm(table_name = "audit_subject")]
        pub struct Model {
            #[sea_orm(primary_key, auto_increment = false, column_type = "Text")]
            pub subject: String,
            #[sea_orm(primary_key, auto_increment = false)]
            pub record_seq: i64,
        }

        #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
        pub enum Relation {
            #[sea_orm(
                belongs_to = "super::audit_record::Entity",
                from = "Column::RecordSeq",
                to = "super::audit_record::Column::Seq"
            )]
            Record,
        }

        impl Related<super::audit_record::Entity> for Entity {
            fn to() -> RelationDef {
                Relation::Record.def()
            }
        }

        impl ActiveModelBehavior for ActiveModel {}
    }

    pub mod audit_anchor {
        //! The chain head signed with an operator's key, once per (seq, key).

        use sea_orm::entity::prelude::*;

        #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
        #[sea_orm(table_name = "audit_anchor")]
        pub struct Model {
            #[sea_orm(primary_key, auto_increment = false)]
            pub seq: i64,
            #[sea_orm(primary_key, auto_increment = false)]
            pub public_key: String,
            pub hash: String,
            pub anchored_at: DateTimeUtc,
            pub signature: String,
        }

        #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
        pub enum Relation {}

        impl ActiveModelBehavior for ActiveModel {}
    }

    pub mod audit_head {
        //! The single row (id = 1) holding the seq and hash of the newest record.

        use sea_orm::entity::prelude::*;

        #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
        #[sea_orm(table_name = "audit_head")]
        pub struct Model {
            #[sea_orm(primary_key, auto_increment = false)]
            pub id: i32,
            pub seq: i64,
            pub hash: String,
        }

        #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
        pub enum Relation {}

        impl ActiveModelBehavior for ActiveModel {}
    }
}

use entity::{audit_anchor, audit_head, audit_record, audit_subject};

/// The id of the one head row.
const HEAD_ID: i32 = 1;

/// Seals `entry` as the next record of the chain and stores it, in the caller's transaction, so
/// the record exists exactly when the change it describes does.
///
/// Writers are serialised through the head row: it is locked first (PostgreSQL: `SELECT … FOR
/// UPDATE`; SQLite: a no-op `UPDATE`, which takes the database's single write lock), and held
/// until the caller commits or rolls back. Call it once per mutation, as late as possible in the
/// transaction, to keep that lock short.
pub async fn append(tx: &Tx, entry: &AuditEntry, now: DateTime<Utc>) -> Result<AuditRecord> {
    let executor = tx.executor();
    let head = lock_head(&executor).await?;
    let seq = head
        .seq
        .checked_add(1)
        .ok_or_else(|| StorageError::corrupt("audit_head", format!("seq {} cannot grow", head.seq)))?;
    let record = seal(entry, seq, now, &head.hash);

    let objects = serde_json::to_string(&record.objects)
        .map_err(|e| StorageError::corrupt("audit_record", format!("seq {seq}: objects: {e}")))?;
    let model = audit_record::ActiveModel {
        seq: sea_orm::ActiveValue::Set(record.seq),
        recorded_at: sea_orm::ActiveValue::Set(record.recorded_at),
        operation: sea_orm::ActiveValue::Set(record.operation.clone()),
        actor_subject: sea_orm::ActiveValue::Set(record.actor.subject.clone()),
        actor_organisation: sea_orm::ActiveValue::Set(record.actor.organisation.clone()),
        actor_role: sea_orm::ActiveValue::Set(record.actor.role.clone()),
        objects: sea_orm::ActiveValue::Set(objects),
        before_digest: sea_orm::ActiveValue::Set(record.before_digest.clone()),
        after_digest: sea_orm::ActiveValue::Set(record.after_digest.clone()),
        before_state: sea_orm::ActiveValue::Set(record.before.as_ref().map(canonical_json)),
        after_state: sea_orm::ActiveValue::Set(record.after.as_ref().map(canonical_json)),
        prev_hash: sea_orm::ActiveValue::Set(record.prev_hash.clone()),
        hash: sea_orm::ActiveValue::Set(record.hash.clone()),
    };
    audit_record::Entity::insert(model)
        .exec_without_returning(&executor)
        .await
        .map_err(StorageError::from_write)?;

    // An object named twice in one entry is indexed once (the primary key would refuse it).
    let subjects: BTreeSet<&str> = record.objects.iter().map(String::as_str).collect();
    if !subjects.is_empty() {
        let rows = subjects.into_iter().map(|subject| audit_subject::ActiveModel {
            subject: sea_orm::ActiveValue::Set(subject.to_owned()),
            record_seq: sea_orm::ActiveValue::Set(seq),
        });
        audit_subject::Entity::insert_many(rows)
            .exec_without_returning(&executor)
            .await
            .map_err(StorageError::from_write)?;
    }

    // Moving the head is conditional on it being where we read it: with the lock held this
    // always holds, and if the lock were ever lost the write fails instead of forking the chain.
    let moved = audit_head::Entity::update_many()
        .col_expr(audit_head::Column::Seq, Expr::value(record.seq))
        .col_expr(audit_head::Column::Hash, Expr::value(record.hash.clone()))
        .filter(audit_head::Column::Id.eq(HEAD_ID))
        .filter(audit_head::Column::Seq.eq(head.seq))
        .exec(&executor)
        .await?;
    if moved.rows_affected != 1 {
        return Err(StorageError::corrupt(
            "audit_head",
            format!("the head moved from seq {} during append", head.seq),
        ));
    }
    Ok(record)
}

/// Seals `entries` as the next records of the chain, in the order given, and stores them with
/// multi-row statements under the bind limit: a bulk unit of work (a registry import's batch)
/// appends one record per object it wrote without a round trip per record. The head is locked
/// once and moved once, to the last record, exactly as [`append`] would have moved it record by
/// record, so `audit verify` walks the same chain. Returns how many records were appended.
pub async fn append_many(tx: &Tx, entries: &[AuditEntry], now: DateTime<Utc>) -> Result<u64> {
    if entries.is_empty() {
        return Ok(0);
    }
    let executor = tx.executor();
    let head = lock_head(&executor).await?;
    let (mut seq, mut prev_hash) = (head.seq, head.hash.clone());
    let mut records = Vec::with_capacity(entries.len());
    let mut subjects = Vec::new();
    for entry in entries {
        seq = seq
            .checked_add(1)
            .ok_or_else(|| StorageError::corrupt("audit_head", format!("seq {seq} cannot grow")))?;
        let record = seal(entry, seq, now, &prev_hash);
        let objects = serde_json::to_string(&record.objects)
            .map_err(|e| StorageError::corrupt("audit_record", format!("seq {seq}: objects: {e}")))?;
        let named: BTreeSet<&str> = record.objects.iter().map(String::as_str).collect();
        subjects.extend(named.into_iter().map(|subject| audit_subject::ActiveModel {
            subject: sea_orm::ActiveValue::Set(subject.to_owned()),
            record_seq: sea_orm::ActiveValue::Set(seq),
        }));
        prev_hash.clone_from(&record.hash);
        records.push(audit_record::ActiveModel {
            seq: sea_orm::ActiveValue::Set(record.seq),
            recorded_at: sea_orm::ActiveValue::Set(record.recorded_at),
            operation: sea_orm::ActiveValue::Set(record.operation),
            actor_subject: sea_orm::ActiveValue::Set(record.actor.subject),
            actor_organisation: sea_orm::ActiveValue::Set(record.actor.organisation),
            actor_role: sea_orm::ActiveValue::Set(record.actor.role),
            objects: sea_orm::ActiveValue::Set(objects),
            before_digest: sea_orm::ActiveValue::Set(record.before_digest),
            after_digest: sea_orm::ActiveValue::Set(record.after_digest),
            before_state: sea_orm::ActiveValue::Set(record.before.as_ref().map(canonical_json)),
            after_state: sea_orm::ActiveValue::Set(record.after.as_ref().map(canonical_json)),
            prev_hash: sea_orm::ActiveValue::Set(record.prev_hash),
            hash: sea_orm::ActiveValue::Set(record.hash),
        });
    }
    let appended = records.len() as u64;
    // Thirteen values per record, two per subject row.
    crate::insert_rows(tx, records, 13).await?;
    crate::insert_rows(tx, subjects, 2).await?;
    let moved = audit_head::Entity::update_many()
        .col_expr(audit_head::Column::Seq, Expr::value(seq))
        .col_expr(audit_head::Column::Hash, Expr::value(prev_hash))
        .filter(audit_head::Column::Id.eq(HEAD_ID))
        .filter(audit_head::Column::Seq.eq(head.seq))
        .exec(&executor)
        .await?;
    if moved.rows_affected != 1 {
        return Err(StorageError::corrupt(
            "audit_head",
            format!("the head moved from seq {} during append", head.seq),
        ));
    }
    Ok(appended)
}

/// Locks the head row for the rest of the transaction and reads it.
async fn lock_head(executor: &DatabaseExecutor<'_>) -> Result<ChainHead> {
    let query = audit_head::Entity::find_by_id(HEAD_ID);
    let row = match executor.get_database_backend() {
        DbBackend::Postgres => query.lock_exclusive().one(executor).await?,
        _ => {
            // SQLite has no row locks, and a transaction that reads before it writes fails with
            // SQLITE_BUSY if another writer commits in between (its snapshot is stale). Writing
            // first takes the write lock, waiting for it under the busy timeout, before anything
            // is read.
            audit_head::Entity::update_many()
                .col_expr(audit_head::Column::Seq, Expr::col(audit_head::Column::Seq))
                .filter(audit_head::Column::Id.eq(HEAD_ID))
                .exec(executor)
                .await?;
            query.one(executor).await?
        }
    };
    let row = row.ok_or_else(|| StorageError::corrupt("audit_head", "the head row is missing"))?;
    Ok(ChainHead { seq: row.seq, hash: row.hash })
}

/// The chain head as stored: the seq and hash of the newest record.
pub async fn head(x: &impl Executor) -> Result<ChainHead> {
    let row = audit_head::Entity::find_by_id(HEAD_ID)
        .one(&x.executor())
        .await?
        .ok_or_else(|| StorageError::corrupt("audit_head", "the head row is missing"))?;
    Ok(ChainHead { seq: row.seq, hash: row.hash })
}

/// Which records of an object's trail to show (an auditor's question: who did what, when).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// The operation, as recorded (the mutation's name, e.g. `issueLicense`).
    pub operation: Option<String>,
    /// The acting person or system (the token's subject).
    pub actor_subject: Option<String>,
    /// Recorded at or after this instant …
    pub from: Option<DateTime<Utc>>,
    /// … and before this one.
    pub until: Option<DateTime<Utc>>,
}

impl AuditFilter {
    fn condition(&self) -> Condition {
        use audit_record::Column;
        let mut condition = Condition::all();
        if let Some(operation) = &self.operation {
            condition = condition.add(Column::Operation.eq(operation.clone()));
        }
        if let Some(actor) = &self.actor_subject {
            condition = condition.add(Column::ActorSubject.eq(actor.clone()));
        }
        if let Some(from) = self.from {
            condition = condition.add(Column::RecordedAt.gte(from));
        }
        if let Some(until) = self.until {
            condition = condition.add(Column::RecordedAt.lt(until));
        }
        condition
    }
}

/// The records naming `subject` that match `filter`.
fn subject_trail(subject: &str, filter: &AuditFilter) -> sea_orm::Select<audit_record::Entity> {
    audit_record::Entity::find()
        .inner_join(audit_subject::Entity)
        .filter(audit_subject::Column::Subject.eq(subject))
        .filter(filter.condition())
}

/// One page of the trail of one object (`enterprise:42`) matching `filter`; "forward"
/// (`first`/`after`) is newest first. The cursor is the record's seq.
pub async fn page_for_subject(
    x: &impl Executor,
    subject: &str,
    filter: &AuditFilter,
    request: &PageRequest<i64>,
) -> Result<Page<AuditRecord>> {
    // Bounding and ordering on audit_subject's columns keeps the read inside its (subject,
    // record_seq) primary key; the filter is checked on the records it reaches.
    let key = SortKey::descending([audit_subject::Column::RecordSeq]);
    page::keyset(x, subject_trail(subject, filter), key, request, to_record).await
}

/// How many records of this object's trail match `filter`.
pub async fn count_for_subject(x: &impl Executor, subject: &str, filter: &AuditFilter) -> Result<u64> {
    if *filter == AuditFilter::default() {
        // The subject table alone answers an unfiltered count.
        return Ok(audit_subject::Entity::find()
            .filter(audit_subject::Column::Subject.eq(subject))
            .count(&x.executor())
            .await?);
    }
    Ok(subject_trail(subject, filter).count(&x.executor()).await?)
}

/// One page of the records across all objects matching `filter` (an auditor's question: what
/// did this actor do, which operations ran in this period), newest first; the cursor is the seq.
pub async fn page_all(
    x: &impl Executor,
    filter: &AuditFilter,
    request: &PageRequest<i64>,
) -> Result<Page<AuditRecord>> {
    let query = audit_record::Entity::find().filter(filter.condition());
    let key = SortKey::descending([audit_record::Column::Seq]);
    page::keyset(x, query, key, request, to_record).await
}

/// How many records across all objects match `filter`.
pub async fn count_all(x: &impl Executor, filter: &AuditFilter) -> Result<u64> {
    Ok(audit_record::Entity::find().filter(filter.condition()).count(&x.executor()).await?)
}

/// Up to `limit` records with seq greater than `after_seq`, in chain order: the walk of
/// verification. A row that no longer decodes (the database was edited) is a
/// `StorageError::Corrupt` naming its seq.
pub async fn scan(x: &impl Executor, after_seq: i64, limit: u64) -> Result<Vec<AuditRecord>> {
    let rows = audit_record::Entity::find()
        .filter(audit_record::Column::Seq.gt(after_seq))
        .order_by_asc(audit_record::Column::Seq)
        .limit(limit)
        .all(&x.executor())
        .await?;
    rows.into_iter().map(to_record).collect()
}

/// The hashes of the records at these seqs, in one statement; a seq the chain lacks is absent.
pub async fn hashes_at(x: &impl Executor, seqs: &[i64]) -> Result<std::collections::HashMap<i64, String>> {
    if seqs.is_empty() {
        return Ok(std::collections::HashMap::new());
    }
    let rows = audit_record::Entity::find()
        .filter(audit_record::Column::Seq.is_in(seqs.iter().copied()))
        .all(&x.executor())
        .await?;
    Ok(rows.into_iter().map(|model| (model.seq, model.hash)).collect())
}

/// Records an anchor (one statement, outside any mutation's transaction: it changes no record);
/// `false` when this key already anchored this seq (nothing written).
pub async fn insert_anchor(x: &impl Executor, anchor: &AuditAnchor) -> Result<bool> {
    let model = audit_anchor::ActiveModel {
        seq: sea_orm::ActiveValue::Set(anchor.seq),
        public_key: sea_orm::ActiveValue::Set(anchor.public_key.clone()),
        hash: sea_orm::ActiveValue::Set(anchor.hash.clone()),
        anchored_at: sea_orm::ActiveValue::Set(anchor.anchored_at),
        signature: sea_orm::ActiveValue::Set(anchor.signature.clone()),
    };
    let inserted = audit_anchor::Entity::insert(model)
        .on_conflict(
            sea_orm::sea_query::OnConflict::columns([
                audit_anchor::Column::Seq,
                audit_anchor::Column::PublicKey,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(&x.executor())
        .await
        .map_err(StorageError::from_write)?;
    Ok(inserted == 1)
}

/// Every anchor recorded, oldest seq first.
pub async fn anchors(x: &impl Executor) -> Result<Vec<AuditAnchor>> {
    let rows = audit_anchor::Entity::find()
        .order_by_asc(audit_anchor::Column::Seq)
        .order_by_asc(audit_anchor::Column::PublicKey)
        .all(&x.executor())
        .await?;
    Ok(rows
        .into_iter()
        .map(|row| AuditAnchor {
            seq: row.seq,
            hash: row.hash,
            anchored_at: row.anchored_at,
            public_key: row.public_key,
            signature: row.signature,
        })
        .collect())
}

/// A kept state value, parsed back; a value that is no longer JSON is corruption.
fn state(seq: i64, text: Option<String>) -> Result<Option<serde_json::Value>> {
    text.map(|text| {
        serde_json::from_str(&text).map_err(|e| {
            StorageError::corrupt("audit_record", format!("seq {seq}: a state is not JSON: {e}"))
        })
    })
    .transpose()
}

fn to_record(model: audit_record::Model) -> Result<AuditRecord> {
    let objects: Vec<String> = serde_json::from_str(&model.objects).map_err(|e| {
        StorageError::corrupt(
            "audit_record",
            format!("seq {}: objects is not a JSON array of strings: {e}", model.seq),
        )
    })?;
    let before = state(model.seq, model.before_state)?;
    let after = state(model.seq, model.after_state)?;
    Ok(AuditRecord {
        seq: model.seq,
        recorded_at: model.recorded_at,
        operation: model.operation,
        actor: AuditActor {
            subject: model.actor_subject,
            organisation: model.actor_organisation,
            role: model.actor_role,
        },
        objects,
        before_digest: model.before_digest,
        after_digest: model.after_digest,
        before,
        after,
        prev_hash: model.prev_hash,
        hash: model.hash,
    })
}
