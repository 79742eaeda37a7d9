//! The steps between a verdict and its finality in GraphQL: the authority's delivery of a
//! verdict (送达), the enterprise's acknowledgment of an electronic one, the authority's decision
//! on an objection (受理 or refusal, with the retest institution), and the conclusion of a
//! re-check whose failing verdict became final when its window closed.

use async_graphql::{Context, ID, InputObject, Object};
use chrono::NaiveDate;
use oversight_app::DecideObjection;

use crate::enums::{DeliveryMethodGql, ObjectionOutcomeGql};
use crate::error::{ResultExt, caller};
use crate::ids::{NodeType, parse_numeric_id};
use crate::testing::rectification::{Rectification, RectificationPayload};
use crate::testing::supervision::{TestingTask, TestingTaskPayload};

/// The delivery of a task's first verdict to the enterprise (送达).
#[derive(InputObject)]
pub struct DeliverVerdictInput {
    /// The testing task whose first verdict is delivered.
    pub task_id: ID,
    /// How it was delivered (送达方式).
    pub method: DeliveryMethodGql,
    /// The day it was handed over, the postal receipt signed, or the electronic message sent:
    /// not before the verdict date, not after today. Today when left out.
    pub served_on: Option<NaiveDate>,
}

/// The enterprise's acknowledgment of an electronic delivery.
#[derive(InputObject)]
pub struct AcknowledgeVerdictDeliveryInput {
    /// The testing task whose verdict was delivered electronically.
    pub task_id: ID,
}

/// The authority's decision on an objection.
#[derive(InputObject)]
pub struct DecideObjectionInput {
    /// The testing task whose objection (异议) is decided.
    pub task_id: ID,
    /// Accept (受理) or refuse.
    pub outcome: ObjectionOutcomeGql,
    /// The authority's reasons, shown to the enterprise.
    pub reason: String,
    /// On acceptance (受理): the institution that retests the objected items — not the first
    /// institution, active and accredited for the industry today. Left out on refusal.
    pub retest_institution_id: Option<ID>,
}

/// The re-check task whose final verdict concludes its rectification.
#[derive(InputObject)]
pub struct ConcludeRecheckInput {
    /// The re-check task (复查).
    pub task_id: ID,
}

#[derive(Default)]
pub struct ObjectionMutation;

#[Object]
impl ObjectionMutation {
    /// Delivers a task's first verdict to the enterprise (送达; supervising officers within
    /// their jurisdiction). The objection window (fifteen days, ending on a working day) runs
    /// from the delivery date; before delivery a failing verdict can be neither objected to nor
    /// acted on. A passing verdict may be delivered too; it is final without.
    async fn deliver_verdict(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The task, how and when the verdict was served (送达).")] input: DeliverVerdictInput,
    ) -> async_graphql::Result<TestingTaskPayload> {
        let task_id = parse_numeric_id(&input.task_id, NodeType::TestingTask, "input.taskId")?;
        let (app, principal) = caller(ctx)?;
        let record = app
            .deliver_verdict(principal, task_id, input.method.into(), input.served_on)
            .await
            .gql_input("input")?;
        Ok(TestingTaskPayload { task: TestingTask(record) })
    }

    /// The enterprise acknowledges an electronic delivery: the verdict counts as delivered
    /// today (unless the deemed day, seven days after sending, came first), and the objection
    /// deadline follows.
    async fn acknowledge_verdict_delivery(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The task whose electronic delivery is acknowledged.")]
        input: AcknowledgeVerdictDeliveryInput,
    ) -> async_graphql::Result<TestingTaskPayload> {
        let task_id = parse_numeric_id(&input.task_id, NodeType::TestingTask, "input.taskId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.acknowledge_verdict_delivery(principal, task_id).await.gql_input("input")?;
        Ok(TestingTaskPayload { task: TestingTask(record) })
    }

    /// Accepts (受理) or refuses an objection, with reasons (supervising officers within their
    /// jurisdiction), due within five working days of its lodging; a later decision is taken and
    /// marked overdue. Accepting assigns the retest of the objected items to another
    /// institution; refusing makes the first verdict final.
    async fn decide_objection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The task, the decision on its objection (异议) and the reasons.")]
        input: DecideObjectionInput,
    ) -> async_graphql::Result<TestingTaskPayload> {
        let task_id = parse_numeric_id(&input.task_id, NodeType::TestingTask, "input.taskId")?;
        let retest_institution_id = input
            .retest_institution_id
            .as_ref()
            .map(|id| parse_numeric_id(id, NodeType::Institution, "input.retestInstitutionId"))
            .transpose()?;
        let (app, principal) = caller(ctx)?;
        let decision = DecideObjection {
            task_id,
            outcome: input.outcome.into(),
            reason: input.reason,
            retest_institution_id,
        };
        let record = app.decide_objection(principal, decision).await.gql_input("input")?;
        Ok(TestingTaskPayload { task: TestingTask(record) })
    }

    /// Concludes the rectification of a re-check task (复查) whose failing verdict became final
    /// when its objection window closed unobjected: the rectification is referred and the
    /// revocation proposal raised (officers). Passing re-checks, refused objections and retests
    /// conclude by themselves; this is refused while the verdict is not final.
    async fn conclude_recheck(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The re-check task (复查).")] input: ConcludeRecheckInput,
    ) -> async_graphql::Result<RectificationPayload> {
        let task_id = parse_numeric_id(&input.task_id, NodeType::TestingTask, "input.taskId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.conclude_recheck_task(principal, task_id).await.gql_input("input")?;
        Ok(RectificationPayload { rectification: Rectification(record) })
    }
}
