//! The testing-task list (`testingTasks`): the officers' and laboratories' queues with their
//! filters — status, industry, institution, enterprise, sampling dates, the current verdict's
//! conclusion and seriousness, objection deadlines coming due — and orders, each a unique key so
//! keyset cursors stay stable (ties broken by id). Filter and scope are one statement.

use chrono::NaiveDate;
use oversight_domain::testing::judgment::Conclusion;
use oversight_domain::testing::supervision::TaskStatus;
use oversight_domain::{EnterpriseId, InstitutionId, LicenseId, TaskId};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter};

use super::supervision::TestingTaskRecord;
use super::supervision::{task_in_scope, to_task};
use crate::entity::{test_verdict, testing_task};
use crate::page::{self, SortKey};
use crate::{Executor, Page, PageRequest, Result, TaskScope};

/// Which tasks a list shows; every field narrows it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct TaskFilter {
    pub status: Option<TaskStatus>,
    pub industry: Option<String>,
    pub institution_id: Option<InstitutionId>,
    pub enterprise_id: Option<EnterpriseId>,
    /// The sampled license (`License.testingTasks`).
    pub license_id: Option<LicenseId>,
    /// Sampled on or after this day …
    pub sampled_from: Option<NaiveDate>,
    /// … and on or before this one.
    pub sampled_to: Option<NaiveDate>,
    /// The current verdict (the retest's, once there is one) has this conclusion.
    pub conclusion: Option<Conclusion>,
    /// The current verdict is serious (an A-class item failed), or not.
    pub serious: Option<bool>,
    /// The objection window (异议期) ends within these days, both included: verdicts an officer
    /// must watch for objections.
    pub objection_deadline_between: Option<(NaiveDate, NaiveDate)>,
}

/// The orders of the task list; each is a unique key (ties broken by id).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TaskOrder {
    /// Opening order.
    Id,
    /// Sampling date.
    SamplingDate,
}

/// A position in the task list: the key of the order it was read in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TaskCursor {
    Id(TaskId),
    SamplingDate(NaiveDate, TaskId),
}

impl TaskCursor {
    /// The cursor of `record` in `order`.
    pub fn of(record: &TestingTaskRecord, order: TaskOrder) -> TaskCursor {
        match order {
            TaskOrder::Id => TaskCursor::Id(record.id),
            TaskOrder::SamplingDate => TaskCursor::SamplingDate(record.sampling.sampling_date, record.id),
        }
    }
}

impl page::Cursor<1> for TaskCursor {
    fn values(&self) -> [sea_orm::Value; 1] {
        match self {
            TaskCursor::Id(id) | TaskCursor::SamplingDate(_, id) => [id.get().into()],
        }
    }
}

impl page::Cursor<2> for TaskCursor {
    fn values(&self) -> [sea_orm::Value; 2] {
        match self {
            TaskCursor::Id(id) => [id.get().into(), id.get().into()],
            TaskCursor::SamplingDate(day, id) => [(*day).into(), id.get().into()],
        }
    }
}

/// The tasks whose current verdict — the newest stored for the task — has `column` = `value`;
/// one probe of `ix_test_verdict_task` per candidate.
fn current_verdict(column: test_verdict::Column, value: sea_orm::Value) -> Condition {
    let newer = Query::select()
        .expr(Expr::val(1))
        .from_as(test_verdict::Entity, Newer)
        .and_where(
            Expr::col((Newer, test_verdict::Column::TaskId))
                .equals((test_verdict::Entity, test_verdict::Column::TaskId)),
        )
        .and_where(
            Expr::col((Newer, test_verdict::Column::Id))
                .gt(Expr::col((test_verdict::Entity, test_verdict::Column::Id))),
        )
        .to_owned();
    let current = Query::select()
        .column((test_verdict::Entity, test_verdict::Column::TaskId))
        .from(test_verdict::Entity)
        .and_where(Expr::col((test_verdict::Entity, column)).eq(value))
        .and_where(Expr::exists(newer).not())
        .to_owned();
    Condition::all().add(testing_task::Column::Id.in_subquery(current))
}

/// The alias of the verdict compared with the current one.
#[derive(Clone, Copy)]
struct Newer;

impl sea_orm::sea_query::Iden for Newer {
    fn unquoted(&self) -> &str {
        "newer"
    }
}

impl TaskFilter {
    fn condition(&self, scope: &TaskScope) -> Condition {
        use testing_task::Column;
        let mut condition = Condition::all().add(task_in_scope(scope));
        condition = match (self.status, scope) {
            (Some(status), _) => condition.add(Column::Status.eq(status.as_str())),
            // An institution's queue without a status leaves out cancelled tasks: they are no
            // longer its work (ADR 0009 decision 19); it still finds them by asking for CANCELLED.
            (None, TaskScope::AssignedTo(_)) => {
                condition.add(Column::Status.ne(TaskStatus::Cancelled.as_str()))
            }
            (None, TaskScope::Registry(_)) => condition,
        };
        if let Some(industry) = &self.industry {
            condition = condition.add(Column::IndustryCode.eq(industry.clone()));
        }
        if let Some(id) = self.institution_id {
            condition = condition.add(Column::InstitutionId.eq(id.get()));
        }
        if let Some(id) = self.enterprise_id {
            condition = condition.add(Column::EnterpriseId.eq(id.get()));
        }
        if let Some(id) = self.license_id {
            condition = condition.add(Column::LicenseId.eq(id.get()));
        }
        if let Some(from) = self.sampled_from {
            condition = condition.add(Column::SamplingDate.gte(from));
        }
        if let Some(to) = self.sampled_to {
            condition = condition.add(Column::SamplingDate.lte(to));
        }
        if let Some((from, to)) = self.objection_deadline_between {
            condition = condition.add(Column::ObjectionDeadline.between(from, to));
        }
        if let Some(conclusion) = self.conclusion {
            condition =
                condition.add(current_verdict(test_verdict::Column::Conclusion, conclusion.as_str().into()));
        }
        if let Some(serious) = self.serious {
            condition = condition.add(current_verdict(test_verdict::Column::Serious, serious.into()));
        }
        condition
    }
}

/// One page of the tasks inside `scope` matching `filter`, in `order` (descending when asked).
pub async fn page(
    x: &impl Executor,
    scope: &TaskScope,
    filter: &TaskFilter,
    (order, descending): (TaskOrder, bool),
    request: &PageRequest<TaskCursor>,
) -> Result<Page<TestingTaskRecord>> {
    use testing_task::Column;
    let query = testing_task::Entity::find().filter(filter.condition(scope));
    if order == TaskOrder::SamplingDate {
        let columns = [Column::SamplingDate, Column::Id];
        let key = if descending { SortKey::descending(columns) } else { SortKey::ascending(columns) };
        return page::keyset(x, query, key, request, to_task).await;
    }
    let key = if descending { SortKey::descending([Column::Id]) } else { SortKey::ascending([Column::Id]) };
    page::keyset(x, query, key, request, to_task).await
}

/// The first `n` tasks of each of `licenses` inside `scope` matching `filter`, in `order`:
/// `License.testingTasks` for a whole page of licenses in one statement.
pub async fn first_of_licenses(
    x: &impl Executor,
    scope: &TaskScope,
    filter: &TaskFilter,
    (order, descending): (TaskOrder, bool),
    (licenses, n): (&[LicenseId], u64),
) -> Result<Vec<TestingTaskRecord>> {
    use testing_task::Column;
    let query = testing_task::Entity::find().filter(filter.condition(scope));
    let parents: Vec<i64> = licenses.iter().map(|id| id.get()).collect();
    let parent = (Column::LicenseId, parents.as_slice());
    match order {
        TaskOrder::SamplingDate => {
            let key = SortKey::directed([Column::SamplingDate, Column::Id], descending);
            page::first_of_each(x, query, parent, key, n, to_task).await
        }
        TaskOrder::Id => {
            let key = SortKey::directed([Column::Id, Column::Id], descending);
            page::first_of_each(x, query, parent, key, n, to_task).await
        }
    }
}

/// How many tasks inside `scope` matching `filter` each of `licenses` has (the `totalCount` of a
/// page of licenses' `testingTasks`, one grouped statement).
pub async fn count_of_licenses(
    x: &impl Executor,
    scope: &TaskScope,
    filter: &TaskFilter,
    licenses: &[LicenseId],
) -> Result<Vec<(LicenseId, u64)>> {
    let query = testing_task::Entity::find().filter(filter.condition(scope));
    let parents: Vec<i64> = licenses.iter().map(|id| id.get()).collect();
    let counts = page::count_of_each(x, query, testing_task::Column::LicenseId, &parents).await?;
    Ok(counts.into_iter().map(|(id, n)| (LicenseId::new(id), n)).collect())
}

/// How many tasks `page` pages through (a connection's `totalCount`).
pub async fn count(x: &impl Executor, scope: &TaskScope, filter: &TaskFilter) -> Result<u64> {
    Ok(testing_task::Entity::find().filter(filter.condition(scope)).count(&x.executor()).await?)
}
