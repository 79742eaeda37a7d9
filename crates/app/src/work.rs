//! The unit of work: the one way a use case changes anything. It owns the transaction, the
//! calendar's `now` and `today`, the operation and the objects it touches, the archive facts and
//! the announcements; `commit` writes the archive rows (one multi-row statement), then the audit
//! record (last, so the chain head's lock is held briefly), commits, then publishes. Use cases
//! borrow the transaction for their own reads and writes but cannot commit it: only `commit`
//! here does, so a mutation without its archive events and audit record cannot be written.

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::archive::{ArchiveEvent, ArchiveFact};
use oversight_domain::audit::{AuditActor, AuditEntry, ObjectRef, Operation};
use oversight_domain::{EnterpriseId, LicenseId};
use oversight_storage::{Tx, archive, audit};
use serde_json::Value;

use crate::events::Event;
use crate::{App, AppError, Principal, now};

/// An archive event waiting for the commit.
struct QueuedEvent {
    enterprise_id: EnterpriseId,
    license_id: Option<LicenseId>,
    event: ArchiveEvent,
    occurred_at: DateTime<Utc>,
}

/// One mutation in progress. Dropped without `commit`, it rolls back and announces nothing.
pub(crate) struct Work<'a> {
    app: &'a App,
    tx: Tx,
    /// Who acts; `None` only for the seeding operations the API does not offer yet.
    principal: Option<&'a Principal>,
    operation: Operation,
    /// The instant every row of this mutation is stamped with.
    pub(crate) now: DateTime<Utc>,
    /// The supervision calendar's date the rules of this mutation count on.
    pub(crate) today: NaiveDate,
    objects: Vec<ObjectRef>,
    archive: Vec<QueuedEvent>,
    announcements: Vec<Event>,
}

impl App {
    /// Begins the unit of work of `operation` acted by `principal`.
    pub(crate) async fn begin<'a>(
        &'a self,
        principal: &'a Principal,
        operation: Operation,
    ) -> Result<Work<'a>, AppError> {
        self.begin_as(Some(principal), operation).await
    }

    /// Begins a unit of work that leaves no audit record: only for the seeding and
    /// command-line operations (`createAuthority`, `createInstitution`) that no principal acts
    /// in yet; the administration issue gives them an actor and a record.
    pub(crate) async fn begin_unaudited(&self, operation: Operation) -> Result<Work<'_>, AppError> {
        self.begin_as(None, operation).await
    }

    async fn begin_as<'a>(
        &'a self,
        principal: Option<&'a Principal>,
        operation: Operation,
    ) -> Result<Work<'a>, AppError> {
        let tx = self.store.begin().await?;
        Ok(Work {
            app: self,
            tx,
            principal,
            operation,
            now: now(),
            today: self.today(),
            objects: Vec::new(),
            archive: Vec::new(),
            announcements: Vec::new(),
        })
    }
}

impl Work<'_> {
    /// The transaction, for the use case's reads and writes.
    pub(crate) fn tx(&self) -> &Tx {
        &self.tx
    }

    /// Names objects the audit record is about, in order (duplicates are kept: they are hashed).
    pub(crate) fn touch(&mut self, objects: impl IntoIterator<Item = ObjectRef>) {
        self.objects.extend(objects);
    }

    /// Queues a fact for the enterprise's archive, stamped with this mutation's instant.
    pub(crate) fn archive(
        &mut self,
        enterprise_id: EnterpriseId,
        license_id: Option<LicenseId>,
        fact: ArchiveFact<'_>,
    ) {
        let now = self.now;
        self.archive_at(enterprise_id, license_id, fact, now);
    }

    /// Queues a fact that happened at another instant (an imported license's issue date).
    pub(crate) fn archive_at(
        &mut self,
        enterprise_id: EnterpriseId,
        license_id: Option<LicenseId>,
        fact: ArchiveFact<'_>,
        occurred_at: DateTime<Utc>,
    ) {
        self.archive.push(QueuedEvent { enterprise_id, license_id, event: fact.event(), occurred_at });
    }

    /// Queues an announcement for subscribers, published only once the commit succeeded.
    pub(crate) fn announce(&mut self, events: impl IntoIterator<Item = Event>) {
        self.announcements.extend(events);
    }

    /// Writes the queued archive events and the audit record (with the states before and after),
    /// commits, then publishes the announcements.
    pub(crate) async fn commit(self, before: Option<Value>, after: Option<Value>) -> Result<(), AppError> {
        let events: Vec<archive::NewArchiveEvent<'_>> = self
            .archive
            .iter()
            .map(|queued| archive::NewArchiveEvent {
                enterprise_id: queued.enterprise_id,
                license_id: queued.license_id,
                event: &queued.event,
                occurred_at: queued.occurred_at,
            })
            .collect();
        if !events.is_empty() {
            archive::append_many(&self.tx, &events, self.now).await?;
        }
        if let Some(principal) = self.principal {
            let entry = AuditEntry {
                operation: self.operation,
                actor: AuditActor::of(principal),
                objects: self.objects,
                before,
                after,
            };
            // Sealed with the time of sealing, not of the mutation's start, so the chain's
            // timestamps follow its order.
            audit::append(&self.tx, &entry, now()).await?;
        }
        self.tx.commit().await?;
        self.app.publish_all(self.announcements).await;
        Ok(())
    }
}
