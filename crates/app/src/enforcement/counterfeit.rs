//! Counterfeiting cases (恶意造假, §三, docs/adr/0034): open a case against a licensed enterprise,
//! order it to stop, record the recalls, report the revocation up as a revocation proposal in the
//! national authority's queue (the existing `decideRevocationProposal` moves the case on), ask the
//! local government to ban, transfer to the police with the receipt, close — or dismiss a case
//! opened in error before it is reported up. Every step is one unit
//! of work with its archive event on the enterprise and its audit record; its documents are
//! sealed.

use chrono::NaiveDate;
use oversight_domain::access::TaskScope;
use oversight_domain::archive::ArchiveFact;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::enforcement::counterfeit::{
    CaseSource, CaseStateRefused, CaseStatus, CounterfeitCase, CounterfeitFact, Recall, RecallAsked,
    RecallRefused, RevocationOutcome, Step, StepRefused, check_recall, due_after, parse_case_text,
    parse_dismissal_reason,
};
use oversight_domain::registry::license::LicenseStatus;
use oversight_domain::{AttachmentId, CounterfeitCaseId, EnterpriseId, LicenseId, RegionCode};
use oversight_storage::enforcement::counterfeit::{self as cases, CaseFilter, CaseRecord, NewCase};
use oversight_storage::patrol::inspection;
use oversight_storage::registry::{authority, enterprise, license};
use oversight_storage::testing::{rectification, supervision};
use oversight_storage::{Scope, StorageError};

use crate::work::Work;
use crate::{Action, App, AppError, Code, Page, PageRequest, Principal, Resource, allow};

impl From<StepRefused> for AppError {
    fn from(refusal: StepRefused) -> AppError {
        let (code, field) = match refusal {
            StepRefused::State(_) => (Code::IllegalCounterfeitTransition, "caseId"),
            StepRefused::InFuture { .. } | StepRefused::BeforePrevious { .. } => {
                (Code::InvalidCounterfeitCase, "on")
            }
            StepRefused::NoDocument => (Code::InvalidCounterfeitCase, "documentIds"),
            StepRefused::CloseReasonRequired => (Code::InvalidCounterfeitCase, "reason"),
        };
        AppError::refused(code, field, refusal.to_string())
    }
}

impl From<CaseStateRefused> for AppError {
    fn from(refusal: CaseStateRefused) -> AppError {
        StepRefused::State(refusal).into()
    }
}

impl From<RecallRefused> for AppError {
    fn from(refusal: RecallRefused) -> AppError {
        AppError::refused(Code::InvalidRecall, "recall", refusal.to_string())
    }
}

/// A case as the officer opens it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenCounterfeitCase {
    pub enterprise_id: EnterpriseId,
    pub license_id: LicenseId,
    pub finding: String,
    pub source: CaseSource,
}

/// A documented step as the officer records it: its day (today when none) and its documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseStep {
    pub on: Option<NaiveDate>,
    pub documents: Vec<AttachmentId>,
}

/// The documented steps, which share one use case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentedStep {
    /// 责令停止生产, with the order.
    OrderStop,
    /// 提请地方政府取缔, with the request.
    RequestBan,
    /// 移送公安机关, with the transfer document.
    TransferToPolice,
    /// 公安机关回执, with the receipt.
    PoliceReceipt,
}

impl DocumentedStep {
    fn operation(self) -> (Operation, Action) {
        match self {
            DocumentedStep::OrderStop => (Operation::OrderCounterfeitStop, Action::OrderCounterfeitStop),
            DocumentedStep::RequestBan => (Operation::RequestCounterfeitBan, Action::RequestCounterfeitBan),
            DocumentedStep::TransferToPolice => {
                (Operation::TransferCounterfeitCaseToPolice, Action::TransferCounterfeitCaseToPolice)
            }
            DocumentedStep::PoliceReceipt => {
                (Operation::RecordCounterfeitPoliceReceipt, Action::RecordCounterfeitPoliceReceipt)
            }
        }
    }

    fn apply(
        self,
        case: &CounterfeitCase,
        calendar: &oversight_domain::WorkingCalendar,
        step: Step,
        today: NaiveDate,
    ) -> Result<CounterfeitCase, StepRefused> {
        match self {
            DocumentedStep::OrderStop => case.order_stop(calendar, step, today),
            DocumentedStep::RequestBan => case.request_ban(calendar, step, today),
            DocumentedStep::TransferToPolice => case.transfer_to_police(calendar, step, today),
            DocumentedStep::PoliceReceipt => case.record_police_receipt(calendar, step, today),
        }
    }

    fn fact(self, case: &CounterfeitCase) -> CounterfeitFact<'_> {
        match self {
            DocumentedStep::OrderStop => CounterfeitFact::StopOrdered(case),
            DocumentedStep::RequestBan => CounterfeitFact::BanRequested(case),
            DocumentedStep::TransferToPolice => CounterfeitFact::TransferredToPolice(case),
            DocumentedStep::PoliceReceipt => CounterfeitFact::PoliceReceiptRecorded(case),
        }
    }
}

/// The case, once the caller may take `action` on it (outside its reach it is not found), with
/// its enterprise's region.
async fn case_for(
    work: &Work<'_>,
    principal: &Principal,
    id: CounterfeitCaseId,
    action: Action,
) -> Result<CaseRecord, AppError> {
    let found = cases::by_ids(work.tx(), &Scope::Everything, &[id]).await?.pop();
    let current = found.ok_or(AppError::NotFound { what: "counterfeit case" })?;
    let region = enterprise_region(work, current.case.enterprise_id).await?;
    let resource = Resource::Enterprise { id: current.case.enterprise_id, region };
    allow(principal, action, &resource, "counterfeit case")?;
    Ok(current)
}

async fn enterprise_region(work: &Work<'_>, id: EnterpriseId) -> Result<RegionCode, AppError> {
    let owner = enterprise::by_id(work.tx(), id).await?.ok_or(AppError::NotFound { what: "enterprise" })?;
    Ok(owner.base.region)
}

/// Saves the case's next state, archives its fact on the enterprise and names it audited.
async fn save(
    work: &mut Work<'_>,
    current: &CaseRecord,
    next: &CounterfeitCase,
    fact: CounterfeitFact<'_>,
) -> Result<(), AppError> {
    if !cases::save(work.tx(), current.case.status, next, work.now).await? {
        return Err(AppError::concurrent("the counterfeit case changed meanwhile"));
    }
    work.archive(next.enterprise_id, Some(next.license_id), ArchiveFact::Counterfeit(fact));
    work.touch([ObjectRef::of(next.id), ObjectRef::of(next.enterprise_id)]);
    Ok(())
}

fn record(current: CaseRecord, case: CounterfeitCase, now: chrono::DateTime<chrono::Utc>) -> CaseRecord {
    CaseRecord { id: case.id, case, updated_at: now, ..current }
}

fn invalid_case(field: &'static str, message: String) -> AppError {
    AppError::refused(Code::InvalidCounterfeitCase, field, message)
}

/// Checks that the license is the enterprise's and in force (valid or suspended): a case is
/// against a licensee (获证企业).
async fn check_license(work: &Work<'_>, input: &OpenCounterfeitCase) -> Result<(), AppError> {
    let found = license::by_ids(work.tx(), &Scope::Everything, &[input.license_id]).await?.pop();
    let license = found.filter(|l| l.enterprise_id == input.enterprise_id).ok_or_else(|| {
        invalid_case("licenseId", format!("license {} is not a license of this enterprise", input.license_id))
    })?;
    if !matches!(license.status, LicenseStatus::Valid | LicenseStatus::Suspended) {
        let message =
            format!("license {} is {}: a case is against a license in force", license.number, license.status);
        return Err(invalid_case("licenseId", message));
    }
    Ok(())
}

/// Checks that the source's record (a patrol, a testing task) is of the enterprise.
async fn check_source(work: &Work<'_>, input: &OpenCounterfeitCase) -> Result<(), AppError> {
    let owner = match input.source {
        CaseSource::Patrol(id) => inspection::by_id(work.tx(), id).await?.map(|p| p.enterprise_id),
        CaseSource::SpotCheck(id) => {
            let everything = TaskScope::Registry(Scope::Everything);
            supervision::tasks_by_ids(work.tx(), &everything, &[id]).await?.pop().map(|t| t.enterprise_id)
        }
        CaseSource::Complaint | CaseSource::Other => return Ok(()),
    };
    if owner != Some(input.enterprise_id) {
        let message = format!("the {} record named is not one of this enterprise's", input.source.kind());
        return Err(invalid_case("sourceId", message));
    }
    Ok(())
}

impl App {
    /// Opens a counterfeiting case against a licensed enterprise in the caller's jurisdiction,
    /// with the finding and where it came from; the order to stop is due the next working day.
    pub async fn open_counterfeit_case(
        &self,
        principal: &Principal,
        input: &OpenCounterfeitCase,
    ) -> Result<CaseRecord, AppError> {
        let finding = parse_case_text("finding", &input.finding)?;
        let mut work = self.begin(principal, Operation::OpenCounterfeitCase).await?;
        let region = enterprise_region(&work, input.enterprise_id).await?;
        let resource = Resource::Enterprise { id: input.enterprise_id, region };
        allow(principal, Action::OpenCounterfeitCase, &resource, "enterprise")?;
        let authority_id =
            principal.organisation.authority_id().ok_or(AppError::NotFound { what: "authority" })?;
        check_license(&work, input).await?;
        check_source(&work, input).await?;
        let due_on = due_after(&work.working_calendar().await?, CaseStatus::Open, work.today);
        let new = NewCase {
            enterprise_id: input.enterprise_id,
            license_id: input.license_id,
            authority_id,
            finding: &finding,
            source: input.source,
            opened_on: work.today,
            due_on,
            opened_by: &principal.subject,
        };
        let record = cases::insert(work.tx(), &new, work.now).await?;
        let fact = ArchiveFact::Counterfeit(CounterfeitFact::Opened(&record.case));
        work.archive(record.case.enterprise_id, Some(record.case.license_id), fact);
        work.touch([ObjectRef::of(record.id), ObjectRef::of(input.enterprise_id)]);
        work.commit(None, Some(record.case.state())).await?;
        Ok(record)
    }

    /// Takes a documented step of a case (the order to stop, the ban request, the police transfer
    /// or its receipt) on its day with its documents, which are sealed; the next step's deadline
    /// runs from that day.
    pub async fn take_counterfeit_step(
        &self,
        principal: &Principal,
        id: CounterfeitCaseId,
        kind: DocumentedStep,
        input: &CaseStep,
    ) -> Result<CaseRecord, AppError> {
        let (operation, action) = kind.operation();
        let mut work = self.begin(principal, operation).await?;
        let current = case_for(&work, principal, id, action).await?;
        let step = Step { on: input.on.unwrap_or(work.today), documents: input.documents.clone() };
        let calendar = work.working_calendar().await?;
        let next = kind.apply(&current.case, &calendar, step, work.today)?;
        crate::attachment::check_and_seal(&mut work, current.case.enterprise_id, &input.documents).await?;
        save(&mut work, &current, &next, kind.fact(&next)).await?;
        let now = work.now;
        work.commit(Some(current.case.state()), Some(next.state())).await?;
        Ok(record(current, next, now))
    }

    /// Adds a recall record (召回) to a case ordered to stop: a new batch, positive quantities of
    /// at most three decimals, no more recalled than produced, dated between the order and today.
    pub async fn record_counterfeit_recall(
        &self,
        principal: &Principal,
        id: CounterfeitCaseId,
        asked: RecallAsked,
        documents: &[AttachmentId],
    ) -> Result<(CaseRecord, Recall), AppError> {
        let mut work = self.begin(principal, Operation::RecordCounterfeitRecall).await?;
        let current = case_for(&work, principal, id, Action::RecordCounterfeitRecall).await?;
        let calendar = work.working_calendar().await?;
        let next = current.case.recall_recorded(&calendar, asked.recalled_on)?;
        let stopped_on = current.case.stop_order.as_ref().map_or(current.case.opened_on, |s| s.on);
        let batches: Vec<String> = cases::recalls_of(work.tx(), &Scope::Everything, &[id])
            .await?
            .into_iter()
            .map(|r| r.batch)
            .collect();
        let checked = check_recall(asked, stopped_on, &batches, work.today)?;
        crate::attachment::check_and_seal(&mut work, current.case.enterprise_id, documents).await?;
        let recall = match cases::insert_recall(
            work.tx(),
            id,
            &checked,
            documents,
            &principal.subject,
            work.now,
        )
        .await
        {
            Err(StorageError::Conflict(_)) => {
                let message = format!("batch {} is recorded already in this case", checked.batch);
                return Err(AppError::refused(Code::InvalidRecall, "recall", message));
            }
            other => other?,
        };
        save(&mut work, &current, &next, CounterfeitFact::RecallRecorded(&next, &recall)).await?;
        let (now, after) = (work.now, serde_json::json!({ "case": next.state(), "recall": recall }));
        work.commit(Some(current.case.state()), Some(after)).await?;
        Ok((record(current, next, now), recall))
    }

    /// Records a case's recall complete on its day (today when none).
    pub async fn complete_counterfeit_recall(
        &self,
        principal: &Principal,
        id: CounterfeitCaseId,
        on: Option<NaiveDate>,
    ) -> Result<CaseRecord, AppError> {
        let mut work = self.begin(principal, Operation::CompleteCounterfeitRecall).await?;
        let current = case_for(&work, principal, id, Action::CompleteCounterfeitRecall).await?;
        let calendar = work.working_calendar().await?;
        let next = current.case.complete_recall(&calendar, on.unwrap_or(work.today), work.today)?;
        save(&mut work, &current, &next, CounterfeitFact::RecallCompleted(&next)).await?;
        let now = work.now;
        work.commit(Some(current.case.state()), Some(next.state())).await?;
        Ok(record(current, next, now))
    }

    /// The province's leadership reports the case's revocation up (上报撤销): a revocation
    /// proposal, made with its grounds, in the national authority's queue beside the re-checks'
    /// (`decideRevocationProposal` decides it and moves the case on). The license must still be
    /// one the nation can revoke.
    pub async fn report_counterfeit_revocation(
        &self,
        principal: &Principal,
        id: CounterfeitCaseId,
        grounds: &str,
    ) -> Result<CaseRecord, AppError> {
        let grounds = oversight_domain::text::parse_text("grounds", grounds, 2, 2000, true)?;
        let mut work = self.begin(principal, Operation::ReportCounterfeitRevocation).await?;
        let current = case_for(&work, principal, id, Action::ReportCounterfeitRevocation).await?;
        current.case.status.next(oversight_domain::enforcement::counterfeit::CaseEvent::ReportRevocation)?;
        let found = license::by_ids(work.tx(), &Scope::Everything, &[current.case.license_id]).await?.pop();
        let license = found.ok_or(AppError::NotFound { what: "license" })?;
        let calendar = work.working_calendar().await?;
        if matches!(
            license.status,
            LicenseStatus::Revoked | LicenseStatus::Cancelled | LicenseStatus::Expired
        ) {
            return moot_without_proposal(work, current, &calendar).await;
        }
        license
            .status
            .transition(LicenseStatus::Revoked)
            .map_err(|refusal| AppError::from(refusal).at_field("caseId"))?;
        let proposal = rectification::insert_counterfeiting_proposal(
            work.tx(),
            &current.case,
            &grounds,
            &principal.subject,
            work.now,
        )
        .await?;
        let next = current.case.report_revocation(&calendar, proposal.id, work.today)?;
        save(
            &mut work,
            &current,
            &next,
            CounterfeitFact::RevocationReported { case: &next, grounds: &grounds },
        )
        .await?;
        work.touch([ObjectRef::of(proposal.id), ObjectRef::of(next.license_id)]);
        let now = work.now;
        work.commit(Some(current.case.state()), Some(next.state())).await?;
        Ok(record(current, next, now))
    }

    /// Closes a case: after the police receipt, or after the ban request with the reason it goes
    /// no further (not criminal).
    pub async fn close_counterfeit_case(
        &self,
        principal: &Principal,
        id: CounterfeitCaseId,
        reason: Option<&str>,
    ) -> Result<CaseRecord, AppError> {
        let reason = reason.map(|r| parse_case_text("reason", r)).transpose()?;
        let mut work = self.begin(principal, Operation::CloseCounterfeitCase).await?;
        let current = case_for(&work, principal, id, Action::CloseCounterfeitCase).await?;
        let calendar = work.working_calendar().await?;
        let next = current.case.close(&calendar, reason, work.today)?;
        save(&mut work, &current, &next, CounterfeitFact::Closed(&next)).await?;
        let now = work.now;
        work.commit(Some(current.case.state()), Some(next.state())).await?;
        Ok(record(current, next, now))
    }

    /// Dismisses a case opened in error (撤销立案) with the reason, before the revocation is
    /// reported up: the head or leader in charge of the authority that opened it. The case no
    /// longer counts against the enterprise, whose risk class is reassessed in the same unit of
    /// work (docs/adr/0034 decision 10).
    pub async fn dismiss_counterfeit_case(
        &self,
        principal: &Principal,
        id: CounterfeitCaseId,
        reason: &str,
    ) -> Result<CaseRecord, AppError> {
        let reason = parse_dismissal_reason(reason)?;
        let mut work = self.begin(principal, Operation::DismissCounterfeitCase).await?;
        // In the caller's reach first (else not found), then the opening authority's act.
        let current = case_for(&work, principal, id, Action::ReadCounterfeitCases).await?;
        let opener = current.case.authority_id;
        let found = authority::by_ids(work.tx(), &[opener]).await?.pop();
        let seat = found.ok_or(AppError::NotFound { what: "authority" })?;
        let resource = Resource::Authority { id: seat.id, region: seat.region };
        allow(principal, Action::DismissCounterfeitCase, &resource, "counterfeit case")?;
        let next = current.case.dismiss(reason, work.today)?;
        let fact = CounterfeitFact::Dismissed { case: &next, from: current.case.status };
        save(&mut work, &current, &next, fact).await?;
        let now = work.now;
        work.commit(Some(current.case.state()), Some(next.state())).await?;
        Ok(record(current, next, now))
    }

    /// One page of the cases of the enterprises in the caller's reach (the nation: all) that
    /// match `filter`, newest first; overdue is counted on the supervision calendar's today.
    pub async fn counterfeit_cases(
        &self,
        principal: &Principal,
        filter: &CaseFilter,
        request: &PageRequest<i64>,
    ) -> Result<Page<CaseRecord>, AppError> {
        let scope = case_scope(principal)?;
        Ok(cases::page(&self.store, &scope, filter, self.today(), request).await?)
    }

    /// How many cases the `counterfeitCases` query matches.
    pub async fn count_counterfeit_cases(
        &self,
        principal: &Principal,
        filter: &CaseFilter,
    ) -> Result<u64, AppError> {
        let scope = case_scope(principal)?;
        Ok(cases::count(&self.store, &scope, filter, self.today()).await?)
    }

    /// The cases with these ids in the caller's reach (loader, `node(id:)`).
    pub async fn counterfeit_cases_by_ids(
        &self,
        principal: &Principal,
        ids: &[CounterfeitCaseId],
    ) -> Result<Vec<CaseRecord>, AppError> {
        let scope = case_scope(principal).unwrap_or(Scope::Nothing);
        Ok(cases::by_ids(&self.store, &scope, ids).await?)
    }

    /// The recalls of these cases in the caller's reach (loader of `CounterfeitCase.recalls`).
    pub async fn counterfeit_recalls_of(
        &self,
        principal: &Principal,
        ids: &[CounterfeitCaseId],
    ) -> Result<Vec<Recall>, AppError> {
        let scope = case_scope(principal).unwrap_or(Scope::Nothing);
        Ok(cases::recalls_of(&self.store, &scope, ids).await?)
    }
}

/// The cases the caller reads: those of the enterprises in its registry reach, for the
/// authorities' own people; refused to others.
pub(crate) fn case_scope(principal: &Principal) -> Result<Scope, AppError> {
    allow(principal, Action::ReadCounterfeitCases, &Resource::None, "counterfeit cases")?;
    Ok(oversight_domain::access::read_scope(principal))
}

/// The case's license ended otherwise before the province reported it up: nothing is left to
/// revoke, so the case moves on without a proposal, the revocation MOOT (docs/adr/0034).
async fn moot_without_proposal(
    mut work: Work<'_>,
    current: CaseRecord,
    calendar: &oversight_domain::WorkingCalendar,
) -> Result<CaseRecord, AppError> {
    let next = current.case.license_ended(calendar, work.today)?;
    save(&mut work, &current, &next, CounterfeitFact::RevocationDecided(&next)).await?;
    let now = work.now;
    work.commit(Some(current.case.state()), Some(next.state())).await?;
    Ok(record(current, next, now))
}

/// The case's revocation proposal was decided by the nation, or closed MOOT when the license
/// ended otherwise: the case records the outcome and moves on to the ban, inside the deciding
/// unit of work.
pub(crate) async fn revocation_decided(
    work: &mut Work<'_>,
    id: CounterfeitCaseId,
    outcome: RevocationOutcome,
) -> Result<(), AppError> {
    let found = cases::by_ids(work.tx(), &Scope::Everything, &[id]).await?.pop();
    let current = found.ok_or(AppError::NotFound { what: "counterfeit case" })?;
    let calendar = work.working_calendar().await?;
    let next = current.case.revocation_decided(&calendar, outcome, work.today)?;
    save(work, &current, &next, CounterfeitFact::RevocationDecided(&next)).await
}
