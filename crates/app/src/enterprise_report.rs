//! Enterprise periodic reports (企业定期报告, §二(五), docs/adr/0041): the enterprise saves and
//! submits its quarter's report — the common fields and its industry plugin's fields, validated
//! against the plugin's declaration and stamped with the profile version that validated them —;
//! the city or county that supervises it acknowledges or returns it; the due list shows, for a
//! quarter, every report owed in the caller's reach with its standing on the working-day
//! calendar (due, overdue, returned, submitted, acknowledged).

use chrono::NaiveDate;
use oversight_domain::archive::ArchiveFact;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::enterprise_report::{
    FieldKind, FieldSpec, NewReport, PeriodicReport, ProfileStamp, RawContent, ReportContent, ReportEvent,
    ReportFact, ReportPeriod, Standing, TransitionRefused,
};
use oversight_domain::text::parse_text;
use oversight_domain::{EnterpriseId, PeriodicReportId, WorkingCalendar};
use oversight_plugin_host::api::profile::ReportFieldKind;
use oversight_storage::enterprise_report::{self as store, Obligation, ObligationCursor, ObligationFilter};
use oversight_storage::registry::enterprise;
use oversight_storage::{StorageError, Tx};

use crate::work::Work;
use crate::{Action, App, AppError, Code, Page, PageRequest, Principal, Resource, allow};

impl From<TransitionRefused> for AppError {
    fn from(refusal: TransitionRefused) -> AppError {
        AppError::refused(Code::IllegalPeriodicReportTransition, "id", refusal.to_string())
    }
}

/// A report owed for an industry and quarter, with its standing on the day it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueReport {
    pub enterprise_id: EnterpriseId,
    pub industry: String,
    pub period: ReportPeriod,
    pub due_on: NaiveDate,
    pub standing: Standing,
    pub report_id: Option<PeriodicReportId>,
}

/// What the due list is asked for: a quarter (default: the last one ended), an industry, one
/// enterprise, the standings wanted (empty: all).
#[derive(Debug, Clone, Default)]
pub struct DueReportQuery {
    pub period: Option<String>,
    pub industry: Option<String>,
    pub enterprise_id: Option<EnterpriseId>,
    pub standings: Vec<Standing>,
}

/// The due list's filter as judged (quarter, due day, today): the page and its count share it.
pub type DueReportFilter = ObligationFilter;
pub type DueReportCursor = ObligationCursor;

impl App {
    /// The enterprise saves its report for an industry it holds a license of and a quarter that
    /// has ended: a new draft, or the draft (or returned report) corrected.
    pub async fn save_periodic_report(
        &self,
        principal: &Principal,
        enterprise_id: EnterpriseId,
        industry: &str,
        period: &str,
        raw: RawContent,
    ) -> Result<PeriodicReport, AppError> {
        let period = ReportPeriod::parse(period)?;
        period.check_reportable(self.today())?;
        let (specs, profile) = self.report_fields(industry);
        let content = ReportContent::parse(raw, &specs)?;
        let mut work = self.begin(principal, Operation::SavePeriodicReport).await?;
        let owner = enterprise::by_id(work.tx(), enterprise_id)
            .await?
            .ok_or(AppError::NotFound { what: "enterprise" })?;
        let resource = Resource::Enterprise { id: owner.id, region: owner.base.region };
        allow(principal, Action::SavePeriodicReport, &resource, "enterprise")?;
        let calendar = work.working_calendar().await?;
        check_owed(&work, &calendar, enterprise_id, industry, period).await?;
        let saved = match store::find(work.tx(), enterprise_id, industry, period).await? {
            Some(current) => {
                let edited = current.edited(content, profile, work.now)?;
                if !store::save(work.tx(), current.status, &edited).await? {
                    return Err(AppError::concurrent("the periodic report changed meanwhile"));
                }
                work.touch([ObjectRef::of(current.id), ObjectRef::of(enterprise_id)]);
                work.commit(Some(current.state()), Some(edited.state())).await?;
                return Ok(edited);
            }
            None => {
                let due_on = period.due_on(&calendar);
                let new = NewReport { enterprise_id, industry: industry.to_owned(), period, due_on };
                match store::insert(work.tx(), &new, &content, profile.as_ref(), &principal.subject, work.now)
                    .await
                {
                    // A first save racing this one won the unique index.
                    Err(StorageError::Conflict(_)) => {
                        return Err(AppError::concurrent("the periodic report was saved meanwhile"));
                    }
                    other => other?,
                }
            }
        };
        work.touch([ObjectRef::of(saved.id), ObjectRef::of(enterprise_id)]);
        work.commit(None, Some(saved.state())).await?;
        Ok(saved)
    }

    /// The enterprise submits its saved report: every required industry field given, under the
    /// profile version that validated it.
    pub async fn submit_periodic_report(
        &self,
        principal: &Principal,
        id: PeriodicReportId,
    ) -> Result<PeriodicReport, AppError> {
        let work = self.begin(principal, Operation::SubmitPeriodicReport).await?;
        let current = report_for(work.tx(), principal, id, Action::SubmitPeriodicReport).await?;
        let (specs, profile) = self.report_fields(&current.industry);
        if profile != current.profile {
            return Err(AppError::refused(
                Code::ReportProfileChanged,
                "id",
                format!(
                    "the industry's report fields changed (now {}) since the report was saved: save it again",
                    profile.as_ref().map_or("none".to_owned(), |p| format!("{} {}", p.plugin_id, p.version))
                ),
            ));
        }
        let missing = current.content.missing(&specs);
        if !missing.is_empty() {
            return Err(AppError::refused(
                Code::PeriodicReportIncomplete,
                "fields",
                format!("required fields are missing: {}", missing.join(", ")),
            ));
        }
        let submitted = current.submitted(work.today, work.now)?;
        let fact = ReportFact::Submitted(&submitted);
        self.save_step(work, &current, &submitted, fact).await?;
        Ok(submitted)
    }

    /// The supervising city or county acknowledges (签收) a submitted report.
    pub async fn acknowledge_periodic_report(
        &self,
        principal: &Principal,
        id: PeriodicReportId,
    ) -> Result<PeriodicReport, AppError> {
        let work = self.begin(principal, Operation::AcknowledgePeriodicReport).await?;
        let current = report_for(work.tx(), principal, id, Action::AcknowledgePeriodicReport).await?;
        let next =
            current.decided(ReportEvent::Acknowledge, None, &principal.subject, work.today, work.now)?;
        self.save_step(work, &current, &next, ReportFact::Acknowledged(&next)).await?;
        Ok(next)
    }

    /// The supervising city or county returns a submitted report for correction, with the reason.
    pub async fn return_periodic_report(
        &self,
        principal: &Principal,
        id: PeriodicReportId,
        reason: &str,
    ) -> Result<PeriodicReport, AppError> {
        let reason = parse_text("reason", reason, 2, 500, true)?;
        let work = self.begin(principal, Operation::ReturnPeriodicReport).await?;
        let current = report_for(work.tx(), principal, id, Action::ReturnPeriodicReport).await?;
        let next =
            current.decided(ReportEvent::Return, Some(&reason), &principal.subject, work.today, work.now)?;
        self.save_step(work, &current, &next, ReportFact::Returned(&next)).await?;
        Ok(next)
    }

    /// Saves a step by compare-and-set, archives its fact and commits.
    async fn save_step(
        &self,
        mut work: Work<'_>,
        current: &PeriodicReport,
        next: &PeriodicReport,
        fact: ReportFact<'_>,
    ) -> Result<(), AppError> {
        if !store::save(work.tx(), current.status, next).await? {
            return Err(AppError::concurrent("the periodic report changed meanwhile"));
        }
        work.archive(current.enterprise_id, None, ArchiveFact::PeriodicReport(fact));
        work.touch([ObjectRef::of(current.id), ObjectRef::of(current.enterprise_id)]);
        work.commit(Some(current.state()), Some(next.state())).await
    }

    /// The industry's report fields as its current plugin declares them, and that profile's
    /// stamp (none for an industry no plugin serves: the common fields only).
    fn report_fields(&self, industry: &str) -> (Vec<FieldSpec>, Option<ProfileStamp>) {
        let Some(profile) = self.plugins.industry(industry) else {
            return (Vec::new(), None);
        };
        let specs = profile
            .report_fields
            .iter()
            .map(|field| FieldSpec {
                code: field.code.clone(),
                name_zh: field.name_zh.clone(),
                kind: match &field.kind {
                    ReportFieldKind::Decimal { unit, scale } => {
                        FieldKind::Decimal { unit: unit.clone(), scale: *scale }
                    }
                    ReportFieldKind::Integer { unit } => FieldKind::Integer { unit: unit.clone() },
                    ReportFieldKind::Text { max_length } => FieldKind::Text { max_length: *max_length },
                    ReportFieldKind::Boolean => FieldKind::Boolean,
                },
                required: field.required,
            })
            .collect();
        (specs, Some(ProfileStamp { plugin_id: profile.id.clone(), version: profile.version.clone() }))
    }

    /// The industry's report fields as the API shows them (the plugin's declaration).
    pub fn periodic_report_fields(&self, industry: &str) -> Vec<FieldSpec> {
        self.report_fields(industry).0
    }

    /// The due list's filter for `query`, judged today on the working-day calendar.
    pub async fn due_report_filter(&self, query: DueReportQuery) -> Result<DueReportFilter, AppError> {
        let today = self.today();
        let period = match &query.period {
            Some(text) => ReportPeriod::parse(text)?,
            None => ReportPeriod::last_ended(today),
        };
        let calendar = WorkingCalendar::new(oversight_storage::calendar::years(&self.store).await?);
        Ok(ObligationFilter {
            period,
            due_on: period.due_on(&calendar),
            today,
            industry: query.industry,
            enterprise_id: query.enterprise_id,
            standings: query.standings,
        })
    }

    /// One page of the reports owed in the caller's reach (an enterprise: its own), by enterprise
    /// and industry, each with its standing.
    pub async fn due_reports(
        &self,
        principal: &Principal,
        filter: &DueReportFilter,
        request: &PageRequest<DueReportCursor>,
    ) -> Result<Page<DueReport>, AppError> {
        let scope = crate::read_scope(principal)?;
        let page = store::obligations_page(&self.store, &scope, filter, request).await?;
        Ok(page.map(|obligation| due_report(filter, obligation)))
    }

    /// How many rows `due_reports` pages through.
    pub async fn count_due_reports(
        &self,
        principal: &Principal,
        filter: &DueReportFilter,
    ) -> Result<u64, AppError> {
        let scope = crate::read_scope(principal)?;
        Ok(store::obligations_count(&self.store, &scope, filter).await?)
    }

    pub async fn periodic_reports_by_ids(
        &self,
        principal: &Principal,
        ids: &[PeriodicReportId],
    ) -> Result<Vec<PeriodicReport>, AppError> {
        Ok(store::by_ids(&self.store, &crate::read_scope(principal)?, ids).await?)
    }

    /// The reports of these enterprises, each one's newest quarter first (the DataLoader).
    pub async fn periodic_reports_of(
        &self,
        principal: &Principal,
        enterprise_ids: &[EnterpriseId],
    ) -> Result<Vec<PeriodicReport>, AppError> {
        Ok(store::of_enterprises(&self.store, &crate::read_scope(principal)?, enterprise_ids).await?)
    }
}

fn due_report(filter: &DueReportFilter, obligation: Obligation) -> DueReport {
    DueReport {
        standing: Standing::of(obligation.status, filter.due_on, filter.today),
        enterprise_id: obligation.enterprise_id,
        industry: obligation.industry,
        period: filter.period,
        due_on: filter.due_on,
        report_id: obligation.report_id,
    }
}

/// Refuses a report nobody owes: the enterprise holds no license of the industry in force in
/// the quarter.
async fn check_owed(
    work: &Work<'_>,
    calendar: &WorkingCalendar,
    enterprise_id: EnterpriseId,
    industry: &str,
    period: ReportPeriod,
) -> Result<(), AppError> {
    let filter = ObligationFilter {
        period,
        due_on: period.due_on(calendar),
        today: work.today,
        industry: Some(industry.to_owned()),
        enterprise_id: Some(enterprise_id),
        standings: Vec::new(),
    };
    let owed =
        store::obligations_count(work.tx(), &oversight_domain::access::Scope::Everything, &filter).await?;
    if owed == 0 {
        return Err(AppError::refused(
            Code::NoPeriodicReportOwed,
            "industry",
            format!("the enterprise holds no {industry:?} license in force in {period}: no report is owed"),
        ));
    }
    Ok(())
}

/// The report, read inside `tx`, with the policy of `action` applied to its enterprise.
async fn report_for(
    tx: &Tx,
    principal: &Principal,
    id: PeriodicReportId,
    action: Action,
) -> Result<PeriodicReport, AppError> {
    let current = store::by_id(tx, id).await?.ok_or(AppError::NotFound { what: "periodic report" })?;
    let owner = enterprise::by_id(tx, current.enterprise_id)
        .await?
        .ok_or(AppError::NotFound { what: "periodic report" })?;
    let resource = Resource::Enterprise { id: owner.id, region: owner.base.region };
    allow(principal, action, &resource, "periodic report")?;
    Ok(current)
}
