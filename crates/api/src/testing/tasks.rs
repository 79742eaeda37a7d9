//! The supervising authority's corrections of an open testing task in GraphQL: cancel it (撤销)
//! or give it to another institution (改派), each with a reason (ADR 0009 decision 19).

use async_graphql::{Context, ID, InputObject, Object};

use crate::error::{ResultExt, caller};
use crate::ids::{NodeType, parse_numeric_id};
use crate::testing::supervision::{TestingTask, TestingTaskPayload};

/// The cancellation of an open testing task.
#[derive(InputObject)]
pub struct CancelTestingTaskInput {
    /// The task; it must have no results yet (status OPEN).
    pub task_id: ID,
    /// Why the task is cancelled, 2 to 500 characters; archived and audited.
    pub reason: String,
}

/// The reassignment of an open testing task to another institution.
#[derive(InputObject)]
pub struct ReassignTestingTaskInput {
    /// The task; it must have no results yet (status OPEN).
    pub task_id: ID,
    /// The institution that tests it from now on: not the current one, active, and accredited
    /// for the task's industry today.
    pub institution_id: ID,
    /// Why the task moves, 2 to 500 characters; archived and audited.
    pub reason: String,
}

#[derive(Default)]
pub struct TaskChangeMutation;

#[Object]
impl TaskChangeMutation {
    /// Cancels an open testing task (撤销, supervising officers within their jurisdiction): it
    /// leaves the institution's queue, takes no results (TASK_CANCELLED), and is no sample for
    /// the testing schedule. Refused once results are in (TASK_NOT_OPEN).
    async fn cancel_testing_task(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The task and why it is cancelled.")] input: CancelTestingTaskInput,
    ) -> async_graphql::Result<TestingTaskPayload> {
        let task_id = parse_numeric_id(&input.task_id, NodeType::TestingTask, "input.taskId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.cancel_testing_task(principal, task_id, &input.reason).await.gql_input("input")?;
        Ok(TestingTaskPayload { task: TestingTask(record) })
    }

    /// Gives an open testing task to another institution (改派, supervising officers within
    /// their jurisdiction): the former institution can no longer see or submit it, the new one
    /// hears of it on `taskAssigned`. Refused once results are in (TASK_NOT_OPEN).
    async fn reassign_testing_task(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The task, its new institution and why.")] input: ReassignTestingTaskInput,
    ) -> async_graphql::Result<TestingTaskPayload> {
        let task_id = parse_numeric_id(&input.task_id, NodeType::TestingTask, "input.taskId")?;
        let institution_id =
            parse_numeric_id(&input.institution_id, NodeType::Institution, "input.institutionId")?;
        let (app, principal) = caller(ctx)?;
        let record = app
            .reassign_testing_task(principal, task_id, institution_id, &input.reason)
            .await
            .gql_input("input")?;
        Ok(TestingTaskPayload { task: TestingTask(record) })
    }
}
