//! Persisting a transition of an aggregate: one compare-and-set statement,
//! `UPDATE … SET … WHERE id = ? AND status = ?`, so of two requests racing on one record only the
//! first moves it; the other learns it from `false` and writes nothing else.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, UpdateMany};

use crate::{Executor, Result, Tx};

/// Runs `update` on the row `id` only while its status is still `from`; true when it moved.
pub(crate) async fn compare_and_set<E: EntityTrait>(
    tx: &Tx,
    update: UpdateMany<E>,
    (id_column, id): (E::Column, i64),
    (status_column, from): (E::Column, &str),
) -> Result<bool> {
    let result = update.filter(id_column.eq(id)).filter(status_column.eq(from)).exec(&tx.executor()).await?;
    Ok(result.rows_affected == 1)
}
