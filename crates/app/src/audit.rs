//! The audit trail's use cases: recording one entry inside a mutation's transaction, reading the
//! trail of one object, and walking the whole chain to prove nobody rewrote it.

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use oversight_domain::audit::ChainHead;
use oversight_domain::{
    ApiKeyId, ArchiveEventId, AttachmentId, AuthorityId, ChangeRequestId, DesignationId, EnterpriseId,
    FollowUpId, InstitutionId, LicenseId, MeasureId, NoticeId, OfficerId, PatrolId, PatrolPlanId, ProposalId,
    RectificationId, ReviewId, ReviewYearId, SubmissionId, TaskId, TypedId,
};
use oversight_storage::audit::{self, AuditFilter};
use oversight_storage::{Page, PageRequest, TaskScope, archive};

use oversight_storage::registry::{authority, change_request, enterprise, institution, license, officer};
use oversight_storage::testing::{rectification, supervision};

use crate::{Action, App, AppError, Principal, Resource, Scope, allow};

pub use oversight_domain::audit::{
    AnchorProblem, AuditActor, AuditAnchor, AuditEntry, AuditRecord, ChainBreak, ChainProblem, ObjectRef,
    Operation,
};

/// How many records verification reads per statement: large enough that the walk is cheap,
/// small enough that memory stays flat however long the chain grows.
pub const VERIFY_PAGE_SIZE: u64 = 1000;

/// What walking the chain found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditVerification {
    /// Records whose link was checked (all of them when the chain is whole; up to the first
    /// break otherwise).
    pub records_checked: u64,
    /// The first link that does not hold, if any.
    pub first_break: Option<ChainBreak>,
}

impl AuditVerification {
    pub fn is_intact(&self) -> bool {
        self.first_break.is_none()
    }
}

/// An operator's ed25519 key for signing anchors, kept as 64 hex characters (the 32-byte seed)
/// in a file only the operator reads.
pub struct AnchorKey(SigningKey);

impl AnchorKey {
    /// A fresh key from the operating system's random source.
    pub fn generate() -> AnchorKey {
        use rand::RngCore;
        let mut seed = [0_u8; 32];
        rand::rng().fill_bytes(&mut seed);
        AnchorKey(SigningKey::from_bytes(&seed))
    }

    /// Reads the key from its hex form (surrounding whitespace ignored).
    pub fn from_hex(text: &str) -> Result<AnchorKey, String> {
        let bytes = hex::decode(text.trim()).map_err(|_| "the anchor key is not hex".to_owned())?;
        let seed: [u8; 32] =
            bytes.try_into().map_err(|_| "the anchor key is not 32 bytes (64 hex characters)".to_owned())?;
        Ok(AnchorKey(SigningKey::from_bytes(&seed)))
    }

    /// The secret seed as hex, for the key file.
    pub fn secret_hex(&self) -> String {
        hex::encode(self.0.to_bytes())
    }

    /// The public key as hex, for publication beside the anchors.
    pub fn public_hex(&self) -> String {
        hex::encode(self.0.verifying_key().to_bytes())
    }
}

/// What checking the anchors found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnchorVerification {
    /// Anchors checked (the stored ones and those given from elsewhere).
    pub anchors_checked: u64,
    /// The first anchor that does not vouch for the chain, if any.
    pub first_problem: Option<AnchorProblem>,
}

/// Whether an anchor's signature verifies under its own key.
fn signature_holds(anchor: &AuditAnchor) -> bool {
    let message = AuditAnchor::message(anchor.seq, &anchor.hash, anchor.anchored_at);
    let key = hex::decode(&anchor.public_key).ok().and_then(|b| <[u8; 32]>::try_from(b).ok());
    let signature = hex::decode(&anchor.signature).ok().and_then(|b| <[u8; 64]>::try_from(b).ok());
    match (key.and_then(|k| VerifyingKey::from_bytes(&k).ok()), signature) {
        (Some(key), Some(signature)) => {
            key.verify_strict(message.as_bytes(), &Signature::from_bytes(&signature)).is_ok()
        }
        _ => false,
    }
}

impl App {
    /// Signs the chain head with the operator's key and records the anchor (`oversight audit
    /// anchor`); the anchor is also meant to be published elsewhere. Returns it and whether it is
    /// new (anchoring an unchanged head with the same key again records nothing).
    pub async fn anchor_audit_chain(&self, key: &AnchorKey) -> Result<(AuditAnchor, bool), AppError> {
        let head = audit::head(&self.store).await?;
        // Truncated once, so the stored time is exactly the signed one on both databases.
        let anchored_at = chrono::SubsecRound::trunc_subsecs(crate::now(), 6);
        let message = AuditAnchor::message(head.seq, &head.hash, anchored_at);
        let anchor = AuditAnchor {
            seq: head.seq,
            hash: head.hash,
            anchored_at,
            public_key: key.public_hex(),
            signature: hex::encode(key.0.sign(message.as_bytes()).to_bytes()),
        };
        let new = audit::insert_anchor(&self.store, &anchor).await?;
        Ok((anchor, new))
    }

    /// Checks the recorded anchors and `published` ones (copies kept elsewhere) against the
    /// chain: each signature verifies under its key, the key is one of `trusted_keys` (when any
    /// are given), and the chain's record at the anchored seq has the anchored hash. Two
    /// statements, however many anchors: the stored anchors, and the hashes at their seqs.
    pub async fn verify_audit_anchors(
        &self,
        trusted_keys: &[String],
        published: &[AuditAnchor],
    ) -> Result<AnchorVerification, AppError> {
        let mut anchors = audit::anchors(&self.store).await?;
        anchors.extend_from_slice(published);
        let seqs: Vec<i64> = anchors.iter().map(|anchor| anchor.seq).collect();
        let chain = audit::hashes_at(&self.store, &seqs).await?;
        let mut anchors_checked = 0;
        for anchor in &anchors {
            let problem = if !signature_holds(anchor) {
                Some(AnchorProblem::BadSignature { seq: anchor.seq })
            } else if !trusted_keys.is_empty() && !trusted_keys.contains(&anchor.public_key) {
                Some(AnchorProblem::UntrustedKey { seq: anchor.seq, key: anchor.public_key.clone() })
            } else {
                anchor.check_against(chain.get(&anchor.seq).map(String::as_str)).err()
            };
            if problem.is_some() {
                return Ok(AnchorVerification { anchors_checked, first_problem: problem });
            }
            anchors_checked += 1;
        }
        Ok(AnchorVerification { anchors_checked, first_problem: None })
    }

    /// Walks the chain from seq 1 and reports the first broken link. The walk covers the chain
    /// as it stood when verification began (the head is read first); records appended while it
    /// runs are left for the next run. A row that no longer decodes at all (e.g. its object list
    /// is not JSON any more) fails the walk with an internal error naming its seq.
    ///
    /// Three statements per 1,000 records plus three: the head, the pages, and a probe for
    /// records past the head.
    pub async fn verify_audit_chain(&self) -> Result<AuditVerification, AppError> {
        let stored_head = audit::head(&self.store).await?;
        let mut head = ChainHead::genesis();
        let mut records_checked = 0u64;
        'walk: while head.seq < stored_head.seq {
            let records = audit::scan(&self.store, head.seq, VERIFY_PAGE_SIZE).await?;
            if records.is_empty() {
                break;
            }
            for record in &records {
                if record.seq > stored_head.seq {
                    break 'walk;
                }
                match head.verify_next(record) {
                    Ok(next) => head = next,
                    Err(chain_break) => {
                        return Ok(AuditVerification { records_checked, first_break: Some(chain_break) });
                    }
                }
                records_checked += 1;
            }
        }
        // Records removed from the end of the chain leave every remaining link intact; only the
        // head knows where the chain should end.
        if let Err(chain_break) = head.verify_end(&stored_head) {
            return Ok(AuditVerification { records_checked, first_break: Some(chain_break) });
        }
        // A head moved back hides the records after it. Records past the head read at the start
        // may also be appends made during the walk: the head read again tells the two apart.
        if let Some(next) = audit::scan(&self.store, stored_head.seq, 1).await?.first() {
            let head_now = audit::head(&self.store).await?;
            if head_now.seq < next.seq {
                let chain_break = ChainBreak {
                    seq: next.seq,
                    problem: ChainProblem::HeadMismatch {
                        chain_seq: next.seq,
                        chain_hash: next.hash.clone(),
                        head_hash: head_now.hash,
                    },
                };
                return Ok(AuditVerification { records_checked, first_break: Some(chain_break) });
            }
        }
        Ok(AuditVerification { records_checked, first_break: None })
    }

    /// One page of the trail of one object (`enterprise:42`), newest first; the cursor is the
    /// record's seq.
    pub async fn audit_trail(
        &self,
        principal: &Principal,
        subject: AuditSubject,
        filter: &AuditFilter,
        request: &PageRequest<i64>,
    ) -> Result<Page<AuditRecord>, AppError> {
        let subject = self.audit_subject(principal, subject).await?;
        Ok(audit::page_for_subject(&self.store, &subject, filter, request).await?)
    }

    /// One page of the records across all objects matching `filter` (all records of an actor, an
    /// operation or a period), newest first. The records name objects of every jurisdiction, so
    /// only callers whose reach is the whole country (national auditors and officers) may read
    /// them; others ask per object (`audit_trail`).
    pub async fn audit_records(
        &self,
        principal: &Principal,
        filter: &AuditFilter,
        request: &PageRequest<i64>,
    ) -> Result<Page<AuditRecord>, AppError> {
        may_read_all_audit_records(principal)?;
        Ok(audit::page_all(&self.store, filter, request).await?)
    }

    /// How many records across all objects match `filter` (a connection's `totalCount`).
    pub async fn audit_records_count(
        &self,
        principal: &Principal,
        filter: &AuditFilter,
    ) -> Result<u64, AppError> {
        may_read_all_audit_records(principal)?;
        Ok(audit::count_all(&self.store, filter).await?)
    }

    /// How many records name this object (a connection's `totalCount`).
    pub async fn audit_trail_count(
        &self,
        principal: &Principal,
        subject: AuditSubject,
        filter: &AuditFilter,
    ) -> Result<u64, AppError> {
        let subject = self.audit_subject(principal, subject).await?;
        Ok(audit::count_for_subject(&self.store, &subject, filter).await?)
    }

    /// Checks that the caller may read this object's trail (auditors and officers whose
    /// jurisdiction holds it: the owning enterprise's place for what belongs to an enterprise,
    /// the institution's for an institution's keys, designations and submissions, the
    /// authority's for its officers) and returns the subject reference.
    async fn audit_subject(&self, principal: &Principal, subject: AuditSubject) -> Result<String, AppError> {
        let resource =
            self.audit_resource(subject).await?.ok_or(AppError::NotFound { what: subject.what() })?;
        allow(principal, Action::ReadAuditTrail, &resource, subject.what())?;
        Ok(subject.reference().to_string())
    }

    /// What the access policy judges for reading this object's trail; `None` when it does not
    /// exist.
    async fn audit_resource(&self, subject: AuditSubject) -> Result<Option<Resource>, AppError> {
        if let Some(owner) = self.owning_enterprise(subject).await? {
            return self.enterprise_resource(owner).await;
        }
        let store = &self.store;
        Ok(match subject {
            // A plan is the province's, as a review year: its trail is read where the province is.
            AuditSubject::PatrolPlan(id) => {
                let found = oversight_storage::patrol::plan::by_ids(store, None, &[id]).await?.pop();
                found.map(|p| Resource::Region(p.plan.province))
            }
            // A draw is its authority's: its trail is read where the authority is seated.
            AuditSubject::Draw(id) => {
                let found = oversight_storage::draw::by_id(store, id).await?;
                found.map(|d| Resource::Region(d.spec.authority_region))
            }
            // An import is its authority's, as a draw is.
            AuditSubject::SpotCheckImport(id) => {
                let found = oversight_storage::spot_check::by_ids(
                    store,
                    &oversight_storage::Scope::Everything,
                    &[id],
                )
                .await?
                .pop();
                found.map(|i| Resource::Region(i.authority_region))
            }
            // A report is its reporting authority's, as an import is.
            AuditSubject::GeneratedReport(id) => {
                let everything = oversight_storage::Scope::Everything;
                let found =
                    oversight_storage::generated_report::by_ids(store, &everything, &[id]).await?.pop();
                found.map(|r| Resource::Region(r.authority_region))
            }
            AuditSubject::UnlicensedCase(id) => self.unlicensed_case_resource(id).await?,
            AuditSubject::Campaign(id) => self.campaign_resource(id).await?,
            AuditSubject::RectificationMeeting(id) => self.meeting_resource(id).await?,
            AuditSubject::SupervisionOrder(_)
            | AuditSubject::LowerTierRequest(_)
            | AuditSubject::ResponsibilityAssignment(_)
            | AuditSubject::ResponsibilityAgreement(_)
            | AuditSubject::ResponsibilityRecord(_) => {
                return self.responsibility_resource(subject).await;
            }
            // A review year is its province's: read within the province's jurisdiction.
            AuditSubject::ReviewYear(id) => {
                let found = oversight_storage::review::year::by_ids(store, &[id]).await?.pop();
                found.map(|y| Resource::Region(y.province))
            }
            AuditSubject::Institution(id) => self.institution_resource(Some(id)).await?,
            AuditSubject::ApiKey(id) => {
                let owner = institution::api_key_by_id(store, id).await?.map(|k| k.institution_id);
                self.institution_resource(owner).await?
            }
            AuditSubject::Designation(id) => {
                let owner =
                    supervision::designations_by_ids(store, &[id]).await?.pop().map(|d| d.institution_id);
                self.institution_resource(owner).await?
            }
            AuditSubject::ResultSubmission(id) => {
                let owner = supervision::submission_institution(store, id).await?;
                self.institution_resource(owner).await?
            }
            AuditSubject::Authority(id) => authority::by_ids(store, &[id])
                .await?
                .pop()
                .map(|a| Resource::Authority { id, region: a.region }),
            AuditSubject::Officer(id) => {
                let Some(officer) = officer::by_ids(store, None, &[id]).await?.pop() else { return Ok(None) };
                authority::by_ids(store, &[officer.authority_id])
                    .await?
                    .pop()
                    .map(|a| Resource::Officer { authority_region: a.region })
            }
            // An enterprise's objects were answered above (`owning_enterprise`); a kind missing
            // from both is refused as absent, which the e2e trail test of every kind catches.
            _ => None,
        })
    }

    /// For an object that belongs to an enterprise, `Some` of its owner (`None` inside when the
    /// object does not exist); `None` for the others (authorities, institutions, review years).
    async fn owning_enterprise(
        &self,
        subject: AuditSubject,
    ) -> Result<Option<Option<EnterpriseId>>, AppError> {
        let store = &self.store;
        let everything = Scope::Everything;
        Ok(Some(match subject {
            AuditSubject::Enterprise(id) => Some(id),
            AuditSubject::License(id) => {
                license::by_ids(store, &everything, &[id]).await?.pop().map(|r| r.enterprise_id)
            }
            AuditSubject::TestingTask(id) => {
                let tasks = supervision::tasks_by_ids(store, &TaskScope::Registry(everything), &[id]).await?;
                tasks.first().map(|t| t.enterprise_id)
            }
            AuditSubject::Rectification(id) => {
                rectification::rectifications_by_ids(store, &everything, &[id])
                    .await?
                    .first()
                    .map(|r| r.enterprise_id)
            }
            AuditSubject::RevocationProposal(id) => {
                rectification::proposals_by_ids(store, &everything, &[id])
                    .await?
                    .first()
                    .map(|r| r.enterprise_id)
            }
            AuditSubject::ChangeRequest(id) => {
                change_request::by_id(store, id).await?.map(|r| r.enterprise_id)
            }
            AuditSubject::ArchiveEvent(id) => {
                archive::by_id(store, &everything, id).await?.map(|r| r.enterprise_id)
            }
            AuditSubject::AnnualReview(id) => {
                oversight_storage::review::annual::by_id(store, id).await?.map(|r| r.enterprise_id)
            }
            AuditSubject::Attachment(id) => {
                oversight_storage::attachment::by_id(store, id).await?.map(|a| a.enterprise_id)
            }
            AuditSubject::PatrolInspection(id) => {
                oversight_storage::patrol::inspection::by_id(store, id).await?.map(|p| p.enterprise_id)
            }
            AuditSubject::PatrolMeasure(id) => {
                oversight_storage::patrol::measure::by_id(store, id).await?.map(|m| m.enterprise_id)
            }
            AuditSubject::FollowUp(id) => {
                oversight_storage::patrol::follow_up::by_id(store, id).await?.map(|f| f.enterprise_id)
            }
            // A notice's trail is read where its enterprise is, as the enterprise's archive.
            AuditSubject::LinkageNotice(id) => {
                oversight_storage::linkage::notice::by_id(store, id).await?.map(|n| n.notice.enterprise_id)
            }
            // A case's trail is read where its enterprise is, as the enterprise's archive.
            AuditSubject::CounterfeitCase(id) => {
                let everything = oversight_storage::Scope::Everything;
                let found =
                    oversight_storage::enforcement::counterfeit::by_ids(store, &everything, &[id]).await?;
                found.first().map(|c| c.case.enterprise_id)
            }
            // A periodic report's trail is read where its enterprise is.
            AuditSubject::PeriodicReport(id) => {
                oversight_storage::enterprise_report::by_id(store, id).await?.map(|r| r.enterprise_id)
            }
            _ => return Ok(None),
        }))
    }

    /// An order is its issuer's and a request its raiser's, as a report is its reporter's: the
    /// trail is read where that authority is seated.
    async fn responsibility_resource(&self, subject: AuditSubject) -> Result<Option<Resource>, AppError> {
        use oversight_storage::responsibility::{TierScope, order, request};
        let everything = TierScope::Everything;
        Ok(match subject {
            AuditSubject::SupervisionOrder(id) => order::by_ids(&self.store, &everything, &[id])
                .await?
                .pop()
                .map(|o| Resource::Region(o.order.issuer_region)),
            AuditSubject::LowerTierRequest(id) => request::by_ids(&self.store, &everything, &[id])
                .await?
                .pop()
                .map(|r| Resource::Region(r.request.raiser_region)),
            // An assignment is its holding authority's: read where that authority is seated.
            AuditSubject::ResponsibilityAssignment(id) => {
                oversight_storage::responsibility::assignment::by_ids(&self.store, &everything, &[id])
                    .await?
                    .pop()
                    .map(|a| Resource::Region(a.assignment.authority_region))
            }
            // An agreement is its drafter's, as an order is its issuer's.
            AuditSubject::ResponsibilityAgreement(id) => {
                oversight_storage::responsibility::agreement::by_ids(&self.store, &everything, &[id])
                    .await?
                    .pop()
                    .map(|a| Resource::Region(a.agreement.issuer_region))
            }
            // A record is its recording authority's, as an agreement is its drafter's.
            AuditSubject::ResponsibilityRecord(id) => {
                oversight_storage::responsibility::record::any_by_id(&self.store, id)
                    .await?
                    .map(|r| Resource::Region(r.record.recorder_region))
            }
            _ => None,
        })
    }

    /// An unlicensed-production case is its producer's place's: its trail is read within the
    /// jurisdictions holding the place.
    async fn unlicensed_case_resource(
        &self,
        id: oversight_domain::UnlicensedCaseId,
    ) -> Result<Option<Resource>, AppError> {
        let everything = oversight_storage::Scope::Everything;
        let found =
            oversight_storage::enforcement::unlicensed::by_ids(&self.store, &everything, &[id]).await?;
        Ok(found.first().map(|c| Resource::Region(c.case.region)))
    }

    /// A campaign is its opening authority's: its trail is read where that authority is seated.
    async fn campaign_resource(
        &self,
        id: oversight_domain::CampaignId,
    ) -> Result<Option<Resource>, AppError> {
        let everything = oversight_storage::Scope::Everything;
        let Some(found) = oversight_storage::campaign::by_ids(&self.store, &everything, &[id]).await?.pop()
        else {
            return Ok(None);
        };
        let owner = authority::by_ids(&self.store, &[found.campaign.authority_id]).await?.pop();
        Ok(owner.map(|a| Resource::Region(a.region)))
    }

    /// A rectification meeting is its campaign's authority's, as the campaign is.
    async fn meeting_resource(
        &self,
        id: oversight_domain::RectificationMeetingId,
    ) -> Result<Option<Resource>, AppError> {
        let everything = oversight_storage::Scope::Everything;
        let found =
            oversight_storage::campaign::meeting::by_ids(&self.store, &everything, &[id]).await?.pop();
        let Some(found) = found else { return Ok(None) };
        let owner = authority::by_ids(&self.store, &[found.meeting.authority_id]).await?.pop();
        Ok(owner.map(|a| Resource::Region(a.region)))
    }

    /// The enterprise an audited object belongs to, as the policy sees it.
    async fn enterprise_resource(&self, id: Option<EnterpriseId>) -> Result<Option<Resource>, AppError> {
        let Some(id) = id else { return Ok(None) };
        let record = enterprise::by_id(&self.store, id).await?;
        Ok(record.map(|record| Resource::Enterprise { id, region: record.base.region }))
    }

    /// The institution an audited object belongs to, as the policy sees it.
    async fn institution_resource(&self, id: Option<InstitutionId>) -> Result<Option<Resource>, AppError> {
        let Some(id) = id else { return Ok(None) };
        let record = institution::institutions_by_ids(&self.store, &[id]).await?.pop();
        Ok(record.map(|record| Resource::Institution { id, region: record.region }))
    }
}

/// Whether the caller may read the audit records across objects: a reader of audit trails whose
/// reach is the whole country.
fn may_read_all_audit_records(principal: &Principal) -> Result<(), AppError> {
    allow(principal, Action::ReadAuditTrail, &Resource::None, "audit record")?;
    if oversight_domain::access::read_scope(principal) == Scope::Everything {
        Ok(())
    } else {
        Err(AppError::Refused {
            code: crate::Code::Forbidden,
            field: None,
            message: "the audit records across objects are for national auditors and officers; ask \
                      per object with auditTrail(subject:)"
                .to_owned(),
        })
    }
}

/// The object whose audit trail is asked for: one variant per audited kind (`AUDITED_KINDS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditSubject {
    Enterprise(EnterpriseId),
    License(LicenseId),
    Authority(AuthorityId),
    Institution(InstitutionId),
    ApiKey(ApiKeyId),
    Designation(DesignationId),
    TestingTask(TaskId),
    ResultSubmission(SubmissionId),
    Rectification(RectificationId),
    RevocationProposal(ProposalId),
    Officer(OfficerId),
    ChangeRequest(ChangeRequestId),
    ArchiveEvent(ArchiveEventId),
    ReviewYear(ReviewYearId),
    AnnualReview(ReviewId),
    Attachment(AttachmentId),
    PatrolInspection(PatrolId),
    PatrolMeasure(MeasureId),
    FollowUp(FollowUpId),
    PatrolPlan(PatrolPlanId),
    LinkageNotice(NoticeId),
    Draw(oversight_domain::DrawId),
    SpotCheckImport(oversight_domain::SpotCheckImportId),
    GeneratedReport(oversight_domain::GeneratedReportId),
    UnlicensedCase(oversight_domain::UnlicensedCaseId),
    CounterfeitCase(oversight_domain::CounterfeitCaseId),
    SupervisionOrder(oversight_domain::SupervisionOrderId),
    LowerTierRequest(oversight_domain::LowerTierRequestId),
    ResponsibilityAssignment(oversight_domain::ResponsibilityAssignmentId),
    ResponsibilityAgreement(oversight_domain::ResponsibilityAgreementId),
    Campaign(oversight_domain::CampaignId),
    RectificationMeeting(oversight_domain::RectificationMeetingId),
    ResponsibilityRecord(oversight_domain::ResponsibilityRecordId),
    PeriodicReport(oversight_domain::PeriodicReportId),
}

impl AuditSubject {
    /// The reference audit records name the object by (`testing-task:7`).
    pub fn reference(self) -> ObjectRef {
        match self {
            AuditSubject::Enterprise(id) => ObjectRef::of(id),
            AuditSubject::License(id) => ObjectRef::of(id),
            AuditSubject::Authority(id) => ObjectRef::of(id),
            AuditSubject::Institution(id) => ObjectRef::of(id),
            AuditSubject::ApiKey(id) => ObjectRef::of(id),
            AuditSubject::Designation(id) => ObjectRef::of(id),
            AuditSubject::TestingTask(id) => ObjectRef::of(id),
            AuditSubject::ResultSubmission(id) => ObjectRef::of(id),
            AuditSubject::Rectification(id) => ObjectRef::of(id),
            AuditSubject::RevocationProposal(id) => ObjectRef::of(id),
            AuditSubject::Officer(id) => ObjectRef::of(id),
            AuditSubject::ChangeRequest(id) => ObjectRef::of(id),
            AuditSubject::ArchiveEvent(id) => ObjectRef::of(id),
            AuditSubject::ReviewYear(id) => ObjectRef::of(id),
            AuditSubject::AnnualReview(id) => ObjectRef::of(id),
            AuditSubject::Attachment(id) => ObjectRef::of(id),
            AuditSubject::PatrolInspection(id) => ObjectRef::of(id),
            AuditSubject::PatrolMeasure(id) => ObjectRef::of(id),
            AuditSubject::FollowUp(id) => ObjectRef::of(id),
            AuditSubject::PatrolPlan(id) => ObjectRef::of(id),
            AuditSubject::LinkageNotice(id) => ObjectRef::of(id),
            AuditSubject::Draw(id) => ObjectRef::of(id),
            AuditSubject::SpotCheckImport(id) => ObjectRef::of(id),
            AuditSubject::GeneratedReport(id) => ObjectRef::of(id),
            AuditSubject::UnlicensedCase(id) => ObjectRef::of(id),
            AuditSubject::CounterfeitCase(id) => ObjectRef::of(id),
            AuditSubject::SupervisionOrder(id) => ObjectRef::of(id),
            AuditSubject::LowerTierRequest(id) => ObjectRef::of(id),
            AuditSubject::ResponsibilityAssignment(id) => ObjectRef::of(id),
            AuditSubject::ResponsibilityAgreement(id) => ObjectRef::of(id),
            AuditSubject::Campaign(id) => ObjectRef::of(id),
            AuditSubject::RectificationMeeting(id) => ObjectRef::of(id),
            AuditSubject::ResponsibilityRecord(id) => ObjectRef::of(id),
            AuditSubject::PeriodicReport(id) => ObjectRef::of(id),
        }
    }

    /// The object's kind, for "not found" messages.
    fn what(self) -> &'static str {
        match self {
            AuditSubject::Enterprise(_) => EnterpriseId::KIND,
            AuditSubject::License(_) => LicenseId::KIND,
            AuditSubject::Authority(_) => AuthorityId::KIND,
            AuditSubject::Institution(_) => InstitutionId::KIND,
            AuditSubject::ApiKey(_) => ApiKeyId::KIND,
            AuditSubject::Designation(_) => DesignationId::KIND,
            AuditSubject::TestingTask(_) => TaskId::KIND,
            AuditSubject::ResultSubmission(_) => SubmissionId::KIND,
            AuditSubject::Rectification(_) => RectificationId::KIND,
            AuditSubject::RevocationProposal(_) => ProposalId::KIND,
            AuditSubject::Officer(_) => OfficerId::KIND,
            AuditSubject::ChangeRequest(_) => ChangeRequestId::KIND,
            AuditSubject::ArchiveEvent(_) => ArchiveEventId::KIND,
            AuditSubject::ReviewYear(_) => ReviewYearId::KIND,
            AuditSubject::AnnualReview(_) => ReviewId::KIND,
            AuditSubject::Attachment(_) => AttachmentId::KIND,
            AuditSubject::PatrolInspection(_) => PatrolId::KIND,
            AuditSubject::PatrolMeasure(_) => MeasureId::KIND,
            AuditSubject::FollowUp(_) => FollowUpId::KIND,
            AuditSubject::PatrolPlan(_) => PatrolPlanId::KIND,
            AuditSubject::LinkageNotice(_) => NoticeId::KIND,
            AuditSubject::Draw(_) => <oversight_domain::DrawId as oversight_domain::TypedId>::KIND,
            AuditSubject::SpotCheckImport(_) => {
                <oversight_domain::SpotCheckImportId as oversight_domain::TypedId>::KIND
            }
            AuditSubject::GeneratedReport(_) => {
                <oversight_domain::GeneratedReportId as oversight_domain::TypedId>::KIND
            }
            AuditSubject::UnlicensedCase(_) => {
                <oversight_domain::UnlicensedCaseId as oversight_domain::TypedId>::KIND
            }
            AuditSubject::CounterfeitCase(_) => {
                <oversight_domain::CounterfeitCaseId as oversight_domain::TypedId>::KIND
            }
            AuditSubject::SupervisionOrder(_) => {
                <oversight_domain::SupervisionOrderId as oversight_domain::TypedId>::KIND
            }
            AuditSubject::LowerTierRequest(_) => {
                <oversight_domain::LowerTierRequestId as oversight_domain::TypedId>::KIND
            }
            AuditSubject::ResponsibilityAssignment(_) => {
                <oversight_domain::ResponsibilityAssignmentId as oversight_domain::TypedId>::KIND
            }
            AuditSubject::Campaign(_) => <oversight_domain::CampaignId as oversight_domain::TypedId>::KIND,
            AuditSubject::ResponsibilityAgreement(_) => {
                <oversight_domain::ResponsibilityAgreementId as oversight_domain::TypedId>::KIND
            }
            AuditSubject::RectificationMeeting(_) => {
                <oversight_domain::RectificationMeetingId as oversight_domain::TypedId>::KIND
            }
            AuditSubject::ResponsibilityRecord(_) => {
                <oversight_domain::ResponsibilityRecordId as oversight_domain::TypedId>::KIND
            }
            AuditSubject::PeriodicReport(_) => {
                <oversight_domain::PeriodicReportId as oversight_domain::TypedId>::KIND
            }
        }
    }
}

/// The audited state of an enterprise.
pub(crate) fn enterprise_state(record: &crate::EnterpriseRecord) -> serde_json::Value {
    serde_json::json!({ "creditCode": record.credit_code.as_str(), "base": record.base })
}

/// The audited state of a license.
pub(crate) fn license_state(record: &crate::LicenseRecord) -> serde_json::Value {
    serde_json::json!({
        "number": record.number.to_string(),
        "enterpriseId": record.enterprise_id,
        "industry": record.industry,
        "productUnit": record.product_unit,
        "issuedOn": record.validity.issued_on.to_string(),
        "expiresOn": record.validity.expires_on.to_string(),
        "status": record.status.as_str(),
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use oversight_storage::StoreOptions;
    use serde_json::json;

    use super::*;

    fn entry(objects: &[ObjectRef]) -> AuditEntry {
        AuditEntry {
            operation: Operation::ChangeLicenseStatus,
            actor: AuditActor {
                subject: "officer-1".to_owned(),
                organisation: "330106".to_owned(),
                role: "COUNTY_OFFICER".to_owned(),
            },
            objects: objects.to_vec(),
            before: Some(json!({ "status": "VALID" })),
            after: Some(json!({ "status": "SUSPENDED" })),
        }
    }

    async fn app() -> App {
        App::open(StoreOptions::new("sqlite::memory:")).await.unwrap()
    }

    #[tokio::test]
    async fn an_empty_chain_is_intact() {
        let verification = app().await.verify_audit_chain().await.unwrap();
        assert_eq!(verification, AuditVerification { records_checked: 0, first_break: None });
    }

    #[tokio::test]
    async fn recorded_entries_chain_and_page_by_subject() {
        let app = app().await;
        let (e, l) = (|id| ObjectRef::of(EnterpriseId::new(id)), |id| ObjectRef::of(LicenseId::new(id)));
        let objects: &[&[ObjectRef]] = &[&[e(1)], &[e(1), l(1)], &[e(2)], &[l(1), e(1), l(1)]];
        for objects in objects {
            let tx = app.store().begin().await.unwrap();
            audit::append(&tx, &entry(objects), crate::now()).await.unwrap();
            tx.commit().await.unwrap();
        }
        // A rolled-back transaction leaves no record and no gap.
        let tx = app.store().begin().await.unwrap();
        audit::append(&tx, &entry(&[e(9)]), crate::now()).await.unwrap();
        drop(tx);

        let verification = app.verify_audit_chain().await.unwrap();
        assert_eq!(verification, AuditVerification { records_checked: 4, first_break: None });

        // (subject, request) → seqs of the page, has_previous, has_next.
        type Case<'a> = (&'a str, PageRequest<i64>, &'a [i64], bool, bool);
        let cases: &[Case] = &[
            ("enterprise:1", PageRequest::first(10), &[4, 2, 1], false, false),
            ("enterprise:1", PageRequest::first(2), &[4, 2], false, true),
            ("enterprise:1", PageRequest { after: Some(2), ..PageRequest::first(2) }, &[1], true, false),
            (
                "enterprise:1",
                PageRequest { first: None, after: None, last: Some(2), before: Some(1) },
                &[4, 2],
                false,
                true,
            ),
            ("license:1", PageRequest::first(10), &[4, 2], false, false),
            ("enterprise:9", PageRequest::first(10), &[], false, false),
        ];
        for (subject, request, seqs, previous, next) in cases {
            let page = audit::page_for_subject(app.store(), subject, &AuditFilter::default(), request)
                .await
                .unwrap();
            let found: Vec<i64> = page.items.iter().map(|r| r.seq).collect();
            assert_eq!(
                (found.as_slice(), page.has_previous_page, page.has_next_page),
                (*seqs, *previous, *next),
                "{subject} {request:?}"
            );
        }
        let everything = AuditFilter::default();
        assert_eq!(audit::count_for_subject(app.store(), "enterprise:1", &everything).await.unwrap(), 3);
        assert_eq!(audit::count_for_subject(app.store(), "license:1", &everything).await.unwrap(), 2);
        // An auditor's filters: operation, actor, recording time; each can exclude.
        let now = crate::now();
        let filters = [
            (
                AuditFilter {
                    operation: Some(Operation::ChangeLicenseStatus.as_str().to_owned()),
                    ..everything.clone()
                },
                3,
            ),
            (AuditFilter { operation: Some("issueLicense".to_owned()), ..everything.clone() }, 0),
            (AuditFilter { actor_subject: Some("officer-1".to_owned()), ..everything.clone() }, 3),
            (AuditFilter { actor_subject: Some("officer-2".to_owned()), ..everything.clone() }, 0),
            (AuditFilter { from: Some(now - chrono::Duration::hours(1)), ..everything.clone() }, 3),
            (AuditFilter { from: Some(now + chrono::Duration::hours(1)), ..everything.clone() }, 0),
            (AuditFilter { until: Some(now - chrono::Duration::hours(1)), ..everything.clone() }, 0),
        ];
        for (filter, expected) in filters {
            let count = audit::count_for_subject(app.store(), "enterprise:1", &filter).await.unwrap();
            let page = audit::page_for_subject(app.store(), "enterprise:1", &filter, &PageRequest::first(10))
                .await
                .unwrap();
            assert_eq!((count, page.items.len()), (expected, expected as usize), "{filter:?}");
        }
        // The objects come back as they were recorded, duplicates included (they are hashed).
        let page = audit::page_for_subject(app.store(), "enterprise:1", &everything, &PageRequest::first(1))
            .await
            .unwrap();
        assert_eq!(page.items[0].objects, ["license:1", "enterprise:1", "license:1"]);
    }
}
