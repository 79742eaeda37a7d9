//! GraphQL mirrors of domain enums. The domain stays free of GraphQL, so each
//! enum is restated here once with its Chinese term and converted both ways.

use async_graphql::Enum;
use oversight_app::LicenseOrder;
use oversight_app::Tier;
use oversight_domain::archive::ArchiveEventKind;
use oversight_domain::registry::authority::AuthorityLevel;
use oversight_domain::registry::enterprise::EnterpriseScale;
use oversight_domain::registry::license::LicenseStatus;
use oversight_domain::registry::license_copy::LicenseCopyEntryKind;
use oversight_domain::testing::objection::{DeliveryMethod, ObjectionOutcome};
use oversight_domain::testing::rectification::{ProposalDecision, ProposalStatus, RectificationStatus};
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
        /// 大型
        Large,
        /// 中型
        Medium,
        /// 小型
        Small,
        /// 微型
        Micro,
    }
}

mirror! {
    /// Level of a market-regulation authority.
    AuthorityLevelGql as "AuthorityLevel" <=> AuthorityLevel {
        /// 国家 (SAMR)
        National,
        /// 省级
        Provincial,
        /// 市(地)级
        Municipal,
        /// 县级
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
    }
}

mirror! {
    /// Kind of an entry on the license copy (副本).
    LicenseCopyEntryKindGql as "LicenseCopyEntryKind" <=> LicenseCopyEntryKind {
        /// 发证
        Issued,
        /// Entered from an existing paper license.
        Imported,
        /// 状态变更
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
    /// The national authority's decision on a revocation proposal.
    ProposalDecisionGql as "RevocationDecision" <=> ProposalDecision {
        /// Revoke the license (吊销).
        Revoke,
        /// Do not revoke; the reason is recorded.
        Reject,
    }
}
