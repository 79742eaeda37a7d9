//! Generated reports up the hierarchy (年度报告 annual report, 半年报告 semi-annual report,
//! §二(五), docs/adr/0030): `generateReport` and the approval mutations, the `GeneratedReport`
//! node with its versions, figures and each figure's drill-down to the records it counted
//! (global IDs for `node(id:)`), and `generatedReports`.

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{RecordsOf, ReportFigures, ReportInput, ReportRecord, VersionRecord};
use oversight_domain::GeneratedReportId;
use oversight_domain::generated_report::{
    Figure, FigureCount, Half, RecordKind, ReportKind, ReportStatus, pass_rate,
};

use crate::enums::mirror;
use crate::error::{ResultExt, caller};
use crate::ids::{
    NodeType, global_id, id_cursor, parse_id_cursor, parse_numeric_id, parse_record_cursor, record_cursor,
};
use crate::loaders::load;
use crate::page::{Connection, connection, page_request};
use crate::registry::authority::Authority;

mirror! {
    /// Which report (报告类型 report kind).
    ReportKindGql as "ReportKind" <=> ReportKind {
        /// 年度报告: once a year, to the authority one tier above.
        Annual,
        /// 半年报告: a province's, every half year, to the national authority.
        SemiAnnual,
    }
}

mirror! {
    /// Where a report stands (审核状态 approval status).
    ReportStatusGql as "ReportStatus" <=> ReportStatus {
        /// Generated, not yet submitted.
        Draft,
        /// Sent to the tier above.
        Submitted,
        /// Sent back by the tier above with a reason: to be generated again.
        Returned,
        /// Accepted by the tier above.
        Accepted,
        /// Locked by the tier above: final until unlocked with a reason.
        Locked,
    }
}

mirror! {
    /// The half of a year (上半年, 下半年).
    HalfGql as "ReportHalf" <=> Half {
        /// January to June (上半年).
        First,
        /// July to December (下半年).
        Second,
    }
}

mirror! {
    /// The kind of record a figure counts: the node type of its drill-down's IDs.
    RecordKindGql as "ReportRecordKind" <=> RecordKind {
        /// An `AnnualReview`.
        AnnualReview,
        /// A `PatrolInspection` (patrol or follow-up visit).
        PatrolInspection,
        /// A `TestingTask`.
        TestingTask,
        /// A `Rectification`.
        Rectification,
        /// A `License` (suspended or revoked in the period).
        License,
        /// A `RevocationProposal`.
        RevocationProposal,
        /// A `LinkageNotice`.
        LinkageNotice,
        /// A `SpotCheckImport`.
        SpotCheckImport,
        /// An `UnlicensedCase`.
        UnlicensedCase,
        /// A `PatrolPlan` (a responsibility agreement's coverage sums its plans').
        PatrolPlan,
        /// A `CounterfeitCase`.
        CounterfeitCase,
        /// A `GeneratedReport` (a responsibility agreement's reports on time counts its reports).
        GeneratedReport,
        /// A `PeriodicReport` (企业定期报告).
        PeriodicReport,
    }
}

mirror! {
    /// A report's figure (指标): what it counts is its description here and in the README.
    FigureGql as "ReportFigureKey" <=> Figure {
        /// 年度审查应审许可证数: licenses enrolled in the year's annual review (not left).
        ReviewEnrolled,
        /// 已提交自查报告数: … whose self-inspection report was submitted.
        ReviewSubmitted,
        /// 已审查数: … examined (on site, passed or failed).
        ReviewExamined,
        /// 审查合格数: … passed.
        ReviewPassed,
        /// 审查不合格数: … failed.
        ReviewFailed,
        /// 逾期未报数: … recorded overdue.
        ReviewOverdue,
        /// 巡查次数: patrols in the period.
        Patrols,
        /// 巡查发现问题次数: … that found nonconforming items.
        PatrolsWithFindings,
        /// 回访次数: follow-up visits in the period.
        FollowUps,
        /// 回访仍有问题次数: … that found items still nonconforming.
        FollowUpsWithFindings,
        /// 定期监督检验任务数: periodic testing tasks sampled in the period (by industry).
        TestingTasks,
        /// 检验合格样品数: their samples with no nonconformity found (by industry).
        SamplesPassed,
        /// 检验不合格样品数: … nonconforming (by industry).
        SamplesNonconforming,
        /// 无法判定样品数: … not judgeable (by industry).
        SamplesNotJudgeable,
        /// 责令整改数: rectifications opened in the period.
        RectificationsOpened,
        /// 整改完成数: … of them closed by the day of generation.
        RectificationsClosed,
        /// 整改逾期数: rectifications running past their deadline on the day of generation.
        RectificationsOverdue,
        /// 停产整顿数: licenses suspended in the period.
        Suspensions,
        /// 吊销建议数: revocation proposals made in the period.
        RevocationProposals,
        /// 吊销许可证数: licenses revoked in the period.
        Revocations,
        /// 收到联动通报数: linkage notices the authority received in the period.
        NoticesReceived,
        /// 联动通报办结数: … closed by the day of generation.
        NoticesClosed,
        /// 联动通报逾期数: … late on the day of generation.
        NoticesLate,
        /// 监督抽查结果导入批次: spot-check imports by the authority and its lower tiers.
        SpotCheckImports,
        /// 无证生产立案数: unlicensed-production cases (无证生产) found in the period, of producers in the jurisdiction.
        UnlicensedCasesOpened,
        /// 无证生产取证数: … settled by a license obtained in the period.
        UnlicensedCasesLicensed,
        /// 提请取缔数: … reported to the local government for a ban in the period.
        UnlicensedBansNotified,
        /// 督促申请逾期数: … urged and past the day to apply on the day of generation.
        UnlicensedCasesOverdue,
        /// 恶意造假立案数: malicious-counterfeiting cases (恶意造假) opened in the period against enterprises of the jurisdiction.
        CounterfeitCasesOpened,
        /// 恶意造假上报吊销数: … whose revocation the province reported up in the period.
        CounterfeitRevocationsReported,
        /// 恶意造假提请取缔数: … whose ban the local government was asked for in the period.
        CounterfeitBansRequested,
        /// 移送公安机关数: … transferred to the police in the period.
        CounterfeitTransferredToPolice,
        /// 恶意造假案件逾期数: … past the deadline of the step they wait for on the day of generation.
        CounterfeitCasesOverdue,
        /// 恶意造假撤销立案数: … dismissed as opened in error in the period (counted apart: the opened figure keeps them).
        CounterfeitCasesDismissed,
        /// 企业定期报告应报数: enterprise periodic reports owed for the quarters of the period ended by the day of generation, by quarter (each obligation counted as the lowest license of its enterprise and industry in force).
        PeriodicReportsOwed,
        /// 定期报告按时报送数: … first submitted by their due day, by quarter (the reports).
        PeriodicReportsOnTime,
        /// 定期报告逾期报送数: … first submitted after their due day, by quarter (the reports).
        PeriodicReportsLate,
        /// 定期报告逾期未报数: … nothing submitted and the due day passed on the day of generation, by quarter (the licenses).
        PeriodicReportsOverdue,
        /// 定期报告退回数: … returned and not resubmitted on the day of generation, by quarter (the reports).
        PeriodicReportsReturned,
    }
}

fn node_type(kind: RecordKind) -> NodeType {
    match kind {
        RecordKind::AnnualReview => NodeType::AnnualReview,
        RecordKind::PatrolInspection => NodeType::PatrolInspection,
        RecordKind::TestingTask => NodeType::TestingTask,
        RecordKind::Rectification => NodeType::Rectification,
        RecordKind::License => NodeType::License,
        RecordKind::RevocationProposal => NodeType::RevocationProposal,
        RecordKind::LinkageNotice => NodeType::LinkageNotice,
        RecordKind::SpotCheckImport => NodeType::SpotCheckImport,
        RecordKind::UnlicensedCase => NodeType::UnlicensedCase,
        RecordKind::PatrolPlan => NodeType::PatrolPlan,
        RecordKind::CounterfeitCase => NodeType::CounterfeitCase,
        RecordKind::GeneratedReport => NodeType::GeneratedReport,
        RecordKind::PeriodicReport => NodeType::PeriodicReport,
    }
}

pub struct GeneratedReport(pub ReportRecord);

/// A report generated from the records up the hierarchy (年度报告, 半年报告, §二(五)).
#[Object]
impl GeneratedReport {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        global_id(NodeType::GeneratedReport, self.0.id)
    }
    /// Annual or semi-annual.
    async fn kind(&self) -> ReportKindGql {
        self.0.period.kind.into()
    }
    /// The year it covers.
    async fn year(&self) -> i32 {
        self.0.period.year
    }
    /// The half it covers, for a semi-annual report.
    async fn half(&self) -> Option<HalfGql> {
        self.0.period.half.map(Into::into)
    }
    /// Its title, e.g. 2026年上半年报告.
    async fn title(&self) -> String {
        self.0.period.title_zh()
    }
    /// The reporting authority.
    async fn authority(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Authority>> {
        Ok(load(ctx, |l| &l.authority, self.0.authority_id).await?.map(Authority))
    }
    /// Where it stands.
    async fn status(&self) -> ReportStatusGql {
        self.0.status.into()
    }
    /// The current version's number (each generation is a new version).
    async fn current_version(&self) -> i32 {
        self.0.current_version
    }
    /// The tier above's reason when it last returned the report.
    async fn return_reason(&self) -> Option<&str> {
        self.0.return_reason.as_deref()
    }
    /// The tier above's reason when it last unlocked the report.
    async fn unlock_reason(&self) -> Option<&str> {
        self.0.unlock_reason.as_deref()
    }
    /// Who made the last step.
    async fn updated_by(&self) -> &str {
        &self.0.updated_by
    }
    /// When the last step was made.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
    /// The current version, with its figures.
    async fn current(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<ReportVersion>> {
        let versions = load(ctx, |l| &l.report_versions_of, self.0.id).await?.unwrap_or_default();
        let current = versions.into_iter().find(|v| v.version == self.0.current_version);
        Ok(current.map(ReportVersion))
    }
    /// Every version, newest first: a locked version stays readable after an unlock.
    async fn versions(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<ReportVersion>> {
        let versions = load(ctx, |l| &l.report_versions_of, self.0.id).await?.unwrap_or_default();
        Ok(versions.into_iter().map(ReportVersion).collect())
    }
}

pub struct ReportVersion(pub VersionRecord);

/// One generation of a report: its figures as counted then (the snapshot).
#[Object]
impl ReportVersion {
    /// Its number, from 1.
    async fn version(&self) -> i32 {
        self.0.version
    }
    /// The first day counted.
    async fn period_from(&self) -> NaiveDate {
        self.0.period_from
    }
    /// The last day counted.
    async fn period_to(&self) -> NaiveDate {
        self.0.period_to
    }
    /// The day it was generated (overdue and late figures are judged on it).
    async fn generated_on(&self) -> NaiveDate {
        self.0.generated_on
    }
    /// Who generated it.
    async fn generated_by(&self) -> &str {
        &self.0.generated_by
    }
    /// When the tier above locked this version; null if it never was.
    async fn locked_at(&self) -> Option<DateTime<Utc>> {
        self.0.locked_at
    }
    /// Who locked it.
    async fn locked_by(&self) -> Option<&str> {
        self.0.locked_by.as_deref()
    }
    /// The median working days from sending to closing of the notices counted closed.
    async fn median_close_working_days(&self) -> Option<u32> {
        self.0.median_close_days
    }
    /// The figures: every figure's total (0 when it counted nothing), in a fixed order, then
    /// the groups (one per industry, or per quarter) of the figures counted by group.
    async fn figures(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<ReportFigure>> {
        let figures = self.read_figures(ctx).await?;
        let version = self.0.id;
        let totals = Figure::ALL.iter().map(|figure| total_of(&figures.counts, *figure));
        let groups = figures.counts.iter().filter(|c| !c.group.is_empty()).cloned();
        Ok(totals.chain(groups).map(|count| ReportFigure { version, count }).collect())
    }
    /// One figure: its total, or its count for one industry or quarter (0 when it counted nothing).
    async fn figure(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Which figure.")] key: FigureGql,
        #[graphql(desc = "An industry code, for a figure counted by industry; its total when absent.")]
        industry: Option<String>,
        #[graphql(desc = "A quarter (2026Q3), for a figure counted by quarter; its total when absent.")]
        quarter: Option<String>,
    ) -> async_graphql::Result<ReportFigure> {
        let figures = self.read_figures(ctx).await?;
        let figure = Figure::from(key);
        let group = industry.or(quarter).unwrap_or_default();
        let found = figures.counts.iter().find(|c| c.figure == figure && c.group == group).cloned();
        let count = found.unwrap_or(FigureCount { figure, group, count: 0 });
        Ok(ReportFigure { version: self.0.id, count })
    }
    /// The pass rates (合格率, percent, one decimal, GB/T 8170) of the samples counted: all
    /// (industry null) and per industry; null rate when nothing was judged.
    async fn pass_rates(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<ReportPassRate>> {
        let figures = self.read_figures(ctx).await?;
        let mut groups: Vec<&str> =
            figures.counts.iter().filter(|c| c.figure.by_industry()).map(|c| c.group.as_str()).collect();
        groups.sort_unstable();
        groups.dedup();
        Ok(groups
            .into_iter()
            .map(|group| ReportPassRate {
                industry: (!group.is_empty()).then(|| group.to_owned()),
                pass_rate: pass_rate(&figures.counts, group).map(|rate| rate.to_string()),
            })
            .collect())
    }
}

/// A figure's total as counted, or 0.
fn total_of(counts: &[FigureCount], figure: Figure) -> FigureCount {
    let found = counts.iter().find(|c| c.figure == figure && c.group.is_empty()).cloned();
    found.unwrap_or(FigureCount { figure, group: String::new(), count: 0 })
}

impl ReportVersion {
    async fn read_figures(&self, ctx: &Context<'_>) -> async_graphql::Result<ReportFigures> {
        let found = load(ctx, |l| &l.report_figures, self.0.id).await?;
        Ok(found.unwrap_or(ReportFigures { version_id: self.0.id, counts: Vec::new() }))
    }
}

/// A pass rate of a version's samples.
#[derive(SimpleObject)]
pub struct ReportPassRate {
    /// The industry code; null for all samples.
    pub industry: Option<String>,
    /// Percent, one decimal (e.g. "66.7"); null when nothing was judged.
    pub pass_rate: Option<String>,
}

pub struct ReportFigure {
    version: oversight_domain::ReportVersionId,
    count: FigureCount,
}

/// One figure of a report version (指标), with the records it counted.
#[Object]
impl ReportFigure {
    /// Which figure.
    async fn key(&self) -> FigureGql {
        self.count.figure.into()
    }
    /// Its Chinese name.
    async fn title(&self) -> &'static str {
        self.count.figure.title_zh()
    }
    /// The industry code of a group of a figure counted by industry; null otherwise.
    async fn industry(&self) -> Option<&str> {
        (self.count.figure.by_industry() && !self.count.group.is_empty()).then_some(self.count.group.as_str())
    }
    /// The quarter (2026Q3) of a group of a figure counted by quarter; null otherwise.
    async fn quarter(&self) -> Option<&str> {
        (self.count.figure.by_quarter() && !self.count.group.is_empty()).then_some(self.count.group.as_str())
    }
    /// The number: exactly the records of `records`.
    async fn count(&self) -> u64 {
        self.count.count
    }
    /// The kind of record it counts.
    async fn record_kind(&self) -> RecordKindGql {
        self.count.figure.record_kind().into()
    }
    /// The records it counted, by id (drill-down: each a global ID for `node(id:)`).
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    async fn records(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, ReportRecordRef, ReportRecordTotal>> {
        let request = page_request(first, after, last, before, parse_record_cursor)?;
        let (app, principal) = caller(ctx)?;
        let group = (!self.count.group.is_empty()).then(|| self.count.group.clone());
        let of = RecordsOf { version_id: self.version, figure: self.count.figure, group };
        let page = app.report_records(principal, &of, &request).await.gql()?;
        let kind = self.count.figure.record_kind();
        let total = ReportRecordTotal { count: self.count.count };
        Ok(connection(page, total, record_cursor, |key| ReportRecordRef { kind, id: key.id }))
    }
}

pub struct ReportRecordRef {
    pub(crate) kind: RecordKind,
    pub(crate) id: i64,
}

/// A record a figure counted (its drill-down): its global ID and kind.
#[Object]
impl ReportRecordRef {
    /// The record's global ID (`node(id:)` reads it, scoped as its own queries are).
    async fn id(&self) -> ID {
        global_id(node_type(self.kind), self.id)
    }
    /// Its kind.
    async fn kind(&self) -> RecordKindGql {
        self.kind.into()
    }
}

pub struct ReportRecordTotal {
    pub(crate) count: u64,
}

#[Object]
impl ReportRecordTotal {
    /// How many records the figure counted (all pages together): the figure itself.
    async fn total_count(&self) -> u64 {
        self.count
    }
}

/// Which report to generate.
#[derive(InputObject)]
pub struct GenerateReportInput {
    /// ANNUAL (every authority below the nation) or SEMI_ANNUAL (a province's).
    pub kind: ReportKindGql,
    /// The year (2000–2100; not one that has not begun).
    pub year: i32,
    /// The half, for SEMI_ANNUAL; absent for ANNUAL.
    pub half: Option<HalfGql>,
}

pub struct GeneratedReportTotal(Option<ReportStatus>);

#[Object]
impl GeneratedReportTotal {
    /// How many reports match (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_generated_reports(principal, self.0).await.gql()
    }
}

#[derive(Default)]
pub struct ReportQuery;

#[Object]
impl ReportQuery {
    /// Reports generated by the caller's authority and its lower tiers (the national
    /// authority: all), oldest first; officers and auditors (others: FORBIDDEN).
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    async fn generated_reports(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only reports in this status.")] status: Option<ReportStatusGql>,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, GeneratedReport, GeneratedReportTotal>> {
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let (app, principal) = caller(ctx)?;
        let status = status.map(Into::into);
        let page = app.generated_reports(principal, status, &request).await.gql()?;
        Ok(connection(page, GeneratedReportTotal(status), |r| id_cursor(r.id), GeneratedReport))
    }
}

fn report_id(id: &ID) -> Result<GeneratedReportId, crate::error::ApiError> {
    parse_numeric_id(id, NodeType::GeneratedReport, "id")
}

#[derive(Default)]
pub struct ReportMutation;

#[Object]
impl ReportMutation {
    /// Generates the caller's authority's report for a period from the records (年度报告,
    /// 半年报告, §二(五)): a new version whose figures and counted records are stored as a
    /// snapshot. The first time it creates the report as a draft; a returned report becomes a
    /// draft again. Officers of the reporting authority (the nation reports to no one:
    /// WRONG_REPORTER; only a province makes SEMI_ANNUAL). Submitted, accepted or locked:
    /// ILLEGAL_REPORT_TRANSITION.
    async fn generate_report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The kind and period.")] input: GenerateReportInput,
    ) -> async_graphql::Result<GeneratedReport> {
        let (app, principal) = caller(ctx)?;
        let input =
            ReportInput { kind: input.kind.into(), year: input.year, half: input.half.map(Into::into) };
        Ok(GeneratedReport(app.generate_report(principal, input).await.gql()?))
    }

    /// Submits the caller's authority's draft report to the tier above.
    async fn submit_report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report's global ID.")] id: ID,
    ) -> async_graphql::Result<GeneratedReport> {
        let (app, principal) = caller(ctx)?;
        Ok(GeneratedReport(app.submit_report(principal, report_id(&id)?).await.gql()?))
    }

    /// Returns a submitted report to the lower tier with a reason; it generates it again and
    /// resubmits. Officers of the authority directly above (others: REPORT_NOT_UPPER_TIER).
    async fn return_report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report's global ID.")] id: ID,
        #[graphql(desc = "Why it is returned (1–1000 characters).")] reason: String,
    ) -> async_graphql::Result<GeneratedReport> {
        let (app, principal) = caller(ctx)?;
        Ok(GeneratedReport(app.return_report(principal, report_id(&id)?, &reason).await.gql()?))
    }

    /// Accepts a submitted report (the authority directly above).
    async fn accept_report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report's global ID.")] id: ID,
    ) -> async_graphql::Result<GeneratedReport> {
        let (app, principal) = caller(ctx)?;
        Ok(GeneratedReport(app.accept_report(principal, report_id(&id)?).await.gql()?))
    }

    /// Locks an accepted report and its current version (the authority directly above).
    async fn lock_report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report's global ID.")] id: ID,
    ) -> async_graphql::Result<GeneratedReport> {
        let (app, principal) = caller(ctx)?;
        Ok(GeneratedReport(app.lock_report(principal, report_id(&id)?).await.gql()?))
    }

    /// Unlocks a locked report with a reason (the authority directly above): back to draft;
    /// the locked version stays readable and the next generation is a new version.
    async fn unlock_report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report's global ID.")] id: ID,
        #[graphql(desc = "Why it is unlocked (1–1000 characters).")] reason: String,
    ) -> async_graphql::Result<GeneratedReport> {
        let (app, principal) = caller(ctx)?;
        Ok(GeneratedReport(app.unlock_report(principal, report_id(&id)?, &reason).await.gql()?))
    }
}
