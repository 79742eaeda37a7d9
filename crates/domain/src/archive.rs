//! Events of the enterprise quality archive (企业质量档案): the timeline of one enterprise that
//! dynamic supervision (§二(五)) reads as one feed. One kind per fact; each fact states its kind,
//! its bilingual summary and its details side by side, in [`ArchiveFact::event`].

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::attachment::Attachment;
use crate::draw::algorithm::Selection;
use crate::ids::{ChangeRequestId, DrawId, ProposalId, RectificationId, SubmissionId, TaskId};
pub use crate::patrol::PatrolFact;
use crate::registry::change_request::EnterpriseChangeRequest;
use crate::registry::enterprise::NewEnterprise;
use crate::registry::license::{LicenseStatus, NewLicense};
use crate::registry::license_number::LicenseNumber;
pub use crate::review::ReviewFact;
use crate::testing::judgment::Verdict;
use crate::testing::objection::{Delivery, ObjectionDecision, ObjectionOutcome};
use crate::testing::rectification::{ProposalDecision, ProposalStatus, Rectification};
use crate::testing::supervision::TestingTask;

crate::stored_enum! {
    /// What an archive event records. The stored names are never renamed; later kinds
    /// (patrols, spot checks, measures …) are added at the end.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
    pub enum ArchiveEventKind {
        EnterpriseRegistered = "ENTERPRISE_REGISTERED",
        BaseDataUpdated = "BASE_DATA_UPDATED",
        LicenseIssued = "LICENSE_ISSUED",
        LicenseImported = "LICENSE_IMPORTED",
        LicenseStatusChanged = "LICENSE_STATUS_CHANGED",
        /// A testing task was opened: the product was sampled (抽样).
        TestTaskOpened = "TEST_TASK_OPENED",
        /// A testing task's results were judged (检验结论).
        TestVerdictRecorded = "TEST_VERDICT_RECORDED",
        /// The enterprise objected to a failing verdict (异议).
        TestObjectionLodged = "TEST_OBJECTION_LODGED",
        /// The retest on the backup portion was judged (复检结论); the first verdict stays.
        TestRetestVerdictRecorded = "TEST_RETEST_VERDICT_RECORDED",
        /// A rectification (整改) was ordered after a final failing verdict.
        RectificationOpened = "RECTIFICATION_OPENED",
        /// The officer granted the extension asked: the rectification deadline moved.
        RectificationExtended = "RECTIFICATION_EXTENDED",
        /// The re-check (复查) passed and the rectification closed.
        RectificationClosed = "RECTIFICATION_CLOSED",
        /// A province's leadership made the revocation proposal (吊销建议) to the national authority.
        RevocationProposed = "REVOCATION_PROPOSED",
        /// The national authority decided a revocation proposal.
        RevocationProposalDecided = "REVOCATION_PROPOSAL_DECIDED",
        /// The enterprise asked the one extension of its rectification (整改延期申请).
        RectificationExtensionRequested = "RECTIFICATION_EXTENSION_REQUESTED",
        /// The officer declined the extension asked, with reasons; the deadline stays.
        RectificationExtensionDeclined = "RECTIFICATION_EXTENSION_DECLINED",
        /// The authority delivered a verdict to the enterprise (送达); the objection window runs.
        TestVerdictDelivered = "TEST_VERDICT_DELIVERED",
        /// The enterprise acknowledged an electronic delivery.
        TestVerdictDeliveryAcknowledged = "TEST_VERDICT_DELIVERY_ACKNOWLEDGED",
        /// The authority accepted an objection (受理) and assigned the retest.
        TestObjectionAccepted = "TEST_OBJECTION_ACCEPTED",
        /// The authority refused an objection (不予受理); the first verdict is final.
        TestObjectionRefused = "TEST_OBJECTION_REFUSED",
        /// A license past its last valid day was recorded EXPIRED (有效期届满).
        LicenseExpired = "LICENSE_EXPIRED",
        /// A supervising officer cancelled an open testing task (撤销任务), with reason.
        TestTaskCancelled = "TEST_TASK_CANCELLED",
        /// A supervising officer gave an open testing task to another institution, with reason.
        TestTaskReassigned = "TEST_TASK_REASSIGNED",
        /// The re-check failed: a revocation proposal is due from the province (ADR 0009
        /// decision 23).
        RevocationProposalDue = "REVOCATION_PROPOSAL_DUE",
        /// A due or pending revocation proposal closed (MOOT): the license ended otherwise.
        RevocationProposalClosed = "REVOCATION_PROPOSAL_CLOSED",
        /// The enterprise asked for a change of its name, production conditions, inspection
        /// means or process (变更申请), with a reason.
        EnterpriseChangeRequested = "ENTERPRISE_CHANGE_REQUESTED",
        /// A change request was accepted or refused by the supervising officer, or withdrawn.
        EnterpriseChangeDecided = "ENTERPRISE_CHANGE_DECIDED",
        /// An accepted change of production conditions, inspection means or process requires
        /// the license's re-review (重新审查, §二(三) item 2).
        LicenseRereviewRequired = "LICENSE_REREVIEW_REQUIRED",
        /// A provincial authority concluded a license's re-review, with its conclusion.
        LicenseRereviewConcluded = "LICENSE_REREVIEW_CONCLUDED",
        /// The license joined a review year (年度审查): a self-inspection report is due.
        AnnualReviewOpened = "ANNUAL_REVIEW_OPENED",
        /// The enterprise submitted its self-inspection report (自查报告), a version of it.
        SelfInspectionReportSubmitted = "SELF_INSPECTION_REPORT_SUBMITTED",
        /// The reviewer returned the report for correction.
        SelfInspectionReportReturned = "SELF_INSPECTION_REPORT_RETURNED",
        /// The enterprise handed in its license copy (副本) for the annual review.
        LicenseCopyHandedIn = "LICENSE_COPY_HANDED_IN",
        /// The office received the license copy.
        LicenseCopyReceived = "LICENSE_COPY_RECEIVED",
        /// Problems found or suspected: an on-site inspection (实地检查) is due.
        OnSiteInspectionRequired = "ON_SITE_INSPECTION_REQUIRED",
        /// The on-site inspection was recorded with its findings.
        OnSiteInspectionRecorded = "ON_SITE_INSPECTION_RECORDED",
        /// The annual review passed: the annual inspection stamp (年度检查合格) is on the copy.
        AnnualReviewPassed = "ANNUAL_REVIEW_PASSED",
        /// The annual review failed: a rectification by a deadline, no stamp.
        AnnualReviewFailed = "ANNUAL_REVIEW_FAILED",
        /// The license left the review year (revoked, cancelled or expired).
        AnnualReviewLeft = "ANNUAL_REVIEW_LEFT",
        /// The deadline passed with no self-inspection report: overdue, recorded once.
        AnnualReviewOverdue = "ANNUAL_REVIEW_OVERDUE",
        /// A document was added to the enterprise's file (附件 attachment).
        AttachmentUploaded = "ATTACHMENT_UPLOADED",
        /// An unsealed attachment was deleted from the enterprise's file.
        AttachmentDeleted = "ATTACHMENT_DELETED",
        /// A patrol inspection (巡查) was recorded with its findings.
        PatrolRecorded = "PATROL_RECORDED",
        /// Two devices submitted the same visit: the conflict is on record, unresolved.
        PatrolConflictDetected = "PATROL_CONFLICT_DETECTED",
        /// A measure (措施) was ordered on a patrol's findings.
        MeasureOrdered = "MEASURE_ORDERED",
        /// A measure was carried out or cancelled.
        MeasureClosed = "MEASURE_CLOSED",
        /// A follow-up visit (回访) was recorded with its outcome.
        FollowUpRecorded = "FOLLOW_UP_RECORDED",
        /// A patrol or follow-up record was filed (备案) with the province.
        PatrolRecordFiled = "PATROL_RECORD_FILED",
        /// The province acknowledged a filed patrol or follow-up record.
        PatrolRecordAcknowledged = "PATROL_RECORD_ACKNOWLEDGED",
        /// A linkage notice (通报) about the enterprise was sent to the next tier down.
        LinkageNoticeSent = "LINKAGE_NOTICE_SENT",
        /// The target authority acknowledged (签收) the notice.
        LinkageNoticeAcknowledged = "LINKAGE_NOTICE_ACKNOWLEDGED",
        /// The target authority passed the notice on to its lower authorities.
        LinkageNoticePassedOn = "LINKAGE_NOTICE_PASSED_ON",
        /// The notice closed with the record that proves the action (or its children closed).
        LinkageNoticeClosed = "LINKAGE_NOTICE_CLOSED",
        /// A license of the enterprise was drawn in a double-random draw (双随机抽取).
        DrawSelected = "DRAW_SELECTED",
        /// A spot-check campaign's imported results (监督抽查) failed a product of the enterprise.
        SpotCheckFailed = "SPOT_CHECK_FAILED",
        /// An unlicensed-production case (无证生产) was opened against the producer.
        UnlicensedCaseOpened = "UNLICENSED_CASE_OPENED",
        /// The producer was urged to apply for a license by a deadline (督促申请).
        UnlicensedProducerUrged = "UNLICENSED_PRODUCER_URGED",
        /// The producer obtained a license: the case links it.
        UnlicensedCaseLicensed = "UNLICENSED_CASE_LICENSED",
        /// The local government was notified to ban the producer (通报取缔).
        UnlicensedBanNotified = "UNLICENSED_BAN_NOTIFIED",
        /// The case was closed with the ban's outcome, or dismissed.
        UnlicensedCaseClosed = "UNLICENSED_CASE_CLOSED",
        /// A malicious-counterfeiting case (恶意造假, §三) was opened against the enterprise.
        CounterfeitCaseOpened = "COUNTERFEIT_CASE_OPENED",
        /// The enterprise was ordered to stop (责令停止生产).
        CounterfeitStopOrdered = "COUNTERFEIT_STOP_ORDERED",
        /// A batch of its counterfeit products was recalled (召回).
        CounterfeitRecallRecorded = "COUNTERFEIT_RECALL_RECORDED",
        /// The recall was recorded complete.
        CounterfeitRecallCompleted = "COUNTERFEIT_RECALL_COMPLETED",
        /// The province reported the revocation up (上报撤销) as a revocation proposal.
        CounterfeitRevocationReported = "COUNTERFEIT_REVOCATION_REPORTED",
        /// The case's revocation proposal was decided (or closed when the license ended otherwise).
        CounterfeitRevocationDecided = "COUNTERFEIT_REVOCATION_DECIDED",
        /// The local government was asked to ban the enterprise (提请地方政府取缔).
        CounterfeitBanRequested = "COUNTERFEIT_BAN_REQUESTED",
        /// The case was transferred to the police (移送公安机关).
        CounterfeitTransferredToPolice = "COUNTERFEIT_TRANSFERRED_TO_POLICE",
        /// The police receipt (回执) of the transfer was recorded.
        CounterfeitPoliceReceiptRecorded = "COUNTERFEIT_POLICE_RECEIPT_RECORDED",
        /// The counterfeiting case was closed.
        CounterfeitCaseClosed = "COUNTERFEIT_CASE_CLOSED",
        /// A supervision order (督查督办) about the enterprise was issued to a lower authority.
        SupervisionOrderIssued = "SUPERVISION_ORDER_ISSUED",
        /// The lower authority completed the order, with proof.
        SupervisionOrderCompleted = "SUPERVISION_ORDER_COMPLETED",
        /// The issuer accepted the completion.
        SupervisionOrderAccepted = "SUPERVISION_ORDER_ACCEPTED",
        /// The enterprise was summoned to an industry rectification meeting (行业整顿会议, §三).
        RectificationMeetingSummoned = "RECTIFICATION_MEETING_SUMMONED",
        /// The meeting was held: whether the enterprise attended or was absent (with the note).
        RectificationMeetingAttendanceRecorded = "RECTIFICATION_MEETING_ATTENDANCE_RECORDED",
        /// A resolution of the meeting ordered the enterprise to rectify by a deadline.
        RectificationMeetingResolutionRecorded = "RECTIFICATION_MEETING_RESOLUTION_RECORDED",
        /// The meeting the enterprise was summoned to was cancelled.
        RectificationMeetingCancelled = "RECTIFICATION_MEETING_CANCELLED",
        /// A counterfeiting case was dismissed as opened in error (撤销立案): it no longer counts
        /// against the enterprise.
        CounterfeitCaseDismissed = "COUNTERFEIT_CASE_DISMISSED",
        /// The enterprise submitted its periodic report (企业定期报告, §二(五)).
        PeriodicReportSubmitted = "PERIODIC_REPORT_SUBMITTED",
        /// The supervising authority returned the report for correction.
        PeriodicReportReturned = "PERIODIC_REPORT_RETURNED",
        /// The supervising authority acknowledged the report.
        PeriodicReportAcknowledged = "PERIODIC_REPORT_ACKNOWLEDGED",
    }
}

/// One archive entry as stored: a bilingual one-line summary for people and structured details
/// (camelCase JSON) for machines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveEvent {
    pub kind: ArchiveEventKind,
    pub summary: String,
    pub details: serde_json::Value,
}

/// A fact of an enterprise's archive, typed: what a use case states happened. [`event`] renders
/// it; a new kind of fact is a new variant here and its arm there, nothing else.
///
/// [`event`]: ArchiveFact::event
#[derive(Debug, Clone, Copy)]
pub enum ArchiveFact<'a> {
    EnterpriseRegistered(&'a NewEnterprise),
    /// The API names of the fields that changed, as returned by
    /// [`EnterpriseBaseData::apply`](crate::registry::enterprise::EnterpriseBaseData::apply).
    BaseDataUpdated {
        changed: &'a [&'a str],
    },
    LicenseIssued(&'a NewLicense),
    LicenseImported(&'a NewLicense),
    LicenseStatusChanged {
        number: &'a LicenseNumber,
        from: LicenseStatus,
        to: LicenseStatus,
        reason: &'a str,
    },
    /// The task as stored, with its license number and the institution's name, so the archive
    /// stays readable without the task table.
    TestTaskOpened {
        task: &'a TestingTask,
        number: &'a LicenseNumber,
        institution: &'a str,
    },
    /// The first verdict of a task (`retest: false`) or the retest verdict (复检).
    TestVerdictRecorded {
        task_id: TaskId,
        submission_id: SubmissionId,
        verdict: &'a Verdict,
        retest: bool,
    },
    TestObjectionLodged {
        task_id: TaskId,
        reason: &'a str,
        objection_deadline: NaiveDate,
        items: &'a [String],
        decision_due: NaiveDate,
    },
    /// A delivery made, or acknowledged, with the objection deadline it fixes.
    TestVerdictDelivered {
        task_id: TaskId,
        delivery: &'a Delivery,
        objection_deadline: NaiveDate,
    },
    TestVerdictDeliveryAcknowledged {
        task_id: TaskId,
        delivery: &'a Delivery,
        objection_deadline: NaiveDate,
    },
    /// The authority's decision on an objection; `institution` names the retest institution of
    /// an accepted one.
    TestObjectionDecided {
        task_id: TaskId,
        decision: &'a ObjectionDecision,
        institution: Option<&'a str>,
        overdue: bool,
    },
    RectificationOpened(&'a Rectification),
    RectificationExtended {
        before: &'a Rectification,
        after: &'a Rectification,
    },
    RectificationExtensionRequested(&'a Rectification),
    RectificationExtensionDeclined(&'a Rectification),
    RectificationClosed {
        rectification: &'a Rectification,
        recheck_task_id: TaskId,
    },
    RevocationProposed {
        proposal_id: ProposalId,
        rectification_id: RectificationId,
        recheck_task_id: TaskId,
        grounds: &'a str,
    },
    RevocationProposalDecided {
        proposal_id: ProposalId,
        decision: ProposalDecision,
        status: ProposalStatus,
        reason: &'a str,
    },
    /// The expiry of a license recorded: its stored status moved from `from` to EXPIRED because
    /// its last valid day passed.
    LicenseExpired {
        number: &'a LicenseNumber,
        from: LicenseStatus,
        expires_on: NaiveDate,
    },
    TestTaskCancelled {
        task_id: TaskId,
        reason: &'a str,
    },
    /// `from` and `to` name the institutions.
    TestTaskReassigned {
        task_id: TaskId,
        from: &'a str,
        to: &'a str,
        reason: &'a str,
    },
    /// A failed re-check put the case in the province's queue, with the re-check's finding.
    RevocationProposalDue {
        proposal_id: ProposalId,
        rectification_id: RectificationId,
        recheck_task_id: TaskId,
        finding: &'a str,
    },
    /// A due or pending proposal closed without a decision because the license ended otherwise.
    RevocationProposalClosed {
        proposal_id: ProposalId,
        reason: &'a str,
    },
    EnterpriseChangeRequested(&'a EnterpriseChangeRequest),
    /// The request after its decision (ACCEPTED, REFUSED or WITHDRAWN).
    EnterpriseChangeDecided(&'a EnterpriseChangeRequest),
    LicenseRereviewRequired {
        number: &'a LicenseNumber,
        change_request_id: ChangeRequestId,
        fields: &'a [&'a str],
    },
    LicenseRereviewConcluded {
        number: &'a LicenseNumber,
        conclusion: &'a str,
    },
    /// The annual review facts (年度审查), rendered in `review::annual_review_event`.
    AnnualReview(ReviewFact<'a>),
    AttachmentUploaded(&'a Attachment),
    AttachmentDeleted(&'a Attachment),
    /// The patrol and follow-up facts (巡查、回访), rendered in `patrol::PatrolFact::event`.
    Patrol(PatrolFact<'a>),
    /// The linkage notice facts (联动通报), rendered in `linkage::LinkageFact::event`.
    Linkage(crate::linkage::LinkageFact<'a>),
    /// The unlicensed-production case facts (无证生产), rendered in
    /// `enforcement::unlicensed::UnlicensedFact::event`.
    Unlicensed(crate::enforcement::unlicensed::UnlicensedFact<'a>),
    /// The supervision order facts (督查督办), rendered in `responsibility::OrderFact::event`.
    SupervisionOrder(crate::responsibility::OrderFact<'a>),
    /// A license drawn in a double-random draw (双随机), with why it was drawn; the inspectors
    /// are not on the enterprise's archive (the draw's public record names them).
    /// An enterprise's failed results in an imported spot-check campaign, rendered in
    /// `spot_check::SpotCheckFailed::event`.
    SpotCheckFailed(crate::spot_check::SpotCheckFailed<'a>),
    /// The counterfeiting case facts (恶意造假), rendered in
    /// `enforcement::counterfeit::CounterfeitFact::event`.
    Counterfeit(crate::enforcement::counterfeit::CounterfeitFact<'a>),
    /// The rectification meeting facts (行业整顿会议), rendered in
    /// `campaign::meeting::MeetingFact::event`.
    RectificationMeeting(crate::campaign::meeting::MeetingFact<'a>),
    /// The periodic report facts (企业定期报告), rendered in `enterprise_report::ReportFact::event`.
    PeriodicReport(crate::enterprise_report::ReportFact<'a>),
    DrawSelected {
        draw_id: DrawId,
        selection: Selection,
        starts_on: NaiveDate,
        ends_on: NaiveDate,
    },
}

impl ArchiveFact<'_> {
    /// The stored event: kind, bilingual summary and details, side by side per fact.
    pub fn event(&self) -> ArchiveEvent {
        match *self {
            ArchiveFact::EnterpriseRegistered(enterprise) => enterprise_registered(enterprise),
            ArchiveFact::BaseDataUpdated { changed } => {
                let fields =
                    if changed.is_empty() { "no field changed".to_owned() } else { changed.join(", ") };
                ArchiveEvent {
                    kind: ArchiveEventKind::BaseDataUpdated,
                    summary: format!("基础数据更新 Base data updated: {fields}"),
                    details: json!({ "changedFields": changed }),
                }
            }
            ArchiveFact::LicenseIssued(license) => ArchiveEvent {
                kind: ArchiveEventKind::LicenseIssued,
                summary: format!("发证 License issued: {}", describe(license)),
                details: license_details(license),
            },
            ArchiveFact::LicenseImported(license) => ArchiveEvent {
                kind: ArchiveEventKind::LicenseImported,
                summary: format!("导入 License imported: {}", describe(license)),
                details: license_details(license),
            },
            ArchiveFact::LicenseStatusChanged { number, from, to, reason } => ArchiveEvent {
                kind: ArchiveEventKind::LicenseStatusChanged,
                summary: format!(
                    "许可证状态变更 License status changed: {number} {} {} → {} {}; 原因 Reason: {reason}",
                    from.label_zh(),
                    from.label_en(),
                    to.label_zh(),
                    to.label_en()
                ),
                details: json!({ "number": number.to_string(), "from": from.as_str(), "to": to.as_str(), "reason": reason }),
            },
            ArchiveFact::LicenseExpired { number, from, expires_on } => ArchiveEvent {
                kind: ArchiveEventKind::LicenseExpired,
                summary: format!(
                    "许可证过期 License expired: {number} {} {} → {} {}; 有效期至 valid until {expires_on}",
                    from.label_zh(),
                    from.label_en(),
                    LicenseStatus::Expired.label_zh(),
                    LicenseStatus::Expired.label_en()
                ),
                details: json!({ "number": number.to_string(), "from": from.as_str(),
                                 "to": LicenseStatus::Expired.as_str(), "expiresOn": expires_on.to_string() }),
            },
            ArchiveFact::EnterpriseChangeRequested(request) => ArchiveEvent {
                kind: ArchiveEventKind::EnterpriseChangeRequested,
                summary: format!(
                    "变更申请 Change requested ({}): {}; 原因 Reason: {}",
                    request.id,
                    request.change.fields().join(", "),
                    request.reason
                ),
                details: request.state(),
            },
            ArchiveFact::EnterpriseChangeDecided(request) => ArchiveEvent {
                kind: ArchiveEventKind::EnterpriseChangeDecided,
                summary: format!(
                    "变更审核 Change request {} {}: {}; 意见 Reason: {}",
                    request.id,
                    request.status.as_str(),
                    request.change.fields().join(", "),
                    request.decision_reason.as_deref().unwrap_or_default()
                ),
                details: request.state(),
            },
            ArchiveFact::LicenseRereviewRequired { number, change_request_id, fields } => ArchiveEvent {
                kind: ArchiveEventKind::LicenseRereviewRequired,
                summary: format!(
                    "需重新审查 Re-review required: {number}, after change request {change_request_id} ({})",
                    fields.join(", ")
                ),
                details: json!({ "number": number.to_string(), "changeRequestId": change_request_id,
                                 "changedFields": fields }),
            },
            ArchiveFact::LicenseRereviewConcluded { number, conclusion } => ArchiveEvent {
                kind: ArchiveEventKind::LicenseRereviewConcluded,
                summary: format!("重新审查结论 Re-review concluded: {number}; 结论 Conclusion: {conclusion}"),
                details: json!({ "number": number.to_string(), "conclusion": conclusion }),
            },
            ArchiveFact::AnnualReview(fact) => fact.event(),
            ArchiveFact::Patrol(fact) => fact.event(),
            ArchiveFact::Linkage(fact) => fact.event(),
            ArchiveFact::Unlicensed(fact) => fact.event(),
            ArchiveFact::SupervisionOrder(fact) => fact.event(),
            ArchiveFact::SpotCheckFailed(fact) => fact.event(),
            ArchiveFact::Counterfeit(fact) => fact.event(),
            ArchiveFact::RectificationMeeting(fact) => fact.event(),
            ArchiveFact::PeriodicReport(fact) => fact.event(),
            ArchiveFact::DrawSelected { draw_id, selection, starts_on, ends_on } => ArchiveEvent {
                kind: ArchiveEventKind::DrawSelected,
                summary: format!(
                    "双随机抽中 Drawn in double-random draw {draw_id} ({selection}) for {starts_on} – {ends_on}"
                ),
                details: json!({ "drawId": draw_id, "selection": selection.as_str(),
                                 "startsOn": starts_on, "endsOn": ends_on }),
            },
            ArchiveFact::AttachmentUploaded(attachment) => ArchiveEvent {
                kind: ArchiveEventKind::AttachmentUploaded,
                summary: format!(
                    "附件上传 Attachment {} uploaded: {} ({}, {} bytes)",
                    attachment.id, attachment.file_name, attachment.content_type, attachment.size_bytes
                ),
                details: attachment.state(),
            },
            ArchiveFact::AttachmentDeleted(attachment) => ArchiveEvent {
                kind: ArchiveEventKind::AttachmentDeleted,
                summary: format!("附件删除 Attachment {} deleted: {}", attachment.id, attachment.file_name),
                details: attachment.state(),
            },
            ArchiveFact::TestTaskCancelled { task_id, reason } => ArchiveEvent {
                kind: ArchiveEventKind::TestTaskCancelled,
                summary: format!("撤销检验任务 Testing task {task_id} cancelled; 原因 Reason: {reason}"),
                details: json!({ "taskId": task_id, "reason": reason }),
            },
            ArchiveFact::TestTaskReassigned { task_id, from, to, reason } => ArchiveEvent {
                kind: ArchiveEventKind::TestTaskReassigned,
                summary: format!(
                    "改派检验任务 Testing task {task_id} reassigned from {from} to {to}; 原因 Reason: {reason}"
                ),
                details: json!({ "taskId": task_id, "from": from, "to": to, "reason": reason }),
            },
            ArchiveFact::TestTaskOpened { task, number, institution } => ArchiveEvent {
                kind: ArchiveEventKind::TestTaskOpened,
                summary: format!(
                    "抽样 Sampled for testing: task {}, {number} {}, batch {}, tested by {institution}",
                    task.id, task.variant, task.sampling.batch
                ),
                details: task.state(),
            },
            ArchiveFact::TestVerdictRecorded { task_id, submission_id, verdict, retest } => {
                verdict_recorded(task_id, submission_id, verdict, retest)
            }
            ArchiveFact::TestObjectionLodged { task_id, reason, objection_deadline, items, decision_due } => {
                ArchiveEvent {
                    kind: ArchiveEventKind::TestObjectionLodged,
                    summary: format!(
                        "异议 Objection to the verdict of task {task_id} (items {}): {reason}; decision due {decision_due}",
                        items.join(", ")
                    ),
                    details: objection_details(task_id, reason, objection_deadline, items, decision_due),
                }
            }
            ArchiveFact::TestVerdictDelivered { task_id, delivery, objection_deadline } => ArchiveEvent {
                kind: ArchiveEventKind::TestVerdictDelivered,
                summary: format!(
                    "送达 Verdict of task {task_id} delivered ({}) on {}; objection window until {objection_deadline}",
                    delivery.method, delivery.served_on
                ),
                details: delivery_details(task_id, delivery, objection_deadline),
            },
            ArchiveFact::TestVerdictDeliveryAcknowledged { task_id, delivery, objection_deadline } => {
                ArchiveEvent {
                    kind: ArchiveEventKind::TestVerdictDeliveryAcknowledged,
                    summary: format!(
                        "签收 Electronic delivery of task {task_id} acknowledged; delivered on {}, objection window until {objection_deadline}",
                        delivery.delivered_on()
                    ),
                    details: delivery_details(task_id, delivery, objection_deadline),
                }
            }
            ArchiveFact::TestObjectionDecided { task_id, decision, institution, overdue } => {
                objection_decided(task_id, decision, institution, overdue)
            }
            ArchiveFact::RectificationOpened(rectification) => ArchiveEvent {
                kind: ArchiveEventKind::RectificationOpened,
                summary: format!(
                    "责令整改 Rectification ordered after task {}: deadline {}",
                    rectification.task_id, rectification.deadline
                ),
                details: rectification.state(),
            },
            ArchiveFact::RectificationExtended { before, after } => ArchiveEvent {
                kind: ArchiveEventKind::RectificationExtended,
                summary: format!(
                    "整改延期 Rectification {} extended by {} days: {} → {}; 原因 Reason: {}; 批准意见 Decision: {}",
                    before.id,
                    after.extended_days.unwrap_or_default(),
                    before.deadline,
                    after.deadline,
                    after.extension_reason.as_deref().unwrap_or_default(),
                    after.extension_decision_reason.as_deref().unwrap_or_default()
                ),
                details: after.state(),
            },
            ArchiveFact::RectificationExtensionRequested(after) => ArchiveEvent {
                kind: ArchiveEventKind::RectificationExtensionRequested,
                summary: format!(
                    "整改延期申请 Rectification {}: {} more days asked (deadline {}); 原因 Reason: {}",
                    after.id,
                    after.extension_requested_days.unwrap_or_default(),
                    after.deadline,
                    after.extension_reason.as_deref().unwrap_or_default()
                ),
                details: after.state(),
            },
            ArchiveFact::RectificationExtensionDeclined(after) => ArchiveEvent {
                kind: ArchiveEventKind::RectificationExtensionDeclined,
                summary: format!(
                    "整改延期不予批准 Rectification {}: extension declined, the deadline stays {}; 理由 Reason: {}",
                    after.id,
                    after.deadline,
                    after.extension_decision_reason.as_deref().unwrap_or_default()
                ),
                details: after.state(),
            },
            ArchiveFact::RectificationClosed { rectification, recheck_task_id } => ArchiveEvent {
                kind: ArchiveEventKind::RectificationClosed,
                summary: format!(
                    "整改完成 Rectification {} closed: re-check task {recheck_task_id} passed",
                    rectification.id
                ),
                details: rectification.state(),
            },
            ArchiveFact::RevocationProposed { proposal_id, rectification_id, recheck_task_id, grounds } => {
                ArchiveEvent {
                    kind: ArchiveEventKind::RevocationProposed,
                    summary: format!(
                        "吊销建议 Revocation proposed to the national authority: proposal {proposal_id}; {grounds}"
                    ),
                    details: json!({ "proposalId": proposal_id, "rectificationId": rectification_id, "recheckTaskId": recheck_task_id, "grounds": grounds }),
                }
            }
            ArchiveFact::RevocationProposalDue {
                proposal_id,
                rectification_id,
                recheck_task_id,
                finding,
            } => ArchiveEvent {
                kind: ArchiveEventKind::RevocationProposalDue,
                summary: format!(
                    "吊销建议待提出 Revocation proposal {proposal_id} due from the province; {finding}"
                ),
                details: json!({ "proposalId": proposal_id, "rectificationId": rectification_id, "recheckTaskId": recheck_task_id, "finding": finding }),
            },
            ArchiveFact::RevocationProposalClosed { proposal_id, reason } => ArchiveEvent {
                kind: ArchiveEventKind::RevocationProposalClosed,
                summary: format!("吊销建议终结 Revocation proposal {proposal_id} closed undecided: {reason}"),
                details: json!({ "proposalId": proposal_id, "status": "MOOT", "reason": reason }),
            },
            ArchiveFact::RevocationProposalDecided { proposal_id, decision, status, reason } => {
                ArchiveEvent {
                    kind: ArchiveEventKind::RevocationProposalDecided,
                    summary: format!(
                        "吊销建议决定 Revocation proposal {proposal_id} decided: {}; 原因 Reason: {reason}",
                        match decision {
                            ProposalDecision::Revoke => "吊销 revoked",
                            ProposalDecision::Reject => "不予吊销 rejected",
                        }
                    ),
                    details: json!({ "proposalId": proposal_id, "decision": status.as_str(), "reason": reason }),
                }
            }
        }
    }
}

/// The grounds a failed re-check gives its revocation proposal.
pub fn recheck_failed_grounds(
    recheck_task_id: TaskId,
    rectification: &Rectification,
    verdict: &Verdict,
) -> String {
    format!(
        "复查不合格 Re-check task {recheck_task_id} failed after rectification {} (first failing task {}): {}",
        rectification.id, rectification.task_id, verdict.conclusion_zh
    )
}

fn enterprise_registered(enterprise: &NewEnterprise) -> ArchiveEvent {
    let base = &enterprise.base;
    ArchiveEvent {
        kind: ArchiveEventKind::EnterpriseRegistered,
        summary: format!("企业登记 Enterprise registered: {} ({})", base.name, enterprise.credit_code),
        details: json!({
            "creditCode": enterprise.credit_code.as_str(),
            "name": base.name,
            "regionCode": base.region.as_str(),
            "address": base.address,
            "scale": base.scale.as_str(),
            "products": base.products,
            "productionConditions": base.production_conditions,
        }),
    }
}

fn verdict_recorded(
    task_id: TaskId,
    submission_id: SubmissionId,
    verdict: &Verdict,
    retest: bool,
) -> ArchiveEvent {
    let details = json!({
        "taskId": task_id,
        "submissionId": submission_id,
        "conclusion": verdict.conclusion.as_str(),
        "serious": verdict.serious,
        "pluginId": verdict.plugin_id,
        "pluginVersion": verdict.plugin_version,
        "engineVersion": verdict.engine_version,
        "editions": verdict.editions,
        "nFail": verdict.n_fail,
    });
    if retest {
        return ArchiveEvent {
            kind: ArchiveEventKind::TestRetestVerdictRecorded,
            summary: format!("复检结论 Retest verdict: task {task_id}: {}", verdict.conclusion_zh),
            details,
        };
    }
    let serious = if verdict.serious { "; 严重不合格 serious nonconformity" } else { "" };
    ArchiveEvent {
        kind: ArchiveEventKind::TestVerdictRecorded,
        summary: format!("检验结论 Test verdict: task {task_id}: {}{serious}", verdict.conclusion_zh),
        details,
    }
}

/// The details of an objection, archived and audited alike.
pub fn objection_details(
    task_id: TaskId,
    reason: &str,
    objection_deadline: NaiveDate,
    items: &[String],
    decision_due: NaiveDate,
) -> serde_json::Value {
    json!({ "taskId": task_id, "reason": reason, "objectionDeadline": objection_deadline.to_string(),
            "items": items, "decisionDue": decision_due.to_string() })
}

/// The details of a delivery, archived and audited alike.
pub fn delivery_details(
    task_id: TaskId,
    delivery: &Delivery,
    objection_deadline: NaiveDate,
) -> serde_json::Value {
    json!({
        "taskId": task_id,
        "method": delivery.method.as_str(),
        "servedOn": delivery.served_on.to_string(),
        "acknowledgedOn": delivery.acknowledged_on.map(|d| d.to_string()),
        "deliveredOn": delivery.delivered_on().to_string(),
        "deliveredBy": delivery.delivered_by,
        "objectionDeadline": objection_deadline.to_string(),
    })
}

/// The details of the decision on an objection, archived and audited alike.
pub fn objection_decision_details(
    task_id: TaskId,
    decision: &ObjectionDecision,
    overdue: bool,
) -> serde_json::Value {
    json!({
        "taskId": task_id,
        "outcome": decision.outcome.as_str(),
        "reason": decision.reason,
        "decidedBy": decision.decided_by,
        "decidedOn": decision.decided_on.to_string(),
        "retestInstitutionId": decision.retest_institution_id,
        "overdue": overdue,
    })
}

fn objection_decided(
    task_id: TaskId,
    decision: &ObjectionDecision,
    institution: Option<&str>,
    overdue: bool,
) -> ArchiveEvent {
    let late = if overdue { "; 逾期 decided after its deadline" } else { "" };
    let details = objection_decision_details(task_id, decision, overdue);
    match decision.outcome {
        ObjectionOutcome::Accepted => ArchiveEvent {
            kind: ArchiveEventKind::TestObjectionAccepted,
            summary: format!(
                "受理异议 Objection to task {task_id} accepted; retest by {}{late}; 理由 Reason: {}",
                institution.unwrap_or_default(),
                decision.reason
            ),
            details,
        },
        ObjectionOutcome::Refused => ArchiveEvent {
            kind: ArchiveEventKind::TestObjectionRefused,
            summary: format!(
                "不予受理 Objection to task {task_id} refused; the first verdict is final{late}; 理由 Reason: {}",
                decision.reason
            ),
            details,
        },
    }
}

fn describe(license: &NewLicense) -> String {
    format!(
        "{} {} {} ({}), valid {} – {}",
        license.number,
        license.industry.name_zh,
        license.industry.name_en,
        license.product_unit,
        license.validity.issued_on,
        license.validity.expires_on
    )
}

fn license_details(license: &NewLicense) -> serde_json::Value {
    json!({
        "number": license.number.to_string(),
        "industry": license.industry.code,
        "productUnit": license.product_unit,
        "issuedOn": license.validity.issued_on.to_string(),
        "expiresOn": license.validity.expires_on.to_string(),
        "status": license.status.as_str(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::enterprise::{EnterpriseScale, RawBaseData};
    use crate::registry::region::RegionCode;

    fn enterprise() -> NewEnterprise {
        NewEnterprise::parse(
            "91350100M000100Y43",
            RawBaseData {
                name: Some("福州某某复合肥有限公司".to_owned()),
                region_code: Some("350102".to_owned()),
                address: Some("福州市鼓楼区某某路2号".to_owned()),
                scale: Some(EnterpriseScale::Small),
                products: Some(vec!["复混肥料".to_owned()]),
                production_conditions: None,
                inspection_means: None,
                process: None,
            },
        )
        .unwrap()
    }

    fn license(status: Option<LicenseStatus>) -> NewLicense {
        NewLicense::parse(
            &crate::industry::tests::catalogue(),
            "(闽)XK13-001-00007",
            "compound-fertilizer",
            "复混肥料",
            "2024-01-01".parse().unwrap(),
            None,
            status,
            &RegionCode::parse("350102").unwrap(),
        )
        .unwrap()
    }

    #[test]
    fn events() {
        fn check(event: ArchiveEvent, kind: ArchiveEventKind, summary: &str, details: serde_json::Value) {
            assert_eq!(event.kind, kind);
            assert_eq!(event.summary, summary);
            assert_eq!(event.details, details);
        }
        use ArchiveEventKind::*;
        let number = LicenseNumber::parse("(闽)XK13-001-00007").unwrap();
        let cases = [
            (
                ArchiveFact::EnterpriseRegistered(&enterprise()).event(),
                EnterpriseRegistered,
                "企业登记 Enterprise registered: 福州某某复合肥有限公司 (91350100M000100Y43)",
                json!({
                    "creditCode": "91350100M000100Y43",
                    "name": "福州某某复合肥有限公司",
                    "regionCode": "350102",
                    "address": "福州市鼓楼区某某路2号",
                    "scale": "SMALL",
                    "products": ["复混肥料"],
                    "productionConditions": "",
                }),
            ),
            (
                ArchiveFact::BaseDataUpdated { changed: &["name", "address"] }.event(),
                BaseDataUpdated,
                "基础数据更新 Base data updated: name, address",
                json!({ "changedFields": ["name", "address"] }),
            ),
            (
                ArchiveFact::BaseDataUpdated { changed: &[] }.event(),
                BaseDataUpdated,
                "基础数据更新 Base data updated: no field changed",
                json!({ "changedFields": [] }),
            ),
            (
                ArchiveFact::LicenseIssued(&license(None)).event(),
                LicenseIssued,
                "发证 License issued: (闽)XK13-001-00007 复混肥料 Compound fertilizer (复混肥料), valid 2024-01-01 – 2028-12-31",
                json!({
                    "number": "(闽)XK13-001-00007",
                    "industry": "compound-fertilizer",
                    "productUnit": "复混肥料",
                    "issuedOn": "2024-01-01",
                    "expiresOn": "2028-12-31",
                    "status": "VALID",
                }),
            ),
            (
                ArchiveFact::LicenseImported(&license(Some(LicenseStatus::Suspended))).event(),
                LicenseImported,
                "导入 License imported: (闽)XK13-001-00007 复混肥料 Compound fertilizer (复混肥料), valid 2024-01-01 – 2028-12-31",
                json!({
                    "number": "(闽)XK13-001-00007",
                    "industry": "compound-fertilizer",
                    "productUnit": "复混肥料",
                    "issuedOn": "2024-01-01",
                    "expiresOn": "2028-12-31",
                    "status": "SUSPENDED",
                }),
            ),
            (
                ArchiveFact::LicenseStatusChanged {
                    number: &number,
                    from: LicenseStatus::Valid,
                    to: LicenseStatus::Revoked,
                    reason: "抽查不合格且拒不整改",
                }
                .event(),
                LicenseStatusChanged,
                "许可证状态变更 License status changed: (闽)XK13-001-00007 有效 valid → 吊销 revoked; 原因 Reason: 抽查不合格且拒不整改",
                json!({ "number": "(闽)XK13-001-00007", "from": "VALID", "to": "REVOKED", "reason": "抽查不合格且拒不整改" }),
            ),
            (
                ArchiveFact::LicenseExpired {
                    number: &number,
                    from: LicenseStatus::Suspended,
                    expires_on: "2028-12-31".parse().unwrap(),
                }
                .event(),
                LicenseExpired,
                "许可证过期 License expired: (闽)XK13-001-00007 停产整顿 suspended → 过期 expired; 有效期至 valid until 2028-12-31",
                json!({ "number": "(闽)XK13-001-00007", "from": "SUSPENDED", "to": "EXPIRED", "expiresOn": "2028-12-31" }),
            ),
            (
                ArchiveFact::RevocationProposalDue {
                    proposal_id: ProposalId::new(4),
                    rectification_id: RectificationId::new(3),
                    recheck_task_id: TaskId::new(9),
                    finding: "复查不合格",
                }
                .event(),
                RevocationProposalDue,
                "吊销建议待提出 Revocation proposal 4 due from the province; 复查不合格",
                json!({ "proposalId": 4, "rectificationId": 3, "recheckTaskId": 9, "finding": "复查不合格" }),
            ),
            (
                ArchiveFact::RevocationProposalClosed {
                    proposal_id: ProposalId::new(4),
                    reason: "license revoked on 2026-12-04",
                }
                .event(),
                RevocationProposalClosed,
                "吊销建议终结 Revocation proposal 4 closed undecided: license revoked on 2026-12-04",
                json!({ "proposalId": 4, "status": "MOOT", "reason": "license revoked on 2026-12-04" }),
            ),
            (
                ArchiveFact::LicenseRereviewRequired {
                    number: &number,
                    change_request_id: ChangeRequestId::new(2),
                    fields: &["productionConditions"],
                }
                .event(),
                LicenseRereviewRequired,
                "需重新审查 Re-review required: (闽)XK13-001-00007, after change request 2 (productionConditions)",
                json!({ "number": "(闽)XK13-001-00007", "changeRequestId": 2, "changedFields": ["productionConditions"] }),
            ),
            (
                ArchiveFact::LicenseRereviewConcluded { number: &number, conclusion: "条件符合" }.event(),
                LicenseRereviewConcluded,
                "重新审查结论 Re-review concluded: (闽)XK13-001-00007; 结论 Conclusion: 条件符合",
                json!({ "number": "(闽)XK13-001-00007", "conclusion": "条件符合" }),
            ),
        ];
        for (event, kind, summary, details) in cases {
            check(event, kind, summary, details);
        }
    }

    #[test]
    fn kind_strings_are_stable() {
        // These strings are stored; the test fails if one is renamed.
        let expected = [
            "ENTERPRISE_REGISTERED",
            "BASE_DATA_UPDATED",
            "LICENSE_ISSUED",
            "LICENSE_IMPORTED",
            "LICENSE_STATUS_CHANGED",
            "TEST_TASK_OPENED",
            "TEST_VERDICT_RECORDED",
            "TEST_OBJECTION_LODGED",
            "TEST_RETEST_VERDICT_RECORDED",
            "RECTIFICATION_OPENED",
            "RECTIFICATION_EXTENDED",
            "RECTIFICATION_CLOSED",
            "REVOCATION_PROPOSED",
            "REVOCATION_PROPOSAL_DECIDED",
            "RECTIFICATION_EXTENSION_REQUESTED",
            "RECTIFICATION_EXTENSION_DECLINED",
            "TEST_VERDICT_DELIVERED",
            "TEST_VERDICT_DELIVERY_ACKNOWLEDGED",
            "TEST_OBJECTION_ACCEPTED",
            "TEST_OBJECTION_REFUSED",
            "LICENSE_EXPIRED",
            "TEST_TASK_CANCELLED",
            "TEST_TASK_REASSIGNED",
            "REVOCATION_PROPOSAL_DUE",
            "REVOCATION_PROPOSAL_CLOSED",
            "ENTERPRISE_CHANGE_REQUESTED",
            "ENTERPRISE_CHANGE_DECIDED",
            "LICENSE_REREVIEW_REQUIRED",
            "LICENSE_REREVIEW_CONCLUDED",
            "ANNUAL_REVIEW_OPENED",
            "SELF_INSPECTION_REPORT_SUBMITTED",
            "SELF_INSPECTION_REPORT_RETURNED",
            "LICENSE_COPY_HANDED_IN",
            "LICENSE_COPY_RECEIVED",
            "ON_SITE_INSPECTION_REQUIRED",
            "ON_SITE_INSPECTION_RECORDED",
            "ANNUAL_REVIEW_PASSED",
            "ANNUAL_REVIEW_FAILED",
            "ANNUAL_REVIEW_LEFT",
            "ANNUAL_REVIEW_OVERDUE",
            "ATTACHMENT_UPLOADED",
            "ATTACHMENT_DELETED",
            "PATROL_RECORDED",
            "PATROL_CONFLICT_DETECTED",
            "MEASURE_ORDERED",
            "MEASURE_CLOSED",
            "FOLLOW_UP_RECORDED",
            "PATROL_RECORD_FILED",
            "PATROL_RECORD_ACKNOWLEDGED",
            "LINKAGE_NOTICE_SENT",
            "LINKAGE_NOTICE_ACKNOWLEDGED",
            "LINKAGE_NOTICE_PASSED_ON",
            "LINKAGE_NOTICE_CLOSED",
            "DRAW_SELECTED",
            "SPOT_CHECK_FAILED",
            "UNLICENSED_CASE_OPENED",
            "UNLICENSED_PRODUCER_URGED",
            "UNLICENSED_CASE_LICENSED",
            "UNLICENSED_BAN_NOTIFIED",
            "UNLICENSED_CASE_CLOSED",
            "COUNTERFEIT_CASE_OPENED",
            "COUNTERFEIT_STOP_ORDERED",
            "COUNTERFEIT_RECALL_RECORDED",
            "COUNTERFEIT_RECALL_COMPLETED",
            "COUNTERFEIT_REVOCATION_REPORTED",
            "COUNTERFEIT_REVOCATION_DECIDED",
            "COUNTERFEIT_BAN_REQUESTED",
            "COUNTERFEIT_TRANSFERRED_TO_POLICE",
            "COUNTERFEIT_POLICE_RECEIPT_RECORDED",
            "COUNTERFEIT_CASE_CLOSED",
            "SUPERVISION_ORDER_ISSUED",
            "SUPERVISION_ORDER_COMPLETED",
            "SUPERVISION_ORDER_ACCEPTED",
            "RECTIFICATION_MEETING_SUMMONED",
            "RECTIFICATION_MEETING_ATTENDANCE_RECORDED",
            "RECTIFICATION_MEETING_RESOLUTION_RECORDED",
            "RECTIFICATION_MEETING_CANCELLED",
            "COUNTERFEIT_CASE_DISMISSED",
            "PERIODIC_REPORT_SUBMITTED",
            "PERIODIC_REPORT_RETURNED",
            "PERIODIC_REPORT_ACKNOWLEDGED",
        ];
        let actual: Vec<_> = ArchiveEventKind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(actual, expected);
        for &kind in ArchiveEventKind::ALL {
            assert_eq!(ArchiveEventKind::parse(kind.as_str()), Some(kind));
            assert_eq!(serde_json::to_string(&kind).unwrap(), format!("\"{}\"", kind.as_str()));
        }
        assert_eq!(ArchiveEventKind::parse("license_issued"), None);
    }
}
