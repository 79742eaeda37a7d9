//! GraphQL mirrors of domain enums. The domain stays free of GraphQL, so each
//! enum is restated here once with its Chinese term and converted both ways.

use async_graphql::Enum;
use oversight_domain::archive::ArchiveEventKind;
use oversight_domain::authority::AuthorityLevel;
use oversight_domain::enterprise::EnterpriseScale;
use oversight_domain::license::LicenseStatus;
use oversight_domain::license_copy::LicenseCopyEntryKind;
use oversight_domain::supervision::TaskStatus;

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
    }
}
