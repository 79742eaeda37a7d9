//! Follow-up visits (回访): "回访应主要针对生产许可、年度审查、监督抽查中发现的不合格情况，在企业
//! 规定的整改期限到期后及时实施" and "回访中发现获证企业原问题仍存在的，应责令企业停产整顿，直至
//! 符合规定要求" (§二(三)). A follow-up comes due by itself the day after a rectification deadline;
//! it carries over the original nonconforming items, each found rectified or persisting.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::Serialize;

use crate::calendar::WorkingCalendar;
use crate::testing::rectification::{PeriodRefused, rectification_deadline};

/// Whether a follow-up visit is due on `today` for a rectification deadline: from the day after
/// the deadline ("到期后及时实施") until one is recorded. Derived on read, so no background job
/// has to run (and none can run twice on several replicas).
pub fn follow_up_due(deadline: NaiveDate, followed_up: bool, today: NaiveDate) -> bool {
    !followed_up && today > deadline
}

/// The one item a failed annual review's follow-up carries: the findings its conclusion states.
pub const ANNUAL_REVIEW_ITEM: &str = "ANNUAL_REVIEW_FINDINGS";

crate::stored_enum! {
    /// What the follow-up found of one carried-over item. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
    #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
    pub enum CarriedOutcome {
        /// 已整改: the item now conforms.
        Rectified = "RECTIFIED",
        /// 原问题仍存在: the original problem persists.
        Persisting = "PERSISTING",
    }
}

/// One original nonconforming item carried over to the follow-up, with what was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CarriedItem {
    pub code: String,
    pub outcome: CarriedOutcome,
}

/// What a follow-up concludes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "SCREAMING_SNAKE_CASE", rename_all_fields = "camelCase")]
pub enum FollowUpOutcome {
    /// Every item rectified: the case is closed, and a license suspended for it may resume.
    Closed { items: Vec<CarriedItem> },
    /// Some item persists: production is suspended until compliant (责令停产整顿，直至符合规定
    /// 要求), and a further follow-up comes due after `next_deadline` for the persisting items.
    SuspendUntilCompliant { items: Vec<CarriedItem>, next_deadline: NaiveDate },
}

impl FollowUpOutcome {
    /// Every carried item with what was found, in the order carried.
    pub fn items(&self) -> &[CarriedItem] {
        match self {
            FollowUpOutcome::Closed { items } | FollowUpOutcome::SuspendUntilCompliant { items, .. } => items,
        }
    }

    /// The persisting item codes: what the next follow-up carries over.
    pub fn persisting(&self) -> Vec<&str> {
        let persisting = |item: &&CarriedItem| item.outcome == CarriedOutcome::Persisting;
        self.items().iter().filter(persisting).map(|item| item.code.as_str()).collect()
    }

    /// Whether a license suspended for these findings may resume production (SUSPENDED → VALID
    /// only through a passed follow-up or a closed rectification).
    pub fn license_may_resume(&self) -> bool {
        matches!(self, FollowUpOutcome::Closed { .. })
    }
}

/// One thing wrong with a follow-up's answers; every one is reported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FollowUpProblem {
    #[error("a follow-up carries over at least one nonconforming item; none was given")]
    NothingCarried,
    #[error("'{code}' was not among the original nonconforming items")]
    NotCarried { code: String },
    #[error("'{code}' is answered more than once")]
    AnsweredTwice { code: String },
    #[error("not answered: {}", .codes.join(", "))]
    Unanswered { codes: Vec<String> },
    #[error("{0}")]
    Period(PeriodRefused),
}

/// The follow-up refused, with every problem found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
pub struct FollowUpRefused(pub Vec<FollowUpProblem>);

/// Concludes a follow-up on `today`: every code of `carried` (the original nonconforming items)
/// answered exactly once, nothing else; all rectified → closed; any persisting → suspension until
/// compliant and a further follow-up after a new rectification deadline (the default period).
pub fn conclude(
    carried: &[String],
    answers: &[(String, CarriedOutcome)],
    calendar: &WorkingCalendar,
    deadlines: &crate::rules::Deadlines,
    today: NaiveDate,
) -> Result<FollowUpOutcome, FollowUpRefused> {
    let carried: Vec<&str> = {
        let mut seen = BTreeSet::new();
        carried.iter().map(String::as_str).filter(|code| seen.insert(*code)).collect()
    };
    let mut problems = Vec::new();
    if carried.is_empty() {
        problems.push(FollowUpProblem::NothingCarried);
    }
    let answered = answers_by_code(&carried, answers, &mut problems);
    let missing: Vec<String> =
        carried.iter().filter(|code| !answered.contains_key(**code)).map(|code| (*code).to_owned()).collect();
    if !missing.is_empty() {
        problems.push(FollowUpProblem::Unanswered { codes: missing });
    }
    if !problems.is_empty() {
        return Err(FollowUpRefused(problems));
    }
    let items: Vec<CarriedItem> = carried
        .iter()
        .filter_map(|code| {
            answered.get(code).map(|&outcome| CarriedItem { code: (*code).to_owned(), outcome })
        })
        .collect();
    if items.iter().all(|item| item.outcome == CarriedOutcome::Rectified) {
        return Ok(FollowUpOutcome::Closed { items });
    }
    let next_deadline = rectification_deadline(calendar, deadlines, today, None)
        .map_err(|refused| FollowUpRefused(vec![FollowUpProblem::Period(refused)]))?;
    Ok(FollowUpOutcome::SuspendUntilCompliant { items, next_deadline })
}

fn answers_by_code<'a>(
    carried: &[&str],
    answers: &'a [(String, CarriedOutcome)],
    problems: &mut Vec<FollowUpProblem>,
) -> BTreeMap<&'a str, CarriedOutcome> {
    let mut answered = BTreeMap::new();
    let mut repeated = BTreeSet::new();
    for (code, outcome) in answers {
        let code = code.trim();
        if !carried.contains(&code) {
            problems.push(FollowUpProblem::NotCarried { code: code.to_owned() });
        } else if answered.insert(code, *outcome).is_some() && repeated.insert(code) {
            problems.push(FollowUpProblem::AnsweredTwice { code: code.to_owned() });
        }
    }
    answered
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use CarriedOutcome::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn codes(codes: &[&str]) -> Vec<String> {
        codes.iter().map(|&c| c.to_owned()).collect()
    }

    fn answers(pairs: &[(&str, CarriedOutcome)]) -> Vec<(String, CarriedOutcome)> {
        pairs.iter().map(|&(c, o)| (c.to_owned(), o)).collect()
    }

    fn item(code: &str, outcome: CarriedOutcome) -> CarriedItem {
        CarriedItem { code: code.to_owned(), outcome }
    }

    #[test]
    fn due_from_the_day_after_the_deadline_until_followed_up() {
        let deadline = date("2027-10-08");
        let cases = [
            ("2027-10-07", false, false),
            ("2027-10-08", false, false),
            ("2027-10-09", false, true),
            ("2028-01-01", false, true),
            ("2027-10-09", true, false),
        ];
        for (today, followed_up, expected) in cases {
            assert_eq!(follow_up_due(deadline, followed_up, date(today)), expected, "{today} {followed_up}");
        }
    }

    type Case = (
        &'static str,
        Vec<String>,
        Vec<(String, CarriedOutcome)>,
        Result<FollowUpOutcome, Vec<FollowUpProblem>>,
    );

    /// (case, carried, answers, expected). Concluded on Monday 2027-10-11, no holidays: a
    /// further deadline is 30 days on, 11-10 (a Wednesday).
    #[test]
    fn all_rectified_closes_any_persisting_suspends_and_every_gap_is_named() {
        let today = date("2027-10-11");
        let carried = codes(&["PACKAGING_LABELING", "CONDITIONS_CHANGES"]);
        let cases: Vec<Case> = vec![
            (
                "all rectified, answered in another order",
                carried.clone(),
                answers(&[("CONDITIONS_CHANGES", Rectified), ("PACKAGING_LABELING", Rectified)]),
                Ok(FollowUpOutcome::Closed {
                    items: vec![item("PACKAGING_LABELING", Rectified), item("CONDITIONS_CHANGES", Rectified)],
                }),
            ),
            (
                "one persisting",
                carried.clone(),
                answers(&[("PACKAGING_LABELING", Rectified), ("CONDITIONS_CHANGES", Persisting)]),
                Ok(FollowUpOutcome::SuspendUntilCompliant {
                    items: vec![
                        item("PACKAGING_LABELING", Rectified),
                        item("CONDITIONS_CHANGES", Persisting),
                    ],
                    next_deadline: date("2027-11-10"),
                }),
            ),
            (
                "one missing",
                carried.clone(),
                answers(&[("PACKAGING_LABELING", Rectified)]),
                Err(vec![FollowUpProblem::Unanswered { codes: codes(&["CONDITIONS_CHANGES"]) }]),
            ),
            (
                "unknown, twice and missing together",
                carried.clone(),
                answers(&[
                    ("EXIT_INSPECTION", Rectified),
                    ("PACKAGING_LABELING", Rectified),
                    ("PACKAGING_LABELING", Persisting),
                    (" PACKAGING_LABELING", Persisting),
                ]),
                Err(vec![
                    FollowUpProblem::NotCarried { code: "EXIT_INSPECTION".into() },
                    FollowUpProblem::AnsweredTwice { code: "PACKAGING_LABELING".into() },
                    FollowUpProblem::Unanswered { codes: codes(&["CONDITIONS_CHANGES"]) },
                ]),
            ),
            ("nothing carried", vec![], vec![], Err(vec![FollowUpProblem::NothingCarried])),
            (
                "a code carried twice is answered once",
                codes(&["EXIT_INSPECTION", "EXIT_INSPECTION"]),
                answers(&[("EXIT_INSPECTION", Rectified)]),
                Ok(FollowUpOutcome::Closed { items: vec![item("EXIT_INSPECTION", Rectified)] }),
            ),
        ];
        let calendar = WorkingCalendar::new([]);
        for (case, carried, answers, expected) in cases {
            assert_eq!(
                conclude(&carried, &answers, &calendar, &crate::rules::Deadlines::NATIONAL, today)
                    .map_err(|e| e.0),
                expected,
                "{case}"
            );
        }
    }

    #[test]
    fn the_next_follow_up_carries_the_persisting_items_and_only_closed_resumes() {
        let closed = FollowUpOutcome::Closed { items: vec![item("A", Rectified)] };
        let suspended = FollowUpOutcome::SuspendUntilCompliant {
            items: vec![item("A", Persisting), item("B", Rectified), item("C", Persisting)],
            next_deadline: date("2027-11-10"),
        };
        assert!(closed.license_may_resume());
        assert!(!suspended.license_may_resume());
        assert_eq!(closed.persisting(), Vec::<&str>::new());
        assert_eq!(suspended.persisting(), ["A", "C"]);
        let json = serde_json::to_value(&suspended).unwrap();
        assert_eq!(json["outcome"], "SUSPEND_UNTIL_COMPLIANT");
        assert_eq!(json["nextDeadline"], "2027-11-10");
    }
}
