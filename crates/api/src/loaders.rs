//! DataLoaders: every relation of a page is fetched with one statement for the
//! whole page, not one per row. A fresh set is made per request, so nothing is
//! cached across requests (or across callers).
//!
//! Loaders come in two shapes, each one generic type: [`ById`] (key → the one record with that
//! key) and [`ByParent`] (parent id → its records). Each is declared by one line of
//! [`loaders!`]: the batch read of `app` it calls and the record field it keys by. The archive's
//! first pages and counts, batched per page size and kinds, are written out below.

use std::collections::HashMap;
use std::hash::Hash;
use std::time::Duration;

use async_graphql::dataloader::{DataLoader, Loader};
use futures_util::future::{BoxFuture, FutureExt};
use oversight_app::{
    ApiKeyRecord, App, AppError, ArchiveEventRecord, ArchiveFilter, AttachmentRecord, AuthorityRecord,
    DesignationRecord, EnterpriseChangeRequest, EnterpriseRecord, InstitutionRecord, LicenseCopyEntryRecord,
    LicenseRecord, OfficerRecord, Principal, ProposalFilter, ProposalRecord, RectificationRecord,
    SubmissionRecord, TestResultRecord, TestingTaskRecord, VerdictRecord,
};
use oversight_domain::spot_check::Conclusion;
use oversight_domain::{
    ApiKeyId, AttachmentId, AuthorityId, ChangeRequestId, DesignationId, EnterpriseId, InstitutionId,
    LicenseId, OfficerId, ProposalId, RectificationId, ReviewId, ReviewYearId, SpotCheckImportId,
    SubmissionId, TaskId,
};

use crate::error::BatchError;

/// Declares the per-request loaders: `field: Shape<Record, Key> = batch_read by key_field;`.
macro_rules! loaders {
    ($($(#[$doc:meta])* $field:ident: $shape:ident<$record:ty, $id:ty> = $read:ident by $key:ident;)*) => {
        /// The per-request loaders.
        pub struct Loaders {
            $($(#[$doc])* pub $field: DataLoader<$shape<$record, $id>>,)*
            pub newest_archive: DataLoader<NewestArchive>,
            pub archive_count: DataLoader<ArchiveCount>,
            /// The first page of each license's testing tasks (`License.testingTasks`).
            pub first_tasks: DataLoader<FirstPages<LicenseId, TaskArgs, TestingTaskRecord>>,
            /// The first page of each enterprise's rectifications (`Enterprise.rectifications`).
            pub first_rectifications: DataLoader<FirstPages<EnterpriseId, RectificationArgs, RectificationRecord>>,
            /// The first page of each enterprise's revocation proposals.
            pub first_proposals: DataLoader<FirstPages<EnterpriseId, ProposalFilter, ProposalRecord>>,
            /// How many testing tasks each license has (`License.testingTasks.totalCount`).
            pub task_counts: DataLoader<CountsOf<LicenseId, oversight_app::TaskFilter>>,
            /// How many rectifications each enterprise has.
            pub rectification_counts: DataLoader<CountsOf<EnterpriseId, oversight_app::RectificationFilter>>,
            /// How many revocation proposals each enterprise has.
            pub proposal_counts: DataLoader<CountsOf<EnterpriseId, ProposalFilter>>,
            /// The first page of each spot-check import's rows (`SpotCheckImport.rows`), all or
            /// of one conclusion.
            pub first_spot_check_rows: DataLoader<FirstPages<SpotCheckImportId, Option<Conclusion>, oversight_app::SpotCheckRowRecord>>,
            /// How many rows each spot-check import has, all or of one conclusion.
            pub spot_check_row_counts: DataLoader<CountsOf<SpotCheckImportId, Option<Conclusion>>>,
            /// The directory officer behind a subject (who opened, lodged, decided …).
            pub officer_by_subject: DataLoader<OfficerBySubject>,
        }

        impl Loaders {
            /// Loaders acting for `principal`: every batch is scoped to what it may see.
            pub fn new(app: &App, principal: &Principal) -> Loaders {
                let caller = Caller { app: app.clone(), principal: principal.clone() };
                Loaders {
                    $($field: loader(
                        $shape::<$record, $id> {
                            caller: caller.clone(),
                            read: |app, principal, keys| app.$read(principal, keys).boxed(),
                            key: |record| record.$key,
                        }),)*
                    newest_archive: loader(NewestArchive(caller.clone())),
                    first_tasks: FirstPages::loader(
                        &caller,
                        |app, principal, (filter, order), parents| {
                            app.first_testing_tasks_of(principal, filter, *order, parents).boxed()
                        },
                        |record| record.license_id,
                    ),
                    first_rectifications: FirstPages::loader(
                        &caller,
                        |app, principal, (filter, order), parents| {
                            app.first_rectifications_of(principal, filter, *order, parents).boxed()
                        },
                        |record| record.enterprise_id,
                    ),
                    first_proposals: FirstPages::loader(
                        &caller,
                        |app, principal, filter, parents| {
                            app.first_revocation_proposals_of(principal, filter, parents).boxed()
                        },
                        |record| record.enterprise_id,
                    ),
                    task_counts: CountsOf::loader(&caller, |app, principal, filter, parents| {
                        app.count_testing_tasks_of(principal, filter, parents).boxed()
                    }),
                    rectification_counts: CountsOf::loader(&caller, |app, principal, filter, parents| {
                        app.count_rectifications_of(principal, filter, parents).boxed()
                    }),
                    proposal_counts: CountsOf::loader(&caller, |app, principal, filter, parents| {
                        app.count_revocation_proposals_of(principal, filter, parents).boxed()
                    }),
                    first_spot_check_rows: FirstPages::loader(
                        &caller,
                        |app, principal, conclusion, parents| {
                            app.first_spot_check_rows_of(principal, conclusion, parents).boxed()
                        },
                        |record| record.import_id,
                    ),
                    spot_check_row_counts: CountsOf::loader(&caller, |app, principal, conclusion, parents| {
                        app.count_spot_check_rows_of(principal, conclusion, parents).boxed()
                    }),
                    archive_count: loader(ArchiveCount(caller.clone())),
                    officer_by_subject: loader(OfficerBySubject(caller)),
                }
            }
        }
    };
}

loaders! {
    enterprise: ById<EnterpriseRecord, EnterpriseId> = enterprises_by_ids by id;
    /// The current risk class of each enterprise (those assessed).
    risk_class_of: ById<oversight_app::RiskClassRecord, EnterpriseId> = risk_classes_of_each by enterprise_id;
    license: ById<LicenseRecord, LicenseId> = licenses_by_ids by id;
    /// The licenses of each enterprise.
    licenses_of: ByParent<LicenseRecord, EnterpriseId> = licenses_of_each by enterprise_id;
    copy_entries_of: ByParent<LicenseCopyEntryRecord, LicenseId> = copy_entries_of_each by license_id;
    /// The status history of each license, in the order written.
    status_history_of: ByParent<oversight_app::StatusHistoryEntry, LicenseId> = status_history_of_each by license_id;
    authority: ById<AuthorityRecord, AuthorityId> = authorities_by_ids by id;
    testing_task: ById<TestingTaskRecord, TaskId> = testing_tasks_by_ids by id;
    /// The testing tasks of each enterprise, newest first.
    testing_tasks_of: ByParent<TestingTaskRecord, EnterpriseId> = testing_tasks_of_each by enterprise_id;
    test_results_of: ByParent<TestResultRecord, TaskId> = test_results_of_each by task_id;
    /// The verdicts of each task, oldest first.
    verdicts_of: ByParent<VerdictRecord, TaskId> = verdicts_of_each by task_id;
    institution: ById<InstitutionRecord, InstitutionId> = institutions_by_ids by id;
    rectification: ById<RectificationRecord, RectificationId> = rectifications_by_ids by id;
    /// The rectification ordered after each task (at most one each), keyed by the task.
    rectification_of_task: ById<RectificationRecord, TaskId> = rectifications_of_tasks by task_id;
    revocation_proposal: ById<ProposalRecord, ProposalId> = revocation_proposals_by_ids by id;
    api_key: ById<ApiKeyRecord, ApiKeyId> = api_keys_by_ids by id;
    designation: ById<DesignationRecord, DesignationId> = designations_by_ids by id;
    result_submission: ById<SubmissionRecord, SubmissionId> = submissions_by_ids by id;
    officer: ById<OfficerRecord, OfficerId> = officers_by_ids by id;
    change_request: ById<EnterpriseChangeRequest, ChangeRequestId> = enterprise_change_requests_by_ids by id;
    /// The change requests of each enterprise, newest first.
    change_requests_of: ByParent<EnterpriseChangeRequest, EnterpriseId> = enterprise_change_requests_of by enterprise_id;
    review_year: ById<oversight_domain::review::annual::ReviewYear, ReviewYearId> = review_years_by_ids by id;
    annual_review: ById<oversight_domain::review::annual::AnnualReview, ReviewId> = annual_reviews_by_ids by id;
    /// The self-inspection report versions of each review, newest first.
    reports_of: ByParent<oversight_domain::review::report::SelfInspectionReport, ReviewId> = self_inspection_reports_of by review_id;
    /// The on-site inspections of each review, oldest first.
    inspections_of: ByParent<oversight_app::InspectionRecord, ReviewId> = on_site_inspections_of by review_id;
    attachment: ById<AttachmentRecord, AttachmentId> = attachments_by_ids by id;
    patrol_inspection: ById<oversight_app::PatrolRecord, oversight_domain::PatrolId> = patrol_records_by_ids by id;
    patrol_measure: ById<oversight_app::MeasureRecord, oversight_domain::MeasureId> = patrol_measures_by_ids by id;
    /// The measures ordered on each patrol, oldest first.
    measures_of: ByParent<oversight_app::MeasureRecord, oversight_domain::PatrolId> = measures_of_patrols by patrol_id;
    follow_up: ById<oversight_app::FollowUpRecord, oversight_domain::FollowUpId> = follow_ups_by_ids by id;
    patrol_plan: ById<oversight_app::PlanRecord, oversight_domain::PatrolPlanId> = patrol_plans_by_ids by id;
    /// Coverage by executing authority of each plan, today.
    plan_coverage: ByParent<oversight_app::CoverageRow, oversight_domain::PatrolPlanId> = patrol_plan_coverage by plan_id;
    linkage_notice: ById<oversight_app::NoticeRecord, oversight_domain::NoticeId> = linkage_notices_by_ids by id;
    /// The notices each notice was passed on as, oldest first.
    notice_children: ByParent<oversight_app::ChildNotice, oversight_domain::NoticeId> = linkage_notice_children by parent_id;
    unlicensed_case: ById<oversight_app::UnlicensedRecord, oversight_domain::UnlicensedCaseId> = unlicensed_cases_by_ids by id;
    draw: ById<oversight_domain::draw::record::DrawRecord, oversight_domain::DrawId> = draws_by_ids by id;
    spot_check_import: ById<oversight_app::SpotCheckImportRecord, oversight_domain::SpotCheckImportId> = spot_check_imports_by_ids by id;
    generated_report: ById<oversight_app::ReportRecord, oversight_domain::GeneratedReportId> = generated_reports_by_ids by id;
    /// The versions of each report, newest first.
    report_versions_of: ByParent<oversight_app::VersionRecord, oversight_domain::GeneratedReportId> = report_versions by report_id;
    supervision_order: ById<oversight_app::OrderRecord, oversight_domain::SupervisionOrderId> = supervision_orders_by_ids by id;
    /// The progress reports of each supervision order, oldest first.
    order_progress: ByParent<oversight_app::ProgressReport, oversight_domain::SupervisionOrderId> = supervision_order_progress by order_id;
    lower_tier_request: ById<oversight_app::RequestRecord, oversight_domain::LowerTierRequestId> = lower_tier_requests_by_ids by id;
    /// The counted figures of each report version.
    report_figures: ById<oversight_app::ReportFigures, oversight_domain::ReportVersionId> = report_figures by version_id;
    counterfeit_case: ById<oversight_app::CounterfeitCaseRecord, oversight_domain::CounterfeitCaseId> = counterfeit_cases_by_ids by id;
    /// The recall records of each counterfeiting case, oldest first.
    counterfeit_recalls: ByParent<oversight_domain::enforcement::counterfeit::Recall, oversight_domain::CounterfeitCaseId> = counterfeit_recalls_of by case_id;
    responsibility_assignment: ById<oversight_app::AssignmentRecord, oversight_domain::ResponsibilityAssignmentId> = responsibility_assignments_by_ids by id;
    /// The active officers of each authority (its responsible persons, §四), in id order.
    active_officers_of: ByParent<OfficerRecord, AuthorityId> = active_officers_of_authorities by authority_id;
    campaign: ById<oversight_app::CampaignRecord, oversight_domain::CampaignId> = campaigns_by_ids by id;
    /// Coverage per region of each campaign, today.
    campaign_coverage: ByParent<oversight_app::CampaignCoverageRow, oversight_domain::CampaignId> = campaign_coverage by campaign_id;
    responsibility_agreement: ById<oversight_app::AgreementRecord, oversight_domain::ResponsibilityAgreementId> = responsibility_agreements_by_ids by id;
    /// The live values of each agreement's targets (a bounded number of statements per batch).
    agreement_values: ById<oversight_app::AgreementValues, oversight_domain::ResponsibilityAgreementId> = responsibility_agreement_values by id;
    rectification_meeting: ById<oversight_app::MeetingRecord, oversight_domain::RectificationMeetingId> = rectification_meetings_by_ids by id;
    responsibility_record: ById<oversight_app::StoredRecord, oversight_domain::ResponsibilityRecordId> = responsibility_records_by_ids by id;
    /// The rectification meetings of each campaign, newest first.
    campaign_meetings: ByParent<oversight_app::MeetingRecord, oversight_domain::CampaignId> = rectification_meetings_of by campaign_id;
    /// Summoned enterprises by id (a follow-up's origin), read as their enterprise.
    meeting_summons: ById<oversight_domain::campaign::meeting::Summons, oversight_domain::MeetingSummonsId> = meeting_summonses_by_ids by id;
    periodic_report: ById<oversight_domain::enterprise_report::PeriodicReport, oversight_domain::PeriodicReportId> = periodic_reports_by_ids by id;
    /// The periodic reports of each enterprise, newest quarter first.
    periodic_reports_of: ByParent<oversight_domain::enterprise_report::PeriodicReport, EnterpriseId> = periodic_reports_of by enterprise_id;
}

fn tokio_spawn(future: BoxFuture<'static, ()>) {
    tokio::spawn(future);
}

/// A loader that fetches as soon as the resolvers that asked yield, without async-graphql's
/// default 1 ms wait (issue 13: a lone `node(id:)` waited 1.3 ms for a 0.1 ms statement). The
/// batch still holds every key of a page: the resolvers of a list's items are polled together,
/// and the spawned fetch runs on the request's single-threaded actix worker only after they
/// have all registered their keys and yielded (the dataloader statement tests hold it so).
fn loader<T: Send + Sync + 'static>(inner: T) -> DataLoader<T> {
    DataLoader::new(inner, tokio_spawn).delay(Duration::ZERO)
}

/// The application and the principal a loader acts for.
#[derive(Clone)]
pub struct Caller {
    app: App,
    principal: Principal,
}

/// A batch read of `app` for the caller: the records of these keys it may see, in one statement.
pub type BatchRead<R, K> =
    for<'a> fn(&'a App, &'a Principal, &'a [K]) -> BoxFuture<'a, Result<Vec<R>, AppError>>;

/// A loader key: one of the domain's typed ids.
pub trait Id: Copy + Send + Sync + Hash + Eq + 'static {}

impl<K: Copy + Send + Sync + Hash + Eq + 'static> Id for K {}

/// The loader of records by a key (their id, or another column unique among them).
pub struct ById<R, K> {
    caller: Caller,
    read: BatchRead<R, K>,
    key: fn(&R) -> K,
}

impl<R: Clone + Send + Sync + 'static, K: Id> Loader<K> for ById<R, K> {
    type Value = R;
    type Error = BatchError;

    async fn load(&self, keys: &[K]) -> Result<HashMap<K, R>, BatchError> {
        let records = (self.read)(&self.caller.app, &self.caller.principal, keys).await?;
        Ok(records.into_iter().map(|record| ((self.key)(&record), record)).collect())
    }
}

/// The loader of each parent's records, in the order the batch read returns them.
pub struct ByParent<R, K> {
    caller: Caller,
    read: BatchRead<R, K>,
    key: fn(&R) -> K,
}

impl<R: Clone + Send + Sync + 'static, K: Id> Loader<K> for ByParent<R, K> {
    type Value = Vec<R>;
    type Error = BatchError;

    async fn load(&self, parents: &[K]) -> Result<HashMap<K, Vec<R>>, BatchError> {
        let mut map: HashMap<K, Vec<R>> = HashMap::new();
        for record in (self.read)(&self.caller.app, &self.caller.principal, parents).await? {
            map.entry((self.key)(&record)).or_default().push(record);
        }
        Ok(map)
    }
}

/// Key of the first page of an enterprise's archive: the enterprise, how many
/// events (page size + 1, to know whether more exist) and which (kinds, date range).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct NewestKey {
    pub enterprise_id: EnterpriseId,
    pub n: u64,
    pub filter: ArchiveFilter,
}

/// The first page of many enterprises' archives: one window-function statement
/// per distinct (size, filter) in the batch, which in practice is one.
pub struct NewestArchive(Caller);

impl Loader<NewestKey> for NewestArchive {
    type Value = Vec<ArchiveEventRecord>;
    type Error = BatchError;

    async fn load(
        &self,
        keys: &[NewestKey],
    ) -> Result<HashMap<NewestKey, Vec<ArchiveEventRecord>>, BatchError> {
        let mut groups: HashMap<(u64, ArchiveFilter), Vec<EnterpriseId>> = HashMap::new();
        for key in keys {
            groups.entry((key.n, key.filter.clone())).or_default().push(key.enterprise_id);
        }
        let mut map = HashMap::new();
        for ((n, filter), ids) in groups {
            let mut by_enterprise: HashMap<EnterpriseId, Vec<ArchiveEventRecord>> = HashMap::new();
            for record in self.0.app.newest_archive_of_each(&self.0.principal, &ids, &filter, n).await? {
                by_enterprise.entry(record.enterprise_id).or_default().push(record);
            }
            for id in ids {
                let events = by_enterprise.remove(&id).unwrap_or_default();
                map.insert(NewestKey { enterprise_id: id, n, filter: filter.clone() }, events);
            }
        }
        Ok(map)
    }
}

/// The arguments of `License.testingTasks` besides paging: the filter (its license left out) and
/// the order.
pub type TaskArgs = (oversight_app::TaskFilter, (oversight_app::TaskOrder, bool));
/// The arguments of `Enterprise.rectifications` besides paging.
pub type RectificationArgs = (oversight_app::RectificationFilter, (oversight_app::RectificationOrder, bool));

/// Key of the first page of a relation for one parent: the parent, how many records (page size
/// + 1, to know whether more exist) and the relation's other arguments.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FirstKey<P, A> {
    pub parent: P,
    pub n: u64,
    pub args: A,
}

/// A batch read of the first `n` records of each parent, for the caller.
pub type FirstRead<P, A, R> =
    for<'a> fn(&'a App, &'a Principal, &'a A, (&'a [P], u64)) -> BoxFuture<'a, Result<Vec<R>, AppError>>;

/// The first page of a relation (a license's tasks, an enterprise's rectifications …) for a
/// whole page of parents: one window-function statement per distinct (size, arguments) in the
/// batch — in practice one — instead of one page statement per parent.
pub struct FirstPages<P, A, R> {
    caller: Caller,
    read: FirstRead<P, A, R>,
    parent: fn(&R) -> P,
}

impl<P, A, R> FirstPages<P, A, R>
where
    P: Id,
    A: Clone + Send + Sync + Hash + Eq + 'static,
    R: Clone + Send + Sync + 'static,
{
    fn loader(caller: &Caller, read: FirstRead<P, A, R>, parent: fn(&R) -> P) -> DataLoader<Self> {
        loader(FirstPages { caller: caller.clone(), read, parent })
    }
}

impl<P, A, R> Loader<FirstKey<P, A>> for FirstPages<P, A, R>
where
    P: Id,
    A: Clone + Send + Sync + Hash + Eq + 'static,
    R: Clone + Send + Sync + 'static,
{
    type Value = Vec<R>;
    type Error = BatchError;

    async fn load(&self, keys: &[FirstKey<P, A>]) -> Result<HashMap<FirstKey<P, A>, Vec<R>>, BatchError> {
        let mut groups: HashMap<(u64, A), Vec<P>> = HashMap::new();
        for key in keys {
            groups.entry((key.n, key.args.clone())).or_default().push(key.parent);
        }
        let mut map = HashMap::new();
        for ((n, args), parents) in groups {
            let mut by_parent: HashMap<P, Vec<R>> = HashMap::new();
            for record in (self.read)(&self.caller.app, &self.caller.principal, &args, (&parents, n)).await? {
                by_parent.entry((self.parent)(&record)).or_default().push(record);
            }
            for parent in parents {
                let records = by_parent.remove(&parent).unwrap_or_default();
                map.insert(FirstKey { parent, n, args: args.clone() }, records);
            }
        }
        Ok(map)
    }
}

/// A batch count of each parent's records matching a filter, for the caller.
pub type CountRead<P, F> =
    for<'a> fn(&'a App, &'a Principal, &'a F, &'a [P]) -> BoxFuture<'a, Result<Vec<(P, u64)>, AppError>>;

/// A relation's `totalCount` for a whole page of parents: one grouped statement per distinct
/// filter in the batch.
pub struct CountsOf<P, F> {
    caller: Caller,
    read: CountRead<P, F>,
}

impl<P, F> CountsOf<P, F>
where
    P: Id,
    F: Clone + Send + Sync + Hash + Eq + 'static,
{
    fn loader(caller: &Caller, read: CountRead<P, F>) -> DataLoader<Self> {
        loader(CountsOf { caller: caller.clone(), read })
    }
}

impl<P, F> Loader<(P, F)> for CountsOf<P, F>
where
    P: Id,
    F: Clone + Send + Sync + Hash + Eq + 'static,
{
    type Value = u64;
    type Error = BatchError;

    async fn load(&self, keys: &[(P, F)]) -> Result<HashMap<(P, F), u64>, BatchError> {
        let mut groups: HashMap<F, Vec<P>> = HashMap::new();
        for (parent, filter) in keys {
            groups.entry(filter.clone()).or_default().push(*parent);
        }
        let mut map = HashMap::new();
        for (filter, parents) in groups {
            let counts: HashMap<P, u64> =
                (self.read)(&self.caller.app, &self.caller.principal, &filter, &parents)
                    .await?
                    .into_iter()
                    .collect();
            for parent in parents {
                map.insert((parent, filter.clone()), counts.get(&parent).copied().unwrap_or(0));
            }
        }
        Ok(map)
    }
}

/// Archive sizes of many enterprises, one grouped statement per filter.
pub struct ArchiveCount(Caller);

impl Loader<(EnterpriseId, ArchiveFilter)> for ArchiveCount {
    type Value = u64;
    type Error = BatchError;

    async fn load(
        &self,
        keys: &[(EnterpriseId, ArchiveFilter)],
    ) -> Result<HashMap<(EnterpriseId, ArchiveFilter), u64>, BatchError> {
        let mut groups: HashMap<ArchiveFilter, Vec<EnterpriseId>> = HashMap::new();
        for (id, filter) in keys {
            groups.entry(filter.clone()).or_default().push(*id);
        }
        let mut map = HashMap::new();
        for (filter, ids) in groups {
            let counts: HashMap<EnterpriseId, u64> = self
                .0
                .app
                .archive_counts_of_each(&self.0.principal, &ids, &filter)
                .await?
                .into_iter()
                .collect();
            for id in ids {
                map.insert((id, filter.clone()), counts.get(&id).copied().unwrap_or(0));
            }
        }
        Ok(map)
    }
}

/// The directory officers behind subjects, one statement per batch: a page of 50 tasks with
/// who opened each costs one officer read. A subject that is not an officer's has no value.
pub struct OfficerBySubject(Caller);

impl Loader<String> for OfficerBySubject {
    type Value = OfficerRecord;
    type Error = BatchError;

    async fn load(&self, subjects: &[String]) -> Result<HashMap<String, OfficerRecord>, BatchError> {
        let officers = self.0.app.officers_by_subjects(&self.0.principal, subjects).await?;
        Ok(officers.into_iter().map(|officer| (officer.subject.clone(), officer)).collect())
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
    L: Loader<K, Error = BatchError>,
    K: Send + Sync + Hash + Eq + Clone + 'static,
{
    Ok(pick(ctx.data::<Loaders>()?).load_one(key).await?)
}
