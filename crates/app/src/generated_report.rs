//! Generated reports up the hierarchy (年度报告, 半年报告, §二(五), docs/adr/0030): the reporting
//! authority generates its report from the records (each generation a new version with its
//! snapshot) and submits it; the authority one tier above returns it with a reason, accepts
//! it, locks it and may unlock it with a reason (the locked version stays readable). Reads:
//! the reports in the caller's reach, their versions, figures and drill-downs.

use oversight_domain::access::Organisation;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::enterprise_report::due_passed_through;
use oversight_domain::generated_report::{
    FigureCount, Half, ReportEvent, ReportKind, ReportPeriod, ReportRefused, ReportStatus, ReporterRefused,
    accepts_from, check_reporter,
};
use oversight_domain::linkage::notice::{median, working_days_between};
use oversight_domain::registry::change_request::parse_reason;
use oversight_domain::registry::region::RegionCode;
use oversight_domain::{AuthorityId, GeneratedReportId, ReportVersionId};
use oversight_storage::generated_report::{
    self as store, NewVersion, RecordKey, RecordsOf, ReportRecord, SnapshotOf, VersionRecord,
};
use oversight_storage::registry::authority;
use oversight_storage::{Page, PageRequest, Scope};
use serde_json::{Value, json};

use crate::work::Work;
use crate::{Action, App, AppError, Code, Principal, Resource, allow};

impl From<ReportRefused> for AppError {
    fn from(refusal: ReportRefused) -> AppError {
        AppError::refused(Code::IllegalReportTransition, "id", refusal.to_string())
    }
}

impl From<ReporterRefused> for AppError {
    fn from(refusal: ReporterRefused) -> AppError {
        AppError::refused(Code::WrongReporter, "kind", refusal.to_string())
    }
}

/// Which report to generate: its kind and period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportInput {
    pub kind: ReportKind,
    pub year: i32,
    pub half: Option<Half>,
}

/// A version's counted figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportFigures {
    pub version_id: ReportVersionId,
    pub counts: Vec<FigureCount>,
}

/// The reports the caller reads: those of its authority and its lower tiers (the nation: all).
pub(crate) fn report_scope(principal: &Principal) -> Result<Scope, AppError> {
    allow(principal, Action::ReadReports, &Resource::None, "generated reports")?;
    Ok(match principal.organisation {
        Organisation::Authority { region, .. } if region == RegionCode::NATION => Scope::Everything,
        Organisation::Authority { region, .. } => Scope::Within(region),
        _ => Scope::Nothing,
    })
}

/// The report's state as the audit record keeps it.
fn state(report: &ReportRecord) -> Value {
    json!({
        "status": report.status.as_str(),
        "kind": report.period.kind.as_str(),
        "year": report.period.year,
        "half": report.period.half_number(),
        "version": report.current_version,
        "returnReason": report.return_reason,
        "unlockReason": report.unlock_reason,
        "firstSubmittedOn": report.first_submitted_on,
    })
}

impl App {
    /// Generates the caller's authority's report for a period from the records: a new version
    /// with its snapshot (the report created as a draft the first time; a returned one back to
    /// draft). Refused once submitted, accepted or locked.
    pub async fn generate_report(
        &self,
        principal: &Principal,
        input: ReportInput,
    ) -> Result<ReportRecord, AppError> {
        let period = ReportPeriod::parse(input.kind, input.year, input.half, self.today())?;
        let mut work = self.begin(principal, Operation::GenerateReport).await?;
        let Organisation::Authority { id, region, level } = principal.organisation else {
            // Not an authority's officer: refused by the rule's roles.
            allow(principal, Action::GenerateReport, &Resource::None, "authority")?;
            return Err(AppError::NotFound { what: "authority" });
        };
        allow(principal, Action::GenerateReport, &Resource::Authority { id, region }, "authority")?;
        check_reporter(period.kind, level)?;
        let current = match store::find(work.tx(), id, &period).await? {
            Some(found) => found,
            None => store::insert(work.tx(), (id, region), &period, &principal.subject, work.now).await?,
        };
        let mut next = moved(&work, &current, ReportEvent::Generate)?;
        next.current_version = current.current_version + 1;
        let version_id = snapshot(&work, &next, &period).await?;
        let saved = save(&mut work, &current, next).await?;
        let figures = store::figures_of(work.tx(), &[version_id]).await?;
        let mut after = state(&saved);
        after["figures"] = figures
            .iter()
            .filter(|(_, c)| c.group.is_empty())
            .map(|(_, c)| (c.figure.as_str().to_owned(), json!(c.count)))
            .collect::<serde_json::Map<String, Value>>()
            .into();
        let before = (current.current_version > 0).then(|| state(&current));
        work.commit(before, Some(after)).await?;
        Ok(saved)
    }

    /// Submits the caller's authority's draft report to the tier above.
    pub async fn submit_report(
        &self,
        principal: &Principal,
        id: GeneratedReportId,
    ) -> Result<ReportRecord, AppError> {
        self.step(principal, id, Operation::SubmitReport, Step::Submit).await
    }

    /// Returns a submitted report to the lower tier with a reason (the tier above).
    pub async fn return_report(
        &self,
        principal: &Principal,
        id: GeneratedReportId,
        reason: &str,
    ) -> Result<ReportRecord, AppError> {
        let reason = parse_reason(reason)?;
        self.step(principal, id, Operation::ReturnReport, Step::Return(reason)).await
    }

    /// Accepts a submitted report (the tier above).
    pub async fn accept_report(
        &self,
        principal: &Principal,
        id: GeneratedReportId,
    ) -> Result<ReportRecord, AppError> {
        self.step(principal, id, Operation::AcceptReport, Step::Accept).await
    }

    /// Locks an accepted report, and its current version with it (the tier above).
    pub async fn lock_report(
        &self,
        principal: &Principal,
        id: GeneratedReportId,
    ) -> Result<ReportRecord, AppError> {
        self.step(principal, id, Operation::LockReport, Step::Lock).await
    }

    /// Unlocks a locked report with a reason (the tier above): back to draft; the locked
    /// version is kept and the next generation is a new one.
    pub async fn unlock_report(
        &self,
        principal: &Principal,
        id: GeneratedReportId,
        reason: &str,
    ) -> Result<ReportRecord, AppError> {
        let reason = parse_reason(reason)?;
        self.step(principal, id, Operation::UnlockReport, Step::Unlock(reason)).await
    }

    /// One approval step: the report read in the caller's reach, the action's rule, the tier
    /// above for its steps, the transition saved by compare-and-set, audited.
    async fn step(
        &self,
        principal: &Principal,
        id: GeneratedReportId,
        operation: Operation,
        step: Step,
    ) -> Result<ReportRecord, AppError> {
        let mut work = self.begin(principal, operation).await?;
        let current = report_for(&work, principal, id, step.action()).await?;
        let mut next = moved(&work, &current, step.event())?;
        match step {
            Step::Return(reason) => next.return_reason = Some(reason),
            Step::Unlock(reason) => next.unlock_reason = Some(reason),
            Step::Lock => {
                let versions = store::versions_of(work.tx(), &[current.id]).await?;
                let locked = versions.iter().find(|v| v.version == current.current_version);
                if let Some(version) = locked {
                    store::lock_version(work.tx(), version.id, &principal.subject, work.now).await?;
                }
            }
            // The first submission is what a reports-on-time target counts (docs/adr/0036
            // decision 16); a resubmission after a return keeps it.
            Step::Submit => next.first_submitted_on = current.first_submitted_on.or(Some(work.today)),
            Step::Accept => {}
        }
        let saved = save(&mut work, &current, next).await?;
        work.commit(Some(state(&current)), Some(state(&saved))).await?;
        Ok(saved)
    }

    /// The reports in the caller's reach, optionally of one status, keyset-paged by id.
    pub async fn generated_reports(
        &self,
        principal: &Principal,
        status: Option<ReportStatus>,
        request: &PageRequest<i64>,
    ) -> Result<Page<ReportRecord>, AppError> {
        let scope = report_scope(principal)?;
        Ok(store::page(&self.store, &scope, status, request).await?)
    }

    /// How many reports `generated_reports` pages through.
    pub async fn count_generated_reports(
        &self,
        principal: &Principal,
        status: Option<ReportStatus>,
    ) -> Result<u64, AppError> {
        let scope = report_scope(principal)?;
        Ok(store::count(&self.store, &scope, status).await?)
    }

    /// The reports of `ids` in the caller's reach (the node read and its loader).
    pub async fn generated_reports_by_ids(
        &self,
        principal: &Principal,
        ids: &[GeneratedReportId],
    ) -> Result<Vec<ReportRecord>, AppError> {
        let scope = report_scope(principal)?;
        Ok(store::by_ids(&self.store, &scope, ids).await?)
    }

    /// Every version of reports the caller already read (newest first), in one statement.
    pub async fn report_versions(
        &self,
        principal: &Principal,
        reports: &[GeneratedReportId],
    ) -> Result<Vec<VersionRecord>, AppError> {
        report_scope(principal)?;
        Ok(store::versions_of(&self.store, reports).await?)
    }

    /// The figures of versions of reports the caller already read, in one statement.
    pub async fn report_figures(
        &self,
        principal: &Principal,
        versions: &[ReportVersionId],
    ) -> Result<Vec<ReportFigures>, AppError> {
        report_scope(principal)?;
        let rows = store::figures_of(&self.store, versions).await?;
        Ok(versions
            .iter()
            .map(|id| ReportFigures {
                version_id: *id,
                counts: rows.iter().filter(|(v, _)| v == id).map(|(_, c)| c.clone()).collect(),
            })
            .collect())
    }

    /// A page of the records a figure of a version counted (ids of the figure's record kind).
    pub async fn report_records(
        &self,
        principal: &Principal,
        of: &RecordsOf,
        request: &PageRequest<RecordKey>,
    ) -> Result<Page<RecordKey>, AppError> {
        report_scope(principal)?;
        Ok(store::records_page(&self.store, of, request).await?)
    }
}

/// An approval step and what it carries.
enum Step {
    Submit,
    Return(String),
    Accept,
    Lock,
    Unlock(String),
}

impl Step {
    fn action(&self) -> Action {
        match self {
            Step::Submit => Action::SubmitReport,
            Step::Return(_) => Action::ReturnReport,
            Step::Accept => Action::AcceptReport,
            Step::Lock => Action::LockReport,
            Step::Unlock(_) => Action::UnlockReport,
        }
    }

    fn event(&self) -> ReportEvent {
        match self {
            Step::Submit => ReportEvent::Submit,
            Step::Return(_) => ReportEvent::Return,
            Step::Accept => ReportEvent::Accept,
            Step::Lock => ReportEvent::Lock,
            Step::Unlock(_) => ReportEvent::Unlock,
        }
    }
}

/// The report after `event`, stamped with the actor and instant.
fn moved(work: &Work<'_>, current: &ReportRecord, event: ReportEvent) -> Result<ReportRecord, AppError> {
    let status = current.status.apply(event)?;
    Ok(ReportRecord {
        status,
        updated_by: work.principal().subject.clone(),
        updated_at: work.now,
        ..current.clone()
    })
}

/// The report, once the caller may take `action` on it: outside its reach not found; inside,
/// the action's rule (the reporter's own officers, or the tiers above), then for the tier
/// above's steps the reporter's parent authority itself.
async fn report_for(
    work: &Work<'_>,
    principal: &Principal,
    id: GeneratedReportId,
    action: Action,
) -> Result<ReportRecord, AppError> {
    let scope = report_scope(principal).unwrap_or(Scope::Nothing);
    let found = store::by_ids(work.tx(), &scope, &[id]).await?.pop();
    let current = found.ok_or(AppError::NotFound { what: "generated report" })?;
    let reporter = Resource::Authority { id: current.authority_id, region: current.authority_region };
    allow(principal, action, &reporter, "generated report")?;
    if action != Action::SubmitReport {
        check_upper_tier(work, principal, current.authority_id).await?;
    }
    Ok(current)
}

/// The caller's authority must be the reporter's parent: the tier the report goes to.
async fn check_upper_tier(
    work: &Work<'_>,
    principal: &Principal,
    reporter: AuthorityId,
) -> Result<(), AppError> {
    let found = authority::by_ids(work.tx(), &[reporter]).await?.pop();
    let parent = found.ok_or(AppError::NotFound { what: "authority" })?.parent_id;
    match principal.organisation.authority_id() {
        Some(upper) if accepts_from(upper, parent) => Ok(()),
        _ => Err(AppError::refused(
            Code::ReportNotUpperTier,
            "id",
            "only the authority directly above the reporting authority acts on its report",
        )),
    }
}

/// Writes a new version's row and snapshot, and its median time to close; returns its id.
async fn snapshot(
    work: &Work<'_>,
    next: &ReportRecord,
    period: &ReportPeriod,
) -> Result<ReportVersionId, AppError> {
    let span = period.span();
    let new = NewVersion {
        report_id: next.id,
        version: next.current_version,
        span,
        generated_on: work.today,
        generated_by: &work.principal().subject,
    };
    let version_id = store::insert_version(work.tx(), &new, work.now).await?;
    let calendar = work.working_calendar().await?;
    let of = SnapshotOf {
        authority_id: next.authority_id,
        region: next.authority_region,
        year: period.year,
        span,
        today: work.today,
        reports_due_through: Some(due_passed_through(&calendar, work.today)),
    };
    store::write_snapshot(work.tx(), version_id, &of).await?;
    let days = store::closed_notice_days(work.tx(), version_id).await?;
    let days = days.into_iter().map(|(sent, closed)| working_days_between(&calendar, sent, closed)).collect();
    store::set_median(work.tx(), version_id, median(days)).await?;
    Ok(version_id)
}

/// Saves a step by compare-and-set and names the report in the audit record.
async fn save(
    work: &mut Work<'_>,
    current: &ReportRecord,
    next: ReportRecord,
) -> Result<ReportRecord, AppError> {
    if !store::save(work.tx(), current, &next).await? {
        return Err(AppError::concurrent("the report changed meanwhile"));
    }
    work.touch([ObjectRef::of(current.id), ObjectRef::of(current.authority_id)]);
    Ok(next)
}
