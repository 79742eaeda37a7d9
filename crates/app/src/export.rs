//! Exports (导出, issue 17 item 4, docs/adr/0028): a list screen's data as an XLSX workbook or a
//! CSV file. `request_export` checks that the caller reads the list (the list query's own scope),
//! records who exported what in the audit chain and answers a short-lived signed URL; the URL
//! carries the caller and the filter, signed with the attachments' URL key, so the download
//! reads exactly what the request was allowed to read and a changed byte is refused. The
//! download pages through the list by keyset (`rows.rs`) and streams: CSV page by page
//! (`delimited.rs`), XLSX written in constant-memory mode to a temporary file, then read out
//! (`workbook.rs`).

mod campaigns;
mod cases;
mod delimited;
mod draws;
mod due;
mod enforcement;
mod follow_ups;
mod obligations;
mod orders;
mod patrols_due;
mod reports;
mod responsibility;
mod reviews;
mod risk_classes;
mod rows;
mod spot_checks;
mod workbook;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use futures_util::stream::BoxStream;
use hmac::Mac;
use oversight_domain::access::Organisation;
use oversight_domain::audit::Operation;
use oversight_domain::{
    AuthorityId, AuthorityLevel, DrawId, EnterpriseId, GeneratedReportId, InstitutionId, RegionCode, TypedId,
};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::{
    Action, App, AppError, CampaignFilter, CounterfeitCaseFilter, DueReportQuery, EnterpriseFilter,
    FollowUpFilter, InboxKind, LicenseFilter, MeasureFilter, MeetingFilter, NoticeFilter, OrderFilter,
    PatrolDueFilter, PatrolFilter, Principal, ProposalFilter, RecordFilter, RectificationFilter,
    RequestFilter, Resource, ReviewFilter, Role, TaskFilter, Tier, UnlicensedCaseFilter, now,
};

pub use rows::Cell;

oversight_domain::stored_enum! {
    /// The lists that export (the list queries of the same names).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ExportList {
        Enterprises = "enterprises",
        Licenses = "licenses",
        TestingTasks = "testingTasks",
        LinkageNotices = "linkageNotices",
        PatrolRecords = "patrolRecords",
        GeneratedReport = "generatedReport",
        Rectifications = "rectifications",
        AnnualReviews = "annualReviews",
        PatrolMeasures = "patrolMeasures",
        FollowUps = "followUps",
        RevocationProposals = "revocationProposals",
        SupervisionOrders = "supervisionOrders",
        LowerTierRequests = "lowerTierRequests",
        DueTests = "dueTests",
        RiskClasses = "riskClasses",
        Draws = "draws",
        PeriodicReportsDue = "periodicReportsDue",
        Inbox = "inbox",
        UnlicensedCases = "unlicensedCases",
        CounterfeitCases = "counterfeitCases",
        PatrolsDue = "patrolsDue",
        ResponsibilityRecords = "responsibilityRecords",
        Campaigns = "campaigns",
        RectificationMeetings = "rectificationMeetings",
        SpotCheckImports = "spotCheckImports",
        GeneratedReports = "generatedReports",
    }
}

impl ExportList {
    /// The sheet's and the file's Chinese name.
    pub fn title_zh(self) -> &'static str {
        match self {
            ExportList::Enterprises => "企业名录",
            ExportList::Licenses => "生产许可证",
            ExportList::TestingTasks => "监督检验任务",
            ExportList::LinkageNotices => "联动通报",
            ExportList::PatrolRecords => "巡查回访记录",
            ExportList::GeneratedReport => "监管工作报告",
            ExportList::Rectifications => "整改",
            ExportList::AnnualReviews => "年度审查",
            ExportList::PatrolMeasures => "巡查处置措施",
            ExportList::FollowUps => "回访",
            ExportList::RevocationProposals => "吊销建议",
            ExportList::SupervisionOrders => "督查督办",
            ExportList::LowerTierRequests => "下级反映事项",
            ExportList::DueTests => "应检清单",
            ExportList::RiskClasses => "企业风险等级",
            ExportList::Draws => "双随机抽取结果",
            ExportList::PeriodicReportsDue => "企业定期报告应报清单",
            ExportList::Inbox => "待办事项",
            ExportList::UnlicensedCases => "无证生产案件",
            ExportList::CounterfeitCases => "恶意造假案件",
            ExportList::PatrolsDue => "应巡查企业",
            ExportList::ResponsibilityRecords => "表彰奖励和追究责任记录",
            ExportList::Campaigns => "专项整治",
            ExportList::RectificationMeetings => "行业整顿会议",
            ExportList::SpotCheckImports => "监督抽查导入记录",
            ExportList::GeneratedReports => "监管工作报告清单",
        }
    }

    /// Whether the workbook gets the statistics sheet with the pass-rate charts: the registry
    /// and testing lists do; notices, patrols, the handling lists (rectifications, reviews,
    /// measures, follow-ups, proposals), orders, requests, due tests, reports due, the inbox, the
    /// enforcement cases, the patrols due, the responsibility records, the campaigns and the
    /// rectification meetings are not samples, nor are the spot-check imports (files, not their
    /// results), nor the list of generated reports (§8, §10–§12, §14–§21 of docs/adr/0028).
    fn has_charts(self) -> bool {
        matches!(self, ExportList::Enterprises | ExportList::Licenses | ExportList::TestingTasks)
    }
}

oversight_domain::stored_enum! {
    /// The file an export is written as.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ExportFormat {
        Xlsx = "xlsx",
        Csv = "csv",
    }
}

impl ExportFormat {
    pub fn content_type(self) -> &'static str {
        match self {
            ExportFormat::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ExportFormat::Csv => "text/csv; charset=utf-8",
        }
    }
}

/// A list and the filter its query takes, as the list's read parses it.
#[derive(Debug, Clone)]
pub enum ExportQuery {
    Enterprises(EnterpriseFilter),
    Licenses(LicenseFilter),
    TestingTasks(TaskFilter),
    LinkageNotices(NoticeFilter),
    PatrolRecords(PatrolFilter),
    /// One generated report (年度报告, 半年报告): its current version's figures.
    GeneratedReport(GeneratedReportId),
    Rectifications(RectificationFilter),
    AnnualReviews(ReviewFilter),
    PatrolMeasures(MeasureFilter),
    FollowUps(FollowUpFilter),
    RevocationProposals(ProposalFilter),
    SupervisionOrders(OrderFilter),
    LowerTierRequests(RequestFilter),
    DueTests(DueTestsQuery),
    /// The enterprise list's filter: the enterprises with their current risk class (风险等级).
    RiskClasses(EnterpriseFilter),
    /// One draw's published result (双随机): its targets and their inspectors.
    Draws(DrawId),
    /// The `periodicReportsDue` list's arguments, judged (quarter, due day, today) on the
    /// download's first page.
    PeriodicReportsDue(DueReportQuery),
    /// The caller's own inbox, narrowed to these kinds when given.
    Inbox(Option<Vec<InboxKind>>),
    UnlicensedCases(UnlicensedCaseFilter),
    CounterfeitCases(CounterfeitCaseFilter),
    /// The caller's queue of patrols due, judged (jurisdiction, rules, key counties) on the
    /// download's first page.
    PatrolsDue(PatrolDueFilter),
    /// Commendation and accountability records (表彰奖励 / 追究责任), newest first.
    ResponsibilityRecords(RecordFilter),
    /// Key-industry campaigns (专项整治), newest first; their phase judged on the download's day.
    Campaigns(CampaignFilter),
    /// Industry rectification meetings (行业整顿会议), newest first.
    RectificationMeetings(MeetingFilter),
    /// Spot-check imports (监督抽查结果导入), newest first: the list takes no filter.
    SpotCheckImports,
    /// The generated reports' list (not one report's figures), of one status when given.
    GeneratedReports(Option<oversight_domain::generated_report::ReportStatus>),
}

/// The `dueTests` list's arguments: the authority whose jurisdiction is listed, and the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DueTestsQuery {
    pub authority: AuthorityId,
    pub from: chrono::NaiveDate,
    pub to: chrono::NaiveDate,
}

impl ExportQuery {
    pub fn list(&self) -> ExportList {
        match self {
            ExportQuery::Enterprises(_) => ExportList::Enterprises,
            ExportQuery::Licenses(_) => ExportList::Licenses,
            ExportQuery::TestingTasks(_) => ExportList::TestingTasks,
            ExportQuery::LinkageNotices(_) => ExportList::LinkageNotices,
            ExportQuery::PatrolRecords(_) => ExportList::PatrolRecords,
            ExportQuery::GeneratedReport(_) => ExportList::GeneratedReport,
            ExportQuery::Rectifications(_) => ExportList::Rectifications,
            ExportQuery::AnnualReviews(_) => ExportList::AnnualReviews,
            ExportQuery::PatrolMeasures(_) => ExportList::PatrolMeasures,
            ExportQuery::FollowUps(_) => ExportList::FollowUps,
            ExportQuery::RevocationProposals(_) => ExportList::RevocationProposals,
            ExportQuery::SupervisionOrders(_) => ExportList::SupervisionOrders,
            ExportQuery::LowerTierRequests(_) => ExportList::LowerTierRequests,
            ExportQuery::DueTests(_) => ExportList::DueTests,
            ExportQuery::RiskClasses(_) => ExportList::RiskClasses,
            ExportQuery::Draws(_) => ExportList::Draws,
            ExportQuery::PeriodicReportsDue(_) => ExportList::PeriodicReportsDue,
            ExportQuery::Inbox(_) => ExportList::Inbox,
            ExportQuery::UnlicensedCases(_) => ExportList::UnlicensedCases,
            ExportQuery::CounterfeitCases(_) => ExportList::CounterfeitCases,
            ExportQuery::PatrolsDue(_) => ExportList::PatrolsDue,
            ExportQuery::ResponsibilityRecords(_) => ExportList::ResponsibilityRecords,
            ExportQuery::Campaigns(_) => ExportList::Campaigns,
            ExportQuery::RectificationMeetings(_) => ExportList::RectificationMeetings,
            ExportQuery::SpotCheckImports => ExportList::SpotCheckImports,
            ExportQuery::GeneratedReports(_) => ExportList::GeneratedReports,
        }
    }
}

/// The answer to an export request: where to download it, until when, under which name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportTicket {
    /// A path on this server: `/exports/<token>?expires=<unix>&signature=<hex>`.
    pub url: String,
    pub expires_at: DateTime<Utc>,
    pub file_name: String,
}

/// What a signed URL admitted: the caller as it was when it asked, and what it asked for. The
/// filter is the request's own input, for the api to parse again as it did then.
#[derive(Debug, Clone)]
pub struct SignedExport {
    pub principal: Principal,
    pub list: ExportList,
    pub format: ExportFormat,
    pub filter: Value,
}

/// A download: its name, type and bytes, streamed.
pub struct ExportBody {
    pub file_name: String,
    pub content_type: &'static str,
    pub body: BoxStream<'static, std::io::Result<Vec<u8>>>,
}

/// The signed token's content (JSON, then base64url): the principal in full, so the download
/// needs no session and cannot be replayed by anyone else with a wider reach.
#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    sub: String,
    role: String,
    tier: Option<String>,
    org: OrgClaim,
    list: String,
    format: String,
    filter: Value,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
enum OrgClaim {
    Authority { id: i64, region: String, level: String },
    Institution { id: i64, region: String },
    Enterprise { id: i64, region: String },
    Platform,
}

impl Claims {
    fn of(principal: &Principal, list: ExportList, format: ExportFormat, filter: Value) -> Claims {
        let org = match &principal.organisation {
            Organisation::Authority { id, region, level } => OrgClaim::Authority {
                id: id.key(),
                region: region.as_str().to_owned(),
                level: level.as_str().to_owned(),
            },
            Organisation::Institution { id, region } => {
                OrgClaim::Institution { id: id.key(), region: region.as_str().to_owned() }
            }
            Organisation::Enterprise { id, region } => {
                OrgClaim::Enterprise { id: id.key(), region: region.as_str().to_owned() }
            }
            Organisation::Platform => OrgClaim::Platform,
        };
        Claims {
            sub: principal.subject.clone(),
            role: principal.role.as_str().to_owned(),
            tier: principal.tier.map(|tier| tier.as_str().to_owned()),
            org,
            list: list.as_str().to_owned(),
            format: format.as_str().to_owned(),
            filter,
        }
    }

    /// The export the claims describe; None when any part does not parse (a token this server
    /// did not sign never gets here: the signature is checked first).
    fn into_export(self) -> Option<SignedExport> {
        let region = |code: &str| RegionCode::parse(code).ok();
        let organisation = match self.org {
            OrgClaim::Authority { id, region: code, level } => Organisation::Authority {
                id: AuthorityId::new(id),
                region: region(&code)?,
                level: AuthorityLevel::parse(&level)?,
            },
            OrgClaim::Institution { id, region: code } => {
                Organisation::Institution { id: InstitutionId::new(id), region: region(&code)? }
            }
            OrgClaim::Enterprise { id, region: code } => {
                Organisation::Enterprise { id: EnterpriseId::new(id), region: region(&code)? }
            }
            OrgClaim::Platform => Organisation::Platform,
        };
        let tier = match self.tier {
            Some(tier) => Some(Tier::parse(&tier)?),
            None => None,
        };
        let principal = Principal::new(self.sub, Role::parse(&self.role)?, tier, organisation).ok()?;
        Some(SignedExport {
            principal,
            list: ExportList::parse(&self.list)?,
            format: ExportFormat::parse(&self.format)?,
            filter: self.filter,
        })
    }
}

impl App {
    /// Asks for an export of `query`'s list as `format`. The caller must read the list (the list
    /// query's scope check: FORBIDDEN otherwise); the request is audited with the list, format
    /// and filter (`filter` is the request's input as given, which the URL also carries).
    pub async fn request_export(
        &self,
        principal: &Principal,
        query: &ExportQuery,
        format: ExportFormat,
        filter: Value,
    ) -> Result<ExportTicket, AppError> {
        check_reads(principal, query)?;
        self.check_named(principal, query).await?;
        let list = query.list();
        let work = self.begin(principal, Operation::RequestExport).await?;
        let after = serde_json::json!({
            "list": list.as_str(),
            "format": format.as_str(),
            "filter": filter.clone(),
        });
        work.commit(None, Some(after)).await?;
        let claims = Claims::of(principal, list, format, filter);
        let json = serde_json::to_vec(&claims).map_err(workbook::failed)?;
        let token = URL_SAFE_NO_PAD.encode(json);
        let ttl = i64::try_from(self.attachments.url_ttl.as_secs()).unwrap_or(300);
        let expires = now().timestamp() + ttl;
        let signature = self
            .attachments
            .mac(&message(&token, expires))
            .map(|mac| hex::encode(mac.finalize().into_bytes()))
            .unwrap_or_default();
        Ok(ExportTicket {
            url: format!("/exports/{token}?expires={expires}&signature={signature}"),
            expires_at: DateTime::from_timestamp(expires, 0).unwrap_or_else(now),
            file_name: file_name(list, format, self.today()),
        })
    }

    /// The export a signed URL names; None when the signature is wrong, the URL expired or the
    /// token does not parse (the HTTP layer answers 403 alike, with no detail).
    pub fn open_export(&self, token: &str, expires: i64, signature: &str) -> Option<SignedExport> {
        let signature = hex::decode(signature).ok()?;
        let valid = self
            .attachments
            .mac(&message(token, expires))
            .is_some_and(|mac| mac.verify_slice(&signature).is_ok());
        if !valid || expires < now().timestamp() {
            return None;
        }
        let json = URL_SAFE_NO_PAD.decode(token).ok()?;
        serde_json::from_slice::<Claims>(&json).ok()?.into_export()
    }

    /// The file of an export the URL admitted, for `principal` (the signed one): the list read
    /// again in the caller's scope, page by page.
    pub async fn export_body(
        &self,
        principal: &Principal,
        query: ExportQuery,
        format: ExportFormat,
    ) -> Result<ExportBody, AppError> {
        check_reads(principal, &query)?;
        self.check_named(principal, &query).await?;
        let file_name = file_name(query.list(), format, self.today());
        let body = match format {
            ExportFormat::Csv => delimited::stream(self.clone(), principal.clone(), query),
            ExportFormat::Xlsx => workbook::write(self, principal, query).await?,
        };
        Ok(ExportBody { file_name, content_type: format.content_type(), body })
    }
}

impl App {
    /// An export that names its object is checked against it at the request and again at the
    /// download, before a byte of a streamed file is sent: a report's caller must read the
    /// report (NOT_FOUND otherwise); a due-test list's, the list of that authority and window
    /// (`due_plan`: the list's own refusals — out of jurisdiction, a window too long); a draw's,
    /// a draw that exists (its record is public: whoever reads it exports it); the reports due,
    /// a quarter that parses (the list's own `due_report_filter`).
    async fn check_named(&self, principal: &Principal, query: &ExportQuery) -> Result<(), AppError> {
        match query {
            ExportQuery::GeneratedReport(id)
                if self.generated_reports_by_ids(principal, &[*id]).await?.is_empty() =>
            {
                return Err(AppError::NotFound { what: "generated report" });
            }
            ExportQuery::DueTests(due) => {
                self.due_plan(principal, due.authority, due.from, due.to).await?;
            }
            ExportQuery::Draws(id) if self.public_draw(*id).await?.is_none() => {
                return Err(AppError::NotFound { what: "draw" });
            }
            ExportQuery::PeriodicReportsDue(due) => {
                self.due_report_filter(due.clone()).await?;
            }
            _ => {}
        }
        Ok(())
    }
}

/// The message a URL's signature covers: its kind, token and expiry.
fn message(token: &str, expires: i64) -> String {
    format!("export:{token}:{expires}")
}

/// `企业名录-2026-12-06.xlsx`.
fn file_name(list: ExportList, format: ExportFormat, today: chrono::NaiveDate) -> String {
    format!("{}-{today}.{}", list.title_zh(), format.as_str())
}

/// The list query's own check: the same scope function refuses the same callers. The handling
/// lists (rectifications, annual reviews, patrol measures, follow-ups, revocation proposals) are
/// read in the registry's scope, as their queries are; orders and requests in the tiers' scope;
/// the reports due in the registry's; the inbox by its own rule (everyone reads their own); the
/// enforcement cases in their lists' case scopes; the responsibility records, campaigns and
/// meetings in theirs.
fn check_reads(principal: &Principal, query: &ExportQuery) -> Result<(), AppError> {
    match query {
        ExportQuery::Enterprises(_)
        | ExportQuery::Licenses(_)
        | ExportQuery::PatrolRecords(_)
        | ExportQuery::Rectifications(_)
        | ExportQuery::AnnualReviews(_)
        | ExportQuery::PatrolMeasures(_)
        | ExportQuery::FollowUps(_)
        | ExportQuery::RevocationProposals(_)
        | ExportQuery::PeriodicReportsDue(_)
        | ExportQuery::PatrolsDue(_) => crate::read_scope(principal).map(|_| ()),
        ExportQuery::TestingTasks(_) => crate::testing::supervision::task_scope(principal).map(|_| ()),
        ExportQuery::LinkageNotices(_) => crate::linkage::notice_scope(principal).map(|_| ()),
        ExportQuery::GeneratedReport(_) | ExportQuery::GeneratedReports(_) => {
            crate::generated_report::report_scope(principal).map(|_| ())
        }
        ExportQuery::SupervisionOrders(_) => {
            crate::responsibility::tier_scope(principal, Action::ReadSupervisionOrders, "supervision orders")
                .map(|_| ())
        }
        ExportQuery::LowerTierRequests(_) => {
            crate::responsibility::tier_scope(principal, Action::ReadLowerTierRequests, "requests")
                .map(|_| ())
        }
        // The listed authority's place decides, so the list's plan checks it (`check_named`).
        ExportQuery::DueTests(_) => Ok(()),
        // The enterprise list read with each one's class: the class's own read (`ReadRiskClass`).
        ExportQuery::RiskClasses(_) => crate::risk::risk_scope(principal).map(|_| ()),
        // A draw's record is published (一公开): the draw exists is all (`check_named`).
        ExportQuery::Draws(_) => Ok(()),
        ExportQuery::Inbox(_) => crate::allow(principal, Action::ReadInbox, &Resource::None, "inbox"),
        ExportQuery::UnlicensedCases(_) => crate::enforcement::unlicensed::case_scope(principal).map(|_| ()),
        ExportQuery::CounterfeitCases(_) => {
            crate::enforcement::counterfeit::case_scope(principal).map(|_| ())
        }
        ExportQuery::ResponsibilityRecords(_) => crate::responsibility::record_scope(principal).map(|_| ()),
        ExportQuery::Campaigns(_) => crate::campaign::campaign_scope(principal).map(|_| ()),
        ExportQuery::RectificationMeetings(_) => {
            crate::campaign::meeting::meeting_scope(principal).map(|_| ())
        }
        ExportQuery::SpotCheckImports => crate::spot_check::import_scope(principal).map(|_| ()),
    }
}
