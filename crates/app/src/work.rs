//! The unit of work: the one way a use case changes anything. It owns the transaction, the
//! calendar's `now` and `today`, the operation and the objects it touches, the archive facts and
//! the announcements; `commit` reassesses the risk class of the enterprises its facts moved, writes
//! the archive rows (one multi-row statement), then the audit
//! record (last, so the chain head's lock is held briefly), commits, then publishes. Use cases
//! borrow the transaction for their own reads and writes but cannot commit it: only `commit`
//! here does, so a mutation without its archive events and audit record cannot be written.

use chrono::{DateTime, NaiveDate, Utc};
use oversight_domain::archive::{ArchiveEvent, ArchiveFact};
use oversight_domain::audit::{AuditActor, AuditEntry, ObjectRef, Operation};
use oversight_domain::{EnterpriseId, LicenseId, WorkingCalendar};
use oversight_storage::{Tx, archive, audit, calendar};
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
    /// Who acts.
    principal: &'a Principal,
    operation: Operation,
    /// The instant every row of this mutation is stamped with.
    pub(crate) now: DateTime<Utc>,
    /// The supervision calendar's date the rules of this mutation count on.
    pub(crate) today: NaiveDate,
    objects: Vec<ObjectRef>,
    archive: Vec<QueuedEvent>,
    announcements: Vec<Event>,
    /// The provincial rules in force today, read once by the first rule that needs them (a
    /// deadline, then the reassessment at commit).
    rules: std::sync::OnceLock<oversight_domain::rules::RuleBook>,
}

impl App {
    /// Begins the unit of work of `operation` acted by `principal`.
    pub(crate) async fn begin<'a>(
        &'a self,
        principal: &'a Principal,
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
            rules: std::sync::OnceLock::new(),
        })
    }
}

impl<'a> Work<'a> {
    /// The application this unit of work belongs to (its settings, plugins and store).
    pub(crate) fn app(&self) -> &'a App {
        self.app
    }

    /// Where the provincial rules read for this mutation are kept (`Work::rule_book`).
    pub(crate) fn rules(&self) -> &std::sync::OnceLock<oversight_domain::rules::RuleBook> {
        &self.rules
    }
}

impl Work<'_> {
    /// The transaction, for the use case's reads and writes.
    pub(crate) fn tx(&self) -> &Tx {
        &self.tx
    }

    /// Who acts: for the records a shared step writes in the actor's name (a proposal closed
    /// by the license status path).
    pub(crate) fn principal(&self) -> &Principal {
        self.principal
    }

    /// The working-day calendar deadlines are counted on, as this transaction reads it (one
    /// statement; a year the national authority has not recorded has weekends only).
    pub(crate) async fn working_calendar(&self) -> Result<WorkingCalendar, AppError> {
        Ok(WorkingCalendar::new(calendar::years(&self.tx).await?))
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
        self.write_facts().await?;
        let entry = AuditEntry {
            operation: self.operation,
            actor: AuditActor::of(self.principal),
            objects: self.objects,
            before,
            after,
        };
        // Sealed with the time of sealing, not of the mutation's start, so the chain's
        // timestamps follow its order.
        audit::append(&self.tx, &entry, now()).await?;
        self.tx.commit().await?;
        self.app.publish_all(self.announcements).await;
        Ok(())
    }

    /// The bulk form of `commit` (a registry import's batch): the queued archive events, then one
    /// audit record per change in the order given — appended together, the chain head locked
    /// and moved once — commits, then publishes. The objects named by `touch` are not used.
    pub(crate) async fn commit_each(self, changes: Vec<AuditedChange>) -> Result<(), AppError> {
        self.write_facts().await?;
        let actor = AuditActor::of(self.principal);
        let entries: Vec<AuditEntry> = changes
            .into_iter()
            .map(|change| AuditEntry {
                operation: self.operation,
                actor: actor.clone(),
                objects: change.objects,
                before: change.before,
                after: change.after,
            })
            .collect();
        audit::append_many(&self.tx, &entries, now()).await?;
        self.tx.commit().await?;
        self.app.publish_all(self.announcements).await;
        Ok(())
    }

    /// Reassesses the risk classes the queued facts moved, then writes the facts (one
    /// multi-row statement, more only past the bind limit).
    async fn write_facts(&self) -> Result<(), AppError> {
        // The facts that may move a risk figure reassess their enterprises here, in the same
        // transaction (docs/adr/0027): a class is never behind the records it reads.
        let moved = crate::risk::moved_by(
            self.archive.iter().map(|queued| (queued.enterprise_id, queued.event.kind)),
        );
        if !moved.is_empty() {
            let selection = oversight_storage::risk::Selection::Ids(&moved);
            let book = self.rule_book().await?;
            let cause = self.operation.as_str();
            self.app.reassess(&self.tx, &book, selection, self.today, self.now, cause).await?;
        }
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
        Ok(())
    }
}

/// One audit record of a bulk unit of work: the objects it is about and their states.
pub(crate) struct AuditedChange {
    pub(crate) objects: Vec<ObjectRef>,
    pub(crate) before: Option<Value>,
    pub(crate) after: Option<Value>,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use oversight_domain::access::{Organisation, Role, Tier};
    use oversight_domain::ids::{AuthorityId, EnterpriseId, TaskId};
    use oversight_domain::registry::enterprise::{EnterpriseScale, RawBaseData};
    use oversight_domain::{AuthorityLevel, CreditCode, RegionCode};
    use oversight_storage::{PageRequest, Scope, StoreOptions, census};

    use super::*;
    use crate::RegisterEnterprise;

    async fn app_with_enterprise() -> (App, Principal, EnterpriseId) {
        let app = App::open(StoreOptions::new("sqlite::memory:")).await.unwrap();
        let organisation = Organisation::Authority {
            id: AuthorityId::new(1),
            region: RegionCode::parse("320000").unwrap(),
            level: AuthorityLevel::Provincial,
        };
        let officer =
            Principal::new("officer-1".to_owned(), Role::ProvincialOfficer, Some(Tier::Staff), organisation)
                .unwrap();
        let input = RegisterEnterprise {
            credit_code: CreditCode::from_body("91320102000000001").unwrap().as_str().to_owned(),
            base: RawBaseData {
                name: Some("南京工作单元电缆有限公司".to_owned()),
                region_code: Some("320102".to_owned()),
                address: Some("工业园路 1 号".to_owned()),
                scale: Some(EnterpriseScale::Small),
                ..Default::default()
            },
        };
        let enterprise = app.register_enterprise(&officer, input).await.unwrap();
        (app, officer, enterprise.id)
    }

    fn event(enterprise_id: EnterpriseId) -> Event {
        Event::FailingVerdict {
            task_id: TaskId::new(1),
            enterprise_id,
            enterprise_region: "320102".to_owned(),
            industry: "wire-cable".to_owned(),
            serious: false,
        }
    }

    #[tokio::test]
    async fn a_dropped_unit_of_work_writes_and_announces_nothing() {
        let (app, officer, id) = app_with_enterprise().await;
        let mut heard = app.subscribe();
        let before = census::row_counts(app.store()).await.unwrap();
        let mut work = app.begin(&officer, Operation::UpdateEnterpriseBaseData).await.unwrap();
        work.archive(id, None, ArchiveFact::BaseDataUpdated { changed: &["name"] });
        work.touch([ObjectRef::of(id)]);
        work.announce([event(id)]);
        drop(work);
        assert_eq!(census::row_counts(app.store()).await.unwrap(), before);
        assert!(heard.try_recv().is_err(), "a rolled-back change must not be announced");
    }

    #[tokio::test]
    async fn commit_writes_the_facts_in_order_then_the_audit_record_then_announces() {
        let (app, officer, id) = app_with_enterprise().await;
        let mut heard = app.subscribe();
        let before = census::row_counts(app.store()).await.unwrap();
        let mut work = app.begin(&officer, Operation::UpdateEnterpriseBaseData).await.unwrap();
        work.archive(id, None, ArchiveFact::BaseDataUpdated { changed: &["name"] });
        work.archive(id, None, ArchiveFact::BaseDataUpdated { changed: &["address"] });
        work.touch([ObjectRef::of(id)]);
        work.announce([event(id)]);
        work.commit(None, Some(serde_json::json!({ "n": 2 }))).await.unwrap();

        let after = census::row_counts(app.store()).await.unwrap();
        assert_eq!(after["archive_event"] - before["archive_event"], 2);
        assert_eq!(after["audit_record"] - before["audit_record"], 1);
        // Newest first: the second fact queued is the newest of the two.
        let page =
            archive::page(app.store(), &Scope::Everything, id, &Default::default(), &PageRequest::first(2))
                .await
                .unwrap();
        let summaries: Vec<&str> = page.items.iter().map(|e| e.summary.as_str()).collect();
        assert_eq!(
            summaries,
            ["基础数据更新 Base data updated: address", "基础数据更新 Base data updated: name"]
        );
        let records = audit::scan(app.store(), 0, 10).await.unwrap();
        let last = records.last().unwrap();
        assert_eq!(
            (last.operation.as_str(), last.objects.clone()),
            ("updateEnterpriseBaseData", vec![format!("enterprise:{id}")])
        );
        assert_eq!(heard.try_recv().unwrap(), event(id));
        assert!(app.verify_audit_chain().await.unwrap().is_intact());
    }
}
