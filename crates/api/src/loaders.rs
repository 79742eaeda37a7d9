//! DataLoaders: every relation of a page is fetched with one statement for the
//! whole page, not one per row. A fresh set is made per request, so nothing is
//! cached across requests (or across callers).

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::dataloader::{DataLoader, Loader};
use oversight_app::Principal;
use oversight_app::{
    App, AppError, ArchiveEventRecord, AuthorityRecord, EnterpriseRecord, InstitutionRecord,
    LicenseCopyEntryRecord, LicenseRecord, TestResultRecord, TestingTaskRecord, VerdictRecord,
};
use oversight_domain::archive::ArchiveEventKind;

/// The per-request loaders.
pub struct Loaders {
    pub enterprise: DataLoader<EnterpriseLoader>,
    pub license: DataLoader<LicenseLoader>,
    pub licenses_of: DataLoader<LicensesOfEnterprise>,
    pub copy_entries_of: DataLoader<CopyEntriesOfLicense>,
    pub authority: DataLoader<AuthorityLoader>,
    pub newest_archive: DataLoader<NewestArchive>,
    pub archive_count: DataLoader<ArchiveCount>,
    pub testing_task: DataLoader<TestingTaskLoader>,
    pub testing_tasks_of: DataLoader<TestingTasksOfEnterprise>,
    pub test_results_of: DataLoader<TestResultsOfTask>,
    pub verdicts_of: DataLoader<VerdictsOfTask>,
    pub institution: DataLoader<InstitutionLoader>,
    pub rectification: DataLoader<RectificationLoader>,
    pub rectification_of_task: DataLoader<RectificationOfTask>,
    pub revocation_proposal: DataLoader<ProposalLoader>,
}

impl Loaders {
    /// Loaders acting for `principal`: every batch is scoped to what it may see.
    pub fn new(app: &App, principal: &Principal) -> Loaders {
        let caller = Caller { app: app.clone(), principal: principal.clone() };
        let spawn = |f| {
            tokio_spawn(f);
        };
        Loaders {
            enterprise: DataLoader::new(EnterpriseLoader(caller.clone()), spawn),
            license: DataLoader::new(LicenseLoader(caller.clone()), spawn),
            licenses_of: DataLoader::new(LicensesOfEnterprise(caller.clone()), spawn),
            copy_entries_of: DataLoader::new(CopyEntriesOfLicense(caller.clone()), spawn),
            authority: DataLoader::new(AuthorityLoader(caller.clone()), spawn),
            newest_archive: DataLoader::new(NewestArchive(caller.clone()), spawn),
            archive_count: DataLoader::new(ArchiveCount(caller.clone()), spawn),
            testing_task: DataLoader::new(TestingTaskLoader(caller.clone()), spawn),
            testing_tasks_of: DataLoader::new(TestingTasksOfEnterprise(caller.clone()), spawn),
            test_results_of: DataLoader::new(TestResultsOfTask(caller.clone()), spawn),
            verdicts_of: DataLoader::new(VerdictsOfTask(caller.clone()), spawn),
            institution: DataLoader::new(InstitutionLoader(caller.clone()), spawn),
            rectification: DataLoader::new(RectificationLoader(caller.clone()), spawn),
            rectification_of_task: DataLoader::new(RectificationOfTask(caller.clone()), spawn),
            revocation_proposal: DataLoader::new(ProposalLoader(caller.clone()), spawn),
        }
    }
}

fn tokio_spawn(future: futures_util::future::BoxFuture<'static, ()>) {
    tokio::spawn(future);
}

type Shared = Arc<AppError>;

/// The application and the principal a loader acts for.
#[derive(Clone)]
pub struct Caller {
    app: App,
    principal: Principal,
}

pub struct EnterpriseLoader(Caller);

impl Loader<i64> for EnterpriseLoader {
    type Value = EnterpriseRecord;
    type Error = Shared;

    async fn load(&self, ids: &[i64]) -> Result<HashMap<i64, EnterpriseRecord>, Shared> {
        Ok(self
            .0
            .app
            .enterprises_by_ids(&self.0.principal, ids)
            .await?
            .into_iter()
            .map(|r| (r.id, r))
            .collect())
    }
}

pub struct LicenseLoader(Caller);

impl Loader<i64> for LicenseLoader {
    type Value = LicenseRecord;
    type Error = Shared;

    async fn load(&self, ids: &[i64]) -> Result<HashMap<i64, LicenseRecord>, Shared> {
        Ok(self.0.app.licenses_by_ids(&self.0.principal, ids).await?.into_iter().map(|r| (r.id, r)).collect())
    }
}

pub struct LicensesOfEnterprise(Caller);

impl Loader<i64> for LicensesOfEnterprise {
    type Value = Vec<LicenseRecord>;
    type Error = Shared;

    async fn load(&self, ids: &[i64]) -> Result<HashMap<i64, Vec<LicenseRecord>>, Shared> {
        let mut map: HashMap<i64, Vec<LicenseRecord>> = HashMap::new();
        for record in self.0.app.licenses_of_each(&self.0.principal, ids).await? {
            map.entry(record.enterprise_id).or_default().push(record);
        }
        Ok(map)
    }
}

pub struct CopyEntriesOfLicense(Caller);

impl Loader<i64> for CopyEntriesOfLicense {
    type Value = Vec<LicenseCopyEntryRecord>;
    type Error = Shared;

    async fn load(&self, ids: &[i64]) -> Result<HashMap<i64, Vec<LicenseCopyEntryRecord>>, Shared> {
        let mut map: HashMap<i64, Vec<LicenseCopyEntryRecord>> = HashMap::new();
        for record in self.0.app.copy_entries_of_each(&self.0.principal, ids).await? {
            map.entry(record.license_id).or_default().push(record);
        }
        Ok(map)
    }
}

pub struct AuthorityLoader(Caller);

impl Loader<i64> for AuthorityLoader {
    type Value = AuthorityRecord;
    type Error = Shared;

    async fn load(&self, ids: &[i64]) -> Result<HashMap<i64, AuthorityRecord>, Shared> {
        Ok(self
            .0
            .app
            .authorities_by_ids(&self.0.principal, ids)
            .await?
            .into_iter()
            .map(|r| (r.id, r))
            .collect())
    }
}

/// Key of the first page of an enterprise's archive: the enterprise, how many
/// events (page size + 1, to know whether more exist) and which kinds.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct NewestKey {
    pub enterprise_id: i64,
    pub n: u64,
    pub kinds: Vec<ArchiveEventKind>,
}

/// The first page of many enterprises' archives: one window-function statement
/// per distinct (size, kinds) in the batch, which in practice is one.
pub struct NewestArchive(Caller);

impl Loader<NewestKey> for NewestArchive {
    type Value = Vec<ArchiveEventRecord>;
    type Error = Shared;

    async fn load(&self, keys: &[NewestKey]) -> Result<HashMap<NewestKey, Vec<ArchiveEventRecord>>, Shared> {
        let mut groups: HashMap<(u64, Vec<ArchiveEventKind>), Vec<i64>> = HashMap::new();
        for key in keys {
            groups.entry((key.n, key.kinds.clone())).or_default().push(key.enterprise_id);
        }
        let mut map = HashMap::new();
        for ((n, kinds), ids) in groups {
            let mut by_enterprise: HashMap<i64, Vec<ArchiveEventRecord>> = HashMap::new();
            for record in self.0.app.newest_archive_of_each(&self.0.principal, &ids, &kinds, n).await? {
                by_enterprise.entry(record.enterprise_id).or_default().push(record);
            }
            for id in ids {
                let events = by_enterprise.remove(&id).unwrap_or_default();
                map.insert(NewestKey { enterprise_id: id, n, kinds: kinds.clone() }, events);
            }
        }
        Ok(map)
    }
}

/// Archive sizes of many enterprises, one grouped statement per kinds filter.
pub struct ArchiveCount(Caller);

impl Loader<(i64, Vec<ArchiveEventKind>)> for ArchiveCount {
    type Value = u64;
    type Error = Shared;

    async fn load(
        &self,
        keys: &[(i64, Vec<ArchiveEventKind>)],
    ) -> Result<HashMap<(i64, Vec<ArchiveEventKind>), u64>, Shared> {
        let mut groups: HashMap<Vec<ArchiveEventKind>, Vec<i64>> = HashMap::new();
        for (id, kinds) in keys {
            groups.entry(kinds.clone()).or_default().push(*id);
        }
        let mut map = HashMap::new();
        for (kinds, ids) in groups {
            let counts: HashMap<i64, u64> = self
                .0
                .app
                .archive_counts_of_each(&self.0.principal, &ids, &kinds)
                .await?
                .into_iter()
                .collect();
            for id in ids {
                map.insert((id, kinds.clone()), counts.get(&id).copied().unwrap_or(0));
            }
        }
        Ok(map)
    }
}

pub struct TestingTaskLoader(Caller);

impl Loader<i64> for TestingTaskLoader {
    type Value = TestingTaskRecord;
    type Error = Shared;

    async fn load(&self, ids: &[i64]) -> Result<HashMap<i64, TestingTaskRecord>, Shared> {
        Ok(self
            .0
            .app
            .testing_tasks_by_ids(&self.0.principal, ids)
            .await?
            .into_iter()
            .map(|r| (r.id, r))
            .collect())
    }
}

/// The testing tasks of many enterprises (newest first), one statement per page.
pub struct TestingTasksOfEnterprise(Caller);

impl Loader<i64> for TestingTasksOfEnterprise {
    type Value = Vec<TestingTaskRecord>;
    type Error = Shared;

    async fn load(&self, ids: &[i64]) -> Result<HashMap<i64, Vec<TestingTaskRecord>>, Shared> {
        let mut map: HashMap<i64, Vec<TestingTaskRecord>> = HashMap::new();
        for record in self.0.app.testing_tasks_of_each(&self.0.principal, ids).await? {
            map.entry(record.enterprise_id).or_default().push(record);
        }
        Ok(map)
    }
}

pub struct TestResultsOfTask(Caller);

impl Loader<i64> for TestResultsOfTask {
    type Value = Vec<TestResultRecord>;
    type Error = Shared;

    async fn load(&self, ids: &[i64]) -> Result<HashMap<i64, Vec<TestResultRecord>>, Shared> {
        let mut map: HashMap<i64, Vec<TestResultRecord>> = HashMap::new();
        for record in self.0.app.test_results_of_each(&self.0.principal, ids).await? {
            map.entry(record.task_id).or_default().push(record);
        }
        Ok(map)
    }
}

/// The verdicts of many tasks, oldest first per task.
pub struct VerdictsOfTask(Caller);

impl Loader<i64> for VerdictsOfTask {
    type Value = Vec<VerdictRecord>;
    type Error = Shared;

    async fn load(&self, ids: &[i64]) -> Result<HashMap<i64, Vec<VerdictRecord>>, Shared> {
        let mut map: HashMap<i64, Vec<VerdictRecord>> = HashMap::new();
        for record in self.0.app.verdicts_of_each(&self.0.principal, ids).await? {
            map.entry(record.task_id).or_default().push(record);
        }
        Ok(map)
    }
}

pub struct InstitutionLoader(Caller);

impl Loader<i64> for InstitutionLoader {
    type Value = InstitutionRecord;
    type Error = Shared;

    async fn load(&self, ids: &[i64]) -> Result<HashMap<i64, InstitutionRecord>, Shared> {
        Ok(self
            .0
            .app
            .institutions_by_ids(&self.0.principal, ids)
            .await?
            .into_iter()
            .map(|r| (r.id, r))
            .collect())
    }
}

pub struct RectificationLoader(Caller);

impl Loader<i64> for RectificationLoader {
    type Value = oversight_app::RectificationRecord;
    type Error = Shared;

    async fn load(&self, ids: &[i64]) -> Result<HashMap<i64, oversight_app::RectificationRecord>, Shared> {
        Ok(self
            .0
            .app
            .rectifications_by_ids(&self.0.principal, ids)
            .await?
            .into_iter()
            .map(|r| (r.id, r))
            .collect())
    }
}

/// The rectification ordered for each of many tasks (at most one each).
pub struct RectificationOfTask(Caller);

impl Loader<i64> for RectificationOfTask {
    type Value = oversight_app::RectificationRecord;
    type Error = Shared;

    async fn load(&self, ids: &[i64]) -> Result<HashMap<i64, oversight_app::RectificationRecord>, Shared> {
        Ok(self
            .0
            .app
            .rectifications_of_tasks(&self.0.principal, ids)
            .await?
            .into_iter()
            .map(|r| (r.task_id, r))
            .collect())
    }
}

pub struct ProposalLoader(Caller);

impl Loader<i64> for ProposalLoader {
    type Value = oversight_app::ProposalRecord;
    type Error = Shared;

    async fn load(&self, ids: &[i64]) -> Result<HashMap<i64, oversight_app::ProposalRecord>, Shared> {
        Ok(self
            .0
            .app
            .revocation_proposals_by_ids(&self.0.principal, ids)
            .await?
            .into_iter()
            .map(|r| (r.id, r))
            .collect())
    }
}

/// Turns a loader failure into a client error (opaque when internal).
pub fn loader_error(error: Shared) -> async_graphql::Error {
    match Arc::try_unwrap(error) {
        Ok(error) => crate::error::app_error(error, None),
        Err(shared) => crate::error::internal(&*shared),
    }
}

/// Loads one value through the request's loader that `pick` names, so a resolver that follows
/// a relation is one line: `load(ctx, |l| &l.enterprise, id).await?.map(Enterprise)`.
pub async fn load<L, K>(
    ctx: &async_graphql::Context<'_>,
    pick: impl FnOnce(&Loaders) -> &DataLoader<L>,
    key: K,
) -> async_graphql::Result<Option<L::Value>>
where
    L: Loader<K, Error = Shared>,
    K: Send + Sync + std::hash::Hash + Eq + Clone + 'static,
{
    pick(ctx.data::<Loaders>()?).load_one(key).await.map_err(loader_error)
}
