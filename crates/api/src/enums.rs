//! GraphQL mirrors of domain enums. The domain stays free of GraphQL, so each
//! enum is restated here once with its Chinese term and converted both ways.

use async_graphql::Enum;
use oversight_app::Role;
use oversight_app::Tier;
use oversight_app::{
    AuthorityOrder, DesignationOrder, EnterpriseOrder, InstitutionOrder, LicenseOrder, OfficerOrder,
    RectificationOrder, ReviewOrder, TaskOrder,
};
use oversight_app::{ProfileComparisonMethod, ProfileRoundingUnit, ProfileSeverity, ProfileStandardNature};
use oversight_domain::archive::ArchiveEventKind;
use oversight_domain::attachment::AttachmentType;
use oversight_domain::industry::IndustrySourceKind;
use oversight_domain::registry::authority::AuthorityLevel;
use oversight_domain::registry::enterprise::EnterpriseScale;
use oversight_domain::registry::license::LicenseStatus;
use oversight_domain::registry::license_copy::LicenseCopyEntryKind;
use oversight_domain::testing::judgment::{ComparisonMethod, Conclusion, Outcome, Severity, StandardNature};
use oversight_domain::testing::objection::{DeliveryMethod, ObjectionOutcome};
use oversight_domain::testing::rectification::{
    ProposalDecision, ProposalSourceKind, ProposalStatus, RectificationStatus,
};
use oversight_domain::testing::supervision::TaskStatus;

macro_rules! mirror {
    ($(#[$meta:meta])* $gql:ident as $name:literal <=> $domain:ident { $($(#[$vmeta:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
        #[graphql(name = $name)]
        pub enum $gql { $($(#[$vmeta])* $variant),+ }

        impl From<$domain> for $gql {
            fn from(value: $domain) -> Self {
                match value { $($domain::$variant => $gql::$variant),+ }
            }
        }

        impl From<$gql> for $domain {
            fn from(value: $gql) -> Self {
                match value { $($gql::$variant => $domain::$variant),+ }
            }
        }
    };
}
pub(crate) use mirror;

mirror! {
    /// Status of a production license (生产许可证状态).
    LicenseStatusGql as "LicenseStatus" <=> LicenseStatus {
        /// In force (有效).
        Valid,
        /// Suspended for rectification (停产整顿).
        Suspended,
        /// Revoked (吊销) — final.
        Revoked,
        /// Cancelled (注销) — final.
        Cancelled,
        /// Expired (过期) — final.
        Expired,
    }
}

mirror! {
    /// What the license list is sorted by; ties are broken by issue order.
    LicenseOrderFieldGql as "LicenseOrderField" <=> LicenseOrder {
        /// Issue order (entry into this system).
        Id,
        /// Last valid day (有效期至).
        ExpiresOn,
        /// Core license number.
        Number,
    }
}

mirror! {
    /// The orders of `annualReviews`.
    AnnualReviewOrderFieldGql as "AnnualReviewOrderField" <=> ReviewOrder {
        /// Enrolment order (within a year, the registry's license order).
        Id,
        /// Longest waiting first: when the review last entered the reviewer's queue (its
        /// newest submission), or its enrolment before any — the reviewer's queue.
        QueuedAt,
    }
}

mirror! {
    /// What the enterprise list is sorted by; ties are broken by registration order.
    EnterpriseOrderFieldGql as "EnterpriseOrderField" <=> EnterpriseOrder {
        /// Registration order (entry into this system).
        Id,
        /// Name (企业名称); enterprises sharing a name follow registration order.
        Name,
        /// Unified social credit code (统一社会信用代码).
        CreditCode,
    }
}

mirror! {
    /// What the testing-institution list is sorted by; ties are broken by entry order.
    InstitutionOrderFieldGql as "InstitutionOrderField" <=> InstitutionOrder {
        /// Entry order (when the institution was entered).
        Id,
        /// Name (机构名称).
        Name,
    }
}

mirror! {
    /// What the officer directory is sorted by; ties are broken by entry order.
    OfficerOrderFieldGql as "OfficerOrderField" <=> OfficerOrder {
        /// Entry order (when the officer was entered in the directory).
        Id,
        /// Name (姓名); officers sharing a name follow entry order.
        Name,
        /// Badge number (执法证号).
        BadgeNumber,
    }
}

mirror! {
    /// What the authority list is sorted by; ties are broken by creation order.
    AuthorityOrderFieldGql as "AuthorityOrderField" <=> AuthorityOrder {
        /// Creation order.
        Id,
        /// Division code of the seat (GB/T 2260 行政区划代码), so a province comes before its
        /// cities; a closed authority and its successor at the same seat follow creation order.
        Region,
        /// Name (机关名称).
        Name,
    }
}

mirror! {
    /// What the designation list is sorted by; ties are broken by designation order.
    DesignationOrderFieldGql as "DesignationOrderField" <=> DesignationOrder {
        /// Designation order (when the designation was made).
        Id,
        /// First day in force (起始日期); designations starting the same day follow designation
        /// order.
        ValidFrom,
    }
}

mirror! {
    /// What the rectification list is sorted by; ties are broken by opening order.
    RectificationOrderFieldGql as "RectificationOrderField" <=> RectificationOrder {
        /// Opening order (when the rectification was ordered).
        Id,
        /// Deadline (整改期限).
        Deadline,
    }
}

mirror! {
    /// What the testing-task list is sorted by; ties are broken by opening order.
    TaskOrderFieldGql as "TestingTaskOrderField" <=> TaskOrder {
        /// Opening order (when the task was opened).
        Id,
        /// Sampling date (抽样日期).
        SamplingDate,
    }
}

/// Converts a plugin profile's copy of a closed set (the plugin API restates the engine's
/// enums so plugins do not depend on the domain) to its GraphQL enum.
macro_rules! from_profile {
    ($profile:ident => $gql:ident { $($variant:ident),+ $(,)? }) => {
        impl From<$profile> for $gql {
            fn from(value: $profile) -> Self {
                match value { $($profile::$variant => $gql::$variant),+ }
            }
        }
    };
}

/// Which way a sorted list runs.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug, Default)]
pub enum OrderDirection {
    /// Smallest first.
    #[default]
    Asc,
    /// Largest first.
    Desc,
}

mirror! {
    /// Size of an enterprise (企业规模).
    EnterpriseScaleGql as "EnterpriseScale" <=> EnterpriseScale {
        /// Large (大型).
        Large,
        /// Medium (中型).
        Medium,
        /// Small (小型).
        Small,
        /// Micro (微型).
        Micro,
    }
}

mirror! {
    /// Level of a market-regulation authority (市场监督管理部门).
    AuthorityLevelGql as "AuthorityLevel" <=> AuthorityLevel {
        /// National (国家): the State Administration for Market Regulation (SAMR).
        National,
        /// Provincial (省级).
        Provincial,
        /// Municipal, prefecture level (市(地)级).
        Municipal,
        /// County level (县级).
        County,
    }
}

mirror! {
    /// Responsibility tier of an officer inside an authority (§四 责任).
    TierGql as "ResponsibilityTier" <=> Tier {
        /// 行政一把手 — the administrative head, first responsible.
        Head,
        /// 分管领导 — the leader in charge, main responsible.
        LeaderInCharge,
        /// 直接责任人 — the staff who supervise, directly responsible.
        Staff,
    }
}

mirror! {
    /// The allowed types of an attachment (附件 attachment), sniffed from its bytes.
    AttachmentTypeGql as "AttachmentType" <=> AttachmentType {
        /// PDF (`application/pdf`).
        Pdf,
        /// PNG image.
        Png,
        /// JPEG image.
        Jpeg,
        /// WebP image.
        Webp,
        /// Word document (Office Open XML, `.docx`).
        Docx,
        /// Excel workbook (Office Open XML, `.xlsx`).
        Xlsx,
    }
}

mirror! {
    /// What a quality-archive (企业质量档案) event records.
    ArchiveEventKindGql as "ArchiveEventKind" <=> ArchiveEventKind {
        /// The enterprise entered the registry.
        EnterpriseRegistered,
        /// Its base data (§二(一)) changed.
        BaseDataUpdated,
        /// A license was issued (发证).
        LicenseIssued,
        /// An existing license was imported.
        LicenseImported,
        /// A license changed status.
        LicenseStatusChanged,
        /// A product was sampled for unified compulsory testing (抽样).
        TestTaskOpened,
        /// A testing task's results were judged (检验结论).
        TestVerdictRecorded,
        /// The enterprise objected to a failing verdict (异议).
        TestObjectionLodged,
        /// The retest on the backup portion was judged (复检结论).
        TestRetestVerdictRecorded,
        /// A rectification (整改) was ordered.
        RectificationOpened,
        /// The officer granted the extension: the rectification deadline moved.
        RectificationExtended,
        /// The re-check (复查) passed; the rectification closed.
        RectificationClosed,
        /// The province's leadership made a revocation proposal (吊销建议) to the national authority.
        RevocationProposed,
        /// The national authority decided a revocation proposal.
        RevocationProposalDecided,
        /// The enterprise asked the one extension of its rectification (整改延期申请).
        RectificationExtensionRequested,
        /// The officer declined the extension asked.
        RectificationExtensionDeclined,
        /// The authority delivered a verdict to the enterprise (送达); the objection window runs.
        TestVerdictDelivered,
        /// The enterprise acknowledged an electronic delivery.
        TestVerdictDeliveryAcknowledged,
        /// The authority accepted an objection (受理) and assigned the retest to another institution.
        TestObjectionAccepted,
        /// The authority refused an objection; the first verdict is final.
        TestObjectionRefused,
        /// A license past its last valid day was recorded EXPIRED (有效期届满), once.
        LicenseExpired,
        /// A supervising officer cancelled an open testing task, with reason.
        TestTaskCancelled,
        /// A supervising officer gave an open testing task to another institution, with reason.
        TestTaskReassigned,
        /// The re-check failed: a revocation proposal (吊销建议 revocation proposal) is due from
        /// the province.
        RevocationProposalDue,
        /// A due or pending revocation proposal closed undecided: the license ended otherwise.
        RevocationProposalClosed,
        /// The enterprise asked for a change of its name, production conditions, inspection
        /// means or process (变更申请 change request).
        EnterpriseChangeRequested,
        /// A change request was accepted or refused by the supervising officer, or withdrawn.
        EnterpriseChangeDecided,
        /// An accepted change requires the license's re-review (重新审查 re-review).
        LicenseRereviewRequired,
        /// A provincial authority concluded a license's re-review.
        LicenseRereviewConcluded,
        /// The license joined a review year (年度审查 annual review).
        AnnualReviewOpened,
        /// The enterprise submitted its self-inspection report (自查报告).
        SelfInspectionReportSubmitted,
        /// The reviewer returned the report for correction.
        SelfInspectionReportReturned,
        /// The enterprise handed in its license copy (副本).
        LicenseCopyHandedIn,
        /// The office received the license copy.
        LicenseCopyReceived,
        /// An on-site inspection (实地检查) was required.
        OnSiteInspectionRequired,
        /// The on-site inspection was recorded.
        OnSiteInspectionRecorded,
        /// The annual review passed: the annual stamp is on the license copy.
        AnnualReviewPassed,
        /// The annual review failed: a rectification by a deadline.
        AnnualReviewFailed,
        /// The license left the review year.
        AnnualReviewLeft,
        /// The deadline passed without a self-inspection report.
        AnnualReviewOverdue,
        /// A document was added to the enterprise's file (附件 attachment).
        AttachmentUploaded,
        /// An unsealed attachment was deleted from the enterprise's file.
        AttachmentDeleted,
        /// A patrol inspection (巡查 patrol) was recorded with its findings.
        PatrolRecorded,
        /// Two devices submitted the same visit: the conflict is on record, unresolved.
        PatrolConflictDetected,
        /// A measure (措施 measure) was ordered on a patrol's findings.
        MeasureOrdered,
        /// A measure was carried out or cancelled.
        MeasureClosed,
        /// A follow-up visit (回访 follow-up visit) was recorded with its outcome.
        FollowUpRecorded,
        /// A patrol or follow-up record was filed (备案 filing) with the province.
        PatrolRecordFiled,
        /// The province acknowledged a filed record.
        PatrolRecordAcknowledged,
        /// A linkage notice (通报 linkage notice) about the enterprise was sent to the next tier down.
        LinkageNoticeSent,
        /// The target authority acknowledged (签收 acknowledged) the notice.
        LinkageNoticeAcknowledged,
        /// The target authority passed the notice on to its lower authorities.
        LinkageNoticePassedOn,
        /// The notice closed with the record that proves the action, or as its children closed.
        LinkageNoticeClosed,
        /// A license was drawn in a double-random draw (双随机抽取 double-random draw).
        DrawSelected,
        /// An imported spot-check campaign (监督抽查 spot check) failed a product of the enterprise.
        SpotCheckFailed,
        /// An unlicensed-production case (无证生产 unlicensed production) was opened against the producer.
        UnlicensedCaseOpened,
        /// The producer was urged to apply for a license (督促申请 urged to apply).
        UnlicensedProducerUrged,
        /// The producer obtained a license: the case links it.
        UnlicensedCaseLicensed,
        /// The local government was notified to ban the producer (通报取缔 ban notified).
        UnlicensedBanNotified,
        /// The case was closed with the ban's outcome, or dismissed.
        UnlicensedCaseClosed,
        /// A malicious-counterfeiting case (恶意造假 counterfeiting) was opened against the enterprise.
        CounterfeitCaseOpened,
        /// The enterprise was ordered to stop (责令停止生产 order to stop).
        CounterfeitStopOrdered,
        /// A batch of its counterfeit products was recalled (召回 recall).
        CounterfeitRecallRecorded,
        /// The recall was recorded complete.
        CounterfeitRecallCompleted,
        /// The province reported the revocation up (上报撤销 revocation reported) as a revocation proposal.
        CounterfeitRevocationReported,
        /// The case's revocation proposal was decided, or closed when the license ended otherwise.
        CounterfeitRevocationDecided,
        /// The local government was asked to ban the enterprise (提请取缔 ban request).
        CounterfeitBanRequested,
        /// The case was transferred to the police (移送公安机关 police transfer).
        CounterfeitTransferredToPolice,
        /// The police receipt (回执 receipt) of the transfer was recorded.
        CounterfeitPoliceReceiptRecorded,
        /// The counterfeiting case was closed.
        CounterfeitCaseClosed,
        /// A supervision order (督查督办 supervision order) about the enterprise was issued to a lower authority.
        SupervisionOrderIssued,
        /// The lower authority completed the supervision order, with proof.
        SupervisionOrderCompleted,
        /// The issuer accepted the supervision order's completion.
        SupervisionOrderAccepted,
        /// The enterprise was summoned to an industry rectification meeting (行业整顿会议 rectification meeting).
        RectificationMeetingSummoned,
        /// The meeting was held: whether the enterprise attended or was absent (with the note).
        RectificationMeetingAttendanceRecorded,
        /// A resolution of the meeting ordered the enterprise to rectify by a deadline.
        RectificationMeetingResolutionRecorded,
        /// The meeting the enterprise was summoned to was cancelled.
        RectificationMeetingCancelled,
        /// A counterfeiting case was dismissed as opened in error (撤销立案 dismissal): it no longer counts against the enterprise.
        CounterfeitCaseDismissed,
        /// The enterprise submitted its periodic report (企业定期报告 periodic report, §二(五)).
        PeriodicReportSubmitted,
        /// The supervising authority returned the periodic report for correction.
        PeriodicReportReturned,
        /// The supervising authority acknowledged (签收 acknowledged) the periodic report.
        PeriodicReportAcknowledged,
    }
}

mirror! {
    /// Kind of an entry on the license copy (副本).
    LicenseCopyEntryKindGql as "LicenseCopyEntryKind" <=> LicenseCopyEntryKind {
        /// The license was issued (发证).
        Issued,
        /// Entered from an existing paper license.
        Imported,
        /// The license changed status (状态变更).
        StatusChanged,
        /// Annual inspection stamp (年度检查合格印章).
        AnnualReviewStamp,
        /// Patrol record (巡查记录).
        PatrolRecord,
        /// Follow-up visit record (回访记录).
        FollowUpRecord,
    }
}

mirror! {
    /// Where a testing task (抽样/检验任务) stands.
    TaskStatusGql as "TestingTaskStatus" <=> TaskStatus {
        /// Sampled and assigned; waiting for the institution's results.
        Open,
        /// Results accepted and judged; the verdict is stored.
        Judged,
        /// The enterprise objected to the failing verdict (异议); the authority's decision is awaited.
        Objected,
        /// The retest was judged; its verdict is final.
        Retested,
        /// The authority accepted the objection (受理); the retest of the objected items by another
        /// institution is awaited.
        ObjectionAccepted,
        /// The authority refused the objection; the first verdict is final.
        ObjectionRefused,
        /// A supervising officer cancelled the task before any result (撤销): it takes no results
        /// and leaves the institution's queue.
        Cancelled,
    }
}

mirror! {
    /// How the authority issued a verdict to the enterprise (送达方式).
    DeliveryMethodGql as "DeliveryMethod" <=> DeliveryMethod {
        /// Handed over against the enterprise's signature; delivered that day.
        InPerson,
        /// By post; delivered the day the receipt was signed.
        Postal,
        /// Through the platform; delivered when the enterprise acknowledges it, or seven days
        /// after sending if it does not.
        Electronic,
    }
}

mirror! {
    /// The authority's decision on an objection.
    ObjectionOutcomeGql as "ObjectionOutcome" <=> ObjectionOutcome {
        /// Accepted (受理): the objected items are retested by another institution.
        Accepted,
        /// Refused (不予受理): the first verdict stands and is final.
        Refused,
    }
}

mirror! {
    /// Where a rectification (整改) stands.
    RectificationStatusGql as "RectificationStatus" <=> RectificationStatus {
        /// Within the first deadline (set by the officer, 30 days by default).
        Rectifying,
        /// Within the first deadline; the enterprise asked its one extension (整改延期申请) and
        /// the officer has not decided yet.
        ExtensionRequested,
        /// Within the extended deadline (the officer granted the extension).
        Extended,
        /// Within the first deadline; the officer declined the extension.
        ExtensionDeclined,
        /// The deadline passed and the re-check task (复查) is open.
        Rechecking,
        /// The re-check passed: closed.
        Closed,
        /// The re-check failed: a revocation proposal went to the national authority.
        Referred,
    }
}

mirror! {
    /// Where a revocation proposal (吊销建议) stands.
    ProposalStatusGql as "RevocationProposalStatus" <=> ProposalStatus {
        /// Made by the province; waiting for the national authority's decision.
        Pending,
        /// The license was revoked.
        Revoked,
        /// Rejected, with a reason.
        Rejected,
        /// In the province's queue (待提出 due): a failed re-check calls for it; the provincial
        /// leadership makes it (`makeRevocationProposal`).
        Due,
        /// Closed undecided (终结 moot): the license was revoked directly, cancelled or expired
        /// meanwhile; `decisionReason` says which.
        Moot,
    }
}

mirror! {
    /// What raised a revocation proposal (吊销建议).
    ProposalSourceGql as "RevocationProposalSource" <=> ProposalSourceKind {
        /// A failed re-check (复查 re-check) of a rectification.
        Recheck,
        /// A counterfeiting case (恶意造假 counterfeiting) whose revocation the province reported up.
        Counterfeiting,
    }
}

mirror! {
    /// The national authority's decision on a revocation proposal.
    ProposalDecisionGql as "RevocationDecision" <=> ProposalDecision {
        /// Revoke the license (吊销).
        Revoke,
        /// Do not revoke; the reason is recorded.
        Reject,
    }
}

mirror! {
    /// What a caller is, as its token says (角色).
    RoleGql as "Role" <=> Role {
        /// An officer of the national authority (国家市场监督管理总局).
        NationalOfficer,
        /// An officer of a provincial authority (省级市场监管部门).
        ProvincialOfficer,
        /// An officer of a municipal authority (市级市场监管部门).
        MunicipalOfficer,
        /// An officer of a county authority (县级市场监管部门).
        CountyOfficer,
        /// The review department (审查部): finds problems during licensing review and notifies
        /// the province.
        ReviewDepartment,
        /// A testing institution (承检机构): runs compulsory tests and submits results.
        TestingInstitution,
        /// A licensed enterprise's own user: sees only its enterprise.
        EnterpriseUser,
        /// Installs and pins industry plugins; sees no enterprise data.
        PluginAdministrator,
        /// Read-only; sees the audit trail (审计记录) within its authority's jurisdiction.
        Auditor,
    }
}

mirror! {
    /// The overall conclusion (检验结论). There is no "compliant": a spot check only finds, or
    /// does not find, nonconformity in the items it tested.
    ConclusionGql as "Conclusion" <=> Conclusion {
        /// 所检项目未发现不合格 — no nonconformity found, every required item judged.
        NoNonconformityFound,
        /// 不合格 — nonconforming.
        Nonconforming,
        /// 无法判定 — no item failed, but a required item could not be judged, was not tested or
        /// is missing, or nothing was judged at all (the items' explanations and `missingItems` say
        /// why). Never passing: it cannot be objected to, orders no rectification, does not close
        /// one, and does not count as the license's last sample.
        NotJudgeable,
    }
}

mirror! {
    /// Importance class of a test item (项目类别): A items are the serious ones; the classes
    /// also drive the type-test verdict mode (A=0, B≤1, B+C≤3).
    SeverityGql as "ItemSeverity" <=> Severity {
        /// A类 — serious: a failure is a serious nonconformity.
        A,
        /// B类 — major.
        B,
        /// C类 — minor.
        C,
    }
}

from_profile!(ProfileSeverity => SeverityGql { A, B, C });

mirror! {
    /// How one test item was judged (单项判定).
    OutcomeGql as "ItemOutcome" <=> Outcome {
        /// 合格 — the item meets its requirement.
        Pass,
        /// 不合格 — the item fails its requirement.
        Fail,
        /// No judgment: no requirement applies, or one applies but cannot be applied (no table
        /// row, no declared value for a tolerance); the explanation says which.
        NotJudged,
        /// The laboratory did not test the item (未检); the explanation carries its reason.
        NotTested,
    }
}

mirror! {
    /// How a result is compared with its limit (GB/T 8170 数值修约与极限数值的判定).
    ComparisonMethodGql as "ComparisonMethod" <=> ComparisonMethod {
        /// 修约值比较法 — the result is rounded to the limit's position first.
        RoundedValue,
        /// 全数值比较法 — the result is compared unrounded.
        WholeValue,
    }
}

from_profile!(ProfileComparisonMethod => ComparisonMethodGql { RoundedValue, WholeValue });

mirror! {
    /// Whether a standard binds (标准性质); decides how declared values are weighed.
    StandardNatureGql as "StandardNature" <=> StandardNature {
        /// Mandatory (强制性, GB).
        Mandatory,
        /// Recommended (推荐性, GB/T).
        Recommended,
    }
}

from_profile!(ProfileStandardNature => StandardNatureGql { Mandatory, Recommended });

/// What an applied limit rests on (限值来源).
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(name = "LimitSourceKind")]
pub enum LimitSourceKindGql {
    /// A standard edition carried by the plugin (标准).
    Standard,
    /// The enterprise's declared value (明示值): stricter than the standard, or looser than a
    /// recommended one.
    Declared,
    /// Bounds computed by a plugin function for the standard edition.
    PluginFunction,
}

/// How item outcomes make the overall verdict (判定规则).
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(name = "VerdictModeKind")]
pub enum VerdictModeKindGql {
    /// Any failed item fails the product.
    AnyFail,
    /// The type-test rule (型式试验): at most `maxA` A-class, `maxB` B-class and `maxBPlusC`
    /// B- and C-class failures.
    TypeTest,
}

/// The rounding interval (修约间隔) of GB/T 8170, in units of the rounding position.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(name = "RoundingUnit")]
pub enum RoundingUnitGql {
    /// One unit (1 单位修约).
    One,
    /// Half a unit (0.5 单位修约).
    Half,
    /// A fifth of a unit (0.2 单位修约).
    Fifth,
}

from_profile!(ProfileRoundingUnit => RoundingUnitGql { One, Half, Fifth });

mirror! {
    /// What declares an industry (行业).
    IndustrySourceKindGql as "IndustrySourceKind" <=> IndustrySourceKind {
        /// A loaded industry plugin.
        Plugin,
        /// The catalogue file shipped with the server, for industries no loaded plugin serves.
        CatalogueFile,
        /// Nothing any more: a code stored on an older record.
        Unknown,
    }
}
