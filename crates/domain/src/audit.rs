//! The tamper-evident audit trail as pure functions: what one audit record says, its canonical
//! byte form, and the SHA-256 hash chain that links every record to the one before it, so a
//! record edited, removed or reordered after the fact is detected by walking the chain
//! (docs/adr/0005-audit-trail.md describes the format byte by byte).

use chrono::{DateTime, SubsecRound, Utc};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::access::Principal;
use crate::ids::TypedId;

/// The `prev_hash` of the first record: 64 zeros (no record precedes it).
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The first line of the canonical form. A future change of the form gets a new version line,
/// so old records keep verifying under the rules they were sealed with.
pub const CANONICAL_VERSION: &str = "oversight-audit-v1";

/// The one fixed UTC form in which timestamps are hashed: microseconds (what PostgreSQL keeps)
/// and a literal `Z`, so the hash never depends on a database's or a locale's time format.
pub const TIMESTAMP_FORMAT: &str = "%Y-%m-%dT%H:%M:%S%.6fZ";

/// Who did it, as the authenticated principal named themselves.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AuditActor {
    /// The token's subject (a person or a machine client).
    pub subject: String,
    pub organisation: String,
    pub role: String,
}

impl AuditActor {
    /// The actor of a request made by `principal`: its subject, its organisation's stable
    /// reference (`authority:12`), and its role with the officer's responsibility tier after a
    /// slash (`county_officer/staff`), since §四 holds each tier to account separately.
    pub fn of(principal: &Principal) -> AuditActor {
        let role = match principal.tier {
            Some(tier) => format!("{}/{}", principal.role.as_str(), tier.as_str()),
            None => principal.role.as_str().to_owned(),
        };
        AuditActor {
            subject: principal.subject.clone(),
            organisation: principal.organisation.reference(),
            role,
        }
    }
}

crate::stored_enum! {
    /// The mutation an audit record is about: the GraphQL mutation's name, stored with every
    /// record and hashed into the chain, so a name is never changed once records hold it.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Operation {
        RegisterEnterprise = "registerEnterprise",
        UpdateEnterpriseBaseData = "updateEnterpriseBaseData",
        IssueLicense = "issueLicense",
        /// `issueLicense` with `import: true`: a license issued before this system held it.
        ImportLicense = "importLicense",
        /// `oversight import registry`: one enterprise of a legacy registry's file entered with
        /// its licenses (one record per enterprise, appended batch by batch — docs/adr/0031).
        ImportRegistry = "importRegistry",
        ChangeLicenseStatus = "changeLicenseStatus",
        CreateApiKey = "createApiKey",
        RevokeApiKey = "revokeApiKey",
        DesignateInstitution = "designateInstitution",
        OpenTestingTask = "openTestingTask",
        /// The re-check (复查) task of a rectification.
        OpenRecheckTask = "openRecheckTask",
        SubmitTestResults = "submitTestResults",
        /// The enterprise's objection (异议) to a verdict.
        ObjectToVerdict = "objectToVerdict",
        /// A rectification (整改) ordered after a final failing verdict.
        OpenRectification = "openRectification",
        RequestRectificationExtension = "requestRectificationExtension",
        DecideRectificationExtension = "decideRectificationExtension",
        /// The national authority's decision on a revocation proposal (吊销建议).
        DecideRevocationProposal = "decideRevocationProposal",
        AdvanceDemoClock = "advanceDemoClock",
        /// One year of the working-day calendar, replaced as a whole.
        SetWorkingCalendarYear = "setWorkingCalendarYear",
        /// Licenses past their last valid day recorded EXPIRED, in bulk, by one run.
        RecordLicenseExpiries = "recordLicenseExpiries",
        /// An authority created through the API.
        CreateAuthority = "createAuthority",
        /// `oversight bootstrap`: the national authority and its first administrator officer.
        Bootstrap = "bootstrap",
        RenameAuthority = "renameAuthority",
        /// An authority closed, its work passing to a successor.
        CloseAuthority = "closeAuthority",
        /// An officer (执法人员) entered in the directory.
        CreateOfficer = "createOfficer",
        UpdateOfficer = "updateOfficer",
        DeactivateOfficer = "deactivateOfficer",
        /// A testing institution entered with its accreditation.
        CreateInstitution = "createInstitution",
        /// A new accreditation (CMA/CNAS, validity, industries) recorded for an institution.
        AccreditInstitution = "accreditInstitution",
        SuspendInstitution = "suspendInstitution",
        /// A verdict delivered (送达) to the enterprise.
        DeliverVerdict = "deliverVerdict",
        /// The enterprise acknowledged an electronic delivery.
        AcknowledgeVerdictDelivery = "acknowledgeVerdictDelivery",
        /// The authority accepted (受理) or refused an objection.
        DecideObjection = "decideObjection",
        /// A failed re-check concluded once its verdict became final.
        ConcludeRecheck = "concludeRecheck",
        /// An open testing task cancelled, with reason.
        CancelTestingTask = "cancelTestingTask",
        /// An open testing task given to another institution, with reason.
        ReassignTestingTask = "reassignTestingTask",
        /// A province's leadership made a revocation proposal with its grounds.
        MakeRevocationProposal = "makeRevocationProposal",
        /// A designation ended early, with reason.
        EndDesignation = "endDesignation",
        /// A designation's institution replaced from a date, with reason.
        ReplaceDesignation = "replaceDesignation",
        /// An enterprise asked for a change of its name, production conditions, inspection
        /// means or process (变更申请).
        RequestEnterpriseChange = "requestEnterpriseChange",
        /// The supervising officer accepted or refused a change request.
        DecideEnterpriseChange = "decideEnterpriseChange",
        /// The enterprise withdrew its open change request.
        WithdrawEnterpriseChange = "withdrawEnterpriseChange",
        /// A provincial authority concluded a license's re-review (重新审查).
        ConcludeReReview = "concludeReReview",
        /// A province opened its review year (年度审查): every license in force got a review.
        OpenReviewYear = "openReviewYear",
        /// The enterprise saved a draft of its self-inspection report (自查报告).
        SaveSelfInspectionReport = "saveSelfInspectionReport",
        SubmitSelfInspectionReport = "submitSelfInspectionReport",
        /// The enterprise handed in its license copy (副本).
        HandInLicenseCopy = "handInLicenseCopy",
        /// The office received the license copy.
        ReceiveLicenseCopy = "receiveLicenseCopy",
        /// The reviewer returned the report for correction.
        ReturnSelfInspectionReport = "returnSelfInspectionReport",
        /// The reviewer found or suspected problems: an on-site inspection (实地检查) is due.
        RequireOnSiteInspection = "requireOnSiteInspection",
        RecordOnSiteInspection = "recordOnSiteInspection",
        /// The reviewer passed (the annual stamp) or failed the review.
        ConcludeAnnualReview = "concludeAnnualReview",
        /// Reviews still without a report after the deadline recorded overdue, in bulk.
        RecordAnnualReviewOverdue = "recordAnnualReviewOverdue",
        /// The enterprises whose report is awaited reminded (催报), in bulk.
        RemindAnnualReviews = "remindAnnualReviews",
        /// A document was added to an enterprise's file (附件 attachment).
        UploadAttachment = "uploadAttachment",
        /// An unsealed attachment was deleted.
        DeleteAttachment = "deleteAttachment",
        /// Officers recorded a patrol inspection (巡查), perhaps submitted from a device later.
        RecordPatrol = "recordPatrol",
        /// An officer was recorded recused (回避) from an enterprise.
        RecordOfficerRecusal = "recordOfficerRecusal",
        /// A measure (措施) was ordered on a patrol's findings.
        OrderPatrolMeasure = "orderPatrolMeasure",
        /// A measure was carried out or cancelled, or a transfer's receipt recorded.
        ClosePatrolMeasure = "closePatrolMeasure",
        /// Officers recorded a follow-up visit (回访) and its outcome.
        RecordFollowUp = "recordFollowUp",
        /// A patrol or follow-up record was filed (备案) with the province.
        FilePatrolRecord = "filePatrolRecord",
        /// The province acknowledged a filed record.
        AcknowledgePatrolRecord = "acknowledgePatrolRecord",
        /// The province made a patrol plan (巡查计划).
        CreatePatrolPlan = "createPatrolPlan",
        /// An authority committed a double-random draw (双随机): spec, snapshots, seed hash.
        CommitDraw = "commitDraw",
        /// The seed was revealed and the draw run; its result stored and published.
        RunDraw = "runDraw",
        /// The committing authority cancelled a draw before any run, with its reason.
        CancelDraw = "cancelDraw",
        /// A batch of the bulk risk-class recompute (`oversight risk recompute`).
        RecomputeRiskClasses = "recomputeRiskClasses",
        /// A linkage notice (通报) was sent to the next tier down.
        SendLinkageNotice = "sendLinkageNotice",
        /// The target authority acknowledged (签收) a notice.
        AcknowledgeLinkageNotice = "acknowledgeLinkageNotice",
        /// The target authority passed a notice on to its lower authorities.
        PassOnLinkageNotice = "passOnLinkageNotice",
        /// The target authority closed a notice with the record that proves the action.
        CloseLinkageNotice = "closeLinkageNotice",
        /// A spot-check campaign's results were imported (监督抽查结果导入), with the notices of
        /// its failures.
        ImportSpotCheckResults = "importSpotCheckResults",
        /// A caller asked for a list's data as a file (导出): which list, format and filter.
        RequestExport = "requestExport",
        /// A province set a version of its implementing rules (实施细则).
        SetProvincialRules = "setProvincialRules",
        /// A reporting authority counted a report's figures from the records (a new version).
        GenerateReport = "generateReport",
        /// A reporting authority submitted its report to the tier above.
        SubmitReport = "submitReport",
        /// The tier above returned a submitted report with a reason.
        ReturnReport = "returnReport",
        /// The tier above accepted a submitted report.
        AcceptReport = "acceptReport",
        /// The tier above locked an accepted report.
        LockReport = "lockReport",
        /// The tier above unlocked a locked report with a reason (the locked version is kept).
        UnlockReport = "unlockReport",
        /// An officer opened an unlicensed-production case (无证生产立案).
        OpenUnlicensedCase = "openUnlicensedCase",
        /// An officer urged an unlicensed producer to apply by a deadline (督促申请).
        UrgeUnlicensedProducer = "urgeUnlicensedProducer",
        /// An officer linked the license the producer obtained, settling the case.
        LinkUnlicensedCaseLicense = "linkUnlicensedCaseLicense",
        /// The authority's leadership notified the local government to ban the producer (通报取缔).
        NotifyUnlicensedBan = "notifyUnlicensedBan",
        /// An officer closed a case with the ban's outcome.
        CloseUnlicensedCase = "closeUnlicensedCase",
        /// The authority's leadership dismissed a case with the reason.
        DismissUnlicensedCase = "dismissUnlicensedCase",
        /// A counterfeiting case (恶意造假, §三) was opened against a licensed enterprise.
        OpenCounterfeitCase = "openCounterfeitCase",
        /// The enterprise of a case was ordered to stop (责令停止生产).
        OrderCounterfeitStop = "orderCounterfeitStop",
        /// A recall record (召回) was added to a case.
        RecordCounterfeitRecall = "recordCounterfeitRecall",
        /// A case's recall was recorded complete.
        CompleteCounterfeitRecall = "completeCounterfeitRecall",
        /// The province reported a case's revocation up (上报撤销): a revocation proposal.
        ReportCounterfeitRevocation = "reportCounterfeitRevocation",
        /// The local government was asked to ban the enterprise of a case (提请取缔).
        RequestCounterfeitBan = "requestCounterfeitBan",
        /// A case was transferred to the police (移送公安机关).
        TransferCounterfeitCaseToPolice = "transferCounterfeitCaseToPolice",
        /// The police receipt (回执) of a case's transfer was recorded.
        RecordCounterfeitPoliceReceipt = "recordCounterfeitPoliceReceipt",
        /// A counterfeiting case was closed.
        CloseCounterfeitCase = "closeCounterfeitCase",
        /// An authority's leadership issued a supervision order (督查督办) to one below it.
        IssueSupervisionOrder = "issueSupervisionOrder",
        /// The target authority acknowledged a supervision order.
        AcknowledgeSupervisionOrder = "acknowledgeSupervisionOrder",
        /// The target authority reported progress on a supervision order.
        ReportSupervisionOrderProgress = "reportSupervisionOrderProgress",
        /// The target authority completed a supervision order, with proof.
        CompleteSupervisionOrder = "completeSupervisionOrder",
        /// The issuer's leadership accepted a completed supervision order.
        AcceptSupervisionOrder = "acceptSupervisionOrder",
        /// The issuer returned a completed supervision order with a reason.
        ReturnSupervisionOrder = "returnSupervisionOrder",
        /// An authority raised a request (question, difficulty, support needed) to the one above.
        RaiseLowerTierRequest = "raiseLowerTierRequest",
        /// The authority above answered a request.
        AnswerLowerTierRequest = "answerLowerTierRequest",
        /// The raiser confirmed a request resolved.
        ResolveLowerTierRequest = "resolveLowerTierRequest",
        /// The raiser reopened an answered request with a reason.
        ReopenLowerTierRequest = "reopenLowerTierRequest",
        /// The sender's leadership turned a late linkage notice into a supervision order.
        EscalateLinkageNotice = "escalateLinkageNotice",
        /// The holding authority's leadership made an officer responsible for a piece of work.
        AssignResponsiblePerson = "assignResponsiblePerson",
        /// The holding authority's leadership gave a piece of work to another officer, with a reason.
        ReassignResponsiblePerson = "reassignResponsiblePerson",
        /// An authority's leadership opened a key-industry campaign (专项整治).
        OpenCampaign = "openCampaign",
        /// The opener's leadership amended a planned campaign.
        AmendCampaign = "amendCampaign",
        /// The opener's leadership closed an ended campaign with its summary.
        CloseCampaign = "closeCampaign",
        /// The opener's leadership cancelled a campaign with the reason.
        CancelCampaign = "cancelCampaign",
        /// An upper authority's leadership drafted a responsibility agreement (责任状).
        DraftResponsibilityAgreement = "draftResponsibilityAgreement",
        /// The drafter's leadership replaced a draft agreement's targets.
        AmendResponsibilityAgreement = "amendResponsibilityAgreement",
        /// The lower authority's leadership signed the agreement.
        SignResponsibilityAgreement = "signResponsibilityAgreement",
        /// The drafter's leadership withdrew the agreement with the reason.
        WithdrawResponsibilityAgreement = "withdrawResponsibilityAgreement",
        /// A campaign's leadership convened an industry rectification meeting (行业整顿会议).
        ConveneRectificationMeeting = "conveneRectificationMeeting",
        /// The leadership recorded the meeting held, with attendance and minutes.
        RecordRectificationMeetingHeld = "recordRectificationMeetingHeld",
        /// The leadership cancelled a meeting not held, with the reason.
        CancelRectificationMeeting = "cancelRectificationMeeting",
        /// The leadership recorded a held meeting's resolution: rectify by a deadline.
        ResolveRectificationMeeting = "resolveRectificationMeeting",
        /// The opening authority's leadership dismissed a counterfeiting case opened in error.
        DismissCounterfeitCase = "dismissCounterfeitCase",
        /// An authority's leadership drafted a commendation or accountability record (表彰奖励 /
        /// 追究责任).
        DraftResponsibilityRecord = "draftResponsibilityRecord",
        /// The drafting leadership withdrew a draft record.
        WithdrawResponsibilityRecord = "withdrawResponsibilityRecord",
        /// The recording authority's head issued the record under its document number.
        IssueResponsibilityRecord = "issueResponsibilityRecord",
        /// The recording authority's head annulled an issued record with the reason.
        AnnulResponsibilityRecord = "annulResponsibilityRecord",
        /// An enterprise saved its periodic report (企业定期报告) for a quarter.
        SavePeriodicReport = "savePeriodicReport",
        /// The enterprise submitted its periodic report.
        SubmitPeriodicReport = "submitPeriodicReport",
        /// The supervising authority acknowledged (签收) a periodic report.
        AcknowledgePeriodicReport = "acknowledgePeriodicReport",
        /// The supervising authority returned a periodic report with the reason.
        ReturnPeriodicReport = "returnPeriodicReport",
    }
}

/// A typed reference to an audited object: a typed id (`ObjectRef::of(task_id)`) or one of the
/// singletons below. Its text (`enterprise:42`) is what records store and hash, and what an
/// object's trail is looked up by; the kinds' names (`TypedId::KIND`) are never changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjectRef {
    kind: &'static str,
    id: Option<i64>,
}

impl ObjectRef {
    /// The demonstration server's calendar (there is one).
    pub const DEMO_CLOCK: ObjectRef = ObjectRef { kind: "demo-clock", id: None };

    /// One year of the working-day calendar.
    pub fn calendar_year(year: i32) -> ObjectRef {
        ObjectRef { kind: "calendar-year", id: Some(i64::from(year)) }
    }

    /// One version of a province's implementing rules: the province's code with the version
    /// (`provincial-rules:3200000002` is version 2 of Jiangsu's, 320000).
    pub fn provincial_rules(province: &crate::registry::region::RegionCode, version: u32) -> ObjectRef {
        let code: i64 = province.as_str().parse().unwrap_or(0);
        ObjectRef { kind: "provincial-rules", id: Some(code * 10_000 + i64::from(version)) }
    }

    /// The object a typed id names.
    pub fn of<T: TypedId>(id: T) -> ObjectRef {
        ObjectRef { kind: T::KIND, id: Some(id.key()) }
    }

    /// The kind's stored name: the text before the colon.
    pub fn kind(self) -> &'static str {
        self.kind
    }
}

impl std::fmt::Display for ObjectRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.id {
            Some(id) => write!(f, "{}:{id}", self.kind()),
            None => f.write_str(self.kind()),
        }
    }
}

/// What a use case asks to be recorded: one entry per mutation (or per bulk submission, never
/// per item of it — see the ADR on throughput).
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    pub operation: Operation,
    pub actor: AuditActor,
    /// The objects touched; the trail of one object is found through these. Duplicates are
    /// kept as given (they are hashed).
    pub objects: Vec<ObjectRef>,
    /// The state before the change; `None` when the object did not exist.
    pub before: Option<Value>,
    /// The state after the change; `None` when the object ceased to exist.
    pub after: Option<Value>,
}

/// A sealed audit record: an entry with its place in the chain. The before and after states are
/// kept as values beside their digests (21 CFR 11.10(e): old and new values); the chain hashes the
/// digests, so a value edited after sealing no longer matches its digest and a digest edited no
/// longer matches the hash. Records sealed before values were kept have digests only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRecord {
    /// Position in the chain, 1 for the first record, without gaps.
    pub seq: i64,
    /// When the record was sealed, to the microsecond.
    pub recorded_at: DateTime<Utc>,
    pub operation: String,
    pub actor: AuditActor,
    pub objects: Vec<String>,
    /// SHA-256 (lowercase hex) of the canonical JSON of the before state.
    pub before_digest: Option<String>,
    /// SHA-256 (lowercase hex) of the canonical JSON of the after state.
    pub after_digest: Option<String>,
    /// The state before the change, as recorded (`None`: no state, or a record from before
    /// values were kept — then only `before_digest` speaks).
    pub before: Option<Value>,
    /// The state after the change, as recorded.
    pub after: Option<Value>,
    /// The `hash` of the record `seq - 1`, or [`GENESIS_HASH`].
    pub prev_hash: String,
    /// `sha256(prev_hash || canonical_form)`, lowercase hex.
    pub hash: String,
}

impl AuditRecord {
    /// The canonical form that is hashed: ten lines, each ending in `\n`, in this order:
    ///
    /// ```text
    /// oversight-audit-v1
    /// seq:<decimal>
    /// recorded_at:<YYYY-MM-DDTHH:MM:SS.ffffffZ>
    /// operation:<JSON string>
    /// actor_subject:<JSON string>
    /// actor_organisation:<JSON string>
    /// actor_role:<JSON string>
    /// objects:<JSON array of strings, no whitespace>
    /// before_digest:<JSON string or null>
    /// after_digest:<JSON string or null>
    /// ```
    ///
    /// Every text is a JSON string (see [`canonical_json`] for the escaping), so no field can
    /// contain a raw line break and no two different records share a canonical form.
    pub fn canonical_form(&self) -> String {
        let mut form = String::with_capacity(256);
        form.push_str(CANONICAL_VERSION);
        form.push('\n');
        form.push_str(&format!("seq:{}\n", self.seq));
        form.push_str(&format!("recorded_at:{}\n", self.recorded_at.format(TIMESTAMP_FORMAT)));
        let lines: [(&str, &str); 4] = [
            ("operation", &self.operation),
            ("actor_subject", &self.actor.subject),
            ("actor_organisation", &self.actor.organisation),
            ("actor_role", &self.actor.role),
        ];
        for (name, text) in lines {
            form.push_str(name);
            form.push(':');
            write_json_string(&mut form, text);
            form.push('\n');
        }
        form.push_str("objects:");
        form.push('[');
        for (index, object) in self.objects.iter().enumerate() {
            if index > 0 {
                form.push(',');
            }
            write_json_string(&mut form, object);
        }
        form.push_str("]\n");
        for (name, digest) in [("before_digest", &self.before_digest), ("after_digest", &self.after_digest)] {
            form.push_str(name);
            form.push(':');
            match digest {
                Some(digest) => write_json_string(&mut form, digest),
                None => form.push_str("null"),
            }
            form.push('\n');
        }
        form
    }

    /// The hash this record must carry given its fields: `sha256(prev_hash || canonical_form)`,
    /// where `prev_hash` is taken as its 64 ASCII hex characters.
    pub fn computed_hash(&self) -> String {
        let mut hasher = Sha256::new();
        hasher.update(self.prev_hash.as_bytes());
        hasher.update(self.canonical_form().as_bytes());
        hex::encode(hasher.finalize())
    }
}

/// Seals an entry as record `seq` after the record whose hash is `prev_hash`. The timestamp is
/// truncated to microseconds first, so the record read back from either database hashes alike.
pub fn seal(entry: &AuditEntry, seq: i64, recorded_at: DateTime<Utc>, prev_hash: &str) -> AuditRecord {
    let mut record = AuditRecord {
        seq,
        recorded_at: recorded_at.trunc_subsecs(6),
        operation: entry.operation.as_str().to_owned(),
        actor: entry.actor.clone(),
        objects: entry.objects.iter().map(ObjectRef::to_string).collect(),
        before_digest: entry.before.as_ref().map(digest),
        after_digest: entry.after.as_ref().map(digest),
        before: entry.before.clone(),
        after: entry.after.clone(),
        prev_hash: prev_hash.to_owned(),
        hash: String::new(),
    };
    record.hash = record.computed_hash();
    record
}

/// SHA-256 (lowercase hex) of the canonical JSON of a value.
pub fn digest(value: &Value) -> String {
    hex::encode(Sha256::digest(canonical_json(value).as_bytes()))
}

/// The canonical JSON of a value: object keys sorted by their UTF-8 bytes, no whitespace,
/// strings escaped as RFC 8259 requires and no more (`\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`,
/// other characters below U+0020 as `\u00xx` in lowercase hex, everything else as raw UTF-8),
/// numbers as serde_json prints them. Written by hand rather than with `serde_json::to_string`
/// because key order there depends on a cargo feature (`preserve_order`) that any crate in the
/// build may switch on.
pub fn canonical_json(value: &Value) -> String {
    let mut out = String::new();
    write_canonical(&mut out, value);
    out
}

fn write_canonical(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Number(number) => out.push_str(&number.to_string()),
        Value::String(text) => write_json_string(out, text),
        Value::Array(items) => {
            out.push('[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                write_canonical(out, item);
            }
            out.push(']');
        }
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            out.push('{');
            for (index, (key, item)) in entries.into_iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                write_json_string(out, key);
                out.push(':');
                write_canonical(out, item);
            }
            out.push('}');
        }
    }
}

fn write_json_string(out: &mut String, text: &str) {
    out.push('"');
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            ch if u32::from(ch) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(ch))),
            ch => out.push(ch),
        }
    }
    out.push('"');
}

/// Where the chain stands: the last record's seq and hash (`0` and [`GENESIS_HASH`] when empty).
/// The database keeps one of these as the chain head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainHead {
    pub seq: i64,
    pub hash: String,
}

impl ChainHead {
    /// The head of an empty chain.
    pub fn genesis() -> ChainHead {
        ChainHead { seq: 0, hash: GENESIS_HASH.to_owned() }
    }

    /// Checks that `record` is the next link after this head and returns the new head.
    pub fn verify_next(&self, record: &AuditRecord) -> Result<ChainHead, ChainBreak> {
        let expected = self.seq.saturating_add(1);
        if record.seq != expected {
            return Err(ChainBreak { seq: record.seq, problem: ChainProblem::SeqGap { expected } });
        }
        verify_link(&self.hash, record)?;
        Ok(ChainHead { seq: record.seq, hash: record.hash.clone() })
    }

    /// Checks that a walk that ended at `self` ended where the stored head says the chain ends:
    /// records removed from (or added after) the end of the chain change nothing else.
    pub fn verify_end(&self, stored: &ChainHead) -> Result<(), ChainBreak> {
        if self == stored {
            Ok(())
        } else {
            Err(ChainBreak {
                seq: stored.seq,
                problem: ChainProblem::HeadMismatch {
                    chain_seq: self.seq,
                    chain_hash: self.hash.clone(),
                    head_hash: stored.hash.clone(),
                },
            })
        }
    }
}

/// Checks one link: `record` names `prev_hash` as its predecessor and its stored hash is the
/// hash of its fields.
pub fn verify_link(prev_hash: &str, record: &AuditRecord) -> Result<(), ChainBreak> {
    if record.prev_hash != prev_hash {
        return Err(ChainBreak {
            seq: record.seq,
            problem: ChainProblem::PrevHashMismatch {
                expected: prev_hash.to_owned(),
                found: record.prev_hash.clone(),
            },
        });
    }
    let computed = record.computed_hash();
    if record.hash != computed {
        return Err(ChainBreak {
            seq: record.seq,
            problem: ChainProblem::HashMismatch { stored: record.hash.clone(), computed },
        });
    }
    verify_values(record)
}

/// Checks that each value kept matches the digest the chain sealed: a value is kept only with
/// its digest, and hashes to it.
fn verify_values(record: &AuditRecord) -> Result<(), ChainBreak> {
    let pairs =
        [("before", &record.before, &record.before_digest), ("after", &record.after, &record.after_digest)];
    for (state, value, sealed) in pairs {
        let Some(value) = value else { continue };
        if sealed.as_deref() != Some(digest(value).as_str()) {
            return Err(ChainBreak { seq: record.seq, problem: ChainProblem::ValueMismatch { state } });
        }
    }
    Ok(())
}

/// The first line of the message an anchor signs; a new form gets a new line.
pub const ANCHOR_VERSION: &str = "oversight-audit-anchor-v1";

/// A signed statement that the chain's record `seq` had hash `hash` at `anchored_at`: the
/// operator signs the chain head with an ed25519 key (`oversight audit anchor`) and publishes the
/// anchor elsewhere, so rewriting the whole chain (every hash recomputed) is still detected by
/// comparing it with anchors the database does not hold.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditAnchor {
    pub seq: i64,
    pub hash: String,
    /// When it was signed, to the microsecond.
    pub anchored_at: DateTime<Utc>,
    /// The ed25519 public key (lowercase hex, 32 bytes) whose signature this is.
    pub public_key: String,
    /// The ed25519 signature (lowercase hex, 64 bytes) of [`AuditAnchor::message`].
    pub signature: String,
}

impl AuditAnchor {
    /// The bytes signed: four lines, each ending in `\n` —
    /// `oversight-audit-anchor-v1`, `seq:<decimal>`, `hash:<64 hex>`,
    /// `anchored_at:<YYYY-MM-DDTHH:MM:SS.ffffffZ>`.
    pub fn message(seq: i64, hash: &str, anchored_at: DateTime<Utc>) -> String {
        format!(
            "{ANCHOR_VERSION}\nseq:{seq}\nhash:{hash}\nanchored_at:{}\n",
            anchored_at.trunc_subsecs(6).format(TIMESTAMP_FORMAT)
        )
    }

    /// Checks the anchor against the record the chain holds at its seq (`None`: no such record).
    pub fn check_against(&self, chain_hash: Option<&str>) -> Result<(), AnchorProblem> {
        match chain_hash {
            None => Err(AnchorProblem::MissingRecord { seq: self.seq }),
            Some(hash) if hash != self.hash => Err(AnchorProblem::HashDiffers {
                seq: self.seq,
                anchored: self.hash.clone(),
                chain: hash.to_owned(),
            }),
            Some(_) => Ok(()),
        }
    }
}

/// Why an anchor does not vouch for the chain.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnchorProblem {
    /// The chain has no record at the anchored seq: records were removed.
    #[error("the anchor at seq {seq} names a record the chain does not have")]
    MissingRecord { seq: i64 },
    /// The record at the anchored seq has another hash: the chain was rewritten.
    #[error("the anchor at seq {seq} holds hash {anchored}, the chain {chain}")]
    HashDiffers { seq: i64, anchored: String, chain: String },
    /// The signature does not verify under the anchor's key.
    #[error("the anchor at seq {seq} has a signature that does not verify")]
    BadSignature { seq: i64 },
    /// The anchor is signed by a key the verifier was not told to trust.
    #[error("the anchor at seq {seq} is signed by key {key}, which is not trusted")]
    UntrustedKey { seq: i64, key: String },
}

/// The first place where the chain does not hold.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("audit chain broken at seq {seq}: {problem}")]
pub struct ChainBreak {
    /// The seq of the record that does not link (for a head mismatch: the head's seq).
    pub seq: i64,
    pub problem: ChainProblem,
}

/// What is wrong with the link.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChainProblem {
    /// The record is not the successor of the previous one: records are missing (or renumbered).
    #[error("expected seq {expected} here")]
    SeqGap { expected: i64 },
    /// The record names another predecessor than the record before it.
    #[error("prev_hash is {found}, but the previous record's hash is {expected}")]
    PrevHashMismatch { expected: String, found: String },
    /// A field was changed after sealing: the stored hash is not the hash of the fields.
    #[error("stored hash is {stored}, but the fields hash to {computed}")]
    HashMismatch { stored: String, computed: String },
    /// The chain ends elsewhere than the head row says: records at the end were removed, or the
    /// head was moved.
    #[error("the chain ends at seq {chain_seq} with hash {chain_hash}, but the head holds hash {head_hash}")]
    HeadMismatch { chain_seq: i64, chain_hash: String, head_hash: String },
    /// A kept state value (`before` or `after`) was changed after sealing: it no longer hashes
    /// to the sealed digest.
    #[error("the {state} value does not match its sealed digest")]
    ValueMismatch { state: &'static str },
}

impl ChainProblem {
    /// A stable name for reports and tests.
    pub fn as_str(&self) -> &'static str {
        match self {
            ChainProblem::SeqGap { .. } => "SEQ_GAP",
            ChainProblem::PrevHashMismatch { .. } => "PREV_HASH_MISMATCH",
            ChainProblem::HashMismatch { .. } => "HASH_MISMATCH",
            ChainProblem::HeadMismatch { .. } => "HEAD_MISMATCH",
            ChainProblem::ValueMismatch { .. } => "VALUE_MISMATCH",
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use chrono::TimeZone;
    use serde_json::json;

    use super::*;
    use crate::ids::{
        ApiKeyId, DesignationId, EnterpriseId, InstitutionId, LicenseId, ProposalId, RectificationId,
        SubmissionId, TaskId,
    };

    fn entry() -> AuditEntry {
        AuditEntry {
            operation: Operation::RegisterEnterprise,
            actor: AuditActor {
                subject: "officer-17".to_owned(),
                organisation: "320102".to_owned(),
                role: "COUNTY_OFFICER".to_owned(),
            },
            objects: vec![ObjectRef::of(EnterpriseId::new(42))],
            before: None,
            after: Some(json!({ "name": "南京华瑞电缆有限公司", "creditCode": "91320102MA1XXXXX0X" })),
        }
    }

    fn at(micros: i64) -> DateTime<Utc> {
        Utc.timestamp_micros(1_795_000_000_000_000 + micros).single().unwrap()
    }

    /// A valid chain of three records.
    fn chain() -> Vec<AuditRecord> {
        let mut records: Vec<AuditRecord> = Vec::new();
        for seq in 1..=3 {
            let prev = records.last().map_or(GENESIS_HASH.to_owned(), |r| r.hash.clone());
            records.push(seal(&entry(), seq, at(seq), &prev));
        }
        records
    }

    #[test]
    fn object_references_keep_their_stored_text() {
        let cases = [
            (ObjectRef::of(EnterpriseId::new(42)), "enterprise:42"),
            (ObjectRef::of(LicenseId::new(7)), "license:7"),
            (ObjectRef::of(InstitutionId::new(3)), "institution:3"),
            (ObjectRef::of(ApiKeyId::new(5)), "api-key:5"),
            (ObjectRef::of(DesignationId::new(9)), "designation:9"),
            (ObjectRef::of(TaskId::new(11)), "testing-task:11"),
            (ObjectRef::of(SubmissionId::new(12)), "result-submission:12"),
            (ObjectRef::of(RectificationId::new(13)), "rectification:13"),
            (ObjectRef::of(ProposalId::new(14)), "revocation-proposal:14"),
            (ObjectRef::DEMO_CLOCK, "demo-clock"),
        ];
        for (object, text) in cases {
            assert_eq!(object.to_string(), text);
        }
        assert_eq!(Operation::parse("openRecheckTask"), Some(Operation::OpenRecheckTask));
    }

    #[test]
    fn canonical_form_is_byte_exact() {
        let mut entry = entry();
        entry.actor.subject = "a\"b\\c\nd\u{1}".to_owned();
        entry.objects = vec![ObjectRef::of(EnterpriseId::new(42)), ObjectRef::of(LicenseId::new(7))];
        entry.before = Some(json!(null));
        let record = seal(&entry, 7, Utc.with_ymd_and_hms(2026, 11, 26, 9, 5, 3).unwrap(), GENESIS_HASH);
        let expected = concat!(
            "oversight-audit-v1\n",
            "seq:7\n",
            "recorded_at:2026-11-26T09:05:03.000000Z\n",
            "operation:\"registerEnterprise\"\n",
            "actor_subject:\"a\\\"b\\\\c\\nd\\u0001\"\n",
            "actor_organisation:\"320102\"\n",
            "actor_role:\"COUNTY_OFFICER\"\n",
            "objects:[\"enterprise:42\",\"license:7\"]\n",
            "before_digest:\"74234e98afe7498fb5daf1f36ac2d78acc339464f950703b8c019892f982b90b\"\n",
            "after_digest:\"4d33cb6430f8c015099a90c7426055f5bdc9888f399c2e9f83201013f71330ac\"\n",
        );
        assert_eq!(record.canonical_form(), expected);
        // sha256("null"), computed independently.
        assert_eq!(
            record.before_digest.as_deref(),
            Some("74234e98afe7498fb5daf1f36ac2d78acc339464f950703b8c019892f982b90b")
        );
        // Pinned, and checked with `sha256sum` over the 64 zeros followed by the form above: a change
        // of this value is a change of the format, which needs a new version line.
        assert_eq!(record.hash, "82d3915880d4a67e62987227f58527d8cb3c3bc90286f3ea688065f5057a79f7");
    }

    #[test]
    fn canonical_json_sorts_keys_and_drops_whitespace() {
        let cases = [
            (json!(null), "null"),
            (
                json!({ "b": 1, "a": [true, false, null], "A": "x" }),
                r#"{"A":"x","a":[true,false,null],"b":1}"#,
            ),
            (json!({ "z": { "y": 1, "x": 2 } }), r#"{"z":{"x":2,"y":1}}"#),
            (json!("控制\u{7}\t"), "\"控制\\u0007\\t\""),
            (json!(-12), "-12"),
        ];
        for (value, expected) in cases {
            assert_eq!(canonical_json(&value), expected, "{value}");
        }
        // Key order of the input does not matter.
        let one: Value = serde_json::from_str(r#"{"a":1,"b":2}"#).unwrap();
        let two: Value = serde_json::from_str(r#"{ "b" : 2 , "a" : 1 }"#).unwrap();
        assert_eq!(digest(&one), digest(&two));
    }

    #[test]
    fn timestamps_are_hashed_to_the_microsecond() {
        let nanos = Utc.timestamp_nanos(1_795_000_000_123_456_789);
        let micros = Utc.timestamp_nanos(1_795_000_000_123_456_000);
        let one = seal(&entry(), 1, nanos, GENESIS_HASH);
        let two = seal(&entry(), 1, micros, GENESIS_HASH);
        assert_eq!(one, two);
        assert!(one.canonical_form().contains("recorded_at:2026-11-18T"), "{}", one.canonical_form());
        assert!(one.canonical_form().contains(".123456Z\n"));
    }

    #[test]
    fn the_actor_names_subject_organisation_role_and_tier() {
        use crate::access::{Organisation, Role, Tier};
        let mut principal = Principal {
            subject: "zhang.wei".to_owned(),
            role: Role::CountyOfficer,
            tier: Some(Tier::Staff),
            organisation: Organisation::Platform,
        };
        let actor = AuditActor::of(&principal);
        assert_eq!(
            (actor.subject.as_str(), actor.organisation.as_str()),
            ("zhang.wei", Organisation::Platform.reference().as_str())
        );
        assert_eq!(actor.role, format!("{}/staff", Role::CountyOfficer.as_str()));
        principal.tier = None;
        assert_eq!(AuditActor::of(&principal).role, Role::CountyOfficer.as_str());
    }

    #[test]
    fn a_sealed_chain_verifies() {
        let mut head = ChainHead::genesis();
        for record in chain() {
            head = head.verify_next(&record).unwrap();
        }
        assert_eq!(head.seq, 3);
        assert_eq!(head.verify_end(&head.clone()), Ok(()));
    }

    #[test]
    fn changing_any_single_field_breaks_verification() {
        type Edit = fn(&mut AuditRecord);
        let edits: &[(&str, Edit, &str)] = &[
            ("seq", |r| r.seq += 10, "SEQ_GAP"),
            ("recorded_at", |r| r.recorded_at += chrono::Duration::microseconds(1), "HASH_MISMATCH"),
            ("operation", |r| r.operation.push('x'), "HASH_MISMATCH"),
            ("actor.subject", |r| r.actor.subject.push('x'), "HASH_MISMATCH"),
            ("actor.organisation", |r| r.actor.organisation.push('x'), "HASH_MISMATCH"),
            ("actor.role", |r| r.actor.role.push('x'), "HASH_MISMATCH"),
            ("objects: changed", |r| r.objects[0].push('x'), "HASH_MISMATCH"),
            ("objects: added", |r| r.objects.push("license:1".to_owned()), "HASH_MISMATCH"),
            ("objects: removed", |r| r.objects.clear(), "HASH_MISMATCH"),
            ("before_digest: set", |r| r.before_digest = Some(digest(&json!({}))), "HASH_MISMATCH"),
            ("after_digest: cleared", |r| r.after_digest = None, "HASH_MISMATCH"),
            ("after_digest: changed", |r| r.after_digest = Some(digest(&json!(1))), "HASH_MISMATCH"),
            ("prev_hash", |r| r.prev_hash = GENESIS_HASH.to_owned(), "PREV_HASH_MISMATCH"),
            ("hash", |r| r.hash = GENESIS_HASH.to_owned(), "HASH_MISMATCH"),
        ];
        for (field, edit, problem) in edits {
            let mut records = chain();
            edit(&mut records[1]);
            let mut head = ChainHead::genesis();
            let outcome = records.iter().try_for_each(|record| {
                head = head.verify_next(record)?;
                Ok::<(), ChainBreak>(())
            });
            let chain_break = outcome.expect_err(field);
            assert_eq!(chain_break.seq, records[1].seq, "{field}");
            assert_eq!(chain_break.problem.as_str(), *problem, "{field}: {chain_break}");
        }
    }

    #[test]
    fn moving_text_between_fields_changes_the_hash() {
        // The canonical form is injective: text cannot slide from one field into the next.
        let mut one = entry();
        one.actor.subject = "a\nactor_organisation:\"b".to_owned();
        one.actor.organisation = String::new();
        let mut two = entry();
        two.actor.subject = "a".to_owned();
        two.actor.organisation = "b".to_owned();
        assert_ne!(seal(&one, 1, at(0), GENESIS_HASH).hash, seal(&two, 1, at(0), GENESIS_HASH).hash);
    }

    #[test]
    fn missing_and_reordered_records_are_named() {
        let records = chain();
        let cases: &[(&[usize], i64, &str)] =
            &[(&[0, 2], 3, "SEQ_GAP"), (&[1, 2], 2, "SEQ_GAP"), (&[0, 2, 1], 3, "SEQ_GAP")];
        for (order, seq, problem) in cases {
            let mut head = ChainHead::genesis();
            let chain_break = order
                .iter()
                .try_for_each(|index| {
                    head = head.verify_next(&records[*index])?;
                    Ok::<(), ChainBreak>(())
                })
                .expect_err("broken");
            assert_eq!((chain_break.seq, chain_break.problem.as_str()), (*seq, *problem), "{order:?}");
        }
    }

    #[test]
    fn a_removed_tail_is_caught_by_the_head() {
        let records = chain();
        let mut head = ChainHead::genesis();
        for record in &records[..2] {
            head = head.verify_next(record).unwrap();
        }
        let stored = ChainHead { seq: 3, hash: records[2].hash.clone() };
        let chain_break = head.verify_end(&stored).unwrap_err();
        assert_eq!((chain_break.seq, chain_break.problem.as_str()), (3, "HEAD_MISMATCH"));
    }

    /// What an anchor signs is fixed text, and it vouches only for the record it names.
    #[test]
    fn anchors_sign_fixed_text_and_vouch_for_their_record_only() {
        let at = DateTime::parse_from_rfc3339("2026-12-03T08:00:00.1234567Z").unwrap().with_timezone(&Utc);
        let message = AuditAnchor::message(42, &"a".repeat(64), at);
        assert_eq!(
            message,
            format!(
                "oversight-audit-anchor-v1\nseq:42\nhash:{}\nanchored_at:2026-12-03T08:00:00.123456Z\n",
                "a".repeat(64)
            )
        );
        let anchor = AuditAnchor {
            seq: 42,
            hash: "a".repeat(64),
            anchored_at: at,
            public_key: String::new(),
            signature: String::new(),
        };
        let cases = [
            (Some("a".repeat(64)), Ok(())),
            (None, Err("MissingRecord")),
            (Some("b".repeat(64)), Err("HashDiffers")),
        ];
        for (chain, expected) in cases {
            let got = anchor.check_against(chain.as_deref()).map_err(|p| match p {
                AnchorProblem::MissingRecord { .. } => "MissingRecord",
                AnchorProblem::HashDiffers { .. } => "HashDiffers",
                _ => "other",
            });
            assert_eq!(got, expected, "{chain:?}");
        }
    }

    /// A kept value edited after sealing breaks the link; a record without values still verifies.
    #[test]
    fn kept_values_must_match_their_digests() {
        let entry = AuditEntry {
            operation: Operation::ChangeLicenseStatus,
            actor: AuditActor { subject: "s".into(), organisation: "platform".into(), role: "r".into() },
            objects: vec![],
            before: Some(serde_json::json!({ "status": "VALID" })),
            after: Some(serde_json::json!({ "status": "SUSPENDED" })),
        };
        let at = DateTime::parse_from_rfc3339("2026-12-03T08:00:00Z").unwrap().with_timezone(&Utc);
        let sealed = seal(&entry, 1, at, GENESIS_HASH);
        assert_eq!(verify_link(GENESIS_HASH, &sealed), Ok(()));
        let mut edited = sealed.clone();
        edited.after = Some(serde_json::json!({ "status": "VALID" }));
        let problem = verify_link(GENESIS_HASH, &edited).unwrap_err().problem;
        assert_eq!(problem, ChainProblem::ValueMismatch { state: "after" });
        let mut digests_only = sealed;
        (digests_only.before, digests_only.after) = (None, None);
        assert_eq!(verify_link(GENESIS_HASH, &digests_only), Ok(()));
    }
}
