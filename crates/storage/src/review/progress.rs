//! The province's progress figures of a review year: one grouped statement over the caller's
//! scope — reviews by region (at the level asked), industry and status, overdue counted apart.

use chrono::NaiveDate;
use oversight_domain::ReviewYearId;
use oversight_domain::access::Scope;
use oversight_domain::review::annual::ReviewStatus;
use sea_orm::{ConnectionTrait, Statement};

use crate::sql::{Binds, enterprise_in_scope};
use crate::{Executor, Result, StorageError};

/// Reviews of one region, industry and status, and how many of them are overdue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressCount {
    pub region_prefix: String,
    pub industry: String,
    pub status: ReviewStatus,
    pub count: u64,
    /// Of `count`, the reviews overdue on the day asked (`AnnualReview::overdue_on`).
    pub overdue: u64,
}

/// The year's reviews inside `scope`, grouped by the first `digits` of the enterprise's region,
/// the industry and the status.
pub async fn progress(
    x: &impl Executor,
    scope: &Scope,
    year_id: ReviewYearId,
    digits: usize,
    today: NaiveDate,
) -> Result<Vec<ProgressCount>> {
    let mut binds = Binds::new(x.executor().get_database_backend());
    let within = enterprise_in_scope(&mut binds, scope, "e");
    let pending = binds.push(ReviewStatus::Pending.as_str());
    let today = binds.push(today);
    let year = binds.push(year_id.get());
    let sql = format!(
        "SELECT SUBSTR(e.region_code, 1, {digits}) AS region, r.industry AS industry, r.status AS status, \
         COUNT(*) AS n, SUM(CASE WHEN r.status = {pending} AND r.first_submitted_on IS NULL \
         AND r.submission_deadline < {today} THEN 1 ELSE 0 END) AS overdue \
         FROM annual_review r JOIN enterprise e ON e.id = r.enterprise_id \
         WHERE r.year_id = {year} AND {within} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
    );
    let statement = Statement::from_sql_and_values(binds.backend, sql, binds.values);
    let rows = x.executor().query_all_raw(statement).await?;
    rows.iter()
        .map(|row| {
            let status: String = row.try_get("", "status")?;
            let n: i64 = row.try_get("", "n")?;
            let overdue: i64 = row.try_get("", "overdue")?;
            Ok(ProgressCount {
                region_prefix: row.try_get("", "region")?,
                industry: row.try_get("", "industry")?,
                status: ReviewStatus::parse(&status)
                    .ok_or_else(|| StorageError::corrupt("annual_review", format!("status {status}")))?,
                count: u64::try_from(n).unwrap_or(0),
                overdue: u64::try_from(overdue).unwrap_or(0),
            })
        })
        .collect()
}
