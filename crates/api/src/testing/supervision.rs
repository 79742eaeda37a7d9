//! Periodic supervision in GraphQL: designations of testing institutions, testing tasks
//! (抽样/检验任务) with their results and verdicts, and the mutations that make them. Every nested
//! relation goes through a DataLoader, so a page of tasks costs a constant number of statements.

use std::collections::BTreeMap;

use crate::page::Connection;
use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{
    DesignateInstitution, DesignationCursor, DesignationRecord, OpenTestingTask, SubmissionRecord,
    SubmitTestResults, TaskCursor, TaskFilter, TaskResults, TestingTaskRecord,
};
use oversight_domain::testing::judgment::MeasuredResult;
use oversight_domain::testing::objection::decision_overdue;

use crate::enums::{DeliveryMethodGql, ObjectionOutcomeGql, TaskStatusGql};
use crate::error::{ResultExt, caller};
use crate::ids::{
    NodeType, designation_cursor, global_id, parse_designation_cursor, parse_numeric_id, parse_task_cursor,
    task_cursor,
};
use crate::industry::{AppliedEdition, DeclaredValueInput, NotTestedInput, ResultInput, VerdictGql};
use crate::loaders::{Loaders, load};
use crate::page::{connection, page_request};
use crate::registry::enterprise::Enterprise;
use crate::registry::institution::Institution;
use crate::registry::license::License;
use crate::registry::officer::{Officer, officer_by_subject};
use crate::registry::region::Region;
use crate::testing::designation_list::{DesignationOrderInput, DesignationTotal};
use crate::testing::task_list::{TaskTotal, TestingTaskFilterInput, TestingTaskOrderInput};

/// The unified testing institution (统一承检机构) of an industry for a region and period.
pub struct Designation(pub DesignationRecord);

/// The designation (指定) of the unified testing institution (统一承检机构) of an industry for a
/// region and period.
#[Object]
impl Designation {
    /// Opaque global ID (Relay), for `node(id:)`.
    pub async fn id(&self) -> ID {
        global_id(NodeType::Designation, self.0.id)
    }

    /// Industry code, e.g. "wire-cable".
    async fn industry(&self) -> &str {
        &self.0.industry
    }

    /// The designated testing institution (承检机构).
    async fn institution(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Institution>> {
        Ok(load(ctx, |l| &l.institution, self.0.institution_id).await?.map(Institution))
    }

    /// The province, or the region inside it, the designation covers.
    async fn region(&self) -> Region {
        Region(self.0.period.region)
    }

    /// First day of the designation.
    async fn valid_from(&self) -> NaiveDate {
        self.0.period.valid_from
    }

    /// Last day of the designation (inclusive).
    async fn valid_until(&self) -> NaiveDate {
        self.0.period.valid_until
    }

    /// When the designation was recorded.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A sample taken for unified compulsory testing (抽样/检验任务), assigned to the designated
/// institution, with the plugin and standard editions fixed when it was sampled.
pub struct TestingTask(pub TestingTaskRecord);

/// A declared value (明示值) of the sample.
#[derive(SimpleObject)]
pub struct DeclaredValue {
    /// Code of the test item the value is declared for.
    pub item: String,
    /// Decimal text.
    pub value: String,
}

/// A test condition of a result.
#[derive(SimpleObject)]
#[graphql(name = "TestCondition")]
pub struct TestConditionGql {
    /// Name of the condition, as the item's plugin names it.
    pub name: String,
    /// Its value, as text.
    pub value: String,
}

/// A measured result as the institution reported it (decimal text, never a float).
#[derive(SimpleObject)]
pub struct TestResult {
    /// Code of the test item.
    pub item: String,
    /// The value as reported: decimal text or the item's word result.
    pub value: String,
    /// The unit of the value.
    pub unit: String,
    /// The test conditions reported with it.
    pub conditions: Vec<TestConditionGql>,
    /// True for a retest result on the backup portion.
    pub retest: bool,
    /// When it was recorded.
    pub recorded_at: DateTime<Utc>,
}

/// A verdict as stored on its task.
#[derive(SimpleObject)]
pub struct StoredVerdict {
    /// True for the retest verdict (复检).
    pub retest: bool,
    /// When the results were judged.
    pub judged_at: DateTime<Utc>,
    /// The verdict with its provenance.
    pub verdict: VerdictGql,
}

/// An enterprise's objection (异议) to a verdict, and the authority's decision on it.
pub struct Objection {
    record: oversight_app::ObjectionRecord,
    today: NaiveDate,
}

/// An enterprise's objection (异议) to a failing verdict, and the authority's decision on it.
#[Object]
impl Objection {
    /// The enterprise's reasons.
    async fn reason(&self) -> &str {
        &self.record.reason
    }

    /// When the enterprise lodged it.
    async fn lodged_at(&self) -> DateTime<Utc> {
        self.record.lodged_at
    }

    /// Who lodged it (token subject: normally the enterprise user's).
    async fn lodged_by(&self) -> &str {
        &self.record.lodged_by
    }

    /// Who lodged it, as an officer (执法人员) of the directory, resolved by subject; null when that subject is not a directory officer's (an enterprise user, an institution's system, the platform). Visible to whoever can see this record.
    async fn lodged_by_officer(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Officer>> {
        officer_by_subject(ctx, Some(&self.record.lodged_by)).await
    }

    /// The failed, retestable items objected to: the retest covers exactly these.
    async fn items(&self) -> &[String] {
        &self.record.items
    }

    /// The last working day for the authority to accept (受理) or refuse the objection (five
    /// working days from lodging); null on objections lodged before decisions had a deadline.
    async fn decision_due(&self) -> Option<NaiveDate> {
        self.record.decision_due
    }

    /// True when the decision came after `decisionDue`, or is still missing past it. A late
    /// decision is still taken; this flag keeps the delay visible.
    async fn overdue(&self) -> bool {
        let decided_on = self.record.decision.as_ref().map(|d| d.decided_on);
        self.record.decision_due.is_some_and(|due| decision_overdue(due, decided_on, self.today))
    }

    /// The authority's decision, once taken.
    async fn decision(&self) -> Option<ObjectionDecisionGql> {
        self.record.decision.clone().map(ObjectionDecisionGql)
    }
}

/// The authority's decision on an objection: accepted (受理) with the retest institution, or
/// refused, with reasons.
pub struct ObjectionDecisionGql(oversight_app::ObjectionDecisionRecord);

/// The authority's decision on an objection: accepted (受理) with the retest institution, or
/// refused, with reasons.
#[Object(name = "ObjectionDecision")]
impl ObjectionDecisionGql {
    /// Accepted (受理) or refused.
    async fn outcome(&self) -> ObjectionOutcomeGql {
        self.0.outcome.into()
    }

    /// The authority's reasons.
    async fn reason(&self) -> &str {
        &self.0.reason
    }

    /// The officer who decided (token subject).
    async fn decided_by(&self) -> &str {
        &self.0.decided_by
    }

    /// The officer who decided, as an officer (执法人员) of the directory, resolved by subject; null when that subject is not a directory officer's (an enterprise user, an institution's system, the platform). Visible to whoever can see this record.
    async fn decided_by_officer(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Officer>> {
        officer_by_subject(ctx, Some(&self.0.decided_by)).await
    }

    /// The day it was decided.
    async fn decided_on(&self) -> NaiveDate {
        self.0.decided_on
    }

    /// On acceptance: the institution that retests the objected items, never the first one.
    async fn retest_institution(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Institution>> {
        match self.0.retest_institution_id {
            Some(id) => Ok(load(ctx, |l| &l.institution, id).await?.map(Institution)),
            None => Ok(None),
        }
    }
}

/// The issue of a verdict to the enterprise (送达), from which the objection window runs.
pub struct DeliveryGql(oversight_app::DeliveryRecord);

/// The delivery (送达) of a verdict to the enterprise, from which the objection window runs.
#[Object(name = "Delivery")]
impl DeliveryGql {
    /// How it was delivered (送达方式).
    async fn method(&self) -> DeliveryMethodGql {
        self.0.method.into()
    }

    /// The day it was handed over, the postal receipt signed, or the electronic message sent.
    async fn served_on(&self) -> NaiveDate {
        self.0.served_on
    }

    /// The day the enterprise received the verdict (收到检验结果之日): the day served, or for an
    /// electronic delivery the day acknowledged or the deemed day, whichever comes first.
    async fn delivered_on(&self) -> NaiveDate {
        self.0.delivered_on()
    }

    /// The day the enterprise acknowledged an electronic delivery, if it did.
    async fn acknowledged_on(&self) -> Option<NaiveDate> {
        self.0.acknowledged_on
    }

    /// True when the delivery date is the deemed one (electronic, not acknowledged in time).
    async fn deemed(&self) -> bool {
        self.0.deemed()
    }

    /// The officer who delivered it (token subject).
    async fn delivered_by(&self) -> &str {
        &self.0.delivered_by
    }

    /// The officer who delivered it, as an officer (执法人员) of the directory, resolved by subject; null when that subject is not a directory officer's (an enterprise user, an institution's system, the platform). Visible to whoever can see this record.
    async fn delivered_by_officer(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Officer>> {
        officer_by_subject(ctx, Some(&self.0.delivered_by)).await
    }
}

/// A sample taken for unified compulsory testing (抽样/检验任务), assigned to the designated
/// institution, with the plugin and standard editions fixed when it was sampled.
#[Object]
impl TestingTask {
    /// Opaque global ID (Relay), for `node(id:)`.
    pub async fn id(&self) -> ID {
        global_id(NodeType::TestingTask, self.0.id)
    }

    /// Where the task stands.
    async fn status(&self) -> TaskStatusGql {
        self.0.status.into()
    }

    /// Industry code of the sampled license.
    async fn industry(&self) -> &str {
        &self.0.industry
    }

    /// Product variant (grade or type) as the plugin names it.
    async fn variant(&self) -> &str {
        &self.0.variant
    }

    /// The test scope (检验范围) sampled, as the plugin names it; null on tasks opened before
    /// scopes were recorded (full samples). A re-check is recorded with the full test.
    async fn test_scope(&self) -> Option<&str> {
        self.0.test_scope.as_deref()
    }

    /// 批号 — the batch sampled.
    async fn batch(&self) -> &str {
        &self.0.sampling.batch
    }

    /// The day the sample was taken (抽样日期); it picks the standard editions in force.
    async fn sampling_date(&self) -> NaiveDate {
        self.0.sampling.sampling_date
    }

    /// 检验样品 — the portion sent for testing.
    async fn test_portion(&self) -> &str {
        &self.0.sampling.test_portion
    }

    /// 备用样品 — the portion sealed for a retest.
    async fn backup_portion(&self) -> &str {
        &self.0.sampling.backup_portion
    }

    /// The sample's declared values (明示值).
    async fn declared(&self) -> Vec<DeclaredValue> {
        self.0
            .declared
            .iter()
            .map(|(item, value)| DeclaredValue { item: item.clone(), value: value.clone() })
            .collect()
    }

    /// Recommended standards the enterprise declares as its executive standard (执行标准).
    async fn declared_standards(&self) -> &[String] {
        &self.0.declared_standards
    }

    /// The plugin that served the industry when the sample was taken.
    async fn plugin_id(&self) -> &str {
        &self.0.plugin_id
    }

    /// The plugin's version when the sample was taken.
    async fn plugin_version(&self) -> &str {
        &self.0.plugin_version
    }

    /// The edition of each standard in force on the sampling date.
    async fn editions(&self) -> Vec<AppliedEdition> {
        self.0
            .editions
            .iter()
            .map(|(standard, edition)| AppliedEdition {
                standard: standard.clone(),
                edition: edition.clone(),
            })
            .collect()
    }

    /// The institution the task is assigned to.
    async fn institution(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Institution>> {
        Ok(load(ctx, |l| &l.institution, self.0.institution_id).await?.map(Institution))
    }

    /// The sampled enterprise; null for callers that do not read the registry (testing
    /// institutions test the sample, not the enterprise's records).
    async fn enterprise(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Enterprise>> {
        let loaders = ctx.data::<Loaders>()?;
        if !reads_registry(ctx)? {
            return Ok(None);
        }
        Ok(loaders.enterprise.load_one(self.0.enterprise_id).await?.map(Enterprise))
    }

    /// The sampled license; null for callers that do not read the registry.
    async fn license(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<License>> {
        let loaders = ctx.data::<Loaders>()?;
        if !reads_registry(ctx)? {
            return Ok(None);
        }
        Ok(loaders.license.load_one(self.0.license_id).await?.map(License))
    }

    /// The results as submitted, in the order stored.
    async fn results(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<TestResult>> {
        let loaders = ctx.data::<Loaders>()?;
        let records = loaders.test_results_of.load_one(self.0.id).await?.unwrap_or_default();
        Ok(records
            .into_iter()
            .map(|r| TestResult {
                item: r.item,
                value: r.result.value,
                unit: r.result.unit,
                conditions: r
                    .result
                    .conditions
                    .into_iter()
                    .map(|(name, value)| TestConditionGql { name, value })
                    .collect(),
                retest: r.retest,
                recorded_at: r.recorded_at,
            })
            .collect())
    }

    /// Every verdict of the task, oldest first: the first, and the retest verdict (复检) after an
    /// objection, which replaces or upholds it. Both stay.
    async fn verdicts(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<StoredVerdict>> {
        let loaders = ctx.data::<Loaders>()?;
        let verdicts = loaders.verdicts_of.load_one(self.0.id).await?.unwrap_or_default();
        Ok(verdicts
            .into_iter()
            .map(|v| StoredVerdict {
                retest: v.retest,
                judged_at: v.judged_at,
                verdict: VerdictGql(v.verdict),
            })
            .collect())
    }

    /// The calendar date of the first verdict.
    async fn verdict_date(&self) -> Option<NaiveDate> {
        self.0.verdict_date
    }

    /// The delivery of the first verdict to the enterprise (送达), once the authority made it.
    async fn delivery(&self) -> Option<DeliveryGql> {
        self.0.delivery.clone().map(DeliveryGql)
    }

    /// The last day the enterprise may object to the first verdict: fifteen days from its
    /// delivery, ending on a working day. Null until the verdict is delivered.
    async fn objection_deadline(&self) -> Option<NaiveDate> {
        self.0.objection_deadline
    }

    /// The enterprise's objection (异议), if lodged, with the authority's decision.
    async fn objection(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Objection>> {
        let (app, _) = caller(ctx)?;
        let today = app.today();
        Ok(self.0.objection.clone().map(|record| Objection { record, today }))
    }

    /// The rectification ordered after this task's final failing verdict, if any; null for
    /// callers that do not read the registry.
    async fn rectification(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<crate::testing::rectification::Rectification>> {
        Ok(load(ctx, |l| &l.rectification_of_task, self.0.id)
            .await?
            .map(crate::testing::rectification::Rectification))
    }

    /// On a re-check task (复查): the rectification it re-checks.
    async fn recheck_of(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<crate::testing::rectification::Rectification>> {
        let Some(id) = self.0.rectification_id else { return Ok(None) };
        if !reads_registry(ctx)? {
            return Ok(None);
        }
        Ok(load(ctx, |l| &l.rectification, id).await?.map(crate::testing::rectification::Rectification))
    }

    /// The current verdict with its provenance (the retest verdict once there is one); null
    /// while the task is open.
    async fn verdict(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<VerdictGql>> {
        let loaders = ctx.data::<Loaders>()?;
        let verdicts = loaders.verdicts_of.load_one(self.0.id).await?.unwrap_or_default();
        Ok(verdicts.into_iter().last().map(|v| VerdictGql(v.verdict)))
    }

    /// Who opened the task (token subject of the sampling officer).
    async fn opened_by(&self) -> &str {
        &self.0.opened_by
    }

    /// Who opened the task, as an officer (执法人员) of the directory, resolved by subject; null when that subject is not a directory officer's (an enterprise user, an institution's system, the platform). Visible to whoever can see this record.
    async fn opened_by_officer(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Officer>> {
        officer_by_subject(ctx, Some(&self.0.opened_by)).await
    }

    /// When the task was opened.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When the task last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// Whether the caller reads registry objects (institutions do not: their tasks are their reach).
fn reads_registry(ctx: &Context<'_>) -> async_graphql::Result<bool> {
    let (app, principal) = caller(ctx)?;
    Ok(app.reads_registry(principal))
}

/// A designation to make.
#[derive(InputObject)]
pub struct DesignateInstitutionInput {
    /// Industry code, e.g. "wire-cable".
    pub industry: String,
    /// The testing institution (承检机构) to designate: active, accredited for the industry.
    pub institution_id: ID,
    /// The province, or a region inside it (six-digit GB/T 2260 code).
    pub region_code: String,
    /// First day of the designation.
    pub valid_from: NaiveDate,
    /// Last day (inclusive).
    pub valid_until: NaiveDate,
}

/// A sample to record.
#[derive(InputObject)]
pub struct OpenTestingTaskInput {
    /// The enterprise's license (with or without province prefix).
    pub license_number: String,
    /// Product variant (grade or type) as the plugin names it.
    pub variant: String,
    /// 批号 — batch or production date.
    pub batch: String,
    /// The sample's declared values (明示值), as on its label.
    #[graphql(default)]
    pub declared: Vec<DeclaredValueInput>,
    /// Recommended (GB/T) standards the enterprise declares as its executive standard (执行标准).
    #[graphql(default)]
    pub declared_standards: Vec<String>,
    /// Default: the supervision calendar's today (`supervisionCalendar { today }`). Never later.
    pub sampling_date: Option<NaiveDate>,
    /// 检验样品 — e.g. "4 卷 × 100 m".
    pub test_portion: String,
    /// 备用样品 — kept sealed for a retest.
    pub backup_portion: String,
    /// The test scope (检验范围) sampled, as the industry's plugin names it in its
    /// `testingFrequency` (e.g. `a_class_items`, `full_type_test`); each scope is scheduled on
    /// its own in `dueTests`. Default: the plugin's full test (the scope covering every other).
    /// A scope the plugin does not declare is refused (UNKNOWN_TEST_SCOPE).
    pub test_scope: Option<String>,
}

/// The results of one task.
#[derive(InputObject)]
pub struct TaskResultsInput {
    /// The testing task the results are for.
    pub task_id: ID,
    /// The measured results, one per item tested.
    pub results: Vec<ResultInput>,
    /// Required items not tested, each with its reason (§二(四): every unified item is
    /// reported). They make the verdict NOT_JUDGEABLE; an item neither reported nor listed here
    /// refuses the submission (MISSING_ITEMS).
    #[graphql(default)]
    pub not_tested: Vec<NotTestedInput>,
}

/// Results for one or many tasks, accepted or refused as a whole.
#[derive(InputObject)]
pub struct SubmitTestResultsInput {
    /// Chosen by the institution, unique among its submissions: repeating a submission with the
    /// same key returns the first outcome and writes nothing.
    pub idempotency_key: String,
    /// The results of each task.
    pub submissions: Vec<TaskResultsInput>,
}

/// The designation a mutation made.
#[derive(SimpleObject)]
pub struct DesignationPayload {
    /// The designation as recorded.
    pub designation: Designation,
}

/// The testing task a mutation opened or changed.
#[derive(SimpleObject)]
pub struct TestingTaskPayload {
    /// The task as it now stands.
    pub task: TestingTask,
}

/// The verdict of one task of a submission.
pub struct TaskOutcomeGql(oversight_app::TaskOutcome);

/// The verdict of one task of a submission.
#[Object(name = "TaskOutcome")]
impl TaskOutcomeGql {
    /// The testing task's ID.
    async fn task_id(&self) -> ID {
        global_id(NodeType::TestingTask, self.0.task_id)
    }

    /// The task as it stands now.
    async fn task(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<TestingTask>> {
        Ok(load(ctx, |l| &l.testing_task, self.0.task_id).await?.map(TestingTask))
    }

    /// The verdict as first answered.
    async fn verdict(&self) -> VerdictGql {
        VerdictGql(self.0.verdict.clone())
    }
}

/// An institution's submission of test results (`submitTestResults`); only that institution
/// reads it.
pub struct ResultSubmission(pub SubmissionRecord);

/// An institution's submission of test results (`submitTestResults`); only that institution
/// reads it.
#[Object]
impl ResultSubmission {
    /// Opaque global ID (Relay), for `node(id:)`.
    pub async fn id(&self) -> ID {
        global_id(NodeType::ResultSubmission, self.0.id)
    }

    /// The institution's key for it: the same key with the same results replays its answer.
    async fn idempotency_key(&self) -> &str {
        &self.0.idempotency_key
    }

    /// When it was accepted.
    async fn submitted_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// The institution that submitted it.
    async fn institution(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Institution>> {
        Ok(load(ctx, |l| &l.institution, self.0.institution_id).await?.map(Institution))
    }
}

/// What a submission answered.
#[derive(SimpleObject)]
pub struct SubmitTestResultsPayload {
    /// The submission's global ID (the same on a replay).
    pub submission_id: ID,
    /// True when this is the stored answer of an earlier submission with the same key.
    pub replayed: bool,
    /// The verdict of each task, in the order submitted.
    pub outcomes: Vec<TaskOutcomeGql>,
}

/// One page of the testing tasks matching `filter` in the order asked (scoped to the caller):
/// the body of `testingTasks` and of `License.testingTasks`.
pub(crate) async fn task_page(
    ctx: &Context<'_>,
    filter: TaskFilter,
    order_by: Option<TestingTaskOrderInput>,
    first: Option<i32>,
    after: Option<String>,
    last: Option<i32>,
    before: Option<String>,
) -> async_graphql::Result<Connection<String, TestingTask, TaskTotal>> {
    let (app, principal) = caller(ctx)?;
    let order = TestingTaskOrderInput::parse(order_by);
    let request = page_request(first, after, last, before, parse_task_cursor(order.0))?;
    let page = match (filter.license_id, crate::page::first_only(&request)) {
        // A license's first page goes through a loader: a page of licenses costs one statement.
        (Some(parent), Some(n)) => {
            let args = (oversight_app::TaskFilter { license_id: None, ..filter.clone() }, order);
            let key = crate::loaders::FirstKey { parent, n: n + 1, args };
            let tasks = ctx.data::<crate::loaders::Loaders>()?.first_tasks.load_one(key).await?;
            crate::page::first_page(tasks.unwrap_or_default(), n)
        }
        _ => app.testing_tasks(principal, &filter, order, &request).await.gql()?,
    };
    let cursor = |r: &TestingTaskRecord| task_cursor(&TaskCursor::of(r, order.0));
    Ok(connection(page, TaskTotal { filter }, cursor, TestingTask))
}

#[derive(Default)]
pub struct SupervisionQuery;

#[Object]
impl SupervisionQuery {
    /// The testing tasks the caller may see (an institution its own, officers those of the
    /// enterprises in their jurisdiction, an enterprise its own), filtered and sorted (default:
    /// opening order); keyset-paged, a cursor belonging to the order it was read in. Priced by
    /// page size (GitHub's rule).
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    // Each GraphQL argument is a Rust argument: that is how async-graphql declares them.
    #[allow(clippy::too_many_arguments)]
    async fn testing_tasks(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only tasks in this status.")] status: Option<TaskStatusGql>,
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
        #[graphql(desc = "Which tasks to list; all in reach when absent.")] filter: Option<
            TestingTaskFilterInput,
        >,
        #[graphql(desc = "The order; default opening order, ascending.")] order_by: Option<
            TestingTaskOrderInput,
        >,
    ) -> async_graphql::Result<Connection<String, TestingTask, TaskTotal>> {
        let (app, _) = caller(ctx)?;
        let filter = filter.unwrap_or_default().parse(app.industry_catalogue(), status, app.today())?;
        task_page(ctx, filter, order_by, first, after, last, before).await
    }

    /// One testing task; null when it does not exist or is outside the caller's reach.
    async fn testing_task(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The task's global ID.")] id: ID,
    ) -> async_graphql::Result<Option<TestingTask>> {
        let id = parse_numeric_id(&id, NodeType::TestingTask, "id")?;
        let (app, principal) = caller(ctx)?;
        // Asked here rather than in the loader so a role that reads no tasks is told so.
        app.may_read_testing_tasks(principal).gql()?;
        Ok(load(ctx, |l| &l.testing_task, id).await?.map(TestingTask))
    }

    /// Designations of testing institutions, optionally of one industry and relevant to one
    /// region (its own, those inside it and those covering it); published lists, readable by all.
    /// Sorted (default: designation order) and keyset-paged, a cursor belonging to the order it
    /// was read in. Priced by page size (GitHub's rule).
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    // Each GraphQL argument is a Rust argument: that is how async-graphql declares them.
    #[allow(clippy::too_many_arguments)]
    async fn designations(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only designations of this industry code, e.g. \"wire-cable\".")] industry: Option<
            String,
        >,
        #[graphql(desc = "Only designations relevant to this six-digit region code.")] region_code: Option<
            String,
        >,
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
        #[graphql(desc = "The order; default designation order, ascending.")] order_by: Option<
            DesignationOrderInput,
        >,
    ) -> async_graphql::Result<Connection<String, Designation, DesignationTotal>> {
        let (app, principal) = caller(ctx)?;
        let filter = app.designation_filter(industry.as_deref(), region_code.as_deref()).gql()?;
        let order = DesignationOrderInput::parse(order_by);
        let request = page_request(first, after, last, before, parse_designation_cursor(order.0))?;
        let page = app.designations(principal, &filter, order, &request).await.gql()?;
        let cursor = |r: &DesignationRecord| designation_cursor(&DesignationCursor::of(r, order.0));
        Ok(connection(page, DesignationTotal { filter }, cursor, Designation))
    }
}

#[derive(Default)]
pub struct SupervisionMutation;

#[Object]
impl SupervisionMutation {
    /// Designates the unified testing institution of an industry for a province or a region
    /// inside it (provincial or national officers). Overlapping periods for the same industry and
    /// region are refused.
    async fn designate_institution(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The industry, institution, region and period of the designation.")]
        input: DesignateInstitutionInput,
    ) -> async_graphql::Result<DesignationPayload> {
        let institution_id =
            parse_numeric_id(&input.institution_id, NodeType::Institution, "input.institutionId")?;
        let command = DesignateInstitution {
            industry: input.industry,
            institution_id,
            region_code: input.region_code,
            valid_from: input.valid_from,
            valid_until: input.valid_until,
        };
        let (app, principal) = caller(ctx)?;
        let record = app.designate_institution(principal, command).await.gql_input("input")?;
        Ok(DesignationPayload { designation: Designation(record) })
    }

    /// Opens a testing task (抽样): the sample goes to the institution designated for the
    /// license's industry, the enterprise's region and the sampling date.
    async fn open_testing_task(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The sample (抽样): license, variant, batch, portions and test scope.")]
        input: OpenTestingTaskInput,
    ) -> async_graphql::Result<TestingTaskPayload> {
        let (app, principal) = caller(ctx)?;
        let command = OpenTestingTask {
            license_number: input.license_number,
            variant: input.variant,
            batch: input.batch,
            declared: input.declared.into_iter().map(|d| (d.item, d.value)).collect(),
            declared_standards: input.declared_standards,
            sampling_date: input.sampling_date.unwrap_or_else(|| app.today()),
            test_portion: input.test_portion,
            backup_portion: input.backup_portion,
            test_scope: input.test_scope,
        };
        let record = app.open_testing_task(principal, command).await.gql_input("input")?;
        Ok(TestingTaskPayload { task: TestingTask(record) })
    }

    /// Submits results for one or many tasks (testing institutions). One transaction: any bad
    /// item refuses the whole submission, every bad item listed in `extensions.fieldErrors`.
    async fn submit_test_results(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The results of one or many tasks, with the submission's idempotency key.")]
        input: SubmitTestResultsInput,
    ) -> async_graphql::Result<SubmitTestResultsPayload> {
        let mut submissions = Vec::with_capacity(input.submissions.len());
        for (index, task) in input.submissions.into_iter().enumerate() {
            let task_id = parse_numeric_id(&task.task_id, NodeType::TestingTask, "input.submissions")
                .map_err(|e| e.with_field(format!("input.submissions[{index}].taskId")))?;
            let results = task
                .results
                .into_iter()
                .map(|r| {
                    let conditions: BTreeMap<String, String> =
                        r.conditions.into_iter().map(|c| (c.name, c.value)).collect();
                    (r.item, MeasuredResult { value: r.value, unit: r.unit, conditions })
                })
                .collect();
            let not_tested = task.not_tested.into_iter().map(|n| (n.item, n.reason)).collect();
            submissions.push(TaskResults { task_id, results, not_tested });
        }
        let command = SubmitTestResults { idempotency_key: input.idempotency_key, submissions };
        let (app, principal) = caller(ctx)?;
        let outcome = app.submit_test_results(principal, command).await.gql_input("input")?;
        Ok(SubmitTestResultsPayload {
            submission_id: global_id(NodeType::ResultSubmission, outcome.submission_id),
            replayed: outcome.replayed,
            outcomes: outcome.tasks.into_iter().map(TaskOutcomeGql).collect(),
        })
    }
}
