//! Exports (导出, docs/adr/0028): `requestExport`, which answers a short-lived signed URL, and
//! the download route `/exports/<token>?expires=&signature=` it names. The request's filter is
//! the list query's own input type, parsed by the list's own parser; the URL carries it as given,
//! and the download parses it again for the signed caller, so an export reads what the list
//! would have shown that caller and nothing more.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use async_graphql::{Context, Enum, InputObject, InputType, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use futures_util::StreamExt;
use oversight_app::export::{DueTestsQuery, ExportFormat, ExportList, ExportQuery, SignedExport};
use oversight_app::{App, Code, DueReportQuery, Principal};

use crate::campaign::CampaignFilterInput;
use crate::campaign::meeting::RectificationMeetingFilterInput;
use crate::enforcement::counterfeit::{CounterfeitCaseFilterInput, case_filter};
use crate::enforcement::unlicensed::UnlicensedCaseFilterInput;
use crate::enterprise_report::PeriodicReportStandingGql;
use crate::enums::{ProposalStatusGql, RectificationStatusGql, TaskStatusGql};
use crate::error::{ApiError, ResultExt, caller};
use crate::http::Endpoint;
use crate::inbox::InboxKindGql;
use crate::linkage::{LinkageNoticeFilter, notice_filter};
use crate::patrol::operations::{
    FollowUpFilterInput, PatrolMeasureFilter, PatrolRecordFilter, follow_up_filter, measure_filter,
    patrol_filter,
};
use crate::patrol::plans::{PatrolsDueFilter, due_filter};
use crate::registry::enterprise::EnterpriseFilterInput;
use crate::registry::license::LicenseFilterInput;
use crate::responsibility::order::SupervisionOrderFilter;
use crate::responsibility::record::ResponsibilityRecordFilter;
use crate::responsibility::request::LowerTierRequestFilter;
use crate::review::operations::{AnnualReviewFilter, review_filter};
use crate::testing::rectification::ProposalFilterInput;
use crate::testing::rectification_list::RectificationFilterInput;
use crate::testing::task_list::TestingTaskFilterInput;

/// The lists that export: each is the list query of the same name.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(name = "ExportList")]
pub enum ExportListGql {
    /// `enterprises`: the enterprise directory (企业名录).
    Enterprises,
    /// `licenses`: production licenses (生产许可证).
    Licenses,
    /// `testingTasks`: testing tasks (监督检验任务) with their current verdict.
    TestingTasks,
    /// `linkageNotices`: linkage notices (联动通报).
    LinkageNotices,
    /// `patrolRecords`: patrols and follow-up visits (巡查、回访).
    PatrolRecords,
    /// One generated report (年度报告, 半年报告): its current version's figures and pass rates.
    GeneratedReport,
    /// `rectifications`: rectifications (整改) ordered after failing verdicts, with their
    /// deadlines and whether they run overdue.
    Rectifications,
    /// `annualReviews`: annual reviews (年度审查, 年审) of licenses, with their deadlines and
    /// conclusions.
    AnnualReviews,
    /// `patrolMeasures`: measures (措施) ordered on patrols' findings.
    PatrolMeasures,
    /// `followUps`: follow-up visits (回访) owed, due and done.
    FollowUps,
    /// `revocationProposals`: revocation proposals (吊销建议) and their decisions.
    RevocationProposals,
    /// `supervisionOrders`: supervision orders (督查督办) issued and received, with their
    /// deadlines and whether they run overdue.
    SupervisionOrders,
    /// `lowerTierRequests`: the questions, difficulties and support needed the lower tier raised
    /// (下级反映的问题、困难、保障), with their answers.
    LowerTierRequests,
    /// `dueTests`: the licenses with compulsory tests due (应检) in a window or overdue, with
    /// their next due dates.
    DueTests,
    /// The enterprises (the `enterprises` list) with their current risk class (风险等级), score,
    /// model version, day assessed and every factor's contribution.
    RiskClasses,
    /// One double-random draw's (双随机) published result: its targets and drawn inspectors.
    Draws,
    /// `periodicReportsDue`: the periodic reports owed for a quarter (企业定期报告应报清单), with
    /// each one's standing and whether it is overdue.
    PeriodicReportsDue,
    /// `inbox`: the caller's own inbox (待办事项), by day, with what each item waits for.
    Inbox,
    /// `unlicensedCases`: unlicensed-production cases (无证生产) and their steps.
    UnlicensedCases,
    /// `counterfeitCases`: counterfeiting cases (恶意造假) and their steps.
    CounterfeitCases,
    /// `patrolsDue`: the caller's queue of patrols due (应巡查), with each target's visits so far
    /// and owed.
    PatrolsDue,
    /// `responsibilityRecords`: commendation and accountability records (表彰奖励, 追究责任), with
    /// their measures, subjects, grounds and documents.
    ResponsibilityRecords,
    /// `campaigns`: key-industry campaigns (专项整治), with their industries, regions, period,
    /// factor and phase.
    Campaigns,
    /// `rectificationMeetings`: industry rectification meetings (行业整顿会议), with the
    /// enterprises summoned and their attendance.
    RectificationMeetings,
    /// `spotCheckImports`: the spot-check result files imported (监督抽查结果导入), with their
    /// campaigns, hashes and counts.
    SpotCheckImports,
    /// `generatedReports`: the list of generated reports (年度报告, 半年报告) with their period,
    /// authority, status and version (GENERATED_REPORT exports one report's figures).
    GeneratedReports,
}

impl From<ExportListGql> for ExportList {
    fn from(list: ExportListGql) -> ExportList {
        match list {
            ExportListGql::Enterprises => ExportList::Enterprises,
            ExportListGql::Licenses => ExportList::Licenses,
            ExportListGql::TestingTasks => ExportList::TestingTasks,
            ExportListGql::LinkageNotices => ExportList::LinkageNotices,
            ExportListGql::PatrolRecords => ExportList::PatrolRecords,
            ExportListGql::GeneratedReport => ExportList::GeneratedReport,
            ExportListGql::Rectifications => ExportList::Rectifications,
            ExportListGql::AnnualReviews => ExportList::AnnualReviews,
            ExportListGql::PatrolMeasures => ExportList::PatrolMeasures,
            ExportListGql::FollowUps => ExportList::FollowUps,
            ExportListGql::RevocationProposals => ExportList::RevocationProposals,
            ExportListGql::SupervisionOrders => ExportList::SupervisionOrders,
            ExportListGql::LowerTierRequests => ExportList::LowerTierRequests,
            ExportListGql::DueTests => ExportList::DueTests,
            ExportListGql::RiskClasses => ExportList::RiskClasses,
            ExportListGql::Draws => ExportList::Draws,
            ExportListGql::PeriodicReportsDue => ExportList::PeriodicReportsDue,
            ExportListGql::Inbox => ExportList::Inbox,
            ExportListGql::UnlicensedCases => ExportList::UnlicensedCases,
            ExportListGql::CounterfeitCases => ExportList::CounterfeitCases,
            ExportListGql::PatrolsDue => ExportList::PatrolsDue,
            ExportListGql::ResponsibilityRecords => ExportList::ResponsibilityRecords,
            ExportListGql::Campaigns => ExportList::Campaigns,
            ExportListGql::RectificationMeetings => ExportList::RectificationMeetings,
            ExportListGql::SpotCheckImports => ExportList::SpotCheckImports,
            ExportListGql::GeneratedReports => ExportList::GeneratedReports,
        }
    }
}

/// The file an export is written as.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(name = "ExportFormat")]
pub enum ExportFormatGql {
    /// An Excel workbook: typed cells, frozen header row, autofilter, and for the registry and
    /// testing lists a statistics sheet (统计) with charts.
    Xlsx,
    /// Comma-separated values, UTF-8 with a byte-order mark, RFC 4180 quoting.
    Csv,
}

impl From<ExportFormatGql> for ExportFormat {
    fn from(format: ExportFormatGql) -> ExportFormat {
        match format {
            ExportFormatGql::Xlsx => ExportFormat::Xlsx,
            ExportFormatGql::Csv => ExportFormat::Csv,
        }
    }
}

/// The filter of the list exported: the one matching `list`, taken as its query takes it; the
/// others must be absent (EXPORT_FILTER_MISMATCH).
#[derive(InputObject, Default)]
pub struct ExportFilterInput {
    /// For ENTERPRISES: the `enterprises` filter.
    pub enterprises: Option<EnterpriseFilterInput>,
    /// For LICENSES: the `licenses` filter (statuses judged on the day of the download).
    pub licenses: Option<LicenseFilterInput>,
    /// For TESTING_TASKS: the `testingTasks` filter.
    pub testing_tasks: Option<TestingTaskFilterInput>,
    /// For TESTING_TASKS: the `testingTasks` status argument.
    pub task_status: Option<TaskStatusGql>,
    /// For LINKAGE_NOTICES: the `linkageNotices` filter.
    pub linkage_notices: Option<LinkageNoticeFilter>,
    /// For PATROL_RECORDS: the `patrolRecords` filter.
    pub patrol_records: Option<PatrolRecordFilter>,
    /// For GENERATED_REPORT (required): the report's global ID.
    pub generated_report: Option<async_graphql::ID>,
    /// For RECTIFICATIONS: the `rectifications` filter.
    pub rectifications: Option<RectificationFilterInput>,
    /// For RECTIFICATIONS: the `rectifications` status argument.
    pub rectification_status: Option<RectificationStatusGql>,
    /// For RECTIFICATIONS: the `rectifications` overdue argument (past the deadline without a
    /// re-check on the day of the download).
    pub rectification_overdue: Option<bool>,
    /// For ANNUAL_REVIEWS: the `annualReviews` filter (`overdue` judged on the day of the
    /// download).
    pub annual_reviews: Option<AnnualReviewFilter>,
    /// For PATROL_MEASURES: the `patrolMeasures` filter.
    pub patrol_measures: Option<PatrolMeasureFilter>,
    /// For FOLLOW_UPS: the `followUps` filter (`state` judged on the day of the download).
    pub follow_ups: Option<FollowUpFilterInput>,
    /// For REVOCATION_PROPOSALS: the `revocationProposals` filter.
    pub revocation_proposals: Option<ProposalFilterInput>,
    /// For REVOCATION_PROPOSALS: the `revocationProposals` status argument.
    pub proposal_status: Option<ProposalStatusGql>,
    /// For SUPERVISION_ORDERS: the `supervisionOrders` filter (`overdue` judged on the day of
    /// the download).
    pub supervision_orders: Option<SupervisionOrderFilter>,
    /// For LOWER_TIER_REQUESTS: the `lowerTierRequests` filter (`overdue` judged on the day of
    /// the download).
    pub lower_tier_requests: Option<LowerTierRequestFilter>,
    /// For DUE_TESTS (required): the `dueTests` arguments.
    pub due_tests: Option<DueTestsArguments>,
    /// For RISK_CLASSES: the `enterprises` filter (region, industry, license status, name).
    pub risk_classes: Option<EnterpriseFilterInput>,
    /// For DRAWS (required): the draw's global ID.
    pub draw: Option<async_graphql::ID>,
    /// For PERIODIC_REPORTS_DUE: the `periodicReportsDue` arguments (the quarter by default the
    /// last one ended, standings judged on the day of the download).
    pub periodic_reports_due: Option<PeriodicReportsDueArguments>,
    /// For INBOX: the `inbox` kinds argument.
    pub inbox_kinds: Option<Vec<InboxKindGql>>,
    /// For UNLICENSED_CASES: the `unlicensedCases` filter (`overdue` judged on the day of the
    /// download).
    pub unlicensed_cases: Option<UnlicensedCaseFilterInput>,
    /// For COUNTERFEIT_CASES: the `counterfeitCases` filter (`overdue` judged on the day of the
    /// download).
    pub counterfeit_cases: Option<CounterfeitCaseFilterInput>,
    /// For PATROLS_DUE: the `patrolsDue` filter (the queue judged on the day of the download).
    pub patrols_due: Option<PatrolsDueFilter>,
    /// For RESPONSIBILITY_RECORDS: the `responsibilityRecords` filter.
    pub responsibility_records: Option<ResponsibilityRecordFilter>,
    /// For CAMPAIGNS: the `campaigns` filter.
    pub campaigns: Option<CampaignFilterInput>,
    /// For RECTIFICATION_MEETINGS: the `rectificationMeetings` filter.
    pub rectification_meetings: Option<RectificationMeetingFilterInput>,
    /// For GENERATED_REPORTS: the `generatedReports` status argument.
    pub generated_report_status: Option<crate::generated_report::ReportStatusGql>,
}

/// The `periodicReportsDue` arguments, for its export (all optional, as the list's).
#[derive(InputObject, Default)]
pub struct PeriodicReportsDueArguments {
    /// The quarter, `2026Q3`; default: the last quarter ended.
    pub period: Option<String>,
    /// Only this industry (code).
    pub industry: Option<String>,
    /// Only this enterprise.
    pub enterprise_id: Option<async_graphql::ID>,
    /// Only these standings (all when absent or empty).
    pub standings: Option<Vec<PeriodicReportStandingGql>>,
}

/// The `dueTests` arguments, for its export: the authority whose jurisdiction is listed and the
/// window.
#[derive(InputObject)]
pub struct DueTestsArguments {
    /// The authority whose jurisdiction is listed.
    pub authority: async_graphql::ID,
    /// First day of the window (inclusive).
    pub from: NaiveDate,
    /// Last day of the window (inclusive), at most 366 days after `from`.
    pub to: NaiveDate,
}

/// What to export.
#[derive(InputObject)]
pub struct RequestExportInput {
    /// The list.
    pub list: ExportListGql,
    /// The file format.
    pub format: ExportFormatGql,
    /// The list's filter; everything the caller reads when absent.
    #[graphql(default)]
    pub filter: ExportFilterInput,
}

/// Where to download an export.
#[derive(SimpleObject)]
pub struct ExportPayload {
    /// A short-lived signed URL (a path on this server); GET it without credentials.
    pub url: String,
    /// When the URL stops working.
    pub expires_at: DateTime<Utc>,
    /// The file's name, as the download's Content-Disposition gives it.
    pub file_name: String,
}

impl ExportFilterInput {
    /// The list's storage filter for `principal`, judged on `today`.
    fn into_query(
        self,
        app: &App,
        principal: &Principal,
        list: ExportList,
        today: NaiveDate,
    ) -> Result<ExportQuery, ApiError> {
        self.check_list(list)?;
        let catalogue = app.industry_catalogue();
        Ok(match list {
            ExportList::Enterprises => {
                ExportQuery::Enterprises(self.enterprises.unwrap_or_default().parse(catalogue)?)
            }
            ExportList::Licenses => {
                ExportQuery::Licenses(self.licenses.unwrap_or_default().parse(catalogue, today)?)
            }
            ExportList::TestingTasks => ExportQuery::TestingTasks(
                self.testing_tasks.unwrap_or_default().parse(catalogue, self.task_status, today)?,
            ),
            ExportList::LinkageNotices => ExportQuery::LinkageNotices(notice_filter(
                principal,
                self.linkage_notices.unwrap_or_default(),
            )?),
            ExportList::PatrolRecords => {
                ExportQuery::PatrolRecords(patrol_filter(self.patrol_records.unwrap_or_default())?)
            }
            ExportList::Rectifications => {
                let overdue_on = self.rectification_overdue.unwrap_or(false).then_some(today);
                let filter = self.rectifications.unwrap_or_default();
                ExportQuery::Rectifications(filter.parse(catalogue, self.rectification_status, overdue_on)?)
            }
            ExportList::AnnualReviews => ExportQuery::AnnualReviews(review_filter(
                self.annual_reviews.unwrap_or_default(),
                catalogue,
                today,
            )?),
            ExportList::PatrolMeasures => {
                ExportQuery::PatrolMeasures(measure_filter(self.patrol_measures.unwrap_or_default())?)
            }
            ExportList::FollowUps => {
                ExportQuery::FollowUps(follow_up_filter(self.follow_ups.unwrap_or_default())?)
            }
            ExportList::RevocationProposals => ExportQuery::RevocationProposals(
                self.revocation_proposals.unwrap_or_default().parse(self.proposal_status)?,
            ),
            ExportList::SupervisionOrders => {
                ExportQuery::SupervisionOrders(self.supervision_orders.unwrap_or_default().parse()?)
            }
            ExportList::LowerTierRequests => {
                ExportQuery::LowerTierRequests(self.lower_tier_requests.unwrap_or_default().parse()?)
            }
            ExportList::DueTests => ExportQuery::DueTests(due_tests(self.due_tests)?),
            ExportList::RiskClasses => {
                ExportQuery::RiskClasses(self.risk_classes.unwrap_or_default().parse(catalogue)?)
            }
            ExportList::Draws => ExportQuery::Draws(draw(self.draw)?),
            // The lists whose filters need neither the catalogue nor the day.
            later => self.into_later_query(later)?,
        })
    }

    /// The query of a list whose filter parses without the catalogue or the day (the lists
    /// exported since the reports due); `into_query` parses the others and passes these on.
    fn into_later_query(self, list: ExportList) -> Result<ExportQuery, ApiError> {
        Ok(match list {
            ExportList::PeriodicReportsDue => {
                ExportQuery::PeriodicReportsDue(reports_due(self.periodic_reports_due.unwrap_or_default())?)
            }
            ExportList::Inbox => {
                ExportQuery::Inbox(self.inbox_kinds.map(|kinds| kinds.into_iter().map(Into::into).collect()))
            }
            ExportList::UnlicensedCases => {
                ExportQuery::UnlicensedCases(self.unlicensed_cases.unwrap_or_default().into_filter()?)
            }
            ExportList::CounterfeitCases => {
                ExportQuery::CounterfeitCases(case_filter(self.counterfeit_cases.unwrap_or_default())?)
            }
            ExportList::PatrolsDue => {
                ExportQuery::PatrolsDue(due_filter(self.patrols_due.unwrap_or_default())?)
            }
            ExportList::ResponsibilityRecords => {
                ExportQuery::ResponsibilityRecords(self.responsibility_records.unwrap_or_default().parse()?)
            }
            ExportList::Campaigns => {
                ExportQuery::Campaigns(self.campaigns.unwrap_or_default().into_filter()?)
            }
            // The list takes no filter: another list's is refused by `check_list`.
            ExportList::SpotCheckImports => ExportQuery::SpotCheckImports,
            ExportList::GeneratedReports => {
                ExportQuery::GeneratedReports(self.generated_report_status.map(Into::into))
            }
            ExportList::RectificationMeetings => ExportQuery::RectificationMeetings(
                self.rectification_meetings.unwrap_or_default().into_filter()?,
            ),
            ExportList::GeneratedReport => {
                let Some(id) = self.generated_report else {
                    let message = "a GENERATED_REPORT export names its report in filter.generatedReport";
                    return Err(ApiError::new(Code::ExportFilterMismatch, message)
                        .with_field("input.filter.generatedReport"));
                };
                ExportQuery::GeneratedReport(crate::ids::parse_numeric_id(
                    &id,
                    crate::ids::NodeType::GeneratedReport,
                    "input.filter.generatedReport",
                )?)
            }
            // `into_query` parses every other list itself and never passes it here.
            other => {
                let message = format!("the {} export's filter is parsed by into_query", other.as_str());
                return Err(ApiError::new(Code::Internal, message));
            }
        })
    }

    /// Refuses a filter given under another list's name than `list` (EXPORT_FILTER_MISMATCH,
    /// pointing at it): each list takes its own query's filter only.
    fn check_list(&self, list: ExportList) -> Result<(), ApiError> {
        let given = [
            ("enterprises", self.enterprises.is_some(), ExportList::Enterprises),
            ("licenses", self.licenses.is_some(), ExportList::Licenses),
            ("testingTasks", self.testing_tasks.is_some(), ExportList::TestingTasks),
            ("taskStatus", self.task_status.is_some(), ExportList::TestingTasks),
            ("linkageNotices", self.linkage_notices.is_some(), ExportList::LinkageNotices),
            ("patrolRecords", self.patrol_records.is_some(), ExportList::PatrolRecords),
            ("generatedReport", self.generated_report.is_some(), ExportList::GeneratedReport),
            ("rectifications", self.rectifications.is_some(), ExportList::Rectifications),
            ("rectificationStatus", self.rectification_status.is_some(), ExportList::Rectifications),
            ("rectificationOverdue", self.rectification_overdue.is_some(), ExportList::Rectifications),
            ("annualReviews", self.annual_reviews.is_some(), ExportList::AnnualReviews),
            ("patrolMeasures", self.patrol_measures.is_some(), ExportList::PatrolMeasures),
            ("followUps", self.follow_ups.is_some(), ExportList::FollowUps),
            ("revocationProposals", self.revocation_proposals.is_some(), ExportList::RevocationProposals),
            ("proposalStatus", self.proposal_status.is_some(), ExportList::RevocationProposals),
            ("supervisionOrders", self.supervision_orders.is_some(), ExportList::SupervisionOrders),
            ("lowerTierRequests", self.lower_tier_requests.is_some(), ExportList::LowerTierRequests),
            ("dueTests", self.due_tests.is_some(), ExportList::DueTests),
            ("riskClasses", self.risk_classes.is_some(), ExportList::RiskClasses),
            ("draw", self.draw.is_some(), ExportList::Draws),
            ("periodicReportsDue", self.periodic_reports_due.is_some(), ExportList::PeriodicReportsDue),
            ("inboxKinds", self.inbox_kinds.is_some(), ExportList::Inbox),
            ("unlicensedCases", self.unlicensed_cases.is_some(), ExportList::UnlicensedCases),
            ("counterfeitCases", self.counterfeit_cases.is_some(), ExportList::CounterfeitCases),
            ("patrolsDue", self.patrols_due.is_some(), ExportList::PatrolsDue),
            (
                "responsibilityRecords",
                self.responsibility_records.is_some(),
                ExportList::ResponsibilityRecords,
            ),
            ("campaigns", self.campaigns.is_some(), ExportList::Campaigns),
            (
                "rectificationMeetings",
                self.rectification_meetings.is_some(),
                ExportList::RectificationMeetings,
            ),
            ("generatedReportStatus", self.generated_report_status.is_some(), ExportList::GeneratedReports),
        ];
        match given.iter().find(|(_, set, of)| *set && *of != list) {
            Some((name, ..)) => {
                let message = format!("filter.{name} filters another list than {}", list.as_str());
                Err(ApiError::new(Code::ExportFilterMismatch, message)
                    .with_field(format!("input.filter.{name}")))
            }
            None => Ok(()),
        }
    }
}

/// The due-test list's arguments, which a DUE_TESTS export must give (EXPORT_FILTER_MISMATCH).
fn due_tests(arguments: Option<DueTestsArguments>) -> Result<DueTestsQuery, ApiError> {
    let Some(arguments) = arguments else {
        let message = "a DUE_TESTS export names its authority and window in filter.dueTests";
        return Err(ApiError::new(Code::ExportFilterMismatch, message).with_field("input.filter.dueTests"));
    };
    let authority = crate::ids::parse_numeric_id(
        &arguments.authority,
        crate::ids::NodeType::Authority,
        "input.filter.dueTests.authority",
    )?;
    Ok(DueTestsQuery { authority, from: arguments.from, to: arguments.to })
}

/// The due list's query from its arguments (the quarter is parsed, on the due day's calendar,
/// by the list's own `due_report_filter` at the request and again at the download).
fn reports_due(arguments: PeriodicReportsDueArguments) -> Result<DueReportQuery, ApiError> {
    let enterprise_id = arguments
        .enterprise_id
        .map(|id| {
            crate::ids::parse_numeric_id(
                &id,
                crate::ids::NodeType::Enterprise,
                "input.filter.periodicReportsDue.enterpriseId",
            )
        })
        .transpose()?;
    let standings = arguments.standings.unwrap_or_default().into_iter().map(Into::into).collect();
    Ok(DueReportQuery { period: arguments.period, industry: arguments.industry, enterprise_id, standings })
}

/// The draw a DRAWS export names, which it must (EXPORT_FILTER_MISMATCH).
fn draw(id: Option<async_graphql::ID>) -> Result<oversight_domain::DrawId, ApiError> {
    let Some(id) = id else {
        let message = "a DRAWS export names its draw in filter.draw";
        return Err(ApiError::new(Code::ExportFilterMismatch, message).with_field("input.filter.draw"));
    };
    crate::ids::parse_numeric_id(&id, crate::ids::NodeType::Draw, "input.filter.draw")
}

#[derive(Default)]
pub struct ExportMutation;

#[Object]
impl ExportMutation {
    /// Asks for a list's data as a file (导出 export): checks that the caller reads the list,
    /// records the request in the audit trail, and answers a signed URL valid for a few minutes.
    /// The URL carries the caller and the filter: the file holds what the list shows the caller.
    async fn request_export(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The list, format and filter.")] input: RequestExportInput,
    ) -> async_graphql::Result<ExportPayload> {
        let (app, principal) = caller(ctx)?;
        let mut filter = input
            .filter
            .to_value()
            .into_json()
            .map_err(|err| ApiError::new(Code::Internal, format!("export filter: {err}")))?;
        // Only what was given: a shorter URL and an audit record that reads as the request.
        drop_nulls(&mut filter);
        let list = ExportList::from(input.list);
        let query = input.filter.into_query(app, principal, list, app.today())?;
        let ticket = app.request_export(principal, &query, input.format.into(), filter).await.gql()?;
        Ok(ExportPayload { url: ticket.url, expires_at: ticket.expires_at, file_name: ticket.file_name })
    }
}

/// The query of a download URL.
#[derive(serde::Deserialize)]
struct Signed {
    expires: i64,
    signature: String,
}

/// Serves an export a signed URL names, streamed, with `Content-Disposition: attachment` (the
/// Chinese name in RFC 5987 form) and `Cache-Control: no-store`. A bad, tampered or expired URL
/// is 403 with no detail; so is one whose signed caller no longer reads the list.
pub async fn download(request: HttpRequest, endpoint: web::Data<Endpoint>) -> HttpResponse {
    let forbidden = || HttpResponse::Forbidden().insert_header((header::CACHE_CONTROL, "no-store")).finish();
    let token = request.match_info().get("token").unwrap_or_default();
    let Ok(signed) = serde_urlencoded::from_str::<Signed>(request.query_string()) else { return forbidden() };
    let Some(export) = endpoint.app.open_export(token, signed.expires, &signed.signature) else {
        return forbidden();
    };
    let app = &endpoint.app;
    let Some(query) = reparse(app, &export) else { return forbidden() };
    let body = match app.export_body(&export.principal, query, export.format).await {
        Ok(body) => body,
        Err(err) if err.code() == Code::DatabaseUnavailable => {
            tracing::warn!(cause = %err, "export: database unavailable");
            return HttpResponse::ServiceUnavailable().insert_header((header::RETRY_AFTER, "1")).finish();
        }
        Err(err) if err.code() == Code::Internal => {
            let correlation_id = uuid::Uuid::new_v4().to_string();
            tracing::error!(correlation_id = %correlation_id, cause = %err, "export failed internally");
            return HttpResponse::InternalServerError().finish();
        }
        Err(_) => return forbidden(),
    };
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, body.content_type))
        .insert_header((header::CONTENT_DISPOSITION, crate::attachment::content_disposition(&body.file_name)))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .streaming(body.body.map(|chunk| chunk.map(web::Bytes::from)))
}

/// The signed filter parsed again as the request parsed it, for the signed caller; None when it
/// no longer parses (an industry withdrawn meanwhile): refused like a bad URL.
fn reparse(app: &App, export: &SignedExport) -> Option<ExportQuery> {
    let value = async_graphql::Value::from_json(export.filter.clone()).ok()?;
    let filter = <ExportFilterInput as InputType>::parse(Some(value)).ok()?;
    filter.into_query(app, &export.principal, export.list, app.today()).ok()
}

/// Removes the null members of every object (an absent input field parses as null again).
fn drop_nulls(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(members) => {
            members.retain(|_, member| !member.is_null());
            members.values_mut().for_each(drop_nulls);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(drop_nulls),
        _ => {}
    }
}
