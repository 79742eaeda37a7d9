//! Enterprise periodic reports (企业定期报告 periodic report, §二(五)) in GraphQL: the report, the
//! due list with each report's standing on the working-day calendar, the fields an industry
//! declares, and the mutations that save, submit, acknowledge and return (docs/adr/0041).

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{Code, DueReport as DueRecord, DueReportCursor, DueReportFilter, DueReportQuery};
use oversight_domain::enterprise_report::content::{RawField, RawQuantity};
use oversight_domain::enterprise_report::{
    FieldKind, FieldSpec, FieldValue, PeriodicReport as Record, Quantity, RawContent, ReportStatus, Standing,
};
use oversight_domain::{EnterpriseId, PeriodicReportId};

use crate::enums::mirror;
use crate::error::{ApiError, ResultExt, caller};
use crate::ids::{NodeType, global_id, parse_numeric_id};
use crate::loaders::load;
use crate::page::{Connection, connection, page_request};
use crate::registry::enterprise::Enterprise;

mirror! {
    /// Where a periodic report (企业定期报告 periodic report) stands.
    PeriodicReportStatusGql as "PeriodicReportStatus" <=> ReportStatus {
        /// Saved by the enterprise, not yet submitted.
        Draft,
        /// Submitted, waiting for the supervising authority.
        Submitted,
        /// Returned for correction with a reason; the enterprise corrects and resubmits.
        Returned,
        /// Acknowledged (签收 acknowledged) by the supervising authority: final.
        Acknowledged,
    }
}

mirror! {
    /// Where an enterprise stands on a quarter's report, judged on the working-day calendar.
    PeriodicReportStandingGql as "PeriodicReportStanding" <=> Standing {
        /// Not submitted yet; the due day has not passed.
        Due,
        /// Not submitted by the due day (逾期 overdue), still not.
        Overdue,
        /// Returned for correction, waiting for the resubmission.
        Returned,
        /// Submitted, waiting for the supervising authority.
        Submitted,
        /// Acknowledged by the supervising authority.
        Acknowledged,
    }
}

/// An exact quantity with its unit.
#[derive(SimpleObject)]
pub struct ReportQuantity {
    /// The value as a plain decimal string (never a float).
    pub value: String,
    /// Its unit (t, km, 万元 …).
    pub unit: String,
}

impl From<&Quantity> for ReportQuantity {
    fn from(quantity: &Quantity) -> Self {
        ReportQuantity { value: quantity.value.to_string(), unit: quantity.unit.clone() }
    }
}

/// The value of an industry field of a report.
#[derive(SimpleObject)]
pub struct ReportFieldValue {
    /// The field's code, as the industry's plugin declares it.
    pub code: String,
    /// The value as text: a plain decimal, a whole number, the text, or `true`/`false`.
    pub value: String,
    /// The unit of a quantity; null for text and yes/no.
    pub unit: Option<String>,
}

/// A field the industry's plugin declares for the periodic report.
#[derive(SimpleObject)]
pub struct ReportFieldDeclaration {
    /// The field's code.
    pub code: String,
    /// Its Chinese name.
    pub name_zh: String,
    /// `DECIMAL`, `INTEGER`, `TEXT` or `BOOLEAN`.
    pub kind: String,
    /// The unit values carry (decimals and integers); null otherwise.
    pub unit: Option<String>,
    /// The most decimal places (decimals), or characters (text); null when unbounded.
    pub limit: Option<u32>,
    /// Whether the report can be submitted without it.
    pub required: bool,
}

pub struct PeriodicReport(pub Record);

/// An enterprise's periodic report (企业定期报告 periodic report, §二(五)) for one industry and
/// quarter: the common fields, the industry's own, and its way through the supervising
/// authority.
#[Object]
impl PeriodicReport {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        global_id(NodeType::PeriodicReport, self.0.id)
    }
    /// The reporting enterprise; null when outside the caller's reach.
    async fn enterprise(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Enterprise>> {
        Ok(load(ctx, |l| &l.enterprise, self.0.enterprise_id).await?.map(Enterprise))
    }
    /// The industry code of the licenses reported on.
    async fn industry(&self) -> &str {
        &self.0.industry
    }
    /// The quarter (季度 quarter), written `2026Q3`.
    async fn period(&self) -> String {
        self.0.period.to_string()
    }
    /// The last day the report is on time: 15 working days after the quarter.
    async fn due_on(&self) -> NaiveDate {
        self.0.due_on
    }
    /// Where the report stands.
    async fn status(&self) -> PeriodicReportStatusGql {
        self.0.status.into()
    }
    /// Whether it was first submitted after the due day.
    async fn late(&self) -> bool {
        self.0.late()
    }
    /// Production output (产量 output) in the quarter.
    async fn output(&self) -> ReportQuantity {
        (&self.0.content.common.output).into()
    }
    /// Sales (销售 sales) in the quarter.
    async fn sales(&self) -> ReportQuantity {
        (&self.0.content.common.sales).into()
    }
    /// Quality incidents (质量事故 quality incident) in the quarter.
    async fn quality_incidents(&self) -> i64 {
        self.0.content.common.quality_incidents
    }
    /// What the quality incidents were; null when none.
    async fn quality_incident_notes(&self) -> Option<&str> {
        self.0.content.common.quality_incident_notes.as_deref()
    }
    /// Quality complaints (质量投诉 complaint) received in the quarter.
    async fn complaints(&self) -> i64 {
        self.0.content.common.complaints
    }
    /// What the complaints were about; null when none.
    async fn complaint_notes(&self) -> Option<&str> {
        self.0.content.common.complaint_notes.as_deref()
    }
    /// Whether production conditions, inspection means or process changed.
    async fn conditions_changed(&self) -> bool {
        self.0.content.common.conditions_changed
    }
    /// How they changed; null when they did not.
    async fn conditions_change(&self) -> Option<&str> {
        self.0.content.common.conditions_change.as_deref()
    }
    /// The industry's fields, by code.
    async fn fields(&self) -> Vec<ReportFieldValue> {
        self.0.content.fields.iter().map(|(code, value)| field_value(code, value)).collect()
    }
    /// The plugin whose profile validated the industry fields; null when no plugin serves the
    /// industry.
    async fn plugin_id(&self) -> Option<&str> {
        self.0.profile.as_ref().map(|p| p.plugin_id.as_str())
    }
    /// The version of that profile.
    async fn plugin_version(&self) -> Option<&str> {
        self.0.profile.as_ref().map(|p| p.version.as_str())
    }
    /// How many times it was submitted.
    async fn submissions(&self) -> i32 {
        self.0.submissions
    }
    /// The day of the first submission; null before.
    async fn first_submitted_on(&self) -> Option<NaiveDate> {
        self.0.first_submitted_on
    }
    /// The day of the latest submission; null before.
    async fn submitted_on(&self) -> Option<NaiveDate> {
        self.0.submitted_on
    }
    /// The reason of the latest return; null when never returned.
    async fn return_reason(&self) -> Option<&str> {
        self.0.return_reason.as_deref()
    }
    /// Who last acknowledged or returned it (by subject).
    async fn decided_by(&self) -> Option<&str> {
        self.0.decided_by.as_deref()
    }
    /// The day it was last acknowledged or returned.
    async fn decided_on(&self) -> Option<NaiveDate> {
        self.0.decided_on
    }
    /// When it was first saved.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// When it last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

fn field_value(code: &str, value: &FieldValue) -> ReportFieldValue {
    let (text, unit) = match value {
        FieldValue::Decimal { value, unit } => (value.to_string(), Some(unit.clone())),
        FieldValue::Integer { value, unit } => (value.to_string(), Some(unit.clone())),
        FieldValue::Text { value } => (value.clone(), None),
        FieldValue::Boolean { value } => (value.to_string(), None),
    };
    ReportFieldValue { code: code.to_owned(), value: text, unit }
}

pub struct DueReport(DueRecord);

/// A periodic report owed (应报 report due): an enterprise holding a license of the industry in
/// force in the quarter, with its standing and its report when it has one.
#[Object]
impl DueReport {
    /// The enterprise that owes it.
    async fn enterprise(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Enterprise>> {
        Ok(load(ctx, |l| &l.enterprise, self.0.enterprise_id).await?.map(Enterprise))
    }
    /// The enterprise's global ID.
    async fn enterprise_id(&self) -> ID {
        global_id(NodeType::Enterprise, self.0.enterprise_id)
    }
    /// The industry reported on.
    async fn industry(&self) -> &str {
        &self.0.industry
    }
    /// The quarter, written `2026Q3`.
    async fn period(&self) -> String {
        self.0.period.to_string()
    }
    /// The last day it is on time.
    async fn due_on(&self) -> NaiveDate {
        self.0.due_on
    }
    /// Where it stands today.
    async fn standing(&self) -> PeriodicReportStandingGql {
        self.0.standing.into()
    }
    /// The report saved for it; null when none yet.
    async fn report(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<PeriodicReport>> {
        let Some(id) = self.0.report_id else { return Ok(None) };
        Ok(load(ctx, |l| &l.periodic_report, id).await?.map(PeriodicReport))
    }
}

/// The count of the due list the page was read from, judged on the same day.
pub struct DueReportTotal {
    filter: DueReportFilter,
}

#[Object]
impl DueReportTotal {
    /// How many reports are owed (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_due_reports(principal, &self.filter).await.gql()
    }
}

/// Cursor of the due list: `r:<enterprise>:<industry>`.
fn due_cursor(row: &DueRecord) -> String {
    URL_SAFE_NO_PAD.encode(format!("r:{}:{}", row.enterprise_id, row.industry))
}

fn parse_due_cursor(cursor: &str) -> Result<DueReportCursor, ApiError> {
    URL_SAFE_NO_PAD
        .decode(cursor)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .and_then(|text| {
            let (enterprise, industry) = text.strip_prefix("r:")?.split_once(':')?;
            Some(DueReportCursor {
                enterprise_id: EnterpriseId::new(enterprise.parse().ok()?),
                industry: industry.to_owned(),
            })
        })
        .ok_or_else(|| {
            ApiError::new(Code::InvalidCursor, "the cursor was not issued by this list")
                .with_field("after/before")
        })
}

#[derive(Default)]
pub struct PeriodicReportQuery;

#[Object]
impl PeriodicReportQuery {
    /// The periodic reports owed for a quarter (应报 reports due) in the caller's reach — a
    /// city's or county's jurisdiction, a province, the nation; an enterprise sees its own (its
    /// reminder of what is due) — with each one's standing today on the working-day calendar
    /// (OVERDUE once the due day has passed without a submission), by enterprise then industry.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    #[allow(clippy::too_many_arguments)] // a GraphQL field's arguments are its parameters
    async fn periodic_reports_due(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The quarter, `2026Q3`; default: the last quarter ended.")] period: Option<String>,
        #[graphql(desc = "Only this industry (code).")] industry: Option<String>,
        #[graphql(desc = "Only this enterprise.")] enterprise_id: Option<ID>,
        #[graphql(desc = "Only these standings (all when absent or empty).")] standings: Option<
            Vec<PeriodicReportStandingGql>,
        >,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, DueReport, DueReportTotal>> {
        let request = page_request(first, after, last, before, parse_due_cursor)?;
        let enterprise_id = enterprise_id
            .map(|id| parse_numeric_id(&id, NodeType::Enterprise, "enterpriseId"))
            .transpose()?;
        let standings = standings.unwrap_or_default().into_iter().map(Into::into).collect();
        let (app, principal) = caller(ctx)?;
        let query = DueReportQuery { period, industry, enterprise_id, standings };
        let filter = app.due_report_filter(query).await.gql()?;
        let page = app.due_reports(principal, &filter, &request).await.gql()?;
        Ok(connection(page, DueReportTotal { filter }, due_cursor, DueReport))
    }

    /// The fields an industry's plugin declares for the periodic report, after the common ones
    /// (none for an industry no plugin serves).
    async fn periodic_report_fields(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The industry code.")] industry: String,
    ) -> async_graphql::Result<Vec<ReportFieldDeclaration>> {
        let (app, _) = caller(ctx)?;
        Ok(app.periodic_report_fields(&industry).into_iter().map(declaration).collect())
    }
}

fn declaration(spec: FieldSpec) -> ReportFieldDeclaration {
    let (kind, unit, limit) = match spec.kind {
        FieldKind::Decimal { unit, scale } => ("DECIMAL", Some(unit), scale),
        FieldKind::Integer { unit } => ("INTEGER", Some(unit), None),
        FieldKind::Text { max_length } => ("TEXT", None, Some(max_length)),
        FieldKind::Boolean => ("BOOLEAN", None, None),
    };
    ReportFieldDeclaration {
        code: spec.code,
        name_zh: spec.name_zh,
        kind: kind.to_owned(),
        unit,
        limit,
        required: spec.required,
    }
}

/// A quantity as typed: a plain decimal and its unit.
#[derive(InputObject)]
pub struct ReportQuantityInput {
    /// A plain decimal, not negative (`1250.5`).
    pub value: String,
    /// Its unit, 1–16 characters (t, km, 万元 …).
    pub unit: String,
}

/// An industry field's value.
#[derive(InputObject)]
pub struct ReportFieldInput {
    /// The field's code, as the industry's plugin declares it (`periodicReportFields`).
    pub code: String,
    /// The value as text: a plain decimal, a whole number, the text, or `true`/`false`.
    pub value: String,
    /// The unit, exactly the declared one, for decimals and integers.
    pub unit: Option<String>,
}

/// The enterprise's report for an industry and a quarter that has ended.
#[derive(InputObject)]
pub struct SavePeriodicReportInput {
    /// The enterprise (the caller's own).
    pub enterprise_id: ID,
    /// The industry code of a license it holds in force in the quarter.
    pub industry: String,
    /// The quarter, `2026Q3`: ended, at most three years ago.
    pub period: String,
    /// Production output in the quarter.
    pub output: ReportQuantityInput,
    /// Sales in the quarter.
    pub sales: ReportQuantityInput,
    /// Quality incidents in the quarter (0 or more).
    pub quality_incidents: i64,
    /// What they were: required when there were any.
    pub quality_incident_notes: Option<String>,
    /// Quality complaints received (0 or more).
    pub complaints: i64,
    /// What they were about: required when there were any.
    pub complaint_notes: Option<String>,
    /// Whether production conditions, inspection means or process changed.
    pub conditions_changed: bool,
    /// How: required when they changed.
    pub conditions_change: Option<String>,
    /// The industry's fields (required ones may wait until the submission).
    pub fields: Option<Vec<ReportFieldInput>>,
}

/// A periodic report acted on.
#[derive(InputObject)]
pub struct PeriodicReportInput {
    /// The report.
    pub report_id: ID,
}

/// A submitted report returned for correction.
#[derive(InputObject)]
pub struct ReturnPeriodicReportInput {
    /// The SUBMITTED report.
    pub report_id: ID,
    /// What to correct, 2–500 characters.
    pub reason: String,
}

/// The report after a mutation.
#[derive(SimpleObject)]
pub struct PeriodicReportPayload {
    /// The report as stored.
    pub report: PeriodicReport,
}

#[derive(Default)]
pub struct PeriodicReportMutation;

#[Object]
impl PeriodicReportMutation {
    /// The enterprise saves its periodic report (企业定期报告 periodic report): a new draft, or
    /// the draft or returned report corrected. INVALID_PERIODIC_REPORT and INVALID_REPORT_FIELD
    /// name every bad field; NO_PERIODIC_REPORT_OWED without a license of the industry in force in
    /// the quarter.
    async fn save_periodic_report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report.")] input: SavePeriodicReportInput,
    ) -> async_graphql::Result<PeriodicReportPayload> {
        let id = parse_numeric_id(&input.enterprise_id, NodeType::Enterprise, "input.enterpriseId")?;
        let quantity = |q: ReportQuantityInput| RawQuantity { value: q.value, unit: q.unit };
        let fields = input.fields.unwrap_or_default().into_iter();
        let raw = RawContent {
            output: quantity(input.output),
            sales: quantity(input.sales),
            quality_incidents: input.quality_incidents,
            quality_incident_notes: input.quality_incident_notes,
            complaints: input.complaints,
            complaint_notes: input.complaint_notes,
            conditions_changed: input.conditions_changed,
            conditions_change: input.conditions_change,
            fields: fields.map(|f| RawField { code: f.code, value: f.value, unit: f.unit }).collect(),
        };
        let (app, principal) = caller(ctx)?;
        let record = app
            .save_periodic_report(principal, id, &input.industry, &input.period, raw)
            .await
            .gql_input("input")?;
        Ok(PeriodicReportPayload { report: PeriodicReport(record) })
    }

    /// The enterprise submits its saved report. PERIODIC_REPORT_INCOMPLETE names the required
    /// industry fields left out.
    async fn submit_periodic_report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report.")] input: PeriodicReportInput,
    ) -> async_graphql::Result<PeriodicReportPayload> {
        let id: PeriodicReportId =
            parse_numeric_id(&input.report_id, NodeType::PeriodicReport, "input.reportId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.submit_periodic_report(principal, id).await.gql_input("input")?;
        Ok(PeriodicReportPayload { report: PeriodicReport(record) })
    }

    /// The city or county that supervises the enterprise acknowledges (签收 acknowledged) a
    /// submitted report.
    async fn acknowledge_periodic_report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report.")] input: PeriodicReportInput,
    ) -> async_graphql::Result<PeriodicReportPayload> {
        let id: PeriodicReportId =
            parse_numeric_id(&input.report_id, NodeType::PeriodicReport, "input.reportId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.acknowledge_periodic_report(principal, id).await.gql_input("input")?;
        Ok(PeriodicReportPayload { report: PeriodicReport(record) })
    }

    /// The city or county that supervises the enterprise returns a submitted report for
    /// correction, with the reason.
    async fn return_periodic_report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report and the reason.")] input: ReturnPeriodicReportInput,
    ) -> async_graphql::Result<PeriodicReportPayload> {
        let id: PeriodicReportId =
            parse_numeric_id(&input.report_id, NodeType::PeriodicReport, "input.reportId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.return_periodic_report(principal, id, &input.reason).await.gql_input("input")?;
        Ok(PeriodicReportPayload { report: PeriodicReport(record) })
    }
}
