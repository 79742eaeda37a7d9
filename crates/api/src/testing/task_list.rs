//! `testingTasks` filters and orders (issue 12 item 6): the officer's and the laboratory's
//! queues — by industry, institution, enterprise, sampling dates, the current verdict's
//! conclusion and seriousness, and objection deadlines coming due — sorted by opening order or
//! sampling date with cursors that stay stable under the order.

use async_graphql::{Context, ID, InputObject, Object};
use chrono::NaiveDate;
use oversight_app::{Code, TaskFilter, TaskOrder};
use oversight_domain::ErrorCode;
use oversight_domain::industry::IndustryCatalogue;

use crate::enums::{ConclusionGql, OrderDirection, TaskOrderFieldGql, TaskStatusGql};
use crate::error::{ApiError, ResultExt, caller};
use crate::ids::{NodeType, parse_numeric_id};
use crate::registry::filter;

/// The longest look-ahead for objection deadlines, in days: a year.
const MAX_DEADLINE_DAYS: i32 = 366;

/// Filters for `testingTasks`; all given filters must hold.
#[derive(InputObject, Default)]
pub struct TestingTaskFilterInput {
    /// Industry code (e.g. "wire-cable").
    pub industry: Option<String>,
    /// Only tasks assigned to this testing institution (承检机构).
    pub institution_id: Option<ID>,
    /// Only tasks of this enterprise.
    pub enterprise_id: Option<ID>,
    /// Sampled (抽样) on or after this day.
    pub sampled_from: Option<NaiveDate>,
    /// Sampled on or before this day.
    pub sampled_to: Option<NaiveDate>,
    /// The current verdict (the retest's once there is one) has this conclusion.
    pub conclusion: Option<ConclusionGql>,
    /// The current verdict is serious (an A-class item failed), or not.
    pub serious: Option<bool>,
    /// The objection window (异议期) of the delivered verdict ends within this many days from
    /// today, today included (0–366): the verdicts to watch for objections.
    pub objection_deadline_within_days: Option<i32>,
}

impl TestingTaskFilterInput {
    /// The storage filter; `status` is the list's own argument.
    pub fn parse(
        self,
        catalogue: &IndustryCatalogue,
        status: Option<TaskStatusGql>,
        today: NaiveDate,
    ) -> Result<TaskFilter, ApiError> {
        filter::day_range(self.sampled_from, self.sampled_to, ("sampledFrom", "sampledTo"))?;
        let objection_deadline_between = match self.objection_deadline_within_days {
            None => None,
            Some(days @ 0..=MAX_DEADLINE_DAYS) => {
                Some((today, today + chrono::Duration::days(i64::from(days))))
            }
            Some(days) => {
                let message =
                    format!("objectionDeadlineWithinDays {days} is not within 0–{MAX_DEADLINE_DAYS}");
                return Err(ApiError::new(Code::Domain(ErrorCode::InvalidDateRange), message)
                    .with_field("filter.objectionDeadlineWithinDays"));
            }
        };
        Ok(TaskFilter {
            status: status.map(Into::into),
            industry: filter::industry_code(catalogue, self.industry, "industry")?,
            institution_id: self
                .institution_id
                .map(|id| parse_numeric_id(&id, NodeType::Institution, "filter.institutionId"))
                .transpose()?,
            enterprise_id: self
                .enterprise_id
                .map(|id| parse_numeric_id(&id, NodeType::Enterprise, "filter.enterpriseId"))
                .transpose()?,
            license_id: None,
            sampled_from: self.sampled_from,
            sampled_to: self.sampled_to,
            conclusion: self.conclusion.map(Into::into),
            serious: self.serious,
            objection_deadline_between,
        })
    }
}

/// How `testingTasks` is sorted.
#[derive(InputObject)]
pub struct TestingTaskOrderInput {
    /// The field sorted by.
    pub field: TaskOrderFieldGql,
    /// Ascending (default) or descending.
    #[graphql(default)]
    pub direction: OrderDirection,
}

impl TestingTaskOrderInput {
    /// The storage order: the field and whether it runs descending (default: opening order).
    pub fn parse(order: Option<TestingTaskOrderInput>) -> (TaskOrder, bool) {
        order.map_or((TaskOrder::Id, false), |o| (o.field.into(), o.direction == OrderDirection::Desc))
    }
}

/// The number of tasks a `testingTasks` query matches, computed only when asked for.
pub struct TaskTotal {
    pub filter: TaskFilter,
}

/// The connection-level fields of `testingTasks`.
#[Object]
impl TaskTotal {
    /// How many testing tasks match (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        if let Some(license) = self.filter.license_id {
            // A license's count goes through a loader: a page of licenses costs one statement.
            let filter = TaskFilter { license_id: None, ..self.filter.clone() };
            let loaders = ctx.data::<crate::loaders::Loaders>()?;
            return Ok(loaders.task_counts.load_one((license, filter)).await?.unwrap_or(0));
        }
        let (app, principal) = caller(ctx)?;
        app.count_testing_tasks(principal, &self.filter).await.gql()
    }
}
