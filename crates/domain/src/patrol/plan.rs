//! Patrol plans (巡查计划, §二(三)): "省级质量技术监督部门应当组织市、县级质量技术监督部门按照行业
//! 和企业质量状况制定巡查计划". A province's plan names an industry, the quality basis that picks
//! the enterprises (the record, until risk classes exist), a period, the cities and counties that
//! carry it out, the coverage they must reach and the visits each enterprise is owed. Key
//! industries (§三) get an intensified minimum of visits. docs/adr/0022 "Plans".

use chrono::{Months, NaiveDate};

use crate::ids::AuthorityId;
use crate::registry::region::{RegionCode, RegionLevel};
use crate::text::parse_text;

/// The longest plan name, in characters.
pub const NAME_MAX_CHARS: usize = 200;
/// The longest period: one year (the end at most a day short of the start's anniversary).
pub const MAX_PERIOD_MONTHS: u32 = 12;
/// Visits per enterprise in the period when none is asked.
pub const DEFAULT_VISITS: u32 = 1;
/// The intensified minimum of a key industry (§三 重点行业): two visits per enterprise per period.
pub const KEY_INDUSTRY_MIN_VISITS: u32 = 2;
/// The most visits per enterprise a plan may ask (one a week over a year): beyond it the number
/// is a typing error, not a plan.
pub const MAX_VISITS: u32 = 52;

crate::stored_enum! {
    /// Which enterprises of the industry a plan patrols, by their quality record ("按照…企业质量
    /// 状况"), or by their risk class. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum QualityBasis {
        /// Every enterprise holding a license of the industry in force.
        All = "ALL",
        /// Those with a final failing verdict (不合格) in the last year.
        FailingVerdicts = "FAILING_VERDICTS",
        /// Those with an open rectification (整改) or an open follow-up (回访).
        OpenRectifications = "OPEN_RECTIFICATIONS",
        /// Those with an annual review recorded overdue (年度审查逾期).
        OverdueReviews = "OVERDUE_REVIEWS",
        /// Those whose current risk class (风险等级, docs/adr/0027) is C or D; an enterprise not
        /// yet assessed counts as `risk::UNASSESSED_CLASS`.
        HighRisk = "HIGH_RISK",
    }
}

/// An authority named to carry out a plan, as the directory knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Executing {
    pub authority_id: AuthorityId,
    pub region: RegionCode,
}

/// A plan as the province asks it, before its fields are checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanAsked {
    pub name: String,
    pub industry: String,
    pub basis: QualityBasis,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub executing: Vec<Executing>,
    pub coverage_percent: i64,
    /// `None`: the default, raised to the intensified minimum for a key industry.
    pub visits_per_enterprise: Option<i64>,
}

/// What the checks need besides the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanFacts {
    /// The province making the plan (the caller's seat).
    pub province: RegionCode,
    /// The industry's plugin profile flags it a key industry (重点行业).
    pub key_industry: bool,
    pub today: NaiveDate,
}

/// A checked plan: the proof its fields hold together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatrolPlan {
    pub province: RegionCode,
    pub name: String,
    pub industry: String,
    pub basis: QualityBasis,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// Distinct, in the order asked.
    pub executing: Vec<Executing>,
    pub coverage_percent: u8,
    pub visits_per_enterprise: u32,
    pub key_industry: bool,
}

/// How far an executing authority has come: its targets and those patrolled enough.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Coverage {
    pub targets: u64,
    pub patrolled: u64,
}

impl Coverage {
    /// The share patrolled enough, in whole percent rounded down (a target is not reached by
    /// rounding up); an authority with no target has nothing left to do: 100.
    pub fn percent(self) -> u8 {
        if self.targets == 0 {
            return 100;
        }
        u8::try_from(self.patrolled.min(self.targets) * 100 / self.targets).unwrap_or(100)
    }

    /// Whether the plan's coverage target is reached.
    pub fn reached(self, target_percent: u8) -> bool {
        self.percent() >= target_percent
    }
}

impl PatrolPlan {
    /// Whether the plan is in force on `day` (its period holds it).
    pub fn in_force_on(&self, day: NaiveDate) -> bool {
        self.starts_on <= day && day <= self.ends_on
    }
}

/// One thing wrong with a plan.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanProblem {
    #[error("name: {0}")]
    Name(String),
    #[error("industry: the code must not be empty")]
    Industry,
    #[error("period: it starts on {starts_on}, after its end {ends_on}")]
    PeriodReversed { starts_on: NaiveDate, ends_on: NaiveDate },
    #[error("period: at most one year; {starts_on} to {ends_on} is longer")]
    PeriodTooLong { starts_on: NaiveDate, ends_on: NaiveDate },
    #[error("period: it ends on {ends_on}, before today ({today})")]
    PeriodOver { ends_on: NaiveDate, today: NaiveDate },
    #[error("executing authorities: at least one city or county authority")]
    NoAuthorities,
    #[error("executing authorities: authority {0} is not a city or county authority")]
    NotLocal(AuthorityId),
    #[error("executing authorities: authority {0} is outside the province")]
    OutsideProvince(AuthorityId),
    #[error(
        "executing authorities: authority {inner}'s region lies inside authority {outer}'s; name one of them"
    )]
    Nested { outer: AuthorityId, inner: AuthorityId },
    #[error("coverage: a percentage from 1 to 100, not {0}")]
    Coverage(i64),
    #[error("visits per enterprise: from 1 to {MAX_VISITS}, not {0}")]
    Visits(i64),
    #[error("visits per enterprise: {industry} is a key industry, at least {min} visits, not {asked}")]
    KeyIndustryVisits { industry: String, asked: i64, min: u32 },
}

/// Every problem of a plan, together (as the patrol answers: one list to fix).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
pub struct PlanRefused(pub Vec<PlanProblem>);

/// Checks a plan; every problem is reported, not the first.
pub fn check_plan(asked: &PlanAsked, facts: &PlanFacts) -> Result<PatrolPlan, PlanRefused> {
    let mut problems = Vec::new();
    let name = parse_text("name", &asked.name, 1, NAME_MAX_CHARS, false)
        .map_err(|e| problems.push(PlanProblem::Name(e.message.clone())))
        .ok();
    let industry = asked.industry.trim().to_owned();
    if industry.is_empty() {
        problems.push(PlanProblem::Industry);
    }
    problems.extend(period_problems(asked.starts_on, asked.ends_on, facts.today));
    let executing = distinct(&asked.executing);
    problems.extend(executing_problems(&executing, facts.province));
    let coverage = u8::try_from(asked.coverage_percent).ok().filter(|p| (1..=100).contains(p));
    if coverage.is_none() {
        problems.push(PlanProblem::Coverage(asked.coverage_percent));
    }
    let visits = visits(asked.visits_per_enterprise, facts.key_industry, &industry, &mut problems);
    match (name, coverage, visits) {
        (Some(name), Some(coverage_percent), Some(visits_per_enterprise)) if problems.is_empty() => {
            Ok(PatrolPlan {
                province: facts.province,
                name,
                industry,
                basis: asked.basis,
                starts_on: asked.starts_on,
                ends_on: asked.ends_on,
                executing,
                coverage_percent,
                visits_per_enterprise,
                key_industry: facts.key_industry,
            })
        }
        _ => Err(PlanRefused(problems)),
    }
}

/// The period: start ≤ end, at most a year, not over already.
fn period_problems(starts_on: NaiveDate, ends_on: NaiveDate, today: NaiveDate) -> Vec<PlanProblem> {
    let mut problems = Vec::new();
    if starts_on > ends_on {
        problems.push(PlanProblem::PeriodReversed { starts_on, ends_on });
    } else if starts_on
        .checked_add_months(Months::new(MAX_PERIOD_MONTHS))
        .is_none_or(|limit| ends_on >= limit)
    {
        problems.push(PlanProblem::PeriodTooLong { starts_on, ends_on });
    }
    if ends_on < today {
        problems.push(PlanProblem::PeriodOver { ends_on, today });
    }
    problems
}

/// The executing authorities: at least one, each a city or county inside the province.
fn executing_problems(executing: &[Executing], province: RegionCode) -> Vec<PlanProblem> {
    if executing.is_empty() {
        return vec![PlanProblem::NoAuthorities];
    }
    let mut problems: Vec<PlanProblem> = executing
        .iter()
        .filter_map(|e| {
            if !matches!(e.region.level(), RegionLevel::City | RegionLevel::County) {
                Some(PlanProblem::NotLocal(e.authority_id))
            } else if !province.contains(&e.region) {
                Some(PlanProblem::OutsideProvince(e.authority_id))
            } else {
                None
            }
        })
        .collect();
    // Each target belongs to exactly one executing authority (coverage is counted per
    // authority), so a city and one of its counties may not both carry out the plan.
    for outer in executing {
        for inner in executing {
            if outer.authority_id != inner.authority_id && outer.region.contains(&inner.region) {
                problems.push(PlanProblem::Nested { outer: outer.authority_id, inner: inner.authority_id });
            }
        }
    }
    problems
}

/// An authority named twice counts once.
fn distinct(executing: &[Executing]) -> Vec<Executing> {
    let mut seen: Vec<Executing> = Vec::with_capacity(executing.len());
    for e in executing {
        if !seen.iter().any(|s| s.authority_id == e.authority_id) {
            seen.push(*e);
        }
    }
    seen
}

/// The visits owed per enterprise: the default (raised for a key industry) or the number asked,
/// within bounds and not below a key industry's minimum.
fn visits(
    asked: Option<i64>,
    key_industry: bool,
    industry: &str,
    problems: &mut Vec<PlanProblem>,
) -> Option<u32> {
    let min = if key_industry { KEY_INDUSTRY_MIN_VISITS } else { DEFAULT_VISITS };
    let Some(asked) = asked else {
        return Some(min);
    };
    let Some(n) = u32::try_from(asked).ok().filter(|n| (1..=MAX_VISITS).contains(n)) else {
        problems.push(PlanProblem::Visits(asked));
        return None;
    };
    if n < min {
        problems.push(PlanProblem::KeyIndustryVisits { industry: industry.to_owned(), asked, min });
        return None;
    }
    Some(n)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn region(s: &str) -> RegionCode {
        RegionCode::parse(s).unwrap()
    }

    fn executing(id: i64, code: &str) -> Executing {
        Executing { authority_id: AuthorityId::new(id), region: region(code) }
    }

    /// Jiangsu's plan for wire-cable, Nanjing's Xuanwu district (320102) executing, 2027.
    fn asked() -> PlanAsked {
        PlanAsked {
            name: "2027 电线电缆巡查".to_owned(),
            industry: "wire-cable".to_owned(),
            basis: QualityBasis::All,
            starts_on: date("2027-01-01"),
            ends_on: date("2027-12-31"),
            executing: vec![executing(5, "320102")],
            coverage_percent: 80,
            visits_per_enterprise: None,
        }
    }

    fn facts(key_industry: bool) -> PlanFacts {
        PlanFacts { province: region("320000"), key_industry, today: date("2027-03-01") }
    }

    #[test]
    fn a_plan_is_checked_with_every_problem_listed() {
        type Change = fn(&mut PlanAsked);
        // Checked: (visits per enterprise, executing authorities); refused: every problem.
        type Outcome = Result<(u32, usize), Vec<PlanProblem>>;
        let cases: [(&str, Change, bool, Outcome); 14] = [
            ("as asked", |_| {}, false, Ok((1, 1))),
            ("a key industry's default is intensified", |_| {}, true, Ok((2, 1))),
            ("a key industry may ask more", |a| a.visits_per_enterprise = Some(3), true, Ok((3, 1))),
            (
                "a key industry may not ask fewer",
                |a| a.visits_per_enterprise = Some(1),
                true,
                Err(vec![PlanProblem::KeyIndustryVisits {
                    industry: "wire-cable".to_owned(),
                    asked: 1,
                    min: KEY_INDUSTRY_MIN_VISITS,
                }]),
            ),
            (
                "an authority named twice counts once",
                |a| a.executing.push(executing(5, "320102")),
                false,
                Ok((1, 1)),
            ),
            ("another city", |a| a.executing.push(executing(6, "320200")), false, Ok((1, 2))),
            (
                "a city and its county",
                |a| a.executing.push(executing(6, "320100")),
                false,
                Err(vec![PlanProblem::Nested { outer: AuthorityId::new(6), inner: AuthorityId::new(5) }]),
            ),
            (
                "a year to the day is too long",
                |a| a.ends_on = date("2028-01-01"),
                false,
                Err(vec![PlanProblem::PeriodTooLong {
                    starts_on: date("2027-01-01"),
                    ends_on: date("2028-01-01"),
                }]),
            ),
            (
                "reversed and over",
                |a| (a.starts_on, a.ends_on) = (date("2027-02-01"), date("2027-01-31")),
                false,
                Err(vec![
                    PlanProblem::PeriodReversed {
                        starts_on: date("2027-02-01"),
                        ends_on: date("2027-01-31"),
                    },
                    PlanProblem::PeriodOver { ends_on: date("2027-01-31"), today: date("2027-03-01") },
                ]),
            ),
            ("no authority", |a| a.executing.clear(), false, Err(vec![PlanProblem::NoAuthorities])),
            (
                "the province itself, another province's county",
                |a| a.executing = vec![executing(1, "320000"), executing(9, "110101")],
                false,
                Err(vec![
                    PlanProblem::NotLocal(AuthorityId::new(1)),
                    PlanProblem::OutsideProvince(AuthorityId::new(9)),
                ]),
            ),
            (
                "coverage and visits out of bounds, blank name and industry",
                |a| {
                    (a.coverage_percent, a.visits_per_enterprise) = (0, Some(0));
                    (a.name, a.industry) = ("  ".to_owned(), " ".to_owned());
                },
                false,
                Err(vec![
                    PlanProblem::Name("must not be empty".to_owned()),
                    PlanProblem::Industry,
                    PlanProblem::Coverage(0),
                    PlanProblem::Visits(0),
                ]),
            ),
            ("coverage 101", |a| a.coverage_percent = 101, false, Err(vec![PlanProblem::Coverage(101)])),
            (
                "100 percent, ending today",
                |a| (a.coverage_percent, a.ends_on) = (100, date("2027-03-01")),
                false,
                Ok((1, 1)),
            ),
        ];
        for (name, change, key, expected) in cases {
            let mut plan = asked();
            change(&mut plan);
            let got = check_plan(&plan, &facts(key))
                .map(|p| (p.visits_per_enterprise, p.executing.len()))
                .map_err(|refused| refused.0);
            assert_eq!(got, expected, "{name}");
        }
    }

    #[test]
    fn a_plan_is_in_force_within_its_period() {
        let plan = check_plan(&asked(), &facts(false)).unwrap();
        for (day, expected) in
            [("2026-12-31", false), ("2027-01-01", true), ("2027-12-31", true), ("2028-01-01", false)]
        {
            assert_eq!(plan.in_force_on(date(day)), expected, "{day}");
        }
    }

    #[test]
    fn coverage_rounds_down_and_nothing_to_do_is_complete() {
        let cases = [
            ((0, 0), 100, true),
            ((2, 0), 0, false),
            ((2, 1), 50, false),
            ((3, 2), 66, false),
            ((3, 3), 100, true),
        ];
        for ((targets, patrolled), percent, reached) in cases {
            let coverage = Coverage { targets, patrolled };
            assert_eq!(
                (coverage.percent(), coverage.reached(80)),
                (percent, reached),
                "{targets}/{patrolled}"
            );
        }
    }

    #[test]
    fn refusals_read_as_one_list() {
        let mut plan = asked();
        (plan.coverage_percent, plan.executing) = (0, Vec::new());
        let refused = check_plan(&plan, &facts(false)).unwrap_err();
        assert_eq!(
            refused.to_string(),
            "executing authorities: at least one city or county authority; coverage: a percentage from 1 to 100, not 0"
        );
    }
}
