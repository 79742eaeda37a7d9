//! Key regions (重点地区 key region, §三, docs/adr/0037) in GraphQL: `keyRegions`, each county of
//! the caller's jurisdiction with its figures over the twelve months to a day, whether it is key
//! and why, and the patrol multiplier its patrol plans apply.

use async_graphql::{Context, Enum, Object};
use chrono::NaiveDate;
use oversight_app::AppError;
use oversight_domain::RegionCode;
use oversight_domain::key_region::{Assessment, Criterion, KeyRegionThresholds, Reason, window_start};

use crate::enums::mirror;
use crate::error::{ResultExt, caller};
use crate::registry::region::Region;

mirror! {
    /// Why a county is key (重点地区): the criterion its figure crossed.
    KeyRegionCriterionGql as "KeyRegionCriterion" <=> Criterion {
        /// The pass rate (合格率) of its licensed enterprises' checks is below the threshold.
        LowPassRate,
        /// Too many of its known producers work without a license (无证生产).
        UnlicensedProducers,
        /// Malicious counterfeiting (恶意造假) is dense among its licensees.
        Counterfeiting,
    }
}

pub struct KeyRegionReason(Reason);

/// One threshold a county's figure crossed.
#[Object]
impl KeyRegionReason {
    /// The criterion crossed.
    async fn criterion(&self) -> KeyRegionCriterionGql {
        self.0.criterion.into()
    }

    /// The figure as shown (exact decimal text); none when it has no denominator — unlicensed
    /// producers or counterfeiting cases where no enterprise holds a license.
    async fn value(&self) -> Option<String> {
        self.0.value.map(|v| v.to_string())
    }

    /// The threshold it reached or fell below (exact decimal text).
    async fn threshold(&self) -> String {
        self.0.threshold.normalize().to_string()
    }

    /// The reason in Chinese.
    async fn explanation_zh(&self) -> String {
        self.0.explain().0
    }

    /// The reason in English.
    async fn explanation_en(&self) -> String {
        self.0.explain().1
    }
}

pub struct KeyRegionThresholdsGql(KeyRegionThresholds);

/// The thresholds a county was judged against: its province's implementing rules in force on
/// the day (省级实施细则), each at least as tight as the national default.
#[Object(name = "KeyRegionThresholds")]
impl KeyRegionThresholdsGql {
    /// Key when the pass rate (percent) is below this.
    async fn pass_rate_below_percent(&self) -> String {
        self.0.pass_rate_below_percent.normalize().to_string()
    }

    /// Key when known producers over licensed ones reach this.
    async fn producer_ratio_from(&self) -> String {
        self.0.producer_ratio_from.normalize().to_string()
    }

    /// Key when counterfeiting cases per hundred licensed enterprises reach this.
    async fn counterfeit_per_hundred_from(&self) -> String {
        self.0.counterfeit_per_hundred_from.normalize().to_string()
    }

    /// The multiplier of the visits a key county's enterprises owe a patrol plan.
    async fn patrol_factor(&self) -> u32 {
        self.0.patrol_factor
    }
}

pub struct KeyRegion {
    assessment: Assessment,
    on: NaiveDate,
}

/// A county-level region judged from its records (重点地区 key region): computed on read, never
/// typed in.
#[Object]
impl KeyRegion {
    /// The county-level region.
    async fn region(&self) -> Region {
        Region(self.assessment.figures.region)
    }

    /// The first day counted: twelve months before `on`, the day after.
    async fn from(&self) -> NaiveDate {
        window_start(self.on)
    }

    /// The day judged (counted to, that day included).
    async fn on(&self) -> NaiveDate {
        self.on
    }

    /// Whether the county is key: at least one reason.
    async fn key(&self) -> bool {
        self.assessment.is_key()
    }

    /// The thresholds crossed, in a fixed order (pass rate, unlicensed producers, counterfeiting).
    async fn reasons(&self) -> Vec<KeyRegionReason> {
        self.assessment.reasons.iter().copied().map(KeyRegionReason).collect()
    }

    /// The multiplier its patrol plans apply to the visits each enterprise owes (1 when not key).
    async fn patrol_factor(&self) -> u32 {
        self.assessment.patrol_factor()
    }

    /// Enterprises holding a license in force on `on`.
    async fn licensed_enterprises(&self) -> u64 {
        self.assessment.figures.licensed
    }

    /// Checks judged passing (合格) in the window: periodic samples by their current verdict and
    /// imported spot-check results (监督抽查).
    async fn checks_passed(&self) -> u64 {
        self.assessment.figures.checks_passed
    }

    /// Checks judged failing (不合格) in the window.
    async fn checks_failed(&self) -> u64 {
        self.assessment.figures.checks_failed
    }

    /// The pass rate in percent, one decimal by GB/T 8170 (exact decimal text); none below five
    /// judged checks.
    async fn pass_rate_percent(&self) -> Option<String> {
        self.assessment.pass_rate_percent.map(|v| v.to_string())
    }

    /// Producers found without a license in the window (无证生产 cases), not since licensed or
    /// dismissed.
    async fn unlicensed_producers(&self) -> u64 {
        self.assessment.figures.unlicensed
    }

    /// Known producers (licensed and unlicensed) over licensed ones, two decimals; none without
    /// a licensee.
    async fn producer_ratio(&self) -> Option<String> {
        self.assessment.producer_ratio.map(|v| v.to_string())
    }

    /// Malicious-counterfeiting cases (恶意造假) opened against its licensees in the window.
    async fn counterfeit_cases(&self) -> u64 {
        self.assessment.figures.counterfeit
    }

    /// Counterfeiting cases per hundred licensed enterprises, two decimals; none without a
    /// licensee.
    async fn counterfeit_per_hundred(&self) -> Option<String> {
        self.assessment.counterfeit_per_hundred.map(|v| v.to_string())
    }

    /// The thresholds it was judged against.
    async fn thresholds(&self) -> KeyRegionThresholdsGql {
        KeyRegionThresholdsGql(self.assessment.thresholds)
    }
}

#[derive(Default)]
pub struct KeyRegionQuery;

#[Object]
impl KeyRegionQuery {
    /// The county-level regions of the caller's jurisdiction (or of `regionCode` inside it) with
    /// anything to count, judged on `on` (重点地区 key regions, §三): their figures over the twelve
    /// months to that day, whether each is key and why. Bounded by the number of counties, so a
    /// list, in region-code order. For officers and auditors; others FORBIDDEN;
    /// OUT_OF_JURISDICTION for a region outside the caller's; INVALID_DATE_RANGE for a day after
    /// today.
    async fn key_regions(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "A province, city or county inside the caller's jurisdiction (320000).")]
        region_code: Option<String>,
        #[graphql(desc = "The day judged; today when none.")] on: Option<NaiveDate>,
        #[graphql(desc = "Only the key ones (default false).")] key_only: Option<bool>,
    ) -> async_graphql::Result<Vec<KeyRegion>> {
        let region =
            region_code.map(|code| RegionCode::parse(&code).map_err(AppError::from)).transpose().gql()?;
        let (app, principal) = caller(ctx)?;
        let on = on.unwrap_or_else(|| app.today());
        let judged = app.key_regions(principal, region, Some(on)).await.gql()?;
        Ok(judged
            .into_iter()
            .filter(|assessment| !key_only.unwrap_or(false) || assessment.is_key())
            .map(|assessment| KeyRegion { assessment, on })
            .collect())
    }
}
