//! Testing tasks by the plugin version fixed on them at sampling: how many may still be judged
//! (so that version must stay served — issue 11 item 3, docs/adr/0017), in one grouped statement.

use chrono::NaiveDate;
use oversight_domain::TaskId;
use oversight_domain::testing::judgment::Conclusion;
use oversight_domain::testing::supervision::TaskStatus;
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::entity::{test_verdict, testing_task};
use crate::{Executor, Result};

/// The tasks of one plugin version that may still be judged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PinnedVersionLoad {
    pub plugin_id: String,
    pub plugin_version: String,
    pub open_tasks: u64,
}

/// `TaskStatus::may_still_be_judged` in SQL: a status awaiting results or a decision, or a first
/// verdict that failed and whose objection window is still open (or not yet started).
fn still_judgeable(today: NaiveDate) -> Condition {
    let failing_first_verdicts = Query::select()
        .column(test_verdict::Column::TaskId)
        .from(test_verdict::Entity)
        .and_where(test_verdict::Column::Conclusion.eq(Conclusion::Nonconforming.as_str()))
        .and_where(test_verdict::Column::Retest.eq(false))
        .to_owned();
    let awaiting = TaskStatus::AWAITING_JUDGMENT.map(|status| status.as_str());
    Condition::any().add(testing_task::Column::Status.is_in(awaiting)).add(
        Condition::all()
            .add(testing_task::Column::Status.eq(TaskStatus::Judged.as_str()))
            .add(
                Condition::any()
                    .add(testing_task::Column::ObjectionDeadline.is_null())
                    .add(testing_task::Column::ObjectionDeadline.gte(today)),
            )
            .add(testing_task::Column::Id.in_subquery(failing_first_verdicts)),
    )
}

/// Per plugin and version, the tasks that may still be judged on `today`; versions without any
/// are left out.
pub async fn open_tasks_by_version(x: &impl Executor, today: NaiveDate) -> Result<Vec<PinnedVersionLoad>> {
    let rows: Vec<(String, String, i64)> = testing_task::Entity::find()
        .select_only()
        .column(testing_task::Column::PluginId)
        .column(testing_task::Column::PluginVersion)
        .column_as(testing_task::Column::Id.count(), "n")
        .filter(still_judgeable(today))
        .group_by(testing_task::Column::PluginId)
        .group_by(testing_task::Column::PluginVersion)
        .order_by_asc(testing_task::Column::PluginId)
        .order_by_asc(testing_task::Column::PluginVersion)
        .into_tuple()
        .all(&x.executor())
        .await?;
    Ok(rows
        .into_iter()
        .map(|(plugin_id, plugin_version, n)| PinnedVersionLoad {
            plugin_id,
            plugin_version,
            open_tasks: u64::try_from(n).unwrap_or(0),
        })
        .collect())
}

/// The first `limit` tasks of one plugin version that may still be judged, to name them.
pub async fn open_task_ids(
    x: &impl Executor,
    plugin_id: &str,
    plugin_version: &str,
    today: NaiveDate,
    limit: u64,
) -> Result<Vec<TaskId>> {
    let ids: Vec<i64> = testing_task::Entity::find()
        .select_only()
        .column(testing_task::Column::Id)
        .filter(testing_task::Column::PluginId.eq(plugin_id))
        .filter(testing_task::Column::PluginVersion.eq(plugin_version))
        .filter(still_judgeable(today))
        .order_by_asc(testing_task::Column::Id)
        .limit(limit)
        .into_tuple()
        .all(&x.executor())
        .await?;
    Ok(ids.into_iter().map(TaskId::new).collect())
}
