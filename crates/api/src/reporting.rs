//! `dashboard` (看板): grouped counts for the officers' and auditors' start screens, over the
//! caller's jurisdiction. Each figure is one aggregate statement, run only when the query asks for
//! it, so one request can fill a whole screen.

use async_graphql::{Context, Object, SimpleObject};
use chrono::NaiveDate;
use oversight_app::{Dashboard as DashboardScope, IndustryVerdicts};
use oversight_app::{LicenseCount, RegionCount, TaskCount};
use oversight_domain::reporting::{ConclusionCounts, region_of_prefix};

use crate::enums::{LicenseStatusGql, TaskStatusGql};
use crate::error::{ResultExt, caller};
use crate::registry::region::{Region, RegionLevelGql};

#[derive(Default)]
pub struct ReportingQuery;

#[Object]
impl ReportingQuery {
    /// Figures for a dashboard (看板) over the caller's jurisdiction — licenses, testing tasks,
    /// verdicts with pass rates, overdue rectifications — each computed only when asked for.
    /// For officers and auditors.
    async fn dashboard(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "The level regional figures are grouped at (province, city or county of the enterprise).",
            default_with = "RegionLevelGql::Province"
        )]
        region_level: RegionLevelGql,
    ) -> async_graphql::Result<Dashboard> {
        let (app, principal) = caller(ctx)?;
        Ok(Dashboard(app.dashboard(principal, region_level.into()).gql()?))
    }
}

pub struct Dashboard(DashboardScope);

/// A dashboard (看板): grouped counts over the caller's jurisdiction.
#[Object]
impl Dashboard {
    /// The level regional figures are grouped at.
    async fn region_level(&self) -> RegionLevelGql {
        self.0.level().into()
    }

    /// Licenses (生产许可证) by region, industry and status as of today (a license past its last
    /// valid day counts as EXPIRED, recorded so or not).
    async fn licenses(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<LicenseFigure>> {
        let (app, _) = caller(ctx)?;
        Ok(app.dashboard_licenses(&self.0).await.gql()?.into_iter().map(LicenseFigure::from).collect())
    }

    /// Testing tasks (检验任务) by industry and status.
    async fn testing_tasks(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<TaskFigure>> {
        let (app, _) = caller(ctx)?;
        Ok(app.dashboard_tasks(&self.0).await.gql()?.into_iter().map(TaskFigure::from).collect())
    }

    /// Periodic samples (re-checks left out) taken in a period, per industry, by the conclusion
    /// of their current verdict, with the pass rate (抽查合格率).
    async fn verdicts(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "First sampling day counted; default 1 January of the current year.")] from: Option<
            NaiveDate,
        >,
        #[graphql(desc = "Last sampling day counted; default today.")] to: Option<NaiveDate>,
    ) -> async_graphql::Result<VerdictFigures> {
        let (app, _) = caller(ctx)?;
        let (period, industries) = app.dashboard_verdicts(&self.0, from, to).await.gql_input("to")?;
        let mut all = ConclusionCounts::default();
        for industry in &industries {
            all += industry.counts;
        }
        Ok(VerdictFigures {
            from: period.from,
            to: period.to,
            all: VerdictCounts::of(all),
            industries: industries.into_iter().map(IndustryVerdictFigure::from).collect(),
        })
    }

    /// Rectifications (整改) still running past their deadline, by region.
    async fn overdue_rectifications(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<RegionFigure>> {
        let (app, _) = caller(ctx)?;
        Ok(app
            .dashboard_overdue_rectifications(&self.0)
            .await
            .gql()?
            .into_iter()
            .map(RegionFigure::from)
            .collect())
    }
}

/// The region a counted code prefix names, at the dashboard's level.
struct Grouped {
    code: String,
    region: Option<Region>,
}

fn grouped(prefix: &str) -> Grouped {
    Grouped { code: format!("{prefix:0<6}"), region: region_of_prefix(prefix).map(Region) }
}

/// Licenses of one region, industry and status.
#[derive(SimpleObject)]
pub struct LicenseFigure {
    /// The region's six-digit GB/T 2260 code at the dashboard's level.
    region_code: String,
    /// The region, when the code is a division of the table.
    region: Option<Region>,
    /// Industry code (行业).
    industry: String,
    /// Status as of today.
    status: LicenseStatusGql,
    /// How many licenses.
    count: u64,
}

impl From<LicenseCount> for LicenseFigure {
    fn from(row: LicenseCount) -> Self {
        let Grouped { code, region } = grouped(&row.region_prefix);
        LicenseFigure {
            region_code: code,
            region,
            industry: row.industry,
            status: row.status.into(),
            count: row.count,
        }
    }
}

/// Testing tasks of one industry in one status.
#[derive(SimpleObject)]
pub struct TaskFigure {
    /// Industry code (行业).
    industry: String,
    /// Where the tasks stand.
    status: TaskStatusGql,
    /// How many tasks.
    count: u64,
}

impl From<TaskCount> for TaskFigure {
    fn from(row: TaskCount) -> Self {
        TaskFigure { industry: row.industry, status: row.status.into(), count: row.count }
    }
}

/// Samples by conclusion, with the pass rate.
#[derive(SimpleObject)]
pub struct VerdictCounts {
    /// 所检项目未发现不合格: no nonconformity found.
    no_nonconformity_found: u64,
    /// 不合格: nonconforming.
    nonconforming: u64,
    /// 无法判定: not judgeable — counted neither as passed nor as failed.
    not_judgeable: u64,
    /// Samples judged either way (the pass rate's denominator).
    judged: u64,
    /// Pass rate (合格率) in percent: no nonconformity found over judged, one decimal rounded by
    /// GB/T 8170 (e.g. "66.7"); null when nothing was judged.
    pass_rate: Option<String>,
}

impl VerdictCounts {
    fn of(counts: ConclusionCounts) -> VerdictCounts {
        VerdictCounts {
            no_nonconformity_found: counts.no_nonconformity_found,
            nonconforming: counts.nonconforming,
            not_judgeable: counts.not_judgeable,
            judged: counts.judged(),
            pass_rate: counts.pass_rate_percent().map(|rate| rate.to_string()),
        }
    }
}

/// One industry's samples by conclusion.
#[derive(SimpleObject)]
pub struct IndustryVerdictFigure {
    /// Industry code (行业).
    industry: String,
    /// Its samples by conclusion.
    counts: VerdictCounts,
}

impl From<IndustryVerdicts> for IndustryVerdictFigure {
    fn from(row: IndustryVerdicts) -> Self {
        IndustryVerdictFigure { industry: row.industry, counts: VerdictCounts::of(row.counts) }
    }
}

/// Periodic samples of a period by conclusion.
#[derive(SimpleObject)]
pub struct VerdictFigures {
    /// First sampling day counted.
    from: NaiveDate,
    /// Last sampling day counted.
    to: NaiveDate,
    /// Every industry together.
    all: VerdictCounts,
    /// Per industry.
    industries: Vec<IndustryVerdictFigure>,
}

/// A count for one region.
#[derive(SimpleObject)]
pub struct RegionFigure {
    /// The region's six-digit GB/T 2260 code at the dashboard's level.
    region_code: String,
    /// The region, when the code is a division of the table.
    region: Option<Region>,
    /// How many.
    count: u64,
}

impl From<RegionCount> for RegionFigure {
    fn from(row: RegionCount) -> Self {
        let Grouped { code, region } = grouped(&row.region_prefix);
        RegionFigure { region_code: code, region, count: row.count }
    }
}
