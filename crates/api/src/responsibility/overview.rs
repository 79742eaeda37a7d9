//! The supervision overview (督导 inspection, §四; docs/adr/0042) in GraphQL:
//! `supervisionOverview`, a region's own authority and each authority directly below it with the
//! year's figures, agreement measures, overdue orders, late notices and reports — the national
//! authority's view of the provinces, drilled down by asking again for a province or a city.

use async_graphql::{Context, Enum, Object};
use chrono::NaiveDate;
use oversight_app::{AppError, SupervisionOverview as OverviewRecord, SupervisionOverviewRow as RowRecord};
use oversight_domain::RegionCode;
use oversight_domain::generated_report::Figure;
use oversight_domain::responsibility::agreement::Reading;
use oversight_domain::responsibility::overview::{Concern, Measure};

use super::agreement::{ResponsibilityAgreement, TargetKindGql};
use crate::error::{ResultExt, caller};
use crate::generated_report::{FigureGql, GeneratedReport};
use crate::registry::authority::Authority;
use crate::registry::region::Region;

/// What calls for the inspecting tier's attention in a line of the overview.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "OverviewConcern")]
pub enum ConcernGql {
    /// A target of the signed responsibility agreement (责任状) is not met on the day counted.
    TargetMissed,
    /// A supervision order (督查督办) to the authority or one below it is open past its deadline.
    OrdersOverdue,
    /// A linkage notice (联动通报) the authority received is late on a deadline.
    NoticesLate,
}

impl From<Concern> for ConcernGql {
    fn from(concern: Concern) -> Self {
        match concern {
            Concern::TargetMissed => ConcernGql::TargetMissed,
            Concern::OrdersOverdue => ConcernGql::OrdersOverdue,
            Concern::NoticesLate => ConcernGql::NoticesLate,
        }
    }
}

pub struct SupervisionOverview(OverviewRecord);

/// The supervision overview (督导 inspection, §四) of one region for one year: the authority seated
/// there over its whole jurisdiction, and each authority directly below it — counted from the
/// records on the day, never entered.
#[Object]
impl SupervisionOverview {
    /// The region looked at (the nation: 000000).
    async fn region(&self) -> Region {
        Region(self.0.region)
    }
    /// The calendar year counted.
    async fn year(&self) -> i32 {
        self.0.year
    }
    /// The day counted: today, or the year's last day once it is over.
    async fn counted_on(&self) -> NaiveDate {
        self.0.on
    }
    /// The authority seated at the region, over its whole jurisdiction (the totals); null when
    /// no authority sits there.
    async fn own(&self) -> Option<SupervisionOverviewRow> {
        self.0.own.clone().map(SupervisionOverviewRow)
    }
    /// Each authority seated directly below the region (the provinces under the nation, a
    /// province's cities, a city's counties), in region-code order. Drill down by asking for
    /// its region; a county's enterprises are `enterprises(filter: {regionCode})`.
    async fn rows(&self) -> Vec<SupervisionOverviewRow> {
        self.0.rows.iter().cloned().map(SupervisionOverviewRow).collect()
    }
}

pub struct SupervisionOverviewRow(RowRecord);

/// One authority's line of the supervision overview.
#[Object]
impl SupervisionOverviewRow {
    /// The authority.
    async fn authority(&self) -> Authority {
        Authority(self.0.authority.clone())
    }
    /// Where it sits; ask `supervisionOverview(regionCode:)` with it to drill down.
    async fn region(&self) -> Region {
        Region(self.0.authority.region)
    }
    /// The figures asked for, counted over its jurisdiction and the year so far as a generated
    /// report (生成报告) of those days would count them.
    async fn figures(&self) -> Vec<OverviewFigure> {
        self.0
            .figures
            .iter()
            .map(|(figure, count)| OverviewFigure { figure: *figure, count: *count })
            .collect()
    }
    /// The responsibility-agreement measures (责任状 指标), one per target kind, each judged
    /// against the target of the agreement binding it for the year when there is one; the
    /// enterprises' periodic reports on time only where that agreement sets the target.
    async fn measures(&self) -> Vec<OverviewMeasure> {
        self.0.measures.iter().cloned().map(OverviewMeasure).collect()
    }
    /// The standing (draft or signed) responsibility agreement binding it for the year.
    async fn agreement(&self) -> Option<ResponsibilityAgreement> {
        self.0.agreement.clone().map(ResponsibilityAgreement)
    }
    /// Supervision orders (督查督办) to it or to an authority below it open past their deadline
    /// today.
    async fn overdue_orders(&self) -> u64 {
        self.0.overdue_orders
    }
    /// Linkage notices (联动通报) it received in the year that are late on a deadline on the day
    /// counted.
    async fn late_notices(&self) -> u64 {
        self.0.late_notices
    }
    /// Its generated reports (生成报告) of the year and the year before (whose reports fall due in
    /// the year), with where each stands.
    async fn reports(&self) -> Vec<GeneratedReport> {
        self.0.reports.iter().cloned().map(GeneratedReport).collect()
    }
    /// What calls for attention, in a fixed order; empty when nothing does.
    async fn concerns(&self) -> Vec<ConcernGql> {
        self.0.concerns.iter().copied().map(Into::into).collect()
    }
}

/// One report figure of a line.
pub struct OverviewFigure {
    figure: Figure,
    count: u64,
}

/// A report figure (指标) counted over a line's jurisdiction and year so far.
#[Object]
impl OverviewFigure {
    /// Which figure.
    async fn figure(&self) -> FigureGql {
        self.figure.into()
    }
    /// How many records it counts.
    async fn count(&self) -> u64 {
        self.count
    }
}

pub struct OverviewMeasure(Measure);

/// One responsibility-agreement measure of a line: the live value and, when an agreement binds
/// the authority, its threshold and judgment.
#[Object]
impl OverviewMeasure {
    /// What it measures.
    async fn kind(&self) -> TargetKindGql {
        self.0.kind.into()
    }
    /// The value on the day counted, a decimal string in the kind's unit; null for a median while
    /// no notice has been closed.
    async fn value(&self) -> Option<String> {
        self.0.reading.value().map(|v| v.to_string())
    }
    /// For a percentage: how many records count towards it.
    async fn counted(&self) -> Option<u64> {
        match self.0.reading {
            Reading::Share { counted, .. } => Some(counted),
            _ => None,
        }
    }
    /// For a percentage: how many records it is out of.
    async fn out_of(&self) -> Option<u64> {
        match self.0.reading {
            Reading::Share { out_of, .. } => Some(out_of),
            _ => None,
        }
    }
    /// The agreement's threshold for it, a decimal string; null without a binding agreement or
    /// when the agreement sets no target of this kind.
    async fn threshold(&self) -> Option<String> {
        self.0.target.as_ref().map(|t| t.threshold.to_string())
    }
    /// Whether the value meets the threshold; null without a threshold or a value.
    async fn met(&self) -> Option<bool> {
        self.0.met
    }
}

#[derive(Default)]
pub struct OverviewQuery;

#[Object]
impl OverviewQuery {
    /// The supervision overview (督导 inspection, §四) of a region of the caller's jurisdiction —
    /// its own when none is named, the nation for the national authority — for a calendar year:
    /// the authority seated there and each authority directly below it, with the year's report
    /// figures (`figures`, or the defaults), the agreement measures, overdue orders, late notices
    /// and reports. A fixed number of statements whatever the number of lines. For officers and
    /// auditors (others FORBIDDEN); OUT_OF_JURISDICTION for a region outside the caller's;
    /// INVALID_DATE_RANGE for a year not yet begun.
    async fn supervision_overview(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "The nation, a province, city or county inside the caller's jurisdiction (320000)."
        )]
        region_code: Option<String>,
        #[graphql(desc = "The calendar year counted; this one when none.")] year: Option<i32>,
        #[graphql(desc = "The report figures on every line, in this order; a standard set when none.")]
        figures: Option<Vec<FigureGql>>,
    ) -> async_graphql::Result<SupervisionOverview> {
        let region =
            region_code.map(|code| RegionCode::parse(&code).map_err(AppError::from)).transpose().gql()?;
        let (app, principal) = caller(ctx)?;
        let figures = figures.map(|asked| asked.into_iter().map(Figure::from).collect());
        let overview = app.supervision_overview(principal, region, year, figures).await.gql()?;
        Ok(SupervisionOverview(overview))
    }
}
