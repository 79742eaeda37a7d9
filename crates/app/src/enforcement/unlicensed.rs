//! Unlicensed-production cases (无证生产, §三, docs/adr/0033): opening one (the registry
//! matched by credit code first), urging the producer to apply by a deadline, linking the license
//! it obtained, notifying the local government to ban it, closing or dismissing the case, and
//! the scoped reads.

use chrono::NaiveDate;
use oversight_domain::access::{Organisation, Scope};
use oversight_domain::archive::ArchiveFact;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::enforcement::unlicensed::{
    self as case, BanGround, BanRefused, CaseSource, LicenseFacts, LicenseRefused, RawProducer,
    RegistryMatch, RegistryRefused, UnlicensedCase, UnlicensedEvent, UnlicensedFact, UnlicensedRefused,
};
use oversight_domain::registry::change_request::parse_reason;
use oversight_domain::registry::credit_code::CreditCode;
use oversight_domain::text::parse_text;
use oversight_domain::{LicenseId, PatrolId, UnlicensedCaseId, ValidationErrors};
use oversight_storage::StorageError;
use oversight_storage::enforcement::unlicensed::{self as store, CaseFilter, NewCase, UnlicensedRecord};
use oversight_storage::patrol::inspection;
use oversight_storage::registry::{enterprise, license};

use crate::work::Work;
use crate::{Action, App, AppError, Code, Page, PageRequest, Principal, Resource, allow};

/// A case as the officer opens it, unparsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenCase {
    pub producer_name: String,
    pub credit_code: Option<String>,
    pub address: String,
    pub region_code: String,
    pub industry: String,
    pub product: String,
    pub source: CaseSource,
    pub patrol_id: Option<PatrolId>,
    pub reference: Option<String>,
    pub finding: String,
    pub found_on: NaiveDate,
}

/// The ban notice to the local government (通报取缔), unparsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BanNotice {
    pub ground: BanGround,
    pub local_government: String,
    /// The notice's document number (文号).
    pub document: String,
}

impl From<UnlicensedRefused> for AppError {
    fn from(refusal: UnlicensedRefused) -> AppError {
        AppError::refused(Code::IllegalUnlicensedTransition, "caseId", refusal.to_string())
    }
}

impl From<BanRefused> for AppError {
    fn from(refusal: BanRefused) -> AppError {
        match refusal {
            BanRefused::State(state) => state.into(),
            BanRefused::DeadlineNotPassed { .. } => {
                AppError::refused(Code::ApplyDeadlineNotPassed, "ground", refusal.to_string())
            }
        }
    }
}

impl From<LicenseRefused> for AppError {
    fn from(refusal: LicenseRefused) -> AppError {
        AppError::refused(Code::LicenseDoesNotSettleCase, "licenseId", refusal.to_string())
    }
}

impl From<RegistryRefused> for AppError {
    fn from(refusal: RegistryRefused) -> AppError {
        AppError::refused(Code::ProducerIsLicensed, "creditCode", refusal.to_string())
    }
}

/// The cases the caller reads: those of producers inside its jurisdiction (the nation: all).
pub(crate) fn case_scope(principal: &Principal) -> Result<Scope, AppError> {
    allow(principal, Action::ReadUnlicensedCases, &Resource::None, "unlicensed-production cases")?;
    Ok(match principal.organisation {
        Organisation::Authority { .. } => oversight_domain::access::read_scope(principal),
        _ => Scope::Nothing,
    })
}

impl App {
    /// Opens a case about a producer in the caller's jurisdiction. A producer with a credit code
    /// is matched against the registry first: one licensed for the industry is refused, and one
    /// with a case still open is refused with that case's id.
    pub async fn open_unlicensed_case(
        &self,
        principal: &Principal,
        input: &OpenCase,
    ) -> Result<UnlicensedRecord, AppError> {
        let raw = RawProducer {
            name: &input.producer_name,
            credit_code: input.credit_code.as_deref(),
            address: &input.address,
            region_code: &input.region_code,
            industry: &input.industry,
            product: &input.product,
        };
        let producer = case::parse_producer(self.industry_catalogue(), raw)?;
        let finding = case::check_finding(
            input.source,
            input.patrol_id,
            input.reference.as_deref(),
            &input.finding,
            input.found_on,
            self.today(),
        )?;
        let mut work = self.begin(principal, Operation::OpenUnlicensedCase).await?;
        allow(principal, Action::OpenUnlicensedCase, &Resource::Region(producer.region), "place")?;
        if let Some(patrol_id) = finding.patrol_id {
            check_patrol(&work, principal, patrol_id).await?;
        }
        let matched = registry_match(&work, &producer).await?;
        case::check_registry(&producer.industry, matched.as_ref())?;
        let authority_id =
            principal.organisation.authority_id().ok_or(AppError::NotFound { what: "authority" })?;
        let new = NewCase {
            producer: &producer,
            finding: &finding,
            enterprise_id: matched.map(|m| m.enterprise_id),
            authority_id,
            opened_by: &principal.subject,
        };
        // Two opens racing past the check above meet the partial unique index
        // `ux_unlicensed_case_open` (docs/adr/0033 decision 9): the loser is refused the same way.
        let record = store::insert(work.tx(), &new, work.now).await.map_err(|e| match e {
            StorageError::Conflict(_) => already_open(producer.credit_code.as_ref(), None),
            other => other.into(),
        })?;
        archive(&mut work, &record.case, UnlicensedFact::Opened(&record.case));
        work.touch([ObjectRef::of(record.id), ObjectRef::of(authority_id)]);
        work.commit(None, Some(record.case.state())).await?;
        Ok(record)
    }

    /// Urges the producer to apply for a license (督促申请) within the working days the
    /// producer's province sets (docs/adr/0032).
    pub async fn urge_unlicensed_producer(
        &self,
        principal: &Principal,
        id: UnlicensedCaseId,
    ) -> Result<UnlicensedRecord, AppError> {
        let mut work = self.begin(principal, Operation::UrgeUnlicensedProducer).await?;
        let current = case_for(&work, principal, id, Action::ActOnUnlicensedCase).await?;
        let deadlines = work.settings_for(&current.case.region).await?.deadlines;
        let calendar = work.working_calendar().await?;
        let next = current.case.urged(&calendar, &deadlines, work.today)?;
        let saved = save(&mut work, &current, next).await?;
        archive(&mut work, &saved.case, UnlicensedFact::Urged(&saved.case));
        work.commit(Some(current.case.state()), Some(saved.case.state())).await?;
        Ok(saved)
    }

    /// Settles a case with the license the producer obtained: the case's industry, the
    /// producer's credit code (or place), valid, issued since the case was found.
    pub async fn link_unlicensed_case_license(
        &self,
        principal: &Principal,
        id: UnlicensedCaseId,
        license_id: LicenseId,
    ) -> Result<UnlicensedRecord, AppError> {
        let mut work = self.begin(principal, Operation::LinkUnlicensedCaseLicense).await?;
        let current = case_for(&work, principal, id, Action::ActOnUnlicensedCase).await?;
        let facts = license_facts(&work, principal, license_id).await?;
        current.case.check_license(&facts)?;
        let next = current.case.licensed(&facts, work.today)?;
        let saved = save(&mut work, &current, next).await?;
        archive(&mut work, &saved.case, UnlicensedFact::Licensed(&saved.case));
        work.touch([ObjectRef::of(license_id), ObjectRef::of(facts.enterprise_id)]);
        work.commit(Some(current.case.state()), Some(saved.case.state())).await?;
        Ok(saved)
    }

    /// Records the notice to the local government to ban the producer (通报取缔), the
    /// authority's leadership's act; a ban for not applying waits for the day to apply to pass.
    pub async fn notify_unlicensed_ban(
        &self,
        principal: &Principal,
        id: UnlicensedCaseId,
        notice: &BanNotice,
    ) -> Result<UnlicensedRecord, AppError> {
        let government = parse_text("localGovernment", &notice.local_government, 2, 100, false);
        let document = parse_text("document", &notice.document, 2, 100, false);
        let (government, document) = match (government, document) {
            (Ok(government), Ok(document)) => (government, document),
            (government, document) => {
                let problems = [government.err(), document.err()].into_iter().flatten().collect();
                return Err(ValidationErrors(problems).into());
            }
        };
        let mut work = self.begin(principal, Operation::NotifyUnlicensedBan).await?;
        let current = case_for(&work, principal, id, Action::DecideUnlicensedCase).await?;
        let next = current.case.ban_notified(notice.ground, government, document, work.today)?;
        let saved = save(&mut work, &current, next).await?;
        archive(&mut work, &saved.case, UnlicensedFact::BanNotified(&saved.case));
        work.commit(Some(current.case.state()), Some(saved.case.state())).await?;
        Ok(saved)
    }

    /// Closes a case after the ban notice, with its outcome (取缔 carried out, the document of
    /// the local government …).
    pub async fn close_unlicensed_case(
        &self,
        principal: &Principal,
        id: UnlicensedCaseId,
        outcome: &str,
    ) -> Result<UnlicensedRecord, AppError> {
        self.finish(principal, id, UnlicensedEvent::Close, outcome).await
    }

    /// Dismisses a case that is not unlicensed production after all, with the reason; the
    /// authority's leadership's act.
    pub async fn dismiss_unlicensed_case(
        &self,
        principal: &Principal,
        id: UnlicensedCaseId,
        reason: &str,
    ) -> Result<UnlicensedRecord, AppError> {
        self.finish(principal, id, UnlicensedEvent::Dismiss, reason).await
    }

    async fn finish(
        &self,
        principal: &Principal,
        id: UnlicensedCaseId,
        event: UnlicensedEvent,
        note: &str,
    ) -> Result<UnlicensedRecord, AppError> {
        let note = parse_reason(note)?;
        let (operation, action) = match event {
            UnlicensedEvent::Dismiss => (Operation::DismissUnlicensedCase, Action::DecideUnlicensedCase),
            _ => (Operation::CloseUnlicensedCase, Action::ActOnUnlicensedCase),
        };
        let mut work = self.begin(principal, operation).await?;
        let current = case_for(&work, principal, id, action).await?;
        let next = current.case.finished(event, note, work.today)?;
        let saved = save(&mut work, &current, next).await?;
        archive(&mut work, &saved.case, UnlicensedFact::Finished(&saved.case));
        work.commit(Some(current.case.state()), Some(saved.case.state())).await?;
        Ok(saved)
    }

    /// One page of the cases the caller reads, newest first; `overdue` is judged on today.
    pub async fn unlicensed_cases(
        &self,
        principal: &Principal,
        filter: &CaseFilter,
        request: &PageRequest<i64>,
    ) -> Result<Page<UnlicensedRecord>, AppError> {
        let scope = case_scope(principal)?;
        Ok(store::page(&self.store, &scope, filter, self.today(), request).await?)
    }

    pub async fn count_unlicensed_cases(
        &self,
        principal: &Principal,
        filter: &CaseFilter,
    ) -> Result<u64, AppError> {
        let scope = case_scope(principal)?;
        Ok(store::count(&self.store, &scope, filter, self.today()).await?)
    }

    pub async fn unlicensed_cases_by_ids(
        &self,
        principal: &Principal,
        ids: &[UnlicensedCaseId],
    ) -> Result<Vec<UnlicensedRecord>, AppError> {
        let scope = case_scope(principal)?;
        Ok(store::by_ids(&self.store, &scope, ids).await?)
    }
}

/// The case, once the caller may take `action` on it: outside its jurisdiction it is not found.
async fn case_for(
    work: &Work<'_>,
    principal: &Principal,
    id: UnlicensedCaseId,
    action: Action,
) -> Result<UnlicensedRecord, AppError> {
    let scope = case_scope(principal).unwrap_or(Scope::Nothing);
    let found = store::by_ids(work.tx(), &scope, &[id]).await?.pop();
    let current = found.ok_or(AppError::NotFound { what: "unlicensed-production case" })?;
    allow(principal, action, &Resource::Region(current.case.region), "unlicensed-production case")?;
    Ok(current)
}

/// The patrol a case was found on, within the caller's reach (its enterprise in the caller's
/// registry scope: one scoped read).
async fn check_patrol(work: &Work<'_>, principal: &Principal, id: PatrolId) -> Result<(), AppError> {
    let scope = oversight_domain::access::read_scope(principal);
    match inspection::by_ids(work.tx(), &scope, &[id]).await?.pop() {
        Some(_) => Ok(()),
        None => Err(AppError::NotFound { what: "patrol" }),
    }
}

/// The registry's enterprise of the producer's credit code with its licenses, refused when a
/// case of the same producer is still open.
async fn registry_match(
    work: &Work<'_>,
    producer: &case::Producer,
) -> Result<Option<RegistryMatch>, AppError> {
    let Some(code) = &producer.credit_code else { return Ok(None) };
    if let Some(open) = store::open_of(work.tx(), code).await? {
        return Err(already_open(Some(code), Some(&open)));
    }
    let Some(found) = enterprise::by_credit_code(work.tx(), &Scope::Everything, code).await? else {
        return Ok(None);
    };
    let licenses = license::by_enterprise_ids(work.tx(), &Scope::Everything, &[found.id]).await?;
    Ok(Some(RegistryMatch {
        enterprise_id: found.id,
        licenses: licenses.into_iter().map(|l| (l.number.to_string(), l.industry, l.status)).collect(),
    }))
}

/// The refusal of a second open case of one producer, naming the open one when it is known (the
/// check found it) — not when the unique index refused a concurrent open.
fn already_open(code: Option<&CreditCode>, open: Option<&UnlicensedRecord>) -> AppError {
    let code = code.map(ToString::to_string).unwrap_or_default();
    let message = match open {
        Some(open) => format!("case {} of producer {code} is still open ({})", open.id, open.case.status),
        None => format!("another case of producer {code} was opened meanwhile and is still open"),
    };
    AppError::refused(Code::UnlicensedCaseAlreadyOpen, "creditCode", message)
}

/// The license an officer names, within reach, with what settling a case needs of it.
async fn license_facts(
    work: &Work<'_>,
    principal: &Principal,
    id: LicenseId,
) -> Result<LicenseFacts, AppError> {
    let not_found = || AppError::NotFound { what: "license" };
    let scope = oversight_domain::access::read_scope(principal);
    let found = license::by_ids(work.tx(), &scope, &[id]).await?.pop().ok_or_else(not_found)?;
    let owner =
        enterprise::by_ids(work.tx(), &scope, &[found.enterprise_id]).await?.pop().ok_or_else(not_found)?;
    Ok(LicenseFacts {
        id: found.id,
        enterprise_id: owner.id,
        credit_code: owner.credit_code,
        region: owner.base.region,
        industry: found.industry,
        status: found.status,
        issued_on: found.validity.issued_on,
    })
}

/// Saves `next` over `current`, refusing a case that moved meanwhile.
async fn save(
    work: &mut Work<'_>,
    current: &UnlicensedRecord,
    next: UnlicensedCase,
) -> Result<UnlicensedRecord, AppError> {
    let by = work.principal().subject.clone();
    if !store::save(work.tx(), &current.case, &next, &by, work.now).await? {
        return Err(AppError::concurrent("the unlicensed-production case changed meanwhile"));
    }
    work.touch([ObjectRef::of(current.id)]);
    Ok(UnlicensedRecord { case: next, updated_by: by, updated_at: work.now, ..current.clone() })
}

/// Archives a case's fact for the enterprise it concerns (the registry match, or the licensed
/// enterprise); a producer outside the registry has no archive yet, and the case itself is the
/// record (its audit trail keeps every step).
fn archive(work: &mut Work<'_>, case: &UnlicensedCase, fact: UnlicensedFact<'_>) {
    if let Some(enterprise_id) = case.enterprise_id {
        work.archive(enterprise_id, case.license_id, ArchiveFact::Unlicensed(fact));
    }
}
