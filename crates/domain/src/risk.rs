//! Risk classes (分类分级监管, §二(四) "实行分类监管"): an enterprise's class A–D (A the lowest risk)
//! computed from its record by a versioned model that is data — factors, weights, caps and
//! thresholds — so a class explains itself factor by factor, in Chinese and English, and an
//! assessment stored with its model and inputs can be recomputed years later (docs/adr/0027).

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::archive::ArchiveEventKind;
use crate::testing::due::FrequencyFactor;

crate::stored_enum! {
    /// An enterprise's risk class (风险等级). Stored names are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    pub enum RiskClass {
        /// A: the lowest risk — a clean record.
        A = "A",
        /// B: some risk.
        B = "B",
        /// C: high risk.
        C = "C",
        /// D: the highest risk.
        D = "D",
    }
}

crate::stored_enum! {
    /// What a model counts in an enterprise's record. Each is one figure the storage reads for
    /// many enterprises in one statement; the model decides how much it weighs. Stored names are
    /// never renamed; later factors (linkage notices, complaints) are added at the end.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
    pub enum RiskFactor {
        /// Testing tasks whose latest verdict within the window is nonconforming (不合格).
        NonconformingVerdicts = "NONCONFORMING_VERDICTS",
        /// Of those, the verdicts with a serious (critical-item) nonconformity (严重不合格).
        SeriousVerdicts = "SERIOUS_VERDICTS",
        /// Patrols (巡查) within the window that found at least one nonconforming item.
        PatrolsWithFindings = "PATROLS_WITH_FINDINGS",
        /// Rectifications (整改) still open after their deadline.
        OverdueRectifications = "OVERDUE_RECTIFICATIONS",
        /// Rectifications whose re-check failed (referred for revocation) within the window.
        FailedRectifications = "FAILED_RECTIFICATIONS",
        /// Annual reviews (年度审查) whose self-inspection report is overdue.
        OverdueAnnualReviews = "OVERDUE_ANNUAL_REVIEWS",
        /// Licenses suspended now (暂停).
        Suspensions = "SUSPENSIONS",
        /// 1 when the enterprise holds a license in force in a key industry (重点产品, §三).
        KeyIndustry = "KEY_INDUSTRY",
        /// Whole months since the last patrol or sampling (since licensing when never checked).
        MonthsSinceLastCheck = "MONTHS_SINCE_LAST_CHECK",
        /// Malicious-counterfeiting cases (恶意造假, §三) opened against the enterprise within the
        /// window, whatever their stage (from `national-2027.1`, docs/adr/0027 decision 14).
        CounterfeitCases = "COUNTERFEIT_CASES",
    }
}

impl RiskFactor {
    /// The factor's name in Chinese and English, as the breakdown shows it.
    pub fn label(self) -> (&'static str, &'static str) {
        match self {
            RiskFactor::NonconformingVerdicts => ("不合格检验结论", "nonconforming verdicts"),
            RiskFactor::SeriousVerdicts => ("严重不合格检验结论", "serious nonconforming verdicts"),
            RiskFactor::PatrolsWithFindings => ("发现不符合项的巡查", "patrols with nonconforming items"),
            RiskFactor::OverdueRectifications => ("逾期未完成的整改", "rectifications past their deadline"),
            RiskFactor::FailedRectifications => ("复查不合格的整改", "rectifications whose re-check failed"),
            RiskFactor::OverdueAnnualReviews => {
                ("逾期未报的年度自查", "overdue annual self-inspection reports")
            }
            RiskFactor::Suspensions => ("暂停中的许可证", "suspended licenses"),
            RiskFactor::KeyIndustry => ("重点产品生产企业", "producer of a key-industry product"),
            RiskFactor::MonthsSinceLastCheck => ("距上次检查月数", "months since the last check"),
            RiskFactor::CounterfeitCases => ("恶意造假案件", "malicious-counterfeiting cases"),
        }
    }
}

/// How one factor weighs: `weight` points for each unit counted, where the first `free` units
/// count nothing and at most `cap` units count (so one factor cannot swamp the others).
/// `max_weight` is the bound a province's adjustment may raise the weight to (never lower).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactorRule {
    pub factor: RiskFactor,
    pub weight: Decimal,
    pub free: u32,
    pub cap: u32,
    pub max_weight: Decimal,
}

/// The least score of classes B, C and D (A is below `b`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thresholds {
    pub b: Decimal,
    pub c: Decimal,
    pub d: Decimal,
}

/// A versioned risk model: which factors count, how much, and where the classes begin. The
/// window is how far back records count (whole months before the day assessed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiskModel {
    pub version: String,
    pub window_months: u32,
    pub rules: Vec<FactorRule>,
    pub thresholds: Thresholds,
    /// The lowest thresholds a province's adjustment may set (thresholds only go down).
    pub min_thresholds: Thresholds,
}

/// The national default model's version: stored on every assessment it makes.
pub const NATIONAL_MODEL_VERSION: &str = "national-2027.1";

/// The first national model's version, which assessments stored before `national-2027.1`
/// name (`RiskModel::national_2026_1`).
pub const NATIONAL_2026_1: &str = "national-2026.1";

fn rule(factor: RiskFactor, weight: i64, free: u32, cap: u32, max_weight: i64) -> FactorRule {
    FactorRule { factor, weight: Decimal::from(weight), free, cap, max_weight: Decimal::from(max_weight) }
}

impl RiskModel {
    /// The national default, `national-2027.1` (docs/adr/0027 gives each weight's reason): a
    /// nonconforming verdict alone makes a clean enterprise B, a key-industry one C; a failed
    /// rectification or a serious nonconformity with anything else reaches C; D takes a record of
    /// repeated failure — or one malicious-counterfeiting case (decision 14).
    pub fn national_default() -> RiskModel {
        RiskModel::national_2027_1()
    }

    /// `national-2027.1`: `national-2026.1` and the counterfeiting cases in the window, weighing
    /// the national D threshold, so one case makes any enterprise D — in every province too, since
    /// a province only raises weights and lowers thresholds (docs/adr/0027 decision 14).
    pub fn national_2027_1() -> RiskModel {
        let mut model = RiskModel::national_2026_1();
        model.version = NATIONAL_MODEL_VERSION.to_owned();
        model.rules.push(rule(RiskFactor::CounterfeitCases, 60, 0, 1, 120));
        model
    }

    /// `national-2026.1`, the first national model: kept so an assessment stored by it can
    /// still be recomputed from its stored inputs (it reads no counterfeiting cases).
    pub fn national_2026_1() -> RiskModel {
        use RiskFactor::*;
        RiskModel {
            version: NATIONAL_2026_1.to_owned(),
            window_months: 36,
            rules: vec![
                rule(NonconformingVerdicts, 20, 0, 3, 40),
                rule(SeriousVerdicts, 20, 0, 2, 40),
                rule(PatrolsWithFindings, 8, 0, 3, 16),
                rule(OverdueRectifications, 15, 0, 2, 30),
                rule(FailedRectifications, 30, 0, 1, 60),
                rule(OverdueAnnualReviews, 10, 0, 2, 20),
                rule(Suspensions, 15, 0, 2, 30),
                rule(KeyIndustry, 10, 0, 1, 20),
                rule(MonthsSinceLastCheck, 1, 12, 24, 2),
            ],
            thresholds: Thresholds { b: Decimal::from(10), c: Decimal::from(30), d: Decimal::from(60) },
            min_thresholds: Thresholds { b: Decimal::from(5), c: Decimal::from(15), d: Decimal::from(30) },
        }
    }

    /// The national model of a stored version (`None` for a provincial adjustment's or an
    /// unknown name): what an old assessment is recomputed by.
    pub fn national(version: &str) -> Option<RiskModel> {
        match version {
            NATIONAL_2026_1 => Some(RiskModel::national_2026_1()),
            NATIONAL_MODEL_VERSION => Some(RiskModel::national_2027_1()),
            _ => None,
        }
    }

    /// This model with a province's weights and thresholds (issue 16 item 5), each kept only
    /// where it tightens and within the bounds the model declares (`max_weight`,
    /// `min_thresholds`).
    pub fn tightened(
        &self,
        version: String,
        weights: &BTreeMap<RiskFactor, Decimal>,
        thresholds: Option<&Thresholds>,
    ) -> RiskModel {
        let rules = self
            .rules
            .iter()
            .map(|rule| {
                let weight = weights
                    .get(&rule.factor)
                    .map_or(rule.weight, |w| (*w).min(rule.max_weight).max(rule.weight));
                FactorRule { weight, ..rule.clone() }
            })
            .collect();
        let held = self.thresholds;
        let least = self.min_thresholds;
        let tighter = |proposed: Decimal, held: Decimal, least: Decimal| proposed.max(least).min(held);
        let thresholds = thresholds.map_or(held, |proposed| Thresholds {
            b: tighter(proposed.b, held.b, least.b),
            c: tighter(proposed.c, held.c, least.c),
            d: tighter(proposed.d, held.d, least.d),
        });
        RiskModel { version, rules, thresholds, ..self.clone() }
    }

    /// The first day whose records count when assessing on `day`.
    pub fn window_start(&self, day: NaiveDate) -> NaiveDate {
        day.checked_sub_months(chrono::Months::new(self.window_months)).unwrap_or(day)
    }

    /// Assesses one enterprise's inputs.
    pub fn assess(&self, inputs: &RiskInputs) -> Assessment {
        let contributions: Vec<Contribution> = self
            .rules
            .iter()
            .map(|rule| {
                let input = inputs.get(rule.factor);
                let counted = input.saturating_sub(rule.free).min(rule.cap);
                Contribution {
                    factor: rule.factor,
                    input,
                    counted,
                    weight: rule.weight,
                    points: rule.weight * Decimal::from(counted),
                }
            })
            .collect();
        let score: Decimal = contributions.iter().map(|contribution| contribution.points).sum();
        Assessment {
            class: self.thresholds.class_of(score),
            score,
            model_version: self.version.clone(),
            thresholds: self.thresholds,
            contributions,
        }
    }
}

impl Thresholds {
    /// The class a score falls in.
    pub fn class_of(&self, score: Decimal) -> RiskClass {
        if score >= self.d {
            RiskClass::D
        } else if score >= self.c {
            RiskClass::C
        } else if score >= self.b {
            RiskClass::B
        } else {
            RiskClass::A
        }
    }
}

/// The frequency matrix's class dimension (issue 16 item 4): how a risk class multiplies each
/// test scope's checks a year — the industry and the scope, with their base frequency, come from
/// the industry's plugin —, never below once a year (`FrequencyFactor::apply`). Data, versioned
/// like the model; an enterprise not yet assessed counts as B (docs/adr/0027).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrequencyMatrix {
    pub version: String,
    factors: Vec<(RiskClass, FrequencyFactor)>,
}

/// The class of an enterprise no assessment has reached yet (a bulk import before its first
/// recompute): the default of the plans, dues and draws.
pub const UNASSESSED_CLASS: RiskClass = RiskClass::B;

impl FrequencyMatrix {
    /// The national default: A and B at the plugin's frequency (the 实施细则 set it as the
    /// compulsory minimum, so no class lowers it), C twice, D four times.
    pub fn national_default() -> FrequencyMatrix {
        let factor = |n| FrequencyFactor::new(n, 1).unwrap_or(FrequencyFactor::ONE);
        FrequencyMatrix {
            version: "national-2026.1".to_owned(),
            factors: vec![
                (RiskClass::A, factor(1)),
                (RiskClass::B, factor(1)),
                (RiskClass::C, factor(2)),
                (RiskClass::D, factor(4)),
            ],
        }
    }

    /// A proposed matrix (the what-if preview): whole multipliers per class, each 1–12 (twelve a
    /// year is the schedule's monthly ceiling). `None` names the first out of range.
    pub fn proposed(factors: [(RiskClass, u32); 4]) -> Result<FrequencyMatrix, RiskClass> {
        let mut checked = Vec::with_capacity(4);
        for (class, n) in factors {
            let factor = FrequencyFactor::new(n, 1).filter(|_| n <= 12).ok_or(class)?;
            checked.push((class, factor));
        }
        Ok(FrequencyMatrix { version: "proposed".to_owned(), factors: checked })
    }

    /// This matrix with a province's whole multipliers (issue 16 item 5), each kept only where it
    /// asks for more checks (a stored version is never looser than the defaults it was checked
    /// against, but the defaults may have tightened since), at most `MAX_FREQUENCY_FACTOR`.
    pub fn tightened(&self, version: String, factors: &BTreeMap<RiskClass, u32>) -> FrequencyMatrix {
        let factors = RiskClass::ALL
            .iter()
            .map(|class| {
                let held = self.factor(*class);
                let (numerator, denominator) = held.ratio();
                let proposed = factors
                    .get(class)
                    .map(|n| (*n).min(crate::rules::MAX_FREQUENCY_FACTOR))
                    .filter(|n| u64::from(*n) * u64::from(denominator) > u64::from(numerator))
                    .and_then(|n| FrequencyFactor::new(n, 1));
                (*class, proposed.unwrap_or(held))
            })
            .collect();
        FrequencyMatrix { version, factors }
    }

    /// Whether two matrices multiply every class alike (whatever their versions).
    pub fn same_factors(&self, other: &FrequencyMatrix) -> bool {
        RiskClass::ALL.iter().all(|class| self.factor(*class) == other.factor(*class))
    }

    /// The factor of a class (one for a class the matrix does not name).
    pub fn factor(&self, class: RiskClass) -> FrequencyFactor {
        self.factors.iter().find(|(c, _)| *c == class).map_or(FrequencyFactor::ONE, |(_, f)| *f)
    }
}

/// Whether a fact of this kind may change a figure a model reads, so the enterprise is
/// reassessed in the mutation that archived it. Exhaustive on purpose: a new kind of fact does not
/// compile until someone decides whether it moves the risk.
pub fn moves_risk(kind: ArchiveEventKind) -> bool {
    use ArchiveEventKind::*;
    match kind {
        LicenseIssued
        | LicenseImported
        | LicenseStatusChanged
        | LicenseExpired
        | TestTaskOpened
        | TestVerdictRecorded
        | TestRetestVerdictRecorded
        | TestTaskCancelled
        | RectificationOpened
        | RectificationExtended
        | RectificationClosed
        | RevocationProposalDue
        | RevocationProposed
        | RevocationProposalDecided
        | SelfInspectionReportSubmitted
        | AnnualReviewOverdue
        | PatrolRecorded
        | MeasureOrdered
        | FollowUpRecorded
        | CounterfeitCaseOpened
        // A dismissed case leaves the count (docs/adr/0034 decision 10): the class falls back
        // in the dismissing unit of work.
        | CounterfeitCaseDismissed => true,
        EnterpriseRegistered
        | BaseDataUpdated
        | TestObjectionLodged
        | RectificationExtensionRequested
        | RectificationExtensionDeclined
        | TestVerdictDelivered
        | TestVerdictDeliveryAcknowledged
        | TestObjectionAccepted
        | TestObjectionRefused
        | TestTaskReassigned
        | RevocationProposalClosed
        | EnterpriseChangeRequested
        | EnterpriseChangeDecided
        | LicenseRereviewRequired
        | LicenseRereviewConcluded
        | SelfInspectionReportReturned
        | LicenseCopyHandedIn
        | LicenseCopyReceived
        | OnSiteInspectionRequired
        | OnSiteInspectionRecorded
        | AnnualReviewPassed
        | AnnualReviewFailed
        | AnnualReviewLeft
        | AttachmentUploaded
        | AttachmentDeleted
        | PatrolConflictDetected
        | MeasureClosed
        | PatrolRecordFiled
        | PatrolRecordAcknowledged
        // Opening a year enrols every license with a deadline ahead: nothing is overdue that day.
        | AnnualReviewOpened
        // Linkage notices are not a factor of the national model yet (docs/adr/0027 decision 3).
        | LinkageNoticeSent
        | LinkageNoticeAcknowledged
        | LinkageNoticePassedOn
        | LinkageNoticeClosed
        // Being drawn is a selection, not a fact of the record (docs/adr/0025).
        | DrawSelected
        // A failed spot check is not a factor of the national model yet: recomputing on it would
        // change nothing (docs/adr/0029 decision 8, docs/adr/0027 decision 3).
        | SpotCheckFailed
        // An unlicensed-production case is not a factor of the national model: the producer was
        // outside the license system when it was found (docs/adr/0033).
        | UnlicensedCaseOpened
        | UnlicensedProducerUrged
        | UnlicensedCaseLicensed
        | UnlicensedBanNotified
        | UnlicensedCaseClosed
        // Only opening a counterfeiting case moves its figure (cases opened in the window,
        // whatever their stage: docs/adr/0027 decision 14); the later steps change no count, and
        // the revocation moves the license's figures through its own `LicenseStatusChanged`.
        | CounterfeitStopOrdered
        | CounterfeitRecallRecorded
        | CounterfeitRecallCompleted
        | CounterfeitRevocationReported
        | CounterfeitRevocationDecided
        | CounterfeitBanRequested
        | CounterfeitTransferredToPolice
        | CounterfeitPoliceReceiptRecorded
        | CounterfeitCaseClosed
        // A supervision order concerns the authorities' work, not the enterprise's record.
        | SupervisionOrderIssued
        | SupervisionOrderCompleted
        | SupervisionOrderAccepted
        // A rectification meeting is no factor of the national model: its resolution's weight is
        // in the follow-up visit it owes (a persisting finding suspends the license), which is
        // archived as FOLLOW_UP_RECORDED and moves the risk then (docs/adr/0038 decision 15).
        | RectificationMeetingSummoned
        | RectificationMeetingAttendanceRecorded
        | RectificationMeetingResolutionRecorded
        | RectificationMeetingCancelled
        // A periodic report is no factor of the national model (its lateness may become one in a
        // later model version, docs/adr/0041).
        | PeriodicReportSubmitted
        | PeriodicReportReturned
        | PeriodicReportAcknowledged => false,
    }
}

/// The figures one enterprise's record gives each factor on the day assessed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiskInputs(BTreeMap<RiskFactor, u32>);

impl RiskInputs {
    pub fn get(&self, factor: RiskFactor) -> u32 {
        self.0.get(&factor).copied().unwrap_or(0)
    }

    pub fn set(&mut self, factor: RiskFactor, value: u32) {
        self.0.insert(factor, value);
    }

    /// Counts the months since the last check (`None`: never checked nor licensed, no months).
    pub fn with_last_check(mut self, last_checked_on: Option<NaiveDate>, day: NaiveDate) -> RiskInputs {
        let months = last_checked_on.map_or(0, |since| whole_months(since, day));
        self.set(RiskFactor::MonthsSinceLastCheck, months);
        self
    }

    /// Every factor with its figure, in factor order.
    pub fn iter(&self) -> impl Iterator<Item = (RiskFactor, u32)> + '_ {
        self.0.iter().map(|(factor, value)| (*factor, *value))
    }
}

/// Whole months from `since` to `day` (0 when `since` is not before `day`).
pub fn whole_months(since: NaiveDate, day: NaiveDate) -> u32 {
    if since >= day {
        return 0;
    }
    let months = (day.year() - since.year()) * 12 + day.month() as i32 - since.month() as i32;
    let months = if day.day() < since.day() { months - 1 } else { months };
    u32::try_from(months.max(0)).unwrap_or(0)
}

/// What one factor added to the score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contribution {
    pub factor: RiskFactor,
    /// The figure read from the record.
    pub input: u32,
    /// The units that counted (after the free units and the cap).
    pub counted: u32,
    pub weight: Decimal,
    pub points: Decimal,
}

impl Contribution {
    /// One line of the breakdown, in Chinese and in English.
    pub fn explain(&self) -> (String, String) {
        let (zh, en) = self.factor.label();
        let zh = format!(
            "{zh}：{} 项，计 {} 项 × {} 分 = {} 分",
            self.input, self.counted, self.weight, self.points
        );
        let en = format!(
            "{en}: {} found, {} counted × {} points = {} points",
            self.input, self.counted, self.weight, self.points
        );
        (zh, en)
    }
}

/// A class with everything that produced it: the model version, the thresholds and each
/// factor's contribution (stored as it was, so a later model change does not rewrite history).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub class: RiskClass,
    pub score: Decimal,
    pub model_version: String,
    pub thresholds: Thresholds,
    pub contributions: Vec<Contribution>,
}

impl Assessment {
    /// The whole answer to "why this class?", in Chinese and in English.
    pub fn explain(&self) -> (String, String) {
        let t = &self.thresholds;
        let mut zh = format!(
            "风险等级 {}：{} 分（B ≥ {}，C ≥ {}，D ≥ {}；模型 {}）。",
            self.class, self.score, t.b, t.c, t.d, self.model_version
        );
        let mut en = format!(
            "Risk class {}: {} points (B from {}, C from {}, D from {}; model {}).",
            self.class, self.score, t.b, t.c, t.d, self.model_version
        );
        for contribution in self.contributions.iter().filter(|c| !c.points.is_zero()) {
            let (line_zh, line_en) = contribution.explain();
            zh.push_str(&format!(" {line_zh}。"));
            en.push_str(&format!(" {line_en}."));
        }
        (zh, en)
    }

    /// Whether `other` says the same (class, score and every contribution): an unchanged
    /// assessment is not stored again.
    pub fn same_as(&self, other: &Assessment) -> bool {
        self.class == other.class
            && self.score == other.score
            && self.model_version == other.model_version
            && self.contributions == other.contributions
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn inputs(pairs: &[(RiskFactor, u32)]) -> RiskInputs {
        let mut inputs = RiskInputs::default();
        for (factor, value) in pairs {
            inputs.set(*factor, *value);
        }
        inputs
    }

    #[test]
    fn the_national_model_classes_records_as_its_adr_says() {
        use RiskFactor::*;
        let model = RiskModel::national_default();
        type Case = (&'static [(RiskFactor, u32)], RiskClass, i64);
        let cases: &[Case] = &[
            (&[], RiskClass::A, 0),
            (&[(MonthsSinceLastCheck, 12)], RiskClass::A, 0),
            (&[(MonthsSinceLastCheck, 21)], RiskClass::A, 9),
            (&[(MonthsSinceLastCheck, 22)], RiskClass::B, 10),
            // The cap: 60 months without a check count 24 months.
            (&[(MonthsSinceLastCheck, 60)], RiskClass::B, 24),
            (&[(KeyIndustry, 1)], RiskClass::B, 10),
            (&[(NonconformingVerdicts, 1)], RiskClass::B, 20),
            (&[(NonconformingVerdicts, 1), (KeyIndustry, 1)], RiskClass::C, 30),
            (&[(NonconformingVerdicts, 1), (SeriousVerdicts, 1)], RiskClass::C, 40),
            (&[(PatrolsWithFindings, 1)], RiskClass::A, 8),
            (&[(NonconformingVerdicts, 5)], RiskClass::D, 60),
            (&[(FailedRectifications, 1), (Suspensions, 1), (NonconformingVerdicts, 1)], RiskClass::D, 65),
            (&[(OverdueAnnualReviews, 1)], RiskClass::B, 10),
            (&[(OverdueRectifications, 3)], RiskClass::C, 30),
            // One counterfeiting case weighs exactly the D threshold (inclusive): D at once.
            (&[(CounterfeitCases, 1)], RiskClass::D, 60),
            // The cap: a second case adds nothing, the class is already the highest.
            (&[(CounterfeitCases, 2)], RiskClass::D, 60),
            (&[(CounterfeitCases, 1), (KeyIndustry, 1), (NonconformingVerdicts, 1)], RiskClass::D, 90),
        ];
        for (pairs, class, score) in cases {
            let assessment = model.assess(&inputs(pairs));
            assert_eq!((assessment.class, assessment.score), (*class, Decimal::from(*score)), "{pairs:?}");
            let sum: Decimal = assessment.contributions.iter().map(|c| c.points).sum();
            assert_eq!(sum, assessment.score, "the contributions add up to the score");
        }
    }

    #[test]
    fn one_counterfeiting_case_is_class_d_in_every_province_a_model_allows() {
        use RiskFactor::*;
        let national = RiskModel::national_default();
        assert_eq!(national.version, "national-2027.1");
        let heaviest: BTreeMap<RiskFactor, Decimal> =
            national.rules.iter().map(|rule| (rule.factor, rule.max_weight)).collect();
        let models = [
            national.clone(),
            // The loosest a province can be is the national model; the tightest, every bound.
            national.tightened("tightest".to_owned(), &heaviest, Some(&national.min_thresholds)),
            national.tightened("lower D".to_owned(), &BTreeMap::new(), Some(&national.min_thresholds)),
        ];
        type Case = (&'static [(RiskFactor, u32)], RiskClass);
        let cases: &[Case] = &[
            (&[(CounterfeitCases, 0)], RiskClass::A),
            (&[(CounterfeitCases, 1)], RiskClass::D),
            (&[(CounterfeitCases, 3)], RiskClass::D),
            (&[(CounterfeitCases, 1), (MonthsSinceLastCheck, 60)], RiskClass::D),
        ];
        for model in &models {
            for (pairs, class) in cases {
                assert_eq!(model.assess(&inputs(pairs)).class, *class, "{} {pairs:?}", model.version);
            }
        }
    }

    #[test]
    fn national_2026_1_stays_as_it_was_and_2027_1_only_adds_the_counterfeiting_rule() {
        use RiskFactor::*;
        let old = RiskModel::national(NATIONAL_2026_1).unwrap();
        let new = RiskModel::national(NATIONAL_MODEL_VERSION).unwrap();
        assert_eq!(RiskModel::national("national-2027.1+320000.1"), None);
        assert_eq!(old.version, "national-2026.1");
        assert_eq!(
            (old.window_months, old.thresholds, old.min_thresholds),
            (36, new.thresholds, new.min_thresholds)
        );
        assert_eq!(old.rules[..], new.rules[..old.rules.len()], "the earlier rules unchanged, in order");
        assert_eq!(new.rules[old.rules.len()..], [rule(CounterfeitCases, 60, 0, 1, 120)]);
        // A record the old model classed A stays what it was by the old model; the new one reads
        // the case.
        let record = inputs(&[(CounterfeitCases, 1), (KeyIndustry, 1)]);
        let by_old = old.assess(&record);
        assert_eq!(
            (by_old.class, by_old.score, by_old.model_version.as_str()),
            (RiskClass::B, Decimal::from(10), "national-2026.1")
        );
        assert_eq!((new.assess(&record).class, new.assess(&record).score), (RiskClass::D, Decimal::from(70)));
    }

    #[test]
    fn every_threshold_is_inclusive_and_every_factor_has_a_rule() {
        let model = RiskModel::national_default();
        let t = model.thresholds;
        let at = |n: Decimal| t.class_of(n);
        assert_eq!(
            [
                at(t.b - Decimal::ONE),
                at(t.b),
                at(t.c - Decimal::ONE),
                at(t.c),
                at(t.d - Decimal::ONE),
                at(t.d)
            ],
            [RiskClass::A, RiskClass::B, RiskClass::B, RiskClass::C, RiskClass::C, RiskClass::D]
        );
        for factor in RiskFactor::ALL {
            assert_eq!(model.rules.iter().filter(|rule| rule.factor == *factor).count(), 1, "{factor}");
        }
        for rule in &model.rules {
            assert!(rule.max_weight >= rule.weight, "{:?}", rule.factor);
        }
    }

    #[test]
    fn the_breakdown_names_each_counting_factor_in_both_languages() {
        let model = RiskModel::national_default();
        let assessment =
            model.assess(&inputs(&[(RiskFactor::NonconformingVerdicts, 1), (RiskFactor::KeyIndustry, 1)]));
        let (zh, en) = assessment.explain();
        assert!(zh.starts_with("风险等级 C：30 分"), "{zh}");
        assert!(zh.contains("不合格检验结论：1 项，计 1 项 × 20 分 = 20 分"), "{zh}");
        assert!(en.contains("nonconforming verdicts: 1 found, 1 counted × 20 points = 20 points"), "{en}");
        assert!(!en.contains("patrols"), "factors adding nothing are left out: {en}");
        let (zh, en) = model.assess(&inputs(&[(RiskFactor::CounterfeitCases, 1)])).explain();
        assert!(zh.starts_with("风险等级 D：60 分"), "{zh}");
        assert!(zh.contains("模型 national-2027.1"), "{zh}");
        assert!(zh.contains("恶意造假案件：1 项，计 1 项 × 60 分 = 60 分"), "{zh}");
        assert!(
            en.contains("malicious-counterfeiting cases: 1 found, 1 counted × 60 points = 60 points"),
            "{en}"
        );
    }

    #[test]
    fn the_matrix_raises_c_and_d_and_never_drops_below_the_plugin_or_once_a_year() {
        let matrix = FrequencyMatrix::national_default();
        let times = |class, base| matrix.factor(class).apply(base);
        assert_eq!(
            [times(RiskClass::A, 1), times(RiskClass::B, 1), times(RiskClass::C, 1), times(RiskClass::D, 1)],
            [1, 1, 2, 4]
        );
        assert_eq!([times(RiskClass::A, 4), times(RiskClass::C, 4), times(RiskClass::D, 4)], [4, 8, 16]);
        assert_eq!(times(RiskClass::A, 0), 1, "never below once a year");
    }

    #[test]
    fn whole_months_count_completed_months_only() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(whole_months(d("2026-01-31"), d("2026-02-28")), 0);
        assert_eq!(whole_months(d("2026-01-15"), d("2026-02-15")), 1);
        assert_eq!(whole_months(d("2025-03-10"), d("2026-03-09")), 11);
        assert_eq!(whole_months(d("2026-05-01"), d("2026-04-01")), 0);
        let model = RiskModel::national_default();
        assert_eq!(model.window_start(d("2026-12-05")), d("2023-12-05"));
    }

    #[test]
    fn an_assessment_round_trips_through_its_stored_json() {
        let model = RiskModel::national_default();
        let assessment = model.assess(&inputs(&[(RiskFactor::Suspensions, 1)]));
        let json = serde_json::to_string(&assessment).unwrap();
        let back: Assessment = serde_json::from_str(&json).unwrap();
        assert!(back.same_as(&assessment));
    }
}
