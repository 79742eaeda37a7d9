//! Responsibility (§四, docs/adr/0035): supervision orders down the tiers (`order`) and requests
//! up them (`request`). Both are read as linkage notices are: by the regions of their two
//! authorities (`NoticeScope`: sent from or to an authority seated inside the caller's
//! jurisdiction).

pub mod agreement;
pub mod assignment;
pub mod order;
pub mod record;
pub mod request;

use sea_orm::sea_query::IntoColumnRef;
use sea_orm::{ColumnTrait, Condition};

pub use crate::linkage::notice::NoticeScope as TierScope;

/// `scope` as a condition on a table's two region columns.
pub(crate) fn in_scope<C: ColumnTrait + IntoColumnRef + Copy>(
    scope: &TierScope,
    upper: C,
    lower: C,
    id: C,
) -> Condition {
    match scope {
        TierScope::Everything => Condition::all(),
        TierScope::Within(region) => {
            let (low, high) = region.range();
            Condition::any().add(upper.between(low.clone(), high.clone())).add(lower.between(low, high))
        }
        // An id never stored: the statement stays one shape.
        TierScope::Nothing => Condition::all().add(id.eq(-1)),
    }
}
