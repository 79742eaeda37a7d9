//! Typed ids: one newtype per kind of stored row, so that passing a license id where an
//! enterprise id belongs is a compile error. Each is the row's `i64` key, serialised and
//! displayed as the bare number; storage converts at the sea-orm boundary (`new`, `get`).

use serde::{Deserialize, Serialize};

/// A typed id: the row's key and the kind of object it names, the text audit records store
/// before the colon (`enterprise:42`). Kinds are never renamed once records hold them.
pub trait TypedId: Copy {
    /// The audited kind's stored name.
    const KIND: &'static str;
    /// The id of the row keyed `id`.
    fn from_key(id: i64) -> Self;
    /// The row's key.
    fn key(self) -> i64;
}

/// Declares typed ids with their audited kind: `typed_id! { /// doc  pub struct EnterpriseId = "enterprise"; … }`.
macro_rules! typed_id {
    ($($(#[$meta:meta])* pub struct $name:ident = $kind:literal;)+) => {
    $(
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(i64);

        impl $name {
            /// The id of the row keyed `id`.
            pub const fn new(id: i64) -> Self {
                Self(id)
            }

            /// The row's key.
            pub const fn get(self) -> i64 {
                self.0
            }
        }

        impl TypedId for $name {
            const KIND: &'static str = $kind;

            fn from_key(id: i64) -> Self {
                Self(id)
            }

            fn key(self) -> i64 {
                self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Display::fmt(&self.0, f)
            }
        }
    )+
        /// Every audited kind, in declaration order: what `ObjectRef`s may name (a test checks
        /// that each one's audit trail can be read).
        pub const AUDITED_KINDS: &[&str] = &[$($kind),+];
    };
}

/// Declares the id of a part of an aggregate: stored and shown like a typed id, but audited and
/// read under its aggregate (no `TypedId`, no audited kind, no node of its own).
macro_rules! part_id {
    ($($(#[$meta:meta])* pub struct $name:ident;)+) => {$(
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(i64);

        impl $name {
            pub const fn new(id: i64) -> Self {
                Self(id)
            }

            /// The row's key.
            pub const fn get(self) -> i64 {
                self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Display::fmt(&self.0, f)
            }
        }
    )+};
}

part_id! {
    /// An enterprise summoned to a rectification meeting, with its attendance and resolution:
    /// part of its meeting.
    pub struct MeetingSummonsId;
    /// One version of a self-inspection report (自查报告): part of its annual review.
    pub struct ReportId;
    /// An on-site inspection (实地检查): part of its annual review.
    pub struct InspectionId;
    /// One version of a generated report: its figures as counted at one generation.
    pub struct ReportVersionId;
    /// One recall record (召回) of a counterfeiting case: part of its case.
    pub struct RecallId;
    /// One progress report (进展报告) on a supervision order.
    pub struct OrderProgressId;
}

typed_id! {
    /// A registered enterprise.
    pub struct EnterpriseId = "enterprise";
    /// A production license.
    pub struct LicenseId = "license";
    /// A supervising authority.
    pub struct AuthorityId = "authority";
    /// A testing institution.
    pub struct InstitutionId = "institution";
    /// An institution's API key.
    pub struct ApiKeyId = "api-key";
    /// A designation of an institution for an industry.
    pub struct DesignationId = "designation";
    /// A testing task (抽样/检验任务).
    pub struct TaskId = "testing-task";
    /// A result submission of a testing institution.
    pub struct SubmissionId = "result-submission";
    /// A rectification (整改).
    pub struct RectificationId = "rectification";
    /// A revocation proposal.
    pub struct ProposalId = "revocation-proposal";
    /// An officer (执法人员) of the directory.
    pub struct OfficerId = "officer";
    /// An enterprise's change request (变更申请).
    pub struct ChangeRequestId = "enterprise-change-request";
    /// An event of an enterprise's archive.
    pub struct ArchiveEventId = "archive-event";
    /// A province's review year (年度审查).
    pub struct ReviewYearId = "review-year";
    /// One license's annual review in a review year.
    pub struct ReviewId = "annual-review";
    /// A document in an enterprise's file (附件 attachment).
    pub struct AttachmentId = "attachment";
    /// A patrol inspection (巡查) or follow-up visit (回访) recorded by officers (§二(三)).
    pub struct PatrolId = "patrol-inspection";
    /// A measure (措施) ordered on a patrol's findings.
    pub struct MeasureId = "patrol-measure";
    /// A follow-up visit (回访) owed after a rectification deadline.
    pub struct FollowUpId = "follow-up";
    /// A patrol plan (巡查计划) a province makes (§二(三)).
    pub struct PatrolPlanId = "patrol-plan";
    /// A linkage notice (联动通报, §二(六)) from one authority to the next tier down.
    pub struct NoticeId = "linkage-notice";
    /// A double-random draw (双随机抽取).
    pub struct DrawId = "draw";
    /// An import of a spot-check campaign's results (监督抽查结果导入).
    pub struct SpotCheckImportId = "spot-check-import";
    /// A report generated up the hierarchy (年度报告, 半年报告, §二(五)).
    pub struct GeneratedReportId = "generated-report";
    /// An unlicensed-production case (无证生产案件, §三).
    pub struct UnlicensedCaseId = "unlicensed-case";
    /// A malicious-counterfeiting case (恶意造假, §三) against a licensed enterprise.
    pub struct CounterfeitCaseId = "counterfeit-case";
    /// A supervision order (督查督办, §四) from an authority to one below it.
    pub struct SupervisionOrderId = "supervision-order";
    /// A request (问题、困难、保障, §四) from an authority to the one directly above it.
    pub struct LowerTierRequestId = "lower-tier-request";
    /// An assignment of a piece of work to its responsible person (直接责任人, §四).
    pub struct ResponsibilityAssignmentId = "responsibility-assignment";
    /// A key-industry campaign (专项整治, §三).
    pub struct CampaignId = "campaign";
    /// A responsibility agreement (责任状, §四) between an authority and the one directly below.
    pub struct ResponsibilityAgreementId = "responsibility-agreement";
    /// An industry rectification meeting (行业整顿会议, §三) convened in a campaign.
    pub struct RectificationMeetingId = "rectification-meeting";
    /// A commendation or accountability record (表彰奖励 / 追究责任, §四).
    pub struct ResponsibilityRecordId = "responsibility-record";
    /// An enterprise's periodic report (企业定期报告, §二(五)) for one industry and quarter.
    pub struct PeriodicReportId = "periodic-report";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_shows_and_serialises_as_its_number() {
        let id = EnterpriseId::new(42);
        assert_eq!(id.get(), 42);
        assert_eq!(id.to_string(), "42");
        assert_eq!(serde_json::to_value(id).ok(), Some(serde_json::json!(42)));
        assert_eq!(serde_json::from_value::<EnterpriseId>(serde_json::json!(42)).ok(), Some(id));
    }
}
